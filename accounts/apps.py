from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save, pre_delete


class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"

    def ready(self):
        from django.contrib.auth.models import Group

        from accounts import token_cache
        from accounts.models import ApiToken, User
        from accounts.roles import sync_role_permissions_after_migrate

        # post_migrate is sent once per app, in INSTALLED_APPS order, and each app's permissions
        # are created by its own signal. Listening to every app (the sync is idempotent) keeps the
        # role groups complete whatever the order, also after a test database flush.
        post_migrate.connect(
            sync_role_permissions_after_migrate, dispatch_uid="accounts-sync-role-permissions"
        )
        # Cached token authentication forgets a token as soon as what it stands for changes.
        for name, signal, sender, receiver in (
            ("token-saved", post_save, ApiToken, token_cache.token_saved),
            ("token-deleted", post_delete, ApiToken, token_cache.token_deleted),
            ("account-saved", post_save, User, token_cache.account_saved),
            (
                "groups-changed",
                m2m_changed,
                User.groups.through,
                token_cache.account_groups_changed,
            ),
            ("group-saved", post_save, Group, token_cache.group_changed),
            ("group-deleted", pre_delete, Group, token_cache.group_changed),
        ):
            signal.connect(receiver, sender=sender, dispatch_uid=f"accounts-token-cache-{name}")
