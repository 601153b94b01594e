"""Whatever a client sends, the API never answers 500: bad input gets a 400 that names the field
(or a 404/412 where the contract says so) and leaves the database exactly as it was."""

import datetime
import json

import pytest

from accounts.models import ApiToken
from negotiations.models import Actor, Phase, Proposal
from tests import factories
from tests.api_contract import contract
from tests.api_contract.contract import RESOURCES, detail_url, list_url, results

MISSING_ID = 987654321

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


def assert_rejected(response, field, counts_before, *, status=400):
    assert response.status_code == status, (
        f"expected {status}, got {response.status_code}: {response.content[:500]!r}"
    )
    if field is not None:
        body = response.json()
        assert field in body, f"the error should name {field!r}: {body!r}"
        assert isinstance(body[field], list | dict), body
    assert contract.row_counts() == counts_before, "a rejected write changed the database"


def record_values(record):
    return type(record).objects.filter(pk=record.pk).values().first()


def post_rejected(client, resource, field, value):
    payload = contract.valid_payload(resource)
    payload[field] = value
    counts_before = contract.row_counts()
    response = client.post(list_url(resource), payload, format="json")
    assert_rejected(response, field, counts_before)


def patch_rejected(client, resource, field, value):
    record = contract.make_record(resource)
    before = record_values(record)
    counts_before = contract.row_counts()
    response = client.patch(detail_url(resource, record.pk), {field: value}, format="json")
    assert_rejected(response, field, counts_before)
    assert record_values(record) == before


# Bodies that are not what the API reads.


@pytest.mark.parametrize("resource", RESOURCES)
def test_a_body_that_is_not_json_is_refused(analyst_client, resource):
    counts_before = contract.row_counts()

    response = analyst_client.post(
        list_url(resource), data='{"name": "Hamas", ', content_type="application/json"
    )

    assert_rejected(response, None, counts_before)


@pytest.mark.parametrize("body", ["[1, 2]", '"a string"', "42", "null"])
def test_a_json_body_that_is_not_an_object_is_refused(analyst_client, body):
    counts_before = contract.row_counts()

    response = analyst_client.post(list_url("actors"), data=body, content_type="application/json")

    assert_rejected(response, None, counts_before)


def test_a_body_in_a_media_type_the_api_does_not_read_answers_415(analyst_client):
    counts_before = contract.row_counts()

    response = analyst_client.post(list_url("actors"), data="name=Hamas", content_type="text/csv")

    assert_rejected(response, None, counts_before, status=415)


def test_a_patch_with_bad_json_leaves_the_record_as_it_was(analyst_client):
    actor = factories.ActorFactory()
    before = record_values(actor)
    counts_before = contract.row_counts()

    response = analyst_client.patch(
        detail_url("actors", actor.pk), data="{", content_type="application/json"
    )

    assert_rejected(response, None, counts_before)
    assert record_values(actor) == before


# Wrong types and values outside the vocabularies.

