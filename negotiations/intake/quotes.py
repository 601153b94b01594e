"""Quoted passages and who spoke them.

The speaker is read from the sentence around the quote, in this order: "according to (a
statement from) X"; the speech verb nearest the quote ("”, Blinken said", "Blinken told
reporters: “", "said X, a spokesman for Y" is X); a pronoun subject ("he said") is the person
named last before the quote; a quote standing alone continues the previous quote's speaker.
"""

import re
from dataclasses import dataclass

from negotiations.intake.document import Document, Mention
from negotiations.intake.text import Sentence, paragraph_start
from negotiations.intake.vocabulary import (
    ACTOR_NAMING_TITLES,
    APPOSITIVE_POSTS,
    CAPITALS,
    CHARACTERISING_GERUNDS,
    CHARACTERISING_VERBS,
    COMMON_PEOPLE,
    MINISTRY_PORTFOLIOS,
    PERSON_TITLES,
    QUOTE_COMMITMENT_VERBS,
    QUOTE_OBJECT_VERBS,
    SPEAKER_POSTS,
    SPEECH_VERBS,
    UNNAMED_PERSON_NOUNS,
)

_STATEMENT_WORDS = r"statement|letter|message|communiqu[eé]"
_GERUNDS = {"adding", "saying", "telling", "insisting", "stressing", "warning", "noting"}
# "“..., the fault shall not be mine,” Hobson answered": an answer is speech too
_SPEECH = set(SPEECH_VERBS) | _GERUNDS | {"according", "answered", "answers", "informed"}
# "“...,” Lord Kitchener telegraphed to the War Office", "“...,” Señor Montero Ríos read": words
# sent by wire or read out are the sender's, the reader's
_SPEECH |= {"telegraphed", "cabled", "read"}
# "“...,” Hoffmann is reported to have written": the participle after a hedged report
_SPEECH |= {"written"}
# Verbs that name what they quote ("called it “a new dawn”", "welcomed the deal as “a first
# step”", "accused the army of “seeking ...”"): a speech verb only right before the quote.
_CHARACTERISING = {
    "called", "calls", "welcomed", "welcomes", "described", "hailed", "accused",
} | CHARACTERISING_VERBS | CHARACTERISING_GERUNDS | QUOTE_OBJECT_VERBS  # fmt: skip
_CHARACTERISING |= QUOTE_COMMITMENT_VERBS
# "Guaido proposed a “national salvation agreement”": the name one gives one's own proposal
_CHARACTERISING |= {"proposed", "proposes"}
_SUBJECT_GERUNDS = _GERUNDS | CHARACTERISING_GERUNDS
_PRONOUNS = {"he", "she", "they", "it"}
# What may stand between a speaker and the verb: "Blinken also said", "Hamas has repeatedly said".
_BETWEEN_SUBJECT_AND_VERB = re.compile(
    r"^[\s,]*(?:(?:also|later|then|has|have|had|had\s+also|earlier|previously|again|repeatedly|"
    r"separately|once|further|in\s+a\s+statement|on\s+\w+|in\s+\w+|"
    # "A note from the Ministry of Ultramar at Madrid said": the place it speaks from
    r"at\s+(?-i:[A-Z])\w+|"
    # "A Cuban foreign ministry statement last month called": a time the words were given
    r"last\s+(?:week|month|year|night)|"
    # "Senator X of Massachusetts has promised": the place a name is of
    r"of\s+[A-Z][\w.’'-]*|"
    # "Hanoi radio called it": a capital's radio is its state's voice (tune46d)
    r"(?-i:radio|television)|"
    # "Thiers is reported to have told": the speech hedged as a report is still his
    r"(?:is|was|are|were)\s+(?:reported|said|understood|believed)\s+to\s+have)\s+)*$",
    re.IGNORECASE,
)
# "X, a spokesman for Y, said", "Herbert Smith, its president, told": an article or a
# possessive opens the appositive
_APPOSITIVE = re.compile(
    # "Chief Woos, one of the hereditary chiefs, told reporters": one among those named
    r"^,\s+(?:a|an|the|its|his|her|their|one\s+of|[A-Z]\w*[’']s)\b[^,;]*,?\s*"
    # "A. J. Cook, the federation's secretary, has repeated": an auxiliary after the comma
    r"(?:(?:has|have|had)\s+(?:also\s+|repeatedly\s+)?)?"
    # "”, Conoghquieson, the Oneida Chief, is reported to have said": the hedge after the
    # appositive leaves the name the speaker, as it does with no appositive between (r69speakers)
    r"(?:(?:is|was)\s+(?:reported|said|understood|believed)\s+to\s+have\s+)?$"
)
# "Sisi, speaking to reporters in Cairo, said": a participle's clause describes the speaker.
# "Egypt, in a statement on its website, called it ...", "Hamas, for its part, said": an aside
# between commas that a preposition or an adverb opens.
_ASIDE = re.compile(
    r"^,\s+(?:in|on|at|for|from|after|before|during|via|through|meanwhile|however|though|"
    r"too|also|separately|later|earlier|instead|nevertheless|in\s+turn)\b[^,;“”\"]*,\s*$",
    re.IGNORECASE,
)
_PASSIVE_PARTICIPLE_CLAUSE = re.compile(
    r"^,\s+(?:\w+ed|flanked|accompanied|led|headed|represented)\s+(?:\w+\s+){0,3}?"
    r"(?:by|with)\b[^,;“”\"]*,\s*$"
)
_PARTICIPLE_CLAUSE = re.compile(r"^,\s+(?:\w+ing|flanked|accompanied)\b[^,;“”\"]*,\s*$")
_WITH_ITS = re.compile(r"\bwith\s+(?:(?:its|his|her|their|the)\s+)?(?:[\w’'-]+\s+){0,2}$")
# "Sihanouk, 68, told the conference", "Shultz, visibly tired, told reporters": the speaker's
# age, or his state in an adverb and an adjective, between commas
_DESCRIBING_ASIDE = re.compile(r"^,\s+(?:\d{1,3}|[a-z]+ly\s+[a-z]+),\s*$")


@dataclass(frozen=True)
class QuoteCandidate:
    start: int
    end: int
    text: str
    speaker: Mention | None
    date: str


def find_quotes(document: Document) -> list[QuoteCandidate]:
    found = []
    previous: tuple[int, Mention | None] | None = None  # (sentence start, speaker)
    for quote in document.quotes:
        sentence = _sentence_of_quote(document, quote)
        speaker = speaker_of(document, quote, sentence)
        if speaker is None and previous is not None and _stands_alone(document, quote, sentence):
            speaker = previous[1]
        found.append(
            QuoteCandidate(
                quote.start, quote.end, quote.text, speaker, _date_of(document, sentence)
            )
        )
        previous = (sentence.start, speaker)
    return found


def _sentence_of_quote(document: Document, quote) -> Sentence:
    """The sentence a quote stands in, from the one it opens in to the one it closes in: a
    quote of several sentences ("“It is not the end. It is a start,” said X") is one
    sentence with the words around it."""
    first = document.sentence_at(quote.start)
    last = document.sentence_at(max(quote.end - 1, quote.start))
    following = _speaker_after_exclamation(document, quote, last)
    if following is not None:
        # "“Austria is free!” Figl told the crowd": the mark ends the quote, not the sentence
        return Sentence(first.start, following.end, first.first_token, following.last_token)
    if last is first:
        return first
    return Sentence(first.start, last.end, first.first_token, last.last_token)


_NAME_AND_SPEECH_VERB = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*"
    # "“...?” X, chief minister of the state, wrote": the name with an appositive between commas
    r"(?:,\s+[^,;.!?“”\"]{1,80},)?\s+(?:"
    + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
    + r")\b"
)


def _speaker_after_exclamation(document: Document, quote, last: Sentence) -> Sentence | None:
    """The sentence right after a quote that closes on "!" or "?", where it opens with a name
    and a speech verb ("“Austria is free!” Figl told the crowd", "“Why now?” X, the mayor,
    asked"): a split the mark made, the quote's own sentence going on."""
    if not re.search(r"[!?]\s*$", quote.text) or last.end > quote.end + 2:
        return None
    index = document.sentences.index(last)
    if index + 1 >= len(document.sentences):
        return None
    following = document.sentences[index + 1]
    if following.start > last.end + 2 or "\n" in document.text[last.end : following.start]:
        return None
    if not _NAME_AND_SPEECH_VERB.match(document.text, following.start, following.end):
        return None
    return following


def _stands_alone(document, quote, sentence) -> bool:
    outside = (
        document.text[sentence.start : quote.start - 1]
        + document.text[quote.end + 1 : sentence.end]
    )
    return not re.search(r"[A-Za-z]{3,}", outside)


def _date_of(document: Document, sentence) -> str:
    for date in document.dates_between(sentence.start, sentence.end):
        if date.precision == "day":
            return date.iso
    return document.published_on.isoformat()


# "”, his message ran": a document's words "run" as they are said; "ran" is a speech verb
# only right after a word for what is written, not as "the talks ran late" (r69speakers)
_WHAT_IS_WRITTEN_RUNS = re.compile(
    rf"[”\"],?\s+(?:its|his|her|their|the)\s+(?:{_STATEMENT_WORDS}|telegram|note|text)\s+(?:ran|runs)\b"
)


# "who rallied behind the slogan “Hands off Norway!”": words a slogan, a motto or a banner
# carries are nobody's in particular, whoever rallies behind them
_A_SLOGAN_BEFORE = re.compile(
    r"\b(?:the|a|their|its|his|her)\s+(?:[\w-]+\s+)?(?:slogan|motto|banner|placard|"
    r"watchword|rallying\s+cry|battle\s+cry)s?,?\s*$",
    re.IGNORECASE,
)


# "“an insult to hungry people,” in the words of X": the words are X's (tune44d)
_IN_THE_WORDS_OF = re.compile(r"[”\"’',]*\s*,?\s+in\s+the\s+words\s+of\s+(?:the\s+)?")


