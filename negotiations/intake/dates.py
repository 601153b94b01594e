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
import contextlib
import datetime
import re
from dataclasses import dataclass, replace

from negotiations.intake.vocabulary import (
    DATE_FORWARD_CLAUSE_WORDS,
    EVENT_WORDS,
    FIXED_HOLIDAYS,
    FORWARD_CLAUSE_WORDS,
    FUNCTION_WORDS,
    IRREGULAR_PAST_VERBS,
    SCHEDULED_PRESENT_VERBS,
    WEEKDAY_NAMES,
    WEEKDAY_PATTERN,
)
from negotiations.models import DatePrecision

DAY, MONTH, YEAR = DatePrecision.DAY.value, DatePrecision.MONTH.value, DatePrecision.YEAR.value

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): number for number, name in enumerate(WEEKDAY_NAMES)}

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
# "the 22d of July", "the 3d": the older spelling of "22nd", "3rd"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|(?<=[23])d)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_WEEKDAY = rf"(?P<weekday>{WEEKDAY_PATTERN})"
# ("early in January": the older order, its "in" between)
# ("met separately with X and with Y in the first week of May", "an offer made in the last
# week of February", "in the first days of July": a week or a few days of the month, which
# dates what happened in them to the month, as "early May" does)
_PART = (
    r"(?:(?P<part>early\s+in|late\s+in|early|mid|late|the end of|the beginning of|the start of"
    r"|the middle of|the\s+(?:first|second|third|fourth|last|final)\s+(?:week|fortnight"
    r"|days|few\s+days)\s+of)[\s-]+)"
)

_YEAR_WORD = r"(?P<yearword>last|this|next)\s+year"
_ORDINAL_DAY = r"(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th|(?<=[23])d)\b"
# A title before a surname: "Mrs. May", "Gen. June"
_TITLE_BEFORE_SURNAME = r"(?:Mrs?|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Sgt|Maj)\.?"
_NO_NOUN_AFTER = (
    r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:and|but|or|that|when|while|as|after|before|with|in|at|to|"
    # "the PKK on the 13th freed eight soldiers", "on the 14th met": a verb in the past, no
    # noun, follows
    rf"which|where|under|without|amid|for|[a-z]{{2,}}ed|{'|'.join(sorted(IRREGULAR_PAST_VERBS))}"
    # "The terms read to the Cree on the 18th were not accepted": a verb's past auxiliary
    r"|was|were|had"
    # "but on the 24th it turned down ...", "On the 1st the Turks accepted": the clause's subject
    r"|it|he|she|they|we|the|from)\b"
    # "but on the 21st Mr. Polk told them": a new subject, titled, opens the clause it dates
    rf"|\s+{_TITLE_BEFORE_SURNAME}(?<=\.)\s)"
)
# "It changed course on Saturday, the 12th, hours after ...": the day set beside its weekday
# ("on Saturday the 12th": the comma may be left out)
_AFTER_A_WEEKDAY = "|".join(rf"(?<={name},\s)|(?<={name}\s)" for name in WEEKDAY_NAMES)
_HOLIDAY = (
    r"(?P<holiday>New\s+Year[’']s\s+(?:Eve|Day)|Christmas\s+(?:Eve|Day)|Christmas|Boxing\s+Day)"
)
# A month named alone ("the September election", "Armenia's January draft"): the full names,
# never "May" the verb (only "the May vote", "May's").
_BARE_MONTH = (
    r"(?P<month>January|February|March|April|June|July|August|September|October|November|"
    r"December)\b(?!\s*[-–]?\s*\d)|(?<=[Tt]he\s)(?P<may>May)(?=\s+[a-z])|(?P<mays>May)(?=[’']s\b)"
)

