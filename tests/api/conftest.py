import pytest
from rest_framework.test import APIClient


@pytest.fixture
def api(db):
    """An API client with no credentials."""
    return APIClient()


@pytest.fixture
def analyst_api(analyst):
    client = APIClient()
    client.force_authenticate(analyst)
    return client


@pytest.fixture
def viewer_api(viewer):
    client = APIClient()
    client.force_authenticate(viewer)
    return client
