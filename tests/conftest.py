import pytest

from tests.factories import PASSWORD, UserFactory


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
