"""One article being read: its text cut into tokens and sentences, and everything the
extractors found so far (actor mentions, places, proposals, dates), shared between them."""

import datetime
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from negotiations.intake.clauses import Clause, char_span, clauses_of
from negotiations.intake.dates import DateMention
from negotiations.intake.gazetteer import Gazetteer, country_code_by_name
from negotiations.intake.text import (
    QuotedPassage,
    Sentence,
    Token,
    quoted_passages,
    split_sentences,
    tokenize,
)


@dataclass(frozen=True)
class Mention:
    """A stretch of text that refers to an actor: `ref` is "actor:<id>" for a recorded actor,
    "actor:new:<name>" for one the article introduces."""

    start: int
    end: int
    first_token: int
    last_token: int  # index past the last token
    ref: str
    via: str  # name, title, surname, country, institution, new

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


def state_named_most(
    mentions: Iterable[Mention],
    is_state: Callable[[str], bool],
    *,
    clearly: bool = False,
    at_least: int = 1,
) -> str | None:
    """The state the mentions name most, the first named of those named as often: what a bare
    "the Senate" or "the government" belongs to when nothing nearer names its state (the
    actors and the signals steps). `clearly`: only a state named by its name more often than
    any other, else None; a demonym or a post ("North Korean troops",
    "the Italian mediator") names people of the state, not the one the article is about.
    `at_least`: how many times that state must be named (the actors step asks two before
    giving a bare "the government" to a state the sentence names only as a place)."""
    counts: dict[str, int] = {}
    first_at: dict[str, int] = {}
    for mention in mentions:
        if is_state(mention.ref) and not (clearly and mention.via in ("post", "demonym")):
            counts[mention.ref] = counts.get(mention.ref, 0) + 1
            first_at[mention.ref] = min(first_at.get(mention.ref, mention.start), mention.start)
    # of those named as often, a recorded state before one new to the tracker ("a territory the
    # size of France" in a Canadian article) (tune44g)
    ranked = sorted(counts, key=lambda ref: (-counts[ref], ":new:" in ref, first_at[ref]))
    if not ranked or counts[ranked[0]] < at_least:
        return None
    if clearly and len(ranked) > 1 and counts[ranked[1]] == counts[ranked[0]]:
        return None
    return ranked[0]


@dataclass
class NewActor:
    key: str
    name: str
    kind: str
    start: int
    end: int
    short_name: str = ""  # the abbreviation in brackets after its name: "(RSF)"


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    name: str
    location_id: int | None


@dataclass(frozen=True)
class ProposalMention:
    start: int
    end: int
    proposal_id: int | None  # None: "the plan" that nothing in the article pins down


