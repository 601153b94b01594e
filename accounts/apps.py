from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"

    def ready(self):
        from accounts.roles import sync_role_permissions_after_migrate

        # post_migrate is sent once per app, in INSTALLED_APPS order, and each app's permissions
        # are created by its own signal. Listening to every app (the sync is idempotent) keeps the
        # role groups complete whatever the order, also after a test database flush.
        post_migrate.connect(
            sync_role_permissions_after_migrate, dispatch_uid="accounts-sync-role-permissions"
        )
