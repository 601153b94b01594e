"""Scoring drafted candidates against annotated articles (tests/intake/articles/README.md).

For each article the `known` records are created inside a transaction that is rolled back, the
candidates are drafted, and each kind is scored:

- precision: the share of candidates that match some expected item;
- recall: the share of expected items that some candidate matches;
- speaker attribution: among expected quotes that a candidate matches, the share whose
  candidate names the expected speaker (or none, where the annotation says null).

Several candidates may match one expected item (an actor named three times is one expected
actor; "on Monday" written twice and annotated once): both count as right. The matching rules
per kind are in README.md beside the articles.
"""

import datetime
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.test.utils import override_settings

from negotiations.intake.extract import CANDIDATE_KINDS, draft_candidates
from negotiations.intake.gazetteer import country_code_by_name
from negotiations.models import (
    Actor,
    Location,
    NegotiationProcess,
    Position,
    Proposal,
)
from negotiations.names import normalize_name

SCORED_KINDS = CANDIDATE_KINDS


class _RollBack(Exception):
    pass


@dataclass
class KindScore:
    candidates: int = 0
    right_candidates: int = 0
    expected: int = 0
    found_expected: int = 0
    missed: list = field(default_factory=list)
    wrong: list = field(default_factory=list)
    # Beside each missed meeting or status signal, how the nearest candidate differs from it
    # ("date: drafted 2024-06-09"), else "not drafted"; counted by cause over an article.
    missed_why: list = field(default_factory=list)
    missed_because: Counter = field(default_factory=Counter)

    @property
    def precision(self) -> float | None:
        return self.right_candidates / self.candidates if self.candidates else None

    @property
    def recall(self) -> float | None:
        return self.found_expected / self.expected if self.expected else None

    def add(self, other: "KindScore") -> None:
        self.candidates += other.candidates
        self.right_candidates += other.right_candidates
        self.expected += other.expected
        self.found_expected += other.found_expected
        self.missed_because.update(other.missed_because)


@dataclass
class ArticleScore:
    name: str
    kinds: dict[str, KindScore] = field(
        default_factory=lambda: {k: KindScore() for k in SCORED_KINDS}
    )
    speakers_right: int = 0
    speakers_scored: int = 0
    wrong_speakers: list = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float | None:
        return self.speakers_right / self.speakers_scored if self.speakers_scored else None

    def as_dict(self) -> dict:
        return {
            "article": self.name,
            "kinds": {
                kind: {
                    "precision": score.precision,
                    "recall": score.recall,
                    "candidates": score.candidates,
                    "right_candidates": score.right_candidates,
                    "expected": score.expected,
                    "found_expected": score.found_expected,
                    "missed": score.missed,
                    "missed_why": score.missed_why,
                    "missed_because": dict(score.missed_because),
                    "wrong": score.wrong,
                }
                for kind, score in self.kinds.items()
            },
            "speaker_accuracy": self.speaker_accuracy,
            "speakers_right": self.speakers_right,
            "speakers_scored": self.speakers_scored,
            "wrong_speakers": self.wrong_speakers,
        }


def annotated_articles(folder: Path) -> list[tuple[str, str, dict]]:
    """(name, text, annotation) for every NAME.txt with a NAME.json beside it, by name."""
    found = []
    for text_path in sorted(Path(folder).glob("*.txt")):
        annotation_path = text_path.with_suffix(".json")
        if not annotation_path.exists():
            continue
        annotation = json.loads(annotation_path.read_text(encoding="utf-8"))
        found.append((text_path.stem, text_path.read_text(encoding="utf-8"), annotation))
    return found


def evaluate_folder(folder: Path) -> tuple[list[ArticleScore], ArticleScore]:
    scores = [
        evaluate_article(name, text, annotation)
        for name, text, annotation in annotated_articles(folder)
    ]
    total = ArticleScore("total")
    for score in scores:
        for kind in SCORED_KINDS:
            total.kinds[kind].add(score.kinds[kind])
        total.speakers_right += score.speakers_right
        total.speakers_scored += score.speakers_scored
    return scores, total


