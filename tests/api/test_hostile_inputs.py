"""Nothing a client sends gives a 500: each bad input is a 4xx naming what is wrong, and nothing
is stored."""

import json

import pytest

from negotiations import models
from tests import factories
from tests.api import contract
from tests.api.contract import RESOURCES, detail_url, list_url


def post_raw(client, url, body: bytes):
    return client.generic("POST", url, body, content_type="application/json")


def test_a_form_body_is_refused_as_unsupported(analyst_api):
    response = analyst_api.post("/api/v1/actors/", {"name": "X", "kind": "state"})

    assert response.status_code == 415
    assert models.Actor.objects.count() == 0


@pytest.mark.parametrize(
    "path",
    ["/api/v1/actors/1.5/", "/api/v1/actors//", "/api/v1/nothing/", "/api/v1/actors/%C2%84/"],
)
def test_any_unknown_api_address_is_a_json_404(viewer_api, path):
    response = viewer_api.get(path)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert "detail" in response.json()


def test_a_body_too_large_to_read_is_a_json_400(analyst_api):
    body = b'{"name": "' + b"x" * (3 * 1024 * 1024) + b'", "kind": "state"}'

    response = post_raw(analyst_api, "/api/v1/actors/", body)

    assert response.status_code == 400
    assert "detail" in response.json()
    assert models.Actor.objects.count() == 0


@pytest.mark.parametrize("url", ["/api/v1/actors/", "/api/v1/auth/token/"])
def test_a_body_nested_too_deeply_is_a_400(analyst_api, url):
    body = b'{"name": "X", "kind": "state", "aliases": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"

    response = post_raw(analyst_api, url, body)

    assert response.status_code == 400
    assert "detail" in response.json()
    assert models.Actor.objects.count() == 0


# A short text field of each resource, bounded in length where the model bounds it.
LABEL_FIELD = {
    "actors": "name",
    "positions": "title",
    "locations": "name",
    "sources": "title",
    "processes": "title",
    "mediators": "notes",
    "parties": "side",
    "proposals": "title",
    "responses": "summary",
    "meetings": "title",
    "trips": "title",
    "statements": "audience",
    "events": "title",
}


BOUNDED_LABELS = [resource for resource in RESOURCES if resource not in ("mediators", "responses")]


@pytest.mark.parametrize("resource", RESOURCES)
def test_a_body_that_is_not_json_is_refused(analyst_api, resource):
    counts_before = contract.row_counts()

    response = analyst_api.post(
        list_url(resource), data='{"name": "Hamas", ', content_type="application/json"
    )

    contract.assert_rejected(response, None, counts_before)
    assert "detail" in response.json()


@pytest.mark.parametrize("body", ["[1, 2]", '"a string"', "42", "null"])
def test_a_json_body_that_is_not_an_object_is_refused(analyst_api, body):
    counts_before = contract.row_counts()

    response = analyst_api.post(list_url("actors"), data=body, content_type="application/json")

    contract.assert_rejected(response, None, counts_before)


def test_a_body_in_a_media_type_the_api_does_not_read_answers_415(analyst_api):
    counts_before = contract.row_counts()

    response = analyst_api.post(list_url("actors"), data="name=Hamas", content_type="text/csv")

    contract.assert_rejected(response, None, counts_before, status=415)


def test_a_patch_with_bad_json_leaves_the_record_as_it_was(analyst_api):
    actor = factories.ActorFactory()
    before = contract.record_values(actor)
    counts_before = contract.row_counts()

    response = analyst_api.patch(
        detail_url("actors", actor.pk), data="{", content_type="application/json"
    )

    contract.assert_rejected(response, None, counts_before)
    assert contract.record_values(actor) == before


@pytest.mark.parametrize("resource", RESOURCES)
def test_a_nul_byte_in_a_string_names_the_field_and_stores_nothing(analyst_api, resource):
    contract.post_rejected(analyst_api, resource, LABEL_FIELD[resource], "Ham\x00as")


def test_a_nul_byte_inside_a_list_of_aliases_is_refused(analyst_api):
    contract.post_rejected(analyst_api, "actors", "aliases", ["Islamic Resistance\x00Movement"])


