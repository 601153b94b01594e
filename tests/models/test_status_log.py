"""The dated, sourced status log: the current status is always the latest change, and any "as of"
question is answered from the same log, per record and per queryset alike."""

import datetime
import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from negotiations import models
from negotiations.models import Response
from tests import factories

pytestmark = pytest.mark.django_db

MAY_31 = datetime.date(2024, 5, 31)
JUNE_5 = datetime.date(2024, 6, 5)
JUNE_10 = datetime.date(2024, 6, 10)
JUNE_20 = datetime.date(2024, 6, 20)
DAY = datetime.timedelta(days=1)


def a_process():
    return factories.ProcessFactory(started_on=MAY_31)


def a_proposal():
    return factories.ProposalFactory(announced_on=MAY_31)


def a_response():
    return factories.ResponseFactory(proposal=factories.ProposalFactory(announced_on=MAY_31))


# Each status-logged record starting on May 31, with its initial status and two later ones.
LOGGED_RECORDS = {
    "process": (a_process, "active", "stalled", "suspended"),
    "proposal": (a_proposal, "tabled", "under_negotiation", "rejected"),
    "response": (a_response, "pending", "acknowledged", "countered"),
}


@pytest.fixture(params=LOGGED_RECORDS.values(), ids=LOGGED_RECORDS.keys())
def logged(request):
    """(record, initial status, a second status, a third status)"""
    make, *statuses = request.param
    return make(), *statuses


def log_of(record):
    changes = (
        type(record)
        .status_change_model()
        .objects.filter(**{type(record).status_change_model().record_field: record})
    )
    return [(change.changed_on, change.status) for change in changes]


def stored_status(record):
    return type(record).objects.get(pk=record.pk).status


class TestANewRecord:
    def test_it_logs_its_initial_status_on_the_day_it_began_in_the_world(self, logged):
        record, initial, *_ = logged

        assert log_of(record) == [(MAY_31, initial)]
        assert stored_status(record) == initial

    @pytest.mark.parametrize(
        "make",
        [
            lambda: factories.ProcessFactory(started_on=None),
            lambda: factories.ProposalFactory(announced_on=None),
        ],
        ids=["process", "proposal"],
    )
    def test_without_a_start_date_it_logs_its_status_today(self, make):
        record = make()

        assert log_of(record) == [(timezone.localdate(), record.status)]

    def test_a_response_is_requested_on_the_announcement_by_default(self):
        response = a_response()

        assert response.requested_on == MAY_31
        assert log_of(response) == [(MAY_31, "pending")]

    def test_a_response_created_as_answered_is_answered_on_the_day_it_began(self):
        response = factories.ResponseFactory(
            proposal=factories.ProposalFactory(announced_on=MAY_31), status="rejected"
        )

        response.refresh_from_db()
        assert response.responded_on == MAY_31
        assert response.days_pending(as_of=JUNE_10) == 0

    def test_saving_it_without_its_opening_entry_is_refused(self, logged):
        record, *_ = logged
        model = type(record)
        count_before = model.objects.count()
        new = model(**{field: getattr(record, field) for field in NEW_RECORD_FIELDS[model]})

        with pytest.raises(ValidationError) as refused:
            new.save()

        assert "save_with_opening_entry" in refused.value.messages[0]
        assert model.objects.count() == count_before

    def test_its_opening_entry_names_the_analyst_and_cites_its_sources(self, logged):
        record, initial, *_ = logged
        model = type(record)
        analyst = factories.UserFactory(role="analyst")
        article = factories.SourceFactory()
        new = model(**{field: getattr(record, field) for field in NEW_RECORD_FIELDS[model]})
        if model is Response:
            new.respondent = factories.ActorFactory()

        new.save_with_opening_entry(
            changed_on=JUNE_5,
            note="As the article reports.",
            sources=[article],
            recorded_by=analyst,
        )

        [opening] = new.status_changes.all()
        assert (opening.status, opening.changed_on, opening.note) == (
            initial,
            JUNE_5,
            "As the article reports.",
        )
        assert opening.recorded_by == analyst
        assert list(opening.sources.all()) == [article]
        # Every row of both trails (the entry's sources are a row of their own) names the analyst.
        assert {row.history_user for row in new.history.all()} == {analyst}
        assert {row.history_user for row in opening.history.all()} == {analyst}

    def test_its_opening_entry_is_judged_like_any_change(self, logged):
        record, *_ = logged
        model = type(record)
        count_before = model.objects.count()
        new = model(**{field: getattr(record, field) for field in NEW_RECORD_FIELDS[model]})
        if model is Response:
            new.respondent = factories.ActorFactory()

        with pytest.raises(ValidationError) as refused:
            new.save_with_opening_entry(changed_on=timezone.localdate() + DAY)

        assert "changed_on" in refused.value.message_dict
        assert model.objects.count() == count_before

    def test_an_existing_record_cannot_open_its_log_again(self, logged):
        record, initial, *_ = logged

        with pytest.raises(ValueError, match="change_status"):
            record.save_with_opening_entry()

        assert log_of(record) == [(MAY_31, initial)]


