from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"

    def ready(self):
        from accounts.roles import sync_role_permissions_after_migrate

        # New models get their permissions after each migrate; keep the roles in step with them.
        post_migrate.connect(sync_role_permissions_after_migrate, sender=self)
