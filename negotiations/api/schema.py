"""The OpenAPI schema documents the error answers too, so clients (and schemathesis) know every
status code an operation may give."""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import serializers


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()


class ReferenceSerializer(serializers.Serializer):
    resource = serializers.CharField()
    id = serializers.IntegerField()
    name = serializers.CharField()


class ConflictSerializer(serializers.Serializer):
    detail = serializers.CharField()
    protected_by = ReferenceSerializer(many=True)


VALIDATION_ERROR = {
    "type": "object",
    "description": 'Field name (or "non_field_errors") → messages; nested lists of objects '
    'follow the shape of the request, such as {"phases": [{}, {"number": ["..."]}]}.',
    "additionalProperties": {},
}


# GET actions that answer a paginated list, besides the router's own `list`.
LIST_ACTIONS = {"list", "history", "status_changes"}


ID_PARAMETER = OpenApiParameter(
    "id", OpenApiTypes.INT, OpenApiParameter.PATH, description="The record's id."
)


# Lists that also answer CSV (negotiations/api/csv_download.py).
CSV_MEDIA_TYPE = "text/csv"
FORMAT_PARAMETER = OpenApiParameter(
    "format",
    OpenApiTypes.STR,
    enum=["json", "csv"],
    description="`csv` downloads every matching row as CSV (as does `Accept: text/csv`).",
)
CSV_SCHEMA = {
    "type": "string",
    "description": "Every row the filters match (not one page): a header row of the fields the "
    "JSON list shows, relations as their names, lists joined by '; '.",
}


def document_csv_answers(responses: dict) -> dict:
    """A list's answers with CSV as what it is: a text table for the 200, and errors in JSON
    only (they are never written as CSV)."""
    for code, response in responses.items():
        content = response.get("content", {}) if isinstance(response, dict) else {}
        if CSV_MEDIA_TYPE not in content:
            continue
        if code == "200":
            content[CSV_MEDIA_TYPE] = {"schema": CSV_SCHEMA}
        else:
            del content[CSV_MEDIA_TYPE]
    return responses


class ContractAutoSchema(AutoSchema):
    def get_override_parameters(self):
        # The router takes any segment (so a malformed id is a JSON 404), but ids are integers.
        parameters = super().get_override_parameters()
        if "{id}" in self.path:
            parameters = [*parameters, ID_PARAMETER]
        if self._answers_csv():
            parameters = [*parameters, FORMAT_PARAMETER]
        return parameters

    def _answers_csv(self) -> bool:
        return getattr(self.view, "answers_csv", False) and self.view.lists_here()

    def _is_list_view(self, serializer=None):
        if self.method == "GET" and (
            getattr(self.view, "action", None) in LIST_ACTIONS
            or getattr(self.view, "answers_a_list", False)
        ):
            return True
        return super()._is_list_view(serializer)

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        errors = {"401": ErrorSerializer, "403": ErrorSerializer}
        is_detail = "{" in self.path
        if self.method == "GET":
            errors["400"] = VALIDATION_ERROR  # malformed filters, as_of or since
            errors["404"] = ErrorSerializer  # a record, or a page, that does not exist
        else:
            errors["400"] = VALIDATION_ERROR
        if is_detail:
            errors["404"] = ErrorSerializer
        if is_detail and self.method in ("PUT", "PATCH", "DELETE", "POST"):
            errors["412"] = ErrorSerializer
        if self.method == "DELETE":
            errors["409"] = ConflictSerializer
        if getattr(self.view, "action", None) == "retract_status_change":
            errors["409"] = ErrorSerializer  # already retracted, or the last live entry
        for code, schema in errors.items():
            if code not in responses:
                responses[code] = self._get_response_for_code(schema, code, direction=direction)
        if self.method == "GET" and is_detail and "200" in responses and self._is_retrieve():
            responses["304"] = {"description": "Not modified: If-None-Match names the ETag."}
        return document_csv_answers(responses)

    def _is_retrieve(self) -> bool:
        return getattr(self.view, "action", None) == "retrieve"
