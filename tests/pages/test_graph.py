"""The "Who met whom" network on the process and actor pages and on a page of its own: an SVG
drawn on the server, with the same links in a table, following the date shown and a date range."""

import datetime
import math

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from negotiations.graph import Edge, EdgeKind, Graph, Node
from negotiations.graph_drawing import MAX_DRAWN_EDGES, MAX_LABELS, MEETINGS_PER_ROW, draw_graph
from tests.factories import MeetingFactory, ParticipantFactory, PersonFactory, ProcessFactory
from tests.graph_data import build_generated_tracker, day
from tests.pages.html import parse


def graph_rows(page) -> dict[str, list[str]]:
    """The table's rows: the link's sentence -> [count, first, last, meetings]."""
    table = page.by_id("graph-table")
    rows = {}
    for row in table.find("tbody").find_all("tr"):
        rows[row.find("th").text] = [cell.text for cell in row.find_all("td")]
    return rows


def met(rows, one: str, other: str) -> list[str] | None:
    """The row of a `met` link, whichever of the two the table names first."""
    return rows.get(f"{one} met {other}") or rows.get(f"{other} met {one}")


def test_the_process_page_draws_who_met_whom_and_lists_it_in_a_table(viewer_client, gaza):
    response = viewer_client.get(f"/processes/{gaza.process.slug}/?as_of=2024-06-10")

    assert response.status_code == 200
    page = parse(response)
    section = page.by_id("who-met-whom-heading").parent
    assert section.by_id("graph") is not None
    rows = graph_rows(page)
    assert met(rows, "Antony Blinken", "Abdel Fattah al-Sisi") == [
        "1",
        "10 June 2024",
        "10 June 2024",
        "Blinken meets al-Sisi in Cairo (10 June 2024)",
    ]
    assert met(rows, "Antony Blinken", "Benjamin Netanyahu")[3] == (
        "Blinken meets Netanyahu in Jerusalem (10 June 2024)"
    )
    for mediator in ("Egypt", "Qatar", "United States"):
        for party in ("Israel", "Hamas"):
            first, last = rows[f"{mediator} mediates with {party}"][1:3]
            # The article dates no mediator's role: open at both ends.
            assert (first, last) == ("not recorded", "still on 10 June 2024")
    # Cairo's three participants (Blinken, al-Sisi, Abbas Kamel) met pairwise; Jerusalem's two.
    assert len(rows) == 3 + 1 + 6
    svg = page.by_id("graph")
    edges = svg.find_all("g", class_="graph-edge graph-edge--met")
    assert len(edges) == 3 + 1
    assert len(svg.find_all("g", class_="graph-edge graph-edge--mediates")) == 6
    titles = {edge.find("title").text for edge in edges}
    assert (
        "Antony Blinken met Abdel Fattah al-Sisi: 1 meeting (10 June 2024): "
        "Blinken meets al-Sisi in Cairo, 10 June 2024"
    ) in titles
    blinken = svg.find("a", href=f"/actors/{gaza.blinken.slug}/?as_of=2024-06-10")
    assert blinken is not None
    assert blinken.attrs["aria-label"] == "Antony Blinken: 3 links"
    # The legend names each kind drawn, in words as well as colour.
    legend = page.find("ul", class_="graph__legend").text
    assert "Met (solid line)" in legend and "Mediates with (dashed line)" in legend


def test_the_graph_follows_the_date_shown(viewer_client, gaza):
    page = parse(viewer_client.get(f"/processes/{gaza.process.slug}/?as_of=2024-06-09"))

    rows = graph_rows(page)
    assert not [sentence for sentence in rows if " met " in sentence]
    assert len(rows) == 6


def test_the_date_range_form_keeps_only_what_happened_in_it(viewer_client, gaza):
    MeetingFactory(process=gaza.process, title="Earlier round", date=datetime.date(2024, 3, 1))
    earlier = gaza.process.meetings.get(title="Earlier round")
    ParticipantFactory(meeting=earlier, actor=gaza.blinken)
    ParticipantFactory(meeting=earlier, actor=gaza.hamas)

    everything = graph_rows(parse(viewer_client.get(f"/processes/{gaza.process.slug}/")))
    ranged = parse(
        viewer_client.get(
            f"/processes/{gaza.process.slug}/?date_after=2024-06-01&date_before=2024-06-30"
        )
    )

    assert met(everything, "Antony Blinken", "Hamas")[:3] == ["1", "1 March 2024", "1 March 2024"]
    rows = graph_rows(ranged)
    assert met(rows, "Antony Blinken", "Hamas") is None
    assert met(rows, "Antony Blinken", "Abdel Fattah al-Sisi") is not None
    assert ranged.by_id("graph-date_after").attrs["value"] == "2024-06-01"


