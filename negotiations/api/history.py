"""The audit trail (django-simple-history rows) as the API shows it: who changed which fields
of which record, when. Diffs are computed in memory between consecutive rows."""

from django.db.models import Q
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from negotiations.api.fields import UserField

ACTIONS = {"+": "created", "~": "updated", "-": "deleted"}
ACTION_CHOICES = list(ACTIONS.values())


def _json_value(value):
    return None if value is None else str(value)


def describe_change(row, previous) -> list[dict]:
    """The fields `row` changed since `previous` (all fields with a value when created)."""
    action = ACTIONS[row.history_type]
    if action == "deleted":
        return []
    if action == "created" or previous is None:
        tracked = [field.name for field in row.tracked_fields if field.editable]
        return [
            {"field": name, "old": None, "new": _json_value(getattr(row, field_attname(row, name)))}
            for name in tracked
            if name != "id" and getattr(row, field_attname(row, name)) not in (None, "", [])
        ]
    delta = row.diff_against(previous)
    return [
        {"field": change.field, "old": _json_value(change.old), "new": _json_value(change.new)}
        for change in sorted(delta.changes, key=lambda change: change.field)
    ]


def field_attname(row, name: str) -> str:
    return row.instance_type._meta.get_field(name).attname


def previous_row(history_model, row):
    """The row just before `row` in the same record's trail, or None."""
    return (
        history_model.objects.filter(id=row.id)
        .filter(
            Q(history_date__lt=row.history_date)
            | Q(history_date=row.history_date, history_id__lt=row.history_id)
        )
        .order_by("-history_date", "-history_id")
        .first()
    )


def attach_changes(history_model, rows: list, *, trail: list | None = None) -> None:
    """Give each row `.changes`, diffing it against the row before it in its record's trail.

    `trail` holds every row that may precede one of `rows` (oldest first); without it, the
    rows are taken as one record's consecutive trail and only the first looks further back.
    """
    if trail is None:
        trail = ([previous_row(history_model, rows[0])] if rows else []) + rows
        trail = [row for row in trail if row is not None]
    last_seen = {}
    for row in sorted(trail, key=lambda row: (row.history_date, row.history_id)):
        row.changes = describe_change(row, last_seen.get(row.id))
        last_seen[row.id] = row
    by_key = {row.history_id: row for row in trail}
    for row in rows:
        row.changes = by_key[row.history_id].changes


class ChangedFieldSerializer(serializers.Serializer):
    field = serializers.CharField()
    old = serializers.CharField(allow_null=True)
    new = serializers.CharField(allow_null=True)


class HistoryEntrySerializer(serializers.Serializer):
    """One entry of a record's audit trail."""

    history_id = serializers.IntegerField()
    history_date = serializers.DateTimeField(help_text="When it was recorded (edit time).")
    history_type = serializers.SerializerMethodField()
    history_user = UserField(allow_null=True)
    fields = serializers.SerializerMethodField(method_name="changed_field_names")
    changes = ChangedFieldSerializer(many=True)

    @extend_schema_field(serializers.ChoiceField(choices=ACTION_CHOICES))
    def get_history_type(self, row) -> str:
        return ACTIONS[row.history_type]

    def changed_field_names(self, row) -> list[str]:
        return [change["field"] for change in row.changes]
