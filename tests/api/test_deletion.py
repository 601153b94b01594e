"""What a delete refuses and what it takes along: deleting a record that others cite answers 409
naming them and deletes nothing; deleting a whole takes its own parts with it."""

import datetime

from negotiations import models
from negotiations.models import Actor
from tests import factories
from tests.api import contract
from tests.api.contract import detail_url


def test_deleting_an_actor_others_point_at_gets_409_naming_them(analyst_api):
    answer = factories.ResponseFactory()

    response = analyst_api.delete(f"/api/v1/actors/{answer.respondent_id}/")

    assert response.status_code == 409
    assert response.json()["protected_by"] == [
        {"resource": "responses", "id": answer.pk, "name": str(answer)}
    ]
    assert models.Actor.objects.filter(pk=answer.respondent_id).exists()


def test_deleting_a_source_that_a_meeting_cites_gets_409(analyst_api):
    source = factories.SourceFactory()
    meeting = factories.MeetingFactory()
    meeting.sources.add(source)

    response = analyst_api.delete(f"/api/v1/sources/{source.pk}/")

    assert response.status_code == 409
    assert {"resource": "meetings", "id": meeting.pk, "name": meeting.title} in response.json()[
        "protected_by"
    ]
    assert models.Source.objects.filter(pk=source.pk).exists()
    # The request's transaction stays usable after the refusal.
    assert analyst_api.get(f"/api/v1/sources/{source.pk}/").status_code == 200


def test_deleting_a_proposal_takes_its_phases_along(analyst_api):
    proposal = factories.ProposalFactory(announced_on=datetime.date(2024, 5, 31))
    factories.ProvisionFactory(phase=factories.PhaseFactory(proposal=proposal))

    response = analyst_api.delete(f"/api/v1/proposals/{proposal.pk}/")

    assert response.status_code == 204
    assert not models.Phase.objects.exists()
    assert not models.Provision.objects.exists()


def test_deleting_an_actor_a_meeting_cites_answers_409_naming_what_points_at_it(analyst_api):
    meeting = factories.MeetingFactory(title="Blinken meets al-Sisi in Cairo")
    participant = factories.ParticipantFactory(meeting=meeting)
    counts_before = contract.row_counts()

    response = analyst_api.delete(detail_url("actors", participant.actor_id))

    assert response.status_code == 409, response.content[:300]
    text = response.content.decode()
    assert meeting.title in text or str(participant) in text, text
    assert Actor.objects.filter(pk=participant.actor_id).exists()
    assert contract.row_counts() == counts_before


def test_deleting_an_actor_that_is_a_party_answers_409_and_keeps_it(analyst_api):
    process = factories.ProcessFactory(title="Gaza ceasefire talks")
    party = factories.ActorFactory(name="Hamas")
    process.parties.add(party)
    counts_before = contract.row_counts()

    response = analyst_api.delete(detail_url("actors", party.pk))

    assert response.status_code == 409, response.content[:300]
    assert "Gaza ceasefire talks" in response.content.decode()
    assert Actor.objects.filter(pk=party.pk).exists()
    assert process.parties.filter(pk=party.pk).exists()
    assert contract.row_counts() == counts_before


def test_deleting_a_process_with_proposals_answers_409_naming_them(analyst_api):
    proposal = factories.ProposalFactory(title="The May 31 three-phase plan")
    counts_before = contract.row_counts()

    response = analyst_api.delete(detail_url("processes", proposal.process_id))

    assert response.status_code == 409, response.content[:300]
    assert "The May 31 three-phase plan" in response.content.decode()
    assert contract.row_counts() == counts_before


def test_deleting_a_cited_source_answers_409_and_keeps_it(analyst_api):
    statement = factories.StatementFactory()
    source = factories.SourceFactory(title="AFP, 10 June 2024")
    statement.sources.add(source)
    counts_before = contract.row_counts()

    response = analyst_api.delete(detail_url("sources", source.pk))

    assert response.status_code == 409, response.content[:300]
    assert statement.sources.filter(pk=source.pk).exists()
    assert contract.row_counts() == counts_before


def test_deleting_a_source_only_a_status_change_cites_answers_409(analyst_api):
    response = factories.ResponseFactory()
    source = factories.SourceFactory()
    response.change_status("countered", changed_on=datetime.date(2024, 6, 11), sources=[source])
    counts_before = contract.row_counts()

    answer = analyst_api.delete(detail_url("sources", source.pk))

    assert answer.status_code == 409, answer.content[:300]
    assert contract.row_counts() == counts_before
