"""`GET /api/v1/graph/`: the relationship graph of a process, an actor or the whole tracker, on
the worked example and on generated data, in a fixed number of queries."""

import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.test import override_settings

from negotiations.models import Actor, Meeting, NegotiationProcess
from tests.factories import ActorFactory, MediatorFactory, PartyFactory
from tests.graph_data import build_generated_tracker, day

URL = "/api/v1/graph/"
# The caller's token (with its account and role), the process or actor asked about, and the
# graph's own five queries, whatever the data.
GRAPH_QUERIES = 7


def edges_by_names(answer) -> dict[tuple[str, str, str], dict]:
    names = {node["id"]: node["name"] for node in answer["nodes"]}
    return {(names[e["source"]], names[e["target"]], e["kind"]): e for e in answer["edges"]}


def meeting_ids(*titles) -> list[int]:
    return [Meeting.objects.get(title=title).pk for title in titles]


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=io.StringIO())
    return NegotiationProcess.objects.get()


def test_the_demo_process_graph_has_the_article_s_meetings_and_mediators(viewer_api, demo):
    response = viewer_api.get(URL, {"process": demo.pk, "as_of": "2024-06-10"})

    assert response.status_code == 200
    answer = response.json()
    edges = edges_by_names(answer)
    cairo, jerusalem = meeting_ids(
        "Blinken meets al-Sisi in Cairo", "Blinken meets Netanyahu in Jerusalem"
    )
    met = {key: edge for key, edge in edges.items() if key[2] == "met"}
    assert {tuple(sorted(key[:2])) for key in met} == {
        ("Abdel Fattah al-Sisi", "Antony Blinken"),
        ("Abbas Kamel", "Antony Blinken"),
        ("Abbas Kamel", "Abdel Fattah al-Sisi"),
        ("Antony Blinken", "Benjamin Netanyahu"),
    }
    blinken_sisi = next(
        e for k, e in met.items() if set(k[:2]) == {"Antony Blinken", "Abdel Fattah al-Sisi"}
    )
    assert blinken_sisi["weight"] == 1
    assert blinken_sisi["meetings"] == [cairo]
    assert (blinken_sisi["first"], blinken_sisi["last"]) == ("2024-06-10", "2024-06-10")
    blinken_netanyahu = next(e for k, e in met.items() if "Benjamin Netanyahu" in k)
    assert blinken_netanyahu["meetings"] == [jerusalem]
    mediates = sorted(key[:2] for key in edges if key[2] == "mediates")
    assert mediates == [
        (mediator, party)
        for mediator in ("Egypt", "Qatar", "United States")
        for party in ("Hamas", "Israel")
    ]
    # A process's own graph needs no party edges; Hamas has not answered the plan yet.
    assert {key[2] for key in edges} == {"met", "mediates"}
    nodes = {node["name"]: node for node in answer["nodes"]}
    assert nodes["Antony Blinken"] == {
        "id": Actor.objects.get(name="Antony Blinken").pk,
        "name": "Antony Blinken",
        "kind": "person",
        "degree": 3,
    }
    assert nodes["Hamas"]["degree"] == 3
    assert nodes["Israel"]["kind"] == "state"


def test_before_the_meetings_the_graph_has_only_the_mediators(viewer_api, demo):
    answer = viewer_api.get(URL, {"process": demo.pk, "as_of": "2024-06-09"}).json()

    assert {edge["kind"] for edge in answer["edges"]} == {"mediates"}
    assert "Antony Blinken" not in {node["name"] for node in answer["nodes"]}


def test_the_whole_tracker_links_parties_to_a_process_node(viewer_api, demo):
    answer = viewer_api.get(URL, {"as_of": "2024-06-10"}).json()

    process_node = f"process:{demo.pk}"
    [node] = [node for node in answer["nodes"] if node["kind"] == "process"]
    assert node == {"id": process_node, "name": demo.title, "kind": "process", "degree": 2}
    parties = {edge["source"] for edge in answer["edges"] if edge["kind"] == "party"}
    assert parties == set(demo.parties.values_list("id", flat=True))
    assert all(
        edge["target"] == process_node for edge in answer["edges"] if edge["kind"] == "party"
    )
    node_ids = {node["id"] for node in answer["nodes"]}
    assert all({edge["source"], edge["target"]} <= node_ids for edge in answer["edges"])


def test_an_actor_s_graph_is_the_actor_its_contacts_and_the_links_among_them(viewer_api, demo):
    kamel = Actor.objects.get(name="Abbas Kamel")

    answer = viewer_api.get(URL, {"actor": kamel.pk, "as_of": "2024-06-10"}).json()

    assert {node["name"] for node in answer["nodes"]} == {
        "Abbas Kamel",
        "Abdel Fattah al-Sisi",
        "Antony Blinken",
    }
    assert len(answer["edges"]) == 3  # the Cairo meeting's three pairs
    assert {edge["kind"] for edge in answer["edges"]} == {"met"}


