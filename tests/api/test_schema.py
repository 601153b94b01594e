"""The published OpenAPI schema validates without warnings and tells what the API does."""

import pytest
import yaml
from django.core.management import call_command


@pytest.fixture(scope="module")
def schema(tmp_path_factory):
    path = tmp_path_factory.mktemp("schema") / "schema.yml"
    # Fails the test on any warning or validation error of the generated schema.
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(path))
    return yaml.safe_load(path.read_text())


def component(schema, name):
    return schema["components"]["schemas"][name]


def test_the_schema_validates_with_no_warnings(schema):
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/proposals/{id}/status-changes/" in schema["paths"]
    assert "/api/v1/changes/" in schema["paths"]


def test_a_relation_is_an_integer_in_requests_and_an_object_in_responses(schema):
    request = component(schema, "ResponseRequest")["properties"]["respondent"]
    response = component(schema, "Response")["properties"]["respondent"]

    assert request["type"] == "integer"
    assert response["type"] == "object"
    assert set(response["required"]) == {"id", "name"}


def test_a_list_of_relations_is_integers_in_requests(schema):
    sources = component(schema, "ProposalRequest")["properties"]["sources"]

    assert sources["items"]["type"] == "integer"


def test_error_responses_are_documented(schema):
    detail = schema["paths"]["/api/v1/actors/{id}/"]
    listing = schema["paths"]["/api/v1/actors/"]

    assert {"200", "304", "401", "403", "404"} <= set(detail["get"]["responses"])
    assert {"200", "400", "401", "403", "404", "412"} <= set(detail["patch"]["responses"])
    assert {"204", "401", "403", "404", "409", "412"} <= set(detail["delete"]["responses"])
    assert {"201", "400", "401", "403"} <= set(listing["post"]["responses"])
    assert {"200", "400", "404"} <= set(listing["get"]["responses"])


def test_lists_document_paging_filters_search_ordering_and_as_of(schema):
    parameters = {p["name"] for p in schema["paths"]["/api/v1/responses/"]["get"]["parameters"]}

    assert {
        "page",
        "page_size",
        "search",
        "ordering",
        "as_of",
        "process",
        "proposal",
        "respondent",
        "actor",
        "status",
        "overdue",
        "date_after",
        "date_before",
        "updated_after",
        "updated_before",
    } <= parameters


def test_choices_are_the_contract_s_snake_case_values(schema):
    assert component(schema, "ResponseStatusEnum")["enum"] == [
        "pending",
        "acknowledged",
        "accepted",
        "accepted_with_conditions",
        "countered",
        "rejected",
        "withdrawn",
    ]


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/changes/",
        "/api/v1/actors/{id}/history/",
        "/api/v1/responses/{id}/status-changes/",
    ],
)
def test_lists_beyond_the_router_are_described_as_paginated(schema, path):
    answer = schema["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
    name = answer["schema"]["$ref"].rsplit("/", 1)[-1]

    assert name.startswith("Paginated")
    assert {"count", "next", "previous", "results"} <= set(component(schema, name)["properties"])


def test_path_ids_are_integers(schema):
    parameters = schema["paths"]["/api/v1/proposals/{id}/"]["get"]["parameters"]
    id_parameter = next(p for p in parameters if p["name"] == "id")

    assert id_parameter["schema"]["type"] == "integer"
