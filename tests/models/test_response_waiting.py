"""How long a party keeps everyone waiting, and when it is late: derived for any "as of" date,
never stored, and the same whether asked of one response or of a queryset."""

import datetime

import pytest
from django.utils import timezone

from negotiations.models import Response
from tests import factories

pytestmark = pytest.mark.django_db

MAY_31 = datetime.date(2024, 5, 31)
JUNE_10 = datetime.date(2024, 6, 10)
JUNE_14 = datetime.date(2024, 6, 14)
JUNE_20 = datetime.date(2024, 6, 20)
DAY = datetime.timedelta(days=1)


@pytest.fixture
def proposal():
    return factories.ProposalFactory(announced_on=MAY_31)


@pytest.fixture
def awaited(proposal):
    """Requested on May 31, due on June 14, still pending."""
    return factories.ResponseFactory(proposal=proposal, due_on=JUNE_14)


@pytest.fixture
def answered(proposal):
    """Requested on May 31, due on June 14, countered on June 10."""
    response = factories.ResponseFactory(proposal=proposal, due_on=JUNE_14)
    response.change_status(Response.Status.COUNTERED, changed_on=JUNE_10)
    return response


class TestDaysPending:
    def test_it_is_zero_on_the_day_of_the_request(self, awaited):
        assert awaited.days_pending(as_of=MAY_31) == 0

    def test_it_is_unknown_before_the_request(self, awaited):
        assert awaited.days_pending(as_of=MAY_31 - DAY) is None

    def test_it_counts_the_days_since_the_request(self, awaited):
        assert awaited.days_pending(as_of=JUNE_10) == 10

    def test_it_counts_to_today_by_default(self, awaited):
        assert awaited.days_pending() == (timezone.localdate() - MAY_31).days

    def test_it_stops_on_the_day_of_the_answer(self, answered):
        assert answered.responded_on == JUNE_10
        assert answered.days_pending(as_of=JUNE_10) == 10
        assert answered.days_pending(as_of=JUNE_20) == 10
        assert answered.days_pending() == 10

    def test_before_the_answer_it_counts_as_for_an_awaited_response(self, answered):
        assert answered.days_pending(as_of=JUNE_10 - DAY) == 9

    def test_an_acknowledgement_does_not_stop_it(self, awaited):
        awaited.change_status(Response.Status.ACKNOWLEDGED, changed_on=JUNE_10)

        assert awaited.days_pending(as_of=JUNE_20) == 20


class TestOverdue:
    def test_it_is_not_overdue_on_the_day_it_is_due(self, awaited):
        assert not awaited.is_overdue(as_of=JUNE_14)

    def test_it_is_overdue_the_day_after(self, awaited):
        assert awaited.is_overdue(as_of=JUNE_14 + DAY)

    def test_it_is_overdue_today_when_the_deadline_has_passed(self, awaited):
        assert awaited.is_overdue()

    def test_it_is_not_overdue_before_it_was_requested(self, awaited):
        assert not awaited.is_overdue(as_of=MAY_31 - DAY)

    def test_an_answered_response_is_not_overdue(self, answered):
        assert not answered.is_overdue(as_of=JUNE_20)
        assert not answered.is_overdue()

    def test_an_answer_after_the_deadline_was_overdue_until_it_came(self, awaited):
        awaited.change_status(Response.Status.REJECTED, changed_on=JUNE_20)

        assert awaited.is_overdue(as_of=JUNE_20 - DAY)
        assert not awaited.is_overdue(as_of=JUNE_20)

    def test_an_acknowledged_response_past_its_deadline_is_overdue(self, awaited):
        awaited.change_status(Response.Status.ACKNOWLEDGED, changed_on=JUNE_10)

        assert awaited.is_overdue(as_of=JUNE_20)

    def test_a_response_without_a_deadline_is_never_overdue(self, proposal):
        response = factories.ResponseFactory(proposal=proposal, due_on=None)

        assert not response.is_overdue(as_of=datetime.date(2030, 1, 1))


class TestQuerySetsAgreeWithEachResponse:
    @pytest.fixture
    def responses(self, proposal, awaited, answered):
        acknowledged = factories.ResponseFactory(proposal=proposal, due_on=JUNE_20)
        acknowledged.change_status(Response.Status.ACKNOWLEDGED, changed_on=JUNE_10)
        no_deadline = factories.ResponseFactory(proposal=proposal)
        requested_later = factories.ResponseFactory(
            proposal=proposal, requested_on=JUNE_10, due_on=JUNE_14
        )
        return [awaited, answered, acknowledged, no_deadline, requested_later]

    DATES = [
        MAY_31 - DAY,
        MAY_31,
        JUNE_10 - DAY,
        JUNE_10,
        JUNE_14,
        JUNE_14 + DAY,
        JUNE_20,
        JUNE_20 + DAY,
    ]

    @pytest.mark.parametrize("on", DATES)
    def test_pending_on_a_date_is_the_responses_awaited_that_day(self, responses, on):
        expected = {response.pk for response in responses if response.is_awaited_on(on)}

        assert set(Response.objects.pending(on).values_list("pk", flat=True)) == expected

    @pytest.mark.parametrize("on", DATES)
    def test_overdue_on_a_date_is_the_responses_overdue_that_day(self, responses, on):
        expected = {response.pk for response in responses if response.is_overdue(as_of=on)}

        assert set(Response.objects.overdue(on).values_list("pk", flat=True)) == expected

    def test_the_cases_are_not_trivial(self, responses):
        """Guards the comparisons above against answering "nobody" on every date."""
        assert Response.objects.pending(JUNE_10).count() == 4
        assert Response.objects.overdue(JUNE_14 + DAY).count() == 2
        assert Response.objects.overdue(JUNE_20 + DAY).count() == 3

    def test_pending_and_overdue_default_to_today(self, responses):
        today = timezone.localdate()
        awaited_today = {response.pk for response in responses if response.is_awaited_on(today)}
        overdue_today = {response.pk for response in responses if response.is_overdue()}

        assert set(Response.objects.pending().values_list("pk", flat=True)) == awaited_today
        assert set(Response.objects.overdue().values_list("pk", flat=True)) == overdue_today

    def test_as_of_keeps_the_responses_requested_by_then(self, responses):
        requested_later = responses[-1]

        assert requested_later not in Response.objects.as_of(JUNE_10 - DAY)
        assert requested_later in Response.objects.as_of(JUNE_10)
