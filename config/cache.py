"""The Redis cache (REDIS_URL): django-redis, kept serving through an outage of Redis, and
counting the API's throttles in one round trip (negotiations/api/throttles.py).

Redis is a speed-up, never a dependency: when it is down or unreachable, each cache call is a
miss after at most REDIS_TIMEOUT_SECONDS (django-redis's IGNORE_EXCEPTIONS, each one logged as an
error by the "django_redis" logger), API tokens are then checked in the database, and the
throttles let requests through uncounted until Redis is back (docs/reliability.md, "Redis
outage"). Django's own RedisCache would raise instead, and every API request would answer 500.
django-redis also keeps one client per server, where Django's builds a `redis.Redis` (about
0.13 ms) for every cache operation.
"""

import logging
import uuid

from django_redis.cache import RedisCache as DjangoRedisCache
from redis.exceptions import ConnectionError, TimeoutError

REDIS_TIMEOUT_SECONDS = 0.5

logger = logging.getLogger("django_redis")


def redis_cache(url: str) -> dict:
    """The CACHES entry for a Redis server at this URL."""
    return {
        "BACKEND": "config.cache.RedisCache",
        "LOCATION": url,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT_SECONDS,
            "SOCKET_TIMEOUT": REDIS_TIMEOUT_SECONDS,
        },
    }


class RedisCache(DjangoRedisCache):
    def admit_within_rate(self, key, *, now: float, duration: int, limit: int) -> list | None:
        """Count a request at `now` against at most `limit` in the last `duration` seconds,
        in one round trip and atomically (two processes cannot both take the last place).
        Answers None when it is admitted, else the times of the requests in the window, newest
        first. The key is the cache's (prefix and version) with its own suffix: the set is not
        a cached value. While Redis does not answer, every request is admitted (and the failure
        logged), as the other cache calls then miss."""
        window_key = self.make_and_validate_key(key) + ":window"
        member = f"{now!r}:{uuid.uuid4().hex[:12]}"  # two requests in the same instant count twice
        try:
            refused = self.window_script()(
                keys=[window_key], args=[repr(now), duration, limit, member]
            )
        except (ConnectionError, TimeoutError):
            if not self._ignore_exceptions:
                raise
            logger.exception("Throttle not counted: Redis did not answer")
            return None
        if refused is None:
            return None
        return [float(score) for score in refused[2::2]]

    def window_script(self):
        client = self.client.get_client(write=True)
        scripts = self.__dict__.setdefault("_window_scripts", {})
        script = scripts.get(id(client))
        if script is None:
            script = scripts.setdefault(id(client), client.register_script(ADMIT_WITHIN_RATE))
        return script


# A sliding window of request times (a sorted set scored by time), read, checked and written at
# once: drop the times older than the window; refuse when `limit` remain, answering them (newest
# first) so that the caller can say how long to wait; else add this one and keep the set as long
# as the window.
ADMIT_WITHIN_RATE = """
local key, now, duration, limit = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - duration)
if redis.call('ZCARD', key) >= limit then
    local window = redis.call('ZREVRANGE', key, 0, -1, 'WITHSCORES')
    table.insert(window, 1, 'refused')
    return window
end
redis.call('ZADD', key, now, ARGV[4])
redis.call('EXPIRE', key, math.ceil(duration))
return false
"""