def speaker_of(document: Document, quote, sentence) -> Mention | None:
    if _A_SLOGAN_BEFORE.search(document.text, max(0, quote.start - 60), quote.start - 1):
        return None
    words_of = _IN_THE_WORDS_OF.match(document.text, quote.end)
    if words_of is not None:
        for mention in document.mentions_between(words_of.end(), words_of.end() + 60):
            if mention.start == words_of.end() and mention.via not in ("post", "demonym"):
                return mention
    tokens = document.tokens[sentence.first_token : sentence.last_token]
    verbs = [
        token
        for token in tokens
        if not document.in_quote(token.start)
        and (
            token.text.lower() in _SPEECH
            or _written_words_run(document, token)
            or (
                token.text.lower() in _CHARACTERISING
                and 0 <= quote.start - token.end <= 40
                and not re.search(r"[.;]", document.text[token.end : quote.start])
            )
            # "had backed the Kozak plan as “a serious basis”": a verb whose object the quote
            # characterises (not "referred to as", "was described as": no object between)
            or (
                token.text.islower()
                and token.text.endswith("ed")
                and _OBJECT_AS_QUOTE.match(document.text, token.end, quote.start)
            )
        )
    ]
    if not verbs:
        author = _author_of_a_letter_asking(document, sentence, quote)
        if author is not None:
            return author
        # "Afterwards he was upbeat: “...”": a colon hands the quote to the sentence's subject.
        if re.search(r":\s*$", document.text[sentence.start : quote.start - 1]):
            return _subject_of_sentence(document, sentence, quote.start, quote)
        return _subject_of_modal(document, sentence, quote)
    return _speaker_from_verbs(document, quote, sentence, verbs)


# "a letter from President Millard Fillmore asking for “friendship, commerce ...”": what a
# letter from X asks, urges or proposes in quotes is X's
_LETTER_FROM_ASKING = re.compile(
    rf"\b(?:{_STATEMENT_WORDS})s?\s+from\s+(?P<author>[^,;.“”\"]{{1,60}}?)\s+"
    r"(?:asking|urging|calling|proposing|demanding|offering|promising|seeking)"
    r"(?:\s+(?:for|on|that))?\s+[“\"]$"
)


def _written_words_run(document: Document, token) -> bool:
    """Whether the token is the "ran" of "”, his message ran"."""
    match = _WHAT_IS_WRITTEN_RUNS.search(document.text, max(0, token.start - 40), token.end)
    return match is not None and match.end() == token.end


def _author_of_a_letter_asking(document: Document, sentence, quote) -> Mention | None:
    match = _LETTER_FROM_ASKING.search(document.text, sentence.start, quote.start)
    if match is None:
        return None
    for mention in document.mentions_between(match.start("author"), match.end("author")):
        if mention.via not in ("post", "demonym"):
            return mention
    return None


def _subject_of_modal(document: Document, sentence, quote) -> Mention | None:
    """ "a compromise under which Jakarta would “create the conditions”", "Hamas will
    “never disarm”": the words a party commits to are that party's, whoever reports them."""
    text = document.text
    for mention in reversed(document.mentions_between(sentence.start, quote.start)):
        if mention.via in ("post", "demonym"):
            continue
        if _MODAL_BEFORE_QUOTE.match(text[mention.end : quote.start]):
            return mention
        return None
    return None


def _speaker_from_verbs(document: Document, quote, sentence, verbs) -> Mention | None:
    # The verb just after the quote (”, X said) comes first, then the nearest before it.
    after = [verb for verb in verbs if verb.start >= quote.end]
    before = [verb for verb in verbs if verb.end <= quote.start]
    ordered = []
    # "Kallas said the bloc welcomed “any step ...”", "Ziegler told reporters that the President
    # regarded it as “a model ...”": a verb characterising the quote inside what a person says
    # is that person's wording, so he speaks, not the reported subject. A body's statement
    # ("the ministry said Wang backed “...”") reports the words of the one it names.
    reporter = _reporting_verb_around(document, before, quote)
    if reporter is None and after and after[0].text.lower() == "according" and before:
        # "Butler said the deal “can work”, according to a statement from the commission": the
        # person who said it speaks, the statement only reports him
        reporter = before[-1] if before[-1].text.lower() in _REPORTING_VERBS else None
    if reporter is not None:
        speaker = subject_of(document, reporter, sentence, quote)
        if speaker is not None and document.is_person(speaker.ref):
            return speaker
    # "X telephoned Y to praise his “courage”, the ministry said": who praised is who is
    # quoted; the verb after the quote says who reported it.
    if before and _takes_the_quote(document, before[-1], quote):
        ordered.append(before[-1])
    if after and _ends_clause(document.text[quote.end : after[0].start]):
        ordered.append(after[0])
    ordered += list(reversed(before)) + after
    for verb in ordered:
        speaker = subject_of(document, verb, sentence, quote)
        if speaker is not None:
            return speaker
    return None


_REPORTING_VERBS = set(SPEECH_VERBS) - _CHARACTERISING - {"according"}


def _reporting_verb_around(document: Document, before, quote):
    """The speech verb ("said", "told") whose reported clause holds the verb that characterises
    the quote ("welcomed", "rejected ... as", "regarded ... as"), with no sentence break, comma,
    quote or semicolon between them; None where the verb nearest the quote is a speech verb."""
    if len(before) < 2 or before[-1].text.lower() in _REPORTING_VERBS:
        return None
    characterising = before[-1]
    for verb in reversed(before[:-1]):
        if verb.text.lower() in _REPORTING_VERBS and verb.text.islower():
            gap = document.text[verb.end : characterising.start]
            # "X spoke with Y, a spokesman said, and urged him ...": a speech verb set between
            # commas reports the whole sentence, not a clause of its own
            if re.search(r"[.,;:“”\"]", gap):
                return None
            return verb
    return None


def _takes_the_quote(document: Document, verb, quote) -> bool:
    """Whether a verb of characterising stands right before the quote as its object
    ("praise his “courage”", "renounced “the use of ...”"), with nothing but a few words
    between them."""
    gap = document.text[verb.end : quote.start]
    return (
        verb.text.lower() in _CHARACTERISING
        and verb.text.lower() not in _SPEECH
        and len(gap) <= 25
        and not re.search(r"[.;,:]", gap)
    )


def _ends_clause(gap: str) -> bool:
    """”, Blinken said" and ”, said X": between the quote and the verb, only the speaker, who
    may be described by an appositive ("”, Mossa Ag Attaher, a spokesman for the rebels,
    told")."""
    return bool(
        re.match(
            r"^[”\"’'»,.!?\s]*(?:(?:[A-Z][\w’'.-]*|he|she|they|it|also|later|then|the|a|an|[a-z]+"
            r"(?:man|woman|person|minister|official|leader|chief|envoy|negotiator))[\s,]+)*"
            # ", one of the hereditary chiefs,": an appositive of one among many too
            r"(?:(?<=,\s)(?:a|an|the|one\s+of)\s+[^,;.“”\"]{1,80},\s*)?"
            r"(?:(?:is|was|are|were)\s+(?:reported|said|understood|believed)\s+to\s+have\s+)?$",
            gap,
        )
    )


# "according to Hamas officials", "according to a statement from the presidency"; "a statement
# issued in New York by the Standard Oil Company", "a communique from the party's Central
# Committee": the place it was issued and the owner of the body may stand before the name
_ACCORDING_TO_THE_BODY = re.compile(
    r"^\s+to\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:(?:issued|released|published)\s+(?:(?:in|at)\s+(?:[A-Z][\w.-]*\s+){1,3})?by\s+|"
    r"(?:from|of|by)\s+)?(?:the\s+)?(?:[a-z]+[’']s\s+)?$"
)
_ACCORDING_TO_ITS_POST = re.compile(
    rf"^\s+to\s+an?\s+(?:{_STATEMENT_WORDS})\s+from\s+(?:its|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+,\s+$"
)
_ACCORDING_TO_ITS_OWN = re.compile(
    rf"\s+to\s+an?\s+(?:{_STATEMENT_WORDS})\s+from\s+(?:its\b|the\s+(?:party|group|movement|"
    r"union|guild|church|federation|alliance|front|committee|council)\b(?![’'-]))"
)


_QUOTED_A_PRONOUN = re.compile(r"\bquoted\s+(?P<pronoun>him|her)\s+as\s+$")
# "”, he was quoted by Israeli radio as saying": the pronoun quoted is the one the sentence
# before names, as in "he said" (r69speakers)
_A_PRONOUN_WAS_QUOTED = re.compile(
    r"\b(?P<pronoun>(?i:he|she))\s+was\s+quoted\s+(?:by\s+[^,;“”\"]{1,40}?\s+)?as\s+$"
)