def test_the_generated_graph_has_the_weights_and_dates_it_was_built_with(viewer_api, db):
    tracker = build_generated_tracker(8)

    answer = viewer_api.get(
        URL, {"process": tracker.process.pk, "as_of": tracker.last_day.isoformat()}
    ).json()

    edges = {(e["source"], e["target"], e["kind"]): e for e in answer["edges"]}
    hub = tracker.hub.pk
    first_envoy = tracker.envoys[0].pk
    hub_first = edges[tuple(sorted((hub, first_envoy))) + ("met",)]
    # E0 sits in the first meeting and (as the ring closes) the last.
    assert hub_first["weight"] == 2
    assert hub_first["meetings"] == [tracker.meetings[0].pk, tracker.meetings[-1].pk]
    assert (hub_first["first"], hub_first["last"]) == (day(0).isoformat(), day(7).isoformat())
    third = tracker.envoys[3].pk
    hub_third = edges[tuple(sorted((hub, third))) + ("met",)]
    assert hub_third["meetings"] == [tracker.meetings[2].pk, tracker.meetings[3].pk]
    assert (hub_third["first"], hub_third["last"]) == (day(2).isoformat(), day(3).isoformat())
    ring = edges[tuple(sorted((tracker.envoys[3].pk, tracker.envoys[4].pk))) + ("met",)]
    assert (ring["weight"], ring["meetings"]) == (1, [tracker.meetings[3].pk])
    kinds = [e["kind"] for e in answer["edges"]]
    assert kinds.count("met") == 16
    assert kinds.count("mediates") == 16
    assert kinds.count("responded") == 8
    mediates = edges[(tracker.mediators[5].pk, tracker.parties[1].pk, "mediates")]
    assert (mediates["weight"], mediates["first"], mediates["last"]) == (
        1,
        day(5).isoformat(),
        None,
    )
    responded = edges[(tracker.respondents[6].pk, tracker.parties[0].pk, "responded")]
    assert (responded["weight"], responded["first"], responded["last"]) == (
        1,
        day(6).isoformat(),
        day(6).isoformat(),
    )
    degrees = {node["id"]: node["degree"] for node in answer["nodes"]}
    assert degrees[hub] == 8
    assert degrees[first_envoy] == 3  # the hub and both neighbours in the ring
    assert degrees[tracker.parties[0].pk] == 8 + 8  # mediators and respondents
    assert len(answer["nodes"]) == 1 + 8 + 8 + 8 + 2


def test_as_of_and_the_date_range_limit_what_happened(viewer_api, db):
    tracker = build_generated_tracker(8)

    as_of = viewer_api.get(URL, {"process": tracker.process.pk, "as_of": day(3).isoformat()}).json()
    ranged = viewer_api.get(
        URL,
        {
            "process": tracker.process.pk,
            "as_of": tracker.last_day.isoformat(),
            "date_after": day(2).isoformat(),
            "date_before": day(3).isoformat(),
        },
    ).json()

    met_by_then = {m for e in as_of["edges"] for m in e["meetings"]}
    assert met_by_then == {meeting.pk for meeting in tracker.meetings[:4]}
    assert sum(e["kind"] == "mediates" for e in as_of["edges"]) == 2 * 4
    assert sum(e["kind"] == "responded" for e in as_of["edges"]) == 4
    met_in_range = {m for e in ranged["edges"] for m in e["meetings"]}
    assert met_in_range == {tracker.meetings[2].pk, tracker.meetings[3].pk}
    # Every mediator whose role began by day 3 still served in the range.
    assert sum(e["kind"] == "mediates" for e in ranged["edges"]) == 2 * 4
    assert sum(e["kind"] == "responded" for e in ranged["edges"]) == 2


def test_a_mediator_s_ended_role_gives_the_edge_its_last_date(viewer_api, db):
    tracker = build_generated_tracker(3)
    MediatorFactory(
        process=tracker.process,
        actor=tracker.hub,
        since=day(0),
        until=day(1),
    )

    answer = viewer_api.get(URL, {"process": tracker.process.pk, "as_of": "2024-06-10"}).json()

    edge = next(
        e
        for e in answer["edges"]
        if (e["source"], e["target"], e["kind"])
        == (tracker.hub.pk, tracker.parties[0].pk, "mediates")
    )
    assert (edge["first"], edge["last"]) == (day(0).isoformat(), day(1).isoformat())


def test_a_party_with_two_periods_is_mediated_once(viewer_api, db):
    tracker = build_generated_tracker(3)
    party = tracker.parties[0]
    # The same actor left the table and came back: two party rows, one actor.
    PartyFactory(process=tracker.process, actor=party, since=day(0), until=day(1))
    PartyFactory(process=tracker.process, actor=party, since=day(3))
    mediator = MediatorFactory(process=tracker.process, since=day(0))

    answer = viewer_api.get(URL, {"process": tracker.process.pk, "as_of": "2024-06-10"}).json()

    mediated = [
        e
        for e in answer["edges"]
        if e["kind"] == "mediates" and {e["source"], e["target"]} == {mediator.actor_id, party.pk}
    ]
    assert [e["weight"] for e in mediated] == [1]


