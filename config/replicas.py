"""Read replicas (DATABASE_REPLICA_URLS): reads go to a replica, writes to the primary, and a
client that has just written keeps reading from the primary for a while, so that it never misses
its own write while the replicas catch up.

The pin is a cookie (`tracker_primary_until`, a Unix time) set on the answer to any write
request (POST, PUT, PATCH, DELETE) for REPLICA_PIN_SECONDS; a request that carries it before
that time reads from the primary too. Inside a write request every query goes to the primary.
"""

import contextvars
import random
import time

from django.conf import settings

PIN_COOKIE = "tracker_primary_until"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")

reads_from_primary = contextvars.ContextVar("reads_from_primary", default=False)


def replica_aliases() -> list[str]:
    return [alias for alias in settings.DATABASES if alias.startswith("replica_")]


class PrimaryReplicaRouter:
    def db_for_read(self, model, **hints):
        replicas = replica_aliases()
        if reads_from_primary.get() or not replicas:
            return "default"
        return random.choice(replicas)

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # every alias holds the same data

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"


class PinToPrimaryAfterWrites:
    """Reads of a write request, and of the same client's requests shortly after, go to the
    primary."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        writing = request.method not in SAFE_METHODS
        try:
            pinned_until = float(request.COOKIES.get(PIN_COOKIE, "0"))
        except ValueError:
            pinned_until = 0
        token = reads_from_primary.set(writing or pinned_until > time.time())
        try:
            response = self.get_response(request)
        finally:
            reads_from_primary.reset(token)
        if writing:
            seconds = settings.REPLICA_PIN_SECONDS
            response.set_cookie(
                PIN_COOKIE,
                str(int(time.time() + seconds)),
                max_age=seconds,
                httponly=True,
                samesite="Lax",
                secure=settings.SESSION_COOKIE_SECURE,
            )
        return response
