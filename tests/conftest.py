import pytest

from tests.factories import PASSWORD, UserFactory


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
