"""Nothing an analyst entered disappears silently: a record others cite cannot be deleted, and the
parts a record owns go with it only when the record itself may go."""

import datetime

import pytest
from django.db.models import ProtectedError

from negotiations import models
from tests import factories

pytestmark = pytest.mark.django_db


def cite_actor_as_person(actor):
    actor.kind = models.Actor.Kind.PERSON
    actor.save()
    return factories.PositionFactory(person=actor)


def add_to_m2m(field):
    def cite(target):
        citing = CITING_FACTORIES[field]()
        getattr(citing, field.split(".")[1]).add(target)
        return citing

    return cite


CITING_FACTORIES = {
    "NegotiationProcess.parties": factories.ProcessFactory,
    "Proposal.authors": factories.ProposalFactory,
    "Event.actors": factories.EventFactory,
    "Meeting.proposals": factories.MeetingFactory,
    "Position.sources": factories.PositionFactory,
    "Proposal.sources": factories.ProposalFactory,
    "Response.sources": factories.ResponseFactory,
    "Trip.sources": factories.TripFactory,
    "Meeting.sources": factories.MeetingFactory,
    "Statement.sources": factories.StatementFactory,
    "Event.sources": factories.EventFactory,
}


def cite_source_in_status_change(source):
    response = factories.ResponseFactory()
    return response.change_status(
        models.Response.Status.COUNTERED, changed_on=datetime.date(2024, 6, 11), sources=[source]
    )


# (cited record's factory, how another record cites it) for every way a record is cited.
CITATIONS = {
    # Foreign keys declared PROTECT.
    "actor as position holder": (factories.PersonFactory, cite_actor_as_person),
    "actor as organisation": (
        factories.ActorFactory,
        lambda actor: factories.PositionFactory(organization=actor),
    ),
    "actor as parent": (factories.ActorFactory, lambda actor: factories.ActorFactory(parent=actor)),
    "actor as mediator": (
        factories.ActorFactory,
        lambda actor: factories.MediatorFactory(actor=actor),
    ),
    "actor as announcer": (
        factories.ActorFactory,
        lambda actor: factories.ProposalFactory(announced_by=actor),
    ),
    "actor as respondent": (
        factories.ActorFactory,
        lambda actor: factories.ResponseFactory(respondent=actor),
    ),
    "actor as traveller": (
        factories.PersonFactory,
        lambda actor: factories.TripFactory(traveller=actor),
    ),
    "actor as participant": (
        factories.ActorFactory,
        lambda actor: factories.ParticipantFactory(actor=actor),
    ),
    "actor as speaker": (
        factories.PersonFactory,
        lambda actor: factories.StatementFactory(speaker=actor),
    ),
    "location of a trip stop": (
        factories.LocationFactory,
        lambda location: factories.TripStopFactory(location=location),
    ),
    "location of a meeting": (
        factories.LocationFactory,
        lambda location: factories.MeetingFactory(location=location),
    ),
    "location of an event": (
        factories.LocationFactory,
        lambda location: factories.EventFactory(location=location),
    ),
    "process of a proposal": (
        factories.ProcessFactory,
        lambda process: factories.ProposalFactory(process=process),
    ),
    "process of a mediator": (
        factories.ProcessFactory,
        lambda process: factories.MediatorFactory(process=process),
    ),
    "process of a meeting": (
        factories.ProcessFactory,
        lambda process: factories.MeetingFactory(process=process),
    ),
    "process of a statement": (
        factories.ProcessFactory,
        lambda process: factories.StatementFactory(process=process),
    ),
    "process of an event": (
        factories.ProcessFactory,
        lambda process: factories.EventFactory(process=process),
    ),
    "proposal answered": (
        factories.ProposalFactory,
        lambda proposal: factories.ResponseFactory(proposal=proposal),
    ),
    "proposal as counter-proposal": (
        factories.ProposalFactory,
        lambda proposal: factories.ResponseFactory(counter_proposal=proposal),
    ),
    "proposal superseded": (
        factories.ProposalFactory,
        lambda proposal: factories.ProposalFactory(supersedes=proposal),
    ),
    "proposal quoted": (
        factories.ProposalFactory,
        lambda proposal: factories.StatementFactory(proposal=proposal),
    ),
    "trip of a meeting": (factories.TripFactory, lambda trip: factories.MeetingFactory(trip=trip)),
    # Many-to-many links, which Django would silently drop.
    "actor as party": (factories.ActorFactory, add_to_m2m("NegotiationProcess.parties")),
    "actor as author": (factories.ActorFactory, add_to_m2m("Proposal.authors")),
    "actor in an event": (factories.ActorFactory, add_to_m2m("Event.actors")),
    "proposal discussed in a meeting": (
        factories.ProposalFactory,
        add_to_m2m("Meeting.proposals"),
    ),
    "source of a position": (factories.SourceFactory, add_to_m2m("Position.sources")),
    "source of a proposal": (factories.SourceFactory, add_to_m2m("Proposal.sources")),
    "source of a response": (factories.SourceFactory, add_to_m2m("Response.sources")),
    "source of a trip": (factories.SourceFactory, add_to_m2m("Trip.sources")),
    "source of a meeting": (factories.SourceFactory, add_to_m2m("Meeting.sources")),
    "source of a statement": (factories.SourceFactory, add_to_m2m("Statement.sources")),
    "source of an event": (factories.SourceFactory, add_to_m2m("Event.sources")),
    "source of a status change": (factories.SourceFactory, cite_source_in_status_change),
}


