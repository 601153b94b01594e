"""A database outage, for real: gunicorn in production mode against a PostgreSQL server of the
test's own (its own data directory and port), which the test stops and starts again while the
application keeps running.

While the database is down every request that needs it answers 503 with `Retry-After`: JSON on
the API, a plain page (no debug information) for people and at login, and `GET /healthz`
reports the database as unavailable. Once it is back, the same processes serve normally again.
"""

import http.cookiejar
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.test_production_server import (
    PROJECT_DIR,
    START_COMMAND,
    free_local_port,
    production_environment,
    stop,
    wait_until_answering,
)

# Starts its own servers and databases whatever database the suite runs on: CI runs it once,
# in the PostgreSQL run (pyproject.toml, markers).
pytestmark = pytest.mark.own_servers

POSTGRES_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def postgres_bin_dir() -> Path:
    configured = os.environ.get("POSTGRES_BIN_DIR")
    candidates = [Path(configured)] if configured else POSTGRES_BIN_DIRS
    for candidate in candidates:
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    pytest.fail(
        "No PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin; "
        "install Debian's postgresql or set POSTGRES_BIN_DIR.",
        pytrace=False,
    )


class PrivatePostgres:
    """A throwaway PostgreSQL cluster. initdb refuses to run as root, so as root (CI) the
    cluster belongs to the `postgres` account that Debian's package creates."""

    def __init__(self, directory: Path, port: int):
        self.bin_dir = postgres_bin_dir()
        self.directory = directory
        self.data = directory / "data"
        self.port = port
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_owner:
            shutil.chown(directory, user="postgres")

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def run(self, *command: str) -> None:
        subprocess.run(
            [*self.as_owner, str(self.bin_dir / command[0]), *command[1:]],
            check=True,
            stdout=subprocess.DEVNULL,
            timeout=120,
        )

    def create(self) -> None:
        self.run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "--no-sync")

    def start(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 "
            f"-c unix_socket_directories={self.directory}"
        )
        log = str(self.directory / "postgres.log")
        self.run("pg_ctl", "-D", str(self.data), "-l", log, "-o", options, "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self.run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def is_running(self) -> bool:
        return (self.data / "postmaster.pid").exists()


@pytest.fixture
def private_postgres():
    directory = Path(tempfile.mkdtemp(prefix="tracker-outage-"))
    server = PrivatePostgres(directory, free_local_port())
    try:
        server.create()
        server.start()
        yield server
    finally:
        if server.is_running():
            server.stop(mode="immediate")
        shutil.rmtree(directory, ignore_errors=True)


class Browser:
    """urllib with a cookie jar: a person's session, or a client of the API."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirects
        )

    def request(self, path: str, data: dict | None = None, headers: dict | None = None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base_url + path, data=body, headers=headers or {})
        return self.send(request)

    def post_json(self, path: str, data: dict):
        headers = {"Content-Type": "application/json"}
        body = json.dumps(data).encode()
        return self.send(urllib.request.Request(self.base_url + path, data=body, headers=headers))

    def send(self, request):
        try:
            response = self.opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        response.text = response.read().decode()
        return response

    def login_form(self) -> dict:
        page = self.request("/accounts/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        return {"csrfmiddlewaretoken": token}

    def post_login(self, form: dict, username: str, password: str):
        return self.request(
            "/accounts/login/",
            {**form, "username": username, "password": password},
            headers={"Referer": self.base_url + "/accounts/login/"},
        )


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def api_get(browser: Browser, path: str, token: str):
    return browser.request(path, headers={"Authorization": f"Token {token}"})


def assert_outage_page(response):
    assert response.status == 503, response.text
    assert response.headers["Retry-After"].isdigit()
    assert response.headers["Content-Type"].startswith("text/html")
    assert "Temporarily unavailable" in response.text
    # Production mode: no traceback, no settings, no SQL.
    for leak in ("Traceback", "OperationalError", "DATABASES", "psycopg2", "SECRET_KEY"):
        assert leak not in response.text


def assert_outage_json(response):
    assert response.status == 503, response.text
    assert response.headers["Retry-After"].isdigit()
    assert response.headers["Content-Type"].startswith("application/json")
    assert "database" in json.loads(response.text)["detail"]


def test_a_database_outage_answers_503_and_service_resumes_without_a_restart(
    private_postgres, tmp_path
):
    port = free_local_port()
    environment = production_environment(private_postgres.url, tmp_path / "static", port)
    username, password = "outage-admin", secrets.token_urlsafe(16)
    environment.update(
        {
            "WEB_CONCURRENCY": "2",
            # Plain HTTP here: cookies that only travel over HTTPS would never come back.
            "DJANGO_SECURE_COOKIES": "0",
            "DJANGO_SUPERUSER_USERNAME": username,
            "DJANGO_SUPERUSER_PASSWORD": password,
        }
    )
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity=0"],
        cwd=PROJECT_DIR,
        env=environment,
        check=True,
        timeout=300,
    )
    log = tmp_path / "server.log"
    base_url = f"http://127.0.0.1:{port}"

    with log.open("w") as log_file:
        server = subprocess.Popen(
            START_COMMAND,
            cwd=tmp_path,
            env=environment,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_until_answering(server, f"{base_url}/healthz", log)
            subprocess.run(
                [sys.executable, "manage.py", "ensure_admin"],
                cwd=PROJECT_DIR,
                env=environment,
                check=True,
                stdout=subprocess.DEVNULL,
                timeout=120,
            )
            person = Browser(base_url)
            assert person.post_login(person.login_form(), username, password).status == 302
            client = Browser(base_url)
            credentials = {"username": username, "password": password}
            token = json.loads(client.post_json("/api/v1/auth/token/", credentials).text)["token"]
            late_login = Browser(base_url)
            late_login_form = late_login.login_form()

            before = {
                "healthz": client.request("/healthz"),
                "api": api_get(client, "/api/v1/processes/", token),
                "page": person.request("/"),
            }

            private_postgres.stop()
            # Twice each, so that both gunicorn workers meet the outage.
            during = {
                "healthz": [client.request("/healthz") for _ in range(2)],
                "api": [api_get(client, "/api/v1/processes/", token) for _ in range(2)],
                "token": client.post_json("/api/v1/auth/token/", credentials),
                "page": [person.request("/") for _ in range(2)],
                "admin": person.request("/admin/"),
                "login": late_login.post_login(late_login_form, username, password),
            }

            private_postgres.start()
            after = {
                "healthz": [client.request("/healthz") for _ in range(3)],
                "api": [api_get(client, "/api/v1/processes/", token) for _ in range(3)],
                "page": [person.request("/") for _ in range(3)],
                "login": late_login.post_login(late_login.login_form(), username, password),
            }
            still_running = server.poll() is None
        finally:
            stop(server)

    assert before["healthz"].status == 200, log.read_text()
    assert json.loads(before["healthz"].text) == {"status": "ok", "checks": {"database": "ok"}}
    assert before["api"].status == 200
    assert before["page"].status == 200

    for response in during["healthz"]:
        assert response.status == 503
        assert response.headers["Retry-After"].isdigit()
        assert json.loads(response.text) == {
            "status": "unavailable",
            "checks": {"database": "unavailable"},
        }
    for response in [*during["api"], during["token"]]:
        assert_outage_json(response)
    for response in [*during["page"], during["admin"], during["login"]]:
        assert_outage_page(response)

    assert still_running, "the server died with its database"
    assert [response.status for response in after["healthz"]] == [200, 200, 200]
    assert [response.status for response in after["api"]] == [200, 200, 200]
    assert [response.status for response in after["page"]] == [200, 200, 200]
    assert "Negotiation tracker" in after["page"][-1].text
    assert after["login"].status == 302
