"""Status changes through the API and reading records as they stood on a date."""

import datetime

import pytest
from django.utils import timezone

from negotiations import models
from negotiations.models import Response
from tests import factories
from tests.api import contract
from tests.api.contract import detail_url, list_url, results

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


@pytest.mark.parametrize("resource", contract.STATUS_LOGGED)
def test_status_changes_list_oldest_first_with_the_contracts_fields(analyst_api, resource):
    record = contract.make_record(resource)
    url = f"{detail_url(resource, record.pk)}status-changes/"
    later = {"status": contract.NEXT_STATUS[resource], "changed_on": "2024-08-01", "note": "later"}
    earlier = {
        "status": contract.NEXT_STATUS[resource],
        "changed_on": "2024-06-15",
        "note": "early",
    }

    first_post = analyst_api.post(url, later, format="json")
    second_post = analyst_api.post(url, earlier, format="json")
    listing = analyst_api.get(url)

    assert first_post.status_code == 201, first_post.content[:300]
    assert second_post.status_code == 201, second_post.content[:300]
    assert listing.status_code == 200
    changes = results(listing.json())
    dates = [change["changed_on"] for change in changes]
    assert dates == sorted(dates)
    assert dates[-2:] == ["2024-06-15", "2024-08-01"]
    for change in changes:
        assert set(change) >= contract.STATUS_CHANGE_FIELDS
    assert record.status_changes.count() == len(changes)
    contract.assert_is_relation_object(changes[-1]["recorded_by"], "status change recorded_by")
    source = factories.SourceFactory()
    cited = analyst_api.post(
        url,
        {
            "status": contract.NEXT_STATUS[resource],
            "changed_on": "2024-08-02",
            "sources": [source.pk],
        },
        format="json",
    )
    (cited_source,) = cited.json()["sources"]
    contract.assert_is_relation_object(cited_source, "status change sources[]")


@pytest.mark.parametrize("resource", contract.STATUS_LOGGED)
def test_a_status_change_moves_the_status_only_when_it_is_the_latest(analyst_api, resource):
    record = contract.make_record(resource)
    url = f"{detail_url(resource, record.pk)}status-changes/"
    initial = record.status
    new_status = contract.NEXT_STATUS[resource]

    later = analyst_api.post(url, {"status": new_status, "changed_on": "2024-08-01"}, format="json")
    older = analyst_api.post(url, {"status": initial, "changed_on": "2024-07-01"}, format="json")

    assert (later.status_code, older.status_code) == (201, 201), older.content[:300]
    record.refresh_from_db()
    assert record.status == new_status
    assert analyst_api.get(detail_url(resource, record.pk)).json()["status"] == new_status


@pytest.mark.parametrize("resource", contract.STATUS_LOGGED)
def test_as_of_answers_the_status_as_it_stood(analyst_api, resource):
    record = contract.make_record(resource)
    initial = record.status
    record.change_status(contract.NEXT_STATUS[resource], changed_on=datetime.date(2024, 7, 1))

    before = analyst_api.get(detail_url(resource, record.pk), {"as_of": "2024-06-10"})
    after = analyst_api.get(detail_url(resource, record.pk), {"as_of": "2024-07-15"})
    listed = analyst_api.get(list_url(resource), {"as_of": "2024-06-10", "page_size": 200})

    assert before.status_code == 200, before.content[:300]
    assert before.json()["status"] == initial
    assert after.json()["status"] == contract.NEXT_STATUS[resource]
    (item,) = [item for item in listed.json()["results"] if item["id"] == record.pk]
    assert item["status"] == initial
    record.refresh_from_db()
    assert record.status == contract.NEXT_STATUS[resource]


def test_as_of_answers_days_pending_and_overdue_as_they_stood(analyst_api):
    response = factories.ResponseFactory(due_on=datetime.date(2024, 6, 7))
    response.change_status("countered", changed_on=datetime.date(2024, 7, 1))
    url = detail_url("responses", response.pk)

    on_june_10 = analyst_api.get(url, {"as_of": "2024-06-10"}).json()
    on_june_5 = analyst_api.get(url, {"as_of": "2024-06-05"}).json()
    on_july_15 = analyst_api.get(url, {"as_of": "2024-07-15"}).json()
    proposal = analyst_api.get(
        detail_url("proposals", response.proposal_id), {"as_of": "2024-06-10"}
    ).json()

    assert (on_june_10["status"], on_june_10["days_pending"], on_june_10["overdue"]) == (
        "pending",
        10,
        True,
    )
    assert (on_june_5["days_pending"], on_june_5["overdue"]) == (5, False)
    assert (on_july_15["status"], on_july_15["days_pending"], on_july_15["overdue"]) == (
        "countered",
        31,
        False,
    )
    (answer,) = proposal["responses"]
    assert (answer["status"], answer["days_pending"], answer["overdue"]) == ("pending", 10, True)
    assert Response.objects.get(pk=response.pk).status == "countered"


