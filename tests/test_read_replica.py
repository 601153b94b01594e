"""The read-replica router against a real PostgreSQL streaming replica that the test makes.

A private primary cluster (initdb), a streaming replica of it (`pg_basebackup -R`, its own data
directory and port), and gunicorn with DATABASE_URL on the primary and DATABASE_REPLICA_URLS on
the replica. With the replica's replay paused, what a client reads shows where it was read: a
record written on the primary is missing from the replica until replay resumes."""

import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg2
import pytest

from tests.test_production_server import (
    PROJECT_DIR,
    free_local_port,
    production_environment,
    stop,
    wait_until_answering,
)
from tests.test_scale_out import cookies_of, http, manage

# Starts its own servers and databases whatever database the suite runs on: CI runs it once,
# in the PostgreSQL run (pyproject.toml, markers).
pytestmark = pytest.mark.own_servers

TOKEN = {"Authorization": "Token " + "r" * 40}


def postgres_bin(program: str) -> str:
    found = (
        shutil.which(program)
        or (sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{program}")) or [None])[-1]
    )
    if found is None:
        pytest.fail(f"{program} is not installed (Debian's postgresql package provides it).")
    return found


def as_postgres(command: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root: run them as the postgres user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def run(command, **kwargs):
    subprocess.run(as_postgres(command), check=True, capture_output=True, timeout=300, **kwargs)


def start_cluster(data_dir, port, log):
    run(
        [
            postgres_bin("pg_ctl"),
            "start",
            "-D",
            str(data_dir),
            "-l",
            str(log),
            "-w",
            "-o",
            f"-p {port} -k {data_dir.parent} -c listen_addresses=127.0.0.1",
        ]
    )


def stop_cluster(data_dir):
    subprocess.run(
        as_postgres([postgres_bin("pg_ctl"), "stop", "-D", str(data_dir), "-m", "immediate"]),
        capture_output=True,
        timeout=60,
    )


def query(port, statement, params=(), dbname="postgres"):
    """One statement on its own connection (autocommit); its first row."""
    connection = psycopg2.connect(host="127.0.0.1", port=port, user="postgres", dbname=dbname)
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(statement, params)
            return cursor.fetchone() if cursor.description else None
    finally:
        connection.close()


@pytest.fixture(scope="module")
def primary_and_replica():
    # Not under pytest's temporary directory: that one is private to root, and the clusters
    # run as the postgres user.
    root = Path(tempfile.mkdtemp(prefix="tracker-replication-"))
    os.chmod(root, 0o777)
    primary_dir, replica_dir = root / "primary", root / "replica"
    primary_port, replica_port = free_local_port(), free_local_port()
    run([postgres_bin("initdb"), "-D", str(primary_dir), "-U", "postgres", "--auth=trust"])
    start_cluster(primary_dir, primary_port, root / "primary.log")
    try:
        run(
            [
                postgres_bin("pg_basebackup"),
                "-h",
                "127.0.0.1",
                "-p",
                str(primary_port),
                "-U",
                "postgres",
                "-D",
                str(replica_dir),
                "-R",
                "-X",
                "stream",
            ]
        )
        start_cluster(replica_dir, replica_port, root / "replica.log")
        try:
            yield primary_port, replica_port
        finally:
            stop_cluster(replica_dir)
    finally:
        stop_cluster(primary_dir)
        shutil.rmtree(root, ignore_errors=True)


def wait_for_replay(primary_port, replica_port):
    target = query(primary_port, "SELECT pg_current_wal_lsn()")[0]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if query(replica_port, "SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", [target])[0]:
            return
        time.sleep(0.2)
    pytest.fail("The replica did not catch up within 60 s.")


def set_replay(replica_port, paused: bool):
    query(replica_port, f"SELECT pg_wal_replay_{'pause' if paused else 'resume'}()")


@pytest.fixture(scope="module")
def server_with_replica(primary_and_replica, tmp_path_factory):
    primary_port, replica_port = primary_and_replica
    query(primary_port, "CREATE DATABASE tracker")
    tmp = tmp_path_factory.mktemp("server")
    port = free_local_port()
    environment = production_environment(
        f"postgres://postgres@127.0.0.1:{primary_port}/tracker", tmp / "static", port
    )
    manage(environment, "migrate", "--noinput")
    manage(environment, "createcachetable")
    manage(
        environment,
        "shell",
        "-c",
        "from accounts.models import ApiToken, User, token_digest; "
        "u = User.objects.create_user('analyst'); u.set_role('analyst'); "
        "ApiToken.objects.create(user=u, digest=token_digest('r' * 40))",
    )
    wait_for_replay(primary_port, replica_port)
    environment["DATABASE_REPLICA_URLS"] = f"postgres://postgres@127.0.0.1:{replica_port}/tracker"
    log = tmp / "server.log"
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}"],
        cwd=PROJECT_DIR,
        env=environment,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_until_answering(server, f"http://127.0.0.1:{port}/api/v1/", log)
        yield f"http://127.0.0.1:{port}", primary_port, replica_port
    finally:
        stop(server)


def test_reads_go_to_the_replica_and_a_clients_reads_after_its_write_to_the_primary(
    server_with_replica,
):
    base, primary_port, replica_port = server_with_replica
    set_replay(replica_port, paused=True)
    try:
        created = http(
            f"{base}/api/v1/actors/",
            method="POST",
            headers=TOKEN,
            data={"name": "Oman", "kind": "state"},
        )
        actor = json.loads(created.read())
        pin = cookies_of(created)["tracker_primary_until"]

        own_read = http(
            f"{base}/api/v1/actors/{actor['id']}/",
            headers={**TOKEN, "Cookie": f"tracker_primary_until={pin}"},
        )
        other_read = http(f"{base}/api/v1/actors/{actor['id']}/", headers=TOKEN)
    finally:
        set_replay(replica_port, paused=False)
    wait_for_replay(primary_port, replica_port)
    caught_up = http(f"{base}/api/v1/actors/{actor['id']}/", headers=TOKEN)

    assert created.status == 201
    assert own_read.status == 200  # pinned to the primary: it sees its own write
    assert other_read.status == 404  # from the paused replica: not there yet
    assert caught_up.status == 200


def test_an_expired_pin_reads_from_the_replica_again(server_with_replica):
    base, primary_port, replica_port = server_with_replica
    set_replay(replica_port, paused=True)
    try:
        created = http(
            f"{base}/api/v1/actors/",
            method="POST",
            headers=TOKEN,
            data={"name": "Kuwait", "kind": "state"},
        )
        actor = json.loads(created.read())
        expired = http(
            f"{base}/api/v1/actors/{actor['id']}/",
            headers={**TOKEN, "Cookie": "tracker_primary_until=1"},
        )
    finally:
        set_replay(replica_port, paused=False)

    assert created.status == 201
    assert expired.status == 404
