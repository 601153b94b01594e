import hashlib
import secrets

from django.conf import settings
from django.contrib.auth.models import AbstractUser, Group
from django.db import models, transaction
from django.utils import timezone

from accounts.roles import Role


class User(AbstractUser):
    """An account. What it may do comes from its role group (viewer, analyst, admin)."""

    def save(self, *args, **kwargs):
        # set_password() leaves the new password in _password until the save; a password
        # change revokes every API token, as Django's session hash already ends other sessions.
        password_changed = self._password is not None and self.pk is not None
        super().save(*args, **kwargs)
        if password_changed:
            self.api_tokens.all().delete()

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


def token_digest(key: str) -> str:
    """The stored form of an API key. The keys are 160 random bits, so a plain SHA-256 (no salt,
    no stretching) is enough to make a stolen table useless while lookups stay one index probe."""
    return hashlib.sha256(key.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def for_key(self, key: str):
        return self.filter(digest=token_digest(key))


class ApiToken(models.Model):
    """A key for `Authorization: Token <key>`. Only its digest is kept: the key itself is shown
    once, when issued. An account may hold several (one per client); each is revoked alone."""

    digest = models.CharField(max_length=64, unique=True, editable=False)
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = "API token"
        ordering = ["-created_at"]

    def __str__(self):
        return f"API token of {self.user} from {self.created_at:%Y-%m-%d %H:%M}"

    @classmethod
    def issue(cls, user) -> tuple["ApiToken", str]:
        """A new token for `user` and its key, the only time the key is known."""
        token = cls(user=user)
        key = token.set_new_key()
        token.save()
        return token, key

    def set_new_key(self) -> str:
        key = secrets.token_hex(20)
        self.digest = token_digest(key)
        return key

    @property
    def expires_at(self):
        lifetime = settings.API_TOKEN_LIFETIME
        return self.created_at + lifetime if lifetime else None

    def has_expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= timezone.now()
