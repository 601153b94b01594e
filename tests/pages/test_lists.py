import datetime

from django.urls import reverse

from negotiations.demo.article import PROCESS
from negotiations.models import Meeting, Proposal
from tests.factories import (
    LocationFactory,
    MeetingFactory,
    ParticipantFactory,
    ProcessFactory,
    ProposalFactory,
)
from tests.pages.html import parse

PROPOSALS = reverse("negotiations:proposal-list")
MEETINGS = reverse("negotiations:meeting-list")
GAZA = PROCESS["slug"]


def row_titles(page, table_id):
    table = page.by_id(table_id)
    if table is None:
        return []
    return [
        row.find("th", scope="row").find("a").text for row in table.find("tbody").find_all("tr")
    ]


def test_proposals_filter_by_process(viewer_client, gaza):
    other = ProcessFactory(title="Lebanon border talks", slug="lebanon")
    ProposalFactory(process=other, title="Border arrangement")

    response = viewer_client.get(f"{PROPOSALS}?process=lebanon&as_of=2024-06-10")

    assert response.status_code == 200
    assert row_titles(parse(response), "proposal-list") == ["Border arrangement"]
    assert Proposal.objects.count() == 2


def test_proposals_filter_by_the_status_they_had_on_the_date_shown(viewer_client, gaza):
    gaza.proposal.change_status(
        Proposal.Status.UNDER_NEGOTIATION, changed_on=datetime.date(2024, 6, 20)
    )

    tabled_june_10 = parse(viewer_client.get(f"{PROPOSALS}?status=tabled&as_of=2024-06-10"))
    tabled_july = parse(viewer_client.get(f"{PROPOSALS}?status=tabled&as_of=2024-07-01"))
    negotiated_july = parse(
        viewer_client.get(f"{PROPOSALS}?status=under_negotiation&as_of=2024-07-01")
    )

    assert row_titles(tabled_june_10, "proposal-list") == [gaza.proposal.title]
    assert row_titles(tabled_july, "proposal-list") == []
    assert "No proposal matches these filters as of 1 July 2024." in tabled_july.text
    assert row_titles(negotiated_july, "proposal-list") == [gaza.proposal.title]
    assert Proposal.objects.get().status == Proposal.Status.UNDER_NEGOTIATION


def test_a_bad_filter_value_is_named_and_ignored(viewer_client, gaza):
    response = viewer_client.get(f"{PROPOSALS}?status=dancing&process=nowhere")

    assert response.status_code == 200
    page = parse(response)
    assert "Status: Select a valid choice" in page.text
    assert "Process: Select a valid choice" in page.text
    assert row_titles(page, "proposal-list") == [gaza.proposal.title]


def test_proposals_announced_after_the_date_are_hidden(viewer_client, gaza):
    page = parse(viewer_client.get(f"{PROPOSALS}?as_of=2024-05-30"))

    assert row_titles(page, "proposal-list") == []
    assert "No proposal was on the table on 30 May 2024." in page.text


def test_meetings_filter_by_process_actor_location_and_dates(viewer_client, gaza):
    doha = LocationFactory(name="Doha")
    other = ProcessFactory(title="Lebanon border talks", slug="lebanon")
    doha_talks = MeetingFactory(
        process=other, title="Doha talks", location=doha, date=datetime.date(2024, 6, 12)
    )
    ParticipantFactory(meeting=doha_talks, actor=gaza.Qatar)

    by_process = parse(viewer_client.get(f"{MEETINGS}?process=lebanon"))
    by_actor = parse(viewer_client.get(f"{MEETINGS}?actor=qatar"))
    by_location = parse(viewer_client.get(f"{MEETINGS}?location={gaza.cairo.pk}"))
    by_dates = parse(viewer_client.get(f"{MEETINGS}?date_after=2024-06-11&date_before=2024-06-30"))
    blinken = parse(viewer_client.get(f"{MEETINGS}?actor=antony-blinken"))

    assert row_titles(by_process, "meeting-list") == ["Doha talks"]
    assert row_titles(by_actor, "meeting-list") == ["Doha talks"]
    assert row_titles(by_location, "meeting-list") == ["Blinken meets al-Sisi in Cairo"]
    assert row_titles(by_dates, "meeting-list") == ["Doha talks"]
    assert sorted(row_titles(blinken, "meeting-list")) == [
        "Blinken meets Netanyahu in Jerusalem",
        "Blinken meets al-Sisi in Cairo",
    ]
    assert Meeting.objects.count() == 3


def test_meetings_after_the_date_shown_are_not_listed(viewer_client, gaza):
    page = parse(viewer_client.get(f"{MEETINGS}?as_of=2024-06-09"))

    assert row_titles(page, "meeting-list") == []
    assert "No meeting recorded on or before 9 June 2024." in page.text


def test_a_reversed_date_range_is_explained(viewer_client, gaza):
    response = viewer_client.get(f"{MEETINGS}?date_after=2024-06-30&date_before=2024-06-01")

    assert response.status_code == 200
    page = parse(response)
    assert "The end of the range cannot be before its start." in page.text
    assert "Enter a valid date" in parse(viewer_client.get(f"{MEETINGS}?date_after=someday")).text


def test_long_meeting_lists_paginate_and_keep_filters_and_date(viewer_client, gaza):
    for day in range(1, 31):
        MeetingFactory(
            process=gaza.process,
            title=f"Working session {day:02}",
            date=datetime.date(2024, 5, day),
        )

    first = parse(viewer_client.get(f"{MEETINGS}?process={GAZA}&as_of=2024-06-10"))
    next_link = first.find("a", rel="next")
    second = parse(viewer_client.get(f"{MEETINGS}{next_link.attrs['href']}"))

    assert len(row_titles(first, "meeting-list")) == 25
    assert "as_of=2024-06-10" in next_link.attrs["href"]
    assert f"process={GAZA}" in next_link.attrs["href"]
    assert len(row_titles(second, "meeting-list")) == 7
    assert "Page 2 of 2" in second.text


def test_the_date_picker_keeps_the_filters_of_the_page(viewer_client, gaza):
    page = parse(viewer_client.get(f"{MEETINGS}?process={GAZA}&as_of=2024-06-10"))

    hidden = page.by_id("as-of-form").find_all("input", type="hidden")
    assert [(field.attrs["name"], field.attrs["value"]) for field in hidden] == [("process", GAZA)]
