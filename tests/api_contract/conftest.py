"""Clients for the contract tests: one per caller, each authenticated the way api.md says
(`Authorization: Token <key>`), so that authentication itself is under test too."""

import pytest
from rest_framework.test import APIClient

from accounts.models import ApiToken


def token_client(user) -> APIClient:
    _, key = ApiToken.issue(user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


@pytest.fixture
def anonymous_client():
    return APIClient()


@pytest.fixture
def viewer_client(viewer):
    return token_client(viewer)


@pytest.fixture
def analyst_client(analyst):
    return token_client(analyst)


@pytest.fixture
def admin_client(admin_user):
    return token_client(admin_user)


@pytest.fixture
def outsider_client(outsider):
    return token_client(outsider)
