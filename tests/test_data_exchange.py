"""Whole-database exchange: `manage.py export_data` and `import_data` (negotiations/exchange).

The world is the demo plus generated data, with what generated data lacks: a retracted status
change, a merged actor, two identical quotes (keys with an ordinal) and an account that
recorded entries. A round trip through an empty database gives the same bytes, on the database
the suite runs on (SQLite and PostgreSQL alike) and, as separate `manage.py` processes, from a
SQLite file to a PostgreSQL database of the test's own and back to SQLite.
"""

import datetime
import io
import json
import os
import secrets
import shutil
import subprocess
import sys

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.core.management.color import no_style
from django.db import connection
from django.test.utils import CaptureQueriesContext
from psycopg2 import sql

from negotiations.demo import load_demo
from negotiations.exchange import FORMAT_NAME, FORMAT_VERSION
from negotiations.identity import merge_actor
from negotiations.models import (
    Actor,
    Meeting,
    MergedActor,
    Proposal,
    ProposalStatusChange,
    Response,
    ResponseStatusChange,
    Source,
    Statement,
)
from negotiations.synthetic import generate
from tests.factories import ActorFactory, UserFactory
from tests.test_production_server import PROJECT_DIR, maintenance_connection, postgres_server

SCALE = 0.02


def add_what_generated_data_lacks(user) -> None:
    response = Response.objects.get(respondent__slug="hamas")
    wrong = response.change_status(
        "rejected", changed_on=datetime.date(2024, 6, 11), recorded_by=user
    )
    response.change_status("countered", changed_on=datetime.date(2024, 6, 11), recorded_by=user)
    response.retract_status_change(wrong, reason="Misread the statement.", retracted_by=user)
    duplicate = ActorFactory(name="Hamaz Movement", kind=Actor.Kind.ARMED_GROUP)
    merge_actor(duplicate, into=Actor.objects.get(slug="hamas"), merged_by=user)
    quote = Statement.objects.order_by("pk").first()
    Statement.objects.create(speaker=quote.speaker, date=quote.date, text=quote.text)


@pytest.fixture
def world(db):
    load_demo()
    generate(SCALE, seed=1)
    add_what_generated_data_lacks(UserFactory(username="exchange-analyst"))


def exported() -> str:
    out = io.StringIO()
    call_command("export_data", "-", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def imported(path, **options) -> str:
    out = io.StringIO()
    call_command("import_data", str(path), stdout=out, **options)
    return out.getvalue()


def empty_the_negotiation_tables() -> None:
    """An empty database to import into: every table of the negotiations app, the audit
    history included; the accounts stay."""
    models = apps.get_app_config("negotiations").get_models(include_auto_created=True)
    tables = [model._meta.db_table for model in models]
    postgresql = connection.vendor == "postgresql"
    if postgresql:
        # PostgreSQL truncates no table with foreign-key checks still pending in the test's
        # transaction: run them now.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    connection.ops.execute_sql_flush(
        connection.ops.sql_flush(no_style(), tables, allow_cascade=True)
    )
    if postgresql:
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def history_rows() -> int:
    return sum(
        model.objects.count()
        for model in apps.get_app_config("negotiations").get_models()
        if model.__name__.startswith("Historical")
    )


def test_a_round_trip_through_an_empty_database_gives_the_same_file(world, tmp_path):
    original = exported()
    path = tmp_path / "world.json"
    path.write_text(original)
    empty_the_negotiation_tables()
    assert Statement.objects.count() == 0

    imported(path)

    assert exported() == original
    data = json.loads(original)
    assert (data["format"], data["version"]) == (FORMAT_NAME, FORMAT_VERSION)
    assert list(data["records"])[:3] == ["sources", "locations", "actors"]
    assert Statement.objects.count() == len(data["records"]["statements"]) > 100
    # What generated data lacks came through: the retraction, the merge, the ordinal.
    retracted = ResponseStatusChange.objects.get(retracted_at__isnull=False)
    assert retracted.retracted_by.username == "exchange-analyst"
    assert retracted.retraction_reason == "Misread the statement."
    assert Response.objects.get(respondent__slug="hamas").status == "countered"
    merged = MergedActor.objects.get(slug="hamaz-movement")
    assert merged.into.slug == "hamas"
    assert not Actor.objects.filter(pk=merged.pk).exists()
    assert any(record["key"][-1] == "#2" for record in data["records"]["statements"])


