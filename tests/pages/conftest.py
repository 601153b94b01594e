"""The worked example (the AFP article of 2024-06-10) built from factories, for the page tests."""

import datetime
from types import SimpleNamespace

import pytest

from negotiations.models import Actor, Meeting, Participant, Provision, TripStop
from tests.factories import (
    ActorFactory,
    EventFactory,
    LocationFactory,
    MediatorFactory,
    MeetingFactory,
    ParticipantFactory,
    PersonFactory,
    PhaseFactory,
    PositionFactory,
    ProcessFactory,
    ProposalFactory,
    ProvisionFactory,
    ResponseFactory,
    SourceFactory,
    StatementFactory,
    TripFactory,
    TripStopFactory,
)

JUNE_10 = datetime.date(2024, 6, 10)


@pytest.fixture
def gaza(db):
    """The process, the May 31 plan, Hamas's pending response, the Cairo and Jerusalem meetings,
    Blinken's trip, two quotes and two events, all cited to the article."""
    article = SourceFactory(
        title="Blinken in Israel to push Gaza truce plan",
        publisher="AFP",
        published_on=JUNE_10,
        excerpt="Hamas has not formally responded to the plan.",
    )
    states = {
        name: ActorFactory(name=name, slug=slug, country=country)
        for name, slug, country in [
            ("United States", "united-states", "US"),
            ("Egypt", "egypt", "EG"),
            ("Israel", "israel", "IL"),
            ("Qatar", "qatar", "QA"),
            ("Jordan", "jordan", "JO"),
        ]
    }
    hamas = ActorFactory(
        name="Hamas",
        slug="hamas",
        kind=Actor.Kind.ARMED_GROUP,
        aliases=["Islamic Resistance Movement"],
    )
    blinken = PersonFactory(name="Antony Blinken", slug="antony-blinken")
    biden = PersonFactory(name="Joe Biden", slug="joe-biden")
    sisi = PersonFactory(name="Abdel Fattah al-Sisi", slug="abdel-fattah-al-sisi")
    netanyahu = PersonFactory(name="Benjamin Netanyahu", slug="benjamin-netanyahu")
    PositionFactory(
        person=blinken, organization=states["United States"], title="Secretary of State"
    ).sources.add(article)

    process = ProcessFactory(
        title="Gaza ceasefire and hostage-release negotiations",
        slug="gaza-ceasefire",
        started_on=datetime.date(2023, 10, 7),
    )
    process.parties.add(states["Israel"], hamas)
    for name in ("Egypt", "Qatar", "United States"):
        MediatorFactory(process=process, actor=states[name], since=datetime.date(2023, 10, 7))

    proposal = ProposalFactory(
        process=process,
        title="May 31 three-phase ceasefire and hostage-release plan",
        short_name="May 31 plan",
        slug="may-31-plan",
        announced_on=datetime.date(2024, 5, 31),
        announced_by=biden,
    )
    proposal.sources.add(article)
    phase_one = PhaseFactory(proposal=proposal, number=1, title="Initial truce", duration_days=42)
    ProvisionFactory(
        phase=phase_one,
        topic=Provision.Topic.WITHDRAWAL,
        text="Israel withdraws from Gaza population centres.",
    )
    ProvisionFactory(phase=phase_one, topic=Provision.Topic.HOSTAGES, text="Hamas frees hostages.")
    PhaseFactory(
        proposal=proposal, number=2, title="Permanent end of hostilities", duration_days=42
    )
    hamas_response = ResponseFactory(proposal=proposal, respondent=hamas)
    hamas_response.sources.add(article)

    cairo = LocationFactory(name="Cairo", country="EG")
    jerusalem = LocationFactory(name="Jerusalem", country="IL")
    amman = LocationFactory(name="Amman", country="JO")
    doha = LocationFactory(name="Doha", country="QA")
    trip = TripFactory(
        traveller=blinken,
        title="Blinken's eighth regional tour",
        ordinal=8,
        start=JUNE_10,
        end=datetime.date(2024, 6, 12),
    )
    for order, (place, day) in enumerate(
        [(cairo, 10), (jerusalem, 10), (amman, 11), (doha, 12)], start=1
    ):
        TripStopFactory(
            trip=trip,
            order=order,
            location=place,
            date=datetime.date(2024, 6, day),
            status=TripStop.Status.DONE if day == 10 else TripStop.Status.PLANNED,
        )

    cairo_meeting = MeetingFactory(
        process=process,
        title="Blinken meets al-Sisi in Cairo",
        date=JUNE_10,
        location=cairo,
        closed_door=True,
        trip=trip,
        kind=Meeting.Kind.BILATERAL,
    )
    cairo_meeting.proposals.add(proposal)
    cairo_meeting.sources.add(article)
    ParticipantFactory(meeting=cairo_meeting, actor=blinken, role=Participant.Role.GUEST)
    ParticipantFactory(meeting=cairo_meeting, actor=sisi, role=Participant.Role.HOST)
    jerusalem_meeting = MeetingFactory(
        process=process,
        title="Blinken meets Netanyahu in Jerusalem",
        date=JUNE_10,
        location=jerusalem,
        trip=trip,
    )
    jerusalem_meeting.proposals.add(proposal)
    ParticipantFactory(meeting=jerusalem_meeting, actor=blinken, role=Participant.Role.GUEST)
    ParticipantFactory(meeting=jerusalem_meeting, actor=netanyahu, role=Participant.Role.HOST)

    quote = StatementFactory(
        speaker=blinken,
        date=JUNE_10,
        text="If you want a ceasefire, press Hamas to say yes.",
        audience="reporters in Cairo",
        process=process,
        proposal=proposal,
    )
    quote.sources.add(article)
    rafah = EventFactory(
        process=process,
        title="Israeli troops seize the Palestinian side of the Rafah crossing",
        date=datetime.date(2024, 5, 7),
        date_precision="month",
    )
    rafah.sources.add(article)
    war = EventFactory(
        process=process,
        title="War breaks out",
        kind="military",
        date=datetime.date(2023, 10, 7),
        date_precision="month",
    )
    return SimpleNamespace(
        article=article,
        hamas=hamas,
        blinken=blinken,
        biden=biden,
        process=process,
        proposal=proposal,
        hamas_response=hamas_response,
        trip=trip,
        cairo=cairo,
        cairo_meeting=cairo_meeting,
        jerusalem_meeting=jerusalem_meeting,
        quote=quote,
        rafah=rafah,
        war=war,
        **states,
    )


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client


@pytest.fixture
def analyst_client(client, analyst):
    client.force_login(analyst)
    return client
