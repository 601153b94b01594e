"""The clauses of a sentence: who does what to what, read from the engine's own tokens.

The meeting and status-signal steps used to read a window of words after a name ("Hamas has
not formally responded to the plan"). Each new article brought constructions the windows did not
hold: a subject separated from its verb by a relative clause ("Hamas, which runs Gaza, rejected
the plan"), a verb sharing the subject of the one before ("signed the accord and left"), a
clause reported after "said". A clause states those relations once, for every step.

There is no parser model here (none that is well kept ships on the package index, and nothing
may be downloaded at run time), so the reader is a small rule-based one:

1. **Verb groups**: a verb from `VERB_LEMMAS` (vocabulary.py; in any of its forms) or an
   auxiliary, with the auxiliaries, negation and adverbs before it and the verbs it governs
   after it ("has not yet formally responded", "refused to sign", "is expected to approve").
   A form that is also a noun ("talks", "offer", "plans") is a verb only where a noun could
   not stand ("Hamas plans to", not "the plans"); a past participle after a determiner is an
   adjective ("the signed accord").
2. **Clauses**: the sentence is cut where a clause opens: a relative pronoun ("which", "who",
   "whose"), a subordinating word with a verb after it ("after Hamas rejected ..."), a
   coordinator before a new verb ("and rejected", "but Israel said"), a participle after a comma
   (", saying ..."), the complement of a verb of saying ("said (that) it would sign"), a
   semicolon, colon or dash. A relative clause between commas ends where the outer clause's verb
   resumes ("Hamas, which runs Gaza, rejected the plan").
3. **Subject and object**: the subject is what stands before the verb group in its clause,
   without a leading adverbial ("On Monday, ...") or an appositive (", the group's leader,");
   a clause with none shares the subject of the one it continues ("and rejected", ", saying"),
   and a relative clause whose pronoun is its subject ("who signed") takes the noun it hangs on.
   The object is what follows the verb group to the clause's end.

Spans are token indexes (first, past-the-last) into `Document.tokens`; `Clause.subject_span`
and `Clause.object_span` give character offsets for `Document.mentions_between`.
"""

import re
from dataclasses import dataclass
from functools import cache

from negotiations.intake.text import Token
from negotiations.intake.vocabulary import (  # the verb lexicon, shared with the other steps
    CATENATIVE_LEMMAS,
    HEARER_LEMMAS,
    IRREGULAR_VERBS,
    OBJECT_CONTROL_LEMMAS,
    SPEECH_LEMMAS,
    VERB_LEMMAS,
)

# Forms that are also common nouns of this register: a verb only where no noun could stand.
_ALSO_NOUNS = {
    "talks", "talk", "offer", "offers", "plan", "plans", "call", "calls", "visit", "visits",
    "signs", "sign", "counter", "demand", "demands", "vote", "votes", "reply", "replies",
    "answer", "answers", "report", "reports", "claim", "claims", "return", "review", "order",
    "orders", "request", "requests", "support", "ban", "delay", "end", "hope", "move", "moves",
    "name", "note", "notes", "pledge", "pledges", "promise", "promises", "rule", "rules", "stay",
    "study", "table", "draft", "drafts", "work", "walk", "state", "states", "set", "stand",
    "host", "lead", "charge", "charges", "object", "objects", "halt", "initial", "issue",
    "issues", "press", "step", "control", "release", "face", "back", "start", "deal",
    "proposal", "aim", "help", "fight", "fights", "force", "forces", "block", "result", "threat",
    "need", "needs", "want", "wait", "weight", "turn", "pass", "close", "open", "concern",
    "attack", "attacks", "agreement", "meeting", "meetings", "approval", "rejection",
    "fear", "fears", "doubt", "doubts", "wish",
}  # fmt: skip

AUXILIARIES = {
    "be": {"am", "is", "are", "was", "were", "be", "been", "being"},
    "have": {"has", "have", "had", "having"},
    "do": {"do", "does", "did"},
}
MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must"}
_CONTRACTED = {  # "didn't" is one token: its auxiliary and its negation
    "didn't": "did", "doesn't": "does", "don't": "do", "hasn't": "has", "haven't": "have",
    "hadn't": "had", "isn't": "is", "aren't": "are", "wasn't": "was", "weren't": "were",
    "won't": "will", "wouldn't": "would", "can't": "can", "couldn't": "could",
    "shouldn't": "should", "mustn't": "must",
}  # fmt: skip
NEGATIONS = {"not", "never", "no longer"}
# Words that may stand inside a verb group besides adverbs in -ly ("has not yet formally").
_GROUP_ADVERBS = {
    "not", "never", "yet", "still", "also", "already", "again", "now", "since", "so", "far",
    "just", "even", "then", "later", "ever", "once", "thus", "both", "all", "each", "jointly",
    "first", "twice", "earlier", "long", "afterwards", "afterward", "thereafter",
}  # fmt: skip
RELATIVE_PRONOUNS = {"which", "who", "whom", "whose"}
SUBORDINATORS = {
    "after", "before", "when", "while", "because", "although", "though", "if", "unless",
    "until", "once", "whereas", "as", "since", "where", "provided",
}  # fmt: skip
COORDINATORS = {"and", "but", "or"}
DETERMINERS = {
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "my", "your", "any", "no", "every", "each", "some", "another", "both", "all", "such",
    "several", "two", "three", "four", "new",
}  # fmt: skip
PREPOSITIONS = {
    "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "over", "under", "about",
    "between", "against", "during", "without", "within", "through", "toward", "towards",
    "across", "among", "amid", "despite", "including", "via", "upon", "after", "before",
    "since", "until", "following", "ahead", "late", "early", "earlier", "last", "next",
}  # fmt: skip
SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}


@dataclass(frozen=True)
class VerbGroup:
    """Auxiliaries, negation, adverbs and the verbs of one predicate: "has not yet responded"
    (lemmas ("respond",), perfect, negated), "refused to sign" (lemmas ("refuse", "sign"))."""

    first_token: int
    last_token: int  # past the last
    head: int  # the token of the first lexical verb (the one the subject does)
    lemmas: tuple[str, ...]  # the lexical verbs in order: ("refuse", "sign")
    negated: bool
    modal: str | None  # "would", "will", ...
    perfect: bool  # has / had + participle
    passive: bool  # a form of "be" + participle ("was rejected by")
    finite: bool  # has a tense of its own: not a participle or infinitive standing alone
    past: bool  # its first verb or auxiliary is in the past

    @property
    def lemma(self) -> str:
        return self.lemmas[0] if self.lemmas else ""

    @property
    def future(self) -> bool:
        return self.modal is not None or self.lemmas[:1] in (("expect",), ("plan",))


@dataclass
class Clause:
    kind: str  # main, relative, adverbial, coordinate, participial, reported
    first_token: int
    last_token: int  # past the last
    verb: VerbGroup | None = None
    subject: tuple[int, int] | None = None  # token span; None when shared or absent
    # the clause whose subject this one shares ("signed the deal and left"; ", saying ...")
    shares_subject_of: "Clause | None" = None
    # a relative clause: the tokens of the noun phrase it hangs on ("Hamas, which ...")
    antecedent: tuple[int, int] | None = None
    parent: "Clause | None" = None  # the clause this one depends on
    opener: str = ""  # the word that opened it ("which", "after", "and", "said")

    def own_subject(self) -> tuple[int, int] | None:
        """The subject the clause's verb has: its own, the one it shares, or the noun a
        relative pronoun stands for ("who signed")."""
        if self.subject is not None:
            return self.subject
        if self.shares_subject_of is not None:
            return self.shares_subject_of.own_subject()
        return self.antecedent

    @property
    def object(self) -> tuple[int, int] | None:
        """The words after the verb group to the clause's end (its object and adjuncts)."""
        if self.verb is None or self.verb.last_token >= self.last_token:
            return None
        return (self.verb.last_token, self.last_token)

    def agent(self, tokens: list[Token]) -> tuple[int, int] | None:
        """Who does what the verb says: the subject, or in the passive the phrase after "by"
        ("was rejected by the army")."""
        if self.verb is not None and self.verb.passive and self.object is not None:
            for index in range(*self.object):
                if _word(tokens[index]) == "by":
                    return (index + 1, self.last_token)
            return None
        return self.own_subject()

    def patient(self) -> tuple[int, int] | None:
        """What the verb is done to: the object; in the passive the subject; in a relative
        clause with a subject of its own, the noun it hangs on ("the plan, which Israel
        accepted")."""
        if self.verb is not None and self.verb.passive:
            return self.own_subject()
        if (
            self.kind == "relative"
            and self.subject is not None
            and self.antecedent
            and self.opener != "whose"  # "the capital, whose mayor met X": X
        ):
            return self.antecedent
        return self.object


