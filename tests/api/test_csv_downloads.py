"""Every API list downloads as CSV: same filters, every row, names for relations, streamed,
and safe to open in a spreadsheet."""

import csv
import datetime
import gc
import io
import tracemalloc

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from negotiations import models
from negotiations.api.csv_download import cell, spreadsheet_safe
from negotiations.api.views import RESOURCES
from tests.factories import (
    ActorFactory,
    MeetingFactory,
    ParticipantFactory,
    ProcessFactory,
    ProposalFactory,
)


def read_csv(response) -> list[dict]:
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_format_csv_answers_every_matching_row_not_one_page(viewer_api):
    ActorFactory.create_batch(60, kind=models.Actor.Kind.STATE)
    ActorFactory.create_batch(3, kind=models.Actor.Kind.PERSON)

    response = viewer_api.get("/api/v1/actors/", {"format": "csv", "kind": "state"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = read_csv(response)
    assert len(rows) == 60
    assert {row["kind"] for row in rows} == {"state"}


def test_accept_text_csv_answers_csv_with_a_header_of_the_json_fields(viewer_api):
    ActorFactory(name="Qatar")

    response = viewer_api.get("/api/v1/actors/", HTTP_ACCEPT="text/csv")
    listed = viewer_api.get("/api/v1/actors/").json()["results"][0]

    assert response.status_code == 200
    rows = read_csv(response)
    assert list(rows[0]) == list(listed)
    assert rows[0]["name"] == "Qatar"


def test_json_stays_the_default(viewer_api):
    response = viewer_api.get("/api/v1/actors/")

    assert response["Content-Type"] == "application/json"


def test_relations_are_written_as_names(viewer_api):
    process = ProcessFactory(title="Gaza ceasefire talks")
    qatar, egypt = ActorFactory(name="Qatar"), ActorFactory(name="Egypt")
    meeting = MeetingFactory(process=process, title="Doha round")
    ParticipantFactory(meeting=meeting, actor=qatar)
    ParticipantFactory(meeting=meeting, actor=egypt)

    rows = read_csv(viewer_api.get("/api/v1/meetings/", {"format": "csv"}))

    assert rows[0]["process"] == "Gaza ceasefire talks"
    assert "Qatar" in rows[0]["participants"] and "Egypt" in rows[0]["participants"]
    assert '"id"' not in rows[0]["process"]


def test_every_list_answers_csv(viewer_api):
    ProposalFactory()
    MeetingFactory()

    for prefix in RESOURCES:
        response = viewer_api.get(f"/api/v1/{prefix}/", {"format": "csv"})
        assert response.status_code == 200, prefix
        read_csv(response)


def test_as_of_and_status_filters_hold_in_the_download(viewer_api):
    ProposalFactory(title="Early draft", announced_on=datetime.date(2024, 5, 1))
    ProposalFactory(title="Later draft", announced_on=datetime.date(2024, 7, 1))

    rows = read_csv(viewer_api.get("/api/v1/proposals/", {"format": "csv", "as_of": "2024-06-15"}))

    assert [row["title"] for row in rows] == ["Early draft"]


def test_a_bad_filter_is_a_json_400_naming_the_field(viewer_api):
    response = viewer_api.get("/api/v1/proposals/", {"format": "csv", "status": "nonsense"})

    assert response.status_code == 400
    assert "status" in response.json()


def test_the_download_follows_the_read_rule(api):
    ActorFactory()

    response = api.get("/api/v1/actors/", {"format": "csv"})

    assert response.status_code == 401


def test_a_detail_does_not_pretend_to_be_csv(viewer_api):
    actor = ActorFactory()

    response = viewer_api.get(f"/api/v1/actors/{actor.pk}/", {"format": "csv"})

    assert response.status_code == 404


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("-12.5", "-12.5"),
        ("Qatar", "Qatar"),
    ],
)
def test_a_cell_a_spreadsheet_would_run_is_neutralised(typed, written):
    assert spreadsheet_safe(typed) == written


