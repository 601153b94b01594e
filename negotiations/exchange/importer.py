"""Reads a file in the exchange format (see format.py) into the database, in one transaction.

Each record is matched by its key: a record the database does not hold is created, one it holds
with other values is updated, one it holds as written is left alone, so importing a file twice
changes nothing, not even the audit history. Nothing is ever deleted. Every record goes through
the models' own rules (`full_clean()`, `save()`), and every status log through its explicit
API: a new record is created with its opening entry (`save_with_opening_entry`), later entries
are added with `change_status` and retracted with `retract_status_change`, so the stored status
is the log's latest live entry, as everywhere else. The log entries then get the edit times
and accounts the file gives them (`recorded_at`, `recorded_by`, `retracted_at`,
`retracted_by`), which the log API stamps with the moment of the import: those are facts of the
other deployment's log, and `recorded_at` orders entries of the same day.

A record the import refuses stops it: nothing is stored, and the error names the record type,
the record's key and the field.
"""

import datetime
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import connection, models, transaction
from simple_history.models import HistoricalRecords

from negotiations.exchange.exporter import exported_records, new_context
from negotiations.exchange.format import (
    DATE,
    DATETIME,
    DECIMAL,
    FORMAT_NAME,
    FORMAT_VERSION,
    REF,
    REFS,
    TYPES,
    TYPES_BY_NAME,
    USER,
    KeyIndex,
    RecordType,
    canonical,
    ordinal_of,
)
from negotiations.models import Actor, MergedActor
from negotiations.models.status import NEWEST_FIRST, StatusLoggedModel


class ImportRefused(Exception):
    """A file or record the import cannot take, naming the type, the key and the field."""

    def __init__(self, message: str, *, type_name: str = "", key=None, field: str = ""):
        self.type_name, self.key, self.field = type_name, key, field
        where = " ".join(part for part in (type_name, canonical(key) if key else "") if part)
        where = f"{where}: " if where else ""
        field_part = f"{field}: " if field else ""
        super().__init__(f"{where}{field_part}{message}")


@dataclass
class ImportReport:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    # Usernames the file names that this deployment has no account for: left empty.
    unknown_users: set = field(default_factory=set)

    @property
    def changed_anything(self) -> bool:
        return bool(self.created or self.updated)


@contextmanager
def acting_as(user):
    """Run the import as one request of `user` (None: the system), as django-simple-history's
    middleware runs a web request: every history row written names the user, and the rows of one
    record join as they do within a request (see negotiations/models/audit.py)."""
    context = HistoricalRecords.context
    previous = getattr(context, "request", None)
    context.request = SimpleNamespace(user=user or AnonymousUser())
    try:
        yield
    finally:
        if previous is None:
            del context.request
        else:
            context.request = previous


def messages_by_field(error: ValidationError) -> list[tuple[str, str]]:
    if hasattr(error, "error_dict"):
        return [
            (name, message) for name, messages in error.message_dict.items() for message in messages
        ]
    return [("", message) for message in error.messages]


def refused(record_type: RecordType, key, error: ValidationError) -> ImportRefused:
    name, message = messages_by_field(error)[0]
    if name == "__all__":
        name = ""
    # A model field's name where the file names it differently (a foreign key's attname).
    name = name.removesuffix("_id")
    return ImportRefused(message, type_name=record_type.name, key=key, field=name)


def reserve_actor_id() -> int:
    """An id no actor has had nor will be given, for a merged actor's forwarding record: the
    next id of the actor table, as a merge leaves the merged actor's own id behind."""
    table = Actor._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id'))", [table])
            return cursor.fetchone()[0]
        highest = max(
            Actor.objects.aggregate(top=models.Max("pk"))["top"] or 0,
            MergedActor.objects.aggregate(top=models.Max("pk"))["top"] or 0,
        )
        if connection.vendor != "sqlite":
            return highest + 1
        # SQLite's AUTOINCREMENT keeps the highest id it gave in sqlite_sequence, and never
        # gives a lower one: raising it there keeps the id from any later actor.
        cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
        row = cursor.fetchone()
        reserved = max(highest, row[0] if row else 0) + 1
        if row:
            cursor.execute("UPDATE sqlite_sequence SET seq = %s WHERE name = %s", [reserved, table])
        else:
            cursor.execute(
                "INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, reserved]
            )
        return reserved