def clauses_of(tokens: list[Token], text: str, first: int, last: int) -> list[Clause]:
    """The clauses of the tokens first..last (a sentence), in the order they open."""
    if first >= last:
        return []  # a "sentence" of punctuation or control characters only
    groups = _verb_groups(tokens, text, first, last)
    return _cut(tokens, text, first, last, groups)


def char_span(tokens: list[Token], span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None or span[0] >= span[1]:
        return None
    return tokens[span[0]].start, tokens[span[1] - 1].end


# -- verb groups -------------------------------------------------------------------------------


@cache
def _forms() -> dict[str, list[tuple[str, str]]]:
    """Every form of every verb in VERB_LEMMAS: form -> [(lemma, "base"|"s"|"past"|"en"|"ing")]."""
    forms: dict[str, list[tuple[str, str]]] = {}

    def add(form, lemma, kind):
        forms.setdefault(form, [])
        if (lemma, kind) not in forms[form]:
            forms[form].append((lemma, kind))

    for lemma in VERB_LEMMAS | set(IRREGULAR_VERBS):
        add(lemma, lemma, "base")
        add(_third_person(lemma), lemma, "s")
        add(_ing(lemma), lemma, "ing")
        past, participle = IRREGULAR_VERBS.get(lemma, (_past(lemma),) * 2)
        add(past, lemma, "past")
        add(participle, lemma, "en")
    add("were", "be", "past")
    return forms


def _third_person(lemma: str) -> str:
    if lemma == "have":
        return "has"
    if lemma == "do":
        return "does"
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


_DOUBLING = {
    "stop", "drop", "plan", "ban", "commit", "submit", "scrap", "admit", "permit", "annul",
}  # fmt: skip


def _past(lemma: str) -> str:
    if lemma in _DOUBLING:
        return lemma + lemma[-1] + "ed"
    if lemma == "initial":
        return "initialled"
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _ing(lemma: str) -> str:
    if lemma in _DOUBLING:
        return lemma + lemma[-1] + "ing"
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and lemma != "be":
        return lemma[:-1] + "ing"
    return lemma + "ing"


_EXTRA_FORMS = {"initialed": ("initial", "past"), "initialing": ("initial", "ing")}


def _word(token: Token) -> str:
    return token.text.casefold().replace("’", "'")


def _verb_forms(token: Token) -> list[tuple[str, str]]:
    word = _word(token)
    if word in _EXTRA_FORMS:
        return [_EXTRA_FORMS[word]]
    forms = _forms().get(word, [])
    if not forms and word.endswith("ed") and len(word) > 5 and not token.capitalised:
        # a regular past the lexicon lacks ("brokered", "shelved"): its stem, roughly
        stem = _stem_of_past(word)
        return [(stem, "past"), (stem, "en")]
    return forms


def _stem_of_past(word: str) -> str:
    """The base form of a regular past ("circulated" circulate, "shelved" shelve, "brokered"
    broker, "stalled" stall, "scrapped" scrap, "ratified" ratify), near enough to read it."""
    stem = word[:-2]
    if word.endswith("ied"):
        return word[:-3] + "y"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    if stem.endswith(("at", "iz", "is", "us", "ag", "v", "c", "u", "dg", "rg", "ang", "ing")) or (
        stem.endswith(("it", "ut", "ot")) and len(stem) > 4
    ):
        return stem + "e"
    return stem


def _between(tokens: list[Token], text: str, index: int) -> str:
    """The characters between token index-1 and token index (punctuation, "'s")."""
    if index <= 0:
        return ""
    return text[tokens[index - 1].end : tokens[index].start]


# nouns that end like an adverb: "the National Assembly voted", "the family rejected"; read as
# adverbs they cut the subject short ("the National")
_NOUNS_IN_LY = {
    "assembly", "family", "rally", "reply", "supply", "ally", "monopoly", "anomaly", "italy",
    "sicily", "homily", "folly", "bully",
}  # fmt: skip


def is_adverb(token: Token) -> bool:
    """Whether the token is an adverb that may stand inside a verb group or before it
    ("has never rejected", "then rejected", "formally accepted"); the signal step asks it too."""
    word = _word(token)
    if word in _NOUNS_IN_LY:
        return False
    return word in _GROUP_ADVERBS or (word.endswith("ly") and len(word) > 4 and word != "only")


def _auxiliary(word: str) -> str | None:
    if word in _CONTRACTED:
        word = _CONTRACTED[word]
    for lemma, forms in AUXILIARIES.items():
        if word in forms:
            return lemma
    return "modal" if word in MODALS else None


def _noun_could_stand(tokens: list[Token], text: str, index: int, first: int) -> bool:
    """True where the word at index reads as a noun: after a determiner, a possessive, an
    adjective-like word or a preposition ("the talks", "Israel's offer", "for talks")."""
    if index == first:
        return True  # "Talks resumed": a sentence opens on its subject
    previous = tokens[index - 1]
    word = _word(previous)
    if previous.possessive or word in DETERMINERS - {"that"} or word in PREPOSITIONS:
        return True
    if _verb_forms(previous) and not previous.capitalised and word not in _ALSO_NOUNS:
        return True  # the object of a verb: "resume talks", "rejected calls"
    if word.isdigit() or word in NUMBER_WORDS:
        return True  # "67 votes"
    if "," in _between(tokens, text, index) or ";" in _between(tokens, text, index):
        return False
    if previous.capitalised and not previous.text.isupper() and index - 1 > first:
        # "the Biden plan", "Egyptian officials' offer": a name qualifying the noun when a
        # determiner opens the phrase
        return any(_word(tokens[j]) in DETERMINERS for j in range(max(first, index - 4), index))
    if _third_person_after_a_subject(tokens, index, first):
        return False
    # a verb needs a subject before it: a pronoun, a name, a plural noun ("the rebels plan
    # to"), a relative pronoun; after any other word ("private talks", "peace offer") a noun
    return not (
        previous.capitalised
        or word in SUBJECT_PRONOUNS
        or word in RELATIVE_PRONOUNS
        or word == "that"
        or (word.endswith("s") and not word.endswith("ss"))
        or is_adverb(previous)
    )


_DEMONSTRATIVES = {"this", "that", "these", "those"}  # "This comes amid", "that set frigates"
# what opens the object of a verb: "needs the approval", "demands a vote", "calls their bluff"
_OBJECT_OPENERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"}


def _third_person_after_a_subject(tokens: list[Token], index: int, first: int) -> bool:
    """ "The deal needs the approval of X", "the government demands a vote": an -s form after
    a singular noun its determiner opens, with an object after it, is that noun's verb; two
    noun phrases do not follow one another ("the deal needs" is no compound before "the")."""
    word = _word(tokens[index])
    if not word.endswith("s") or word.endswith("ss") or index + 1 >= len(tokens):
        return False
    if index - 2 < first or _word(tokens[index - 2]) not in DETERMINERS - {"that"}:
        return False
    previous = tokens[index - 1]
    noun = _word(previous)
    return (
        not previous.capitalised
        and not previous.possessive
        and noun.isalpha()
        and not noun.endswith("s")
        and _word(tokens[index + 1]) in _OBJECT_OPENERS
    )


# The words of a count ("three votes", "both sides"); actors.py reads them too ("a deal with Seven
# West Media": a firm's name opening on one)
NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"}


def _verb_group_at(tokens, text, index, first, last) -> VerbGroup | None:
    """The verb group that starts at token index, or None."""
    if tokens[index].capitalised and index != first:
        return None  # a name, or the month: "in May"
    position = index
    negated = False
    modal = None
    perfect = passive = False
    finite = False
    past = False
    auxiliaries = []
    if position + 1 < last and _floating_quantifier(tokens, text, position + 1, first):
        position += 1  # "Russia and Turkey, which back rival camps, both endorsed": the group
    while position < last:
        word = _word(tokens[position])
        auxiliary = _auxiliary(word)
        if auxiliary == "modal" and (
            _is_the_month(tokens, position, first) or _is_a_name_before_its_verb(tokens, position)
        ):
            auxiliary = None  # "the May 31 plan", "in May", "May met X": not the modal
        if auxiliary is not None and not (
            # "have" and "do" as lexical verbs ("had talks", "did so") are read below
            auxiliary in ("have", "do") and _next_is_object(tokens, position, last)
        ):
            if not auxiliaries:
                finite = word not in ("be", "been", "being", "having") or _subjunctive_be(
                    tokens, text, index, first
                )
                past = (
                    word in {"was", "were", "had", "did"}
                    or word in {"would", "could", "might", "should"}
                    or _CONTRACTED.get(word) in {"was", "were", "had", "did"}
                )
            if word in _CONTRACTED:
                negated = True
            auxiliaries.append((auxiliary, word))
            if auxiliary == "modal":
                modal = _CONTRACTED.get(word, word)
            position += 1
            continue
        if word in NEGATIONS or (word == "no" and _word_at(tokens, position + 1) == "longer"):
            negated = True
            position += 2 if word == "no" else 1
            continue
        if auxiliaries and is_adverb(tokens[position]):
            position += 1
            continue
        break
    lexical_start = position
    forms = _verb_forms(tokens[position]) if position < last else []
    if (
        auxiliaries
        and auxiliaries[-1][0] == "be"
        and forms
        and {kind for _, kind in forms} <= {"base", "s"}
    ):
        # "was back at the table", "is home": after "be" a bare form is no verb, and the
        # auxiliary stands alone
        forms = []
    if not forms and auxiliaries and auxiliaries[-1][0] in ("modal", "do"):
        forms = _unknown_base_form(tokens, position, last)
    if not forms and not auxiliaries and _word_at(tokens, index - 1) == "to" and index > first:
        return None
    if not forms or tokens[position].capitalised and position != first:
        if not auxiliaries:
            return None
        # an auxiliary with no verb after it is a verb of its own ("Hamas was ready", "had
        # talks"): the group is the auxiliary
        lemma = auxiliaries[-1][0] if auxiliaries[-1][0] != "modal" else auxiliaries[-1][1]
        head = lexical_start - 1
        lemmas = [lemma]
        end = lexical_start
    else:
        infinitive = (
            not auxiliaries
            and index > first
            and _word_at(tokens, index - 1) == "to"
            and any(kind == "base" for _, kind in forms)
        )
        if infinitive:
            forms = [form for form in forms if form[1] == "base"]
        elif not auxiliaries and not _can_be_finite_verb(tokens, text, position, first, forms):
            return None
        kinds = {kind for _, kind in forms}
        lemma = forms[0][0]
        if auxiliaries:
            last_aux = auxiliaries[-1][0]
            perfect = any(a == "have" for a, _ in auxiliaries) and kinds & {"en", "past"}
            passive = last_aux == "be" and bool(kinds & {"en", "past"})
        elif not infinitive:
            # a base form got here only as a present after its subject ("they reject")
            finite = bool(kinds & {"s", "past", "base"})
            past = "past" in kinds
        lemmas = [lemma]
        head = position
        end = position + 1
    # particles and governed verbs: "turned down", "pulled out of", "refused to sign",
    # "has yet to respond"
    while end < last:
        word = _word(tokens[end])
        if word in ("down", "out", "up", "off", "back", "away") and "," not in _between(
            tokens, text, end
        ):
            end += 1
            continue
        if word == "yet" and _word_at(tokens, end + 1) == "to":
            end += 1
            continue
        if (
            word == "to"
            and end + 1 < last
            and (lemmas[-1] in CATENATIVE_LEMMAS or _word(tokens[end - 1]) in ("yet", "due", "set"))
        ):
            following = _verb_forms(tokens[end + 1])
            if any(kind == "base" for _, kind in following) and not tokens[end + 1].capitalised:
                lemmas.append(next(lemma for lemma, kind in following if kind == "base"))
                end += 2
                participle = _verb_forms(tokens[end]) if end < last else []
                if lemmas[-1] in ("be", "have") and any(k == "en" for _, k in participle):
                    # "has to be approved", "is expected to have signed"
                    passive = passive or lemmas[-1] == "be"
                    lemmas[-1] = participle[0][0]
                    end += 1
                continue
        if word in ("formally", "publicly", "officially") and end + 1 < last:
            end += 1
            continue
        break
    if not auxiliaries and lemma == "be":
        return None
    return VerbGroup(
        first_token=index,
        last_token=end,
        head=head,
        lemmas=tuple(lemmas),
        negated=negated,
        modal=modal,
        perfect=bool(perfect),
        passive=bool(passive),
        finite=finite,
        past=past,
    )


def _subjunctive_be(tokens, text, index, first) -> bool:
    """ "provided that no striker be discharged", "demanded that the fort be razed": the bare
    "be" of a mandative clause, its subject between it and its "that", has a tense of its own
    (not "to be", "and be", nor past a mark or another verb after the "that")."""
    if _word(tokens[index]) != "be" or index - 1 <= first:
        return False
    if _word(tokens[index - 1]) in {"to", "and", "or", "not", "never", "that"}:
        return False
    for position in range(index - 1, max(first, index - 6) - 1, -1):
        if any(mark in _between(tokens, text, position + 1) for mark in ',;:—()"'):
            return False
        word = _word(tokens[position])
        if word == "that":
            return True
        if word in RELATIVE_PRONOUNS or _auxiliary(word) is not None:
            return False
    return False


def _is_the_month(tokens, position, first) -> bool:
    """ "May" written with its capital inside a sentence, or before a day's number, is the
    month ("the May 31 plan", "talks in May"); the modal opens a sentence at most ("May the
    talks succeed")."""
    token = tokens[position]
    if _word(token) != "may" or not token.capitalised:
        return False
    following = _word_at(tokens, position + 1)
    return position != first or following.isdigit()


# Finite forms a modal never takes after it: "May met Varadkar" has a name for its subject
_FINITE_AUXILIARIES = {"has", "had", "was", "is", "did", "does", "were"}


def _is_a_name_before_its_verb(tokens, position) -> bool:
    """ "May spoke by telephone with X", "May has said": a capitalised "May" that opens a
    sentence is the subject (a surname) when the next word is a verb in the past or the third
    person, which no modal takes after it; the modal takes a base form ("May the talks succeed",
    "May God help them")."""
    token = tokens[position]
    if _word(token) != "may" or not token.capitalised or position + 1 >= len(tokens):
        return False
    following = tokens[position + 1]
    if following.capitalised:
        return False
    if _word(following) in _FINITE_AUXILIARIES:
        return True
    kinds = {kind for _, kind in _verb_forms(following)}
    return bool(kinds) and "base" not in kinds and bool(kinds & {"past", "s"})


def _unknown_base_form(tokens, position, last) -> list[tuple[str, str]]:
    """After "will", "could" or "did", a lower-case word the lexicon lacks is the verb ("may
    fish", "would withhold")."""
    if position >= last:
        return []
    token = tokens[position]
    word = _word(token)
    if (
        token.capitalised
        or not word.isalpha()
        or word in PREPOSITIONS | DETERMINERS | SUBJECT_PRONOUNS | COORDINATORS
        or is_adverb(token)
        or word in ("be", "have", "not")
    ):
        return []
    return [(word, "base")]


def _word_at(tokens, index) -> str:
    return _word(tokens[index]) if 0 <= index < len(tokens) else ""


def _next_is_object(tokens, position, last) -> bool:
    """ "had talks", "held" is not here: "have"/"do" followed by a noun, not by a verb."""
    following = _word_at(tokens, position + 1) if position + 1 < last else ""
    if not following or following in NEGATIONS or following in _GROUP_ADVERBS:
        return False
    if following.endswith("ly"):
        return False
    # a regular past the lexicon lacks counts as a verb: "had shuttled", "has branded it"
    forms = _verb_forms(tokens[position + 1])
    return not any(kind in ("en", "past", "base", "ing") for _, kind in forms) or (
        following in _ALSO_NOUNS and following.endswith("s")
    )


def _ends_a_joint_subject(tokens, index, first) -> bool:
    """ "Chile and Peru reject", "Acme and the Steelworkers Union still refuse": the token at
    index closes a name joined by "and" to a name before it, a plural subject whose verb is in
    its base form though neither name ends in "s"."""
    position = index
    while position >= first and tokens[position].capitalised and not tokens[position].possessive:
        position -= 1  # back over the name's words
    if position == index:
        return False  # no name ends here
    if _word_at(tokens, position) == "the" and position > first:
        position -= 1  # "and the Steelworkers Union"
    return (
        position > first
        and _word_at(tokens, position) == "and"
        and tokens[position - 1].capitalised
        and not tokens[position - 1].possessive
    )


def _can_be_finite_verb(tokens, text, index, first, forms) -> bool:
    """A verb form with no auxiliary before it: a finite verb unless a noun or an adjective
    could stand there."""
    kinds = {kind for _, kind in forms}
    word = _word(tokens[index])
    previous = _word_at(tokens, index - 1) if index > first else ""
    before = index - 1
    while before > first and is_adverb(tokens[before]):
        before -= 1  # "the accords now go": the word before the adverbs
    if word in _ALSO_NOUNS and _noun_could_stand(tokens, text, index, first):
        return False
    if kinds <= {"ing"}:
        if word == "including":
            # "eight groups, including the KNU and the RCSS, signed": a preposition that
            # lists members of the noun before it, not a participle opening a clause
            return False
        # "saying", "calling": a participle opening a clause after a comma or a preposition
        return (
            index == first
            or "," in _between(tokens, text, index)
            or previous in ("after", "before", "while", "by", "without", "since", "when")
        )
    if kinds <= {"base"} and previous != "to":
        # the present of "they", "we" and plurals: "they reject"; not "to sign" (governed)
        subject = _word_at(tokens, before) if before >= first else ""
        return (
            subject in SUBJECT_PRONOUNS
            or (
                before >= first
                and not tokens[before].possessive
                and subject.endswith("s")
                and subject not in DETERMINERS
                and subject not in PREPOSITIONS
            )
            or _ends_a_joint_subject(tokens, before, first)
        )
    if index > first and text[tokens[index - 1].end : tokens[index].start] == "-":
        return False  # "U.N.-backed", "Saudi-led": an adjective
    if previous in ("much", "long", "widely", "newly", "hard", "well", "so", "highly"):
        return False  # "a much awaited ceasefire", "the long delayed vote"
    if kinds == {"en"} and "," in _between(tokens, text, index):
        return False  # "the Federation, known as Dashnak, has rejected": a participle only
    if kinds & {"past", "en", "s"}:
        if _floating_quantifier(tokens, text, index, first):
            return True  # "Russia and Turkey both endorsed", "they each signed"
        if (
            previous in DETERMINERS - _DEMONSTRATIVES
            or tokens[index - 1].possessive
            and index > first
        ):
            return False  # "the signed accord", "Hamas's revised offer"
        # "with signed copies" is no verb; "after signed" does not occur, "after signing" does
        return previous not in PREPOSITIONS or previous in ("after", "before", "since", "until")
    return False


def _floating_quantifier(tokens, text, index, first) -> bool:
    """ "both", "all" or "each" right after a subject (a name, a pronoun, a plural noun, or the
    comma closing what is said of it: "Russia and Turkey, which back rival camps, both") and
    before the verb: a quantifier of the subject, not a determiner ("both signed copies")."""
    if index - 2 < first or _word(tokens[index - 1]) not in ("both", "all", "each"):
        return False
    subject = tokens[index - 2]
    word = _word(subject)
    return (
        subject.capitalised
        or _between(tokens, text, index - 1).strip() == ","
        or word in SUBJECT_PRONOUNS
        or (word.endswith("s") and not word.endswith("ss") and word not in PREPOSITIONS)
    ) and word not in DETERMINERS


def _is_its_object(tokens, text, before: VerbGroup, group: VerbGroup) -> bool:
    """The word right after a finite verb, with nothing between, read as that verb's object
    rather than a verb of its own ("cut ties", "rejected talks"), unless the first verb
    reports speech ("said talks resumed": "talks" is no verb anyway) or the second has an
    auxiliary or ends in -ing."""
    if group.first_token != before.last_token or group.head != group.first_token:
        return False
    if _between(tokens, text, group.first_token).strip():
        return False
    if not before.finite or before.lemmas[-1] in SPEECH_LEMMAS | {"be", "have", "do"}:
        return False
    word = _word(tokens[group.head])
    return not word.endswith("ing") and before.modal is None


def _verb_groups(tokens, text, first, last) -> list[VerbGroup]:
    groups = []
    position = first
    while position < last:
        group = _verb_group_at(tokens, text, position, first, last)
        if group is not None and groups and _is_its_object(tokens, text, groups[-1], group):
            group = None  # "cut ties", "signed accords": the noun after a verb is its object
        if group is None:
            position += 1
            continue
        groups.append(group)
        position = group.last_token
    return groups


# -- clauses -----------------------------------------------------------------------------------


def _cut(tokens, text, first, last, groups) -> list[Clause]:
    # "In talks also attended by Kamel, Sisi and Blinken discussed ...": a participle inside a
    # leading prepositional phrase is no verb of the sentence
    opening = _leading_phrase_end(tokens, text, first, last, groups)
    groups = [
        group
        for group in groups
        if not (group.first_token < opening and _is_participle_of_a_noun(tokens, group))
    ]
    starts = {group.first_token: group for group in groups}
    clauses: list[Clause] = []
    stack: list[Clause] = []  # outer clauses waiting for a relative between commas to close
    # those of them whose relative clause opened after a comma: only a comma closes it
    closed_by_a_comma: set[int] = set()
    current = Clause("main", first, last)
    clauses.append(current)

    def open_clause(kind, at, opener, **links):
        nonlocal current
        current.last_token = at
        clause = Clause(kind, at, last, opener=opener, **links)
        clauses.append(clause)
        current = clause
        return clause

    paired_dashes = _paired_dashes(tokens, text, first, last)
    position = first
    while position < last:
        token = tokens[position]
        word = _word(token)
        gap = _between(tokens, text, position) if position > first else ""
        group = starts.get(position)

        if position > first and (
            any(mark in gap for mark in (";", ":"))
            or (_DASH.search(gap) and position not in paired_dashes)
            # a quotation closing before its attribution: '"...," Arafat told reporters'
            or _CLOSING_QUOTE.search(gap)
        ):
            stack.clear()
            open_clause("main", position, gap.strip())
        elif (
            stack
            and group is not None
            and group.finite
            and (
                "," in gap
                # "The group that signed the deal rejected the plan"; not "Renamo, which fought
                # a war that ended with a deal signed in Rome, took up arms": a relative clause
                # opened after a comma closes only at a comma ("Aoun, who heads the
                # government, on Tuesday rejected")
                or (
                    current.kind == "relative"
                    and current.verb is not None
                    and (
                        id(stack[-1]) not in closed_by_a_comma
                        or "," in text[tokens[current.verb.last_token - 1].end : token.start]
                    )
                )
            )
        ):
            # "Hamas, which runs Gaza, rejected the plan": the outer clause resumes
            outer = stack.pop()
            while (
                "," in gap
                and outer.verb is not None
                and id(outer) not in closed_by_a_comma
                and stack
                and stack[-1].verb is None
            ):
                # "Renamo, which fought a war that ended with a deal signed in Rome, took up
                # arms": the comma closes the participle and the clauses it hangs in, up to the
                # one still waiting for its verb
                outer = stack.pop()
            current.last_token = position
            resumed = Clause(outer.kind, position, last, opener=outer.opener, parent=outer.parent)
            resumed.subject = outer.subject if outer.verb is None else None
            resumed.shares_subject_of = outer if outer.verb is not None else None
            resumed.antecedent = outer.antecedent
            if outer.verb is None:
                outer.last_token = outer.first_token  # the outer clause lives on in `resumed`
                resumed.first_token = outer.first_token
                resumed.subject = _subject_before(tokens, text, outer, position, clauses)
            clauses.append(resumed)
            current = resumed
            resumed.verb = group
            position = group.last_token
            continue
        elif (
            stack
            and group is None
            and "," in gap
            and token.capitalised
            and current.kind == "relative"
            and current.verb is not None
            and stack[-1].verb is None
            and id(stack[-1]) in closed_by_a_comma
            and _list_goes_on_to_the_closing_dash(
                tokens, current.first_token, position, paired_dashes, starts
            )
        ):
            # "Four heads of state – A, who chairs ECOWAS, B, C and D – flew": set apart by a
            # pair of dashes, the relative clause after one name of a list closes at the comma
            # before the next name, and the list goes on to the verb after the closing dash
            outer = stack.pop()
            current.last_token = position
            resumed = Clause(outer.kind, outer.first_token, last, opener=outer.opener)
            resumed.parent = outer.parent
            resumed.antecedent = outer.antecedent
            outer.last_token = outer.first_token  # the outer clause lives on in `resumed`
            current.parent = resumed
            clauses.append(resumed)
            current = resumed
            continue
        elif (
            current.verb is not None
            and word == "that"
            and current.verb.lemmas[-1] in SPEECH_LEMMAS
            and not current.verb.passive
            and _circumstances_only(tokens, current.verb.last_token, position)
        ):
            # "said on Monday that it would sign": the reported clause
            open_clause("reported", position + 1, "that", parent=current)
            position += 1
            continue
        elif (
            current.verb is not None
            and word == "whether"
            and _verb_follows(tokens, text, _after_or_not(tokens, position + 1, last), last, starts)
        ):
            # "has not said whether it will sign", "decide whether to": a question reported,
            # with its own subject and verb; the opener says it states no fact
            position = _after_or_not(tokens, position + 1, last)
            open_clause("reported", position, "whether", parent=current)
            continue
        elif (
            (word in RELATIVE_PRONOUNS or (word == "that" and _that_is_relative(tokens, position)))
            and position > first
            and _after_a_noun(tokens, position)
        ):
            antecedent = _antecedent(tokens, text, current.first_token, position)
            if current.verb is None:
                stack.append(current)  # its verb comes after the relative clause
                if "," in gap:
                    closed_by_a_comma.add(id(current))
            open_clause("relative", position, word, antecedent=antecedent, parent=current)
            position += 1
            if word == "whose":
                position += 1  # "whose delegation": the noun is the subject
            continue
        elif (
            word in SUBORDINATORS
            and _verb_follows(tokens, text, position + 1, last, starts)
            and not (word == "as" and _word_at(tokens, position + 1) in ("well", "part"))
            # "accepted it at once, but ...": an adverb, no subordinator
            and not (word == "once" and _word_at(tokens, position - 1) == "at")
        ):
            kind = "adverbial"
            parent = current if current.verb else None
            if current.kind == "adverbial" and current.verb is None:
                # "refused to recognise him as leader since it emerged": a subordinator with no
                # verb of its own ("as leader") opened no clause; this one hangs on its parent
                parent = current.parent
            open_clause(kind, position, word, parent=parent)
            position += 1
            continue
        elif (
            word == "and"
            and current.kind == "adverbial"
            and current.verb is not None
            and (list_start := _list_after_the_adverbial(tokens, text, current, position, last))
            is not None
            and _verb_follows(tokens, text, position + 1, last, starts)
            and _skip_adverbs(tokens, position + 1, last) not in starts
        ):
            # "When the plenary broke up, Milosevic, Cosic and Bulatovic took X aside": the comma
            # closed the subordinate clause, and the "and" joins the names of the main clause's
            # subject, not a clause of "Bulatovic" alone
            open_clause("main", list_start, "", parent=current)
            position += 1
            continue
        elif (
            word in COORDINATORS
            and current.verb is not None
            and (
                _verb_follows(tokens, text, position + 1, last, starts)
                # "..., and Reagan, who ..., said": a new subject with its own verb later on
                or ("," in gap and _finite_verb_later(tokens, position + 1, last, starts, text))
            )
        ):
            shared = _skip_adverbs(tokens, position + 1, last) in starts or (
                # "rejected the offer in November, and in January turned down a shorter week":
                # a time between the "and" and the verb is no subject
                _after_a_time(tokens, position + 1, last) in starts
            )
            if shared and current.kind == "adverbial" and "," in gap and current.parent:
                # "Talks began after riots left 20 dead, and gathered pace": the main clause's
                current.last_token = position
                current = current.parent
            joined = current
            if shared and _joins_the_reporting_verb(
                tokens, text, current, starts.get(_skip_adverbs(tokens, position + 1, last)), last
            ):
                # "X has said the council will go ahead and rejected Bulgaria's request": a past
                # tense cannot go on from "will go" or "is"; it goes on from "has said", and
                # shares the subject of the clause that reports (tune50c)
                joined = current.parent
            open_clause(
                joined.kind if joined.kind in ("reported", "relative") else "coordinate",
                position,
                word,
                shares_subject_of=joined if shared else None,
                antecedent=joined.antecedent if shared else None,
                parent=joined.parent,
            )
            position += 1
            continue
        elif (
            group is not None
            and "," in gap
            and current.verb is not None
            and set(_verb_forms(tokens[group.head]))
            and _is_participle(tokens, group)
        ):
            # ", adding that ...": the subject of the clause that reports, not of what it reports
            outer = current
            while (
                outer.kind in ("reported", "relative", "infinitive", "adverbial") and outer.parent
            ):
                outer = outer.parent
            open_clause("participial", position, word, shares_subject_of=_main_of(outer))
        elif (
            current.verb is not None
            and group is None
            and position == current.verb.last_token
            and current.verb.lemmas[-1] in SPEECH_LEMMAS
            and not current.verb.passive
            # a participle hanging on a noun reports nothing: "The deal hoped for was signed"
            and not (current.kind == "relative" and not current.opener)
            and _verb_follows(tokens, text, position, last, starts)
            and not _that_follows(tokens, position, last)
        ):
            # "said (that) it would sign": the reported clause
            opener = "that" if word == "that" else current.verb.lemmas[-1]
            open_clause("reported", position, opener, parent=current)
            if word == "that":
                current.first_token = position + 1
                position += 1
                continue

        if group is not None and _is_reduced_relative(
            tokens, text, group, current, position, last, starts
        ):
            # "The delegation, led by al-Hayya, submitted": a participle hanging on the noun
            stack.append(current)
            if "," in gap:
                closed_by_a_comma.add(id(current))
            open_clause(
                "relative",
                position,
                "",
                antecedent=_antecedent(tokens, text, current.first_token, position),
                parent=current,
            )
        if (
            group is not None
            and not group.finite
            and (current.verb is not None or position < opening)
            and _word_at(tokens, position - 1) == "to"
        ):
            # "telephoned X to say ...", "urged both camps to sign": an infinitive, whose
            # subject is the object of a verb of urging, else the subject of its clause
            outer = current
            open_clause("infinitive", position - 1, "to", parent=outer)
            if outer.verb is None:
                pass  # "After a stop in Egypt to meet Sisi, Blinken ...": Blinken's, below
            elif outer.verb.lemmas[-1] in OBJECT_CONTROL_LEMMAS and (
                outer.verb.last_token < position - 1
            ):
                current.subject = (outer.verb.last_token, position - 1)
            else:
                current.shares_subject_of = _main_of(outer)
                current.antecedent = outer.antecedent
            current.verb = group
            position = group.last_token
            continue
        if group is not None:
            if current.verb is None:
                current.verb = group
                current.subject = _subject_before(tokens, text, current, position, clauses)
            else:
                # a second verb with no opener between: "the plan, announced in May, was
                # rejected" or "said Hamas rejected": a clause of its own
                open_clause(
                    "reported" if current.verb.lemmas[-1] in SPEECH_LEMMAS else "main",
                    _subject_start(tokens, text, current, position),
                    "",
                    parent=current,
                )
                current.verb = group
                current.subject = _subject_before(tokens, text, current, position, clauses)
            position = group.last_token
            continue
        position += 1
    clauses = [clause for clause in clauses if clause.first_token < clause.last_token]
    _share_the_subject_of_the_main_clause(clauses)
    return clauses


def _list_after_the_adverbial(tokens, text, clause, position, last) -> int | None:
    """Where a list of names begins that the comma after a subordinate clause's verb opens and
    the "and" at position goes on ("After X rejected the plan, Egypt and Qatar proposed"), or
    None: every part between the commas names someone (a capitalised word, no verb, no
    preposition but "of"), so none of it is the clause's own object running on."""
    verb_end = clause.verb.last_token
    start = next(
        (index for index in range(verb_end, position) if "," in _between(tokens, text, index)),
        None,
    )
    if start is None or start >= position:
        return None
    part_has_name = False
    for index in range(start, position):
        gap = _between(tokens, text, index)
        if index > start and "," in gap:
            if not part_has_name:
                return None
            part_has_name = False
        if any(mark in gap for mark in ';:()—–"“”'):
            return None
        word = _word(tokens[index])
        if (word in PREPOSITIONS and word != "of") or word in SUBORDINATORS | RELATIVE_PRONOUNS:
            return None
        if _verb_forms(tokens[index]) and not tokens[index].capitalised:
            return None
        part_has_name = part_has_name or tokens[index].capitalised
    return start if part_has_name else None


def _leading_phrase_end(tokens, text, first, last, groups) -> int:
    """Where a sentence's opening prepositional phrase ends (its first comma), or `first` when
    the sentence opens otherwise: "In closed-door talks also attended by Kamel, ..."."""
    if _word(tokens[first]) not in PREPOSITIONS or _word(tokens[first]) in SUBORDINATORS - {
        "after",
        "before",
        "since",
        "until",
    }:
        return first
    for index in range(first + 1, last):
        if "," in _between(tokens, text, index):
            if _word_at(tokens, index) == "but" and _word_at(tokens, index + 1) != "not":
                # "In late August Trist sat down with them, but in September Mexico answered":
                # a "but" after the first comma answers a clause, so the words before it were
                # the phrase and a clause of their own, not a phrase alone
                return first
            return index
    return first


def _share_the_subject_of_the_main_clause(clauses: list[Clause]) -> None:
    """ "Speaking to reporters before leaving Cairo, Blinken said", "After a stop in Egypt to
    meet Sisi, Blinken arrived": clauses that open a sentence with no subject of their own
    share the subject of the main clause that follows."""
    leading = []
    for clause in clauses:
        if clause.verb is None:
            continue
        if clause.own_subject() is None and clause.kind in (
            "main",
            "participial",
            "infinitive",
            "adverbial",
        ):
            leading.append(clause)
            continue
        if clause.kind == "main" and clause.subject is not None:
            for waiting in leading:
                waiting.shares_subject_of = clause
        break


def _joins_the_reporting_verb(tokens, text, reported, group, last) -> bool:
    """Whether the verb group after "and" at the end of a reported clause is a simple past
    that its verb (a modal with a bare verb, or a present) cannot go on into, so that it goes
    on from the verb that reports ("has said the council will go ahead and rejected the
    request", "said the demand "is not sustainable" and rejected it")."""
    outer = reported.parent
    if (
        reported.kind != "reported"
        or outer is None
        or outer.verb is None
        or not (outer.verb.past or outer.verb.perfect)
    ):
        return False
    verb = reported.verb
    if verb is None or verb.perfect or verb.passive or (verb.past and not verb.modal):
        return False
    if group is None or group.first_token != group.head or group.modal or not group.finite:
        return False
    kinds = {kind for _, kind in _verb_forms(tokens[group.head])}
    if "past" not in kinds or kinds & {"base", "s"}:
        return False
    # an object after it: not "the deal is ready and signed", a participle after "is"
    return group.last_token < last and not re.search(
        r"[,.;:]", _between(tokens, text, group.last_token)
    )


def _is_reduced_relative(tokens, text, group, current, position, last, starts) -> bool:
    """A past participle hanging on the noun before it: "The delegation, led by X, said", "a
    session hosted by Kufuor", "a chairman chosen from outside the parties will lead"."""
    if group.head != group.first_token or not _is_participle_of_a_noun(tokens, group):
        return False
    if "," in _between(tokens, text, position):
        return current.verb is None and _finite_verb_later(tokens, group.last_token, last, starts)
    previous = tokens[position - 1]
    if _word(previous) in SUBJECT_PRONOUNS | RELATIVE_PRONOUNS:
        return False
    if previous.capitalised:
        # "Hamas signed in Cairo" is the name's own verb; but a participle with its agent, a
        # finite verb still to come, hangs on the name: "the Popular Front led by Omar Sy
        # dismissed the plan", "the rebel group, the Front led by Omar Sy, dismissed it"
        return (
            current.verb is None
            and _word_at(tokens, group.last_token) == "by"
            and _finite_verb_later(tokens, group.last_token, last, starts)
        )
    if current.verb is not None:
        # "... the release of a man jailed for life", "Pollard, a former analyst jailed for
        # life"; but after a comma and "the" or a name, a new subject: "..., the envoy arrived"
        part_start = position
        while part_start > current.verb.last_token and "," not in _between(
            tokens, text, part_start
        ):
            part_start -= 1
        if part_start == current.verb.last_token:
            return True
        return _word(tokens[part_start]) in ("a", "an")
    # With no verb yet the participle is the clause's own verb ("A ceasefire followed on June
    # 17 but collapsed"), unless a verb with an auxiliary comes later ("a chairman chosen from
    # outside the parties will lead")
    later = [g for g in starts.values() if g.first_token >= group.last_token and g.finite]
    if not later:
        return False
    following = min(later, key=lambda g: g.first_token)
    if following.first_token == group.last_token + 1 or (
        _word_at(tokens, group.last_token + 1) in PREPOSITIONS
    ):
        # "The deal hoped for (by diplomats) was signed": a preposition left at the
        # participle's end, the clause's verb or another phrase right after it
        return following.head != following.first_token
    if group.lemmas[0] in SPEECH_LEMMAS:
        return False  # "said in a statement it would sign": the complement follows
    for index in range(group.last_token, following.first_token + 1):
        word = _word(tokens[index])
        if word in {"that"} | RELATIVE_PRONOUNS | SUBORDINATORS | SUBJECT_PRONOUNS or any(
            mark in _between(tokens, text, index) for mark in ",;:"
        ):
            return False  # the later verb is another clause's ("announced ... that it had")
    return following.head != following.first_token


def _is_participle_of_a_noun(tokens, group: VerbGroup) -> bool:
    """An -ed form with no auxiliary, followed by a preposition ("signed in", "led by")."""
    kinds = {kind for _, kind in _verb_forms(tokens[group.head])}
    return "en" in kinds and _word_at(tokens, group.last_token) in PREPOSITIONS


def _is_participle(tokens, group: VerbGroup) -> bool:
    word = _word(tokens[group.first_token])
    return word.endswith("ing") and group.first_token == group.head


def _after_or_not(tokens, position, last) -> int:
    """Past the "or not" of "whether or not"."""
    if _word_at(tokens, position) == "or" and _word_at(tokens, position + 1) == "not":
        return min(position + 2, last)
    return position


def _main_of(clause: Clause) -> Clause:
    while clause.shares_subject_of is not None and clause.subject is None:
        clause = clause.shares_subject_of
    return clause


# the names of the months and of the days of the week, written out
_CALENDAR_NAMES = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "monday", "tuesday", "wednesday"),
        *("thursday", "friday", "saturday", "sunday"),
    }
)


