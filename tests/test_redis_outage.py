"""Redis stops, and the tracker keeps serving (config/caches.py, docs/reliability.md).

Each test starts its own redis-server on a free port and points the cache at it with the
project's own Redis settings, then stops it: API tokens are then checked in the database, the
throttles let requests through uncounted, sign-in works, and each failed cache call is logged.
When Redis is back, the cache is used again."""

import shutil
import socket
import subprocess
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from accounts.models import ApiToken
from config.cache import redis_cache
from negotiations.models import Actor

ACTORS_URL = "/api/v1/actors/"
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def free_local_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """A redis-server of our own, which a test can stop and start again on the same port."""

    def __init__(self):
        self.port = free_local_port()
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def redis_server(settings, db):
    """The cache in a Redis of its own, as config/settings.py configures it with REDIS_URL."""
    server = RedisServer()
    server.start()
    settings.CACHES = {"default": redis_cache(server.url)}
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    settings.DJANGO_REDIS_LOGGER = "django_redis"
    settings.API_TOKEN_CACHE_SECONDS = 60
    yield server
    if server.process.poll() is None:
        server.stop()


def token_client(user) -> APIClient:
    _, key = ApiToken.issue(user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def accounts_queries(queries) -> list[str]:
    return [query["sql"] for query in queries.captured_queries if '"accounts_' in query["sql"]]


def test_the_api_reads_and_writes_while_redis_is_down(redis_server, analyst):
    client = token_client(analyst)
    assert client.get(ACTORS_URL).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(ACTORS_URL).status_code == 200
    assert accounts_queries(queries) == []  # the token was remembered in Redis

    redis_server.stop()
    read = client.get(ACTORS_URL)
    written = client.post(ACTORS_URL, {"name": "Qatar", "kind": "state"}, format="json")

    assert read.status_code == 200
    assert written.status_code == 201, written.content
    assert Actor.objects.filter(name="Qatar").exists()


def test_tokens_are_checked_in_the_database_while_redis_is_down(redis_server, analyst):
    client = token_client(analyst)
    assert client.get(ACTORS_URL).status_code == 200  # remembered in Redis
    redis_server.stop()
    assert client.get(ACTORS_URL).status_code == 200

    # update() sends no signal, so only a token read from the database can see the change.
    type(analyst).objects.filter(pk=analyst.pk).update(is_active=False)

    assert client.get(ACTORS_URL).status_code == 401


def test_the_throttle_lets_requests_through_uncounted_while_redis_is_down(
    redis_server, settings, analyst
):
    settings.API_THROTTLE_RATES = {"user": "2/minute", "anon": None, "auth_token": None}
    client = token_client(analyst)
    redis_server.stop()

    answers = [client.get(ACTORS_URL).status_code for _ in range(4)]

    assert answers == [200, 200, 200, 200]


def test_the_throttle_counts_again_once_redis_is_back(redis_server, settings, analyst):
    settings.API_THROTTLE_RATES = {"user": "2/minute", "anon": None, "auth_token": None}
    client = token_client(analyst)
    redis_server.stop()
    assert client.get(ACTORS_URL).status_code == 200

    redis_server.start()
    answers = [client.get(ACTORS_URL).status_code for _ in range(3)]

    assert answers == [200, 200, 429]


def test_each_failed_cache_call_is_logged_as_an_error(redis_server, analyst, caplog):
    client = token_client(analyst)
    redis_server.stop()

    with caplog.at_level("ERROR", logger="django_redis"):
        assert client.get(ACTORS_URL).status_code == 200

    assert any(record.name == "django_redis" for record in caplog.records)


def test_signing_in_and_out_on_the_site_works_while_redis_is_down(redis_server, analyst, password):
    from django.test import Client

    redis_server.stop()
    browser = Client()

    signed_in = browser.post("/accounts/login/", {"username": "analyst", "password": password})
    dashboard = browser.get("/")
    signed_out = browser.post("/accounts/logout/")
    after = browser.get("/")

    assert signed_in.status_code == 302
    assert dashboard.status_code == 200
    assert dashboard.wsgi_request.user == analyst
    assert signed_out.status_code in (200, 302)
    assert after.wsgi_request.user.is_anonymous


def test_a_token_can_be_issued_when_redis_never_answered(settings, db, analyst, password):
    nothing_listens = f"redis://127.0.0.1:{free_local_port()}/0"
    settings.CACHES = {"default": redis_cache(nothing_listens)}
    settings.API_TOKEN_CACHE_SECONDS = 60
    settings.API_THROTTLE_RATES = {"user": "100/minute", "anon": None, "auth_token": "10/minute"}
    cache.clear()  # a miss too: nothing to clear, nothing raised

    issued = APIClient().post(
        "/api/v1/auth/token/", {"username": "analyst", "password": password}, format="json"
    )
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {issued.json()['token']}")

    assert issued.status_code == 200
    assert client.get(ACTORS_URL).status_code == 200