def test_a_backwards_date_range_is_explained_on_the_form(viewer_client, gaza):
    response = viewer_client.get(
        f"/processes/{gaza.process.slug}/?date_after=2024-06-30&date_before=2024-06-01"
    )

    assert response.status_code == 200
    page = parse(response)
    error = page.by_id("graph-date_before-error")
    assert "The end of the range cannot be before its start." in error.text
    # The bad end is left out; the graph still shows what the start allows (the mediators).
    rows = graph_rows(page)
    assert "Egypt mediates with Hamas" in rows
    assert met(rows, "Antony Blinken", "Abdel Fattah al-Sisi") is None


def test_the_actor_page_shows_the_actor_s_contacts(viewer_client, gaza):
    page = parse(viewer_client.get(f"/actors/{gaza.blinken.slug}/?as_of=2024-06-10"))

    assert page.by_id("who-met-whom-heading") is not None
    rows = graph_rows(page)
    # His ego network: those he met in Cairo and Jerusalem, and the links among them (al-Sisi
    # and Abbas Kamel sat in the same Cairo talks).
    assert len(rows) == 4
    assert met(rows, "Antony Blinken", "Abdel Fattah al-Sisi")[0] == "1"
    assert met(rows, "Antony Blinken", "Abbas Kamel")[0] == "1"
    assert met(rows, "Antony Blinken", "Benjamin Netanyahu")[0] == "1"
    assert met(rows, "Abdel Fattah al-Sisi", "Abbas Kamel")[0] == "1"


def test_the_whole_tracker_has_its_page_linked_from_the_navigation(viewer_client, gaza):
    page = parse(viewer_client.get("/?as_of=2024-06-10"))
    link = page.find("nav").find("a", href="/who-met-whom/?as_of=2024-06-10")
    assert link is not None and link.text == "Who met whom"

    graph_page = parse(viewer_client.get("/who-met-whom/?as_of=2024-06-10"))

    rows = graph_rows(graph_page)
    party = f"Hamas is a party to {gaza.process.title}"
    # The article dates neither side's place at the table.
    assert rows[party][:3] == ["1", "not recorded", "still on 10 June 2024"]
    process_node = graph_page.by_id("graph").find(
        "a", href=f"/processes/{gaza.process.slug}/?as_of=2024-06-10"
    )
    assert process_node is not None and process_node.find("rect") is not None


def test_generated_data_shows_its_weights_and_dates_on_the_page(viewer_client, db):
    tracker = build_generated_tracker(6)

    page = parse(
        viewer_client.get(
            f"/processes/{tracker.process.slug}/?as_of={tracker.last_day.isoformat()}"
        )
    )

    rows = graph_rows(page)
    hub_first = met(rows, "G hub", "G envoy 0")
    assert hub_first[:3] == ["2", f"{day(0):%-d %B %Y}", f"{day(5):%-d %B %Y}"]
    assert "G round 0" in hub_first[3] and "G round 5" in hub_first[3]
    assert rows["G respondent 2 responded to G party A"][:3] == [
        "1",
        f"{day(2):%-d %B %Y}",
        f"{day(2):%-d %B %Y}",
    ]
    assert len(rows) == 12 + 12 + 6
    assert page.by_id("graph-note") is None  # small enough to draw whole


def page_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_the_graph_pages_take_the_same_queries_at_two_sizes(viewer_client, db):
    counts = []
    for size, prefix in ((3, "Small"), (30, "Large")):
        tracker = build_generated_tracker(size, prefix=prefix)
        counts.append(
            [
                page_queries(viewer_client, f"/processes/{tracker.process.slug}/"),
                page_queries(viewer_client, f"/actors/{tracker.hub.slug}/"),
                page_queries(viewer_client, "/who-met-whom/"),
            ]
        )

    assert counts[0] == counts[1]


