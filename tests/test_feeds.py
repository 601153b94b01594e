"""Feeds: the account's feed key (API and account page), Atom feeds of changes read back with
feedparser, and the iCalendar feed of meetings and planned trip stops read back with icalendar."""

import datetime

import feedparser
import icalendar
import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from accounts.models import FeedKey
from negotiations.models import Proposal, TripStop
from tests.factories import (
    ActorFactory,
    MeetingFactory,
    ParticipantFactory,
    PersonFactory,
    ProcessFactory,
    ProposalFactory,
    StatementFactory,
    TripFactory,
    TripStopFactory,
    UserFactory,
)

FEED_KEY_API = "/api/v1/auth/feed-key/"


@pytest.fixture
def key(viewer):
    return FeedKey.of(viewer).key


@pytest.fixture
def talks(db):
    """A process with a proposal that changed status twice (one change retracted), a meeting,
    a statement; and another process with a meeting of its own."""
    process = ProcessFactory(title="Gaza ceasefire talks", slug="gaza")
    mediator = ActorFactory(name="Qatar", slug="qatar")
    proposal = ProposalFactory(
        process=process, title="May 31 plan", slug="may-31", announced_on=datetime.date(2024, 5, 31)
    )
    proposal.change_status(Proposal.Status.UNDER_NEGOTIATION, changed_on=datetime.date(2024, 6, 3))
    mistaken = proposal.change_status(
        Proposal.Status.REJECTED, changed_on=datetime.date(2024, 6, 5)
    )
    proposal.retract_status_change(mistaken, reason="Misreported.")
    meeting = MeetingFactory(process=process, title="Doha round", date=datetime.date(2024, 6, 10))
    ParticipantFactory(meeting=meeting, actor=mediator)
    StatementFactory(
        process=process, proposal=proposal, date=datetime.date(2024, 6, 11), text="=1+1 soon"
    )
    other = ProcessFactory(title="Lebanon border talks", slug="lebanon")
    MeetingFactory(process=other, title="Naqoura meeting", date=datetime.date(2024, 6, 12))
    return process


def parse_atom(response):
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def titles(feed) -> list[str]:
    return [entry.title for entry in feed.entries]


# The key


def test_the_api_shows_the_key_and_the_feed_addresses_that_carry_it(viewer, viewer_api):
    client = viewer_api

    shown = client.get(FEED_KEY_API).json()

    assert shown["key"] == FeedKey.objects.get(user=viewer).key
    assert shown["changes"].endswith(f"/feeds/changes.atom?key={shown['key']}")
    assert shown["meetings"].endswith(f"/feeds/meetings.ics?key={shown['key']}")
    assert client.get(FEED_KEY_API).json()["key"] == shown["key"]


def test_replacing_the_key_ends_the_old_one_at_once(viewer_api, talks):
    client = viewer_api
    old = client.get(FEED_KEY_API).json()["key"]

    replaced = client.post(FEED_KEY_API)
    new = replaced.json()["key"]

    assert replaced.status_code == 200
    assert new != old
    assert client.get("/feeds/changes.atom", {"key": old}).status_code == 404
    parse_atom(client.get("/feeds/changes.atom", {"key": new}))
    assert client.get("/feeds/meetings.ics", {"key": old}).status_code == 404


def test_an_anonymous_caller_has_no_feed_key(db, settings):
    settings.PUBLIC_READ = True

    response = APIClient().get(FEED_KEY_API)

    assert response.status_code == 401
    assert not FeedKey.objects.exists()


def test_the_account_page_shows_and_replaces_the_key(client, viewer):
    client.force_login(viewer)

    page = client.get(reverse("accounts:account"))
    key = FeedKey.objects.get(user=viewer).key
    replaced = client.post(reverse("accounts:account"), follow=True)
    new_key = FeedKey.objects.get(user=viewer).key

    assert page.status_code == 200
    assert f"/feeds/changes.atom?key={key}" in page.content.decode()
    assert new_key != key
    assert f"/feeds/changes.atom?key={new_key}" in replaced.content.decode()
    assert key not in replaced.content.decode()


def test_the_account_page_needs_a_sign_in(client, db):
    response = client.get(reverse("accounts:account"))

    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_an_account_without_a_role_gets_no_key_on_its_page(client, outsider):
    client.force_login(outsider)

    page = client.get(reverse("accounts:account"))
    client.post(reverse("accounts:account"))

    assert page.status_code == 200
    assert "no role" in page.content.decode()
    assert not FeedKey.objects.exists()


# Who may read a feed


@pytest.mark.parametrize(
    "address",
    [
        "/feeds/changes.atom",
        "/feeds/processes/gaza.atom",
        "/feeds/proposals/may-31.atom",
        "/feeds/actors/qatar.atom",
        "/feeds/meetings.ics",
    ],
)
def test_a_missing_or_unknown_key_is_a_404(client, talks, address):
    assert client.get(address).status_code == 404
    assert client.get(address, {"key": "not-a-key"}).status_code == 404


def test_a_key_whose_owner_may_no_longer_read_is_a_404(client, talks):
    reader = UserFactory(role="viewer")
    key = FeedKey.of(reader).key
    reader.is_active = False
    reader.save(update_fields=["is_active"])

    assert client.get("/feeds/changes.atom", {"key": key}).status_code == 404