def test_formulas_typed_into_records_arrive_neutralised(viewer_api):
    ActorFactory(name="=1+2", description="@cmd")

    rows = read_csv(viewer_api.get("/api/v1/actors/", {"format": "csv"}))

    assert rows[0]["name"] == "'=1+2"
    assert rows[0]["description"] == "'@cmd"


def test_cells_write_lists_of_relations_and_booleans_plainly():
    assert cell([{"id": 1, "name": "Qatar"}, {"id": 2, "name": "Egypt"}]) == "Qatar; Egypt"
    assert cell({"actor": {"id": 1, "name": "Qatar"}, "role": "mediator"}) == (
        "actor: Qatar, role: mediator"
    )
    assert cell(True) == "true"
    assert cell(None) == ""


def test_rows_are_read_and_prefetched_a_chunk_at_a_time(viewer_api, settings):
    settings.CSV_CHUNK_SIZE = 10
    for meeting in MeetingFactory.create_batch(35):
        ParticipantFactory(meeting=meeting)

    response = viewer_api.get("/api/v1/meetings/", {"format": "csv"})
    with CaptureQueriesContext(connection) as queries:
        rows = read_csv(response)

    assert len(rows) == 35
    participant_reads = [
        query for query in queries.captured_queries if "negotiations_participant" in query["sql"]
    ]
    # One prefetch per chunk of ten: the rows are never all held at once.
    assert len(participant_reads) == 4


def peak_memory_of_download(client) -> int:
    response = client.get("/api/v1/actors/", {"format": "csv"})
    # Garbage left by earlier tests in this process would otherwise be freed, or not, inside
    # the measurement.
    gc.collect()
    tracemalloc.start()
    try:
        for _line in response.streaming_content:
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_download_of_thousands_of_rows_needs_about_the_memory_of_a_hundred(viewer_api, settings):
    settings.CSV_CHUNK_SIZE = 100
    models.Actor.objects.bulk_create(
        models.Actor(name=f"Actor {n}", slug=f"actor-{n}", kind=models.Actor.Kind.STATE)
        for n in range(100)
    )
    peak_memory_of_download(viewer_api)  # the first download fills Django's caches (URLs)
    hundred = peak_memory_of_download(viewer_api)
    models.Actor.objects.bulk_create(
        models.Actor(name=f"Actor {n}", slug=f"actor-{n}", kind=models.Actor.Kind.STATE)
        for n in range(100, 3000)
    )
    thousands = peak_memory_of_download(viewer_api)

    # Thirty times the rows; holding them all takes some fifteen times the memory (measured
    # with one chunk of every row), streaming them about the same (1.4 times alone, up to 2 in a
    # busy test process).
    assert thousands < 3 * hundred


def test_the_schema_documents_the_download_and_keeps_errors_in_json(db):
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    listing = schema["paths"]["/api/v1/proposals/"]["get"]

    assert "format" in [parameter["name"] for parameter in listing["parameters"]]
    assert listing["responses"]["200"]["content"]["text/csv"]["schema"]["type"] == "string"
    assert "text/csv" not in listing["responses"]["400"]["content"]
    detail = schema["paths"]["/api/v1/proposals/{id}/"]["get"]
    assert "text/csv" not in detail["responses"]["200"]["content"]


def test_the_changes_list_downloads_every_change_as_csv(analyst_api, viewer_api):
    for name in ("Qatar", "Egypt"):
        analyst_api.post("/api/v1/actors/", {"name": name, "kind": "state"}, format="json")

    response = viewer_api.get("/api/v1/changes/", {"format": "csv", "resource": "actors"})

    rows = read_csv(response)
    assert [(row["resource"], row["action"]) for row in rows] == [("actors", "created")] * 2
    assert rows[0]["changed_by"] == "analyst"
