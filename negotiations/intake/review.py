"""The review page's reading of an intake: the article with every candidate marked in place, and
one form row per candidate; and the way back from the submitted form to accept()'s keys and
edits. Works without JavaScript: every choice is a plain form control."""

import hashlib
import itertools
import json
from dataclasses import dataclass, field

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from negotiations.intake.accept import ADDABLE, ADDED_PREFIX, ProcessGuess, referenced_id
from negotiations.models import (
    Actor,
    DatePrecision,
    Event,
    Intake,
    Location,
    NegotiationProcess,
    Proposal,
    Response,
)
from negotiations.models.intake import CANDIDATE_KINDS

KIND_LABELS = {
    "actors": ("Actors", "actor"),
    "quotes": ("Quotes", "quote"),
    "dates": ("Dates", "date"),
    "meetings": ("Meetings", "meeting"),
    "events": ("Events", "event"),
    "status_signals": ("Responses to proposals", "response"),
}
# What the analyst adds for the draft's misses: on unseen text the rules miss about half the
# meetings and more of the responses, so each group ends with a few empty rows, as an admin
# inline offers its extra forms, and several misses are added in one step.
ADDED_ORDINALS = ("A", "A second", "A third")
ADDED_ROWS_PER_KIND = len(ADDED_ORDINALS)
ADDED_NOUNS = {"meetings": "meeting", "status_signals": "response"}
# How many proposals a select offers; more are reached by id.
MAX_OFFERED = 200
NEW_ACTOR = "new"


@dataclass
class Row:
    """One candidate as the review form shows it."""

    html_id: str
    key: str
    kind: str
    candidate: dict
    number: int
    done: object = None  # the IntakeRecord once accepted
    checked: bool = False
    errors: dict = field(default_factory=dict)
    has_span: bool = False
    inferred_process_id: int | None = None
    # {select's field: the value it shows selected}, as strings (see select_defaults).
    selected: dict = field(default_factory=dict)

    @property
    def anchor(self) -> str:
        return f"row-{self.html_id}"

    @property
    def mark_id(self) -> str:
        return f"mark-{self.html_id}"

    @property
    def is_record(self) -> bool:
        return self.kind != "dates"

    @property
    def is_added(self) -> bool:
        return bool(self.candidate.get("added"))

    @property
    def summary(self) -> str:
        c = self.candidate
        if self.is_added:
            return f"{ADDED_ORDINALS[self.number]} {ADDED_NOUNS[self.kind]} the draft missed"
        if self.kind == "actors":
            return str(c.get("name") or "")
        if self.kind == "quotes":
            return f"“{c.get('text') or ''}” ({c.get('speaker_name') or 'speaker unknown'})"
        if self.kind == "dates":
            return f"{c.get('text') or ''} → {c.get('date') or '?'} ({c.get('precision') or 'day'})"
        if self.kind == "status_signals":
            return (
                f"{c.get('respondent_name') or '?'}: {c.get('status') or '?'} "
                f"on {(c.get('proposal') or {}).get('name') or 'a proposal'}"
            )
        return str(c.get("title") or "")

    def name(self, field_name: str) -> str:
        return f"{self.html_id}-{field_name}"

    def value(self, field_name: str):
        return self.candidate.get(field_name)

    def matched_id(self, field_name: str):
        matched = self.candidate.get(field_name)
        return matched.get("id") if isinstance(matched, dict) else None


def rows_of(intake: Intake, errors: dict | None = None, accepted: dict | None = None) -> list[Row]:
    """Every candidate, numbered in the order of CANDIDATE_KINDS (ids c1, c2...: candidate keys
    may hold any character, an HTML id may not); `accepted` is intake.accepted() where the
    caller has read it."""
    accepted = intake.accepted() if accepted is None else accepted
    errors = errors or {}
    rows, number = [], 0
    for kind in CANDIDATE_KINDS:
        for candidate in intake.candidate_list(kind):
            number += 1
            key = candidate["key"]
            row_errors = errors.get(key)
            rows.append(
                Row(
                    html_id=f"c{number}",
                    key=key,
                    kind=kind,
                    candidate=candidate,
                    number=number,
                    done=accepted.get(key),
                    checked=is_confident(kind, candidate),
                    errors=row_errors if isinstance(row_errors, dict) else {},
                )
            )
    return rows


