"""Nothing a client sends gives a 500: each bad input is a 4xx naming what is wrong, and nothing
is stored."""

import pytest

from negotiations import models
from tests import factories


def post_raw(client, url, body: bytes):
    return client.generic("POST", url, body, content_type="application/json")


def test_malformed_json_is_a_400(analyst_api):
    response = post_raw(analyst_api, "/api/v1/actors/", b'{"name": "Hamas", ')

    assert response.status_code == 400
    assert "detail" in response.json()
    assert models.Actor.objects.count() == 0


@pytest.mark.parametrize("body", [b"[]", b'"text"', b"42", b"null"])
def test_json_that_is_not_an_object_is_a_400(analyst_api, body):
    response = post_raw(analyst_api, "/api/v1/actors/", body)

    assert response.status_code == 400
    assert models.Actor.objects.count() == 0


def test_an_unpaired_surrogate_is_a_400_naming_the_field(analyst_api):
    response = post_raw(
        analyst_api, "/api/v1/actors/", b'{"name": "Ha\\ud800mas", "kind": "state"}'
    )

    assert response.status_code == 400
    assert "name" in response.json()
    assert models.Actor.objects.count() == 0


def test_nan_is_not_json(analyst_api):
    response = post_raw(
        analyst_api, "/api/v1/locations/", b'{"name": "X", "latitude": NaN, "longitude": 1}'
    )

    assert response.status_code == 400
    assert models.Location.objects.count() == 0


def test_a_form_body_is_refused_as_unsupported(analyst_api):
    response = analyst_api.post("/api/v1/actors/", {"name": "X", "kind": "state"})

    assert response.status_code == 415
    assert models.Actor.objects.count() == 0


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"name": "Ha\x00mas", "kind": "state"}, "name"),
        ({"name": "Hamas", "kind": "state", "description": "a\x00b"}, "description"),
        ({"name": "Hamas", "kind": "state", "aliases": ["I\x00RM"]}, "aliases"),
        ({"name": "H" * 201, "kind": "state"}, "name"),
        ({"name": ["Hamas"], "kind": "state"}, "name"),
        ({"name": {"en": "Hamas"}, "kind": "state"}, "name"),
        ({"name": "Hamas", "kind": 7}, "kind"),
        ({"name": "Hamas", "kind": "state", "parent": True}, "parent"),
        ({"name": "Hamas", "kind": "state", "parent": "abc"}, "parent"),
        ({"name": "Hamas", "kind": "state", "parent": 10**30}, "parent"),
        ({"name": "Hamas", "kind": "state", "parent": -1}, "parent"),
        ({"name": "Hamas", "kind": "state", "parent": {"id": 1}}, "parent"),
        ({"name": "Hamas", "kind": "state", "aliases": [{"a": 1}]}, "aliases"),
    ],
)
def test_bad_values_are_400s_naming_the_field(analyst_api, payload, field):
    response = analyst_api.post("/api/v1/actors/", payload, format="json")

    assert response.status_code == 400, response.content
    assert field in response.json()
    assert models.Actor.objects.count() == 0


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"ordinal": 10**12}, "ordinal"),
        ({"ordinal": -1}, "ordinal"),
        ({"start": "2024-13-01"}, "start"),
        ({"start": 20240101}, "start"),
        ({"stops": "Cairo"}, "stops"),
        ({"stops": [{"order": 1, "location": 10**30}]}, "stops"),
        ({"stops": [{"order": 10**9, "location": None}]}, "stops"),
        ({"sources": [0, "x"]}, "sources"),
        ({"sources": 5}, "sources"),
    ],
)
def test_bad_values_in_a_trip_are_400s(analyst_api, payload, field):
    traveller = factories.PersonFactory()
    response = analyst_api.post(
        "/api/v1/trips/", {"traveller": traveller.pk, "title": "Tour", **payload}, format="json"
    )

    assert response.status_code == 400, response.content
    assert field in response.json()
    assert models.Trip.objects.count() == 0


def test_huge_numbers_for_coordinates_are_400s(analyst_api):
    response = analyst_api.post(
        "/api/v1/locations/", {"name": "X", "latitude": 1e308, "longitude": 1e308}, format="json"
    )

    assert response.status_code == 400
    assert models.Location.objects.count() == 0


