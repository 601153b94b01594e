"""Repeated wrong passwords lock an account out for the address they came from, on the site's
sign-in form, the admin's and the API's token endpoint; the API throttles per account and per
address. Both answer 429 with Retry-After."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connection
from rest_framework.test import APIClient

from accounts.models import ApiToken

LOGIN_FORMS = ["/accounts/login/", "/admin/login/"]
TOKEN_URL = "/api/v1/auth/token/"


@pytest.fixture
def limits(settings):
    settings.AXES_FAILURE_LIMIT = 5
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
    return settings


def sign_in(client, url, username, password, address="127.0.0.1"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.mark.parametrize("url", LOGIN_FORMS)
def test_the_fifth_wrong_password_locks_the_form_with_a_page_saying_so(
    client, limits, analyst, password, url
):
    answers = [sign_in(client, url, "analyst", "wrong").status_code for _ in range(5)]
    right_password = sign_in(client, url, "analyst", password)

    assert answers == [200, 200, 200, 200, 429]
    assert right_password.status_code == 429
    assert right_password["Retry-After"] == "900"
    page = right_password.content.decode()
    assert "Too many failed sign-ins" in page and "15 minutes" in page
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("url", LOGIN_FORMS)
def test_the_lock_holds_one_account_from_one_address_only(
    client, limits, analyst, viewer, password, url
):
    for _ in range(5):
        sign_in(client, url, "analyst", "wrong", address="203.0.113.9")

    same_account_elsewhere = sign_in(client, url, "analyst", password, address="198.51.100.7")
    client.logout()
    other_account_same_address = sign_in(client, url, "viewer", password, address="203.0.113.9")

    assert same_account_elsewhere.status_code == 302
    assert other_account_same_address.status_code == 302


def test_the_lock_lifts_after_the_cool_off(client, limits, analyst, password):
    for _ in range(5):
        sign_in(client, "/accounts/login/", "analyst", "wrong")
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16)
    )

    assert sign_in(client, "/accounts/login/", "analyst", password).status_code == 302


def test_a_successful_sign_in_clears_the_count(client, limits, analyst, password):
    for _ in range(4):
        sign_in(client, "/accounts/login/", "analyst", "wrong")
    assert sign_in(client, "/accounts/login/", "analyst", password).status_code == 302
    client.logout()

    answers = [
        sign_in(client, "/accounts/login/", "analyst", "wrong").status_code for _ in range(4)
    ]

    assert answers == [200, 200, 200, 200]


def test_failures_and_the_lock_out_are_recorded_and_logged(client, limits, analyst, caplog):
    with caplog.at_level("WARNING", logger="axes"):
        for _ in range(5):
            sign_in(client, "/accounts/login/", "analyst", "wrong", address="203.0.113.9")

    attempt = AccessAttempt.objects.get()
    assert (attempt.username, attempt.ip_address, attempt.failures_since_start) == (
        "analyst",
        "203.0.113.9",
        5,
    )
    assert any("Locking out" in record.getMessage() for record in caplog.records)


def test_the_token_endpoint_locks_out_with_a_json_429(limits, analyst, password):
    api = APIClient()
    body = {"username": "analyst", "password": "wrong"}

    answers = [api.post(TOKEN_URL, body, format="json").status_code for _ in range(5)]
    right = api.post(TOKEN_URL, {"username": "analyst", "password": password}, format="json")

    assert answers == [400, 400, 400, 400, 429]
    assert right.status_code == 429
    assert right["Content-Type"] == "application/json"
    assert right["Retry-After"] == "900"
    assert "Too many failed sign-ins" in right.json()["detail"]
    assert not ApiToken.objects.exists()


def test_the_api_throttles_each_account_with_retry_after(settings, analyst_api, viewer_api):
    settings.API_THROTTLE_RATES = {"user": "3/minute", "anon": None, "auth_token": None}

    answers = [analyst_api.get("/api/v1/actors/") for _ in range(4)]

    assert [answer.status_code for answer in answers] == [200, 200, 200, 429]
    assert 0 < int(answers[-1]["Retry-After"]) <= 60
    assert "throttled" in answers[-1].json()["detail"]
    assert viewer_api.get("/api/v1/actors/").status_code == 200


def test_the_api_throttles_anonymous_callers_per_address(settings, db):
    settings.PUBLIC_READ = True
    settings.API_THROTTLE_RATES = {"user": None, "anon": "2/minute", "auth_token": None}
    api = APIClient()

    first_address = [api.get("/api/v1/actors/", REMOTE_ADDR="203.0.113.9") for _ in range(3)]
    other_address = api.get("/api/v1/actors/", REMOTE_ADDR="198.51.100.7")

    assert [answer.status_code for answer in first_address] == [200, 200, 429]
    assert "Retry-After" in first_address[-1]
    assert other_address.status_code == 200


def test_the_token_endpoint_has_its_own_lower_rate(settings, analyst, password):
    settings.API_THROTTLE_RATES = {"user": None, "anon": None, "auth_token": "2/minute"}
    api = APIClient()
    body = {"username": "analyst", "password": password}

    answers = [api.post(TOKEN_URL, body, format="json").status_code for _ in range(3)]

    assert answers == [200, 200, 429]
    assert ApiToken.objects.count() == 2


def test_throttle_counts_live_in_the_database_every_worker_shares(settings, analyst, analyst_api):
    settings.API_THROTTLE_RATES = {"user": "1/minute", "anon": None, "auth_token": None}

    analyst_api.get("/api/v1/actors/")

    assert isinstance(caches["default"], DatabaseCache)
    table = connection.ops.quote_name(settings.CACHES["default"]["LOCATION"])
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT cache_key FROM {table}")
        keys = [row[0] for row in cursor.fetchall()]
    assert f":1:throttle_user_{analyst.pk}" in keys
