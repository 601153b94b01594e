"""Correcting a record's start date moves the status it began with, never past a real change."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from negotiations.models import Response
from tests.factories import ProcessFactory, ResponseFactory

pytestmark = pytest.mark.django_db

MAY_31 = datetime.date(2024, 5, 31)


def test_moving_a_request_date_earlier_moves_the_opening_pending_entry():
    response = ResponseFactory(proposal__announced_on=MAY_31)

    response.requested_on = datetime.date(2024, 5, 20)
    response.save()

    opening = response.status_changes.get()
    assert opening.changed_on == datetime.date(2024, 5, 20)
    assert response.status_on(datetime.date(2024, 5, 25)) == Response.Status.PENDING
    assert response.days_pending(as_of=datetime.date(2024, 5, 25)) == 5


def test_moving_a_request_date_later_leaves_no_status_before_it():
    response = ResponseFactory(proposal__announced_on=MAY_31)

    response.requested_on = datetime.date(2024, 6, 5)
    response.save()

    assert response.status_changes.get().changed_on == datetime.date(2024, 6, 5)
    assert response.status_on(datetime.date(2024, 6, 1)) is None


def test_a_process_given_its_start_later_dates_its_opening_status_on_that_start():
    process = ProcessFactory(started_on=None)

    process.started_on = datetime.date(2023, 10, 7)
    process.save()

    assert list(process.status_changes.values_list("changed_on", flat=True)) == [
        datetime.date(2023, 10, 7)
    ]


def test_the_start_cannot_move_past_the_first_real_change():
    response = ResponseFactory(proposal__announced_on=MAY_31)
    response.change_status(Response.Status.REJECTED, changed_on=datetime.date(2024, 6, 10))

    response.requested_on = datetime.date(2024, 6, 20)
    with pytest.raises(ValidationError) as refused:
        response.full_clean()

    assert "requested_on" in refused.value.message_dict
    response.refresh_from_db()
    assert response.requested_on == MAY_31
    assert [change.changed_on for change in response.status_changes.all()] == [
        MAY_31,
        datetime.date(2024, 6, 10),
    ]


def test_the_start_cannot_move_into_the_future():
    response = ResponseFactory(proposal__announced_on=MAY_31)

    response.requested_on = timezone.localdate() + datetime.timedelta(days=30)
    with pytest.raises(ValidationError) as refused:
        response.full_clean()

    assert refused.value.message_dict["requested_on"] == [
        "The response cannot begin in the future: its status log records what has happened."
    ]
    response.refresh_from_db()
    assert response.requested_on == MAY_31
    assert response.status_changes.get().changed_on == MAY_31
