"""`GET /api/v1/changes/?since=`: every create, update and delete across the resources after a
moment, oldest first, so a client that keeps its own copy can stay in step, deletions included."""

from types import SimpleNamespace

from django.db.models import CharField, Value
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.generics import GenericAPIView

from negotiations.api.csv_download import CSVListMixin, csv_response
from negotiations.api.fields import UserField
from negotiations.api.history import ACTION_CHOICES, ACTIONS, attach_changes
from negotiations.api.views import MODELS, SafeQueryParamsMixin
from negotiations.models import MergedActor


class ChangesQuerySerializer(serializers.Serializer):
    since = serializers.DateTimeField(
        required=False,
        help_text="Only changes recorded after this moment (ISO 8601 date-time; UTC if no "
        "offset is given). Pass the last `changed_at` you saw.",
    )
    resource = serializers.ChoiceField(
        choices=list(MODELS), required=False, help_text="Only changes of this resource."
    )


class ChangeSerializer(serializers.Serializer):
    resource = serializers.ChoiceField(choices=list(MODELS))
    id = serializers.IntegerField(help_text="The changed record's id.")
    action = serializers.ChoiceField(choices=ACTION_CHOICES)
    changed_at = serializers.DateTimeField()
    changed_by = UserField(allow_null=True)
    fields = serializers.ListField(child=serializers.CharField(), source="changed_fields")
    merged_into = serializers.IntegerField(
        allow_null=True,
        help_text="On the deletion of an actor merged into another: the id of the actor that "
        "took its place (its references, names and address). Null on every other change.",
    )


def change_keys(*, since=None, resource=None):
    """(history_date, resource, history_id) of every audit row, across resources, oldest first."""
    parts = []
    for route, model in MODELS.items():
        if resource and route != resource:
            continue
        rows = model.history.all()
        if since is not None:
            rows = rows.filter(history_date__gt=since)
        parts.append(
            rows.annotate(resource=Value(route, output_field=CharField()))
            .values("history_date", "history_id", "resource")
            .order_by()
        )
    keys = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    return keys.order_by("history_date", "resource", "history_id")


def changes_for(keys: list[dict]) -> list[SimpleNamespace]:
    """The changes that `keys` name, each with the fields it changed (one query per resource
    on the page, whatever the page size)."""
    rows_by_key = {}
    for route in {key["resource"] for key in keys}:
        history_model = MODELS[route].history.model
        wanted = [key for key in keys if key["resource"] == route]
        record_ids = history_model.objects.filter(
            history_id__in=[key["history_id"] for key in wanted]
        ).values("id")
        trail = list(
            history_model.objects.filter(
                id__in=record_ids, history_date__lte=max(key["history_date"] for key in wanted)
            ).select_related("history_user")
        )
        attach_changes(history_model, trail, trail=trail)
        rows_by_key.update({(route, row.history_id): row for row in trail})
    merged_into = survivors_of_merged_actors(
        row.id
        for (route, _history_id), row in rows_by_key.items()
        if route == "actors" and row.history_type == "-"
    )
    changes = []
    for key in keys:
        row = rows_by_key[(key["resource"], key["history_id"])]
        merged = key["resource"] == "actors" and row.history_type == "-"
        changes.append(
            SimpleNamespace(
                resource=key["resource"],
                id=row.id,
                action=ACTIONS[row.history_type],
                changed_at=row.history_date,
                changed_by=row.history_user,
                changed_fields=[change["field"] for change in row.changes],
                merged_into=merged_into.get(row.id) if merged else None,
            )
        )
    return changes


def survivors_of_merged_actors(actor_ids) -> dict[int, int]:
    """{merged actor id: the id of the actor it now lives on as} for those ids that were
    merged (the others were deleted outright)."""
    ids = set(actor_ids)
    if not ids:
        return {}
    return dict(MergedActor.objects.filter(pk__in=ids).values_list("pk", "into_id"))


class ChangesView(SafeQueryParamsMixin, CSVListMixin, GenericAPIView):
    serializer_class = ChangeSerializer
    answers_a_list = True  # for the schema: a paginated list of changes

    def lists_here(self) -> bool:
        return True

    def get_queryset(self):
        query = ChangesQuerySerializer(data=self.request.query_params)
        query.is_valid(raise_exception=True)
        return change_keys(**query.validated_data)

    @extend_schema(parameters=[ChangesQuerySerializer], operation_id="changes_list")
    def get(self, request):
        """Every create, update and delete after `since`, oldest first."""
        if self.wants_csv():
            return csv_response(
                self.get_queryset(),
                ChangeSerializer,
                self.get_serializer_context(),
                name="changes",
                prepare=changes_for,
            )
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(self.get_serializer(changes_for(page), many=True).data)