def row_counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            models.Actor,
            models.Location,
            models.NegotiationProcess,
            models.Proposal,
            models.Response,
            models.Source,
            models.Trip,
            models.Meeting,
            models.Participant,
            models.TripStop,
            models.Phase,
            models.ResponseStatusChange,
        )
    }


@pytest.mark.parametrize(("make_cited", "cite"), CITATIONS.values(), ids=CITATIONS.keys())
def test_deleting_a_cited_record_is_refused_and_deletes_nothing(make_cited, cite):
    cited = make_cited()
    citing = cite(cited)
    counts_before = row_counts()

    with pytest.raises(ProtectedError):
        cited.delete()

    assert type(cited).objects.filter(pk=cited.pk).exists()
    assert type(citing).objects.filter(pk=citing.pk).exists()
    assert row_counts() == counts_before


@pytest.mark.parametrize(("make_cited", "cite"), CITATIONS.values(), ids=CITATIONS.keys())
def test_deleting_a_cited_record_through_a_queryset_is_refused_too(make_cited, cite):
    cited = make_cited()
    cite(cited)

    with pytest.raises(ProtectedError):
        type(cited).objects.filter(pk=cited.pk).delete()

    assert type(cited).objects.filter(pk=cited.pk).exists()


def test_the_refusal_names_the_record_that_cites_through_a_many_to_many_link():
    source = factories.SourceFactory(title="AFP, 10 June 2024")
    meeting = factories.MeetingFactory(title="Blinken meets al-Sisi in Cairo")
    meeting.sources.add(source)

    with pytest.raises(ProtectedError) as refusal:
        source.delete()

    assert "AFP, 10 June 2024" in str(refusal.value)
    assert "Blinken meets al-Sisi in Cairo" in str(refusal.value)
    assert refusal.value.protected_objects == {meeting}
    assert list(meeting.sources.all()) == [source]


@pytest.mark.parametrize(
    "factory",
    [
        factories.ActorFactory,
        factories.LocationFactory,
        factories.ProcessFactory,
        factories.ProposalFactory,
        factories.SourceFactory,
        factories.TripFactory,
    ],
    ids=lambda factory: factory._meta.model.__name__,
)
def test_a_record_nobody_cites_can_be_deleted(factory):
    record = factory()

    record.delete()

    assert not type(record).objects.filter(pk=record.pk).exists()


