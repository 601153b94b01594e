import pytest


@pytest.fixture
def analyst_client(client, analyst, password):
    assert client.login(username=analyst.username, password=password)
    return client


@pytest.fixture
def viewer_client(client, viewer, password):
    assert client.login(username=viewer.username, password=password)
    return client
