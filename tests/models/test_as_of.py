"""`as_of(date)`: each model's rule for having existed in the world on a day, in the query."""

import datetime

import pytest

from negotiations import models
from tests import factories

DAY = datetime.date(2024, 6, 10)
BEFORE = DAY - datetime.timedelta(days=1)
AFTER = DAY + datetime.timedelta(days=1)


def existing_on(queryset, day):
    return set(queryset.as_of(day))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("factory", "field"),
    [
        (factories.MeetingFactory, "date"),
        (factories.StatementFactory, "date"),
        (factories.EventFactory, "date"),
    ],
)
def test_a_dated_record_exists_from_its_date_on(factory, field):
    before, on, after = (factory(**{field: day}) for day in (BEFORE, DAY, AFTER))
    assert existing_on(factory._meta.model.objects.all(), DAY) == {before, on}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("factory", "field"),
    [
        (factories.ProposalFactory, "announced_on"),
        (factories.ProcessFactory, "started_on"),
        (factories.SourceFactory, "published_on"),
        (factories.PositionFactory, "start"),
        (factories.TripFactory, "start"),
    ],
)
def test_a_record_with_an_optional_start_exists_from_it_or_always_when_unknown(factory, field):
    extra = {"end": None} if factory is factories.TripFactory else {}
    records = {day: factory(**{field: day}, **extra) for day in (BEFORE, DAY, AFTER, None)}
    assert existing_on(factory._meta.model.objects.all(), DAY) == {
        records[BEFORE],
        records[DAY],
        records[None],
    }


@pytest.mark.django_db
def test_a_mediator_serves_from_its_since_date_or_always_when_unknown():
    process = factories.ProcessFactory(started_on=datetime.date(2023, 1, 1))
    early = factories.MediatorFactory(process=process, since=BEFORE)
    undated = factories.MediatorFactory(process=process, since=None)
    factories.MediatorFactory(process=process, since=AFTER)
    assert existing_on(models.Mediator.objects.all(), DAY) == {early, undated}


@pytest.mark.django_db
def test_a_response_exists_from_its_request_and_a_status_change_from_its_date():
    proposal = factories.ProposalFactory(announced_on=datetime.date(2024, 5, 31))
    asked_before = factories.ResponseFactory(proposal=proposal, requested_on=BEFORE)
    factories.ResponseFactory(proposal=proposal, requested_on=AFTER)
    assert existing_on(models.Response.objects.all(), DAY) == {asked_before}

    asked_before.change_status("accepted", changed_on=AFTER)
    changes = models.ResponseStatusChange.objects.filter(response=asked_before)
    assert [change.status for change in changes.as_of(DAY)] == ["pending"]


@pytest.mark.django_db
def test_as_of_is_a_range_on_the_date_the_database_can_index():
    sql = str(models.Statement.objects.as_of(DAY).query)
    assert "NOT" not in sql.upper()
    assert '"date" <=' in sql or "date <=" in sql