class TestOwnedParts:
    @pytest.fixture
    def proposal_with_parts(self):
        proposal = factories.ProposalFactory()
        phase = factories.PhaseFactory(proposal=proposal, number=1)
        factories.ProvisionFactory(phase=phase)
        factories.ProvisionFactory(phase=phase, topic=models.Provision.Topic.HOSTAGES)
        proposal.change_status(
            models.Proposal.Status.UNDER_NEGOTIATION, changed_on=datetime.date(2024, 6, 1)
        )
        return proposal

    def proposal_parts(self, proposal_id):
        return (
            models.Phase.objects.filter(proposal_id=proposal_id).count(),
            models.Provision.objects.filter(phase__proposal_id=proposal_id).count(),
            models.ProposalStatusChange.objects.filter(proposal_id=proposal_id).count(),
        )

    def test_deleting_a_proposal_deletes_its_phases_provisions_and_status_log(
        self, proposal_with_parts
    ):
        proposal_id = proposal_with_parts.pk
        assert self.proposal_parts(proposal_id) == (1, 2, 2)

        proposal_with_parts.delete()

        assert self.proposal_parts(proposal_id) == (0, 0, 0)
        assert models.Phase.objects.count() == 0

    def test_a_proposal_with_a_response_keeps_its_parts(self, proposal_with_parts):
        factories.ResponseFactory(proposal=proposal_with_parts)

        with pytest.raises(ProtectedError):
            proposal_with_parts.delete()

        assert self.proposal_parts(proposal_with_parts.pk) == (1, 2, 2)

    def test_a_proposal_discussed_in_a_meeting_keeps_its_parts(self, proposal_with_parts):
        factories.MeetingFactory().proposals.add(proposal_with_parts)

        with pytest.raises(ProtectedError):
            proposal_with_parts.delete()

        assert self.proposal_parts(proposal_with_parts.pk) == (1, 2, 2)

    def test_deleting_a_meeting_deletes_its_participants_but_not_the_actors(self):
        participant = factories.ParticipantFactory()
        meeting, actor = participant.meeting, participant.actor

        meeting.delete()

        assert not models.Participant.objects.filter(pk=participant.pk).exists()
        assert models.Actor.objects.filter(pk=actor.pk).exists()

    def test_deleting_a_trip_deletes_its_stops_but_not_the_places(self):
        stop = factories.TripStopFactory()

        stop.trip.delete()

        assert not models.TripStop.objects.filter(pk=stop.pk).exists()
        assert models.Location.objects.filter(pk=stop.location_id).exists()

    def test_a_trip_with_a_meeting_keeps_its_stops(self):
        stop = factories.TripStopFactory()
        factories.MeetingFactory(trip=stop.trip)

        with pytest.raises(ProtectedError):
            stop.trip.delete()

        assert models.TripStop.objects.filter(pk=stop.pk).exists()

    def test_deleting_a_response_deletes_its_status_log(self):
        response = factories.ResponseFactory()
        response.change_status(
            models.Response.Status.REJECTED, changed_on=datetime.date(2024, 6, 11)
        )

        response.delete()

        assert models.ResponseStatusChange.objects.count() == 0
        assert models.Proposal.objects.filter(pk=response.proposal_id).exists()

    def test_a_process_with_a_proposal_keeps_its_status_log(self):
        proposal = factories.ProposalFactory()
        process = proposal.process

        with pytest.raises(ProtectedError):
            process.delete()

        assert models.ProcessStatusChange.objects.filter(process=process).count() == 1

    def test_deleting_a_process_nobody_cites_deletes_its_status_log(self):
        process = factories.ProcessFactory()
        process.change_status(
            models.NegotiationProcess.Status.STALLED, changed_on=datetime.date(2024, 6, 1)
        )

        process.delete()

        assert models.ProcessStatusChange.objects.count() == 0

    def test_deleting_a_meeting_keeps_the_sources_and_proposals_it_cited(self):
        meeting = factories.MeetingFactory()
        source, proposal = factories.SourceFactory(), factories.ProposalFactory()
        meeting.sources.add(source)
        meeting.proposals.add(proposal)

        meeting.delete()

        assert models.Source.objects.filter(pk=source.pk).exists()
        assert models.Proposal.objects.filter(pk=proposal.pk).exists()