def test_a_big_graph_draws_only_its_strongest_links_and_says_so(viewer_client, db):
    tracker = build_generated_tracker(60)

    page = parse(viewer_client.get(f"/processes/{tracker.process.slug}/"))

    svg = page.by_id("graph")
    assert len(svg.find_all("line")) == MAX_DRAWN_EDGES
    # The page's table keeps to the links drawn; the whole table is on the graph's own page.
    assert len(graph_rows(page)) == MAX_DRAWN_EDGES
    note = page.by_id("graph-note").text
    assert f"shows the {MAX_DRAWN_EDGES} strongest of 300 links" in note
    # The hub's twice-met envoys are the strongest ties: every one of them is drawn.
    hub_edges = [
        g
        for g in svg.find_all("g", class_="graph-edge graph-edge--met")
        if g.find("title").text.startswith(("Large hub", "G hub")) and ": 2 meetings" in g.text
    ]
    assert len(hub_edges) == 60


def three_hundred_actors() -> Graph:
    """300 actors, each meeting its ten next neighbours (by id) between 1 and 5 times."""
    nodes = [
        Node(id=index, name=f"Actor {index:03}", kind="person", slug=f"a{index}")
        for index in range(1, 301)
    ]
    edges = []
    for index in range(1, 301):
        for step in range(1, 6):
            other = (index + step * 7 - 1) % 300 + 1
            source, target = sorted((index, other))
            edges.append(
                Edge(source, target, EdgeKind.MET, weight=1 + (index * step) % 5, meetings=[])
            )
    unique = {edge.key: edge for edge in edges}
    degree = {}
    for edge in unique.values():
        degree[edge.source] = degree.get(edge.source, 0) + 1
        degree[edge.target] = degree.get(edge.target, 0) + 1
    for node in nodes:
        node.degree = degree.get(node.id, 0)
    return Graph(
        nodes=nodes, edges=list(unique.values()), meetings={}, as_of=datetime.date(2024, 6, 10)
    )


def test_three_hundred_actors_stay_legible_and_are_laid_out_the_same_every_time():
    graph = three_hundred_actors()

    first = draw_graph(graph, title="Big")
    second = draw_graph(three_hundred_actors(), title="Big")

    assert len(first.nodes) == 300
    assert len(first.edges) == MAX_DRAWN_EDGES < first.total_edges == len(first.rows)
    assert sum(1 for node in first.nodes if node.label) == MAX_LABELS
    drawn_weights = sorted((edge.edge.weight for edge in first.edges), reverse=True)
    left_out = [
        edge.weight for edge in graph.edges if edge.key not in {e.edge.key for e in first.edges}
    ]
    assert min(drawn_weights) >= max(left_out)
    assert [(node.x, node.y) for node in first.nodes] == [(node.x, node.y) for node in second.nodes]
    for node in first.nodes:
        assert 0 <= node.x <= first.width and 0 <= node.y <= first.height
        assert not math.isnan(node.x)


@pytest.mark.parametrize("url", ["/who-met-whom/", "/who-met-whom/?as_of=2024-06-10"])
def test_an_empty_tracker_says_there_is_nothing_to_draw(viewer_client, db, url):
    page = parse(viewer_client.get(url))

    assert page.by_id("graph") is None
    assert "No meeting, mediator, party or answer recorded" in page.text


def drawn_links(page) -> set[str]:
    """The sentences of the links the picture draws ("X met Y"), from their tooltips."""
    return {
        g.find("title").text.split(":")[0].split(" (")[0]
        for g in page.by_id("graph").find_all("g")
        if g.attrs.get("class", "").startswith("graph-edge ")
    }


def test_a_process_page_lists_only_the_drawn_links_and_links_to_the_whole_table(viewer_client, db):
    tracker = build_generated_tracker(60)

    page = parse(viewer_client.get(f"/processes/{tracker.process.slug}/?as_of=2024-06-10"))

    rows = graph_rows(page)
    assert len(rows) == MAX_DRAWN_EDGES < 300
    assert set(rows) == drawn_links(page)
    caption = page.by_id("graph-table").find("caption").text
    assert f"({MAX_DRAWN_EDGES} of 300)" in caption
    whole = page.by_id("graph-whole-table").find("a")
    assert whole.text == "The whole table"
    assert whole.attrs["href"] == (
        f"/who-met-whom/?process={tracker.process.slug}&as_of=2024-06-10#graph-table"
    )
    assert page.by_id("graph-note").find("a").attrs["href"] == whole.attrs["href"]


