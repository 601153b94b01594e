"""The demo data set, loaded through `manage.py load_demo` as `make run` does."""

import datetime
import io
import itertools

import pytest
from django.apps import apps
from django.core.management import call_command

from negotiations.models import (
    Actor,
    Event,
    Location,
    Mediator,
    Meeting,
    NegotiationProcess,
    Participant,
    Party,
    Phase,
    Position,
    Proposal,
    Provision,
    Response,
    Source,
    Statement,
    Trip,
    TripStop,
)
from tests.factories import ActorFactory, PersonFactory, SourceFactory

pytestmark = pytest.mark.django_db

ARTICLE_DATE = datetime.date(2024, 6, 10)
MAY_31 = datetime.date(2024, 5, 31)


def load_demo() -> str:
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    return output.getvalue()


def database_snapshot() -> dict:
    """Every row of every negotiations table (audit history and link tables included)."""
    config = apps.get_app_config("negotiations")
    return {
        model._meta.label: list(model._default_manager.order_by("pk").values())
        for model in config.get_models(include_auto_created=True)
    }


def the_article() -> Source:
    return Source.objects.get(publisher="AFP", published_on=ARTICLE_DATE)


def cairo_meeting() -> Meeting:
    return Meeting.objects.get(location__name="Cairo", date=ARTICLE_DATE)


def hamas_response() -> Response:
    return Response.objects.get(respondent__slug="hamas", proposal__slug="may-31-plan")


def test_it_loads_the_article_and_says_what_it_created():
    output = load_demo()

    assert "Created 66 records" in output
    assert "4 statements" in output
    assert {model: model.objects.count() for model in EXPECTED_COUNTS} == EXPECTED_COUNTS


EXPECTED_COUNTS = {
    Source: 2,
    Actor: 12,
    Position: 5,
    Location: 5,
    NegotiationProcess: 1,
    Mediator: 3,
    Party: 2,
    Proposal: 1,
    Phase: 3,
    Provision: 9,
    Response: 1,
    Trip: 1,
    TripStop: 4,
    Meeting: 2,
    Participant: 5,
    Statement: 4,
    Event: 3,
}


def test_loading_it_twice_changes_nothing_not_even_the_audit_history():
    load_demo()
    after_first_load = database_snapshot()

    output = load_demo()

    assert "nothing changed" in output
    assert "Created" not in output
    assert database_snapshot() == after_first_load


def test_hamas_response_is_pending_since_may_31_and_ten_days_old_on_the_article_date():
    load_demo()

    response = hamas_response()
    assert response.status == Response.Status.PENDING
    assert response.requested_on == MAY_31
    assert response.status_on(MAY_31 - datetime.timedelta(days=1)) is None
    assert response.status_on(MAY_31) == Response.Status.PENDING
    assert response.days_pending(as_of=ARTICLE_DATE) == 10
    assert list(Response.objects.pending(on=ARTICLE_DATE)) == [response]
    [change] = response.status_changes.all()
    assert (change.status, change.changed_on) == (Response.Status.PENDING, MAY_31)
    assert list(change.sources.all()) == [the_article()]


def test_the_process_is_active_on_the_article_date_with_three_mediators():
    load_demo()

    process = NegotiationProcess.objects.get(
        title="Gaza ceasefire and hostage-release negotiations"
    )
    assert process.status_on(ARTICLE_DATE) == NegotiationProcess.Status.ACTIVE
    assert process.started_on is None
    assert set(process.parties.values_list("name", flat=True)) == {"Israel", "Hamas"}
    assert set(process.mediators.values_list("actor__name", "role")) == {
        ("Egypt", Mediator.Role.MEDIATOR),
        ("Qatar", Mediator.Role.MEDIATOR),
        ("United States", Mediator.Role.MEDIATOR),
    }
    assert list(process.status_changes.get().sources.all()) == [the_article()]


def test_the_parties_are_rows_with_their_sides_citing_the_article():
    load_demo()

    rows = Party.objects.filter(process__slug="gaza-ceasefire-and-hostage-release-negotiations")
    assert set(rows.values_list("actor__name", "side", "since", "until")) == {
        ("Israel", "Israel", None, None),
        ("Hamas", "Hamas", None, None),
    }
    assert all(list(row.sources.all()) == [the_article()] for row in rows)


def test_the_mediating_roles_cite_the_article():
    load_demo()

    assert Mediator.objects.count() == 3
    assert all(list(role.sources.all()) == [the_article()] for role in Mediator.objects.all())


def test_no_statement_is_tied_to_a_meeting_the_article_does_not_place_it_in():
    load_demo()

    assert not Statement.objects.filter(meeting__isnull=False).exists()


