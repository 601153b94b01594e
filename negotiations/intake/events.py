"""Developments that are not meetings: a war breaking out, a crossing seized, a treaty signed,
hostages freed. An event is an event verb with a date in its clause ("since war broke out in
early October"), or dated by a duration back from the publication date ("closed for a month
since Israeli troops seized its Palestinian side" is a month before it, at month precision).
Its title is the clause up to the verb and the few words after it, as written.

Background is no event: a toll in the perfect ("have been killed", "a war that has killed") is
skipped; a verb in the past perfect takes only a date after it (a date before it dates the later
event of the clause, unless it is reported speech: "said on Thursday they had suspended"); the
dateline ("MOSCOW, Oct 10 (Reuters) -") dates nothing. A date after the verb wins over one before
it, unless a subordinate clause or an infinitive opens in between.

The event's own clause (clauses.py, the one whose verb group holds the event's verb) must tell
it as a fact: not negated ("did not sign", "Neither side signed"), without a modal ("would
sign", "will sign", "might expire"), not governed by a verb of intent, threat or refusal
("threatened to attack", "are expected to sign", "refused on Tuesday to sign"), not supposed
("if the army attacked", "whether rebels seized"), readied ("was ready to sign"), hoped for
("hope the truce takes effect"), denied ("denied that it attacked") nor alleged ("accused the
army of having attacked"). A scheduled event "due to" happen stays, as the annotations keep it.
A date written before the event in a relative clause about something else ("the rebels who
seized the town in May signed the accord") or in an earlier conjunct ("followed on June 17 but
collapsed within days as rebels shelled the city") is that clause's, not the event's."""

import datetime
import re
from dataclasses import dataclass

from negotiations.intake.clauses import COORDINATORS, PREPOSITIONS, Clause
from negotiations.intake.document import Document