@pytest.mark.parametrize(
    "query",
    [
        "page_size=100000",
        "page_size=-5",
        "page_size=abc",
        "ordering=nonexistent",
        "ordering=-name,__proto__",
        "search=%00",
        "search=" + "x" * 5000,
        "search=%22unbalanced",
        "search=a%20%7C%20%21%20%26",
        "kind=militia",
        "updated_after=yesterday",
        "updated_before=2024-02-30T00:00:00",
        "parent=1",
        "name=%00",
    ],
)
def test_odd_query_strings_never_give_500(viewer_api, query):
    factories.ActorFactory()

    response = viewer_api.get(f"/api/v1/actors/?{query}")

    assert response.status_code in (200, 400), response.content


def test_a_page_size_above_200_is_served_as_200(viewer_api):
    factories.ActorFactory.create_batch(205)

    body = viewer_api.get("/api/v1/actors/?page_size=1000").json()

    assert body["count"] == 205
    assert len(body["results"]) == 200


@pytest.mark.parametrize("page", ["999", "0", "-1", "abc"])
def test_a_page_that_does_not_exist_is_404(viewer_api, page):
    factories.ActorFactory()

    assert viewer_api.get(f"/api/v1/actors/?page={page}").status_code == 404


@pytest.mark.parametrize(
    "query", ["process=abc", "process=99999999999999999999", "actor=-1", "overdue=maybe"]
)
def test_bad_filter_values_are_400s_naming_the_filter(viewer_api, query):
    response = viewer_api.get(f"/api/v1/responses/?{query}")

    assert response.status_code == 400
    assert query.split("=")[0] in response.json()


@pytest.mark.parametrize("record_id", ["99999999999999999999", "0", "abc", "1.5"])
def test_ids_that_cannot_exist_are_404(viewer_api, record_id):
    assert viewer_api.get(f"/api/v1/actors/{record_id}/").status_code == 404
    assert viewer_api.get(f"/api/v1/actors/{record_id}/history/").status_code == 404


def test_a_nul_in_a_query_parameter_is_a_400_naming_it(viewer_api):
    response = viewer_api.get("/api/v1/actors/?search=Ha%00mas")

    assert response.status_code == 400
    assert "search" in response.json()


@pytest.mark.parametrize(
    "path",
    ["/api/v1/actors/1.5/", "/api/v1/actors//", "/api/v1/nothing/", "/api/v1/actors/%C2%84/"],
)
def test_any_unknown_api_address_is_a_json_404(viewer_api, path):
    response = viewer_api.get(path)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert "detail" in response.json()


@pytest.mark.parametrize("offset", ["%2B16:00", "-18:00", "Z"])
def test_an_edit_time_filter_takes_any_utc_offset_on_every_database(viewer_api, offset):
    factories.ActorFactory()

    response = viewer_api.get(f"/api/v1/actors/?updated_after=2024-01-01T00:00:00{offset}")

    assert response.status_code == 200
    assert response.json()["count"] == 1


def test_a_body_too_large_to_read_is_a_json_400(analyst_api):
    body = b'{"name": "' + b"x" * (3 * 1024 * 1024) + b'", "kind": "state"}'

    response = post_raw(analyst_api, "/api/v1/actors/", body)

    assert response.status_code == 400
    assert "detail" in response.json()
    assert models.Actor.objects.count() == 0


def test_a_very_long_name_is_a_400_naming_it(analyst_api):
    response = analyst_api.post(
        "/api/v1/actors/", {"name": "x" * 100_000, "kind": "state"}, format="json"
    )

    assert response.status_code == 400
    assert "name" in response.json()
    assert models.Actor.objects.count() == 0


@pytest.mark.parametrize("url", ["/api/v1/actors/", "/api/v1/auth/token/"])
def test_a_body_nested_too_deeply_is_a_400(analyst_api, url):
    body = b'{"name": "X", "kind": "state", "aliases": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"

    response = post_raw(analyst_api, url, body)

    assert response.status_code == 400
    assert "detail" in response.json()
    assert models.Actor.objects.count() == 0


@pytest.mark.parametrize(("ordinal", "status_code"), [(32767, 201), (32768, 400)])
def test_integers_are_bounded_by_their_column_on_every_database(analyst_api, ordinal, status_code):
    """SQLite would store 32768 in a small-integer column; PostgreSQL would refuse it."""
    traveller = factories.PersonFactory()

    response = analyst_api.post(
        "/api/v1/trips/",
        {"traveller": traveller.pk, "title": "Tour", "ordinal": ordinal},
        format="json",
    )

    assert response.status_code == status_code, response.content
    assert models.Trip.objects.filter(ordinal=ordinal).exists() == (status_code == 201)
