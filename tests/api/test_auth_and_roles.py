"""Who may do what through the API: tokens, sessions, and the roles of accounts.roles."""

import pytest
from rest_framework.test import APIClient

from accounts.models import ApiToken
from negotiations import models
from tests import factories


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
    _, key = ApiToken.issue(analyst)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")

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


def test_a_revoked_token_no_longer_works(analyst):
    token, key = ApiToken.issue(analyst)
    token.delete()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")

    assert client.get("/api/v1/actors/").status_code == 401


@pytest.mark.parametrize(
    ("user_fixture", "read", "write"),
    [("outsider", 403, 403), ("viewer", 200, 403), ("analyst", 200, 201), ("admin_user", 200, 201)],
)
def test_roles_decide_reading_and_writing(request, user_fixture, read, write):
    client = APIClient()
    client.force_authenticate(request.getfixturevalue(user_fixture))

    read_response = client.get("/api/v1/actors/")
    write_response = client.post(
        "/api/v1/actors/", {"name": "Jordan", "kind": "state"}, format="json"
    )

    assert read_response.status_code == read
    assert write_response.status_code == write
    assert models.Actor.objects.filter(name="Jordan").exists() == (write == 201)


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


def test_the_schema_and_docs_follow_the_api_s_read_rule(api, outsider, settings):
    outsider_api = APIClient()
    outsider_api.force_authenticate(outsider)

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
