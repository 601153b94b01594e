"""Every rule that keeps the records true rejects bad data twice: at the database (the guarantee)
and through `full_clean()` (the message a form shows, keyed to the field to correct)."""

import datetime
from decimal import Decimal

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from negotiations import models
from negotiations.models.base import ReportedOnField
from negotiations.models.status import StatusLoggedModel
from tests import factories

pytestmark = pytest.mark.django_db

JUNE_10 = datetime.date(2024, 6, 10)
JUNE_1 = datetime.date(2024, 6, 1)


class LocationFactory(factories.LocationFactory):
    # As a form or the API would give them: a float such as 30.0444 becomes 30.044400 through
    # DecimalField.to_python and fails its 5-decimal-places check.
    latitude = Decimal("30.0444")
    longitude = Decimal("31.2357")


def assert_database_refuses(create, model):
    """`create()` raises IntegrityError and leaves no new row of `model` behind."""
    count_before = model.objects.count()
    with pytest.raises(IntegrityError), transaction.atomic():
        create()
    assert model.objects.count() == count_before


def assert_full_clean_refuses(instance, field):
    with pytest.raises(ValidationError) as error:
        instance.full_clean()
    assert field in error.value.message_dict, error.value.message_dict
    return error.value.message_dict[field]


# Each entry builds an unsaved record that breaks one rule, and names the field to blame.
DATED_PERIODS = [
    ("position", factories.PositionFactory, {"start": JUNE_10, "end": JUNE_1}, "end"),
    ("process", factories.ProcessFactory, {"started_on": JUNE_10, "ended_on": JUNE_1}, "ended_on"),
    ("mediator", factories.MediatorFactory, {"since": JUNE_10, "until": JUNE_1}, "until"),
    ("trip", factories.TripFactory, {"start": JUNE_10, "end": JUNE_1}, "end"),
]


@pytest.mark.parametrize(
    ("factory", "values", "field"),
    [entry[1:] for entry in DATED_PERIODS],
    ids=[entry[0] for entry in DATED_PERIODS],
)
def test_the_database_refuses_an_end_before_the_start(factory, values, field):
    assert_database_refuses(lambda: factory(**values), factory._meta.model)


@pytest.mark.parametrize(
    ("factory", "values", "field"),
    [entry[1:] for entry in DATED_PERIODS],
    ids=[entry[0] for entry in DATED_PERIODS],
)
def test_full_clean_blames_the_end_when_it_is_before_the_start(factory, values, field):
    record = factory.build(**values, **saved_parents_of(factory))

    messages = assert_full_clean_refuses(record, field)

    assert len(messages) == 1
    assert "cannot end before it starts" in messages[0]


@pytest.mark.parametrize(
    ("factory", "values", "field"),
    [entry[1:] for entry in DATED_PERIODS],
    ids=[entry[0] for entry in DATED_PERIODS],
)
def test_an_end_on_the_start_day_is_accepted(factory, values, field):
    same_day = dict.fromkeys(values, JUNE_10)
    record = factory.build(**same_day, **saved_parents_of(factory))

    record.full_clean()
    save_new(record)

    assert factory._meta.model.objects.filter(pk=record.pk).exists()


def save_new(record) -> None:
    """Save a built record the way the app creates one (with its status log, if it has one)."""
    if isinstance(record, StatusLoggedModel):
        record.save_with_opening_entry()
    else:
        record.save()


def saved_parents_of(factory) -> dict:
    """The foreign keys a built (unsaved) record needs to be cleaned."""
    model = factory._meta.model
    if model is models.Position:
        return {"person": factories.PersonFactory(), "organization": factories.ActorFactory()}
    if model is models.Mediator:
        return {"process": factories.ProcessFactory(), "actor": factories.ActorFactory()}
    if model is models.Trip:
        return {"traveller": factories.PersonFactory()}
    return {}


@pytest.fixture
def proposal():
    return factories.ProposalFactory(announced_on=datetime.date(2024, 5, 31))


