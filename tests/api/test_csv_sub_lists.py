"""A record's own lists, its audit trail (`history/`) and its status log (`status-changes/`),
download as CSV like every other list: a header of the JSON fields, every row rather than one
page, relations written as names, spreadsheet-safe cells, errors in JSON."""

import csv
import datetime
import io

from negotiations import models
from tests.factories import ActorFactory, SourceFactory


def read_csv(response) -> list[dict]:
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def edited_actor(times: int, *, by) -> models.Actor:
    actor = ActorFactory(name="Qatar")
    for number in range(times):
        actor.description = f"Edit {number + 1}"
        actor._history_user = by
        actor.save()
    return actor


def test_history_downloads_every_row_of_the_trail_not_one_page(viewer_api, analyst):
    actor = edited_actor(12, by=analyst)

    response = viewer_api.get(
        f"/api/v1/actors/{actor.pk}/history/", {"format": "csv", "page_size": 5}
    )

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert f"actor-{actor.pk}-history" in response["Content-Disposition"]
    rows = read_csv(response)
    assert len(rows) == actor.history.count() == 13
    assert [row["history_type"] for row in rows] == ["created"] + ["updated"] * 12


def test_history_header_is_the_json_fields_and_the_editor_is_named(viewer_api, analyst):
    actor = edited_actor(2, by=analyst)

    response = viewer_api.get(f"/api/v1/actors/{actor.pk}/history/", HTTP_ACCEPT="text/csv")
    listed = viewer_api.get(f"/api/v1/actors/{actor.pk}/history/").json()["results"]

    rows = read_csv(response)
    assert list(rows[0]) == list(listed[0])
    assert rows[-1]["history_user"] == "analyst"
    assert rows[-1]["fields"] == "description"
    assert rows[-1]["changes"] == "field: description, old: Edit 1, new: Edit 2"


def test_history_diffs_each_row_against_the_one_before_across_chunks(viewer_api, analyst, settings):
    settings.CSV_CHUNK_SIZE = 2
    actor = edited_actor(5, by=analyst)

    rows = read_csv(viewer_api.get(f"/api/v1/actors/{actor.pk}/history/", {"format": "csv"}))
    listed = viewer_api.get(f"/api/v1/actors/{actor.pk}/history/").json()["results"]

    assert [row["fields"] for row in rows] == ["; ".join(entry["fields"]) for entry in listed]
    assert rows[3]["changes"] == "field: description, old: Edit 2, new: Edit 3"


def test_status_log_downloads_every_entry_with_names_for_sources_and_accounts(
    viewer_api, analyst, gaza
):
    response_record = gaza.hamas_response
    statement = SourceFactory(title="Hamas statement")
    wrong = response_record.change_status(
        "rejected", changed_on=datetime.date(2024, 6, 11), recorded_by=analyst
    )
    response_record.change_status(
        "countered",
        changed_on=datetime.date(2024, 6, 11),
        sources=[statement, gaza.article],
        recorded_by=analyst,
    )
    response_record.retract_status_change(
        wrong, reason="Misread the statement.", retracted_by=analyst
    )

    response = viewer_api.get(
        f"/api/v1/responses/{response_record.pk}/status-changes/", {"format": "csv"}
    )
    listed = viewer_api.get(f"/api/v1/responses/{response_record.pk}/status-changes/").json()

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = read_csv(response)
    assert list(rows[0]) == list(listed["results"][0])
    assert len(rows) == response_record.status_changes.count() == listed["count"]
    assert [row["status"] for row in rows] == ["pending", "rejected", "countered"]
    rejected, countered = rows[1], rows[2]
    assert rejected["retracted_by"] == "analyst"
    assert rejected["retraction_reason"] == "Misread the statement."
    assert countered["recorded_by"] == "analyst"
    assert countered["retracted_at"] == ""
    assert set(countered["sources"].split("; ")) == {"Hamas statement", gaza.article.title}


def test_status_log_of_every_logged_resource_answers_csv(viewer_api, gaza):
    for path, record in (
        ("processes", gaza.process),
        ("proposals", gaza.proposal),
        ("responses", gaza.hamas_response),
    ):
        response = viewer_api.get(
            f"/api/v1/{path}/{record.pk}/status-changes/", HTTP_ACCEPT="text/csv"
        )

        assert response.status_code == 200, path
        rows = read_csv(response)
        assert [row["status"] for row in rows] == [
            change.status for change in record.status_changes.all()
        ]


def test_status_log_cells_are_spreadsheet_safe(viewer_api, analyst, gaza):
    gaza.hamas_response.change_status(
        "acknowledged",
        changed_on=datetime.date(2024, 6, 11),
        note='=HYPERLINK("http://evil.example","click")',
        recorded_by=analyst,
    )

    rows = read_csv(
        viewer_api.get(
            f"/api/v1/responses/{gaza.hamas_response.pk}/status-changes/", {"format": "csv"}
        )
    )

    assert rows[-1]["note"] == '\'=HYPERLINK("http://evil.example","click")'


def test_a_sub_list_of_a_missing_record_answers_404_in_json(viewer_api):
    for path in ("/api/v1/actors/999999/history/", "/api/v1/processes/999999/status-changes/"):
        response = viewer_api.get(path, {"format": "csv"})

        assert response.status_code == 404, path
        assert response["Content-Type"] == "application/json"
        assert "detail" in response.json()


def test_sub_list_csv_needs_an_account_like_the_json(api, gaza):
    response = api.get(f"/api/v1/processes/{gaza.process.pk}/status-changes/", {"format": "csv"})

    assert response.status_code == 401


def test_posting_a_status_change_still_answers_json(analyst_api, gaza):
    response = analyst_api.post(
        f"/api/v1/responses/{gaza.hamas_response.pk}/status-changes/",
        {"status": "acknowledged", "changed_on": "2024-06-11"},
        format="json",
    )

    assert response.status_code == 201
    assert response["Content-Type"] == "application/json"
    assert gaza.hamas_response.status_changes.filter(status="acknowledged").exists()


def test_the_schema_documents_the_sub_lists_downloads_but_not_the_post(db):
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)

    for path in ("/api/v1/proposals/{id}/status-changes/", "/api/v1/actors/{id}/history/"):
        reading = schema["paths"][path]["get"]
        assert "format" in [parameter["name"] for parameter in reading["parameters"]], path
        assert reading["responses"]["200"]["content"]["text/csv"]["schema"]["type"] == "string"
        assert "text/csv" not in reading["responses"]["404"]["content"]
    posting = schema["paths"]["/api/v1/proposals/{id}/status-changes/"]["post"]
    assert all(
        "text/csv" not in answer.get("content", {}) for answer in posting["responses"].values()
    )
    assert "format" not in [parameter["name"] for parameter in posting.get("parameters", [])]
