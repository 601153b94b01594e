"""Whole-database backups that restore byte for byte: PostgreSQL's pg_dump/pg_restore in their
custom format, SQLite's online backup API. Both keep every value exactly (timestamps to the
microsecond, so the API's ETags survive a restore), unlike dumpdata/loaddata.

A backup holds everything in the database, secrets included (password hashes, API tokens,
session keys): files are created readable by their owner only.
"""

import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from django.db import connections

POSTGRESQL = "django.db.backends.postgresql"
SQLITE = "django.db.backends.sqlite3"

# The first bytes of each kind of backup, to refuse one engine's file on the other.
PG_CUSTOM_DUMP_MAGIC = b"PGDMP"
SQLITE_MAGIC = b"SQLite format 3\x00"


class BackupError(Exception):
    """Something the person running the command can fix; the message says what."""


def database_settings(alias: str = "default") -> dict:
    return connections[alias].settings_dict


def backup_database(target: Path, alias: str = "default") -> None:
    settings = database_settings(alias)
    target = Path(target).resolve()
    if not target.parent.is_dir():
        raise BackupError(f"The folder {target.parent} does not exist.")
    # Written beside the target, then moved into place: a failed run never leaves half a backup
    # under the real name. mkstemp creates the file for its owner only (mode 0600).
    descriptor, partial = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(descriptor)
    try:
        if settings["ENGINE"] == POSTGRESQL:
            _pg_dump(settings, alias, Path(partial))
        elif settings["ENGINE"] == SQLITE:
            _sqlite_copy(_sqlite_file(settings), Path(partial))
        else:
            raise BackupError(f"Backups support PostgreSQL and SQLite, not {settings['ENGINE']}.")
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)


def restore_database(source: Path, alias: str = "default") -> None:
    """Replaces the database's contents with the backup's."""
    settings = database_settings(alias)
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"There is no backup file at {source}.")
    with source.open("rb") as backup:
        header = backup.read(len(SQLITE_MAGIC))
    # Our own connection would hold locks the restore must take, and would keep stale state.
    connections[alias].close()
    if settings["ENGINE"] == POSTGRESQL:
        if not header.startswith(PG_CUSTOM_DUMP_MAGIC):
            raise BackupError(f"{source} is not a PostgreSQL backup made by `manage.py backup`.")
        _pg_restore(settings, alias, source)
    elif settings["ENGINE"] == SQLITE:
        if header != SQLITE_MAGIC:
            raise BackupError(f"{source} is not a SQLite backup made by `manage.py backup`.")
        _sqlite_copy(source, _sqlite_file(settings))
    else:
        raise BackupError(f"Restores support PostgreSQL and SQLite, not {settings['ENGINE']}.")


# SQLite ------------------------------------------------------------------------------------


def _sqlite_file(settings: dict) -> Path:
    name = str(settings["NAME"])
    if name == ":memory:" or name.startswith("file:") or "mode=memory" in name:
        raise BackupError("An in-memory SQLite database has nothing on disk to back up.")
    return Path(name)


def _sqlite_copy(source: Path, target: Path) -> None:
    """sqlite3's online backup: a consistent copy even while the application writes, page by
    page, taking the source's read lock only briefly each step."""
    source_db = sqlite3.connect(source)
    target_db = sqlite3.connect(target)
    try:
        source_db.backup(target_db, pages=1024)
    except sqlite3.DatabaseError as error:
        raise BackupError(f"SQLite could not copy {source} to {target}: {error}") from error
    finally:
        target_db.close()
        source_db.close()


# PostgreSQL --------------------------------------------------------------------------------


def _pg_tool(name: str, alias: str) -> str:
    """The tool of the server's major version when Debian installed it (pg_dump refuses a newer
    server, and the one on PATH may be another version), else the one on PATH."""
    connection = connections[alias]
    connection.ensure_connection()
    major = connection.pg_version // 10000
    versioned = Path(f"/usr/lib/postgresql/{major}/bin/{name}")
    if versioned.exists():
        return str(versioned)
    found = shutil.which(name)
    if not found:
        raise BackupError(
            f"{name} is not installed: install PostgreSQL {major}'s client tools "
            f"(on Debian: apt-get install postgresql-client-{major})."
        )
    return found


def _pg_environment(settings: dict) -> dict:
    """Connection settings for the tools, through libpq's variables: a password on the
    command line would be visible to every user of the machine in the process list."""
    environment = dict(os.environ)
    values = {
        "PGHOST": settings.get("HOST"),
        "PGPORT": settings.get("PORT"),
        "PGUSER": settings.get("USER"),
        "PGPASSWORD": settings.get("PASSWORD"),
        "PGDATABASE": settings.get("NAME"),
        "PGSSLMODE": settings.get("OPTIONS", {}).get("sslmode"),
    }
    environment.update({key: str(value) for key, value in values.items() if value})
    return environment


def _run(command: list[str], settings: dict) -> None:
    result = subprocess.run(
        command, env=_pg_environment(settings), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{Path(command[0]).name} failed:\n{result.stderr.strip()}")


def _pg_dump(settings: dict, alias: str, target: Path) -> None:
    _run([_pg_tool("pg_dump", alias), "--format=custom", f"--file={target}"], settings)


def _pg_restore(settings: dict, alias: str, source: Path) -> None:
    # --clean --if-exists replaces what the backup holds and works on an empty database too;
    # --single-transaction makes a failed restore change nothing; ownership and grants are the
    # target's own (the account restoring need not match the one that made the backup).
    _run(
        [
            _pg_tool("pg_restore", alias),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={settings['NAME']}",
            str(source),
        ],
        settings,
    )
