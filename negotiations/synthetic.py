"""Synthetic negotiation records in bulk, for benchmarks and load tests.

`generate(scale, seed)` writes a made-up but realistically shaped world: actors with aliases,
processes with parties and mediators, proposals with phases, provisions and dated status logs,
responses awaited and answered, meetings with two to eight participants, a great many statements,
events and sources. Scale 1 is about 10,000 statements; scale 100 a million.

The same scale and seed always give the same rows: every value comes from one seeded random
generator and from fixed dates, never from the clock. Rows are written in bulk, bypassing
`save()`: COPY on PostgreSQL, batched INSERTs elsewhere. So two things `save()` would do are
done here by hand or deliberately left out:

- each status-logged record's `status` is written equal to the latest entry of the status log
  written with it (and a response's `responded_on` to its first answer), as the model keeps it;
- no audit-history rows are written: the data was never edited by anyone, and a history of a
  million fake insertions would only double the load time. Their history endpoint answers 404.
"""

import datetime
import io
import json
import math
import random
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.core.management.color import no_style
from django.db import DatabaseError, connection, models, transaction
from django.utils.text import slugify

from negotiations.models import (
    Actor,
    ActorName,
    Event,
    Location,
    Mediator,
    Meeting,
    NegotiationProcess,
    Participant,
    Party,
    Phase,
    ProcessStatusChange,
    Proposal,
    ProposalStatusChange,
    Provision,
    Response,
    ResponseStatusChange,
    Source,
    Statement,
)
from negotiations.names import normalize_name

# Per unit of scale. Scale 100 gives the large data set: a million statements,
# 200,000 meetings, 20,000 actors, 5,000 proposals, 20,000 responses with 100,000 status
# changes and 50,000 sources.
PER_SCALE = {
    "actors": 200,
    "locations": 20,
    "sources": 500,
    "processes": 2,
    "proposals": 50,
    "responses": 200,
    "meetings": 2_000,
    "statements": 10_000,
    "events": 200,
}
MINIMUM = {"actors": 20, "locations": 3, "processes": 1, "proposals": 2, "responses": 4}

FIRST_DAY = datetime.date(2015, 1, 1)
LAST_DAY = datetime.date(2025, 12, 31)
BATCH_SIZE = 20_000


def vocabulary(text: str) -> list[str]:
    return text.split()


WORDS = vocabulary(
    "ceasefire hostages release prisoners withdrawal corridor aid trucks crossing phase "
    "guarantees talks delegation mediators proposal response agreement framework humanitarian "
    "negotiations security border reconstruction truce exchange detainees monitoring "
    "implementation sequencing deadline amendments clarifications draft text redeployment "
    "observers commission sanctions elections governance displaced families fuel water "
    "hospitals electricity convoy access envoy summit communique pledge donors verification"
)
FILLER = vocabulary(
    "the a we will not accept any without full immediate permanent calls for parties must "
    "remain committed to all of and on in our their this that is are has have been as by"
)
PLACES = vocabulary(
    "Cairo Doha Geneva Paris Amman Riyadh Ankara Oslo Vienna Nairobi Addis Ababa Muscat "
    "Istanbul Brussels Khartoum Jeddah Algiers Tunis Rome Berlin"
)
GIVEN_NAMES = vocabulary("Amal Omar Sara Yossi Leila Karim Dana Hassan Miriam Tariq Noa Samir Eli")
FAMILY_NAMES = vocabulary("Haddad Cohen Nasser Levi Khalil Mansour Azoulay Farouk Saleh Barak Aziz")
ORG_WORDS = vocabulary("National United Popular Democratic Revolutionary Liberation Islamic Arab")
ORG_NOUNS = vocabulary("Front Council Movement Authority Alliance Committee Union Brigades")
PUBLISHERS = vocabulary("Reuters AFP AP Al-Monitor Haaretz Ahram BBC Le-Monde Al-Jazeera Times")

PROPOSAL_PATHS = (
    ("tabled", "under_negotiation", "accepted", "implemented"),
    ("tabled", "under_negotiation", "rejected"),
    ("tabled", "under_negotiation", "superseded"),
    ("draft", "tabled", "under_negotiation"),
    ("tabled", "partially_accepted", "collapsed"),
    ("tabled", "withdrawn"),
)
RESPONSE_STEPS = ("acknowledged", "countered", "accepted_with_conditions")
RESPONSE_ENDS = ("accepted", "rejected", "countered", "accepted_with_conditions", "withdrawn")