@pytest.mark.parametrize("field", ["responded_on", "due_on"])
def test_the_database_refuses_a_response_date_before_the_request(proposal, field):
    assert_database_refuses(
        lambda: factories.ResponseFactory(
            proposal=proposal, requested_on=JUNE_10, **{field: JUNE_1}
        ),
        models.Response,
    )


@pytest.mark.parametrize("field", ["responded_on", "due_on"])
def test_full_clean_blames_a_response_date_before_the_request(proposal, field):
    response = factories.ResponseFactory.build(
        proposal=proposal,
        respondent=factories.ActorFactory(),
        requested_on=JUNE_10,
        **{field: JUNE_1},
    )

    assert_full_clean_refuses(response, field)


@pytest.mark.parametrize("field", ["responded_on", "due_on"])
def test_full_clean_measures_response_dates_from_the_announcement_by_default(proposal, field):
    before_announcement = datetime.date(2024, 5, 30)
    response = factories.ResponseFactory.build(
        proposal=proposal, respondent=factories.ActorFactory(), **{field: before_announcement}
    )

    assert_full_clean_refuses(response, field)


def test_the_database_refuses_a_second_response_from_the_same_respondent(proposal):
    first = factories.ResponseFactory(proposal=proposal)

    assert_database_refuses(
        lambda: factories.ResponseFactory(proposal=proposal, respondent=first.respondent),
        models.Response,
    )


def test_full_clean_blames_the_respondent_who_already_responded(proposal):
    first = factories.ResponseFactory(proposal=proposal)
    second = factories.ResponseFactory.build(proposal=proposal, respondent=first.respondent)

    messages = assert_full_clean_refuses(second, "respondent")

    assert messages == ["This respondent already has a response to this proposal."]
    first.full_clean()  # the existing response does not collide with itself


def test_the_same_respondent_may_answer_two_proposals(proposal):
    first = factories.ResponseFactory(proposal=proposal)
    other_proposal = factories.ProposalFactory(process=proposal.process)
    second = factories.ResponseFactory.build(proposal=other_proposal, respondent=first.respondent)

    second.full_clean()
    save_new(second)

    assert models.Response.objects.filter(respondent=first.respondent).count() == 2


class TestMediatorRoles:
    @pytest.fixture
    def egypt_mediating(self):
        return factories.MediatorFactory(
            since=datetime.date(2023, 11, 1), until=datetime.date(2024, 6, 30)
        )

    def another_role(self, existing, **values):
        return factories.MediatorFactory.build(
            process=existing.process, actor=existing.actor, **values
        )

    def test_the_database_refuses_two_roles_from_the_same_date(self, egypt_mediating):
        assert_database_refuses(
            lambda: factories.MediatorFactory(
                process=egypt_mediating.process,
                actor=egypt_mediating.actor,
                since=egypt_mediating.since,
                role=models.Mediator.Role.GUARANTOR,
            ),
            models.Mediator,
        )

    def test_the_database_refuses_two_undated_roles(self):
        undated = factories.MediatorFactory(since=None)

        assert_database_refuses(
            lambda: factories.MediatorFactory(
                process=undated.process, actor=undated.actor, since=None
            ),
            models.Mediator,
        )

    @pytest.mark.parametrize(
        ("since", "until"),
        [
            (datetime.date(2023, 11, 1), None),  # the same start
            (datetime.date(2024, 6, 30), None),  # starts on the last day of the other
            (datetime.date(2023, 1, 1), datetime.date(2023, 11, 1)),  # ends on its first day
            (datetime.date(2024, 1, 1), datetime.date(2024, 2, 1)),  # inside it
            (datetime.date(2023, 1, 1), datetime.date(2025, 1, 1)),  # around it
            (None, datetime.date(2023, 12, 1)),  # no known start, ends inside it
            (None, None),  # undated: may overlap anything
        ],
    )
    def test_full_clean_refuses_an_overlapping_period(self, egypt_mediating, since, until):
        overlapping = self.another_role(egypt_mediating, since=since, until=until)

        assert_full_clean_refuses(overlapping, "since")

    @pytest.mark.parametrize(
        ("since", "until"),
        [
            (datetime.date(2024, 7, 1), None),
            (datetime.date(2023, 1, 1), datetime.date(2023, 10, 31)),
            (None, datetime.date(2023, 10, 31)),
        ],
    )
    def test_full_clean_accepts_a_period_that_does_not_overlap(self, egypt_mediating, since, until):
        later = self.another_role(egypt_mediating, since=since, until=until)

        later.full_clean()
        later.save()

        assert models.Mediator.objects.filter(actor=egypt_mediating.actor).count() == 2

    def test_full_clean_refuses_a_second_undated_role(self):
        undated = factories.MediatorFactory(since=None, until=None)

        assert_full_clean_refuses(self.another_role(undated, since=None), "since")

    def test_editing_a_role_does_not_collide_with_itself(self, egypt_mediating):
        egypt_mediating.until = datetime.date(2024, 12, 31)

        egypt_mediating.full_clean()

    def test_another_actor_may_mediate_over_the_same_period(self, egypt_mediating):
        qatar = factories.MediatorFactory.build(
            process=egypt_mediating.process,
            actor=factories.ActorFactory(),
            since=egypt_mediating.since,
        )

        qatar.full_clean()