# Tried in order; a later pattern never takes text an earlier one took.
PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b")),
    ("month_day_year", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")),
    ("day_month_year", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b")),
    # "Sept. 7 last year", "on 4 March this year", "March 31 of next year": the year said in
    # words.
    (
        "day_year_word",
        re.compile(rf"(?i:\b(?:on\s+)?){_MONTH}\s+{_DAY},?\s+(?:of\s+)?{_YEAR_WORD}\b"),
    ),
    (
        "day_year_word",
        re.compile(rf"(?i:\b(?:on\s+)?){_DAY}\s+(?:of\s+)?{_MONTH},?\s+(?:of\s+)?{_YEAR_WORD}\b"),
    ),
    # "in February of last year", "July of this year"
    (
        "month_year_word",
        re.compile(rf"(?i:\b(?:in\s+)?){_PART}?{_MONTH},?\s+(?:of\s+)?{_YEAR_WORD}\b"),
    ),
    ("weekday_date", re.compile(rf"\b(?:on\s+)?{_WEEKDAY},?\s+{_MONTH}\s+{_DAY}\b")),
    ("weekday_date", re.compile(rf"\b(?:on\s+)?{_WEEKDAY},?\s+{_DAY}\s+{_MONTH}\b")),
    # "begin on the first Monday in November", "the last Friday of June 1990": that weekday of
    # the month counted from its start (or its end)
    (
        "nth_weekday",
        re.compile(
            rf"\b(?:(?i:on)\s+)?(?i:the)\s+(?P<nth>(?i:first|second|third|fourth|last))\s+"
            rf"{_WEEKDAY}\s+(?:in|of)\s+{_MONTH}(?:,?\s+{_YEAR})?\b(?!\s*[-–]?\s*\d)"
        ),
    ),
    # "Walesa's first meeting with Kiszczak last Aug. 31": "last" puts the day in the past
    (
        "month_day",
        re.compile(rf"\b(?:on\s+|(?P<last>(?i:last))\s+)?{_MONTH}\s+{_DAY}\b(?!\s*(?:,\s*)?\d)"),
    ),
    ("day_month", re.compile(rf"\b(?:on\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s+\d)")),
    # "met shortly before Christmas": some day of that month, not the feast day itself
    (
        "before_holiday",
        re.compile(r"\b(?i:(?:shortly|just|days|weeks)\s+before\s+)(?P<holiday>Christmas)\b"),
    ),
    ("holiday", re.compile(rf"(?i:\b(?:on\s+)?){_HOLIDAY}\b")),
    # "first met on the 27th of last month": the day of the month named beside it
    (
        "ordinal_of_month",
        re.compile(
            rf"\b(?:(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince)\s+)?the\s+{_ORDINAL_DAY}\s+of\s+"
            r"(?P<relative>(?i:last|this|next))\s+month\b"
        ),
    ),
    # "closed on the 5th inst.", "opened on the 24th ult.", "the 2d prox.": the older style for
    # a day of this month (instant), of the last (ultimo) or of the next (proximo)
    (
        "ordinal_of_month",
        re.compile(
            rf"\b(?:(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince)\s+)?(?:the\s+)?{_ORDINAL_DAY}\s+"
            r"(?P<relative>inst(?:ant)?|ult(?:imo)?|prox(?:imo)?)\b\.?"
        ),
    ),
    # "ratified it on the 3rd and ...", "talks broke down on the 15th.": a day of the month
    # named by its ordinal alone, as wire copy writes a day of the current or last month; only
    # where no noun follows ("on the 5th floor", "on the 12th day of the talks"); "On the 21st,"
    # opening a sentence, "By the 3rd", "their meeting of the 22nd": the day a thing named is of
    (
        "ordinal_day",
        re.compile(
            rf"(?:\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|of)\s+|{_AFTER_A_WEEKDAY})the\s+"
            rf"{_ORDINAL_DAY}{_NO_NOUN_AFTER}"
        ),
    ),
    ("part_month_year", re.compile(rf"\b(?:in\s+)?{_PART}?{_MONTH},?\s+{_YEAR}\b")),
    (
        "relative_month",
        re.compile(
            rf"\b(?:(?P<relative>(?i:last|this|next|in|since|until|by|before|after|early|mid|late))[\s-]+)?"
            rf"(?i:{_PART})?{_MONTH}\b(?!\s+[0-3]?\d\b)"
        ),
    ),
    # "On Wednesday of last week": that weekday of the calendar week before (this, after) the
    # publication's, one expression, not a weekday and a week
    (
        "weekday_of_week",
        re.compile(
            # "on Thursday last week": the same, without its "of"
            rf"(?:\b(?i:on)\s+)?\b{_WEEKDAY}\s+(?:of\s+)?(?P<relative>(?i:last|this|next))\s+week\b"
        ),
    ),
    ("weekday", re.compile(rf"\b(?P<relative>(?i:on|last|this|next|late|early))?\s*{_WEEKDAY}\b")),
    # "rejected the agreement tonight": the evening of the day of publication
    (
        "relative_day",
        # "The Senate last night ratified the treaty": the night before the publication
        # "to-day", "to-morrow": the older spelling, with its hyphen
        re.compile(
            # "called on the minister this morning", "a session called early last evening": the
            # day of publication, the day before
            # (not after "ago": "a week ago today" is one date, read whole below)
            r"(?<!-)(?<!\bago\s)\b(?P<word>yesterday|to-?day|to-?night|to-?morrow|last\s+night"
            # ("this evening" is left out: most often the hour a wire report was filed, or a
            # speaker's, which the annotations do not take as a date)
            r"|last\s+evening|this\s+(?:morning|afternoon))\b(?!-)",
            re.IGNORECASE,
        ),
    ),
    (
        "relative_period",
        # "accepted the text earlier in the week": as "earlier this week", the publication's
        # ("early in the week", "late in the month": the same period)
        # "would open separate talks in the new year", "expected early in the new year"
        re.compile(
            r"\b(?P<relative>last|this|next|(?:earlier|later|early|late)\s+in\s+the"
            r"|(?:(?:early|late)\s+)?in\s+the\s+new(?=\s+year\b))\s+"
            r"(?P<unit>week|month|year)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "season",
        re.compile(
            r"\b(?P<relative>last|this|next|early\s+last|late\s+last)\s+"
            r"(?P<season>spring|summer|autumn|fall|winter)\b",
            re.IGNORECASE,
        ),
    ),
    # "a referendum in the autumn", "earlier in the summer": the season nearest the
    # publication, on the side the sentence points to ("the autumn of 2020" is read as a year)
    (
        "season",
        re.compile(
            r"\b(?:in|during|through|by|until|since)\s+the\s+"
            r"(?P<season>spring|summer|autumn|fall|winter)\b(?!\s+of\b)",
            re.IGNORECASE,
        ),
    ),
    # "not expected to take it up before the spring", "moved to Alexandria for the summer": a
    # season before, after or for which something is done, where no noun follows ("powder for
    # the fall hunt" names a thing)
    (
        "season",
        re.compile(
            r"\b(?:before|after|for)\s+the\s+(?P<season>spring|summer|autumn|fall|winter)\b"
            r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:and|but|or|where|when|while|as|with|in|at|to|on)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
            r"(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b"
            # "a week ago today", "a year ago yesterday": counted from that day, to the day
            r"(?:\s+(?P<from_day>today|yesterday)\b)?",
            re.IGNORECASE,
        ),
    ),
    ("bare_month", re.compile(rf"\b(?:(?i:the)\s+)?(?:{_BARE_MONTH})")),
    ("part_year", re.compile(rf"\b(?:in\s+)?(?i:{_PART}){_YEAR}\b")),
    (
        "year",
        re.compile(
            r"\b(?:(?P<preposition>in|since|until|by|of|from|during|before|after)\s+)?"
            rf"{_YEAR}\b(?![,.]?\d)(?!\s*[-–]\s*\d)"
        ),
    ),
    # "presented their confession to the emperor in 1530": a year before 1800 only after a
    # preposition of time, never alone ("Resolution 1721", "Local 1733") nor counting ("in 1600
    # cases")
    (
        "year",
        re.compile(
            r"\b(?P<preposition>in|since|until|during)\s+(?P<year>1[5-7]\d\d)\b"
            r"(?![,.]?\d)(?!\s*[-–]\s*\d)(?!\s+[a-z]+s\b)"
        ),
    ),
]

# A weekday before what is held or printed every week names the custom, not a day.
_WEEKLY_CUSTOM = re.compile(
    r"\s+(?:mass|masses|prayers?|services?|sermons?|worship|liturgy|newspapers?|papers?|"
    r"editions?|school|markets?)\b"
)
# ("for": "moved to Alexandria for the summer")
_LEAD = re.compile(
    r"(?:on|in|since|until|by|of|from|during|before|after|for|the)\s+", re.IGNORECASE
)
# "next" alone is no sign ("the next stage of the process"): "next week" is, and "next Monday",
# "next July" are read by the patterns themselves. "due to" is a cause, "due to begin" ahead.
_FUTURE = re.compile(
    r"\b(will|shall|next\s+week|due\s+(?:on|in|by|to\s+(?!the\b|a\b|an\b|its\b|their\b)\w+)|"
    r"deadline|scheduled|upcoming|set to|expected to|"
    # "Hamas plans to respond", not "put the plan to Hamas on Sunday" (the plan handed to
    # someone) nor "the plan to the council": a verb after it
    r"plans?\s+to\s+(?!(?:the|an?|its|their|his|her|this|that|these|those)\b)(?-i:[a-z])\w*|"
    # "Lima was unlikely to answer before the end of January": a likelihood looks ahead
    r"(?:un)?likely\s+to\s+(?!have\b)\w+|"
    r"takes? (?:full )?effect|comes? into force|expires|is to expire|"
    r"is to|are to|would begin|to be held)\b",
    re.IGNORECASE,
)
_FORWARD_IN_CLAUSE = re.compile(
    rf"\b(?:{'|'.join([*FORWARD_CLAUSE_WORDS, *DATE_FORWARD_CLAUSE_WORDS])})\b", re.IGNORECASE
)
# An infinitive of scheduling points ahead only for the date it governs, a few words on ("a
# ceasefire to begin Feb. 1", "to be signed in Mexico City on Jan. 16"), not for every date
# after a verb's complement ("agreed to end the war in a deal sealed on New Year's Eve").
_FORWARD_INFINITIVE = re.compile(
    # "Parliament has been summoned to meet on the 14th": a body's meeting still to come
    r"\bto\s+(?:be\s+\w+|begin|start|end|open|resume|reconvene|meet\s+again|expire|"
    r"meet(?=\s+(?:(?:on|in)\s+)?$)|"
    r"take\s+effect|come\s+into\s+force|cease\s+fire|cease\s+hostilities|halt\s+\w+)"
    r"(?:\s+[\w.’'-]+){0,4}?\s+(?:on|in|by|from|at)?\s*$",
    re.IGNORECASE,
)
# A protest or a vote called for a day is still to come when it is called: "the opposition
# called a nationwide strike for Thursday" (not "called a strike on Thursday": the day it called).
_CALLED_FOR_A_DAY = re.compile(
    r"\b(?:called|calls|call|set|sets|fixed|announced|announces)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:strike|rally|protest|march|demonstration|boycott|shutdown|vote|"
    r"referendum|election)s?\s+for\s*$",
    re.IGNORECASE,
)
# "the referendum de Gaulle has called for June": the same, its noun before the one who called
# it (a present perfect or present only: "the strike they called for Monday" may be over)
_CALLED_FOR_A_DAY_AFTER = re.compile(
    r"\b(?:strike|rally|protest|march|demonstration|boycott|shutdown|vote|referendum|election)s?"
    r"\s+(?:[\w’'-]+\s+){1,3}?(?:has|have|is|are)\s+(?:called|set|fixed)\s+for\s*$",
    re.IGNORECASE,
)
# Participles ending in -ed that put what they date ahead ("scheduled for Monday").
_FORWARD_PARTICIPLES = {
    "scheduled", "rescheduled", "expected", "planned", "slated", "timed", "billed", "postponed",
    "delayed", "deferred", "earmarked", "proposed", "needed", "proceed", "exceed", "pencilled",
}  # fmt: skip
_PAST_IN_CLAUSE = re.compile(r"\b(?:had|did|was|were)\b", re.IGNORECASE)
_MODALS = {"be", "to", "will", "would", "shall", "could", "should", "must", "may", "might"}
# "is expected", "been signed": a participle after these is no verb told in the past
_PASSIVE_OR_MODAL = _MODALS | {"is", "are", "been", "being"}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: datetime.date
    precision: str
    # The text points ahead to it: a weekday so read may be the day of publication itself,
    # which is then no day on which anything was already done.
    ahead: bool = False

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
            future = _points_ahead(text, start, future_at)
            if (not future and _dates_a_past_verb(text, start)) or _past_verb_follows(text, end):
                future = _PAST
            if not future and _set_against_a_date_ahead(text, start, found):
                future = True
            if match.groupdict().get("last"):
                future = _PAST  # "last Aug. 31": the one before the publication, however near
            resolved = _resolve(name, match, published_on, future)
            if resolved is None:
                continue
            date, precision = resolved
            # The preposition ("on", "in") is not part of the expression as written.
            lead = _LEAD.match(match.group())
            # "Saturday, the 12th": "the" before an ordinal day is part of it, as in "on the 12th"
            if lead and not (
                name in ("ordinal_day", "nth_weekday") and lead.group()[:3].lower() == "the"
            ):
                start += lead.end()
            while text[start].isspace():
                start += 1  # " Thursday" after a verb: the weekday pattern's optional word
            found.append(
                DateMention(start, end, text[start:end], date, precision, ahead=future is True)
            )
            for index in range(match.start(), end):
                taken[index] = True
    found.sort(key=lambda mention: mention.start)
    found = _same_weekdays(text, found, published_on)
    found = _ordinal_days_of_the_month_told(text, found, published_on)
    found = _weekdays_beside_their_days(text, found)
    found = _that_weekday_of_the_day_told(text, found)
    found = _weekdays_following_the_day_told(text, found, published_on)
    found = _the_month_of_its_sentence(text, found, published_on)
    found = _with_relative_days(text, found, published_on, future_at)
    return _ordinal_days_of_a_pluperfect(text, found, published_on)


# "begin on the first Monday in November rather than in January": the date set against
# another is on the same side of the publication
_SET_AGAINST = re.compile(r",?\s+(?:rather\s+than|instead\s+of)\s+", re.IGNORECASE)


def _set_against_a_date_ahead(text: str, start: int, found: list[DateMention]) -> bool:
    return any(
        mention.ahead and _SET_AGAINST.fullmatch(text, mention.end, start) for mention in found
    )


_ORDINAL_ALONE = re.compile(rf"the\s+{_ORDINAL_DAY}")
# "Monday the 28th ult.": an ordinal day with or without its "the" and old-style month word
_ORDINAL_BESIDE_A_WEEKDAY = re.compile(
    rf"(?:the\s+)?{_ORDINAL_DAY}(?:\s+(?:inst(?:ant)?|ult(?:imo)?|prox(?:imo)?)\b\.?)?"
)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_MONTH_NAMED = re.compile(rf"\b{_MONTH}")
# the first day of "late" in a month: its last third
_LATE_IN_THE_MONTH_FROM = 21


def _in_the_part_told(base: DateMention, day: int) -> bool:
    """ "met in late May ... met again on the 18th": a day before the late part of the month
    told goes back out of that month's narrative, to the publication's month (the narrative
    moves on through a month told "early", and "mid" is written of the days around the 15th
    loosely)."""
    return not re.match(r"late\b", base.text, re.IGNORECASE) or day >= _LATE_IN_THE_MONTH_FROM


# "Streeting had met Reeves on the 25th": a verb in the pluperfect goes back before the day
# told before it, so an ordinal day earlier than that day is of its month, not the next one's
_PLUPERFECT = re.compile(
    r"\b(?:had|'d)\s+(?:(?:already|earlier|first|also|just|previously|not|never)\s+)?"
    r"(?:been\s+)?(?:\w+ed|\w+en|met|held|sent|spent|left|told|sought|brought|made|won|"
    r"begun|done|gone|come|struck|put|set|said|paid|laid|kept|lost|flown|drawn)\b",
    re.IGNORECASE,
)


def _ordinal_days_of_the_month_told(
    text: str, found: list[DateMention], published_on: datetime.date
) -> list[DateMention]:
    """ "The strike began in March 1984 ... talks broke down on the 15th": a day named by its
    ordinal alone is of the month the text has moved to, when the date written last before it
    (not one ahead) lies more than a month before the one the publication gives it. The month
    told holds within its paragraph only: a new paragraph that names "the 10th" after one told
    of "early June" is back in the publication's month, as a wire report's paragraphs are."""
    resolved = []
    for mention in found:
        if (
            _ORDINAL_ALONE.fullmatch(mention.text)
            and resolved
            and resolved[-1].precision == MONTH
            and re.fullmatch(r",?\s+(?:on\s+)?", text[resolved[-1].end : mention.start])
        ):
            # "The walkout began last month, on the 15th": the day of the month just named
            with contextlib.suppress(ValueError):
                mention = replace(mention, date=resolved[-1].date.replace(day=mention.date.day))
        elif (
            _ORDINAL_ALONE.fullmatch(mention.text)
            and resolved
            and resolved[-1].precision == DAY
            and _MONTH_NAMED.search(resolved[-1].text)
            and resolved[-1].start >= _sentence_start(text, mention.start)
            and mention.date.day > resolved[-1].date.day
        ):
            # "occupied in stages beginning October 1 and ending on the 10th": a later day of
            # the month its own sentence has just named
            with contextlib.suppress(ValueError):  # "November 3 ... the 31st"
                date = resolved[-1].date.replace(day=mention.date.day)
                mention = replace(mention, date=date, ahead=resolved[-1].ahead)
        elif _ORDINAL_ALONE.fullmatch(mention.text) and not mention.ahead:
            before = [
                m
                for m in resolved
                if m.precision in (DAY, MONTH)
                and not m.ahead
                and "\n\n" not in text[m.end : mention.start]
                # "who has gone between the camps since August, met him on the 4th": a state
                # lasting since a month does not move the narrative to it
                and not _SINCE_BEFORE.search(text, max(0, m.start - 6), m.start)
            ]
            if before:
                base = before[-1]
                months = (mention.date.year - base.date.year) * 12
                months += mention.date.month - base.date.month
                day = int(re.search(r"\d+", mention.text).group())
                if months > 1 and base.date <= published_on and _in_the_part_told(base, day):
                    try:
                        date = base.date.replace(day=day)
                    except ValueError:
                        date = None
                    if date is not None and base.precision == DAY and date < base.date:
                        index = date.year * 12 + date.month  # the next month's
                        try:
                            date = datetime.date(index // 12, index % 12 + 1, day)
                        except ValueError:
                            date = None
                    if date is not None:
                        mention = replace(mention, date=date)
        resolved.append(mention)
    return resolved


def _ordinal_days_of_a_pluperfect(
    text: str, found: list[DateMention], published_on: datetime.date
) -> list[DateMention]:
    """ "put the offer to them on July 29. The government accepted it the same day. Streeting
    had met Reeves on the 25th": a day named by its ordinal alone, told in the pluperfect, goes
    back before the day its paragraph told last, so it is of that day's month when it is the
    earlier day of that month (a simple past "met ... on the 25th" moves on to the next one)."""
    resolved = []
    for mention in found:
        if _ORDINAL_ALONE.fullmatch(mention.text) and not mention.ahead:
            before = [
                m
                for m in resolved
                if m.precision == DAY
                and not m.ahead
                and m.date <= published_on
                # "The pact was signed on February 10 ... \n\nDelegates had met the general
                # there on the 8th": the paragraph before is the one it goes back from
                and text.count("\n\n", m.end, mention.start) <= 1
            ]
            day = int(re.search(r"\d+", mention.text).group())
            if (
                before
                and day < before[-1].date.day
                and _PLUPERFECT.search(text, _sentence_start(text, mention.start), mention.start)
            ):
                mention = replace(mention, date=before[-1].date.replace(day=day))
        resolved.append(mention)
    return resolved


def _weekdays_beside_their_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "a week earlier, on Monday, the 21st": a weekday followed by the ordinal day that falls
    on it is that day, not the weekday nearest the publication."""
    resolved = list(found)
    for index, mention in enumerate(resolved[:-1]):
        weekday = WEEKDAYS.get(mention.text.lower())
        following = resolved[index + 1]
        if (
            weekday is not None
            and _ORDINAL_BESIDE_A_WEEKDAY.fullmatch(following.text)
            # "on Monday the 28th ult.": the older style sets them side by side, no comma
            and re.fullmatch(r",?\s+(?:the\s+)?", text[mention.end : following.start])
            and following.date.weekday() == weekday
        ):
            resolved[index] = replace(mention, date=following.date, ahead=following.ahead)
        # "The congress was opened on the 18th, a Friday": the weekday in apposition after the
        # ordinal day names that day, one expression with it
        weekday = WEEKDAYS.get(following.text.lower())
        if (
            weekday is not None
            and _ORDINAL_ALONE.fullmatch(mention.text)
            and re.fullmatch(r",\s+a\s+", text[mention.end : following.start])
            and mention.date.weekday() == weekday
        ):
            resolved[index] = replace(
                mention, end=following.end, text=text[mention.start : following.end]
            )
            resolved[index + 1] = None
    return [mention for mention in resolved if mention is not None]


# "The Tassel answered on the Tuesday following", "met again the following Friday": the first
# such weekday after the day the narrative told last
_FOLLOWING_BEFORE = re.compile(r"\bthe\s+following\s+$", re.IGNORECASE)
_FOLLOWING_AFTER = re.compile(r"\s+following\b(?!\s+(?:the|a|an|his|her|their|its)\b)")


def _weekdays_following_the_day_told(
    text: str, found: list[DateMention], published_on: datetime.date
) -> list[DateMention]:
    """ "the following Friday", "the Tuesday following": the first such weekday after the
    last past day the narrative told outside a quotation, the phrase taken in whole."""
    resolved = list(found)
    for index, mention in enumerate(resolved):
        weekday = WEEKDAYS.get(mention.text.lower())
        if weekday is None:
            continue
        window = max(0, mention.start - 20)
        before = _FOLLOWING_BEFORE.search(text[window : mention.start])
        after = re.search(r"\bthe\s+$", text[max(0, mention.start - 4) : mention.start], re.I)
        following = _FOLLOWING_AFTER.match(text, mention.end) if after else None
        if not before and not following:
            continue
        told = [
            m
            for m in resolved[:index]
            if m.precision == DAY
            and not m.ahead
            and m.date <= published_on
            and not _inside_quote(text, m.start)
        ]
        if not told:
            continue
        step = (weekday - told[-1].date.weekday()) % 7 or 7
        end = mention.end if before else following.end()
        start = window + before.start() if before else mention.start - len(after.group())
        resolved[index] = replace(
            mention,
            start=start,
            end=end,
            text=text[start:end],
            date=told[-1].date + datetime.timedelta(days=step),
            ahead=False,
        )
    return resolved


def _that_weekday_of_the_day_told(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "The players dissolved their union on Nov. 14. ... meeting at a hotel that Monday":
    "that" weekday points back to the day the narrative told last, when it falls on that
    weekday, not to the weekday nearest the publication."""
    resolved = list(found)
    for index, mention in enumerate(resolved):
        weekday = WEEKDAYS.get(mention.text.lower())
        if weekday is None or not re.search(
            r"\bthat\s+$", text[max(0, mention.start - 6) : mention.start], re.I
        ):
            continue
        told = [
            m
            for m in resolved[:index]
            if m.precision == DAY and not m.ahead and not _inside_quote(text, m.start)
        ]
        if told and told[-1].date.weekday() == weekday:
            resolved[index] = replace(mention, date=told[-1].date)
    return resolved


_IN_THE_MONTH = re.compile(r"(?:earlier|later|early|late)\s+in\s+the\s+month", re.IGNORECASE)


def _the_month_of_its_sentence(
    text: str, found: list[DateMention], published_on: datetime.date
) -> list[DateMention]:
    """ "opened talks on December 8, after Kabila received them earlier in the month": "the
    month" is the month of the day its own sentence gave before it, not the publication's."""
    resolved = []
    for mention in found:
        if _IN_THE_MONTH.fullmatch(mention.text):
            sentence_start = _sentence_start(text, mention.start)
            before = [
                m
                for m in resolved
                if m.start >= sentence_start
                and m.precision == DAY
                and not m.ahead
                and m.date <= published_on
            ]
            if before:
                mention = replace(mention, date=before[-1].date.replace(day=1))
        resolved.append(mention)
    return resolved


_THE_SAME = re.compile(r"\b(?:the|that)\s+same\s+$", re.IGNORECASE)


def _same_weekdays(
    text: str, found: list[DateMention], published_on: datetime.date
) -> list[DateMention]:
    """ "reached on July 3 ... signed it hours later on the same Saturday": "the same" weekday
    is the day written last before it that falls on that weekday, not the one nearest the
    publication (kept where no earlier day falls on it); a day ahead of the publication only
    for a weekday the text points ahead to."""
    resolved = []
    for mention in found:
        weekday = WEEKDAYS.get(mention.text.lower())
        if weekday is not None and _THE_SAME.search(
            text, max(0, mention.start - 20), mention.start
        ):
            same = [
                m
                for m in resolved
                if m.precision == DAY
                and m.date.weekday() == weekday
                and m.end <= mention.start
                and (mention.ahead or (m.date <= published_on and not m.ahead))
            ]
            if same:
                mention = replace(mention, date=same[-1].date, ahead=same[-1].ahead)
        resolved.append(mention)
    return resolved


_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_PART_OF_DAY = r"(?:day|evening|morning|night|afternoon)"
_MONTH_NAME = (
    r"(?P<month_name>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)"
)
_RELATIVE_DAY = re.compile(
    rf"\b(?:(?P<same>the\s+same\s+{_PART_OF_DAY}|that\s+same\s+{_PART_OF_DAY}|later\s+that\s+{_PART_OF_DAY}"
    # "That evening, the rebels attacked": the day of the date before
    # ("said in a message released that evening: ..." before the words it introduces)
    rf"|(?<!the\s)that\s+{_PART_OF_DAY}(?=\s*[,.;:]|\s+(?:the|a|an|he|she|they|it|we"
    # "accepted it that night on condition that ...", "met him that afternoon to discuss",
    # "sat in council that afternoon with the commander"
    r"|on|in|at|after|before|when|to|with"
    # "sat with him for nine hours that day and met again", "telephoned Marcos late that night
    # for his approval"
    r"|and|for"
    # "A White House statement that afternoon turned the demand down": a verb in the past
    r"|[a-z]{2,}ed)\b)"
    # "That night Henderson received Black Kettle": opening its sentence before its subject
    rf"|(?-i:That)\s+{_PART_OF_DAY}(?=\s+(?-i:[A-Z])[a-z])"
    # "Earlier that morning, ...": the day of the date before
    rf"|earlier\s+that\s+{_PART_OF_DAY}"
    # "had met them separately earlier in the day before hosting them": that day too (and
    # its "the day" is not "the day before", whose "before" here governs the gerund)
    rf"|(?:earlier|later)\s+in\s+the\s+{_PART_OF_DAY}"
    r")"
    # "the following evening", "the night before": a part of the day next to the date before
    rf"|(?P<next>the\s+(?:following|next)\s+{_PART_OF_DAY}|the\s+day\s+after(?=\s*[,.;]))"
    rf"|(?P<previous>the\s+(?:previous|preceding)\s+{_PART_OF_DAY}|the\s+{_PART_OF_DAY}\s+before"
    # "met Gandhi the day before the signing": the day before the event it names (below)
    rf"(?!\s+the\s+(?:{'|'.join(sorted(EVENT_WORDS, key=len, reverse=True))})\b))"
    r"|(?P<next_period>the\s+(?:following|next)\s+(?P<next_unit>year|month)|the\s+(?P<after_unit>year|month)\s+after)"
    r"|(?P<previous_period>the\s+(?:previous|preceding)\s+(?P<previous_unit>year|month)"
    r"|the\s+(?P<before_unit>year|month)\s+before)"
    rf"|(?P<month_step>the\s+(?P<month_way>following|next|previous|preceding)\s+{_MONTH_NAME})"
    # "turned it down the following week", "settled only the previous week": the month of the
    # day a week on from (or before) the date before
    r"|(?P<week_step>the\s+(?P<week_way>following|previous|preceding)\s+week"
    r"|the\s+week\s+(?P<week_side>after|before)(?=\s*[,.;]))"
    # "in October of that year", "March of the same year": the year of the date before
    r"|(?P<that_year>(?P<that_month>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+of\s+(?:that|the\s+same)\s+year)"
    # "rejected it that month", "later that same month": the month of the date before
    r"|(?P<same_month>(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?month|the\s+same\s+month)"
    # "at a summit that November": that month in the year of the date before
    r"|(?P<that_named_month>that\s+(?P<named_month>January|February|March|April|June|"
    r"July|August|September|October|November|December))"
    # "through the first half of the year", "by the end of the year": the year of the date before
    r"|(?P<part_of_year>the\s+(?:(?:first|second)\s+half|end|beginning|start|middle|rest)"
    r"\s+of\s+the\s+year)"
    # "expected to meet on it by the end of the month": the month of the date before
    r"|(?P<part_of_month>the\s+(?:end|beginning|start|middle|rest)\s+of\s+the\s+month)"
    # "on August 21, on the eve of the talks": the day it stands beside
    r"|(?P<eve>the\s+eve\s+of\s+(?:the|their|its|his|her)\s+[\w-]+)"
    # "Varoufakis resigned the day after the vote": a day next to the day the article gave the
    # event it names ("On July 5 Greeks voted")
    # "a proclamation two days after the signing": that many days from it
    # "The way out came a day after the call" (not ", a day after ...", read below)
    # "three days after the text was agreed", "a week before the deal was closed": from the
    # day the article gave the text's agreeing ("The text was agreed on May 13")
    r"|(?P<event_step>(?:the\s+day|(?<!,\s)a\s+day|(?P<event_count>one|two|three|four|five|six|seven|eight|nine"
    r"|ten|\d+)\s+days?|(?<!,\s)(?P<event_weeks>a|one|two|three|\d+)\s+weeks?)"
    r"\s+(?P<event_side>after|before)\s+the\s+(?P<event_noun>[a-z]+)"
    r"(?:\s+(?:was|were|had\s+been)\s+(?P<event_done>[a-z]+))?)"
    # "The conference opened on Jan. 4 ... on the opening day": the day it opened
    r"|(?P<opening>the\s+opening\s+day)"
    # "Medvedev signed it on Saturday, a day after Saakashvili put his name to it": the day
    # of the event the clause tells, one before the day its sentence gave
    r"|(?<=,\s)(?P<day_after>a\s+day\s+after)(?=\s+(?!that\b|this\b)[\w])"
    # "on Monday evening, a day before the talks opened", "arrested on Jan. 30, the day after a
    # striker was shot": the day just written (below)
    r"|(?<=,\s)(?P<day_beside>a\s+day\s+before|the\s+day\s+(?:before|after))"
    r"(?=\s+(?!that\b|this\b)[\w])"
    r"|(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    # "two days after that", "a week afterwards": counted from the date before, as "later"
    # "talks that opened a fortnight earlier": two weeks
    r"(?P<unit>days?|weeks?|fortnights?|months?|years?)\s+"
    # "called off the strike a day after it began": from the day it began, the date before
    r"(?P<direction>later|earlier|after\s+that|before\s+that|afterwards?"
    r"|after\s+(?:it|they)\s+(?:began|opened|started|convened|broke\s+out)))\b",
    re.IGNORECASE,  # "a day after X" dates from X, not a date
)


# "a day before", "two days before", "the day after": a day next to an event, which may be set
# beside its own day (not "on Saturday, a day after Saakashvili signed", read as the day of
# what follows it)
_DAY_NEXT_TO_AN_EVENT = re.compile(
    r"(?:(?:a|one|two|three|four|five|six|seven|\d+)\s+days?\s+before"
    r"|the\s+day\s+(?:before|after))\b",
    re.IGNORECASE,
)
# what stands between a day and a phrase set beside it: "on Tuesday, ", "on Monday evening, "
_BESIDE_A_DAY = re.compile(rf"(?:\s+{_PART_OF_DAY})?,\s+", re.IGNORECASE)


# the words a speaker names the day he speaks on by
_SPEAKERS_NOW = re.compile(
    r"(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))", re.IGNORECASE
)


# "opened on Jan. 4", "talks that began Monday": a day something opened on
_OPENED_ON = re.compile(r"\b(?:opened|began|started|convened)\s+(?:on\s+)?$", re.IGNORECASE)
_OF_THAT_YEAR = re.compile(r"\s+of\s+(?:that|the\s+same)\s+year\b", re.IGNORECASE)


def _with_relative_days(
    text: str, found: list[DateMention], published_on: datetime.date, future_at=None
) -> list[DateMention]:
    """ "the following day", "a year later": from the date written last before them."""
    relative = []
    for match in _RELATIVE_DAY.finditer(text):
        if any(m.start < match.end() and match.start() < m.end for m in found):
            continue
        # "on 23 August. Three days later ... turned it down the same evening": a relative day
        # counts from the one before it too, when that is the date written last
        earlier = sorted(
            (m for m in found + relative if m.end <= match.start()), key=lambda m: m.start
        )
        if not earlier:
            continue
        base = earlier[-1]
        if (
            _DAY_NEXT_TO_AN_EVENT.match(match.group())
            and base.precision == DAY
            and _BESIDE_A_DAY.fullmatch(text, base.end, match.start())
        ):
            # "met Abu Bakr on Tuesday, the day before the surrender", "On Saturday, the day
            # after the meeting, ...": set beside a day, the phrase says what that day was
            relative.append(DateMention(match.start(), match.end(), match.group(), base.date, DAY))
            continue
        if match.group("day_beside"):
            continue  # ", a day before" beside no day: not read
        if (base.date > published_on or base.ahead) and not _points_ahead(
            text, match.start(), future_at
        ):
            # "Boutros-Ghali, who leaves office Tuesday, ... had arrived the day before": a
            # relative day of the past counts from the last date that is not ahead.
            past = [m for m in earlier if m.date <= published_on and not m.ahead]
            if not past:
                continue
            base = past[-1]
        if match.group("same") and not _inside_quote(text, match.start()):
            # '"Today we have put right a wrong," X said after the signing. X telephoned Y that
            # evening': the speaker's "today" is the day he spoke, which the words do not date
            # (read against the publication), not a day the narrative told
            told = [
                m
                for m in earlier
                if not (_SPEAKERS_NOW.fullmatch(m.text) and _inside_quote(text, m.start))
            ]
            if told and len(told) < len(earlier):
                base = told[-1] if base not in told else base
                earlier = told
        quote = _quote_closing_before(text, base.start, match.start())
        if quote is not None:
            # '"From April 1, we have no obligations," Novak said that day': the day the
            # speaker named is not the day he spoke, which the narrative gave before the quote
            outside = [m for m in earlier if m.end <= quote.start()]
            if not outside:
                continue
            base = outside[-1]
        base = _date_of_the_main_clause(text, base, earlier)
        if match.group("same"):
            # "held talks in Manila on Sunday, and Ramos telephoned Suharto the same day": a
            # day its own sentence wrote before it (not one naming a thing: "accepted the May
            # 31 plan that night"); else the day of the event it names
            sentence_start = _sentence_start(text, match.start())
            previous_start = _sentence_start(text, max(sentence_start - 2, 0))
            if not (
                base.start >= sentence_start
                and base.precision == DAY
                and not _NAMING_A_THING.search(text, max(0, base.start - 8), base.start)
            ) and not (
                # "Soro said on Sunday that ... He met Diarra that afternoon": "that" points
                # back to the day the sentence before told, whatever event this one names
                re.match(r"(?i)that\s+(?!same\b)", match.group())
                and base.start >= previous_start
                and base.precision == DAY
                and not _NAMING_A_THING.search(text, max(0, base.start - 8), base.start)
            ):
                named = _date_of_the_event_named(text, match.start(), earlier)
                if (
                    named is not None
                    and (named.ahead or named.date > published_on)
                    and named.start < sentence_start
                    and not _points_ahead(text, match.start(), future_at)
                ):
                    # "... the truce would take effect on Wednesday. Biden said he had spoken
                    # with them earlier in the day": a day told in the past is not the day of
                    # an event still to come that a sentence before named (one its own
                    # sentence names is the day it is "earlier in")
                    named = None
                days = [m for m in earlier if m.precision == DAY and m.date <= published_on]
                if named is not None:
                    base = named
                elif base.precision != DAY and days:
                    # "... on July 17 in London ... earlier this month. The same day in London,
                    # X met Y": the day written last, not the month written since
                    base = days[-1]
            if (
                base.date <= published_on
                and not base.ahead
                and _points_ahead(text, match.start(), future_at)
            ):
                # "referendums to be held on the same day": a day still to come that is one
                # and the same for both, not a day already told
                continue
            date, precision = base.date, base.precision
        elif match.group("day_after"):
            if base.precision != DAY or base.start < _sentence_start(text, match.start()):
                continue  # no day its own sentence gave
            date, precision = base.date - datetime.timedelta(days=1), DAY
        elif match.group("event_step"):
            done = (match.group("event_done") or "").lower()
            # "a week after the signing", "three days after the text was agreed"
            noun = done if done in _DONE_TO_A_TEXT else match.group("event_noun")
            day = _nearest_day_of_the_event(text, noun, match.start(), earlier)
            if day is None:
                continue  # no day the article gave the event it names
            step = 1 if match.group("event_side").lower() == "after" else -1
            if match.group("event_count"):
                count = match.group("event_count").lower()
                step *= int(count) if count.isdigit() else _COUNTS[count]
            elif match.group("event_weeks"):
                count = match.group("event_weeks").lower()
                step *= 7 * (int(count) if count.isdigit() else _COUNTS[count])
            date, precision = day.date + datetime.timedelta(days=step), DAY
        elif match.group("opening"):
            opened = [
                m
                for m in earlier
                if m.precision == DAY and _OPENED_ON.search(text[max(0, m.start - 40) : m.start])
            ]
            if not opened:
                continue  # no day the article says something opened on
            date, precision = opened[-1].date, DAY
        elif match.group("eve"):
            if base.precision != DAY or not re.fullmatch(
                r",?\s+(?:on\s+)?", text[base.end : match.start()]
            ):
                # "met them on the eve of the signing": the day before the day the article
                # gave the signing ("signed the treaty on Tuesday"); else not told
                day = _day_of_the_event(text, match.group().split()[-1], match.start(), earlier)
                if day is None:
                    continue
                date, precision = day.date - datetime.timedelta(days=1), DAY
            else:
                date, precision = base.date, base.precision
        elif match.group("next") or match.group("previous"):
            step = 1 if match.group("next") else -1
            date, precision = base.date + datetime.timedelta(days=step), DAY
        elif match.group("same_month"):
            if base.precision == YEAR:
                base = _month_behind_a_background_year(text, base, earlier)
            if base is None:
                continue  # "that month" after "in 1998" names no month we know
            date, precision = base.date.replace(day=1), MONTH
        elif match.group("that_named_month"):
            noun = re.match(r"\s+([a-z]+)\b", text[match.end() : match.end() + 30])
            if noun and noun.group(1) not in FUNCTION_WORDS:
                continue  # "rejected that April offer": the month names the offer, dates nothing
            month = MONTHS[match.group("named_month").lower()]
            date, precision = datetime.date(base.date.year, month, 1), MONTH
        elif match.group("part_of_month"):
            if _period_still_running(text, match, base, published_on, MONTH):
                # "ELAS is to hand in its weapons by the end of the month", after "December":
                # a month whose end is still ahead is the publication's, not one already over
                date, precision = published_on.replace(day=1), MONTH
            elif base.precision == YEAR:
                continue  # "the end of the month" after "in 1998" names no month we know
            else:
                date, precision = base.date.replace(day=1), MONTH
        elif match.group("part_of_year"):
            if _period_still_running(text, match, base, published_on, YEAR):
                # "The government will hold a plebiscite before the end of the year", after
                # "the December fighting" of the year before: the publication's year
                base = DateMention(0, 0, "", published_on, DAY)
            if base.date > published_on and base.start < _sentence_start(text, match.start()):
                # "promises a vote on self-determination in 1998. A referendum is to be held
                # before the end of the year": a year still ahead that a sentence before gave
                # is a plan's, "the year" the story's own (the last date not ahead)
                past = [m for m in earlier if m.date <= published_on and not m.ahead]
                base = past[-1] if past else DateMention(0, 0, "", published_on, DAY)
            date, precision = datetime.date(base.date.year, 1, 1), YEAR
        elif match.group("that_year"):
            month = MONTHS[match.group("that_month").lower()]
            date, precision = datetime.date(base.date.year, month, 1), MONTH
        elif match.group("month_step"):
            month = MONTHS[match.group("month_name").lower()]
            year = base.date.year
            if match.group("month_way").lower() in ("following", "next"):
                year = year if month > base.date.month and base.precision != YEAR else year + 1
            else:
                year = year if month < base.date.month and base.precision != YEAR else year - 1
            date, precision = datetime.date(year, month, 1), MONTH
        elif match.group("week_step"):
            if base.precision != DAY:
                continue  # "the following week" after "in August" names no month we know
            way = (match.group("week_way") or match.group("week_side")).lower()
            sign = 1 if way in ("following", "after") else -1
            date, precision = (base.date + datetime.timedelta(days=7 * sign)).replace(day=1), MONTH
        elif match.group("next_period") or match.group("previous_period"):
            sign = 1 if match.group("next_period") else -1
            unit = next(
                match.group(group).lower()
                for group in ("next_unit", "after_unit", "previous_unit", "before_unit")
                if match.group(group)
            )
            date, precision = _step(base.date, unit, sign)
        else:
            count = match.group("count").lower()
            count = int(count) if count.isdigit() else _COUNTS[count]
            direction = match.group("direction").lower()
            sign = -1 if direction in ("earlier", "before that") else 1
            unit = match.group("unit").lower().rstrip("s")
            if unit in ("year", "month"):
                # "a year later" is read at the precision it is written in, whatever the date
                # it counts from: the year (the month for "two months later").
                date, precision = _step(base.date, unit, sign * count)
            else:
                if base.precision != DAY:
                    base = _day_before_a_background_date(text, base, earlier, published_on)
                if base is None:
                    continue  # "three days earlier" than "late last year" is no day we know
                days = count * {"week": 7, "fortnight": 14}.get(unit, 1)
                date, precision = base.date + datetime.timedelta(days=sign * days), DAY
        relative.append(DateMention(match.start(), match.end(), match.group(), date, precision))
    return sorted(found + relative, key=lambda mention: mention.start)


def _quote_closing_before(text: str, inside: int, offset: int):
    """The quoted passage holding `inside` when it closes in the sentence of `offset` (outside
    any quote): the words of the one that quote's sentence attributes."""
    for quote in _QUOTED.finditer(text):
        if quote.start() < inside < quote.end() <= offset:
            return quote if not re.search(r"[.!?\n]", text[quote.end() : offset]) else None
    return None


# ", who won the Nobel Peace Prize in 1987 for ...": a year in a relative clause after a comma,
# the background of a person or thing, not the time the narrative is at
_BACKGROUND_RELATIVE = re.compile(r",\s+(?:who|which)\b[^,.;:]*$", re.IGNORECASE)


def _month_behind_a_background_year(text: str, base: DateMention, earlier: list[DateMention]):
    """ "The first attempt came in July, ... on July 9. Arias, who won the Nobel Peace Prize in
    1987 for his work, later put forward a plan. Zelaya accepted the plan, but Micheletti's
    negotiators rejected it later that month": the month the narrative was at before the
    background year, within the two paragraphs before; else None."""
    if not _BACKGROUND_RELATIVE.search(text, _sentence_start(text, base.start), base.start):
        return None
    months = [
        m
        for m in earlier
        if m.precision != YEAR
        and m.end <= base.start
        and text.count("\n\n", m.end, base.start) <= 2
    ]
    return months[-1] if months else None


def _period_still_running(text, match, base, published_on, precision) -> bool:
    """ "is to be demobilised by the end of the month": a part of "the month" ("the year") that
    the sentence puts ahead is of a period not yet over, whichever period the date before
    names; one already over ("in mid-May" in July) gives way to the publication's."""
    if precision == MONTH:
        over = (base.date.year, base.date.month) < (published_on.year, published_on.month)
    else:
        over = base.date.year < published_on.year
    # the sentence's own future, told in the present ("will", "is to", "is expected to"), not a
    # future of the past ("was to vote by the end of the month", "hoped to finish by")
    told = _blank_quoted_words(text)[_sentence_start(text, match.start()) : match.start()]
    return (
        over
        and not base.ahead
        and re.match(r"(?i)the\s+(?:end|rest)\b", match.group()) is not None
        and _FUTURE.search(told) is not None
        and _FUTURE_OF_THE_PAST.search(told) is None
    )


_FUTURE_OF_THE_PAST = re.compile(
    r"\b(?:was|were|had|would|hoped|planned|aimed|intended|wanted)\b", re.IGNORECASE
)


# ", where he has been held since his capture in 1999": a relative clause that looks back
# from the story to its background, ending at the date
_BACKGROUND_CLAUSE = re.compile(
    r",\s+(?:where|which|who|whom)\b[^.;:,“”\"]*\b(?:since|in)\s+(?:\w+\s+){0,2}$"
)


def _day_before_a_background_date(
    text: str, base: DateMention, earlier: list[DateMention], published_on: datetime.date
) -> DateMention | None:
    """ "... read out on Thursday. Ocalan wrote from Imrali, where he has been held since his
    capture in 1999. Two days later, ...": a count of days goes on from the story's last day,
    past a year or a month a relative clause of background gave since; None where the date
    before it is no such background."""
    sentence_start = _sentence_start(text, base.start)
    if not _BACKGROUND_CLAUSE.search(text[sentence_start : base.start]):
        return None
    days = [
        m
        for m in earlier
        if m.end <= base.start and m.precision == DAY and m.date <= published_on and not m.ahead
    ]
    return days[-1] if days else None


# "..., after rebel fighters stormed the city on Aug. 6": a clause of time that goes back
# before what its sentence tells
_AFTER_CLAUSE = re.compile(r",\s+(?:shortly\s+|soon\s+|just\s+|days\s+)?after\s+", re.IGNORECASE)


def _date_of_the_main_clause(
    text: str, base: DateMention, earlier: list[DateMention]
) -> DateMention:
    """ "They met on Aug. 12, after rebels stormed the city on Aug. 6. Ten days later ...": a
    relative date counts from the day of the sentence's main clause, not from the earlier day
    of a clause of time after it that looks back ("after ..."). The day written last is kept
    unless its sentence gives another, later day before that clause."""
    sentence_start = _full_sentence_start(text, base.start)
    clauses = list(_AFTER_CLAUSE.finditer(text, sentence_start, base.start))
    if not clauses:
        return base
    after = clauses[-1]
    main = [
        m
        for m in earlier
        if sentence_start <= m.start
        and m.end <= after.start()
        and m.precision == base.precision == DAY
        and m.date > base.date
    ]
    return main[-1] if main else base


_NOUN_INFINITIVE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|that)\s+(?:[\w.’'-]+\s+){0,3}?"
    r"(?:plan|aim|hope|bid|offer|proposal|attempt|effort)s?\s+to\b",
    re.IGNORECASE,
)


def _points_ahead(text: str, offset: int, future_at=None) -> bool:
    """Whether the date at `offset` is ahead of the publication: the sentence speaks of the
    future ("will", "deadline"), or the date's own clause does ("he said he would convene
    another meeting in July", "to be signed on Jan. 16"), unless the date dates a past verb
    ("said Monday they would resume": Monday is when they said it)."""
    if _dates_a_past_verb(text, offset) or _opens_a_clause_told_in_the_past(text, offset):
        return False
    if _PLAN_CALLED_OFF.match(text, offset):
        # "A third round planned for September was postponed": a plan the narrative tells as
        # called off, whose date it gives as of the past
        return False
    in_sentence = future_at(offset) if future_at else _speaks_of_future(text, offset)
    if in_sentence and not _inside_quote(text, offset):
        # '"No one will close this door," he said, flanked by X, who brokered Thursday's
        # meeting': the future of a quoted passage is the speaker's, not the narrative's.
        in_sentence = _speaks_of_future(_blank_quotes(text), offset)
    # "rejected a United Nations plan to reunify Cyprus in a referendum on Saturday": a noun's
    # infinitive ("a plan to", "the bid to") schedules nothing
    # '"It would be wrong," he told reporters on the 14th': a quoted passage's modal is the
    # speaker's, not the clause's that dates his words
    told = text if _inside_quote(text, offset) else _blank_quoted_words(text)
    clause = _NOUN_INFINITIVE.sub(" ", _clause_before(told, offset))
    proposed = list(_PROPOSED_THAT.finditer(clause))
    if proposed:
        # "had not yet responded to his proposal that the talks resume on Monday": what is
        # proposed has a clause and a time of its own, whatever the tense of the proposing
        clause = clause[proposed[-1].end() :]
    forward_in_clause = bool(
        _FORWARD_IN_CLAUSE.search(clause)
        or _FORWARD_INFINITIVE.search(clause)
        or _FUTURE.search(clause)
        or _CALLED_FOR_A_DAY.search(clause)
        or _CALLED_FOR_A_DAY_AFTER.search(clause)
        or _deadline_of_a_request(text, offset, clause)
        or _SUMMONED_TO_COME.search(clause)
        or _promised_to_come(text, offset, clause)
    )
    if _expected_by(text, offset, clause):
        return True
    if (_PAST_IN_CLAUSE.search(clause) or _told_in_the_past(clause)) and not forward_in_clause:
        # "the final word rests with Khamenei, who had not commented by late Thursday": the
        # date's own clause is told in the past, whatever another clause promises.
        return False
    if _relative_clause_told_in_the_past(clause):
        # "said it would honour the truce that the mediators brokered from May 2": the relative
        # clause the date ends is told in the past, whatever the clause it hangs on promises
        return False
    scheduled = re.search(r"(\w+)\s*(?:\bon\s+)?$", clause)
    return (
        _scheduled_journey(text, offset)
        or in_sentence
        or _deadline_of_a_request(text, offset, clause)
        or bool(_FORWARD_IN_CLAUSE.search(clause) or _FORWARD_INFINITIVE.search(clause))
        or bool(_CALLED_FOR_A_DAY.search(clause) or _CALLED_FOR_A_DAY_AFTER.search(clause))
        or bool(_SUMMONED_TO_COME.search(clause))
        or bool(scheduled and scheduled.group(1).lower() in SCHEDULED_PRESENT_VERBS)
        or bool(_CONDITION_TO_MEET.search(clause))
        or bool(_NEXT_SITTING.search(clause))
        or _promised_to_come(text, offset, clause)
        or _extended_to(text, offset)
    )


# "The Security Council, which holds its next meeting on Colombia on the 25th": the next
# sitting a body holds (in the present; a clause told in the past is read above) is ahead
_NEXT_SITTING = re.compile(
    r"\b(?:holds?|has|have)\s+(?:its|their|the|his|her)\s+next\s+(?:[\w-]+\s+)?"
    r"(?:meeting|session|sitting|round|summit|hearing|vote)s?\b",
    re.IGNORECASE,
)
# "agreed to extend their master contract, which expired on Sept. 30, to Jan. 15": the day a
# contract, truce or deadline is extended to is its new end, ahead of the news of it
_EXTENDED_TO = re.compile(
    r"\bextend(?:s|ed|ing)?\b[^;:“”\"]*?\s(?:to|until|through|till)\s*$", re.IGNORECASE
)


def _promised_to_come(text: str, offset: int, clause: str) -> bool:
    on = re.match(r"(?i)\s*on\s", text[offset : offset + 5]) or re.search(r"(?i)\son\s*$", clause)
    return not on and bool(_PROMISED_TO_COME.search(clause))


def _extended_to(text: str, offset: int) -> bool:
    return bool(_EXTENDED_TO.search(text[_full_sentence_start(text, offset) : offset]))


# "have accepted the invitation of the Commissioners to meet them at the same place early in
# January", "Moon agreed to visit Pyongyang in the fall": the visit or meeting an invitation,
# an agreement or a promise looks to is ahead of it
# (not a date after "on": "Ireland agreed to join on Friday" is the day it agreed)
_PROMISED_TO_COME = re.compile(
    r"\b(?:agree[sd]?|promise[sd]?|pledged|invit(?:ation|ations|ed|es))\b(?:\s+[\w.’'-]+){0,6}?"
    r"\s+to\s+(?:visit|meet|attend|come|return|join)\b(?:\s+[\w.’'-]+){0,6}?\s*$",
    re.IGNORECASE,
)


# a relative pronoun after a noun, opening the clause a date may end: "the truce that India
# brokered from June 18" ("that" only before a subject of its own: not "accept that procedure")
_RELATIVE_PRONOUN = re.compile(
    r"\b[a-z]\w*\s+(?:which|who|that\s+(?=[A-Z]|(?:the|a|an|he|she|they|it|we|its|their|his)\s))",
)


def _relative_clause_told_in_the_past(clause: str) -> bool:
    relatives = list(_RELATIVE_PRONOUN.finditer(clause))
    if not relatives:
        return False
    relative = clause[relatives[-1].end() :]
    forward = (
        _FORWARD_IN_CLAUSE.search(relative)
        or _FORWARD_INFINITIVE.search(relative)
        or _FUTURE.search(relative)
    )
    return not forward and bool(_PAST_IN_CLAUSE.search(relative) or _told_in_the_past(relative))


# what may stand before a date that opens its clause: the mark ending the one before, "On"
_NOTHING_BEFORE = re.compile(r"[\s.,;:!?”\"—-]*(?:(?:on|in|at|by)\s+)?", re.IGNORECASE)
# where the clause a date opens ends: a mark, or a word opening a clause of its own
_CLAUSE_AFTER_ENDS = re.compile(
    r"[,;:.!?“”\"]|\s(?:which|who|whom|whose|when|where|while|after|before|because|if|"
    r"unless|until|so|and|but)\b"
    # "that" of a clause, not of "later that day"
    r"|\sthat\b(?!\s+(?:same\s+)?(?:day|evening|morning|night|afternoon|week|month|year)\b)",
    re.IGNORECASE,
)


def _opens_a_clause_told_in_the_past(text: str, offset: int) -> bool:
    """ "Later that day Pizarro wrapped his pistol in a flag and handed it ... to a commission,
    which is to oversee their destruction": a date opening its clause dates that clause's verb,
    told in the past, whatever a later clause of its sentence foresees."""
    if not _NOTHING_BEFORE.fullmatch(_clause_before(text, offset)):
        return False
    ends = _CLAUSE_AFTER_ENDS.search(text, offset, offset + 200)
    clause = text[offset : ends.start() if ends else offset + 200]
    return _told_in_the_past(clause) and not _FUTURE.search(clause)


# "has asked the TUC and the CBI to give their views ... by": a request, told in the present
# perfect, that something be done by a day or month
_REQUEST_TOLD_NOW = re.compile(
    r"\b(?:has|have)\s+(?:asked|urged|invited|requested|called\s+on)\b[^.;:]*\bto\s+\w+",
    re.IGNORECASE,
)


def _deadline_of_a_request(text: str, offset: int, clause: str) -> bool:
    """ "Mrs Castle has asked the TUC to give its views by the end of July": the deadline a
    request just made sets is ahead of it (not "asked them to reply by Friday", told of a
    request in the past, nor "has asked on Monday", the day it was made)."""
    by = re.match(r"(?i)by\s", text[offset : offset + 3]) or re.search(r"(?i)\sby\s*$", clause)
    return bool(by and _REQUEST_TOLD_NOW.search(clause))


# "a decision was expected by the end of April", "their release was not expected before
# Tuesday": what is expected by (or not before) a date is still to come when it is told, in the
# past as in the present
_EXPECTED = re.compile(
    r"\b(?:is|are|was|were)\s+(?:not\s+)?expected(?:\s+(?P<by>by|before|until))?\s*$",
    re.IGNORECASE,
)


def _expected_by(text: str, offset: int, clause: str) -> bool:
    expected = _EXPECTED.search(clause)
    by = re.match(r"(?i)(?:by|before|until)\s", text[offset : offset + 7])
    return bool(expected and (by or expected.group("by")))


# a noun or a verb of proposing before the clause of what it proposes
_PROPOSED_THAT = re.compile(
    r"\b(?:proposals?|proposed|proposes|suggestions?|suggested|suggests)\s+that\s+",
    re.IGNORECASE,
)


# "Morris told him to come to Carlton on Monday": the day one is told, asked or summoned to
# come is after the telling, still ahead of the story that tells it
_SUMMONED_TO_COME = re.compile(
    r"\b(?:told|asked|urged|invited|ordered|summoned)\s+(?:him|her|them|us|the\s+\w+|[A-Z]\w+)"
    r"\s+to\s+(?:come|return|appear|report)\b(?:\s+[\w.’'-]+){0,4}?\s+(?:on|by)?\s*$",
)


# "agreed to open talks, but only if Tsipras pushes the measures through by Wednesday": a
# condition told in the present is still to be met (one told in the past is read above)
_CONDITION_TO_MEET = re.compile(
    r"\b(?:only\s+if|unless|provided\s+that|on\s+condition\s+that)\b", re.IGNORECASE
)


# "Bush flies to Kiev, the capital of ..., on Thursday": a sentence whose subject opens it with
# a verb of travel in the present tells a journey to come, and its weekday is ahead.
_JOURNEY_OPENS = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+){1,3}(?:also\s+|then\s+)?"
    r"(?:flies|travels|leaves|heads|goes|returns|visits|arrives)\s+(?:on\s+|back\s+)?"
    r"(?:to|for|in|from)\b[^.;:“”\"]*$"
)


