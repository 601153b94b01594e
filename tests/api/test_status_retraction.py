"""`POST {processes,proposals,responses}/{id}/status-changes/{change_id}/retract/`: a mistaken
entry stays in the log, marked, and the record's current and "as of" statuses ignore it. Also
the explicit opening entry of a record created through the API."""

import datetime

import pytest
from django.utils import timezone

from negotiations.models import ProcessStatusChange, Response
from tests import factories

MAY_31 = datetime.date(2024, 5, 31)
JUNE_5 = datetime.date(2024, 6, 5)

# resource -> (factory of a record that began on May 31, its initial status, a later status)
RESOURCES = {
    "processes": (lambda: factories.ProcessFactory(started_on=MAY_31), "active", "stalled"),
    "proposals": (lambda: factories.ProposalFactory(announced_on=MAY_31), "tabled", "rejected"),
    "responses": (
        lambda: factories.ResponseFactory(proposal__announced_on=MAY_31),
        "pending",
        "countered",
    ),
}


@pytest.fixture(params=RESOURCES, ids=RESOURCES)
def mistaken(request, db):
    """(resource, record, initial status, the mistaken change)"""
    make, initial, later = RESOURCES[request.param]
    record = make()
    mistake = record.change_status(later, changed_on=JUNE_5, note="Misread.")
    return request.param, record, initial, mistake


def retract_url(resource, record_id, change_id) -> str:
    return f"/api/v1/{resource}/{record_id}/status-changes/{change_id}/retract/"


def test_an_analyst_retracts_a_change_and_gets_the_retracted_entry(analyst_api, analyst, mistaken):
    resource, record, initial, mistake = mistaken

    response = analyst_api.post(
        retract_url(resource, record.pk, mistake.pk),
        {"reason": "The readout said the opposite."},
        format="json",
    )

    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["id"] == mistake.pk
    assert body["status"] == mistake.status
    assert body["retracted_by"] == {"id": analyst.pk, "name": "analyst"}
    assert body["retraction_reason"] == "The readout said the opposite."
    assert body["retracted_at"] is not None
    mistake.refresh_from_db()
    assert mistake.is_retracted
    assert type(record).objects.get(pk=record.pk).status == initial
    detail = analyst_api.get(f"/api/v1/{resource}/{record.pk}/", {"as_of": "2024-06-10"})
    assert detail.json()["status"] == initial
    assert analyst_api.get(f"/api/v1/{resource}/{record.pk}/").json()["status"] == initial


def test_the_log_lists_retracted_entries_with_who_when_and_why(analyst_api, analyst, mistaken):
    resource, record, _, mistake = mistaken
    analyst_api.post(
        retract_url(resource, record.pk, mistake.pk), {"reason": "Duplicate."}, format="json"
    )

    entries = analyst_api.get(f"/api/v1/{resource}/{record.pk}/status-changes/").json()["results"]

    assert len(entries) == 2
    opening, retracted = entries
    assert (opening["retracted_at"], opening["retracted_by"], opening["retraction_reason"]) == (
        None,
        None,
        None,
    )
    assert retracted["retraction_reason"] == "Duplicate."
    assert retracted["retracted_by"]["name"] == "analyst"


def test_a_retracted_answer_makes_the_response_wait_again(analyst_api):
    response = factories.ResponseFactory(proposal__announced_on=MAY_31, due_on=JUNE_5)
    answer = response.change_status("rejected", changed_on=JUNE_5)

    analyst_api.post(
        retract_url("responses", response.pk, answer.pk), {"reason": "Denied."}, format="json"
    )

    body = analyst_api.get(f"/api/v1/responses/{response.pk}/", {"as_of": "2024-06-10"}).json()
    assert (body["status"], body["responded_on"]) == ("pending", None)
    assert body["days_pending"] == 10
    assert body["overdue"] is True
    overdue = analyst_api.get("/api/v1/responses/", {"overdue": "true", "as_of": "2024-06-10"})
    assert [item["id"] for item in overdue.json()["results"]] == [response.pk]


@pytest.mark.parametrize("body", [{}, {"reason": ""}, {"reason": "   "}, {"reason": None}])
def test_a_retraction_without_a_reason_is_a_400_naming_it(analyst_api, mistaken, body):
    resource, record, _, mistake = mistaken

    response = analyst_api.post(retract_url(resource, record.pk, mistake.pk), body, format="json")

    assert response.status_code == 400
    assert "reason" in response.json()
    mistake.refresh_from_db()
    assert not mistake.is_retracted
    assert type(record).objects.get(pk=record.pk).status == mistake.status


def test_retracting_twice_is_a_409_and_the_first_retraction_stands(analyst_api, mistaken):
    resource, record, _, mistake = mistaken
    url = retract_url(resource, record.pk, mistake.pk)
    analyst_api.post(url, {"reason": "First."}, format="json")

    response = analyst_api.post(url, {"reason": "Second."}, format="json")

    assert response.status_code == 409
    assert "already retracted" in response.json()["detail"]
    mistake.refresh_from_db()
    assert mistake.retraction_reason == "First."


