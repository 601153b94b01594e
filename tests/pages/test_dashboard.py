import datetime

from django.urls import reverse

from negotiations.models import NegotiationProcess, Response
from tests.factories import MeetingFactory, ProposalFactory, ResponseFactory
from tests.pages.html import parse

DASHBOARD = reverse("negotiations:dashboard")


def pending_rows(page):
    return page.by_id("pending-responses").find("tbody").find_all("tr")


def test_the_dashboard_links_hamas_pending_response_to_the_may_31_page(viewer_client, gaza):
    response = viewer_client.get(f"{DASHBOARD}?as_of=2024-06-10")

    assert response.status_code == 200
    page = parse(response)
    [row] = pending_rows(page)
    assert "Hamas" in row.text and "10 days" in row.text
    link = row.find("a", class_="pending-link")
    assert link.attrs["href"] == (
        f"/proposals/may-31-plan/?as_of=2024-06-10#response-{gaza.hamas_response.pk}"
    )
    assert (
        "Gaza ceasefire and hostage-release negotiations"
        in page.by_id("processes-heading").parent.text
    )
    assert Response.objects.pending(datetime.date(2024, 6, 10)).count() == 1


def test_pending_responses_come_longest_waiting_first_with_overdue_marked(viewer_client, gaza):
    older = ProposalFactory(
        process=gaza.process, title="April framework", announced_on=datetime.date(2024, 4, 1)
    )
    ResponseFactory(proposal=older, respondent=gaza.Israel, due_on=datetime.date(2024, 4, 15))

    page = parse(viewer_client.get(f"{DASHBOARD}?as_of=2024-06-10"))

    assert page.by_id("pending-summary").text == "2 responses awaited on 10 June 2024, 1 overdue."
    first, second = pending_rows(page)
    assert "Israel" in first.text and "70 days" in first.text and "Overdue" in first.text
    assert "Hamas" in second.text and "Overdue" not in second.text


def test_an_answered_response_leaves_the_dashboard_from_the_day_of_the_answer(viewer_client, gaza):
    gaza.hamas_response.change_status(
        Response.Status.REJECTED, changed_on=datetime.date(2024, 6, 11)
    )

    before = parse(viewer_client.get(f"{DASHBOARD}?as_of=2024-06-10"))
    after = parse(viewer_client.get(f"{DASHBOARD}?as_of=2024-06-11"))

    assert len(pending_rows(before)) == 1
    assert after.by_id("pending-responses") is None
    assert "No response was awaited on 11 June 2024." in after.text
    assert "Rejected" in after.by_id("changes-heading").parent.text


def test_latest_meetings_and_statements_hide_what_came_after_the_date(viewer_client, gaza):
    MeetingFactory(process=gaza.process, title="Doha talks", date=datetime.date(2024, 6, 12))

    june_10 = parse(viewer_client.get(f"{DASHBOARD}?as_of=2024-06-10"))
    june_12 = parse(viewer_client.get(f"{DASHBOARD}?as_of=2024-06-12"))
    june_1 = parse(viewer_client.get(f"{DASHBOARD}?as_of=2024-06-01"))

    assert "Blinken meets al-Sisi in Cairo" in june_10.text
    assert "Doha talks" not in june_10.text
    assert "Doha talks" in june_12.text
    assert "Blinken meets al-Sisi in Cairo" not in june_1.text
    assert "press Hamas to say yes" not in june_1.text
    assert "No meeting recorded on or before 1 June 2024." in june_1.text


def test_an_empty_tracker_shows_empty_states(viewer_client):
    page = parse(viewer_client.get(DASHBOARD))

    assert "No response was awaited on" in page.text
    assert "No process was active on" in page.text
    assert "No meeting recorded on or before" in page.text
    assert "No statement recorded on or before" in page.text
    assert not NegotiationProcess.objects.exists()


def test_a_process_stalled_later_is_active_as_of_before(viewer_client, gaza):
    gaza.process.change_status(
        NegotiationProcess.Status.STALLED, changed_on=datetime.date(2024, 7, 1)
    )

    june = parse(viewer_client.get(f"{DASHBOARD}?as_of=2024-06-10"))
    july = parse(viewer_client.get(f"{DASHBOARD}?as_of=2024-07-02"))

    assert gaza.process.title in june.by_id("processes-heading").parent.text
    assert gaza.process.title not in july.by_id("processes-heading").parent.text
    assert NegotiationProcess.objects.get().status == NegotiationProcess.Status.STALLED
