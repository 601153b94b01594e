"""Proposals the article speaks of, and what it says of a party's response to one.

A proposal is named by its recorded title or short name, or referred to ("the plan", "the truce
proposal", "a ceasefire proposal announced on May 31"): a reference means the proposal the
article named, else the recorded proposal announced on a date the sentence gives, else the
latest one announced by an actor the article names.

A status signal is a respondent, a verb phrase and a proposal in one sentence: "Hamas has not
formally responded to the plan" is `pending`; "submitted its response", "rejected the offer",
"accepted" change the response (see `_SIGNALS`).
"""

import datetime
import re
from dataclasses import dataclass, replace

from negotiations.intake.document import Document, Mention, ProposalMention

_REFERENCE = re.compile(
    r"\b(?:the|a|an|this|that|its|their|latest|new|proposed|\w+-\w+)?\s*"
    r"(?:(?:latest|new|revised|draft|truce|ceasefire|peace|hostage|\w+-\w+|US|American|Egyptian|"
    r"Qatari|French|UN|three-phase|two-phase|framework)\s+){0,3}"
    r"(?P<noun>plan|proposal|offer|deal|framework|roadmap|initiative|agreement|accord|blueprint"
    r"|(?<=the\s)draft)s?\b"
)

_SIGNED = r"(?:\w+ly\s+)?(?:signed|initialled|initialed|inked)\b"
# (status, pattern on the words after the respondent), first match wins; negations first.
_SIGNALS = [
    (
        "pending",
        r"(?:has|have|had)\s+(?:still\s+|yet\s+)?(?:not|n[o’']t)\s+(?:yet\s+)?(?:\w+ly\s+)?(?:responded|replied|answered|given\s+(?:its|their|an?)\s+(?:response|answer|reply))",
    ),
    (
        "pending",
        r"(?:is|are|was|were)\s+(?:still\s+)?(?:studying|reviewing|considering|examining|weighing)\b",
    ),
    ("pending", r"(?:did|does|do)\s+(?:not|n[o’']t)\s+(?:\w+ly\s+)?(?:respond|reply|answer)"),
    ("pending", r"(?:has|have)\s+yet\s+to\s+(?:\w+ly\s+)?(?:respond|reply|answer|give)"),
    (
        "accepted_with_conditions",
        r"(?:\w+ly\s+)?accept(?:ed|s)?\b[^.]*\b(?:with|under|subject\s+to)\s+(?:\w+\s+)?(?:conditions|reservations|amendments|caveats)",
    ),
    (
        "countered",
        r"(?:\w+ly\s+)?(?:countered|made\s+a\s+counter-?(?:proposal|offer)|submitted\s+a\s+counter-?(?:proposal|offer)|proposed\s+amendments|responded\s+with\s+(?:a\s+)?counter)",
    ),
    (
        "countered",
        r"(?:submitted|delivered|handed\s+over|sent|gave|presented)\s+(?:its|their|a|an)\s+(?:\w+\s+)?(?:response|reply|answer)[^.]*\b(?:amendments|changes|counter|modifications)",
    ),
    (
        "rejected",
        r"(?:\w+ly\s+)?(?:rejected|rejects|refused|refuses|turned\s+down|dismissed|spurned)\b",
    ),
    ("withdrawn", r"(?:withdrew|withdrawn|pulled\s+out\s+of|walked\s+away\s+from)\b"),
    ("accepted", _SIGNED),
    (
        "accepted",
        r"(?:\w+ly\s+)?(?:accepted|accepts|agreed\s+to|approved|endorsed|signed\s+on\s+to|said\s+yes\s+to)\b",
    ),
    (
        "acknowledged",
        r"(?:submitted|delivered|handed\s+over|sent|gave|presented|conveyed)\s+(?:its|their|a|an)\s+(?:\w+\s+)?(?:response|reply|answer)",
    ),
    ("acknowledged", r"(?:acknowledged|received|welcomed)\s+(?:receipt\s+of\s+)?(?:the|a)\b"),
]
_SIGNAL_PATTERNS = [
    (
        status,
        re.compile(
            r"^\s*,?\s*(?:,[^,]*,\s*)?"
            # "Yemen's internationally recognised government accepted": the state answers
            r"(?:['’]s\s+(?:\w+\s+){0,2}?government\s+)?"
            # "Hamas said it was studying the plan"
            r"(?:(?:said|says|announced|confirmed|stated)\s+(?:that\s+)?(?:it|they)\s+)?"
            # "had submitted", "has now rejected", "would reject" is not a change yet
            + ("" if status == "pending" else r"(?:(?:has|have|had)\s+(?:\w+ly\s+|now\s+)?)?")
            + pattern,
            re.IGNORECASE,
        ),
    )
    for status, pattern in _SIGNALS
]
# The signatories of a deal accept it, each for the body they sign for.
_SIGNATORIES = _SIGNAL_PATTERNS[[raw for _, raw in _SIGNALS].index(_SIGNED)][1]


