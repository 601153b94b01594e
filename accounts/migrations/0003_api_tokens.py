"""API tokens stored as digests. Every existing DRF token moves over hashed, so its key keeps
working, and its plaintext row is deleted."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def hash_existing_tokens(apps, schema_editor):
    from accounts.models import token_digest

    PlainToken = apps.get_model("authtoken", "Token")
    ApiToken = apps.get_model("accounts", "ApiToken")
    ApiToken.objects.bulk_create(
        ApiToken(digest=token_digest(plain.key), user_id=plain.user_id, created_at=plain.created)
        for plain in PlainToken.objects.all()
    )
    PlainToken.objects.all().delete()


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0002_role_groups'),
        ('authtoken', '0004_alter_tokenproxy_options'),
    ]

    operations = [
        migrations.CreateModel(
            name='ApiToken',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('digest', models.CharField(editable=False, max_length=64, unique=True)),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now, editable=False)),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='api_tokens', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'API token',
                'ordering': ['-created_at'],
            },
        ),
        # Backwards the keys are gone: the old table stays empty and clients ask for new tokens.
        migrations.RunPython(hash_existing_tokens, migrations.RunPython.noop),
    ]
