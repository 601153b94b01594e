"""Spreadsheet import (CSV and XLSX, in the admin) of actors, locations, sources, meetings with
their participants, statements and events, with django-import-export.

A sheet is written as an analyst writes it: one row per record, columns named like the fields
(docs/spreadsheet-import.md), related records written by name. Actors are found through the
actor-identity rules (negotiations/identity.py, names.py): by slug, or by any of their names
(name, short name, alias) in normal form; a new actor that may already be recorded is refused,
naming the candidates, unless its row confirms that it is new. Every record is checked by its
model's own rules (`full_clean()`, whose constraint messages are keyed to their field), and a
file with one bad row stores nothing (see the Meta options of SheetResource).
"""

import datetime
import re

from django.core.exceptions import ValidationError
from import_export import fields, resources, widgets

from negotiations.identity import PossibleDuplicate, refuse_possible_duplicates
from negotiations.models import (
    Actor,
    DatePrecision,
    Event,
    Location,
    Meeting,
    MergedActor,
    NegotiationProcess,
    Participant,
    Proposal,
    Source,
    Statement,
)
from negotiations.names import normalize_name

LIST_SEPARATOR = ";"
YES = {"yes", "y", "true", "1", "x", "oui", "ja"}
NO = {"no", "n", "false", "0", ""}


def cell_text(value) -> str:
    """A cell as text: spreadsheets give numbers, dates and None as well as strings."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def split_list(value) -> list[str]:
    return [part.strip() for part in cell_text(value).split(LIST_SEPARATOR) if part.strip()]


def listed(records) -> str:
    return ", ".join(f"“{record}”" for record in records)


def header_name(heading) -> str:
    """`Short name`, `short-name` and `short_name` are one column."""
    return re.sub(r"[\s\-]+", "_", cell_text(heading).lower())


# Finding related records by the name written in a cell. Each raises ValueError with a message
# for the analyst, which import-export reports on the row and column.


def find_actor(written: str) -> Actor:
    """The actor `written` names: its slug, or one of its names in normal form (so that el-Sisi
    finds al-Sisi and an alias finds the actor). A merged actor's slug leads to the survivor."""
    by_slug = Actor.objects.filter(slug=written).first()
    if by_slug is not None:
        return by_slug
    normal = normalize_name(written)
    matches = list(Actor.objects.filter(indexed_names__normalized=normal).distinct()[:6])
    if len(matches) == 1:
        return matches[0]
    if matches:
        slugs = ", ".join(actor.slug for actor in matches)
        raise ValueError(
            f"“{written}” is a name of several actors ({listed(matches)}); write the slug of "
            f"the one meant ({slugs})."
        )
    merged = MergedActor.objects.filter(slug=written).select_related("into").first()
    if merged is not None:
        return merged.into
    similar = list(Actor.objects.similar_to(written)[:3])
    hint = f" Did you mean {listed(similar)}?" if similar else ""
    raise ValueError(
        f"No actor is recorded as “{written}”.{hint} Record new actors first (an actor sheet "
        "creates them)."
    )


def find_one(queryset, written: str, kind: str, how: str):
    matches = list(queryset[:6])
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise ValueError(f"Several {kind} match “{written}” ({listed(matches)}); write {how}.")
    raise ValueError(f"No {kind[:-1] if kind.endswith('s') else kind} is recorded as “{written}”.")


def find_location(written: str) -> Location:
    return find_one(
        Location.objects.filter(name__iexact=written), written, "locations", "a distinct name"
    )


def looks_like_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def find_source(written: str) -> Source:
    if looks_like_url(written):
        return find_one(Source.objects.filter(url=written), written, "sources", "the title")
    return find_one(Source.objects.filter(title__iexact=written), written, "sources", "the URL")


def find_process(written: str) -> NegotiationProcess:
    by_slug = NegotiationProcess.objects.filter(slug=written)
    if by_slug.exists():
        return by_slug.get()
    return find_one(
        NegotiationProcess.objects.filter(title__iexact=written),
        written,
        "processes",
        "its slug",
    )


def find_proposal(written: str) -> Proposal:
    by_slug = Proposal.objects.filter(slug=written)
    if by_slug.exists():
        return by_slug.get()
    return find_one(
        Proposal.objects.filter(title__iexact=written)
        | Proposal.objects.filter(short_name__iexact=written),
        written,
        "proposals",
        "its slug",
    )


