"""API tokens: stored as digests, shown once, revoked by their owner and by a password change,
optionally expiring; tokens issued before the digests keep working."""

import datetime
import importlib

from django.apps import apps
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from accounts.models import ApiToken, token_digest

TOKEN_URL = "/api/v1/auth/token/"


def client_with(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def test_the_key_is_stored_only_as_its_digest(api, analyst, password):
    key = api.post(TOKEN_URL, {"username": "analyst", "password": password}, format="json").json()[
        "token"
    ]

    stored = ApiToken.objects.get(user=analyst)
    assert stored.digest == token_digest(key)
    assert key not in {stored.digest, str(stored)}
    assert not Token.objects.exists()


def test_each_request_issues_a_new_token_shown_that_once(api, analyst, password):
    body = {"username": "analyst", "password": password}

    first = api.post(TOKEN_URL, body, format="json").json()["token"]
    second = api.post(TOKEN_URL, body, format="json").json()["token"]

    assert first != second
    assert ApiToken.objects.filter(user=analyst).count() == 2
    assert client_with(first).get("/api/v1/actors/").status_code == 200
    assert client_with(second).get("/api/v1/actors/").status_code == 200


def test_delete_revokes_the_token_that_sent_it_and_no_other(analyst):
    _, used = ApiToken.issue(analyst)
    _, other = ApiToken.issue(analyst)

    response = client_with(used).delete(TOKEN_URL)

    assert response.status_code == 204
    assert client_with(used).get("/api/v1/actors/").status_code == 401
    assert client_with(other).get("/api/v1/actors/").status_code == 200
    assert ApiToken.objects.get().digest == token_digest(other)


def test_delete_without_a_token_is_refused_and_revokes_nothing(api, analyst):
    ApiToken.issue(analyst)
    session = APIClient()
    session.force_login(analyst)

    anonymous = api.delete(TOKEN_URL)
    signed_in = session.delete(TOKEN_URL)

    assert anonymous.status_code == 401
    assert signed_in.status_code == 400
    assert "Authorization: Token" in signed_in.json()["non_field_errors"][0]
    assert ApiToken.objects.count() == 1


def test_a_password_change_revokes_every_token_of_the_account(analyst, viewer):
    _, analyst_key = ApiToken.issue(analyst)
    _, viewer_key = ApiToken.issue(viewer)

    analyst.set_password("another-long-passphrase")
    analyst.save()

    assert client_with(analyst_key).get("/api/v1/actors/").status_code == 401
    assert not ApiToken.objects.filter(user=analyst).exists()
    assert client_with(viewer_key).get("/api/v1/actors/").status_code == 200


def test_saving_an_account_without_a_new_password_keeps_its_tokens(analyst):
    _, key = ApiToken.issue(analyst)

    analyst.first_name = "Ana"
    analyst.save()

    assert client_with(key).get("/api/v1/actors/").status_code == 200


def test_a_password_changed_in_the_admin_revokes_the_tokens(client, admin_user, analyst):
    _, key = ApiToken.issue(analyst)
    client.force_login(admin_user)

    response = client.post(
        f"/admin/accounts/user/{analyst.pk}/password/",
        {"password1": "a-new-long-passphrase", "password2": "a-new-long-passphrase"},
    )

    assert response.status_code == 302
    assert client_with(key).get("/api/v1/actors/").status_code == 401


def test_a_token_older_than_its_lifetime_is_refused_and_removed(settings, analyst):
    settings.API_TOKEN_LIFETIME = datetime.timedelta(days=30)
    old, old_key = ApiToken.issue(analyst)
    ApiToken.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(31))
    _, fresh_key = ApiToken.issue(analyst)

    expired = client_with(old_key).get("/api/v1/actors/")

    assert expired.status_code == 401
    assert "expired" in expired.json()["detail"]
    assert not ApiToken.objects.filter(pk=old.pk).exists()
    assert client_with(fresh_key).get("/api/v1/actors/").status_code == 200


def test_without_a_lifetime_tokens_do_not_expire(settings, analyst):
    settings.API_TOKEN_LIFETIME = None
    old, key = ApiToken.issue(analyst)
    ApiToken.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(3650))

    assert client_with(key).get("/api/v1/actors/").status_code == 200


def test_the_migration_keeps_existing_keys_working_and_drops_the_plain_ones(analyst):
    plain = Token.objects.create(user=analyst)
    migration = importlib.import_module("accounts.migrations.0003_api_tokens")

    migration.hash_existing_tokens(apps, schema_editor=None)

    assert not Token.objects.exists()
    moved = ApiToken.objects.get()
    assert (moved.user, moved.digest) == (analyst, token_digest(plain.key))
    assert moved.created_at == plain.created
    assert client_with(plain.key).get("/api/v1/actors/").status_code == 200
