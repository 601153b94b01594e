"""Each page answers in a number of queries that does not grow with the records it shows: the
same count with 2 and with 20 records of every kind."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from negotiations.models import Response
from tests.factories import (
    ActorFactory,
    EventFactory,
    MeetingFactory,
    ParticipantFactory,
    PhaseFactory,
    PositionFactory,
    ProposalFactory,
    ProvisionFactory,
    ResponseFactory,
    SourceFactory,
    StatementFactory,
    TripStopFactory,
)

# The most queries any status page may make, whatever the data (session, user, role and the
# page's own fixed set of queries).
PAGE_QUERY_BUDGET = 40


def add_records(gaza, count: int, start: int) -> None:
    """`count` more of every kind of record the pages show, each sourced and linked."""
    for index in range(start, start + count):
        day = datetime.date(2024, 5, 1) + datetime.timedelta(days=index % 40)
        source = SourceFactory(title=f"Wire report {index}")
        actor = ActorFactory(name=f"Party {index}")
        proposal = ProposalFactory(process=gaza.process, title=f"Plan {index}", announced_on=day)
        proposal.sources.add(source)
        response = ResponseFactory(proposal=gaza.proposal, respondent=actor)
        response.sources.add(source)
        hamas_response = ResponseFactory(proposal=proposal, respondent=gaza.hamas)
        hamas_response.change_status(Response.Status.ACKNOWLEDGED, changed_on=day, sources=[source])
        phase = PhaseFactory(proposal=gaza.proposal, number=10 + index)
        ProvisionFactory(phase=phase, text=f"Clause {index}")
        stop = TripStopFactory(trip=gaza.trip, order=10 + index, date=None)
        meeting = MeetingFactory(
            process=gaza.process,
            title=f"Round {index} on the plan",
            date=day,
            trip=gaza.trip,
            location=stop.location,
        )
        meeting.proposals.add(gaza.proposal)
        meeting.sources.add(source, gaza.article)
        ParticipantFactory(meeting=meeting, actor=gaza.blinken)
        ParticipantFactory(meeting=meeting, actor=actor)
        ParticipantFactory(meeting=gaza.cairo_meeting, actor=actor)
        statement = StatementFactory(
            speaker=gaza.blinken,
            date=day,
            text=f"Statement {index} on the plan",
            proposal=gaza.proposal,
            process=gaza.process,
        )
        statement.sources.add(source, gaza.article)
        event = EventFactory(process=gaza.process, title=f"Event {index} plan", date=day)
        event.sources.add(gaza.article)
        position = PositionFactory(person=gaza.blinken, organization=actor, title=f"Post {index}")
        position.sources.add(gaza.article)


def page_urls(gaza):
    return [
        "/",
        "/processes/",
        f"/processes/{gaza.process.slug}/",
        "/proposals/",
        f"/proposals/{gaza.proposal.slug}/",
        "/actors/",
        f"/actors/{gaza.blinken.slug}/",
        f"/actors/{gaza.hamas.slug}/",
        "/meetings/",
        "/meetings/?actor=Antony+Blinken",
        f"/meetings/{gaza.cairo_meeting.pk}/",
        f"/statements/?process={gaza.process.slug}",
        f"/trips/{gaza.trip.pk}/",
        f"/sources/{gaza.article.pk}/",
        "/search/?q=plan",
    ]


def queries_per_page(client, urls) -> dict[str, int]:
    counts = {}
    for url in urls:
        sep = "&" if "?" in url else "?"
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"{url}{sep}as_of=2024-06-10")
        assert response.status_code == 200, url
        counts[url] = len(queries)
    return counts


@pytest.mark.parametrize("role", ["viewer", "analyst"])
def test_query_counts_do_not_grow_with_the_data_shown(client, gaza, request, role):
    client.force_login(request.getfixturevalue(role))
    add_records(gaza, 2, start=0)
    with_two = queries_per_page(client, page_urls(gaza))

    add_records(gaza, 18, start=2)
    with_twenty = queries_per_page(client, page_urls(gaza))

    assert with_twenty == with_two
    assert max(with_two.values()) <= PAGE_QUERY_BUDGET, with_two
    assert gaza.proposal.responses.count() == 21