def test_the_status_filter_with_as_of_filters_on_the_status_of_that_day(analyst_api):
    answered_in_july = factories.ResponseFactory()
    answered_in_july.change_status("countered", changed_on=datetime.date(2024, 7, 1))
    still_pending = factories.ResponseFactory()

    def found(**params):
        answer = analyst_api.get(list_url("responses"), params)
        assert answer.status_code == 200, answer.content[:300]
        return sorted((item["id"], item["status"]) for item in answer.json()["results"])

    assert found(status="pending", as_of="2024-06-10") == sorted(
        [(answered_in_july.pk, "pending"), (still_pending.pk, "pending")]
    )
    assert found(status="countered", as_of="2024-06-10") == []
    assert found(status="countered") == [(answered_in_july.pk, "countered")]
    assert found(status="pending") == [(still_pending.pk, "pending")]


def test_days_pending_and_overdue_without_as_of_are_as_of_today(analyst_api):
    waiting = factories.ResponseFactory(due_on=datetime.date(2024, 6, 7))
    answered = factories.ResponseFactory(due_on=datetime.date(2024, 6, 7))
    answered.change_status("rejected", changed_on=datetime.date(2024, 6, 20))

    waiting_read = analyst_api.get(detail_url("responses", waiting.pk)).json()
    answered_read = analyst_api.get(detail_url("responses", answered.pk)).json()
    overdue = analyst_api.get(list_url("responses"), {"overdue": "true"}).json()["results"]

    assert waiting_read["days_pending"] == (contract.today() - datetime.date(2024, 5, 31)).days
    assert waiting_read["overdue"] is True
    assert (answered_read["days_pending"], answered_read["overdue"]) == (20, False)
    assert [item["id"] for item in overdue] == [waiting.pk]


STATUS_CHANGE_MISTAKES = [
    ({"status": "maybe", "changed_on": "2024-06-05"}, "status"),
    ({"status": None, "changed_on": "2024-06-05"}, "status"),
    ({"changed_on": "2024-06-05"}, "status"),
    ({"status": "NEXT", "changed_on": "2024-02-30"}, "changed_on"),
    ({"status": "NEXT", "changed_on": "2999-01-01"}, "changed_on"),
    ({"status": "NEXT", "changed_on": "1990-01-01"}, "changed_on"),
    ({"status": "NEXT"}, "changed_on"),
    ({"status": "NEXT", "changed_on": "2024-06-05", "sources": [contract.MISSING_ID]}, "sources"),
    ({"status": "NEXT", "changed_on": "2024-06-05", "note": "a\x00b"}, "note"),
]


@pytest.mark.parametrize("resource", contract.STATUS_LOGGED)
@pytest.mark.parametrize(("body", "field"), STATUS_CHANGE_MISTAKES)
def test_a_bad_status_change_names_the_field_and_moves_nothing(analyst_api, resource, body, field):
    record = contract.make_record(resource)
    if body.get("status") == "NEXT":
        body = {**body, "status": contract.NEXT_STATUS[resource]}
    before = contract.record_values(record)
    counts_before = contract.row_counts()

    response = analyst_api.post(
        f"{detail_url(resource, record.pk)}status-changes/", body, format="json"
    )

    contract.assert_rejected(response, field, counts_before)
    assert contract.record_values(record) == before


@pytest.mark.parametrize("resource", contract.STATUS_LOGGED)
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_the_status_changes_of_a_missing_record_answer_404(analyst_api, resource, method):
    body = {"status": contract.NEXT_STATUS[resource], "changed_on": "2024-06-05"}
    counts_before = contract.row_counts()
    url = f"{detail_url(resource, contract.MISSING_ID)}status-changes/"

    if method == "POST":
        response = analyst_api.post(url, body, format="json")
    else:
        response = analyst_api.get(url)

    contract.assert_rejected(response, None, counts_before, status=404)
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize("resource", contract.STATUS_LOGGED)
@pytest.mark.parametrize(
    "as_of",
    ["garbage", "yesterday", "2024-02-30", "2024-6-1", "20240601", "2024-06-10T00:00:00", "\x00"],
)
@pytest.mark.parametrize("route", ["list", "detail"])
def test_an_as_of_that_is_not_a_date_answers_400_naming_it(analyst_api, resource, as_of, route):
    record = contract.make_record(resource)
    url = list_url(resource) if route == "list" else detail_url(resource, record.pk)

    response = analyst_api.get(url, {"as_of": as_of})

    assert response.status_code == 400, response.content[:300]
    assert "as_of" in response.json()
