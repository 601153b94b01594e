"""The article cut into what the rules read: tokens in their normal form (the one
negotiations/names.py gives names, so that the gazetteer and the text agree), sentences, and
quoted passages, each with its character offsets into the text."""

import re
from dataclasses import dataclass

from negotiations.intake.vocabulary import WEEKDAY_PATTERN
from negotiations.names import normalize_name

# An abbreviation with periods (U.S., U.N.) is one token; otherwise a run of letters and digits
# joined by inner apostrophes and hyphens (al-Sisi, Ba'ath, hostage-prisoner), or by a plus sign
# that a name writes for "plus" (OPEC+, P5+1: the normal form reads the sign as the word).
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:[-'’+][^\W_]+)*\+?")
_POSSESSIVE = re.compile(r"[’']s$", re.IGNORECASE)
ARABIC_ARTICLES = {"al", "el", "ul"}
_ARTICLE_BEFORE_CAPITAL = re.compile(r"(?:al|el|ul)-[A-Z]")

# A sentence ends at . ! ? (after a closing quote too, or a nested pair) followed by space and
# a capital or quote, but not after the abbreviations that wire copy puts before names.
_SENTENCE_END = re.compile(r"[.!?][”\"’']{0,2}(?=\s+[“\"‘'A-Z0-9(])|\n\s*\n")
# an hour's "a.m." or "p.m." before its time elsewhere in brackets or its weekday: no end
_HOUR_GOES_ON = re.compile(rf"\b[ap]\.m\.\s+(?:\(|(?:{WEEKDAY_PATTERN})\b)")
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "col",
    "lt",
    "sen",
    "rep",
    "st",
    "jan",
    "feb",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
    "no",
    "maj",
    "capt",
    "sgt",
    "gov",
    "prof",
    "rev",  # "the Rev. Ian Paisley"
    "bros",  # "Warner Bros. Discovery chief David Zaslav"
}

_QUOTE_PAIRS = [("“", "”"), ("«", "»"), ("„", "“")]


@dataclass(frozen=True)
class Token:
    index: int
    start: int
    end: int  # without a possessive 's
    text: str
    words: tuple[str, ...]  # the normal form, split (hostage-prisoner is two words)
    possessive: bool
    is_article: bool  # al-, el- written apart ("Al Thani"), which names skip

    @property
    def capitalised(self) -> bool:
        # "al-Ansari", "el-Sisi": a name whose Arabic article is joined to it by a hyphen
        return self.text[:1].isupper() or bool(_ARTICLE_BEFORE_CAPITAL.match(self.text))


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        raw = match.group()
        end = match.end()
        possessive = bool(_POSSESSIVE.search(raw)) and len(raw) > 2
        if possessive:
            raw = raw[:-2]
            end -= 2
        words = tuple(normalize_name(raw).split()) or (raw.casefold(),)
        is_article = raw.casefold() in ARABIC_ARTICLES
        if is_article:
            words = (raw.casefold(),)
        tokens.append(Token(len(tokens), match.start(), end, raw, words, possessive, is_article))
    return tokens


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    first_token: int  # index of its first token
    last_token: int  # index past its last token


def paragraph_start(text: str, offset: int) -> int:
    """Where the paragraph holding `offset` begins: after the last line break before it."""
    return text.rfind("\n", 0, offset) + 1


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    bounds = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        # a closing quotation mark after the stop ends the sentence even when the word
        # before it is an abbreviation's: 'must be "yes or no." Li', '“in the U.S.” Then'
        closed = match.group()[1:] != "" and match.group()[0] in ".!?"
        before = re.search(r"(\w+)\.$", text[start : match.start() + 1])
        if not closed and before and before.group(1).casefold() in _ABBREVIATIONS:
            continue
        if (
            not closed
            and text[match.start()] == "."
            and re.search(r"\b[A-Z]\.$", text[: match.start() + 1])
        ):
            continue  # an initial (John F. Kennedy) or U.S.
        if _HOUR_GOES_ON.match(text, match.start() - 3):
            continue  # "shortly before 9 a.m. (0700 GMT), adding", "at 2 a.m. Wednesday"
        bounds.append((start, match.end()))
        start = match.end()
    if start < len(text):
        bounds.append((start, len(text)))
    sentences = []
    position = 0
    for begin, finish in bounds:
        while begin < finish and text[begin].isspace():
            begin += 1
        if begin >= finish:
            continue
        first = position
        while position < len(tokens) and tokens[position].start < finish:
            position += 1
        sentences.append(Sentence(begin, finish, first, position))
    return sentences


@dataclass(frozen=True)
class QuotedPassage:
    start: int  # of the passage inside the quotation marks
    end: int
    text: str


def quoted_passages(text: str) -> list[QuotedPassage]:
    """Passages between typographic quotation marks, or between straight double quotes paired
    in order within a paragraph."""
    found = []
    for opening, closing in _QUOTE_PAIRS:
        position = 0
        while True:
            start = text.find(opening, position)
            if start < 0:
                break
            end = text.find(closing, start + 1)
            paragraph_end = text.find("\n\n", start)
            if end < 0 or (0 <= paragraph_end < end):
                # A quote running on into the next paragraph leaves this one unclosed and
                # opens the next with a new mark.
                if paragraph_end >= 0 and text[paragraph_end:].lstrip().startswith(opening):
                    found.append(_passage(text, start + 1, paragraph_end))
                position = start + 1
                continue
            found.append(_passage(text, start + 1, end))
            position = end + 1
    for paragraph in re.finditer(r"[^\n]+", text):
        marks = [m.start() for m in re.finditer('"', paragraph.group())]
        for opening, closing in zip(marks[::2], marks[1::2], strict=False):
            start = paragraph.start() + opening + 1
            found.append(_passage(text, start, paragraph.start() + closing))
    found = [passage for passage in found if passage.text]
    return sorted(found, key=lambda passage: passage.start)


def _passage(text: str, start: int, end: int) -> QuotedPassage:
    """The passage without the spaces inside its marks, nor the comma that wire copy puts
    inside them before the attribution (“..., ” Blinken said)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return QuotedPassage(start, end, text[start:end])