def _after_a_time(tokens, position, last) -> int:
    """Past "in January", "on March 3", "in early 1990" at position (position itself where none
    stands there)."""
    if position + 1 >= last or _word(tokens[position]) not in ("in", "on"):
        return position
    index = position + 1
    if _word(tokens[index]) in ("early", "late", "mid"):
        index += 1
    dated = False
    while index < last and (
        _word(tokens[index]) in _CALENDAR_NAMES
        or (tokens[index].text.isdigit() and len(tokens[index].text) in (1, 2, 4))
    ):
        dated = True
        index += 1
    return index if dated else position


def _skip_adverbs(tokens, position, last) -> int:
    while position < last and is_adverb(tokens[position]) and _word(tokens[position]) != "not":
        position += 1
    return position


_DASH = re.compile(r"[—–]|\s-\s")


def _paired_dashes(tokens, text, first, last) -> set[int]:
    """Tokens after a dash that is one of a pair setting words apart ("the six members - Saudi
    Arabia, Qatar ... and Oman - and Egypt"): no clause opens there. A dateline's dash ("OSLO,
    June 1 (Reuters) - ") pairs with none."""
    dashes = [
        index
        for index in range(first + 1, last)
        if _DASH.search(_between(tokens, text, index))
        and not _between(tokens, text, index).strip().startswith(")")
    ]
    paired = set()
    for opening, closing in zip(dashes[::2], dashes[1::2], strict=False):
        paired.update((opening, closing))
    return paired