# The fields a second record of each kind copies from the first.
NEW_RECORD_FIELDS = {
    models.NegotiationProcess: ["title", "started_on"],
    models.Proposal: ["process", "title", "announced_on"],
    models.Response: ["proposal"],
}


class TestCurrentStatusIsTheLatestChange:
    def test_a_later_change_becomes_the_current_status(self, logged):
        record, initial, second, _ = logged

        record.change_status(second, changed_on=JUNE_10)

        assert record.status == second
        assert stored_status(record) == second
        assert log_of(record) == [(MAY_31, initial), (JUNE_10, second)]

    def test_a_change_on_the_same_day_as_the_latest_becomes_the_current_status(self, logged):
        record, _, second, third = logged
        record.change_status(second, changed_on=JUNE_10)

        record.change_status(third, changed_on=JUNE_10)

        assert stored_status(record) == third
        assert record.status_on(JUNE_10) == third

    def test_a_backdated_change_does_not_move_the_current_status(self, logged):
        record, initial, second, third = logged
        record.change_status(third, changed_on=JUNE_20)

        record.change_status(second, changed_on=JUNE_5)

        assert record.status == third
        assert stored_status(record) == third
        assert log_of(record) == [(MAY_31, initial), (JUNE_5, second), (JUNE_20, third)]
        assert record.status_on(JUNE_10) == second

    def test_a_change_on_the_day_the_record_began_is_accepted(self, logged):
        record, initial, second, _ = logged

        record.change_status(second, changed_on=MAY_31)

        assert stored_status(record) == second
        assert record.status_on(MAY_31) == second

    @pytest.mark.parametrize("update_fields", [None, ["status"]], ids=["save", "update_fields"])
    def test_saving_a_status_the_log_does_not_hold_is_refused(self, logged, update_fields):
        record, initial, second, _ = logged

        record.status = second
        with pytest.raises(ValidationError) as refused:
            record.save(update_fields=update_fields)

        assert "change_status" in refused.value.message_dict["status"][0]
        assert log_of(record) == [(MAY_31, initial)]
        assert stored_status(record) == initial

    def test_a_stale_copy_cannot_put_back_the_status_it_was_loaded_with(self, logged):
        """Another analyst moved the status meanwhile: saving the stale copy would undo it."""
        record, initial, second, _ = logged
        type(record).objects.get(pk=record.pk).change_status(second, changed_on=JUNE_10)

        with pytest.raises(ValidationError):
            record.save()

        assert stored_status(record) == second
        assert log_of(record) == [(MAY_31, initial), (JUNE_10, second)]

    def test_saving_other_fields_logs_nothing(self, logged):
        record, initial, *_ = logged
        fresh = type(record).objects.get(pk=record.pk)

        fresh.save()

        assert log_of(record) == [(MAY_31, initial)]

    def test_saving_a_reloaded_record_logs_nothing(self, logged):
        """A copy refreshed after another analyst's change must not log that change again."""
        record, initial, second, _ = logged
        type(record).objects.get(pk=record.pk).change_status(second, changed_on=JUNE_10)

        record.refresh_from_db()
        record.save()

        assert log_of(record) == [(MAY_31, initial), (JUNE_10, second)]

    def test_a_stale_copy_changing_the_status_keeps_what_others_saved_meanwhile(self, logged):
        record, _, second, _ = logged
        elsewhere = type(record).objects.get(pk=record.pk)
        elsewhere.summary = "Edited by another analyst."
        elsewhere.save()

        record.change_status(second, changed_on=JUNE_10)

        stored = type(record).objects.get(pk=record.pk)
        assert stored.summary == "Edited by another analyst."
        assert stored.status == second


