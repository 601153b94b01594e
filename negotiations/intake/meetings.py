"""Who met whom, where and when.

A meeting is read from a trigger ("met", "held talks with", "arrived in Israel for talks with",
"In closed-door talks also attended by ..."): its guests are the list of actors right after the
trigger ("Egyptian intelligence chief Abbas Kamel, Sisi and Blinken"), its subject the list
right before it, or else the person the sentence is about. The place is a recorded location in
the clause, else "in <country or city>" before the trigger; the date is a date in the clause,
else in the sentence, else the last dated day before it, else the publication date. Meetings
of one day sharing two participants are one meeting, told twice.
"""

import re
from dataclasses import dataclass, field

from negotiations.intake.document import Document, Mention

_TRIGGERS = re.compile(
    r"\b(?:(?P<met>met|meet|meets|meeting)(?:\s+with)?"
    r"|(?P<talks>(?:held|hold|holds|holding)\s+(?:separate\s+|direct\s+|further\s+)?talks"
    r"\s+(?:in\s+[A-Z][\w-]+\s+)?with|talks\s+with|talked\s+with|talks\s+between"
    r"|(?:held|hold)\s+(?:a\s+)?meeting\s+with|meeting\s+between|(?:talks|meeting|meetings)\s+"
    r"(?:\w+\s+){0,2}?attended\s+by)|(?P<hosted>hosted|received|welcomed)"
    r"|(?P<phone>(?:spoke|speaks|talked)\s+(?:by\s+(?:tele)?phone\s+)?(?:with|to)"
    r"|(?:phone|telephone)\s+call\s+with"
    r"|discussed\s+(?:[\w-]+\s+){0,4}?by\s+(?:tele)?phone\s+with))\b",
    re.IGNORECASE,
)
# What may join the actors of one list: commas, "and", and the words of a post before a name.
_LIST_GAP = re.compile(
    r"^(?:[\s,]|and\b|as\s+well\s+as\b|the\b|his\b|her\b|their\b|its\b|[A-Z][\w.-]*\b|['’]s\b|"
    r"(?:top|chief|foreign|prime|minister|president|intelligence|spokesman|envoy|deputy|special|"
    r"negotiator|coordinator|diplomat|mediator|commander|"
    r"leader|head|officials?|counterparts?|king|emir|crown|prince|sheikh|secretary|of|state)\b)*$"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|to|at)\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


@dataclass
class MeetingCandidate:
    start: int
    end: int
    participants: list[Mention]
    date: str
    date_precision: str
    location_id: int | None
    location_name: str
    proposal_ids: list[int] = field(default_factory=list)
    phone: bool = False


def find_meetings(document: Document) -> list[MeetingCandidate]:
    found: list[MeetingCandidate] = []
    for sentence in document.sentences:
        sentence_text = document.text[sentence.start : sentence.end]
        triggers = [
            match
            for match in _TRIGGERS.finditer(sentence_text)
            if not document.in_quote(sentence.start + match.start())
        ]
        everyone_met = set()
        for number, trigger in enumerate(triggers):
            clause_end = (
                sentence.start + triggers[number + 1].start()
                if number + 1 < len(triggers)
                else sentence.end
            )
            everyone_met |= {
                m.ref for m in _list_after(document, sentence.start + trigger.end(), clause_end)
            }
        for number, trigger in enumerate(triggers):
            start = sentence.start + trigger.start()
            clause_end = (
                sentence.start + triggers[number + 1].start()
                if number + 1 < len(triggers)
                else sentence.end
            )
            if _is_planned(document.text, sentence.start, start) or _is_called_off(
                document.text, sentence.start, start
            ):
                continue
            meeting = _read_meeting(
                document, sentence, trigger, start, clause_end, triggers, number, everyone_met
            )
            if meeting is not None:
                found.append(meeting)
    return _merge(found)


def _is_planned(text: str, sentence_start: int, trigger_start: int) -> bool:
    before = text[sentence_start:trigger_start]
    return bool(
        re.search(r"\b(?:will|is\s+due\s+to|is\s+expected\s+to|plans\s+to)\b[^,.]*$", before)
    )


def _is_called_off(text: str, sentence_start: int, trigger_start: int) -> bool:
    """ "had suspended talks between ...": talks stopped are no meeting held."""
    return bool(
        re.search(
            r"\b(?:suspended|suspends|suspend|halted|ended|broke\s+off|called\s+off|postponed"
            r"|cancelled|canceled|walked\s+out\s+of)\s+(?:the\s+)?$",
            text[sentence_start:trigger_start],
        )
    )


