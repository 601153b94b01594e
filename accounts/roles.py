"""The three roles and what each may do: the one place the API, the pages and the admin ask.

viewer   reads everything.
analyst  reads and writes the negotiation records (the `negotiations` app).
admin    everything, including user accounts and API tokens.
"""

from django.conf import settings
from django.db.models import TextChoices


class Role(TextChoices):
    VIEWER = "viewer", "Viewer"
    ANALYST = "analyst", "Analyst"
    ADMIN = "admin", "Admin"


# Apps whose records the roles govern.
DOMAIN_APPS = ("negotiations",)
ADMINISTERED_APPS = ("negotiations", "accounts", "authtoken", "auth", "axes")


def permissions_for(role: str, permission_model):
    """The permissions a role's group holds, as a queryset of `permission_model`."""
    permissions = permission_model.objects.all()
    if role == Role.VIEWER:
        return permissions.filter(
            content_type__app_label__in=DOMAIN_APPS, codename__startswith="view_"
        )
    if role == Role.ANALYST:
        return permissions.filter(content_type__app_label__in=DOMAIN_APPS)
    if role == Role.ADMIN:
        return permissions.filter(content_type__app_label__in=ADMINISTERED_APPS)
    raise ValueError(f"Unknown role {role!r}")


def sync_role_permissions(group_model, permission_model) -> None:
    """Create the role groups if missing and give each exactly its permissions (idempotent)."""
    for role in Role:
        group, _ = group_model.objects.get_or_create(name=role.value)
        group.permissions.set(permissions_for(role, permission_model))


def sync_role_permissions_after_migrate(**kwargs) -> None:
    from django.contrib.auth.models import Group, Permission

    sync_role_permissions(Group, Permission)


def can_read(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.role is not None)


def can_read_records(user) -> bool:
    """Reading the records through the status pages or the API: any role, or anyone at all
    where the deployment turned public read on (TRACKER_PUBLIC_READ)."""
    return settings.PUBLIC_READ or can_read(user)


def can_write(user) -> bool:
    return bool(can_read(user) and user.role in (Role.ANALYST, Role.ADMIN))
