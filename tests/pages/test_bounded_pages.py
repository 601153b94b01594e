"""Pages whose work does not grow with the records: a busy process's page lists its latest
meetings and statements and counts the rest by period on its timeline, every count one click
from the full list; the meetings list takes its participant as typed text, not as a select of
every actor."""

import datetime

import pytest
from django.db.models import Q

from negotiations.models import Actor, Meeting, Statement
from negotiations.timeline import period_end, period_for
from negotiations.views import processes
from negotiations.views.base import RECENT_COUNT
from tests.factories import (
    ActorFactory,
    MeetingFactory,
    ParticipantFactory,
    ProposalFactory,
    StatementFactory,
)
from tests.pages.html import parse

JUNE_10 = datetime.date(2024, 6, 10)
AS_OF = "as_of=2024-06-10"


def caption_count(page, element_id) -> int:
    """The number in brackets at the end of a list's caption: its rows on every page."""
    text = page.by_id(element_id).text
    return int(text[text.rindex("(") + 1 : text.rindex(")")])


def busy_process(gaza, meetings: int, statements: int):
    for index in range(meetings):
        day = datetime.date(2024, 4, 1) + datetime.timedelta(days=index * 2)
        MeetingFactory(process=gaza.process, title=f"Round {index}", date=day, location=gaza.cairo)
    for index in range(statements):
        day = datetime.date(2024, 4, 2) + datetime.timedelta(days=index * 3)
        StatementFactory(
            speaker=gaza.blinken, process=gaza.process, date=day, text=f"Remark number {index}"
        )
    return (
        Meeting.objects.filter(process=gaza.process, date__lte=JUNE_10).count(),
        Statement.objects.filter(
            Q(process=gaza.process) | Q(proposal__process=gaza.process), date__lte=JUNE_10
        ).count(),
    )


def test_a_busy_process_lists_its_latest_records_and_links_to_all_of_them(viewer_client, gaza):
    meetings, statements = busy_process(gaza, meetings=RECENT_COUNT + 5, statements=RECENT_COUNT)
    assert meetings > RECENT_COUNT and statements > RECENT_COUNT

    page = parse(viewer_client.get(f"/processes/{gaza.process.slug}/?{AS_OF}"))

    slug = gaza.process.slug
    latest_meetings = page.by_id("meetings-heading").parent
    assert len(latest_meetings.find_all("li", class_="record")) == RECENT_COUNT
    titles = [item.find("a").text for item in latest_meetings.find_all("li", class_="record")]
    newest = Meeting.objects.filter(process=gaza.process, date__lte=JUNE_10)
    newest = newest.order_by("-date", "-id")
    assert titles[0] == newest.first().title
    all_meetings = latest_meetings.find("a", href=f"/meetings/?process={slug}&{AS_OF}")
    assert all_meetings.text == "All meetings of this process"

    latest_statements = page.by_id("statements-heading").parent
    assert len(latest_statements.find_all("li", class_="record statement")) == RECENT_COUNT
    all_statements = latest_statements.find("a", href=f"/statements/?process={slug}&{AS_OF}")
    assert all_statements.text == "All statements on this process"
    # The full lists hold every one of them, the date shown kept.
    listed = parse(viewer_client.get(all_statements.attrs["href"]))
    assert caption_count(listed, "statement-list-heading") == statements
    listed = parse(viewer_client.get(all_meetings.attrs["href"]))
    assert caption_count(listed, "meeting-list") == meetings


def test_beyond_the_limit_the_timeline_counts_records_by_period_and_links_each_count(
    viewer_client, gaza, monkeypatch
):
    monkeypatch.setattr(processes, "TIMELINE_RECORD_LIMIT", 10)
    meetings, statements = busy_process(gaza, meetings=30, statements=20)

    page = parse(viewer_client.get(f"/processes/{gaza.process.slug}/?{AS_OF}"))

    description = page.by_id("timeline-desc").text
    assert f"{meetings} meetings, {statements} statements" in description
    chart = page.by_id("timeline")
    tally_marks = [g for g in chart.find_all("g") if "mark--tally" in g.attrs.get("class", "")]
    assert tally_marks, "many records per period are drawn as one mark each"
    assert not [t for t in chart.find_all("title") if t.text.startswith("Round ")]
    # Each count links to the list filtered to its period, which holds exactly that many.
    counted = {"meeting": 0, "statement": 0}
    for item in page.find("details", class_="timeline__list").find_all("li"):
        link = item.find("a")
        if link is None or "?process=" not in link.attrs["href"]:
            continue
        count, noun = link.text.split()[:2]
        kind = "meeting" if noun.startswith("meeting") else "statement"
        listed = parse(viewer_client.get(link.attrs["href"]))
        element = "meeting-list" if kind == "meeting" else "statement-list-heading"
        assert caption_count(listed, element) == int(count), link.attrs["href"]
        assert AS_OF in link.attrs["href"]
        counted[kind] += int(count)
    assert counted == {"meeting": meetings, "statement": statements}


def test_under_the_limit_the_timeline_marks_each_record(viewer_client, gaza):
    busy_process(gaza, meetings=3, statements=2)

    page = parse(viewer_client.get(f"/processes/{gaza.process.slug}/?{AS_OF}"))

    titles = [title.text for title in page.by_id("timeline").find_all("title")]
    assert "Round 2" in titles and "Blinken meets al-Sisi in Cairo" in titles


