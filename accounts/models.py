import hashlib
import secrets

from django.conf import settings
from django.contrib.auth.models import AbstractUser, Group
from django.db import models, transaction
from django.db.models import Case, OuterRef, Subquery, When
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
        if "group_role" in self.__dict__:
            # Read with the account by the API's token authentication (strongest_group_role).
            return Role(self.group_role) if self.group_role else None
        names = {group.name for group in self.groups.all()}
        for role in ROLES_STRONGEST_FIRST:
            if role.value in names:
                return role
        return None

    @transaction.atomic
    def set_role(self, role: str) -> None:
        """Give the account exactly one role. Every role may sign in to the admin to read."""
        role = Role(role)
        self.__dict__.pop("group_role", None)
        self.groups.remove(*Group.objects.filter(name__in=Role.values))
        self.groups.add(Group.objects.get(name=role.value))
        if not self.is_staff:
            self.is_staff = True
            self.save(update_fields=["is_staff"])


ROLES_STRONGEST_FIRST = (Role.ADMIN, Role.ANALYST, Role.VIEWER)


def strongest_group_role(user_id_field: str) -> Subquery:
    """The name of the strongest role group of the account in `user_id_field`, or NULL: what
    `User.role` reads from its groups, as a subquery, so an account comes with its role in one
    query."""
    strength = Case(
        *(
            When(group__name=role.value, then=rank)
            for rank, role in enumerate(ROLES_STRONGEST_FIRST)
        )
    )
    memberships = User.groups.through.objects.filter(
        user_id=OuterRef(user_id_field), group__name__in=Role.values
    )
    return Subquery(memberships.order_by(strength).values("group__name")[:1])


def token_digest(key: str) -> str:
    """The stored form of an API key. The keys are 160 random bits, so a plain SHA-256 (no salt,
    no stretching) is enough to make a stolen table useless while lookups stay one index probe."""
    return hashlib.sha256(key.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def for_key(self, key: str):
        return self.filter(digest=token_digest(key))

    def for_digest(self, digest: str) -> "ApiToken | None":
        """The token of this digest with its account and the account's role group, in one
        query (`User.role` then reads `user.group_role`); None when there is no such token."""
        token = (
            self.select_related("user")
            .annotate(user_group_role=strongest_group_role("user_id"))
            .filter(digest=digest)
            .first()
        )
        if token is not None:
            token.user.group_role = token.user_group_role
        return token


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


class FeedKeyQuerySet(models.QuerySet):
    def owner_of(self, key: str):
        """The account a feed key belongs to, or None for an unknown, replaced or empty key."""
        if not key:
            return None
        feed_key = self.select_related("user").filter(key=key).first()
        return feed_key.user if feed_key else None


def new_feed_key() -> str:
    return secrets.token_urlsafe(32)


class FeedKey(models.Model):
    """The key in an account's feed addresses (`/feeds/changes.atom?key=...`): feed readers
    cannot sign in. Unlike an API token it is stored as it is, so that the account's page can
    show it again whenever its owner wants to subscribe another reader: it opens the feeds
    only (read-only, what the owner may read), it travels in URLs anyway, and it is 256 random
    bits that its owner can replace at any moment, which ends the old one at once."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="feed_key")
    key = models.CharField(max_length=64, unique=True, default=new_feed_key, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = FeedKeyQuerySet.as_manager()

    def __str__(self):
        return f"Feed key of {self.user} from {self.created_at:%Y-%m-%d %H:%M}"

    @classmethod
    def of(cls, user) -> "FeedKey":
        """The account's key, issued the first time it is asked for."""
        feed_key, _ = cls.objects.get_or_create(user=user)
        return feed_key

    @classmethod
    def replace(cls, user) -> "FeedKey":
        """A new key for the account; the old one stops working with this save."""
        feed_key = cls.of(user)
        feed_key.key = new_feed_key()
        feed_key.created_at = timezone.now()
        feed_key.save(update_fields=["key", "created_at"])
        return feed_key