@pytest.mark.parametrize("scope", ["process", "actor", "tracker"])
def test_the_graph_takes_the_same_number_of_queries_at_two_sizes(
    viewer_api, db, django_assert_num_queries, scope
):
    counts = []
    for size, prefix in ((3, "Small"), (15, "Large")):
        tracker = build_generated_tracker(size, prefix=prefix)
        params = {"as_of": "2024-06-10"}
        if scope == "process":
            params["process"] = tracker.process.pk
        elif scope == "actor":
            params["actor"] = tracker.hub.pk
        # The actor's graph first finds whom the actor met and whom it answered or was answered by.
        expected = {"process": GRAPH_QUERIES, "actor": GRAPH_QUERIES + 2}.get(
            scope, GRAPH_QUERIES - 1
        )
        with django_assert_num_queries(expected):
            response = viewer_api.get(URL, params)
        assert response.status_code == 200
        counts.append(len(response.json()["edges"]))
    assert counts[1] > counts[0]


@pytest.mark.parametrize(
    "params, field",
    [
        ({"process": "abc"}, "process"),
        ({"process": "0"}, "process"),
        ({"process": "999999"}, "process"),
        ({"process": "99999999999999999999999"}, "process"),
        ({"actor": "999999"}, "actor"),
        ({"as_of": "2024-13-01"}, "as_of"),
        ({"date_after": "yesterday"}, "date_after"),
        ({"date_after": "2024-06-10", "date_before": "2024-06-01"}, "date_before"),
        ({"process": "1", "actor": "1"}, "actor"),
    ],
)
def test_bad_parameters_answer_400_naming_the_field(viewer_api, demo, params, field):
    if params.get("process") == "1":
        params = {"process": str(demo.pk), "actor": str(Actor.objects.first().pk)}

    response = viewer_api.get(URL, params)

    assert response.status_code == 400
    assert field in response.json()


def test_reading_the_graph_needs_a_role_like_other_reads(api, outsider_api, demo):
    assert api.get(URL).status_code == 401
    assert outsider_api.get(URL).status_code == 403


@override_settings(PUBLIC_READ=True)
def test_a_public_deployment_shows_the_graph_to_anonymous_readers(api, demo):
    response = api.get(URL, {"as_of": "2024-06-10"})

    assert response.status_code == 200
    assert len(response.json()["nodes"]) == 10


def test_the_graph_is_in_the_schema_with_its_parameters(viewer_api):
    out = io.StringIO()
    call_command("spectacular", "--format", "openapi-json", stdout=out)
    schema = json.loads(out.getvalue())
    operation = schema["paths"]["/api/v1/graph/"]["get"]
    assert {p["name"] for p in operation["parameters"]} >= {
        "process",
        "actor",
        "as_of",
        "date_after",
        "date_before",
    }
    assert {"200", "400", "401", "403"} <= set(operation["responses"])


def test_empty_parameters_are_not_given(viewer_api, demo):
    whole = viewer_api.get(URL, {"as_of": "2024-06-10"}).json()

    response = viewer_api.get(URL, {"as_of": "2024-06-10", "process": "", "date_after": ""})

    assert response.status_code == 200
    assert response.json() == whole


def test_an_empty_tracker_answers_an_empty_graph(viewer_api):
    response = viewer_api.get(URL, {"as_of": datetime.date(2024, 6, 10).isoformat()})

    assert response.json() == {"nodes": [], "edges": []}


def test_party_edges_cover_each_party_s_own_period(viewer_api, db):
    tracker = build_generated_tracker(3)
    returning, late = ActorFactory(name="G returning party"), ActorFactory(name="G late party")
    # Left the table after day 1 and came back on day 3: one edge over both periods.
    PartyFactory(process=tracker.process, actor=returning, since=day(0), until=day(1))
    PartyFactory(process=tracker.process, actor=returning, since=day(3))
    # Seated after the date shown: not yet a party then.
    PartyFactory(process=tracker.process, actor=late, since=day(5))

    answer = viewer_api.get(URL, {"as_of": day(4).isoformat()}).json()

    party_edges = {
        name: edge
        for (name, _process, kind), edge in edges_by_names(answer).items()
        if kind == "party"
    }
    assert (
        party_edges["G returning party"]["first"],
        party_edges["G returning party"]["last"],
    ) == (
        day(0).isoformat(),
        None,
    )
    assert "G late party" not in party_edges
    # The sides added without dates keep an undated edge, not the process's start.
    assert party_edges["G party A"]["first"] is None

    ended = viewer_api.get(URL, {"as_of": day(2).isoformat()}).json()
    edge = edges_by_names(ended)[("G returning party", "G talks", "party")]
    assert (edge["first"], edge["last"]) == (day(0).isoformat(), day(1).isoformat())