def evaluate_article(name: str, text: str, annotation: dict) -> ArticleScore:
    published_on = datetime.date.fromisoformat(annotation["published_on"])
    try:
        with transaction.atomic():
            # The known records are rolled back with the draft: their audit history (a third
            # of the time spent creating them) would be written only to be thrown away.
            with override_settings(SIMPLE_HISTORY_ENABLED=False):
                create_known(annotation.get("known", {}), published_on)
            candidates = draft_candidates(text, published_on, annotation.get("language") or "en")
            raise _RollBack(candidates)
    except _RollBack as rollback:
        candidates = rollback.args[0]
    return score_article(name, text, candidates, annotation.get("expected", {}))


def create_known(known: dict, published_on: datetime.date) -> None:
    actors = {}
    for data in known.get("actors", []):
        actor = Actor(
            name=data["name"],
            kind=data.get("kind") or Actor.Kind.OTHER,
            short_name=data.get("short_name", ""),
            aliases=list(data.get("aliases", [])),
            country=_country_code(data.get("country")),
        )
        actor.save()
        actors[data["name"]] = (actor, data)
    for data in known.get("actors", []):
        if data.get("parent") in actors:
            actor = actors[data["name"]][0]
            actor.parent = actors[data["parent"]][0]
            actor.save(update_fields=["parent"])
    # A list: an organisation not itself known is added to `actors` on the way.
    for actor, data in list(actors.values()):
        for position in data.get("positions", []):
            organization = actors.get(position["organisation"])
            if organization is None:
                organization = (
                    Actor.objects.create(name=position["organisation"], kind="other"),
                    {},
                )
                actors[position["organisation"]] = organization
            Position.objects.create(
                person=actor,
                organization=organization[0],
                title=position["title"],
                start=_date_or_none(position.get("start")),
                end=_date_or_none(position.get("end")),
            )
    for data in known.get("locations", []):
        Location.objects.create(
            name=data["name"],
            kind=data.get("kind", Location.Kind.CITY),
            country=_country_code(data.get("country")),
        )
    if known.get("proposals"):
        process = NegotiationProcess(title="Evaluation process", started_on=published_on)
        process.save_with_opening_entry()
        for data in known["proposals"]:
            announced_by = actors.get(data.get("announced_by"))
            proposal = Proposal(
                process=process,
                title=data["title"],
                short_name=data.get("short_name", ""),
                announced_on=_date_or_none(data.get("announced_on")),
                announced_by=announced_by[0] if announced_by else None,
            )
            proposal.save_with_opening_entry(changed_on=proposal.announced_on or published_on)


def _country_code(value) -> str:
    """A location's or actor's country, given as an ISO code ("EG") or a name ("Egypt")."""
    if value and re.fullmatch(r"[A-Z]{2}", value):
        return value
    return country_code_by_name(value or "") or ""


def _date_or_none(value):
    return datetime.date.fromisoformat(value) if value else None


# -- matching -----------------------------------------------------------------------------


def _spans_of(text: str, written: str, flags: int = 0) -> list[tuple[int, int]]:
    if not written:
        return []
    return [(m.start(), m.end()) for m in re.finditer(re.escape(written), text, flags)]


def _overlaps(span, spans) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def _same_date(
    candidate_date: str | None,
    candidate_precision: str | None,
    expected: str,
    expected_precision: str,
) -> bool:
    """The expected date is YYYY-MM-DD, YYYY-MM or YYYY; the candidate's ISO day is compared at
    the expected precision, and its precision must be the same."""
    if not expected:
        return True  # an undated item is matched on its other fields
    if not candidate_date:
        return False
    if candidate_precision and expected_precision and candidate_precision != expected_precision:
        return False
    return (
        candidate_date[: len(expected)] == expected
        if len(expected) < 10
        else candidate_date == expected
    )


def _expected_precision(item: dict, field: str = "date") -> str:
    value = item.get(field) or ""
    return (
        item.get("precision")
        or item.get("date_precision")
        or {4: "year", 7: "month"}.get(len(value), "day")
    )


class _Names:
    """Which expected actor a candidate's actor is: by the recorded actor's name, else by the
    new actor's name or any of its mentions, compared in the normal form."""

    def __init__(self, expected_actors: list[dict]):
        self.by_normal = {}
        for item in expected_actors:
            for name in [item["name"], *item.get("mentions", [])]:
                self.by_normal.setdefault(normalize_name(name), item["name"])

    def canonical(self, record: dict | None, written: str | None = None) -> str | None:
        if record:
            return self.by_normal.get(normalize_name(record["name"]), record["name"])
        if written:
            return self.by_normal.get(normalize_name(written), written)
        return None


