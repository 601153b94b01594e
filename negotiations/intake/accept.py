"""Accepting an intake's candidates: the records an analyst chose, corrected, created in one step.

`accept(intake, keys, edits, user=...)` creates, in one transaction, an actor for each chosen new
actor (through the actor-identity rules of negotiations.identity, the analyst's tick confirming
it is new), a statement for each quote, a meeting with its participants for each meeting, an
event for each event and, for each status signal, the respondent's response (created with its
opening entry, or moved by a dated status change). Every record cites the intake's source.

Edits (`{key: {field: value}}`) correct a candidate before it is created: another actor (an id),
a date (YYYY-MM-DD), a process... A bad edit or a record that breaks a rule refuses the whole
step (AcceptRefused, keyed by candidate and field) and nothing is created. A key accepted
before is skipped, so accepting twice creates nothing twice.

`additions` (`{key: kind}`, keys starting "added-") are records the draft missed and the analyst
adds in the review: a candidate with nothing drafted, its edits giving every field. They are not
stored among the intake's candidates (which point into the text); only their IntakeRecord keeps
the key, so that the same addition posted twice is created once.
"""

import datetime
import functools
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from negotiations.identity import create_actor
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
    Proposal,
    Response,
    Statement,
)
from negotiations.models.intake import Intake, IntakeRecord

# The fields an analyst may correct, by kind of candidate. Dates fill the other records' dates
# and are not records of their own.
EDITABLE = {
    "actors": {"actor", "name", "kind", "short_name"},
    "quotes": {"speaker", "text", "date", "kind", "process", "proposal"},
    "meetings": {
        "title",
        "date",
        "date_precision",
        "location",
        "process",
        "participants",
        "proposals",
        "kind",
        "format",
        "closed_door",
    },
    "events": {"title", "date", "date_precision", "kind", "location", "process"},
    "status_signals": {"respondent", "proposal", "status", "changed_on"},
    "dates": set(),
}
# What an analyst may add that the draft missed: the records the rules find least often.
ADDABLE = ("meetings", "status_signals")
ADDED_PREFIX = "added-"
# Actors first, so that the quotes and meetings naming a new actor find it created.
ORDER = ("actors", "meetings", "quotes", "events", "status_signals", "dates")
MAX_KEYS = 2000
ALREADY_ACCEPTED = "already accepted"
NOT_A_RECORD = "a date: it dates the other records and is not a record of its own"


class AcceptRefused(Exception):
    """Nothing was created: `errors` says why, as {key: {field: [messages]}} (or
    {"accept": [...]} / {"edits": [...]} for the request as a whole)."""

    def __init__(self, errors: dict):
        self.errors = errors
        super().__init__(str(errors))


class EditError(Exception):
    def __init__(self, field_name: str, message: str):
        self.field_name = field_name
        self.message = message
        super().__init__(message)


class CandidateRefused(Exception):
    """Every field of one candidate that cannot be accepted as given: {field: [messages]}."""

    def __init__(self, errors: dict[str, list[str]]):
        self.errors = errors
        super().__init__(str(errors))


def noted(failed=None):
    """A reader of a candidate's field whose error is noted on its Values instead of raised,
    and which answers `failed` (or failed()) then: so that the analyst sees every bad field of a
    candidate at once, not one per attempt. Values.check() raises what was noted."""

    def decorator(read):
        @functools.wraps(read)
        def reader(owner, *args, **kwargs):
            # A reader is a method of Values, or of AcceptStep taking the Values first.
            values = owner if isinstance(owner, Values) else args[0]
            try:
                return read(owner, *args, **kwargs)
            except EditError as error:
                values.note(error.field_name, error.message)
                return failed() if callable(failed) else failed

        return reader

    return decorator


@dataclass
class Acceptance:
    """What one accept step did: the ids created by resource, and the keys it skipped, why."""

    created: dict[str, list[int]] = field(
        default_factory=lambda: {
            "actors": [],
            "statements": [],
            "meetings": [],
            "events": [],
            "responses": [],
            "status_changes": [],
        }
    )
    skipped: dict[str, str] = field(default_factory=dict)


def accept(intake: Intake, keys, edits: dict, *, user=None, additions=None) -> Acceptance:
    added = added_candidates(additions or {})
    keys, edits = checked_request(intake, [*keys, *added], edits, added)
    with transaction.atomic():
        Intake.objects.select_for_update().filter(pk=intake.pk).first()
        step = AcceptStep(intake, edits, user, added)
        step.run(keys)
        if step.errors:
            # Raising inside the transaction rolls back what the other keys created.
            raise AcceptRefused(step.errors)
    return step.acceptance


