"""The audit trail (django-simple-history rows) as the API shows it: who changed which fields
of which record, when. Diffs are computed in memory between consecutive rows; many-to-many links
are shown as the sorted ids of the linked records, and a change to a part of the record (its
participants, phases, ...) names the parts with no old or new value: the part's own trail, or
the record's current representation, holds the detail."""

import json

from django.db.models import Q
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from negotiations.api.fields import UserField

ACTIONS = {"+": "created", "~": "updated", "-": "deleted"}
ACTION_CHOICES = list(ACTIONS.values())


def _json_value(value):
    return None if value is None else str(value)


def _links_value(ids) -> str:
    return json.dumps(sorted(ids))


def link_snapshots(history_model, rows) -> dict[int, dict[str, list]]:
    """The many-to-many links each history row kept, as {history_id: {field: [ids]}}: one query
    per many-to-many field, whatever the number of rows."""
    snapshots = {row.history_id: {} for row in rows}
    for field in history_model._history_m2m_fields:
        snapshot_model = getattr(history_model, field.name).model
        kept = snapshot_model.objects.filter(history_id__in=list(snapshots)).values_list(
            "history_id", field.m2m_reverse_field_name()
        )
        for history_id, related_id in kept:
            snapshots[history_id].setdefault(field.name, []).append(related_id)
    return snapshots


def describe_change(row, previous, snapshots: dict) -> list[dict]:
    """The fields `row` changed since `previous` (all fields with a value when created): its
    own fields, its many-to-many links and the parts of it that changed (`parts_changed`)."""
    action = ACTIONS[row.history_type]
    if action == "deleted":
        return []
    link_fields = [field.name for field in row._history_m2m_fields]
    links = snapshots.get(row.history_id, {})
    if action == "created" or previous is None:
        tracked = [field.name for field in row.tracked_fields if field.editable]
        changes = [
            {"field": name, "old": None, "new": _json_value(getattr(row, field_attname(row, name)))}
            for name in tracked
            if name != "id"
            and name not in link_fields
            and getattr(row, field_attname(row, name)) not in (None, "", [])
        ]
        changes += [
            {"field": name, "old": None, "new": _links_value(links[name])}
            for name in link_fields
            if links.get(name)
        ]
    else:
        delta = row.diff_against(previous, excluded_fields=link_fields)
        changes = [
            {"field": change.field, "old": _json_value(change.old), "new": _json_value(change.new)}
            for change in delta.changes
        ]
        earlier = snapshots.get(previous.history_id, {})
        changes += [
            {
                "field": name,
                "old": _links_value(earlier.get(name, [])),
                "new": _links_value(links.get(name, [])),
            }
            for name in link_fields
            if sorted(earlier.get(name, [])) != sorted(links.get(name, []))
        ]
    named = {change["field"] for change in changes}
    changes += [
        {"field": part, "old": None, "new": None}
        for part in row.parts_changed or []
        if part not in named
    ]
    return sorted(changes, key=lambda change: change["field"])


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
    snapshots = link_snapshots(history_model, trail)
    last_seen = {}
    for row in sorted(trail, key=lambda row: (row.history_date, row.history_id)):
        row.changes = describe_change(row, last_seen.get(row.id), snapshots)
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