def score_article(name: str, text: str, candidates: dict, expected: dict) -> ArticleScore:
    score = ArticleScore(name)
    names = _Names(expected.get("actors", []))
    mention_spans = {
        item["name"]: [
            s for m in [item["name"], *item.get("mentions", [])] for s in _spans_of(text, m)
        ]
        for item in expected.get("actors", [])
    }
    actor_names_by_key = {}
    for candidate in candidates.get("actors", []):
        name = names.canonical(candidate["actor"], candidate["name"])
        if candidate["actor"] is None and name not in mention_spans:
            # A new actor offered under a shorter name than the annotation's ("Eisenhower" at
            # "President Eisenhower" for "Dwight D. Eisenhower") is found by the actors score,
            # which matches its place in the text; the meetings, quotes and signals that name it
            # name that actor too, when its place is a mention of one expected actor only
            written_at = [
                expected_name
                for expected_name, spans in mention_spans.items()
                if _overlaps(tuple(candidate["span"]), spans)
            ]
            if len(written_at) == 1:
                name = written_at[0]
        actor_names_by_key[candidate["key"]] = name

    def who(record, written, key=None):
        if record:
            return names.canonical(record)
        if key and key in actor_names_by_key:
            return actor_names_by_key[key]
        return names.canonical(None, written)

    _score(
        score.kinds["actors"],
        candidates.get("actors", []),
        expected.get("actors", []),
        lambda c, e: (
            actor_names_by_key[c["key"]] == e["name"]
            or _overlaps(tuple(c["span"]), mention_spans[e["name"]])
        ),
        describe=lambda item: item.get("name"),
    )
    _score(
        score.kinds["quotes"],
        candidates.get("quotes", []),
        expected.get("quotes", []),
        lambda c, e: (
            _same_passage(c["text"], e["text"])
            or _overlaps(tuple(c["span"]), _spans_of(text, e["text"]))
        ),
        describe=lambda item: item.get("text", "")[:40],
    )
    for item in expected.get("quotes", []):
        matching = [
            c for c in candidates.get("quotes", []) if _same_passage(c["text"], item["text"])
        ]
        if not matching:
            continue
        said = who(
            matching[0]["speaker"], matching[0]["speaker_name"], matching[0].get("speaker_key")
        )
        score.speakers_scored += 1
        if (said or None) == (item.get("speaker") or None):
            score.speakers_right += 1
        else:
            score.wrong_speakers.append(
                {"text": item["text"][:40], "expected": item.get("speaker"), "drafted": said}
            )
    _score(
        score.kinds["dates"],
        candidates.get("dates", []),
        expected.get("dates", []),
        lambda c, e: (
            # "On Monday" opening a sentence is an occurrence of an annotated "on Monday": the
            # case of a date expression never changes the day it names
            _overlaps(tuple(c["span"]), _spans_of(text, e["text"], re.IGNORECASE))
            and _same_date(c["date"], c["precision"], e["date"], _expected_precision(e))
        ),
        describe=lambda item: f"{item.get('text')}={item.get('date')}",
    )

    def people(meeting):
        return {who(p["actor"], p["name"], p.get("actor_key")) for p in meeting["participants"]}

    def same_meeting_date(candidate, item):
        return _same_date(
            candidate["date"], candidate["date_precision"], item["date"], _expected_precision(item)
        )

    def meeting_near_miss(candidate, item) -> str | None:
        drafted, wanted = people(candidate), set(item["participants"])
        if _same_people(drafted, wanted):
            return f"date: drafted {candidate['date']} ({candidate['date_precision']})"
        if same_meeting_date(candidate, item) and drafted & wanted:
            return f"participants: drafted {', '.join(sorted(map(str, drafted)))}"
        return None

    _score(
        score.kinds["meetings"],
        candidates.get("meetings", []),
        expected.get("meetings", []),
        lambda c, e: same_meeting_date(c, e) and _same_people(people(c), set(e["participants"])),
        describe=lambda item: item.get("title") or ", ".join(item.get("participants", [])),
        near_miss=meeting_near_miss,
    )
    _score(
        score.kinds["events"],
        candidates.get("events", []),
        expected.get("events", []),
        lambda c, e: (
            _same_date(c["date"], c["date_precision"], e["date"], _expected_precision(e))
            and _share_a_word(c["title"], e["title"])
        ),
        describe=lambda item: item.get("title"),
    )

    def signal_differences(candidate, item) -> dict:
        drafted = {
            "status": candidate["status"],
            "respondent": who(
                candidate["respondent"],
                candidate["respondent_name"],
                candidate.get("respondent_key"),
            ),
            "proposal": (candidate["proposal"] or {}).get("name"),
            "changed_on": candidate["changed_on"] if item.get("changed_on") else None,
        }
        wanted = {
            "status": item["status"],
            "respondent": item["respondent"],
            "proposal": item.get("proposal"),
            "changed_on": item.get("changed_on"),
        }
        return {name: value for name, value in drafted.items() if value != wanted[name]}

    def signal_near_miss(candidate, item) -> str | None:
        differences = signal_differences(candidate, item)
        if len(differences) != 1:
            return None
        ((name, value),) = differences.items()
        return f"{name}: drafted {value}"

    def describe_signal(item) -> str:
        if "respondent_name" not in item:  # an expected signal: its canonical names
            # with its proposal and day, written as a wrong draft's are, so that a miss can be
            # told from its twin on another text and set beside the draft that came nearest
            proposal = item.get("proposal") or "no recorded proposal"
            return f"{item['respondent']}: {item['status']} ({proposal}, {item.get('changed_on')})"
        # a drafted one as it would be recorded, not as the text writes it ("Blinken" answers
        # for the United States), with what else a wrong draft may differ in
        respondent = who(item["respondent"], item["respondent_name"], item.get("respondent_key"))
        proposal = (item["proposal"] or {}).get("name", "no recorded proposal")
        return f"{respondent}: {item['status']} ({proposal}, {item['changed_on']})"

    _score(
        score.kinds["status_signals"],
        candidates.get("status_signals", []),
        expected.get("status_signals", []),
        lambda c, e: not signal_differences(c, e),
        describe=describe_signal,
        near_miss=signal_near_miss,
    )
    return score