def busy_pair(meetings: int):
    """Two people who met `meetings` times in one process, one round a day."""
    process = ProcessFactory(title="Busy talks", started_on=datetime.date(2024, 1, 1))
    one, other = PersonFactory(name="Busy one"), PersonFactory(name="Busy other")
    for index in range(meetings):
        meeting = MeetingFactory(
            process=process,
            title=f"Busy round {index}",
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=index),
            trip=None,
        )
        ParticipantFactory(meeting=meeting, actor=one)
        ParticipantFactory(meeting=meeting, actor=other)
    return process, one, other


def test_a_link_with_many_meetings_lists_its_latest_and_counts_the_rest(viewer_client, db):
    process, one, _other = busy_pair(MEETINGS_PER_ROW + 2)

    for url in (f"/processes/{process.slug}/", f"/actors/{one.slug}/"):
        page = parse(viewer_client.get(url))

        row = met(graph_rows(page), "Busy one", "Busy other")
        assert row[0] == str(MEETINGS_PER_ROW + 2)
        assert "Busy round 0" not in row[3] and "Busy round 1 " not in row[3]
        for index in range(2, MEETINGS_PER_ROW + 2):
            assert f"Busy round {index} " in row[3]
        assert row[3].endswith("and 2 more before these")
        # The one link is drawn, but its row is shortened: the whole table is linked.
        assert page.by_id("graph-whole-table") is not None
        tooltip = (
            page.by_id("graph").find("g", class_="graph-edge graph-edge--met").find("title").text
        )
        assert "Busy round 0," not in tooltip and tooltip.endswith("; and 2 more")


def test_the_whole_table_of_a_process_lists_its_every_link_and_meeting_only(viewer_client, db):
    tracker = build_generated_tracker(60)
    build_generated_tracker(3, prefix="Other")
    process, _one, _other = busy_pair(MEETINGS_PER_ROW + 2)

    page = parse(viewer_client.get(f"/who-met-whom/?process={tracker.process.slug}"))

    rows = graph_rows(page)
    assert len(rows) == 120 + 120 + 60
    assert not [sentence for sentence in rows if "Other" in sentence or "Busy" in sentence]
    assert page.by_id("graph-whole-table") is None
    assert page.by_id("graph-scope").find("a").text == tracker.process.title
    chosen = [o for o in page.by_id("graph-process").find_all("option") if "selected" in o.attrs]
    assert [option.attrs["value"] for option in chosen] == [tracker.process.slug]

    busy = graph_rows(parse(viewer_client.get(f"/who-met-whom/?process={process.slug}")))
    assert len(busy) == 1
    meetings = met(busy, "Busy one", "Busy other")[3]
    assert all(f"Busy round {index} " in meetings for index in range(MEETINGS_PER_ROW + 2))
    assert "more" not in meetings


def test_the_whole_table_of_an_actor_lists_its_contacts(viewer_client, gaza):
    page = parse(viewer_client.get(f"/who-met-whom/?actor={gaza.blinken.slug}&as_of=2024-06-10"))

    assert len(graph_rows(page)) == 4
    assert page.by_id("graph-scope").find("a").text == gaza.blinken.name


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("process=no-such-talks", "process", "No process has the address name “no-such-talks”."),
        ("actor=nobody-at-all", "actor", "No actor is called “nobody-at-all”"),
    ],
)
def test_an_unknown_process_or_actor_is_explained_on_the_form(
    viewer_client, gaza, query, field, message
):
    response = viewer_client.get(f"/who-met-whom/?{query}")

    assert response.status_code == 200
    page = parse(response)
    error = page.by_id(f"graph-{field}-error").text
    assert error.startswith(f"{field.capitalize()}: ") and message in error
    # Nothing drawn, rather than the whole tracker for a mistyped name.
    assert page.by_id("graph") is None and page.by_id("graph-table") is None
    assert page.by_id("graph-not-drawn") is not None


def test_the_shortened_and_whole_tables_take_the_same_queries_at_two_sizes(viewer_client, db):
    counts = []
    # 3 envoys: every link drawn; 60: twice the drawing's cap.
    for size, prefix in ((3, "Small"), (60, "Large")):
        tracker = build_generated_tracker(size, prefix=prefix)
        counts.append(
            [
                page_queries(viewer_client, f"/processes/{tracker.process.slug}/"),
                page_queries(viewer_client, f"/actors/{tracker.hub.slug}/"),
                page_queries(viewer_client, f"/who-met-whom/?process={tracker.process.slug}"),
                page_queries(viewer_client, f"/who-met-whom/?actor={tracker.hub.slug}"),
            ]
        )

    assert counts[0] == counts[1]
