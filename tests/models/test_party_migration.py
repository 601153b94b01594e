"""The migration to party rows keeps every party: each link of the bare list becomes a row."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("negotiations", "0005_dated_indexes")]
AFTER = [("negotiations", "0006_complete_audit_and_parties")]


@pytest.fixture
def migrator():
    """Migrates back and forth, and leaves the database at the latest migrations afterwards so
    that the tests after this one find the schema they expect."""
    yield MigrationExecutor
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_the_bare_list_of_parties_becomes_undated_rows_with_history_and_links_are_snapshotted(
    migrator,
):
    executor = migrator(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    actor_model = old.get_model("negotiations", "Actor")
    israel = actor_model.objects.create(name="Israel", slug="israel", kind="state")
    hamas = actor_model.objects.create(name="Hamas", slug="hamas", kind="armed_group")
    process = old.get_model("negotiations", "NegotiationProcess").objects.create(
        title="Gaza talks", slug="gaza-talks", status="active"
    )
    process.parties.add(israel, hamas)
    source = old.get_model("negotiations", "Source").objects.create(title="AFP")
    event = old.get_model("negotiations", "Event").objects.create(
        title="War", kind="military", date="2023-10-07"
    )
    event.sources.add(source)
    old.get_model("negotiations", "HistoricalEvent").objects.create(
        id=event.pk,
        title="War",
        kind="military",
        date="2023-10-07",
        date_precision="day",
        created_at=event.created_at,
        updated_at=event.updated_at,
        history_date=event.updated_at,
        history_type="+",
    )

    executor = migrator(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps

    party_model = new.get_model("negotiations", "Party")
    rows = party_model.objects.filter(process_id=process.pk)
    assert set(rows.values_list("actor_id", "side", "since", "until")) == {
        (israel.pk, "", None, None),
        (hamas.pk, "", None, None),
    }
    history = new.get_model("negotiations", "HistoricalParty").objects.all()
    assert set(history.values_list("id", "history_type")) == {(row.pk, "+") for row in rows}
    process_model = new.get_model("negotiations", "NegotiationProcess")
    assert set(process_model.objects.get(pk=process.pk).parties.values_list("name", flat=True)) == {
        "Israel",
        "Hamas",
    }
    kept = new.get_model("negotiations", "HistoricalEvent_sources").objects.all()
    assert list(kept.values_list("source_id", flat=True)) == [source.pk]
