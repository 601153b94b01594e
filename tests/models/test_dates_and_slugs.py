"""Dates known only to the month or year, and the slugs that name records in URLs."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from negotiations import models
from negotiations.models import DatePrecision
from tests import factories

pytestmark = pytest.mark.django_db

MID_OCTOBER = datetime.date(2023, 10, 15)


@pytest.mark.parametrize("factory", [factories.MeetingFactory, factories.EventFactory])
@pytest.mark.parametrize(
    ("precision", "stored", "shown"),
    [
        (DatePrecision.DAY, datetime.date(2023, 10, 15), "15 October 2023"),
        (DatePrecision.MONTH, datetime.date(2023, 10, 1), "October 2023"),
        (DatePrecision.YEAR, datetime.date(2023, 1, 1), "2023"),
    ],
)
def test_a_date_is_stored_as_the_first_day_of_its_period(factory, precision, stored, shown):
    record = factory(date=MID_OCTOBER, date_precision=precision)

    reloaded = type(record).objects.get(pk=record.pk)
    assert reloaded.date == stored
    assert reloaded.date_display == shown


def test_month_precision_dates_sort_and_filter_within_their_month():
    war = factories.EventFactory(date=MID_OCTOBER, date_precision=DatePrecision.MONTH)

    october = models.Event.objects.filter(date__year=2023, date__month=10)

    assert list(october) == [war]


def test_a_date_made_less_precise_later_is_truncated_on_save():
    meeting = factories.MeetingFactory(date=datetime.date(2024, 6, 10))

    meeting.date_precision = DatePrecision.MONTH
    meeting.save()

    assert models.Meeting.objects.get(pk=meeting.pk).date == datetime.date(2024, 6, 1)


def test_the_precision_must_be_one_of_day_month_or_year():
    meeting = factories.MeetingFactory.build(
        date_precision="week", process=None, location=factories.LocationFactory()
    )

    with pytest.raises(ValidationError) as error:
        meeting.full_clean()

    assert "date_precision" in error.value.message_dict


class TestSlugs:
    @pytest.mark.parametrize(
        ("factory", "values", "slug"),
        [
            (
                factories.ActorFactory,
                {"name": "United States of America"},
                "united-states-of-america",
            ),
            (
                factories.ActorFactory,
                {"name": "Islamic Resistance Movement", "short_name": "Hamas"},
                "hamas",
            ),
            (
                factories.ProcessFactory,
                {"title": "Gaza ceasefire and hostage-release negotiations"},
                "gaza-ceasefire-and-hostage-release-negotiations",
            ),
            (
                factories.ProposalFactory,
                {"title": "Three-phase plan", "short_name": "May 31 plan"},
                "may-31-plan",
            ),
        ],
    )
    def test_a_slug_is_made_from_the_name(self, factory, values, slug):
        assert factory(**values).slug == slug

    def test_a_second_record_with_the_same_name_gets_a_numbered_slug(self):
        first = factories.ActorFactory(name="Egypt")
        second = factories.ActorFactory(name="Egypt")
        third = factories.ActorFactory(name="Egypt")

        assert [first.slug, second.slug, third.slug] == ["egypt", "egypt-2", "egypt-3"]

    def test_a_slug_stays_when_the_record_is_renamed(self):
        actor = factories.ActorFactory(name="Egypt")

        actor.name = "Arab Republic of Egypt"
        actor.save()

        assert models.Actor.objects.get(pk=actor.pk).slug == "egypt"

    def test_a_name_without_latin_letters_still_gets_a_slug(self):
        first = factories.ActorFactory(name="حماس")
        second = factories.ActorFactory(name="حزب الله")

        assert first.slug and second.slug and first.slug != second.slug

    def test_a_long_name_gets_a_slug_that_fits_the_field(self):
        long_title = "A very long negotiation title " * 10
        first = factories.ProcessFactory(title=long_title)
        second = factories.ProcessFactory(title=long_title)

        assert len(first.slug) <= 80
        assert len(second.slug) <= 80
        assert second.slug.endswith("-2")

    def test_a_slug_typed_twice_is_refused_at_the_database(self):
        factories.ActorFactory(slug="egypt")

        with pytest.raises(IntegrityError), transaction.atomic():
            factories.ActorFactory(slug="egypt")
        assert models.Actor.objects.filter(slug="egypt").count() == 1

    def test_full_clean_blames_a_slug_typed_twice(self):
        factories.ActorFactory(slug="egypt")

        with pytest.raises(ValidationError) as error:
            factories.ActorFactory.build(slug="egypt").full_clean()

        assert "slug" in error.value.message_dict


def test_counting_sources_keeps_the_models_order_so_pages_are_stable(db):
    factories.MeetingFactory(title="Later", date=datetime.date(2024, 6, 11))
    factories.MeetingFactory(title="Earlier", date=datetime.date(2024, 6, 10))

    meetings = models.Meeting.objects.with_source_count()

    assert meetings.ordered
    assert [meeting.title for meeting in meetings] == ["Later", "Earlier"]


def test_a_proposals_total_duration_is_the_sum_of_its_phases_when_all_are_known():
    proposal = factories.ProposalFactory()
    factories.PhaseFactory(proposal=proposal, number=1, duration_days=42)
    factories.PhaseFactory(proposal=proposal, number=2, duration_days=14)

    assert proposal.total_duration_days == 56

    factories.PhaseFactory(proposal=proposal, number=3, duration_days=None)

    assert proposal.total_duration_days is None
