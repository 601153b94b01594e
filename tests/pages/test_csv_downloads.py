"""Each list page offers its rows as CSV: the link keeps the page's filters and date, and the
download holds every row the page lists, on all its pages."""

import csv
import datetime
import io

from django.urls import reverse

from tests.factories import ActorFactory, MeetingFactory, ProcessFactory, ProposalFactory
from tests.pages.html import parse

LIST_PAGES = ["process-list", "proposal-list", "actor-list", "meeting-list"]


def read_csv(response) -> list[dict]:
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def download_link(response) -> str:
    links = [link for link in parse(response).find_all("a") if "download" in link.attrs]
    assert len(links) == 1
    return links[0].attrs["href"]


def test_every_list_page_offers_a_download_that_reads_back(viewer_client, gaza):
    for name in LIST_PAGES:
        page_url = reverse(f"negotiations:{name}")
        page = viewer_client.get(page_url, {"as_of": "2024-06-11"})
        href = download_link(page)

        response = viewer_client.get(page_url + href)

        assert response.status_code == 200, name
        assert response["Content-Type"].startswith("text/csv")
        assert read_csv(response), name


def test_the_link_keeps_the_filters_and_the_date(viewer_client, gaza):
    page_url = reverse("negotiations:proposal-list")
    other = ProcessFactory(title="Lebanon border talks", slug="lebanon")
    ProposalFactory(process=other, title="Border arrangement")

    page = viewer_client.get(page_url, {"process": gaza.process.slug, "as_of": "2024-06-10"})
    href = download_link(page)
    rows = read_csv(viewer_client.get(page_url + href))

    assert f"process={gaza.process.slug}" in href and "as_of=2024-06-10" in href
    assert [row["title"] for row in rows] == [gaza.proposal.title]
    assert rows[0]["process"] == gaza.process.title
    assert rows[0]["status"] == gaza.proposal.status_on(datetime.date(2024, 6, 10))


def test_the_download_holds_every_page_of_the_list(viewer_client, db):
    ActorFactory.create_batch(60)

    page_url = reverse("negotiations:actor-list")
    rows = read_csv(viewer_client.get(page_url, {"format": "csv"}))

    assert len(rows) == 60


def test_a_meeting_download_filters_by_participant_like_the_page(viewer_client, gaza):
    MeetingFactory(title="Unrelated meeting")
    page_url = reverse("negotiations:meeting-list")

    rows = read_csv(viewer_client.get(page_url, {"actor": "antony-blinken", "format": "csv"}))

    assert sorted(row["title"] for row in rows) == sorted(
        [gaza.cairo_meeting.title, gaza.jerusalem_meeting.title]
    )


def test_the_download_needs_the_same_right_as_the_page(client, gaza):
    response = client.get(reverse("negotiations:actor-list"), {"format": "csv"})

    assert response.status_code == 302
