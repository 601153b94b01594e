from django.contrib.auth.models import AbstractUser, Group
from django.db import transaction

from accounts.roles import Role


class User(AbstractUser):
    """An account. What it may do comes from its role group (viewer, analyst, admin)."""

    @property
    def role(self) -> str | None:
        """The strongest role the account holds; superusers count as admins."""
        if self.is_superuser:
            return Role.ADMIN
        names = {group.name for group in self.groups.all()}
        for role in (Role.ADMIN, Role.ANALYST, Role.VIEWER):
            if role.value in names:
                return role
        return None

    @transaction.atomic
    def set_role(self, role: str) -> None:
        """Give the account exactly one role. Every role may sign in to the admin to read."""
        role = Role(role)
        self.groups.remove(*Group.objects.filter(name__in=Role.values))
        self.groups.add(Group.objects.get(name=role.value))
        if not self.is_staff:
            self.is_staff = True
            self.save(update_fields=["is_staff"])
