"""What a client written only from the REST contract (shared/design/api.md) found the API doing
otherwise, each pinned by a test: a misspelt `?ordering=` field, a name spelt with other
spacing, and the row addresses of a CSV download."""

import csv
import io

import pytest

from negotiations.models import Actor

pytestmark = pytest.mark.django_db


def csv_rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


# "Errors: 400 with {"field": ["message", ...]} for bad input": DRF drops an unknown ordering
# field silently, so a client that misspelt one got the default order and no word of it.


@pytest.mark.parametrize(
    ("path", "ordering"),
    [
        ("/api/v1/actors/", "nmae"),
        ("/api/v1/actors/", "-name,password"),
        ("/api/v1/meetings/", "date,__proto__"),
        ("/api/v1/responses/", "respondent__user__password"),
    ],
)
def test_an_unknown_ordering_field_is_a_400_naming_ordering_and_the_fields_offered(
    viewer_api, gaza, path, ordering
):
    response = viewer_api.get(path, {"ordering": ordering})

    assert response.status_code == 400
    (message,) = response.json()["ordering"]
    assert "Cannot order by" in message and "created_at" in message


def test_an_unknown_ordering_field_in_a_csv_download_is_a_json_400(viewer_api, gaza):
    response = viewer_api.get("/api/v1/actors/", {"ordering": "bogus", "format": "csv"})

    assert response.status_code == 400
    assert "ordering" in response.json()


def test_the_ordering_fields_offered_still_order_the_list(viewer_api, gaza):
    forward = viewer_api.get("/api/v1/actors/", {"ordering": "name", "page_size": 200}).json()
    backward = viewer_api.get("/api/v1/actors/", {"ordering": "-name,", "page_size": 200}).json()

    names = [actor["name"] for actor in forward["results"]]
    assert names == sorted(names)
    assert [actor["name"] for actor in backward["results"]] == names[::-1]


# "whose name ... matches an existing actor's name ... ignoring case, accents, punctuation,
# spacing": Ha-mas and "Ha mas" were created beside Hamas, since the normal form keeps spaces.


@pytest.mark.parametrize("spelling", ["Ha-mas", "Ha mas", "H.amas", "HA MAS"])
def test_a_name_that_differs_only_in_spacing_or_punctuation_is_a_409_with_candidates(
    analyst_api, gaza, spelling
):
    before = Actor.objects.count()

    response = analyst_api.post(
        "/api/v1/actors/", {"name": spelling, "kind": "armed_group"}, format="json"
    )

    assert response.status_code == 409
    (candidate, *_) = response.json()["candidates"]
    assert candidate["id"] == gaza.hamas.pk
    assert candidate["score"] == 1.0
    assert Actor.objects.count() == before


def test_similar_to_ranks_a_spacing_variant_first_with_a_full_score(viewer_api, gaza):
    response = viewer_api.get("/api/v1/actors/", {"similar_to": "Abdelfattah el Sisi"})

    (best, *_) = response.json()["results"]
    assert best["name"] == "Abdel Fattah al-Sisi"
    assert best["score"] == 1.0


def test_a_spacing_variant_can_still_be_created_when_confirmed_new(analyst_api, gaza):
    response = analyst_api.post(
        "/api/v1/actors/",
        {"name": "Ha-mas", "kind": "other", "confirm_new": True},
        format="json",
    )

    assert response.status_code == 201
    assert Actor.objects.filter(name="Ha-mas").exists()


# "Every list also answers CSV: ?format=csv": each row's `url` carried the download's
# `?format=csv`, and a single record does not answer CSV, so every link in the file was a 404.


def test_the_url_of_each_row_in_a_csv_download_is_the_record_s_json_address(viewer_api, gaza):
    rows = csv_rows(viewer_api.get("/api/v1/meetings/", {"format": "csv"}))

    assert rows
    for row in rows:
        assert row["url"].endswith(f"/api/v1/meetings/{row['id']}/")
        assert viewer_api.get(row["url"]).status_code == 200


def test_a_source_s_own_url_is_written_as_recorded_in_a_csv_download(viewer_api, gaza):
    gaza.article.url = "https://example.org/report?format=csv&page=2"
    gaza.article.save()

    rows = csv_rows(viewer_api.get("/api/v1/sources/", {"format": "csv"}))

    assert {row["url"] for row in rows} >= {"https://example.org/report?format=csv&page=2"}


# "Never a 500 for anything a client can send": an edit-time bound with no UTC equivalent
# overflowed when converted.


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("updated_after", "9999-12-31T23:59:59-10:00"),
        ("updated_before", "0001-01-01T00:00:00+10:00"),
    ],
)
def test_an_edit_time_bound_out_of_range_is_a_400_naming_it(viewer_api, gaza, parameter, value):
    response = viewer_api.get("/api/v1/actors/", {parameter: value})

    assert response.status_code == 400
    assert response.json() == {parameter: ["Datetime value out of range."]}


# "400 with {"field": ["message", ...]}": a process, proposal or response created with a start
# in the future was refused under `changed_on`, a field of its status log the client never sent.


def future_start_bodies(gaza) -> dict:
    return {
        "processes": {"title": "Later talks", "status": "active", "started_on": "2999-01-01"},
        "proposals": {
            "process": gaza.process.pk,
            "title": "Later plan",
            "status": "tabled",
            "announced_on": "2999-01-01",
        },
        "responses": {
            "proposal": gaza.proposal.pk,
            "respondent": gaza.Egypt.pk,
            "status": "pending",
            "requested_on": "2999-01-01",
        },
    }


@pytest.mark.parametrize(
    ("resource", "start_field"),
    [("processes", "started_on"), ("proposals", "announced_on"), ("responses", "requested_on")],
)
def test_a_status_logged_record_starting_in_the_future_is_refused_under_its_start_date(
    analyst_api, gaza, resource, start_field
):
    path = f"/api/v1/{resource}/"
    before = analyst_api.get(path).json()["count"]

    response = analyst_api.post(path, future_start_bodies(gaza)[resource], format="json")

    assert response.status_code == 400
    assert list(response.json()) == [start_field]
    assert analyst_api.get(path).json()["count"] == before


@pytest.mark.parametrize(
    ("resource", "start_field"),
    [("processes", "started_on"), ("proposals", "announced_on"), ("responses", "requested_on")],
)
def test_a_status_logged_record_moved_into_the_future_is_refused_and_unchanged(
    analyst_api, gaza, resource, start_field
):
    record = {
        "processes": gaza.process,
        "proposals": gaza.proposal,
        "responses": gaza.hamas_response,
    }[resource]
    path = f"/api/v1/{resource}/{record.pk}/"
    before = analyst_api.get(path).json()

    response = analyst_api.patch(path, {start_field: "2999-01-01"}, format="json")

    assert response.status_code == 400
    assert list(response.json()) == [start_field]
    assert "cannot begin in the future" in response.json()[start_field][0]
    assert analyst_api.get(path).json()[start_field] == before[start_field]
