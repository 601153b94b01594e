"""The Redis cache (REDIS_URL): Django's, keeping one client per connection pool, and counting
the API's throttles in one round trip (negotiations/api/throttles.py).

Django's RedisCacheClient builds a new `redis.Redis` for every cache operation, and redis-py's
constructor fills a table of response callbacks each time: about 0.13 ms, twice what the round
trip to a local Redis costs. A request to the API makes three of them (its token, and the
throttle's read and write), so a 304 paid about 0.4 ms for clients it threw away. A `redis.Redis`
is safe to share between threads: each command takes a connection from the pool and returns it.
"""

import uuid

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}
        self.scripts = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients.setdefault(pool, self._client(connection_pool=pool))
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient

    def admit_within_rate(self, key, *, now: float, duration: int, limit: int) -> list | None:
        """Count a request at `now` against at most `limit` in the last `duration` seconds,
        in one round trip and atomically (two processes cannot both take the last place).
        Answers None when it is admitted, else the times of the requests in the window, newest
        first. The key is the cache's (prefix and version) with its own suffix: the set is not
        a cached value."""
        client = self._cache.get_client(key, write=True)
        script = self._cache.scripts.get(id(client))
        if script is None:
            script = self._cache.scripts.setdefault(
                id(client), client.register_script(ADMIT_WITHIN_RATE)
            )
        window_key = self.make_and_validate_key(key) + ":window"
        member = f"{now!r}:{uuid.uuid4().hex[:12]}"  # two requests in the same instant count twice
        refused = script(keys=[window_key], args=[repr(now), duration, limit, member])
        if refused is None:
            return None
        return [float(score) for score in refused[2::2]]


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