def added_candidates(additions) -> dict[str, tuple[str, dict]]:
    """The analyst's additions as candidates with nothing drafted: {key: (kind, candidate)}."""
    if not isinstance(additions, dict) or not all(
        isinstance(key, str) and key.startswith(ADDED_PREFIX) and kind in ADDABLE
        for key, kind in additions.items()
    ):
        kinds = " or ".join(ADDABLE)
        raise AcceptRefused(
            {"accept": [f"Give each addition as {{“{ADDED_PREFIX}…” key: {kinds}}}."]}
        )
    return {key: (kind, {"key": key, "added": True}) for key, kind in additions.items()}


def checked_request(intake: Intake, keys, edits, added=None) -> tuple[list[str], dict]:
    errors = {}
    if not isinstance(keys, list | tuple) or not all(isinstance(key, str) for key in keys):
        raise AcceptRefused({"accept": ["Give the keys of the candidates to accept, as a list."]})
    if len(keys) > MAX_KEYS:
        raise AcceptRefused({"accept": [f"Accept at most {MAX_KEYS} candidates at once."]})
    if not isinstance(edits, dict) or not all(isinstance(e, dict) for e in edits.values()):
        raise AcceptRefused({"edits": ["Give the edits as {key: {field: value}}."]})
    by_key = intake.candidates_by_key() | (added or {})
    unknown = [key for key in dict.fromkeys(keys) if key not in by_key]
    if unknown:
        errors["accept"] = [f"This intake has no candidate “{key}”." for key in unknown[:20]]
    for key, fields in edits.items():
        if key not in by_key:
            errors.setdefault("edits", []).append(f"This intake has no candidate “{key}”.")
            continue
        kind = by_key[key][0]
        for name in fields:
            if name not in EDITABLE[kind]:
                allowed = ", ".join(sorted(EDITABLE[kind])) or "nothing"
                errors.setdefault(key, {}).setdefault(name, []).append(
                    f"This field cannot be edited here; a candidate of {kind} takes {allowed}."
                )
    if errors:
        raise AcceptRefused(errors)
    return list(dict.fromkeys(keys)), edits