def test_retracting_the_last_live_entry_is_a_409_that_says_what_to_do(analyst_api, mistaken):
    resource, record, initial, mistake = mistaken
    opening = record.status_changes.order_by("changed_on").first()
    analyst_api.post(
        retract_url(resource, record.pk, mistake.pk), {"reason": "Wrong."}, format="json"
    )

    response = analyst_api.post(
        retract_url(resource, record.pk, opening.pk), {"reason": "Also wrong."}, format="json"
    )

    assert response.status_code == 409
    assert "record the right status first" in response.json()["detail"]
    opening.refresh_from_db()
    assert not opening.is_retracted
    assert type(record).objects.get(pk=record.pk).status == initial


@pytest.mark.parametrize("change_id", ["999999", "abc", "99999999999999999999", "-1", "1.5"])
def test_an_unknown_change_is_a_404(analyst_api, mistaken, change_id):
    resource, record, _, mistake = mistaken

    response = analyst_api.post(
        retract_url(resource, record.pk, change_id), {"reason": "Wrong."}, format="json"
    )

    assert response.status_code == 404
    mistake.refresh_from_db()
    assert not mistake.is_retracted


def test_a_change_of_another_record_is_a_404(analyst_api, mistaken):
    resource, record, _, mistake = mistaken
    other = RESOURCES[resource][0]()

    response = analyst_api.post(
        retract_url(resource, other.pk, mistake.pk), {"reason": "Wrong."}, format="json"
    )

    assert response.status_code == 404
    mistake.refresh_from_db()
    assert not mistake.is_retracted


def test_a_viewer_may_not_retract(viewer_api, api, mistaken):
    resource, record, _, mistake = mistaken
    url = retract_url(resource, record.pk, mistake.pk)

    assert viewer_api.post(url, {"reason": "Wrong."}, format="json").status_code == 403
    assert api.post(url, {"reason": "Wrong."}, format="json").status_code in (401, 403)

    mistake.refresh_from_db()
    assert not mistake.is_retracted


def test_a_status_change_cannot_be_deleted_through_the_api(analyst_api, mistaken):
    resource, record, _, mistake = mistaken

    response = analyst_api.delete(f"/api/v1/{resource}/{record.pk}/status-changes/{mistake.pk}/")

    assert response.status_code in (404, 405)
    assert record.status_changes.count() == 2


def test_the_retraction_is_in_the_changes_feed_and_the_history_as_the_analysts_update(
    analyst_api, analyst, mistaken
):
    resource, record, _, mistake = mistaken
    since = timezone.now()

    analyst_api.post(
        retract_url(resource, record.pk, mistake.pk), {"reason": "Wrong."}, format="json"
    )

    feed = analyst_api.get("/api/v1/changes/", {"since": since.isoformat()}).json()["results"]
    assert [(e["resource"], e["id"], e["action"]) for e in feed] == [
        (resource, record.pk, "updated")
    ]
    assert feed[0]["changed_by"] == {"id": analyst.pk, "name": "analyst"}
    assert "status" in feed[0]["fields"]
    history = analyst_api.get(f"/api/v1/{resource}/{record.pk}/history/").json()["results"]
    assert history[-1]["history_user"] == {"id": analyst.pk, "name": "analyst"}
    audit = mistake.history.order_by("-history_date", "-history_id").first()
    assert (audit.history_user, audit.retraction_reason) == (analyst, "Wrong.")


class TestANewRecordsOpeningEntry:
    def test_a_record_created_through_the_api_opens_its_log_with_the_analyst(
        self, analyst_api, analyst
    ):
        proposal = factories.ProposalFactory(announced_on=MAY_31)
        hamas = factories.ActorFactory(name="Hamas")

        created = analyst_api.post(
            "/api/v1/responses/",
            {"proposal": proposal.pk, "respondent": hamas.pk, "status": "acknowledged"},
            format="json",
        )

        assert created.status_code == 201, created.json()
        response = Response.objects.get(pk=created.json()["id"])
        [opening] = response.status_changes.all()
        assert (opening.status, opening.changed_on) == ("acknowledged", MAY_31)
        assert opening.recorded_by == analyst
        assert opening.history.get().history_user == analyst
        assert response.history.get().history_user == analyst

    def test_a_process_created_with_parties_keeps_them_and_opens_its_log(
        self, analyst_api, analyst
    ):
        israel, hamas = factories.ActorFactory(), factories.ActorFactory()

        created = analyst_api.post(
            "/api/v1/processes/",
            {
                "title": "Gaza talks",
                "started_on": "2023-11-01",
                "status": "stalled",
                "parties": [israel.pk, hamas.pk],
            },
            format="json",
        )

        assert created.status_code == 201, created.json()
        assert {party["id"] for party in created.json()["parties"]} == {israel.pk, hamas.pk}
        [opening] = ProcessStatusChange.objects.filter(process_id=created.json()["id"])
        assert (opening.status, opening.changed_on, opening.recorded_by) == (
            "stalled",
            datetime.date(2023, 11, 1),
            analyst,
        )

    def test_writing_the_status_on_the_record_posts_a_change_dated_today(
        self, analyst_api, analyst
    ):
        response = factories.ResponseFactory(proposal__announced_on=MAY_31)

        patched = analyst_api.patch(
            f"/api/v1/responses/{response.pk}/", {"status": "rejected"}, format="json"
        )

        assert patched.status_code == 200, patched.json()
        latest = response.status_changes.order_by("-changed_on", "-recorded_at").first()
        assert (latest.status, latest.changed_on, latest.recorded_by) == (
            "rejected",
            timezone.localdate(),
            analyst,
        )
        assert response.status_changes.count() == 2
