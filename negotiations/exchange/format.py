"""The whole-database exchange format: its record types, their natural keys and their fields.

One JSON document (described for readers in docs/data-exchange.md):

    {"format": "negotiation-tracker-exchange", "version": 1,
     "records": {"sources": [...], "locations": [...], ..., "events": [...]}}

Record types come in dependency order, each a list of records sorted by key. Every record has a
`key`, its natural key: the slug where the record has one, else a list of the values that tell
it apart (a meeting by its process, date and title). A reference to another record is that
record's key, so a file never holds a database id and two deployments can share one. When two
records of a type share a key (two identical quotes on one day), the second and later ones get
an ordinal, "#2", "#3"..., in the order they were recorded.

The types are declared once here; the export and the import (importer.py) both read them, and
both compute keys with the same code (`KeyIndex`), so what one writes the other matches.
"""

import datetime
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from negotiations.models import (
    Actor,
    Event,
    Location,
    Mediator,
    Meeting,
    MergedActor,
    NegotiationProcess,
    Participant,
    Party,
    Phase,
    Position,
    ProcessStatusChange,
    Proposal,
    ProposalStatusChange,
    Provision,
    Response,
    ResponseStatusChange,
    Source,
    Statement,
    Trip,
    TripStop,
)

FORMAT_NAME = "negotiation-tracker-exchange"
FORMAT_VERSION = 1

# Kinds of values: how each is written in the file.
VALUE = "value"  # a string, number, boolean or list of strings, as stored
DATE = "date"  # ISO 8601 date
DATETIME = "datetime"  # ISO 8601 date-time in UTC, to the microsecond
DECIMAL = "decimal"  # a string with the field's decimal places ("30.04440")
REF = "ref"  # the key of one record of `target`
REFS = "refs"  # the keys of records of `target`, sorted
USER = "user"  # an account's username (accounts are not exchanged)
HASH = "hash"  # in keys only: the first 16 hex digits of the SHA-256 of the text


@dataclass(frozen=True)
class Field:
    name: str  # the name in the file, as in the API
    kind: str = VALUE
    target: str | None = None  # the type referred to (REF, REFS)
    attname: str | None = None  # the model's attribute, where it differs from `name`

    @property
    def model_attname(self) -> str:
        if self.attname:
            return self.attname
        return f"{self.name}_id" if self.kind in (REF, USER) else self.name


@dataclass(frozen=True)
class RecordType:
    name: str
    model: type
    key: tuple[Field, ...]
    fields: tuple[Field, ...]
    # The key is the slug alone, written as a string (slugs are unique).
    slug_key: bool = False
    # A status log: the type whose records' log it is (imported with them).
    log_of: str | None = None
    # A reference to a record of the same type, imported parent first.
    self_reference: str | None = None

    def field(self, name: str) -> Field:
        return next(field for field in self.fields if field.name == name)


def ref(name: str, target: str) -> Field:
    return Field(name, REF, target)


def refs(name: str, target: str) -> Field:
    return Field(name, REFS, target)


SOURCES = refs("sources", "sources")


def status_log(name: str, model, record_type: str, record_field: str) -> RecordType:
    record = ref(record_field, record_type)
    recorded_at = Field("recorded_at", DATETIME)
    return RecordType(
        name,
        model,
        key=(record, Field("changed_on", DATE), Field("status"), recorded_at),
        fields=(
            record,
            Field("status"),
            Field("changed_on", DATE),
            Field("note"),
            SOURCES,
            Field("recorded_by", USER),
            recorded_at,
            Field("retracted_at", DATETIME),
            Field("retracted_by", USER),
            Field("retraction_reason"),
        ),
        log_of=record_type,
    )


