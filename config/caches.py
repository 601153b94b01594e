"""The cache settings for Redis, shared by config/settings.py and the tests of a Redis outage.

Redis is a speed-up, never a dependency: when it is down or unreachable, each cache call is a
miss after at most REDIS_TIMEOUT_SECONDS (django-redis's IGNORE_EXCEPTIONS, each one logged as an
error by the "django_redis" logger). API tokens are then checked in the database and the
throttles let requests through uncounted until Redis is back (docs/reliability.md, "Redis
outage"). Django's own RedisCache would raise instead, and every API request would answer 500.
"""

REDIS_TIMEOUT_SECONDS = 0.5


def redis_cache(url: str) -> dict:
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT_SECONDS,
            "SOCKET_TIMEOUT": REDIS_TIMEOUT_SECONDS,
        },
    }