def _scheduled_journey(text: str, offset: int) -> bool:
    return _JOURNEY_OPENS.match(text[_sentence_start(text, offset) : offset]) is not None


# a date right before a past "was postponed", "were called off": the plan told in the past
# ("A summit planned for June in Esquipulas, Guatemala, was postponed": the place it was planned
# in may stand between)
_PLAN_CALLED_OFF = re.compile(
    r"\s*(?:(?:on|in|for)\s+)?[\w.]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
    r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w.’'-]*(?:,\s+(?-i:[A-Z])[\w.’'-]*)?)?"
    r",?\s+(?:was|were)\s+(?:(?:later|then|\w+ly)\s+)?"
    r"(?:postponed|cancell?ed|called\s+off|put\s+off|delayed|scrapped|shelved|pushed\s+back)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


def _blank_quotes(text: str) -> str:
    """`text` with each quoted passage's characters replaced by spaces (offsets unchanged)."""
    return _QUOTED.sub(lambda match: " " * len(match.group()), text)


def _blank_quoted_words(text: str) -> str:
    """`text` with the words of each quoted passage blanked, its full stops kept: the quote
    still ends the sentence it closes (offsets unchanged)."""
    return _QUOTED.sub(lambda match: re.sub(r"[^.!?]", " ", match.group()), text)