def _score(kind_score: KindScore, candidates, expected, matches, describe, near_miss=None) -> None:
    kind_score.candidates = len(candidates)
    kind_score.expected = len(expected)
    # the drafts that match nothing expected: only these can explain a miss, since a draft
    # that rightly records another meeting or answer is not a near miss of this one
    unmatched = []
    for candidate in candidates:
        if any(matches(candidate, item) for item in expected):
            kind_score.right_candidates += 1
        else:
            kind_score.wrong.append(describe(candidate))
            unmatched.append(candidate)
    for item in expected:
        if any(matches(candidate, item) for candidate in candidates):
            kind_score.found_expected += 1
            continue
        kind_score.missed.append(describe(item))
        if near_miss is None:
            continue
        nearest = next(
            (why for candidate in unmatched if (why := near_miss(candidate, item))),
            "not drafted",
        )
        kind_score.missed_why.append(nearest)
        kind_score.missed_because[nearest.split(":")[0]] += 1


def _normal_text(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _same_passage(drafted: str, expected: str) -> bool:
    drafted, expected = _normal_text(drafted), _normal_text(expected)
    return bool(drafted and expected) and (
        drafted == expected or drafted in expected or expected in drafted
    )


def _same_people(drafted: set, expected: set) -> bool:
    """At least two participants in common, and at least half of all named on either side."""
    shared = drafted & expected
    return len(shared) >= 2 and len(shared) * 2 >= len(drafted | expected)


_STOP = {"the", "a", "an", "of", "in", "on", "and", "to", "with", "for", "by", "its", "their"}


def _share_a_word(first: str, second: str) -> bool:
    def words(text):
        return {
            w for w in re.findall(r"\w+", (text or "").casefold()) if w not in _STOP and len(w) > 2
        }

    stems = lambda ws: {w[:5] for w in ws}  # noqa: E731
    return bool(stems(words(first)) & stems(words(second)))