class AcceptStep:
    def __init__(self, intake: Intake, edits: dict, user, added=None):
        self.intake = intake
        self.source = intake.source
        self.edits = edits
        self.user = user
        self.by_key = intake.candidates_by_key() | (added or {})
        self.accepted = intake.accepted()
        self.acceptance = Acceptance()
        self.errors: dict = {}
        # Actors of actor candidates, accepted before or in this step, by key.
        actor_records = [record for record in self.accepted.values() if record.resource == "actors"]
        IntakeRecord.load_records(actor_records)
        self.actors_by_key: dict[str, Actor] = {
            record.key: record.record for record in actor_records if record.record is not None
        }

    def run(self, keys: list[str]) -> None:
        for kind in ORDER:
            for key in keys:
                candidate_kind, candidate = self.by_key[key]
                if candidate_kind != kind:
                    continue
                if key in self.accepted:
                    self.acceptance.skipped[key] = ALREADY_ACCEPTED
                    continue
                if kind == "dates":
                    self.acceptance.skipped[key] = NOT_A_RECORD
                    continue
                self.accept_one(kind, key, candidate)

    def accept_one(self, kind: str, key: str, candidate: dict) -> None:
        values = Values(candidate, self.edits.get(key, {}))
        create = getattr(self, f"accept_{kind}")
        try:
            # A savepoint per candidate: a refused one leaves the transaction usable, so that
            # every candidate's problems are reported at once.
            with transaction.atomic():
                resource, record, created = create(key, values)
                # Whatever a reader noted undoes what was made with the value it stood for.
                values.check()
                IntakeRecord.objects.create(
                    intake=self.intake,
                    key=key,
                    resource=resource,
                    object_id=record.pk,
                    created=created,
                )
        except CandidateRefused as refused:
            for name, texts in refused.errors.items():
                self.errors.setdefault(key, {}).setdefault(name, []).extend(texts)
        except ValidationError as error:
            messages = (
                error.message_dict
                if hasattr(error, "error_dict")
                else {"non_field_errors": error.messages}
            )
            for name, texts in messages.items():
                name = "non_field_errors" if name == "__all__" else name
                self.errors.setdefault(key, {}).setdefault(name, []).extend(texts)

    def cite(self, record) -> None:
        record.sources.add(self.source)

    def audited(self, record):
        if self.user is not None:
            record._history_user = self.user
        return record

    # One method per kind: each answers (resource, record, whether it was created).

    def accept_actors(self, key, values):
        if values.edited("actor"):
            chosen = values.actor("actor")
            if chosen is not None:
                self.actors_by_key[key] = chosen
                return "actors", chosen, False
        else:
            matched = values.actor("actor")
            if matched is not None:
                self.actors_by_key[key] = matched
                return "actors", matched, False
        name = values.text("name", required=True)
        kind = values.choice("kind", Actor.Kind, default=Actor.Kind.OTHER)
        # The analyst saw the similar names beside the candidate: ticking it confirms it is new.
        short_name = values.text("short_name")
        values.check()
        actor = create_actor(confirm_new=True, name=name, kind=kind, short_name=short_name)
        self.actors_by_key[key] = actor
        self.acceptance.created["actors"].append(actor.pk)
        return "actors", actor, True

    def accept_quotes(self, key, values):
        speaker = self.person_or_body(values, "speaker", "speaker_key", "speaker_name")
        statement = Statement(
            speaker=speaker,
            date=values.date("date") or self.intake.published_on,
            text=values.text("text", required=True),
            kind=values.choice("kind", Statement.Kind, default=Statement.Kind.QUOTE),
            process=values.record("process", NegotiationProcess),
            proposal=values.record("proposal", Proposal),
        )
        self.save_cited(statement, values)
        self.acceptance.created["statements"].append(statement.pk)
        return "statements", statement, True

    def accept_meetings(self, key, values):
        participants = self.participants(values)
        if values.get("added") and len(participants) < 2 and not values.refused("participants"):
            values.note("participants", "Choose at least two participants: who met whom.")
        proposals = values.records("proposals", Proposal)
        process = values.record("process", NegotiationProcess)
        if not values.edited("process") and process is None:
            process = inferred_process(proposals, participants)
        meeting = Meeting(
            title=values.text("title", required=True),
            date=values.date("date", required=True),
            date_precision=values.choice("date_precision", DatePrecision, default="day"),
            location=self.location(values),
            process=process,
            kind=values.choice(
                "kind",
                Meeting.Kind,
                default=Meeting.Kind.BILATERAL
                if len(participants) <= 2
                else Meeting.Kind.MULTILATERAL,
            ),
            format=values.choice("format", Meeting.Format, default=Meeting.Format.IN_PERSON),
            closed_door=values.flag("closed_door"),
        )
        self.save_cited(meeting, values)
        for actor in participants:
            self.audited(Participant(meeting=meeting, actor=actor)).save()
        if proposals:
            meeting.proposals.set(proposals)
        self.acceptance.created["meetings"].append(meeting.pk)
        return "meetings", meeting, True

    def accept_events(self, key, values):
        event = Event(
            title=values.text("title", required=True),
            date=values.date("date", required=True),
            date_precision=values.choice("date_precision", DatePrecision, default="day"),
            kind=values.choice("kind", Event.Kind, default=Event.Kind.OTHER),
            location=self.location(values),
            process=values.record("process", NegotiationProcess),
        )
        self.save_cited(event, values)
        self.acceptance.created["events"].append(event.pk)
        return "events", event, True

    def accept_status_signals(self, key, values):
        respondent = self.person_or_body(values, "respondent", "respondent_key", "respondent_name")
        proposal = values.record("proposal", Proposal)
        if proposal is None and not values.refused("proposal"):
            values.note("proposal", "Choose the proposal this response is to.")
        status = values.choice("status", Response.Status, required=True)
        changed_on = values.date("changed_on")
        values.check()
        note = f"According to “{self.source}”."
        response = Response.objects.filter(proposal=proposal, respondent=respondent).first()
        if response is None:
            response = self.audited(Response(proposal=proposal, respondent=respondent))
            response.status = status
            response.full_clean()
            awaiting = status in Response.AWAITING
            response.save_with_opening_entry(
                # An awaited answer was awaited since it was asked for, not since the article.
                changed_on=None if awaiting and not values.edited("changed_on") else changed_on,
                note=note,
                sources=[self.source],
                recorded_by=self.user,
            )
            self.cite(response)
            self.acceptance.created["responses"].append(response.pk)
            return "responses", response, True
        if response.status == status:
            # The article confirms what is recorded: it becomes one more source of it.
            self.cite(self.audited(response))
            return "responses", response, False
        change = response.change_status(
            status,
            changed_on=changed_on or self.intake.published_on,
            note=note,
            sources=[self.source],
            recorded_by=self.user,
        )
        self.acceptance.created["status_changes"].append(change.pk)
        return "responses", response, True

    # Shared steps.

    def save_cited(self, record, values) -> None:
        values.check()
        record.full_clean()
        self.audited(record).save()
        self.cite(record)

    @noted()
    def person_or_body(self, values, field_name, key_field, name_field) -> Actor | None:
        """The actor a candidate names: the analyst's choice, the matched actor, or the actor
        candidate it points at once that is accepted."""
        chosen = values.get(field_name) if values.edited(field_name) else None
        if isinstance(chosen, str) and self.by_key.get(chosen, ("",))[0] == "actors":
            # The analyst chose an actor candidate of this article rather than a stored actor.
            if chosen in self.actors_by_key:
                return self.actors_by_key[chosen]
            raise EditError(
                field_name,
                f"Accept the actor candidate “{chosen}” too, or choose a recorded actor.",
            )
        actor = values.actor(field_name)
        if actor is not None or values.refused(field_name):
            return actor
        if not values.edited(field_name):
            actor_key = values.get(key_field)
            if actor_key in self.actors_by_key:
                return self.actors_by_key[actor_key]
        if not values.get(name_field) and not values.get(key_field):
            raise EditError(field_name, f"Choose the {field_name}.")
        name = values.get(name_field) or "The actor"
        hint = f" (accept the actor candidate “{values.get(key_field)}” too)"
        raise EditError(
            field_name,
            f"“{name}” is not a recorded actor: choose one{hint if values.get(key_field) else ''}.",
        )

    @noted(failed=list)
    def participants(self, values) -> list[Actor]:
        found: list[Actor] = []
        if values.edited("participants"):
            raw = values.get("participants")
            if not isinstance(raw, list):
                raise EditError("participants", "Give the participants as a list of actor ids.")
            for item in raw:
                if isinstance(item, str) and item in self.actors_by_key:
                    actor = self.actors_by_key[item]
                elif isinstance(item, str) and self.by_key.get(item, ("",))[0] == "actors":
                    raise EditError(
                        "participants",
                        f"Accept the actor candidate “{item}” too, or choose a recorded actor.",
                    )
                else:
                    actor = actor_by_id(item, "participants")
                if actor not in found:
                    found.append(actor)
            return found
        for participant in values.get("participants") or []:
            if not isinstance(participant, dict):
                continue
            actor = matched(participant.get("actor"), Actor)
            if actor is None:
                actor = self.actors_by_key.get(participant.get("actor_key"))
            if actor is None:
                raise EditError(
                    "participants",
                    f"“{participant.get('name') or 'A participant'}” is not a recorded actor: "
                    "accept their actor candidate too, or give the participants' ids.",
                )
            if actor not in found:
                found.append(actor)
        return found

    def location(self, values) -> Location | None:
        location = values.record("location", Location)
        if location is not None or values.edited("location"):
            return location
        name = values.get("location_name")
        if isinstance(name, str) and name.strip():
            return Location.objects.filter(name__iexact=name.strip()).order_by("pk").first()
        return None


