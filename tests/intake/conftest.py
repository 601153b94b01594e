"""A small recorded world the extractor unit tests read: the seed article's actors, posts,
places and the May 31 plan, built with the suite's factories (`gaza` is the full demo)."""

import datetime
from types import SimpleNamespace

import pytest

from negotiations.models import Actor, Location
from tests.factories import (
    ActorFactory,
    LocationFactory,
    PersonFactory,
    PositionFactory,
    ProcessFactory,
    ProposalFactory,
)


@pytest.fixture
def world(db):
    us = ActorFactory(name="United States", short_name="US", country="US")
    egypt = ActorFactory(name="Egypt", country="EG")
    israel = ActorFactory(name="Israel", country="IL")
    hamas = ActorFactory(
        name="Hamas",
        kind=Actor.Kind.POLITICAL_MOVEMENT,
        aliases=["Islamic Resistance Movement"],
    )
    intelligence = ActorFactory(
        name="General Intelligence Directorate",
        short_name="GID",
        kind=Actor.Kind.GOVERNMENT_BODY,
        country="EG",
        parent=egypt,
    )
    kremlin = ActorFactory(name="Kremlin", kind=Actor.Kind.GOVERNMENT_BODY, country="RU")
    blinken = PersonFactory(name="Antony Blinken", short_name="Blinken")
    sisi = PersonFactory(name="Abdel Fattah al-Sisi", short_name="Sisi")
    kamel = PersonFactory(name="Abbas Kamel", short_name="Kamel")
    peskov = PersonFactory(name="Dmitry Peskov")
    pompeo = PersonFactory(name="Mike Pompeo")
    PositionFactory(
        person=blinken,
        organization=us,
        title="Secretary of State",
        start=datetime.date(2021, 1, 26),
    )
    PositionFactory(
        person=pompeo,
        organization=us,
        title="Secretary of State",
        start=datetime.date(2018, 4, 26),
        end=datetime.date(2021, 1, 20),
    )
    PositionFactory(person=sisi, organization=egypt, title="President", start=None)
    PositionFactory(person=kamel, organization=intelligence, title="Intelligence chief", start=None)
    PositionFactory(person=peskov, organization=kremlin, title="Spokesman", start=None)
    cairo = LocationFactory(name="Cairo", country="EG")
    crossing = LocationFactory(name="Rafah crossing", kind=Location.Kind.BORDER_CROSSING)
    process = ProcessFactory(title="Gaza ceasefire talks")
    plan = ProposalFactory(
        process=process,
        title="May 31 three-phase plan",
        short_name="May 31 plan",
        announced_on=datetime.date(2024, 5, 31),
    )
    return SimpleNamespace(**locals())
