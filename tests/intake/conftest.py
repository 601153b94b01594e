"""A small recorded world the extractor unit tests read: the seed article's actors, posts,
places and the May 31 plan, built with the suite's factories (`gaza` is the full demo)."""

import copy
import datetime
from types import SimpleNamespace

import pytest
from django.db import transaction

from negotiations.models import Actor, Location
from tests.factories import (
    ActorFactory,
    LocationFactory,
    PersonFactory,
    PositionFactory,
    ProcessFactory,
    ProposalFactory,
)


@pytest.fixture(scope="module")
def recorded_world(django_db_setup, django_db_blocker):
    """The world, recorded once per test module in a transaction rolled back after the module's
    last test. Each test runs in a savepoint inside it (pytest-django's `db`), so it finds the
    world as built and leaves nothing behind; building it anew for each of the thousands of
    extractor tests took most of their time."""
    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
        try:
            recorded = build_world()
        except BaseException:
            transaction.set_rollback(True)
            module_transaction.__exit__(None, None, None)
            raise
    yield recorded
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        module_transaction.__exit__(None, None, None)


@pytest.fixture
def world(recorded_world, db):
    """A copy of the recorded world for each test, as Django's TestCase copies its class-level
    test data: a test that changes a record in memory leaves the next one the original."""
    return copy.deepcopy(recorded_world)


@pytest.fixture
def employers_and_union(db):
    """Two bodies of a wage round, each with a president recorded ("Jan Kowal" for the
    employers, "Anna Marek" for the union): the people a body's officer speaks for."""
    employers = ActorFactory(name="Confederation of Ruritanian Industry", kind=Actor.Kind.OTHER)
    union = ActorFactory(name="Ruritanian Metalworkers' Federation", kind=Actor.Kind.OTHER)
    for name, body in (("Jan Kowal", employers), ("Anna Marek", union)):
        person = PersonFactory(name=name, short_name=name.split()[-1])
        PositionFactory(person=person, organization=body, title="President")
    return employers, union


def build_world():
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
