"""What the database knows, as lookups the text is scanned against in one pass.

`Gazetteer.build(published_on)` reads actor names (name, short name, aliases: the ActorName
index), the positions held on the publication date, locations and proposals in a handful of
queries, whatever the number of actors. `TokenTrie` finds every name in the text by walking
tokens in their normal form (the one names.py gives), longest match first: one scan of the
text, not one regular expression per name.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from negotiations.intake.text import Token
from negotiations.intake.vocabulary import COUNTRIES, TITLE_SYNONYMS
from negotiations.models import (
    Actor,
    ActorName,
    Location,
    Mediator,
    Party,
    Position,
    Proposal,
)
from negotiations.names import normalize_name

# How many queries building the gazetteer takes, whatever the size of the database.
GAZETTEER_QUERIES = 7


class TokenTrie:
    """Phrases as sequences of normal-form words, each carrying payloads."""

    def __init__(self):
        self.root: dict = {}

    def add(self, phrase: str, payload) -> None:
        words = normalize_name(phrase).split()
        if not words:
            return
        node = self.root
        for word in words:
            node = node.setdefault(word, {})
        node.setdefault(None, []).append(payload)

    def matches(self, tokens: list[Token]):
        """(first token index, index past the last, payloads) of the longest phrase starting at
        each token, left to right, without overlaps. An Arabic article token (al-, el-) written
        apart is skipped inside a phrase and taken into the match before it."""
        found = []
        index = 0
        while index < len(tokens):
            match = self._longest_from(tokens, index)
            if match is None:
                index += 1
                continue
            start, end, payloads = match
            if start > 0 and tokens[start - 1].is_article:
                start -= 1
            found.append((start, end, payloads))
            index = end
        return found

    def _longest_from(self, tokens, index):
        if tokens[index].is_article and index + 1 < len(tokens):
            return None  # tried from the next token, then extended back
        best = None
        node = self.root
        position = index
        while position < len(tokens):
            token = tokens[position]
            if token.is_article and position > index:
                position += 1
                continue
            for word in token.words:
                node = node.get(word)
                if node is None:
                    return best
            position += 1
            if None in node:
                best = (index, position, node[None])
            if token.possessive:
                break  # "Egypt's intelligence chief": the name ends at the possessive
        return best


@dataclass(frozen=True)
class KnownActor:
    id: int
    name: str
    kind: str
    country: str
    parent_id: int | None

    def as_reference(self) -> dict:
        return {"id": self.id, "name": self.name}


@dataclass(frozen=True)
class HeldPosition:
    person_id: int
    organization_id: int
    title: str


@dataclass
class Gazetteer:
    published_on: datetime.date
    actors: dict[int, KnownActor] = field(default_factory=dict)
    actor_names: TokenTrie = field(default_factory=TokenTrie)
    # (actor id, field, name as stored) per normal form, for exact look-ups outside the trie.
    names_by_normal_form: dict[str, list[tuple[int, str, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    positions: list[HeldPosition] = field(default_factory=list)
    titles: TokenTrie = field(default_factory=TokenTrie)
    locations: dict[int, dict] = field(default_factory=dict)
    location_names: TokenTrie = field(default_factory=TokenTrie)
    proposals: dict[int, dict] = field(default_factory=dict)
    proposal_names: TokenTrie = field(default_factory=TokenTrie)
    countries: TokenTrie = field(default_factory=TokenTrie)  # name or demonym -> country code
    states_by_country: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, published_on: datetime.date) -> "Gazetteer":
        gazetteer = cls(published_on=published_on)
        gazetteer._read_actors()
        gazetteer._read_positions()
        gazetteer._read_locations()
        gazetteer._read_proposals()
        gazetteer._read_proposal_actors()
        for code, name, other_names, demonyms in COUNTRIES:
            for phrase in [name, *other_names, *demonyms]:
                gazetteer.countries.add(phrase, code)
        return gazetteer

    def _read_actors(self) -> None:
        rows = ActorName.objects.values_list(
            "actor_id",
            "field",
            "name",
            "normalized",
            "actor__name",
            "actor__kind",
            "actor__country",
            "actor__parent_id",
        ).order_by("actor_id", "pk")
        for actor_id, name_field, name, normal, actor_name, kind, country, parent_id in rows:
            if actor_id not in self.actors:
                if kind == Actor.Kind.STATE:
                    # A state recorded without its code is still known by its name.
                    country = country or country_code_by_name(actor_name) or ""
                self.actors[actor_id] = KnownActor(actor_id, actor_name, kind, country, parent_id)
                if kind == Actor.Kind.STATE and country:
                    self.states_by_country.setdefault(country, actor_id)
            self.actor_names.add(name, (actor_id, name_field, name))
            self.names_by_normal_form[normal].append((actor_id, name_field, name))

    def _read_positions(self) -> None:
        day = self.published_on
        held = Position.objects.filter(
            Q(start__isnull=True) | Q(start__lte=day), Q(end__isnull=True) | Q(end__gte=day)
        ).values_list("person_id", "organization_id", "title")
        for person_id, organization_id, title in held:
            position = HeldPosition(person_id, organization_id, title)
            self.positions.append(position)
            for phrase in title_phrases(title):
                self.titles.add(phrase, position)

    def _read_locations(self) -> None:
        for location_id, name, kind, country in Location.objects.values_list(
            "id", "name", "kind", "country"
        ):
            self.locations[location_id] = {"id": location_id, "name": name, "country": country}
            self.location_names.add(name, location_id)
            # "the Rafah border crossing", "the Rafah crossing": a crossing answers to its
            # first word followed by "crossing", "border crossing" or "border".
            if kind == Location.Kind.BORDER_CROSSING:
                base = name.rsplit(" ", 1)[0] if name.lower().endswith("crossing") else name
                for phrase in (f"{base} border crossing", f"{base} crossing"):
                    self.location_names.add(phrase, location_id)

    def _read_proposal_actors(self) -> None:
        """Who each proposal concerns: its authors and the parties and mediators of its
        process, so that "the plan" in an article naming them can be told apart."""
        for proposal_id, actor_id in Proposal.authors.through.objects.filter(
            proposal_id__in=list(self.proposals)
        ).values_list("proposal_id", "actor_id"):
            self.proposals[proposal_id]["actors"].add(actor_id)
        by_process = defaultdict(set)
        processes = list({p["process_id"] for p in self.proposals.values()})
        for model in (Party, Mediator):
            for process_id, actor_id in model.objects.filter(process_id__in=processes).values_list(
                "process_id", "actor_id"
            ):
                by_process[process_id].add(actor_id)
        for proposal in self.proposals.values():
            proposal["actors"] |= by_process.get(proposal["process_id"], set())

    def _read_proposals(self) -> None:
        announced = Proposal.objects.filter(
            Q(announced_on__isnull=True) | Q(announced_on__lte=self.published_on)
        ).values_list("id", "title", "short_name", "announced_on", "announced_by_id", "process_id")
        for proposal_id, title, short_name, announced_on, announced_by_id, process_id in announced:
            self.proposals[proposal_id] = {
                "id": proposal_id,
                "name": title,
                "short_name": short_name,
                "announced_on": announced_on,
                "announced_by_id": announced_by_id,
                "process_id": process_id,
                "actors": {announced_by_id} - {None},
            }
            for phrase in (title, short_name):
                if phrase:
                    self.proposal_names.add(phrase, proposal_id)

    def actor(self, actor_id: int) -> KnownActor:
        return self.actors[actor_id]

    def state_of_country(self, code: str) -> int | None:
        return self.states_by_country.get(code)


_COUNTRY_CODES = {
    normalize_name(name): code
    for code, name, others, _demonyms in COUNTRIES
    for name in [name, *others]
}


def country_code_by_name(name: str) -> str | None:
    return _COUNTRY_CODES.get(normalize_name(name))


def title_phrases(title: str) -> set[str]:
    """The ways the press names a post with this title: the title itself and its synonyms."""
    normal = normalize_name(title)
    phrases = {normal}
    for key, synonyms in TITLE_SYNONYMS.items():
        if key == normal or f" {key} " in f" {normal} ":
            phrases.update(synonyms)
            phrases.add(key)
    return phrases