_AGREEMENT = (
    r"(?:peace\s+|ceasefire\s+|cease-fire\s+|framework\s+|final\s+|power-sharing\s+)?"
    r"(?:treat(?:y|ies)|agreements?|accords?|deals?|declarations?|pacts?|protocols?"
    r"|memorand(?:um|a)|packages?|terms|armistice|truce|ceasefire|cease-fire|letters?|charter"
    r"|communiqu[eé]s?|roadmap|road\s+map|conventions?|settlement|understanding"
    # "signed a joint statement on Tuesday"
    r"|(?:joint\s+)?statements?)\b"
)
# What is signed, named before the verb: "the short-term ceasefire signed on 20 May", "the
# Declaration of Jeddah signed on 11 May", "An earlier deal, signed in 2015,"
_SIGNED_THING = (
    r"(?:treat(?:y|ies)|agreements?|accords?|deals?|declarations?|pacts?|protocols?|ceasefire"
    r"|cease-fire|truce)(?:\s+of\s+[A-Z][\w-]+)?"
)
_KINDS = [
    (
        "military",
        r"(?:war|conflict|fighting|insurgency|uprising)(?:,\s+which)?\s+(?:began|started|erupted"
        r"|broke\s+out)|war\s+(?:broke|breaks)\s+out|(?:launched|began|started)\s+(?:an?\s+)?"
        r"(?:offensive|invasion|war|assault|attack)|invaded|attacked|bombed|shelled|seized"
        # "missiles struck the port", not "struck a deal"
        r"|struck(?!\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:deal|agreement|bargain|accord"
        r"|compromise))"
        # "Israeli forces withdrew from Gaza in 2005", "withdrew its troops from"
        r"|(?:troops|forces|soldiers)\s+(?:\w+\s+)?(?:withdrew|pulled\s+out)\s+from"
        r"|(?:withdrew|pulled\s+out)\s+(?:its\s+|their\s+|the\s+)?(?:troops|forces|soldiers)"
        r"|captured|took\s+control\s+of|killed|clashes?\s+erupted"
        # "France sent troops in January 2013", "the Saudi-led coalition intervened in 2015"
        r"|(?:sent|deployed)\s+(?:\w+\s+)?troops|intervened"
        # "a war that killed 30,000 people ended in 1994"
        r"|(?:war|conflict|fighting|offensive)\b(?:[^,;.]|,(?=\d)){0,60}?\b(?:ended|ends)\b"
        # "NATO began bombing Bosnian Serb positions on Aug. 30"
        r"|(?:began|begins|started|starts)\s+(?:bombing|shelling|striking|attacking|firing"
        r"|advancing|withdrawing|shooting)\b",
    ),
    (
        "hostage_release",
        r"(?:released|freed|handed\s+over)\s+(?:\w+\s+){0,3}?(?:hostages|captives|prisoners|detainees)",
    ),
    (
        "ceasefire",
        r"(?:ceasefire|cease-fire|truce)\s+(?:\w+\s+)?(?:took|takes|taking|came|comes)\s+"
        r"(?:effect|into\s+force)|(?:ceasefire|cease-fire|truce),?\s+(?:which\s+|that\s+)?"
        r"(?:\w+\s+)?(?:collapsed"
        r"|broke\s+down|expired|expires|lapsed|ended)|declared\s+a\s+(?:ceasefire|cease-fire|truce)"
        r"|(?:renewed|extended)\s+(?:the\s+|a\s+|its\s+)?(?:ceasefire|cease-fire|truce)"
        r"|(?:ceasefire|cease-fire|truce)\s+(?:was|were)\s+(?:renewed|extended)"
        # a truce scheduled to start, which the annotations keep: "is due to take effect"
        r"|(?:ceasefire|cease-fire|truce)\s+(?:is|was|are|were)\s+due\s+to\s+(?:take\s+effect"
        r"|come\s+into\s+force)",
    ),
    (
        "political",
        rf"(?:signed|countersigned|initialed|initialled|sealed|ratified|endorsed)\s+"
        rf"(?:an?\s+|the\s+|its\s+|their\s+)?"
        rf"(?:[\w-]+\s+){{0,3}}?{_AGREEMENT}"
        rf"|sign\s+(?:an?\s+|the\s+)?(?:peace\s+)?(?:treaty|agreement|accord)"
        # "A first Minsk ceasefire signed on Sept. 5", "An earlier deal, signed in 2015,"
        rf"|\b{_SIGNED_THING}(?:,)?\s+(?:was\s+|were\s+)?(?:signed|initialed|initialled)\b"
        # "The agreement, brokered by Turkey, was signed on Friday"
        r"|\b(?:was|were)\s+(?:formally\s+|finally\s+)?(?:signed|initialed|initialled)\b"
        # "Armenia and Azerbaijan agreed on Friday on the first stretch of their border",
        # "agreed Tuesday to open new crossing points": a settlement reached that day
        r"|\bagreed\s+(?:(?:late|early|on|last|this|(?-i:[A-Z][\w.]*)|\d+\w*)\s+){0,3}?"
        # the last "on" is the object's, not the day's ("agreed on Tuesday that ..." is no deal)
        r"(?:(?:on|upon)(?!\s+(?-i:[A-Z0-9]))|to)\b(?!\s+(?:nothing|no|none)\b)"
        r"(?!\s+(?:meet|talk|hold|resume|sit|return)\b)"
        r"|resigned|was\s+elected|won\s+(?:the\s+)?election|(?:was|were)\s+sworn\s+in"
        # "put his name to the letter", "put their signatures to the document"
        r"|put\s+(?:his|her|their|its)\s+(?:own\s+)?(?:names?|signatures?|initials)\s+to"
        # "an election on Nov. 1": a vote dated in its own noun phrase
        r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?"
        r"(?:,\s+\d{4})?\s+(?:presidential\s+|general\s+|parliamentary\s+|legislative\s+)?"
        r"(?:elections?|referendum|polls)\b"
        # "Aoun leaves office on October 31", "took over as envoy last month"
        r"|(?:leaves|left|leave|leaving)\s+office|steps\s+down|took\s+over\s+as"
        # "Di Tiro founded the movement in 1976", "declared independence in 2008"
        r"|\bfounded\b|declared\s+(?:its\s+)?independence|independence,?\s+(?:was\s+)?declared"
        # "A previous truce, brokered in Geneva in 2002", "Angola brokered a ceasefire"
        r"|(?:truce|ceasefire|cease-fire|deal|agreement|accord),?\s+brokered\b"
        r"|brokered\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:ceasefire|cease-fire|truce|deal"
        r"|agreement|accord)\b"
        # "dropped their demand for independence in February"
        r"|dropped\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+)?demands?\b"
        # "a revised text, made public on Oct. 11"
        r"|made\s+public\b"
        # "the United States withdrew from the nuclear deal", "pulled out of the accord"
        r"|(?:withdrew|withdraws|pulled\s+out)\s+(?:from|of)\s+(?:the\s+|an?\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|treaty|pact|ceasefire|truce)\b"
        # "struck a deal with Egypt on Sunday", "reached an agreement"
        r"|(?:struck|reached|clinched|sealed)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:deal|agreement|accord|bargain|compromise)\b"
        # "Hamas was founded in 1987", "elections were held on Sunday"
        r"|(?:was|were)\s+(?:founded|formed|established|created)\b"
        r"|(?:elections?|referendum|vote|polls?)\s+(?:was|were)\s+held"
        r"|took\s+office|came\s+to\s+power|stepped\s+down|(?:was|were)\s+(?:toppled|ousted"
        r"|overthrown|deposed)|(?:toppled|ousted|overthrew|deposed)\s+(?:the\s+|president\s+)?",
    ),
    (
        # talks broken off or suspended: a political development (Event.Kind has no "talks")
        "political",
        # "talks collapsed in July 2017", "suspended the Jeddah talks on Thursday"
        r"(?:talks|negotiations)\s+(?:\w+\s+){0,5}?(?:collapsed|broke\s+down|stalled"
        r"|(?:were|was|had\s+been|have\s+been)\s+(?:suspended|called\s+off|halted|broken\s+off))"
        r"|(?:suspended|suspending|called\s+off|broke\s+off|walked\s+out\s+of|walked\s+away"
        r"\s+from|quit|abandoned|pulled\s+out\s+of)\s+(?:the\s+|its\s+|their\s+|an?\s+)?"
        r"(?:[\w-]+\s+){0,4}?(?:talks|negotiations|session|meeting)"
        # "called them off on Sept. 7", "suspending its participation"
        r"|called\s+(?:them|it)\s+off|(?:suspended|suspending|suspends|ended)\s+(?:its|their)"
        r"\s+participation",
    ),
    (
        # a proposal put forward: a political development too
        "political",
        # "the EU put forward a final text on Aug. 8", "Grundberg presented an expanded proposal"
        r"(?:put|puts|putting)\s+forward\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:proposal|plan|text|draft|offer|initiative)\b"
        r"|(?:unveiled|presented|submitted|tabled|sent|delivered|handed\s+over)\s+(?:an?\s+"
        r"|the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:proposal|plan|text"
        r"|draft|offer|initiative|compromise|counter-?proposal|amendments)\b",
    ),
    # a journey told of a negotiator ("Cristiani, who flew to New York on Saturday", "Lavrov,
    # who flew home on Monday"), not one made to see someone (that is a meeting's)
    (
        "other",
        # (troops arriving are no negotiator's journey)
        r"(?<!troops\s)(?<!forces\s)(?<!soldiers\s)(?<!peacekeepers\s)(?<!observers\s)"
        r"\b(?:flew|travell?ed|returned|arrived|rushed)\s+(?:back\s+)?(?:to|in|into|home|back)\b"
        r"(?![^,;.]*?\b(?:to\s+(?:see|meet)|for\s+(?:talks|a\s+meeting|meetings|dinner|lunch)"
        r"|with\s+(?-i:[A-Z]))\b)",
    ),
    (
        # a text signed, a law passed, a mediation taken over: told by a participle or a verb
        # without "was" ("a plan ..., signed in Madrid on Dec. 12", "an amnesty law passed by
        # Congress on Dec. 18", "since the United Nations took over mediation in January 1994")
        "political",
        r"\bsigned(?=\s+(?:in|at)\s+(?-i:[A-Z])|\s+on\s+(?-i:[A-Z0-9]))"
        r"|\b(?:passed|adopted|approved|ratified)\s+by\s+(?:the\s+)?(?-i:[A-Z])[\w-]+"
        r"|\btook\s+over\s+(?:the\s+)?(?:[\w-]+\s+)?(?:mediation|talks|negotiations|process)\b"
        r"|\bissued\s+(?:an?\s+|the\s+)?(?:joint\s+)?(?:declaration|statement|communiqu[eé])\b",
    ),
    (
        # ground taken or lost, an armed campaign begun ("overran much of Freetown on Jan. 6",
        # "The RUF launched its insurgency from Liberia in March 1991", "took up arms in 2012")
        "military",
        r"\b(?:overran|overrun|retook|recaptured|reconquered)\b"
        r"|\blaunched\s+(?:its|their|his|the|an?)\s+(?:[\w-]+\s+)?(?:insurgency|rebellion"
        r"|offensive|invasion|uprising|campaign|revolt|war)\b"
        r"|\btook\s+up\s+arms\b"
        # "French troops stormed a cave on May 5", "militants stormed the embassy" (not one
        # who stormed out of a meeting)
        r"|\bstormed\b(?!\s+out\b)",
    ),
    (
        # a war dated by the toll it has taken since it began ("a civil war that has killed
        # tens of thousands since the spring of 1992", "an ethnic war that has claimed more
        # than 60,000 lives since 1983"): the war began then
        "military",
        r"\b(?:war|conflict|insurgency|rebellion|uprising)\b(?:[^,;.]|,(?=\d)){0,40}?,?\s*\b(?:that"
        r"|which)\s+(?:has|have)\s+(?:killed|claimed|left|displaced|cost)\b(?:[^;.]|,(?=\d))"
        r"{0,80}?\bsince\b",
    ),
    (
        # an election won, an attack survived ("swept to power in parliamentary elections on
        # Dec. 5", "won the first round of the presidential election in May", "who survived a
        # Tiger suicide bombing in December 1999")
        "political",
        r"\bswept\s+to\s+power\b|\bwon\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,5}?(?:elections?"
        r"|polls?|vote|presidency|runoff|run-off)\b",
    ),
    (
        "military",
        r"\bsurvived\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:bombing|attack|assassination"
        r"\s+attempt|ambush|coup(?:\s+attempt)?)\b",
    ),
    (
        # a truce or a process set going on a day ("a truce that began on Christmas Eve", "the
        # reduction in violence began on Feb. 22"); talks opening are a meeting's to tell
        "political",
        r"\b(?:process|truce|ceasefire|cease-fire|reduction\s+in\s+violence|lull)[\"”’]?"
        r"(?:\s+(?:to|on|over|of|with|between)\s+(?:[\w'’-]+\s+){0,4}?|,\s+(?:which|that)\s+"
        r"|\s+(?:which|that)\s+)?(?:\s*)\b(?:began|opened|started|got\s+under\s+way)\b",
    ),
    # "the strike began on Jan. 23": a labour stoppage set going on a day
    ("other", r"\b(?:strike|walkout|stoppage)s?\s+(?:began|begins|started|starts)\b"),
    # "Energean began pumping gas on Wednesday": something else set going on a day
    ("other", r"(?:began|begins|started|starts)\s+(?!during\b)\w+ing\b"),
    ("resolution", r"adopted\s+(?:a\s+|the\s+)?resolution|passed\s+(?:a\s+|the\s+)?resolution"),
    ("border_crossing", r"(?:closed|reopened|shut)\s+(?:the\s+)?(?:\w+\s+)?(?:border|crossing)"),
    (
        "humanitarian",
        r"aid\s+(?:convoy|trucks?)\s+(?:entered|arrived|crossed)|famine\s+(?:was\s+)?declared",
    ),
]
# Each wording starts a word: "sent the text" is not read inside "presented the text".
_PATTERNS = [(kind, re.compile(rf"\b(?:{pattern})", re.IGNORECASE)) for kind, pattern in _KINDS]
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
                if document.in_quote(match.start()) or any(
                    e.start < match.end() and match.start() < e.end for e in found
                ):
                    continue
                before = text[sentence.start : match.start()]
                if _TO_COME.search(before):
                    # "the accord is to be formally signed in Washington", "will be signed"
                    continue
                if _PRESENT_PERFECT.search(before):
                    # "a war that has killed 400,000", "have been killed": a toll, no event
                    continue
                own = _own_clause(document, match)
                if own is not None and not _told_as_fact(document, own, match):
                    # "did not sign", "would sign", "refused to sign", "if rebels seized":
                    # the clause tells of something that did not (or not yet) happen
                    continue
                clause_start, clause_end = _clause(text, sentence, match)
                for written in document.dates:
                    if written.start < clause_end < written.end:
                        clause_end = written.end  # "on Aug. 30, 1995": the comma is the date's
                if _PAST_PERFECT.search(before) and not _REPORTED.search(before):
                    # "out of the towns they had seized the year before": a date before the verb
                    # dates the later event the clause tells of
                    clause_start = match.start()
                reported_that = _REPORTED_THAT.search(before)
                if (
                    reported_that
                    and not _PAST_PERFECT.search(before)
                    and re.match(r"endorsed|ratified", match.group(), re.IGNORECASE)
                ):
                    # "said on Tuesday that the group endorsed the deal": a stance reported
                    # (a status signal's to tell); the day is the report's, not the endorsement's
                    clause_start = max(clause_start, sentence.start + reported_that.end())
                date = _date_in_clause(document, clause_start, clause_end, match)
                if date is None:
                    continue
                if date[2] is not None and _date_of_another_clause(document, own, date[2], match):
                    # "A truce followed on May 20 but collapsed within days as rebels shelled
                    # the city": the day is the truce's, not the shelling's
                    continue
                title = _title(text, clause_start, clause_end, match)
                if re.search(r"\bsince$", match.group(), re.IGNORECASE):
                    # "a civil war that has killed thousands since 1992": the war began then
                    war_end = match.start() + re.match(r"\w+", match.group()).end()
                    words = re.sub(r"^.*?\)\s*[-–—]\s*", "", text[clause_start:war_end]).split()
                    title = " ".join([*words[-3:], "began"])
                    title = re.sub(r"^(?:an?|the)\s+", "", title, flags=re.IGNORECASE)
                    title = title[:1].upper() + title[1:]
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


