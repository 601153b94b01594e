"""Parties on the process's admin page; mediator roles citing sources; a statement's meeting; and
edits of a part on its own admin page reaching the whole's trail and the changes feed."""

import datetime

import pytest
from django.utils import timezone

from negotiations.models import (
    Mediator,
    Meeting,
    NegotiationProcess,
    Participant,
    Party,
    Phase,
    Provision,
    Statement,
)
from tests.admin.pages import admin_url, submitted_form
from tests.factories import (
    ActorFactory,
    MediatorFactory,
    MeetingFactory,
    ParticipantFactory,
    PartyFactory,
    ProcessFactory,
    ProvisionFactory,
    SourceFactory,
    StatementFactory,
)

pytestmark = pytest.mark.django_db


def test_the_process_page_edits_parties_inline_with_side_period_and_sources(analyst_client):
    process = ProcessFactory()
    israel, article = ActorFactory(name="Israel"), SourceFactory()
    page = analyst_client.get(admin_url(NegotiationProcess, "change", process.pk))
    assert page.status_code == 200
    data = submitted_form(page)
    data.update(
        {
            "party_roles-TOTAL_FORMS": "1",
            "party_roles-0-actor": str(israel.pk),
            "party_roles-0-side": "Israel",
            "party_roles-0-since": "2023-10-07",
            "party_roles-0-sources": [str(article.pk)],
        }
    )

    response = analyst_client.post(admin_url(NegotiationProcess, "change", process.pk), data)

    assert response.status_code == 302, response.context and response.context.get("errors")
    party = Party.objects.get(process=process)
    assert (party.actor, party.side, party.since) == (israel, "Israel", datetime.date(2023, 10, 7))
    assert list(party.sources.all()) == [article]
    assert list(process.parties.all()) == [israel]


def test_a_party_period_ending_before_it_starts_is_refused_on_the_process_page(analyst_client):
    process = ProcessFactory()
    page = analyst_client.get(admin_url(NegotiationProcess, "change", process.pk))
    data = submitted_form(page)
    data.update(
        {
            "party_roles-TOTAL_FORMS": "1",
            "party_roles-0-actor": str(ActorFactory().pk),
            "party_roles-0-since": "2024-06-10",
            "party_roles-0-until": "2024-06-01",
        }
    )

    response = analyst_client.post(admin_url(NegotiationProcess, "change", process.pk), data)

    assert response.status_code == 200
    assert "A party&#x27;s period cannot end before it starts." in response.content.decode()
    assert not Party.objects.exists()


def test_the_party_list_marks_unsourced_rows(analyst_client):
    PartyFactory(side="Hamas")

    page = analyst_client.get(admin_url(Party, "changelist"))

    assert page.status_code == 200
    assert "Unsourced" in page.content.decode()


def test_a_mediator_role_cites_sources_on_its_admin_page(analyst_client):
    mediator = MediatorFactory()
    article = SourceFactory()
    page = analyst_client.get(admin_url(Mediator, "change", mediator.pk))
    data = submitted_form(page)
    data["sources"] = [str(article.pk)]

    response = analyst_client.post(admin_url(Mediator, "change", mediator.pk), data)

    assert response.status_code == 302
    assert list(mediator.sources.all()) == [article]
    latest = mediator.history.first()
    assert list(latest.sources.values_list("source_id", flat=True)) == [article.pk]


def test_a_statement_is_tied_to_its_meeting_with_an_autocomplete(analyst_client):
    statement, meeting = StatementFactory(), MeetingFactory()
    page = analyst_client.get(admin_url(Statement, "change", statement.pk))
    assert 'data-model-name="statement"' in page.content.decode()
    assert 'name="meeting"' in page.content.decode()
    data = submitted_form(page)
    data["meeting"] = str(meeting.pk)

    response = analyst_client.post(admin_url(Statement, "change", statement.pk), data)

    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.meeting == meeting


def test_a_role_edited_on_the_participants_own_page_is_an_update_of_the_meeting(
    analyst_client, analyst, analyst_api
):
    participant = ParticipantFactory(role="guest")
    meeting_before = Meeting.objects.get(pk=participant.meeting_id).updated_at
    since = timezone.now()
    page = analyst_client.get(admin_url(Participant, "change", participant.pk))
    data = submitted_form(page)
    data["role"] = "host"

    response = analyst_client.post(admin_url(Participant, "change", participant.pk), data)

    assert response.status_code == 302
    assert Meeting.objects.get(pk=participant.meeting_id).updated_at > meeting_before
    entries = analyst_api.get("/api/v1/changes/", {"since": since.isoformat()}).json()
    assert [(e["resource"], e["id"], e["fields"]) for e in entries["results"]] == [
        ("meetings", participant.meeting_id, ["participants"])
    ]
    assert entries["results"][0]["changed_by"] == {"id": analyst.pk, "name": analyst.username}


def test_a_provision_edited_on_its_phases_page_is_an_update_of_the_proposal(
    analyst_client, analyst_api
):
    provision = ProvisionFactory(text="Fighting halts.")
    phase = provision.phase
    since = timezone.now()
    page = analyst_client.get(admin_url(Phase, "change", phase.pk))
    data = submitted_form(page)
    data["provisions-0-text"] = "Fighting halts for six weeks."

    response = analyst_client.post(admin_url(Phase, "change", phase.pk), data)

    assert response.status_code == 302
    assert Provision.objects.get(pk=provision.pk).text == "Fighting halts for six weeks."
    entries = analyst_api.get("/api/v1/changes/", {"since": since.isoformat()}).json()
    assert [(e["resource"], e["id"], e["fields"]) for e in entries["results"]] == [
        ("proposals", phase.proposal_id, ["phases"])
    ]
    history = analyst_api.get(f"/api/v1/proposals/{phase.proposal_id}/history/").json()
    assert history["results"][-1]["fields"] == ["phases"]