def subject_of(document: Document, verb, sentence, quote) -> Mention | None:
    text = document.text
    if verb.text.lower() == "according":
        # "according to a statement from the presidency", "according to Hamas officials"
        window_end = min(sentence.end, verb.end + 80)
        for mention in document.mentions_between(verb.end, window_end):
            gap = text[verb.end : mention.start]
            if _ACCORDING_TO_THE_BODY.match(gap):
                return _body_of_the_state(document, mention, window_end)
            # "according to a statement from its leader, Preston Manning": the person the
            # appositive names speaks (tune46d)
            if document.is_person(mention.ref) and _ACCORDING_TO_ITS_POST.match(gap):
                return mention
        # "according to a statement from the party", "... from its Assembly's commission":
        # the body named before speaks (tune46d)
        owner = _ACCORDING_TO_ITS_OWN.match(text, verb.end, window_end)
        if owner is not None:
            return _antecedent(document, sentence, verb.start, "it")
        return None
    if verb.text.lower() in _SUBJECT_GERUNDS:
        # "rejected the deal, with its leader X calling the summit “a show”": the gerund of an
        # absolute "with" phrase has its own subject, the name right before it
        for mention in document.mentions_between(sentence.start, verb.start):
            if re.fullmatch(r"\s+", text[mention.end : verb.start]) and _WITH_ITS.search(
                text[sentence.start : mention.start]
            ):
                return mention
    if verb.text.lower() in _SUBJECT_GERUNDS:
        # "”, X was quoted as saying by the news agency": who was quoted
        quoted = [
            mention
            for mention in document.mentions_between(sentence.start, verb.start)
            if re.fullmatch(r"\s+(?:was|were)\s+quoted\s+as\s+", text[mention.end : verb.start])
        ]
        if quoted:
            return quoted[-1]
        # "”, the Antara news agency quoted him as telling a rally": the pronoun the reporter
        # quotes, the person the sentence before names (tune45d)
        quoted_pronoun = _QUOTED_A_PRONOUN.search(text, sentence.start, verb.start)
        if quoted_pronoun is not None:
            pronoun = "he" if quoted_pronoun.group("pronoun").lower() == "him" else "she"
            return _antecedent(document, sentence, quoted_pronoun.start(), pronoun)
        pronoun_quoted = _A_PRONOUN_WAS_QUOTED.search(text, sentence.start, verb.start)
        if pronoun_quoted is not None:
            pronoun = pronoun_quoted.group("pronoun").lower()
            return _antecedent(document, sentence, pronoun_quoted.start(), pronoun)
    if verb.text.lower() in _SUBJECT_GERUNDS or _word_before_verb(text, verb, quote) == "to":
        # "Blinken said ..., adding ...": the subject of the sentence's earlier speech verb;
        # "Lapid turned them down, saying ...": the subject of the sentence.
        earlier = [
            other
            for other in document.tokens[sentence.first_token : verb.index]
            if other.text.lower() in _SPEECH and other.text.lower() not in _SUBJECT_GERUNDS
        ]
        for other in reversed(earlier):
            speaker = subject_of(document, other, sentence, quote)
            if speaker is not None:
                return speaker
            if _UNNAMED_SPEAKER_BEFORE.search(text[sentence.start : other.start]):
                # "Iran has yet to answer, an Iranian official said, adding that Tehran “...”":
                # who adds is the unnamed official, not the sentence's subject
                return None
        joined = _subject_of_the_clause_a_gerund_follows(document, sentence, verb)
        if joined is not None:
            return joined
        return _subject_of_sentence(document, sentence, verb.start, quote)
    owned = _OWNED_VOICE.match(text[sentence.start : verb.start])
    if owned is None and quote.start <= sentence.start + 2 and quote.end <= verb.start:
        owned = _OWNED_VOICE_AFTER_QUOTE.match(text[quote.end : verb.start])
    if owned is None:
        # "GM rejected it, and its spokesman told reporters": the second clause's owned voice
        # is the owner's, named in the first (tune44d)
        later = _OWNED_VOICE_AFTER_AND.search(text, sentence.start, verb.start)
        if later is not None and not any(
            document.is_person(mention.ref)
            for mention in document.mentions_between(later.end(), verb.start)
        ):
            return _antecedent(document, sentence, later.start("owner"), "it")
    if owned is not None and not any(
        # "Its leader, former prime minister X, said": the person named speaks
        document.is_person(mention.ref)
        for mention in document.mentions_between(sentence.start, verb.start)
    ):
        # "The X Committee rejected the accord. Its statement, issued in Cairo, called it
        # “...”": the voice a possessive owns is its owner's, named before
        # "their council": a body's, read as "its" (tune44d)
        owner = "it" if owned.group("owner").lower() in ("its", "their") else "he"
        return _antecedent(document, sentence, sentence.start, owner)
    if _a_document_speaks(document, sentence, verb):
        return None
    in_sentence = document.mentions_between(sentence.start, sentence.end)
    mentions = [
        m
        for m in in_sentence
        if m.via not in ("post", "demonym") and not _inside_another(m, in_sentence)
    ]
    # "”, said X", "”, said X, a spokesman for Y": the mention right after a verb that follows
    # the quote; "said the rebels had ..." before a quote is a clause, not the speaker.
    inverted = verb.start >= quote.end and _ends_clause(text[quote.end : verb.start])
    # "”, X told AFP": whom one tells is not who speaks.
    addressed = verb.text.lower() in ("told", "tells")
    # "”, Mr. Trist wrote to Secretary of State James Buchanan": the subject named between the
    # quote and the verb speaks, not a name after the verb
    named_before = any(quote.end <= m.start and m.end <= verb.start for m in mentions)
    for mention in mentions if inverted and not addressed and not named_before else []:
        if (
            mention.start >= verb.end
            and (
                re.match(
                    r"^\s*(?:on\s+\w+\s+)?(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:spokes\w+|official|aide|adviser|advisor|statement)\s+(?:for|of|from)\s+"
                    r"(?:the\s+)?)?$",
                    text[verb.end : mention.start],
                )
                # "said its president, X", "said party leader X": the post set before his name
                or _POST_BEFORE_THE_NAME.match(text[verb.end : mention.start])
                # "said Sen. Marco Rubio", "said Lt. Gen. X": an abbreviated title; "said the
                # Rev. X", "said the Hon. X": one the name takes with an article
                or re.fullmatch(
                    r"\s+(?:the\s+)?(?:[A-Z][a-z]{1,4}\.\s+){1,2}", text[verb.end : mention.start]
                )
                # "said Archbishop Marcel Utembi", "said Father X": a title the name leaves out
                or _TITLE_BEFORE_THE_NAME.fullmatch(text[verb.end : mention.start])
                # "said its president, Archbishop Zacarias Kamwenho": the post, then the title
                or _post_then_title(text[verb.end : mention.start])
            )
            and not (quote.start <= mention.start < quote.end)
        ):
            return _person_of_the_body_named(document, mentions, mention)
    # "“...,” a Foreign Ministry spokesman said": a ministry of no state's name speaks for its
    # state (r67spokesman)
    bare = _A_BARE_MINISTRY_SPOKESMAN.search(text, sentence.start, verb.start)
    if bare is not None:
        state = _state_of_a_bare_ministry(document, bare, verb, quote)
        if state is not None:
            return state
    # "X said", "X, a spokesman for Y, said": the mention right before the verb.
    before = [mention for mention in mentions if mention.end <= verb.start]
    if (
        before
        and re.fullmatch(r"\s+", text[before[-1].end : verb.start])
        and _A_MEMBER_OF.search(text, sentence.start, before[-1].start)
    ):
        return None
    for position in range(len(before) - 1, -1, -1):
        mention = before[position]
        # "Azerbaijan's foreign ministry spokesman said": an unnamed spokesman speaks for
        # the body (a named one is the speaker himself, read as a post or a name). "The
        # Liberation Tigers (LTTE), who ..., said": the bracket closes the name.
        gap = _UNNAMED_VOICE.sub("", _after_bracket(text[mention.end : verb.start]))
        if not document.is_person(mention.ref):
            # "The Masjumi party, the largest in the cabinet, said": the common noun after a
            # body's name is part of its subject (tune45d)
            gap = _BODY_NOUN_AFTER_ITS_NAME.sub("", gap)
        # "X, president of the Y Commission, had told reporters": the auxiliary belongs to the
        # verb, the comma before it still closes the appositive (tune43f)
        if re.search(r",\s*$", _AUXILIARY_AT_END.sub("", gap)):
            # "Roland Dumas, who co-chaired the conference with Ali Alatas, warned": a name
            # closing a clause between commas is not the subject; the clause's subject is
            subject = _subject_of_clause(document, sentence, quote, verb)
            if subject is not None and subject.end <= mention.end:
                inserted = _AUXILIARY_AT_END.sub("", text[subject.end : verb.start])
                # "Hull, in a statement issued by the State Department, called": the aside
                # a preposition opens names no subject
                if _INSERTED_CLAUSE.match(inserted) or _ASIDE.match(inserted):
                    return subject
        for earlier in range(position - 1, -1, -1):
            # "Hezbollah, represented in Doha by its bloc leader Mohammad Raad, said": the
            # name inside a participle's phrase between commas is not the subject
            if _PASSIVE_PARTICIPLE_CLAUSE.match(text[before[earlier].end : verb.start]):
                return before[earlier]
            # "the company, which is owned by TC Energy, said": the name closing a relative
            # clause between commas is not the subject; the clause's antecedent is
            if re.fullmatch(r",\s*", gap) and _RELATIVE_CLAUSE.match(
                _after_bracket(text[before[earlier].end : verb.start])
            ):
                return before[earlier]
        if _RELATIVE_PRONOUN.match(gap):
            # "Rouhani, who hailed the deal as “a first step”", "Hamas, which called it ...":
            # the verb is the relative clause's own, said of its antecedent.
            return mention
        if _BETWEEN_SUBJECT_AND_VERB.match(gap) or re.match(r"^\s*(?:told|to)\b", gap):
            return _head_of_apposition(document, before, position)
        # "Begin, who had threatened on Thursday to leave, called it “a great day”"; "”, Mossa
        # Ag Attaher, a spokesman for the rebel coalition, told AFP".
        if (
            _RELATIVE_CLAUSE.match(gap)
            or _APPOSITIVE.match(gap)
            or _BARE_POST_APPOSITIVE.match(gap)
            or _PARTICIPLE_CLAUSE.match(gap)
            or _ASIDE.match(gap)
            or _DESCRIBING_ASIDE.match(gap)
        ):
            return mention
        if (
            position > 0
            and (
                _APPOSITIVE.match(text[before[position - 1].end : verb.start])
                # "Deng Xiaoping, China's senior leader, who told her ...": the relative clause
                # after an appositive is said of the name the appositive describes
                or _APPOSITIVE_AND_RELATIVE.match(text[before[position - 1].end : verb.start])
            )
        ):
            return before[position - 1]
        # "Ulyanov, who met Bagheri Kani on Aug. 5, wrote": the relative clause's antecedent.
        # "Blinken, after meeting Sisi in Cairo, said": the subject before the aside.
        for earlier in range(position - 1, -1, -1):
            gap = _after_bracket(text[before[earlier].end : verb.start])
            if _RELATIVE_CLAUSE.match(gap) or _ASIDE.match(gap) or _PARTICIPLE_CLAUSE.match(gap):
                return before[earlier]
        break
    # "“...,” the statement said", "“...,” the note said": the statement an earlier sentence
    # attributed.
    the_statement = _THE_STATEMENT_BEFORE.search(text, sentence.start, verb.start)
    if the_statement is not None:
        return _author_of_last_statement(
            document, sentence.start, the_statement.group("noun").lower()
        )
    # "he said": the person named last before the quote, or the subject of the sentence
    # before it.
    subject = _word_before(text, _before_a_hedge(text, sentence.start, verb.start))
    if not _word_before_verb(text, verb, quote):
        subject = ""
    if subject in ("he", "she") and re.search(
        r",\s+[a-z]+ing\s+[^,;“”\"]*\b(?:what|as)\s+(?:he|she)\s+$",
        text[sentence.start : verb.start],
    ):
        # "X received Y on Monday, thanking them for what he called “...”": the pronoun in the
        # participle's clause is the sentence's subject, the one who thanks
        opening = _subject_of_sentence(document, sentence, verb.start, quote)
        if opening is not None and document.is_person(opening.ref):
            return opening
    if subject in ("he", "she") or _THE_SPOKESMAN_BEFORE.search(text[sentence.start : verb.start]):
        body = _body_of_a_spokesman_just_before(
            document, sentence, min(verb.start, quote.start), quote
        )
        if body is not None:
            return body
    if subject in _PRONOUNS:
        return _antecedent(document, sentence, min(verb.start, quote.start), subject)
    # "the Cypriot president said", "said the minister": the person of that post named before.
    post = _POST_BEFORE.search(text[sentence.start : verb.start])
    if inverted and post is None:
        post = _POST_AFTER.match(text[verb.end : sentence.end])
    if post is not None:
        return _person_of_post(document, post.group("post"), min(verb.start, quote.start))
    people = _A_SPOKESMAN_FOR_A_PEOPLE.search(text[sentence.start : verb.start])
    if people is None and inverted:
        people = _A_SPOKESMAN_FOR_A_PEOPLE_AFTER.match(text[verb.end : sentence.end])
        offset = verb.end
    else:
        offset = sentence.start
    if people is not None:
        # "a spokesman for the British delegation said", "an Israeli spokesman said": the
        # state of the people named speaks
        where = people.start("people") if people.group("people") else people.start("other")
        state = _state_named_at(document, offset + where) or _state_whose_name_opens_with(
            document, people.group("people") or people.group("other"), verb.start
        )
        if state is not None:
            return state
    spokesman = _AN_UNNAMED_SPOKESMAN.search(text[sentence.start : verb.start])
    if spokesman is None and inverted:
        spokesman = _AN_UNNAMED_SPOKESMAN_AFTER.match(text, verb.end, sentence.end)
    if spokesman is not None:
        body = _body_of_unnamed_spokesman(document, sentence, spokesman, verb)
        if body is None and (spokesman.groupdict().get("head") or "").lower() in _OF_A_STATE:
            body = _state_his_report_opens_with(document, verb, quote)
        return body
    described = _THE_BODY_NOUN_BEFORE.search(text, sentence.start, verb.start)
    if described is not None:
        body = _body_called_by_a_common_noun(document, sentence, described.group("noun"), verb)
        if body is not None:
            return body
    # "Merkel spoke of “...”, but warned that “...”": a second predicate of the subject.
    if re.search(
        r"\b(?:and|but)\s+(?:(?:also|later|then|\w+ly)\s+)?$", text[sentence.start : verb.start]
    ) or _AND_WHEN.search(text[sentence.start : verb.start]):
        return _subject_of_sentence(document, sentence, verb.start, quote)
    return None


