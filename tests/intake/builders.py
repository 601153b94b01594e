"""Intakes with hand-made candidates, so that the review and the accept step are tested apart from
the drafting engine (negotiations.intake.extract): the candidates below are what the engine's
contract promises for the seed article, written out by hand."""

import datetime
from pathlib import Path
from types import SimpleNamespace

from negotiations.models import Actor, Intake, Location
from tests.factories import (
    ActorFactory,
    LocationFactory,
    MediatorFactory,
    PartyFactory,
    PersonFactory,
    ProcessFactory,
    ProposalFactory,
    SourceFactory,
)

SEED_PATH = (
    Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "gaza-talks-june-2024.txt"
)
SEED_TEXT = SEED_PATH.read_text(encoding="utf-8")
SEED_DATE = datetime.date(2024, 6, 10)
KINDS = ("actors", "quotes", "dates", "meetings", "events", "status_signals")


def seed_world():
    """What the database knows before the article is read: the actors it names, the places,
    the process with its parties and mediators, and the May 31 plan. No meeting, statement,
    event or response yet: those are the article's to add."""
    states = {
        name: ActorFactory(name=name, kind=Actor.Kind.STATE, short_name=short)
        for name, short in [
            ("United States", "US"),
            ("Egypt", ""),
            ("Israel", ""),
            ("Qatar", ""),
            ("Jordan", ""),
        ]
    }
    hamas = ActorFactory(name="Hamas", kind=Actor.Kind.ARMED_GROUP)
    people = {
        name: PersonFactory(name=name, short_name=short)
        for name, short in [
            ("Antony Blinken", "Blinken"),
            ("Joe Biden", "Biden"),
            ("Abdel Fattah al-Sisi", "Sisi"),
            ("Benjamin Netanyahu", "Netanyahu"),
        ]
    }
    process = ProcessFactory(title="Gaza ceasefire and hostage-release negotiations")
    for party in (states["Israel"], hamas):
        PartyFactory(process=process, actor=party)
    for mediator in (states["Egypt"], states["Qatar"], states["United States"]):
        MediatorFactory(process=process, actor=mediator)
    proposal = ProposalFactory(
        process=process,
        title="May 31 three-phase plan",
        short_name="May 31 plan",
        announced_on=datetime.date(2024, 5, 31),
    )
    return SimpleNamespace(
        hamas=hamas,
        blinken=people["Antony Blinken"],
        biden=people["Joe Biden"],
        sisi=people["Abdel Fattah al-Sisi"],
        netanyahu=people["Benjamin Netanyahu"],
        states=states,
        process=process,
        proposal=proposal,
        cairo=LocationFactory(name="Cairo", kind=Location.Kind.CITY, country="EG"),
        jerusalem=LocationFactory(name="Jerusalem", kind=Location.Kind.CITY, country="IL"),
    )


def span(text: str, passage: str, occurrence: int = 1) -> list[int]:
    start = -1
    for _ in range(occurrence):
        start = text.index(passage, start + 1)
    return [start, start + len(passage)]


def ref(record) -> dict:
    return {"id": record.pk, "name": str(record)}


def seed_candidates(world, text: str = SEED_TEXT) -> dict:
    """The candidates the engine's contract promises for the seed article (a selection)."""
    return {
        "actors": [
            {
                "key": "actor-blinken",
                "span": span(text, "Antony Blinken"),
                "name": "Antony Blinken",
                "actor": ref(world.blinken),
                "kind": "person",
                "similar": [],
            },
            {
                "key": "actor-hamas",
                "span": span(text, "Hamas"),
                "name": "Hamas",
                "actor": ref(world.hamas),
                "kind": "armed_group",
                "similar": [],
            },
            {
                "key": "actor-kamel",
                "span": span(text, "Abbas Kamel"),
                "name": "Abbas Kamel",
                "actor": None,
                "kind": "person",
                "similar": [],
            },
        ],
        "quotes": [
            {
                "key": "quote-aid",
                "span": span(
                    text,
                    "Deal or no deal, it remains absolutely essential that we get more aid to "
                    "Palestinians who need it",
                ),
                "text": "Deal or no deal, it remains absolutely essential that we get more aid "
                "to Palestinians who need it",
                "speaker": ref(world.blinken),
                "speaker_name": "Blinken",
                "speaker_key": "actor-blinken",
                "date": "2024-06-10",
            },
        ],
        "dates": [
            {
                "key": "date-monday",
                "span": span(text, "on Monday"),
                "text": "on Monday",
                "date": "2024-06-10",
                "precision": "day",
            },
            {
                "key": "date-october",
                "span": span(text, "in early October"),
                "text": "in early October",
                "date": "2023-10-01",
                "precision": "month",
            },
        ],
        "meetings": [
            {
                "key": "meeting-cairo",
                "span": span(
                    text,
                    "In closed-door talks also attended by Egyptian intelligence chief Abbas "
                    "Kamel, Sisi and Blinken discussed",
                ),
                "title": "Blinken meets al-Sisi in Cairo",
                "date": "2024-06-10",
                "date_precision": "day",
                "location": ref(world.cairo),
                "location_name": "Cairo",
                "participants": [
                    {"name": "Blinken", "actor": ref(world.blinken), "actor_key": "actor-blinken"},
                    {"name": "Sisi", "actor": ref(world.sisi), "actor_key": None},
                    {"name": "Abbas Kamel", "actor": None, "actor_key": "actor-kamel"},
                ],
                "proposals": [ref(world.proposal)],
            },
        ],
        "events": [
            {
                "key": "event-war",
                "span": span(text, "war broke out in early October"),
                "title": "War breaks out between Israel and Hamas",
                "date": "2023-10-01",
                "date_precision": "month",
                "kind": "military",
                "location_name": None,
            },
        ],
        "status_signals": [
            {
                "key": "signal-hamas",
                "span": span(text, "Hamas has not formally responded to the plan."),
                "respondent": ref(world.hamas),
                "respondent_name": "Hamas",
                "respondent_key": "actor-hamas",
                "proposal": ref(world.proposal),
                "status": "pending",
                "changed_on": "2024-06-10",
            },
        ],
    }


def intake_with(candidates: dict, *, text: str = SEED_TEXT, user=None) -> Intake:
    """An intake of `text` (stored as its source) with the candidates given, the way
    Intake.objects.create_from_article stores the engine's."""
    source = SourceFactory(
        title="Blinken lands in Israel", published_on=SEED_DATE, excerpt=text[:20_000]
    )
    return Intake.objects.create(
        source=source,
        text=text,
        language="en",
        candidates={kind: candidates.get(kind, []) for kind in KINDS},
        created_by=user,
    )