# Verbs that govern a verb after them ("refused to sign", "are expected to sign", "urged both
# camps to sign") without saying that it happened. "began / started / continued / agreed to",
# and "is due to" (a scheduled event, which the annotations keep), are not among them.
_NOT_FACTUAL_GOVERNORS = {
    "refuse", "fail", "threaten", "try", "attempt", "plan", "expect", "hope", "intend", "vow",
    "promise", "pledge", "seek", "want", "aim", "offer", "propose", "decline", "prepare",
    "wait", "set", "have", "need", "urge", "ask", "call", "press", "push", "invite", "demand",
    "warn", "be",
}  # fmt: skip
# Adjectives before "to" that tell of a readiness or a likelihood, not of a fact ("was ready to
# sign", "is willing to sign"); "is due to" and "is scheduled to" are not among them.
_NOT_FACTUAL_ADJECTIVES = {
    "ready", "willing", "unwilling", "likely", "unlikely", "able", "unable", "eager",
    "prepared", "reluctant", "keen", "poised", "about", "supposed", "meant", "determined",
}  # fmt: skip
# Verbs whose clause (reported or not) is a hope, a fear or a denial ("Officials hope the truce
# takes effect", "denied that it attacked"), or an accusation ("accused the army of having
# attacked").
_NOT_FACTUAL_REPORTS = {"deny", "hope", "expect", "want", "wish", "fear", "doubt"}
_ACCUSING = {"accuse", "charge", "blame", "suspect", "deny"}
# Words opening a clause that supposes rather than tells ("if rebels seized the town").
_HYPOTHETICAL_OPENERS = {"if", "unless", "whether"}