# ", an Iranian official said": an unnamed person as the subject right before a speech verb
_UNNAMED_SPEAKER_BEFORE = re.compile(
    r"(?:^|[,;]\s+)(?:a|an|one|another)\s+(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(UNNAMED_PERSON_NOUNS - {'spokesman', 'spokeswoman', 'spokesperson'}))})"
    r"\s+(?:(?:also|later|then|\w+ly)\s+)?$",
    re.IGNORECASE,
)


# "A spokesman said", "a spokeswoman for the commissioner said": an unnamed spokesman speaks for
# the post he names, else for the body his sentence (or the one before) opens with.
_AN_UNNAMED_SPOKESMAN = re.compile(
    # "A Time Warner spokeswoman": the name of two capitalised words the spokesman goes by
    r"\b(?:a|an)\s+(?:(?P<head>(?-i:[A-Z][\w&’'-]*\s+[A-Z][\w&’'-]*)|[\w-]+)\s+)?"
    r"spokes(?:man|woman|person)"
    rf"(?:\s+for\s+the\s+(?:(?:[\w’'-]+\s+){{0,2}}?(?P<post>{'|'.join(SPEAKER_POSTS)})|"
    # "a spokesman for the dissidents said": the body a common noun calls back (tune44d)
    r"(?P<group>(?-i:[a-z][\w’'-]*))))?"
    r"\s+(?:(?:also|later|then|\w+ly)\s+)?$",
    re.IGNORECASE,
)
# "”, said a spokesman for the union.": the same unnamed spokesman after the verb (tune44d)
_AN_UNNAMED_SPOKESMAN_AFTER = re.compile(
    r"\s+(?P<post>)?(?:a|an)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+for\s+the\s+"
    r"(?P<group>[a-z][\w’'-]*)\s*[.;]",
    re.IGNORECASE,
)
# "one member of the Dail said": a member unnamed speaks for himself, not for the body
_A_MEMBER_OF = re.compile(
    r"\b(?:a|an|one|another)\s+(?:[\w’'-]+\s+){0,2}?members?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# An unnamed spokesman for a state's delegation or government, or named by the state's demonym
_SPOKESMAN_OF_A_PEOPLE = (
    # "an Israeli Government spokesman": the government's word may be written in capitals
    r"(?:(?i:an?)\s+(?P<people>[A-Z][\w’'-]+)\s+(?:(?i:government)\s+)?spokes(?:man|woman|person)|"
    r"(?i:an?|the)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+for\s+the\s+"
    # "a spokesman for the American Embassy": the head noun may be written in capitals
    r"(?P<other>[A-Z][\w’'-]+)\s+(?i:delegation|government|side|team|embassy|mission))"
)
_A_SPOKESMAN_FOR_A_PEOPLE = re.compile(
    rf"\b{_SPOKESMAN_OF_A_PEOPLE}\s+"
    # "An Ethiopian Government spokesman in Addis Ababa said": the capital he speaks from
    r"(?:in\s+(?:[A-Z][\w’'-]*\s+){1,3})?(?:(?:also|later|then|\w+ly|on\s+\w+)\s+)?$"
)
_A_SPOKESMAN_FOR_A_PEOPLE_AFTER = re.compile(rf"\s+{_SPOKESMAN_OF_A_PEOPLE}\b")


def _state_named_at(document: Document, offset: int) -> Mention | None:
    for mention in document.mentions_between(offset, offset + 40):
        if mention.start == offset and document.is_state(mention.ref):
            return mention
    return None


def _state_whose_name_opens_with(document: Document, word: str, offset: int) -> Mention | None:
    """ "a spokesman for the Ottoman delegation": the state named before by a name that opens
    with the people's word ("the Ottoman Empire", called "the Porte" since) (tune45d)."""
    for mention in reversed(document.mentions_between(0, offset)):
        if document.is_state(mention.ref) and document.actor_name(mention.ref).startswith(
            f"{word} "
        ):
            return mention
    return None


# "Its statement, issued in Cairo,", "His spokesman": a voice its possessive owns, as a subject
_OWNED_VOICE_NOUN = (
    r"(?:[\w-]+\s+)?(?:statement|communiqu[eé]|letter|message|spokes(?:man|woman|person)"
    r"|leaders?|office|council|committee"
    # "the Church Union ... said it rejected the statement. “...,” its general secretary said":
    # a body's officer unnamed speaks for it, as its leader does
    r"|secretary|secretary-general|president|chairman|chairwoman)"
)
_OWNED_VOICE = re.compile(
    # "In a statement their central committee called it": an adverbial may open (tune44d)
    r"^\W*(?:In\s+an?\s+(?:[\w-]+\s+)?statement,?\s+(?=[a-z]))?"
    r"(?P<owner>(?i:its|his|her|their))\s+" + _OWNED_VOICE_NOUN + r"(?:,[^,;“”\"]*,)?\s+"
    r"(?:(?:also|later|then|\w+ly)\s+)?$"
)
# "GM rejected it, and its spokesman told reporters"
_OWNED_VOICE_AFTER_AND = re.compile(
    r",?\s+and\s+(?P<owner>its|their)\s+" + _OWNED_VOICE_NOUN + r"\s+"
    r"(?:(?:also|later|then|\w+ly)\s+)?$"
)
# "“...,” their council said": the owned voice right after the quote that opens the sentence
_OWNED_VOICE_AFTER_QUOTE = re.compile(
    r"^[,”\"\s]*(?P<owner>its|his|her|their)\s+" + _OWNED_VOICE_NOUN + r"\s+"
    r"(?:(?:also|later|then|\w+ly)\s+)?$"
)


_THE_SPOKESMAN_BEFORE = re.compile(r"\bthe\s+spokes(?:man|woman|person)\s+$", re.IGNORECASE)
_A_SPOKESMAN_FOR = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+for\s+(?:the\s+)?", re.IGNORECASE
)


def _body_of_the_state(document, mention, window_end) -> Mention:
    """ "according to a statement from Qatar's foreign ministry": the state's body that follows
    its possessive speaks, not the state."""
    for other in document.mentions_between(mention.start, window_end):
        if document.is_person(other.ref) or other.end <= mention.end:
            continue
        if other.start == mention.start or re.fullmatch(
            r"[’']s\s+", document.text[mention.end : other.start]
        ):
            return other  # "Qatar's foreign ministry" read whole, or after "Qatar's"
    return mention


def _body_of_a_spokesman_just_before(document, sentence, offset, quote) -> Mention | None:
    """ "A spokesman for the NRA said the guerrillas would wait. “...,” he said": the unnamed
    spokesman of this sentence or the one before speaks for the body he is a spokesman for,
    when no person is named since (else "he" is that person)."""
    start = (document.sentence_before(sentence) or sentence).start
    text = document.text
    spokesmen = list(_A_SPOKESMAN_FOR.finditer(text, start, offset))
    if not spokesmen:
        return _body_of_an_unnamed_spokesman_before(document, sentence, offset, quote)
    after = spokesmen[-1].end()
    named = [
        m
        for m in document.mentions_between(after, offset)
        if m.via != "demonym" and not document.in_quote(m.start, m.end)
    ]
    at_once = [m for m in named if m.start == after]
    if not at_once:
        return None
    body = max(at_once, key=lambda m: m.end)  # "the Uganda Freedom Movement", not "Uganda"
    if document.is_person(body.ref) or re.match(r"\s+[A-Z]", text[body.end : body.end + 2]):
        return None  # a person; a name read only in part ("Uganda" of "Uganda Freedom ...")
    if any(document.is_person(m.ref) for m in named if m.start >= body.end):
        return None  # "... Museveni arrived later. “...,” he said": the person named since
    return body


# "a government spokesman", "a ministry spokesman": the word of a state's own voice, which names
# no body of its own (not "a Hamas spokesman", not "a party spokesman")
_OF_A_STATE = {"government", "ministry"}
# "A government spokesman said Bonn reserved its position and would “examine the text”": what
# opens a spokesman's report after the verb, a day or "that" between
_REPORT_OPENS = re.compile(
    r"\s+(?:(?:today|tonight|yesterday|(?:on|last|this|late|early)\s+\w+)\s+)*(?:that\s+)?"
)


def _state_his_report_opens_with(document, verb, quote) -> Mention | None:
    """The state a spokesman whom no body's name goes with ("a government spokesman") reports
    on as the subject of his words ("said Bangladesh had accepted ... , “so long as ...”"): a
    government's spokesman speaks for the state whose stand he gives, not for himself."""
    opening = _REPORT_OPENS.match(document.text, verb.end)
    if opening is None or opening.end() >= quote.start:
        return None
    for mention in document.mentions_between(opening.end(), quote.start):
        if (
            mention.start == opening.end()
            and mention.via not in ("post", "demonym", "anaphor")
            and document.is_state(mention.ref)
        ):
            return mention
    return None