TYPES: tuple[RecordType, ...] = (
    RecordType(
        "sources",
        Source,
        key=(Field("title"), Field("publisher"), Field("published_on", DATE), Field("url")),
        fields=(
            Field("title"),
            Field("url"),
            Field("publisher"),
            Field("author"),
            Field("published_on", DATE),
            Field("language"),
            Field("excerpt"),
            Field("reliability"),
            Field("credibility"),
        ),
    ),
    RecordType(
        "locations",
        Location,
        key=(Field("name"), Field("kind"), Field("country")),
        fields=(
            Field("name"),
            Field("kind"),
            Field("country"),
            Field("latitude", DECIMAL),
            Field("longitude", DECIMAL),
        ),
    ),
    RecordType(
        "actors",
        Actor,
        key=(Field("slug"),),
        slug_key=True,
        fields=(
            Field("name"),
            Field("slug"),
            Field("kind"),
            Field("short_name"),
            Field("aliases"),
            Field("country"),
            ref("parent", "actors"),
            Field("wikidata_id"),
            Field("description"),
        ),
        self_reference="parent",
    ),
    RecordType(
        "merged_actors",
        MergedActor,
        key=(Field("slug"),),
        fields=(
            Field("name"),
            Field("slug"),
            ref("into", "actors"),
            Field("merged_at", DATETIME),
            Field("merged_by", USER),
        ),
    ),
    RecordType(
        "positions",
        Position,
        key=(
            ref("person", "actors"),
            ref("organization", "actors"),
            Field("title"),
            Field("start", DATE),
        ),
        fields=(
            ref("person", "actors"),
            ref("organization", "actors"),
            Field("title"),
            Field("start", DATE),
            Field("end", DATE),
            SOURCES,
        ),
    ),
    RecordType(
        "processes",
        NegotiationProcess,
        key=(Field("slug"),),
        slug_key=True,
        fields=(
            Field("title"),
            Field("slug"),
            Field("summary"),
            Field("status"),
            Field("started_on", DATE),
            Field("ended_on", DATE),
        ),
    ),
    status_log("process_status_changes", ProcessStatusChange, "processes", "process"),
    RecordType(
        "parties",
        Party,
        key=(ref("process", "processes"), ref("actor", "actors"), Field("since", DATE)),
        fields=(
            ref("process", "processes"),
            ref("actor", "actors"),
            Field("side"),
            Field("since", DATE),
            Field("until", DATE),
            SOURCES,
        ),
    ),
    RecordType(
        "mediators",
        Mediator,
        key=(ref("process", "processes"), ref("actor", "actors"), Field("since", DATE)),
        fields=(
            ref("process", "processes"),
            ref("actor", "actors"),
            Field("role"),
            Field("since", DATE),
            Field("until", DATE),
            Field("notes"),
            SOURCES,
        ),
    ),
    RecordType(
        "proposals",
        Proposal,
        key=(Field("slug"),),
        slug_key=True,
        fields=(
            ref("process", "processes"),
            Field("title"),
            Field("slug"),
            Field("short_name"),
            Field("announced_on", DATE),
            ref("announced_by", "actors"),
            refs("authors", "actors"),
            Field("status"),
            Field("summary"),
            Field("full_text"),
            Field("document_url"),
            ref("supersedes", "proposals"),
            SOURCES,
        ),
        self_reference="supersedes",
    ),
    status_log("proposal_status_changes", ProposalStatusChange, "proposals", "proposal"),
    RecordType(
        "phases",
        Phase,
        key=(ref("proposal", "proposals"), Field("number")),
        fields=(
            ref("proposal", "proposals"),
            Field("number"),
            Field("title"),
            Field("duration_days"),
            Field("summary"),
        ),
    ),
    RecordType(
        "provisions",
        Provision,
        key=(ref("phase", "phases"), Field("topic"), Field("text", HASH)),
        fields=(ref("phase", "phases"), Field("topic"), Field("text")),
    ),
    RecordType(
        "responses",
        Response,
        key=(ref("proposal", "proposals"), ref("respondent", "actors")),
        fields=(
            ref("proposal", "proposals"),
            ref("respondent", "actors"),
            Field("status"),
            Field("requested_on", DATE),
            Field("due_on", DATE),
            Field("responded_on", DATE),
            ref("counter_proposal", "proposals"),
            Field("summary"),
            SOURCES,
        ),
    ),
    status_log("response_status_changes", ResponseStatusChange, "responses", "response"),
    RecordType(
        "trips",
        Trip,
        key=(ref("traveller", "actors"), Field("title"), Field("start", DATE)),
        fields=(
            ref("traveller", "actors"),
            Field("title"),
            Field("ordinal"),
            Field("start", DATE),
            Field("end", DATE),
            Field("purpose"),
            SOURCES,
        ),
    ),
    RecordType(
        "meetings",
        Meeting,
        key=(ref("process", "processes"), Field("date", DATE), Field("title")),
        fields=(
            ref("process", "processes"),
            Field("title"),
            Field("date", DATE),
            Field("date_precision"),
            ref("location", "locations"),
            Field("format"),
            Field("kind"),
            Field("closed_door"),
            refs("proposals", "proposals"),
            ref("trip", "trips"),
            Field("summary"),
            Field("outcome"),
            SOURCES,
        ),
    ),
    RecordType(
        "participants",
        Participant,
        key=(ref("meeting", "meetings"), ref("actor", "actors")),
        fields=(ref("meeting", "meetings"), ref("actor", "actors"), Field("role")),
    ),
    # After the meetings: recording a meeting marks its trip's planned stop there as done, so
    # stops imported first could change under the meetings; imported last, they keep the file's
    # status.
    RecordType(
        "trip_stops",
        TripStop,
        key=(ref("trip", "trips"), Field("order")),
        fields=(
            ref("trip", "trips"),
            Field("order"),
            ref("location", "locations"),
            Field("date", DATE),
            Field("status"),
        ),
    ),
    RecordType(
        "statements",
        Statement,
        key=(ref("speaker", "actors"), Field("date", DATE), Field("text", HASH)),
        fields=(
            ref("speaker", "actors"),
            Field("date", DATE),
            Field("text"),
            Field("kind"),
            Field("audience"),
            ref("process", "processes"),
            ref("proposal", "proposals"),
            ref("meeting", "meetings"),
            SOURCES,
        ),
    ),
    RecordType(
        "events",
        Event,
        key=(ref("process", "processes"), Field("date", DATE), Field("title")),
        fields=(
            Field("date", DATE),
            Field("date_precision"),
            Field("kind"),
            Field("title"),
            Field("description"),
            ref("location", "locations"),
            refs("actors", "actors"),
            ref("process", "processes"),
            SOURCES,
        ),
    ),
)