@dataclass
class Document:
    text: str
    published_on: datetime.date
    gazetteer: Gazetteer | None = None  # built from the tokens (Gazetteer.build)
    tokens: list[Token] = field(init=False)
    sentences: list[Sentence] = field(init=False)
    quotes: list[QuotedPassage] = field(init=False)
    mentions: list[Mention] = field(default_factory=list)
    # leaders named in passing in a body's noun phrase ("the party of X"): actors, but not in
    # `mentions`, which the meetings, signals and quotes read (the body answers, not he)
    passing_mentions: list[Mention] = field(default_factory=list)
    # "Its chairman, X,", "X, its chairman,": the body "its" stands for before its head's post
    # beside his name (actors.py): read by the signals only, as the body he answers for; the
    # quotes and meetings keep him (r61its)
    its_before_a_head: list[Mention] = field(default_factory=list)
    new_actors: dict[str, NewActor] = field(default_factory=dict)
    # "X, president of the Y, spoke for the employers": each person who acts for the people a
    # body is named by, and the mention of that noun phrase (actors.py), for the meetings
    officers_of_sides: list[tuple[Mention, Mention]] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    proposals: list[ProposalMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    # a state's body whose decision is the state's answer (its cabinet), and an organisation's
    # organ whose decision is the organisation's ("the MDC's national council endorsed it"):
    # ref -> the state's (the owner's) ref
    state_of_body: dict[str, str] = field(default_factory=dict)
    # the actors that chair or host the talks and the bodies of those who are people
    # (meetings.py reads them once, when first asked)
    chairs: set[str] | None = None

    def __post_init__(self):
        self.tokens = tokenize(self.text)
        self.sentences = split_sentences(self.text, self.tokens)
        self.quotes = quoted_passages(self.text)
        self._sentence_starts = [sentence.start for sentence in self.sentences]
        self._clauses: dict[int, list[Clause]] = {}
        self._sexes: dict[str, str] | None = None

    def sentence_at(self, offset: int) -> Sentence:
        index = max(bisect_right(self._sentence_starts, offset) - 1, 0)
        return self.sentences[index]

    def sentence_before(self, sentence: Sentence) -> Sentence | None:
        """The sentence before `sentence`; None for the first."""
        index = bisect_right(self._sentence_starts, sentence.start) - 1
        return self.sentences[index - 1] if index > 0 else None

    def clauses_of(self, sentence: Sentence) -> list[Clause]:
        """The sentence's clauses (clauses.py), read once."""
        if sentence.start not in self._clauses:
            self._clauses[sentence.start] = clauses_of(
                self.tokens, self.text, sentence.first_token, sentence.last_token
            )
        return self._clauses[sentence.start]

    def clause_at(self, offset: int) -> Clause | None:
        """The innermost clause holding the token at offset."""
        found = None
        for clause in self.clauses_of(self.sentence_at(offset)):
            first, last = clause.first_token, clause.last_token - 1
            if self.tokens[first].start <= offset < self.tokens[last].end and (
                found is None or clause.first_token >= found.first_token
            ):
                found = clause
        return found

    def span_text(self, span: tuple[int, int] | None) -> str:
        """The text of a token span, "" for none."""
        chars = char_span(self.tokens, span)
        return self.text[chars[0] : chars[1]] if chars else ""

    def mentions_in_span(self, span: tuple[int, int] | None) -> list[Mention]:
        """The actor mentions inside a token span (a clause's subject or object)."""
        chars = char_span(self.tokens, span)
        return self.mentions_between(*chars) if chars else []

    def in_quote(self, start: int, end: int | None = None) -> bool:
        end = start + 1 if end is None else end
        return any(quote.start <= start and end <= quote.end for quote in self.quotes)

    def mentions_between(self, start: int, end: int, *, outside_quotes: bool = True):
        return [
            mention
            for mention in self.mentions
            if start <= mention.start
            and mention.end <= end
            and not (outside_quotes and self.in_quote(mention.start, mention.end))
        ]

    def kind_of(self, ref: str) -> str | None:
        """The `Actor.Kind` of a mention's actor, recorded or new (None for a new one unknown)."""
        if ref.startswith("actor:new:"):
            new = self.new_actors.get(ref)
            return new.kind if new is not None else None
        return self.gazetteer.actor(int(ref.split(":")[1])).kind

    def actor_name(self, ref: str) -> str:
        """A mention's actor's name, recorded or new ("" for a new one unknown)."""
        if ref.startswith("actor:new:"):
            new = self.new_actors.get(ref)
            return new.name if new is not None else ""
        return self.gazetteer.actor(int(ref.split(":")[1])).name

    def government_of(self, ref: str) -> str:
        """A state's government where it is recorded as an actor of its own ("Government of
        Liberia", "South African government"): what "the government" or "Liberia's government"
        of that state is, rather than the state; any other actor (or a state with none) itself.
        One reading for the meetings and the signals steps, for recorded and new states alike
        (tune43a: the meetings step read a new state's government as the state)."""
        if self.kind_of(ref) != "state":
            return ref
        if ref.startswith("actor:new:"):
            country = country_code_by_name(self.new_actors[ref].name)
        else:
            country = self.gazetteer.actor(int(ref.split(":")[1])).country
        body = self.gazetteer.government_body_of(country)
        return ref if body is None else f"actor:{body}"

    def is_person(self, ref: str) -> bool:
        return self.kind_of(ref) == "person"

    def is_state(self, ref: str) -> bool:
        return self.kind_of(ref) == "state"

    def fits_pronoun(self, ref: str, pronoun: str) -> bool:
        """Whether "he" or "she" may stand for the actor: not for a person the article shows to
        be of the other sex (tune43f: "she" was given to the man named last where a woman
        named before was meant); any other pronoun, and a person of unknown sex, fit."""
        wanted = _SEX_OF_PRONOUN.get(pronoun.lower())
        if wanted is None:
            return True
        if self._sexes is None:
            self._sexes = _sexes_of_people(self)
        return self._sexes.get(ref, wanted) == wanted

    def dates_between(self, start: int, end: int):
        """The dates written between two offsets, outside quotes and outside the names of
        proposals (the "May 31 plan" dates the plan, not the sentence)."""
        return [
            date
            for date in self.dates
            if start <= date.start
            and date.end <= end
            and not self.in_quote(date.start)
            and not any(p.start <= date.start < p.end for p in self.proposals)
        ]


_SEX_OF_PRONOUN = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}