def _own_clause(document: Document, match) -> Clause | None:
    """The clause whose verb group holds the event's verb: the first clause of the sentence
    whose verb group overlaps the match ("the short-term ceasefire signed on 20 May" is the
    participle's clause, not the one the noun stands in), else the clause at its start."""
    sentence = document.sentence_at(match.start())
    for clause in document.clauses_of(sentence):
        verb = clause.verb
        if verb is None:
            continue
        first = document.tokens[verb.first_token].start
        last = document.tokens[verb.last_token - 1].end
        if first < match.end() and match.start() < last:
            return clause
    return document.clause_at(match.start())


def _told_as_fact(document: Document, clause: Clause, match) -> bool:
    """Whether the event's own clause tells it as something that happened (or is due to):
    not negated ("did not sign"), without a modal ("would sign", "will sign", "could
    collapse"), not governed by a verb of intent, threat or refusal ("threatened to attack",
    "are expected to sign", "refused on Tuesday to sign"), not supposed ("if the army attacked")."""
    verb = clause.verb
    if verb is None:
        return True
    if verb.negated or verb.modal is not None:
        return False
    head = document.tokens[verb.head]
    if not (match.start() <= head.start < match.end()) and any(
        lemma in _NOT_FACTUAL_GOVERNORS for lemma in verb.lemmas[:-1]
    ):
        # the event's verb is governed by the group's first one: "threatened to attack"
        return False
    parent = clause.parent
    if clause.kind == "infinitive" and parent is not None and parent.verb is not None:
        # "refused on Tuesday to sign", "urged both camps to sign"; "is due to take effect"
        # is a scheduled event and stays
        governor = parent.verb.lemmas[-1] if parent.verb.lemmas else ""
        if governor != "be" and governor in _NOT_FACTUAL_GOVERNORS:
            return False
        if _word_before(document, clause.first_token) in _NOT_FACTUAL_ADJECTIVES:
            # "said it was ready to sign", "is willing to sign"
            return False
        if document.tokens[parent.verb.head].text.lower() == "going":
            # "are going to sign" (not "went on to sign")
            return False
        if parent.verb.negated or parent.verb.modal is not None:
            return False
    if clause.opener in _HYPOTHETICAL_OPENERS or _opened_by_whether(document, clause):
        return False
    subject = document.span_text(clause.own_subject()).lower()
    if re.match(r"(?:neither|no|none|nobody|no\s+one)\b", subject):
        # "Neither side signed the accord": negated by its subject
        return False
    parent = clause.parent
    if (
        parent is not None
        and parent.verb is not None
        and parent.verb.lemmas[-1:] in [(lemma,) for lemma in _ACCUSING]
        and document.tokens[verb.first_token].text.lower() == "having"
        and _word_before(document, verb.first_token) == "of"
    ):
        # "accused the army of having attacked the convoy": an allegation
        return False
    reporting = clause
    while reporting.parent is not None and _is_complement(document, reporting):
        # "Rebels denied that they attacked the convoy", "Officials hope the truce takes
        # effect": a denial or a hope tells of no event
        if reporting.parent.verb.lemmas[-1:] in [(lemma,) for lemma in _NOT_FACTUAL_REPORTS]:
            return False
        reporting = reporting.parent
    return True


