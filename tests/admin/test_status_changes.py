import datetime

import pytest
from django.utils import timezone

from negotiations.models import NegotiationProcess, Proposal, Response, ResponseStatusChange
from tests.admin.pages import admin_url, form_errors, submitted_form
from tests.factories import ProcessFactory, ProposalFactory, ResponseFactory, SourceFactory


def post_status_change(client, record, **status_fields):
    page = client.get(admin_url(type(record), "change", record.pk))
    assert page.status_code == 200
    data = submitted_form(page)
    data.update(status_fields)
    return client.post(admin_url(type(record), "change", record.pk), data)


def test_an_analyst_changes_a_responses_status_with_a_date_and_a_source(analyst_client, analyst):
    response = ResponseFactory()  # pending since 2024-05-31
    article = SourceFactory(title="Hamas answers")

    answer = post_status_change(
        analyst_client,
        response,
        new_status="countered",
        changed_on="2024-06-11",
        status_note="Hamas hands its reply to the mediators.",
        status_sources=[str(article.pk)],
    )

    assert answer.status_code == 302, form_errors(answer)
    confirmation = analyst_client.get(answer.url)
    assert "Recorded the status change: Countered on 2024-06-11." in confirmation.content.decode()
    response.refresh_from_db()
    assert response.status == Response.Status.COUNTERED
    assert response.responded_on == datetime.date(2024, 6, 11)
    change = response.status_changes.latest("changed_on")
    assert change.status == "countered"
    assert change.changed_on == datetime.date(2024, 6, 11)
    assert change.note == "Hamas hands its reply to the mediators."
    assert list(change.sources.all()) == [article]
    assert change.recorded_by == analyst
    assert response.status_on(datetime.date(2024, 6, 10)) == Response.Status.PENDING

    history = analyst_client.get(admin_url(Response, "history", response.pk))
    assert history.status_code == 200
    assert response.history.count() >= 2
    assert history.content.decode().count(analyst.username) >= 1

    change_page = analyst_client.get(admin_url(Response, "change", response.pk))
    assert "Hamas hands its reply to the mediators." in change_page.content.decode()


@pytest.mark.parametrize(
    "date_of",
    [
        pytest.param(lambda: "2024-05-30", id="before-the-request"),
        # "Tomorrow" is read when the test runs: read at collection, it is today after midnight.
        pytest.param(
            lambda: (timezone.localdate() + datetime.timedelta(days=1)).isoformat(),
            id="in-the-future",
        ),
    ],
)
def test_a_status_change_dated_outside_the_responses_life_is_rejected_on_the_date(
    analyst_client, date_of
):
    changed_on = date_of()
    response = ResponseFactory()
    changes_before = ResponseStatusChange.objects.count()

    answer = post_status_change(
        analyst_client, response, new_status="rejected", changed_on=changed_on
    )

    assert answer.status_code == 200
    assert "changed_on" in form_errors(answer)
    response.refresh_from_db()
    assert response.status == Response.Status.PENDING
    assert response.responded_on is None
    assert ResponseStatusChange.objects.count() == changes_before


def test_a_new_status_without_its_date_is_rejected(analyst_client):
    response = ResponseFactory()

    answer = post_status_change(analyst_client, response, new_status="accepted")

    assert answer.status_code == 200
    assert form_errors(answer)["changed_on"] == ["Give the real-world date the status changed."]
    response.refresh_from_db()
    assert response.status == Response.Status.PENDING


def test_a_date_without_a_new_status_is_rejected(analyst_client):
    response = ResponseFactory()

    answer = post_status_change(analyst_client, response, changed_on="2024-06-02")

    assert answer.status_code == 200
    assert "new_status" in form_errors(answer)
    assert response.status_changes.count() == 1


def test_the_status_cannot_be_overwritten_silently_on_change(analyst_client):
    response = ResponseFactory()

    answer = post_status_change(analyst_client, response, status="accepted", summary="Edited")

    assert answer.status_code == 302, form_errors(answer)
    response.refresh_from_db()
    assert response.summary == "Edited"
    assert response.status == Response.Status.PENDING
    assert response.status_changes.count() == 1


@pytest.mark.parametrize(
    ("factory", "new_status"),
    [(ProcessFactory, "stalled"), (ProposalFactory, "rejected")],
    ids=["process", "proposal"],
)
def test_processes_and_proposals_change_status_the_same_way(
    analyst_client, analyst, factory, new_status
):
    record = factory()
    source = SourceFactory()

    answer = post_status_change(
        analyst_client,
        record,
        new_status=new_status,
        changed_on="2024-06-12",
        status_sources=[str(source.pk)],
    )

    assert answer.status_code == 302, form_errors(answer)
    record.refresh_from_db()
    assert record.status == new_status
    change = record.status_changes.latest("changed_on")
    assert (change.changed_on, change.recorded_by) == (datetime.date(2024, 6, 12), analyst)
    assert list(change.sources.all()) == [source]


def test_on_add_the_initial_status_is_a_plain_field_logged_from_the_announcement(analyst_client):
    process = ProcessFactory()

    answer = analyst_client.post(
        admin_url(Proposal, "add"),
        {
            "process": process.pk,
            "title": "Counter-proposal",
            "status": "draft",
            "announced_on": "2024-06-11",
            "phases-TOTAL_FORMS": "0",
            "phases-INITIAL_FORMS": "0",
            "responses-TOTAL_FORMS": "0",
            "responses-INITIAL_FORMS": "0",
            "status_changes-TOTAL_FORMS": "0",
            "status_changes-INITIAL_FORMS": "0",
        },
    )

    assert answer.status_code == 302, form_errors(answer)
    proposal = Proposal.objects.get(title="Counter-proposal")
    assert proposal.status == Proposal.Status.DRAFT
    change = proposal.status_changes.get()
    assert (change.status, change.changed_on) == ("draft", datetime.date(2024, 6, 11))


def test_a_process_status_change_before_the_process_began_is_rejected(analyst_client):
    process = ProcessFactory(started_on=datetime.date(2023, 10, 7))

    answer = post_status_change(
        analyst_client, process, new_status="collapsed", changed_on="2023-10-06"
    )

    assert answer.status_code == 200
    assert "changed_on" in form_errors(answer)
    process.refresh_from_db()
    assert process.status == NegotiationProcess.Status.ACTIVE


@pytest.mark.parametrize(
    ("field", "bad_input"),
    [
        ("new_status", {"new_status": "surrendered", "changed_on": "2024-06-11"}),
        ("changed_on", {"new_status": "accepted", "changed_on": "2024-02-30"}),
        (
            "status_sources",
            {"new_status": "accepted", "changed_on": "2024-06-11", "status_sources": ["not-an-id"]},
        ),
        (
            "status_sources",
            {"new_status": "accepted", "changed_on": "2024-06-11", "status_sources": ["999999"]},
        ),
    ],
)
def test_bad_status_change_input_is_rejected_on_its_field(analyst_client, field, bad_input):
    response = ResponseFactory()

    answer = post_status_change(analyst_client, response, **bad_input)

    assert answer.status_code == 200
    assert field in form_errors(answer)
    response.refresh_from_db()
    assert response.status == Response.Status.PENDING
    assert response.status_changes.count() == 1
