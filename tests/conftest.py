"""Fixtures for the whole suite, each name with one meaning everywhere:

- accounts: `viewer`, `analyst`, `admin_user`, `outsider` (signed in, no role);
- `*_client`: a Django test client signed in with a session, as a browser is (`viewer_client`,
  `analyst_client`); `admin_client` is pytest-django's own, a signed-in superuser;
- `*_api`: a REST framework client that sends a token just issued to that account
  (`Authorization: Token <key>`, so authentication is under test in every API test):
  `viewer_api`, `analyst_api`, `admin_api`, `outsider_api`; `api` has no credentials;
- `gaza`: the worked example, loaded by the demo loader.
"""

from types import SimpleNamespace

import pytest
from django.db import connection
from rest_framework.test import APIClient

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
from tests.factories import PASSWORD, UserFactory, token_client


def end_other_sessions() -> int:
    """End every other session on the database `connection` is on (PostgreSQL), and say how
    many there were."""
    if connection.vendor != "postgresql":
        return 0
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return len(cursor.fetchall())


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database, with no session left on it when it is dropped.

    On PostgreSQL a worker's last seconds could leave one idle test connection (its last
    statement the ROLLBACK of a test's transaction) that the thread closing the database does
    not own, so DROP DATABASE failed ("is being accessed by other users") and the database was
    left behind with a warning. Nothing of the run uses the database any more at this point, so
    such sessions are ended before pytest-django drops it."""
    yield
    with django_db_blocker.unblock():
        end_other_sessions()
        connection.close()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Every test creates accounts; the production hasher's deliberate slowness (about a second
    per account on a busy machine) would dominate the suite's time without testing anything."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def unthrottled_api(settings):
    """No API rate limits (and no cache queries for them) unless a test sets its own rates:
    a suite sends far more requests a minute than any client should."""
    settings.API_THROTTLE_RATES = {"user": None, "anon": None, "auth_token": None}


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def viewer(db):
    return UserFactory(username="viewer", role="viewer")


@pytest.fixture
def analyst(db):
    return UserFactory(username="analyst", role="analyst")


@pytest.fixture
def admin_user(db):
    return UserFactory(username="admin", role="admin")


@pytest.fixture
def outsider(db):
    """An account with no role: signed in, but allowed nothing."""
    return UserFactory(username="outsider")


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client


@pytest.fixture
def analyst_client(client, analyst):
    client.force_login(analyst)
    return client


@pytest.fixture
def api(db):
    """An API client with no credentials."""
    return APIClient()


@pytest.fixture
def viewer_api(viewer):
    return token_client(viewer)


@pytest.fixture
def analyst_api(analyst):
    return token_client(analyst)


@pytest.fixture
def admin_api(admin_user):
    return token_client(admin_user)


@pytest.fixture
def outsider_api(outsider):
    return token_client(outsider)


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