def test_a_key_of_an_account_without_a_role_is_a_404(client, outsider, talks):
    key = FeedKey.of(outsider).key

    assert client.get("/feeds/changes.atom", {"key": key}).status_code == 404


def test_an_unknown_record_is_a_404(client, key, talks):
    assert client.get("/feeds/processes/nowhere.atom", {"key": key}).status_code == 404
    assert client.get("/feeds/meetings.ics", {"key": key, "actor": "nobody"}).status_code == 404


# Atom


def test_the_changes_feed_holds_live_status_changes_proposals_meetings_statements(
    client, key, talks
):
    feed = parse_atom(client.get("/feeds/changes.atom", {"key": key}))

    assert "May 31 plan: Under negotiation" in titles(feed)
    assert not any("Rejected" in title for title in titles(feed))
    assert "New proposal: May 31 plan" in titles(feed)
    assert "Meeting: Doha round" in titles(feed)
    assert "Meeting: Naqoura meeting" in titles(feed)
    assert any(title.startswith("Statement by") for title in titles(feed))
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)
    assert all(entry.link.startswith("http://testserver/") for entry in feed.entries)


def test_the_changes_feed_is_newest_first(client, key, talks):
    feed = parse_atom(client.get("/feeds/changes.atom", {"key": key}))

    published = [entry.published_parsed for entry in feed.entries]
    assert published == sorted(published, reverse=True)
    assert feed.entries[0].title == "Meeting: Naqoura meeting"


def test_a_process_feed_holds_only_that_process(client, key, talks):
    feed = parse_atom(client.get("/feeds/processes/gaza.atom", {"key": key}))

    assert feed.feed.title == "Negotiation tracker: Gaza ceasefire talks"
    assert "Meeting: Doha round" in titles(feed)
    assert "Meeting: Naqoura meeting" not in titles(feed)
    assert "May 31 plan: Under negotiation" in titles(feed)


def test_a_proposal_feed_holds_its_status_changes_meetings_and_statements(client, key, talks):
    proposal = Proposal.objects.get(slug="may-31")
    MeetingFactory(process=talks, title="Cairo round").proposals.add(proposal)

    feed = parse_atom(client.get("/feeds/proposals/may-31.atom", {"key": key}))

    assert "May 31 plan: Under negotiation" in titles(feed)
    assert "Meeting: Cairo round" in titles(feed)
    assert "Meeting: Doha round" not in titles(feed)
    statements = [entry for entry in feed.entries if entry.title.startswith("Statement by")]
    assert statements[0].summary == "=1+1 soon"


def test_an_actor_feed_holds_the_meetings_it_took_part_in(client, key, talks):
    feed = parse_atom(client.get("/feeds/actors/qatar.atom", {"key": key}))

    assert titles(feed) == ["Meeting: Doha round"]


# iCalendar


def parse_calendar(response) -> icalendar.Calendar:
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def events(calendar) -> dict[str, icalendar.Event]:
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def tour(talks):
    blinken = PersonFactory(name="Antony Blinken", slug="antony-blinken")
    trip = TripFactory(
        traveller=blinken, start=datetime.date(2024, 6, 10), end=datetime.date(2024, 6, 12)
    )
    TripStopFactory(trip=trip, order=1, date=datetime.date(2024, 6, 10), location__name="Cairo")
    TripStopFactory(trip=trip, order=2, date=datetime.date(2024, 6, 12), location__name="Doha")
    TripStopFactory(
        trip=trip,
        order=3,
        date=datetime.date(2024, 6, 11),
        location__name="Amman",
        status=TripStop.Status.CANCELLED,
    )
    meeting = MeetingFactory(
        process=talks, title="Blinken in Cairo", date=datetime.date(2024, 6, 10), trip=trip
    )
    ParticipantFactory(meeting=meeting, actor=blinken)
    return trip


def test_the_calendar_holds_every_meeting_and_the_planned_trip_stops(client, key, tour):
    calendar = parse_calendar(client.get("/feeds/meetings.ics", {"key": key}))
    found = events(calendar)

    assert {"Doha round", "Naqoura meeting", "Blinken in Cairo"} <= set(found)
    assert "Antony Blinken in Doha (planned)" in found
    assert "Antony Blinken in Cairo (planned)" in found
    assert not any("Amman" in summary for summary in found)
    doha = found["Doha round"]
    assert doha.decoded("dtstart") == datetime.date(2024, 6, 10)
    assert doha.decoded("dtend") == datetime.date(2024, 6, 11)
    assert len({str(event["uid"]) for event in found.values()}) == len(found)


def test_the_calendar_of_a_process_holds_its_meetings_and_its_trips_stops(client, key, tour):
    found = events(
        parse_calendar(client.get("/feeds/meetings.ics", {"key": key, "process": "gaza"}))
    )

    assert "Doha round" in found and "Blinken in Cairo" in found
    assert "Naqoura meeting" not in found
    assert "Antony Blinken in Doha (planned)" in found


def test_the_calendar_of_an_actor_holds_its_meetings_and_its_own_trips(client, key, tour):
    found = events(
        parse_calendar(client.get("/feeds/meetings.ics", {"key": key, "actor": "antony-blinken"}))
    )

    assert set(found) == {
        "Blinken in Cairo",
        "Antony Blinken in Cairo (planned)",
        "Antony Blinken in Doha (planned)",
    }
