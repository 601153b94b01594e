"""`make load`: the production server under readers and writers at once, on PostgreSQL.

It creates a PostgreSQL database of its own (on the server DATABASE_URL names, else
postgres@127.0.0.1:5432), loads the demo, starts config/start_production.sh (gunicorn, production
settings) on a free loopback port, and for a fixed time runs:

- readers, as a viewer: half on the pages (signed in with a session), half on the API (a token);
- writers, as an analyst: each adds a meeting, then records a status change on a response, over
  and over.

Then it reports requests per second, the 50th and 99th percentile latencies and the errors (any
answer but the expected 200 or 201, or no answer), and checks that every write the server
acknowledged with 201 is in the database. It exits 1 on any error or lost write. The database
is dropped afterwards.

    .venv/bin/python scripts/load.py --seconds 60 --readers 4 --writers 2 [--report FILE.json]

All traffic goes to 127.0.0.1 and stops by itself after --seconds.
"""

import argparse
import datetime
import http.client
import http.cookies
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import dj_database_url
import psycopg2
from psycopg2 import sql

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_SERVER_URL = "postgres://postgres@127.0.0.1:5432/postgres"
STARTUP_TIMEOUT_SECONDS = 180

ACCOUNTS_SCRIPT = """
import os
from accounts.models import User
for username, role in (("load-viewer", "viewer"), ("load-analyst", "analyst")):
    user = User.objects.create_user(username, password=os.environ["LOAD_PASSWORD"])
    user.set_role(role)
"""


# The server and its database ---------------------------------------------------------------


def server_settings() -> dict:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://", "pgsql://")):
        url = DEFAULT_SERVER_URL
    config = dj_database_url.parse(url)
    return {
        "host": config["HOST"] or "127.0.0.1",
        "port": config["PORT"] or 5432,
        "user": config["USER"],
        "password": config["PASSWORD"],
    }


class LoadDatabase:
    """A database created for one run and dropped after it."""

    def __init__(self):
        self.server = server_settings()
        self.name = f"tracker_load_{secrets.token_hex(4)}"

    @property
    def url(self) -> str:
        server = self.server
        password = f":{server['password']}" if server["password"] else ""
        return (
            f"postgres://{server['user']}{password}@{server['host']}:{server['port']}/{self.name}"
        )

    def _maintenance(self, statement):
        connection = psycopg2.connect(dbname="postgres", connect_timeout=10, **self.server)
        connection.autocommit = True
        with closing(connection), connection.cursor() as cursor:
            cursor.execute(statement.format(sql.Identifier(self.name)))

    def create(self):
        self._maintenance(sql.SQL("CREATE DATABASE {}"))

    def drop(self):
        self._maintenance(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)"))

    def count_existing(self, table: str, ids: list[int]) -> int:
        with closing(psycopg2.connect(self.url)) as connection, connection.cursor() as cursor:
            cursor.execute(
                sql.SQL("SELECT count(*) FROM {} WHERE id = ANY(%s)").format(sql.Identifier(table)),
                [ids],
            )
            return cursor.fetchone()[0]


def free_local_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_environment(database_url: str, static_root: Path, port: int, workers: int):
    return {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        # Plain HTTP on the loopback: cookies must travel without TLS.
        "DJANGO_SECURE_COOKIES": "0",
        "DATABASE_URL": database_url,
        "DJANGO_STATIC_ROOT": str(static_root),
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": str(workers),
        "LOAD_PASSWORD": secrets.token_urlsafe(16),
        # The load measures what the server can serve: a few accounts send every request, so
        # the per-account throttles (a defence against one runaway client) are lifted here.
        "TRACKER_API_RATE_USER": "off",
        "TRACKER_API_RATE_ANON": "off",
        "TRACKER_API_RATE_TOKEN": "off",
    }


def manage(environment: dict, *arguments: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT_DIR,
        env=environment,
        check=True,
        stdout=subprocess.DEVNULL,
        timeout=600,
    )


def wait_until_answering(server: subprocess.Popen, port: int, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"The server exited ({server.returncode}):\n{log.read_text()}")
        try:
            if Client(port).get("/healthz").status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"The server did not answer in {STARTUP_TIMEOUT_SECONDS}s:\n{log.read_text()}")


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)


# A small HTTP client: one connection per thread, cookies and a token -------------------------


@dataclass
class Answer:
    status: int
    body: bytes
    seconds: float

    def json(self):
        return json.loads(self.body)


