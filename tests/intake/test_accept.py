"""Accepting an intake's candidates: the records created, each citing the article; corrections;
all or nothing; and nothing created twice."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from negotiations.intake.accept import AcceptRefused
from negotiations.models import (
    Actor,
    Event,
    Intake,
    IntakeRecord,
    Meeting,
    Response,
    ResponseStatusChange,
    Source,
    Statement,
)
from tests.api.contract import row_counts
from tests.factories import PersonFactory, ResponseFactory
from tests.intake.builders import SEED_DATE, SEED_TEXT, intake_with, seed_candidates, seed_world

pytestmark = pytest.mark.django_db

ALL_RECORD_KEYS = [
    "actor-blinken",
    "actor-hamas",
    "actor-kamel",
    "quote-aid",
    "meeting-cairo",
    "event-war",
    "signal-hamas",
]


@pytest.fixture
def world(db):
    return seed_world()


@pytest.fixture
def intake(world, analyst):
    return intake_with(seed_candidates(world), user=analyst)


def test_taking_an_article_in_creates_only_its_source_and_the_intake(world, analyst):
    before = row_counts()

    intake = Intake.objects.create_from_article(
        text=SEED_TEXT, published_on=SEED_DATE, publisher="AFP", created_by=analyst
    )

    after = row_counts()
    changed = {label for label in after if after[label] != before[label]}
    assert changed == {
        "negotiations.Source",
        "negotiations.HistoricalSource",
        "negotiations.Intake",
        "negotiations.HistoricalIntake",
    }
    assert intake.source.published_on == SEED_DATE
    assert intake.source.publisher == "AFP"
    assert intake.source.title.startswith("US Secretary of State Antony Blinken landed")
    assert intake.text == SEED_TEXT
    assert set(intake.candidates) == {
        "actors",
        "quotes",
        "dates",
        "meetings",
        "events",
        "status_signals",
    }


def test_accepting_the_seed_candidates_creates_each_record_citing_the_article(
    world, intake, analyst
):
    acceptance = intake.accept(ALL_RECORD_KEYS, {}, user=analyst)

    kamel = Actor.objects.get(name="Abbas Kamel")
    assert kamel.kind == "person"
    assert acceptance.created["actors"] == [kamel.pk]

    statement = Statement.objects.get(pk__in=acceptance.created["statements"])
    assert statement.speaker == world.blinken
    assert statement.date == SEED_DATE
    assert statement.text.startswith("Deal or no deal")
    assert list(statement.sources.all()) == [intake.source]

    meeting = Meeting.objects.get(pk__in=acceptance.created["meetings"])
    assert meeting.location == world.cairo
    assert meeting.date == SEED_DATE
    # Inferred from the proposal discussed.
    assert meeting.process == world.process
    assert set(meeting.participants.values_list("actor", flat=True)) == {
        world.blinken.pk,
        world.sisi.pk,
        kamel.pk,
    }
    assert meeting.kind == "multilateral"
    assert list(meeting.proposals.all()) == [world.proposal]
    assert list(meeting.sources.all()) == [intake.source]

    event = Event.objects.get(pk__in=acceptance.created["events"])
    assert (event.date, event.date_precision, event.kind) == (
        datetime.date(2023, 10, 1),
        "month",
        "military",
    )
    assert list(event.sources.all()) == [intake.source]

    response = Response.objects.get(pk__in=acceptance.created["responses"])
    assert (response.respondent, response.proposal, response.status) == (
        world.hamas,
        world.proposal,
        "pending",
    )
    opening = response.status_changes.get()
    # Awaited since it was asked for: the proposal's announcement.
    assert opening.changed_on == datetime.date(2024, 5, 31)
    assert list(opening.sources.all()) == [intake.source]
    assert opening.recorded_by == analyst
    assert list(response.sources.all()) == [intake.source]

    assert dict(IntakeRecord.objects.filter(intake=intake).values_list("key", "created")) == {
        "actor-blinken": False,
        "actor-hamas": False,
        "actor-kamel": True,
        "quote-aid": True,
        "meeting-cairo": True,
        "event-war": True,
        "signal-hamas": True,
    }
    assert statement.history.first().history_user == analyst


def test_accepting_twice_creates_nothing_twice(intake, analyst):
    intake.accept(ALL_RECORD_KEYS, {}, user=analyst)
    counts = row_counts()

    again = intake.accept(ALL_RECORD_KEYS, {}, user=analyst)

    assert row_counts() == counts
    assert all(ids == [] for ids in again.created.values())
    assert again.skipped == {key: "already accepted" for key in ALL_RECORD_KEYS}


def test_the_actors_accepted_before_are_read_in_one_query(world, analyst):
    def queries_of_accepting_the_event(actor_keys):
        intake = intake_with(seed_candidates(world), user=analyst)
        intake.accept(actor_keys, {}, user=analyst)
        with CaptureQueriesContext(connection) as queries:
            intake.accept(["event-war"], {}, user=analyst)
        return len(queries)

    assert queries_of_accepting_the_event(
        ["actor-blinken", "actor-hamas", "actor-kamel"]
    ) == queries_of_accepting_the_event(["actor-blinken"])


def test_accepting_the_rest_later_adds_only_the_rest(world, intake, analyst):
    intake.accept(["actor-kamel"], {}, user=analyst)

    later = intake.accept(["actor-kamel", "meeting-cairo"], {}, user=analyst)

    assert later.skipped == {"actor-kamel": "already accepted"}
    assert Actor.objects.filter(name="Abbas Kamel").count() == 1
    meeting = Meeting.objects.get(pk__in=later.created["meetings"])
    assert Actor.objects.get(name="Abbas Kamel") in [p.actor for p in meeting.participants.all()]


def test_edits_choose_another_actor_and_fix_a_date(world, intake, analyst):
    other = PersonFactory(name="Matthew Miller")

    acceptance = intake.accept(
        ["quote-aid", "event-war"],
        {
            "quote-aid": {"speaker": other.pk, "date": "2024-06-11"},
            "event-war": {"date": "2023-10-07", "date_precision": "day"},
        },
        user=analyst,
    )

    statement = Statement.objects.get(pk__in=acceptance.created["statements"])
    assert (statement.speaker, statement.date) == (other, datetime.date(2024, 6, 11))
    event = Event.objects.get(pk__in=acceptance.created["events"])
    assert (event.date, event.date_precision) == (datetime.date(2023, 10, 7), "day")


def test_a_matched_actor_can_be_recorded_as_new_or_as_another(world, intake, analyst):
    acceptance = intake.accept(
        ["actor-hamas", "actor-kamel"],
        {
            "actor-hamas": {
                "actor": None,
                "name": "Hamas political bureau",
                "kind": "political_movement",
            },
            "actor-kamel": {"actor": world.sisi.pk},
        },
        user=analyst,
    )

    new = Actor.objects.get(pk__in=acceptance.created["actors"])
    assert (new.name, new.kind) == ("Hamas political bureau", "political_movement")
    assert not Actor.objects.filter(name="Abbas Kamel").exists()
    assert IntakeRecord.objects.get(key="actor-kamel").object_id == world.sisi.pk


@pytest.mark.parametrize(
    ("edits", "key", "field"),
    [
        ({"quote-aid": {"date": "10 June"}}, "quote-aid", "date"),
        ({"quote-aid": {"speaker": 999999}}, "quote-aid", "speaker"),
        ({"quote-aid": {"speaker": "Blinken"}}, "quote-aid", "speaker"),
        ({"meeting-cairo": {"process": "x"}}, "meeting-cairo", "process"),
        ({"meeting-cairo": {"date": None}}, "meeting-cairo", "date"),
        ({"meeting-cairo": {"participants": "1,2"}}, "meeting-cairo", "participants"),
        ({"event-war": {"kind": "earthquake"}}, "event-war", "kind"),
        ({"event-war": {"title": "x" * 301}}, "event-war", "title"),
        ({"signal-hamas": {"status": "maybe"}}, "signal-hamas", "status"),
        (
            {"signal-hamas": {"changed_on": "2999-01-01", "status": "rejected"}},
            "signal-hamas",
            "changed_on",
        ),
        ({"actor-kamel": {"kind": "wizard"}}, "actor-kamel", "kind"),
        ({"quote-aid": {"colour": "red"}}, "quote-aid", "colour"),
    ],
)
def test_a_bad_edit_names_the_key_and_field_and_creates_nothing(
    world, intake, analyst, edits, key, field
):
    if key == "signal-hamas" and edits[key].get("status") == "rejected":
        ResponseFactory(proposal=world.proposal, respondent=world.hamas)
    counts = row_counts()

    with pytest.raises(AcceptRefused) as refused:
        intake.accept(ALL_RECORD_KEYS, edits, user=analyst)

    assert field in refused.value.errors[key], refused.value.errors
    assert row_counts() == counts
    assert not IntakeRecord.objects.exists()


@pytest.mark.parametrize(
    "key, edits",
    [
        (
            "meeting-cairo",
            {
                "title": "",
                "date": "10 June",
                "date_precision": "fortnight",
                "location": "999999",
                "participants": ["999999"],
            },
        ),
        ("signal-hamas", {"respondent": "999999", "proposal": "abc", "status": "maybe"}),
        ("quote-aid", {"speaker": "999999", "date": "yesterday", "kind": "rumour"}),
    ],
)
def test_every_bad_field_of_a_candidate_is_named_at_once(world, intake, analyst, key, edits):
    counts = row_counts()

    with pytest.raises(AcceptRefused) as refused:
        intake.accept([key], {key: edits}, user=analyst)

    assert set(refused.value.errors[key]) == set(edits), refused.value.errors
    # One message per field: a field refused by its reader is not refused again for what follows.
    assert all(len(messages) == 1 for messages in refused.value.errors[key].values())
    assert row_counts() == counts


def test_a_new_actor_is_not_created_when_the_actor_chosen_for_it_is_refused(world, analyst):
    intake = intake_with(seed_candidates(world))
    counts = row_counts()

    with pytest.raises(AcceptRefused) as refused:
        intake.accept(["actor-kamel"], {"actor-kamel": {"actor": "999999"}}, user=analyst)

    assert "No actor has the id 999999." in refused.value.errors["actor-kamel"]["actor"]
    assert row_counts() == counts


def test_a_quote_by_a_new_actor_needs_that_actor_accepted_too(world, analyst):
    candidates = seed_candidates(world)
    quote = candidates["quotes"][0]
    quote.update(speaker=None, speaker_name="Abbas Kamel", speaker_key="actor-kamel")
    intake = intake_with(candidates)

    with pytest.raises(AcceptRefused) as refused:
        intake.accept(["quote-aid"], {}, user=analyst)
    accepted = intake.accept(["quote-aid", "actor-kamel"], {}, user=analyst)

    assert "actor-kamel" in refused.value.errors["quote-aid"]["speaker"][0]
    statement = Statement.objects.get(pk__in=accepted.created["statements"])
    assert statement.speaker.name == "Abbas Kamel"


def test_a_signal_moves_an_existing_response_by_a_dated_change(world, analyst):
    response = ResponseFactory(proposal=world.proposal, respondent=world.hamas)
    candidates = seed_candidates(world)
    candidates["status_signals"][0].update(status="countered", changed_on="2024-06-11")
    intake = intake_with(candidates)

    acceptance = intake.accept(["signal-hamas"], {}, user=analyst)

    response.refresh_from_db()
    assert response.status == "countered"
    change = ResponseStatusChange.objects.get(pk__in=acceptance.created["status_changes"])
    assert (change.changed_on, change.recorded_by) == (datetime.date(2024, 6, 11), analyst)
    assert list(change.sources.all()) == [intake.source]
    assert acceptance.created["responses"] == []


def test_a_signal_confirming_the_recorded_status_adds_the_article_as_a_source(world, analyst):
    response = ResponseFactory(proposal=world.proposal, respondent=world.hamas)
    intake = intake_with(seed_candidates(world))
    changes = ResponseStatusChange.objects.count()

    acceptance = intake.accept(["signal-hamas"], {}, user=analyst)

    assert ResponseStatusChange.objects.count() == changes
    assert intake.source in response.sources.all()
    assert all(ids == [] for ids in acceptance.created.values())
    assert IntakeRecord.objects.get(key="signal-hamas").created is False


def test_unknown_keys_are_refused_and_dates_are_not_records(intake, analyst):
    with pytest.raises(AcceptRefused) as refused:
        intake.accept(["nope"], {}, user=analyst)
    dates = intake.accept(["date-monday"], {}, user=analyst)

    assert "nope" in refused.value.errors["accept"][0]
    assert "date-monday" in dates.skipped
    assert not IntakeRecord.objects.exists()


def test_nothing_from_the_intake_is_created_when_one_record_breaks_a_rule(world, intake, analyst):
    statements, sources = Statement.objects.count(), Source.objects.count()

    with pytest.raises(AcceptRefused) as refused:
        intake.accept(ALL_RECORD_KEYS, {"event-war": {"date": "2023-02-30"}}, user=analyst)

    assert set(refused.value.errors) == {"event-war"}
    assert Statement.objects.count() == statements
    assert not Actor.objects.filter(name="Abbas Kamel").exists()
    assert Source.objects.count() == sources


def test_a_copy_read_before_another_accept_still_creates_nothing_twice(intake, analyst):
    stale = Intake.objects.prefetch_related("records").get(pk=intake.pk)
    assert list(stale.records.all()) == []
    intake.accept(["quote-aid"], {}, user=analyst)
    counts = row_counts()

    again = stale.accept(["quote-aid"], {}, user=analyst)

    assert again.skipped == {"quote-aid": "already accepted"}
    assert row_counts() == counts


def test_a_new_actor_is_created_with_the_abbreviation_its_candidate_carries(world, analyst):
    candidates = seed_candidates(world)
    (kamel,) = [a for a in candidates["actors"] if a["key"] == "actor-kamel"]
    kamel.update(name="General Intelligence Service", kind="government_body", short_name="GIS")
    intake = intake_with(candidates)

    accepted = intake.accept(["actor-kamel"], {}, user=analyst)

    actor = Actor.objects.get(pk__in=accepted.created["actors"])
    assert (actor.name, actor.short_name) == ("General Intelligence Service", "GIS")


def test_an_addition_is_created_from_its_edits_alone_and_only_once(world, intake, analyst):
    key = "added-status_signals-israel"
    edits = {
        key: {
            "respondent": str(world.states["Israel"].pk),
            "proposal": str(world.proposal.pk),
            "status": "accepted",
            "changed_on": "2024-06-10",
        }
    }

    first = intake.accept([], edits, user=analyst, additions={key: "status_signals"})
    again = intake.accept([], edits, user=analyst, additions={key: "status_signals"})

    response = Response.objects.get()
    assert (response.respondent, response.status) == (world.states["Israel"], "accepted")
    assert first.created["responses"] == [response.pk]
    assert again.skipped == {key: "already accepted"}
    # An addition is not one of the intake's candidates: those point into the text.
    intake.refresh_from_db()
    assert key not in intake.candidates_by_key()
    assert IntakeRecord.objects.get().key == key


@pytest.mark.parametrize(
    "additions",
    [
        {"status-israel": "status_signals"},  # not an addition's key
        {"added-quote": "quotes"},  # quotes are drafted well enough: not added here
        ["added-x"],
        {"added-meeting": "meetings", "meeting-cairo": "meetings"},
    ],
)
def test_malformed_additions_are_refused_and_nothing_is_created(intake, analyst, additions):
    counts = row_counts()

    with pytest.raises(AcceptRefused) as refused:
        intake.accept(["quote-aid"], {}, user=analyst, additions=additions)

    assert "addition" in " ".join(refused.value.errors["accept"])
    assert row_counts() == counts


def test_an_added_meeting_needs_two_participants(world, intake, analyst):
    key = "added-meetings-one"
    edits = {
        key: {"title": "A call", "date": "2024-06-10", "participants": [str(world.blinken.pk)]}
    }

    with pytest.raises(AcceptRefused) as refused:
        intake.accept(["quote-aid"], edits, user=analyst, additions={key: "meetings"})

    assert refused.value.errors == {
        key: {"participants": ["Choose at least two participants: who met whom."]}
    }
    assert not Meeting.objects.exists() and not Statement.objects.exists()
