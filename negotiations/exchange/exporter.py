"""Writes the whole database in the exchange format (see format.py), canonically: the same
records always give the same bytes, whichever database holds them and in whatever order their
rows were written, so two dumps can be compared with `diff` or `cmp`.

Rows are read with `values()` and `iterator()` (no model instances) and many-to-many links one
link table at a time, so the export costs a few queries per type. One type's records are held
at once, to be sorted by key before they are written.
"""

import json
from collections import defaultdict
from collections.abc import Iterator
from typing import TextIO

from django.contrib.auth import get_user_model
from django.db import transaction

from negotiations.exchange.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    REFS,
    TYPES,
    Context,
    KeyIndex,
    RecordType,
)


def link_map(model, field_name: str) -> dict:
    """{record id: [linked ids]} for one many-to-many field, read in one query."""
    field = model._meta.get_field(field_name)
    through = field.remote_field.through
    own, other = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
    links = defaultdict(list)
    for record_id, linked_id in through._default_manager.values_list(own, other).iterator(
        chunk_size=10_000
    ):
        links[record_id].append(linked_id)
    return links


def exported_records(record_type: RecordType, context: Context) -> Iterator[tuple]:
    """(sort key, id, record as the file writes it) for every record of the type."""
    index = context.keys[record_type.name]
    links = {
        field.name: link_map(record_type.model, field.name)
        for field in record_type.fields
        if field.kind == REFS
    }
    attnames = [field.model_attname for field in record_type.fields if field.kind != REFS]
    rows = (
        record_type.model._default_manager.order_by("pk")
        .values("pk", *attnames)
        .iterator(chunk_size=2000)
    )
    for row in rows:
        pk = row["pk"]
        record = {"key": index.key_by_pk[pk]}
        for field in record_type.fields:
            if field.kind == REFS:
                stored = links[field.name].get(pk, [])
            else:
                stored = row[field.model_attname]
            record[field.name] = context.render(record_type, field, stored)
        yield index.sort_key[pk], pk, record


def new_context() -> Context:
    return Context(usernames=dict(get_user_model().objects.values_list("pk", "username")))


def export_data(out: TextIO) -> dict[str, int]:
    """Write every exchanged record to `out`; returns the number of records of each type."""
    counts = {}
    # One snapshot of the database: on PostgreSQL a repeatable read would be stricter still,
    # but one transaction already keeps a concurrent write from splitting a record's parts.
    with transaction.atomic():
        context = new_context()
        out.write("{\n")
        out.write(f'  "format": {json.dumps(FORMAT_NAME)},\n')
        out.write(f'  "version": {FORMAT_VERSION},\n')
        out.write('  "records": {')
        for number, record_type in enumerate(TYPES):
            context.keys[record_type.name] = KeyIndex(record_type, context)
            records = sorted(exported_records(record_type, context), key=lambda item: item[0])
            counts[record_type.name] = len(records)
            out.write(("," if number else "") + f"\n    {json.dumps(record_type.name)}: [")
            for position, (_, _, record) in enumerate(records):
                line = json.dumps(record, ensure_ascii=False)
                out.write(("," if position else "") + f"\n      {line}")
            out.write("\n    ]" if records else "]")
        out.write("\n  }\n}\n")
    return counts