def test_the_cairo_meeting_has_al_sisi_hosting_blinken_with_abbas_kamel_attending():
    load_demo()

    meeting = cairo_meeting()
    assert set(meeting.participants.values_list("actor__name", "role")) == {
        ("Antony Blinken", Participant.Role.GUEST),
        ("Abdel Fattah al-Sisi", Participant.Role.HOST),
        ("Abbas Kamel", Participant.Role.ATTENDEE),
    }
    assert meeting.closed_door is True
    assert meeting.format == Meeting.Format.IN_PERSON
    assert meeting.kind == Meeting.Kind.BILATERAL
    assert "joint efforts to reach a ceasefire and hostage-prisoner exchange" in meeting.summary
    assert "Rafah" in meeting.summary
    assert list(meeting.proposals.values_list("slug", flat=True)) == ["may-31-plan"]
    assert meeting.trip.ordinal == 8

    jerusalem = Meeting.objects.get(location__name="Jerusalem")
    assert set(jerusalem.participants.values_list("actor__name", "role")) == {
        ("Antony Blinken", Participant.Role.GUEST),
        ("Benjamin Netanyahu", Participant.Role.HOST),
    }
    assert jerusalem.trip == meeting.trip


def test_it_holds_exactly_the_four_quotes_as_the_article_words_them():
    load_demo()

    assert set(Statement.objects.values_list("speaker__name", "text")) == {
        ("Egypt", "joint efforts to reach a ceasefire and hostage-prisoner exchange"),
        ("Antony Blinken", "very good exchange"),
        (
            "Antony Blinken",
            "Deal or no deal, it remains absolutely essential that we get more aid to "
            "Palestinians who need it.",
        ),
        ("Antony Blinken", "if you want a ceasefire, press Hamas to say yes"),
    }
    assert not Statement.objects.filter(text__contains="“").exists()
    assert set(Statement.objects.values_list("date", flat=True)) == {ARTICLE_DATE}
    aid_quote = Statement.objects.get(text__startswith="Deal or no deal")
    assert aid_quote.audience == "reporters in Cairo"
    assert Statement.objects.get(text__startswith="if you want").proposal.slug == "may-31-plan"


def test_the_trip_has_four_stops_in_order_two_done_two_planned():
    load_demo()

    trip = Trip.objects.get(traveller__slug="antony-blinken")
    assert (trip.ordinal, trip.start, trip.end) == (8, ARTICLE_DATE, None)
    assert list(trip.stops.values_list("order", "location__name", "date", "status")) == [
        (1, "Cairo", ARTICLE_DATE, TripStop.Status.DONE),
        (2, "Jerusalem", ARTICLE_DATE, TripStop.Status.DONE),
        (3, "Amman", None, TripStop.Status.PLANNED),
        (4, "Doha", None, TripStop.Status.PLANNED),
    ]


def test_the_may_31_plan_has_a_42_day_first_phase_and_two_undated_ones():
    load_demo()

    proposal = Proposal.objects.get(slug="may-31-plan")
    assert proposal.announced_on == MAY_31
    assert proposal.announced_by.name == "Joe Biden"
    assert list(proposal.authors.values_list("name", flat=True)) == ["United States"]
    assert proposal.status_on(MAY_31) == Proposal.Status.TABLED
    assert list(proposal.phases.values_list("number", "duration_days")) == [
        (1, 42),
        (2, None),
        (3, None),
    ]
    topics = {
        phase.number: [provision.topic for provision in phase.provisions.all()]
        for phase in proposal.phases.all()
    }
    assert topics == {
        1: ["ceasefire", "withdrawal", "hostages", "ceasefire"],
        2: ["ceasefire", "hostages", "withdrawal"],
        3: ["reconstruction", "hostages"],
    }
    assert set(proposal.sources.values_list("publisher", flat=True)) == {"AFP", "The White House"}


def test_the_events_keep_the_precision_the_article_dates_them_with():
    load_demo()

    war = Event.objects.get(kind=Event.Kind.MILITARY)
    assert (war.date, war.date_display) == (datetime.date(2023, 10, 1), "October 2023")
    rafah = Event.objects.get(kind=Event.Kind.BORDER_CROSSING)
    assert (rafah.date_display, rafah.location.name) == ("May 2024", "Rafah crossing")
    treaty = Event.objects.get(kind=Event.Kind.POLITICAL)
    assert treaty.date_display == "1979"
    assert set(treaty.actors.values_list("name", flat=True)) == {"Egypt", "Israel"}


def test_every_fact_cites_the_article_and_none_is_unsourced():
    load_demo()
    article = the_article()

    for model in (Meeting, Statement, Event, Position, Proposal, Response, Trip):
        assert not model.objects.unsourced().exists(), model
        assert model.objects.exclude(sources=article).count() == 0, model
    for record in (*NegotiationProcess.objects.all(), *Proposal.objects.all(), hamas_response()):
        for change in record.status_changes.all():
            assert article in change.sources.all(), change