def _is_complement(document: Document, clause: Clause) -> bool:
    """Whether a clause is what its parent's verb says, hopes or denies: it follows the verb
    with nothing between but "that" and a date ("denied on Monday that ...", "hope the truce
    takes effect"), opens on its own subject, not on a preposition ("hoped for" is no
    clause)."""
    parent_verb = clause.parent.verb
    if parent_verb is None or clause.first_token < parent_verb.last_token:
        return False
    first = document.tokens[clause.first_token]
    if first.text.lower() in PREPOSITIONS:
        return False
    if clause.verb is not None and clause.verb.first_token <= clause.first_token:
        # "The charter the envoys wanted was signed": a verb with no subject of its own
        # continues the outer clause, it is not what was wanted
        return False
    for token in document.tokens[parent_verb.last_token : clause.first_token]:
        if token.text.lower() not in ("that", *PREPOSITIONS) and not any(
            d.start <= token.start < d.end for d in document.dates
        ):
            return False
    return True


def _word_before(document: Document, token_index: int) -> str:
    return document.tokens[token_index - 1].text.lower() if token_index > 0 else ""


def _date_of_another_clause(document: Document, own: Clause | None, date, match) -> bool:
    """Whether a date written before the event belongs to another clause: a relative clause
    about something else ("The rebels who seized the town in May signed the accord"), or an
    earlier conjunct: a clause opened
    by "and", "but" or "or" stands between the date and the event's verb ("Talks opened on
    Monday and the army shelled the town"). A conjunct that is the event's own clause and
    shares the subject of the one before keeps its date ("stepped down on Aug. 11 and flew
    into exile")."""
    if own is None or date.start >= match.start():
        return False
    date_clause = document.clause_at(date.start)
    if date_clause is own:
        return False
    if date_clause is not None and date_clause.kind == "relative":
        # "The rebels who seized the town in May signed the accord": the relative clause's
        # day is its own, unless the event is told inside it
        outer = own.parent
        while outer is not None and outer is not date_clause:
            outer = outer.parent
        if outer is None:
            return True
    sentence = document.sentence_at(match.start())
    for clause in document.clauses_of(sentence):
        opened_at = document.tokens[clause.first_token].start
        if not (clause.opener in COORDINATORS and date.end <= opened_at <= match.start()):
            continue
        if clause is own and clause.shares_subject_of is not None:
            continue
        return True
    return False


