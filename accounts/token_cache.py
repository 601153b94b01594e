"""The account behind an API token, kept in the cache for API_TOKEN_CACHE_SECONDS, so that a
request with a token seen shortly before authenticates without a query (a 304 is then its
version query alone).

Cache keys are the tokens' digests, never the keys. What is kept: the token's id and date of
issue (its expiry is checked on every request, against that date and the lifetime configured
now), and the account's id, username, flags and role group; never its password hash.

Whatever changes who a token authenticates, or with which role, forgets it at once (the
receivers at the end, connected in AccountsConfig.ready): a token changed or deleted (revoked by
its owner or in the admin, expired, or deleted with its account or by a password change); an
account saved (deactivated, made or unmade superuser); an account's groups changed from either
side; a group renamed or deleted.

Forgetting writes a tombstone for the cache's lifetime, and a token is remembered only where the
cache holds nothing for it (`cache.add`). So a request that read the account just before a change
was committed cannot put the old account back: the tombstone is written when the change is made
and again when its transaction commits, and a tombstoned token is read from the database until
the tombstone expires.

Changes that send no signals (`QuerySet.update()` on accounts or tokens, SQL by hand) are not
seen, nor are changes made by a process that does not share the web processes' cache (a
management command run without their REDIS_URL): those take effect within the cache's lifetime.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction

from accounts.models import ApiToken, User

FORGOTTEN = "forgotten"
# What a request needs of the account without reading it; any other field (its email, its
# password hash) is deferred and read from the database if ever asked for.
ACCOUNT_FIELDS = ("id", "username", "is_active", "is_staff", "is_superuser")


def lifetime() -> int:
    """Seconds an account is kept; 0 turns the cache off (the default without Redis, where a
    cache read would be a database query in place of the one it saves)."""
    return settings.API_TOKEN_CACHE_SECONDS


def cache_key(digest: str) -> str:
    return f"api-token:{digest}"


def recall(digest: str) -> ApiToken | None:
    """The token of this digest with its account and role group, as remembered; None when the
    cache holds nothing for it or a tombstone."""
    if not lifetime():
        return None
    kept = cache.get(cache_key(digest))
    if not isinstance(kept, dict):
        return None
    user = loaded(User, {name: kept[name] for name in ACCOUNT_FIELDS})
    user.group_role = kept["group_role"]
    token = loaded(
        ApiToken,
        {
            "id": kept["token_id"],
            "digest": digest,
            "user_id": user.pk,
            "created_at": kept["created_at"],
        },
    )
    token.user = user
    return token


def loaded(model, values: dict):
    """An instance as if read from the database with these fields only (the others deferred)."""
    names = [field.attname for field in model._meta.concrete_fields if field.attname in values]
    return model.from_db(None, names, [values[name] for name in names])


def remember(token: ApiToken) -> None:
    """Keep a token just read from the database (with `ApiToken.objects.for_digest`), unless the
    cache holds something for it already: another request's entry, or a tombstone."""
    if not lifetime():
        return
    user = token.user
    kept = {name: getattr(user, name) for name in ACCOUNT_FIELDS}
    kept.update(token_id=token.pk, created_at=token.created_at, group_role=user.group_role)
    cache.add(cache_key(token.digest), kept, lifetime())


def forget(digests) -> None:
    """Tombstones for these tokens, now and when the current transaction commits."""
    if not lifetime():
        return
    tombstones = dict.fromkeys(map(cache_key, digests), FORGOTTEN)
    if not tombstones:
        return
    cache.set_many(tombstones, lifetime())
    if connection.in_atomic_block:
        transaction.on_commit(lambda: cache.set_many(tombstones, lifetime()))


def forget_tokens_of(tokens) -> None:
    """Forget every token of a queryset of tokens."""
    if lifetime():
        forget(list(tokens.values_list("digest", flat=True)))


# -- receivers -------------------------------------------------------------------------------


def token_saved(sender, instance, created, **kwargs) -> None:
    # A new token's digest was never seen: nothing to forget (a tombstone would only keep it
    # out of the cache).
    if not created:
        forget([instance.digest])


def token_deleted(sender, instance, **kwargs) -> None:
    forget([instance.digest])


def account_saved(sender, instance, **kwargs) -> None:
    # Deleting an account deletes its tokens, one post_delete each (token_deleted).
    forget_tokens_of(ApiToken.objects.filter(user=instance))


def account_groups_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    if not reverse:  # user.groups.add(...), .remove(...), .set(...), .clear()
        forget_tokens_of(ApiToken.objects.filter(user=instance))
    elif pk_set is not None:  # group.user_set.add(...), .remove(...)
        forget_tokens_of(ApiToken.objects.filter(user__in=pk_set))
    else:  # group.user_set.clear(), before its members are gone
        forget_tokens_of(ApiToken.objects.filter(user__groups=instance))


def group_changed(sender, instance, **kwargs) -> None:
    # A role is a group's name: renaming or deleting a group changes its members' role.
    forget_tokens_of(ApiToken.objects.filter(user__groups=instance))
