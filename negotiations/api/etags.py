"""A record's ETag from its version, read in one query before anything is serialised.

A detail's ETag names what its representation is made of: the record's own `updated_at`, and
for every relation the serializer shows (a statement's speaker and sources, a proposal's phases,
their provisions, its responses and their respondents...) the set of related ids and their
latest `updated_at`. So a changed, added or removed nested part changes the ETag, as a change of
the record does, and a 304 costs one small query instead of reading and serialising the record.

Whatever else the representation depends on goes into the ETag too: the address the client used
(the `url` fields name its host), `?as_of=`, today's date where a record shows days pending or
overdue (they change at midnight), and the serializer's fields (a release that changes the shape
changes every ETag).
"""

import functools
import hashlib
import json
from typing import NamedTuple

from django.core.exceptions import FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Aggregate, Max, TextField
from django.utils import timezone
from rest_framework import serializers
from rest_framework.relations import ManyRelatedField, RelatedField


class DistinctIds(Aggregate):
    """The distinct values of an id column, ascending, as one text ("3,17,42"); NULL when none.
    The set of related rows then changes the text whichever row came or went."""

    output_field = TextField()

    def as_sql(self, compiler, connection, **extra_context):
        column, params = compiler.compile(self.get_source_expressions()[0])
        text = f"CAST({column} AS text)"
        return f"STRING_AGG(DISTINCT {text}, ',' ORDER BY {text})", (*params, *params)

    def as_sqlite(self, compiler, connection, **extra_context):
        # SQLite (development and tests) has no ordered aggregate; its DISTINCT group_concat
        # visits the rows in the same order for the same rows.
        column, params = compiler.compile(self.get_source_expressions()[0])
        return f"GROUP_CONCAT(DISTINCT {column})", params


def related_paths(serializer, prefix: str = "") -> list[str]:
    """The ORM paths of every relation a serializer shows, nested serializers' own included
    (["speaker", "sources"], or ["phases", "phases__provisions", "responses",
    "responses__respondent", ...])."""
    paths = []
    for field in serializer.fields.values():
        if field.write_only or field.source == "*":
            continue
        path = prefix + field.source.replace(".", "__")
        if isinstance(field, serializers.ListSerializer):
            paths += [path, *related_paths(field.child, f"{path}__")]
        elif isinstance(field, serializers.BaseSerializer):
            paths += [path, *related_paths(field, f"{path}__")]
        elif isinstance(field, ManyRelatedField | RelatedField):
            paths.append(path)
    return paths


class Shape(NamedTuple):
    relation_paths: list[str]
    field_names: list[str]


@functools.cache
def shape_of(serializer_class) -> Shape:
    """What a serializer shows: its relations' paths and its fields' names. Both come from its
    class alone, so they are worked out once per process rather than building every field (and
    every nested serializer's) on each request."""
    serializer = serializer_class()
    return Shape(related_paths(serializer), list(serializer.fields))


def model_at(model, path: str):
    for name in path.split("__"):
        model = model._meta.get_field(name).related_model
    return model


def has_updated_at(model) -> bool:
    try:
        model._meta.get_field("updated_at")
    except FieldDoesNotExist:
        return False
    return True


def version_aggregates(model, paths: list[str]) -> dict:
    aggregates = {"updated_at": Max("updated_at")}
    for index, path in enumerate(paths):
        aggregates[f"ids_{index}"] = DistinctIds(f"{path}__pk")
        if has_updated_at(model_at(model, path)):
            aggregates[f"updated_{index}"] = Max(f"{path}__updated_at")
    return aggregates


def record_version(queryset, pk, serializer_class) -> dict | None:
    """The record's version (see the module's docstring), or None when the queryset does not
    hold it (the caller then answers as it would without an ETag: 404)."""
    paths = shape_of(serializer_class).relation_paths
    try:
        version = queryset.filter(pk=pk).aggregate(**version_aggregates(queryset.model, paths))
    except (TypeError, ValueError, DjangoValidationError):
        return None
    if version["updated_at"] is None:
        return None
    return {"paths": paths, **version}


def etag_from_version(version: dict, *, context: dict) -> str:
    encoded = json.dumps([version, context], sort_keys=True, default=str).encode()
    return f'"{hashlib.sha256(encoded).hexdigest()[:40]}"'


def representation_context(request, serializer_class, *, as_of, shows_days: bool) -> dict:
    """What the representation depends on besides the stored rows."""
    return {
        "address": request.build_absolute_uri("/"),
        "as_of": as_of,
        "today": timezone.localdate() if shows_days and as_of is None else None,
        "shape": [serializer_class.__name__, *shape_of(serializer_class).field_names],
    }
