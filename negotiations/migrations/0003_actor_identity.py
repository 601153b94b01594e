"""Actor identity: pg_trgm for similarity on PostgreSQL (SQLite gets a Python twin when it
connects, see apps.py), the index of every actor's names in their normal form, filled for the
actors already recorded, and the record of merged actors."""

import django.db.models.deletion
import simple_history.models
from django.contrib.postgres.operations import TrigramExtension
from django.conf import settings
from django.db import migrations, models

from negotiations.names import normalize_name


class TrigramExtensionOnPostgreSQL(TrigramExtension):
    """Django skips the extension on other databases going forwards, but not backwards."""

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


def index_existing_names(apps, schema_editor):
    Actor = apps.get_model("negotiations", "Actor")
    ActorName = apps.get_model("negotiations", "ActorName")
    rows = []
    for actor in Actor.objects.order_by("pk"):
        aliases = actor.aliases if isinstance(actor.aliases, list) else []
        names = [("name", actor.name), ("short_name", actor.short_name)]
        names += [("alias", alias) for alias in aliases if isinstance(alias, str)]
        rows += [
            ActorName(
                actor=actor, field=field, name=name[:200], normalized=normalize_name(name)[:200]
            )
            for field, name in names
            if name and name.strip()
        ]
    ActorName.objects.bulk_create(rows)


class Migration(migrations.Migration):

    dependencies = [
        ('negotiations', '0002_search_indexes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # A no-op on SQLite.
        TrigramExtensionOnPostgreSQL(),
        migrations.CreateModel(
            name='ActorName',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('field', models.CharField(choices=[('name', 'Name'), ('short_name', 'Short name'), ('alias', 'Alias')], max_length=10)),
                ('name', models.CharField(max_length=200)),
                ('normalized', models.CharField(db_index=True, max_length=200)),
                ('actor', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='indexed_names', to='negotiations.actor')),
            ],
            options={
                'ordering': ['actor', 'pk'],
            },
        ),
        migrations.CreateModel(
            name='HistoricalMergedActor',
            fields=[
                ('id', models.BigIntegerField(db_index=True)),
                ('name', models.CharField(max_length=200)),
                ('slug', models.SlugField(max_length=80)),
                ('merged_at', models.DateTimeField(blank=True, editable=False)),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('into', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='negotiations.actor')),
                ('merged_by', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'historical merged actor',
                'verbose_name_plural': 'historical merged actors',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='MergedActor',
            fields=[
                ('id', models.BigIntegerField(primary_key=True, serialize=False)),
                ('name', models.CharField(max_length=200)),
                ('slug', models.SlugField(max_length=80)),
                ('merged_at', models.DateTimeField(auto_now_add=True)),
                ('into', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='merged_actors', to='negotiations.actor')),
                ('merged_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'ordering': ['-merged_at'],
            },
        ),
        migrations.RunPython(index_existing_names, migrations.RunPython.noop),
    ]