def find_proposals(document: Document) -> None:
    """Fill `document.proposals`."""
    gazetteer = document.gazetteer
    named = []
    for first, last, ids in gazetteer.proposal_names.matches(document.tokens):
        start, end = document.tokens[first].start, document.tokens[last - 1].end
        named.append(ProposalMention(start, end, ids[0]))
    article_proposal = named[0].proposal_id if named else None
    references = []
    for match in _REFERENCE.finditer(document.text):
        if any(p.start <= match.start("noun") < p.end for p in named):
            continue
        sentence = document.sentence_at(match.start())
        # "the government's offer last month to include a halt to kidnappings": the words
        # around the reference name another recorded proposal than the article's.
        described, shared = _described_by(document, match, sentence.end)
        last = _last_mentioned(named + references, match.start()) if article_proposal else None
        proposal_id = (
            (described if shared >= 2 else None)
            or last
            or article_proposal
            or _announced_in_sentence(document, sentence)
            or described
        )
        references.append(ProposalMention(match.start("noun"), match.end("noun"), proposal_id))
    if article_proposal is None:
        # A reference pinned down by its date pins down the article's other references.
        pinned = next((r.proposal_id for r in references if r.proposal_id), None)
        pinned = pinned or _concerning_mentioned_actors(document) or _the_only_one(document)
        references = [ProposalMention(r.start, r.end, r.proposal_id or pinned) for r in references]
    document.proposals = sorted(named + references, key=lambda p: p.start)


def _announced_in_sentence(document: Document, sentence) -> int | None:
    days = {
        d.date for d in document.dates_between(sentence.start, sentence.end) if d.precision == "day"
    }
    for proposal in document.gazetteer.proposals.values():
        if proposal["announced_on"] in days:
            return proposal["id"]
    return None


_GENERIC_WORDS = {
    "the", "a", "an", "plan", "proposal", "offer", "deal", "framework", "roadmap", "initiative",
    "agreement", "accord", "blueprint", "latest", "new", "this", "that", "its", "their", "of",
    "for", "on", "to", "and", "in", "proposed", "draft", "revised", "s",
}  # fmt: skip


def _described_by(document: Document, match, sentence_end: int) -> tuple[int | None, int]:
    """The recorded proposal whose title or short name shares the most words with the words
    that name the reference ("the Russian ceasefire offer", "the grain deal", "the offer to
    include a halt to kidnappings"), and how many words it shares."""
    start = max(0, match.start() - 40)
    words = re.findall(r"\w+", document.text[start : match.end()].casefold())[-5:]
    clause = re.split(r"[,;:()]", document.text[match.end() : sentence_end])[0]
    words += re.findall(r"\w+", clause.casefold())[:8]
    described = set(words) - _GENERIC_WORDS
    best, best_shared = None, 0
    for proposal in document.gazetteer.proposals.values():
        shared = len(described & (proposal["words"] - _GENERIC_WORDS))
        if shared > best_shared:
            best, best_shared = proposal["id"], shared
    return best, best_shared


def _last_mentioned(mentions: list[ProposalMention], before: int) -> int | None:
    """ "The plan", "the draft": the proposal named or referred to last before it."""
    earlier = [m for m in mentions if m.end <= before and m.proposal_id]
    return max(earlier, key=lambda m: m.start).proposal_id if earlier else None


def _concerning_mentioned_actors(document: Document) -> int | None:
    """The proposal whose authors, parties and mediators the article names most, the latest
    announced first."""
    mentioned = {int(m.ref.split(":")[1]) for m in document.mentions if ":new:" not in m.ref}
    scored = [
        (len(p["actors"] & mentioned), p["announced_on"] or datetime.date.min, p["id"])
        for p in document.gazetteer.proposals.values()
    ]
    scored = [entry for entry in scored if entry[0] > 0]
    return max(scored)[2] if scored else None


def _the_only_one(document: Document) -> int | None:
    proposals = document.gazetteer.proposals
    return next(iter(proposals)) if len(proposals) == 1 else None