class Client:
    def __init__(self, port: int):
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies: dict[str, str] = {}
        self.headers: dict[str, str] = {}

    def request(self, method: str, path: str, body=None, headers=None) -> Answer:
        headers = {**self.headers, **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{key}={value}" for key, value in self.cookies.items())
        started = time.perf_counter()
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException):
            # gunicorn's sync workers close every connection; the next request opens a new one.
            self.connection.close()
            raise
        seconds = time.perf_counter() - started
        for header in response.headers.get_all("Set-Cookie") or []:
            for morsel in http.cookies.SimpleCookie(header).values():
                self.cookies[morsel.key] = morsel.value
        if response.headers.get("Connection", "").lower() == "close":
            self.connection.close()
        return Answer(response.status, content, seconds)

    def get(self, path: str) -> Answer:
        return self.request("GET", path)

    def post_json(self, path: str, data: dict) -> Answer:
        return self.request(
            "POST", path, json.dumps(data), headers={"Content-Type": "application/json"}
        )

    def sign_in(self, username: str, password: str) -> None:
        page = self.get("/accounts/login/").body.decode()
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        form = {"csrfmiddlewaretoken": csrf, "username": username, "password": password}
        answer = self.request(
            "POST",
            "/accounts/login/",
            urllib.parse.urlencode(form),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        if answer.status != 302:
            raise SystemExit(f"Signing in as {username} answered {answer.status}")

    def use_token(self, username: str, password: str) -> None:
        answer = self.post_json("/api/v1/auth/token/", {"username": username, "password": password})
        if answer.status not in (200, 201):
            raise SystemExit(f"The token for {username} answered {answer.status}")
        self.headers["Authorization"] = f"Token {answer.json()['token']}"


# The run ------------------------------------------------------------------------------------


@dataclass
class Tally:
    """What every thread observed; appended to under a lock."""

    requests: int = 0
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    acknowledged: dict[str, list[int]] = field(
        default_factory=lambda: {
            "negotiations_meeting": [],
            "negotiations_responsestatuschange": [],
        }
    )
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, what: str, answer: Answer | None, expected: int, error: str = "") -> bool:
        with self.lock:
            self.requests += 1
            if answer is not None:
                self.latencies.append(answer.seconds)
            if answer is None or answer.status != expected:
                detail = error or f"{answer.status} {answer.body[:200]!r}"
                self.errors.append(f"{what}: {detail}")
                return False
            return True


def timed(tally: Tally, what: str, expected: int, call, *arguments) -> Answer | None:
    try:
        answer = call(*arguments)
    except (OSError, http.client.HTTPException) as error:
        tally.record(what, None, expected, error=repr(error))
        return None
    return answer if tally.record(what, answer, expected) else None


def discover(port: int, password: str) -> dict:
    """The demo's records, to read their pages and to write about them."""
    client = Client(port)
    client.use_token("load-analyst", password)
    processes = client.get("/api/v1/processes/").json()["results"]
    proposals = client.get("/api/v1/proposals/").json()["results"]
    meetings = client.get("/api/v1/meetings/").json()["results"]
    responses = client.get("/api/v1/responses/").json()["results"]
    return {
        "pages": [
            "/",
            "/processes/",
            "/proposals/",
            "/meetings/",
            "/actors/",
            "/search/?q=ceasefire",
            *(f"/processes/{process['slug']}/" for process in processes),
            *(f"/proposals/{proposal['slug']}/" for proposal in proposals),
            *(f"/meetings/{meeting['id']}/" for meeting in meetings[:5]),
        ],
        "api": [
            "/api/v1/processes/",
            "/api/v1/proposals/",
            "/api/v1/responses/?status=pending",
            "/api/v1/meetings/",
            "/api/v1/actors/?page_size=20",
            *(f"/api/v1/proposals/{proposal['id']}/" for proposal in proposals),
            *(f"/api/v1/responses/{response['id']}/" for response in responses),
        ],
        "process": processes[0]["id"],
        "responses": [response["id"] for response in responses],
    }


def reader(port, password, paths, on_pages, deadline, tally):
    client = Client(port)
    if on_pages:
        client.sign_in("load-viewer", password)
    else:
        client.use_token("load-viewer", password)
    turn = 0
    while time.monotonic() < deadline:
        path = paths[turn % len(paths)]
        timed(tally, f"GET {path}", 200, client.get, path)
        turn += 1