def _opened_by_whether(document: Document, clause: Clause) -> bool:
    """ "It is unclear whether rebels seized the town": a clause right after "whether" or
    "if" supposes."""
    return _word_before(document, clause.first_token) in _HYPOTHETICAL_OPENERS


def _clause(text, sentence, match) -> tuple[int, int]:
    start = max(text.rfind(",", sentence.start, match.start()) + 1, sentence.start)
    start = max(start, text.rfind(" since ", sentence.start, match.start()) + 1)
    end = text.find(",", match.end(), sentence.end)
    return start, end if end > 0 else sentence.end


_TO_COME = re.compile(
    r"\b(?:to|will|would|shall|could|may|might|must|should)\s+(?:(?:not|now|then|also)\s+)?be\s+"
    r"(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_PRESENT_PERFECT = re.compile(
    r"\b(?:has|have|'s|’s)\s+(?:(?:already|now|also|since|reportedly)\s+)?(?:been\s+)?$",
    re.IGNORECASE,
)
# "said on Thursday they had suspended talks": the past perfect of reported speech
_REPORTED = re.compile(r"\b(?:said|announced|confirmed|reported|stated)\b", re.IGNORECASE)
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|announced|confirmed|reported|stated)\b[^.;]*?\bthat\b(?=[^,;]*$)",
    re.IGNORECASE,
)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:already|earlier|also)\s+)?(?:been\s+)?$", re.I)


