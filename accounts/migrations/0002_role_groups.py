"""Create the viewer, analyst and admin groups with their permissions."""

from django.db import migrations


def create_model_permissions(apps) -> None:
    """Django creates permissions after migrate finishes; create them now, as it would (the same
    codenames and names, through the historical models), so the groups are complete on a fresh
    database. Django's post_migrate step then finds them and adds nothing."""
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    for model in apps.get_models():
        opts = model._meta
        content_type, _ = content_type_model.objects.get_or_create(
            app_label=opts.app_label, model=opts.model_name
        )
        default = [
            (f"{action}_{opts.model_name}", f"Can {action} {opts.verbose_name_raw}")
            for action in opts.default_permissions
        ]
        for codename, name in [*default, *opts.permissions]:
            permission_model.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": name}
            )


def create_role_groups(apps, schema_editor):
    from accounts.roles import sync_role_permissions

    create_model_permissions(apps)
    sync_role_permissions(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def remove_role_groups(apps, schema_editor):
    from accounts.roles import Role

    apps.get_model("auth", "Group").objects.filter(name__in=Role.values).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("negotiations", "0001_initial"),
        ("authtoken", "0004_alter_tokenproxy_options"),
    ]

    operations = [migrations.RunPython(create_role_groups, remove_role_groups)]