@pytest.mark.parametrize("resource", BOUNDED_LABELS)
def test_a_100k_character_name_names_the_field_and_stores_nothing(analyst_api, resource):
    contract.post_rejected(analyst_api, resource, LABEL_FIELD[resource], "x" * 100_000)


@pytest.mark.parametrize(
    ("resource", "field"),
    [("actors", "description"), ("proposals", "full_text"), ("statements", "text")],
)
def test_a_100k_character_text_is_either_stored_whole_or_refused_by_name(
    analyst_api, resource, field
):
    payload = contract.valid_payload(resource)
    payload[field] = "y" * 100_000
    counts_before = contract.row_counts()

    response = analyst_api.post(list_url(resource), payload, format="json")

    if response.status_code == 201:
        record = contract.MODELS[resource].objects.get(pk=response.json()["id"])
        assert getattr(record, field) == "y" * 100_000
    else:
        contract.assert_rejected(response, field, counts_before)


def test_a_deeply_nested_json_body_is_refused(analyst_api):
    counts_before = contract.row_counts()

    response = analyst_api.post(
        list_url("actors"), data="[" * 100_000 + "]" * 100_000, content_type="application/json"
    )

    contract.assert_rejected(response, None, counts_before)


def test_a_deeply_nested_json_value_is_refused(analyst_api):
    payload = json.dumps(contract.valid_payload("actors"))
    body = payload.replace('"aliases": ["Qatar"]', '"aliases": ' + "[" * 50_000 + "]" * 50_000)
    counts_before = contract.row_counts()

    response = analyst_api.post(list_url("actors"), data=body, content_type="application/json")

    assert response.status_code == 400, response.content[:300]
    assert contract.row_counts() == counts_before


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999", "1" * 5000])
def test_a_number_no_field_can_hold_is_refused(analyst_api, literal):
    payload = contract.valid_payload("locations")
    payload["latitude"] = "LITERAL"
    body = json.dumps(payload).replace('"LITERAL"', literal)
    counts_before = contract.row_counts()

    response = analyst_api.post(list_url("locations"), data=body, content_type="application/json")

    assert response.status_code == 400, response.content[:300]
    assert contract.row_counts() == counts_before


@pytest.mark.parametrize("resource", RESOURCES)
def test_a_lone_surrogate_in_a_string_is_refused(analyst_api, resource):
    payload = contract.valid_payload(resource)
    payload[LABEL_FIELD[resource]] = "LONE"
    body = json.dumps(payload).replace('"LONE"', '"Ham\\ud800as"')
    counts_before = contract.row_counts()

    response = analyst_api.post(list_url(resource), data=body, content_type="application/json")

    contract.assert_rejected(response, LABEL_FIELD[resource], counts_before)


def test_a_lone_surrogate_inside_aliases_is_refused(analyst_api):
    body = json.dumps(contract.valid_payload("actors")).replace('"Qatar"]', '"\\udfff"]')
    counts_before = contract.row_counts()

    response = analyst_api.post(list_url("actors"), data=body, content_type="application/json")

    contract.assert_rejected(response, "aliases", counts_before)


NOT_ALLOWED = [
    ("POST", "actors/{id}/"),
    ("PUT", "actors/"),
    ("PATCH", "actors/"),
    ("DELETE", "actors/"),
    ("POST", "actors/{id}/history/"),
    ("DELETE", "responses/{id}/status-changes/"),
    ("PUT", "responses/{id}/status-changes/"),
    ("POST", "changes/"),
    ("GET", "auth/token/"),
]


@pytest.mark.parametrize(("method", "path"), NOT_ALLOWED)
def test_a_method_a_route_does_not_take_answers_405(analyst_api, method, path):
    record = factories.ResponseFactory()
    url = contract.API + path.format(id=record.respondent_id if "actors" in path else record.pk)
    counts_before = contract.row_counts()

    response = getattr(analyst_api, method.lower())(url, {}, format="json")

    contract.assert_rejected(response, None, counts_before, status=405)
