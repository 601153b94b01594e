"""The Redis cache backend (config/cache.py) against a real Redis, as deployed with REDIS_URL."""

import uuid

import pytest

from config.cache import RedisCache

REDIS_URL = "redis://127.0.0.1:6379/9"


@pytest.fixture
def redis_cache():
    cache = RedisCache(REDIS_URL, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    yield cache
    # Not clear(): that empties the whole Redis database, whoever else uses it.
    cache.delete_many(["token", "history", "count"])


def test_the_redis_cache_reuses_one_client_for_every_operation(redis_cache):
    client = redis_cache._cache.get_client()

    assert redis_cache._cache.get_client("a key") is client
    assert redis_cache._cache.get_client("a key", write=True) is client


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