def prepare_rows(rows: list[Row], choices: "Choices", data=None) -> None:
    """Fill in what the form shows beyond the candidates: the process each meeting's proposals
    or participants belong to, each select's choice, and, when the page comes back with errors,
    what the analyst ticked, typed and chose in the posted form."""
    meetings = {row.key: meeting_references(row) for row in rows if row.kind == "meetings"}
    guess = ProcessGuess(
        [pk for proposal_ids, _ in meetings.values() for pk in proposal_ids],
        [pk for _, actor_ids in meetings.values() for pk in actor_ids],
    )
    for row in rows:
        if row.kind == "meetings":
            row.inferred_process_id = guess.process_id(*meetings[row.key])
        row.selected = select_defaults(row, choices)
        if data is not None:
            row.checked = row.html_id in data.getlist("accept")
            if row.is_record and row.done is None:
                row.candidate = as_posted(row, data)
                row.selected = posted_selections(row, data)


def meeting_references(row: Row) -> tuple[list[int], list[int]]:
    """The ids of the proposals a meeting candidate discussed and of its matched participants."""
    proposal_ids = [referenced_id(proposal) for proposal in row.value("proposals") or []]
    actor_ids = [
        referenced_id(participant.get("actor"))
        for participant in row.value("participants") or []
        if isinstance(participant, dict)
    ]
    return [pk for pk in proposal_ids if pk], [pk for pk in actor_ids if pk]


def added_rows(data=None, errors: dict | None = None) -> list[Row]:
    """ADDED_ROWS_PER_KIND empty rows per kind the analyst may add, for what the draft missed
    (ids new-meetings, new-meetings-2...). When the page comes back with errors they hold what
    was posted, with the errors of each addition."""
    rows = []
    for kind, number in itertools.product(ADDABLE, range(ADDED_ROWS_PER_KIND)):
        html_id = f"new-{kind.replace('_', '-')}"
        row = Row(
            html_id=f"{html_id}-{number + 1}" if number else html_id,
            key="",
            kind=kind,
            candidate={"added": True},
            number=number,
        )
        if data is not None and row.html_id in data.getlist("accept"):
            row.checked = True
            row.candidate = as_posted(row, data)
            row.selected = posted_selections(row, data)
            row.errors = (errors or {}).get(added_key(kind, edits_of(row, data))) or {}
            if not isinstance(row.errors, dict):
                row.errors = {}
        rows.append(row)
    return rows


def added_key(kind: str, edits: dict) -> str:
    """An addition's key, from what it records: the same addition posted twice (a resent form)
    has the same key, and accept() creates it once."""
    digest = hashlib.sha256(json.dumps([kind, edits], sort_keys=True).encode()).hexdigest()
    return f"{ADDED_PREFIX}{kind}-{digest[:16]}"


def as_posted(row: Row, data) -> dict:
    """The row's candidate as the analyst left it in the posted form, for the page that comes
    back with errors: what they corrected stays corrected, what they unticked stays unticked."""

    def given(name):
        return (data.get(row.name(name)) or "").strip()

    c = dict(row.candidate)
    c["typed"] = {name: given(name) for name in ("actor_id", "speaker_id", "respondent_id")}
    if row.kind == "actors":
        c |= {"name": given("name"), "kind": given("kind")}
    elif row.kind == "quotes":
        c |= {"date": given("date")}
    elif row.kind in ("meetings", "events"):
        c |= {
            "title": given("title"),
            "date": given("date"),
            "date_precision": given("date_precision"),
            "kind": given("kind"),
            "closed_door": data.get(row.name("closed_door")) == "on",
            "participants_extra": given("participants_extra"),
        }
        ticked = data.getlist(row.name("participants"))
        c["chosen_participants"] = ticked
        c["participants"] = [
            participant | {"unticked": participant_value(participant) not in ticked}
            for participant in c.get("participants") or []
            if isinstance(participant, dict)
        ]
        proposals = data.getlist(row.name("proposals"))
        c["chosen_proposals"] = proposals
        c["proposals"] = [
            proposal | {"unticked": str(proposal.get("id")) not in proposals}
            for proposal in c.get("proposals") or []
            if isinstance(proposal, dict)
        ]
    elif row.kind == "status_signals":
        c |= {"status": given("status"), "changed_on": given("changed_on")}
    return c


# The selects of each kind's row; what each one shows selected is in Row.selected.
SELECTS = {
    "actors": ("actor",),
    "quotes": ("speaker",),
    "meetings": ("process", "location"),
    "events": ("process",),
    "status_signals": ("respondent", "proposal"),
}


