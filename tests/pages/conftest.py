"""The worked example (the AFP article of 2024-06-10) as the demo loads it, for the page tests."""

from types import SimpleNamespace

import pytest

from negotiations.demo import load_demo
from negotiations.demo.article import ARTICLE, EVENTS, PROCESS, PROPOSAL, STATEMENTS, TRIP
from negotiations.models import (
    Actor,
    Event,
    Location,
    Meeting,
    NegotiationProcess,
    Proposal,
    Source,
    Statement,
    Trip,
)

# The process's page, as the tests address it.
PROCESS_URL = f"/processes/{PROCESS['slug']}/"


@pytest.fixture
def gaza(db):
    """The process, the May 31 plan, Hamas's pending response, the Cairo and Jerusalem meetings,
    Blinken's trip, the statements and the events, all cited to the article: built by the demo
    loader from negotiations/demo/article.py, the one description of the worked example."""
    load_demo()
    actors = {actor.name: actor for actor in Actor.objects.all()}
    proposal = Proposal.objects.get(slug=PROPOSAL["slug"])
    return SimpleNamespace(
        article=Source.objects.get(title=ARTICLE["title"]),
        hamas=actors["Hamas"],
        blinken=actors["Antony Blinken"],
        biden=actors["Joe Biden"],
        process=NegotiationProcess.objects.get(slug=PROCESS["slug"]),
        proposal=proposal,
        hamas_response=proposal.responses.get(respondent=actors["Hamas"]),
        trip=Trip.objects.get(title=TRIP["title"]),
        cairo=Location.objects.get(name="Cairo"),
        cairo_meeting=Meeting.objects.get(title="Blinken meets al-Sisi in Cairo"),
        jerusalem_meeting=Meeting.objects.get(title="Blinken meets Netanyahu in Jerusalem"),
        quote=Statement.objects.get(text=STATEMENTS[3]["text"]),
        rafah=Event.objects.get(title=EVENTS[1]["title"]),
        war=Event.objects.get(title=EVENTS[0]["title"]),
        **{name: actors[name] for name in ("United States", "Egypt", "Israel", "Qatar", "Jordan")},
    )


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client


@pytest.fixture
def analyst_client(client, analyst):
    client.force_login(analyst)
    return client