def _inside_quote(text: str, offset: int) -> bool:
    return any(match.start() < offset < match.end() for match in _QUOTED.finditer(text))


def _told_in_the_past(clause: str) -> bool:
    """ "the factions signed a peace agreement in Paris on Wednesday, ... until elections due
    in 1993": a clause whose verb is in the past, whatever the rest of the sentence foresees."""
    words = re.findall(r"[\w’']+", clause)
    for index, word in enumerate(words):
        before = words[index - 1].lower() if index else ""
        if _is_past_verb(word) and before not in _PASSIVE_OR_MODAL:
            return True
    return False


def _is_past_verb(word: str) -> bool:
    """ "signed", "met": a verb in the past (not "expected", "scheduled": they point ahead)."""
    word = word.lower()
    return word in IRREGULAR_PAST_VERBS or (
        len(word) > 4 and word.endswith("ed") and word not in _FORWARD_PARTICIPLES
    )


def _past_verb_follows(text: str, end: int) -> bool:
    """ "President Bill Clinton on Friday ordered six warships to ...": a day written between a
    subject and its verb in the past dates that verb, whatever else the sentence foresees; so
    does a day before a pronoun and its verb (", and on Dec. 5 it turned down an offer")."""
    following = re.match(r" (?:(?:it|he|she|they|we) )?(?:\w+ly )?(\w+)\b", text[end : end + 40])
    return following is not None and _is_past_verb(following.group(1))