# a title right before a name that tells the person's sex ("Mrs. May", "Queen Victoria")
_TITLE_OF_A_MAN = re.compile(
    r"\b(?:Mr|Messrs|Sir|King|Lord|Prince|Emperor|Tsar|Czar|Baron|Count|Duke)\.?\s+$"
)
_TITLE_OF_A_WOMAN = re.compile(
    r"\b(?:Mrs|Ms|Miss|Madam|Madame|Mme|Queen|Lady|Dame|Princess|Empress|Baroness|Duchess"
    r"|Countess)\.?\s+$"
)
_HE_WORDS = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_SHE_WORDS = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
# before a sentence's subject: a quote it opens with, titles and capitalised words ("Prime
# Minister", "On Monday,")
_OPENS_THE_SENTENCE = re.compile(
    r"\W*(?:[“\"][^”\"]*[”\"],?\s+)?(?:[A-Z][\w.’'-]*,?\s+|(?:the|of)\s+){0,6}"
)
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def _sexes_of_people(document: Document) -> dict[str, str]:
    """The sex the article itself shows each person to be of: a title before any of their
    names ("Mrs.", "Queen", "Mr.", "Sir"), and the pronouns of the sentences they open as the
    only person named ("May said her plan ...": "her" and no "his" is a vote for a woman).
    A title counts twice; only a majority counts, and a person the text does not tell is
    absent. "Sheikh" is no title here: it opens women's names too."""
    text = document.text
    votes: dict[str, list[int]] = {}
    by_sentence: dict[int, list[Mention]] = {}
    for mention in document.mentions:
        if document.in_quote(mention.start, mention.end) or not document.is_person(mention.ref):
            continue
        before = text[max(0, mention.start - 12) : mention.start]
        if _TITLE_OF_A_WOMAN.search(before):
            votes.setdefault(mention.ref, [0, 0])[1] += 2
        elif _TITLE_OF_A_MAN.search(before):
            votes.setdefault(mention.ref, [0, 0])[0] += 2
        by_sentence.setdefault(document.sentence_at(mention.start).start, []).append(mention)
    for sentence in document.sentences:
        named = by_sentence.get(sentence.start, [])
        if len({mention.ref for mention in named}) != 1:
            continue
        # the person opens the sentence, as its subject: in "She had received Larma at her
        # residence" the pronouns stand for someone else
        if not _OPENS_THE_SENTENCE.fullmatch(text, sentence.start, named[0].start):
            continue
        written = _QUOTED.sub(" ", text[named[0].end : sentence.end])
        his, hers = bool(_HE_WORDS.search(written)), bool(_SHE_WORDS.search(written))
        if his != hers:
            count = votes.setdefault(named[0].ref, [0, 0])
            count[0 if his else 1] += 1
    sexes = {}
    for ref, (men, women) in votes.items():
        if men > women:
            sexes[ref] = "m"
        elif women > men:
            sexes[ref] = "f"
    return sexes
