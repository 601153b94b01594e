"""Lists and details answer in a number of queries that does not grow with the data."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from negotiations import models
from tests import factories


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries)


def fill_a_negotiation(copies: int, nested: int) -> None:
    """`copies` records of every resource, each with `nested` items in each nested list."""
    sources = factories.SourceFactory.create_batch(2)
    actors = factories.ActorFactory.create_batch(nested)
    for _ in range(copies):
        process = factories.ProcessFactory()
        process.parties.set(actors[:2])
        factories.MediatorFactory(process=process)
        proposal = factories.ProposalFactory(process=process)
        proposal.sources.set(sources)
        proposal.authors.set(actors[:2])
        for number in range(1, nested + 1):
            factories.ProvisionFactory(
                phase=factories.PhaseFactory(proposal=proposal, number=number)
            )
        for actor in actors:
            answer = factories.ResponseFactory(proposal=proposal, respondent=actor)
            answer.change_status("acknowledged", changed_on=datetime.date(2024, 6, 5))
            answer.sources.set(sources)
        trip = factories.TripFactory()
        for order in range(1, nested + 1):
            factories.TripStopFactory(trip=trip, order=order)
        meeting = factories.MeetingFactory(process=process, trip=trip)
        meeting.proposals.add(proposal)
        meeting.sources.set(sources)
        for actor in actors:
            factories.ParticipantFactory(meeting=meeting, actor=actor)
        factories.PositionFactory().sources.set(sources)
        statement = factories.StatementFactory(process=process, proposal=proposal)
        statement.sources.set(sources)
        event = factories.EventFactory(process=process)
        event.actors.set(actors[:2])
    factories.ActorFactory(parent=actors[0])


LISTS = [
    "actors",
    "positions",
    "locations",
    "sources",
    "processes",
    "mediators",
    "proposals",
    "responses",
    "meetings",
    "trips",
    "statements",
    "events",
]


@pytest.mark.parametrize("route", LISTS)
def test_a_list_takes_as_many_queries_at_page_size_1_as_at_100(viewer_api, route):
    fill_a_negotiation(copies=3, nested=4)

    for suffix in ("", "&as_of=2024-06-10"):
        if suffix and route not in ("processes", "proposals", "responses"):
            continue
        small = count_queries(viewer_api, f"/api/v1/{route}/?page_size=1{suffix}")
        large = count_queries(viewer_api, f"/api/v1/{route}/?page_size=100{suffix}")

        assert small == large


@pytest.mark.parametrize("route", ["proposals", "meetings", "trips", "responses", "processes"])
def test_a_detail_takes_as_many_queries_with_many_nested_items_as_with_one(viewer_api, route):
    fill_a_negotiation(copies=1, nested=1)
    few = count_queries(viewer_api, f"/api/v1/{route}/{first_id(route)}/")
    models_before = {route: first_id(route)}

    fill_a_negotiation(copies=1, nested=12)
    many_id = last_id(route)
    many = count_queries(viewer_api, f"/api/v1/{route}/{many_id}/")

    assert models_before[route] != many_id
    assert few == many


def first_id(route):
    return route_model(route).objects.order_by("pk").first().pk


def last_id(route):
    return route_model(route).objects.order_by("pk").last().pk


def route_model(route):
    return {
        "proposals": models.Proposal,
        "meetings": models.Meeting,
        "trips": models.Trip,
        "responses": models.Response,
        "processes": models.NegotiationProcess,
    }[route]


def test_history_and_changes_take_as_many_queries_for_1_as_for_100(analyst_api):
    actor = factories.ActorFactory()
    for number in range(30):
        analyst_api.patch(f"/api/v1/actors/{actor.pk}/", {"name": f"Name {number}"}, format="json")
    fill_a_negotiation(copies=2, nested=2)

    history_small = count_queries(analyst_api, f"/api/v1/actors/{actor.pk}/history/?page_size=1")
    history_large = count_queries(analyst_api, f"/api/v1/actors/{actor.pk}/history/?page_size=100")
    changes_small = count_queries(analyst_api, "/api/v1/changes/?resource=actors&page_size=1")
    changes_large = count_queries(analyst_api, "/api/v1/changes/?resource=actors&page_size=100")

    assert history_small == history_large
    assert changes_small == changes_large
