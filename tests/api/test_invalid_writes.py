"""Every model rule reaches the client as a 400 naming the field, and nothing is stored."""

import datetime

import pytest

from negotiations import models
from tests import factories


def assert_rejected(response, field):
    assert response.status_code == 400, response.content
    assert field in response.json(), response.json()


def test_an_unknown_actor_kind_is_refused(analyst_api):
    response = analyst_api.post("/api/v1/actors/", {"name": "X", "kind": "militia"}, format="json")

    assert_rejected(response, "kind")
    assert models.Actor.objects.count() == 0


def test_a_country_that_is_not_an_alpha_2_code_is_refused(analyst_api):
    response = analyst_api.post(
        "/api/v1/actors/", {"name": "Egypt", "kind": "state", "country": "egy"}, format="json"
    )

    assert_rejected(response, "country")
    assert models.Actor.objects.count() == 0


def test_aliases_must_be_a_list_of_names(analyst_api):
    response = analyst_api.post(
        "/api/v1/actors/", {"name": "Hamas", "kind": "armed_group", "aliases": "IRM"}, format="json"
    )

    assert_rejected(response, "aliases")
    assert models.Actor.objects.count() == 0


def test_an_actor_cannot_be_its_own_parent(analyst_api):
    actor = factories.ActorFactory()

    response = analyst_api.patch(f"/api/v1/actors/{actor.pk}/", {"parent": actor.pk}, format="json")

    assert_rejected(response, "parent")
    actor.refresh_from_db()
    assert actor.parent is None


def test_a_malformed_wikidata_id_is_refused(analyst_api):
    response = analyst_api.post(
        "/api/v1/actors/", {"name": "X", "kind": "state", "wikidata_id": "38799"}, format="json"
    )

    assert_rejected(response, "wikidata_id")
    assert models.Actor.objects.count() == 0


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


@pytest.mark.parametrize(("field", "value"), [("reliability", "G"), ("credibility", "7")])
def test_admiralty_grades_stay_on_the_scale(analyst_api, field, value):
    response = analyst_api.post(
        "/api/v1/sources/", {"title": "Rumour", field: value}, format="json"
    )

    assert_rejected(response, field)
    assert models.Source.objects.count() == 0


def test_a_process_cannot_end_before_it_starts(analyst_api):
    response = analyst_api.post(
        "/api/v1/processes/",
        {"title": "Talks", "started_on": "2024-01-01", "ended_on": "2023-01-01"},
        format="json",
    )

    assert_rejected(response, "ended_on")
    assert models.NegotiationProcess.objects.count() == 0


def test_an_unknown_status_is_refused(analyst_api):
    process = factories.ProcessFactory()

    response = analyst_api.patch(
        f"/api/v1/processes/{process.pk}/", {"status": "paused"}, format="json"
    )

    assert_rejected(response, "status")
    process.refresh_from_db()
    assert process.status == "active"
    assert process.status_changes.count() == 1


def test_a_mediating_role_cannot_end_before_it_starts(analyst_api):
    response = analyst_api.post(
        "/api/v1/mediators/",
        {
            "process": factories.ProcessFactory().pk,
            "actor": factories.ActorFactory().pk,
            "since": "2024-01-01",
            "until": "2023-01-01",
        },
        format="json",
    )

    assert_rejected(response, "until")
    assert models.Mediator.objects.count() == 0


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


@pytest.mark.parametrize("field", ["responded_on", "due_on"])
def test_a_response_is_not_answered_or_due_before_it_was_requested(analyst_api, field):
    response = analyst_api.post(
        "/api/v1/responses/",
        {
            "proposal": factories.ProposalFactory().pk,
            "respondent": factories.ActorFactory().pk,
            "requested_on": "2024-05-31",
            field: "2024-05-01",
        },
        format="json",
    )

    assert_rejected(response, field)
    assert models.Response.objects.count() == 0


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


def test_an_unknown_date_precision_is_refused(analyst_api):
    response = analyst_api.post(
        "/api/v1/meetings/",
        {"title": "Talks", "date": "2024-06-10", "date_precision": "week"},
        format="json",
    )

    assert_rejected(response, "date_precision")
    assert models.Meeting.objects.count() == 0


def test_a_trip_cannot_end_before_it_starts(analyst_api):
    response = analyst_api.post(
        "/api/v1/trips/",
        {
            "traveller": factories.PersonFactory().pk,
            "title": "Tour",
            "start": "2024-06-12",
            "end": "2024-06-10",
        },
        format="json",
    )

    assert_rejected(response, "end")
    assert models.Trip.objects.count() == 0


def test_a_statement_needs_its_words_and_an_existing_speaker(analyst_api):
    response = analyst_api.post(
        "/api/v1/statements/", {"speaker": 999999, "date": "2024-06-10"}, format="json"
    )

    assert_rejected(response, "speaker")
    assert_rejected(response, "text")
    assert models.Statement.objects.count() == 0


def test_an_impossible_date_is_refused(analyst_api):
    response = analyst_api.post(
        "/api/v1/events/",
        {"date": "2024-02-30", "kind": "military", "title": "Nothing"},
        format="json",
    )

    assert_rejected(response, "date")
    assert models.Event.objects.count() == 0


def test_an_unknown_event_kind_is_refused(analyst_api):
    response = analyst_api.post(
        "/api/v1/events/", {"date": "2024-02-01", "kind": "riot", "title": "X"}, format="json"
    )

    assert_rejected(response, "kind")
    assert models.Event.objects.count() == 0