def _body_of_an_unnamed_spokesman_before(document, sentence, offset, quote) -> Mention | None:
    """ "An Israeli Government spokesman said Israel had taken note. “...,” he said": "he" is
    the unnamed spokesman who speaks in the sentence before, for the body read there, when no
    person is named since."""
    earlier = document.sentence_before(sentence)
    if earlier is None or document.in_quote(earlier.start, earlier.end):
        return None
    text = document.text
    if any(
        document.is_person(m.ref) and m.via != "demonym" and not document.in_quote(m.start, m.end)
        for m in document.mentions_between(earlier.start, offset)
    ):
        return None
    for token in document.tokens[earlier.first_token : earlier.last_token]:
        if token.text.lower() not in _REPORTING_VERBS or document.in_quote(token.start):
            continue
        before = text[earlier.start : token.start]
        if (
            _A_SPOKESMAN_FOR_A_PEOPLE.search(before)
            or _AN_UNNAMED_SPOKESMAN.search(before)
            or _A_BARE_MINISTRY_SPOKESMAN.search(before)
        ):
            return subject_of(document, token, earlier, quote)
        return None
    return None


# "a Foreign Ministry spokesman in New Delhi said": a spokesman unnamed for a ministry the
# article calls by its portfolio alone, no state's name or people's word before it (not "a
# Soviet Foreign Ministry spokesman", not "a spokesman for the Norwegian foreign ministry"; not
# "a Foreign Office spokesman", the office's own name), and the capital he may speak from
_A_BARE_MINISTRY_SPOKESMAN = re.compile(
    r"\b(?:a|an)\s+(?P<ministry>(?:"
    + "|".join(sorted(MINISTRY_PORTFOLIOS, key=len, reverse=True))
    + r")\s+ministry)\s+spokes(?:man|woman|person)\s+"
    r"(?:in\s+(?P<capital>(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){0,2})\s+)?"
    r"(?:(?:also|later|then|\w+ly|on\s+\w+)\s+)?$",
    re.IGNORECASE,
)
# "NEW DELHI, Jan. 25 (Reuters) -": the city a report is filed from, in capitals
_DATELINE_CITY = re.compile(r"\s*(?P<city>(?-i:[A-Z][A-Z .’'-]*[A-Z]))\s*[,(]")
_COUNTRY_OF_CAPITAL = {
    capital.casefold(): code for code, capitals in CAPITALS.items() for capital in capitals
}


def _state_of_a_bare_ministry(document, spokesman, verb, quote) -> Mention | None:
    """ "A Foreign Ministry spokesman in New Delhi said India welcomed the statement": a ministry
    called by its portfolio alone, which the tracker does not record, is its state's voice, as a
    government's spokesman is, and the state speaks: the one his report opens with, else the one
    whose capital he speaks from, else the one whose capital the dateline names (the wire's
    "Foreign Ministry" is the one of the capital it files from). None for a recorded ministry,
    which speaks for itself, and where no state is found."""
    if any(
        ":new:" not in mention.ref
        for mention in document.mentions_between(
            spokesman.start("ministry"), spokesman.end("ministry")
        )
    ):
        return None
    opening = _state_his_report_opens_with(document, verb, quote)
    if opening is not None:
        return opening
    capital = spokesman.group("capital")
    if capital is None:
        dateline = _DATELINE_CITY.match(document.text)
        capital = dateline.group("city") if dateline is not None else ""
    code = _COUNTRY_OF_CAPITAL.get(capital.casefold())
    state = document.gazetteer.state_of_country(code) if code else None
    if state is None:
        return None
    named = [
        mention
        for mention in document.mentions_between(0, verb.start)
        if mention.ref == f"actor:{state}" and mention.via not in ("post", "demonym")
    ]
    return named[-1] if named else None


def _body_of_unnamed_spokesman(document, sentence, spokesman, verb) -> Mention | None:
    if spokesman.group("post"):
        return _person_of_post(document, spokesman.group("post"), verb.start)
    head = spokesman.groupdict().get("head") or ""
    if head[:1].isupper():
        named = _body_the_head_names(document, head, verb.start)
        if named is not None:
            return named
    group = spokesman.groupdict().get("group")
    if group:
        headed = _body_headed_by(document, sentence, group, verb.start)
        if headed is None:
            headed = _body_headed_by_in_paragraph(document, sentence, group, verb.start)
        if headed is not None:
            return headed
    body = _body_of_unnamed_spokesman_of_any(document, sentence, verb)
    if (
        body is not None
        and group
        and not re.search(
            # "a spokesman for the union": a body the article wrote with that head word (tune44d)
            rf"\b{re.escape(group)}\b",
            body.text_in(document.text),
            re.IGNORECASE,
        )
        and not _called_back_by(document, body, group)
    ):
        return None
    return body


def _body_the_head_names(document, head: str, offset: int) -> Mention | None:
    """ "“The door is always open,” a Forum spokeswoman said": the body a spokesman's
    capitalised head word names, the last one drafted before whose name or written form ends
    with it ("the Pacific Islands Forum", "the Forum"); not a person ("a Carter spokesman" is
    no body's)."""
    words = head.lower().split()
    for mention in reversed(document.mentions_between(0, offset)):
        if mention.via == "demonym" or document.is_person(mention.ref):
            continue
        for name in (mention.text_in(document.text), document.actor_name(mention.ref)):
            if name.lower().replace("’", "'").split()[-len(words) :] == words:
                return mention
    return None


def _body_headed_by_in_paragraph(document, sentence, noun: str, offset: int) -> Mention | None:
    """ "A petition ... was turned down by the synod. “...,” a spokesman for the synod said":
    the body with that head named earlier in the spokesman's paragraph ("the Synod of Bishops"),
    further back than the sentences _body_headed_by reads; the paragraph is the one story."""
    return _last_body_headed_by(
        document, noun, paragraph_start(document.text, sentence.start), offset
    )


def _body_headed_by(document, sentence, noun: str, offset: int) -> Mention | None:
    """ "Acme rejected calls by the Farmers Foundation to close the mine. “...,” a spokeswoman
    for the foundation said": the body named last, in this sentence or the two before, whose
    name has the noun the spokesman is for as its head ("the Farmers Foundation", "the
    Association of Creditors"), rather than the subject of the sentence."""
    earlier = document.sentence_before(sentence) or sentence
    start = (document.sentence_before(earlier) or earlier).start
    return _last_body_headed_by(document, noun, start, offset)


def _last_body_headed_by(document, noun: str, start: int, offset: int) -> Mention | None:
    for mention in reversed(document.mentions_between(start, offset)):
        if document.is_person(mention.ref) or document.is_state(mention.ref):
            continue
        written = mention.text_in(document.text).lower().split()
        before_of = written[: written.index("of")] if "of" in written else []
        if noun.lower() in (written[-1:] + before_of[-1:]):
            return mention
    return None


# "“...,” the group said in a statement", "In a statement the association said": a body called
# by a common noun as the subject right before the speech verb
_THE_BODY_NOUN_BEFORE = re.compile(
    r"(?:^|[.,;:”\"]\s+|\bstatement,?\s+)[Tt]he\s+(?P<noun>[a-z]{4,})\s+"
    r"(?:(?:also|later|then|\w+ly)\s+)?$"
)
# Nouns any body may be called by, whatever its name: "the group" after "X, an alliance of
# ministers, said it accepted the settlement"
_ANY_BODY_NOUNS = {"group", "organisation", "organization", "body"}


def _body_called_by_a_common_noun(document, sentence, noun: str, verb) -> Mention | None:
    """The body "the party" or "the group" stands for as a subject that speaks: the body named
    just before whose name has that noun as its head; for a noun any body goes by, the body
    the sentence (or the one before) opens with."""
    headed = _body_headed_by(document, sentence, noun, verb.start)
    if headed is not None or noun not in _ANY_BODY_NOUNS:
        return headed
    return _body_of_unnamed_spokesman_of_any(document, sentence, verb)


def _called_back_by(document, body, group: str) -> bool:
    """ "The Inuit of X, who formed a dissident group of their own, rejected it. “...,” a
    spokesman for the dissidents said": the body's own sentence calls it by the common noun
    (its stem: "dissident" for "dissidents") (tune46d)."""
    stem = group.lower().removesuffix("s")
    if len(stem) < 4:
        return False
    sentence = document.sentence_at(body.start)
    return bool(
        re.search(rf"\b{re.escape(stem)}", document.text[body.end : sentence.end], re.IGNORECASE)
    )


def _body_of_unnamed_spokesman_of_any(document, sentence, verb) -> Mention | None:
    subject = _subject_of_sentence(document, sentence, verb.start, None)
    if subject is not None and not document.is_person(subject.ref):
        return subject
    earlier = document.sentence_before(sentence)
    if earlier is None:
        return None
    subject = _subject_of_sentence(document, earlier, earlier.end, None)
    if subject is not None and not document.is_person(subject.ref):
        return subject
    return None


_UNNAMED_VOICE = re.compile(
    r"^(?:[’']s)?\s+(?:chief\s+|deputy\s+|press\s+)?(?:spokes(?:man|woman|person)|"
    # "The CGT's leadership said": a body's leadership speaks for the body
    r"press\s+(?:secretary|office)|office|leadership|"
    # "the Regie's management said", "A Cuban foreign ministry statement called": a body's
    # management and its statement are its voice too
    r"management|statement|communiqu[eé])(?=\s)",
    re.IGNORECASE,
)
# "the Masjumi party", "the Houthi movement": the lower-case noun that says what a name is
_BODY_NOUN_AFTER_ITS_NAME = re.compile(r"^\s(?:party|movement|faction)\b")
# "had", "has also" right before a speech verb: part of the verb, not of the words before it
_AUXILIARY_AT_END = re.compile(r"(?<=,)\s+(?:had|has|have)(?:\s+(?:also|then|earlier))?\s+$")
_RELATIVE_PRONOUN = re.compile(r"^,\s+(?:who|which)\s+(?:(?:also|later|then|had|has|\w+ly)\s+)?$")
_MODAL_BEFORE_QUOTE = re.compile(
    r"^\s+(?:would|will|should|must|could|can|was\s+ready\s+to|were\s+ready\s+to)"
    r"(?:\s+(?:not|never|also|still|now))?\s+[“\"]$"
)


def _after_bracket(gap: str) -> str:
    return gap[1:] if gap.startswith(")") else gap


