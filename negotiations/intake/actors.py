"""Who the article names: recorded actors by name, short name or alias; people by the post they
hold on the publication date ("the top US diplomat", "Egypt's intelligence chief"), including
posts the article itself introduces ("Hamas political chief Ismail Haniyeh" ... "the Hamas
chief"); and actors the database does not hold yet, with a guessed kind.

A name is found by scanning the text's tokens against the gazetteer's trie. A new actor needs
evidence beyond a capital letter: a post before the name, a country's name, an organisation's
head word ("Brigades", "Ministry"), reported speech ("X said"), an appositive (", a spokesman
for"), or a later mention by surname.
"""

import re
from collections import defaultdict
from collections.abc import Collection

from negotiations.intake.clauses import NUMBER_WORDS
from negotiations.intake.document import (
    Document,
    Mention,
    NewActor,
    PlaceMention,
    state_named_most,
)
from negotiations.intake.gazetteer import (
    ATTRIBUTIVE,
    COUNTRY_OF_WORD,
    DESCRIPTION_HEADS,
    LEGISLATURE_MEMBERS,
    TokenTrie,
    army_names,
    cabinet_names,
    describes,
    legislature_names,
    ministry_names,
    name_words,
    portfolio_first,
    title_phrases,
)
from negotiations.intake.vocabulary import (
    A_HEAD_POST,
    A_QUALIFIED_POST_THAT_SPEAKS_FOR_IT,
    ACTOR_EXTRA_HEAD_WORDS,
    ACTOR_NAMING_TITLES,
    ACTOR_PROPER_HEADS,
    APPOSITIVE_POSTS,
    ATTRIBUTIVE_SINGULAR_NOUNS,
    BODY_COMMON_NOUNS,
    CAPITAL_PASSIVE_ANSWERS,
    CAPITAL_POSSESSIONS,
    CAPITAL_VOICE_VERBS,
    CAPITALS,
    COUNTRIES,
    COURTESY_TITLES,
    CROWN_COUNTRY,
    CROWN_WORDS,
    DELEGATION_NOUNS,
    FAMILY_NAMES_WRITTEN_FIRST,
    FIRM_NAME_ENDINGS,
    FIRM_NOUNS,
    FIRM_PLURALS,
    FORMER_CAPITALS,
    FORMER_STATE_SEATS,
    FUNCTION_WORDS,
    GENERATIONAL_SUFFIXES,
    GIVEN_NAMES,
    GROUP_NOUNS,
    INTERNATIONAL_ORG_MARKERS,
    IRREGULAR_PAST_VERBS,
    KIND_HEAD_WORDS,
    LEADING_ONLY_HEAD_WORDS,
    LEGISLATURES_OF_ONE_WORD,
    LOWERCASE_BODY_HEADS,
    MINISTRY_PORTFOLIOS,
    PERSON_DESCRIPTIONS,
    PERSON_TITLES,
    PERSONAL_BODIES,
    PLACE_HEAD_WORDS,
    POST_BEFORE_A_NAME_WORDS,
    SEATS_OF_GOVERNMENT,
    SPEECH_VERBS,
    UNNAMED_PERSON_NOUNS,
    WATCHDOG_HEAD_WORDS,
    WEEKDAY_NAMES,
)
from negotiations.models import Actor, ActorName
from negotiations.names import normalize_name

_CAPITAL_TRIE = TokenTrie()
for _code, _capitals in CAPITALS.items():
    for _capital in _capitals:
        _CAPITAL_TRIE.add(_capital, _code)
for _code, _capitals in FORMER_STATE_SEATS.items():
    for _capital in _capitals:
        _CAPITAL_TRIE.add(_capital, _code)
# (tune40g) seats a state has since moved, with the last year each was its seat ("Bonn")
_FORMER_CAPITAL_TRIE = TokenTrie()
for _seat, (_code, _until) in FORMER_CAPITALS.items():
    _FORMER_CAPITAL_TRIE.add(_seat, (_code, _until))
# "Downing Street rejected the plan", "the Porte has taken note": the seats of government
_SEAT_OF_GOVERNMENT_TRIE = TokenTrie()
for _seat, _codes in SEATS_OF_GOVERNMENT.items():
    _SEAT_OF_GOVERNMENT_TRIE.add(_seat, _codes)
_PERSON_TITLE_TRIE = TokenTrie()
for _title in [*PERSON_TITLES, *ACTOR_NAMING_TITLES, *PERSON_DESCRIPTIONS]:
    _PERSON_TITLE_TRIE.add(_title, _title)
for _title in PERSON_TITLES:
    # "president-elect Donald Trump", "Prime Minister-elect X": the post one is elected to
    _PERSON_TITLE_TRIE.add(f"{_title}-elect", _title)
# "Mr. St. John", "Dr. St. Clair": a courtesy title right before a surname
_COURTESY_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Mme|Mlle)\.?\s+$")
# the date closing a recorded proposal's title: "of February 4, 2016", "of June 2009", "of 1994"
_TITLE_DATE = re.compile(r"\s+of\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}$")

_COUNTRY_NAMES = {normalize_name(name): code for code, name, _, _ in COUNTRIES}
for _code, _name, _others, _ in COUNTRIES:
    for _other in _others:
        _COUNTRY_NAMES.setdefault(normalize_name(_other), _code)
_COUNTRY_CANONICAL = {code: name for code, name, _, _ in COUNTRIES}
_DEMONYMS = {normalize_name(d) for *_, demonyms in COUNTRIES for d in demonyms}
_GIVEN_NAMES = {normalize_name(name) for name in GIVEN_NAMES}
_FAMILY_NAMES_WRITTEN_FIRST = {normalize_name(name) for name in FAMILY_NAMES_WRITTEN_FIRST}
_NAME_CONNECTORS = {"of", "for", "the", "bin", "ibn", "abu", "de", "del", "da", "van", "von", "la"}
_NAME_CONNECTORS |= {"al", "el", "ul", "du", "le", "and", "dia"}
# "Natur og Ungdom", "Arbetsgivare och ...", "Bund für Umwelt und Naturschutz": the "and" of a
# Norwegian or Danish, a Swedish and a German name, a word English never writes
_NAME_CONNECTORS |= {"og", "och", "und"}
# Particles of a person's name written in lower case, several in a row: "Hans van den Broek",
# "Ursula von der Leyen", "Jose dos Santos", "Ahmedou ould Abdallah", "Aung San Suu Kyi's".
_NAME_PARTICLES = {"van", "von", "de", "den", "der", "del", "della", "di", "da", "dos", "das"}
# "Ernest Wamba dia Wamba": the Kikongo "of" of a Congolese name
_NAME_PARTICLES |= {"dia"}
# "Jean-Pierre Biyiti bi Essam": the Beti "son of" of a Cameroonian name
_NAME_PARTICLES |= {"bi"}
_NAME_PARTICLES |= {"du", "la", "le", "ter", "ten", "bin", "ibn", "bint", "ould", "abu", "al"}
_NAME_CONNECTORS |= _NAME_PARTICLES
# "The coalition, led by Ahmad Jarba,", "the team was headed by X": who leads a body is a
# person, and so is who leads a body named just before: "the National Front led by Omar Sy".
# Not "a delegation led by X met ...", where the delegation's body is the party.
# "Kim's sister Kim Yo Jong", "his son Saif al-Islam", "the late leader's widow Graca
# Machel": a word of kinship right before a name says it is a person's
_KIN_BEFORE = re.compile(
    r"\b(?:sister|brother|son|daughter|wife|husband|father|mother|uncle|aunt|nephew|niece"
    r"|cousin|widow|widower|son-in-law|brother-in-law)\s+$"
)
# "Benito Tiamzon and his wife Wilma", "X and her husband": a name a word of kinship follows
_KIN_AFTER = re.compile(
    r"\s+and\s+(?:his|her)\s+(?:wife|husband|son|daughter|brother|sister|father|mother"
    r"|widow|nephew|niece|cousin)\b"
)
# "Gnassingbé Eyadéma, the president's father,": a word of kinship in the appositive
_KIN_APPOSITIVE_AFTER = re.compile(
    r",\s+(?:the|his|her|their|[A-Z][\w.’'-]*['’]s?)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:sister|brother|son|daughter|wife|husband|father|mother|uncle|aunt|nephew|niece"
    r"|cousin|widow|widower)\b"
)
# "87-year-old survivor Lee Yong-soo", "the 72-year-old Abbas": an age is told of a person
_AGE_BEFORE = re.compile(r"\b\d+-year-old\s+(?:[a-z][\w-]*\s+){0,2}$")
# "... and his wife Wilma": a word of kinship before a given name, after a person's name
_KIN_AFTER_A_PERSON = re.compile(
    r"\s+and\s+(?:his|her)\s+(?:wife|husband|son|daughter|brother|sister)\s+\Z"
)

# "with his daughter Benazir", "Williams and his son Edward", "Bhutto's wife Nusrat": a word of
# kinship after a possessive says the one word named next is a person (a given name) (tune40h)
_KIN_OF_ONE_BEFORE = re.compile(
    r"(?:\b(?:his|her)|\w['’]s)\s+(?:sister|brother|son|daughter|wife|husband|father|mother"
    r"|uncle|aunt|nephew|niece|cousin|widow|widower)\s+$"
)

# "with Antoine Fattal leading the Lebanese team": who leads a team of envoys is a person
_LEADING_A_TEAM_AFTER = re.compile(
    r"\s+(?:leading|heading)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:team|delegation|negotiators|panel|mission)\b"
)


def _token_index_at(tokens, offset: int) -> int:
    """The index of the first token starting at or after `offset`."""
    return next((token.index for token in tokens if token.start >= offset), len(tokens))


# "a French team that included A and B", "a delegation including A, B and C": the members
# of a body of envoys are people (the names listed before the one read may stand between).
_MEMBERS_OF_A_TEAM = re.compile(
    r"\b(?:team|delegation|panel|committee|mission)s?\s+(?:(?:that|which)\s+)?"
    r"(?:included|includes|include|including|comprising|comprised)\s+"
    r"(?:(?:[A-Z][\w.’'-]*\s+(?:(?!and\b)[a-z]{2,3}\s+)?){1,4}(?:,\s+|and\s+)){0,4}$"
)
_LED_BY = re.compile(
    r"(?:,|\b(?:is|are|was|were|been)|\b[A-Z][\w'-]*"
    # "an ethnic coordination team led by X", "a transitional government led by X": a body of
    # envoys, whose leader is a person. Not "a Hamas delegation led by X", whose body is the
    # party (for the meetings), nor yet "a paramilitary group led by X that has rejected ...":
    # the status signals would take X for the group that answers.
    r"|\b(?:team|government|panel|committee)s?)"
    r"\s+(?:led|headed|chaired|commanded|represented)\s+by\s+"
    # "led by opposition politician X", "led by Gbagbo's close aide X": a description first
    r"(?:(?:[A-Z][\w'-]*[’']s\s+)?(?:(?!the\b|a\b|an\b|and\b)[a-z][\w-]*\s+){1,3}"
    # "chaired by former head of the civil service X": a post with its complement (tune46d)
    r"(?:(?<=\bhead\s)of\s+(?:the\s+)?(?:(?!and\b|the\b)[a-z][\w-]*\s+){1,2})?)?$"
)
# "The Brules under Spotted Tail signed", "the Allies under Eisenhower": a people or a force,
# written in the plural with a capital, under the one who leads it
_UNDER_A_LEADER = re.compile(r"\b[A-Z][\w'-]*s\s+under\s+$")
# A quotation closed by its comma (or its own question or exclamation mark) before the one who
# said it: '..., " A. Amirthalingam, the TULF leader, told reporters' (r69)
_QUOTE_CLOSED_BEFORE_ITS_SPEAKER = {',"', ",”", '?"', "?”", '!"', "!”"}
_CALENDAR_WORDS = set(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
# "Months earlier, ...", "Weeks later": a count of time that starts a sentence names no one.
_CALENDAR_WORDS |= {"days", "weeks", "months", "years", "decades", "hours", "minutes", "moments"}
_SPEECH = set(SPEECH_VERBS)
_GROUP_NOUNS = GROUP_NOUNS | ATTRIBUTIVE_SINGULAR_NOUNS
# the people through whom a body acts: "a Bosnian Serb commander", "a UN delegation"
_ITS_PEOPLE = UNNAMED_PERSON_NOUNS | _GROUP_NOUNS | {"head", "team"}
# "Saudi Press Agency", "Korean Central News Agency" (normal forms): the medium, not a party
_NEWS_AGENCY_ENDINGS = {("pres", "agency"), ("news", "agency")}
# Months that are also given names ("Ambassador April Glaspie", "May Chidiac")
_MONTHS_THAT_ARE_NAMES = {"April", "May", "June", "August"}
# "Congress on Dec. 18": a date after "on", not the rest of a body's name
_MONTH_ABBREVIATIONS = {
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}


def _with_normal_forms(words):
    """A word list compared with `Token.words`, which hold each word's normal form
    (negotiations.names.normalize_name: "Commission" is "comision", "Assembly" "asembly"):
    the list written plainly, with the normal form of each word added, so that a head word
    with a doubled letter still matches."""
    return set(words) | {normalize_name(word) for word in words}


_ORG_HEADS = {
    form: kind
    for heads in (ACTOR_EXTRA_HEAD_WORDS, KIND_HEAD_WORDS)
    for kind, words in heads.items()
    for word in words
    for form in _with_normal_forms([word])
}
_ORG_HEADS |= {form: Actor.Kind.OTHER for form in _with_normal_forms(WATCHDOG_HEAD_WORDS)}
# "the Episcopal Conference of Colombia", "the Catholic Bishops' Conference", "the All Africa
# Conference of Churches": the words that make a "Conference" a standing body of the churches
# (normal forms), not a meeting (tune41q)
_CONFERENCE_OF_THE_CHURCH_BEFORE = _with_normal_forms(["episcopal", "bishops"])
_CONFERENCE_OF_THE_CHURCH_AFTER = _with_normal_forms(["churches", "bishops"])
# "the United Textile Workers of America": the members a trade union is named after (tune41q)
_MEMBERS_A_UNION_IS_NAMED_AFTER = {"Workers", "Employees"}
# ", general secretary of the", ", the organizer of the": a post in apposition to the name
# before it, whose body comes next (after a capitalised function word the name's run leaves
# out: "of the All Africa Conference of Churches") (tune41q)
_POST_OF_A_BODY_BEFORE = re.compile(
    r"[\w.],\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}(?:of|for)\s+(?:the\s+)?(?:[A-Z][a-z]*\s+)?\Z"
)
# Institutions wire copy names by their function ("the presidency said"): the state is the one
# whose holder of the post was mentioned last.
_INSTITUTIONS = {"presidency": "president", "palace": "king", "royal court": "king"}


def _of_its_place(place_words: list[str], name: str, country: str) -> bool:
    """Whether the place a description writes after "of" ("the Congress of Bolivia") is the
    place a body's name is of ("National Congress of Bolivia"), where the name has one: "the
    Church of Greece" is no "Greek Orthodox Church of Antioch", whose "Greek" is its rite."""
    place_words = [word for word in place_words if word not in ("of", "the")]
    if not place_words or " of " not in f" {normalize_name(name)} ":
        return True
    _, _, own_place = normalize_name(name).rpartition(" of ")
    return describes(place_words, own_place, country)


def _head_then_its_purpose(words) -> bool:
    """ "(Etienne Tshisekedi's) Union for Democracy and Social Progress": a body's head word
    first, then "for" or "of" and what it stands for (tune36c)."""
    return len(words) > 2 and words[0] in _ORG_HEADS and words[1] in ("for", "of")


def find_actor_mentions(document: Document) -> None:
    """Fill `document.mentions` and `document.new_actors`."""
    reader = _ActorReader(document)
    reader.read()


# "the" right before a name, and the words that may follow a name that qualifies nothing
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_AFTER_A_NAME = frozenset(
    [
        "in",
        "of",
        "and",
        "or",
        "to",
        "at",
        "on",
        "for",
        "by",
        "from",
        "with",
        "which",
        "who",
        "that",
        "has",
        "have",
        "had",
        "is",
        "was",
        "will",
        "would",
        "must",
        "said",
    ]
)


# The titles of churchmen known by one name, a monastic one, as the press names them with
# the title ("Patriarch Kirill", "Metropolitan Hilarion", "Archbishop Makarios"); a cardinal or a
# bishop is called by his surname ("Cardinal Manning") and is not among them.
_CHURCHMAN_TITLES = r"(?-i:Patriarch|Archbishop|Metropolitan|Catholicos)"
# A peer's rank, before "of" and the place it is of ("the Duke of Almodóvar del Río")
_PEERAGES = {
    "duke", "duchess", "marquis", "marquess", "marchioness", "earl", "count", "countess",
    "viscount", "viscountess", "baron", "baroness",
}  # fmt: skip
# The words that style a peer before his surname or his title's place ("Lord Clarendon", "Lady
# Astor"): like a rank of `_PEERAGES`, never a given name (tune48d)
_STYLES_OF_A_PEER = {"lord", "lady"}
# The same styles as written before a name, capitalised ("Lord Bramley", "Lady Ashworth")
_PEER_STYLES_WRITTEN = {"Lord", "Lady"}
# the words of an office that "Lord" opens, no peer's name ("the Lord High Commissioner",
# "the Lord Privy Seal", "the Lord Chief Justice")
_OFFICES_STYLED_LORD = {"high", "privy", "chief", "seal", "justice", "mayor", "provost"}
# "the ruling Al Sabah family": a ruling house, named before the noun that says so
_DYNASTY_NOUNS = {"family", "dynasty", "house", "clan"}
# "the (main) opposition X", "the ruling X", "the governing X": a party named after where it
# stands, the name right after the word that says so (tune55e)
_A_PARTYS_STANDING_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:(?:main|largest|biggest|chief|leading|small|smaller|junior)\s+)?"
    r"(?:opposition|ruling|governing)\s+$"
)


def _new_actor_key(name: str) -> str:
    """The ref of an actor new to the tracker, the same for every way the article writes it."""
    return "actor:new:" + "-".join(normalize_name(name).split())


class _ActorReader:
    def __init__(self, document: Document):
        self.document = document
        self.text = document.text
        self.tokens = document.tokens
        self.gazetteer = document.gazetteer
        self.covered = [False] * len(self.tokens)
        self.mentions: list[Mention] = []
        self._lower_case_words: set[str] | None = None
        self._bodies_by_word: dict[str, list[tuple[str, str, str]]] | None = None
        # the names of leaders named in passing in a body's noun phrase: (first, last) tokens
        self.leaders_in_passing: set[tuple[int, int]] = set()
        # the bodies named in passing in a person's post: (first, last) tokens (tune41q)
        self.bodies_in_passing: set[tuple[int, int]] = set()
        # Posts the article introduces: (organisation ref, normal-form title phrase) -> ref.
        self.local_posts: dict[tuple[str, str], str] = {}
        self.mentioned_refs: list[str] = []
        self.acronyms: dict[str, str] = {}  # normal form of an acronym -> the new actor's ref
        # The one name a ruler or a churchman named with his title is called by alone
        # ("Irinej" after "Patriarch Irinej") -> the new actor's ref
        self.names_under_a_title: dict[str, str] = {}
        self.new_army_refs: set[str] = set()
        # A bare "Congress" or "Parliament" read before any state was named: (first, last),
        # read again once governments and demonyms have named one (tune47d)
        self.legislatures_without_a_state: list[tuple[int, int]] = []
        # The last words of recorded actors' aliases, by ref, read as "the union" asks for them
        self.alias_heads_by_ref: dict[str, set[str]] = {}
        # Where the article writes a recorded proposal's name: a capitalised run inside it
        # ("Self-Government" of "the Accord on Peace and Self-Government in Ruritania",
        # cut before "in") is part of a title, not a new body
        self.proposal_spans = [
            (first, last)
            for first, last, _ids in self.gazetteer.proposal_names.matches(self.tokens)
        ]
        # A recorded proposal's title without the date it is told apart by ("Trans-Pacific
        # Partnership" of the recorded "Trans-Pacific Partnership of February 4, 2016"): "the
        # 11 countries still in the Trans-Pacific Partnership" name the text, not a new body
        self.proposal_titles_undated = {
            normalize_name(undated)
            for proposal in self.gazetteer.proposals.values()
            if (undated := _TITLE_DATE.sub("", proposal["name"])) != proposal["name"]
        }

    def read(self) -> None:
        self.match_places()
        self.match_names()
        self.match_bodies_described_without_their_place()
        self.match_initials_of_recorded_people()
        self.match_organs()
        self.match_ministries()
        self.match_titles()
        self.match_names_cut_short()
        self.match_new_names()
        self.match_new_names_told_before()
        self.match_bodies_named_after_a_state()
        self.match_surnames()
        self.match_titles()  # again, for posts introduced with a new person's name
        self.match_legislatures()
        self.match_bare_parliaments()
        self.match_cabinet_in_its_capital()
        self.match_demonyms()
        self.match_capitals()
        self.match_seats_of_government()
        self.match_party_plurals()
        self.match_movements_named_after_a_leader()
        self.match_bodies_told_by_their_leader()
        self.match_firms_before_their_heads()
        self.match_bodies_a_person_heads()
        self.match_anaphors()
        self.match_titles_of_named_rulers()
        self.match_capitalised_ruler_titles()
        self.match_ranks_of_named_people()
        self.match_ministries_of_no_state_named()
        self.match_head_words()
        self.match_capitalised_last_words()
        self.match_bodies_by_common_noun()
        # after it: "the Kindu section" that describes a recorded body is that body
        self.match_bodies_named_before_their_head()
        self.match_lower_case_head_words()
        self.match_descriptions_given_in_apposition()
        self.match_bodies_named_by_those_they_speak_for()
        self.match_delegations_of_one_party()
        self.match_governments()
        self.match_legislatures_of_a_state_named_later()
        self.match_oppositions()
        self.match_armies()
        self.match_missions()
        self.match_offices()
        self.match_bodies_told_by_a_possessive()
        self.match_institutions()
        self.match_organs_of_an_owner()
        # "the party of jailed Islamist X rejected the accord": a leader named in passing inside
        # a body's noun phrase is drafted as an actor, but the meetings, signals and quotes
        # read the body, so he is left out of the mentions they read
        passing = [
            mention
            for mention in self.mentions
            if mention.via == "new"
            and (
                (mention.first_token, mention.last_token)
                in self.leaders_in_passing | self.bodies_in_passing
            )
        ]
        self.document.passing_mentions = passing
        self.document.mentions = sorted(
            (mention for mention in self.mentions if mention not in passing),
            key=lambda mention: mention.start,
        )

    # -- helpers --------------------------------------------------------------------------

    def add(self, first: int, last: int, ref: str, via: str) -> Mention:
        mention = Mention(
            self.tokens[first].start, self.tokens[last - 1].end, first, last, ref, via
        )
        self.mentions.append(mention)
        for index in range(first, last):
            self.covered[index] = True
        if ref not in self.mentioned_refs:
            self.mentioned_refs.append(ref)
        return mention

    def written(self, first: int, last: int) -> str:
        """The text of tokens `first` to `last` (excluded), as the article writes it."""
        return self.text[self.tokens[first].start : self.tokens[last - 1].end]

    def has_capital(self, first: int, last: int) -> bool:
        return any(token.text[:1].isupper() for token in self.tokens[first:last])

    def mention_ending_at(self, index: int) -> Mention | None:
        """The mention whose last token is just before token `index` (skipping "the")."""
        for mention in self.mentions:
            if mention.last_token == index:
                return mention
        return None

    def new_ref(self, name: str, kind: str, first: int, last: int) -> str:
        key = _new_actor_key(name)
        if key not in self.document.new_actors:
            self.document.new_actors[key] = NewActor(
                key, name, kind, self.tokens[first].start, self.tokens[last - 1].end
            )
        return key

    def country_ref(self, code: str, first: int, last: int) -> str:
        state = self.gazetteer.state_of_country(code)
        if state is None:
            # "Moscow" names Russia, or the Soviet Union where that is the state recorded
            state = next(
                (
                    recorded
                    for start, end, codes in self.gazetteer.countries.matches(
                        self.tokens[first:last]
                    )
                    if (start, end) == (0, last - first)
                    for other in codes
                    if (recorded := self.gazetteer.state_of_country(other)) is not None
                ),
                None,
            )
        if state is not None:
            return f"actor:{state}"
        body = self.body_named_after_its_city(first, last)
        if body is not None:
            return body
        return self.new_ref(_COUNTRY_CANONICAL[code], Actor.Kind.STATE, first, last)

    def body_named_after_its_city(self, first: int, last: int) -> str | None:
        """ "Moscow took up the offer" in an article on the Pope and the recorded "Moscow
        Patriarchate", Russia not recorded: a city standing for who acts is the one recorded
        body the article names by the city's name and a head noun, where its state is not
        recorded (a recorded state is what its capital stands for)."""
        city = tuple(word for token in self.tokens[first:last] for word in token.words)
        bodies = {
            mention.ref
            for mention in self.mentions
            if mention.via == "name"
            and ":new:" not in mention.ref
            and self.kind_of(mention.ref) not in (Actor.Kind.STATE, Actor.Kind.PERSON)
            and mention.last_token - mention.first_token > last - first
            and tuple(
                word
                for token in self.tokens[mention.first_token : mention.first_token + last - first]
                for word in token.words
            )
            == city
        }
        return bodies.pop() if len(bodies) == 1 else None

    # -- passes ---------------------------------------------------------------------------

    def match_places(self) -> None:
        for first, last, location_ids in self.gazetteer.location_names.matches(self.tokens):
            if not self.has_capital(first, last):
                continue
            location = self.gazetteer.locations[location_ids[0]]
            self.document.places.append(
                PlaceMention(
                    self.tokens[first].start,
                    self.tokens[last - 1].end,
                    location["name"],
                    location["id"],
                )
            )

    def match_names(self) -> None:
        matches = self.gazetteer.actor_names.matches(self.tokens)
        starts = {first for first, _, _ in matches}
        starts |= {first for first, _, _ in self.gazetteer.location_names.matches(self.tokens)}
        for first, last, payloads in matches:
            if self.opens_another_name(first, last, payloads, starts):
                continue  # "Kim's sister Kim Yo Jong" where "Kim" is Kim Jong Un's short name
            if self.closes_another_name(first, last, payloads, starts):
                continue  # "Robert Kennedy" where "Kennedy" is John F. Kennedy's short name
            if self.state_closing_a_persons_name(first, last, payloads, starts):
                continue  # "Pierre Mendes France said": a person whose surname is a state's name
            if self.body_closing_a_persons_name(first, last, payloads, starts):
                continue  # "chairman Bill Ford pleaded" beside the recorded Ford company
            sibling = self.sibling_of_a_recorded_body(first, last, payloads, starts)
            if sibling is not None:
                # "the Willow Cree" beside the recorded "Plains Cree" (alias "Cree"): another
                # body of the same kind
                self.add_new(first - 1, last, sibling, False)
                continue
            written = self.written(first, last)
            if not self.has_capital(first, last) and not self.body_in_lower_case(first, last):
                continue
            payloads = [p for p in payloads if _written_as_its_acronym(p[2], written)]
            if self.inside_a_longer_place(first, last):
                continue  # "Mexico" in "Mexico City", "Kuwait" in "Kuwait City"
            if self.names_a_seat(first, last, self.tokens[last - 1].words[-1]):
                continue  # a recorded "Kremlin" where the accord was signed "in the Kremlin"
            if self.dateline_country(first):
                continue  # "ARUSHA, Tanzania (AFP)": where the article was filed
            if last >= len(self.tokens) or self.tokens[last].text.lower() not in _GROUP_NOUNS:
                payloads = [p for p in payloads if p[1] != ATTRIBUTIVE]
            if not payloads:
                continue
            # A name several actors share goes to the one named in full before, else the one
            # whose own name (not an alias) it is.
            payloads.sort(
                key=lambda p: (f"actor:{p[0]}" not in self.mentioned_refs, p[1] != "name", p[0])
            )
            actor_id = payloads[0][0]
            # "US officials", "an AU force", "a UN tent": a name qualifying a noun names a
            # thing or people of the body, not the body as a party (but "a Hamas commander",
            # "a UN envoy" speak and act for it)
            qualifies = self.qualifies_what_follows(actor_id, last) or (
                self.gazetteer.actor(actor_id).kind not in (Actor.Kind.STATE, Actor.Kind.PERSON)
                and self.qualifies_a_thing(first, last)
                and self.tokens[last].text.lower() not in _ITS_PEOPLE
            )
            self.add(first, last, f"actor:{actor_id}", "demonym" if qualifies else "name")
        # "the U.N. Security Council" where the Security Council is recorded: the body itself
        for mention in list(self.mentions):
            body = self.mention_starting_at(mention.last_token)
            if (
                body is not None
                and body.via == "name"
                and self.kind_of(body.ref) not in (Actor.Kind.STATE, Actor.Kind.PERSON)
                and self.tokens[body.last_token - 1].words[-1] in _ORG_HEADS
                and self.is_parent_organization(mention, body.first_token)
            ):
                self.remove_mention(mention)

    def match_initials_of_recorded_people(self) -> None:
        """ "Mr. J. C. Smuts", "Walter P. Reuther" where Jan Smuts and Walter Reuther are
        recorded: the initials, or the given name and a middle initial, written before a
        recorded person's surname are part of his name when they fit the recorded given name."""
        for mention in list(self.mentions):
            first = mention.first_token
            if mention.via != "name" or first == 0 or not self.document.is_person(mention.ref):
                continue
            words = self.gazetteer.actor(int(mention.ref.split(":")[1])).name.split()
            if len(words) < 2 or not mention.text_in(self.text).endswith(words[-1]):
                continue
            before = self.tokens[first - 1]
            start = first - self.initials_before(first)
            if start == first and self.text[before.end : self.tokens[first].start] == " ":
                # "J.C. Smuts": initials written together are one token
                start -= re.fullmatch(r"(?:[A-Z]\.){2,}", before.text) is not None
            elif (
                start == first - 1
                and start > 0
                and self.tokens[start - 1].text == words[0]
                and self.text[self.tokens[start - 1].end : before.start] == " "
            ):
                start -= 1  # "Walter P. Reuther": the given name before the middle initial
            if (
                start == first
                or any(self.covered[start:first])
                or self.tokens[start].text[0] != words[0][0]
            ):
                continue
            self.remove_mention(mention)
            self.add(start, mention.last_token, mention.ref, mention.via)

    def match_bodies_named_after_a_state(self) -> None:
        """ "the Sri Lanka Freedom Party" where Sri Lanka is recorded: a recorded state's name
        run on, without a possessive, into a new body's name ending on its head word is the
        first words of that body's name, not the state."""
        for state in sorted(self.mentions, key=lambda mention: mention.start):
            if state.via != "name" or self.kind_of(state.ref) != Actor.Kind.STATE:
                continue
            if self.tokens[state.last_token - 1].possessive:
                continue
            body = self.mention_starting_at(state.last_token)
            if (
                body is None
                or ":new:" not in body.ref
                or self.kind_of(body.ref) == Actor.Kind.PERSON
                or self.tokens[body.last_token - 1].words[-1] not in _ORG_HEADS
                or self.text[state.end : body.start] != " "
                or any(other.ref == body.ref for other in self.mentions if other is not body)
            ):
                continue
            kind = self.kind_of(body.ref)
            self.remove_mention(state)
            self.remove_mention(body)
            del self.document.new_actors[body.ref]
            name = self.text[state.start : body.end]
            ref = self.new_ref(name, kind, state.first_token, body.last_token)
            self.add(state.first_token, body.last_token, ref, "new")

    def opens_another_name(self, first: int, last: int, payloads, starts) -> bool:
        """A person's one-word name (a short name, a family name written first) that runs on
        into capitalised words naming nothing recorded ("Kim Yo Jong" beside a recorded Kim Jong
        Un called "Kim", "Castro Ruz"): the first word of another person's name, left to the
        reading of new names, as `match_surnames` leaves a surname inside a longer name."""
        if last != first + 1 or last >= len(self.tokens) or last in starts:
            return False
        if not all(self.gazetteer.actor(p[0]).kind == Actor.Kind.PERSON for p in payloads):
            return False
        following = self.tokens[last]
        return (
            following.capitalised
            and self.text[self.tokens[first].end : following.start] == " "
            and not self.tokens[first].possessive
            and following.text.lower() not in _CALENDAR_WORDS | _TITLE_WORDS | FUNCTION_WORDS
            and following.words[-1] not in _ORG_HEADS
        )

    def closes_another_name(self, first: int, last: int, payloads, starts) -> bool:
        """ "Attorney General Robert Kennedy" beside a recorded John F. Kennedy called "Kennedy":
        a recorded person's surname after another given name (a capitalised word inside the
        sentence, neither a post, a day nor a nation, nor the recorded given name or its
        initial) is the last word of another person's name, a relative's, left to the reading
        of new names."""
        if last != first + 1 or first == 0 or first - 1 in starts:
            return False
        surname = self.tokens[first].text
        for payload in payloads:
            words = self.gazetteer.actor(payload[0]).name.split()
            if (
                self.gazetteer.actor(payload[0]).kind != Actor.Kind.PERSON
                or len(words) < 2
                or words[-1] != surname
            ):
                return False
        given = self.tokens[first - 1]
        between = self.text[given.end : self.tokens[first].start]
        middle_initial = bool(
            first >= 2
            and re.fullmatch(r"[A-Z]", given.text)
            and between == ". "
            and first - 2 not in starts
        )
        if middle_initial:
            # "Frederick W. Seward" beside a recorded William H. Seward: another given name
            # before the middle initial (the recorded man's own, "Walter P. Reuther", is his)
            given = self.tokens[first - 2]
            between = self.text[given.end : self.tokens[first - 1].start]
        if (
            not given.text[:1].isupper()
            or not given.text[1:].isalpha()
            or not given.text[1:].islower()
            or given.possessive
            or between != " "
            or given.text.lower() in _CALENDAR_WORDS | _TITLE_WORDS | FUNCTION_WORDS
            # (tune48d) "Count Cavour met Count Buol": a peer's rank or "Lord" before the
            # recorded surname is no given name but how the press styles the recorded man
            or given.text.lower() in _PEERAGES | _STYLES_OF_A_PEER
            or normalize_name(given.text) in _DEMONYMS
            or any(
                self.gazetteer.actor(p[0]).name.split()[0][:1] == given.text[:1] for p in payloads
            )
        ):
            return False
        if middle_initial:
            return True  # a word, an initial and a surname are a name wherever they stand
        # inside the sentence: a capitalised word opening it may be any word ("Later Kennedy")
        return bool(re.search(r"[\w,]\s+$", self.text[max(0, given.start - 40) : given.start]))

    def state_closing_a_persons_name(self, first: int, last: int, payloads, starts) -> bool:
        """A state's one-word name right after a common given name and one more capitalised
        word, each a space apart and none a recorded name ("Pierre Mendes France"): the last
        word of a person's name, left to the reading of new names (not "Paris, France", nor
        "Pierre Mendes's France", nor "President Mendes France" where no given name opens)."""
        if last != first + 1 or first < 2 or first - 1 in starts or first - 2 in starts:
            return False
        if not all(self.gazetteer.actor(p[0]).kind == Actor.Kind.STATE for p in payloads):
            return False
        given, middle = self.tokens[first - 2], self.tokens[first - 1]
        return (
            given.words[0] in _GIVEN_NAMES
            and given.capitalised
            and middle.capitalised
            and not given.possessive
            and not middle.possessive
            and self.text[given.end : middle.start] == " "
            and self.text[middle.end : self.tokens[first].start] == " "
            and middle.text.lower() not in _CALENDAR_WORDS | _TITLE_WORDS | FUNCTION_WORDS
            and normalize_name(middle.text) not in _DEMONYMS
            and middle.words[-1] not in _ORG_HEADS
        )

    def body_closing_a_persons_name(self, first: int, last: int, payloads, starts) -> bool:
        """A recorded body's one-word name right after a given name, a space apart, the given
        name a common one or one after a person's post ("Henry Ford founded it", "Executive
        chairman Bill Ford" beside the recorded Ford company): the surname of a person, often
        the founder's family, left to the reading of new names (not "Will Ford accept", a
        verb, nor "Jordan's Ford", a possessive) (tune47d)."""
        if last != first + 1 or first < 1 or first - 1 in starts:
            return False
        if not all(
            self.gazetteer.actor(p[0]).kind not in (Actor.Kind.STATE, Actor.Kind.PERSON)
            for p in payloads
        ):
            return False
        given = self.tokens[first - 1]
        after_a_post = first >= 2 and self.tokens[first - 2].text.lower() in _TITLE_WORDS
        return (
            (given.words[0] in _GIVEN_NAMES or after_a_post)
            and re.fullmatch(r"[A-Z][a-z]+", given.text) is not None
            and self.text[given.end : self.tokens[first].start] == " "
            and given.text.lower() not in _CALENDAR_WORDS | _TITLE_WORDS | FUNCTION_WORDS
        )

    def sibling_of_a_recorded_body(self, first: int, last: int, payloads, starts) -> str | None:
        """The kind of a recorded body whose one-word alias is the head of its name ("Cree" of
        "Plains Cree"), where the article writes that word after another capitalised qualifier
        inside the sentence ("the Willow Cree"), or whose whole name opens with its head word
        and is written so ("the Free Church of Scotland" beside "Church of Scotland"): a sibling
        body of the same kind, not the one recorded; else None."""
        if first == 0 or first - 1 in starts or len(payloads) != 1:
            return None
        recorded = self.gazetteer.actor(payloads[0][0])
        words = normalize_name(recorded.name).split()
        if recorded.kind in (Actor.Kind.PERSON, Actor.Kind.STATE):
            return None
        if last == first + 1:
            if len(words) != 2 or words[-1] != normalize_name(self.tokens[first].text):
                return None
        elif (
            # (tune47d) "the Free Church of Scotland" beside the recorded "Church of Scotland":
            # the whole recorded name, opening with its head word, after another qualifier
            words[0] not in _ORG_HEADS
            or normalize_name(self.written(first, last)) != normalize_name(recorded.name)
        ):
            return None
        qualifier = self.tokens[first - 1]
        if (
            not re.fullmatch(r"[A-Z][a-z]{2,}", qualifier.text)
            or self.text[qualifier.end : self.tokens[first].start] != " "
            or self.covered[first - 1]
            or normalize_name(qualifier.text) == words[0]
            or qualifier.text.lower() in _CALENDAR_WORDS | _TITLE_WORDS | FUNCTION_WORDS
            or normalize_name(qualifier.text) in _DEMONYMS | set(_COUNTRY_NAMES)
            or _COMPASS_WORDS & {normalize_name(qualifier.text)}
        ):
            return None
        # after "the" or inside the sentence: a capitalised word opening it may be any word
        if not re.search(
            r"(?:\b[Tt]he|[\w,])\s+$", self.text[max(0, qualifier.start - 40) : qualifier.start]
        ):
            return None
        return recorded.kind

    def body_in_lower_case(self, first: int, last: int) -> bool:
        """ "the ruling seven-party alliance" for the recorded Seven Party Alliance: a name of
        two words or more ending with a body's head word, after "the" (and an adjective)."""
        words = [word for token in self.tokens[first:last] for word in token.words]
        if len(words) < 2 or self.tokens[last - 1].text not in LOWERCASE_BODY_HEADS:
            return False
        before = [token.text.lower() for token in self.tokens[max(0, first - 2) : first]]
        return before[-1:] == ["the"] or (
            before[:1] == ["the"] and before[-1].isalpha() and before[-1] not in FUNCTION_WORDS
        )

    def qualifies_what_follows(self, actor_id: int, last: int) -> bool:
        """ "US Secretary of State", "US officials": a state's name used as an adjective
        before a post or a group names the post, not the state (it is a mention of the state
        where it stands as a noun: "the US and Qatar")."""
        if self.gazetteer.actor(actor_id).kind != Actor.Kind.STATE or last >= len(self.tokens):
            return False
        if self.tokens[last - 1].possessive:
            return False
        following = self.tokens[last]
        if re.search(r"[,;:()]", self.text[self.tokens[last - 1].end : following.start]):
            # "Ensio Siilasvuo of Finland, commander of the U.N. force": a comma closes the
            # state's name, which qualifies no post after it (tune40g)
            return False
        if following.text.lower() in _STATE_VOICES | _QUALIFIED_NOUNS:
            return True
        # "a former U.S. Senate majority leader", "the Israeli Knesset": the state's own body
        if (
            following.capitalised
            and (
                _ORG_HEADS.get(following.words[-1]) == Actor.Kind.GOVERNMENT_BODY
                or following.words[-1] == "congres"
            )
            and not (last + 1 < len(self.tokens) and self.tokens[last + 1].capitalised)
        ):
            return True
        return bool(
            _PERSON_TITLE_TRIE.longest_from(self.tokens, last)
            or self.gazetteer.titles.longest_from(self.tokens, last)
        )

    def organization_before(self, index: int):
        """The organisation named just before token `index` ("US", "Egypt's", "Egyptian",
        "the Hamas"): (ref, country code or None, first token)."""
        mention = self.mention_ending_at(index)
        if mention is not None:
            return mention.ref, None, mention.first_token
        for first, last, codes in self.gazetteer.countries.matches(
            self.tokens[max(0, index - 3) : index]
        ):
            offset = max(0, index - 3)
            if offset + last == index and self.has_capital(offset + first, index):
                return self.country_ref(codes[0], offset + first, index), codes[0], offset + first
        return None

    def organization_after(self, index: int):
        """ "spokesman for the Kremlin", "Secretary of State of the United States"."""
        if index + 1 >= len(self.tokens) or self.tokens[index].text.lower() not in (
            "of",
            "for",
            "at",
        ):
            return None
        position = index + 1
        if self.tokens[position].text.lower() == "the":
            position += 1
        for mention in self.mentions:
            if mention.first_token == position:
                return mention.ref, None, mention.last_token
        return None

    def holder(self, organization_ref: str, country: str | None, phrase_positions) -> str | None:
        """The person holding one of the positions matched by a title phrase in that
        organisation (or in a body of it, or of its country) on the publication date."""
        organization_id = (
            int(organization_ref.split(":")[1]) if ":new:" not in organization_ref else None
        )
        for position in phrase_positions:
            organization = self.gazetteer.actors.get(position.organization_id)
            if organization is None:
                continue
            if organization_id is not None and (
                position.organization_id == organization_id
                or organization.parent_id == organization_id
            ):
                return f"actor:{position.person_id}"
            state = self.gazetteer.actors.get(organization_id) if organization_id else None
            code = country or (state.country if state and state.kind == Actor.Kind.STATE else None)
            if code and organization.country == code:
                return f"actor:{position.person_id}"
        return None

    def match_titles(self) -> None:
        """Posts held on the publication date, and posts the article introduces."""
        index = 0
        while index < len(self.tokens):
            match = self.title_at(index)
            if match is None:
                index += 1
                continue
            first, last, positions, organization = match
            index = last
            if organization is None:
                organization = self.organization_after(last)
            if organization is None:
                body = self.body_its_portfolio_names(first, last, positions)
                if body is not None:
                    self.add(first, last, body, "post")
                else:
                    self.match_post_named_before(first, last)
                continue
            ref, country, _ = organization
            phrase = " ".join(word for token in self.tokens[first:last] for word in token.words)
            person_after = self.mention_starting_at(last)
            if person_after is not None:
                # "US Secretary of State Antony Blinken": the post introduces the person, and
                # names the body it belongs to ("Egyptian intelligence chief Abbas Kamel").
                self.local_posts.setdefault((ref, phrase), person_after.ref)
                # A state is not named by its adjective inside a title ("US President Bill
                # Clinton", "Russian Foreign Minister Sergey Lavrov"): only by a noun.
                holder_organization = self.organization_of(person_after.ref, positions)
                if (
                    holder_organization
                    and f"actor:{holder_organization}" != ref
                    and not self.names_a_state(f"actor:{holder_organization}")
                ):
                    self.add(first, last, f"actor:{holder_organization}", "post")
                continue
            holder = self.holder(ref, country, positions) if positions else None
            holder = holder or self.local_holder(ref, phrase)
            if holder is not None:
                self.add(first, self.complement_end(last), holder, "title")
        self.match_posts_by_their_head()

    def match_posts_by_their_head(self) -> None:
        """ "The Viceroy refused" for the holder of the recorded "Viceroy of India" (tune41i):
        a capitalised word after "the" that is the head of a post's title held on the
        publication date, its complement left out, is the one person holding such a post; not
        where two people hold one ("the Governor" of two provinces), nor where the article never
        writes the post's complement ("the Emperor" at Tokyo is not the one recorded Emperor of
        Russia), nor before a name or a complement ("the Viceroy's House" is his; "the Minister
        for Aboriginal Affairs" is read by the title's own words)."""
        words_written = {word for token in self.tokens for word in token.words}
        # the capitalised words after "the": only posts whose title opens with one are read, as
        # the database's posts held on the day are many more than an article's words
        heads_written = {
            token.text.casefold()
            for before, token in zip(self.tokens, self.tokens[1:], strict=False)
            if token.capitalised and before.text.lower() == "the"
        }
        holders_by_head: dict[str, set[int]] = {}
        for position in self.gazetteer.positions:
            opening = position.title.split(maxsplit=1)[:1]
            if not opening or opening[0].casefold() not in heads_written:
                continue
            title = normalize_name(position.title)
            head, *complement = re.split(r" (?:of|for) ", title, maxsplit=1)
            if complement and " " not in head and set(complement[0].split()) <= words_written:
                holders_by_head.setdefault(head, set()).add(position.person_id)
        for token in self.tokens[1:]:
            index = token.index
            holders = holders_by_head.get(normalize_name(token.text))
            if not holders or len(holders) > 1 or not token.capitalised or self.covered[index]:
                continue
            if self.tokens[index - 1].text.lower() != "the" or self.covered[index - 1]:
                continue
            following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
            if following is not None and (
                following.capitalised or following.text in ("of", "for", "to")
            ):
                continue
            self.add(index - 1, index + 1, f"actor:{next(iter(holders))}", "title")

    def complement_end(self, last: int) -> int:
        """Where a post's complement ends: "the US envoy for Yemen", "Ambassador to Yemen",
        "the chairperson of the AU Commission" are one post, and the body inside them is not
        the subject of the sentence ("the US envoy for Yemen told reporters")."""
        if last + 1 >= len(self.tokens) or self.tokens[last].text.lower() not in (
            "of",
            "for",
            "to",
        ):
            return last
        position = last + 1
        if self.tokens[position].text.lower() == "the":
            position += 1
        inner = self.mention_starting_at(position)
        if inner is None:
            return last
        end = inner.last_token
        # "of the AU Commission": the capitalised rest of the body's name
        while (
            end < len(self.tokens)
            and self.tokens[end].capitalised
            and not self.covered[end]
            and self.text[self.tokens[end - 1].end : self.tokens[end].start] == " "
        ):
            end += 1
        return end

    def match_post_named_before(self, first: int, last: int) -> None:
        """ "the president said": the person named last before who holds that post, recorded
        or introduced by the article ("Kenyan President William Ruto")."""
        if first == 0 or self.tokens[first - 1].text.lower() != "the":
            return
        if self.mention_starting_at(last) is not None:
            return
        phrase = " ".join(word for token in self.tokens[first:last] for word in token.words)
        holders = {
            person
            for (_, introduced), person in self.local_posts.items()
            if introduced == phrase or phrase in title_phrases(introduced)
        }
        holders |= {
            f"actor:{position.person_id}"
            for position in self.gazetteer.positions
            if phrase in title_phrases(position.title)
        }
        start = self.tokens[first].start
        named_before = [
            m
            for m in sorted(self.mentions, key=lambda m: m.start, reverse=True)
            if m.start < start and m.ref in holders
        ]
        if not named_before:
            # capitalised only: "the general public" is no general; not a post with its
            # complement ("the Bishop of London", "the President Elect")
            titled = (
                self.tokens[first].capitalised
                and not self.goes_on_with_its_complement(last - 1)
                and self.person_titled_before(first, phrase)
            )
            if titled:
                self.add(first - 1, last, titled, "title")
            else:
                self.match_post_never_named(first, last, phrase)
            return
        holder = named_before[0].ref
        if self.introduced_with_a_body(holder, phrase):
            # "Prime Minister Theresa May ... Irish Prime Minister Leo Varadkar ... The prime
            # minister": the article qualifies the foreign holder and leaves its own bare; the
            # bare post taken up again is the one written bare before a name
            bare = next(
                (m.ref for m in named_before if self.written_after_the_bare_post(m, phrase)),
                None,
            )
            holder = bare or holder
        self.add(first - 1, last, holder, "title")

    def person_titled_before(self, first: int, phrase: str) -> str | None:
        """ "President Roosevelt took a hand ... the President cabled", "Major-General Walpole
        met ... The General would not hear of it": the one person the article named before with
        the bare post opening the words right before his name, where no post recorded or
        introduced with its body says who. A military rank counts under its last word (a
        major-general is "the General"); no other post does, as a vice president is not "the
        President". Two people so named before leave it unsaid."""
        post = r"\s+".join(re.escape(word) for word in phrase.split())
        ranks = "|".join(
            r"[\s-]+".join(re.escape(word) for word in rank.split()[:-1])
            for rank in _MILITARY_RANKS
            if rank.endswith(f" {phrase}")
        )
        rank = rf"(?:(?:{ranks})[\s-]+)?" if ranks else ""
        # the post opens the title: "Vice President X" or "Kenyan President X" is not "President X"
        written = rf"(?:[.,;:!?\"“(]\s*|(?-i:\b[a-z][\w'’]*)\s+){rank}{post}\.?\s+$"
        start = self.tokens[first].start
        titled = set()
        for mention in self.mentions:
            if mention.start >= start or not self.document.is_person(mention.ref):
                continue
            # the text's opening counts as a sentence's
            before = ("." + self.text)[max(0, mention.start - 39) : mention.start + 1]
            own = re.match(r"(?:[\w.-]+\s+){1,3}", self.text[mention.start : mention.end])
            candidates = [before]
            if own:
                # the mention may hold the post itself ("Mayor John P. Hopkins")
                words = own.group(0).split()
                candidates += [
                    before + " ".join(words[:count]) + " " for count in range(1, len(words) + 1)
                ]
            # or his recorded name opens with it ("Cardinal Pietro Gasparri")
            recorded = normalize_name(self.actor_name(mention.ref)).startswith(f"{phrase} ")
            if recorded or any(re.search(written, text, re.IGNORECASE) for text in candidates):
                titled.add(mention.ref)
        return titled.pop() if len(titled) == 1 else None

    def goes_on_with_its_complement(self, index: int) -> bool:
        """Whether the title ending at token `index` goes on with a capitalised word or "of"
        ("the Cardinal Secretary", "the Bishop of London"): another post than the bare one."""
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        token = self.tokens[index]
        return (
            following is not None
            and (following.capitalised or following.text == "of")
            and self.text[token.end : following.start] == " "
            and not token.possessive
        )

    def match_post_never_named(self, first: int, last: int, phrase: str) -> None:
        """ "the President received Lord Ashburton": a capitalised post after "the" whose holder
        the article never names is the one person recorded under that very title, where the
        body he holds it in is named in the article (tune46d)."""
        if not self.tokens[first].capitalised or self.local_posts:
            return
        if re.match(r",\s+(?:the\s+)?[A-Z]", self.text[self.tokens[last - 1].end :]):
            return  # "the Foreign Minister, the Duke of X,": the appositive names him
        recorded = [
            position
            for position in self.gazetteer.positions
            if normalize_name(position.title) == phrase
        ]
        if len({position.person_id for position in recorded}) != 1:
            return
        bodies = {f"actor:{position.organization_id}" for position in recorded}
        if not any(mention.ref in bodies for mention in self.mentions):
            return
        self.add(first - 1, last, f"actor:{recorded[0].person_id}", "title")

    def introduced_with_a_body(self, person: str, phrase: str) -> bool:
        """The article introduced the person with a post that names its body ("Irish Prime
        Minister Leo Varadkar", "Kenyan President William Ruto")."""
        return any(
            holder == person and (introduced == phrase or phrase in title_phrases(introduced))
            for (_, introduced), holder in self.local_posts.items()
        )

    def written_after_the_bare_post(self, mention: Mention, phrase: str) -> bool:
        """ "rejected Prime Minister Theresa May's deal": the name follows the post with no
        body or nationality before it."""
        post = r"\s+".join(re.escape(word) for word in phrase.split())
        before = self.text[max(0, mention.start - 80) : mention.start]
        # the mention may hold the post itself ("Prime Minister Theresa May")
        own = re.match(rf"{post}\s+", self.text[mention.start : mention.end], re.IGNORECASE)
        if own:
            before += own.group(0)
        # the word before the post is lower case ("rejected", "said"), not "Irish" or "Dutch"
        return bool(
            re.search(rf"(?:^|[.!?\"“(]\s*|(?-i:\b[a-z][\w'’]*),?\s+){post}\s+$", before, re.I)
        )

    def title_at(self, index: int):
        """A post phrase at token `index`: (first, last, matching positions, organisation
        before it or None). "the top US diplomat" has the organisation inside the phrase."""
        token = self.tokens[index]
        if self.covered[index]:
            return None
        if token.text.lower() == "top" and index + 1 < len(self.tokens):
            inner = self.organization_inside(index + 1)
            if inner is not None:
                ref, country, after = inner
                match = self.gazetteer.titles.longest_from(
                    [token, *self.tokens[after : after + 4]], 0
                )
                if match is not None:
                    _, length, positions = match
                    last = after + length - 1
                    return index, last, positions, (ref, country, index)
        match = self.gazetteer.titles.longest_from(self.tokens, index)
        generic = _PERSON_TITLE_TRIE.longest_from(self.tokens, index)
        if match is None and generic is None:
            return None
        if match is None or (generic is not None and generic[1] > match[1]):
            first, last, positions = index, generic[1], []
        else:
            first, last, positions = match
        organization = self.organization_before(first)
        return first, last, positions, organization

    def organization_inside(self, index: int):
        for mention in self.mentions:
            if mention.first_token == index:
                return mention.ref, None, mention.last_token
        matches = self.gazetteer.countries.matches(self.tokens[index : index + 3])
        if matches and matches[0][0] == 0 and self.has_capital(index, index + matches[0][1]):
            code = matches[0][2][0]
            return self.country_ref(code, index, index + matches[0][1]), code, index + matches[0][1]
        return None

    def knight_named_before(self, first: int, last: int) -> str | None:
        """The person named before as "Sir X Y" (or "Dame X Y") where `first:last` is "Sir X"
        alone, the honorific and the given name the press calls a knight by."""
        if last - first != 2 or self.tokens[first].text not in ("Sir", "Dame"):
            return None
        honorific, given = self.tokens[first].text, self.tokens[first + 1].text
        for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if mention.start >= self.tokens[first].start or not self.document.is_person(
                mention.ref
            ):
                continue
            opening = mention.first_token
            if self.tokens[opening].text == honorific:
                opening += 1
            elif opening == 0 or self.tokens[opening - 1].text != honorific:
                continue
            if (
                opening + 1 < mention.last_token
                and self.tokens[opening].text == given
                and self.tokens[opening + 1].capitalised  # the full name, not "Sir X and"
            ):
                return mention.ref
        return None

    def mention_starting_at(self, index: int) -> Mention | None:
        for mention in self.mentions:
            if mention.first_token == index:
                return mention
        return None

    def body_its_portfolio_names(self, first: int, last: int, positions) -> str | None:
        """ "Trade Cabinet Secretary Layla Fahmy" (title "Cabinet Secretary for Trade"): a post
        written with its portfolio before it, right before its recorded holder, names the body
        the post belongs to, as "Egyptian intelligence chief Abbas Kamel" names his; not a
        state ("Secretary of State" is never turned around)."""
        person_after = self.mention_starting_at(last)
        if person_after is None:
            return None
        phrase = " ".join(word for token in self.tokens[first:last] for word in token.words)
        for position in positions:
            if f"actor:{position.person_id}" != person_after.ref:
                continue
            if phrase not in portfolio_first(normalize_name(position.title)):
                continue
            body = f"actor:{position.organization_id}"
            return None if self.names_a_state(body) else body
        return None

    def organization_of(self, person_ref: str, positions) -> int | None:
        for position in positions:
            if f"actor:{position.person_id}" == person_ref:
                return position.organization_id
        return None

    def local_holder(self, organization_ref: str, phrase: str) -> str | None:
        for (ref, introduced), person in self.local_posts.items():
            if ref == organization_ref and (
                introduced == phrase
                or phrase in title_phrases(introduced)
                or introduced.endswith(phrase)
            ):
                return person
        return None

    def match_new_names(self) -> None:
        """Runs of capitalised words the gazetteer does not know, kept when something says
        what they are."""
        for sentence in self.document.sentences:
            index = sentence.first_token
            while index < sentence.last_token:
                if self.covered[index] or not self.starts_name(index, sentence):
                    index += 1
                    continue
                last = index + 1
                while (
                    last < sentence.last_token
                    and not self.covered[last]
                    and self.continues_name(last, index, sentence)
                ):
                    last += 1
                state = self.state_ending_a_name(index, last)
                # "Front for Democracy in Burundi (FRODEBU)": the name goes on over the state's,
                # which is no mention of the state
                if state is not None and self.name_taken_over(index, state, sentence):
                    index = state.last_token
                    continue
                while last > index + 1 and self.tokens[last - 1].text.lower() in _NAME_CONNECTORS:
                    last -= 1
                recorded = self.recorded_name_closing_a_body(index, last)
                # "The Council of the EU", "the Confederation for an Independent Poland": a body
                # named after a recorded actor, which is no mention of that actor
                if recorded is not None and self.name_taken_over(index, recorded, sentence):
                    index = recorded.last_token
                    continue
                state = self.state_opening_a_name(index, last)
                if state is not None:
                    # "the Uganda Freedom Movement": the state's name opens the body's
                    self.remove_mention(state)
                    self.covered[state.first_token : state.last_token] = [False] * (
                        state.last_token - state.first_token
                    )
                    index = state.first_token
                count = len(self.mentions)
                self.consider_name(index, last, sentence)
                if state is not None and not any(
                    m.first_token == index for m in self.mentions[count:]
                ):
                    # no body named after all: the state stays named
                    self.add(state.first_token, state.last_token, state.ref, state.via)
                index = last

    def match_new_names_told_before(self) -> None:
        """ "must be approved by the Riksdag in Stockholm ... In July the Riksdag demanded": a
        body's name the article introduces only later (where something says what it is) names
        it too where it was written before, bare."""
        bodies = {}
        for mention in self.mentions:
            new = self.document.new_actors.get(mention.ref)
            if new is not None and new.kind != Actor.Kind.PERSON:
                bodies[mention.ref] = min(bodies.get(mention.ref, mention.start), mention.start)
        if not bodies:
            return
        for sentence in self.document.sentences:
            index = sentence.first_token
            while index < sentence.last_token:
                if (
                    self.covered[index]
                    or not self.tokens[index].capitalised
                    or self.tokens[index].text in ("The", "A", "An")
                ):
                    index += 1
                    continue
                last = index + 1
                while (
                    last < sentence.last_token
                    and not self.covered[last]
                    and self.tokens[last].capitalised
                    and self.text[self.tokens[last - 1].end : self.tokens[last].start] == " "
                ):
                    last += 1
                known = self.known_new_ref(index, last)
                if (
                    known in bodies
                    and self.tokens[last - 1].end <= bodies[known]
                    # (a name, "by the Riksdag in Stockholm", not an adjective: "three
                    # Imperial commissioners" before "the Imperial clan")
                    and _THE_BEFORE.search(self.text[: self.tokens[index].start][-5:])
                    and not (
                        last < len(self.tokens)
                        and self.tokens[last].text[:1].islower()
                        and self.tokens[last].text.lower() not in _AFTER_A_NAME
                    )
                ):
                    self.add(index, last, known, "new")
                index = last

    def state_opening_a_name(self, first: int, last: int) -> Mention | None:
        """The state named, after "the", right before a run of capitalised words ending in an
        organisation's head word: "the Uganda Freedom Movement", "the Kenya African National
        Union" are one name, the state's its first word (not "Uganda's Freedom Party", where
        the state owns the body, nor "Uganda Freedom fighters" with no head word)."""
        if last - first < 1 or self.tokens[last - 1].words[-1] not in _ORG_HEADS:
            return None
        state = self.mention_ending_at(first)
        if state is None or state.via != "name" or not self.is_state(state.ref):
            return None
        if (
            self.tokens[first - 1].possessive
            or self.text[state.end : self.tokens[first].start] != " "
        ):
            return None
        if state.first_token == 0 or self.tokens[state.first_token - 1].text.lower() != "the":
            return None
        return state

    def state_ending_a_name(self, first: int, last: int) -> Mention | None:
        """The state named right after "in" or "of" that ends a run of capitalised words, where
        an acronym in brackets follows it: the acronym is the whole name's ("Movement for
        Democracy in Liberia (MODEL)"), so the state is part of it."""
        # "of" goes on with a name up to the state; "in" ends it
        joint = last if last < len(self.tokens) and self.tokens[last].text == "in" else last - 1
        if joint - first < 2 or self.tokens[joint].text not in ("in", "of"):
            return None
        state = self.mention_starting_at(joint + 1)
        if state is None or state.via != "name" or not self.is_state(state.ref):
            return None
        if not re.match(r"\s*\([A-Z][A-Z.]{1,9}\)", self.text[state.end :]):
            return None
        return state

    def name_taken_over(self, first: int, recorded: Mention, sentence) -> bool:
        """Whether the name from `first` to the end of the recorded mention inside it is read
        as a name of its own; if so the recorded mention is dropped, being no mention of it."""
        count = len(self.mentions)
        self.consider_name(first, recorded.last_token, sentence)
        if any(
            m.first_token == first and m.last_token == recorded.last_token
            for m in self.mentions[count:]
        ):
            self.remove_mention(recorded)
            return True
        return False

    def recorded_name_closing_a_body(self, first: int, last: int) -> Mention | None:
        """The recorded actor named after "of" or "for" (and "the", "an", up to two capitalised
        words) right after a run of capitalised words ending in a body's head word: "The
        Council of the EU", "the Confederation for an Independent Poland" are bodies of their
        own, named after the EU and Poland. Not a state's own organs ("the Government of
        India", "the Kingdom of Italy"), read as the state elsewhere, nor a person's name."""
        head = self.tokens[last - 1].words[-1] if self.tokens[last - 1].words else ""
        if head not in _ORG_HEADS or head in _HEADS_OF_THE_STATE_ITSELF:
            return None
        link = _LINK_TO_THE_NAME_A_BODY_IS_NAMED_AFTER.match(self.text, self.tokens[last - 1].end)
        if link is None:
            return None
        index = last
        while index < len(self.tokens) and self.tokens[index].start < link.end():
            if self.covered[index]:
                return None
            index += 1
        # up to two capitalised words of the name before the recorded one ("an Independent")
        for _ in range(2):
            if index >= len(self.tokens) or self.covered[index]:
                break
            if not self.tokens[index].capitalised or self.tokens[index].start != (
                self.tokens[index - 1].end + 1
            ):
                return None
            index += 1
        recorded = self.mention_starting_at(index)
        if (
            recorded is None
            or recorded.via not in ("name", "country")
            or ":new:" in recorded.ref
            or self.kind_of(recorded.ref) == Actor.Kind.PERSON
            # "The Troika of the U.S., U.K. and Norway": a group of the members listed after it
            or _LIST_OF_NAMES_GOES_ON.match(self.text, recorded.end)
            # "the Legislative Assembly of Bolivia": the state's own legislature, which the
            # legislature readings and the bodies described by their place name (recorded under
            # another name, "Plurinational Legislative Assembly of Bolivia"), or else the state
            or (head in _A_STATE_S_LEGISLATURE and self.is_state(recorded.ref))
        ):
            return None
        return recorded

    def starts_name(self, index: int, sentence) -> bool:
        token = self.tokens[index]
        if not token.capitalised or self.document.in_quote(token.start):
            return False
        lower = token.text.lower()
        if lower == "new" and self.new_opens_a_body(index):
            return True
        if self.initial_before_a_name(index):
            return True  # "A. J. Cook": the initial "A" is no article
        if self.adverb_of_time_opening(index, sentence):
            return False  # "Shortly before the ceremony, Pope John Paul II received ..."
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if (
            index == sentence.first_token
            and lower in _GROUP_WORDS_OPENING
            and (following is None or not following.capitalised)
        ):
            return False  # "Delegations from the two sides opened talks": people, no name
        if (
            lower in FUNCTION_WORDS
            and lower in NUMBER_WORDS
            and following is not None
            and following.capitalised
            and _A_DEAL_SIGNED_WITH.search(self.text, max(0, token.start - 80), token.start)
        ):
            return True  # "a deal with Seven West Media": a firm's name opens on a number
        return not (lower in FUNCTION_WORDS or lower in _CALENDAR_WORDS)

    def adverb_of_time_opening(self, index: int, sentence) -> bool:
        """ "Shortly before the ceremony", "Immediately after the vote": a sentence may open with
        an adverb in "-ly" before "before" or "after", capitalised only because it opens it."""
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        return (
            index == sentence.first_token
            and self.tokens[index].text.endswith("ly")
            and following is not None
            and following.text in _BEFORE_OR_AFTER
        )

    def given_name_of_a_month(self, index: int) -> bool:
        """ "U.S. Ambassador April Glaspie": a month that is also a given name, inside a run of
        capitalised words and before a capitalised word that is no date's ("in April Hamas"
        starts no run; "the May 31 plan" goes on with a number)."""
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        return (
            self.tokens[index].text in _MONTHS_THAT_ARE_NAMES
            and following is not None
            and following.capitalised
            and following.text.lower() not in _CALENDAR_WORDS
            and following.start - self.tokens[index].end == 1
        )

    def new_opens_a_body(self, index: int) -> bool:
        """ "the New Mon State Party", "The New Patriotic Party": after "the", "New" opens the
        name of a body when the capitalised words it leads end in an organisation's head word
        (not "New talks", "the New Year")."""
        if index == 0 or self.tokens[index - 1].text.lower() != "the":
            return False
        end = index + 1
        while end < len(self.tokens) and end - index <= 6 and self.tokens[end].capitalised:
            end += 1
        return end > index + 1 and self.tokens[end - 1].words[-1] in _ORG_HEADS

    def continues_name(self, index: int, start: int, sentence) -> bool:
        token = self.tokens[index]
        gap = self.text[self.tokens[index - 1].end : token.start]
        if self.number_of_a_body(index, start):
            return True
        if self.count_of_a_group(index, start, gap):
            return True
        if self.plural_owner_in_a_body(index, gap):
            return True
        if gap == " & " and token.capitalised and self.tokens[index - 1].capitalised:
            return True  # "Slater & Gordon", "Procter & Gamble": partners in a firm's name (t56a)
        if (
            gap == ". "
            and self.tokens[index - 1].text in ("St", "Ste")
            and token.capitalised
            and (
                index - 1 > start or _COURTESY_BEFORE.search(self.text, 0, self.tokens[start].start)
            )
        ):
            # "Everett St. John", "Mr. St. John": the full stop of "Saint" inside a surname
            # (not "in St. Petersburg", a place's name opening the run)
            return True
        if gap.strip() not in ("", "'s", "’s") and not self.after_initial(index, gap):
            return False  # "(AP) - Philippine": punctuation ends a name; "People's" does not
        if token.capitalised:
            return token.text.lower() not in _CALENDAR_WORDS or self.given_name_of_a_month(index)
        connects = token.text.lower() in _NAME_CONNECTORS or (
            # "Commission on National Reconciliation", "Committee on Human Rights": "on"
            # after a body's head word goes on with its name
            token.text == "on"
            and self.tokens[index - 1].words[-1] in _ORG_HEADS
            and index + 1 < len(self.tokens)
            and self.tokens[index + 1].text.lower().rstrip(".")
            not in _CALENDAR_WORDS | _MONTH_ABBREVIATIONS
        )
        if (
            token.text in ("by", "against", "to")
            and any(t.words[-1] in _ORG_HEADS for t in self.tokens[start:index])
            and self.acronym_closes_name(index + 1)
        ):
            # "the Movement of People Affected by Dams (MAB)", "the Coalition Against Hunger
            # (CAH)": a body's name whose acronym in brackets closes it runs on through the
            # lower-case word to the capitalised ones before the acronym
            return True
        if connects and token.text == "for" and self.acts_for_a_state(start, index):
            return False  # "A and B for Peru": the people, then the state they sign for
        if connects and token.text == "the" and self.place_opening_the_sentence(start, index):
            return False  # "In Helsinki the Cabinet met": the place, then the clause's subject
        if connects and index + 1 < len(self.tokens):
            following = self.tokens[index + 1]
            if (
                token.text in _NAME_PARTICLES
                and following.text in _NAME_PARTICLES
                and index + 2 < len(self.tokens)
                and following.start - token.end <= 1
            ):
                # "van den Broek": a particle runs on through another to the name
                token, following = following, self.tokens[index + 2]
            if (
                following.text == "the"
                and index + 2 < len(self.tokens)
                and token.text in _BODY_LINKS
                and (
                    (
                        start > sentence.first_token
                        # "Community on the Move for Equality, the alliance ...": a singular
                        # head word opening the sentence opens a name (tune47d)
                        or (start == index - 1 and not self.tokens[start].text.endswith("s"))
                    )
                    and (
                        any(t.words[-1] in _ORG_HEADS for t in self.tokens[start:index])
                        # "the Industrial Workers of the World" (tune41q)
                        or self.names_a_union_of_workers(start, index)
                    )
                    # "Rally of the Republicans (RDR)": one word, then "of the" and a name
                    # its acronym closes, is one body's name
                    or (start == index - 1 and self.acronym_closes_name(index + 2))
                )
            ):
                # "Democratic Forces for the Liberation of Rwanda", "the Front for the
                # Liberation of the Enclave of Cabinda": in a body's name, "for the" and "of
                # the" go on with it ("Koroma of the Armed Forces Revolutionary Council" is a
                # person and his body; "Fighters of the ..." opening a sentence is a noun)
                token, following = following, self.tokens[index + 2]
            if self.demonym_before_a_common_noun(index + 1) and (
                token.text in _BODY_LINKS
                # "Antoine Fattal leading the Lebanese team, David Kimche the Israeli one": a
                # name, then "the" and a demonym before a noun, the post left out (tune40h)
                or token.text == "the"
            ):
                # "ask Prime Minister Per Albin Hansson for Swedish troops": a demonym that
                # qualifies a common noun after "for" or "of" is no word of the name
                return False
            return following.capitalised and following.start - token.end <= 1
        return False

    def place_opening_the_sentence(self, start: int, index: int) -> bool:
        """ "In Helsinki the Cabinet met with X": the words before "the" are a recorded place
        after "In" or "At" opening the sentence, the phrase of place before the subject (not
        "Ivan the Terrible", a name and its epithet)."""
        if start == 0 or self.tokens[start - 1].text not in ("In", "At"):
            return False
        opener = self.tokens[start - 1]
        if not re.search(
            r"(?:^|[.!?][\"”]?)\s*$", self.text[max(0, opener.start - 4) : opener.start]
        ):
            return False  # not the sentence's first word
        return any(
            place.start == self.tokens[start].start and place.end == self.tokens[index - 1].end
            for place in self.document.places
        )

    def demonym_before_a_common_noun(self, index: int) -> bool:
        """Whether token `index` is a demonym alone, a word in lower case after it."""
        if index + 1 >= len(self.tokens):
            return False
        token, following = self.tokens[index], self.tokens[index + 1]
        return (
            len(token.words) == 1
            and token.words[0] in _DEMONYMS
            and not following.capitalised
            and following.text[:1].isalpha()
        )

    def acts_for_a_state(self, first: int, last: int) -> bool:
        """Whether the run of capitalised words from token `first` to `last` is followed by
        "for" and a state, with no body's, place's or post's word among its own ("Antoine
        Pinay for France", "A and B for Peru"): a person who signs or speaks for the state."""
        if last + 1 >= len(self.tokens) or self.tokens[last].text != "for":
            return False
        words = [word for token in self.tokens[first:last] for word in token.words]
        if any(
            word in _ORG_HEADS
            or word in _PLACE_HEAD_FORMS
            or word in _DOCUMENT_HEADS
            or word in _TITLE_WORDS
            for word in words
        ):
            return False
        position = last + 1
        if self.tokens[position].text.lower() == "the" and position + 1 < len(self.tokens):
            position += 1
        named = self.mention_starting_at(position)
        if named is not None:
            end = named.last_token if self.is_state(named.ref) else None
        else:
            state = self.gazetteer.countries.longest_from(self.tokens, position)
            end = state[1] if state is not None else None
        # "for Peru." then the next sentence; not "for Peru Posible", a party named after it
        return end is not None and (
            end >= len(self.tokens)
            or not self.tokens[end].capitalised
            or bool(self.text[self.tokens[end - 1].end : self.tokens[end].start].strip())
        )

    def joined_to_one_acting_for_a_state(self, last: int) -> bool:
        """ "A and B for Peru": the name before "and", whose partner signs for a state."""
        if last + 1 >= len(self.tokens) or self.tokens[last].text != "and":
            return False
        end = last + 1
        while end < len(self.tokens) and (
            self.tokens[end].capitalised or self.tokens[end].text in _NAME_PARTICLES
        ):
            end += 1
        return end > last + 1 and self.acts_for_a_state(last + 1, end)

    def plural_owner_in_a_body(self, index: int, gap: str) -> bool:
        """ "the Miners' Federation", "the British Trawlers' Federation": a capitalised plural
        in the possessive goes on with the capitalised words after it when they end in a body's
        head word (not a place's possessive: "Honduras' Congress")."""
        before = self.tokens[index - 1]
        if (
            gap in ("' ", "’ ")
            and before.capitalised
            and before.text.endswith("s")
            and self.tokens[index].text == "and"
            and index + 2 < len(self.tokens)
            and self.tokens[index + 1].text.endswith("s")
            and self.tokens[index + 1].capitalised
        ):
            # "the Doctors' and Dentists' Review Body" (tune38g): two plural owners joined by
            # "and" before the body's head word
            second_gap = self.text[self.tokens[index + 1].end : self.tokens[index + 2].start]
            return gap == second_gap and self.plural_owner_in_a_body(index + 2, second_gap)
        if (
            gap not in ("' ", "’ ")
            or not before.text.endswith("s")
            or not before.capitalised
            or before.words[-1] in _ORG_HEADS
            or self.gazetteer.countries.longest_from(self.tokens, index - 1)
        ):
            return False
        end = index
        while (
            end < len(self.tokens)
            and end - index < 5
            and self.tokens[end].capitalised
            and (
                end == index or self.text[self.tokens[end - 1].end : self.tokens[end].start] == " "
            )
        ):
            end += 1
        return end > index and (
            self.tokens[end - 1].words[-1] in _ORG_HEADS
            # "the Catholic Bishops' Conference" (tune41q)
            or self.names_a_church_conference(index - 1, end)
        )

    def acronym_closes_name(self, index: int) -> bool:
        """Whether the capitalised words from token `index` on end before an acronym in
        brackets: "(the) Republicans (RDR)"."""
        if index >= len(self.tokens) or not self.tokens[index].capitalised:
            return False
        end = index + 1
        while (
            end < len(self.tokens)
            and end - index < 6
            and self.tokens[end].capitalised
            and self.text[self.tokens[end - 1].end : self.tokens[end].start] == " "
        ):
            end += 1
        return _ACRONYM_IN_BRACKETS.match(self.text, self.tokens[end - 1].end) is not None

    def count_of_a_group(self, index: int, start: int, gap: str) -> bool:
        """Whether token `index` is "of" or the count after it in a body named by its head word
        and the number of its members in figures: "the Group of 20", "the Group of 77" (tune39c;
        "the Group of Seven" is capitalised)."""
        if gap != " " or index - 1 < start:
            return False
        token = self.tokens[index]
        if token.text == "of":
            return (
                self.tokens[index - 1].words[-1] in _ORG_HEADS
                and index + 1 < len(self.tokens)
                and self.tokens[index + 1].text.isdigit()
                and len(self.tokens[index + 1].text) <= 3
                and self.tokens[index + 1].start - token.end == 1
                # "a Union of 300 veterans": a count of what the noun after it names
                and not re.match(r"\s+[a-z][\w-]*s\b", self.text[self.tokens[index + 1].end :])
            )
        return (
            token.text.isdigit()
            and index - 2 >= start
            and self.tokens[index - 1].text == "of"
            and self.tokens[index - 2].words[-1] in _ORG_HEADS
        )

    def number_of_a_body(self, index: int, start: int) -> bool:
        """Whether token `index` is the number of a body numbered among its like: "Union No. 1",
        "Local No. 100" (the number after "No." goes on with the name of a body's head word)."""
        return (
            index - 2 >= start
            and self.tokens[index].text.isdigit()
            and self.tokens[index - 1].text == "No"
            and self.text[self.tokens[index - 1].end : self.tokens[index].start] == ". "
            and self.tokens[index - 2].words[-1] in _ORG_HEADS
        )

    def after_initial(self, index: int, gap: str) -> bool:
        """ "Walter S. Robertson", "John F. Kennedy": the full stop of a middle initial does
        not end the name it stands inside (a capitalised word must precede the initial)."""
        initial = self.tokens[index - 1]
        if gap != ". " or re.fullmatch(r"[A-Z]", initial.text) is None:
            return False
        if self.initial_before_a_name(index) or self.initials_before(index) >= 2:
            # "J. H. Thomas", "Mr. F. W. Reitz": initials written apart run on to the surname
            return self.tokens[index].capitalised
        if (
            index >= 2
            and self.tokens[index - 2].capitalised
            and self.text[self.tokens[index - 2].end : initial.start] == " "
            and self.tokens[index].capitalised
        ):
            return True
        if self.initial_and_surname(index - 1):
            return True
        # "the American interpreter, S. Wells Williams": a first initial opening the name,
        # before a given name and a surname (not "Plan B. Talks", one capitalised word)
        return (
            (index < 2 or not self.tokens[index - 2].capitalised)
            and index + 1 < len(self.tokens)
            and self.tokens[index].capitalised
            and self.tokens[index + 1].capitalised
            and self.text[self.tokens[index].end : self.tokens[index + 1].start] == " "
        )

    def body_opened_by_general(self, first: int, last: int) -> str | None:
        """The kind of the body or the firm whose name "General" at token `first` opens and
        that runs to `last` ("the General Confederation of Labor", "General Motors"), a word of
        the name saying so; None for a general's rank before his name ("General Mark Milley")."""
        if self.tokens[first].text != "General" or last - first < 2:
            return None
        words = [word for token in self.tokens[first + 1 : last] for word in token.words]
        heads = [word for word in words if word in _ORG_HEADS]
        if self.names_a_union_of_workers(first, last):
            return Actor.Kind.OTHER  # "the General Union of Workers": a trade union
        if heads:
            return _ORG_HEADS[heads[0]]
        if any(word in _FIRM_NAME_ENDINGS or word in _FIRM_WORDS_AFTER_GENERAL for word in words):
            return Actor.Kind.OTHER
        return None

    def initials_before_a_name(self, first: int) -> bool:
        """Whether tokens `first` to `first + 3` are two initials and a surname ("J. R.
        Sovereign") or an initial and a full name opening on a common given name ("M. Adolf
        Joffe", "J. Edgar Hoover"), the initials each a capital letter and a period, the name
        closing there and opening inside the sentence (not "Plan B. Talks Resumed") (t56a)."""
        if first < 1 or first + 3 > len(self.tokens):
            return False
        initial, middle, surname = self.tokens[first : first + 3]
        if re.fullmatch(r"[A-Z]", initial.text) is None:
            return False
        if self.text[initial.end : middle.start] != ". " or middle.possessive:
            return False
        if self.text[middle.end : surname.start] not in (" ", ". ") or not surname.capitalised:
            return False
        if self.text[middle.end : surname.start] == ". ":
            # "J. R. Sovereign": a second initial, then a surname the article never writes in
            # lower case
            if re.fullmatch(r"[A-Z]", middle.text) is None:
                return False
            if (
                surname.text.lower() in FUNCTION_WORDS
                or surname.text.lower() in self.lower_case_words()
            ):
                return False
        elif middle.words[0] not in _GIVEN_NAMES or not re.fullmatch(r"[A-Z][a-z]+", middle.text):
            return False
        before = self.tokens[first - 1]
        gap = self.text[before.end : initial.start]
        if not (gap.strip() in (",", '"', "“", "(") or (gap == " " and before.text.islower())):
            return False
        after = self.tokens[first + 3] if first + 3 < len(self.tokens) else None
        return after is None or not (
            after.capitalised and self.text[surname.end : after.start] == " "
        )

    def initial_and_surname(self, index: int) -> bool:
        """Whether token `index` is a lone initial ("M." for Monsieur or a given name) after
        a comma, a quotation mark or a lower-case word, before one capitalised word that the
        article never writes in lower case and that ends the name: "one of them, M. Keller,
        told", "said M. Thiers" (not "Plan B. Talks", nor "vitamin C. Negotiators met")."""
        if index < 1 or index + 2 > len(self.tokens):
            return False
        initial, surname = self.tokens[index], self.tokens[index + 1]
        if re.fullmatch(r"[A-Z]", initial.text) is None:
            return False
        if self.text[initial.end : surname.start] != ". " or not surname.capitalised:
            return False
        before = self.tokens[index - 1]
        gap = self.text[before.end : initial.start]
        if not (
            gap.strip() in (",", '"', "“", "(")
            or gap.strip() in _QUOTE_CLOSED_BEFORE_ITS_SPEAKER
            or (gap == " " and before.text.islower())
        ):
            return False
        if (
            surname.text.lower() in FUNCTION_WORDS
            or surname.text.lower() in self.lower_case_words()
        ):
            return False
        after = self.tokens[index + 2] if index + 2 < len(self.tokens) else None
        return after is None or not (
            after.capitalised and self.text[surname.end : after.start] == " "
        )

    def initial_before_a_name(self, index: int) -> bool:
        """Whether token `index` is a capital letter written as an initial before another
        initial or a capitalised word: the "J" and "H" of "J. H. Thomas"."""
        if index + 1 >= len(self.tokens) or re.fullmatch(r"[A-Z]", self.tokens[index].text) is None:
            return False
        following = self.tokens[index + 1]
        return (
            self.text[self.tokens[index].end : following.start] == ". "
            and following.capitalised
            and (
                re.fullmatch(r"[A-Z]", following.text) is None
                or self.initial_before_a_name(index + 1)
            )
        )

    def opens_as_a_persons_name(self, first: int, last: int) -> bool:
        """Whether the name from `first` opens on a person's title ("Sir", "Gen.") or on an
        initial before another word of the name ("M. R. Jayakar"), or on a peer's style before
        another word ("Lord Bramley and Lord Ashby", tune55e)."""
        title = _PERSON_TITLE_TRIE.longest_from(self.tokens, first)
        return (
            (title is not None and title[1] < last)
            or self.initial_before_a_name(first)
            or (self.tokens[first].text in _PEER_STYLES_WRITTEN and last - first >= 2)
        )

    def initials_before(self, index: int) -> int:
        """How many initials, each a capital letter and its full stop, run up to token
        `index`: two in "J. H. Thomas"."""
        count = 0
        while (
            index - count - 1 >= 0
            and re.fullmatch(r"[A-Z]", self.tokens[index - count - 1].text)
            and self.text[self.tokens[index - count - 1].end : self.tokens[index - count].start]
            == ". "
        ):
            count += 1
        return count

    def titled_name_before_a_qualified_post(self, first: int, last: int) -> int | None:
        """ "Deputy Commissioner Adam Silver and San Antonio Spurs owner Peter Holt": where a
        post opens the run, a name of two words or more follows it, and the words after "and"
        qualify the post right after the run, the titled name ends at "and" (its index)."""
        opened = _PERSON_TITLE_TRIE.longest_from(self.tokens, first)
        if opened is None or last >= len(self.tokens) or self.tokens[last].capitalised:
            return None
        if _PERSON_TITLE_TRIE.longest_from(self.tokens, last) is None:
            return None
        joint = next((i for i in range(last - 2, first, -1) if self.tokens[i].text == "and"), None)
        if (
            joint is None
            or joint - opened[1] < 2
            or not all(token.capitalised for token in self.tokens[opened[1] : joint])
            or not all(token.capitalised for token in self.tokens[joint + 1 : last])
        ):
            return None
        return joint

    def consider_name(self, first: int, last: int, sentence) -> None:
        if first >= last:
            return
        if self.tokens[first].text.replace(".", "") in _SHIP_PREFIXES:
            return  # "H.M.S. Pearl fired a salute", "the USS Missouri": a ship, no actor
        if self.names_a_government_after_its_leader(first, last):
            return  # the state he led, read by match_governments, not a new body
        if self.names_a_states_government(first, last):
            crown = self.crown_government_at(last - 1)
            if crown is not None:
                # read here, before "the Queen" alone is taken for a ruler
                state = self.country_ref(CROWN_COUNTRY, crown, last)
                self.add(crown, last, self.recorded_government(state), "country")
            return  # else the state, read by match_demonyms, match_capitals, match_governments
        if self.opens_with_a_describing_adjective(first, last, sentence):
            first += 1  # "Ultranationalist Vladimir Zhirinovsky": the adjective is lower case
        leaning = self.leaning_before_the_name(first, last)
        if leaning is not None:
            # "the small Christian Democratic-oriented Civic Union": the party is named after
            # the words of its leaning
            self.consider_name(leaning + 1, last, sentence)
            return
        if last - first >= 2 and _SEATED_COMPOUND.fullmatch(self.tokens[first].text):
            # "Toronto-based Kestrel Resources": where a body sits, an adjective before its
            # name, capitalised for the place's sake; no word of the name (tune55e)
            self.consider_name(first + 1, last, sentence)
            return
        rank_end = self.plural_rank_opening(first, last)
        if rank_end is not None:
            # "Foreign Ministers Masayoshi Ohira and Chi Peng-fei also signed": the names
            # after the post in the plural, each read on its own (`_LISTED_AFTER_A_PLURAL_RANK`)
            self.consider_name(rank_end, last, sentence)
            return
        people = self.people_of_places_after_a_plural_rank(first, last)
        if people:
            # "Sens. J.D. Vance of Ohio, Josh Hawley of Missouri and Marco Rubio of Florida":
            # the people a rank in the plural lists, each with the place he sits for; the place
            # (no country) is where he comes from, no party
            for part_first, part_last in people:
                self.consider_name(part_first, part_last, sentence)
            return
        parts = self.names_joined_by_and(first, last)
        if parts:
            for part_first, part_last in parts:
                self.consider_name(part_first, part_last, sentence)
            return
        joint = self.titled_name_before_a_qualified_post(first, last)
        if joint is not None:
            self.consider_name(first, joint, sentence)
            return
        if self.led_coalition(first, last):
            return
        knight = self.knight_named_before(first, last)
        if knight is not None:
            # "Sir Louis" after "Sir Louis Mbanefo": the honorific and the given name of a
            # knight named in full before
            self.add(first, last, knight, "surname")
            return
        recorded = self.body_recorded_with_its_state(first, last)
        if recorded is not None:
            # "Pakistan's National Assembly" for the recorded "National Assembly of Pakistan"
            self.add(first, last, f"actor:{recorded}", "name")
            return
        recorded = self.body_recorded_with_its_place(first, last)
        if recorded is not None:
            # "the Miners' Federation" for the recorded "Miners' Federation of Great Britain"
            self.add(first, last, f"actor:{recorded}", "name")
            return
        if last - first >= 3 and self.number_of_a_body(last - 1, first):
            # "Union No. 1 countered": a body numbered among its like, a local one
            self.add_new(first, last, Actor.Kind.OTHER, titled=False)
            return
        if (
            self.tokens[last - 1].text == "No"
            and last < len(self.tokens)
            and self.tokens[last].text.isdigit()
            and self.text[self.tokens[last - 1].end : self.tokens[last].start] == ". "
        ):
            return  # "outside Fisher No. 2": a numbered plant or gate, no party
        if self.qualifies_a_thing(first, last):
            return  # "in a U.N. tent", "a U.N. transitional administration": no party named
        if self.is_a_recorded_venue(first, last):
            return  # "signed at the International Conference Centre": where, not who
        words = [word for token in self.tokens[first:last] for word in token.words]
        if tuple(words[-2:]) in _NEWS_AGENCY_ENDINGS:
            return  # "a statement carried by the official Saudi Press Agency": a medium
        if self.party_of_its_leader(first, last):
            return
        if self.body_and_its_person(first, last, sentence):
            return
        if self.person_and_his_body(first, last, sentence):
            return
        if last - first == 1 and _ATTRIBUTIVE_COMPOUND.search(self.tokens[first].text):
            return  # "Islamic-led opposition leader", "Kabul-based analyst": an adjective
        if self.names_a_region(first, last):
            return  # "the Middle East", "the West Bank", "the West African bloc"
        # A country or demonym before a post: "Emirati Foreign Minister Sheikh ...".
        country = self.gazetteer.countries.longest_from(self.tokens, first)
        if (
            country is not None
            and not self.tokens[country[1] - 1].possessive
            and (
                self.tokens[last - 1].words[-1] in _ORG_HEADS
                # "the Syrian Observatory for Human Rights"
                or self.body_head_before_of(country[1], last) is not None
                # "the Ecuadorean Episcopal Conference" (tune41q)
                or self.names_a_church_conference(country[1], last)
            )
            and not any(
                _PERSON_TITLE_TRIE.longest_from(self.tokens, position)
                for position in range(country[1], last)
            )
        ):
            # "the Palestinian Authority", "the Syrian Democratic Forces": the demonym is part
            # of the body's name, not a state qualifying a post
            country = None
        if country is not None and country[1] < last:
            if self.tokens[country[1] - 1].possessive:
                # "Zimbabwe's Emmerson Mnangagwa", "Saudi Arabia's King Abdullah"
                code = country[2][0]
                self.add(first, country[1], self.country_ref(code, first, country[1]), "country")
            first = country[1]
        shortened = self.recorded_group_shortened(first, last)
        if shortened is not None:
            self.add(first, last, shortened, "anaphor")
            return
        shortened = self.recorded_body_without_its_first_words(first, last)
        if shortened is not None:
            self.add(first, last, shortened, "name")
            return
        known = self.known_new_ref(first, last)
        if known is not None:
            self.add(first, last, known, "new")
            return
        if self.tokens[last - 1].words[-1] in _ORG_HEADS and self.body_of_a_named_parent(
            first, last
        ):
            return
        words = [word for token in self.tokens[first:last] for word in token.words]
        if last - first == 1 and words[0] in _LEGISLATURES and self.legislature(first, last):
            return
        if (
            _names_no_actor(words)
            and " ".join(words) not in _COUNTRY_NAMES
            and not self.body_of_a_country(first, last)
            and not self.body_called_by_its_head(first, last)
        ):
            return  # "the Black Sea", but "Ivory Coast", "Solomon Islands" are states
        # An organisation keeps the post-like words of its name ("General Intelligence
        # Directorate").
        head = self.tokens[last - 1].words[-1]
        if (
            head in _SEATS
            and last - first > 1
            and not self.text[self.tokens[last - 1].end :].startswith(" of ")
            # "The White House said": the office that sits there, speaking as a body
            and not _A_SEAT_SPEAKS.match(self.text, self.tokens[last - 1].end)
        ):
            return  # "the White House", "Downing Street", "the Elysee Palace": where one sits
        if self.qualifies_an_unnamed_person(first, last):
            return  # "a State Department official said": an unnamed person, not the body
        if self.qualifies_a_named_spokesman(first, last):
            return  # "State Department spokesman Sean McCormack said": the man speaks
        if self.names_a_seat(first, last, head):
            return  # "signed in the Kremlin", "a letter delivered in the Oval Office"
        if _DESCRIBED_AS_A_BUILDING.match(self.text, self.tokens[last - 1].end):
            return  # "at Himachal Bhavan, the state governor's residence": where, not who
        if self.names_a_union_of_workers(first, last):
            # "the United Textile Workers of America", "the Industrial Workers of the World":
            # a trade union named after its members
            self.add_new_body_of_a_post(first, last)
            return
        if self.names_a_church_conference(first, last):
            # "the Episcopal Conference of Colombia", "the All Africa Conference of Churches": a
            # standing body of bishops or churches, where "Conference" alone names a meeting
            self.add_new_body_of_a_post(first, last)
            return
        if head in _ORG_HEADS and last - first > 1:
            if self.body_to_be_set_up(first):
                return
            if last < len(self.tokens) and self.tokens[last].text.lower() in _BUILDING_NOUNS:
                return  # "at the Pan American Union building here": where, not who
            self.add_new(first, last, self.organization_kind(first, last), titled=False)
            return
        body_head = self.body_head_before_of(first, last)
        if body_head is not None:
            # "the Catholic Community of Sant'Egidio", "the Supreme Council of the Armed
            # Forces": a body's head word before "of" names a body, whatever follows
            kind = _LEADING_ORG_HEADS.get(body_head) or _ORG_HEADS[body_head]
            of = next(i for i in range(first + 1, last) if self.tokens[i].text in _BODY_LINKS)
            if self.lists_members(of + 1, last):
                # "the Troika of Norway, Britain and the US": its members, not its name
                last = of
            self.add_new(first, last, kind, titled=False)
            return
        ending_post = _PERSON_TITLE_TRIE.longest_from(self.tokens, last - 1)
        if ending_post is not None and self.names_a_portfolio(first, last - 1):
            return  # "Justice and Human Rights Minister" between a recorded state and name
        if self.post_before_a_person(first, last, sentence):
            return
        # A post inside the run ("UN Secretary-General Antonio Guterres"): the name follows
        # it; what precedes it names the body, on its own evidence.
        for position in range(last - 2, first, -1):
            match = _PERSON_TITLE_TRIE.longest_from(self.tokens, position)
            if match is not None and match[1] < last:
                # The whole post, not its last word: "Prime Minister", not "Minister".
                while (
                    position - 1 > first
                    and (longer := _PERSON_TITLE_TRIE.longest_from(self.tokens, position - 1))
                    is not None
                    and longer[1] >= match[1]
                ):
                    position -= 1
                # "X and Lieutenant-General Sir Hugh Gough": a rank before the knight's
                # honorific opens the post too, so the name before ends ahead of both
                while (
                    position - 1 > first
                    and (rank := _PERSON_TITLE_TRIE.longest_from(self.tokens, position - 1))
                    is not None
                    and rank[1] == position
                ):
                    position -= 1
                # "X and Acting Labor Secretary Y": "and" before a word that opens a post
                # ends the name before; no portfolio is "acting" or "former"
                opening = next(
                    (
                        i
                        for i in range(first + 1, position - 1)
                        if self.tokens[i].text.lower() == "and"
                        and self.tokens[i + 1].text.lower() in _POST_OPENERS
                    ),
                    None,
                )
                if opening is not None:
                    self.consider_name(first, opening, sentence)
                elif not self.names_a_portfolio(first, position):
                    # "Graca Machel and Prime Minister ...": the name before, without "and";
                    # "Tomas Varga and Health Minister ...": nor the second post's portfolio
                    end = self.portfolio_after_and(first, position) or position
                    while end > first + 1 and self.tokens[end - 1].text.lower() in ("and", "of"):
                        end -= 1
                    self.consider_name(first, end, sentence)
                first = position
                break
        # A post before the name: "Prime Minister", "Hamas political chief".
        titled = False
        title_first = first
        title = _PERSON_TITLE_TRIE.longest_from(self.tokens, first)
        if title is not None and (kind := self.body_opened_by_general(first, last)):
            # "the General Confederation of Labor", "General Motors": a body's or a firm's
            # name, no general's rank before a man's
            self.add_new(first, last, kind, titled=False)
            return
        while title is not None and title[1] < last:
            titled = True
            first = title[1]
            title = _PERSON_TITLE_TRIE.longest_from(self.tokens, first)
        if title is not None and title[1] >= last:
            return  # a post alone ("President")
        if titled and self.courtesy_title_names_a_place(title_first):
            return  # "loaded at Ras Tanura", "the port of Ras Lanuf": a cape's name, no man's
        if (
            titled
            and self.tokens[first].text == "of"
            and 4 <= last - first <= 6
            and all(token.capitalised for token in self.tokens[first + 1 : last])
            and self.tokens[first + 1].text.lower() not in FUNCTION_WORDS
            and not self.tokens[first + 1].possessive
        ):
            # "Secretary of Labor Lewis B. Schwellenbach": a one-word portfolio after "of",
            # then the holder's name of two words or more
            first += 2
        if titled and self.tokens[first].text in ("for", "of", "to"):
            return  # "Assistant Secretary of State for Far Eastern Affairs": a post's complement
        if not titled:
            title_first = self.post_ending_at(first)
            titled = title_first is not None
        if titled:
            # "Archbishop Tomas Ferreira of Nampula": a person's name ends before "of"; the
            # place or body after it is the post's complement.
            of = next((i for i in range(first + 2, last) if self.tokens[i].text == "of"), None)
            if of is not None:
                last = of
        words = [word for token in self.tokens[first:last] for word in token.words]
        normal = " ".join(words)
        if (
            not normal
            or normal in _DEMONYMS
            or all(word in _DEMONYMS or word in FUNCTION_WORDS for word in words)
        ):
            return
        if any(
            place.start <= self.tokens[first].start < place.end
            # "the presidents of Mexico, Colombia and Costa Rica": a country recorded as a
            # place is still the state where it does not say where
            and not (normal in _COUNTRY_NAMES and not self.names_a_place(first))
            for place in self.document.places
        ):
            return
        if titled and len(words) == 1:
            # "President Clinton": the recorded holder of that post with that surname.
            holder = self.holder_by_surname(title_first, first, words[0])
            if holder is not None:
                self.add(title_first, last, holder, "title")
                return
        if titled and len(words) <= 2:
            # "Walter Eytan ... Mr. Eytan", "Col. Mohammed Seif el-Dine ... Colonel Seif
            # el-Dine", "President Mohammad Ayub Khan ... President Ayub": a title before part
            # of a person's name the article gave in full is that person again
            named = self.person_named_in_full(first, last)
            royal = self.royal_title_before(first, last)
            if (
                named is not None
                and royal is not None
                and not normalize_name(self.actor_name(named)).startswith(
                    normalize_name(royal) + " "
                )
            ):
                # "King George" after "Lloyd George": a ruler's title before one name calls
                # the ruler by his own name, not a commoner by his surname (tune40h)
                named = None
            if named is not None:
                self.add(first, last, named, "surname")
                return
        if normal in _COUNTRY_NAMES:
            if self.divided_among_recorded_states(normal):
                return  # "an armistice for Vietnam" between two recorded "... of Vietnam"
            if not self.names_a_place(first) and not self.qualifies_a_common_noun(first, last):
                self.add(
                    first, last, self.country_ref(_COUNTRY_NAMES[normal], first, last), "country"
                )
            return
        if self.gazetteer.proposal_names.matches(self.tokens[first:last]):
            return
        written = self.written(first, last)
        if _is_acronym(written) and self.qualifies_a_noun(last):
            return  # "the UN special envoy", "the U.N. safe area": an attribute, not a party
        if normal not in _COUNTRY_NAMES and self.named_as_a_place(first, last):
            return  # "a government offensive in the Wadi Barada valley": a place
        shortened = self.recorded_person_shortened(first, last)
        if shortened is not None:
            self.add(first, last, shortened, "name")
            return
        if last - first == 1 and words[-1] in _PROPER_HEADS and self.noun_follows(last):
            return  # "a Kremlin plan", "the Kremlin administration": a qualifier, no party
        if not titled and self.people_of_a_place(first, last):
            # "The Inuit of Povungnituk and Ivujivik, who rejected it": a people of a place
            self.add_new(first, last, Actor.Kind.OTHER, titled=False)
            return
        if not titled and self.people_named_before_people(first, last):
            # "The Krenak people accepted": a people named by its own word, then "people"
            self.add_new(first, last + 1, Actor.Kind.OTHER, titled=False)
            return
        kind = self.guess_kind(first, last, titled)
        if kind is None:
            return
        head = self.tokens[last - 1].words[-1]
        if (
            kind == Actor.Kind.PERSON
            and not titled
            and last - first > 1
            and _PLURAL_OF_A_PARTYS_MEMBERS.fullmatch(head)
        ):
            # "the Left Socialist Revolutionaries, who sit in the government, said": a party
            # named by the plural of its members, never one person (tune47d)
            kind = Actor.Kind.POLITICAL_MOVEMENT
        if kind == Actor.Kind.PERSON and not titled and self.after_an_indefinite_article(first):
            return  # "Rubio, a Florida Republican": a kind of person, not a person's name
        if kind == Actor.Kind.PERSON and not titled and last - first == 1:
            # "Hochstein, a senior adviser at the State Department," after "US mediator Amos
            # Hochstein": a surname told as a person's is the one the article named in full
            named = self.person_named_in_full(first, last)
            if named is not None:
                self.add(first, last, named, "surname")
                return
        self.add_new(first, last, kind, titled)

    def plural_rank_opening(self, first: int, last: int) -> int | None:
        """The index of the first name after a post in the plural opening the run ("Foreign
        Ministers Masayoshi Ohira and ...", "Senators Josh Hawley and ..."), if one does."""
        rank = _PLURAL_RANK_OPENING.match(self.text, self.tokens[first].start)
        if (
            rank is None
            # "the Foreign Ministers Conference": a body named after the post, no holders
            or (first > 0 and self.tokens[first - 1].text.lower() == "the")
            or self.tokens[last - 1].words[-1] in _ORG_HEADS
        ):
            return None
        index = _token_index_at(self.tokens, rank.end())
        return index if first < index < last else None

    def people_of_places_after_a_plural_rank(self, first: int, last: int) -> list[tuple[int, int]]:
        """The names in a run a rank in the plural lists before it, each of two or three words
        and each followed by "of" and a place that is no country ("J.D. Vance of Ohio", "Josh
        Hawley of Missouri and Marco Rubio of Florida" after "Sens."); nothing where a place is
        a country ("Presidents Jamil Mahuad of Ecuador and ...": the states are read too)."""
        start = self.tokens[first].start
        if not _LISTED_AFTER_A_PLURAL_RANK.search(self.text, max(0, start - 80), start):
            return []
        sides, side_first = [], first
        for index in range(first, last + 1):
            if index == last or self.tokens[index].text.lower() == "and":
                sides.append((side_first, index))
                side_first = index + 1
        people = []
        for side_first, side_last in sides:
            of = next(
                (i for i in range(side_first, side_last) if self.tokens[i].text == "of"), None
            )
            if (
                of is None
                or not 2 <= self.people_word_count(side_first, of) <= 3
                or not 1 <= side_last - of - 1 <= 2
            ):
                return []
            place = " ".join(w for token in self.tokens[of + 1 : side_last] for w in token.words)
            if place in _COUNTRY_NAMES or self.tokens[side_last - 1].words[-1] in _ORG_HEADS:
                return []
            people.append((side_first, of))
        return people

    def names_a_states_government(self, first: int, last: int) -> bool:
        """ "The French Government", "the Moscow Government", "the Government of Italy", "Her
        Majesty's Government": a state's government named by the state's adjective, name or
        capital, or by its crown, is the state (or its government recorded as a body of its
        own), as "the French government" in lower case is; not a new body. Not a government
        named for more than its state ("the Royal Lao Government", "the Provisional Government
        of the Algerian Republic") or for none ("the Government of National Unity")."""
        if last - first < 2:
            return False
        if self.tokens[last - 1].text == "Government":
            before = (
                self.gazetteer.countries.longest_from(self.tokens, first),
                _CAPITAL_TRIE.longest_from(self.tokens, first),
            )
            if any(match is not None and match[1] == last - 1 for match in before):
                return True
            return self.crown_government_at(last - 1) is not None
        return (
            self.tokens[first].text == "Government"
            and first > 0
            and self.tokens[first - 1].text.lower() == "the"
            and self.tokens[first + 1].text == "of"
            and (named := self.country_named_at(first + 2)) is not None
            and named[1] == last
        )

    def names_a_government_after_its_leader(self, first: int, last: int) -> bool:
        """ "the Government of President Luis M. Sanchez Cerro": a government named in capitals
        after a recorded person who holds, or held before the publication date, a post of a
        recorded state is that state's, as "the government of President X" is; not a new body
        (nor "the Government of National Unity", named for what it is for)."""
        return (
            last - first >= 3
            and first > 0
            and self.tokens[first - 1].text.lower() == "the"
            and self.tokens[first].text == "Government"
            and self.tokens[first + 1].text == "of"
            and self.state_of_the_holder_at(first + 2, or_held=True) is not None
        )

    def crown_government_at(self, index: int) -> int | None:
        """ "Her Majesty's Government", "the King's Government" (the token `index` is
        "Government"): the phrase's first token, where the state whose crown names it is
        recorded or the article names it ("Britain", "British ports"); else None (a crown the
        article ties to no state it names is no reading of it)."""
        if index < 2 or not self.tokens[index - 1].possessive:
            return None
        if index + 1 < len(self.tokens) and self.tokens[index + 1].text == "of":
            return None  # "His Majesty's Government of Nepal": the crown of the state named
        crown = self.tokens[index - 1]
        if crown.text.lower() not in CROWN_WORDS or not crown.capitalised:
            return None
        before = self.tokens[index - 2].text.lower()
        if before not in (("her", "his") if crown.text.lower() == "majesty" else ("the",)):
            return None
        if self.gazetteer.state_of_country(CROWN_COUNTRY) is None and not any(
            CROWN_COUNTRY in codes for _, _, codes in self.gazetteer.countries.matches(self.tokens)
        ):
            return None
        return index - 2 if before in ("her", "his") else index - 1

    def country_named_at(self, index: int) -> tuple[int, int, str] | None:
        """The first token, the token past and the country code of a country's whole name
        written from token `index` ("Italy", "the United Kingdom"), where no other capitalised
        word goes on with the name; else None."""
        if index < len(self.tokens) and self.tokens[index].text.lower() == "the":
            index += 1
        if index >= len(self.tokens):
            return None
        match = self.gazetteer.countries.longest_from(self.tokens, index)
        if match is None:
            return None
        last = match[1]
        name = " ".join(word for token in self.tokens[index:last] for word in token.words)
        if name not in _COUNTRY_NAMES:
            return None  # "the Government of the Algerian Republic": a demonym, more to come
        if last < len(self.tokens) and self.tokens[last].capitalised:
            return None
        return index, last, _COUNTRY_NAMES[name]

    def add_new_body_of_a_post(self, first: int, last: int) -> None:
        """A new body; "Luis Cabrera, president of the Ecuadorean Episcopal Conference, met
        ...": one named in the post of a person just named is read in passing, so that the
        meetings and signals read the person, not the body his post belongs to."""
        self.add_new(first, last, Actor.Kind.OTHER, titled=False)
        before = self.text[max(0, self.tokens[first].start - 60) : self.tokens[first].start]
        if _POST_OF_A_BODY_BEFORE.search(before):
            self.bodies_in_passing.add((first, last))

    def names_a_union_of_workers(self, first: int, last: int) -> bool:
        """Whether the run names a trade union by its members: a capitalised "Workers" or
        "Employees" after "United" in the run, or before "of" ("the United Auto Workers",
        "the Industrial Workers of the World"; not "the Mexican Workers", people)."""
        for index in range(first + 1, last):
            token = self.tokens[index]
            if not token.capitalised or token.text not in _MEMBERS_A_UNION_IS_NAMED_AFTER:
                continue
            if any(t.text == "United" for t in self.tokens[first:index]):
                return True
            if index + 1 < len(self.tokens) and self.tokens[index + 1].text == "of":
                return True
        return False

    def names_a_church_conference(self, first: int, last: int) -> bool:
        """Whether the run names a conference of bishops or of churches: "Conference" after
        "Episcopal" or "Bishops'", or before "of Churches" or "of Bishops" (not "the Paris
        Conference", a meeting)."""
        words = [word for token in self.tokens[first:last] for word in token.words]
        return any(
            word == "conference"
            and (
                (position > 0 and words[position - 1] in _CONFERENCE_OF_THE_CHURCH_BEFORE)
                or (
                    words[position + 1 : position + 2] == ["of"]
                    and words[-1] in _CONFERENCE_OF_THE_CHURCH_AFTER
                )
            )
            for position, word in enumerate(words)
        )

    def body_called_by_its_head(self, first: int, last: int) -> bool:
        """ "The Alliance said it would support the bill": a body's head word alone, in
        capitals after "the", that speaks of itself as "it" is the name the body goes by (not
        "the alliance", nor "the Alliance's members")."""
        return (
            last - first == 1
            and first > 0
            and self.tokens[first - 1].text.lower() == "the"
            and self.tokens[first].words[0] in _ORG_HEADS
            and not self.tokens[first].possessive
            and bool(_SAYS_OF_ITSELF_AFTER.match(self.text, self.tokens[first].end))
        )

    def divided_among_recorded_states(self, country: str) -> bool:
        """Whether two recorded states or more, and none by that bare name, are named "... of
        <country>" ("State of Vietnam", "Democratic Republic of Vietnam"): the bare name is
        the land they divide, no party of its own."""
        if self.gazetteer.state_of_country(_COUNTRY_NAMES[country]) is not None:
            return False
        halves = [
            actor
            for actor in self.gazetteer.actors.values()
            if actor.kind == Actor.Kind.STATE
            and normalize_name(actor.name).endswith(f" of {country}")
        ]
        return len(halves) >= 2

    def leaning_before_the_name(self, first: int, last: int) -> int | None:
        """The last token of the run, before its final one, that is an adjective of leaning
        ("Democratic-oriented", "Marxist-inspired", "Moscow-leaning"), which no name holds."""
        for index in range(last - 2, first - 1, -1):
            if _LEANING_COMPOUND.search(self.tokens[index].text):
                return index
        return None

    def opens_with_a_describing_adjective(self, first: int, last: int, sentence) -> bool:
        """ "Ultranationalist Vladimir Zhirinovsky, whose party ..., called it": a sentence may
        open with an adjective in "-ist" that describes the person named after it, written in
        capitals only because it opens the sentence. Two or three capitalised words must
        follow, naming no body ("Communist Party leaders" is a name)."""
        opening = self.tokens[first]
        return (
            # "jailed Islamist Hassan al-Turabi": after a lower-case word, too
            (first == sentence.first_token or self.tokens[first - 1].text.islower())
            and 3 <= last - first <= 4
            and re.fullmatch(r"[A-Z][a-z]{3,}ist", opening.text) is not None
            and all(token.capitalised for token in self.tokens[first + 1 : last])
            and not any(
                word in _ORG_HEADS or word in _PLACE_HEAD_FORMS
                for token in self.tokens[first + 1 : last]
                for word in token.words
            )
        )

    def body_to_be_set_up(self, first: int) -> bool:
        """A body the accord creates, no party yet: "setting up the Indus Basin Development
        Fund", "to establish a Joint Monitoring Commission", "A permanent Indus Commission,
        with a commissioner from each country, will meet"."""
        before = self.text[max(0, self.tokens[first].start - 40) : self.tokens[first].start]
        return bool(
            re.search(
                r"\b(?:set(?:ting|s)?\s+up|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing))\s+"
                r"(?:the|a|an)\s+(?:new\s+)?$",
                before,
                re.IGNORECASE,
            )
            # "His memorandum proposes a National Wages Board": a body only proposed (tune51f)
            or re.search(r"\bpropos(?:e|es|ed|ing)\s+(?:a|an)\s+(?:new\s+)?$", before)
            or re.search(r"(?:^|[.!?]\s+|\n)An?\s+(?:permanent|joint|new)\s+$", before)
        )

    def after_an_indefinite_article(self, first: int) -> bool:
        return first > 0 and self.tokens[first - 1].text.lower() in ("a", "an")

    def recorded_person_shortened(self, first: int, last: int) -> str | None:
        """ "Sheikh Hamad bin Jassim" after "Sheikh Hamad bin Jassim al-Thani": a later mention
        drops the end of a long name the article gave before. The leading words (two or more)
        of one recorded person's name only, of a person the article has already named."""
        words = [word for token in self.tokens[first:last] for word in token.words]
        if len(words) < 2 or words[-1] in _NAME_CONNECTORS:
            return None
        refs = {
            f"actor:{actor_id}"
            for name, named in self.gazetteer.actors_by_name.items()
            if len(name.split()) > len(words) and name.split()[: len(words)] == words
            for actor_id in named
        }
        if len(refs) != 1:
            return None
        ref = refs.pop()
        if ref not in self.mentioned_refs or self.kind_of(ref) != Actor.Kind.PERSON:
            return None
        return ref

    def named_as_a_place(self, first: int, last: int) -> bool:
        """A name the article writes, here or elsewhere, before a lower-case noun of place
        ("the Wadi Barada valley", "the Kachin region", "the Ogaden area"): a place."""
        written = self.written(first, last)
        # Each occurrence is tried in place: a pattern compiled for each name cost the drafting
        # of a folder of articles several seconds.
        start = self.text.find(written)
        while start != -1:
            if (
                start == 0 or not _WORD_OR_HYPHEN.match(self.text, start - 1)
            ) and _PLACE_NOUN_FOLLOWS.match(self.text, start + len(written)):
                return True
            start = self.text.find(written, start + 1)
        return False

    def named_after_plural_post(self, first: int, last: int) -> bool:
        """ "two judges, Ismail Ali and Peter Smit", "its mediators, A and B": two names joined
        by "and" after a plural post and a comma are people's."""
        before = self.text[max(0, self.tokens[first].start - 80) : self.tokens[first].start]
        after = self.text[self.tokens[last - 1].end : self.tokens[last - 1].end + 40]
        if _PLURAL_POST_AND_COMMA.search(before) and re.match(r"\s+and\s+[A-Z]", after):
            return True
        # "the three commissioners named by the government, A, B and C", "the leaders of the
        # regions, A of X and B of Y": each name of a list of names after a plural post
        wider = self.text[max(0, self.tokens[first].start - 200) : self.tokens[first].start]
        listed = _PEOPLE_LISTED_BEFORE.search(wider)
        if listed is not None and _PLURAL_POST_AND_COMMA.search(wider[: listed.start()]):
            after = self.text[self.tokens[last - 1].end : self.tokens[last - 1].end + 120]
            if re.search(r"\band\s+$", listed.group()):
                return _LIST_OF_PEOPLE_ENDS.match(after) is not None
            return _PEOPLE_LISTED_AFTER.match(after) is not None
        # "Ernest Wamba dia Wamba and": the name before may hold a lower-case particle
        second = re.search(r"(?:[A-Z][\w.’'-]*\s+(?:(?!and\b)[a-z]{2,3}\s+)?){1,4}and\s+$", before)
        return (
            second is not None
            and _PLURAL_POST_AND_COMMA.search(before[: second.start()]) is not None
            and re.match(r"\s*[,.;]", after) is not None
        )

    def post_before_a_person(self, first: int, last: int, sentence) -> bool:
        """ "former U.N. Secretary-General Kofi Annan", "AU Commission Chairperson Moussa
        Faki": a post that ends the run just before a person's name is that person's, and the
        words before it name his body only on their own evidence."""
        following = self.mention_starting_at(last)
        if following is None or self.kind_of(following.ref) != Actor.Kind.PERSON:
            return False
        for position in range(first + 1, last):
            match = _PERSON_TITLE_TRIE.longest_from(self.tokens, position)
            if match is not None and match[1] == last:
                if not self.names_a_portfolio(first, position):
                    # "X and Defence Minister Y": the name before, without "and"
                    end = position
                    while end > first + 1 and self.tokens[end - 1].text.lower() == "and":
                        end -= 1
                    self.consider_name(first, end, sentence)
                return True
        return False

    def recorded_group_shortened(self, first: int, last: int) -> str | None:
        """ "the Albanians" for the "Kosovo Albanians" the article named, "the Tigers" for the
        "Tamil Tigers": a group called by the last word of a recorded actor's name or alias
        that the article names, where only one such name ends with the word."""
        if last - first != 1 or first == 0 or self.tokens[first - 1].text.lower() != "the":
            return None
        word = self.tokens[first].words[-1]
        if not word.endswith("s"):
            return None  # a group is named in the plural, not "the Front" (match_head_words)
        ids = {
            actor_id
            for name, named in self.gazetteer.actors_by_name.items()
            if len(name.split()) > 1 and name.split()[-1] == word
            for actor_id in named
        }
        if len(ids) != 1:
            return None
        ref = f"actor:{ids.pop()}"
        if ref not in self.mentioned_refs or self.kind_of(ref) in (
            Actor.Kind.PERSON,
            Actor.Kind.STATE,
        ):
            return None
        return ref

    def recorded_body_without_its_first_words(self, first: int, last: int) -> str | None:
        """ "Coal Board chairman Ian MacGregor" after "The National Coal Board signed": two or
        more capitalised words ending on a body's head word that end the name of one recorded
        body the article names, its first words left off (tune51f)."""
        words = [word for token in self.tokens[first:last] for word in token.words]
        if len(words) < 2 or words[-1] not in _ORG_HEADS:
            return None
        if first > 0 and self.tokens[first - 1].capitalised:
            return None  # "Armenia's National Assembly": the words before qualify it
        refs = {
            f"actor:{actor_id}"
            for name, named in self.gazetteer.actors_by_name.items()
            if len(name.split()) > len(words) and name.split()[-len(words) :] == words
            for actor_id in named
        }
        if len(refs) != 1:
            return None
        ref = refs.pop()
        if ref not in self.mentioned_refs or self.kind_of(ref) in (
            Actor.Kind.PERSON,
            Actor.Kind.STATE,
        ):
            return None
        return ref

    def body_of_a_named_parent(self, first: int, last: int) -> bool:
        """ "the U.N. Security Council", "the AU Commission": a body named right after the
        organisation it belongs to is the body itself, named with its parent's name, and not
        the parent ("the UN's envoy", with a possessive, is the parent's)."""
        parent = self.mention_ending_at(first)
        if parent is None or not self.is_parent_organization(parent, first):
            return False
        self.remove_mention(parent)
        name = " ".join(
            [
                self.actor_name(parent.ref),
                self.written(first, last),
            ]
        )
        kind = self.organization_kind(first, last)
        start = parent.first_token
        self.add(start, last, self.new_ref(name, kind, start, last), "new")
        return True

    def is_parent_organization(self, mention: Mention, following: int) -> bool:
        """A recorded organisation (not a state, a person or a place) written just before
        token `following`, as one name with it: no possessive, no punctuation between."""
        if mention.via != "name" or ":new:" in mention.ref:
            return False
        if self.kind_of(mention.ref) in (Actor.Kind.STATE, Actor.Kind.PERSON):
            return False
        if normalize_name(self.actor_name(mention.ref)) in _COUNTRY_NAMES:
            return False
        before = self.tokens[following - 1]
        return not before.possessive and self.text[before.end : self.tokens[following].start] == " "

    def remove_mention(self, mention: Mention) -> None:
        self.mentions.remove(mention)
        if not any(other.ref == mention.ref for other in self.mentions):
            self.mentioned_refs.remove(mention.ref)

    def legislature(self, first: int, last: int) -> bool:
        """ "an amnesty law passed by Congress", "urged the U.S. Congress", "Parliament must
        ratify it": a state's legislature named by its head word alone, the state's named right
        before it, else the state the article names most. Not where it qualifies a post or a
        noun ("Senate President Franklin Drilon", "Congress members")."""
        if (
            not self.legislature_acts(first)
            and (
                last >= len(self.tokens) or self.tokens[last].text.lower() not in _LEGISLATURE_NEXT
            )
            and not self.agent_ending_a_clause(first, last)
        ):
            return False  # "a former U.S. Senate majority leader", "Senate President X"
        word = self.tokens[first].text
        before = self.mention_ending_at(first)
        start = first
        if before is not None and self.is_state(before.ref):
            state, start = before.ref, before.first_token
            name = f"{self.actor_name(state)} {word}"
        else:
            state = (
                state_named_most(self.mentions, self.is_state) or self.state_of_a_government_named()
            )
            if state is None:
                self.legislatures_without_a_state.append((first, last))
                return False
            name = f"{word} of {self.actor_name(state)}"
        # the legislature as recorded, whichever usual name it has ("Colombia's Congress" for
        # the recorded "Congress of Colombia")
        code = self.country_code_of(state)
        usual = legislature_names(code, word.lower()) if code else []
        recorded = self.gazetteer.actor_named([name, *usual])
        if recorded is not None:
            self.add(start, last, f"actor:{recorded}", "name")
        else:
            self.add(
                start, last, self.new_ref(name, Actor.Kind.GOVERNMENT_BODY, start, last), "new"
            )
        return True

    def match_legislatures_of_a_state_named_later(self) -> None:
        """ "The Bolivian government cancelled the contract ... Congress has yet to act": a bare
        legislature read before the article's state was named by a name is the legislature of
        the state its government or demonym names (`legislature`)."""
        waiting, self.legislatures_without_a_state = self.legislatures_without_a_state, []
        for first, last in waiting:
            if not any(self.covered[first:last]):
                self.legislature(first, last)

    def state_of_a_government_named(self) -> str | None:
        """The recorded state of the first government body the article names ("the Mexican
        government" recorded as "Government of Mexico"), where it names no state itself."""
        for mention in self.mentions:
            if ":new:" in mention.ref or self.kind_of(mention.ref) != Actor.Kind.GOVERNMENT_BODY:
                continue
            country = self.gazetteer.actor(int(mention.ref.split(":")[1])).country
            state = self.gazetteer.state_of_country(country) if country else None
            if state is not None:
                return f"actor:{state}"
        return None

    def agent_ending_a_clause(self, first: int, last: int) -> bool:
        """ "must still be approved by Congress, which ...", "ratified by Parliament.": the
        agent of a passive, with the clause ending after it."""
        return (
            first > 0
            and self.tokens[first - 1].text.lower() == "by"
            and re.match(r"\s*[,.;]", self.text[self.tokens[last - 1].end :]) is not None
        )

    def is_state(self, ref: str) -> bool:
        return self.kind_of(ref) == Actor.Kind.STATE

    def names_a_state(self, ref: str) -> bool:
        """A state, or an actor recorded under a country's name without its kind (a post's
        organisation entered only by name)."""
        return self.is_state(ref) or normalize_name(self.actor_name(ref)) in _COUNTRY_NAMES

    def actor_name(self, ref: str) -> str:
        if ":new:" in ref:
            return self.document.new_actors[ref].name
        return self.gazetteer.actor(int(ref.split(":")[1])).name

    def inside_a_longer_place(self, first: int, last: int) -> bool:
        start, end = self.tokens[first].start, self.tokens[last - 1].end
        return any(
            place.start <= start and end <= place.end and place.end - place.start > end - start
            for place in self.document.places
        )

    def qualifies_an_unnamed_person(self, first: int, last: int) -> bool:
        return (
            first > 0
            and last < len(self.tokens)
            and self.tokens[first - 1].text.lower() in ("a", "an")
            # a spokesman speaks for the body ("a foreign ministry spokesman said")
            and self.tokens[last].text.lower() in UNNAMED_PERSON_NOUNS - _SPOKESPEOPLE
        )

    def qualifies_a_named_spokesman(self, first: int, last: int) -> bool:
        """ "State Department spokesman Sean McCormack": a government department the article
        does not record, written only as part of the post of the spokesman it names, is his
        title; he is the one who speaks (a recorded department is matched before; "a State
        Department spokesman said", with no name, is the department's voice)."""
        head = self.tokens[last - 1].words[-1]
        if _ORG_HEADS.get(head) != Actor.Kind.GOVERNMENT_BODY or last + 2 >= len(self.tokens):
            return False
        post, given, family = self.tokens[last : last + 3]
        return (
            post.text.lower() in _SPOKESPEOPLE
            and given.capitalised
            and family.capitalised
            and given.text.lower() not in FUNCTION_WORDS | _CALENDAR_WORDS
            and self.text[post.end : given.start] == " "
            and self.text[given.end : family.start] in (" ", ". ")
        )

    def qualifies_a_thing(self, first: int, last: int) -> bool:
        """ "a U.N. tent", "an OSCE monitoring mission": a new name between "a" and a noun it
        qualifies names a thing of the body, not the body as a party."""
        return (
            first > 0
            and self.tokens[first - 1].text.lower() in ("a", "an")
            and self.noun_follows(last)
            # "a Foreign Ministry spokesman said": the body speaks through him
            and self.tokens[last].text.lower() not in _SPOKESPEOPLE
        )

    def is_a_recorded_venue(self, first: int, last: int) -> bool:
        """A name the gazetteer records as a location, not a country's ("the International
        Conference Centre"): the place read first."""
        start, end = self.tokens[first].start, self.tokens[last - 1].end
        words = [word for token in self.tokens[first:last] for word in token.words]
        return " ".join(words) not in _COUNTRY_NAMES and any(
            place.location_id is not None and place.start <= start and end <= place.end
            for place in self.document.places
        )

    def qualifies_a_common_noun(self, first: int, last: int) -> bool:
        """ "the Libya model", "the Sudan conflict": a country's name between "the" and a
        noun it qualifies, not the state ("the Gambia said", "the Philippines government")."""
        if first == 0 or last >= len(self.tokens):
            return False
        if self.tokens[first - 1].text.lower() != "the" or self.tokens[last - 1].possessive:
            return False
        return self.noun_follows(last)

    def people_of_a_place(self, first: int, last: int) -> bool:
        """ "The Mohawks of Tyendinaga, who ...", "the Inuit of Povungnituk and Ivujivik, who
        ...": after "the", one capitalised word no body's head or post spells, "of" and one
        place or two joined by "and", then "who": the people of those places, not a person."""
        words = [token.text for token in self.tokens[first:last]]
        return (
            first > 0
            and self.tokens[first - 1].text.lower() == "the"
            and len(words) in (3, 5)
            and words[1] == "of"
            and (len(words) == 3 or words[3] == "and")
            and all(word[:1].isupper() for word in words[::2])
            and self.tokens[first].words[-1] not in _ORG_HEADS
            and _PERSON_TITLE_TRIE.longest_from(self.tokens, first) is None
            and re.match(r",\s+who\b", self.text[self.tokens[last - 1].end :]) is not None
        )

    def people_named_before_people(self, first: int, last: int) -> bool:
        """ "the Krenak people", "the Gurindji people": after "the", one or two capitalised
        words no country's adjective spells, then "people" (or "peoples") name a people."""
        return (
            last - first <= 2
            and first > 0
            and last < len(self.tokens)
            and self.tokens[first - 1].text.lower() == "the"
            and self.tokens[last].text in ("people", "peoples")
            and not self.covered[last]
            and self.text[self.tokens[last - 1].end : self.tokens[last].start] == " "
            and all(token.text[:1].isupper() for token in self.tokens[first:last])
        )

    def noun_follows(self, last: int) -> bool:
        """Whether token `last` is a lower-case word that is no verb, adverb or function word:
        a noun the words before it qualify ("the Libya model", "the Arria Formula meeting")."""
        if last >= len(self.tokens):
            return False
        following = self.tokens[last]
        word = following.text.lower()
        if following.capitalised or self.text[self.tokens[last - 1].end : following.start] != " ":
            return False
        return not (
            word in _STATE_VOICES
            or word in _SPEECH
            or word in _PARTY_VERBS
            or word in CAPITAL_VOICE_VERBS
            or word in _AUXILIARIES
            or word in FUNCTION_WORDS
            or word.endswith(("ed", "ly"))
        )

    def party_of_its_leader(self, first: int, last: int) -> bool:
        """ "the Social Democrats of Hjalmar Branting": a party named by the plural of its
        members, then "of" and the name of the person who leads it (not "the Socialists of
        France", a party and its country)."""
        of = next((i for i in range(first + 1, last - 1) if self.tokens[i].text == "of"), None)
        if of is None or self.tokens[of - 1].words[-1] not in _PARTY_PLURALS:
            return False
        person = self.tokens[of + 1 : last]
        if (
            not 2 <= len(person) <= 3
            or not all(t.capitalised and t.text.lower() not in FUNCTION_WORDS for t in person)
            or any(
                self.gazetteer.countries.longest_from(self.tokens, position)
                or _PERSON_TITLE_TRIE.longest_from(self.tokens, position)
                for position in range(of + 1, last)
            )
            or any(
                word in _ORG_HEADS or word in _PLACE_HEAD_FORMS for t in person for word in t.words
            )
        ):
            return False
        self.add_new(first, of, Actor.Kind.POLITICAL_MOVEMENT, titled=False)
        if not any(self.covered[of + 1 : last]):
            self.add_new(of + 1, last, Actor.Kind.PERSON, titled=False)
        return True

    def body_and_its_person(self, first: int, last: int, sentence) -> bool:
        """ "the Arab League's Ahmed Aboul Gheit", "the African Union's Moussa Faki": a body's
        name in the possessive, then the name of its person (not "Tigray People's Liberation
        Front", whose possessive is inside one name)."""
        for index in range(first, last - 2):
            token = self.tokens[index]
            if not token.possessive or token.words[-1] not in _ORG_HEADS or index == first:
                continue
            rest = [word for t in self.tokens[index + 1 : last] for word in t.words]
            if (
                not 2 <= len(rest) <= 4
                or rest[-1] in _ORG_HEADS
                or rest[-1] in _PLACE_HEADS
                or self.noun_follows(last)
            ):
                return False
            self.consider_name(first, index + 1, sentence)
            if not any(self.covered[index + 1 : last]):
                self.add_new(index + 1, last, Actor.Kind.PERSON, titled=False)
            return True
        return False

    def person_and_his_body(self, first: int, last: int, sentence) -> bool:
        """ "Messali Hadj's Algerian National Movement": a person's name of two or three words in
        the possessive, then the name of the body he leads (not "Sudan People's Liberation
        Movement" or "Kurdistan Workers' Party", whose possessive is inside one name)."""
        for index in range(first + 1, min(first + 3, last - 2)):
            token = self.tokens[index]
            if not token.possessive:
                continue
            owner = [word for t in self.tokens[first : index + 1] for word in t.words]
            rest = [word for t in self.tokens[index + 1 : last] for word in t.words]
            headed = rest[-1] in _ORG_HEADS or _head_then_its_purpose(rest)
            if (
                (not headed and not self.owner_named_in_full(owner, index + 1, last))
                or any(
                    word in _ORG_HEADS or word in _PLACE_HEAD_FORMS or word in _COLLECTIVE_NOUNS
                    for word in owner
                )
                or any(
                    self.gazetteer.countries.longest_from(self.tokens, position)
                    for position in range(first, index + 1)
                )
                or not all(t.capitalised for t in self.tokens[first : index + 1])
            ):
                return False
            self.consider_name(first, index + 1, sentence)
            if not any(self.covered[first : index + 1]):
                self.add_new(first, index + 1, Actor.Kind.PERSON, titled=False)
            if not headed and not any(self.covered[index + 1 : last]):
                # "Warren Buffett's Berkshire Hathaway said": what a person owns is his firm,
                # whatever verb follows (t56a)
                self.add_new(index + 1, last, Actor.Kind.OTHER, titled=False)
            else:
                self.consider_name(index + 1, last, sentence)
            return True
        return False

    def owner_named_in_full(self, owner, first: int, last: int) -> bool:
        """ "Warren Buffett's Berkshire Hathaway said": a name of two or three words opening on
        a common given name, in the possessive, owns the name of two or three words after it
        (tokens `first` to `last`), no place's and no state's, which is read on its own (t56a)."""
        owned = [word for token in self.tokens[first:last] for word in token.words]
        return (
            2 <= len(owner) <= 3
            and owner[0] in _GIVEN_NAMES
            and 2 <= len(owned) <= 3
            and not any(
                word in _PLACE_HEAD_FORMS or word in _PLACE_HEADS or word in _COUNTRY_NAMES
                for word in owned
            )
            and not any(token.possessive for token in self.tokens[first:last])
            and not self.names_a_place(first)
        )

    def names_a_portfolio(self, first: int, last: int) -> bool:
        """ "Indonesia's Justice and Human Rights Minister", "Energy and Water Minister": the
        words before a post that say what it is in charge of, with no country, acronym or
        body's head word among them to name who it belongs to."""
        words = [word for token in self.tokens[first:last] for word in token.words]
        written = self.written(first, last)
        if self.titled_name_before_and(first, last):
            return False  # "Delta State Governor Emmanuel Uduaghan and Defence Minister"
        return (
            (
                "and" in words[:-1]  # "Graca Machel and Prime Minister ...": a name, then a post
                # "Internal Affairs Minister": a portfolio's own last word
                or (bool(words) and words[-1] in _PORTFOLIO_LAST_WORDS)
            )
            and not _is_acronym(written)
            and not any(word in _ORG_HEADS for word in words)
            and not any(token.possessive for token in self.tokens[first:last])
            and not any(
                self.gazetteer.countries.longest_from(self.tokens, position)
                for position in range(first, last)
            )
        )

    def portfolio_after_and(self, first: int, position: int) -> int | None:
        """The token "and" before the portfolio of a post at `position` that the title table
        knows by its last word only ("Tomas Varga and War Minister Imre Kovacs", "X and Labour
        Secretary Y"): one or two capitalised words between "and" and "Minister" or
        "Secretary" say what the second post is in charge of, no part of the first name."""
        if self.tokens[position].text.lower() not in _POSTS_AFTER_A_PORTFOLIO:
            return None
        for width in (1, 2):
            opening = position - width - 1
            if opening <= first or self.tokens[opening].text.lower() != "and":
                continue
            portfolio = self.tokens[opening + 1 : position]
            if all(
                token.capitalised
                and not token.possessive
                and not _is_acronym(token.text)
                and not any(word in _ORG_HEADS for word in token.words)
                for token in portfolio
            ) and not any(
                self.gazetteer.countries.longest_from(self.tokens, index)
                for index in range(opening + 1, position)
            ):
                return opening
        return None

    def titled_name_before_and(self, first: int, last: int) -> bool:
        """ "State Governor Emmanuel Uduaghan and (Defence Minister)": a post, then words after
        it, before "and" are a titled person's name, not the first half of a portfolio ("Justice
        and Human Rights Minister", where no post comes before "and")."""
        joint = next((i for i in range(first, last) if self.tokens[i].text == "and"), None)
        return joint is not None and any(
            (post := _PERSON_TITLE_TRIE.longest_from(self.tokens, position)) is not None
            and post[1] < joint
            for position in range(first, joint)
        )

    def names_a_region(self, first: int, last: int) -> bool:
        """A compass word and a place or its adjective ("Middle East", "West Bank", "West
        African", "Southern Africa"), not a country ("South Sudan", "North Korea") nor a body
        with a head word of its own ("Northern Alliance", "Eastern Front")."""
        words = [word for token in self.tokens[first:last] for word in token.words]
        if " ".join(words) in _COUNTRY_NAMES:
            return False
        # (a region's possessive is still no party: "Northern Ireland's largest party")
        if self.tokens[first].possessive:
            return False
        if (
            2 <= len(words) <= 3
            and words[-1] in _CONTINENTS
            and not any(word in _NAME_CONNECTORS or word in _ORG_HEADS for word in words[:-1])
        ):
            return True  # "Latin America", "Sub-Saharan Africa": a part of a continent
        if words[0] not in _COMPASS_WORDS:
            return False
        return len(words) == 2 and (words[-1] not in _ORG_HEADS or words[-1] == "bank")

    def body_recorded_with_its_state(self, first: int, last: int) -> int | None:
        """The recorded body named "NAME of STATE" where the text writes "STATE's NAME"."""
        state = self.mention_ending_at(first)
        if (
            state is None
            or not self.tokens[first - 1].possessive
            or ":new:" in state.ref
            or not self.is_state(state.ref)
        ):
            return None
        name = self.written(first, last)
        recorded = self.gazetteer.actor_named([f"{name} of {self.actor_name(state.ref)}"])
        if recorded is None or self.gazetteer.actors[recorded].kind == Actor.Kind.PERSON:
            return None
        return recorded

    def body_recorded_with_its_place(self, first: int, last: int) -> int | None:
        """The one recorded body named "NAME of PLACE" where the text writes NAME alone, two or
        more words ending in a body's head word ("the Miners' Federation", "the Episcopal
        Conference"), and does not go on with "of"."""
        if last - first < 2 or self.tokens[last - 1].words[-1] not in _ORG_HEADS:
            return None
        if last < len(self.tokens) and self.tokens[last].text == "of":
            return None
        name = " ".join(word for token in self.tokens[first:last] for word in token.words)
        found = self.gazetteer.bodies_by_head.get(name, [])
        return found[0] if len(set(found)) == 1 else None

    def names_a_seat(self, first: int, last: int, head: str) -> bool:
        """A building or a room where something happens, not a body that acts: "in the
        Kremlin", "at the Knesset", "in the Oval Office", "inside the Situation Room"."""
        if first < 2 or self.tokens[first - 1].text.lower() != "the":
            return False
        if self.tokens[first - 2].text.lower() not in _SEAT_PREPOSITIONS:
            return False
        if (
            head == "ministry"
            and last - first > 1
            and self.tokens[first - 2].text.lower() == "at"
            and not self.text[self.tokens[last - 1].end :].startswith(" of ")
        ):
            # "signed at the Foreign Ministry", "at the Foreign Ministry's new building": the
            # ministry of no state named, where something was done
            return True
        return (last - first == 1 and head in _SEAT_NAMES) or (last - first > 1 and head in _ROOMS)

    def lists_members(self, first: int, last: int) -> bool:
        """Whether the words from `first` to `last` are a country followed by more of a list
        (", Britain and the US")."""
        normal = " ".join(word for token in self.tokens[first:last] for word in token.words)
        return (
            normal in _COUNTRY_NAMES
            and re.match(r"\s*(?:,|and\b)", self.text[self.tokens[last - 1].end :]) is not None
        )

    def body_of_a_country(self, first: int, last: int) -> bool:
        """ "Democratic Party of Ivory Coast", "Bank of Solomon Islands": a body's head word,
        "of" and a country's whole name, which is no place even where its last word is a
        place's ("Coast", "Islands")."""
        if self.body_head_before_of(first, last) is None:
            return False
        of = next(i for i in range(first + 1, last) if self.tokens[i].text in _BODY_LINKS)
        start = of + 2 if self.tokens[of + 1].text.lower() == "the" else of + 1
        complement = " ".join(word for token in self.tokens[start:last] for word in token.words)
        return complement in _COUNTRY_NAMES

    def body_head_before_of(self, first: int, last: int) -> str | None:
        """The head word of a body before the run's first "of" ("Community" in "Catholic
        Community of Sant'Egidio"), where the run is not a post ("Secretary of State")."""
        for index in range(first + 1, last - 1):
            if self.tokens[index].text not in _BODY_LINKS:
                continue
            head = self.tokens[index - 1].words[-1]
            if (head not in _ORG_HEADS and head not in _LEADING_ONLY_HEADS) or head in _SEATS:
                return None
            if any(
                _PERSON_TITLE_TRIE.longest_from(self.tokens, position)
                for position in range(first, index)
            ):
                return None
            return head
        return None

    def names_joined_by_and(self, first: int, last: int) -> list[tuple[int, int]]:
        """ "Moscow and Kyiv signed", "Redwan and Getachew sat": two names, not one, where a
        side is a country or both are single names. "Bosnia and Herzegovina" is one country,
        "Justice and Equality Movement" one organisation."""
        lowered = [token.text.lower() for token in self.tokens[first:last]]
        if "and" not in lowered:
            return []
        middle = first + lowered.index("and")

        def normal(start: int, end: int) -> str:
            return " ".join(word for token in self.tokens[start:end] for word in token.words)

        if normal(first, last) in _COUNTRY_NAMES:
            return []
        ranked = self.ranked_name_before_and(first, middle, last)
        if ranked:
            return ranked
        # "Andre Bergeron of Force Ouvriere and Paul Huvelin of the employers' council": two
        # people, each with the body he speaks for after "of", run together through "of"
        of = next(
            (i for i in range(first + 2, min(first + 4, middle)) if self.tokens[i].text == "of"),
            None,
        )
        if (
            of is not None
            and of + 1 < middle
            and re.match(r"\s+of\s", self.text[self.tokens[last - 1].end :])
            and 2 <= self.people_word_count(first, of) <= 3
            and 2 <= self.people_word_count(middle + 1, last) <= 3
            and self.tokens[of - 1].words[-1] not in _ORG_HEADS
            and self.tokens[last - 1].words[-1] not in _ORG_HEADS
        ):
            return [(first, of), (of + 1, middle), (middle + 1, last)]
        # "Precious Matsoso of South Africa and Anne-Claire Amprou of France": two people, each
        # with the state he serves after "of", the whole run one capitalised stretch
        second_of = next(
            (i for i in range(middle + 3, min(middle + 5, last)) if self.tokens[i].text == "of"),
            None,
        )
        if (
            of is not None
            and second_of is not None
            and normal(of + 1, middle) in _COUNTRY_NAMES
            and normal(second_of + 1, last) in _COUNTRY_NAMES
            and 2 <= self.people_word_count(first, of) <= 3
            and 2 <= self.people_word_count(middle + 1, second_of) <= 3
        ):
            return [(first, of), (of + 1, middle), (middle + 1, second_of), (second_of + 1, last)]
        if (
            last - middle == 2
            and self.text.startswith(".", self.tokens[last - 1].end)
            and (title := _PERSON_TITLE_TRIE.longest_from(self.tokens, middle + 1)) is not None
            and title[1] == last
        ):
            # "Colonel Seif el-Dine and Mr. Eytan": the title's full stop cut the run; the
            # name after "and" is read on its own
            return [(first, middle)]
        sides = [(first, middle), (middle + 1, last)]
        if (
            middle == first + 1
            and _is_acronym(self.tokens[first].text)
            and 2 <= self.people_word_count(middle + 1, last) <= 3
            and self.tokens[middle + 1].words[0] in _GIVEN_NAMES
            and not any(
                word in _ORG_HEADS or word in _PLACE_HEAD_FORMS
                for token in self.tokens[middle + 1 : last]
                for word in token.words
            )
        ):
            # "Creel of the PAN and Pedro Ortega of the PRD": a body's acronym, then a person's
            # name opening on a common given name, are two names (t56a)
            return sides
        if _FIRMS_LISTED_BEFORE.search(
            self.text[max(0, self.tokens[first].start - 150) : self.tokens[first].start]
        ):
            return sides  # "partners Kestrel Energy and Polvane": the firms a plural noun lists
        # "the Union Mining Company and Atlas Steel": a body's head word ends the name before
        # "and", so what follows is another name (not "the Committee of Union and Progress",
        # where the head word stands in the complement of another)
        if self.body_head_before_and(first, middle, last):
            # "... and Ana Ruiz of the Dock Workers Union": the person after "and" stands
            # apart from the body she speaks for
            of = next((i for i in range(middle + 3, last - 1) if self.tokens[i].text == "of"), None)
            if of is not None and self.person_named_in_full_before_and(middle + 1, of):
                body = of + 2 if self.tokens[of + 1].text.lower() == "the" else of + 1
                if body < last and self.tokens[last - 1].words[-1] in _ORG_HEADS:
                    return [(first, middle), (middle + 1, of), (body, last)]
            return sides
        # "chief Ana Ruiz and Acme president Li Wei": a person named in full, then the body
        # a post in lower case after the run belongs to; that body is left to the reading of
        # firms before their heads
        if self.person_named_in_full_before_and(first, middle) and self.owns_the_post_after(
            middle, last
        ):
            return [(first, middle)]
        # "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed": a demonym
        # after "and" begins the next person's post.
        if (
            any(normal(*side) in _COUNTRY_NAMES or normal(*side) in _DEMONYMS for side in sides)
            # "Rwanda's Paul Kagame and Zimbabwe's Emmerson Mnangagwa": a state's possessive
            # after "and" opens the next name; one name does not start over with an owner
            or self.opens_with_a_states_possessive(middle + 1, last)
            # "Japan's Akira Amari and Simon Crean of Australia": a state owns the name of
            # two or three words before "and" (not "Britain's Foreign and Commonwealth Office")
            or self.owned_name_before_and(first, middle)
        ) or (
            middle - first == 1
            and last - middle == 2
            and not any(normal(*side) in _ORG_HEADS for side in sides)
        ):
            return sides
        if (
            self.tokens[last - 1].possessive
            and last < len(self.tokens)
            and self.tokens[last].text.islower()
            and self.post_ending_at(first) is not None
        ):
            # "met union president Patricio Tapia and Escondida's negotiators": a possessive
            # after "and" owns the noun that follows; the person his post names stands alone
            return sides
        # "Sir Tej Bahadur Sapru and M. R. Jayakar": each side opens the way only a person's
        # name does, on a title or on initials, so the two are two people (tune45f)
        if all(
            end - start >= 2 and self.opens_as_a_persons_name(start, end) for start, end in sides
        ):
            return sides
        # "Van Zeeland and Kirby called on ...": each side ends the name of a person named
        # before ("Paul van Zeeland of Belgium", "Justice Richard Kirby of Australia")
        if all(self.person_whose_name_ends_here(*side) for side in sides):
            return sides
        # "Mr. Thomas and Ernest Bevin" after "J. H. Thomas": the surname of a person named
        # before, then another person's given name and surname
        if (
            middle - first == 1
            and self.person_whose_name_ends_here(first, middle)
            and 2 <= self.people_word_count(middle + 1, last) <= 3
            and self.tokens[last - 1].words[-1] not in _ORG_HEADS
        ):
            return sides
        # "Te Kemara and Rewa, who had railed against it": a person named before, then "and"
        # and one to three words that name no body, no place and no state (tune40h)
        if (
            middle - first >= 2
            and (
                self.person_whose_name_ends_here(first, middle)
                or (
                    (known := self.known_new_ref(first, middle)) is not None
                    and self.document.is_person(known)
                )
            )
            and 1 <= self.people_word_count(middle + 1, last) <= 3
            and self.tokens[last - 1].words[-1] not in _ORG_HEADS
            and self.tokens[last - 1].words[-1] not in _PLACE_HEAD_FORMS
            and not _is_acronym(self.written(middle + 1, last))
        ):
            return sides
        # "chief negotiator Miriam Coronel-Ferrer and Mohagher Iqbal, who heads ...",
        # "separatist leaders Alexander Zakharchenko and Igor Plotnitsky": two people's names
        # where a post goes before or a description of a person after.
        before = self.text[max(0, self.tokens[first].start - 90) : self.tokens[first].start]
        if (
            # counted without particles: "Jean de Broglie", "Ernest Wamba dia Wamba"
            all(2 <= self.people_word_count(start, end) <= 3 for start, end in sides)
            and not any(self.tokens[end - 1].words[-1] in _ORG_HEADS for _, end in sides)
            and (
                self.post_ending_at(first) is not None
                # "a French team that included A and B": the members of a body of envoys
                or _MEMBERS_OF_A_TEAM.search(before)
                or self.appositive_follows(last)
                # "A and B for Peru": two people who sign for a state
                or self.acts_for_a_state(first, last)
                # "two judges, Ismail Ali and Peter Smit"
                or _PLURAL_POST_AND_COMMA.search(
                    self.text[max(0, self.tokens[first].start - 80) : self.tokens[first].start]
                )
            )
        ):
            return sides
        # "Winston Churchill and Anthony Eden flew": two names of two or three words, one of
        # them opening on a common given name, are two people, not one body
        if all(
            2 <= self.people_word_count(start, end) <= 3
            and self.tokens[end - 1].words[-1] not in _ORG_HEADS
            and self.tokens[end - 1].words[-1] not in _PLACE_HEAD_FORMS
            and not _is_acronym(self.written(start, end))
            for start, end in sides
        ) and (
            any(self.tokens[start].words[0] in _GIVEN_NAMES for start, _ in sides)
            and not self.names_a_place(first)
        ):
            return sides
        # "Arthur Griffith, Michael Collins, Robert Barton and William Cosgrave": the last two
        # items of a list whose item before them, after a comma, is a person are two names
        if self.listed_after_a_person(first) and all(
            1 <= self.people_word_count(start, end) <= 3
            and self.tokens[end - 1].words[-1] not in _ORG_HEADS
            and self.tokens[end - 1].words[-1] not in _PLACE_HEAD_FORMS
            and not _is_acronym(self.written(start, end))
            for start, end in sides
        ):
            return sides
        # "Franciszek Mazur and Vice Minister of Defense Edward Ochab": a post after "and"
        # opens the next person's name, so the two or three plain names before it are a person
        # of their own, not the start of one long name
        if self.person_named_before_a_titled_one(first, middle, last):
            return sides
        return []

    def person_named_before_a_titled_one(self, first: int, middle: int, last: int) -> bool:
        """Whether the words before "and" (token `middle`) are two or three capitalised words
        that name no body and no place, and after "and" a person's post (with its complement,
        "Vice Minister of Defense") is followed by a name of one to three words."""
        opening = middle + 1
        while (
            opening < last
            and self.tokens[opening].words[:1]
            and (self.tokens[opening].words[0] in _TITLE_WORDS)
        ):
            opening += 1
        if (
            not any(
                _PERSON_TITLE_TRIE.longest_from(self.tokens, position) is not None
                for position in range(middle + 1, opening)
            )
            or not 1 <= self.people_word_count(opening, last) <= 3
        ):
            return False
        named = self.tokens[opening:last]
        before = self.tokens[first:middle]
        return (
            2 <= self.people_word_count(first, middle) <= 3
            and all(token.capitalised and not token.possessive for token in before + named)
            and not any(
                word in _ORG_HEADS or word in _PLACE_HEAD_FORMS or word in _TITLE_WORDS
                for token in before + named
                for word in token.words
            )
            and not _is_acronym(self.written(first, middle))
            and normalize_name(self.written(first, middle)) not in _COUNTRY_NAMES
            and normalize_name(self.written(first, middle)) not in _DEMONYMS
        )

    def body_head_before_and(self, first: int, middle: int, last: int) -> bool:
        """Whether the words before "and" (token `middle`) are a body's name of two or more
        capitalised words ending on its head word ("Union Mining Company") and a capitalised
        word follows "and": a head word closes a name, so a second name begins after it."""
        before = self.tokens[first:middle]
        return (
            len(before) >= 2
            and all(token.capitalised for token in before)
            and before[-1].words[-1] in _ORG_HEADS
            and not before[-1].possessive
            and last > middle + 1
            and self.tokens[middle + 1].capitalised
        )

    def person_named_in_full_before_and(self, first: int, middle: int) -> bool:
        """Whether the words before "and" (token `middle`) are a person's full name: two or
        three capitalised words naming no body and no place, after a post ("Colonel", "Acme
        chief") or opening on a common given name."""
        title = _PERSON_TITLE_TRIE.longest_from(self.tokens, first)
        start = title[1] if title is not None and title[1] < middle else first
        name = self.tokens[start:middle]
        return (
            2 <= self.people_word_count(start, middle) <= 3
            and all(token.capitalised and not token.possessive for token in name)
            and not any(
                word in _ORG_HEADS or word in _PLACE_HEAD_FORMS
                for token in name
                for word in token.words
            )
            and (
                start > first
                or self.post_ending_at(first) is not None
                or name[0].words[0] in _GIVEN_NAMES
            )
        )

    def owns_the_post_after(self, middle: int, last: int) -> bool:
        """Whether the capitalised words after "and" (token `middle`) up to token `last` are
        followed by a post in lower case ("Acme president Li Wei"): the body that post belongs
        to, which opens the next person's description, not the end of the name before "and"."""
        after = self.tokens[middle + 1 : last]
        if not after or not after[0].capitalised or after[-1].possessive:
            return False
        if last >= len(self.tokens) or not self.tokens[last].text.islower():
            return False
        return (
            _PERSON_TITLE_TRIE.longest_from(self.tokens, last) is not None
            and self.text[self.tokens[last - 1].end : self.tokens[last].start] == " "
        )

    def listed_after_a_person(self, first: int) -> bool:
        """Whether the name at token `first` follows a comma and a person's name (", Michael
        Collins, Robert Barton")."""
        if first < 1 or not _A_COMMA.fullmatch(
            self.text[self.tokens[first - 1].end : self.tokens[first].start]
        ):
            return False
        before = self.mention_ending_at(first)
        if before is None:
            # "Collins, Barton, Eamonn Duggan and ...": a surname of a person named before in
            # full is read only later, so it is matched here
            return self.tokens[first - 1].capitalised and bool(
                self.person_whose_name_ends_here(first - 1, first)
            )
        return before.via in ("name", "new", "title", "surname") and self.document.is_person(
            before.ref
        )

    def person_whose_name_ends_here(self, first: int, last: int) -> str | None:
        """The person the article named before whose name the words from token first to last
        end ("Van Zeeland" after "Paul van Zeeland"), or None."""
        if last <= first:
            return None
        side = normalize_name(self.written(first, last))
        start = self.tokens[first].start
        for mention in self.mentions:
            if mention.start >= start or mention.via not in ("name", "new"):
                continue
            if ":new:" in mention.ref:
                new = self.document.new_actors[mention.ref]
                name, kind = new.name, new.kind
            else:
                actor = self.gazetteer.actor(int(mention.ref.split(":")[1]))
                name, kind = actor.name, actor.kind
            if kind != "person":
                continue
            full = normalize_name(name)
            if full != side and full.endswith(" " + side):
                return mention.ref
        return None

    def ranked_name_before_and(self, first: int, middle: int, last: int) -> list[tuple[int, int]]:
        """ "Vice Admiral X Y and Z W", "Vice Admiral X Y and Air Force Lieut. Gen. Z W": a
        military rank opens the run and a person's name of two or three words follows it up to
        "and" (token `middle`); after "and" comes another person's name, or the words before the
        next one's rank, cut by the rank's full stop. Ranks name people, so the run is two."""
        rank = _PERSON_TITLE_TRIE.longest_from(self.tokens, first)
        if (
            rank is None
            or not set(rank[2]) & _MILITARY_RANKS
            or not 2 <= self.people_word_count(rank[1], middle) <= 3
            or not all(token.capitalised for token in self.tokens[rank[1] : middle])
            or any(
                word in _ORG_HEADS or word in _PLACE_HEAD_FORMS
                for token in self.tokens[rank[1] : middle]
                for word in token.words
            )
        ):
            return []
        if self.text.startswith(".", self.tokens[last - 1].end) and any(
            (title := _PERSON_TITLE_TRIE.longest_from(self.tokens, position)) is not None
            and title[1] == last
            and set(title[2]) & _MILITARY_RANKS
            for position in range(middle + 1, last)
        ):
            return [(first, middle)]  # "... and Air Force Lieut.": the next rank is read after
        if (
            2 <= self.people_word_count(middle + 1, last) <= 3
            and not any(
                _PERSON_TITLE_TRIE.longest_from(self.tokens, position)
                for position in range(middle + 1, last)
            )
            and not any(
                word in _ORG_HEADS or word in _PLACE_HEAD_FORMS
                for token in self.tokens[middle + 1 : last]
                for word in token.words
            )
        ):
            return [(first, middle), (middle + 1, last)]
        return []

    def people_word_count(self, first: int, last: int) -> int:
        return sum(token.text not in _NAME_PARTICLES for token in self.tokens[first:last])

    def opens_with_a_states_possessive(self, first: int, last: int) -> bool:
        """Whether the run opens with a state's name in the possessive and goes on after it
        ("Zimbabwe's Emmerson Mnangagwa")."""
        country = self.gazetteer.countries.longest_from(self.tokens, first)
        return country is not None and country[1] < last and self.tokens[country[1] - 1].possessive

    def owned_name_before_and(self, first: int, middle: int) -> bool:
        """Whether the run up to "and" is a state's possessive and a name of two or three words
        that are no body's ("Japan's Akira Amari"): what follows "and" is another name."""
        country = self.gazetteer.countries.longest_from(self.tokens, first)
        if country is not None and self.tokens[country[1] - 1].possessive:
            start = country[1]
        elif self.after_a_states_possessive(first):
            start = first  # the state is read already: the run starts after it
        else:
            return False
        owned = self.tokens[start:middle]
        return (
            2 <= self.people_word_count(start, middle) <= 3
            and all(token.capitalised and not token.possessive for token in owned)
            and not any(token.text.lower() in _BODY_LINKS for token in owned)
            and owned[-1].words[-1] not in _ORG_HEADS
        )

    def after_a_states_possessive(self, first: int) -> bool:
        """Whether the state named right before token `first` is in the possessive: "Rwanda's
        Paul Kagame", "Guyana's Irfaan Ali" (the state's leader or envoy, named by the state he
        stands for)."""
        if first == 0 or not self.tokens[first - 1].possessive:
            return False
        state = self.mention_ending_at(first)
        # not a room or a site the state owns: "signed in the Vatican's Sala Regia"
        return (
            state is not None
            and self.is_state(state.ref)
            and not self.names_a_place(state.first_token)
        )

    def of_a_person(self, first: int) -> bool:
        """Whether "of the" right before token `first` follows a person's name ("Eugene
        Descamps of the CFDT"): what it names is the body the person belongs to."""
        if first < 3 or self.tokens[first - 1].text.lower() != "the":
            return False
        if self.tokens[first - 2].text != "of":
            return False
        person = self.mention_ending_at(first - 2)
        return (
            person is not None
            and person.via in ("name", "new")
            and self.document.is_person(person.ref)
        )

    def after_a_bodys_possessive(self, first: int) -> bool:
        """Whether a recorded body other than a state, named by its name, is in the possessive
        right before token `first` ("the CGT's Henri Krasucki")."""
        if first == 0 or not self.tokens[first - 1].possessive:
            return False
        body = self.mention_ending_at(first)
        return (
            body is not None
            and body.via == "name"
            and not self.is_state(body.ref)
            and not self.document.is_person(body.ref)
            and not self.names_a_place(body.first_token)
        )

    def led_coalition(self, first: int, last: int) -> bool:
        """ "the Saudi-led coalition", "a US-led alliance": a body named after its leader."""
        token = self.tokens[first]
        if last - first != 1 or not re.fullmatch(r"[A-Z][\w.]*-led", token.text):
            return False
        if last >= len(self.tokens) or self.tokens[last].text.lower() not in _LED_BODIES:
            return False
        if self.text[token.end : self.tokens[last].start] != " ":
            return False
        self.add_new(first, last + 1, Actor.Kind.OTHER, titled=False)
        return True

    def post_ending_at(self, index: int) -> int | None:
        """Where a post right before token `index` starts: "ruler Omar al-Bashir", "Saudi
        Ambassador to Yemen Mohammed Al Jaber" (a post with its complement)."""
        for back in (1, 2, 3):
            match = (
                _PERSON_TITLE_TRIE.longest_from(self.tokens, index - back)
                if index - back >= 0
                else None
            )
            if match is not None and match[1] == index:
                return index - back
        complement = self.mention_ending_at(index)
        if complement is not None:
            position = complement.first_token - 1
            if position > 0 and self.tokens[position].text.lower() == "the":
                position -= 1
            if position > 0 and self.tokens[position].text.lower() in ("to", "for", "of"):
                for back in (1, 2, 3):
                    match = (
                        _PERSON_TITLE_TRIE.longest_from(self.tokens, position - back)
                        if position - back >= 0
                        else None
                    )
                    if match is not None and match[1] == position:
                        return position - back
        return None

    def holder_by_surname(self, title_first: int, first: int, surname: str) -> str | None:
        phrase = " ".join(w for token in self.tokens[title_first:first] for w in token.words)
        holders = {
            position.person_id
            for position in self.gazetteer.positions
            if phrase in title_phrases(position.title)
            and (person := self.gazetteer.actors.get(position.person_id)) is not None
            and normalize_name(person.name).split()[-1:] == [surname]
        }
        if not holders:
            # "President Ayub" for the recorded "Mohammad Ayub Khan": the one holder of the
            # post with that word in his name, where none has it last
            holders = {
                position.person_id
                for position in self.gazetteer.positions
                if phrase in title_phrases(position.title)
                and (person := self.gazetteer.actors.get(position.person_id)) is not None
                and surname in normalize_name(person.name).split()[:-1]
            }
        return f"actor:{holders.pop()}" if len(holders) == 1 else None

    def person_named_in_full(self, first: int, last: int) -> str | None:
        """The one person named earlier whose longer name ends with these words, else the one
        whose name holds this word after its first (a family name before a given one)."""
        words = normalize_name(self.written(first, last))
        words = words.split()
        if not words:
            return None
        ending, holding, family = set(), set(), set()
        for mention in self.mentions:
            if mention.start >= self.tokens[first].start or not self.document.is_person(
                mention.ref
            ):
                continue
            name = normalize_name(self.actor_name(mention.ref)).split()
            if len(name) <= len(words):
                continue
            if name[-len(words) :] == words:
                ending.add(mention.ref)
            elif len(words) == 1 and words[0] in name[1:]:
                holding.add(mention.ref)
            elif (
                len(words) == 1
                and name[0] == words[0]
                and _GIVEN_NAME_OF_TWO_SYLLABLES.search(self.actor_name(mention.ref))
            ):
                # "Premier Chou En-lai ... Mr. Chou": a family name written first, before a
                # given name of two syllables joined by a hyphen (as Wade-Giles writes it)
                family.add(mention.ref)
            elif (
                len(words) == 1
                and _GIVEN_NAME_OF_TWO_SYLLABLES.search(written := self.mention_text(mention))
                and normalize_name(written).split()[:1] == words
            ):
                # (tune48d) "Mr. Chou En-lai ... Mr. Chou" for the recorded Zhou Enlai: the
                # same, the family name as this article spells it (an alias of his)
                family.add(mention.ref)
        if ending:
            return ending.pop() if len(ending) == 1 else None
        if holding:
            return holding.pop() if len(holding) == 1 else None
        return family.pop() if len(family) == 1 else None

    def mention_text(self, mention: Mention) -> str:
        """A mention's words as the article writes them."""
        return self.text[mention.start : mention.end]

    def names_a_place(self, first: int) -> bool:
        """A country's name where something happens, not who acts: "called both sides to
        South Africa", the dateline "PRETORIA, South Africa (AP)"."""
        if first > 0 and self.tokens[first - 1].text.lower() in _PLACE_PREPOSITIONS:
            return True
        # "has lived in exile in the Netherlands": a country named with its article
        if (
            first > 1
            and self.tokens[first - 1].text.lower() == "the"
            and self.tokens[first - 2].text.lower() in _PLACE_PREPOSITIONS
        ):
            return True
        # "from neighbouring Liberia", "in war-torn Yemen": an adjective of place between
        if (
            first > 1
            and self.tokens[first - 1].text.lower() in _PLACE_ADJECTIVES
            and self.tokens[first - 2].text.lower() in _PLACE_PREPOSITIONS | {"from"}
        ):
            return True
        # "a rebellion in the southern Philippines", "across the eastern Congo": the part of a
        # country its compass point names is a region, whatever stands before it
        if (
            first > 1
            and self.tokens[first - 1].text.lower() in _COMPASS_ADJECTIVES
            and self.tokens[first - 2].text.lower() == "the"
        ):
            return True
        if self.ends_a_list_of_places(first) or self.ends_a_journey(first):
            return True
        # "in the capital of Soviet Uzbekistan", "the north of Syria": a part of the country
        before = first - 1
        if before > 0 and self.tokens[before].capitalised and self.tokens[before - 1].text == "of":
            before -= 1  # "of Soviet Uzbekistan": an adjective between
        if (
            before > 0
            and self.tokens[before].text == "of"
            and self.tokens[before - 1].text.lower() in _PARTS_OF_A_COUNTRY
        ):
            return True
        # the dateline's city: "PRETORIA, South Africa" (not "On Monday, Jordan ...")
        if self.dateline_country(first):
            return True
        return self.opens_dateline(first)

    def ends_a_journey(self, first: int) -> bool:
        """ "flew in from Nigeria", "is due to leave for Egypt", "arrived from Kenya": where a
        journey starts or ends is a place, not who acts."""
        if first < 2 or self.tokens[first - 1].text.lower() not in ("from", "for"):
            return False
        verb_at = first - 2
        if self.tokens[verb_at].text.lower() in ("in", "back", "out", "off", "on") and verb_at:
            verb_at -= 1  # "flew in from", "set off for"
        verb = self.tokens[verb_at].text.lower()
        if self.tokens[first - 1].text.lower() == "for":
            return verb in _DEPARTURE_VERBS
        return verb in _MOTION_VERBS | _DEPARTURE_VERBS | _ARRIVAL_VERBS

    def dateline_country(self, first: int) -> bool:
        """ "ARUSHA, Tanzania (AFP) -": the country after the dateline's city, closed by the
        wire's parenthesis or a dash soon after ("KINGSTOWN, St Vincent and the Grenadines
        (AFP)"); "OPEC, Russia and their allies agreed ..." opens a list, not a dateline."""
        return bool(
            re.fullmatch(r"\s*[A-Z][A-Z .'-]*,\s*", self.text[: self.tokens[first].start])
        ) and bool(_DATELINE_CLOSES.match(self.text, self.tokens[first].start))

    def ends_a_list_of_places(self, first: int) -> bool:
        """ "exile in Iran and Afghanistan", "flew to Egypt, Jordan and Qatar": a country in a
        list of countries that a place's preposition opens."""
        position = first
        while position > 0:
            before = self.tokens[position - 1]
            if before.text.lower() in _PLACE_PREPOSITIONS:
                return position != first
            if before.text.lower() in ("and", "or"):
                end = position - 1
            elif self.text[before.end : self.tokens[position].start].strip() == ",":
                end = position
            else:
                return False
            country = self.country_ending_at(end)
            if country is None:
                return False
            position = country[1]
        return False

    def opens_dateline(self, first: int) -> bool:
        """The city in capitals that opens the article: "WASHINGTON (UPI) --", "KABUL,
        Afghanistan (AP)" is where it was filed, not who acts."""
        return not self.text[: self.tokens[first].start].strip() and bool(
            re.match(r"[A-Z][A-Z .'-]+\s*[,(]", self.text[self.tokens[first].start :])
        )

    def qualifies_a_noun(self, last: int) -> bool:
        if last >= len(self.tokens):
            return False
        following = self.tokens[last].text.lower()
        return (
            following in _QUALIFIED_NOUNS | _ATTRIBUTES
            or _PERSON_TITLE_TRIE.longest_from(self.tokens, last) is not None
        )

    def organization_kind(self, first: int, last: int) -> str:
        words = [word for token in self.tokens[first:last] for word in token.words]
        joined = " ".join(words)
        if any(f" {marker} " in f" {joined} " for marker in INTERNATIONAL_ORG_MARKERS):
            return Actor.Kind.INTERNATIONAL_ORG  # "International Atomic Energy Agency"
        kind = _ORG_HEADS[words[-1]]
        national = self.gazetteer.countries.longest_from(self.tokens, first)
        if kind == Actor.Kind.INTERNATIONAL_ORG and national is not None:
            return Actor.Kind.GOVERNMENT_BODY  # "Palestinian Authority", "Libyan ... Council"
        return kind

    def add_new(self, first: int, last: int, kind: str, titled: bool) -> None:
        if any(start <= first and last <= end for start, end in self.proposal_spans):
            return  # part of a recorded proposal's title, not a party
        name = self.written(first, last)
        if normalize_name(name) in self.proposal_titles_undated:
            return  # a recorded proposal's title but for its date, not a party
        royal = self.royal_title_before(first, last) if kind == "person" else None
        if royal is not None:
            # "Saudi Arabia's King Abdullah", "Pope Francis": a ruler known by one name is
            # named with his title, as the press names him ("Abdullah" alone is anyone)
            see = self.see_after_a_churchman(royal, first, last)
            called = self.written(first, see if see is not None else last)
            name = f"{royal} {called}"
        courtesy = self.courtesy_title_before(first, last) if kind == "person" else None
        if courtesy is not None:
            # "Señor Paterno", "Ras Alula": a man the article names by one name and a courtesy
            # of another language is named with it, as the press names him
            called = name
            name = f"{courtesy} {called}"
        ref = self.new_ref(name, kind, first, last)
        if royal is not None or courtesy is not None:
            self.names_under_a_title.setdefault(normalize_name(called), ref)
        self.add(first, last, ref, "new")
        if titled:
            self.note_local_post(first, ref)
        # "the Tigray People's Liberation Front (TPLF)": the acronym names it from then on.
        acronym = re.match(
            r"\s*\((?P<acronym>[A-Z][A-Za-z.]{1,9})\)", self.text[self.tokens[last - 1].end :]
        )
        if acronym and last < len(self.tokens) and not self.covered[last]:
            self.acronyms[normalize_name(acronym.group("acronym"))] = ref
            self.document.new_actors[ref].short_name = acronym.group("acronym")
            self.add(last, last + 1, ref, "new")

    def royal_title_before(self, first: int, last: int) -> str | None:
        """The title written right before a one-word name ("King Abdullah", "Emir Tamim",
        "Pope Francis", "King Hassan II", "Patriarch John X"), as written, where it is a
        ruler's, a pontiff's or a churchman's known by one name."""
        words = [token.text for token in self.tokens[first:last]]
        # "Prince Carl of Denmark": a royal known by his given name and his house or country
        of_a_house = len(words) == 3 and words[1] == "of" and words[2][:1].isupper()
        if not of_a_house and (
            len(words) > 2
            or (
                len(words) == 2
                and words[1].lower().strip(".") not in GENERATIONAL_SUFFIXES
                # "Patriarch John X", "Pope Pius XI": the regnal number
                and not _ROMAN_NUMERAL.fullmatch(words[1])
            )
        ):
            return None
        title = re.search(
            r"(?:(?-i:(?:Crown\s+)?(?:King|Queen|Emir|Sultan|Pope|Prince|Princess|Sheikh|Emperor|"
            r"Empress))|" + _CHURCHMAN_TITLES + r")\s+$",
            self.text[max(0, self.tokens[first].start - 20) : self.tokens[first].start],
        )
        return title.group(0).strip() if title else None

    def courtesy_title_names_a_place(self, first: int) -> bool:
        """A courtesy title at `first` written where a place is ("at Ras Tanura", "the port of
        Ras Lanuf"): the Arabic "Ras" (a cape) opens places' names as the Ethiopian rank opens
        a man's."""
        if " ".join(self.tokens[first].words) not in COURTESY_TITLES:
            return False
        if self.names_a_place(first):
            return True
        return (
            first > 1
            and self.tokens[first - 1].text == "of"
            and self.tokens[first - 2].text.lower() in PLACE_HEAD_WORDS
        )

    def courtesy_title_before(self, first: int, last: int) -> str | None:
        """The courtesy of another language written right before a one-word name ("Signor
        Crispi", "Ras Alula"), as written."""
        if last - first != 1 or first == 0:
            return None
        before = self.tokens[first - 1]
        if not before.capitalised or " ".join(before.words) not in COURTESY_TITLES:
            return None
        return before.text

    def see_after_a_churchman(self, title: str, first: int, last: int) -> int | None:
        """The token "of" that opens a churchman's see ("Patriarch Neofit of Bulgaria",
        "Archbishop Ieronymos of Athens"): the see is his post's complement, no part of the
        name he is known by ("Patriarch Neofit"), unlike a royal's house ("Prince Carl of
        Denmark")."""
        if not re.fullmatch(_CHURCHMAN_TITLES, title):
            return None
        return next((i for i in range(first + 1, last) if self.tokens[i].text == "of"), None)

    def known_new_ref(self, first: int, last: int) -> str | None:
        """A name the article already introduced: the same words, or its acronym."""
        normal = " ".join(word for token in self.tokens[first:last] for word in token.words)
        if normal in self.acronyms:
            return self.acronyms[normal]
        if normal in self.names_under_a_title:
            return self.names_under_a_title[normal]  # "Irinej said" after "Patriarch Irinej"
        if normal in _COUNTRY_NAMES:
            return None  # offered by a post ("South African deputy president") is not named
        key = "actor:new:" + "-".join(normal.split())
        if key in self.document.new_actors:
            return key
        return None

    def note_local_post(self, name_start: int, person_ref: str) -> None:
        """ "Hamas political chief Ismail Haniyeh": remember (Hamas, "political chief")."""
        index = name_start
        # Walk back over the post's words to the organisation.
        position = index - 1
        while position >= 0 and (self.tokens[position].text.lower() in _TITLE_WORDS):
            position -= 1
        if position == index - 1:
            return
        phrase = " ".join(w for token in self.tokens[position + 1 : index] for w in token.words)
        organization = self.organization_before(position + 1)
        if organization is not None:
            self.local_posts[(organization[0], phrase)] = person_ref

    def guess_kind(self, first: int, last: int, titled: bool) -> str | None:
        words = [word for token in self.tokens[first:last] for word in token.words]
        written = self.written(first, last)
        head = words[-1]
        joined = " ".join(words)
        # a person's name counted without its particles ("Ursula von der Leyen": two words)
        people_words = [word for word in words if word not in _NAME_PARTICLES]
        if len(people_words) > 2 and people_words[-1] in GENERATIONAL_SUFFIXES:
            # "Alfred P. Sloan Jr.", "Benigno Aquino III": nor its generation's suffix
            people_words = people_words[:-1]
        if (
            any(f" {marker} " in f" {joined} " for marker in INTERNATIONAL_ORG_MARKERS)
            and not titled
        ) and (head in _ORG_HEADS or len(words) > 1 or _is_acronym(written)):
            return Actor.Kind.INTERNATIONAL_ORG
        if head in _ORG_HEADS and not titled:
            return _ORG_HEADS[head]
        if (
            not titled
            and len(words) == 1
            and _LISTED_AFTER_MINISTERS_OF.search(self.text, 0, self.tokens[first].start)
        ):
            # "The ministers of Bavaria, Württemberg and Baden added their signatures": the
            # lands whose ministers sign are states, named or not in the country table
            return Actor.Kind.STATE
        if (
            not titled
            and last < len(self.tokens)
            and self.tokens[last].text in _PEOPLE_NOUNS
            and self.text[self.tokens[last - 1].end : self.tokens[last].start] == " "
        ):
            # "The Ngai Tahu tribe has refused", "the Sant'Egidio community": a people or a
            # community named before the common noun that says what it is
            return Actor.Kind.OTHER
        if len(words) > 2 and words[1] in _BODY_LINKS and words[0] in _ORG_HEADS and not titled:
            # "Organisation of Islamic Cooperation", "Ministry of Defence"
            return _LEADING_ORG_HEADS.get(words[0], _ORG_HEADS[words[0]])
        if (
            not titled
            and len(words) <= 4
            and self.described_as_a_firm_before(first)
            and not self.names_a_place(first)
        ):
            # "state utility Statkraft", "public broadcaster NRK", "partners ConocoPhillips, Royal
            # Dutch Shell and Osaka Gas", "rivals such as Federal Express": a common noun of a
            # firm or a body before the name (or the plural one before a list) says what it is
            return Actor.Kind.OTHER
        if (
            not titled
            and len(words) <= 4
            and words[0] not in _GIVEN_NAMES
            and _A_FIRM_NOUN_AND_COMMA_BEFORE.search(
                self.text, max(0, self.tokens[first].start - 60), self.tokens[first].start
            )
            and self.text[self.tokens[last - 1].end : self.tokens[last - 1].end + 1] == ","
        ):
            # "the city's water company, SEMAPA, will take over": a firm's noun, then its name
            # between commas (not "with the carrier, John Smith said") (t56a)
            return Actor.Kind.OTHER
        if not titled and 2 <= len(words) <= 5 and " & " in written and not _is_acronym(written):
            # "Nick Browne of Slater & Gordon", "Procter & Gamble said": names of partners joined
            # by the ampersand are a firm's (t56a)
            return Actor.Kind.OTHER
        if (
            not titled
            and 2 <= len(words) <= 5
            and head in _FIRM_NAME_ENDINGS
            and self.tokens[last - 1].capitalised
            and "of" not in words
            and words[0] not in _GIVEN_NAMES
            and (
                head not in _ENDINGS_THAT_ARE_SURNAMES
                or (first > 0 and self.tokens[first - 1].text in _THE)
            )
        ):
            # "the Arlington Mills have yet to answer", "Kestrel Mining said": a name ending on
            # a firm's trade or legal form; "Mills" with its article ("the Pacific Mills"), as
            # a surname has none ("Wilbur Mills said") (tune55e)
            return Actor.Kind.OTHER
        if (
            not titled
            and len(words) <= 4
            and first > 0
            and _SEATED_COMPOUND.fullmatch(self.tokens[first - 1].text)
            and words[0] not in _GIVEN_NAMES
            and not self.noun_follows(last)
        ):
            # "Toronto-based Kestrel Resources said", "talks with Geneva-based Aqua Terra": a
            # name after where it is based, no noun after it, is a firm's or a body's (tune55e)
            return Actor.Kind.OTHER
        if (
            not titled
            and len(words) <= 4
            and _A_PARTYS_STANDING_BEFORE.search(
                self.text, max(0, self.tokens[first].start - 40), self.tokens[first].start
            )
            and not self.noun_follows(last)
            and not (last < len(self.tokens) and self.tokens[last].text in _DYNASTY_NOUNS)
            and not self.names_a_place(first)
        ):
            # "the main opposition Partido Verde rejected it", "the ruling Frente Amplio": a
            # party named after where it stands in the legislature (not "the ruling Al Thani
            # family", a name qualifying a noun) (tune55e)
            return Actor.Kind.POLITICAL_MOVEMENT
        if (
            not titled
            and len(words) <= 5
            and _WORKS_AT_A_FIRM_BEFORE.search(
                self.text, max(0, self.tokens[first].start - 30), self.tokens[first].start
            )
        ):
            # "Kim Yang-jae, an analyst at Daol Investment & Securities": where an analyst or
            # an economist works is a firm (tune46d)
            return Actor.Kind.OTHER
        if (
            not titled
            and len(words) <= 4
            and _A_FIRM_BOUGHT_OR_HELD_BEFORE.search(
                self.text, max(0, self.tokens[first].start - 30), self.tokens[first].start
            )
            and words[0] not in _GIVEN_NAMES
            and (self.tokens[first - 1].text == "in" or not self.names_a_place(first))
            and _CAPITAL_TRIE.longest_from(self.tokens, first) is None
            and _FORMER_CAPITAL_TRIE.longest_from(self.tokens, first) is None
            and not self.noun_follows(last)
        ):
            # "its 2007 takeover of Alcan", "a stake in Cadbury": what is bought or held in
            # shares is a firm (t56a)
            return Actor.Kind.OTHER
        if (
            not titled
            and last - first == 1
            and _JOINED_FIRM_NAME.match(written)
            and not self.names_a_place(first)
            and not (first > 0 and self.tokens[first - 1].text.lower() in _PLACES_OF_A_MEDIUM)
        ):
            # "ExxonMobil discovered", "members include BlackRock": two capitalised words run
            # together are a firm's coined name (not "McDonald", nor "posted on YouTube")
            return Actor.Kind.OTHER
        # Malay, Arab and Spanish names run to five words ("Tengku Abdul Ghafar Tengku Mohamed").
        if titled and len(words) <= 5:
            return Actor.Kind.PERSON
        if last - first == 2 and self.initial_and_surname(first):
            return Actor.Kind.PERSON  # "one of them, M. Keller, told a correspondent" (tune40h)
        if last - first == 3 and self.initials_before_a_name(first):
            # "with Samuel Gompers and J. R. Sovereign of the Knights", "M. Adolf Joffe had
            # telephoned": two initials and a surname, or an initial before a full name that
            # opens on a common given name (t56a)
            return Actor.Kind.PERSON
        if self.ruler_and_his_number(first, last):
            return Actor.Kind.PERSON  # "Pius IX refused it"
        if len(words) > 2 and words[0] in _PEERAGES and words[1] == "of":
            # "the Duke of Almodóvar del Río", "the Earl of Derby": a peer is called by his
            # rank and the place it is of
            return Actor.Kind.PERSON
        if (
            not titled
            and 2 <= len(words) <= 3
            and self.tokens[first].text in _PEER_STYLES_WRITTEN
            and head not in _PLACE_HEAD_FORMS
            and not any(word in _TITLE_WORDS | _OFFICES_STYLED_LORD for word in words[1:])
        ):
            # "talks with Lord Bramley", "Lady Ashworth's letter": a peer styled before his
            # surname or his title's place is a person (tune55e)
            return Actor.Kind.PERSON
        if self.appositive_follows(last) and len(words) <= 4:
            return Actor.Kind.PERSON
        if len(people_words) <= 3 and not _is_acronym(written) and self.pair_described(last):
            return Actor.Kind.PERSON  # "Mistawasis and Ahtahkakoop, the two head chiefs"
        if (
            2 <= len(people_words) <= 4
            and not _is_acronym(written)
            and head not in _PLACE_HEAD_FORMS
            and (
                _LED_BY.search(
                    self.text[max(0, self.tokens[first].start - 70) : self.tokens[first].start]
                )
                or _UNDER_A_LEADER.search(
                    self.text[max(0, self.tokens[first].start - 40) : self.tokens[first].start]
                )
                or _KIN_BEFORE.search(
                    self.text[max(0, self.tokens[first].start - 20) : self.tokens[first].start]
                )
                or _KIN_AFTER.match(self.text, self.tokens[last - 1].end)
                or _KIN_APPOSITIVE_AFTER.match(self.text, self.tokens[last - 1].end)
                or _AGE_BEFORE.search(
                    self.text[max(0, self.tokens[first].start - 40) : self.tokens[first].start]
                )
                or _LEADING_A_TEAM_AFTER.match(self.text, self.tokens[last - 1].end)
                or self.named_after_plural_post(first, last)
                or _MEMBERS_OF_A_TEAM.search(
                    self.text[max(0, self.tokens[first].start - 90) : self.tokens[first].start]
                )
                or self.appositive_follows(last)
                or self.coordinated_with_titled_person(last)
                # "watched by Rwanda's Paul Kagame": a name owned by a state, which is no
                # noun's qualifier ("Israel's Iron Dome system")
                or (self.after_a_states_possessive(first) and not self.noun_follows(last))
                # "the CGT's Henri Krasucki": a recorded body's man, named by the body
                or (
                    self.after_a_bodys_possessive(first)
                    and not self.noun_follows(last)
                    # "Ford's Kentucky Truck Plant", "GM's Spring Hill, Tennessee, complex": a
                    # body owns its sites too
                    and head not in _FACILITY_HEADS
                    and not _A_PLACES_REGION_AFTER.match(self.text, self.tokens[last - 1].end)
                )
            )
        ):
            # "led by Ahmad Jarba", "Mohammed bin Abdulrahman Al Thani, the ... prime
            # minister", "Graca Machel and former Tanzanian President Benjamin Mkapa"
            return Actor.Kind.PERSON
        if (
            2 <= len(words) <= 4
            and not _is_acronym(written)
            and self.post_and_comma_before(first, last)
        ):
            return Actor.Kind.PERSON
        if (
            len(people_words) in (2, 3)
            and not _is_acronym(written)
            and head not in _PLACE_HEAD_FORMS
        ):
            # "Abdullah Abdullah, who also claims ...": "who" is said of people; "Igor
            # Plotnitsky" after "Alexander Zakharchenko and": named alongside a person.
            if _WHO_OR_WHOSE.match(self.text[self.tokens[last - 1].end :]):
                return Actor.Kind.PERSON
            if (
                self.acts_for_a_state(first, last) or self.joined_to_one_acting_for_a_state(last)
            ) and not self.tokens[first].is_article:
                return Actor.Kind.PERSON  # "Mariano Castro for Peru": who signs for a state
            if self.member_of_a_named_body(last) and head not in _DOCUMENT_HEADS:
                # "Son Sann of the Khmer People's National Liberation Front": a name, then the
                # body it belongs to ("of the", a body's head word among the capitals)
                return Actor.Kind.PERSON
            if self.coordinated_with_person(first, last) or self.listed_like_a_person_of(
                first, last
            ):
                return Actor.Kind.PERSON
        if self.speaks(first, last) and len(people_words) in (2, 3) and not _is_acronym(written):
            return Actor.Kind.PERSON
        if len(words) in (2, 3) and not _is_acronym(written) and self.removed_from_power(first):
            return Actor.Kind.PERSON
        if (
            len(people_words) in (2, 3)
            and not _is_acronym(written)
            and head not in _PLACE_HEAD_FORMS
            and _LEFT_OFFICE.match(self.text, self.tokens[last - 1].end)
        ):
            return Actor.Kind.PERSON  # "since Emile Lahoud stepped down": who leaves an office
        if (
            (len(words) in (2, 3) or len(people_words) in (2, 3))
            and "of" not in words
            and self.surname_recurs(first, last)
        ):
            # not "the Horn of Africa" written twice: "of" joins a place's or a body's words;
            # "José Antonio de Lavalle" recurs as "Lavalle": counted without its particles
            return Actor.Kind.PERSON
        if (
            len(people_words) <= 3
            and not _is_acronym(written)
            and _COMMANDED_BODIES_BEFORE.search(
                self.text[max(0, self.tokens[first].start - 40) : self.tokens[first].start]
            )
        ):
            return Actor.Kind.PERSON  # "the armies of Oyama and Linevich": their commanders
        if not titled and self.headed_by_one_named_before(first, last):
            return Actor.Kind.OTHER  # "Charles Ble Goude, who heads the Young Patriots,"
        if not titled and len(words) >= 2 and self.spelled_out_before_its_acronym(first, last):
            return Actor.Kind.OTHER  # "Alassane Ouattara's Rally of the Republicans (RDR)"
        if len(words) == 1 and not titled and _is_acronym(written) and self.of_a_person(first):
            return Actor.Kind.OTHER  # "Eugene Descamps of the CFDT": the body he speaks for
        listed = _LISTED_AFTER_A_PLURAL_BODY_NOUN.search(
            self.text[max(0, self.tokens[first].start - 120) : self.tokens[first].start]
        )
        if listed is not None and len(words) <= 6 and not titled:
            # "the two western rebel groups, the MPIGO and the MJP": the bodies the noun lists
            return _BODY_NOUN_KINDS[listed.group("noun").lower().rstrip("s")]
        described = _DESCRIBED_AS_A_BODY.match(self.text, self.tokens[last - 1].end)
        if described is not None and len(words) <= 4 and not titled:
            # "Ahrar al-Sham, one of the most powerful insurgent groups,", "X, a rebel faction"
            noun = (
                described.group("noun")
                or described.group("the_noun")
                or described.group("union")
                or described.group("firm")
            )
            if described.group("trade") or described.group("among") or described.group("owned"):
                return Actor.Kind.OTHER
            return _BODY_NOUN_KINDS[noun.lower().rstrip("s")]
        if (
            2 <= len(words) <= 4
            and not titled
            and not _is_acronym(written)
            and _OWNS_A_BUSINESS_AFTER.match(self.text, self.tokens[last - 1].end)
        ):
            return Actor.Kind.OTHER  # "Roan Vind, which owns that wind farm,": a firm
        if (
            len(words) <= 4
            and not titled
            and _WHICH_THEN_ANSWERS.match(self.text, self.tokens[last - 1].end)
            and not self.names_a_place(first)
            # "Paris, which hosted the talks, said": a capital speaks for its state
            and _CAPITAL_TRIE.longest_from(self.tokens, first) is None
            and _FORMER_CAPITAL_TRIE.longest_from(self.tokens, first) is None
        ):
            # "Hershey, which had weighed a rival bid, declined to comment": a name that "which"
            # takes up and that then speaks or answers is a body's ("who" is said of people)
            # (t56a)
            return Actor.Kind.OTHER
        if (
            len(words) == 1
            and not _is_acronym(written)
            and (
                kin := _KIN_AFTER_A_PERSON.search(
                    self.text, max(0, self.tokens[first].start - 40), self.tokens[first].start
                )
            )
            and (person := self.mention_ending_at(_token_index_at(self.tokens, kin.start())))
            and self.document.is_person(person.ref)
        ):
            return Actor.Kind.PERSON  # "Benito Tiamzon and his wife Wilma": a given name
        # one word that no country, people or acronym spells: a given name where what is
        # around it says so (a kin word before it, a person it is coordinated with)
        a_lone_word_name = (
            len(words) == 1
            and not titled
            and not _is_acronym(written)
            and words[0] not in _COUNTRY_NAMES
            and words[0] not in _DEMONYMS
        )
        if (
            a_lone_word_name
            and (
                kin_of := _KIN_OF_ONE_BEFORE.search(
                    self.text, max(0, self.tokens[first].start - 30), self.tokens[first].start
                )
            )
            and self.named_before_in_sentence(kin_of.start())
            and not self.names_a_place(first)
        ):
            return Actor.Kind.PERSON  # "with his daughter Benazir": a given name
        if (
            a_lone_word_name
            and re.match(r",\s+who\b", self.text[self.tokens[first].end :])
            and first >= 2
            and self.tokens[first - 1].text.lower() == "and"
            and self.coordinated_with_person(first, last)
            and not self.names_a_place(first)
        ):
            # "Te Kemara and Rewa, who had railed against the treaty": one name beside a
            # person's, that "who" takes up, is a person's too (tune40h)
            return Actor.Kind.PERSON
        if (
            len(people_words) <= 3
            and not _is_acronym(written)
            and _LISTED_AFTER_A_PLURAL_RANK.search(
                self.text, max(0, self.tokens[first].start - 80), self.tokens[first].start
            )
        ):
            # "Gens. Harney, Terry and Sanborn", "Messrs. Griffith and Collins": a rank in the
            # plural before a list of names makes each of them a person (tune46d)
            return Actor.Kind.PERSON
        if (
            len(people_words) <= 3
            and not titled
            and not _is_acronym(written)
            and head not in _PLACE_HEAD_FORMS
            and not self.names_a_place(first)
            and (
                called := _CALLED_BY_NAME_BEFORE.search(
                    self.text, max(0, self.tokens[first].start - 60), self.tokens[first].start
                )
            )
            and called.group("noun").lower() not in _NAMED_THINGS
        ):
            # "a young Japanese fanatic named Koyama", "a chief called Moka": one the text
            # introduces by a common noun and "named" is a person, not a thing's name (tune46d)
            return Actor.Kind.PERSON
        if len(words) == 1 and not _is_acronym(written) and self.acts_as_party(first, last):
            return Actor.Kind.OTHER  # "the Houthis said", "the Taliban rejected"
        if (
            a_lone_word_name
            and not self.names_a_place(first)
            and _SAYS_OF_ITSELF_AFTER.match(self.text, self.tokens[last - 1].end)
        ):
            # "Unite said it would sign off the deal": a body speaks of itself as "it", a
            # person as "he" or "she"
            return Actor.Kind.OTHER
        if (
            not titled
            and len(words) <= 3
            and words[0] not in _GIVEN_NAMES
            and not any(word in _COUNTRY_NAMES or word in _DEMONYMS for word in words)
            and head not in _DOCUMENT_HEADS
            and head not in _PLACE_HEAD_FORMS
            and head not in _PLACE_HEADS
            and head not in _FACILITY_HEADS
            and (first == 0 or not self.tokens[first - 1].is_article)
            # "the Sudan Tribune reported its": a state's name before is part of the name
            and (
                first == 0
                or not {normalize_name(self.tokens[first - 1].text)} & {*_COUNTRY_NAMES, *_DEMONYMS}
            )
            and _ACTS_ON_ITS_OWN_AFTER.match(self.text, self.tokens[last - 1].end)
            and not self.names_a_place(first)
            and _CAPITAL_TRIE.longest_from(self.tokens, first) is None
            and _FORMER_CAPITAL_TRIE.longest_from(self.tokens, first) is None
        ):
            # "When Alfa Romeo locked out its workers", "Norvik raised its offer": the subject of
            # a verb done to what is "its" own is a body, a person's being "his" or "her" (t56a)
            return Actor.Kind.OTHER
        if (
            len(words) == 1
            and not titled
            and re.search(
                r",\s+$", self.text[max(0, self.tokens[first].start - 3) : self.tokens[first].start]
            )
            and _REPORTED_AFTER.match(self.text, self.tokens[last - 1].end)
        ):
            return Actor.Kind.OTHER  # "..., Tass reported.": a news agency that reports
        if (
            len(words) <= 2
            and not titled
            and _THE_BEFORE.search(
                self.text[max(0, self.tokens[first].start - 4) : self.tokens[first].start]
            )
            and _NEWS_AGENCY_AFTER.match(self.text, self.tokens[last - 1].end)
        ):
            # "the Antara news agency quoted him", "told the Lusa news agency": the article
            # names the agency as its own body (tune45d)
            return Actor.Kind.OTHER
        if (
            len(words) <= 2
            and not titled
            and _NEWS_AGENCY_BEFORE.search(
                self.text[max(0, self.tokens[first].start - 20) : self.tokens[first].start]
            )
            and (
                self.speaks(first, last) or _WHICH_ACTS.match(self.text, self.tokens[last - 1].end)
            )
        ):
            # "The official Syrian news agency SANA said ...", "Soviet news agency TASS, which
            # accused ...": an agency that speaks for itself (not "quoted by news agency X")
            return Actor.Kind.OTHER
        if (
            len(words) <= 3
            and not titled
            and _OWNED_BY.search(
                self.text[max(0, self.tokens[first].start - 30) : self.tokens[first].start]
            )
        ):
            # "the company, which is owned by TC Energy,": who owns a body is a party, a
            # company where a word of its name is in capitals ("TC Energy"), else a person
            if len(words) > 1 and not any(
                _is_acronym(token.text) for token in self.tokens[first:last]
            ):
                return Actor.Kind.PERSON
            return Actor.Kind.OTHER
        if self.leads_a_body_named_before(first, last, words, people_words):
            # "the separatist government of Zelimkhan Yandarbiyev", "the Popular Congress party
            # of jailed Islamist Hassan al-Turabi", "a paramilitary group led by Emmanuel
            # Constant": who leads a body named in lower case before him is a person (the body
            # is read on its own)
            self.leaders_in_passing.add((first, last))
            return Actor.Kind.PERSON
        if self.opens_on_a_given_name(first, last, words, people_words):
            # "Winston Churchill and Anthony Eden flew to Athens", "the objections of Nikolai
            # Bukharin": a name that opens on a common given name is a person's
            return Actor.Kind.PERSON
        common = self.common_noun_beside(first, last)
        if common is not None and len(words) <= 2 and not titled:
            if len(words) == 1 and self.written_only_as_adjective(self.tokens[first].text):
                return None  # "the largest Hutu party", "Hutu-led parties": a people's word
            return common
        if (
            not titled
            and 2 <= len(people_words) <= 4
            and _A_DEAL_SIGNED_WITH.search(
                self.text, max(0, self.tokens[first].start - 80), self.tokens[first].start
            )
            and head not in _PLACE_HEAD_FORMS
            and self.tokens[last - 1].text.lower() in self.lower_case_words()
            and not any(word in _TITLE_WORDS for word in words)
            and not self.names_a_place(first)
        ):
            # "Google signed a deal with Seven West Media", "reached a licensing agreement with
            # Acme Data Systems": the other side of a deal a party strikes, named after a word
            # the article writes elsewhere as a common noun ("media", "systems"), is a firm, not
            # a person ("a deal with Kerry Packer") nor a place
            return Actor.Kind.OTHER
        return None

    def opens_on_a_given_name(self, first: int, last: int, words, people_words) -> bool:
        """Whether the name of two to four words opens on a common given name and has none of a
        place's, a document's or a state's words ("Anthony Eden", not "George Town", "Simon
        Bolivar Accords" or "Carlos Argentina"), nor an article before it ("the Mary Rose")."""
        return (
            2 <= len(people_words) <= 3
            and len(words) <= 5
            and words[0] in _GIVEN_NAMES
            # "the province of Feng-tien": a family name written first opens a person's name
            # as a word of its own ("Li Hung-chang"), not as the first half of a place's (t56a)
            and not (words[0] in _FAMILY_NAMES_WRITTEN_FIRST and len(self.tokens[first].words) > 1)
            # "on Martha's Vineyard": a given name in the possessive owns what follows (t56a)
            and not self.tokens[first].possessive
            and not _is_acronym(self.written(first, last))
            and "of" not in words
            and words[-1] not in _PLACE_HEAD_FORMS
            and words[-1] not in _PLACE_HEADS
            and words[-1] not in _NAMED_AFTER_A_PERSON
            and words[-1] not in _DOCUMENT_HEADS
            and words[-1] not in _ORG_HEADS
            and not any(word in _COUNTRY_NAMES or word in _DEMONYMS for word in words)
            and (first == 0 or not self.tokens[first - 1].is_article)
            # "flew to George Town": where one goes, not who
            and not self.names_a_place(first)
            # "the New Democracy party of Kyriakos Mitsotakis rejected": the body acts, its
            # leader named after "of" is left to the rules that read leaders
            and not self.owned_by_a_body_before(first)
            # "a Hamas delegation led by X", "a paramilitary group led by X that has rejected":
            # the body stands for its leader (as `_LED_BY` reads it)
            and not self.leads_a_body_in_lower_case(first)
            # "Karl Ostrow, a British diplomatic compound,": a place described after it
            and not self.described_as_a_place(last)
            # "two of its villages, Lena Dorval and Omar Farouk": places listed
            and not _PLACES_LISTED_BEFORE.search(
                self.text[max(0, self.tokens[first].start - 150) : self.tokens[first].start]
            )
        )

    def leads_a_body_named_before(self, first: int, last: int, words, people_words) -> bool:
        """Whether the name of two or three words follows a body's head word in lower case and
        "of" ("the government of X", "the party of jailed Islamist X") or "led by", "headed by"
        ("a group led by X"), and has none of a place's, a body's or a state's words ("the
        government of South Sudan", "the party of European Socialists" are no person)."""
        if not (2 <= len(people_words) <= 3 and len(words) <= 5):
            return False
        if _is_acronym(self.written(first, last)) or "of" in words:
            return False
        if any(
            word in _COUNTRY_NAMES
            or word in _DEMONYMS
            or word in _ORG_HEADS
            or word in _PLACE_HEAD_FORMS
            or word in _PLACE_HEADS
            or word in _NAMED_AFTER_A_PERSON
            or word in _DOCUMENT_HEADS
            for word in words
        ):
            return False
        if self.names_a_place(first) or self.described_as_a_place(last):
            return False
        # "the government of National Unity", "the party of European Socialists": a word the
        # article also writes in lower case, or a follower's plural, is no person's name
        lower = self.lower_case_words()
        if any(
            token.text.lower() in lower or token.text.endswith(("ist", "ists"))
            for token in self.tokens[first:last]
        ):
            return False
        before = self.text[max(0, self.tokens[first].start - 60) : self.tokens[first].start]
        owner = _A_BODY_OF_BEFORE.search(before)
        if owner is not None:
            head = owner.group("head")
            return head.islower() and normalize_name(head) in _ORG_HEADS
        return self.leads_a_body_in_lower_case(first)

    def named_before_in_sentence(self, offset: int) -> bool:
        """Whether the sentence names someone before `offset`: a capitalised word that is no
        function word, state or demonym ("Bhutto arrived with his daughter", not "the general
        and his wife")."""
        sentence = self.document.sentence_at(offset)
        return any(
            token.capitalised
            and token.text.lower() not in FUNCTION_WORDS
            and not any(word in _COUNTRY_NAMES or word in _DEMONYMS for word in token.words)
            for token in self.tokens[sentence.first_token : _token_index_at(self.tokens, offset)]
        )

    def lower_case_words(self) -> set[str]:
        """The words the article writes in lower case (read once)."""
        if self._lower_case_words is None:
            self._lower_case_words = {t.text for t in self.tokens if t.text.islower()}
        return self._lower_case_words

    def described_as_a_firm_before(self, first: int) -> bool:
        """Whether the name at token `first` follows a lower-case noun of a firm or a body
        ("state utility", "the business chamber") or a plural one and the list it opens
        ("partners X, Y and", "carriers, including X and")."""
        before = self.text[max(0, self.tokens[first].start - 150) : self.tokens[first].start]
        return bool(_A_FIRM_NOUN_BEFORE.search(before) or _FIRMS_LISTED_BEFORE.search(before))

    def leads_a_body_in_lower_case(self, first: int) -> bool:
        """Whether the name at token `first` follows "delegation led by", "group headed by": a
        body in lower case that `_LED_BY` does not take for a body of envoys."""
        before = self.text[max(0, self.tokens[first].start - 70) : self.tokens[first].start]
        return bool(_LED_BY_A_BODY.search(before)) and not _LED_BY.search(before)

    def described_as_a_place(self, last: int) -> bool:
        """Whether an appositive after the name ending at token `last` says it is a place or a
        building (", a British diplomatic compound,", ", the river port,")."""
        described = _A_THING_DESCRIBED.match(self.text, self.tokens[last - 1].end)
        if described is None:
            return False
        noun = normalize_name(described.group("noun"))
        return (
            noun in _PLACE_HEAD_FORMS
            or noun in _PLACE_HEADS
            or noun in _BUILDING_NOUNS
            or noun in _FACILITY_HEADS
            or noun in _NAMED_AFTER_A_PERSON
        )

    def owned_by_a_body_before(self, first: int) -> bool:
        """Whether the name at token `first` follows a body's head word and "of", with at most
        two words between ("the party of jailed Islamist X", "the government of X")."""
        before = _A_BODY_OF_BEFORE.search(
            self.text[max(0, self.tokens[first].start - 60) : self.tokens[first].start]
        )
        return before is not None and normalize_name(before.group("head")) in _ORG_HEADS

    def ruler_and_his_number(self, first: int, last: int) -> bool:
        """ "Pius IX", "Louis XIV": a name and a regnal number of two letters or more are a
        ruler's (not "Oslo II", "Minsk II": accords named after a capital)."""
        written = self.written(first, last)
        return (
            last - first == 2
            and _REGNAL_NUMBER.search(written) is not None
            and _ROMAN_NUMERAL.fullmatch(self.tokens[first + 1].text) is not None
            and _CAPITAL_TRIE.longest_from(self.tokens, first) is None
            and _FORMER_CAPITAL_TRIE.longest_from(self.tokens, first) is None
            and self.gazetteer.countries.longest_from(self.tokens, first) is None
        )

    def member_of_a_named_body(self, last: int) -> bool:
        """Whether "of the" and a body's capitalised name, a body's head word among its words,
        follow the name ending before token `last` ("X of the National Movement for ...")."""
        if last + 2 >= len(self.tokens) or self.tokens[last].text != "of":
            return False
        if self.tokens[last + 1].text != "the":
            return False
        index = last + 2
        heads = []
        while index < len(self.tokens) and (
            self.tokens[index].capitalised or self.tokens[index].text in _BODY_LINKS | {"the"}
        ):
            gap = self.text[self.tokens[index - 1].end : self.tokens[index].start]
            if gap.strip() not in ("", "'s", "’s"):
                break
            if self.tokens[index].capitalised:
                heads.extend(self.tokens[index].words)
            index += 1
        if index == last + 3 and _is_acronym(self.tokens[last + 2].text):
            # "Santiago Creel of the PAN", "Hans Kessel of the IAEA": a body's acronym alone
            # (t56a)
            return True
        return self.tokens[last + 2].capitalised and any(word in _ORG_HEADS for word in heads)

    def headed_by_one_named_before(self, first: int, last: int) -> bool:
        """ "X, who heads the Young Patriots,", "who chairs the ...": what a person heads or
        chairs is a body, unless the name only owns what he heads ("the rebels' panel")."""
        before = self.text[max(0, self.tokens[first].start - 40) : self.tokens[first].start]
        return (
            _WHO_HEADS.search(before) is not None
            and not self.tokens[last - 1].possessive
            and not self.noun_follows(last)
        )

    def spelled_out_before_its_acronym(self, first: int, last: int) -> bool:
        """A name in mixed case with its acronym in brackets after it ("Rally of the Republicans
        (RDR)", "Provisional Revolutionary Government (PRG)"): people's names and places carry
        none, and a dateline's city ("GUATEMALA CITY (AP) -") is in capitals, its wire's
        letters none of the city's initials."""
        acronym = _ACRONYM_IN_BRACKETS.match(self.text, self.tokens[last - 1].end)
        if acronym is None:
            return False
        capitalised = [token.text for token in self.tokens[first:last] if token.capitalised]
        return not all(word.isupper() for word in capitalised) and acronym.group("letters")[0] in {
            word[0] for word in capitalised
        }

    def common_noun_beside(self, first: int, last: int) -> str | None:
        """The kind a lower-case body noun next to the name gives it: "his Likud party", "the
        Ennahda movement" (after it), "the nationalist movement Vetevendosje" (before it,
        after an article or an adjective)."""
        if last < len(self.tokens):
            after = self.tokens[last]
            # only "party" after the name: "Hutu militia", "Islamist movement" are adjectives;
            # but with the article alone before it, "the Kamajor militia" names one militia
            if (
                after.text == "agency"
                and first >= 1
                and self.tokens[first - 1].text in ("the", "The")
                and last - first == 1
                and self.text[self.tokens[last - 1].end : after.start] == " "
            ):
                return Actor.Kind.OTHER  # "carried by the Tass agency": a news agency
            if (
                after.text in ("company", "firm", "corporation")
                and first >= 1
                and self.tokens[first - 1].text in ("the", "The")
                and self.text[self.tokens[last - 1].end : after.start] == " "
                and not self.tokens[last - 1].possessive
                and not any(
                    word in _DEMONYMS or word in _COUNTRY_NAMES
                    for token in self.tokens[first:last]
                    for word in token.words
                )
                and not self.noun_follows(last + 1)
            ):
                # "managing director of the Fiat company", "the Pullman company refused": a
                # name between "the" and a firm's noun is the firm's (not "the Dutch company")
                # (t56a)
                return Actor.Kind.OTHER
            if (
                (
                    after.text in ("party", "faction")
                    or (
                        # "the Kamajor militia", "the Islamic State group"
                        after.text in ("militia", "group")
                        and first >= 1
                        and self.tokens[first - 1].text in ("the", "The")
                    )
                )
                and self.text[self.tokens[last - 1].end : after.start] == " "
                and not self.tokens[last - 1].text.endswith("ist")
            ):
                return BODY_COMMON_NOUNS.get(after.text, Actor.Kind.ARMED_GROUP)
        if first >= 2:
            before = self.tokens[first - 1]
            if (
                before.text in BODY_COMMON_NOUNS
                and self.text[before.end : self.tokens[first].start] == " "
                and not self.tokens[first - 2].capitalised
                and not self.covered[first - 2]
            ):
                return BODY_COMMON_NOUNS[before.text]
            if (
                before.text == "opposition"
                and self.tokens[first - 2].text.lower() == "the"
                and self.text[before.end : self.tokens[first].start] == " "
                and self.acts_next(last)
            ):
                # "the opposition Jan Sangh rejected the treaty": a party the opposition is
                return Actor.Kind.POLITICAL_MOVEMENT
        return None

    def written_only_as_adjective(self, word: str) -> bool:
        """A word the article writes in a compound of a people's adjective ("Hutu-led",
        "Tutsi-dominated"), or only ever before lower-case nouns, two or more of them not a
        body's or its people's ("Hutu rebel group", "Hutu president"): it names a people, not
        a body ("his Likud party" where "Likud said", "Likud lawmakers" is a body)."""
        if re.search(
            rf"\b{re.escape(word)}-(?:led|dominated|majority|speaking|populated|controlled)\b",
            self.text,
        ):
            return True
        nouns = set()
        for token in self.tokens:
            if token.text != word:
                continue
            following = self.tokens[token.index + 1] if token.index + 1 < len(self.tokens) else None
            if (
                following is None
                or token.possessive
                or not following.text.isalpha()
                or not following.text.islower()
                or following.text in CAPITAL_VOICE_VERBS
                or self.text[token.end : following.start] != " "
            ):
                return False
            if following.text not in _GROUP_NOUNS and following.text not in BODY_COMMON_NOUNS:
                nouns.add(following.text)  # not "Likud lawmakers", "Likud party"
        return len(nouns) >= 2

    def coordinated_with_person(self, first: int, last: int) -> bool:
        """ "A and B" where the other side is a person already read ("Azerbaijan's Jeyhun
        Bayramov and Armenia's Zohrab Mnatsakanyan")."""
        others = []
        if first >= 2 and self.tokens[first - 1].text.lower() == "and":
            others.append(self.mention_ending_at(first - 1))
            if self.tokens[first - 2].capitalised and self.person_whose_name_ends_here(
                first - 2, first - 1
            ):
                return True  # "Mr. Thomas and Ernest Bevin" after "J. H. Thomas"
        # "with Arthur Griffith, Michael Collins, Robert Barton and William Cosgrave": names
        # in a list that closes with "and" are alike, so one beside a person (a comma between)
        # is a person too
        if self.closes_a_list_of_names(last):
            if self.listed_after_a_person(first):
                return True
            if last + 1 < len(self.tokens) and _A_COMMA.fullmatch(
                self.text[self.tokens[last - 1].end : self.tokens[last].start]
            ):
                others.append(self.mention_starting_at(last))
        # "Foreign Ministers Sergey Lavrov of Russia, Mevlut Cavusoglu of Turkey and ...": names
        # in a list, each with the state it serves, beside the person named next (the person
        # named before: listed_like_a_person_of)
        state_after = self.state_complement_end(last)
        if (
            state_after is not None
            and state_after < len(self.tokens)
            and (
                self.tokens[state_after].text.lower() == "and"
                or re.fullmatch(
                    r"\s*,\s*",
                    self.text[self.tokens[state_after - 1].end : self.tokens[state_after].start],
                )
            )
        ):
            start = state_after + (self.tokens[state_after].text.lower() == "and")
            others.append(self.mention_starting_at(start))
        if last + 1 < len(self.tokens) and self.tokens[last].text.lower() == "and":
            following = self.mention_starting_at(last + 1)
            if (
                following is not None
                and following.via in ("country", "name", "demonym")
                and self.tokens[following.last_token - 1].possessive
            ):
                following = self.mention_starting_at(following.last_token)
            others.append(following)
        return any(
            other is not None
            and other.via in ("name", "new", "title")
            and self.document.is_person(other.ref)
            for other in others
        )

    def closes_a_list_of_names(self, last: int) -> bool:
        """Whether the name ending before token `last` goes on with more names, each after a
        comma, and the last after "and" (", Robert Barton and William Cosgrave in favour")."""
        return bool(_LIST_OF_NAMES_GOES_ON.match(self.text, self.tokens[last - 1].end))

    def state_complement_end(self, last: int) -> int | None:
        """The token after "of <state>" right after a name ("Mevlut Cavusoglu of Turkey")."""
        if last + 1 >= len(self.tokens) or self.tokens[last].text != "of":
            return None
        start = last + 1
        if self.tokens[start].text.lower() == "the" and start + 1 < len(self.tokens):
            start += 1  # "of the United States"
        state = self.mention_starting_at(start)
        if state is None or not self.is_state(state.ref):
            return None
        return state.last_token

    def listed_like_a_person_of(self, first: int, last: int) -> bool:
        """ "Foreign Ministers Sergey Lavrov of Russia, Mevlut Cavusoglu of Turkey and ...": in a
        list whose item before is a person and his body joined by "of", a name followed by "of"
        and a capitalised body is a person too; so with "for", the body one acts for
        ("Negotiators: Justice Minister Patrick Chinamasa for ZANU-PF, Tendai Biti for the MDC
        and ...")."""
        link = re.match(
            r"\s+(of|for)\s+(?:the\s+)?(?-i:[A-Z])", self.text[self.tokens[last - 1].end :]
        )
        if link is None:
            return False
        if first < 4:
            return False
        if self.tokens[first - 1].text.lower() == "and":
            body = self.mention_ending_at(first - 1)
        elif self.text[self.tokens[first - 1].end : self.tokens[first].start].strip() == ",":
            body = self.mention_ending_at(first)
        else:
            return False
        if body is None or body.first_token < 2:
            return False
        of = body.first_token - 1
        if self.tokens[of].text.lower() == "the":
            of -= 1  # "Mark Ellis of the United States"
        if of < 1 or self.tokens[of].text != link.group(1):
            return False
        person = self.mention_ending_at(of)
        return person is not None and self.document.is_person(person.ref)

    def coordinated_with_titled_person(self, last: int) -> bool:
        """ "A and former Tanzanian President B": the name after "and" has a post before it
        (past "former", "late" and a state's adjective), so both names are people's."""
        if last + 2 >= len(self.tokens) or self.tokens[last].text.lower() != "and":
            return False
        position = last + 1
        while position < len(self.tokens) and self.tokens[position].text.lower() in (
            "former",
            "late",
            "the",
        ):
            position += 1
        country = self.gazetteer.countries.longest_from(self.tokens, position)
        if country is not None:
            position = country[1]
        title = _PERSON_TITLE_TRIE.longest_from(self.tokens, position)
        # "and Vice Minister ...", "and Deputy Trade Minister ...": words of posts before the
        # one the list of titles holds
        for _ in range(2):
            if title is not None or position + 1 >= len(self.tokens):
                break
            if not self.tokens[position].capitalised or self.tokens[position].words[:1] == ("of",):
                break
            if (
                not self.tokens[position].words
                or self.tokens[position].words[0] not in _TITLE_WORDS
            ):
                break
            position += 1
            title = _PERSON_TITLE_TRIE.longest_from(self.tokens, position)
        if title is None:
            return False
        end = title[1]
        # "and Vice Minister of Defense Edward Ochab": the portfolio after "of" is the post's
        if (
            end + 2 < len(self.tokens)
            and self.tokens[end].text.lower() in ("of", "for")
            and self.tokens[end + 1].capitalised
            and self.tokens[end + 1].words[:1]
            and self.tokens[end + 1].words[0] in _TITLE_WORDS
        ):
            end += 2
        return (
            end < len(self.tokens)
            and self.tokens[end].capitalised
            and _PERSON_TITLE_TRIE.longest_from(self.tokens, end) is None
        )

    def acts_as_party(self, first: int, last: int) -> bool:
        before = self.tokens[first - 1].text.lower() if first > 0 else ""
        after = self.tokens[last].text.lower() if last < len(self.tokens) else ""
        return before == "the" and (after in _SPEECH or after in _PARTY_VERBS)

    def appositive_follows(self, last: int) -> bool:
        end = self.tokens[last - 1].end
        if (
            self.tokens[last - 1].text.lower() in GENERATIONAL_SUFFIXES
            and self.text[end : end + 1] == "."
        ):
            end += 1  # "Alfred P. Sloan Jr., the corporation's president": the suffix's period
        return _appositive_in(self.text[end : end + 60])

    def pair_described(self, last: int) -> bool:
        """ "A and B, the two head chiefs of ...", "A and B, both senior officials": a name
        joined by "and" to one more, the two told as people by a plural appositive after the
        second (the posts of `appositive_follows`, in the plural)."""
        pair = _PAIR_DESCRIBED.match(self.text, self.tokens[last - 1].end)
        if pair is None:
            return False
        following = self.text[pair.end() : pair.end() + 60]
        # ", the two head chiefs of": read as ", the head chief of"
        singular = _PLURAL_POSTS_AFTER.match(following)
        return singular is not None and _appositive_in(
            ", the " + re.sub(r"(?<=[a-z])s\b", "", following[singular.end() :])
        )

    def removed_from_power(self, first: int) -> bool:
        """ "the uprising that toppled and killed Moammar Gadhafi", "troops who ousted Omar
        al-Bashir": the one a verb of overthrow takes is a person."""
        return first > 0 and self.tokens[first - 1].text.lower() in _OVERTHROW_VERBS

    def post_and_comma_before(self, first: int, last: int) -> bool:
        """ "The group's chief negotiator and political strategist, Anton Balasingham, has
        lived ...", "said the rebels' spokesman, Ali Hassan.": a post, a comma and the name,
        closed by a comma or the end of the sentence."""
        before = self.text[max(0, self.tokens[first].start - 60) : self.tokens[first].start]
        after = self.text[self.tokens[last - 1].end : self.tokens[last - 1].end + 2]
        return bool(_POST_AND_COMMA.search(before)) and bool(re.match(r"[,.;]", after))

    def speaks(self, first: int, last: int) -> bool:
        # "X said", "X also said"; not "in the South Caucasus, but noted"
        after = [
            token
            for token in self.tokens[last : last + 2]
            if not re.search(r"[,.;:()]", self.text[self.tokens[last - 1].end : token.start])
        ]
        before = self.tokens[max(0, first - 1) : first]
        return (
            any(token.text.lower() in _SPEECH for token in after)
            or any(token.text.lower() in ("said", "says") for token in before)
            or (
                bool(_APPOSITIVE_THEN_SPEECH.match(self.text, self.tokens[last - 1].end))
                # not the tail of an owner's name ("The California Public Employees'
                # Retirement System, one of ..., said" is no "Retirement System"), nor of a name
                # cut after a demonym ("the trustees of the British Steel Pension Scheme, one of
                # ..., said")
                and _INSIDE_AN_OWNERS_NAME_BEFORE.search(
                    self.text, max(0, self.tokens[first].start - 40), self.tokens[first].start
                )
                is None
            )
        )

    def surname_recurs(self, first: int, last: int) -> bool:
        while last > first + 2 and self.tokens[last - 1].text.lower() in GENERATIONAL_SUFFIXES:
            last -= 1  # "Luis Mena Jr." recurs as "Mena"
        surname = self.tokens[last - 1].text
        if normalize_name(surname) in _DEMONYMS:
            return False  # "Mayan Indian peasants" ... "Indian identity": an adjective
        # "Nobel Peace laureate" ... "a Firm and Lasting Peace": a word inside another name is
        # no surname standing alone ("According to Malik Mahmud" repeats the same name).
        given = self.tokens[last - 2].text if last - first >= 2 else None
        # "Ahmed al-Rabie" recurs as "Rabie": the surname without its Arabic article
        article = re.fullmatch(r"(?:[Aa][lnrsdtz]|[Ee]l|[Aa]sh)-([A-Z]\w+)", surname)
        surnames = {surname, article.group(1)} if article else {surname}
        return any(
            token.text in surnames
            and (token.index < first or token.index >= last)
            and not self.inside_another_name(token.index, given)
            for token in self.tokens
        )

    def inside_another_name(self, index: int, given: str | None) -> bool:
        if index == 0:
            return False
        before = self.tokens[index - 1]
        return (
            before.capitalised
            and before.text != given
            and before.text.lower() not in _TITLE_WORDS  # "President Arzu"
            and self.text[before.end : self.tokens[index].start] == " "
        )

    def match_surnames(self) -> None:
        """ "Haniyeh" after "Ismail Haniyeh"; "Blinken" after a recorded "Antony Blinken"."""
        people = {}
        given_names: dict[str, dict[str, None]] = {}  # ordered: the first named comes first
        paternal: dict[str, dict[str, None]] = {}
        for mention in sorted(self.mentions, key=lambda m: m.start):
            if (
                mention.last_token - mention.first_token >= 2
                and self.document.is_person(mention.ref)
                and not self.ends_on_a_post(mention)
            ):
                if not self.surname_token(mention).capitalised:
                    continue  # "the rebel chief" read as Kony: a post's word is no surname
                surname = self.surname_token(mention).text
                people.setdefault(surname, mention.ref)
                # "Sarraj" after "Fayez al-Sarraj", "Sisi" after "Abdel Fattah el-Sisi": the
                # surname without its Arabic article
                article = re.fullmatch(r"(?:[Aa][lnrsdtz]|[Ee]l|[Aa]sh)-([A-Z]\w+)", surname)
                if article:
                    people.setdefault(article.group(1), mention.ref)
                # "General Paulo Lukamba, known as Gato, ... Gato said": a nickname the
                # article gives him answers for him as his surname does
                nickname = _KNOWN_AS.match(self.text, mention.end)
                if nickname:
                    people.setdefault(nickname.group("nickname"), mention.ref)
                if mention.via in ("name", "new") and mention.last_token - mention.first_token <= 3:
                    given = self.tokens[mention.first_token].text
                    # "M. Keller": an initial is no given name to call him by (tune40h)
                    if len(given) > 1:
                        given_names.setdefault(given, {})[mention.ref] = None
                middle = self.tokens[mention.first_token + 1]
                if (
                    mention.via == "new"
                    and mention.last_token - mention.first_token == 3
                    and middle.capitalised
                    and re.fullmatch(r"[^\W\d_]{3,}", middle.text)
                ):
                    # "Revollo" after "Mario Revollo Bravo": the first of two family names,
                    # as Spanish and Portuguese names are written, called alone
                    paternal.setdefault(middle.text, {})[mention.ref] = None
        # "Redwan said" after "Redwan Hussien": many people are called by their given name
        # (Ethiopians, Eritreans, Indonesians). A first word several people share is a family
        # name written first ("Kim" after "Kim Jong Un" and "Kim Yong Chol", "Lee", "Nguyen"):
        # the press writes it alone for the one it introduced first, and names the others in
        # full.
        for given, refs in given_names.items():
            if given not in people and given.lower() not in FUNCTION_WORDS:
                people[given] = next(iter(refs))
        for middle, refs in paternal.items():
            if middle not in people and len(refs) == 1 and middle.lower() not in FUNCTION_WORDS:
                people[middle] = next(iter(refs))
        for token in self.tokens:
            if self.covered[token.index] or token.text not in people:
                continue
            following = self.tokens[token.index + 1] if token.index + 1 < len(self.tokens) else None
            if (
                following is not None
                and following.capitalised
                and not self.covered[following.index]
                and not self.text[token.end : following.start].strip()
            ):
                continue  # another name that starts the same way ("said Paisley. John" does not)
            if (
                following is not None
                and not self.text[token.end : following.start].strip()
                and (person := self.mention_starting_at(following.index)) is not None
                and self.document.is_person(person.ref)
            ):
                # "Sheikh Hassan Dahir Aweys" after "Sheikh Sharif Sheikh Ahmed": a word right
                # before another person's name is his title, not the first one's surname
                continue
            ref = people[token.text]
            sharers = given_names.get(token.text, {})
            if len(sharers) > 1 and ref in sharers:
                # "Labor Minister Lee Jung-sik ... “...,” Lee said" after "Chairman Lee
                # Jay-yong" a paragraph before: of several who share the first word, the only
                # one named in full in the word's own paragraph (tune46d)
                paragraph = self.text.rfind("\n", 0, token.start) + 1
                named = {
                    mention.ref
                    for mention in self.mentions
                    if mention.ref in sharers
                    and paragraph <= mention.start < token.start
                    and mention.last_token - mention.first_token >= 2
                }
                if len(named) == 1:
                    ref = next(iter(named))
            self.add(token.index, token.index + 1, ref, "surname")

    def ends_on_a_post(self, mention: Mention) -> bool:
        """ "Foreign Minister" read as Botha's title: its last word is the post's, not a
        surname ("Deputy Foreign Minister Anatoly Adamishin" is not Botha)."""
        if mention.via != "title":
            return False
        last_word = self.tokens[mention.last_token - 1].text.lower()
        return any(
            last_word in position.title.lower().split() for position in self.gazetteer.positions
        )

    def surname_token(self, mention: Mention):
        """The last word of a person's name, before a generational suffix ("Benigno Aquino
        III" is "Aquino", "Martin Luther King Jr." is "King")."""
        if (
            mention.last_token - mention.first_token == 3
            and self.tokens[mention.first_token + 1].text == "of"
        ):
            # "Prince Carl of Denmark", "Archbishop Ieronymos of Athens": a one-word name,
            # then his house or his see; a bare "Athens" is the city, not him
            return self.tokens[mention.first_token]
        last = mention.last_token - 1
        while (
            last > mention.first_token + 1
            and self.tokens[last].text.lower().rstrip(".") in GENERATIONAL_SUFFIXES
        ):
            last -= 1
        return self.tokens[last]

    def people_of_two_demonyms(self, first: int, last: int) -> bool:
        """Whether a demonym is followed by the plural of another, both capitalised, one space
        apart ("Greek Cypriots", "Bosnian Croats"): the two words name one people."""
        if last >= len(self.tokens) or not self.tokens[first].capitalised:
            return False
        written = " ".join(w for t in self.tokens[first:last] for w in t.words)
        following = self.tokens[last]
        return (
            written in _DEMONYMS
            and following.capitalised
            and following.text.endswith("s")
            and normalize_name(following.text[:-1]) in _DEMONYMS
            and self.text[self.tokens[last - 1].end : following.start] == " "
        )

    def match_demonyms(self) -> None:
        """ "Israeli bombardment", "Indonesian mediators": a recorded state named by its
        demonym or another name. A state not recorded yet is offered only where the words
        that follow say it acts itself ("the Turkish government", "Turkish forces"), not its
        unnamed people ("Turkish officials")."""
        for first, last, codes in self.gazetteer.countries.matches(self.tokens):
            if any(self.covered[first:last]) or not self.has_capital(first, last):
                continue
            if (
                self.document.in_quote(self.tokens[first].start)
                or self.opens_dateline(first)
                or self.dateline_country(first)
            ):
                continue
            if self.inside_a_longer_place(first, last):
                continue  # "rounds in Caracas, San Jose, Mexico City and New York"
            if self.people_of_two_demonyms(first, last):
                # "Makarios for the Greek Cypriots", "the Turkish Cypriots": a people named by
                # a demonym and the plural of another, not either state (tune45d)
                self.add_new(first, last + 1, Actor.Kind.OTHER, titled=False)
                continue
            if self.after_a_compass_word(first):
                continue  # "five Central American nations", "South America": a region
            state = self.gazetteer.state_of_country(codes[0])
            following = self.tokens[last].text.lower() if last < len(self.tokens) else ""
            written = " ".join(w for t in self.tokens[first:last] for w in t.words)
            # ("the Esthonian delegation": an adjective derived from a recorded state's name)
            demonym = written in _DEMONYMS or written in self.gazetteer.derived_demonyms
            if not demonym and first > 0 and self.where_one_goes_or_is(first):
                continue  # "told reporters in Washington": the place, not the state
            if state is not None:
                # "Egyptian intelligence chief": the state qualifies a post and takes no part
                # itself; "Indonesian mediators", "Egypt" do.
                # An adjective ("Israeli troops", "Indonesian mediators") qualifies a noun and
                # is not by itself a mention of the state; another name of it ("Moscow") is.
                if demonym and self.people_named_by_demonym(first, last):
                    # "principles drafted by the Dutch.", "The French rejected it": the
                    # people's name as a noun, the state itself (tune40g)
                    self.add(first, last, f"actor:{state}", "country")
                    continue
                if demonym and following in _GOVERNMENT_NOUNS:
                    # "the Philippine government", "Syrian authorities": the state itself,
                    # or its government where that is recorded as a body of its own ("the
                    # Indian government" recorded as "Government of India")
                    ref = f"actor:{state}"
                    if following in _GOVERNMENT_WORDS:
                        ref = self.recorded_government(ref)
                    self.add(first, last + 1, ref, "country")
                    continue
                self.add(first, last, f"actor:{state}", "demonym" if demonym else "country")
            elif (
                following in _STATE_VOICES
                and not (demonym and following in _STATE_PEOPLE)
                and not self.one_unnamed_before(first)
            ) or (not demonym and self.person_of_the_state_before(first)):
                # (tune40g) "Emperor Haile Selassie of Ethiopia": the state a person is of
                # "the Irish government said", "Bosnian Serb forces", "Algeria's delegation":
                # the state; "Tanzanian officials said", "French troops": its people, unnamed
                ref = self.country_ref(codes[0], first, last)
                # "The French Government, to which ..., has not replied": the state with the
                # noun, as a recorded state's is, so the answer after the noun is the state's
                government = following in _GOVERNMENT_NOUNS and not self.tokens[last - 1].possessive
                self.add(first, last + 1 if government else last, ref, "country")

    def person_of_the_state_before(self, first: int) -> bool:
        """ "Emperor Haile Selassie of Ethiopia", "Gen. Ensio Siilasvuo of Finland": a person's
        name, then "of" right before the country's name."""
        if first < 2 or self.tokens[first - 1].text != "of":
            return False
        if self.text[self.tokens[first - 2].end : self.tokens[first].start] != " of ":
            return False
        person = self.mention_ending_at(first - 1)
        return person is not None and self.document.is_person(person.ref)

    def people_named_by_demonym(self, first: int, last: int) -> bool:
        """ "drafted by the Dutch.", "the French rejected it": "the" and a people's adjective
        that qualifies nothing, closing the clause or before a verb the state performs."""
        if first == 0 or self.tokens[first - 1].text.lower() != "the":
            return False
        if last >= len(self.tokens):
            return True
        gap = self.text[self.tokens[last - 1].end : self.tokens[last].start]
        if re.search(r"[.;:)]", gap):
            return True
        if "," in gap:
            # but "the Dutch, French and British delegations": a list of adjectives
            return self.gazetteer.countries.longest_from(self.tokens, last) is None
        return gap == " " and self.tokens[last].text in CAPITAL_VOICE_VERBS

    def after_a_compass_word(self, first: int) -> bool:
        """A capitalised compass word before a country's name or demonym makes a region
        ("Central America", "the South American presidents"): countries named with one
        ("South Africa", "North Korea") are matched whole before this is asked."""
        if first == 0:
            return False
        before = self.tokens[first - 1]
        return (
            before.text[:1].isupper()
            and not before.possessive
            and len(before.words) == 1
            # "Latin America", "the Latin American countries": a region too
            and (before.words[0] in _COMPASS_WORDS or before.words[0] == "latin")
        )

    def one_unnamed_before(self, first: int) -> bool:
        """ "a senior U.S. official", "a Turkish military base": one unnamed person or thing
        of the state, which does not name the state (its officials, its government do)."""
        before = [token.text for token in self.tokens[max(0, first - 3) : first]]
        while before and before[-1].islower() and before[-1] not in ("a", "an"):
            before.pop()  # "senior", "high-ranking": words describing him
        return bool(before) and before[-1].lower() in ("a", "an")

    def where_one_goes_or_is(self, first: int) -> bool:
        """ "in Washington", "at Moscow", "was due to fly on to Washington"."""
        before = self.tokens[first - 1].text.lower()
        if before in ("in", "at"):
            return True
        return (
            before in ("to", "into")
            and first > 1
            and self.tokens[first - 2].text.lower() in _MOTION_VERBS
        )

    def match_capitals(self) -> None:
        """ "Kigali welcomed the call", "Beirut on Tuesday answered", "Yerevan's proposal": a
        capital that acts stands for its recorded state, even where the city is also a
        recorded place; "talks in Beirut" is the place."""
        year = self.document.published_on.year
        seats = [
            (first, last, [code for code, until in payloads if year <= until])
            for first, last, payloads in _FORMER_CAPITAL_TRIE.matches(self.tokens)
        ]
        # "Bonn reserved its position" (1955): a former seat while it was one (tune40g)
        for first, last, codes in [*_CAPITAL_TRIE.matches(self.tokens), *seats]:
            if not codes or any(self.covered[first:last]) or not self.has_capital(first, last):
                continue
            if self.document.in_quote(self.tokens[first].start):
                continue
            # a state not recorded yet answers nothing through its capital ("Kigali rejected");
            # a seat of a state since dissolved stands for that state where it alone is recorded
            state = self.gazetteer.first_recorded_state(codes)
            ref = (
                f"actor:{state}"
                if state is not None
                else self.body_named_after_its_city(first, last)
                or self.new_state_named_before(codes, first)
            )
            if ref is None:
                ref = self.divided_state_named_before(codes, first)
            if ref is None or self.inside_a_longer_place(first, last):
                continue
            if first > 0 and self.tokens[first - 1].text.lower() in _CAPITAL_AS_PLACE:
                continue
            possession = (
                self.tokens[last - 1].possessive
                and last < len(self.tokens)
                and self.tokens[last].text.lower() in CAPITAL_POSSESSIONS
            )
            # "had already been turned down by Asunción": the agent of a passive answer
            agent = (
                first > 1
                and self.tokens[first - 1].text == "by"
                and self.tokens[first - 2].text.lower() in CAPITAL_PASSIVE_ANSWERS
            )
            # "Hanoi radio called it ...": the state's radio speaks for it (tune46d)
            voice = (
                last < len(self.tokens)
                and self.tokens[last].text.lower() in ("radio", "television")
                and self.text[self.tokens[last - 1].end : self.tokens[last].start] == " "
                and self.acts_next(last + 1)
            )
            # "the Moscow Government recognizes": the state's government named by its seat
            government = (
                last < len(self.tokens)
                and self.tokens[last].text.lower() in _GOVERNMENT_WORDS
                and self.text[self.tokens[last - 1].end : self.tokens[last].start] == " "
                and not self.tokens[last - 1].possessive
            )
            if possession or agent or voice or government or self.acts_next(last):
                # "Port Moresby had yet to approve": a capital that acts speaks for the state's
                # government where that is recorded as a body of its own
                if ":new:" not in ref and self.is_state(ref):
                    ref = self.recorded_government(ref)
                self.add(first, last + 1 if government else last, ref, "country")

    def match_seats_of_government(self) -> None:
        """ "Downing Street rejected the plan", "the Porte has taken note of it": a seat of
        government that acts stands for its recorded state (or the state's government recorded
        as a body of its own), as a capital does; "talks at Downing Street" is the place, and a
        seat no other reading took ("The White House said" is a body) answers nothing where its
        state is not recorded."""
        for first, last, payloads in _SEAT_OF_GOVERNMENT_TRIE.matches(self.tokens):
            if any(self.covered[first:last]) or not self.has_capital(first, last):
                continue
            if self.document.in_quote(self.tokens[first].start):
                continue
            state = self.gazetteer.first_recorded_state(payloads[0])
            if state is None or not self.acts_next(last):
                continue
            before = first - 1
            if before >= 0 and self.tokens[before].text.lower() == "the":
                before -= 1
            if before >= 0 and self.tokens[before].text.lower() in _BEFORE_A_SEAT_AS_PLACE:
                continue  # "talks at Downing Street were", "a letter to the Porte would"
            self.add(first, last, self.recorded_government(f"actor:{state}"), "country")

    def divided_state_named_before(self, codes, first: int) -> str | None:
        """ "North Vietnam ... said it would respect the accord. Hanoi radio called it": where
        the capital's country has no recorded state, the one recorded state named before
        whose name is that country's after a compass word (tune46d)."""
        start = self.tokens[first].start
        for code in codes:
            name = _COUNTRY_CANONICAL.get(code)
            if not name:
                continue
            country = normalize_name(name)
            found = set()
            for mention in self.mentions:
                if mention.start >= start or not self.is_state(mention.ref):
                    continue
                words = normalize_name(self.actor_name(mention.ref)).split()
                if len(words) == 2 and words[0] in _COMPASS_WORDS and words[1] == country:
                    found.add(mention.ref)
            if len(found) == 1:
                return next(iter(found))
        return None

    def new_state_named_before(self, codes, first: int) -> str | None:
        """ "The Philippines asked Malaysia to stop the arms. Kuala Lumpur has not replied": a
        state not recorded but named by the article before its capital acts is the one the
        capital stands for (tune44g)."""
        for code in codes:
            name = _COUNTRY_CANONICAL.get(code)
            key = _new_actor_key(name) if name else None
            actor = self.document.new_actors.get(key)
            if (
                actor is not None
                and actor.kind == Actor.Kind.STATE
                and actor.start < self.tokens[first].start
            ):
                return key
        return None

    def match_party_plurals(self) -> None:
        """ "the Conservatives pressed the government", "Whigs who object ... joined a handful
        of Democrats": a party named by the capitalised plural of its members is a political
        movement, the one named before whose name holds the singular ("the Communist Party ...
        the Communists"), else a new one under the plural. Not within a longer name ("Rally of
        the Republicans", "Democrats Abroad"), a quotation, or where a state named before holds
        the word ("the Republic ... what Republicans called": its people)."""
        for token in self.tokens:
            index = token.index
            if len(token.words) != 1 or self.covered[index]:
                continue
            word = token.words[0]
            if word not in _PARTY_PLURALS | _PARTY_NAME_PLURALS:
                continue
            if not token.text[:1].isupper() or token.text.isupper():
                continue
            if self.document.in_quote(token.start):
                continue
            first = index
            while (
                first > 0
                and self.tokens[first - 1].text[:1].isupper()
                and self.tokens[first - 1].words[-1] in _PARTY_PLURAL_OPENERS
                and self.text[self.tokens[first - 1].end : self.tokens[first].start] == " "
                and not self.covered[first - 1]
            ):
                first -= 1  # "the Social Democrats"
            opening = first == self.document.sentence_at(token.start).first_token
            if opening and word not in _PARTY_NAME_PLURALS:
                continue  # "Liberals and conservatives alike": a common noun
            if first > 0 and not opening:
                before = self.tokens[first - 1]
                gap = self.text[before.end : self.tokens[first].start]
                if before.capitalised and gap == " " and before.text != "The":
                    continue  # "Greek Communists", "Young Turks Democrats": another name
                if (
                    before.text.lower() == "the"
                    and first > 2
                    and self.tokens[first - 2].text == "of"
                    and self.tokens[first - 3].capitalised
                ):
                    continue  # "the Rally of the Republicans"
            if index + 1 < len(self.tokens):
                following = self.tokens[index + 1]
                gap = self.text[token.end : following.start]
                if gap == " " and (following.capitalised or following.text == "of"):
                    continue  # "Democrats Abroad", "the Republicans of Catalonia"
            singular = {word[:-1]} | ({word[:-3]} if word.endswith("ans") else set())
            named = [
                ref
                for ref in self.mentioned_refs
                if singular & set(normalize_name(self.actor_name(ref)).split())
            ]
            if any(self.is_state(ref) for ref in named):
                continue  # "the Republic" ... "Republicans": the state's people
            parties = [
                ref
                for ref in named
                if self.kind_of(ref) in (Actor.Kind.POLITICAL_MOVEMENT, Actor.Kind.ARMED_GROUP)
            ]
            if parties:
                self.add(first, index + 1, parties[-1], "anaphor")
                continue
            name = self.written(first, index + 1)
            ref = self.new_ref(name, Actor.Kind.POLITICAL_MOVEMENT, first, index + 1)
            self.add(first, index + 1, ref, "new")

    def match_movements_named_after_a_leader(self) -> None:
        """ "the Zafy movement", "the Ravalomanana, Zafy and Ratsiraka movements": a lower-case
        "movement" after the surname of a person the article names is the movement that leader
        heads, a new political movement called "X movement" (not the person himself). Only after
        "the" or in such a list, and only a person's surname: "the Ennahda movement" names a
        party by its own name, read elsewhere."""
        surnames = {}
        for ref in self.mentioned_refs:
            if self.kind_of(ref) == Actor.Kind.PERSON:
                words = normalize_name(self.actor_name(ref)).split()
                if len(words) >= 2:
                    surnames.setdefault(words[-1], ref)
        for token in list(self.tokens):
            if token.text not in ("movement", "movements") or token.index < 2:
                continue
            leaders = self.leaders_listed_before(token.index, plural=token.text == "movements")
            for position in leaders:
                leader = self.tokens[position]
                if len(leader.words) != 1 or leader.words[0] not in surnames:
                    continue
                for mention in [m for m in self.mentions if m.first_token == position]:
                    if mention.last_token == position + 1:
                        self.remove_mention(mention)
                if self.covered_by_another(position):
                    continue
                name = f"{self.written(position, position + 1)} movement"
                last = token.index + 1 if position == token.index - 1 else position + 1
                ref = self.new_ref(name, Actor.Kind.POLITICAL_MOVEMENT, position, last)
                self.add(position, last, ref, "new")

    def match_bodies_told_by_their_leader(self) -> None:
        """ "The movement of Ravalomanana, who ..., signed", "The movement of another former
        president, Albert Zafy, signed", "Zafy's movement": a body's head word told with the
        person who leads it ("the movement (party, faction, wing) of X", "X's movement") is the
        one body the article names after his surname and that head ("the Zafy movement"), not
        the person himself. A description of him may stand in apposition before his name. Where
        the article names no such body, or two, nothing is read."""
        for token in self.tokens[1:-1]:
            index = token.index
            head = token.text.lower()
            if head not in _HEADS_NAMED_AFTER_A_LEADER or self.covered[index]:
                continue
            if self.document.in_quote(token.start):
                continue
            leader, first = None, index
            if self.tokens[index - 1].text.lower() == "the" and (
                self.tokens[index + 1].text == "of"
            ):
                # "of Ravalomanana", "of another former president, Albert Zafy,"
                between = _LEADER_DESCRIBED.match(self.text, self.tokens[index + 1].end)
                leader = next(
                    (
                        m
                        for m in self.mentions
                        if between is not None
                        and m.start == between.end()
                        and self.kind_of(m.ref) == Actor.Kind.PERSON
                    ),
                    None,
                )
                first = index - 1
            elif self.tokens[index - 1].possessive:
                leader = next(
                    (
                        m
                        for m in self.mentions
                        if m.last_token == index and self.kind_of(m.ref) == Actor.Kind.PERSON
                    ),
                    None,
                )
            if leader is None:
                continue
            surname = normalize_name(self.actor_name(leader.ref)).split()[-1:]
            bodies = {
                mention.ref
                for mention in self.mentions
                if self.kind_of(mention.ref) != Actor.Kind.PERSON
                and normalize_name(self.actor_name(mention.ref)).split() == [*surname, head]
            }
            if not bodies and head in ("faction", "group", "wing"):
                faction = self.faction_told_as_led_by(leader, first, index + 1)
                if faction is not None:
                    self.add(first, index + 1, faction, "new")
            if len(bodies) == 1:
                self.add(first, index + 1, bodies.pop(), "anaphor")

    def faction_told_as_led_by(self, leader: Mention, first: int, last: int) -> str | None:
        """ "The two factions of the Sudan Liberation Army led by Abdel Wahid Nur and Minni
        Minnawi ... Nur's group": the faction of the body that the article says the leader
        leads, a new body of the body's kind, where the article names no body of his own."""
        for found in _FACTIONS_LED_BY.finditer(self.text, 0, self.tokens[first].start):
            body = next(
                (
                    m
                    for m in self.mentions
                    if m.start == found.start("body")
                    and self.kind_of(m.ref) not in (Actor.Kind.PERSON, Actor.Kind.STATE)
                ),
                None,
            )
            if body is None or not any(
                m.ref == leader.ref and found.start("leaders") <= m.start < found.end("leaders")
                for m in self.mentions
            ):
                continue
            # named as the article writes it, as other new bodies are ("Nur's group")
            opening = min(first, leader.first_token)
            return self.new_ref(self.written(opening, last), self.kind_of(body.ref), opening, last)
        return None

    def match_firms_before_their_heads(self) -> None:
        """ "Netflix co-CEO Ted Sarandos", "San Antonio Spurs owner Peter Holt": a name the
        article names nothing else by, right before a post only a business has (its chief
        executive, its owner, its founder) and a person's name, is the business, a new actor.
        Not a country or its people ("French CEO X"), nor a name another reading took."""
        for found in _FIRM_BEFORE_ITS_HEAD.finditer(self.text):
            tokens = [
                token
                for token in self.tokens
                if found.start("name") <= token.start < found.end("name")
            ]
            if not tokens or any(self.covered[token.index] for token in tokens):
                continue
            first, last = tokens[0].index, tokens[-1].index + 1
            if (
                first > 0
                and self.tokens[first - 1].capitalised
                and not self.tokens[first - 1].is_article
                and self.text[self.tokens[first - 1].end : tokens[0].start] == " "
            ):
                continue  # the run goes on before: its start is not the name's
            words = " ".join(word for token in tokens for word in token.words)
            if (
                words in _COUNTRY_NAMES
                or words in _DEMONYMS
                or words in FUNCTION_WORDS
                or self.gazetteer.countries.longest_from(self.tokens, first)
                or _PERSON_TITLE_TRIE.longest_from(self.tokens, first)
                or self.document.in_quote(tokens[0].start)
            ):
                continue
            ref = self.new_ref(self.written(first, last), Actor.Kind.OTHER, first, last)
            self.add(first, last, ref, "new")

    def match_bodies_a_person_heads(self) -> None:
        """ "Terry Roe, national chair of Families United, said": a name of two or more
        capitalised words that the appositive after a person's name says he chairs, presides,
        leads or is secretary of, closed by a comma, is that body, a new actor. Not a country or
        its people, a ministry's portfolio ("secretary of Homeland Security" is a post), nor a
        name another reading took (t56h)."""
        for found in _BODY_A_PERSON_HEADS.finditer(self.text):
            before = self.mention_ending_at(
                next((t.index for t in self.tokens if t.start >= found.start()), len(self.tokens))
            )
            if before is None or self.kind_of(before.ref) != Actor.Kind.PERSON:
                continue
            tokens = [
                token
                for token in self.tokens
                if found.start("name") <= token.start < found.end("name")
            ]
            if len(tokens) < 2 or any(self.covered[token.index] for token in tokens):
                continue
            first, last = tokens[0].index, tokens[-1].index + 1
            words = " ".join(word for token in tokens for word in token.words)
            if (
                words in _COUNTRY_NAMES
                or any(word in _DEMONYMS or word in _PORTFOLIO_WORDS for word in words.split())
                or self.gazetteer.countries.longest_from(self.tokens, first)
                or self.document.in_quote(tokens[0].start)
            ):
                continue
            ref = self.new_ref(self.written(first, last), Actor.Kind.OTHER, first, last)
            self.add(first, last, ref, "new")

    def leaders_listed_before(self, index: int, plural: bool) -> list[int]:
        """The tokens of the one-word names between "the" and token `index`: one before
        "movement" ("the Zafy movement"), a list of them before "movements" ("the A, B and C
        movements")."""
        before = self.text[max(0, self.tokens[index].start - 200) : self.tokens[index].start]
        found = (_LEADERS_LISTED_BEFORE if plural else _LEADER_BEFORE).search(before)
        if found is None:
            return []
        start = self.tokens[index].start - len(before) + found.start("names")
        return [
            token.index
            for token in self.tokens[:index]
            if token.start >= start and token.text[:1].isupper()
        ]

    def covered_by_another(self, position: int) -> bool:
        return any(m.first_token <= position < m.last_token for m in self.mentions)

    def acts_next(self, index: int) -> bool:
        """Whether a verb the subject performs follows token `index`, past an adverb or a day
        ("also said", "on Tuesday rejected")."""
        gap = 0
        while index < len(self.tokens) and gap < 3:
            token = self.tokens[index]
            if re.search(r"[,.;:()“”\"]", self.text[self.tokens[index - 1].end : token.start]):
                return False
            word = token.text.lower()
            if word in CAPITAL_VOICE_VERBS:
                return True
            following = self.tokens[index + 1].text.lower() if index + 1 < len(self.tokens) else ""
            if word == "in" and following in ("turn", "return"):
                # "New Delhi in turn will amend the constitution": an adverb of two words
                index, gap = index + 2, gap + 1
                continue
            if not (word.endswith("ly") or word in ("also", "on", "then") or word in _WEEKDAYS):
                return False
            index, gap = index + 1, gap + 1
        return False

    def match_titles_of_named_rulers(self) -> None:
        """ "the pope", "the pontiff", "the king": the person named before whose name opens
        with that title ("Pope Francis", "King Abdullah"), where no post held says who."""
        for token in self.tokens:
            title = _RULERS_TITLES.get(token.text.lower())
            if title is None or self.covered[token.index] or token.index == 0:
                continue
            if self.tokens[token.index - 1].text.lower() != "the" or token.text[:1].isupper():
                continue
            for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True):
                if mention.start >= token.start or not self.document.is_person(mention.ref):
                    continue
                if self.actor_name(mention.ref).lower().startswith(title + " "):
                    self.add(token.index - 1, token.index + 1, mention.ref, "anaphor")
                    break

    def match_capitalised_ruler_titles(self) -> None:
        """ "the Queen's commissioners", "the treaty binds the Emperor", "the Emperor of Japan":
        a sovereign named by his title alone, capitalised after "the". The person named before
        with that title ("King George sent ... the King") where there is one, else a new
        person under the title (and the country after "of"). Not a title before a name or a
        noun ("the Queen Mary", "the King David Hotel")."""
        held_by = {}  # a title and the person the article set in apposition to it
        for token in self.tokens[1:]:
            index = token.index
            title = _CAPITALISED_RULERS.get(token.text)
            if title is None or self.covered[index] or self.document.in_quote(token.start):
                continue
            if self.tokens[index - 1].text.lower() != "the":
                continue
            if self.covered[index - 1]:
                continue
            following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
            gap = self.text[token.end : following.start] if following is not None else ""
            if (
                following is not None
                and following.capitalised
                and gap == " "
                and not token.possessive
            ):
                continue  # "the King David Hotel": the title opens a name
            last = index + 1
            name = token.text
            if following is not None and following.text == "of" and gap == " ":
                country = self.gazetteer.countries.longest_from(self.tokens, index + 2)
                if country is None:
                    continue  # "the Emperor of the French", "the King of Kings": no state
                last = country[1]
                name = f"{token.text} of {self.written(index + 2, last)}"
            holder = self.person_in_apposition_after(last)
            if holder is not None:
                # "The Sheikh of Kuwait, Ahmad al-Jabir as-Sabah, granted": the name after the
                # comma is the title's holder, and "the Sheikh" later on is he
                held_by[token.text] = holder
            if token.text in held_by:
                self.add(index - 1, last, held_by[token.text], "anaphor")
                continue
            named = [
                mention.ref
                for mention in self.mentions
                if self.document.is_person(mention.ref)
                and normalize_name(self.actor_name(mention.ref)).startswith(title + " ")
            ]
            if len(set(named)) == 1:
                self.add(index - 1, last, named[0], "anaphor")
                continue
            if named or re.search(rf"\b{token.text} [A-Z]", self.text):
                continue  # "King Abdullah ... King Hussein ... the King": which one is unsaid
            self.add(index - 1, last, self.new_ref(name, Actor.Kind.PERSON, index, last), "new")

    def person_in_apposition_after(self, last: int) -> str | None:
        """The person named between commas right after the token before `last` ("the Sheikh of
        Kuwait, Ahmad al-Jabir as-Sabah, granted"), if there is one."""
        if (
            last >= len(self.tokens)
            or self.text[self.tokens[last - 1].end : self.tokens[last].start] != ", "
        ):
            return None
        for mention in self.mentions:
            if mention.start == self.tokens[last].start and self.document.is_person(mention.ref):
                following = self.text[mention.end : mention.end + 1]
                return mention.ref if following == "," else None
        return None

    def match_ranks_of_named_people(self) -> None:
        """ "the Marquis said" after "the Marquis Garroni", "the Cardinal received Mussolini"
        after "Cardinal Pietro Gasparri": a peer's or a churchman's rank, capitalised after
        "the", is the one person the article named with that rank before his name. Not a rank
        before a name or its complement ("the Cardinal Secretary", "the Bishop of London")."""
        for token in self.tokens[1:]:
            index = token.index
            if token.text not in _RANKS_BEFORE_A_NAME or self.covered[index]:
                continue
            if self.tokens[index - 1].text.lower() != "the" or self.covered[index - 1]:
                continue
            if self.goes_on_with_its_complement(index):
                continue
            named = self.person_titled_before(index, token.text.lower())
            if named is not None:
                self.add(index - 1, index + 1, named, "anaphor")

    def match_anaphors(self) -> None:
        company = None
        for token in self.tokens:
            kinds = _ANAPHORS.get(token.text.lower())
            if kinds is None or self.covered[token.index] or token.index == 0:
                continue
            if self.tokens[token.index - 1].text.lower() not in ("the", "rebel", "armed"):
                continue
            if token.text.lower() in _COMPANY_WORDS:
                if self.document.in_quote(token.start) or self.names_its_own(token.index):
                    continue
                # "Minera Escondida, the operator, ... “...,” the company said. ... The company
                # accepted": the company a report is about is one, the body named last before
                # the first "the company", whatever other firm is named since
                company = company or next(
                    (
                        mention.ref
                        for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True)
                        if mention.start < token.start and self.kind_of(mention.ref) in kinds
                    ),
                    None,
                )
                if company is not None:
                    self.add(token.index - 1, token.index + 1, company, "anaphor")
                continue
            named_before = [
                mention
                for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True)
                if mention.start < token.start and self.kind_of(mention.ref) in kinds
            ]
            sentence = self.document.sentence_at(token.start)
            if token.text.lower() in _FIGHTERS and not (
                named_before and named_before[0].start >= sentence.start
            ):
                # "the National Liberation Army ... the Party for Democratic Prosperity ... The
                # rebels": the armed group named last, before a nearer party named in another
                # sentence (not "the NDF's chairman said the rebels would": its own sentence's)
                armed = [m for m in named_before if self.kind_of(m.ref) == kinds[0]]
                named_before = armed or named_before
            if named_before:
                self.add(token.index - 1, token.index + 1, named_before[0].ref, "anaphor")
        self.match_rebel_adjectives()

    def names_its_own(self, index: int) -> bool:
        """Whether the noun at `index` goes on with a name or a complement of its own ("the
        company of soldiers", "the firm Gazprom"), no word for a body named before."""
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if following is not None and "," in self.text[self.tokens[index].end : following.start]:
            # "the company, which is owned by TC Energy, said": a relative clause between
            # commas says more of the body named before
            return False
        return following is not None and (
            following.capitalised or following.text.lower() in ("of", "for", "that", "which")
        )

    def match_rebel_adjectives(self) -> None:
        """ "the rebel delegation", "the rebel and government negotiators": the adjective
        before the people who act for a group stands for the armed group named last before."""
        for token in self.tokens[:-1]:
            if token.text.lower() != "rebel" or self.covered[token.index]:
                continue
            following = [t.text.lower() for t in self.tokens[token.index + 1 : token.index + 4]]
            if following[:2] == ["and", "government"]:
                following = following[2:]  # "the rebel and government delegations"
            if not following or following[0] not in _REBEL_PEOPLE:
                continue
            for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True):
                if (
                    mention.start < token.start
                    and self.kind_of(mention.ref) == Actor.Kind.ARMED_GROUP
                ):
                    self.add(token.index, token.index + 1, mention.ref, "anaphor")
                    break

    def match_head_words(self) -> None:
        """ "the Front countered the plan", "The council has yet to act": a body named before
        by its head word alone, the last one named whose name ends with it ("the Patriotic
        Front", "the U.N. Security Council"), or that the article named with it ("the
        seven-party alliance of Afghan mujahideen ... A spokesman for the alliance said")."""
        for token in self.tokens[1:]:
            index = token.index
            if self.covered[index] or not (
                token.text.lower() in _SHORT_HEADS
                # "the party's chairman, Keigo Ouchi, said": a head word read only as the owner
                # of its head's post beside his name (r64heads)
                or (
                    token.text.lower() in _HEADS_ONLY_BEFORE_A_HEAD_S_POST
                    and token.possessive
                    and self.head_s_post_beside_a_name(index)
                )
            ):
                continue
            if self.document.in_quote(token.start):
                continue
            start, adjective = index - 1, None
            if (
                self.tokens[index - 1].text.lower() != "the"
                and index >= 2
                and re.fullmatch(r"[a-z]+", self.tokens[index - 1].text)
                and self.tokens[index - 2].text.lower() == "the"
                and not self.covered[index - 1]
            ):
                # "the rebel alliance" after "X, an alliance of rebel groups"
                start, adjective = index - 2, self.tokens[index - 1].text
            elif self.tokens[index - 1].text.lower() != "the":
                continue
            following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
            if self.name_goes_on_after(index) and not self.for_an_indefinite(index + 1):
                continue  # "the Council of Europe", "the Front for ...": a name of its own
            its_head_after_a_name = token.possessive and self.head_in_apposition_after_a_name(index)
            if token.text.lower() in _SPEAKING_HEADS and not (
                following is not None
                and (
                    (
                        following.text.lower() in _SPEECH_WORDS
                        and not self.text[token.end : following.start].strip()
                    )
                    # "the union's spokesman told reporters": it speaks through him
                    or (token.possessive and following.text.lower() in _SPOKESPEOPLE)
                    # "Robert E. Poli, the union's president, had accepted": its head, in
                    # apposition after his name, answers for it
                    or its_head_after_a_name
                    # "The union rejected the report": the subject its sentence opens with
                    or self.document.sentence_at(token.start).first_token == index - 1
                    # "X accepted it, but the union rejected it", "...; the union replied": the
                    # subject a clause joined to the sentence opens with
                    or _A_JOINED_CLAUSE_OPENS.search(
                        self.text, max(0, token.start - 30), self.tokens[index - 1].start
                    )
                    # "a wage freeze, which the union turned down": the subject of a clause of
                    # its own inside the sentence, as the clause reader reads it
                    or self.whole_subject_of_its_clause(index - 1, index + 1)
                )
            ):
                continue  # "the board" is the body named before only as it speaks or acts
            for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True):
                if mention.start >= token.start or self.kind_of(mention.ref) in (
                    Actor.Kind.PERSON,
                    Actor.Kind.STATE,
                ):
                    continue
                written = self.text[mention.start : mention.end]
                described = _DESCRIBED_WITH_A_HEAD.match(self.text, mention.end)
                if (
                    adjective is None
                    and [token.words[-1]]
                    in (
                        normalize_name(self.actor_name(mention.ref)).split()[-1:],
                        normalize_name(written).split()[-1:],
                        self.only_body_headed(mention.ref, token.start),
                    )
                    # "the union" for a body recorded with the alias "Machinists union"
                    or token.words[-1] in self.alias_heads(mention.ref)
                ) or (
                    # "The Sudan Revolutionary Front, an alliance of rebel groups, ...": the
                    # head word its appositive gives it, with a word of that appositive
                    described is not None
                    and described.group("head").lower() == token.text.lower()
                    and (adjective is None or adjective in described.group(0).split())
                ):
                    self.add(start, index + 1, mention.ref, "anaphor")
                    break
            else:
                # "The Professional Air Traffic Controllers Organization announced ... Robert E.
                # Poli, the union's president,": the post says the noun is the body he leads,
                # though its name does not end with the noun: the one body named before it
                owner = self.only_body_named_just_before(token) if its_head_after_a_name else None
                if owner is not None and adjective is None:
                    self.add(start, index + 1, owner, "anaphor")

    def head_s_post_beside_a_name(self, index: int) -> bool:
        """Whether the possessive noun at token `index` opens the post of a body's head set
        beside a person's name, in apposition after it ("X, the party's leader,") or before
        it ("the party's chairman, Keigo Ouchi,")."""
        post = _ITS_HEAD_S_POST.match(self.text, self.tokens[index].end)
        return post is not None and (
            self.head_in_apposition_after_a_name(index)
            or any(
                self.kind_of(mention.ref) == Actor.Kind.PERSON
                and _BEFORE_THE_HOLDER_S_NAME.fullmatch(self.text, post.end(), mention.start)
                for mention in self.mentions
            )
        )

    def head_in_apposition_after_a_name(self, index: int) -> bool:
        """Whether the possessive noun at token `index` ("union" in "Robert E. Poli, the
        union's president,") opens the post of a body's head set in apposition after a
        person's name: the post names the body its holder leads or speaks for, so the noun is
        that body, named before, and not a common noun ("the union of the two churches")."""
        the = self.tokens[index - 1]
        if not _ITS_HEAD_S_POST.match(self.text, self.tokens[index].end):
            return False
        person = next(
            (
                mention
                for mention in self.mentions
                if _A_COMMA_AFTER_HIS_NAME.fullmatch(self.text, mention.end, the.start)
            ),
            None,
        )
        return person is not None and self.kind_of(person.ref) == Actor.Kind.PERSON

    def match_capitalised_last_words(self) -> None:
        """ "the Duma would not endorse", "the Bank and the IMF turned down": a recorded body
        named before by the last word of its name alone, capitalised after "the" as a name is
        ("State Duma", "World Bank"), where that word ends the name of no other actor the
        article named before (tune48h). The short heads of `match_head_words` are read there; this
        reads any capitalised last word, but only of a body the database records, never of a
        person or a state, and not where a capital or "of" goes on with a name of its own
        ("the Bank of England"). A word the new-name reader drafted alone as a body of its own
        ("Duma") is taken back for the recorded body it ends."""
        for token in self.tokens[1:]:
            index = token.index
            if (
                not token.text[:1].isupper()
                or not token.words
                or token.text.lower() in _SHORT_HEADS
                or self.tokens[index - 1].text.lower() != "the"
                or self.document.in_quote(token.start)
            ):
                continue
            # "the Duma" read before as a new body "Duma": the word alone, drafted as a name of
            # its own only for want of the recorded body it ends
            drafted_alone = next(
                (
                    m
                    for m in self.mentions
                    if m.first_token == index and m.last_token == index + 1 and ":new:" in m.ref
                ),
                None,
            )
            if self.covered[index] and drafted_alone is None:
                continue
            if self.name_goes_on_after(index):
                continue  # "the Bank of England", "the Fund for Peace": a name of its own
            ending = {
                mention.ref
                for mention in self.mentions
                if mention.start < token.start
                and normalize_name(self.actor_name(mention.ref)).split()[-1:] == [token.words[-1]]
                and (drafted_alone is None or mention.ref != drafted_alone.ref)
            }
            if len(ending) != 1:
                continue
            ref = next(iter(ending))
            if (
                ":new:" in ref
                or len(normalize_name(self.actor_name(ref)).split()) < 2
                or self.kind_of(ref) in (Actor.Kind.PERSON, Actor.Kind.STATE)
            ):
                continue
            if drafted_alone is not None:
                self.mentions.remove(drafted_alone)
            self.add(index - 1, index + 1, ref, "anaphor")

    def match_lower_case_head_words(self) -> None:
        """ "The union accepted" after "the National Seamen's Union", "the mills cut pay" after
        "the Everett Mills" (tune49f): "the" and a lower-case noun that opens the subject of a
        clause stands for the one body named before whose name ends with that noun, or which
        the article wrote with it right after its name ("the United Auto Workers union"). The
        heads `match_head_words` reads are read there; this reads any noun, but only where one
        body alone answers (two unions named before: nothing is guessed) and only a body named
        before it ("the union" before any union is named is none)."""
        for token in self.tokens[1:-1]:
            index = token.index
            if (
                not re.fullmatch(r"[a-z]+", token.text)
                or token.text in _SHORT_HEADS
                or self.covered[index]
                or self.tokens[index - 1].text.lower() != "the"
                or self.document.in_quote(token.start)
                or not self.whole_subject_of_its_clause(index - 1, index + 1)
            ):
                continue
            word = token.words[-1] if token.words else token.text
            headed = set()
            for mention in self.mentions:
                if mention.start >= token.start or self.kind_of(mention.ref) in (
                    Actor.Kind.PERSON,
                    Actor.Kind.STATE,
                ):
                    continue
                written_after = re.match(r"\s+([a-z]+)\b", self.text[mention.end : token.start])
                if normalize_name(self.actor_name(mention.ref)).split()[-1:] == [word] or (
                    # "the EU official said": only a body's head word written after a name
                    written_after is not None
                    and written_after.group(1) == token.text
                    and word in _ORG_HEADS
                ):
                    headed.add(mention.ref)
            # "Sinn Fein ... Its president said the party would study it": another body named
            # since stands nearer than the one the noun ends
            last_body = max(
                (
                    m
                    for m in self.mentions
                    if m.start < token.start
                    and self.kind_of(m.ref) not in (Actor.Kind.PERSON, Actor.Kind.STATE)
                ),
                key=lambda m: m.start,
                default=None,
            )
            if len(headed) == 1 and last_body is not None and last_body.ref in headed:
                self.add(index - 1, index + 1, headed.pop(), "anaphor")

    def match_descriptions_given_in_apposition(self) -> None:
        """ "the Federal Government of Nagaland, the underground government, ... The underground
        delegation countered", "The consortium, Agip KCO, will pay ... The consortium
        countered", "Kestrel, the Dutch bidder, ... met the bidder", "The Regie, as the railway
        administration is known, ... The railway administration agreed": a description the
        article sets in apposition to a body's name (before it, after it, or with "as ... is
        known") names that body later, after "the", by either of its parts:
        - a word of its own before its head, alone as the subject of a clause ("the underground
          turned down"), or before the head or a noun for the people who act for the body ("the
          underground delegation");
        - its head noun, alone or with words of that description ("the consortium" after "the
          Italian-led consortium"). Any head noun: the apposition is the text's own tie. A head
          alone only where it closes its noun phrase ("the consortium countered", "on behalf of
          the consortium,"), not where a noun goes on ("the consortium partners"), and no other
          body's name may end with it (two bidders leave "the bidder" to no one).
        Only after the description, only where one body alone was described with that word or
        head, never inside a quote. An acronym a description introduces ("the employers'
        council, the CNPF,") is that body, a new one where not recorded, and described so."""
        described_by_word: dict[str, set[str]] = {}
        heads_of_word: dict[str, str] = {}
        described_by_head: dict[str, dict[str, set[str]]] = {}  # head -> ref -> its words
        after: dict[tuple[str, str], int] = {}  # ("word" or "head", the key) -> where told

        def describe(ref: str, description, end: int, by_words_only: bool = False) -> None:
            head = description.group("head").lower()
            written = description.group("words").split()
            words = {word.lower().rstrip("'’") for word in written}
            if (head.endswith("s") and not head.endswith("ss")) or words & NUMBER_WORDS:
                return  # "the three largest bondholder groups, the Ad Hoc Group, ...": a list
            for word in written:
                if re.search(r"['’]s$", word) or not word.islower():
                    continue  # "the group's armed wing": the owner's word; "Dutch": a state's
                word = word.rstrip("'’")
                if word in _NO_DESCRIPTION_OF_ITS_OWN or word.endswith("est"):
                    continue
                described_by_word.setdefault(word, set()).add(ref)
                heads_of_word[word] = head
                after[("word", word)] = max(after.get(("word", word), 0), end)
            if (
                by_words_only
                or head in _NO_DESCRIPTION_OF_ITS_OWN
                or head in FUNCTION_WORDS
                or head.endswith("est")
                or words & _NO_DESCRIPTION_OF_ITS_OWN
            ):
                return
            described_by_head.setdefault(head, {}).setdefault(ref, set()).update(words)
            after[("head", head)] = max(after.get(("head", head), 0), end)

        for found in _DESCRIPTION_BEFORE_AN_ACRONYM.finditer(self.text):
            first = _token_index_at(self.tokens, found.start("acronym"))
            head = found.group("head").lower()
            if (
                first >= len(self.tokens)
                or self.covered[first]
                or head not in _ORG_HEADS
                or self.document.in_quote(found.start())
            ):
                continue
            ref = self.new_ref(found.group("acronym"), _ORG_HEADS[head], first, first + 1)
            for token in self.tokens:
                if token.text == found.group("acronym") and not self.covered[token.index]:
                    self.add(token.index, token.index + 1, ref, "new")
            describe(ref, found, found.end(), by_words_only=True)
        for mention in list(self.mentions):
            if (
                self.kind_of(mention.ref) == Actor.Kind.PERSON
                or mention.via in ("post", "demonym")
                or self.document.in_quote(mention.start)
            ):
                continue
            description = self.description_in_apposition(mention)
            if description is None or self.document.in_quote(description.start()):
                continue
            end = max(description.end(), mention.end)
            listed = description.groupdict().get("listed")
            if not listed:
                describe(mention.ref, description, end)
            elif self.text[mention.start].isupper():
                # "X, the underground government, and Y, ...": a name's appositive may close
                # a list's item; "Norvik, the union, and the state" is a list of three
                describe(mention.ref, description, end, by_words_only=True)
        self.read_descriptions_by_their_words(described_by_word, heads_of_word, after)
        self.read_descriptions_by_their_head(described_by_head, after)

    def read_descriptions_by_their_words(self, described, heads, after) -> None:
        for token in self.tokens[1:]:
            index = token.index
            word = token.text.lower()
            refs = described.get(word, set())
            if (
                len(refs) != 1
                or token.start < after[("word", word)]
                or self.covered[index]
                or self.tokens[index - 1].text.lower() != "the"
                or self.covered[index - 1]
                or self.document.in_quote(token.start)
            ):
                continue
            following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
            gap = self.text[token.end : following.start] if following is not None else ""
            if (
                following is not None
                and not gap.strip(" ’'")
                and (following.text.lower() in (heads[word], *_REBEL_PEOPLE, *GROUP_NOUNS, "men"))
            ):
                self.add(index - 1, index + 2, next(iter(refs)), "anaphor")
            elif not token.possessive and self.whole_subject_of_its_clause(index - 1, index + 1):
                self.add(index - 1, index + 1, next(iter(refs)), "anaphor")

    def read_descriptions_by_their_head(self, described, after) -> None:
        for head, refs in described.items():
            named_so = {
                mention.ref
                for mention in self.mentions
                if mention.ref not in refs
                and self.kind_of(mention.ref) not in (Actor.Kind.PERSON, Actor.Kind.STATE)
                and normalize_name(self.actor_name(mention.ref)).split()[-1:] == [head]
            }
            if len(refs) != 1 or named_so:
                continue  # "the bidder" for two bidders, or beside "the Caspian Consortium"
            ref, words = next(iter(refs.items()))
            for token in self.tokens[1:]:
                index = token.index
                if token.text.lower() != head or token.start < after[("head", head)]:
                    continue
                first = index - 1
                while first > 0 and self.tokens[first].text.lower() in words:
                    first -= 1
                if (
                    self.tokens[first].text.lower() != "the"
                    or any(self.covered[first : index + 1])
                    or self.document.in_quote(token.start)
                    or self.names_its_own(index)
                ):
                    continue
                if first == index - 1 and (
                    head in _HEADS_A_STATE_HAS_TOO
                    or not (
                        self.whole_subject_of_its_clause(first, index + 1)
                        or self.closes_its_noun_phrase(index)
                    )
                ):
                    # "the Government" after "X, the underground government": any state's
                    continue
                self.add(first, index + 1, ref, "anaphor")

    def description_in_apposition(self, mention: Mention):
        """The description (a match with its "words", "head" and "listed") the text sets in
        apposition to a body's name: "Agip KCO, the consortium that runs the field,", "The
        consortium, Agip KCO,", "The Regie, as the railway administration is known,"; None for
        none. After the name, "listed" says a list goes on ("Norvik, the union, and the
        state"); before it, the name closes its item."""
        for pattern in _DESCRIPTIONS_OF_ANY_HEAD_AFTER_A_NAME:
            after = pattern.match(self.text, mention.end)
            if after is not None:
                return after
        before = _DESCRIPTION_OF_ANY_HEAD_BEFORE_A_NAME.search(
            self.text, max(0, mention.start - 60), mention.start
        )
        if before is None or not _ENDS_AN_ITEM.match(self.text, mention.end):
            return None
        opening = _token_index_at(self.tokens, before.start())
        if opening > 0 and self.tokens[opening - 1].text.lower() in _PREPOSITIONS_BEFORE_A_BODY:
            return None  # "In the capital, Hamas said": a place, no description of Hamas
        return before

    def closes_its_noun_phrase(self, index: int) -> bool:
        """Whether the noun at `index` ends its noun phrase: punctuation, the end of the text,
        or a function word after it ("on behalf of the consortium, after", "the bidder in
        Paris"), no noun going on ("the consortium partners")."""
        if index + 1 >= len(self.tokens):
            return True
        following = self.tokens[index + 1]
        return (
            bool(self.text[self.tokens[index].end : following.start].strip(" ’'"))
            or following.text.lower() in FUNCTION_WORDS
        )

    def match_delegations_of_one_party(self) -> None:
        """ "Haiti sent three commissioners to Paris ... The commissioners rejected the plan",
        "The Bolivian plenipotentiaries arrived ... the plenipotentiaries met the Baron": a
        group of the people a party sends to act for it (DELEGATION_NOUNS), introduced with the
        party's name, possessive or adjective before it ("Haiti's commissioners"), after it
        ("the envoys of Haiti") or as what the party sent ("Haiti sent three commissioners"),
        is that party again where the article writes the bare noun after "the". Only where
        every group of that noun the article writes is that one party's: a group of two
        ("the commissioners of both states", "the Haitian and French commissioners"), one of
        no party named ("a delegation led by X", "the government delegation") or a second
        party's leaves the bare noun to no one."""
        owners: dict[str, set[str]] = {}
        introduced_at: dict[str, int] = {}
        bare: list[tuple[int, int, str]] = []
        for token in self.tokens:
            noun = token.text.lower()
            if noun not in DELEGATION_NOUNS or self.document.in_quote(token.start):
                continue
            refs = self.parties_whose_group_this_is(token.index)
            if refs is None:
                first = self.bare_group_opening(token.index)
                if first is not None:
                    bare.append((first, token.index + 1, noun))
                    continue
                refs = {""}  # a group of no party named, or of several
            owners.setdefault(noun, set()).update(refs)
            if refs != {""}:
                introduced_at.setdefault(noun, token.start)
        for first, last, noun in bare:
            refs = owners.get(noun, set())
            if (
                len(refs) == 1
                and "" not in refs
                and self.tokens[first].start > introduced_at[noun]
                and not any(self.covered[first:last])
            ):
                self.add(first, last, next(iter(refs)), "anaphor")

    def parties_whose_group_this_is(self, index: int) -> set[str] | None:
        """The parties whose people the group noun at token `index` names ("Haiti's
        commissioners", "the Bolivian plenipotentiaries", "the envoys of Haiti", "Haiti sent
        three commissioners"), {""} for a group of no party or of two ("the commissioners of
        both states", "a delegation led by X"), and None for a bare "the" before it."""
        before = [mention for mention in self.mentions if mention.last_token <= index]
        owner = max(before, key=lambda mention: mention.last_token, default=None)
        if owner is not None and self.kind_of(owner.ref) != Actor.Kind.PERSON:
            between = self.text[owner.end : self.tokens[index].start]
            if _OWNER_BEFORE_ITS_GROUP.fullmatch(between):
                earlier = [mention for mention in before if mention is not owner]
                joined = max(earlier, key=lambda mention: mention.end, default=None)
                if joined is not None and re.fullmatch(
                    r"\s*(?:,|and|,\s*and)\s*", self.text[joined.end : owner.start]
                ):
                    return {""}  # "the Haitian and French commissioners"
                return {owner.ref}
        after = _GROUP_OF_A_PARTY_AFTER.match(self.text, self.tokens[index].end)
        if after is not None:
            named = [
                mention
                for mention in self.mentions
                if mention.start == after.end() and self.kind_of(mention.ref) != Actor.Kind.PERSON
            ]
            if named and not re.match(r"\s*(?:,|and\b)", self.text[named[0].end :]):
                return {named[0].ref}
            return {""}
        if self.bare_group_opening(index) is not None:
            return None
        return {""}

    def bare_group_opening(self, index: int) -> int | None:
        """The token "the" opening a bare group noun at token `index` ("the commissioners", "the
        three commissioners"), not one another word qualifies ("the government delegation")
        nor owned by another ("the two delegations", "both delegations")."""
        first = index - 1
        if first >= 0 and re.fullmatch(
            r"\d+|two|three|four|five|six|seven", self.tokens[first].text
        ):
            if self.tokens[first].text == "two":
                return None  # "the two delegations": one of each side
            first -= 1
        if first < 0 or self.tokens[first].text.lower() != "the":
            return None
        if self.text[self.tokens[first].end : self.tokens[index].start].strip():
            return None
        return first

    def whole_subject_of_its_clause(self, first: int, end: int) -> bool:
        """Whether tokens first..end-1 are the whole subject of a clause with a verb, as the
        clause reader (clauses.py) reads the sentence: the phrase acts there."""
        clause = self.document.clause_at(self.tokens[first].start)
        return clause is not None and clause.verb is not None and clause.subject == (first, end)

    def match_bodies_by_common_noun(self) -> None:
        """ "the strike committee voted", "The venture has so far rejected", "The mediation
        team, which includes ...": a body named only by a common noun phrase (a head word of
        _COMMON_BODY_HEADS after "the" and up to three lower-case words) that acts: a verb in
        the past, an auxiliary or a speech verb right after it, or ", which" or ", led (headed,
        chaired) by". A body named before with that ending is that body ("the strike
        committee" after "the Interfactory Strike Committee"); else a new body named as the
        article writes it without its article. A head word alone ("the board recommended")
        is the body the article introduced before with that head ("a fact-finding board"),
        else nothing. Not a member's body ("a member of the facilitation team"), nor one still
        to be set up ("the joint security committee"), nor the subject of "is" or "was" ("The
        committee was set up in January", "The Thai team was led by")."""
        for token in self.tokens[1:]:
            index = token.index
            if (
                token.words
                and (token.words[-1] in _ORG_HEADS or token.words[-1] in DESCRIPTION_HEADS)
                and (not self.covered[index] or self.new_draft_ending_at(index + 1) is not None)
                and self.match_described_body(index)
            ):
                continue  # "the Russian church": a recorded body by its description
            if token.text.lower() not in _COMMON_BODY_HEADS or self.covered[index]:
                continue
            if token.possessive or self.document.in_quote(token.start):
                continue
            first = self.lower_case_words_before(index)
            if first == 0 or self.tokens[first - 1].text.lower() != "the":
                continue
            article = first - 1
            modifiers = [t.text.lower() for t in self.tokens[first:index]]
            if set(modifiers) & _BODIES_TO_BE_SET_UP or any(self.covered[article:index]):
                continue
            if article > 0 and self.tokens[article - 1].text.lower() in _PREPOSITIONS_BEFORE_A_BODY:
                continue  # "a member of the facilitation team", "wrangling over the ... went on"
            if not self.common_noun_body_acts(index):
                continue
            if modifiers:
                phrase = normalize_name(" ".join(modifiers + [token.text]))
                ref = self.body_named_before_ending(phrase, token.start)
                if ref is None:
                    name = self.written(first, index + 1)
                    ref = self.new_ref(name, _common_body_kind(token.text), article, index + 1)
                self.add(article, index + 1, ref, "new" if ":new:" in ref else "anaphor")
                continue
            introduced = self.body_introduced_before(index)
            if introduced is None:
                continue
            start, last, named, ref = introduced
            if ref is None:
                name = self.written(named, last)
                ref = self.new_ref(name, _common_body_kind(token.text), start, last)
                self.add(start, last, ref, "new")
            self.add(article, index + 1, ref, "anaphor")

    def match_bodies_named_before_their_head(self) -> None:
        """ "The IG Metall union, which has five seats on the board, said it would study the
        guarantees", "The Fiat factory council said it would examine the proposal", "the Hesse
        metal employers' association said": a body named by a capitalised name (its own, a
        firm's, a place's) and, after it in lower case, up to two words and the head word of
        its kind, that acts as `common_noun_body_acts` reads it, or as the subject of its clause
        (", who": "The neighbouring Gitanyow hereditary chiefs, who claim the land, rejected";
        "The Thies section, the heart of the strike, has yet to"). A new body named as the
        article writes it without its article; a new name drafted inside it ("Fiat") is no
        party there. Not where a word of the name is a state's or a people's ("the Danish
        church"), nor a recorded actor's name but for its workers' union: "The United Auto
        Workers union", "the IMF board" are that actor, "the Nissan workers' union" is not."""
        for token in self.tokens[2:]:
            index = token.index
            if (
                token.text.lower() not in _HEADS_WRITTEN_AFTER_A_NAME
                or self.covered[index]
                or token.possessive
                or self.document.in_quote(token.start)
            ):
                continue
            words_first = self.lower_case_words_before(index, most=2, gaps=_GAPS_BEFORE_A_HEAD)
            name_first = words_first
            while (
                name_first > 0
                and words_first - name_first < 4
                and self.tokens[name_first - 1].capitalised
                and self.tokens[name_first - 1].text.lower() != "the"
                and not self.tokens[name_first - 1].possessive
                and self.text[self.tokens[name_first - 1].end : self.tokens[name_first].start]
                == " "
            ):
                name_first -= 1
            if name_first == words_first or name_first < 1:
                continue
            article = name_first - 1
            if (
                self.tokens[article].text.lower() != "the"
                and article > 0
                and self.may_qualify_a_head(article)
                and self.tokens[article].text[0].islower()
            ):
                article -= 1  # "The neighbouring Gitanyow hereditary chiefs"
            if self.tokens[article].text.lower() != "the":
                continue
            if not (
                self.common_noun_body_acts(index)
                or _WHO_AFTER_A_BODY.match(self.text, token.end)
                # "The Thies section, the heart of the strike, has yet to give its word"
                or self.whole_subject_of_its_clause(article, index + 1)
            ):
                continue
            if any(
                word in _DEMONYMS or word in _COUNTRY_NAMES
                for name_token in self.tokens[name_first:words_first]
                for word in name_token.words
            ):
                continue
            inside = [
                mention
                for mention in self.mentions
                if mention.first_token < index and mention.last_token > article
            ]
            # "The Nissan workers' union said": a union of a recorded firm's workers is a body
            # of its own, not the firm
            of_its_workers = token.text.lower() == "union" and any(
                word.text.capitalize() in _MEMBERS_A_UNION_IS_NAMED_AFTER
                for word in self.tokens[words_first:index]
            )
            if any(
                (":new:" not in mention.ref and not of_its_workers)
                or mention.first_token < name_first
                or mention.last_token > words_first
                for mention in inside
            ):
                continue
            if words_first == index and any(
                (mention.first_token, mention.last_token) == (name_first, words_first)
                for mention in inside
            ):
                continue  # "The United Dock Workers union": the head word of the body named
            for mention in inside:
                self.remove_mention(mention)
            name = self.written(name_first, index + 1)
            ref = self.new_ref(name, Actor.Kind.OTHER, name_first, index + 1)
            self.add(article, index + 1, ref, "new")

    def match_bodies_named_by_those_they_speak_for(self) -> None:
        """ "René-Paul Duchemin, president of the General Confederation of French Production,
        spoke for the employers ... The employers had insisted", "Léon Jouhaux ... led the labor
        delegation ... The labor delegation agreed", "the players' executive director, Billy
        Hunter ... The players rejected": the people a body's officer acts for, named by a
        noun phrase of people ("the employers", "the labor delegation", "the 11 companies"),
        are that body, the one the officer holds his post in, and so is every other "the" with
        that phrase ("The employers' delegation", "the labor men" after "the labor delegation").
        Only where the text ties the two; a bare "the delegation" is no one body's."""
        for mention in list(self.mentions):
            if self.kind_of(mention.ref) != Actor.Kind.PERSON:
                continue
            if self.document.in_quote(mention.start):
                continue
            tie = self.people_its_officer_acts_for(mention)
            if tie is None:
                continue
            first, last, body = tie
            words = [
                self.tokens[index].text.lower().rstrip("'’")
                for index in range(first + 1, last)
                if not self.tokens[index].text.isdigit()
            ]
            said = self.add(first, last, body, "anaphor")
            self.document.officers_of_sides.append((mention, said))
            # the text's tie holds wherever it writes the phrase, before it too ("the companies
            # agreed on condition ... X signed for the 11 companies")
            country = self.country_code_of(body)
            for index in range(len(self.tokens) - len(words)):
                found = self.same_people_at(index, words, country)
                if found is not None:
                    self.add(index, found, body, "anaphor")

    def people_its_officer_acts_for(self, person: Mention) -> tuple[int, int, str] | None:
        """The noun phrase of people (its first and last tokens, "the" included) that a person
        holding a post in a body acts for, and that body: "X, president of the Y, spoke for
        the employers", "X led the labor delegation", "X, representing the owners", "the
        players' executive director, X"."""
        body = self.gazetteer.body_of_post(person.ref)
        window = max(0, person.start - 80)
        before = _OFFICER_OF_THE_PEOPLE.search(self.text[window : person.start])
        if before is not None and body is not None:
            post = normalize_name(before.group("post"))
            titles = [
                title_phrases(position.title)
                for position in self.gazetteer.positions
                if f"actor:{position.person_id}" == person.ref
                and f"actor:{position.organization_id}" == body
            ]
            if any(post in phrases for phrases in titles):
                first = _token_index_at(self.tokens, window + before.start("the"))
                last = _token_index_at(self.tokens, window + before.start("post"))
                if self.people_phrase(first, last):
                    return first, last, body
        after = _ACTS_FOR_THE_PEOPLE.match(self.text, person.end)
        if after is None:
            return None
        if body is None and after.group("post"):
            body = next(
                (
                    mention.ref
                    for mention in self.mentions
                    if person.end < mention.start < after.end("post")
                    and self.kind_of(mention.ref) not in (Actor.Kind.PERSON, Actor.Kind.STATE)
                ),
                None,
            )
        if body is None:
            return None
        first = _token_index_at(self.tokens, after.end())
        last = first + 1
        while (
            last < len(self.tokens)
            and last - first <= 3
            and re.fullmatch(r"[a-z0-9-]+['’]?", self.tokens[last].text)
            and self.tokens[last].text not in FUNCTION_WORDS
            and not re.search(
                r"[^\s]", self.text[self.tokens[last - 1].end : self.tokens[last].start]
            )
        ):
            last += 1
            if self.owned_by(last - 1):
                break
        if not self.people_phrase(first, last):
            return None
        return first, last, body

    def people_phrase(self, first: int, last: int) -> bool:
        """Whether tokens first..last are "the", up to two lower-case words and a noun of people
        ("the employers", "the labor delegation", "the 11 companies"): never a bare word for
        whoever acts ("the delegation", "the negotiators"), nor one another reading took."""
        if last - first < 2 or any(self.covered[first:last]):
            return False
        head = self.tokens[last - 1].text.lower().rstrip("'’")
        modifiers = [t.text.lower() for t in self.tokens[first + 1 : last - 1]]
        if not _PEOPLE_HEAD.fullmatch(head) or head in _NO_PEOPLE_HEADS:
            return False
        return bool(modifiers) or head not in _ACTING_FOR_A_BODY

    def owned_by(self, index: int) -> bool:
        """Whether token `index` is a possessive, a plural's too ("the players' lawyer")."""
        following = self.text[self.tokens[index].end : self.tokens[index].end + 2]
        return self.tokens[index].possessive or following in ("' ", "’ ")

    def same_people_at(self, index: int, words: list[str], country: str | None) -> int | None:
        """The end of "the" and the phrase `words` at token `index` ("The employers", "the
        employers' delegation"), or of the same modifiers before another word for those who act
        for a body ("the labor men" after "the labor delegation"), or of the phrase after the
        demonym of the body's country ("French employers" for a French body); None elsewhere."""
        opener = self.tokens[index]
        if self.covered[index]:
            return None
        if opener.text.lower() != "the" and not (
            country is not None
            and opener.capitalised
            and opener.words[-1] in _DEMONYMS
            and COUNTRY_OF_WORD.get(opener.words[-1]) == country
        ):
            return None
        if self.document.in_quote(self.tokens[index].start):
            return None
        start = index + 1
        if self.tokens[start].text.isdigit():
            start += 1  # "the 11 companies"
        end = start + len(words)
        if end > len(self.tokens) or any(self.covered[index:end]):
            return None
        written = [token.text.lower().rstrip("'’") for token in self.tokens[start:end]]
        if written[:-1] != words[:-1]:
            return None
        if written[-1] != words[-1] and not (
            len(words) > 1 and words[-1] in _ACTING_FOR_A_BODY and written[-1] in _ACTING_FOR_A_BODY
        ):
            return None
        following = self.tokens[end] if end < len(self.tokens) else None
        if following is None:
            return end
        if self.owned_by(end - 1):
            # "The employers' delegation": those who act for them are the body too; "the
            # employers' demand" is not the body at all
            return end + 1 if following.text.lower() in _ACTING_FOR_A_BODY else None
        if self.text[self.tokens[end - 1].end : following.start] != " ":
            return end
        if re.fullmatch(r"[a-z-]+", following.text) and following.text not in FUNCTION_WORDS:
            if following.text in CAPITAL_VOICE_VERBS or following.text.endswith("ed"):
                return end
            return None  # "the employers federation": a longer noun phrase
        return end

    def match_described_body(self, index: int) -> bool:
        """ "the Russian church" for the recorded "Russian Orthodox Church", "the Rhodesian
        parliament" for "Parliament of Zimbabwe-Rhodesia" (tune41i), "the Finnish church" for
        "Evangelical Lutheran Church of Finland", "the Congress of Bolivia" for "National
        Congress of Bolivia": "the", up to three words qualifying a body's head word (token
        `index`), and the head, or the head and the place it is of, where one recorded or
        already drafted body alone has a name (or an alias) holding every word (a demonym or an
        adjective of a place for the place's name: "Russian" for "Russia", "Antiochian" for
        "Antioch"; a demonym also for the country a body is recorded under). The gazetteer asks
        the index for the bodies the text describes so (`described_bodies`). A place's mention
        inside the description is the body's ("the Congress of Bolivia" is no mention of Bolivia
        where the Congress is recorded; where it is not, Bolivia's stays), and so is a new body
        drafted from a place and the head alone ("the Bolivian Congress"), or from the words
        before "of" and the place ("Legislative Assembly" of "the Legislative Assembly of
        Bolivia", recorded as "Plurinational Legislative Assembly of Bolivia"). Not a head alone
        ("the government", "the committee"), nor a phrase that goes on as a name ("the Russian
        Church of ..."), nor a place one is received at ("at the Foreign Ministry"), nor where
        two bodies answer (nothing is guessed)."""
        drafted = self.new_draft_ending_at(index + 1)
        first = index
        while (
            first > 0
            and index - first < 3
            and self.may_qualify_a_head(first - 1)
            and (
                not self.covered[first - 1]
                or self.only_as_a_demonym(first - 1)
                or (drafted is not None and drafted.first_token < first)
            )
        ):
            first -= 1
        if first == 0 or self.tokens[first - 1].text.lower() != "the":
            return False
        place = self.place_after_a_head(index)
        if drafted is not None and not (
            drafted.first_token == first
            and (place is not None or self.only_places_qualify(first, index))
        ):
            return False  # "the Serbian Orthodox Church": a name of its own, not a description
        if first == index and place is None:
            return False
        if first > 1 and self.tokens[first - 2].text.lower() == "at":
            return False  # "received him at the Foreign Ministry here": the building, any state's
        if (
            first > 1
            and self.tokens[first - 2].capitalised
            and self.tokens[first - 2].text.lower() not in _CALENDAR_WORDS
            and self.text[self.tokens[first - 2].end : self.tokens[first - 1].start] == " "
        ):
            # "King's College the Russian church": inside a longer name (not "in Turku. The
            # Finnish church", "On Monday the railway administration")
            return False
        last = index + 1 if place is None else place
        following = self.tokens[last] if last < len(self.tokens) else None
        if following is not None and (
            following.capitalised or following.text.lower() in ("of", "for")
        ):
            return False
        words = [
            word
            for token in self.tokens[first:last]
            if token.text.lower() not in ("of", "the")
            for word in token.words
        ]
        place_words = [word for token in self.tokens[index + 1 : last] for word in token.words]
        refs = {
            ref
            for ref, name, country in self.bodies_by_name(
                self.tokens[first].start, self.tokens[index].words[-1]
            )
            if describes(words, name, country) and _of_its_place(place_words, name, country)
        }
        if len(refs) != 1:
            return False
        for mention in [m for m in self.mentions if first <= m.first_token < last]:
            # "Russian" read as the state, "Bolivia" of "the Congress of Bolivia", "Bolivian
            # Congress" drafted as a new body: now the body's description
            self.remove_mention(mention)
            if ":new:" in mention.ref and mention.ref not in self.mentioned_refs:
                del self.document.new_actors[mention.ref]
        self.add(first - 1, last, refs.pop(), "description")
        return True

    def new_draft_ending_at(self, last: int) -> Mention | None:
        """The new body drafted from a run of capitalised words ending before token `last`
        ("Bolivian Congress"), if any."""
        return next(
            (
                mention
                for mention in self.mentions
                if mention.last_token == last and mention.via == "new" and ":new:" in mention.ref
            ),
            None,
        )

    def only_places_qualify(self, first: int, index: int) -> bool:
        """Whether the words before the head word at `index` are all a country's name or
        demonym ("the Bolivian Congress"): a description of the country's body, where other
        capitalised words make a name of its own ("the Serbian Orthodox Church")."""
        return all(
            word in COUNTRY_OF_WORD for token in self.tokens[first:index] for word in token.words
        )

    def place_after_a_head(self, index: int) -> int | None:
        """The end of the place a head word is of ("the Congress of Bolivia", "the Church of
        the Philippines"): "of", perhaps "the", and up to three capitalised words, one of
        them at least read as a state or a place the article names or a country's name; None
        where no such place follows."""
        position = index + 1
        if position >= len(self.tokens) or self.tokens[position].text != "of":
            return None
        position += 1
        if position < len(self.tokens) and self.tokens[position].text == "the":
            position += 1
        end = position
        while (
            end < len(self.tokens)
            and end - position < 3
            and self.tokens[end].capitalised
            and self.tokens[end].text.isalpha()
        ):
            end += 1
            if self.tokens[end - 1].possessive:
                break
        if end == position:
            return None
        words = [word for token in self.tokens[position:end] for word in token.words]
        if " ".join(words) in _COUNTRY_NAMES or any(word in COUNTRY_OF_WORD for word in words):
            return end
        places = {
            (mention.first_token, mention.last_token)
            for mention in self.mentions
            if self.is_state(mention.ref)
        } | {
            (place_first, place_last)
            for place_first, place_last, _ in self.gazetteer.location_names.matches(
                self.tokens[position:end]
            )
        }
        return end if (position, end) in places else None

    def match_bodies_described_without_their_place(self) -> None:
        """ "The strike committee voted" in a report from Lawrence for the recorded "Lawrence
        Strike Committee", "the City Council approved" from Memphis for "Memphis City Council",
        "the Episcopate" of a Polish report for "Polish Episcopate": "the" and the words of a
        recorded body's name that leave out the place it belongs to, where the article is about
        that place (its dateline, a state it names; the gazetteer asked the index for the names
        so made: `place_described_phrases`). The longest such description; not where two bodies
        answer (a second strike committee: nothing is guessed), nor a person or a state, nor
        where the noun phrase goes on ("the committee of ..."), nor a building one is received
        at ("at the Foreign Ministry").
        "The government" is left to `match_governments`, which reads the dateline last, and
        "the parliament", "the Senate" to the legislature readers (`legislature`)."""
        described = self.gazetteer.bodies_by_description
        if not described:
            return
        for token in self.tokens[:-1]:
            if token.text.lower() != "the" or token.possessive:
                continue
            index = token.index
            answered, last = None, index
            for end in range(min(len(self.tokens), index + 4), index + 1, -1):
                words = [word for t in self.tokens[index + 1 : end] for word in t.words]
                answered = described.get(" ".join(words))
                if answered:
                    last = end
                    break
            if not answered or any(self.covered[index:last]):
                continue
            if index > 0 and self.tokens[index - 1].text.lower() == "at":
                continue  # "received him at the Foreign Ministry": the building, any state's
            bodies = {
                actor_id: from_dateline
                for actor_id, from_dateline in answered.items()
                if self.gazetteer.actor(actor_id).kind not in (Actor.Kind.PERSON, Actor.Kind.STATE)
            }
            if len(bodies) != 1:
                continue
            head = self.tokens[last - 1].text.lower()
            if head in _GOVERNMENT_WORDS | _LOWERCASE_LEGISLATURES | _LEGISLATURES:
                continue  # read by `match_governments` and the legislature readers
            actor_id = next(iter(bodies))
            if not self.description_ends_at(last):
                continue
            self.add(index, last, f"actor:{actor_id}", "description")

    def description_ends_at(self, index: int) -> bool:
        """Whether a body's description ends before token `index`: no capitalised word of a
        longer name, no "of" or "for" and no other body's head word goes on with it."""
        if index >= len(self.tokens) or self.tokens[index - 1].possessive:
            return True
        following = self.tokens[index]
        between = self.text[self.tokens[index - 1].end : following.start]
        if between.strip():
            return True
        return not (
            following.capitalised
            or following.text.lower() in ("of", "for")
            or (following.words and following.words[-1] in _ORG_HEADS)
        )

    def match_names_cut_short(self) -> None:
        """ "the Mexican Eagle" for the recorded "Mexican Eagle Oil Company", "the Huasteca"
        for "Huasteca Petroleum Company" (tune41i): "the" and one to three capitalised words
        that open the name of one recorded body alone, whose name goes on with words ending
        in a body's head word. Not a demonym or a country alone ("the Mexican"), nor where
        the noun phrase goes on ("the Roman Catholic church", "the Rhodesian forces"), nor
        where two bodies' names open so."""
        # only the bodies whose name opens with a word the article writes: the gazetteer also
        # holds every body a post held on the day is in, many more than an article names
        bodies = [
            (f"actor:{actor.id}", normalize_name(actor.name).split())
            for actor in self.gazetteer.actors.values()
            if actor.kind not in (Actor.Kind.PERSON, Actor.Kind.STATE)
            and actor.name.split(maxsplit=1)[:1]
            and actor.name.split(maxsplit=1)[0].casefold() in self.gazetteer.text_words
        ]
        for token in self.tokens[:-1]:
            if token.text.lower() != "the" or token.possessive:
                continue
            first = last = token.index + 1
            while (
                last < len(self.tokens)
                and last - first < 3
                and self.tokens[last].capitalised
                and not self.covered[last]
                and self.text[self.tokens[last - 1].end : self.tokens[last].start] == " "
            ):
                last += 1
                if self.tokens[last - 1].possessive:
                    break
            if last == first or not self.noun_phrase_ends_at(last):
                continue
            words = [word for t in self.tokens[first:last] for word in t.words]
            if all(word in COUNTRY_OF_WORD for word in words):
                continue
            refs = {
                ref
                for ref, name in bodies
                if name[: len(words)] == words
                and len(name) > len(words)
                and name[-1] in _ORG_HEADS
                and name[len(words)] not in _NAME_CONNECTORS
            }
            if len(refs) == 1:
                self.add(token.index, last, refs.pop(), "description")

    def noun_phrase_ends_at(self, index: int) -> bool:
        """Whether a noun phrase ends before token `index`: at a punctuation mark, or before
        a conjunction, a preposition, an auxiliary or a speech verb ("the Huasteca had
        answered", "the Mexican Eagle and the Huasteca")."""
        if index >= len(self.tokens):
            return True
        following = self.tokens[index]
        between = self.text[self.tokens[index - 1].end : following.start]
        listed = following.capitalised and following.text != "The"
        if between.strip() == ",":
            return not listed  # "the Shan, Kachin and Chin hill peoples": a list of modifiers
        if between != " ":
            return True
        word = following.text.lower()
        after = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if word in _CONJUNCTIONS:
            # "the Shan and Kachin peoples", but "the Mexican Eagle and the Huasteca"
            return after is None or not after.capitalised or after.text == "The"
        return following.text.islower() and (
            word in _PREPOSITIONS_BEFORE_A_BODY
            or word in _BODY_AUXILIARIES
            or word in _SPEECH_WORDS
        )

    def only_as_a_demonym(self, index: int) -> bool:
        """Whether token `index` is covered only by a demonym mention of its own."""
        return any(
            mention.via == "demonym" and mention.first_token == index == mention.last_token - 1
            for mention in self.mentions
        )

    def bodies_by_name(self, offset: int, head: str):
        """(ref, name, country code) of every body whose name holds the word `head`: those the
        gazetteer holds, by their name and by the aliases a description of the text fits, and
        those the article named as new before `offset` ("the Foreign Ministry's new building"
        is not a "Cuban foreign ministry" the article names only later), people and states
        left out."""
        yield from self.recorded_bodies_by_word().get(head, [])
        for key, actor in self.document.new_actors.items():
            if actor.kind not in (Actor.Kind.PERSON, Actor.Kind.STATE) and actor.start < offset:
                yield key, actor.name, ""

    def recorded_bodies_by_word(self) -> dict[str, list[tuple[str, str, str]]]:
        """The recorded bodies by each word of their names (`bodies_by_name`), made once: the
        gazetteer holds every body a post held on the day is in, many more than an article
        names, and each description asks only for those with its head word."""
        if self._bodies_by_word is None:
            self._bodies_by_word = defaultdict(list)
            named = [
                (actor, actor.name)
                for actor in self.gazetteer.actors.values()
                if actor.kind not in (Actor.Kind.PERSON, Actor.Kind.STATE)
            ]
            # its other names the article writes ("the railway administration" after the alias
            # "Dakar-Niger railway administration") or a description of the text fits
            others = defaultdict(set)
            for normal, actor_ids in self.gazetteer.actors_by_name.items():
                for actor_id in actor_ids:
                    others[actor_id].add(normal)
            for actor_id, names in self.gazetteer.described_names.items():
                others[actor_id] |= names
            for actor_id, names in sorted(others.items()):
                actor = self.gazetteer.actor(actor_id)
                if actor.kind in (Actor.Kind.PERSON, Actor.Kind.STATE):
                    continue
                own = name_words(actor.name)
                named += [(actor, name) for name in sorted(names) if name_words(name) != own]
            for actor, name in named:
                for word in name_words(name):
                    self._bodies_by_word[word].append((f"actor:{actor.id}", name, actor.country))
        return self._bodies_by_word

    def lower_case_words_before(
        self, index: int, most: int = 3, gaps: Collection[str] = (" ",)
    ) -> int:
        """The first of up to `most` lower-case words right before token `index` that may
        qualify a body's head word ("official creditor", "fact-finding", "three-member
        guarantor"), each followed by one of `gaps`: no function word, adverb, number or
        possessive; `index` if none."""
        first = index
        while (
            first > 0
            and index - first < most
            and self.may_qualify_a_head(first - 1)
            and self.tokens[first - 1].text[0].islower()
            and self.text[self.tokens[first - 1].end : self.tokens[first].start] in gaps
        ):
            first -= 1
        return first

    def may_qualify_a_head(self, position: int) -> bool:
        """Whether token `position` is a word that may qualify a body's head word after it
        ("official", "Russian"): a plain word, no function word, adverb, number or possessive."""
        token = self.tokens[position]
        return (
            re.fullmatch(r"[A-Za-z][a-z-]*", token.text) is not None
            and not token.possessive
            and token.text.lower() not in FUNCTION_WORDS
            and not token.text.endswith("ly")
        )

    def common_noun_body_acts(self, index: int) -> bool:
        """Whether the body whose head word is token `index` acts: ", which", ", led (headed,
        chaired) by", or a verb of its own right after it ("voted", "has", "said")."""
        if index + 1 >= len(self.tokens):
            return False
        following = self.tokens[index + 1]
        between = self.text[self.tokens[index].end : following.start]
        word = following.text.lower()
        if between.strip() == ",":
            return word in _DESCRIBED_BODY_OPENERS
        if between != " ":
            return False
        after = self.tokens[index + 2].text.lower() if index + 2 < len(self.tokens) else ""
        if word in _BODY_AUXILIARIES or word in _SPEECH_WORDS:
            return True
        past = word.endswith("ed") or word in _PAST_WITHOUT_ED
        # "the committee set up by the accord", "the board appointed by ...": a participle
        return past and after not in ("by", "up") and word not in _NOT_ACTING_PAST

    def body_named_before_ending(self, phrase: str, offset: int) -> str | None:
        """The body named last before `offset` whose name ends with the normal form `phrase`
        ("Interfactory Strike Committee" for "strike committee")."""
        for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if mention.start >= offset or self.kind_of(mention.ref) in (
                Actor.Kind.PERSON,
                Actor.Kind.STATE,
            ):
                continue
            for name in (self.actor_name(mention.ref), self.text[mention.start : mention.end]):
                if f" {normalize_name(name)}".endswith(f" {phrase}"):
                    return mention.ref
        return None

    def body_introduced_before(self, index: int):
        """ "President Truman named a fact-finding board ... the board recommended": the last
        phrase before token `index` ending with its head word: lower-case words and the head
        after "a", "an" or "the" ("a fact-finding board", "the three-member guarantor
        commission"), or a capitalised name no reading took ("the Canada Industrial Relations
        Board"), passing over the head word alone ("the board's recommendation", "a committee
        of the strikers"). (Its first token, its last token + 1, the first token of its name,
        the ref of the body already drafted there or None), else None."""
        head = self.tokens[index].text.lower()
        for last in range(index - 1, 0, -1):
            token = self.tokens[last]
            if token.text.lower() != head:
                continue
            if self.covered[last]:
                mention = next(
                    (m for m in self.mentions if m.first_token <= last < m.last_token), None
                )
                if (
                    mention is not None
                    and ":new:" in mention.ref
                    and self.kind_of(mention.ref) != Actor.Kind.PERSON
                ):
                    return mention.first_token, mention.last_token, None, mention.ref
                return None
            if token.capitalised:
                first = last
                while first > 0 and self.tokens[first - 1].capitalised and last - first < 5:
                    first -= 1
                if last - first < 2 or self.tokens[first].text == "The":
                    return None
                return first, last + 1, first, None
            first = self.lower_case_words_before(last)
            if first == last:
                continue  # "the board's recommendation": the body again, introduced before
            if first == 0 or self.tokens[first - 1].text.lower() not in ("a", "an", "the"):
                return None
            return first - 1, last + 1, first, None
        return None

    def name_goes_on_after(self, index: int) -> bool:
        """Whether the head word at token `index` goes on into a name of its own ("the Council
        of Europe", "the Bank of England", "the Fund for Peace"): a capital, "of", "for" or "on"
        right after it in its sentence ("... from the department. The BMA ...": the sentence
        ends), unless the head is a possessive ("the group's London office" ends the name)."""
        token = self.tokens[index]
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        return (
            following is not None
            and not token.possessive
            and (following.capitalised or following.text.lower() in ("of", "for", "on"))
            and not re.search(r"[.;:!?]", self.text[token.end : following.start])
        )

    def for_an_indefinite(self, index: int) -> bool:
        """Whether token `index` is "for" before "a" or "an" ("a counter-proposal from the
        majority for a date"): a purpose, no name's complement ("the Front for the ...")."""
        return (
            self.tokens[index].text.lower() == "for"
            and index + 1 < len(self.tokens)
            and self.tokens[index + 1].text.lower() in ("a", "an")
        )

    def alias_heads(self, ref: str) -> set[str]:
        """The last words of a recorded body's aliases ("Machinists union": "union"). Asked
        for one body after another, so the first call reads the aliases of every recorded
        actor mentioned so far in one query (a later mention costs one more)."""
        if ":new:" in ref:
            return set()
        known = self.alias_heads_by_ref
        if ref not in known:
            wanted = {ref} | {
                mention.ref
                for mention in self.mentions
                if mention.ref.startswith("actor:") and ":new:" not in mention.ref
            }
            wanted -= known.keys()
            known.update((wanted_ref, set()) for wanted_ref in wanted)
            rows = ActorName.objects.filter(
                actor_id__in=[int(wanted_ref.split(":")[1]) for wanted_ref in wanted],
                field=ActorName.Field.ALIAS,
            )
            for actor_id, normal in rows.values_list("actor_id", "normalized"):
                if normal.split():
                    known[f"actor:{actor_id}"].add(normal.split()[-1])
        return known[ref]

    def only_body_headed(self, ref: str, offset: int) -> list[str]:
        """The head word before the complement of the body's name ("Canadian Union of Postal
        Workers": "union"), as a list of one word, where no other body named before `offset`
        has that head ("the Union of Port Workers and the Union of Rail Workers ... the union"
        is neither); else an empty list."""
        head = _head_before_its_complement(self.actor_name(ref))
        if head and any(
            mention.ref != ref
            and mention.start < offset
            and _head_before_its_complement(self.actor_name(mention.ref)) == head
            for mention in self.mentions
        ):
            return []
        return head

    def match_governments(self) -> None:
        """ "the government refused", "Government negotiators": the state whose government the
        article names ("Nepal's government", "the Syrian government"), else the state it names
        most, where one does (not "the government of national unity", "an interim government").
        Failing those, "the government" is the one it was before in the article. "The
        administration" is read alike ("the administration was studying the accord")."""
        government = None
        for token in self.tokens:
            if token.text.lower() not in _GOVERNMENT_WORDS or self.covered[token.index]:
                continue
            index = token.index
            following = self.tokens[index + 1].text if index + 1 < len(self.tokens) else ""
            the = index > 0 and self.tokens[index - 1].text.lower() == "the"
            if following == "of" and the and not self.document.in_quote(token.start):
                # "the government of President Virgilio Barco" (tune38g): the state whose
                # recorded post the person after "of" holds, or held before he fell ("the
                # Government of President X turned it down" after X's death, r65govt)
                state = self.state_of_the_holder_at(index + 2, or_held=True)
                if state is not None:
                    self.add(index - 1, index + 1, self.recorded_government(state), "anaphor")
                    government = state
                    continue
                named = self.country_named_at(index + 2)
                if named is not None:
                    # "the Government of Italy": the state its name after "of" names (already
                    # its mention where recorded), which "the government" is from then on
                    first, last, code = named
                    state = self.country_ref(code, first, last)
                    if not any(self.covered[first:last]):
                        self.add(index - 1, last, self.recorded_government(state), "country")
                    government = state
                continue
            if following in ("of", "for") or following[:1].isupper():
                continue
            opens_sentence = (
                token.text == "Government"
                and self.document.sentence_at(token.start).start == token.start
                and following.lower() in _STATE_VOICES | DELEGATION_NOUNS | {"team"}
            )
            if self.document.in_quote(token.start) or not (the or opens_sentence):
                continue
            state = (
                self.state_whose_government(token.start)
                or self.government_body_named_before(token.start)
                or self.state_in_sentence_before(token.start)
                or self.state_whose_capital_opens(token.start)
                or self.state_whose_capital_is_the_place_before(token.start)
                or government
                or state_named_most(self.mentions, self.is_state, clearly=True, at_least=2)
                or self.state_of_a_lone_dateline(token.start)
                or self.government_of_the_dateline(token.text)
                # "the Department of Health ... The government accepted" (tune38g): in an
                # article that names no state, the state of the government body it names
                or self.state_of_a_government_named()
            )
            if state is not None:
                self.add(
                    index - 1 if the else index,
                    index + 1,
                    self.recorded_government(state),
                    "anaphor",
                )
                government = state

    def state_of_the_holder_at(self, index: int, or_held: bool = False) -> str | None:
        """The recorded state whose post the person named at token `index` holds, his title
        before his name or not ("President Virgilio Barco", "Barco"); with `or_held`, also one
        whose post he had left by the publication date."""
        if index >= len(self.tokens):
            return None
        post = _PERSON_TITLE_TRIE.longest_from(self.tokens, index)
        start = post[1] if post is not None else index
        person = next(
            (
                mention
                for mention in self.mentions
                if mention.first_token <= start < mention.last_token
                and mention.first_token >= index
                or mention.first_token == index
            ),
            None,
        )
        if person is None or self.kind_of(person.ref) != Actor.Kind.PERSON:
            return None
        body = self.gazetteer.body_of_post(person.ref)
        if body is None and or_held:
            body = self.gazetteer.body_of_a_post_left(person.ref)
        return body if body is not None and self.is_state(body) else None

    def state_of_a_lone_dateline(self, offset: int) -> str | None:
        """The recorded state the dateline names ("SANTIAGO, Chile --", or its capital alone,
        "SANTIAGO --"), where no state is named by its name before `offset`: an article filed
        from a state that speaks of "the government" and of no other state speaks of that
        state's."""
        if any(
            self.is_state(mention.ref) and mention.via != "demonym"
            for mention in self.mentions
            if mention.start < offset
        ):
            return None
        dateline = re.match(r"\s*[A-Z][A-Z .'-]*[A-Z](?=[,\s(])", self.text)
        if dateline is None or not self.tokens:
            return None
        after = _token_index_at(self.tokens, dateline.end())
        first = _token_index_at(self.tokens, dateline.start())
        code = None
        if after < len(self.tokens) and self.text[dateline.end() : self.tokens[after].start] == (
            ", "
        ):
            country = self.gazetteer.countries.longest_from(self.tokens, after)
            if country is not None:
                code = country[2][0]
        if code is None:
            capital = _CAPITAL_TRIE.longest_from(self.tokens, first)
            if capital is not None and self.tokens[capital[1] - 1].end == dateline.end():
                code = capital[2][0]
        state = self.gazetteer.state_of_country(code) if code else None
        if state is None and code:
            # "OTTAWA, May 30 (CP) - ... The government then appointed an arbitrator": the
            # government recorded as a body of its own, where its state is not (tune40g)
            state = self.gazetteer.government_body_of(code)
        return f"actor:{state}" if state is not None else None

    def government_of_the_dateline(self, word: str) -> str | None:
        """ "WARSAW (AP) -- Poland's bishops and the Vatican ... The government accepted": the
        recorded government of the place a report is filed from ("Government of Poland" from
        Warsaw, the "Hongkong Government" from Hongkong), where nothing nearer says whose
        government it is, even where the article names other states as often as its own."""
        answered = self.gazetteer.bodies_by_description.get(normalize_name(word), {})
        bodies = [
            actor_id
            for actor_id, from_dateline in answered.items()
            if from_dateline and self.kind_of(f"actor:{actor_id}") == Actor.Kind.GOVERNMENT_BODY
        ]
        return f"actor:{bodies[0]}" if len(bodies) == 1 else None

    def recorded_government(self, state: str) -> str:
        """The state's government where it is recorded as a body of its own ("South African
        government", "Government of Angola"): "the government" is that body, not the state."""
        body = self.gazetteer.government_body_of(self.country_code_of(state))
        return f"actor:{body}" if body is not None else state

    def state_in_sentence_before(self, offset: int) -> str | None:
        """The state named last before `offset` in its sentence ("An Iraqi official said the
        government was studying ...")."""
        sentence_start = self.document.sentence_at(offset).start
        before = [
            mention
            for mention in self.mentions
            if sentence_start <= mention.start < offset
            and self.is_state(mention.ref)
            # "talks in the Sudanese capital Khartoum ... by the government": a place's
            # adjective names no government
            and not (mention.via == "demonym" and _A_PLACE_NOUN.match(self.text, mention.end))
            # "stop for inspection in Bisha in Saudi Arabia, and the government turned down":
            # nor does a state named as where something is (but "flew to Israel, where the
            # government ..." is that state's)
            # ("in the Japanese ambassador's residence": a place named by the demonym of
            # whose it is, after its article)
            and not (
                re.search(
                    r"\b(?:in|at|to|from|via)\s+(?:the\s+)?$",
                    self.text[sentence_start : mention.start],
                )
                and not re.match(r",?\s+where\b", self.text[mention.end : offset])
            )
        ]
        return max(before, key=lambda mention: mention.start).ref if before else None

    def state_whose_capital_is_the_place_before(self, offset: int) -> str | None:
        """The recorded state whose capital its sentence names before `offset` as where things
        happen ("rebels holding hostages in Lima broke off talks with the government"): the
        one state's capital so named, else none."""
        sentence = self.document.sentence_at(offset)
        codes = set()
        for index in range(sentence.first_token, len(self.tokens) - 1):
            if self.tokens[index + 1].start >= offset:
                break
            if self.tokens[index].text not in ("in", "In"):
                continue
            match = _CAPITAL_TRIE.longest_from(self.tokens, index + 1)
            if match is not None and self.tokens[match[1] - 1].end <= offset:
                codes.update(match[2])
        if len(codes) != 1:
            return None
        state = self.gazetteer.state_of_country(codes.pop())
        return f"actor:{state}" if state is not None else None

    def state_whose_capital_opens(self, offset: int) -> str | None:
        """The recorded state whose capital opens the sentence as where it is told from ("In
        Washington, White House spokesman X said the administration ...")."""
        first = self.document.sentence_at(offset).first_token
        if first + 1 >= len(self.tokens) or self.tokens[first].text.lower() != "in":
            return None
        match = _CAPITAL_TRIE.longest_from(self.tokens, first + 1)
        code = match[2][0] if match is not None else None
        if match is None:
            # "In Bonn, the federal government has not yet answered" (1955): a former seat
            # while it was one (tune40g)
            match = _FORMER_CAPITAL_TRIE.longest_from(self.tokens, first + 1)
            year = self.document.published_on.year
            code = next((c for c, until in match[2] if year <= until), None) if match else None
        if code is None or not self.text[self.tokens[match[1] - 1].end :].startswith(","):
            return None
        state = self.gazetteer.state_of_country(code)
        return f"actor:{state}" if state is not None else None

    def government_body_named_before(self, offset: int) -> str | None:
        """The recorded government body last named before `offset` by a name that says it is a
        government ("the Philippine government" recorded as a body of its own): "the government"
        after it is that body, not the state the article names most."""
        named = None
        for mention in self.mentions:
            if (
                mention.start < offset
                and mention.via == "name"
                and self.kind_of(mention.ref) == Actor.Kind.GOVERNMENT_BODY
                and (
                    re.search(r"\bgovernment\b", self.text[mention.start : mention.end], re.I)
                    # "claims against the Commonwealth. ... the government turned down": a
                    # body recorded as the government ("Australian Government") named before
                    # by another of its names, where no state is recorded for it to stand for
                    or re.search(r"\bgovernment\b", self.actor_name(mention.ref), re.I)
                )
            ):
                named = mention.ref
        return named

    def state_whose_government(self, offset: int) -> str | None:
        """The state last named right before "government" ("Nepal's government", "the Kenyan
        government") before `offset`."""
        named = held = None
        for mention in self.mentions:
            if mention.start >= offset or not self.is_state(mention.ref):
                continue
            # "Nepal's government", "the Kenyan government"
            if self.text[mention.end :].lower().startswith((" government", "'s government")):
                named = mention.ref
            # "the Sri Lankan government": a demonym drafted with its noun as the state itself
            # (match_demonyms) holds the word, so it is not after the mention but its end. Only
            # where no state was named so before: "Venezuela's government ... a statement from
            # the Norwegian government, which facilitates the talks. The government has not
            # yet answered" is still Venezuela's
            elif re.search(r"\sgovernment$", mention.text_in(self.text), re.IGNORECASE):
                held = mention.ref
        return named or held

    def match_oppositions(self) -> None:
        """ "The opposition said it would come back": the body the article calls the
        opposition ("the opposition National Coalition", "the opposition Orange Democratic
        Movement"), when there is one."""
        bodies = set()
        for token in self.tokens[:-1]:
            if token.text.lower() == "opposition" and not token.possessive:
                body = self.mention_starting_at(token.index + 1)
                if body is not None and self.kind_of(body.ref) not in (
                    Actor.Kind.PERSON,
                    Actor.Kind.STATE,
                ):
                    bodies.add(body.ref)
        if len(bodies) != 1:
            return
        body = bodies.pop()
        for token in self.tokens:
            index = token.index
            if token.text.lower() != "opposition" or self.covered[index] or index == 0:
                continue
            if self.tokens[index - 1].text.lower() != "the":
                continue
            # "The opposition said", "the opposition's demand", "for the opposition,"; not
            # "the opposition Orange Democratic Movement", "the opposition figures"
            ends_phrase = index + 1 >= len(self.tokens) or bool(
                re.search(r"[,.;:()“”\"]", self.text[token.end : self.tokens[index + 1].start])
            )
            if token.possessive or ends_phrase or self.acts_next(index + 1):
                self.add(index - 1, index + 1, body, "anaphor")

    def kind_of(self, ref: str) -> str:
        if ":new:" in ref:
            return self.document.new_actors[ref].kind
        return self.gazetteer.actor(int(ref.split(":")[1])).kind

    def country_ending_at(self, index: int) -> tuple[str, int] | None:
        """The country named right before token `index` ("Norwegian", "Russia's", a recorded
        state): (its code, its first token)."""
        mention = self.mention_ending_at(index)
        if mention is not None:
            if ":new:" in mention.ref:
                return None
            actor = self.gazetteer.actor(int(mention.ref.split(":")[1]))
            if actor.kind == Actor.Kind.STATE and actor.country:
                return actor.country, mention.first_token
            return None
        offset = max(0, index - 3)
        for first, last, codes in self.gazetteer.countries.matches(self.tokens[offset:index]):
            if offset + last == index and self.has_capital(offset + first, index):
                return codes[0], offset + first
        return None

    def match_organs(self) -> None:
        """ "the United Nations General Assembly endorsed it": a recorded organisation's organ
        written in capitals right after its name is a body of its own (a new one, named in
        full), not the organisation and a title ("General") of someone else."""
        for mention in list(self.mentions):
            if ":new:" in mention.ref or self.kind_of(mention.ref) != Actor.Kind.INTERNATIONAL_ORG:
                continue
            after = mention.last_token
            words = tuple(
                token.text.lower() for token in self.tokens[after : after + 2] if token.capitalised
            )
            if words not in _ORGANS or any(self.covered[after : after + 2]):
                continue
            if self.text[self.tokens[after - 1].end : self.tokens[after].start] != " ":
                continue
            name = self.text[mention.start : self.tokens[after + 1].end]
            recorded = self.gazetteer.actor_named([name])
            self.mentions.remove(mention)
            if recorded is not None:
                self.add(mention.first_token, after + 2, f"actor:{recorded}", "name")
                continue
            ref = self.new_ref(name, Actor.Kind.INTERNATIONAL_ORG, mention.first_token, after + 2)
            self.add(mention.first_token, after + 2, ref, "new")

    def match_ministries(self) -> None:
        """ "the Norwegian foreign ministry", "Russia's defence ministry": the state's ministry
        of that portfolio, recorded under one of its usual names (gazetteer.ministry_names),
        else a new government body named in full ("Norwegian Ministry of Foreign Affairs")."""
        for token in self.tokens[2:]:
            if token.words != ("ministry",) or self.covered[token.index]:
                continue
            portfolio = self.tokens[token.index - 1].text.lower()
            start = token.index - 1  # the portfolio's first token
            if portfolio == "affairs" and token.index >= 3:
                # "India's external affairs ministry": a portfolio of two words
                portfolio = f"{self.tokens[token.index - 2].text.lower()} affairs"
                start = token.index - 2
            if portfolio not in MINISTRY_PORTFOLIOS or any(self.covered[start : token.index]):
                continue
            country = self.country_ending_at(start) or self.state_its_names(start - 1)
            if country is None:
                continue
            code, first = country
            names = ministry_names(code, portfolio)
            recorded = self.gazetteer.actor_named(names)
            if recorded is not None:
                ref = f"actor:{recorded}"
            else:
                name = names[0]
                written = self.text[self.tokens[start].start : self.tokens[token.index - 1].end]
                if token.text[:1].isupper() and written[:1].isupper():
                    # "the Soviet Foreign Ministry", "Sudan's Foreign Ministry": a proper name
                    # in capitals, the new body named as the press writes it
                    adjective = names[1].rsplit(" ", 2)[0]
                    name = f"{adjective} {written} Ministry"
                ref = self.new_ref(name, Actor.Kind.GOVERNMENT_BODY, first, token.index + 1)
            self.add(first, token.index + 1, ref, "name" if recorded else "new")

    def match_ministries_of_no_state_named(self) -> None:
        """ "The defence ministry rejected that", "the health ministry's headquarters": a
        ministry named by its portfolio in lower case after "the", with no state before it, is
        that of the state the article clearly names most (as a bare "the government" is), under
        one of its usual names, else a new government body. Only where the phrase opens its
        sentence or a clause (after a comma, a semicolon, "and", "but"): a ministry one wants
        ("both parties want the home affairs ministry") or works at ("X of the foreign
        ministry") may be another state's; nor inside a quote."""
        for token in self.tokens[2:]:
            if token.text != "ministry" or self.covered[token.index]:
                continue
            start = token.index - 1
            portfolio = self.tokens[start].text
            if portfolio == "affairs":
                start -= 1
                portfolio = f"{self.tokens[start].text} affairs"
            if portfolio not in MINISTRY_PORTFOLIOS or any(self.covered[start : token.index]):
                continue
            if start < 1 or self.tokens[start - 1].text.lower() != "the":
                continue
            sentence = self.document.sentence_at(token.start)
            opening = self.text[sentence.start : self.tokens[start - 1].start]
            if not _A_CLAUSE_OPENS.search(opening):
                continue
            if self.document.in_quote(token.start):
                continue
            state = state_named_most(self.mentions, self.is_state, clearly=True, at_least=2)
            code = self.gazetteer.actor(int(state.split(":")[1])).country if state else None
            if not code:
                continue
            names = ministry_names(code, portfolio)
            recorded = self.gazetteer.actor_named(names)
            if recorded is not None:
                self.add(start - 1, token.index + 1, f"actor:{recorded}", "name")
            else:
                ref = self.new_ref(names[0], Actor.Kind.GOVERNMENT_BODY, start - 1, token.index + 1)
                self.add(start - 1, token.index + 1, ref, "new")

    def state_its_names(self, index: int) -> tuple[str, int] | None:
        """ "Saudi Arabia, which leads the coalition, welcomed the deal, its foreign ministry
        said": "its" at token `index` is the state its sentence opens with, when that is the
        sentence's first mention: (its code, the token of "its")."""
        if index < 1 or self.tokens[index].text != "its":
            return None
        sentence = self.document.sentence_at(self.tokens[index].start)
        before = [
            mention
            for mention in self.mentions
            if sentence.start <= mention.start < self.tokens[index].start
        ]
        if not before:
            return None
        subject = min(before, key=lambda mention: mention.start)
        if ":new:" in subject.ref:
            return None
        actor = self.gazetteer.actor(int(subject.ref.split(":")[1]))
        if actor.kind != Actor.Kind.STATE or not actor.country:
            return None
        return actor.country, index

    def match_legislatures(self) -> None:
        """ "the Iranian parliament set four conditions", "Israel's cabinet approved the deal",
        "Lebanese deputies": a state's parliament or cabinet written in lower case after the
        state (its demonym or possessive), a cabinet after its head's name ("Netanyahu's
        cabinet"); recorded under a usual name, else a new government body. Not where the word
        qualifies a noun ("cabinet ministers", "parliament speaker")."""
        for token in self.tokens[1:]:
            index = token.index
            word = token.text.casefold()
            if word not in _LOWERCASE_LEGISLATURES and word not in LEGISLATURE_MEMBERS:
                continue
            if self.covered[index] or self.document.in_quote(token.start):
                continue
            if (
                word != "mps"
                and token.text[:1].isupper()
                and not self.capitalised_after_possessive(index)
            ):
                continue  # "Parliament must ratify it", "Cabinet Secretary X": read as names
            following = self.tokens[index + 1].text.lower() if index + 1 < len(self.tokens) else ""
            if not (
                token.possessive or self.legislature_acts(index) or following in _LEGISLATURE_NEXT
            ):
                continue
            country = self.country_ending_at(index)
            if country is None and word == "cabinet":
                country = self.state_of_its_head(index)
            if country is None:
                continue
            code, first = country
            previous = self.tokens[first - 1] if first > 0 else None
            if (
                previous is not None
                and previous.capitalised
                and previous.text.lower() != "the"
                and self.text[previous.end : self.tokens[first].start] == " "
                and self.document.sentence_at(previous.start)
                == self.document.sentence_at(self.tokens[first].start)
            ):
                continue  # "the Bosnian Serb parliament": a people's, not Serbia's
            # "the Egyptian legislature", "Egyptian lawmakers": its parliament
            names = (
                cabinet_names(code) if word == "cabinet" else legislature_names(code, "parliament")
            )
            recorded = self.gazetteer.actor_named(names)
            if recorded is None:
                # "Iran's parliament, the Majlis, has yet to ...": the recorded body named in
                # apposition right after
                recorded = self.body_named_after(index)
            if recorded is None and word != "cabinet":
                # "the Irish parliament" in an article that names the Dail: the state's one
                # legislature the article knows, whatever its own name
                recorded = self.gazetteer.legislature_of(code)
            ref = f"actor:{recorded}" if recorded is not None else None
            named = self.name_set_before(first) or self.name_set_after(index)
            if ref is None and named is not None:
                # "the Althing, Iceland's parliament", "Ukraine's parliament, the Verkhovna
                # Rada,": the body's own name, set before or after it
                name = self.text[self.tokens[named[0]].start : self.tokens[named[1] - 1].end]
                ref = self.new_ref(name, Actor.Kind.GOVERNMENT_BODY, *named)
                self.add(*named, ref, "new")
            if self.mention_ending_at(index) is not None:
                first = index  # "Egypt's cabinet": "Egypt's" stays the state's mention
            if ref is None:
                ref = self.new_ref(names[0], Actor.Kind.GOVERNMENT_BODY, first, index + 1)
            self.add(first, index + 1, ref, "name" if recorded else "new")
            state = self.gazetteer.state_of_country(code)
            if word == "cabinet" and state is not None:
                self.document.state_of_body[ref] = f"actor:{state}"

    def match_bare_parliaments(self) -> None:
        """ "a law passed by parliament after the war", "until parliament passes an amnesty
        law", "the government has asked parliament to endorse them": "parliament" in lower case
        with no article, possessive or demonym before it is a state's legislature, as the bare
        capitalised "Parliament" is (`legislature`), where it is the agent of a passive after a
        participle, the subject of a verb after a conjunction, or asked to act. The state is
        the one named last before it in the sentence, else the one the article names most. Not
        a place or a time ("the largest party in parliament", "outside parliament.",
        "approval by parliament would", "parliament speaker")."""
        for token in self.tokens[2:]:
            index = token.index
            if token.text != "parliament" or self.covered[index]:
                continue
            if self.document.in_quote(token.start):
                continue
            previous = self.tokens[index - 1]
            before = previous.text.lower()
            if self.text[previous.end : token.start] != " ":
                continue
            following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
            next_word = following.text.lower() if following is not None else ""
            joined = following is not None and self.text[token.end : following.start] == " "
            seat = self.capital_after_parliament(index)
            if seat is not None:
                acts = True
            elif before == "by":
                participle = self.tokens[index - 2].text.lower()
                # the agent ends its phrase: not "by parliament speaker X"
                ends = not joined or next_word in _AFTER_AN_AGENT
                acts = ends and (participle.endswith("ed") or participle in _PAST_WITHOUT_ED)
            elif before in _BARE_PARLIAMENT_OPENERS:
                acts = joined and (
                    next_word in _BARE_PARLIAMENT_VERBS
                    or next_word in _AUXILIARIES
                    or next_word in _PAST_WITHOUT_ED
                )
            elif before in _ASKING_VERBS:
                acts = joined and next_word == "to"
            else:
                acts = False
            if not acts:
                continue
            state = (
                seat
                or self.state_named_before_in_sentence(index)
                or (
                    state_named_most(self.mentions, self.is_state)
                    or self.state_of_a_government_named()
                )
            )
            if state is None:
                continue
            name = f"Parliament of {self.actor_name(state)}"
            code = self.country_code_of(state)
            usual = legislature_names(code, "parliament") if code else []
            recorded = self.gazetteer.actor_named([name, *usual])
            if recorded is None and code:
                recorded = self.gazetteer.legislature_of(code)
            if recorded is not None:
                self.add(index, index + 1, f"actor:{recorded}", "name")
            else:
                ref = self.new_ref(name, Actor.Kind.GOVERNMENT_BODY, index, index + 1)
                self.add(index, index + 1, ref, "new")

    def capital_after_parliament(self, index: int) -> str | None:
        """ "protesters gathered outside parliament in Skopje", "the parliament in Ankara": the
        recorded state whose capital follows "in" right after the legislature's word."""
        if index + 2 >= len(self.tokens) or self.tokens[index + 1].text != "in":
            return None
        if self.text[self.tokens[index].end : self.tokens[index + 2].start] != " in ":
            return None
        for first, last, codes in _CAPITAL_TRIE.matches(self.tokens[: index + 6]):
            if first != index + 2 or not self.has_capital(first, last):
                continue
            if last < len(self.tokens) and self.tokens[last].capitalised:
                continue  # "in Washington Heights": a longer place's name
            state = self.gazetteer.first_recorded_state(codes)
            return f"actor:{state}" if state is not None else None
        return None

    def state_named_before_in_sentence(self, index: int) -> str | None:
        """The recorded state the text points to last before token `index`, in its sentence or
        the one before: a state by name, a body or a person's post of that state ("Officers
        close to Cedras", Cedras a Haitian army's chief), a place in it ("In Athens, ...")."""
        start = self.tokens[index].start
        sentence = self.document.sentence_at(start)
        earlier = self.document.sentence_before(sentence)
        opening = earlier.start if earlier is not None else sentence.start
        clues: list[tuple[int, str]] = []
        for mention in self.mentions:
            if not opening <= mention.start < start or ":new:" in mention.ref:
                continue
            if mention.via in ("post", "demonym"):
                continue
            ref = mention.ref
            if self.document.is_person(ref):
                ref = self.gazetteer.body_of_post(ref)
                if ref is None:
                    continue
            code = self.country_code_of(ref)
            if code:
                clues.append((mention.start, code))
        for place in self.document.places:
            if opening <= place.start < start and place.location_id is not None:
                code = self.gazetteer.locations[place.location_id]["country"]
                if code:
                    clues.append((place.start, code))
        # "In Athens, the opposition ...": a capital, recorded as a place or not
        for first, _last, codes in _CAPITAL_TRIE.matches(self.tokens):
            if opening <= self.tokens[first].start < start and self.has_capital(first, _last):
                clues.append((self.tokens[first].start, codes[0]))
        for _offset, code in sorted(clues, reverse=True):
            state = self.gazetteer.state_of_country(code)
            if state is not None:
                return f"actor:{state}"
        return None

    def match_cabinet_in_its_capital(self) -> None:
        """ "In Helsinki the Cabinet met with Mannerheim": "the Cabinet" after a sentence's
        opening phrase of place that names a state's capital is that state's cabinet (not "the
        Cabinet Secretary", a post, nor "in Helsinki the Finnish Cabinet", read as a name)."""
        for token in self.tokens[3:]:
            index = token.index
            if token.text != "Cabinet" or self.covered[index] or self.covered[index - 2]:
                continue
            if self.tokens[index - 1].text != "the" or self.document.in_quote(token.start):
                continue
            if index + 1 < len(self.tokens) and self.tokens[index + 1].capitalised:
                continue
            capital = next(
                (
                    (first, codes)
                    for first, last, codes in _CAPITAL_TRIE.matches(self.tokens[: index - 1])
                    if last == index - 1
                ),
                None,
            )
            if capital is None or not self.place_opening_the_sentence(capital[0], index - 1):
                continue
            code = capital[1][0]
            names = cabinet_names(code)
            recorded = self.gazetteer.actor_named(names)
            if recorded is not None:
                ref = f"actor:{recorded}"
            else:
                ref = self.new_ref(names[0], Actor.Kind.GOVERNMENT_BODY, index, index + 1)
            self.add(index, index + 1, ref, "name" if recorded is not None else "new")
            state = self.gazetteer.state_of_country(code)
            if state is not None:
                self.document.state_of_body[ref] = f"actor:{state}"

    def capitalised_after_possessive(self, index: int) -> bool:
        """ "Netanyahu's Cabinet", "Israel's Cabinet": the body word capitalised, as AP writes
        it, after the possessive of its state or head, and not a post it begins ("Israel's
        Cabinet Secretary Zvi Hauser")."""
        if index == 0 or not self.tokens[index - 1].possessive:
            return False
        if index + 1 < len(self.tokens):
            following = self.tokens[index + 1]
            between = self.text[self.tokens[index].end : following.start]
            if following.capitalised and between == " ":
                return False
        return True

    def body_named_after(self, index: int) -> int | None:
        """The recorded government body whose name follows token `index` as an appositive
        (", the Majlis"), if any."""
        for mention in self.mentions:
            if mention.first_token <= index or ":new:" in mention.ref:
                continue
            between = self.text[self.tokens[index].end : self.tokens[mention.first_token].start]
            if not re.fullmatch(r",\s+(?:the\s+)?", between):
                continue
            actor_id = int(mention.ref.split(":")[1])
            actor = self.gazetteer.actors.get(actor_id)
            if actor is not None and actor.kind == Actor.Kind.GOVERNMENT_BODY:
                return actor_id
        return None

    def state_of_its_head(self, index: int) -> tuple[str, int] | None:
        """ "Netanyahu's cabinet": the state whose post the person named right before holds."""
        mention = self.mention_ending_at(index)
        if mention is None or not self.tokens[index - 1].possessive or ":new:" in mention.ref:
            return None
        person_id = int(mention.ref.split(":")[1])
        for position in self.gazetteer.positions:
            if position.person_id != person_id:
                continue
            organization = self.gazetteer.actors.get(position.organization_id)
            if organization and organization.kind == Actor.Kind.STATE and organization.country:
                return organization.country, mention.first_token
        return None

    def name_set_before(self, first: int) -> tuple[int, int] | None:
        """ "the Althing, Iceland's parliament", "the Supreme Soviet, the Soviet parliament": the
        capitalised words after "the" that the description at token `first` (after its own
        "the") is set after, a name no other step read: its first and last token."""
        if first > 0 and self.tokens[first - 1].text.lower() == "the":
            first -= 1
        if first < 3 or self.text[self.tokens[first - 1].end : self.tokens[first].start] != ", ":
            return None
        start = first - 1
        while (
            start - 1 > 0
            and first - start < 4
            and self.tokens[start - 1].capitalised
            and self.tokens[start - 1].text.lower() != "the"
            and self.text[self.tokens[start - 1].end : self.tokens[start].start] == " "
        ):
            start -= 1
        if (
            any(self.covered[index] for index in range(start, first))
            or not all(token.capitalised for token in self.tokens[start:first])
            or any(token.possessive for token in self.tokens[start:first])
            or self.tokens[start - 1].text.lower() != "the"
        ):
            return None
        return start, first

    def name_set_after(self, index: int) -> tuple[int, int] | None:
        """ "Ukraine's parliament, the Verkhovna Rada, has yet to vote": the capitalised words
        after ", the" that follow the description ending at token `index`, closing an
        appositive (a comma, not one before "and" that lists another item; or the sentence's
        end), a name no other step read: its first and last token."""
        start = index + 2
        if start >= len(self.tokens):
            return None
        if self.text[self.tokens[index].end : self.tokens[start].start] != ", the ":
            return None
        end = start
        while (
            end < len(self.tokens)
            and end - start < 4
            and self.tokens[end].capitalised
            and self.tokens[end].text.lower() != "the"
            and (
                end == start or self.text[self.tokens[end - 1].end : self.tokens[end].start] == " "
            )
        ):
            end += 1
        closing = re.match(
            r"\s*(?:[.;]|,(?!\s+(?:and|or)\b))", self.text[self.tokens[end - 1].end :]
        )
        if (
            end == start
            or closing is None
            or any(self.covered[position] for position in range(start, end))
            or any(token.possessive for token in self.tokens[start:end])
        ):
            return None
        return start, end

    def match_armies(self) -> None:
        """ "the army", "the military": the recorded armed forces (gazetteer.army_names) of
        the state named last before, or of the only state whose army is recorded; "the
        Sudanese army" of that state."""
        armies = {}
        for code in {
            code
            for _, _, codes in self.gazetteer.countries.matches(self.tokens)
            for code in codes[:1]
        }:
            army = self.gazetteer.actor_named(army_names(code))
            if army is not None:
                armies[code] = army
        self.match_new_armies(armies)
        if not armies:
            self.match_unrecorded_armies()
            return
        for token in self.tokens[1:]:
            index = token.index
            if token.text.lower() not in _ARMY_WORDS or self.covered[index]:
                continue
            if _PERSON_TITLE_TRIE.longest_from(self.tokens, index) is not None:
                continue  # "army chief"
            following = self.tokens[index + 1].text.lower() if index + 1 < len(self.tokens) else ""
            if following in _TITLE_WORDS:
                continue  # "the military spokesman"
            country = self.country_ending_at(index)
            if country is not None:
                code, first = country
            elif self.tokens[index - 1].text.lower() == "the":
                code, first = self.country_named_before(token.start, armies), index - 1
            else:
                continue
            if code in armies:
                self.add(first, index + 1, f"actor:{armies[code]}", "anaphor")
        self.match_commanders(armies)

    def match_commanders(self, armies: dict) -> None:
        """ "the commanders of the army, navy and air force ... the commanders countered": once
        the article has called the service chiefs commanders of the armed forces, "the
        commanders" acting together are the recorded armed forces of the state named last
        before, as "the military" is (not "rebel commanders", "the commanders' aides")."""
        introduced = _COMMANDERS_OF_THE_FORCES.search(self.text)
        if introduced is None:
            return
        for token in self.tokens[2:]:
            index = token.index
            if token.text.lower() != "commanders" or self.covered[index]:
                continue
            if token.start < introduced.end() or token.possessive:
                continue
            following = self.tokens[index + 1].text.lower() if index + 1 < len(self.tokens) else ""
            # "The commanders also accepted", "The three commanders and the three delegations
            # each approved": a plural noun qualifies no noun after it; "the commanders of the
            # rebel units" are others
            if following in ("of", "in", "from") or not (
                self.army_acts(index) or following in ("also", "too", "and", "each", "all")
            ):
                continue
            first = index - 1
            if self.tokens[first].text.lower() in _COUNTED_COMMANDERS:
                first -= 1  # "the three commanders"
            if self.tokens[first].text.lower() != "the":
                continue
            code = self.country_named_before(token.start, armies)
            if code in armies:
                self.add(first, index + 1, f"actor:{armies[code]}", "anaphor")

    def match_new_armies(self, armies: dict) -> None:
        """ "The Ukrainian military rejected ...", "the Sudanese army said": the armed forces of a
        state named right before, offered as a new body where none is recorded, under the
        name army_names gives last ("Armed Forces of Ukraine")."""
        for token in self.tokens[1:]:
            index = token.index
            if token.text.lower() not in _ARMY_WORDS or self.covered[index]:
                continue
            if not self.army_acts(index):
                continue  # "the military spokesman", "Israeli military operations"
            if _PERSON_TITLE_TRIE.longest_from(self.tokens, index) is not None:
                continue  # "army chief"
            country = self.country_ending_at(index)
            if country is None:
                continue
            code, first = country
            # Only "the Ukrainian military": "Israel's army rejected" stays the state's army
            # that answers for no one (test_meetings_and_signals.py holds that reading).
            if code in armies or first == 0 or self.tokens[first - 1].text.lower() != "the":
                continue  # recorded (match_armies); "a Ukrainian army unit" is no body
            if self.text[self.tokens[index - 1].end : token.start] != " ":
                continue
            name = army_names(code)[-1]
            ref = self.new_ref(name, Actor.Kind.GOVERNMENT_BODY, first, index + 1)
            self.add(first, index + 1, ref, "new")
            self.new_army_refs.add(ref)

    def match_unrecorded_armies(self) -> None:
        """ "the role of the army", "The military's scorched-earth campaign", "the army “will
        obey”": where no state's army is recorded, the armed forces of the state the article
        names first (the one its lead is about: "El Salvador's government and the rebels"),
        offered as a new body."""
        if any(
            mention.via == "new" and mention.ref in self.new_army_refs for mention in self.mentions
        ):
            return  # "The Ukrainian military" named its army; which one "the army" is, is open
        state = next(
            (m for m in sorted(self.mentions, key=lambda m: m.start) if self.is_state(m.ref)),
            None,
        )
        if state is None:
            return
        code = self.country_code_of(state.ref)
        if code is None:
            return
        for token in self.tokens[1:]:
            index = token.index
            if token.text.lower() not in _ARMY_WORDS or self.covered[index]:
                continue
            if self.tokens[index - 1].text.lower() != "the" or self.document.in_quote(token.start):
                continue
            if not (token.possessive or self.army_acts(index)):
                continue  # "junior army officers", "the military spokesman"
            if _PERSON_TITLE_TRIE.longest_from(self.tokens, index) is not None:
                continue
            ruling = self.military_body_named_before(token.start)
            if ruling is not None:
                # "X, deputy head of the Transitional Military Council, signed for the army":
                # where the soldiers rule through a council the sentence names, the army is it
                self.add(index - 1, index + 1, ruling, "anaphor")
                continue
            name = army_names(code)[-1]
            ref = self.new_ref(name, Actor.Kind.GOVERNMENT_BODY, index - 1, index + 1)
            self.add(index - 1, index + 1, ref, "anaphor")

    def military_body_named_before(self, offset: int) -> str | None:
        """The one body named before `offset` in its sentence whose name says it is the
        soldiers' council ("Transitional Military Council", "Supreme Council of the Armed
        Forces"); further back, "the army" may be the soldiers the council commands."""
        sentence = self.document.sentence_at(offset)
        refs = {
            mention.ref
            for mention in self.mentions
            if sentence.start <= mention.start
            and mention.end <= offset
            and mention.via in ("name", "new")
            and mention.ref not in self.new_army_refs
            and not self.document.is_person(mention.ref)
            and not self.is_state(mention.ref)
            and re.search(
                r"\b(?:military|armed forces)\b.*\bcouncil\b"
                r"|\bcouncil\b.*\b(?:military|armed forces)\b",
                normalize_name(self.actor_name(mention.ref)),
            )
        }
        return refs.pop() if len(refs) == 1 else None

    def country_code_of(self, ref: str) -> str | None:
        if ":new:" in ref:
            name = self.document.new_actors[ref].name
            return _COUNTRY_NAMES.get(normalize_name(name))
        return self.gazetteer.actor(int(ref.split(":")[1])).country or None

    def army_acts(self, index: int) -> bool:
        """Whether the army word at `index` is the body itself: a verb, an adverb or the end of
        the clause follows it ("the military rejected", "the army, which", "alongside the
        army."), not a noun it qualifies ("military operations", "army chief")."""
        if index + 1 >= len(self.tokens):
            return True
        if re.search(r"[,.;:()]", self.text[self.tokens[index].end : self.tokens[index + 1].start]):
            return True
        following = self.tokens[index + 1].text.lower()
        return (
            following in _SPEECH
            or following in _PARTY_VERBS
            or following in CAPITAL_VOICE_VERBS
            or following in _AUXILIARIES
            or (following.endswith("ed") and len(following) > 4)
            or following.endswith("ly")
        )

    def legislature_acts(self, index: int) -> bool:
        """Whether the legislature's word at `index` is the body itself, as `army_acts` reads
        it, or before a past tense not in -ed ("the Iranian parliament set four conditions",
        "Congress cut off aid"), a verb where no noun follows a legislature's word."""
        return self.army_acts(index) or (
            index + 1 < len(self.tokens)
            and self.text[self.tokens[index].end : self.tokens[index + 1].start] == " "
            and self.tokens[index + 1].text in _PAST_WITHOUT_ED
        )

    def country_named_before(self, offset: int, armies: dict) -> str | None:
        named = []
        for mention in self.mentions:
            if mention.start < offset and ":new:" not in mention.ref:
                actor = self.gazetteer.actor(int(mention.ref.split(":")[1]))
                if actor.kind == Actor.Kind.STATE and actor.country in armies:
                    named.append((mention.start, actor.country))
        for place in self.document.places:
            if place.location_id is None:
                continue
            country = self.gazetteer.locations[place.location_id]["country"]
            if place.start < offset and country in armies:
                named.append((place.start, country))
        if named:
            return max(named)[1]
        return next(iter(armies)) if len(armies) == 1 else None

    def match_missions(self) -> None:
        """ "The United Nations mission in Congo said", "the UN mission in Western Sahara,
        MINURSO": an international organisation's mission to a place is a body of its own
        (named by the acronym in apposition, else as written), not the organisation and the
        place."""
        for mention in sorted(self.mentions, key=lambda mention: mention.start):
            if mention not in self.mentions or mention.via == "demonym":
                continue
            if self.kind_of(mention.ref) != Actor.Kind.INTERNATIONAL_ORG:
                continue
            index = mention.last_token
            while index < len(self.tokens) and self.tokens[index].text in _MISSION_ADJECTIVES:
                index += 1
            if index + 2 >= len(self.tokens) or self.tokens[index].text != "mission":
                continue
            if self.tokens[index + 1].text not in ("in", "to"):
                continue
            place = index + 2
            if self.tokens[place].text == "the":
                place += 1
            end = place
            while (
                end < len(self.tokens)
                and end - place < 3
                and self.tokens[end].capitalised
                and self.tokens[end].text not in _MISSION_STOPS
                and self.text[self.tokens[end - 1].end : self.tokens[end].start] == " "
            ):
                end += 1
                if self.tokens[end - 1].possessive:
                    break
            if end == place or self.tokens[end - 1].possessive:
                continue
            for other in list(self.mentions):
                if other is not mention and place <= other.first_token < end:
                    if other.last_token > end:
                        break
                    self.remove_mention(other)
            else:
                self.remove_mention(mention)
                first = mention.first_token
                acronym = _MISSION_ACRONYM.match(self.text, self.tokens[end - 1].end)
                ref = named = None
                if acronym is not None:
                    written = acronym.group("acronym")
                    named = self.mention_starting_at(_token_index_at(self.tokens, acronym.start(1)))
                    if named is not None:
                        ref = named.ref
                    elif (recorded := self.gazetteer.actor_named([written])) is not None:
                        ref = f"actor:{recorded}"
                    else:
                        ref = self.new_ref(written, Actor.Kind.INTERNATIONAL_ORG, first, end)
                if ref is None:
                    name = self.written(first, end)
                    ref = self.new_ref(name, Actor.Kind.INTERNATIONAL_ORG, first, end)
                self.add(first, end, ref, "new" if ":new:" in ref else "name")
                if acronym is not None and named is None:
                    at = _token_index_at(self.tokens, acronym.start(1))
                    if not self.covered[at]:
                        self.add(at, at + 1, ref, "new" if ":new:" in ref else "name")

    def match_offices(self) -> None:
        """ "his office said", "Zelensky's office": a person's office speaks for the person."""
        for token in self.tokens:
            if token.text.lower() != "office" or self.covered[token.index] or token.index == 0:
                continue
            before = self.tokens[token.index - 1]
            owner = None
            if before.text.lower() in ("his", "her"):
                people = [
                    m
                    for m in self.mentions
                    if m.start < before.start and self.document.is_person(m.ref)
                ]
                owner = max(people, key=lambda m: m.start).ref if people else None
                first = token.index - 1
            else:
                mention = self.mention_ending_at(token.index)
                if (
                    mention is not None
                    and before.possessive
                    and self.document.is_person(mention.ref)
                ):
                    owner, first = mention.ref, token.index
            if owner is not None:
                self.add(first, token.index + 1, owner, "office")

    def match_bodies_told_by_a_possessive(self) -> None:
        """ "Its synod accepted the plan", "his church accepted it", "her government brushed
        it aside": a body told by a possessive pronoun and a noun. "its" or "their" and an
        organ alone ("its synod", "their board") is the body named last before, which decides
        through it (a bare organ speaks for its owner, as "Nissan's board" does). "his" or
        "her" and a noun is the body of the post the person holds (recorded, or told by the
        article) whose name holds that noun ("his church" of the head of a church), his state
        for "his government" or "his country"; failing a post, the one body his sentence
        names with that noun (not "government": any state has one). The person is the one
        the pronoun stands for in its sentence or the one before (of several, the one the
        sentence opens with). "the party's directorate", an organ alone after "the" and a
        noun, is the one body named before with that noun. Never inside a quote."""
        for token in self.tokens[:-1]:
            pronoun = token.text.lower()
            if pronoun not in ("his", "her", "its", "their", "the"):
                continue
            if token.index + 2 >= len(self.tokens):
                continue
            noun = self.tokens[token.index + 1]
            if (
                pronoun == "its"
                and not self.covered[token.index]
                and not self.document.in_quote(token.start)
                and self.its_head_beside_his_name(token)
            ):
                # "Its chairman, Jean-Paul Dufour, rejected", "Jean-Paul Dufour, its chairman,":
                # "its" alone is the body, as "the company" is in "the company's chairman, X,",
                # for the signals only: his words and meetings stay his own
                body = self.owner_its_post_stands_for(token) or self.one_body_named_just_before(
                    token
                )
                if body is not None:
                    self.document.its_before_a_head.append(
                        Mention(
                            token.start, token.end, token.index, token.index + 1, body, "anaphor"
                        )
                    )
                continue
            if (
                self.covered[token.index]
                or self.covered[noun.index]
                or not re.fullmatch(r"[a-z]+", noun.text)
                or self.document.in_quote(token.start)
                or self.names_its_own(noun.index)
            ):
                continue
            word = noun.text
            if pronoun == "the" and word in _BARE_ORGANS and not noun.possessive:
                # "Orion's board met on Friday. The board accepted": the organ the article
                # gave one body before, named again alone, still decides for that body
                body = self.one_body_named_with(word, token, in_the_article=True, as_owner=True)
                if body is not None and self.tokens[noun.index + 1].text != "of":
                    self.add(token.index, noun.index + 1, body, "anaphor")
                continue
            if pronoun == "the":
                # "The party's directorate said it takes note": the organ alone of the one
                # body named before with that noun decides for it
                organ = self.tokens[noun.index + 1]
                if (
                    not noun.possessive
                    or organ.text not in _BARE_ORGANS
                    or self.covered[organ.index]
                    or self.names_its_own(organ.index)
                ):
                    continue
                body = self.one_body_named_with(word, token, in_the_article=True)
                if body is not None:
                    self.add(token.index, organ.index + 1, body, "anaphor")
                continue
            end = noun.index + 1
            if pronoun in ("its", "their"):
                if word in _BARE_ORGANS:
                    body = self.owner_its_stands_for(token)
                else:
                    # "Its chairman accepted the offer": the holder of one of its posts, whom
                    # the article does not name, answers and meets for it as its organ does
                    end = self.end_of_an_unnamed_post(token)
                    body = self.owner_its_post_stands_for(token) if end is not None else None
            else:
                body = self.body_of_the_person_his_stands_for(token, word)
            if body is not None:
                self.add(token.index, end, body, "anaphor")

    def end_of_an_unnamed_post(self, token) -> int | None:
        """The index after the last token of the post that speaks for a body written after the
        possessive at `token` ("its chief executive"), where no name in apposition or right
        after tells its holder and no other reading took its words; else None."""
        post = _AN_UNNAMED_POST.match(self.text, token.end)
        if post is None:
            return None
        last = next((t for t in self.tokens[token.index + 1 :] if t.end >= post.end()), None)
        if last is None or last.end != post.end():
            return None
        if any(self.covered[index] for index in range(token.index + 1, last.index + 1)):
            return None
        return last.index + 1

    def its_head_beside_his_name(self, token) -> bool:
        """Whether "its" at `token` opens the post of a body's head set beside a person's
        name, before it ("Its chairman, Jean-Paul Dufour,", "Its president Gerry Adams") or in
        apposition after it ("Jean-Paul Dufour, its chairman,"): the post names the body its
        holder leads or speaks for, as "the company's chairman" does (r61its)."""
        post = _A_HEAD_S_POST_AFTER_ITS.match(self.text, token.end)
        if post is None:
            return False
        return any(
            self.kind_of(mention.ref) == Actor.Kind.PERSON
            and (
                _A_COMMA_AFTER_HIS_NAME.fullmatch(self.text, mention.end, token.start)
                or _BEFORE_THE_HOLDER_S_NAME.fullmatch(self.text, post.end(), mention.start)
            )
            for mention in self.mentions
        )

    def one_body_named_just_before(self, token) -> str | None:
        """The one actor other than a person named in the sentence of `token` before it or in
        the sentence before ("Jean-Pierre Bemba's Movement for the Liberation of Congo did not
        sign. Its secretary-general, ..."), where that actor is no state (a state's posts are
        its own: "its president" of a state is its head of state); None where two are."""
        named = {
            mention.ref
            for mention in self.bodies_named_just_before(token)
            if self.kind_of(mention.ref) != Actor.Kind.PERSON
        }
        if len(named) != 1:
            return None
        return self.owner_its_stands_for(token)

    def bodies_named_just_before(self, token) -> list[Mention]:
        """The actors named by name (not by a post or a people's adjective), outside quotes,
        in the sentence of `token` before it or in the sentence before: those "its" or a
        body's noun may stand for, each caller keeping the kinds it can."""
        sentence = self.document.sentence_at(token.start)
        before = self.document.sentence_before(sentence)
        start = before.start if before is not None else sentence.start
        return [
            mention
            for mention in self.mentions
            if start <= mention.start < token.start
            and not self.document.in_quote(mention.start)
            and mention.via not in ("post", "demonym")
        ]

    def owner_its_stands_for(self, token) -> str | None:
        """The body "its" (or "their") at `token` stands for: the one named last before it, in
        its sentence or the one before, that is no person and no state (a state's organs have
        names of their own: "Kestrel met Haiti. Its board rejected" is Kestrel's board)."""
        named = [
            mention
            for mention in self.bodies_named_just_before(token)
            if self.kind_of(mention.ref) not in (Actor.Kind.PERSON, Actor.Kind.STATE)
        ]
        if not named:
            return None
        owner = max(named, key=lambda mention: mention.start)
        if any(
            between.possessive and not self.covered[between.index]
            for between in self.tokens[owner.last_token : token.index]
        ):
            return None  # "the union's president, X, and its executive": the union's, unread
        return owner.ref

    def only_body_named_just_before(self, token) -> str | None:
        """The one body (no person, no state) named in the sentence of `token` before it or in
        the sentence before, as `owner_its_stands_for` reads them; None where two are (the
        union and the corporation it struck: which one a noun stands for, its name does not
        tell), or where the article has called that body by another noun before ("the
        corporation's plants ... R. J. Thomas, the union's president": the corporation is no
        union)."""
        named = {
            mention.ref
            for mention in self.bodies_named_just_before(token)
            if self.kind_of(mention.ref) not in (Actor.Kind.PERSON, Actor.Kind.STATE)
        }
        owner = self.owner_its_stands_for(token) if len(named) == 1 else None
        if owner is None or any(
            mention.ref == owner
            and mention.via == "anaphor"
            and mention.start < token.start
            and self.tokens[mention.last_token - 1].words[-1:] != token.words[-1:]
            for mention in self.mentions
        ):
            return None
        return owner

    def owner_its_post_stands_for(self, token) -> str | None:
        """The body "its" (or "their") before a post stands for: the one its sentence names
        last before it ("Norvik Mining rejected the terms, and its chairman said ..."), else the
        one the sentence before opens with ("Norvik Mining weighed Orion's offer. Its chairman
        accepted it": not Orion, the offer's), as `owner_its_stands_for` reads them."""
        sentence = self.document.sentence_at(token.start)
        if any(
            sentence.start <= mention.start < token.start
            and mention.via not in ("post", "demonym")
            and not self.document.in_quote(mention.start)
            and self.kind_of(mention.ref) not in (Actor.Kind.PERSON, Actor.Kind.STATE)
            for mention in self.mentions
        ):
            return self.owner_its_stands_for(token)
        before = self.document.sentence_before(sentence)
        if before is None:
            return None
        opening = [
            mention
            for mention in self.mentions
            if before.start <= mention.start < before.end
            and mention.via not in ("post", "demonym")
            and not self.document.in_quote(mention.start)
        ]
        if (
            not opening
            or self.kind_of(opening[0].ref) in (Actor.Kind.PERSON, Actor.Kind.STATE)
            or not re.fullmatch(r"\W*(?:the\s+)?", self.text[before.start : opening[0].start], re.I)
        ):
            return None
        return opening[0].ref

    def body_of_the_person_his_stands_for(self, token, word: str) -> str | None:
        person = self.person_his_stands_for(token)
        if person is None:
            return None
        if word in _HIS_STATE_WORDS:
            # "thanked him for his country's role": a state named in passing, no party acting
            noun = self.tokens[token.index + 1]
            return None if noun.possessive else self.body_of_post_told(person, word)
        return self.body_of_post_told(person, word) or self.one_body_named_with(word, token)

    def one_body_named_with(
        self, word: str, token, *, in_the_article=False, as_owner=False
    ) -> str | None:
        """The one body (no person, no state: a state's organs have names of their own) its
        sentence names before `token`, or the article before it (`in_the_article`), with the
        noun `word`: in its name ("the consistory of the Estonian Evangelical Lutheran Church
        ... his church", "the Socialist Party ... The party's directorate"), or after its
        possessive (`as_owner`: "Orion's board met ... The board accepted"); of two, none.
        "his party" is never one named in another sentence: "X signed for the Socialist
        Workers' Party, Fraga for the Popular Alliance. Fraga said his party" is not the one
        whose name holds "party". An owner only, for an organ: "the board" after "the National
        Coal Board" is left to the readings of a name's head word."""
        start = 0 if in_the_article else self.document.sentence_at(token.start).start
        named = {
            mention.ref
            for mention in self.mentions
            if start <= mention.start < token.start
            and not self.document.in_quote(mention.start)
            and self.kind_of(mention.ref) not in (Actor.Kind.PERSON, Actor.Kind.STATE)
            and (
                self.tokens[mention.last_token - 1].possessive
                and mention.last_token < len(self.tokens)
                and self.tokens[mention.last_token].text.lower() == word
                if as_owner
                else word in normalize_name(self.actor_name(mention.ref)).split()
            )
        }
        return named.pop() if len(named) == 1 else None

    def person_his_stands_for(self, token) -> str | None:
        """The person "his" (or "her") at `token` stands for: the one its sentence names
        before it, where one alone; of several, the one the sentence opens with ("Sir James
        Craig, to whom Lloyd George sent the terms, said his government": Craig); for a
        sentence that names none before it, the same asked of the sentence before."""
        sentence = self.document.sentence_at(token.start)
        for told in (sentence, self.document.sentence_before(sentence)):
            if told is None:
                return None
            people = [
                mention
                for mention in sorted(self.mentions, key=lambda mention: mention.start)
                if told.start <= mention.start < min(told.end, token.start)
                and self.document.is_person(mention.ref)
                and not self.document.in_quote(mention.start)
                # no `fits_pronoun` here: the sexes it reads are those of the mentions read
                # so far, and it keeps them for the later steps
            ]
            if not people:
                continue
            if len({mention.ref for mention in people}) == 1:
                return people[0].ref
            opening = people[0]
            if _OPENS_A_SENTENCE_BEFORE_A_NAME.fullmatch(self.text, told.start, opening.start):
                return opening.ref
            return None
        return None

    def body_of_post_told(self, person: str, word: str) -> str | None:
        """The body of a post the person holds, recorded or introduced by the article, that
        "his <word>" names: one whose name holds the word ("his church", "his
        confederation"), or for "his government" ("state", "country") the state or the
        government the post is of."""
        bodies = [body for (body, _phrase), holder in self.local_posts.items() if holder == person]
        # "Chobyo Yara, chief executive of the Government of the Ryukyu Islands,": the body of
        # the post the article gives him in apposition
        for mention in self.mentions:
            if mention.ref != person:
                continue
            post = _POST_OF_A_BODY_AFTER.match(self.text, mention.end)
            if post is not None:
                bodies += [
                    body.ref
                    for body in self.mentions
                    if body.start == post.end() and not self.document.is_person(body.ref)
                ]
        if not person.startswith("actor:new:"):
            person_id = int(person.split(":")[1])
            bodies += [
                f"actor:{position.organization_id}"
                for position in self.gazetteer.positions
                if position.person_id == person_id
                and position.organization_id in self.gazetteer.actors
            ]
        fitting = set()
        for body in bodies:
            kind = self.kind_of(body)
            if word in _HIS_STATE_WORDS:
                if kind in (Actor.Kind.STATE, Actor.Kind.GOVERNMENT_BODY):
                    fitting.add(body)
                elif (code := self.country_code_of(body)) and (
                    state := self.gazetteer.state_of_country(code)
                ):
                    fitting.add(f"actor:{state}")
            elif word in normalize_name(self.actor_name(body)).split():
                fitting.add(body)
        return fitting.pop() if len(fitting) == 1 else None

    def match_institutions(self) -> None:
        for match in re.finditer(
            r"\b(?:the\s+)?(?:(?P<qualifier>[A-Z]\w+)\s+)?"
            r"(?P<institution>presidency|royal court|palace)\b",
            self.text,
        ):
            if _WHERE_ONE_IS.search(self.text, 0, match.start()):
                continue  # "received them at his palace", "told reporters at the presidency"
            first = next((t.index for t in self.tokens if t.start >= match.start()), None)
            if first is None or self.covered[first]:
                continue
            last = next(t.index for t in self.tokens if t.end >= match.end()) + 1
            ref = None
            qualifier = match.group("qualifier")
            if qualifier and normalize_name(qualifier) in _DEMONYMS | set(_COUNTRY_NAMES):
                for _, _, codes in self.gazetteer.countries.matches(self.tokens[first : first + 2]):
                    ref = self.country_ref(codes[0], first, last)
            if ref is None:
                ref = self.state_of_last_holder(
                    match.start(), _INSTITUTIONS[match.group("institution")]
                )
            if ref is not None:
                self.add(first, last, ref, "institution")

    def match_organs_of_an_owner(self) -> None:
        """ "The IMF's executive board has yet to vote", "the league's Board of Governors",
        "the union's National Ford Council": the organ through which a body decides, named
        after that body's possessive, is a body of its own, called by the name the press gives
        it, the owner's acronym (or name) before the organ's words ("IMF Executive Board",
        "PGA Tour Policy Board"); what it decides is the owner's answer, what awaits it waits
        on the organ. A bare organ ("Nissan's board") and a negotiating committee speak for
        the owner itself, and a state's organs have names of their own (the gazetteer's), so
        neither is read here."""
        for token in self.tokens:
            if token.index + 2 > len(self.tokens) or self.document.in_quote(token.start):
                continue
            if not token.possessive:
                continue
            owner = self.owner_ending_at(token.index)
            if owner is None:
                continue
            organ = self.organ_after(token.index + 1)
            if organ is None:
                continue
            first, last = organ
            inside = [
                mention
                for mention in self.mentions
                if mention.first_token < last and mention.last_token > first
            ]
            # "Board of Governors", "Ford Council": a stretch of the organ read as a new body
            # on its own gives way to the whole; anything recorded inside keeps the words
            if any(
                mention.via != "new"
                or mention.first_token < first
                or mention.last_token > last
                or self.document.kind_of(mention.ref) == Actor.Kind.PERSON
                for mention in inside
            ):
                continue
            for mention in inside:
                self.remove_mention(mention)
                if not any(other.ref == mention.ref for other in self.mentions):
                    self.document.new_actors.pop(mention.ref, None)
            words = " ".join(
                token.text[:1].upper() + token.text[1:] for token in self.tokens[first:last]
            )
            words = re.sub(r"\bOf\b", "of", words)
            name = f"{self.owner_short_name(owner)} {words}"
            # the owner's possessive is part of the organ's name, no mention of the owner
            # beside it ("LO's representative council, which meets in February" is no meeting
            # of LO with its council); an owner named nowhere else keeps its mention
            opening = token.index - 1
            written_owner = self.mention_ending_at(token.index + 1)
            if written_owner is not None:
                opening = written_owner.first_token
                if sum(mention.ref == written_owner.ref for mention in self.mentions) > 1:
                    self.remove_mention(written_owner)
                else:
                    opening = first
            ref = self.new_ref(name, self.kind_of(owner), first, last)
            self.add(opening, last, ref, "new")
            # "The MDC's national council endorsed the agreement": what the organ decides is
            # its owner's answer; what awaits the organ waits on the organ itself
            self.document.state_of_body[ref] = owner
            if _A_MEMBERS_POST_BEFORE.search(self.text, 0, self.tokens[opening].start):
                # "Jimmy Dunne, a member of the tour's policy board, met ...": the organ is
                # named in passing in a person's post; he acts, not it
                self.bodies_in_passing.add((opening, last))

    def owner_ending_at(self, index: int) -> str | None:
        """The body whose possessive token `index` is: a mention ending there ("The IMF's",
        "the Fund's"), or "the X's" for a body named before, where X is the last word of its
        name ("the tour's" after "the PGA Tour") or a common word for an organisation that its
        name holds or the article writes after it ("the union's" after "The United Auto Workers
        union"), else any body ("the league's"). Of several, the one named most often so far
        (the article is about it), then the one named last. Not a person, a state, a
        government's body, a party or an armed group ("Hamas's political committee met X" is
        the movement meeting)."""
        mention = next((m for m in self.mentions if m.last_token == index + 1), None)
        if mention is not None:
            return mention.ref if self.kind_of(mention.ref) in _KINDS_OWNING_ORGANS else None
        if index < 1 or self.tokens[index - 1].text.lower() != "the":
            return None
        token = self.tokens[index]
        common = token.text.lower() in _WORDS_FOR_AN_ORGANISATION
        counts: dict[str, int] = {}
        last_at: dict[str, int] = {}
        fitting: set[str] = set()
        for before in self.mentions:
            if before.start >= token.start or self.kind_of(before.ref) not in _KINDS_OWNING_ORGANS:
                continue
            counts[before.ref] = counts.get(before.ref, 0) + 1
            last_at[before.ref] = max(last_at.get(before.ref, 0), before.start)
            words = normalize_name(self.actor_name(before.ref)).split()
            following = (
                self.tokens[before.last_token] if before.last_token < len(self.tokens) else None
            )
            if words[-1:] == list(token.words[-1:]) or (
                common
                and (
                    token.words[-1] in words
                    or (following is not None and following.text.lower() == token.text.lower())
                )
            ):
                fitting.add(before.ref)
        if not fitting and common:
            fitting = set(counts)
        if not fitting:
            return None
        return max(fitting, key=lambda ref: (counts[ref], last_at[ref]))

    def organ_after(self, index: int) -> tuple[int, int] | None:
        """The tokens of an organ's name starting at `index`: up to three words before its head
        ("executive board", "resident doctors committee", "National Ford Council"), the
        members it is made of after it ("Board of Governors", "board of directors"); a count
        before it ("35-nation") is left out. None where no head closes the words or none
        qualifies it."""
        if index < len(self.tokens) and re.fullmatch(r"\d+-\w+", self.tokens[index].text):
            index += 1
        for head in range(index, min(index + 4, len(self.tokens))):
            token = self.tokens[head]
            if not re.fullmatch(r"[A-Za-z][\w-]*", token.text) or token.possessive:
                return None
            if token.text.lower() in _NEGOTIATING_WORDS | FUNCTION_WORDS:
                return None  # "the union's bargaining committee", "LO's demand that the council"
            if token.text.lower() not in _ORGAN_HEADS:
                continue
            last = head + 1
            if (
                last + 1 < len(self.tokens)
                and self.tokens[last].text == "of"
                and re.fullmatch(r"[A-Za-z]+s", self.tokens[last + 1].text)
                and self.tokens[last + 1].text.lower() not in FUNCTION_WORDS
            ):
                last += 2
            if last == head + 1 and head == index:
                return None  # "Nissan's board": the owner deciding, no organ named apart
            return index, last
        return None

    def owner_short_name(self, ref: str) -> str:
        """What the press puts before an organ's name for its owner: an acronym the article
        writes for it ("IMF" for the International Monetary Fund), else its name."""
        if ref in self.document.new_actors and self.document.new_actors[ref].short_name:
            return self.document.new_actors[ref].short_name
        for mention in self.mentions:
            written = self.text[mention.start : mention.end]
            if mention.ref == ref and _is_acronym(written):
                return written
        return self.actor_name(ref)

    def state_of_last_holder(self, offset: int, title: str) -> str | None:
        for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if mention.start >= offset or ":new:" in mention.ref:
                continue
            person_id = int(mention.ref.split(":")[1])
            for position in self.gazetteer.positions:
                if position.person_id == person_id and normalize_name(position.title) == title:
                    organization = self.gazetteer.actors.get(position.organization_id)
                    if organization and organization.kind == Actor.Kind.STATE:
                        return f"actor:{organization.id}"
        return None


# Before an institution's seat, words that make it a place or someone's home, not a voice
_WHERE_ONE_IS = re.compile(
    r"(?:\b(?:his|her|their|its)|\b(?:at|in|into|outside|inside)(?:\s+the)?)\s+\Z",
    re.IGNORECASE,
)
# The state's people ("Algerian officials said", "French troops"): they act for the state, but
# a demonym before them does not by itself mention a state not recorded yet (README: "a
# nationality adjective inside a noun phrase is not by itself a mention of that state").
# Only two of DELEGATION_NOUNS: `noun_follows` reads these as a state's voice after a name, and
# with "delegates" among them "the Kachin delegates" would make "Kachin" a body of its own.
_STATE_PEOPLE = {
    "officials",
    "official",
    "troops",
    "military",
    "delegation",
    "negotiators",
    "diplomats",
    "mediators",
}
_STATE_VOICES = {"government", "authorities", "forces", "army", "ministry"} | _STATE_PEOPLE

_GOVERNMENT_NOUNS = {"government", "authorities", "regime"}
# what "the government" and, in American usage, "the administration" stand for alone
_GOVERNMENT_WORDS = {"government", "administration"}
_QUALIFIED_NOUNS = {
    "bombardment",
    "strikes",
    "airstrikes",
    "soldiers",
    "police",
    "capital",
    "side",
    "border",
    "media",
    "embassy",
    "envoy",
    "diplomat",
    "diplomats",
    "people",
    "citizens",
    "politics",
    "territory",
    "aid",
    "source",
    "sources",
    "intelligence",
    "president",
    "prime",
    "foreign",
    "leader",
    "leaders",
}

# What may stand between an international organisation and "mission in X": "the UN
# peacekeeping mission in Somalia", "the OSCE observer mission to Georgia"
_MISSION_ADJECTIVES = {
    "peacekeeping", "observer", "monitoring", "political", "assistance", "verification",
    "stabilisation", "stabilization", "military", "civilian", "special", "field",
}  # fmt: skip
# Capitalised words that end the place a mission is in ("the UN mission in Congo On Friday")
_MISSION_STOPS = {"On", "In", "At", "The", "A", "And", "But"}
# The mission's acronym in apposition or in brackets: ", MINURSO", " (MONUSCO)"
_MISSION_ACRONYM = re.compile(r"(?:,\s+|\s*\()(?P<acronym>[A-Z]{3,10})\b(?!\s+[a-z])")
# Buildings and streets a government sits in: places ("talks at the White House", "a White
# House spokesman"), not actors of their own; "House of Representatives" is a body.
_SEATS = _with_normal_forms(["house", "palace", "street"])
# "the ministers of Bavaria, Württemberg and ": a list of the lands whose ministers act
_LISTED_AFTER_MINISTERS_OF = re.compile(
    r"\b(?:ministers|envoys|delegates|representatives|governments|kings|rulers|sovereigns)\s+"
    r"of\s+(?:[A-Z][\w’'-]*(?:,|\s+and)\s+)*$"
)
# A people or a community named before its common noun ("the Ngai Tahu tribe")
_PEOPLE_NOUNS = {"tribe", "clan", "community"}
# A seat of government as the subject of a speech verb ("The White House said", "..., the White
# House announced"), not a place where something was said
_A_SEAT_SPEAKS = re.compile(r"\s+(?:also\s+)?(?:said|says|announced|announces)\b")
# A name set before a description of the building it is: "signed at Rashtrapati Bhavan, the
# president's residence", "talks at Chequers, the prime minister's country house".
_DESCRIBED_AS_A_BUILDING = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:residence|palace|hotel|villa|guesthouse"
    r"|guest\s+house|lodge|mansion|country\s+house|estate)\b"
)
# A legislature named by its head word alone ("passed by Congress").
_LEGISLATURES = _with_normal_forms(["congress", "parliament", "senate"])
# A state's legislature or cabinet in lower case after the state ("the Iranian parliament").
_LOWERCASE_LEGISLATURES = {"parliament", "cabinet", "legislature"}
# The words before a seat of government that make it the place it is ("at Downing Street",
# "a note to the Porte"), not the state acting
_BEFORE_A_SEAT_AS_PLACE = {
    "at", "in", "to", "into", "from", "outside", "inside", "near", "of", "on", "by", "with",
    "before", "toward", "towards",
}  # fmt: skip
# A seat of government named alone; "in the Knesset" stays the body (its vote, its debate).
_SEAT_NAMES = {"kremlin"}
# "the Sudanese capital", "the Syrian border town": a demonym that qualifies a place
_A_PLACE_NOUN = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:capital|city|town|village|port|border|frontier|coast|province"
    r"|region|territory|soil)\b"
)
# The post words a portfolio is written before ("War Minister", "Labour Secretary")
_POSTS_AFTER_A_PORTFOLIO = {"minister", "secretary"}
# The last word of a portfolio's name before a post ("Internal Affairs Minister", "International
# Development Secretary"), which no name of a person or body ends with.
_PORTFOLIO_LAST_WORDS = _with_normal_forms(
    ["affairs", "development", "cooperation", "relations", *MINISTRY_PORTFOLIOS]
)
# "the Pan American Union building", "the Writers' Union premises": a body's house, a place
_BUILDING_NOUNS = {"building", "buildings", "premises", "compound"}
# "a UN-chaired commission", "a Kremlin-funded channel": a name and the participle of who runs,
# pays for or keeps a thing make an adjective
_ATTRIBUTIVE_COMPOUND = re.compile(
    r"-(?:led|backed|based|born|sponsored|brokered|allied|aligned|chaired|mediated|hosted|"
    r"funded|financed|controlled|owned|run|organi[sz]ed|supervised|monitored|dominated)$"
)
# "Toronto-based Kestrel Resources", "New York-based Hudson Capital": where a firm or a body is
# based, a capitalised compound before its name
_SEATED_COMPOUND = re.compile(r"[A-Z][\w.’'-]*-based")
# "a Christian Democratic-oriented party", "a Marxist-inspired front", "the Communist-led
# Popular Vanguard party", "the Kremlin-backed Donbas Front": a compound of what a body leans
# to or who leads or backs it, an adjective before its name
_LEANING_COMPOUND = re.compile(
    r"[a-z]-(?:oriented|leaning|inspired|minded|led|backed|dominated|allied|sponsored|supported)$"
)
_COMPASS_WORDS = _with_normal_forms(
    ["north", "south", "east", "west", "middle", "central", "northern", "southern", "eastern",
     "western", "upper", "lower", "far", "near"]
)  # fmt: skip
_GIVEN_NAME_OF_TWO_SYLLABLES = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$")
# "..., Tass reported.", "..., Xinhua reported on Sunday.": the medium that closes a report
# Armed men named after whom they follow: "the armies of Oyama", "forces loyal to Haftar"
# (a state there is read before as a country: "the armies of Japan").
_COMMANDED_BODIES_BEFORE = re.compile(
    r"\b(?:armies|army|forces|troops|men|fighters|loyalists|followers)\s+"
    r"(?:of|loyal\s+to|under)\s+(?:(?:General|Gen\.|Marshal|Field\s+Marshal)\s+)?"
    r"(?:[A-Z][\w’'-]+\s+and\s+)?$"  # "the armies of Oyama and Linevich"
)
# What a person heads is a body: "Charles Ble Goude, who heads the Young Patriots".
_WHO_HEADS = re.compile(
    r"\bwho\s+(?:now\s+|also\s+)?(?:heads|headed|leads|led|chairs|chaired|founded)\s+the\s+$"
)
_ACRONYM_IN_BRACKETS = re.compile(r"\s+\((?P<letters>[A-Z][A-Z.-]{1,7})\)(?!\s*[-–—])")
# "the official news agency SANA": the agency's name right after its common noun
_NEWS_AGENCY_BEFORE = re.compile(r"\b(?:news|press)\s+agency\s+$")
# a firm's coined name of two capitalised words run together: the first of four letters at
# least and no surname prefix ("BlackRock", "TotalEnergies"; not "McDonald", "FitzGerald")
_JOINED_FIRM_NAME = re.compile(r"(?!Fitz|Mac)[A-Z][a-z]{3,}[A-Z][a-z]{2,}$")
_NEWS_AGENCY_AFTER = re.compile(r"\s+(?:news|press)\s+agency\b")
# "TASS, which last week accused ...": a body's relative clause with a verb of its own
_WHICH_ACTS = re.compile(r",\s+which\s+(?:[a-z]+\s+){0,3}?[a-z]+ed\b")
# "said it would", "also said on Monday that its members": a speech verb, then "it" or "its"
_SAYS_OF_ITSELF_AFTER = re.compile(
    r"\s+(?:also\s+|later\s+)?(?:said|says|announced|added|insisted|warned)"
    r"(?:\s+on\s+[A-Z]\w+)?(?:\s+that)?\s+its?\b"
    # not the "it" of "said it was too early", "said it would be hard": a dummy subject
    r"(?!['’]s\b|\s+(?:is|was|(?:\w+\s+)?be|(?:has|had)\s+been)\b)"
)
# "locked out its workers", "raised its offer": a verb in the past, then "its" and a noun
# (t56a)
_ACTS_ON_ITS_OWN_AFTER = re.compile(
    r"\s+(?:\w+ly\s+)?(?!(?:said|added|noted|stated)\b)[a-z]{3,}ed(?:\s+(?:out|up|down|off|back))?"
    r"\s+its\s+(?:own\s+)?[a-z]"
)
_REPORTED_AFTER = re.compile(r"\s+reported(?:\s+on\s+[A-Z]\w+)?\s*[.;]")
# The organs of an organisation written after its name ("United Nations General Assembly")
_ORGANS = {("general", "assembly"), ("security", "council")}
_CONTINENTS = {"africa", "america", "americas", "asia", "europe", "oceania"}
_COMPASS_ADJECTIVES = {"northern", "southern", "eastern", "western", "central"}
_PLACE_ADJECTIVES = {
    "neighbouring", "neighboring", "northern", "southern", "eastern", "western", "central",
    "war-torn", "landlocked", "nearby", "impoverished", "oil-rich", "mainland",
}  # fmt: skip
# What may follow a legislature that acts or is acted on ("passed by Congress on Dec. 18",
# "urged the U.S. Congress last month to", "Parliament must ratify it").
_LEGISLATURE_NEXT = {
    "on", "in", "to", "last", "this", "and", "or", "for", "by", "must", "should", "can", "may",
    "might", "still", "voted", "votes", "approved", "passed",
    # what a legislature does to a text: "until Parliament amends the constitution"
    "amends", "amended", "ratifies", "ratified", "adopts", "adopted", "approves", "endorses",
    "endorsed", "rejects", "rejected", "debates", "debated", "will", "would", "has", "had",
}  # fmt: skip
# "until parliament passes", "and parliament will amend": what opens a clause whose subject
# is a bare "parliament", and the verbs it then takes (`match_bare_parliaments`)
_BARE_PARLIAMENT_OPENERS = {
    "until", "unless", "and", "but", "before", "after", "once", "when", "if", "that", "while",
    "because", "since", "or", "till",
}  # fmt: skip
_BARE_PARLIAMENT_VERBS = {
    "must", "should", "can", "may", "might", "passes", "approves", "ratifies", "votes",
    "voted", "amends", "adopts", "endorses", "rejects", "debates", "approved", "ratified",
    "adopted", "endorsed", "rejected", "amended", "passed",
}  # fmt: skip
# "passed by parliament after the war": what may follow the agent of a passive
_AFTER_AN_AGENT = {
    "after", "before", "in", "on", "last", "this", "and", "or", "until", "within", "earlier",
    "which", "when", "but", "during", "since", "early", "late", "next",
}  # fmt: skip
# "has asked parliament to endorse them": who asks a legislature to act
_ASKING_VERBS = {"asked", "urged", "pressed", "requested", "asks", "urges", "ask", "urge"}
# past tenses not in -ed, less those that also qualify a noun ("the parliament's left wing")
_PAST_WITHOUT_ED = (IRREGULAR_PAST_VERBS - {"left", "wound", "bound", "said"}) | {
    "set", "cut", "put", "shut", "cast",
}  # fmt: skip
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}
_BEFORE_OR_AFTER = {"before", "after", "afterwards", "afterward", "thereafter", "beforehand"}
# "X stepped down", "X resigned": said of the holder of an office
_LEFT_OFFICE = re.compile(r"\s+(?:\w+ly\s+)?(?:stepped|stood)\s+down\b|\s+(?:\w+ly\s+)?resigned\b")
_OVERTHROW_VERBS = {
    "toppled", "ousted", "deposed", "overthrew", "overthrown", "killed", "assassinated",
    "topple", "oust", "depose", "overthrow", "assassinate", "succeeded", "impeached", "exiled",
}  # fmt: skip
# Verbs of going somewhere: "fly on to Washington" is the place.
_DEPARTURE_VERBS = {
    "leave", "leaves", "left", "leaving", "depart", "departs", "departed", "set", "bound",
}  # fmt: skip
_ARRIVAL_VERBS = {"arrive", "arrives", "arrived", "arriving", "flying", "returning", "travelling"}
_MOTION_VERBS = {
    "fly", "flew", "flown", "travel", "travelled", "traveled", "go", "went", "gone", "come",
    "came", "return", "returned", "head", "headed", "move", "moved", "drive", "drove", "on",
    "back", "sail", "sailed", "fled", "flee", "rushed",
}  # fmt: skip
_SEAT_PREPOSITIONS = {"in", "at", "inside", "outside", "from", "into"}
_ROOMS = _with_normal_forms(
    ["office", "room", "hall", "building", "chamber", "garden", "palace", "centre", "center"]
)
_CAPITAL_AS_PLACE = {"in", "at", "to", "from", "near", "outside", "into", "via", "of", "for"}
_WEEKDAYS = {name.lower() for name in WEEKDAY_NAMES}
_PARTY_VERBS = {
    "rejected",
    "accepted",
    "agreed",
    "refused",
    "welcomed",
    "demanded",
    "launched",
    "attacked",
    "released",
    "freed",
    "withdrew",
    "signed",
    "insisted",
}

_LEADING_ORG_HEADS = {
    "organisation": Actor.Kind.INTERNATIONAL_ORG,
    "organization": Actor.Kind.INTERNATIONAL_ORG,
}
# "the Royal College of Nursing": a head word that names a body only before "of" (tune38g)
_LEADING_ONLY_HEADS = {
    form: kind
    for kind, words in LEADING_ONLY_HEAD_WORDS.items()
    for form in _with_normal_forms(words)
}
_LEADING_ORG_HEADS |= _LEADING_ONLY_HEADS

# "the employers' council, the CNPF,": an acronym in apposition after a lower-case description
# of one or two words before a body's head word
_DESCRIPTION_BEFORE_AN_ACRONYM = re.compile(
    r"\bthe\s+(?P<words>(?:[a-z][a-z-]*(?:['’]s?)?\s+){1,2})(?P<head>[a-z]+)"
    r",\s+the\s+(?P<acronym>(?-i:[A-Z]{2,6}))\b(?=\s*[,.;])"
)
# the appositive closes (a comma, a full stop), and a list may go on after it ("Norvik, the
# union, and the state": three items, no apposition)
_AN_ITEM_GOES_ON = r"(?=\s*[,.;])(?P<listed>\s*,?\s*(?:and|or)\b)?"
# heads a state's own bodies share: "the Government" alone after "X, the underground
# government," is a state's; only "the underground government" is X
_HEADS_A_STATE_HAS_TOO = _STATE_VOICES | _GOVERNMENT_NOUNS | {
    "administration", "parliament", "legislature", "assembly", "cabinet", "presidency",
    "congress", "senate", "police", "navy",
}  # fmt: skip
# "Agip KCO, the consortium that runs the field,", "Kestrel, the Dutch bidder,", "The
# consortium, Agip KCO,", "The Regie, as the railway administration is known,": a description
# of any head noun in apposition to a body's name, with up to three words before its head (a
# demonym among them) and a relative clause after it
_A_DESCRIPTION_OF_ANY_HEAD = (
    r"\b[Tt]he\s+(?P<words>(?:(?:[a-z][a-z-]*|[A-Z][a-z]+(?:-[a-z]+)?)(?:['’]s?)?\s+){0,3})"
    r"(?P<head>[a-z]+)\b(?!['’-])"
)
_DESCRIPTIONS_OF_ANY_HEAD_AFTER_A_NAME = [
    re.compile(r"\s*,\s+" + opening + _A_DESCRIPTION_OF_ANY_HEAD + closing + _AN_ITEM_GOES_ON)
    for opening, closing in (
        ("", r"(?:\s+(?:that|which|whose)\b[^,.;:“”\"]*)?"),
        (r"as\s+", r"\s+is\s+(?:known|called)\b"),
    )
]
_DESCRIPTION_OF_ANY_HEAD_BEFORE_A_NAME = re.compile(
    _A_DESCRIPTION_OF_ANY_HEAD + r"\s*,\s+(?:the\s+)?$"
)
# the name the description stands beside closes its appositive: a list does not go on
_ENDS_AN_ITEM = re.compile(r"\s*[,.;)](?!\s*(?:and|or)\b)")
# words of a description that tell no body apart: "the new government", "the main party",
# "the state oil company"
_NO_DESCRIPTION_OF_ITS_OWN = {
    "new", "main", "other", "former", "only", "same", "whole", "two", "three", "four", "both",
    "rival", "country", "nation", "state", "region", "world", "island", "city", "province",
    "current", "present", "interim", "first", "second", "third", "last",
}  # fmt: skip

# "the two factions of the Sudan Liberation Army led by A and B", "a wing of the party led by
# A": a body's faction and the leaders the sentence gives it
_FACTIONS_LED_BY = re.compile(
    r"\b(?:factions?|wings?)\s+of\s+(?:the\s+)?(?P<body>[A-Z][^,.;]*?)\s+(?:led|headed)\s+by\s+"
    r"(?P<leaders>[^.;]*)"
)
# "the movement of X", "X's faction": the head words of a body the press names after its leader
_HEADS_NAMED_AFTER_A_LEADER = {"movement", "party", "faction", "wing", "group"}
# between "the movement of" and its leader: nothing, or a lower-case description of him in
# apposition ("another former president, ")
_LEADER_DESCRIBED = re.compile(r"\s+(?:(?:the|another|a|an)\s+(?:[a-z][a-z-]*\s+){0,3}[a-z]+,\s+)?")


# Head words a body's name is shortened to after "the" ("the Front", "the council").
_SHORT_HEADS = {"front", "council", "coalition", "alliance", "commission", "board"}
# "the union's spokesman" for "the Canadian Union of Postal Workers": the head word before the
# complement of a body's name
_SHORT_HEADS |= {"union"}
# "the confederation's leaders", "the guild's negotiators": a federation of bodies or of members
_SHORT_HEADS |= {"confederation", "federation", "guild", "movement"}
# "the majority gave way" for "the Presidential Majority": a ruling bloc named by its head word
_SHORT_HEADS |= {"majority"}
# "the corporation agreed" for a company recorded as "... Corporation" (an alias)
_SHORT_HEADS |= {"corporation"}
# "“Our doors are open,” the church said" for "the Protestant Church of ...": a church that speaks
_SHORT_HEADS |= {"church"}
# "according to a statement from the department" for "the Department of Health and Social Care"
_SHORT_HEADS |= {"department"}
# "the committee agreed" for "the strike committee", "The companies rejected the demand" for a
# body recorded with the alias "dock companies": a committee, and companies acting as one body
_SHORT_HEADS |= {"committee", "companies"}
# "a spokesman for the association said", "according to a statement from the group" for a body
# whose name ends with that word ("the Cattlemen's Association", "the Vestey group")
_SHORT_HEADS |= {"association", "group"}
# "the party's chairman, Keigo Ouchi," for "the Democratic Socialist Party": a head word that
# stands for a body named before only as the owner of its head's post beside his name, "the
# party" alone being any party to a text (r64heads)
_HEADS_ONLY_BEFORE_A_HEAD_S_POST = {"party"}


# A body named only by a common noun phrase ("the strike committee voted", "The venture has
# so far rejected", "the junta turned down"): its head words, the modifiers of a body still to
# be set up, the prepositions whose object it is ("a member of the team"), what opens its
# description after a comma, the auxiliaries it acts with, and pasts that are no act of its own
# (tune40f)
_COMMON_BODY_HEADS = {"committee", "board", "commission", "junta", "team", "venture"}
_BODIES_TO_BE_SET_UP = {"joint", "mixed", "new", "proposed", "planned", "future"}
_PREPOSITIONS_BEFORE_A_BODY = {
    "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "over", "under", "about",
    "between", "against", "among", "within", "through", "across", "without", "via", "upon",
}  # fmt: skip
_DESCRIBED_BODY_OPENERS = {"which", "led", "headed", "chaired", "co-chaired"}
_BODY_AUXILIARIES = {"has", "had", "have", "would", "will", "could", "did", "must"}
_CONJUNCTIONS = {"and", "or", "nor", "but"}
_NOT_ACTING_PAST = {"needed", "based", "called", "named", "charged", "tasked"}


# The head words a body's kind is written with in lower case after its name ("The IG Metall
# union", "the Fiat factory council", "The Bamako section", "the Gitanyow hereditary chiefs")
_HEADS_WRITTEN_AFTER_A_NAME = {
    "union", "council", "section", "association", "chiefs", "committee", "board",
}  # fmt: skip
# the gap before such a head word: a space, or the apostrophe of a plural possessive ("the
# Hesse metal employers' association")
_GAPS_BEFORE_A_HEAD = {" ", "' ", "’ "}
# a body of people described after its name ("the Gitanyow hereditary chiefs, who claim ...")
_WHO_AFTER_A_BODY = re.compile(r",\s+who\b")


def _common_body_kind(head: str) -> str:
    """The kind of a new body named by its head word: a junta rules, the rest is "other"."""
    return Actor.Kind.GOVERNMENT_BODY if head.lower() == "junta" else Actor.Kind.OTHER


def _appositive_in(following: str) -> bool:
    """Whether `following` (the text after a name) opens with an appositive that tells a
    person: "X, a senior official", "X, who heads the rebels' panel" (`appositive_follows`)."""
    return bool(
        re.match(
            # "X, a senior official", "X, Mrs. Gandhi's principal secretary", "X, his aide"
            # "The Badger, another headman": one more of the kind named before
            r",\s+(?:a|an|the|his|her|their|its|another|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?)"
            r"\s+(?:[\w’'.-]+\s+){0,4}?(?i:spokesman|spokeswoman|spokesperson|aide|"
            r"minister|official|leader|chief|envoy|negotiator|adviser|advisor|commander|"
            r"member|head|director|ambassador|secretary|president|deputy|speaker|mediator|"
            r"coordinator|founder|chairman|chairperson|ruler|general|colonel|officer|warlord|"
            r"mayor|governor|premier|commissioner|archbishop|bishop|lawyer|attorney|relative|"
            # "Domenico Barone, a councillor of state acting for Mussolini"
            r"councillor|councilor|"
            # "Tokugawa Nariaki, the former lord of Mito": a title of rank over a domain
            # "Rolly Rojas, Cerpa's second-in-command"
            r"lord|prince|second-in-command|"
            # "Edward Thornton, a British diplomat,", "Lee Pressman, the C.I.O.'s counsel",
            # "X, the movement's representative in Europe": people who act for others
            r"diplomat|counsel|representative|interpreter|emissary|"
            # "her ally Nicolas Metzdorf, a lawmaker,": who sits in a legislature
            r"lawmaker|legislator|politician|senator|congressman|congresswoman|"
            # "X, the Liberal Party's presidential candidate", "X, a diplomatic
            # correspondent for ABC News", "X, a counsellor at the Soviet embassy"
            r"candidate|correspondent|counsellor|counselor|"
            # "Poundmaker, a young headman": the head of a band or village; "X, the Hudson's
            # Bay Company's factor": a company's agent at a post, only after its owner
            r"headman|(?<=['’]s\s)(?:factor|manager)|"
            # "Georgi Chicherin, Soviet Russia's Commissar for Foreign Affairs," (tune40h)
            r"commissar)\b"
            # not a post's possessive: "Government House, the governor's residence" is a
            # place ("X, the president's spokesman" is still a person)
            r"(?!['’]s\b)"
            # "Mohagher Iqbal, who heads the rebels' panel"
            # "Ravi Menon, Mr. Sharma's principal secretary,": a post held for someone named
            r"|,\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+(?:[\w-]+\s+){0,3}?"
            r"(?i:secretary|minister|spokesman|spokeswoman|adviser|advisor|envoy|aide"
            r"|deputy|negotiator)\b"
            r"|,\s+who\s+(?:\w+ly\s+)?(?:leads|led|heads|headed|chairs|chaired|commands)\b"
            # "X, then Japan's foreign minister, met", "X, now the party's leader,": a post held
            # at another time, the appositive closed (not "to Paris, then Kenya's envoy met")
            # (t56a)
            r"|,\s+(?:then|now|later|formerly)\s+(?:a|an|the|(?:[A-Z][\w.-]*\s+){0,3}"
            r"[A-Z][\w.-]*['’]s)\s+(?:[\w’'.-]+\s+){0,3}?(?i:minister|secretary|president|"
            r"premier|leader|chief|head|ambassador|envoy|negotiator|governor|chairman|director|"
            r"commander|general|spokesman|spokeswoman|official|adviser|aide|deputy|mayor)"
            r"(?:\s+(?:of|for|to|at|in)\s+[^,;.]{1,60})?\s*[,.;]"
            # "X, the best known of the ELAS captains", "X, the oldest of the chiefs": one
            # singled out among people by a post in the plural (tune46d)
            r"|,\s+the\s+(?:(?:best|most|least)\s+)?[a-z]+(?:\s+known)?\s+of\s+"
            r"(?:the|his|her|their|its)\s+(?:[\w’'.-]+\s+){0,3}?(?i:captains|leaders|chiefs|"
            r"commanders|generals|officers|ministers|officials|negotiators|delegates|headmen|"
            r"envoys|diplomats)\b"
            # "Peng ..., commander of the ...", "X, first deputy speaker of the House",
            # "Ta Quang Buu, Vice-Minister of Defence of ...": a post in capitals too
            # "Bernard Pons, overseas minister in Chirac's government": a portfolio's
            # word in lower case before the post
            r"|,\s+(?:(?:first|second|third|former|acting)\s+)?(?i:(?:vice|deputy)-)?"
            rf"(?:[a-z]+\s+)?(?i:{_APPOSITIVE_POSTS})\s+(?:of|for|at|to|in)\s",
            following,
        )
    )


# "A and B, the two head chiefs": "and", the second name (one to three capitalised words)
_PAIR_DESCRIBED = re.compile(r"\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*(?=,)")
# ", the two", ", both", ", the two senior": a plural appositive opening
_PLURAL_POSTS_AFTER = re.compile(r",\s+(?:the\s+two|both(?:\s+of\s+them)?)\s+")


def _head_before_its_complement(name: str) -> list[str]:
    """The head word of a body's name that goes on with "of" or "for" ("Canadian Union of
    Postal Workers": "union"), as a list of one word, else an empty list."""
    words = normalize_name(name).split()
    for position, word in enumerate(words[1:], start=1):
        if word in ("of", "for"):
            return [words[position - 1]] if words[position - 1] in _SHORT_HEADS else []
    return []


# A head word that is also a common noun ("put pressure on the board", "a review board"): the
# body named before ("the National Coal Board") only as the subject of a speech verb ("The board
# said in a statement")
_SPEAKING_HEADS = {"board", "union", "church"}
# "'s president", "'s general secretary", "'s chief negotiator": a head's post after a body's
# possessive (vocabulary.A_HEAD_POST)
_ITS_HEAD_S_POST = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}?" + A_HEAD_POST + r"\b", re.IGNORECASE)
# "Robert E. Poli, the": a person's name (an abbreviation's period may end it), a comma, "the"
_A_COMMA_AFTER_HIS_NAME = re.compile(r"\.?\s*,\s*")
# " chairman", " chief negotiator": a head's post right after "its" (r61its)
_A_HEAD_S_POST_AFTER_ITS = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?" + A_HEAD_POST + r"\b", re.IGNORECASE
)
# ", ", ", Gen. ", " ": between a post and its holder's name in apposition, with his rank or
# title ("Its leader, Gen. Antonio Imbert Barrera")
_BEFORE_THE_HOLDER_S_NAME = re.compile(r",?\s+(?:[A-Z][a-z]{1,11}\.?\s+){0,2}")
# where a sentence or a clause opens, right before a noun phrase: nothing yet, a comma, a
# semicolon, a colon, or a coordinator
_A_CLAUSE_OPENS = re.compile(r"(?:^|[,;:]|\b(?:and|but|while))\s*$")
# where a clause joined to the one before opens: "..., but", "..., while", "...;"
_A_JOINED_CLAUSE_OPENS = re.compile(r"(?:,\s*(?:but|while|whereas)|;)\s*$")
_SPEECH_WORDS = set(SPEECH_VERBS)
# "X, an alliance of rebel groups": the head word an appositive gives a body
_DESCRIBED_WITH_A_HEAD = re.compile(
    rf",\s+an?\s+(?:[\w-]+\s+)?(?P<head>{'|'.join(sorted(_SHORT_HEADS))})\b[^,;.]{{0,80}}"
)
# the people who act for an armed group, after the adjective "rebel"
_REBEL_PEOPLE = DELEGATION_NOUNS | {
    "negotiator", "leaders", "leader", "commanders", "commander", "team", "teams", "side", "sides",
}  # fmt: skip
# "the pontiff" for "Pope Francis", "the king" for "King Abdullah": a title a ruler's name opens
# with, and the word the press uses for it
# a sovereign's title, capitalised after "the" ("the Queen", "the Emperor"), and the word a
# name held by the sovereign opens with ("Queen Victoria", "Emperor Meiji")
# A peer's or a churchman's rank, written before his name ("the Marquis Garroni", "Cardinal
# Pietro Gasparri") and, capitalised after "the", standing for him later ("the Marquis said")
_RANKS_BEFORE_A_NAME = {
    "Marquis", "Marquess", "Count", "Countess", "Baron", "Baroness", "Duke", "Duchess", "Earl",
    "Viscount", "Cardinal", "Archbishop", "Patriarch", "Metropolitan", "Bishop",
}  # fmt: skip
# The letters before a ship's name ("H.M.S. Pearl", "USS Missouri", "SS Great Britain")
_SHIP_PREFIXES = {"HMS", "USS", "HMAS", "HMCS", "HMNZS", "RMS", "SS", "MV"}
# Military ranks written before a name, in full or as wire copy abbreviates them
_MILITARY_RANKS = {
    "general", "gen", "lieutenant general", "lieutenant-general", "major general",
    "major-general", "brigadier general", "brigadier-general", "brigadier", "colonel", "col",
    "lieutenant colonel", "lieutenant-colonel", "maj", "major", "lt", "lieut", "lieutenant",
    "brig", "capt", "captain", "sgt", "adm", "admiral", "vice admiral", "vice-admiral",
    "rear admiral", "rear-admiral", "commodore", "marshal", "field marshal",
}  # fmt: skip
_CAPITALISED_RULERS = {
    "King": "king", "Queen": "queen", "Emperor": "emperor", "Empress": "empress",
    "Shah": "shah", "Tsar": "tsar", "Czar": "czar", "Kaiser": "kaiser", "Sultan": "sultan",
    "Emir": "emir",
    # "the Sheikh of Kuwait, Ahmad al-Jabir as-Sabah": a Gulf ruler by his title alone
    "Sheikh": "sheikh",
}  # fmt: skip
_RULERS_TITLES = {
    "pope": "pope", "pontiff": "pope", "king": "king", "queen": "queen", "emir": "emir",
    "sultan": "sultan",
}  # fmt: skip
# "an analyst at X", "chief economist at X": the firm a market's commentator works for
# "tax policy lead at Oxfam", "a partner at X", "a campaigner at X": a charity's or a firm's
# staff, named by their work, not a post held at a place (t56a)
_WORKS_AT_A_FIRM_BEFORE = re.compile(
    r"\b(?:analyst|economist|strategist|trader|banker)s?\s+(?:at|with)\s+(?:the\s+)?$"
    r"|\b(?:researcher|campaigner|partner|consultant|lawyer|policy\s+lead)s?\s+at\s+$"
)
# "its 2007 takeover of Alcan", "a 9 percent stake in Cadbury", "the merger with Nissan": what
# is bought, merged or held in shares is a firm (t56a)
_A_FIRM_BOUGHT_OR_HELD_BEFORE = re.compile(
    r"\b(?:takeover|acquisition|buyout|purchase)\s+of\s+(?:rival\s+)?$"
    r"|\b(?:merger|merge)\s+with\s+(?:rival\s+)?$"
    # "a 9 percent stake in X", "a controlling stake in X": no place's "in"
    r"|\b(?:percent|per\s+cent|%|controlling|majority|minority)\s+(?:stake|shareholding)\s+in\s+$"
)
# "Gens. Harney, Terry and", "Messrs. Griffith and": a plural rank, then the names before this
_PLURAL_RANKS = (
    r"(?:Gens|Generals|Cols|Colonels|Messrs|Capts|Captains|Admirals|Senators|Sens|"
    # "Foreign Ministers Masayoshi Ohira and Chi Peng-fei", "Presidents Jamil Mahuad of
    # Ecuador and Alberto Fujimori of Peru": a post in the plural before the names of its holders
    r"Ministers|Presidents|Bishops)"
)
_LISTED_AFTER_A_PLURAL_RANK = re.compile(
    rf"\b{_PLURAL_RANKS}\.?\s+"
    # "Sens. J.D. Vance of Ohio, Josh Hawley of Missouri and": each name with its place
    r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?:\s+of\s+[A-Z][\w’'-]*)?(?:,\s+|\s+and\s+))*$"
)
# "Foreign Ministers Masayoshi Ohira": the capitalised words of a post in the plural (up to two
# before the rank) that open a run of capitals before the names of those who hold it
_PLURAL_RANK_OPENING = re.compile(rf"(?:[A-Z][a-z]+\s+){{0,2}}{_PLURAL_RANKS}\.?\s+(?=[A-Z])")
# "a young fanatic named Koyama": a common noun, then "named" or "called" before a name
_CALLED_BY_NAME_BEFORE = re.compile(
    r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]{3,})\s+(?:named|called)\s+$"
)
# the nouns of things, places and bodies that a name follows the same way ("a ship named X")
_NAMED_THINGS = {
    "ship", "vessel", "boat", "brig", "schooner", "steamer", "village", "town", "city", "river",
    "place", "island", "mountain", "hill", "valley", "operation", "plan", "company", "firm",
    "group", "party", "movement", "organisation", "organization", "body", "committee",
    "hotel", "street", "camp", "fort", "station", "district", "province", "region", "area",
    "horse", "dog", "project", "programme", "program", "agreement", "document", "report",
    "book", "paper", "newspaper", "militia", "faction", "coalition", "alliance",
}  # fmt: skip
# "the company", "the firm": a business named before (a body recorded as neither a state's
# organ nor a party, a movement or an international body)
_COMPANY_WORDS = {"company", "firm"}
# A party named by the plural of its members ("the Social Democrats", "the Christian Democrats")
_PARTY_PLURALS = _with_normal_forms(
    ["democrats", "republicans", "socialists", "liberals", "conservatives", "communists",
     "nationalists", "radicals", "unionists", "federalists", "progressives"]
)  # fmt: skip
# (tune40g) The plurals that name a party by its members however capitalised they are, even
# opening a sentence ("Whigs who object ... joined a handful of Democrats"); the others of
# `_PARTY_PLURALS` ("Liberals", "Nationalists") only capitalised within one
_PARTY_NAME_PLURALS = _with_normal_forms(
    ["whigs", "tories", "sandinistas", "peronists", "bolsheviks", "mensheviks", "gaullists",
     "democrats", "republicans"]
)  # fmt: skip
# The plural of a party's members in a longer name ("Left Socialist Revolutionaries", "Young
# Socialists"): no surname ends so
_PLURAL_OF_A_PARTYS_MEMBERS = re.compile(r"[a-z]{3,}(?:ists|ionaries)")
# capitalised words that open such a plural's name ("the Social Democrats", "Free Democrats")
_PARTY_PLURAL_OPENERS = _with_normal_forms(
    ["social", "christian", "free", "liberal", "national", "new", "young"]
)
# "X, president of the Y, spoke for the employers", "X led the labor delegation", "X,
# representing the owners": what ties the people named next to the body a person holds a post
# in (the optional post between commas may name the body, for a person the article introduces)
_ACTS_FOR_THE_PEOPLE = re.compile(
    r"(?:,(?P<post>(?:[^,.;:()\"“”]|\.(?=,|\w)){1,120}),\s+|\s+|,\s+(?=representing))"
    r"(?:(?:spoke|speaks|negotiated|negotiates|bargained|acted|acts)\s+for"
    # ("put his name to the document for the companies"; not "signed a decree for the farmers":
    # only the words of a signature between)
    r"|(?:signed|signs|put)(?:\s+(?:his|her|their|its|the|name|names|signature|signatures|to"
    r"|it|document|agreement|accord|contract|text|settlement|deal)){0,6}\s+for"
    r"|led|leads|headed|heads|represented|represents|representing)"
    r"\s+(?=[Tt]he\s)"
)
# "the players' executive director, Billy Hunter": a post of the people's, then its holder
_OFFICER_OF_THE_PEOPLE = re.compile(
    r"\b(?P<the>[Tt]he)\s+(?:[a-z0-9-]+\s+){0,2}[a-z]+s['’]\s+"
    r"(?P<post>[a-z]+(?:\s+[a-z]+){0,3}),?\s+$"
)
# the head of a noun phrase of people a body's officer may act for ("the employers", "the
# labor delegation", "the 11 companies"), and plurals that end so and are no people
_PEOPLE_HEAD = re.compile(
    r"[a-z]+(?:ers|ors|ists|ants|ents|ees|ives|ates|men)|companies|firms|delegations?|sides?|teams?"
)
_NO_PEOPLE_HEADS = {"others", "members", "matters", "papers", "orders", "borders", "powers"}
# Between a party's name and the group of its people it sends: "Haiti's commissioners", "the
# Bolivian plenipotentiaries", "Haiti sent three commissioners", "Haiti's own peace envoys"
_OWNER_BEFORE_ITS_GROUP = re.compile(
    r"(?:['’]s?)?\s+(?:own\s+|peace\s+)?"
    r"|\s+(?:sent|sends|appointed|appoints|named|names|dispatched|dispatches|chose|chooses"
    r"|designated|designates)\s+(?:(?:its|their|his|her|a|an|the|new|two|three|four|five|six"
    r"|\d+)\s+){0,2}"
)
# After a group of people, the party they are sent by: "the envoys of Haiti", "commissioners
# from Haiti" (not "the commissioners of both states": no party's name)
_GROUP_OF_A_PARTY_AFTER = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
# the words for whoever acts for a body: no one body's without a word before them ("the
# delegation"), the same body's after the same words ("the labor delegation ... the labor men")
_ACTING_FOR_A_BODY = DELEGATION_NOUNS | {"side", "team", "men", "leaders", "officials"}
# The bodies whose organs are read after their possessive ("the IMF's executive board"), the
# heads of those organs, the words that make one the owner's negotiating team (which speaks
# for the owner), and the common words for an organisation that stand for the body named last
# ("the league's Board of Governors")
_KINDS_OWNING_ORGANS = (Actor.Kind.INTERNATIONAL_ORG, Actor.Kind.OTHER)
# " chairman", " chief executive": a post that speaks for the body a possessive before it stands
# for, with no name after it that tells its holder ("its chairman, Karl Lund,")
_AN_UNNAMED_POST = re.compile(r"\s+" + A_QUALIFIED_POST_THAT_SPEAKS_FOR_IT + r"\b(?!,?\s+[A-Z])")
_ORGAN_HEADS = {"board", "council", "committee", "synod", "presidium"}
# "its synod accepted", "their leadership rejected": an organ alone after a possessive
# pronoun, through which the body named before decides
_BARE_ORGANS = _ORGAN_HEADS | {
    "directorate", "executive", "leadership", "consistory", "politburo", "directors",
}  # fmt: skip
# ", chief executive of the", ", head of": a post in apposition after a person's name, up to
# the body whose post it is
_POST_OF_A_BODY_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}(?:of|for)\s+(?:the\s+)?(?:new\s+)?"
)
# before a person's name opening a sentence: titles and capitalised words ("Archbishop",
# "On Monday, Prime Minister")
_OPENS_A_SENTENCE_BEFORE_A_NAME = re.compile(r"\W*(?:[A-Z][\w.’'-]*,?\s+|(?:the|of)\s+){0,6}")
# "his government", "her country": the state (or its government) of the person's post
_HIS_STATE_WORDS = {"government", "state", "country", "administration"}
_NEGOTIATING_WORDS = {"negotiating", "bargaining", "chief"}
_A_DEAL_SIGNED_WITH = re.compile(
    r"\b(?:signed|signs|struck|strikes|reached|reaches|sealed|seals|clinched|inked)\s+"
    r"(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:deal|agreement|contract|pact)\s+with\s+$"
)
_A_MEMBERS_POST_BEFORE = re.compile(
    r"\b(?:member|chair\w*|co-chair\w*|head|president|secretary|leader|spokes\w+)\s+of\s*$",
    re.IGNORECASE,
)
_WORDS_FOR_AN_ORGANISATION = {"union", "league", "association", "federation", "organisation",
                              "organization"}  # fmt: skip

# Wire copy names a party again by what it is ("the rebels said"): the party of that kind
# named last.
_ANAPHORS = {
    "company": (Actor.Kind.OTHER,),
    "firm": (Actor.Kind.OTHER,),
    "rebels": (Actor.Kind.ARMED_GROUP, Actor.Kind.POLITICAL_MOVEMENT),
    "militants": (Actor.Kind.ARMED_GROUP, Actor.Kind.POLITICAL_MOVEMENT),
    "insurgents": (Actor.Kind.ARMED_GROUP,),
    "militia": (Actor.Kind.ARMED_GROUP,),
    "group": (Actor.Kind.ARMED_GROUP, Actor.Kind.POLITICAL_MOVEMENT),
    "movement": (Actor.Kind.POLITICAL_MOVEMENT, Actor.Kind.ARMED_GROUP),
    "organisation": (Actor.Kind.INTERNATIONAL_ORG, Actor.Kind.POLITICAL_MOVEMENT),
    "organization": (Actor.Kind.INTERNATIONAL_ORG, Actor.Kind.POLITICAL_MOVEMENT),
    "bloc": (Actor.Kind.INTERNATIONAL_ORG,),
}
# The words of `_ANAPHORS` for people who fight: an armed group before a political movement
_FIGHTERS = {"rebels", "militants"}

# The nouns for a party's people and other plural nouns of people that open a sentence
# capitalised ("Delegations from the two sides opened talks", "Negotiators met again"): no name
_GROUP_WORDS_OPENING = DELEGATION_NOUNS | {"officials", "mediators"}
# Words that open a post before its portfolio ("Acting Labor Secretary", "Former Defence
# Minister"), never a portfolio's own
# ", known as Kamorteiro,", ", better known as Hemedti,": a person's one-word nickname
_KNOWN_AS = re.compile(
    # "X, the militant commander known as Tompolo,": a short description may come first
    r",\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3}?)?"
    r"(?:(?:also|better|widely|popularly|commonly)\s+)?known\s+as\s+[“\"]?"
    r"(?P<nickname>[A-Z][\w’'-]+)[”\"]?(?=\s*[,.;:)]|\s+[a-z])"
)
_POST_OPENERS = {"acting", "former", "interim", "outgoing"}
_TITLE_WORDS = {word for title in PERSON_TITLES for word in title.split()} | {
    "political",
    "military",
    "intelligence",
    "foreign",
    "deputy",
    "senior",
    "top",
    "chief",
    "former",
    "acting",
    "bureau",
    "wing",
    "armed",
    "security",
    "national",
}


# Capitalised runs that name a place or a text, never a party: "the Black Sea", "the South
# Caucasus", "the Declaration of Jeddah".
_PLACE_HEADS = {
    "sea",
    "ocean",
    "gulf",
    "bay",
    "river",
    "lake",
    "strait",
    "straits",
    "peninsula",
    "caucasus",
    "mountains",
    "valley",
    "desert",
    "basin",
    "coast",
    "island",
    "islands",
    "corridor",
    "region",
    "province",
    "heights",
    "plateau",
    "hotel",
    # "the West India Dock", "the Surrey Docks": where ships load, no party
    "dock",
    "docks",
    "wharf",
    "quay",
    "canal",
}
_DOCUMENT_HEADS = {
    "declaration",
    "agreement",
    "accord",
    "accords",
    "treaty",
    "protocol",
    "memorandum",
    "charter",
    "resolution",
    "convention",
    "initiative",
    "roadmap",
    "communique",
    "framework",
}
# Matters a quarrel is about, which the press names like bodies ("the Roman Question", "the
# Cyprus Problem", "the Suez Crisis"): no party
_MATTER_HEADS = {"question", "problem", "issue", "crisis", "affair"}
# Sporting contests, which wire copy names like bodies ("the World Cup", "the Asian Games")
_CONTEST_HEADS = {"cup", "olympics", "championship", "championships"}
# Compared with `Token.words` ("Accords" is "acords", "Valley" "valey").
_PLACE_HEADS = _with_normal_forms(_PLACE_HEADS)
_CONTEST_HEADS = _with_normal_forms(_CONTEST_HEADS)
_MATTER_HEADS = _with_normal_forms(_MATTER_HEADS)
_DOCUMENT_HEADS = _with_normal_forms(_DOCUMENT_HEADS)
_PLACE_HEAD_FORMS = _with_normal_forms(PLACE_HEAD_WORDS)
# Nouns for a people that a body's name puts in the possessive: "the People's Liberation Army"
_COLLECTIVE_NOUNS = _with_normal_forms(
    {"people", "workers", "women", "peasants", "farmers", "citizens", "nation", "nations",
     "children", "youth", "martyrs", "patriots", "mothers", "soldiers"}
)  # fmt: skip
# Head words that are proper names on their own ("the Kremlin said"); any other head word
# alone ("Government and ELN negotiators") is a common noun that starts a sentence.
_PROPER_HEADS = _with_normal_forms(
    ["kremlin", "knesset", "duma", *ACTOR_PROPER_HEADS, *LEGISLATURES_OF_ONE_WORD]
)
# The words that join a body's head word to the rest of its name ("Council of Europe",
# "Movement for Democratic Change", "Commission on National Reconciliation").
_BODY_LINKS = {"of", "for", "on"}
# "The Council of the EU", "the Confederation for an Independent Poland": after a body's head
# word, "of" or "for" and an article (then up to two capitalised words) lead to the recorded
# name the body is named after
_LINK_TO_THE_NAME_A_BODY_IS_NAMED_AFTER = re.compile(r"\s+(?:of|for)\s+(?:(?:the|an|a)\s+)?")
# Head words of a state's own organs, read as the state or its organ elsewhere ("the Government
# of India", "the Ministry of Finance of Zambia", "the Armed Forces of Colombia"): no body of its
# own named after the state
_HEADS_OF_THE_STATE_ITSELF = _with_normal_forms(
    [
        "government", "administration", "presidency", "cabinet", "kremlin", "ministry",
        "ministries", "department", "office", "army", "forces", "force", "police", "service",
    ]
)  # fmt: skip
_A_STATE_S_LEGISLATURE = _LEGISLATURES | _with_normal_forms(["assembly"])
_LED_BODIES = {"coalition", "alliance", "force", "forces", "mission", "bloc"}
# (not "the breakaway region of South Ossetia", which may be a party)
_PARTS_OF_A_COUNTRY = {
    "capital", "city", "town", "port", "outskirts", "north", "south", "east", "west",
}  # fmt: skip
_PLACE_PREPOSITIONS = {"in", "at", "to", "into", "across", "toward", "towards", "near", "inside"}
_PLACES_OF_A_MEDIUM = _PLACE_PREPOSITIONS | {"on", "from"}
_ATTRIBUTES = {"safe", "peacekeeping", "peacekeepers", "special", "humanitarian", "backed"}
# "the army", "the military" of a state the article names
_ARMY_WORDS = {"army", "military"}
# the service chiefs named as the armed forces' own: "the commanders of the army, navy and air
# force", "the three armed forces commanders", "the military commanders"
_COMMANDERS_OF_THE_FORCES = re.compile(
    r"\bcommanders\s+of\s+the\s+(?:army|armed\s+forces|military|three\s+services)\b"
    r"|\b(?:armed\s+forces|military|service)\s+commanders\b",
    re.IGNORECASE,
)
_COUNTED_COMMANDERS = {"two", "three", "four", "five", "military", "service"}
_AUXILIARIES = {"has", "had", "have", "was", "were", "is", "are", "would", "will", "could", "did"}


_SPEECH_ALTERNATION = "|".join(sorted(SPEECH_VERBS))
_PERSONAL_BODIES = "|".join(PERSONAL_BODIES)
_APPOSITIVE_POSTS = "|".join(
    re.escape(post).replace(r"\ ", r"\s+")
    for post in sorted(APPOSITIVE_POSTS, key=len, reverse=True)
)
# "Allyn Conwell, a Houston oil executive who had acted as the hostages' spokesman, said",
# "Legg Mason, one of Yahoo's largest shareholders, said": a name, an appositive closed by a
# comma, then a verb of speech: the one the appositive describes is the one who speaks, whatever
# noun the appositive ends on (`_appositive_in` keeps to the nouns of posts)
_APPOSITIVE_THEN_SPEECH = re.compile(
    r",\s+(?:a|an|the|another|one\s+of|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s)\s+"
    r"[^,;:.()\"“”]{1,90}?,\s+(?:also\s+)?(?:" + _SPEECH_ALTERNATION + r")\b"
)
_INSIDE_AN_OWNERS_NAME_BEFORE = re.compile(
    r"(?:['’]s?|\b(?:of|for|at|in|by|with|from)\s+(?:the\s+)?[A-Z][\w-]*)\s+$"
)
_POST_AND_COMMA = re.compile(
    r"\b(?:the|a|an|his|her|its|their|[A-Z][\w.]*[’']s?|\w+s[’'])\s+(?:[\w’'-]+\s+){0,6}?(?i:"
    + "|".join(
        re.escape(post).replace(r"\ ", r"\s+")
        for post in sorted(POST_BEFORE_A_NAME_WORDS, key=len, reverse=True)
    )
    # "its ambassador to Kazakhstan, George Krol,": the post's complement before the comma
    + r")(?:\s+(?:to|for|of|in|at)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
    # "a member of his team, Nipat Thonglek,": the people the post is held among
    + r"|\s+of\s+(?:his|her|its|their|the)\s+(?:team|delegation|panel|party|staff|cabinet))?"
    + r",\s*$"
)
# Plural posts before a comma and two names ("two judges, A and B", "the mediators, A and B").
_PLURAL_POST_AND_COMMA = re.compile(
    r"\b(?i:two|three|four|both|the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:judges|mediators|envoys|ministers|negotiators|commanders|diplomats|lawyers|generals"
    r"|advisers|advisors|co-chairs|co-chairmen|chairmen|facilitators|observers|leaders"
    # people who sit for or act on behalf of others: "two pro-Kurdish lawmakers, A and B"
    r"|lawmakers|legislators|deputies|MPs|parliamentarians|senators|delegates|emissaries"
    r"|colleagues|lieutenants|aides"
    # "the three commissioners named by the Mexican government, A, B and C", "two members
    # of the delegation, A and B": people named to act for a government or a body
    r"|commissioners|plenipotentiaries|representatives|members)"
    # "The leaders of the two separatist regions, A of X and B of Y": the post's complement
    # before the comma
    r"(?:\s+(?:of|from|for|named\s+by|appointed\s+by|sent\s+by)\s+[^,;:.“”\"()]{1,60}?)?,\s*$"
)
# One name of a list of people after a plural post ("Eduard Kokoity of South Ossetia"), and
# the names before it in that list ("A, B and "): read back to the post
_A_LISTED_PERSON = (
    r"[A-Z][\w.’'-]*(?:\s+(?:[a-z]{2,3}\s+)?[A-Z][\w.’'-]*){1,4}"
    r"(?:\s+of\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?"
)
_PEOPLE_LISTED_BEFORE = re.compile(
    rf"(?:{_A_LISTED_PERSON},\s+)*(?:{_A_LISTED_PERSON},?\s+and\s+)?$"
)
_PEOPLE_LISTED_AFTER = re.compile(
    rf"(?:\s+of\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}})?"
    rf"(?:,\s+{_A_LISTED_PERSON})*,?\s+and\s+[A-Z]"
)
_LIST_OF_PEOPLE_ENDS = re.compile(r"(?:\s+of\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?\s*[,.;]")
# Up to three lower-case words before a body's noun in an appositive ("a rebel faction", "the
# youth environmental group"), none a word that starts a phrase of its own ("one of the last
# areas held by rebel groups")
_QUALIFIERS_OF_A_BODY_NOUN = (
    r"(?:(?!(?:by|of|in|from|with|for|held|and|that|which)\b)[a-z][\w’'-]*\s+){0,3}"
)
# The trade of a firm or a body an appositive gives it ("X, the union that represents ...",
# "X, a lender based in ..."): a party of kind "other" (t56a).
_TRADES_OF_A_BODY = (
    "union", "bank", "lender", "insurer", "airline", "carrier", "utility", "broadcaster",
    "conglomerate", "manufacturer", "carmaker", "automaker", "retailer", "confectioner",
    "drugmaker", "chipmaker", "steelmaker", "brewer", "fund", "charity",
)  # fmt: skip
# An appositive that says what body the name is ("X, one of the most powerful insurgent
# groups,", "X, a rebel faction"): not "Idlib, one of the last areas held by rebel groups".
_DESCRIBED_AS_A_BODY = re.compile(
    r",\s+(?:one\s+of\s+the|a|an)\s+"
    + _QUALIFIERS_OF_A_BODY_NOUN
    + r"(?P<noun>groups?|factions?|militias|militia|movements?|parties|party)\b(?!['’])"
    # "Natur og Ungdom, the youth environmental group that ...": "the" and the noun, no name
    # after it ("In Athens, the left-wing opposition party EDA" names the party after it)
    r"|,\s+the\s+"
    + _QUALIFIERS_OF_A_BODY_NOUN
    + r"(?P<the_noun>group|faction|militia|movement|party)\b(?!['’]|\s+[A-Z])"
    # "Pogust Goodhead, the law firm representing ...", "X, a company owned by ...": a firm,
    # where no other noun follows the word ("a company director" is a person)
    r"|,\s+(?:the|a|an)\s+"
    + _QUALIFIERS_OF_A_BODY_NOUN
    + r"(?P<firm>firm|company)(?=\s*[,.;]|\s+(?:that|which|whose|representing|acting|based"
    r"|owned|in|of|from|for|with)\b)"
    # "The Anti-Fascist Concentration, the coalition of Italian exiles in Paris,"
    r"|,\s+(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+)?(?P<union>coalition|alliance)\s+of\b"
    # "Unite, the union that represents most of the workers,", "Norbank, a state lender based
    # in Oslo,": a union or a firm told by its trade, a clause or a complement after it (not
    # "X, a union official", "X, the bank's governor") (t56a)
    r"|,\s+(?:the|a|an)\s+"
    + _QUALIFIERS_OF_A_BODY_NOUN
    + rf"(?P<trade>{'|'.join(_TRADES_OF_A_BODY)})(?=\s*[,.;]|\s+(?:that|which|whose"
    r"|representing|based|owned|controlled|in|of|from|for|with)\b"
    # "The Workers' Commissions, the largest union and the one closest to the Communists,": a
    # second description of the same body goes on after "and the one"
    r"|\s+and\s+the\s+one\b)"
    # "Gencor, another of the big groups,", "The trustees of the British Steel Pension Scheme,
    # one of Corus's main pension funds,": one body among others of its kind (its owner's
    # possessive may stand for "the")
    r"|,\s+(?:another|one)\s+of\s+(?:the|[A-Z][\w-]*['’]s?)\s+"
    + _QUALIFIERS_OF_A_BODY_NOUN
    + r"(?P<among>groups|unions|firms|companies|funds|banks)(?=\s*[,.;])"
    # "The CGT, Renault's largest union,": the trade after its owner's possessive, closed by
    # the comma (not "X, Renault's union leader")
    r"|,\s+[A-Z][\w-]*['’]s?\s+"
    + _QUALIFIERS_OF_A_BODY_NOUN
    + rf"(?P<owned>{'|'.join(_TRADES_OF_A_BODY)})(?=\s*,)"
)
# A plural body noun, a comma and the list of names it stands for ("the two western rebel
# groups, the MPIGO and the MJP, as well as ..."): each name listed is a body of that kind.
_LISTED_NAME = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.’'-]*)*"
_LISTED_AFTER_A_PLURAL_BODY_NOUN = re.compile(
    r"\b(?P<noun>groups|factions|militias|movements|parties),\s+"
    rf"(?:{_LISTED_NAME},\s+)*(?:{_LISTED_NAME},?\s+and\s+)?(?:the\s+)?$"
)
# One capitalised word after "the" ("the Zafy movement"), or a list of them ("the Ravalomanana,
# Zafy and Ratsiraka movements"), right before a lower-case "movement(s)"
_LEADER_BEFORE = re.compile(r"\b[Tt]he\s+(?P<names>[A-Z][\w’'-]*)\s$")
_LEADERS_LISTED_BEFORE = re.compile(
    r"\b[Tt]he\s+(?P<names>(?:[A-Z][\w’'-]*,\s+)*[A-Z][\w’'-]*,?\s+and\s+[A-Z][\w’'-]*)\s$"
)
# A capitalised name of one to four words, a post only a business has, then a person's name
# ("Netflix co-CEO Ted Sarandos", "San Antonio Spurs owner Peter Holt")
_FIRM_BEFORE_ITS_HEAD = re.compile(
    r"(?<![\w.’'-])(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
    r"\s+(?:CEO|co-CEO|chief\s+executive|owner|co-owner|founder|co-founder)\s+[A-Z][a-z]"
)
# ", national chair of Families United,", ", president of 9/11 Families United,": the post of a
# body's head in apposition after a person's name, then the body's name (two to five capitalised
# words, the first maybe a number), closed by a comma (t56h)
_BODY_A_PERSON_HEADS = re.compile(
    r",\s+(?:(?:national|international|executive|founding|general)\s+)?"
    r"(?:chair(?:man|woman|person)?|president|secretary|leader|head|founder|co-founder)\s+of\s+"
    r"(?P<name>(?:\d[\w/]*\s+)?[A-Z][\w&’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&’'-]*){1,4})"
    r"(?=,)"
)
# a ministry's portfolios in a post's complement ("secretary of Homeland Security"), no body's name
_PORTFOLIO_WORDS = {
    normalize_name(word) for portfolio in MINISTRY_PORTFOLIOS.values() for word in portfolio.split()
} | {"state", "homeland", "security", "labor", "labour", "agriculture", "education", "war"}
# A lower-case noun of a firm or a body right before its name ("state utility Statkraft",
# "public broadcaster NRK", "the business chamber COSEP", "the civil society platform Wakit Tama")
_A_FIRM_NOUN_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{'|'.join(FIRM_NOUNS)})\s+$")
# "the city's water company, SEMAPA, will take over": the same noun, then the name between
# commas, an appositive; not the nouns of things as well ("the union's payment platform, UTAS,",
# "the aircraft carrier, Kitty Hawk,", "the upper chamber,") (t56a)
_FIRM_NOUNS_OF_AN_APPOSITIVE = [
    noun for noun in FIRM_NOUNS if noun not in ("platform", "carrier", "chamber")
]
_A_FIRM_NOUN_AND_COMMA_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:{'|'.join(_FIRM_NOUNS_OF_AN_APPOSITIVE)}),\s+$"
)
# The last words of a firm's name that say its trade or legal form, in the normal form
_FIRM_NAME_ENDINGS = _with_normal_forms(FIRM_NAME_ENDINGS)
# an ending that is also a surname ("John Atta Mills"): a firm's only after "the"
_ENDINGS_THAT_ARE_SURNAMES = _with_normal_forms(["mills"])
# the trades of firms whose names open on "General" ("General Motors", "General Electric",
# "General Dynamics"), which the rank would otherwise take for a general's name
_FIRM_WORDS_AFTER_GENERAL = _with_normal_forms(["motors", "electric", "dynamics", "foods"])
_THE = {"the", "The"}
# A plural noun of firms before the list of their names ("partners ConocoPhillips, Royal Dutch
# Shell and Osaka Gas", "carriers, including Maersk and MSC", "rivals such as Federal Express")
_FIRMS_LISTED_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:{'|'.join(FIRM_PLURALS)})(?:,?\s+(?:including|such\s+as|like))?,?\s+"
    rf"(?:{_LISTED_NAME},\s+)*(?:{_LISTED_NAME},?\s+and\s+)?$"
)
# "which is owned by TC Energy", "a firm controlled by X": the owner after the participle
_OWNED_BY = re.compile(r"\b(?:owned|controlled)\s+by\s+$")
# "Roan Vind, which owns that wind farm": "which" (not "who") and a verb of owning or running
# a business say the name before it is a firm's
_OWNS_A_BUSINESS_AFTER = re.compile(r",\s+which\s+(?:also\s+)?(?:owns|operates|runs|manages)\b")
# "Hershey, which had weighed a rival bid, declined to comment": "which", its clause closed by a
# comma, then a verb of speech or of an answer, of which the name is the subject (t56a)
_WHICH_THEN_ANSWERS = re.compile(
    r",\s+which\s+[^,;:“”\"()]{3,160}?,\s+(?:also\s+|later\s+|has\s+|had\s+)?"
    rf"(?:{_SPEECH_ALTERNATION}|declined|welcomed|rejected|accepted|agreed|refused|denied"
    r"|confirmed|announced|signed)\b"
)
_BODY_NOUN_KINDS = {
    "group": Actor.Kind.ARMED_GROUP,
    "faction": Actor.Kind.ARMED_GROUP,
    "militia": Actor.Kind.ARMED_GROUP,
    "movement": Actor.Kind.POLITICAL_MOVEMENT,
    "partie": Actor.Kind.POLITICAL_MOVEMENT,
    "party": Actor.Kind.POLITICAL_MOVEMENT,
    "coalition": Actor.Kind.POLITICAL_MOVEMENT,
    "alliance": Actor.Kind.POLITICAL_MOVEMENT,
    "firm": Actor.Kind.OTHER,
    "company": Actor.Kind.OTHER,
}
# Lower-case nouns of place after a name ("the Wadi Barada valley").
# "the Liao-tung peninsula", "the Posavina corridor": a head word of a place's name, in lower
# case after it, too
_PLACE_NOUN_AFTER = (
    r"\s+(?:valley|region|province|district|area|town|village|river|mountains|hills|camp"
    r"|enclave|governorate|county|suburb|neighbourhood|neighborhood|oasis|plain|plains|"
    + "|".join(sorted(_PLACE_HEADS))
    + r")\b"
)
_PLACE_NOUN_FOLLOWS = re.compile(_PLACE_NOUN_AFTER)
_WORD_OR_HYPHEN = re.compile(r"[\w-]")
# "who" and "whom" are said of people, and "whose" before a speech verb or the body a person
# belongs to ("X, whose party backed the deal, said", "X, whose Liberation Front signed"). Read
# after a name of two or three words only: a single word is a surname the article gave in full
# before.
_WHO_OR_WHOSE = re.compile(
    r",\s+whom?\b"
    r"|,\s+whose\b[^;:“”\"()]{0,160}?,\s+(?:also\s+|later\s+)?"
    rf"(?:{_SPEECH_ALTERNATION})\b"
    rf"|,\s+whose\s+(?:[\w’'-]+\s+){{0,6}}?(?i:{_PERSONAL_BODIES})\b"
    # "Big Bear, whose followers are hunting buffalo": the people who follow a leader
    r"|,\s+whose\s+(?:[a-z][\w’'-]*\s+){0,2}?(?:followers|supporters|adherents|disciples)\b"
    # "Johnny Paul Koroma, whose Armed Forces Revolutionary Council seized power": his body
    r"|,\s+whose\s+[A-Z][\w’'-]*\s+(?:[A-Z][\w’'-]*\s+){0,4}[a-z]"
)


# the head words of a body's sites ("Ford's Kentucky Truck Plant")
_A_THING_DESCRIBED = re.compile(
    r",\s+(?:a|an|the|its)\s+(?:[\w'-]+\s+){0,3}?(?P<noun>[a-z]+)(?=\s*[,.;)]|\s+(?:of|in|on|near)\b)"
)
_PLACES_LISTED_BEFORE = re.compile(
    r"\b(?:villages|towns|cities|districts|islands|provinces|regions|ports|camps|sites|areas"
    r"|fields|rivers|hills|lakes|settlements|counties|places|streets)\b[^.;:]*,[^.;:]*$"
)
_LED_BY_A_BODY = re.compile(
    r"\b[a-z][\w-]*\s+(?:led|headed|chaired|commanded|represented)\s+by\s+"
    r"(?:(?:[A-Z][\w'-]*[’']s\s+)?(?:(?!the\b|a\b|an\b|and\b)[a-z][\w-]*\s+){1,3})?$"
)
_A_BODY_OF_BEFORE = re.compile(r"\b(?P<head>[A-Za-z]+)\s+of\s+(?:[\w-]+\s+){0,2}$")
# what is named after a person and is no person: "Peter Smith College", "George Town"
_NAMED_AFTER_A_PERSON = {
    "town", "college", "school", "university", "bridge", "park", "road", "falls", "field",
    "stadium", "hospital", "prize", "award", "fund", "foundation", "institute", "line", "plan",
    "doctrine", "principles", "declaration", "accords", "accord", "treaty", "station", "land",
}  # fmt: skip
_FACILITY_HEADS = {"plant", "factory", "mill", "mine", "refinery", "works", "shipyard", "complex"}
# what closes a dateline soon after its country: the wire's parenthesis or a dash
_DATELINE_CLOSES = re.compile(r"[^\n]{0,50}?(?:\(|\s[-–—_]+\s)")
# a place's region after it and a comma ("Spring Hill, Tennessee,")
_A_PLACES_REGION_AFTER = re.compile(r",\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?,")
_A_COMMA = re.compile(r"\s*,\s*")
# the rest of a list of capitalised names: more names after commas, the last after "and"
_LIST_OF_NAMES_GOES_ON = re.compile(
    r"(?:\s*,\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)*,?\s+and\s+(?-i:[A-Z])"
)


# A place whose head word comes first ("Lake Ladoga", "Mount Kenya", "Cape Verde" is a
# country, recorded as one), and one joined to its name by "of" ("the Gulf of Aden")
_PLACE_HEADS_FIRST = _with_normal_forms(["lake", "mount", "cape"])
_PLACE_HEADS_BEFORE_OF = _with_normal_forms(["gulf", "bay", "strait", "straits", "sea", "isle"])
# A war, named like a body ("the Second World War", "the Cold War"), is no party
_WAR_WORDS = _with_normal_forms(["war", "wars"])


def _names_no_actor(words: list[str]) -> bool:
    return (
        words[-1] in _PLACE_HEADS
        or (len(words) > 1 and words[0] in _PLACE_HEADS_FIRST)
        or (len(words) > 2 and words[0] in _PLACE_HEADS_BEFORE_OF and words[1] == "of")
        or (len(words) > 1 and words[-1] in _WAR_WORDS and words[0] not in _ORG_HEADS)
        or words[-1] in _CONTEST_HEADS  # "a World Cup qualifier"
        or (len(words) > 1 and words[-1] in _MATTER_HEADS)  # "the Roman Question"
        or words[0] in _DOCUMENT_HEADS
        # "the Government of National Accord" is a body named after its text
        or (words[-1] in _DOCUMENT_HEADS and not (len(words) > 2 and words[0] in _ORG_HEADS))
        or (len(words) == 1 and words[0] in _ORG_HEADS and words[0] not in _PROPER_HEADS)
    )


# A ruler's number after his name, of two letters or more ("Victor Emmanuel III"); the normal
# form of a name keeps such a numeral's letters (negotiations/names.py), so two rulers of one
# name stay two
_REGNAL_NUMBER = re.compile(r"(?<=[a-z] )[IVXL]{2,}\b")
_ROMAN_NUMERAL = re.compile(r"(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _is_acronym(name: str) -> bool:
    letters = re.sub(r"[^\w]", "", name)
    return 1 < len(letters) <= 6 and letters.isupper()


def _written_as_its_acronym(name: str, written: str) -> bool:
    """Whether `written` keeps the capitals of a recorded `name` that is an acronym: "US", not
    "us"; "OPEC Plus" for "OPEC+", the sign written out as a word."""
    if not _is_acronym(name):
        return True
    return re.sub(r"[^\w]", "", written).startswith(re.sub(r"[^\w]", "", name))