def test_blinken_is_secretary_of_state_from_26_january_2021_and_other_starts_are_blank():
    load_demo()

    blinken = Position.objects.get(person__slug="antony-blinken")
    assert (blinken.title, blinken.organization.name) == ("Secretary of State", "United States")
    assert blinken.start == datetime.date(2021, 1, 26)
    kamel = Position.objects.get(person__slug="abbas-kamel")
    assert kamel.organization.parent.name == "Egypt"
    assert not Position.objects.exclude(person__slug="antony-blinken").filter(start__isnull=False)


def test_it_puts_back_a_demo_fact_an_analyst_edited_and_keeps_what_the_analyst_added():
    load_demo()
    meeting = cairo_meeting()
    article_summary = meeting.summary
    meeting.summary = "Edited by an analyst."
    meeting.save()
    analyst_source = SourceFactory(title="Egyptian presidency readout")
    meeting.sources.add(analyst_source)
    Participant.objects.create(
        meeting=meeting, actor=PersonFactory(name="An aide"), role=Participant.Role.ATTENDEE
    )

    output = load_demo()

    meeting.refresh_from_db()
    assert meeting.summary == article_summary
    assert "meeting “Blinken meets al-Sisi in Cairo”: summary" in output
    assert set(meeting.sources.all()) == {the_article(), analyst_source}
    assert meeting.participants.count() == 4
    # Link and participant changes are rows of the trail too; the summary's versions, in order:
    summaries = meeting.history.values_list("summary", flat=True)
    assert [summary for summary, _rows in itertools.groupby(summaries)] == [
        article_summary,
        "Edited by an analyst.",
        article_summary,
    ]


def test_it_leaves_a_later_status_change_by_an_analyst_in_force():
    load_demo()
    response = hamas_response()
    response.change_status(
        Response.Status.COUNTERED, changed_on=datetime.date(2024, 6, 11), sources=[the_article()]
    )

    load_demo()

    response = hamas_response()
    assert response.status == Response.Status.COUNTERED
    assert list(response.status_changes.values_list("status", flat=True)) == [
        Response.Status.PENDING,
        Response.Status.COUNTERED,
    ]
    assert response.status_on(ARTICLE_DATE) == Response.Status.PENDING


def test_it_restores_its_dated_status_entry_when_an_analyst_retracted_it():
    load_demo()
    response = hamas_response()
    response.change_status(Response.Status.REJECTED, changed_on=datetime.date(2024, 6, 12))
    response.retract_status_change(
        response.status_changes.get(status=Response.Status.PENDING), reason="Testing the loader."
    )

    output = load_demo()

    response = hamas_response()
    assert "1 response status change" in output
    assert response.status == Response.Status.REJECTED
    assert response.status_on(ARTICLE_DATE) == Response.Status.PENDING
    assert response.status_changes.filter(retracted_at__isnull=False).count() == 1
    restored = response.status_changes.live().get(status=Response.Status.PENDING)
    assert restored.changed_on == MAY_31
    assert list(restored.sources.all()) == [the_article()]


def test_it_adopts_an_actor_an_analyst_already_entered_instead_of_duplicating_it():
    analyst_hamas = ActorFactory(
        slug="hamas", name="HAMAS", kind=Actor.Kind.ARMED_GROUP, wikidata_id="Q38799"
    )

    load_demo()

    [hamas] = Actor.objects.filter(slug="hamas")
    assert hamas.pk == analyst_hamas.pk
    assert (hamas.name, hamas.kind) == ("Hamas", Actor.Kind.POLITICAL_MOVEMENT)
    assert hamas.aliases == ["Islamic Resistance Movement"]
    assert hamas.wikidata_id == "Q38799"
    assert Actor.objects.count() == 12


def test_it_never_erases_what_an_analyst_learned_after_the_article():
    load_demo()
    biden = Position.objects.get(person__slug="joe-biden")
    biden.end = datetime.date(2025, 1, 20)
    biden.save()
    amman = TripStop.objects.get(location__name="Amman")
    amman.date, amman.status = datetime.date(2024, 6, 11), TripStop.Status.DONE
    amman.save()
    jerusalem = Meeting.objects.get(location__name="Jerusalem")
    jerusalem.outcome, jerusalem.closed_door = "No breakthrough.", True
    jerusalem.save()
    after_the_edits = database_snapshot()

    output = load_demo()

    assert "nothing changed" in output
    assert database_snapshot() == after_the_edits
    biden.refresh_from_db()
    amman.refresh_from_db()
    jerusalem.refresh_from_db()
    assert biden.end == datetime.date(2025, 1, 20)
    assert (amman.date, amman.status) == (datetime.date(2024, 6, 11), TripStop.Status.DONE)
    assert (jerusalem.outcome, jerusalem.closed_door) == ("No breakthrough.", True)