def writer(port, password, number, targets, deadline, tally):
    client = Client(port)
    client.use_token("load-analyst", password)
    statuses = ("acknowledged", "pending")
    today = datetime.date.today().isoformat()
    turn = 0
    while time.monotonic() < deadline:
        meeting = {
            "process": targets["process"],
            "title": f"Load meeting {number}-{turn}",
            "date": "2024-06-12",
            "date_precision": "day",
            "format": "in_person",
            "kind": "bilateral",
        }
        answer = timed(
            tally,
            "POST /api/v1/meetings/",
            201,
            client.post_json,
            "/api/v1/meetings/",
            meeting,
        )
        if answer:
            with tally.lock:
                tally.acknowledged["negotiations_meeting"].append(answer.json()["id"])
        response_id = targets["responses"][(number + turn) % len(targets["responses"])]
        change = {"status": statuses[turn % 2], "changed_on": today, "note": "Load test."}
        path = f"/api/v1/responses/{response_id}/status-changes/"
        answer = timed(tally, f"POST {path}", 201, client.post_json, path, change)
        if answer:
            with tally.lock:
                tally.acknowledged["negotiations_responsestatuschange"].append(answer.json()["id"])
        turn += 1


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def run(seconds: float, readers: int, writers: int, workers: int) -> dict:
    database = LoadDatabase()
    database.create()
    with tempfile.TemporaryDirectory(prefix="tracker-load-") as scratch:
        scratch = Path(scratch)
        port = free_local_port()
        environment = production_environment(database.url, scratch / "static", port, workers)
        password = environment["LOAD_PASSWORD"]
        server = None
        try:
            print(f"Preparing database {database.name} and the static files...", flush=True)
            manage(environment, "collectstatic", "--noinput")
            manage(environment, "migrate", "--noinput")
            manage(environment, "load_demo")
            manage(environment, "shell", "-c", ACCOUNTS_SCRIPT)
            log = scratch / "server.log"
            with log.open("w") as log_file:
                server = subprocess.Popen(
                    ["sh", str(PROJECT_DIR / "config" / "start_production.sh")],
                    cwd=scratch,
                    env=environment,
                    stdout=log_file,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            wait_until_answering(server, port, log)
            targets = discover(port, password)
            tally = Tally()
            print(
                f"Load: {readers} readers and {writers} writers for {seconds:g}s against "
                f"gunicorn ({workers} workers) on 127.0.0.1:{port}...",
                flush=True,
            )
            started = time.monotonic()
            deadline = started + seconds
            threads = [
                threading.Thread(
                    target=reader,
                    args=(
                        port,
                        password,
                        targets["pages"] if number % 2 == 0 else targets["api"],
                        number % 2 == 0,
                        deadline,
                        tally,
                    ),
                )
                for number in range(readers)
            ] + [
                threading.Thread(
                    target=writer, args=(port, password, number, targets, deadline, tally)
                )
                for number in range(writers)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.monotonic() - started
        finally:
            if server is not None:
                stop(server)
        found = {
            table: database.count_existing(table, ids) for table, ids in tally.acknowledged.items()
        }
        database.drop()

    acknowledged = {table: len(ids) for table, ids in tally.acknowledged.items()}
    return {
        "seconds": round(elapsed, 1),
        "readers": readers,
        "writers": writers,
        "gunicorn_workers": workers,
        "requests": tally.requests,
        "requests_per_second": round(len(tally.latencies) / elapsed, 1),
        "p50_ms": round(percentile(tally.latencies, 0.50) * 1000, 1),
        "p99_ms": round(percentile(tally.latencies, 0.99) * 1000, 1),
        "errors": len(tally.errors),
        "first_errors": tally.errors[:10],
        "writes_acknowledged": acknowledged,
        "writes_found": found,
        "writes_lost": sum(acknowledged[table] - found[table] for table in acknowledged),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--writers", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--report", type=Path, help="also write the figures to this JSON file")
    arguments = parser.parse_args(argv)

    figures = run(arguments.seconds, arguments.readers, arguments.writers, arguments.workers)
    if arguments.report:
        arguments.report.write_text(json.dumps(figures, indent=2) + "\n")
    print(
        f"{figures['requests']} requests in {figures['seconds']}s: "
        f"{figures['requests_per_second']} requests/s, p50 {figures['p50_ms']} ms, "
        f"p99 {figures['p99_ms']} ms, {figures['errors']} errors"
    )
    print(
        f"Writes acknowledged: {figures['writes_acknowledged']}; in the database afterwards: "
        f"{figures['writes_found']}; lost: {figures['writes_lost']}"
    )
    for error in figures["first_errors"]:
        print(f"  error: {error}")
    passed = figures["errors"] == 0 and figures["writes_lost"] == 0
    print("PASS: no errors, no lost writes." if passed else "FAIL: errors or lost writes.")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