def _dates_a_past_verb(text: str, offset: int) -> bool:
    if re.match(r"(?i)(?:before|by|until|after|since)\b", text[offset : offset + 6]):
        return False  # "decided before the end of November" is not a day of deciding
    before = text[max(0, offset - 60) : offset]
    # "the declaration the two leaders signed in Asmara on July 9": the place where it was
    # done stands between the past verb and the date it dates
    place = _PLACE_BEFORE_A_DATE.search(before)
    if place is not None:
        before = before[: place.start()]
    put = _PUT_ONES_NAME.search(before)
    if put is not None and put.group("before").lower() not in _MODALS:
        # "Gandhi and Irwin put their names on Thursday to a settlement": signed that day
        return True
    words = re.findall(r"[\w’']+", before[-40:])
    if words and words[-1].lower() in ("on", "in"):
        words = words[:-1]
    # "signed in Asmara on July 9", "met at Camp David on May 2": the verb dated past the place
    # it names
    place = len(words)
    while place > 1 and words[place - 1][:1].isupper():
        place -= 1
    if place < len(words) and place > 1 and words[place - 1].lower() in ("in", "at"):
        words = words[: place - 1]
    if not words:
        return False
    past = _is_past_verb(words[-1]) or _subject_then_participle(words, before, text, offset)
    # "to be signed on Jan. 16", "will be held on Monday", "is to be formally signed in
    # Helsinki on August 15" point ahead.
    before = [word.lower() for word in words[:-1]]
    while before and before[-1].endswith("ly") and len(before[-1]) > 3:
        before.pop()
    # "would honour the agreement if elected in May": a participle of a condition dates
    # nothing done
    return past and not (before and before[-1] in _NOT_DONE_YET)


