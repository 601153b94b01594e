"""Drafting candidates from an article's text.

The result has the shape of the `candidates` object in design/api.md ("Article intake"): a dict
with the lists `actors`, `quotes`, `dates`, `meetings`, `events` and `status_signals`; every
candidate is a dict with a `key` (stable for the same text, publication date and database) and a
`span` ([start, end] character offsets into the text), plus the fields api.md names for its kind.
Matched records are written as {"id", "name"}.

So that the accept step can link candidates that refer to an actor not recorded yet, quotes
carry `speaker_key`, meeting participants `actor_key` and status signals `respondent_key`: the
key of the actor candidate they refer to. Actor candidates for new actors carry `similar`, the
recorded actors the identity rules take for possible duplicates (negotiations/identity.py).

How each kind is read: negotiations/intake/{actors,dates,quotes,meetings,events,signals}.py;
docs/intake.md tells the whole and how it is measured.
"""

import datetime

from negotiations.intake.actors import find_actor_mentions
from negotiations.intake.dates import find_dates, speaks_of_future, with_speakers_days
from negotiations.intake.document import Document, Mention
from negotiations.intake.events import find_events
from negotiations.intake.gazetteer import Gazetteer
from negotiations.intake.meetings import find_meetings
from negotiations.intake.quotes import find_quotes
from negotiations.intake.signals import find_proposals, find_status_signals
from negotiations.models import Actor
from negotiations.models.actors import SIMILAR_NAME_THRESHOLD
from negotiations.models.intake import CANDIDATE_KINDS
from negotiations.names import normalize_name, trigram_similarity


def draft_candidates(text: str, published_on: datetime.date, language: str = "en") -> dict:
    """The candidates found in `text`, resolved against `published_on` and the database.

    Only English is read; for another language the lists come back empty rather than wrong.
    """
    if (language or "en").split("-")[0].lower() != "en":
        return {kind: [] for kind in CANDIDATE_KINDS}
    document = read_article(text, published_on)
    return _Writer(document).candidates()


def read_article(text: str, published_on: datetime.date) -> Document:
    document = Document(text=text, published_on=published_on)
    document.gazetteer = Gazetteer.build(published_on, document.tokens)

    def future_at(offset: int) -> bool:
        sentence = document.sentence_at(offset)
        return speaks_of_future(text[sentence.start : sentence.end])

    document.dates = with_speakers_days(
        text, find_dates(text, published_on, future_at), document.quotes, published_on
    )
    find_actor_mentions(document)
    find_proposals(document)
    return document


