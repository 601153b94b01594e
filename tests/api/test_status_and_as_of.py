"""Status changes through the API and reading records as they stood on a date."""

import datetime

import pytest
from django.utils import timezone

from negotiations import models
from tests import factories

MAY_31 = datetime.date(2024, 5, 31)


@pytest.fixture
def hamas_response():
    """The article's fact: Hamas has not answered the May 31 plan."""
    proposal = factories.ProposalFactory(title="May 31 three-phase plan", announced_on=MAY_31)
    hamas = factories.ActorFactory(name="Hamas", kind="armed_group")
    return factories.ResponseFactory(proposal=proposal, respondent=hamas)


def test_hamas_is_pending_since_may_31_and_has_waited_10_days_on_june_10(
    viewer_api, hamas_response
):
    response = viewer_api.get(f"/api/v1/responses/{hamas_response.pk}/?as_of=2024-06-10")

    assert response.status_code == 200
    body = response.json()
    assert body["respondent"]["name"] == "Hamas"
    assert body["status"] == "pending"
    assert body["requested_on"] == "2024-05-31"
    assert body["days_pending"] == 10
    assert body["overdue"] is False


def test_the_proposal_lists_its_responses_as_of_a_date(viewer_api, hamas_response):
    proposal = hamas_response.proposal

    body = viewer_api.get(f"/api/v1/proposals/{proposal.pk}/?as_of=2024-06-10").json()

    assert body["responses"] == [
        {
            "id": hamas_response.pk,
            "respondent": {"id": hamas_response.respondent_id, "name": "Hamas"},
            "status": "pending",
            "days_pending": 10,
            "overdue": False,
        }
    ]


def test_posting_a_status_change_moves_the_current_status(analyst_api, analyst, hamas_response):
    source = factories.SourceFactory()

    response = analyst_api.post(
        f"/api/v1/responses/{hamas_response.pk}/status-changes/",
        {
            "status": "countered",
            "changed_on": "2024-06-11",
            "note": "Hamas hands its reply to the mediators.",
            "sources": [source.pk],
        },
        format="json",
    )

    assert response.status_code == 201, response.json()
    assert response.json()["status"] == "countered"
    assert response.json()["recorded_by"] == {"id": analyst.pk, "name": "analyst"}
    hamas_response.refresh_from_db()
    assert hamas_response.status == "countered"
    assert hamas_response.responded_on == datetime.date(2024, 6, 11)
    change = hamas_response.status_changes.latest("changed_on")
    assert change.recorded_by == analyst
    assert list(change.sources.all()) == [source]


def test_the_status_log_is_listed_oldest_first(viewer_api, hamas_response):
    hamas_response.change_status("acknowledged", changed_on=datetime.date(2024, 6, 5))

    response = viewer_api.get(f"/api/v1/responses/{hamas_response.pk}/status-changes/")

    assert response.status_code == 200
    entries = response.json()["results"]
    assert [(e["status"], e["changed_on"]) for e in entries] == [
        ("pending", "2024-05-31"),
        ("acknowledged", "2024-06-05"),
    ]
    assert set(entries[0]) == {
        "id",
        "status",
        "changed_on",
        "note",
        "sources",
        "recorded_by",
        "recorded_at",
        "retracted_at",
        "retracted_by",
        "retraction_reason",
    }


def test_as_of_reads_the_status_before_between_and_after_changes(viewer_api, hamas_response):
    hamas_response.change_status("acknowledged", changed_on=datetime.date(2024, 6, 5))
    hamas_response.change_status("countered", changed_on=datetime.date(2024, 7, 2))
    url = f"/api/v1/responses/{hamas_response.pk}/"

    assert viewer_api.get(url, {"as_of": "2024-05-30"}).status_code == 404
    assert viewer_api.get(url, {"as_of": "2024-06-01"}).json()["status"] == "pending"
    assert viewer_api.get(url, {"as_of": "2024-06-05"}).json()["status"] == "acknowledged"
    after = viewer_api.get(url, {"as_of": "2024-07-10"}).json()
    assert after["status"] == "countered"
    assert after["days_pending"] == 32
    assert viewer_api.get(url).json()["status"] == "countered"


def test_a_list_as_of_a_date_filters_on_the_status_of_that_day(viewer_api, hamas_response):
    hamas_response.change_status("rejected", changed_on=datetime.date(2024, 7, 2))
    other = factories.ResponseFactory(proposal=hamas_response.proposal)

    then = viewer_api.get("/api/v1/responses/", {"as_of": "2024-06-10", "status": "pending"})
    now = viewer_api.get("/api/v1/responses/", {"status": "pending"})

    assert {r["id"] for r in then.json()["results"]} == {hamas_response.pk, other.pk}
    assert {r["id"] for r in now.json()["results"]} == {other.pk}


def test_overdue_is_past_the_deadline_and_still_awaited(viewer_api, hamas_response):
    hamas_response.due_on = datetime.date(2024, 6, 7)
    hamas_response.save()
    answered = factories.ResponseFactory(
        proposal=hamas_response.proposal, due_on=datetime.date(2024, 6, 7)
    )
    answered.change_status("accepted", changed_on=datetime.date(2024, 6, 6))

    on_time = viewer_api.get(f"/api/v1/responses/{hamas_response.pk}/?as_of=2024-06-07")
    late = viewer_api.get(f"/api/v1/responses/{hamas_response.pk}/?as_of=2024-06-08")
    listed = viewer_api.get("/api/v1/responses/", {"overdue": "true", "as_of": "2024-06-10"})

    assert on_time.json()["overdue"] is False
    assert late.json()["overdue"] is True
    assert [r["id"] for r in listed.json()["results"]] == [hamas_response.pk]
    assert viewer_api.get(f"/api/v1/responses/{answered.pk}/").json()["days_pending"] == 6