@pytest.mark.parametrize(
    ("field", "value"),
    [("latitude", 90.5), ("latitude", -90.5), ("longitude", 180.5), ("longitude", -180.5)],
)
def test_the_database_refuses_coordinates_out_of_range(field, value):
    assert_database_refuses(lambda: LocationFactory(**{field: value}), models.Location)


@pytest.mark.parametrize(
    ("field", "value"),
    [("latitude", 90.5), ("latitude", -90.5), ("longitude", 180.5), ("longitude", -180.5)],
)
def test_full_clean_blames_the_coordinate_out_of_range(field, value):
    location = LocationFactory.build(**{field: value})

    assert_full_clean_refuses(location, field)


@pytest.mark.parametrize(("latitude", "longitude"), [(90, 180), (-90, -180), (0, 0)])
def test_coordinates_on_the_edges_of_the_range_are_accepted(latitude, longitude):
    location = LocationFactory.build(latitude=latitude, longitude=longitude)

    location.full_clean()
    location.save()

    assert models.Location.objects.get(pk=location.pk).latitude == latitude


def test_full_clean_wants_both_coordinates_or_neither():
    location = LocationFactory.build(latitude=30.0, longitude=None)

    assert_full_clean_refuses(location, "longitude")


@pytest.mark.parametrize(("field", "value"), [("reliability", "G"), ("credibility", "7")])
def test_the_database_refuses_a_grade_outside_the_admiralty_scale(field, value):
    assert_database_refuses(lambda: factories.SourceFactory(**{field: value}), models.Source)


@pytest.mark.parametrize(
    ("field", "value"),
    [("reliability", "G"), ("reliability", "a"), ("credibility", "7"), ("credibility", "0")],
)
def test_full_clean_blames_a_grade_outside_the_admiralty_scale(field, value):
    assert_full_clean_refuses(factories.SourceFactory.build(**{field: value}), field)


@pytest.mark.parametrize(("reliability", "credibility"), [("A", "1"), ("F", "6")])
def test_the_ends_of_the_admiralty_scale_are_accepted(reliability, credibility):
    source = factories.SourceFactory.build(reliability=reliability, credibility=credibility)

    source.full_clean()
    source.save()

    assert models.Source.objects.get(pk=source.pk).grade == f"{reliability}{credibility}"