def scaled_counts(scale: float) -> dict[str, int]:
    return {name: max(MINIMUM.get(name, 1), round(per * scale)) for name, per in PER_SCALE.items()}


@dataclass
class Report:
    rows: dict[str, int] = field(default_factory=dict)

    def add(self, table: str, count: int) -> None:
        self.rows[table] = self.rows.get(table, 0) + count


class TableWriter:
    """Writes rows (tuples in the order of `columns`) into a table in bulk."""

    def __init__(self, report: Report):
        self.report = report
        self.postgresql = connection.vendor == "postgresql"

    def write(self, table: str, columns: list[str], rows: Iterable[tuple]) -> None:
        batch = []
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH_SIZE:
                self._flush(table, columns, batch)
                batch = []
        if batch:
            self._flush(table, columns, batch)

    def _flush(self, table: str, columns: list[str], batch: list[tuple]) -> None:
        self.report.add(table, len(batch))
        with connection.cursor() as cursor:
            if self.postgresql:
                buffer = io.StringIO()
                buffer.writelines("\t".join(map(copy_text, row)) + "\n" for row in batch)
                buffer.seek(0)
                quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
                cursor.cursor.copy_expert(f"COPY {table} ({quoted}) FROM STDIN", buffer)
            else:
                placeholders = ", ".join(["%s"] * len(columns))
                quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
                cursor.executemany(
                    f"INSERT INTO {table} ({quoted}) VALUES ({placeholders})",
                    [tuple(map(sqlite_value, row)) for row in batch],
                )


def copy_text(value) -> str:
    """One value in PostgreSQL's COPY text format."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list | dict):
        value = json.dumps(value)
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "")


def sqlite_value(value):
    if isinstance(value, datetime.datetime):
        return connection.ops.adapt_datetimefield_value(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value)
    return value


def stamp(day: datetime.date) -> datetime.datetime:
    """The (fixed) time a generated record was entered: noon UTC of its real-world day."""
    return datetime.datetime.combine(day, datetime.time(12), tzinfo=datetime.UTC)


def next_id(model) -> int:
    return (model.objects.aggregate(top=models.Max("pk"))["top"] or 0) + 1


def through(model, field_name: str):
    """(table, own column, other column) of a many-to-many field's link table."""
    relation = model._meta.get_field(field_name)
    link = relation.remote_field.through._meta
    return link.db_table, relation.m2m_column_name(), relation.m2m_reverse_name()