@pytest.mark.parametrize("as_of", ["2024-02-30", "yesterday", "2024-6-1", "20240601"])
def test_a_bad_as_of_date_is_a_400_naming_as_of(viewer_api, hamas_response, as_of):
    for url in ("/api/v1/responses/", f"/api/v1/responses/{hamas_response.pk}/"):
        response = viewer_api.get(url, {"as_of": as_of})

        assert response.status_code == 400
        assert "as_of" in response.json()


def test_processes_and_proposals_read_their_status_as_of_a_date(viewer_api):
    process = factories.ProcessFactory(started_on=datetime.date(2023, 10, 7))
    process.change_status("stalled", changed_on=datetime.date(2024, 3, 1))
    proposal = factories.ProposalFactory(process=process, announced_on=MAY_31)
    proposal.change_status("under_negotiation", changed_on=datetime.date(2024, 6, 10))

    process_then = viewer_api.get(f"/api/v1/processes/{process.pk}/?as_of=2024-01-01")
    proposals_then = viewer_api.get("/api/v1/proposals/", {"as_of": "2024-06-01"})
    proposals_now = viewer_api.get("/api/v1/proposals/")

    assert process_then.json()["status"] == "active"
    assert viewer_api.get(f"/api/v1/processes/{process.pk}/").json()["status"] == "stalled"
    assert proposals_then.json()["results"][0]["status"] == "tabled"
    assert proposals_now.json()["results"][0]["status"] == "under_negotiation"


def test_writing_status_directly_is_a_change_dated_today(analyst_api, analyst, hamas_response):
    response = analyst_api.patch(
        f"/api/v1/responses/{hamas_response.pk}/", {"status": "rejected"}, format="json"
    )

    assert response.status_code == 200
    latest = hamas_response.status_changes.order_by("-changed_on", "-recorded_at").first()
    assert (latest.status, latest.changed_on) == ("rejected", timezone.localdate())
    assert latest.recorded_by == analyst
    hamas_response.refresh_from_db()
    assert hamas_response.status == "rejected"


def test_a_created_record_logs_its_first_status_on_the_day_it_began(analyst_api, analyst):
    process = factories.ProcessFactory()

    response = analyst_api.post(
        "/api/v1/proposals/",
        {
            "process": process.pk,
            "title": "Plan",
            "announced_on": "2024-05-31",
            "status": "under_negotiation",
        },
        format="json",
    )

    assert response.status_code == 201
    change = models.Proposal.objects.get().status_changes.get()
    assert (change.status, change.changed_on) == ("under_negotiation", MAY_31)
    assert change.recorded_by == analyst


def test_a_status_change_before_the_record_existed_is_refused(analyst_api, hamas_response):
    response = analyst_api.post(
        f"/api/v1/responses/{hamas_response.pk}/status-changes/",
        {"status": "rejected", "changed_on": "2024-05-01"},
        format="json",
    )

    assert response.status_code == 400
    assert "changed_on" in response.json()
    assert hamas_response.status_changes.count() == 1


def test_a_status_change_in_the_future_is_refused(analyst_api, hamas_response):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    response = analyst_api.post(
        f"/api/v1/responses/{hamas_response.pk}/status-changes/",
        {"status": "rejected", "changed_on": tomorrow.isoformat()},
        format="json",
    )

    assert response.status_code == 400
    assert "changed_on" in response.json()
    hamas_response.refresh_from_db()
    assert hamas_response.status == "pending"


def test_a_status_that_does_not_belong_to_the_record_is_refused(analyst_api):
    process = factories.ProcessFactory()

    response = analyst_api.post(
        f"/api/v1/processes/{process.pk}/status-changes/",
        {"status": "pending", "changed_on": "2024-01-01"},
        format="json",
    )

    assert response.status_code == 400
    assert "status" in response.json()
    assert process.status_changes.count() == 1


def test_an_older_change_does_not_move_the_current_status(analyst_api, hamas_response):
    hamas_response.change_status("rejected", changed_on=datetime.date(2024, 7, 1))

    response = analyst_api.post(
        f"/api/v1/responses/{hamas_response.pk}/status-changes/",
        {"status": "acknowledged", "changed_on": "2024-06-05"},
        format="json",
    )

    assert response.status_code == 201
    hamas_response.refresh_from_db()
    assert hamas_response.status == "rejected"


def test_a_viewer_cannot_post_a_status_change(viewer_api, hamas_response):
    response = viewer_api.post(
        f"/api/v1/responses/{hamas_response.pk}/status-changes/",
        {"status": "rejected", "changed_on": "2024-06-05"},
        format="json",
    )

    assert response.status_code == 403
    assert hamas_response.status_changes.count() == 1


def test_a_proposal_as_of_a_date_leaves_out_responses_not_yet_requested(viewer_api):
    proposal = factories.ProposalFactory(announced_on=MAY_31)
    early = factories.ResponseFactory(proposal=proposal)
    factories.ResponseFactory(proposal=proposal, requested_on=datetime.date(2024, 6, 20))

    then = viewer_api.get(f"/api/v1/proposals/{proposal.pk}/?as_of=2024-06-10").json()
    now = viewer_api.get(f"/api/v1/proposals/{proposal.pk}/").json()

    assert [r["id"] for r in then["responses"]] == [early.pk]
    assert len(now["responses"]) == 2