class TestPhaseNumbers:
    def test_the_database_refuses_a_phase_zero(self, proposal):
        assert_database_refuses(
            lambda: factories.PhaseFactory(proposal=proposal, number=0), models.Phase
        )

    def test_full_clean_blames_a_phase_zero(self, proposal):
        messages = assert_full_clean_refuses(
            factories.PhaseFactory.build(proposal=proposal, number=0), "number"
        )

        assert messages == ["Phases are numbered from 1."]

    def test_the_database_refuses_two_phases_with_one_number(self, proposal):
        factories.PhaseFactory(proposal=proposal, number=1)

        assert_database_refuses(
            lambda: factories.PhaseFactory(proposal=proposal, number=1), models.Phase
        )

    def test_full_clean_blames_a_number_already_taken(self, proposal):
        first = factories.PhaseFactory(proposal=proposal, number=1)

        assert_full_clean_refuses(
            factories.PhaseFactory.build(proposal=proposal, number=1), "number"
        )
        first.full_clean()

    def test_two_proposals_each_have_a_phase_one(self, proposal):
        factories.PhaseFactory(proposal=proposal, number=1)
        other = factories.PhaseFactory.build(proposal=factories.ProposalFactory(), number=1)

        other.full_clean()
        other.save()

        assert models.Phase.objects.filter(number=1).count() == 2


def test_the_database_refuses_two_trip_stops_in_one_position():
    stop = factories.TripStopFactory(order=1)

    assert_database_refuses(
        lambda: factories.TripStopFactory(trip=stop.trip, order=1), models.TripStop
    )


def test_full_clean_blames_a_trip_stop_order_already_taken():
    stop = factories.TripStopFactory(order=1)
    second = factories.TripStopFactory.build(trip=stop.trip, order=1, location=LocationFactory())

    assert_full_clean_refuses(second, "order")
    stop.full_clean()


@pytest.mark.parametrize("date", [datetime.date(2024, 6, 9), datetime.date(2024, 6, 13)])
def test_full_clean_blames_a_trip_stop_outside_the_trip(date):
    trip = factories.TripFactory(start=datetime.date(2024, 6, 10), end=datetime.date(2024, 6, 12))
    stop = factories.TripStopFactory.build(trip=trip, location=LocationFactory(), date=date)

    assert_full_clean_refuses(stop, "date")


def test_the_database_refuses_a_participant_twice_in_one_meeting():
    participant = factories.ParticipantFactory()

    assert_database_refuses(
        lambda: factories.ParticipantFactory(
            meeting=participant.meeting, actor=participant.actor, role="host"
        ),
        models.Participant,
    )


def test_full_clean_blames_the_actor_already_in_the_meeting():
    participant = factories.ParticipantFactory()
    again = factories.ParticipantFactory.build(
        meeting=participant.meeting, actor=participant.actor, role="host"
    )

    assert_full_clean_refuses(again, "actor")
    participant.full_clean()


@pytest.mark.parametrize("code", ["eg", "EGY", "E", "E1", "É G"])
@pytest.mark.parametrize("factory", [factories.ActorFactory, LocationFactory])
def test_full_clean_blames_a_country_code_that_is_not_iso_alpha_2(factory, code):
    assert_full_clean_refuses(factory.build(country=code), "country")


@pytest.mark.parametrize("factory", [factories.ActorFactory, LocationFactory])
def test_a_country_code_in_capitals_or_none_is_accepted(factory):
    factory.build(country="EG").full_clean()
    factory.build(country="").full_clean()


@pytest.mark.parametrize(
    "wikidata_id", ["Q", "Q0", "Q012", "q123", "P31", "Q12a", "https://www.wikidata.org/wiki/Q123"]
)
def test_full_clean_blames_a_malformed_wikidata_id(wikidata_id):
    assert_full_clean_refuses(factories.ActorFactory.build(wikidata_id=wikidata_id), "wikidata_id")


def test_a_wikidata_id_like_q123_is_accepted():
    factories.ActorFactory.build(wikidata_id="Q123").full_clean()


@pytest.mark.parametrize("aliases", ["Islamic Resistance Movement", ["Hamas", 7], {"a": "b"}, None])
def test_full_clean_blames_aliases_that_are_not_a_list_of_names(aliases):
    assert_full_clean_refuses(factories.ActorFactory.build(aliases=aliases), "aliases")


