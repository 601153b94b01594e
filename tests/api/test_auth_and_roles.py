"""How a caller is recognised (tokens, sessions) and what its account's role lets it do.

Every route and method for every role is in test_role_matrix.py; this module holds the ways in:
issuing, sending, revoking and refusing tokens, browser sessions with their CSRF token, and the
read rule of the schema and docs."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from accounts.models import ApiToken
from negotiations import models
from negotiations.models import Actor
from tests import factories
from tests.api import contract
from tests.factories import token_client


def test_a_token_is_issued_for_a_username_and_password(api, analyst, password):
    response = api.post(
        "/api/v1/auth/token/", {"username": "analyst", "password": password}, format="json"
    )

    assert response.status_code == 200
    assert list(response.json()) == ["token"]
    assert ApiToken.objects.for_key(response.json()["token"]).get().user == analyst


def test_wrong_credentials_get_a_400_and_no_token(api, analyst):
    response = api.post(
        "/api/v1/auth/token/", {"username": "analyst", "password": "wrong"}, format="json"
    )

    assert response.status_code == 400
    assert "non_field_errors" in response.json()
    assert not ApiToken.objects.exists()


def test_the_token_authenticates_api_requests(analyst):
    client = token_client(analyst)

    response = client.post("/api/v1/actors/", {"name": "Qatar", "kind": "state"}, format="json")

    assert response.status_code == 201
    actor = models.Actor.objects.get()
    assert actor.history.get().history_user == analyst


def test_a_session_authenticates_api_requests(viewer, password):
    client = APIClient()
    assert client.login(username="viewer", password=password)

    assert client.get("/api/v1/actors/").status_code == 200


def test_anonymous_requests_get_401_with_a_challenge(api):
    factories.ActorFactory()

    response = api.get("/api/v1/actors/")

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


def test_public_read_lets_anonymous_read_but_not_write(api, settings):
    settings.PUBLIC_READ = True
    actor = factories.ActorFactory()

    read_response = api.get(f"/api/v1/actors/{actor.pk}/")
    write_response = api.patch(f"/api/v1/actors/{actor.pk}/", {"name": "X"}, format="json")

    assert read_response.status_code == 200
    assert write_response.status_code == 401
    actor.refresh_from_db()
    assert actor.name != "X"


def test_the_schema_and_docs_are_served_to_accounts_with_a_role(viewer_api):
    schema = viewer_api.get("/api/schema/")
    docs = viewer_api.get("/api/docs/")

    assert schema.status_code == 200
    assert docs.status_code == 200
    assert b"swagger-ui" in docs.content
    # The interactive docs use the project's own copy of Swagger UI, never a CDN.
    assert b"cdn" not in docs.content.lower()
    assert b"/static/drf_spectacular_sidecar/swagger-ui-dist/" in docs.content
    # Its start-up script is a separate file too, so a strict CSP can forbid inline scripts.
    assert b"<script>" not in docs.content
    script = viewer_api.get("/api/docs/?script=")
    assert script.status_code == 200
    assert b"SwaggerUIBundle" in script.content


def test_the_schema_and_docs_follow_the_api_s_read_rule(api, outsider_api, settings):
    anonymous = [api.get(path).status_code for path in ("/api/schema/", "/api/docs/")]
    without_role = [outsider_api.get(path).status_code for path in ("/api/schema/", "/api/docs/")]
    settings.PUBLIC_READ = True
    public = [api.get(path).status_code for path in ("/api/schema/", "/api/docs/")]

    assert anonymous == [401, 401]
    assert without_role == [403, 403]
    assert public == [200, 200]


def test_the_docs_page_tells_a_person_to_sign_in(api):
    page = api.get("/api/docs/")

    assert page.status_code == 401
    assert "Sign in" in page.content.decode()
    assert "/accounts/login/?next=/api/docs/" in page.content.decode()


@pytest.mark.parametrize(
    "body",
    [{}, {"username": "analyst"}, {"username": ["x"], "password": 1}, {"username": "\x00"}],
)
def test_a_bad_token_request_answers_400(api, analyst, body):
    response = api.post(f"{contract.API}auth/token/", body, format="json")

    assert response.status_code == 400, response.content[:300]
    assert not ApiToken.objects.filter(user=analyst).exists()


@pytest.mark.parametrize("header", ["Token", "Token ", "Token nonsense", "Bearer x", "Token a b"])
def test_a_bad_authorization_header_answers_401(api, header):
    factories.ActorFactory()

    response = api.get(contract.list_url("actors"), HTTP_AUTHORIZATION=header)

    assert response.status_code == 401, response.content[:300]


def test_a_signed_in_browser_session_reads_and_writes_with_its_csrf_token(analyst):
    browser = APIClient(enforce_csrf_checks=True)
    browser.get(reverse("accounts:login"))  # the sign-in form sets the CSRF cookie
    browser.force_login(analyst)
    payload = contract.valid_payload("actors")

    read = browser.get(contract.list_url("actors"))
    forged = browser.post(contract.list_url("actors"), payload, format="json")
    counts_after_forged = contract.row_counts()
    written = browser.post(
        contract.list_url("actors"),
        payload,
        format="json",
        HTTP_X_CSRFTOKEN=browser.cookies["csrftoken"].value,
    )

    assert read.status_code == 200
    assert forged.status_code == 403
    assert written.status_code == 201, written.content[:300]
    assert (
        contract.row_counts()["negotiations.Actor"] == counts_after_forged["negotiations.Actor"] + 1
    )
    assert not Actor.objects.exclude(pk=written.json()["id"]).filter(name=payload["name"]).exists()


def test_a_revoked_token_answers_401(analyst):
    client = token_client(analyst)
    ApiToken.objects.filter(user=analyst).delete()
    counts_before = contract.row_counts()

    read = client.get(contract.list_url("actors"))
    write = client.post(contract.list_url("actors"), {"name": "X", "kind": "state"}, format="json")

    assert (read.status_code, write.status_code) == (401, 401)
    assert contract.row_counts() == counts_before


def test_a_deactivated_account_can_neither_use_its_token_nor_get_a_new_one(analyst, password):
    client = token_client(analyst)
    analyst.is_active = False
    analyst.save(update_fields=["is_active"])

    read = client.get(contract.list_url("actors"))
    new_token = APIClient().post(
        f"{contract.API}auth/token/",
        {"username": analyst.username, "password": password},
        format="json",
    )

    assert read.status_code == 401
    assert new_token.status_code == 400
    assert "token" not in new_token.json()