def _list_goes_on_to_the_closing_dash(tokens, opened, position, paired_dashes, starts) -> bool:
    """Whether the clause opened at `opened` lies after the opening dash of a pair and the
    words from position to the closing dash hold no verb (the names left of the list)."""
    dashes = sorted(paired_dashes)
    for opening, closing in zip(dashes[::2], dashes[1::2], strict=False):
        if opening <= opened and position < closing:
            return not any(position <= index < closing for index in starts)
    return False


_CLOSING_QUOTE = re.compile(r"[,.!?][\"”’]\s")


def _verb_follows(tokens, text, position, last, starts) -> bool:
    """A finite verb group opens within the next few tokens, before any punctuation that closes
    the stretch: "after Hamas rejected", "and rejected", "but the army said". A coordinator
    right before a verb first ends the stretch: after a subordinating word ("denounced it as a
    surrender and said": "said" is not in the "as" clause), and after a coordinator too ("held
    talks with Redman and Galbraith, the U.S. envoy, and initialled": the first "and" joins two
    names, the second the predicates of one subject)."""
    inserted = False
    for index in range(position, min(last, position + 16)):
        if (
            index > position
            and _word(tokens[index]) in COORDINATORS
            and _skip_adverbs(tokens, index + 1, last) in starts
        ):
            return False  # "as a surrender and said", not "when Avei and Kabui met"
        gap = _between(tokens, text, index)
        if index > position and "," in gap and (inserted or _is_inserted(tokens, index)):
            inserted = not inserted  # "when Netanyahu, in a meeting with Clinton, demanded"
        elif index > position and any(mark in gap for mark in ",;:—("):
            return False
        group = starts.get(index)
        if group is not None:
            if (
                index > position
                and _is_participle_of_a_noun(tokens, group)
                and _word_at(tokens, group.last_token) == "by"
                and not tokens[index - 1].capitalised
            ):
                continue  # "and MODEL delegations at a session hosted by Kufuor"
            return group.finite or _is_participle(tokens, group)
        if _word(tokens[index]) in RELATIVE_PRONOUNS or (
            index > position and _word(tokens[index]) == "that"
        ):
            return False
    return False