class TestChangeStatusRefusesWhatCannotBeTrue:
    @pytest.mark.parametrize(
        "date_of",
        # "Tomorrow" is read when the test runs: read at collection, it is today after midnight.
        [lambda: MAY_31 - DAY, lambda: timezone.localdate() + DAY],
        ids=["before the record began", "in the future"],
    )
    def test_it_refuses_the_date_and_writes_nothing(self, logged, date_of):
        record, initial, second, _ = logged
        changed_on = date_of()

        with pytest.raises(ValidationError) as error:
            record.change_status(second, changed_on=changed_on)

        assert list(error.value.message_dict) == ["changed_on"]
        assert log_of(record) == [(MAY_31, initial)]
        assert stored_status(record) == initial
        assert record.status == initial

    def test_it_refuses_a_status_outside_the_vocabulary(self, logged):
        record, initial, *_ = logged

        with pytest.raises(ValidationError) as error:
            record.change_status("vanished", changed_on=JUNE_10)

        assert "status" in error.value.message_dict
        assert log_of(record) == [(MAY_31, initial)]

    def test_today_is_accepted(self, logged):
        record, _, second, _ = logged

        record.change_status(second, changed_on=timezone.localdate())

        assert stored_status(record) == second

    def test_a_record_with_no_start_date_accepts_any_past_date(self):
        process = factories.ProcessFactory(started_on=None)

        process.change_status("stalled", changed_on=datetime.date(1979, 3, 26))

        assert process.status_on(datetime.date(1979, 3, 26)) == "stalled"


def test_the_change_keeps_its_sources_note_and_analyst(logged):
    record, _, second, _ = logged
    analyst = factories.UserFactory(role="analyst")
    article, readout = factories.SourceFactory(), factories.SourceFactory()

    change = record.change_status(
        second,
        changed_on=JUNE_10,
        note="Reported by AFP.",
        sources=[article, readout],
        recorded_by=analyst,
    )

    stored = type(change).objects.get(pk=change.pk)
    assert set(stored.sources.all()) == {article, readout}
    assert stored.note == "Reported by AFP."
    assert stored.recorded_by == analyst
    assert stored.record == record


class TestRespondedOn:
    @pytest.mark.parametrize(
        "status", ["accepted", "accepted_with_conditions", "countered", "rejected", "withdrawn"]
    )
    def test_an_answer_dates_the_response(self, status):
        response = a_response()

        response.change_status(status, changed_on=JUNE_10)

        assert models.Response.objects.get(pk=response.pk).responded_on == JUNE_10

    def test_an_acknowledgement_is_not_an_answer(self):
        response = a_response()

        response.change_status("acknowledged", changed_on=JUNE_10)

        assert models.Response.objects.get(pk=response.pk).responded_on is None

    def test_a_date_the_analyst_gave_is_kept(self):
        response = a_response()
        response.responded_on = JUNE_5
        response.save()

        response.change_status("countered", changed_on=JUNE_10)

        assert models.Response.objects.get(pk=response.pk).responded_on == JUNE_5


class TestAsOf:
    """status_on(), with_status_on() and in_status_on() read the same log the same way."""

    @pytest.fixture
    def history(self, logged):
        record, initial, second, third = logged
        record.change_status(second, changed_on=JUNE_10)
        record.change_status(third, changed_on=JUNE_20)
        return record, {
            MAY_31 - DAY: None,  # before the first change
            MAY_31: initial,  # on a change date
            JUNE_5: initial,  # between changes
            JUNE_10: second,
            JUNE_20 - DAY: second,
            JUNE_20: third,
            JUNE_20 + 100 * DAY: third,  # after the last
        }

    def test_status_on_answers_for_every_date(self, history):
        record, expected = history

        assert {date: record.status_on(date) for date in expected} == expected

    def test_with_status_on_answers_the_same(self, history):
        record, expected = history
        queryset = type(record).objects.filter(pk=record.pk)

        answers = {date: queryset.with_status_on(date).get().status_on_date for date in expected}

        assert answers == expected

    def test_logged_by_holds_the_record_exactly_when_it_had_a_status(self, history):
        record, expected = history
        queryset = type(record).objects.filter(pk=record.pk)

        answers = {date: queryset.logged_by(date).exists() for date in expected}

        assert answers == {date: status is not None for date, status in expected.items()}

    def test_in_status_on_finds_the_record_exactly_when_it_held_the_status(self, history):
        record, expected = history
        model = type(record)

        for date, status in expected.items():
            for candidate in model.Status.values:
                found = model.objects.in_status_on([candidate], date).filter(pk=record.pk)
                assert found.exists() == (candidate == status), (date, candidate)

    def test_in_status_on_without_a_date_reads_the_current_status(self, history):
        record, _ = history
        model = type(record)

        assert list(model.objects.in_status_on([record.status])) == [record]

    def test_the_latest_change_is_the_current_status(self, history):
        record, expected = history

        assert stored_status(record) == expected[max(expected)]

    def test_status_label_on_names_the_status_or_its_absence(self, history):
        record, _ = history

        assert record.status_label_on(MAY_31 - DAY) == "Not yet recorded"
        assert record.status_label_on(JUNE_20) == record.Status(record.status).label

    def test_a_prefetched_log_answers_without_queries(self, history, django_assert_num_queries):
        record, expected = history
        prefetched = type(record).objects.prefetch_related("status_changes").get(pk=record.pk)

        with django_assert_num_queries(0):
            answers = {date: prefetched.status_on(date) for date in expected}

        assert answers == expected


