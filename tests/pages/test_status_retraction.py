"""A retracted status change stays in a record's status history, struck through with who, when
and why; every other part of the pages (current status, timeline, board, latest changes)
ignores it."""

import datetime

from django.urls import reverse

from negotiations.models import NegotiationProcess, Proposal, Response
from tests.pages.html import parse

DASHBOARD = reverse("negotiations:dashboard")
JUNE_5 = datetime.date(2024, 6, 5)


def get_page(client, viewname, slug, as_of="2024-06-10"):
    response = client.get(f"{reverse(viewname, args=[slug])}?as_of={as_of}")
    assert response.status_code == 200
    return parse(response)


def status_history(page):
    return page.by_id("history-heading").parent


def timeline_titles(page) -> list[str]:
    return [title.text for title in page.by_id("timeline").find_all("title")]


def test_the_process_history_strikes_through_a_retracted_change(viewer_client, analyst, gaza):
    mistake = gaza.process.change_status(NegotiationProcess.Status.COLLAPSED, changed_on=JUNE_5)
    gaza.process.retract_status_change(
        mistake, reason="Confused with the Doha track.", retracted_by=analyst
    )

    page = get_page(viewer_client, "negotiations:process-detail", gaza.process.slug)

    history = status_history(page)
    [struck] = history.find_all("del")
    assert "Collapsed" in struck.text and "5 June 2024" in struck.text
    retracted_item = struck.parent
    assert "record--retracted" in retracted_item.attrs["class"]
    assert (
        "by analyst: Confused with the Doha track."
        in retracted_item.find("span", class_="retraction").text
    )
    assert "Active" in history.text
    assert "Active" in page.by_id("process-status").text
    assert "Collapsed" not in page.by_id("process-status").text
    assert not [title for title in timeline_titles(page) if "Collapsed" in title]


def test_the_proposal_page_ignores_a_retracted_answer_but_lists_it(viewer_client, analyst, gaza):
    answer = gaza.hamas_response.change_status(Response.Status.REJECTED, changed_on=JUNE_5)
    gaza.proposal.change_status(Proposal.Status.REJECTED, changed_on=JUNE_5)
    mistake = gaza.proposal.status_changes.get(status=Proposal.Status.REJECTED)
    gaza.hamas_response.retract_status_change(answer, reason="Denied.", retracted_by=analyst)
    gaza.proposal.retract_status_change(mistake, reason="Followed a rumour.", retracted_by=analyst)

    page = get_page(viewer_client, "negotiations:proposal-detail", gaza.proposal.slug)

    assert "Rejected" not in page.by_id("proposal-status").text
    [struck] = status_history(page).find_all("del")
    assert "Rejected" in struck.text
    assert "Followed a rumour." in status_history(page).text
    responses = page.by_id("responses-heading").parent.text
    assert "Pending" in responses and "Rejected" not in responses
    assert not [title for title in timeline_titles(page) if "Rejected" in title]


def test_the_dashboard_keeps_a_response_whose_answer_was_retracted_waiting(
    viewer_client, analyst, gaza
):
    answer = gaza.hamas_response.change_status(Response.Status.REJECTED, changed_on=JUNE_5)
    gaza.hamas_response.retract_status_change(answer, reason="Denied.", retracted_by=analyst)

    page = parse(viewer_client.get(f"{DASHBOARD}?as_of=2024-06-10"))

    [row] = page.by_id("pending-responses").find("tbody").find_all("tr")
    assert "Hamas" in row.text and "10 days" in row.text
    assert "Rejected" not in page.by_id("changes-heading").parent.text
