"""Retracting a mistaken status change: the entry stays in the log with who, when and why, and
every status read from the log (current, "as of", lists, waits and deadlines) ignores it."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from negotiations import models
from negotiations.models import Response
from negotiations.models.status import RetractionRefused
from tests import factories

pytestmark = pytest.mark.django_db

MAY_31 = datetime.date(2024, 5, 31)
JUNE_5 = datetime.date(2024, 6, 5)
JUNE_10 = datetime.date(2024, 6, 10)
JUNE_20 = datetime.date(2024, 6, 20)
JULY_1 = datetime.date(2024, 7, 1)

# Each status-logged record starting on May 31, with its initial status and two later ones.
LOGGED_RECORDS = {
    "process": (lambda: factories.ProcessFactory(started_on=MAY_31), "active", "stalled"),
    "proposal": (lambda: factories.ProposalFactory(announced_on=MAY_31), "tabled", "rejected"),
    "response": (
        lambda: factories.ResponseFactory(proposal__announced_on=MAY_31),
        "pending",
        "countered",
    ),
}


@pytest.fixture(params=LOGGED_RECORDS.values(), ids=LOGGED_RECORDS.keys())
def logged(request):
    """(record, initial status, a later status)"""
    make, *statuses = request.param
    return make(), *statuses


def live_log(record):
    return [(c.changed_on, c.status) for c in record.status_changes.live()]


def stored(record):
    return type(record).objects.get(pk=record.pk)


class TestARetractedChange:
    def test_stays_in_the_log_with_who_when_and_why(self, logged, analyst):
        record, _, later = logged
        mistake = record.change_status(later, changed_on=JUNE_10)

        retracted = record.retract_status_change(
            mistake, reason="  Misread the readout.  ", retracted_by=analyst
        )

        entry = type(mistake).objects.get(pk=mistake.pk)
        assert entry.is_retracted and retracted.is_retracted
        assert entry.retracted_by == analyst
        assert entry.retraction_reason == "Misread the readout."
        assert entry.retracted_at is not None
        assert (entry.status, entry.changed_on) == (later, JUNE_10)
        assert record.status_changes.count() == 2

    def test_no_longer_sets_the_current_status(self, logged, analyst):
        record, initial, later = logged
        mistake = record.change_status(later, changed_on=JUNE_10)

        record.retract_status_change(mistake, reason="Wrong record.", retracted_by=analyst)

        assert record.status == initial
        assert stored(record).status == initial
        assert type(record).objects.in_status_on([initial]).filter(pk=record.pk).exists()

    def test_no_longer_counts_as_of_any_date(self, logged, analyst):
        record, initial, later = logged
        mistake = record.change_status(later, changed_on=JUNE_10)

        record.retract_status_change(mistake, reason="Wrong date.", retracted_by=analyst)

        model = type(record)
        fresh = model.objects.prefetch_related("status_changes").get(pk=record.pk)
        assert fresh.status_on(JUNE_20) == initial
        assert fresh.change_in_force_on(JUNE_20).changed_on == MAY_31
        assert model.objects.with_status_on(JUNE_20).get(pk=record.pk).status_on_date == initial
        assert model.objects.in_status_on([later], JUNE_20).filter(pk=record.pk).exists() is False
        assert model.objects.in_status_on([initial], JUNE_20).filter(pk=record.pk).exists()

    def test_of_a_backdated_change_leaves_the_current_status_and_corrects_the_past(
        self, logged, analyst
    ):
        record, initial, later = logged
        record.change_status(later, changed_on=JUNE_20)
        mistake = record.change_status(later, changed_on=JUNE_5)

        record.retract_status_change(mistake, reason="Reported a week late.", retracted_by=analyst)

        fresh = stored(record)
        assert fresh.status == later
        assert fresh.status_on(JUNE_10) == initial
        assert fresh.status_on(JUNE_20) == later

    def test_is_audited_with_the_analyst_on_the_entry_and_the_record(self, logged, analyst):
        record, _, later = logged
        mistake = record.change_status(later, changed_on=JUNE_10)
        record_history_before = record.history.count()

        record.retract_status_change(mistake, reason="Duplicate.", retracted_by=analyst)

        entry_audit = mistake.history.order_by("-history_date", "-history_id").first()
        assert entry_audit.history_type == "~"
        assert entry_audit.history_user == analyst
        assert entry_audit.retraction_reason == "Duplicate."
        assert record.history.count() == record_history_before + 1
        assert record.history.order_by("-history_date", "-history_id").first().history_user == (
            analyst
        )


class TestACorrection:
    def test_is_a_retraction_plus_a_new_entry(self, logged, analyst):
        record, initial, later = logged
        mistake = record.change_status(later, changed_on=JUNE_20)

        record.retract_status_change(mistake, reason="Wrong date.", retracted_by=analyst)
        record.change_status(later, changed_on=JUNE_10, recorded_by=analyst)

        assert live_log(record) == [(MAY_31, initial), (JUNE_10, later)]
        assert record.status_changes.count() == 3
        assert stored(record).status_on(JUNE_10) == later

    def test_of_the_opening_status_records_the_right_one_then_retracts_the_wrong_one(
        self, logged, analyst
    ):
        record, initial, later = logged
        opening = record.status_changes.get()

        record.change_status(later, changed_on=MAY_31, recorded_by=analyst)
        record.retract_status_change(opening, reason="It began as the later status.")

        assert live_log(record) == [(MAY_31, later)]
        assert stored(record).status == later
        assert stored(record).status_on(MAY_31) == later


class TestARetractionIsRefused:
    def test_without_a_reason(self, logged, analyst):
        record, initial, later = logged
        mistake = record.change_status(later, changed_on=JUNE_10)

        with pytest.raises(ValidationError) as refused:
            record.retract_status_change(mistake, reason="   ", retracted_by=analyst)

        assert "retraction_reason" in refused.value.message_dict
        assert not type(mistake).objects.get(pk=mistake.pk).is_retracted
        assert stored(record).status == later

    def test_a_second_time_and_the_first_stands(self, logged, analyst):
        record, initial, later = logged
        mistake = record.change_status(later, changed_on=JUNE_10)
        record.retract_status_change(mistake, reason="First reason.", retracted_by=analyst)

        with pytest.raises(RetractionRefused, match="already retracted"):
            record.retract_status_change(mistake, reason="Second reason.")

        entry = type(mistake).objects.get(pk=mistake.pk)
        assert (entry.retraction_reason, entry.retracted_by) == ("First reason.", analyst)

    def test_for_the_last_live_entry_since_a_record_always_has_a_status(self, logged, analyst):
        record, initial, _ = logged
        opening = record.status_changes.get()

        with pytest.raises(RetractionRefused, match="record the right status first"):
            record.retract_status_change(opening, reason="Wrong.", retracted_by=analyst)

        assert live_log(record) == [(MAY_31, initial)]
        assert stored(record).status == initial

    @pytest.mark.parametrize("make", [entry[0] for entry in LOGGED_RECORDS.values()])
    def test_for_an_entry_of_another_record(self, make):
        record, other = make(), make()
        later = type(record).Status.values[-1]
        foreign = record.change_status(later, changed_on=JUNE_10)

        with pytest.raises(type(foreign).DoesNotExist):
            other.retract_status_change(foreign, reason="Not mine.")

        assert not type(foreign).objects.get(pk=foreign.pk).is_retracted


class TestAResponsesWait:
    @pytest.fixture
    def answered(self, analyst):
        response = factories.ResponseFactory(proposal__announced_on=MAY_31, due_on=JUNE_10)
        answer = response.change_status(Response.Status.REJECTED, changed_on=JUNE_5)
        return response, answer

    def test_resumes_when_the_answer_is_retracted(self, answered, analyst):
        response, answer = answered
        assert stored(response).responded_on == JUNE_5

        response.retract_status_change(answer, reason="Hamas denied it.", retracted_by=analyst)

        fresh = stored(response)
        assert fresh.status == Response.Status.PENDING
        assert fresh.responded_on is None
        assert fresh.days_pending(as_of=JUNE_20) == 20
        assert fresh.is_overdue(as_of=JUNE_20)
        assert list(Response.objects.pending(JUNE_20)) == [fresh]
        assert list(Response.objects.overdue(JUNE_20)) == [fresh]

    def test_ends_at_the_next_live_answer(self, answered, analyst):
        response, answer = answered
        response.change_status(Response.Status.COUNTERED, changed_on=JULY_1)

        response.retract_status_change(answer, reason="Hamas denied it.", retracted_by=analyst)

        fresh = stored(response)
        assert fresh.responded_on == JULY_1
        assert fresh.days_pending(as_of=JUNE_20) == 20
        assert fresh.days_pending(as_of=datetime.date(2024, 8, 1)) == 31

    def test_keeps_a_response_date_the_analyst_gave(self, analyst):
        response = factories.ResponseFactory(proposal__announced_on=MAY_31)
        response.responded_on = datetime.date(2024, 6, 3)
        response.save()
        answer = response.change_status(Response.Status.REJECTED, changed_on=JUNE_5)

        response.retract_status_change(answer, reason="Wrong status.", retracted_by=analyst)

        assert stored(response).responded_on == datetime.date(2024, 6, 3)


class TestNothingIsDeletedFromTheLog:
    def test_an_entry_cannot_be_deleted(self, logged):
        record, _, later = logged
        entry = record.change_status(later, changed_on=JUNE_10)

        with pytest.raises(ValidationError, match="retract"):
            entry.delete()
        with pytest.raises(ValidationError, match="retract"):
            record.status_changes.all().delete()

        assert record.status_changes.count() == 2

    def test_deleting_an_uncited_record_takes_its_log_with_it(self):
        process = factories.ProcessFactory()
        process.change_status("stalled", changed_on=JUNE_10)

        process.delete()

        assert not models.ProcessStatusChange.objects.filter(process_id=process.pk).exists()