def find_meeting(written: str) -> Meeting:
    return find_one(
        Meeting.objects.filter(title__iexact=written), written, "meetings", "a distinct title"
    )


# Widgets: a cell to a value, with messages that say what to write instead.


class RecordWidget(widgets.Widget):
    """One related record, written by name."""

    def __init__(self, find):
        super().__init__()
        self.find = find

    def clean(self, value, row=None, **kwargs):
        text = cell_text(value)
        return self.find(text) if text else None

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class RecordListWidget(RecordWidget):
    """Related records written by name, separated by `;`. Every unknown name is reported."""

    def clean(self, value, row=None, **kwargs):
        records, problems = [], []
        for written in split_list(value):
            try:
                record = self.find(written)
            except ValueError as problem:
                problems.append(str(problem))
                continue
            if record in records:
                problems.append(f"“{written}” is listed twice.")
            records.append(record)
        if problems:
            raise ValueError(" ".join(problems))
        return records

    def render(self, value, obj=None, **kwargs):
        if value is None or value.instance.pk is None:
            return ""
        return f"{LIST_SEPARATOR} ".join(str(v) for v in value.all())


class ChoiceWidget(widgets.Widget):
    """A choice written as its value (`armed_group`) or its label (`Armed group`); blank is the
    model's default."""

    def __init__(self, model_field):
        super().__init__()
        self.choices = model_field.choices
        self.default = model_field.get_default()

    def clean(self, value, row=None, **kwargs):
        text = cell_text(value)
        if not text:
            return self.default
        for stored, label in self.choices:
            if text.casefold() in (str(stored).casefold(), str(label).casefold()):
                return stored
        allowed = ", ".join(str(stored) for stored, _label in self.choices)
        raise ValueError(f"“{text}” is not one of the choices: {allowed}.")

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class DateWidget(widgets.Widget):
    """A date as YYYY-MM-DD, or a date cell of a spreadsheet."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        text = cell_text(value)
        if not text:
            return None
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            raise ValueError(
                f"“{text}” is not a date: write it as YYYY-MM-DD, such as 2024-05-31."
            ) from None

    def render(self, value, obj=None, **kwargs):
        return value.isoformat() if value else ""


class PreciseDateWidget(DateWidget):
    """A date known to the day, the month (`2024-05`) or the year (`2024`), for records with a
    date precision: the first day of the period is stored, as in the admin."""

    PARTIAL = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{1,2}))?$")

    def clean(self, value, row=None, **kwargs):
        partial = self.PARTIAL.match(cell_text(value))
        if partial is None:
            return super().clean(value, row, **kwargs)
        try:
            return datetime.date(int(partial["year"]), int(partial["month"] or 1), 1)
        except ValueError:
            raise ValueError(f"“{cell_text(value)}” is not a date.") from None

    @classmethod
    def precision_of(cls, value) -> str:
        partial = cls.PARTIAL.match(cell_text(value))
        if partial is None:
            return DatePrecision.DAY
        return DatePrecision.MONTH if partial["month"] else DatePrecision.YEAR


class TextWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        return cell_text(value)

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class CountryWidget(TextWidget):
    def clean(self, value, row=None, **kwargs):
        return cell_text(value).upper()


class SlugWidget(TextWidget):
    def clean(self, value, row=None, **kwargs):
        return cell_text(value) or None


class BooleanWidget(TextWidget):
    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            return value
        text = cell_text(value).casefold()
        if text in YES:
            return True
        if text in NO:
            return False
        raise ValueError(f"“{cell_text(value)}” is not yes or no.")

    def render(self, value, obj=None, **kwargs):
        return "yes" if value else "no"


class DecimalWidget(TextWidget):
    def clean(self, value, row=None, **kwargs):
        text = cell_text(value)
        if not text:
            return None
        try:
            return widgets.DecimalWidget().clean(text)
        except Exception:
            raise ValueError(f"“{text}” is not a number.") from None


class AliasesWidget(TextWidget):
    def clean(self, value, row=None, **kwargs):
        return split_list(value)

    def render(self, value, obj=None, **kwargs):
        return f"{LIST_SEPARATOR} ".join(value or [])


class ParticipantsWidget(RecordWidget):
    """`Antony Blinken (guest); Abdel Fattah el-Sisi (host); Qatar`: each actor by name, with
    its role in brackets (attendee when none is given)."""

    ROLE_IN_BRACKETS = re.compile(r"^(?P<name>.*?)\s*\((?P<role>[^()]*)\)$")

    def __init__(self):
        super().__init__(find_actor)

    @staticmethod
    def role_named(text: str) -> str | None:
        wanted = header_name(text)
        for stored, label in Participant.Role.choices:
            if wanted in (stored, header_name(label)):
                return stored
        return None

    def parse(self, written: str) -> tuple[str, str]:
        """(actor name, role); brackets that name no role are part of the name ("Palestinian
        Islamic Jihad (PIJ)")."""
        bracketed = self.ROLE_IN_BRACKETS.match(written)
        if bracketed:
            role = self.role_named(bracketed["role"])
            if role is not None:
                return bracketed["name"], role
        return written, Participant.Role.ATTENDEE

    def clean(self, value, row=None, **kwargs):
        chosen, problems = [], []
        for written in split_list(value):
            name, role = self.parse(written)
            try:
                actor = self.find(name)
            except ValueError as problem:
                problems.append(str(problem))
                continue
            if any(actor == other for other, _role in chosen):
                problems.append(f"“{actor}” is listed twice.")
            chosen.append((actor, role))
        if problems:
            raise ValueError(" ".join(problems))
        return chosen

    def render(self, value, obj=None, **kwargs):
        if value is None or value.instance.pk is None:
            return ""
        return f"{LIST_SEPARATOR} ".join(
            f"{p.actor} ({p.role})" for p in value.select_related("actor")
        )


# Fields.


def column(model, name: str, widget=None, **kwargs) -> fields.Field:
    """A column named like the model field it fills, with a widget for the field's kind."""
    model_field = model._meta.get_field(name)
    if widget is None:
        if model_field.choices:
            widget = ChoiceWidget(model_field)
        elif model_field.get_internal_type() == "DateField":
            precise = any(f.name == "date_precision" for f in model._meta.fields)
            widget = PreciseDateWidget() if precise else DateWidget()
        elif model_field.get_internal_type() == "BooleanField":
            widget = BooleanWidget()
        elif model_field.get_internal_type() == "DecimalField":
            widget = DecimalWidget()
        else:
            widget = TextWidget()
    return fields.Field(attribute=name, column_name=name, widget=widget, **kwargs)


class ListField(fields.Field):
    """A cell of several related records (sources, participants), checked with the rest of the
    row before anything is saved and written once the record has its id."""

    def save(self, instance, row, is_m2m=False, **kwargs):
        if not is_m2m:
            instance.__dict__.setdefault("_imported_lists", {})[self.attribute] = self.clean(row)
            return
        self.write(instance, instance._imported_lists[self.attribute])

    def write(self, instance, records) -> None:
        getattr(instance, self.attribute).set(records)

    def unchanged(self, stored, records) -> bool:
        return {r.pk for r in records} == set(
            getattr(stored, self.attribute).values_list("pk", flat=True)
        )


class ParticipantsField(ListField):
    def write(self, meeting, chosen) -> None:
        meeting.set_participants(chosen)

    def unchanged(self, stored, chosen) -> bool:
        return {(actor.pk, role) for actor, role in chosen} == set(
            stored.participants.values_list("actor_id", "role")
        )


def list_column(name: str, find) -> ListField:
    return ListField(attribute=name, column_name=name, widget=RecordListWidget(find))


# Resources.


def record_by_title_and_date(model, row):
    """The dated record (a meeting, an event) a row updates: the one of its title and date."""
    title, date = cell_text(row.get("title")), PreciseDateWidget().clean(row.get("date"))
    if not (title and date):
        return None
    return model.objects.filter(title__iexact=title, date=date).first()


class SheetResource(resources.ModelResource):
    """What every sheet shares: the columns it needs and allows, the record a row updates, and
    the lists written after the record is saved."""

    # Columns a sheet of this kind must have.
    required_columns: tuple[str, ...] = ()
    # Columns read from the row that are not fields of the record.
    extra_columns: tuple[str, ...] = ()

    class Meta:
        abstract = True
        # One transaction for the file: a row that fails rolls every row back, preview or not.
        use_transactions = True
        # The preview shows each row's values as they would be stored...
        skip_diff = False
        # ...and rows that would change nothing as skipped.
        skip_unchanged = True
        report_skipped = True
        # Rows are checked by the model's own rules (clean() and its keyed constraints).
        clean_model_instances = True

    def column_names(self) -> list[str]:
        return [field.column_name for field in self.get_import_fields()]

    def before_import(self, dataset, **kwargs):
        dataset.headers = [header_name(heading) for heading in dataset.headers or []]
        headers = [heading for heading in dataset.headers if heading]
        kind = self._meta.model._meta.verbose_name_plural
        allowed = [*self.column_names(), *self.extra_columns]
        missing = [name for name in self.required_columns if name not in headers]
        unknown = [name for name in headers if name not in allowed]
        problems = []
        if missing:
            problems.append(f"The file has no column {listed(missing)}, which {kind} need.")
        if unknown:
            problems.append(f"Unknown column {listed(unknown)}.")
        if problems:
            # Said once for the file, before any row (import-export reports it above the rows).
            raise ValueError(
                " ".join(problems) + f" The columns for {kind} are: {', '.join(allowed)}."
            )

    def get_instance(self, instance_loader, row):
        try:
            return self.existing_record(row)
        except (ValueError, KeyError):
            # A row whose key cells are unreadable is reported on those cells by the import.
            return None

    def existing_record(self, row):
        """The stored record the row updates, or None for a new one."""
        raise NotImplementedError

    def import_instance(self, instance, row, **kwargs):
        super().import_instance(instance, row, **kwargs)
        if hasattr(instance, "date_precision") and not cell_text(row.get("date_precision")):
            # `2024-05` in the date column says the precision when no column does.
            instance.date_precision = PreciseDateWidget.precision_of(row.get("date"))

    def list_fields(self) -> list[ListField]:
        return [field for field in self.get_import_fields() if isinstance(field, ListField)]

    def save_m2m(self, instance, row, **kwargs):
        if self._is_dry_run(kwargs) and not self._is_using_transactions(kwargs):
            return
        for field in self.list_fields():
            if field.column_name in row:
                field.save(instance, row, is_m2m=True)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if import_validation_errors or original is None or original.pk is None:
            return False
        for field in self.get_import_fields():
            if field.column_name not in row:
                continue
            if isinstance(field, ListField):
                if not field.unchanged(original, instance._imported_lists[field.attribute]):
                    return False
            elif field.get_value(instance) != field.get_value(original):
                return False
        return True


class ActorResource(SheetResource):
    name = column(Actor, "name")
    # A blank slug keeps the actor's slug (a new actor gets one from its name).
    slug = column(Actor, "slug", widget=SlugWidget(), saves_null_values=False)
    kind = column(Actor, "kind")
    short_name = column(Actor, "short_name")
    aliases = column(Actor, "aliases", widget=AliasesWidget())
    country = column(Actor, "country", widget=CountryWidget())
    parent = column(Actor, "parent", widget=RecordWidget(find_actor))
    wikidata_id = column(Actor, "wikidata_id")
    description = column(Actor, "description")

    required_columns = ("name", "kind")
    # `confirm_new: yes` creates an actor that may already be recorded (see identity.py).
    extra_columns = ("confirm_new",)

    class Meta(SheetResource.Meta):
        model = Actor
        fields = (
            "name",
            "slug",
            "kind",
            "short_name",
            "aliases",
            "country",
            "parent",
            "wikidata_id",
            "description",
        )

    def existing_record(self, row):
        slug = cell_text(row.get("slug"))
        if slug:
            return Actor.objects.filter(slug=slug).first()
        normal = normalize_name(cell_text(row.get("name")))
        if not normal:
            return None
        return Actor.objects.filter(
            indexed_names__field="name", indexed_names__normalized=normal
        ).first()

    def import_instance(self, instance, row, **kwargs):
        instance._confirmed_new = cell_text(row.get("confirm_new")).casefold() in YES
        super().import_instance(instance, row, **kwargs)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        super().validate_instance(instance, import_validation_errors, validate_unique)
        try:
            refuse_possible_duplicates(instance, confirmed=instance._confirmed_new)
        except PossibleDuplicate as duplicate:
            raise ValidationError(
                {"name": f"{duplicate} To create it, write yes in its confirm_new column."}
            ) from duplicate


class LocationResource(SheetResource):
    name = column(Location, "name")
    kind = column(Location, "kind")
    country = column(Location, "country", widget=CountryWidget())
    latitude = column(Location, "latitude")
    longitude = column(Location, "longitude")

    required_columns = ("name",)

    class Meta(SheetResource.Meta):
        model = Location
        fields = (
            "name",
            "kind",
            "country",
            "latitude",
            "longitude",
        )

    def existing_record(self, row):
        name = cell_text(row.get("name"))
        return Location.objects.filter(name__iexact=name).first() if name else None


class SourceResource(SheetResource):
    title = column(Source, "title")
    url = column(Source, "url")
    publisher = column(Source, "publisher")
    author = column(Source, "author")
    published_on = column(Source, "published_on")
    language = column(Source, "language")
    reliability = column(Source, "reliability")
    credibility = column(Source, "credibility")
    excerpt = column(Source, "excerpt")

    required_columns = ("title",)

    class Meta(SheetResource.Meta):
        model = Source
        fields = (
            "title",
            "url",
            "publisher",
            "author",
            "published_on",
            "language",
            "reliability",
            "credibility",
            "excerpt",
        )

    def existing_record(self, row):
        url = cell_text(row.get("url"))
        if url:
            return Source.objects.filter(url=url).first()
        title = cell_text(row.get("title"))
        return Source.objects.filter(title__iexact=title, url="").first() if title else None


class MeetingResource(SheetResource):
    title = column(Meeting, "title")
    date = column(Meeting, "date")
    date_precision = column(Meeting, "date_precision")
    process = column(Meeting, "process", widget=RecordWidget(find_process))
    location = column(Meeting, "location", widget=RecordWidget(find_location))
    format = column(Meeting, "format")
    kind = column(Meeting, "kind")
    closed_door = column(Meeting, "closed_door")
    participants = ParticipantsField(
        attribute="participants", column_name="participants", widget=ParticipantsWidget()
    )
    proposals = list_column("proposals", find_proposal)
    summary = column(Meeting, "summary")
    outcome = column(Meeting, "outcome")
    sources = list_column("sources", find_source)

    required_columns = ("title", "date")

    class Meta(SheetResource.Meta):
        model = Meeting
        fields = (
            "title",
            "date",
            "date_precision",
            "process",
            "location",
            "format",
            "kind",
            "closed_door",
            "participants",
            "proposals",
            "summary",
            "outcome",
            "sources",
        )

    def existing_record(self, row):
        return record_by_title_and_date(self._meta.model, row)


class StatementResource(SheetResource):
    speaker = column(Statement, "speaker", widget=RecordWidget(find_actor))
    date = column(Statement, "date")
    text = column(Statement, "text")
    kind = column(Statement, "kind")
    audience = column(Statement, "audience")
    process = column(Statement, "process", widget=RecordWidget(find_process))
    proposal = column(Statement, "proposal", widget=RecordWidget(find_proposal))
    meeting = column(Statement, "meeting", widget=RecordWidget(find_meeting))
    sources = list_column("sources", find_source)

    required_columns = ("speaker", "date", "text")

    class Meta(SheetResource.Meta):
        model = Statement
        fields = (
            "speaker",
            "date",
            "text",
            "kind",
            "audience",
            "process",
            "proposal",
            "meeting",
            "sources",
        )

    def existing_record(self, row):
        speaker = find_actor(cell_text(row.get("speaker")))
        date, text = DateWidget().clean(row.get("date")), cell_text(row.get("text"))
        return Statement.objects.filter(speaker=speaker, date=date, text=text).first()


class EventResource(SheetResource):
    title = column(Event, "title")
    date = column(Event, "date")
    date_precision = column(Event, "date_precision")
    kind = column(Event, "kind")
    description = column(Event, "description")
    location = column(Event, "location", widget=RecordWidget(find_location))
    actors = list_column("actors", find_actor)
    process = column(Event, "process", widget=RecordWidget(find_process))
    sources = list_column("sources", find_source)

    required_columns = ("title", "date", "kind")

    class Meta(SheetResource.Meta):
        model = Event
        fields = (
            "title",
            "date",
            "date_precision",
            "kind",
            "description",
            "location",
            "actors",
            "process",
            "sources",
        )

    def existing_record(self, row):
        return record_by_title_and_date(self._meta.model, row)