_DAY_WORDS = _CALENDAR_NAMES | {
    "today", "yesterday", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "week", "month",
    "year", "night", "morning", "evening", "afternoon",
}  # fmt: skip


def _is_circumstance(token: Token) -> bool:
    """A word of a date or manner between a verb of saying and its "that"."""
    word = _word(token)
    return (
        word in _DAY_WORDS
        or word in PREPOSITIONS
        or word in DETERMINERS
        or word.isdigit()
        or is_adverb(token)
        or word in ("statement", "interview", "reporters", "journalists", "separately")
    )


def _opens_a_noun_phrase(token: Token) -> bool:
    word = _word(token)
    return (
        token.capitalised
        or word in DETERMINERS - {"new"}
        or word in SUBJECT_PRONOUNS
        or word.isdigit()
        or word in NUMBER_WORDS
    )


def _is_inserted(tokens, index, strictly=False) -> bool:
    """A comma-bounded part starting at index that is set into a clause rather than carrying
    its subject: an adverbial ("in a late-night meeting") or an appositive ("a Hamas leader",
    and unless `strictly`, "the group's leader": a subject may open on "the" too)."""
    word = _word(tokens[index])
    inserted = {"a", "an", "however", "meanwhile"} | (set() if strictly else {"the"})
    return word in PREPOSITIONS or word in inserted