def _read_meeting(document, sentence, trigger, start, clause_end, triggers, number, everyone_met):
    trigger_end = sentence.start + trigger.end()
    guests = _list_after(document, trigger_end, clause_end)
    hosts = _list_before(document, sentence.start, start)
    if trigger.group("hosted") and not (guests and hosts):
        return None  # "Hamas received the proposal", "welcomed the truce": no one met
    participants = []
    for mention in hosts + guests:
        if mention.ref not in [p.ref for p in participants]:
            participants.append(mention)
    if not hosts and re.search(
        r"(?:^|[,;]\s*)(?:he|she)\s+(?:also\s+|later\s+|then\s+|had\s+)*$",
        document.text[sentence.start : start],
        re.IGNORECASE,
    ):
        # "He met Abdulsalam in Muscat": the person the previous sentences are about
        named = _person_named_before(document, sentence.start)
        if named is not None and named.ref not in [p.ref for p in participants]:
            participants.insert(0, named)
            hosts = [named]
    if not hosts or len(participants) < 2:
        subject = _sentence_subject(
            document, sentence, exclude={m.ref for m in participants} | everyone_met
        )
        if subject is not None and subject.ref not in [p.ref for p in participants]:
            participants.insert(0, subject)
    if len(participants) < 2:
        return None
    clause_start = sentence.start + (triggers[number - 1].end() if number > 0 else 0)
    location_id, location_name = _place_for(document, clause_start, start, clause_end)
    date = _date_for(document, sentence, clause_start, start, clause_end)
    proposals = sorted(
        {
            p.proposal_id
            for p in document.proposals
            if sentence.start <= p.start < sentence.end and p.proposal_id
        }
    )
    return MeetingCandidate(
        start=start,
        end=clause_end,
        participants=participants,
        date=date[0],
        date_precision=date[1],
        location_id=location_id,
        location_name=location_name,
        proposal_ids=proposals,
        phone=bool(trigger.group("phone")),
    )


def _place_for(document, clause_start, trigger_start, clause_end) -> tuple[int | None, str]:
    """A recorded place after the trigger ("met Sisi in Cairo"), else the last place named
    before it in the clause ("arrived in Israel for talks with")."""
    after = [p for p in document.places if trigger_start <= p.start < clause_end]
    if after:
        return after[0].location_id, after[0].name
    found = (None, "")
    position = -1
    for place in document.places:
        if clause_start <= place.start < trigger_start and place.start > position:
            found, position = (place.location_id, place.name), place.start
    for match in _PLACE_BEFORE.finditer(document.text, clause_start, trigger_start):
        if match.start("place") > position:
            found, position = (None, match.group("place")), match.start("place")
    return found


def _list_after(document: Document, start: int, end: int) -> list[Mention]:
    listed = []
    position = start
    for mention in document.mentions_between(start, end):
        if mention.via in ("post", "demonym"):
            continue  # "Egyptian intelligence chief Abbas Kamel": neither body is a guest
        if not _LIST_GAP.match(document.text[position : mention.start]):
            break
        if listed and _names_a_post(document, listed[-1], mention):
            listed.pop()  # "Iran's chief negotiator Ali Bagheri Kani": Iran is his post's
        if mention.ref not in [m.ref for m in listed]:
            listed.append(mention)
        position = mention.end
    return listed


def _names_a_post(document: Document, body: Mention, person: Mention) -> bool:
    """The body is named only as part of the person's post: "US special envoy Robert Malley"."""
    if document.is_person(body.ref) or not document.is_person(person.ref):
        return False
    gap = document.text[body.end : person.start]
    return bool(re.fullmatch(r"(?:['’]s)?(?:\s+[\w-]+){1,3}\s+", gap)) and "," not in gap


def _list_before(document: Document, start: int, end: int) -> list[Mention]:
    listed = []
    position = end
    for mention in reversed(document.mentions_between(start, end)):
        if mention.via in ("post", "demonym"):
            continue
        gap = document.text[mention.end : position]
        if not re.match(r"^(?:[\s,]|and\b|also\b|have\b|has\b|had\b)*$", gap):
            break
        listed.insert(0, mention)
        position = mention.start
    return listed


def _person_named_before(document: Document, offset: int) -> Mention | None:
    for mention in reversed(document.mentions):
        if (
            mention.end <= offset
            and not document.in_quote(mention.start, mention.end)
            and document.is_person(mention.ref)
        ):
            return mention
    return None


def _sentence_subject(document, sentence, exclude) -> Mention | None:
    mentions = [
        m
        for m in document.mentions_between(sentence.start, sentence.end)
        if m.ref not in exclude and document.is_person(m.ref)
    ]
    return mentions[0] if mentions else None


def _date_for(document, sentence, clause_start, trigger_start, clause_end) -> tuple[str, str]:
    """A date after the trigger in its clause ("met X in Cairo on Monday"), else the nearest
    before it ("On Monday, X met"), else anywhere in the sentence, else the last day named
    before the sentence, else the publication date."""
    after = document.dates_between(trigger_start, clause_end)
    if after:
        return after[0].iso, after[0].precision
    before = document.dates_between(clause_start, trigger_start) or document.dates_between(
        sentence.start, sentence.end
    )
    if before:
        return before[-1].iso, before[-1].precision
    earlier = [d for d in document.dates if d.end <= sentence.start and d.precision == "day"]
    if earlier:
        return earlier[-1].iso, earlier[-1].precision
    return document.published_on.isoformat(), "day"


def _merge(meetings: list[MeetingCandidate]) -> list[MeetingCandidate]:
    merged: list[MeetingCandidate] = []
    for meeting in meetings:
        refs = {p.ref for p in meeting.participants}
        for earlier in merged:
            shared = refs & {p.ref for p in earlier.participants}
            if earlier.date == meeting.date and len(shared) >= 2:
                known = {p.ref for p in earlier.participants}
                earlier.participants += [p for p in meeting.participants if p.ref not in known]
                earlier.location_id = earlier.location_id or meeting.location_id
                earlier.location_name = earlier.location_name or meeting.location_name
                earlier.proposal_ids = sorted(set(earlier.proposal_ids) | set(meeting.proposal_ids))
                break
        else:
            merged.append(meeting)
    return merged
