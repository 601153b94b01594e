import pytest

from tests.factories import (
    EventFactory,
    IntakeFactory,
    MediatorFactory,
    MeetingFactory,
    ParticipantFactory,
    PartyFactory,
    PositionFactory,
    ProvisionFactory,
    ResponseFactory,
    SourceFactory,
    StatementFactory,
    TripStopFactory,
)


def build_one_of_everything():
    """A small negotiation touching every model, so every list and change page has a row."""
    meeting = MeetingFactory()
    ParticipantFactory(meeting=meeting)
    meeting.sources.add(SourceFactory())
    provision = ProvisionFactory()
    response = ResponseFactory(proposal=provision.phase.proposal)
    response.change_status("countered", changed_on=response.requested_on)
    meeting.proposals.add(response.proposal)
    TripStopFactory()
    StatementFactory()
    EventFactory()
    PositionFactory()
    IntakeFactory()
    MediatorFactory(process=meeting.process)
    PartyFactory(process=meeting.process)
    return meeting


@pytest.fixture
def one_of_everything(db):
    return build_one_of_everything()
