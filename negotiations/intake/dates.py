"""Date expressions resolved against the publication date.

Conventions (docs/intake.md, "Dates"): a date is written as an ISO day; month precision is the
first of the month ("in early October" in June 2024 is 2023-10-01, precision `month`), year
precision the first of January. Without a year, a date is the latest one on or before the
publication date ("May 31" in an article of 2024-06-10 is 2024-05-31; "on Monday" the latest
Monday on or before it, the day itself when it is a Monday), unless the sentence speaks of the
future ("will", "next", "deadline"), when it is the first one after it.

Rules, not a parser of free text: every pattern is anchored on a month or weekday name, a
four-digit year or a relative word, so that "may" the verb or "six weeks" are never dates.
"""

import calendar
import datetime
import re
from dataclasses import dataclass

from negotiations.models import DatePrecision

DAY, MONTH, YEAR = DatePrecision.DAY.value, DatePrecision.MONTH.value, DatePrecision.YEAR.value

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:(?P<part>early|mid|late|the end of|the beginning of|the start of|the middle of)[\s-]+)"

# Tried in order; a later pattern never takes text an earlier one took.
PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b")),
    ("month_day_year", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")),
    ("day_month_year", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b")),
    ("weekday_date", re.compile(rf"\b(?:on\s+)?{_WEEKDAY},?\s+{_MONTH}\s+{_DAY}\b")),
    ("weekday_date", re.compile(rf"\b(?:on\s+)?{_WEEKDAY},?\s+{_DAY}\s+{_MONTH}\b")),
    ("month_day", re.compile(rf"\b(?:on\s+)?{_MONTH}\s+{_DAY}\b(?!\s*(?:,\s*)?\d)")),
    ("day_month", re.compile(rf"\b(?:on\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s+\d)")),
    ("part_month_year", re.compile(rf"\b(?:in\s+)?{_PART}?{_MONTH},?\s+{_YEAR}\b")),
    (
        "relative_month",
        re.compile(
            rf"\b(?P<relative>last|this|next|in|since|until|by|early|mid|late)[\s-]+{_PART}?{_MONTH}\b(?!\s+[0-3]?\d\b)"
        ),
    ),
    ("weekday", re.compile(rf"\b(?P<relative>on|last|this|next|late|early)?\s*{_WEEKDAY}\b")),
    ("relative_day", re.compile(r"\b(?P<word>yesterday|today|tomorrow)\b", re.IGNORECASE)),
    (
        "relative_period",
        re.compile(r"\b(?P<relative>last|this|next)\s+(?P<unit>month|year)\b", re.IGNORECASE),
    ),
    ("part_year", re.compile(rf"\b(?:in\s+)?{_PART}{_YEAR}\b")),
    (
        "year",
        re.compile(
            r"\b(?:(?P<preposition>in|since|until|by|of|from|during|before|after)\s+)?"
            rf"{_YEAR}\b(?![,.]?\d)(?!\s*[-–]\s*\d)"
        ),
    ),
]

_LEAD = re.compile(r"(?:on|in|since|until|by|of|from|during|before|after|the)\s+")
_FUTURE = re.compile(
    r"\b(will|shall|next|due|deadline|scheduled|upcoming|set to|plans? to|expected to|"
    r"takes? (?:full )?effect|comes? into force|expires|is to expire|"
    r"is to|are to|would begin|to be held)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: datetime.date
    precision: str

    @property
    def iso(self) -> str:
        return self.date.isoformat()


def find_dates(text: str, published_on: datetime.date, future_at=None) -> list[DateMention]:
    """Every date expression in `text`. `future_at(offset)` says whether the sentence around an
    offset speaks of the future (by default: the sentence's own words)."""
    taken = [False] * len(text)
    found = []
    for name, pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(taken[start:end]):
                continue
            future = future_at(start) if future_at else _speaks_of_future(text, start)
            resolved = _resolve(name, match, published_on, future)
            if resolved is None:
                continue
            date, precision = resolved
            # The preposition ("on", "in") is not part of the expression as written.
            lead = _LEAD.match(match.group())
            if lead:
                start += lead.end()
            found.append(DateMention(start, end, text[start:end], date, precision))
            for index in range(match.start(), end):
                taken[index] = True
    found.sort(key=lambda mention: mention.start)
    return _with_relative_days(text, found)


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_RELATIVE_DAY = re.compile(
    r"\b(?:(?P<same>the\s+same\s+day)|(?P<next>the\s+(?:following|next)\s+day)"
    r"|(?P<previous>the\s+(?:previous|preceding)\s+day|the\s+day\s+before)"
    r"|(?P<count>a|an|one|two|three|four|five|six|\d+)\s+(?P<unit>days?|weeks?|years?)\s+"
    r"(?P<direction>later|earlier))\b",  # "a day after X" dates from X, not a date
    re.IGNORECASE,
)


def _with_relative_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "the following day", "a year later": from the date written last before them."""
    relative = []
    for match in _RELATIVE_DAY.finditer(text):
        if any(m.start < match.end() and match.start() < m.end for m in found):
            continue
        earlier = [m for m in found if m.end <= match.start()]
        if not earlier:
            continue
        base = earlier[-1]
        if match.group("same"):
            date, precision = base.date, base.precision
        elif match.group("next") or match.group("previous"):
            step = 1 if match.group("next") else -1
            date, precision = base.date + datetime.timedelta(days=step), DAY
        else:
            count = match.group("count").lower()
            count = int(count) if count.isdigit() else _COUNTS[count]
            sign = 1 if match.group("direction").lower() == "later" else -1
            unit = match.group("unit").lower().rstrip("s")
            if unit == "year":
                try:
                    date = base.date.replace(year=base.date.year + sign * count)
                except ValueError:
                    date = base.date + datetime.timedelta(days=365 * sign * count)
                precision = base.precision
            else:
                days = count * (7 if unit == "week" else 1)
                date, precision = base.date + datetime.timedelta(days=sign * days), DAY
        relative.append(DateMention(match.start(), match.end(), match.group(), date, precision))
    return sorted(found + relative, key=lambda mention: mention.start)


def speaks_of_future(sentence: str) -> bool:
    return bool(_FUTURE.search(sentence))


def _speaks_of_future(text: str, offset: int) -> bool:
    starts = [text.rfind(mark, 0, offset) for mark in (". ", "\n", "? ", "! ")]
    ends = [end for end in (text.find(mark, offset) for mark in (". ", ".\n", "\n")) if end >= 0]
    return speaks_of_future(text[max(starts + [0]) : min(ends + [len(text)])])


def _month(match) -> int:
    value = match.group("month")
    return int(value) if value.isdigit() else MONTHS[value.rstrip(".").lower()]


def _resolve(name, match, published_on, future):
    groups = match.groupdict()
    try:
        if name == "iso":
            return datetime.date(int(groups["year"]), _month(match), int(groups["day"])), DAY
        if name in ("month_day_year", "day_month_year"):
            return datetime.date(int(groups["year"]), _month(match), int(groups["day"])), DAY
        if name in ("month_day", "day_month", "weekday_date"):
            return _nearest_day(_month(match), int(groups["day"]), published_on, future), DAY
    except ValueError:
        return None  # "February 30"
    if name == "part_month_year":
        return datetime.date(int(groups["year"]), _month(match), 1), MONTH
    if name == "relative_month":
        month = _month(match)
        relative = groups["relative"]
        year = published_on.year
        if relative == "last":
            year = year if month < published_on.month else year - 1
        elif relative == "next":
            year = year if month > published_on.month else year + 1
        elif relative == "this":
            pass
        elif future:
            year = year if month >= published_on.month else year + 1
        else:
            year = year if month <= published_on.month else year - 1
        return datetime.date(year, month, 1), MONTH
    if name == "weekday":
        weekday = WEEKDAYS[groups["weekday"].lower()]
        relative = (groups["relative"] or "").lower()
        if relative == "next" or (future and relative != "last"):
            delta = (weekday - published_on.weekday()) % 7 or 7
            return published_on + datetime.timedelta(days=delta), DAY
        delta = (published_on.weekday() - weekday) % 7
        if relative == "last" and delta == 0:
            delta = 7
        return published_on - datetime.timedelta(days=delta), DAY
    if name == "relative_day":
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[groups["word"].lower()]
        return published_on + datetime.timedelta(days=offset), DAY
    if name == "relative_period":
        step = {"last": -1, "this": 0, "next": 1}[groups["relative"].lower()]
        if groups["unit"].lower() == "year":
            return datetime.date(published_on.year + step, 1, 1), YEAR
        month_index = published_on.year * 12 + published_on.month - 1 + step
        return datetime.date(month_index // 12, month_index % 12 + 1, 1), MONTH
    if name in ("year", "part_year"):
        year = int(groups["year"])
        following = match.string[match.end() : match.end() + 20]
        preceded_by_the = re.search(
            r"\bthe\s+$", match.string[max(0, match.start() - 5) : match.start()]
        )
        if (
            name == "year"
            and not groups["preposition"]
            and re.match(r"\s+[a-z]+s\b", following)
            and not preceded_by_the
        ):
            return None  # "2000 hostages" is a number, "the 1979 treaty" a year
        if not 1800 <= year <= published_on.year + 20:
            return None
        return datetime.date(year, 1, 1), YEAR
    return None


def _nearest_day(month: int, day: int, published_on: datetime.date, future: bool):
    this_year = datetime.date(published_on.year, month, day)
    if future:
        return (
            this_year if this_year >= published_on else this_year.replace(year=this_year.year + 1)
        )
    if this_year <= published_on:
        return this_year
    return this_year.replace(year=this_year.year - 1)