@dataclass(frozen=True)
class SignalCandidate:
    start: int
    end: int
    respondent: Mention
    proposal: ProposalMention | None
    status: str
    changed_on: str


def find_status_signals(document: Document) -> list[SignalCandidate]:
    found = []
    for sentence in document.sentences:
        mentions = [
            m
            for m in document.mentions_between(sentence.start, sentence.end)
            if m.via not in ("post", "demonym")
        ]
        for mention in mentions:
            following = document.text[mention.end : sentence.end]
            for status, pattern in _SIGNAL_PATTERNS:
                match = pattern.match(following)
                if match is None:
                    continue
                proposal = _proposal_for(document, sentence, mention.end + match.end())
                if proposal is None and status not in ("pending",):
                    break
                if proposal is None:
                    proposal = _proposal_for(document, sentence, sentence.start, anywhere=True)
                dates = [
                    d
                    for d in document.dates_between(sentence.start, sentence.end)
                    if d.precision == "day"
                ]
                # A pending response is stated as of the day the article says so.
                changed_on = dates[0].iso if dates and status != "pending" else None
                changed_on = changed_on or document.published_on.isoformat()
                # "The presidents of Bosnia, Serbia and Croatia initialled a peace agreement":
                # each party listed before the verb answers alike.
                signing = pattern is _SIGNATORIES
                signatories = [*_listed_before(document, mentions, mention, signing), mention]
                if signing:
                    bodies = [_body_signed_for(document, m) for m in signatories]
                    # a person whose body the article does not tell signs for no one we know
                    signatories = [b for b in bodies if not document.is_person(b.ref)]
                if re.search(r"\b(?:welcomed|received|acknowledged)\b", match.group(0), re.I):
                    # "The UN chief welcomed the deal": only those the proposal concerns answer
                    signatories = [m for m in signatories if _concerned(document, m, proposal)]
                for respondent in signatories:
                    found.append(
                        SignalCandidate(
                            respondent.start, sentence.end, respondent, proposal, status, changed_on
                        )
                    )
                break
    unique = {}
    for signal in found:
        proposal_id = signal.proposal.proposal_id if signal.proposal else None
        unique.setdefault((signal.respondent.ref, proposal_id, signal.status), signal)
    return list(unique.values())


def _concerned(document: Document, respondent: Mention, proposal) -> bool:
    if respondent.ref.startswith("actor:new:"):
        return False
    recorded = document.gazetteer.proposals.get(proposal.proposal_id) if proposal else None
    return recorded is None or int(respondent.ref.split(":")[1]) in recorded["actors"]


def _body_signed_for(document: Document, signatory: Mention) -> Mention:
    """A person signs for a body: "ELN commander Antonio Garcia" for the ELN named in his post,
    "President Gustavo Petro" for the body he holds a recorded post in."""
    if not document.is_person(signatory.ref):
        return signatory
    sentence = document.sentence_at(signatory.start)
    post = [
        m
        for m in document.mentions_between(sentence.start, signatory.start)
        if not document.is_person(m.ref)
        and re.fullmatch(r"\s*(?:[a-z]+\s+){1,2}", document.text[m.end : signatory.start])
    ]
    if post:
        return post[-1]
    if not signatory.ref.startswith("actor:new:"):
        person_id = int(signatory.ref.split(":")[1])
        for position in document.gazetteer.positions:
            if position.person_id == person_id:
                return replace(signatory, ref=f"actor:{position.organization_id}", via="title")
    return signatory


def _listed_before(document, mentions, last, signing=False) -> list[Mention]:
    listed = []
    position = last.start
    # "President Gustavo Petro and ELN commander Antonio Garcia signed": a post may stand
    # before a signatory's name
    gap = r"[\s,]*(?:and\s+)?" + (r"(?:[\w-]+\s+){0,2}" if signing else "")
    for mention in reversed([m for m in mentions if m.end <= last.start]):
        if not re.fullmatch(gap, document.text[mention.end : position]):
            break
        listed.insert(0, mention)
        position = mention.start
    return [m for m in listed if m.ref != last.ref]


def _proposal_for(document, sentence, offset, anywhere=False) -> ProposalMention | None:
    in_sentence = [p for p in document.proposals if sentence.start <= p.start < sentence.end]
    after = [p for p in in_sentence if p.start >= offset]
    if after:
        return after[0]
    if anywhere or in_sentence:
        return in_sentence[0] if in_sentence else None
    return None