def _date_in_clause(document: Document, start: int, end: int, match):
    """The first date after the verb before a subordinate clause opens ("signed an agreement on
    Tuesday to hold an election in 2024"), else the nearest before it in the clause."""
    dates = [d for d in document.dates_between(start, end) if not _in_dateline(document, d)]
    after = [
        d
        for d in dates
        if d.start >= match.end()
        and not re.search(
            r"\b(?:that|which|who|when|until|before|after|while|because|since|as|amid)\b"
            # an infinitive ("to hold an election in 2024"), not "to both governments"
            r"|\bto\s+(?!(?:the|a|an|both|its|his|her|their|all|each)\b)(?-i:[a-z])",
            document.text[match.end() : d.start],
            re.IGNORECASE,
        )
    ]
    before = [d for d in dates if d.start < match.end() and d not in after]
    if not dates and re.match(r"\s*when\b", document.text[start:end], re.IGNORECASE):
        # "met in Mexico City on Nov. 26 last year, when they signed a deal": that day
        sentence = document.sentence_at(start)
        before = [
            d
            for d in document.dates_between(sentence.start, start)
            if not _in_dateline(document, d)
            and re.fullmatch(r"[^,;]*,\s*", document.text[d.end : start])
        ]
        # "on Nov. 26 last year": the day, not the year written after it
        before = sorted(before, key=lambda d: ("year", "month", "day").index(d.precision))
    if after or before:
        chosen = after[0] if after else before[-1]
        return chosen.iso, chosen.precision, chosen
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
        return datetime.date(published.year - count, 1, 1).isoformat(), "year", None
    days = count * 7 if unit == "week" else 0
    months = count if unit == "month" else 0
    month_index = published.year * 12 + published.month - 1 - months
    day = datetime.date(month_index // 12, month_index % 12 + 1, 1)
    if days:
        day = (published - datetime.timedelta(days=days)).replace(day=1)
    return day.isoformat(), "month", None


def _in_dateline(document: Document, date) -> bool:
    """ "MOSCOW, Oct 10 (Reuters) -": the day the story was filed, not the day of the event."""
    return bool(re.match(r"\s*\([^)]{1,40}\)\s*[-–—]", document.text[date.end : date.end + 50]))


# the capitalised name right before ", who" (the relative clause's antecedent)
_NAME_BEFORE_WHO = re.compile(r"(?P<name>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*),\s*$")


def _title(text, clause_start, clause_end, match) -> str:
    """The clause up to the verb and the few words after it: "Israeli troops seized the
    Palestinian side of the Rafah crossing"."""
    end = match.end()
    while end < clause_end and text[end].isalnum():
        end += 1  # the rest of a word the pattern cut short ("agreement|s")
    opening = re.sub(r"^.*?\)\s*[-–—]\s*", "", text[clause_start:end])  # the dateline
    words = opening.split()[-10:]
    tail = re.split(
        r"\b(?:on|in|at|since|after|before|when|that|which|who|to|from|last|this)\b",
        text[end:clause_end],
        maxsplit=1,
    )[0].split()[:6]
    title = " ".join(words + tail).strip(" ,;:.")
    title = re.sub(r"^(?:since|after|when|as|and|but|the)\s+", "", title, flags=re.IGNORECASE)
    antecedent = _NAME_BEFORE_WHO.search(text, max(0, clause_start - 80), clause_start)
    if antecedent and re.match(r"who\s", title, re.IGNORECASE):
        # "President Bill Clinton, who flew in from Nigeria earlier in the day": the clause is
        # told of the name it hangs on, which the title names instead of "who"
        name = re.split(r"(?<=[a-z]{2})\.\s+", antecedent.group("name"))[-1]  # not "War. Bush"
        title = f"{name} {title[4:]}"
    return title[:1].upper() + title[1:]
