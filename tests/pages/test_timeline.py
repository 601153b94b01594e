"""The timeline chart's layout (negotiations/timeline.py) and how the pages show it."""

import datetime

import pytest

from negotiations.models import Response
from negotiations.timeline import build_timeline
from tests.factories import ProposalFactory, ResponseFactory
from tests.pages.html import parse

JUNE_10 = datetime.date(2024, 6, 10)


def test_a_pending_response_is_a_bar_from_its_request_to_the_date_shown(gaza):
    timeline = build_timeline(
        title="May 31",
        as_of=JUNE_10,
        responses=[gaza.hamas_response],
        meetings=[gaza.cairo_meeting],
    )

    [bar] = timeline.bars
    assert (bar.start, bar.end) == (datetime.date(2024, 5, 31), JUNE_10)
    assert bar.awaited and not bar.overdue
    assert bar.text == "Hamas on May 31 plan: Pending, 10 days pending"
    [meeting] = timeline.marks
    assert timeline.plot_left <= bar.x < meeting.x <= timeline.plot_right
    assert abs((bar.x + bar.width) - meeting.x) < 1  # both end on June 10


def test_an_answered_response_ends_at_the_answer_and_an_overdue_one_is_flagged(gaza):
    late = ResponseFactory(
        proposal=gaza.proposal, respondent=gaza.Israel, due_on=datetime.date(2024, 6, 5)
    )
    gaza.hamas_response.change_status(
        Response.Status.ACCEPTED, changed_on=datetime.date(2024, 6, 8)
    )
    gaza.hamas_response.refresh_from_db()

    timeline = build_timeline(title="May 31", as_of=JUNE_10, responses=[gaza.hamas_response, late])

    answered, overdue = timeline.bars
    assert answered.end == datetime.date(2024, 6, 8) and not answered.awaited
    assert "8 days until the answer" in answered.text
    assert overdue.overdue and overdue.awaited
    assert late.is_overdue(JUNE_10)


def test_records_after_the_date_shown_are_left_off_the_chart(gaza):
    timeline = build_timeline(
        title="May 31",
        as_of=datetime.date(2024, 6, 1),
        meetings=[gaza.cairo_meeting],
        statements=[gaza.quote],
        events=[gaza.rafah],
        responses=[gaza.hamas_response],
    )

    assert [mark.text for mark in timeline.marks] == [gaza.rafah.title]
    assert timeline.bars[0].end == datetime.date(2024, 6, 1)
    assert timeline.end == datetime.date(2024, 6, 1)


def test_a_proposal_with_nothing_dated_yet_says_so_instead_of_an_empty_chart(viewer_client, gaza):
    bare = ProposalFactory(
        process=gaza.process, title="A later idea", announced_on=datetime.date(2024, 8, 1)
    )

    response = viewer_client.get(f"/proposals/{bare.slug}/?as_of=2024-07-01")

    assert response.status_code == 200
    page = parse(response)
    assert page.by_id("timeline") is None
    assert "Nothing dated on or before 1 July 2024 to show on the timeline." in page.text
    assert bare.status_changes.count() == 1


def test_read_long_after_the_talks_the_axis_spans_the_items_and_marks_the_date_at_its_edge(gaza):
    long_after = datetime.date(2026, 11, 30)

    timeline = build_timeline(
        title="May 31",
        as_of=long_after,
        responses=[gaza.hamas_response],
        meetings=[gaza.cairo_meeting],
        events=[gaza.rafah],
    )

    # The items run from May to June 2024: the axis ends with them, not two years later.
    assert timeline.end == JUNE_10
    assert timeline.as_of_beyond
    assert timeline.as_of_x == timeline.plot_right
    assert timeline.as_of_label == "As of 30 November 2026, beyond the chart"
    [bar] = timeline.bars
    assert bar.continues and bar.awaited
    assert bar.x + bar.width == pytest.approx(timeline.plot_right, abs=0.2)
    [meeting] = timeline.marks[1:]
    # The June 10 meeting sits near the right edge, not squeezed into the left one.
    plot_width = timeline.plot_right - timeline.plot_left
    assert meeting.x - timeline.plot_left > 0.9 * plot_width


def test_read_shortly_after_the_items_the_axis_runs_to_the_date_shown(gaza):
    timeline = build_timeline(
        title="May 31",
        as_of=datetime.date(2024, 6, 14),
        responses=[gaza.hamas_response],
        meetings=[gaza.cairo_meeting],
    )

    assert timeline.end == datetime.date(2024, 6, 14)
    assert not timeline.as_of_beyond
    assert not timeline.bars[0].continues
    assert timeline.plot_left < timeline.as_of_x < timeline.plot_right


def test_the_page_marks_a_far_away_date_at_the_chart_s_edge(viewer_client, gaza):
    page = parse(viewer_client.get(f"/proposals/{gaza.proposal.slug}/?as_of=2026-11-30"))

    marker = page.by_id("timeline-as-of")
    assert "as-of-line--beyond" in marker.attrs["class"]
    assert "As of 30 November 2026, beyond the chart" in marker.text
