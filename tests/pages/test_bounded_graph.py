"""An actor's "who met whom" reads only the actor's neighbourhood: the page of an actor with a few
dozen meetings read every participant row of the tracker (a million at the benchmark's large
scale) to keep a few hundred of them. The graph it builds must stay the whole tracker's graph cut
to the actor and its neighbours."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from negotiations.graph import build_graph
from tests.factories import MeetingFactory, ParticipantFactory
from tests.graph_data import build_generated_tracker

AS_OF = datetime.date(2024, 6, 10)


def ego_of_whole_graph(actor):
    """What an actor's graph means: the actor, everyone linked to it, every link among them."""
    whole = build_graph(as_of=AS_OF)
    ego = {actor.pk}
    for edge in whole.edges:
        if actor.pk in (edge.source, edge.target):
            ego |= {edge.source, edge.target}
    return {
        edge.key: (edge.weight, edge.first, edge.last, edge.meetings)
        for edge in whole.edges
        if edge.source in ego and edge.target in ego
    }, ego


def edges_of(graph):
    return {edge.key: (edge.weight, edge.first, edge.last, edge.meetings) for edge in graph.edges}


@pytest.mark.parametrize("who", ["hub", "envoy", "party", "mediator", "respondent"])
def test_an_actors_graph_is_the_whole_graph_cut_to_its_neighbourhood(db, who):
    tracker = build_generated_tracker(6, prefix="Near")
    build_generated_tracker(5, prefix="Far")
    actor = {
        "hub": tracker.hub,
        "envoy": tracker.envoys[2],
        "party": tracker.parties[0],
        "mediator": tracker.mediators[1],
        "respondent": tracker.respondents[3],
    }[who]
    expected_edges, expected_nodes = ego_of_whole_graph(actor)

    graph = build_graph(actor=actor, as_of=AS_OF)

    assert edges_of(graph) == expected_edges
    assert {node.id for node in graph.nodes} == expected_nodes
    assert expected_edges


def participant_rows_read(captured) -> int:
    """The rows the captured queries fetch from the participant table, counted by running them
    again (on the data as it is now)."""
    rows = 0
    with connection.cursor() as cursor:
        for query in captured:
            sql = query["sql"]
            if 'FROM "negotiations_participant"' in sql and sql.lstrip().startswith("SELECT"):
                cursor.execute(sql)
                rows += len(cursor.fetchall())
    return rows


def test_the_actor_page_reads_the_same_rows_however_many_meetings_it_was_not_at(viewer_client):
    tracker = build_generated_tracker(4, prefix="Near")
    url = f"/actors/{tracker.envoys[1].slug}/?as_of={AS_OF}"
    with CaptureQueriesContext(connection) as before:
        page = viewer_client.get(url)
    assert page.status_code == 200
    assert tracker.envoys[2].name in page.content.decode()
    rows_before = participant_rows_read(before.captured_queries)

    # Many meetings among others, none of them the envoy's or its neighbours'.
    strangers = build_generated_tracker(12, prefix="Far")
    for index in range(30):
        meeting = MeetingFactory(
            process=strangers.process, title=f"Far side talk {index}", date=AS_OF, trip=None
        )
        for envoy in strangers.envoys[index % 6 : index % 6 + 3]:
            ParticipantFactory(meeting=meeting, actor=envoy)

    with CaptureQueriesContext(connection) as after:
        assert viewer_client.get(url).status_code == 200

    assert len(after.captured_queries) == len(before.captured_queries)
    assert participant_rows_read(after.captured_queries) == rows_before