@pytest.mark.parametrize("aliases", [[], ["Islamic Resistance Movement", "حماس"]])
def test_aliases_as_a_list_of_names_are_accepted(aliases):
    actor = factories.ActorFactory.build(aliases=aliases)

    actor.full_clean()
    actor.save()

    assert models.Actor.objects.get(pk=actor.pk).aliases == aliases


def test_full_clean_refuses_an_organisation_as_the_holder_of_a_position():
    position = factories.PositionFactory.build(
        person=factories.ActorFactory(kind=models.Actor.Kind.STATE),
        organization=factories.ActorFactory(),
    )

    assert_full_clean_refuses(position, "person")


def test_full_clean_refuses_an_actor_as_its_own_parent():
    actor = factories.ActorFactory()
    actor.parent = actor

    assert_full_clean_refuses(actor, "parent")


def test_full_clean_refuses_a_proposal_that_supersedes_itself(proposal):
    proposal.supersedes = proposal

    assert_full_clean_refuses(proposal, "supersedes")


def test_full_clean_refuses_a_response_that_counters_with_the_same_proposal(proposal):
    response = factories.ResponseFactory(proposal=proposal)
    response.counter_proposal = proposal

    assert_full_clean_refuses(response, "counter_proposal")


@pytest.mark.parametrize(
    "factory",
    [
        factories.SourceFactory,
        factories.ActorFactory,
        factories.PositionFactory,
        LocationFactory,
        factories.ProcessFactory,
        factories.MediatorFactory,
        factories.ProposalFactory,
        factories.PhaseFactory,
        factories.ProvisionFactory,
        factories.ResponseFactory,
        factories.TripFactory,
        factories.TripStopFactory,
        factories.MeetingFactory,
        factories.ParticipantFactory,
        factories.StatementFactory,
        factories.EventFactory,
    ],
    ids=lambda factory: factory._meta.model.__name__,
)
def test_a_saved_valid_record_passes_full_clean(factory):
    """Guards the other tests: a rule that refuses everything would pass them too."""
    record = factory()

    record.full_clean()


# One path for every rule: the constraint holds the message and names its field once.

CONSTRAINED_MODELS = [
    model for model in apps.get_app_config("negotiations").get_models() if model._meta.constraints
]


@pytest.mark.parametrize("model", CONSTRAINED_MODELS, ids=lambda model: model.__name__)
def test_every_constraint_names_the_field_its_message_is_shown_on(model):
    for constraint in model._meta.constraints:
        assert isinstance(constraint, ReportedOnField), constraint.name
        assert constraint.field in {field.name for field in model._meta.fields}
        assert constraint.violation_error_message != constraint.default_violation_error_message


@pytest.mark.parametrize("model", CONSTRAINED_MODELS, ids=lambda model: model.__name__)
def test_migrations_record_djangos_own_constraints(model):
    """Where a message shows is not schema: the migration state holds plain Django classes."""
    for constraint in model._meta.constraints:
        path, _args, kwargs = constraint.deconstruct()
        clone = constraint.clone()

        assert path in {"django.db.models.CheckConstraint", "django.db.models.UniqueConstraint"}
        assert "field" not in kwargs
        assert (clone.field, clone) == (constraint.field, constraint)


def test_a_broken_rule_is_reported_once_in_the_constraints_words(proposal):
    response = factories.ResponseFactory.build(
        proposal=proposal,
        respondent=factories.ActorFactory(),
        requested_on=JUNE_10,
        responded_on=JUNE_1,
        due_on=JUNE_1,
    )

    with pytest.raises(ValidationError) as error:
        response.full_clean()

    assert error.value.message_dict == {
        "responded_on": ["A response cannot come before it was requested."],
        "due_on": ["A response cannot be due before it was requested."],
    }


def test_full_clean_fills_in_the_request_date_it_judges_against(proposal):
    response = factories.ResponseFactory.build(
        proposal=proposal, respondent=factories.ActorFactory()
    )

    response.full_clean()

    assert response.requested_on == proposal.announced_on