class World:
    """Generates one world, table by table, from a seeded random generator."""

    def __init__(self, scale: float, seed: int, writer: TableWriter):
        self.counts = scaled_counts(scale)
        self.random = random.Random(seed)
        self.writer = writer
        self.span_days = (LAST_DAY - FIRST_DAY).days

    # -- helpers -------------------------------------------------------------------------------

    def day_between(self, start: datetime.date, end: datetime.date = LAST_DAY) -> datetime.date:
        if end <= start:
            return start
        return start + datetime.timedelta(days=self.random.randint(0, (end - start).days))

    def words(self, count: int) -> str:
        pick = self.random.choice
        words = [pick(WORDS) if self.random.random() < 0.45 else pick(FILLER) for _ in range(count)]
        return " ".join(words).capitalize() + "."

    def write(self, model_or_table, columns: list[str], rows: Iterable[tuple]) -> None:
        table = model_or_table if isinstance(model_or_table, str) else model_or_table._meta.db_table
        self.writer.write(table, columns, rows)

    def links(self, model, field_name: str, pairs: Iterable[tuple[int, int]]) -> None:
        table, own, other = through(model, field_name)
        self.write(table, [own, other], pairs)

    def cite_sources(self, model, record_ids: Iterable[int], most: int = 2) -> None:
        sources = self.source_ids

        def pairs() -> Iterator[tuple[int, int]]:
            for record_id in record_ids:
                for source_id in self.random.sample(sources, self.random.randint(0, most)):
                    yield record_id, source_id

        self.links(model, "sources", pairs())

    # -- the tables ----------------------------------------------------------------------------

    def generate(self) -> None:
        self.make_locations()
        self.make_sources()
        self.make_actors()
        self.make_processes()
        self.make_proposals()
        self.make_responses()
        self.make_meetings()
        self.make_statements()
        self.make_events()

    def make_locations(self) -> None:
        first = next_id(Location)
        count = self.counts["locations"]
        self.location_ids = list(range(first, first + count))

        def rows():
            for number, location_id in enumerate(self.location_ids):
                name = PLACES[number % len(PLACES)]
                if number >= len(PLACES):
                    name = f"{name} {number // len(PLACES) + 1}"
                created = stamp(FIRST_DAY)
                yield location_id, name, "city", "", None, None, created, created

        columns = ["id", "name", "kind", "country", "latitude", "longitude"]
        self.write(Location, [*columns, "created_at", "updated_at"], rows())

    def make_sources(self) -> None:
        first = next_id(Source)
        self.source_ids = list(range(first, first + self.counts["sources"]))
        reliability = "ABCDEF"
        credibility = "123456"

        def rows():
            for source_id in self.source_ids:
                published = self.day_between(FIRST_DAY)
                publisher = self.random.choice(PUBLISHERS)
                title = self.words(self.random.randint(5, 10)).rstrip(".")
                yield (
                    source_id,
                    title,
                    f"https://news.example/{publisher.lower()}/{source_id}",
                    publisher,
                    "",
                    published,
                    "en",
                    self.words(self.random.randint(15, 40)),
                    self.random.choice(reliability),
                    self.random.choice(credibility),
                    stamp(published),
                    stamp(published),
                )

        columns = ["id", "title", "url", "publisher", "author", "published_on", "language"]
        columns += ["excerpt", "reliability", "credibility", "created_at", "updated_at"]
        self.write(Source, columns, rows())

    def make_actors(self) -> None:
        first = next_id(Actor)
        self.actor_ids = list(range(first, first + self.counts["actors"]))
        kinds = [kind for kind, _ in Actor.Kind.choices]

        def rows():
            for actor_id in self.actor_ids:
                kind = self.random.choices(kinds, weights=[2, 3, 1, 2, 2, 8, 1])[0]
                if kind == Actor.Kind.PERSON:
                    name = f"{self.random.choice(GIVEN_NAMES)} {self.random.choice(FAMILY_NAMES)}"
                    short_name = ""
                else:
                    words = self.random.sample(ORG_WORDS, 2)
                    name = f"{words[0]} {words[1]} {self.random.choice(ORG_NOUNS)}"
                    short_name = "".join(word[0] for word in name.split())
                aliases = []
                if self.random.random() < 0.3:
                    aliases = [f"{self.random.choice(ORG_WORDS)} {self.random.choice(WORDS)}"]
                yield (
                    actor_id,
                    name,
                    f"{slugify(name)[:60]}-{actor_id}",
                    kind,
                    short_name,
                    aliases,
                    "",
                    None,
                    "",
                    self.words(self.random.randint(8, 20)),
                    stamp(FIRST_DAY),
                    stamp(FIRST_DAY),
                )

        columns = ["id", "name", "slug", "kind", "short_name", "aliases", "country", "parent_id"]
        columns += ["wikidata_id", "description", "created_at", "updated_at"]
        actor_rows = list(rows())
        self.write(Actor, columns, actor_rows)
        # The name index that duplicate checks search (Actor.index_names, written on save).
        self.write(
            ActorName,
            ["actor_id", "field", "name", "normalized"],
            (
                (actor_id, field, name[:200], normalize_name(name)[:200])
                for actor_id, name, _, _, short_name, aliases, *_ in actor_rows
                for field, name in (
                    (ActorName.Field.NAME, name),
                    (ActorName.Field.SHORT_NAME, short_name),
                    *((ActorName.Field.ALIAS, alias) for alias in aliases),
                )
                if name
            ),
        )

    def make_processes(self) -> None:
        first = next_id(NegotiationProcess)
        count = self.counts["processes"]
        self.process_ids = list(range(first, first + count))
        self.process_start = {}
        process_rows, changes, parties, mediators = [], [], [], []
        paths = (("active",), ("active", "stalled", "active"), ("active", "concluded"))
        for process_id in self.process_ids:
            # Processes start in the first half of the span so that most records fall inside.
            started = self.day_between(FIRST_DAY, FIRST_DAY + datetime.timedelta(days=365))
            self.process_start[process_id] = started
            path = self.random.choice(paths)
            days = sorted(self.day_between(started) for _ in path[1:])
            logged = list(zip(path, [started, *days], strict=True))
            status = logged[-1][0]
            ended = logged[-1][1] if status == "concluded" else None
            title = f"{self.random.choice(PLACES)} talks on the {self.random.choice(WORDS)}"
            process_rows.append(
                (
                    process_id,
                    title,
                    f"{slugify(title)[:60]}-{process_id}",
                    self.words(30),
                    status,
                    started,
                    ended,
                    stamp(started),
                    stamp(logged[-1][1]),
                )
            )
            changes += [(process_id, s, d, "", stamp(d)) for s, d in logged]
            for actor_id in self.random.sample(self.actor_ids, 3):
                added = stamp(started)
                parties.append((process_id, actor_id, "", None, None, added, added))
            for actor_id in self.random.sample(self.actor_ids, 2):
                mediators.append((process_id, actor_id, "mediator", started, None, ""))
        columns = ["id", "title", "slug", "summary", "status", "started_on", "ended_on"]
        self.write(NegotiationProcess, [*columns, "created_at", "updated_at"], process_rows)
        self.write_status_log(ProcessStatusChange, changes)
        party_columns = ["process_id", "actor_id", "side", "since", "until"]
        self.write(Party, [*party_columns, "created_at", "updated_at"], parties)
        mediator_columns = ["process_id", "actor_id", "role", "since", "until", "notes"]
        self.write(
            Mediator,
            [*mediator_columns, "created_at", "updated_at"],
            (row + (stamp(row[3]), stamp(row[3])) for row in mediators),
        )

    def write_status_log(self, change_model, entries: list[tuple]) -> None:
        """Entries are (record id, status, changed_on, note, recorded_at), oldest first."""
        record_column = f"{change_model.record_field}_id"
        columns = [record_column, "status", "changed_on", "note", "recorded_by_id", "recorded_at"]
        self.write(
            change_model,
            [*columns, "retraction_reason", "created_at", "updated_at"],
            ((r, s, d, n, None, at, "", at, at) for r, s, d, n, at in entries),
        )

    def make_proposals(self) -> None:
        first = next_id(Proposal)
        count = self.counts["proposals"]
        self.proposal_ids = list(range(first, first + count))
        self.proposal_announced, self.proposal_process = {}, {}
        rows, changes, authors, phases, provisions = [], [], [], [], []
        phase_id = next_id(Phase)
        topics = [topic for topic, _ in Provision.Topic.choices]
        for number, proposal_id in enumerate(self.proposal_ids):
            process_id = self.process_ids[number % len(self.process_ids)]
            announced = self.day_between(self.process_start[process_id])
            self.proposal_announced[proposal_id] = announced
            self.proposal_process[proposal_id] = process_id
            path = self.random.choice(PROPOSAL_PATHS)
            days = sorted(self.day_between(announced) for _ in path[1:])
            logged = list(zip(path, [announced, *days], strict=True))
            title = f"{self.random.choice(PLACES)} plan for {self.random.choice(WORDS)} {number}"
            rows.append(
                (
                    proposal_id,
                    process_id,
                    title,
                    f"{slugify(title)[:60]}-{proposal_id}",
                    "",
                    announced,
                    self.random.choice(self.actor_ids),
                    logged[-1][0],
                    self.words(40),
                    self.words(120),
                    "",
                    None,
                    stamp(announced),
                    stamp(logged[-1][1]),
                )
            )
            changes += [(proposal_id, s, d, "", stamp(d)) for s, d in logged]
            authors += [(proposal_id, a) for a in self.random.sample(self.actor_ids, 2)]
            for phase_number in range(1, self.random.randint(1, 3) + 1):
                phases.append(
                    (
                        phase_id,
                        proposal_id,
                        phase_number,
                        f"Phase {phase_number}",
                        self.random.choice((None, 42, 42, 60)),
                        self.words(25),
                        stamp(announced),
                        stamp(announced),
                    )
                )
                for _ in range(self.random.randint(1, 3)):
                    provisions.append(
                        (phase_id, self.random.choice(topics), self.words(30), stamp(announced))
                    )
                phase_id += 1
        columns = ["id", "process_id", "title", "slug", "short_name", "announced_on"]
        columns += ["announced_by_id", "status", "summary", "full_text", "document_url"]
        columns += ["supersedes_id", "created_at", "updated_at"]
        self.write(Proposal, columns, rows)
        self.write_status_log(ProposalStatusChange, changes)
        self.links(Proposal, "authors", authors)
        self.cite_sources(Proposal, self.proposal_ids, most=3)
        columns = ["id", "proposal_id", "number", "title", "duration_days", "summary"]
        self.write(Phase, [*columns, "created_at", "updated_at"], phases)
        self.write(
            Provision,
            ["phase_id", "topic", "text", "created_at", "updated_at"],
            (row + (row[-1],) for row in provisions),
        )

    def make_responses(self) -> None:
        first = next_id(Response)
        count = self.counts["responses"]
        per_proposal = math.ceil(count / len(self.proposal_ids))
        rows, changes = [], []
        response_id = first
        for proposal_id in self.proposal_ids:
            respondents = self.random.sample(self.actor_ids, per_proposal)
            for respondent_id in respondents:
                if response_id >= first + count:
                    break
                requested = self.proposal_announced[proposal_id]
                due = self.random.choice((None, requested + datetime.timedelta(days=14)))
                # Five entries on average: pending, a few steps, and mostly an answer.
                steps = self.random.choices(RESPONSE_STEPS, k=self.random.randint(2, 5))
                path = ["pending", *steps]
                if self.random.random() < 0.8:
                    path.append(self.random.choice(RESPONSE_ENDS))
                days = sorted(self.day_between(requested) for _ in path[1:])
                logged = list(zip(path, [requested, *days], strict=True))
                answered = [d for s, d in logged if s not in Response.AWAITING]
                rows.append(
                    (
                        response_id,
                        proposal_id,
                        respondent_id,
                        logged[-1][0],
                        requested,
                        due,
                        answered[0] if answered else None,
                        None,
                        self.words(20),
                        stamp(requested),
                        stamp(logged[-1][1]),
                    )
                )
                changes += [(response_id, s, d, "", stamp(d)) for s, d in logged]
                response_id += 1
        columns = ["id", "proposal_id", "respondent_id", "status", "requested_on", "due_on"]
        columns += ["responded_on", "counter_proposal_id", "summary", "created_at", "updated_at"]
        self.write(Response, columns, rows)
        self.write_status_log(ResponseStatusChange, changes)

    def make_meetings(self) -> None:
        first = next_id(Meeting)
        count = self.counts["meetings"]
        roles = [role for role, _ in Participant.Role.choices]
        formats = [value for value, _ in Meeting.Format.choices]
        kinds = [value for value, _ in Meeting.Kind.choices]
        meeting_ids = range(first, first + count)

        def meetings():
            for meeting_id in meeting_ids:
                process_id = self.random.choice(self.process_ids)
                day = self.day_between(self.process_start[process_id])
                place = self.random.choice(self.location_ids)
                title = f"Talks on {self.random.choice(WORDS)} in round {meeting_id}"
                yield (
                    meeting_id,
                    process_id,
                    title,
                    day,
                    "day",
                    place,
                    self.random.choice(formats),
                    self.random.choice(kinds),
                    self.random.random() < 0.2,
                    None,
                    self.words(self.random.randint(20, 50)),
                    self.words(10),
                    stamp(day),
                    stamp(day),
                )

        def participants():
            for meeting_id in meeting_ids:
                created = stamp(FIRST_DAY)
                for actor_id in self.random.sample(self.actor_ids, self.random.randint(2, 8)):
                    yield meeting_id, actor_id, self.random.choice(roles), created, created

        columns = ["id", "process_id", "title", "date", "date_precision", "location_id"]
        columns += ["format", "kind", "closed_door", "trip_id", "summary", "outcome"]
        self.write(Meeting, [*columns, "created_at", "updated_at"], meetings())
        self.write(
            Participant,
            ["meeting_id", "actor_id", "role", "created_at", "updated_at"],
            participants(),
        )
        self.cite_sources(Meeting, meeting_ids)

        def discussed():
            for meeting_id in meeting_ids:
                if self.random.random() < 0.3:
                    yield meeting_id, self.random.choice(self.proposal_ids)

        self.links(Meeting, "proposals", discussed())

    def make_statements(self) -> None:
        first = next_id(Statement)
        count = self.counts["statements"]
        statement_ids = range(first, first + count)
        kinds = [value for value, _ in Statement.Kind.choices]

        def rows():
            for statement_id in statement_ids:
                process_id = self.random.choice(self.process_ids)
                proposal_id = None
                if self.random.random() < 0.3:
                    proposal_id = self.random.choice(self.proposal_ids)
                    process_id = self.proposal_process[proposal_id]
                day = self.day_between(self.process_start[process_id])
                yield (
                    statement_id,
                    self.random.choice(self.actor_ids),
                    day,
                    self.words(self.random.randint(12, 40)),
                    self.random.choice(kinds),
                    f"Press conference in {self.random.choice(PLACES)}",
                    process_id,
                    proposal_id,
                    stamp(day),
                    stamp(day),
                )

        columns = ["id", "speaker_id", "date", "text", "kind", "audience", "process_id"]
        columns += ["proposal_id", "created_at", "updated_at"]
        self.write(Statement, columns, rows())
        self.cite_sources(Statement, statement_ids, most=1)

    def make_events(self) -> None:
        first = next_id(Event)
        event_ids = range(first, first + self.counts["events"])
        kinds = [value for value, _ in Event.Kind.choices]

        def rows():
            for event_id in event_ids:
                process_id = self.random.choice(self.process_ids)
                day = self.day_between(self.process_start[process_id])
                yield (
                    event_id,
                    day,
                    "day",
                    self.random.choice(kinds),
                    f"{self.random.choice(WORDS).capitalize()} in {self.random.choice(PLACES)}",
                    self.words(30),
                    self.random.choice(self.location_ids),
                    process_id,
                    stamp(day),
                    stamp(day),
                )

        columns = ["id", "date", "date_precision", "kind", "title", "description"]
        columns += ["location_id", "process_id", "created_at", "updated_at"]
        self.write(Event, columns, rows())
        self.cite_sources(Event, event_ids, most=1)


