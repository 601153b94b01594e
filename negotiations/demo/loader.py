"""Loads the article as records, idempotently.

Each record is found by a natural key (a slug, a title, a (proposal, respondent) pair...) and
created when missing; when it exists, the fields the demo sets are compared and saved only where
they differ, so a second load writes nothing, not even an audit-history row.

Analyst edits: the demo refreshes its own facts. A field the demo sets that an analyst changed
is put back to the sources' value; the loader reports it and the audit history keeps both
versions, so nothing is overwritten silently. What the demo does not know stays as the analyst
left it: a field the sources leave blank (an end date, a later outcome), records and links the
demo did not create (another participant, another source, a later status change), and every
status, which moves on after the article: records' statuses move only through their dated log,
and a planned trip stop may since be done.
"""

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import models, transaction

from negotiations.demo.article import (
    ACTORS,
    ARTICLE,
    ARTICLE_DATE,
    BIDEN_REMARKS,
    EVENTS,
    HAMAS_RESPONSE,
    LOCATIONS,
    MEDIATORS,
    MEETINGS,
    POSITIONS,
    PROCESS,
    PROPOSAL,
    STATEMENTS,
    TRIP,
)
from negotiations.models import (
    Actor,
    DatePrecision,
    Event,
    Location,
    Mediator,
    Meeting,
    NegotiationProcess,
    Participant,
    Party,
    Phase,
    Position,
    Proposal,
    Provision,
    Response,
    Source,
    Statement,
    Trip,
    TripStop,
)


@dataclass
class DemoLoadReport:
    """What a load wrote: new records counted by kind, and the fields refreshed on old ones."""

    created: Counter = field(default_factory=Counter)  # model -> records created
    refreshed: list[str] = field(default_factory=list)

    @property
    def changed_anything(self) -> bool:
        return bool(self.created or self.refreshed)

    def record_created(self, instance: models.Model) -> None:
        self.created[type(instance)] += 1

    def created_counts(self) -> list[str]:
        """Such as ["2 meetings", "1 trip"], in alphabetical order."""
        counts = []
        for model, count in self.created.items():
            name = model._meta.verbose_name if count == 1 else model._meta.verbose_name_plural
            counts.append(f"{count} {name}")
        return sorted(counts, key=lambda text: text.split(" ", 1)[1])

    def record_refreshed(self, instance: models.Model, what: list[str]) -> None:
        self.refreshed.append(f"{instance._meta.verbose_name} “{instance}”: {', '.join(what)}")


