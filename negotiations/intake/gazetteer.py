"""What the database knows, as lookups the text is scanned against in one pass.

`Gazetteer.build(published_on)` reads actor names (name, short name, aliases: the ActorName
index), the positions held on the publication date, locations and proposals in a handful of
queries, whatever the number of actors. `TokenTrie` finds every name in the text by walking
tokens in their normal form (the one names.py gives), longest match first: one scan of the
text, not one regular expression per name.
"""

import datetime
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from django.db import connection
from django.db.models import Q

from negotiations.intake.text import Token
from negotiations.intake.vocabulary import (
    ACTOR_EXTRA_HEAD_WORDS,
    ATTRIBUTIVE_SINGULAR_NOUNS,
    CAPITALS,
    COUNTRIES,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    KIND_HEAD_WORDS,
    LOWERCASE_BODY_HEADS,
    MINISTRY_PORTFOLIOS,
    PERSON_TITLES,
    TITLE_SYNONYMS,
)
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

# How many queries building the gazetteer takes at most, whatever the size of the database (the
# one for bodies written without their place only where the text has a run its reader may take
# for one).
GAZETTEER_QUERIES = 9
# The fields of an index row's actor that `Gazetteer._know` keeps, in its order.
_WHAT_IS_KNOWN_OF_AN_ACTOR = ("actor__name", "actor__kind", "actor__country", "actor__parent_id")
# The words a body's name ends in ("Federation", "Committee", "Party"), in the normal form the
# tokens hold: the only runs asked for as "NAME of PLACE", as the actor reader reads no others
# (a run of capitalised words ending elsewhere would cost the query its time for nothing).
_BODY_HEADS = {
    normalize_name(word)
    for heads in (KIND_HEAD_WORDS, ACTOR_EXTRA_HEAD_WORDS)
    for words in heads.values()
    for word in words
}
# The head words of a description of a recorded body ("the Finnish church", "the Bamako
# section"): a body's, and those of a body's parts, which name none alone
DESCRIPTION_HEADS = _BODY_HEADS | {
    normalize_name(word) for word in ("section", "sections", "branch", "wing", "chapter")
}
# The posts of a body's members, who answer for themselves: "Senator", "member of parliament"
_MEMBERSHIP = re.compile(
    r"(?:senator|member\b.*|lawmaker|legislator|mp|deputy|congress(?:man|woman)|councill?or"
    r"|delegate)",
    re.IGNORECASE,
)


class TokenTrie:
    """Phrases as sequences of normal-form words, each carrying payloads."""

    def __init__(self, possessive_apart: bool = False):
        self.root: dict = {}
        # "the NDF's draft of an accord" for a recorded "NDF draft of an accord": a possessive
        # inside a phrase reads as the word itself (proposal titles, not actors' names, where a
        # possessive ends the name: "Egypt's intelligence chief")
        self.possessive_apart = possessive_apart

    def add(self, phrase: str, payload) -> None:
        self.add_normal_form(_normal_form(phrase), payload)

    def add_normal_form(self, normal_form: str, payload) -> None:
        words = normal_form.split()
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
            match = self.longest_from(tokens, index)
            if match is None:
                index += 1
                continue
            start, end, payloads = match
            if start > 0 and tokens[start - 1].is_article:
                start -= 1
            end, payloads = self._extended(tokens, start, end, payloads)
            found.append((start, end, payloads))
            index = end
        return found

    def _extended(self, tokens, start, end, payloads):
        """ "Sheikh Tamim bin Hamad Al Thani": a phrase starting inside the match that goes on
        past it and names the same thing (an alias with a title, then the full name) makes one
        match of both, so its tail is not read as a name of its own."""
        for inner in range(start + 1, end):
            longer = self.longest_from(tokens, inner)
            if longer is None or longer[1] <= end:
                continue
            shared = [p for p in longer[2] if _referent(p) in {_referent(q) for q in payloads}]
            if shared:
                return longer[1], shared
        return end, payloads

    def longest_from(self, tokens, index):
        """(index, index past the last token, payloads) of the longest phrase starting at the
        token, or None: what the readers of the text ask of a trie at one place ("is a title, a
        state or a capital written here?"), where `matches` reads the whole text."""
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
            plain = _walk(node, token.words)
            position += 1
            if plain is not None and None in plain:
                best = (index, position, plain[None])
            if token.possessive:
                # "Egypt's intelligence chief": the name ends at the possessive, unless a name
                # goes on through it ("Tigray People's Liberation Front", whose normal form
                # writes "peoples").
                joined = _walk(node, _through_possessive(token.words))
                if joined is None or not any(key is not None for key in joined):
                    if (
                        self.possessive_apart
                        and plain is not None
                        and any(key is not None for key in plain)
                    ):
                        node = plain
                        continue
                    break
                node = joined
                continue
            if plain is None:
                break
            node = plain
        return best


def _referent(payload):
    """What a payload names: the actor's id for a name's (id, kind, name) tuple."""
    return payload[0] if isinstance(payload, tuple) else payload


def _walk(node: dict, words) -> dict | None:
    for word in words:
        node = node.get(word)
        if node is None:
            return None
    return node


