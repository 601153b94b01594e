"""The pages on the demo data set that `load_demo` loads: the journey of the issue, answered
from the dashboard in one click."""

import io

from django.core.management import call_command

from negotiations.models import Proposal, Response
from tests.pages.html import board_row, parse


def test_the_demo_may_31_page_shows_hamas_pending_10_days_as_of_june_10(viewer_client):
    call_command("load_demo", stdout=io.StringIO())

    dashboard = parse(viewer_client.get("/?as_of=2024-06-10"))
    link = next(a for a in dashboard.find_all("a", class_="pending-link") if "May 31" in a.text)
    page = viewer_client.get(link.attrs["href"])

    assert page.status_code == 200
    row = board_row(parse(page), "Hamas")
    assert "Pending" in row.text
    assert "10 days" in row.text
    proposal = Proposal.objects.get(responses__respondent__name="Hamas")
    assert proposal.responses.get().status == Response.Status.PENDING