class _Loader:
    def __init__(self):
        self.report = DemoLoadReport()
        self.actors: dict[str, Actor] = {}
        self.locations: dict[str, Location] = {}

    def put(
        self,
        model,
        key: dict,
        values: dict | None = None,
        *,
        links: dict | None = None,
        initial: dict | None = None,
        opening_entry: dict | None = None,
    ):
        """The record with natural `key`, created with `values` (over `initial`, the fields
        only a new record gets) or refreshed to those not blank, with `links` (many-to-many
        name -> objects) added. A new record with a status log is created with its dated, cited
        `opening_entry`. Returns (record, created)."""
        values = values or {}
        record = model._default_manager.filter(**key).order_by("pk").first()
        created = record is None
        if created:
            given = {name: value for name, value in values.items() if not _is_blank(value)}
            record = model(**{**(initial or {}), **given, **key})
            record.full_clean()
            if opening_entry is not None:
                record.save_with_opening_entry(**opening_entry)
                self.report.created[record.status_change_model()] += 1
            else:
                record.save()
            self.report.record_created(record)
        else:
            # A blank here means the sources do not say: it never erases what an analyst
            # filled in since.
            stale = [
                name
                for name, value in values.items()
                if not _is_blank(value) and not _holds(record, name, value)
            ]
            if stale:
                for name in stale:
                    setattr(record, name, values[name])
                record.full_clean()
                record.save()
                self.report.record_refreshed(record, stale)
        for name, objects in (links or {}).items():
            manager = getattr(record, name)
            linked = set(manager.values_list("pk", flat=True))
            missing = [obj for obj in objects if obj.pk not in linked]
            if missing:
                manager.add(*missing)
                if not created:
                    self.report.record_refreshed(record, [name])
        return record, created

    def log_status(self, record, created: bool, *, status, changed_on, note, sources):
        """Make sure the status log of a record that existed before holds the sources' dated,
        cited entry (a new record was created with it)."""
        if created:
            return
        change_model = record.status_change_model()
        key = {
            change_model.record_field: record,
            "status": status,
            "changed_on": changed_on,
            "retracted_at": None,
        }
        if change_model.objects.filter(**key).exists():
            self.put(change_model, key, {"note": note}, links={"sources": sources})
        else:
            # Logged, not set: a later change an analyst recorded stays the current status. An
            # entry an analyst retracted is put back as a new one, like any demo fact an analyst
            # changed; the retraction stays in the log.
            entry = record.change_status(status, changed_on=changed_on, note=note, sources=sources)
            self.report.record_created(entry)

    def load(self) -> DemoLoadReport:
        article, _ = self.put(Source, _key(ARTICLE, "title", "publisher"), ARTICLE)
        remarks, _ = self.put(Source, _key(BIDEN_REMARKS, "title", "publisher"), BIDEN_REMARKS)
        cited = {"sources": [article]}
        for data in ACTORS:
            values = dict(data)
            if "parent" in data:
                values["parent"] = self.actors[data["parent"]]
            self.actors[data["slug"]], _ = self.put(Actor, {"slug": values.pop("slug")}, values)
        for data in POSITIONS:
            self.put(
                Position,
                {
                    "person": self.actors[data["person"]],
                    "organization": self.actors[data["organization"]],
                    "title": data["title"],
                },
                {"start": data.get("start")},
                links=cited,
            )
        for name, kind, country, latitude, longitude in LOCATIONS:
            self.locations[name], _ = self.put(
                Location,
                {"name": name, "kind": kind},
                {
                    "country": country,
                    "latitude": Decimal(latitude),
                    "longitude": Decimal(longitude),
                },
            )

        process = self.load_process(article)
        proposal = self.load_proposal(process, article, remarks)
        self.load_response(proposal, article)
        trip = self.load_trip(article)
        self.load_meetings(process, proposal, trip, article)
        self.load_statements(process, proposal, article)
        self.load_events(process, article)
        return self.report

    def load_process(self, article):
        process, created = self.put(
            NegotiationProcess,
            {"slug": PROCESS["slug"]},
            {"title": PROCESS["title"], "summary": PROCESS["summary"]},
            # A status is given to a new record only: afterwards only its dated log moves it.
            initial={"status": PROCESS["status"]},
            opening_entry={"sources": [article], **PROCESS["status_log"]},
        )
        self.log_status(
            process, created, status=PROCESS["status"], sources=[article], **PROCESS["status_log"]
        )
        for slug, side in PROCESS["parties"]:
            self.put(
                Party,
                {"process": process, "actor": self.actors[slug], "since": None},
                {"side": side},
                links={"sources": [article]},
            )
        for data in MEDIATORS:
            self.put(
                Mediator,
                {"process": process, "actor": self.actors[data["actor"]], "since": None},
                {"role": data["role"], "notes": data["notes"]},
                links={"sources": [article]},
            )
        return process

    def load_proposal(self, process, article, remarks):
        values = {
            "process": process,
            "title": PROPOSAL["title"],
            "short_name": PROPOSAL["short_name"],
            "announced_on": PROPOSAL["announced_on"],
            "announced_by": self.actors[PROPOSAL["announced_by"]],
            "summary": PROPOSAL["summary"],
        }
        proposal, created = self.put(
            Proposal,
            {"slug": PROPOSAL["slug"]},
            values,
            links={
                "authors": [self.actors[slug] for slug in PROPOSAL["authors"]],
                "sources": [article, remarks],
            },
            initial={"status": PROPOSAL["status"]},
            opening_entry={"sources": [article, remarks], **PROPOSAL["status_log"]},
        )
        self.log_status(
            proposal,
            created,
            status=PROPOSAL["status"],
            sources=[article, remarks],
            **PROPOSAL["status_log"],
        )
        for phase_data in PROPOSAL["phases"]:
            phase, _ = self.put(
                Phase,
                {"proposal": proposal, "number": phase_data["number"]},
                {
                    "title": phase_data["title"],
                    "duration_days": phase_data["duration_days"],
                    "summary": phase_data["summary"],
                },
            )
            for topic, text in phase_data["provisions"]:
                self.put(Provision, {"phase": phase, "text": text}, {"topic": topic})
        return proposal

    def load_response(self, proposal, article):
        key = {"proposal": proposal, "respondent": self.actors[HAMAS_RESPONSE["respondent"]]}
        values = {
            "requested_on": HAMAS_RESPONSE["requested_on"],
            "summary": HAMAS_RESPONSE["summary"],
        }
        response, created = self.put(
            Response,
            key,
            values,
            links={"sources": [article]},
            initial={"status": HAMAS_RESPONSE["status"]},
            opening_entry={"sources": [article], **HAMAS_RESPONSE["status_log"]},
        )
        self.log_status(
            response,
            created,
            status=HAMAS_RESPONSE["status"],
            sources=[article],
            **HAMAS_RESPONSE["status_log"],
        )
        return response

    def load_trip(self, article):
        trip, _ = self.put(
            Trip,
            {"traveller": self.actors[TRIP["traveller"]], "title": TRIP["title"]},
            {"ordinal": TRIP["ordinal"], "start": TRIP["start"], "purpose": TRIP["purpose"]},
            links={"sources": [article]},
        )
        for order, place, date, status in TRIP["stops"]:
            self.put(
                TripStop,
                {"trip": trip, "order": order},
                {"location": self.locations[place], "date": date},
                # Planned stops get done: the article's status is where the stop started.
                initial={"status": status},
            )
        return trip

    def load_meetings(self, process, proposal, trip, article):
        for data in MEETINGS:
            meeting, _ = self.put(
                Meeting,
                {"title": data["title"], "date": ARTICLE_DATE},
                {
                    "date_precision": DatePrecision.DAY,
                    "process": process,
                    "location": self.locations[data["location"]],
                    "format": Meeting.Format.IN_PERSON,
                    "kind": Meeting.Kind.BILATERAL,
                    "closed_door": data.get("closed_door"),
                    "trip": trip,
                    "summary": data["summary"],
                    "outcome": data.get("outcome"),
                },
                links={"proposals": [proposal], "sources": [article]},
                # Whether talks the article does not call closed-door were open is not known.
                initial={"closed_door": False},
            )
            for slug, role in data["participants"]:
                self.put(
                    Participant, {"meeting": meeting, "actor": self.actors[slug]}, {"role": role}
                )

    def load_statements(self, process, proposal, article):
        for data in STATEMENTS:
            self.put(
                Statement,
                {
                    "speaker": self.actors[data["speaker"]],
                    "date": ARTICLE_DATE,
                    "text": data["text"],
                },
                {
                    "kind": data["kind"],
                    "audience": data["audience"],
                    "process": process,
                    "proposal": proposal if data["about_proposal"] else None,
                },
                links={"sources": [article]},
            )

    def load_events(self, process, article):
        for data in EVENTS:
            location = data["location"]
            self.put(
                Event,
                {"title": data["title"]},
                {
                    "date": data["date"],
                    "date_precision": data["date_precision"],
                    "kind": data["kind"],
                    "description": data["description"],
                    "location": self.locations[location] if location else None,
                    "process": process if data["in_process"] else None,
                },
                links={
                    "actors": [self.actors[slug] for slug in data["actors"]],
                    "sources": [article],
                },
            )


def _key(data: dict, *names: str) -> dict:
    return {name: data[name] for name in names}


def _is_blank(value) -> bool:
    return value is None or value == "" or value == []


def _holds(record: models.Model, name: str, value) -> bool:
    """Whether `record` already has `value` in field `name` (compared by id for relations)."""
    model_field = record._meta.get_field(name)
    if model_field.is_relation:
        return getattr(record, model_field.attname) == (value.pk if value is not None else None)
    return getattr(record, name) == value


def load_demo() -> DemoLoadReport:
    """Load the article as data in one transaction; running it again changes nothing."""
    with transaction.atomic():
        return _Loader().load()