def test_keys_are_natural_never_database_ids(world):
    data = json.loads(exported())

    meeting = next(
        record
        for record in data["records"]["meetings"]
        if record["title"] == "Blinken meets al-Sisi in Cairo"
    )
    assert meeting["key"] == [meeting["process"], "2024-06-10", "Blinken meets al-Sisi in Cairo"]
    assert meeting["location"] == ["Cairo", "city", "EG"]
    assert "id" not in meeting
    participant = data["records"]["participants"][0]
    assert participant["key"] == [participant["meeting"], participant["actor"]]
    proposal = next(r for r in data["records"]["proposals"] if r["key"] == "may-31-plan")
    assert proposal["process"] == meeting["process"]
    assert proposal["announced_by"] == "joe-biden"


def test_importing_the_same_file_again_changes_nothing(world, tmp_path):
    original = exported()
    path = tmp_path / "world.json"
    path.write_text(original)
    rows_before = history_rows()

    output = imported(path)

    assert "nothing changed" in output
    assert history_rows() == rows_before
    assert exported() == original


def test_an_import_updates_the_records_it_holds_in_the_audit_history(gaza, analyst, tmp_path):
    original = exported()
    path = tmp_path / "demo.json"
    path.write_text(original)
    gaza.hamas.description = "Edited here"
    gaza.hamas.save()
    gaza.cairo_meeting.sources.clear()
    opening = gaza.proposal.status_changes.get()
    opening.note = "Edited note"
    opening.save()
    gaza.quote.delete()

    output = imported(path, user="analyst")

    assert exported() == original
    assert "Updated:" in output and "Created: 1 statements" in output
    latest = gaza.hamas.history.order_by("-history_date", "-history_id").first()
    assert latest.history_user == analyst
    assert latest.history_change_reason == f"Imported from {path}"
    assert latest.description != "Edited here"
    assert gaza.cairo_meeting.history.order_by("-history_id").first().history_user == analyst
    assert ProposalStatusChange.objects.get(pk=opening.pk).note != "Edited note"


def test_an_import_without_a_user_is_the_systems(gaza, tmp_path):
    path = tmp_path / "demo.json"
    path.write_text(exported())
    gaza.hamas.description = "Edited here"
    gaza.hamas.save()

    imported(path)

    latest = gaza.hamas.history.order_by("-history_date", "-history_id").first()
    assert latest.history_user is None
    assert latest.history_change_reason == f"Imported from {path}"


def demo_file_with(tmp_path, change) -> str:
    data = json.loads(exported())
    change(data["records"])
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    empty_the_negotiation_tables()
    return str(path)


def first(records, **matching):
    return next(r for r in records if all(r[name] == value for name, value in matching.items()))


def bad_meeting_kind(records):
    first(records["meetings"], title="Blinken meets al-Sisi in Cairo")["kind"] = "picnic"


def unknown_speaker(records):
    records["statements"][0]["speaker"] = "nobody-at-all"


def malformed_date(records):
    first(records["sources"], publisher="AFP")["published_on"] = "10 June 2024"


def status_not_in_the_log(records):
    first(records["proposals"], key="may-31-plan")["status"] = "accepted"


def status_change_in_the_future(records):
    first(records["proposal_status_changes"])["changed_on"] = "2999-01-01"


def key_not_matching_fields(records):
    first(records["meetings"], title="Blinken meets al-Sisi in Cairo")["title"] = "Renamed"


@pytest.mark.parametrize(
    ("change", "type_name", "field", "message"),
    [
        (bad_meeting_kind, "meetings", "kind", "not a valid choice"),
        (unknown_speaker, "statements", "speaker", "No actors record has the key"),
        (malformed_date, "sources", "published_on", "invalid date format"),
        (status_not_in_the_log, "proposals", "status", "The status log ends in"),
        (status_change_in_the_future, "proposal_status_changes", "changed_on", "future"),
        (key_not_matching_fields, "meetings", "key", "does not match"),
    ],
)
def test_a_bad_record_stores_nothing_and_is_named_with_its_field(
    gaza, tmp_path, change, type_name, field, message
):
    path = demo_file_with(tmp_path, change)

    with pytest.raises(CommandError) as refused:
        imported(path)

    text = str(refused.value)
    assert text.startswith(f"Nothing imported. {type_name} ")
    assert f": {field}: " in text
    assert message in text
    assert Source.objects.count() == Actor.objects.count() == Meeting.objects.count() == 0
    assert history_rows() == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not a JSON file"),
        (json.dumps({"format": "something-else", "version": 1}), "Not an exchange file"),
        (json.dumps({"format": FORMAT_NAME, "version": 99, "records": {}}), "version 99"),
        (
            json.dumps({"format": FORMAT_NAME, "version": 1, "records": {"users": []}}),
            "Unknown record type 'users'",
        ),
    ],
)
def test_a_file_that_is_not_an_exchange_file_is_refused(db, tmp_path, content, message):
    path = tmp_path / "file.json"
    path.write_text(content)

    with pytest.raises(CommandError, match=message):
        imported(path)