_CONDITIONS = {"if", "once", "unless"}
# the word before a past form that makes it no deed done: a modal ("to be signed", "will be
# held") or a condition ("if elected")
_NOT_DONE_YET = _MODALS | _CONDITIONS


# Who may stand right before a verb as its subject: "which Mrs Castle proposed on Friday"
_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i", "it", "who", "which"}
_SUBJECT_PARTICIPLE_ON = re.compile(
    r"(?P<mark>[.!?]?)\s+(?P<subject>[\w’']+)\s+[\w’']+\s+(?:on\s*)?$", re.IGNORECASE
)


def _subject_then_participle(words: list[str], before: str, text: str, offset: int) -> bool:
    """ "a court of inquiry, which Mrs Castle proposed on Friday": a participle that otherwise
    puts its date ahead ("proposed for Monday", "the planned talks") is a verb in the past
    where its subject, a name or a pronoun, stands right before it and "on" dates it."""
    if len(words) < 2 or words[-1].lower() not in _FORWARD_PARTICIPLES:
        return False
    if not re.match(r"(?i)on\s", text[offset : offset + 3]) and not re.search(
        r"(?i)\son\s*$", before
    ):
        return False
    # the subject, the participle (and "on"), the subject not opening a sentence ("Talks
    # planned on ..." may be a headline's passive)
    subject = _SUBJECT_PARTICIPLE_ON.search(before)
    if subject is None or subject.group("mark"):
        return False
    return subject.group("subject").lower() in _SUBJECT_PRONOUNS or (
        subject.group("subject")[:1].isupper()
    )


# "put their names (on) Thursday", "put his name yesterday": the press's idiom for signing,
# whose "put" is in the past unless a modal or "to" stands before it ("refused to put")
_PUT_ONES_NAME = re.compile(
    r"\b(?P<before>[\w’']+)[\s,]+put\s+(?:their|his|her|its)\s+(?:names?|signatures?)"
    r"(?:\s+(?:on|in))?\s*$",
    re.IGNORECASE,
)
_PLACE_BEFORE_A_DATE = re.compile(r"\s(?:in|at)\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:on\s+)?$")


# a sentence's last mark inside its closing quote, then the space before the next sentence
_CLOSING_QUOTES = tuple(f"{stop}{quote} " for stop in ".?!" for quote in '"”')


def _clause_before(text: str, offset: int) -> str:
    """From the start of the date's clause (its sentence, or the last comma, semicolon, colon
    or dash before it) to the date. A sentence also ends at a quote that closes with it
    ('... would "honour every line of the timetable." The pullout was agreed in December'):
    the quoted future is not the next sentence's."""
    end = offset
    while True:
        starts = [
            text.rfind(mark, 0, end)
            for mark in (". ", "\n", "? ", "! ", ", ", "; ", ": ", " — ", " - ", *_CLOSING_QUOTES)
        ]
        start = max(starts + [0])
        # "would sign the agreement with Anglo American Platinum, Impala Platinum and Lonmin on
        # Tuesday": a comma between names of a list ends no clause; the clause goes on before it
        if (
            start > 0
            and text.startswith(", ", start)
            and _LIST_ITEMS.match(text, start + 2, offset)
        ):
            end = start
            continue
        return text[start:offset]


# what follows a comma of a list of names up to a date: "Impala Platinum and Lonmin on"
# (its last names joined by "and", so that a name after an opening phrase is no list)
_LIST_ITEMS = re.compile(
    r"(?:[A-Z][\w’'.-]*,?\s+){1,8}(?:and|or)\s+(?:[A-Z][\w’'.-]*\s+){1,4}(?:on|in|by)?\s*$"
)


# a date inside a noun phrase, naming a thing rather than dating an act: "the May 31 plan"
_NAMING_A_THING = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.IGNORECASE)


def _date_of_the_event_named(text: str, offset: int, earlier: list[DateMention]):
    """ "The meeting came on the same day as ...", "Pompeo witnessed the signing. In Kabul on
    the same day, ...": the day the article gave for that event ("met in Doha on Tuesday",
    "signed Saturday"), where a word for it stands in the sentence or the one before; not
    merely the date written last ("the truce that began Feb. 22")."""
    sentence_start = _sentence_start(text, offset)
    previous_start = _sentence_start(text, max(sentence_start - 2, 0))
    sentence_end = min(
        [end for end in (text.find(". ", offset), text.find("\n", offset)) if end >= 0]
        + [len(text)]
    )
    # After "the same day" its own sentence tells what happened that day ("The same day in
    # London, X met Y"), which names no earlier event, unless "as" compares ("came on the
    # same day as talks that ...").
    compares = re.match(r"(?i)(?:the|that)\s+same\s+\w+\s+as\b", text[offset:])
    own_end = sentence_end if compares else offset
    named = [
        EVENT_WORDS[word.group().lower()]
        for start, end in ((sentence_start, own_end), (previous_start, sentence_start))
        for word in re.finditer(r"[A-Za-z]+", text[start:end])
        if word.group().lower() in EVENT_WORDS
    ]
    for event in dict.fromkeys(named):
        latest = True
        for word in reversed(list(re.finditer(r"[A-Za-z]+", text[:offset]))):
            if EVENT_WORDS.get(word.group().lower()) != event:
                continue
            near = [
                date
                for date in earlier
                if not re.search(r"[.;,]", _between(text, word, date))
                and len(_between(text, word, date).split()) <= 5
            ]
            days = [date for date in near if date.precision == DAY]
            if days:
                return min(days, key=lambda date: len(_between(text, word, date)))
            if near:
                # "three days of talks in Washington earlier this month": the event told last
                # has a date of its own, and no day; an older one of its kind is another
                break
            if latest:
                # "... were cleared on July 17 in London, where Bush and Gorbachev met. [...] The
                # same day, Gorbachev met ...": the last telling of the event is dated by the one
                # day its sentence gives, when no day was named since
                own = _full_sentence_start(text, word.start())
                days = [
                    date
                    for date in earlier
                    if date.precision == DAY and _full_sentence_start(text, date.start) == own
                ]
                if len(days) == 1 and not any(
                    date.precision == DAY
                    and date.start > days[0].end
                    and _full_sentence_start(text, date.start) != own
                    for date in earlier
                ):
                    return days[0]
            latest = False
    return None


