"""Every model rule reaches the client as a 400 naming the field, and nothing is stored."""

import datetime

import pytest

from negotiations import models
from tests import factories
from tests.api import contract
from tests.api.contract import RESOURCES, list_url


def assert_rejected(response, field):
    assert response.status_code == 400, response.content
    assert field in response.json(), response.json()


def test_an_actor_cannot_be_its_own_parent(analyst_api):
    actor = factories.ActorFactory()

    response = analyst_api.patch(f"/api/v1/actors/{actor.pk}/", {"parent": actor.pk}, format="json")

    assert_rejected(response, "parent")
    actor.refresh_from_db()
    assert actor.parent is None


def test_a_position_cannot_end_before_it_starts(analyst_api):
    position = factories.PositionFactory(start=datetime.date(2021, 1, 26))

    response = analyst_api.patch(
        f"/api/v1/positions/{position.pk}/", {"end": "2020-01-01"}, format="json"
    )

    assert_rejected(response, "end")
    position.refresh_from_db()
    assert position.end is None


def test_only_a_person_holds_a_position(analyst_api):
    state = factories.ActorFactory()

    response = analyst_api.post(
        "/api/v1/positions/",
        {"person": state.pk, "organization": factories.ActorFactory().pk, "title": "Minister"},
        format="json",
    )

    assert_rejected(response, "person")
    assert models.Position.objects.count() == 0


@pytest.mark.parametrize(
    ("coordinates", "field"),
    [
        ({"latitude": "91", "longitude": "0"}, "latitude"),
        ({"latitude": "0", "longitude": "-181"}, "longitude"),
        ({"latitude": "30"}, "longitude"),
    ],
)
def test_coordinates_must_be_on_earth_and_come_in_pairs(analyst_api, coordinates, field):
    response = analyst_api.post(
        "/api/v1/locations/", {"name": "Nowhere", **coordinates}, format="json"
    )

    assert_rejected(response, field)
    assert models.Location.objects.count() == 0


def test_an_actor_has_one_mediating_role_per_process_and_period(analyst_api):
    existing = factories.MediatorFactory(since=datetime.date(2023, 10, 7))

    response = analyst_api.post(
        "/api/v1/mediators/",
        {"process": existing.process_id, "actor": existing.actor_id, "since": "2023-10-07"},
        format="json",
    )

    assert response.status_code == 400
    assert set(response.json()) & {"since", "actor"}, response.json()
    assert models.Mediator.objects.count() == 1


def test_a_proposal_cannot_supersede_itself(analyst_api):
    proposal = factories.ProposalFactory()

    response = analyst_api.patch(
        f"/api/v1/proposals/{proposal.pk}/", {"supersedes": proposal.pk}, format="json"
    )

    assert_rejected(response, "supersedes")
    proposal.refresh_from_db()
    assert proposal.supersedes is None


def test_one_response_per_respondent_and_proposal(analyst_api):
    existing = factories.ResponseFactory()

    response = analyst_api.post(
        "/api/v1/responses/",
        {"proposal": existing.proposal_id, "respondent": existing.respondent_id},
        format="json",
    )

    assert_rejected(response, "respondent")
    assert models.Response.objects.count() == 1


def test_a_proposal_cannot_counter_itself(analyst_api):
    answer = factories.ResponseFactory()

    response = analyst_api.patch(
        f"/api/v1/responses/{answer.pk}/",
        {"counter_proposal": answer.proposal_id},
        format="json",
    )

    assert_rejected(response, "counter_proposal")
    answer.refresh_from_db()
    assert answer.counter_proposal is None


def test_a_statement_needs_its_words_and_an_existing_speaker(analyst_api):
    response = analyst_api.post(
        "/api/v1/statements/", {"speaker": 999999, "date": "2024-06-10"}, format="json"
    )

    assert_rejected(response, "speaker")
    assert_rejected(response, "text")
    assert models.Statement.objects.count() == 0


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
    analyst_api, resource, field, value
):
    contract.post_rejected(analyst_api, resource, field, value)


@pytest.mark.parametrize(("resource", "field", "value"), WRONG_VALUES)
def test_an_update_with_a_wrong_value_names_the_field_and_changes_nothing(
    analyst_api, resource, field, value
):
    contract.patch_rejected(analyst_api, resource, field, value)


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
def test_an_impossible_date_names_the_field_and_stores_nothing(analyst_api, resource, field, value):
    contract.post_rejected(analyst_api, resource, field, value)


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
    analyst_api, resource, dates, field
):
    payload = contract.valid_payload(resource)
    payload.update(dates)
    if resource == "trips":
        payload["stops"] = []
    counts_before = contract.row_counts()

    response = analyst_api.post(list_url(resource), payload, format="json")

    contract.assert_rejected(response, field, counts_before)


RELATIONS = [
    (resource, field)
    for resource in RESOURCES
    for field in contract.SINGLE_RELATIONS[resource] + contract.LIST_RELATIONS[resource]
]


@pytest.mark.parametrize(("resource", "field"), RELATIONS)
def test_a_relation_to_a_missing_record_names_the_field_and_stores_nothing(
    analyst_api, resource, field
):
    value = (
        [contract.MISSING_ID] if field in contract.LIST_RELATIONS[resource] else contract.MISSING_ID
    )
    contract.post_rejected(analyst_api, resource, field, value)


@pytest.mark.parametrize("value", [10**20, -1, 0, 1.5])
def test_an_out_of_range_id_in_a_relation_is_refused(analyst_api, value):
    contract.post_rejected(analyst_api, "actors", "parent", value)


def test_a_duplicate_slug_is_refused(analyst_api):
    factories.ActorFactory(name="Hamas", slug="hamas")

    contract.post_rejected(analyst_api, "actors", "slug", "hamas")


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
