"""Deleting a record that others point at is refused, naming what points at it."""

from negotiations.models import Actor, Meeting, Proposal, Source
from tests.admin.pages import admin_url
from tests.factories import (
    ActorFactory,
    MeetingFactory,
    ParticipantFactory,
    ProcessFactory,
    ProposalFactory,
    SourceFactory,
)


def confirm_delete(client, record):
    return client.post(admin_url(type(record), "delete", record.pk), {"post": "yes"})


def bulk_delete(client, model, *records):
    return client.post(
        admin_url(model, "changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [str(record.pk) for record in records],
            "post": "yes",
        },
    )


def test_an_actor_a_meeting_participant_names_is_not_deleted(analyst_client):
    sisi = ActorFactory(name="Abdel Fattah al-Sisi")
    ParticipantFactory(actor=sisi, meeting=MeetingFactory(title="Cairo meeting"))

    page = confirm_delete(analyst_client, sisi)

    assert page.status_code == 200
    content = page.content.decode()
    assert "protected related objects" in content
    assert "Abdel Fattah al-Sisi (Attendee)" in content
    assert Actor.objects.filter(pk=sisi.pk).exists()


def test_an_actor_a_process_names_as_party_is_not_deleted(analyst_client):
    hamas = ActorFactory(name="Hamas")
    process = ProcessFactory(title="Gaza ceasefire talks")
    process.parties.add(hamas)

    page = confirm_delete(analyst_client, hamas)

    assert page.status_code == 200
    content = page.content.decode()
    assert "Negotiation process: <a" in content
    assert "Gaza ceasefire talks" in content
    assert (
        "Actor “Hamas” cannot be deleted: it is cited by negotiation process "
        "“Gaza ceasefire talks”." in page.content.decode()
    )
    assert Actor.objects.filter(pk=hamas.pk).exists()
    assert list(process.parties.all()) == [hamas]


def test_a_source_a_meeting_cites_is_not_deleted(analyst_client):
    article = SourceFactory(title="AFP, 10 June 2024")
    meeting = MeetingFactory(title="Blinken in Cairo")
    meeting.sources.add(article)

    page = confirm_delete(analyst_client, article)

    assert page.status_code == 200
    assert "Meeting: <a" in page.content.decode()
    assert "Blinken in Cairo" in page.content.decode()
    assert list(meeting.sources.all()) == [article]


def test_the_bulk_delete_action_refuses_cited_records_and_deletes_nothing(analyst_client):
    cited, uncited = SourceFactory(title="Cited"), SourceFactory(title="Uncited")
    MeetingFactory(title="Doha round").sources.add(cited)

    page = bulk_delete(analyst_client, Source, cited, uncited)

    assert page.status_code == 200
    assert "Doha round" in page.content.decode()
    assert Source.objects.count() == 2


def test_the_bulk_delete_action_refuses_actors_cited_by_foreign_key_or_as_party(analyst_client):
    participant = ActorFactory(name="Participant")
    ParticipantFactory(actor=participant, meeting=MeetingFactory(title="Amman meeting"))
    party = ActorFactory(name="Party")
    ProcessFactory(title="Rafah track").parties.add(party)

    page = bulk_delete(analyst_client, Actor, participant, party)

    assert page.status_code == 200
    content = page.content.decode()
    assert "Participant (Attendee)" in content
    assert "Rafah track" in content
    assert Actor.objects.count() == 2


def test_records_nobody_cites_are_deleted(analyst_client):
    lone_actor, lone_source = ActorFactory(), SourceFactory()

    assert confirm_delete(analyst_client, lone_actor).status_code == 302
    assert bulk_delete(analyst_client, Source, lone_source).status_code == 302

    assert not Actor.objects.filter(pk=lone_actor.pk).exists()
    assert not Source.objects.exists()


def test_a_proposal_nobody_cites_is_deleted_with_its_status_log(analyst_client):
    proposal = ProposalFactory()

    page = confirm_delete(analyst_client, proposal)

    assert page.status_code == 302
    assert not Proposal.objects.filter(pk=proposal.pk).exists()
    assert proposal.history.filter(history_type="-").exists()


def test_a_proposal_discussed_at_a_meeting_is_not_deleted(analyst_client):
    proposal = ProposalFactory(title="May 31 plan")
    MeetingFactory(title="Jerusalem meeting").proposals.add(proposal)

    page = confirm_delete(analyst_client, proposal)

    assert page.status_code == 200
    assert "Jerusalem meeting" in page.content.decode()
    assert Meeting.objects.get().proposals.get() == proposal