_OBJECT_AS_QUOTE = re.compile(
    r"\s+(?:the|a|an|his|her|its|their|this|that|[A-Z][\w’'-]*)\b[^,;.“”\"]{0,50}"
    # "rejected that April offer, spread over five years, as an “insult”": a participle's
    # aside on the object between commas, and an article before the quote
    r"(?:,\s+[a-z]+\b[^,;.“”\"]{0,40},)?\s+as\s+(?:(?:a|an)\s+)?[“\"]$"
)
# ", and earlier this month had backed": a second predicate after a time adverbial
_AND_WHEN = re.compile(
    r",\s+(?:and|but)\s+(?:earlier|later)\s+(?:this|that|last)\s+(?:week|month|year)\s+"
    r"(?:had|has|have)\s+$"
)
_APPOSITIVE_AND_RELATIVE = re.compile(
    r"^,\s+(?:a|an|the|[A-Z]\w*[’']s)\b[^,;“”\"]*,\s+who\s+(?:(?:also|later|then|had|has|\w+ly)\s+)?$"
)
_RELATIVE_CLAUSE = re.compile(r"^,\s+(?:who|whose|which)\b[^;:“”\"]*,\s*$")
_POSTS = "|".join(
    re.escape(post).replace(r"\ ", r"\s+") for post in sorted(SPEAKER_POSTS, key=len, reverse=True)
)
# "X, auxiliary bishop of Managua, told reporters", "X, president of the union, said": a post
# and its complement between commas, without an article, describe the speaker
_BARE_POST_APPOSITIVE = re.compile(
    r"^,\s+(?:(?:first|former|acting|deputy|vice|[a-z]+(?:ary|al|an|ive|ic))\s+){0,2}(?i:"
    + "|".join(
        re.escape(post).replace(r"\ ", r"\s+")
        for post in sorted(set(APPOSITIVE_POSTS) | SPEAKER_POSTS, key=len, reverse=True)
    )
    + r")\s+(?:of|for|to|at|in)\s+[^,;“”\"]*,\s*$"
)
# "the Cypriot president said", "the assistant secretary of state said": a post, with the
# complement of its portfolio, as the subject
_POST_BEFORE = re.compile(
    # not "a politician close to the archbishop said", "an aide to the president said": the
    # post inside the unnamed subject's phrase is not the subject
    rf"(?<!\bto\s)(?<!\bwith\s)\b[Tt]he\s+(?:[\w’'-]+\s+){{0,2}}?(?P<post>{_POSTS})"
    r"(?:\s+(?:of|for)\s+(?!the\b)[a-z][\w’'-]*)?\s+(?:also\s+|later\s+)?$",
    re.IGNORECASE,
)
# A title written in capitals right before a name ("Archbishop", "Father", "Chief Executive")
_TITLE_BEFORE_THE_NAME = re.compile(
    r"\s+(?:"
    + "|".join(
        re.escape(title).replace(r"\ ", r"\s+")
        for title in sorted({*PERSON_TITLES, *ACTOR_NAMING_TITLES}, key=len, reverse=True)
    )
    + r")\s+",
    re.IGNORECASE,
)
_POST_AFTER = re.compile(rf"^\s+the\s+(?:[\w’'-]+\s+){{0,2}}?(?P<post>{_POSTS})\b", re.IGNORECASE)


def _post_then_title(gap: str) -> bool:
    """ ", said its president, Archbishop X": a post and a comma, then a title before the name."""
    title = re.search(r",(\s+\S.*)$", gap)
    return bool(
        title
        and _TITLE_BEFORE_THE_NAME.fullmatch(title.group(1))
        and _POST_BEFORE_THE_NAME.match(gap[: title.start() + 1] + " ")
    )


_POST_BEFORE_THE_NAME = re.compile(
    rf"^\s+(?:(?:its|his|her|their|the)\s+)?(?:[\w’'-]+\s+){{0,2}}?(?:{_POSTS})"
    # "said Qatari Minister of State for Foreign Affairs X": the post's complement in capitals
    r"(?:\s+(?:of|for|to)(?:\s+(?:the|and|(?-i:[A-Z])[\w’'.-]*))+)*,?\s+$",
    re.IGNORECASE,
)
# "In Regencia, where the river meets the sea, a fisherman was unimpressed": a place or time
# may open the sentence before its unnamed subject, which no comma follows (not "The Badger,
# another headman, said", an appositive to a name) (tune44d)
_UNNAMED_SUBJECT = re.compile(
    r"^\W*(?:[^,]{0,40},\s+)?(?:a|an|one|another|two|three|some|several)\s+(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(UNNAMED_PERSON_NOUNS))})s?\b"
    # "At a diner across the Monongahela River from the Edgar Thomson works, a retired
    # steelworker shrugged": the place may take a long phrase (r67spokesman)
    r"|^\W*(?:(?:In|At|On|Outside|Near|Along|Across|Among|By|From)\s[^,“”\"]{0,80},\s+"
    r"(?:[^,“”\"]{0,60},\s+)?)?(?:a|an|one|another)\s+(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(UNNAMED_PERSON_NOUNS))}|{COMMON_PEOPLE})\b(?!,)"
    # "In the hotel lobby a shareholder from Lyons shook his head": a short place phrase of
    # lower-case words may stand before its unnamed subject without a comma (tune45d)
    r"|^\W*(?:In|At|On|Outside|Near|Along|Across|Among)\s+the\s+(?:[a-z]+\s+){1,3}?"
    r"(?:a|an|one|another)\s+(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(UNNAMED_PERSON_NOUNS))}|{COMMON_PEOPLE})\b(?!,)",
    re.IGNORECASE,
)
# What may stand before a sentence's subject: an adverbial ("On Friday, "), a title.
_BEFORE_SUBJECT = re.compile(
    # "U.S. Secretary of State John Kerry": "of" inside a post in capitals
    r"^\W*(?:[^,“”\"]{0,40},\s+)?"
    # "On February 10 Leon Trotsky broke off the talks": a date without a comma (tune45d)
    r"(?:(?:On|In|By)\s+(?:[A-Z][a-z]+\.?\s+)?\d{1,4}\s+)?"
    # "Later in the day, a member of his team, X, sounded more hopeful:": an appositive first
    r"(?:(?:a|an)\s+[^,“”\"]{0,40},\s+)?(?:(?:the|of(?=\s+[A-Z])|[A-Z][\w.’'-]*|"
    # "Former prime minister Yasuhiro Nakasone defied his party": the lower-case words a post
    # opens with (r69speakers)
    r"prime|former|deputy|vice|acting|"
    r"[a-z]*(?:man|woman|person|minister|"
    r"official|leader|chief|envoy|negotiator|president|general|chairman))\s+)*$"
)


# Between a subject and its verb, a clause between commas that describes the subject: a relative
# clause ("Bishop X of San Cristobal, who heads the commission,"), an appositive (", himself a
# former rebel,", ", leader of the Democratic Unionist Party,", ", the special envoy of the UN
# and the OAS who brokered the deal,"), which may end in a relative clause of its own.
_INSERTED_CLAUSE = re.compile(
    r"^(?:\s+of\s+[A-Z][^,;“”\"]*)?,\s+(?:(?:himself|herself)\s+)?"
    rf"(?:who|whose|which|a|an|the|[A-Z]\w*[’']s|(?:[\w-]+\s+){{0,2}}?(?:{_POSTS})\s+(?:of|for)"
    # "Valls, who had hailed the text as “a historic compromise”, said": a quote whole inside
    r")\b(?:[^;:“”\"]|[“\"][^;:“”\"]*[”\"])*,\s*$",
    re.IGNORECASE,
)


# A document as the subject ("The accord, drafted by X, urges", "The text calls for"): its
# words are the text's, no party's, whoever drafted or signed it. A "statement" is its author's.
_DOCUMENT_NOUNS = (
    r"document|text|accord|agreement|deal|protocol|declaration|resolution|treaty|charter|"
    r"memorandum|communiqu[eé]|draft|pact"
)
_DOCUMENT_SUBJECT = re.compile(
    rf"^\W*(?:the|this|that|its)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENT_NOUNS})"
    r"(?:,[^,;“”\"]*,)?\s+(?:(?:also|further|then|\w+ly)\s+)?$",
    re.IGNORECASE,
)
# "The agreement was signed by ... . It asks the UN to deploy “...”": "it" whose sentence
# before opens with a document
_DOCUMENT_OPENS = re.compile(
    rf"^\W*(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENT_NOUNS})\b(?![’'])",
    re.IGNORECASE,
)


def _a_document_speaks(document: Document, sentence, verb) -> bool:
    before_verb = document.text[sentence.start : verb.start]
    if _DOCUMENT_SUBJECT.match(before_verb):
        return True
    if not re.fullmatch(r"\W*It\s+(?:(?:also|further|then|\w+ly)\s+)?", before_verb):
        return False
    earlier = document.sentence_before(sentence)
    if earlier is None:
        return False
    return bool(_DOCUMENT_OPENS.match(document.text[earlier.start : earlier.end]))


def _subject_of_clause(document, sentence, quote, verb) -> Mention | None:
    """The subject of the verb's clause: of its sentence, or of the words after a quote that
    opens the sentence ("“...,” X, the special envoy, told reporters")."""
    if (
        quote.end <= verb.start
        and (
            quote.start <= sentence.start + 2
            # "The Front “rejects the draft,” X, secretary-general of ..., told": a comma
            # closing the quote hands the verb to the words after it
            or re.match(r",\s*[”\"]|[”\"]\s*,", document.text[quote.end : quote.end + 3])
        )
    ):
        after_quote = Sentence(quote.end, sentence.end, sentence.first_token, sentence.last_token)
        return _subject_of_sentence(document, after_quote, verb.start, quote)
    return _subject_of_sentence(document, sentence, verb.start, quote)


# "The hardline Coalition for the Defence of the Republic ... refused": an adjective between the
# opening "The" and the name
_THE_ADJECTIVE = re.compile(r"\W*The\s+[a-z]{3,}\s+")
_DATELINE = re.compile(r"[A-Z][A-Z .’'-]+,[^()\n“”\"]{0,40}\([A-Za-z]{2,10}\)\s*[-—–]+\s*")


# A sentence that opens on a subordinate clause ("When X appeared on the 10th, the Prime
# Minister laid ..."): its main clause's subject follows a comma, a post or a name before a verb.
_SUBORDINATE_OPENING = re.compile(
    r"\W*(?:When|After|Before|While|Once|Until|Although|Though)\s+(?:the\s+)?[A-Z]"
)
_MAIN_SUBJECT_POST = re.compile(
    rf",\s+the\s+(?:[\w’'-]+\s+){{0,2}}?(?P<post>(?i:{_POSTS}))\s+"
    r"(?!of\b|for\b|and\b|who\b|which\b|to\b|in\b|on\b|at\b)[a-z]{3,}\b"
)


