"""Token authentication through the cache (accounts/token_cache.py): a token seen shortly before
costs no query, and whatever changes who it authenticates, or with which role, takes effect on
the very next request. Every test runs with the cache in memory (as Redis keeps it: no query)
and in the database."""

import datetime
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.test import APIClient

from accounts import token_cache
from accounts.models import ApiToken, User, token_digest
from negotiations.models import Actor
from tests import factories

TOKEN_URL = "/api/v1/auth/token/"
ACTORS_URL = "/api/v1/actors/"
CACHES = {
    "memory": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tokens"},
    "database": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "tracker_cache",
    },
}


@pytest.fixture(params=list(CACHES))
def cached_tokens(request, settings, db):
    """Token authentication with its cache on, in memory or in the database."""
    settings.CACHES = {"default": CACHES[request.param]}
    settings.API_TOKEN_CACHE_SECONDS = 60
    cache.clear()
    yield request.param
    cache.clear()


def client_with(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def seen_client(user) -> tuple[APIClient, str]:
    """A client whose token has just authenticated a request, so that the cache holds it."""
    _, key = ApiToken.issue(user)
    client = client_with(key)
    assert client.get(ACTORS_URL).status_code == 200
    assert isinstance(cache.get(token_cache.cache_key(token_digest(key))), dict)
    return client, key


def accounts_queries(queries) -> list[str]:
    return [
        query["sql"]
        for query in queries.captured_queries
        if '"accounts_' in query["sql"] or '"auth_group' in query["sql"]
    ]


def test_a_token_seen_before_authenticates_without_reading_the_account(cached_tokens, viewer):
    client, _ = seen_client(viewer)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(ACTORS_URL)

    assert response.status_code == 200
    assert accounts_queries(queries) == []


def test_the_cache_is_keyed_by_digest_and_keeps_no_key_or_password(cached_tokens, viewer):
    _, key = seen_client(viewer)

    kept = cache.get(token_cache.cache_key(token_digest(key)))

    assert kept["id"] == viewer.pk and kept["group_role"] == "viewer"
    assert key not in repr(kept)
    assert viewer.password not in repr(kept) and "password" not in kept
    assert cache.get(token_cache.cache_key(key)) is None
    if cached_tokens == "database":
        with connection.cursor() as cursor:
            cursor.execute("SELECT cache_key FROM tracker_cache")
            stored_keys = [row[0] for row in cursor.fetchall()]
        assert stored_keys and not any(key in stored for stored in stored_keys)


def test_a_write_through_a_remembered_token_is_recorded_as_its_account(cached_tokens, analyst):
    client, _ = seen_client(analyst)

    response = client.post(ACTORS_URL, {"name": "Oman", "kind": "state"}, format="json")

    assert response.status_code == 201, response.content
    actor = Actor.objects.get(pk=response.json()["id"])
    assert actor.history.get().history_user == analyst


# -- revoked, expired or deleted: 401 on the very next request ------------------------------


def test_a_token_revoked_through_the_api_is_refused_at_once(cached_tokens, viewer):
    client, _ = seen_client(viewer)

    revoked = client.delete(TOKEN_URL)

    assert revoked.status_code == 204
    assert client.get(ACTORS_URL).status_code == 401
    assert not ApiToken.objects.exists()


def test_a_token_revoked_in_the_admin_is_refused_at_once(cached_tokens, client, admin_user, viewer):
    api, key = seen_client(viewer)
    token = ApiToken.objects.get(digest=token_digest(key))
    client.force_login(admin_user)

    response = client.post(f"/admin/accounts/apitoken/{token.pk}/delete/", {"post": "yes"})

    assert response.status_code == 302
    assert api.get(ACTORS_URL).status_code == 401


def test_a_password_change_refuses_the_remembered_tokens_at_once(cached_tokens, viewer):
    client, _ = seen_client(viewer)

    viewer.set_password("another-long-passphrase")
    viewer.save()

    assert client.get(ACTORS_URL).status_code == 401


def test_a_remembered_token_past_its_lifetime_is_refused_and_removed(
    cached_tokens, settings, viewer
):
    settings.API_TOKEN_LIFETIME = datetime.timedelta(days=30)
    client, key = seen_client(viewer)

    later = timezone.now() + datetime.timedelta(days=30, seconds=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        expired = client.get(ACTORS_URL)

    assert expired.status_code == 401
    assert "expired" in expired.json()["detail"]
    assert not ApiToken.objects.filter(digest=token_digest(key)).exists()
    assert client.get(ACTORS_URL).status_code == 401


def test_a_lifetime_shortened_since_applies_to_remembered_tokens(cached_tokens, settings, viewer):
    settings.API_TOKEN_LIFETIME = None
    token, key = ApiToken.issue(viewer)
    ApiToken.objects.filter(pk=token.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=2)
    )
    client = client_with(key)
    assert client.get(ACTORS_URL).status_code == 200

    settings.API_TOKEN_LIFETIME = datetime.timedelta(days=1)

    assert client.get(ACTORS_URL).status_code == 401


def test_a_deactivated_account_is_refused_at_once(cached_tokens, viewer):
    client, _ = seen_client(viewer)

    viewer.is_active = False
    viewer.save(update_fields=["is_active"])

    response = client.get(ACTORS_URL)
    assert response.status_code == 401
    assert response.json()["detail"] == "User inactive or deleted."


def test_an_account_deactivated_in_the_admin_is_refused_at_once(
    cached_tokens, client, admin_user, viewer
):
    api, _ = seen_client(viewer)
    client.force_login(admin_user)
    form = {
        "username": viewer.username,
        "email": viewer.email,
        "is_staff": "on",
        "groups": [Group.objects.get(name="viewer").pk],
        "date_joined_0": "2026-01-01",
        "date_joined_1": "00:00:00",
    }

    response = client.post(f"/admin/accounts/user/{viewer.pk}/change/", form)

    assert response.status_code == 302, response.content[:2000]
    assert not User.objects.get(pk=viewer.pk).is_active
    assert api.get(ACTORS_URL).status_code == 401


def test_a_deleted_account_is_refused_at_once(cached_tokens, viewer):
    client, _ = seen_client(viewer)

    viewer.delete()

    assert client.get(ACTORS_URL).status_code == 401


# -- demoted: 403 on the very next request ----------------------------------------------------


def test_an_analyst_made_viewer_can_no_longer_write(cached_tokens, analyst):
    client, _ = seen_client(analyst)

    analyst.set_role("viewer")

    assert client.post(
        ACTORS_URL, {"name": "Oman", "kind": "state"}, format="json"
    ).status_code == (403)
    assert client.get(ACTORS_URL).status_code == 200
    assert not Actor.objects.exists()


def test_a_viewer_made_analyst_can_write_at_once(cached_tokens, viewer):
    client, _ = seen_client(viewer)

    viewer.set_role("analyst")

    assert client.post(
        ACTORS_URL, {"name": "Oman", "kind": "state"}, format="json"
    ).status_code == (201)


def test_an_account_whose_groups_are_cleared_is_refused_at_once(cached_tokens, viewer):
    client, _ = seen_client(viewer)

    viewer.groups.clear()

    assert client.get(ACTORS_URL).status_code == 403


def test_an_account_removed_from_its_group_by_the_group_is_refused_at_once(cached_tokens, viewer):
    client, _ = seen_client(viewer)

    Group.objects.get(name="viewer").user_set.remove(viewer)

    assert client.get(ACTORS_URL).status_code == 403


def test_members_of_a_group_emptied_from_the_group_side_are_refused_at_once(cached_tokens, viewer):
    client, _ = seen_client(viewer)

    Group.objects.get(name="viewer").user_set.clear()

    assert client.get(ACTORS_URL).status_code == 403


def test_members_of_a_deleted_role_group_are_refused_at_once(cached_tokens, viewer):
    client, _ = seen_client(viewer)

    Group.objects.get(name="viewer").delete()

    assert client.get(ACTORS_URL).status_code == 403


def test_members_of_a_renamed_role_group_are_refused_at_once(cached_tokens, viewer):
    client, _ = seen_client(viewer)

    group = Group.objects.get(name="viewer")
    group.name = "former viewers"
    group.save()

    assert client.get(ACTORS_URL).status_code == 403


def test_a_superuser_who_is_no_longer_one_is_refused_at_once(cached_tokens):
    superuser = factories.UserFactory(username="root", is_superuser=True)
    client, _ = seen_client(superuser)

    superuser.is_superuser = False
    superuser.save()

    assert client.get(ACTORS_URL).status_code == 403


def test_another_account_s_change_keeps_a_token_remembered(cached_tokens, viewer, analyst):
    client, key = seen_client(viewer)

    analyst.set_role("viewer")

    with CaptureQueriesContext(connection) as queries:
        assert client.get(ACTORS_URL).status_code == 200
    assert accounts_queries(queries) == []


# -- a request that read the account before a change cannot put it back ----------------------


def test_an_account_read_before_a_change_is_not_remembered_after_it(cached_tokens, analyst):
    _, key = ApiToken.issue(analyst)
    read_before = ApiToken.objects.for_digest(token_digest(key))

    analyst.set_role("viewer")
    token_cache.remember(read_before)

    client = client_with(key)
    assert client.post(
        ACTORS_URL, {"name": "Oman", "kind": "state"}, format="json"
    ).status_code == (403)


def test_the_change_is_forgotten_again_when_its_transaction_commits(
    cached_tokens, analyst, django_capture_on_commit_callbacks
):
    _, key = ApiToken.issue(analyst)
    read_before = ApiToken.objects.for_digest(token_digest(key))

    with django_capture_on_commit_callbacks(execute=True):
        analyst.set_role("viewer")
        # Long enough for the first tombstone to have expired, a request that read the
        # account before the change remembers it:
        cache.delete(token_cache.cache_key(read_before.digest))
        token_cache.remember(read_before)

    client = client_with(key)
    assert client.post(
        ACTORS_URL, {"name": "Oman", "kind": "state"}, format="json"
    ).status_code == (403)