class Importer:
    def __init__(self, data, *, user=None, reason: str = "Imported with import_data"):
        self.data = data
        self.user = user
        self.reason = reason[:100]
        self.context = new_context()
        self.user_ids = {username: pk for pk, username in self.context.usernames.items()}
        self.report = ImportReport()

    # -- the file ------------------------------------------------------------------------------

    def checked_records(self) -> dict:
        data = self.data
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            raise ImportRefused(f'Not an exchange file: "format" must be "{FORMAT_NAME}".')
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise ImportRefused('"version" must be a whole number from 1.', field="version")
        if version > FORMAT_VERSION:
            raise ImportRefused(
                f"The file is in version {version} of the format; this deployment reads up to "
                f"version {FORMAT_VERSION}. Update it first.",
                field="version",
            )
        records = data.get("records")
        if not isinstance(records, dict):
            raise ImportRefused('"records" must be an object of record types.', field="records")
        for type_name, group in records.items():
            if type_name not in TYPES_BY_NAME:
                known = ", ".join(TYPES_BY_NAME)
                raise ImportRefused(f"Unknown record type {type_name!r}; the types are {known}.")
            if not isinstance(group, list):
                raise ImportRefused("must be a list of records.", type_name=type_name)
            for record in group:
                if not isinstance(record, dict) or record.get("key") in (None, "", []):
                    raise ImportRefused(
                        "Every record is an object with its key.",
                        type_name=type_name,
                        key=record.get("key") if isinstance(record, dict) else None,
                        field="key",
                    )
        return records

    def run(self) -> ImportReport:
        records = self.checked_records()
        with transaction.atomic(), acting_as(self.user):
            for record_type in TYPES:
                if record_type.log_of:
                    continue
                log_type = next((t for t in TYPES if t.log_of == record_type.name), None)
                self.import_type(
                    record_type,
                    records.get(record_type.name, []),
                    log_type,
                    records.get(log_type.name, []) if log_type else [],
                )
        return self.report

    # -- values --------------------------------------------------------------------------------

    def pk_for(self, target: str, key):
        return self.context.keys[target].pk_by_key.get(canonical(key))

    def resolve(self, record_type: RecordType, record: dict, skip: tuple = ()) -> dict:
        """The record's values as the model stores them (ids for references), by file name,
        but for those in `skip`."""
        fields = {field.name: field for field in record_type.fields}
        key = record["key"]
        values = {}
        for name, raw in record.items():
            if name == "key" or name in skip:
                continue
            field = fields.get(name)
            if field is None:
                raise ImportRefused(
                    "Unknown field.", type_name=record_type.name, key=key, field=name
                )

            def refuse(message, name=name):
                return ImportRefused(message, type_name=record_type.name, key=key, field=name)

            if field.kind == REFS:
                if not isinstance(raw, list):
                    raise refuse("Must be a list of keys.")
                pks = []
                for item in raw:
                    pk = self.pk_for(field.target, item)
                    if pk is None:
                        raise refuse(f"No {field.target} record has the key {canonical(item)}.")
                    pks.append(pk)
                values[name] = pks
            elif raw is None:
                values[name] = None
            elif field.kind == REF:
                pk = self.pk_for(field.target, raw)
                if pk is None:
                    raise refuse(f"No {field.target} record has the key {canonical(raw)}.")
                values[name] = pk
            elif field.kind == USER:
                if not isinstance(raw, str):
                    raise refuse("Must be a username or null.")
                values[name] = self.user_ids.get(raw)
                if values[name] is None:
                    self.report.unknown_users.add(raw)
            else:
                model_field = record_type.model._meta.get_field(field.model_attname)
                try:
                    value = model_field.to_python(raw)
                except ValidationError as error:
                    raise refuse(error.messages[0]) from error
                if field.kind == DATETIME and value is not None and value.tzinfo is None:
                    value = value.replace(tzinfo=datetime.UTC)
                if field.kind in (DATE, DATETIME, DECIMAL) and isinstance(raw, bool | list):
                    raise refuse("Not a valid value.")
                values[name] = value
        return values

    def rendered(self, record_type: RecordType, values: dict) -> dict:
        return {
            name: self.context.render(record_type, record_type.field(name), value)
            for name, value in values.items()
        }

    # -- one type ------------------------------------------------------------------------------

    def ordered(self, record_type: RecordType, records: list) -> list:
        """Records sharing a base key in their ordinal order; a record after the one of the
        same type it refers to (an actor's parent, the proposal it supersedes)."""
        records = sorted(records, key=lambda record: ordinal_of(record_type, record["key"]))
        reference = record_type.self_reference
        if reference is None:
            return records
        by_key = {canonical(record["key"]): record for record in records}
        placed, ordered = set(), []
        for record in records:
            chain = []
            while record is not None and canonical(record["key"]) not in placed:
                if any(record is earlier for earlier in chain):
                    raise ImportRefused(
                        "The records refer to each other in a circle.",
                        type_name=record_type.name,
                        key=record["key"],
                        field=reference,
                    )
                chain.append(record)
                target = record.get(reference)
                record = by_key.get(canonical(target)) if target is not None else None
            for earlier in reversed(chain):
                placed.add(canonical(earlier["key"]))
                ordered.append(earlier)
        return ordered

    def index(self, record_type: RecordType) -> KeyIndex:
        index = KeyIndex(record_type, self.context)
        self.context.keys[record_type.name] = index
        return index

    def existing(self, record_type: RecordType) -> dict:
        return {
            canonical(record["key"]): (pk, record)
            for _, pk, record in exported_records(record_type, self.context)
        }

    def import_type(self, record_type, records, log_type, log_records) -> None:
        index = self.index(record_type)
        existing = self.existing(record_type)
        logs = defaultdict(list)
        if log_type is not None:
            self.index(log_type)
            self.existing_log = self.existing(log_type)
            record_field = log_type.key[0].name
            for entry in log_records:
                logs[canonical(entry.get(record_field))].append(entry)
        imported = {}
        for record in self.ordered(record_type, records):
            key = record["key"]
            values = self.resolve(record_type, record)
            found = existing.get(canonical(key))
            if found is None:
                instance = self.create(record_type, key, values, logs.pop(canonical(key), []))
                self.report.created[record_type.name] += 1
            else:
                instance = self.update(record_type, key, values, found)
                if log_type is not None:
                    self.import_log(log_type, instance, logs.pop(canonical(key), []))
                    self.after_log(record_type, key, instance, values, created=False)
            index.key_by_pk[instance.pk] = key
            index.pk_by_key[canonical(key)] = instance.pk
            imported[canonical(key)] = (key, instance.pk)
        for record_key, entries in logs.items():
            pk = index.pk_by_key.get(record_key)
            if pk is None:
                raise ImportRefused(
                    f"No {record_type.name} record has the key {record_key}.",
                    type_name=log_type.name,
                    key=entries[0]["key"],
                    field=log_type.key[0].name,
                )
            record = record_type.model._default_manager.get(pk=pk)
            self.import_log(log_type, record, entries)
        self.check_keys(record_type, imported)
        if log_type is not None:
            self.check_keys(
                log_type,
                {canonical(entry["key"]): (entry["key"], None) for entry in log_records},
            )

    def check_keys(self, record_type: RecordType, imported: dict) -> None:
        """Every key of the file names a stored record now: one whose fields give another key
        would be created again by the next import."""
        index = self.index(record_type)
        for key_text, (key, pk) in imported.items():
            if key_text in index.pk_by_key:
                continue
            actual = index.key_by_pk.get(pk)
            detail = f" (its fields give the key {canonical(actual)})" if actual else ""
            raise ImportRefused(
                f"The key does not match the record's fields{detail}.",
                type_name=record_type.name,
                key=key,
                field="key",
            )

    def assign(self, record_type: RecordType, instance, values: dict) -> None:
        for name, value in values.items():
            field = record_type.field(name)
            if field.kind == REFS or (name == "status" and is_status_logged(record_type)):
                continue
            setattr(instance, field.model_attname, value)

    def validate(self, record_type: RecordType, key, instance) -> None:
        instance._change_reason = self.reason
        try:
            instance.full_clean()
        except ValidationError as error:
            raise refused(record_type, key, error) from error

    def set_links(self, record_type, instance, values: dict, current: dict | None) -> None:
        for name, pks in values.items():
            if record_type.field(name).kind != REFS:
                continue
            if (
                current is not None
                and self.rendered(record_type, {name: pks})[name] == current[name]
            ):
                continue
            getattr(instance, name).set(pks)

    def create(self, record_type: RecordType, key, values: dict, log_entries: list):
        instance = record_type.model()
        self.assign(record_type, instance, values)
        if record_type.model is MergedActor:
            instance.pk = reserve_actor_id()
        self.validate(record_type, key, instance)
        try:
            if is_status_logged(record_type):
                self.create_with_log(record_type, key, instance, values, log_entries)
            else:
                instance.save()
        except ValidationError as error:
            raise refused(record_type, key, error) from error
        if record_type.model is MergedActor and values.get("merged_at"):
            # Stamped with the moment of the import on creation; the merge happened then.
            MergedActor.objects.filter(pk=instance.pk).update(merged_at=values["merged_at"])
        self.set_links(record_type, instance, values, None)
        if is_status_logged(record_type):
            self.after_log(record_type, key, instance, values, created=True)
        return instance

    def update(self, record_type: RecordType, key, values: dict, found: tuple):
        pk, current = found
        wanted = self.rendered(record_type, values)
        changed = [
            name
            for name, value in wanted.items()
            if value != current[name]
            and not (name == "status" and is_status_logged(record_type))
            and record_type.field(name).kind != REFS
        ]
        links_changed = [
            name
            for name, value in wanted.items()
            if record_type.field(name).kind == REFS and value != current[name]
        ]
        instance = record_type.model._default_manager.get(pk=pk)
        if changed:
            self.assign(record_type, instance, {name: values[name] for name in changed})
            self.validate(record_type, key, instance)
            try:
                instance.save()
            except ValidationError as error:
                raise refused(record_type, key, error) from error
        if links_changed:
            instance._change_reason = self.reason
            self.set_links(record_type, instance, values, current)
        if changed or links_changed:
            self.report.updated[record_type.name] += 1
        else:
            self.report.unchanged[record_type.name] += 1
        return instance

    # -- status logs ---------------------------------------------------------------------------

    def log_type_of(self, record_type: RecordType) -> RecordType:
        return next(t for t in TYPES if t.log_of == record_type.name)

    def sorted_entries(self, log_type: RecordType, entries: list) -> list[tuple]:
        """(entry, its values) in the log's order: by date, then by when each was recorded. The
        entries were grouped by their record, which a new record's do not find yet."""
        record_field = log_type.key[0].name
        resolved = [
            (entry, self.resolve(log_type, entry, skip=(record_field,))) for entry in entries
        ]
        return sorted(
            resolved,
            key=lambda item: (
                item[1].get("changed_on") or datetime.date.min,
                item[1].get("recorded_at") or datetime.datetime.max.replace(tzinfo=datetime.UTC),
                ordinal_of(log_type, item[0]["key"]),
            ),
        )

    def create_with_log(self, record_type, key, instance, values, log_entries) -> None:
        log_type = self.log_type_of(record_type)
        if not log_entries:
            raise ImportRefused(
                f"A new record opens its status log: no {log_type.name} entry names it.",
                type_name=record_type.name,
                key=key,
                field="status",
            )
        entries = self.sorted_entries(log_type, log_entries)
        opening, opening_values = entries[0]
        instance.status = opening_values.get("status")
        try:
            instance.save_with_opening_entry(
                changed_on=opening_values.get("changed_on"),
                note=opening_values.get("note") or "",
                sources=opening_values.get("sources") or (),
            )
        except ValidationError as error:
            raise refused(log_type, opening["key"], error) from error
        self.report.created[log_type.name] += 1
        change = instance.status_changes.get()
        self.import_entries(log_type, instance, entries, opening=change)

    def import_log(self, log_type, record, entries: list) -> None:
        if entries:
            self.import_entries(log_type, record, self.sorted_entries(log_type, entries))

    def import_entries(self, log_type, record, entries: list, opening=None) -> None:
        """Match each entry (oldest first) to the log's, adding the missing ones through the
        log API; then retract those the file gives as retracted."""
        change_model = log_type.model
        to_retract, added = [], False
        for position, (entry, values) in enumerate(entries):
            key = entry["key"]
            found = self.existing_log.get(canonical(key))
            if opening is not None and position == 0:
                change, current = opening, None
            elif found is not None:
                pk, current = found
                change = change_model.objects.get(pk=pk)
            else:
                try:
                    change = record.change_status(
                        values.get("status"),
                        changed_on=values.get("changed_on"),
                        note=values.get("note") or "",
                        sources=values.get("sources") or (),
                    )
                except ValidationError as error:
                    raise refused(log_type, key, error) from error
                current, added = None, True
                self.report.created[log_type.name] += 1
            if current is None:
                self.stamp(change_model, change, values, ("recorded_by", "recorded_at"))
            retract = bool(values.get("retracted_at")) and (
                current is None or current["retracted_at"] is None
            )
            if retract:
                to_retract.append((key, change, values))
            if current is not None:
                changed = self.update_entry(log_type, key, change, values, current)
                counter = self.report.updated if changed or retract else self.report.unchanged
                counter[log_type.name] += 1
        for key, change, values in to_retract:
            try:
                record.retract_status_change(change, reason=values.get("retraction_reason") or "")
            except ValidationError as error:
                raise refused(log_type, key, error) from error
            self.stamp(change_model, change, values, ("retracted_at", "retracted_by"))
        if added or to_retract:
            # The entries now carry the file's recorded_at, which orders those of one day.
            latest = record.status_changes.live().order_by(*NEWEST_FIRST).first()
            record.refresh_from_db(fields=["status"])
            if latest.status != record.status:
                record.refresh_status_from_log()

    def stamp(self, change_model, change, values: dict, names: tuple[str, ...]) -> None:
        """Write the file's edit times and accounts of an entry, which the log API stamped with
        the import's (a plain update: they are not the entry's facts, and have no history)."""
        stamps = {}
        for name in names:
            if name in values:
                attname = f"{name}_id" if name.endswith("_by") else name
                stamps[attname] = values[name]
        if stamps:
            change_model.objects.filter(pk=change.pk).update(**stamps)

    def update_entry(self, log_type, key, change, values: dict, current: dict) -> bool:
        """An entry's note and sources, where the file's differ; whether anything changed."""
        wanted = self.rendered(log_type, values)
        changed = False
        if "note" in wanted and wanted["note"] != current["note"]:
            change.note = values["note"]
            self.validate(log_type, key, change)
            change.save(update_fields=["note", "updated_at"])
            changed = True
        if "sources" in wanted and wanted["sources"] != current["sources"]:
            change._change_reason = self.reason
            change.sources.set(values["sources"])
            changed = True
        return changed

    def after_log(self, record_type, key, instance, values: dict, *, created: bool) -> None:
        """The status the file gives is the one its log ends in; fields that follow the status
        (a response's `responded_on`) are then put to the file's values."""
        instance.refresh_from_db()
        wanted = values.get("status")
        if created and wanted is not None and instance.status != wanted:
            raise ImportRefused(
                f"The status log ends in “{instance.status}”, not “{wanted}”.",
                type_name=record_type.name,
                key=key,
                field="status",
            )
        following = [
            name
            for name in instance.fields_following_status
            if name in values and getattr(instance, name) != values[name]
        ]
        if following:
            for name in following:
                setattr(instance, name, values[name])
            self.validate(record_type, key, instance)
            instance.save(update_fields=[*following, "updated_at"])


def is_status_logged(record_type: RecordType) -> bool:
    return issubclass(record_type.model, StatusLoggedModel)


def import_data(data, *, user=None, reason: str = "Imported with import_data") -> ImportReport:
    """Import a parsed exchange file; raises ImportRefused (and stores nothing) on a bad one."""
    return Importer(data, user=user, reason=reason).run()