def _day_of_the_event(text: str, noun: str, offset: int, earlier: list[DateMention]):
    """The day the article gave, before `offset`, to the event `noun` names ("signing":
    "signed the treaty ... on Tuesday", "Tuesday's signing"), told last."""
    event = EVENT_WORDS.get(noun.lower())
    if event is None:
        return None
    for word in reversed(list(re.finditer(r"[A-Za-z]+", text[:offset]))):
        if EVENT_WORDS.get(word.group().lower()) != event:
            continue
        days = [
            date
            for date in earlier
            if date.precision == DAY
            and not re.search(r"[.;]", _between(text, word, date))
            and len(_between(text, word, date).split()) <= 8
        ]
        if days:
            return min(days, key=lambda date: len(_between(text, word, date)))
    return None


# "put their names to the accord": the press's other way of writing "signed", one event word
_EVENT_WORD = re.compile(
    r"\b(?P<put>put\s+(?:their|his|her|its)\s+(?:names?|signatures?))\b|[A-Za-z]+",
    re.IGNORECASE,
)


# "the deal was closed", "the text was agreed": the participles that tell a text settled, one
# event; the day is the one written by any of them ("The final terms were agreed on Thursday")
_DONE_TO_A_TEXT = {
    "agreed": "agree", "closed": "agree", "reached": "agree", "sealed": "agree",
    "settled": "agree", "struck": "agree", "clinched": "agree", "finalised": "agree",
    "finalized": "agree", "concluded": "agree", "signed": "sign", "initialled": "initial",
    "initialed": "initial",
}  # fmt: skip


def _event_of_word(word, done=False) -> str | None:
    if word.group("put"):
        return "sign"  # not "put" alone, nor "putting", "output"
    if done:
        return _DONE_TO_A_TEXT.get(word.group().lower())
    return EVENT_WORDS.get(word.group().lower())


def _nearest_day_of_the_event(text: str, noun: str, offset: int, earlier: list[DateMention]):
    """The day written nearest, before `offset`, to a word for the event `noun` names: "On
    July 5 Greeks voted ... the creditors' proposal of June 25 in a referendum" gives the vote
    July 5, the day right by "voted", not June 25, which dates the proposal ("of June 25")."""
    done = noun.lower() in _DONE_TO_A_TEXT
    event = _DONE_TO_A_TEXT[noun.lower()] if done else EVENT_WORDS.get(noun.lower())
    if event is None:
        return None
    pairs = []
    for word in _EVENT_WORD.finditer(text[:offset]):
        if _event_of_word(word, done) != event:
            continue
        for date in earlier:
            if date.precision != DAY or re.search(r"[.;]", _between(text, word, date)):
                continue
            if re.search(r"\bof\s+$", text[max(0, date.start - 4) : date.start]):
                continue  # "the creditors' proposal of June 25": the day dates a thing named
            gap = len(_between(text, word, date).split())
            # "signed a peace treaty with Germany and her allies at Brest-Litovsk on Sunday":
            # the day may stand a dozen words on in the verb's own clause, past its place
            if gap <= 12:
                pairs.append((gap, -word.start(), date))
    return min(pairs, key=lambda pair: pair[:2])[2] if pairs else None


def _between(text: str, word, date: DateMention) -> str:
    if date.start >= word.end():
        return text[word.end() : date.start]
    return text[date.end : word.start()]


# a sentence's end: not the full stop of an initial or an abbreviation ("U.S. ambassador")
_FULL_STOP = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])[.!?][\"”’]?\s+(?=[\"“A-Z])|\n")


def _full_sentence_start(text: str, offset: int) -> int:
    return max([stop.end() for stop in _FULL_STOP.finditer(text, 0, offset)] + [0])


def _sentence_start(text: str, offset: int) -> int:
    marks = [(text.rfind(mark, 0, offset), mark) for mark in (". ", "\n")]
    return max([found + len(mark) for found, mark in marks if found >= 0] + [0])


def speaks_of_future(sentence: str) -> bool:
    return bool(_FUTURE.search(sentence))


_PRESENT_OR_MODAL = re.compile(r"\b(?:is|are|has|have|would|can|may|might|must)\b")
_EVENT_OF_A_MONTH = re.compile(
    r"\s+(?:general\s+|presidential\s+|parliamentary\s+)?(?:elections?|polls?|vote|referendum)\b",
    re.IGNORECASE,
)


def _month_tense(match, future):
    """How a month without a year is placed: ahead where the text points ahead, in the past
    where its sentence holds a verb in the past ("Turnout in the September vote was low"),
    else by neither (None is the past, False neither: "the charter leaves it to the September
    elections")."""
    if future or future is _PAST:
        return future
    text, offset = match.string, match.start()
    following = _FULL_STOP.search(text, offset)
    sentence = text[_full_sentence_start(text, offset) : following.start() if following else None]
    if _PAST_IN_CLAUSE.search(sentence) or _told_in_the_past(sentence):
        return _PAST
    # a verb whose tense is not told by its form ("Juba shut down its production in January")
    # leaves the month in the past; the present, a modal or an event the month names ("the
    # April elections") place it by neither
    if _PRESENT_OR_MODAL.search(sentence) or _EVENT_OF_A_MONTH.match(text, match.end()):
        return future
    return _PAST


