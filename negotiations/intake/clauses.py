"""The clauses of a sentence: who does what to what, read from the engine's own tokens.

The meeting and status-signal steps used to read a window of words after a name ("Hamas has
not formally responded to the plan"). Each new article brought constructions the windows did not
hold: a subject separated from its verb by a relative clause ("Hamas, which runs Gaza, rejected
the plan"), a verb sharing the subject of the one before ("signed the accord and left"), a
clause reported after "said". A clause states those relations once, for every step.

There is no parser model here (none that is well kept ships on the package index, and nothing
may be downloaded at run time), so the reader is a small rule-based one:

1. **Verb groups**: a verb from `VERB_LEMMAS` (in any of its forms) or an auxiliary, with the
   auxiliaries, negation and adverbs before it and the verbs it governs after it ("has not yet
   formally responded", "refused to sign", "is expected to approve"). A form that is also a noun
   ("talks", "offer", "plans") is a verb only where a noun could not stand ("Hamas plans to", not
   "the plans"); a past participle after a determiner is an adjective ("the signed accord").
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

from dataclasses import dataclass, field
from functools import cache

from negotiations.intake.text import Token

# Base forms of the verbs news copy about negotiations uses; every form of each is read as that
# verb (`_forms`), irregular ones from `_IRREGULAR`.
_VERB_LEMMA_TEXT = """
    accept accuse acknowledge add address adopt agree aim allow announce answer approve argue
    arrive ask attend back ban become begin believe block boycott break bring broker call
    cancel capture caution charge choose claim close come commit complete concede conclude
    condemn confirm consider continue convene counter criticise criticize decide declare
    decline defend delay demand deny deploy describe dismiss disrupt do draft drop embrace
    emphasise emphasize end endorse ensure enter expect expire extend face fail fall fight
    finalise finalize find fly follow force gather get give go greet guarantee halt hand have
    hear help hold host hope host ignore impose include initial insist intend invite issue join
    keep kill launch lead leave lift make mediate meet mention move name negotiate note object
    offer open oppose order oversee pass phone plan pledge pose postpone present press promise
    propose prove provide publish pull push put raise ratify reach receive recognise recognize
    reconvene refuse reiterate reject release remain renew renounce repeat reply report request
    require resign resist respond restore resume return review revise rule scrap secure see
    seek seize send set settle shake sign speak spend spurn stage stand start state stay stop
    stress study submit suggest support suspend table take talk tell tell threaten travel try
    turn urge veto visit vote vow wait walk want warn weigh welcome withdraw work write
    run win lose pay sit rise strike draw arise overturn undertake shut cut win let bring
    affirm allege announce appoint approach assure attack balk block brief cede clinch cite
    collapse contest convince dispute dissolve elect emerge escalate establish exchange expel
    forge fly greet head hail implement inform insist kidnap mark monitor overrule pave
    persuade praise pressure prompt protest question quit rebuff recall regard reinforce
    replace resolve restate reward rise sabotage scuttle shun slam spark stall stipulate
    succeed sue summon surrender swear tie trade unveil uphold usher violate waive chair
    represent control govern command own accompany join lodge wrap finish need
    """
VERB_LEMMAS = frozenset(_VERB_LEMMA_TEXT.split())

# Base form -> (past, past participle) for the irregular ones in VERB_LEMMAS.
_IRREGULAR = {
    "be": ("was", "been"),
    "become": ("became", "become"),
    "begin": ("began", "begun"),
    "break": ("broke", "broken"),
    "bring": ("brought", "brought"),
    "choose": ("chose", "chosen"),
    "come": ("came", "come"),
    "do": ("did", "done"),
    "draw": ("drew", "drawn"),
    "fall": ("fell", "fallen"),
    "fight": ("fought", "fought"),
    "find": ("found", "found"),
    "fly": ("flew", "flown"),
    "get": ("got", "got"),
    "give": ("gave", "given"),
    "go": ("went", "gone"),
    "have": ("had", "had"),
    "hear": ("heard", "heard"),
    "hold": ("held", "held"),
    "keep": ("kept", "kept"),
    "lead": ("led", "led"),
    "leave": ("left", "left"),
    "make": ("made", "made"),
    "meet": ("met", "met"),
    "put": ("put", "put"),
    "see": ("saw", "seen"),
    "seek": ("sought", "sought"),
    "send": ("sent", "sent"),
    "set": ("set", "set"),
    "shake": ("shook", "shaken"),
    "speak": ("spoke", "spoken"),
    "spend": ("spent", "spent"),
    "stand": ("stood", "stood"),
    "take": ("took", "taken"),
    "tell": ("told", "told"),
    "withdraw": ("withdrew", "withdrawn"),
    "write": ("wrote", "written"),
    "say": ("said", "said"),
    "run": ("ran", "run"),
    "win": ("won", "won"),
    "lose": ("lost", "lost"),
    "pay": ("paid", "paid"),
    "sit": ("sat", "sat"),
    "rise": ("rose", "risen"),
    "arise": ("arose", "arisen"),
    "strike": ("struck", "struck"),
    "undertake": ("undertook", "undertaken"),
    "shut": ("shut", "shut"),
    "cut": ("cut", "cut"),
    "let": ("let", "let"),
    "swear": ("swore", "sworn"),
    "uphold": ("upheld", "upheld"),
}

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
    "first", "long",
}  # fmt: skip
# Verbs that take another verb after "to" and form one group with it: "refused to sign" is one
# act of refusing whose object is signing. "has yet to" and "is expected to" are read here too.
CATENATIVE_LEMMAS = {
    "agree", "aim", "attempt", "decide", "decline", "expect", "fail", "hope", "intend", "offer",
    "plan", "pledge", "promise", "propose", "refuse", "seek", "threaten", "try", "vow", "want",
    "vote", "move", "have", "be", "continue", "begin", "start", "prepare", "set", "wait",
    "need",
}  # fmt: skip
SPEECH_LEMMAS = {
    "say", "tell", "add", "state", "warn", "insist", "declare", "note", "stress", "write",
    "announce", "argue", "explain", "reply", "claim", "acknowledge", "concede", "confirm",
    "deny", "report", "emphasise", "emphasize", "caution", "reiterate", "believe", "hope",
}  # fmt: skip
RELATIVE_PRONOUNS = {"which", "who", "whom", "whose"}
SUBORDINATORS = {
    "after", "before", "when", "while", "because", "although", "though", "if", "unless",
    "until", "once", "whereas", "as", "since", "where",
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
    inner: list = field(default_factory=list)  # clauses nested inside it (relatives)

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
        if self.kind == "relative" and self.subject is not None and self.antecedent:
            return self.antecedent
        return self.object


def clauses_of(tokens: list[Token], text: str, first: int, last: int) -> list[Clause]:
    """The clauses of the tokens first..last (a sentence), in the order they open."""
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

    for lemma in VERB_LEMMAS | set(_IRREGULAR):
        add(lemma, lemma, "base")
        add(_third_person(lemma), lemma, "s")
        add(_ing(lemma), lemma, "ing")
        past, participle = _IRREGULAR.get(lemma, (_past(lemma),) * 2)
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


_DOUBLING = {"stop", "drop", "plan", "ban", "commit", "submit", "scrap", "admit", "permit"}


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


def _is_adverb(token: Token) -> bool:
    word = _word(token)
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
    if previous.possessive or word in DETERMINERS or word in PREPOSITIONS:
        return True
    if _verb_forms(previous) and not previous.capitalised and word not in _ALSO_NOUNS:
        return True  # the object of a verb: "resume talks", "rejected calls"
    if "," in _between(tokens, text, index) or ";" in _between(tokens, text, index):
        return False
    if previous.capitalised and not previous.text.isupper() and index - 1 > first:
        # "the Biden plan", "Egyptian officials' offer": a name qualifying the noun when a
        # determiner opens the phrase
        return any(_word(tokens[j]) in DETERMINERS for j in range(max(first, index - 4), index))
    return word.endswith(("al", "ic", "ous", "ive", "ary")) or word in {
        "peace", "ceasefire", "truce", "framework", "border", "security", "new", "final",
        "latest", "formal", "direct", "indirect", "separate", "further", "fresh", "joint",
    }  # fmt: skip


def _verb_group_at(tokens, text, index, first, last) -> VerbGroup | None:
    """The verb group that starts at token index, or None."""
    position = index
    negated = False
    modal = None
    perfect = passive = False
    finite = False
    past = False
    auxiliaries = []
    while position < last:
        word = _word(tokens[position])
        auxiliary = _auxiliary(word)
        if auxiliary == "modal" and _is_the_month(tokens, position, first):
            auxiliary = None  # "the May 31 plan", "in May": the month, not the modal
        if auxiliary is not None and not (
            # "have" and "do" as lexical verbs ("had talks", "did so") are read below
            auxiliary in ("have", "do") and _next_is_object(tokens, position, last)
        ):
            if not auxiliaries:
                finite = word not in ("be", "been", "being", "having")
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
        if auxiliaries and _is_adverb(tokens[position]):
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
    if not forms or tokens[position].capitalised and position != first:
        if not auxiliaries:
            return None
        if (
            position < last
            and _word(tokens[position]) == "yet"
            or (
                auxiliaries[-1][0] == "be"
                and _word_at(tokens, position) in ("due", "set", "poised")
            )
        ):
            pass  # "has yet to respond", "is due to sign": read on below
        # an auxiliary with no verb after it is a verb of its own ("Hamas was ready", "had
        # talks"): the group is the auxiliary
        lemma = auxiliaries[-1][0] if auxiliaries[-1][0] != "modal" else auxiliaries[-1][1]
        head = lexical_start - 1
        lemmas = [lemma]
        end = lexical_start
    else:
        if not auxiliaries and not _can_be_finite_verb(tokens, text, position, first, forms):
            return None
        kinds = {kind for _, kind in forms}
        lemma = forms[0][0]
        if auxiliaries:
            last_aux = auxiliaries[-1][0]
            perfect = any(a == "have" for a, _ in auxiliaries) and kinds & {"en", "past"}
            passive = last_aux == "be" and bool(kinds & {"en", "past"})
        else:
            finite = bool(kinds & {"s", "past"}) or (kinds == {"base"} and position == first)
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
                if lemmas[-1] == "be" and any(kind == "en" for _, kind in participle):
                    # "has to be approved", "is expected to be signed": the governed verb is
                    # the participle, in the passive
                    lemmas[-1] = next(lemma for lemma, kind in participle if kind == "en")
                    passive = True
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


def _is_the_month(tokens, position, first) -> bool:
    """ "May" written with its capital inside a sentence, or before a day's number, is the
    month ("the May 31 plan", "talks in May"); the modal opens a sentence at most ("May the
    talks succeed")."""
    token = tokens[position]
    if _word(token) != "may" or not token.capitalised:
        return False
    following = _word_at(tokens, position + 1)
    return position != first or following.isdigit()


def _word_at(tokens, index) -> str:
    return _word(tokens[index]) if 0 <= index < len(tokens) else ""


def _next_is_object(tokens, position, last) -> bool:
    """ "had talks", "held" is not here: "have"/"do" followed by a noun, not by a verb."""
    following = _word_at(tokens, position + 1) if position + 1 < last else ""
    if not following or following in NEGATIONS or following in _GROUP_ADVERBS:
        return False
    if following.endswith("ly"):
        return False
    # a regular past the lexicon lacks counts too: "has branded it"
    forms = _verb_forms(tokens[position + 1])
    return not any(kind in ("en", "past", "base", "ing") for _, kind in forms) or (
        following in _ALSO_NOUNS and following.endswith("s")
    )


def _can_be_finite_verb(tokens, text, index, first, forms) -> bool:
    """A verb form with no auxiliary before it: a finite verb unless a noun or an adjective
    could stand there."""
    kinds = {kind for _, kind in forms}
    word = _word(tokens[index])
    previous = _word_at(tokens, index - 1) if index > first else ""
    if word in _ALSO_NOUNS and _noun_could_stand(tokens, text, index, first):
        return False
    if kinds <= {"ing"}:
        # "saying", "calling": a participle opening a clause after a comma or a preposition
        return (
            index == first
            or "," in _between(tokens, text, index)
            or previous in ("after", "before", "while", "by", "without", "since", "when")
        )
    if kinds <= {"base"} and previous != "to":
        # the present of "they", "we" and plurals: "they reject"; not "to sign" (governed)
        return previous in SUBJECT_PRONOUNS or (
            index > first
            and not tokens[index - 1].possessive
            and previous.endswith("s")
            and previous not in DETERMINERS
            and previous not in PREPOSITIONS
        )
    if kinds & {"past", "en", "s"}:
        if previous in DETERMINERS or tokens[index - 1].possessive and index > first:
            return False  # "the signed accord", "Hamas's revised offer"
        # "with signed copies" is no verb; "after signed" does not occur, "after signing" does
        return previous not in PREPOSITIONS or previous in ("after", "before", "since", "until")
    return False


def _verb_groups(tokens, text, first, last) -> list[VerbGroup]:
    groups = []
    position = first
    while position < last:
        group = _verb_group_at(tokens, text, position, first, last)
        if group is None:
            position += 1
            continue
        groups.append(group)
        position = group.last_token
    return groups


# -- clauses -----------------------------------------------------------------------------------


def _cut(tokens, text, first, last, groups) -> list[Clause]:
    starts = {group.first_token: group for group in groups}
    clauses: list[Clause] = []
    stack: list[Clause] = []  # outer clauses waiting for a relative between commas to close
    current = Clause("main", first, last)
    clauses.append(current)

    def open_clause(kind, at, opener, **links):
        nonlocal current
        current.last_token = at
        clause = Clause(kind, at, last, opener=opener, **links)
        clauses.append(clause)
        current = clause
        return clause

    position = first
    while position < last:
        token = tokens[position]
        word = _word(token)
        gap = _between(tokens, text, position) if position > first else ""
        group = starts.get(position)

        if position > first and any(mark in gap for mark in (";", ":", "—", "–", " - ")):
            stack.clear()
            open_clause("main", position, gap.strip())
        elif (
            stack
            and group is not None
            and group.finite
            and ("," in gap or (current.kind == "relative" and current.verb is not None))
        ):
            # "Hamas, which runs Gaza, rejected the plan": the outer clause resumes
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
            current.verb is not None
            and word == "that"
            and current.verb.lemmas[-1] in SPEECH_LEMMAS
            and not current.verb.passive
            and all(_is_circumstance(tokens[i]) for i in range(current.verb.last_token, position))
        ):
            # "said on Monday that it would sign": the reported clause
            open_clause("reported", position + 1, "that", parent=current)
            position += 1
            continue
        elif (
            (word in RELATIVE_PRONOUNS or (word == "that" and _that_is_relative(tokens, position)))
            and position > first
            and _after_a_noun(tokens, position)
        ):
            antecedent = _antecedent(tokens, text, current.first_token, position)
            if current.verb is None:
                stack.append(current)  # its verb comes after the relative clause
            open_clause("relative", position, word, antecedent=antecedent, parent=current)
            position += 1
            if word == "whose":
                position += 1  # "whose delegation": the noun is the subject
            continue
        elif (
            word in SUBORDINATORS
            and _verb_follows(tokens, text, position + 1, last, starts)
            and not (word == "as" and _word_at(tokens, position + 1) in ("well", "part"))
        ):
            kind = "adverbial"
            open_clause(kind, position, word, parent=current if current.verb else None)
            position += 1
            continue
        elif (
            word in COORDINATORS
            and current.verb is not None
            and (
                _verb_follows(tokens, text, position + 1, last, starts)
                # "..., and Reagan, who ..., said": a new subject with its own verb later on
                or ("," in gap and _finite_verb_later(tokens, position + 1, last, starts))
            )
        ):
            shared = _skip_adverbs(tokens, position + 1, last) in starts
            open_clause(
                current.kind if current.kind in ("reported", "relative") else "coordinate",
                position,
                word,
                shares_subject_of=current if shared else None,
                antecedent=current.antecedent if shared else None,
                parent=current.parent,
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
            open_clause("participial", position, word, shares_subject_of=_main_of(current))
        elif (
            current.verb is not None
            and group is None
            and position == current.verb.last_token
            and current.verb.lemmas[-1] in SPEECH_LEMMAS
            and not current.verb.passive
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

        if (
            group is not None
            and current.verb is None
            and "," in gap
            and group.head == group.first_token
            and _is_reduced_relative(tokens, group, last, starts)
        ):
            # "The delegation, led by al-Hayya, submitted": a participle hanging on the noun
            stack.append(current)
            open_clause(
                "relative",
                position,
                "",
                antecedent=_antecedent(tokens, text, current.first_token, position),
                parent=current,
            )
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
    return [clause for clause in clauses if clause.first_token < clause.last_token]


def _is_reduced_relative(tokens, group: VerbGroup, last, starts) -> bool:
    kinds = {kind for _, kind in _verb_forms(tokens[group.head])}
    return (
        "en" in kinds
        and _word_at(tokens, group.last_token) in PREPOSITIONS
        and _finite_verb_later(tokens, group.last_token, last, starts)
    )


def _is_participle(tokens, group: VerbGroup) -> bool:
    word = _word(tokens[group.first_token])
    return word.endswith("ing") and group.first_token == group.head


def _main_of(clause: Clause) -> Clause:
    while clause.shares_subject_of is not None and clause.subject is None:
        clause = clause.shares_subject_of
    return clause


def _skip_adverbs(tokens, position, last) -> int:
    while position < last and _is_adverb(tokens[position]) and _word(tokens[position]) != "not":
        position += 1
    return position


def _verb_follows(tokens, text, position, last, starts) -> bool:
    """A finite verb group opens within the next few tokens, before any punctuation that closes
    the stretch: "after Hamas rejected", "and rejected", "but the army said"."""
    for index in range(position, min(last, position + 9)):
        if index > position and any(mark in _between(tokens, text, index) for mark in ",;:—("):
            return False
        group = starts.get(index)
        if group is not None:
            return group.finite or _is_participle(tokens, group)
        if _word(tokens[index]) in RELATIVE_PRONOUNS:
            return False
    return False


_DAY_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov",
    "dec", "week", "month", "year", "night", "morning", "evening", "afternoon",
}  # fmt: skip


def _is_circumstance(token: Token) -> bool:
    """A word of a date or manner between a verb of saying and its "that"."""
    word = _word(token)
    return (
        word in _DAY_WORDS
        or word in PREPOSITIONS
        or word in DETERMINERS
        or word.isdigit()
        or _is_adverb(token)
        or word in ("statement", "interview", "reporters", "journalists", "separately")
    )


def _that_follows(tokens, position, last) -> bool:
    """ "said on Monday that ...": the reported clause opens at "that", not here."""
    for index in range(position, min(last, position + 6)):
        if _word(tokens[index]) == "that":
            return True
        if not _is_circumstance(tokens[index]):
            return False
    return False


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


def _finite_verb_later(tokens, position, last, starts) -> bool:
    for index in range(position, last):
        if _word(tokens[index]) in SUBORDINATORS:
            return False
        group = starts.get(index)
        if group is not None and group.finite:
            return True
    return False


def _after_a_noun(tokens, position) -> bool:
    previous = _word(tokens[position - 1])
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
    while begin > clause.verb.last_token:
        gap = _between(tokens, text, begin)
        if any(mark in gap for mark in ",;:"):
            break
        begin -= 1
    return begin


def _subject_before(tokens, text, clause, position, clauses) -> tuple[int, int] | None:
    """The subject of the verb at position: the clause's words before it, without a leading
    adverbial phrase ("On Monday, ...", "In a statement, ...") or an appositive after a name
    (", the group's leader,"), and without relative clauses nested in it. None when nothing
    stands there (a shared subject, or a relative pronoun standing for its antecedent)."""
    begin = clause.first_token
    if clause.kind == "relative" and clause.opener in ("who", "which", "whom", "that"):
        begin += 1
        if begin >= position:
            return None  # "who signed": the antecedent is the subject
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
        if "," in _between(tokens, text, index) or "(" in _between(tokens, text, index):
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
        if clause.kind == "reported":
            # "said on Sunday it would sign": the subject after the day of the saying
            phrase = _last_noun_phrase(tokens, parts[0])
            if phrase != parts[0] and not _is_adverbial(tokens, phrase):
                return phrase
        return None
    listed = _word(tokens[parts[-1][0]]) in COORDINATORS or any(
        _word(tokens[i]) in ("and", "or") for i in range(*parts[-1])
    )
    if len(parts) > 1 and listed and all(_is_name_like(tokens, p) for p in parts):
        return (parts[0][0], parts[-1][1])  # "Egypt, Qatar and the United States"
    if clause.kind == "reported" and clause.opener != "that":
        return _before_a_relative(_last_noun_phrase(tokens, parts[-1]), clauses, clause)
    return _before_a_relative(parts[0], clauses, clause)


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
            and word in ("later", "then", "also", "again", "still", "now", "first", "already")
        )
    )


def _is_name_like(tokens, part) -> bool:
    words = [tokens[i] for i in range(*part) if _word(tokens[i]) not in COORDINATORS]
    return bool(words) and any(token.capitalised for token in words) and len(words) <= 6


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