def _through_possessive(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of "People's" as a name's normal form writes them inside it ("peoples")."""
    return (*words[:-1], words[-1] + "s")


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
    positions: list[HeldPosition] = field(default_factory=list)
    # posts their holders had left by the publication date, read in the same query: "the
    # Government of President X" after X fell is still the government of the state he led
    posts_left: list[HeldPosition] = field(default_factory=list)
    titles: TokenTrie = field(default_factory=TokenTrie)
    locations: dict[int, dict] = field(default_factory=dict)
    location_names: TokenTrie = field(default_factory=TokenTrie)
    proposals: dict[int, dict] = field(default_factory=dict)
    proposal_names: TokenTrie = field(default_factory=lambda: TokenTrie(possessive_apart=True))
    countries: TokenTrie = field(default_factory=TokenTrie)  # name or demonym -> country code
    # Adjectives of recorded states the country table lacks ("Esthonian", "Soviet" for a
    # "Soviet Russia" recorded without a code), in normal form (`_read_demonyms_of_states`)
    derived_demonyms: set[str] = field(default_factory=set)
    states_by_country: dict[str, int] = field(default_factory=dict)
    text_words: set[str] = field(default_factory=set)
    # Every name the index answered, normal form -> actor ids: names the text implies without
    # spelling them ("the army" of a state it names) are looked up here.
    actors_by_name: dict[str, list[int]] = field(default_factory=dict)
    # Recorded bodies named "NAME of PLACE" whose NAME the text writes alone ("the Miners'
    # Federation" for "Miners' Federation of Great Britain"): normal form of NAME -> actor ids.
    bodies_by_head: dict[str, list[int]] = field(default_factory=dict)
    # Recorded bodies the text names only by what they are, with their place left out ("the
    # strike committee" for "Lawrence Strike Committee" in a report from Lawrence): normal form
    # of the description -> {actor id: whether the place is the dateline's}.
    bodies_by_description: dict[str, dict[int, bool]] = field(default_factory=dict)
    # Recorded bodies that a description of the text fits without the text writing their name
    # ("the Finnish church" for "Evangelical Lutheran Church of Finland"): actor id -> the names
    # (its name, an alias) the description fits (`described_bodies`).
    described_names: dict[int, set[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, published_on: datetime.date, tokens: list[Token]) -> "Gazetteer":
        """What the database knows that the text (its `tokens`) may name."""
        gazetteer = cls(published_on=published_on)
        gazetteer.text_words = {token.text.casefold() for token in tokens} | {
            word for token in tokens for word in token.words
        }
        for code, name, other_names, demonyms in COUNTRIES:
            for phrase in [name, *other_names, *demonyms]:
                gazetteer.countries.add(phrase, code)
        gazetteer._read_actors(tokens)
        gazetteer._read_bodies_by_head(tokens)
        gazetteer._read_states()
        gazetteer._read_positions()
        gazetteer._read_locations()
        gazetteer._read_proposals()
        gazetteer._read_proposal_actors()
        return gazetteer

    def _read_actors(self, tokens: list[Token]) -> None:
        """The actor names (name, short name, aliases) that the text may spell: the index of
        names is asked for the normal forms of the text's runs of up to eight words that hold a
        capital, so the work grows with the article, not with the number of actors."""
        plurals = attributive_plurals(tokens)
        described = place_described_phrases(tokens, self.codes_named(tokens))
        phrases = sorted(
            phrases_in(tokens)
            | lowercase_body_phrases(tokens)
            | self.implied_names(tokens)
            | set(plurals)
            | set(described)
        )
        # SQLite caps a query's parameters (999 here), PostgreSQL does not (None): one query for
        # the whole article where the backend allows it, under the cap with room to spare where not
        limit = connection.features.max_query_params
        abbreviated = abbreviated_names(tokens)
        asked = set(phrases)
        size = max(1, min(limit - 10 - 2 * len(abbreviated), 20_000)) if limit else 20_000
        for offset in range(0, len(phrases), size):
            query = Q(normalized__in=phrases[offset : offset + size])
            for letters, rest in sorted(set(abbreviated.values())) if offset == 0 else []:
                # "U.N. Security Council" for the recorded "United Nations Security Council":
                # asked in the same query, by the words after the abbreviation and its first
                # letter (a prefix the name index serves, where the ending alone would scan it)
                query |= Q(normalized__startswith=letters[0], normalized__endswith=f" {rest}")
            for actor_id, name_field, name, normal, *actor in (
                ActorName.objects.filter(query)
                .values_list("actor_id", "field", "name", "normalized", *_WHAT_IS_KNOWN_OF_AN_ACTOR)
                .order_by("actor_id", "pk")
            ):
                written = [
                    whole
                    for whole, (letters, rest) in abbreviated.items()
                    if normal.endswith(f" {rest}")
                    and _initials(normal[: -len(rest) - 1]) == letters
                ]
                if normal not in asked and not written:
                    continue  # a name that only ends like an abbreviated one
                for whole in written:
                    self.actor_names.add_normal_form(whole, (actor_id, name_field, name))
                    self.actors_by_name.setdefault(whole, []).append(actor_id)
                self._know(actor_id, *actor)
                for description, from_dateline in described.get(normal, ()):
                    answered = self.bodies_by_description.setdefault(description, {})
                    answered[actor_id] = answered.get(actor_id, False) or from_dateline
                self.actor_names.add_normal_form(normal, (actor_id, name_field, name))
                self.actors_by_name.setdefault(normal, []).append(actor_id)
                if normal in plurals:
                    # "Bosnian Serb leaders" for the actor named "Bosnian Serbs"
                    self.actor_names.add_normal_form(plurals[normal], (actor_id, ATTRIBUTIVE, name))

    def _read_bodies_by_head(self, tokens: list[Token]) -> None:
        """The recorded bodies whose name is a run of two to four capitalised words of the text,
        ending in a body's head word, that goes on with "of" and a place the text leaves out;
        and, in the same query, those a description of the text fits (`described_bodies`)."""
        heads = set()
        for index in range(len(tokens)):
            words: list[str] = []
            for token in tokens[index : index + 4]:
                if not token.capitalised:
                    break
                words.extend(token.words)
                if token is not tokens[index] and token.words and token.words[-1] in _BODY_HEADS:
                    heads.add(" ".join(words))
        heads = sorted(heads)
        descriptions = sorted(described_bodies(tokens))
        asked = [("head", head) for head in heads] + [("description", d) for d in descriptions]
        for offset in range(0, len(asked), 200):
            by_head, query = Q(), Q()
            for what, asked_for in asked[offset : offset + 200]:
                if what == "head":
                    by_head |= Q(normalized__startswith=f"{asked_for} of ")
                else:
                    query |= _description_query(*asked_for)
            if by_head:
                query |= Q(by_head, field=ActorName.Field.NAME)
            rows = ActorName.objects.filter(query).exclude(actor__kind=Actor.Kind.PERSON)
            for actor_id, name_field, name, normal, *actor in rows.values_list(
                "actor_id", "field", "name", "normalized", *_WHAT_IS_KNOWN_OF_AN_ACTOR
            ).order_by("actor_id", "pk"):
                head = next((h for h in heads if normal.startswith(f"{h} of ")), None)
                if head is not None and name_field == ActorName.Field.NAME:
                    self._know(actor_id, *actor)
                    self.bodies_by_head.setdefault(head, []).append(actor_id)
                country = actor[2] or ""
                if any(
                    head in name_words(name) and describes(words, name, country)
                    for head, words in descriptions
                ):
                    self._know(actor_id, *actor)
                    self.described_names.setdefault(actor_id, set()).add(name)

    def implied_names(self, tokens: list[Token]) -> set[str]:
        """Names of the bodies of the states the text names that wire copy calls by what they
        are: "the army" (recorded as "Sudanese Armed Forces" or "Sudanese army"), "the
        Norwegian foreign ministry", and its government where it is recorded as an actor of its
        own ("Government of Angola", whom its ministers answer for, whether or not the text says
        "government"). Asked in the same query as the text's own phrases."""
        armies = bool({"army", "military"} & self.text_words)
        portfolios = [word for word in MINISTRY_PORTFOLIOS if word in self.text_words]
        legislatures = [word for word in LEGISLATURE_WORDS if word in self.text_words]
        if "parliament" not in legislatures and LEGISLATURE_MEMBERS & self.text_words:
            legislatures.append("parliament")  # "Lebanese deputies": the state's parliament
        if "cabinet" in self.text_words:
            legislatures.append("cabinet")
        names = set()
        for code in self.codes_named(tokens):
            if armies:
                names |= {_normal_form(name) for name in army_names(code)}
            for portfolio in portfolios if "ministry" in self.text_words else []:
                names |= {_normal_form(name) for name in ministry_names(code, portfolio)}
            for word in legislatures:
                usual = cabinet_names(code) if word == "cabinet" else legislature_names(code, word)
                names |= {_normal_form(name) for name in usual}
            # "Angola's government", "the government", "Foreign Minister X signed for it"
            names |= {_normal_form(name) for name in government_names(code)}
        for _, last, codes in self.countries.matches(tokens):
            if not tokens[last - 1].possessive or codes[0] not in _COUNTRY_ROWS:
                continue
            # "Pakistan's National Assembly" for the recorded "National Assembly of Pakistan"
            state = _COUNTRY_ROWS[codes[0]][0]
            words = []
            for token in tokens[last : last + 4]:
                if not token.capitalised:
                    break
                words.append(token.text)
                names.add(_normal_form(f"{' '.join(words)} of {state}"))
                if token.possessive:
                    break
        return names

    def codes_named(self, tokens: list[Token]) -> set[str]:
        """The country codes of the states the text names by a capitalised name or demonym."""
        return {
            codes[0]
            for first, _, codes in self.countries.matches(tokens)
            if tokens[first].text[:1].isupper()
        }

    def actor_named(self, names: list[str]) -> int | None:
        """The recorded actor answering to the first of `names` the index knows."""
        for name in names:
            ids = self.actors_by_name.get(_normal_form(name))
            if ids:
                return ids[0]
        return None

    def _know(self, actor_id, name, kind, country, parent_id) -> None:
        if actor_id in self.actors:
            return
        if country not in _COUNTRY_ROWS:
            # The names of a state's bodies ("Government of X", "the X army") are built from
            # the country table (vocabulary.COUNTRIES); an actor recorded under a code it has
            # no row for (a territory such as Western Sahara, "EH") is read as one recorded
            # without a code, rather than sending an unknown code to those builders.
            country = ""
        if kind == Actor.Kind.STATE:
            # A state recorded without its code is still known by its name.
            country = country or country_code_by_name(name) or ""
            if country:
                self.states_by_country.setdefault(country, actor_id)
        self.actors[actor_id] = KnownActor(actor_id, name, kind, country, parent_id)

    def _read_states(self) -> None:
        """Every state, so that a demonym ("Egyptian") or a post ("the top US diplomat") finds
        the state recorded for its country."""
        names_of_states = {}
        for *row, aliases in Actor.objects.filter(kind=Actor.Kind.STATE).values_list(
            "id", "name", "kind", "country", "parent_id", "aliases"
        ):
            self._know(*row)
            names_of_states[row[0]] = [row[1], *(aliases or [])]
            if not self.actors[row[0]].country:
                # "the German Empire" recorded without a code, known also as "Germany": the
                # state a demonym of that country names ("German troops")
                codes = [country_code_by_name(alias) for alias in aliases or []]
                code = next((code for code in codes if code), None)
                if code:
                    self.states_by_country.setdefault(code, row[0])
        self._read_demonyms_of_states(names_of_states)

    def _read_demonyms_of_states(self, names_of_states: dict[int, list[str]]) -> None:
        """ "the Soviet delegation" for a state recorded as "Soviet Russia" without a code,
        "the Esthonian delegation" for an Estonia known also as "Esthonia", "the Ottoman
        envoys" for the "Ottoman Empire": the adjective a recorded state's own name or alias
        gives where the country table (vocabulary.COUNTRIES) has none for it. A name opening
        with an adjective of the table ("Soviet Russia") makes the state that of the
        adjective's country, where no other recorded state is; an adjective the names derive
        ("Esthonia" -> "Esthonian", "Ottoman Empire" -> "Ottoman") names the state only where
        one recorded state alone derives it and the table knows it as nothing else."""
        for actor_id, names in names_of_states.items():
            if self.actors[actor_id].country or actor_id in self.states_by_country.values():
                continue
            for name in names:
                words = name.split()
                code = _CODE_OF_ONE_WORD_DEMONYM.get(_normal_form(words[0]))
                if len(words) > 1 and code and code not in self.states_by_country:
                    self.states_by_country[code] = actor_id
                    break
        code_of_state = {actor_id: code for code, actor_id in self.states_by_country.items()}
        derived: dict[str, set[str]] = {}
        for actor_id, names in names_of_states.items():
            code = self.actors[actor_id].country or code_of_state.get(actor_id)
            if not code or self.states_by_country.get(code) != actor_id:
                continue
            for name in names:
                for adjective in _adjectives_derived_from(name):
                    if _normal_form(adjective) not in _COUNTRY_TABLE_PHRASES:
                        derived.setdefault(_normal_form(adjective), set()).add(code)
        for adjective, codes in derived.items():
            if len(codes) == 1:
                self.countries.add_normal_form(adjective, codes.pop())
                self.derived_demonyms.add(adjective)

    def _read_positions(self) -> None:
        """Posts held on the publication date, with their holders and bodies (and, apart, the
        posts left before it)."""
        day = self.published_on
        held = Position.objects.filter(Q(start__isnull=True) | Q(start__lte=day)).values_list(
            "end",
            "title",
            "person_id",
            "person__name",
            "person__kind",
            "person__country",
            "person__parent_id",
            "organization_id",
            "organization__name",
            "organization__kind",
            "organization__country",
            "organization__parent_id",
        )
        for (
            end,
            title,
            *person,
            organization_id,
            org_name,
            org_kind,
            org_country,
            org_parent,
        ) in held:
            if end is not None and end < day:
                self.posts_left.append(HeldPosition(person[0], organization_id, title))
                continue
            # Both ends of every post are known, whether or not the text names the post: a
            # signatory or a meeting's participant may stand for the body his post is in.
            self._know(*person)
            self._know(organization_id, org_name, org_kind, org_country, org_parent)
            position = HeldPosition(person[0], organization_id, title)
            self.positions.append(position)
            for phrase in (phrase for phrase in title_phrases(title) if self.may_name(phrase)):
                self.titles.add(phrase, position)

    def _read_locations(self) -> None:
        for location_id, name, kind, country in Location.objects.values_list(
            "id", "name", "kind", "country"
        ):
            self.locations[location_id] = {"id": location_id, "name": name, "country": country}
            if not self.may_name(name):
                continue
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
                "words": frozenset(re.findall(r"\w+", f"{title} {short_name}".casefold())),
            }
            for phrase in (title, short_name):
                if phrase and self.may_name(phrase):
                    self.proposal_names.add(phrase, proposal_id)

    def may_name(self, phrase: str) -> bool:
        """Whether the text holds the first word of `phrase`: a cheap test that spares
        normalising the names the text cannot contain."""
        first = phrase.split(maxsplit=1)[0].casefold() if phrase.strip() else ""
        # the first word's normal form may be two words ("2.5%" is "2 5"): the text holds the
        # first of them
        return first in self.text_words or _normal_form(first).partition(" ")[0] in self.text_words

    def actor(self, actor_id: int) -> KnownActor:
        return self.actors[actor_id]

    def state_of_country(self, code: str) -> int | None:
        return self.states_by_country.get(code)

    def first_recorded_state(self, codes) -> int | None:
        """The state recorded for the first of the country codes that has one: a capital's
        present state, else the state since dissolved it was the seat of ("Prague" in 1938)."""
        return next(
            (state for code in codes if (state := self.state_of_country(code)) is not None), None
        )

    def body_of_post(self, person_ref: str) -> str | None:
        """The body a recorded person holds a post of on the publication date ("actor:<id>"),
        whom the person answers for; not a member's seat ("Senator", "member of parliament"),
        whose holder answers for himself. None for a new actor, or one without such a post."""
        return self._body_among(self.positions, person_ref)

    def body_of_a_post_left(self, person_ref: str) -> str | None:
        """The body a recorded person held a post of before the publication date and had left
        by it ("actor:<id>"), where the gazetteer knows that body; else None."""
        return self._body_among(self.posts_left, person_ref)

    def _body_among(self, positions, person_ref: str) -> str | None:
        if person_ref.startswith("actor:new:"):
            return None
        person_id = int(person_ref.split(":")[1])
        for position in positions:
            # a body the gazetteer did not load (no name of it in the text) cannot be written
            if (
                position.person_id == person_id
                and position.organization_id in self.actors
                and not _MEMBERSHIP.fullmatch(position.title.strip())
            ):
                return f"actor:{position.organization_id}"
        return None

    def government_body_of(self, code: str | None) -> int | None:
        """The state's government where it is recorded as a body of its own ("South African
        government", "Government of Angola"): what "the government" of that state is, rather
        than the state. None for no known country, or none recorded as a government body."""
        if code not in _COUNTRY_ROWS:
            return None
        body = self.actor_named(government_names(code))
        if body is None or self.actor(body).kind != Actor.Kind.GOVERNMENT_BODY:
            return None
        return body

    def legislature_of(self, code: str) -> int | None:
        """ "the Irish parliament" where the text names the "Dail Eireann": the one known
        government body of the state (by its country or its parent state) that bears a
        legislature's name; None where there are none or several."""
        state = self.states_by_country.get(code)
        bodies = [
            actor.id
            for actor in self.actors.values()
            if actor.kind == Actor.Kind.GOVERNMENT_BODY
            and (actor.country == code or (state is not None and actor.parent_id == state))
            and _LEGISLATURE_NAME.search(actor.name)
        ]
        return bodies[0] if len(bodies) == 1 else None


_COUNTRY_ROWS = {code: (name, demonyms) for code, name, _, demonyms in COUNTRIES}


def army_names(code: str) -> list[str]:
    """The names a state's armed forces are usually recorded under, most usual first."""
    name, demonyms = _COUNTRY_ROWS[code]
    names = []
    for adjective in [*demonyms[:1], name]:
        names += [f"{adjective} Armed Forces", f"{adjective} army", f"{adjective} military"]
        names += [f"{adjective} Defence Forces", f"{adjective} Defense Forces"]
    return names + [f"Armed Forces of {name}"]


# A state's legislature by its head word ("Parliament must ratify it", "Colombia's Congress").
LEGISLATURE_WORDS = ["congress", "parliament", "senate"]


def legislature_names(code: str, word: str) -> list[str]:
    """The names a state's legislature is usually recorded under ("Congress of Colombia",
    "Colombian Congress", "Colombia Congress"), for the head word the press writes; a
    parliament is often recorded as the state's assembly ("the Kenyan parliament" for the
    "National Assembly of Kenya")."""
    name, demonyms = _COUNTRY_ROWS[code]
    titles = [word.capitalize()]
    if word == "parliament":
        titles += ["National Assembly", "Assembly"]
    return [
        written
        for title in titles
        for written in [
            f"{title} of {name}",
            *(f"{adjective} {title}" for adjective in [*demonyms[:1], name]),
        ]
    ] + [
        # the official names of many ("Federal Parliament of Somalia", "National Parliament of
        # Timor-Leste"), after the names a new body is given
        f"{qualifier} {word.capitalize()} of {name}"
        for qualifier in ("Federal", "National")
    ]


# The names of legislatures: the head words ("Congress of Colombia", "Federal Parliament") and
# the chambers' own names ("Dail Eireann", "the Knesset", "House of Commons")
_LEGISLATURE_NAME = re.compile(
    r"\b(?:parliament|congress|senate|assembly|legislature|dail|knesset|duma|majlis|sejm"
    r"|bundestag|storting|riksdag|althing|folketing|sabor|skupstina|rada|oireachtas"
    r"|house\s+of\s+(?:commons|representatives|deputies))\b",
    re.IGNORECASE,
)


# Members a legislature is named by ("Lebanese deputies", "Turkish lawmakers").
LEGISLATURE_MEMBERS = {"deputies", "lawmakers", "legislators", "parliamentarians", "mps"}


def government_names(code: str) -> list[str]:
    """The names a state's government is recorded under where it is an actor of its own
    ("Government of Angola", "Angolan government")."""
    name, demonyms = _COUNTRY_ROWS[code]
    return [
        f"Government of {name}",
        *(f"{adjective} government" for adjective in [*demonyms[:1], name]),
    ]


def cabinet_names(code: str) -> list[str]:
    """The names a state's cabinet is usually recorded under ("Israeli Cabinet" first: the name
    a new one is given, as for a ministry; "Cabinet of Israel")."""
    name, demonyms = _COUNTRY_ROWS[code]
    return [*(f"{adjective} Cabinet" for adjective in [*demonyms[:1], name]), f"Cabinet of {name}"]


def ministry_names(code: str, portfolio: str) -> list[str]:
    """The names a state's ministry is usually recorded under ("Norwegian Ministry of Foreign
    Affairs" first: the name a new one is given), for the word the press writes ("foreign")."""
    name, demonyms = _COUNTRY_ROWS[code]
    full = MINISTRY_PORTFOLIOS[portfolio]
    names = []
    for adjective in [*demonyms[:1], name]:
        names += [f"{adjective} Ministry of {full}", f"{adjective} {portfolio} ministry"]
    return names + [f"Ministry of {full} of {name}", f"Ministry of {full} of the {name}"]


_COUNTRY_CODES = {
    normalize_name(name): code
    for code, name, others, _demonyms in COUNTRIES
    for name in [name, *others]
}


_COUNTRY_CODES_CASEFOLDED = {
    name.casefold(): code for code, name, others, _demonyms in COUNTRIES for name in [name, *others]
}


def country_code_by_name(name: str) -> str | None:
    code = _COUNTRY_CODES_CASEFOLDED.get(name.casefold())
    if code or re.fullmatch(r"[a-z ]+", name.casefold()):
        return code  # a plain name's normal form is itself, casefolded
    return _COUNTRY_CODES.get(_normal_form(name))


@lru_cache(maxsize=65536)
def _normal_form(phrase: str) -> str:
    return normalize_name(phrase)


# Every name and demonym of the country table, in normal form, and the country of each
# one-word demonym ("soviet" -> SU)
_COUNTRY_TABLE_PHRASES = {
    _normal_form(phrase)
    for _code, name, others, demonyms in COUNTRIES
    for phrase in [name, *others, *demonyms]
}
_CODE_OF_ONE_WORD_DEMONYM = {
    _normal_form(demonym): code
    for code, _name, _others, demonyms in COUNTRIES
    for demonym in demonyms
    if " " not in demonym
}
# The words after a state's adjective in the names of old states ("Ottoman Empire", "Zulu
# Kingdom")
_STATE_FORM_WORDS = {
    "Empire", "Kingdom", "Republic", "Sultanate", "Emirate", "Khanate", "Confederacy",
    "Confederation", "Commonwealth",
}  # fmt: skip


def _adjectives_derived_from(name: str) -> list[str]:
    """The adjectives a state's name gives by the commonest rules: a name of one word ending
    in "a" takes "n" ("Esthonia" -> "Esthonian", "Prussia" -> "Prussian"); an adjective
    before a state form is the state's ("Ottoman Empire" -> "Ottoman")."""
    words = name.split()
    if len(words) == 1 and re.fullmatch(r"[A-Z][a-z]{2,}a", name):
        return [f"{name}n"]
    if len(words) == 2 and words[1] in _STATE_FORM_WORDS and re.fullmatch(r"[A-Z][a-z]+", words[0]):
        return [words[0]]
    return []


def phrases_in(tokens: list[Token], longest: int = 8) -> set[str]:
    """The normal forms of every run of up to `longest` tokens holding a capital letter, as
    the trie would walk them (an Arabic article written apart is skipped)."""
    phrases = set()
    for index, token in enumerate(tokens):
        if token.is_article:
            continue
        words: list[str] = []
        capital = False
        # words left after a possessive that a lowercase word follows: "Haftar's forces", a
        # recorded alias, runs through it (two words at most: "Haftar's armed forces")
        after_possessive = None
        for position in range(index, min(index + longest, len(tokens))):
            following = tokens[position]
            if following.is_article and following is not token:
                continue
            if after_possessive is not None:
                if after_possessive == 0 or following.capitalised:
                    break
                after_possessive -= 1
            words.extend(following.words)
            capital = capital or any(char.isupper() for char in following.text)
            if capital:
                phrases.add(" ".join(words))
            if following.possessive:
                if position + 1 >= len(tokens):
                    break
                if not tokens[position + 1].capitalised:
                    after_possessive = 2
                # "Tigray People's Liberation Front" (see TokenTrie.longest_from)
                words[-len(following.words) :] = _through_possessive(following.words)
    return phrases


# Words an abbreviation leaves out of its letters ("Organization of American States": OAS)
_UNLETTERED_WORDS = {"of", "and", "for", "the"}


def _initials(normal_form: str) -> str:
    return "".join(word[0] for word in normal_form.split() if word not in _UNLETTERED_WORDS)


def abbreviated_names(tokens: list[Token], longest: int = 4) -> dict[str, tuple[str, str]]:
    """ "U.N. Security Council", "UN Security Council": runs of up to `longest` capitalised
    words after an abbreviation of two to four capitals that end in a body's head word ("US
    President" names a post, no body), by the normal form of the whole run: the abbreviation's
    letters and the normal form of the words after it."""
    found = {}
    for index, token in enumerate(tokens[:-1]):
        if not re.fullmatch(r"(?:[A-Z]\.){2,4}|[A-Z]{2,4}", token.text):
            continue
        words: list[str] = []
        for following in tokens[index + 1 : index + 1 + longest]:
            if not following.capitalised or following.possessive:
                break
            words.extend(following.words)
            if words[-1] in _BODY_HEADS:
                letters = token.text.replace(".", "").lower()
                found[" ".join((*token.words, *words))] = (letters, " ".join(words))
    return found


# The normal form of a state's capital -> its country codes
_CODES_OF_CAPITAL: dict[str, set[str]] = defaultdict(set)
for _code, _capitals in CAPITALS.items():
    for _capital in _capitals:
        _CODES_OF_CAPITAL[normalize_name(_capital)].add(_code)


def dateline_words(tokens: list[Token]) -> list[str]:
    """The normal-form words of the place a report is filed from, the capitals that open it
    ("LAWRENCE, Mass. --", "HONGKONG, March 6"): none where the text opens otherwise, nor
    where the capitals run on into the sentence after a mere space ("US officials said")."""
    # (tokens leave out punctuation: the comma or bracket after a dateline, and the agency's
    # bracket in "NEW YORK (AP)", show as a gap wider than a space)
    words: list[str] = []
    count = 0
    for token in tokens[:3]:
        if not token.text.isupper() or len(token.text) < 2:
            break
        if count and token.start - tokens[count - 1].end > 1:
            break
        words.extend(token.words)
        count += 1
    if count < len(tokens) and words and tokens[count].start - tokens[count - 1].end < 2:
        return []
    return words


def place_described_phrases(
    tokens: list[Token], named_codes: set[str], longest: int = 3
) -> dict[str, list[tuple[str, bool]]]:
    """ "the strike committee" in a report from Lawrence for the recorded "Lawrence Strike
    Committee", "the City Council" for "Memphis City Council", "the Episcopate" of a Polish
    report for "Polish Episcopate": a body the text names only by what it is, leaving out the
    place it belongs to, as a local report does. The names asked of the index: each description
    after "the" (up to `longest` words of one case ending in a body's head word, or capitalised
    words) with a place the text is about before it, or after it with "of": the dateline's
    place, and each state named (its name and first demonym). Phrase -> [(normal form of the
    description, whether the place is the dateline's)]."""
    places = []
    dateline = " ".join(dateline_words(tokens))
    if dateline:
        places.append((dateline, dateline, True))
    # "WARSAW (AP) -- ... the government": a report filed from a state's capital is about it
    dateline_codes = _CODES_OF_CAPITAL.get(dateline, set())
    for code in sorted(named_codes | dateline_codes):
        if code in _COUNTRY_ROWS:
            name, demonyms = _COUNTRY_ROWS[code]
            adjective = _normal_form((demonyms or [name])[0])
            places.append((_normal_form(name), adjective, code in dateline_codes))
    if not places:
        return {}
    phrases: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for index, token in enumerate(tokens[:-1]):
        if token.text.lower() != "the" or token.possessive:
            continue
        run = tokens[index + 1 : index + 1 + longest]
        capitalised = run[0].capitalised
        words: list[str] = []
        for following in run:
            if following.capitalised != capitalised or not following.text.isalpha():
                break
            words.extend(following.words)
            if capitalised or (words[-1] in _BODY_HEADS):
                description = " ".join(words)
                for name, adjective, from_dateline in places:
                    for phrase in {
                        f"{adjective} {description}",
                        f"{name} {description}",
                        f"{description} of {name}",
                    }:
                        phrases[phrase].append((description, from_dateline))
            if following.possessive:
                break
    return phrases


# A one-word country name or demonym (normal form) -> its code: "russian" and "russia" are one
# country
COUNTRY_OF_WORD = {
    normalize_name(phrase): code
    for code, name, others, demonyms in COUNTRIES
    for phrase in [name, *others, *demonyms]
    if " " not in phrase
}
_WORDS_OF_COUNTRY: dict[str, set[str]] = defaultdict(set)
for _word, _code in COUNTRY_OF_WORD.items():
    _WORDS_OF_COUNTRY[_code].add(_word)
# "Russian" for "Russia", "Antiochian" for "Antioch", "Rhodesian" for "Rhodesia", "Japanese"
_ADJECTIVE_ENDINGS = ("n", "an", "ian", "ese", "i")


def name_words(name: str) -> set[str]:
    """The words of a name in the normal form, a hyphened word also by its parts
    ("Zimbabwe-Rhodesia": "rhodesia")."""
    words = set(_normal_form(name).split())
    return words | {part for word in words for part in word.split("-")}


def names_the_word(word: str, words_of_a_name: set[str]) -> bool:
    """Whether a word of a description names one of a body's name words (normal forms): the
    word itself, a demonym for its country's name, or an adjective made from a place's name."""
    if word in words_of_a_name:
        return True
    code = COUNTRY_OF_WORD.get(word)
    if code is not None and any(COUNTRY_OF_WORD.get(other) == code for other in words_of_a_name):
        return True
    return any(word == other + ending for other in words_of_a_name for ending in _ADJECTIVE_ENDINGS)


def describes(words, name: str, country: str = "") -> bool:
    """Whether every word of a description (normal forms) names a word of a body's `name`, or,
    a country's name or demonym, the `country` the body is recorded under: "the Finnish church"
    for "Evangelical Lutheran Church of Finland", and for a "Lutheran Church" recorded in FI."""
    named = name_words(name)
    return all(
        names_the_word(word, named) or (country and COUNTRY_OF_WORD.get(word) == country)
        for word in words
    )


def described_bodies(tokens: list[Token], longest: int = 3) -> set[tuple[str, tuple[str, ...]]]:
    """ "the Finnish church", "the Bamako section", "the Congress of Bolivia": a body the text
    names by a description, "the" and up to `longest` words before a body's head word, or the
    head word and a place after it with "of" (up to `longest` capitalised words). The normal
    form of each head and of the words that qualify it, for the index to be asked for the
    recorded bodies whose name (or alias) holds them all (`describes`): the article writes no
    name of theirs, so the text's own phrases never ask for them. Only a description with a
    proper word (a place, a demonym, a name): one of common nouns alone ("the strike
    committee", "the railway administration") would answer to every such body ever recorded,
    and is left to the bodies the article names (or whose place it is about, as
    `place_described_phrases` asks)."""
    found = set()
    for index, token in enumerate(tokens[:-1]):
        if token.text.lower() != "the" or token.possessive:
            continue
        qualifiers: list[str] = []
        for position in range(index + 1, min(len(tokens), index + 2 + longest)):
            word = tokens[position]
            if not re.fullmatch(r"[A-Za-z][a-z-]*", word.text) or not word.words:
                break
            if word.words[-1] in DESCRIPTION_HEADS:
                place = _place_after(tokens, position + 1, longest)
                if place or any(t.capitalised for t in tokens[index + 1 : position]):
                    found.add((word.words[-1], tuple(qualifiers + place)))
            if word.possessive or word.text.lower() in FUNCTION_WORDS:
                break
            qualifiers.extend(word.words)
    return found


def _place_after(tokens: list[Token], index: int, longest: int) -> list[str]:
    """The words of the place written after a head word with "of" ("of Bolivia", "of the
    Philippines"), up to `longest` capitalised words; none where "of" does not follow."""
    if index >= len(tokens) or tokens[index].text != "of" or tokens[index - 1].possessive:
        return []
    position = index + 1
    if position < len(tokens) and tokens[position].text == "the":
        position += 1
    words: list[str] = []
    previous = tokens[position - 1]
    for token in tokens[position : position + longest]:
        if not token.capitalised or not token.text.isalpha():
            break
        if words and token.start - previous.end != 1:
            break  # "the Congress of Bolivia. The ...": the place ends with its sentence
        previous = token
        words.extend(token.words)
        if token.possessive:
            break
    return words


def _description_query(head: str, words) -> Q:
    """The index rows whose normal form may hold a description's head and every word that
    qualifies it (`describes` then checks the words themselves): a demonym or a country's name
    by the country's name and demonyms, an adjective of a place ("Antiochian") by the place's
    name. Conditions on the name alone, which the trigram index of names answers (migration
    0012): not on the country a body is recorded under, whose join would have the whole index
    of names read."""
    query = Q(normalized__contains=head)
    for word in dict.fromkeys(words):
        forms = {word} | _WORDS_OF_COUNTRY.get(COUNTRY_OF_WORD.get(word, ""), set())
        forms |= {
            word[: -len(ending)]
            for ending in _ADJECTIVE_ENDINGS
            if word.endswith(ending) and len(word) - len(ending) >= 3
        }
        # a form holding another adds nothing to "contains" ("israel" holds for "israeli")
        forms = {form for form in forms if not any(o != form and o in form for o in forms)}
        either = Q()
        for form in sorted(forms):
            either |= Q(normalized__contains=form)
        query &= either
    return query


def lowercase_body_phrases(tokens: list[Token], longest: int = 3) -> set[str]:
    """ "the ruling seven-party alliance": the normal forms of the runs of up to `longest`
    lower-case words after "the" that end with a body's head word (LOWERCASE_BODY_HEADS)."""
    phrases = set()
    for index, token in enumerate(tokens):
        if token.text not in LOWERCASE_BODY_HEADS:
            continue
        words = list(token.words)
        for position in range(index - 1, max(-1, index - longest - 1), -1):
            before = tokens[position]
            if before.text == "the" or not before.text.islower() or before.possessive:
                break
            words[:0] = before.words
            phrases.add(" ".join(words))
    return phrases


_PERSON_TITLE_WORDS = set(PERSON_TITLES)


# The field of a name payload that is the singular of a plural name ("Bosnian Serb" for
# "Bosnian Serbs"): it names the actor only before one of GROUP_NOUNS.
ATTRIBUTIVE = "attributive"


def attributive_plurals(tokens: list[Token]) -> dict[str, str]:
    """The plural of each run of up to three capitalised words before a noun of GROUP_NOUNS
    ("Bosnian Serb leaders" -> "bosnian serbs"), mapped to the run's own normal form."""
    plurals = {}
    for index in range(len(tokens) - 1):
        if tokens[index + 1].text.lower() not in GROUP_NOUNS | ATTRIBUTIVE_SINGULAR_NOUNS:
            continue
        for start in range(max(0, index - 2), index + 1):
            run = tokens[start : index + 1]
            if all(token.capitalised and not token.possessive for token in run):
                singular = " ".join(word for token in run for word in token.words)
                if not singular.endswith("s"):
                    plurals[singular + "s"] = singular
    return plurals


_PORTFOLIO_AFTER = re.compile(
    r"(?P<post>[a-z]+(?: [a-z]+)?) (?P<link>for|of) (?P<portfolio>[a-z]+(?: [a-z]+)?)"
)
_PORTFOLIO_WORDS = {normalize_name(portfolio) for portfolio in MINISTRY_PORTFOLIOS.values()}


def portfolio_first(normal: str) -> set[str]:
    """ "Cabinet Secretary for Health" is also "Health Cabinet Secretary", "Minister of
    Finance" also "Finance Minister": the press puts a post's portfolio before it. "for" takes
    any one or two words; "of", only a ministry's portfolio ("Secretary of State" is not a
    "State Secretary")."""
    match = _PORTFOLIO_AFTER.fullmatch(normal)
    if not match or match["post"] in {"the", "a"}:
        return set()
    if match["link"] == "of" and match["portfolio"] not in _PORTFOLIO_WORDS:
        return set()
    return {f"{match['portfolio']} {match['post']}"}


@lru_cache(maxsize=1024)
def title_phrases(title: str) -> frozenset[str]:
    """The ways the press names a post with this title: the title itself and its synonyms."""
    normal = normalize_name(title)
    phrases = {normal}
    # "Chairperson of the Commission" is also "the chairperson" (of the AU Commission): the
    # body the rest of the title names is read from the text around it.
    head = re.split(r" (?:of|for) ", normal, maxsplit=1)[0]
    # ("Governor-General of the Philippines" is "the Governor-General": a compound post whose
    # first word is a post, "governor general", "chief justice")
    if head != normal and (head in _PERSON_TITLE_WORDS or head.split()[0] in _PERSON_TITLE_WORDS):
        phrases.add(head)
    phrases.update(portfolio_first(normal))
    for key, synonyms in TITLE_SYNONYMS.items():
        if key == normal or f" {key} " in f" {normal} ":
            phrases.update(synonyms)
            phrases.add(key)
    return frozenset(phrases)