WRONG_VALUES = [
    ("actors", "name", ["a", "list"]),
    ("actors", "aliases", "Islamic Resistance Movement"),
    ("actors", "aliases", [1, {"name": "x"}]),
    ("actors", "parent", "Egypt"),
    ("actors", "country", "Egypt"),
    ("actors", "wikidata_id", "1234"),
    ("actors", "kind", "empire"),
    ("actors", "kind", "State"),
    ("positions", "person", {"id": 1}),
    ("positions", "sources", "1,2"),
    ("locations", "latitude", "north"),
    ("locations", "latitude", 91),
    ("locations", "latitude", 1e308),
    ("locations", "longitude", {"deg": 1}),
    ("locations", "kind", "village"),
    ("sources", "reliability", "Z"),
    ("sources", "reliability", "b"),
    ("sources", "credibility", 7),
    ("sources", "url", "not a url"),
    ("processes", "status", "paused"),
    ("processes", "status", "Active"),
    ("processes", "parties", "Israel"),
    ("processes", "parties", ["x"]),
    ("mediators", "role", "boss"),
    ("proposals", "status", "maybe"),
    ("proposals", "phases", "three"),
    ("proposals", "authors", [None]),
    ("responses", "status", "accepted with conditions"),
    ("responses", "proposal", True),
    ("meetings", "format", "carrier_pigeon"),
    ("meetings", "kind", "party"),
    ("meetings", "closed_door", "perhaps"),
    ("meetings", "participants", "everyone"),
    ("meetings", "participants", [{"actor": "x", "role": "host"}]),
    ("meetings", "participants", [{"actor": None, "role": "king"}]),
    ("meetings", "date_precision", "week"),
    ("trips", "ordinal", "eighth"),
    ("trips", "ordinal", -1),
    ("trips", "ordinal", 10**6),
    ("trips", "stops", [{"order": "first", "location": None, "status": "maybe"}]),
    ("statements", "kind", "tweet"),
    ("events", "kind", "earthquake"),
    ("events", "date_precision", "decade"),
    ("events", "date", None),
]


@pytest.mark.parametrize(("resource", "field", "value"), WRONG_VALUES)
def test_a_create_with_a_wrong_value_names_the_field_and_stores_nothing(
    analyst_client, resource, field, value
):
    post_rejected(analyst_client, resource, field, value)


@pytest.mark.parametrize(("resource", "field", "value"), WRONG_VALUES)
def test_an_update_with_a_wrong_value_names_the_field_and_changes_nothing(
    analyst_client, resource, field, value
):
    patch_rejected(analyst_client, resource, field, value)


IMPOSSIBLE_DATES = [
    ("processes", "started_on", "2024-02-30"),
    ("processes", "ended_on", "2023-02-29"),
    ("positions", "start", "2021-13-01"),
    ("sources", "published_on", "30/02/2024"),
    ("proposals", "announced_on", "2024-02-30"),
    ("responses", "due_on", "2024-02-30"),
    ("meetings", "date", "2024-02-30"),
    ("trips", "start", "2024-06-31"),
    ("statements", "date", "tomorrow"),
    ("events", "date", "2024-00-10"),
    ("mediators", "since", "10000-01-01"),
]


@pytest.mark.parametrize(("resource", "field", "value"), IMPOSSIBLE_DATES)
def test_an_impossible_date_names_the_field_and_stores_nothing(
    analyst_client, resource, field, value
):
    post_rejected(analyst_client, resource, field, value)


DATE_ORDER_RULES = [
    ("positions", {"start": "2022-01-01", "end": "2021-01-01"}, "end"),
    ("processes", {"started_on": "2024-01-01", "ended_on": "2023-01-01"}, "ended_on"),
    ("mediators", {"since": "2024-01-01", "until": "2023-01-01"}, "until"),
    ("responses", {"requested_on": "2024-06-01", "due_on": "2024-05-01"}, "due_on"),
    ("responses", {"requested_on": "2024-06-01", "responded_on": "2024-05-01"}, "responded_on"),
    ("trips", {"start": "2024-06-12", "end": "2024-06-10"}, "end"),
]


@pytest.mark.parametrize(("resource", "dates", "field"), DATE_ORDER_RULES)
def test_an_end_before_its_start_names_the_field_and_stores_nothing(
    analyst_client, resource, dates, field
):
    payload = contract.valid_payload(resource)
    payload.update(dates)
    if resource == "trips":
        payload["stops"] = []
    counts_before = contract.row_counts()

    response = analyst_client.post(list_url(resource), payload, format="json")

    assert_rejected(response, field, counts_before)


# Ids that do not exist.

RELATIONS = [
    (resource, field)
    for resource in RESOURCES
    for field in contract.SINGLE_RELATIONS[resource] + contract.LIST_RELATIONS[resource]
]