class TestConcurrencyDesign:
    def test_changes_on_the_same_day_are_ordered_by_when_they_were_recorded(self, logged):
        record, _, second, third = logged
        first_recorded = record.change_status(third, changed_on=JUNE_10)
        record.change_status(second, changed_on=JUNE_10)
        # The log orders by recorded_at: even an earlier id recorded later must win.
        type(first_recorded).objects.filter(pk=first_recorded.pk).update(
            recorded_at=timezone.now() + datetime.timedelta(seconds=1)
        )
        queryset = type(record).objects.filter(pk=record.pk)

        record.refresh_status_from_log()

        assert stored_status(record) == third
        assert record.status_on(JUNE_10) == third
        assert queryset.with_status_on(JUNE_10).get().status_on_date == third

    def test_changes_recorded_at_the_same_instant_are_ordered_by_id(self, logged):
        record, _, second, third = logged
        earlier = record.change_status(second, changed_on=JUNE_10)
        later = record.change_status(third, changed_on=JUNE_10)
        same_instant = timezone.now()
        type(earlier).objects.filter(pk__in=[earlier.pk, later.pk]).update(recorded_at=same_instant)
        queryset = type(record).objects.filter(pk=record.pk)

        record.refresh_status_from_log()

        assert later.pk > earlier.pk
        assert stored_status(record) == third
        assert record.status_on(JUNE_10) == third
        assert queryset.with_status_on(JUNE_10).get().status_on_date == third

    def test_change_status_locks_the_record_before_writing_the_change(self, logged):
        record, _, second, _ = logged
        table = type(record)._meta.db_table
        change_table = type(record).status_change_model()._meta.db_table

        with CaptureQueriesContext(connection) as queries:
            record.change_status(second, changed_on=JUNE_10)

        statements = [query["sql"] for query in queries.captured_queries]
        lock = next(
            index
            for index, sql in enumerate(statements)
            if sql.startswith("SELECT") and f'FROM "{table}"' in sql
        )
        insert = next(
            index
            for index, sql in enumerate(statements)
            if sql.startswith(f'INSERT INTO "{change_table}"')
        )
        assert lock < insert
        if connection.features.has_select_for_update:  # SQLite locks the whole database instead
            assert "FOR UPDATE" in statements[lock]


@pytest.mark.django_db(transaction=True)
def test_two_analysts_at_once_leave_the_current_status_equal_to_the_latest_change():
    """The first analyst records a change dated June 20 and has not committed yet; the second
    backdates one to June 10. Without the row lock the second would read the log without the
    first's change and overwrite the current status with its own, older one."""
    if not connection.features.has_select_for_update:
        pytest.skip("SQLite has no row locks: it lets one writer at a time into the database")
    response = a_response()
    first_has_written, let_first_commit = threading.Event(), threading.Event()
    failures = []

    def first_analyst():
        try:
            with transaction.atomic():
                copy = Response.objects.get(pk=response.pk)
                copy.change_status(Response.Status.COUNTERED, changed_on=JUNE_20)
                first_has_written.set()
                let_first_commit.wait(timeout=10)
        except Exception as error:  # reported below: a thread cannot fail the test itself
            failures.append(error)
        finally:
            first_has_written.set()
            connection.close()

    def second_analyst():
        try:
            copy = Response.objects.get(pk=response.pk)
            copy.change_status(Response.Status.ACKNOWLEDGED, changed_on=JUNE_10)
        except Exception as error:
            failures.append(error)
        finally:
            connection.close()

    first = threading.Thread(target=first_analyst)
    second = threading.Thread(target=second_analyst)
    first.start()
    assert first_has_written.wait(timeout=10)
    second.start()
    second.join(timeout=0.5)  # give the second analyst time to reach the lock (or to race)
    let_first_commit.set()
    first.join(timeout=10)
    second.join(timeout=10)

    assert failures == []
    assert log_of(response) == [
        (MAY_31, "pending"),
        (JUNE_10, "acknowledged"),
        (JUNE_20, "countered"),
    ]
    assert stored_status(response) == "countered"