def inferred_process(proposals, participants) -> NegotiationProcess | None:
    """The one process the proposals discussed belong to, else the one process the
    participants are parties to or mediate; None where that is not one process."""
    proposal_ids = [proposal.pk for proposal in proposals]
    actor_ids = [actor.pk for actor in participants]
    process_id = ProcessGuess(proposal_ids, actor_ids).process_id(proposal_ids, actor_ids)
    return NegotiationProcess.objects.filter(pk=process_id).first() if process_id else None


class ProcessGuess:
    """The processes proposals belong to and actors take part in, read in three queries for
    any number of meetings (the review guesses one for every meeting row)."""

    def __init__(self, proposal_ids, actor_ids):
        self.process_of_proposal = dict(
            Proposal.objects.filter(pk__in=proposal_ids).values_list("pk", "process_id")
        )
        self.processes_of_actor: dict[int, set[int]] = {}
        for model in (Party, Mediator):
            for actor_id, process_id in model.objects.filter(actor__in=actor_ids).values_list(
                "actor_id", "process_id"
            ):
                self.processes_of_actor.setdefault(actor_id, set()).add(process_id)

    def process_id(self, proposal_ids, actor_ids) -> int | None:
        """The id of the one process of these proposals, else of these participants."""
        processes = {
            self.process_of_proposal[pk] for pk in proposal_ids if pk in self.process_of_proposal
        }
        if not processes:
            for actor_id in actor_ids:
                processes |= self.processes_of_actor.get(actor_id, set())
        return processes.pop() if len(processes) == 1 else None