def select_defaults(row: Row, choices: "Choices") -> dict[str, str]:
    """What the row's selects show before the analyst changes them: the draft's match, a new
    actor's key, the inferred process, the recorded place of the name the text gives."""
    c = row.candidate

    def matched_or(name, fallback=""):
        return str(row.matched_id(name)) if row.matched_id(name) else fallback

    def new_actor(key_field):
        return f"key:{c[key_field]}" if c.get(key_field) else ""

    if row.kind == "actors":
        return {"actor": matched_or("actor", NEW_ACTOR)}
    if row.kind == "quotes":
        return {"speaker": matched_or("speaker", new_actor("speaker_key"))}
    if row.kind == "status_signals":
        return {
            "respondent": matched_or("respondent", new_actor("respondent_key")),
            "proposal": matched_or("proposal"),
        }
    named = str(c.get("location_name") or "").casefold()
    by_name = next(
        (str(place.pk) for place in choices.locations if named and place.name.casefold() == named),
        "",
    )
    return {
        "process": str(row.inferred_process_id or ""),
        "location": matched_or("location", by_name),
    }


def posted_selections(row: Row, data) -> dict[str, str]:
    return {name: (data.get(row.name(name)) or "").strip() for name in SELECTS[row.kind]}


def participant_value(participant: dict) -> str:
    """A participant's checkbox value: a recorded actor's id, or a new actor's key."""
    if isinstance(participant.get("actor"), dict):
        return str(participant["actor"].get("id"))
    return f"key:{participant.get('actor_key')}"


def is_confident(kind: str, candidate: dict) -> bool:
    """Ticked by default: what the draft matched to records, and new actors with no similar
    name recorded. What needs the analyst's judgement starts unticked."""
    if kind == "actors":
        return bool(candidate.get("actor")) or not candidate.get("similar")
    if kind == "quotes":
        return bool(candidate.get("speaker") or candidate.get("speaker_key"))
    if kind == "meetings":
        return bool(candidate.get("date"))
    if kind == "events":
        return bool(candidate.get("date"))
    if kind == "status_signals":
        return bool(candidate.get("proposal")) and bool(
            candidate.get("respondent") or candidate.get("respondent_key")
        )
    return False


def valid_span(row: Row, length: int) -> tuple[int, int] | None:
    span = row.candidate.get("span")
    if (
        isinstance(span, list | tuple)
        and len(span) == 2
        and all(isinstance(n, int) and not isinstance(n, bool) for n in span)
        and 0 <= span[0] < span[1] <= length
    ):
        return span[0], span[1]
    return None


def highlighted_article(text: str, rows: list[Row]) -> SafeString:
    """The text, escaped, with each candidate in a <mark> and, where it ends, a numbered link to
    its form row. Overlapping candidates (a name inside a quote) nest; a candidate crossing
    another's edge is cut into pieces, the first carrying its id."""
    spans = [(span, row) for row in rows if (span := valid_span(row, len(text)))]
    for _span, row in spans:
        row.has_span = True
    cuts = sorted({0, len(text), *(n for span, _row in spans for n in span)})
    ends_at: dict[int, list[Row]] = {}
    for (_start, end), row in spans:
        ends_at.setdefault(end, []).append(row)
    started: set[str] = set()
    pieces = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = sorted(
            (row for (s, e), row in spans if s <= start and end <= e),
            key=lambda row: (valid_span(row, len(text))[0], -valid_span(row, len(text))[1]),
        )
        opening = []
        for row in covering:
            id_attr = ""
            if row.html_id not in started:
                started.add(row.html_id)
                id_attr = f' id="{row.mark_id}"'
            opening.append(f'<mark class="candidate candidate-{row.kind}"{id_attr}>')
        pieces.append("".join(opening) + escape(text[start:end]) + "</mark>" * len(covering))
        for row in ends_at.get(end, []):
            label = KIND_LABELS[row.kind][1]
            pieces.append(
                format_html(
                    '<a class="candidate-ref" href="#{}" aria-label="{} {}: {}">{}</a>',
                    row.anchor,
                    label.capitalize(),
                    row.number,
                    row.summary,
                    row.number,
                )
            )
    paragraphs = "".join(pieces).split("\n\n")
    return mark_safe(
        "".join(f"<p>{p.strip().replace(chr(10), '<br>')}</p>" for p in paragraphs if p.strip())
    )


@dataclass
class Choices:
    """What the selects of the review form offer."""

    actors: list
    processes: list
    proposals: list
    locations: list


