"""The Redis cache backend (config/cache.py) against a real Redis, as deployed with REDIS_URL."""

import uuid

import pytest
from django.core.cache import caches
from rest_framework.test import APIClient

from accounts.models import ApiToken
from config.cache import RedisCache

REDIS_URL = "redis://127.0.0.1:6379/9"


@pytest.fixture
def redis_cache():
    cache = RedisCache(REDIS_URL, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    yield cache
    # Not clear(): that empties the whole Redis database, whoever else uses it.
    cache.delete_many(["token", "history", "count"])
    client = cache.client.get_client()
    client.delete(*(cache.make_and_validate_key(key) + ":window" for key in ["w", "none", "same"]))


def test_the_redis_cache_reuses_one_client_for_every_operation(redis_cache):
    client = redis_cache.client.get_client()

    assert redis_cache.client.get_client() is client
    assert redis_cache.client.get_client(write=True) is client


def test_the_redis_cache_stores_reads_and_forgets_as_django_s_does(redis_cache):
    assert redis_cache.add("token", {"id": 1}, 60) is True
    assert redis_cache.add("token", {"id": 2}, 60) is False
    redis_cache.set("history", [3.0, 2.0], 60)
    redis_cache.set("count", 1, 60)

    assert redis_cache.get_many(["token", "history", "missing"]) == {
        "token": {"id": 1},
        "history": [3.0, 2.0],
    }
    assert redis_cache.incr("count") == 2
    assert redis_cache.delete("token") is True
    assert redis_cache.get("token", "gone") == "gone"


@pytest.fixture
def redis_default_cache(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "config.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        }
    }
    return caches["default"]


def test_a_window_admits_up_to_its_limit_then_answers_its_times_newest_first(redis_cache):
    admitted = [
        redis_cache.admit_within_rate("w", now=100.0 + n, duration=60, limit=3) for n in range(3)
    ]

    refused = redis_cache.admit_within_rate("w", now=110.0, duration=60, limit=3)

    assert admitted == [None, None, None]
    assert refused == [102.0, 101.0, 100.0]
    # 60 seconds after the first, one place is free again; the refused request took none.
    assert redis_cache.admit_within_rate("w", now=160.0, duration=60, limit=3) is None
    assert redis_cache.admit_within_rate("w", now=160.5, duration=60, limit=3) == [
        160.0,
        102.0,
        101.0,
    ]


def test_a_window_of_no_requests_refuses_every_one(redis_cache):
    assert redis_cache.admit_within_rate("none", now=1.0, duration=60, limit=0) == []


def test_requests_in_the_same_instant_count_apart(redis_cache):
    assert redis_cache.admit_within_rate("same", now=5.0, duration=60, limit=2) is None
    assert redis_cache.admit_within_rate("same", now=5.0, duration=60, limit=2) is None
    assert redis_cache.admit_within_rate("same", now=5.0, duration=60, limit=2) == [5.0, 5.0]


def test_the_api_throttles_each_account_through_redis_with_retry_after(
    settings, redis_default_cache, analyst, analyst_api, viewer_api
):
    settings.API_THROTTLE_RATES = {"user": "3/minute", "anon": None, "auth_token": None}

    answers = [analyst_api.get("/api/v1/actors/") for _ in range(4)]

    assert [answer.status_code for answer in answers] == [200, 200, 200, 429]
    assert 0 < int(answers[-1]["Retry-After"]) <= 60
    assert viewer_api.get("/api/v1/actors/").status_code == 200
    window = redis_default_cache.make_and_validate_key(f"throttle_user_{analyst.pk}") + ":window"
    assert redis_default_cache.client.get_client().zcard(window) == 3


def test_the_token_endpoint_keeps_its_own_lower_rate_through_redis(
    settings, redis_default_cache, analyst, password
):
    settings.API_THROTTLE_RATES = {"user": None, "anon": None, "auth_token": "2/minute"}
    api = APIClient()
    body = {"username": "analyst", "password": password}

    answers = [api.post("/api/v1/auth/token/", body, format="json") for _ in range(3)]

    assert [answer.status_code for answer in answers] == [200, 200, 429]
    assert "Retry-After" in answers[-1]
    assert ApiToken.objects.count() == 2
