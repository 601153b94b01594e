"""`manage.py backup` and `manage.py restore`, round trip on each engine whatever database the
suite runs on: the demo (and an account with a token and a session) is backed up, restored
into a fresh database, and the two compared table by table, value by value (timestamps to the
microsecond), and by the ETags the API serves for every demo record.

Each step runs as a separate `manage.py` process, as an operator would run it.
"""

import json
import os
import secrets
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing

import psycopg2
import pytest
from psycopg2 import sql

from tests.test_production_server import PROJECT_DIR, maintenance_connection, postgres_server

# Starts its own servers and databases whatever database the suite runs on: CI runs it once,
# in the PostgreSQL run (pyproject.toml, markers).
pytestmark = pytest.mark.own_servers

# Every demo record's ETag, as the API serves it to an admin.
ETAGS_SCRIPT = """
import json
from django.test import Client
from accounts.models import User
from negotiations.api.views import MODELS

client = Client()
client.force_login(User.objects.get(username="backup-admin"))
etags = {}
for route, model in MODELS.items():
    for pk in model.objects.order_by("pk").values_list("pk", flat=True):
        response = client.get(f"/api/v1/{route}/{pk}/")
        assert response.status_code == 200, (route, pk, response.status_code)
        etags[f"{route}/{pk}"] = response["ETag"]
print(json.dumps(etags))
"""


def manage(database_url: str, *arguments: str, extra_environment: dict | None = None) -> str:
    environment = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_DEBUG": "1",
        **(extra_environment or {}),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"manage.py {' '.join(arguments)}:\n{result.stderr}"
    return result.stdout


FILL_SCRIPT = """
from django.core.management import call_command
from django.test import Client
from accounts.models import ApiToken, User

call_command("load_demo")
call_command("ensure_admin")
# A token and a session too: a backup holds those, and a restore must bring them back.
user = User.objects.get(username="backup-admin")
ApiToken.issue(user)
Client().force_login(user)
"""


def fill_with_the_demo(database_url: str) -> None:
    # As every deployment is set up (make run, config/start_production.sh).
    manage(database_url, "migrate", "--noinput")
    manage(database_url, "createcachetable")
    manage(
        database_url,
        "shell",
        "-c",
        FILL_SCRIPT,
        extra_environment={
            "DJANGO_SUPERUSER_USERNAME": "backup-admin",
            "DJANGO_SUPERUSER_PASSWORD": secrets.token_urlsafe(16),
        },
    )


def etags(database_url: str) -> dict:
    # One account reads every record in a loop: the per-account API throttle is lifted.
    output = manage(
        database_url,
        "shell",
        "-c",
        ETAGS_SCRIPT,
        extra_environment={"TRACKER_API_RATE_USER": "off"},
    )
    return json.loads(output.strip().splitlines()[-1])


def sorted_rows(rows) -> list:
    return sorted((tuple(row) for row in rows), key=repr)


def postgres_tables(database_url: str) -> dict:
    with closing(psycopg2.connect(database_url)) as connection, connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
        )
        tables = {}
        for (name,) in cursor.fetchall():
            cursor.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(name)))
            tables[name] = sorted_rows(cursor.fetchall())
        return tables


def sqlite_tables(path) -> dict:
    with closing(sqlite3.connect(path)) as connection:
        names = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {
            name: sorted_rows(connection.execute(f'SELECT * FROM "{name}"').fetchall())
            for name in names
        }


def assert_identical(original: dict, restored: dict) -> None:
    assert sorted(restored) == sorted(original)
    assert {name: len(rows) for name, rows in restored.items()} == {
        name: len(rows) for name, rows in original.items()
    }
    for name in original:
        assert restored[name] == original[name], f"table {name} differs after the restore"


def microsecond_timestamps(tables: dict) -> list:
    """created_at values with a fraction of a second: what dumpdata would have cut."""
    return [
        value
        for row in tables["negotiations_proposal"]
        for value in row
        if (getattr(value, "microsecond", 0) or (isinstance(value, str) and "." in value[19:]))
    ]


@pytest.fixture
def two_postgres_databases():
    server = postgres_server()
    names = [f"tracker_backup_test_{secrets.token_hex(4)}" for _ in range(2)]
    connection = maintenance_connection(server)
    with connection.cursor() as cursor:
        for name in names:
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    password = f":{server['password']}" if server["password"] else ""
    try:
        yield [
            f"postgres://{server['user']}{password}@{server['host']}:{server['port']}/{name}"
            for name in names
        ]
    finally:
        with connection.cursor() as cursor:
            for name in names:
                cursor.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )
        connection.close()


def test_a_postgresql_backup_restores_into_a_fresh_database_identically(
    two_postgres_databases, tmp_path
):
    original_url, fresh_url = two_postgres_databases
    backup = tmp_path / "tracker.dump"
    fill_with_the_demo(original_url)

    manage(original_url, "backup", str(backup))
    manage(fresh_url, "restore", str(backup), "--noinput")

    original, restored = postgres_tables(original_url), postgres_tables(fresh_url)
    assert_identical(original, restored)
    assert len(original["negotiations_proposal"]) > 0
    assert len(original["accounts_apitoken"]) == 1
    assert len(original["django_session"]) == 1
    assert microsecond_timestamps(original)
    assert etags(fresh_url) == etags(original_url)
    # Readable by its owner only: it holds password hashes, tokens and session keys.
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    # The sequences came back too: a new record gets a fresh id, not a collision.
    manage(fresh_url, "shell", "-c", "from tests.factories import ActorFactory; ActorFactory()")


def test_a_sqlite_backup_restores_into_a_fresh_database_identically(tmp_path):
    original_file, fresh_file = tmp_path / "original.sqlite3", tmp_path / "fresh.sqlite3"
    original_url, fresh_url = f"sqlite:///{original_file}", f"sqlite:///{fresh_file}"
    backup = tmp_path / "tracker.sqlite3.backup"
    fill_with_the_demo(original_url)

    manage(original_url, "backup", str(backup))
    manage(fresh_url, "restore", str(backup), "--noinput")

    original, restored = sqlite_tables(original_file), sqlite_tables(fresh_file)
    assert_identical(original, restored)
    assert len(original["negotiations_proposal"]) > 0
    assert len(original["accounts_apitoken"]) == 1
    assert len(original["django_session"]) == 1
    assert microsecond_timestamps(original)
    assert etags(fresh_url) == etags(original_url)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_a_restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing(tmp_path):
    target = tmp_path / "target.sqlite3"
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("not a database")

    result = subprocess.run(
        [sys.executable, "manage.py", "restore", str(not_a_backup), "--noinput"],
        cwd=PROJECT_DIR,
        env={**os.environ, "DATABASE_URL": f"sqlite:///{target}", "DJANGO_DEBUG": "1"},
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 1
    assert "is not a SQLite backup made by `manage.py backup`" in result.stderr
    assert not target.exists() or target.stat().st_size == 0