TYPES_BY_NAME = {record_type.name: record_type for record_type in TYPES}


def canonical(value) -> str:
    """A key (or any value) as one string: how keys are compared, sorted and looked up."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Context:
    """What rendering needs beyond a row: every referable record's key by id, usernames."""

    def __init__(self, usernames: dict[int, str]):
        self.keys: dict[str, KeyIndex] = {}
        self.usernames = usernames

    def key_of(self, type_name: str, pk):
        return self.keys[type_name].key_by_pk[pk]

    def render(self, record_type: RecordType, field: Field, value):
        """A stored value as the file writes it."""
        if value is None:
            return None
        if field.kind == DATE:
            return value.isoformat()
        if field.kind == DATETIME:
            return value.astimezone(datetime.UTC).isoformat()
        if field.kind == DECIMAL:
            places = record_type.model._meta.get_field(field.name).decimal_places
            return str(Decimal(value).quantize(Decimal(1).scaleb(-places)))
        if field.kind == REF:
            return self.key_of(field.target, value)
        if field.kind == REFS:
            return sorted((self.key_of(field.target, pk) for pk in value), key=canonical)
        if field.kind == USER:
            return self.usernames.get(value)
        if field.kind == HASH:
            return text_hash(value)
        return value


class KeyIndex:
    """Every record of a type by key and by id, keys computed from the database rows (and the
    keys of the records they refer to, already indexed)."""

    def __init__(self, record_type: RecordType, context: Context):
        self.record_type = record_type
        self.key_by_pk: dict = {}
        self.pk_by_key: dict[str, object] = {}
        # The sort order of the file: by key, then by ordinal among records sharing one.
        self.sort_key: dict = {}
        attnames = [field.model_attname for field in record_type.key]
        rows = (
            record_type.model._default_manager.order_by("pk")
            .values_list("pk", *attnames)
            .iterator(chunk_size=5000)
        )
        seen = Counter()
        for pk, *values in rows:
            base = [
                context.render(record_type, field, value)
                for field, value in zip(record_type.key, values, strict=True)
            ]
            if record_type.slug_key:
                key = base[0]
                self.sort_key[pk] = (canonical(key), 1)
            else:
                marker = canonical(base)
                seen[marker] += 1
                key = base if seen[marker] == 1 else [*base, f"#{seen[marker]}"]
                self.sort_key[pk] = (marker, seen[marker])
            self.key_by_pk[pk] = key
            self.pk_by_key[canonical(key)] = pk


def ordinal_of(record_type: RecordType, key) -> int:
    """1 for a key without an ordinal, n for one ending in "#n"."""
    if isinstance(key, list) and len(key) == len(record_type.key) + 1:
        number = str(key[-1])[1:]
        if number.isdecimal():
            return int(number)
    return 1