def test_an_unknown_user_option_is_refused(gaza, tmp_path):
    path = tmp_path / "demo.json"
    path.write_text(exported())

    with pytest.raises(CommandError, match="No account has the username 'nobody'"):
        imported(path, user="nobody")


def test_standard_output_and_input(gaza, monkeypatch):
    original = exported()
    empty_the_negotiation_tables()
    monkeypatch.setattr(sys, "stdin", io.StringIO(original))

    imported("-")

    assert exported() == original
    assert Proposal.objects.get(slug="may-31-plan").status_changes.count() >= 1


def test_an_export_reads_the_same_number_of_queries_whatever_the_size(gaza):
    with CaptureQueriesContext(connection) as demo_only:
        exported()
    generate(0.01, seed=2)
    with CaptureQueriesContext(connection) as larger:
        exported()

    assert Statement.objects.count() > 100
    assert len(larger) == len(demo_only)


# -- Across databases, each step a `manage.py` process ------------------------------------------

EXTRAS_SCRIPT = """
from tests.factories import UserFactory
from tests.test_data_exchange import add_what_generated_data_lacks
add_what_generated_data_lacks(UserFactory(username="exchange-analyst"))
"""


def manage(database_url: str, *arguments: str, stdin: str | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT_DIR,
        env={**os.environ, "DATABASE_URL": database_url, "DJANGO_DEBUG": "1"},
        capture_output=True,
        text=True,
        input=stdin,
        timeout=600,
    )
    assert result.returncode == 0, f"manage.py {' '.join(arguments)}:\n{result.stderr}"
    return result.stdout


@pytest.fixture
def postgres_database():
    """A new, empty PostgreSQL database of the test's own, dropped afterwards; yields its URL."""
    server = postgres_server()
    name = f"tracker_exchange_test_{secrets.token_hex(4)}"
    maintenance = maintenance_connection(server)
    with maintenance.cursor() as cursor:
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    password = f":{server['password']}" if server["password"] else ""
    try:
        yield f"postgres://{server['user']}{password}@{server['host']}:{server['port']}/{name}"
    finally:
        with maintenance.cursor() as cursor:
            cursor.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
        maintenance.close()


@pytest.mark.own_servers
def test_a_round_trip_from_sqlite_to_postgresql_and_back_gives_the_same_file(
    postgres_database, tmp_path
):
    sqlite_a, sqlite_c = tmp_path / "a.sqlite3", tmp_path / "c.sqlite3"
    manage(f"sqlite:///{sqlite_a}", "migrate", "--noinput")
    shutil.copy(sqlite_a, sqlite_c)  # a second empty SQLite database
    manage(postgres_database, "migrate", "--noinput")
    # The same accounts on every side, so that entries keep naming who recorded them.
    for url in (f"sqlite:///{sqlite_c}", postgres_database):
        manage(
            url,
            "shell",
            "-c",
            "from tests.factories import UserFactory; UserFactory(username='exchange-analyst')",
        )
    manage(f"sqlite:///{sqlite_a}", "load_demo")
    manage(f"sqlite:///{sqlite_a}", "generate_data", "--scale", str(SCALE), "--seed", "1")
    manage(f"sqlite:///{sqlite_a}", "shell", "-c", EXTRAS_SCRIPT)
    from_sqlite = manage(f"sqlite:///{sqlite_a}", "export_data", "-")

    manage(postgres_database, "import_data", "-", stdin=from_sqlite)
    from_postgresql = manage(postgres_database, "export_data", "-")
    manage(f"sqlite:///{sqlite_c}", "import_data", "-", stdin=from_postgresql)
    back_in_sqlite = manage(f"sqlite:///{sqlite_c}", "export_data", "-")

    assert len(json.loads(from_sqlite)["records"]["statements"]) > 100
    assert from_postgresql == from_sqlite
    assert back_in_sqlite == from_sqlite
    # A second import on PostgreSQL finds everything there already.
    again = manage(postgres_database, "import_data", "-", stdin=from_sqlite)
    assert "nothing changed" in again
