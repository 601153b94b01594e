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

from django.core.exceptions import EmptyResultSet, FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import connections
from django.utils import timezone
from rest_framework import serializers
from rest_framework.relations import ManyRelatedField, RelatedField


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


def updated_at_column(model) -> str | None:
    try:
        return model._meta.get_field("updated_at").column
    except FieldDoesNotExist:
        return None


# The SQL of each (serializer class, model, kind of database), built once and then reused (see
# version_sql).
VERSION_SQL: dict[tuple, str] = {}


def version_sql(serializer_class, model, connection) -> str:
    key = (serializer_class, model, connection.vendor)
    if key not in VERSION_SQL:
        VERSION_SQL[key] = build_version_sql(
            model, shape_of(serializer_class).relation_paths, connection
        )
    return VERSION_SQL[key]


def build_version_sql(model, paths: list[str], connection) -> str:
    """SELECT the record's `updated_at` and, for each relation path, one text naming the related
    rows: their distinct ids and their latest `updated_at` ("3,17,42@2025-06-01 ...").

    One scalar subquery per relation, read from the related table: PostgreSQL plans that several
    times faster than the record joined to every relation and aggregated, which cost more to
    plan than to run. It is built from the models' metadata once per serializer, model and kind
    of database (building it through the ORM, a Subquery per relation, cost more than the query
    on each request); the caller adds the WHERE that names the record, aliased "record"."""
    quote = connection.ops.quote_name
    columns = [f"{quote('record')}.{quote(updated_at_column(model))}"]
    for path in paths:
        related_model, rows, alias = related_rows(model, path, connection)
        summary = distinct_ids(f"{alias}.{quote(related_model._meta.pk.column)}", connection)
        if column := updated_at_column(related_model):
            latest = f"MAX({alias}.{quote(column)})"
            if connection.vendor != "sqlite":
                latest = f"CAST({latest} AS text)"
            summary = f"{summary} || '@' || {latest}"
        columns.append(f"(SELECT {summary} {rows})")
    return f"SELECT {', '.join(columns)} FROM {quote(model._meta.db_table)} {quote('record')}"


def related_rows(model, path: str, connection) -> tuple:
    """The rows a relation path reaches from the record, as the FROM and WHERE of a subquery
    that starts at the far end (the related table) and joins back towards the record, so that
    the database looks the rows up by the relation's column rather than from the record's side.
    Returns the related model, that SQL, and the related table's alias in it."""
    quote = connection.ops.quote_name
    hops = []
    for name in path.split("__"):
        field = model._meta.get_field(name)
        hops += field.path_infos  # a many-to-many relation is two: its through table, then it
        model = field.related_model
    aliases = [quote("record"), *(quote(f"v{number}") for number in range(1, len(hops) + 1))]

    def condition(number):
        """hop `number` (1-based) joins aliases[number - 1] to aliases[number]."""
        join_field = hops[number - 1].join_field
        if join_field.get_extra_restriction(aliases[number], aliases[number - 1]) is not None:
            raise NotImplementedError(f"{path}: relations with extra conditions are not covered")
        return " AND ".join(
            f"{aliases[number - 1]}.{quote(near.column)} = {aliases[number]}.{quote(far.column)}"
            for near, far in join_field.get_joining_fields()
        )

    sql = f"FROM {quote(hops[-1].to_opts.db_table)} {aliases[-1]}"
    for number in range(len(hops) - 1, 0, -1):
        sql += f" JOIN {quote(hops[number - 1].to_opts.db_table)} {aliases[number]}"
        sql += f" ON {condition(number + 1)}"
    sql += f" WHERE {condition(1)}"
    return model, sql, aliases[-1]


def distinct_ids(column: str, connection) -> str:
    """The distinct values of an id column, as one text ("3,17,42"); NULL when none. The set
    of related rows then changes the text whichever row came or went."""
    if connection.vendor == "sqlite":
        # SQLite (development and tests) has no ordered aggregate before 3.44; its DISTINCT
        # group_concat visits the rows in the same order for the same rows.
        return f"GROUP_CONCAT(DISTINCT {column})"
    text = f"CAST({column} AS text)"
    return f"STRING_AGG(DISTINCT {text}, ',' ORDER BY {text})"


def record_key(model, pk, connection):
    """The record's primary key as the database takes it; None when no record can have it
    (not a number, or out of the column's range: the ORM's `filter(pk=...)` then finds none)."""
    field = model._meta.pk
    try:
        value = field.get_prep_value(pk)
    except (TypeError, ValueError, DjangoValidationError):
        return None
    if isinstance(value, int):
        lowest, highest = connection.ops.integer_field_range(field.get_internal_type())
        if (lowest is not None and value < lowest) or (highest is not None and value > highest):
            return None
    return field.get_db_prep_value(value, connection, prepared=True)


def record_version(queryset, pk, serializer_class) -> dict | None:
    """The record's version (see the module's docstring), or None when the queryset does not
    hold it (the caller then answers as it would without an ETag: 404)."""
    connection = connections[queryset.db]
    model = queryset.model
    key = record_key(model, pk, connection)
    if key is None:
        return None
    quote = connection.ops.quote_name
    record_pk = f"{quote('record')}.{quote(model._meta.pk.column)}"
    sql = f"{version_sql(serializer_class, model, connection)} WHERE {record_pk} = %s"
    params = [key]
    if queryset.query.has_filters():
        # Narrowed (`?as_of=`, the list's filters): the record must be among those it holds.
        records = queryset.filter(pk=key).order_by().values("pk").query
        try:
            records_sql, records_params = records.get_compiler(connection=connection).as_sql()
        except EmptyResultSet:
            return None
        sql += f" AND {record_pk} IN ({records_sql})"
        params += records_params
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return None
    updated_at, *related = row
    return {
        "paths": shape_of(serializer_class).relation_paths,
        "updated_at": updated_at,
        "related": related,
    }


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
