"""Every text and list a client writes has a limit, named in the schema and enforced with a 400
that names the field, before anything is stored."""

import pytest
from django.core.exceptions import ValidationError

from negotiations import models
from negotiations.limits import LIST_MAX_ITEMS, MAX_ALIASES, TEXT_MAX_LENGTH
from tests import factories
from tests.admin.pages import admin_url, form_errors, submitted_form


@pytest.fixture
def schema(viewer_api):
    return viewer_api.get("/api/schema/", {"format": "json"}).json()


def written_properties(schema):
    for name, component in schema["components"]["schemas"].items():
        if name.endswith("Request"):
            for field, spec in component.get("properties", {}).items():
                if not spec.get("readOnly"):
                    yield f"{name}.{field}", spec


def test_the_schema_names_a_limit_for_every_written_text_and_list(schema):
    unlimited = []
    for where, spec in written_properties(schema):
        plain_text = spec.get("type") == "string" and not ({"format", "enum"} & spec.keys())
        if plain_text and "maxLength" not in spec:
            unlimited.append(where)
        if spec.get("type") == "array":
            if "maxItems" not in spec:
                unlimited.append(where)
            items = spec["items"]
            if items.get("type") == "string" and "maxLength" not in items:
                unlimited.append(f"{where}[]")

    assert unlimited == []
    actor = schema["components"]["schemas"]["ActorRequest"]["properties"]
    assert (actor["aliases"]["maxItems"], actor["aliases"]["items"]["maxLength"]) == (50, 200)
    statement = schema["components"]["schemas"]["StatementRequest"]["properties"]
    assert statement["text"]["maxLength"] == 50_000


def test_a_statement_longer_than_its_limit_is_refused_on_its_field(analyst_api):
    speaker = factories.ActorFactory()
    body = {"speaker": speaker.pk, "date": "2024-06-10", "kind": "quote", "text": "x" * 50_001}

    refused = analyst_api.post("/api/v1/statements/", body, format="json")
    accepted = analyst_api.post(
        "/api/v1/statements/", {**body, "text": "x" * 50_000}, format="json"
    )

    assert refused.status_code == 400
    assert list(refused.json()) == ["text"]
    assert "50000" in refused.json()["text"][0]
    assert accepted.status_code == 201
    assert models.Statement.objects.count() == 1


@pytest.mark.parametrize(
    ("aliases", "message"),
    [
        ([f"Name {n}" for n in range(MAX_ALIASES + 1)], "50 elements"),
        (["x" * 201], "200 characters"),
    ],
)
def test_too_many_or_too_long_aliases_are_refused(analyst_api, aliases, message):
    response = analyst_api.post(
        "/api/v1/actors/", {"name": "Qatar", "kind": "state", "aliases": aliases}, format="json"
    )

    assert response.status_code == 400
    assert "aliases" in response.json()
    assert message in str(response.json()["aliases"])
    assert not models.Actor.objects.exists()


def test_a_list_of_ids_over_the_limit_is_refused_before_any_is_looked_up(
    analyst_api, django_assert_max_num_queries
):
    meeting = factories.MeetingFactory()

    with django_assert_max_num_queries(30):
        response = analyst_api.patch(
            f"/api/v1/meetings/{meeting.pk}/",
            {"sources": list(range(1, LIST_MAX_ITEMS + 2))},
            format="json",
        )

    assert response.status_code == 400
    assert f"at most {LIST_MAX_ITEMS} items" in response.json()["sources"][0]
    assert not meeting.sources.exists()


def test_a_nested_list_over_the_limit_is_refused(analyst_api):
    proposal = factories.ProposalFactory()
    phases = [{"number": n, "title": f"Phase {n}"} for n in range(1, LIST_MAX_ITEMS + 2)]

    response = analyst_api.patch(
        f"/api/v1/proposals/{proposal.pk}/", {"phases": phases}, format="json"
    )

    assert response.status_code == 400
    assert "phases" in response.json()
    assert not proposal.phases.exists()


def test_the_model_refuses_too_many_aliases_from_any_way_in(db):
    actor = models.Actor(name="Qatar", kind="state", aliases=["a"] * (MAX_ALIASES + 1))

    with pytest.raises(ValidationError) as error:
        actor.full_clean()

    assert "aliases" in error.value.message_dict


def test_the_admin_refuses_a_summary_over_the_limit(client, analyst):
    client.force_login(analyst)
    meeting = factories.MeetingFactory(summary="")
    form = submitted_form(client.get(admin_url(models.Meeting, "change", meeting.pk)))

    page = client.post(
        admin_url(models.Meeting, "change", meeting.pk),
        {**form, "summary": "x" * (TEXT_MAX_LENGTH + 1)},
    )

    assert page.status_code == 200
    assert "summary" in form_errors(page)
    meeting.refresh_from_db()
    assert meeting.summary == ""