@pytest.mark.parametrize(
    ("first", "last", "period"),
    [
        (datetime.date(2024, 5, 1), datetime.date(2024, 6, 10), "day"),
        (datetime.date(2024, 1, 1), datetime.date(2025, 6, 1), "week"),
        (datetime.date(2020, 1, 1), datetime.date(2025, 6, 1), "month"),
        (datetime.date(2005, 1, 1), datetime.date(2025, 6, 1), "quarter"),
        (datetime.date(1900, 1, 1), datetime.date(2025, 6, 1), "year"),
        (None, None, "day"),
    ],
)
def test_the_period_is_the_finest_that_keeps_the_marks_apart(first, last, period):
    assert period_for(first, last) == period


def test_a_period_ends_on_its_last_day():
    assert period_end(datetime.date(2024, 6, 3), "week") == datetime.date(2024, 6, 9)
    assert period_end(datetime.date(2024, 2, 1), "month") == datetime.date(2024, 2, 29)
    assert period_end(datetime.date(2024, 10, 1), "quarter") == datetime.date(2024, 12, 31)
    assert period_end(datetime.date(2024, 1, 1), "year") == datetime.date(2024, 12, 31)


MEETINGS = "/meetings/"


def meeting_titles(page) -> list[str]:
    table = page.by_id("meeting-list")
    return sorted(row.find("th").find("a").text for row in table.find("tbody").find_all("tr"))


def test_the_meetings_filter_takes_an_actor_by_name_in_any_spelling(viewer_client, gaza):
    by_slug = parse(viewer_client.get(f"{MEETINGS}?actor=antony-blinken&{AS_OF}"))
    by_name = parse(viewer_client.get(f"{MEETINGS}?actor=ANTONY+BLINKEN&{AS_OF}"))

    assert meeting_titles(by_name) == meeting_titles(by_slug)
    assert meeting_titles(by_name) == [
        "Blinken meets Netanyahu in Jerusalem",
        "Blinken meets al-Sisi in Cairo",
    ]
    field = by_name.by_id("id_actor")
    assert field.tag == "input" and field.attrs["type"] == "text"
    assert field.attrs["value"] == "ANTONY BLINKEN"


def test_the_meetings_filter_lists_no_actor_as_an_option(viewer_client, gaza):
    page = parse(viewer_client.get(f"{MEETINGS}?{AS_OF}"))

    field = page.by_id("id_actor")
    assert field.tag == "input"
    label = page.find("label", for_="id_actor")
    assert label.text == "Actor"
    help_text = page.by_id(field.attrs["aria-describedby"])
    assert "name, short name or alias" in help_text.text
    options = [option.text for option in page.find_all("option")]
    assert "Antony Blinken" not in options and Actor.objects.count() > 5


def test_an_unknown_actor_is_an_error_naming_the_field(viewer_client, gaza):
    meetings = Meeting.objects.count()

    response = viewer_client.get(f"{MEETINGS}?actor=Nobody+Atall&{AS_OF}")

    assert response.status_code == 200
    page = parse(response)
    error = page.by_id("id_actor-error")
    assert error.text == (
        "Actor: No actor is called “Nobody Atall”: type a name, a short name, an alias or the "
        "name in the actor's address."
    )
    assert page.by_id("id_actor").attrs.get("aria-invalid") == "true"
    assert Meeting.objects.count() == meetings


def test_an_ambiguous_actor_is_an_error_listing_whom_it_could_be(viewer_client, gaza):
    first = ActorFactory(name="Ahmad Saleh")
    second = ActorFactory(name="Ahmad al-Saleh")
    meeting = MeetingFactory(process=gaza.process, title="Talks with Saleh", location=gaza.cairo)
    ParticipantFactory(meeting=meeting, actor=second)

    page = parse(viewer_client.get(f"{MEETINGS}?actor=ahmad+saleh&{AS_OF}"))
    by_slug = parse(viewer_client.get(f"{MEETINGS}?actor={second.slug}&{AS_OF}"))

    error = page.by_id("id_actor-error").text
    assert error.startswith("Actor: “ahmad saleh” names more than one actor:")
    assert f"Ahmad Saleh ({first.slug})" in error and f"Ahmad al-Saleh ({second.slug})" in error
    assert meeting_titles(by_slug) == ["Talks with Saleh"]


def test_the_statements_list_filters_by_process_speaker_and_dates(viewer_client, gaza):
    other_process = ProposalFactory(title="Another plan").process
    on_the_plan = StatementFactory(
        speaker=gaza.biden, proposal=gaza.proposal, text="On the plan only", process=None
    )
    StatementFactory(
        speaker=gaza.biden,
        process=other_process,
        text="Elsewhere entirely",
        date=datetime.date(2024, 6, 1),
    )

    def texts(query):
        page = parse(viewer_client.get(f"/statements/?{query}&{AS_OF}"))
        statements = page.by_id("statement-list")
        return [] if statements is None else [q.text for q in statements.find_all("blockquote")]

    of_gaza = texts(f"process={gaza.process.slug}")
    assert on_the_plan.text in of_gaza and "Elsewhere entirely" not in of_gaza
    by_biden = Statement.objects.filter(speaker=gaza.biden).order_by("-date", "-id")
    assert texts("speaker=Joe+Biden") == [statement.text for statement in by_biden]
    assert texts("speaker=joe-biden&date_after=2024-05-30&date_before=2024-06-02") == [
        "Elsewhere entirely"
    ]
    unknown = parse(viewer_client.get(f"/statements/?speaker=Nobody&{AS_OF}"))
    assert unknown.by_id("id_speaker-error").text.startswith("Speaker: No actor is called")