def matched(reference, model):
    """A candidate's matched record, written {"id", "name"}, as a stored record (or None)."""
    pk = referenced_id(reference)
    return model._default_manager.filter(pk=pk).first() if pk is not None else None


def referenced_id(reference) -> int | None:
    """The id a candidate's reference ({"id", "name"}, or an id) gives, if it is one."""
    if isinstance(reference, dict):
        reference = reference.get("id")
    if isinstance(reference, bool) or not isinstance(reference, int | str):
        return None
    try:
        return int(reference)
    except ValueError:
        return None


def actor_by_id(value, field_name: str) -> Actor:
    actor = record_by_id(value, Actor, field_name)
    if actor is None:
        raise EditError(field_name, "Give an actor's id.")
    return actor


def record_by_id(value, model, field_name: str):
    if value is None or value == "":
        return None
    if isinstance(value, dict):
        value = value.get("id")
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise EditError(field_name, f"Give a {model._meta.verbose_name}'s id.")
    try:
        pk = int(value)
    except ValueError as error:
        raise EditError(field_name, f"Give a {model._meta.verbose_name}'s id.") from error
    if not 0 < pk < 2**63:
        raise EditError(field_name, f"No {model._meta.verbose_name} has the id {value}.")
    record = model._default_manager.filter(pk=pk).first()
    if record is None:
        raise EditError(field_name, f"No {model._meta.verbose_name} has the id {value}.")
    return record


class Values:
    """A candidate's fields as the analyst corrected them: an edit wins over the draft."""

    def __init__(self, candidate: dict, edits: dict):
        self.candidate = candidate
        self.edits = edits
        # What the readers refused, by field: raised together by check().
        self.errors: dict[str, list[str]] = {}

    def note(self, name: str, message: str) -> None:
        self.errors.setdefault(name, []).append(message)

    def refused(self, name: str) -> bool:
        return name in self.errors

    def check(self) -> None:
        if self.errors:
            raise CandidateRefused(self.errors)

    def edited(self, name: str) -> bool:
        return name in self.edits

    def get(self, name: str):
        return self.edits[name] if name in self.edits else self.candidate.get(name)

    @noted()
    def text(self, name: str, *, required: bool = False) -> str:
        value = self.get(name)
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise EditError(name, "Give a text.")
        if required and not value.strip():
            raise EditError(name, "This field is required.")
        return value.strip()

    @noted()
    def date(self, name: str, *, required: bool = False) -> datetime.date | None:
        value = self.get(name)
        if value in (None, ""):
            if required:
                raise EditError(name, "Give the date (YYYY-MM-DD).")
            return None
        if isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value)
            except ValueError:
                pass
        raise EditError(name, f"“{value}” is not a date: write it as YYYY-MM-DD.")

    @noted()
    def choice(self, name: str, choices, *, default=None, required: bool = False) -> str:
        value = self.get(name)
        if value in (None, "") and not required:
            return default
        if value not in choices.values:
            allowed = ", ".join(choices.values)
            raise EditError(name, f"“{value}” is not one of the choices: {allowed}.")
        return value

    @noted()
    def flag(self, name: str) -> bool:
        value = self.get(name)
        if value in (None, ""):
            return False
        if not isinstance(value, bool):
            raise EditError(name, "Give true or false.")
        return value

    @noted()
    def record(self, name: str, model):
        if self.edited(name):
            return record_by_id(self.edits[name], model, name)
        return matched(self.candidate.get(name), model)

    @noted(failed=list)
    def records(self, name: str, model) -> list:
        if self.edited(name):
            raw = self.edits[name]
            if not isinstance(raw, list):
                raise EditError(name, f"Give a list of {model._meta.verbose_name_plural}' ids.")
            found = [record_by_id(item, model, name) for item in raw]
            return list(dict.fromkeys(record for record in found if record is not None))
        found = [matched(item, model) for item in self.candidate.get(name) or []]
        return list(dict.fromkeys(record for record in found if record is not None))

    def actor(self, name: str) -> Actor | None:
        return self.record(name, Actor)
