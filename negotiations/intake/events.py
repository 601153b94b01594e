"""Developments that are not meetings: a war breaking out, a crossing seized, a treaty signed,
hostages freed. An event is an event verb with a date in its clause ("since war broke out in
early October"), or dated by a duration back from the publication date ("closed for a month
since Israeli troops seized its Palestinian side" is a month before it, at month precision).
Its title is the clause around the verb, as written."""

import datetime
import re
from dataclasses import dataclass

from negotiations.intake.document import Document

_KINDS = [
    (
        "military",
        r"(?:war|conflict|fighting|insurgency|uprising)(?:,\s+which)?\s+(?:began|started|erupted|broke\s+out)|"
        r"war\s+(?:broke|breaks)\s+out|(?:launched|began|started)\s+(?:an?\s+)?(?:offensive|invasion|war|assault|attack)|invaded|attacked|bombed|shelled|struck|seized|captured|took\s+control\s+of|killed|clashes?\s+erupted",
    ),
    (
        "hostage_release",
        r"(?:released|freed|handed\s+over)\s+(?:\w+\s+){0,3}?(?:hostages|captives|prisoners|detainees)",
    ),
    (
        "ceasefire",
        r"(?:ceasefire|truce)\s+(?:took|takes)\s+effect|(?:ceasefire|truce)\s+(?:collapsed|broke\s+down|expired)|declared\s+a\s+(?:ceasefire|truce)",
    ),
    (
        "political",
        r"signed\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:peace\s+)?(?:treaty|agreement|accord|deal)|sign\s+(?:an?\s+|the\s+)?(?:peace\s+)?(?:treaty|agreement|accord)|resigned|was\s+elected|won\s+(?:the\s+)?election|(?:was|were)\s+sworn\s+in",
    ),
    ("resolution", r"adopted\s+(?:a\s+|the\s+)?resolution|passed\s+(?:a\s+|the\s+)?resolution"),
    ("border_crossing", r"(?:closed|reopened|shut)\s+(?:the\s+)?(?:\w+\s+)?(?:border|crossing)"),
    (
        "humanitarian",
        r"aid\s+(?:convoy|trucks?)\s+(?:entered|arrived|crossed)|famine\s+(?:was\s+)?declared",
    ),
]
_PATTERNS = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _KINDS]
_DURATION_SINCE = re.compile(
    r"\bfor\s+(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
    r"(?P<unit>weeks?|months?|years?)\s+(?:now\s+)?since\b",
    re.IGNORECASE,
)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBERS.update({"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12})


@dataclass(frozen=True)
class EventCandidate:
    start: int
    end: int
    title: str
    date: str
    date_precision: str
    kind: str
    location_name: str


def find_events(document: Document) -> list[EventCandidate]:
    found = []
    for sentence in document.sentences:
        text = document.text
        for kind, pattern in _PATTERNS:
            for match in pattern.finditer(text, sentence.start, sentence.end):
                if document.in_quote(match.start()):
                    continue
                clause_start, clause_end = _clause(text, sentence, match)
                date = _date_in_clause(document, clause_start, clause_end, match)
                if date is None:
                    continue
                title = _title(text, clause_start, match)
                places = [p for p in document.places if clause_start <= p.start < clause_end]
                found.append(
                    EventCandidate(
                        match.start(),
                        match.end(),
                        title,
                        date[0],
                        date[1],
                        kind,
                        places[0].name if places else "",
                    )
                )
    return found


def _clause(text, sentence, match) -> tuple[int, int]:
    start = max(text.rfind(",", sentence.start, match.start()) + 1, sentence.start)
    start = max(start, text.rfind(" since ", sentence.start, match.start()) + 1)
    end = text.find(",", match.end(), sentence.end)
    return start, end if end > 0 else sentence.end


def _date_in_clause(document: Document, start: int, end: int, match):
    dates = document.dates_between(start, end)
    if dates:
        return dates[0].iso, dates[0].precision
    before = document.text[max(0, start - 40) : match.start()]
    durations = list(_DURATION_SINCE.finditer(before))
    if not durations:
        return None
    duration = durations[-1]
    if duration is None:
        return None
    count = duration.group("count").lower()
    count = int(count) if count.isdigit() else _NUMBERS[count]
    unit = duration.group("unit").lower().rstrip("s")
    published = document.published_on
    if unit == "year":
        return datetime.date(published.year - count, 1, 1).isoformat(), "year"
    days = count * 7 if unit == "week" else 0
    months = count if unit == "month" else 0
    month_index = published.year * 12 + published.month - 1 - months
    day = datetime.date(month_index // 12, month_index % 12 + 1, 1)
    if days:
        day = (published - datetime.timedelta(days=days)).replace(day=1)
    return day.isoformat(), "month"


def _title(text, clause_start, match) -> str:
    words = text[clause_start : match.end()].split()
    title = " ".join(words[-10:]).strip(" ,;:")
    title = re.sub(r"^(?:since|after|when|as|and|but|the)\s+", "", title, flags=re.IGNORECASE)
    return title[:1].upper() + title[1:]