def _that_follows(tokens, position, last) -> bool:
    """ "said on Monday that ...": the reported clause opens at "that", not here."""
    for index in range(position, min(last, position + 8)):
        if _word(tokens[index]) == "that":
            return _circumstances_only(tokens, position, index)
    return False


def _circumstances_only(tokens, begin, end) -> bool:
    """What stands between a verb of saying and its "that": a day, a manner, a hearer, or
    phrases opened by a preposition ("announced on state television that")."""
    if end - begin > 7:
        return False
    if all(_is_circumstance(tokens[i]) for i in range(begin, end)):
        return True
    return _word_at(tokens, begin) in PREPOSITIONS and not any(
        _verb_forms(tokens[i]) and _word(tokens[i]) not in _ALSO_NOUNS for i in range(begin, end)
    )


def _that_is_relative(tokens, position) -> bool:
    """ "a compromise that both sides accepted", not "so that", "now that", nor a date before a
    reported "that" ("said on Monday that")."""
    previous = tokens[position - 1]
    word = _word(previous)
    if word in _DAY_WORDS or word.isdigit() or word in ("so", "now", "such", "given", "fact"):
        return False
    if _word_at(tokens, position + 1) in _DAY_WORDS | {"same", "time"}:
        return False  # "in Doha that same month", "that night": a determiner
    return not _verb_forms(previous) or word in _ALSO_NOUNS


