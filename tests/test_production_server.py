"""The production start command (config/start_production.sh, the Docker image's CMD) serves.

It runs gunicorn with production settings against a PostgreSQL database of its own, whatever
database the rest of the suite uses, and fails (never skips) when PostgreSQL is unreachable.
"""

import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import dj_database_url
import psycopg2
import pytest
from psycopg2 import sql

# Starts its own servers and databases whatever database the suite runs on: CI runs it once,
# in the PostgreSQL run (pyproject.toml, markers).
pytestmark = pytest.mark.own_servers

PROJECT_DIR = Path(__file__).resolve().parent.parent
START_COMMAND = ["sh", str(PROJECT_DIR / "config" / "start_production.sh")]
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres"
STARTUP_TIMEOUT_SECONDS = 120


def postgres_server() -> dict:
    """Connection settings for the PostgreSQL server: DATABASE_URL's when it names one."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://", "pgsql://")):
        url = DEFAULT_POSTGRES_URL
    config = dj_database_url.parse(url)
    return {
        "host": config["HOST"] or "127.0.0.1",
        "port": config["PORT"] or 5432,
        "user": config["USER"],
        "password": config["PASSWORD"],
    }


def maintenance_connection(server: dict):
    try:
        connection = psycopg2.connect(dbname="postgres", connect_timeout=10, **server)
    except psycopg2.OperationalError as error:
        reason = str(error).strip()
    else:
        connection.autocommit = True
        return connection
    pytest.fail(
        f"PostgreSQL is not reachable at {server['host']}:{server['port']} as "
        f"{server['user']!r}: {reason}\n"
        "The production-server test always runs against PostgreSQL. Start it (for example "
        "`pg_ctlcluster --skip-systemctl-redirect 15 main start`) or point DATABASE_URL "
        "at a PostgreSQL server.",
        pytrace=False,
    )


@pytest.fixture
def fresh_postgres_database():
    """A new, empty database with a random name, dropped afterwards; yields its URL."""
    server = postgres_server()
    name = f"tracker_production_test_{secrets.token_hex(4)}"
    connection = maintenance_connection(server)
    with connection.cursor() as cursor:
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        password = f":{server['password']}" if server["password"] else ""
        yield f"postgres://{server['user']}{password}@{server['host']}:{server['port']}/{name}"
    finally:
        with connection.cursor() as cursor:
            cursor.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
        connection.close()


def free_local_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_environment(database_url: str, static_root: Path, port: int) -> dict:
    return {
        # The project's virtualenv first, so `python` in the start script is this one.
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "DJANGO_STATIC_ROOT": str(static_root),
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": "1",
    }


def get(url: str):
    try:
        return urllib.request.urlopen(url, timeout=10)
    except urllib.error.HTTPError as error:
        return error


def wait_until_answering(server: subprocess.Popen, url: str, log: Path):
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"The production server exited ({server.returncode}):\n{log.read_text()}")
        try:
            return get(url)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    pytest.fail(
        f"The production server did not answer within {STARTUP_TIMEOUT_SECONDS}s:\n"
        f"{log.read_text()}"
    )


def stop(server: subprocess.Popen) -> None:
    if server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=10)


def test_the_production_start_command_serves_pages_and_static_files_from_postgresql(
    fresh_postgres_database, tmp_path
):
    port = free_local_port()
    environment = production_environment(fresh_postgres_database, tmp_path / "static", port)
    # The Docker image collects static files at build time; this is that step.
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
            login_page = wait_until_answering(server, f"{base_url}/admin/login/", log)
            login_html = login_page.read().decode()
            stylesheet = re.search(
                r'href="(/static/admin/css/base\.[0-9a-f]{12}\.css)"', login_html
            )
            static_file = get(base_url + stylesheet.group(1)) if stylesheet else None
            missing_page = get(f"{base_url}/no-such-page/")
        finally:
            stop(server)

    assert login_page.status == 200, log.read_text()
    assert login_page.headers["Server"].startswith("gunicorn")
    assert 'name="csrfmiddlewaretoken"' in login_html
    assert stylesheet, f"no hashed admin stylesheet in the login page:\n{login_html}"
    assert static_file.status == 200
    assert static_file.headers["Content-Type"].startswith("text/css")
    # whitenoise marks hashed files cacheable for good.
    assert "immutable" in static_file.headers["Cache-Control"]
    assert b".module" in static_file.read()
    # Production mode: no debug page, just a plain 404.
    assert missing_page.status == 404
    assert b"Django tried these URL patterns" not in missing_page.read()

    # The start command migrated the new database before serving.
    connection = psycopg2.connect(fresh_postgres_database)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM django_migrations WHERE app = 'negotiations'")
            assert cursor.fetchone()[0] > 0
            cursor.execute("SELECT name FROM auth_group ORDER BY name")
            assert [row[0] for row in cursor.fetchall()] == ["admin", "analyst", "viewer"]
    finally:
        connection.close()


def test_the_docker_image_starts_with_the_same_start_script():
    dockerfile = (PROJECT_DIR / "Dockerfile").read_text()

    commands = [line for line in dockerfile.splitlines() if line.startswith("CMD ")]
    assert commands == ['CMD ["sh", "config/start_production.sh"]']
    assert "collectstatic --noinput" in dockerfile
    assert "\nUSER " in dockerfile
