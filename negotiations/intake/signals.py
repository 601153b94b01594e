"""Proposals the article speaks of, and what it says of a party's response to one.

A proposal is named by its recorded title or short name, or referred to ("the plan", "the truce
proposal", "a ceasefire proposal announced on May 31"): a reference means the proposal the
article named, else the recorded proposal announced on a date the sentence gives, else the one
its words, its sentence or its paragraph describe, else the one referred to last.

A status signal is a respondent, a verb phrase and a proposal in one sentence: "Hamas has not
formally responded to the plan" is `pending`; "submitted its response", "rejected the offer",
"accepted" change the response (see `_SIGNALS`); so does the passive ("the offer was rejected
by the army"). docs/intake.md lists what may stand between a respondent and its phrase and how
a change is dated."""

import datetime
import re
from dataclasses import dataclass, replace

from negotiations.intake.clauses import (
    AUXILIARIES,
    COORDINATORS,
    DETERMINERS,
    MODALS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SPEECH_LEMMAS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    char_span,
    is_adverb,
)
from negotiations.intake.document import Document, Mention, ProposalMention, state_named_most
from negotiations.intake.gazetteer import country_code_by_name
from negotiations.intake.meetings import (
    A_DELEGATION_ALONE,
    A_TRADE_UNION_S_NAME,
    BACKERS_OF_SIDES,
    ITS_DELEGATION_AFTER,
    PEOPLE_AFTER_A_KIND_OF_BODY,
    find_meetings,
    last_pair_of_bodies,
    mentions_with_the_government,
    person_a_pronoun_stands_for,
    post_of_its_unnamed_holder,
    sides_of_the_process,
    the_one_union_named_before,
)
from negotiations.intake.text import paragraph_start as _paragraph_start
from negotiations.intake.text import tokenize
from negotiations.intake.vocabulary import (
    A_DELEGATION_NOUN,
    A_HEAD_POST,
    A_POST_THAT_SPEAKS_FOR_IT,
    A_QUALIFIED_POST_THAT_SPEAKS_FOR_IT,
    COMMON_PEOPLE,
    COUNTRIES,
    FORMER_CAPITALS,
    FORMER_STATES_OF_SEAT,
    PERSON_TITLES,
    SEATS_OF_GOVERNMENT,
    STATE_CAPITALS,
    WEEKDAY_PATTERN,
    fold_accents,
)
from negotiations.models import Actor
from negotiations.names import normalize_name

# "the Chinese demand", "a Paraguayan request", "the British offer": a people's adjective (a
# capital, then the ending of one), as lookbehinds of each fixed width
_A_PEOPLE_S_ADJECTIVE_BEFORE = "|".join(
    rf"(?<=\b[A-Z][a-z]{{{n}}}(?:ese|ian|ish|can|yan)\s)" for n in range(1, 9)
)
_REFERENCE = re.compile(
    r"\b(?:the|a|an|this|that|its|their|latest|new|proposed|\w+-\w+)?\s*"
    r"(?:(?:latest|new|revised|draft|truce|ceasefire|peace|hostage|\w+-\w+|US|American|Egyptian|"
    r"Qatari|French|UN|EU|final|joint|three-phase|two-phase|framework)\s+){0,3}"
    r"(?P<noun>plan|proposal|offer|deal|framework|roadmap|initiative|agreement|accord|blueprint|treaty"
    # "Both treaties now go to the Senate": the plural the `s` below does not spell
    r"|treaties"
    # "signed a non-aggression pact", "rejected the pact"
    r"|pact"
    # "walked away from the strategic partnership", "backed the merger": the texts companies
    # make, only where a recorded proposal is one (not "a partnership with civil society")
    r"|partnership|merger"
    # the other names wire copy gives a signed text, and a middle way offered
    r"|memorandum|protocol|armistice"
    # "his movement accepted the arrangement": what the parties are to settle on
    r"|(?:(?<=[Tt]he\s)|(?<=this\s)|(?<=that\s))arrangement"
    # "the line-up agreed at the summit": a cabinet proposed, only where a recorded proposal
    # is a line-up
    r"|(?<=[Tt]he\s)(?:line-up|lineup)"
    # ("A compromise adopted on Wednesday ...": the article opening the sentence)
    r"|(?:(?<=[Tt]he\s)|(?<=\sa\s)|(?<=\bA\s)|(?<=its\s)|(?<=own\s))(?:compromise|formula)"
    # "refused even to receive the proposition", "we submit this proposition": the older
    # word for a proposal, read after a determiner or an owner only (not "a tough proposition")
    r"|(?:(?<=[Tt]he\s)|(?<=this\s)|(?<=that\s)|(?<=its\s)|(?<=his\s)|(?<=their\s)"
    r"|(?<=['’]s\s)|(?<=s['’]\s))proposition"
    # ("made a proposition to end the strike": one told by what it proposes)
    r"|(?<=\sa\s)proposition(?=\s+(?:to|that|for)\b)"
    r"|(?<=[Tt]he\s)(?:document|declaration)"
    # "executed a deed of cession to His Majesty", "refused to put their hands to the deed": the
    # deed a cession or a settlement is signed as (not "words matched by deeds")
    r"|(?<=[Tt]he\s)deed|(?<=\sa\s)deed(?=\s+of\b)"
    # "signed an emergency economic program", "take part in the new programme": the programme
    # the parties adopt (not "its nuclear programme", a state's own)
    r"|(?:(?<=[Tt]he\s)|(?<=\sa\s)|(?<=new\s)|(?<=economic\s))program(?:me)?"
    # "the final declaration", "a joint declaration": the one a conference closes on
    r"|(?<=final\s)declaration|(?<=joint\s)declaration"
    # "a final statement", "the statement": only where a recorded proposal is a statement (not
    # "said in a statement")
    r"|(?<=[Tt]he\s)statement|(?<=final\s)statement|(?<=joint\s)statement"
    r"|(?<=[Tt]he\s)draft|text"
    # "his final draft", "a revised draft", "their latest draft", "the mediators' first draft"
    r"|(?<=final\s)draft|(?<=revised\s)draft|(?<=latest\s)draft|(?<=new\s)draft|(?<=first\s)draft"
    # "had turned down an earlier draft": one told as coming before the text now settled
    r"|(?<=earlier\s)draft|(?<=previous\s)draft|(?<=original\s)draft|(?<=initial\s)draft"
    r"|(?<=his\s)draft|(?<=her\s)draft|(?<=its\s)draft|(?<=their\s)draft"
    # "rejected Dr. Smith's draft of Feb. 5": a draft named by whose it is
    r"|(?<=['’]s\s)draft"
    # "rejected the idea"; "welcomed the call" only where a recorded proposal is a call, "the
    # request" only where one is a request, "the constitution" only where one is a constitution
    r"|(?<=[Tt]he\s)(?:call|appeal|request|idea|constitution|resolution|demand)"
    # "Syria has not yet replied to that request", "rejected this idea": one pointed back to
    # ("New Delhi turned down those demands": the plural, `_the_ask_just_told`)
    r"|(?:(?<=\sthat\s)|(?<=\sthis\s)|(?<=\sthose\s)|(?<=\sthese\s))(?:appeal|request|idea|demand)"
    # "turned down a request from the hijackers that it mediate": an ask named by the party
    # asking, right after "from" (`_asked_by_the_party_after` holds it to that party's)
    r"|(?:(?<=\sa\s)(?:request|demand|call)|(?<=\san\s)appeal)(?=\s+from\s)"
    # "made a bid for Orion Industries ... Orion rejected the bid": a bid a party makes for a
    # firm or a contract, only where a recorded proposal is a bid or an offer (not "in a bid to
    # end the war", an attempt: "a bid" is read only before "for") (t56f)
    r"|(?:(?<=[Tt]he\s)|(?<=its\s)|(?<=their\s)|(?<=his\s)|(?<=her\s)|(?<=['’]s\s)"
    r"|(?<=s['’]\s)|(?<=takeover\s))bid|(?<=\sa\s)bid(?=\s+for\b)"
    # "handed Doha a list of 13 demands ... Qatar rejected the list outright": the list a
    # recorded text was told as (`_the_list_told_before`; not "the list of names")
    r"|(?<=[Tt]he\s)list(?!\s+of\b)"
    # "has yet to respond to Hobson's proclamation", "the proclamation": only where a recorded
    # proposal is a proclamation
    r"|(?:(?<=[Tt]he\s)|(?<=['’]s\s))proclamation"
    # "Parliament has yet to receive the bill", "has yet to vote on the amnesty law": only where
    # a recorded proposal is a bill or a law
    r"|(?:(?<=[Tt]he\s)|(?<=amnesty\s))(?:bill|law)"
    # "The conventions must still be approved by the Storting": a text signed as a convention,
    # only where a recorded proposal is one (not "the party convention")
    r"|(?<=[Tt]he\s)convention"
    # "signed a 170-billion-reais settlement with the government": a settlement signed, only
    # where a recorded proposal is one (not "the Jewish settlements", "a settlement of claims")
    r"|settlement(?!s|\s+of\b)"
    # "Greece and Turkey also signed, on Jan. 30, a convention for the compulsory exchange of
    # their populations": a convention signed, which its own words say is the recorded one
    r"|(?<=\sa\s)convention(?=\s+(?:for|on|of|between)\b)"
    # "declined the American invitation to return to the table": only where a recorded
    # proposal is an invitation
    # ("has accepted its invitation", "accepted his invitation": by whose it is)
    r"|(?:(?<=[Tt]he\s)|(?<=[Aa]n\s)|(?<=American\s)|(?<=U\.S\.\s)|(?<=['’]s\s)|(?<=its\s)"
    r"|(?<=his\s)|(?<=her\s)|(?<=their\s))invitation"
    # "India and Burma turned down invitations to the conference": one sent to each, the one
    # recorded invitation (`_the_one_invitation`)
    r"|invitations(?=\s+to\b)"
    # "rejected Ecuador's call for a resolution", "accept the commission's ruling": a call, a
    # demand or a ruling named by whose it is, only where a recorded proposal is one
    # ("refused her request", "turned down his request", "rejected the union's central demand":
    # by a possessive pronoun as an invitation is, or with a word of rank between)
    # ("turned down the rebels' request", "the commissioners' demand": a plural owner's, its
    # apostrophe after the s)
    r"|(?:(?<=['’]s\s)|(?<=s['’]\s)|(?<=its\s)|(?<=his\s)|(?<=her\s)|(?<=their\s)"
    r"|(?<=['’]s\scentral\s)"
    r"|(?<=['’]s\sopening\s)|(?<=['’]s\sremaining\s)|(?<=its\srepeated\s)"
    r"|(?<=their\srepeated\s)"
    # "declined the Chinese demand", "a Paraguayan request": a people's, by its adjective
    r"|" + _A_PEOPLE_S_ADJECTIVE_BEFORE + r")(?:call|appeal|request|demand|ruling)"
    # "dismissed Sarraj's announcement as 'media marketing'": a call told by its being
    # announced, named by whose it is, only where a recorded proposal is a call
    # (not "Williams's announcement that the forum would meet": a statement)
    r"|(?<=['’]s\s)announcement(?!\s+(?:that|of)\b)"
    # "accepted the board's recommendation", "rejected the recommendation": only where a
    # recorded proposal is a recommendation
    r"|(?:(?<=[Tt]he\s)|(?<=['’]s\s))recommendation"
    # "The department has yet to decide on the application": only where a recorded proposal is
    # an application (not "the application of the accord")
    r"|(?<=[Tt]he\s)application(?!\s+of\b)"
    # "rejected the Chilean terms outright": the terms a party offers (read only after "the",
    # an owner or a proper adjective: `_TERMS_OFFERED`), not "the terms of the deal"
    r"|terms(?!\s+of\b)"
    # "rejected the communique", "the joint communique": only where a recorded proposal is a
    # communique (not "said in a communique")
    r"|(?:(?<=[Tt]he\s)|(?<=joint\s))communiqu[eé]"
    # "Gorbachev had proposed ..., provided both nations agreed ... Reagan rejected the
    # condition": what a proposal is made on stands for it (not "the conditions in the camps")
    # "must drop lawsuits abroad, a condition rejected by the law firm": a noun in apposition
    # naming the step the clause before it told, as the participle after it answers
    r"|(?<=,\sa\s)condition(?=\s+(?:\w+ly\s+)?(?:rejected|accepted|turned\s+down|opposed"
    r"|approved|endorsed)\s+by\b)"
    r"|(?<=[Tt]he\s)condition(?!s?\s+(?:in|at|inside|under|of\s+(?:the\s+)?(?:wounded|prisoners"
    r"|detainees|civilians|hostages|people|population)|for\s+(?:civilians|people|the\s+population))"
    r"\b))s?\b"
)
# "that evening", "the same day": a time the article told of before (not "agreed that ...")
_THAT_PART_OF_THE_DAY = (
    r"(?:that|the\s+same)\s+(?:night|evening|morning|afternoon|day)\s+(?!that\b)"
)
# "in July", "in early March": a month between a verb and its object
_IN_A_MONTH = (
    r"(?:in\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\s+)?"
)
# A day of the week written bare, as agency copy writes it ("agreed Tuesday to open")
_WEEKDAY_NAME = rf"(?:{WEEKDAY_PATTERN})"
# "agreed yesterday that", "agreed on Friday that", "agreed Friday that": the day between the
# verb and its clause
_AGREED_ON_A_DAY = rf"(?:(?:yesterday|today|{_WEEKDAY_NAME}|on\s+\w+day)\s+)?"
_IN_PLACE_OF = re.compile(
    r"\b(?:in\s+place\s+of|instead\s+of|as\s+an\s+alternative\s+to|rather\s+than)\s+"
    r"(?:(?:the|a|an|its|their)\s+)?(?:[\w.-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "any deal", "no agreement", "another accord", "every plan": none of the recorded proposals
_NO_ONE_PROPOSAL = re.compile(r"\b(?:any|no|another|every|each|either|neither)\s*$", re.I)
# "would not deal with the union", "refused to deal with Hanoi", "agreed to deal directly with
# the rebels": "deal" as a verb, right after a modal, "to" or a negation, which names no text
_DEAL_AS_A_VERB = re.compile(
    r"\b(?:to|not|never|n[’']t|will|would|can|could|must|should|shall|may|might)\s+$", re.I
)
# "turn the truce into a peace treaty", "work towards a final agreement", "talks aimed at a
# deal": a text the parties mean to reach, not one already on the table
_TEXT_TO_COME = re.compile(
    r"\b(?:into|towards?|aimed\s+at|aiming\s+at)\s+an?\s+"
    r"(?:(?!(?:the|this|that|its|their|his|her)\b)[\w-]+\s+){0,3}$",
    re.I,
)
# "the EU text", "the final text", but not "a text message" or "the same text as Russia"
_OWN_TEXT = re.compile(r"\s*(?:its|their|his|her)\s+own\b", re.I)
_OF_ITS_OWN = re.compile(r"\s+of\s+(?:its|their|his|her|our|my)\s+own\b", re.I)
_TEXT_REFERENCE = re.compile(
    # "the 93-page text": a text told by its length is the one the parties have before them
    r"the\s+(?:(?:EU|UN|final|draft|revised|new|latest|joint|\d+-page)\s+)*texts?\b"
)

# "put their names to the accord" is signing it, as wire copy often says: the words after "put",
# read by the window patterns (`_SIGNED`) and the clause path (`_PHRASAL_RESPONSES`) alike
# ("added their signatures for the mediators": a signature needs no "to")
# ("put his mark to the treaty": the mark a chief who did not write made for his signature)
# ("put their names and marks to a deed": the two nouns joined, as for chiefs who signed and
# chiefs who made a mark; "set their hands and seals to the treaty": the hand that signs)
_NAMES_TO = (
    r"(?:its|their|his|her)\s+(?:(?:names?|marks?|seals?|hands?)"
    r"(?:\s+and\s+(?:names?|marks?|seals?|hands?))?"
    # "put his name yesterday to the agreements": the day told between the name and the text
    r"(?:\s+(?:yesterday|today|tonight|last\s+night"
    r"|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day))?"
    r"\s+(?:to|on)"
    r"|(?:signatures?|initials)(?:\s+(?:to|on))?)"
)
_SIGNED = (
    # "countersigned the agreement", "co-signed the accord": a signature too
    r"(?:\w+ly\s+)?(?:(?:counter|co-?)?signed|initialled|initialed|inked"
    # "put their names to the accord", "added its signature to the text", "set their hands to
    # the treaty", "affixed his signature to the deed"
    rf"|(?:put|set|affix(?:ed|es|ing)?|add(?:ed|s|ing)?)\s+{_NAMES_TO})\b"
)
_NOT = r"(?:not|n[o’']t|never)\s+(?:yet\s+)?(?:\w+ly\s+)?"
# "has not yet replied to the request.": the answer owed to a request told before, not the
# press's "requests for comment" (tune45a)
_THE_REQUEST_TOLD_BEFORE = (
    r"(?!\s+to\s+the\s+(?:request|call|appeal)\b(?!\s+(?:for|seeking)\s+comment))"
)
# "when asked" is no answer to a proposal: "did not respond to requests for comment"
_NO_ANSWER_TO = (
    r"(?!" + _THE_REQUEST_TOLD_BEFORE + r"\s+(?:to\s+)?(?:an?\s+|the\s+|our\s+|repeated\s+"
    r"|several\s+)?(?:requests?|calls?|questions?|inquiries|queries|e-?mails?|messages?)\b)"
)
# The nouns of a text that asks something of the party it is put to (not a plan, which a third
# party may receive)
_ASKING_NOUNS = r"request|demand|application|invitation|appeal|petition"
# The head noun of a text put to a side for its answer: a request or an offer of any kind
_ASKED_OR_OFFERED_NOUN = (
    r"(?:request|proposal|plan|offer|demand|call|appeal|draft|initiative|counter-?proposal"
    r"|invitation|ultimatum|memorandum|package|proposals|demands|terms)"
)
# The head noun of a reference to a proposal, for phrases that read as a response only with a
# proposal as their object ("backed the agreement", not "backed the rebels").
_PROPOSAL_OBJECT = (
    # "would not be bound by Tuesday's accord": the accord of that day
    r"(?:the|a|an|its|their|this|that|his|her|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s)"
    # ("its $19.5 billion deal": a sum among the words before the noun)
    r"\s+(?:(?:[\w’'-]+|[$£€]\d[\d.,]*)\s+){0,4}?"
    r"(?:plan|proposal|offer|deal|framework|roadmap|road\s+map|initiative|agreement|accord|draft"
    r"|text|treaty|pact|truce|ceasefire|cease-fire|blueprint|package|document|declaration"
    # "has campaigned against the scheme", "rejected the memorandum": the other nouns wire copy
    # names a text by (a signal still needs the proposal step to have found the text there);
    # "tore up the strategic partnership", "quit the merger": the texts companies make
    r"|scheme|memorandum|protocol|convention|settlement|contract|partnership|merger)s?\b"
)
# The text the parties settle: "a deal", "the outlines of a deal", "a framework agreement",
# not "a defiant tone on the plan" nor "the need for a ceasefire"
_TEXT_SETTLED = (
    r"(?:the|a|an|its|their)\s+(?!(?:need|importance|necessity|venue|date|timing)\b)"
    r"(?:(?!(?:on|of|about|over|for|with|to|at|in)\b)[\w’'-]+\s+){0,3}?"
    r"(?:plan|proposal|offer|deal|framework|roadmap|road\s+map|agreement|accord|text|treaty|pact"
    r"|truce|ceasefire|cease-fire|package|declaration|memorandum|protocol)s?\b"
)
# the nouns of a party's stand on a text, which it makes known ("its views", "its attitude")
_STANCE_NOUN = (
    r"(?:views?|position|stance|attitude|intentions?|decision|answer|response|reply|mind)"
)
# a text a body takes up: a proposal, a bill or a resolution, or "it"
_TEXT_TAKEN_UP = (
    _PROPOSAL_OBJECT
    + r"|(?:the|a|an|its|their|this|that)\s+(?:[\w’'-]+\s+){0,3}?(?:bill|law|resolution"
    # "has yet to act on the request", "has yet to decide on the application", "on the
    # coalition's demand": a text that asks something of the body
    r"|amendments?|(?:" + _ASKING_NOUNS + r")s?)\b|it\b"
)
# verbs of support in their gerund, after "stopped short of" or "has yet to"
_SUPPORTING = r"(?:endors|accept|approv|back|support|sign|ratify|ratifi|embrac|initial)"
# a day between a verb of saying and its clause: "said on Monday it would not attend"
_WHEN_LATER = (
    r"(?:(?:late\s+|early\s+)?on\s+\w+(?:\s+\d{1,2})?\s+"
    # "announced last Friday that": the weekday of the week before
    rf"|(?:last\s+)?{_WEEKDAY_NAME}\s+" + r"|" + _THAT_PART_OF_THE_DAY + r")?"
    # "agreed that evening to her proposal", "agreed the same day to accept": a day told before
)
# a time ahead between a verb of deciding and its object: "will vote in the coming days on the
# deal", "is due to rule next week on the plan", "will decide on Friday on the accord"
_WHEN_AHEAD = (
    r"(?:(?:in|within|over)\s+(?:the\s+)?(?:coming|next)\s+(?:few\s+)?(?:days|weeks|months)\s+"
    r"|(?:next|this|later\s+this)\s+(?:week|month)\s+|soon\s+|shortly\s+"
    r"|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?"
)
# "refused to attend (the talks, the signing)": a refusal of the meeting a proposal sets up
_REFUSED_TO_ATTEND = (
    r"(?:refused|refuses|refuse)\s+to\s+(?:attend|join|take\s+part\s+in|participate\s+in)"
    r"(?=\s*(?:[,.;]|$|(?:it|them)\b|(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talks|negotiations|conference|summit|meeting|signing(?:\s+ceremony)?|ceremony)\b))"
)
# "refused to discuss the demand", "declined to receive the sum": the verbs of taking up a
# text, which a party that refuses them turns the text down (its proposal is sought in the
# clause, as for "refused to sign"; "would study the text" is still pending) (t56c)
_TAKE_UP_VERBS = r"(?:discuss|consider|entertain|receive|examine|hear|debate)"
# "refused to withdraw", "still refuses to let inspectors in": a no to a step, not to a text
# (the refusals of a text or of talks are read before it: "refused to sign", "to attend")
_REFUSED_THE_STEP = r"(?:still\s+)?(?:refused|refuses|refuse)\s+to(?=\s+[a-z])"
# "answered with what the delegates called a counter-proposal": the answer as others name it
_AS_OTHERS_NAME_IT = r"(?:what\s+(?:[\w.’'-]+\s+){1,4}?(?:called|termed|described\s+as)\s+)?"
# when the answer came, between its verb and "with": "on Monday", "the same evening"
_ANSWERED_WHEN = (
    r"(?:on\s+\w+\s+|(?:the\s+)?(?:same|next|following)\s+(?:day|morning|afternoon|evening"
    r"|night)\s+|(?:hours|days)\s+later\s+|within\s+(?:hours|days)\s+"
    # "the league answered five days later with a counter-proposal", "a week later": the span
    # counted from what it answers (t56i)
    r"|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
    r"(?:hours?|days?|weeks?|months?)\s+later\s+"
    # "The owners answered late in January with an offer of 15 per cent": the month between
    r"|(?:late\s+|early\s+)?in\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December)\s+"
    # "The FDP answered it in the evening with a list of demands": the hour of the same day
    r"|(?:later\s+)?in\s+the\s+(?:morning|afternoon|evening|night)\s+)?"
)
# "with an offer of £E10 million", "with an offer of 9%": a sum or a share, its currency
# before the figure
_A_FIGURE = r"(?:an?\s+)?(?:[£$€¥]|£E|US\$|Rs\.?\s?)?\d"
# "a $49 million counter-proposal", "a 3 percent counter-offer", "an 850-pence counter-bid": a
# sum or a share written before the noun it sizes (t56i)
_A_FIGURE_BEFORE_A_NOUN = (
    r"(?:(?:[£$€¥]|£E|US\$|Rs\.?\s?)?\d[\d.,]*(?:\s*(?:million|billion|bn|m|percent|per\s+cent"
    r"|%|pence|cents?|dollars?|euros?|pounds?))?(?:\s+|-))?"
)
# "answered the claim of £E35 million with that lower figure", "with a far smaller
# increase": the respondent's own figure, told only by being less than the one asked
_A_LOWER_FIGURE = (
    r"(?:an?|that|this|its|their)\s+(?:(?:much|far|considerably|significantly|substantially)\s+)?"
    r"(?:lower|smaller|reduced|more\s+modest)\s+(?:figure|sum|amount|offer|increase|rise|raise"
    r"|percentage|payment|price|settlement)\b"
)
# "The union asked for 8 percent a year; the authority answered with 3, 4 and 3.5 percent",
# "Landau asked for 71 euros. Dehecq answered with the offer of 68.93 euros": a figure of the
# respondent's own, its unit written, put against the one asked (t64a)
_A_FIGURE_OF_ITS_OWN = (
    r"(?:(?:the|an?|its|their)\s+(?:[\w-]+\s+)?offer\s+of\s+)?(?:[£$€¥]|£E|US\$)?\d[\d.]*"
    r"(?:(?:,\s*|\s+and\s+|\s+to\s+)\d[\d.]*)*\s*(?:(?:million|billion)\s+)?"
    r"(?:percent|per\s+cent|%|pence|cents|dollars|euros|pounds|francs|marks|rupees|yen)\b"
)
# "the company answered with the present figure", "the government answered with the 35 percent
# formula", "the city answered the demand with a two-step raise": terms of the respondent's own,
# named by a noun that can only be a counter-offer put against what was asked (not "answered
# with a strike", "answered with silence")
_TERMS_OF_ITS_OWN = (
    r"(?:the|a|an|its|their|that|this)\s+(?:[\w-]+\s+){0,3}?(?:figure|formula|package|raise"
    r"|pay\s+rise|sum|counter-?figure)\b"
)
# "answered a U.S. proposal for ... with": a verb of answering and its object, before the
# answer the respondent gives
_ANSWERED_OBJECT = (
    # ("the Six Nations answered it with a line": the object a pronoun, t64a; "answered it in
    # the evening with": when, after the pronoun)
    r"(?:(?:answered|countered)\s+it\s+"
    + _ANSWERED_WHEN
    + r"|(?:answered|countered|met)\s+(?:(?:the|an?|its|their|his|her|[\w.]+['’]s)\s"
    # ("answered that offer with a counter-demand": the offer told before, pointed back to)
    r"|(?:that|this)\s+(?=(?:[\w-]+\s+)?(?:offer|demand|proposal|plan|claim|request|call|plea"
    r"|draft)\b))"
    # an abbreviation's full stops are no end of the object ("a U.S. proposal", "the Regie's
    # offer of Feb. 12")
    r"(?:[^,.;]|(?<=[A-Z])\.|(?<=\b[A-Z][a-z]{2})\.){0,100}?"
    # "answered Tata's first approach, at around 420 pence a share, with a demand for more": an
    # aside on the object, between commas, before the answer
    r"(?:,\s+[^,.;]{1,120}?,\s+(?=with\s|by\s))?)"
)
# "voted late Saturday to reject the call", "voted unanimously on Monday to approve the accord":
# a body's vote, its day or manner between the vote and the verb it carries
_VOTED_TO = (
    r"voted\s+(?:\w+ly\s+)?(?:(?:late\s+|early\s+)?(?:on\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)\s+)?(?:\w+ly\s+)?to\s+"
)
_VOTED_TO_REJECT = _VOTED_TO + r"(?:reject|turn\s+down|throw\s+out|block|annul|scrap)\b"
# "conditioned its acceptance on a withdrawal", "made its support (for the plan) conditional on":
# what follows "on" is the condition, not the text answered
_CONDITIONED_ON = (
    r"(?:conditioned|made)\s+(?:its|their|his|her)\s+(?:acceptance|approval|support|backing"
    r"|signature|endorsement|assent)(?:\s+(?:of|for)\s+[^,.;]{1,60}?)?\s+"
    r"(?:conditional\s+|contingent\s+)?(?:on|upon)\b"
)
# "had given the scheme provisional approval", "gave the plan its full backing", "gave it
# their approval": the text given the yes as the verb's first object (which `_signals_at`
# checks is a proposal the article names); a provisional or qualified yes keeps something back
_THE_TEXT_GIVEN = (
    r"(?:gave|given|gives|granted|grants)\s+"
    r"(?:it|them|(?:the|an?|its|their|his|her|[\w.-]+['’]s)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s+"
    r"(?:(?:its|their|his|her|an?)\s+)?"
)
# (not "gave the accords his blessing": a blessing is a patron's, the Primate's or a
# Patriarch's, no party's yes)
_YES_WORDS_GIVEN = r"(?:approval|backing|support|endorsement|assent|go-ahead|green\s+light)\b"
_GAVE_THE_TEXT_A_QUALIFIED_YES = (
    _THE_TEXT_GIVEN
    + r"(?:\w+\s+)?(?:provisional|conditional|qualified|tentative)\s+"
    + _YES_WORDS_GIVEN
)
_GAVE_THE_TEXT_ITS_YES = (
    _THE_TEXT_GIVEN
    + r"(?:(?:full|formal|final|unanimous|strong|overwhelming|broad|official|swift)\s+)?"
    + _YES_WORDS_GIVEN
)
# "the same day on behalf of the army": a bare answer's day and the party it is given for
_THE_SAME_DAY_FOR_A_PARTY = (
    r"(?:(?:the\s+)?(?:same|next|following)\s+(?:day|morning|afternoon|evening|night)"
    r"\s+on\s+behalf\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?\s*)?"
)
# "The Pope made the offer on Monday, and Chile accepted two days later.", "had long resisted
# the idea but accepted in the end": when an answer with no object came, told after its verb
_WHEN_AFTERWARDS = (
    r"(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
    r"(?:hours?|days?|weeks?|months?)\s+later|within\s+(?:hours|days|a\s+day|a\s+week)"
    r"|later|afterwards|soon\s+afterwards?|in\s+the\s+end)"
)
# "asked again and again ..., and the Premier refused each time", "Nehru refused outright.": a
# bare answer repeated or told flat, still with no object of its own (t56c)
_EACH_TIME_OR_FLAT = r"(?:each\s+time|every\s+time|outright|flatly|point-blank|categorically)"
# "on condition", "on the condition", "upon condition" ("voted the arming, but upon condition
# that ...")
_ON_CONDITION_WORDS = r"(?:on|upon)\s+(?:the\s+)?condition"
# the end of a clause right after an answer with no object: "declined.", "agreed first, and"
_BARE_ANSWER_END = (
    # "Buchanan declined on January 3, writing ...": the day of the answer, no object of it
    r"(?=\s*(?:on\s+(?:\w+day|(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b\s*)?"
    r"(?:(?:first|at\s+once|immediately|readily|promptly|quickly|too|also"
    # "the committee agreed there and then, on condition that ...": at once, and on a condition
    r"|there\s+and\s+then|" + _WHEN_AFTERWARDS + r"|" + _EACH_TIME_OR_FLAT + r")\s*)?"
    r"(?:[.;]|,\s+(?:and|but|" + _ON_CONDITION_WORDS + r"|provided)\s|$"
    # "the companies agreed on condition that ...": the proviso may follow with no comma
    r"|\s+" + _ON_CONDITION_WORDS + r"\s"
    # "The Free Church has declined, according to a statement", "Pottinger refused, saying
    # ...": the source or the reason told after the answer, which takes no object
    r"|,\s+(?:according\s+to|saying|citing)\b"
    # "Beijing declined, urging both sides to respect the line", "declined on January 3,
    # writing that ...": the reason told by a participle of saying or pressing (not "declined,
    # offering instead ...": a counter)
    r"|,\s+(?:urging|writing|arguing|insisting|explaining|holding|warning)\b"
    # "Gandhi agreed at once, Indian officials said.": the source told after the answer
    r"|,\s+(?:[\w’'-]+\s+){1,5}?(?:said|says|reported)\s*[.;]"
    # "Switzerland gave its consent on Wednesday but withdrew it": the next verb joined with
    # no comma (not "which Belize accepted but which Guatemala declined")
    r"|\s+but\s+(?!(?:which|who|whom|that)\b)"
    # "Morris refused and told him to come to Carlton": the no, then what the party did
    r"|\s+and\s+(?:told|ordered|sent|left|walked|insisted)\b))"
)
# "undertook to declare neutrality", "pledged itself to withdraw": a commitment, which answers
# only the text the sentence opens with ("In the memorandum, ...": `_framing_text`)
_UNDERTOOK = (
    # (an infinitive: "committed to cutting its quotas" tells a stance, read apart)
    r"(?:undertook|undertakes|pledged|pledges|bound|binds|obliged|obliges)\s+"
    r"(?:(?:itself|themselves|himself|herself)\s+)?to\s+(?!the\b|an?\b|its\b|their\b|\w+ing\b)"
)
_AGREED_TO = re.compile(r"\bagreed\s+to\s*$", re.IGNORECASE)
# "Hungary came aboard on Friday after winning a transition", "Estonia joined on the same day":
# a party that comes into a text with no object named, closing its clause (past its day or
# what came before it), as "signed on Friday" is read; it answers only a settled text (see
# `_JOINED_TEXT`), not talks or a demand (not "joined forces", "joined in the criticism",
# "joined later by their delegations") (t56b)
_CAME_ABOARD = (
    r"(?:came|comes|come|climbed|got|has\s+come)\s+(?:aboard|on\s+board)(?!\s+(?:with|the)\b)"
    r"|joined(?=\s*(?:[.;]|,\s|$|(?:on|after|later|too|also|as\s+well|the\s+same|the\s+next"
    r"|the\s+following|hours|days|within|yesterday|today|soon|once|when)\b)(?![^.;]{0,40}\bby\b))"
)
# "Kyrgyzstan has also agreed to attend.", "Ireland agreed to join on Friday": a yes to come
# into the meeting or the talks an invitation told just before asks the party to, with no
# object named (the bare yes `_REFUSED_TO_ATTEND` is the no of) (r69asks)
_AGREED_TO_ATTEND = (
    r"(?:agreed|agrees|consented|consents)\s+to\s+(?:attend|join|take\s+part|participate)"
    + _BARE_ANSWER_END
)
# ("The three mills still refuse.": the present of a plural subject, as "refused")
_BARE_NO = r"(?:declined|refused|refuses|refuse)" + _BARE_ANSWER_END
_BARE_YES = (
    r"(?:agreed|accepted|consented|assented"
    # "announced a truce, and the government answered in kind": the same step taken in return
    r"|(?:answered|responded|replied|reciprocated)\s+in\s+kind"
    # "On the safeguard against import surges, Beijing said yes, provided it was limited to 12
    # years": a yes in so many words, with no object after it
    r"|said\s+yes)" + _BARE_ANSWER_END
)
# "gave its consent", "withheld its assent": the answer told by its noun, with no object
_BARE_CONSENT = (
    r"(?:gave|given)\s+(?:its|their|his|her)\s+(?:formal\s+)?(?:consent|assent)" + _BARE_ANSWER_END
)
_BARE_CONSENT_WITHHELD = (
    r"(?:withheld|withholds|refused)\s+(?:its|their|his|her)\s+(?:consent|assent)"
    + _BARE_ANSWER_END
)
# (status, pattern on the words after the respondent), first match wins; negations first.
# A status of None is a phrase that states no response ("did not reject the plan").
# "said it would accept the plan", "said the union would approve the protocol": a yes the
# respondent declares, not a bare "would accept" (a hypothesis); never with a condition, a doubt
# or a second verb of its own after it ("only if", "on that condition", "whether")
_DECLARED_YES_VERB = (
    # (not "has said it will sign": a signature promised, still to come)
    r"would\s+(?:accept|approve|endorse|ratify|support|back"
    # "Cadbury's board said it would recommend Kraft's final offer": only another's offer or
    # a settled text, as "recommended the offer" is read (t56b)
    r"|recommend(?=\s+(?:the|its|their|this|that|(?-i:[A-Z])[\w.’'-]*['’]s?)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:offer|bid|deal|agreement|accord|settlement|terms|treaty)s?\b))\b"
    r"(?![^.;]*\b(?:only|if|unless|once|provided|condition|conditions|whether|but)\b)"
)
# "said", "announced on Monday that": a verb declaring what the clause after it says, its day
_DECLARED = r"(?:said|announced|declared|confirmed)\s+" + _WHEN_LATER + r"(?:that\s+)?"
# "made clear", "insisted": declaring a refusal firmly too
_DECLARED_FIRMLY = (
    r"(?:said|announced|declared|made\s+(?:it\s+)?clear|confirmed|insisted)\s+" + _WHEN_LATER
)
_DECLARED_YES = _DECLARED + r"(?:it|they)\s+" + _DECLARED_YES_VERB
# the same yes of a respondent named right after the verb of saying: "Y said X would approve"
_DECLARED_YES_OF_THE_NAMED = re.compile(r"\s*" + _DECLARED_YES_VERB, re.IGNORECASE)
# a verb of saying right before the respondent: "said", "said on Monday that"
_SAID_JUST_BEFORE = re.compile(r"\b" + _DECLARED + r"$", re.IGNORECASE)
# The yeses a condition may follow in their clause ("endorsed the agreement, but only with a
# written reservation", "accepted the scheme, which ..., on condition that")
_YES_TAKING_A_CONDITION = (
    r"(?:\w+ly\s+)?(?:accepted|accepts|endorsed|approved|ratified|backed|supported|signed"
    # "supports the bill, on condition that ...": a stance held now, on conditions
    r"|supports|endorses|approves|backs"
    r"|initiall?ed|agreed\s+to|signed\s+(?:on\s+to|off\s+on)"
    # "The Cherokees consented to this on condition that ...": "consented to" and "assented
    # to", yeses of the plain phrase, take a condition as "agreed to" does
    r"|consented\s+to|assented\s+to"
    # "gave its assent to the plan on condition that ...": the yes told by its noun given
    r"|(?:gave|given)\s+(?:its|their|his|her)\s+(?:approval|assent|consent|backing|support)"
    r"\s+to)\b"
)
# "the demand for 36 militants", "Lloyd George's invitation", "an earlier demand", "the
# Brazilian formula": what a party asks or offers, as the object a no is given to
_A_THING_ASKED = (
    r"(?:the|a|an|its|their|this|that|his|her|(?-i:[A-Z])[\w.’'-]*['’]s?)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:" + _ASKED_OR_OFFERED_NOUN + r"|formula|claim)\b"
)
# "Canada, which had accepted the invitation, withdrew that acceptance on Wednesday", "two days
# later he withdrew his consent": the party takes back the yes it gave before, a withdrawal
# from the text that yes answered (the annotations' "an answer told as later changed is two
# signals") (r63ack)
_WITHDREW_ITS_YES = (
    r"(?:withdrew|withdrawn|withdraws|withdrawing|retracted|revoked|rescinded)\s+"
    r"(?:that|this|the|its|their|his|her)\s+(?:earlier\s+|initial\s+|original\s+|previous\s+)?"
    r"(?:acceptance|assent|consent|approval|assurance|promise|pledge|endorsement"
    r"|recommendation|undertaking)\b"
)
# no modal or condition in the rest of a clause: "X's rejection of the plan would anger Y"
_NOT_SUPPOSED = r"(?![^.;]*\b(?:would|could|might|may|will|if|unless)\b)"
_SIGNALS = [
    # "Ethiopia's rejection of the plan surprised diplomats", "Rio Tinto's withdrawal from the
    # deal": the answer told as a noun owned by the party that gave it (not "X's rejection of
    # the plan would anger Y", an answer supposed); "Peru's refusal of the formula", "the
    # King's refusal of an earlier demand" are the same no
    (
        "rejected",
        r"['’]s?\s+(?:(?:outright|flat|swift|formal|final|firm)\s+)?(?:rejection|refusal)\s+of\s+(?="
        + r"(?:"
        + _PROPOSAL_OBJECT
        + r"|"
        + _A_THING_ASKED
        + r")"
        + _NOT_SUPPOSED
        + r")",
    ),
    # "Ethiopia's acceptance of the plan was welcomed", "Rio's approval of the deal came on
    # Friday" (not "Congress's approval of the treaty is needed": a yes still awaited)
    (
        "accepted",
        r"['’]s?\s+(?:(?:formal|final|swift|unanimous)\s+)?(?:acceptance|approval|endorsement)"
        r"\s+of\s+(?="
        + _PROPOSAL_OBJECT
        + _NOT_SUPPOSED
        + r"(?![^.;]*\b(?:needed|required|necessary|expected|awaited|pending|sought|needs"
        r"|requires|hinges|depends|key|crucial|essential|vital|uncertain|unclear|doubtful)\b))",
    ),
    (
        "withdrawn",
        r"['’]s?\s+(?:(?:abrupt|sudden|formal)\s+)?withdrawal\s+from\s+(?="
        + _PROPOSAL_OBJECT
        + _NOT_SUPPOSED
        + r")",
    ),
    # "said they would not sign until their clan members had reviewed it", "will not decide
    # before its council has studied the text": the answer put off until the respondent's side
    # has weighed the text, still to come (not "would not sign until Israel withdrew")
    (
        "pending",
        r"(?:would|will)\s+(?:not|never)\s+(?:sign|accept|approve|endorse|ratify|initial|decide"
        r"|commit|give\s+(?:its|their|his|her|an?)\s+(?:answer|reply|response))\b"
        r"(?:\s+(?!until\b|before\b)[\w’'-]+){0,4}?\s+(?:until|before)\s+"
        r"(?:[\w’'-]+\s+){0,5}?(?:(?:had|have|has)\s+)?(?:reviewed|studied|consulted|examined"
        r"|discussed|debated|considered|voted\s+on|read|weighed)\b",
    ),
    # "said he had taken note of the offer but would not answer it until he returned", "will
    # not respond before the elections": the answer itself put off to a later time, still to
    # come (tune50d)
    (
        "pending",
        r"(?:would|will)\s+(?:not|never)\s+(?:answer|respond|reply)\b"
        r"(?:\s+(?:to\s+)?(?:it|them))?(?:\s+\w+ly)?\s+(?:until|before)\b",
    ),
    # "resigned on Monday rather than put his name to the document", "quit the talks rather
    # than sign": a step taken in place of the yes, which refuses it
    (
        "rejected",
        r"(?:resigned|quit|stepped\s+down|walked\s+out|stormed\s+out|left\s+the\s+talks)\s+"
        + _WHEN_LATER
        # ("quit the Pacific Islands Forum on Saturday rather than sign": the body left and
        # the day between)
        + r"(?:[\w\s]{0,60}?\s)?rather\s+than\s+(?:sign|accept|endorse|approve|initial"
        rf"|put\s+{_NAMES_TO})\b",
    ),
    # "said on Monday it would not attend", "made clear they will not sign": a refusal declared,
    # unlike a bare "would not accept the plan" (no answer stated)
    (
        "rejected",
        _DECLARED_FIRMLY
        # "said he would not put his name to the document": the person declares his body's no
        # ("that it too would stay away": the same no as another party's, declared in turn)
        + r"(?:that\s+)?(?:it|they)\s+(?:too\s+|also\s+)?(?:would|will)\s+(?:(?:not|never)\s+"
        r"(?:attend|join|sign|accept|take\s+part(?:\s+in)?|participate(?:\s+in)?|endorse|approve"
        rf"|initial|put\s+{_NAMES_TO})|stay\s+away"
        # (away from a meeting, not "from the border")
        r"(?!\s+from\s+(?!it\b|them\b|(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:talks"
        r"|negotiations|conference|summit|meeting|council|ceremony|signing)\b)))\b",
    ),
    # "said on May 13 that it would not back the text", "said it could not support an
    # agreement that ...": support for the text refused, declared by the party itself
    # (tune36c)
    (
        "rejected",
        _DECLARED_FIRMLY + r"(?:that\s+)?(?:it|they)\s+(?:would|will|could|can)\s*(?:not|never)\s+"
        r"(?:back|support)\s+(?=" + _PROPOSAL_OBJECT + r"|(?:it|them)\b)",
    ),
    # "said it could not accept the plan", "said on Thursday that he cannot recommend the
    # treaty": a party that declares itself unable to take the text says no to it (not a bare
    # "could not accept", a hypothesis, nor one on a condition: "could not accept it unless
    # ...") (t56c)
    (
        "rejected",
        r"(?:said|announced|declared|made\s+(?:it\s+)?clear|insisted|replied|answered)\s+"
        + _WHEN_LATER
        + r"(?:that\s+)?(?:it|they|he|she|we)\s+(?:could|can)\s*(?:not|n['’]t|never)\s+"
        r"(?:accept|sign|endorse|approve|recommend|agree\s+to|support|back|go\s+along\s+with"
        r"|live\s+with)\s+(?=(?:" + _PROPOSAL_OBJECT + r"|(?:it|them)\b)"
        r"(?![^.;]*\b(?:unless|if|until|as\s+long\s+as|so\s+long\s+as|without|in\s+its"
        r"\s+present\s+form|as\s+it\s+stands)\b))",
    ),
    (
        None,
        r"(?:did|does|do|has|have|had)\s+"
        + _NOT
        + r"(?:respond(?:ed)?|repl(?:y|ied)|answer(?:ed)?)"
        + _THE_REQUEST_TOLD_BEFORE
        + r"\s+(?:to\s+)?(?:an?\s+|the\s+|our\s+|repeated\s+|several\s+)?"
        r"(?:requests?|calls?|questions?|inquiries|queries|e-?mails?|messages?"
        # "Morrison answered that Australia did not respond to threats": a stance of the
        # party's, not an answer to a proposal still awaited
        r"|threats|pressure|blackmail)\b",
    ),
    (
        "pending",
        r"(?:has|have|had)\s+(?:still\s+|yet\s+)?" + _NOT + r"(?:responded|replied|answered"
        # ("has not yet given his answer": a person's answer, which his body's is)
        r"|given\s+(?:its|their|his|her|an?)\s+(?:response|answer|reply)"
        # "had not yet sent a formal reply", "has not delivered its official answer"
        r"|(?:sent|delivered|submitted|given)\s+(?:its|their|his|her|an?)\s+(?:formal\s+|official\s+"
        r"|final\s+|written\s+)(?:response|answer|reply))" + _NO_ANSWER_TO,
    ),
    # "has given no answer", "have sent no reply": the answer awaited, told by "no"; so in the
    # simple past, with what it answers after it ("The President gave no answer to the demand
    # for troops", not "gave no answer when asked")
    (
        "pending",
        r"(?:(?:has|have|had)\s+(?:still\s+|yet\s+|so\s+far\s+)?(?:given|sent|made|delivered)"
        r"|(?:gave|sent)(?=\s+no\s+(?:\w+\s+)?(?:response|answer|reply)\s+to\b))\s+no\s+"
        r"(?:formal\s+|official\s+|final\s+|written\s+)?(?:response|answer|reply)\b"
        + _NO_ANSWER_TO,
    ),
    # "has never accepted the claim", "have never recognised the border": a standing refusal,
    # not an answer still awaited; so is the past told bare with its object after it ("The
    # Holy See never accepted the law", not "a move the UN never recognised")
    (
        "rejected",
        r"(?:(?:has|have|had)\s+never\s+|never\s+(?=(?:\w+ly\s+)?(?:accepted|recogni[sz]ed"
        r"|agreed\s+to)\s+(?:the|an?|its|their|this|that)\s))"
        r"(?:\w+ly\s+)?(?:accepted|recogni[sz]ed|agreed\s+to)\b",
    ),
    # "has not yet accepted the plan": the answer is still awaited
    (
        "pending",
        r"(?:has|have|had)\s+(?:still\s+|yet\s+)?"
        + _NOT
        + r"(?:accepted|agreed\s+to|approved|endorsed|signed|initialled|initialed)\b",
    ),
    # "did not agree to suspend the quarantine", "did not agree to the plan": the past told
    # bare is an answer given, and it is no (not "would not agree to", a hypothesis, nor "has
    # not agreed to", still awaited) (tune38f)
    ("rejected", r"did\s+not\s+agree\s+to\b"),
    # "did not reject the plan", "would not accept it": no answer is stated
    (
        None,
        r"(?:did|does|do|has|have|had|would|will|could|can)\s*"
        + _NOT
        + r"(?:reject|rejected|refuse|refused|turn(?:ed)?\s+down|dismiss(?:ed)?|accept(?:ed)?"
        r"|agree(?:d)?\s+to|sign(?:ed)?|approve(?:d)?|endorse(?:d)?)\b",
    ),
    (
        "pending",
        r"(?:is|are|was|were)\s+(?:still\s+)?(?:studying|reviewing|considering|examining|weighing"
        r"|mulling(?:\s+over)?|pondering|assessing|evaluating|scrutini[sz]ing|deliberating\s+on"
        # "is still balloting its members on the offer": a union's answer waits on its members'
        # vote (tune45a)
        r"|(?:balloting|polling)\s+(?:its|their)\s+(?:\w+\s+)?"
        r"(?:members|membership|workers|staff)\s+(?:on|over|about)(?=\s+(?:the|its|their|an?)\s))\b"
        # (not "which is weighing whether to remove Sudan from its list": a step of its own,
        # no answer to a text; tune45e)
        r"(?!\s+(?:whether|if)\s+to\s+(?!(?:accept|sign|join|endorse|back|support|approve"
        r"|ratify|reject|attend|take\s+part|respond|reply|answer|agree)\b))",
    ),
    # "Indian officials said the request was being studied", "said the offer is under
    # consideration": the text weighed by the side that reports it, its answer still to come
    (
        "pending",
        # (the text, not a pronoun, is what is said of: `_BEFORE_VERB` reads no "said" here)
        r"(?:(?:said|says|added|confirmed|indicated)\s+(?:that\s+)?)?"
        r"(?:the|that|this|its|their)\s+(?:[\w’'-]+\s+){0,3}?"
        + _ASKED_OR_OFFERED_NOUN
        + r"\s+(?:is|are|was|were)\s+(?:still\s+)?(?:being\s+(?:studied|considered|examined"
        r"|reviewed|weighed|assessed|evaluated|scrutini[sz]ed)|under\s+(?:study|consideration"
        r"|review|examination))\b",
    ),
    (
        "pending",
        r"(?:did|does|do)\s+" + _NOT + r"(?:respond|reply|answer)" + _NO_ANSWER_TO,
    ),
    # "has yet to respond", "have yet to sign off on the deal", "has yet to say whether it
    # will take part": the answer is still awaited
    (
        "pending",
        r"(?:has|have|had)\s+(?:still\s+)?yet\s+to\s+(?:\w+ly\s+)?"
        r"(?:respond|reply|answer|give|accept|approve|endorse|sign|initial|ratify|back"
        # "has yet to confirm whether it will send a delegation": the yes is still to come
        r"|(?:say|decide|announce|indicate|state|signal|make\s+clear|confirm|clarify)\s+"
        r"(?:whether|if)\b"
        # "had yet to say where it stood": its stand on the text still to be told (tune50d)
        r"|(?:say|make\s+clear|signal|indicate)\s+where\s+(?:it|they|he|she)\s+(?:stood|stands)\b"
        # "have yet to see the bill", "has yet to set a date to debate the accord": the body
        # that decides has not taken the text up
        r"|(?:see|receive|read|study|review|examine|debate|discuss|consider|take\s+up"
        # "has yet to act on the request"; "has yet to pronounce upon it", "have yet to pass
        # upon it": the older prose's "upon" and its verbs of a body's verdict
        r"|(?:vote|act|rule|decide|pronounce)\s+(?:up)?on|pass\s+upon"
        # "has yet to confirm it": a yes still to come to a text or a date put to the party
        r"|confirm"
        r"|set\s+a\s+date\s+(?:to|for)\s+(?:debate|vote\s+on|consider|discuss"
        r"|examine|ratify|approve|debating|voting\s+on))\s+(?:" + _TEXT_TAKEN_UP + r")"
        # "has yet to take it up": the particle after the pronoun
        r"|take\s+(?:it|them)\s+up\b"
        # "a bill that lawmakers have yet to vote on": the text stands before, the preposition
        # left at the clause's end
        r"|(?:(?:vote|act|rule|decide|pronounce)\s+(?:up)?on|pass\s+upon)(?=\s*(?:[.;]|$))"
        # "a request the council has yet to take up.": the phrasal verb's particle so left
        r"|take\s+up(?=\s*(?:[.;]|$)))",
    ),
    # "has not yet taken it up", "which has not yet voted on it", "has not yet pronounced upon
    # them", "which has not yet decided upon it", "has not yet voted.": as "has yet to take it
    # up", the body that decides has not taken the text up
    (
        "pending",
        r"(?:has|have|had)\s+(?:still\s+)?" + _NOT + r"(?:taken\s+(?:it|them)\s+up\b"
        r"|(?:taken\s+up|debated|(?:voted|acted|ruled|pronounced)\s+(?:up)?on|passed\s+upon"
        r"|decided\s+upon)\s+"
        r"(?:" + _TEXT_TAKEN_UP + r"|them\b)"
        r"|voted(?=\s*(?:[.;]|$))"
        # "a demand the government has not taken up.": the text stands before the clause
        r"|taken\s+up(?=\s*(?:[.;]|$)))",
    ),
    # "has yet to make its views known", "has not yet made its position clear": the answer is
    # still to come (not "made its views known on Monday": that one is told); so with "known"
    # put first ("has not yet made known its attitude", the older word order)
    (
        "pending",
        r"(?:has|have|had)\s+(?:still\s+)?(?:yet\s+to\s+make|" + _NOT + r"made)\s+"
        r"(?:(?:its|their|his|her)\s+" + _STANCE_NOUN + r"\s+(?:known|clear|public)"
        r"|known\s+(?:its|their|his|her)\s+" + _STANCE_NOUN + r")\b",
    ),
    # "has not yet stated its position.", "have not declared their stance on the accord": a
    # party's stand still to be told (tune46e)
    (
        "pending",
        r"(?:has|have|had)\s+(?:still\s+)?(?:yet\s+to\s+(?:state|declare|announce)|"
        + _NOT
        + r"(?:stated|declared|announced))\s+(?:its|their|his|her)\s+(?:position|stance)\b",
    ),
    # "refused, but offered instead to ...", "declined it and offered instead that ...", "would
    # not hear of it, but proposed instead ...": a no, then the same subject's terms in place
    # of what it refused, is an answer in kind (first: the no alone reads `rejected` below)
    (
        "countered",
        # (the terms looked ahead to: the text answered is read as after a bare no)
        r"(?:\w+ly\s+)?(?:refused|declined|rejected|spurned"
        r"|would\s+(?:not|never)\s+(?:even\s+)?(?:hear\s+of|entertain)\s+(?:it|them|that))"
        # ("declined it on Sunday and offered instead": the day between)
        r"(?=(?:\s+(?:it|them|that)\b[^.;,]{0,40}?|\s+(?:the|an?|its|their|this|his|her)\s"
        r"[^.;,]{0,80}?)?"
        r",?\s+(?:but|and)\s+(?:then\s+)?(?:offered|proposed"
        r"|suggested)\s+instead\b)",
    ),
    # "the Chancellor would not hear of it", "would not entertain it", "would have no part in
    # the surrender": a flat refusal told of the past (not "would not accept it", a hypothesis)
    (
        "rejected",
        r"would\s+(?:not|never)\s+(?:even\s+)?(?:hear\s+of|entertain|countenance)\b"
        r"|would\s+have\s+(?:none\s+of|no\s+part\s+in|nothing\s+to\s+do\s+with)\b",
    ),
    # "had yet to decide how it would answer that proposal", "has not said how they will
    # respond": the answer itself is still to come (not "how it will apply the deal"); so is
    # the vote on a text ("has not said how it will vote") (tune45a)
    (
        "pending",
        r"(?:has|have|had)\s+(?:still\s+)?(?:yet\s+to\s+|" + _NOT + r")"
        r"(?:decided?|say|said|determined?|indicated?)\s+how\s+(?:it|they|he|she)\s+"
        r"(?:would|will)\s+(?:answer|respond|reply|vote)\b",
    ),
    # "stopped short of endorsing the deal", "stopped short of rejecting the framework": neither
    # yes nor no yet
    (
        "pending",
        r"(?:stopped|stops|stopping|stop)\s+short\s+of\s+(?:\w+ly\s+)?(?:"
        + _SUPPORTING
        + r"|reject|oppos|denounc|condemn|repudiat)\w*",
    ),
    # "has not commented on the accord", "has yet to take a position on the plan"
    (
        "pending",
        r"(?:has|have|had)\s+(?:" + _NOT + r"|yet\s+to\s+)(?:publicly\s+)?"
        r"(?:commented?|taken?\s+a\s+(?:position|stance)|given?\s+(?:a|its|their)\s+verdict)"
        r"\s+on\s+"
        + _PROPOSAL_OBJECT
        # "has so far said nothing about the accords", "has remained silent on the plan": no
        # word yet from a party the text concerns
        + r"|(?:has|have|had)\s+(?:so\s+far\s+|yet\s+|still\s+|thus\s+far\s+)?(?:publicly\s+)?"
        r"(?:said\s+nothing|(?:remained|kept|been)\s+(?:publicly\s+)?(?:silent|quiet|mum))"
        r"(?:\s+(?:so\s+far|publicly|yet))?\s+(?:about|on|over|regarding)\s+" + _PROPOSAL_OBJECT,
    ),
    # "had not yet decided on the second protocol", "has not made up its mind about the plan":
    # the decision on the text is still to come (not "decided on a date")
    (
        "pending",
        r"(?:has|have|had)\s+"
        + _NOT
        + r"(?:decided|made\s+up\s+(?:its|their|his|her)\s+minds?)\s+(?:on|about|over)\s+(?:"
        + _PROPOSAL_OBJECT
        + r"|(?:the|a|an|its|their|this|that)\s+(?:[\w’'-]+\s+){0,3}?(?:protocols?|memorandum)\b)",
    ),
    # "has not said whether it will observe the ceasefire"; "has not said when it will give
    # its answer", "declined to say when they would respond": the answer itself is to come
    (
        "pending",
        r"(?:has|have|had)\s+" + _NOT + r"(?:said|announced|decided|indicated|stated)\s+"
        # "had not said by this evening whether", "has not said so far whether"
        r"(?:by\s+(?:\w+\s+){1,3}?|so\s+far\s+|publicly\s+|yet\s+)?"
        r"(?:whether|if)\b"
        # "did not say whether it would accept the plan": the same, told in the past
        r"|(?:did|does|do)\s+" + _NOT + r"(?:say|announce|indicate|state)\s+(?:whether|if)\s+"
        r"(?:it|they|he|she)\s+(?:would|will)\s+(?:accept|sign|endorse|back|support|approve"
        r"|reject|agree\s+to)\b"
        r"|(?:(?:has|have|had)\s+" + _NOT + r"(?:said|announced|indicated|stated)"
        r"|declined\s+to\s+(?:say|indicate|state|disclose))\s+when\s+(?:it|they|he|she)\s+"
        r"(?:will|would)\s+(?:respond|reply|answer|decide|give\s+(?:its|their|his|her|an?)\s+"
        r"(?:final\s+|formal\s+|official\s+)?(?:answer|response|reply|verdict|decision))\b",
    ),
    (
        "pending",
        r"(?:is|are)\s+(?:still\s+)?expected\s+to\s+(?:respond|reply|answer|give|deliver)\b"
        # "The Council is expected to endorse the agreement within days": the body that must
        # approve a text has not yet done so
        r"|(?:is|are)\s+(?:still\s+)?(?:widely\s+)?expected\s+to\s+(?:formally\s+)?"
        r"(?:endorse|approve|ratify|accept|sign|back|adopt|vote\s+on)\s+(?:"
        + _TEXT_TAKEN_UP
        + r")",
    ),
    # "parliament is due to vote on the accord next week", "will decide on the plan", "remains
    # undecided", "was non-committal": the decision is still to come
    (
        "pending",
        # ("the members are to vote on the offer": the bare "to" of a step set, t56i)
        r"(?:(?:is|are|was|were)\s+(?:(?:due|expected|set|scheduled)\s+)?to\s+|will\s+|would\s+)"
        r"(?:decide|rule|vote|deliberate|pronounce|make\s+(?:a|its|their)\s+decision)\s+"
        + _WHEN_AHEAD
        + r"(?:on|upon|over)\s+"
        + _PROPOSAL_OBJECT
        + r"|(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?(?:undecided|non-?committal"
        r"|uncommitted|on\s+the\s+fence)\b",
    ),
    # "said they would put the offer to a vote of members next week", "will put it to its
    # members", "plans to put the deal to a referendum": the answer left to a vote still to
    # come (not "put the offer to a vote on Tuesday": the vote held; nor "would put it to a
    # vote in the Knesset": the answer awaited is the named body's, not the subject's) (t56i)
    (
        "pending",
        r"(?:would|will|(?:is|are|was|were)\s+(?:(?:due|set|going)\s+)?to|(?:plans?|planned"
        r"|intends?|intended|promised|agreed|decided)\s+to)\s+(?:\w+ly\s+)?put\s+"
        r"(?:(?:it|them)\s+|" + _PROPOSAL_OBJECT + r"\s+)"
        r"(?:\w+\s+)?(?:to|before)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:vote|ballot|referendum|plebiscite|members|membership|rank\s+and\s+file)\b"
        r"(?!\s+(?:in|of|by|at)\s+(?:the\s+)?(?-i:[A-Z]))",
    ),
    # "said it would consider the invitation", "the mayor said he would consider the request":
    # a request, an invitation or an offer put to the party and taken under consideration, with
    # no answer said to come after a study, is acknowledged ("would consider the plan before
    # deciding" is pending, read below) (t56d)
    (
        "acknowledged",
        r"(?:would|will)\s+(?:\w+ly\s+)?consider\s+"
        r"(?:the|its|their|this|that|an?|(?-i:[A-Z])[\w.’'-]*['’]s?)\s+(?:[\w’'-]+\s+){0,2}?"
        r"(?:request|invitation|appeal|petition|offer|application)s?\b"
        r"(?![^.;]*\b(?:before|until|first)\b)",
    ),
    # "said it would study the text before deciding", "will review the accord", "wants to
    # examine the deal first": the answer is still to come
    (
        "pending",
        r"(?:would|will|is\s+to|are\s+to|wants?\s+to|plans?\s+to|intends?\s+to|needs?\s+to)\s+"
        r"[\"“]?(?:first\s+|carefully\s+|closely\s+)?(?:study|review|examine|scrutini[sz]e|analy[sz]e"
        r"|consider|weigh|pore\s+over|look\s+(?:closely\s+)?at|take\s+up)\s+"
        # "would "study it carefully"": the pronoun for the text named before
        r"(?:" + _PROPOSAL_OBJECT + r"|it\b|them\b)"
        # "The Chamber is to take them up after the elections": the body that must ratify
        # the texts has them still before it
        r"|(?:is|are)\s+to\s+take\s+(?:it|them)\s+up\b",
    ),
    # "would study it carefully before taking a position", "said she would wait to see how
    # the law was applied before deciding", "needed to consult its bases before committing":
    # the answer is put off until later
    (
        "pending",
        r"(?:would|will|wants?\s+to|wanted\s+to|needs?\s+to|needed\s+to|plans?\s+to"
        r"|intends?\s+to|is\s+to|was\s+to|(?:is|was|are|were)\s+going\s+to)\s+"
        r"[^.;]{0,100}?\bbefore\s+(?:\w+ly\s+)?(?:deciding|taking\s+(?:a|any)\s+(?:position|stance"
        r"|decision)|making\s+(?:a|its|his|her|their|any)\s+(?:final\s+)?decision"
        r"|giving\s+(?:its|an?|his|her|their)\s+(?:final\s+)?(?:answer|response|reply|verdict)"
        r"|committing|responding|replying|answering)\b",
    ),
    # "asked for more time", "would give his answer when the time is right", "reserved its
    # position", "has until Friday to reply", "declined to say whether it would sign"
    (
        "pending",
        r"(?:asked|requested|sought|called)\s+for\s+(?:more|further|additional|extra)\s+time"
        r"|(?:asked|requested|sought)\s+(?:more|further|additional|extra)\s+time"
        # "asked for time to study the plan", "said it needed more time to study the deal": the
        # text still before the party that must answer it
        r"|(?:asked\s+for|requested|sought|needs?|needed|wants?|wanted)\s+(?:more\s+)?time\s+to\s+"
        r"(?:study|review|examine|consider|weigh)\s+(?:" + _PROPOSAL_OBJECT + r"|it\b)"
        r"|(?:would|will)\s+(?:only\s+)?(?:give|deliver|announce|send|make\s+known"
        # "would come back with an answer", "will get back with its response"
        r"|(?:come|get)\s+back\s+(?:to\s+(?:the\s+)?\w+\s+)?with|return\s+with)\s+"
        r"(?:its|his|her|their|an?)\s+(?:final\s+|formal\s+|official\s+)?(?:answer|response"
        r"|reply|verdict|decision)\b"
        # "would respond later", "will reply "at the appropriate time"", "would decide in due
        # course"
        r"|(?:would|will)\s+(?:respond|reply|answer|decide)\s+[\"“]?(?:later|soon|shortly"
        r"|in\s+due\s+course|in\s+the\s+coming\s+(?:days|weeks)|at\s+a\s+later\s+(?:date|stage)"
        r"|at\s+the\s+(?:appropriate|right|proper)\s+(?:time|moment))\b"
        # "said no decision would be taken before the delegation had reported"
        r"|said\s+(?:that\s+)?no\s+decision\s+(?:would|will|could)\s+be\s+(?:taken|made"
        r"|reached)\s+(?:before|until)\b"
        r"|reserved\s+(?:its|his|her|their)\s+(?:position|judge?ment|decision)"
        # "said it would decide its position after its directorate meets": the stance is
        # still to be settled
        r"|(?:would|will)\s+(?:only\s+)?(?:decide|determine|define|settle|announce)\s+(?:on\s+)?"
        r"(?:its|his|her|their)\s+(?:final\s+|formal\s+|official\s+)?(?:position|stance)\b"
        r"|(?:has|have|had)\s+until\s+[^.;,]{1,30}?\s+to\s+(?:respond|reply|answer|decide"
        r"|accept|sign|give)\b"
        r"|declined\s+to\s+(?:say|indicate|state|disclose)\s+(?:whether|if)\b",
    ),
    # "The company did not say whether it would take up its entitlement in the rights issue",
    # "does not say if it will sign the accord": the simple past or present of "has not said
    # whether", read only where the question is the party's own yes (not "did not say whether
    # the forum would meet in Tunisia")
    (
        "pending",
        r"(?:did|does|do)\s+" + _NOT + r"(?:say|announce|indicate|state|disclose)\s+"
        r"(?:whether|if)\s+(?:it|they|he|she)\s+(?:would|will)\s+(?:\w+ly\s+)?(?:"
        + _SUPPORTING
        + r"\w*|take\s+(?:up|part)|join|reject|respond|reply|answer|agree|go\s+along)\b",
    ),
    ("accepted_with_conditions", _GAVE_THE_TEXT_A_QUALIFIED_YES),
    ("accepted", _GAVE_THE_TEXT_ITS_YES),
    # "signalled conditional support", "gave its qualified backing to", "conditionally
    # accepted", "gave provisional approval to": a yes that depends on something
    (
        "accepted_with_conditions",
        r"(?:(?:signall?ed|voiced|expressed|offered|gave|lent|declared|announced)\s+"
        r"(?:its|their|his|her)?\s*(?:\w+\s+)?(?:conditional|qualified|provisional)\s+"
        r"(?:support|backing|approval|endorsement|acceptance|assent)"
        r"|conditionally\s+(?:accepted|approved|endorsed|backed|agreed\s+to|signed\s+off\s+on))\b",
    ),
    (
        "accepted_with_conditions",
        r"(?:\w+ly\s+)?accept(?:ed|s)?\b[^.]*\b(?:with|under|subject\s+to)\s+(?:\w+\s+)?(?:conditions|reservations|amendments|caveats)",
    ),
    # "endorsed the agreement, but only with a written reservation", "signed the accord with
    # reservations", "approved the plan in principle", "backed the deal, but only if ...": a yes
    # that keeps something back
    (
        "accepted_with_conditions",
        _YES_TAKING_A_CONDITION
        + (
            # (not past another party's clause: "X accepted at once, while Y agreed to attend on
            # condition that ...")
            r"(?:(?!,?\s+(?:while|whereas)\s+(?!\w+ing\b))[^.;]){0,120}?"
            # "signed after attaching a list of reservations", "adding several caveats"
            r"(?:\b(?:with|under|subject\s+to|(?:after\s+|while\s+|by\s+)?(?:attaching|adding"
            r"|entering|lodging|appending|registering|expressing|voicing)"
            # "signed too, but attached reservations on ...": the same subject's second verb
            # (right after "but" or "and", so no other party's)
            r"|(?:but|and)\s+(?:also\s+)?(?:attached|entered|lodged|appended|registered))\s+"
            r"(?:an?\s+|some\s+|several\s+|its\s+|their\s+|his\s+|her\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:conditions?|reservations?|caveats?|provisos?)\b"
            r"|\bin\s+principle\b"
            # ("on the express condition that ...": a word that stresses the condition) (tune48a)
            r"|\bon\s+(?:the\s+)?condition\b|\bon\s+the\s+[a-z]+\s+condition\s+that\b"
            r"|\bprovided\s+(?:that\s+)?(?!by\b)"
            r"|,?\s+but\s+only\s+(?:if|with|on\s+condition|provided|once|when|as\s+long\s+as)\b)"
        ),
    ),
    # "the Turks accepted the Allied scheme for the Straits, which demilitarises the shores
    # ... and opens them to ships of all nations, on condition that ...": the condition after
    # a relative clause that tells what the text does, longer than the window above (tune48a)
    (
        "accepted_with_conditions",
        _YES_TAKING_A_CONDITION + r"[^.;,]{0,80}?,\s+which\s[^.;]{0,240}?,"
        r"\s+on\s+(?:the\s+)?(?:[a-z]+\s+)?condition\s+that\b",
    ),
    # "the bishops agreed to the government's demand that they press the Holy See to turn ...
    # into permanent Polish dioceses, on condition that ...": the condition after the
    # that-clause telling what the demand asks, longer than the window above
    (
        "accepted_with_conditions",
        _YES_TAKING_A_CONDITION + r"\s+" + _A_THING_ASKED + r"\s+that\s[^.;]{0,240}?,"
        r"\s+on\s+(?:the\s+)?(?:[a-z]+\s+)?condition\s+that\b",
    ),
    # "which Solidarity accepted only once it was assured of a freely elected Senate": the
    # condition in the yes's own clause (no comma between: not "X accepted, but Y would pull
    # back only once ..."); so in the present, a stance held now ("it accepts the roadmap only
    # if ...")
    (
        "accepted_with_conditions",
        r"(?:\w+ly\s+)?(?:accept(?:ed|s)|endorse[ds]|approve[ds]|agree[ds]\s+to)\b[^.;,]{0,80}?"
        r"\bonly\s+(?:if|provided|on\s+condition|once\s+(?:it|they|he|she|the)\b)",
    ),
    # "agreed to its text only after winning the right to seek aid", "signed only after
    # securing guarantees": a yes given once a concession was won
    (
        "accepted_with_conditions",
        r"(?:\w+ly\s+)?(?:accepted|endorsed|approved|signed|initiall?ed|agreed(?:\s+to)?)\b"
        r"[^.;]{0,80}?\bonly\s+after\s+(?:(?:winning|securing|obtaining|extracting|gaining"
        r"|receiving|getting|wresting|being\s+(?:given|granted|promised|offered))\b)",
    ),
    # "accepted Chile's offer as "a basis for negotiation"", "accepted the plan as a starting
    # point": a yes to talk on the text, not to its terms
    (
        "accepted_with_conditions",
        r"(?:\w+ly\s+)?(?:accepted|accepts|endorsed|approved|agreed\s+to)\b[^.;]{0,100}?\bas\s+"
        r"[\"“]?an?\s+(?:\w+\s+)?(?:basis|starting\s+point|point\s+of\s+departure|framework)"
        r"\s+(?:for|of)\s+(?:further\s+)?(?:negotiations?|talks|discussions?)\b",
    ),
    # "conditioned its acceptance on a withdrawal", "made its support conditional on"
    ("accepted_with_conditions", _CONDITIONED_ON),
    # "agreed to the plan, but said the rebels must first disarm": a yes that waits on a step
    # another must take before it
    (
        "accepted_with_conditions",
        # (the condition looked ahead to: the proposal is sought right after the verb)
        r"(?:\w+ly\s+)?(?:accepted|agreed(?:\s+to)?|approved|endorsed|backed)\b"
        r"(?=[^.;]{0,120}?,?\s+but\s+(?:(?:said|added|insisted|warned|stressed)\s+)?"
        r"(?:that\s+)?[^.;]{0,60}?\b(?:(?:must|(?:would|will)\s+have\s+to|had\s+to|should)\s+"
        r"first|(?:must|would|will)\s+first\s+(?:have\s+to|need\s+to)?)\b)",
    ),
    # "said he had accepted the plan but would take it back to the militants before any final
    # commitment", "approved the text, but will consult the party before signing": a yes whose
    # binding word is still to come after others are heard
    (
        "accepted_with_conditions",
        r"(?:\w+ly\s+)?(?:accepted|agreed(?:\s+to)?|approved|endorsed|backed)\b"
        r"(?=[^.;]{0,120}?,?\s+but\s+(?:(?:said|added)\s+)?(?:that\s+)?(?:(?:it|he|she|they)\s+)?"
        r"(?:would|will|must|needed\s+to|needs?\s+to|wanted\s+to|wants?\s+to)\s+[^.;]{0,80}?"
        r"\bbefore\s+(?:(?:any|a|its|his|her|their)\s+)?(?:(?:final|formal|definitive|binding)\s+)?"
        r"(?:commitment|signature|signing|ratification|committing|ratifying)\b)",
    ),
    # "agreed in principle to the plan": the details are still to be settled
    (
        "accepted_with_conditions",
        # ("agreed "in principle"": the words quoted from the party)
        r"(?:accepted|agreed|approved|endorsed|backed)\s+[\"“]?in\s+principle\b",
    ),
    # "submitted its response, saying it could accept the draft if ...", "would accept the
    # plan provided ...": an acceptance on conditions
    (
        "accepted_with_conditions",
        r"(?:(?:submitted|delivered|handed\s+over|sent|gave|presented)\s+(?:its|their|a|an)\s+"
        r"(?:\w+\s+)?(?:response|reply|answer)[^.]*?\b)?"
        # "would back a truce only as long as ...", "would accept the plan if ..."
        r"(?:could|would|can|will|(?:is|was|are|were)\s+(?:ready|willing|prepared)\s+to)\s+"
        # "would do so only once ...": the yes the sentence before told of
        r"(?:only\s+)?(?:accept|back|support|endorse|observe|respect|sign|honou?r|implement|do\s+so"
        r"|abide\s+by|go\s+along\s+with|agree\s+to|join|attend|open|reopen|release|free|lift"
        r"|halt|stop|withdraw|ratify"
        # "would pull back only once it received guarantees": a withdrawal asked of it ("would
        # pull out the irregulars if ...") (tune45a)
        r"|pull\s+(?:back|out)"
        # "was ready to talk, but only if sanctions were lifted": a yes to the talks proposed
        r"|talk|negotiate)\b[^.]*?"
        r"\b(?:if|provided|on\s+condition|as\s+long\s+as|so\s+long\s+as"
        # "would back the agreement on that condition": the condition told before (tune45a)
        r"|on\s+(?:that|this|these|those)\s+conditions?"
        # "would open the crossings only once ...", "only after the sanctions are lifted"
        r"|only\s+(?:once|when|after)"
        # "would ratify the treaty only in step with the Senate": a yes tied to another's
        r"|only\s+(?:in\s+step\s+with|together\s+with|at\s+the\s+same\s+time\s+as))\b",
    ),
    # "was ready to name a team for the talks", "is willing to attend the talks": taking part
    # in what a proposal sets up (its proposal must be named in the phrase's clause)
    (
        "accepted",
        r"(?:is|are|was|were)\s+(?:now\s+|also\s+)?(?:ready|willing|prepared)\s+"
        r"(?:(?:late\s+|early\s+)?on\s+\w+\s+)?to\s+(?:join|attend|take\s+part\s+in|participate\s+in|implement|abide\s+by|honou?r"
        r"|(?:name|appoint|send|form)\s+(?:a|its|their)\s+(?:\w+\s+)?"
        r"(?:team|delegation|negotiators)\s+(?:for|to))\b",
    ),
    (
        "countered",
        r"(?:\w+ly\s+)?(?:countered"
        # "put forward a counter-proposal", "tabled its own counteroffer"
        r"|(?:made|submitted|presented|tabled|put\s+forward|offered|floated|sent|delivered"
        r"|drew\s+up|came\s+up\s+with)\s+(?:an?\s+|its\s+|their\s+)?(?:own\s+)?(?:\w+\s+)?"
        r"counter-?\s?(?:proposal|offer|plan|draft|text)"
        # "tabled a compromise", "floated a middle-ground formula": a counter to what was asked
        r"|(?:made|submitted|presented|tabled|put\s+forward|offered|floated|proposed|unveiled)\s+"
        r"(?:an?\s+|its\s+|their\s+)?(?:own\s+)?(?:[\w-]+\s+)?(?:compromise|middle-ground\s+\w+)"
        r"|proposed\s+(?:\w+\s+)?(?:amendments|changes|modifications)"
        r"|(?:(?:responded|replied|answered)\s+(?:on\s+\w+\.?(?:\s+\d{1,2})?\s+)?"
        + _ANSWERED_WHEN
        # "answered his proposals with a counter-proposal": the proposal answered may stand
        # between the verb and the answer
        # ("answered with what the delegates called a counter-proposal")
        + rf"|{_ANSWERED_OBJECT})with\s+"
        + _AS_OTHERS_NAME_IT
        + r"(?:an?\s+)?"
        # "answered with a $49 million counter-proposal", "a 3 percent counter-offer": the
        # counter's own figure before it (t56i)
        + _A_FIGURE_BEFORE_A_NOUN
        + r"(?:list\s+of\s+|set\s+of\s+|series\s+of\s+)?(?:counter|amendments|changes)"
        # "demanded changes to the plan", "sought amendments to the accord"
        r"|(?:demanded|sought|requested|asked\s+for|called\s+for|pressed\s+for|insisted\s+on)\s+"
        r"(?:\w+\s+)?(?:changes|amendments|modifications|revisions)\s+(?:to|in|of)\b"
        # "responded with its own plan", "put forward their own proposal": an answer in kind
        r"|(?:responded|replied|answered|countered|came\s+back)\s+" + _ANSWERED_WHEN + r"with\s+"
        r"(?:its|their|his|her)\s+own\b"
        # "came back with an offer of its own", "answered the US proposal with its own offer":
        # the proposal answered may stand between the verb and the answer
        rf"|{_ANSWERED_OBJECT}with\s+(?:its|their|his|her)\s+own\b"
        r"|(?:(?:responded|replied|answered|countered|came\s+back)\s+"
        + _ANSWERED_WHEN
        + rf"|{_ANSWERED_OBJECT})"
        # "answered the same evening with proposals of its own": in the plural, no article
        r"with\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:offers?|proposals?|plans?|drafts?|text"
        r"|version|roadmap|initiative|blueprint|project"
        # "answered it with a list of demands of its own", "with terms of their own": what the
        # respondent asks in return for what it was offered
        r"|demands?|terms|conditions)\s+of\s+(?:its|their|his|her)\s+own\b"
        # "answered Tata's first approach ... with a demand for more", "answered the bishops'
        # plea ... with an offer of state pensions": terms of its own against the text named
        rf"|{_ANSWERED_OBJECT}with\s+an?\s+(?:[\w-]+\s+)?(?:offer|demand|proposal)\s+(?:of|for|to)\s"
        # "Belgrade answered an Anglo-American compromise by demanding the earlier line": the
        # terms given by the gerund, as by "with a demand for"
        rf"|{_ANSWERED_OBJECT}by\s+(?:demanding|offering|proposing|insisting\s+on)\s"
        # "had answered the union's opening demand of a 40% raise with an offer of 9%": a
        # figure offered against the one asked
        rf"|{_ANSWERED_OBJECT}with\s+an?\s+(?:[\w-]+\s+)?offer\s+of\s+{_A_FIGURE}"
        # "the Six Nations answered it with a line carried down the Ohio": a frontier of its
        # own against the line its object names (not "answered in December with a line", whose
        # object is left to the words around it, t64a)
        rf"|{_ANSWERED_OBJECT}with\s+an?\s+line\b"
        # "Cairo had answered a Sudanese claim of £E35 million with that lower figure"
        r"|(?:(?:responded|replied|answered|countered|came\s+back)\s+"
        + _ANSWERED_WHEN
        + rf"|{_ANSWERED_OBJECT})with\s+(?:{_A_LOWER_FIGURE}|{_TERMS_OF_ITS_OWN})"
        # "the government answered with an offer of regional security forces", "answered with
        # a demand for 109 billion reais": terms of its own put against what was asked
        r"|(?:responded|replied|answered|came\s+back)\s+" + _ANSWERED_WHEN + r"with\s+an?\s+"
        r"(?:[\w-]+\s+)?(?:offer|demand|proposal)\s+(?:of|for|to)\s+"
        r"|(?:made|submitted|presented|tabled|put\s+forward|offered|floated|unveiled|drew\s+up"
        # "put forward its own, heavily rewritten version of the plan"
        r"|drafted)\s+(?:its|their)\s+own\s*,?\s+(?:[\w-]+\s+){0,2}?(?:plan|proposal|draft|text|version"
        r"|roadmap|initiative|offer|blueprint)"
        # "has put forward a two-state deal in place of the UN blueprint", "proposed a phased
        # truce instead of the plan": an alternative to the text named after it
        r"|(?:put\s+forward|proposed|offered|tabled|floated|championed|pushed\s+for|pressed\s+for"
        r"|submitted|presented)\s+(?:[^,.;]{0,80}?\s+)?(?:in\s+place\s+of|instead\s+of"
        r"|as\s+an\s+alternative\s+to)\s+(?=(?:the|a|an|its|their)\s)"
        # "balked at initialing the text, demanding changes": a refusal that asks for changes
        r"|balked\s+at\b[^;]{0,120}?,\s+(?:demanding|seeking|insisting\s+on)\s+(?:\w+\s+)?"
        r"(?:changes|amendments|modifications))",
    ),
    # "the authority answered with 3, 4 and 3.5 percent", "Maucher came back with 1,075 pence":
    # a figure of its own against the one asked (t64a)
    (
        "countered",
        r"(?:responded|replied|answered|countered|came\s+back)\s+"
        + _ANSWERED_WHEN
        + r"with\s+"
        + _A_FIGURE_OF_ITS_OWN,
    ),
    (
        "countered",
        r"(?:submitted|delivered|handed\s+over|sent|gave|presented)\s+(?:its|their|a|an)\s+(?:\w+\s+)?(?:response|reply|answer)[^.]*\b(?:amendments|changes|counter|modifications)",
    ),
    # "had turned down a government offer of 20 percent and held out for 30 percent",
    # "rejected the plan and instead proposed a phased truce": a no with terms of its own
    (
        "countered",
        r"(?:\w+ly\s+)?(?:(?:rejected|turned\s+down|dismissed|spurned|refused|rebuffed|balked\s+at"
        # "refused outright the Italian demand ... and proposed instead": the adverb after
        r"|threw\s+out|declined)\s+(?:(?:outright|flatly|firmly)\s+)?"
        # ("Gent refused both and on Wednesday proposed the 49.5 percent figure": the two
        # items told before, `_items_referred_to`)
        r"(?:the|a|an|its|their|this|that|his|her|both)\b"
        # "turned it down and offered instead to ...", "refused to accept free unions and offered
        # instead to reform the official ones": the no in other words, the terms after it
        # ("the employers turned that down and offered the joint council instead": what the
        # clause before asked for, pointed back to)
        r"|turned\s+(?:it|them|that)\s+down\b|refused\s+to\s+(?:accept|sign|endorse|approve)\b)"
        # ("balked at an offer in January that carried no guarantee, and answered with a
        # demand": the comma before the answer, t56i)
        r"[^.;,]{0,100}?(?:,?\s+and\s+(?:then\s+|instead\s+)?(?:on\s+\w+day\s+)?"
        # ("dismissed the agreement and demanded that it be renegotiated": the text undone, no
        # terms of its own, so a no)
        r"(?:held\s+out\s+for|demanded(?!\s+that\s+(?:it|they|the\s+\w+)\s+be\s+"
        r"(?:renegotiated|scrapped|annulled|withdrawn|revoked|cancell?ed|torn\s+up|abandoned)\b)"
        r"|insisted\s+on|pressed\s+for|proposed|put\s+forward"
        r"|tabled|offered|submitted|countered"
        # "balked at the offer and answered with a demand that ...", "and came back with a
        # plan": the no, then terms of its own as its answer (t56i)
        r"|(?:answered|responded|replied|came\s+back)\s+with\s+(?:an?\s+|its\s+|their\s+)?"
        r"(?:own\s+)?(?:[\w-]+\s+)?(?:counter-?\s?\w+|offer|demand|proposal|plan)\b"
        # "threw out the oath in the draft and sent the delegates back with a counter-proposal":
        # the counter carried back by its envoys
        r"|(?:sent|came|went)\s+(?:[\w-]+\s+){0,3}?back\s+with\s+(?:an?\s+|its\s+|their\s+)?"
        r"(?:own\s+)?counter-?\s?(?:proposal|offer|plan|draft))"
        # "turned down his request, offering instead technical help": the terms in a participle
        r"|,\s+(?:(?:offering|proposing|suggesting)\s+instead|instead\s+(?:offering|proposing"
        r"|suggesting)))\b",
    ),
    (
        "rejected",
        # ("Both unions reject the offer": a plural subject's present, as "rejects")
        r"(?:\w+ly\s+)?(?:rejected|rejects|reject|turned\s+(?:it\s+|them\s+|that\s+)?down"
        r"|dismissed|spurned"
        r"|balked\s+at|vetoed|repudiated|voted\s+(?:down|against)|shot\s+(?:it\s+|them\s+)?down"
        # ("threw them out on the 7th": the pronoun between, as "turned them down")
        r"|threw\s+(?:it\s+|them\s+)?out|ruled\s+out"
        # "refused to sign the deal", not "refused to attend the talks"
        # "refused to apply the resolution": a text imposed on it, refused in deed
        # ("The mills still refuse.": a bare plural present is `_BARE_NO`'s, which answers only
        # what was just asked)
        r"|refused|refuses|refuse(?!\s*(?:[.;,]|$)))"
        r"\b(?!\s+to\s+(?!(?:accept|sign|initial|endorse|approve|back|put"
        r"|recogni[sz]e|apply|implement"
        # "refused to discuss the forty-hour week", "refused to consider the offer": a text
        # not even taken up is turned down (t56c)
        r"|" + _TAKE_UP_VERBS + r")\b))"
        # "turned the petition down", "has twice voted the plan down": the proposal between
        # the verb and its particle (a noun of something asked or offered, not "the heat")
        r"|(?:turned|voted)\s+(?:the|its|their|his|her|this|that|[\w.-]+['’]s?)\s+"
        r"(?:[\w’'-]+\s+){0,3}?(?:" + _ASKED_OR_OFFERED_NOUN + r"|petition|deal|agreement|accord"
        r"|treaty|pact)s?\s+down\b"
        # "declined to endorse the roadmap" (not "declined to comment", nor "declined to sign"
        # today, which is often an answer put off)
        r"|declined\s+to\s+(?:accept|endorse|approve|back|support|ratify"
        r"|recogni[sz]e"
        # "declined to receive the sum offered", "declined to consider the plan" (t56c); not
        # "declined to discuss the plan", which in news copy is a comment withheld, no answer
        r"|(?!discuss\b|debate\b|hear\b)" + _TAKE_UP_VERBS + r")\b"
        # "declined the invitation", "politely declined the offer": a text or an invitation
        # turned down (not "declined to comment", nor "the offer declined in value")
        r"|(?:\w+ly\s+)?declined\s+(?:"
        + _PROPOSAL_OBJECT
        + r"|(?:the|an|its|their|this|that|[\w.]+['’]s)\s+"
        r"(?:[\w.’'-]+\s+){0,3}?invitations?\b"
        # "declined Gandhi's demand that it be repealed", "declined the Chinese demand": a
        # demand or a request turned down
        r"|(?:the|its|their|his|her|[\w.]+['’]s)\s+(?:[\w.’'-]+\s+){0,2}?"
        r"(?:demand|request|plea|appeal)s?\b)"
        # "said the deal did not bind its fighters", "would not be bound by the accord"
        r"|said\s+(?:that\s+)?" + _PROPOSAL_OBJECT + r"\s+(?:did|does|would|will)\s+not\s+bind\b"
        r"|(?:(?:said|insisted|declared)\s+(?:that\s+)?(?:it|they|he|she)\s+)?(?:would|will)\s+not"
        r"\s+be\s+bound\s+by\s+" + _PROPOSAL_OBJECT + r""
        # "said his movement did not recognise the deal"
        r"|(?:does|did|do|would|will)\s+not\s+recogni[sz]e\s+"
        + _PROPOSAL_OBJECT
        # "denounced the accord outright", not "condemned the attack"
        # ("Both parties denounce the deal": the present, of one party or of several)
        + r"|(?:denounced|denounces|denounce|condemned|condemns|condemn|decried|slammed|assailed"
        r"|lambasted)\s+"
        + _PROPOSAL_OBJECT
        # "Aliyev said no in a televised address", "said no to the plan"
        + r"|said\s+no\b(?!\s+(?:one|longer|more|comment|decision)\b)"
        # "vowed to block the agreement in parliament", "came out against the deal",
        # "opposes the accord": a stand against the proposal itself
        + r"|(?:(?:vowed|pledged|promised|threatened|swore|moved)\s+to|would|will)\s+"
        r"(?:block|fight|oppose|scrap"
        r"|scuttle|derail|sink|overturn|annul|torpedo|kill|thwart|resist)\s+"
        + _PROPOSAL_OBJECT
        # "had held out against a Qatari compromise": a stand against a text on the table
        + r"|held\s+out\s+against\s+(?:(?:the|a|an|its|their|this|that)\s+(?:[\w’'-]+\s+){0,3}?"
        r"compromise\b|"
        + _PROPOSAL_OBJECT
        + r")"
        + r"|(?:opposed|opposes|oppose|came\s+out\s+against|spoke\s+out\s+against"
        r"|campaigned\s+against"
        # "rebuffed the offer", "brushed aside the plan", "scoffed at the proposal"
        r"|rebuffed|snubbed|brushed\s+aside|waved\s+away|scoffed\s+at|shrugged\s+off)\s+"
        + _PROPOSAL_OBJECT
        # "turned its back on the accord", "sent back the new contract": the text refused or
        # returned unaccepted (not "sent back the draft with amendments", a counter); the
        # object is looked ahead to, so the text is sought after the verb (t56c)
        + r"|(?:turned\s+(?:its|their|his|her)\s+backs?\s+on|sent\s+back"
        r"(?![^.;]*\bwith\s+(?:\w+\s+){0,3}?(?:amendments|changes|modifications"
        r"|counter-?\s?\w+|proposals|terms)\b)"
        # "stayed out of the accord", "voted to stay out of the pact": a party that keeps out of
        # a text the others join turns it down (a text named: not "stayed out of the talks",
        # nor strikers who "stayed out") (t56c)
        r"|(?:stayed|stays|stay|(?:voted|decided|chose|opted|preferred)\s+to\s+stay)\s+out\s+of)"
        r"(?=\s+"
        + _PROPOSAL_OBJECT
        + r")"
        # "gave the Crees' demand that the dams be scaled down a flat no", "gave it a firm no":
        # the no handed to the proposal named between
        + r"|gave\s+(?:it|them|(?:the|an?|its|their|his|her|[\w.-]+['’]s|[\w-]+s['’])\s"
        r"(?:[^,.;]|(?<=[A-Z])\.){0,100}?)\s+an?\s+(?:(?:flat|firm|blunt|curt|categorical"
        r"|emphatic|swift|polite|resounding|clear)\s+)?(?:no|refusal|rebuff|thumbs-down)\b",
    ),
    # "Syria refused to attend", "refused to take part in the conference", "refused to attend
    # the signing": a no to the talks or the text they are on (see `_REFUSED_TO_ATTEND`)
    ("rejected", _REFUSED_TO_ATTEND),
    # "Kyrgyzstan has also agreed to attend.": a yes to the invitation told just before (see
    # `_AGREED_TO_ATTEND`)
    ("accepted", _AGREED_TO_ATTEND),
    # "Pyongyang still refuses to let IAEA inspectors into the sites", "the rebels refused to
    # negotiate directly with the government": a refusal of the step a recorded demand or
    # proposal asks for, which the words after "to" describe (see `_REFUSING_THE_STEP_ASKED`)
    ("rejected", _REFUSED_THE_STEP),
    ("rejected", _VOTED_TO_REJECT),
    # "called the plan unacceptable", "branded the deal a betrayal", "declared the accord
    # null and void": a verdict that is a no
    (
        "rejected",
        r"(?:\w+ly\s+)?(?:called|described|branded|labell?ed|termed|declared|deemed|pronounced)\s+"
        # "has branded it a capitulation", "called them unacceptable": the text told of before
        + r"(?:"
        + _PROPOSAL_OBJECT
        + r"|it|them)"
        + r"\s+(?:as\s+)?(?:[\"“]?)(?:totally\s+|completely\s+|wholly\s+|simply\s+)?"
        r"(?:unacceptable|a\s+non-starter|dead(?:\s+on\s+arrival)?|null\s+and\s+void"
        r"|illegitimate|illegal|invalid|worthless|an?\s+(?:\w+\s+)?(?:betrayal|surrender"
        r"|sell-?out|capitulation|insult|farce|trap|sham|fraud|disaster|humiliation"
        # "called the deal "a historic mistake"": a text judged an error is refused
        r"|mistake|blunder"
        r"|recipe\s+for\s+(?:disaster|war|chaos))"
        # "called the draft "a dangerous document"", "branded the plan a one-sided deal": a
        # text of any name judged harmful
        r"|(?:dangerous|one-sided|unbalanced|unworkable|humiliating|shameful|disastrous"
        r"|an?\s+(?:\w+\s+)?(?:dangerous|one-sided|unbalanced|unworkable|humiliating"
        r"|shameful|disastrous)\s+\w+))\b",
    ),
    # "withdrew that acceptance on Wednesday", "withdrew his consent": a yes taken back, its
    # text the one that yes answered (`_text_of_the_yes_withdrawn`)
    ("withdrawn", _WITHDREW_ITS_YES),
    # "withdrew its offer", "pulled out of the deal"; "if Israel withdrew" is troops
    (
        "withdrawn",
        r"(?:withdrew|withdrawn)\s+(?:from\s+)?(?:its|their|the)\b"
        # (not "withdrew its objections to the deal": a stand against the text given up, a yes
        # read below, t56b)
        r"(?!\s+(?:\w+\s+)?(?:objections?|opposition|veto|resistance|reservations?)\b)"
        r"|(?:pulled\s+out\s+of|walked\s+away\s+from|backed\s+out\s+of|reneged\s+on"
        r"|(?:withdrew|pulled)\s+(?:its|their|his|her)\s+support\s+(?:for|from))\b",
    ),
    # "quit the deal", "tore up the accord", "suspended its participation in the truce":
    # a party leaves a text it had accepted
    (
        "withdrawn",
        r"(?:quit|exited|(?:tore|torn)\s+up|renounced|repudiated\s+its\s+signature\s+(?:on|to)"
        r"|suspended\s+(?:its|their|his|her)\s+(?:participation|part|membership)\s+in)\s+"
        + _PROPOSAL_OBJECT,
    ),
    ("accepted", _SIGNED),
    # "Switzerland gave its consent on Wednesday but withdrew it", "Belgium withheld its
    # consent": a yes or a no told by its noun with no object, a bare answer as "agreed." is
    # (read before the yes given to a text: "gave its assent to the plan")
    ("accepted", _BARE_CONSENT),
    ("rejected", _BARE_CONSENT_WITHHELD),
    # "In the declaration, both countries agreed that ...": the terms of the text the sentence
    # opens with (see `_framing_text`; with no such text, no signal)
    # (or closes with: "X and Y agreed yesterday that ..., in a joint communique")
    (
        "accepted",
        r"agreed\s+" + _AGREED_ON_A_DAY + r"that\b(?!\s+(?:night|evening|morning|afternoon|day)\b)",
    ),
    (
        "accepted",
        r"(?:\w+ly\s+)?(?:accepted|accepts|approved|endorsed|ratified|signed\s+on\s+to"
        # "Israel and Lebanon sealed an agreement", "Yerevan was ready to heed the appeal"
        r"|sealed|clinched|(?:is|are|was|were)\s+ready\s+to\s+(?:heed|accept|sign|endorse)"
        r"|said\s+yes\s+to|(?:gave|given)\s+(?:its|their)\s+(?:approval|assent|consent|green\s+light"
        r"|go-ahead|nod)\s+to"
        # "backed the agreement", "threw its weight behind the plan" (not "backed by Iran")
        r"|(?:backed|supported|embraced|signed\s+off\s+on|rubber-stamped|okayed|green-?lit"
        # "voted for the accord", "consented to the plan", "the cabinet adopted the plan"
        r"|voted\s+(?:for|in\s+favou?r\s+of)|consented\s+to|assented\s+to|adopted|signed\s+up\s+to"
        r"|came\s+on\s+board\s+with|committed\s+(?:itself|themselves)\s+to"
        # "Lebanon was committed to implementing the agreement", "the rebels remained committed
        # to the deal": a party that holds itself bound by the text has said yes to it
        r"|(?:is|are|was|were|remains|remain|remained)\s+(?:still\s+|\w+ly\s+)?committed\s+to"
        r"(?:\s+(?:implementing|respecting|honou?ring|upholding|observing|abiding\s+by"
        r"|carrying\s+out))?"
        r"|green-?lighted|gave\s+the\s+nod\s+to|threw\s+(?:its|their|his|her)\s+"
        r"(?:full\s+)?weight\s+behind"
        # "Ireland and Hungary dropped their objections to the deal", "lifted its veto on the
        # accord": a party that gives up its stand against a text accepts it (t56b)
        r"|(?:dropped|withdrew|lifted|abandoned|waived)\s+(?:its|their|his|her)\s+"
        r"(?:objections?|opposition|veto|resistance)\s+(?:to|on|against))\s+"
        + _PROPOSAL_OBJECT
        + "|"
        # "Cadbury's board recommended Kraft's offer", "said it would recommend the bid": the
        # board that commends another's offer to its owners says its yes; only a text offered
        # or settled, named as one told before ("recommended a plan" may be its own) (t56b)
        r"(?:\w+ly\s+)?(?:recommended|recommends|(?:would|will)\s+(?:\w+ly\s+)?recommend)\s+"
        r"(?:the|its|their|this|that|(?-i:[A-Z])[\w.’'-]*['’]s?)\s+(?:[\w’'-]+\s+){0,3}?"
        r"(?:offer|bid|deal|agreement|accord|settlement|terms|treaty)s?\b|"
        # "Moscow took up the offer last autumn", "took him up on his invitation": an offer or
        # an invitation taken up is accepted (not "has yet to take up the plan", a text still
        # to be considered: only the past, and only an offer) (t56b)
        r"(?:took\s+up|took\s+(?:him|her|them|it|\w+)\s+up\s+on)\s+"
        r"(?:the|its|their|his|her|this|that|(?-i:[A-Z])[\w.’'-]*['’]s?)\s+"
        r"(?:[\w’'-]+\s+){0,3}?(?:offer|invitation)s?\b|"
        # "the Union had joined the accord", "acceded to the treaty": a party that becomes one
        # of a settled text's parties says yes to it (not "joined the talks", "joined the plan")
        r"(?:joined|acceded\s+to|adhered\s+to)\s+(?:the|a|an|its|this|that)\s+"
        r"(?:[\w’'-]+\s+){0,3}?(?:agreement|accord|pact|treaty|deal|truce|ceasefire|cease-fire"
        r"|declaration|convention|protocol)\b|"
        # "gave his backing", "lent its full support to the plan", "signalled support for it"
        r"(?:gave|lent|offered|pledged|signall?ed|voiced|expressed|declared|announced)\s+"
        r"(?:its|their|his|her)\s+(?:full\s+|formal\s+|final\s+|strong\s+|unanimous\s+)?"
        r"(?:backing|blessing|support|endorsement|approval|assent|consent|green\s+light)"
        # "Israel and Hamas reached a ceasefire deal": each party agrees to it
        r"|reached\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord)"
        # "agreed on Friday to a bilateral ceasefire", "agreed Tuesday to open" (the weekday
        # bare, as agency copy writes it), "agreed in principle to"
        r"|agreed\s+" + _WHEN_LATER + r"(?:in\s+principle\s+)?to"
        # "He did agree in July to the union's demand", "agreed in March to the plan": the
        # yes stressed, or dated by its month between the verb and its object
        r"|(?:agreed|did\s+(?:\w+ly\s+)?agree)\s+"
        + _WHEN_LATER
        + _IN_A_MONTH
        + r"(?:in\s+principle\s+)?to)\b"
        # "agreed on Thursday on the outlines of a deal", "struck a deal", "hammered out an
        # accord", "agreed the text of the agreement": the parties settle the text itself
        r"|(?:agreed\s+" + _WHEN_LATER + r"(?:on\s+|upon\s+)?"
        r"(?:the\s+(?:outlines?|terms|text|details|main\s+points|parameters|wording)\s+of\s+)?"
        r"|(?:struck|hammered\s+out|concluded|finali[sz]ed|nailed\s+down|thrashed\s+out)\s+)"
        + _TEXT_SETTLED,
    ),
    # "met Jammeh's demand for guarantees", "granted the rebels' request": a party that meets
    # or grants what another asked of it accepts it (the object must be a demand, request or
    # call the article records; "met the press" or "met his counterpart" is no answer). Only
    # the past: "It meets the 10 demands" tells what a text holds, not a party's answer
    (
        "accepted",
        r"(?:met|granted|satisfied)\s+(?=(?:the|its|their|his|her"
        r"|[A-Z][\w.’'-]*(?:['’]s?)?)\s+(?:[\w-]+\s+)?(?:demands?|requests?|calls?)\b)",
    ),
    # "Nehru declined.", "X agreed first, and ...", "Y refused at once": a yes or a no with no
    # object, closing its clause; it answers only a request the sentence before tells
    # (`_request_told_before`), else nothing
    ("accepted", _UNDERTOOK),
    ("accepted", _CAME_ABOARD),
    ("rejected", _BARE_NO),
    ("accepted", _BARE_YES),
    # "agreed on the central elements of a boundary", "agreed on Monday on the main principles
    # of a settlement": the parties settle the core of a text the words after describe (a
    # recorded one, else no answer), short of a text noun
    (
        "accepted",
        r"agreed\s+" + _WHEN_LATER + r"(?:on|upon)\s+"
        r"(?=(?:the|its|their)\s+(?:(?:central|main|key|basic|broad|core|essential|principal"
        r"|general)\s+)?(?:elements|principles|outlines?|contours|parameters|terms)\s+of\s+"
        r"(?:an?|the|their|its)\s)",
    ),
    # "Petrograd wired its acceptance early the next morning", "at Monday's sitting he
    # announced his acceptance": the yes itself sent or made known, its object the text put to
    # the party before (tune36c)
    (
        "accepted",
        r"(?:wired|cabled|telegraphed|radioed|sent|conveyed|delivered|transmitted|communicated"
        r"|announced|signall?ed|notified)\s+(?:its|their|his|her)\s+(?:formal\s+|official\s+"
        r"|final\s+|full\s+|unconditional\s+)?acceptance\b(?!\s+(?:speech|of\s+(?:the\s+)?"
        r"(?:nomination|award|prize)))",
    ),
    (
        "acknowledged",
        r"(?:submitted|delivered|handed\s+over|sent|gave|presented|conveyed)\s+(?:its|their|a|an)\s+(?:\w+\s+)?(?:response|reply|answer)",
    ),
    # ("acknowledged Colombo's proposal": the text by its author's possessive, tune50d)
    (
        "acknowledged",
        r"(?:acknowledged|received|welcomed)\s+(?:receipt\s+of\s+)?"
        r"(?:the|a|(?-i:[A-Z][\w.’'-]*)['’]s?(?=\s+[\w-]+))\b",
    ),
    # "said he had "taken note" of the Tunis declaration": heard, not answered
    (
        "acknowledged",
        # "would only "take note" of the agreements": heard, and no more, as it declares
        r"(?:(?:would|will)\s+(?:only\s+|merely\s+|simply\s+)?)?"
        r"[\"“]?(?:took|taken|takes|take)\s+[\"“]?(?:careful\s+|due\s+)?note[\"”]?\s+of\s+"
        # ("the Vatican said it had taken note of it.": the text told before, tune46a)
        r"(?:the|a|an|its|it(?=\s*[.;]))\b",
    ),
    # "confirmed receipt of the draft": an acknowledgement from whoever got it
    ("acknowledged", r"(?:confirmed|acknowledged)\s+(?:its\s+)?receipt\s+of\s+(?:the|a|an)\b"),
    # "responded to the truce proposal", not "responded to the attack, days after the plan"
    (
        "acknowledged",
        r"(?:responded|replied)\s+(?:\w+ly\s+)?to\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:plan|proposal|offer|deal|framework|roadmap|initiative|agreement|accord|draft|text)\b",
    ),
    # "said on April 30 it would accept the draft": a yes declared by the respondent, told as
    # its answer, as "said it would not sign" is its no (last: a condition or a doubt after
    # the verb is read by the patterns above, and leaves this one out)
    ("accepted", _DECLARED_YES),
    # "have confirmed that they will attend", "said it would take part": a yes to the meeting a
    # proposal sets up, declared as "said it would not attend" is a no (never with a condition
    # or a doubt after it: "would attend only if ...")
    (
        "accepted",
        _DECLARED + r"(?:it|they)\s+(?:too\s+|also\s+)?(?:would|will)\s+(?:attend|take\s+part"
        r"|participate)\b(?![^.;]*\b(?:only|if|unless|once|provided|condition|conditions|whether"
        r"|but)\b)",
    ),
]
# A day written between a respondent and its verb, as wire copy does ("Hamas on Saturday
# rejected", "said Monday it had accepted").
_WHEN = (
    r"(?:(?:late\s+|early\s+)?on\s+\w+(?:\s+\d{1,2})?\s+"
    # "declared on Wednesday night that it would not recognise the agreement": the part of
    # the day after the weekday (t56c)
    r"(?:(?<=day\s)(?:night|evening|morning|afternoon)\s+)?"
    # "told the closing session on the 12th that": a day of the month the article tells of
    r"|on\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|today\s+|yesterday\s+"
    # "Maduro said then he was ready": the time the article has just told
    r"|then\s+"
    # "Israel last week accepted", "and earlier this month had backed the plan"
    r"|(?:(?:earlier|later)\s+)?(?:this|that|last)\s+(?:week|month|year)\s+)?"
)
# The bodies that answer for a state: "Israel's security cabinet approved", "the Israeli
# government accepted" (not its parts: "Israel's army"; nor "Yemen's Houthi movement", another
# actor); and words of a respondent's own kind: "the ELN rebel group agreed".
_STATE_BODY = r"(?:government|cabinet|authorities|leadership)"
_OWN_KIND = (
    r"(?:group|movement|militia|rebels|militants|guerrillas|insurgents|government|cabinet"
    r"|authorities|leadership|party"
    # "the PLO executive committee in Tunis gave its approval": the organ that decides for it
    r"|executive(?:\s+(?:committee|board|council))?|central\s+committee|politburo|high\s+command)"
    r"(?:\s+in\s+[A-Z][\w-]+)?"
)
_DECIDING_ORGAN = (
    r"(?-i:(?:(?:national|central|executive|governing|supreme|ruling|leadership|top)\s+)?"
    r"(?:council|committee|executive|politburo|leadership|board|shura\s+council)"
    r"|(?:national|central|executive)\s+(?:executive\s+)?committee)"
)
_DELEGATION = (
    r"(?:" + A_DELEGATION_NOUN + r"|negotiating\s+team|team|panel"
    # "Hamas's chief negotiator, Omar Haddad, said", "the group's envoy, rejected"
    r"|(?:chief\s+|lead\s+|top\s+)?negotiator|envoy)"
)
# "Sixty-four percent of members of the union rejected the offer", "a majority of the members
# of the party endorsed it": the share of a body's members that carries its vote gives the
# body's answer (tune40a)
_A_SHARE_OF_ITS_MEMBERS = re.compile(
    r"\b(?:[\w.-]+\s+(?:percent|per\s+cent)|[\d.]+\s?%|(?:a|the)\s+(?:\w+\s+)?majority"
    r"|two-thirds|three-quarters)\s+of\s+(?:the\s+)?(?:its\s+)?members\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "X in Istanbul, which ...": a body's seat, then a relative clause of its own (not a state
# body's place: "the authorities in Hebron" are that place's)
_A_SEAT_BEFORE_A_RELATIVE = r"\s+(?:in|at)\s+[A-Z][\w-]+,\s*(?=(?:who|which)\s)"
_A_SEAT_AND_ITS_RELATIVE = re.compile(
    _A_SEAT_BEFORE_A_RELATIVE + r"(?:[^,]|(?<=\d),(?=\d{3}))*,\s*", re.IGNORECASE
)
# A participle naming who leads the body before it: "the Front led by", "the team, headed by"
_LEADER_AGENT = r"(?:led|headed|chaired|commanded)\s+by\s+"
# ", whose special envoy, Mike Hammer, met Abiy last month, ...", ", whose association,
# ADAM, went to court, ...": a relative clause set off by commas that names someone in
# apposition inside it, between commas of its own (the name in capitals, so the commas of a
# list of clauses are not taken for it)
_A_RELATIVE_WITH_A_NAME_IN_IT = (
    r",\s*(?:who|which|whose)\s+(?:[^,]|(?<=\d),(?=\d{3}))*,"
    r"\s*(?-i:[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|the|de|al|bin)\s+)?[A-Z][\w'’.-]*){0,4}),"
    r"(?:[^,]|(?<=\d),(?=\d{3}))*,\s*"
)
# What may stand between a respondent and its verb.
# "X, Y and most of the smaller churches have confirmed": a list closed by the rest of its kind,
# unnamed, after the last party named, which answers with those listed before it
_THE_UNNAMED_REST = (
    r"\s+and\s+(?:most|all|many|several|some|the\s+rest)\s+of\s+the\s+(?:other\s+|smaller\s+"
    r"|remaining\s+|larger\s+)?[a-z]+s\b"
)
_AFTER_THE_LAST_LISTED = re.compile(_THE_UNNAMED_REST)
_BEFORE_VERB = (
    r"^\s*,?\s*" + r"(?:" + _THE_UNNAMED_REST + r"\s+)?"
    # "the National Liberation Army (ELN)": the abbreviation in brackets ("Another armed
    # group, the Front (FLN), has not yet decided": the comma closing the appositive after it)
    r"(?:\([^()]{1,40}\)\s*,?\s*)?\)?\s*"
    # "Sixty-four percent of members of the union (IAM) in the Seattle area rejected": the
    # members' share of a body, with the place its members are in (tune40a)
    r"(?:(?<=\s)in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:area|region)\s+)?"
    # "Eritrea, whose troops fought ..., has not responded"; "Khamenei, who had not commented
    # on the framework, ...", "Hamas, which rejected the plan on Sunday, ...": the relative
    # clause's own verb is the respondent's (not a stance held all along: "Israel, which
    # opposes the deal, stepped up its lobbying")
    # ("whose 2,000 pilots refused to cross picket lines": a number's comma is no end of it)
    # ("the Indian Office in Washington, which has not answered it", "the Assembly at
    # Bordeaux, which ...": the seat of the body between it and its relative clause)
    # ("The United States, whose special envoy for the Horn of Africa, Mike Hammer, met Abiy
    # ..., also welcomed the plan": a relative clause holding a name set off by commas of its
    # own, `_A_RELATIVE_WITH_A_NAME_IN_IT`)
    r"(?:" + _A_RELATIVE_WITH_A_NAME_IN_IT + r"|"
    r",(?:[^,]|(?<=\d),(?=\d{3}))*,\s*|"
    # ("The Ecumenical Patriarchate in Istanbul, which received notice of the act, has not yet
    # responded": the seat before the relative clause set off by commas; not "the authorities
    # in Hebron", a place's own, tune50d)
     + _A_SEAT_BEFORE_A_RELATIVE + r"(?:[^,]|(?<=\d),(?=\d{3}))*,\s*"
    r"|(?:\s+(?:in|at)\s+[A-Z][\w-]+)?,\s*(?:who|which)\s+(?!(?:opposes|supports|backs|favou?rs|rejects"
    r"|accepts|welcomes|endorses)\b))?"
    # "Yemen's internationally recognised government accepted": the state answers
    r"(?:['’]s\s+(?:(?:\w+\s+){0,2}?"
    + _STATE_BODY
    # "Hamas's leaders rejected": its leaders together, right after the possessive (not
    # "Israel's opposition leaders", who answer apart from it)
    + r"|leaders"
    # "the company's directors accepted": its board, by the directors who sit on it (t56g)
    r"|directors)\s+)?"
    # "the Popular Front led by Omar Sy rejected", "the rebel group, the Front led by Omar Sy,
    # rejected": who leads the body is said in passing; the verb is the body's
    r"(?:" + _LEADER_AGENT + r"(?:[A-Z][\w'’.-]*\s*){1,4}?,?\s*)?"
    # "Ghani's office said", "Netanyahu's spokesman said": the leader speaks through them
    r"(?:['’]s\s+(?:press\s+)?(?:office|spokes(?:man|woman|person))\s+)?"
    # "Hamas's delegation accepted", "the rebels' negotiating team rejected", "Houthi
    # negotiators agreed", "who heads the
    # front's panel, signed": the people who negotiate for it
    r"(?:(?:['’]s?)?\s+(?:negotiating\s+|peace\s+|\w+-level\s+)?"
    + _DELEGATION
    # "the Serbian government delegation, headed by X, put forward": the one who leads it
    + r"(?:\s*,\s*"
    + _LEADER_AGENT
    + r"[^,;.]{1,60},)?\s*,?\s+)?"
    # "Norvik Mining's chief executive accepted", "the Freedonian foreign minister rejected",
    # "the Norvik Mining chairman signed": the holder of one of its posts, unnamed, answers for
    # it (`_signals_at` leaves a holder the article names or records to his own reading)
    r"(?:(?:['’]s?)?\s+(?P<held_post>(?-i:" + A_QUALIFIED_POST_THAT_SPEAKS_FOR_IT + r"))\s+)?"
    r"(?:(?:[a-z-]+\s+)?"
    + _OWN_KIND
    + r"\s+)?"
    # "The MDC's national council endorsed", "the ANC's national executive rejected": the organ
    # that decides for the body named before it (in lower case: "Russia's Security Council" is
    # a body of its own)
    + r"(?:['’]s?\s+"
    + _DECIDING_ORGAN
    + r"\s+)?"
    + _WHEN
    # "Hamas said it was studying the plan", "said on Monday it had rejected", "said in a
    # statement that they had accepted": reported speech of the respondent itself
    # "A Hamas spokesman said the group had rejected": an unnamed voice of the party
    + r"(?:(?:spokes(?:man|woman|person)|officials?|sources?)\s+)?"
    # "Iran had said it would do so only once ...": reported speech told in the past too
    + r"(?:(?:(?:has|have|had)\s+)?(?:said|says|announced|confirmed|stated|declared|insisted"
    r"|indicated|added"
    # "who has let it be known that he will accept only if ...": a word sent out, not spoken
    r"|(?:let|lets|made|makes)\s+it\s+(?:be\s+)?known"
    r"|told\s+(?:reporters|journalists|the\s+press|parliament|lawmakers"
    # "told the closing session that his government would sign only if": the delegates in
    # session hear it as reporters do
    r"|(?:the\s+)?(?:(?:opening|closing|final|plenary)\s+)?(?:session|conference|delegates)))\s+"
    r"(?:in\s+a\s+statement\s+)?"
    # "declared at Iquitos on Wednesday that it", "told reporters in Geneva that they": the
    # place where the party spoke, between its verb of saying and its clause (t56c)
    r"(?:(?:in|at)\s+(?-i:[A-Z][\w'’-]+)\s+(?=(?:on\s|that\s|it\s|they\s|he\s|she\s|we\s"
    r"|the\s+(?:government|cabinet|leadership)\b|(?:his|her|its|their)\s)))?"
    + _WHEN
    # "said it had rejected", "said she would wait": the speaker; "said his movement did not
    # recognise", "'s office said the government was ready", "Its president said the party
    # would study it": the body the speaker speaks for
    + r"(?:that\s+)?(?:it|they|he|she|we"
    r"|(?P<its_government>the\s+(?:government|cabinet|leadership))"
    r"|(?P<its_body>(?:his|her|its|their|the)\s+(?:movement|party|group|rebels|government"
    r"|cabinet|organi[sz]ation|faction|side|militia|leadership|country)))\s+)?"
    # "X, Y and Z were among 17 delegations that signed": the relative clause's verb is theirs
    r"(?:(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:delegations|parties|countries|states|governments|groups|factions|movements|nations"
    r"|signatories|organi[sz]ations|members)\s+(?:that|which|who)\s+)?"
)
# A clause set off by commas between a respondent and its verb (see `_BEFORE_VERB`)
_ASIDE_BEFORE_VERB = re.compile(
    r"\s*,?\s*(?:\([^()]{1,40}\)\s*)?\)?\s*(?:,|" + _A_SEAT_BEFORE_A_RELATIVE + r")"
    r"(?:[^,]|(?<=\d),(?=\d{3}))*,\s*"
)
# "The three delegations each approved the text", "Kenya and Uganda both rejected it", "the
# parties all signed": a quantifier floated after a plural subject, before its verb, is no
# word between the parties and their answer (not "all but rejected": nearly, not quite)
_FLOATING_QUANTIFIER = r"(?:(?:each|both|all(?!\s+but\b))\s+)?"
_SIGNAL_PATTERNS = [
    (
        status,
        re.compile(
            _BEFORE_VERB
            # "had submitted", "has now rejected", "would reject" is not a change yet
            + (
                ""
                if status in ("pending", None)
                # "The three delegations each approved", "have both rejected"
                else _FLOATING_QUANTIFIER
                # "has already put its name to", "had also signed", "have now rejected"
                # ("has again turned down": the no said before, said once more)
                + r"(?:(?:has|have|had)\s+(?:\w+ly\s+|now\s+|already\s+|also\s+|just\s+"
                r"|again\s+|each\s+|both\s+|all\s+(?!but\b)"
                # "has so far ruled out", "have thus far refused": the answer given to date
                r"|since\s+|meanwhile\s+|so\s+far\s+|thus\s+far\s+"
                # "has always rejected": an answer kept to all along (not "had long refused to
                # negotiate ..., before accepting Angola's offer": a stand given up, the later
                # yes the answer)
                r"|always\s+"
                # "Lima had earlier balked at a formula", "Prague had earlier accepted, on
                # September 21, the plan": when the answer came, told before the verb (round 60)
                r"|earlier\s+|later\s+)?)?"
                # "The smaller FNL also rejected the deal", "Egypt too signed"
                # "The Serbian delegation instead put forward its own version"
                # ("The three mills still refuse": the answer kept to)
                r"(?:also\s+|too\s+|likewise\s+|similarly\s+|then\s+|instead\s+|again\s+"
                r"|still\s+"
                # "Peru earlier rejected the report", "the Front later balked at it": the time
                # of the answer, as "then" tells it (round 60)
                r"|earlier\s+|later\s+)?"
            )
            + f"(?:{pattern})",
            re.IGNORECASE,
        ),
    )
    for status, pattern in _SIGNALS
]
# The signatories of a deal accept it, each for the body they sign for.
_SIGNATORIES = _SIGNAL_PATTERNS[[raw for _, raw in _SIGNALS].index(_SIGNED)][1]
# A refusal to attend answers only talks a proposal sets up, or the text signed there.
_VOTING_TO_REJECT = _SIGNAL_PATTERNS[[raw for _, raw in _SIGNALS].index(_VOTED_TO_REJECT)][1]
_ATTENDING = _SIGNAL_PATTERNS[[raw for _, raw in _SIGNALS].index(_REFUSED_TO_ATTEND)][1]
# A yes to attend answers only the invitation its sentence or the one before tells of.
_AGREEING_TO_ATTEND = _SIGNAL_PATTERNS[[raw for _, raw in _SIGNALS].index(_AGREED_TO_ATTEND)][1]
_REFUSING_THE_STEP_ASKED = _SIGNAL_PATTERNS[[raw for _, raw in _SIGNALS].index(_REFUSED_THE_STEP)][
    1
]
_CONDITIONING = _SIGNAL_PATTERNS[[raw for _, raw in _SIGNALS].index(_CONDITIONED_ON)][1]
_WITHDRAWING_A_YES = _SIGNAL_PATTERNS[[raw for _, raw in _SIGNALS].index(_WITHDREW_ITS_YES)][1]
_GIVING_THE_TEXT_A_YES = {
    _SIGNAL_PATTERNS[[raw for _, raw in _SIGNALS].index(raw)][1]
    for raw in (_GAVE_THE_TEXT_A_QUALIFIED_YES, _GAVE_THE_TEXT_ITS_YES)
}
_MADE_CONDITIONAL = re.compile(_CONDITIONED_ON, re.IGNORECASE)
# "had accepted the plan but ...", "approved it in principle": a yes the respondent has given,
# not one it would give
_A_YES_GIVEN = re.compile(
    r"(?<!would )(?<!could )(?<!will )\b(?:accepted|agreed|approved|endorsed|backed)\b",
    re.IGNORECASE,
)
_UNDERTAKING = _SIGNAL_PATTERNS[[raw for _, raw in _SIGNALS].index(_UNDERTOOK)][1]
_COMING_ABOARD = _SIGNAL_PATTERNS[[raw for _, raw in _SIGNALS].index(_CAME_ABOARD)][1]
# the settled texts a party comes aboard of (`_CAME_ABOARD`), by a word of the recorded title
_JOINED_TEXT = re.compile(
    r"\b(?:agreement|accord|deal|pact|treaty|declaration|convention|protocol|framework|charter"
    r"|compact|memorandum|statement|code|settlement|arrangements?|truce|ceasefire|cease-fire)s?\b",
    re.IGNORECASE,
)
_BARE_ANSWERS = {
    compiled
    for raw, (_, compiled) in zip(_SIGNALS, _SIGNAL_PATTERNS, strict=True)
    if raw[1] in (_BARE_NO, _BARE_YES, _BARE_CONSENT, _BARE_CONSENT_WITHHELD)
}
# "Y said X would approve the protocol": read only after a verb of saying (see `_signals_at`)
_SIGNAL_PATTERNS.append(("accepted", _DECLARED_YES_OF_THE_NAMED))
# "Maamau said Kiribati would not sign it", "said his group would not accept it": the no a
# named party is said to give, read only after a verb of saying as the yes above is (a bare
# "Kiribati will not sign" is a forecast); never with a condition or a time after it ("would
# not sign until Israel withdrew", "unless")
_DECLARED_NO_OF_THE_NAMED = re.compile(
    r"\s*(?:would|will)\s+(?:not|never)\s+(?:sign|accept|endorse|approve|ratify|back|support"
    rf"|initial|put\s+{_NAMES_TO})\b"
    r"(?![^.;]*\b(?:only|if|unless|until|once|provided|condition|conditions|whether)\b)",
    re.IGNORECASE,
)
# (first: before the negations, which read a bare "would not sign" as no answer)
_SIGNAL_PATTERNS.insert(0, ("rejected", _DECLARED_NO_OF_THE_NAMED))
# "The Troika of the U.S., U.K. and Norway", "a coalition of Sunni parties": the members named
# after a group answer as that group, not each alone
_MEMBERS_OF = re.compile(
    r"\b(?:troika|quartet|quad|group|alliance|coalition|bloc|trio|grouping|consortium|club"
    r"|members?|contact\s+group|friends)\s+(?:made\s+up\s+)?of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The passive verbs of a body's verdict on a text, the older prose's "upon" among them: "was
# acted upon by the Senate" tells no answer of itself, so they read only as one still to come
# ("are yet to be acted upon by", "has yet to be pronounced upon by the Chamber")
_A_VERDICT_ON = r"(?:(?:acted|pronounced|voted|ruled)\s+(?:up)?on|passed\s+upon)"
_VERDICT_ON = re.compile(_A_VERDICT_ON)
# "The agreement was initialled by ...", "the offer was rejected on Sunday by the army"; "the
# line-up agreed at the summit, which ..., has yet to be accepted by X" is an answer still to
# come, pending (a participle telling where or when the text was made may follow it)
_PASSIVE = re.compile(
    r"^(?:\s+\w+ed\s+(?:at|in|on)\s+[^,;.()]{1,40}?(?=,))?"
    r"\s*(?:,[^,]*,\s*)?(?:was|were|(?:has|have|had)\s+(?:already\s+)?been"
    r"|(?P<pending>(?:has|have|had|is|are|was|were)\s+(?:still\s+)?yet\s+to\s+be"
    r"|(?:is|are|was|were)\s+still\s+to\s+be|(?:has|have|had)\s+not\s+yet\s+been"
    # "must still be approved by the league's board", "still has to be ratified by the
    # Althing", "needs to be endorsed by parliament": a step the text awaits
    r"|must\s+(?:still\s+|also\s+|first\s+|yet\s+)?be"
    r"|(?:still\s+)?(?:has|have|needs?)\s+(?:still\s+|also\s+|first\s+)?to\s+be"
    r"|(?:will|would)\s+(?:still\s+|also\s+|first\s+)?(?:have|need)\s+to\s+be))"
    r"\s+(?:\w+ly\s+)?"
    # "The treaties are yet to be acted upon by the Senate": a body's verdict still to come
    # (first, so that "passed upon" is not read as "passed")
    r"(?P<verb>" + _A_VERDICT_ON + r"|rejected|turned\s+down|opposed|accepted|approved|endorsed"
    r"|signed|initialled"
    # "was declined by both delegations", "was countered by the Crown with a proposal"
    r"|initialed|inked|ratified|adopted|passed|backed|declined|countered"
    # "must be certified by the industrial commission": a step awaited, as "approved by"
    r"|certified"
    # "was refused by London": a no, as "rejected by"
    r"|refused)\b"
    r"(?:\s+[\w’']+){0,4}?\s+by\s+",
    re.IGNORECASE,
)
# "The agreement, signed on Saturday in Doha by ...": the participle after a comma, its agents
# after "by" in the same clause (not "signed in 2020 and backed by Iran")
_REDUCED_PASSIVE = re.compile(
    r"^\s*,\s*(?:\w+ly\s+)?(?P<verb>rejected|turned\s+down|accepted|approved|endorsed|ratified"
    r"|(?:counter|co-?)?signed|initialled|initialed|inked)\b(?:(?!\band\b|\bwhich\b|\bwho\b)[^;.:])"
    r"{0,80}?[\s,]by\s+"
    # "led to a Political Pact for Peace and Democracy signed by the government and the M-19
    # on Nov. 2": the participle right after the text's name, its agent right after it
    r"|^\s+(?:\w+ly\s+)?(?P<bare_verb>rejected|turned\s+down|accepted|approved|endorsed"
    r"|ratified|(?:counter|co-?)?signed|initialled|initialed|inked)\s+by\s+",
    re.IGNORECASE,
)
_PASSIVE_STATUS = {
    "rejected": "rejected",
    "turned down": "rejected",
    "opposed": "rejected",
    "declined": "rejected",
    "refused": "rejected",
    "countered": "countered",
}
# "was opposed by hard-liners in the party, by the Labour Party and by the DUP": "by" again
# before each agent
# ("..., and on the part of China by Y": the side the agents after it sign for, named first)
# ("signed for the workers by X, ..., and for the owners by Y": the side by "for" (t56h))
_BY_AGAIN = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:on\s+(?:the\s+part|behalf)\s+of|for)\s+[^,;]{1,40}?\s+)?"
    r"by\s+"
)
_PEOPLE_IN = re.compile(r"\b[a-z][\w-]+\s+(?:in|of|within|inside|among|from)\s")
# "The deal drew immediate fire from X", "the plan met with a rejection from Y": a no told of the
# proposal, its agents after "from" ("had drawn a counter-proposal from Y": Y's counter)
_DREW_FIRE = re.compile(
    r"^\s*(?:,[^,]*,\s*)?(?:has\s+|had\s+)?(?P<verb>(?:drew|drawn|drawing|met\s+with)\s+"
    r"(?:\w+\s+)?(?:fire|criticism|condemnation|rejection|scorn|opposition|a\s+rebuff"
    r"|(?P<counter>counter-?(?:proposal|offer)))\s+from)\s+",
    re.IGNORECASE,
)
# "was signed on Friday", told of the proposal: the day its signatories accepted it
_SIGNED_ON = re.compile(
    r"^\s*(?:(?:,[^,]*,\s*)?(?:was|were|had\s+been|has\s+been)\s+|,\s*)?(?:\w+ly\s+)?"
    # "an earlier agreement signed on October 18": the participle alone, right after its noun
    r"(?:signed|initialled|initialed|inked)\b",
    re.IGNORECASE,
)
_INITIALLED = re.compile(r"\binitial(?:l)?(?:ed|ing|s)\b", re.IGNORECASE)
# a signature with no proposal named: "signed separate, identical documents", "added their
# signatures for the mediators"
_SIGNED_WHAT = re.compile(
    r"^\s*(?:[\w,-]+\s+){0,3}?(?:documents?|texts?|copies)\b|^\s*(?:on|in|at|for)\b"
)
# "X signed the accord, and Y signed with them": alongside those who signed it
_SIGNED_WITH_THEM = re.compile(r"^\s*(?:with|alongside)\s+(?:them|him|her)\b", re.IGNORECASE)
_SIGNED_BEFORE = re.compile(r"\b" + _SIGNED, re.IGNORECASE)
# "would accept the plan only if Israel withdrew", "whether Hamas accepts": a respondent in a
# clause of condition or doubt answers nothing yet
_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|provided(?:\s+that)?|whether|once|until)\s+(?:the\s+)?$", re.IGNORECASE
)
# "VIENNA, Aug 16 (Reuters) - ": the dateline dates the article, not what it tells
# ("CHARLESTON, December 8. - ": a dateline of the city and the day alone, no agency after
# it, as in older papers (tune48f)); so too the agency's name bare or closed by a full stop
# ("SYDNEY, Sept 4 AAP - ", "KUWAIT, Dec. 24 (Reuter). - "), the region after the city, the
# day before the month and the year ("LEVUKA, Fiji, Oct. 12. — ", "EDINBURGH, 3 October 1929.
# - ", "WASHINGTON, August 10, 1842. - ") and a dash with no space after it ("(AP)—Egypt")
_DATELINE = re.compile(
    r"\A(?:[^\n()]{0,80}?\([A-Za-z][\w .&'’-]{0,30}\)\.?"
    r"|(?-i:[A-Z][A-Z .'-]{2,30})(?:,\s+(?-i:[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,2}))?"
    r",\s+(?:(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2}|\d{1,2}\s+(?-i:[A-Z][a-z]{2,8}))(?:,?\s+\d{4})?\.?"
    r"(?:\s+(?-i:[A-Z]{2,6})\.?)?)\s*(?:[-_]+\s|[—–]+\s*)"
)


# a verb refused ahead of time, right before an indefinite object: "will not sign (a treaty)",
# "would never accept (a deal)", "cannot support (an agreement)"
_REFUSED_AHEAD = re.compile(
    r"\b(?:(?:will|would|could|can|shall)\s+(?:not|never)|won[’']t|wouldn[’']t|can[’']t"
    r"|couldn[’']t|cannot)\s+(?:\w+ly\s+)?\w+\s+$",
    re.IGNORECASE,
)
# "(could not support an agreement) that kept Russian forces in Moldova": the refused text
# described by its terms, the one on the table, unlike "(will not sign a treaty) until ..."
# (tune36e)
_DESCRIBED_BY_A_RELATIVE = re.compile(r"\s+(?:that|which)\s+[a-z]+")


# "the Chilean terms", "Moscow's terms", "the terms": the terms one party puts to another
# "the timing of a Sinai settlement", "the terms of the settlement": a settlement told as the
# complement of another noun
_OF_ANOTHER_NOUN = re.compile(r"\b[a-z]+\s+of\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,2}$")
_TERMS_OFFERED = re.compile(
    # ("accepted those terms the next day": the terms the narrative told of just before; not
    # "these terms", a speaker's own)
    r"\b(?:[Tt]he|[Tt]hose|[A-Z][\w.-]*['’]s)\s+(?:(?:new|latest|revised|final|[A-Z][\w-]*)\s+)?$"
)


def _spell_out_acronyms(document: Document) -> None:
    """ "the DDRB recommendations" where the article names "the Doctors' and Dentists' Review
    Body (DDRB)" (tune38g): a title word that is the acronym the article gives a new body in
    brackets is described by the words of that body's name too ("the review body's
    recommendations")."""
    spelt = {
        actor.short_name.casefold(): set(re.findall(r"\w+", actor.name.casefold()))
        for actor in document.new_actors.values()
        if actor.short_name
    }
    if not spelt:
        return
    for proposal_id, proposal in list(document.gazetteer.proposals.items()):
        added = set().union(*(spelt.get(word, set()) for word in proposal["words"]))
        if added - proposal["words"]:
            document.gazetteer.proposals[proposal_id] = {
                **proposal,
                "words": proposal["words"] | (added - {"s"}),
            }


def _deal_as_a_verb(text: str, match) -> bool:
    """Whether a bare "deal", with no determiner or modifier of its own, is the verb: right
    after a modal, "to" or a negation ("would not deal with", "refused to deal with the
    strikers"), not the noun of "a peace deal with Iran"."""
    if match.group("noun") != "deal" or text[match.start() : match.start("noun")].strip():
        return False
    return bool(_DEAL_AS_A_VERB.search(text, max(0, match.start("noun") - 12), match.start("noun")))


def find_proposals(document: Document) -> None:
    """Fill `document.proposals`."""
    _spell_out_acronyms(document)
    gazetteer = document.gazetteer
    named = []
    for first, last, ids in gazetteer.proposal_names.matches(document.tokens):
        start, end = document.tokens[first].start, document.tokens[last - 1].end
        named.append(ProposalMention(start, end, ids[0]))
    article_proposal = _article_proposal(document, named)
    references = _asks_told_by_their_words(document, named)
    replaced = []
    own = []
    by_the_last = []  # the starts of the text nouns only the one referred to last pins down
    for match in _REFERENCE.finditer(document.text):
        if any(p.start <= match.start("noun") < p.end for p in named + references):
            continue
        if match.group("noun") == "text" and not _TEXT_REFERENCE.fullmatch(match.group(0)):
            continue
        if match.group("noun") == "list":
            listed = _the_list_told_before(document, named + references, match)
            if listed is not None:
                references.append(ProposalMention(match.start("noun"), match.end(), listed))
            continue  # "the list" of anything else (names, candidates) is no text
        if match.group("noun") == "terms":
            if not _TERMS_OFFERED.search(document.text, 0, match.start("noun")):
                continue  # "on equal terms", "in terms", "two terms in office"
        elif match.group(0).endswith("s"):
            # "peace deals", "previous agreements": no one proposal; but "the accords" where
            # one recorded text is itself named in the plural ("the Oslo Accords") is that one
            plural = (
                _the_only_one_named_in_plural(document, match)
                or _the_one_invitation(document, match)
                or _the_owner_s_one_described(document, match)
                or _the_ask_just_told(document, named + references, match)
            )
            if plural is not None:
                references.append(ProposalMention(match.start("noun"), match.end(), plural))
            else:
                # "the union's latest proposals": each recorded proposal whose title holds the
                # qualified singular ("latest proposal to GM", "latest proposal to Stellantis"),
                # one mention apiece at the same words (`_the_one_put_to_it` picks per party)
                # "Both treaties now go to the Senate": each recorded text of the kind
                references += [
                    ProposalMention(match.start("noun"), match.end(), proposal_id)
                    for proposal_id in _each_named_in_the_singular(document, match)
                    or _each_text_of_its_kind(document, match)
                ]
            continue
        if match.group("noun") == "settlement" and _OF_ANOTHER_NOUN.search(
            document.text, max(0, match.start("noun") - 60), match.start("noun")
        ):
            continue  # "agreed on the timing of a Sinai settlement": the timing, no text
        if _deal_as_a_verb(document.text, match):
            continue  # "would not deal with the council": a verb, no text
        if _NO_ONE_PROPOSAL.search(document.text[max(0, match.start() - 12) : match.start()]):
            continue  # "before any deal", "no agreement was reached": no proposal in particular
        if _TEXT_TO_COME.search(document.text[max(0, match.start() - 60) : match.start("noun")]):
            continue  # "to turn the armistice into a peace treaty": a text yet to be written
        if (
            re.match(r"an?\b", match.group(0), re.IGNORECASE)
            and _REFUSED_AHEAD.search(document.text[max(0, match.start() - 40) : match.start()])
            and not _DESCRIBED_BY_A_RELATIVE.match(document.text, match.end())
        ):
            continue  # "will not sign a treaty until ...": any treaty, none recorded yet
        if match.group("noun") in (
            "call",
            "announcement",
            "appeal",
            "request",
            "demand",
            "ruling",
            "recommendation",
            "communique",
            "communiqué",
            "constitution",
            "resolution",
            "statement",
            "invitation",
            "line-up",
            "lineup",
            "bill",
            "law",
            "convention",
            "proclamation",
            "application",
            "settlement",
            "partnership",
            "merger",
            "bid",
        ) and not _any_of_its_kind(document, match.group("noun")):
            # "the call" is a phone call, "the request" one for comment, "the constitution"
            # the state's own, unless a recorded proposal is a call, a request, a constitution
            # (one or more: "Washington's demand" where two demands are recorded is one)
            continue
        if (
            match.group("noun").casefold() in _TEXTS_FIRMS_MAKE
            and _MADE_WITH_AFTER.match(document.text, match.end())
            and _the_one_made_with(document, match) is None
        ):
            continue  # "its partnership with the university": not the one recorded with another
        sentence = document.sentence_at(match.start())
        # "the government's offer last month to include a halt to kidnappings": the words
        # around the reference name another recorded proposal than the article's.
        described, shared = _described_by(document, match, sentence.end)
        if (
            described is not None
            and match.group("noun").casefold() in _ANY_SIGNED_TEXT
            and _a_draft(document, described)
            and "draft" not in match.group(0).casefold()
        ):
            # "signed a deal ... that sets the truce for June": a draft of an agreement, however
            # well the words describe it, is not the agreement
            described, shared = None, 0
        # a proposal the article names only later is not what an earlier reference means
        named_before = bool(named) or _described_before(document, references, match)
        # a text named only as what another replaces is not what a later "the idea" means
        kept = [m for m in named + references if m not in replaced]
        last = _last_mentioned(kept, match.start()) if named_before else None
        if last:
            last = _last_written_as(document, kept, match.group("noun"), match.start()) or last
        # "The agreement, signed Saturday" in an article that names only the talks the
        # agreement set up: the one recorded agreement, not the proposal of another kind
        earlier = last or (article_proposal if named_before else None)
        if earlier and not _of_the_kind(document, earlier, match.group("noun")):
            earlier = (
                _the_only_one_called(document, match.group("noun"))
                # "the Bangsamoro Basic Law ... has rejected the accord": the accord named
                # before the law, not the law
                or _last_of_its_kind(document, named + references, match)
                or (
                    _not_a_text(document, earlier)
                    and _one_of_its_kind(document, match.group("noun"))
                )
                # "Egypt and Israel signed an agreement" in an article whose one named proposal
                # is the conference the talks moved to: an agreement is no conference, so the
                # reference is left to what its paragraph describes (below)
                or (
                    None
                    if _a_text_noun(match.group("noun"))
                    and _not_a_text(document, earlier)
                    # "the Forum had ignored his request to move it" in an article about the
                    # agreement the Forum signed: an ask is no signed text either
                    or (
                        match.group("noun").casefold() in _ASKED_FOR
                        and not _asked_of_another(document, earlier)
                        and not _not_a_text(document, earlier)
                    )
                    else earlier
                )
            )
        called = _the_only_one_called(document, match.group("noun"))
        if called is None and match.group("noun").casefold() == "draft":
            # "Mexico answered his draft with a counter-project": the one recorded draft, not
            # the text the article is about (which no draft is)
            called = _the_only_draft(document)
        if (
            earlier
            and called
            and not _called(document, earlier, match.group("noun"))
            # "Kestrel made an offer for Orion ... Orion rejected the offer": the one just told
            # with the same noun (Kestrel's bid), not the one recorded proposal whose title holds
            # it (another firm's offer) (t56f)
            and not _written_as(document, _last_mention(kept, match.start()), match.group("noun"))
            # "signed a peace agreement" where the article's text is the "Doha Document" and a
            # "framework agreement" is also recorded: any signed text is an agreement, so the
            # word alone does not single out the one whose title holds it
            and not (
                match.group("noun").casefold() in _ANY_SIGNED_TEXT
                and _of_the_kind(document, earlier, match.group("noun"))
                # but "the framework agreement" does name the "Doha framework agreement"
                and not _qualified_as(document, called, match)
            )
        ):
            # "the 2012 roadmap" is the one proposal called a roadmap ("Geneva roadmap"), not
            # the declaration named first
            earlier = called
        in_place_of = _IN_PLACE_OF.search(document.text[max(0, match.start() - 40) : match.start()])
        if in_place_of:
            # "the two-state deal he put forward in place of the UN blueprint": not the one
            # just named, but the one its words describe
            earlier = None if described else earlier
        announced = _announced_in_sentence(document, sentence, (described, earlier))
        if announced is not None and not _of_the_kind(document, announced, match.group("noun")):
            # "turned the request down on Sunday", the day an arrangement was announced: a
            # request is no arrangement, whatever day the sentence names
            announced = None
        proposal_id = (
            _done_at_its_request(document, match, sentence)
            or _the_one_made_with(document, match)
            # "Egypt also wants Israel to reopen the crossing. Israel has not replied to that
            # request, an Egyptian official said": the sentence that asked it pins it down more
            # than the two words ("Egyptian", "request") the reference shares with another
            or _told_by_its_verb_before(document, match, sentence)
            or _pointed_back_to(document, match)
            or (described if shared >= 2 else None)
            or _the_ask_its_sentence_tells(document, match, sentence)
            or _offered_by_the_party_after(document, match)
            or announced
        )
        if proposal_id is None and earlier is not None and _a_text_noun(match.group("noun")):
            # only the one referred to last pins it down: a later signed-text noun may tell
            # it better (`_signed_texts_after_an_offer`)
            by_the_last.append(match.start("noun"))
        proposal_id = proposal_id or earlier or described
        made_by = _made_by_whom_it_says(document, match, sentence)
        if made_by:
            # "the Fund's request" is the ask the Fund is recorded as making, not the
            # arrangement the paragraph is about; "the government answered the bishops' plea
            # with an offer": no recorded proposal of the bishops'
            proposal_id = _the_one_its_author_made(document, match, proposal_id, made_by)
            if proposal_id is None:
                own.append(ProposalMention(match.start("noun"), match.end("noun"), None))
        if re.match(r"an?\s", match.group(0)) and not _asked_by_the_party_after(
            document, match, proposal_id
        ):
            continue  # "a request from the United States": none recorded of theirs
        own_text = _OF_ITS_OWN.match(document.text, match.end())
        if own_text:
            # "handed the mediators a proposal of their own": a text of the answering side's,
            # none of those recorded, whatever the paragraph describes, unless its sentence
            # describes a recorded one of theirs
            proposal_id = _own_text_described(document, sentence, named) or proposal_id
        if proposal_id is not None and _told_before_its_announcement(
            document, match, proposal_id, sentence.end
        ):
            # "Egypt, which signed a defence pact with Somalia in August": a text of a month
            # before the recorded one was announced is another, not recorded
            continue
        if proposal_id is None and _of_an_earlier_year(document, match, None):
            continue  # "the 1965 treaty" that nothing pins down: none recorded for this article
        if own_text:
            proposal_id = _own_text_described(document, sentence, named)
            if proposal_id is None:
                own.append(ProposalMention(match.start("noun"), match.end("noun"), None))
        references.append(ProposalMention(match.start("noun"), match.end("noun"), proposal_id))
        if in_place_of:
            replaced.append(references[-1])
    if any(r.proposal_id is None for r in references):
        # "The agreement" that nothing else pins down is the proposal its paragraph describes
        # ("agreed to extend the ceasefire ... The RSF accepted the draft"), else the one
        # referred to last, else the one the article's lead describes; only then the first
        # reference pinned down, since a reference late in the article ("a Russian
        # proposal") says nothing of the deal the article opened with.
        pinned = next((r.proposal_id for r in references if r.proposal_id), None)
        pinned = (
            # (a text signed on the lead's day before what its words describe: the lead of a
            # signing tells the terms the drafts before it held too)
            _the_one_text_of_the_lead_s_day(document, references)
            or _described_in(document, 0, _paragraph_end(document.text, 0))
            or _named_after_the_dateline(document)
            or pinned
            or _concerning_mentioned_actors(document)
            or _the_only_one(document)
        )
        resolved = []
        for reference in references:
            noun = document.text[reference.start : reference.end]
            # "clinched a peace agreement ... after Jakarta gave ground on the rebels' demand":
            # an agreement is no demand, whatever the paragraph describes
            candidates = [
                _described_by_the_sentence_before(document, reference),
                _last_written_as(document, resolved, noun, reference.start),
                _described_in(
                    document,
                    _paragraph_start(document.text, reference.start),
                    document.sentence_at(reference.start).end,
                ),
                _one_of_its_kind(document, noun),
                _last_mentioned(resolved, reference.start),
                pinned,
            ]
            if noun.casefold() in _ANY_SIGNED_TEXT:
                # "signed a deal" that nothing pins down is no draft the paragraph describes:
                # a draft of an agreement is not the agreement; nor is what one side asked of
                # the other ("Under the deal, Israeli troops are to pull out of south Lebanon"
                # describes no "Israeli demand for freedom of action in Lebanon")
                candidates = [
                    c
                    if c and not _a_draft(document, c) and not _asked_of_another(document, c)
                    else None
                    for c in candidates
                ]
            of_its_kind = next(
                (c for c in candidates if c and _of_the_kind(document, c, noun)), None
            )
            proposal_id = (
                None
                if reference in own
                else reference.proposal_id
                or of_its_kind
                # "signing a trade pact": a pact nothing pins down is a recorded text of its
                # kind or none, not the plan the article is about
                or (None if noun.casefold() == "pact" else next((c for c in candidates if c), None))
            )
            resolved.append(replace(reference, proposal_id=proposal_id))
        references = resolved
    references = _signed_texts_after_an_offer(document, references, by_the_last)
    references += _headed_as_one_recorded(document, named + references)
    references += _headed_by_its_own_noun(document, named + references)
    proposed = _proposed_by_a_verb(document, named + references)
    references = [
        _the_step_just_proposed(document, r, proposed, named + references) for r in references
    ]
    document.proposals = sorted(
        [
            _an_earlier_version(document, p)
            for p in named
            + references
            + _truces_by_their_noun(document, named + references)
            + proposed
            + _proposed_meetings(document, named + references)
            + _asks_told_by_their_object(document, named + references + proposed)
        ],
        key=lambda p: p.start,
    )


# "An earlier version of the roadmap, presented in March, was rejected": a version that came
# before the text now named
_AN_EARLIER_VERSION_OF = re.compile(
    r"\b(?:an|the)\s+(?:earlier|previous|original|initial|first)\s+(?:version|draft)\s+of\s+"
    r"(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)


# "a union request to lift its boycott", "an OAS call for the withdrawal of troops", "the
# union's original demand, for a rise of 40 per cent", "Its demand that the Patriarchate
# leave": an ask written with an article or an owner and up to two words of who asks or of rank
# before its noun, which `_REFERENCE` reads only in a few fixed forms
_AN_ASK = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|['’]s|s['’])\s+"
    r"(?:(?!(?:and|or|but|to|of|for|that|which|who|as|was|were|is|are|has|had|have)\b)"
    r"[\w.’'-]+\s+){0,2}?"
    r"(?P<noun>request|demand|call|appeal|plea|petition|bid|claim|wish|application"
    r"|recommendation)\b"
)


def _the_ask_its_sentence_tells(document: Document, match, sentence) -> int | None:
    """ "Maamau complained that the summit clashes with Kiribati's independence anniversary,
    and that the Forum had ignored his request to move it": an ask's noun whose own few words
    say little is the recorded ask the rest of its sentence describes (two words at least
    besides the noun, more than any other ask)."""
    noun = match.group("noun").casefold()
    if noun not in _ASKED_FOR:
        return None
    asks = {
        p["id"]
        for p in document.gazetteer.proposals.values()
        if _asked_of_another(document, p["id"])
    }
    if not asks:
        return None
    words = set(re.findall(r"\w+", document.text[sentence.start : sentence.end].casefold()))
    return _best_described(document, words - _ASKS_OF_ANY_NOUN, among=asks)


def _asks_told_by_their_words(document: Document, named) -> list[ProposalMention]:
    """Asks `_REFERENCE` does not read, each the recorded ask its own words describe: at least
    two words besides its noun shared with the title ("a union request to lift its boycott of
    ships" for "MUA request to lift the boycott of ships loaded by non-union labour"). An ask
    its words do not pin down is left unread: "a request for comment" is none recorded."""
    asks = {p["id"] for p in document.gazetteer.proposals.values() if _titled_as_an_ask(p)}
    if not asks:
        return []
    read = {m.start("noun") for m in _REFERENCE.finditer(document.text)}
    found = []
    for match in _AN_ASK.finditer(document.text):
        start = match.start("noun")
        if start in read or any(p.start <= start < p.end for p in named):
            continue
        if _read_as_a_verb(document, start):
            continue  # "the strikers demand that": the verb, told of the one who asks
        sentence = document.sentence_at(start)
        described, shared = _described_by(document, match, sentence.end, besides_its_noun=True)
        if described not in asks or shared < 2:
            continue
        found.append(ProposalMention(start, match.end("noun"), described))
    return found


def _titled_as_an_ask(recorded: dict) -> bool:
    """Whether a recorded proposal's title makes it what one side asks of another, by any of
    an ask's nouns heading it ("Gurindji petition for land", "Polk's recommendation to strike
    ..."; not "Tainui condition that the Waikato River claim remain open", whose claim is only
    part of what it asks)."""
    head = []
    for word in re.findall(r"\w+", recorded["name"].casefold()):
        if word in _GRAMMAR_WORDS:
            break
        head.append(word)
    return bool(_singular(head) & _ASKS_OF_ANY_NOUN) and not recorded["words"] & _DRAFTS


def _read_as_a_verb(document: Document, offset: int) -> bool:
    """Whether the token at `offset` is the verb of its clause."""
    clause = document.clause_at(offset)
    if clause is None or clause.verb is None:
        return False
    return (
        document.tokens[clause.verb.first_token].start
        <= offset
        < document.tokens[clause.verb.last_token - 1].end
    )


# "..., as the MNF had asked", "..., which Laldenga had demanded from the start": what the
# clause tells is done is what a party asked for (up to a circumstance before the comma: "will
# be wound up at the end of its season, as the board demanded")
_AS_IT_ASKED = re.compile(
    r"[^,;.()]{0,60}?,\s+(?:just\s+)?(?:as|which)\s+(?:[\w.’'-]+\s+){1,5}?"
    r"(?:had\s+|has\s+|have\s+)?(?:long\s+|always\s+|first\s+|repeatedly\s+)?"
    r"(?:asked|demanded|requested|insisted|sought|wanted|urged|called\s+for|pressed\s+for)\b"
)
# "The Government has agreed, as the bishops asked, that churches ... be given back": the
# same told before what is done
_AS_IT_ASKED_BEFORE = re.compile(
    r",\s+(?:just\s+)?as\s+(?:[\w.’'-]+\s+){1,5}?(?:had\s+|has\s+|have\s+)?"
    r"(?:asked|demanded|requested|insisted|wanted),\s+that\s+[^;.]{0,40}$"
)

# "asked that the United States take over the Cuban debt, which the Americans refused
# outright": what was asked, answered in a relative clause on it
_WHICH_ANSWERED = re.compile(
    r"[^,;.()]{0,60}?,\s+which\s+(?:[\w.’'-]+\s+){1,4}?(?:\w+ly\s+)?(?:refused|rejected"
    r"|accepted|granted|declined|turned\s+down|agreed\s+to)\b"
)

# "refused to discuss the forty-hour week and two weeks' holiday with pay, the two demands which
# the confederation has pressed hardest": asks told one by one by what they ask, then summed
# up by an ask's noun in the plural in apposition (a singular one, "..., a request the
# government has rejected", is read as a reference to what its clause describes)
_ASKS_IN_APPOSITION = re.compile(
    r"[^,;.()]{0,60}?,\s+(?:the|its|their|two|both|three|four)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:demands|requests|claims|conditions|pleas)\b"
)


def _object_key(word: str) -> str:
    """A word of what is asked, compared across its forms: "lifted" and "lift", "evacuated"
    and "evacuate", "members" and "member" share it."""
    (word,) = _singular([word])
    for ending in ("ing", "ed", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _what_it_asks(recorded: dict) -> set[str]:
    """The words of what a recorded ask asks, after the noun heading its title ("MNF demand
    for an amnesty for its members": amnesty, members), by `_object_key`."""
    words = re.findall(r"\w+", recorded["name"].casefold())
    opening = next((i for i, w in enumerate(words) if w in _GRAMMAR_WORDS), len(words))
    return {_object_key(w) for w in words[opening:] if w not in _GRAMMAR_WORDS | _GENERIC_WORDS}


_A_WORD = re.compile(r"\w+")


def _asks_told_by_their_object(document: Document, mentions) -> list[ProposalMention]:
    """Recorded asks the text tells by what they ask, with no noun of an ask, where it says
    the thing is done as a party asked: "will grant an amnesty to MNF members, which Laldenga
    had demanded" (the "MNF demand for an amnesty for its members"), "will lift its ban on the
    front, as the MNF had asked" (the "MNF request that the ban on the front be lifted"); or
    answered in a relative clause on it ("..., which the Americans refused outright"); or sums
    it up with other asks by a plural ask noun ("..., the two demands which ..."). A
    stretch of a sentence that holds more than half the words of what an ask asks (two at
    least, each within three words of the last, no comma between) is a mention of it, where
    two of those words are in lower case (a name alone, "the Industrial Hall", tells no ask)
    and its words describe no other recorded proposal better."""
    asks = {
        p["id"]: _what_it_asks(p)
        for p in document.gazetteer.proposals.values()
        if _titled_as_an_ask(p)
    }
    asks = {proposal_id: wanted for proposal_id, wanted in asks.items() if len(wanted) >= 2}
    found = []
    for sentence in document.sentences if asks else []:
        words = [
            (m.start(), m.end(), _object_key(m.group(0).casefold()))
            for m in _A_WORD.finditer(document.text, sentence.start, sentence.end)
        ]
        for proposal_id, wanted in asks.items():
            stretch = _stretch_telling(document, words, wanted)
            if stretch is None:
                continue
            start, end = stretch
            if not (
                _AS_IT_ASKED.match(document.text, end, sentence.end)
                or _AS_IT_ASKED_BEFORE.search(document.text, sentence.start, start)
                or _WHICH_ANSWERED.match(document.text, end, sentence.end)
                or _ASKS_IN_APPOSITION.match(document.text, end, sentence.end)
            ):
                continue
            told = set(re.findall(r"\w+", document.text[start:end].casefold()))
            if _best_described(document, told) not in (proposal_id, None):
                continue
            if any(m.start < end and start < m.end for m in [*mentions, *found]):
                continue
            if any(
                m.proposal_id == proposal_id and sentence.start <= m.start < sentence.end
                for m in mentions
            ):
                continue  # "his party's demand for a province-wide referendum": told already
            found.append(ProposalMention(start, end, proposal_id))
    return found


def _stretch_telling(document: Document, words, wanted: set[str]) -> tuple[int, int] | None:
    """The shortest stretch of `words` (start, end, key) holding the most of `wanted`, more
    than half of them, each within three words of the one before."""
    hits = [i for i, (_, _, key) in enumerate(words) if key in wanted]
    best = None
    for first_index, first in enumerate(hits):
        keys = set()
        last = first
        for i in hits[first_index:]:
            between = document.text[words[last][1] : words[i][0]]
            if i - last > 3 or re.search(r"[,;:()]", between):
                break
            keys.add(words[i][2])
            last = i
            start, end = words[first][0], words[i][1]
            if len(keys) < 2 or 2 * len(keys) <= len(wanted):
                continue
            lower = [w for w in hits if first <= w <= i and document.text[words[w][0]].islower()]
            if len(lower) < 2:
                continue
            score = (len(keys), start - end)
            if best is None or score > best[0]:
                best = (score, (start, end))
    return best[1] if best else None


def _an_earlier_version(document: Document, mention: ProposalMention) -> ProposalMention:
    """ "An earlier version of the roadmap": not the roadmap itself but the one recorded draft
    of it (its title holds "draft" and a word of the roadmap's own title), where there is one."""
    if mention.proposal_id is None or not _AN_EARLIER_VERSION_OF.search(
        document.text, max(0, mention.start - 50), mention.start
    ):
        return mention
    noun = document.text[mention.start : mention.end].casefold().split()[-1]
    kind = next((k for k in _KINDS_OF_TEXT if noun in k), {noun})
    drafts = [
        p["id"]
        for p in document.gazetteer.proposals.values()
        if p["id"] != mention.proposal_id and _a_draft(document, p["id"]) and _title_nouns(p) & kind
    ]
    return replace(mention, proposal_id=drafts[0]) if len(drafts) == 1 else mention


# "X offered to let the guerrillas go to China; Y said it would study the proposal": a bare
# noun of proposing taken up right after the step a verb of proposing told
_THE_STEP_TAKEN_UP = re.compile(
    r"(?<=\b[Tt]he\s)(?:proposal|offer|idea|suggestion)\b(?!\s+(?:of|for|to|that|by)\b)"
)


def _the_step_just_proposed(document, reference, proposed, mentions) -> ProposalMention:
    """A reference ("the proposal") that its own sentence follows right after a step told by a
    verb of proposing ("offered to ...") is that step, whatever the paragraph describes; only
    where no other mention of a proposal comes between. Where its own sentence tells no step,
    the sentence right before may ("The union also demanded that doctors be hired by a
    national board. The governors rejected the idea.")."""
    if not _THE_STEP_TAKEN_UP.match(document.text, reference.start):
        return reference
    sentence = document.sentence_at(reference.start)
    before = [p for p in proposed if sentence.start <= p.start and p.end <= reference.start]
    if not before:
        previous = document.sentence_before(sentence)
        if previous is not None:
            before = [p for p in proposed if previous.start <= p.start and p.end <= previous.end]
    if not before:
        return reference
    step = max(before, key=lambda p: p.start)
    between = [p for p in mentions if step.end <= p.start < reference.start]
    if between or step.proposal_id == reference.proposal_id:
        return reference
    return replace(reference, proposal_id=step.proposal_id)


# "agreed a new ceasefire", "signed a 60-day truce", "rejected the cease-fire": a truce named by
# its bare noun (not "the ceasefire document", "the ceasefire line": the noun modifies another)
_BARE_TRUCE = re.compile(
    r"\b(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>ceasefire|cease-fire|truce)\b(?!['’]|-|\s+(?:[a-z]+\s+)?(?:document|declaration"
    r"|plan|proposal|agreement|accord|deal|pact|text|draft|lines?|talks|negotiations|zone"
    r"|monitors?|monitoring|commission|violations?|terms|arrangements?|process|mechanism"
    r"|deadline|offer|call|appeal|request|framework|package|protocol|memorandum|statement"
    r"|committee|agenda)\b)",
    re.IGNORECASE,
)


_BARE_TRUCE_NOUNS = {"ceasefire", "cease-fire", "truce"}
_A_TRUCE_PROPOSED = {
    "proposal",
    "plan",
    "call",
    "appeal",
    "request",
    "demand",
    "offer",
    "initiative",
    "counterproposal",
    "counter-proposal",
}
_PROPOSING_BEFORE = re.compile(
    r"\b(?:proposed|proposes|propose|proposing|offered|offers|suggested|called\s+for|calls\s+for"
    r"|urged|sought|seeks|demanded|demands|pushed\s+for|pressed\s+for|floated|put\s+forward)"
    r"\s+(?:[\w-]+\s+){0,2}$"
)
_TRUCE_AFTER_A_PREPOSITION = re.compile(
    r"\b(?:of|for|on|to|after|before|within|about|over)\b.*\b(?:ceasefire|cease-fire|truce)\b",
    re.IGNORECASE,
)


def _truces_by_their_noun(document: Document, mentions) -> list[ProposalMention]:
    """A truce the text names by its bare noun, as a mention of the one recorded truce: the
    recorded proposal whose title calls it a ceasefire or truce, the one text of them where
    several are (a ceasefire signed is the "ceasefire agreement", not a "ceasefire plan"),
    else none. Read apart from the references above, so that a truce told in passing late in
    the article does not become what a later "the deal" refers to."""
    truces = [
        p
        for p in _recorded_of_its_kind(document, "ceasefire")
        # "Government proposal for elections within a year of a ceasefire": a truce the title
        # names after a preposition is what the proposal is about, not the proposal
        if not _TRUCE_AFTER_A_PREPOSITION.search(document.gazetteer.proposals[p]["name"])
        # "US ceasefire proposal", "British ceasefire plan": a truce proposed, which a truce
        # one side proposes ("Sisi proposed a ceasefire") need not be; only a truce agreed
        # or a truce itself is what the bare noun names
        and not document.gazetteer.proposals[p]["words"] & _A_TRUCE_PROPOSED
    ]
    texts = [p for p in truces if _of_the_kind(document, p, "agreement")]
    proposal_id = (texts or truces)[0] if len(texts or truces) == 1 else None
    if proposal_id is None:
        return []
    found = []
    for match in _BARE_TRUCE.finditer(document.text):
        if any(m.start <= match.start("noun") < m.end for m in mentions):
            continue  # "the Dar es Salaam ceasefire": named already
        if _NO_ONE_PROPOSAL.search(document.text[max(0, match.start() - 12) : match.start()]):
            continue  # "no truce was reached"
        if _PROPOSING_BEFORE.search(document.text, max(0, match.start() - 40), match.start()):
            continue  # "Sisi proposed a ceasefire": a step proposed, read with its proposer
        if _TEXT_TO_COME.search(document.text[max(0, match.start() - 60) : match.start("noun")]):
            continue  # "to turn the truce into a permanent ceasefire": one yet to be agreed
        mention = ProposalMention(match.start("noun"), match.end("noun"), proposal_id)
        sentence = document.sentence_at(match.start())
        if _told_before_its_announcement(document, match, proposal_id, sentence.end):
            continue
        found.append(mention)
    return found


# "Armenia accepted that timetable": a demonstrative before a noun no reference reads
_DEMONSTRATIVE_NOUN = re.compile(r"\b(?:[Tt]hat|[Tt]his)\s+(?P<noun>[a-z]{5,})\b(?!['’])")
# a title whose last word is no head of it: "Declaration for Peace ... of the Korean Peninsula"
_HEAD_NOT_LAST = re.compile(r"\b(?:of|for|on|to|in|between|with|by)\b", re.IGNORECASE)


# "that proposal", "this plan": a demonstrative pointing back to what was just told
_DEMONSTRATIVE_BEFORE = re.compile(r"\b(?:that|this)\s+$", re.IGNORECASE)
# "accepted that demand", "agreed to those terms": the narrative's own pointing back (not "this
# agreement", "these terms", which a speaker says of the text before him)
_POINTING_BACK = re.compile(r"\b(?:that|those)\s+$", re.IGNORECASE)


# "the offer" after a sentence that "offered" something: the verb that tells each noun
_VERB_OF_THE_NOUN = {
    "offer": r"offer(?:ed|s)",
    "proposal": r"propos(?:ed|es)",
    # "the government had asked the Council to give his mission a mandate ... The Council has
    # yet to take up the request", "Lebanon also wants Syria to reopen the frontier ... Syria
    # has not yet replied to that request": a verb of asking tells a request too
    # ("had appealed to the Swiss Government to intercede ... it would consider the request":
    # an appeal told by its verb is the request answered, not an earlier request recorded)
    "request": r"request(?:ed|s)|ask(?:ed|s)|wants?|wanted|urg(?:ed|es)|appealed",
    "demand": r"demand(?:ed|s)",
}


# "an offer from the company", "a proposal from Hamas": the reference's author, after "from"
_FROM_ITS_AUTHOR = re.compile(r"\s+from\s+")


def _offered_by_the_party_after(document: Document, match) -> int | None:
    """ "The union had rejected an offer from the company": the one recorded proposal of the
    reference's noun (its title holds the word) that the party named right after "from"
    announced; None where no recorded proposal, or more than one, fits."""
    after = _FROM_ITS_AUTHOR.match(document.text, match.end())
    author = after and next((m for m in document.mentions if m.start == after.end()), None)
    if not author or not author.ref.startswith("actor:") or ":new:" in author.ref:
        return None
    author_id = int(author.ref.split(":")[1])
    noun = match.group("noun").casefold()
    fitting = [
        p["id"]
        for p in document.gazetteer.proposals.values()
        if p["announced_by_id"] == author_id and noun in _singular(p["words"])
    ]
    return fitting[0] if len(fitting) == 1 else None


def _asked_by_the_party_after(document: Document, match, proposal_id: int | None) -> bool:
    """Whether "a request from X" (an ask with no article of its own but the party after
    "from") is the recorded proposal chosen: one X is recorded as making, or whose title names
    X ("Hijackers' request for UN mediation" for "a request from the hijackers"); True for any
    reference not so told."""
    after = _FROM_ITS_AUTHOR.match(document.text, match.end())
    if after is None or match.group("noun").casefold() not in _ASKED_FOR | {"appeal"}:
        return True
    if proposal_id is None:
        return False
    recorded = document.gazetteer.proposals[proposal_id]
    asker = next((m for m in document.mentions if after.end() <= m.start <= after.end() + 4), None)
    if (
        asker is not None
        and asker.ref.startswith("actor:")
        and ":new:" not in asker.ref
        and _on_the_side_of(document, recorded["announced_by_id"], {int(asker.ref.split(":")[1])})
    ):
        return True
    # (by the words of its name, or the one word after "from" where no actor is read there:
    # "the hijackers")
    if asker is not None:
        written = set(re.findall(r"\w+", document.text[asker.start : asker.end].casefold()))
    else:
        word = re.match(r"(?:the\s+)?(\w+)", document.text[after.end() : after.end() + 40], re.I)
        written = {word.group(1).casefold()} if word else set()
    written -= {"the"}
    return bool(written) and written <= recorded["words"] | _singular(recorded["words"])


# Who the text says made a proposal it names: an owner right before its noun, with up to two
# words of rank between ("the Fund's request", "the union's latest offer"); the party after "by"
# or "from" right after it ("an offer from the company", "a plan put forward by Hamas"); the
# subject of a clause whose verb makes it ("Hamas tabled a plan", "the Treasury countered his
# plea with an offer")
_MAKER_BEFORE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}$")
_AUTHOR_AFTER = re.compile(
    r"\s+(?:(?:put\s+forward|proposed|drafted|tabled|submitted|presented|floated|made)\s+)?"
    r"(?:by|from)\s+"
)
# the verbs whose subject makes their object; those that answer a proposal with another make
# only what follows "with" ("answered the plea with an offer"), not the one they answer
_MAKING_LEMMAS = {"make", "submit", "present", "table", "offer", "propose", "float", "unveil"}
_ANSWERING_WITH_LEMMAS = {"counter", "answer", "respond", "reply", "meet"}
_WITH_BEFORE = re.compile(r"\bwith\s+(?:an?\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?$")
_MADE_RIGHT_AFTER_ITS_VERB = re.compile(r"\s*(?:[\w-]+\s+){0,3}$")


def _made_by_whom_it_says(document: Document, match, sentence) -> set[int]:
    """The recorded actors the text says made the proposal a reference names, with the bodies
    a person among them answers for; empty where it names none it knows."""
    noun_start = match.start("noun")
    owner = _MAKER_BEFORE.search(document.text, max(0, noun_start - 40), noun_start)
    makers = []
    if owner:
        makers = [m for m in document.mentions if m.end == owner.start()]
    after = _AUTHOR_AFTER.match(document.text, match.end())
    if not makers and after:
        makers = [
            m
            for m in document.mentions
            if after.end() <= m.start <= after.end() + 4 and m.end <= sentence.end
        ][:1]
    clause = document.clause_at(noun_start)
    if not makers and clause is not None and clause.verb is not None:
        verb_end = document.tokens[clause.verb.last_token - 1].end
        lemma = clause.verb.lemmas[-1] if clause.verb.lemmas else ""
        if (
            verb_end <= noun_start
            and not clause.verb.passive
            and (
                (
                    lemma in _MAKING_LEMMAS
                    and _MADE_RIGHT_AFTER_ITS_VERB.fullmatch(document.text, verb_end, noun_start)
                )
                or (
                    lemma in _ANSWERING_WITH_LEMMAS
                    and _WITH_BEFORE.search(document.text, verb_end, noun_start)
                )
            )
        ):
            makers = document.mentions_in_span(clause.own_subject())
    ids = set()
    for maker in makers:
        for mention in (maker, _body_signed_for(document, maker)):
            if mention.ref.startswith("actor:") and ":new:" not in mention.ref:
                ids.add(int(mention.ref.split(":")[1]))
    return ids


def _on_the_side_of(document: Document, actor_id: int | None, makers: set[int]) -> bool:
    """Whether a recorded author is one of the makers, the body one answers to, or one of a
    state the other is (a state's government makes the state's proposals)."""
    if actor_id is None:
        return False
    actors = document.gazetteer.actors
    recorded = actors.get(actor_id)
    for maker_id in makers:
        maker = actors.get(maker_id)
        if actor_id == maker_id or (maker and maker.parent_id == actor_id):
            return True
        if recorded and maker and recorded.parent_id == maker_id:
            return True
        if (
            recorded
            and maker
            and "state" in (recorded.kind, maker.kind)
            and recorded.country
            and recorded.country == maker.country
        ):
            return True
    return False


def _of_the_same_sort(document: Document, proposal_id: int, noun: str) -> bool:
    """Whether a recorded proposal is what a reference's noun may name by its author's side:
    an ask ("request", "demand", "plea") by any noun of asking; an offer or a bid as either; any
    other by its own kind."""
    noun = noun.casefold()
    if noun in _ASKED_FOR:
        return _asked_of_another(document, proposal_id)
    if noun in ("offer", "bid"):
        # "Kestrel made an offer for Orion" is the "Kestrel bid for Orion" recorded: a bid is
        # an offer, and an offer a bid (t56f)
        return _called(document, proposal_id, "offer") or _called(document, proposal_id, "bid")
    return _of_the_kind(document, proposal_id, noun) and _called(document, proposal_id, noun)


def _the_one_its_author_made(document, match, proposal_id, makers: set[int]) -> int | None:
    """Of the recorded proposals, the one the reference's told author made: the one chosen
    where its recorded author is on their side, else the one of its sort they are recorded as
    making (the best described of several), else none where the one chosen is another's."""
    proposals = document.gazetteer.proposals
    chosen = proposals.get(proposal_id) if proposal_id is not None else None
    if chosen and _on_the_side_of(document, chosen["announced_by_id"], makers):
        return proposal_id
    noun = match.group("noun")
    theirs = {
        p["id"]
        for p in proposals.values()
        if _on_the_side_of(document, p["announced_by_id"], makers)
        and _of_the_same_sort(document, p["id"], noun)
    }
    if len(theirs) == 1:
        return next(iter(theirs))
    if theirs:
        sentence = document.sentence_at(match.start())
        words = set(re.findall(r"\w+", document.text[sentence.start : sentence.end].casefold()))
        described = _best_described(document, words, at_least=1, among=theirs)
        if described is not None:
            return described
    if chosen and chosen["announced_by_id"] is not None:
        return None
    return proposal_id


# "raised their offer to", "sweetened its offer": a verb that makes the offer a new one
_RAISED_BEFORE = re.compile(
    r"\b(?:raised|improved|sweetened|increased|upped|lifted|doubled|revised|lowered|cut"
    r"|reduced|trimmed)\s+$",
    re.IGNORECASE,
)


def _told_by_its_verb_before(document: Document, match, sentence) -> int | None:
    """ "The Japanese side first offered Nagasaki ... Perry turned the offer down": "the offer"
    (the proposal, the request, the demand) right after a sentence that tells it with the
    noun's own verb is the recorded proposal of its kind that sentence describes, rather than
    the text the article named last."""
    noun = match.group("noun").casefold()
    verb = _VERB_OF_THE_NOUN.get(noun)
    # "The two moderators had proposed cutting the week ... X accepted their proposal": a
    # possessive pronoun points back to whoever that sentence tells proposing it
    if verb is None or not re.match(
        r"(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+" + noun + r"\b",
        match.group(0).strip(),
    ):
        return None
    if _RAISED_BEFORE.search(document.text, max(0, match.start() - 30), match.start()):
        # "Last December the companies offered 42 billion ... In June they raised their offer
        # to 82 billion": an offer raised is a new one, not the one told before
        return None
    # "Pakistan, which ... offered a neutral investigation; India has not responded to that
    # offer": the verb earlier in the reference's own sentence tells it first
    if re.search(rf"\b(?:{verb})\b", document.text[sentence.start : match.start()], re.I):
        before = replace(sentence, end=match.start())
    else:
        before = document.sentence_before(sentence)
    if before is None or not re.search(
        rf"\b(?:{verb})\b", document.text[before.start : before.end], re.IGNORECASE
    ):
        return None
    proposal_id = _described_in(document, before.start, before.end)
    if proposal_id is None or not _called(document, proposal_id, noun):
        # "They have offered to delay it if Iran accounts for its enriched uranium ... Tehran
        # has not answered the offer": of the recorded proposals called by the noun itself, the
        # one the sentence describes, rather than a request whose words it shares more of (by
        # its words in lower case: a party's name says whose it is, not which it is)
        called = _best_described(
            document,
            set(re.findall(r"\b[a-z]\w*", document.text[before.start : before.end])),
            at_least=1,
            among={
                p["id"]
                for p in document.gazetteer.proposals.values()
                if noun in p["words"] and not p["words"] & _DRAFTS
            },
        )
        proposal_id = called or proposal_id
    if proposal_id is None or not _of_the_kind(document, proposal_id, noun):
        return None
    return proposal_id


def _pointed_back_to(document: Document, match) -> int | None:
    """ "Repsol ... answered with a demand that Argentina issue more bonds if ... Argentina
    accepted that demand on Friday, after Repsol negotiators ...": a demonstrative points back to
    the text the sentence before tells, not to one the words around it in its own sentence
    describe (Repsol's first demand); None where the sentence before describes none of the
    noun's kind."""
    noun_start = match.start("noun")
    if not _POINTING_BACK.search(document.text, max(0, noun_start - 7), noun_start):
        return None
    before = document.sentence_before(document.sentence_at(noun_start))
    if before is None:
        return None
    proposal_id = _described_in(document, before.start, before.end)
    if proposal_id is None or not _of_the_kind(document, proposal_id, match.group("noun")):
        return None
    return proposal_id


def _described_by_the_sentence_before(document: Document, reference) -> int | None:
    """ "The Council is to meet on Tuesday to consider sanctions. X said it had yet to decide how
    it would answer that proposal": a demonstrative reference that nothing named pins down is
    the recorded proposal the sentence before it describes, even where its paragraph describes
    another as much."""
    start = max(0, reference.start - 6)
    if not _DEMONSTRATIVE_BEFORE.search(document.text, start, reference.start):
        return None
    before = document.sentence_before(document.sentence_at(reference.start))
    if before is None:
        return None
    return _described_in(document, before.start, before.end)


def _described_before(document: Document, references: list[ProposalMention], match) -> bool:
    """ "Australia and Timor-Leste have signed a treaty setting their maritime boundary ...
    Bishop signed the treaty on Tuesday": a text the article described before with the same
    noun (its reference pinned to a recorded proposal) is what a later reference means, as a
    name told before is."""
    # ("The treaty was signed ..." opening a sentence: `_REFERENCE` reads its capital "The"
    # outside the match, so the word is looked for right before the noun)
    if not re.search(
        r"\b[Tt]he\s+$", document.text[max(0, match.start("noun") - 5) : match.start("noun")]
    ):
        return False  # "an earlier treaty", "the new treaty": another than the one before
    return any(
        r.proposal_id is not None
        and r.end <= match.start()
        and _written_as(document, r, match.group("noun"))
        for r in references
    )


def _headed_as_one_recorded(document: Document, mentions) -> list[ProposalMention]:
    """ "Armenia accepted that timetable": a noun after a demonstrative that is the last
    word of one recorded proposal's title or short name, and of no other ("Minsk Group
    timetable"), refers to it, where no other mention covers it."""
    found = []
    for match in _DEMONSTRATIVE_NOUN.finditer(document.text):
        noun = match.group("noun")
        if _REFERENCE.fullmatch(match.group(0)):
            continue
        if any(m.start < match.end() and match.start() < m.end for m in mentions):
            continue
        headed = [
            p["id"]
            for p in document.gazetteer.proposals.values()
            if noun not in _GENERIC_WORDS
            and any(
                name
                and not _HEAD_NOT_LAST.search(name)
                and _singular({name.split()[-1].casefold()}) == _singular({noun})
                for name in (p["name"], p["short_name"])
            )
        ]
        if len(headed) != 1:
            headed = [p for p in [_brought_in_just_before(document, match)] if p is not None]
        if len(headed) == 1:
            found.append(ProposalMention(match.start("noun"), match.end("noun"), headed[0]))
    return found


# the words that open a clause or a phrase telling of another thing than the title's own
# ("North Carolina protest against the treaty", "Quito agreement to replace Decree 883",
# "Companies' demand for a written guarantee that the award would not be exceeded"): what a
# title names after them is what the proposal is about, not the proposal
_ANOTHER_THING_IN_A_TITLE = re.compile(
    r"\s+(?:the|a|an|against|to|that|which|whose|who|whom)\b.*", re.DOTALL
)
# the prepositions that close the head's phrase ("Labor board award of December 18",
# "Allied scheme for the Straits", "coalition with rotation", "Kampala as the venue")
_AFTER_THE_HEAD = re.compile(
    r"(?:,|:|\s+(?:of|for|on|in|between|with|by|at|from|over|under|along|about|among|into"
    r"|through|as)\b).*",
    re.DOTALL | re.IGNORECASE,
)
# a body's name opening a title before its noun: "Federation of Labor advice", "Knights of
# Labor request", "Church of Scotland proposal" (not "Ordinance of Charles X of April 17")
_A_BODY_S_NAME_OPENING = re.compile(
    r"(?:[A-Z][\w’'-]*\s+)+of\s+(?:[A-Z][\w’'.-]*\s+)+"
    r"(?=(?!(?:the|a|an|of|for|on|in|by|with|at|from|to|between|against|as|into|and|or)\b)[a-z])"
)
# a participle with its object after the head: "Declaration abolishing privateering",
# "Bangkok accord ending confrontation" (not "Government wage ceiling of 22 per cent", a noun
# in -ing)
_A_PARTICIPLE_S_PHRASE = re.compile(
    r"\s+(?i:[a-z]{3,}ing)\s+(?!(?:of|for|on|in|to|with|by|at|from|between)\b)\S.*", re.DOTALL
)
# a word after the head that is not a noun of it: a participle ("Compensation offered"), a
# number ("Decree 883")
_NOT_THE_HEAD_CLOSING = re.compile(r"(?:\s+(?:(?i:[a-z]+ed)|No\.|\d[\w,.-]*))+$")
# "accepted the package Temer announced", "the Chamber would study the ordinance", "answered
# Tata's first approach": a definite noun (after an article, a possessive pronoun or an owner)
# with up to two words of rank or matter before it, which ends its phrase (not "the release of
# some 400 jailed comrades", a phrase that goes on to tell what it is)
_THE_OWN_NOUN = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|(?<![\w.’'-])[A-Z][\w.-]*(?:['’]s|s['’]))\s+"
    r"(?:(?!(?:the|a|an|and|or|but|of|to|for|on|in|by|with|at|from|that|which|who)\b)"
    r"[a-z][\w-]*\s+){0,2}"
    r"(?P<noun>(?!(?:the|a|an|and|or|but|of|to|for|on|in|by|with|at|from|that|which|who)\b)"
    r"[a-z][a-z-]{3,})"
    # what follows the noun is no noun of the same phrase: punctuation, a capital, a word of
    # function, a participle or an adverb ("the package Temer announced", "the coalition by 89
    # votes", "the scheme in December", "the revised review procedure drafted by")
    r"(?=\s*[.,;:!?)”\"]|\s+(?:[A-Z]|(?:for|on|in|at|by|to|with|from|before|after|that"
    r"|which|when|as|and|but|or|outright|once|down|yesterday|today|last|this|until|unless"
    r"|[a-z]+ed|[a-z]+ly)\b))"
)


# what stands before a verb's object: a verb in the past, or one of answering in the present or
# the infinitive, with the particle or preposition it takes ("approved the coalition", "would
# study the ordinance", "has yet to vote on the amendments"; not "seats at the dialogue")
_A_VERB_OF_ITS_OBJECT_BEFORE = re.compile(
    r"\b(?:[a-z]{3,}ed|accept|reject|sign|study|answer|approve|back|oppose|refuse|endorse"
    r"|ratify|welcome|support|adopt|consider|review|drop|dismiss|spurn|decline|ignore|vote)"
    r"(?:s|ing)?\s+(?:(?:to|on|down|for|with|up)\s+)?$"
)


def _title_head(name: str) -> str | None:
    """The noun a recorded title or short name is headed by, in lower case:
    the last word of its own phrase, before any preposition, clause or participle closing it
    ("package" of "Temer's diesel price cut and freight package", "award" of "Labor board award
    of December 18, 1937", "compensation" of "Compensation offered to the Krenak people");
    None for a word of function or of a name."""
    own = _A_BODY_S_NAME_OPENING.sub("", name or "", count=1)
    own = _ANOTHER_THING_IN_A_TITLE.sub("", own)
    own = _A_PARTICIPLE_S_PHRASE.sub("", own)
    own = _AFTER_THE_HEAD.sub("", own)
    own = _NOT_THE_HEAD_CLOSING.sub("", own).strip()
    last = own.split()[-1] if own.split() else ""
    if not re.fullmatch(r"[A-Za-z][a-z-]{3,}", last) or last.casefold() in PREPOSITIONS:
        return None
    return last.casefold()


def _headed_by_its_own_noun(document: Document, mentions) -> list[ProposalMention]:
    """ "his group accepted the package Temer announced" where one recorded proposal is
    "Temer's diesel price cut and freight package": a definite noun no reference reads, which
    heads the title (or short name) of one recorded proposal and of no other, refers to it,
    where no other mention covers it and a verb takes it as its object. A noun that a title
    names only as what it is about ("North Carolina protest against the treaty") heads
    nothing."""
    heads = {}
    for proposal in document.gazetteer.proposals.values():
        for name in {proposal["name"], proposal["short_name"]} - {None, ""}:
            head = _title_head(name)
            if head and head not in _GENERIC_WORDS:
                heads.setdefault(head, set()).add(proposal["id"])
    found = []
    for match in _THE_OWN_NOUN.finditer(document.text):
        # (in the same number: "rejected the settlements" names places, not the "Rafah border
        # settlement")
        noun = match.group("noun")
        headed = heads.get(noun, set())
        if len(headed) != 1 or _REFERENCE.fullmatch(f"the {noun}"):
            continue  # "the demand", "the ruling": a reference, read with its own rules
        if any(
            _singular({noun}) <= _singular(p["words"])
            for p in document.gazetteer.proposals.values()
            if p["id"] not in headed
        ):
            # "accepted the line" where "Mr. Webster's compromise line" and "Lord Ashburton's
            # proposal of the St. John line" are both recorded: a word another title holds
            # too, as what it is about, singles out neither
            continue
        if not _A_VERB_OF_ITS_OBJECT_BEFORE.search(
            document.text, max(0, match.start() - 40), match.start()
        ):
            # "a fair share of seats at the dialogue": told in passing, no verb's object, it
            # would become the text a later answer without one refers to
            continue
        if any(m.start < match.end() and match.start("noun") < m.end for m in mentions):
            continue  # "the Decree 883", "the Cairo plan": named or referred to already
        if any(m.start < match.end() and match.start("noun") < m.end for m in document.mentions):
            continue  # "the Federation" a body, "the Chamber": an actor, no text
        found.append(ProposalMention(match.start("noun"), match.end("noun"), min(headed)))
    return found


def _brought_in_just_before(document: Document, match) -> int | None:
    """ "The text is little changed from a draft made public by Hanoi last October. Hanoi
    accepted that draft": "that" before a noun the sentence before brought in with "a" is the
    recorded proposal called by that noun that the words from it on describe, where the words
    before it describe none or another (the text the sentence was already about); else None."""
    noun_start = match.start("noun")
    before = document.sentence_before(document.sentence_at(noun_start))
    if before is None or not _POINTING_BACK.search(
        document.text, max(0, noun_start - 7), noun_start
    ):
        return None
    brought_in = re.search(
        rf"\ban?\s+(?:[\w-]+\s+){{0,2}}?{re.escape(match.group('noun'))}\b",
        document.text[before.start : before.end],
        re.IGNORECASE,
    )
    if brought_in is None:
        return None
    called = {
        p["id"]
        for p in document.gazetteer.proposals.values()
        if _singular({match.group("noun").casefold()}) <= _singular(p["words"])
    }
    if not called:
        return None
    at = before.start + brought_in.start()

    def described(start, end):
        words = set(re.findall(r"\w+", document.text[start:end].casefold()))
        return _best_described(document, words, at_least=1, among=called)

    told = described(at, before.end)
    if told is None or told == described(before.start, at):
        return None
    return told


def _own_text_described(document: Document, sentence, named) -> int | None:
    """The recorded text a sentence telling of one "of their own" describes ("had already
    signed a ceasefire deal of their own in April, at talks ... in Sirte" is the "Sirte
    ceasefire agreement"); None where the words describe none, or describe a text the sentence
    names (their own is another: "rejected the Cairo plan and tabled a plan of their own")."""
    described = _described_in(document, sentence.start, sentence.end)
    if described is None or any(
        p.proposal_id == described and sentence.start <= p.start < sentence.end for p in named
    ):
        return None
    return described


def _named_after_the_dateline(document: Document) -> int | None:
    """The one recorded proposal whose title, but for its kind of text, is the place the
    article is filed from: texts are named after the town they are signed in, and the wire
    files its story of the signing from there ("KHASAVYURT, Russia (AP) -- ... signed an
    accord" is the "Khasavyurt Accord", whose one word of its own the lead cannot share twice).
    """
    dateline = _DATELINE.match(document.text)
    place = _DATELINE_PLACE.match(document.text[: dateline.end()]) if dateline else None
    if place is None:
        return None
    city = set(re.findall(r"\w+", place.group("city").casefold()))
    named = [
        proposal["id"]
        for proposal in document.gazetteer.proposals.values()
        if (own := _singular(proposal["words"] - _GENERIC_WORDS) - _KINDS_OF_TEXT[0])
        and own <= city
    ]
    return named[0] if len(named) == 1 else None


def _the_one_text_of_the_lead_s_day(document: Document, references) -> int | None:
    """ "Congo's ruling coalition and the main opposition bloc signed a deal ... late on
    Saturday": a text of the lead that nothing pins down, on the day its sentence names, is the
    one recorded text of its kind that may be of that day, since the others are recorded as
    announced on other days ("an earlier agreement signed on October 18"); None where two fit
    (or none), or the lead's sentence names no day."""
    lead_end = _paragraph_end(document.text, 0)
    for reference in references:
        if reference.start >= lead_end:
            break
        noun = document.text[reference.start : reference.end]
        if reference.proposal_id is not None or noun.casefold() not in _ANY_SIGNED_TEXT:
            continue
        sentence = document.sentence_at(reference.start)
        days = {
            d.date
            for d in document.dates_between(sentence.start, sentence.end)
            if d.precision == "day"
        }
        if len(days) != 1:
            continue
        fitting = [
            p["id"]
            for p in document.gazetteer.proposals.values()
            if p["announced_on"] in (None, *days)
            and _of_the_kind(document, p["id"], noun)
            and not _not_a_text(document, p["id"])
            and not _asked_of_another(document, p["id"])
        ]
        return fitting[0] if len(fitting) == 1 else None
    return None


def _of_an_earlier_year(document: Document, match, announced) -> bool:
    """ "all claims were settled by the 1965 treaty": a text whose year, written before its
    noun, is before the one the recorded proposal was announced in (or, for a reference nothing
    pins down, before the year before the article's) is another, older text."""
    noun = match.start("noun")
    year = _A_YEAR_BEFORE.search(document.text, max(0, noun - 30), noun)
    if year is None or any(
        year.group(1) in p["name"] for p in document.gazetteer.proposals.values()
    ):
        return False  # "the 2012 roadmap" for the recorded "Doha roadmap of 2012"
    return int(year.group(1)) < (announced.year if announced else document.published_on.year - 1)


# "the 1965 treaty", "the 1994 peace accord": a year written before a reference's noun
_A_YEAR_BEFORE = re.compile(r"\b((?:1[5-9]|20)\d\d)\s+(?:[a-z-]+\s+)?$")
# "provided that ...", "on condition that ...", "unless ...": a condition opening after a
# reference, whose words tell of something else than the text (t56i)
_A_CONDITION_OPENS = re.compile(
    r"\b(?:provided|providing|on\s+(?:the\s+)?condition|unless|(?:as|so)\s+long\s+as"
    r"|only\s+if|if)\b",
    re.IGNORECASE,
)


def _told_before_its_announcement(document: Document, match, proposal_id: int, end: int) -> bool:
    """Whether the phrase of a reference ("a pact with Somalia in August", up to its clause's
    end) dates it wholly before the day the recorded proposal was announced."""
    announced = document.gazetteer.proposals[proposal_id]["announced_on"]
    if announced is not None and _of_an_earlier_year(document, match, announced):
        return True
    phrase = re.match(r"[^,;.:]*", document.text[match.end() : end]).group(0)
    # "backed the accord provided that council elections due in April were held": a date in
    # the condition dates the condition, not the text (t56i)
    phrase = _A_CONDITION_OPENS.split(phrase, maxsplit=1)[0]
    if announced is None:
        return _concluded_years_before(document, match, phrase)
    dates = [
        d for d in document.dates if match.end() <= d.start and d.end <= match.end() + len(phrase)
    ]
    if not dates:
        return False
    if _days_before_its_own_text(document, match, dates, announced):
        return False

    def ends_before(date) -> bool:
        if date.precision == "year":
            return date.date.year < announced.year
        if date.precision == "month":
            return (date.date.year, date.date.month) < (announced.year, announced.month)
        return date.date < announced

    return all(ends_before(d) for d in dates)


# "the nuclear deal that Iran concluded with world powers in 2015": a relative clause that
# says when the text was settled
_SETTLED_IN_ITS_CLAUSE = re.compile(
    r"^\s*(?:that|which)\s+[^,;.:]{0,60}?\b(?:concluded|signed|reached|struck|sealed|agreed"
    r"|negotiated|clinched)\b",
    re.IGNORECASE,
)


def _concluded_years_before(document: Document, match, phrase: str) -> bool:
    """Whether a reference's own relative clause says its text was settled in a year before
    the one before the article's ("the deal that Iran concluded with world powers in 2015",
    written in 2025): an old text, not a recorded proposal of no known date."""
    return _settled_years_before(document, match.end(), phrase)


def _settled_years_before(document: Document, start: int, phrase: str) -> bool:
    """Whether the words at `start` open with a relative clause that dates the settling of a
    text to a year before the one before the article's (see `_concluded_years_before`)."""
    if not _SETTLED_IN_ITS_CLAUSE.match(phrase):
        return False
    dates = [d for d in document.dates if start <= d.start and d.end <= start + len(phrase)]
    return bool(dates) and all(d.date.year < document.published_on.year - 1 for d in dates)


def _days_before_its_own_text(document: Document, match, dates, announced) -> bool:
    """ "India rejected the protocol on Monday" where the protocol was signed on Wednesday: the
    text referred back to ("the"), answered in the last days before it was announced, is that
    text still in draft, not another (unlike "a pact with Somalia in August")."""
    return bool(re.match(r"[Tt]he\s", match.group(0))) and all(
        d.precision == "day" and 0 < (announced - d.date).days <= 7 for d in dates
    )


def _article_proposal(document: Document, named: list[ProposalMention]) -> int | None:
    """The proposal a reference means before any is named: the one the article names first,
    where it names it in its lead or the paragraph after ("signed a peace accord ... The two
    leaders signed the Brasilia Presidential Act"); where it names one only further down, a
    side text ("signed a declaration of principles" in the ninth paragraph), the one the lead
    describes ("signed a peace deal" under a "Juba" dateline is the "Juba Peace Agreement")."""
    if not named:
        return None
    lead_end = _paragraph_end(document.text, 0)
    second_end = _paragraph_end(
        document.text, re.compile(r"\s*").match(document.text, lead_end).end()
    )
    if named[0].start < second_end:
        return named[0].proposal_id
    return _described_in(document, 0, lead_end) or named[0].proposal_id


# "Anwar first proposed a ceasefire", "the mediators offered a truce": a step proposed with no
# noun of a proposal ("plan", "proposal") to name it
_PROPOSED_STEP = re.compile(
    r"\b(?:proposed|offered|floated|suggested|put\s+forward|tabled)\s+(?:an?|its|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>ceasefire|cease-fire|truce|armistice|referendum|amnesty"
    r"|swap|exchange)\b(?!\s+(?:plan|proposal|offer|deal|agreement|accord)\b)",
    re.IGNORECASE,
)


# "offered instead to eliminate all ballistic missiles over 10 years": the step told by the
# infinitive after a verb of proposing, up to the end of its clause or a circumstance
_PROPOSED_TO = re.compile(
    r"\b(?:proposed|offered|suggested)\s+(?:instead\s+|also\s+|first\s+)?to\s+"
    r"(?P<step>(?:[\w-]+\s+){1,7}?[\w-]+)"
    r"(?=\s*[,.;]|\s+(?:over|within|by|in|on|if|unless|provided|and|but)\b)",
    re.IGNORECASE,
)
# "offered the Norwegian crown to Prince Carl": a thing offered to someone, the noun phrase
# between the verb and "to" (not "offered to mediate")
_OFFERED_A_THING = re.compile(
    r"\b(?:offered|offers|offering)\s+(?P<thing>(?:the|an?|its|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,3}?[\w-]+)\s+to\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
# "Kuwait has proposed that the two sides meet again in Baghdad": the step told by a clause
# after a verb of proposing, up to the end of its sentence or clause
# ("Pretoria had at first demanded that every member of the ANC leave": a demand so told)
_PROPOSED_THAT = re.compile(
    # ("had asked that its proscribed members be allowed to campaign": a request so told)
    # (the point of a title's abbreviation, "Gen. Seregni", "Mr. Ferreira", ends no clause)
    r"\b(?:proposed|suggested|demanded|insisted|asked|requested)\s+that\s+"
    r"(?P<step>(?:[^,.;:]|(?-i:(?:(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z][a-z]{3}))"
    r"\.(?=\s+[A-Z]))){1,120})",
    re.IGNORECASE,
)
# words of a step that say nothing of what it is
_STEP_STOP_WORDS = frozenset({"the", "a", "an", "all", "its", "their", "of", "to", "and", "for"})
# the words a title may name the same step by ("cease-fire" is read as "cease" and "fire")
_A_TRUCE = {"ceasefire", "truce", "cease", "armistice"}
_A_STEP_AS = {
    "ceasefire": _A_TRUCE,
    "cease-fire": _A_TRUCE,
    "truce": _A_TRUCE,
    "armistice": _A_TRUCE,
}


def _proposed_by_a_verb(document: Document, mentions) -> list[ProposalMention]:
    """The step a verb of proposing introduces, as a mention of the recorded proposal it is:
    the one of that step announced by a party its sentence names before the verb ("Anwar ...
    proposed a ceasefire": the "Malaysian ceasefire proposal" Anwar announced), so that "Hun
    Manet accepted it" answers it; none where no recorded proposal, or more than one, fits."""
    found = []
    proposals = document.gazetteer.proposals.values()

    def add_the_one_fitting(start: int, end: int, fitting, named=mentions) -> None:
        """`fitting`: the ids of the proposals that fit, read only where no mention already
        covers the stretch."""
        if any(m.start < end and start < m.end for m in named):
            return
        fitting = list(fitting)
        if len(fitting) == 1:
            found.append(ProposalMention(start, end, fitting[0]))

    for match in _PROPOSED_STEP.finditer(document.text):
        sentence = document.sentence_at(match.start())
        before = {
            int(m.ref.split(":")[1])
            for m in document.mentions_between(sentence.start, match.start())
            if ":new:" not in m.ref
        }
        step = _A_STEP_AS.get(match.group("noun").casefold(), {match.group("noun").casefold()})
        add_the_one_fitting(
            *match.span("noun"),
            (
                p["id"]
                for p in proposals
                if p["announced_by_id"] in before and step & _singular(p["words"])
            ),
        )
    for match in _PROPOSED_TO.finditer(document.text):
        words = _words_of(match.group("step")) - _STEP_STOP_WORDS
        proposers = _proposers_before(document, match.start())
        add_the_one_fitting(
            *match.span("step"),
            (
                p["id"]
                for p in proposals
                if p["announced_by_id"] in proposers
                and len(words & _singular(p["words"])) >= 2
                # "The church has offered to host new talks": a proposal recorded with no
                # proposer is told by three words of its own
                or p["announced_by_id"] is None
                and len(words & _singular(p["words"])) >= 3
            ),
        )
    for match in _OFFERED_A_THING.finditer(document.text):
        # "offered the Norwegian crown to Prince Carl": the recorded offer of that thing, told
        # by two words of its title
        words = _words_of(match.group("thing")) - _STEP_STOP_WORDS
        add_the_one_fitting(
            *match.span("thing"),
            (
                p["id"]
                for p in proposals
                if "offer" in p["words"] and len(words & _singular(p["words"])) >= 2
            ),
        )
    for match in _DEMANDED.finditer(document.text):
        # the one recorded demand of a party its sentence names before the verb; or, where the
        # demand is recorded with no party ("Nurses have demanded similar allowances", "The
        # parties had demanded an end to military trials of civilians"), the one whose title
        # the verb and two words of what is demanded tell
        proposers = _proposers_before(document, match.start())
        words = (_words_of(match.group(0)) - _STEP_STOP_WORDS) | {"demand"}
        add_the_one_fitting(
            *match.span(),
            (
                p["id"]
                for p in proposals
                if "demand" in _singular(p["words"])
                and (
                    p["announced_by_id"] in proposers
                    or p["announced_by_id"] is None
                    and len(words & _singular(p["words"])) >= 3
                )
            ),
        )
    for match in _PROPOSED_THAT.finditer(document.text):
        # a clause names its step in words of its own ("meet again in Baghdad" for a "second
        # round in Baghdad"): one word of the title is enough among the proposer's proposals
        words = _words_of(match.group("step")) - (_STEP_STOP_WORDS | _GENERIC_WORDS)
        proposers = _proposers_before(document, match.start())
        add_the_one_fitting(
            *match.span("step"),
            (
                p["id"]
                for p in proposals
                if p["announced_by_id"] in proposers and words & _singular(p["words"])
            ),
            # "demanded that ..." may already be the party's one recorded demand (above)
            named=(*mentions, *found),
        )
    for match in _INVITED_TO.finditer(document.text):
        # the recorded invitation to the place or meeting named after "to"
        words = _words_of(match.group("to")) - _STEP_STOP_WORDS
        add_the_one_fitting(
            *match.span(),
            (
                p["id"]
                for p in proposals
                if p["words"] & {"invitation", "invite"} and words & _singular(p["words"])
            ),
        )
    for match in _WANTED_OF_ANOTHER.finditer(document.text):
        # "it wanted Ottawa to withdraw the arbitration directive": the step one party asks of
        # another, told by two words of its title among the asking party's proposals
        words = _words_of(match.group("step")) - _STEP_STOP_WORDS
        proposers = _proposers_before(document, match.start())
        add_the_one_fitting(
            *match.span("step"),
            (
                p["id"]
                for p in proposals
                if p["announced_by_id"] in proposers and len(words & _singular(p["words"])) >= 2
            ),
            named=(*mentions, *found),
        )
    return found


# "it wanted Ottawa to withdraw the directive", "urged the government to drop the bill": a step
# one party asks another to take, up to a circumstance or the end of its clause
_WANTED_OF_ANOTHER = re.compile(
    r"\b(?:wanted|wants|urged|urges|called\s+on|calls\s+on|pressed|presses)\s+"
    r"(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,2}\s+to\s+"
    r"(?P<step>(?:[\w-]+\s+){1,7}?[\w-]+)"
    r"(?=\s*[,.;]|\s+(?:altogether|over|within|by|in|on|if|unless|and|but)\b)"
)


# "Oman has proposed holding a fourth round on May 3", "the directorate has proposed a further
# round of mediation for next Monday": a meeting proposed by a verb, told by a gerund or a noun
# phrase up to a circumstance, with no noun of a proposal to name it
_PROPOSED_MEETING = re.compile(
    r"\b(?:proposed|suggested|offered)\s+"
    r"(?P<step>(?:holding|hosting|convening|an?|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:round|meeting|session|summit|talks|conference)(?:\s+of\s+[\w-]+)?)"
    r"(?=\s*[,.;]|\s+(?:on|in|at|for|next|this|later|within|by|between|with)\b)",
    re.IGNORECASE,
)


def _proposed_meetings(document: Document, mentions) -> list[ProposalMention]:
    """The meeting a verb of proposing introduces, as a mention of the one recorded proposal
    that shares two words with it and was announced by a party its sentence names before the
    verb, or by none recorded ("Oman has proposed holding a fourth round": the "Omani proposal
    for a fourth round"), so that "Iran accepted it" answers it."""
    found = []
    for match in _PROPOSED_MEETING.finditer(document.text):
        start, end = match.span("step")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        words = _words_of(match.group("step")) - (_STEP_STOP_WORDS | _GENERIC_WORDS)
        proposers = _proposers_before(document, match.start())
        fitting = [
            p["id"]
            for p in document.gazetteer.proposals.values()
            if (p["announced_by_id"] is None or p["announced_by_id"] in proposers)
            and len(words & _singular(p["words"])) >= 2
        ]
        if len(fitting) == 1:
            found.append(ProposalMention(start, end, fitting[0]))
    return found


def _words_of(text: str) -> set[str]:
    """The words of a stretch of text, case-folded and singular."""
    return _singular(set(re.findall(r"\w+", text.casefold())))


# "Pretoria had at first demanded that every ANC member leave", "Iraq went into the talks
# demanding $2.4 billion": a demand told by its verb, up to the end of its clause (not "was
# demanded of it", told of the one a demand is made on)
# "had demanded an end to all military trials": the thing demanded, up to its clause's end
_DEMANDED = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:demanded|demanding|demands)\s+(?:that\s+)?"
    r"(?!(?:changes|amendments|modifications|revisions)\b)[^,.;:]{3,120}"
)


# "When Gonsalves invited the two leaders to St Vincent, Maduro accepted at once": the
# invitation, told by its verb (not "was invited to", told of a guest)
# ("whom the Government has invited to bring his people across into Natal should hostilities
# begin": the step up to where it is to go, or to the condition it is for)
_INVITED_TO = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:invited|invites)\s+"
    r"(?:[^,.;:]{1,60}?\s)?to\s+(?P<to>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
    r"(?=\s*[,.;]|\s+(?:for|on|in|into|should|if)\b)"
)


def _proposers_before(document: Document, offset: int) -> set[int]:
    """The recorded actors the sentence names before `offset`, with the person "he" or "she"
    opening it stands for (the person named last in the two sentences before)."""
    sentence = document.sentence_at(offset)
    named = [m for m in document.mentions_between(sentence.start, offset) if ":new:" not in m.ref]
    if re.match(r"\s*(?:He|She)\b", document.text[sentence.start : offset]):
        index = document.sentences.index(sentence)
        window = document.sentences[max(0, index - 2)].start
        people = [
            m
            for m in document.mentions_between(window, sentence.start)
            if document.is_person(m.ref) and ":new:" not in m.ref
        ]
        named += people[-1:]
    return {int(m.ref.split(":")[1]) for m in named}


# The nouns that name the same kind of text: an agreement signed is no proposal or demand.
_KINDS_OF_TEXT = [
    {
        "agreement",
        "accord",
        "deal",
        "treaty",
        "pact",
        "memorandum",
        "protocol",
        "armistice",
        "declaration",
        "document",
        # "He accepted the final text": the text to sign, not a demand named before it
        "text",
        # "agreed on the outlines of a deal": a framework is a text agreed too
        "framework",
        # "executed a deed of cession": a cession or a settlement signed as a deed
        "deed",
    },  # fmt: skip
    {"call", "appeal", "request", "announcement"},
    # "called on it to disband the force ... Mandela flatly rejected the demand"
    {"demand"},
    {"ruling"},
    # "The union accepted the board's recommendation"
    {"recommendation"},
    # "the Nixon-Sato communique ... The party rejected the communique"
    {"communique", "communiqué"},
    {"idea", "concept"},
    # "the federation's constitution ... The constitution must still be approved"
    {"constitution"},
    # "Resolution 1721 ... Gbagbo refused to apply the resolution"
    {"resolution"},
    # "In a final statement read out by the host ... The statement was endorsed by"
    {"statement"},
    # "the U.S. invitation to resume talks ... Syria declined the invitation"
    {"invitation"},
    # "the summit's cabinet line-up ... has yet to be accepted"
    {"line-up", "lineup"},
    # "the Rio Tinto-Chinalco strategic partnership ... Rio Tinto backed the partnership"
    {"partnership"},
    {"merger"},
    # "Kestrel's bid for Orion ... Orion rejected the bid": a bid is an offer for a firm, so a
    # recorded "takeover offer" is what "the bid" names (t56f)
    {"bid", "offer"},
    # "the Dar es Salaam ceasefire ... agreed a new ceasefire": a truce by its bare noun
    {"ceasefire", "cease-fire", "truce"},
    # "the settlement bill ... Parliament has yet to receive the bill"
    {"bill", "law"},
    # "the Karlstad Conventions ... The conventions must still be approved"
    {"convention"},
    # "the Mariana dam settlement ... signed a 170-billion-reais settlement with the government"
    {"settlement"},
    # "Proclamation on land titles ... has yet to respond to Hobson's proclamation"
    {"proclamation"},
    # "the company's application for a cattle loan ... has yet to decide on the application"
    {"application"},
]


# "the strategic partnership", "the merger": texts a reference names only where one is recorded
# (`_KINDS_OF_TEXT`), and made "with" a party as a deal is
_TEXTS_FIRMS_MAKE = {"partnership", "merger"}
# "its deal with Chinalco", "the agreement signed with BHP early on Friday", "an accord reached
# with the rebels": a text and, after "with", the party it was made with
_MADE_WITH_AFTER = re.compile(
    r"(?:\s+(?:signed|reached|struck|concluded|negotiated|agreed))?"
    r"(?:\s+(?:early\s+|late\s+)?on\s+[A-Z]\w+)?\s+with\s+(?:the\s+)?"
)


def _the_one_made_with(document: Document, match) -> int | None:
    """ "Rio Tinto walked away from its deal with Chinalco", "the agreement signed with BHP": a
    text made with a party is the one recorded text or joint undertaking whose title names that
    party (by any way the article writes it: "Rio Tinto-Chinalco strategic partnership", "Rio
    Tinto-BHP Billiton joint venture"), not what one side offered or asked ("Chinalco offer to
    amend the terms of the Rio Tinto deal"); None where no one such proposal is so named."""
    noun = match.group("noun").casefold()
    if not (_a_text_noun(noun) or noun in _TEXTS_FIRMS_MAKE):
        return None
    after = _MADE_WITH_AFTER.match(document.text, match.end())
    if after is None:
        return None
    partner = next((m for m in document.mentions if m.start == after.end()), None)
    if partner is None or document.tokens[partner.last_token - 1].possessive:
        return None  # "the deal with Chinalco's shareholders": with the shareholders
    # the party by the names the article writes it with, and by any name it is recorded under
    # ("Chinalco" for the recorded "Aluminum Corp of China")
    written = {
        tuple(re.findall(r"\w+", m.text_in(document.text).casefold()))
        for m in document.mentions
        if m.ref == partner.ref and m.via in ("name", "new", "surname")
    }
    written.add(tuple(re.findall(r"\w+", document.actor_name(partner.ref).casefold())))
    written.discard(())

    def names_the_partner(phrase: str) -> bool:
        words = tuple(re.findall(r"\w+", phrase.casefold()))
        if any(words[i : i + len(name)] == name for name in written for i in range(len(words))):
            return True
        tokens = tokenize(phrase)
        return any(
            f"actor:{payload[0]}" == partner.ref and tokens[first].capitalised
            for first, _, payloads in document.gazetteer.actor_names.matches(tokens)
            for payload in payloads
        )

    made_with = [
        p["id"]
        for p in document.gazetteer.proposals.values()
        if not _not_a_text(document, p["id"])
        and not _asked_of_another(document, p["id"])
        and any(phrase and names_the_partner(phrase) for phrase in (p["name"], p["short_name"]))
    ]
    return made_with[0] if len(made_with) == 1 else None


# "agreed to pause construction for two days at the request of the provincial government": the
# request is for what its clause did at it
_AT_ITS_REQUEST = re.compile(r"\b(?:at|on)\s+$", re.IGNORECASE)
_ASKED_OF_IT = {"request", "call", "invitation", "demand", "appeal", "urging", "behest"}


def _done_at_its_request(document: Document, match, sentence) -> int | None:
    """ "X agreed to pause construction at the request of Y": the recorded request whose title
    shares two words or more with its clause's words before "at" ("pause construction"), more
    than any other."""
    if match.group("noun").casefold() not in _ASKED_OF_IT or not _AT_ITS_REQUEST.search(
        document.text, max(sentence.start, match.start() - 4), match.start()
    ):
        return None
    before = document.text[sentence.start : match.start()]
    clause_start = match.start() - len(re.split(r"[,;:()]", before)[-1])
    # the words of what was done, not of who did it ("Coastal GasLink had agreed to ...")
    named = [m for m in document.mentions_between(clause_start, match.start())]
    kept = list(document.text[clause_start : match.start()])
    for mention in named:
        kept[mention.start - clause_start : mention.end - clause_start] = " " * (
            mention.end - mention.start
        )
    return _best_described(
        document,
        _words_of("".join(kept)),
        among=set(_recorded_of_its_kind(document, match.group("noun"))),
    )


def _one_of_its_kind(document: Document, noun: str) -> int | None:
    """ "signed the accord" where one recorded proposal is an agreement ("Partial agreement on
    political rights", "Barbados agreement") and the others are a demand and a proposal: the
    only recorded proposal whose title or short name is a text of the reference's kind."""
    of_its_kind = _recorded_of_its_kind(document, noun)
    return of_its_kind[0] if len(of_its_kind) == 1 else None


def _any_of_its_kind(document: Document, noun: str) -> bool:
    """Whether a recorded proposal's title or short name is a text of the noun's kind."""
    return bool(_recorded_of_its_kind(document, noun))


def _recorded_of_its_kind(document: Document, noun: str) -> list[int]:
    """The recorded proposals whose title or short name is a text of the noun's kind (drafts
    of a text are not the text)."""
    kind = next((k for k in _KINDS_OF_TEXT if noun.casefold() in k), None)
    if kind is None:
        return []
    return [
        p["id"]
        for p in document.gazetteer.proposals.values()
        if _title_nouns(p) & kind and not p["words"] & _DRAFTS
    ]


def _title_nouns(recorded: dict) -> set[str]:
    """The words of a recorded proposal's title and short name in the singular, with its
    hyphenated compounds whole ("line-up" of "Doha cabinet line-up")."""
    written = f"{recorded['name']} {recorded.get('short_name') or ''}".casefold()
    return _singular(recorded["words"]) | set(re.findall(r"\w+(?:-\w+)+", written))


def _last_of_its_kind(document: Document, mentions, match) -> int | None:
    """The proposal named or referred to last before a reference whose kind of text it is."""
    earlier = [
        m
        for m in mentions
        if m.end <= match.start()
        and m.proposal_id
        and _of_the_kind(document, m.proposal_id, match.group("noun"))
    ]
    kind = next((k for k in _KINDS_OF_TEXT if match.group("noun").casefold() in k), None)
    if kind is None or not earlier:
        return None
    return max(earlier, key=lambda m: m.start).proposal_id


def _of_the_kind(document: Document, proposal_id: int, noun: str) -> bool:
    """Whether a recorded proposal's title names a text of the noun's kind; True for a noun of
    no listed kind ("the plan" may be any proposal)."""
    kind = next((k for k in _KINDS_OF_TEXT if noun.casefold() in k), None)
    recorded = document.gazetteer.proposals.get(proposal_id)
    if noun.casefold() == "offer" and recorded is not None:
        # "countered his plea with an offer": an offer comes from the side that gives, an ask
        # (a request, a demand, a plea) from the side that asks; no offer is a recorded ask
        return not _asked_of_another(document, proposal_id)
    if kind is None or recorded is None:
        return True
    # "the agreement" is not the "final draft of the maritime agreement"
    # "Package of Measures for the Implementation of the Minsk Agreements" is of the kind
    # "the deal" is not the "Naskapi request to be included in the agreement" (tune44g)
    if kind is _KINDS_OF_TEXT[0] and _asked_of_another(document, proposal_id):
        return False
    return bool(_title_nouns(recorded) & kind) and not recorded["words"] & _DRAFTS


def _called(document: Document, proposal_id: int, noun: str) -> bool:
    recorded = document.gazetteer.proposals.get(proposal_id)
    return recorded is None or noun.casefold() in recorded["words"]


def _the_only_one_called(document: Document, noun: str) -> int | None:
    """The only recorded proposal whose title or short name holds the noun itself."""
    called = [
        p["id"]
        for p in document.gazetteer.proposals.values()
        if noun.casefold() in p["words"] and not p["words"] & _DRAFTS
    ]
    return called[0] if len(called) == 1 else None


def _the_only_draft(document: Document) -> int | None:
    """The only recorded proposal whose title or short name calls it a draft. Wider than
    `_a_draft`, on purpose: the bare noun "his draft" may name a text known by its short name
    alone ("Washington draft agreement"), while `_a_draft` sets apart the texts that are only a
    stage of another, which a short name does not make them."""
    drafts = [p["id"] for p in document.gazetteer.proposals.values() if "draft" in p["words"]]
    return drafts[0] if len(drafts) == 1 else None


def _the_one_invitation(document: Document, match) -> int | None:
    """ "turned down invitations to the conference": the one recorded invitation, sent to each
    party invited."""
    if match.group("noun") != "invitations":
        return None
    invitations = [
        p["id"] for p in document.gazetteer.proposals.values() if "invitation" in p["words"]
    ]
    return invitations[0] if len(invitations) == 1 else None


# the word in lower case right before a noun: "two partial agreements"
_LOWER_CASE_WORD_BEFORE = re.compile(r"\b([a-z][\w-]*)\s+$")


def _each_named_in_the_singular(document: Document, match) -> list[int]:
    """ "latest proposals", "revised offers": the recorded proposals (two or more) whose
    titles hold the qualifier and the noun in the singular, in that order; a bare plural
    ("proposals", "peace deals" with no qualifier a title shares) names none of them."""
    words = match.group(0).casefold().split()
    while words and words[0] in _ARTICLES:
        words = words[1:]
    if len(words) == 1:
        # "signed their first two partial agreements": the word right before the plural,
        # which the reference's own qualifiers do not list
        before = _LOWER_CASE_WORD_BEFORE.search(
            document.text, max(0, match.start("noun") - 30), match.start("noun")
        )
        if before is not None and before.group(1) not in _ARTICLES:
            words = [before.group(1), *words]
    if len(words) < 2:
        return []  # "the proposals": no qualifier of the plural's own
    singular = " ".join([*words[:-1], words[-1][:-1]])
    named = [
        p["id"]
        for p in document.gazetteer.proposals.values()
        if re.search(r"\b" + re.escape(singular) + r"\b", p["name"].casefold())
    ]
    return named if len(named) >= 2 else []


# "the government's proposals", "Kyrgyz proposals": a plural with its owner right before it,
# by a possessive or a proper adjective (not "The proposals", "Their proposals" opening a
# sentence)
_OWNED_PLURAL = re.compile(
    r"(?:\w['’]s|\ws['’]|\b(?!(?:The|These|Those|Their|Its|His|Her|Our|Both|All|Such|Other"
    r"|New|Latest|Earlier|Previous|Further)\b)(?-i:[A-Z])[\w-]+)\s+$"
)


def _the_owner_s_one_described(document: Document, match) -> int | None:
    """ "rejected the government's proposals for elected district councils", "agreed to Kyrgyz
    proposals that the Golovnoi water intake be run jointly": a plural with its owner before it
    is one recorded proposal, the one whose title holds the noun, where the words around it
    (two at least, its noun apart) describe it; a bare plural ("the proposals", "their
    proposals") names none."""
    noun = match.group("noun").casefold()
    if not _OWNED_PLURAL.search(
        document.text, max(0, match.start("noun") - 40), match.start("noun")
    ):
        return None
    sentence = document.sentence_at(match.start())
    described, shared = _described_by(document, match, sentence.end, besides_its_noun=True)
    if described is None or shared < 2:
        return None
    if not _singular(document.gazetteer.proposals[described]["words"]) & {noun}:
        return None
    return described


# "those demands", "the requests": an ask in the plural pointed back to
_POINTED_BACK_TO = re.compile(r"\b(?:the|those|these)\s+$", re.IGNORECASE)
_ASKS_IN_PLURAL = {"demand", "request", "appeal"}  # the singular `_REFERENCE` reads


def _the_ask_just_told(document: Document, mentions, match) -> int | None:
    """ "The hijackers had demanded the release of 36 militants and $200 million. New Delhi
    turned down those demands": an ask in the plural, right after "the", "those" or "these",
    is the one recorded ask of its noun told last in its sentence or the one before (one
    demand of several items is written as "demands"); None where none is told that close."""
    noun = match.group("noun").casefold()
    if noun not in _ASKS_IN_PLURAL or not _POINTED_BACK_TO.search(
        document.text, max(0, match.start("noun") - 7), match.start("noun")
    ):
        return None
    sentence = document.sentence_at(match.start())
    before = document.sentence_before(sentence)
    since = before.start if before is not None else sentence.start
    of_the_noun = {
        p["id"] for p in document.gazetteer.proposals.values() if noun in _title_nouns(p)
    }
    told = [
        m
        for m in mentions
        if since <= m.start and m.end <= match.start() and m.proposal_id in of_the_noun
    ]
    if told:
        return max(told, key=lambda m: m.start).proposal_id
    # "had demanded the release of 36 militants": the ask told by its verb, the words after
    # the verb describing one recorded ask of the noun
    if noun not in _VERB_OF_THE_NOUN or not of_the_noun:
        return None
    verbs = list(
        re.finditer(rf"\b(?:{_VERB_OF_THE_NOUN[noun]})\b", document.text[since : match.start()])
    )
    if not verbs:
        return None
    told_from = since + verbs[-1].end()
    told_to = document.sentence_at(told_from).end
    words = set(
        re.findall(r"\w+", document.text[told_from : min(told_to, match.start())].casefold())
    )
    return _best_described(document, words, among=of_the_noun)


# "a list of 13 demands", "the list of conditions": a text named right after the list it is
_A_LIST_OF = re.compile(r"\blist\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _the_list_told_before(document: Document, mentions, match) -> int | None:
    """ "The quartet handed Doha a list of 13 demands ... Qatar rejected the list outright":
    "the list" is the recorded text the article told last as a list, if any; None where the
    last list told was of anything else (a list of names) or none was told."""
    lists = [
        m
        for m in mentions
        if m.end <= match.start()
        and m.proposal_id is not None
        and _A_LIST_OF.search(document.text, max(0, m.start - 20), m.start)
    ]
    last_list = None
    for told in re.finditer(r"\blist\s+of\b", document.text[: match.start()], re.IGNORECASE):
        last_list = told
    if not lists or last_list is None:
        return None
    listed = max(lists, key=lambda m: m.start)
    # a later list of another thing ("a list of candidates") is what "the list" points back to
    return listed.proposal_id if last_list.end() <= listed.start else None


def _the_only_one_named_in_plural(document: Document, match) -> int | None:
    """ "the agreements" (the article alone before the noun) where the title or short name of
    one recorded proposal, and no other, holds that plural ("Rafah crossing accords")."""
    words = match.group(0).casefold().split()
    qualifiers = set()
    if len(words) == 1 and _SIGNED_BARE.search(document.text, 0, match.start("noun")):
        # "Pakistan and Afghanistan signed accords on Thursday": the texts signed, with no
        # article, are the ones the record names in that plural ("Geneva Accords")
        words = ["the", *words]
    elif len(words) == 1 and re.search(
        r"\bThe\s+$", document.text[max(0, match.start("noun") - 5) : match.start("noun")]
    ):
        words = ["the", *words]  # "The agreements were signed by ...", opening its sentence
    elif len(words) == 1:
        # "the U.S. proposals for the conference": words of the title between "the" and the
        # plural noun
        before = _THE_QUALIFIED.search(document.text, max(0, match.start() - 40), match.start())
        if before is None:
            return None
        qualifiers = set(re.findall(r"\w+", before.group("words").casefold()))
        words = ["the", *words]
    if len(words) != 2 or words[0] != "the":
        return None
    # "the texts", "the documents" are what any text named in the plural is written on: the
    # "Houston agreements" or "Oslo Accords" where one recorded proposal alone is so named
    # "the accords" for texts recorded as the "Koo-Wang agreements": wire copy writes either
    # word for the same signed texts
    wanted = (
        _TEXTS_IN_PLURAL
        if words[1] in ("texts", "documents")
        else _AGREEMENTS_IN_PLURAL
        if words[1] in _AGREEMENTS_IN_PLURAL
        else {words[1]}
    )
    named = [
        p["id"]
        for p in document.gazetteer.proposals.values()
        if wanted & p["words"] and not p["words"] & _DRAFTS and qualifiers <= p["words"]
    ]
    if len(named) > 1:
        # "the proposals" where the record holds the "Colombo proposals" and the "New Delhi
        # clarifications of the Colombo proposals": the text the plural names, not one that
        # holds it only as what it is of
        named = [
            proposal_id
            for proposal_id in named
            if _the_plural_heads_the_title(document.gazetteer.proposals[proposal_id], wanted)
        ]
    return named[0] if len(named) == 1 else None


def _the_plural_heads_the_title(proposal: dict, plurals: set[str]) -> bool:
    """Whether one of `plurals` stands in the title before any "of" ("Colombo proposals"), not
    only after it ("clarifications of the Colombo proposals")."""
    head = re.split(r"\bof\b", proposal["name"].casefold(), maxsplit=1)[0]
    return bool(set(re.findall(r"\w+", head)) & plurals)


# the plural of a signed text's noun -> the words that make a recorded title a text of that kind
# (wire copy calls any two signed texts "the accords" or "the agreements", treaties included)
_KINDS_OF_TEXTS_IN_PLURAL = {
    "treaties": {"treaty"},
    "protocols": {"protocol"},
    "agreements": {"agreement", "accord", "treaty", "pact", "protocol"},
    "accords": {"agreement", "accord", "treaty", "pact", "protocol"},
}
# the words a recorded title holds where it is a text to sign or adopt, of whatever kind
_TEXTS_OF_ANY_KIND = {
    "agreement", "accord", "treaty", "pact", "protocol", "declaration", "memorandum",
    "communique", "communiqué", "convention", "charter",
}  # fmt: skip
# "both treaties", "the two protocols": the plural counted whole before it
_COUNTED_WHOLE = re.compile(
    r"\b(?:[Bb]oth|[Tt]he\s+(?:two|three)|[Aa]ll\s+(?:the\s+)?(?:two|three))\s+$"
)
# "The accords now go to the Senate": the capital "The" opening a sentence, which `_REFERENCE`
# leaves outside its match (it reads "the" in lower case only)
_OPENING_THE = re.compile(r"\bThe\s+$")


def _each_text_of_its_kind(document: Document, match) -> list[int]:
    """ "Both treaties now go to the Senate", "Reagan has come out against the treaties", "the
    accords now go to the Senate": a bare plural of a signed text's noun, after "the" or
    counted whole ("both", "the two"), stands for each recorded text of that kind, where two
    or more are recorded (drafts, amendments and demands apart)."""
    words = match.group(0).casefold().split()
    counted = len(words) == 1 and _COUNTED_WHOLE.search(
        document.text, max(0, match.start("noun") - 20), match.start("noun")
    )
    if words[:1] == ["the"] and len(words) == 2:
        words = words[1:]
    elif not counted and not (
        len(words) == 1
        and _OPENING_THE.search(document.text, max(0, match.start("noun") - 6), match.start("noun"))
    ):
        return []
    kinds = _KINDS_OF_TEXTS_IN_PLURAL.get(words[0])
    if kinds is None:
        return []
    named = [
        p["id"]
        for p in document.gazetteer.proposals.values()
        if p["words"] & kinds and not p["words"] & (_DRAFTS | _ASKED_FOR)
    ]
    if not counted and any(
        p["words"] & _TEXTS_OF_ANY_KIND and p["id"] not in named
        for p in document.gazetteer.proposals.values()
    ):
        # "would take note of the agreements" where a final declaration is recorded beside
        # the two agreements: "the" alone does not say the plural leaves the declaration out
        return []
    return named if len(named) >= 2 else []


_THE_QUALIFIED = re.compile(r"\b[Tt]he\s+(?P<words>(?:[\w.’'-]+\s+){1,2})$")
# a signing verb right before its bare plural object: "signed accords", "initialled agreements"
_SIGNED_BARE = re.compile(
    r"\b(?:(?:counter|co-?)?signed|initiall?ed|inked|(?:counter|co-?)?signing|initiall?ing"
    # "put their names to accords on ...": signing, in wire copy's other words
    r"|put\s+(?:their|his|her|its)\s+names?\s+to)\s+$",
    re.IGNORECASE,
)


# the plural names of a signed text: "the Oslo Accords", "the Houston agreements"
_TEXTS_IN_PLURAL = {"agreements", "accords", "protocols", "treaties"}
# the two plurals any signed texts go by, one for the other
_AGREEMENTS_IN_PLURAL = {"agreements", "accords"}


# What wire copy calls any signed text, whatever its title
_ANY_SIGNED_TEXT = {"agreement", "accord", "deal", "pact"}


def _qualified_as(document: Document, proposal_id: int, match) -> bool:
    """Whether a word before a reference's noun ("the framework agreement") is a word of the
    recorded proposal's title or short name."""
    qualifiers = re.findall(r"\w+", document.text[match.start() : match.start("noun")].casefold())
    recorded = document.gazetteer.proposals.get(proposal_id)
    return recorded is not None and bool((set(qualifiers) - _ARTICLES) & recorded["words"])


_ARTICLES = {"the", "a", "an", "this", "that", "its", "their"}
# A draft of an agreement, or amendments to one, is not the agreement
_DRAFTS = {"draft", "amendments", "counter-proposal", "counterproposal"}
# Titles of what one side asks of another, no text the parties sign
_ASKED_FOR = {"demand", "call", "appeal", "request", "plea"}
# the nouns of what one side asks of another, `_ASKED_FOR`'s and those wire copy writes of an
# ask put by petition or in a party's own name: "his plea for an emergency loan", "a petition
# from some fifty clergy", "his wish to appoint a representative", "LIV's application for world
# ranking points", "a recommendation that the tenth article be struck out"
_ASKS_OF_ANY_NOUN = _ASKED_FOR | {
    "petition",
    "bid",
    "claim",
    "wish",
    "application",
    "recommendation",
}
# Titles of proposals that are not texts to sign: talks to hold, a release, a demand or an offer
_NOT_TEXTS = {
    "talks", "negotiations", "conference", "summit", "release", "demand", "call", "appeal",
    "offer", "request",
}  # fmt: skip


def _a_draft(document: Document, proposal_id: int) -> bool:
    """Whether a recorded proposal's title makes it a draft of a text ("Bishops' first draft
    ..."; not a text whose short name alone calls it one, "Washington draft agreement")."""
    recorded = document.gazetteer.proposals.get(proposal_id)
    return recorded is not None and "draft" in re.findall(r"\w+", recorded["name"].casefold())


def _asked_of_another(document: Document, proposal_id: int) -> bool:
    """Whether a recorded proposal's title makes it what one side asks of another ("Israeli
    demand for freedom of action", "UN call for a truce"): no text the parties sign."""
    recorded = document.gazetteer.proposals.get(proposal_id)
    words = recorded["words"] | _singular(recorded["words"]) if recorded is not None else set()
    return bool(words & _ASKED_FOR)


def _asked_or_proposed(document: Document, proposal_id: int) -> bool:
    """Whether a recorded proposal's title makes it a step one side asks of or puts to another
    ("IAEA special inspections demand", "Proposal for direct talks"), which the other side may
    refuse by refusing the step."""
    recorded = document.gazetteer.proposals.get(proposal_id)
    words = recorded["words"] | _singular(recorded["words"]) if recorded is not None else set()
    # ("Ford has refused to move the machinists into the higher grade they claim": a claim,
    # a petition or a bid is asked of the side that refuses the step as a demand is)
    return bool(words & (_ASKS_OF_ANY_NOUN | {"proposal", "offer"}))


def _a_text_noun(noun: str) -> bool:
    """Whether a reference's noun names a text to sign ("the accord", not "the plan")."""
    return noun.casefold() in _KINDS_OF_TEXT[0]


def _not_a_text(document: Document, proposal_id: int) -> bool:
    recorded = document.gazetteer.proposals.get(proposal_id)
    # "Twenty-one demands", "the rebels' offers": a plural title of no text as well
    words = recorded["words"] | _singular(recorded["words"]) if recorded is not None else set()
    return bool(words & (_NOT_TEXTS | _DRAFTS))


def _paragraph_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end == -1 else end


def _described_in(document: Document, start: int, end: int) -> int | None:
    """The recorded proposal whose title shares at least two words with the text between two
    offsets, and more than any other proposal does; None when two tie."""
    return _best_described(document, set(re.findall(r"\w+", document.text[start:end].casefold())))


def _singular(words) -> set[str]:
    """ "crossings" describes a "crossing": plurals in -s compared as their singular."""
    return {w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in words}


# a one-word demonym -> its state's one-word name ("egyptian" -> "egypt")
_STATE_OF_DEMONYM = {
    demonym.casefold(): name.casefold()
    for _code, name, _others, demonyms in COUNTRIES
    if " " not in name
    for demonym in demonyms
    if " " not in demonym
}


def _as_states(words) -> set[str]:
    """ "Egypt and Israel signed an agreement" describes the "Egyptian-Israeli agreement": a
    demonym compared as the name of its state, in a title and in the text alike; any other
    word by its stem as a noun of action or its verb (`_verb_stem_of`: "arbitration",
    "arbitrated")."""
    return {_STATE_OF_DEMONYM.get(w) or _verb_stem_of(w) for w in words}


# "the union's demand for arbitration" describes the "demand that the dispute be arbitrated":
# a noun of action in -ation and the participle or verb it comes from, compared by their stem
_ACTION_ENDING = re.compile(r"(?<=\w{5})(?:ation|ated|ate)$")


def _verb_stem_of(word: str) -> str:
    return _ACTION_ENDING.sub("", word)


def _best_described(
    document: Document, words: set[str], at_least: int = 2, among: set[int] | None = None
) -> int | None:
    most = _most_described(document, words, at_least, among)
    return most[0] if len(most) == 1 else None


def _most_described(
    document: Document, words: set[str], at_least: int = 2, among: set[int] | None = None
) -> list[int]:
    """The recorded proposals whose titles share the most words with `words` (at least
    `at_least`), several where they tie."""
    described = _as_states(_singular(words - _GENERIC_WORDS))
    scored = [
        (
            len(described & _as_states(_singular(proposal["words"] - _GENERIC_WORDS))),
            proposal["id"],
        )
        for proposal in document.gazetteer.proposals.values()
        if among is None or proposal["id"] in among
    ]
    best = max((shared for shared, _ in scored), default=0)
    if best < at_least:
        return []
    return sorted((proposal_id for shared, proposal_id in scored if shared == best), reverse=True)


def _announced_in_sentence(document: Document, sentence, preferred=()) -> int | None:
    """The recorded proposal announced on a day the sentence names; where several were
    announced that day ("bowed on Friday to the agreement reached in Munich" when a declaration
    and a note are of that Friday too), the first of `preferred` among them: the one the
    reference's own words describe, else the one referred to before."""
    days = {
        d.date for d in document.dates_between(sentence.start, sentence.end) if d.precision == "day"
    }
    announced = [
        proposal["id"]
        for proposal in document.gazetteer.proposals.values()
        if proposal["announced_on"] in days
    ]
    if len(announced) > 1:
        return next((p for p in preferred if p in announced), announced[0])
    return announced[0] if announced else None


_GENERIC_WORDS = {
    "the", "a", "an", "plan", "proposal", "offer", "deal", "framework", "roadmap", "initiative",
    "agreement", "accord", "blueprint", "latest", "new", "this", "that", "its", "their", "of",
    "for", "on", "to", "and", "in", "proposed", "draft", "revised", "s",
}  # fmt: skip


# what a reference is, told right after it: an indefinite appositive ("the company's first
# offer, an 11% pay rise, ...") or a colon ("answered with a counter-proposal: that ...")
# ("the proposal, which offered a 35% wage increase ...": a relative clause telling what the
# text offers says what it is too; tune40a)
# ("the union's original demand, for a rise of 40 per cent", "an earlier demand, that his
# mother be given up as a hostage": what is asked, set off by a comma)
_WHAT_IT_IS_AFTER = re.compile(
    # ("the Prime Minister's own plan, 20 British section heads under a board of Iranians, was
    # turned down": an apposition that opens on a number, as wire copy gives terms, closed by a
    # comma; not "rejected the plan, 20 officials said")
    r"\s*(?:,\s+(?=an?\s|(?:that|for)\s|\d(?:[^,;.()]|\.\d)*,)|:\s+|,\s+which\s+(?:would\s+have\s+)?(?:offered|offers|offer"
    r"|proposed|proposes|propose|gave|given|provided\s+for|called\s+for|promised)\s+)"
)

# an aside telling when or how a text was put, before the clause that says what it asks: "the
# demand, made at the opening of the war, that the deputies be set at liberty"
_ASIDE_BEFORE_WHAT_IT_ASKS = re.compile(
    r",\s+(?:made|put|first\s+\w+|\w+ed)\s[^,;.()]{1,80},\s+(?=(?:that|for|to)\s)"
)


# words after an ask's noun that say what is asked: "its call for a day of leave"
_FOR_WHAT = re.compile(r"\s+for\s+(?:an?\s+|the\s+)?[\w-]")


# the words of a sentence's grammar ("that", "be", "by", "it"): any two clauses share them, so
# they say nothing of which recorded proposal a reference's words describe
_GRAMMAR_WORDS = (
    set().union(*AUXILIARIES.values())
    | MODALS
    | RELATIVE_PRONOUNS
    | SUBORDINATORS
    | COORDINATORS
    | DETERMINERS
    | PREPOSITIONS
    | SUBJECT_PRONOUNS
    | {"that", "him", "them"}
    # "an earlier draft", "the three-year offer": words that tell one version from another
) - {"new", "two", "three", "four", "late", "early", "earlier", "last", "next", "following"}


def _described_by(
    document: Document, match, sentence_end: int, besides_its_noun: bool = False
) -> tuple[int | None, int]:
    """The recorded proposal whose title or short name shares the most words with the words
    that name the reference ("the Russian ceasefire offer", "the grain deal", "the offer to
    include a halt to kidnappings"), and how many words it shares."""
    # (not across the sentence's start: "... declined to arbitrate. That protocol was signed"
    # names no arbitration)
    start = max(0, match.start() - 40, document.sentence_at(match.start()).start)
    clause = document.clause_at(match.start())
    if clause is not None and clause.verb is not None:
        verb_end = document.tokens[clause.verb.last_token - 1].end
        if verb_end <= match.start():
            # "Baghdad had rejected the offer": the subject and the verb of the clause the
            # reference is the object of are no words of the proposal's
            start = max(start, verb_end)
    words = re.findall(r"\w+", document.text[start : match.end()].casefold())[-5:]
    aside = _ASIDE_BEFORE_WHAT_IT_ASKS.match(document.text, match.end(), sentence_end)
    clause = re.split(
        r"[,;:()]", document.text[aside.end() if aside else match.end() : sentence_end]
    )[0]
    words += re.findall(r"\w+", clause.casefold())[:8]
    told = _WHAT_IT_IS_AFTER.match(document.text, match.end(), sentence_end)
    if told:
        # "the company's first offer, an 11% pay rise", "a counter-proposal: that the dispute
        # be submitted to arbitration": the appositive or the colon's words say what it is
        what = re.split(r"[,;:()]", document.text[told.end() : sentence_end])[0]
        words += re.findall(r"\w+", what.casefold())[:20]
    described = _as_states(set(words) - _GENERIC_WORDS - _GRAMMAR_WORDS)
    if besides_its_noun:
        # "a union request" shares two words with any "Union request ...": its noun is no word
        # of what is asked
        described -= {match.group("noun").casefold()}
    # the most words shared; in a tie the title with fewest words left undescribed, then the
    # proposal recorded first, whatever order the database returns them in
    noun = match.group("noun")
    asked_for = noun.casefold() in _ASKED_FOR and bool(_FOR_WHAT.match(document.text, match.end()))
    scored = [
        (
            # "an EU-brokered deal" is the deal, not the EU's draft of it ("its call for a day
            # of leave" may be a recorded demand: an ask whose words follow its noun, by any
            # of an ask's nouns)
            _of_the_kind(document, proposal["id"], noun)
            or (asked_for and _asked_of_another(document, proposal["id"])),
            len(described & _as_states(proposal["words"] - _GENERIC_WORDS)),
            -len(_as_states(proposal["words"] - _GENERIC_WORDS) - described),
            -proposal["id"],
        )
        for proposal in document.gazetteer.proposals.values()
    ]
    best = max(scored, default=(False, 0, 0, 0))
    return (-best[3], best[1]) if best[1] > 0 else (None, 0)


def _written_as(document: Document, mention: ProposalMention | None, noun: str) -> bool:
    """Whether a proposal mention is written with a reference's noun ("the accord" after "a
    peace accord", not after "a protocol on power-sharing")."""
    if mention is None:
        return False
    words = re.findall(r"\w+", document.text[mention.start : mention.end].casefold())
    return _singular(words[-1:]) == _singular([noun.casefold()])


def _last_mention(mentions: list[ProposalMention], before: int) -> ProposalMention | None:
    earlier = [m for m in mentions if m.end <= before and m.proposal_id]
    return max(earlier, key=lambda m: m.start) if earlier else None


def _last_written_as(document: Document, mentions, noun: str, before: int) -> int | None:
    """ "The government initialled a protocol in January ... Under the accord": the proposal
    of the last mention before a reference written with its noun, where the mention last
    before it is written with another ("the accord" is the accord, not the protocol named
    since); None where the last is written with the noun too, or none is."""
    if _written_as(document, _last_mention(mentions, before), noun):
        return None
    return _last_mentioned([m for m in mentions if _written_as(document, m, noun)], before)


def _signed_texts_after_an_offer(
    document: Document, references: list[ProposalMention], by_the_last: list[int]
) -> list[ProposalMention]:
    """ "The board approved the agreement. ... Vodafone took its bid to investors in November
    ... We have reached an agreement": a signed-text noun that only the one referred to last
    pins down, where that one is an offer, a bid or an ask (no text the parties sign), is the
    proposal the signed-text noun before it was read as, not the offer told since; the others
    as they are."""
    signed = _KINDS_OF_TEXT[0]
    resolved = []
    for reference in references:
        noun = document.text[reference.start : reference.end]
        last = reference.proposal_id
        if (
            reference.start in by_the_last
            and last is not None
            and _asked_or_proposed(document, last)
            and not _of_the_kind(document, last, noun)
        ):
            written = [
                m
                for m in resolved
                if m.proposal_id != last and any(_written_as(document, m, n) for n in signed)
            ]
            told = _last_mentioned(written, reference.start)
            if told is not None:
                reference = replace(reference, proposal_id=told)
        resolved.append(reference)
    return resolved


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
    signed: bool = False  # accepted by signing it
    dated_in_clause: bool = False  # its own clause names the day
    # the person who answered for the respondent, a body ("Cirillo, who leads the Front")
    person: Mention | None = None
    yielded: bool = False  # a yes that drops a refusal told before ("gave way on Friday")


_COMPOUNDED_INTO_AN_ADJECTIVE = re.compile(
    r"-(?:backed|led|based|brokered|sponsored|supported|allied|aligned|funded|armed|trained"
    r"|controlled|held|run|installed|appointed|mediated|drafted)\b"
)


def find_status_signals(document: Document) -> list[SignalCandidate]:
    found = []
    clause_found = []  # the clause path's, after the window patterns' in the dedup below
    for sentence in document.sentences:
        # "The government countered on Monday": the state whose government the article named
        mentions = [
            m
            for m in _with_the_government(document, sentence)
            if _names_an_actor(document, m)
            and (m.via not in ("post", "demonym") or _names_its_body(document, m))
            # "Hun Sen said his government accepted": the government of the one named before,
            # who answers for it, not the state the article names most
            and not (
                m.via == "government"
                and _OF_ONE_NAMED.search(document.text[max(0, m.start - 8) : m.start])
            )
        ]
        # "Caamano, leader of the rebel government, signed": a rival government, not the
        # state's the article's bare "government" stands for
        mentions = [m for m in mentions if not _a_rival_government(document, m)]
        # "the U.S.-backed Contra rebels have agreed": a name compounded into an adjective
        # qualifies the subject, it is none
        mentions = [
            m for m in mentions if not _COMPOUNDED_INTO_AN_ADJECTIVE.match(document.text, m.end)
        ]
        # "Not every group in Uganda has endorsed the deal", "Hamas leaders in Qatar accepted":
        # the state is where the subject is, not who answers
        mentions = [m for m in mentions if not _where_the_subject_is(document, m)]
        mentions = [m for m in mentions if not _workplace_of_the_subject(document, m)]
        mentions = [m for m in mentions if not _states_of_the_organisation(document, m)]
        # "Another armed group, the CCMSR, said": another than the one named before
        mentions = [m for m in mentions if not _another_of_its_kind(document, m)]
        mentions = _whole_names(document, mentions)
        mentions = [m for m in mentions if not _closing_a_longer_name(document, m)]
        # "the government of the Bophuthatswana homeland": the government of a place the name
        # after it tells, not the state's
        mentions = [m for m in mentions if not _government_of_another_place(document, m)]
        # "The ANC, in a statement from Lusaka, Zambia, rejected the pact": the country of a
        # place told between commas is where something happens, not who answers
        mentions = [m for m in mentions if not _country_of_a_place(document, m)]
        mentions = [_its_government(document, m) for m in mentions]
        mentions = [m for m in mentions if not _title_of_the_name_after(document, m)]
        mentions = sorted(
            mentions
            + _capitals_in(document, sentence, mentions)
            + _former_capitals_in(document, sentence, mentions)
            + _pronouns_in(document, sentence, found)
            + _common_nouns_in(document, sentence, mentions)
            + _plural_demonyms_in(document, sentence, mentions)
            + _head_nouns_with_their_organ(document, sentence, mentions)
            + _members_voting_told_by_their_body(document, sentence, mentions),
            key=lambda m: m.start,
        )
        for mention in mentions:
            if _owner_of_a_group_before(document, sentence, mention):
                continue
            signal = _signal_after(document, sentence, mentions, mention)
            if signal is not None:
                found.extend(signal)
        found.extend(_group_signals(document, sentence, mentions, found))
        found.extend(_uncounted_group_signals(document, sentence))
        found.extend(_they_as_the_pair_told_before(document, sentence, found))
        found.extend(_they_as_the_pair_opening_the_sentence(document, sentence))
        found.extend(_yielded(document, sentence, mentions, found))
        found.extend(_awaited_signals(document, sentence, mentions))
        found.extend(_neither_has_answered(document, sentence, mentions))
        found.extend(_passive_signals(document, sentence, mentions))
        found.extend(_replied_with_a_participle(document, sentence, mentions))
        found.extend(_answered_in_a_participle_clause(document, sentence, mentions))
        found.extend(_answered_a_meeting_s_detail(document, sentence, mentions))
        found.extend(_answer_told_as_a_counter(document, sentence, mentions))
        found.extend(_which_it_granted(document, sentence, mentions))
        found.extend(_done_as_it_asked(document, sentence, mentions))
        found.extend(_both_answered(document, sentence, mentions))
        # the clause path adds what the window patterns missed (see the dedup below)
        clause_found.extend(_clause_signals(document, sentence, mentions))
    clause_found = [
        s for s in clause_found if not _leader_of_a_body_that_answered(document, s, found)
    ]
    found = found + _not_told_already(document, found, clause_found)
    found = found + _likewise(document, found)
    found = found + _signing_alongside(document, found)
    found = found + _signed_with(document, found)
    found = found + _signatories_listed(document, found)
    found = found + _listed_among_the_signatories(document, found)
    found = found + _signed_for_in_turn(document, found)
    found = found + _signed_for_in_a_list(document, found)
    found = found + _signed_on_behalf_of_a_body(document, found)
    found = found + _followed_in_order(document, found)
    found = found + _cosignatory_told_by_his_state_s_post(document, found)
    found = found + _with_its_officer_signing(document, found)
    found = found + _second_texts(document, found)
    found = found + _settled_with(document, found)
    found = found + _asks_answered_without_agent(document, found)
    # (before the signatures are dated: an answer to a request is no signature)
    found = [_dated_as_the_request(document, s) for s in found]
    found = [_dated_as_the_text_put(document, s) for s in found]
    found = [_faction_of_its_leader(document, s) for s in found]
    found = [_named_in_apposition(document, s) for s in found]
    found = _dated_signatures(document, found)
    found = _dated_agreements(document, found)
    found = [_in_the_capital_told(document, s) for s in found]
    found = _apart_from_their_body(found, document)
    found = _without_the_owner_of_its_government(document, found)
    # (before its author's answers are dropped: the condition is its own, the answer is not)
    found = [_not_its_own_condition(document, s) for s in found]
    found = [s for s in found if not _its_author(document, s)]
    found = [s for s in found if not _a_text_told_before_its_subject(document, s)]
    found = [s for s in found if not _a_noun_told_before_its_subject(document, s)]
    found = [s for s in found if not (s.signed and _signed_as_a_witness(document, s))]
    found = _as_its_state(document, found)
    found = _as_the_state_it_speaks_for(document, found)
    found = [s for s in found if not _awaited_in_its_capital_by_a_body(document, s, found)]
    found = [_on_behalf_of_his_state(document, s) for s in found]
    found = [_conditions_attached_after(document, s) for s in found]
    found = [_acknowledged_on_receipt(document, s) for s in found]
    found = [_its_organ_s_step_awaited(document, s) for s in found]
    conditional = {
        (s.respondent.ref, _proposal_id(s), s.changed_on)
        for s in found
        if s.status == "accepted_with_conditions"
        # "has made its signature conditional on ...": a yes still to come, not the same
        # signature as one the article tells of as given
        and not _MADE_CONDITIONAL.search(document.text, s.start, s.end)
        # "LO accepted on condition that ...": a bare yes whose text is only the one told
        # before its sentence may answer another offer; it does not undo a signature (but
        # "Buyoya signed after attaching a list of reservations" is the signature itself)
        and (
            s.signed
            or _told_in_its_sentence(document, s)
            or _SIGNED_BEFORE.search(document.text, s.start, s.end)
        )
    }
    # "X's government and the parties signed the accord on Monday ... President Y signed after
    # attaching a list of reservations": the same signature told twice, once with its
    # conditions; so is a yes ("X and Y agreed on Sunday to the plan ... X said he had accepted
    # the plan but would take it back to the militants before any final commitment")
    given = {
        (s.respondent.ref, _proposal_id(s), s.changed_on)
        for s in found
        if s.status == "accepted_with_conditions"
        # (a yes told as given, not one promised: "it would do so only once ...")
        and _A_YES_GIVEN.search(document.text, s.start, s.end)
    }
    found = [
        s
        for s in found
        if not (
            s.status == "accepted"
            and (
                (s.signed and (s.respondent.ref, _proposal_id(s), s.changed_on) in conditional)
                or (s.respondent.ref, _proposal_id(s), s.changed_on) in given & conditional
            )
        )
    ]
    found = [put for s in found for put in _each_put_to_it(document, s)]
    unique = {}
    for signal in found:
        proposal_id = signal.proposal.proposal_id if signal.proposal else None
        key = (signal.respondent.ref, proposal_id, signal.status)
        kept = unique.setdefault(key, [signal])
        if kept[0] is not signal and signal.dated_in_clause and not kept[0].dated_in_clause:
            # the same answer told twice: the telling whose own clause names its day dates it
            # ("called off his visit on Tuesday after X refused to sign ... late on Monday X
            # said he would not put his name to it")
            unique[key] = kept = [signal]
        # "initialled it on Saturday ... signed it on Wednesday": one text signed twice, on
        # days the signing clauses themselves name
        if (
            (
                signal.signed
                and signal.dated_in_clause
                and all(
                    k.signed and k.dated_in_clause and k.changed_on != signal.changed_on
                    for k in kept
                )
            )
            or _approved_and_signed_apart(document, signal, kept)
            # "dropped his objections four days later ... signed on Saturday": a yes that drops
            # a refusal, and another given on another day
            or _yielded_and_answered_apart(signal, kept)
        ):
            kept.append(signal)
    return [signal for kept in unique.values() for signal in kept]


# "LO's representative council", "the tour's policy board": an organ of a body, in lower case,
# that a step of the body's answer still waits for
_ITS_ORGAN_AFTER = re.compile(
    r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?(?-i:council|committee|board)\b(?!['’])"
)


def _its_organ_s_step_awaited(document: Document, signal: SignalCandidate) -> SignalCandidate:
    """ "The agreement must still be approved by LO's representative council", "The tour's
    policy board has yet to approve the final terms": the body's own organ owes that step, a
    body of its own, named as the article writes it; the body itself (its negotiators) has
    answered already. Not a state's ("Israel's security cabinet" answers for Israel), nor an
    organ's answer given ("The MDC's national council endorsed the agreement" is the MDC's)."""
    respondent = signal.respondent
    if signal.status != "pending" or respondent.start < 0 or signal.person is not None:
        return signal
    if document.is_person(respondent.ref) or document.is_state(respondent.ref):
        return signal
    organ = _ITS_ORGAN_AFTER.match(document.text, respondent.end)
    if organ is None:
        return signal
    return replace(signal, respondent=_new_body_as_written(document, respondent.start, organ.end()))


def _told_in_its_sentence(document: Document, signal: SignalCandidate) -> bool:
    """Whether the signal's proposal is named in the signal's own sentence."""
    if signal.proposal is None:
        return False
    sentence = document.sentence_at(signal.start)
    return sentence.start <= signal.proposal.start < sentence.end


def _yielded_and_answered_apart(signal: SignalCandidate, kept) -> bool:
    """ "Thieu dropped his objections four days later ... signed on Saturday": a yes that drops
    a refusal is an answer of its own, apart from one given on another day (each dated by its
    own clause)."""
    return (
        signal not in kept
        and signal.dated_in_clause
        and all(k.dated_in_clause and k.changed_on != signal.changed_on for k in kept)
        and (signal.yielded or any(k.yielded for k in kept))
    )


def _each_put_to_it(document: Document, signal: SignalCandidate) -> list[SignalCandidate]:
    """ "GM and Stellantis have yet to respond to the union's latest proposals": where one
    plural reference stands for several recorded proposals (`_each_named_in_the_singular`),
    each party answers the one whose title names it ("latest proposal to Stellantis"); where
    no title names the party ("Both treaties now go to the Senate"), it answers each."""
    put = _the_one_put_to_it(document, signal)
    if put is not signal:
        return [put]
    same = _proposals_at_the_same_words(document, signal)
    if len(same) < 2:
        return [signal]
    return [replace(signal, proposal=p) for p in same]


def _the_one_put_to_it(document: Document, signal: SignalCandidate) -> SignalCandidate:
    """The one of several recorded proposals a plural reference stands for whose title names the
    party answering (`_each_put_to_it`); the signal as it is where none does."""
    same = _proposals_at_the_same_words(document, signal)
    if len(same) < 2:
        return signal
    name = document.actor_name(signal.respondent.ref).casefold()
    put_to = [
        p
        for p in same
        if name
        and re.search(
            r"\b" + re.escape(name) + r"\b",
            document.gazetteer.proposals[p.proposal_id]["name"].casefold(),
        )
    ]
    return replace(signal, proposal=put_to[0]) if put_to else signal


def _proposals_at_the_same_words(
    document: Document, signal: SignalCandidate
) -> list[ProposalMention]:
    """The recorded proposals mentioned at the very words of the signal's proposal: several
    where one plural reference stands for them all ("the union's latest proposals")."""
    if signal.proposal is None or signal.proposal.proposal_id is None:
        return []
    words = (signal.proposal.start, signal.proposal.end)
    return [p for p in document.proposals if (p.start, p.end) == words and p.proposal_id]


# "In Cairo, Prime Minister X approved the text", "In Bonn, the federal government has not yet
# answered": a paragraph opened with a capital sets the scene of the state it is the seat of
_IN_A_CAPITAL = re.compile(r"\s*In\s+(?P<city>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),\s")
# a head of government or state, or a minister, told by the post alone, with no state's name
_BARE_STATE_POST = re.compile(
    r"\b(?:Prime\s+Minister|Premier|President|Chancellor|King|Foreign\s+Minister|"
    r"Defen[cs]e\s+Minister|Interior\s+Minister)\s+$"
)
# "the government", "the federal government", "the central government"
_A_BARE_GOVERNMENT = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:federal|central|national)\s+)?[Gg]overnment", re.IGNORECASE
)


def _capital_s_state(document: Document, city: str) -> str | None:
    code = STATE_CAPITALS.get(fold_accents(city))
    if code is None and city in FORMER_CAPITALS:
        code, until = FORMER_CAPITALS[city]
        if document.published_on.year > until:
            return None
    state = document.gazetteer.state_of_country(code) if code else None
    return f"actor:{state}" if state is not None else None


def _in_the_capital_told(document: Document, signal: SignalCandidate) -> SignalCandidate:
    """A bare government ("the federal government") or a person told only by a state post
    ("Prime Minister X", no state named) answering in a paragraph that opens "In <capital>,"
    answers for the state whose capital it is, not for the article's state or for himself: "In
    Cairo, Prime Minister X received the delegation and approved the final text"."""
    respondent = signal.respondent
    paragraph = _paragraph_start(document.text, respondent.start)
    frame = _IN_A_CAPITAL.match(document.text, paragraph)
    if frame is None or document.in_quote(respondent.start):
        return signal
    state = _capital_s_state(document, frame.group("city"))
    if state is None or state == respondent.ref:
        return signal
    written = document.text[respondent.start : respondent.end]
    sentence = document.sentence_at(respondent.start)
    if _A_BARE_GOVERNMENT.fullmatch(written):
        # "the government" a sentence names no state for
        if any(
            document.is_state(m.ref) and m.ref != respondent.ref
            for m in document.mentions_between(sentence.start, respondent.start)
            if m.start >= frame.end()
        ):
            return signal
    elif not (
        document.is_person(respondent.ref)
        and document.gazetteer.body_of_post(respondent.ref) is None
        and _BARE_STATE_POST.search(document.text, max(0, respondent.start - 30), respondent.start)
        and respondent.start <= frame.end() + 30
    ):
        return signal
    government = _recorded_government(document, replace(respondent, ref=state))
    return replace(signal, respondent=government)


# "approved the final text", "ratified the accord": a formal act of approval, apart from signing
_APPROVED = re.compile(r"\b(?:approv|ratif|endors)", re.IGNORECASE)


def _approved_and_signed_apart(
    document: Document, signal: SignalCandidate, kept: list[SignalCandidate]
) -> bool:
    """ "X signed the agreement today ... On Monday, X's prime minister approved the final
    text": a text approved and the text signed, each dated in its own clause to another day, are
    two changes, not one told twice."""
    return (
        signal.status == "accepted"
        and signal.dated_in_clause
        and kept[0] is not signal
        and all(
            k.dated_in_clause and k.changed_on != signal.changed_on and k.signed != signal.signed
            for k in kept
        )
        and all(
            _APPROVED.search(document.text, s.respondent.end, s.end)
            for s in [signal, *kept]
            if not s.signed
        )
    )


def _title_of_the_name_after(document: Document, mention: Mention) -> bool:
    """Whether a surname mention is the first word of another person's name ("Sheikh Hassan
    Dahir Aweys" where "Sheikh" is also a recorded man's surname): a title, no one."""
    if mention.via != "surname":
        return False
    after = [
        m
        for m in document.mentions
        if m.start > mention.end and re.fullmatch(r"\s+", document.text[mention.end : m.start])
    ]
    return any(document.is_person(m.ref) and m.ref != mention.ref for m in after)


# "Somalia's interim government signed": the state written as the owner of the government that
# answers
_OWNER_OF_A_GOVERNMENT = re.compile(
    r"['’]s?\s+(?:(?:interim|transitional|provisional|federal|national|new|central)\s+){0,2}"
    r"government\b",
    re.IGNORECASE,
)


def _without_the_owner_of_its_government(document: Document, found) -> list[SignalCandidate]:
    """ "Somalia's interim government and the rebels signed": where the government written
    after the state's name is an actor of its own (a transitional government) and answers, the
    state named as its owner gives no answer of its own."""
    kept = []
    for signal in found:
        owned = _OWNER_OF_A_GOVERNMENT.match(document.text, signal.respondent.end)
        if owned and any(
            other.respondent.ref != signal.respondent.ref
            and signal.respondent.end < other.respondent.start < owned.end()
            and _proposal_id(other) == _proposal_id(signal)
            and other.status == signal.status
            for other in found
        ):
            continue
        kept.append(signal)
    return kept


# "X refused to sign, as did Y", "X signed the accord on Monday, and so did Y": the same answer
# given by those named after it, up to the end of that clause
_LIKEWISE = re.compile(
    r",?\s+(?:as|and\s+so)\s+(?:did|had|has|have|do|does)\s+(?P<who>[^,;:.()\"“”]{1,150})",
    re.IGNORECASE,
)

# "Syria accepted the proposals, and Jordan has followed suit": the same answer, given after
_FOLLOWED_SUIT = re.compile(
    r",?\s+and\s+(?P<who>[^,;:.()\"“”]{1,80}?)\s+(?:has\s+|have\s+|had\s+)?(?:since\s+|also\s+"
    r"|quickly\s+|soon\s+|later\s+)?followed\s+suit\b",
    re.IGNORECASE,
)


def _likewise(document: Document, found) -> list[SignalCandidate]:
    """The answers "as did Y" adds to the signal its clause tells: Y's, with the same status,
    proposal and day (not "as did the plan before it": only an actor answers)."""
    added = []
    told = {(s.respondent.ref, _proposal_id(s), s.status) for s in found}
    for signal in found:
        sentence = document.sentence_at(signal.start)
        text = document.text[signal.start : sentence.end]
        likewise = _LIKEWISE.search(text) or _FOLLOWED_SUIT.search(text)
        if likewise is None:
            continue
        start = signal.start + likewise.start("who")
        if any(
            signal.start < other.start < start and other.respondent.ref != signal.respondent.ref
            for other in found
        ):
            continue  # another party's answer comes between: "as did" follows that one
        names = [
            _its_government(document, m)
            for m in document.mentions_between(start, signal.start + likewise.end("who"))
            if _names_an_actor(document, m) and not document.is_person(m.ref)
        ]
        for mention in _whole_names(document, names):
            key = (mention.ref, _proposal_id(signal), signal.status)
            if key in told:
                continue
            told.add(key)
            added.append(replace(signal, start=mention.start, respondent=mention, person=None))
    return added


# The order of answers told one after the other ("X signed first, followed by Y and Z", "Lord A
# signed first. He was followed by B and by C", "Norway approved the plan, and Denmark followed"):
# those who follow give the same answer, to the same text, as the one they follow
_FOLLOWED_BY = re.compile(r",\s+(?:then\s+|closely\s+|shortly\s+)?followed\s+by\s+", re.IGNORECASE)
# the next sentence opens on the one who answered, as a pronoun: "He was followed by B"
_WAS_FOLLOWED_BY = re.compile(
    r"\s*(?:He|She|They|It)\s+(?:was|were)\s+(?:then\s+|soon\s+|in\s+turn\s+)?followed\s+by\s+"
)
# "..., and Denmark followed." / "..., and Denmark followed on Friday": the followers are the
# subject of a clause of their own, whose verb has no object
_AND_THEN_FOLLOWED = re.compile(
    r",?\s+and\s+(?P<who>[^,;:.()\"“”]{1,80}?)\s+(?:then\s+|soon\s+|quickly\s+|later\s+)?"
    r"followed\b(?=\s*(?:[.;,]|$|on\s+\w+|the\s+(?:next|following)\s+day|later|soon|\w+day))",
    re.IGNORECASE,
)
# where the followers' names end: a relative clause, or a phrase that no longer names them
# ("followed by Y, who had refused in March", "followed by Y on Tuesday")
_FOLLOWERS_END = re.compile(
    r"[;:(\"“]|\s(?:who|whom|which|whose|after|before|while|as|in|at|with|on|under|from|during"
    r"|when|to)\b",
    re.IGNORECASE,
)
# words before the first name that tell no party ("followed by talks with Egypt", "followed by a
# reception for the delegates"): the one who follows is named first
_NO_PARTY_FIRST = re.compile(r"\b(?:a|an|by|with|for|of\s+talks|talks|weeks|days|months)\b", re.I)


def _followed_in_order(document: Document, found) -> list[SignalCandidate]:
    """The answers an order of answering adds: each party (or the body a person answers for)
    named after "followed by", in "He was followed by" opening the next sentence, or in "and Y
    followed", gives the answer told last before it, with its status, text and day."""
    added = []
    told = {(s.respondent.ref, _proposal_id(s), s.status) for s in found}
    for index, sentence in enumerate(document.sentences):
        followed = _followed_signal_and_followers(document, found, index)
        if followed is None:
            continue
        signal, start, end = followed
        for body, person in _followers(document, start, end, signal.signed):
            key = (body.ref, _proposal_id(signal), signal.status)
            if key in told:
                continue
            told.add(key)
            added.append(
                replace(signal, start=body.start, end=sentence.end, respondent=body, person=person)
            )
    return added


def _followed_signal_and_followers(document: Document, found, index: int):
    """The signal a sentence tells others followed, with where the followers are named: after
    its own signal ("X signed first, followed by Y", "X signed, and Y followed"), or at its
    opening after the last signal of the sentence before ("He was followed by Y")."""
    sentence = document.sentences[index]
    if index > 0:
        opening = _WAS_FOLLOWED_BY.match(document.text, sentence.start)
        before = document.sentences[index - 1]
        told_before = [
            s for s in found if s.proposal is not None and before.start <= s.start < before.end
        ]
        if opening is not None and told_before:
            signal = max(told_before, key=lambda s: s.start)
            return signal, opening.end(), sentence.end
    for pattern, group in ((_FOLLOWED_BY, 0), (_AND_THEN_FOLLOWED, "who")):
        match = pattern.search(document.text, sentence.start, sentence.end)
        if match is None or document.in_quote(match.start()):
            continue
        told_before = [
            s for s in found if s.proposal is not None and sentence.start <= s.start < match.start()
        ]
        if not told_before:
            continue
        signal = max(told_before, key=lambda s: s.start)
        if group == 0:
            return signal, match.end(), sentence.end
        return signal, match.start("who"), match.end("who")
    return None


def _followers(document: Document, start: int, end: int, signing: bool):
    """The parties named from `start` (to the end of their names, by `end`), each with the
    person who answers for it: (body, person) as `_answering` gives them."""
    cut = _FOLLOWERS_END.search(document.text, start, end)
    end = cut.start() if cut else end
    names = [
        m
        for m in document.mentions_between(start, end)
        if _names_an_actor(document, m)
        and (m.via not in ("post", "demonym") or _names_its_body(document, m))
    ]
    if not names or _NO_PARTY_FIRST.search(document.text, start, names[0].start):
        return []
    answering = []
    for body, person in _answering(document, _whole_names(document, names), signing=signing):
        if all(body.ref != other.ref for other, _ in answering):
            answering.append((body, person))
    return answering


# "Negotiators reached a tentative agreement on Sunday with the Alliance", "X struck a deal
# with Y": the party the text is settled with accepts it too (a signature is read apart)
_SETTLED_WITH = re.compile(
    r"\b(?:reached|struck|clinched|sealed|concluded|hammered\s+out|finali[sz]ed)\s+"
    + _TEXT_SETTLED
    + r"(?:\s+(?:(?:late|early)\s+)?on\s+\w+(?:\s+\d{1,2})?)?\s+with\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _settled_with(document: Document, found) -> list[SignalCandidate]:
    """The party named right after "with" in "reached an agreement (on Sunday) with Y": Y
    accepts the recorded text the phrase names, on the day its clause gives (not "with Qatar's
    help", nor "with Egypt mediating")."""
    added = []
    told = {(s.respondent.ref, _proposal_id(s), s.status) for s in found}
    for match in _SETTLED_WITH.finditer(document.text):
        if document.in_quote(match.start(), match.end()):
            continue
        sentence = document.sentence_at(match.start())
        named = [
            p
            for p in document.proposals
            if match.start() <= p.start < match.end() and p.proposal_id is not None
        ]
        party = next(
            (
                m
                for m in _whole_names(
                    document, document.mentions_between(match.end(), sentence.end)
                )
                if m.start == match.end() and _names_an_actor(document, m)
            ),
            None,
        )
        if not named or party is None:
            continue
        if re.match(r"(?:['’]s?\b|\s+\w+ing\b)", document.text[party.end :]):
            continue  # "with Qatar's help", "with Egypt mediating": no party to the text
        party = _its_government(document, party)
        for respondent, person in _answering(document, [party]):
            key = (respondent.ref, named[0].proposal_id, "accepted")
            if key in told:
                continue
            told.add(key)
            changed_on, in_clause = _changed_on(
                document, sentence, [respondent], match.end(), "accepted"
            )
            days = [
                d
                for d in document.dates_between(match.start(), match.end())
                if d.precision == "day"
            ]
            if days:
                changed_on, in_clause = days[0].iso, True
            added.append(
                SignalCandidate(
                    respondent.start,
                    sentence.end,
                    respondent,
                    named[0],
                    "accepted",
                    changed_on,
                    dated_in_clause=in_clause,
                    person=person,
                )
            )
    return added


# "X and Y signed the accords, with A and B signing as guarantors": the absolute clause's
# subjects sign the same text, on the same day
_WITH_THEM_SIGNING = re.compile(
    r",\s+with\s+(?P<who>[^,;:.()\"“”]{1,120}?)\s+(?:also\s+)?"
    r"(?:(?:counter|co-?)?signing|initiall?ing|putting\s+(?:its|their|his|her)\s+names?\s+to)\b",
    re.IGNORECASE,
)


def _signing_alongside(document: Document, found) -> list[SignalCandidate]:
    """The signatories a signature's sentence adds in an absolute clause after it ("with the
    United States and the Soviet Union signing as guarantors"): each accepts the same proposal
    on the same day, for the body it signs for (not a witness: `_signed_as_a_witness`)."""
    added = []
    told = {(s.respondent.ref, _proposal_id(s)) for s in found if s.signed}
    for signal in found:
        if not signal.signed or signal.proposal is None:
            continue
        sentence = document.sentence_at(signal.start)
        alongside = _WITH_THEM_SIGNING.search(document.text, signal.start, sentence.end)
        if alongside is None or document.in_quote(alongside.start()):
            continue
        named = [
            m
            for m in document.mentions_between(alongside.start("who"), alongside.end("who"))
            if _names_an_actor(document, m) and m.via not in ("post", "demonym")
        ]
        for body, person in _answering(document, _whole_names(document, named), signing=True):
            key = (body.ref, _proposal_id(signal))
            if key in told:
                continue
            told.add(key)
            added.append(replace(signal, start=body.start, respondent=body, person=person))
    return added


# "signed a settlement with Brazil's federal government and the states of Minas Gerais and
# Espirito Santo on Friday", "signed a treaty of peace and friendship with Italy": the parties
# after "with" sign the same text with the subject (the list ends where the clause's adjuncts
# start); not "with the help of", "with Qatar's backing", "with Egypt mediating"
_SIGNED_TEXT_WITH = re.compile(
    r"(?:\s+of\s+[^,;:.()\"“”]{1,60}?)?\s+(?:together\s+)?with\s+"
    r"(?P<who>[^,;:.\"“”]{1,150}?)"
    r"(?=\s*[,;:.\"“”]|\s*$|\s+(?:on|in|at|late|early|yesterday|today|tonight|last|this|after"
    r"|before|that|which|who|to|under|during|for|as|and\s+(?:the\s+)?(?:two|three|four|both|all)"
    r"\s)\b)",
    re.IGNORECASE,
)
# what a third party lends a signing without signing it
_HELP_GIVEN = (
    r"(?:help|backing|support|mediation|blessing|approval|consent|assistance|encouragement"
    r"|participation|guarantees?)"
)
# "with Qatar's help", "with Egypt mediating": the party named lends help, it does not sign
_NO_PARTY_WITH = re.compile(
    r"(?:\s*['’]s?\s+(?:\w+\s+)?" + _HELP_GIVEN + r"\b|\s+\w+ing\b)", re.IGNORECASE
)
# "with the help of", "with the witnesses": no party after "with"
_WITH_HELP_OF = re.compile(
    r"^\s*(?:the\s+)?(?:\w+\s+)?(?:" + _HELP_GIVEN + r"|witness(?:es)?|observers?)\b",
    re.IGNORECASE,
)


def _signed_with(document: Document, found) -> list[SignalCandidate]:
    """The parties named after "with" in "X signed a settlement with Y and Z on Friday": each
    signs the text the signature names, on the same day (a signature's counterparts)."""
    added = []
    told = {(s.respondent.ref, _proposal_id(s)) for s in found if s.signed}
    for signal in found:
        if not signal.signed or signal.proposal is None or signal.status != "accepted":
            continue
        sentence = document.sentence_at(signal.start)
        text_named = next(
            (
                p
                for p in document.proposals
                if signal.start < p.start < sentence.end
                and p.proposal_id == _proposal_id(signal)
                and _SIGNED_BEFORE.search(document.text, signal.start, p.start)
            ),
            None,
        )
        if text_named is None:
            continue
        with_them = _SIGNED_TEXT_WITH.match(document.text, text_named.end, sentence.end)
        if with_them is None or document.in_quote(with_them.start("who")):
            continue
        if _WITH_HELP_OF.match(with_them.group("who")):
            continue
        named = [
            m
            for m in document.mentions_between(with_them.start("who"), with_them.end("who"))
            if _names_an_actor(document, m)
            and m.via not in ("post", "demonym")
            and not _NO_PARTY_WITH.match(document.text, m.end, with_them.end("who"))
        ]
        named = [_its_government(document, m) for m in _whole_names(document, named)]
        for body, person in _answering(document, named, signing=True):
            key = (body.ref, _proposal_id(signal))
            if key in told:
                continue
            told.add(key)
            added.append(replace(signal, start=body.start, respondent=body, person=person))
    return added


# "signed an accord on X on June 29 last year, and a permanent ceasefire in February": a second
# object after the first one's adjuncts, the verb left out
_AND_A_SECOND_TEXT = re.compile(
    r"(?:\s+(?:on|in|at|last|this|early|late|earlier)\b[^,;:()]{0,40}?)?,?\s+and\s+"
    r"(?:(?:the|a|an|its|their)\s+)?"
    # "put their names to the Panama Canal Treaty and a separate pact": a second text told
    # apart from the first
    r"(?:(?:separate|second|parallel|companion|supplementary|additional|accompanying)\s+)?$",
    re.IGNORECASE,
)


# nothing but when or where after the second text: "in February", "on Thursday in Cairo"; or
# a participle that tells what the text does before them ("a separate pact guaranteeing the
# waterway's neutrality in the Hall of the Americas"), no verb of a clause of its own
_ADJUNCTS_ONLY = re.compile(
    r"(?:\s+(?:guaranteeing|setting|providing|covering|governing|establishing|granting"
    r"|creating|ending|allowing)\b[^,;:.]*?)?"
    r"(?:\s+(?:on|in|at|last|this|early|late|earlier|later)\b[^,;:.]*)?\s*",
    re.IGNORECASE,
)


def _second_texts(document: Document, found) -> list[SignalCandidate]:
    """The same answer to a second recorded text the clause names after "and", on the day its
    own words give (else the publication date, as for an undated answer)."""
    added = []
    told = {(s.respondent.ref, _proposal_id(s), s.status) for s in found}
    for signal in found:
        if signal.proposal is None or signal.proposal.proposal_id is None:
            continue
        sentence = document.sentence_at(signal.start)
        following = [p for p in document.proposals if signal.proposal.end < p.start < sentence.end]
        if not following or following[0].proposal_id in (None, signal.proposal.proposal_id):
            continue
        second = following[0]
        between = document.text[signal.proposal.end : second.start]
        if not _AND_A_SECOND_TEXT.fullmatch(between) or document.mentions_between(
            signal.proposal.end, second.start
        ):
            continue
        key = (signal.respondent.ref, second.proposal_id, signal.status)
        if key in told:
            continue
        told.add(key)
        stop = second.end + re.search(r"[,;:.]|$", document.text[second.end : sentence.end]).start()
        if not _ADJUNCTS_ONLY.fullmatch(document.text[second.end : stop]):
            continue  # "and the truce collapsed on Thursday": a clause of its own
        days = [d for d in document.dates_between(second.end, stop) if d.precision == "day"]
        changed_on = days[0].iso if days else document.published_on.isoformat()
        added.append(
            replace(
                signal,
                proposal=second,
                changed_on=changed_on,
                dated_in_clause=bool(days),
            )
        )
    return added


# "The other signatories were A, B and C", "Among the signatories of the accord were A and B",
# "Signatories included A": each of those listed signed the text; the verb agrees with what
# follows it where the list comes after it ("Among the signatories was the Union of X")
_SIGNATORIES_WERE = re.compile(
    r"\b(?:the\s+)?(?:other\s+|remaining\s+|\w+\s+)?signatories"
    r"(?P<of>\s+(?:to|of)\s+[^,;.]{1,80}?)?\s+(?:were|are|was|is|included|include)\s+",
    re.IGNORECASE,
)


def _signatories_listed(document: Document, found) -> list[SignalCandidate]:
    """The signatures a list of signatories tells: of the proposal it names, else of the one
    signed last before it, on that signing's day."""
    added = []
    told = {(s.respondent.ref, _proposal_id(s)) for s in found if s.status == "accepted"}
    for sentence in document.sentences:
        listed = _SIGNATORIES_WERE.search(document.text, sentence.start, sentence.end)
        if listed is None or document.in_quote(listed.start()):
            continue
        # "None of the signatories was present": no list of those who signed
        if re.search(
            r"\b(?:not|never|none)\b", document.text[sentence.start : listed.start()], re.I
        ):
            continue
        signed_before = [
            s for s in found if s.signed and s.proposal is not None and s.start < sentence.start
        ]
        signing = max(signed_before, key=lambda s: s.start, default=None)
        named = [
            p
            for p in document.proposals
            if listed.group("of") and listed.start("of") <= p.start < listed.end("of")
        ]
        if named:
            proposal = named[0]
            if proposal.proposal_id is None:
                continue
            same = [s for s in signed_before if _proposal_id(s) == proposal.proposal_id]
            signing = max(same, key=lambda s: s.start, default=None)
        elif signing is None:
            continue
        else:
            proposal = signing.proposal
        mentions = _listed_whole(document, listed.end(), sentence.end)
        changed_on = signing.changed_on if signing else ""
        added += _each_listed_signs(document, mentions, sentence, proposal, changed_on, told)
    return added


def _each_listed_signs(
    document: Document, mentions, sentence, proposal, changed_on: str, told: set
) -> list[SignalCandidate]:
    """A signature of `proposal` by each body listed (or the body a listed person signs for),
    but one already told; `told` gains those added."""
    added = []
    for mention in mentions:
        mention = _body_signed_for(document, mention)
        if (mention.ref, proposal.proposal_id) in told:
            continue
        told.add((mention.ref, proposal.proposal_id))
        added.append(
            SignalCandidate(
                mention.start, sentence.end, mention, proposal, "accepted", changed_on, signed=True
            )
        )
    return added


# "A, B and C were among the signatories (of the accord)", "A and B are also signatories":
# each of those listed before signed the text
_AMONG_THE_SIGNATORIES = re.compile(
    r"\s+(?:were|are)\s+(?:also\s+)?(?:(?:among|two\s+of|some\s+of)\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:signatories|co-?signatories)"
    r"(?P<of>\s+(?:to|of)\s+[^,;.]{1,80}?)?\s*(?=[.;]|$)",
    re.IGNORECASE,
)


def _listed_among_the_signatories(document: Document, found) -> list[SignalCandidate]:
    """The signatures a list told as among a text's signatories gives: of the proposal it
    names, else of the one signed last before it, else of the one its paragraph (or the
    article) told of last."""
    added = []
    told = {(s.respondent.ref, _proposal_id(s)) for s in found if s.status == "accepted"}
    for sentence in document.sentences:
        listed = _AMONG_THE_SIGNATORIES.search(document.text, sentence.start, sentence.end)
        if listed is None or document.in_quote(listed.start()):
            continue
        # the list is the sentence's subject: "A, B and C were among ..."
        opening = document.text[sentence.start : listed.start()]
        if re.search(r"\b(?:not|never|if|whether|would|could)\b", opening, re.IGNORECASE):
            continue
        mentions = _listed_whole(document, sentence.start, listed.start())
        if not mentions or document.text[sentence.start : mentions[0].start].strip(
            ' \n"“'
        ).casefold() not in ("", "the"):
            continue
        named = [
            p
            for p in document.proposals
            if listed.group("of") and listed.start("of") <= p.start < listed.end("of")
        ]
        signed_before = [
            s for s in found if s.signed and s.proposal is not None and s.start < sentence.start
        ]
        signing = max(signed_before, key=lambda s: s.start, default=None)
        if named:
            proposal = named[0]
        elif signing is not None:
            proposal = signing.proposal
        else:
            proposal = _proposal_told_last(document, sentence.start)
        if proposal is None or proposal.proposal_id is None:
            continue
        same = [s for s in signed_before if _proposal_id(s) == proposal.proposal_id]
        signing = max(same, key=lambda s: s.start, default=None)
        # else the day of the story the lead tells, or of the publication
        changed_on = (
            signing.changed_on
            if signing
            else _lead_day(document, sentence) or document.published_on.isoformat()
        )
        added += _each_listed_signs(document, mentions, sentence, proposal, changed_on, told)
    return added


# "China replied on May 24, agreeing in principle to talks but demanding ...", "The rebels
# responded on Monday, rejecting the plan": a verb of answering whose participle tells the answer
_REPLIED_WITH = re.compile(
    # ("EAM's delegates gave way": a body's delegation answers for it)
    r"(?:['’]s\s+(?:delegates|delegation|negotiators|representatives))?"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:(?:replied|responded|answered)\b(?P<when>[^,;.\"“]{0,40})"
    # "gave way on Sunday, accepting an amnesty limited to ...", "had given way on Thursday on
    # the question of the hostages, agreeing to free them": a party that yields, and the
    # participle that tells what it yields to
    r"|(?:gave|given)\s+(?:way|in)\b(?P<yielded>[^,;.\"“]{0,60})),\s+"
    r"(?P<answer>(?P<yes>agreeing|accepting|endorsing|approving)(?P<principle>\s+in\s+principle)?"
    r"|(?P<no>rejecting|refusing|turning\s+down|spurning|dismissing))\b",
    re.IGNORECASE,
)
# what makes the yes a conditional one: "but demanding that", "while insisting", "on condition"
_BUT_DEMANDING = re.compile(
    r"\b(?:but|while|and)\s+(?:\w+ly\s+)?(?:demanding|insisting|requiring|asking|setting"
    r"|attaching|adding\s+(?:\w+\s+)?conditions)\b|\bon\s+(?:the\s+)?condition\b",
    re.IGNORECASE,
)


# a no that puts terms of its own: "turning down direct talks and offering indirect ones
# instead", "rejecting the plan but proposing a phased truce"
_OFFERING_INSTEAD = re.compile(
    r"\b(?:and|but|while)\s+(?:instead\s+)?(?:offering|proposing|suggesting|putting\s+forward"
    r"|tabling)\b",
    re.IGNORECASE,
)


def _described_just_before(document: Document, sentence) -> ProposalMention | None:
    """The recorded proposal the sentence before, in the same paragraph, describes ("In a
    statement on March 29 the government called for border consultations ...")."""
    earlier = [s for s in document.sentences if s.end <= sentence.start]
    if not earlier or earlier[-1].start < _paragraph_start(document.text, sentence.start):
        return None
    before = earlier[-1]
    proposal_id = _described_in(document, before.start, before.end)
    return ProposalMention(before.start, before.end, proposal_id) if proposal_id else None


def _replied_with_a_participle(document: Document, sentence, mentions) -> list[SignalCandidate]:
    """The answer a participle after "replied", "responded" or "answered" tells, of its
    sentence's subject: to the proposal the participle names, else the one told last."""
    found = []
    for mention in mentions:
        replied = _REPLIED_WITH.match(document.text, mention.end, sentence.end)
        if replied is None or document.in_quote(mention.start):
            continue
        if mentions[0] is not mention or not _A_SUBJECT_OPENS.search(
            document.text[sentence.start : mention.start]
        ):
            continue  # the sentence's subject only
        answer_end = replied.end()
        clause_end = (
            answer_end + re.search(r"[;.]|$", document.text[answer_end : sentence.end]).start()
        )
        named = [
            p
            for p in document.proposals
            if answer_end <= p.start < clause_end and p.proposal_id is not None
        ]
        when = "when" if replied.group("when") is not None else "yielded"
        described = (
            # (what a side gives way on is told by the words after the verb, not by the last
            # text named: "gave way on the question of the hostages, agreeing to free them")
            _described_in(document, replied.start(when), clause_end)
            if when == "yielded" and not named
            else None
        )
        proposal = (
            named[0]
            if named
            else (ProposalMention(answer_end, clause_end, described) if described else None)
            or _paragraph_proposal(document, sentence.start)
            or _described_just_before(document, sentence)
            or _last_proposal_before(document, sentence.start)
        )
        if proposal is None or proposal.proposal_id is None:
            continue
        if replied.group("no") and _OFFERING_INSTEAD.search(document.text, answer_end, clause_end):
            status = "countered"  # "turning down direct talks and offering indirect ones instead"
        elif replied.group("no"):
            status = "rejected"
        elif replied.group("principle") or _BUT_DEMANDING.search(
            document.text, answer_end, clause_end
        ):
            status = "accepted_with_conditions"
        else:
            status = "accepted"
        days = [
            d
            for d in document.dates_between(replied.start(when), replied.end(when))
            if d.precision == "day"
        ]
        changed_on = (
            days[0].iso
            if days
            else _lead_day(document, sentence) or document.published_on.isoformat()
        )
        found.extend(
            SignalCandidate(
                respondent.start,
                sentence.end,
                respondent,
                proposal,
                status,
                changed_on,
                dated_in_clause=bool(days),
                person=person,
            )
            for respondent, person in _answering(document, [mention])
        )
    return found


# An answer told by a participle of answering, with its object after it (a text, "it", "them")
_ANSWERING_PARTICIPLE = (
    r"(?P<answer>(?P<yes>accepting|endorsing|approving|backing|supporting|signing|ratifying"
    r"|agreeing\s+to)|(?P<no>rejecting|refusing|turning\s+down|spurning|dismissing))\s+"
    r"(?=the\b|an?\b|its\b|their\b|this\b|that\b|these\b|those\b|it\b|them\b|(?-i:[A-Z]))"
)
# "Talks broke down on Monday, with the union rejecting the final offer", "the bill will pass,
# with the opposition backing the deal": an absolute clause opened by "with" tells the answer
# of the party named between "with" and the participle
_WITH_A_PARTY_ANSWERING = re.compile(
    r"(?:,|\s—)\s+with\s+(?P<party>[^,;.:()\"“”]{1,80}?)\s+(?:also\s+|now\s+|even\s+)?"
    + _ANSWERING_PARTICIPLE,
    re.IGNORECASE,
)
# "Jordan joined Egypt in rejecting the plan", "Oslo and Rome followed Paris in signing it": a
# party that joins or follows another in answering gives the same answer itself
_JOINED_ANOTHER_IN_ANSWERING = re.compile(
    r"\s+" + _WHEN + r"(?:also\s+|later\s+|soon\s+)?(?:(?:has|have|had)\s+)?(?:joined|followed)\s+"
    r"(?P<other>[^,;.:()\"“”]{1,60}?)\s+in\s+" + _ANSWERING_PARTICIPLE,
    re.IGNORECASE,
)
# between two parties of a list: "A, B and C", "A and the B"
_BETWEEN_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.IGNORECASE)
# the end of the clause a participle opens: "rejecting the offer and vowing to strike"
_PARTICIPLE_CLAUSE_END = re.compile(r"[,;.:]|\s+(?:and|but|while|after|before)\s|$")


def _parties_listed_up_to(mentions, start: int, end: int, text: str) -> list[Mention]:
    """The parties a list written between `start` and `end` names ("Rewa and Moka", "the
    union"), the last of them closing right before `end`; none where other words come between."""
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if not inside or text[inside[-1].end : end].strip():
        return []
    listed = [inside[-1]]
    for mention in reversed(inside[:-1]):
        if mention.end <= listed[0].start and _BETWEEN_LISTED.fullmatch(
            text, mention.end, listed[0].start
        ):
            listed.insert(0, mention)
        elif mention.end > listed[0].start:
            continue  # a name inside the one listed ("the Samsung union")
        else:
            break
    return listed


def _answered_in_a_participle_clause(
    document: Document, sentence, mentions
) -> list[SignalCandidate]:
    """The answers a participle tells of a party that is not the subject of a finite verb of
    answering: in an absolute clause ("..., with the union rejecting the final offer") or after
    joining or following another ("Jordan joined Egypt in rejecting the plan"). The answer is
    to the recorded text the participle's clause names, else to the one its words describe, or
    ("rejecting it") to the text told last."""
    text = document.text
    found = []
    told = []
    for match in _WITH_A_PARTY_ANSWERING.finditer(text, sentence.start, sentence.end):
        told.append((match, match.start("party"), match.end("party")))
    for match in _JOINED_ANOTHER_IN_ANSWERING.finditer(text, sentence.start, sentence.end):
        told.append((match, sentence.start, match.start()))
    for match, start, end in told:
        if document.in_quote(match.start()):
            continue
        parties = [
            m
            for m in _parties_listed_up_to(mentions, start, end, text)
            if _names_an_actor(document, m)
        ]
        if not parties:
            continue
        if start == sentence.start and not _A_SUBJECT_OPENS.search(
            text[sentence.start : parties[0].start]
        ):
            continue  # the one who joins is the sentence's subject
        answer_end = match.end()
        clause_end = _PARTICIPLE_CLAUSE_END.search(text, answer_end, sentence.end).start()
        named = [
            p
            for p in document.proposals
            if answer_end <= p.start < clause_end and p.proposal_id is not None
        ]
        if named:
            proposal = named[0]
        elif re.match(r"(?:it|them)\b", text[answer_end:clause_end], re.IGNORECASE):
            proposal = _last_proposal_before(document, answer_end)
        else:
            described = _described_in(document, answer_end, clause_end)
            proposal = ProposalMention(answer_end, clause_end, described) if described else None
        if proposal is None or proposal.proposal_id is None:
            continue
        status = "accepted" if match.group("yes") else "rejected"
        signing = match.group("answer").casefold().startswith("sign")
        answering = _answering(document, parties, signing=signing)
        changed_on, in_clause = _changed_on(
            document, sentence, [b for b, _ in answering], match.start("answer"), status
        )
        found.extend(
            SignalCandidate(
                respondent.start,
                sentence.end,
                respondent,
                proposal,
                status,
                changed_on,
                signed=signing,
                dated_in_clause=in_clause,
                person=person,
            )
            for respondent, person in answering
        )
    return found


# "Oman has proposed holding a fourth round on May 3. Iran accepted the date": a yes or a no to
# the date, the venue or the invitation of a meeting just proposed answers that proposal
_ANSWERED_A_MEETING_S_DETAIL = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?P<verb>accepted|agreed\s+to|rejected|turned\s+down"
    r"|declined)\s+(?:the|that)\s+(?:proposed\s+)?(?:date|venue|timing|invitation)\b",
    re.IGNORECASE,
)


def _meeting_proposed_just_before(document: Document, sentence) -> ProposalMention | None:
    """The recorded proposal of a meeting that a verb of proposing tells in the sentence
    before, in the same paragraph (`_proposed_meetings`)."""
    earlier = [s for s in document.sentences if s.end <= sentence.start]
    if not earlier or earlier[-1].start < _paragraph_start(document.text, sentence.start):
        return None
    before = earlier[-1]
    proposed = [
        p
        for p in _proposed_meetings(document, [])
        if before.start <= p.start < before.end and p.proposal_id is not None
    ]
    return proposed[-1] if proposed else None


def _answered_a_meeting_s_detail(document: Document, sentence, mentions) -> list[SignalCandidate]:
    """The sentence's subject that accepts or refuses the date, venue or invitation of the
    meeting the sentence before proposes answers that proposal."""
    if not mentions or document.in_quote(mentions[0].start):
        return []
    subject = mentions[0]
    if not _A_SUBJECT_OPENS.search(document.text[sentence.start : subject.start]):
        return []
    answered = _ANSWERED_A_MEETING_S_DETAIL.match(document.text, subject.end, sentence.end)
    if answered is None:
        return []
    proposal = _meeting_proposed_just_before(document, sentence)
    if proposal is None:
        return []
    accepting = answered.group("verb").casefold() in ("accepted", "agreed to")
    status = "accepted" if accepting else "rejected"
    changed_on, dated = _changed_on(document, sentence, [subject], answered.end("verb"), status)
    return [
        SignalCandidate(
            respondent.start,
            sentence.end,
            respondent,
            proposal,
            status,
            changed_on,
            dated_in_clause=dated,
            person=person,
        )
        for respondent, person in _answering(document, [subject])
    ]


# "That was Santiago's answer to the Bolivian proposal": what the sentence before offered, told
# as one party's answer to a proposal, is that party's counter to it
_THAT_WAS_ITS_ANSWER = re.compile(
    r"\s*(?:That|This|It)\s+(?:was|is)\s+(?:also\s+|in\s+effect\s+)?(?=[A-Z])"
)
_ANSWER_TO = re.compile(r"['’]s?\s+(?:\w+\s+)?(?:answer|reply|response)\s+to\s+")
_OFFERED_BEFORE = re.compile(
    r"\b(?:offers?|offered|proposes?|proposed|suggests?|suggested)\b", re.IGNORECASE
)


def _answer_told_as_a_counter(document: Document, sentence, mentions) -> list[SignalCandidate]:
    """ "It offers a strip of land in return for ... That was Santiago's answer to the Bolivian
    proposal": the party whose answer the offer is counters the proposal named after "to",
    on the day its own recorded proposal was announced, else the day told last before."""
    opening = _THAT_WAS_ITS_ANSWER.match(document.text, sentence.start, sentence.end)
    if opening is None:
        return []
    owner = next((m for m in mentions if m.start == opening.end()), None)
    if owner is None or document.is_person(owner.ref):
        return []
    answer = _ANSWER_TO.match(document.text, owner.end, sentence.end)
    if answer is None:
        return []
    proposal = next(
        (
            p
            for p in document.proposals
            if answer.end() <= p.start < answer.end() + 40 and p.proposal_id is not None
        ),
        None,
    )
    earlier = [s for s in document.sentences if s.end <= sentence.start]
    if proposal is None or not earlier:
        return []
    if not _OFFERED_BEFORE.search(document.text, earlier[-1].start, earlier[-1].end):
        return []  # "That was Hamas's answer to the plan" after rockets: no offer to counter
    own = [
        p["announced_on"]
        for p in document.gazetteer.proposals.values()
        if p["id"] != proposal.proposal_id
        and p["announced_on"] is not None
        and p["announced_by_id"] is not None
        and f"actor:{p['announced_by_id']}" == owner.ref
    ]
    dateline = _DATELINE.match(document.text)
    told = [
        d
        for d in document.dates
        if d.precision == "day"
        and d.end <= sentence.start
        and not (dateline and d.start < dateline.end())
        and not document.in_quote(d.start)
    ]
    changed_on = (
        own[0].isoformat()
        if len(own) == 1
        else told[-1].iso
        if told
        else document.published_on.isoformat()
    )
    return [
        SignalCandidate(
            owner.start, sentence.end, respondent, proposal, "countered", changed_on, person=person
        )
        for respondent, person in _answering(document, [owner])
    ]


# "a request of the King which Count Antonelli granted without dispute", "LO accepted on condition
# that each side name its own members, which the employers granted": "which", the one who
# grants, then "granted" closing the clause (the relative pronoun its object)
_WHICH_BEFORE_THE_GRANTER = re.compile(r"\bwhich\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.-]*\s+)?$")
_GRANTED_BARE = re.compile(
    r"\s+(?:\w+ly\s+)?granted(?=\s*(?:[.;,]|$)|\s+(?:without|at\s+once|in\s+full|\w+ly)\b)"
)


def _which_it_granted(document: Document, sentence, mentions) -> list[SignalCandidate]:
    """ "..., a request of the King which Count Antonelli granted": the one who grants accepts
    what the words before "which" ask, the proposal named last there, else the recorded one
    those words (back to the clause's start) describe."""
    found = []
    for mention in mentions:
        granted = _GRANTED_BARE.match(document.text, mention.end, sentence.end)
        which = _WHICH_BEFORE_THE_GRANTER.search(document.text, sentence.start, mention.start)
        if granted is None or which is None:
            continue
        named = [
            p
            for p in document.proposals
            if sentence.start <= p.start < which.start() and p.proposal_id is not None
        ]
        clause_start = max(
            sentence.start, document.text.rfind(";", sentence.start, which.start()) + 1
        )
        if named and named[-1].start >= clause_start:
            proposal = named[-1]
        else:
            described = _described_in(document, clause_start, which.start())
            if described is None:
                continue
            proposal = ProposalMention(clause_start, which.start(), described)
        found += _answers_by(document, sentence, mention, [proposal], "accepted", granted.end())
    return found


def _answers_by(document, sentence, subject, proposals, status, verb_end) -> list[SignalCandidate]:
    """The subject's answer to each of `proposals`, one signal for each body that answers for
    it (`_answering`: the body, and the person who spoke for it), dated as `_changed_on` reads
    the answer's clause up to `verb_end`."""
    answering = _answering(document, [subject])
    changed_on, in_clause = _changed_on(
        document, sentence, [body for body, _ in answering], verb_end, status
    )
    return [
        SignalCandidate(
            body.start,
            sentence.end,
            body,
            proposal,
            status,
            changed_on,
            dated_in_clause=in_clause,
            person=person,
        )
        for body, person in answering
        for proposal in proposals
    ]


# "..., as the MNF had asked, once the arms have been handed in": a yes that waits on a step
# to come, as it waits on a condition (`_CONDITION_NEXT`)
_ONCE_AFTER = re.compile(r"\s*,\s+(?:but\s+)?(?:only\s+)?(?:once|as\s+soon\s+as)\b", re.IGNORECASE)
# "..., and the ANC refused again to suspend the armed struggle, as Pretoria has demanded": what
# was asked is refused, not done
_REFUSED_IN_THE_CLAUSE = re.compile(
    r"\b(?:refused|refuses|refuse|declined|declines|rejected|rejects|not|never|n[’']t)\b",
    re.IGNORECASE,
)
# words before a sentence's subject: a few ("In return, ...", "Under the accord"), or an
# opening circumstance closed by a comma ("After nine days in which ..., the General Council")
_BEFORE_THE_SUBJECT = re.compile(r"\s*(?:\S+\s+){0,4}?(?:the\s+)?$|[^;]*,\s+(?:the\s+)?$")


def _done_as_it_asked(document: Document, sentence, mentions) -> list[SignalCandidate]:
    """ "The government will lift its ban on the front, as the MNF had asked", "New Delhi ...
    will grant an amnesty to MNF members, which Laldenga had demanded": the party that does
    what another asked of it accepts the ask, with conditions where a step it waits on follows
    ("..., once the arms have been handed in"), and refuses it where its clause says no. The
    party is the subject of the clause the ask ends (one named after the last comma before
    it), else the sentence's subject; the ask is a recorded one, told by its noun or by what it
    asks (`_asks_told_by_their_object`)."""
    found = []
    for proposal in document.proposals:
        if not sentence.start <= proposal.start < sentence.end or proposal.proposal_id is None:
            continue
        recorded = document.gazetteer.proposals.get(proposal.proposal_id)
        if recorded is None or not _titled_as_an_ask(recorded):
            continue
        marker = _AS_IT_ASKED.match(document.text, proposal.end, sentence.end)
        if marker is None and not _AS_IT_ASKED_BEFORE.search(
            document.text, sentence.start, proposal.start
        ):
            continue
        clause_start = max(
            sentence.start,
            *(document.text.rfind(mark, sentence.start, proposal.start) + 1 for mark in ",;"),
        )
        own = [m for m in mentions if clause_start <= m.start and m.end <= proposal.start]
        opening = [m for m in mentions if sentence.start <= m.start and m.end <= proposal.start]
        if not own and not (
            opening
            and _BEFORE_THE_SUBJECT.fullmatch(document.text, sentence.start, opening[0].start)
        ):
            continue
        subject = own[0] if own else opening[0]
        if document.in_quote(subject.start):
            continue
        status = "accepted"
        if _REFUSED_IN_THE_CLAUSE.search(
            document.text, max(clause_start, subject.end), proposal.start
        ):
            status = "rejected"
        elif marker is not None and (
            _ONCE_AFTER.match(document.text, marker.end(), sentence.end)
            or _CONDITION_NEXT.match(document.text, marker.end(), sentence.end)
        ):
            status = "accepted_with_conditions"
        found += _answers_by(document, sentence, subject, [proposal], status, proposal.end)
    return found


# "The Government has accepted both.": a yes or a no whose object is "both", closing its
# phrase (not "accepted both the new date and the condition", which names its two)
_BOTH_ANSWERED = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:(?P<accepted>accepted|agreed\s+to|granted)"
    r"|(?P<rejected>rejected|refused|turned\s+down))\s+both(?:\s+of\s+them)?(?=\s*[,.;]|\s+(?:on|in|at)\s)",
    re.IGNORECASE,
)


def _both_answered(document: Document, sentence, mentions) -> list[SignalCandidate]:
    """ "The employers refused to discuss the forty-hour week and two weeks' holiday with pay,
    the two demands which the confederation has pressed hardest ... The Government has accepted
    both": "both" stands for the two recorded proposals the sentence before tells, and the
    party answers each of them."""
    previous = document.sentence_before(sentence)
    if previous is None:
        return []
    told = []
    for proposal in document.proposals:
        if (
            previous.start <= proposal.start < previous.end
            and proposal.proposal_id is not None
            and proposal.proposal_id not in {p.proposal_id for p in told}
        ):
            told.append(proposal)
    if len(told) != 2:
        return []
    found = []
    for mention in mentions:
        answered = _BOTH_ANSWERED.match(document.text, mention.end, sentence.end)
        if answered is None or document.in_quote(mention.start):
            continue
        status = "accepted" if answered.group("accepted") else "rejected"
        found += _answers_by(document, sentence, mention, told, status, answered.end())
    return found


# "X signed for the national government, and Y, president of the Congress, for the island":
# the verb left out of the second clause, which names whom its signatory signs for
_SIGNED_FOR = re.compile(
    r"\b(?:signed|initiall?ed|initialed)\s+(?:it\s+)?for\s+[^,;]{1,80},\s+and\s+"
)
_FOR_IN_TURN = re.compile(r"(?:\s*,\s*[^,;]{1,80},)?\s+for\s+")


def _signed_for_in_turn(document: Document, found) -> list[SignalCandidate]:
    """The signatory of a clause that leaves out the verb of the signature before it ("A signed
    for X, and B for Y") signs the same text on the same day."""
    added = []
    for sentence in document.sentences:
        gapped = _SIGNED_FOR.search(document.text, sentence.start, sentence.end)
        if gapped is None or document.in_quote(gapped.start()):
            continue
        signing = next(
            (
                s
                for s in found
                if s.signed
                and s.proposal is not None
                and sentence.start <= s.start < sentence.end
                and s.start < gapped.start()
            ),
            None,
        ) or max(
            (s for s in found if s.signed and s.proposal is not None and s.start < sentence.start),
            key=lambda s: s.start,
            default=None,
        )
        if signing is None:
            continue
        signatories = _gapped_signatories(document, gapped.end(), sentence.end)
        if signatories and not _FOR_IN_TURN.match(document.text, signatories[-1].end):
            # "and Abbas Kamel, the intelligence chief, for Egypt": one signatory with his
            # appositive, no list
            signatories = signatories[:1]
        if not signatories or not _FOR_IN_TURN.match(document.text, signatories[-1].end):
            continue
        added.extend(
            SignalCandidate(
                signatory.start,
                sentence.end,
                body,
                signing.proposal,
                "accepted",
                signing.changed_on,
                signed=True,
                person=person,
            )
            for signatory in signatories
            for body, person in _answering(document, [signatory], signing=True)
        )
    return added


# "X signed for Japan after the delegates, among them A for the United States, B for Britain
# and C for the Philippines", "X signed for the party, Y for the Communists and Z for the
# Alliance": a person named in a list, with "for" and a body right after him, signed for it
# (a title before the name: "among them Secretary of State A for ..."); the list may open on
# the order of signing ("X signed first for France, followed by Lord A for Great Britain")
_BEFORE_A_LISTED_SIGNATORY = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+|\bamong\s+them\s+|\bincluding\s+|\bfollowed\s+by\s+)"
    r"(?:(?:[A-Z][\w'.-]*|of|the)\s+){0,5}$"
)
_FOR_A_BODY = re.compile(r"\s+for\s+(?:the\s+)?")


def _signed_for_in_a_list(document: Document, found) -> list[SignalCandidate]:
    """The bodies a list of signatories without a verb signs for ("A signed for X, B for Y and
    C for Z", "..., among them B for Y"): each person so listed after a signature of the same
    sentence signs its text, on its day, for the body named after "for" (not for his post)."""
    added = []
    for sentence in document.sentences:
        signing = next(
            (
                s
                for s in found
                if s.signed and s.proposal is not None and sentence.start <= s.start < sentence.end
            ),
            None,
        )
        if signing is None:
            continue
        answered = {
            s.respondent.ref
            for s in found
            if s.proposal is not None and s.proposal.proposal_id == signing.proposal.proposal_id
        }
        named = document.mentions_between(signing.start, sentence.end)
        for person, body in zip(named, named[1:], strict=False):
            if (
                document.kind_of(person.ref) != "person"
                or document.kind_of(body.ref) in ("person", None)
                or body.ref in answered
                or _FOR_A_BODY.fullmatch(document.text, person.end, body.start) is None
                or not _BEFORE_A_LISTED_SIGNATORY.search(
                    document.text, max(sentence.start, person.start - 80), person.start
                )
            ):
                continue
            answered.add(body.ref)
            added.append(
                SignalCandidate(
                    person.start,
                    sentence.end,
                    body,
                    signing.proposal,
                    "accepted",
                    signing.changed_on,
                    signed=True,
                    person=person,
                )
            )
    return added


# "and members of the Shan Committee ... for their peoples": a body signs through its members
_MEMBERS_OF_A_BODY = re.compile(
    r"(?:(?:members|representatives|delegates|delegations|envoys|leaders)\s+of\s+)?"
)
# between two signatories of one list: ", ", " and ", ", and " (with an article before a name)
_NEXT_IN_LIST = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _gapped_signatories(document: Document, start: int, end: int) -> list[Mention]:
    """The signatories of a clause whose verb is left out, right after `start`: one, or a list
    ("and members of the Shan Committee, the Kachin Committee and the Chin Committee for their
    peoples"), each of which signs."""
    named = [m for m in document.mentions_between(start, end) if m.via not in ("post", "demonym")]
    at = _MEMBERS_OF_A_BODY.match(document.text, start).end()
    listed = []
    for mention in named:
        if mention.end <= at:
            continue
        # "the Kachin Committee": the article before the name may stand inside the mention or
        # before it
        if not re.fullmatch(r"(?:the\s+)?", document.text[at : max(at, mention.start)]):
            break
        listed.append(mention)
        following = _NEXT_IN_LIST.match(document.text, mention.end)
        if following is None:
            break
        at = following.end()
    return listed


# "... and Ahmed Noor signed on behalf of the Front": the body a signatory signs for
_SIGNED_ON_BEHALF_OF = re.compile(
    r"\b(?:signed|initial(?:l)?ed|countersigned)\s+(?:it\s+)?on\s+behalf\s+of\s+(?:the\s+)?"
)


def _signed_on_behalf_of_a_body(document: Document, found) -> list[SignalCandidate]:
    """A signatory the article does not record ("X signed for the army, and Ahmed Noor signed on
    behalf of the Forces for Change alliance") signs for the body named after "on behalf of",
    which answers, the same text on the same day as the signature told before it in the
    sentence."""
    added = []
    for sentence in document.sentences:
        for match in _SIGNED_ON_BEHALF_OF.finditer(document.text, sentence.start, sentence.end):
            if document.in_quote(match.start()):
                continue
            body = next(
                (
                    m
                    for m in document.mentions_between(match.end(), sentence.end)
                    if m.start == match.end() and not document.is_person(m.ref)
                ),
                None,
            ) or _his_body_told_before(document, sentence, match)
            if body is None:
                continue
            clause = document.clause_at(match.start())
            clause_start = (
                document.tokens[clause.first_token].start if clause is not None else match.start()
            )
            if any(clause_start <= s.respondent.start < match.end() for s in found + added):
                continue  # a signatory recorded answers already, for himself or his body
            if any(
                s.respondent.ref == body.ref and sentence.start <= s.start < sentence.end
                for s in found + added
            ):
                continue
            signing = next(
                (
                    s
                    for s in found
                    if s.signed
                    and s.proposal is not None
                    and sentence.start <= s.start < clause_start
                ),
                None,
            ) or _signing_told_just_before(document, found, sentence, match)
            if signing is None:
                continue
            added.append(
                SignalCandidate(
                    clause_start,
                    sentence.end,
                    body,
                    signing.proposal,
                    "accepted",
                    signing.changed_on,
                    signed=True,
                    dated_in_clause=signing.dated_in_clause,
                )
            )
    return added


def _signing_told_just_before(document: Document, found, sentence, match):
    """ "The parties signed the accord on Sunday. || The accord was signed at the palace. || X,
    secretary general of the Front, signed on behalf of the main opposition party": a signature
    on behalf of a body at the head of its sentence, of no text of its own, adds to the
    signature told last, in its paragraph or the one before, or before a paragraph that tells
    of the text being signed."""
    if re.search(
        r"\b(?:and|but|while|after|before|as|when|who|which)\s",
        document.text[sentence.start : match.start()],
    ):
        return None
    before = [s for s in found if s.signed and s.proposal is not None and s.start < sentence.start]
    if not before:
        return None
    last = max(before, key=lambda s: s.start)
    paragraph_start = _paragraph_start(document.text, sentence.start)
    previous_end = len(document.text[:paragraph_start].rstrip())
    previous_start = _paragraph_start(document.text, previous_end)
    if last.start >= previous_start:
        return last
    told_signed = _PASSIVE_SIGNING.search(document.text, previous_start, paragraph_start)
    return last if told_signed and last.start < previous_start else None


# "on behalf of the main opposition party", "on behalf of his movement": a body told by a common
# noun
_ON_BEHALF_OF_A_COMMON_NOUN = re.compile(
    r"(?:(?:his|her|its|their)\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:party|movement|group|front|alliance|coalition|organi[sz]ation|union|rebels)\b"
)


def _his_body_told_before(document: Document, sentence, match) -> Mention | None:
    """ "X, secretary general of the Union for Change (UFC), signed on behalf of the main
    opposition party": the body a common noun after "on behalf of" stands for is the one body
    the signatory's apposition names before it."""
    if not _ON_BEHALF_OF_A_COMMON_NOUN.match(document.text, match.end()):
        return None
    bodies = [
        m
        for m in document.mentions_between(sentence.start, match.start())
        if not document.is_person(m.ref) and m.via not in ("post", "demonym")
    ]
    if len({m.ref for m in bodies}) != 1:
        return None
    if not _TIED_AFTER.search(document.text, sentence.start, bodies[0].start):
        return None
    return bodies[0]


_PASSIVE_SIGNING = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:signed|initial(?:l)?ed)\b")


# "and Agio Pereira, the Timorese minister in charge of border talks, signed": a signatory the
# article does not record, told by his state's post in the apposition before the verb
_BY_HIS_STATE_S_POST = re.compile(
    r"\s+and\s+(?:[A-Z][\w.’'-]*\s+){1,3}?[A-Z][\w.’'-]*,\s+(?:the|a)\s+(?P<state>[A-Z][\w-]+)\s+"
    r"(?:(?:foreign|prime|deputy|chief|senior)\s+)?(?:minister|envoy|negotiator|ambassador|"
    r"president|representative|delegate)\b[^,;()]{0,60},\s+(?:signed|initial(?:l)?ed)\b"
)


def _cosignatory_told_by_his_state_s_post(document: Document, found) -> list[SignalCandidate]:
    """ "Australian Foreign Minister Bishop and Agio Pereira, the Timorese minister in charge
    of border delimitation, signed the treaty on Tuesday": the second signatory, whom the
    article records by no name, signs for the state his post is of, the same text on the same
    day as the first."""
    added = []
    for signal in found:
        if not signal.signed or signal.proposal is None:
            continue
        match = _BY_HIS_STATE_S_POST.match(document.text, signal.respondent.end)
        if match is None:
            # "Australian Foreign Minister Julie Bishop and ...": the name after the demonym
            named = next(
                (
                    m
                    for m in document.mentions
                    if signal.respondent.end < m.start <= signal.respondent.end + 30
                    and document.is_person(m.ref)
                ),
                None,
            )
            match = named and _BY_HIS_STATE_S_POST.match(document.text, named.end)
        if not match or document.in_quote(match.start()):
            continue
        state = next(
            (
                m
                for m in document.mentions
                if m.start == match.start("state") and document.is_state(m.ref)
            ),
            None,
        )
        if state is None or state.ref == signal.respondent.ref:
            continue
        if any(
            s.respondent.ref == state.ref
            and _proposal_id(s) == _proposal_id(signal)
            and s.dated_in_clause
            for s in found + added
        ):
            continue  # his state's signature told with its own day
        added.append(replace(signal, respondent=state, start=state.start, person=None))
    return added


# "..., with W.A.B. Iliff, vice-president of the World Bank, signing for the bank": an officer
# of a body told signing for it, by its name's head noun, in a participle after the signature
_WITH_ITS_OFFICER_SIGNING = re.compile(
    r",?\s+with\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,\s+(?:the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){1,3}of\s+(?:the\s+)?(?P<body>[A-Z][^,;()]{1,60}),\s+signing\s+(?:it\s+)?"
    r"for\s+(?:the\s+)?(?P<noun>[a-z]+)\b"
)


def _with_its_officer_signing(document: Document, found) -> list[SignalCandidate]:
    """ "Nehru and Ayub Khan signed the treaty on Monday, with W.A.B. Iliff, vice-president of
    the World Bank, signing for the bank": the body the officer signs for, named by its name's
    head noun, signs the same text on the same day."""
    added = []
    for signal in found:
        if not signal.signed or signal.proposal is None:
            continue
        sentence = document.sentence_at(signal.respondent.start)
        for match in _WITH_ITS_OFFICER_SIGNING.finditer(
            document.text, signal.respondent.end, sentence.end
        ):
            if document.in_quote(match.start()):
                continue
            body = next(
                (
                    m
                    for m in document.mentions
                    if m.start == match.start("body")
                    and not document.is_person(m.ref)
                    and match.group("noun") in document.text[m.start : m.end].casefold().split()
                ),
                None,
            )
            if body is None or any(
                s.respondent.ref == body.ref and _proposal_id(s) == _proposal_id(signal)
                for s in found + added
            ):
                continue
            added.append(replace(signal, respondent=body, start=body.start, person=None))
    return added


def _listed_whole(document: Document, start: int, end: int) -> list[Mention]:
    """The names a list "A, the B and C" gives, each item written whole as one name: not a part
    of an item the engine read only in part ("the All Burma Students' Front": no Burma)."""
    return [
        m
        for m in document.mentions_between(start, end)
        if _names_an_actor(document, m)
        and _ITEM_OPENS.search(document.text[start : m.start])
        and _ITEM_CLOSES.match(document.text, m.end, end)
    ]


# where an item of a list opens and closes: "A", ", the B", " and C", before "," " and" "."; an
# item may close on its abbreviation in brackets ("the Chin National Front (CNF), the ...")
_ITEM_OPENS = re.compile(r"(?:^|,|\band)\s*(?:the\s+)?$", re.IGNORECASE)  # on the list so far
_ITEM_CLOSES = re.compile(r"\s*(?:\([A-Z][\w./&-]{0,15}\)\s*)?(?:,|\band\b|[.;:]|$)", re.IGNORECASE)


# "the rival SLM faction of Abdel Wahid", "the wing led by X": the faction the person leads
_FACTION_OF = re.compile(
    r"\s+(?:faction|wing|splinter\s+group)\s+(?:of|led\s+by|loyal\s+to|headed\s+by)\s+",
    re.IGNORECASE,
)


def _faction_of_its_leader(document: Document, signal: SignalCandidate) -> SignalCandidate:
    """A respondent written as the faction of a person whose recorded post heads a body of its
    own answers as that body ("the SLM faction of Abdel Wahid": his SLM-AW, not the SLM)."""
    faction = _FACTION_OF.match(document.text, signal.respondent.end)
    if faction is None:
        return signal
    leader = next(
        (
            m
            for m in document.mentions_between(faction.end(), faction.end() + 80)
            if m.start == faction.end() and document.is_person(m.ref)
        ),
        None,
    )
    body = document.gazetteer.body_of_post(leader.ref) if leader is not None else None
    if body is None or body == signal.respondent.ref:
        return signal
    return replace(signal, respondent=replace(signal.respondent, ref=body, via="title"))


def _named_in_apposition(document: Document, signal: SignalCandidate) -> SignalCandidate:
    """ "Israel's parliament, the Knesset, approved the treaty": a body told by a common noun
    answers by the name the appositive gives it (not in a list of names: "Egypt, the United
    States, Qatar")."""
    respondent = signal.respondent
    if (
        document.is_person(respondent.ref)
        or not document.text[respondent.start : respondent.end][:1].islower()
    ):
        return signal
    opening = re.match(r"\s*,\s*(?:the\s+)?", document.text[respondent.end :])
    if opening is None:
        return signal
    at = respondent.end + opening.end()
    named = next(
        (
            m
            for m in document.mentions
            if m.start == at
            and m.via not in ("post", "demonym")
            and not document.is_person(m.ref)
            and document.text[m.start].isupper()
            and re.match(r"\s*,", document.text[m.end :])
        ),
        None,
    )
    return replace(signal, respondent=named) if named is not None else signal


def _its_government(document: Document, mention: Mention) -> Mention:
    """ "Angola's government signed", "the government accepted": the state's government where
    it is recorded as an actor of its own ("Government of Angola"), which answers rather than the
    state; the state where none is."""
    if (
        mention.via == "government"
        or _GOVERNMENT_AFTER.match(document.text, mention.end)
        # "The government, the party and the rebels signed": the state the article's bare
        # "government" stands for
        or (mention.via == "anaphor" and _BARE_GOVERNMENT.fullmatch(mention.text_in(document.text)))
        # "the Iranian delegation rejected", "the commissioners" a state sent: the people its
        # government sends to negotiate, where that government is an actor of its own
        or ITS_DELEGATION_AFTER.match(document.text, mention.end)
        or (
            mention.via == "anaphor"
            and A_DELEGATION_ALONE.fullmatch(mention.text_in(document.text))
        )
    ):
        return _recorded_government(document, mention)
    return mention


def _recorded_government(document: Document, mention: Mention) -> Mention:
    """A state's mention as its government, where the government is a recorded actor (the
    state itself may not be: "Liberia's government" for a recorded "Government of Liberia")."""
    return replace(mention, ref=document.government_of(mention.ref))


# "Angola's government", "the Angolan government" (read from the end of the state's name)
_GOVERNMENT_AFTER = re.compile(r"(?:['’]s)?\s+government\b", re.IGNORECASE)
_OF_ONE_NAMED = re.compile(r"\b(?:his|her|their|its)\s+$", re.IGNORECASE)
# "the government", "Government negotiators": a government no name or demonym qualifies
_BARE_GOVERNMENT = re.compile(r"\b(?:[Tt]he\s+)?[Gg]overnment\b")
_OF_A_PLACE = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


# "the rebel government", "a rival government", "the breakaway government": a government set
# up against the state's, which the bare "government" of the article does not name
_RIVAL_QUALIFIER = re.compile(
    r"\b(?:rebel|rival|breakaway|parallel|self-(?:proclaimed|declared|styled)|exiled|shadow|"
    r"insurgent|separatist|secessionist)\s+"
    r"(?:[a-z-]+\s+)?$"
)


def _a_rival_government(document: Document, mention: Mention) -> bool:
    if mention.via != "government" or not _BARE_GOVERNMENT.search(mention.text_in(document.text)):
        return False
    return bool(_RIVAL_QUALIFIER.search(document.text, max(0, mention.start - 40), mention.start))


# "groups in Uganda", "leaders in Qatar": a noun in lower case and "in" before a state's name
# (not "the authorities in Kenya", which are the state's)
_NOUN_IN_BEFORE = re.compile(
    r"\b(?!(?:government|authorities|leadership|regime|parliament|legislature|junta|rulers)\b)"
    r"[a-z]{3,}\s+(?:in|inside|across|throughout)\s+(?:the\s+)?$"
)


def _where_the_subject_is(document: Document, mention: Mention) -> bool:
    if mention.via not in ("name", "country") or not document.is_state(mention.ref):
        return False
    return bool(_NOUN_IN_BEFORE.search(document.text, max(0, mention.start - 40), mention.start))


# "Workers at Escondida rejected the offer", "staff at the plant": the people who work there
_PEOPLE_AT = re.compile(
    r"\b(?:workers|employees|staff|miners|dockers|strikers|unions?|nurses|teachers|pilots)\s+"
    r"(?:at|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "ratified by about 57,000 Ford workers", "Renault employees voted": the employer's name
# qualifying the people who work for it
_ITS_WORKFORCE_AFTER = re.compile(r"(?:['’]s)?\s+(?:workers|employees|staff)\b")
# "UAW workers": a union's name (its recorded name, "United Auto Workers") before its members
# is the union answering through them
_A_UNION_S_NAME = re.compile(
    r"\b(?:unions?|workers|employees|machinists|teamsters|guild|federation|confederation"
    r"|brotherhood|congress|association)\b",
    re.IGNORECASE,
)


def _workplace_of_the_subject(document: Document, mention: Mention) -> bool:
    """Whether a party is named as the workplace of the subject ("Workers at Escondida
    rejected the wage offer", "ratified by Ford workers"): the workers answer, not their
    employer."""
    if _PEOPLE_AT.search(document.text, max(0, mention.start - 30), mention.start):
        return True
    written = document.text[mention.start : mention.end]
    return bool(
        _ITS_WORKFORCE_AFTER.match(document.text, mention.end)
        and not _A_UNION_S_NAME.search(written)
        and not _A_UNION_S_NAME.search(document.actor_name(mention.ref))
    )


# "Member states of the World Health Organization adopted", "the member countries of the
# bloc": the states answer, each for itself, not the organisation they belong to (tune36c)
_MEMBER_STATES_OF = re.compile(
    r"\b(?:member|its|their|the)\s+(?:states|countries|nations|governments)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _states_of_the_organisation(document: Document, mention: Mention) -> bool:
    """Whether an organisation is named as the one whose member states are the subject
    ("Member states of the WHO adopted the text"): the states answer, not it (tune36c)."""
    return document.kind_of(mention.ref) == "international_org" and bool(
        _MEMBER_STATES_OF.search(document.text, max(0, mention.start - 40), mention.start)
    )


_ANOTHER_BEFORE = re.compile(r"\b(?:[Aa]nother|[Aa]\s+(?:second|third|fourth)|[Oo]ne\s+more)\s+$")


def _another_of_its_kind(document: Document, mention: Mention) -> bool:
    """Whether an anaphor ("armed group") is told as another of its kind than those named
    before: it names a new one (often in apposition after it), not the one it would resolve
    to."""
    return mention.via == "anaphor" and bool(
        _ANOTHER_BEFORE.search(document.text, max(0, mention.start - 20), mention.start)
    )


def _government_of_another_place(document: Document, mention: Mention) -> bool:
    """ "the government of the Bophuthatswana homeland": a bare "government" read as the
    article's state, though the name after it tells another's (not "the government of South
    Africa", where the state's own name follows)."""
    if not _BARE_GOVERNMENT.fullmatch(mention.text_in(document.text)):
        return False
    of = _OF_A_PLACE.match(document.text, mention.end)
    return (
        of is not None
        and not any(
            (m.start == of.end() and m.ref == mention.ref)
            # "the government of President Virgilio Barco" (tune38g): the government of the
            # state whose recorded post the person after "of" holds
            or (
                of.end() <= m.start <= of.end() + 40
                and not document.text[of.end() : m.start].strip(" .").islower()
                and document.is_person(m.ref)
                and document.gazetteer.body_of_post(m.ref) == mention.ref
            )
            for m in document.mentions
        )
    )


# "in Lusaka, Zambia,", "from Maputo, Mozambique,": a place and the country it lies in
_PLACE_BEFORE_ITS_COUNTRY = re.compile(
    r"\b(?:in|from|at|near|outside)\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+,\s+$"
)


def _country_of_a_place(document: Document, mention: Mention) -> bool:
    return (
        document.kind_of(mention.ref) == Actor.Kind.STATE
        and re.match(r"\s*,", document.text[mention.end : mention.end + 3]) is not None
        and _PLACE_BEFORE_ITS_COUNTRY.search(
            document.text, max(0, mention.start - 60), mention.start
        )
        is not None
    )


def _with_the_government(document: Document, sentence) -> list[Mention]:
    """The sentence's actors, "the government" read as the state whose government the article
    names ("Colombia's government"), else as the state it names most ("Government negotiators
    had rejected the opposition's demand" in an article on Kenya)."""
    mentions = mentions_with_the_government(document, sentence.start, sentence.end)
    states_at = [
        m.start
        for m in document.mentions_between(sentence.start, sentence.end)
        if document.is_state(m.ref)
    ]
    state = None
    for match in _BARE_GOVERNMENT.finditer(document.text, sentence.start, sentence.end):
        start, end = match.span()
        if any(at < start for at in states_at):
            # "An Iraqi official said the government ...": not the one named most (but "The
            # government turned down the rebels' request that ... the United States, Russia and
            # Portugal mediate": states named only after it are not whose government it is)
            break
        if any(m.start < end and start < m.end for m in mentions):
            continue
        if re.search(r"(?:['’]s|[A-Z][\w-]*)\s+$", document.text[sentence.start : start]):
            continue  # "Kenya's government", "the Kenyan government": named by the actors step
        if document.in_quote(start, end):
            continue
        # (the states named after it in its sentence not counted either)
        state = state or state_named_most(
            [m for m in document.mentions if not sentence.start <= m.start < sentence.end]
            if states_at
            else document.mentions,
            document.is_state,
            clearly=True,
        )
        if state is None:
            break
        mentions.append(Mention(start, end, -1, -1, state, "government"))
    return sorted(mentions, key=lambda m: m.start)


# "Front for Democracy in Burundi", "Parliament of Kenya": a state's name ending a body's
_NAME_GOES_ON = re.compile(r"\s+(?:in|of|for)\s+(?:the\s+)?")


def _whole_names(document: Document, mentions: list[Mention]) -> list[Mention]:
    """A name that qualifies the next one ("U.N. Security Council": the council, not the U.N.)
    or a state's name that ends a body's ("Front for Democracy in Burundi": the front, not
    Burundi) is part of the body's name, which answers alone, written in full."""
    ordered = sorted(mentions, key=lambda m: m.start)
    whole = []
    for mention in ordered:
        before = whole[-1] if whole else None
        if before is None or document.is_person(mention.ref) or document.is_person(before.ref):
            whole.append(mention)
            continue
        between = document.text[before.end : mention.start]
        if between.isspace() and mention.via not in ("post", "demonym"):
            # the first qualifies the second: "U.N. Security Council", "AU Commission"
            whole[-1] = replace(mention, start=before.start)
        elif (
            _NAME_GOES_ON.fullmatch(between)
            and document.is_state(mention.ref)
            and not document.is_state(before.ref)
            and before.via not in ("post", "demonym", "common noun")
            and document.text[before.end - 1].isalpha()
            and document.text[before.start].isupper()
            # "The Troika of the U.S., U.K. and Norway": a group and its members
            and not _GROUP_HEAD.search(document.text[before.start : before.end])
        ):
            whole[-1] = replace(before, end=mention.end)
        else:
            whole.append(mention)
    return whole


_CAPITALS = re.compile(
    r"\b(?:"
    + "|".join(re.escape(c) for c in sorted(STATE_CAPITALS, key=len, reverse=True))
    + r")\b"
)
# "talks in Doha", "flew to Kigali", "the road from Kyiv to ...": a capital as a place
_PLACE_BEFORE = re.compile(
    r"\b(?:in|to|from|at|near|outside|via|into|across|of|for|between|and|toward|towards)\s+$",
    re.IGNORECASE,
)


def _capitals_in(document: Document, sentence, mentions) -> list[Mention]:
    """ "Beirut answered with amendments", "Kigali welcomed the call": a capital the actors step
    did not read as its state stands for the recorded state (a response phrase must follow it for
    a signal, and a capital after "in", "to" or "from" is a place)."""
    found = []
    # the text read without accents, as the table is ("turned down by Asunción")
    folded = fold_accents(document.text[sentence.start : sentence.end])
    for match in _CAPITALS.finditer(folded):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if _a_seat_named_as_a_place(document, sentence, start, end, mentions):
            continue
        # its present state, else a state since dissolved it was the seat of
        state = document.gazetteer.first_recorded_state(
            [STATE_CAPITALS[match.group(0)], *FORMER_STATES_OF_SEAT.get(match.group(0), [])]
        )
        if state is not None:
            found.append(Mention(start, end, -1, -1, f"actor:{state}", "capital"))
    return found


def _a_seat_named_as_a_place(document: Document, sentence, start, end, mentions) -> bool:
    """Whether a seat of government stands for a place, not for its state: inside a name the
    actors step read, after "in", "to" or "from", after "capital" ("in the Sudanese capital
    Khartoum and initialled there"), or before "-based" ("the Tripoli-based parliament")."""
    return (
        any(m.start < end and start < m.end for m in mentions)
        or bool(_PLACE_BEFORE.search(document.text[sentence.start : start]))
        or bool(re.search(r"\bcapital,?\s+$", document.text[sentence.start : start]))
        or bool(re.match(r"-based\b", document.text[end:]))
    )


# the seats of government a state has since moved, as words (`FORMER_CAPITALS`)
_FORMER_CAPITAL_NAMES = re.compile(
    r"\b(?:"
    + "|".join(re.escape(c) for c in sorted(FORMER_CAPITALS, key=len, reverse=True))
    + r")\b"
)


def _former_capitals_in(document: Document, sentence, mentions) -> list[Mention]:
    """ "Petrograd wired its acceptance" (1918), "Bonn answered" (before 1999): a former seat of
    government stands for its state while it was the seat, as a capital does (`_capitals_in`),
    unless named as a place or inside a quotation (tune36c)."""
    found = []
    for match in _FORMER_CAPITAL_NAMES.finditer(document.text, sentence.start, sentence.end):
        start, end = match.span()
        if _a_seat_named_as_a_place(document, sentence, start, end, mentions):
            continue
        if document.in_quote(start, end):
            continue
        state = _capital_s_state(document, match.group(0))
        if state is not None:
            found.append(Mention(start, end, -1, -1, state, "capital"))
    return found


# "the opposition", "leftist guerrillas", "the insurgents": a party named by what it is
_COMMON_NOUN = re.compile(
    r"\b(?:(?:[Tt]he\s+|(?:leftist|rightist|marxist|islamist|armed)\s+)+"
    # "Venezuela's government and opposition signed": the bare noun shares the article of
    # the government it is joined to
    r"|(?<=government\sand\s))"
    # "was thrown out by the strikers": the strike's committee, which answers for them
    r"(?P<noun>opposition|guerrillas|insurgents|rebels|militants|strikers)\b(?!\s+[A-Z])"
    # "Lawmakers, who are due to reconvene, have yet to see the bill": the legislature's
    r"|\b(?P<members>[Ll]awmakers|[Ll]egislators|[Pp]arliamentarians|MPs)\b"
    # "The agreement was debated by the council, and its members endorsed it": the body's
    # members vote its answer
    r"|\b(?P<its_members>[Ii]ts\s+(?:members|lawmakers|legislators|deputies|delegates))\b"
)
# the head words of a legislature's name
_LEGISLATURE = re.compile(
    r"\b(?:congress|parliament|senate|assembly|knesset|duma|majlis|legislature)\b", re.I
)
_COMMON_NOUN_KINDS = {
    "guerrillas": ("armed_group", "political_movement"),
    "insurgents": ("armed_group",),
    "rebels": ("armed_group", "political_movement"),
    "militants": ("armed_group", "political_movement"),
}
# "Union leaders turned it down", "rebel commanders signed", "party officials said they had
# accepted": a kind of body in lower case before its people, who answer for the one body of
# that kind the article names (not "Hutu party leaders", "the four party leaders": several
# bodies of the kind, told apart by the word before) (t56g)
_A_KIND_S_PEOPLE = re.compile(
    r"\b(?P<kind>[Uu]nion|[Rr]ebel|[Gg]uerrilla|[Pp]arty)\s+" + PEOPLE_AFTER_A_KIND_OF_BODY + r"\b"
    r"(?!\s+(?:of|from)\b|['’])"
)
# the words before a kind of body that make its people those of several bodies or of another
_SEVERAL_OF_THE_KIND = re.compile(
    r"(?:\b(?i:two|three|four|five|six|seven|both|all|other|several|many|some|opposition"
    r"|rival|smaller|main|major)|\d|(?<![.!?]\s)(?<![.!?][\"”]\s)\b"
    # ("On Tuesday union leaders rejected": a day told before them names no body)
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w'’-]*)\s+$"
)


def _common_nouns_in(document: Document, sentence, mentions) -> list[Mention]:
    """ "The opposition had turned down ...", "El Salvador's government and leftist guerrillas
    agreed": "the opposition" is the party whose name says so ("United Tajik Opposition") or
    that the article introduced as one ("the opposition Unitary Platform"); guerrillas, rebels
    and insurgents the one armed group the article names (where the actors step read none)."""
    found = []
    for match in _COMMON_NOUN.finditer(document.text, sentence.start, sentence.end):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue
        if document.in_quote(start, end):
            continue
        if match.group("its_members"):
            ref = _the_one_body_before(document, sentence, start)
        elif match.group("members"):
            ref = _the_legislature(document) or _an_unrecorded_legislature(document, match)
        else:
            ref = _party_called(document, match.group("noun").lower())
        if ref is not None:
            found.append(Mention(start, end, -1, -1, ref, "common noun"))
    for match in _A_HOUSE_OF_IT.finditer(document.text, sentence.start, sentence.end):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in mentions + found):
            continue
        ref = _the_legislature_named_last(document, start)
        if ref is not None and not document.in_quote(start, end):
            found.append(Mention(start, end, -1, -1, ref, "common noun"))
    for match in [
        *_THE_TAIL_OF_A_NAME.finditer(document.text, sentence.start, sentence.end),
        *_THE_HEAD_NOUN.finditer(document.text, sentence.start, sentence.end),
        *_THE_CAPITALISED_HEAD_NOUN.finditer(document.text, sentence.start, sentence.end),
    ]:
        start, end = match.span()
        if any(m.start < end and start < m.end for m in mentions + found):
            continue
        if document.in_quote(start, end):
            continue
        head = match.group("head").casefold()
        ref = (
            _the_one_named_with_the_head(document, head, start)
            or _the_one_named_with_the_head_before_of(document, head, start)
            or _the_one_named_for_its_members(document, head, start)
            or _the_one_body_of_its_people(document, head, start)
            or (the_one_union_named_before(document, start) if head == "union" else None)
        )
        if ref is not None:
            found.append(Mention(start, end, -1, -1, ref, "common noun"))
    for match in _A_KIND_S_PEOPLE.finditer(document.text, sentence.start, sentence.end):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in mentions + found):
            continue
        if document.in_quote(start, end) or _SEVERAL_OF_THE_KIND.search(
            document.text, sentence.start, start
        ):
            continue
        ref = _the_one_body_of_the_kind(document, match.group("kind").casefold(), start)
        if ref is not None:
            found.append(Mention(start, end, -1, -1, ref, "common noun"))
    return found


def _the_one_body_of_the_kind(document: Document, kind: str, before: int) -> str | None:
    """The one body of a kind ("union", "rebel", "party") the article names before `before`:
    a trade union by its name, an armed group by its kind, a party by its name's head."""
    if kind == "union":
        return the_one_union_named_before(document, before) or _the_one_named_with_the_head(
            document, "union", before
        )
    if kind in ("rebel", "guerrilla"):
        return _party_called(document, kind + "s")
    return _the_one_named_with_the_head(document, kind, before)


# "The union's executive has yet to respond", "the front's delegation rejected": a body named
# again by the last word of its name, whose organ or delegation answers for it
_THE_HEAD_NOUN_S_ORGAN = re.compile(
    r"\b[Tt]he\s+(?P<head>[a-z]{4,})(?=['’]s?\s+(?:"
    + _DECIDING_ORGAN
    + "|"
    + _DELEGATION
    # "the union's leaders would sign", "the company's directors accepted": its leaders or its
    # board together answer for it, as its executive does (t56g)
    + r"|leaders|directors)\b)"
)


# where a clause's subject may open: the sentence's start, "..., and", "but", "said (that)"
_A_SUBJECT_OPENS = re.compile(
    r"(?:^|[.!?][\"”]?\s+|(?:[,;]\s*(?:and|but|while)?|\b(?:and|but|while|said|says|that))\s*)"
    r"[\"“]?\s*$",
    re.IGNORECASE,
)


# "Resident doctors in England have voted to accept the offer, the union said": a plural
# common noun opening the sentence (past a place it is in) whose predicate is a vote
_MEMBERS_WHO_VOTED = re.compile(
    r"\s*(?P<subject>[A-Z][a-z]+(?:\s+[a-z]+){0,3}?s(?:\s+(?:in|at|of)\s+[A-Z][\w-]+)?)"
    r"(?=\s+(?:have\s+|had\s+)?voted\s+(?:\w+ly\s+)?to\s)"
)
# ", the British Medical Association said on Monday.": the body the vote is told by, closing
_TOLD_BY_THE_BODY = re.compile(r",\s+(?:the\s+)?$")
_SAID_CLOSING = re.compile(r"\s+(?:said|says|announced)\b[^,;]*$")
_BODIES_OF_MEMBERS = (
    Actor.Kind.OTHER,
    Actor.Kind.POLITICAL_MOVEMENT,
    Actor.Kind.ARMED_GROUP,
)


def _members_voting_told_by_their_body(document: Document, sentence, mentions) -> list[Mention]:
    """ "Resident doctors in England have voted to accept a pay offer, ..., the British
    Medical Association said": members, no actor, voting on a text, in a sentence that closes
    on the body (neither a state, a government's nor a person) that tells the result: the
    ballot is that body's answer."""
    match = _MEMBERS_WHO_VOTED.match(document.text, sentence.start, sentence.end)
    if match is None or document.in_quote(match.start("subject")):
        return []
    start, end = match.span("subject")
    if any(m.start < end and start < m.end for m in mentions):
        return []
    for told in document.mentions_between(end, sentence.end):
        if (
            _TOLD_BY_THE_BODY.search(document.text, end, told.start)
            and _SAID_CLOSING.match(document.text[told.end : sentence.end])
            and document.kind_of(told.ref) in _BODIES_OF_MEMBERS
        ):
            return [Mention(start, end, -1, -1, told.ref, "common noun")]
    return []


def _head_nouns_with_their_organ(document: Document, sentence, mentions) -> list[Mention]:
    """ "The union's executive", "the movement's negotiators": the body named before whose
    name's last word the head noun is (`_THE_HEAD_NOUN`, which leaves out a possessive)."""
    found = []
    for match in _THE_HEAD_NOUN_S_ORGAN.finditer(document.text, sentence.start, sentence.end):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in mentions) or document.in_quote(start):
            continue
        if not _A_SUBJECT_OPENS.search(document.text[sentence.start : start]):
            continue  # "X, who chairs the assembly's council, signed": no subject of its own
        head = match.group("head")
        ref = (
            _the_one_named_with_the_head(document, head, start)
            or _the_one_named_with_the_head_before_of(document, head, start)
            # "the union's leaders" after "the United Steelworkers": the one trade union,
            # named without the word, as "the union" is read (t56g)
            or (the_one_union_named_before(document, start) if head == "union" else None)
        )
        if ref is not None:
            found.append(Mention(start, end, -1, -1, ref, "common noun"))
    return found


# "speaker of the State Duma, said the lower house would ...": a house of the legislature named
# last before it
_A_HOUSE_OF_IT = re.compile(r"\b[Tt]he\s+(?:lower|upper)\s+(?:house|chamber)\b")


def _the_legislature_named_last(document: Document, before: int) -> str | None:
    """The legislature the sentence names last before `before`, else none."""
    sentence = document.sentence_at(before)
    named = [
        m.ref
        for m in document.mentions_between(sentence.start, before)
        if not document.is_person(m.ref)
        and not document.is_state(m.ref)
        and _LEGISLATURE.search(document.actor_name(m.ref))
    ]
    return named[-1] if named else None


# "the junta" after "the Renamo Military Junta", "the party" after "the Christian Democratic
# People's Party": a body named again by the last word of its name
_THE_HEAD_NOUN = re.compile(r"\b[Tt]he\s+(?P<head>[a-z]{4,})\b(?!['’]|\s+[A-Z])")
# "both the Bank and the IMF turned down" after "the World Bank": the head of a body's name
# written with its capital, as house style names an institution again (not "the Bank of
# England", "the Council Presidency": a name of its own)
_THE_CAPITALISED_HEAD_NOUN = re.compile(
    r"\b[Tt]he\s+(?P<head>[A-Z][a-z]{3,})\b(?!['’]|\s+(?:of|for)\b|\s+[A-Z])"
)
# head words too common to stand for one body (a state's government is read apart)
_NOT_A_HEAD_NOUN = {
    "government", "state", "states", "republic", "kingdom", "people", "region", "country",
    "nations", "islands", "authority", "authorities", "forces", "army", "administration",
}  # fmt: skip


def _the_one_named_with_the_head(document: Document, head: str, before: int) -> str | None:
    """The one body (not a person nor a state) named before `before` by a name of two words or
    more that ends in `head` ("the chiefs"; or in the last words of a longer name, "the
    hereditary chiefs" for the Wet'suwet'en Hereditary Chiefs)."""
    if head in _NOT_A_HEAD_NOUN:
        return None
    tail = head.split()
    # "the chiefs", "the elders": a head in the plural names a body whose name is a plural
    # noun, never one named in the singular ("Coastal GasLink"), which is then no rival
    plural = _A_PLURAL_HEAD.fullmatch(tail[-1]) is not None
    named, of_its_kind = set(), {}
    for mention in document.mentions:
        if mention.start >= before or mention.via in ("post", "demonym", "common noun"):
            continue
        if document.is_person(mention.ref) or document.is_state(mention.ref):
            continue
        words = document.actor_name(mention.ref).split()
        if not plural or _A_PLURAL_HEAD.fullmatch(words[-1].casefold()):
            of_its_kind.setdefault(document.kind_of(mention.ref), set()).add(mention.ref)
        if len(words) > len(tail) and [w.casefold() for w in words[-len(tail) :]] == tail:
            named.add(mention.ref)
    if len(named) != 1:
        return None
    (ref,) = named
    if document.actor_name(ref).split()[-1] == tail[-1]:
        # "the siida" after "Nord-Fosen siida": a name closed by its noun in lower case tells
        # its class, as the names of others of that class would ("Sør-Fosen sijte")
        return ref
    # not where another body of its kind was named ("the party" after the Ulster Unionist Party
    # and Sinn Fein may be either)
    return ref if of_its_kind[document.kind_of(ref)] == {ref} else None


# a plural noun ending a body's name ("Chiefs", "Elders"; not "Congress", "Ministries")
_A_PLURAL_HEAD = re.compile(r"[a-z]{3,}[^s'’]s")
# "the hereditary chiefs": the last two words of a body's name, in lower case
_THE_TAIL_OF_A_NAME = re.compile(r"\b[Tt]he\s+(?P<head>[a-z]{4,}\s+[a-z]{4,}s)\b(?!['’]|\s+[A-Z])")


# "the Alliance of Motion Picture Producers" named again as "the alliance": the head of a name
# whose complement follows it ("<Head> of <...>"; "the Inter-American Commission on Human
# Rights" named again as "the commission")
_HEAD_BEFORE_OF = re.compile(r"(?P<head>[A-Z][a-z]{3,})\s+(?:of|for|on)\s+")


def _the_one_named_with_the_head_before_of(
    document: Document, head: str, before: int
) -> str | None:
    """The one body (not a person nor a state) named before `before` whose name puts `head`
    before its complement ("the alliance" for the Alliance of Motion Picture and Television
    Producers, "the guild" for the Writers Guild of America); where its branches share the head
    ("Writers Guild of America West"), the one body they all belong to."""
    if head in _NOT_A_HEAD_NOUN:
        return None
    named = set()
    for mention in document.mentions:
        if mention.start >= before or mention.via in ("post", "demonym", "common noun"):
            continue
        if document.is_person(mention.ref) or document.is_state(mention.ref):
            continue
        heads = _HEAD_BEFORE_OF.finditer(document.actor_name(mention.ref))
        if any(h.group("head").casefold() == head for h in heads):
            named.add(mention.ref)
    if len(named) == 1:
        return next(iter(named))
    # the body its branches named with the same head all belong to (itself named or not)
    parents = {_parent_ref(document, ref) or ref for ref in named}
    if len(parents) == 1:
        (parent,) = parents
        heads = _HEAD_BEFORE_OF.finditer(document.actor_name(parent))
        return parent if any(h.group("head").casefold() == head for h in heads) else None
    return None


def _the_one_named_for_its_members(document: Document, head: str, before: int) -> str | None:
    """ "the employers" for the Swedish Employers' Confederation, "the typographers" for the
    Typographers' Union: the one body (not a person nor a state) named before `before` whose
    name holds `head`, a plural, as its members' possessive ("Employers'")."""
    if head in _NOT_A_HEAD_NOUN or _A_PLURAL_HEAD.fullmatch(head) is None:
        return None
    named = set()
    for mention in document.mentions:
        if mention.start >= before or mention.via in ("post", "demonym", "common noun"):
            continue
        if document.is_person(mention.ref) or document.is_state(mention.ref):
            continue
        words = document.actor_name(mention.ref).casefold().split()
        if any(word in (f"{head}'", f"{head}’") for word in words[:-1]):
            named.add(mention.ref)
    return next(iter(named)) if len(named) == 1 else None


# a body of employers by its name: "Confederation of Industry", "Federation of Engineering
# Industries", "Shipowners' Committee", "Manufacturers' Association", "Chamber of Mines"
_EMPLOYERS_BODY = re.compile(
    r"\b(?:Confederation|Federation|Association|Union)\s+of\s+(?:[A-Z][\w-]*\s+(?:and\s+)?)*"
    # (a possessive: "National Employers Federation" is no body named for its members, tune44h)
    r"Industr(?:y|ies)\b|\b(?:Employers|Shipowners|Owners|Manufacturers)['’]"
    r"|\bChamber\s+of\s+Mines\b"
)


# the people who make up a kind of body, and the word its name holds for that kind: "the
# bishops agreed" for the Polish Episcopate (an episcopal conference is its bishops), "the
# local" for AFSCME Local 1733 (a union local is named by its number)
_PEOPLE_OF_A_BODY = {
    "bishops": re.compile(r"\bEpiscopa(?:te|l)\b"),
    "local": re.compile(r"\bLocal\s+\d+\b"),
    # "a request the junta turned down" after the Transitional Military Council: a junta is
    # the council (committee, government) of officers that rules
    "junta": re.compile(r"\bMilitary\s+(?:Council|Committee|Government|Junta)\b"),
    # "which the tribe accepted" after Te Runanga o Ngai Tahu: the council of a tribe (iwi)
    "tribe": re.compile(r"\b(?:Tribe|Tribal|Iwi|R[uū]nanga)\b"),
    # "The owners signed under protest" after the General Confederation of Industry: the
    # employers' body of an industry, by what its name says it gathers
    "owners": _EMPLOYERS_BODY,
    "employers": _EMPLOYERS_BODY,
}

# "rejected by the local.", "the local voted": "local" as a noun, not before the noun it qualifies
_THE_LOCAL_ALONE = re.compile(
    r"[Tt]he\s+local\b(?!\s+(?!(?:had|has|have|was|would|will|did|then|also|voted|rejected"
    r"|accepted|agreed|refused|turned|said|says)\b)[a-z])"
)


def _the_one_body_of_its_people(document: Document, head: str, before: int) -> str | None:
    """ "The commissioners declined", "turned down by the bishops": the one body (not a person
    nor a state) named before `before` whose name says it is made up of those people
    (`_PEOPLE_OF_A_BODY`); with two such bodies named, they could be either's."""
    kind = _PEOPLE_OF_A_BODY.get(head)
    if kind is None:
        return None
    if head == "local" and not _THE_LOCAL_ALONE.match(document.text, before):
        return None  # "the local administration": the adjective before its noun
    named = {
        mention.ref
        for mention in document.mentions
        if mention.start < before
        and mention.via not in ("post", "demonym", "common noun")
        and not document.is_person(mention.ref)
        and not document.is_state(mention.ref)
        and kind.search(document.actor_name(mention.ref))
    }
    return next(iter(named)) if len(named) == 1 else None


def _parent_ref(document: Document, ref: str) -> str | None:
    if not ref.startswith("actor:") or ":new:" in ref:
        return None
    parent_id = document.gazetteer.actor(int(ref.split(":")[1])).parent_id
    return f"actor:{parent_id}" if parent_id else None


def _the_one_body_before(document: Document, sentence, offset: int) -> str | None:
    """The one body, neither a person nor a state, that a sentence names before `offset` ("its
    members" are that body's), else none: with two, "its" could be either's."""
    named = {
        m.ref
        for m in document.mentions_between(sentence.start, offset)
        if m.via not in ("post", "demonym")
        and not document.is_person(m.ref)
        and not document.is_state(m.ref)
        and not document.in_quote(m.start, m.end)
    }
    return next(iter(named)) if len(named) == 1 else None


def _the_legislature(document: Document) -> str | None:
    """The one legislature the article names ("Parliament", "Congress of Colombia")."""
    named = {
        m.ref
        for m in document.mentions
        if not document.is_person(m.ref)
        and _LEGISLATURE.search(document.actor_name(m.ref))
        and not document.is_state(m.ref)
    }
    return next(iter(named)) if len(named) == 1 else None


# "until parliament passes an amnesty law": a legislature the article writes in lower case
_LEGISLATURE_IN_LOWER_CASE = re.compile(
    r"\b(?:parliament|the\s+legislature|congress|the\s+national\s+assembly)\b(?!\s+[A-Z])"
)


# "the Saudis have not yet said whether they will": a demonym in the plural, as a noun, stands
# for its state's government (not "the Saudis' influence", nor "the Serbs of Bosnia")
_PLURAL_DEMONYM = re.compile(r"\b[Tt]he\s+(?P<demonym>[A-Z][a-z]+)s\b(?![’']|\s+(?:of|in)\b)")
# a one-word demonym -> its country's code
_CODE_OF_DEMONYM = {
    demonym.casefold(): code
    for code, _name, _others, demonyms in COUNTRIES
    for demonym in demonyms
    if " " not in demonym
}


def _plural_demonyms_in(document: Document, sentence, mentions) -> list[Mention]:
    """ "The Saudis have not yet said whether they will", "the Syrians rejected it": the
    recorded state whose demonym is written in the plural, where no actor is read there."""
    found = []
    for match in _PLURAL_DEMONYM.finditer(document.text, sentence.start, sentence.end):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in document.mentions + mentions):
            continue
        if document.in_quote(start, end):
            continue
        code = _CODE_OF_DEMONYM.get(match.group("demonym").casefold())
        state = document.gazetteer.state_of_country(code) if code else None
        if state is not None:
            found.append(Mention(start, end, -1, -1, f"actor:{state}", "country"))
            continue
        party = _party_opening_with(document, _NAME_OF_CODE.get(code) or match.group("demonym"))
        if party is not None:
            found.append(Mention(start, end, -1, -1, party, "country"))
    return found


# a country's code -> its one-word name ("PS" -> "Palestine")
_NAME_OF_CODE = {code: name for code, name, _others, _demonyms in COUNTRIES if " " not in name}


def _party_opening_with(document: Document, word: str) -> str | None:
    """ "the Palestinians countered", where no state of Palestine is recorded: the one recorded
    body the article names whose name opens with the people's country ("Palestine Liberation
    Organisation"), or with the plural's singular ("the Colorados": "Colorado Party"); none
    where two such bodies are named (or a person)."""
    named = set()
    for mention in document.mentions:
        if ":new:" in mention.ref or document.is_person(mention.ref):
            continue
        actor = document.gazetteer.actor(int(mention.ref.split(":")[1]))
        if (
            actor is not None
            and actor.kind != Actor.Kind.STATE
            and re.match(re.escape(word) + r"\b", actor.name, re.IGNORECASE)
        ):
            named.add(mention.ref)
    return next(iter(named)) if len(named) == 1 else None


def _an_unrecorded_legislature(document: Document, match) -> str | None:
    """ "a bill that lawmakers have yet to vote on", where the article names no legislature
    but writes one in lower case ("until parliament passes ..."): the lawmakers are that
    legislature, new to the records, as they are written."""
    if not _LEGISLATURE_IN_LOWER_CASE.search(document.text):
        return None
    return "actor:new:" + match.group("members").casefold()


def _party_called(document: Document, noun: str) -> str | None:
    named = {}
    for mention in document.mentions:
        ref = mention.ref
        if ref in named or mention.via in ("post", "demonym", "common noun"):
            continue
        if ":new:" in ref:
            actor = document.new_actors.get(ref)
            name, kind = (actor.name, actor.kind) if actor else ("", "")
        else:
            actor = document.gazetteer.actor(int(ref.split(":")[1]))
            name, kind = actor.name, actor.kind
        before = document.text[max(0, mention.start - 12) : mention.start]
        if noun == "opposition":
            if "opposition" in name.casefold() or re.search(r"\bopposition\s+$", before, re.I):
                named[ref] = True
        elif noun == "strikers":
            # the one body the article names as the strike's ("Lawrence Strike Committee")
            if re.search(r"\bstrike\b", name, re.I) and kind != Actor.Kind.PERSON:
                named[ref] = True
        elif kind in _COMMON_NOUN_KINDS[noun]:
            named[ref] = True
    return next(iter(named)) if len(named) == 1 else None


_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")


# ", and at Monday's sitting he announced ...": a short phrase of time or place before the
# pronoun (tune36e)
_OPENS_A_CLAUSE_OF_ITS_OWN = re.compile(
    r"(?:,\s+(?:but|and|yet)|;)\s+(?:(?:at|on|in|after|by)\s+[^,;]{1,30}?,?\s+|then\s+|later\s+)?$"
)


# "At National Airport, a controller coming off the overnight shift said he had voted against
# the contract": a person of the street, unnamed, reporting what he did himself; not "An aide
# said he would give his answer", whose "he" is the one the aide speaks for (r69respondent)
_A_PERSON_OF_THE_STREET_SAYING = re.compile(
    rf"\b(?:a|an|one|another)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{COMMON_PEOPLE})\b"
    r"[^,;.“”\"]{0,60}?\s+(?:said|says|added|told\s+\w+)\s+(?:that\s+)?$",
    re.IGNORECASE,
)


def _said_of_himself_by_one_unnamed(document: Document, sentence, pronoun_start: int) -> bool:
    """ "a controller coming off the overnight shift said he had voted against the contract":
    the pronoun is the unnamed speaker himself, no one the article names."""
    return bool(_A_PERSON_OF_THE_STREET_SAYING.search(document.text, sentence.start, pronoun_start))


def _pronouns_in(document: Document, sentence, told_before) -> list[Mention]:
    """ "He accepted the final text", "An aide said he had not seen the text", "It said it
    needed to consult its bases": "he" or "she" stands for the person named last (in its
    sentence or the two before); "it", "they" or "both" as the subject of a clause for the
    bodies `_bodies_a_subject_pronoun_stands_for` reads (a response phrase must follow it for
    a signal)."""
    found = []
    index = document.sentences.index(sentence)
    window_start = document.sentences[max(0, index - 2)].start
    for match in _PERSONAL_PRONOUN.finditer(document.text, sentence.start, sentence.end):
        if document.in_quote(match.start(), match.end()):
            continue
        if _said_of_himself_by_one_unnamed(document, sentence, match.start()):
            continue
        people_before = _people_before_the_pronoun(document, sentence, match.start())
        if people_before and not _OPENS_A_CLAUSE_OF_ITS_OWN.search(
            document.text, sentence.start, match.start()
        ):
            # "X, who ..., said she would wait": X answers, read as X's own speech (but in "X
            # had come under pressure to ..., but he refused" the pronoun is a clause's subject)
            continue
        # "she" is not the man named last when the article shows him to be one (tune43f)
        people = [
            m
            for m in document.mentions_between(window_start, match.start())
            if document.is_person(m.ref)
            and document.fits_pronoun(m.ref, match.group(0))
            # "met the players at Oakdale Golf and Country Club ... He refused": a surname read
            # ahead of its full name, inside another name, is no one he can stand for
            and not _a_surname_inside_another_name(document, m)
        ]
        if people:
            subject = _subject_before(document, sentence, match.start()) or (
                _person_subject_of_the_clause_before(document, sentence, match.start())
            )
            if subject is not None and not document.fits_pronoun(subject, match.group(0)):
                subject = None
            if subject is None and not people_before:
                # "Poska, Estonia's foreign minister, met Joffe on Monday. He rejected the plan":
                # the person the sentence before is about, its subject, as the meetings step
                # reads him, rather than the one it names last
                told = person_a_pronoun_stands_for(document, sentence.start, pronoun=match.group(0))
                if (
                    told is not None
                    and told.ref in {m.ref for m in people}
                    # "Katsura and the elder statesmen met ... and instructed Komura": a
                    # subject of two is no "he"
                    and not re.match(r"\s+and\s", document.text[told.end :])
                ):
                    subject = told.ref
            ref = subject or people[-1].ref
            found.append(Mention(match.start(), match.end(), -1, -1, ref, "pronoun"))
    for clause in document.clauses_of(sentence):
        found.extend(_bodies_a_subject_pronoun_stands_for(document, sentence, clause, told_before))
    return found


# "Two days later, on hearing that the Sultan's troops had moved, he withdrew": a phrase put
# before the pronoun's clause, closed by a comma right before it
_PHRASE_PUT_BEFORE_THE_PRONOUN = re.compile(r",\s*$")


def _people_before_the_pronoun(document: Document, sentence, pronoun_start: int) -> list:
    """The people named in the sentence before a "he" or "she" who may be its clause's own
    subject ("X, who ..., said she would wait"), leaving out, when a phrase put before the
    pronoun ends right before it, the possessives in that phrase ("on hearing that the Sultan's
    troops had moved, he withdrew his consent": whose troops, no subject the pronoun repeats)."""
    people = [
        m
        for m in document.mentions_between(sentence.start, pronoun_start)
        if document.is_person(m.ref)
    ]
    if not _PHRASE_PUT_BEFORE_THE_PRONOUN.search(document.text, sentence.start, pronoun_start):
        return people
    return [m for m in people if not re.match(r"['’]s?\s", document.text[m.end : m.end + 3])]


def _person_subject_of_the_clause_before(document: Document, sentence, pronoun_start: int):
    """ "Helmut Schmidt, the Social Democrats' deputy floor leader, had accepted Mr.
    Kiesinger's offer ..., but he withdrew that acceptance": "he" opening a clause of its own
    after ", but" or ", and" stands for the person the sentence's first clause is about, its
    subject, rather than the one named last (the offer's author); None where that subject is
    no one person."""
    if not _OPENS_A_CLAUSE_OF_ITS_OWN.search(document.text, sentence.start, pronoun_start):
        return None
    subject = _subject_of(document, sentence, pronoun_start)
    if not isinstance(subject, list) or len(subject) != 1:
        return None
    if not document.is_person(subject[0].ref) or subject[0].via in ("post", "pronoun"):
        return None
    return subject[0].ref


# "it is not clear whether ...", "it was agreed that ...", "it remains to be seen": "it" that
# stands for no one, before a verb of being, seeming or happening
_IT_STANDING_FOR_NO_ONE = re.compile(
    r"it\s+(?:(?:is|was|has\s+been|had\s+been|would\s+be|will\s+be|may\s+be|might\s+be"
    r"|seems|seemed|appears|appeared|remains|remained|became|becomes|looks|looked|happened"
    r"|took|takes|emerged|transpired|follows|followed)\b|\w+ed\s+(?:that|whether)\b)",
    re.IGNORECASE,
)
_A_SPAN_OF_TIME_IN_WHICH = re.compile(
    r"\b(?:years?|months?|weeks?|days?|period|decades?|times?)\s+(?:(?:in|during)\s+which|when)"
    r"\s+$",
    re.IGNORECASE,
)
# "said two days later that it", "has not said when it": what may stand between a verb of
# saying and the pronoun opening the clause it reports
_TO_THE_REPORTED_PRONOUN = re.compile(r"[^,;.“”\"]{0,40}?\s+(?:that\s+)?")


def _bodies_a_subject_pronoun_stands_for(
    document: Document, sentence, clause, told_before
) -> list[Mention]:
    """ "Estonia received the plan on Monday. On Tuesday, after a long debate in the capital,
    it rejected it": "it" or "they" as the subject of a clause, wherever the clause stands in
    its sentence (opening it, after a fronted date, a subordinate clause, a quote, "but"),
    stands for the body the text makes most likely: after "and" or "but", the one body the
    clause before is about (`_body_of_the_clause_before`), else the body
    `_bodies_a_pronoun_stands_for` reads; "both" for the two bodies "they" would stand for,
    and for nothing else ("Israel and Hamas held talks. Both have since endorsed the plan").
    A pronoun inside a quote (the speaker's, read elsewhere), in a clause reported after a verb
    of saying (its reporter's, read with the reporter), of a passive verb (the text's: "it was
    rejected") or standing for no one ("it is not clear whether") stands for none."""
    if clause.verb is None or clause.subject is None:
        return []
    # the pronoun right before the verb group and the adverbs before it ("They then accepted",
    # "It flatly refused": the reader takes an adverb into the group only after an auxiliary);
    # the reader may take a phrase before it into the subject ("after talks that ran through
    # the night, they rejected it")
    before = clause.verb.first_token - 1
    while before > clause.first_token and is_adverb(document.tokens[before]):
        before -= 1
    token = document.tokens[before]
    start, end = token.start, token.end
    word = document.text[start:end].lower()
    if (
        not (clause.subject[1] == before + 1 or document.text[: token.start].rstrip().endswith(","))
        or word not in ("it", "they", "both")
        or document.in_quote(start, end)
        or _IT_STANDING_FOR_NO_ONE.match(document.text, start)
    ):
        return []
    if _A_SPAN_OF_TIME_IN_WHICH.search(document.text, sentence.start, start):
        return []  # "a reversal after a year in which it refused": the years before, undated
    pronoun = "they" if word == "both" else word
    bodies = _body_of_the_clause_before(document, sentence, clause, start, pronoun)
    if bodies is None:
        if _reported(document, sentence, clause, start):
            # "Repsol's board said two days later that it would study the proposal", "The
            # party said it had not been asked and would not sign": the reporter, speaking of
            # itself
            bodies = _reporter_of(document, sentence, start, pronoun)
        elif clause.verb.passive:
            return []  # "it was rejected": the text
        else:
            bodies = _bodies_a_pronoun_stands_for(document, sentence, start, pronoun, told_before)
    if word == "both" and len({body.ref for body in bodies}) != 2:
        return []
    return [Mention(start, end, -1, -1, body.ref, "pronoun") for body in bodies]


def _body_of_the_clause_before(
    document: Document, sentence, clause, start: int, pronoun: str
) -> list[Mention] | None:
    """ "Steel-Maitland has told Sir Herbert that the Government could give no undertaking, and
    it has yet to say whether it will act": "it" opening a clause of its own after "and" or
    "but" stands for the one body named as the subject of the clause before it, however the
    sentence opens and though the two are reported; for no one where that subject is a text
    ("the plan was ..., but it"). None where the clause before names no one body (a person,
    two parties, a noun phrase naming no actor), or the pronoun's verb is passive: the pronoun
    is read as any other."""
    if pronoun != "it" or clause.opener not in ("and", "but", "yet") or clause.verb.passive:
        return None
    clauses = document.clauses_of(sentence)
    # (not an infinitive's subject, the object of the verb before it: "Egypt pressed Israel to
    # settle, and it then accepted")
    subjects = [
        chars
        for before in clauses[: clauses.index(clause)]
        if before.verb is not None
        and before.kind != "infinitive"
        and (chars := char_span(document.tokens, before.subject)) is not None
        and chars[1] <= start
    ]
    if not subjects:
        return None
    if any(subjects[-1][0] <= p.start < subjects[-1][1] for p in document.proposals):
        return []
    return _body_heading(document, subjects[-1], pronoun) or None


def _reported(document: Document, sentence, clause, start: int) -> bool:
    """ "Repsol's board said two days later that it would study the proposal", "Addis Ababa has
    not said when it will give its answer": the pronoun's clause is reported after a verb of
    saying, as the clause reader reads it or right after such a verb (the reader may take the
    clause for another kind: "when it will")."""
    return clause.kind == "reported" or any(
        other.verb is not None
        and set(other.verb.lemmas) & SPEECH_LEMMAS
        and _TO_THE_REPORTED_PRONOUN.fullmatch(
            document.text, document.tokens[other.verb.last_token - 1].end, start
        )
        for other in document.clauses_of(sentence)
    )


def _reporter_of(document: Document, sentence, start: int, pronoun: str) -> list[Mention]:
    """The body whose words a pronoun at `start` gives in a reported clause: the subject of the
    last verb of saying before it in its sentence ("Iran replied, saying it could accept":
    the participle's shared subject), where that subject is one body named as its head (not
    "The Fiat factory council", nor a person, a noun phrase naming no actor or two parties);
    none in a relative clause ("cuts, which the Government said it would accept": what it
    would accept is what "which" stands for)."""
    speaking = [
        clause
        for clause in document.clauses_of(sentence)
        if clause.verb is not None
        and set(clause.verb.lemmas) & SPEECH_LEMMAS
        and document.tokens[clause.verb.head].start < start
    ]
    if not speaking:
        return []
    clause = max(speaking, key=lambda c: c.verb.head)
    if clause.kind == "participial":
        # ", saying ...": the participle hangs on its sentence's main clause, whose subject
        # it shares (not that of a clause between: "to what the EU has called its text")
        clause = next(
            (
                c
                for c in document.clauses_of(sentence)
                if c.kind == "main" and c.verb is not None and c.subject is not None
            ),
            clause,
        )
    chars = char_span(document.tokens, clause.own_subject())
    if clause.kind == "relative" or chars is None:
        return []
    if any(
        document.tokens[clause.verb.head].end <= p.start < start
        and _A_SUBJECT_S_VERB.match(document.text, p.end)
        for p in document.proposals
    ):
        return []  # "said the plan was still under study, and it has yet to say": the text
    return _body_heading(document, chars, pronoun)


def _body_heading(document: Document, chars: tuple[int, int], pronoun: str) -> list[Mention]:
    """The one body a subject (its characters) names as its head (not "The Fiat factory
    council", nor a person, a noun phrase naming no actor or two parties); for "they", each
    body a subject lists."""
    named = [
        m
        for m in document.mentions_between(*chars)
        if _may_be_the_subject(document, m) and not _another_of_its_kind(document, m)
    ]
    if pronoun == "they" and len({m.ref for m in named}) > 1:
        # "The main opposition parties, the PDCI and the RDR, said that they had not seen
        # the text": each body listed as the subject
        bodies = [m for m in named if not document.is_person(m.ref) and m.via != "post"]
        return bodies if len(bodies) == len(named) else []
    if len({m.ref for m in named}) != 1 or document.is_person(named[0].ref):
        return []
    head = named[-1]
    if head.via == "post" or not (
        head.end == chars[1] or _AN_ORGAN_OF_THE_OWNER.match(document.text, head.end)
    ):
        return []
    return [head]


# what the subject of a sentence is, for the pronoun after it: the parties it names, a text,
# or a noun phrase naming no actor ("The vote", "the two sides", "Several of the generals")
_A_TEXT = "text"
_NO_ACTOR = "no actor"
_A_PRONOUN = "pronoun"


def _subject_of(document: Document, sentence, end: int):
    """The subject of the sentence's first main clause before `end`: the actors it names (the
    first person where it names one, "UN envoy Martin Griffiths"; else its bodies), `_A_TEXT`
    for a proposal, `_NO_ACTOR` for a noun phrase that names none, `_A_PRONOUN` for a pronoun;
    None where the clause reader finds no subject there."""
    for clause in document.clauses_of(sentence):
        chars = char_span(document.tokens, clause.subject)
        if clause.kind != "main" or document.in_quote(document.tokens[clause.first_token].start):
            continue
        if clause.verb is None or chars is None:
            # a main clause whose verb the reader does not know ("The party quit the
            # coalition"): the actor named first, within its first words, after a phrase of
            # time or place
            return _named_first(document, sentence, end)
        if chars[1] > end or document.tokens[clause.verb.first_token].start > end:
            return None  # the pronoun's own clause, or one after it
        if any(chars[0] <= p.start < chars[1] for p in document.proposals):
            return _A_TEXT
        named = [m for m in document.mentions_between(*chars) if _may_be_the_subject(document, m)]
        people = [m for m in named if document.is_person(m.ref)]
        if people or named:
            return people[:1] or named
        if document.text[chars[0] : chars[1]].lower() in SUBJECT_PRONOUNS:
            return _A_PRONOUN
        return _NO_ACTOR
    return None


def _may_be_the_subject(document: Document, mention: Mention) -> bool:
    # "Estonia's foreign minister", "Sweden's employers": the possessive names whose the
    # subject is, not the subject (but "The CGT's leadership", "the party's delegation":
    # the organ that answers for it)
    return mention.via not in ("demonym", "pronoun") and not (
        re.match(r"['’]s?\s", document.text[mention.end : mention.end + 3])
        and not _AN_ORGAN_OF_THE_OWNER.match(document.text, mention.end)
    )


_AN_ORGAN_OF_THE_OWNER = re.compile(r"['’]s?\s+(?:" + _DECIDING_ORGAN + "|" + _DELEGATION + r")\b")


def _named_first(document: Document, sentence, end: int) -> list[Mention] | None:
    dateline = _DATELINE.match(document.text)
    start = max(sentence.start, dateline.end() if dateline else 0)
    lead = _FRONTED_PHRASE.match(document.text, start, end)
    start = lead.end() if lead else start
    named = [m for m in document.mentions_between(start, end) if _may_be_the_subject(document, m)]
    if named and len(re.findall(r"\w+", document.text[start : named[0].start])) <= 2:
        return named[:1]
    return None


# "On Tuesday, ", "After a long debate in the capital, ": phrases fronted before the subject
_FRONTED_PHRASE = re.compile(
    r"\s*(?:(?:on|in|at|after|before|later|earlier|back|then|late|early|last|the\s+next"
    r"|since|by|until|following|during)\b[^,;:\"“”]{0,60},\s*)+",
    re.IGNORECASE,
)


def _bodies_a_pronoun_stands_for(
    document: Document, sentence, start: int, pronoun: str, told_before
) -> list[Mention]:
    """The bodies (no person) "it" or "they" at `start` stands for: the subject of its own
    sentence's first main clause where that stands before it, else the subject of the
    sentence before (in its paragraph, or closing the one before; where that is the same
    pronoun in its paragraph, the subject it stands for in turn), else, for "it" only, the
    last body named before it in its paragraph ("they" is as often the people a group is made
    of: "the workers ... they"). "They" stands for both of two bodies joined as one subject
    ("Ecuador and Colombia"), "it" for neither. A subject that is a text, a person or a noun
    phrase naming no actor ("The two sides last met ..., when they signed") leaves the pronoun
    to that subject, none of the bodies named; "it" passes over a noun phrase naming no actor,
    as a thing does not answer ("'...,' an aide said, but it rejected the plan"), but for the
    sentence right before, where one party (no person) answered, which its noun phrase then
    named ("The Republican delegation, headed by X, put its name to the truce. It also signed
    six further principles"; `told_before`: the signals of the sentences before)."""
    own_paragraph = _paragraph_start(document.text, sentence.start)
    paragraph = _paragraph_start(document.text, max(0, own_paragraph - 2))
    opened = sentence
    for back in range(4):
        if opened is None or opened.start < paragraph:
            break
        subject = _subject_of(document, opened, min(start, opened.end))
        if subject == _A_PRONOUN:
            # "Kabul answered with an offer. It would give assurances ... It refused": a run
            # of sentences told of the same pronoun stands for the subject the first follows
            # on, within its paragraph
            if opened.start < own_paragraph:
                return []
        elif isinstance(subject, list):
            if any(document.is_person(m.ref) or m.via == "post" for m in subject):
                return []
            pair = (
                len(subject) > 1
                and subject[0].ref != subject[1].ref
                and _AND_JOINING_A_PAIR.fullmatch(document.text, subject[0].end, subject[1].start)
            )
            if pair:
                # "Hamas and Israel rejected the plan": "they" are both, "it" neither
                return subject[:2] if pronoun == "they" else []
            return subject[:1]
        elif not (subject == _NO_ACTOR and pronoun == "it") and subject is not None:
            return []
        elif subject == _NO_ACTOR and back == 1:
            answered = {
                s.respondent.ref: s.respondent
                for s in told_before
                if opened.start <= s.start < opened.end and not document.is_person(s.respondent.ref)
            }
            if len(answered) == 1:
                return list(answered.values())
        elif opened is not sentence and subject is None:
            break
        opened = document.sentence_before(opened)
    if pronoun != "it":
        return []
    bodies = [
        m
        for m in document.mentions_between(own_paragraph, start)
        if not document.is_person(m.ref) and m.via not in ("post", "demonym", "pronoun")
    ]
    return bodies[-1:]


# "Ecuador and Colombia", "Israel and the Front": two bodies joined as one subject
_AND_JOINING_A_PAIR = re.compile(r"\s+and\s+(?:the\s+)?")


# the words a person's name may follow at the opening of a sentence: "Cardinal Joseph Zen",
# "The 88-year-old Zhuang", "Archbishop Celli"
_TITLE_WORDS_BEFORE = re.compile(r"(?:(?:[Tt]he\s+)?(?:[\w.’'-]+\s+){0,3})?")


_INTRODUCED_IN_APPOSITION = re.compile(r",\s+(?:the|an?|his|her)\s+[^,;.]{3,80},\s+[a-z]")


def _subject_before(document: Document, sentence, pronoun_start: int) -> str | None:
    """ "Cardinal Joseph Zen, the city's retired bishop, flew to Rome and handed the pope a
    letter. He denounced the accord": "He" opening a sentence stands for the person the
    sentence before (in its paragraph) opens with, its subject, introduced in apposition, rather
    than for one named after it (tune40d)."""
    if document.text[sentence.start : pronoun_start].strip():
        return None
    index = document.sentences.index(sentence)
    if index == 0:
        return None
    before = document.sentences[index - 1]
    if before.start < _paragraph_start(document.text, sentence.start):
        return None
    named = document.mentions_between(before.start, before.end)
    if not named or not document.is_person(named[0].ref) or named[0].via in ("post", "pronoun"):
        return None
    opening = _TITLE_WORDS_BEFORE.match(document.text, before.start, named[0].start)
    if opening is None or opening.end() != named[0].start:
        return None
    # the subject introduced in apposition ("X, the city's retired bishop, flew ..."): the
    # sentence is about him (not "Sisi met Blinken. He accepted", the one named last)
    if not _INTRODUCED_IN_APPOSITION.match(document.text, named[0].end, before.end):
        return None
    return named[0].ref


_A_SUBJECT_S_VERB = re.compile(
    # "The party, known as the Blancos, refused": an appositive between the subject and its verb
    r"(?:\s*,\s+(?:known\s+as|also\s+called|called|the|a|an)\s[^,;]{1,50},)?"
    r"\s+(?:\w+ly\s+|also\s+)?(?:has|have|had|would|will|could|can|did|does|is|was|said"
    r"|\w+ed)\b(?!\s+by\b)"
)


_ANSWER = (
    r"(?:formal\s+|official\s+|final\s+|written\s+)?(?:response|reply|answer|verdict|decision)"
)
_WAITING = (
    r"\b(?:await(?:s|ed|ing)?|wait(?:s|ed|ing)?\s+for|expect(?:s|ed|ing)?|still\s+need(?:s|ed)?"
    # "the Holy See has yet to hear Israel's answer to its draft", "has not yet received a
    # reply from Hamas": the answer still to come (tune44g)
    r"|(?:has|have|had)\s+(?:still\s+)?yet\s+to\s+(?:hear|receive|get)"
    r"|(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:heard|received|got|gotten))\s+"
)
# "Israel is awaiting a reply from Hamas", "expects a response from the rebels by Friday"
_AWAITED_FROM = re.compile(_WAITING + r"(?:an?|the)\s+" + _ANSWER + r"\s+from\s+(?:the\s+)?$", re.I)
# "mediators were waiting for Hamas's answer"
_AWAITED_OWNER = re.compile(_WAITING + r"(?:the\s+)?$", re.I)
# "there was no word from President X", "there has been no official response yet from Hamas":
# a party that has not answered (not "no comment from", the wire's note of a call unanswered)
_NO_WORD_FROM = re.compile(
    r"\bthere\s+(?:was|has\s+been|had\s+been|is)\s+(?:still\s+)?no\s+(?:formal\s+|official\s+"
    r"|public\s+)?(?:word|response|reaction|answer|reply)\s+(?:yet\s+|so\s+far\s+)?from\s+"
    r"(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}$",
    re.I,
)
_OWNERS_ANSWER = re.compile(r"['’]s?\s+" + _ANSWER + r"\b", re.I)


def _awaited_signals(document, sentence, mentions) -> list[SignalCandidate]:
    """A party whose answer is awaited is pending, as of the publication date."""
    found = []
    for mention in mentions:
        before = document.text[max(sentence.start, mention.start - 60) : mention.start]
        if document.in_quote(mention.start, mention.end):
            continue
        no_word = _NO_WORD_FROM.search(before)
        if not (
            _AWAITED_FROM.search(before)
            or (_AWAITED_OWNER.search(before) and _OWNERS_ANSWER.match(document.text, mention.end))
            or no_word
        ):
            continue
        if no_word:
            if re.search(
                r"\b(?:if|unless|until|whether|should)\s+$", before[: no_word.start()], re.I
            ):
                continue  # "if there is no word from Hamas by Friday": nothing told yet
            # "no word from President X": the body he answers for
            answering = _answering(document, [mention])
            mention = answering[0][0] if answering else mention
        proposal = _proposal_for(
            document, sentence, mention.end, anywhere=True
        ) or _proposal_told_last(document, mention.start)
        if proposal is not None:
            found.append(
                SignalCandidate(
                    mention.start,
                    sentence.end,
                    mention,
                    proposal,
                    "pending",
                    document.published_on.isoformat(),
                    dated_in_clause=True,
                )
            )
    return found


# "Neither A nor B has said when it will vote", "Neither man put his name to the declaration":
# what neither party has done yet is an answer each still owes
_NOT_YET_DONE = (
    # "Neither A nor B had answered that invitation": the answer each owes, still awaited
    # (a text or a call put to them, not "had answered questions about the plan")
    r"(?:(?:has|have|had)\s+(?:yet\s+|so\s+far\s+)?(?:answered|replied\s+to|responded\s+to)\s+"
    r"(?:it|them|(?:the|that|this|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:invitation|offer|proposal"
    r"|plan|call|request|demand|ultimatum|note|appeal|draft)s?)\b"
    r"|(?:has|have)\s+(?:yet\s+|so\s+far\s+)?(?:said\s+(?:when|whether|if)\s+"
    r"(?:it|they|he|she)\s+(?:will|would|might)\s+(?:vote|ratify|sign|accept|endorse|approve"
    # "Neither Haftar nor the GNA has yet said whether it will back the UN plan": a yes or a
    # no each still owes
    r"|back|support|join|reject|agree\s+to"
    r"|decide|take\s+(?:it|them)\s+up)|signed|ratified|approved|endorsed|accepted|initiall?ed"
    r"|taken\s+(?:it|them)\s+up)"
    rf"|(?:put|added)\s+{_NAMES_TO}|signed|initiall?ed|ratified|endorsed|approved)\b"
)
_NEITHER_NOR = re.compile(
    r"\bNeither\s+(?P<first>[^,;]{2,80}?)\s+nor\s+(?P<second>[^,;]{2,80}?)\s+" + _NOT_YET_DONE,
    re.IGNORECASE,
)
_NEITHER_OF_THE_PAIR = re.compile(
    r"\bNeither\s+(?:of\s+the\s+two\s+)?(?:man|men|leader|leaders)\s+" + _NOT_YET_DONE,
    re.IGNORECASE,
)
# "X asked A and B to say how much each would give. Neither has yet answered.": the pair asked
# in the sentence before still owes its answer
_NEITHER_OF_THE_ASKED = re.compile(
    r"\bNeither\s+(?:of\s+them\s+)?(?:has|have)\s+(?:yet\s+|so\s+far\s+)?"
    r"(?:replied|answered|responded)\b",
    re.IGNORECASE,
)
_ASKED_THE_PAIR_TO = re.compile(
    r"\b(?:asked|urged|called\s+on|invited|pressed)\s+(?P<pair>[^,;]{2,100}?\s+and\s+"
    r"[^,;]{2,100}?)\s+to\s+\w",
    re.IGNORECASE,
)
# "the Turkish parliament": a state's legislature written in lower case after its demonym
_LOWER_CASE_LEGISLATURE = re.compile(r"\s+(?:parliament|legislature|assembly|congress|senate)\b")


# "... has yet answered the request": the answer owed is to a request, invitation or call
_AN_ASKING_NOUN_CLOSING = re.compile(r"\b(?:" + _ASKING_NOUNS + r"|call)s?$", re.IGNORECASE)


def _neither_has_answered(document, sentence, mentions) -> list[SignalCandidate]:
    """ "Neither the Turkish parliament nor Armenia's National Assembly has said when it will
    vote", "Neither man put his name to the declaration": each party named (or each of the
    last two men told together, for the body he leads) has yet to answer; the text is the one
    the sentence names, else the one its paragraph, else the article, told of last."""
    pair = _NEITHER_NOR.search(document.text, sentence.start, sentence.end)
    parties, asked_for = [], None
    if pair is not None and not document.in_quote(pair.start(), pair.end()):
        for group in ("first", "second"):
            # (the demonym of "the Turkish parliament" too, which the sentence's list leaves out)
            named = [
                m
                for m in mentions
                + [m for m in document.mentions_between(*pair.span(group)) if m.via == "demonym"]
                if pair.start(group) <= m.start and m.end <= pair.end(group)
            ]
            named = sorted(named, key=lambda m: m.start)
            if not named:
                return []
            parties.append(_as_a_lower_case_legislature(document, named[-1]))
        # ("Neither A nor B has yet answered the request": the text its verb's object names)
        verb_end = pair.end("second")
    elif pair := _NEITHER_OF_THE_ASKED.search(document.text, sentence.start, sentence.end):
        if document.in_quote(pair.start(), pair.end()):
            return []
        parties = _the_pair_asked_before(document, sentence)
        if not parties:
            return []
        verb_end = pair.end()
        # (the text asked for is the one the sentence before describes)
        asked_for = _described_just_before(document, sentence)
    else:
        pair = _NEITHER_OF_THE_PAIR.search(document.text, sentence.start, sentence.end)
        if pair is None or document.in_quote(pair.start(), pair.end()):
            return []
        parties = _bodies_of_the_last_two_leaders(document, pair.start()) or []
        if len(parties) != 2:
            return []
        verb_end = pair.end()
    named = [p for p in document.proposals if verb_end <= p.start < sentence.end and p.proposal_id]
    if not named and not asked_for and _AN_ASKING_NOUN_CLOSING.search(pair.group(0)):
        # "The Council has asked to associate itself with the declaration. Neither A nor B has
        # yet answered the request.": the request the sentence before tells, not the text
        # its words name (tune45a)
        asked_for = _request_told_before(document, sentence, verb_end)
    proposal = named[0] if named else asked_for or _proposal_told_last(document, pair.start())
    if proposal is None:
        return []
    # ("Neither Haftar nor the GNA has yet said whether it will back the plan": Haftar owes
    # the answer of the forces he commands)
    return [
        SignalCandidate(
            pair.start(),
            sentence.end,
            body,
            proposal,
            "pending",
            document.published_on.isoformat(),
            dated_in_clause=True,
            person=person,
        )
        for body, person in _answering(document, parties)
    ]


def _the_pair_asked_before(document, sentence) -> list[Mention]:
    """ "Mrs X asked the unions' congress and the employers to give their views ... Neither has
    yet replied": the parties the sentence before asked (by name, not by a demonym inside a
    longer name), each owing its answer."""
    before = document.sentence_before(sentence)
    asked = before and _ASKED_THE_PAIR_TO.search(document.text, before.start, before.end)
    if not asked:
        return []
    named = [
        m
        for m in document.mentions_between(*asked.span("pair"))
        if m.via not in ("post", "demonym") and not _inside_a_longer_name(document, m)
    ]
    return named if len({m.ref for m in named}) == len(named) <= 2 else []


def _as_a_lower_case_legislature(document, mention: Mention) -> Mention:
    """ "the Turkish parliament": the legislature, a body of its own, where a demonym is
    followed by the lower-case name of one (the state's legislature the article records,
    else one new to it, as the words are written)."""
    if mention.via != "demonym":
        return mention
    legislature = _LOWER_CASE_LEGISLATURE.match(document.text, mention.end)
    if legislature is None:
        return mention
    return _new_body_as_written(document, mention.start, legislature.end())


def _new_body_as_written(document, start: int, end: int) -> Mention:
    """A body new to the tracker, named as the article writes it between `start` and `end`
    ("the Turkish parliament", "LO's representative council")."""
    written = document.text[start:end]
    return Mention(
        start, end, -1, -1, "actor:new:" + "-".join(re.findall(r"\w+", written.casefold())), "new"
    )


# "the two men signed", "both sides rejected", "the three leaders initialled": the last people
# (or bodies) the sentences before named, each answering
_GROUP_SUBJECT = re.compile(
    # "the two sides", "both governments", "Cambodia's four warring factions"; "all six
    # governments", "the seven parties": every party of a larger group (see `_GROUP_COUNTS`)
    r"\b(?:(?:the|all(?:\s+the)?|(?P<whose>[A-Z][\w-]*)['’]s)\s+"
    r"(?P<number>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    # "the 11 countries still in the pact": the count in figures
    r"|[2-9]|1[0-2])|both)\s+"
    r"(?:[\w-]+\s+)?"
    r"(?:(?P<people>men|women|leaders|presidents|ministers|envoys|negotiators|rivals|heads\s+of\s+state)"
    # "both delegations", "the two camps": the sides, each answering through its delegation
    r"|(?P<bodies>(?P<sides>sides|parties|delegations|camps"
    # "Libya's two rival forces signed": the armed sides of a war
    r"|(?<=rival\s)forces)"
    # "the two allies rejected", "both belligerents": the states told together before
    r"|(?P<countries>countries|governments|neighbou?rs|states|nations|allies|belligerents)"
    # "the 11 remaining members of the pact": the bodies or states that belong to it
    r"|members"
    # "both churches accepted Castro's offer": the churches told together before (the Holy See
    # a state among them)
    r"|churches"
    # bodies that are no state ("after the boards of both companies approved it" in an article
    # that named Japan among the firms)
    r"|(?P<no_states>groups|movements|factions"
    # "both unions", "the two federations": bodies of members told together before
    r"|unions|federations|confederations|organi[sz]ations"
    # "The boards of both companies approved the agreement": the firms told together before
    r"|companies|firms|corporations)))\b",
    re.IGNORECASE,
)


_GROUP_COUNTS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
} | {str(count): count for count in range(2, 13)}
# From five on, the last ones named are too loose a guess: "all six governments" are the six
# the article named before, only where it named exactly six of their kind
_EVERY_ONE_NAMED_FROM = 5


# "by" right before a group: the agent of a passive ("rejected by all three parties")
_AGENT_S_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
# "..., where they signed", "... and they agreed": the subject taken up in a later clause
_THEY_LATER = re.compile(r"[,;]?\s+(?:where|when|and|then|after\s+which)\s+(?P<they>they)\b")


def _group_signals(document, sentence, mentions, told_before) -> list[SignalCandidate]:
    found = []
    for match in _GROUP_SUBJECT.finditer(document.text, sentence.start, sentence.end):
        if document.in_quote(match.start(), match.end()):
            continue
        wanted = _GROUP_COUNTS.get((match.group("number") or "").lower(), 2)
        people = bool(match.group("people"))
        # the sides or parties of a negotiation are its parties, never the body that mediates
        sides = bool(match.group("sides"))
        if _listed_in_apposition(document, sentence, match.end(), people):
            # "the two foreign ministers, Seyoum and Haile, signed": the members named right
            # after answer each for himself, not the last two named before
            continue
        named: list[Mention] = []
        if sides and wanted == 2:
            # "The two sides initialled the text": the process's sides, as the meetings step
            # reads them (not the last two bodies named, which may be a mediator and its host),
            # where the article named them before
            pair = sides_of_the_process(document)
            if pair is None:
                # "Yemeni Foreign Minister X and Huthi rebel negotiator Y": where no pair of
                # sides is ever named as one, the bodies of the first two leaders told
                # together, each with a body of his own, before the last two bodies named
                # (a mediator's, a backer's among them) (tune43h)
                pair = _bodies_of_the_first_two_leaders(document, sentence.start)
            if pair is None or pair[-1].end > sentence.start:
                pair = last_pair_of_bodies(document, sentence.start)
            if pair and BACKERS_OF_SIDES.match(document.text, pair[-1].end):
                pair = None  # "Russia and Turkey, which back opposing camps": not the sides
            if not pair:
                # "X, head of the GNA, and Y, whose LNA launched an offensive ... both sides
                # had agreed": the bodies of the last two men told together, where the article
                # ties each to one
                pair = _bodies_of_the_last_two_leaders(document, match.start())
            named = [_its_government(document, m) for m in pair or []]
        if people and wanted == 2:
            # "Nyusi flew to Gorongosa and held talks with Momade before the two men signed":
            # the two people its own sentence named before it; else "King Salman received Abiy
            # and Isaias ... the two leaders signed": the last two people told together, not
            # the last two named (who may be their hosts)
            named = _two_people_named_before_in_sentence(
                document, sentence.start, match.start()
            ) or _last_pair_of_people(document, match.start())
        countries = bool(match.group("countries"))
        if countries and wanted == 2:
            # "The presidents of Guyana and Venezuela met ... hosted by the head of CELAC ...
            # both countries agreed": the last two states told together, not the last two
            # bodies named (a regional body, a mediator's state)
            named = (
                _states_of_the_two_people_before(document, sentence, match.start())
                or _two_states_of_the_sentence_before(document, sentence)
                or _last_pair_of_states(document, sentence.start)
            )
        whole = wanted >= _EVERY_ONE_NAMED_FROM
        for mention in reversed(document.mentions):
            if len(named) == wanted and not whole:
                break
            if mention.end > sentence.start or document.in_quote(mention.start, mention.end):
                continue
            if mention.via in ("post", "demonym") or document.is_person(mention.ref) != people:
                continue
            if _inside_a_longer_name(document, mention):
                continue  # "the Canada Industrial Relations Board": no side, a body's name
            if (sides or countries) and document.kind_of(
                mention.ref
            ) == Actor.Kind.INTERNATIONAL_ORG:
                continue  # "the mediator appointed by the United Nations ... The two sides"
            if match.group("no_states") and document.is_state(mention.ref):
                continue  # "Renault paid for 36.8 percent of Japan's automaker": no company
            if mention.ref not in [m.ref for m in named]:
                named.insert(0, mention)
            if len(named) == wanted and not whole:
                break
        agent_of_a_passive = _AGENT_S_BY.search(document.text, sentence.start, match.start())
        if agent_of_a_passive:
            # "Military proposals put to the Colorados, the Blancos and the Civic Union ...
            # were rejected by all three parties": the parties its own sentence lists before
            # the group, where it lists as many as the group counts
            listed = []
            for mention in document.mentions_between(sentence.start, match.start()):
                if (
                    mention.via not in ("post", "demonym")
                    and document.is_person(mention.ref) == people
                    and mention.ref not in [m.ref for m in listed]
                ):
                    listed.append(mention)
            if len(listed) == wanted:
                named = listed
        if not named:
            # "Cambodia's four warring factions signed a peace agreement ... \n\n Sihanouk,
            # of the Council, led the signing alongside ...": a group the article opens with,
            # before naming any party, is the parties the next sentence names ("The 11
            # countries agreed ... The ministers of Japan, Canada, ... and Vietnam said": all
            # of them, where it names exactly as many)
            if sides and wanted == 2:
                # "Libya's two rival forces signed ... officers from the GNA and five from
                # the forces of Khalifa Haftar": the pair it names, not a host before them
                named = _pair_named_next(document, sentence)
            named = named or _named_next(
                document, sentence, wanted, people, match.group("whose"), exactly=whole
            )
        if whole and len(named) != wanted:
            continue  # "the six nations" of an article that named five, or seven
        if len(named) < wanted:
            continue
        # "The 11 remaining members of the TPP agreed", "the 11 countries still in the
        # partnership agreed": the verb after the body the group belongs to is the group's
        owner = _owner_of_the_group(document, sentence, match.end())
        group_end = owner[1] if owner is not None else match.end()
        group = Mention(match.start(), group_end, -1, -1, named[0].ref, "group")
        signals = _signal_after(document, sentence, [group], group) or []
        if not signals and agent_of_a_passive:
            # "were rejected by all three parties", "was declined by both delegations": the
            # group is the agent of a passive, each of its parties answering (not a step still
            # to come, "must still be ratified by both countries": their legislatures' step
            # on a text the parties themselves have signed)
            signals = [
                signal
                for signal in _passive_signals(document, sentence, [group])
                if signal.respondent.start == group.start and signal.status != "pending"
            ]
        they = _THEY_LATER.search(document.text, match.end(), sentence.end)
        if not signals and they and people:
            # "The two men shook hands on June 23 at a ceremony ..., where they signed a
            # ceasefire": "they" in a later clause is the group (of people: "the two sides"
            # named last may be a mediator and its ministry, too loose a guess to carry over)
            pronoun = Mention(they.start("they"), they.end("they"), -1, -1, named[0].ref, "group")
            signals = _signal_after(document, sentence, [pronoun], pronoun) or []
        for signal in signals:
            if signal.status == "accepted" and not signal.dated_in_clause:
                # "In a joint statement adopted on Monday ... All six governments endorsed the
                # statement": the parties together accept the text on the day it was adopted
                adopted = _day_of_its_adoption(document, _proposal_id(signal), sentence)
                signal = replace(signal, changed_on=adopted) if adopted else signal
            answering = named
            if match.group("sides"):
                # "The government and the Front signed the accord ... The two sides initialled
                # the text in Jakarta": the parties that answered the same text before, not
                # the mediators named in between
                answering = _sides_answered_before(document, sentence, signal, told_before)
                if len(answering) != wanted:
                    # "Venezuela's government and opposition signed two agreements ... the two
                    # sides signed a memorandum": the two parties that answered a text together
                    # before, where the article has them answer one (rather than the last pair
                    # of bodies named, which may be the sides' backers)
                    answering = _joint_answer_before(document, sentence, told_before)
                if len(answering) != wanted:
                    # "X signed for Lebanon and Arafat for the Palestinians ... Both sides had
                    # accepted Mr. Nasser's appeal": the two parties that signed one text
                    # before, not the last two bodies named (the appeal's author among them)
                    answering = _signatories_before(document, sentence, told_before)
                answering = answering if len(answering) == wanted else named
            found.extend(
                replace(signal, respondent=body, person=person)
                for body, person in _answering(document, answering, signal.signed)
            )
    return found


# "The unions turned it down within hours", "The companies agreed to the first condition",
# "The creditor groups turned down the April offer": a plural group of bodies with no count
# (a counted one, "both unions", "the three groups", is `_GROUP_SUBJECT`'s), with at most one
# lower-case word of its kind before it; not "the other unions" nor "the new unions", which
# are not the ones named before
_UNCOUNTED_GROUP_SUBJECT = re.compile(
    r"\bthe\s+(?!(?:other|new|smaller|small|big|biggest|larger|largest|many|several|some|local"
    r"|individual|member|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
    r"(?:(?-i:[a-z])[\w-]*\s+)?"
    r"(?:(?P<unions>unions)|(?P<firms>companies|firms|corporations)|(?P<groups>groups))\b"
    r"(?!['’])",
    re.IGNORECASE,
)
# "the two unions representing ...", "both unions", "the three largest bondholder groups": the
# article's own count of a group of that kind, which the bodies it stands for must match
_COUNT_OF_A_GROUP = re.compile(
    rf"\b(?:(?P<number>{'|'.join(sorted(_GROUP_COUNTS, key=len, reverse=True))})"
    r"|both)\s+(?:[\w-]+\s+){0,2}?(?P<noun>unions|companies|firms|corporations|groups)\b",
    re.IGNORECASE,
)
# the words between two bodies told as one list: "A, B and C", "A, the B and the C", past an
# aside on the one before ("the Ad Hoc Group, whose members include BlackRock, the ...")
_BETWEEN_LISTED_BODIES = re.compile(
    r"(?:\s*,\s+(?:whose|which|who)\s[^,;.]{1,80})?"
    r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?"
)

# the words from a listed body into an aside on it, up to a body the aside names
_ASIDE_SO_FAR = re.compile(r"\s*,\s+(?:whose|which|who)\s[^,;.]*")


def _uncounted_group_signals(document, sentence) -> list[SignalCandidate]:
    """ "The unions turned it down": each body the group stands for answers (see
    `_bodies_an_uncounted_group_stands_for`)."""
    found = []
    for match in _UNCOUNTED_GROUP_SUBJECT.finditer(document.text, sentence.start, sentence.end):
        if document.in_quote(match.start(), match.end()):
            continue
        if document.mentions_between(match.start(), match.end()):
            continue  # "The companies accepted" read as the one body they stand for
        named = _bodies_an_uncounted_group_stands_for(document, sentence, match)
        if len(named) < 2:
            continue
        group = Mention(match.start(), match.end(), -1, -1, named[0].ref, "group")
        for signal in _signal_after(document, sentence, [group], group) or []:
            found.extend(
                replace(signal, respondent=body, person=person)
                for body, person in _answering(document, named, signal.signed)
            )
    return found


def _bodies_an_uncounted_group_stands_for(document, sentence, match) -> list[Mention]:
    """ "the unions": every trade union (by its name) the article named before the sentence;
    "the companies", "the groups": the last list of bodies ("A, B and C") it named before (no
    person, state, government body or international organisation; for firms, no trade union).
    Where the article counts a group of that kind ("the two unions", "the three largest
    bondholder groups"), as many as it counts, else none."""
    unions = bool(match.group("unions"))
    bodies = []
    for mention in document.mentions:
        if mention.end > sentence.start:
            break
        if mention.via in ("post", "demonym") or document.in_quote(mention.start, mention.end):
            continue
        if document.is_person(mention.ref) or document.is_state(mention.ref):
            continue
        if document.kind_of(mention.ref) in (
            Actor.Kind.INTERNATIONAL_ORG,
            Actor.Kind.GOVERNMENT_BODY,
        ):
            continue  # "the government and the SPLM ... The groups": no firm, union nor group
        if _inside_a_longer_name(document, mention):
            continue
        a_union = bool(A_TRADE_UNION_S_NAME.search(document.actor_name(mention.ref)))
        if unions != a_union and (unions or match.group("firms")):
            continue
        bodies.append(mention)
    if unions:
        named = []
        for mention in bodies:
            if mention.ref not in [m.ref for m in named]:
                named.append(mention)
    else:
        named = _last_list_of_bodies(document, bodies)
    noun = match.group("unions") or match.group("firms") or match.group("groups")
    counts = {
        _GROUP_COUNTS.get((count.group("number") or "two").lower(), 2)
        for count in _COUNT_OF_A_GROUP.finditer(document.text)
        if count.group("noun").lower() == noun.lower()
    }
    if counts and counts != {len(named)}:
        return []
    return named


def _last_list_of_bodies(document, bodies: list[Mention]) -> list[Mention]:
    """The last run of two or more different `bodies` told as one list ("Anglo American
    Platinum, Impala Platinum and Lonmin"), or none."""
    runs: list[list[Mention]] = []
    for mention in bodies:
        if runs and _ASIDE_SO_FAR.fullmatch(document.text, runs[-1][-1].end, mention.start):
            continue  # "whose members include BlackRock and Fidelity": not on the list
        if runs and _BETWEEN_LISTED_BODIES.fullmatch(
            document.text, runs[-1][-1].end, mention.start
        ):
            if mention.ref not in [m.ref for m in runs[-1]]:
                runs[-1].append(mention)
        else:
            runs.append([mention])
    listed = [run for run in runs if len(run) >= 2]
    return listed[-1] if listed else []


# "X had rejected the plan ... It changed course on Saturday", "the majority gave way on
# Friday", "Thieu dropped his objections four days later": a party that yields, with no object
# of its own, accepts what it refused or countered before (the verb closes its clause, past a
# day or a time: "gave way" to a demand names its object and is read elsewhere)
_YIELDED = re.compile(
    r"\s+(?:(?:then|finally|eventually|later|quickly|also)\s+)?"
    r"(?:gave\s+way|gave\s+in|changed\s+course|relented|backed\s+down|climbed\s+down"
    # "Sir William ... yielded the point", "had earlier yielded on one point"
    r"|yielded"
    r"|dropped\s+(?:its|his|her|their)\s+(?:objections?|opposition))"
    # ("gave way over the weekend on the board's demands": the time told by "over")
    r"(?=\s*(?:[.;,]|$|(?:on|in|at|by|over|late|early|hours|days|weeks|a|an|one|two|three|four"
    r"|five|six|seven|the|that|this|after|within)\b)(?!\s+to\b))"
)
_REFUSALS = ("rejected", "countered")
# ("Mittal, whose family will hold ..., gave way": a whose-clause is an aside too)
_WHO_ASIDE = re.compile(r",\s+(?:which|who|whose)\s[^,;]{1,80},")
_DROPPED_OBJECTIONS = re.compile(r"\s+dropped\s+(?:its|his|her|their)\s+objections?\b")


def _yielded(document, sentence, mentions, told_before) -> list[SignalCandidate]:
    """ "It changed course on Saturday": the respondent's yes to the text it last refused or
    countered, as told before its sentence (none where it refused none)."""
    found = []
    for mention in mentions:
        # ("Saudi Arabia, which had fought the goal, dropped its objections": past the aside)
        aside = _WHO_ASIDE.match(document.text, mention.end, sentence.end)
        match = _YIELDED.match(document.text, aside.end() if aside else mention.end, sentence.end)
        if match is None or document.in_quote(mention.start, match.end()):
            continue
        for body, person in _answering(document, [mention]):
            refused = [
                s
                for s in told_before
                if s.respondent.ref == body.ref
                and s.status in _REFUSALS
                and s.start < sentence.start
                and _proposal_id(s) is not None
            ]
            proposal = _text_given_way_on(document, sentence, match) or (
                refused[-1].proposal if refused else None
            )
            if proposal is None and _DROPPED_OBJECTIONS.match(match.group(0)):
                # "A and B accepted the text ... C, which had fought it all week, dropped its
                # objections the same afternoon": with no refusal told, the text its paragraph
                # told of last
                proposal = _paragraph_proposal(document, mention.start)
            if proposal is None:
                proposal = _ask_given_way_to(document, sentence, match, mention.start, body)
            if proposal is None:
                continue
            changed_on, in_clause = _changed_on(document, sentence, [body], match.end(), "accepted")
            found.append(
                SignalCandidate(
                    mention.start,
                    sentence.end,
                    body,
                    proposal,
                    "accepted",
                    changed_on,
                    dated_in_clause=in_clause,
                    person=person,
                    yielded=True,
                )
            )
    return found


# the end of the clause a yield opens: what it gives way on stands before it
_YIELD_CLAUSE_END = re.compile(r"[,;.:]|\s+(?:and|but|while|after|before|when)\s|$")
# "gave way.", "gave way on Friday", "yielded the point", "yielded on one point,": a yield that
# names nothing it gives way on but its day or time
_YIELDED_WITH_NO_OBJECT = re.compile(
    r"(?:\s+(?:the|that|this|one)\s+point|\s+on\s+(?:the|that|this|one)\s+point"
    r"|\s+(?:at\s+(?:last|length)|in\s+the\s+end|over\s+the\s+weekend"
    r"|(?:on|late|early)\s+(?:\w+day|(?-i:[A-Z])[a-z]+\.?\s+\d{1,2})))*"
    r"\s*(?:[,;.:]|$|\s+(?:and|but)\s)"
)


# "gave way ... on the board's demands": the text given way on follows "on" (not "backed down
# on Friday over the plan", a stance over the text, no yes to it)
_ON_BEFORE_THE_TEXT = re.compile(
    r"\bon\s+(?:(?!(?:over|about|at|in|for|with|to|from|by)\b)[\w’'.-]+\s+){0,3}$"
)


def _text_given_way_on(document, sentence, match) -> ProposalMention | None:
    """ "Mittal ... gave way over the weekend on the board's demands that the family's stake be
    capped": the recorded text its clause names after the verb of yielding is the one it
    accepts, ahead of any it refused before."""
    end = _YIELD_CLAUSE_END.search(document.text, match.end(), sentence.end).start()
    named = [
        p
        for p in document.proposals
        if match.end() <= p.start < end
        and p.proposal_id
        and _ON_BEFORE_THE_TEXT.search(document.text, match.end(), p.start)
    ]
    return named[0] if named else None


def _ask_given_way_to(document, sentence, match, start, respondent) -> ProposalMention | None:
    """ "He sent word that he would not come in until the government abandoned the forts it had
    built along the Bozeman road. ... The government gave way.", "The Oneidas would not suffer
    the line to pass east of the carrying place, and Sir William ... yielded the point": a party
    that yields with no text of its own refused before gives way to another's ask, the recorded
    ask (a demand, a request, a claim) that the words before the yield describe in its own
    sentence, else in one of the three before it (a quote of the asking party's may stand
    between); never the respondent's own ask. Not where the yield has an object of its own
    ("gave way on the money, the Pasha and the prisoners": what it yields is told there), nor
    from a person the database does not hold."""
    if respondent.ref.startswith("actor:new:") and document.is_person(respondent.ref):
        return None
    if not _YIELDED_WITH_NO_OBJECT.match(document.text, match.end(), sentence.end):
        return None
    asks = {
        proposal_id
        for proposal_id, recorded in document.gazetteer.proposals.items()
        if _titled_as_an_ask(recorded) and not _announced_by(document, proposal_id, respondent)
    }
    if not asks:
        return None
    told, told_start, told_end = sentence, sentence.start, start
    for _ in range(4):
        words = set(re.findall(r"\w+", document.text[told_start:told_end].casefold()))
        proposal_id = _best_described(document, words, among=asks)
        if proposal_id is not None:
            return ProposalMention(told_start, told_end, proposal_id)
        told = document.sentence_before(told)
        if told is None:
            return None
        told_start, told_end = told.start, told.end
    return None


# "They signed a six-point agreement on Nov. 11", "Ten days later they were back in the village,
# where they signed a ceasefire": "they" opening the sentence, or after "where" or "when"
_THEY_OPENING = re.compile(r"\s*(?P<they>They)\b")
_THEY_WHERE = re.compile(r",\s+(?:where|when)\s+(?P<they>they)\b")
# "the two men", "both sides": the pair a sentence tells of as a group
_A_PAIR = re.compile(
    r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:[\w-]+\s+)?(?:men|leaders|sides|parties|delegations"
    r"|governments|countries|presidents|ministers|negotiators)\b"
)


def _they_as_the_pair_told_before(document, sentence, told_before) -> list[SignalCandidate]:
    """ "Lebed and Maskhadov signed an accord early Saturday ... The two men first came face to
    face on Aug. 12 at Novye Atagi ... Ten days later they were back in the same village, where
    they signed a ceasefire": "they" stands for the two parties the article has answer a text
    together before, where the sentence before (or its own, up to the pronoun) tells of that
    pair: name both, or a group of two ("the two men", "both sides"). Each party answers
    for itself."""
    index = document.sentences.index(sentence)
    if index == 0:
        return []
    pronouns = [_THEY_OPENING.match(document.text, sentence.start)]
    pronouns += list(_THEY_WHERE.finditer(document.text, sentence.start, sentence.end))
    found = []
    for match in filter(None, pronouns):
        start, end = match.start("they"), match.end("they")
        if document.in_quote(start, end):
            continue
        pair = _joint_answer_before(document, sentence, told_before)
        if len(pair) != 2:
            continue
        # the sentence before (and the one before it where that is a fragment, "6.")
        window_start = document.sentences[index - 1].start
        if len(re.findall(r"\w+", document.text[window_start:start])) < 4 and index > 1:
            window_start = document.sentences[index - 2].start
        bodies = {
            _body_signed_for(document, m).ref
            for m in document.mentions_between(window_start, start)
            if _names_an_actor(document, m)
        }
        if not (
            all(m.ref in bodies for m in pair) or _A_PAIR.search(document.text, window_start, start)
        ):
            continue  # "He and Hamdok ..., where they signed": not the pair told before
        # the texts the pair has answered already: "The two sides last met on Nov. 26 last
        # year, when they signed a deal to release frozen funds" is an earlier text, not the
        # one the article opened with, whatever the noun resolves to
        answered = {
            _proposal_id(earlier)
            for earlier in told_before
            if earlier.respondent.ref in {m.ref for m in pair} and earlier.start < start
        }
        pronoun = Mention(start, end, -1, -1, pair[0].ref, "pronoun")
        signals = _signal_after(document, sentence, [pronoun], pronoun) or []
        found.extend(
            replace(signal, respondent=body, person=None)
            for signal in signals
            if _proposal_id(signal) not in answered
            for body in pair
        )
    return found


# ", but they refused her request": "they" opening a later clause of the sentence
_THEY_OPENING_A_CLAUSE = re.compile(r"(?:,\s+(?:and|but|yet)|;)\s+(?P<they>they)\b")


def _they_as_the_pair_opening_the_sentence(document, sentence) -> list[SignalCandidate]:
    """ "In a joint letter, Tusk and Juncker assured May that ..., but they refused her
    request": "they" opening a later clause stands for the two people the sentence named
    together as its subject, and each answers (for the body his post heads, as a person named
    answers)."""
    found = []
    for match in _THEY_OPENING_A_CLAUSE.finditer(document.text, sentence.start, sentence.end):
        start, end = match.start("they"), match.end("they")
        if document.in_quote(start, end):
            continue
        people = [
            m
            for m in document.mentions_between(sentence.start, match.start())
            if m.via not in ("post", "demonym") and document.is_person(m.ref)
        ]
        # the first two told together ("A and B", each with his title), the subject of the
        # clause the sentence opens with (not "A met B, and they ...": a meeting's two sides)
        pair = people[:2]
        if len(pair) != 2 or not _PAIRED.search(document.text, pair[0].end, pair[1].start):
            continue
        if re.search(r"\b(?:met|meet|meets|talked|spoke)\b", document.text[pair[0].end : start]):
            continue
        for person in pair:
            pronoun = Mention(start, end, -1, -1, person.ref, "pronoun")
            found.extend(_signal_after(document, sentence, [pronoun], pronoun) or [])
    return found


# "Abiy and Isaias", "Prime Minister X and President Y": two people told together
_PAIRED = re.compile(r"\s*(?:,\s*)?and\s+(?:(?:[A-Z][\w.’'-]*|his|her|the|counterpart)\s+){0,4}$")
# "Lavrov, Kouchner and Solana": the last two of a longer list are no pair
_LISTED_BEFORE = re.compile(r",\s*(?:[A-Z][\w.’'-]*\s+){0,3}$")


def _two_people_named_before_in_sentence(document, start: int, offset: int) -> list[Mention]:
    """The people named between `start` and `offset` where they are exactly two, or none."""
    named: list[Mention] = []
    for mention in document.mentions_between(start, offset):
        if mention.via in ("post", "demonym") or not document.is_person(mention.ref):
            continue
        if mention.ref not in [m.ref for m in named]:
            named.append(mention)
    return named if len(named) == 2 else []


# "X, head of the GNA in Tripoli, and Y": two people coordinated, each with his appositive
_LEADERS_PAIRED = re.compile(
    r"(?:\s*,\s*[^;.\"“”]{0,160}?,)?\s+and\s+(?:[A-Z][\w.’'-]*\s+|the\s+){0,4}"
)


def _named_before(document, offset, is_of_kind) -> list[Mention]:
    """The mentions before `offset`, outside quotes, of the actors `is_of_kind` accepts (a
    person, a state), each named by name, not by a post or a demonym."""
    return [
        m
        for m in document.mentions
        if m.end <= offset
        and m.via not in ("post", "demonym")
        and is_of_kind(m.ref)
        and not document.in_quote(m.start, m.end)
    ]


# "the Canada Labour Code", "the Canada Industrial Relations Board": a state's name opening the
# longer name of a body or a law, after "the" and before a capitalised word
_A_LONGER_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z]+)\b(?!['’])")


def _inside_a_longer_name(document, mention) -> bool:
    """Whether a mention is the first word of a longer proper name ("the Canada Labour Code")
    rather than a party of its own."""
    return bool(
        re.search(r"\b(?-i:the)\s+$", document.text[max(0, mention.start - 6) : mention.start])
        and _A_LONGER_NAME_AFTER.match(document.text, mention.end)
        and not any(m.start > mention.end and m.start <= mention.end + 2 for m in document.mentions)
    )


# "the Korean Council for the Women Drafted for Military Sexual Slavery by ": the capitalised
# words of a body's long name, joined by its small words, up to the one before the last name
_THE_REST_OF_A_LONG_NAME = re.compile(
    r"\s+(?:for|of|by|against|on|in)(?:\s+the)?"
    r"(?:\s+(?-i:[A-Z][\w-]*)(?:\s+(?:for|of|by|against|on|in|the)\b)*)+"
    r"\s+(?:for|of|by|against|on|in)\s+(?:the\s+)?"
)


def _closing_a_longer_name(document, mention) -> bool:
    """Whether a mention is the last word of a body's longer name the gazetteer knows by its
    opening words ("The Korean Council for the Women Drafted for Military Sexual Slavery by
    Japan ... rejected the deal": the council answers, not Japan)."""
    sentence = document.sentence_at(mention.start)
    before = document.mentions_between(sentence.start, mention.start)
    return bool(
        before
        # "Eduard Kokoity of South Ossetia and Sergei Bagapsh of Abkhazia": the name goes on
        # from a body's, with no other name between and no list
        and before[-1].via not in ("post", "demonym", "common noun")
        and not document.is_person(before[-1].ref)
        and document.text[before[-1].start].isupper()
        and _THE_REST_OF_A_LONG_NAME.fullmatch(document.text, before[-1].end, mention.start)
    )


def _bodies_of_the_last_two_leaders(document, offset) -> list[Mention] | None:
    """The bodies of the last two people named together before `offset` ("A, who heads X,
    and B, whose Y ..."), where the article ties each to a body of his own, neither an
    international one; else None."""
    people = _named_before(document, offset, document.is_person)
    for first, second in reversed(list(zip(people, people[1:], strict=False))):
        if _leaders_paired(document, first, second):
            return _bodies_of_two_leaders(document, first, second)
    return None


def _bodies_of_the_first_two_leaders(document, offset) -> list[Mention] | None:
    """The bodies of the first two people named together before `offset` whom the article
    ties each to a body of his own, neither an international one ("Yemeni Foreign Minister X
    and Huthi rebel negotiator Y"); else None. The article's protagonists come first, as
    "the two sides" means them (tune43h)."""
    people = _named_before(document, offset, document.is_person)
    for first, second in zip(people, people[1:], strict=False):
        if _leaders_paired(document, first, second):
            bodies = _bodies_of_two_leaders(document, first, second)
            if bodies:
                return bodies
    return None


def _leaders_paired(document, first: Mention, second: Mention) -> bool:
    """Two people told together ("A, who heads X, and B"), not one person named twice."""
    return first.ref != second.ref and bool(
        _LEADERS_PAIRED.fullmatch(document.text[first.end : second.start])
    )


def _bodies_of_two_leaders(document, first: Mention, second: Mention) -> list[Mention] | None:
    """The bodies two leaders answer for, where each has one of his own and neither is an
    international one; else None."""
    bodies = [_body_signed_for(document, m) for m in (first, second)]
    if (
        len({m.ref for m in bodies}) == 2
        and not any(document.is_person(m.ref) for m in bodies)
        and Actor.Kind.INTERNATIONAL_ORG not in [document.kind_of(m.ref) for m in bodies]
    ):
        return bodies
    return None


def _last_pair_of_people(document, offset) -> list[Mention]:
    """The last two people named as a pair ("A and B") before `offset`, or none."""
    people = _named_before(document, offset, document.is_person)
    for first, second in reversed(list(zip(people, people[1:], strict=False))):
        if (
            first.ref != second.ref
            and _PAIRED.fullmatch(document.text[first.end : second.start])
            and not _LISTED_BEFORE.search(document.text, 0, first.start)
        ):
            return [first, second]
    return []


# "Guyana and Venezuela", "Guyana's Irfaan Ali and Venezuela's Nicolas Maduro": two states told
# together
_STATES_PAIRED = re.compile(r"(?:['’]s)?(?:\s+[\w.’'-]+){0,4}?,?\s+and\s+(?:the\s+)?")


def _states_of_the_two_people_before(document, sentence, offset) -> list[Mention]:
    """ "A and his Afghan counterpart, B, met there under Qatari and Turkish mediation, and
    both governments accepted": the states of the two people its own clause names before the
    group, where the article ties each to a state of his own, or none."""
    people = _two_people_named_before_in_sentence(document, sentence.start, offset)
    states = [_body_signed_for(document, person) for person in people]
    if len({m.ref for m in states}) != 2 or not all(document.is_state(m.ref) for m in states):
        return []
    return states


def _two_states_of_the_sentence_before(document, sentence) -> list[Mention]:
    """ "Bolivia, Peru's ally, is not a party to the treaty. The two allies rejected ...": the
    two states, and no other, that the sentence right before names, or none."""
    index = document.sentences.index(sentence)
    if index == 0:
        return []
    before = document.sentences[index - 1]
    states = [
        m for m in _named_before(document, before.end, document.is_state) if m.start >= before.start
    ]
    if len({m.ref for m in states}) != 2:
        return []
    first = states[0]
    return [first, next(m for m in states if m.ref != first.ref)]


def _last_pair_of_states(document, offset) -> list[Mention]:
    """The last two states named as a pair ("A and B") before `offset`, not the last two of a
    longer list ("Argentina, Brazil and Chile"), or none."""
    states = _named_before(document, offset, document.is_state)
    for index in range(len(states) - 2, -1, -1):
        first, second = states[index], states[index + 1]
        if first.ref == second.ref or not _STATES_PAIRED.fullmatch(
            document.text[first.end : second.start]
        ):
            continue
        if index and re.fullmatch(
            r",\s*(?:the\s+)?", document.text[states[index - 1].end : first.start]
        ):
            continue
        return [first, second]
    return []


def _sides_answered_before(document, sentence, signal, told_before) -> list[Mention]:
    """The recorded parties, not people, that the sentences before have answer the signal's
    proposal, each once."""
    proposal_id = _proposal_id(signal)
    if proposal_id is None:
        return []
    sides = []
    for earlier in told_before:
        respondent = earlier.respondent
        if (
            respondent.end > sentence.start
            or _proposal_id(earlier) != proposal_id
            or ":new:" in respondent.ref
            or document.is_person(respondent.ref)
        ):
            continue
        if respondent.ref not in [m.ref for m in sides]:
            sides.append(respondent)
    return sides


def _joint_answer_before(document, sentence, told_before) -> list[Mention]:
    """The recorded parties, not people, that an earlier sentence has answer one text
    together ("X and Y signed"), the last such pair; none unless exactly two answered it."""
    pairs = []
    for earlier in told_before:
        respondent = earlier.respondent
        if (
            respondent.end > sentence.start
            or ":new:" in respondent.ref
            or document.is_person(respondent.ref)
            or _proposal_id(earlier) is None
        ):
            continue
        told = document.sentence_at(respondent.start).start
        pairs.append((told, _proposal_id(earlier), respondent))
    together: dict = {}
    for told, proposal_id, respondent in pairs:
        joint = together.setdefault((told, proposal_id), [])
        if respondent.ref not in [m.ref for m in joint]:
            joint.append(respondent)
    joint = [group for group in together.values() if len(group) == 2]
    return joint[-1] if joint else []


def _signatories_before(document, sentence, told_before) -> list[Mention]:
    """The recorded parties, not people, that the sentences before have sign one text, in
    sentences of their own or together; none unless exactly two signed it."""
    signatories: dict = {}
    for earlier in told_before:
        respondent = earlier.respondent
        if (
            not earlier.signed
            or respondent.end > sentence.start
            or ":new:" in respondent.ref
            or document.is_person(respondent.ref)
            or _proposal_id(earlier) is None
        ):
            continue
        signed = signatories.setdefault(_proposal_id(earlier), [])
        if respondent.ref not in [m.ref for m in signed]:
            signed.append(respondent)
    texts = list(signatories.values())
    return texts[0] if len(texts) == 1 and len(texts[0]) == 2 else []


def _listed_in_apposition(document, sentence, offset, people) -> bool:
    """Whether a comma after a group opens an appositive that names one of its kind."""
    opening = re.match(r"\s*,\s*(?:the\s+)?", document.text[offset : sentence.end])
    if opening is None:
        return False
    return any(
        m.start == offset + opening.end() and document.is_person(m.ref) == people
        for m in document.mentions_between(offset, sentence.end)
        if m.via not in ("post", "demonym")
    )


# "the 11 members of the TPP", "the 11 countries still in the Trans-Pacific Partnership": the
# body a group belongs to, told right after it by its name (a party's, a pact's)
_GROUP_S_OWNER = re.compile(
    r"\s+(?:still\s+|remaining\s+)?(?:in|of|within)\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w’'-]*)*)"
)


def _owner_of_the_group(document, sentence, offset) -> tuple[int, int] | None:
    """The span of the name of the body a group (ending at `offset`) is told as belonging
    to, or None."""
    owner = _GROUP_S_OWNER.match(document.text, offset, sentence.end)
    return owner.span("owner") if owner is not None else None


def _owner_of_a_group_before(document, sentence, mention) -> bool:
    """ "The 11 remaining members of the TPP agreed": the TPP is what the group belongs to,
    not a party answering (the group answers, see `_group_signals`)."""
    for match in _GROUP_SUBJECT.finditer(document.text, sentence.start, mention.start):
        owner = _owner_of_the_group(document, sentence, match.end())
        if owner is not None and owner[0] <= mention.start < owner[1]:
            return True
    return False


def _named_next(document, sentence, wanted, people, whose, exactly=False) -> list[Mention]:
    """The first parties of a group's kind the sentence after the group's names (not the one
    whose the group is: "Cambodia's four factions"), or none when it names fewer (or, where
    `exactly`, another number)."""
    index = document.sentences.index(sentence)
    if index + 1 >= len(document.sentences):
        return []
    following = document.sentences[index + 1]
    named: list[Mention] = []
    for mention in document.mentions:
        if not following.start <= mention.start < following.end:
            continue
        if document.in_quote(mention.start, mention.end) or mention.via in ("post", "demonym"):
            continue
        if document.is_person(mention.ref) != people:
            continue
        if whose and document.text[mention.start : mention.end] == whose:
            continue
        if mention.ref not in [m.ref for m in named]:
            named.append(mention)
    if exactly:
        # ("The ministers of Japan, Canada, ... and Vietnam said ... that Washington had
        # demanded": the list of them, not a party the rest of the sentence names)
        listed = _the_list_of(document, named)
        return listed if len(listed) == wanted else []
    return named[:wanted] if len(named) >= wanted else []


# "officers from the GNA and five from the forces of Khalifa Haftar": the words between two
# parties told as a pair, "and" among them
_PAIRED_BY_AND = re.compile(r"[^.;,]{0,30}\band\b[^.;,]{0,40}")


def _pair_named_next(document, sentence) -> list[Mention]:
    """ "Libya's two rival forces signed a ceasefire ... The agreement was signed by five
    officers from the GNA and five from the forces of Khalifa Haftar": the first two parties
    the next sentence tells as a pair (a person standing for the body he leads, see
    `_answering`), neither an international body; none where it tells no pair."""
    index = document.sentences.index(sentence)
    if index + 1 >= len(document.sentences):
        return []
    following = document.sentences[index + 1]
    named = [
        m
        for m in document.mentions_between(following.start, following.end)
        if m.via not in ("post", "demonym") and not document.in_quote(m.start, m.end)
    ]
    for first, second in zip(named, named[1:], strict=False):
        if first.ref == second.ref or Actor.Kind.INTERNATIONAL_ORG in (
            document.kind_of(first.ref),
            document.kind_of(second.ref),
        ):
            continue
        if _PAIRED_BY_AND.fullmatch(document.text, first.end, second.start):
            return [first, second]
    return []


def _the_list_of(document, named: list[Mention]) -> list[Mention]:
    """The longest run of `named` told as one list ("A, B, C and D")."""
    runs: list[list[Mention]] = []
    for mention in named:
        if runs and re.fullmatch(
            r"\s*(?:,\s*(?:and\s+)?|and\s+)", document.text[runs[-1][-1].end : mention.start]
        ):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return max(runs, key=len, default=[])


def _names_its_body(document: Document, mention: Mention) -> bool:
    """ "The Israeli cabinet approved": a demonym before the body that answers for its state;
    "the Serbian delegation refused": before the people who negotiate for it."""
    following = document.text[mention.end : mention.end + 40]
    body = re.match(
        # not "the ethnic Armenian authorities in Nagorno-Karabakh", who answer for a place
        r"\s+(?:[a-z-]+\s+|(?P<qualifier>[A-Z][a-z]+)\s+)?(?:"
        + _STATE_BODY
        + r"|"
        + _DELEGATION
        + r")\b(?!\s+(?:in|of)\s+[A-Z])",
        following,
    )
    if (
        mention.via == "demonym"
        and body is not None
        # "the Indonesian Republican delegates": a word of the state's own (not "the Bosnian
        # Serb delegation", another party's name)
        and not (
            body.group("qualifier")
            and document.mentions_between(
                mention.end + body.start("qualifier"), mention.end + body.end("qualifier")
            )
        )
    ):
        return True
    if _names_its_leaders(document, mention):
        return True
    if (
        mention.via == "demonym"
        and document.is_state(mention.ref)
        and post_of_its_unnamed_holder(document, mention) is not None
    ):
        return True  # "The Freedonian foreign minister accepted": the state's post, unnamed
    # "Dutch and Indonesian delegates signed": each state's people, where another state's
    # demonym stands between (as for leaders, `_names_its_leaders`)
    other = re.match(r"\s*(?:,|\s+and)\s+", following[:6])
    if mention.via != "demonym" or other is None:
        return False
    after = mention.end + other.end()
    return any(
        m.start == after and m.via == "demonym" and _names_its_body(document, m)
        for m in document.mentions_between(after, after + 40)
    )


# "Israeli leaders rejected", "senior Egyptian officials accepted", "Israeli ministers": a
# state's leaders or officials, unnamed, who answer for the state the demonym names. Not
# "Israeli opposition leaders" or "Israeli settler leaders" (another word before the noun is
# a body of their own), nor "Armenian leaders of Nagorno-Karabakh", "Kurdish officials in
# Erbil" (the leaders of a place of their own).
_STATE_LEADERS = re.compile(
    r"\s+(?:leaders|leadership|officials|ministers)\b(?!\s+(?:in|of|from)\s+(?:the\s+)?[A-Z])"
)


def _names_its_leaders(document: Document, mention: Mention) -> bool:
    """ "Israeli leaders rejected": the unnamed leaders of the state the demonym names answer
    for it, where it is a recorded state (not a people or a body whose own name it begins)."""
    if mention.via != "demonym" or not document.is_state(mention.ref):
        return False
    if _STATE_LEADERS.match(document.text, mention.end):
        return True
    # "Egyptian and Israeli leaders accepted": each state's, where another state's demonym
    # stands between
    other = re.match(r"\s*(?:,|\s+and)\s+", document.text[mention.end : mention.end + 6])
    if other is None:
        return False
    after = mention.end + other.end()
    return any(
        m.start == after and m.via == "demonym" and _names_its_leaders(document, m)
        for m in document.mentions_between(after, after + 40)
    )


def _names_an_actor(document: Document, mention: Mention) -> bool:
    """A surname is a person's and is written with a capital: "the minister" or "Russian"
    read as a surname names no one."""
    if mention.via != "surname":
        return True
    return document.text[mention.start].isupper() and document.is_person(mention.ref)


# "X, deputy head of the Council and commander of the feared ": a second post of the person's,
# coordinated with the first in the apposition after his name
_COMPLEMENT_OF_A_SECOND_POST = re.compile(
    r"\b[A-Z][\w’'-]+,\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}of\s+[^,;()]{1,80}?\s+and\s+"
    r"(?:[a-z][\w-]*\s+){1,3}of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)


# "Freedonia's envoy to the ", "Norvik Mining's lawyer for ", "a former chief executive of ": a
# post of another's, or one left, up to the name of the body its complement names
_COMPLEMENT_OF_ANOTHER_S_POST = re.compile(
    r"(?:['’]s?|\b(?:former|ex-|onetime|one-time))\s+(?:(?-i:[a-z])[\w-]*\s+){1,3}?"
    r"(?:to|for|of|in|at|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "a former Hamas commander": a post its holder has left, written round the body's name
_LEFT_THE_POST_BEFORE = re.compile(r"(?:\b(?:former|onetime|one-time)\s+|\bex-)$", re.IGNORECASE)
_POST_AFTER = re.compile(r"\s+" + A_QUALIFIED_POST_THAT_SPEAKS_FOR_IT + r"\b")


def _signal_after(document, sentence, mentions, mention) -> list[SignalCandidate] | None:
    """The signals of a respondent followed by a response phrase; None when none follows."""
    if _HYPOTHETICAL.search(document.text[sentence.start : mention.start]):
        return None
    if _COMPLEMENT_OF_ANOTHER_S_POST.search(document.text[sentence.start : mention.start]):
        # "Freedonia's envoy to the Northern Front accepted", "a former chief executive of
        # Norvik Mining accepted": the body closes the complement of a post it does not answer
        # through (another's, or one its holder has left)
        return None
    complement = _COMPLEMENT_OF_A_POST.search(document.text[sentence.start : mention.start])
    if complement and not _HEADSHIP.search(complement.group(0)):
        # "Ali Omar, deputy head of the Congress, signed": Ali Omar signed, not the Congress
        # (but "Ali Omar, head of the rebel delegation, signed" signs for the body he leads)
        return None
    if _COMPLEMENT_OF_A_SECOND_POST.search(document.text[sentence.start : mention.start]):
        # "Daglo, deputy head of the Council and commander of the Rapid Support Forces,
        # signed": the body of his second post signs nothing
        return None
    following = document.text[mention.end : sentence.end]
    if (
        _IN_RELATIVE_CLAUSE.search(document.text[sentence.start : mention.start])
        or _NAMED_BY_HIS_POST_IN_A_RELATIVE_CLAUSE.search(
            document.text[sentence.start : mention.start]
        )
    ) and re.match(r"\s*,", following):
        # "X, a former general who fought Hamas, refused": Hamas closes a clause about X, and
        # the verb after it is X's (who answers for Hamas only if he leads it); so too "the
        # Front, which is backed by Uganda, denounced the deal": the Front's verb
        return None
    if re.match(
        r"\s*\([^()]{1,40}\)\s*,\s*(?!(?:who|whom|whose|which)\b)", following
    ) and re.search(r"\bof\s+(?:the\s+)?$", document.text[sentence.start : mention.start]):
        # "X, a leader of the Liberation Army (KLA), signed": the body closes a complement
        # of X's post, and the verb after its brackets is X's
        return None
    before = [m for m in mentions if m.end <= mention.start and m.ref != mention.ref]
    # "the settlers' underground force led by former general Raoul Salan": his post between
    led = re.search(
        r"([\w’']+),?\s+" + _LEADER_AGENT + r"(?:[a-z][\w-]*\s+){0,3}$",
        document.text[: mention.start],
    )
    if (
        led
        and led.group(1).casefold() not in AUXILIARIES["be"]
        and not re.match(r"\s*,\s*(?:who|whose)\b", following)
    ):
        # "the Front led by Omar Sy, rejected", "the delegation, headed by X, put forward":
        # the leader is named in passing; the verb is the body's, which answers for him (not
        # "the Front is led by Omar Sy, who rejected")
        return None
    if (
        before
        and _APPOSITIVE_OPEN.fullmatch(document.text[before[-1].end : mention.start])
        and re.match(r"\s*,", following)
        # "In Armenia, the nationalist Federation, known as ..., rejected": the place of a
        # circumstance opening the sentence is no subject the respondent stands beside
        and not _OPENING_CIRCUMSTANCE.fullmatch(document.text[sentence.start : before[-1].start])
    ):
        return None  # "the FDD, the largest Hutu rebel group, said": the FDD's words
    acknowledged = None
    predicates = _coordinated_predicates(document, mention, following)
    for skipped in predicates:
        found = _signals_at(document, sentence, mentions, mention, following, skipped)
        if found is None:
            continue
        status, signals = found
        if status == "rejected" and signals:
            # "rejected the union's demand for back pay, but accepted its call for a day of
            # leave": a yes after "but" answers another text of the same side
            return signals + _yes_after_but(
                document, sentence, mentions, mention, following, predicates, signals
            )
        if status != "acknowledged":
            if signals and _REFERS_TO_AN_ITEM.match(following, skipped):
                # "agreed to the first condition and have not yet replied on the second": a
                # later predicate answers another item of the same list
                return signals + _other_items_answered(
                    document, sentence, mentions, mention, following, predicates
                )
            return signals
        # "Kigali welcomed the call but said it would back a truce only if ...": a later
        # predicate of the same subject may say more than an acknowledgement
        acknowledged = signals if acknowledged is None else acknowledged
    return acknowledged or _gerund_signals(document, sentence, mentions, mention)


_BUT_BEFORE = re.compile(r"\bbut\s+$")


def _other_items_answered(document, sentence, mentions, mention, following, predicates):
    """The signals of the later predicates of the same subject whose object is another item of
    the list told before ("... and have not yet replied on the second")."""
    found = []
    for skipped in predicates:
        if not _REFERS_TO_AN_ITEM.match(following, skipped):
            continue
        answered = _signals_at(document, sentence, mentions, mention, following, skipped)
        if answered is not None:
            found += answered[1]
    return found


def _yes_after_but(document, sentence, mentions, mention, following, predicates, refusals):
    """The acceptance a later predicate joined by "but" states, where it answers a text other
    than the one refused ("rejected the plan but accepted some of its points" is no yes to
    it)."""
    refused = {_proposal_id(s) for s in refusals}
    for skipped in predicates:
        if not _BUT_BEFORE.search(following[:skipped]):
            continue
        found = _signals_at(document, sentence, mentions, mention, following, skipped)
        if found is None:
            continue
        status, signals = found
        if status not in ("accepted", "accepted_with_conditions"):
            return []
        return [s for s in signals if _proposal_id(s) not in refused]
    return []


# "Ali Omar, second deputy head of the Tripoli-based Congress, signed": the body in a named
# person's appositive is the complement of his post, not the subject
_COMPLEMENT_OF_A_POST = re.compile(
    r"\b[A-Z][\w’'-]+,\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$"
)
# a circumstance of place opening a sentence: "In Armenia, ...", "Across the region, ..."
_OPENING_CIRCUMSTANCE = re.compile(
    r"\s*(?:in|at|from|across|inside|outside|within|throughout)\s+(?:the\s+)?", re.IGNORECASE
)
# an appositive after a name, still open: "the Forces (FDD), the largest Hutu rebel group"
_APPOSITIVE_OPEN = re.compile(r"\s*\)?(?:\([^()]*\))?\s*,\s+(?:the|a|an)\s+[^,;()]*")
# a relative clause about someone named before, still open: ", a former general who fought",
# ", which is backed by Uganda", ", whose troops fought alongside Ethiopian forces"
_IN_RELATIVE_CLAUSE = re.compile(r",\s+(?:[^,;]*?\s)?(?:who|whom|which|whose)\s[^,;]*$")


# a yes whose phrase closes on the word that opens its condition: "agreed to raze the forts,
# provided that ...", "accepted on condition that ...", "..., but only if ..." ("would pull out
# the irregulars if the others leave as well": the object before the bare "if") (tune45a)
_ENDS_ON_ITS_CONDITION = re.compile(
    r"\b(?:provided(?:\s+that)?|on\s+(?:the\s+)?condition(?:\s+that)?|only\s+(?:if|once|when"
    r"|provided|as\s+long\s+as)|if|as\s+long\s+as|so\s+long\s+as)\s*$",
    re.IGNORECASE,
)


_HEADSHIP = re.compile(
    r"(?<!deputy\s)(?<!vice\s)\b(?:head|leader|chief|chair(?:man|woman|person)?)\s+of\s", re.I
)


# "X had long refused to negotiate, before accepting Angola's offer", "X signed, after rejecting
# two earlier drafts", "having approved the plan": a gerund's subject is its sentence's subject
_GERUNDS = re.compile(
    r"\b(?:(?:before|after|while|by|since|then)\s+|having\s+)(?:\w+ly\s+)?(?:"
    r"(?P<accepted>accept(?:ing|ed)|approv(?:ing|ed)|endors(?:ing|ed)|ratif(?:ying|ied)"
    r"|back(?:ing|ed)|embrac(?:ing|ed)|agree(?:ing|d)\s+to)"
    r"|(?P<signed>sign(?:ing|ed)|initial(?:l)?(?:ing|ed))"
    r"|(?P<rejected>reject(?:ing|ed)|turn(?:ing|ed)\s+down|spurn(?:ing|ed)|dismiss(?:ing|ed))"
    r"|(?P<withdrawn>withdr(?:awing|awn)\s+from|pull(?:ing|ed)\s+out\s+of"
    r"|walk(?:ing|ed)\s+away\s+from))\b",
    re.IGNORECASE,
)


def _gerund_signals(document, sentence, mentions, mention) -> list[SignalCandidate] | None:
    """The signal of a gerund or perfect participle whose subject is the respondent: only for
    the sentence's subject (no one named before it), and only with a proposal as its object."""
    dateline = _DATELINE.match(document.text)
    start = max(sentence.start, dateline.end() if dateline else 0)
    if mention.start < start or any(start <= m.start < mention.start for m in mentions):
        return None  # "KABUL, Afghanistan (AP) - The Taliban ...": not the subject
    if len(re.findall(r"\w+", document.text[start : mention.start])) > 4:
        return None
    for match in _GERUNDS.finditer(document.text, mention.end, sentence.end):
        if re.search(
            r"\bher\s*$|\b(?:if|unless|whether)\b", document.text[mention.end : match.start()]
        ):
            return None
        verb = next(k for k, v in match.groupdict().items() if v)
        proposal = _answered_proposal(document, sentence, mention, match.start(), match.end())
        if proposal is None or proposal.start < match.end():
            return None
        answering = _answering(document, [mention], verb == "signed")
        if not answering:
            return None
        respondent, person = answering[0]
        status = "accepted" if verb == "signed" else verb
        # the sentence's day is its main verb's: "said on Monday ..., two days after signing"
        clause_end = (
            match.end() + re.search(r"[,;:—(]|$", document.text[match.end() : sentence.end]).start()
        )
        days = [
            d for d in document.dates_between(match.start(), clause_end) if d.precision == "day"
        ]
        in_clause = bool(days)
        changed_on = days[0].iso if days else document.published_on.isoformat()
        if not document.dates_between(sentence.start, sentence.end) and verb == "signed":
            # "The two leaders held talks ..., then strolled ... before signing the declaration"
            met = _day_of_their_meeting_before(document, sentence, [respondent], match.start())
            changed_on, in_clause = (met, True) if met else (changed_on, in_clause)
        return [
            SignalCandidate(
                respondent.start,
                sentence.end,
                respondent,
                proposal,
                status,
                changed_on,
                signed=verb == "signed",
                dated_in_clause=in_clause,
                person=person,
            )
        ]
    return None


# "accepted the offer in his own name", "in a personal capacity": a holder of a post who
# answers for himself, not for the body of his post
_FOR_HIMSELF = re.compile(
    r"\b(?:in\s+(?:his|her)\s+own\s+name|in\s+(?:a|his|her)\s+(?:personal|private)\s+capacity"
    r"|(?:speaking\s+)?for\s+(?:himself|herself)|as\s+a\s+private\s+(?:citizen|individual))\b",
    re.IGNORECASE,
)


def _holder_answers_apart(document, sentence, mention, held_post_end: int) -> bool:
    """Whether the holder of the post told between a body and its verb ("Norvik Mining's chief
    executive accepted") answers otherwise than as the body's unnamed voice: the article names
    or records him at that post (his own reading answers, for the body of his post), he holds
    no such post of it (`post_of_its_unnamed_holder`), or it says he answers for himself ("in
    his own name")."""
    if post_of_its_unnamed_holder(document, mention, held_post_end) is None:
        return True
    return _FOR_HIMSELF.search(document.text, held_post_end, sentence.end) is not None


# an answer's definite object, up to three words before its noun, the noun closing its phrase:
# "accepted the waiver on the understanding", "refused the cap championed by ...", "rejected
# the amendments wholesale" (not "the terms of the ballot", "the timetable for the release": a
# noun whose phrase goes on)
_A_DEFINITE_OBJECT = re.compile(
    r"\s*(?:the|its|their|his|her)\s+"
    r"(?:(?!(?:the|a|an|and|or|but|of|to|for|on|in|by|with|at|from|that|which|who)\b)"
    r"[\w.$%’'-]+\s+){0,3}?"
    r"(?P<noun>[a-z][a-z-]{2,})"
    r"(?=\s*(?:[.,;:!?)”\"]|$)|\s+(?:on|in|at|by|with|from|before|after|that|which|when|as"
    # ("the surrender and left Vereeniging", not "the judicial and economic chapters": a
    # second predicate, not a second adjective of the same noun)
    r"|(?:and|but|or)(?!\s+[a-z]+\s+[a-z]+s\b)"
    r"|outright|once|wholesale|yesterday|today|until|unless|[a-z]+ed|[a-z]+ly)\b)"
)
# a proviso right after an answer's object: "the observers, provided ...", "the waiver on the
# understanding, recorded in a national statement, that ..."
_A_PROVISO_AFTER_THE_OBJECT = re.compile(
    r",?\s+(?:provided|on\s+(?:the\s+)?condition|on\s+the\s+understanding|only\s+if)\b"
)


def _told_by_its_bare_object(
    document, verb_start, end, ends_on_its_proviso=False
) -> ProposalMention | None:
    """The text an answer's definite object refers to where no reference read it: the one
    recorded proposal whose title or short name holds the object's noun ("the waiver" of the
    "NSG waiver for India", "the cap" of the "Proposal for a global cap on plastic
    production"; not a draft of it, and of no other title). A noun a reference reads ("the
    bid", "the constitution"), an actor's and a word of no text in particular ("the plan",
    "the talks") tell nothing. The object stands after the verb (`end`), or right before its
    proviso when the phrase ends on one ("accepted the cap, provided that")."""
    if ends_on_its_proviso:
        objects = [
            m
            for m in _A_DEFINITE_OBJECT.finditer(document.text, verb_start, end)
            if not document.text[m.end() : end].strip(" ,")
        ]
        found = objects[-1] if objects else None
    else:
        found = _A_DEFINITE_OBJECT.match(document.text, end)
    if found is None:
        return None
    noun = found.group("noun")
    if any(m.start < found.end() and found.start("noun") < m.end for m in document.mentions):
        return None  # "the government", "the Chamber": an actor, no text
    if any(p.start < found.end() and found.start("noun") < p.end for p in document.proposals):
        return None  # a reference its own rules read and left open
    if noun not in _GENERIC_WORDS | _NOT_TEXTS and not _REFERENCE.fullmatch(f"the {noun}"):
        holding = [
            p["id"]
            for p in document.gazetteer.proposals.values()
            # (in the same number: "rejected the settlements" names places, not the
            # "Rafah border settlement")
            if noun in p["words"] and not _a_draft(document, p["id"])
        ]
        if len(holding) == 1:
            return ProposalMention(found.start("noun"), found.end("noun"), holding[0])
    return None


def _signals_at(document, sentence, mentions, mention, following, skipped):
    """The status and signals of a response phrase at an offset after the respondent; None
    when none starts there."""
    for status, pattern in _SIGNAL_PATTERNS:
        match = pattern.match(following[skipped:])
        if match is None:
            continue
        if status is None:
            return None, []
        if match.groupdict().get("held_post") and _holder_answers_apart(
            document, sentence, mention, mention.end + skipped + match.end("held_post")
        ):
            continue
        if pattern in (
            _DECLARED_YES_OF_THE_NAMED,
            _DECLARED_NO_OF_THE_NAMED,
        ) and not _SAID_JUST_BEFORE.search(document.text, sentence.start, mention.start):
            continue  # "Hamas would accept the plan": a hypothesis, no answer told
        if pattern is _DECLARED_NO_OF_THE_NAMED and any(
            m.ref != mention.ref for m in document.mentions_between(sentence.start, mention.start)
        ):
            continue  # "Israel has said Hamas will not sign the plan": another side's forecast
        if pattern is _VOTING_TO_REJECT and _OBJECT_OF_A_PREPOSITION.search(
            document.text, max(0, mention.start - 20), mention.start
        ):
            return status, []  # "A critic of Hamas voted to reject": the critic's vote
        seat = _A_SEAT_AND_ITS_RELATIVE.match(following[skipped:])
        if (
            seat
            and match.end() > seat.end()
            and (
                mention.via in ("country", "demonym")
                or re.search(_STATE_BODY + r"$", mention.text_in(document.text))
            )
        ):
            # "The Armenian authorities in Nagorno-Karabakh, which ..., signalled": the
            # authorities of the place, not of the state (tune50d)
            continue
        verb_start = mention.end + skipped
        verb_end = verb_start + match.end()
        if pattern in _GIVING_THE_TEXT_A_YES and not (
            re.search(
                r"\b(?:gave|given|gives|granted|grants)\s+(?:it|them)\b", match.group(0), re.I
            )
            or any(verb_start <= p.start < verb_end for p in document.proposals)
        ):
            continue  # "gave the government its backing": a party backed, no text
        signing = pattern is _SIGNATORIES
        aside = _ASIDE_BEFORE_VERB.match(following[skipped:])
        if aside and aside.end() <= match.end():
            # "JEM, which signed a framework accord but later walked away from it, rejected
            # the document": what the clause between the subject and its verb names is not
            # the verb's object
            verb_start += aside.end()
        if re.search(r"\bto$", match.group(0), re.IGNORECASE) and _TO_TALK_ABOUT.match(
            document.text, verb_end
        ):
            # "agreed to discuss a light-water reactor", "agreed to study the plan": a promise
            # to take the matter up, no yes to a text its words describe
            return status, []
        if pattern is _REFUSING_THE_STEP_ASKED:
            # "refused to negotiate directly with the government": only a recorded demand,
            # call or proposal of another side whose title the step's words describe is
            # refused; a step no recorded ask describes answers nothing
            proposal = _described_object(
                document,
                sentence,
                verb_end,
                _end_of_the_infinitive_s_object(document, verb_start, verb_end),
            )
            if proposal is None or not _asked_or_proposed(document, proposal.proposal_id):
                return status, []
        elif pattern is _WITHDRAWING_A_YES:
            proposal = _text_of_the_yes_withdrawn(document, sentence, verb_start, verb_end)
        elif pattern is _CONDITIONING:
            # "made its signature conditional on Armenia changing its constitution": the
            # words after "on" tell the condition (which may be a recorded demand), so the
            # answer is to the text the phrase names ("its support for the plan"), else to
            # the one its paragraph, else the article, told of last
            named = [p for p in document.proposals if verb_start <= p.start < verb_end]
            proposal = named[0] if named else _proposal_told_last(document, mention.start)
        else:
            # "..., a request the government has rejected.": the verb has no object of its
            # own, so what it answers is what the noun in apposition stands for (an adverb of
            # manner or time may close the clause: "a plan FRELIMO rejected out of hand", "an
            # offer the union turned down unanimously", "a demand Paris refused yesterday"),
            # or the reason for the answer, told with "as" ("an offer the union turned down as
            # a way of shedding jobs", "a demand the unions had rejected as \"an attack\"")
            without_object = re.match(
                r"[^\w]*$|\s+(?:the\s+same|at\s+once|outright|on|in|last|out\s+of\s+hand"
                r"|yesterday|today|tonight|within\s+(?:hours|days)|as(?=\s+(?:an?\s|[\"“]))"
                # "a demand President Hamid Karzai refused after he met Bush": a clause of
                # time or reason closing the relative clause, the verb still without object
                r"|(?:after|before|when|because)(?=\s+(?:he|she|it|they|the|his|her|its|their)\s)"
                r"|\w+ly(?!\s+(?:the|an?|its|their|his|her|this|that)\b))\b",
                document.text[verb_end : sentence.end],
            )
            proposal = (
                _asked_in_the_clause_before(document, sentence, mention) if without_object else None
            )
            if proposal is None and without_object:
                proposal = _asked_in_its_aside(document, sentence, mention, verb_start)
            if (
                proposal is None
                and status == "pending"
                and re.match(r"[^\w]*$", document.text[verb_end : sentence.end])
                and _ASKED_IN_APPOSITION.search(document.text, sentence.start, mention.start)
            ):
                # ", a request the council has yet to take up.": what is still awaited is the
                # ask the clause before describes; where no recorded proposal fits it, it is
                # none of them (not the text the article is about)
                return status, []
            if proposal is None and status == "pending":
                # "The Vatican has long asked Beijing to recognise the underground bishops.
                # China has yet to respond": an answer still owed, with no object, is owed to
                # what the sentence before asks, not to the text its paragraph named before
                proposal = _request_told_before(document, sentence, verb_end)
            if proposal is None and re.search(r"\b(?:refused|declined)$", match.group(0), re.I):
                # "Major X refused the same day on behalf of the army.": a no with no object
                # answers the request the sentence before tells, as a bare "declined." does
                proposal = _request_told_before(document, sentence, verb_end)
            bare_yes = _A_BARE_YES_BEFORE_ITS_PROVISO.match(document.text, verb_start)
            if proposal is None and status == "accepted_with_conditions" and bare_yes:
                # "the employers turned that down and offered the joint council instead. LO
                # accepted on condition that ...": a yes on terms with no object takes up the
                # ask the sentence before tells, as a bare "agreed." does, before the text the
                # paragraph told of last
                proposal = _request_told_before(document, sentence, bare_yes.end("verb"))
            if proposal is None:
                # "agreed to receive the rebels", "refused, however, to register the
                # Independent Students' Union": a step told by the verb phrase after the
                # answer, naming no text, is the recorded one whose title it describes, before
                # the text the paragraph told of last
                proposal = _the_step_described(document, mention.end + skipped, verb_end)
            if proposal is None and status == "pending":
                # "The Council has invited X and Y to name officers. Y gave its assent on
                # Tuesday. X has yet to reply": the ask told just before, not the text the
                # paragraph or the article named last
                proposal = _ask_told_just_before(document, sentence, mention)
            proposal = proposal or _answered_proposal(
                document, sentence, mention, verb_start, verb_end
            )
        # "agreed to the first condition", "refused both": the items of the list told before
        listed = _items_referred_to(document, sentence, mention, status, verb_start, verb_end)
        if listed is not None:
            if not listed:
                return status, []  # the items describe no recorded text
            proposal = listed[0]
        proviso = (
            _ENDS_ON_ITS_CONDITION.search(match.group(0))
            if status == "accepted_with_conditions"
            else None
        )
        if proviso is not None and proposal is not None and proposal.start >= verb_end:
            # "agreed to provide technical help on condition that Nauru first draws up a plan":
            # a text the condition names is what the yes waits on, not what it answers
            proposal = None
        if (
            proviso is not None
            and proposal is not None
            and proposal.start < verb_start
            and _announced_by(document, proposal.proposal_id, mention)
        ):
            # "... and a Japanese demand for a farm exemption. Japan accepted the draft only on
            # condition that the exemption be settled first": a yes on terms does not answer the
            # respondent's own demand told before it; the object before its proviso tells the text
            proposal = None
        if proposal is None and proviso is not None:
            # "agreed to raze the new forts, provided that the old fortress be left standing",
            # "will accept only if the people approve the choice in a plebiscite": the words
            # after the proviso are the condition; the object, if any, stands before it
            proposal = _described_object(
                document,
                sentence,
                verb_start,
                max(verb_start, mention.end + skipped + proviso.start()),
            ) or _text_of_a_yes_without_object(document, mention, verb_start, verb_end)
        if proposal is None:
            proposal = _described_object(
                document,
                sentence,
                verb_end,
                _end_of_the_infinitive_s_object(document, verb_start, verb_end),
            )
        if proposal is None and status in ("accepted_with_conditions", "countered"):
            # "would open the crossings only once ...": the object stands before the condition;
            # "rejected the opposition's demand for ... and countered with": before the counter
            proposal = _described_object(document, sentence, verb_start)
        if proposal is None and status == "accepted_with_conditions":
            proposal = _text_of_a_yes_without_object(document, mention, verb_start, verb_end)
        if proposal is None:
            proposal = _the_text_made_for_it(document, mention, verb_start, verb_end)
        told_with_it = None
        if proposal is None:
            proposal = told_with_it = _texts_told_with_it_before(
                document, sentence, mention, verb_end
            )
        if proposal is None and skipped:
            # "welcomed the call but said it would back a truce": the proposal its first
            # predicate names
            proposal = _proposal_for(document, sentence, mention.end)
            if proposal is not None and proposal.start >= verb_start:
                proposal = None
        if (
            status == "countered"
            and proposal is not None
            and "compromise" in match.group(0).casefold()
            and "compromise"
            in document.gazetteer.proposals.get(proposal.proposal_id, {}).get("words", ())
        ):
            return status, []  # the compromise tabled answers no recorded proposal
        if pattern is _AGREEING_TO_ATTEND:
            # "Uzbekistan has accepted an invitation from Tajikistan to a summit. Kyrgyzstan has
            # also agreed to attend.": the invitation told just before, else no answer
            proposal = _invitation_told_just_before(document, sentence, verb_start)
            if proposal is None:
                return status, []
        if proposal is None and pattern is _ATTENDING:
            # "refused to attend the signing": the text its paragraph told of last
            proposal = _paragraph_proposal(document, mention.start)
        outcome_welcomed = (
            proposal is None
            and status == "acknowledged"
            and _WELCOMING.search(match.group(0)) is not None
            and _AN_OUTCOME_AFTER_THE.match(document.text, verb_end) is not None
            # (a body's or a state's: a leader who "welcomed the signing" is often one whose
            # own side signed, and says so in the same breath)
            and not document.is_person(mention.ref)
        )
        if outcome_welcomed:
            # "Bonn welcomed the outcome", "France welcomed the settlement": what came of the
            # talks stands for the text they settled, the one the article's lead names (not
            # the one the story of the talks told of last: an earlier draft, a first appeal)
            proposal = _the_lead_s_text(document, mention.start)
        if (
            pattern is _ATTENDING
            and proposal is not None
            and not _a_meeting_refused(document, proposal, verb_end)
        ):
            # "refused to attend" a meeting no recorded proposal sets up: no answer to a text
            return status, []
        if signing and _OWN_TEXT.match(document.text[verb_end:]):
            return status, []  # "whose front signed its own peace deal in 1996": not this one
        if proposal is None and signing and _SIGNED_WITH_THEM.match(document.text[verb_end:]):
            proposal = _text_signed_before(document, sentence, mention.start)
        alongside = _fellow_signatories(document, sentence, verb_end) if signing else []
        signed_for = _party_signed_for(document, mentions, verb_end) if signing else None
        if proposal is None and (alongside or signed_for):
            # "Kabila signed alongside Angola's dos Santos and Namibia's Nujoma", "Larma signed
            # for the PCJSS": the text its paragraph, else the article, told of last
            proposal = _proposal_told_last(document, mention.start)
        if proposal is None and signing and _SIGNED_WHAT.match(document.text[verb_end:]):
            # "signed nine copies each": the text the paragraph, else the article, told of last
            proposal = _paragraph_proposal(document, verb_end) or _last_proposal_before(
                document, mention.start
            )
        if proposal is None and signing:
            # "X and Y signed a declaration here today" opening the article: the text the
            # article goes on to name ("Under the Tashkent Declaration, ...")
            proposal = _lead_text_named_next(document, sentence, verb_end)
        # "signed two agreements. The first accord ... The second ...": each text the
        # next sentences tell of, one by one
        counted = listed or (_counted_after(document, sentence, verb_end) if signing else [])
        proposal = proposal or (counted[0] if counted else None)
        if pattern is _UNDERTAKING or (proposal is None and _AGREED_TO.search(match.group(0))):
            # "In the memorandum signed on April 15, Vienna undertook to declare neutrality,
            # and Moscow agreed to withdraw its troops": a commitment made in the text the
            # sentence opens with accepts that text (and no other)
            proposal = (
                None
                if _plural_of_states(document, mention)
                else _framing_text(document, sentence, mention)
            )
        if proposal is None and _AGREED_TO.search(match.group(0)):
            # "... confirm the break in a plebiscite. The Storting agreed to hold one": "one"
            # stands for the noun the sentence before told of, and so for the text that
            # sentence describes (tune38f)
            proposal = _one_told_before(document, sentence, verb_end)
        if proposal is None and _NOT_AGREED_TO.search(match.group(0)):
            # "X accepted the appeal on the 25th; Y did not agree to suspend the quarantine": a
            # step its words tie to no recorded text answers the one the clause before, set
            # beside it, answered (tune38f)
            proposal = _answered_in_the_clause_set_beside(document, sentence, mention)
        if pattern in _BARE_ANSWERS:
            # "Nehru declined.": only a request the sentence before tells is answered
            proposal = _request_told_before(document, sentence, verb_end)
            if proposal is None:
                # "Egypt accepted the plan, and Hamas declined": no request told, the text the
                # clause set beside it answered (tune48g)
                proposal = _answered_in_the_clause_joined_before(
                    document, sentence, mention, verb_end
                )
            if proposal is None and _NO_OBJECT_AFTER.match(
                document.text, _after_its_day(document, verb_end)
            ):
                # "On Tuesday Berri proposed moving the hostages to an embassy. France agreed
                # at once to take them. Switzerland gave its consent on Wednesday": another
                # party's answer between the ask and this one, the ask two sentences before
                proposal = _ask_told_just_before(document, sentence, mention)
            if proposal is None:
                # "On the safeguard against import surges, Beijing said yes, provided ...": the
                # text the sentence's opening topic describes
                proposal = _text_of_the_opening_topic(document, sentence, mention)
            if proposal is None and re.search(r"\bin\s+kind$", match.group(0), re.I):
                # "the Tigers announced a truce, and the government answered in kind": the
                # step taken in return is the one named last, in its sentence or the one before
                before = document.sentence_before(sentence)
                proposal = _last_mention(
                    [p for p in document.proposals if p.start >= (before or sentence).start],
                    verb_start,
                )
            if status == "accepted" and _A_BARE_YES_ON_CONDITION.match(document.text, verb_end):
                # "the committee agreed there and then, on condition that ...": a yes on terms
                status = "accepted_with_conditions"
                if proposal is None:
                    # "The union accepted Mitchell's plan ...; the companies agreed on condition
                    # that ...": no request told, the text on the table
                    proposal = _text_of_a_yes_without_object(
                        document, mention, verb_start, verb_end
                    )
        elided = _WHETHER_IT_WILL.match(document.text, verb_end)
        if proposal is None and status == "pending" and elided:
            # "had asked Saudi Arabia to use its influence; the Saudis have not yet said whether
            # they will.": the verb left out is the request's, so the request is the one answered
            proposal = _request_told_before(document, sentence, elided.end("verb"))
        if (
            pattern is _COMING_ABOARD
            and proposal is not None
            and not _JOINED_TEXT.search(
                document.gazetteer.proposals.get(proposal.proposal_id, {}).get("name", "")
            )
        ):
            proposal = None  # "The Greens joined on Monday": the talks, no settled text (t56b)
        if proposal is None and status != "pending":
            # "Switzerland accepted the waiver on the understanding ...", "the United States
            # again refused the cap championed by ...": a definite object that nothing above
            # tied to a text, told by a word of one recorded title (r68proposalobj)
            proposal = _told_by_its_bare_object(
                document,
                verb_start,
                verb_end if proviso is None else mention.end + skipped + proviso.start(),
                ends_on_its_proviso=proviso is not None,
            )
            if proposal is not None and _announced_by(document, proposal.proposal_id, mention):
                proposal = None  # "they balked at the judicial chapters": not its own proposal
            if (
                proposal is not None
                and status == "accepted"
                and _A_PROVISO_AFTER_THE_OBJECT.match(document.text, proposal.end)
            ):
                # "agreed to the observers, provided their commando was given safe conduct",
                # "accepted the waiver on the understanding ... that": a yes on terms
                status = "accepted_with_conditions"
        if proposal is None and status != "pending":
            return status, []
        if status == "accepted" and _recognizing_a_party(document, verb_start, verb_end):
            # "agreed to recognize the union as the bargaining agent": a standing granted to a
            # party, no yes to a text the words after describe
            return status, []
        if status == "accepted" and _undoing_the_text(document, match, verb_end, proposal):
            # "agreed to withdraw a decree that ended fuel subsidies": a yes to undoing the
            # text, no yes to the text
            return status, []
        if (
            proposal is None
            and re.search(r"ing$", match.group(0))
            and _AN_OBJECT.match(document.text, verb_end)
        ):
            return status, []  # "was studying the Iranian letter": not a proposal
        if proposal is None and status == "pending":
            # "The strike committee has asked every other mill to post the same scale. Two
            # mills have yet to give an answer.", "X has been invited to attend, and has not
            # yet answered.": an answer owed with no object is owed to the request told
            # before it, as a bare "declined." answers one
            owed = _AN_ANSWER_OWED.match(document.text, verb_end)
            if owed is not None and re.search(r"\bgive$", match.group(0)):
                proposal = _request_told_before(document, sentence, owed.end())
            elif re.search(r"\b(?:respond|reply|answer)(?:ed)?$|\breplied$", match.group(0)):
                proposal = _request_told_before(document, sentence, verb_end)
        if proposal is None:
            # "has not said whether it will observe the ceasefire": the one referred to
            # last, in its sentence, paragraph or before
            proposal = _proposal_for(document, sentence, sentence.start, anywhere=True)
            if proposal is not None and _its_own_proposal(document, proposal):
                proposal = None
            proposal = (
                proposal
                or _ask_told_just_before(document, sentence, mention)
                or _paragraph_proposal(document, mention.start)
                or _the_lead_s_text(document, mention.start)
                or _last_proposal_before(document, mention.start)
            )
        if status == "pending" and re.search(r"\bvote$", match.group(0)):
            proposal = _the_bill_voted_on(document, sentence, proposal, verb_start, verb_end)
        proposals = counted or [proposal]
        if not counted and re.search(r"\bthem\b", match.group(0)):
            # "The treaty and the concordat must still be ratified. The Chamber is to take
            # them up": "them" stands for each of the texts named together before it
            proposals = _the_texts_them_stands_for(document, sentence, proposal) or proposals
        # "The presidents of Bosnia, Serbia and Croatia initialled a peace agreement":
        # each party listed before the verb answers alike.
        given_for = _answer_given_for(document, mentions, verb_end) if status == "pending" else None
        named_for = _answered_in_the_name_of(document, mentions, verb_end, signing)
        respondents = [
            *_listed_before(
                document,
                mentions,
                mention,
                signing,
                closed_after=bool(_AFTER_THE_LAST_LISTED.match(document.text, mention.end)),
            ),
            signed_for
            or given_for
            # (a signature on behalf of a body is read apart: `_signed_on_behalf_of_a_body`)
            or (None if signing else _answered_on_behalf_of(document, mentions, verb_end))
            or named_for
            or mention,
        ]
        first = min(m.start for m in respondents)
        if _MEMBERS_OF.search(
            document.text[sentence.start : first]
        ) and not _A_SHARE_OF_ITS_MEMBERS.search(document.text, sentence.start, first):
            return status, []  # "The Troika of the US, Britain and Norway said": the group
        if signing:
            respondents += alongside or _signing_with(
                document, sentence, mentions, proposal, verb_end
            )
        # "Christodoulides rejected the idea", "the president said she would study it": a
        # person answers for the body of his post or the body the article ties him to
        answering = _answering(document, respondents, signing)
        if (
            named_for is not None
            and respondents[-1] is named_for
            and document.is_person(mention.ref)
        ):
            # "X accepted it in the name of the Queen": the party answers, X answering for it
            answering = [
                (b, mention if p is None and b.start == named_for.start else p)
                for b, p in answering
            ]
        if match.groupdict().get("its_government"):
            # "Ghani's office said the government was ready": the leader's government answers,
            # not a speaker who holds no recorded post
            answering = [(b, p) for b, p in answering if not document.is_person(b.ref)]
        # (the verb's own words, not an aside before it: "X, which received notice of the
        # act, has not yet responded", tune50d)
        if re.search(
            r"\b(?:welcomed|received|acknowledged|note)\b",
            document.text[verb_start:verb_end],
            re.I,
        ):
            # "Egypt has received the plan": only those the proposal concerns answer (and
            # one the article told with the text before: `_texts_told_with_it_before`)
            # ("Quebec had received the request": a request, a demand or an invitation is put
            # to the party that receives it; so is one it acknowledges: "France has acknowledged
            # the request", "acknowledged the invitation but sent none" (tune48f))
            received_asked = bool(
                proposal is not None
                and re.search(r"\b(?:received|note|acknowledged)\b", match.group(0), re.I)
                and (
                    _AN_ASKING_NOUN.fullmatch(document.text, proposal.start, proposal.end)
                    or _another_s_offer(document, proposal, mention)
                )
            )
            # "The UN chief welcomed the deal", "Britain has taken note of the treaty": a party
            # the text does not concern answers it too where it welcomes it, takes note of it
            # or acknowledges it (README; no yes: a bystander does not accept a deal of others
            # by welcoming it), but a text is received only by those it is put to. The text
            # must be the verb's own object, or "it" for it ("Israel welcomed the talks,
            # saying Hamas would accept the plan" welcomes no text); and not a person the
            # database does not hold, whose body the reading could not tell ("French Foreign
            # Minister Laurent Fabius welcomed the text": France's welcome)
            heard_out = (
                status == "acknowledged"
                and not re.search(
                    r"\b(?:received|receipt)\b", document.text[verb_start:verb_end], re.I
                )
                and proposal is not None
                and (
                    outcome_welcomed
                    or re.search(r"\bit$", match.group(0)) is not None
                    or (
                        proposal.start >= verb_start
                        and _WORDS_BEFORE_ITS_NOUN.fullmatch(
                            document.text, verb_end, max(verb_end, proposal.start)
                        )
                        is not None
                    )
                )
            )
            answering = [
                (b, p)
                for b, p in answering
                if _concerned(document, b, proposal)
                or (told_with_it and b is mention)
                or (received_asked and not b.ref.startswith("actor:new:"))
                or (
                    heard_out and not (b.ref.startswith("actor:new:") and document.is_person(b.ref))
                )
            ]
        changed_on, in_clause = _changed_on(
            document, sentence, [b for b, _ in answering], verb_end, status
        )
        return status, [
            SignalCandidate(
                respondent.start,
                sentence.end,
                respondent,
                answered,
                status,
                changed_on,
                signed=signing,
                dated_in_clause=in_clause,
                person=person,
            )
            for answered in proposals
            for respondent, person in answering
        ]
    return None


# "welcomed the outcome", "has taken note of the result": a welcome or a note taken, whose
# object may be what came of the talks rather than the text itself
_WELCOMING = re.compile(
    r"\bwelcomed\b|[\"“]?(?:took|taken|takes|take)\s+[\"“]?(?:\w+\s+)?note\b", re.I
)
# "welcomed the outcome", "the result", "the settlement", "the signing", "the conclusion of
# peace", "the agreement reached": what came of the talks, told right after "the" (not "the
# result of the vote", another thing's result)
_AN_OUTCOME_AFTER_THE = re.compile(
    r"(?<=\bthe)\s+(?:(?:outcome|result|settlement|signing)\b(?!\s+(?:of|with|between)\b)"
    r"|conclusion\s+of\s+(?:the\s+)?peace\b|agreement\s+reached\b)",
    re.IGNORECASE,
)

# "welcomed the Gaza ceasefire agreement": at most the words of a name between the verb and the
# text it names as its object (not a noun the text completes: "welcomed the talks on the plan",
# "the news of the deal")
_WORDS_BEFORE_ITS_NOUN = re.compile(
    r"\s*(?:(?!(?:on|of|about|over|for|to|with|at|in|by|from|into|towards?|against|and|or)\b)"
    r"[\w’'.-]+\s+){0,3}",
    re.IGNORECASE,
)

# "the treaty and the concordat", "the accord, the protocol and the annex": texts named together
_JOINED_TO_THE_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the|its|their)\s+$")


def _the_texts_them_stands_for(document, sentence, proposal) -> list[ProposalMention]:
    """The recorded texts named together ("the treaty and the concordat") last before a "them"
    in `sentence`, in it or the sentence before, where the one the reading found is among them
    (tune50d); none where no such list is told."""
    if proposal is None or proposal.proposal_id is None:
        return []
    before = document.sentence_before(sentence)
    start = before.start if before is not None else sentence.start
    told = [
        p
        for p in document.proposals
        if start <= p.start < sentence.end and p.proposal_id is not None
    ]
    for first in range(len(told) - 1):
        run = [told[first]]
        for following in told[first + 1 :]:
            if not _JOINED_TO_THE_NEXT.fullmatch(document.text, run[-1].end, following.start):
                break
            run.append(following)
        ids = {p.proposal_id for p in run}
        if len(ids) > 1 and proposal.proposal_id in ids:
            return list({p.proposal_id: p for p in run}.values())
    return []


def _the_lead_s_text(document, offset) -> ProposalMention | None:
    """ "A treaty of peace was signed here to-day ... (last paragraph:) the Russian Government
    has yet to make its views known": an answer still to come, told where its paragraph names no
    text, is to the text the article's lead paragraph names, not to one the story of the talks
    told of last."""
    lead_end = _paragraph_end(document.text, 0)
    if offset < lead_end:
        return None
    lead = [p for p in document.proposals if p.start < lead_end and p.proposal_id]
    return lead[0] if lead else None


# ", a request the junta turned down", ", an offer that the strikers rejected", ", a step X has
# so far ruled out": a noun of asking or offering in apposition to the clause before, right
# before the respondent of the verb that answers it
_ASKED_IN_APPOSITION = re.compile(
    r",\s+an?\s+(?P<noun>request|demand|offer|proposal|suggestion|step|condition|call|idea"
    r"|proposition"
    # "sent down fifty pounds in place of the offenders, a sum which the Governor declined to
    # receive", "7 to 10 was the most it could bear, a figure the union refused": the sum
    # offered, named by what it is (t56c)
    r"|sum|figure|amount|payment|concession|compromise|formula)\s+(?:that\s+|which\s+)?"
    # ", a sum which the Lieutenant-Governor, Sir Henry Bulwer, declined": the post named
    # before the man who answers (t56c)
    r"(?:the\s+(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2},\s+)?)?"
    r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord)\.?\s+)?"
    # ", a demand President Hamid Karzai refused": the post written before the man's name
    r"(?:(?-i:(?=[A-Z]))(?:"
    + "|".join(sorted((re.escape(title) for title in PERSON_TITLES), key=len, reverse=True))
    + r")\s+){0,2}$",
    re.IGNORECASE,
)


# "agreed to hold one on July 28": an infinitive whose object is "one" (not "one of", "one
# another", "one day")
_TO_DO_ONE = re.compile(r"\s*[a-z]+\s+one\b(?!\s+(?:of|another|day|year|month|week)\b)")


def _the_bill_voted_on(document, sentence, proposal, verb_start, verb_end):
    """ "The settlement still needs legislation ... X has not said how it will vote": a vote
    with no text named in its sentence is on the one bill recorded, not on the deal the bill
    enacts (tune45a)."""
    if proposal is not None and sentence.start <= proposal.start < sentence.end:
        return proposal
    bill = _the_only_one_called(document, "bill")
    if bill is None:
        return proposal
    return ProposalMention(verb_start, verb_end, bill)


def _one_told_before(document, sentence, verb_end) -> ProposalMention | None:
    """The recorded proposal the sentence before describes, where "one" after the infinitive
    stands for an indefinite noun of that sentence which the proposal's title names."""
    one = _TO_DO_ONE.match(document.text, verb_end, sentence.end)
    if one is None:
        return None
    before = document.sentence_before(sentence)
    if before is None:
        return None
    written = document.text[before.start : before.end]
    proposal_id = _best_described(document, _words_of(written))
    if proposal_id is None:
        return None
    title = document.gazetteer.proposals[proposal_id]["words"]
    nouns = _words_of(" ".join(re.findall(r"\b(?:a|an)\s+(?:[a-z-]+\s+)?([a-z]+)\b", written)))
    if not nouns & _singular(title - _GENERIC_WORDS):
        return None
    return ProposalMention(verb_end, one.end(), proposal_id)


_NOT_AGREED_TO = re.compile(r"\bdid\s+not\s+agree\s+to\s*$", re.IGNORECASE)


# "withdrew its approval of the development plan": the text of the yes withdrawn named after it
_OF_THE_TEXT_AFTER = re.compile(r"\s+of\s+")


def _text_of_the_yes_withdrawn(document, sentence, verb_start, verb_end) -> ProposalMention | None:
    """The text a yes taken back had answered, where no object follows the yes ("withdrew its
    approval of the plan" is read as any answer's object is): the recorded proposal named last
    before the withdrawal in its sentence ("Canada, which had accepted the invitation, withdrew
    that acceptance"), else the one the sentence before asks ("Count Berchtold proposed that
    the treaty be revised. Russia, which had at first agreed, withdrew its assent"), else the
    one named last there ("the committee said it would observe the cease-fire. On Saturday the
    P.L.O. withdrew its acceptance"), else the one the words since then describe."""
    if _OF_THE_TEXT_AFTER.match(document.text, verb_end):
        return None
    named = _last_mention(
        [p for p in document.proposals if p.start >= sentence.start], verb_start
    ) or _request_told_before(document, sentence, verb_end)
    if named is not None:
        return named
    start = (document.sentence_before(sentence) or sentence).start
    named = _last_mention([p for p in document.proposals if p.start >= start], verb_start)
    if named is not None:
        return named
    # "The Ottoman Government agreed to hold back its troops ... It withdrew that assurance":
    # a yes whose text no title names, the recorded one its words describe
    proposal_id = _best_described(document, _words_of(document.text[start:verb_start]))
    return ProposalMention(start, verb_start, proposal_id) if proposal_id else None


def _answered_in_the_clause_set_beside(document, sentence, respondent) -> ProposalMention | None:
    """ "Khrushchev accepted the appeal; Kennedy did not agree to ...": the recorded proposal
    named last in the clause a semicolon closes just before the respondent's."""
    semicolon = document.text.rfind(";", sentence.start, respondent.start)
    if semicolon < 0 or document.text[semicolon : respondent.start].count(",") > 0:
        return None
    named = [
        p
        for p in document.proposals
        if sentence.start <= p.start and p.end <= semicolon and p.proposal_id is not None
    ]
    return named[-1] if named else None


# the join of a clause to the one before: ", and the", ", but", ", while" right before the
# respondent of a bare answer (tune48g)
_JOINED_TO_THE_CLAUSE_BEFORE = re.compile(r",\s+(?:and|but|while)\s+(?:the\s+)?$", re.IGNORECASE)


def _answered_in_the_clause_joined_before(
    document, sentence, respondent, verb_end
) -> ProposalMention | None:
    """ "The Lutherans have agreed to the plan, and the Baptists have declined": a bare answer
    closing a clause joined by ", and" or ", but" to the one before shares the recorded proposal
    that clause names last (the clause's own text, as "; Kennedy did not agree to" does)."""
    if not _NO_OBJECT_AFTER.match(document.text, verb_end):
        return None
    joined = _JOINED_TO_THE_CLAUSE_BEFORE.search(document.text, sentence.start, respondent.start)
    if joined is None:
        return None
    if not _ANSWERED_OR_OFFERED.search(document.text, sentence.start, joined.start()):
        # "Egypt visited the crossing, and Israel agreed": no text answered or offered beside it
        return None
    if _A_CONDITION_SET.search(document.text, sentence.start, joined.start()):
        # "the board accepted it on condition that ..., and the government agreed": the answer
        # takes up the condition, not the text
        return None
    named = [
        p
        for p in document.proposals
        if sentence.start <= p.start and p.end <= joined.start() and p.proposal_id is not None
    ]
    if named:
        return named[-1]
    # "The Lutherans, invited to join the talks, have agreed to ..., and the Baptists have
    # declined": a text named by no title, the recorded one the clause's words describe
    proposal_id = _best_described(
        document, _words_of(document.text[sentence.start : joined.start()])
    )
    if proposal_id is None:
        return None
    return ProposalMention(sentence.start, joined.start(), proposal_id)


# the clause before a bare answer tells a text answered or put forward, which the bare answer
# then shares (tune48g)
_ANSWERED_OR_OFFERED = re.compile(
    r"\b(?:agreed|accepted|approved|endorsed|signed|ratified|rejected|declined|refused"
    r"|turned\s+down|offered|proposed|put\s+forward)\b",
    re.IGNORECASE,
)
# a condition set in the clause before a bare answer (tune48g)
_A_CONDITION_SET = re.compile(
    r"\b(?:on\s+(?:the\s+)?condition|provided|unless|so\s+long\s+as)\b", re.IGNORECASE
)


def _asked_in_the_clause_before(document, sentence, respondent) -> ProposalMention | None:
    """The recorded proposal the clause before ", a request the junta turned down" describes:
    the one whose title shares at least two words with that clause and the noun, more than
    any other (an indefinite noun names no proposal by itself)."""
    found = _ASKED_IN_APPOSITION.search(document.text, sentence.start, respondent.start)
    if found is None:
        return None
    words = _words_of(document.text[sentence.start : found.start()] + " " + found.group("noun"))
    proposal_id = _best_described(document, words)
    if proposal_id is None:
        return None
    return ProposalMention(found.start(), found.end(), proposal_id)


# "agreed to its text", "accepted the terms": a verb whose object is a text named by no title
_ANSWERED_ITS_TEXT = re.compile(
    r"\b(?:accepted|agreed\s+to|endorsed|approved|signed|initiall?ed|ratified|rejected)\s+"
    r"(?:its|the)\s+(?:text|terms)\b(?!\s+of\b)",
    re.IGNORECASE,
)


def _the_text_made_for_it(document, respondent, verb_start, verb_end) -> ProposalMention | None:
    """ "Similar agreements were concluded for Laos and Cambodia. The Cambodian delegation agreed
    to its text": a text named by no title, answered by a party for which one recorded proposal
    says it was made ("... agreement for Cambodia"), is that one."""
    found = _ANSWERED_ITS_TEXT.search(document.text, verb_start, verb_end + 30)
    if found is None or not respondent.ref.startswith("actor:") or ":new:" in respondent.ref:
        return None
    name = document.gazetteer.actor(int(respondent.ref.split(":")[1])).name
    made_for = [
        proposal["id"]
        for proposal in document.gazetteer.proposals.values()
        if re.search(r"\bfor\s+(?:the\s+)?" + re.escape(name) + r"$", proposal["name"], re.I)
    ]
    if len(made_for) != 1:
        return None
    return ProposalMention(found.start(), found.end(), made_for[0])


# "take note of the agreements": texts in the plural, which no reference reads as one proposal
_TEXTS_IN_THE_PLURAL = re.compile(
    r"(?:the|these|those|both)\s+(?:[\w-]+\s+)?(?:agreements|accords|texts|documents)\b",
    re.IGNORECASE,
)


def _texts_told_with_it_before(document, sentence, respondent, verb_end) -> ProposalMention | None:
    """ "... but the United States declined to put its name to the final declaration. ... Smith
    said the United States would only "take note" of the agreements": the texts in the plural a
    party answers are, for it, the recorded text an earlier sentence names right after it."""
    if respondent.ref.startswith("actor:new:"):
        return None
    plural = _TEXTS_IN_THE_PLURAL.search(document.text, max(0, verb_end - 8), verb_end + 40)
    if plural is None or plural.start() > verb_end + 1:
        return None
    for earlier in reversed([s for s in document.sentences if s.end <= sentence.start]):
        parties = document.mentions_between(earlier.start, earlier.end)
        named = [m for m in parties if m.ref == respondent.ref]
        if not named:
            continue
        # (no other party between them: "the US declined to sign the declaration")
        after = [
            p
            for p in document.proposals
            if named[0].end <= p.start < earlier.end
            and p.proposal_id is not None
            and not any(named[0].end <= m.start < p.start for m in parties)
        ]
        if after:
            return ProposalMention(plural.start(), plural.end(), after[0].proposal_id)
    return None


# "the MLC would sign only if ...", "said it would agree provided ...": a yes on conditions
# whose verb has no object, the condition right after it ("would accept it provided ...": the
# pronoun stands for the text on the table, as no object does)
_IT_ON_THE_TABLE = r"(?:\s+(?:it|them))?"
_YES_WITHOUT_OBJECT = re.compile(
    r"\s*(?:could|would|can|will)\s+(?:only\s+)?(?:accept|sign|agree|endorse|do\s+so)"
    + _IT_ON_THE_TABLE
    + r"\s+(?:only\s+)?(?:if|provided|on\s+condition|as\s+long\s+as|so\s+long\s+as|once|when"
    r"|after)\b",
    re.IGNORECASE,
)


def _text_of_a_yes_without_object(document, mention, verb_start, verb_end):
    """For a conditional yes with no object ("would sign only if ...", "accepted on Wednesday,
    on condition that ..."), the text its paragraph, else the article, told of last: what the
    party would sign, or signed, is the one on the table."""
    if (
        not _YES_WITHOUT_OBJECT.match(document.text, verb_start, verb_end)
        and not _YES_WITHOUT_OBJECT_REPORTED.search(document.text, verb_start, verb_end)
        and not _A_BARE_YES_BEFORE_ITS_PROVISO.match(document.text, verb_start)
    ):
        return None
    return _proposal_told_last(document, mention.start)


# the same yes in the respondent's reported words: "Prince Carl said he would accept only if",
# "who has let it be known that he will accept only if"
_YES_WITHOUT_OBJECT_REPORTED = re.compile(
    r"\b(?:he|she|it|they)\s+(?:could|would|can|will)\s+(?:only\s+)?(?:accept|sign|agree"
    r"|endorse|do\s+so)"
    + _IT_ON_THE_TABLE
    + r"\s+(?:only\s+)?(?:if|provided|on\s+condition|as\s+long\s+as"
    r"|so\s+long\s+as|once|when|after)\b$",
    re.IGNORECASE,
)


# a yes given with no object, only its day before its proviso: "The government accepted on
# Wednesday, on condition that the next round deal first with a ceasefire", "the companies
# agreed on condition that ...", "accepted the same day, but only if ..." (a text the condition
# names is what the yes waits on, not what it answers)
_A_BARE_YES_BEFORE_ITS_PROVISO = re.compile(
    r"\s*(?:\w+ly\s+)?(?P<verb>accepted|agreed|consented|assented)"
    r"(?:\s+(?:on\s+\w+(?:\s+\d{1,2})?|(?:the\s+)?(?:same|next|following)\s+(?:day|morning"
    r"|afternoon|evening|night)|at\s+once|there\s+and\s+then|yesterday|today|"
    + _WHEN_AFTERWARDS
    + r"))?,?\s+(?:"
    + _ON_CONDITION_WORDS
    + r"|provided|but\s+only\s+(?:if|when|once|on\s+condition))\b",
    re.IGNORECASE,
)
_MEETING_WORDS = {"talks", "negotiations", "conference", "summit", "meeting"}

# an infinitive of deliberation after "agreed to", "was ready to": what follows is a matter to
# be talked over ("agreed to discuss a reactor at an appropriate time"), not a text accepted
_TO_TALK_ABOUT = re.compile(
    r"\s+(?:(?:\w+ly|further|formally|jointly)\s+)?(?:discuss|consider|study|examine|review"
    r"|debate|explore|negotiate|talk\s+(?:about|over)|look\s+(?:at|into))\b",
    re.IGNORECASE,
)


# the words of a recorded title that make it an invitation (to talks, to a summit)
_INVITATION_WORDS = {"invitation", "invite"}


def _invitation_told_just_before(document, sentence, verb_start) -> ProposalMention | None:
    """For a bare "agreed to attend", the recorded invitation named last before the verb, in its
    sentence or the one before (not one further back: the talks may have moved on since)."""
    before = document.sentence_before(sentence) or sentence
    told = [
        p
        for p in document.proposals
        if before.start <= p.start
        and p.end <= verb_start
        and p.proposal_id is not None
        and document.gazetteer.proposals.get(p.proposal_id, {}).get("words", set())
        & _INVITATION_WORDS
    ]
    return told[-1] if told else None


def _a_meeting_refused(document, proposal, verb_end) -> bool:
    """Whether what a refusal to attend answers is a proposal of talks (a conference, a
    summit), or the text whose signing it names ("refused to attend the signing")."""
    recorded = document.gazetteer.proposals.get(proposal.proposal_id)
    if recorded is None:
        return False
    if re.match(r"\s*(?:the|its|their)\s+signing\b", document.text[verb_end:]):
        return not _not_a_text(document, proposal.proposal_id)
    return bool(recorded["words"] & _MEETING_WORDS)


# "agreed to withdraw a decree", "agreed to scrap a 2006 treaty": an infinitive that undoes its
# object, a noun phrase up to a relative clause or a circumstance (not "agreed to withdraw its
# troops under the plan", whose plan is accepted)
_TO_UNDO = re.compile(
    r"\s+(?:withdraw|revoke|scrap|repeal|rescind|annul|abolish|cancel|terminate|tear\s+up"
    r"|renounce)\s+(?P<object>(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
    r"(?=\s*[,;:.]|\s+(?:that|which|who|under|in|on|at|from|with|by|after|before|as|and|but"
    r"|to|for|if|unless|so)\b|$)",
    re.IGNORECASE,
)
# a recorded proposal that is itself the undoing ("Termination of the 2006 treaty")
_AN_UNDOING = {
    "termination", "withdrawal", "repeal", "revocation", "cancellation", "abolition",
    "annulment", "scrapping", "replacement", "renunciation",
}  # fmt: skip


# "recognize the union as the bargaining agent": a standing granted to the one named
_A_STANDING = re.compile(r"the\s+[a-z]+\s+as\s+(?:the|its|their|a|an)\s")
_TO_RECOGNIZE = re.compile(
    r"\s*agreed\s+to\s+(?:\w+ly\s+)?(?:recogni[sz]e|acknowledge)\s+", re.IGNORECASE
)


def _recognizing_a_party(document, verb_start, verb_end) -> bool:
    """Whether "agreed to" at `verb_start` recognizes a party ("the union as the bargaining
    agent", a body named right after), not a text ("recognize the treaty as binding", "the
    union's demand")."""
    recognize = _TO_RECOGNIZE.match(document.text, verb_start)
    if recognize is None or recognize.start() >= verb_end:
        return False
    start = recognize.end()
    if any(start <= p.start < start + 40 for p in document.proposals):
        return False
    named = any(m.start == start for m in document.mentions)
    return named or bool(_A_STANDING.match(document.text, start))


def _undoing_the_text(document, match, verb_end, proposal) -> bool:
    """Whether "agreed to" undoes the very text its proposal is (the infinitive's object
    shares a word of its title), where that proposal is no undoing itself."""
    if proposal is None or proposal.proposal_id is None:
        return False
    if not re.search(r"\bto$", match.group(0), re.IGNORECASE):
        return False
    undo = _TO_UNDO.match(document.text, verb_end)
    recorded = document.gazetteer.proposals.get(proposal.proposal_id)
    if undo is None or recorded is None or _singular(recorded["words"]) & _AN_UNDOING:
        return False
    shared = _words_of(undo.group("object")) & _singular(recorded["words"])
    return bool(shared - _GENERIC_WORDS - _STEP_STOP_WORDS)


# "agreed to receive the rebels", "refused, however, to register the union": the step a yes or
# a no takes, told by the verb after "to" up to the end of its clause (not a step that asks
# another to act: "agreed to ask the OSCE to dissolve the group" is no yes to the dissolution)
_A_STEP_AGREED_OR_REFUSED = re.compile(
    r"\b(?:agreed|refused|declined|consented)(?:\s*,\s*[a-z]+\s*,)?\s+to\s+"
    r"(?!(?:ask|urge|press|request|call|invite)\b)(?P<step>[a-z][\w-]*\s+[^,.;:()“”\"]{3,80})"
)


def _the_step_described(document, start, verb_end) -> ProposalMention | None:
    """The recorded proposal whose title the step after a yes or a no describes ("agreed to
    receive the rebels" for a "Request that a third country receive the rebels"), sharing at
    least two words with it and more than any other proposal does, where the verb stands in the
    answer phrase from `start` up to `verb_end` (", who agreed to receive the rebels, on
    condition") and the step names no text."""
    step = _A_STEP_AGREED_OR_REFUSED.search(document.text, start, verb_end + 100)
    if (
        step is None
        or step.start() >= verb_end
        or any(step.start() <= p.start < step.end() for p in document.proposals)
    ):
        return None
    # up to a second infinitive: "agreed to hold talks with Egypt|to turn the truce into a plan"
    second = _SECOND_INFINITIVE.search(document.text, step.start("step"), step.end("step"))
    end = second.start() if second else step.end("step")
    described = _described_in(document, step.start("step"), end)
    return ProposalMention(step.start("step"), end, described) if described is not None else None


# an object of the phrase's verb: "studying the Iranian letter"
_AN_OBJECT = re.compile(r"\s+(?:the|a|an|its|their|his|her|this|that)\s+\w", re.IGNORECASE)
# "signed two agreements", "initialled both accords", "signed the three documents"
_COUNTED = re.compile(
    r"\s*(?:the\s+)?(?P<number>two|three|four|both)\s+(?:[\w-]+\s+)?"
    r"(?:agreements|accords|deals|documents|texts|frameworks|treaties|protocols)\b",
    re.IGNORECASE,
)


def _counted_after(document, sentence, verb_end) -> list[ProposalMention]:
    """The proposals a counted plural stands for: the one each of the next sentences names or
    describes ("The first accord sets out ... The second commits Egypt and Israel to conclude
    a peace treaty"), as many as the count; none when the sentences tell of fewer."""
    counted = _COUNTED.match(document.text, verb_end)
    if counted is None:
        return []
    wanted = {"both": 2}.get(counted.group("number").lower()) or _NUMBER_WORDS[
        counted.group("number").lower()
    ]
    found: list[ProposalMention] = []
    following = [s for s in document.sentences if s.start >= sentence.end][: wanted + 1]
    for told in following:
        named = [
            p
            for p in document.proposals
            if told.start <= p.start < told.end
            and p.proposal_id
            and p.proposal_id not in {f.proposal_id for f in found}
        ]
        described = _described_in(document, told.start, told.end)
        if named:
            found.append(named[0])
        elif described and described not in {f.proposal_id for f in found}:
            found.append(ProposalMention(told.start, told.end, described))
        if len(found) == wanted:
            return found
    return []


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4}


# "X and the rebels signed", "X's government and leftist guerrillas agreed to": the words of a
# co-subject no one names, before a verb of a joint act
_UNNAMED_CO_SUBJECT = re.compile(
    r"(?:['’]s)?\s+(?:(?:[a-z-]+\s+)?"
    + _OWN_KIND
    + r"\s+)?and\s+(?:the\s+|its\s+|their\s+|an?\s+)?"
    # at least one word: "X and initialled" names no co-subject, it is X's second predicate
    r"(?:[\w’'-]+\s+){1,5}?(?=(?:(?:on\s+)?\w+day\s+)?(?:jointly\s+|formally\s+)?"
    r"(?:signed|initialled|initialed|inked|sealed|clinched|agreed|reached)\b)"
)


# "the RPR of former prime minister Jacques Chirac": a party's leader after "of", with his post
_OF_ITS_LEADER = re.compile(r"\s+of\s+(?:(?:the\s+)?(?:[a-z][\w-]*\s+){1,4})?(?=[A-Z])")


def _coordinated_predicates(document, mention, following):
    """Where the respondent's verb may start: right after it, or after an "and" that joins a
    predicate of the same subject ("Eritrea was not a party to the talks and has not yet
    responded"), as long as no other actor is named in between."""
    yield 0
    if _OBJECT_OF_A_PREPOSITION.search(document.text, max(0, mention.start - 20), mention.start):
        # "the government would respond to Annan's request, but had not yet sent a reply": a
        # party named after a preposition is no subject, and the predicates joined after it
        # are the sentence's subject's
        return
    # "The Troika of the U.S., U.K. and Norway, which ..., said it was still weighing": the
    # group answers after the list of its members
    members = _members_listed_after(document, mention, following)
    if members:
        yield members
    # "the Gaullist RPR of former prime minister Jacques Chirac, to which X's movement is
    # affiliated, has not said whether": a party told as its leader's answers after his name
    # (and a relative clause between commas after it)
    leader = _OF_ITS_LEADER.match(following)
    if leader and not document.is_person(mention.ref):
        person = next(
            (
                m
                for m in document.mentions_between(mention.end, mention.end + len(following))
                if m.start == mention.end + leader.end() and document.is_person(m.ref)
            ),
            None,
        )
        if person is not None:
            after = person.end - mention.end
            yield after + re.match(r"(?:\s*,[^,;.]*,)?", following[after:]).end()
    # "The Philippine government and the country's largest rebel group signed an accord":
    # a party joined to one not named acts with it in a joint act
    unnamed = _UNNAMED_CO_SUBJECT.match(following)
    if unnamed and not document.mentions_between(mention.end, mention.end + unnamed.end()):
        yield unnamed.end()
    # "Eritrea, whose troops fought alongside Ethiopian forces, was not a party ...": the
    # relative clause between commas says nothing of the predicate, nor does an abbreviation
    # in brackets before it ("the Rally for Democracy (RCD), which holds the east, said ...")
    # ("Another armed group, the Front (FLN), said": the comma closing the appositive after
    # its brackets)
    relative = re.match(r"\s*(?:\([^()]{1,40}\)\s*)?\)?\s*(?:,[^,]*,|(?<=\)),)?", following).end()
    # (a comma may stand before the "and": "had proposed a federal solution in 2003, and this
    # month had backed the plan")
    # (nor may a decimal point or an abbreviation before a number, "the 5.5% award", "on Sept.
    # 19", nor a "with" phrase between commas: "is consulting its members on the award, with
    # results due on Sept. 19, and has not said whether it will accept")
    clause = _PREDICATE_BEFORE_AND.match(following[relative:]).group(0)
    if _after_the_verb_of_its_clause(document, mention):
        # "Kenya conceded Hamas's demand and accepted the plan": the clause reader has Kenya
        # for the subject the second predicate shares; a name after the verb is no subject
        return
    # "... and the militants signed": a new subject, not a second predicate
    for joint in re.finditer(r"\s(?:and|but)\s+(?!(?:the|a|an|its|their|his|her)\s)", clause):
        start = mention.end + relative
        if not clause[: joint.start()].strip(" ,") or _subjects_named_between(
            document, start, start + joint.start()
        ):
            # (", and initialled": a predicate of the one before, "X's envoy to Croatia")
            return
        if _SPOKEN_OF_ANOTHER.search(clause, 0, joint.start()):
            # "X, an adviser to Y, said the new government had not been consulted and would
            # study the declaration": the "and" joins two predicates of the reported clause,
            # whose subject the speaker reports on, not a second predicate of the speaker
            return
        if _SUBORDINATOR.search(clause, 0, joint.start()):
            # "X said a summit was possible once the text was ready and initialled by the
            # ministers": the "and" joins two predicates of the clause of time or condition,
            # not a second predicate of X
            return
        yield relative + joint.end()


def _after_the_verb_of_its_clause(document: Document, mention: Mention) -> bool:
    """Whether the clause reader reads the name after the finite verb of its clause and outside
    its subject ("Kenya praised Israel's restraint"): in the predicate, not its subject."""
    clause = document.clause_at(mention.start)
    if clause is None or clause.verb is None or not clause.verb.finite:
        return False
    if document.tokens[clause.verb.last_token - 1].end > mention.start:
        return False
    subject = char_span(document.tokens, clause.subject)
    return not (subject and subject[0] <= mention.start < subject[1])


_IN_A_PREDICATE = r"(?:[^,.;:]|\.(?=\s*\d))"
_PREDICATE_BEFORE_AND = re.compile(
    rf"(?:{_IN_A_PREDICATE}|,(?=\s+(?:and|but)\s)"
    rf"|,\s+with\s{_IN_A_PREDICATE}*,(?=\s+(?:and|but)\s))*"
)


def _subjects_named_between(document, start, end) -> list:
    """The parties named between two offsets that may be a new subject: not those named after
    a preposition ("said it would respond to Annan's request, but had not yet replied")."""
    return [
        m
        for m in document.mentions_between(start, end)
        if not _OBJECT_OF_A_PREPOSITION.search(document.text, max(0, m.start - 20), m.start)
        # "rejected the union's demand ..., but accepted": the owner of the verb's object
        and not (
            _OWNER_OF_THE_OBJECT_BEFORE.search(document.text, max(0, m.start - 30), m.start)
            and re.match(r"['’]s?\s", document.text[m.end : m.end + 3])
        )
    ]


# a past verb and its article right before a possessive name: "rejected the union's demand"
_OWNER_OF_THE_OBJECT_BEFORE = re.compile(r"\b[a-z]{3,}ed\s+(?:the\s+)?$")


# a preposition right before a name: "to Annan's request", "with the rebels"
_OBJECT_OF_A_PREPOSITION = re.compile(
    r"\b(?:to|of|for|with|from|against|by|on|about|toward|towards)\s+(?:the\s+)?$", re.I
)
# a verb of speech whose reported clause opens with a subject of its own, not a pronoun for the
# speaker: "said the new government had not been consulted" (not "said it had not been")
_SPOKEN_OF_ANOTHER = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists)|added|stated|insisted)\s+(?:that\s+)?"
    r"(?:the|a|an|his|her|its|their)\s",
    re.IGNORECASE,
)
_SUBORDINATOR = re.compile(
    r"\b(?:once|if|unless|until|till|when|whenever|before|after|because|since|while|whereas"
    r"|although|though|whether)\b",
    re.IGNORECASE,
)


_GROUP_HEAD = re.compile(
    r"(?:troika|quartet|quad|group|alliance|coalition|bloc|contact\s+group|friends)$", re.I
)


def _members_listed_after(document, mention, following) -> int:
    """The length of "of the U.S., U.K. and Norway" after a group's name (0 when none)."""
    if not _GROUP_HEAD.search(document.text[mention.start : mention.end]):
        return 0
    opening = re.match(r"\s+(?:made\s+up\s+)?of\s+(?:the\s+)?", following)
    if opening is None:
        return 0
    starts = {
        m.start - mention.end: m.end - mention.end
        for m in document.mentions_between(mention.end, mention.end + len(following))
    }
    offset = opening.end()
    while offset in starts:
        offset = starts[offset]
        last = re.match(r",?\s+and\s+(?:the\s+)?", following[offset:])
        if last:
            # the member after "and" closes the list
            return starts.get(offset + last.end(), 0)
        more = re.match(r",\s*(?:the\s+)?", following[offset:])
        if more is None:
            return 0
        offset += more.end()
    return 0


def _passive_signals(document, sentence, mentions=()) -> list[SignalCandidate]:
    """ "The proposal was rejected by the army", "The agreement was initialled by Bosnian
    President Alija Izetbegovic, Serbian President Slobodan Milosevic and ...": each agent
    answers, a person signing for the body of his post."""
    found = []
    for proposal in _in_sentence_or_its_pronoun(document, sentence):
        if proposal.proposal_id is None:
            continue
        # "The memorandum of understanding, signed ... by": the noun's own complement first
        complement = _ITS_OWN_COMPLEMENT.match(document.text, proposal.end, sentence.end)
        told_from = complement.end() if complement else proposal.end
        # "A compromise put forward by South Africa earlier this month, under which ..., was
        # accepted by": its author's participle, before the clause set off by commas
        authored = _PUT_FORWARD_BY.match(document.text, told_from, sentence.end)
        told_from = authored.end() if authored else told_from
        told = document.text[told_from : sentence.end]
        match = _PASSIVE.match(told) or _REDUCED_PASSIVE.match(told) or _DREW_FIRE.match(told)
        if match is None:
            continue
        verb = re.sub(r"\s+", " ", (match.group("verb") or match.group("bare_verb")).lower())
        status = "rejected" if match.re is _DREW_FIRE else _PASSIVE_STATUS.get(verb, "accepted")
        if match.re is _DREW_FIRE and match.group("counter"):
            status = "countered"
        if match.re is _PASSIVE and match.group("pending"):
            status = "pending"
        elif _VERDICT_ON.fullmatch(verb):
            continue  # "was acted upon by the Senate": no answer told
        verb_end = told_from + match.end()
        # "was accepted by Bolivia and rejected by Paraguay": a second verb and its own agents
        again = _AND_A_SECOND_PASSIVE.search(
            document.text, verb_end, sentence.end
        ) or _BUT_A_SECOND_PASSIVE.search(document.text, verb_end, sentence.end)
        if again is not None and document.text.find(";", verb_end, again.start()) != -1:
            again = None
        turns = [(verb, status, verb_end, again.start() if again else sentence.end)]
        if again is not None:
            second = re.sub(r"\s+", " ", again.group("verb").lower())
            turns.append((second, _PASSIVE_STATUS.get(second, "accepted"), again.end(), None))
        for verb, status, start, end in turns:
            agents = [
                a
                for a in _agents_each_by(document, sentence, start)
                if end is None or a.start < end
            ] or [
                # "was countered by Ottawa", "was turned down by the synod": a capital or a
                # common noun read as an actor's, right after "by", where no name stands
                m
                for m in mentions
                # ("by both sides": a group its parties stand behind, see `_group_signals`)
                if m.start == start and m.via in ("capital", "common noun", "group")
            ]
            agents = [
                a
                for a in (
                    _not_the_author_s_government(document, sentence, authored, a) for a in agents
                )
                if a is not None
            ]
            agents = [a for a in agents if not _a_surname_inside_another_name(document, a)]
            signing = verb in ("signed", "initialled", "initialed", "inked")
            answering = _answering(document, agents, signing)
            side = _the_side_signed_for(document, told_from, match) if signing else None
            if side is not None:
                # "The treaty was signed for the United States by Benjamin Hawkins, Andrew
                # Pickens and ...": the side named after "for" signs, whoever signs for it
                # (tune48f)
                answering = [(side, None)] + [(b, p) for b, p in answering if b.ref != side.ref]
            changed_on, in_clause = _changed_on(
                document, sentence, [b for b, _ in answering], start, status
            )
            if match.re is _REDUCED_PASSIVE and match.group("bare_verb"):
                # "rejected on Tuesday the accord approved by the deputies": the participle
                # is dated only by a day of its own words, up to the next comma (a signature
                # may take the day the article gives for it: `_dated_signatures`); a yes or
                # no it does not date is left to a telling of its own
                changed_on, in_clause = _day_of_the_participle(
                    document, sentence, start, changed_on
                )
                if (
                    not in_clause
                    and not signing
                    and not _IN_APPOSITION_BEFORE.search(
                        document.text, sentence.start, proposal.start
                    )
                ):
                    continue
            found.extend(
                SignalCandidate(
                    agent.start,
                    sentence.end,
                    agent,
                    proposal,
                    status,
                    changed_on,
                    signed=signing,
                    dated_in_clause=in_clause,
                    person=person,
                )
                for agent, person in answering
            )
    return found


# "was signed for the United States by": the side a signature is given for, between the
# passive verb and "by" (tune48f)
_SIGNED_FOR_A_SIDE = re.compile(r"\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def _the_side_signed_for(document, told_from, match) -> Mention | None:
    """The party named between a passive "signed" and its "by": "was signed for the United
    States by A, B and C"; None where no party stands there, or a person does."""
    if match.re is not _PASSIVE:
        return None
    between = told_from + match.end("verb")
    by = told_from + match.end()
    for mention in document.mentions_between(between, by):
        if (
            _SIGNED_FOR_A_SIDE.fullmatch(document.text, between, mention.start)
            and re.fullmatch(r"\s+by\s+", document.text[mention.end : by])
            and not document.is_person(mention.ref)
        ):
            return mention
    return None


def _a_surname_inside_another_name(document, mention) -> bool:
    """ "a condition rejected by Pogust Goodhead, the law firm ... said Tom Goodhead, the firm's
    chief executive": a surname read ahead of the full name it is given later, right after a
    capitalised word no mention covers, is part of another name (a firm's), not the man."""
    if mention.via != "surname" or not re.search(
        r"(?<![.\w])(?-i:[A-Z][a-z]+)\s$", document.text[max(0, mention.start - 30) : mention.start]
    ):
        return False
    if any(
        m.end == mention.start - 1 or m.start < mention.start < m.end for m in document.mentions
    ):
        return False
    return not any(
        m.ref == mention.ref and m.via != "surname" and m.start < mention.start
        for m in document.mentions
    )


# "must drop lawsuits abroad, a condition rejected by the law firm": the noun in apposition to
# the clause before it, its participle the answer itself, not a text's description
_IN_APPOSITION_BEFORE = re.compile(r",\s+an?\s+$")


def _day_of_the_participle(document, sentence, start, fallback) -> tuple[str, bool]:
    """The day written in a bare participle's own words ("a pact signed by A and B on Nov. 2"),
    up to the next comma or semicolon; else `fallback`, not as its own clause's day."""
    end = start + re.search(r"[,;:—(]|$", document.text[start : sentence.end]).start()
    days = [d for d in document.dates_between(start, end) if d.precision == "day"]
    return (days[0].iso, True) if days else (fallback, False)


# "was accepted by Bolivia and rejected by Paraguay": the second verb of a passive, right after
# the first one's agents, with agents of its own
_AND_A_SECOND_PASSIVE = re.compile(
    r",?\s+and\s+(?:(?:was|were)\s+)?(?:\w+ly\s+)?(?P<verb>rejected|turned\s+down|opposed"
    r"|accepted|approved|endorsed|signed|initialled|initialed|inked|ratified|adopted|backed)"
    r"\s+(?:[\w’']+\s+){0,2}?by\s+",
    re.IGNORECASE,
)


def _not_the_author_s_government(document, sentence, authored, agent) -> Mention | None:
    """ "A compromise put forward by South Africa ..., was accepted by the government": a bare
    "the government" the actors step read as the author's state, named just before, is the
    government of the state the article names most, else none (tune36c)."""
    if (
        authored is None
        or agent.via != "anaphor"
        or not _BARE_GOVERNMENT.fullmatch(agent.text_in(document.text))
        or not any(
            m.ref == agent.ref for m in document.mentions_between(authored.start(), authored.end())
        )
    ):
        return agent
    state = state_named_most(
        [m for m in document.mentions if not sentence.start <= m.start < sentence.end],
        document.is_state,
        clearly=True,
    )
    if state is None or state == agent.ref:
        return None
    return _recorded_government(document, replace(agent, ref=state, via="government"))


# "was accepted by the government but turned down by both the MLC and the RCD": the second
# verb after "but", its agents of its own, "both" before them (tune36c)
_BUT_A_SECOND_PASSIVE = re.compile(
    r",?\s+but\s+(?:(?:was|were)\s+)?(?:\w+ly\s+)?(?P<verb>rejected|turned\s+down|opposed"
    r"|accepted|approved|endorsed|signed|ratified|adopted|backed)"
    r"\s+(?:[\w’']+\s+){0,2}?by\s+(?:both\s+)?",
    re.IGNORECASE,
)
# "A compromise put forward by South Africa earlier this month, ...": the author of the text
# in a participle right after its noun, before a comma (tune36c)
_PUT_FORWARD_BY = re.compile(
    r"\s+(?:put\s+forward|proposed|drafted|tabled|submitted|presented|floated|brokered)\s+by\s+"
    r"[^,;.()]{1,60}?(?=,)"
)


# "The memorandum of understanding, signed in Baghdad on Monday by ...", "the treaty of peace
# between A and B was signed by ...": a complement of the noun in lower case (no name: "the
# plan of Annan" is not the plan's complement but its author) before the verb
_ITS_OWN_COMPLEMENT = re.compile(
    r"\s+(?:of|on|for)\s+(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*(?=\s*,|\s+(?:was|were|has|had)\s)"
    # "A Bolivian proposal to send the whole Chaco question to The Hague at once had": its
    # infinitive, names and all
    r"|\s+to\s+(?-i:[a-z])[\w-]*\s+(?:[\w’'-]+\s+){0,9}?[\w’'-]+(?=\s+(?:was|were|has|had)\s)"
    # "Quebec's request that the federal government share the bill was accepted by Ottawa": its
    # clause of what is asked, up to the verb (no comma inside)
    r"|\s+that\s+(?:[\w’'-]+\s+){1,12}?[\w’'-]+(?=\s+(?:was|were)\s+(?:\w+ly\s+)?"
    r"(?:rejected|turned\s+down|accepted|approved|granted|endorsed)\s+by\s)"
)


# "The agreement was signed on Friday ... It was signed by A, B and C": a sentence opening with
# "It" continues the one before about the text that sentence opened with
# ("It must still be ratified by the Finnish Parliament": a step the text still awaits)
_OPENING_IT = re.compile(
    r"\s*It\b(?=\s+(?:was|were|has|had|must\s+(?:still\s+|also\s+|first\s+|yet\s+)?be"
    r"|(?:still\s+)?(?:needs|has)\s+(?:still\s+|also\s+|first\s+)?to\s+be)\b)"
)


# "The tribe's claim to ownership of the mountain was countered by the Crown", "A petition from
# some fifty clergy asking that the signing be put off was turned down by the synod": the
# subject of a passive no, up to its auxiliary, when it names no recorded proposal itself
_PASSIVE_NO_AUXILIARY = re.compile(
    r"\s(?:was|were|(?:has|have|had)\s+(?:already\s+)?been)\s+(?:\w+ly\s+)?"
    r"(?:rejected|turned\s+down|declined|countered|refused)\s+(?:\w+\s+){0,2}?by\s",
    re.IGNORECASE,
)
# the noun of terms one side puts to another, heading such a subject
_TERMS_NOUN = re.compile(
    r"\b(?:demands?|claims?|petitions?|requests?|proposals?|offers?|plans?|terms|appeals?)\b",
    re.IGNORECASE,
)


def _passive_subject_described(document, sentence, named) -> ProposalMention | None:
    """The recorded proposal whose title the subject of a passive no describes ("The tribe's
    claim to outright ownership of Aoraki/Mount Cook was countered by the Crown"), where the
    subject, a noun of terms, names none itself; the mention spans the subject up to its
    auxiliary."""
    auxiliary = _PASSIVE_NO_AUXILIARY.search(document.text, sentence.start, sentence.end)
    if auxiliary is None:
        return None
    told = document.text[sentence.start : auxiliary.start()]
    start = sentence.start + len(told) - len(told.lstrip())
    subject = document.text[start : auxiliary.start()]
    # (a subject of its own clause, not one after a joint: "Talks failed, and the plan was")
    head = _TERMS_NOUN.search(subject)
    if head is None or re.search(r";|,\s+(?:and|but)\s", subject):
        return None
    before = [p for p in named if p.start < auxiliary.start()]
    if before:
        # "A petition from some fifty clergy asking ... was turned down": where the subject's
        # own head noun already names the proposal, the subject up to its auxiliary is that one
        if len(before) > 1 or before[0].start != start + head.start() or not before[0].proposal_id:
            return None
        return ProposalMention(start, auxiliary.start(), before[0].proposal_id)
    described = _described_in(document, start, auxiliary.start())
    return ProposalMention(start, auxiliary.start(), described) if described else None


# ", and it must be certified", "; it was ratified": "it" as the subject of a second clause
_SECOND_CLAUSE_IT = re.compile(
    r"(?:,\s+and|;)\s+it\b(?=\s+(?:was|were|has|had|must\s+(?:still\s+|also\s+|first\s+|yet\s+)?be"
    r"|(?:still\s+)?(?:needs|has)\s+(?:still\s+|also\s+|first\s+)?to\s+be)\b)"
)


def _in_sentence_or_its_pronoun(document, sentence) -> list[ProposalMention]:
    """The proposals named in the sentence, and where it opens with "It" before a verb, "It"
    for the proposal the sentence before opened with (not "Hamas rejected the plan. It was
    backed by Iran", where "It" may be Hamas)."""
    named = [p for p in document.proposals if sentence.start <= p.start < sentence.end]
    # "The settlement must still be put to members, and it must be certified by X": "it"
    # opening a second clause of a sentence that opened with a proposal stands for it
    if named and len(re.findall(r"\w+", document.text[sentence.start : named[0].start])) <= 1:
        for second in _SECOND_CLAUSE_IT.finditer(document.text, named[0].end, sentence.end):
            start = second.end() - 2
            named = sorted(
                [*named, ProposalMention(start, second.end(), named[0].proposal_id)],
                key=lambda p: p.start,
            )
    described = _passive_subject_described(document, sentence, named)
    if described is not None:
        named = [described, *(p for p in named if not described.start <= p.start < described.end)]
    opening = _OPENING_IT.match(document.text, sentence.start)
    told = document.sentence_before(sentence) if opening else None
    if told is None:
        return named
    subject = next((p for p in document.proposals if told.start <= p.start < told.end), None)
    if subject is None or len(re.findall(r"\w+", document.text[told.start : subject.start])) > 1:
        return named
    return [ProposalMention(opening.end() - 2, opening.end(), subject.proposal_id), *named]


def _agents_each_by(document, sentence, offset) -> list[Mention]:
    """The agents after "by": those listed, and where "by" comes again before another agent,
    those listed after each "by" (the first item may be people who name none: "by
    hard-liners in the ruling party, by the opposition Labour Party and by the DUP")."""
    clause_end = document.text.find(";", offset, sentence.end)
    clause_end = sentence.end if clause_end == -1 else clause_end
    starts = [again.end() for again in _BY_AGAIN.finditer(document.text, offset, clause_end)]
    if not starts:
        return _listed_after(document, sentence, offset)
    agents = []
    for start in [offset, *starts]:
        for agent in _listed_after(document, sentence, start):
            # "by hard-liners in Sisi's own cabinet": people in a body, not the body
            if _PEOPLE_IN.search(document.text, start, agent.start):
                break
            if agent.ref not in {a.ref for a in agents}:
                agents.append(agent)
    return agents


# "by Count X, the Japanese Prime Minister, and Viscount Y": a description of the agent before
# the next one, between commas
_AGENT_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+[^,;()“”\"]{1,60}(?=,\s+(?:and\s+)?[A-Z])")


def _listed_after(document, sentence, offset) -> list[Mention]:
    listed = []
    position = offset
    # "by Bosnian President Alija Izetbegovic, Serbian President Slobodan Milosevic and ...":
    # a post may stand before each name
    # ("..., and Hanoi's chief negotiator, Le Duc Tho": a post in apposition, before a comma)
    # ("(NDP), the former ruling X": past the acronym in brackets after the item before)
    # ("and the two western rebel groups, the A and the B": a group counted, then its members)
    # ("and Deputy Prime Minister Tariq Aziz": a post of three capitalised words)
    # ("by Signor X and Dr. Y": an abbreviated title before a name (t56h))
    gap = (
        r"\)?[\s,]*(?:and\s+)?(?:the\s+)?(?:(?-i:[A-Z])[a-z]{0,3}\.\s+)?(?:(?:[A-Z][\w-]*\s+){3}"
        r"|(?:[\w’'-]+\s+){0,2}(?:[a-z][\w-]*,\s+)?"
        r"|(?:two|three|four|five|both)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s,\s+(?:the\s+)?"
        # ("by the government and the armed groups, among them the A and the B": a plural
        # noun, then the members of it named after "among them" or "including")
        r"|(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s,\s+(?:among\s+them|including)\s+(?:the\s+)?)"
    )
    # "by Moscow's envoy Alexander Lavrentiev, Iran's deputy foreign minister Hossein Ansari and
    # Turkey's ...": the words of a post after a state's possessive, up to the one holding it
    of_a_state = r"['’]s?\s+(?:[a-z][\w-]*\s+){1,4}(?:[A-Z][\w.’'-]*\s+){0,3}"
    # "by President Richard Nixon's national security adviser, Henry Kissinger": the adviser,
    # named after his post, is the agent, not the man whose adviser he is
    of_a_person = r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+"
    for mention in document.mentions_between(offset, sentence.end):
        if not _names_an_actor(document, mention) or (
            mention.via in ("post", "demonym") and not _names_its_body(document, mention)
        ):
            continue
        if mention.start < position:
            continue
        between = document.text[position : mention.start]
        appositive = _AGENT_APPOSITIVE.match(document.text, position, sentence.end)
        if (
            listed
            and listed[-1].end == position
            and document.is_person(listed[-1].ref)
            and appositive is not None
            # not "by X, the European Union, and Y": a body named whole is an agent of its own
            and not any(
                named.end == appositive.end()
                and re.fullmatch(r",\s+(?:the|a|an)\s+", document.text[position : named.start])
                for named in document.mentions_between(position, appositive.end())
            )
        ):
            # "by Count X, the Japanese Prime Minister, and Viscount Y": the appositive
            # describes the agent before it (whatever it names); the list goes on after it
            if mention.start < appositive.end() or not document.is_person(mention.ref):
                continue
            between = document.text[appositive.end() : mention.start]
        after_a_state = listed and not document.is_person(listed[-1].ref)
        if listed and mention.ref == listed[-1].ref and re.fullmatch(r"\s*\(", between):
            pass  # "the National Democratic Party (NDP)": its acronym, no other item
        elif (
            listed
            and document.is_person(listed[-1].ref)
            and not document.is_person(mention.ref)
            and re.fullmatch(r"['’]s\s+", between)
        ):
            # "by the premier's Rally for the Republic": the leader's body signs, not he
            listed[-1] = mention
        elif (
            listed
            and not document.is_person(mention.ref)
            and not document.is_state(mention.ref)
            and re.fullmatch(r"['’]s?\s+", between)
        ):
            # "by Ukraine's parliament": the owner's body owes the step, not the owner (whose
            # negotiators may have answered already)
            listed[-1] = mention
        elif (
            after_a_state and document.is_person(mention.ref) and re.fullmatch(of_a_state, between)
        ):
            pass  # the one holding the post answers for the state, which is listed already
        elif (
            listed
            and document.is_person(listed[-1].ref)
            and document.is_person(mention.ref)
            and re.fullmatch(of_a_person, between)
        ):
            listed[-1] = mention
        elif (described := _the_agent_described(document, listed, mention, between)) is not None:
            # "by the Althing, Iceland's parliament,": the state's possessive describes the
            # agent before it; the list goes on after it
            position = described
            continue
        elif re.fullmatch(gap, between):
            listed.append(mention)
        elif after_a_state and re.fullmatch(of_a_state + gap, between):
            if not document.is_person(mention.ref):
                listed.append(mention)
        else:
            break
        position = mention.end
    return listed


def _the_agent_described(document, listed, mention, between) -> int | None:
    """Where a possessive right after the agent listed last describes it ("the Althing,
    Iceland's parliament"), the end of that description, else none: a body (not a person nor a
    state) followed by a state's possessive and lower-case words closing the appositive."""
    if (
        not listed
        or not re.fullmatch(r",\s+", between)
        or document.is_person(listed[-1].ref)
        or document.is_state(listed[-1].ref)
        or not document.is_state(mention.ref)
    ):
        return None
    match = _A_STATE_S_DESCRIPTION.match(document.text, mention.end)
    return match.end() if match else None


# "Iceland's parliament,": a state's possessive and up to three lower-case words, closing the
# appositive that describes the agent before it
_A_STATE_S_DESCRIPTION = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=\s*[,.;]|\s*$)")


# "signed a deal with the United States", "put his initials to the document ..., alongside
# leaders of the Platform": the party it was signed with signs too (not "with Egypt's help")
_THE_PARTY = (
    # "with all four factions of the NDFB", "with the two wings of the Front": the party's own
    # parts, counted, sign for it (t56b)
    r"\s+(?:(?:(?:all|both|the)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:leaders|representatives|envoys|members|delegates|delegations|factions|wings)\s+"
    r"(?:of|from)\s+)?"
    r"(?:the\s+)?(?:so-called\s+)?"
    # "with the breakaway region of Somaliland", "with the rebel group Hamas": the party's kind
    r"(?:(?:[a-z-]+\s+){0,2}(?:region|province|territory|republic|enclave|group|movement"
    r"|faction|front)\s+(?:of\s+)?)?$"
)
_SIGNED_WITH = re.compile(
    # right after the text ("a memorandum of understanding with", "an accord on security
    # with"), a day or a place between: "signed a deal on Saturday with"
    r"(?:\s+(?:of|on)\s+[a-z-]+)?"
    r"(?:\s+(?:on|in|at)\s+[\w.]+(?:\s+\d{1,2})?)?,?\s+(?:with|alongside|together\s+with"
    r"|along\s+with)"
    + _THE_PARTY
    +
    # "..., alongside leaders of the Platform" anywhere in the clause
    r"|[^;]*,\s+(?:alongside|together\s+with|along\s+with)"
    + _THE_PARTY,
    re.IGNORECASE,
)


# "..., with Egypt hosting the ceremony", "with Egypt expected to sign later": the party after
# "with" is the subject of a verb of its own, not a co-signer (`_signing_alongside` reads the
# absolute clause whose verb is a signature)
_DOING_SOMETHING_ELSE = re.compile(
    r"\s+(?:also\s+)?(?!(?:(?:counter|co-?)?signing|initiall?ing)\b)"
    r"(?:[a-z]+ing|expected|due|set|scheduled|to)\b"
)


def _signing_with(document, sentence, mentions, proposal, verb_end) -> list[Mention]:
    """The parties a text was signed with, named after it in the signature's clause."""
    if proposal is None or not (verb_end <= proposal.start < sentence.end):
        return []  # the text must be named right in the clause: "signed the accord with X"
    start = proposal.end
    rest = document.text[start : sentence.end]
    end = start + re.search(r";|\s(?:but|while|whereas)\s|$", rest).start()
    found = []
    for mention in mentions:
        if not (start <= mention.start < end):
            continue
        if not _SIGNED_WITH.fullmatch(document.text[start : mention.start]):
            break
        if re.match(r"['’]s\b", document.text[mention.end :]):
            break  # "with Egypt's mediation": the help, not a party
        if _DOING_SOMETHING_ELSE.match(document.text, mention.end):
            break  # "with Egypt hosting the ceremony": an absolute clause of its own
        found.append(mention)
        break
    return found + _listed_with(document, mentions, found, end)


# "with leaders of the Malaita Eagle Force (MEF) and the Isatabu Freedom Movement (IFM)": the
# next item of the list of parties, after the abbreviation in brackets of the one before
_NEXT_PARTY = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s*,|,?\s+and)\s+(?:the\s+)?")


def _listed_with(document, mentions, found, end) -> list[Mention]:
    """The other parties of the list whose first item a text was signed with ("signed the
    accord with A (AB) and the C"), up to the end of its clause."""
    listed = []
    last = found[-1] if found else None
    for mention in mentions:
        if last is None or mention.start < last.end or mention.start >= end:
            continue
        if mention.ref == last.ref and re.fullmatch(
            r"\s*\(", document.text[last.end : mention.start]
        ):
            continue  # "(MEF)": the party's abbreviation, not another party
        if not _NEXT_PARTY.fullmatch(document.text[last.end : mention.start]) or re.match(
            r"['’]s?\s", document.text[mention.end :]
        ):
            break
        listed.append(mention)
        last = mention
    return listed


# "signed alongside Angola's Jose Eduardo dos Santos, Namibia's Sam Nujoma and ...": the
# signatories the verb names right after it, no text between
_ALONGSIDE = re.compile(r"\s*(?:alongside|together\s+with|along\s+with|with)\s+(?=[A-Z]|the\s)")
_DESCRIBING_THE_FIRST = re.compile(
    r"(?:the\s+(?:(?!(?:of|for|in|on|at|by|from|to|with|and|help|backing|support)\b)"
    r"[a-z][\w-]*\s+){0,2})?"
)


def _fellow_signatories(document, sentence, verb_end) -> list[Mention]:
    """The parties listed right after a signature's verb ("signed alongside A, B and C"), who
    sign the same text; none where the last is an owner ("signed with Egypt's help")."""
    alongside = _ALONGSIDE.match(document.text, verb_end, sentence.end)
    if alongside is None:
        return []
    listed = _listed_after(document, sentence, alongside.end())
    if (
        not listed
        # "alongside the anti-independence Loyalists": words describing the first one may stand
        # before it, not a noun it belongs to ("with the help of Egypt")
        or not _DESCRIBING_THE_FIRST.fullmatch(document.text, alongside.end(), listed[0].start)
        or re.match(r"['’]s?\s+(?![A-Z])", document.text[listed[-1].end :])
    ):
        return []
    return listed


# "signed for the PCJSS", "signed it for the government": the party a signatory signs for
_SIGNED_FOR_A_PARTY = re.compile(r"\s+(?:it\s+)?for\s+(?:the\s+)?")
_SIGNED_FOR_THE_PARTY = re.compile(r"\s+for\s+the\s+")
# "was signed for Portugal by ...": the party, then its signatory as the passive's agent (t56b)
_BY_AFTER_THE_PARTY = re.compile(r"\s+(?:\w+\s+)?by\s")


def _party_signed_for(document, mentions, verb_end) -> Mention | None:
    """The party a signature with no text named is made for ("Larma, known as Santu Larma,
    signed for the PCJSS"), which signs, not the body of the signatory's post; None where no
    actor follows "for" ("signed for peace")."""
    signed_for = _SIGNED_FOR_A_PARTY.match(document.text, verb_end)
    if signed_for is None:
        # "signed the Joint Declaration for the Roman Catholic Church": the text named right
        # after the verb, then the party with its article (not "signed the peace plan for
        # Bosnia-Herzegovina", the place the text is for) (tune45a)
        signed_for = next(
            (
                found
                for p in document.proposals
                if re.fullmatch(r"\s*(?:the\s+)?", document.text[verb_end : p.start])
                for found in [_SIGNED_FOR_THE_PARTY.match(document.text, p.end)]
                if found is not None
            ),
            None,
        )
    if signed_for is None:
        return None
    return next(
        (
            m
            for m in mentions
            if m.start == signed_for.end()
            and not document.is_person(m.ref)
            and not re.match(r"['’]s?\s", document.text[m.end :])
        ),
        None,
    )


# "accepted it in the name of the Queen", "approved the plan on behalf of the council": the
# words from the verb to the party, in the same clause (no relative clause or new clause
# between: "the plan, which was drawn up on behalf of Egypt" tells who drew it up)
_IN_THE_NAME_OF_AFTER_THE_OBJECT = re.compile(
    r"(?P<between>[^,;:.()]{0,80}?)\s+(?:in\s+the\s+name\s+of|on\s+behalf\s+of)\s+(?:the\s+)?"
)


def _answered_in_the_name_of(document, mentions, verb_end, signing) -> Mention | None:
    """The party an answer to a text is given in the name of ("X accepted it in the name of
    Queen Victoria", "Y approved the plan on behalf of Egypt"): that party answers, not the
    person who gives the answer (a person named so answers for the body of his post, as any
    person answering does). A signature on behalf of a body is read apart
    (`_signed_on_behalf_of_a_body`): only "in the name of" here."""
    named = _IN_THE_NAME_OF_AFTER_THE_OBJECT.match(document.text, verb_end)
    if (
        named is None
        or re.search(
            r"\b(?:that|which|who|whom|whose|and|but|when|after|before|while)\b",
            named.group("between"),
            re.IGNORECASE,
        )
        or (signing and "name" not in named.group(0))
    ):
        return None
    # (a title may stand before the name: "in the name of King George")
    return next(
        (
            m
            for m in mentions
            if m.start >= named.end()
            and re.fullmatch(r"(?:[A-Z][\w.]*\s+){0,2}", document.text[named.end() : m.start])
        ),
        None,
    )


def _answer_given_for(document, mentions, verb_end) -> Mention | None:
    """The party whose answer a person is to give ("Speaker X is expected to give Azerbaijan's
    answer within days"): that party's answer awaits, not the speaker's own."""
    return next(
        (
            m
            for m in mentions
            if re.fullmatch(r"\s+(?:the\s+)?", document.text[verb_end : m.start])
            and not document.is_person(m.ref)
            and _OWNERS_ANSWER.match(document.text, m.end)
        ),
        None,
    )


# "Major X refused the same day on behalf of the army": an answer with no object, given for the
# party named after it
_ON_BEHALF_OF_AFTER_A_BARE_ANSWER = re.compile(
    r"(?:\s+(?:the\s+)?(?:same|next|following)\s+(?:day|morning|afternoon|evening|night))?"
    r"\s+on\s+behalf\s+of\s+"
)


def _answered_on_behalf_of(document, mentions, verb_end) -> Mention | None:
    """The party an answer with no object is given for ("refused on behalf of the army"),
    which answers, not the person who gives it; None where no actor follows."""
    behalf = _ON_BEHALF_OF_AFTER_A_BARE_ANSWER.match(document.text, verb_end)
    if behalf is None:
        return None
    return next(
        (
            m
            for m in mentions
            # (the article may stand inside the party's mention: "the army")
            if m.start >= behalf.end()
            and re.fullmatch(r"(?:the\s+)?", document.text[behalf.end() : m.start])
            and not document.is_person(m.ref)
        ),
        None,
    )


def _answering(document, respondents, signing=False) -> list[tuple[Mention, Mention | None]]:
    """Each respondent as the party that answers, with the person who answers for it (None
    where the respondent is no person, or a person who answers for himself)."""
    answering = []
    for respondent in respondents:
        body = _body_signed_for(document, respondent)
        if body.ref != respondent.ref:
            # "Foreign Minister X signed for the government": a minister of a state whose
            # government is recorded as an actor of its own answers for that government
            body = _recorded_government(document, body)
        if (
            signing
            and document.is_person(body.ref)
            # "signed by representatives of Zelaya and of the army": the person they
            # represent is a party himself
            and not _GROUP_OF.search(
                document.text[max(0, respondent.start - 40) : respondent.start]
            )
        ):
            continue  # a person whose body the article does not tell signs for no one we know
        answering.append((body, respondent if body.ref != respondent.ref else None))
    return answering


# "The cabinet approved the draft on Friday. But it attached that condition in a side letter":
# the sentence after a yes, taken up by a pronoun, adds the conditions it came with
_CONDITIONS_ATTACHED_AFTER = re.compile(
    r"\s*(?:(?:But|However|Yet)\s*,?\s+)?(?:it|they|he|she)\s+(?:also\s+)?"
    r"(?:attached|added|set|laid\s+down|imposed|entered|lodged|appended|tied\s+it\s+to)\s+"
    r"(?:that|those|the|a|an|its|their|his|her|two|three|several|some|one)?\s*"
    r"(?:[\w-]+\s+){0,2}?(?:conditions?|reservations?|caveats?|provisos?)\b",
    re.IGNORECASE,
)


def _conditions_attached_after(document, signal: SignalCandidate) -> SignalCandidate:
    """An acceptance (not a signature) whose next sentence opens with its subject, as a
    pronoun, attaching conditions or reservations to it, is a yes with conditions."""
    if signal.status != "accepted" or signal.signed:
        return signal
    sentence = document.sentence_at(signal.start)
    index = document.sentences.index(sentence)
    if index + 1 >= len(document.sentences):
        return signal
    following = document.sentences[index + 1]
    if not _CONDITIONS_ATTACHED_AFTER.match(document.text[following.start : following.end]):
        return signal
    return replace(signal, status="accepted_with_conditions")


# "said it had received the text and would study it", "had received the letter and would
# reply in due course": the receipt told, then what the party will do with the text (tune45a)
_RECEIVED_AND_DEALT_WITH = re.compile(
    r"\b(?:had|has|have)\s+received\s+(?:the|a|an|its|their)\s+[^.;,]{0,40}?\s+and\s+"
    r"(?:would|will|is|was|are|were)\s+(?!not\b|never\b)(?P<rest>[^.;]*)",
    re.IGNORECASE,
)
# "the Government has said it will consider it", "Monahan said he would consider it": a promise
# to weigh an ask put to the party, with its answer put off to no step first, is its receipt
# told, as "has received the request and will study it" is (tune50d)
_PROMISED_TO_WEIGH = re.compile(
    r"\b(?:would|will)\s+(?:\w+ly\s+)?(?:consider|study|examine|review|look\s+into)\s+"
    r"(?:it|them|the\s+(?:" + _ASKING_NOUNS + r")s?)\b(?P<rest>[^.;]*)",
    re.IGNORECASE,
)
# "... would study them before reporting to the president": the answer put off until a step
# of its own, which leaves it pending
_PUT_OFF_UNTIL = re.compile(r"\b(?:before|until)\b", re.IGNORECASE)


def _an_ask(document, proposal: ProposalMention | None) -> bool:
    """Whether a recorded proposal's title makes it a request, an invitation or a demand put to
    the party that receives it (not a plan, which a third party may receive)."""
    recorded = document.gazetteer.proposals.get(proposal.proposal_id) if proposal else None
    return recorded is not None and any(_AN_ASKING_NOUN.fullmatch(w) for w in recorded["words"])


def _acknowledged_on_receipt(document, signal: SignalCandidate) -> SignalCandidate:
    """A party that says it has received a request or an invitation and will study it, discuss
    it or reply in due course acknowledges it: the receipt is what it answers now (not "...
    would study it before taking a position", an answer put off, still pending)."""
    if signal.status != "pending" or not _an_ask(document, signal.proposal):
        return signal
    sentence = document.sentence_at(signal.start)
    told = _RECEIVED_AND_DEALT_WITH.search(
        document.text, signal.start, sentence.end
    ) or _PROMISED_TO_WEIGH.search(document.text, signal.start, sentence.end)
    if told is None or _PUT_OFF_UNTIL.search(told.group("rest")):
        return signal
    # (the receipt is the respondent's own: no other party named between them)
    if any(
        m.ref != signal.respondent.ref
        for m in document.mentions_between(signal.respondent.end, told.start())
    ):
        return signal
    return replace(signal, status="acknowledged")


def _not_its_own_condition(document, signal: SignalCandidate) -> SignalCandidate:
    """ "Guaido proposed a national salvation agreement. Maduro said he was ready to talk,
    but only if sanctions were lifted": a conditional yes whose words describe the
    respondent's own demand (the condition it sets) answers the text told before it."""
    if signal.status != "accepted_with_conditions" or signal.proposal is None:
        return signal
    proposal = document.gazetteer.proposals.get(signal.proposal.proposal_id) or {}
    author = proposal.get("announced_by_id")
    answering = {signal.respondent.ref, signal.person.ref if signal.person else None}
    if author is None or f"actor:{author}" not in answering:
        return signal
    sentence = document.sentence_at(signal.start)
    told = _proposal_told_last(document, sentence.start)
    if told is None or not told.proposal_id or told.proposal_id == signal.proposal.proposal_id:
        return signal
    return replace(signal, proposal=told)


def _apart_from_their_body(found, document=None) -> list[SignalCandidate]:
    """A person who puts off an answer his body has given answers apart from it ("the prime
    minister signed the accord ... The president, who shares power uneasily with him, said she
    would study it"): the pending answer stays his own."""
    answers = {}
    for signal in found:
        answers.setdefault((signal.respondent.ref, _proposal_id(signal)), []).append(signal)
    kept = []
    for signal in found:
        key = (signal.respondent.ref, _proposal_id(signal))
        if (
            signal.person is not None
            and signal.status == "pending"
            and not (document and _told_as_its_post_holder(document, signal.person))
            and any(
                other.status != "pending"
                and (other.person is None or other.person.ref != signal.person.ref)
                for other in answers[key]
            )
        ):
            signal = replace(signal, respondent=signal.person, person=None)
        kept.append(signal)
    return kept


def _told_as_its_post_holder(document: Document, person: Mention) -> bool:
    """Whether the person is told as the holder of a post of the body named in the possessive
    before it ("The movement's commander, Major-General X, has not ratified it"), in whose name
    he answers, not apart from it."""
    sentence = document.sentence_at(person.start)
    as_its_post_holder = (
        r"['’]s?\s+(?:[\w-]+\s+){0,2}?" + _HEAD + r"\s*,\s*(?:[A-Z][\w.-]*\s+){0,3}$"
    )
    return bool(
        re.search(as_its_post_holder, document.text[sentence.start : person.start], re.IGNORECASE)
    )


def _as_its_state(document: Document, found) -> list[SignalCandidate]:
    """ "Israel's cabinet approved the deal": what a state's cabinet decides is the state's
    answer, its government's; a text that awaits the cabinet ("goes to the cabinet, which meets
    on Sunday") waits on the body itself, unless its sentence has it await the state already
    ("Israel's cabinet is due to vote on it": one answer, read twice)."""
    kept = []
    for signal in found:
        state = document.state_of_body.get(signal.respondent.ref)
        if state is None:
            kept.append(signal)
        elif signal.status != "pending":
            kept.append(replace(signal, respondent=replace(signal.respondent, ref=state)))
        elif not any(
            other.respondent.ref == state
            and other.status == signal.status
            and _proposal_id(other) == _proposal_id(signal)
            and document.sentence_at(other.start) == document.sentence_at(signal.start)
            for other in found
        ):
            kept.append(signal)
    return kept


# A state's foreign ministry, the voice of the state abroad: "the State Department said it was
# still studying the accord" is the United States' answer (not so another ministry: "the
# Interior Ministry refused to sign" is the ministry's own)
_FOREIGN_MINISTRY = re.compile(
    r"\b(?:(?P<us>State\s+Department|Department\s+of\s+State)|Foreign\s+(?:Ministry|Office)"
    r"|Ministry\s+(?:of|for)\s+Foreign\s+Affairs)\b",
    re.IGNORECASE,
)


# "X, the secretary of Iran's security council, and Y signed the document on behalf of their
# governments": each signs for his state, not for the body of his post
_ON_BEHALF_OF_THEIR_STATES = re.compile(
    r"\bon\s+behalf\s+of\s+(?:his|her|their)\s+(?:respective\s+)?"
    r"(?:governments?|countries|country|states?|nations?)\b",
    re.IGNORECASE,
)


def _on_behalf_of_his_state(document: Document, signal: SignalCandidate) -> SignalCandidate:
    """A body of a state named as a signatory who signs "on behalf of his government" (the
    post of the man standing for it: "X, the secretary of Iran's Supreme National Security
    Council, and Y signed ... on behalf of their governments") signs for the state named as its
    owner right before it."""
    if not signal.signed or document.is_state(signal.respondent.ref):
        return signal
    body = signal.person or signal.respondent
    sentence = document.sentence_at(body.start)
    if not _ON_BEHALF_OF_THEIR_STATES.search(document.text, body.end, sentence.end):
        return signal
    if signal.person is not None:
        # the body his appositive names after him
        body = next(
            (
                m
                for m in document.mentions_between(body.end, sentence.end)
                if m.ref == signal.respondent.ref
            ),
            None,
        )
    owner = _OWNER_BEFORE.search(document.text, sentence.start, body.start) if body else None
    if owner is None:
        return signal
    states = [
        m
        for m in document.mentions_between(owner.start(), owner.end())
        if document.is_state(m.ref) and m.end == owner.start("name")
    ]
    if not states:
        return signal
    return replace(signal, respondent=replace(signal.respondent, ref=states[0].ref))


# a state's name as the owner right before a body: "Iran's ", "Iran’s "
_OWNER_BEFORE = re.compile(r"\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?P<name>)['’]s\s+$")


# "State Department spokesman Sean McCormack rejected the demand": the post, written before a
# person the article alone names, of a ministry that is no actor of its own
_FOREIGN_MINISTRY_SPOKESMAN_BEFORE = re.compile(
    _FOREIGN_MINISTRY.pattern + r"\s+spokes(?:man|woman|person)\s+$", re.IGNORECASE
)


def _as_the_state_it_speaks_for(document: Document, found) -> list[SignalCandidate]:
    """A state's foreign ministry answers as its state, and so does its spokesman; so does the
    seat its government sits in ("the White House welcomed the plan")."""
    kept = []
    for signal in found:
        state = (
            _state_of_its_foreign_ministry(document, signal.respondent)
            or _state_of_its_foreign_ministry_spokesman(document, signal.respondent)
            or _state_of_its_seat(document, signal.respondent)
        )
        if state is not None:
            signal = replace(signal, respondent=replace(signal.respondent, ref=state))
        kept.append(signal)
    return kept


# The seats of government by their names' normal forms ("the Élysée" is "elysee")
_SEATS_OF_GOVERNMENT = {normalize_name(name): codes for name, codes in SEATS_OF_GOVERNMENT.items()}


def _state_of_its_seat(document: Document, mention: Mention) -> str | None:
    """The recorded state whose government sits in the building or street an answering body is
    named after ("the White House welcomed the plan", "Downing Street rejected it"): the seat
    speaks for its state, as a capital does. None where no state of the seat is recorded (the
    seat then answers under its own name)."""
    if document.is_person(mention.ref):
        return None
    codes = _SEATS_OF_GOVERNMENT.get(normalize_name(document.actor_name(mention.ref)))
    state = document.gazetteer.first_recorded_state(codes) if codes else None
    return f"actor:{state}" if state is not None else None


def _state_of_its_foreign_ministry(document: Document, mention: Mention) -> str | None:
    """The recorded state whose foreign ministry a mention's actor is: the country it is
    recorded with, else the one its name (or the mention) holds ("Norwegian Ministry of Foreign
    Affairs"), else, for the State Department, the United States."""
    ministry = _FOREIGN_MINISTRY.search(document.actor_name(mention.ref))
    if ministry is None:
        return None
    code = None
    if not mention.ref.startswith("actor:new:"):
        code = document.gazetteer.actor(int(mention.ref.split(":")[1])).country or None
    tokens = document.tokens[mention.first_token : mention.last_token]
    return _state_of_the_ministry(document, ministry, tokens, code)


def _state_of_the_ministry(document: Document, ministry, tokens, code=None) -> str | None:
    """The recorded state of a foreign ministry (`ministry`, a match of `_FOREIGN_MINISTRY`):
    the country `code` given, else the first country `tokens` name, else, for the State
    Department, the United States."""
    if code is None:
        named = document.gazetteer.countries.matches(tokens)
        code = named[0][2][0] if named else None
    if code is None and ministry.group("us"):
        code = "US"
    state = document.gazetteer.state_of_country(code) if code else None
    return f"actor:{state}" if state is not None else None


def _state_of_its_foreign_ministry_spokesman(document: Document, mention: Mention) -> str | None:
    """The recorded state a new person answers for when the article gives him, right before his
    name, the post of spokesman of a foreign ministry: the country named in that post, else,
    for the State Department, the United States."""
    if not (mention.ref.startswith("actor:new:") and document.is_person(mention.ref)):
        return None
    sentence = document.sentence_at(mention.start)
    post = _FOREIGN_MINISTRY_SPOKESMAN_BEFORE.search(document.text, sentence.start, mention.start)
    if post is None:
        return None
    tokens = [
        token
        for token in document.tokens[sentence.first_token : mention.first_token]
        if token.start >= post.start()
    ]
    return _state_of_the_ministry(document, post, tokens)


# "with Egypt signing as a witness", "signed as observers": a signature that attests the
# parties' own, by no party (a guarantor signs too: it binds itself to the text it guarantees)
_AS_A_WITNESS = re.compile(r"\bas\s+(?:an?\s+)?(?:witness|witnesses|observer|observers)\b", re.I)


def _signed_as_a_witness(document: Document, signal: SignalCandidate) -> bool:
    """Whether the words after the signatory, up to the next actor named or the end of its
    sentence, say that it signed as a witness or an observer."""
    sentence = document.sentence_at(signal.respondent.start)
    end = next(
        (
            m.start
            for m in document.mentions_between(signal.respondent.end, sentence.end)
            if m.ref != signal.respondent.ref
        ),
        sentence.end,
    )
    return bool(_AS_A_WITNESS.search(document.text, signal.respondent.end, end))


def _its_author(document: Document, signal: SignalCandidate) -> bool:
    """Whether the respondent announced the proposal, or is the body its announcer belongs to
    (the U.N. for a Security Council resolution): no one answers his own proposal."""
    recorded = document.gazetteer.proposals.get(_proposal_id(signal))
    author_id = recorded and recorded["announced_by_id"]
    if not author_id:
        return recorded is not None and (
            signal.respondent.ref in _owner_in_its_title(document, recorded)
            or _title_opened_by_its_name(document, recorded, signal.respondent)
        )
    author = document.gazetteer.actors.get(author_id)
    if signal.respondent.ref == f"actor:{author_id}":
        return True
    # "Curzon offered to take the clauses out ... The British delegation would not hear of it":
    # the body of the author's post put it forward through him
    if document.gazetteer.body_of_post(f"actor:{author_id}") == signal.respondent.ref:
        return True
    parent_id = author.parent_id if author else None
    # "Quebec's request that Ottawa share the compensation ... was accepted by Ottawa": the
    # body over the announcer, which the title names as the one asked, is not its author
    return bool(
        parent_id
        and signal.respondent.ref == f"actor:{parent_id}"
        and not _named_in(signal.respondent.text_in(document.text), recorded["name"] or "")
    )


def _named_in(written: str, title: str) -> bool:
    """Whether a title names a party the way the article writes it, after its opening word."""
    return bool(re.search(rf"\S\s.*\b{re.escape(written)}\b", title))


# "GM's 18 1/2-cent wage offer", "the Ruritanian government's peace plan": a title that opens
# with a party's possessive names the text's own author, where no announcer is recorded
_OWNER_OF_THE_TITLE = re.compile(r"(?:the\s+)?(?P<owner>[^'’,;]{1,60}?)['’]s?\s", re.IGNORECASE)


def _owner_in_its_title(document: Document, recorded: dict) -> set[str]:
    """The references of the actors the possessive opening a recorded proposal's title names
    (by a name the article writes): the author, who does not answer his own text."""
    owner = _OWNER_OF_THE_TITLE.match(recorded["name"] or "")
    if owner is None:
        return set()
    ids = document.gazetteer.actors_by_name.get(normalize_name(owner.group("owner")), [])
    return {f"actor:{actor_id}" for actor_id in ids}


# "CCMSR request to change the timetable", "Union No. 1 counter-offer": a title opening with a
# party's name as it is written, then the noun of what it asked or offered (not "Ford tentative
# agreement", a text both sides settle)
_OWNER_BEFORE_ITS_ASKING = re.compile(
    r"(?P<owner>.{1,60}?)\s+(?:counter-?)?(?:request|proposal|offer|demand|plan|draft|call"
    r"|invitation|bid|plea)\b",
    re.IGNORECASE,
)


def _title_opened_by_its_name(document: Document, recorded: dict, respondent: Mention) -> bool:
    """Whether a recorded proposal's title opens with the respondent's name as the article
    writes it, or with the short form it gives in brackets after it ("the Committee (COIEPA)"),
    before the noun of an asking: a party the record does not hold, answering its own text."""
    owner = _OWNER_BEFORE_ITS_ASKING.match(recorded["name"] or "")
    if owner is None:
        return False
    written = [respondent.text_in(document.text)]
    bracketed = re.match(r"\s*\(([^()]{2,15})\)", document.text[respondent.end :])
    if bracketed:
        written.append(bracketed.group(1))
    return normalize_name(owner.group("owner")) in {normalize_name(name) for name in written}


# "under a declaration both sides had signed in May": a contact relative clause, whose verb has
# no object after it, signs the text told just before its subject
_A_TEXT_BEFORE = re.compile(
    r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+?)s?\s+$", re.IGNORECASE
)
_SIGNED_WITHOUT_OBJECT = re.compile(
    r"(?:[\w'’-]+\s+){1,4}?(?:(?:had|has|have|would|will|once|both|all|each|earlier|"
    r"previously|already|jointly)\s+)*"
    r"(?:signed|initiall?ed|ratified|accepted|endorsed|agreed(?:\s+(?:to|on|upon))?)"
    r"(?=\s*(?:[.,;]|$|\s+(?:in|at|on|last|earlier|before|during|with|after)\b))",
    re.IGNORECASE,
)


def _a_text_told_before_its_subject(document: Document, signal: SignalCandidate) -> bool:
    """Whether the signal's verb, which has no object, signs a text other than its proposal
    that an indefinite noun phrase just before its subject tells ("the army demanded a
    withdrawal under a declaration both sides had signed in Jeddah"): an earlier text, not the
    proposal the paragraph is about."""
    proposal_id = _proposal_id(signal)
    if proposal_id is None:
        return False
    before = _A_TEXT_BEFORE.search(document.text, max(0, signal.start - 60), signal.start)
    if before is None or not _a_text_noun(before.group("noun")):
        return False
    if not _SIGNED_WITHOUT_OBJECT.match(document.text, signal.start, signal.end):
        return False
    return not _of_the_kind(document, proposal_id, before.group("noun"))


# "(west of) the line the Finns refused to accept in talks last autumn": a contact relative
# clause on a noun of the clause before, its verb with no object after it
_A_NOUN_BEFORE = re.compile(
    r"\b(?:the|an?|another|this|that)\s+(?:[\w-]+\s+){0,2}?(?-i:[a-z][\w-]*)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ANSWERED_WITHOUT_OBJECT = re.compile(
    r"(?:[\w'’-]+\s+){1,4}?(?:(?:had|has|have|would|will|once|both|all|each|earlier|"
    r"previously|already|flatly|firmly|repeatedly)\s+)*"
    r"(?:(?:refused|declined|agreed|voted)\s+to\s+(?:accept|sign|approve|endorse|ratify|back)"
    r"|rejected|turned\s+down|refused|spurned|accepted|endorsed|approved)"
    r"(?=\s*(?:[.,;]|$|\s+(?:in|at|on|last|earlier|before|during|with|after)\b))",
    re.IGNORECASE,
)


def _a_noun_told_before_its_subject(document: Document, signal: SignalCandidate) -> bool:
    """Whether the signal's verb, which has no object, answers the noun a clause with a verb
    of its own ends on right before its subject ("the new frontier runs west of the line the
    Finns refused to accept in talks last autumn"): what it answers is that noun, so a proposal
    named elsewhere is not it."""
    sentence = document.sentence_at(signal.respondent.start)
    before = _A_NOUN_BEFORE.search(document.text, sentence.start, signal.respondent.start)
    if _WHICH_THE_QUALIFIED.search(document.text, sentence.start, signal.respondent.start):
        return False  # "which the federal government rejected": a word of its post, no noun
    if before is None or not _ANSWERED_WITHOUT_OBJECT.match(
        document.text, signal.respondent.start, sentence.end
    ):
        return False
    if (
        signal.proposal is not None
        and signal.proposal.start < before.end()
        and before.start() < signal.proposal.end
    ):
        # "the plan the rebels rejected on Sunday", "..., a demand the corporation turned
        # down": the noun itself
        return False
    return any(
        clause.verb is not None
        and clause.verb.finite
        and document.tokens[clause.verb.head].end <= before.start()
        for clause in document.clauses_of(sentence)
    )


def _proposal_id(signal) -> int | None:
    return signal.proposal.proposal_id if signal.proposal else None


# a text signed, told with an indefinite article: "signed a non-aggression pact"
_A_TEXT_SIGNED = re.compile(
    r"\s*an?\s+(?:[\w-]+\s+){0,3}?(?P<noun>agreement|accord|treaty|pact|declaration|deal"
    r"|protocol|memorandum)\b",
    re.IGNORECASE,
)


def _lead_text_named_next(document, sentence, verb_end) -> ProposalMention | None:
    """For a text signed in the article's opening paragraph and told with an indefinite
    article ("signed a declaration here today"), the recorded text of its kind that the next
    paragraph names: the lead tells of the article's own text before naming it. None for a
    signature later in the article, where "a pact" may be any other."""
    signed = _A_TEXT_SIGNED.match(document.text, verb_end)
    lead_end = _paragraph_end(document.text, 0)
    if signed is None or sentence.start > lead_end:
        return None
    next_start = len(document.text) - len(document.text[lead_end:].lstrip())
    named = [
        p
        for p in document.proposals
        if p.proposal_id and lead_end <= p.start < _paragraph_end(document.text, next_start)
    ]
    if not named or not _of_the_kind(document, named[0].proposal_id, signed.group("noun")):
        return None
    return named[0]


def _text_signed_before(document, sentence, before) -> ProposalMention | None:
    """ "X signed the federation's constitution, and Y signed with them": the text the
    signature told before it in the sentence names or describes."""
    signatures = list(_SIGNED_BEFORE.finditer(document.text, sentence.start, before))
    if not signatures:
        return None
    signed_end = signatures[-1].end()
    named = [p for p in document.proposals if signed_end <= p.start < before and p.proposal_id]
    return named[0] if named else _described_object(document, sentence, signed_end)


# a request told in the sentence before an answer with no object: "X asked that Kashmir be put
# on the agenda. Nehru declined.", "Y asked for the clause to be struck. Z agreed first"
_REQUESTED = re.compile(
    r"\b(?:asked|requested|proposed|suggested|urged|demanded|called\s+for|pressed\s+for"
    # "The new Church has invited the other bodies to join it. The Free Church has declined":
    # an invitation asks the party invited to come in
    r"|invited"
    # "X sent word that he would meet them only at his own camp": terms sent to the other side
    r"|sent\s+word"
    # "had come under pressure from lawmakers to invoke the act, but he refused"
    r"|under\s+pressure|pressured"
    # "when he called upon the Portuguese to halt at the Ruo, Serpa Pinto refused": a call on a
    # party to take a step asks it of that party (not "called on" a person: a visit; the
    # infinitive after the party tells the step asked) (r69asks)
    r"|called\s+(?:up)?on(?=\s+(?:[\w’'-]+\s+){1,4}to\s)"
    # "The unions still want the government to reverse the rise": what one side wants the
    # other to do (a party wanted, then the step)
    r"|want(?:s|ed)?(?=\s+(?:[\w’'-]+\s+){1,4}to\s)"
    # "the employers turned that down and offered the joint council instead. LO accepted on
    # condition ...": terms put to the other side are what its bare yes takes up
    r"|offered)\b"
    r"(?P<what>[^.;]*)",
    re.IGNORECASE,
)
# nothing of the clause after the answer but an adverb and its end
_NO_OBJECT_AFTER = re.compile(
    r"\s*(?:\w+ly\s*|first\s*|at\s+once\s*|there\s+and\s+then\s*|too\s*|also\s*"
    + r"|"
    + _EACH_TIME_OR_FLAT
    + r"\s*|"
    + _WHEN_AFTERWARDS
    + r"\s*)?"
    + _THE_SAME_DAY_FOR_A_PARTY
    + r"(?:[.;,]|$|\s+and\s+(?:told|ordered|sent|left|walked|insisted)\b"
    # "gave its consent on Wednesday but withdrew it", "LO accepted on condition that ...":
    # the next verb or the proviso with no comma before it
    r"|\s+but\s+(?!(?:which|who|whom|that)\b)|\s+" + _ON_CONDITION_WORDS + r"\s)"
)


# the clause of a request ending at ", but" before the answer: "X was urged to ..., but he
# refused"; or at a semicolon ("X had asked Y to use its influence; Y has not said whether it
# will"); or at ", and" ("The chiefs asked for a day of council, and Morris agreed"); or at a
# "but" that goes on with the same subject ("has been asked to supervise the truce but has not
# replied")
_REQUEST_BEFORE_A_BUT = re.compile(
    r"(?P<request>[^;]*" + _REQUESTED.pattern + r")(?:,\s+(?:but|and)\s|;\s"
    r"|\s+but\s+(?=(?:has|have|had|is|are|was|were|did|does|do)\s))"
)
# the clause of a request opened by "when" and closed by a comma before the answer: "when he
# called upon the Portuguese to halt at the Ruo, Major Serpa Pinto refused" (the answer is the
# main clause, the ask the time it was given) (r69asks)
_REQUEST_IN_A_WHEN_CLAUSE = re.compile(
    r"(?P<request>(?:[^;]*[,;]\s+(?:and\s+)?)?when\s+[^;,]{0,80}?" + _REQUESTED.pattern + r"),\s",
    re.IGNORECASE,
)
# "has not said whether they will.": a pending answer whose verb is left out, the request's
_WHETHER_IT_WILL = re.compile(
    r"\s*(?:it|they|he|she)\s+(?P<verb>will|would|can|could)(?:\s+do\s+so)?(?=\s*[.;])"
)


# "The companies agreed to the first condition and have not yet replied on the second", "The
# Government has accepted both", "turned down the first three ..., but accepted the fourth": an
# ordinal or "both" standing as the object points at the items of the list told just before
# ("provided they dropped disciplinary charges and agreed to stagger repayment of loans"),
# each item answered being the recorded text its own words describe
_ITEMS_REFERRED_TO = re.compile(
    r"\s+(?:(?:to|on|with)\s+)?(?:(?P<both>both)|the\s+(?P<ordinal>first|second|third|fourth"
    r"|fifth|former|latter)(?:\s+(?P<count>two|three|four))?)"
    r"(?:\s+(?P<noun>(?!(?:on|in|at|to|with|and|but)\b)[a-z]+))?"
    # (a day may close the clause: "agreed to the first condition on Sunday")
    r"(?=\s*(?:[,.;:]|and\b|but\b|(?:on\s+)?\w+day\b|today\b|$))"
)
# a predicate whose object is such a reference: "agreed to the first condition and ..."
_REFERS_TO_AN_ITEM = re.compile(r"[^,;.]*?" + _ITEMS_REFERRED_TO.pattern)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "former": 1}
# the nouns an item of a list of asks goes by ("the first condition", "the second demand")
_LISTED_ITEM_NOUNS = _ASKED_FOR | {"condition", "point", "principle", "proposal", "term"}
# the joint before a list's last item: ", and" after items set off by commas, else "and"
_LAST_ITEM_JOINT = re.compile(r"(?P<comma>,)?\s+and\s+(?:then\s+)?")


def _items_referred_to(
    document, sentence, mention, status, verb_start, verb_end
) -> list[ProposalMention] | None:
    """For an object that is an ordinal or "both" ("agreed to the first condition", "refused
    both"), the recorded proposals the items it points at describe; None where the object is no
    such reference, an empty list where the items describe none."""
    reference = _ITEMS_REFERRED_TO.match(document.text, verb_end, sentence.end)
    if reference is None and status == "countered":
        # "refused both and on Wednesday proposed ...": the no and the terms after it are one
        # phrase, so the reference stands inside it
        reference = _REFERS_TO_AN_ITEM.match(document.text, verb_start, verb_end)
    if reference is None or (
        reference.group("noun") and _singular({reference.group("noun")}) - _LISTED_ITEM_NOUNS
    ):
        return None
    items = _items_listed_before(document, sentence, mention)
    if reference.group("both"):
        pointed = [[item] for item in items] if len(items) == 2 else []
    elif reference.group("ordinal") == "latter":
        pointed = [items[-1:]] if len(items) == 2 else []
    else:
        first = _ORDINALS[reference.group("ordinal")] - 1
        count = _NUMBER_WORDS.get(reference.group("count") or "", 1)
        # "turned down the first three": the items together, one text they describe
        pointed = [items[first : first + count]] if first + count <= len(items) else []
    described = []
    for together in pointed:
        words = set().union(
            *(re.findall(r"\w+", document.text[start:end].casefold()) for start, end in together)
        )
        proposal_id = _best_described(document, words)
        if proposal_id is not None and proposal_id not in {d.proposal_id for d in described}:
            described.append(ProposalMention(together[0][0], together[-1][1], proposal_id))
    return described


def _items_listed_before(document, sentence, mention) -> list[tuple[int, int]]:
    """The spans of the items of the list that closes the clause before the respondent's, in its
    own sentence ("Esser had held out for a majority stake and then for an equal split; Gent
    refused both"), else in the sentence before; items set off by commas back to a colon
    ("four principles: recognition of ..., of a Tamil homeland, ..., and of full citizenship"),
    else the two joined by "and"."""
    own = document.text.rfind(";", sentence.start, mention.start)
    own = max(own, document.text.rfind(":", sentence.start, mention.start))
    if own != -1:
        start, end = sentence.start, own
    else:
        before = document.sentence_before(sentence)
        if before is None:
            return []
        start, end = before.start, before.end
    text = document.text[start:end]
    joints = list(_LAST_ITEM_JOINT.finditer(text))
    if not joints:
        return []
    with_comma = [j for j in joints if j.group("comma")]
    joint = with_comma[-1] if with_comma else joints[-1]
    last_end = re.search(r"[,;:.()]|$", text[joint.end() :]).start() + joint.end()
    head = text[: joint.start()]
    opening = max(head.rfind(";"), head.rfind(":")) + 1
    if joint.group("comma"):
        spans, at = [], opening
        for comma in re.finditer(",", head[opening:]):
            spans.append((at, opening + comma.start()))
            at = opening + comma.end()
        spans.append((at, len(head)))
    else:
        spans = [(max(opening, head.rfind(",") + 1), len(head))]
    spans.append((joint.end(), last_end))
    return [(start + a, start + b) for a, b in spans]


# "has yet to give an answer": the noun of the answer after "give", the clause's own object
_AN_ANSWER_OWED = re.compile(
    r"\s+(?:an?|its|their|his|her)\s+(?:formal\s+|official\s+|final\s+|written\s+)?"
    r"(?:answer|reply|response)\b"
)


def _request_told_before(document, sentence, verb_end) -> ProposalMention | None:
    """For an answer with no object closing its clause ("Mr. Nehru declined."), the recorded
    proposal the sentence before requests: the one the words of the request describe, else the
    one its asker (named before the verb of asking) put forward."""
    if not (
        _NO_OBJECT_AFTER.match(document.text, verb_end)
        or _NO_OBJECT_AFTER.match(document.text, _after_its_day(document, verb_end))
    ):
        return None
    # "X had come under pressure to invoke the act, but he refused": a request told in the
    # answer's own sentence, in a clause before it, else in the sentence before
    opening = _REQUEST_BEFORE_A_BUT.match(
        document.text, sentence.start, verb_end
    ) or _REQUEST_IN_A_WHEN_CLAUSE.match(document.text, sentence.start, verb_end)
    if opening:
        start, end = sentence.start, opening.end("request")
    else:
        before = document.sentence_before(sentence)
        if before is None:
            return None
        start, end = before.start, before.end
    asks = list(_REQUESTED.finditer(document.text, start, end))
    later = _a_later_ask_described(document, start, asks[1:])
    if later is not None:
        return later
    asked = asks[0] if asks else None
    if asked is None or document.in_quote(asked.start(), asked.end()):
        return None
    # "proposed that the sixpence begin in November rather than in January": what is asked,
    # not the alternative it replaces
    asked_end = asked.end()
    alternative = _THE_ALTERNATIVE.search(document.text, asked.start(), asked_end)
    if alternative is not None:
        asked_end = alternative.start()
    words = set(re.findall(r"\w+", document.text[start:asked_end].casefold()))
    # "Kyiv rejected a second US draft ..., and demanded that past aid be left out. Washington
    # agreed": the request's own words first, before those of the sentence around it
    own_words = set(re.findall(r"\w+", document.text[asked.start() : asked_end].casefold()))
    proposal_id = _best_described(document, own_words)
    if proposal_id is None and _an_offer(asked):
        return None  # "offered to host a prayer meeting": only the offer's own words tell it
    proposal_id = proposal_id or _best_described(document, words)
    if proposal_id is not None and not _wanted_by_its_owner(document, start, asked, proposal_id):
        return None
    if proposal_id is None:
        askers = {
            m.ref
            for m in document.mentions_between(start, asked.start())
            if m.ref.startswith("actor:") and ":new:" not in m.ref
        }
        theirs = [
            p["id"]
            for p in document.gazetteer.proposals.values()
            if f"actor:{p.get('announced_by_id')}" in askers
        ]
        if len(theirs) > 1:
            # "the United States had asked Saudi Arabia to ...": of the asker's proposals, the
            # one whose title names the party asked
            asked_words = {
                word
                for m in document.mentions_between(asked.start(), asked.end())
                if m.ref.startswith("actor:") and ":new:" not in m.ref
                for word in normalize_name(document.actor_name(m.ref)).split()
            }
            named_asked = [
                p["id"]
                for p in document.gazetteer.proposals.values()
                if p["id"] in theirs and asked_words & set(normalize_name(p["name"]).split())
            ]
            if len(named_asked) != 1:
                # "The talks nearly foundered over the amnesty. EAM had demanded that it cover
                # every act; the government refused": of the asker's several proposals, the one
                # the request and the sentence before it in its paragraph describe
                context = _context_before_in_paragraph(document, start)
                named_asked = [
                    proposal
                    for proposal in [
                        _best_described(
                            document,
                            words | set(re.findall(r"\w+", context.casefold())),
                            among=set(theirs),
                        )
                    ]
                    if proposal is not None
                ]
            theirs = named_asked
        proposal_id = theirs[0] if len(theirs) == 1 else None
    if proposal_id is None:
        return None
    return ProposalMention(asked.start(), asked.end(), proposal_id)


def _an_offer(asked) -> bool:
    """Whether an ask `_REQUESTED` found is an offer ("offered the joint council instead"),
    which only its own words describe: the sentence around it tells who made it, not what."""
    return asked.group(0)[:7].casefold() == "offered"


def _a_later_ask_described(document, start, later_asks) -> ProposalMention | None:
    """Of the asks after the first in a sentence ("LO had asked that dismissals go to a neutral
    umpire; the employers turned that down and offered the joint council instead"), the last
    whose own words describe a recorded proposal: a bare answer after it takes up what was put
    last, not the ask the sentence opened with."""
    for asked in reversed(later_asks):
        if document.in_quote(asked.start(), asked.end()):
            continue
        own_words = set(re.findall(r"\w+", document.text[asked.start() : asked.end()].casefold()))
        proposal_id = _best_described(document, own_words)
        if proposal_id is not None and _wanted_by_its_owner(document, start, asked, proposal_id):
            return ProposalMention(asked.start(), asked.end(), proposal_id)
    return None


# "On the safeguard against import surges, Beijing ...": a topic set before the sentence's
# subject by "On", "Over" or "As for", closed by a comma
_OPENING_TOPIC = re.compile(r"\s*(?:On|Over|As\s+for|As\s+to)\s+(?P<topic>[^,;.]{3,80}),\s")


def _text_of_the_opening_topic(document, sentence, respondent) -> ProposalMention | None:
    """The recorded proposal the opening topic of a bare answer's sentence describes ("On the
    safeguard against import surges, Beijing said yes": the U.S. demand for a safeguard against
    surges of imports), where the respondent stands right after the topic."""
    topic = _OPENING_TOPIC.match(document.text, sentence.start, respondent.start)
    if topic is None or document.text[topic.end() : respondent.start].strip() not in ("", "the"):
        return None
    proposal_id = _described_in(document, topic.start("topic"), topic.end("topic"))
    return (
        ProposalMention(topic.start("topic"), topic.end("topic"), proposal_id)
        if proposal_id
        else None
    )


def _ask_told_just_before(document, sentence, respondent) -> ProposalMention | None:
    """ "India asked Pakistan on Friday to arrest the hijackers. Islamabad had not responded by
    nightfall", "The Council has invited X and Y to name officers. Y gave its assent on Tuesday.
    X has yet to reply": an answer still owed, its sentence naming no text, is owed to the ask
    that one of the two sentences before it in its paragraph tells by its verb (the recorded
    proposal the ask's words describe, else its sentence's), not to the text the paragraph or
    the article named last. Not where a text is named after the verb of asking ("demanded the
    plan's withdrawal"), nor where the answer's own sentence names one: that text is the one
    awaited; nor the respondent's own ask."""
    paragraph_start = _paragraph_start(document.text, sentence.start)
    told = sentence
    for _ in range(2):
        told = document.sentence_before(told)
        if told is None or told.start < paragraph_start:
            return None
        asks = [
            match
            for match in _REQUESTED.finditer(document.text, told.start, told.end)
            if not document.in_quote(match.start(), match.end())
        ]
        if not asks:
            continue
        asked = asks[-1]
        if any(
            asked.start() <= p.start < sentence.end and p.proposal_id for p in document.proposals
        ):
            return None
        own_words = set(re.findall(r"\w+", document.text[asked.start() : told.end].casefold()))
        words = set(re.findall(r"\w+", document.text[told.start : told.end].casefold()))
        proposal_id = _best_described(document, own_words) or (
            None if _an_offer(asked) else _best_described(document, words)
        )
        if (
            proposal_id is None
            or _announced_by(document, proposal_id, respondent)
            # "Egypt wants Israel to open the crossing" is no ask of Hamas's on the same step
            or not _wanted_by_its_owner(document, told.start, asked, proposal_id)
        ):
            return None
        return ProposalMention(asked.start(), asked.end(), proposal_id)
    return None


def _wanted_by_its_owner(document, start, asked, proposal_id) -> bool:
    """For a step one side wants of another ("The unions still want the government to reverse
    the rise"), whether the recorded text is that side's: its title names a word said before
    "want", or the record has an actor named there put it forward. Egypt wanting what Hamas
    demanded is no demand of Egypt's; other verbs of asking are not weighed here."""
    if not re.match(r"want", asked.group(0), re.IGNORECASE):
        return True
    recorded = document.gazetteer.proposals.get(proposal_id) or {}
    named = {m.ref for m in document.mentions_between(start, asked.start())}
    if f"actor:{recorded.get('announced_by_id')}" in named:
        return True
    before = set(re.findall(r"\w+", document.text[start : asked.start()].casefold()))
    return bool(_singular(before - _GENERIC_WORDS) & _singular(recorded.get("words", set())))


def _after_its_day(document, verb_end) -> int:
    """Where the clause goes on after a date written right after an answer ("refused on
    Saturday, insisting ..."): the day dates the answer and is no object of it."""
    for date in document.dates_between(verb_end, _paragraph_end(document.text, verb_end)):
        if not document.text[verb_end : date.start].strip() or re.fullmatch(
            r"\s*(?:on|in|at)\s*", document.text[verb_end : date.start]
        ):
            return date.end
        break
    return verb_end


def _context_before_in_paragraph(document, offset) -> str:
    """The sentence before the one at an offset, if its paragraph holds it: the matter a
    request in the next sentence takes up ("nearly foundered over the amnesty")."""
    before = document.sentence_before(document.sentence_at(offset))
    if before is None or before.start < _paragraph_start(document.text, offset):
        return ""
    return document.text[before.start : before.end]


# a bare yes closed by its condition: "agreed, on condition that", "agreed at once, provided"
_A_BARE_YES_ON_CONDITION = re.compile(
    r"\s*(?:(?:at\s+once|there\s+and\s+then|immediately|readily)\s*)?(?:,\s+"
    r"(?:" + _ON_CONDITION_WORDS + r"|provided)|\s+" + _ON_CONDITION_WORDS + r")\b"
)
# "rather than in January", "instead of a cash payment": the alternative a request replaces
_THE_ALTERNATIVE = re.compile(r"\b(?:rather\s+than|instead\s+of)\b", re.IGNORECASE)


_A_BARE_ANSWER = re.compile(
    r"\s+(?:declined|refused|agreed|accepted|consented|assented)" + _BARE_ANSWER_END
)


def _plural_of_states(document, mention) -> bool:
    """ "the Koreas": a name in the plural of the word two or more recorded states share ("North
    Korea", "South Korea") stands for several parties, no one respondent."""
    written = document.text[mention.start : mention.end]
    if not (mention.ref.startswith("actor:new:") and written.endswith("s")):
        return False
    states = {
        m.ref
        for m in document.mentions
        if document.is_state(m.ref)
        and written[:-1].casefold() in document.actor_name(m.ref).casefold().split()
    }
    return len(states) >= 2


def _dated_as_the_request(document, signal: SignalCandidate) -> SignalCandidate:
    """ "On Saturday the ministers sat together. There X asked for the clause to be struck. Y
    agreed first.": an answer given to a request (`_request_told_before`), where its own
    sentence names no day, on the day the article told of last before the request."""
    proposal = signal.proposal
    if signal.status == "pending" or signal.dated_in_clause or proposal is None:
        return signal
    sentence = document.sentence_at(signal.start)
    if proposal.start >= sentence.start or not _REQUESTED.search(
        document.text, proposal.start, proposal.end
    ):
        return signal
    if not _A_BARE_ANSWER.match(document.text, signal.respondent.end):
        return signal
    if document.dates_between(sentence.start, sentence.end):
        return signal
    asked_in = document.sentence_at(proposal.start)
    told = document.sentence_before(asked_in) or asked_in
    dateline = _DATELINE.match(document.text)
    days = [
        d
        for d in document.dates_between(told.start, asked_in.end)
        if d.precision == "day"
        and not (dateline and d.start < dateline.end())
        and not document.in_quote(d.start)
    ]
    return replace(signal, changed_on=days[-1].iso) if days else signal


# "rejected the resolution when it was passed", "rejected the amnesty when it was announced": an
# answer given the day the text was put
_WHEN_IT_WAS_PUT = re.compile(
    r"\s+when\s+(?:it|they)\s+(?:was|were)\s+(?:first\s+)?(?:passed|adopted|announced|proposed"
    r"|put\s+forward|tabled|unveiled|published|issued|offered|made\s+public)\b"
)


def _dated_as_the_text_put(document, signal: SignalCandidate) -> SignalCandidate:
    """ "Baghdad rejected the resolution when it was passed": an answer whose own clause names
    no day, told as given when its text was put, on the day the text is recorded as put."""
    proposal = signal.proposal
    if signal.status == "pending" or signal.dated_in_clause or proposal is None:
        return signal
    sentence = document.sentence_at(signal.start)
    if not signal.start <= proposal.start < sentence.end:
        return signal
    put = _WHEN_IT_WAS_PUT.match(document.text, proposal.end)
    recorded = document.gazetteer.proposals.get(proposal.proposal_id) or {}
    if put is None or recorded.get("announced_on") is None:
        return signal
    # ("when it was announced in June": a day of its own the clause tells is the change's)
    if document.dates_between(put.end(), _CLAUSE_JOINT.search(document.text, put.end()).start()):
        return signal
    return replace(signal, changed_on=recorded["announced_on"].isoformat())


# "... and marched on Quito", "... and then joined a strike": a verb in the past after "and"
# opens a predicate of its own
_A_SECOND_PREDICATE = re.compile(r"\s+and\s+(?:then\s+|later\s+|also\s+)?(?-i:[a-z]+ed)\s")


def _described_object(document, sentence, offset, end=None) -> ProposalMention | None:
    """ "agreed to a six-month bilateral ceasefire", "agreed to extend the truce": no proposal
    is named, but the words of the clause after the verb (up to `end`) describe a recorded
    one."""
    # (an abbreviation's full stops are no end of the clause: "a U.S. demand that ...")
    clause = re.match(
        r"(?:[^,.;:]|(?<=\b[A-Z])\.(?=[A-Z]\.|\s+[a-z]))*",
        document.text[offset : end or sentence.end],
    ).group(0)
    # "rejected the decree outright and marched on Quito": a second predicate of the subject
    # says nothing of the object
    clause = _A_SECOND_PREDICATE.split(clause, maxsplit=1)[0]
    if re.search(r"\w" + _ITS_OWN.pattern, clause, re.IGNORECASE):
        return None  # "a text that does not grant the federal status it has demanded"
    relative = re.search(r"\s(?:that|which)\s", clause)
    if relative and _settled_years_before(
        document, offset + relative.start(), clause[relative.start() :]
    ):
        return None  # "withdrew from the deal that X concluded with Y in 2015": an old text
    words = set(re.findall(r"\w+", clause.casefold()))
    proposal_id = _best_described(document, words)
    if proposal_id is None:
        # "The Taliban agreed Tuesday to release the 19 South Korean aid workers": the words
        # describe the release agreed that day as well as the release asked for weeks before;
        # of texts the words describe alike, the one announced on the day the sentence names
        proposal_id = _announced_the_day_told(document, sentence, _most_described(document, words))
    if proposal_id is None:
        # "rejected the decree outright" after "Decree 883": the one recorded title that
        # opens with the object's noun
        proposal_id = _titled_by_its_noun(document, clause)
    if proposal_id is None:
        # "whether it will let UN inspectors onto the island" describes the "UN inspection":
        # the doer's noun and the deed's share their stem (tune38f)
        proposal_id = _described_by_stems(document, set(re.findall(r"\w+", clause.casefold())))
    if proposal_id is None or _of_another_owner(document, clause, proposal_id):
        return None
    return ProposalMention(offset, offset + len(clause), proposal_id)


def _announced_the_day_told(document, sentence, proposal_ids: list[int]) -> int | None:
    """The one of several recorded proposals that was announced on a day the sentence names
    (not its dateline's); None where none or more than one was."""
    if len(proposal_ids) < 2:
        return None
    dateline = _DATELINE.match(document.text)
    days = {
        d.date
        for d in document.dates_between(sentence.start, sentence.end)
        if d.precision == "day" and not (dateline and d.start < dateline.end())
    }
    announced = [
        proposal_id
        for proposal_id in proposal_ids
        if document.gazetteer.proposals[proposal_id]["announced_on"] in days
    ]
    return announced[0] if len(announced) == 1 else None


# the endings of a doer's and a deed's noun ("inspectors", "inspection"), cut to compare stems
_DERIVED_ENDING = re.compile(r"(?:ations?|ions?|ors?|ers?|ments?)$")


def _stems(words) -> set[str]:
    """Words with a noun's derived ending cut where at least six letters stay ("inspectors",
    "inspection" -> "inspect"); other words as they are."""
    stems = set()
    for word in words:
        cut = _DERIVED_ENDING.sub("", word)
        stems.add(cut if len(cut) >= 6 else word)
    return stems


def _described_by_stems(document, words) -> int | None:
    """The recorded proposal whose title shares at least two words with `words` once their
    derived endings are cut, more than any other; None when two tie."""
    described = _stems(_as_states(_singular(words - _GENERIC_WORDS)))
    scored = sorted(
        (
            (len(described & _stems(_as_states(_singular(p["words"] - _GENERIC_WORDS)))), p["id"])
            for p in document.gazetteer.proposals.values()
        ),
        reverse=True,
    )
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _titled_by_its_noun(document, clause) -> int | None:
    """The one recorded proposal whose title opens with the noun of a definite object ("the
    decree" for "Decree 883"), none for a noun of no text in particular."""
    noun = re.match(r"\s*the\s+([a-z]+)\b", clause)
    if noun is None or noun.group(1) in _GENERIC_WORDS:
        return None
    titled = [
        p["id"]
        for p in document.gazetteer.proposals.values()
        if re.match(noun.group(1) + r"\b", p["name"].casefold())
    ]
    return titled[0] if len(titled) == 1 else None


_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}|\b[A-Z]{2,}\b")


def _of_another_owner(document, clause, proposal_id) -> bool:
    """ "the E.U. proposals for the summit" describes no "U.N. proposals for a Cairo summit":
    the abbreviation owning the object is not the one the title opens with."""
    written = {a.replace(".", "") for a in _ABBREVIATION.findall(clause)}
    name = document.gazetteer.proposals.get(proposal_id, {}).get("name") or ""
    titled = {a.replace(".", "") for a in _ABBREVIATION.findall(name)}
    return bool(written and titled and not written & titled)


def _opening_answer(document, offset) -> ProposalMention | None:
    """The proposal the paragraph before told of last, for an answer in a paragraph's first
    sentence."""
    start = _paragraph_start(document.text, offset)
    before = len(document.text[:start].rstrip())  # past the blank lines between paragraphs
    if document.sentence_at(offset).start > start or before == 0:
        return None
    # "It also says up to 5,000 prisoners will be freed by March 10.\n\nGhani rejected that
    # condition": what the sentence before describes, else what it names
    told = document.sentence_at(before - 1)
    # ("Lord X has campaigned against the scheme.\n\nOpponents also reject it": the text that
    # sentence names, before any its words happen to describe)
    named = [p for p in document.proposals if told.start <= p.start < told.end and p.proposal_id]
    if named:
        return named[-1]
    # ("'I came to make peace,' Lord Ashburton remarked": the name of a person who made a
    # recorded proposal describes none of his texts there, though its title names him)
    described = _described_without_authors(document, told.start, told.end)
    if described is not None:
        return ProposalMention(told.start, told.end, described)
    return _paragraph_proposal(document, before)


def _ask_told_in_the_paragraph_before(document, offset) -> ProposalMention | None:
    """ "Doctors walked out, demanding that the government honour a 2013 agreement. The
    agreement was never registered.\n\nIn January the government countered with an offer": for
    a counter opening its paragraph, the ask the paragraph before tells last (its sentence
    telling an ask), by the recorded proposal its words describe (t64a)."""
    start = _paragraph_start(document.text, offset)
    before = len(document.text[:start].rstrip())
    if document.sentence_at(offset).start > start or before == 0:
        return None
    told = document.sentence_at(before - 1)
    paragraph_start = _paragraph_start(document.text, told.start)
    while told.start >= paragraph_start:
        if _ASK_TOLD.search(document.text, told.start, told.end):
            described = _described_without_authors(document, told.start, told.end)
            if described is None:
                return None
            return ProposalMention(told.start, told.end, described)
        earlier = document.sentence_at(told.start - 1) if told.start > 0 else told
        if earlier.start >= told.start:
            return None
        told = earlier
    return None


def _described_without_authors(document: Document, start: int, end: int) -> int | None:
    """`_described_in` the words between two offsets, leaving out the names of the persons
    there who made a recorded proposal: "Lord Ashburton remarked" tells who spoke, not which of
    his texts ("Lord Ashburton's proposal of the St. John line") is meant."""
    authors = {
        f"actor:{p['announced_by_id']}"
        for p in document.gazetteer.proposals.values()
        if p["announced_by_id"] is not None
    }
    pieces, at = [], start
    for mention in document.mentions_between(start, end):
        if mention.ref in authors and document.is_person(mention.ref):
            pieces.append(document.text[at : mention.start])
            at = max(at, mention.end)
    pieces.append(document.text[at:end])
    return _best_described(document, set(re.findall(r"\w+", " ".join(pieces).casefold())))


def _last_proposal_before(document, offset) -> ProposalMention | None:
    if _an_unrecorded_text_last(document, offset):
        return None
    earlier = [
        p
        for p in document.proposals
        if p.start < offset
        and p.proposal_id
        # "where they signed a ceasefire that has largely held" told in another paragraph: a
        # truce the background names in passing by its bare noun is not what a later
        # paragraph's party answers
        and document.text[p.start : p.end].casefold() not in _BARE_TRUCE_NOUNS
    ]
    return earlier[-1] if earlier else None


def _an_unrecorded_text_last(document, offset) -> bool:
    """Whether the text its paragraph told of last before an offset is one "of their own"."""
    start = _paragraph_start(document.text, offset)
    earlier = [p for p in document.proposals if start <= p.start < offset]
    return bool(earlier) and bool(_OF_ITS_OWN.match(document.text, earlier[-1].end))


def _paragraph_proposal(document, offset) -> ProposalMention | None:
    """The proposal named or referred to last before an offset in its paragraph."""
    if _an_unrecorded_text_last(document, offset):
        # "handed the Russians a proposal of their own ... Moscow would study it": that text,
        # which no recorded proposal is
        return None
    start = _paragraph_start(document.text, offset)
    earlier = [p for p in document.proposals if start <= p.start < offset and p.proposal_id]
    return earlier[-1] if earlier else None


def _proposal_told_last(document, offset) -> ProposalMention | None:
    """The text its paragraph told of last before an offset, else the one the article did: what
    a party answers when its sentence names none ("would sign only if ...")."""
    return _paragraph_proposal(document, offset) or _last_proposal_before(document, offset)


def _the_texts_own_day(document, start: int) -> bool:
    """Whether the day at `start` is written as part of a text's name, right after it and "of"
    ("turned down the league's revised offer of Nov. 6"): the day it was made, not answered."""
    return any(
        proposal.proposal_id and re.fullmatch(r"\s+of\s+", document.text[proposal.end : start])
        for proposal in document.proposals
        if proposal.end < start
    )


def _changed_on(document, sentence, respondents, verb_end, status) -> tuple[str, bool]:
    """The day of a change, and whether its own clause names it. A pending response is stated
    as of the publication date; a change is dated by a day in its own clause ("accepted the
    draft on Sunday"), else by a day of the sentence, else by the publication date (a
    signature may still take the day the article gives elsewhere: `_dated_signatures`)."""
    published = document.published_on.isoformat()
    if status == "pending" or not respondents:
        return published, True
    dateline = _DATELINE.match(document.text)
    days = [
        d
        for d in document.dates_between(sentence.start, sentence.end)
        if d.precision == "day"
        and not (dateline and d.start < dateline.end())
        # "would not be bound by Tuesday's accord": the day of the text, not of the answer
        and not re.match(r"['’]s\b", document.text[d.end : d.end + 2])
        # "signed an agreement at dawn under which the strikers will go back on Tuesday": a
        # day still to come tells what the text provides, never when it was answered
        and d.iso <= published
    ]
    # a day after the verb in the clause the clause reader finds for it, past a comma that sets
    # off an adjunct ("signed the plan in Cairo, on Sunday") and not in a relative clause
    # before the verb ("X, which Y fought on Thursday, signed ...")
    clause = document.clause_at(verb_end - 1)
    if clause is not None and clause.verb is not None:
        end = document.tokens[clause.last_token - 1].end
        read = [
            d
            for d in days
            if verb_end <= d.start
            and d.end <= end
            and not _OBJECT_PARTICIPLE.search(document.text[verb_end : d.start])
            and not _a_no_to_a_text_settled_before(document, status, verb_end, d.start)
            and not _the_texts_own_day(document, d.start)
        ]
        if read:
            return read[0].iso, True
    first = min(m.start for m in respondents)
    # "The accord was initialled on Tuesday by Nixon's adviser, Henry Kissinger": agents named
    # after the verb are in its clause, the comma of an appositive before them opens none
    before = document.text[sentence.start : min(first, verb_end)]
    clause_start = sentence.start + max(before.rfind(c) for c in ",;:—(") + 1
    last = max((m for m in respondents if m.end <= verb_end), key=lambda m: m.end, default=None)
    if last is not None and _A_RELATIVE_OPENING.match(document.text, last.end, verb_end):
        # "opened the summit on Monday without Kiribati, which quit the Forum on Saturday rather
        # than sign": the answer is told in a relative clause on the respondent, which is its
        # clause (not the main one, of Monday)
        clause_start = last.end
    clause_end = verb_end + re.search(r"[,;:—(]|$", document.text[verb_end : sentence.end]).start()
    in_clause = [
        d
        for d in days
        if clause_start <= d.start
        and d.end <= clause_end
        # "turned down a draft tabled on April 2": the day the object was made, not answered
        and not _OBJECT_PARTICIPLE.search(document.text[verb_end : d.start])
        and not _a_no_to_a_text_settled_before(document, status, verb_end, d.start)
        and not _the_texts_own_day(document, d.start)
        # "Putin called off his visit on Tuesday after Voronin refused to sign": the day may
        # still date the refusal, below, but not as its own clause's
        and not _outside_its_time_clause(document, sentence, d.start, verb_end)
    ]
    if in_clause:
        return in_clause[0].iso, True
    # "the round closed on February 23, when the rebels accepted the plan": "when" takes up
    # the day written right before it
    when = _WHEN_OF_THE_DAY_BEFORE.search(document.text, sentence.start, first)
    if when is not None:
        # (a day after "when", "answered the Regie's offer of Feb. 12", is none before it)
        named = [
            d
            for d in days
            if d.end <= when.start() and not document.text[d.end : when.start()].strip()
        ]
        if named:
            return named[-1].iso, True
    # "Y signed on Saturday, a day after X put his name to it": counted from the day before
    counted = _counted_day(document, sentence, verb_end, days)
    if counted is not None:
        return counted, True
    own = document.text[clause_start:clause_end]
    # "X accepted it that night": the day the article told of last, when the dates step read
    # no day there
    if _THAT_DAY.search(own):
        earlier = [
            d
            for d in document.dates
            if d.precision == "day"
            and d.end <= sentence.start
            and not (dateline and d.start < dateline.end())
            and not document.in_quote(d.start)
        ]
        if earlier:
            return earlier[-1].iso, True
    # "A and B then signed the declaration": the next step of the story told before, on its
    # day when the date the article told of last (in a sentence without one of its own) is a day
    if _THEN.search(document.text, clause_start, verb_end) and not document.dates_between(
        sentence.start, sentence.end
    ):
        earlier = [
            d
            for d in document.dates
            if d.end <= sentence.start
            and not (dateline and d.start < dateline.end())
            and not document.in_quote(d.start)
            # ("commits Havana to withdraw its troops by mid-1991": a time still ahead is no
            # step of the story told)
            and not d.ahead
            and d.iso <= published
        ]
        if earlier and earlier[-1].precision == "day":
            return earlier[-1].iso, True
    # "X dismissed the deal after the talks": the day of the meeting told last
    if _AFTER_THE_MEETING.search(document.text, verb_end, clause_end):
        met = [
            m
            for m in find_meetings(document)
            if m.date_precision == "day" and m.start < verb_end and not m.undated
        ]
        if met:
            return max(met, key=lambda m: m.start).date, True
    # "China endorsed the terms at the committee meeting": the day the article gives that
    # meeting elsewhere ("the session, which ran for most of Thursday afternoon")
    at = _AT_THE_SESSION.search(document.text, verb_end, clause_end)
    if at is not None and not days:
        held = _day_of_the_session_told_elsewhere(document, sentence, at)
        if held is not None:
            return held, True
    # "The two leaders held talks at the palace, then strolled along the river before signing
    # the declaration": a sentence with no day of its own signs on the day of the talks it
    # tells first, among the same people
    if not days and status == "accepted":
        met = _day_of_their_meeting_before(document, sentence, respondents, verb_end)
        if met is not None:
            return met, True
    # "X initialled the text there and then": the day the sentence before told of
    if _THERE_AND_THEN.search(document.text[verb_end:clause_end]):
        index = document.sentences.index(sentence)
        told = document.sentences[index - 1] if index else None
        before = [
            d
            for d in (document.dates_between(told.start, told.end) if told else [])
            if d.precision == "day"
        ]
        if before:
            return before[-1].iso, True
    # "On April 8, the government turned down ...": the day that opens the sentence
    opening = [
        d for d in days if _OPENS_WITH_A_DAY.fullmatch(document.text[sentence.start : d.start])
    ]
    # ("But late on Monday Voronin said ...": right before the subject, without a comma)
    if opening and re.match(r"\s*,|\s*$", document.text[opening[0].end : first]):
        return opening[0].iso, True
    said_on = _perfect_said_on_a_day(document, sentence, respondents, days)
    if said_on is not None:
        return said_on, False
    # not a day of another clause: "..., where the talks opened on Tuesday", "..., and Y was to
    # sign on Tuesday"
    joint = verb_end + _CLAUSE_JOINT.search(document.text[verb_end : sentence.end]).start()
    main = [
        d
        for d in days
        if d.start < joint
        and not _RELATIVE_CLAUSE.search(document.text[sentence.start : d.start])
        and not _OBJECT_PARTICIPLE.search(document.text[verb_end : max(verb_end, d.start)])
        and not _a_no_to_a_text_settled_before(document, status, verb_end, d.start)
        and not _in_another_time(document, sentence, d.start, verb_end)
        and not _IN_THE_OPENING_NOUN_S_PARTICIPLE.match(document.text[sentence.start : d.start])
    ]
    if not main and not document.dates_between(sentence.start, sentence.end):
        # "He received Ismet in his rooms yesterday afternoon ... Ismet countered with a
        # proposal of his own": an answer told right after a meeting it was given at
        met = _day_of_the_meeting_told_before(document, sentence, respondents, verb_end)
        if met is not None:
            return met, False
    if main:
        return main[0].iso, False
    if status == "acknowledged":
        # "Turkey gave the agreement a guarded reception": a reaction to the act the lead
        # tells, not that act, so not of its day; as of the publication date
        return published, False
    if not days:
        reported = _reported_by_those_told_before(document, sentence)
        if reported is not None:
            return reported, False
    return _lead_day(document, sentence) or published, False


# ", which quit", ", who signed": a relative clause opening right after the respondent
_A_RELATIVE_OPENING = re.compile(r"\s*,\s*(?:which|who)\s")


# "Messengers from the King reached Mr. Fynney on Saturday. They said that the King accepts the
# fines": a report opened by "they said", its subject those the sentence before brought; so
# too "In a letter dated July 9, Maamau said ... He said Kiribati would not sign it": the
# speaker taken up by "he", "she" or "it", saying more of the same statement
_THEY_SAID = re.compile(
    r"\s*(?:They|He|She|It)\s+(?:also\s+)?(?:said|told\s+\w+|reported|announced|added)\b"
)


def _reported_by_those_told_before(document, sentence) -> str | None:
    """The one day the sentence before tells (in the same paragraph), for an answer reported
    by "they said" in a sentence with no day of its own: what they said, they said then."""
    if not _THEY_SAID.match(document.text, sentence.start):
        return None
    told = document.sentence_before(sentence)
    if told is None or told.start < _paragraph_start(document.text, sentence.start):
        return None
    dateline = _DATELINE.match(document.text)
    days = [
        d
        for d in document.dates_between(told.start, told.end)
        if not (dateline and d.start < dateline.end()) and not document.in_quote(d.start)
    ]
    if len(days) != 1 or days[0].precision != "day" or days[0].ahead:
        return None
    return days[0].iso if days[0].iso <= document.published_on.isoformat() else None


# a change told as the news of the day rather than as the next step of the story told before:
# "Ismet has countered", "the Turks say they will answer"
_TOLD_AS_NOW = re.compile(r"\b(?:has|have|is|are|will|says|say|insists?|remains?)\b", re.IGNORECASE)


# a time phrase of the answer's own, which need not be the meeting's: "At that point Egypt
# turned it down", "They rejected the plan after a long debate"
_A_TIME_OF_ITS_OWN = re.compile(
    r"\b(?:at\s+that\s+point|later|since|meanwhile|afterwards?|earlier|by\s+then|until|after"
    r"|before|once|now|again|eventually|finally|in\s+the\s+end)\b",
    re.IGNORECASE,
)


def _day_of_the_meeting_told_before(document, sentence, respondents, verb_end) -> str | None:
    """The day of a meeting one of the two sentences before tells, in the same paragraph and
    with no other date between, among whose participants the respondents answer: the story
    stays on the day of that meeting ("Nicholas II received Meyer at Peterhof the following
    afternoon. The compromise found no favour there: the Tsar turned it down")."""
    first = min(m.start for m in respondents)
    if _TOLD_AS_NOW.search(document.text, first, verb_end) or _A_TIME_OF_ITS_OWN.search(
        document.text, sentence.start, sentence.end
    ):
        return None
    paragraph = _paragraph_start(document.text, sentence.start)
    index = document.sentences.index(sentence)
    wanted = {r.ref for r in respondents}
    meetings = None
    for told in reversed(document.sentences[max(0, index - 2) : index]):
        if told.start < paragraph:
            return None
        if meetings is None:
            meetings = find_meetings(document)
        for meeting in meetings:
            if not any(
                told.start <= start < told.end for start in [meeting.start, *meeting.retold_at]
            ):
                continue
            if (
                meeting.date_precision != "day"
                or meeting.undated
                or meeting.date > document.published_on.isoformat()
            ):
                return None
            if len(meeting.participants) < 2:
                return None  # "Israel's cabinet met on Sunday": a sitting of one party
            bodies = {body.ref for body, _ in _answering(document, meeting.participants)}
            if wanted <= bodies | {p.ref for p in meeting.participants}:
                return meeting.date
        if document.dates_between(told.start, told.end):
            return None  # a sentence with a date of its own, of another time
    return None


# "X has accepted the offer ..., the government said Sunday": a change in the present perfect
_IN_THE_PERFECT = re.compile(r"\s+(?:has|have)\s+(?:(?:now|also|already|\w+ly)\s+)?\w+ed\b")
# the attribution after the last comma, right before its day: ", the government said"
_ATTRIBUTION_BEFORE = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?[^,;\"“”]{1,60}?\s+(?:said|announced|confirmed|reported)\s+"
    r"(?:on\s+)?$",
    re.IGNORECASE,
)


def _perfect_said_on_a_day(document, sentence, respondents, days) -> str | None:
    """ "Bolivia has accepted Chile's offer ..., but refuses ..., the government said Sunday": a
    change told in the present perfect, with no day of its own, is dated by the day of the
    saying the sentence closes on."""
    first = min(respondents, key=lambda m: m.start)
    if not _IN_THE_PERFECT.match(document.text, first.end):
        return None
    for day in days:
        if _ATTRIBUTION_BEFORE.search(document.text, sentence.start, day.start) and re.match(
            r"\s*(?:[,.]|$)", document.text[day.end : sentence.end]
        ):
            return day.iso
    return None


def _lead_day(document, sentence) -> str | None:
    """The day the article's first sentence tells of ("The presidents shook hands at a
    summit on Friday"): the day of the story, for an act a later paragraph tells without a day
    (within the lead's own paragraph, an undated act stays as of the publication date)."""
    if not document.sentences:
        return None
    first = document.sentences[0]
    if sentence.start < _paragraph_end(document.text, first.start):
        return None
    dateline = _DATELINE.match(document.text)
    days = [
        d
        for d in document.dates_between(first.start, first.end)
        if d.precision == "day"
        and not (dateline and d.start < dateline.end())
        and d.iso <= document.published_on.isoformat()
    ]
    return days[0].iso if days else None


# "a day after", "two days before", "hours after": how long before or after the day the
# sentence names a clause opened by "after" or "before" tells of
_SPAN_OF_DAYS = re.compile(
    r"(?:\b(?P<count>a|an|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>days?|weeks?)"
    r"|\bthe\s+(?P<the>day|week)|\b(?P<hours>hours|minutes))\s+$",
    re.IGNORECASE,
)
_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
}  # fmt: skip
_ROUGHLY = re.compile(
    r"\b(?:less|more|fewer)\s+than\s+$|\b(?:nearly|almost|about|some|over|under)\s+$", re.I
)
# "that night", "the same evening": a day the article gave before
_THAT_DAY = re.compile(
    r"\b(?:that|the\s+same)\s+(?:night|evening|morning|afternoon|day)\b"
    # "At that meeting Molotov turned down ...": the meeting told of just before, on its day
    r"|\b(?:at|during|in)\s+(?:that|the\s+same)\s+(?:meeting|session|sitting)\b"
    # "had been on the table for most of Sunday. The FDP answered it in the evening with ...":
    # the part of the day told of last, with no day of its own
    r"|\bin\s+the\s+(?:evening|morning|afternoon|night)\b",
    re.IGNORECASE,
)
# "then signed", "then went on to reject": what follows the events told before (not "since
# then", "until then", "by then", "back then": another time)
_THEN = re.compile(r"(?<!\bsince\s)(?<!\buntil\s)(?<!\bby\s)(?<!\bback\s)\bthen\b", re.I)
# "dismissed the deal after the talks": the meeting the article told of
_AFTER_THE_MEETING = re.compile(
    r"\bafter\s+the\s+(?:talks|meeting|session|round|summit|consultations)\b", re.IGNORECASE
)


_SESSION_KINDS = r"(?:(?P<kind>closing|final|opening|last|committee|plenary)\s+)?"
_AT_THE_SESSION = re.compile(rf"\bat\s+the\s+{_SESSION_KINDS}(?:session|meeting)\b", re.I)
_THE_SESSION = re.compile(rf"\bthe\s+{_SESSION_KINDS}(?:session|meeting)\b", re.I)


def _day_of_the_session_told_elsewhere(document, sentence, at) -> str | None:
    """The one day of the sentence that names the same session again ("before the closing
    session" after "accepted it at the closing session"), or of the sentence right after that
    takes it up as "the session"; the nearest such sentence, when it gives one day only."""
    kind = (at.group("kind") or "").lower()
    index = document.sentences.index(sentence)
    following = document.sentences[index + 1] if index + 1 < len(document.sentences) else None
    told = []
    for match in _THE_SESSION.finditer(document.text):
        if sentence.start <= match.start() < sentence.end or document.in_quote(match.start()):
            continue
        other = (match.group("kind") or "").lower()
        in_next = following is not None and following.start <= match.start() < following.end
        if other == kind if kind and other else (in_next and not other):
            told.append(match)
    for match in sorted(told, key=lambda m: abs(m.start() - at.start())):
        other = document.sentence_at(match.start())
        days = [
            d
            for d in document.dates_between(other.start, other.end)
            if not d.ahead and d.iso <= document.published_on.isoformat()
        ]
        if len(days) == 1 and days[0].precision == "day":
            return days[0].iso
        return None
    return None


def _day_of_their_meeting_before(document, sentence, respondents, verb_end) -> str | None:
    """The day of a meeting the sentence tells before the verb, whose participants answer for
    the respondents (the meetings step dates it from the sentences before when the sentence
    names no day)."""
    wanted = {r.ref for r in respondents}
    for meeting in find_meetings(document):
        if meeting.date_precision != "day" or not any(
            sentence.start <= start < verb_end for start in [meeting.start, *meeting.retold_at]
        ):
            continue
        if meeting.undated or meeting.date > document.published_on.isoformat():
            continue
        bodies = {body.ref for body, _ in _answering(document, meeting.participants)}
        if wanted <= bodies | {p.ref for p in meeting.participants}:
            return meeting.date
    return None


def _counted_day(document, sentence, verb_end, days) -> str | None:
    """The day of a change told in a clause opened by "after" or "before" with a span of time
    before it ("Y signed on Saturday, a day after X put his name to the document"): the day
    the sentence names before the span, less or plus the span."""
    clause = document.clause_at(verb_end - 1)
    while clause is not None and clause.kind != "adverbial":
        clause = clause.parent
    if clause is None or clause.opener not in ("after", "before"):
        return None
    opener = document.tokens[clause.first_token].start
    span = _SPAN_OF_DAYS.search(document.text, sentence.start, opener)
    if span is None or _ROUGHLY.search(document.text, sentence.start, span.start()):
        return None  # "less than a day after": not a day counted
    # the day of the clause it hangs on, the one before it, or past an attribution ("signed on
    # Saturday, the Kremlin said, a day after"); not a day past a relative clause ("a strike
    # that came a day after X signed": the strike's day is not given) or any other clause
    anchors = []
    before = [c for c in document.clauses_of(sentence) if c.last_token <= clause.first_token]
    for outer in reversed(before):
        if outer.verb is None:
            continue
        if outer.kind == "relative":
            return None
        start = document.tokens[outer.first_token].start
        end = document.tokens[outer.last_token - 1].end
        anchors = [d for d in days if start <= d.start and d.end <= min(end, span.start())]
        if anchors or outer.verb.lemmas[-1] not in SPEECH_LEMMAS:
            break
    if not anchors:
        return None
    if span.group("hours"):
        count = 0
    elif span.group("the"):
        count = 7 if span.group("the").lower() == "week" else 1
    else:
        number = span.group("count").lower()
        count = int(number) if number.isdigit() else _COUNTS[number]
        count *= 7 if span.group("unit").lower().startswith("week") else 1
    shift = datetime.timedelta(days=count if clause.opener == "before" else -count)
    return (anchors[-1].date + shift).isoformat()


# "signed ..., a week after Taylor stepped down on Aug. 11": a clause that tells of another time
_ANOTHER_TIME = {"after", "before", "since", "until"}


def _in_another_time(document, sentence, offset, verb_end) -> bool:
    """Whether a day stands in a clause opened by "after", "before", "since" or "until" that
    does not hold the verb it would date."""
    for clause in document.clauses_of(sentence):
        if clause.kind != "adverbial" or clause.opener not in _ANOTHER_TIME:
            continue
        start = document.tokens[clause.first_token].start
        end = document.tokens[clause.last_token - 1].end
        if start <= offset < end and not (start < verb_end <= end):
            return True
    return False


def _outside_its_time_clause(document, sentence, offset, verb_end) -> bool:
    """Whether the verb stands in a clause opened by "after", "before", "since" or "until" and
    the day outside it: "Putin called off a visit on Tuesday after Voronin refused to sign" (the
    refusal may have come before that day)."""
    clauses = document.clauses_of(sentence)
    for clause in clauses:
        if clause.kind != "adverbial" or clause.opener not in _ANOTHER_TIME:
            continue
        # the clause with those that hang on it ("after X refused at the last minute | to sign")
        within = [other for other in clauses if _hangs_on(other, clause)]
        start = document.tokens[clause.first_token].start
        end = max(document.tokens[other.last_token - 1].end for other in within)
        if start < verb_end <= end and not (start <= offset < end):
            return True
    return False


def _hangs_on(clause, ancestor) -> bool:
    while clause is not None:
        if clause is ancestor:
            return True
        clause = clause.parent
    return False


_THERE_AND_THEN = re.compile(
    r"\b(?:there\s+and\s+then|then\s+and\s+there|on\s+the\s+spot|at\s+the\s+same\s+"
    r"(?:meeting|session|ceremony|sitting|talks)|at\s+that\s+(?:meeting|session|ceremony))\b",
    re.IGNORECASE,
)
# "a draft tabled at the eighth round on April 2", "the plan unveiled on May 31" (but "rejected
# the plan in a statement issued today": the answer's own statement, issued the day it answers)
_OBJECT_PARTICIPLE = re.compile(
    r"(?<!\bstatement\s)(?<!\bletter\s)(?<!\bcommuniqu[eé]\s)"
    r"\b(?:tabled|proposed|presented|unveiled|submitted|drafted|drawn\s+up|put\s+forward"
    r"|announced|offered|floated|circulated|issued|published)\b(?![^,;]*,)",
    re.IGNORECASE,
)
# "rejected the amnesty declared on September 9", "turned down an earlier agreement signed on
# October 18": a participle right after the object tells the day the text was settled, not the
# day of the answer (not "rejected the plan and signed its own on Monday": a second verb; nor
# "agreed ... in a deal sealed on New Year's Eve": a yes given as the text is settled is dated by
# it, see `_a_no_to_a_text_settled_before`; nor "a European-brokered plan": a compound)
_SETTLED_AFTER_ITS_NOUN = re.compile(
    r"(?<!-)(?<!\band\s)(?<!\bbut\s)(?<!\bthen\s)(?<!,\s)(?<!\bor\s)"
    r"\b(?:declared|proclaimed|decreed|agreed|signed|initiall?ed|reached|concluded|struck|sealed"
    r"|brokered|ratified|adopted|enacted|passed)\b[^,;.]*$",
    re.IGNORECASE,
)


def _a_no_to_a_text_settled_before(document, status, verb_end, day_start) -> bool:
    """ "rejected the amnesty declared on September 9": the day of a participle after the
    object of a no (or of a counter, a withdrawal) dates the text, not the answer."""
    return status not in ("accepted", "accepted_with_conditions") and bool(
        _SETTLED_AFTER_ITS_NOUN.search(document.text[verb_end : max(verb_end, day_start)])
    )


# "February 23, when the rebels": the respondent's clause opened by "when" after a day
_WHEN_OF_THE_DAY_BEFORE = re.compile(r",\s+when\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_OPENS_WITH_A_DAY = re.compile(
    r"\s*(?:(?:but|and|yet|then)\s+)?(?:(?:late|early)\s+)?(?:on\s+)?", re.IGNORECASE
)
# ", where the talks opened on Tuesday": a day inside a relative clause not yet closed
_RELATIVE_CLAUSE = re.compile(r",\s+(?:where|when|which|who|whom|whose)\b[^,;]*$", re.IGNORECASE)
# "The Japanese conditions, handed to him the following day, included ..., and Li refused them,
# withdrawing his request on the 24th": a day in a participle set off after the noun the
# sentence opens with tells when that thing was made, not the answer
_IN_THE_OPENING_NOUN_S_PARTICIPLE = re.compile(
    r"\s*(?:The|An?|Its|Their|His|Her|[A-Z][\w.’'-]*['’]s)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s+"
    r"(?:\w+ly\s+)?\w+(?:ed|en)\s+[^,;]*$"
)


# a signature told as following another within the day
_HOURS_LATER = re.compile(
    r"\b(?:(?:hours|minutes|moments)\s+(?:later|after(?:wards?)?)|shortly\s+after(?:wards?)?"
    r"|later\s+(?:that|the\s+same)\s+day)\b",
    re.IGNORECASE,
)


# a clause of time opened after the signing verb: "signed ... after the session ended"
_CLAUSE_OF_TIME = re.compile(r"\b(?:after|before|once|until|following)\s+(?:the|a|an|its|their)\b")


def _before_a_clause_of_time(document, start: int, end: int) -> int:
    """The end of a clause cut before a clause of time that names its own day ("was signed
    at the ministry after the final session ended late Sunday")."""
    opened = _CLAUSE_OF_TIME.search(document.text, start, end)
    if opened is None:
        return end
    if any(d.precision == "day" for d in document.dates_between(start, opened.start())):
        return end
    return opened.start()


def _dated_signatures(document, found) -> list[SignalCandidate]:
    """A signature its clause does not date takes the day the article gives for the signing
    of that proposal ("Moscow and Kyiv signed a landmark deal ... The agreement was signed on
    Friday")."""
    signed_on = {}
    initialled_only = set()  # the proposals whose day told is the day they were initialled
    # the day one signatory signed dates its own other mentions of signing, not another's:
    # "Christopher put his name to the documents in Algiers. Iran's negotiator signed the same
    # texts in Tehran on Sunday" (each signed where and when he was)
    own_day = {}
    for signal in found:
        if signal.signed and signal.dated_in_clause and signal.proposal:
            own_day.setdefault(
                (signal.proposal.proposal_id, signal.respondent.ref), signal.changed_on
            )
            sentence = document.sentence_at(signal.respondent.start)
            if _HOURS_LATER.search(document.text, sentence.start, sentence.end):
                # "X put his name to the plan first. Y signed it hours later on Saturday":
                # the other signature fell on the same day
                signed_on.setdefault(signal.proposal.proposal_id, signal.changed_on)
    for proposal in document.proposals:
        if proposal.proposal_id is None or proposal.proposal_id in signed_on:
            continue
        sentence = document.sentence_at(proposal.start)
        match = _SIGNED_ON.match(document.text[proposal.end : sentence.end])
        if match is None:
            continue
        told = proposal.end + match.end()
        clause_end = told + re.search(r"[,;:—(]|$", document.text[told : sentence.end]).start()
        # "was signed at the ministry after the session ended late Sunday": the day of what
        # came before the signing does not date it
        clause_end = _before_a_clause_of_time(document, told, clause_end)
        days = [d for d in document.dates_between(told, clause_end) if d.precision == "day"]
        if days:
            signed_on[proposal.proposal_id] = days[0].iso
            if _INITIALLED.search(match.group(0)):
                initialled_only.add(proposal.proposal_id)
    dated = []
    for signal in found:
        if signal.signed and not signal.dated_in_clause and signal.proposal:
            own = own_day.get((signal.proposal.proposal_id, signal.respondent.ref))
            if own is not None:
                signal = replace(signal, changed_on=own)
            elif signal.proposal.proposal_id in signed_on and not (
                # "put their names to the memorandum ... The document, initialled in Luena on
                # Saturday": the initialling came first; it dates an initialling, not the
                # signature (tune50c)
                signal.proposal.proposal_id in initialled_only
                and not _INITIALLED.search(document.text, signal.start, signal.end)
            ):
                signal = replace(signal, changed_on=signed_on[signal.proposal.proposal_id])
            else:
                # "Carter and Torrijos signed treaties on Wednesday night ... The two men put
                # their names to the Panama Canal Treaty": the day they signed, told before
                signing = _signing_day(document, signal) or _day_the_group_signed(document, signal)
                signal = replace(signal, changed_on=signing) if signing else signal
        elif (
            signal.status == "rejected"
            and not signal.dated_in_clause
            and signal.proposal
            and _REFUSED_TO_SIGN.search(document.text, signal.respondent.end, signal.end)
        ):
            # "17 delegations signed the declaration on Friday evening. \n\n Inkatha refused
            # to sign": the refusal fell on the day the others signed, told before
            days = [
                s.changed_on
                for s in found
                if s.signed
                and s.dated_in_clause
                and s.proposal
                and s.proposal.proposal_id == signal.proposal.proposal_id
                and s.start < signal.start
            ]
            signal = replace(signal, changed_on=days[-1]) if days else signal
        dated.append(signal)
    return dated


_REFUSED_TO_SIGN = re.compile(
    r"\b(?:refused|declined|would\s+not|did\s+not|failed)\s+to\s+(?:sign|put\s+(?:its|their|his|her)"
    r"\s+names?\s+to)\b",
    re.IGNORECASE,
)


# "X and Y have agreed to ...", "have reached a deal": the news of a lead, whose day the article
# tells later, where it says when the agreement was announced or reached
_AGREED_IN_THE_PERFECT = re.compile(
    r"\b(?:have|has)\s+(?:now\s+|finally\s+)?(?:agreed|reached|struck|sealed|clinched)\b", re.I
)
_SEALING_LEMMAS = {"announce", "reach", "strike", "seal", "clinch", "conclude", "sign"}
# the nouns of a text the parties agree on (not a plan one side puts forward and announces)
_AGREEMENT_NOUNS = re.compile(
    r"\b(?:agreement|accord|deal|pact|treaty|declaration|truce|ceasefire|cease-fire)s?$", re.I
)


def _dated_agreements(document, found) -> list[SignalCandidate]:
    """An agreement told in the perfect with no day ("Iran and Iraq have agreed to settle their
    dispute in an accord reached at the summit") takes the day the article gives for the
    agreement's announcement or conclusion ("Boumediene announced the agreement on Thursday
    night")."""
    dated = []
    for signal in found:
        if (
            signal.status == "accepted"
            and not signal.signed
            and not signal.dated_in_clause
            and signal.proposal is not None
            and signal.proposal.proposal_id is not None
        ):
            sentence = document.sentence_at(signal.respondent.start)
            told = document.text[signal.respondent.end : sentence.end]
            if _AGREED_IN_THE_PERFECT.search(told):
                sealed = _sealed_day(document, signal.proposal.proposal_id, sentence)
                signal = replace(signal, changed_on=sealed) if sealed else signal
        dated.append(signal)
    return dated


def _sealed_day(document, proposal_id, told_in) -> str | None:
    """The day a clause of another sentence names for announcing or concluding the agreement,
    named in it as an agreement: "announced the agreement on Thursday night", "the deal was
    reached on Sunday"."""
    dateline = _DATELINE.match(document.text)
    for mention in _told_elsewhere(document, proposal_id, told_in):
        if not _AGREEMENT_NOUNS.search(document.text[mention.start : mention.end]):
            continue
        clause = document.clause_at(mention.start)
        verb = clause.verb if clause is not None else None
        if verb is None or verb.negated or verb.future or verb.lemmas[-1] not in _SEALING_LEMMAS:
            continue
        days = _days_of_the_clause(document, clause, dateline)
        if days:
            return days[0].iso
    return None


def _days_of_the_clause(document: Document, clause, dateline) -> list:
    """The days a clause names, but the dateline's."""
    start = document.tokens[clause.first_token].start
    end = document.tokens[clause.last_token - 1].end
    return [
        d
        for d in document.dates_between(start, end)
        if d.precision == "day" and not (dateline and d.start < dateline.end())
    ]


def _told_elsewhere(document: Document, proposal_id, told_in):
    """The mentions of a proposal outside the sentence `told_in` and outside quotes."""
    return (
        mention
        for mention in document.proposals
        if mention.proposal_id == proposal_id
        and not told_in.start <= mention.start < told_in.end
        and not document.in_quote(mention.start)
    )


# "a joint statement adopted on Monday", "the accord, reached late on Sunday,": a participle
# right after the text, dating its adoption
_ADOPTED_ON = re.compile(
    r"\s*,?\s*(?:adopted|reached|agreed|sealed|concluded|struck|clinched|finali[sz]ed)"
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


def _day_of_its_adoption(document, proposal_id, told_in) -> str | None:
    """The day another sentence gives for the adoption of the proposal, in a participle right
    after its name: "In a joint statement adopted on Monday, ..."."""
    if proposal_id is None:
        return None
    dateline = _DATELINE.match(document.text)
    for mention in _told_elsewhere(document, proposal_id, told_in):
        for day in document.dates_between(mention.end, mention.end + 40):
            if (
                day.precision == "day"
                and not (dateline and day.start < dateline.end())
                and _ADOPTED_ON.fullmatch(document.text[mention.end : day.start])
            ):
                return day.iso
    return None


def _signing_day(document, signal) -> str | None:
    """The day an earlier signing clause names for the signal's respondent or the person who
    signs for it, with the one as its subject: "Carter and Torrijos signed treaties on
    Wednesday night"."""
    dateline = _DATELINE.match(document.text)
    for sentence in document.sentences:
        if sentence.start >= signal.start:
            return None
        for clause in document.clauses_of(sentence):
            verb = clause.verb
            if (
                verb is None
                or verb.passive
                or verb.negated
                or verb.future
                or verb.lemmas[-1] not in _SIGNING_LEMMAS
                or document.in_quote(document.tokens[verb.head].start)
            ):
                continue
            start = document.tokens[clause.first_token].start
            end = document.tokens[clause.last_token - 1].end
            if verb.lemmas[-1] in ("put", "add") and not re.match(
                rf"\s*{_NAMES_TO}", document.text[document.tokens[verb.head].end : end], re.I
            ):
                continue  # "put forward a plan": no signature
            days = _days_of_the_clause(document, clause, dateline)
            if not days or start >= signal.start:
                continue
            subject = clause.own_subject()
            signatories = _answering(document, document.mentions_in_span(subject))
            refs = {m.ref for pair in signatories for m in pair if m is not None}
            if signal.respondent.ref in refs or (signal.person and signal.person.ref in refs):
                return days[0].iso
            if subject is not None and not refs and _signs_the_proposal(document, clause, signal):
                # "The presidents of five nations signed a peace plan late Friday ... Arias,
                # Cerezo and Ortega signed the document": a lead that names no signatory
                # dates the signing the next sentences tell of
                return days[0].iso
    return None


# "the foreign ministers of the four powers", "the delegates of the nine parties": signatories
# told as a group of people the sentence does not name one by one
_SIGNING_GROUP = re.compile(
    r"\b(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ministers|leaders|delegates|representatives|envoys|"
    r"heads|negotiators|presidents|premiers|delegations)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:powers|parties|states|nations|countries|governments|sides|signatories|allies)\b",
    re.IGNORECASE,
)


def _day_the_group_signed(document, signal) -> str | None:
    """The day the sentence right before the signal's gives for a signing of the same text by
    a group of people it does not name one by one ("The foreign ministers of the four powers and
    Figl signed the State Treaty on Sunday. Molotov for the Soviet Union and Dulles for the
    United States put their names to the document one after another"): the next sentence names
    who the group were, and they signed that day."""
    sentence = document.sentence_at(signal.respondent.start)
    before = next((s for s in reversed(document.sentences) if s.end <= sentence.start), None)
    if before is None:
        return None
    dateline = _DATELINE.match(document.text)
    for clause in document.clauses_of(before):
        verb = clause.verb
        if (
            verb is None
            or verb.passive
            or verb.negated
            or verb.future
            or verb.lemmas[-1] not in ("sign", "initial")
            or document.in_quote(document.tokens[verb.head].start)
        ):
            continue
        subject = char_span(document.tokens, clause.own_subject())
        if subject is None or not _SIGNING_GROUP.search(document.text, subject[0], subject[1]):
            continue
        if not _signs_the_proposal(document, clause, signal):
            continue
        days = _days_of_the_clause(document, clause, dateline)
        if days:
            return days[0].iso
    return None


def _signs_the_proposal(document, clause, signal) -> bool:
    """Whether the clause's object names the proposal the signal answers."""
    patient = char_span(document.tokens, clause.patient())
    if patient is None or signal.proposal is None or signal.proposal.proposal_id is None:
        return False
    return any(
        mention.proposal_id == signal.proposal.proposal_id
        and patient[0] <= mention.start < patient[1]
        for mention in document.proposals
    )
    return None


_AN_ASKING_NOUN = re.compile(r"(?:" + _ASKING_NOUNS + r")s?", re.I)


# "the offer", "the proposal", "Colombo's plan": a text one side puts to another, by its noun
_AN_OFFERED_NOUN = re.compile(_ASKED_OR_OFFERED_NOUN + r"s?", re.I)


def _another_s_offer(document: Document, proposal, respondent: Mention) -> bool:
    """ "The presidency acknowledged the offer", "the Porte has taken note of the proposal":
    an offer or proposal another recorded party made is put to the side that receives it, so
    that side's acknowledgement is its answer (a bystander "welcomes" a text; it does not
    receive it). The proposal must be written by its noun and be recorded as another's."""
    if not _AN_OFFERED_NOUN.fullmatch(document.text, proposal.start, proposal.end):
        return False
    recorded = document.gazetteer.proposals.get(proposal.proposal_id) or {}
    author = recorded.get("announced_by_id")
    return author is not None and f"actor:{author}" != respondent.ref


def _concerned(document: Document, respondent: Mention, proposal) -> bool:
    if respondent.ref.startswith("actor:new:"):
        return False
    recorded = document.gazetteer.proposals.get(proposal.proposal_id) if proposal else None
    return recorded is None or int(respondent.ref.split(":")[1]) in recorded["actors"]


def _body_signed_for(document: Document, signatory: Mention) -> Mention:
    """The body a person answers or signs for (the person himself where the article ties him
    to none): the body his post names before his name ("ELN commander Antonio Garcia"), the
    one his appositive ties him to ("X, who leads the Front", "X, whose Front ...", "X, head
    of the rebel delegation"), the body of his recorded post ("President Gustavo Petro"), else
    a body the article ties him to where it names him elsewhere ("Johnny Paul Koroma, whose
    council seized power ... An aide said he had not seen the text")."""
    if not document.is_person(signatory.ref):
        return signatory
    named_after_him = _body_named_after_him(document, signatory)
    if named_after_him is not None:
        return replace(signatory, ref=named_after_him, via="title")
    post = _post_before(document, signatory)
    if post is not None:
        return _his_body_of_that_state(document, signatory, post) or post
    tied = (
        _tied_after(document, signatory)
        or _delegation_led_after(document, signatory)
        or _counterpart_of_a_state(document, signatory)
        or _state_of_his_post_after(document, signatory)
        or _state_of_his_post_before(document, signatory)
        or document.gazetteer.body_of_post(signatory.ref)
        or _state_of_his_cabinet_post_after(document, signatory)
    )
    if tied is None:
        tied = next(
            (
                body
                for mention in document.mentions
                if mention.start != signatory.start
                and (
                    mention.ref == signatory.ref
                    # "Mustafa el-Nahhas Pasha, who led an Egyptian delegation ... Nahhas Pasha
                    # accepted": a new name told in full before, the later one its last words
                    or _his_full_name_told_before(document, signatory, mention)
                )
                for body in [
                    _tied_after(document, mention)
                    or _delegation_led_after(document, mention)
                    or _state_of_his_post_after(document, mention)
                    # "the American Consul General, Samuel R. Gummeré, ... Mr. Gummeré
                    # refused": the state of the post told before his name (r63posts)
                    or _state_of_his_post_before(document, mention)
                    or _state_of_his_cabinet_post_after(document, mention)
                    or _headed_before(document, mention)
                    or _leading_before(document, mention)
                    # "ARATS executive vice-president Tang Shubei held talks ... Tang
                    # accepted": the post before his full name, told before
                    or _body_of_the_post_told_before(document, signatory, mention)
                    # "signed first for France, followed by ... and Baron Manteuffel for
                    # Prussia. ... Baron Manteuffel has not answered": he signed for it
                    or _signed_for_after(document, mention)
                ]
                if body is not None
            ),
            None,
        )
    if tied is None and _A_BREAKAWAY_LEADER_S_TITLE.search(
        document.text[document.sentence_at(signatory.start).start : signatory.start]
    ):
        # "The separatist leader, Igor Smirnov, said his side was ready to sign": the leader
        # of the one breakaway region the article names answers for it
        tied = _the_breakaway_party(document)
    if tied is None and _A_MINISTER_S_TITLE.search(
        document.text[document.sentence_at(signatory.start).start : signatory.start]
    ):
        # "PEKING (Reuter) - ... Vice Foreign Minister Zhou Nan initialled the text": wire copy
        # names the officials of the state it is filed from by their title alone
        tied = _the_paragraph_s_state(document, signatory.start) or _dateline_state(document)
    return replace(signatory, ref=tied, via="title") if tied else signatory


# "Baron Manteuffel for Prussia" in a signature's list: the body a signatory signs for
_FOR_A_BODY_RIGHT_AFTER = re.compile(r"\s+for\s+(?:the\s+)?")


def _signed_for_after(document: Document, person: Mention) -> str | None:
    """The body a person signs for, written right after his name in a sentence that tells of
    a signature ("signed for France, followed by Lord Clarendon for Great Britain"): where
    the article names him again, he answers for that body."""
    sentence = document.sentence_at(person.start)
    if not _SIGNED_BEFORE.search(document.text, sentence.start, sentence.end):
        return None
    gap = _FOR_A_BODY_RIGHT_AFTER.match(document.text, person.end)
    if gap is None:
        return None
    body = next(
        (m for m in document.mentions_between(gap.end(), sentence.end) if m.start == gap.end()),
        None,
    )
    if body is None or document.is_person(body.ref):
        return None
    return body.ref


def _his_full_name_told_before(document: Document, person: Mention, told: Mention) -> bool:
    """Whether `told`, before `person`, names a new person by a longer name that ends with the
    two or more words `person` is written with, in their normal forms ("el-Nahhas" is
    "nahas"), both new: the reader drafts them apart (tune48h)."""
    written = normalize_name(document.text[person.start : person.end]).split()
    full = normalize_name(document.text[told.start : told.end]).split()
    return (
        told.start < person.start
        and ":new:" in person.ref
        and ":new:" in told.ref
        and document.is_person(told.ref)
        and len(written) >= 2
        and len(full) > len(written)
        and full[-len(written) :] == written
    )


# "the Vestey management", "the Ratsiraka camp": a man's name used as the name of the firm, group
# or camp that bears it
_HIS_NAME_FOR_A_BODY = re.compile(
    r"\s+(?:management|group|company|firm|board|camp|movement|corporation|organi[sz]ation)\b"
)


def _body_named_after_him(document: Document, person: Mention) -> str | None:
    """The body a person's name written as a body's stands for ("The Vestey management
    refused"): the one actor of the article, no person, whose name opens with his name as
    written ("Vestey group"); None where the article names none (he then answers himself)."""
    if not _HIS_NAME_FOR_A_BODY.match(document.text, person.end) or not re.search(
        r"\bthe\s+$", document.text[max(0, person.start - 5) : person.start], re.IGNORECASE
    ):
        return None
    written = document.text[person.start : person.end]
    bodies = {
        m.ref
        for m in document.mentions
        if m.ref != person.ref
        and not document.is_person(m.ref)
        and re.match(re.escape(written) + r"\b", document.actor_name(m.ref))
    }
    return next(iter(bodies)) if len(bodies) == 1 else None


def _body_of_the_post_told_before(document: Document, person: Mention, told: Mention):
    """The body (not a state) the post before an earlier mention of a person names, where that
    mention is his full name and this one is not."""
    if told.start >= person.start or told.end - told.start <= person.end - person.start:
        return None
    post = _post_before(document, told)
    if post is None or document.is_state(post.ref):
        # (a state's adjective before a post, "Bosnian Serb leader X", may be a people's, not
        # the state's: only a body named before the post is his)
        return None
    return post.ref


# "Dr. Walther Rathenau, the German Foreign Minister,", "X, the Italian Ambassador in London":
# a state's adjective, then a post held for a state, in apposition after a name (t56h); "X,
# the Egyptian chief negotiator, accepted": a negotiator is his state's as a delegate is, so
# the state answers, as it does for "Egyptian chief negotiator X" and "Egypt's chief
# negotiator" (not the man and his state, two respondents for one answer; r67demonym)
_THE_STATE_S_POST_AFTER = re.compile(r"\.?\s*,\s*the\s+")
_A_STATE_S_POST = re.compile(
    r"\s+(?:(?!(?:and|or|with|to|by|for|in|of)\b)[A-Za-z-]+\s+){0,2}?"
    r"(?:minister|premier|chancellor|ambassador|envoy|consul|commissar|plenipotentiary"
    # (not a possessive: "X, the Egyptian negotiators' lawyer" holds no post of the state's)
    r"|delegate|representative|secretary|negotiator)s?\b(?!['’])",
    re.IGNORECASE,
)
# "Signor X and Dr. Y, the Italian and Yugoslav Ambassadors": two adjectives, one for each name
_TWO_STATES = re.compile(r"\s+and\s+")
# "..., the French Ambassador at Washington, acting for Spain": the party he stands for instead
_ACTING_FOR = re.compile(
    r"[^,;.]*,\s+(?:acting|signing|speaking|negotiating)\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?"
)
# " and Dr. ", " and Signor ": between the two names, a title before the second
_AND_A_TITLED_NAME = re.compile(r"\s+and\s+(?:(?-i:[A-Z])[\w]*\.?\s+)?")


def _state_of_his_post_after(document: Document, person: Mention) -> str | None:
    """The state whose adjective qualifies the post in apposition after a person's name ("X,
    the German Foreign Minister, signed"): he holds it for that state, which answers; where
    two names share two adjectives ("A and B, the Italian and Yugoslav Ambassadors"), each
    name takes its own in turn."""
    sentence = document.sentence_at(person.start)
    following = document.mentions_between(person.end, sentence.end)
    pair = None
    opening = _THE_STATE_S_POST_AFTER.match(document.text, person.end)
    if opening is None:
        # "A and B, the Italian and Yugoslav Ambassadors": A, the first of the pair
        pair = next(
            (
                m
                for m in following
                if document.is_person(m.ref)
                and _AND_A_TITLED_NAME.fullmatch(document.text, person.end, m.start)
            ),
            None,
        )
        opening = pair and _THE_STATE_S_POST_AFTER.match(document.text, pair.end)
        if opening is None:
            return None
    states = [m for m in following if m.via == "demonym" and document.is_state(m.ref)]
    first = next((m for m in states if m.start == opening.end()), None)
    if first is None:
        return None
    second = next(
        (
            m
            for m in states
            if m.start > first.end and _TWO_STATES.fullmatch(document.text, first.end, m.start)
        ),
        None,
    )
    last = second or first
    post = _A_STATE_S_POST.match(document.text, last.end)
    if post is None:
        return None
    # "M. Cambon, the French Ambassador at Washington, acting for Spain": the party he acts for
    # answers, not the state of his post
    acting = _ACTING_FOR.match(document.text, post.end(), sentence.end)
    if acting is not None:
        return next(
            (m.ref for m in following if m.start == acting.end() and not document.is_person(m.ref)),
            None,
        )
    if second is None:
        return first.ref if pair is None else None
    # (the two adjectives go with two names: the one before "and" takes the first)
    if pair is not None:
        return first.ref
    before = any(
        document.is_person(m.ref)
        and _AND_A_TITLED_NAME.fullmatch(document.text, m.end, person.start)
        for m in document.mentions_between(sentence.start, person.start)
    )
    return second.ref if before else None


# ", the Trade and Industry Secretary,", ", the Prime Minister,": a post in a state's cabinet
# told in apposition after a name without the state's adjective, its portfolio in capitals (not
# a junior's or the opposition's post, nor a post of something, "the Minister of Court")
_A_CABINET_POST_AFTER = re.compile(
    r"\s*,\s*the\s+"
    r"(?:(?!(?:Assistant|Deputy|Under|Vice|Junior|Shadow|Opposition|Acting|Former)\b)"
    r"[A-Z][a-z]+\s+(?:and\s+)?){1,3}"
    r"(?:Secretary|Minister)\b(?![\s-]+(?:of|to|for|at|in|General)\b)"
)


def _state_of_his_cabinet_post_after(document: Document, person: Mention) -> str | None:
    """The state whose cabinet post a person not recorded holds, told in apposition after his
    name without the state's adjective ("Rowntree had pinned its hopes on Lord Young, the
    Trade and Industry Secretary ... Young refused on May 25"): the one state his paragraph
    names before him, else the state the article is filed from, as for a minister named by
    his title alone."""
    if not _A_CABINET_POST_AFTER.match(document.text, person.end):
        return None
    return _the_paragraph_s_state(document, person.start) or _dateline_state(document)


# "X, the Egyptian chief of staff, and Y, his Israeli counterpart, signed": the state whose
# adjective qualifies his counterpart's post
_HIS_COUNTERPART = re.compile(
    r"\s*,\s*(?:his|her)\s+(?P<state>[A-Z][\w-]+)\s+(?:counterpart|opposite\s+number)\b"
)

_HIS_COUNTERPART_BEFORE = re.compile(
    r"\b(?:his|her)\s+(?P<state>[A-Z][\w-]+)\s+(?:counterpart|opposite\s+number)\s*,?\s+"
    r"(?:(?-i:[A-Z])[\w.’'-]*\s+){0,4}$"
)


def _counterpart_of_a_state(document: Document, person: Mention) -> str | None:
    """The state of a person written as another's counterpart of that state ("Y, his Israeli
    counterpart"): he holds for his state the post the other holds for his, whatever body his
    recorded post is in."""
    counterpart = _HIS_COUNTERPART.match(document.text, person.end)
    if counterpart is None:
        # "A and his Egyptian counterpart, Foreign Minister Y": the counterpart told before
        # the name, his title between
        counterpart = _HIS_COUNTERPART_BEFORE.search(
            document.text, max(0, person.start - 120), person.start
        )
    if counterpart is None:
        return None
    written = document.mentions_between(counterpart.start("state"), counterpart.end("state"))
    states = [m for m in written if document.is_state(m.ref)]
    return states[0].ref if states else None


def _his_body_of_that_state(document: Document, person: Mention, post: Mention) -> Mention | None:
    """ "Russia's security chief Alexander Lebed": a post written with the state alone, held in
    a body of that state the person's recorded post is in (the Security Council of Russia),
    is that body's; the state answers where his recorded post is the state's own ("Russia's
    foreign minister") or in no body of it."""
    if not document.is_state(post.ref):
        return None
    body = document.gazetteer.body_of_post(person.ref)
    if body is None or body == post.ref or document.kind_of(body) != Actor.Kind.GOVERNMENT_BODY:
        return None
    state = document.gazetteer.actor(int(post.ref.split(":")[1]))
    recorded = document.gazetteer.actor(int(body.split(":")[1]))
    if recorded.parent_id != state.id and not (state.country and recorded.country == state.country):
        return None
    return replace(post, ref=body)


# "the separatist leader, X", "breakaway president X": the head of a region that broke away
_A_BREAKAWAY_LEADER_S_TITLE = re.compile(
    r"\b(?:separatist|breakaway|secessionist)\s+(?:leader|chief|head|president|commander)\s*,?\s+$",
    re.IGNORECASE,
)
# "its breakaway Transdniestria region", "the breakaway republic of Abkhazia", "separatist
# Abkhazia": a party the article introduces as having broken away
_BREAKAWAY_BEFORE = re.compile(
    r"\b(?:separatist|breakaway|secessionist)\s+(?:(?:region|republic|province|enclave)\s+of\s+)?$",
    re.IGNORECASE,
)


def _the_breakaway_party(document: Document) -> str | None:
    """The one actor the article introduces as a breakaway region, else none."""
    named = {
        m.ref
        for m in document.mentions
        if m.via not in ("post", "demonym")
        and not document.is_person(m.ref)
        and _BREAKAWAY_BEFORE.search(document.text[max(0, m.start - 40) : m.start])
    }
    return next(iter(named)) if len(named) == 1 else None


# "First Vice Foreign Minister Kim Kye Gwan", "Premier Li": a minister of some government,
# whose state the title does not name
_A_MINISTER_S_TITLE = re.compile(r"\b(?:Minister|Premier)\s+$")


def _the_paragraph_s_state(document: Document, offset: int) -> str | None:
    """The one state a paragraph names before an offset ("North Korea had threatened to pull
    out ... First Vice Foreign Minister Kim dismissed the idea": North Korea's minister), else
    none."""
    start = _paragraph_start(document.text, offset)
    # "the British ambassador, Sir Richard Evans, and Vice Foreign Minister Zhou Nan": the
    # state of another man's post is his, not the paragraph's
    posts_of_others = {
        post.start
        for person in document.mentions_between(start, offset)
        if document.is_person(person.ref)
        for post in [_post_before(document, person)]
        if post is not None
    }
    states = {
        m.ref
        for m in document.mentions_between(start, offset)
        if m.via != "post"
        and document.is_state(m.ref)
        and not document.in_quote(m.start, m.end)
        and m.start not in posts_of_others
    }
    return next(iter(states)) if len(states) == 1 else None


# "PEKING, Dec 19 (Reuter) -", "CHISINAU, Moldova, Nov 25 (Reuters) -": the dateline's city and
# the country written after it
_DATELINE_PLACE = re.compile(
    r"\A\s*(?P<city>[A-Z][A-Z .'’-]+?)\s*(?:,\s*(?P<country>[^,(]+?))?\s*[,(]"
)


def _dateline_state(document: Document) -> str | None:
    """The recorded state an article is filed from: the country its dateline writes, else the
    state of the capital or recorded place it opens with."""
    dateline = _DATELINE.match(document.text)
    place = _DATELINE_PLACE.match(document.text[: dateline.end()]) if dateline else None
    if place is None:
        return None
    city = place.group("city").strip().title()
    code = (place.group("country") and country_code_by_name(place.group("country").strip())) or (
        STATE_CAPITALS.get(fold_accents(city))
    )
    if code is None:
        code = next(
            (
                location["country"]
                for location in document.gazetteer.locations.values()
                if location["name"].casefold() == city.casefold() and location["country"]
            ),
            None,
        )
    state = document.gazetteer.state_of_country(code) if code else None
    return f"actor:{state}" if state is not None else None


# Words that join or place a name, not a post's: "Israel and Sisi", "talks with Hamas in Sisi's"
_NOT_A_POST_WORD = (
    r"(?!(?:and|or|nor|but|with|to|from|by|for|in|on|at|as|than|after|before|while)\b)"
)


def _post_before(document: Document, person: Mention) -> Mention | None:
    """The body the post before a person's name names: "ELN commander Antonio Garcia",
    "Ukraine's infrastructure minister Oleksandr Kubrakov", "Russian Defence Minister Sergei
    Shoigu", "the Democratic Unionist Party of the Rev. Ian Paisley"."""
    sentence = document.sentence_at(person.start)
    post = [
        m
        for m in document.mentions_between(sentence.start, person.start)
        if not document.is_person(m.ref)
        and (
            re.fullmatch(
                # "North Korea's Gen. Nam Il", "Sudan's Lt. Gen. Ali Omar": ranks abbreviated
                r"\s*(?:['’]s\s+)?(?:" + _NOT_A_POST_WORD + r"[A-Za-z-]+\.?\s+){0,3}"
                # "The group's chief negotiator and political strategist, Anton Balasingham"
                r"|['’]s?\s+(?:[\w-]+\s+){0,5}?"
                + _HEAD
                + r"(?:\s+and\s+[\w\s-]{1,40}?)?,\s*"
                # ("UNITA's military commander, General Abreu Muengo": a rank before the name)
                + _TITLE_IN_APPOSITION
                + r"|\s+of\s+(?:the\s+)?(?:[A-Z][a-z]{1,4}\.\s+)?",
                document.text[m.end : person.start],
            )
            # "the British ambassador, Sir Richard Evans, and ...": the post in apposition
            # before the name, which a comma closes ("after meeting the British ambassador,
            # Zhou signed" names two people)
            or (
                re.fullmatch(_STATE_OFFICIAL_BEFORE, document.text[m.end : person.start])
                and document.text.startswith(",", person.end)
            )
            # "The president of the Naga National Council, Mr A. Z. Phizo, has not ...": the
            # head's post with its body, then the name in apposition between commas (tune46e)
            or (
                _HONORIFIC_IN_APPOSITION.fullmatch(document.text, m.end, person.start)
                and document.text.startswith(",", person.end)
                and _HEAD_OF_BEFORE.search(document.text[sentence.start : m.start])
            )
        )
    ]
    # "Its president Gerry Adams said", "Its leader, Gen. Antonio Imbert Barrera,": the body
    # "its" stands for, then its head's post right before his name
    post = post or [
        m
        for m in _its_before_a_head_between(document, sentence.start, person.start)
        if _HEAD_S_POST_AFTER_ITS.fullmatch(document.text, m.end, person.start)
    ]
    if post:
        return post[-1]
    # "Haftar's spokesman, Ahmed al-Mismari, dismissed ...": the voice of a leader speaks for
    # the body the leader answers for
    leader = next(
        (
            m
            for m in document.mentions_between(sentence.start, person.start)
            if document.is_person(m.ref)
            and m.ref != person.ref
            and _VOICE_OF_A_LEADER.fullmatch(document.text, m.end, person.start)
        ),
        None,
    )
    return _body_a_leader_answers_for(document, leader) if leader is not None else None


# "Haftar's spokesman, ", "Abbas's chief negotiator ": the post of one who speaks for a leader
_VOICE_OF_A_LEADER = re.compile(
    r"['’]s?\s+(?:chief\s+|personal\s+|special\s+)?(?:spokes(?:man|woman|person)|negotiator"
    r"|envoy),?\s*"
)


def _body_a_leader_answers_for(document: Document, leader: Mention) -> Mention | None:
    """The body a leader named with his voice ("Haftar's spokesman") answers for, or None
    where the article ties him to none."""
    body = _body_signed_for(document, leader)
    return body if body.ref != leader.ref else None


# The posts of those who lead a body or speak for it (vocabulary.A_HEAD_POST)
_HEAD = A_HEAD_POST
# "The president of the ", "the chief negotiator for ": a head's post right before his body's
# name, at the start of a phrase (tune46e)
_HEAD_OF_BEFORE = re.compile(
    r"(?<![\w-])(?:the|a)\s+(?:[a-z][\w-]*\s+)?" + _HEAD + r"\s+(?:of|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "General ", "Lt. Gen. ", "Dr ": the ranks and titles written before a name in apposition, after
# the comma that opens it ("UNITA's military commander, General Abreu Muengo") (tune50c)
_TITLE_IN_APPOSITION = (
    r"(?:(?=[A-Z])(?i:"
    + "|".join(sorted((re.escape(title) for title in PERSON_TITLES), key=len, reverse=True))
    + r"|Mr|Mrs|Ms|Dr|Sir|Lt|Col|Maj|Brig)\.?\s+){0,3}"
)
# ", Mr ", ", Dr. ", ", ": between the body's name and the head's name in apposition
# ("the Angolan Armed Forces (FAA), General ...": its abbreviation in brackets first)
_HONORIFIC_IN_APPOSITION = re.compile(r"(?:\s*\([^()\s]{1,12}\))?,\s*" + _TITLE_IN_APPOSITION)
# " chairman, ", " president ", " leader, Gen. ": after "its", its head's post, then his name
# (actors.its_head_beside_his_name) (r61its)
_HEAD_S_POST_AFTER_ITS = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?" + _HEAD + r",?\s*" + _TITLE_IN_APPOSITION, re.IGNORECASE
)
# "the British ambassador, ", "Norway's special envoy, ": a post that speaks for a state or
# body, lower-case, before a comma
_STATE_OFFICIAL_BEFORE = re.compile(
    r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?" + A_POST_THAT_SPEAKS_FOR_IT + r",\s*"
)

# "the American Consul General, Samuel R. Gummeré,", "the British Minister, Sir Arthur
# Nicolson,": after a state's adjective, a post held for that state ("Consul General" and
# "Secretary General" with the word that goes with them), a comma, the ranks and titles, then
# the name in apposition (r63posts)
_A_STATE_S_POST_IN_APPOSITION_BEFORE = re.compile(
    _A_STATE_S_POST.pattern + r"(?:[\s-]+general)?\s*,\s*" + _TITLE_IN_APPOSITION,
    re.IGNORECASE,
)

# "Mr. Gummeré, who received Torres and the British Minister, Sir Arthur Nicolson, at the
# Legation on Monday, refused": the name in apposition to a post inside a relative clause about
# someone named before; the verb after it is that one's, as after `_IN_RELATIVE_CLAUSE`
_NAMED_BY_HIS_POST_IN_A_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:[^,;]*?\s)?(?:who|whom|which|whose)\s[^,;]*?"
    + _A_STATE_S_POST_IN_APPOSITION_BEFORE.pattern
    + r"$",
    re.IGNORECASE,
)


def _state_of_his_post_before(document: Document, person: Mention) -> str | None:
    """The state whose adjective opens the post told in apposition before a person's name ("was
    met by the American Consul General, Samuel R. Gummeré, and ... Mr. Gummeré refused"): he
    holds it for that state, which answers wherever the article names him. The name closes
    the apposition with a comma, as in `_post_before` ("after meeting the British
    ambassador, Zhou signed" names two people)."""
    if not document.text.startswith(",", person.end):
        return None
    sentence = document.sentence_at(person.start)
    return next(
        (
            m.ref
            for m in document.mentions_between(sentence.start, person.start)
            if m.via == "demonym"
            and document.is_state(m.ref)
            and _A_STATE_S_POST_IN_APPOSITION_BEFORE.fullmatch(document.text, m.end, person.start)
        ),
        None,
    )


# "X, who leads the Front", "X, a former general who heads the rebels' panel", "X, head of
# the self-proclaimed republic", "X, a spokesman for the movement", "X, whose Front signed":
# the appositive after a person's name, up to where the body's name begins
_TIED_AFTER = re.compile(
    r"\s*,\s*(?:"
    r"[^,;()]{0,60}?\bwho\s+(?:also\s+|now\s+|still\s+)?(?:leads|led|heads|headed|chairs"
    r"|chaired|runs|commands|speaks\s+for|spoke\s+for"
    # "Gandhi, who negotiated on behalf of the Congress": the body he speaks for at the table
    r"|(?:negotiates|negotiated|speaks|spoke|acts|acted)\s+on\s+behalf\s+of"
    r"|(?:negotiates|negotiated)\s+for)\s+"
    r"|(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?" + _HEAD + r"\s+(?:of|for)\s+"
    r"|whose\s+"
    r")",
    re.IGNORECASE,
)
# between the appositive and the body's name: "the self-proclaimed", "the rebels'", or words
# of the body's kind ("the former rebel movement Renamo"), none of them joining another noun
# ("the talks with the movement" name no body he leads)
_BEFORE_THE_BODY = re.compile(
    r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"|(?:the\s+)?(?:"
    + _NOT_A_POST_WORD
    + r"(?!(?:that|which|who|whose|of|against|over)\b)[a-z][\w-]*\s+){3}"
)
# "X, Hamas's chief negotiator,", "X, the group's leader,": the body before the post
_POST_OF_A_BODY = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?" + _HEAD + r"\b", re.IGNORECASE)
# "X, the OAS secretary-general and ...", "X, the PLO chairman,": the body's name (or its
# abbreviation) written as a word before its head's post, lower case, right after it (r64heads)
_ITS_HEAD_S_POST_AFTER_ITS_NAME = re.compile(r"\s+" + _HEAD + r"\b")


def _its_before_a_head_between(document: Document, start: int, end: int) -> list[Mention]:
    """The bodies "its" stands for before a head's post beside his name, between two offsets."""
    return [m for m in document.its_before_a_head if start <= m.start and m.end <= end]


# "Lebanon's interim military government", "the Front's youth wing": what follows a body's
# possessive names a body of its own, unless it is the body's government itself
_A_BODY_OF_IT = re.compile(r"['’]s?\s+(?!(?:government|cabinet|administration)\b)[\w-]+")


def _tied_after(document: Document, person: Mention) -> str | None:
    """The body the appositive after a person's name ties him to: the actor named where the
    appositive names the body ("X, who leads the National Salvation Front"), or before the
    post it gives him ("X, the Front's chief negotiator")."""
    sentence = document.sentence_at(person.start)
    following = document.text[person.end : sentence.end]
    tie = _TIED_AFTER.match(following)
    bodies = [
        m
        for m in document.mentions_between(person.end, sentence.end)
        if not document.is_person(m.ref) and m.via not in ("post", "demonym")
    ]
    if tie:
        at = person.end + tie.end()
        led = [m for m in bodies if m.start >= at]
        if (
            led
            and _BEFORE_THE_BODY.fullmatch(document.text[at : led[0].start])
            # "X, who heads Lebanon's interim military government": a body of the state,
            # not the state ("X, who leads Kenya's government" does lead the state's)
            and not _A_BODY_OF_IT.match(document.text, led[0].end)
        ):
            # "head of the UN-recognised Government of National Accord": a name right before
            # another qualifies it; the last one names the body
            named = led[0]
            for following in led[1:]:
                if document.text[named.end : following.start].strip():
                    break
                named = following
            return named.ref
    # "Alfred P. Sloan Jr., the corporation's president": the period of an abbreviation that
    # ends the name stands before the comma (tune48h); "the corporation" may be the mention
    opening = re.match(r"\.?\s*,\s*(?P<the>the\s+)?", following)
    if opening:
        first = [
            m
            for m in bodies
            if m.start == person.end + opening.end()
            or (opening.group("the") and m.start == person.end + opening.start("the"))
        ]
        if first and _POST_OF_A_BODY.match(document.text, first[0].end):
            return first[0].ref
        # "Yitzhak Shamir, the Likud leader and outgoing Prime Minister,": the body's name
        # before its head's post, without the possessive (r64heads)
        if (
            first
            and opening.group("the")
            and not document.is_state(first[0].ref)
            and _ITS_HEAD_S_POST_AFTER_ITS_NAME.match(document.text, first[0].end)
        ):
            return first[0].ref
        # "Jean-Paul Dufour, its chairman, rejected": "its" is the body he heads
        its = _its_before_a_head_between(document, person.end, sentence.end)
        if its and its[0].start == person.end + opening.end():
            return its[0].ref
        # "Ahmed al-Mismari, Haftar's spokesman, dismissed ...": the voice of a leader, who
        # speaks for the body the leader answers for
        leader = next(
            (
                m
                for m in document.mentions_between(person.end, sentence.end)
                if m.start == person.end + opening.end()
                and document.is_person(m.ref)
                and m.ref != person.ref
                and _VOICE_OF_A_LEADER.match(document.text, m.end)
            ),
            None,
        )
        body = _body_a_leader_answers_for(document, leader) if leader is not None else None
        if body is not None:
            return body.ref
    return None


# "X, who led the delegation of the Front", "X, who heads the rebels' negotiating team": the
# body whose delegation the relative clause after his name says he leads
_LEADS_ITS_DELEGATION = re.compile(
    r"\s*,\s*who\s+(?:also\s+|now\s+)?(?:leads|led|heads|headed|chairs|chaired)\s+"
    r"(?:the|its|a)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:delegation|delegates|team|negotiators|envoys|mission)\s+(?:of|for|from)\s+(?:the\s+)?"
)


# "X, who led an Egyptian delegation", "X, who headed the Russian delegation": the state whose
# adjective qualifies the delegation he leads (tune48h)
_LEADS_A_DELEGATION_OF_ITS_STATE = re.compile(
    r"\s*,\s*who\s+(?:also\s+|now\s+)?(?:leads|led|heads|headed|chairs|chaired)\s+"
    r"(?:the|a|an)\s+"
)
_ITS_DELEGATION_NOUN = re.compile(r"\s+(?:delegation|negotiating\s+team|negotiators)\b")


def _delegation_led_after(document: Document, person: Mention) -> str | None:
    """The body a person leads the delegation of, as the relative clause after his name says
    ("Ezra Molo, who led the delegation of the Liberation Front, initialled it"), or the
    state whose adjective qualifies it ("X, who led an Egyptian delegation")."""
    tie = _LEADS_ITS_DELEGATION.match(document.text, person.end)
    if tie is None:
        told = _LEADS_A_DELEGATION_OF_ITS_STATE.match(document.text, person.end)
        state = told and next(
            (
                m
                for m in document.mentions_between(told.end(), told.end() + 40)
                if m.start == told.end() and m.via == "demonym" and document.is_state(m.ref)
            ),
            None,
        )
        if state and _ITS_DELEGATION_NOUN.match(document.text, state.end):
            return state.ref
        return None
    sentence = document.sentence_at(person.start)
    body = next(
        (
            m
            for m in document.mentions_between(tie.end(), sentence.end)
            if m.start == tie.end() and not document.is_person(m.ref)
        ),
        None,
    )
    return body.ref if body is not None else None


def _leading_before(document: Document, person: Mention) -> str | None:
    """ "Machar met the LRA delegation, led by David Matsanga": the body whose delegation (or
    team, or faction) the person leads, named right before "led by"."""
    sentence = document.sentence_at(person.start)
    for m in reversed(document.mentions_between(sentence.start, person.start)):
        if document.is_person(m.ref) or m.via in ("post", "demonym"):
            continue
        if _LED_BY_HIM.fullmatch(document.text[m.end : person.start]):
            return m.ref
        return None
    return None


_LED_BY_HIM = re.compile(
    r"(?:['’]s)?(?:\s+(?:delegation|team|negotiating\s+team|negotiators|faction|wing|side))?"
    r"\s*,?\s+" + _LEADER_AGENT + r"(?:[\w-]+\s+){0,4}?",
    re.IGNORECASE,
)


def _headed_before(document: Document, person: Mention) -> str | None:
    """ "Hezbollah chief Hassan Nasrallah", "Moro front leader X": a body and a head's post
    right before the name."""
    sentence = document.sentence_at(person.start)
    for m in reversed(document.mentions_between(sentence.start, person.start)):
        if document.is_person(m.ref) or m.via in ("post", "demonym"):
            continue
        if re.fullmatch(
            r"(?:['’]s)?\s+(?:" + _NOT_A_POST_WORD + r"[\w-]+\s+){0,2}?" + _HEAD + r",?\s+",
            document.text[m.end : person.start],
            re.IGNORECASE,
        ):
            return m.ref
        return None
    return None


def _listed_before(document, mentions, last, signing=False, closed_after=False) -> list[Mention]:
    """The parties listed before `last` that answer with it ("A, B and C signed"); the list's
    "and" may stand after `last`, before the rest of its kind unnamed (`closed_after`: "A, B
    and most of the smaller churches")."""
    if last.via == "pronoun":
        # "the decision belonged to the strikers, and it has given no answer": a pronoun
        # opens a clause of its own, it closes no list ("he and X signed" lists him first)
        return []
    listed = []
    position = _where_titled(document, last)
    # "President Gustavo Petro and ELN commander Antonio Garcia signed": a post may stand
    # before a signatory's name; "Ethiopia's federal government and the TPLF signed", "the
    # Egyptian government and Hamas agreed": a state may be named by its government
    gap = (
        r"(?:(?:['’]s)?\s+(?:\w+\s+)?"
        + _STATE_BODY
        + r")?"
        # "Costa Rica's Oscar Arias, whose proposal formed the basis of the accord, Vinicio
        # Cerezo of Guatemala ... signed": a relative clause between commas in the list
        + r"(?:,\s+(?:who|whose|which)\s+[^,;()]*)?"
        # "Cardinal X, the Papal Secretary of State, and Premier Y signed": a post in
        # apposition after a listed name (one naming a party lists that party instead)
        + r"(?:,\s+(?:the|an?)\s+[^,;()]{1,60}(?=,))?"
        + r"[\s,]*(?:and\s+)?(?:the\s+)?"
        + (
            r"(?:['’]s\s+)?(?:[\w-]+\.?\s+){0,3}"
            if signing
            # "Colombia's government and Marxist FARC rebels reached a deal": words that
            # describe the next party after "and"
            else r"(?:(?<=and\s|the\s)(?:" + _NOT_A_POST_WORD + r"[A-Za-z][\w-]*\s+){1,2})?"
        )
    )
    for mention in reversed([m for m in mentions if m.end <= last.start]):
        if mention.end > position:
            continue  # the state in a listed person's post: "Thailand's acting Prime Minister"
        if document.is_person(mention.ref) and re.fullmatch(
            r"['’]s\s+", document.text[mention.end : position]
        ):
            # "the government, de Klerk's National Party and the ANC signed": the leader whose
            # party is listed is no party to the list
            position = mention.start
            continue
        if not re.fullmatch(gap, document.text[mention.end : position]):
            break
        listed.insert(0, mention)
        position = _where_titled(document, mention)
    chain = [*listed, last]
    gaps = [document.text[a.end : b.start] for a, b in zip(chain, chain[1:], strict=False)]
    if listed and closed_after:
        # (a list joined by commas alone before the rest unnamed opens its sentence: not "In
        # Egypt, Hamas and most of the smaller groups rejected")
        opening = document.text[document.sentence_at(last.start).start : listed[0].start]
        return (
            [m for m in listed if m.ref != last.ref]
            if re.fullmatch(r"\s*(?:the\s+)?", opening, re.I)
            else []
        )
    if listed and not any(re.search(r"\band\b", gap) for gap in gaps):
        # "In Armenia, the nationalist Federation ... rejected": "A, B and C" has an "and";
        # a comma alone joins no list
        return []
    return [m for m in listed if m.ref != last.ref]


def _where_titled(document: Document, mention: Mention) -> int:
    """Where a person's name begins with the post that names his body ("Cambodian Prime
    Minister Hun Manet and Thailand's acting Prime Minister Phumtham agreed": the list goes on
    before "Thailand's"), else where the name begins."""
    if not document.is_person(mention.ref):
        return mention.start
    post = _post_before(document, mention)
    return post.start if post is not None else mention.start


# "rejected it", "turned them down": the pronoun is the object; not the subject of the next
# verb ("has not said whether it will accept the agreements")
_PRONOUN_OBJECT = re.compile(
    # "refused to sign it": the infinitive the no leaves outside its verb takes the pronoun
    r"\s*(?:to\s+(?:accept|sign|initial|endorse|approve|back|ratify|recogni[sz]e|apply"
    r"|implement)\s+)?(?:it|them)\b(?!\s+(?:will|would|can|could|should|may|might|must|is|was|has|had)\b)"
    # "refused to discuss it", "refused to consider them": a text not even taken up (not
    # "refused to discuss it with reporters", no comment; nor "refused to receive them", "to
    # hear them", which may be envoys; nor "declined to discuss it", mostly no comment) (t56f)
    r"|(?:(?<=refused)|(?<=refuses)|(?<=refuse))"
    r"\s*to\s+(?:discuss|consider|entertain|examine|debate)\s+(?:it|them)\b"
    r"(?!\s+(?:publicly|in\s+public"
    r"|on\s+the\s+record|further|with\s+(?:reporters|journalists|the\s+press|the\s+media)))"
    # "Boeing tabled its final offer. The union refused to put it to a vote", "refused to put
    # them to the members": the text not even taken to those who would decide on it (not
    # "refused to put it on paper") (t56f)
    r"|(?:(?<=refused)|(?<=refuses)|(?<=refuse))\s*to\s+put\s+(?:it|them)(?=\s+(?:to|before)\s+(?:(?:a|an|the|its|their|his|her)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:vote|ballot|referendum|members|membership|rank[\s-]and[\s-]file"
    r"|workers)\b)"
)


def _answered_proposal(document, sentence, respondent, verb_start, verb_end):
    """The proposal a response phrase answers (`_answered_object`); "agreed that" answers the
    text the sentence opens with ("In the declaration, both countries agreed that"), and no
    other."""
    if re.search(
        r"\bagreed\s+" + _AGREED_ON_A_DAY + r"that$", document.text[verb_start:verb_end], re.I
    ):
        return _framing_text(document, sentence, respondent) or _closing_text(
            document, sentence, verb_end
        )
    return _answered_object(document, sentence, respondent, verb_start, verb_end)


# "In an 11-point text dubbed the Argyle Declaration, ...", "Under the accord, ..."
_IN_THE_TEXT = re.compile(r"\s*(?:In|Under)\s+[^,;.:]{1,100},")


# "... in a joint communique", ", in the declaration they signed": the text a sentence closes on
_IN_A_TEXT_AFTER_A_COMMA = re.compile(r",\s+in\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}$")


def _closing_text(document, sentence, verb_end) -> ProposalMention | None:
    """ "X and Y agreed yesterday that ..., in a joint communique": the proposal named after a
    comma by "in a ..." later in the sentence records what they agreed."""
    for proposal in document.proposals:
        if verb_end <= proposal.start < sentence.end and _IN_A_TEXT_AFTER_A_COMMA.search(
            document.text, verb_end, proposal.start
        ):
            return proposal
    return None


def _framing_text(document, sentence, respondent) -> ProposalMention | None:
    """The proposal named in the phrase that opens the sentence before the respondent."""
    opening = _IN_THE_TEXT.match(document.text, sentence.start, respondent.start)
    if opening is None:
        return None
    named = [p for p in document.proposals if sentence.start <= p.start < opening.end()]
    return named[-1] if named else None


# ", at Manila's request,", ", at the request of the mediators,": an aside between the
# respondent and its verb naming what it was asked
_AT_A_REQUEST_ASIDE = re.compile(
    r"\s*,\s*(?:at|on)\s+(?:[\w.’'-]+\s+){1,4}?"
    r"(?P<noun>request|behest|urging|invitation|appeal)\b[^,;.]{0,60},\s*"
    r"(?:(?:has|have|had)\s+)?$"
)


# ", whom the Government has invited to bring his people across into Natal,": an aside telling
# that the respondent is the one asked
_WHOM_ASKED_ASIDE = re.compile(
    r"\s*,\s*whom\s+(?:[^,;]*?\s)?(?:invited|asked|urged|called\s+on|pressed|begged)\s[^,;]*,\s*",
    re.IGNORECASE,
)


def _asked_in_its_aside(document, sentence, respondent, verb_start) -> ProposalMention | None:
    """ "Mr. Dunn, whom the Government has invited to bring his people across, has not yet
    given his answer": an answer with no object, by one an aside tells was asked, answers the
    ask the aside names."""
    asked = _WHOM_ASKED_ASIDE.match(document.text, respondent.end, verb_start)
    named = [p for p in document.proposals if asked and asked.start() <= p.start < asked.end()]
    return named[-1] if named else None


# a clause that ends before the respondent's own: "X accepted the draft, but Y ...", "X signed;
# Y ...", "The plan found no favour: Y ...", "Though X accepted the draft, Y ..."
_A_CLAUSE_BEFORE = re.compile(
    r",\s+(?:and|but|while|whereas)\s|[;:]|\b(?:but|while|whereas|although|though)\s",
    re.IGNORECASE,
)


# "The Management Council accepted it the next day, but the union turned it down": a clause
# before the respondent's that itself answers "it" (a yes or a no to a text it does not name)
_A_CLAUSE_ANSWERING_IT = re.compile(
    r"\b(?:(?:accepted|rejected|approved|endorsed|backed|welcomed|ratified|signed|initialled"
    r"|agreed\s+to)\s+it|turned\s+it\s+down)\b[^.;]*?,\s+(?:but|and|while|yet)\s+"
    r"(?:[\w.'’-]+\s+){0,3}$"
)


def _answers_the_same_it_as_the_clause_before(document, sentence, respondent) -> bool:
    """ "The Management Council accepted it the next day, but the union turned it down": the
    second "it" is the text the first stands for, so the words of the clause before (the first
    answerer's name) do not describe the text the second answers."""
    return (
        _A_CLAUSE_ANSWERING_IT.search(document.text, sentence.start, respondent.start) is not None
    )


# the clause an answer is set beside: "The miners held out for a bonus; the board answered
# with a smaller figure", "The rebels demanded an amnesty, and the junta answered with ..."
_SET_BESIDE_THE_CLAUSE_BEFORE = re.compile(
    r"(?:;|,\s+(?:and|but|while))\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE
)


# an ask told in a clause: "had asked for far more", "came to the table demanding ..."
_ASK_TOLD = re.compile(
    r"\b(?:asked|asking|demanded|demanding|sought|seeking|held\s+out\s+for|holding\s+out\s+for"
    r"|called\s+for|pressed\s+for|claimed)\b",
    re.IGNORECASE,
)


def _asked_in_the_clause_set_beside(
    document, sentence, respondent, joined
) -> ProposalMention | None:
    """ "The Sheikh had held out for a larger payment; the company answered with the present
    figure": an answer in terms of its own, with no text named in its sentence, answers the ask
    that the clause set beside it (`joined` ends that clause) describes: the recorded proposal
    whose title that clause's words share most, not the text its paragraph told of last. Not the
    respondent's own."""
    proposal_id = _described_in(document, sentence.start, joined.start())
    if proposal_id is None or _announced_by(document, proposal_id, respondent):
        return None
    return ProposalMention(sentence.start, joined.start(), proposal_id)


def _answered_object(document, sentence, respondent, verb_start, verb_end):
    """The proposal a response phrase answers: the first named in the phrase or after it in
    its clause ("Israel has signed other deals before, and Hamas refused the plan": Israel
    signed no plan here); for "rejected it" or "the plan, which Hamas accepted", the one named
    last before."""
    in_sentence = [p for p in document.proposals if sentence.start <= p.start < sentence.end]
    rest = document.text[verb_end : sentence.end]
    clause_end = verb_end + _CLAUSE_JOINT.search(rest).start()
    # "countered with a joint centre, which the final text adopted": a relative clause after
    # the object tells of something else
    relative = _RELATIVE_AFTER_OBJECT.search(document.text, verb_end, clause_end)
    clause_end = relative.start() if relative else clause_end
    if _WITH_A_FIGURE_OF_ITS_OWN.search(document.text, verb_start, verb_end):
        # "answered with 3, 4 and 3.5 percent, the figures that ended up in Tuesday's
        # agreement": what follows the figure given tells of it, not of what it answers
        clause_end = min(clause_end, verb_end + re.match(r"[^,]*", rest).end())
    after = [
        p
        for p in in_sentence
        if verb_start <= p.start < clause_end
        and not _its_own_proposal(document, p)
        and not _beyond_the_infinitive_s_object(document, verb_start, verb_end, p)
    ]
    does_so = re.search(r"\bdo(?:ing|es)?\s+so\b", document.text[verb_start:verb_end])
    if (_PRONOUN_OBJECT.match(document.text, verb_end, sentence.end) or does_so) and not any(
        p.start < verb_end for p in after
    ):
        # "dismissed it as an attempt to bury the Geneva roadmap", "would do so only once":
        # the pronoun is the object, and a proposal named later in the clause is something else
        # (but in "accepted that an interim government could be formed, provided it came
        # about ...", the phrase holds its object, and "it" opens the proviso)
        after = []
    before = document.text[sentence.start : respondent.start]
    if not after:
        # "The Islamic Conference, at Manila's request, has agreed to send a commission": the
        # request an aside before the verb says the yes answers
        aside = _AT_A_REQUEST_ASIDE.match(document.text, respondent.end, verb_start)
        asked = [
            p
            for p in in_sentence
            if aside is not None and aside.start("noun") <= p.start < aside.end("noun")
        ]
        if asked:
            return asked[0]
    if not after and _ANSWERED_WITH.search(document.text, verb_start, clause_end):
        # "Ukraine rejected a Russian proposal, and Turkey countered with a joint centre":
        # the counter answers the proposal named before
        earlier = [p for p in in_sentence if p.start < respondent.start]
        if earlier:
            return earlier[-1]
        beside = _SET_BESIDE_THE_CLAUSE_BEFORE.search(
            document.text, sentence.start, respondent.start
        )
        if beside is not None:
            described = _asked_in_the_clause_set_beside(document, sentence, respondent, beside)
            if described is not None:
                return described
            if _ASK_TOLD.search(document.text, sentence.start, beside.start()):
                # "The union had asked for far more; the city answered with a raise": an ask
                # no recorded title fits, not the text the paragraph told of before
                return None
        # "Iraq went into the talks demanding ... Sheikh Saad answered with a counter-offer":
        # with no proposal in its sentence, the one its paragraph told of last, unless that is
        # the answering side's own
        told = _paragraph_proposal(document, respondent.start)
        if told is not None and not _its_own_proposal(document, told):
            return told
        # "Tainui's original claim sought the return of all Crown land ... The Crown countered
        # with the package": with none named, the one its paragraph describes before the answer
        start = _paragraph_start(document.text, respondent.start)
        described = _described_in(document, start, respondent.start)
        if told is None and described is not None:
            return ProposalMention(start, respondent.start, described)
    if after and _COMPROMISE_TABLED.search(document.text[verb_start : after[0].end]):
        # "X's team tabled a compromise": the compromise answers the recorded proposal its own
        # title has most in common with (a demand on the same matter), else the one before
        answered = _answered_by_counter(document, after[0].proposal_id)
        if answered is not None:
            return ProposalMention(after[0].start, after[0].end, answered)
        earlier = [p for p in in_sentence if p.start < respondent.start]
        return earlier[-1] if earlier else None
    if after and _NO_THEN_TERMS_OF_ITS_OWN.search(document.text, verb_start, after[0].start):
        # "refused the sum and offered instead a payment of five milliards": the text named
        # after the offer is the counter itself; the no answers the one named before it, in
        # its sentence or else its paragraph
        earlier = [p for p in in_sentence if p.start < respondent.start]
        if earlier:
            return earlier[-1]
        told = _paragraph_proposal(document, respondent.start)
        if told is not None and told.proposal_id != after[0].proposal_id:
            return told
        return None
    if after and _COUNTERED_WITH.search(document.text[verb_start : after[0].start]):
        # "The government countered on Monday with a proposal to ...": that proposal is the
        # counter; what it answers is the one named before, or in an aside that says what the
        # respondent answers ("Pyongyang, answering Washington's demand, came back with")
        answering = _ANSWERING_ASIDE.match(document.text, respondent.end, verb_start)
        earlier = [
            p
            for p in in_sentence
            if p.start < respondent.start or (answering and p.start < answering.end())
        ]
        if earlier:
            return earlier[-1]
        if _ANSWERED_A_TEXT_TOLD.search(document.text, verb_start, after[0].start):
            # "Buenos Aires had answered his proposals with a counter-proposal": the verb's own
            # object refers back to a text already told, the one told last
            told = _last_proposal_before(document, respondent.start)
            if told is not None:
                return told
        # "On Oct. 31 the Americans demanded the entire archipelago, and Spain answered with a
        # counter-proposal": what its own sentence describes before the respondent, if no
        # proposal of the respondent's own
        described = _described_in(document, sentence.start, respondent.start)
        if described is not None and described != after[0].proposal_id:
            answered = ProposalMention(sentence.start, respondent.start, described)
            counter = SignalCandidate(
                respondent.start, verb_end, respondent, answered, "countered", ""
            )
            if not _its_author(document, counter):
                return answered
        # "The opposition had demanded that the bans be lifted. The government countered with
        # ...": what the paragraph before the respondent describes, else names
        start = _paragraph_start(document.text, respondent.start)
        described = _described_in(document, start, respondent.start)
        if described is not None and described != after[0].proposal_id:
            return ProposalMention(start, respondent.start, described)
        told = _paragraph_proposal(document, respondent.start)
        if told is None:
            # "Islamabad came with one demand above all: written guarantees ...\n\nKabul
            # answered on Tuesday with an offer of its own": an answer opening its paragraph
            # answers what the paragraph before ends on, unless that is the answering side's own
            # (where that sentence tells of terms put: "At the session, the minister met the
            # union" describes no text the answer answers)
            opening = _opening_answer(document, respondent.start)
            if (
                opening is not None
                and _TERMS_PUT.search(document.text, opening.start, opening.end)
                and not _announced_by(document, opening.proposal_id, respondent)
            ):
                return opening
            asked = _ask_told_in_the_paragraph_before(document, respondent.start)
            if asked is not None and not _announced_by(document, asked.proposal_id, respondent):
                return asked
        return told
    if after:
        return after[0]
    if (
        (
            re.match(r"\s*(?:this|that)\b", rest)
            or _PRONOUN_OBJECT.match(document.text, verb_end, sentence.end)
        )
        or does_so
        # "turned them down", "turned it down and offered instead": the pronoun is inside the phrase
        or re.search(r"\b(?:it|them|that)\s+down\b", document.text[verb_start:verb_end])
        # "Israel was ready to heed the appeal, but Hamas said no on Sunday": a phrase with
        # no object answers the proposal its sentence named before
        or _NO_OBJECT.match(rest)
        or re.search(r"\b(?:which|that)\s+(?:the\s+)?$", before)
        # "which the federal government rejected": a word of its post between
        or _WHICH_THE_QUALIFIED.search(before)
        # "which Chief Enahoro dismissed": a title before the respondent's name
        or _WHICH_TITLE.search(before)
    ):
        earlier = [p for p in in_sentence if p.start < respondent.start]
        if _PRONOUN_OBJECT.match(document.text, verb_end, sentence.end):
            # "Aoun, whose party had held out against a Qatari compromise, agreed to it": the
            # pronoun takes up the proposal named last before the verb, in an aside too
            earlier = [p for p in in_sentence if p.start < verb_start]
        if (
            earlier
            and (
                re.search(r"\bwhich\s+(?:the\s+)?$", before)
                or _WHICH_TITLE.search(before)
                or _WHICH_THE_QUALIFIED.search(before)
            )
            and _PROPOSING_VERB.search(document.text, earlier[-1].end, respondent.start)
        ):
            # "refused the Italian demand ... and proposed instead a line through Halai, which
            # Count Antonelli accepted": the relative answers what was proposed after the text
            # named last, not that text
            proposed = _proposed_in_the_clause_before(document, sentence, respondent)
            if proposed is not None:
                return proposed
        if earlier:
            return earlier[-1]
        countered = _ANSWERED_WITH.search(document.text, sentence.start, respondent.start)
        if countered is not None and _NO_OBJECT.match(rest):
            # "The union countered by offering voluntary redundancies only, and the company
            # accepted": a bare answer after another's counter in its sentence answers the
            # terms the counter gives, the text whose title its words describe
            described = _described_in(document, countered.start(), respondent.start)
            if described is not None:
                return ProposalMention(countered.start(), respondent.start, described)
        if _REQUEST_BEFORE_A_BUT.match(document.text, sentence.start, respondent.start):
            # "X had come under pressure to invoke the act, but he refused": the request its
            # own sentence tells before the answer
            requested = _request_told_before(document, sentence, verb_end)
            if requested is not None:
                return requested
        pronoun = (
            re.match(r"\s*(?:it|them)\b", rest)
            or re.search(r"\b(?:it|them|that)\s+down\b", document.text[verb_start:verb_end])
            # "...; the coalition said it would accept that provided ...": "that" as the object
            or _DEMONSTRATIVE_ALONE.match(rest.lstrip())
        )
        if _an_unrecorded_text_last(document, respondent.start):
            return None  # "handed Egypt a proposal of its own. Egypt would study it"
        if (
            pronoun
            and re.match(r"\s*it\b", rest)
            and _it_is_the_thing_told_before(document, sentence)
        ):
            return None  # "The committee was set up in January. The unions walked out of it"
        # "X accepted Britain's draft constitution, but Y refused to endorse it": what its
        # sentence describes before the respondent, though it names no proposal (in a clause
        # of its own: "Opponents, grouped since 1963 in the League, reject it" describes the
        # subject, no text)
        described = _described_in(document, sentence.start, respondent.start)
        if (
            pronoun
            and described is not None
            and _A_CLAUSE_BEFORE.search(document.text, sentence.start, respondent.start)
            and not _answers_the_same_it_as_the_clause_before(document, sentence, respondent)
        ):
            return ProposalMention(sentence.start, respondent.start, described)
        if pronoun and (counter := _counter_told_before(document, sentence)):
            return counter
        if (
            re.search(r"\bwhich\s+(?:the\s+)?$", before)
            or _WHICH_TITLE.search(before)
            or _WHICH_THE_QUALIFIED.search(before)
        ):
            # "Biafra answered with proposals of its own, ..., which Chief Enahoro dismissed":
            # the one recorded proposal of the side that answered with its own
            own = _own_proposals_told_before(document, sentence, respondent)
            if own is not None:
                return own
            # "In March the Commission had recommended cuts in pay, which the Government said
            # it would accept": the text the clause before proposes, its title naming the
            # proposer, not one the paragraph before told of
            proposed = _proposed_in_the_clause_before(document, sentence, respondent)
            if proposed is not None:
                return proposed
        # "He sent both governments his final draft.\n\nBeirut answered with amendments": a
        # paragraph that opens with the answer answers what the paragraph before told of
        told = (
            _paragraph_proposal(document, respondent.start)
            or _opening_answer(document, respondent.start)
            or _told_in_sentence_before(document, sentence)
        )
        if (
            told is None
            and (pronoun or _NO_OBJECT.match(rest))
            and not _AN_ANSWER_WITH.search(document.text[verb_start:verb_end])
        ):
            # "Trimble gave his backing only after ...", "He accepted it": with no object,
            # nor one in its paragraph, the yes or no is to the proposal referred to last
            # (an answer "with changes" deep in a later paragraph may be to anything)
            told = _the_lead_s_text(document, respondent.start) or _last_proposal_before(
                document, respondent.start
            )
        return told
    return None


# "the Commission had recommended": a proposer named in capitals, its verb of proposing
_PROPOSER_S_VERB = re.compile(
    r"\b(?P<proposer>(?:[A-Z][\w’'-]*\s+){1,3})(?:had\s+|has\s+)?(?:\w+ly\s+)?"
    r"(?:recommended|proposed|suggested|offered|put\s+forward|tabled)\b"
)


# "which the federal government rejected": "the", then one word in lower case before the
# respondent
_WHICH_THE_QUALIFIED = re.compile(r"\bwhich\s+the\s+(?-i:[a-z]+)\s+$")
# "which Chief Enahoro", "which President Aoun": a capitalised title before the name
_WHICH_TITLE = re.compile(r"\bwhich\s+(?:the\s+)?(?-i:[A-Z][\w.-]*)\s+$")
# "Biafra answered the same evening with proposals of its own": a side's own terms, which a
# relative clause after them answers
_ANSWERED_WITH_ITS_OWN = re.compile(
    r"\s+(?:\w+\s+)?(?:answered|countered|responded|replied|came\s+back)\b[^,;.]*?\bwith\s+"
    r"(?:a\s+)?(?:[\w-]+\s+)?(?:proposals?|counter-?proposals?|plan|offer|terms)\s+of\s+"
    r"(?:its|their)\s+own\b"
)


def _own_proposals_told_before(document, sentence, respondent) -> ProposalMention | None:
    """The one recorded proposal announced by the side named right before "answered with
    proposals of its own" in the sentence, before the respondent."""
    for mention in document.mentions:
        if not sentence.start <= mention.start < respondent.start:
            continue
        told = _ANSWERED_WITH_ITS_OWN.match(document.text, mention.end, respondent.start)
        if told is None or not mention.ref.startswith("actor:"):
            continue
        author = int(mention.ref.removeprefix("actor:"))
        own = [
            p["id"] for p in document.gazetteer.proposals.values() if p["announced_by_id"] == author
        ]
        if len(own) == 1:
            return ProposalMention(mention.start, told.end(), own[0])
    return None


# "facilitators appointed under its auspices put forward": a proposer named by a plural common
# noun that opens its clause, words of its own up to the verb of proposing
_COMMON_PROPOSER = re.compile(
    # ("Last December the companies offered 42 billion reais, which ...": after "the")
    r"(?:^|[,;]\s+|(?<=\sthe\s))(?P<proposer>(?-i:[a-z][a-z-]*s)(?:\s+[\w-]+){0,4}?)\s+"
    r"(?:had\s+|have\s+)?(?:recommended|proposed|suggested|offered|put\s+forward|tabled)\s"
)


def _proposed_in_the_clause_before(document, sentence, respondent) -> ProposalMention | None:
    """The one recorded proposal whose title names the proposer of the last clause of proposing
    before the respondent in its sentence."""
    # "In 2002, facilitators appointed under its auspices put forward a set of proposals": else
    # a proposer named by a common noun, the words of its clause up to the verb
    for proposer in (_PROPOSER_S_VERB, _COMMON_PROPOSER):
        found = list(proposer.finditer(document.text, sentence.start, respondent.start))
        if not found:
            continue
        last = found[-1]
        words = set(re.findall(r"\w+", last.group("proposer").casefold())) - _GENERIC_WORDS
        ids = [p["id"] for p in document.gazetteer.proposals.values() if words & p["words"]]
        if len(ids) > 1:
            # "the companies offered 42 billion reais" where the companies made two offers:
            # the one its clause's words describe best
            clause = _words_of(document.text[last.start() : respondent.start])
            ids = [_best_described(document, clause, among=set(ids))] if clause else ids
        if len(ids) == 1 and ids[0] is not None:
            return ProposalMention(last.start(), last.end(), ids[0])
    # "Menelek refused outright the Italian demand ... and proposed instead a line through
    # Halai, which Count Antonelli accepted": the proposer is the subject of the sentence's
    # first clause, the verb of proposing opens a second one joined by "and"; of the proposer's
    # recorded proposals, the one the words after that verb describe best
    joined = _SUBJECT_AND_THEN_PROPOSED.match(document.text, sentence.start, respondent.start)
    if joined is None:
        return None
    words = set(re.findall(r"\w+", joined.group("proposer").casefold())) - _GENERIC_WORDS
    ids = {p["id"] for p in document.gazetteer.proposals.values() if words & p["words"]}
    clause = _words_of(document.text[joined.end() : respondent.start])
    best = _best_described(document, clause, among=ids) if ids and clause else None
    return ProposalMention(joined.start(), joined.end(), best) if best is not None else None


_PROPOSING_VERB = re.compile(r"\b(?:proposed|suggested|offered|put\s+forward|tabled)\b")
_SUBJECT_AND_THEN_PROPOSED = re.compile(
    r"\s*(?P<proposer>(?:[A-Z][\w’'-]*\s+){1,3})[^,;.]{1,160}?\s+and\s+(?:then\s+)?"
    r"(?:proposed|suggested|offered|put\s+forward|tabled)\b"
)


# "agreed to pursue talks": an infinitive after a phrase that ends in "to" (not "agreed to the
# plan", "agreed to a truce")
_INFINITIVE_AFTER = re.compile(
    r"\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|all|both|any|some|no)\b)"
    r"(?-i:[a-z][a-z-]*)\s"
)
# a second infinitive after the first one's object: "to pursue talks with the US to turn the
# armistice into a treaty" (not "to end the war in a deal sealed at midnight", whose deal is
# what they agreed to)
_SECOND_INFINITIVE = re.compile(
    r"\s(?:so\s+as\s+|in\s+order\s+)?to\s+"
    r"(?!(?:the|a|an|its|their|his|her|this|that|these|those|all|both)\b)(?-i:[a-z])"
)


def _end_of_the_infinitive_s_object(document, verb_start, verb_end) -> int | None:
    """Where the object of an infinitive right after a phrase ending in "to" ends, at a second
    infinitive ("agreed to pursue talks with the US|to turn the armistice into a treaty");
    None when no infinitive follows or none comes after it in the sentence."""
    if not re.search(r"\bto$", document.text[verb_start:verb_end], re.I):
        return None
    first = _INFINITIVE_AFTER.match(document.text, verb_end)
    if first is None:
        return None
    sentence_end = document.sentence_at(verb_end).end
    second = _SECOND_INFINITIVE.search(document.text, first.end(), sentence_end)
    return second.start() if second else None


def _beyond_the_infinitive_s_object(document, verb_start, verb_end, proposal) -> bool:
    end = _end_of_the_infinitive_s_object(document, verb_start, verb_end)
    return end is not None and proposal.start >= end


_AN_ANSWER_WITH = re.compile(r"\b(?:answered|responded|replied|countered)\b", re.IGNORECASE)


# "The committee was set up in January.": a sentence opening on a thing (no text) as its
# subject, which an "it" right after stands for
_A_THING_OPENS = re.compile(
    r"\s*(?:The|Its|Their|This|That)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][\w-]*)\s+"
    r"(?:was|is|had|has|had\s+been|has\s+been)\b"
)


def _it_is_the_thing_told_before(document, sentence) -> bool:
    """ "The committee was set up in January. The NLC and TUC walked out of it": an "it" right
    after a sentence whose subject is a thing named by a common noun that is no text (nor a
    proposal named there) stands for that thing (tune39c)."""
    index = document.sentences.index(sentence)
    if index == 0:
        return False
    told = document.sentences[index - 1]
    opening = _A_THING_OPENS.match(document.text, told.start, told.end)
    if opening is None or _REFERENCE.fullmatch(opening.group("noun")):
        return False
    return not any(told.start <= p.start < told.end for p in document.proposals)


def _told_in_sentence_before(document, sentence) -> ProposalMention | None:
    """ "... talks that Angola had arranged in Luanda. The M23 said it would not attend": the
    proposal the sentence before describes, in the same paragraph."""
    index = document.sentences.index(sentence)
    if index == 0:
        return None
    told = document.sentences[index - 1]
    if _paragraph_start(document.text, told.start) != _paragraph_start(
        document.text, sentence.start
    ):
        return None
    described = _described_in(document, told.start, told.end)
    return ProposalMention(told.start, told.end, described) if described else None


# "Hamas answered with a list of amendments. Israel turned them down": the counter told in the
# sentence before is what the pronoun stands for
_COUNTER_TOLD = re.compile(
    r"\b(?:answered|responded|replied|countered|came\s+back)\b.{0,60}?\bwith\s+(?:an?\s+|its\s+"
    r"|their\s+)?(?:own\s+)?(?:(?:list|set|series)\s+of\s+)?(?:\w+\s+)?"
    r"(?:amendments|changes|counter-?\s?(?:proposals?|offers?|drafts?))\b"
    # "... came back with amendments. X put the amendments to the rebels. The rebels accepted
    # them": the counter carried to the party that answers
    r"|\b(?:put|presented|handed|submitted|passed|relayed|conveyed|delivered|took)\s+(?:the|its"
    r"|their|these|those)\s+(?:amendments|changes|counter-?\s?(?:proposals?|offers?))\s+(?:on\s+)?to\b",
    re.IGNORECASE,
)
_COUNTER_WORDS = {"amendments", "counter-proposal", "counterproposal", "counteroffer", "counter"}


def _counter_told_before(document, sentence) -> ProposalMention | None:
    """The one recorded counter-proposal ("Lebanese amendments to the US draft"), when the
    sentence before tells of an answer with amendments or a counter-proposal."""
    index = document.sentences.index(sentence)
    if index == 0:
        return None
    told = document.sentences[index - 1]
    if not _COUNTER_TOLD.search(document.text[told.start : told.end]):
        return None
    counters = [
        p["id"] for p in document.gazetteer.proposals.values() if p["words"] & _COUNTER_WORDS
    ]
    if len(counters) != 1:
        return None
    return ProposalMention(told.start, told.end, counters[0])


# "Japan signed today.", "the rebels said no yesterday, and ...": a bare adverb of the day, with
# nothing after it in the clause, leaves the phrase without an object
_BARE_DAY_ADVERB = (
    r"(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)"
    r"(?=\s*(?:[.;]|,\s+(?:and|but)\s|$))"
)
# "gave its backing only after ...", "said no on Sunday": the phrase has no object
_NO_OBJECT = re.compile(
    # (a quote closing on the phrase's last words: "agreed "in principle" but ...")
    r"[\"”]?\s*(?:[,.;]|(?:only\s+|just\s+)?(?:in|on|at|during|after|before|when|once|late|early)\b"
    rf"|{_BARE_DAY_ADVERB}"
    # "signed without reservation", "signed too", "also accepted unconditionally", "agreed in
    # principle but with conditions"
    r"|(?:without|too|as\s+well|unconditionally|first|under\s+protest|but)\b"
    # "refused the same day", "agreed the next morning", "accepted two days later": the day
    # of the answer, no object
    r"|(?:the\s+)?(?:same|next|following)\s+(?:day|morning|afternoon|evening|night)\b"
    rf"|{_WHEN_AFTERWARDS}\b"
    # "a plan FRELIMO rejected out of hand.", "which the union turned down unanimously, and":
    # an adverb of manner closing the clause
    r"|(?:out\s+of\s+hand|outright|at\s+once|\w+ly)(?=\s*(?:[.;,]|$))|$)",
    re.I,
)
_COMPROMISE_TABLED = re.compile(
    r"\b(?:made|submitted|presented|tabled|put\s+forward|offered|floated|proposed|unveiled)\s+"
    r"(?:an?\s+|its\s+|their\s+)?(?:own\s+)?(?:[\w-]+\s+)?(?:compromise|middle-ground\s+\w+)$",
    re.IGNORECASE,
)


def _answered_by_counter(document, counter_id) -> int | None:
    counter = document.gazetteer.proposals.get(counter_id)
    if counter is None:
        return None
    # its title and short name, less the words that make it a compromise
    words = _singular(counter["words"] - _GENERIC_WORDS - {"compromise", "counter", "proposal"})
    return _best_described_except(document, words, counter_id)


def _best_described_except(document, words, excluded) -> int | None:
    scored = sorted(
        (
            (len(words & _singular(p["words"] - _GENERIC_WORDS)), p["id"])
            for p in document.gazetteer.proposals.values()
            if p["id"] != excluded
        ),
        reverse=True,
    )
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


# "countered by offering ...", "answered on Monday by proposing ...": an answer whose terms a
# gerund of offering gives, as "countered with an offer of ..." does
_BY_OFFERING = (
    r"(?:[\w.]+\s+){0,3}?by\s+(?:offering|proposing|suggesting|putting\s+forward|tabling)\b"
)


# "refused the sum ... and offered instead", "rejected the plan and proposed": a no, then the
# respondent's own terms, whose text comes after the offering verb
_NO_THEN_TERMS_OF_ITS_OWN = re.compile(
    r"\b(?:rejected|turned\s+down|dismissed|spurned|refused|rebuffed|threw\s+out)\b[^.;]*?"
    r"\s+and\s+(?:then\s+|instead\s+)?(?:offered|proposed|put\s+forward|tabled|submitted)\b"
    r"[^.;]*$",
    re.IGNORECASE,
)
_COUNTERED_WITH = re.compile(
    # "answered with a counter-offer", "came back with an offer": the offer is the counter
    r"\b(?:countered|responded|replied|answered|came\s+back)\b.*\bwith\s+"
    # "answered with what the delegates called a counter-proposal"
    + _AS_OTHERS_NAME_IT
    + r"(?:an?|its|their|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:counter-?)?$"
    # "countered by offering a joint committee": the terms given by the gerund, as by "with"
    rf"|\b(?:countered|responded|replied|answered)\s+{_BY_OFFERING}\s+(?:an?|its|their|the)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "a text that does not grant the north the federal status it has demanded": the
# respondent's own demand is not what it answers
_ITS_OWN = re.compile(
    r"\s*(?:that\s+|which\s+)?(?:it|they|he|she)\s+(?:has\s+|have\s+|had\s+)?(?:long\s+)?"
    r"(?:demanded|proposed|sought|called\s+for|put\s+forward|floated|championed|tabled)\b",
    re.IGNORECASE,
)


# words that tell of terms one side puts to another
_TERMS_PUT = re.compile(
    r"\b(?:demand(?:s|ed)?|request(?:s|ed)?|asked|offer(?:s|ed)?|propos(?:al|als|ed)|terms"
    r"|conditions|guarantees)\b",
    re.IGNORECASE,
)


def _announced_by(document, proposal_id, respondent) -> bool:
    """Whether the article's record has the respondent put forward the proposal itself."""
    recorded = document.gazetteer.proposals.get(proposal_id) or {}
    return f"actor:{recorded.get('announced_by_id')}" == respondent.ref


def _its_own_proposal(document, proposal) -> bool:
    return bool(_ITS_OWN.match(document.text, proposal.end))


_ANSWERING_ASIDE = re.compile(
    r"\s*,\s*(?:answering|responding\s+to|in\s+(?:response|reply)\s+to)\s[^,;]{1,100},"
)
# "answered his proposals with", "met the mediators' terms with": a definite object of the
# answering verb, before the answer it is given
_ANSWERED_A_TEXT_TOLD = re.compile(
    r"\b(?:answered|countered|met)\s+(?:the|its|their|his|her|[\w.]+['’]s)\s+[^,.;]{0,60}?"
    r"\bwith\b",
    re.IGNORECASE,
)
_ANSWERED_WITH = re.compile(
    r"\b(?:countered|responded|replied|answered)\b[^,;]*?\bwith\b"
    # "Kraft opened with an offer of 830 pence. Cadbury came back with a demand for 850": the
    # answer brought back is a counter in kind (t56i)
    r"|\bcame\s+back\b[^,;]*?\bwith\b"
    # "The union countered by offering voluntary redundancies only": the same answer in kind
    rf"|\b(?:countered|responded|replied|answered)\s+{_BY_OFFERING}",
    re.IGNORECASE,
)
# an answer whose terms are a figure of its own ("answered with 3, 4 and 3.5 percent")
_WITH_A_FIGURE_OF_ITS_OWN = re.compile(r"\bwith\s+" + _A_FIGURE_OF_ITS_OWN + r"$", re.IGNORECASE)
_RELATIVE_AFTER_OBJECT = re.compile(r",\s+(?:which|who|whom|where)\b", re.IGNORECASE)
# where a clause with a subject of its own begins
_CLAUSE_JOINT = re.compile(r";|,\s+(?:and|but|while|whereas|as)\s|\s(?:but|while|whereas)\s|$")


def _proposal_for(document, sentence, offset, anywhere=False) -> ProposalMention | None:
    in_sentence = [p for p in document.proposals if sentence.start <= p.start < sentence.end]
    after = [p for p in in_sentence if p.start >= offset]
    if after:
        return after[0]
    if anywhere or in_sentence:
        return in_sentence[0] if in_sentence else None
    return None


# --- the clause path: a response read from a clause's structure ---------------------------------
#
# The patterns above read a word window after a respondent. This path reads each clause the
# clause reader finds (clauses.py): the verb group says whether a response is stated (its lemmas,
# a particle or preposition after it, negation, modality, voice), the subject (or a passive's
# agent) says who answers, the object says to what. It only adds: a respondent the window
# patterns found in a sentence keeps what they drafted there.

# A verb that states a response by itself, with a proposal as its object.
_RESPONSE_LEMMAS = {
    "accept": "accepted",
    "approve": "accepted",
    "endorse": "accepted",
    "sign": "accepted",
    "countersign": "accepted",
    "initial": "accepted",
    "ratify": "accepted",
    "adopt": "accepted",
    "back": "accepted",
    "embrace": "accepted",
    # "the deal that X and Y struck": the parties who settle a text accept it
    "strike": "accepted",
    "clinch": "accepted",
    "reject": "rejected",
    "spurn": "rejected",
    "dismiss": "rejected",
    "rebuff": "rejected",
    "denounce": "rejected",
    "repudiate": "rejected",
    "veto": "rejected",
    # "the terms were refused by London", "an offer the council declined": a no to a text
    # (as catenatives, "refused to sign" is read apart: `_REFUSING`)
    "refuse": "rejected",
    "decline": "rejected",
    # "parliament voted to nullify the memorandum": a text it holds void, never in force for it
    "nullify": "rejected",
    "annul": "rejected",
    "invalidate": "rejected",
    "counter": "countered",
    "renounce": "withdrawn",
    # "Rio Tinto abandoned the deal", "Eritrea scrapped the accord", "terminated the
    # agreement": a party undoes a text it had taken part in (but "agreed to terminate the
    # memorandum", both sides ending it together, is no withdrawal: `_UNDONE_TOGETHER`)
    "abandon": "withdrawn",
    "scrap": "withdrawn",
    "terminate": "withdrawn",
}
# the verbs of undoing that, agreed to, end a text by both sides' consent rather than one
# side's leaving it ("the two governments agreed to terminate the memorandum")
_UNDONE_TOGETHER = {"abandon", "scrap", "terminate"}
# "threw out the plan", "threw it out", not "threw them out of Gaza"
_OUT_NOT_OF = r"out(?!\s+of\b)"
# A verb whose particle or preposition makes it a response: "turned (the draft) down", "came
# out against", "voted against", "went along with", "brushed aside", "pulled out of".
_PHRASAL_RESPONSES = [
    ("turn", r"down", "rejected"),
    ("come", r"out\s+(?:\w+ly\s+)?against", "rejected"),
    ("come", r"out\s+(?:\w+ly\s+)?(?:in\s+(?:favou?r|support)\s+of|for)", "accepted"),
    ("vote", r"against", "rejected"),
    # "has twice voted the plan down": the particle after the text, as "turned the draft down"
    ("vote", r"down", "rejected"),
    # "voted in favour of the plan"; "X rejected the plan, while Y voted in favour": the
    # proposal told before
    ("vote", r"(?:for|in\s+favou?r(?:\s+of)?)", "accepted"),
    ("go", r"along\s+with", "accepted"),
    ("brush", r"aside", "rejected"),
    # "the offer was thrown out by the strikers", "threw out the plan": a no to a text (the
    # clause's proposal must be found; not "threw them out of Gaza", a place) (tune40i)
    ("throw", _OUT_NOT_OF, "rejected"),
    ("pull", r"out\s+of", "withdrawn"),
    ("walk", r"(?:away|out)\s+(?:from|of)", "withdrawn"),
    ("withdraw", r"from", "withdrawn"),
    ("back", r"out\s+of", "withdrawn"),
    ("agree", r"(?:to|on)", "accepted"),
    # "were the only Free Church to take up the invitation", "took up the offer": an offer or
    # an invitation taken up is accepted (not "take up the bill", a text a body turns to)
    ("take", r"up(?=\s+(?:[\w’'-]+\s+){0,3}?(?:offer|invitation)s?\b)", "accepted"),
    ("sign", r"(?:up\s+to|on\s+to|off\s+on)", "accepted"),
    # "put their names to the accord", "set their hands to the treaty": a signature
    ("put", _NAMES_TO, "accepted"),
    ("add", _NAMES_TO, "accepted"),
    ("set", _NAMES_TO, "accepted"),
    ("affix", _NAMES_TO, "accepted"),
    # "gave the agreement a guarded reception", "gave the plan a cautious welcome": the text
    # received, with no yes or no told
    (
        "give",
        _PROPOSAL_OBJECT + r"\s+an?\s+(?:[\w-]+\s+){0,2}?(?:reception|welcome)",
        "acknowledged",
    ),
]
# the phrases that are a signature
_SIGNING_LEMMAS = {"sign", "countersign", "initial", "put", "add", "set", "affix"}
# A catenative verb before a response verb: "refused to sign" rejects, "voted to approve" and
# "agreed to sign" accept; "has yet to ratify", "has to approve" leave the answer pending.
_REFUSING = {"refuse"}  # "declined to sign today" is no refusal yet
_ASSENTING = {"agree", "vote"}
_RESPONSE_TO_COME = {
    "accept", "approve", "endorse", "sign", "initial", "ratify", "adopt", "back", "respond",
    "reply", "answer", "vote",
}  # fmt: skip
# "has yet to see the bill", "have yet to debate the accord": the body that decides has not
# taken the text up (with a proposal as object only)
_TAKING_UP = {
    "see",
    "receive",
    "read",
    "study",
    "review",
    "examine",
    "debate",
    "discuss",
    "consider",
}
# words after the verb that make an acceptance conditional: "accepted it on condition that"
_ON_CONDITION = re.compile(
    r"\b(?:on\s+(?:the\s+)?condition|provided|providing|only\s+if|as\s+long\s+as|subject\s+to"
    r"|with\s+(?:\w+\s+)?(?:reservations|conditions|caveats))\b",
    re.IGNORECASE,
)
# a condition right after a clause: "could accept it provided ...", "..., but only if ..."
_CONDITION_NEXT = re.compile(
    r"[\s,]*(?:but\s+)?(?:only\s+)?(?:provided|providing|if|on\s+(?:the\s+)?condition)\b",
    re.IGNORECASE,
)
# subordinating words whose clause states no fact: "if Hamas accepts the plan"
_NO_FACT_OPENERS = {"if", "unless", "until", "once", "whether", "before"}
# verbs of saying whose reported clause is not asserted: "denied it had rejected the plan"
_NOT_ASSERTING = {"deny", "hope", "believe", "claim"}
# a time told inside a phrasal verb, between its particle and its preposition or before its
# object: "walked away on Friday from the deal", "came out last week against the plan"
_A_TIME_INSIDE_THE_PHRASE = (
    r"(?:(?:on|in)\s+(?:the\s+)?(?-i:" + WEEKDAY_PATTERN + r"|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
    r"|(?:last|this|earlier\s+this)\s+(?:week|month|year)|yesterday|today),?"
)
_PARTICLE = r"(?:down|out|up|off|back|away|aside|along)"
_ENDS_ON_A_PARTICLE = re.compile(r"\b" + _PARTICLE + r"$", re.IGNORECASE)
_TIME_AFTER_A_PARTICLE = re.compile(r"\s+" + _A_TIME_INSIDE_THE_PHRASE, re.IGNORECASE)
# "away on Friday from", "away abruptly from": a particle, then a time or a manner inside the
# phrase (read without them, see `_clause_status`)
_TIME_OR_MANNER_AFTER_A_PARTICLE = re.compile(
    r"^(" + _PARTICLE + r"\s+)(?:" + _A_TIME_INSIDE_THE_PHRASE + r"|(?-i:[a-z]+ly))\s+",
    re.IGNORECASE,
)
# what may stand before the proposal in a response's object: a particle or preposition of the
# phrase and adverbs ("firmly against the", "the draft", "a U.S. bridging")
# "would accept that provided ...", "agreed to this.": a demonstrative closing its sentence or
# right before a proviso (not "agreed that, provided ..., the talks resume", nor "accepted that
# if ...": a clause of its own opens there)
_DEMONSTRATIVE_ALONE = re.compile(
    r"(?:this|that)(?=\s*(?:[.;]|$)|\s+(?:only\s+)?(?:provided|providing|on\s+(?:the\s+)?condition"
    r"|(?:as|so)\s+long\s+as)\b)",
    re.IGNORECASE,
)
# "agreed to that, provided ...": after "to" the demonstrative is the object, a comma after it
# too
_DEMONSTRATIVE_AFTER_TO = re.compile(r"(?:this|that)(?=\s*[,.;]|\s*$)", re.IGNORECASE)


def _demonstrative_alone(text, verb_end, position, clause_end) -> bool:
    """Whether the clause's object is a bare "this" or "that", which stands for a text told
    before as "it" does ("Gandhi agreed to that, provided ..."): the clause reader ends a clause
    on a "that" that opens a reported one ("accepted that the talks would resume"), so only
    one closing its sentence, before a proviso or after "to" is the object."""
    word = re.match(r"(?:this|that)\b", text[position:clause_end], re.IGNORECASE)
    if word is None or position + word.end() != clause_end:
        return False
    if re.search(r"\bto\s*$", text[verb_end:position], re.IGNORECASE):
        return bool(_DEMONSTRATIVE_AFTER_TO.match(text, position))
    return bool(_DEMONSTRATIVE_ALONE.match(text, position))


_OBJECT_LEAD = re.compile(
    r"\s*(?:(?:down|out|aside|along|off|up|away|against|to|with|on|of|from|for|in\s+favou?r\s+of"
    r"|in\s+support\s+of|\w+ly|outright"
    rf"|{_NAMES_TO})\s+)*",
    re.IGNORECASE,
)
_NOT_BEFORE_THE_PROPOSAL = re.compile(
    r"[,;:()]|\b(?:on|in|at|for|with|to|from|by|against|over|about|after|before|during|and|or"
    r"|but|which|that|who)\b",
    re.IGNORECASE,
)
# group nouns after which "of" introduces the parties themselves: "envoys of the government,
# LURD and MODEL signed" (not "members of the Council - A, B and C -": the members answer); an
# unnamed voice speaks for its party too: "a spokesman for Garang's SPLA in Nairobi denounced"
_GROUP_OF = re.compile(
    r"\b(?:(?:envoys|delegations?|delegates|representatives|leaders|negotiators|heads)\s+of"
    # "the executive of the union voted to accept": the organ that decides for the body (in
    # lower case: "the Security Council of the UN" is a body of its own)
    r"|(?-i:(?:national\s+|central\s+|governing\s+)?(?:executive|politburo|leadership"
    r"|(?:executive|central)\s+committee|(?:executive|governing|national)\s+council))\s+of"
    r"|spokes(?:man|woman|person)\s+(?:for|of))\s+(?:the\s+)?(?:[\w.-]+['’]s?\s+)?$",
    re.IGNORECASE,
)
_COMPLEMENT_BEFORE = re.compile(
    r"\b(?:of|for|in|with|from|by|to|at|on|between|against|under|over|among|alongside|than)\s+"
    r"(?:the\s+)?(?:[\w’'.-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "The group made up of Israel and Egypt has yet to reply": the members listed before (but "the
# six members of the Council - A, B and C -", set off by dashes, answer each)
_MEMBERS_LISTED = re.compile(_MEMBERS_OF.pattern[:-1] + r"[^,;.—–-]*$", re.IGNORECASE)
# "A group of dissident commanders calling itself the Junta rejected": the name the group goes
# by, not one of its members
_GOES_BY_THE_NAME = re.compile(
    r"\b(?:call(?:s|ed|ing)\s+(?:itself|themselves)|styl(?:es|ed|ing)\s+(?:itself|themselves)"
    r"|known\s+as|called|named)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SUBJECT_PRONOUN = re.compile(r"\s*(?:it|they|he|she)\s*$", re.IGNORECASE)
# "said their senators would vote against the treaty", "said its deputies would", "said his
# party would": the speaker's own members (or his own party) in what it says stand for it
_SPEAKER_S_OWN_MEMBERS = re.compile(
    r"\s*(?:its|their|his|her)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen"
    r"|\w+ty)\s+)?(?:senators|deputies|lawmakers|legislators|mps|members\s+of\s+parliament"
    r"|parliamentarians|representatives|party)"
    # "said its representatives in the Storting would vote against": its members seated in the
    # legislature (a capitalised name or "parliament", "the assembly")
    r"(?:\s+in\s+(?:the\s+)?(?:(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
    r"|(?:parliament|legislature|assembly|senate|chamber|house)\b))?\s*$",
    re.IGNORECASE,
)


def _clause_signals(document, sentence, mentions) -> list[SignalCandidate]:
    """The signals the clauses of a sentence state (see above)."""
    found = []
    for clause in document.clauses_of(sentence):
        verb = clause.verb
        if verb is None or document.in_quote(document.tokens[verb.head].start):
            continue
        if any(
            other.kind == "relative"
            and other.verb is not None
            and other.verb.lemmas[-1] in SPEECH_LEMMAS
            and other.last_token == verb.first_token
            for other in document.clauses_of(sentence)
        ):
            continue  # "Hamas, which Egypt says has yet to respond, ...": Egypt's word for it
        if _requested_of(clause):
            # "would ask lawmakers to ratify the declaration", "urged Hamas to accept the plan":
            # an answer asked for, not given; a government body asked for it is awaited
            found.extend(_asked_of_a_body(document, sentence, clause, mentions))
            continue
        if not _states_a_fact(document, clause):
            continue
        verb_start = document.tokens[verb.first_token].start
        verb_end = document.tokens[verb.last_token - 1].end
        clause_end = document.tokens[clause.last_token - 1].end
        status = _clause_status(document, clause, verb_end, clause_end)
        passive = _in_the_passive(document, clause) or bool(
            # "was accepted by Bolivia and rejected by Paraguay": the participle after "and"
            # shares the passive before it
            clause.kind == "coordinate"
            and re.match(r"\s+by\s", document.text[verb_end : verb_end + 5])
            and _A_PASSIVE_BEFORE_AND.search(document.text, sentence.start, verb_start)
        )
        if status is None and passive and verb.lemmas == ("pass",):
            status = "accepted"  # "a law passed by Congress": the body that passes it adopts it
        if status is None:
            found.extend(_sent_to_a_body(document, sentence, clause, mentions))
            found.extend(_laid_before_a_body(document, sentence, clause, mentions))
            found.extend(_approval_needed(document, sentence, clause, mentions))
            continue
        if passive:
            respondents = _agents(document, sentence, clause, mentions) or _the_party_asked(
                document, sentence, clause, mentions, status
            )
            signed_for = (
                _party_signed_for(document, mentions, verb_end)
                if verb.lemmas[-1] in _SIGNING_LEMMAS and status == "accepted"
                else None
            )
            if signed_for is not None and _BY_AFTER_THE_PARTY.match(document.text, signed_for.end):
                # "The agreement was signed for Portugal by Maj. Melo Antunes and by Machel":
                # the party the signature is made for signs, besides the agents (t56b)
                respondents = [signed_for, *respondents]
        else:
            respondents = _subjects(document, sentence, clause, mentions)
        if not respondents:
            continue
        before_them = document.text[sentence.start : min(r.start for r in respondents)]
        if _MEMBERS_LISTED.search(before_them) and not _GOES_BY_THE_NAME.search(before_them):
            continue  # "The group made up of Israel and Egypt has yet to reply": the group's
        proposal = _clause_proposal(
            document, sentence, clause, respondents[0], verb_start, verb_end, status, passive
        )
        if proposal is None or proposal.proposal_id is None:
            continue
        joint = verb_end + _CLAUSE_JOINT.search(document.text[verb_end : sentence.end]).start()
        if status == "accepted" and _ON_CONDITION.search(
            document.text, verb_end, max(clause_end, joint)
        ):
            status = "accepted_with_conditions"
        if status == "accepted" and _recognizing_a_party(document, verb_start, verb_end):
            continue  # "agreed to recognize the union as ...": a standing, no text accepted
        signing = verb.lemmas[-1] in _SIGNING_LEMMAS
        answering = _answering(document, respondents, signing)
        changed_on, in_clause = _changed_on(
            document, sentence, [b for b, _ in answering], verb_end, status
        )
        if (
            passive
            and not verb.passive
            and not _day_between(document, verb_end, clause_end)
            # "was accepted by Bolivia and rejected by Paraguay": the participle shares the
            # passive before it, of the same time
            and not _A_PASSIVE_BEFORE_AND.search(document.text, sentence.start, verb_start)
        ):
            # "rejected the accord approved by the deputies": a participle that tells how the
            # text came about tells of another time than its sentence, which only a day of its
            # own would give
            continue
        found.extend(
            SignalCandidate(
                respondent.start,
                sentence.end,
                respondent,
                proposal,
                status,
                changed_on,
                signed=signing and status == "accepted",
                dated_in_clause=in_clause,
                person=person,
            )
            for respondent, person in answering
        )
    return found


# "was accepted by Bolivia and ": a passive with its agents, the participle after "and" its
# second verb
_A_PASSIVE_BEFORE_AND = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?\w+(?:ed|wn)\s+by\s+"
    r"[^,;.()]{1,80}?,?\s+and\s+$"
)


# "the underground force led by former general Raoul Salan, rejected the accords": the leader
# named after "led by" (and his lower-case title) is the agent of a participle on the body
# before him, which is the verb's subject
_LED_BY_BEFORE = re.compile(r"\b" + _LEADER_AGENT + r"(?:[a-z][\w’'-]*\s+){0,3}$")


def _leader_of_a_body_that_answered(document, signal, found) -> bool:
    """Whether a subject the clause reader found is a leader named after "led by", where the
    body named before him in his sentence answers the same (the window patterns found it)."""
    start = signal.respondent.start
    if not _LED_BY_BEFORE.search(document.text, max(0, start - 60), start):
        return False
    sentence = document.sentence_at(start)
    return any(
        sentence.start <= other.respondent.start < start
        and other.status == signal.status
        and _proposal_id(other) == _proposal_id(signal)
        for other in found
    )


def _day_between(document, start, end) -> bool:
    return any(d.precision == "day" for d in document.dates_between(start, end))


def _in_the_passive(document, clause) -> bool:
    """A passive verb group ("was rejected by"), or a participle the reader hangs on the noun
    before it with its agent right after: "the accord approved by parliament", "a law passed by
    Congress on Monday" (a reduced relative clause: the noun is what was done to)."""
    verb = clause.verb
    if verb.passive:
        return True
    return (
        clause.kind == "relative"
        and not clause.opener
        and clause.subject is None
        and clause.antecedent is not None
        and verb.head == verb.first_token
        and len(verb.lemmas) == 1
        and verb.last_token < clause.last_token
        and document.tokens[verb.last_token].text.casefold() == "by"
    )


# verbs that ask their object to do what the infinitive after it says: "asked parliament to
# ratify", "urged the rebels to sign", "called on Hamas to accept"
_REQUESTING = {
    "ask", "urge", "call", "press", "invite", "encourage", "push", "pressure", "appeal",
    "request", "implore", "beg", "exhort", "persuade", "convince", "lobby", "prod", "nudge",
}  # fmt: skip


def _requested_of(clause) -> bool:
    """Whether the clause is the infinitive of a request ("urged Hamas to accept the plan")."""
    parent = clause.parent
    return (
        clause.kind == "infinitive"
        and parent is not None
        and parent.verb is not None
        and parent.verb.lemmas[-1] in _REQUESTING
    )


def _asked_of_a_body(document, sentence, clause, mentions) -> list[SignalCandidate]:
    """ "The government would ask lawmakers to ratify the declaration": the text laid before a
    government body (a legislature, a cabinet) with a request to approve it awaits that body's
    answer, as `_laid_before_a_body` reads "submit the accord to parliament"."""
    verb = clause.verb
    if verb.negated or clause.parent.verb.negated or verb.lemmas[-1] not in _RESPONSE_TO_COME:
        return []
    bodies = [
        body
        for body in _subjects(document, sentence, clause, mentions)
        if document.kind_of(body.ref) == Actor.Kind.GOVERNMENT_BODY
    ]
    if not bodies:
        return []
    verb_start = document.tokens[verb.first_token].start
    verb_end = document.tokens[verb.last_token - 1].end
    proposal = _clause_proposal(
        document, sentence, clause, bodies[0], verb_start, verb_end, "pending"
    )
    if proposal is None or proposal.proposal_id is None:
        return []
    return _awaited_by(document, sentence, bodies, proposal)


# "Kony was due to sign", "the deal he is set to endorse", "is supposed to ratify": what is
# planned, not an answer given
_PLANNED_BEFORE = re.compile(
    r"\b(?:due|set|scheduled|slated|poised|supposed|meant|about)\s+$", re.IGNORECASE
)


def _states_a_fact(document, clause) -> bool:
    """Whether the clause asserts what it says: not under "if" or "unless", nor reported after
    a denial ("denied it had signed"), nor a plan ("was due to sign")."""
    start = document.tokens[clause.first_token].start
    if clause.kind == "infinitive" and _PLANNED_BEFORE.search(
        document.text, max(0, start - 30), start
    ):
        return False
    seen = clause
    while seen is not None:
        if seen.kind == "adverbial" and seen.opener in _NO_FACT_OPENERS:
            return False
        parent = seen.parent
        if (
            seen.kind == "reported"
            and parent is not None
            and parent.verb is not None
            and (parent.verb.lemmas[-1] in _NOT_ASSERTING or parent.verb.negated)
        ):
            return False
        if (
            seen.kind == "infinitive"
            and parent is not None
            and parent.verb is not None
            and parent.verb.lemmas[-1] in _CONVENING
        ):
            # "has been summoned to meet on the 14th to approve the treaty": the purpose a
            # body is called together for, an answer still to come
            return False
        seen = parent
    return True


# verbs that call a body together for what the infinitive after them says
_CONVENING = {"summon", "convene", "recall"}


def _clause_status(document, clause, verb_end, clause_end) -> str | None:
    """The status a clause's verb group states; None where it states no response: a future, a
    modal, an expectation, a negation (but "has not yet signed" is pending)."""
    verb = clause.verb
    lemmas = verb.lemmas
    if verb.modal in ("must", "should") and not verb.negated and len(lemmas) == 1:
        # "must still ratify the accord", "must still be approved by parliament": awaited
        return "pending" if lemmas[0] in _RESPONSE_TO_COME else None
    if verb.modal is not None:
        return _refusal_declared(document, clause)
    if len(lemmas) >= 2:
        first, governed = lemmas[0], lemmas[-1]
        if (
            first in ("have", "need")
            and governed in _RESPONSE_TO_COME | _TAKING_UP
            and not verb.negated
        ):
            # "has yet to ratify", "still has to be approved by": the answer is awaited
            return "pending"
        if verb.negated:
            return None
        if first in _REFUSING and governed in _RESPONSE_TO_COME | {"join"}:
            return "rejected"
        if first == "agree" and governed in _UNDONE_TOGETHER:
            return None
        if first in _ASSENTING and governed in _RESPONSE_LEMMAS:
            return _RESPONSE_LEMMAS[governed]
        return None
    lemma = lemmas[0] if lemmas else ""
    parent = clause.parent
    if (
        clause.kind == "infinitive"
        and parent is not None
        and parent.verb is not None
        and parent.verb.lemmas[-1] in _REFUSING
        and len(parent.verb.lemmas) == 1
    ):
        # "refused at the last minute to sign the plan": the refusal's infinitive, cut off from
        # its verb by an adverbial, signs nothing
        if parent.verb.negated or parent.verb.modal is not None or verb.negated:
            return None
        return "rejected" if lemma in _RESPONSE_TO_COME | {"join"} else None
    if verb.negated:
        if verb.perfect and _RESPONSE_LEMMAS.get(lemma) == "accepted":
            return "pending"  # "has not yet signed the accord"
        return None
    # a particle in the group ("turned down", "came out") or after it ("came out firmly
    # against", "turned the draft down", "voted against")
    particles = " ".join(
        token.text.casefold() for token in document.tokens[verb.head + 1 : verb.last_token]
    )
    after = document.text[verb_end:clause_end]
    joined = f"{particles} {after.strip()}" if particles else after.strip()
    # "walked away on Friday from the deal", "voted last week against the plan", "walked away
    # abruptly from the deal": the phrase read without the time or manner told inside it
    joined = _TIME_OR_MANNER_AFTER_A_PARTICLE.sub(r"\1", joined, count=1)
    for phrasal, particle, status in _PHRASAL_RESPONSES:
        if lemma != phrasal:
            continue
        if re.match(r"(?:\w+ly\s+)?(?:" + particle + r")\b", joined, re.IGNORECASE):
            return status
        if particle in ("down", "aside", _OUT_NOT_OF) and re.match(
            r"\s*(?:the|a|an|its|their|this|that|it|them)\b[^,;]{0,60}?\s" + particle + r"\b",
            after,
            re.IGNORECASE,
        ):
            return status  # "turned the draft down", "brushed it aside"
    if particles:
        return None  # "backed down", "turned up": another verb than the bare one
    if (
        lemma in ("refuse", "decline")
        and not verb.passive
        and not re.match(r"\s*(?:the|an?|its|their|his|her|this|that|these|those|it|them)\b", after)
        # "an offer of cession, which Britain declined": the relative pronoun is its object
        and not (clause.kind == "relative" and clause.patient() == clause.antecedent)
    ):
        # "Israel declined.": a bare no answers only a request told (`_request_told_before`)
        return None
    return _RESPONSE_LEMMAS.get(lemma)


_A_DAY_BEFORE = re.compile(
    r"on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+",
    re.IGNORECASE,
)


# a possessive, and perhaps a count, right before a name: "the union's 185,000 UPS members"
_POSSESSIVE_BEFORE_A_NAME = re.compile(r"\w['’]s?\s+(?:[\d,.]+\s+)?$")
# the plural noun a name stands before as a modifier: "UPS members", "Hamas fighters"
_PEOPLE_NOUN_AFTER = re.compile(r"\s+(?-i:[a-z][a-z-]*s)\b")


def _heads_in(document, start, end, mentions, agent=False) -> list[Mention]:
    """The parties a subject or agent phrase names as its heads, each of a coordination once:
    not a possessive ("Tsipras's coalition partner") nor a complement ("the party of X", "talks
    with Y"), but the parties after "envoys of" or "leaders of"."""
    heads = []
    for mention in mentions:
        if not (start <= mention.start and mention.end <= end):
            continue
        if re.match(r"['’]s?\b", document.text[mention.end : mention.end + 2]) and not (
            # "Papua New Guinea's government and the rebels signed": the state answers
            document.is_state(mention.ref)
            and re.match(
                r"['’]s\s+(?:government|authorities|leadership)\b", document.text[mention.end :]
            )
        ):
            continue
        if re.search(_STATE_BODY + r"$", mention.text_in(document.text)) and re.match(
            r"\s+(?:in|of)\s+[A-Z]", document.text[mention.end : mention.end + 20]
        ):
            continue  # "the ethnic Israeli authorities in Hebron": a place's, not the state's
        before = document.text[start : mention.start]
        if _COMPLEMENT_OF_ANOTHER_S_POST.search(before) or (
            _LEFT_THE_POST_BEFORE.search(before) and _POST_AFTER.match(document.text, mention.end)
        ):
            continue  # "a former chief executive of Hamas", "a former Hamas commander"
        complement = _COMPLEMENT_BEFORE.search(before)
        if (
            complement
            and not _GROUP_OF.search(before)
            # "But late on Monday Voronin said": a day, not a complement of the name
            and not _A_DAY_BEFORE.fullmatch(complement.group(0))
            # "... and by Hamas": a passive's second agent
            and not (agent and re.match(r"by\b", complement.group(0), re.IGNORECASE))
        ):
            continue
        if (
            agent
            and _POSSESSIVE_BEFORE_A_NAME.search(document.text, start, mention.start)
            and _PEOPLE_NOUN_AFTER.match(document.text, mention.end)
        ):
            continue  # "by the union's 185,000 UPS members": a name in another's noun phrase
        if any(h.ref == mention.ref for h in heads):
            continue
        named_next = next((m for m in mentions if m.start >= mention.end), None)
        if (
            named_next is not None
            and named_next.end <= end
            and document.is_person(named_next.ref)
            and not document.is_person(mention.ref)
            and re.fullmatch(
                r"\s+(?:(?!and\b|or\b)[\w.-]+\s+){1,3}",
                document.text[mention.end : named_next.start],
            )
        ):
            continue  # "National Assembly president Jorge Rodriguez": the post of the person
        heads.append(mention)
    return heads


def _subjects(document, sentence, clause, mentions) -> list[Mention]:
    """The parties a clause's subject names; a pronoun in a reported clause stands for the
    subject of the verb of saying ("MODEL said it could accept it")."""
    chars = char_span(document.tokens, clause.own_subject())
    if chars is None:
        return []
    written = document.text[chars[0] : chars[1]]
    if (
        clause.kind == "reported"
        and (_SUBJECT_PRONOUN.fullmatch(written) or _SPEAKER_S_OWN_MEMBERS.fullmatch(written))
        and clause.parent
    ):
        parent = clause.parent
        if parent.verb is not None and not parent.verb.passive:
            said_by = _subjects(document, sentence, parent, mentions)
            if said_by:
                return said_by
    heads = [
        h
        for h in _heads_in(document, chars[0], chars[1], mentions)
        # "the underground force led by former general Raoul Salan, rejected": the leader is
        # named in passing in an appositive; the verb is the body's (as `_signal_after` reads
        # it; not "led by the Front, which rejected it", the relative clause's verb, nor "the
        # wing led by X turned down", whose faction `_faction_of_its_leader` reads)
        if not _LED_BY_BEFORE.search(document.text[sentence.start : h.start])
        or not re.match(r"\s*,(?!\s*(?:who|which|whose)\b)", document.text[h.end :])
    ]
    if clause.verb is not None and heads:
        # "Envoys of the government, LURD and MODEL put their names to": a list the reader cut
        # after its first part goes on up to the verb
        verb_start = document.tokens[clause.verb.first_token].start
        between = document.text[chars[1] : verb_start]
        # ("..., the Action Front (AF) of Yan Ko and the League also signed": a short name
        # in brackets stays inside the list)
        if re.fullmatch(
            r"(?:\s*\([^(),;]*\))?,\s+(?:[^;()]|\([^(),;]*\))*?\band\s+[^,;]+?\s*", between
        ) and not re.search(r"\b(?:who|whom|whose|which|that)\b", between):
            heads += [
                m
                for m in _heads_in(document, chars[1], verb_start, mentions)
                if m.ref not in {h.ref for h in heads}
            ]
    if not heads and clause.verb is not None:
        # "Tsipras's coalition partner, the nationalist Independent Greeks, has said": the
        # appositive between the subject and its verb names it
        verb_start = document.tokens[clause.verb.first_token].start
        between = document.text[chars[1] : verb_start]
        # ("Eight groups, including the Karen National Union (KNU), signed": a short name in
        # brackets stays inside the appositive)
        if re.fullmatch(r",\s+(?:[^,;()]|\([^(),;]*\))*,\s*", between) and not re.search(
            r"\b(?:who|whom|whose|which|that)\b", between
        ):
            heads = _heads_in(document, chars[1], verb_start, mentions)
    return heads


# "A Spanish request for more time was refused": a party's ask, told by its adjective or
# possessive, as the subject of an agentless passive (tune40i)
_AN_ASK_BY_A_PARTY = re.compile(
    r"(?i:an?|the)\s+(?P<whose>[A-Z][\w’'-]*)\s+(?:request|demand|proposal|offer|appeal|plea)s?\b"
)


def _the_party_asked(document, sentence, clause, mentions, status) -> list[Mention]:
    """ "The Spaniards were given until yesterday to reply ... A Spanish request for more time
    was refused.": an ask of one party refused (or granted) with no agent is answered by the
    party it was put to, the one other party (no person) named in the sentence or the one
    before; none where that is not one."""
    if status not in ("rejected", "accepted") or not clause.verb.passive:
        return []
    verb_end = document.tokens[clause.verb.last_token - 1].end
    clause_end = document.tokens[clause.last_token - 1].end
    if re.search(r"\bby\b", document.text[verb_end:clause_end]):
        return []  # "was refused by London": the agent is told
    subject = char_span(document.tokens, clause.own_subject())
    if subject is None:
        return []
    ask = _AN_ASK_BY_A_PARTY.match(document.text, subject[0], subject[1])
    if ask is None:
        return []
    # (the demonym itself, which the respondents' list leaves out: "a Spanish request")
    askers = [m for m in document.mentions if m.start == ask.start("whose")]
    if not askers:
        return []
    before = document.sentence_before(sentence)
    start = before.start if before is not None else sentence.start
    others = {}
    for mention in document.mentions_between(start, sentence.end):
        if mention.ref == askers[0].ref or document.is_person(mention.ref):
            continue
        others.setdefault(mention.ref, mention)
    if len(others) != 1:
        return []
    other = next(iter(others.values()))
    return [Mention(ask.start(), ask.end(), -1, -1, other.ref, "party asked")]


# "Its demand that the Patriarchate leave the Council was refused", "Canada's request that
# they be lifted was turned down": a party's ask, told by its owner's possessive (a name's or
# a pronoun's), as the subject of a passive no or yes with no agent (r65passive)
_AN_OWNED_ASK_ANSWERED = re.compile(
    r"(?P<owner>(?:(?i:the)\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}(?:['’]s|s['’])"
    r"|(?-i:Its|Their|its|their))\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?"
    r"(?P<noun>requests?|demands?|proposals?|offers?|appeals?|pleas?|claims?|petitions?)\b"
    # the noun's complement ("that they be lifted", "for the return of Caritas, the charity
    # ...,"), up to its verb
    r"(?P<told>[^;:()“”\"]{0,160}?)\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?"
    r"(?P<verb>refused|rejected|turned\s+down|declined|accepted|granted)"
    # no agent: the clause ends, or a circumstance follows with no "by" in it
    r"(?=\s*[,.;]|\s+(?:on|in|at|the\s+same|two|three|a\s+day)\b(?![^,.;]*\bby\b))"
)
# the passive yes; any other verb of the pattern is a no
_ASK_GRANTED = {"accepted", "granted"}


def _asks_answered_without_agent(document, found) -> list[SignalCandidate]:
    """ "Not every point was settled in ROCOR's favour. Its demand that the Patriarchate leave
    the World Council of Churches was refused.": an ask of one party refused (or granted) with
    no agent is answered by the party it was put to, the one party the article has answering
    that party's other asks or asking what that party answered (its counterpart); none where
    there is no such one."""
    added = []
    told = {(_proposal_id(s), document.sentence_at(s.start).start) for s in found}
    for match in _AN_OWNED_ASK_ANSWERED.finditer(document.text):
        if document.in_quote(match.start(), match.end()):
            continue
        sentence = document.sentence_at(match.start())
        # (the ask opens its clause: "..., a reminder that the MFDC's old demand ... has been
        # turned down" as much as "Its demand ... was refused")
        before = document.text[sentence.start : match.start()]
        if before.strip() and not re.search(r"(?:,|\bthat)\s*$", before):
            continue
        # (no conditional or question: "if they were refused", "whether X's demand was")
        if re.search(r"\b(?:if|unless|whether|until)\b", before, re.IGNORECASE):
            continue
        proposals = [
            p
            for p in document.proposals
            # (the ask its own noun names, not a text its complement names: "Canada's request
            # that they be lifted as part of the deal")
            if match.start() <= p.start < match.end("noun") and p.proposal_id is not None
        ]
        for proposal in proposals:
            if (proposal.proposal_id, sentence.start) in told:
                continue
            owners = _owners_of_the_ask(document, match, proposal.proposal_id)
            counterpart = _counterpart_of(document, owners, found) if owners else None
            if counterpart is None:
                continue
            status = "accepted" if match.group("verb") in _ASK_GRANTED else "rejected"
            respondent = Mention(
                match.start("owner"), match.end("noun"), -1, -1, counterpart, "party asked"
            )
            changed_on, in_clause = _changed_on(
                document, sentence, [respondent], match.end("verb"), status
            )
            added.append(
                SignalCandidate(
                    respondent.start,
                    sentence.end,
                    respondent,
                    proposal,
                    status,
                    changed_on,
                    dated_in_clause=in_clause,
                )
            )
    return added


def _owners_of_the_ask(document, match, proposal_id) -> set[str]:
    """The sides whose ask it is: the recorded proposal's author and the party named before the
    possessive, a person standing for the body of his post."""
    owners = {
        m.ref for m in document.mentions if match.start("owner") <= m.start < match.end("owner")
    }
    author = document.gazetteer.proposals[proposal_id]["announced_by_id"]
    if author is not None:
        owners.add(f"actor:{author}")
    return {_side_of(document, owner) for owner in owners}


def _side_of(document, ref) -> str:
    """The body a recorded person acts for (his post's), else the party itself."""
    if document.is_person(ref) and not ref.startswith("actor:new:"):
        return document.gazetteer.body_of_post(ref) or ref
    return ref


def _counterpart_of(document, owners, found) -> str | None:
    """The one party other than `owners` that the signals found have answering one of their
    asks, else the one asking for what one of them answered; None unless there is exactly
    one."""
    answering, asking = set(), set()
    for signal in found:
        proposal_id = _proposal_id(signal)
        if proposal_id is None:
            continue
        author = document.gazetteer.proposals[proposal_id]["announced_by_id"]
        if author is None:
            continue
        author = _side_of(document, f"actor:{author}")
        respondent = _side_of(document, signal.respondent.ref)
        if author in owners and respondent not in owners:
            answering.add(respondent)
        elif respondent in owners and author not in owners:
            asking.add(author)
    for sides in (answering, asking):
        parties = {
            ref
            for ref in sides
            if not document.is_person(ref)
            # (a recorded party the article names, so that it can be written)
            and (
                ref.startswith("actor:new:") or int(ref.split(":")[1]) in document.gazetteer.actors
            )
        }
        if parties:
            return next(iter(parties)) if len(parties) == 1 else None
    return None


def _agents(document, sentence, clause, mentions) -> list[Mention]:
    """The parties after "by" in a passive clause, through an apposition set off by dashes and a
    second "and by" ("was signed by the six members - A, B and C - and by D"), up to the next
    clause with a verb of its own."""
    agent = clause.agent(document.tokens)
    if not clause.verb.passive:
        agent = (clause.verb.last_token + 1, clause.last_token)  # "approved by X": after "by"
    chars = char_span(document.tokens, agent)
    if chars is None:
        return []
    end = sentence.end
    relatives = []
    for other in document.clauses_of(sentence):
        if other.first_token < clause.last_token or other.verb is None:
            continue
        if other.kind == "relative":
            # "by X, who heads the government team, and Y": the relative clause, up to the
            # comma that closes it, is set aside
            start, stop = char_span(document.tokens, (other.first_token, other.last_token))
            verb_end = document.tokens[other.verb.last_token - 1].end
            comma = document.text.find(",", verb_end, stop)
            relatives.append((start, comma if comma >= 0 else stop))
            continue
        end = document.tokens[other.first_token].start
        break
    # the list ends where a circumstance begins: "..., in the presence of President Z"
    for match in _AFTER_THE_AGENTS.finditer(document.text, chars[0], end):
        if not any(m.start <= match.start() < m.end for m in mentions) and not any(
            start <= match.start() < stop for start, stop in relatives
        ):
            end = match.start()
            break
    heads = _heads_in(document, chars[0], end, mentions, agent=True)
    if not heads:
        return _the_legislatures(document, chars[0], end)
    return [h for h in heads if not any(start <= h.start < stop for start, stop in relatives)]


# "the parliaments of both countries", "both parliaments", "the two legislatures"
_BOTH_LEGISLATURES = re.compile(
    r"(?:the\s+)?(?:parliaments|legislatures|assemblies|congresses)\s+of\s+(?:both|the\s+two)\s+"
    r"(?:countries|states|nations|sides|neighbou?rs)\b"
    r"|(?:both|(?:the\s+)?two|their)\s+(?:national\s+)?(?:parliaments|legislatures|assemblies)\b",
    re.IGNORECASE,
)


def _the_legislatures(document, start, end) -> list[Mention]:
    """ "must still be ratified by the parliaments of both countries": each of the two
    legislatures the article names, where it names exactly two (the group answers as each)."""
    match = _BOTH_LEGISLATURES.match(document.text, start, end)
    if match is None:
        return []
    named = []
    # "the League Assembly": the assembly of an international body is no country's legislature
    bodies = {
        document.actor_name(m.ref)
        for m in document.mentions
        if document.kind_of(m.ref) == Actor.Kind.INTERNATIONAL_ORG
    }
    for mention in document.mentions:
        ref = mention.ref
        if ref in named or document.is_person(ref) or document.is_state(ref):
            continue
        name = document.actor_name(ref)
        if document.kind_of(ref) == Actor.Kind.INTERNATIONAL_ORG or any(
            re.search(rf"\b{re.escape(body)}\b", name) for body in bodies if body
        ):
            continue
        if _LEGISLATURE.search(name):
            named.append(ref)
    if len(named) != 2:
        return []
    return [Mention(match.start(), match.end(), -1, -1, ref, "group") for ref in named]


_AFTER_THE_AGENTS = re.compile(
    r"[\s,]+(?:in|at|on|with|alongside|before|during|after|under|as|while|watched|witnessed"
    r"|following|amid)\s",
    re.IGNORECASE,
)


def _clause_proposal(
    document, sentence, clause, respondent, verb_start, verb_end, status, passive=False
):
    """The proposal a clause answers: in the passive its subject (the noun a participle hangs
    on), in a relative clause with a subject of its own the noun it hangs on ("the plan, which
    Hamas rejected"), else the first noun phrase of its object; for a pronoun or no object, the
    one referred to before."""
    text = document.text
    if passive:
        chars = char_span(document.tokens, clause.own_subject())
        if chars is None:
            return None
        named = [
            p
            for p in document.proposals
            if chars[0] <= p.start < chars[1] and p.proposal_id is not None
        ]
        if named:
            return named[0]
        if _SUBJECT_PRONOUN.fullmatch(text[chars[0] : chars[1]]):
            earlier = [p for p in document.proposals if sentence.start <= p.start < chars[0]]
            return earlier[-1] if earlier else _paragraph_proposal(document, chars[0])
        if _PART_OF_THE_TEXT.match(text, chars[0]):
            # "The second phase, a new autonomous government, must still be approved by
            # Congress": a part of the text the article told of last
            return _proposal_told_last(document, chars[0])
        if status == "pending":
            return _the_texts_signed(document, text[chars[0] : chars[1]], chars[0])
        return None
    if clause.kind == "relative" and clause.subject is not None and clause.antecedent:
        chars = char_span(document.tokens, clause.antecedent)
        named = [p for p in document.proposals if chars and chars[0] <= p.start < chars[1]]
        if not named and chars and _A_TIME.fullmatch(text, chars[0], chars[1]):
            # "made an offer of cession in 1858, which Britain declined": the relative hangs
            # on the thing the time is told of, the noun phrase right before it
            return _named_before_its_time(document, sentence, chars[0])
        return named[0] if named else None
    clause_end = document.tokens[clause.last_token - 1].end
    lead_start = verb_end
    if _ENDS_ON_A_PARTICLE.search(text, max(0, verb_end - 8), verb_end):
        # "walked away on Friday from the deal": the time inside the phrasal verb is no object
        # (but "countered on Sunday with an offer" keeps its time outside a phrase)
        inside = _TIME_AFTER_A_PARTICLE.match(text, verb_end)
        lead_start = inside.end() if inside else verb_end
    position = _OBJECT_LEAD.match(text, lead_start).end()
    if re.match(r"\s*(?:its|their|his|her)\s+own\b", text[position:]):
        return None  # "signed its own peace deal in 1979": not the one recorded
    if re.match(r"(?:it|them)\b", text[position:clause_end]) or _demonstrative_alone(
        text, verb_end, position, clause_end
    ):
        # "signed a framework agreement ... but later walked away from it": the text named
        # last before the pronoun in its sentence, else the one referred to before
        earlier = [
            p
            for p in document.proposals
            if sentence.start <= p.start < verb_start and p.proposal_id is not None
        ]
        if earlier:
            return earlier[-1]
        return _answered_proposal(document, sentence, respondent, verb_start, position - 1)
    for proposal in document.proposals:
        if not (position <= proposal.start < clause_end):
            continue
        between = text[position : proposal.start]
        if _NOT_BEFORE_THE_PROPOSAL.search(between) or len(between.split()) > 6:
            return None  # the object is something else: "rejected the attack on the plan"
        if _its_own_proposal(document, proposal):
            return None
        return proposal
    if re.match(
        r"the\s+same\s+(?:[\w-]+\s+)?(?:document|text|accord|agreement|deal|plan)\b",
        text[position:clause_end],
    ):
        # "put his name to the same document": the one its sentence named before
        earlier = [p for p in document.proposals if sentence.start <= p.start < verb_start]
        return earlier[-1] if earlier else None
    if _RATIFICATION_ALONE.match(text, position, clause_end):
        # "said they would vote against ratification": the text told before, whose
        # ratification is at stake (tune36c)
        return _proposal_told_last(document, verb_start)
    if _AN_OBJECT.match(text, verb_end):
        return None  # an object that is no proposal: "backed the rebels"
    if status == "pending" and (requested := _request_told_before(document, sentence, verb_end)):
        return requested  # as the window patterns read it (`_signals_at`)
    if status == "pending" and (asked := _ask_told_just_before(document, sentence, respondent)):
        return asked  # likewise
    if status == "pending" or _NO_OBJECT.match(text, position):
        return _answered_proposal(document, sentence, respondent, verb_start, verb_end) or (
            _paragraph_proposal(document, respondent.start) if status == "pending" else None
        )
    return None


# a time a relative clause may hang on: "in 1858", "in February", "on Monday"
_A_TIME = re.compile(
    r"(?:1[5-9]|20)\d\d|(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|" + WEEKDAY_PATTERN + r")(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
)
_TIME_PREPOSITION_BEFORE = re.compile(r"\s+(?:in|on)\s+$")
_WORDS_OF_THE_NOUN = re.compile(r"(?:\s+[\w’'-]+){0,4}")


def _named_before_its_time(document, sentence, time_start) -> ProposalMention | None:
    """The proposal named right before "in 1858" (its complement between): the thing the
    time is told of."""
    text = document.text
    preposition = _TIME_PREPOSITION_BEFORE.search(text, sentence.start, time_start)
    if preposition is None:
        return None
    for proposal in reversed(document.proposals):
        if proposal.proposal_id is None or not (sentence.start <= proposal.start):
            continue
        if proposal.end <= preposition.start() and _WORDS_OF_THE_NOUN.fullmatch(
            text, proposal.end, preposition.start()
        ):
            return proposal
    return None


# "vote against ratification", "would block its ratification": the ratification of the text
# told before standing for it (not "ratification of the border treaty", its object named)
_RATIFICATION_ALONE = re.compile(r"(?:its\s+|their\s+)?ratification\b(?!\s+(?:of|by)\b)", re.I)


# a part of a text standing for it: "the second phase", "the final stage"
_PART_OF_THE_TEXT = re.compile(
    r"(?:the\s+)?(?:first|second|third|final|last|next|remaining)\s+(?:phase|stage)\b", re.I
)


# "The agreements must still be approved by ...", "both accords": the texts of one deal
_TEXTS_SIGNED = re.compile(
    r"(?:the|both|these|the\s+two|the\s+three)\s+(?:[\w-]+\s+)?"
    r"(?:agreements|accords|deals|protocols|treaties|texts|documents)",
    re.IGNORECASE,
)


def _the_texts_signed(document, subject, offset) -> ProposalMention | None:
    """The proposal a plural subject naming texts ("The agreements", "both accords") stands
    for, a ratification still due: the text of the kind referred to last before it."""
    if not _TEXTS_SIGNED.fullmatch(subject):
        return None
    earlier = [
        p
        for p in document.proposals
        if p.end <= offset and p.proposal_id and _of_the_kind(document, p.proposal_id, "agreement")
    ]
    return earlier[-1] if earlier else None


def _refusal_declared(document, clause) -> str | None:
    """ "X has said he will not sign it", "said it would vote against the deal": a refusal its
    party declares of itself (a pronoun for the speaker, in what it says) is its answer; a
    promise to accept is not yet one, nor a refusal told of someone else."""
    verb = clause.verb
    parent = clause.parent
    if clause.kind != "reported" or parent is None or parent.verb is None:
        return None
    if (
        parent.verb.negated
        or parent.verb.modal
        or parent.verb.lemmas[-1]
        not in ("say", "tell", "announce", "declare", "state", "insist", "warn", "confirm")
    ):
        return None
    if verb.modal not in ("will", "would", "shall", "could", "can") or len(verb.lemmas) != 1:
        return None
    written = document.span_text(clause.own_subject())
    if not _SUBJECT_PRONOUN.fullmatch(written) and not _SPEAKER_S_OWN_MEMBERS.fullmatch(written):
        return None
    lemma = verb.lemmas[0]
    clause_end = document.tokens[clause.last_token - 1].end
    if (
        not verb.negated
        and _RESPONSE_LEMMAS.get(lemma) == "accepted"
        and _CONDITION_NEXT.match(document.text, clause_end)
        # the speaker named as the subject of the verb of saying itself, not one a
        # participle shares ("..., saying it could accept the draft if ...")
        and parent.subject is not None
    ):
        # "MODEL said it could accept it provided its fighters were folded into the army": an
        # acceptance its party declares, on a condition
        return "accepted_with_conditions"
    if verb.modal in ("could", "can"):
        return None
    verb_end = document.tokens[verb.last_token - 1].end
    if verb.negated:
        refused = (
            _RESPONSE_LEMMAS.get(lemma) == "accepted"
            or lemma in ("join", "attend")
            # "said he would not put his name to the document": a signature refused
            or (
                lemma in ("put", "add")
                and re.match(r"\s*" + _NAMES_TO, document.text[verb_end:clause_end], re.I)
            )
        )
        return "rejected" if refused else None
    if lemma == "vote" and re.match(r"\s*against\b", document.text[verb_end:clause_end]):
        return "rejected"
    return "rejected" if _RESPONSE_LEMMAS.get(lemma) == "rejected" else None


_YES = {"accepted", "accepted_with_conditions"}
_NO = {"rejected", "withdrawn"}


def _opposed(status, other) -> bool:
    return bool({status, other} & _YES and {status, other} & _NO)


def _answered_in_another_s_name(document, signal, found) -> bool:
    """ "Y accepted the plan in the name of the council": the window patterns read the person's
    answer as given for the party named after "in the name of"; the clause path's reading of it
    as his own body's is no second answer."""
    sentence = document.sentence_at(signal.start)
    return any(
        s.respondent.ref != signal.respondent.ref
        # (the party named after him: "in the name of Egypt", "in the name of King X")
        and s.respondent.start > signal.person.end
        and s.status == signal.status
        and _proposal_id(s) == _proposal_id(signal)
        and sentence.start <= s.start < sentence.end
        and _IN_THE_NAME_OF_AFTER_THE_OBJECT.match(
            document.text[signal.person.end : s.respondent.start]
        )
        for s in found
    )


def _not_told_already(document, found, clause_found) -> list[SignalCandidate]:
    """The clause path's signals the window patterns did not draft: none for an answer they
    drafted, nor another reading of the same sentence's answer; a person whose body they found
    answering the other way answers apart from it ("Macedonia signed ... President Ivanov, at
    odds with the government, has said he will not sign it")."""
    added = []
    for signal in clause_found:
        sentence = document.sentence_at(signal.start)
        if (
            signal.signed
            and signal.person is not None
            and any(
                s.signed
                and _proposal_id(s) == _proposal_id(signal)
                and sentence.start <= s.start < sentence.end
                for s in found
            )
        ):
            # "X president Rodriguez, who heads the government delegation, and Y signed": the
            # window patterns read whom the signatories sign for where they read the signature
            continue
        key = (signal.respondent.ref, _proposal_id(signal))
        told = [s for s in found if (s.respondent.ref, _proposal_id(s)) == key]
        same = [s for s in told if s.status == signal.status]
        if same and _approved_and_signed_apart(document, signal, same):
            # "initialled on February 27 by its vice-president ... the president ratified it on
            # the 3rd": a text signed and one approved on other days are two changes
            added.append(signal)
            continue
        if any(s.dated_in_clause or not signal.dated_in_clause for s in same):
            continue
        if same:
            # the same answer, which this telling alone dates in its own clause: the dedup of
            # `find_status_signals` keeps this one
            added.append(signal)
            continue
        sentence = document.sentence_at(signal.start)
        in_sentence = [s for s in told if sentence.start <= s.start < sentence.end]
        if signal.person is not None and _answered_in_another_s_name(document, signal, found):
            continue
        if signal.person is not None and any(
            s.person is not None and s.person.ref == signal.person.ref for s in in_sentence
        ):
            # "President X refused at the last minute to sign": the window patterns read his
            # answer in this sentence; another reading of it is no second answer, nor one he
            # gives apart from his body
            continue
        opposed = [s for s in told if _opposed(s.status, signal.status)]
        if signal.person is not None and opposed:
            added.append(replace(signal, respondent=signal.person, person=None))
        elif not in_sentence or all(_opposed(s.status, signal.status) for s in in_sentence):
            # "which signed the framework accord but later walked away from it": a yes and a
            # no told together are two answers; a yes told twice ("accepted it ... on
            # condition") is one
            added.append(signal)
    return added


# "The accord now goes to the Senate", "the bill was sent to parliament": the body a text is
# put before has yet to answer it
_GOING_TO = {"go", "head", "pass", "move"}
# "will be put to the Knesset", "was submitted to parliament"
_SENT_TO = {"send", "submit", "refer", "forward", "pass", "hand", "put"}
# "is to be sent", "is expected to be submitted", "is due to be put"
_ARRANGED = {"be", "expect", "due", "schedule", "set"}


def _awaited_in_its_capital_by_a_body(document, signal, found) -> bool:
    """ "The treaty now goes to Washington ... the Senate has yet to act on it": a text awaited
    in a capital is awaited by the body of that state the article says must answer it, not by
    the state as well."""
    if signal.status != "pending" or signal.respondent.via != "country":
        return False
    if not document.text[signal.respondent.start : signal.respondent.end][:1].isupper():
        return False
    state = signal.respondent.ref
    return any(
        other.status == "pending"
        and _proposal_id(other) == _proposal_id(signal)
        and other.respondent.ref != state
        and not other.respondent.ref.startswith("actor:new:")
        and not state.startswith("actor:new:")
        and document.gazetteer.actor(int(other.respondent.ref.split(":")[1])).parent_id
        == int(state.split(":")[1])
        for other in found
    )


def _sent_to_a_body(document, sentence, clause, mentions) -> list[SignalCandidate]:
    verb = clause.verb
    # ("said the accord would be sent to parliament": the future of a reported clause)
    future = ("will", "would") if clause.kind == "reported" else ("will",)
    # "The accord must still go before parliament": a step the text has yet to take
    if verb.negated or verb.modal not in (None, "must", *future):
        return []
    # "is to be submitted to the Knesset", "is expected to be put to parliament": what is
    # arranged for the text is still the one verb that sends it
    if len(verb.lemmas) != 1 and not (
        verb.passive and len(verb.lemmas) == 2 and verb.lemmas[0] in _ARRANGED
    ):
        return []
    if verb.head + 1 < verb.last_token and len(verb.lemmas) == 1:
        return []  # "went ahead", "passed away", "handed over"
    lemma = verb.lemmas[-1]
    if not (lemma in _SENT_TO if verb.passive else lemma in _GOING_TO):
        return []
    verb_end = document.tokens[verb.last_token - 1].end
    clause_end = document.tokens[clause.last_token - 1].end
    # "goes to the Senate", "must go before the National Assembly"
    to = re.match(
        r"\s+(?:(?:now|next|then|also|back)\s+)?(?:to|before)\s+(?:the\s+)?",
        document.text[verb_end:clause_end],
    )
    if to is None:
        return []
    bodies = _bodies_named_at(document, mentions, verb_end + to.end(), clause_end)
    return _awaiting(document, sentence, clause, bodies)


# "he would place it before the National Assembly", "will submit the accord to parliament":
# a text one side lays before a government body (its legislature, its cabinet) awaits that
# body's answer
_LAYING_BEFORE = {"place", "put", "submit", "send", "refer", "present", "lay", "take"}
_TEXT_THEN_BODY = re.compile(
    r"\s+(?P<text>(?:[\w’'.-]+\s+){1,8}?)(?:before|to)\s+(?:the\s+)?(?:full\s+)?"
)


def _laid_before_a_body(document, sentence, clause, mentions) -> list[SignalCandidate]:
    verb = clause.verb
    if verb.negated or verb.passive or verb.modal not in (None, "will", "would"):
        return []
    if len(verb.lemmas) != 1 or verb.lemmas[0] not in _LAYING_BEFORE:
        return []
    verb_end = document.tokens[verb.last_token - 1].end
    clause_end = document.tokens[clause.last_token - 1].end
    laid = _TEXT_THEN_BODY.match(document.text, verb_end, clause_end)
    if laid is None:
        return []
    bodies = [
        body
        for body in _bodies_named_at(document, mentions, laid.end(), clause_end)
        if document.kind_of(body.ref) == Actor.Kind.GOVERNMENT_BODY
    ]
    text_start, text_end = laid.span("text")
    # "He would place it before the assembly": "it" is the text told of before
    proposal = _text_named_or_told(document, text_start, text_end)
    return _awaited_by(document, sentence, bodies, proposal)


def _bodies_named_at(document, mentions, at, end) -> list:
    """The mentions of bodies (not persons) that open the words from `at` to `end`, after at
    most two words ("to the full Senate", "by the Turkish parliament"), with the bodies
    coordinated after the first ("the approval of Egypt's parliament and Israel's Knesset")."""
    bodies = []
    for mention in mentions:
        if not at <= mention.start < end or document.is_person(mention.ref):
            continue
        if re.match(r"['’]s?\b", document.text[mention.end : mention.end + 2]):
            continue  # "goes to Egypt's cabinet": the cabinet, not the state whose it is
        between = document.text[bodies[-1].end if bodies else at : mention.start]
        if bodies and (
            not re.fullmatch(_AND_THE_NEXT_BODY, between) or _OPENS_A_CLAUSE.search(between)
        ):
            break  # "the Senate, where the Peronists hold a majority": no body coordinated
        if not bodies and not re.fullmatch(r"(?:[\w’'-]+\s+){0,2}", between):
            continue
        bodies.append(mention)
    return bodies


# "A and B", "A, B and C", "A and the B", "A and of B", "A and South Sudan's B"
_AND_THE_NEXT_BODY = (
    r"\s*,?\s+(?:(?:and|or)\s+)?(?:by\s+|of\s+|from\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,2}"
)
_OPENS_A_CLAUSE = re.compile(
    r"\b(?:where|which|who|whose|whom|when|that|while|after|before|until|since|if|as)\b", re.I
)


def _awaiting(document, sentence, clause, bodies) -> list[SignalCandidate]:
    """Each of `bodies` awaited on the text the clause's subject names (or a pronoun stands
    for), as of the publication date."""
    chars = char_span(document.tokens, clause.own_subject())
    if not bodies or chars is None:
        return []
    # "It will also be put to the Knesset" opening a paragraph: the text the paragraph before
    # told of; "The agreements must still be approved": the texts of the deal told of last
    proposal = _text_named_or_told(document, *chars) or _the_texts_signed(
        document, document.text[chars[0] : chars[1]], chars[0]
    )
    return _awaited_by(document, sentence, bodies, proposal)


def _text_named_or_told(document, start, end) -> ProposalMention | None:
    """The recorded proposal named from `start` to `end`, or, where the words there are a
    pronoun ("it"), the text told of before."""
    named = [p for p in document.proposals if start <= p.start < end and p.proposal_id is not None]
    if named:
        return named[0]
    if _SUBJECT_PRONOUN.fullmatch(document.text[start:end]):
        return _paragraph_proposal(document, start) or _opening_answer(document, start)
    return None


def _awaited_by(document, sentence, bodies, proposal) -> list[SignalCandidate]:
    """A pending answer to `proposal` from each of `bodies`, as of the publication date."""
    if proposal is None:
        return []
    return [
        SignalCandidate(
            body.start,
            sentence.end,
            body,
            proposal,
            "pending",
            document.published_on.isoformat(),
            dated_in_clause=True,
        )
        for body in bodies
    ]


# "It still requires approval by the Senate", "the accord needs ratification from parliament":
# the body whose approval a text still needs has yet to answer it
_NEEDING = {"require", "need", "await"}
_APPROVAL_BY = re.compile(
    r"\s+(?:(?:the|its|a|final|formal|parliamentary|enabling|implementing)\s+)*"
    # "still needs enabling legislation from the National Assembly" (tune44g)
    r"(?:approval|ratification|endorsement|consent|assent|legislation)\s+(?:by|from|of)\s+"
    r"(?:the\s+)?"
)


def _approval_needed(document, sentence, clause, mentions) -> list[SignalCandidate]:
    verb = clause.verb
    if _getting_through_a_body(verb):
        verb_end = document.tokens[verb.last_token - 1].end
        clause_end = document.tokens[clause.last_token - 1].end
        at = re.compile(r"\s*").match(document.text, verb_end).end()
        bodies = _bodies_named_at(document, mentions, at, clause_end)
        return _awaiting(document, sentence, clause, bodies)
    if verb.negated or verb.modal not in (None, "will") or len(verb.lemmas) != 1:
        return []
    if verb.lemmas[0] not in _NEEDING or verb.passive:
        return []
    verb_end = document.tokens[verb.last_token - 1].end
    clause_end = document.tokens[clause.last_token - 1].end
    by = _APPROVAL_BY.match(document.text[verb_end:clause_end])
    if by is None:
        owners = _owners_of_the_approval(document, mentions, verb_end, clause_end)
        return _awaiting(document, sentence, clause, owners)
    at = verb_end + by.end()
    bodies = _bodies_named_at(document, mentions, at, clause_end) or _the_legislatures(
        document, at, clause_end
    )
    bodies += _bodies_after_a_relative(document, mentions, clause_end, sentence.end)
    return _awaiting(document, sentence, clause, bodies)


# "still needs the approval of the legislature, which is expected to debate it this fall, and
# of Parliament": a second body coordinated after the relative clause that closes the first
# (the clause itself ends at "which")
_AND_OF_PAST_A_RELATIVE = re.compile(
    r",\s+(?:which|who|where)\b[^;,]*,\s+and\s+(?:also\s+)?(?:of|by|from)\s+(?:the\s+)?"
)


def _bodies_after_a_relative(document, mentions, clause_end, sentence_end) -> list:
    """The bodies coordinated with "and of" / "and by" right after the relative clause that
    follows the first body of an approval; none where no such clause follows."""
    coordinated = _AND_OF_PAST_A_RELATIVE.match(document.text, clause_end, sentence_end)
    if coordinated is None:
        return []
    return _bodies_named_at(document, mentions, coordinated.end(), sentence_end)


# "The treaty still has to pass the Senate", "the bill must still clear parliament", "needs
# to pass the Diet": the body a text has yet to get through has yet to answer it (t56d)
_GETTING_THROUGH = {"pass", "clear"}


def _getting_through_a_body(verb) -> bool:
    if verb.negated or verb.passive or verb.perfect:
        return False
    if verb.modal == "must" and len(verb.lemmas) == 1:
        return verb.lemmas[0] in _GETTING_THROUGH
    return (
        verb.modal in (None, "will")
        and len(verb.lemmas) == 2
        and verb.lemmas[0] in ("have", "need")
        and verb.lemmas[1] in _GETTING_THROUGH
    )


# "still needs Egypt's approval", "requires the Senate's formal ratification": the approval
# told by its owner's possessive
_OWNED_APPROVAL = re.compile(
    r"['’]s?\s+(?:(?:final|formal|parliamentary|full)\s+)?"
    r"(?:approval|ratification|endorsement|consent|assent)\b"
)


def _owners_of_the_approval(document, mentions, verb_end, clause_end) -> list:
    """The body whose approval a text needs, written as the approval's owner right after the
    verb ("still needs the Knesset's approval"); none where no such possessive follows."""
    return [
        mention
        for mention in mentions
        if verb_end < mention.start < clause_end
        and re.fullmatch(r"\s+(?:the\s+)?", document.text[verb_end : mention.start])
        and not document.is_person(mention.ref)
        and _OWNED_APPROVAL.match(document.text, mention.end)
    ]