def _finite_verb_later(tokens, position, last, starts, text="") -> bool:
    for index in range(position, last):
        if _word(tokens[index]) in SUBORDINATORS:
            return False
        group = starts.get(index)
        if group is not None and group.finite:
            return not (text and _closes_with_its_source(tokens, text, index, group, last))
    return False


def _closes_with_its_source(tokens, text, index, group, last) -> bool:
    """ "..., and U.S. Ambassador Heather Hodges on Monday, Western diplomats said.": a verb of
    saying that ends the sentence after a comma and its own short subject is the source of the
    whole sentence, not the verb of the part an "and" before it joins ("..., and Reagan, who
    ..., said" has no subject of its own after the comma)."""
    if group.lemmas[0] not in SPEECH_LEMMAS or group.last_token < last:
        return False
    subject = index
    while subject > 0 and "," not in _between(tokens, text, subject) and index - subject < 5:
        subject -= 1
    return subject < index and "," in _between(tokens, text, subject)


def _after_a_noun(tokens, position) -> bool:
    previous = _word(tokens[position - 1])
    if previous in PREPOSITIONS and _word(tokens[position]) in ("which", "whom"):
        return True  # "after which British access will depend", "with whom he met"
    return previous not in PREPOSITIONS and previous not in COORDINATORS