def _speaks_of_future(text: str, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of the future; its full stops are not those
    of an abbreviation ("South Africa will begin implementing U.N. Security Council Resolution
    435 on April 1" is one sentence)."""
    following = _FULL_STOP.search(text, offset)
    end = following.start() if following else len(text)
    return speaks_of_future(text[_full_sentence_start(text, offset) : end])


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
        if name in ("month_day", "day_month"):
            if _HEAD_OF_A_NAME_AFTER.match(match.string, match.end()):
                return None  # "the 19th of April Movement", "the March 23 Movement": names
            return _nearest_day(_month(match), int(groups["day"]), published_on, future), DAY
        if name == "ordinal_day":
            return _day_of_a_month_near(int(groups["day"]), published_on, future), DAY
        if name == "ordinal_of_month":
            index = published_on.year * 12 + published_on.month - 1
            index += _MONTH_STEP[groups["relative"].lower()]
            return datetime.date(index // 12, index % 12 + 1, int(groups["day"])), DAY
        if name == "weekday_date":
            return _day_of_weekday(match, published_on, future), DAY
        if name == "nth_weekday":
            return _nth_weekday(match, published_on, future), DAY
        if name == "day_year_word":
            year = published_on.year + _YEAR_STEP[groups["yearword"].lower()]
            return datetime.date(year, _month(match), int(groups["day"])), DAY
    except ValueError:
        return None  # "February 30"
    if name == "month_year_word":
        year = published_on.year + _YEAR_STEP[groups["yearword"].lower()]
        return datetime.date(year, _month(match), 1), MONTH
    if name == "before_holiday":
        day = _nearest_day(*FIXED_HOLIDAYS["christmas"], published_on, future)
        return day.replace(day=1), MONTH
    if name == "holiday":
        holiday = re.sub(r"\s+", " ", groups["holiday"].lower().replace("’", "'"))
        return _nearest_day(*FIXED_HOLIDAYS[holiday], published_on, future), DAY
    if name == "ago":
        count = groups["count"].lower()
        count = int(count) if count.isdigit() else _COUNTS[count]
        unit = groups["unit"].lower().rstrip("s")
        if groups["from_day"]:
            return _step_back_to_the_day(published_on, groups["from_day"].lower(), unit, count)
        return _step_back(published_on, unit, count)
    if name == "bare_month":
        if (
            _is_part_of_a_name(match)
            or re.search(
                r"(?i)\b(?:following|next|previous|preceding|that)\s+$",
                match.string[: match.start()],
            )
            or _OF_THAT_YEAR.match(match.string, match.end())
        ):
            return None  # a name; "the following May" counts from the date before it
        month = MONTHS[(groups["month"] or "may").lower()]
        return _month_around(month, published_on, _month_tense(match, future)), MONTH
    if name == "part_month_year":
        return datetime.date(int(groups["year"]), _month(match), 1), MONTH
    if name == "relative_month" and _OF_THAT_YEAR.match(match.string, match.end()):
        return None  # "in October of that year": read from the date before it
    if name == "relative_month":
        if re.match(r"[’']s\b", match.string[match.end() :]) and groups[
            "month"
        ] in _months_that_are_surnames(match.string):
            return None  # "hard-liners in May's own party": Theresa May's, not the month's
        if not groups["relative"] and not groups["part"]:
            return None  # a month alone: "bare_month" decides whether it is one
        month = _month(match)
        relative = (groups["relative"] or "").lower()
        year = published_on.year
        if relative == "last":
            year = year if month < published_on.month else year - 1
        elif relative == "next":
            year = year if month > published_on.month else year + 1
        elif relative == "this":
            pass
        elif relative == "since":
            # "has been under direct rule since March": a state lasting to now began before
            return _month_around(month, published_on, _PAST), MONTH
        else:
            return _month_around(month, published_on, _month_tense(match, future)), MONTH
        return datetime.date(year, month, 1), MONTH
    if name == "weekday_of_week":
        monday = published_on - datetime.timedelta(days=published_on.weekday())
        monday += datetime.timedelta(days=7 * _YEAR_STEP[groups["relative"].lower()])
        return monday + datetime.timedelta(days=WEEKDAYS[groups["weekday"].lower()]), DAY
    if name == "weekday":
        weekday = WEEKDAYS[groups["weekday"].lower()]
        relative = (groups["relative"] or "").lower()
        if not relative and _WEEKLY_CUSTOM.match(match.string, match.end()):
            return None  # "the broadcast of Sunday mass", "Friday prayers": a custom, no day
        if relative == "next":
            delta = (weekday - published_on.weekday()) % 7 or 7
            return published_on + datetime.timedelta(days=delta), DAY
        if future and relative != "last":
            # Ahead means on or after the publication, as the past means on or before it: a
            # wire report of a Thursday that says "he is expected back on Thursday" means that
            # same day; only "next Thursday" is a week on.
            delta = (weekday - published_on.weekday()) % 7
            return published_on + datetime.timedelta(days=delta), DAY
        delta = (published_on.weekday() - weekday) % 7
        if relative == "last" and delta <= 1:
            # "last Tuesday" in a paper of Wednesday: the day before would be "yesterday", so
            # it is the Tuesday of the week before
            delta += 7
        return published_on - datetime.timedelta(days=delta), DAY
    if name == "relative_day":
        if re.search(
            r"(?i)\b(?:a|an|the|better|brighter|our|their)\s+$", match.string[: match.start()]
        ):
            return None  # "a better tomorrow", "the world of today": not a day
        word = " ".join(groups["word"].lower().replace("-", "").split())
        if word == "tonight" and future:
            # "a ceasefire due to take effect at midnight tonight": an hour set ahead, told
            # as a time of day; the night's date is what was done in it ("rejected it tonight")
            return None
        offset = {
            "yesterday": -1, "last night": -1, "last evening": -1, "today": 0, "tonight": 0,
            "tomorrow": 1, "this morning": 0, "this afternoon": 0,
        }[word]  # fmt: skip
        return published_on + datetime.timedelta(days=offset), DAY
    if name == "season":
        if groups["season"][0].isupper() and re.match(r"\s+[A-Z]", match.string[match.end() :]):
            return None  # "the Spring Valley section", "the Winter Palace": a season in a name
        return _season_year(groups, published_on, future), YEAR
    if name == "relative_period":
        if re.search(
            r"(?i)\b(?:a|an)\s+$", match.string[max(0, match.start() - 4) : match.start()]
        ):
            return None  # "brought them together for a last week of talks": a span, no date
        step = {"last": -1, "next": 1}.get(groups["relative"].lower(), 0)
        if groups["relative"].lower().endswith("new") and published_on.month > 6:
            # "in the new year" in a paper of the year's second half: the year that follows
            # (early in January it is the year just begun)
            step = 1
        if (
            groups["relative"].lower() == "this"
            and re.search(
                r"(?i)\bearlier\s+$", match.string[max(0, match.start() - 10) : match.start()]
            )
            and published_on.day == 1
            and (groups["unit"].lower() == "month" or published_on.month == 1)
        ):
            # "earlier this month" in a paper of the 1st: written the day before, of the
            # month that day was in
            step = -1
        if groups["unit"].lower() == "year":
            return datetime.date(published_on.year + step, 1, 1), YEAR
        if groups["unit"].lower() == "week":
            # "proposed last week": a week straddles no day we could name, but its month is
            # known (the month of the day a week before, of or after the publication)
            day = published_on + datetime.timedelta(days=7 * step)
            return day.replace(day=1), MONTH
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
            and not _QUALIFIED_BY_A_YEAR.match(following)
        ):
            return None  # "2000 hostages" is a number, "the 1979 treaty" a year
        if not 1500 <= year <= published_on.year + 20:
            return None
        return datetime.date(year, 1, 1), YEAR
    return None


_YEAR_STEP = {"last": -1, "this": 0, "next": 1}
# "the 5th inst.", "the 24th ult.", "the 2d prox.": this month, the last, the next
_MONTH_STEP = {
    **_YEAR_STEP, "inst": 0, "instant": 0, "ult": -1, "ultimo": -1, "prox": 1, "proximo": 1
}  # fmt: skip
# the head word of a movement, a square or a bridge that a day names ("the 26th of July
# Movement", "6th of October Bridge")
_HEAD_OF_A_NAME_AFTER = re.compile(
    r"\s+(?:Movement|Front|Party|Brigades?|Group|Revolution|Uprising|Square|Street|Avenue|"
    r"Bridge|Stadium|University|Coalition|Alliance)\b"
)
# plural nouns a year qualifies rather than counts ("to 2008 levels", "the 1967 borders")
_QUALIFIED_BY_A_YEAR = re.compile(r"\s+(?:levels|borders|lines|frontiers|boundaries)\b")
# `future` is False for a date nothing points ahead, _PAST for the date of a past verb
# ("collapsed on Nov. 30"), which cannot be ahead of the publication.
_PAST = None
# A day written without its year is taken in the publication's year, as wire style writes it
# (a day of another year gets its year, or "last year"), unless that puts it far ahead with
# nothing in the sentence pointing ahead ("Dec. 28" in an article of Jan. 5 is last December),
# or the sentence points ahead to a day already long past this year.
_AHEAD_WITHOUT_A_WORD = datetime.timedelta(days=183)
_PAST_BUT_AHEAD = datetime.timedelta(days=60)


def _nearest_day(month: int, day: int, published_on: datetime.date, future: bool):
    this_year = datetime.date(published_on.year, month, day)
    if this_year <= published_on:
        if future and published_on - this_year > _PAST_BUT_AHEAD:
            return _shift_year(this_year, 1)
        return this_year
    if future or (future is not _PAST and this_year - published_on <= _AHEAD_WITHOUT_A_WORD):
        return this_year
    return _shift_year(this_year, -1)


def _day_of_a_month_near(day: int, published_on: datetime.date, future: bool) -> datetime.date:
    """ "on the 3rd": that day of the publication's month when it is not past the publication
    (else of the month before); of the publication's month or the next when the sentence points
    ahead."""
    index = published_on.year * 12 + published_on.month - 1
    if future:
        index += 0 if day >= published_on.day else 1
    else:
        index -= 0 if day <= published_on.day else 1
    return datetime.date(index // 12, index % 12 + 1, day)


def _shift_year(date: datetime.date, years: int) -> datetime.date:
    try:
        return date.replace(year=date.year + years)
    except ValueError:  # February 29
        return date.replace(year=date.year + years, day=28)


# A month without a year that no tense places is at most this many months ahead of the
# publication ("a referendum in October" in May), as a day is at most half a year ahead.
_MONTHS_AHEAD_WITHOUT_A_WORD = 5


def _month_around(month: int, published_on: datetime.date, future: bool) -> datetime.date:
    """A month without a year: the latest one on or before the publication month, or the next
    one from it when the sentence points ahead; a month no tense places (neither ahead nor in
    the past) is the nearest one, a few months ahead at most."""
    year = published_on.year
    ahead = (month - published_on.month) % 12
    if future or (future is not _PAST and 0 < ahead <= _MONTHS_AHEAD_WITHOUT_A_WORD):
        year = year if month >= published_on.month else year + 1
    else:
        year = year if month <= published_on.month else year - 1
    return datetime.date(year, month, 1)


_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _nth_weekday(match, published_on: datetime.date, future: bool) -> datetime.date:
    """ "the first Monday in November": in the month's year if written, else in the month
    nearest the publication on the side the sentence points to."""
    month = _month(match)
    if match.group("year"):
        first = datetime.date(int(match.group("year")), month, 1)
    else:
        first = _month_around(month, published_on, future)
    weekday = WEEKDAYS[match.group("weekday").lower()]
    nth = match.group("nth").lower()
    if nth == "last":
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return last - datetime.timedelta(days=(last.weekday() - weekday) % 7)
    day = first + datetime.timedelta(days=(weekday - first.weekday()) % 7)
    return day + datetime.timedelta(days=7 * _NTH[nth])


def _day_of_weekday(match, published_on: datetime.date, future: bool) -> datetime.date:
    """ "Thursday, August 4": the year, of the one before and after, that puts the day on that
    weekday, nearest the publication; else as a day without a year."""
    month, day = _month(match), int(match.group("day"))
    weekday = WEEKDAYS[match.group("weekday").lower()]
    fitting = []
    for year in (published_on.year - 1, published_on.year, published_on.year + 1):
        try:
            date = datetime.date(year, month, day)
        except ValueError:
            continue
        if date.weekday() == weekday:
            fitting.append(date)
    if fitting:
        return min(fitting, key=lambda date: abs(date - published_on))
    return _nearest_day(month, day, published_on, future)


# The month each season starts in (the northern hemisphere's, as wire copy from it writes);
# "last summer" is year precision, like "the autumn of 2020".
_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season_year(groups, published_on: datetime.date, future=False) -> datetime.date:
    """The year a season begins in: "last summer" the latest summer over before the
    publication, "this summer" the one under way or to come, "next summer" the one after."""
    start = _SEASON_STARTS[groups["season"].lower()]
    begun = datetime.date(published_on.year, start, 1)
    if begun > published_on:
        begun = begun.replace(year=begun.year - 1)  # the latest one begun
    under_way = (published_on.month - start) % 12 < 3
    if not groups.get("relative"):
        # "in the summer": the latest one begun, or the next one to begin when the sentence
        # points ahead ("a referendum expected in the autumn")
        under_way = (published_on.month - start) % 12 < 3
        return datetime.date(begun.year + 1 if future and not under_way else begun.year, 1, 1)
    relative = groups["relative"].lower().split()[-1]
    if relative == "last":
        year = begun.year - 1 if under_way else begun.year
    elif relative == "this":
        # "pressed both presidents this summer" in December: this year's, already over,
        # unless the sentence points ahead
        over_this_year = begun.year == published_on.year and future is not True
        year = begun.year if under_way or over_this_year else begun.year + 1
    else:
        year = begun.year + 1
    return datetime.date(year, 1, 1)


def _step(date: datetime.date, unit: str, count: int):
    """`count` years (year precision) or months (month precision) from `date`."""
    if unit == "year":
        return datetime.date(date.year + count, 1, 1), YEAR
    index = date.year * 12 + date.month - 1 + count
    return datetime.date(index // 12, index % 12 + 1, 1), MONTH


def _step_back(published_on: datetime.date, unit: str, count: int):
    """ "two weeks ago", "three months ago", "a year ago" from the publication date; "a decade
    ago" is the year ten years back."""
    if unit == "decade":
        return datetime.date(published_on.year - 10 * count, 1, 1), YEAR
    if unit == "year":
        return datetime.date(published_on.year - count, 1, 1), YEAR
    if unit == "month":
        index = published_on.year * 12 + published_on.month - 1 - count
        return datetime.date(index // 12, index % 12 + 1, 1), MONTH
    days = count * (7 if unit == "week" else 1)
    return published_on - datetime.timedelta(days=days), DAY


def _step_back_to_the_day(published_on: datetime.date, from_day: str, unit: str, count: int):
    """ "a week ago today", "a month ago yesterday", "a year ago today": the same day of the
    week, month or year, counted back from the publication day (or the day before it), so a
    day, not the month or year "a month ago" alone stands for."""
    day = published_on - datetime.timedelta(days=1 if from_day == "yesterday" else 0)
    if unit in ("day", "week"):
        return day - datetime.timedelta(days=count * (7 if unit == "week" else 1)), DAY
    months = count * {"month": 1, "year": 12, "decade": 120}[unit]
    index = day.year * 12 + day.month - 1 - months
    year, month = index // 12, index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last_day)), DAY


# Words that stand before a month as a date, never as a first name ("Sunday May", "In May").
_NOT_A_FIRST_NAME = {
    *WEEKDAYS,
    *(name.lower() for name in calendar.month_name if name),
    "in", "on", "of", "by", "since", "until", "last", "next", "this", "early", "mid", "late",
    "the", "during", "before", "after", "from", "through", "that",
}  # fmt: skip


def _months_that_are_surnames(text: str) -> set[str]:
    """ "Prime Minister Theresa May", "Mrs. May": a month written after a first name or a title
    is a person's surname, and the same word alone elsewhere ("May's government") is that
    person, not the month."""
    surnames = set()
    for match in re.finditer(
        rf"(?:\b(?P<first>[A-Z][a-z]+)|(?P<title>\b{_TITLE_BEFORE_SURNAME}))[ \t]+"
        r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
        r"November|December)\b(?!\.?\s*\d)",
        text,
    ):
        first = match.group("first")
        if first and (
            first.lower() in _NOT_A_FIRST_NAME
            or (
                re.search(
                    r"(?:^|[.!?\n]\s*|[“\"]\s*)$", text[max(0, match.start() - 3) : match.start()]
                )
                and not re.search(
                    rf"\b{_TITLE_BEFORE_SURNAME}\s+$",
                    text[max(0, match.start() - 8) : match.start()],
                )
            )
        ):
            continue  # "In May", "Sunday May": a date; a word opening a sentence is no name
        surnames.add(match.group("month"))
    return surnames


def _is_part_of_a_name(match) -> bool:
    """ "Radio April", "June Tabor", "the April 6 Movement": a month among capitalised words is
    part of a name, not a date."""
    text, start, end = match.string, match.start(), match.end()
    month = match.group("month") or match.group("may") or match.group("mays")
    if month in _months_that_are_surnames(text) and not re.match(r"(?i)the\s", match.group()):
        return True  # "the May vote" stays the month, whoever is named May
    before = re.search(r"([A-Za-z][\w’'-]*)[ \t]+$", text[max(0, start - 30) : start])
    sentence_start = re.search(r"(?:^|[.!?\n]\s*|[“\"]\s*)$", text[max(0, start - 3) : start])
    possessive = before and re.search(r"[’']s$", before.group(1))
    if before and before.group(1)[0].isupper() and not sentence_start and not possessive:
        return True
    return bool(re.match(r"\s+[A-Z]", text[end : end + 2]))


_SPEAKERS_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# How long before its publication a wire report may tell of the day its lead names.
_NEWS_DAY_BEFORE_PUBLICATION = datetime.timedelta(days=2)


def with_speakers_days(
    text: str, found: list[DateMention], quotes, published_on: datetime.date
) -> list[DateMention]:
    """ "“Today the region chose peace,” Gonsalves said" in a report of Thursday's talks
    published on Friday: a speaker's "today" is the day he spoke, the day the lead gives its
    news ("pledged on Thursday"), not the day of publication. Only for a day the lead names
    just before the publication; a quote is taken as spoken on the day of the news."""
    lead_end = text.find("\n")
    lead_end = len(text) if lead_end < 0 else lead_end
    lead_days = [
        mention
        for mention in found
        if mention.end <= lead_end
        and mention.precision == DAY
        and not mention.ahead
        and published_on - _NEWS_DAY_BEFORE_PUBLICATION <= mention.date < published_on
        and mention.text.lower().replace("-", "") not in _SPEAKERS_DAYS
    ]
    if not lead_days:
        return found
    news_day = lead_days[0].date
    resolved = []
    for mention in found:
        step = _SPEAKERS_DAYS.get(mention.text.lower().replace("-", ""))
        if step is not None and any(q.start <= mention.start < q.end for q in quotes):
            mention = replace(mention, date=news_day + datetime.timedelta(days=step))
        resolved.append(mention)
    return resolved