class _Writer:
    """Turns what was read into the candidates' dicts."""

    def __init__(self, document: Document):
        self.document = document
        self.gazetteer = document.gazetteer

    def candidates(self) -> dict:
        return {
            "actors": self.actors(),
            "quotes": self.quotes(),
            "dates": self.dates(),
            "meetings": self.meetings(),
            "events": self.events(),
            "status_signals": self.status_signals(),
        }

    def written(self, mention: Mention) -> str:
        return mention.text_in(self.document.text)

    def reference(self, ref: str) -> dict | None:
        if ":new:" in ref:
            return None
        return self.gazetteer.actor(int(ref.split(":")[1])).as_reference()

    def display_name(self, ref: str) -> str:
        if ":new:" in ref:
            return self.document.new_actors[ref].name
        return self.gazetteer.actor(int(ref.split(":")[1])).name

    def actors(self) -> list[dict]:
        first_mentions: dict[str, Mention] = {}
        named: dict[str, Mention] = {}
        for mention in sorted(
            self.document.mentions + self.document.passing_mentions, key=lambda m: m.start
        ):
            if mention.via == "demonym":
                continue  # an adjective ("Israeli troops") is not by itself a mention
            first_mentions.setdefault(mention.ref, mention)
            if mention.via in ("name", "new", "country"):
                named.setdefault(mention.ref, mention)
        similar = self.similar_actors()
        found = []
        for ref, mention in first_mentions.items():
            as_written = named.get(ref, mention)
            if ":new:" in ref:
                new = self.document.new_actors[ref]
                found.append(
                    {
                        "key": ref,
                        "span": [mention.start, mention.end],
                        "name": new.name,
                        "actor": None,
                        "kind": new.kind,
                        "short_name": new.short_name,
                        "similar": similar.get(ref, []),
                    }
                )
            else:
                actor = self.gazetteer.actor(int(ref.split(":")[1]))
                found.append(
                    {
                        "key": ref,
                        "span": [mention.start, mention.end],
                        "name": self.written(as_written),
                        "actor": actor.as_reference(),
                        "kind": actor.kind,
                        "similar": [],
                    }
                )
        return found

    def similar_actors(self) -> dict[str, list[dict]]:
        """Possible duplicates of each new actor, in one query for all of them: the recorded
        actors one of whose names has the new name's normal form or a trigram similarity at
        the identity rules' threshold (Actor.objects.similar_to)."""
        new_actors = self.document.new_actors
        if not new_actors:
            return {}
        names = {ref: normalize_name(new.name) for ref, new in new_actors.items()}
        similar = {ref: [] for ref in new_actors}
        for actor in Actor.objects.similar_to(*[new.name for new in new_actors.values()])[:200]:
            stored = normalize_name(actor.matched_name)
            for ref, normal in names.items():
                score = 1.0 if stored == normal else trigram_similarity(stored, normal)
                if score >= SIMILAR_NAME_THRESHOLD:
                    similar[ref].append({"id": actor.pk, "name": actor.name})
        return similar

    def quotes(self) -> list[dict]:
        found = []
        for quote in find_quotes(self.document):
            speaker = quote.speaker
            found.append(
                {
                    "key": f"quote:{quote.start}-{quote.end}",
                    "span": [quote.start, quote.end],
                    "text": quote.text,
                    "speaker": self.reference(speaker.ref) if speaker else None,
                    "speaker_name": self.written(speaker) if speaker else "",
                    "date": quote.date,
                    "speaker_key": speaker.ref if speaker else None,
                }
            )
        return found

    def dates(self) -> list[dict]:
        return [
            {
                "key": f"date:{date.start}-{date.end}",
                "span": [date.start, date.end],
                "text": date.text,
                "date": date.iso,
                "precision": date.precision,
            }
            # A date inside a quote is still a date ("“Today the war is over,” Yeltsin said"):
            # the speaker's day, which dates.py reads like any other.
            for date in self.document.dates
        ]

    def meetings(self) -> list[dict]:
        found = []
        for meeting in find_meetings(self.document):
            names = [self.written(p) for p in meeting.participants]
            title = f"{names[0]} meets {' and '.join(names[1:])}"
            if meeting.location_name:
                title += f" in {meeting.location_name}"
            location = self.gazetteer.locations.get(meeting.location_id)
            found.append(
                {
                    "key": f"meeting:{meeting.start}-{meeting.end}",
                    "span": [meeting.start, meeting.end],
                    "title": title,
                    "date": meeting.date,
                    "date_precision": meeting.date_precision,
                    "location": {"id": location["id"], "name": location["name"]}
                    if location
                    else None,
                    "location_name": meeting.location_name,
                    "participants": [
                        {
                            "name": self.written(p),
                            "actor": self.reference(p.ref),
                            "actor_key": p.ref,
                        }
                        for p in meeting.participants
                    ],
                    "proposals": [
                        {"id": pid, "name": self.gazetteer.proposals[pid]["name"]}
                        for pid in meeting.proposal_ids
                    ],
                }
            )
        return found

    def events(self) -> list[dict]:
        return [
            {
                "key": f"event:{event.start}-{event.end}",
                "span": [event.start, event.end],
                "title": event.title,
                "date": event.date,
                "date_precision": event.date_precision,
                "kind": event.kind,
                "location_name": event.location_name,
            }
            for event in find_events(self.document)
        ]

    def status_signals(self) -> list[dict]:
        found = []
        for signal in find_status_signals(self.document):
            proposal = signal.proposal.proposal_id if signal.proposal else None
            found.append(
                {
                    "key": f"signal:{signal.start}-{signal.end}:{signal.status}",
                    "span": [signal.start, signal.end],
                    "respondent": self.reference(signal.respondent.ref),
                    "respondent_name": self.written(signal.respondent),
                    "proposal": (
                        {"id": proposal, "name": self.gazetteer.proposals[proposal]["name"]}
                        if proposal
                        else None
                    ),
                    "status": signal.status,
                    "changed_on": signal.changed_on,
                    "respondent_key": signal.respondent.ref,
                }
            )
        return found