def _antecedent(tokens, text, start, position) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun hangs on: the tokens before it back to the last
    punctuation, verb-like word or preposition ("the plan, which", "Hamas, whose")."""
    end = position
    begin = end
    while begin > start:
        gap = _between(tokens, text, begin)
        word = _word(tokens[begin - 1])
        if begin < end and any(mark in gap for mark in ",;:("):
            break
        if (word in PREPOSITIONS and word != "of") or word in COORDINATORS:
            break
        if (
            _verb_forms(tokens[begin - 1])
            and not tokens[begin - 1].capitalised
            and (word not in _ALSO_NOUNS)
        ):
            break
        begin -= 1
    return (begin, end) if begin < end else None


def _subject_start(tokens, text, clause, position) -> int:
    """Where the subject of a second verb in one clause begins: after the first verb's own
    words ("said Hamas rejected": at "Hamas")."""
    begin = position
    part_end = position
    while begin > clause.verb.last_token:
        gap = _between(tokens, text, begin)
        if any(mark in gap for mark in ",;:"):
            if begin < part_end and not _is_inserted(tokens, begin, strictly=True):
                break
            # "when the negotiators, Bunker and Linowitz, concluded", "Netanyahu, in a meeting
            # with Clinton, demanded": the part before the comma
            part_end = begin
        begin -= 1
    if begin == clause.verb.last_token and part_end == position and begin < position:
        # no comma: "compensated them for the catches they will lose": the last phrase
        return _last_noun_phrase(tokens, (begin, position))[0]
    return begin


def _subject_before(tokens, text, clause, position, clauses) -> tuple[int, int] | None:
    """The subject of the verb at position: the clause's words before it, without a leading
    adverbial phrase ("On Monday, ...", "In a statement, ...") or an appositive after a name
    (", the group's leader,"), and without relative clauses nested in it. None when nothing
    stands there (a shared subject, or a relative pronoun standing for its antecedent)."""
    begin = clause.first_token
    if clause.kind == "relative" and clause.opener in ("who", "which", "whom", "that"):
        begin += 1
        after_preposition = _word_at(tokens, clause.first_token - 1) in PREPOSITIONS
        bare_noun = (
            # "which lawmakers have yet to see": a bare noun right before the verb
            begin + 1 == position
            and tokens[begin].text.isalpha()
            and not _verb_forms(tokens[begin])
            and not is_adverb(tokens[begin])
            and _word(tokens[begin]) not in PREPOSITIONS | COORDINATORS
        )
        if begin >= position or not (
            _opens_a_noun_phrase(tokens[begin]) or after_preposition or bare_noun
        ):
            # "who signed", "who days later met": the antecedent is the subject ("after which
            # access will depend": not there)
            return None
    elif clause.kind == "relative" and clause.opener == "whose":
        begin += 1
    if clause.opener in COORDINATORS and begin < position and _word(tokens[begin]) == clause.opener:
        begin += 1
    if clause.opener in SUBORDINATORS and _word_at(tokens, begin) == clause.opener:
        begin += 1
    if begin >= position:
        return None
    # cut at commas; drop leading adverbial parts and a trailing appositive
    parts = []
    part_start = begin
    for index in range(begin + 1, position):
        between = _between(tokens, text, index)
        if (
            "(" in between
            and index + 1 < position
            and ")" in _between(tokens, text, index + 1)
            and _word_at(tokens, index + 1) in ("and", "or")
        ):
            # "The Kachin Independence Organisation (KIO) and the Wa army refused": a short
            # name in brackets belongs to the first name of the list
            continue
        if "," in between or "(" in between:
            parts.append((part_start, index))
            part_start = index
    parts.append((part_start, position))
    parts = [p for p in parts if not _inside_nested(p, clauses, clause)]
    while len(parts) > 1 and _is_adverbial(tokens, parts[0]):
        parts.pop(0)
    if not parts:
        return None
    if (
        len(parts) == 1
        and _is_adverbial(tokens, parts[0])
        and (clause.kind != "relative" or clause.opener in COORDINATORS)
    ):
        # "Earlier on Wednesday the president saw ...": the subject after the adverbial
        begin = _after_leading_adverbial(tokens, parts[0])
        if begin is None and clause.kind == "reported":
            # "said on Sunday it would sign": the subject after the day of the saying
            phrase = _last_noun_phrase(tokens, parts[0])
            if phrase != parts[0] and not _is_adverbial(tokens, phrase):
                begin = phrase[0]
        if begin is None:
            return None
        parts = [(begin, parts[0][1])]
    listed = _word(tokens[parts[-1][0]]) in COORDINATORS or any(
        _word(tokens[i]) in ("and", "or") for i in range(*parts[-1])
    )
    if (
        len(parts) > 1
        and listed
        # "Four heads of state – Liberian President Ellen Johnson Sirleaf, ...": the list set
        # apart by a dash begins after it
        and _is_name_like(tokens, _after_a_dash(tokens, text, parts[0]))
        and all(
            _is_name_like(tokens, p)
            # "..., Ghana's John Mahama and Sierra Leonean President Ernest Bai Koroma –": in
            # a list set apart by dashes, each name joined by "and" is one item
            or (_after_a_dash(tokens, text, parts[0]) != parts[0] and _names_joined(tokens, p))
            for p in parts[1:]
        )
    ):
        return (parts[0][0], parts[-1][1])  # "Egypt, Qatar and the United States"
    parts[-1] = _without_trailing_adverbials(tokens, parts[-1])
    if clause.kind == "reported" and clause.opener in HEARER_LEMMAS:
        # "told reporters the group had rejected": the hearer first, then the subject
        return _before_a_relative(_last_noun_phrase(tokens, parts[-1]), clauses, clause)
    if clause.kind == "reported" and clause.opener != "that":
        # "said on Monday the group had rejected": after the day
        parts[0] = (_after_circumstances(tokens, parts[0]), parts[0][1])
    return _before_a_relative(parts[0], clauses, clause)


def _after_a_dash(tokens, text, part) -> tuple[int, int]:
    """The words of a part after the last dash in it ("Four heads of state – Liberian President
    X": "Liberian President X"); the part itself when it holds no dash."""
    begin, end = part
    for index in range(end - 1, begin, -1):
        if _DASH.search(_between(tokens, text, index)):
            return (index, end)
    return part


def _names_joined(tokens, part) -> bool:
    """Each item of the part that "and" or "or" joins is name-like."""
    items, begin = [], part[0]
    for index in range(*part):
        if _word(tokens[index]) in COORDINATORS:
            items.append((begin, index))
            begin = index + 1
    items.append((begin, part[1]))
    return all(_is_name_like(tokens, item) for item in items)


def _before_a_relative(span, clauses, clause) -> tuple[int, int] | None:
    """ "The plan that Israel announced was rejected": the subject ends where the relative
    clause nested in it begins."""
    begin, end = span
    for other in clauses:
        if other.kind == "relative" and other.parent is clause and begin < other.first_token < end:
            end = other.first_token
    return (begin, end)


def _inside_nested(part, clauses, clause) -> bool:
    return any(
        other is not clause
        and other.kind == "relative"
        and other.parent is clause
        and other.first_token <= part[0] < other.last_token
        for other in clauses
    )


def _is_adverbial(tokens, part) -> bool:
    word = _word(tokens[part[0]])
    return (
        word in PREPOSITIONS
        or word in SUBORDINATORS
        or (word.endswith("ly") and len(word) > 4)
        or word in ("yesterday", "today", "however", "meanwhile", "instead", "separately")
        # "but later walked away": an adverb before a shared subject's verb is no subject
        or (
            part[1] - part[0] == 1
            and word
            in (
                "later",
                "then",
                "also",
                "again",
                "still",
                "now",
                "first",
                "already",
                # "laid the note before the council and afterward conferred with": a time after
                # the verb before, no subject
                "afterwards",
                "afterward",
                "thereafter",
            )
        )
    )


def _after_leading_adverbial(tokens, part) -> int | None:
    """Where the subject starts after an adverbial phrase with no comma ("On Monday the
    envoy", "Earlier in the summer Panama"): at a determiner or a pronoun after the phrase's
    own words, or at a capitalised word that names no day or month."""
    begin, end = part
    index = begin
    seen_word = False
    while index < end:
        token = tokens[index]
        word = _word(token)
        if word in PREPOSITIONS or is_adverb(token):
            seen_word = False
        elif (
            word in SUBJECT_PRONOUNS
            or word in DETERMINERS
            and seen_word
            or token.capitalised
            and word not in _DAY_WORDS
        ):
            return index
        else:
            seen_word = word not in DETERMINERS
        index += 1
    return None


def _is_name_like(tokens, part) -> bool:
    words = [tokens[i] for i in range(*part) if _word(tokens[i]) not in COORDINATORS]
    return bool(words) and any(token.capitalised for token in words) and len(words) <= 6


_LATER = {"later", "earlier", "ago", "afterwards", "before"}
_SPANS_OF_TIME = {
    "days", "weeks", "months", "years", "hours", "minutes", "day", "week", "month", "year",
    "a", "few", "several", "two", "three", "four", "five", "some",
}  # fmt: skip


def _without_trailing_adverbials(tokens, part) -> tuple[int, int]:
    """ "the president also", "whose mayor days later": without the adverbs at its end."""
    begin, end = part
    while end - 1 > begin and (is_adverb(tokens[end - 1]) or _word(tokens[end - 1]) in _LATER):
        later = _word(tokens[end - 1]) in _LATER
        end -= 1
        while later and end - 1 > begin and _word(tokens[end - 1]) in _SPANS_OF_TIME:
            end -= 1
    return (begin, end)


def _after_circumstances(tokens, part) -> int:
    begin, end = part
    while begin < end - 1 and _word(tokens[begin]) in PREPOSITIONS | _DAY_WORDS | {"that"}:
        begin += 1
    return begin


def _last_noun_phrase(tokens, part) -> tuple[int, int]:
    """ "told reporters the group had rejected": the subject is the last phrase, opened by a
    pronoun, a determiner or a capitalised word after a lower-case one."""
    begin, end = part
    for index in range(end - 1, begin, -1):
        word = _word(tokens[index])
        if word in SUBJECT_PRONOUNS or word in DETERMINERS - {"new"}:
            return (index, end)
        if word == "that":
            return (index + 1, end)
        if (
            tokens[index].capitalised
            and not tokens[index - 1].capitalised
            and not tokens[index - 1].possessive
        ):
            return (index, end)
    return part