@pytest.mark.parametrize(("resource", "field"), RELATIONS)
def test_a_relation_to_a_missing_record_names_the_field_and_stores_nothing(
    analyst_client, resource, field
):
    value = [MISSING_ID] if field in contract.LIST_RELATIONS[resource] else MISSING_ID
    post_rejected(analyst_client, resource, field, value)


@pytest.mark.parametrize("value", [10**20, -1, 0, 1.5])
def test_an_out_of_range_id_in_a_relation_is_refused(analyst_client, value):
    post_rejected(analyst_client, "actors", "parent", value)


@pytest.mark.parametrize("nested", ["participants", "stops"])
def test_a_nested_relation_to_a_missing_record_rejects_the_whole_write(analyst_client, nested):
    resource = "meetings" if nested == "participants" else "trips"
    payload = contract.valid_payload(resource)
    relation = "actor" if nested == "participants" else "location"
    payload[nested][-1][relation] = MISSING_ID
    counts_before = contract.row_counts()

    response = analyst_client.post(list_url(resource), payload, format="json")

    assert_rejected(response, nested, counts_before)


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.parametrize("method", ["GET", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("record_id", [MISSING_ID, "abc", 10**30, -5, "1.5", "%00"])
def test_a_record_that_does_not_exist_answers_404(analyst_client, resource, method, record_id):
    body = {} if method in ("PUT", "PATCH") else None
    counts_before = contract.row_counts()
    sender = getattr(analyst_client, method.lower())

    response = sender(f"{list_url(resource)}{record_id}/", body, format="json")

    assert_rejected(response, None, counts_before, status=404)
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize("resource", contract.STATUS_LOGGED)
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_the_status_changes_of_a_missing_record_answer_404(analyst_client, resource, method):
    body = {"status": contract.NEXT_STATUS[resource], "changed_on": "2024-06-05"}
    counts_before = contract.row_counts()
    url = f"{detail_url(resource, MISSING_ID)}status-changes/"

    if method == "POST":
        response = analyst_client.post(url, body, format="json")
    else:
        response = analyst_client.get(url)

    assert_rejected(response, None, counts_before, status=404)
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.parametrize("record_id", [MISSING_ID, "abc", 10**30, "1.5"])
def test_the_history_of_a_missing_record_answers_404(analyst_client, resource, record_id):
    response = analyst_client.get(f"{list_url(resource)}{record_id}/history/")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


# Status changes.

STATUS_CHANGE_MISTAKES = [
    ({"status": "maybe", "changed_on": "2024-06-05"}, "status"),
    ({"status": None, "changed_on": "2024-06-05"}, "status"),
    ({"changed_on": "2024-06-05"}, "status"),
    ({"status": "NEXT", "changed_on": "2024-02-30"}, "changed_on"),
    ({"status": "NEXT", "changed_on": "2999-01-01"}, "changed_on"),
    ({"status": "NEXT", "changed_on": "1990-01-01"}, "changed_on"),
    ({"status": "NEXT"}, "changed_on"),
    ({"status": "NEXT", "changed_on": "2024-06-05", "sources": [MISSING_ID]}, "sources"),
    ({"status": "NEXT", "changed_on": "2024-06-05", "note": "a\x00b"}, "note"),
]


@pytest.mark.parametrize("resource", contract.STATUS_LOGGED)
@pytest.mark.parametrize(("body", "field"), STATUS_CHANGE_MISTAKES)
def test_a_bad_status_change_names_the_field_and_moves_nothing(
    analyst_client, resource, body, field
):
    record = contract.make_record(resource)
    if body.get("status") == "NEXT":
        body = {**body, "status": contract.NEXT_STATUS[resource]}
    before = record_values(record)
    counts_before = contract.row_counts()

    response = analyst_client.post(
        f"{detail_url(resource, record.pk)}status-changes/", body, format="json"
    )

    assert_rejected(response, field, counts_before)
    assert record_values(record) == before


# NUL bytes and very long strings.


@pytest.mark.parametrize("resource", RESOURCES)
def test_a_nul_byte_in_a_string_names_the_field_and_stores_nothing(analyst_client, resource):
    post_rejected(analyst_client, resource, LABEL_FIELD[resource], "Ham\x00as")


def test_a_nul_byte_inside_a_list_of_aliases_is_refused(analyst_client):
    post_rejected(analyst_client, "actors", "aliases", ["Islamic Resistance\x00Movement"])


def test_a_nul_byte_in_a_nested_item_rejects_the_whole_write(analyst_client):
    payload = contract.valid_payload("proposals")
    payload["phases"][0]["provisions"][0]["text"] = "Fighting\x00halts."
    counts_before = contract.row_counts()

    response = analyst_client.post(list_url("proposals"), payload, format="json")

    assert_rejected(response, "phases", counts_before)


@pytest.mark.parametrize("resource", BOUNDED_LABELS)
def test_a_100k_character_name_names_the_field_and_stores_nothing(analyst_client, resource):
    post_rejected(analyst_client, resource, LABEL_FIELD[resource], "x" * 100_000)


@pytest.mark.parametrize(
    ("resource", "field"),
    [("actors", "description"), ("proposals", "full_text"), ("statements", "text")],
)
def test_a_100k_character_text_is_either_stored_whole_or_refused_by_name(
    analyst_client, resource, field
):
    payload = contract.valid_payload(resource)
    payload[field] = "y" * 100_000
    counts_before = contract.row_counts()

    response = analyst_client.post(list_url(resource), payload, format="json")

    if response.status_code == 201:
        record = contract.MODELS[resource].objects.get(pk=response.json()["id"])
        assert getattr(record, field) == "y" * 100_000
    else:
        assert_rejected(response, field, counts_before)


# Nested lists: a bad item rejects the whole write.


def test_a_bad_provision_rejects_the_whole_proposal(analyst_client):
    payload = contract.valid_payload("proposals")
    payload["phases"].append(
        {"number": 2, "title": "", "duration_days": 42, "summary": "", "provisions": [{}]}
    )
    payload["phases"][1]["provisions"] = [{"topic": "weather", "text": "Sunny."}]
    counts_before = contract.row_counts()

    response = analyst_client.post(list_url("proposals"), payload, format="json")

    assert_rejected(response, "phases", counts_before)
    assert not Proposal.objects.filter(title=payload["title"]).exists()


def test_a_bad_phase_in_a_replacement_leaves_the_old_phases_in_place(analyst_client):
    proposal = factories.ProposalFactory()
    factories.ProvisionFactory(phase=factories.PhaseFactory(proposal=proposal, number=1))
    payload = contract.valid_payload("proposals")
    payload["phases"] = [
        {"number": 1, "title": "", "duration_days": 42, "summary": "", "provisions": []},
        {"number": 2, "title": "", "duration_days": -3, "summary": "", "provisions": []},
    ]
    before = list(Phase.objects.filter(proposal=proposal).values())
    counts_before = contract.row_counts()

    response = analyst_client.put(detail_url("proposals", proposal.pk), payload, format="json")

    assert_rejected(response, "phases", counts_before)
    assert list(Phase.objects.filter(proposal=proposal).values()) == before


DUPLICATED_NESTED_ITEMS = [
    ("proposals", "phases", "number"),
    ("meetings", "participants", "actor"),
    ("trips", "stops", "order"),
]


@pytest.mark.parametrize(("resource", "nested", "key"), DUPLICATED_NESTED_ITEMS)
def test_a_nested_item_given_twice_is_refused_not_a_server_error(
    analyst_client, resource, nested, key
):
    payload = contract.valid_payload(resource)
    payload[nested] = [payload[nested][0], dict(payload[nested][0])]
    counts_before = contract.row_counts()

    response = analyst_client.post(list_url(resource), payload, format="json")

    assert_rejected(response, nested, counts_before)


def test_a_second_response_by_the_same_respondent_is_refused(analyst_client):
    existing = factories.ResponseFactory()
    payload = contract.valid_payload("responses")
    payload.update(proposal=existing.proposal_id, respondent=existing.respondent_id)
    counts_before = contract.row_counts()

    response = analyst_client.post(list_url("responses"), payload, format="json")

    assert response.status_code == 400, response.content[:300]
    assert contract.row_counts() == counts_before


def test_a_second_mediating_role_for_the_same_period_is_refused(analyst_client):
    existing = factories.MediatorFactory(since=datetime.date(2023, 11, 1))
    payload = contract.valid_payload("mediators")
    payload.update(process=existing.process_id, actor=existing.actor_id, since="2023-11-01")
    counts_before = contract.row_counts()

    response = analyst_client.post(list_url("mediators"), payload, format="json")

    assert response.status_code == 400, response.content[:300]
    assert contract.row_counts() == counts_before


def test_a_duplicate_slug_is_refused(analyst_client):
    factories.ActorFactory(name="Hamas", slug="hamas")

    post_rejected(analyst_client, "actors", "slug", "hamas")


# Query strings.


def _bulk_actors(count: int) -> None:
    Actor.objects.bulk_create(
        Actor(name=f"Actor {n}", slug=f"actor-{n}", kind="state") for n in range(count)
    )


@pytest.mark.parametrize("page_size", [10**9, "201", "-1", "0", "abc", "1e3", "\x00"])
def test_a_page_size_is_never_more_than_200(analyst_client, page_size):
    _bulk_actors(205)

    response = analyst_client.get(list_url("actors"), {"page_size": page_size})

    assert response.status_code in (200, 400), response.content[:300]
    if response.status_code == 400:
        assert "page_size" in response.json()
    else:
        assert 0 < len(response.json()["results"]) <= 200
    assert Actor.objects.count() == 205


@pytest.mark.parametrize("page", ["-1", "0", "abc", str(10**9), "\x00", "1.5"])
def test_a_page_that_does_not_exist_answers_404_or_400(analyst_client, page):
    factories.ActorFactory()

    response = analyst_client.get(list_url("actors"), {"page": page})

    assert response.status_code in (400, 404), response.content[:300]


@pytest.mark.parametrize("resource", contract.STATUS_LOGGED)
@pytest.mark.parametrize("as_of", ["garbage", "2024-02-30", "2024-06-10T00:00:00", "\x00"])
@pytest.mark.parametrize("route", ["list", "detail"])
def test_an_as_of_that_is_not_a_date_answers_400_naming_it(analyst_client, resource, as_of, route):
    record = contract.make_record(resource)
    url = list_url(resource) if route == "list" else detail_url(resource, record.pk)

    response = analyst_client.get(url, {"as_of": as_of})

    assert response.status_code == 400, response.content[:300]
    assert "as_of" in response.json()


@pytest.mark.parametrize("since", ["garbage", "2024-02-30T00:00:00Z", "yesterday", "\x00"])
def test_a_since_that_is_not_a_moment_answers_400_naming_it(analyst_client, since):
    response = analyst_client.get(f"{contract.API}changes/", {"since": since})

    assert response.status_code == 400, response.content[:300]
    assert "since" in response.json()


@pytest.mark.parametrize(
    "ordering", ["nonexistent", "-password", "__class__", "name,,", "\x00", "?", "a" * 10_000]
)
@pytest.mark.parametrize("resource", RESOURCES)
def test_an_unknown_ordering_is_never_a_server_error(analyst_client, resource, ordering):
    contract.make_record(resource)

    response = analyst_client.get(list_url(resource), {"ordering": ordering})

    assert response.status_code in (200, 400), response.content[:300]


FILTER_GARBAGE = [
    ("meetings", "date_after", "garbage"),
    ("meetings", "date_before", "2024-02-30"),
    ("actors", "updated_after", "garbage"),
    ("events", "updated_before", "2024-13-01T00:00:00Z"),
    ("proposals", "process", "abc"),
    ("responses", "proposal", "abc"),
    ("responses", "respondent", "x"),
    ("meetings", "location", "Cairo"),
]


@pytest.mark.parametrize(("resource", "name", "value"), FILTER_GARBAGE)
def test_a_filter_value_of_the_wrong_type_answers_400_naming_it(
    analyst_client, resource, name, value
):
    contract.make_record(resource)

    response = analyst_client.get(list_url(resource), {name: value})

    assert response.status_code == 400, response.content[:300]
    assert name in response.json()


# Python reads UTC offsets up to 24 hours, PostgreSQL only up to 15:59.
@pytest.mark.parametrize(
    ("name", "value", "finds_the_record"),
    [
        ("updated_after", "2024-01-01T00:00:00+16:00", True),
        ("updated_after", "2024-01-01T00:00:00-23:59", True),
        ("updated_before", "0979-03-18T03:01:37+23:10", False),
    ],
)
def test_a_far_utc_offset_is_read_or_refused_by_name_alike_on_every_database(
    analyst_client, name, value, finds_the_record
):
    actor = factories.ActorFactory()

    response = analyst_client.get(list_url("actors"), {name: value})

    assert response.status_code in (200, 400), response.content[:300]
    if response.status_code == 400:
        assert name in response.json()
    else:
        found = [item["id"] for item in response.json()["results"]]
        assert found == ([actor.pk] if finds_the_record else [])


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.parametrize(
    "query",
    [
        {"search": "Ham\x00as"},
        {"search": "%' OR 1=1 --"},
        {"search": "x" * 10_000},
        {"status": "\x00"},
        {"kind": "unknown_kind"},
        {"actor": "\x00"},
        {"actor": str(10**30)},
        {"overdue": "maybe"},
        {"process": "-1"},
        {"updated_after": "\x00"},
    ],
)
def test_odd_filter_values_are_never_a_server_error(analyst_client, resource, query):
    contract.make_record(resource)

    response = analyst_client.get(list_url(resource), query)

    assert response.status_code in (200, 400), response.content[:300]
    if response.status_code == 200:
        assert isinstance(results(response.json()), list)


@pytest.mark.parametrize("resource", ["actors", "proposals", "meetings"])
@pytest.mark.parametrize("method", ["PATCH", "PUT", "DELETE"])
@pytest.mark.parametrize("if_match", ["garbage", '"not-the-etag"', "W/", '""', "\x7f"])
def test_an_if_match_that_is_not_the_etag_answers_412_and_changes_nothing(
    analyst_client, resource, method, if_match
):
    record = contract.make_record(resource)
    body = None
    if method == "PATCH":
        body = contract.partial_payload(resource)
    elif method == "PUT":
        body = contract.valid_payload(resource)
    before = record_values(record)
    counts_before = contract.row_counts()
    sender = getattr(analyst_client, method.lower())

    response = sender(detail_url(resource, record.pk), body, format="json", HTTP_IF_MATCH=if_match)

    assert_rejected(response, None, counts_before, status=412)
    assert record_values(record) == before


@pytest.mark.parametrize("if_none_match", ["garbage", '"stale"', "*,,", "\x7f"])
def test_an_if_none_match_that_is_not_the_etag_answers_the_record(analyst_client, if_none_match):
    actor = factories.ActorFactory()

    response = analyst_client.get(detail_url("actors", actor.pk), HTTP_IF_NONE_MATCH=if_none_match)

    assert response.status_code in (200, 304), response.content[:300]
    if if_none_match != "*,,":
        assert response.status_code == 200
        assert response.json()["id"] == actor.pk


@pytest.mark.parametrize(
    "body",
    [{}, {"username": "analyst"}, {"username": ["x"], "password": 1}, {"username": "\x00"}],
)
def test_a_bad_token_request_answers_400(anonymous_client, analyst, body):
    response = anonymous_client.post(f"{contract.API}auth/token/", body, format="json")

    assert response.status_code == 400, response.content[:300]
    assert not ApiToken.objects.filter(user=analyst).exists()


def test_a_wrong_password_gets_no_token(anonymous_client, analyst):
    response = anonymous_client.post(
        f"{contract.API}auth/token/",
        {"username": analyst.username, "password": "wrong"},
        format="json",
    )

    assert response.status_code == 400
    assert not ApiToken.objects.filter(user=analyst).exists()


@pytest.mark.parametrize("header", ["Token", "Token ", "Token nonsense", "Bearer x", "Token a b"])
def test_a_bad_authorization_header_answers_401(db, anonymous_client, header):
    factories.ActorFactory()

    response = anonymous_client.get(list_url("actors"), HTTP_AUTHORIZATION=header)

    assert response.status_code == 401, response.content[:300]


# Bodies that break naive parsers.


def test_a_deeply_nested_json_body_is_refused(analyst_client):
    counts_before = contract.row_counts()

    response = analyst_client.post(
        list_url("actors"), data="[" * 100_000 + "]" * 100_000, content_type="application/json"
    )

    assert_rejected(response, None, counts_before)


def test_a_deeply_nested_json_value_is_refused(analyst_client):
    payload = json.dumps(contract.valid_payload("actors"))
    body = payload.replace('"aliases": ["Qatar"]', '"aliases": ' + "[" * 50_000 + "]" * 50_000)
    counts_before = contract.row_counts()

    response = analyst_client.post(list_url("actors"), data=body, content_type="application/json")

    assert response.status_code == 400, response.content[:300]
    assert contract.row_counts() == counts_before


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999", "1" * 5000])
def test_a_number_no_field_can_hold_is_refused(analyst_client, literal):
    payload = contract.valid_payload("locations")
    payload["latitude"] = "LITERAL"
    body = json.dumps(payload).replace('"LITERAL"', literal)
    counts_before = contract.row_counts()

    response = analyst_client.post(
        list_url("locations"), data=body, content_type="application/json"
    )

    assert response.status_code == 400, response.content[:300]
    assert contract.row_counts() == counts_before


@pytest.mark.parametrize("resource", RESOURCES)
def test_a_lone_surrogate_in_a_string_is_refused(analyst_client, resource):
    payload = contract.valid_payload(resource)
    payload[LABEL_FIELD[resource]] = "LONE"
    body = json.dumps(payload).replace('"LONE"', '"Ham\\ud800as"')
    counts_before = contract.row_counts()

    response = analyst_client.post(list_url(resource), data=body, content_type="application/json")

    assert_rejected(response, LABEL_FIELD[resource], counts_before)


def test_a_lone_surrogate_inside_aliases_is_refused(analyst_client):
    body = json.dumps(contract.valid_payload("actors")).replace('"Qatar"]', '"\\udfff"]')
    counts_before = contract.row_counts()

    response = analyst_client.post(list_url("actors"), data=body, content_type="application/json")

    assert_rejected(response, "aliases", counts_before)


@pytest.mark.parametrize(
    "query", ["search=%ED%A0%80", "search=%ff%fe", "ordering=%ff", "as_of=%ff"]
)
def test_a_query_string_that_is_not_utf8_is_never_a_server_error(analyst_client, query):
    factories.ActorFactory()

    response = analyst_client.get(f"{list_url('processes')}?{query}")

    assert response.status_code in (200, 400), response.content[:300]


# Methods a route does not take.

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
def test_a_method_a_route_does_not_take_answers_405(analyst_client, method, path):
    record = factories.ResponseFactory()
    url = contract.API + path.format(id=record.respondent_id if "actors" in path else record.pk)
    counts_before = contract.row_counts()

    response = getattr(analyst_client, method.lower())(url, {}, format="json")

    assert_rejected(response, None, counts_before, status=405)
