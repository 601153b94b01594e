"""Whatever a reader types into the address bar, a page answers with a message, never a 500."""

import datetime

import pytest

from negotiations.models import Meeting
from tests.factories import EventFactory, ProposalFactory
from tests.pages.conftest import PROCESS_URL
from tests.pages.html import parse

BAD_QUERIES = [
    "/?as_of=0001-01-01",
    "/proposals/may-31-plan/?as_of=0001-01-01",
    f"{PROCESS_URL}?as_of=9999-12-31",
    "/proposals/may-31-plan/?as_of=9999-12-31",
    "/?as_of=%00",
    "/meetings/?process=%00&actor=%00bad&location=%00",
    "/meetings/?location=abc&date_after=2024-02-30",
    "/proposals/?process=%00&status=%00",
    "/search/?q=%00hamas",
    "/search/?q=" + "x" * 5000,
    "/actors/?kind=%00",
    "/meetings/?page=-1",
    "/meetings/?page=abc",
    "/proposals/?page=999",
]


@pytest.mark.parametrize("url", BAD_QUERIES)
def test_bad_query_parameters_never_break_a_page(viewer_client, gaza, url):
    response = viewer_client.get(url)

    assert response.status_code == 200, url
    assert Meeting.objects.count() == 2


@pytest.mark.parametrize("as_of", ["0001-01-01", "9999-12-31", "1066-10-14"])
def test_a_date_out_of_range_is_named_and_today_shown(viewer_client, gaza, as_of):
    response = viewer_client.get(f"/proposals/may-31-plan/?as_of={as_of}")

    assert response.status_code == 200
    assert "is outside the dates the tracker covers" in response.content.decode()
    assert "(today)" in response.content.decode()


def test_records_dated_at_the_edge_of_the_calendar_still_chart(viewer_client, gaza):
    EventFactory(process=gaza.process, title="Founding myth", date=datetime.date(1, 1, 1))

    response = viewer_client.get(f"{PROCESS_URL}?as_of=2024-06-10")

    assert response.status_code == 200
    page = parse(response)
    assert "Founding myth" in [title.text for title in page.by_id("timeline").find_all("title")]
    assert len(page.by_id("timeline").find_all("g", class_="tick")) <= 10


def test_a_proposal_announced_in_year_one_still_shows(viewer_client, gaza):
    ancient = ProposalFactory(
        process=gaza.process, title="Ancient truce", announced_on=datetime.date(1, 1, 2)
    )

    response = viewer_client.get(f"/proposals/{ancient.slug}/?as_of=2024-06-10")

    assert response.status_code == 200
    assert "Ancient truce" in parse(response).find("h1").text