# a sentence's opening phrase of place or time, closed by its comma: "In a video message to the
# assembly on Tuesday, ", "At a news conference in Geneva, "
_OPENING_PHRASE = re.compile(
    r"\W*(?:In|At|During|After|Before|Under|Through)\s+(?:a|an|the|his|her|its|their)\s+"
    r"[^,;:“”\"]{3,80}?,\s+"
    # "In El Salvador, the leftist Farabundo Marti National Liberation Front ... rejected":
    # the place a report comes from is no subject, though its name is a state's
    r"|\W*In\s+(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*,\s+"
)
# after an opening phrase the subject's article is in lower case: "In El Salvador, the leftist X"
_THE_ADJECTIVE_AFTER_AN_OPENING = re.compile(r"the\s+[a-z]{3,}\s+")


def _subject_of_sentence(document, sentence, offset, quote) -> Mention | None:
    """The actor a sentence begins with, or the antecedent of its pronoun subject."""
    text = document.text
    if _SUBORDINATE_OPENING.match(text, sentence.start, offset):
        post = _MAIN_SUBJECT_POST.search(text, sentence.start, offset)
        if post is not None:
            for mention in document.mentions_between(post.start(), post.end("post")):
                if document.is_person(mention.ref):
                    return mention  # "the president" the gazetteer reads as its holder
            return _person_of_post(document, post.group("post"), post.start())
    pronoun = re.match(
        r"^\W*(?:[A-Z]\w+,?\s+)?(he|she|they|it)\b", text[sentence.start : offset], re.IGNORECASE
    )
    if pronoun:
        return _antecedent(document, sentence, sentence.start, pronoun.group(1).lower())
    # "TAIF, Saudi Arabia, Oct 24 (Reuters) - General X ...": the subject follows the dateline
    dateline = _DATELINE.match(text, sentence.start, offset)
    start = dateline.end() if dateline else sentence.start
    # "In a video message to the assembly on Tuesday, X urged ...": the subject follows the
    # opening phrase of place or time and its comma, not a body named inside it
    opening = _OPENING_PHRASE.match(text, start, offset)
    if opening is not None:
        start = opening.end()
    mentions = document.mentions_between(start, offset)
    for index, mention in enumerate(mentions):
        if mention.via in ("post", "demonym"):
            continue
        if (
            _BEFORE_SUBJECT.match(text[start : mention.start])
            or _THE_ADJECTIVE.fullmatch(text[start : mention.start])
            or (
                opening is not None
                and _THE_ADJECTIVE_AFTER_AN_OPENING.fullmatch(text[start : mention.start])
            )
        ):
            following = mentions[index + 1] if index + 1 < len(mentions) else None
            if (
                following is not None
                and document.is_state(mention.ref)
                and not document.is_person(following.ref)
                and not document.is_state(following.ref)
                and text[mention.end : following.start] == " "
            ):
                # "The United States Treasury, which ..., said": the state names whose body
                # speaks
                return following
            if (
                following is not None
                and not document.is_person(mention.ref)
                and document.is_person(following.ref)
                and _POST_AFTER_A_BODY.fullmatch(text[mention.end : following.start])
            ):
                # "African Union Commission Chairperson Moussa Faki Mahamat welcomed it,
                # calling it ...": the body names the post of the person who speaks
                return following
            if (
                following is not None
                and document.is_person(mention.ref)
                and not document.is_person(following.ref)
                and not document.is_state(following.ref)
                and re.fullmatch(r"[’']s\s+", text[mention.end : following.start])
            ):
                # "X's Labour Party rejected the accord, calling it ...": the body the person
                # owns is the subject that speaks
                return following
            return mention
        break
    return None


# the words of a post between a body and its holder's name: " Chairperson ", " foreign minister ",
# "'s President ", "'s chief negotiator, Internal Affairs Minister " (not " led by ", which names
# who leads the body that speaks)
# (not " on Tuesday rejected ", a day and a verb: "The ELN on Tuesday rejected Barco's
# invitation, saying ...")
_POST_AFTER_A_BODY = re.compile(
    r"(?:[’']s)?\s+(?:(?!and\b|or\b|by\b|who\b|which\b|on\b|in\b|at\b|[a-z]+ed\b)[\w.-]+\s+){1,3}?"
    r"(?:(?:[a-z]+\s+){0,2}(?:negotiator|envoy|spokes\w+|representative|leader|chief),\s+"
    r"(?:(?!and\b|or\b|by\b)[\w.-]+\s+){0,4})?"
)


def _person_of_the_body_named(document, mentions, mention) -> Mention:
    """ "”, said Sovereign Council chief General X", "”, said Uganda's chief negotiator,
    Internal Affairs Minister X": the body names the post of the person who speaks."""
    following = [m for m in mentions if m.start >= mention.end]
    if (
        following
        and not document.is_person(mention.ref)
        and document.is_person(following[0].ref)
        and _POST_AFTER_A_BODY.fullmatch(document.text[mention.end : following[0].start])
    ):
        return following[0]
    return mention


def _antecedent(document, sentence, offset, pronoun) -> Mention | None:
    """Who "he" or "it" is: the last person (body) named in its own sentence before it; else
    the one the sentence before begins with (its subject), else the last one named there; none
    when that sentence's subject is a person it does not name ("A diplomat said ...")."""
    person = pronoun != "it"
    in_sentence = [
        mention
        for mention in document.mentions_between(sentence.start, offset)
        if mention.via != "demonym"
        and document.is_person(mention.ref) == person
        and document.fits_pronoun(mention.ref, pronoun)
    ]
    if in_sentence:
        return in_sentence[-1]
    # A quote of several sentences stands in a sentence of its own making: count from the
    # document's sentence it opens in.
    index = document.sentences.index(document.sentence_at(sentence.start))
    for earlier in reversed(document.sentences[max(0, index - 2) : index]):
        written = document.text[earlier.start : earlier.end]
        if document.in_quote(earlier.start, earlier.end):
            continue
        unnamed = _UNNAMED_SUBJECT.match(written) if person else None
        if unnamed is not None and not any(
            # "Barbero, a former army officer, was brief": an appositive to the name (tune44d)
            document.is_person(m.ref)
            and m.end < earlier.start + unnamed.end()
            and re.match(r",\s+(?:a|an|another|one)\s", document.text[m.end : m.end + 12])
            for m in document.mentions_between(earlier.start, earlier.end)
        ):
            return None
        holder = _holder_of_the_post_opening(document, earlier) if person else None
        if holder is not None:
            return holder
        mentions = [
            m for m in document.mentions_between(earlier.start, earlier.end) if m.via != "demonym"
        ]
        # "she" is not the man named last when the article shows him to be one
        fitting = [
            m
            for m in mentions
            if document.is_person(m.ref) == person and document.fits_pronoun(m.ref, pronoun)
        ]
        if not fitting:
            continue
        same = _SAME_PRONOUN_OPENS.match(written)
        if (
            same is not None
            and same.group("pronoun").lower() == pronoun
            and all(m.start >= earlier.start + same.end() for m in fitting)
        ):
            # '“...,” he told reporters at Berri's residence. He returned to Berri the next
            # day': the same pronoun as the sentence before's subject is the same person, the
            # one that pronoun stands for, not a name said after it
            return _antecedent(document, earlier, earlier.start + same.start("pronoun"), pronoun)
        turned = [
            m
            for m in fitting
            if (
                _BUT_BEFORE_SUBJECT.search(document.text, earlier.start, m.start)
                or _subject_of_a_joined_clause(document, earlier, m)
            )
            and not document.in_quote(m.start)
        ]
        if turned:
            # "X had asked that the entry be dropped, but the Chancellor would not hear of it.
            # “...,” he said.": the subject of the clause "but" turns to speaks next
            return turned[-1]
        if (
            len(fitting) >= 2
            and earlier is document.sentences[index - 1]
            and _TOLD_BETWEEN.fullmatch(document.text, fitting[-2].end, fitting[-1].start)
        ):
            # "Buffalo Chief told Henderson that ... “...,” he said": the one who told speaks
            # on, not the one he told; only from the sentence right before, as a sentence
            # between may have turned to the one told ("His Lordship said ...") (tune45d)
            return fitting[-2]
        if (
            mentions[0] in fitting
            and _BEFORE_SUBJECT.match(document.text[earlier.start : mentions[0].start])
            # "X's side pressed hard, and Y refused": a possessive names the owner of the
            # subject, not the subject, so the pronoun is the person named last
            and not re.match(r"[’']s?\s+[a-z]", document.text[mentions[0].end :])
        ):
            return mentions[0]
        return fitting[-1]
    return _last_speaker_before(document, offset, person=person, pronoun=pronoun)


# a sentence whose subject is a pronoun, after a quote it opens with or none ("He met ...",
# "“...,” he told reporters")
_SAME_PRONOUN_OPENS = re.compile(
    r"\W*(?:[“\"][^”\"]*[”\"],?\s+)?(?P<pronoun>(?i:he|she|they|it))\s+(?:\w+ly\s+)?[a-z]+\b"
)
# "X told Y", "X warned Y": a teller and the one told, side by side
_TOLD_BETWEEN = re.compile(r"\s+(?:told|assured|warned)\s+")
# ", but the Chancellor would", ", but Blinken": the subject right after a turning "but"
_BUT_BEFORE_SUBJECT = re.compile(r",\s+but\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}$")


# "At Oyster Bay the President was jubilant.", "The Archbishop is said to think ill of it.": a
# sentence whose subject is a post alone (after a short phrase of place), the name left out
_POST_OPENS_THE_SENTENCE = re.compile(
    r"\W*(?:(?:In|At|On|From)\s+[A-Z][^,;“”\"]{0,40}?,?\s+)?[Tt]he\s+(?:[\w’'-]+\s+){0,2}?"
    rf"(?P<post>(?i:{_POSTS}))\s+(?!of\b|for\b|and\b|or\b|who\b|which\b|to\b|in\b|on\b|at\b)"
    r"[a-z]{2,}\b"
)


# ", and his son, Ras Mangasha, who holds the north, has refused": the subject of a clause
# joined by "and", brought in by a noun in apposition to it (not ", and Blinken refused",
# where "he" after stays the sentence's first subject) ...
_AND_BEFORE_SUBJECT = re.compile(
    r",\s+and\s+(?:his|her|their|its|the)\s+(?:[a-z]+\s+)?[a-z]+,\s+"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}$"
)
# ... and its verb after it, past a clause between commas (not "met A, B, and C.", a list)
_VERB_OF_THE_CLAUSE = re.compile(
    r"(?:,[^,;“”\"]*,|,)?\s+(?:(?:also|later|then|\w+ly)\s+)?"
    r"(?:has|had|have|was|were|is|are|will|would|did|[a-z]{2,}ed)\b"
)