def choices_for(rows: list[Row]) -> Choices:
    """The actors the article names (matched or similar), the processes, and the proposals and
    locations the candidates matched plus the recorded ones (up to MAX_OFFERED)."""
    actor_ids = set()
    for row in rows:
        for name in ("actor", "speaker", "respondent"):
            if row.matched_id(name):
                actor_ids.add(row.matched_id(name))
        for similar in row.candidate.get("similar") or []:
            if isinstance(similar, dict) and similar.get("id"):
                actor_ids.add(similar["id"])
        for participant in row.candidate.get("participants") or []:
            if isinstance(participant, dict) and isinstance(participant.get("actor"), dict):
                actor_ids.add(participant["actor"].get("id"))
    actor_ids = {pk for pk in actor_ids if isinstance(pk, int)}
    return Choices(
        actors=list(Actor.objects.filter(pk__in=actor_ids).order_by("name")),
        processes=list(NegotiationProcess.objects.order_by("title")[:MAX_OFFERED]),
        proposals=list(Proposal.objects.order_by("-announced_on", "title")[:MAX_OFFERED]),
        locations=list(Location.objects.order_by("name")[:MAX_OFFERED]),
    )


def article_actors(rows: list[Row], choices: Choices) -> list[tuple[str, str]]:
    """What an added record's actor controls offer, as (value, label): the actors the article
    names, recorded ones by id, and its new actor candidates by key (they are created first
    when ticked too)."""
    actor_rows = [row for row in rows if row.kind == "actors"]
    accepted_ids = [row.done.object_id for row in actor_rows if row.done is not None]
    offered = {
        str(pk): name
        for pk, name in Actor.objects.filter(pk__in=accepted_ids).values_list("pk", "name")
    }
    for actor in choices.actors:
        offered.setdefault(str(actor.pk), actor.name)
    for row in actor_rows:
        if row.done is None and not row.matched_id("actor"):
            name = row.candidate.get("name") or "?"
            offered.setdefault(f"key:{row.key}", f"{name} (new actor of this article)")
    return sorted(offered.items(), key=lambda item: str(item[1]).casefold())


CHOICE_LISTS = {
    "actor_kinds": Actor.Kind.choices,
    "precisions": DatePrecision.choices,
    "event_kinds": Event.Kind.choices,
    "response_statuses": Response.Status.choices,
}


def submitted(rows: list[Row], data) -> tuple[list[str], dict, dict]:
    """The keys ticked in the posted form, the corrections each one's controls carry, and the
    analyst's additions ({key: kind}, their fields among the edits)."""
    by_id = {row.html_id: row for row in rows if row.is_record and row.done is None}
    chosen = [by_id[html_id] for html_id in data.getlist("accept") if html_id in by_id]
    keys, edits, additions = [], {}, {}
    for row in chosen:
        keys.append(row.key)
        edits[row.key] = edits_of(row, data)
    for row in added_rows():
        if row.html_id in data.getlist("accept"):
            fields = edits_of(row, data)
            key = added_key(row.kind, fields)
            additions[key] = row.kind
            edits[key] = fields
    return keys, edits, additions


def edits_of(row: Row, data) -> dict:
    def given(name):
        return (data.get(row.name(name)) or "").strip()

    def actor_choice(name):
        """An actor select (an id, or `key:<actor candidate>`), overridden by the id typed in
        the box beside it. None when the draft's own value stands."""
        typed = given(f"{name}_id")
        if typed:
            return typed
        chosen = given(name)
        if chosen.startswith("key:"):
            return chosen.removeprefix("key:")
        if chosen == NEW_ACTOR:
            return None
        return chosen or None

    edits: dict = {}
    if row.kind == "actors":
        choice = actor_choice("actor")
        edits["actor"] = choice
        if choice is None:
            edits["name"] = given("name")
            edits["kind"] = given("kind")
    elif row.kind == "quotes":
        edits["speaker"] = actor_choice("speaker")
        edits["date"] = given("date") or None
    elif row.kind in ("meetings", "events"):
        edits["title"] = given("title")
        edits["date"] = given("date") or None
        edits["date_precision"] = given("date_precision")
        # An added meeting left without a process takes the one its proposals or participants
        # belong to, as a drafted one does.
        if given("process") or not row.is_added:
            edits["process"] = given("process") or None
        if row.kind == "meetings":
            edits["location"] = given("location") or None
            participants = [p.removeprefix("key:") for p in data.getlist(row.name("participants"))]
            extra = given("participants_extra")
            participants += [pk.strip() for pk in extra.split(",") if pk.strip()]
            edits["participants"] = participants
            edits["proposals"] = data.getlist(row.name("proposals"))
            edits["closed_door"] = data.get(row.name("closed_door")) == "on"
        else:
            edits["kind"] = given("kind")
    elif row.kind == "status_signals":
        edits["respondent"] = actor_choice("respondent")
        edits["proposal"] = given("proposal") or None
        edits["status"] = given("status")
        edits["changed_on"] = given("changed_on") or None
    # An actor select left on the draft's value is no correction.
    return {
        name: value
        for name, value in edits.items()
        if not (name in ("speaker", "respondent") and value is None)
    }
