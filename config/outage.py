"""A database outage answered as what it is: 503 Service Unavailable with `Retry-After`.

Any request that needs the database fails while it is down, wherever the query happens: in a
view, in the session or authentication middleware, or while a template renders. Django turns
each of those exceptions into the `handler500` response, so that is the one place that sees
them all; `service_unavailable_or_server_error` tells an outage from a bug there. The API's
exception handler answers the same way for errors raised inside its views.

Recovery needs no restart: a broken connection is marked unusable and closed at the end of the
request (CONN_HEALTH_CHECKS checks a reused one before the next), so the first request after
the database is back opens a new connection.
"""

import sys

from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.defaults import server_error

# Errors that mean "the database cannot be reached or has dropped the connection", as opposed
# to a query the database refused (IntegrityError, DataError, ProgrammingError: bugs or bad data).
DATABASE_OUTAGE_ERRORS = (OperationalError, InterfaceError)

# Seconds a client (or a load balancer) should wait before trying again.
RETRY_AFTER_SECONDS = 30

OUTAGE_DETAIL = (
    "The service is temporarily unavailable: its database cannot be reached. Retry later."
)


def is_database_outage(error: BaseException | None) -> bool:
    return isinstance(error, DATABASE_OUTAGE_ERRORS)


def wants_json(request) -> bool:
    return request.path.startswith("/api/") or request.path == "/healthz"


def outage_response(request) -> HttpResponse:
    """A JSON body for the API (the API's one error shape), a plain page for people. The page
    is rendered without the request's context: its context processors would ask the database
    for the signed-in user."""
    if wants_json(request):
        response = JsonResponse({"detail": OUTAGE_DETAIL}, status=503)
    else:
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def service_unavailable_or_server_error(request, *args, **kwargs):
    """handler500: Django calls it while handling the exception, so sys.exc_info() is it."""
    if is_database_outage(sys.exc_info()[1]):
        return outage_response(request)
    return server_error(request, *args, **kwargs)


def database_is_reachable(alias: str = "default") -> bool:
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


@never_cache
def healthz(request):
    """For load balancers and orchestrators: 200 while the database answers, 503 while it does
    not. It says nothing but that: no versions, hosts or error messages. No account needed."""
    if database_is_reachable():
        return JsonResponse({"status": "ok", "checks": {"database": "ok"}})
    response = JsonResponse(
        {"status": "unavailable", "checks": {"database": "unavailable"}}, status=503
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
