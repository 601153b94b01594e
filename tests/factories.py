"""Factories for every record, shared by all tests."""

import datetime
from decimal import Decimal

import factory
from django.contrib.auth.hashers import make_password
from rest_framework.test import APIClient

from accounts.models import ApiToken, User
from negotiations import models

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.LazyFunction(lambda: make_password(PASSWORD))

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if create and extracted:
            user.set_role(extracted)


def token_client(user) -> APIClient:
    """An API client that sends `Authorization: Token <key>` with a token just issued to `user`,
    as api.md tells a script to authenticate: the token lookup runs on every request."""
    _, key = ApiToken.issue(user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Source

    title = factory.Sequence(lambda n: f"Report {n}")
    url = factory.Sequence(lambda n: f"https://news.example.org/report-{n}")
    publisher = "Example News"
    published_on = datetime.date(2024, 6, 10)
    language = "en"
    reliability = "B"
    credibility = "2"


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Actor

    name = factory.Sequence(lambda n: f"Actor {n}")
    kind = models.Actor.Kind.STATE


class PersonFactory(ActorFactory):
    name = factory.Sequence(lambda n: f"Person {n}")
    kind = models.Actor.Kind.PERSON


class PositionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Position

    person = factory.SubFactory(PersonFactory)
    organization = factory.SubFactory(ActorFactory)
    title = "Minister"
    start = datetime.date(2021, 1, 26)


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Location

    name = factory.Sequence(lambda n: f"City {n}")
    kind = models.Location.Kind.CITY
    country = "EG"
    latitude = Decimal("30.04440")
    longitude = Decimal("31.23570")


class StatusLoggedFactory(factory.django.DjangoModelFactory):
    """Records with a status log are created with its opening entry, as the app creates them."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        record = model_class(*args, **kwargs)
        record.save_with_opening_entry()
        return record


class ProcessFactory(StatusLoggedFactory):
    class Meta:
        model = models.NegotiationProcess

    title = factory.Sequence(lambda n: f"Negotiation {n}")
    started_on = datetime.date(2023, 10, 7)


class MediatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Mediator

    process = factory.SubFactory(ProcessFactory)
    actor = factory.SubFactory(ActorFactory)
    role = models.Mediator.Role.MEDIATOR


class PartyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Party

    process = factory.SubFactory(ProcessFactory)
    actor = factory.SubFactory(ActorFactory)


class ProposalFactory(StatusLoggedFactory):
    class Meta:
        model = models.Proposal

    process = factory.SubFactory(ProcessFactory)
    title = factory.Sequence(lambda n: f"Proposal {n}")
    announced_on = datetime.date(2024, 5, 31)


class PhaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Phase

    proposal = factory.SubFactory(ProposalFactory)
    number = factory.Sequence(lambda n: n + 1)
    duration_days = 42


class ProvisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Provision

    phase = factory.SubFactory(PhaseFactory)
    topic = models.Provision.Topic.CEASEFIRE
    text = "Fighting halts."


class ResponseFactory(StatusLoggedFactory):
    class Meta:
        model = models.Response

    proposal = factory.SubFactory(ProposalFactory)
    respondent = factory.SubFactory(ActorFactory)


class TripFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Trip

    traveller = factory.SubFactory(PersonFactory)
    title = factory.Sequence(lambda n: f"Tour {n}")
    start = datetime.date(2024, 6, 10)
    end = datetime.date(2024, 6, 12)


class TripStopFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.TripStop

    trip = factory.SubFactory(TripFactory)
    order = factory.Sequence(lambda n: n + 1)
    location = factory.SubFactory(LocationFactory)
    date = datetime.date(2024, 6, 10)


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Meeting

    process = factory.SubFactory(ProcessFactory)
    title = factory.Sequence(lambda n: f"Meeting {n}")
    date = datetime.date(2024, 6, 10)
    location = factory.SubFactory(LocationFactory)


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Participant

    meeting = factory.SubFactory(MeetingFactory)
    actor = factory.SubFactory(ActorFactory)
    role = models.Participant.Role.ATTENDEE


class StatementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Statement

    speaker = factory.SubFactory(PersonFactory)
    date = datetime.date(2024, 6, 10)
    text = "Deal or no deal, it remains absolutely essential that we get more aid in."


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Event

    date = datetime.date(2024, 5, 7)
    kind = models.Event.Kind.BORDER_CROSSING
    title = factory.Sequence(lambda n: f"Event {n}")


class IntakeFactory(factory.django.DjangoModelFactory):
    """An article taken in, with the candidates given (none by default): tests build the
    candidates by hand (tests/intake/builders.py) rather than through the drafting engine."""

    class Meta:
        model = models.Intake

    source = factory.SubFactory(SourceFactory)
    text = "Hamas has not formally responded to the plan."
    language = "en"
    candidates = factory.LazyFunction(
        lambda: (
            {kind: [] for kind in ("actors", "quotes", "dates", "meetings", "events")}
            | {"status_signals": []}
        )
    )


class IntakeRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.IntakeRecord

    intake = factory.SubFactory(IntakeFactory)
    key = factory.Sequence(lambda n: f"actor-{n}")
    resource = "actors"
    object_id = factory.LazyFunction(lambda: ActorFactory().pk)
