"""`GET /healthz` in-process, on the suite's database; tests/test_database_outage.py stops a
real PostgreSQL server under it."""

import json

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_healthz_answers_200_without_an_account_while_the_database_answers():
    response = Client().get("/healthz")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"status": "ok", "checks": {"database": "ok"}}
    assert "no-store" in response["Cache-Control"]


def test_healthz_sets_no_session_cookie():
    response = Client().get("/healthz")

    assert not response.cookies