GENERATED_MODELS = [
    Location,
    Source,
    Actor,
    ActorName,
    NegotiationProcess,
    Party,
    ProcessStatusChange,
    Mediator,
    Proposal,
    ProposalStatusChange,
    Phase,
    Provision,
    Response,
    ResponseStatusChange,
    Meeting,
    Participant,
    Statement,
    Event,
]


def generated_tables() -> list[str]:
    tables = []
    for model in GENERATED_MODELS:
        tables.append(model._meta.db_table)
        tables += [
            m2m.remote_field.through._meta.db_table for m2m in model._meta.local_many_to_many
        ]
    return tables


@contextmanager
def bulk_loading(tables: list[str], *, outermost: bool):
    """On PostgreSQL, the fast way to load millions of rows: the tables' secondary indexes (the
    full-text GIN indexes above all) are dropped and built again once at the end, and, where the
    connection may (a superuser), foreign keys are not checked row by row, since the generator
    only writes ids it made. Constraint indexes (primary and unique keys) stay throughout.

    Not inside a caller's transaction (a test's): building an index updates the table's planner
    statistics in place, and a rollback would leave those of rows that are gone."""
    if connection.vendor != "postgresql" or not outermost:
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        try:
            with transaction.atomic():
                cursor.execute("SET LOCAL session_replication_role = replica")
        except DatabaseError:
            pass  # not a superuser: the foreign keys are checked, only slower
        cursor.execute(
            """
            SELECT index_class.relname, pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            JOIN pg_class table_class ON table_class.oid = i.indrelid
            JOIN pg_class index_class ON index_class.oid = i.indexrelid
            WHERE table_class.relname = ANY(%s) AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            """,
            [tables],
        )
        secondary = cursor.fetchall()
        for name, _ in secondary:
            cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
        yield
        for _, definition in secondary:
            cursor.execute(definition)
        cursor.execute("SET LOCAL session_replication_role = DEFAULT")


def generate(scale: float, seed: int = 1) -> Report:
    """Write one synthetic world of the given scale in one transaction; returns row counts."""
    report = Report()
    outermost = not connection.in_atomic_block
    with transaction.atomic(), bulk_loading(generated_tables(), outermost=outermost):
        World(scale, seed, TableWriter(report)).generate()
        # Rows were written with their ids: move each table's id sequence past them.
        reset = connection.ops.sequence_reset_sql(no_style(), GENERATED_MODELS)
        with connection.cursor() as cursor:
            for statement in reset:
                cursor.execute(statement)
    # Fresh statistics, so the planner knows the tables are large; not inside a caller's
    # transaction (a test's), where a rollback would leave the statistics of rows that are gone.
    if connection.vendor == "postgresql" and outermost:
        with connection.cursor() as cursor:
            for table in generated_tables():
                cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")
    return report
