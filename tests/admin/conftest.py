import pytest

from tests.factories import (
    EventFactory,
    MediatorFactory,
    MeetingFactory,
    ParticipantFactory,
    PositionFactory,
    ProvisionFactory,
    ResponseFactory,
    SourceFactory,
    StatementFactory,
    TripStopFactory,
)


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Hashing is not what these tests check, and the default hasher costs about a second per
    account on a busy machine."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def analyst_client(client, analyst, password):
    assert client.login(username=analyst.username, password=password)
    return client


@pytest.fixture
def viewer_client(client, viewer, password):
    assert client.login(username=viewer.username, password=password)
    return client


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
    MediatorFactory(process=meeting.process)
    return meeting


@pytest.fixture
def one_of_everything(db):
    return build_one_of_everything()