# "..., and Cadbury rejected it the same day, saying": a clause joined by "and" or "but" that
# opens on a name (or the name's board, its council) and its verb in the past
_JOINED_BEFORE_SUBJECT = re.compile(r",\s+(?:and|but)\s+(?:the\s+)?$")
# (a later clause joined between the name and the gerund has the gerund instead)
_ANOTHER_CLAUSE_JOINED = re.compile(r",\s+(?:and|but)\s")
_JOINED_SUBJECTS_VERB = re.compile(
    r"(?:[’']s\s+[a-z]+)?\s+(?:(?:also|later|then|\w+ly)\s+)?(?:[a-z]{2,}ed|threw)\b"
)


def _subject_of_the_clause_a_gerund_follows(document, sentence, gerund) -> Mention | None:
    """The subject of the last clause joined before a gerund ("Kraft made its proposal public
    on Sept. 7, and Cadbury rejected it the same day, saying it “fundamentally undervalues”
    the company"): the gerund goes with the clause it follows, not the sentence's first
    subject. None where no joined clause opens on a name before it."""
    text = document.text
    for mention in reversed(document.mentions_between(sentence.start, gerund.start)):
        if mention.via in ("post", "demonym"):
            continue
        if (
            _JOINED_BEFORE_SUBJECT.search(text, sentence.start, mention.start)
            and _JOINED_SUBJECTS_VERB.match(text, mention.end, gerund.start)
            and not _ANOTHER_CLAUSE_JOINED.search(text, mention.end, gerund.start)
        ):
            return mention
    return None


def _subject_of_a_joined_clause(document, sentence, mention) -> bool:
    """Whether a person brought in by an appositive noun opens the last clause of a sentence
    joined by "and" ("The Emperor was killed in March, and his son, Ras Mangasha, has refused
    to submit. “...,” he is said to have told them": the pronoun after is the son, the subject
    the sentence turns to)."""
    return bool(
        _AND_BEFORE_SUBJECT.search(document.text, sentence.start, mention.start)
        and _VERB_OF_THE_CLAUSE.match(document.text, mention.end, sentence.end)
    )


def _holder_of_the_post_opening(document, sentence) -> Mention | None:
    """The person "he" stands for when the sentence before has a post for its subject ("The
    Archbishop is said to think ill of the pact. “...,” he is reported to have said"): the
    holder of that post named before, not a name the sentence goes on to give. None where the
    post is itself read as a person's mention (the general reading takes it then)."""
    opening = _POST_OPENS_THE_SENTENCE.match(document.text, sentence.start, sentence.end)
    if opening is None:
        return None
    if any(
        document.is_person(m.ref) for m in document.mentions_between(sentence.start, opening.end())
    ):
        return None
    return _person_of_post(document, opening.group("post"), opening.start("post"))


def _person_of_post(document, post: str, offset: int) -> Mention | None:
    """The last person named before `offset` whose mentions stand near the post's word
    ("Christodoulides, president of ..."), else the last person named."""
    text = document.text
    people = [
        m
        for m in document.mentions
        if m.end <= offset
        and not document.in_quote(m.start, m.end)
        and m.via != "demonym"
        and document.is_person(m.ref)
    ]
    word = re.compile(rf"\b{re.escape(post.split()[-1])}\b", re.IGNORECASE)
    since = people[-1].end if people else 0
    if re.search(rf"\b(?:a|an)\s+(?:[\w’'-]+\s+){{0,3}}?{word.pattern}", text[since:offset], re.I):
        return None  # "A senior EU official said ... the official added": unnamed
    for mention in reversed(people):
        # "Pope Francis and Patriarch Kirill ... the pope told him": the one the post was
        # written with as his title or appositive comes before one merely named near the word
        if any(
            _named_with_the_post(text, other, word) for other in people if other.ref == mention.ref
        ):
            return mention
    for mention in reversed(people):
        if any(
            word.search(text[max(0, other.start - 40) : other.end + 60])
            for other in people
            if other.ref == mention.ref
        ):
            return mention
    return people[-1] if people else None


def _named_with_the_post(text: str, mention: Mention, word: re.Pattern) -> bool:
    """Whether a person's mention carries the post's word: inside it, as a title right before
    it ("President Theodore Roosevelt", "the Archbishop, Monsignor Rocha") or in an appositive
    right after it ("Rocha, the Archbishop of Manila")."""
    before = text[max(0, mention.start - 30) : mention.start]
    after = text[mention.end : mention.end + 60]
    return bool(
        word.search(text[mention.start : mention.end])
        or re.search(
            rf"{word.pattern},?\s+(?:(?-i:[A-Z])[\w.’'-]*\s+){{0,2}}$", before, re.IGNORECASE
        )
        or re.match(
            rf",\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w’'-]+\s+){{0,3}}?{word.pattern}",
            after,
            re.IGNORECASE,
        )
    )


def _inside_another(mention: Mention, mentions: list[Mention]) -> bool:
    """ "the US envoy for Yemen": Yemen is part of the post, not a subject of its own."""
    return any(
        other.start <= mention.start
        and mention.end <= other.end
        and other.end - other.start > mention.end - mention.start
        for other in mentions
    )


# "“...,” the statement said", "“...,” the note said": a statement called back by its noun
_THE_STATEMENT_BEFORE = re.compile(
    rf"\bthe\s+(?P<noun>{_STATEMENT_WORDS}|note|telegram|cable)\s*$", re.IGNORECASE
)
# "a statement from X", "a note, signed this time by X alone,": who the statement is from
_FROM_ITS_AUTHOR = re.compile(
    r"(?:,?\s+(?:signed|issued|sent)\s+(?:[a-z]+\s+){0,2}?by|\s+(?:from|by|of))\s+(?:the\s+)?"
)
# "its foreign ministry", "his office": a body written with its owner's possessive
_OWNED_BODY = re.compile(r"(?:its|his|her|their)\s", re.IGNORECASE)
# "in a joint statement by X and Y": words two parties give together are neither's alone
_JOINT_BEFORE = re.compile(r"\bjoint\s+$", re.IGNORECASE)


def _author_of_last_statement(
    document: Document, offset: int, noun: str = "statement"
) -> Mention | None:
    """X in the last "a statement from X" or "X said in a statement" before `offset`, else
    the subject of the sentence that tells of it ("The ANC, in a statement from Lusaka,
    rejected the pact", "X informed Y of the decision in a letter"). A note, a telegram or a
    cable is looked for by its own noun; a joint statement has no single author."""
    text = document.text
    nouns = _STATEMENT_WORDS if noun not in ("note", "telegram", "cable") else noun
    for match in reversed(list(re.finditer(rf"\b(?:{nouns})\b", text[:offset]))):
        if _JOINT_BEFORE.search(text, max(0, match.start() - 10), match.start()):
            return None
        # "a statement from the Southern Sudan Liberation Movement": a long name may run past
        # the few words after the noun where it starts
        for mention in document.mentions_between(match.end(), min(offset, match.end() + 120)):
            if mention.start > match.end() + 40:
                continue
            if _FROM_ITS_AUTHOR.fullmatch(text[match.end() : mention.start]):
                # "Israel said in a statement from its foreign ministry", "Sisi backed it,
                # according to a statement from his office": the body its owner speaks
                # through; the owner, the sentence's subject, speaks
                if _OWNED_BODY.match(text, mention.start) and not document.in_quote(match.start()):
                    owner = _subject_of_sentence(
                        document, document.sentence_at(match.start()), match.start(), None
                    )
                    return owner or mention
                return mention
        for mention in reversed(
            document.mentions_between(max(0, match.start() - 60), match.start())
        ):
            # "X said in a brief statement": an adjective or two may describe the statement
            if re.fullmatch(
                r"\s+(?:also\s+)?said\s+in\s+an?\s+(?:[a-z][\w-]*\s+){0,2}",
                text[mention.end : match.start()],
            ):
                return mention
        if re.search(
            r"\bin\s+(?:an?|its|his|her|their)\s+(?:[\w-]+\s+)?$",
            text[max(0, match.start() - 40) : match.start()],
        ):
            sentence = document.sentence_at(match.start())
            if not document.in_quote(match.start()):
                return _subject_of_sentence(document, sentence, match.start(), None)
        return None
    return None


def _head_of_apposition(document, before, position):
    """ "X, a spokesman for Y, said": Y is right before the verb, X is the speaker."""
    if position > 0:
        gap = document.text[before[position - 1].end : before[position].start]
        if re.match(r"^,\s+(?:a|an|the)\b[^,;]*$", gap):
            return before[position - 1]
        # "Mrs. Thatcher, quoting Queen Victoria, told an interviewer": the name inside a
        # participle's phrase between commas is not who speaks, the name before it is
        if re.match(r"^,\s+[a-z]+ing\b[^,;“”\"]*$", gap):
            return before[position - 1]
    return before[position]


# "he is reported to have said", "she was understood to have told": a report hedged as hearsay
_HEDGE_BEFORE = re.compile(
    r"\s+(?:is|was|are|were)\s+(?:reported|said|understood|believed)\s+to\s+have\s+$"
)


def _before_a_hedge(text: str, start: int, offset: int) -> int:
    """Where the subject of a hedged speech verb ends: before "is reported to have", so that
    "he is reported to have said" is read as "he said"."""
    hedge = _HEDGE_BEFORE.search(text, start, offset)
    return hedge.start() if hedge is not None else offset


def _word_before_verb(text: str, verb, quote) -> str:
    """The word before a speech verb, none when the quote closes right before it: "“... as we
    knew it,” said X", "“... not offered to,” said X" (tune44d)."""
    if quote.end <= verb.start and not re.search(r"\w", text[quote.end : verb.start]):
        return ""
    return _word_before(text, verb.start)


def _word_before(text: str, offset: int) -> str:
    match = re.search(r"(\w+)\W*$", text[max(0, offset - 30) : offset])
    return match.group(1).lower() if match else ""


def _last_speaker_before(
    document: Document, offset: int, *, person: bool, pronoun: str = ""
) -> Mention | None:
    for mention in reversed(document.mentions):
        if mention.end > offset or document.in_quote(mention.start, mention.end):
            continue
        if document.is_person(mention.ref) == person and document.fits_pronoun(
            mention.ref, pronoun
        ):
            return mention
    return None
