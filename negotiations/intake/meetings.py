"""Who met whom, where and when.

A meeting is read from a trigger ("met", "held talks with", "arrived in Israel for talks with",
"In closed-door talks also attended by ..."): its guests are the list of actors right after the
trigger ("Egyptian intelligence chief Abbas Kamel, Sisi and Blinken"), its subject the list
right before it, or else the person the sentence is about. The place is a recorded location in
the clause, else "in <country or city>" before the trigger; the date is a date in the clause,
else in the sentence, else the last dated day before it, else the publication date. Meetings
of one day sharing two participants are one meeting, told twice.

Talks are also told as rounds ("ELN negotiators first met in Caracas, held a second round in
Mexico City and opened their third round in Havana": one subject for every verb), by a host
("Qatar hosted talks between Israel and Hamas"), by phone ("X and Y spoke by phone"), or by
the moment they opened ("When the talks opened on Oct. 25, X and Y sat across the table"). A
participant may be a group standing for its body ("Hamas negotiators", "Egyptian officials",
"a Hamas delegation led by ..."), "the government" (the state whose government the article
names), "the three presidents" (the last three people named), "the mediators" (the bodies the
article named as mediators) or "him" after "received" (the person named before). Talks only
offered ("ready to resume talks") or that "had stalled" are no meeting.

Other wordings: sitting at one table ("sat across the table from each other", "sat down
together"), a trip to see someone ("flew to Kiev to see Poroshenko"), a visit to or a call with a
person, a welcome in the passive ("was received by"), a meal or consultation ("dined with"),
"discussed X with Y", a meeting told as a circumstance ("..., at a meeting on the border": the
people named before it; "At a meeting in Washington, A, B and C settled ...": the subject
after). "Separate talks with A and B" are one meeting with each; "the two sides" are the
last pair of bodies the article named together; whoever chaired or mediated takes part. Talks
asked for, offered, refused, planned, postponed, cancelled, denied ("never met") or told as
repeated ("several times") are no meeting; the source of a report ("..., the White House said")
and an actor named as the owner of a thing ("the Hamas response") are no guest.

The process's two sides are the first two bodies the article names as a pair ("Colombia's
government and Marxist FARC rebels"): "the two delegations", "both sides", "each side",
"negotiators for the two sides" and talks that opened, ended or resumed with no one named
stand for them (a pair named later may be guarantors). A meeting is dated by its own clause,
never by a relative clause about something else ("X, who is due to leave on Tuesday, met Y"),
and an undated one told as held never by a day after publication. Talks suspended, boycotted
or walked out of, and an actor's thing welcomed ("welcomed Tehran's move"), are no meeting.
Those present ("..., attended by Z", "with Z present") take part in the meeting told before
them.
"""

import datetime
import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from negotiations.intake.clauses import Clause, char_span
from negotiations.intake.document import Document, Mention
from negotiations.intake.vocabulary import (
    A_DELEGATION_NOUN,
    A_QUALIFIED_POST_THAT_SPEAKS_FOR_IT,
    ACTOR_NAMING_TITLES,
    HEARER_LEMMAS,
    PERSON_TITLES,
)
from negotiations.models import Actor
from negotiations.names import normalize_name

# The nouns a meeting is told by: "the talks", "the summit", "their first round".
_MEETING_NOUNS = (
    r"(?:talks|negotiations|meetings?|summit|sessions?|rounds?|conference|consultations"
    r"|dialogue)"
)
# The three shapes of a visit told by "called on X" (`_TRIGGERS`), each of them a lookahead
# after "called on": where the visit was paid, or when; without either it is an appeal.
# "called on the governor, Dr. X, at his palace": a visit paid at the person's seat (not
# "called on Hamas to release the hostages", an appeal)
_CALLED_ON_AT_A_SEAT = (
    r"\s+(?:(?!\bto\s)(?:(?-i:Dr|Mr|Mrs|Ms|Gen|Col|Lt|Prof"
    # ("called on Picado at the presidential house": the seat of the head of state)
    r"|Sen|Gov|Rev)\.|[^.;])){1,100}?,?\s+at\s+(?:his|her|their|the\s+(?:presidential|royal))"
    # "at his party's headquarters": the seat of a body he leads, his own too
    r"\s+(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?(?:palace|office|offices|residence|home|house"
    r"|headquarters|villa"
    r"|quarters|compound|hotel|ministry|embassy|legation|consulate|lodgings|manse|camp"
    r"|apartment|flat|estate)\b"
)
# What a visitor calls on someone to do himself ("called on Mayor X at City Hall on Wednesday to
# arrange the strikers' return", "waited on Sir X at Fomena the same day, to ask that ..."), not
# what an appeal asks of the one called on ("to release", "to end")
_ERRANDS_OF_A_VISIT = (
    r"(?:discuss|ask|report|brief|present|explain|deliver|convey|pay|seek|arrange|settle"
    # "called on M. Venizelos at the Greek Legation the same evening to press it", "to press
    # the federation's case": a case pressed is the visitor's (not "to press ahead", "to
    # press for a ceasefire", what an appeal asks of the one called on)
    r"|press\s+(?:it|them|(?:his|her|their|its|the\s+[\w-]+['’]s)\s+(?:[\w-]+\s+)?case))"
)
# "called on him at the Dorchester and stayed until midnight": a visit at a named place
# (not "called on Hamas at the United Nations to free the hostages", an appeal)
# "called on Gandhi at India House that evening": a named house with no article (not "at
# Monday's session", a day's meeting, nor "at Geneva for a ceasefire", an appeal)
# ("called on Justo at the Casa Rosada today to report the outcome": what the visit was
# for, told to the visitor's own account, is no appeal; "called on President X at the Merdeka
# Palace on Friday, the day before he flew to Bangkok": a journey to a place is no appeal either,
# only "to" before a verb, which is written in lower case)
_CALLED_ON_AT_A_PLACE = (
    # ("waited upon the Duke of Leeds at Whitehall": a title of nobility, "of" and all)
    r"\s+(?:him|her|them|(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w.'’-]*){0,3})"
    r"\s+at\s+(?:the"
    r"\s+(?-i:[A-Z])[\w'’-]*"
    r"|(?-i:[A-Z])[\w-]*\b(?!['’])(?![^.;]{0,60}?\bfor\s+[a-z]))"
    # ("waited upon Governor X at Augusta in February last with an old map, is said to have
    # done much": the relative clause the visit is told in closes before the main verb)
    r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}(?!(?:(?!,\s+(?:is|was|were|are|has|had)\s)[^.;]){0,60}?"
    r"\bto\s+(?!" + _ERRANDS_OF_A_VISIT + r"\b)(?-i:[a-z]))"
)
# "called on Admiral X, the commander of the army, in Lima on Sunday to discuss the
# handover", "called on him the next day.", "called on Sisi yesterday to ask how ...",
# "called on the governor before Wednesday's assembly to ask that ...": a visit told by its
# day, where the clause ends or what the visit was for follows (not "called on the parties on
# Sunday to lay down their arms", an appeal)
_CALLED_ON_ON_A_DAY = (
    r"\s+(?:him|her|(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3})"
    r"(?:,\s+[^,.;]{1,80},)?(?:\s+in\s+(?-i:[A-Z])[\w-]*)?\s+(?:on\s+(?-i:[A-Z])[a-z]+day"
    r"|(?:the\s+)?(?:next|following|same)\s+(?:day|morning|afternoon|evening|night)"
    r"|(?:that|this)\s+(?:day|morning|afternoon|evening|night)"
    # "yesterday", "last night": the day told from the dateline's
    r"|yesterday(?:\s+(?:morning|afternoon|evening))?|today|last\s+night"
    r"|before\s+(?-i:[A-Z])[a-z]+day['’]s\s+[\w-]+"
    # "called on the Sheikh on the 20th to convey it": the day of the month, the month told
    # before
    r"|on\s+the\s+\d{1,2}(?:st|nd|rd|th)\b"
    # "waited on the Sheikh in August.", "called on the governor in mid-March": a month
    r"|in\s+(?:(?:early|mid|late)[\s-])?(?-i:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b(?:\s+\d{4})?)"
    r"(?=\s*[.;]|\s+to\s+" + _ERRANDS_OF_A_VISIT + r"\b"
    # "called on Ismet on Saturday to urge him not to ...": what the visit was for done to the
    # one called on, so the caller's own errand (not "called on Hamas on Sunday to free the
    # hostages", what is asked of the one called on)
    r"|\s+to\s+(?-i:[a-z]+)\s+(?:him|her|them)\b"
    # "called on Mr. Balfour, the British member, on Thursday, when he is understood to have
    # been told ...": what passed at the visit told after its day
    r"|\s*,\s+(?:when|where)\s+(?:he|she|they)\b"
    # "a group whose agent waited on the Sheikh in August, was turned down": the comma closing
    # the relative clause the visit is told in, the main verb after it
    r"|\s*,\s+(?:was|were|has|had|is|are)\s+(?-i:[a-z]+ed)\b"
    # "called on the Governor-General yesterday, and the Governor of Hongkong, Sir William
    # Robinson, has been asked ...": a new clause with a subject of its own, named and then set
    # off by a comma or followed by its verb (not "called on Hamas yesterday, and Israel too, to
    # release ...", the same appeal going on)
    r"|\s*,\s+(?:and|but)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’-]*){0,3}"
    r"(?:,|\s+(?:has|have|had|was|were|is|are|said|says|will|would)\b))"
)
# "On Tuesday Walesa called on Cardinal Jozef Glemp, the Primate, who heads the episcopate": a
# titled person called on with nothing asked of him is a visit; an appeal always says what it
# asks ("called on President X to step down", "called on King X for clemency")
_CALLED_ON_A_TITLED_PERSON = (
    r"\s+(?:(?-i:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Pope|Cardinal"
    r"|Archbishop|Bishop|Sheikh|Emir|Sultan|Ambassador|Governor)\s+(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
    # "called on the Metropolitan of India, Bishop George Clay Hubback, who had travelled from
    # Calcutta": a capitalised post, then its holder's name between commas, nothing asked
    r"|the\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w'’-]*){0,3},"
    r"(?:\s+(?-i:[A-Z])[\w.'’-]*){2,5},)"
    # ("called on President X and expressed regret for the past": the caller's own next act
    # ends what could be asked of the one called on; so does his errand, "called on the
    # Minister of Overseas France, Paul Coste-Floret, to press the federation's case for ...")
    r"(?!(?:(?!\s+and\s+(?-i:[a-z]+ed)\b|\s+to\s+" + _ERRANDS_OF_A_VISIT + r"\b)[^.;])*?"
    r"\b(?:to|for|upon)\s+(?-i:[a-z]))"
)
# "saw him at Downing Street", "called him on Tuesday morning": a named place, a weekday, after
# the object pronoun of a visit or a call (not "saw him as a threat", "called him a liar")
_AT_A_NAMED_PLACE = r"at\s+(?:the\s+)?(?-i:[A-Z])"
_ON_A_WEEKDAY = r"on\s+(?-i:[A-Z])[a-z]+day\b"
# "that afternoon", "the same evening", "the next morning": a time of day told after a day named
# before
_AT_A_TIME_OF_THAT_DAY = (
    r"(?:that|the\s+same|the\s+next|the\s+following)\s+(?:morning|afternoon|evening|night|day)\b"
)
# where or when a body was seen in person (the saw trigger's body, and the check after its guest)
_WHERE_OR_WHEN_SEEN = rf"(?:{_AT_A_NAMED_PLACE}|{_ON_A_WEEKDAY}|{_AT_A_TIME_OF_THAT_DAY})"
_PRONOUN_AT_A_PLACE_OR_ON_A_DAY = re.compile(
    rf"\s+(him|her)\s+(?:{_AT_A_NAMED_PLACE}|{_ON_A_WEEKDAY})"
)
_TRIGGERS = re.compile(
    r"\b(?:"
    # "X and Y sat across the table from each other", "the three leaders sat down together",
    # "came face to face": the subject list met, with no guest after the verb
    # ("sat at the same round table", "at one table")
    r"(?P<together>(?:sat|sit|sits|sitting)\s+(?:down\s+)?(?:(?:across|at|around)\s+(?:the|a|one)"
    r"\s+(?:same\s+)?(?:negotiating\s+|round\s+|long\s+)?table|together|face[\s-]to[\s-]face|in\s+the\s+same\s+room"
    # "He and Count Buol had first sat across from each other at the opening sitting"
    r"|(?:across\s+from|opposite)\s+(?:each\s+other|one\s+another))"
    r"|(?:came|come|met)\s+face[\s-]to[\s-]face"
    # "X and Y dined alone on Thursday night", "lunched together": a meal the pair shared
    r"|(?:dined|lunched|breakfasted)\s+(?:alone|together|privately)"
    # "On Monday Malik and Razak had breakfast alone at the Erawan Hotel": the same meal told
    # with "had" (not "had breakfast with X", read with its guest below)
    r"|(?:had|has|have|having)\s+(?:a\s+)?(?:working\s+|private\s+|long\s+)?(?:breakfast"
    r"|lunch|dinner|supper)\s+(?:alone|together|privately)"
    # "Ten days later they were back in the same village": the pair just told, together again
    r"|(?<=\bwere\s)back\s+(?:together\s+)?(?:in|at)\s+the\s+same(?=\s+[\w-]+\s*,\s+where\b)"
    r"|(?<=\bwere\s)back\s+together"
    # "the two men shook hands", "shook hands with Kiir", "the delegations faced each other"
    r"|(?:shook|shake|shakes|shaking)\s+hands"
    # "The two envoys had clashed at a Security Council session on Thursday": a clash told at
    # a sitting is a meeting of those who clashed (not "clashed over the text", in the press)
    r"|(?:clashed|sparred|quarrell?ed|wrangled)(?=\s+(?:(?:with\s+)?(?-i:[A-Z])[\w.'’-]*\s+){0,3}"
    r"?(?:at|during)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:session|meeting|summit|talks"
    r"|conference|sitting)\b)"
    # not "the armies have faced each other since March": a standoff that lasts, no meeting
    r"|(?:faced|face|facing)\s+(?:each\s+other|one\s+another)(?!\s+since\b)"
    # "a French team that included A and B faced an Algerian delegation led by C", "with a
    # government delegation led by X facing an RPF team headed by Y": one side's negotiators
    # across the table from the other's (not "faced a deadline", "facing charges")
    r"|(?:faced|facing)(?=\s+(?:an?|the|their)\s+(?:[\w-]+\s+){0,2}?(?:delegation|team"
    r"|negotiators)\s+(?:led|headed)\s+by\b|\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)*"
    r"\s+across\s+the\s+table\b)"
    r"|(?:was|were|been)\s+in\s+the\s+same\s+room|(?:came|come|got|get)\s+together"
    # "X and Y talked in Cairo", "conferred on Tuesday", "negotiated through the night": a verb of
    # talking without its object, the subject list met
    # "The two ministers discussed the outline in Oslo": the subject list between them (with
    # no "with" in the clause, which names other guests)
    # "after X and Y worked out the last disputes at the palace": settled among themselves
    r"|(?P<discussed_among>discussed|debated|(?:worked|ironed|hammered|thrashed)\s+out"
    # "X and Y agreed a draft of the text in Yangon on March 31", "the framework that X and Y
    # agreed in Zurich on the 11th": agreed among themselves at a named place on a day (not
    # "agreed to meet", "agreed that", "agreed with Z")
    r"|(?-i:agreed)(?=\s+(?!(?:to|that|with|by)\b)(?:[\w'’-]+\s+){0,6}?(?:in|at)\s+(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+(?:on|last|this|in\s+(?-i:[A-Z]))\b))"
    r"(?![^.;]{0,100}?\bwith\b)"
    # "The two men announced the deal after a final telephone call": a call among the subject
    r"|(?P<call_among>(?:after|during|following|in)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:phone|telephone|video)\s+(?:call|conversation)(?!\s+(?:with|between|from|to)\b))"
    # "The two men met for the first time on Sunday ..., and resumed on Monday in a session
    # that lasted until after midnight": the subject's talks taken up again another day
    r"|(?<=\band\s)(?:resumed|reconvened)(?=\s+(?:on\s+(?-i:[A-Z])[a-z]+day|the\s+(?:next"
    r"|following)\s+(?:day|morning|afternoon|evening))\b)"
    r"|(?:talked|conferred|negotiated|consulted)(?=\s*[,.;]|\s+(?:in|at|on|behind|privately|alone"
    r"|late|early|until|through|into|again|directly|face)\b"
    # "Hill and Kim talked for nearly two hours": how long they talked
    r"|\s+for\s+(?:[\w-]+\s+){0,3}?(?:hours?|minutes|days)\b)"
    # "X and Y spent more than six hours in indirect exchanges": time spent talking, the
    # subject list met (not "spent two days in Cairo", a place, nor "in preparation")
    r"|(?:spent|spends|spend|spending)\s+(?:(?:nearly|almost|about|some|more\s+than|over"
    r"|only)\s+)?[\w-]+(?:\s+and\s+(?:a\s+)?(?:half|quarter))?\s+(?:hours?|days?|minutes)"
    r"\s+in\s+(?:(?!(?:for|of|before|after|ahead)\b)[\w-]+\s+){0,2}?(?:talks|negotiations"
    r"|exchanges|discussions|consultations"
    r"|conversation|session)\b"
    # "before the two men sat down", "the two leaders sat down for talks on Tuesday"
    r"|(?P<sat_down>(?:sat|sit|sits|sitting)\s+down(?=\s*[,.;]|\s+(?:on|in)\s+(?-i:[A-Z])"
    r"|\s+(?:again|privately|late|early|behind|for\s+(?:talks|a\s+meeting|negotiations|lunch"
    r"|dinner"
    # "the two delegations sat down for a last session", "for a seventh and final round"
    r"|(?:a|an|the|their)\s+(?:[\w-]+\s+){0,3}?(?:round|session)))\b))"
    # "Delegations gathered at a UN base": the subject met, with no guest named
    r"|(?:gathered|assembled|reconvened)(?!\s+(?:evidence|support|pace|momentum|information"
    r"|votes|signatures|intelligence|data|strength|dust)))(?:\s+(?:with|from|opposite))?|"
    # "prepared by X and Y at talks in Murree": like "at a meeting in Murree", those named
    # before took part
    # ("meeting the central demand", "met every condition": a demand satisfied, no one met)
    r"(?P<met>(?:met|meet|meets|meeting)(?!\s+(?:(?:the|a|an|its|their|his|her|all|every|each"
    r"|both|most|some|any|one|key)\s+)?(?:[\w'’-]+\s+){0,2}?(?:demands?|conditions?|deadlines?"
    r"|targets?|goals?|needs|requirements?|criteria|expectations|obligations|standards"
    r"|benchmarks?|quotas?|costs?)\b)"
    r"|(?<=\bat\s)talks(?=\s+in\s)"
    # "broke off the talks at a session with X", "in a plenary session with Zarif": a session
    # with a guest, told as a circumstance (kept only after "at a", "in the", below)
    # "the collapse of a conclave that Valls held with the FLNKS": the meeting named before
    # "that", held by the one named between (kept only after such a noun, below)
    r"|(?P<held_with>(?<=\s)held\s+with(?=\s+(?:the\s+)?(?-i:[A-Z])))"
    # "accepted that line at a conference with Mr. Webster at his house": a conference with a
    # guest, the same (not "at a news conference with", a word to the press beside him)
    r"|(?P<session_with>(?<=\s)(?:session|conference)(?=\s+with\s))"
    # "Their first session, on Wednesday, lasted two hours": a session of theirs dated in
    # apposition, like "their first meeting"
    r"|(?<=\b[Tt]heir\s)(?:(?:first|second|third|opening|final|last|latest)\s+)?session"
    r"(?=,\s+(?:on|in)\s+(?-i:[A-Z0-9]))"
    # "Their last round of talks, mediated by X, ran through the night of Dec. 30": a round of
    # theirs told by how long it ran, its mediator set off between commas
    r"|(?<=\b[Tt]heir\s)(?:(?:first|second|third|opening|final|last|latest)\s+)?(?:session"
    r"|round\s+of\s+(?:talks|negotiations))(?=,\s+(?:mediated|chaired|hosted|brokered"
    r"|presided\s+over)\s+by\s+[^,;.]{1,80},\s+(?:ran|lasted|went\s+on|dragged\s+on"
    r"|stretched)\b)"
    # "had narrowed the differences in three days of talks in Washington": the subject met
    r"|(?:(?<=\bin\s)|(?<=\bdays\sof\s)|(?<=\bhours\sof\s)|(?<=\bweeks\sof\s))talks"
    r"(?=\s+in\s+(?-i:[A-Z]))(?![^.;]{0,60}?\bbetween\b))(?:\s+(?:separately\s+)?with)?"
    # "the Blinken-Sisi meeting", "the U.S.-North Korea summit": the pair in the compound met
    r"|(?P<pair>(?-i:[A-Z])[\w.'’]*(?:\s+(?-i:[A-Z])[\w.'’]*)?[-–](?-i:[A-Z])[\w.'’]*"
    r"(?:\s+(?-i:[A-Z])[\w.'’]*)?\s+(?:[\w-]+\s+)?(?:meeting|summit|talks|negotiations))"
    # "held talks with Saddam in Baghdad and with Iranian leaders in Tehran": a second meeting
    # of the same subject (kept only after a verb of meeting, below)
    # "... and moved to Havana the following month": the talks just told, in another place
    r"|(?P<moved>(?:moved|shifted|relocated|switched|transferred)\s+to(?=\s+(?-i:[A-Z])))"
    # ("and with Egypt presiding" is a circumstance of the first)
    r"|(?P<and_with>(?<=\band\s)(?:(?:also|then|later|separately)\s+)?with(?![^,;.]{0,60}?\b"
    r"(?:presiding|looking\s+on|mediating|chairing|in\s+attendance|present)\b))"
    # "carried the paper to Mayor John P. Hopkins at the City Hall", "took the reply to the King
    # at Windsor", "Hussein Ala went to Mr. Harriman and Mr. Stokes with a message": a thing
    # taken by hand to a person, or a person gone to (kept only where a person follows, below;
    # not "took the case to the Supreme Court", "went to Geneva")
    # "laid it before the chairman, Everett St. John": a thing set before a person
    r"|(?P<taken_to>(?:(?:carried|carries|carrying|took|takes|taking|brought|brings|bringing)"
    r"\s+(?:the|a|an|his|her|their|its|that|this|these|those)\s+(?:[\w'’-]+\s+){0,3}?"
    r"to|(?:went|goes|going|came|comes|coming)\s+(?:(?:straight|directly|back|personally)\s+)?"
    r"to|(?:laid|lays|laying|placed|places|placing|put|puts|putting)\s+(?:it|them|(?:the|a|an"
    r"|his|her|their|its|that|this|these|those)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+before)"
    r"(?=\s+(?-i:[A-Z])))"
    # "flew to Kiev to see Poroshenko", "travelled to Doha to see the emir"
    # "flying to Tbilisi to present the text to Saakashvili": a person handed something on a trip
    # "flew to Warsaw to confer with party leader Gierek": a trip to take counsel with someone
    # "flew to Tel Aviv to consult Foreign Minister Moshe Sharett": the one consulted
    r"|(?P<visit>(?<=\bto\s)(?:see|(?:confer|consult)\s+with(?=\s+(?:[\w-]+\s+){0,4}?(?-i:[A-Z]))"
    r"|consult(?=\s+(?:[\w-]+\s+){0,4}?(?-i:[A-Z]))"
    # "travelled to Stockholm to ask Prime Minister X for troops": a person asked in person,
    # the words between a post's (not "to ask for Swedish troops")
    # "went to Honda's headquarters on Feb. 6 to tell Mibe that ...", "flew to Washington to
    # brief President X": a person told something in person
    r"|(?:ask|beg|urge|press|implore|petition|persuade|convince|lobby|reassure|"
    + "|".join(sorted(HEARER_LEMMAS))
    + r")(?=\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}?(?-i:[A-Z]))"
    r"|(?:present|deliver|hand|show)(?=\s+[^.;,]{1,60}?\bto\s+"
    r"(?-i:[A-Z]))"
    # "went up to Edo to put the terms before the senior councillor, X": set before a person
    r"|(?:put|lay|place)(?=\s+(?:the|a|an|his|her|their|its)\s+[^.;,]{1,60}?\bbefore\s+"
    r"(?:the\s+)?(?-i:[A-Z]))"
    # "returned in July to settle the outstanding issues with Wu", "flew to Cairo to go over the
    # text with Sisi": a trip to work something out with someone
    r"|(?:settle|discuss|negotiate|finali[sz]e|resolve|review|iron\s+out|thrash\s+out"
    r"|hammer\s+out|work\s+out|go\s+over)\s+(?:[\w'’-]+\s+){0,5}?with(?=\s+(?-i:[A-Z]))))"
    r"|(?P<talks>(?:held|hold|holds|holding)\s+(?:separate\s+|direct\s+|further\s+)?"
    r"(?:talks|sessions|meetings|consultations)"
    r"\s+(?:in\s+[A-Z][\w-]+\s+)?with|talks\s+with|talked\s+with"
    # "talks in Pretoria earlier this month between": where and when, then who
    r"|(?:talks|negotiations|dialogue|contacts)\s+(?:(?:in|at)\s+(?-i:[A-Z])[\w-]+\s+)?"
    r"(?:(?:earlier|later)\s+this\s+(?:week|month|year)\s+|last\s+(?:week|month|year)\s+)?"
    r"between"
    # "a 20-hour session at the Hotel Statler here between a union committee led by X and
    # corporation negotiators headed by Y": a session, the building it sat in, then who it was
    # between
    r"|session\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
    r"(?:\s+(?:here|there))?\s+between"
    # "shuttling between separate meetings with each side"
    r"|separate\s+(?:talks|meetings|sessions|consultations|discussions)\s+with"
    # "Fidan shuttled between the two ministers": people seen one after the other (not "between
    # the capitals", "between them", "between the two leaders' hotels")
    r"|(?:shuttled|shuttling|shuttles)\s+between(?=\s+(?:the\s+(?:two|three|four)\s+(?:[\w-]+\s+)?"
    r"(?:ministers|leaders|men|women|presidents|envoys|negotiators)\b(?!['’])|(?-i:[A-Z])))"
    r"|(?:talks|negotiations|meetings?)\s+(?:were|was)\s+held\s+between"
    # "had first sat down alone with Blough": the adverb says how they met, not whether
    r"|(?:sat|sit|sits|sitting)\s+down\s+(?:(?:alone|privately|secretly|quietly|briefly)\s+)?with"
    # "sat in council that afternoon with Major X", "were in conference with Y": seated with
    # the guest for talks, with the time between (not "sat on the council with Y", a member)
    r"|(?:sat|sit|sits|sitting|was|were)\s+in\s+(?:council|conference)(?:\s+[\w-]+){0,3}?"
    r"\s+with(?=\s+(?-i:[A-Z]))"
    # "sat until after midnight with Samuel Gompers", "sat late into the night with the envoys":
    # seated with the guest for hours (not "sat with his arms folded", no hour told)
    r"|(?:sat|sit|sits|sitting)\s+(?:up\s+)?(?:until|till|late|into|through)\b[^.;,]{0,40}?"
    r"\s+with(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    # "were back at the table with Stellantis on Thursday": talks taken up again with the guest
    r"|(?:was|were|is|are)\s+back\s+at\s+the\s+(?:negotiating\s+|bargaining\s+)?table\s+with"
    # "sat down in the parliament building with Shumeiko": where, then the guests
    r"|(?:sat|sit|sits|sitting)\s+down\s+(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?with"
    r"(?=\s+(?-i:[A-Z]))"
    # "held a late-night session with al-Sharaa": a session is a meeting once a guest follows
    r"|(?:held|hold|holds|holding)\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?)?(?:meeting|summit"
    r"|session)\s+with|(?:meeting|summit)\s+between"
    # "eight meetings between the two men, the first of them on Feb. 17", "weeks of sessions
    # between A and B that began on Aug. 28": a run of sittings of the same people, dated by
    # its first (the singular "meeting" is the met trigger's, which the plural escapes)
    r"|(?<=\s)(?:meetings|sessions)\s+between(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+the\s+two\b)"
    # "was settled in late June at a round between Ngulinzira and Bizimungu": a round or a
    # sitting of the talks, between the people named after it
    r"|(?:(?<=\ba\s)|(?<=\bthe\s))(?:round|session|sitting)\s+between(?=\s+(?-i:[A-Z]))"
    # "The IMF team ... held its final session with X", "held their second meeting with Y":
    # the subject's own session with a guest (kept only where the subject is read, below)
    r"|(?P<held_own>(?:held|hold|holds|holding)\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|summit|session)\s+with)"
    # "in a session that ran through the night between Chief Diamond, Mr. Watt and X": the
    # people named after "between", the relative clause set before them
    # (not "talks that opened in Cairo on Tuesday between A and B", their opening, read below)
    r"|(?:session|meeting|talks|negotiations)\s+(?:that|which)\s+(?!(?:[\w-]+\s+){0,2}?"
    r"(?:opened|began|started|resumed|reopened|reconvened)\b)(?:[\w-]+\s+){1,8}?between"
    r"(?=\s+(?-i:[A-Z]))"
    # "a summit of regional leaders in Moscow on April 15, attended by X and Y": those named
    # after "attended by" (and "hosted by"), not the crowd the summit was "of"
    r"|(?P<attended_by>(?:summit|meeting|conference|talks)\s+[^.;,]{1,60}?,\s+(?:also\s+)?"
    r"attended\s+by)"
    # "a summit of Thein Sein and rebel leaders failed on Sept. 9": those named after "of"
    r"|(?<=\ba\s)summit\s+of(?=\s+(?-i:[A-Z]))"
    r"|summit\s+with|(?:talks|meeting|meetings)\s+"
    r"(?:\w+\s+){0,2}?attended\s+by"
    # "had dinner with", "dined with", "conferred with", "huddled with"
    r"|(?:had|has|have|having)\s+(?:a\s+)?(?:working\s+|private\s+|brief\s+)?(?:dinner|lunch"
    r"|breakfast|talks|meeting|conversation|discussions?)\s+with"
    # "had an audience with the Pope", "was granted a private audience with the King": a
    # meeting with a sovereign or a prelate (not "found an audience with voters", no "had")
    r"|(?:had|has|have|having|(?:was|were)\s+granted)\s+(?:an?\s+)?(?:[\w-]+\s+)?audience"
    r"\s+with(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    # "dined on Sunday with Watanabe", "lunched last Friday with the envoy": the day between
    # "approved the draft after conferring with Bishop X on Wednesday": the gerund, its
    # subject the clause's own
    r"|(?:dined|lunched|conferred|conferring|huddled|huddling|consulted|consulting|negotiated)"
    r"(?:\s+(?:on|last)\s+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:night|evening|morning))?"
    # "conferred for an hour with the Queen Regent": how long, between the verb and its guest
    r"|\s+for\s+(?:(?:nearly|almost|about|some|more\s+than|over)\s+)?[\w-]+"
    r"(?:\s+and\s+a\s+half)?\s+(?:hours?|minutes))?\s+with"
    # "with Mbeki locked in a room with the three leaders", "was closeted with Arafat": shut in
    # together with the guests
    r"|(?:locked|closeted|sequestered)\s+(?:(?:in|inside)\s+(?:a|the|one)\s+(?:[\w-]+\s+)?"
    r"(?:room|office|suite)\s+)?with(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+the\s+(?:two|three|four)\b)"
    # "had been negotiating since Friday with Guldimann": talks running since a day
    r"|(?:negotiating|negotiated|conferring)\s+(?:since|for|through|throughout)\s+"
    r"(?:[\w.-]+\s+){1,3}?with(?=\s+(?-i:[A-Z])"
    # "have been negotiating since early July with delegates of the Colorado Party, ...": the
    # bodies whose people sat at the table
    r"|\s+(?:the\s+)?(?:delegates|delegations|representatives|envoys|negotiators)\s+of\s+"
    r"(?:the\s+)?(?-i:[A-Z]))"
    # "spent five hours with Saakashvili", "spent the evening with the emir": time in company;
    # "spent Monday in Gaza with Arafat": a day named, and the place set between
    r"|(?:spent|spends|spend|spending)\s+(?:(?:(?:a|an|the|two|three|four|five|six|several|many"
    r"|nearly|almost|more\s+than|over|about|some|\d+)\s+)*(?:[\w-]+\s+)?"
    # "spent four and a half hours with Assad": a fraction after the number
    r"(?:and\s+(?:a\s+)?(?:half|quarter)\s+)?(?:hours?|minutes"
    r"|days?|evening|morning|afternoon|night)|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)"
    # "spent Sept. 12 in New Delhi with Indian officials", "spent 3 May in Oslo with": a date
    r"|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)"
    # "spent five hours on Tuesday in a schoolroom in Poplar with the committee": the day, then
    # a room and the place it is in
    r"\s+(?:on\s+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
    r"(?:(?:in|at)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:schoolroom|room|hall|school|church"
    r"|chapel|library|lodge)\s+(?=in\s+(?-i:[A-Z])))?"
    r"(?:(?:in|at)\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}"
    # "after spending two hours inside the residence with Cerpa": a building named by its noun
    r"|(?:in|at|inside)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:residence|house|home|office"
    r"|palace|embassy|compound|hotel|villa|tent|suite)\s+)?with)"
    # "hosted Kiir and Machar", "was received by Sisi", "Egypt is hosting talks between"
    r"|(?P<hosted>"
    # "hosted a dinner at the Alvorada Palace for X and Y", "gave a lunch for the envoys"
    r"(?:hosted|hosts|hosting|gave|gives|threw)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:dinner|lunch"
    r"|luncheon|breakfast|banquet|reception)(?:\s+(?:at|in)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+){1,4})?\s*(?:in\s+honou?r\s+of|for)(?=\s+(?-i:[A-Z]))"
    r"|(?:hosted|hosting|hosts|received|receives|welcomed|welcomes|greeted)"
    r"(?!\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:(?:phone|telephone)\s+)?call\b)(?:\s+by)?"
    r"|play(?:ed|s|ing)?\s+host\s+to"
    # "On Friday Pradhan invited Laldenga to tea": a guest asked in for a meal, the host his
    # company (not "invited Laldenga to talks", an offer, nor "to dinner next week")
    r"|(?:invited|invites)(?=\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}(?:to|for)\s+(?:a\s+)?"
    r"(?:private\s+|working\s+|quiet\s+)?(?:tea|lunch|luncheon|dinner|breakfast|supper|coffee)"
    r"\b(?!\s+(?:next|tomorrow|on\s+(?-i:[A-Z])[a-z]+day\s+next)\b))"
    # "Milutinovic was summoned by Vedrine and Cook on Wednesday": called in to meet them
    r"|(?<=\bwas\s)summoned\s+by|(?<=\bwere\s)summoned\s+by"
    # "talks mediated by Norway since January": like "hosted by" after the talks
    # "after an all-night conference presided over by Governor X": a conference or summit too
    # (not "met them at a session chaired by Y", whose chair joins the meeting "met" tells)
    r"|(?:(?<=talks\s)|(?<=negotiations\s)|(?<=conference\s)|(?<=summit\s))"
    r"(?:mediated|brokered|facilitated|sponsored|chaired|presided\s+over)\s+by"
    # "after marathon talks at the Labor Department under the eye of Labor Secretary X": the
    # one the talks were held under, like "hosted by" (kept only after talks told as a
    # circumstance, below)
    r"|(?P<under>(?<=\s)under(?:\s+the\s+(?:watchful\s+)?(?:eye|auspices|chairmanship|aegis"
    r"|mediation|stewardship)\s+of)?(?=\s+(?-i:[A-Z]))))"
    # "Veloso led a delegation to Cape Town in late February to settle the final text": a
    # trip to work out the text with the other side, met there
    r"|(?P<delegation_to>(?:led|leads|headed|heads)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+)?"
    r"delegation\s+to(?=\s+(?-i:[A-Z])[^.;]{0,60}?\bto\s+(?:settle|negotiate|finali[sz]e"
    r"|conclude|iron\s+out|hammer\s+out|work\s+out|thrash\s+out)\b))"
    # "Blinken visited Sisi in Cairo": a visit to a person, not to a country
    # "Blinken's visit to Sisi" (not "during his visit to Jerusalem")
    r"|(?P<visited>visited|visits|visiting|paid\s+a\s+(?:\w+\s+)?visit\s+to"
    # "went from one villa to the other, calling first on Ayub and then on Shastri": one visit
    # after another, each a meeting (the second read after the first, below)
    r"|(?:called|calls|calling)\s+first\s+on(?=\s+(?-i:[A-Z])[^.;]{0,60}?\band\s+then\s+on"
    r"\s+(?-i:[A-Z]))|(?P<then_on>(?<=\band\sthen\s)on(?=\s+(?-i:[A-Z])[\w'’-]+\s*[,.;]))"
    # "called on the governor at his palace", "called on him at the Dorchester", "called on him
    # the next day.": a visit (the three shapes above); "waited upon the governor at his house",
    # the older wording of the same visit, in the same shapes (not "waited on the Council to
    # act", nor "waited on tables")
    r"|(?:(?:called|calls|calling)\s+on|(?:waited|waits|waiting)\s+(?:up)?on)(?="
    + _CALLED_ON_AT_A_SEAT
    + "|"
    + _CALLED_ON_AT_A_PLACE
    + "|"
    + _CALLED_ON_ON_A_DAY
    + "|"
    + _CALLED_ON_A_TITLED_PERSON
    + ")"
    # "the president also saw Perez", "seeing Arafat on the night of Oct. 18": a person seen
    # "Bourassa had seen Chief Diamond in Montreal": the perfect too
    r"|(?P<saw>(?<!\bto\s)(?:saw|sees|seeing|(?<=\bhad\s)seen|(?<=\bhas\s)seen)(?=\s+(?-i:[A-Z])"
    # "and Baldwin saw him at Downing Street on Tuesday": the person "him" stands for, seen at a
    # named place or on a day (not "saw him as a threat", "saw her chance")
    rf"|\s+(?:him|her)\s+(?:{_AT_A_NAMED_PLACE}|{_ON_A_WEEKDAY})"
    # "had seen the American ambassador, G. McMurtrie Godley": the post, then the holder's name
    # between commas (not "had seen the full text, which ...")
    r"|\s+the\s+(?:[\w'’-]+\s+){0,3}?[\w.'’-]+,\s+(?-i:[A-Z])"
    # "first saw each man alone": each of the pair named before, apart
    r"|\s+each\s+(?:of\s+the\s+(?:two\s+)?)?(?:man|men|leaders?|side|sides)\b"
    # "Gray, whom the delegation saw at the City Hall on Monday": no object after the verb,
    # its relative pronoun before it, and where or when seen (kept only with the pronoun's
    # antecedent for the one seen, below)
    rf"|\s+(?:{_AT_A_NAMED_PLACE}|{_ON_A_WEEKDAY}|in\s+(?-i:[A-Z]))"
    # "saw the Citizens' Committee of One Thousand that afternoon": a body named in capitals,
    # seen where or when told (kept only where the actor step drafted the body there, below)
    r"|\s+the\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?!(?:as|and|to)\b)[\w'’.-]+){0,6}?\s+"
    rf"{_WHERE_OR_WHEN_SEEN})"
    # "Saddam summoned U.S. Ambassador April Glaspie": a person called in to be seen
    r"|(?<!\bwas\s)(?<!\bwere\s)summoned(?=\s+(?-i:[A-Z]))"
    # "briefed General X at the Elysee Palace on Sunday": a person briefed at a named seat, in
    # person (not "briefed him by telephone", a call, read below)
    # "briefed the High Commissioner, Sir X, at King's House": the post, then the holder's
    # name between commas, and a seat named without an article
    # "briefed Fernandez and Cabinet Chief Santiago Cafiero at the Olivos residence": a list
    # of capitalised names
    r"|(?:briefed|briefs)(?=\s+(?:him|her|(?-i:[A-Z])[\w.'’-]*(?:\s+[\w.'’-]+){0,3}?"
    r"|(?-i:[A-Z])[\w.'’-]*(?:(?:\s+|,\s+|,?\s+and\s+)(?-i:[A-Z])[\w.'’-]*){1,7}?"
    r"|the\s+(?:[\w'’-]+\s+){0,3}?[\w.'’-]+,\s+(?-i:[A-Z])(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+,)"
    r"\s+at\s+(?:the\s+)?(?-i:[A-Z])))"
    # "Chamberlain's first visit to Hitler at Berchtesgaden": one visit of several, counted
    r"|(?<=['’]s\s)(?:(?:first|second|third|last|latest|return|surprise|secret)\s+)?visit\s+to)"
    # "Blinken and Kamel joined Sisi for talks"
    # "Greece, Turkey and Britain joined the talks", "took part in the session": those named
    r"|(?P<attended>(?:joined|attended|attends|attending|took\s+part\s+in|participated\s+in"
    r"|sat\s+in\s+on)\s+(?:the|a|an|their|its)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations"
    r"|meeting|session|summit|round|consultations)(?:\s+of\s+talks)?)"
    # "brought the two sides together", "convened the leaders": whoever convened and the guests
    # "kept Seif el-Dine and Eytan together for five hours": held in one room by the one who
    # kept them
    # ("brought Mr. Knudsen together with Homer Martin": the full stop of a title inside)
    r"|(?P<convened>(?:brought|brings|bring|bringing|got|gets)(?=\s+(?:[^.;]|(?<=Mr|Ms|Dr)\."
    r"|(?<=Mrs|Col|Gen)\.){1,80}?\s+(?:together"
    r"|around\s+(?:the|a)\s+table|to\s+the\s+(?:negotiating\s+)?table)\b)"
    r"|(?:kept|keeps|keeping)(?=\s+(?:[^.;]|(?<=Mr|Ms|Dr)\.|(?<=Mrs|Col|Gen)\.){1,80}?\s+together\b)"
    r"|(?:brought|brings|bring|bringing)\s+together|convened|convenes)"
    # "Rabin signed the letter with Holst looking on", "in the presence of the Norwegian envoy"
    # "met for the first time at the Hotel Embajador, with Bunker present": present as well
    # ("with Wang Yi, China's foreign minister, present": a post set off by commas between)
    r"|(?P<presence>in\s+the\s+presence\s+of|with(?=\s+(?:[^.;,]{1,60}?,[^.;,]{1,60}?,|[^.;,]{1,80}?)"
    r"\s+(?:looking\s+on|in\s+attendance|present)\b)"
    # "signed a memorandum in Mbeki's presence": the witness in the possessive
    r"|in(?=\s+(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s?\s+presence\b))"
    # "joined Sisi for talks", "joined the foreign ministers of Britain and France in a plenary
    # session with Zarif"
    r"|(?P<joined>joined)(?=\s+[^.;]{0,80}?\b(?:for|in|at)\s+(?:(?:a|an|the|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:talks|meeting|session|dinner|lunch|negotiations|consultations)\b)"
    # ("after speaking to X", "since talking with X": a participle in a phrase of time,
    # `_AFTER_MEETING`, whose subject is the clause's)
    r"|(?P<phone>(?:spoke|spoken|speaks|talked|(?<=\bbeen\s)talking"
    r"|(?:(?<=\bafter\s)|(?<=\bsince\s)|(?<=\bupon\s))(?:speaking|talking))\s+(?:by\s+(?:tele)?phone\s+)?"
    # "Rubio spoke on Saturday with General Munir": the day between the verb and its guest
    r"(?:(?:late\s+|early\s+)?on\s+(?-i:[A-Z])[a-z]+day\s+)?"
    r"(?:with|to)"
    # "spoke to reporters about Sisi": a word to the press, where no one named is met
    r"(?!\s+(?:the\s+)?(?:[\w-]+\s+)?(?:reporters|journalists|press|media|newsmen"
    r"|correspondents|newspapers?|television|radio)\b)"
    r"|(?:(?:phone|telephone|video)\s+)?call\s+with"
    r"|discussed\s+(?:[\w-]+\s+){0,4}?by\s+(?:tele)?phone\s+with"
    r"|(?:spoke|spoken|speak|talked)\s+(?:by|on\s+the|over\s+the)\s+(?:tele)?phone"
    r"|(?:phoned|telephoned)"
    # "briefed him by telephone on Friday", "thanked Sisi over the phone": a call to the one
    # briefed
    r"|(?:briefed|updated|consulted|thanked|congratulated|reassured|pressed|lobbied)"
    # ("briefed President X, who is on vacation in Maine, by telephone": a relative clause
    # between commas after the one called)
    r"(?=\s+(?:[\w.'’-]+\s+){0,5}?(?:[\w.'’-]+|(?-i:[A-Z])[\w.'’-]*,\s+(?:who|whom|whose)\s+"
    r"[^,.;]{1,80},)\s+"
    r"(?:by|over\s+the)\s+(?:tele)?phone\b)"
    # "In a phone call on Tuesday, Blinken and Sisi discussed Rafah" (opening the sentence): the
    # subject after the comma
    r"|(?P<in_call>^(?:in|during)\s+(?:a|an|their)\s+(?:[\w-]+\s+)?(?:phone|telephone|video)\s+"
    r"(?:call|conversation)(?=[^,;]{0,40},))"
    # "held a telephone conversation", "received a phone call from Sisi"
    r"|(?:held|had|holds|has|have|hold)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:phone|telephone|video)"
    r"\s+(?:call|conversation|conference)(?:\s+with)?"
    r"|(?:received|receives|got|took)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:(?:phone|telephone)\s+)?call"
    r"\s+from"
    # "separate phone calls late on Thursday between Putin and Aliyev and Pashinyan"
    r"|(?:(?:separate\s+)?(?:phone|telephone|video)\s+|separate\s+)(?:calls?|conversations?)"
    r"\s+(?:(?:late|early|on|in|at|last|this|(?-i:[A-Z][\w.]*)|\d+\w*)\s+){0,4}?(?:with|between)"
    # "Blinken called Sisi on Tuesday" (not "called on Hamas", "called for", "called off")
    r"|(?:called|calls|rang)(?=\s+(?!(?:on|for|off|in|it|upon)\b)(?-i:[A-Z])"
    # "when Al-Rumayyan called him on Tuesday morning": a call to the person "him" stands for,
    # on a day told (not "called him a liar", "called him back")
    rf"|\s+(?:him|her)\s+{_ON_A_WEEKDAY}"
    # "called the movement's ageing founder Hasan di Tiro": a person after the words of his post
    r"|\s+(?:the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?-i:[A-Z]))"
    # "called both men on Friday", "rang the two leaders": each of the people named before
    r"|(?:called|calls|rang|phoned|telephoned)(?=\s+(?:both|the\s+two|the\s+three)\s+"
    r"(?:men|women|leaders|presidents|ministers|negotiators|envoys)(?:\s*[,.;]|\s+(?:on|in|at"
    r"|late|early|to|from|by|last|this|and|after|before|shortly|again|separately"
    r"|(?-i:[A-Z]))\b))"
    # "exchanged views by phone", "spoke on Tuesday by video link"
    r"|(?:spoke|spoken|speak|talked|exchanged\s+views|conferred)\s+(?:(?:on|late|early)\s+"
    r"(?-i:[A-Z])\w+\s+)?(?:by|on\s+the|over\s+the|via)\s+(?:tele)?(?:phone|video(?:\s+link)?))"
    # "handed Sisi a letter from Biden on Tuesday", "hand-delivered a message to Netanyahu":
    # a letter given in person
    # "handed Ismet the draft at a plenary session on Wednesday": a text, the same
    r"|(?P<letter>(?:hand-delivered|delivered|handed(?:\s+over)?|presented)(?=\s+(?:[\w'’.-]+"
    r"\s+){0,6}?(?:letter|message|invitation|draft|text|reply|answer|note|memorandum"
    r"|dispatch(?:es)?)\b)"
    # "took the idea to Colom in Guatemala City": a proposal carried to a person in person
    r"|(?:took|carried|brought)(?=\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:idea"
    r"|proposal|plan|message|offer|letter|invitation)\s+to\s+(?-i:[A-Z])))"
    # "put it to Lloyd George and Chamberlain at Downing Street the next day", "put the
    # amendments to the two rebel delegations on Monday": a text set before people, in person
    # (not "put it to a vote", "put the plan to parliament")
    r"|(?P<put_to>(?:put|puts|putting)(?=\s+(?:it|them|(?:the|a|an|his|her|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:idea|proposal|plan|offer|terms|amendments?|draft|text|changes"
    # "He met A and B on July 10 and put the offer to them at a meeting on July 29": those met
    r"|counter-proposal|compromise))\s+to\s+(?:the\s+(?:two|three|four)\s+|them\b|(?-i:[A-Z]))))"
    # "discussed the accord with Bouteflika in a phone call": a conversation, wherever held
    # "went over the timetable with Sinclair", "reviewed the text with the envoys": going
    # through something together, like discussing it
    # "worked over drafts with Gromyko", "worked out the wording with OAS officials": working
    # through a text together
    r"|(?P<discussed>(?:discussed|discusses|discussing|went\s+over|goes\s+over|going\s+over"
    r"|worked\s+(?:over|through|out)|ironed\s+out"
    r"|reviewed|reviewing|examined|thrashed\s+out|hammered\s+out"
    # "settled the final English text with Busby", "finalised the draft with the envoys": a
    # text brought to its last form together (not "settled the strike with", an outcome)
    r"|(?:settled|finali[sz]ed|polished|negotiated)(?=\s+(?:[\w'’-]+\s+){0,3}?(?:text|wording|draft"
    r"|terms|language)\s+with\b)"
    # "had raised Cuba with the pontiff": a matter brought up with a person (kept only where
    # the one it was raised with is a person, below; "raised it with Washington" is no meeting)
    r"|(?P<raised>raised|raises|raising))\s+(?:[\w'’-]+\s+){0,5}?with)"
    # "lobbied Byrd and Baker over breakfast", "briefed the envoys over lunch": a meal together
    r"|(?P<meal>(?-i:[a-z])[a-z-]+ed(?=\s+(?:[\w.'’-]+\s+){1,10}?over\s+(?:a\s+)?(?:[\w-]+\s+)?"
    r"(?:breakfast|lunch|dinner|coffee|tea)\b))"
    # "held a second round in Mexico City", "resumed talks in Doha", "opened their third round"
    # ("had held talks with": the auxiliary of the verb that follows, read as that verb)
    r"|(?P<round>(?:held|hold|holds|holding|had(?!\s+(?:been|not|never|no|already|just|yet|to"
    r"|held|opened|begun|started|resumed|concluded"
    # "had asked for talks with", "had rejected talks with": the auxiliary of a verb of asking,
    # refusing or stopping, whose talks were not held (not "had direct talks with")
    r"|asked|sought|rejected|refused|proposed|offered|demanded|requested|called|pushed"
    r"|pressed|urged|suggested|ruled|wanted|planned|promised|declined|opposed|suspended"
    r"|postponed|cancell?ed|halted|ended|broken|boycotted|delayed|shelved|abandoned"
    r"|skipped|missed|avoided|resisted)\b)"
    r"|opened|opens|began|begin|begins|started|resumed"
    # "The two leaders launched the talks on 8 February at the border": their first session
    # (not "launched a campaign for talks", a thing launched for the talks to come)
    r"|(?:launched|launches|launch)(?!\s+(?:(?:a|an|the|their|its|his|her)\s+)?"
    r"(?!(?:phase|stage)\b)(?!" + _MEETING_NOUNS + r"\b)[\w-]+\s+(?:for|on|against|of|to)\b)"
    r"|resume|resumes|concluded|wrapped\s+up)\s+(?:(?:a|an|the|their|its|his|her)\s+)?"
    # "held several rounds of talks in the Sudanese capital in July": dated, they are one
    # "held nearly two hours of private talks": talks told by how long they lasted
    # ("three and a half hours of talks": a fraction after the number)
    r"(?:(?:(?:nearly|almost|about|some|more\s+than|over|only)\s+)?[\w-]+"
    r"(?:\s+and\s+(?:a\s+)?(?:half|quarter))?\s+(?:hours?|days?)\s+"
    # "held four days of talks there with Molotov": "there" names the place told before
    r"of\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations)(?:(?:\s+(?:there|here))?\s+with)?"
    # "held their 12th and final round of talks": the count and the last, joined
    r"|(?:(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth)\s+and\s+(?:final|last)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:round|(?P<rounds>rounds)|talks|negotiations|meeting|summit"
    # "held their first face-to-face talk on the opening day"
    r"|(?:face[\s-]to[\s-]face|one-on-one|private|direct)\s+talk)"
    r"(?:\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations))?(?:\s+with)?"
    # "held a second phase of talks in January": a phase or session only as one of talks
    r"|(?:[\w-]+\s+){0,2}?(?:phase|stage|session)\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations)"
    r"(?:\s+with)?"
    # "A and B held their last session in Vancouver on July 15": a session of their own, the
    # two named before it
    r"|(?<=\btheir\s)(?:(?:first|second|third|last|final|next|closing|opening)\s+)?session"
    r"(?=\s+(?:in|at|on)\b)))"
    # "at the Commonwealth summit in Lusaka in August, where Thatcher, Kaunda and Nyerere
    # agreed on ...": those the "where" clause names met there
    # "The breakthrough came at a session in Copenhagen on 30 August 2017, when the two
    # governments agreed": those the "when" clause names met at it
    r"|(?P<where_met>(?:at|during)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting"
    r"|talks|conference|session)\s+[^,;.]{0,60}?,\s+(?:where|when)"
    # "At a meeting in Washington in April, the IMF, the World Bank and Chinese officials
    # settled on a compromise": a meeting opening the sentence, its subject met there (not
    # "At a news conference, Trump announced", told to the press)
    r"|^(?:at|during)\s+(?:the|a|an)\s+(?!(?:[\w'’-]+\s+){0,2}?(?:news|press)\s+conference)"
    r"(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|talks|conference|session)\b[^,;.]{0,80}?(?=,\s))"
    # "When the talks opened on Oct. 25, Redwan and Getachew sat across the table"
    # "The talks, brokered by Norway, began in January": an appositive may stand between
    # "ECOWAS has underwritten the talks, which opened May 25"
    # "The first round of peace talks ended Friday", "the conference opened on Jan. 22": the
    # talks opening, closing or resuming, told with the talks as subject
    r"|(?P<opened>(?:the\s+)?" + _MEETING_NOUNS + r"(?:,[^,.;]{1,80},"
    # "The talks, convened by A, co-hosted by B and C and attended by D, E and F, opened":
    # participles naming who convened, hosted and attended them, lists and all
    # ("Talks at the prefecture on Thursday, presided over by A with B and C, ended": the
    # talks' place and day before the participle)
    r"|(?:\s+(?:at|in)\s+(?:the\s+)?[\w'’-]+(?:\s+on\s+(?-i:[A-Z])[a-z]+day)?)?"
    r",\s+(?:co-)?(?:convened|hosted|chaired|mediated|sponsored|brokered|attended"
    r"|presided\s+over)\s+by\s"
    r"[^.;:\"“”]{1,200}?,)?"
    r"(?:,?\s+(?:which|that))?\s+(?:(?:formally|finally|officially)\s+)?(?:opened|began"
    r"|started|resumed|reopened|reconvened|ended|closed|concluded|wrapped\s+up|broke\s+up"
    r"|adjourned|got\s+under\s*way"
    # "The final round of talks, chaired by X, ran late into the night on Monday at Y, with A,
    # B and C at the table": the talks told by how long they ran, and who sat at them
    r"|(?:ran|lasted|went\s+on)(?=[^.;]{0,120}?,\s+with\s+(?-i:[A-Z])[^.;]{0,80}?\s"
    r"(?:in\s+the\s+chair|at\s+the\s+(?:[\w-]+\s+)?table)\b))"
    # "The first round took place in Lisbon on June 23": a round or session told as held (not
    # "the meeting took place", which retells one just told)
    r"|(?:the\s+)?(?:(?:first|second|third|fourth|fifth|next|last|final|opening|new)\s+)?"
    # "The last formal round, also held in Oslo, in February 2011": told in a participle
    r"(?:round|session)(?:\s+of\s+(?:talks|negotiations))?\s+(?:took\s+place|was\s+held)"
    r"|(?:round|session)(?:\s+of\s+(?:talks|negotiations))?,\s+(?:also\s+)?held"
    r"(?=\s+(?:in|at)\s+(?-i:[A-Z]))))\b",
    re.IGNORECASE,
)
# What may join the actors of one list: commas, "and", and the words of a post before a name.
_LIST_GAP = re.compile(
    # "U.S. Secretary of State John Kerry": an abbreviation's last full stop ends the word
    r"^(?:[\s,]|and\b|as\s+well\s+as\b|the\b|an?\b|his\b|her\b|their\b|its\b"
    r"|[A-Z][\w.-]*(?:\b|(?<=\.))"
    # ("the Soviet delegate, Valerian Zorin": one delegate's post before his name)
    r"|['’]s\b|delegations?\b|negotiators\b|delegates?\b|envoys\b|(?:led|headed)\s+by\b|"
    # "received a delegation of the Russian church led by Hilarion": whatever group the
    # common noun names, the one who led it came
    r"[a-z][\w-]*\s+(?=(?:led|headed)\s+by\b)|"
    # "Baradar and other members of the Taliban delegation"
    r"other\b|members\s+of\b|"
    # "met Chin Peng and two of his lieutenants, A and B": the group the names after it spell
    r"(?:two|three|four|five)\s+of\s+(?:his|her|their|its)\s+[a-z]+s\s*,|"
    # "met Mikati and, separately, Berri": one guest after another, each apart (set off by
    # commas, which leave "and separately Kamel said" a clause of its own)
    r",\s*separately\s*,|"
    # "met Kabila and then Bemba separately": one guest after the other
    r"(?<=\band\s)then\b|"
    # "talks between the Israeli government and Hamas"
    r"government\b|authorities\b|"
    # "talks between Nigeria and secessionist Biafra": a region that broke away, named so
    r"(?:secessionist|breakaway|separatist)\b|"
    # "delegates of the Colorado Party, the left-wing Broad Front and the small Civic Union":
    # a party told by its leaning or its size
    r"(?:(?:far-|centre-|center-)?(?:left|right)-wing|small|smaller|moderate|conservative"
    r"|liberal|centrist|hardline|radical|leftist|rightist)\b|"
    r"(?:top|chief|foreign|prime|ministers?|president|intelligence|spokesman|envoy|deputy|special|"
    r"negotiator|coordinator|diplomat|mediator|commander|"
    r"leader|head|officials?|counterparts?|king|emir|crown|prince|sheikh|secretary|of|state|"
    # "to confer with party leader Edward Gierek"
    r"party|"
    # "with Olivera and the prefect, Hugo Galindo,": a post, then the holder's name between
    # commas, where the gap ends
    r"(?<=\bthe\s)[a-z][\w-]*(?=,\s*$)|"
    # "and Saudi national security adviser Musaed al-Aiban", "defence minister X"
    r"national|security|advis[eo]r|defen[cs]e|interior|ambassador)\b)*$"
)
# The people or bodies a group stands for ("Hamas negotiators", "a Hamas delegation led by",
# "Egyptian officials"): a demonym before one of these names its state as a participant.
_GROUP_NOUNS = (
    r"(?:"
    + A_DELEGATION_NOUN
    + r"|negotiator|deputations|officials|mediators|teams?|negotiating\s+teams?)"
)
_GROUP_AFTER_DEMONYM = re.compile(
    rf"^(?:\s*(?:,|and)\s+[A-Z][\w-]*)*\s+(?:[\w-]+\s+)?(?:{_GROUP_NOUNS}|government|authorities"
    r"|leaders|leadership)\b"
)
# What may stand between the subject and its verb: "Government and ELN negotiators first met",
# "a Hamas delegation led by Khalil al-Hayya met".
_SUBJECT_GAP = re.compile(
    rf"^(?:[\s,]|and\b|the\b|also\b|have\b|has\b|had\b|is\b|are\b|was\b|were\b|['’]s\b|{_GROUP_NOUNS}\b|government\b|authorities\b"
    # "X had been talking to Y", "X and Y have been meeting since 1991": the progressive
    r"|been\b"
    # "The board's executive met Mr Taylor", "the council's public works committee met": a
    # body's own organ met for it, the body's name set before it as its owner
    r"|['’]s\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:executive|committee|council|board|management"
    r"|leaders|leadership|chiefs)\b"
    # "The MEF and IFM leaders first sat down together": the bodies whose leaders met
    r"|leaders\b|leadership\b"
    # "Amazon executives had met Wednesday with X": a company acting through its executives
    r"|executives\b"
    # "Poli and three members of the union's executive board met": the body some of whose
    # members met, with the one named before it
    r"|(?:(?:two|three|four|five|six|several|other)\s+)?members\s+of\b"
    r"|(?:led|headed)\s+by(?:\s+(?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|de|van|von)\b[\w'’-]*))*"
    r"|first\b|later\b|then\b|again\b|finally\b|previously\b|reportedly\b|formally\b|last\b"
    r"|afterwards?\b|thereafter\b"
    r"|once\b|briefly\b|secretly\b|privately\b|directly\b|eventually\b|subsequently\b"
    r"|separately\b"
    # "Deng, 80, had first discussed": the age the press sets after a name
    r"|,\s*\d{1,3}\s*(?=,)"
    # "Yudhoyono, who received the envoy": the relative clause's verb has the name as subject
    r"|who\b|which\b|that\b|,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?=(?:who|which|that)\b))*$"
)
# "the three presidents", "the two delegations", "both sides": the last actors named before.
_GROUP_REFERENCE = re.compile(
    r"\b(?:(?:the\s+(?P<number>two|three|four|five|six)|both)\s+(?:[\w-]+\s+)?"
    r"(?:(?P<people>presidents|leaders|ministers|envoys|negotiators|heads\s+of\s+state|men|women"
    r"|co-?chairs|co-?chairmen|co-?chairwomen)"
    # ("both panels": the negotiating panels of the two sides)
    r"|(?P<bodies>sides|delegations|parties|teams|panels|camps|countries|governments"
    # "the three producers": the companies of a labour dispute
    r"|neighbou?rs|states|nations|powers|producers|companies|employers|unions))"
    # "The delegations opened their round": without a number, the pair the article set apart
    r"|the\s+(?:warring\s+|rival\s+|opposing\s+)?(?P<sides>sides|delegations)"
    # "a meeting between Atkins and the co-chairs": a post held jointly by two, its holders
    r"|the\s+(?P<chairs>co-?chairs|co-?chairmen|co-?chairwomen)"
    # "separate talks with each leader", "met each side separately": each of the two, apart
    r"|(?P<each>each|either)\s+(?:of\s+the\s+(?:two\s+)?)?(?:(?P<person>leaders?|men|man"
    r"|presidents?)|(?P<body>(?:side|delegation|party|team|camp)s?)))\b",
    re.IGNORECASE,
)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# Adverbs between a subject and its verb: "The two sides last met", "the leaders briefly met".
_ADVERBS = (
    r"also|first|later|then|again|finally|last|previously|once|briefly|secretly|privately"
    r"|directly|eventually|subsequently|already|reportedly|formally|only|afterwards?|thereafter"
)
# The words between "and" and a second verb that shares the subject before it ("and then held",
# "and afterwards met", "and had agreed"): adverbs of time and auxiliaries.
_BEFORE_A_SHARED_VERB = r"(?:(?:then|later|also|again|had|has|have|afterwards?|thereafter)\s+)*"
# "in Caracas", not "in January" nor "on Monday"
_PLACE_BEFORE = re.compile(
    r"\b(?:in|to|at)\s+(?!(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)


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
    # who the sentence says met (the subject of the verb), for the verbs coordinated after it
    subject: list[Mention] = field(default_factory=list, repr=False)
    # told in a relative clause whose sentence gives no day ("X, who spent 80 hours with Y,
    # said"): background, dated by whatever day the article named before
    undated: bool = field(default=False, repr=False)
    # where the sentences merged into this one told the same meeting again (start offsets)
    retold_at: list[int] = field(default_factory=list, repr=False)
    # talks that opened or ended with no one named: the two sides guessed
    guessed: bool = field(default=False, repr=False)
    # met by the same verb as the meeting told before it, but apart, at another hour ("received
    # A, and later B"): never one meeting with that one
    apart: bool = field(default=False, repr=False)


def find_meetings(document: Document) -> list[MeetingCandidate]:
    found: list[MeetingCandidate] = []
    for sentence in document.sentences:
        sentence_text = document.text[sentence.start : sentence.end]
        triggers = [
            match
            for match in _TRIGGERS.finditer(sentence_text)
            if not document.in_quote(sentence.start + match.start())
            and (not match.group("visit") or _TRAVEL.search(sentence_text, 0, match.start()))
            # "under" only after talks told as a circumstance ("after talks at X under Y"),
            # not "the region was under Russian control" nor "talks opened under the
            # chairmanship of Y", which the readings of the talks' opening and chair take
            and (
                not match.group("under")
                or _TALKS_AS_A_CIRCUMSTANCE.search(sentence_text, 0, match.start())
            )
            and (
                not match.group("session_with")
                or _AT_A_MEETING.search(sentence_text, 0, match.end("session_with"))
                or _AT_A_CONFERENCE.search(sentence_text, 0, match.end("session_with"))
            )
            and (
                not match.group("held_with")
                or _MEETING_THAT_ONE_HELD.search(sentence_text, 0, match.start())
            )
            and (
                not match.group("taken_to")
                or _person_right_after(document, sentence.start + match.end())
            )
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
        subject: list[Mention] = []
        told: list[MeetingCandidate] = []  # the meetings this sentence told so far
        for number, trigger in enumerate(triggers):
            start = sentence.start + trigger.start()
            clause_end = (
                sentence.start + triggers[number + 1].start()
                if number + 1 < len(triggers)
                else sentence.end
            )
            to_come = _COORDINATED_TIME_TO_COME.search(document.text, start, clause_end)
            if to_come is not None:
                # "held talks in the evening, and are due to continue them at Murree later this
                # week": the clause of time to come tells neither the place nor the guests
                clause_end = to_come.start()
            if trigger.group("moved"):
                # "The talks opened in Oslo in October and moved to Havana the following month"
                if told and _continues_the_subject(document.text, sentence.start, start):
                    found.append(_moved(document, sentence, told[-1], triggers, number, clause_end))
                continue
            shared = _subject_the_verb_shares(document, start)
            hosts = (
                shared
                or _people_of_the_sides(document, sentence.start, start)
                or _list_before(document, sentence.start, start)
                or _those_who_walked_out(document, sentence.start, start)
            )
            each_side = _bodies_the_people_of_each_stand_for(document, sentence.start, start)
            if each_side:
                # "Representatives of A, the British concern ..., and of B, a subsidiary of C,
                # called on X": A and B, not C of the appositive
                hosts = shared = each_side
            companions = _subject_and_companions(document, sentence.start, start)
            if companions:
                # "The Tunku, who was joined by A and B, met Y": the subject and those who came
                # with him, not the last names of the relative clause
                hosts = shared = companions
            again = _sides_met_again(document, sentence, trigger, found)
            if again:
                hosts = subject = again
            if shared:
                # "X, who days later met Y", "X and Y shuttled between the sides, meeting Z":
                # the clause reader names who the verb's clause is about
                subject = shared
            elif trigger.group("visit") and not hosts:
                # "Merkel and Hollande had flown to Kiev to see Poroshenko": the travellers
                journey = list(_TRAVEL.finditer(sentence_text, 0, trigger.start()))[-1]
                hosts = _list_before(document, sentence.start, sentence.start + journey.start())
            previous_end = sentence.start + triggers[number - 1].end() if number else None
            if shared:
                pass
            elif (
                hosts
                and subject
                and previous_end is not None
                and hosts[0].start >= previous_end
                and re.fullmatch(
                    # "flew to Banjul to meet Jammeh, then saw Barrow": ", then" without "and"
                    r"(?:,?\s+and\s+|,\s+(?=(?:then|later|afterwards)\b))" + _BEFORE_A_SHARED_VERB,
                    document.text[hosts[-1].end : start],
                )
            ):
                # "flew to Kiev to see Poroshenko and held talks with Putin": the actor before
                # "and held" is the object of the verb before, not a new subject; so is one
                # before ", and met" ("held talks, in a session chaired by Z, and met again")
                hosts = subject
            elif hosts:
                subject = hosts
            elif (
                subject
                and trigger.group("visit")
                and _continues_the_subject(
                    document.text,
                    sentence.start,
                    sentence.start
                    + list(_TRAVEL.finditer(sentence_text, 0, trigger.start()))[-1].start(),
                )
            ):
                # "He met Meir on Wednesday and flew back to Aswan on Thursday to see Sadat": the
                # journey is a verb coordinated with the one before, and shares its subject
                hosts = subject
            elif subject and _continues_the_subject(document.text, sentence.start, start):
                # "ELN negotiators first met in Caracas, held a second round in Mexico City and
                # opened their third round in Havana": one subject, three verbs.
                hosts = subject
            elif not subject:
                hosts = subject = _members_of(document, sentence.start, start)
            if not hosts:
                # "The drivers' union Aslef, whose leaders met the Rail Delivery Group on Feb. 27,
                # turned down ...": the body whose people met
                hosts = _body_whose_people_met(
                    document, sentence.start, start, sentence.start + trigger.end()
                )
                subject = subject or hosts
            if not hosts:
                # "The Finnish delegation reached Moscow on March 7 and met Molotov": the people
                # the article listed for that side, else the side itself
                hosts = _delegation_opening_the_sentence(document, sentence, start)
                subject = subject or hosts
            if not hosts:
                # "the three delegations settled when they met again": who "they" are
                hosts = _they_stand_for(document, start)
                subject = subject or hosts
            if not hosts:
                # "The Sudan Revolutionary Front, an alliance of rebel groups, has asked for
                # changes. Its leaders held talks with ...": the body opening the sentence before
                hosts = _body_its_people_stand_for(
                    document, sentence, start
                ) or _body_its_head_word_stands_for(document, sentence, start)
                subject = subject or hosts
            if not hosts and found and _opens_on_they(document, sentence):
                # "The breakthrough came at a session in Copenhagen, when the two governments
                # agreed. They met again in Kuala Lumpur": those who met in the sentence before
                before = [s for s in document.sentences if s.end <= sentence.start]
                if before and before[-1].start <= found[-1].start < before[-1].end:
                    hosts = subject = list(found[-1].participants)
            if not hosts and found:
                # "The OAS committee, led by X, first met Y on Wednesday. The following day it
                # flew to Z for talks with W": "it" is the body the sentence before had meet
                hosts = _body_it_stands_for(document, sentence, start, found[-1])
                subject = subject or hosts
            if not hosts and _pronoun_subject_of_a_later_verb(document, sentence.start, start):
                named = person_a_pronoun_stands_for(
                    document, sentence.start, pronoun=_pronoun_in(document.text, sentence, start)
                )
                hosts = subject = [named] if named is not None else []
            if not hosts and _AFTER_MEETING.search(document.text, sentence.start, start):
                # "Rabbani agreed to send a delegation only after meeting Vendrell": the
                # participle after "after" shares the subject of the clause it hangs on
                clause = document.clause_at(start)
                if clause is None or clause.verb is None or clause.verb.future:
                    continue  # "he would decide after meeting X next week": not held yet
                hosts = _actors_in(document, clause.own_subject())
                subject = subject or hosts
            if not hosts:
                # "and again when he received Raisi in Beijing": "he" is the subject of the
                # trigger's own clause, a subordinate one; the person named before it
                hosts = _pronoun_subject_of_the_verb(document, start)
                subject = subject or hosts
            pronoun = (
                re.search(
                    # "He and Count Buol had first sat across from each other": opening the
                    # sentence too, a title before the name that follows
                    r"\b(?:he|she)\s*(?:,|\band)\s*(?:(?-i:[A-Z])[\w.]*\s+){0,2}$",
                    document.text[sentence.start : hosts[0].start],
                    re.IGNORECASE,
                )
                if hosts
                else None
            )
            if pronoun:
                # "on Thursday he, Kerry and Mogherini joined ...": he is the man named before;
                # when the sentence names nobody before him, the one the sentence before is
                # about ("X held talks with Y. Later he and Z met W": X, not Y)
                exclude = {h.ref for h in hosts}
                named = None
                if not any(
                    sentence.start <= m.start < sentence.start + pronoun.start()
                    and document.is_person(m.ref)
                    for m in document.mentions
                ):
                    named = person_a_pronoun_stands_for(
                        document,
                        sentence.start,
                        pronoun=_pronoun_in(document.text, sentence, hosts[0].start),
                    )
                    if named is not None and named.ref in exclude:
                        named = None
                named = named or _person_named_before(
                    document, sentence.start + pronoun.start(), exclude=exclude
                )
                if named is not None:
                    hosts = subject = [named, *hosts]
            if not hosts and trigger.group("met"):
                # "Their latest meeting, in Bishkek on May 18, ...", "capping the first-ever
                # meeting between a sitting U.S. president and a North Korean leader"
                hosts = _owners_of_the_meeting(document, sentence, start)
                subject = subject or hosts
            if not hosts and trigger.group("met"):
                # "The ministers had first met on Saturday, when A, B and C failed to agree":
                # a subject no name stands for, spelt out by the "when" clause that follows
                hosts = _people_the_when_clause_names(document, start, clause_end)
                subject = subject or hosts
            if (
                _is_planned(document.text, sentence.start, start)
                or _is_a_meeting_to_come(document.text, sentence.start, start, trigger.group(0))
                or _is_called_off(document.text, sentence.start, start)
                or _is_negated(document.text, sentence.start, start)
                or _verb_tells_no_meeting_held(document, start)
                or _subject_of_an_unrealised_verb(document, start)
                or _after_meeting_still_to_come(document, sentence.start, start)
            ):
                continue
            if (
                number
                and triggers[number - 1].group("where_met")
                and told
                and told[-1].start == sentence.start + triggers[number - 1].start()
                and {h.ref for h in hosts} <= {p.ref for p in told[-1].participants}
                and not _list_after(
                    document,
                    sentence.start + trigger.end(),
                    clause_end,
                    exclude={p.ref for p in told[-1].participants},
                )
            ):
                # "at the morning session ..., where X and Y have faced each other across the
                # table since the 9th": the "where" clause's own verb tells the same meeting
                continue
            if (
                told
                and trigger.group("met")
                and re.search(
                    r",\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}$",
                    document.text[sentence.start : start],
                )
            ):
                # "Hill and Kim talked for two hours, a meeting U.S. officials described as
                # businesslike": the meeting in apposition is the one just told
                continue
            if (
                trigger.group("presence")
                and not told
                and _SIGNED_TOGETHER_BEFORE.search(document.text, sentence.start, start)
            ):
                # "A and B put their names to the memorandum in the National Assembly, in the
                # presence of President X": a signing before witnesses, an event, not a meeting
                continue
            if trigger.group("presence") and not hosts and told:
                # "X and Y shook hands on July 21 and signed a memorandum in Z's presence": the
                # witness joins the people of the meeting just told
                hosts = [p for p in told[-1].participants if document.is_person(p.ref)]
            if (
                trigger.group("opened")
                and told
                and re.match(r"the\s", trigger.group(0), re.IGNORECASE)
                and not document.dates_between(start, clause_end)
            ):
                # "X met Y on Aug. 10, but the meeting ended without agreement": the meeting
                # just told, undated again, is no other one
                continue
            present = _attendance_after_the_meeting_just_told(
                document, sentence, trigger, start, told
            )
            if present is not None:
                # "X met Y on Thursday, with Z present", "X and Y met in talks also attended by
                # Z": those present took part in the meeting the clause before told
                _add_participants(
                    document,
                    told,
                    _list_after(
                        document,
                        present,
                        clause_end,
                        exclude={p.ref for p in told[-1].participants},
                    ),
                )
                continue
            together = _the_sides_met_apart_brought_together(
                document, trigger, start, clause_end, told, hosts
            )
            if together is not None:
                found.append(together)
                told.append(together)
                continue
            again = _with_the_one_met_before(document, sentence, trigger, start, clause_end, told)
            if again is not None:
                found.append(again)
                told.append(again)
                continue
            meetings = _read_meeting(
                document,
                sentence,
                trigger,
                start,
                clause_end,
                triggers,
                number,
                everyone_met,
                hosts,
            )
            if meetings and _THE_DELEGATIONS.match(document.text, sentence.start + trigger.end()):
                # "The talks, convened by A and attended by B, C and D, opened on Aug. 14. ...
                # E hosted the delegations on Sunday": without a number, the delegations are
                # those of the last talks the article told with more than two parties
                earlier = [m for m in found if len(m.participants) > 2 and m.start < start]
                if earlier:
                    meetings[0].participants = [
                        *[p for p in meetings[0].participants if p.ref in {h.ref for h in hosts}],
                        *[
                            p
                            for p in earlier[-1].participants
                            if p.ref not in {h.ref for h in hosts}
                        ],
                    ]
            attended = _ATTENDED_BY_AFTER.search(
                document.text, sentence.start + trigger.end(), clause_end
            )
            if meetings and attended is not None:
                # "X and Y held talks on Thursday, attended by Z": Z took part too
                _add_participants(
                    document, meetings, _list_after(document, attended.end() - 1, clause_end)
                )
            if meetings:
                for meeting in meetings:
                    meeting.participants = _groups_as_the_people_listed(
                        document, meeting.participants
                    )
                subject = subject or meetings[0].subject
                found.extend(meetings)
                told.extend(meetings)
                again = _again_elsewhere_or_later(document, meetings[-1], clause_end)
                found.extend(again)
                told.extend(again)
        found.extend(_later_rounds(document, sentence, told))
        found.extend(_earlier_rounds(document, sentence, told))
        found.extend(_opening_of_resumed_talks(document, sentence, told))
        if not told:
            found.extend(_their_later_session(document, sentence, found))
    return _without_undated_retellings(_merge(found, document.text), document)


# "..., and again on Thursday and Friday", "... and in Singapore the following month": the
# same people meeting again, on other days or in another place
_AGAIN_ELSEWHERE = re.compile(
    # "on Wednesday morning and once more the following day", "and once more late on Friday"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    # "met again on Wednesday, for nearly five hours, and once more late on Friday": how long
    # the first sitting ran, set off by commas before the next
    r"(?:,\s+for\s+(?:(?:nearly|almost|about|some|over|more\s+than)\s+)?[\w-]+\s+(?:hours?"
    r"|minutes)(?=,))?"
    r",?\s+and\s+(?:(?P<again>again|once\s+more|once\s+again)\s+)?(?:in\s+(?P<place>(?-i:[A-Z])"
    r"[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)\s+)?(?:(?:late|early)\s+)?(?:(?:on|in)\s+)?$"
)


# "the Mayor ", "Mr. ", "President ": the titles between a verb and the name after them
_TITLES_BEFORE_A_NAME = re.compile(r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}")


def _person_right_after(document: Document, offset: int) -> bool:
    """ "to Mayor John P. Hopkins", "to Mr. Harriman": a person named right after, his titles
    before him (not "to the Supreme Court", nor "to Kerry's residence", a place of his)."""
    for mention in document.mentions:
        if mention.start < offset:
            continue
        return (
            document.is_person(mention.ref)
            and _TITLES_BEFORE_A_NAME.fullmatch(document.text, offset, mention.start) is not None
            and not re.match(r"['’]s?\b", document.text[mention.end :])
        )
    return False


def _each_time_dated(document: Document, offset: int, clause_end: int) -> bool:
    """ "met three times, on Monday, on Tuesday and last night", "twice, on May 3 and May 5":
    the times counted, each told by its day."""
    first = next(iter(document.dates_between(offset, clause_end)), None)
    return (
        first is not None
        and re.fullmatch(r"\s*,?\s*(?:on\s+)?", document.text[offset : first.start]) is not None
        and bool(_days_listed_after(document, first, clause_end))
    )


# "several times", "three times": encounters counted, not told one by one
_A_COUNT_OF_TIMES = r"(?:several|many|numerous|multiple|two|three|four|five|\d+)\s+times\b"
# what may stand between the count of encounters and the month that holds them all: a place
# ("several times in Kisumu and Eldoret in May"), nothing that starts a span ("since May")
_BEFORE_THE_MONTH_OF_THE_TIMES = re.compile(
    r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w'’-]*(?:(?:\s+|\s+and\s+)(?-i:[A-Z])[\w'’-]*){0,3})?"
    r"\s+(?:in|during|over)\s+(?:(?:early|mid|late)[\s-])?$"
)


def _times_within_a_month_or_year(document: Document, offset: int, clause_end: int) -> bool:
    """ "met Farah several times in mid-March", "three times during 2019": the encounters
    counted all fall in one month (or year) told right after the count, and it dates them as
    one meeting at that precision (not "several times since March", nor on a day)."""
    first = next(iter(document.dates_between(offset, clause_end)), None)
    return (
        first is not None
        and first.precision in ("month", "year")
        and _BEFORE_THE_MONTH_OF_THE_TIMES.fullmatch(document.text, offset, first.start) is not None
    )


def _again_elsewhere_or_later(document: Document, meeting, clause_end: int):
    """ "X met Y in Sherman Oaks last Wednesday, Sept. 20, and again on Thursday and Friday",
    "They met in Kuala Lumpur in October and in Singapore the following month": after a dated
    meeting, a date coordinated with "and again" or with a place of its own is another
    meeting of the same people."""
    dated = [d for d in document.dates_between(meeting.start, clause_end) if d.iso == meeting.date]
    part_of_the_day = _THAT_PART_OF_THE_DAY.search(document.text, meeting.start, clause_end)
    if dated:
        position = dated[0].end
    elif part_of_the_day is not None:
        # "held talks with Aziz that night and again on Saturday": dated by the day before
        position = part_of_the_day.end()
    else:
        return []
    extra = []
    place, location_id = meeting.location_name, meeting.location_id
    listed = _days_listed_after(document, dated[0] if dated else None, clause_end)
    for date in document.dates_between(position, clause_end):
        gap = document.text[position : date.start]
        joined = _AGAIN_ELSEWHERE.fullmatch(gap)
        if extra and re.fullmatch(r"\s*(?:,|and|,\s+and)\s+(?:on\s+)?", gap):
            joined = True  # "again on Thursday and Friday": each day its meeting
        elif date in listed:
            joined = True  # "met on Monday, on Tuesday and last night": each day its meeting
        elif joined is None or not (joined.group("again") or joined.group("place")):
            break
        if joined is not True and joined.group("place"):
            place, location_id = joined.group("place"), None
        if date.iso == meeting.date or date.ahead:
            break
        extra.append(
            replace(
                meeting,
                # a list of its own: merging another meeting into one day's must leave the
                # other days' alone
                participants=list(meeting.participants),
                start=date.start,
                end=date.end,
                date=date.iso,
                date_precision=date.precision,
                location_name=place,
                location_id=location_id,
                retold_at=[],
            )
        )
        position = date.end
    return extra


# the joint between two days of one list: "Monday, on Tuesday", "Tuesday and last night"
_JOINT_OF_LISTED_DAYS = re.compile(r"\s*(?:,|\s+and)\s+(?:on\s+)?")


def _days_listed_after(document: Document, first, clause_end: int) -> list:
    """ "met three times, on Monday, on Tuesday and last night", "held talks on Monday and
    Thursday": the days listed after the first one, each a meeting of its own. The list ends
    with "and" before its last day (not ", and on Tuesday he flew home", a new clause) and
    then the clause does, or a place follows; every day in it is a day of the calendar."""
    if first is None or first.precision != "day":
        return []
    listed, position = [], first.end
    for date in document.dates_between(first.end, clause_end):
        if not _JOINT_OF_LISTED_DAYS.fullmatch(document.text, position, date.start):
            break
        if date.precision != "day" or date.ahead:
            return []
        listed.append(date)
        position = date.end
    if not listed or not re.match(
        r"\s+and\s", document.text[listed[-2].end if len(listed) > 1 else first.end :]
    ):
        return []
    if not re.match(r"(?:\s*[.;,:]|\s+(?:in|at)\s+(?-i:[A-Z])|\s*$)", document.text[position:]):
        return []
    return listed


_ITS_PEOPLE = re.compile(
    rf"\s*(?:Its|Their)\s+(?:[\w-]+\s+)?(?:leaders|leadership|{_GROUP_NOUNS})\s+"
    rf"(?:(?:have|has|had|{_ADVERBS})\s+)*$"
)


# "Union officials met Ford managers": a body's head word, capitalised as it opens the
# sentence, before its people
_HEAD_WORD_AND_ITS_PEOPLE = re.compile(
    r"\s*(?P<head>(?-i:[A-Z])[a-z]+)\s+(?:officials|negotiators|leaders|representatives"
    rf"|delegates)\s+(?:(?:have|has|had|{_ADVERBS})\s+)*$"
)


def _body_its_head_word_stands_for(document: Document, sentence, start: int) -> list[Mention]:
    """ "The National Union of Vehicle Builders accepted ... Union officials met Ford managers",
    "The United Auto Workers union reached a deal ... Union negotiators were back at the table":
    the last body before the sentence written with that word (in its name or right after it)."""
    opening = _HEAD_WORD_AND_ITS_PEOPLE.fullmatch(document.text, sentence.start, start)
    if opening is None or document.mentions_between(sentence.start, start):
        return []
    return _last_body_written_with(document, opening.group("head").lower(), sentence.start)


def _last_body_written_with(document: Document, head: str, before: int) -> list[Mention]:
    """The last body named before `before` with the word `head` in its name or right after it
    ("the United Auto Workers union"), as a one-item list (empty when there is none)."""
    for mention in reversed(document.mentions_between(0, before)):
        if document.is_person(mention.ref) or mention.via in ("post", "demonym"):
            continue
        written = re.match(r"\s+[a-z]+", document.text[mention.end : before])
        words = mention.text_in(document.text) + (written.group(0) if written else "")
        if head in words.lower().split():
            return [mention]
    return []


# "met union leaders", "received party officials": the people of a body named by its head
# word in lower case, right after the trigger
_HEAD_WORD_PEOPLE_AFTER = re.compile(
    r"\s+(?:with\s+)?(?P<head>(?-i:[a-z])[a-z]+)\s+(?:officials|negotiators|leaders"
    r"|representatives|delegates)\b"
)


def _body_whose_head_word_names_the_people_met(document: Document, sentence, trigger_end: int):
    """ "The union struck on Feb. 12. ... The council's committee met union leaders on Feb. 22":
    the last body before the sentence written with that head word stands for its people."""
    people = _HEAD_WORD_PEOPLE_AFTER.match(document.text, trigger_end)
    if people is None or document.mentions_between(trigger_end, people.end()):
        return []
    found = _last_body_written_with(document, people.group("head"), sentence.start)
    begin = people.start("head")
    return [Mention(begin, people.end(), -1, -1, body.ref, "anaphor") for body in found]


def _body_its_people_stand_for(document: Document, sentence, start: int) -> list[Mention]:
    """ "The Sudan Revolutionary Front, an alliance of rebel groups, has asked for changes. Its
    leaders held talks with ...": "its leaders" (negotiators, delegation) opening a sentence
    stand for the body that opens the sentence before as its subject."""
    before = document.sentence_before(sentence)
    if not _ITS_PEOPLE.fullmatch(document.text, sentence.start, start) or before is None:
        return []
    opening = [
        m
        for m in document.mentions_between(before.start, before.end)
        if re.fullmatch(r"\s*(?:The\s+)?", document.text[before.start : m.start])
    ]
    if not opening or document.is_person(opening[0].ref) or opening[0].via in ("post", "demonym"):
        return []
    return opening[:1]


# "met their leaders", "held talks with its negotiators": the people of a body the sentence
# before named, right after the trigger
_ITS_PEOPLE_AFTER = re.compile(
    rf"\s+(?:with\s+)?(?:its|their)\s+(?:[\w-]+\s+)?(?:leaders|leadership|chiefs|elders"
    rf"|{_GROUP_NOUNS})\b"
)


def _body_whose_people_were_met(document: Document, sentence, trigger_end: int):
    """ "The Naskapi of Schefferville asked to be included. Mr. Ciaccia, who met their leaders at
    Schefferville on Oct. 28, ...": the body that opens the sentence before as its subject
    (not a person, a post or a demonym), when the trigger's object is "its" or "their" people
    and the sentence names no body before them."""
    before = document.sentence_before(sentence)
    if before is None or not _ITS_PEOPLE_AFTER.match(document.text, trigger_end):
        return []
    named = document.mentions_between(sentence.start, trigger_end)
    if any(not document.is_person(m.ref) for m in named):
        return []  # "Hamas said the envoy met its leaders": the body of this sentence
    opening = [
        m
        for m in document.mentions_between(before.start, before.end)
        if re.fullmatch(r"\s*(?:The\s+)?", document.text[before.start : m.start])
    ]
    if not opening or document.is_person(opening[0].ref) or opening[0].via in ("post", "demonym"):
        return []
    if re.fullmatch(r"[A-Z .'-]+", opening[0].text_in(document.text)):
        return []  # "QUEBEC, Nov. 12 (CP) —": the dateline's place opens no subject
    return opening[:1]


# ", when ": a clause of time right after the meeting's own words (its place and day between)
_WHEN_CLAUSE_AFTER = re.compile(r"[^,;.]{0,80}?,\s+when\s+(?=\S)")


def _people_the_when_clause_names(document: Document, start: int, clause_end: int):
    """ "The ministers had first met on Saturday, when Dijsselbloem, Schaeuble and Tsakalotos
    failed to agree": the people the "when" clause has as its subject, two or more of them,
    where the meeting's own subject names no one (not "when the conference rejected his
    demand", a body, nor "when Francis prayed at the wall", one person)."""
    when = _WHEN_CLAUSE_AFTER.match(document.text, start, clause_end)
    if when is None:
        return []
    # the clause's verb: the first one after "when" (the parse may not set the clause apart)
    verbs = [
        document.tokens[clause.verb.first_token].start
        for clause in document.clauses_of(document.sentence_at(start))
        if clause.verb is not None and document.tokens[clause.verb.first_token].start > when.end()
    ]
    if not verbs:
        return []
    # the people the subject names, each by his name (the bodies in their posts, "Eurogroup
    # chairman X", are theirs)
    people = [
        m
        for m in document.mentions_between(when.end(), min(verbs))
        if document.is_person(m.ref) and m.via != "post"
    ]
    return people if len({m.ref for m in people}) >= 2 else []


# "only after meeting", "before meeting with": a participle of meeting in a phrase of time
_AFTER_MEETING = re.compile(r"\b(?:after|before|while|since|when|upon)\s+$", re.IGNORECASE)
# Verbs of wish or intent: what their infinitive does is still to come ("hopes to sign").
_VERBS_OF_INTENT = {"hope", "want", "wish", "intend", "aim", "seek", "expect", "plan"}


def _after_meeting_still_to_come(document: Document, sentence_start: int, start: int) -> bool:
    """ "Sisi hopes to sign the deal after meeting Blinken next week": a participle of meeting
    after "after" or "before" that hangs on a verb of time to come, or of wish or intent, is a
    meeting not yet held (tune17d)."""
    if not _AFTER_MEETING.search(document.text, sentence_start, start):
        return False
    clause = document.clause_at(start)
    return (
        clause is not None
        and clause.verb is not None
        and (clause.verb.future or bool(set(clause.verb.lemmas[:1]) & _VERBS_OF_INTENT))
    )


# "X and Y first met in London in May, and a round in Geneva in August produced a ceasefire": a
# round that is the subject of a clause coordinated after a meeting, with a place and a day of
# its own, between those who met
_LATER_ROUND = re.compile(
    r",?\s+and\s+(?:a|another|the)\s+(?:(?:second|third|fourth|fifth|new|further|final|last"
    r"|later|subsequent)\s+)?(?:round|session)(?:\s+of\s+(?:[\w-]+\s+)?talks)?"
    r"(?P<rest>\s+(?:in|at)\s+[^,;]{1,60}?)\s+(?:produced|yielded|brought|ended|led|closed"
    r"|reached|settled|agreed|broke|made)\b"
)


# "X met Y in Kampala on Wednesday, and briefed him by telephone on Friday": the verb's object
# is a pronoun for the one met before
_PRONOUN_OBJECT = re.compile(r"\s+(?:him|her|them)\b")


# "bringing the two delegations together", "brought them together": the group after the verb
_GROUP_BROUGHT_TOGETHER = re.compile(
    r"\s+(?:the\s+two\s+(?:delegations|sides|parties|teams|camps)|both\s+(?:sides|delegations"
    r"|parties)|them)\s+together\b",
    re.IGNORECASE,
)


def _the_sides_met_apart_brought_together(document, trigger, start, clause_end, told, hosts):
    """ "X met A on Monday and held separate sessions with B the next day before bringing the
    two delegations together on Wednesday": the two the host met apart earlier in the sentence,
    with him, on the day of their own clause; None where the sentence told no such pair."""
    if not trigger.group("convened") or len(told) < 2:
        return None
    if not _GROUP_BROUGHT_TOGETHER.match(document.text, start + len(trigger.group(0))):
        return None
    # the host: whoever took part in every meeting the sentence told
    own = set.intersection(*({p.ref for p in meeting.participants} for meeting in told))
    hosts = [p for p in told[0].participants if p.ref in own]
    if not hosts:
        return None
    guests: list[Mention] = []
    for meeting in told:
        guests += [
            p
            for p in meeting.participants
            if p.ref not in own and p.ref not in {g.ref for g in guests}
        ]
    days = document.dates_between(start, clause_end)
    if len(guests) != 2 or not days:
        return None
    return replace(
        told[-1],
        start=start,
        end=clause_end,
        participants=[*hosts, *guests],
        date=days[0].iso,
        date_precision=days[0].precision,
    )


def _with_the_one_met_before(document, sentence, trigger, start, clause_end, told):
    """A second encounter of the same people told in a coordinated clause of the sentence with
    the other as a pronoun object, on a day of its own; None where the trigger reads otherwise
    (a name after it, no meeting told before, no day of its own, another subject)."""
    if not told or not _PRONOUN_OBJECT.match(document.text, sentence.start + trigger.end()):
        return None
    if not re.search(
        r",?\s+and\s+(?:then\s+|later\s+|also\s+)?$", document.text[sentence.start : start]
    ):
        return None  # "X met Y on Monday. Z telephoned him": another subject
    days = document.dates_between(start, clause_end)
    if not days or days[0].iso == told[-1].date:
        return None
    earlier = told[-1]
    return replace(
        earlier,
        start=start,
        end=clause_end,
        date=days[0].iso,
        date_precision=days[0].precision,
        location_id=None if trigger.group("phone") else earlier.location_id,
        location_name="" if trigger.group("phone") else earlier.location_name,
        phone=bool(trigger.group("phone")),
    )


# "The first round took place in Lisbon on June 23, followed by a session in London in mid-July
# and a third round in Lisbon at the end of August": rounds listed after a meeting told, each
# with a place and a day of its own ("and a ..." only in a list opened by "followed by")
_FOLLOWING_ROUND = re.compile(
    r"(?P<lead>,?\s+followed\s+by|,?\s+and)\s+(?:a|another)\s+(?:(?:second|third|fourth|fifth"
    r"|new|further|final|last|later|subsequent)\s+)?(?:round|session)(?:\s+of\s+(?:[\w-]+\s+)?"
    r"talks)?(?P<rest>\s+(?:in|at)\s+[^,;.]{1,60}?)(?=\s*(?:[,;.]|\sand\s)|\s*$)"
)


def _later_rounds(document, sentence, told) -> list[MeetingCandidate]:
    rounds = []
    following = [
        match
        for match in _FOLLOWING_ROUND.finditer(document.text, sentence.start, sentence.end)
        if "followed" in match.group("lead")
        or re.search(r"\bfollowed\s+by\b", document.text[sentence.start : match.start()])
    ]
    for match in [*_LATER_ROUND.finditer(document.text, sentence.start, sentence.end), *following]:
        earlier = [meeting for meeting in told if meeting.start < match.start()]
        start, end = match.start("rest"), match.end("rest")
        days = document.dates_between(start, end)
        if not earlier or not days:
            continue  # undated, it cannot be told apart from the meeting before
        rounds.append(_round_of(document, earlier[-1], match.start(), start, end, days[0]))
    return rounds


def _round_of(document, meeting, told_at, start, end, day, *, same_texts=True):
    """Another round of `meeting`'s people, told at `told_at`, on `day` and at the place
    written between `start` and `end` ("in Havana", "in Belarus"); a later round goes on with
    the texts discussed (`same_texts`), an earlier one is not known to have had them."""
    location_id, location_name = _place_for(document, start, start, end, topic_end=start)
    if not location_name:
        place = _PLACE_BEFORE.search(document.text, start, end)
        location_name = place.group("place") if place else ""
    return MeetingCandidate(
        start=told_at,
        end=end,
        participants=list(meeting.participants),
        date=day.iso,
        date_precision=day.precision,
        location_id=location_id,
        location_name=location_name,
        proposal_ids=list(meeting.proposal_ids) if same_texts else [],
        subject=meeting.subject,
    )


# "X and Y met on Tuesday, their first face-to-face round since talks in Belarus earlier this
# month": the meeting told is measured from an earlier one between the same people, with a
# place and a day of its own
_EARLIER_ROUND = re.compile(
    r",\s+(?:their|the)\s+(?:[\w-]+\s+){0,3}?(?:round|meeting|session|talks|encounter|contact)"
    r"(?:\s+of\s+talks)?\s+since\s+(?:their\s+)?(?:last\s+|previous\s+|earlier\s+)?"
    r"(?:talks|meeting|round|session|summit|negotiations)"
    r"(?P<rest>\s+(?:in|at)\s+[^,;.]{1,60})"
)


def _earlier_rounds(document, sentence, told) -> list[MeetingCandidate]:
    rounds = []
    for match in _EARLIER_ROUND.finditer(document.text, sentence.start, sentence.end):
        earlier = [meeting for meeting in told if meeting.start < match.start()]
        start, end = match.start("rest"), match.end("rest")
        days = document.dates_between(start, end)
        if not earlier or not days:
            continue  # undated, it cannot be told apart from the meeting told
        if days[0].ahead or days[0].iso > document.published_on.isoformat():
            continue  # "since talks next month were called off": none held
        if (days[0].iso, days[0].precision) == (earlier[-1].date, earlier[-1].date_precision):
            continue
        rounds.append(
            _round_of(document, earlier[-1], match.start(), start, end, days[0], same_texts=False)
        )
    return rounds


# "The round, which began in July and resumed on Sept. 13 after a recess, brought together
# ...": the talks met on each day of the relative clause, the opening and the resumption
_BEGAN_AND_RESUMED = re.compile(
    r"\b(?:which|that)\s+(?:had\s+)?(?:began|opened|started)\s+(?P<began>[^,;]{1,40}?)\s+and"
    r"\s+(?:later\s+|then\s+)?(?:resumed|reconvened)\s+(?P<resumed>[^,;]{1,40})",
    re.IGNORECASE,
)


def _opening_of_resumed_talks(document, sentence, told) -> list[MeetingCandidate]:
    """A meeting dated by the resumption its relative clause tells, met first on the day the
    clause says the talks began."""
    rounds = []
    for match in _BEGAN_AND_RESUMED.finditer(document.text, sentence.start, sentence.end):
        began = document.dates_between(match.start("began"), match.end("began"))
        resumed = document.dates_between(match.start("resumed"), match.end("resumed"))
        if not began or not resumed or began[0].ahead:
            continue
        for meeting in told:
            if (meeting.date, meeting.date_precision) == (resumed[0].iso, resumed[0].precision):
                rounds.append(
                    replace(
                        meeting,
                        start=match.start("began"),
                        participants=list(meeting.participants),
                        date=began[0].iso,
                        date_precision=began[0].precision,
                        retold_at=[],
                    )
                )
    return rounds


# "Three days later, at their second session, the government side refused ...": a later
# session of the people of the meeting the sentence before told, dated by the phrase of time
# that opens the sentence
_THEIR_LATER_SESSION = re.compile(
    r"[^,;.]{1,40},\s+(?:at|during|in)\s+their\s+(?:second|third|fourth|fifth|sixth|following)"
    r"\s+(?:session|meeting|round)\b",
    re.IGNORECASE,
)
# "X sat in council with Y on Wednesday. The council resumed on Thursday": the same people met
# again on the day the sentence opening on the resumption gives
_SESSION_RESUMED = re.compile(
    r"(?:the|their)\s+(?:council|talks|meeting|session|conference|negotiations|discussions)"
    r"\s+(?:resumed|reconvened)\b[^,;.]{0,40}",
    re.IGNORECASE,
)


# "The two delegations first met on August 31. At a session on September 7 the Swedish
# delegates turned down ...": a later sitting of those the sentence before had meet, dated
_A_SESSION_ON_A_DAY = re.compile(
    r"(?:at|during)\s+(?:a|an|the)\s+(?:(?:later|further|new|second|third|stormy|tense|long"
    r"|private|plenary)\s+)?(?:session|sitting|meeting)\s+(?=on\s)",
    re.IGNORECASE,
)


def _their_later_session(document, sentence, found) -> list[MeetingCandidate]:
    match = _THEIR_LATER_SESSION.match(
        document.text, sentence.start, sentence.end
    ) or _SESSION_RESUMED.match(document.text, sentence.start, sentence.end)
    before = document.sentence_before(sentence)
    end = match.end() if match is not None else sentence.start
    if match is None and found and before is not None:
        match = _A_SESSION_ON_A_DAY.match(document.text, sentence.start, sentence.end)
        day = (
            [
                d
                for d in document.dates_between(match.end(), sentence.end)
                if d.start <= match.end() + 3
            ]
            if match is not None
            else []
        )
        end = day[0].end if day else sentence.start
        if not day or any(
            m.ref not in {p.ref for p in found[-1].participants}
            and m.via not in ("demonym", "post", "country")
            and not document.is_state(m.ref)
            for m in document.mentions_between(end, sentence.end)
        ):
            match = None  # "At a session on Monday the Security Council voted": others sat
    if match is None or not found or before is None:
        return []
    earlier = found[-1]
    if earlier.start < before.start or not earlier.date:
        return []  # "their" takes up the people of the meeting the sentence before told
    days = document.dates_between(sentence.start, end)
    if not days or days[0].iso <= earlier.date or days[0].iso > document.published_on.isoformat():
        return []
    return [
        replace(
            earlier,
            start=match.start(),
            end=match.end(),
            date=days[0].iso,
            date_precision=days[0].precision,
        )
    ]


def _without_undated_retellings(
    meetings: list[MeetingCandidate], document: Document
) -> list[MeetingCandidate]:
    """ "Clinton, who spent more than 80 hours with the two leaders, called the deal ...": a
    meeting told in a relative clause of a sentence that gives no day, among the same
    participants as a meeting the article dates elsewhere, is that meeting told again as
    background, not another on whatever day was named last."""
    dated = [m for m in meetings if not m.undated]
    return [
        meeting
        for meeting in meetings
        if not (
            meeting.undated
            and any(
                {p.ref for p in meeting.participants} <= {p.ref for p in other.participants}
                for other in dated
            )
        )
        # "The conference opened on Jan. 4. ... On Jan. 4 Ayub met Shastri": the opening, its
        # sides guessed, is the meeting the article tells by name within its day or month, of
        # both sides or their people (not one of a side with a third party, elsewhere)
        and not (
            meeting.guessed
            and any(
                not other.guessed
                and _of_both_sides(document, meeting.participants, other.participants)
                and other.date.startswith(_told_part(meeting.date, meeting.date_precision))
                and other.date_precision in _AS_PRECISE_OR_MORE[meeting.date_precision]
                for other in meetings
            )
        )
    ]


def _of_both_sides(document: Document, sides: list[Mention], people: list[Mention]) -> bool:
    """Whether every one of the sides is among the people, or is the body one of them answers
    for (the state or its government alike)."""
    present = set()
    for person in people:
        body = (
            document.gazetteer.body_of_post(person.ref) if document.is_person(person.ref) else None
        )
        for ref in (person.ref, body):
            if ref is not None:
                present |= {ref, document.government_of(ref)}
    return all(side.ref in present or document.government_of(side.ref) in present for side in sides)


_AS_PRECISE_OR_MORE = {"day": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}


def _told_part(date: str, precision: str) -> str:
    """The part of an ISO date its precision tells: "1995-10" of a month."""
    return {"day": date, "month": date[:7]}.get(precision, date[:4])


def _moved(document, sentence, earlier, triggers, number, clause_end) -> MeetingCandidate:
    """The talks just told, moved to another place: a meeting of the same participants there,
    on the day or month its own clause gives."""
    start = sentence.start + triggers[number].start()
    clause_start = sentence.start + triggers[number - 1].end()
    date = _date_for(document, sentence, clause_start, start, clause_end)
    location_id, location_name = _place_for(document, start, start, clause_end, topic_end=start)
    if not location_name:
        place = _PLACE_BEFORE.search(document.text, start, clause_end)  # "moved to Havana"
        location_name = place.group("place") if place else ""
    return MeetingCandidate(
        start=start,
        end=clause_end,
        participants=list(earlier.participants),
        date=date[0],
        date_precision=date[1],
        location_id=location_id,
        location_name=location_name,
        proposal_ids=list(earlier.proposal_ids),
        subject=earlier.subject,
    )


# A journey told before "to see": "flew to Kiev to see Poroshenko".
_TRAVEL = re.compile(
    r"\b(?:flew|flown|flies|fly|travell?ed|travels|went|gone|came|arrived|headed|rushed|returned"
    r"|visited|drove|driven|sailed|journeyed"
    # "crossed to the island to see the high chief": a crossing by water or a border is a trip
    r"|crossed|crosses|crossing"
    # "shuttled between the camps, flying to Tehran on Monday to see Nuri"
    r"|flying|travell?ing|going|coming|heading|rushing|returning|driving|sailing|arriving)\b",
    re.IGNORECASE,
)


# "X and Y returned to Algiers in late October for a round of talks mediated by Z": the
# talks the travellers came for, with whoever mediated them (not "called for talks")
_TRIP_FOR_TALKS = re.compile(
    _TRAVEL.pattern + r"[^.;]{0,80}?\bfor\s+(?:[\w-]+\s+){0,4}?" + _MEETING_NOUNS + r"\s+$",
    re.IGNORECASE,
)


def _is_negated(text: str, sentence_start: int, trigger_start: int) -> bool:
    """ "have never met", "did not meet", "refused to sit down with": no meeting held."""
    return bool(
        re.search(
            r"\b(?:never|not|n['’]t|no\s+longer|refused\s+to|declined\s+to|rejected)"
            r"\s+(?:(?:yet|again|even|directly|formally|once)\s+)*$",
            text[sentence_start:trigger_start],
            re.IGNORECASE,
        )
    )


# "Five commanders of the FMLN", "Members of Hamas's political bureau", "A delegation from
# Israel": people of a body opening the sentence stand for it.
_MEMBERS_OF = re.compile(
    r"\s*(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|senior|top|\d+)\s+)*"
    r"(?:[\w-]+\s+)?(?:commanders|members|leaders|representatives|envoys|officials|negotiators"
    r"|delegates|delegations?|deputations?|emissaries|ministers)\s+(?:of|from)\s+(?:the\s+)?",
    re.IGNORECASE,
)


# "Negotiators for the two sides, including Karua for the government and Ruto for the
# opposition, had been meeting": the process's sides, with the people the appositive names
_PEOPLE_OF_THE_SIDES = re.compile(
    rf"\s*(?:[\w-]+\s+)?(?:{_GROUP_NOUNS}|representatives)\s+(?:for|of|from)\s+(?:the\s+two"
    r"|both)\s+(?:sides|parties|camps)\b(?P<including>,\s+(?:including|among\s+them|led\s+by)"
    r"\s[^;]*?,)?(?=\s+(?:\w+\s+){0,3}?$)",
    re.IGNORECASE,
)


def _people_of_the_sides(document: Document, sentence_start: int, trigger_start: int):
    """ "Negotiators for the two sides, including Karua and Ruto, met": the process's sides and
    the people named among them."""
    people_of_the_sides = _PEOPLE_OF_THE_SIDES.match(document.text, sentence_start, trigger_start)
    if people_of_the_sides:
        sides = sides_of_the_process(document) or _first_two_parties(document, exclude=set())
        named = (
            [
                m
                for m in document.mentions_between(*people_of_the_sides.span("including"))
                if document.is_person(m.ref) and m.via != "post"
            ]
            if people_of_the_sides.group("including")
            else []
        )
        return sides + named if sides else []
    return []


def _members_of(document: Document, sentence_start: int, trigger_start: int) -> list[Mention]:
    opening = _MEMBERS_OF.match(document.text, sentence_start, trigger_start)
    if opening is None or re.search(
        r"\b(?:said|says|told|tells|he|she|they|who|which|whom)\b",
        document.text[opening.end() : trigger_start],
        re.IGNORECASE,
    ):
        return []  # "Officials of Egypt said he met ...": the officials are not the subject
    named = [
        m
        for m in document.mentions_between(opening.end(), trigger_start)
        if m.start == opening.end() and m.via not in ("post", "demonym")
    ]
    return named[:1]


# "..., and of the Huasteca Petroleum Company, ...": the next body whose people the opening
# names, after an appositive of the one before
_AND_OF = re.compile(r",?\s+and\s+of\s+(?:the\s+)?")


def _bodies_the_people_of_each_stand_for(document: Document, sentence_start: int, trigger_start):
    """ "Representatives of the Mexican Eagle Oil Company, the British concern controlled by
    Royal Dutch Shell, and of the Huasteca Petroleum Company, a subsidiary of X, called on Y":
    the body after "of" and each one after "and of", not those the appositives name; empty
    unless the opening names two bodies so."""
    opening = _MEMBERS_OF.match(document.text, sentence_start, trigger_start)
    if opening is None:
        return []
    starts = [opening.end()] + [
        m.end() for m in _AND_OF.finditer(document.text, opening.end(), trigger_start)
    ]
    bodies = []
    for at in starts:
        named = [m for m in document.mentions_between(at, trigger_start) if m.start == at]
        if not named or named[0].via in ("post", "demonym") or document.is_person(named[0].ref):
            return []
        bodies.append(named[0])
    return bodies if len({b.ref for b in bodies}) >= 2 else []


# "X, whose leaders met", "X, which does not belong to the federation and whose leaders met":
# what stands between a body and the verb its people's relative clause opens on
# ("Traders Limited, a British group whose agent waited on the Sheikh": the body's description
# in apposition, and the one man it sent, who met for it as its delegation would)
_WHOSE_PEOPLE_BEFORE = re.compile(
    r",\s+(?:(?:which|who)\s+[^,;.]{1,80}?\s+and\s+"
    r"|(?:a|an|the)\s+(?:[\w'’-]+\s+){1,4}?)?"
    r"whose\s+(?:[\w-]+\s+)?"
    rf"(?:{_GROUP_NOUNS}|leaders|leadership|chiefs|agent|envoy|emissary|representative|delegate)"
    r"\s+(?:(?:had|have|has|also|first|then|later)\s+)*$"
)


def _body_whose_people_met(
    document: Document, sentence_start: int, trigger_start: int, trigger_end: int
):
    """ "Aslef, whose leaders met the Rail Delivery Group": the body the relative clause hangs
    on, named right before it in the sentence; empty when no body stands there."""
    named = [
        m
        for m in document.mentions_between(sentence_start, trigger_start)
        if _WHOSE_PEOPLE_BEFORE.fullmatch(document.text, m.end, trigger_start)
    ]
    if not named or document.is_person(named[-1].ref):
        return []  # a person's envoys are his body's (`_body_of_whose_envoys`)
    # "ECOWAS, whose leaders met in Abuja on Dec. 17, rejected ...": a summit of its own, with
    # no one met named inside the relative clause
    aside_end = document.text.find(",", trigger_start)
    aside_end = aside_end if aside_end != -1 else document.sentence_at(trigger_start).end
    if not document.mentions_between(trigger_start, aside_end) and not (
        # ("whose leaders met federation officials in Chicago": the people of a body named
        # before, by its head word in lower case, are someone met)
        _HEAD_WORD_PEOPLE_AFTER.match(document.text, trigger_end)
    ):
        return []
    return named[-1:]


def _continues_the_subject(text: str, sentence_start: int, trigger_start: int) -> bool:
    """The trigger is a verb coordinated with an earlier one: ", held ..." or "and opened ..."."""
    return bool(
        re.search(
            r"(?:,|\band)\s+" + _BEFORE_A_SHARED_VERB + "$",
            text[sentence_start:trigger_start],
        )
    )


def _is_planned(text: str, sentence_start: int, trigger_start: int) -> bool:
    before = text[sentence_start:trigger_start]
    return bool(
        re.search(
            r"\b(?:will|is\s+due\s+to|is\s+expected\s+to|plans\s+to|(?:is|are)\s+to)\b[^,.]*$",
            before,
        )
        or re.search(
            r"\b(?:ready|willing|prepared|agreed|expected|due|set|scheduled|planning|plans?|hopes?"
            r"|wants?|invited|urged|asked|offered|offers|offering|proposed|promised|pledged"
            r"|vowed|sought|seeking|tried|trying|attempted|hoping|threatened)\s+"
            r"(?:[\w-]+\s+){0,3}?to\s+"
            # "has offered to host new talks between the two camps": talks someone would host
            r"(?:(?:host|hold|organi[sz]e|convene|arrange|broker|mediate|facilitate|sponsor)\s+"
            r"(?:(?:new|fresh|further|direct|more|the|a|peace|formal)\s+)*)?$",
            before,
        )
        or re.search(r"\b(?:would|could|might|should)\s+(?:[\w-]+\s+)?$", before)
        # "accepted an invitation from X, the director of Y, to meet with him": a meeting
        # offered, like "invited to meet"
        or re.search(r"\binvitations?\s+(?:from\s+[^.;:]{1,100}?,?\s+)?to\s+$", before)
        # "called for talks with Hamas", "offered direct talks with", "ruled out talks with"
        or re.search(
            # ("asked for talks with Chinalco", the same)
            r"\b(?:(?:called|calls|calling|pushed|pushing|pressed|pressing|appealed|asked|asks"
            r"|asking)\s+for"
            r"|urged|offered|offers|proposed|proposes|sought|seeks|demanded|demands|requested"
            # ("A delegation from X was refused a meeting with Y", "was denied an audience":
            # a meeting asked for and not given)
            r"|rejected|refused|denied|ruled\s+out)\s+(?:(?:a|an|any)\s+)?"
            r"(?:(?:new|fresh|direct|renewed|immediate|further|more|urgent)\s+)?$",
            before,
            re.IGNORECASE,
        )
        # "a planned meeting between", "the proposed talks with", "their next meeting"
        or re.search(
            r"\b(?:planned|proposed|scheduled|upcoming|expected|possible|potential|next|future"
            r"|prospective|mooted)\s+$",
            before,
            re.IGNORECASE,
        )
        # "Kuwait has proposed that the two sides meet again": a meeting asked for, its verb in
        # the base form after "that" and its subject; so too after the noun ("declined her
        # proposal that he meet Mr. Lewis", tune41f)
        or (
            re.search(
                r"\b(?:proposed|proposes|suggested|suggests|urged|urges|demanded|demands|insisted"
                r"|insists|asked|asks|recommended|recommends|requested|requests|proposals?"
                r"|suggestions?|recommendations?|insistence)\s+that\s+"
                r"[^,.;:]{1,80}?\s$",
                before,
                re.IGNORECASE,
            )
            and re.match(r"(?:meet|hold|sit|resume|talk|convene|gather)\b", text[trigger_start:])
        )
    )


# The present tense of the verbs of meeting: after "before", "until", "once" it speaks of time
# to come ("before Trump meets Kim", "until the two sides sit down again")
_PRESENT_MEETING_VERB = re.compile(
    r"(?:meets?|holds?|sits?|visits?|hosts?|receives?|welcomes?|speaks?|calls?|joins?"
    r"|comes?|gets?|shakes?|faces?)\b",
    re.IGNORECASE,
)
_CLAUSE_OF_TIME_TO_COME = re.compile(
    # (its subject between: "after a stop in Cairo to meet Sisi" has an infinitive instead)
    r"\b(?:before|until|till|once|when|whenever|after|if|unless)\s+"
    r"(?:(?!to\b)[\w.'’-]+\s+){1,6}$",
    re.IGNORECASE,
)


# A condition the sentence sets before the trigger ("if Iran restores access ... and resumes
# talks with Washington"): talks it names in the present tense are not yet held
_TALKS_ON_A_CONDITION = re.compile(
    r"\b(?:if|unless|until|once)\s+[^.;:?!“”\"]{1,120}?$",
    re.IGNORECASE,
)


def _is_a_meeting_to_come(text: str, sentence_start: int, trigger_start: int, trigger: str) -> bool:
    """ "agreed to share the results before Trump meets Kim in the coming weeks": a verb of
    meeting in the present tense, in a clause of time or condition, tells a meeting not yet
    held (a past one would read "before Trump met Kim")."""
    return bool(
        (
            _PRESENT_MEETING_VERB.match(trigger)
            and _CLAUSE_OF_TIME_TO_COME.search(text, sentence_start, trigger_start)
        )
        # "to delay it if Iran restores access, accounts for its uranium and resumes talks
        # with Washington": talks in the present tense, the last of a condition's verbs
        or (
            re.match(r"(?:resumes|holds|opens|starts|begins|returns\s+to)\s", trigger, re.I)
            and _TALKS_ON_A_CONDITION.search(text, sentence_start, trigger_start)
        )
    )


# "walked out of a meeting with the minister on Monday": one sitting with a guest named, held
# and then left before its end (not "walked out of the talks", the process left)
# ("walked out of a preparatory meeting with the government, the ANC and other groups": the
# government, named by its common noun, is a guest as much as a name)
_WALKED_OUT_OF_A_SITTING = re.compile(
    r"\bwalked\s+out\s+of\s+(?:a|the|their|his|her|its)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_SITTING_WITH_A_GUEST = re.compile(
    r"(?:meeting|session|sitting)\s+with\s+(?:(?:the\s+)?(?-i:[A-Z])"
    # (not "with government approval", "with the government's blessing": how it was held)
    r"|the\s+government\b(?!['’]))",
    re.IGNORECASE,
)
# "walked out of talks with Magnette in Namur last Friday": talks with no article, a guest
# named, then where or when they sat, are the one sitting left (not "walked out of the talks
# with Hamas", the process)
_WALKED_OUT_OF_TALKS = re.compile(
    r"\bwalked\s+out\s+of\s+(?:(?!(?:the|a|an|their|his|her|its)\b)[\w-]+\s+)?$",
    re.IGNORECASE,
)
_TALKS_WITH_A_GUEST_SEEN = re.compile(
    r"talks\s+with\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+"
    r"(?:in|at|on|last|late|early)\s",
    re.IGNORECASE,
)


def _those_who_walked_out(document: Document, sentence_start: int, trigger_start: int):
    """ "Hamas walked out of a meeting with Israel in Cairo on Tuesday": who left the sitting
    sat in it, a body as much as a person (the first person of the sentence is read when no one
    is), named right before "walked out"; the list after it are the guests (r69walkout)."""
    walked = _WALKED_OUT_OF_A_SITTING.search(
        document.text, sentence_start, trigger_start
    ) or _WALKED_OUT_OF_TALKS.search(document.text, sentence_start, trigger_start)
    if walked is None:
        return []
    return _list_before(document, sentence_start, walked.start())


def _is_called_off(text: str, sentence_start: int, trigger_start: int) -> bool:
    """ "had suspended talks between ...", "put off the next round of X-Y talks": talks stopped
    or delayed are no meeting held."""
    if _WALKED_OUT_OF_A_SITTING.search(
        text, sentence_start, trigger_start
    ) and _SITTING_WITH_A_GUEST.match(text, trigger_start):
        return False  # "walked out of a meeting with X on Monday": held, then left
    if _WALKED_OUT_OF_TALKS.search(
        text, sentence_start, trigger_start
    ) and _TALKS_WITH_A_GUEST_SEEN.match(text, trigger_start):
        return False  # "walked out of talks with X in Namur last Friday": the same
    return bool(
        re.search(
            r"\b(?:suspended|suspends|suspend|halted|ended|ending|broke\s+off|called\s+off|postponed"
            # "put off the next round of Israeli-Syrian talks": delayed, not held
            r"|put\s+off|puts\s+off|putting\s+off|delayed|deferred|shelved|scrapped"
            r"|cancelled|canceled|walked\s+out\s+of|skipped|missed|boycotted|abandoned"
            r"|froze|frozen)\s+"
            # "suspended the formal negotiations between", "walked out of a round of talks"
            r"(?:(?:the|a|an|his|her|their|its|this|next|planned|scheduled)\s+)*"
            r"(?:(?!(?:of|after|before|with|by|in|on|at|to|and|for)\b)[a-z][\w-]*\s+){0,2}?"
            r"(?:(?:round|session)s?\s+of\s+)?$",
            text[sentence_start:trigger_start],
        )
    )


# "opened on Monday with some 150 heads of state and government", "with about 40
# delegations": a crowd told by its number, none of it named
_OPENED_WITH_A_CROWD = re.compile(
    r"[^,;.]{0,60}?\bwith\s+(?:(?:some|about|around|nearly|almost|over|more\s+than)\s+)?"
    r"(?:\d[\d,]*|dozens|hundreds|scores)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:heads|leaders"
    r"|delegations|delegates|countries|nations|states|ministers|governments|parties)\b",
    re.IGNORECASE,
)
# "saw Ford's management", "saw union leaders": the people of the body named just before, who
# were seen for it (not "saw Ford's profits fall", "saw Hamas leaders as partners")
# "The talks began with a meeting between Pardo and Pizarro": the opening is that meeting, whose
# own words say who met
_OPENED_WITH_A_MEETING = re.compile(
    r"\s+with\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|summit|encounter)"
    r"\s+(?:between|with)\b",
    re.IGNORECASE,
)
_PEOPLE_OF_THE_BODY_SEEN = re.compile(
    r"(?:['’]s)?\s+(?:top\s+|senior\s+)?(?:management|managers|negotiators|leaders|leadership"
    r"|delegation|officials|representatives|envoys)\b(?!\s+as\b)",
    re.IGNORECASE,
)
# "saw the Citizens' Committee that afternoon", "saw the Strike Committee at the Labour Temple
# on Monday": a body seen in person, its people received where or when the sentence tells (not
# "saw the Committee as a threat", "saw the Committee's report")
_BODY_SEEN_WHERE_OR_WHEN = re.compile(rf"\s+{_WHERE_OR_WHEN_SEEN}")
# "The conference opened on Sept. 10 with X in the chair and A, B and C at the table": who
# sat where at the opening, told with no comma before "with"
_WHO_SAT_WHERE = re.compile(
    r"[^,;]*?\swith\s+(?=[A-Z][^,;]{0,80}?\s(?:in\s+the\s+chair|at\s+the\s+(?:[\w-]+\s+)?table"
    r"|facing|across\s+the\s+table)\b)"
)


# "signed the two protocols at the University, in the presence of", "put their names to the
# memorandum ... in the presence of": the signing the witnesses watched
# (two signatories: "A and B signed", "A, and B, put their names to"; not "X signed the
# letter in the presence of Y", who met the one signatory)
_SIGNED_TOGETHER_BEFORE = re.compile(
    r"(?:\band\b[^;:.]*?\b(?:signed|initial(?:l)?ed)|\bput\s+their\s+(?:names|signatures)"
    r"\s+to)\b[^;:]*\Z",
    re.IGNORECASE,
)
# "the conference broke up": the talks' end, told by the "opened" trigger
_TALKS_ENDED = re.compile(r"\bbroke\s+up$")
# "The talks opened on the 15th with A and B in the chair and nearly collapsed twice": only the
# chairs named, no one at the table
# ("Talks resumed in Nairobi on Wednesday, with Kenya mediating", "..., with X presiding": the
# comma before "with", and the chair told by a participle)
_CHAIRS_AND_NO_ONE_AT_THE_TABLE = re.compile(
    r"(?:[^,;.]|,(?=\s+with\s)){0,60}?\swith\s+(?P<chairs>(?-i:[A-Z])[^,;.]{0,80}?)\s+"
    r"(?:in\s+the\s+chair|mediating|presiding|chairing)\b"
    r"(?![^;.]{0,80}?\b(?:at\s+the\s+(?:[\w-]+\s+)?table|facing|across\s+the\s+table)\b)"
)


# "met behind closed doors with", "met for two hours with", "talked privately with": how long or
# how they met, set between the verb and "with" and the ones met after it (a subject list of
# two or more is otherwise read as meeting among itself)
_MANNER_THEN_WITH = re.compile(
    r"\s+(?:(?:again|privately|secretly|alone|briefly|directly|informally|separately|overnight)\s+"
    r"|for\s+(?:(?:nearly|almost|about|some|more\s+than|over|another)\s+)?[\w-]+"
    r"(?:\s+and\s+a\s+half)?\s+(?:hours?|minutes)\s+"
    r"|behind\s+closed\s+doors\s+|in\s+(?:private|secret)\s+"
    r"|(?:late|far)\s+into\s+the\s+(?:night|evening)\s+|through\s+the\s+night\s+){1,3}"
    r"with\b",
    re.IGNORECASE,
)
# "opened on Thursday at the Office of the Wet'suwet'en, with A and B facing C": a seat named
# after "at the", then those at the table after ", with"
_VENUE_THEN_WITH = re.compile(
    r"[^,;.]{0,40}?\b(?:at|in)\s+the\s+(?P<venue>(?-i:[A-Z])[^,;.]{0,60}),\s+with\s+"
    r"(?=[A-Z][^,;]{0,80}?\s(?:in\s+the\s+chair|at\s+the\s+(?:[\w-]+\s+)?table|facing"
    r"|across\s+the\s+table)\b)"
)


# "began on Friday morning, with A, B and C at the table", "opened May 16 with Ortega and his
# wife, Vice President Rosario Murillo, at the table", "resumed on Dec. 28 under Joseph F.
# Finnegan, director of the service, with A and B at the table": who sat where, after a comma,
# their list with commas of its own (and the initials' full stops)
_WHO_SAT_WHERE_AFTER_A_COMMA = re.compile(
    r"(?:[^;.]|(?<=\b[A-Z])\.){0,100}?\swith\s+(?=(?-i:[A-Z])(?:[^;.]|(?<=\b[A-Z])\.){0,120}?"
    r"\s(?:in\s+the\s+chair|at\s+the\s+"
    r"(?:[\w-]+\s+)?table|facing|across\s+the\s+table)\b)"
)


def _sat_where_told(document: Document, trigger_end: int, first_named: int) -> bool:
    return any(
        found is not None
        and found.end() <= first_named
        # ("with Commissioner David Stern, ...": his title before him)
        and re.fullmatch(
            r"(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}", document.text[found.end() : first_named]
        )
        is not None
        for found in (
            _WHO_SAT_WHERE.match(document.text, trigger_end),
            _WHO_SAT_WHERE_AFTER_A_COMMA.match(document.text, trigger_end),
        )
    )


# A group named by the one who led it: "a union committee led by", "corporation negotiators
# headed by"
_GROUP_LED_BY = re.compile(
    r"\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:led|headed)\s+by\s+",
    re.IGNORECASE,
)


def _leaders_of_the_groups_between(document: Document, trigger_end: int, clause_end: int):
    """ "between a union committee led by Walter P. Reuther, director of ..., and corporation
    negotiators headed by Harry W. Anderson": the two groups the talks were between, each
    named by the person who led it, stand for those two people (not "between the union and
    the company", named otherwise)."""
    text = document.text
    leaders = []
    position = trigger_end
    for pattern in (r"", r"(?:,\s+[^;]{1,80}?,)?\s+and(?=\s)"):
        joined = re.compile(pattern).match(text, position, clause_end)
        group = joined and _GROUP_LED_BY.match(text, joined.end(), clause_end)
        leader = group and next(
            (m for m in document.mentions if m.start == group.end() and m.end <= clause_end),
            None,
        )
        if not leader or not document.is_person(leader.ref):
            return []
        leaders.append(leader)
        position = leader.end
    return leaders


def _read_meeting(
    document, sentence, trigger, start, clause_end, triggers, number, everyone_met, hosts
):
    trigger_end = sentence.start + trigger.end()
    if trigger.group("held_own") and not hosts:
        return []  # "The Fund's mission held its final session with A and B": no one read
    if trigger.group("opened") and _OPENED_WITH_A_MEETING.match(document.text, trigger_end):
        return []  # "The talks began with a meeting between A and B": that meeting, read next
    clause_end = _before_a_new_subject(document, sentence, trigger_end, clause_end)
    # "Annan and Kikwete met the two men": those the group stands for are others than the subject
    guests = _list_after(document, trigger_end, clause_end, exclude={h.ref for h in hosts})
    guests = _without_the_source(document.text, trigger_end, guests)
    if not guests and re.search(r"\bbetween$", trigger.group(0), re.IGNORECASE):
        # "between a union committee led by X, ..., and corporation negotiators headed by Y"
        guests = _leaders_of_the_groups_between(document, trigger_end, clause_end)
    their_people = _body_whose_people_were_met(document, sentence, trigger_end)
    if their_people and their_people[0].ref not in {g.ref for g in guests + hosts}:
        # "The Naskapi asked to be included. X, who met their leaders at Schefferville, ..."
        guests = their_people + guests
    if not guests:
        # "met union leaders on Feb. 22": the body the article named with that head word
        guests = _body_whose_head_word_names_the_people_met(document, sentence, trigger_end)
    guessed = False  # the two sides, where talks opened with no one named
    if trigger.group("delegation_to"):
        # the one who led the delegation met the two sides the talks are between (his own
        # among them), not whoever the place names
        sides = sides_of_the_process(document) or _first_two_parties(document, exclude=set())
        guests = [side for side in sides if side.ref not in {h.ref for h in hosts}]
        if not hosts or len(sides) < 2:
            return []
    if trigger.group("attended_by") and guests:
        # "..., attended by X and Y and hosted by Z": the host met them too (the clause ends
        # before the second participle)
        host = re.match(
            r"\s*,?\s+and\s+(?:was\s+)?hosted\s+by\b",
            document.text[guests[-1].end : sentence.end],
        )
        if host is not None:
            hosted = _list_after(document, guests[-1].end + host.end(), sentence.end)
            guests += [h for h in hosted if h.ref not in {g.ref for g in guests}]
    if trigger.group("visit") and not guests:
        # "to present the text to Saakashvili": the person it was handed to
        # ("to put the terms before X": the one they were set before)
        word = "before" if re.fullmatch(r"put|lay|place", trigger.group(0), re.I) else "to"
        to = re.match(rf"[^.;,]{{1,60}}?\b{word}\s", document.text[trigger_end:clause_end])
        guests = _list_after(document, trigger_end + to.end() - 1, clause_end) if to else []
        guests = [g for g in guests if document.is_person(g.ref)]
    if trigger.group("where_met"):
        # those the "where" clause names, two at least, and no one named before the meeting
        if len(guests) < 2:
            return []
        hosts = guests[:1]
    # "X and Y had settled much of the text over dinner at the Ministry": a meal the subject
    # list shared, no person its object
    meal_among = bool(
        trigger.group("meal")
        and len(hosts) >= 2
        and not any(document.is_person(g.ref) for g in guests)
    )
    if trigger.group("discussed_among") or trigger.group("call_among") or meal_among:
        # what they discussed is no guest: they are the subject, named ("the two men" may be
        # any pair the article named last, too loose to stand for who talked)
        guests = []
        hosts = hosts or _subject_of_the_clause_at(document, start)
        if len(hosts) < 2 or _GROUP_REFERENCE.search(document.text, sentence.start, start):
            return []
    if not guests and (trigger.group("hosted") or trigger.group("met")):
        # "X was greeted with an embrace at the foot of the steps by Y": the agent of the
        # passive, however far after the verb
        guests = _agent_of_the_passive(document, start, clause_end)
    if not guests and (
        trigger.group("visited") or trigger.group("saw") or _CALLED.match(trigger.group(0))
    ):
        guests = _person_heading_the_object(document, trigger_end, clause_end)
    if (
        not guests
        and (
            trigger.group("visited")
            or trigger.group("saw")
            or (trigger.group("hosted") and not re.search(r"\bby$", trigger.group(0), re.I))
            # "the rebels, whom the envoy met in Geneva on Tuesday, rejected it": met with no
            # object after it, the relative pronoun before its subject is the one met (not "met
            # with scorn", a reception) (t56e)
            or (
                re.fullmatch(r"met", trigger.group(0), re.I)
                and not re.match(r"\s+with\s+(?-i:[a-z])", document.text[trigger_end:clause_end])
            )
        )
    ):
        # "X, whom Y visited in Khartoum in March": the one visited is the antecedent
        guests = _antecedent_of_the_relative_object(document, sentence, start)
        # ("the federation, which Y visited in June": a body visited is met through its
        # people, where a state visited is only a country toured)
        relative_body = bool(guests) and not document.is_state(guests[0].ref)
    else:
        relative_body = False
    if (
        trigger.group("hosted")
        and re.search(r"\bby$", trigger.group(0), re.I)
        and re.search(
            r"\b(?:talks|negotiations|dialogue)\s+$", document.text[sentence.start : start], re.I
        )
        and _date_after_the_host(document, trigger_end, clause_end)
        and not hosts
    ):
        # "14 rounds of secret talks hosted by Norway since January": the host and the two
        # sides the article set apart, when the talks are dated
        hosts = last_pair_of_bodies(document, start) or _first_two_parties(
            document, exclude={g.ref for g in guests}
        )
        hosts = [h for h in hosts if h.ref not in {g.ref for g in guests}]
        if len(hosts) < 2 or not guests:
            return []
    elif (
        trigger.group("hosted")
        and (re.search(r"\bby$", trigger.group(0), re.I) or trigger.group("under"))
        and not re.search(
            r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$",
            document.text[sentence.start : start],
            re.I,
        )
    ):
        # "X and Y signed the accord after all-night talks hosted by Z": the talks the subject
        # held, with their host; otherwise ("a summit ..., hosted by Abiy") the summit's host
        # is not the subject's
        subject = _subject_list(document, sentence)
        if (
            not guests
            or len(subject) < 2
            or not (
                _TALKS_AS_A_CIRCUMSTANCE.search(document.text, sentence.start, start)
                or _TRIP_FOR_TALKS.search(document.text, sentence.start, start)
            )
        ):
            return []
        hosts = [h for h in subject if h.ref not in {g.ref for g in guests}]
    between = re.match(r"\s+between\b", document.text[trigger_end:clause_end]) or (
        _between_after_its_place_and_day(document, trigger_end, clause_end)
    )
    if trigger.group("met") and not guests and between:
        # "A meeting between Blinken and Sisi took place": those it was between
        guests = _list_after(document, trigger_end + between.end(), clause_end)
    if trigger.group("put_to"):
        # those the text was put to, on a day of the clause
        to = re.search(r"\bto\s", document.text[trigger_end:clause_end])
        guests = _list_after(document, trigger_end + to.end() - 1, clause_end) if to else []
        if (
            guests
            and number + 1 < len(triggers)
            and triggers[number + 1].group("met")
            and _AT_A_MEETING.search(
                document.text, trigger_end, sentence.start + triggers[number + 1].end()
            )
        ):
            # "put the offer to them at a meeting at the department on July 29": the meeting
            # it was put at, with its own place and day, is this one
            following = triggers[number + 2].start() if number + 2 < len(triggers) else None
            clause_end = sentence.start + following if following is not None else sentence.end
        if not guests or not document.dates_between(trigger_end, clause_end):
            return []
    if trigger.group("then_on") and (
        number == 0 or not re.match(r"call\w*\s+first\s+on$", triggers[number - 1].group(0))
    ):
        return []  # "and then on Monday": no second visit told
    if trigger.group("and_with") and (
        number == 0
        or not any(
            triggers[number - 1].group(kind) for kind in ("met", "talks", "phone", "discussed")
        )
        or not guests
    ):
        return []  # "and with" after a verb that is no meeting: no second meeting
    if trigger.group("in_call") and not guests:
        comma = document.text.index(",", trigger_end, clause_end + 1)
        guests = _list_after(document, comma + 1, clause_end)
    if trigger.group("pair"):
        # "the Blinken-Sisi meeting": the two named in the compound, and no one after it
        hosts = _pair_of_the_compound(document, start, trigger.group("pair"))
        guests = []
        if len({h.ref for h in hosts}) < 2:
            return []
    if trigger.group("letter"):
        # the person handed the letter ("handed Sisi a letter", "a letter from Biden to Sisi"),
        # on a day of its own clause: who wrote it did not come
        to = re.search(r"\bto\s+(?=(?-i:[A-Z]))", document.text[trigger_end:clause_end])
        if to:
            guests = _list_after(document, trigger_end + to.end() - 1, clause_end)
        else:
            guests = [
                m
                for m in document.mentions_between(trigger_end, clause_end)
                if re.fullmatch(r"\s+", document.text[trigger_end : m.start])
            ]
        if (
            len(guests) != 1
            or not document.is_person(guests[0].ref)
            # (a day told for an earlier verb of the sentence is that verb's)
            or not document.dates_between(
                sentence.start if number == 0 else trigger_end, clause_end
            )
        ):
            return []
    if (
        not guests
        and trigger.group("visited")
        and re.match(
            r"\s+(?:him|her)\s+(?:at\s+(?:the|his|her)\b|(?:the\s+)?(?:next|following|same)\s+"
            r"(?:day|morning|afternoon|evening|night)\b|on\s+(?-i:[A-Z])[a-z]+day\b)",
            document.text[trigger_end:clause_end],
        )
    ):
        # "Sisi arrived on Monday. Kamel called on him at the Semiramis", "... called on him
        # the next day": the person named before, visited where he stayed or on a day told;
        # "X accepted the line on the 8th, when Y called on him": the main clause's person
        named = _person_the_main_clause_names(document, sentence.start, hosts)
        if named is None:
            named = _person_named_before(document, sentence.start, exclude={m.ref for m in hosts})
        guests = [named] if named is not None else []
    seen_or_called = _PRONOUN_AT_A_PLACE_OR_ON_A_DAY.match(document.text[trigger_end:clause_end])
    if (
        not guests
        and (trigger.group("saw") or _CALLED.fullmatch(trigger.group(0)))
        and seen_or_called
    ):
        # "Eden received X at the Foreign Office on Monday, and Baldwin saw him at Downing
        # Street on Tuesday", "when Y called him on Tuesday morning": the person "him" stands
        # for, seen at a named place or called on a day told
        guests = _person_the_object_pronoun_stands_for(
            document, sentence, start, hosts, seen_or_called.group(1)
        )
    if (
        trigger.group("visited")
        or trigger.group("saw")
        or (trigger.group("meal") and not meal_among)
        or trigger.group("raised")
        or _CALLED.fullmatch(trigger.group(0))
    ):
        # "visited Sisi", "called Sisi", "saw Sisi": a person; "visited Egypt", "called Hamas a
        # ...", "saw Egypt as a partner" are not; "saw Ford's management", "saw Hamas
        # negotiators": a body, through its people seen
        people_seen = (
            trigger.group("saw")
            and len(guests) == 1
            and not document.text[trigger_end : guests[0].start].strip()
            and _PEOPLE_OF_THE_BODY_SEEN.match(document.text, guests[0].end)
        )
        body_seen = (
            trigger.group("saw")
            and len(guests) == 1
            and not document.is_state(guests[0].ref)
            and re.fullmatch(r"\s+the\s+", document.text[trigger_end : guests[0].start])
            and _BODY_SEEN_WHERE_OR_WHEN.match(document.text, guests[0].end)
        )
        if (
            not people_seen
            and not relative_body
            and not body_seen
            and (not guests or not all(document.is_person(g.ref) for g in guests))
        ):
            return []
        if (
            not people_seen
            and guests[-1].end > trigger_end
            and re.match(
                # "called Sisi \"a worthy partner\"": the words he was called, quoted
                r"(?:\s+(?:a|an|the|his|her|as)\b|['’]s\b|\s+[\"“‘])",
                document.text[guests[-1].end :],
            )
        ):
            return []  # "called Sisi a partner", "visited Sisi's palace": no encounter told
    after = document.text[trigger_end:clause_end]
    later_guests = re.match(r"\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,4}with\b", after)
    if not guests and later_guests and not trigger.group("hosted"):
        # "held talks in Mexico City with ...": the guests after the place
        guests = _list_after(document, trigger_end + later_guests.end(), clause_end)
    dated_with = re.match(r"\s+[^,;.]{1,30}?\s+with\b", after)
    if (
        not guests
        and dated_with
        and not trigger.group("hosted")
        # ("opened on Tuesday with X in the chair and A and B at the table": all of them, read
        # with the opening below)
        and not (trigger.group("opened") and _WHO_SAT_WHERE.match(document.text, trigger_end))
        and any(
            trigger_end < d.start
            and d.end <= trigger_end + dated_with.end() - 5
            and re.fullmatch(
                r"\s*(?:on|in|at|late|early)?\s*", document.text[trigger_end : d.start]
            )
            # ("opened the talks on Saturday afternoon with X": the part of the day after it)
            and re.fullmatch(
                r"(?:\s+(?:morning|afternoon|evening|night))?\s+",
                document.text[d.end : trigger_end + dated_with.end() - 4],
            )
            for d in document.dates_between(trigger_end, clause_end)
        )
    ):
        # "spoke by phone the same day with X": the guests after the day
        guests = _list_after(document, trigger_end + dated_with.end(), clause_end)
        guests = _without_the_source(document.text, trigger_end, guests)
    manner_with = _MANNER_THEN_WITH.match(after)
    if (
        not guests
        and manner_with
        and re.fullmatch(r"met|talked|conferred", trigger.group(0), re.IGNORECASE)
    ):
        # "he and Manuvakola met behind closed doors with Beye", "Poli and three members of the
        # board met for two hours with Moffett": those after "with" were met, not the subject
        # list among itself
        guests = _list_after(
            document, trigger_end + manner_with.end(), clause_end, exclude={h.ref for h in hosts}
        )
    dated_from = re.match(r"\s+[^,;.]{1,30}?\s+from\s", after)
    if (
        trigger.group("together")
        and not guests
        and dated_from
        and _only_a_day_between(document, trigger_end, trigger_end + dated_from.end() - 5)
    ):
        # "A and B sat across the table on Friday from C and D": the day between the seating
        # and those seated opposite
        guests = _list_after(
            document, trigger_end + dated_from.end() - 1, clause_end, exclude={h.ref for h in hosts}
        )
    along_with = re.match(r",?\s+(?:along|together)\s+with\b", after)
    if trigger.group("together") and not guests and along_with:
        # "The two delegations sat at one table, along with the envoys of A and B": those
        # seated with them met too
        guests = _list_after(
            document, trigger_end + along_with.end(), clause_end, exclude={h.ref for h in hosts}
        )
    if trigger.group("joined"):
        # "joined X in a plenary session with Zarif": those the session was with met too
        # (the session's own words may be the next trigger: "for talks with")
        session_with = re.match(
            r"[^.;]*?\b(?:for|in|at)\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,2}?(?:talks"
            r"|meeting|session|dinner|lunch|negotiations|consultations)\s+with\b",
            document.text[trigger_end : sentence.end],
        )
        if session_with:
            guests += [
                m
                for m in _list_after(document, trigger_end + session_with.end(), sentence.end)
                if m.ref not in {g.ref for g in guests}
            ]
    object_pronoun = re.match(r"\s+(him|her)\b", after)
    if not guests and object_pronoun:
        # "Blinken landed in Cairo on Monday. Sisi received him at the palace."
        guests = _person_the_object_pronoun_stands_for(
            document, sentence, start, hosts, object_pronoun.group(1)
        )
    if trigger.group("hosted") and not guests:
        # "Qatar hosted talks between Israel and Hamas": the talks' parties, with their host
        talks = re.match(
            r"\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations)\s+between\b",
            document.text[trigger_end : sentence.end],
        )
        if talks and hosts:
            guests = _list_after(document, trigger_end + talks.end(), sentence.end)
            guests = [g for g in guests if g.ref not in {h.ref for h in hosts}]
            clause_end = sentence.end  # the talks' own words date them ("since January")
    if trigger.group("presence") and not guests and trigger.group(0).lower() == "in":
        # "in Mbeki's presence": the owner of the presence, a person
        guests = [
            m
            for m in document.mentions_between(trigger_end, clause_end)
            if document.is_person(m.ref)
            and re.match(r"['’]s?\s+presence\b", document.text[m.end : clause_end])
        ]
    if trigger.group("presence") and _SIGNED_FOR_A_SIDE_BEFORE.search(
        document.text, sentence.start, start
    ):
        # "Pottinger signed for Britain in the presence of Admiral Parker": the signatory of
        # one side at the ceremony, with witnesses (often his own officers) looking on, did
        # not meet them; the ceremony is the sides' meeting, told apart
        return []
    if trigger.group("presence"):
        # the person who acted before a witness met him: the first person of the sentence,
        # named before the witness ("The accord was signed in the presence of X" has none)
        actor = [
            m
            for m in document.mentions_between(sentence.start, start)
            if document.is_person(m.ref) and m.ref not in {g.ref for g in guests}
        ]
        if not guests or not actor:
            return []
        if not (len(hosts) >= 2 and all(document.is_person(h.ref) for h in hosts)):
            # ("Mugabe and Tsvangirai shook hands and signed it in Mbeki's presence": the
            # people of the meeting just told, below, both signed)
            hosts = actor[:1]
    if (
        trigger.group("convened")
        and not hosts
        and len(guests) >= 2
        and _MEETING_BROUGHT_TOGETHER.search(document.text, sentence.start, start)
    ):
        # "after the talks, which brought together Putin, Erdogan and Macron", "the summit
        # brought together A and B": the meeting is the subject; those it brought together met
        hosts = guests
    if (
        (trigger.group("sat_down") and len(hosts) < 2)
        or (trigger.group("attended") and len(hosts) < 2)
        or (trigger.group("convened") and not (guests and hosts))
    ):
        return []  # "Hamas joined the talks": with whom is not told here
    if trigger.group("hosted") and not (guests and hosts):
        return []  # "Hamas received the proposal", "welcomed the truce": no one met
    if re.match(r"shuttl", trigger.group(0), re.IGNORECASE) and not guests:
        return []  # "shuttled between Islamabad and Kabul since 1982": places, no one met
    if (
        trigger.group("hosted")
        # (not the one "him" stands for, named before: "X's mission was renewed after Y
        # received him")
        and guests[-1].start > start
        and _owner_of_a_thing(document, guests[-1], clause_end)
    ):
        return []  # "welcomed Tehran's move", "received Hamas's reply": a thing, not a guest
    if trigger.group("opened") and not guests:
        # "When the talks opened on Oct. 25, Redwan and Getachew sat across the table, with
        # Obasanjo between them": everyone the sentence names after the talks opened, when the
        # clause after the comma starts with them (not "a week after Hamas and Israel ...").
        guests = _everyone_named(document, trigger_end, sentence.end)
        venue = _VENUE_THEN_WITH.match(document.text, trigger_end)
        if venue is not None and all(
            g.start >= venue.end() or venue.start("venue") <= g.start for g in guests
        ):
            # "opened on Thursday at the Office of X, with A and B facing C": the body whose
            # seat the talks opened at is where, and those after "with" sat at the table
            guests = [g for g in guests if g.start >= venue.end()]
        if (
            guests
            and not re.fullmatch(
                # "opened on Jan. 22 in Montreux, where Ban, Kerry and Lavrov addressed ...";
                # "opened on May 16, hosted by the emir, with A and B at the table": the host too
                # "opened on Nov. 20 in Lausanne, with delegations from A, B and C": those
                # whose delegations sat
                r"[^,;]*,\s*(?:where\s+|with\s+(?:(?:the\s+)?(?:delegations|delegates"
                r"|representatives|envoys|ministers)\s+(?:from|of)\s+(?:the\s+)?)?"
                r"|(?:hosted|chaired|convened|mediated|sponsored)\s+by\s+)?",
                document.text[trigger_end : guests[0].start],
            )
            and not _sat_where_told(document, trigger_end, guests[0].start)
        ):
            guests = []
    chairs = _CHAIRS_AND_NO_ONE_AT_THE_TABLE.match(document.text, trigger_end, clause_end)
    if trigger.group("opened") and chairs:
        # "The talks opened on the 15th with Treki and Gaye in the chair": the chairs, and the
        # two sides the article set apart, who sat before them
        # ("the chair" itself is no one more)
        hosts = hosts or [
            g for g in guests if chairs.start("chairs") <= g.start < chairs.end("chairs")
        ]
        sides = sides_of_the_process(document) or last_pair_of_bodies(document, start) or []
        guests = [side for side in sides if side.ref not in {h.ref for h in hosts}]
    opened_between = re.match(r"[^,;.]{0,60}?\bbetween\s", document.text[trigger_end:clause_end])
    if trigger.group("opened") and not guests and opened_between:
        # "talks that opened in the Chinese capital on March 6 between X and Y", "the
        # negotiations began in Geneva between A and B": those they opened between
        guests = _list_after(document, trigger_end + opened_between.end() - 1, clause_end)
        # (no one else: not "Kamel spoke at the end of talks that opened ... between")
        hosts = guests if len(guests) >= 2 else hosts
        host = _MEDIATED.match(document.text, guests[-1].end + 2) if len(guests) >= 2 else None
        if host and document.text[guests[-1].end : guests[-1].end + 2] == ", ":
            # "..., hosted by China's top diplomat Wang Yi": who hosted them took part
            guests += [
                m
                for m in _list_after(document, host.end() - 1, sentence.end)
                if m.ref not in {g.ref for g in guests}
            ]
    sponsor = _SPONSOR_OF_THE_TALKS.search(document.text, sentence.start, start)
    if (
        trigger.group("opened")
        and not (opened_between and len(guests) >= 2)
        # ("talks that began on Friday, with A, B and C at the table": who is told after all)
        and not (len(guests) >= 2 and _sat_where_told(document, trigger_end, guests[0].start))
        and re.search(r"\b(?:which|that)\s", trigger.group(0))
        and not sponsor
    ):
        return []  # "after 15 hours of negotiations that began on Wednesday": who is not told
    if trigger.group("opened") and not guests and sponsor:
        # "ECOWAS has underwritten the talks, which opened May 25": the sponsor and the two
        # sides the article set apart
        hosts = _list_before(document, sentence.start, sponsor.start())
        guests = [
            m
            for m in last_pair_of_bodies(document, start) or []
            if m.ref not in {h.ref for h in hosts}
        ]
    if (
        trigger.group("opened")
        and not guests
        and not hosts
        # "had shuttled among them since the talks opened": the opening dates another verb
        and not re.search(
            r"\b(?:since|until|till|before|after|as|when)\s+$",
            document.text[sentence.start : start],
            re.I,
        )
        # "The negotiations began after Mugabe and Tsvangirai shook hands on July 21": what
        # the clause of time tells dates that, and the talks' own day is not told
        and not _followed_by_a_clause_of_time(document, sentence, trigger_end)
        # "The talks opened on Wednesday, when an ANC delegation led by Mandela sat down with
        # de Klerk": the clause of time tells who was there, not the two sides
        and not _when_someone_named(document, sentence, trigger_end)
        # "The conference opened on Monday with some 150 heads of state": a gathering of many,
        # none named, rather than the two sides' talks
        and not _OPENED_WITH_A_CROWD.match(document.text, trigger_end, clause_end)
    ):
        if _TALKS_ENDED.search(trigger.group(0)):
            # "The Near East peace conference broke up last night without a treaty": an
            # ending told of talks with no one named tells no sitting of the two sides
            return []
        # "The negotiations opened in Geneva in 1990": the two sides the article set apart,
        # with whoever mediated them
        guests = sides_of_the_process(document) or last_pair_of_bodies(document, start) or []
        guessed = True
        if not guests:
            # no pair of bodies named: those of the two people the lead names, and no one
            # else from the sentence ("a month after X's soldiers overthrew Y": not Y)
            guests = hosts = _bodies_of_the_pair_the_lead_names(document) or []
    if guests and re.match(
        # ("talks between Iraq and Kuwait on their border dispute broke down": with their topic)
        r"(?:\s+(?:on|over|about)\s+[^,;.]{1,60}?)?"
        r"\s*(?:had\s+|have\s+|has\s+)?(?:stalled\b|failed\b|faltered\b|(?:collapsed|broken"
        r"\s+down|broke\s+down)\b"
        # (not "broke down at Baling on Thursday", "collapsed here last night": a sitting that
        # broke up at the table, where it was held, is a meeting held there; but "broke down
        # here today after a single session" dates the end, not the sitting)
        r"(?!(?:\s+(?:here|there)\b"
        + "".join(
            rf"|\s+(?:at|in)\s+(?=(?:the\s+)?{re.escape(p.name)}\b)"
            for p in document.places
            if guests[-1].end < p.start < clause_end
        )
        + r")(?![^.;]{0,60}?\bafter\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:session|round|meeting|sitting)s?\b)))"
        # "talks with Sisi were postponed", "the meeting with Hamas has been called off"
        r"|\s*(?:were|was|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+ly\s+)?"
        r"(?:postponed|cancell?ed|canceled|called\s+off|delayed|put\s+off|suspended|scrapped"
        r"|shelved|planned|scheduled|expected|due|meant|supposed|set)\b"
        # "a meeting between Putin and Zelensky was possible once ...", "talks with Sisi could
        # take place next week": a meeting that may yet be held
        r"|\s*(?:(?:were|was|is|are|would\s+be|will\s+be|may\s+be|might\s+be|could\s+be)\s+"
        r"(?:still\s+|now\s+|quite\s+|very\s+)?(?:possible|likely|unlikely|impossible|envisaged"
        r"|mooted|being\s+prepared)"
        r"|(?:could|would|will|might|may|should|can|must)\s+(?:still\s+|soon\s+|only\s+)?"
        r"(?:take\s+place|happen|be\s+held|go\s+ahead|occur|come|follow|start|begin|open))\b",
        document.text[guests[-1].end : clause_end],
    ):
        return []  # "talks with Israel had stalled": no meeting told
    if trigger.group("rounds") and not [
        d for d in _dates_of_the_sentence(document, sentence, start) if d.start < clause_end
    ]:
        return []  # "held nine rounds of talks over 18 months": no one time to date them by
    repeated = re.match(
        r"[^,;]{0,40}?\b"
        + _A_COUNT_OF_TIMES
        + r"|[^,;]{0,40}?\b(?:repeatedly|regularly|on\s+several\s+occasions)\b",
        document.text[(guests[-1].end if guests else trigger_end) : clause_end],
        re.IGNORECASE,
    )
    if (
        repeated
        and not _each_time_dated(
            document, (guests[-1].end if guests else trigger_end) + repeated.end(), clause_end
        )
        and not (
            # (the one met named, or no one: "met the mandarin X several times", X not read,
            # is no meeting of the subject list among themselves)
            (guests or re.match(r"\s+" + _A_COUNT_OF_TIMES, document.text[trigger_end:], re.I))
            and _times_within_a_month_or_year(
                document, (guests[-1].end if guests else trigger_end) + repeated.end(), clause_end
            )
        )
    ):
        return []  # "has met Blinken several times": no one encounter to date
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
        named = person_a_pronoun_stands_for(
            document, sentence.start, pronoun=_pronoun_in(document.text, sentence, start)
        )
        if named is not None and named.ref not in [p.ref for p in participants]:
            participants.insert(0, named)
            hosts = [named]
    if not hosts or len(participants) < 2:
        subject = _sentence_subject(
            document,
            sentence,
            exclude={m.ref for m in participants} | everyone_met,
            end=_before_a_clause_of_time(document, sentence, trigger_end, clause_end),
        )
        if (
            subject is not None
            and hosts
            and not _PRONOUN_OBJECT.match(document.text, trigger_end)
            and _opens_a_clause_of_its_own(document, subject, hosts[0])
        ):
            # "X met Y on Monday, and the treasurer, Mr Z, sat down with W": Z is the subject of
            # a clause of his own, and the one he met is W (unread), not X, the subject of the
            # clause before
            subject = None
        if (
            subject is not None
            and between
            and len(guests) >= 2
            and _REPORTING_VERB.match(document.text, subject.end)
        ):
            # "Peskov said a meeting between Putin and Zelensky took place": the meeting names
            # who it was between, and who told of it was not there
            subject = None
        if subject is not None and subject.ref not in [p.ref for p in participants]:
            participants.insert(0, subject)
    # "apologized to Correa during a tense, televised Rio Group meeting": the body naming the
    # meeting is the forum; the people named before it met there, in it
    forum = [
        h
        for h in hosts
        if not document.is_person(h.ref)
        and re.fullmatch(r"\s+", document.text[h.end : start])
        and _AT_A_MEETING.search(document.text, sentence.start, trigger_end)
    ]
    if (len(participants) < 2 or (forum and forum == hosts)) and _AT_A_MEETING.search(
        document.text, sentence.start, trigger_end
    ):
        # "led by Grigoryan and his counterpart Mustafayev, at a meeting on the border": the
        # people the sentence named before the meeting took part in it
        participants = (
            forum
            + [
                m
                for m in _everyone_named(document, sentence.start, start)
                if document.is_person(m.ref)
                # "Peskov said Putin raised it at a meeting": who told of it was not there
                and not re.match(
                    r"\s*(?:has\s+|had\s+)?(?:said|says|announced|reported|wrote|added|stated)\b",
                    document.text[m.end : m.end + 20],
                )
                # "telling the Spanish commander in Cuba at a meeting": the seat of a post,
                # not one who met
                and not re.search(
                    rf"\b(?:{_A_TITLE})\s+(?:in|at)\s+(?:the\s+)?$",
                    document.text[max(sentence.start, m.start - 40) : m.start],
                    re.IGNORECASE,
                )
            ]
        )
    participants += [
        m
        # "The talks, brokered by Norway, began": the mediator inside the trigger counts too
        for m in _mediators_of(
            document, start if trigger.group("opened") else trigger_end, clause_end
        )
        + _attributive_mediators(document, sentence.start, clause_end)
        + (
            _conveners_and_guests_of(document, start, trigger_end)
            + _sides_told_at_the_opening(document, sentence)
            if trigger.group("opened")
            else []
        )
        if m.ref not in {p.ref for p in participants}
    ]
    hosted_talks = re.match(
        r"[^.;]*?\bfor\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations)\s+(?:hosted|chaired"
        r"|mediated|brokered)\s+by\b",
        document.text[trigger_end : sentence.end],
    )
    if trigger.group("met") and hosts and hosted_talks:
        # "X met Y, an envoy of Z, in Bonn for secret talks hosted by W": the host of the talks
        # the meeting was held for took part
        participants += [
            m
            for m in _list_after(document, trigger_end + hosted_talks.end(), sentence.end)
            if m.ref not in {p.ref for p in participants}
        ]
    if trigger.group("met"):
        # "Their latest meeting, in Bishkek on May 18, was hosted by Akayev": the host of a
        # meeting named as the subject of a passive took part
        agent = _PASSIVE_HOST.match(document.text, trigger_end, sentence.end)
        if agent:
            participants += [
                m
                for m in _list_after(document, agent.end(), sentence.end)
                if m.ref not in {p.ref for p in participants}
            ]
    if len(participants) < 2:
        return []
    clause_start = sentence.start + (triggers[number - 1].end() if number > 0 else 0)
    place_start = clause_start
    if number > 0:
        # "X met Y in Cairo, and Z met W": the place told in the clause before is that meeting's
        place_start = _after_the_meeting_before(document, sentence, clause_start, start)
    location_id, location_name = _place_for(
        document,
        place_start,
        start,
        clause_end,
        # "discussed the Rafah crossing with Sisi": what was discussed is not where
        topic_end=trigger_end if trigger.group("discussed") else start,
    )
    phone = bool(trigger.group("phone") or trigger.group("call_among")) or bool(
        trigger.group("discussed") and _PHONE.search(document.text, start, clause_end)
    )
    if phone:
        location_id, location_name = None, ""  # a call is held nowhere in particular
    date = _date_for(document, sentence, clause_start, start, clause_end)
    if trigger.group("hosted") and _date_after_the_host(document, trigger_end, clause_end):
        date = _date_after_the_host(document, trigger_end, clause_end)
    proposals = sorted(
        {
            p.proposal_id
            for p in document.proposals
            if sentence.start <= p.start < sentence.end and p.proposal_id
        }
    )
    lead = [p for p in participants if p.ref in {h.ref for h in hosts}] or participants[:1]
    others = [p for p in participants if p not in lead]
    if (
        _is_separate(document.text, sentence.start, start, trigger_end, clause_end)
        # "called both men": a call to each
        or (phone and re.match(r"\s+(?:both|each\s+of|the\s+two|the\s+three)\b", after))
        # "The emir telephoned Syrian President Bashar al-Assad and Saudi Arabia's King
        # Abdullah": one person's calls to several people, one call each
        or (
            re.fullmatch(r"(?:tele)?phoned|called|rang", trigger.group(0), re.IGNORECASE)
            and len(lead) == 1
            and document.is_person(lead[0].ref)
            and all(document.is_person(other.ref) for other in others)
        )
    ) and len(others) > 1:
        # "held separate talks with A and B", "separate phone calls between X and A and B":
        # one encounter for each of them with the one who met them all
        groups = [lead + [other] for other in others]
    elif (
        len(lead) > 1
        and len(others) == 1
        and _is_separate(document.text, sentence.start, start, trigger_end, clause_end)
    ):
        # "A and B met Williams separately on Thursday": one encounter for each of the subject
        # with the one they all met
        groups = [[one] + others for one in lead]
    else:
        groups = [participants]
    place = (location_id, location_name)
    dated_groups = [(group, date, place) for group in groups]
    second = _second_object_with_its_own_day(document, guests, clause_end, lead)
    if second is not None:
        # "seeing Arafat on the night of Oct. 18 and Sharon the next morning": two encounters
        dated_groups.append((*second, place))
    elsewhere = _further_objects_each_with_its_own_place(document, guests, clause_end, lead)
    if not phone:
        # "meeting Tudjman in Zagreb and Izetbegovic in Sarajevo": two encounters
        dated_groups += [(people, day or date, where) for people, where, day in elsewhere]
    if second is None and not elsewhere and not phone:
        # "meeting Lula in Brasilia on Tuesday, Chavez in Caracas on Wednesday and Ortega in
        # Managua on Thursday": one encounter for each, with its own place and day
        dated_groups += _objects_each_with_a_place_and_a_day(document, guests, clause_end, lead)
    later = None
    if second is None and not elsewhere and len(dated_groups) == 1:
        # "received M. Jouhaux, and later M. Duchemin and M. Lambert-Ribot": a second encounter
        # of the same subject, the same day
        later = _guests_met_at_another_hour(document, guests, clause_end, lead)
        if later is not None:
            dated_groups.append((later, date, place))
    return [
        MeetingCandidate(
            start=start,
            end=clause_end,
            participants=[_body_of_whose_envoys(document, p, start) for p in group],
            date=group_date[0],
            date_precision=group_date[1],
            location_id=group_place[0],
            location_name=group_place[1],
            proposal_ids=proposals,
            phone=phone,
            subject=lead,
            undated=getattr(document.clause_at(start), "kind", "") == "relative"
            and not _dates_of_the_sentence(document, sentence, start),
            guessed=guessed,
            apart=later is not None and group is later,
        )
        for group, group_date, group_place in dated_groups
    ]


# "signed for Britain", "signed on behalf of the strike committee," just before a witness
_SIGNED_FOR_A_SIDE_BEFORE = re.compile(
    # ("signed for Manila and Misuari, the front's chairman, for the rebels,": each for his side)
    r"\bsigned\s+(?:for|on\s+behalf\s+of)\s+[^,;.]{1,60}?"
    r"(?:\s+and\s+[^;.]{1,80}?,?\s+for\s+[^,;.]{1,60}?)?,?\s+\Z",
    re.IGNORECASE,
)

# "the talks, which brought together", "The conference in Berlin on Sunday brought together": a
# meeting noun (with its place or day) as the subject of "brought together" (not "the crisis")
_MEETING_BROUGHT_TOGETHER = re.compile(
    rf"\b{_MEETING_NOUNS}(?:\s+(?:in|at|on)\s+[^,;.]{{1,40}}?)?"
    # ("The round, which began in July and resumed on Sept. 13, brought together": a relative
    # clause between commas)
    r"(?:\s*,\s*(?:which|that)|\s+(?:which|that)|\s*,\s*which\s[^,;]{1,120},)?\s+"
    r"(?:(?:has|have|had)\s+)?(?:also\s+)?$",
    re.IGNORECASE,
)


# "Their latest meeting", "his first meeting with": the meeting of the people named before
_OWNED_MEETING = re.compile(
    r"\b(?P<owner>their|his|her)\s+(?:(?:first|second|third|latest|last|previous|earlier"
    r"|recent|only|private|secret|closed-door|first-ever|face-to-face|one-on-one|two-hour"
    r"|hour-long|brief|long)\s+){0,2}$",
    re.IGNORECASE,
)
# "..., capping the first-ever meeting between ...", "at the end of a two-day summit": the
# meeting told as the setting of what the sentence's subject did
_SETTING_OF_THE_SUBJECT = re.compile(
    r"(?:,[\"”’]?\s+(?:capping|concluding|crowning|closing|ending|wrapping\s+up|during|at|after"
    r"|following)|\s+(?:at\s+the\s+(?:end|close)\s+of|on\s+the\s+sidelines\s+of))\s+"
    r"(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)


def _owners_of_the_meeting(document: Document, sentence, start: int) -> list[Mention]:
    """Who met, when a meeting is named as a noun without them before it: "their" is the
    people the sentences before named together as a subject ("Rakhmonov and Nuri first met
    ... Their latest meeting"), "his" the person named before; a meeting told as the setting
    of the sentence ("X and Y signed ..., capping their first meeting") is its subject's."""
    before = document.text[sentence.start : start]
    if not re.match(
        r"meeting\b|(?:(?:first|second|third|opening|final|last|latest)\s+)?(?:session"
        r"|round\s+of\s+(?:talks|negotiations))\b",
        document.text[start : start + 40],
    ):
        return []  # the verb "met" has its own subject
    owned = _OWNED_MEETING.search(before)
    if owned and owned.group("owner").lower() == "their":
        # "when Abiy hosted Kiir and Machar for their first meeting": those named before it in
        # its own sentence; opening the sentence, the pair the sentences before named
        named = _everyone_named(document, sentence.start, start)
        return named if named else _pair_named_before(document, sentence.start)
    if owned:
        named = _person_named_before(document, start)
        return [named] if named is not None else []
    if _SETTING_OF_THE_SUBJECT.search(before) and not re.match(
        # "with Sisi" names its own guests; "a meeting of the Arab League" is another body's
        r"\s+(?:(?:with|between)\s+(?:the\s+)?(?-i:[A-Z])|of\b)",
        document.text[start + 7 : start + 30],
    ):
        subject = _subject_list(document, sentence)
        return subject if len(subject) >= 2 else []
    return []


def _subject_list(document: Document, sentence) -> list[Mention]:
    """The actors opening the sentence, after its dateline ("SINGAPORE (AP) — Trump and Kim
    signed"): the subject of its first verb."""
    text = document.text[sentence.start : sentence.end]
    dateline = re.match(r"[A-Z][A-Z .,'’-]*(?:,\s*[\w .]+)?\s*\([^)]{1,40}\)\s*[-–—]+\s*", text)
    opening = sentence.start + (dateline.end() if dateline else 0)
    return _list_after(document, opening, sentence.end)


def _pair_named_before(document: Document, offset: int) -> list[Mention]:
    """The subject of the last sentence before the offset that opens with two actors or more
    ("Rakhmonov and Nuri first met ..."), else the last two people named."""
    for earlier in reversed([s for s in document.sentences if s.end <= offset]):
        subject = _subject_list(document, earlier)
        if len(subject) >= 2:
            return subject
    named = []
    for mention in reversed(document.mentions):
        if mention.end <= offset and document.is_person(mention.ref) and mention.via != "post":
            if mention.ref not in [m.ref for m in named]:
                named.insert(0, mention)
            if len(named) == 2:
                return named
    return []


# "He", or "he" after a leading phrase of time or place ("On Wednesday he", "Later that day,
# she", "In Cairo he"): the pronoun that opens a sentence's main clause
# "The Ecuadorean diplomat", "the veteran envoy": a definite description of one person in
# the place of a pronoun, standing like "he" for the person the article is telling of
_PERSON_DESCRIBED = (
    r"the\s+(?:[\w.'’-]+\s+){0,2}?(?:diplomat|envoy|mediator|negotiator|statesman|emissary"
    r"|peacemaker|troubleshooter)\b(?!['’])"
)
_PRONOUN_OPENING = re.compile(
    r"(?:(?:on|in|at|later|earlier|then|after|before|late|early|last|this|that"
    r"|the\s+(?:next|following|same))\b[^,;:\"“”]{0,40}?,?\s+)?(?:he|she|"
    # "His Lordship accepted that line at a conference with X": the style a lord or a governor
    # is spoken of by stands for him as "he" does
    r"(?:his|her)\s+(?:lordship|excellency|majesty|highness)|" + _PERSON_DESCRIBED + r")\b",
    re.IGNORECASE,
)


# "The following day it flew to Tegucigalpa", "It then held talks with": "it" opening the
# sentence (after a phrase of time) as the subject of a verb, not an empty "it" ("it was",
# "it emerged that")
_IT_OPENING = re.compile(
    r"(?:(?:on|in|at|later|earlier|then|after|before|late|early|last|this|that"
    r"|the\s+(?:next|following|same))\b[^,;:\"“”]{0,40}?,?\s+)?it\s+"
    r"(?!(?:is|was|has\s+been|had\s+been|will|would|may|might|seems|seemed|appears|appeared"
    r"|remains|remained|emerged|is\s+understood|was\s+understood)\b)",
    re.IGNORECASE,
)
# "The committee, led by X,": a body whose leader the meeting reader took for its subject
_BODY_LED_BY = re.compile(
    r"(?:the\s+)?[^,;:\"“”]{1,60},\s+(?:led|headed|chaired)\s+by\s+(?:[\w.'’-]+\s+){0,4}$",
    re.IGNORECASE,
)


def _body_it_stands_for(document: Document, sentence, start: int, last) -> list[Mention]:
    """ "The OAS committee, led by X, met Y on Wednesday. The following day it flew to Z for
    talks with W": "it" opening the sentence, no one named before the verb, is the body that
    met in the sentence before (a body named as its subject, or the people who lead it), the
    subject of the last meeting told there."""
    before = document.text[sentence.start : start]
    opening = _IT_OPENING.match(before)
    if (
        opening is None
        or document.mentions_between(sentence.start, start)
        or re.search(
            r"[;:\"“”]|\b(?:said|says|told|tells|that|who|whom|which|they|he|she|when|while|if"
            r"|because|whether)\b",
            before[opening.end() :],
            re.IGNORECASE,
        )
    ):
        return []
    previous = document.sentence_before(sentence)
    if previous is None or not last.subject or not previous.start <= last.start < previous.end:
        return []
    led = _BODY_LED_BY.match(document.text, previous.start, last.subject[0].start)
    if led is None and any(document.is_person(m.ref) for m in last.subject):
        return []  # "it" is no person
    return list(last.subject)


def _pronoun_subject_of_a_later_verb(document: Document, sentence_start: int, start: int) -> bool:
    """ "He had arrived the day before and was received by Arzu", "She landed in Cairo on
    Sunday and met Sisi", "On Wednesday he spoke by telephone with Y": "He" or "She" opening
    the sentence (after a phrase of time or place) is the subject of a verb further on, when
    no one else is named before it and no other clause begins on the way."""
    before = document.text[sentence_start:start]
    opening = _PRONOUN_OPENING.match(before)
    return bool(
        opening
        and not document.mentions_between(sentence_start, start)
        and not re.search(
            r"[;:\"“”]|\b(?:said|says|told|tells|who|whom|which|they|it|when|while|if"
            # "that" opening a clause, not pointing at a thing ("accepted that line at a
            # conference with X")
            r"|that(?!\s+(?-i:[a-z])[\w-]*\s+(?:at|in|on|with)\b)"
            r"|because|whether)\b",
            before[opening.end() :],
            re.IGNORECASE,
        )
    )


# "X has underwritten the talks, which opened ...": who sponsored the talks that opened
_SPONSOR_OF_THE_TALKS = re.compile(
    r"\s+(?:(?:has|have|had)\s+(?:been\s+)?)?(?:\w+ly\s+)?(?:underwritten|underwrote|mediated"
    r"|brokered|sponsored|facilitated|hosted|chaired|convened|oversaw|overseen|organi[sz]ed"
    r"|mediating|brokering|sponsoring|facilitating|hosting|chairing)\s+$",
    re.IGNORECASE,
)
_PASSIVE_HOST = re.compile(
    r"(?:\s*,[^;.]{1,80}?,)?\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:hosted|chaired"
    r"|mediated|brokered|facilitated|moderated|convened|organi[sz]ed)\s+by\b",
    re.IGNORECASE,
)
# "after all-night talks hosted by", "during the talks chaired by": talks as a circumstance
_TALKS_AS_A_CIRCUMSTANCE = re.compile(
    r"\b(?:after|during|following|at|in)\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,2}?"
    + _MEETING_NOUNS
    # "at the start of talks at Argyle International Airport hosted by": where they were held
    + r"\s+(?:(?:at|in)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4})?$",
    re.IGNORECASE,
)
# "at a meeting on the border", "during talks in Geneva": the meeting told as a circumstance
_AT_A_MEETING = re.compile(
    r"\b(?:at|during|in)\s+(?:(?:a|an|the|their)\s+(?:[\w-]+,?\s+){0,4}?(?:meeting|talks"
    r"|session|summit)|talks"
    # "in three days of talks"
    r"|(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+)?(?:days|hours|weeks)\s+of\s+(?:[\w-]+\s+)?talks)"
    r"\s*$",
    re.IGNORECASE,
)
# "a conclave that Valls held with", "the talks which the envoy had held with": a meeting,
# and the one who held it named between
_MEETING_THAT_ONE_HELD = re.compile(
    rf"\b(?:{_MEETING_NOUNS}|conclave)\s+(?:that|which)\s+(?:the\s+)?(?:[\w.'’-]+\s+){{1,3}}?"
    r"(?:had\s+)?$",
    re.IGNORECASE,
)
# "at a conference with X", "in a long conference with X" (not "at a news conference with X")
_AT_A_CONFERENCE = re.compile(
    r"\b(?:at|during|in)\s+(?:a|an|the|their)\s+(?!(?:[\w-]+\s+){0,2}?(?:news|press)\s)"
    r"(?:[\w-]+\s+){0,2}?conference$",
    re.IGNORECASE,
)
# "in talks chaired by Akar", "under al-Bashir's mediation", "with Obasanjo presiding"
_MEDIATED = re.compile(
    r"\b(?:chaired|mediated|brokered|facilitated|hosted|moderated|presided\s+over)\s+by\s+"
    r"|\bunder\s+(?=(?:[\w.'’-]+\s+){0,4}?[\w.-]+['’]s?\s+(?:mediation|auspices|chairmanship))"
    # "under the chairmanship of Kerry", "under the auspices of the African Union"
    r"|\bunder\s+the\s+(?:joint\s+)?(?:chairmanship|auspices|mediation|stewardship|patronage"
    r"|sponsorship)\s+of\s+"
    # "with Nylander shuttling between their suites", "with X carrying the letters between them"
    # "at one table with the international mediators, Vance and Owen": the mediators named in
    # apposition
    r"|\bwith\s+the\s+(?:[\w-]+\s+)?(?:mediators|co-?chairs|co-?chairmen)\s*,\s+(?=(?-i:[A-Z]))"
    r"|\bwith\s+(?=(?:[\w.'’-]+\s+){0,5}?(?:presiding|mediating|chairing|shuttling|carrying"
    r"|ferrying|relaying)\b)"
    # "with Foreign Minister Khaddam at the Syrian leader's side": one who sat by the host
    r"|\bwith\s+(?=(?:[\w.'’-]+\s+){1,5}?at\s+(?:his|her|their|the\s+(?:[\w-]+\s+){0,3}?"
    r"[\w-]+['’]s?)\s+side\b)",
    re.IGNORECASE,
)


def _mediators_of(document: Document, start: int, end: int) -> list[Mention]:
    """Who chaired or mediated the talks the clause tells of: they took part too."""
    found = []
    for match in _MEDIATED.finditer(document.text, start, end):
        found += _list_after(document, match.end() - 1, end)
    return found


# "The talks, convened by A and attended by B and C, opened": the participles of the appositive
# name who convened the talks and who came to them
# ("Talks ..., presided over by A with B and C, ended": those the chair sat with)
_CONVENED_OR_ATTENDED = re.compile(
    r"\b(?:convened|attended|sponsored)\s+by\s+"
    r"|\b(?:chaired|presided\s+over)\s+by\s+[^,;.]{1,60}?\s+with\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _sides_told_at_the_opening(document: Document, sentence) -> list[Mention]:
    """ "The conference opened yesterday ... with the Premier in the chair. X, secretary general
    of the confederation, led the labor delegation with A and B. Y, president of Z, spoke for
    the employers with C": the sentences right after an opening, in its paragraph, that each
    tell who acted for a side (`Document.officers_of_sides`) tell who sat at it: each side, its
    officer and the people named with him."""
    found: list[Mention] = []
    after = [s for s in document.sentences if s.start >= sentence.end]
    for following in after:
        if "\n" in document.text[sentence.end : following.start]:
            break
        ties = [
            (person, side)
            for person, side in document.officers_of_sides
            if following.start <= person.start < following.end
        ]
        if not ties:
            break
        for person, side in ties:
            found += [
                m
                for m in [side, person]
                + [
                    m
                    for m in document.mentions_between(side.end, following.end)
                    if document.is_person(m.ref)
                ]
                if m.ref not in {f.ref for f in found}
            ]
    return found


def _conveners_and_guests_of(document: Document, start: int, end: int) -> list[Mention]:
    """Who the appositive of the talks opening between `start` and `end` says convened or
    attended them."""
    found = []
    for match in _CONVENED_OR_ATTENDED.finditer(document.text, start, end):
        found += [
            m
            for m in _list_after(document, match.end() - 1, end)
            if m.ref not in {f.ref for f in found}
        ]
    return found


# "the U.N.-mediated negotiations", "US-brokered talks": the mediator's name is written as one
# word with the attribute, so it is looked up as the name of an actor the article names.
_ATTRIBUTIVE_MEDIATOR = re.compile(
    r"\b(?P<name>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})-(?:mediated|brokered|sponsored|hosted"
    r"|facilitated|led)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|dialogue|rounds?|mediation"
    r"|meetings?|sessions?)\b"
)


def _pair_of_the_compound(document: Document, start: int, compound: str) -> list[Mention]:
    """ "The Blinken-Sisi meeting", "the U.S.-North Korea summit": each side of the hyphen, read
    as an actor the article names by that word (or the database holds by that name)."""
    found = []
    names = re.match(
        r"(?P<first>.+?)[-–](?P<second>(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z])\S*)?)\s", compound
    )
    for side in ("first", "second"):
        name = names.group(side)
        begin = start + names.start(side)
        inside = document.mentions_between(begin, start + names.end(side))
        ref = inside[0].ref if inside else _ref_of_name(document, name)
        if ref is not None:
            found.append(Mention(begin, begin + len(name), -1, -1, ref, "name"))
    return found


def _attributive_mediators(document: Document, start: int, end: int) -> list[Mention]:
    """Whoever the talks are told as mediated by in an attribute: they took part too."""
    found = []
    for match in _ATTRIBUTIVE_MEDIATOR.finditer(document.text, start, end):
        ref = _ref_of_name(document, match.group("name"))
        if ref is not None:
            found.append(Mention(match.start("name"), match.end("name"), -1, -1, ref, "name"))
    return found


def _ref_of_name(document: Document, name: str) -> str | None:
    """The actor a word outside the actors' spans names: the one the article writes that way
    elsewhere, else the one the database holds by that name."""
    for mention in document.mentions:
        if mention.text_in(document.text) == name:
            return mention.ref
    actor_id = document.gazetteer.actor_named([name])
    return f"actor:{actor_id}" if actor_id is not None else None


_CALLED = re.compile(r"called|calls|rang", re.IGNORECASE)
_PHONE = re.compile(
    r"\b(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b|\b(?:phone|telephone|video)\s+"
    r"(?:call|conversation|conference)",
    re.IGNORECASE,
)
_REPORTING_VERB = re.compile(
    r"\s*(?:has\s+|had\s+)?(?:said|says|told|tells|reported|reports|announced|announces"
    r"|added|wrote|confirmed|confirms|stated)\b"
)


# "..., Saudi officials said", "..., Israeli sources told Reuters": the people a source's name
# stands before, then the verb of saying
_PEOPLE_OF_THE_SOURCE = re.compile(
    r"\s+(?:officials?|sources?|diplomats?|spokes(?:man|woman|men|women|person)|aides?|media)"
    + _REPORTING_VERB.pattern
)


def _without_the_source(text: str, trigger_end: int, guests: list[Mention]) -> list[Mention]:
    """The guests without the subject of a reporting clause set off by a comma ("met Sisi, the
    Kremlin said"; "the Minsk meeting, the White House said"): the source did not meet."""
    if (
        not guests
        or guests[-1].start < trigger_end
        or not (
            # (a group's members named before, "the two sides", are no source here)
            _REPORTING_VERB.match(text, guests[-1].end)
            or _PEOPLE_OF_THE_SOURCE.match(text, guests[-1].end)
        )
    ):
        return guests
    ends = [trigger_end] + [g.end for g in guests[:-1]]
    for index in range(len(guests) - 1, -1, -1):
        if "," in text[ends[index] : guests[index].start]:
            return guests[:index]
    return guests


# "in talks also attended by Z": those present at a meeting, told after it
_ATTENDANCE_TRIGGER = re.compile(
    r"(?:talks|meetings?|session|summit|conference)(?:\s+[\w-]+){0,2}?\s+attended\s+by$",
    re.IGNORECASE,
)
# What may stand between a meeting's clause and the words telling who else was present: the
# clause goes on ("X met Y on Thursday, with Z present"), no new verb of its own between
_NEW_CLAUSE_BETWEEN = re.compile(
    r"[;:“”\"]|\b(?:and|but|while|whereas|after|before|when|where|who|which|said|says|told)\b",
    re.IGNORECASE,
)


def _attendance_after_the_meeting_just_told(
    document: Document, sentence, trigger, start: int, told
) -> int | None:
    """ "X met Y on Thursday, with Z present", "X and Y met on Thursday in talks also attended
    by Z", "X and Y held talks on Thursday, hosted by Z": the attendance told in the same clause
    right after a meeting adds its people to that meeting (not a meeting of its own with the
    subject); where those people are named from. None after a new clause ("X met Y, and Z was
    present at the signing")."""
    if not told:
        return None
    end = sentence.start + trigger.end()
    noun_attended = _ATTENDED_BY_NOUN.match(document.text, end)
    if noun_attended is not None:
        end = noun_attended.end()  # "in a meeting attended by Z"
    elif not (
        trigger.group("presence")
        or _ATTENDANCE_TRIGGER.search(trigger.group(0))
        or (
            trigger.group("hosted")
            and re.fullmatch(r"hosted\s+by", trigger.group(0), re.IGNORECASE)
            and re.search(r",\s*$", document.text[sentence.start : start])
        )
    ):
        return None
    last = told[-1]
    if last.start < sentence.start or last.start >= start:
        return None
    if _NEW_CLAUSE_BETWEEN.search(document.text, last.start, start):
        return None
    return end


# "meeting attended by": the noun of a meeting the trigger read, its attendance after it
_ATTENDED_BY_NOUN = re.compile(r"\s+(?:also\s+)?attended\s+by\b", re.IGNORECASE)


def _add_participants(document: Document, meetings, people: list[Mention]) -> None:
    """Adds those present to every encounter the last trigger told (one per guest when they
    were met apart)."""
    last = meetings[-1]
    for meeting in meetings:
        if meeting.start != last.start:
            continue
        known = {p.ref for p in meeting.participants}
        meeting.participants += [
            _body_of_whose_envoys(document, p, meeting.start) for p in people if p.ref not in known
        ]


# ", attended by Z", ", hosted by Z": a participle after a meeting's clause naming who else sat
# at it ("X and Y held talks in Geneva on Thursday, attended by Z")
_ATTENDED_BY_AFTER = re.compile(
    r",\s+(?:(?:also|jointly)\s+)?(?:attended|hosted|co-hosted|chaired|co-chaired|joined)"
    r"\s+by\s+",
    re.IGNORECASE,
)


def _is_separate(
    text: str, sentence_start: int, trigger_start: int, trigger_end: int, clause_end: int
) -> bool:
    """ "separate talks", "separate phone calls", "met separately with": each guest apart."""
    return bool(
        re.search(r"\b(?:separate(?:ly)?|shuttl\w+)\b", text[trigger_start:trigger_end], re.I)
        or re.search(r"\bseparately\s+$", text[sentence_start:trigger_start], re.IGNORECASE)
        or re.search(r"\bseparately\b", text[trigger_end:clause_end], re.IGNORECASE)
        or re.match(r"\s+(?:each|either)\b", text[trigger_end:clause_end], re.IGNORECASE)
    )


def _place_for(
    document, clause_start, trigger_start, clause_end, topic_end
) -> tuple[int | None, str]:
    """A recorded place after the trigger ("met Sisi in Cairo"), else the last place named
    before it in the clause ("arrived in Israel for talks with")."""
    after = [
        p
        for p in document.places
        if topic_end <= p.start < clause_end
        # "their first talks since the 2019 summit in Hanoi": the place of the earlier meeting
        and not _SINCE_PHRASE.search(document.text, topic_end, p.start)
    ]
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


# A phrase of "since" running on to the offset: what it names is before the meeting (tune17d).
_SINCE_PHRASE = re.compile(r"\bsince\b[^,;.()“”\"]*$", re.IGNORECASE)


# "met the rebel leaders", "the guerrilla commanders": the armed group the article named last
_REBELS = re.compile(
    r"\s+(?:the\s+)?(?:rebel|guerrilla|insurgent)s?(?:\s+(?:leaders?|leadership|commanders?"
    r"|chiefs?|negotiators|delegation|delegates|representatives|envoys|movement|group"
    r"|negotiating\s+team))?\b(?!\s+(?:of|from)\b|['’])",
    re.IGNORECASE,
)


def _kind_of(document: Document, ref: str) -> str:
    if ref.startswith("actor:new:"):
        new = document.new_actors.get(ref)
        return new.kind if new is not None else ""
    return document.gazetteer.actor(int(ref.split(":")[1])).kind


def _rebels_at(document: Document, start: int, end: int) -> list[Mention]:
    """ "first met the rebel leaders in Mexico": the armed group named last before them."""
    match = _REBELS.match(document.text, start, end)
    if match is None:
        return []
    for mention in reversed(document.mentions):
        if mention.end <= start and _kind_of(document, mention.ref) == "armed_group":
            return [Mention(match.start(), match.end(), -1, -1, mention.ref, "name")]
    return []


# the words of a trade union's name that "union" itself may be missing from ("United Auto
# Workers", "United Steelworkers of America", "Gewerkschaft Deutscher Lokomotivführer"); read
# here and by signals.py's "the union" (moved from signals.py, t56g)
A_TRADE_UNION_S_NAME = re.compile(
    r"\b(?:unions?|[a-z]*workers|employees|machinists|teamsters|gewerkschaft"
    # "AFSCME Local 1733": a union local, named by its number; "IG Metall": an
    # Industriegewerkschaft; "NHL Players' Association": the athletes' union of a league
    r"|local\s+\d+|IG\s+[A-Z]\w+|players['’]?\s+association)\b",
    re.IGNORECASE,
)
# the people who lead, speak or negotiate for a body, told after its kind ("union leaders",
# "the union's negotiators", "party officials", "rebel commanders"); read here and by
# signals.py (t56g)
PEOPLE_AFTER_A_KIND_OF_BODY = (
    r"(?:leaders|leadership|officials|negotiators|chiefs|commanders|delegates|delegation"
    r"|representatives|executive|negotiating\s+team)"
)
# "met union leaders at the motel", "met the union's negotiators", "met the union": the people
# of the one trade union the article names, or the union itself, met alone (not "talks between
# the union and the board", a list the reading of lists takes) (t56g)
_UNION_PEOPLE = re.compile(
    r"\s+(?:(?:the\s+)?union(?:['’]s)?\s+" + PEOPLE_AFTER_A_KIND_OF_BODY + r"|the\s+union)\b"
    r"(?!\s+(?:of|from|and)\b|['’]"
    r"|\s*,(?!\s+(?:and|but|who|whom|which|where|when|before|after|saying|then)\b))",
    re.IGNORECASE,
)


# "Union officials met the managers", "On Tuesday the union's negotiators met": the people of
# the union as the whole subject of the meeting (t56g)
_UNION_PEOPLE_BEFORE = re.compile(
    r"(?:^|(?<=\s))(?:the\s+)?union(?:['’]s)?\s+" + PEOPLE_AFTER_A_KIND_OF_BODY + r"(?=\s*$)",
    re.IGNORECASE,
)


def _union_at(document: Document, start: int, end: int, before=False) -> list[Mention]:
    """ "met union leaders on Feb. 12": the one trade union (no person nor state) the article
    names before them; none where it names two. `before`: the people as the subject that
    closes at `end` ("Union officials met"), with no one named before them."""
    if before:
        match = _UNION_PEOPLE_BEFORE.search(document.text, start, end)
        if match is None or document.mentions_between(start, end):
            return []
    else:
        match = _UNION_PEOPLE.match(document.text, start, end)
    if match is None:
        return []
    union = the_one_union_named_before(document, start)
    if union is None:
        return []
    return [Mention(match.start(), match.end(), -1, -1, union, "name")]


# "talks between the union and the Rail Delivery Group": the first of the two sides "between"
# joins, named by its common noun, the other named after "and" (not "between the union and the
# board", where neither side is named and a guess at both would be as often wrong)
_BETWEEN_BEFORE = re.compile(r"\bbetween$", re.IGNORECASE)
_THE_UNION_AND = re.compile(r"\s+(?P<union>the\s+union)\s+and(?=\s+(?:the\s+)?(?-i:[A-Z]))", re.I)


def _the_union_and_the_side_named(
    document: Document, start: int, end: int, exclude=frozenset()
) -> list[Mention]:
    """ "talks between the union and the Rail Delivery Group on Thursday broke up": the one
    trade union the article names before (as "the union" is read elsewhere) and the side named
    after "and" (r69walkout)."""
    match = _THE_UNION_AND.match(document.text, start, end)
    if match is None or not _BETWEEN_BEFORE.search(document.text, max(0, start - 8), start):
        return []
    union = the_one_union_named_before(document, start)
    if union is None:
        return []
    others = [m for m in _list_after(document, match.end(), end, exclude) if m.ref != union]
    if not others:
        return []
    return [Mention(match.start("union"), match.end("union"), -1, -1, union, "name"), *others]


def the_one_union_named_before(document: Document, before: int) -> str | None:
    """ "The union rejected it" after "the United Auto Workers union": the one body (not a
    person nor a state) named before `before` whose name says it is a trade union, though its
    last word is not "Union"; with two unions named, "the union" could be either."""
    named = {
        mention.ref
        for mention in document.mentions
        if mention.start < before
        and mention.via not in ("post", "demonym", "common noun")
        and not document.is_person(mention.ref)
        and not document.is_state(mention.ref)
        and A_TRADE_UNION_S_NAME.search(document.actor_name(mention.ref))
    }
    return next(iter(named)) if len(named) == 1 else None


# ", the Tsar's chief plenipotentiary,", ", Mrs. Gandhi's principal secretary,": a description
# set between commas after a person's name, ending on a common noun, before the list goes on
# ("and Baron Jutaro Komura"); the names inside it qualify his post and did not meet. (Not a
# group, ", the Palestinian delegation,", which is a participant of its own.)
_DESCRIPTION_OF_A_PERSON = re.compile(
    r",\s+(?:(?:the|a|an|his|her)\s+)?(?:(?!(?:and|who|whom|whose|which|that)\b)"
    # ("Hilarion, head of the Moscow Patriarchate's external relations department, and Koch")
    r"[\w.'’-]+\s+){0,8}?"
    # (a singular "negotiator" is one man's post: "Blinken, the chief American negotiator,")
    r"(?!(?!negotiator\b)" + _GROUP_NOUNS + r"\b|government\b|authorities\b|leaders?\b"
    r"|leadership\b)(?-i:[a-z])[\w-]*(?=,\s+(?:and\s+)?(?-i:[A-Z]))"
)


def _descriptions_of_people(document: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The spans (from the comma to before the closing one) of descriptions set after a
    person's name within [start, end) that name someone or something else ("Witte, the Tsar's
    chief plenipotentiary, and Komura")."""
    spans = []
    for mention in document.mentions_between(start, end):
        if not document.is_person(mention.ref) or mention.via in ("post", "title"):
            continue
        description = _DESCRIPTION_OF_A_PERSON.match(document.text, mention.end, end)
        if description is not None and any(
            description.start() < m.start < description.end()
            for m in document.mentions_between(description.start(), description.end())
        ):
            spans.append((description.start(), description.end()))
    return spans


# "the leaders of Hamas", "negotiators for Minas Gerais": people who stand for the bodies after
_PEOPLE_OF_A_BODY = (
    r"(?:leaders|representatives|delegates|envoys|officials|negotiators|managers|directors"
    # "met the leadership of the Jogorku Kenesh": those who lead it, told as one
    r"|executives|leadership)"
)


def _list_after(document: Document, start: int, end: int, exclude=frozenset()) -> list[Mention]:
    if re.match(r"\s+(?:(?:each|both|all|either)\s+of\s+)?them\b", document.text[start:end]):
        return _people_them_stands_for(document, start)
    group = _group_reference_at(document, start, end, after=True, exclude=exclude)
    if group is not None:
        return group
    rebels = _rebels_at(document, start, end)
    if rebels:
        return rebels
    union = _union_at(document, start, end)
    if union:
        return union
    sides = _the_union_and_the_side_named(document, start, end, exclude)
    if sides:
        return sides
    named = _people_named_for_the_bodies_at(document, start, end, exclude)
    if named:
        return named
    unnamed = re.match(
        r"\s+the\s+[a-z][\w-]*\s+and(?=\s+the\s+(?:two|three|four|five|six)\s)",
        document.text[start:end],
    )
    if unnamed:
        # "met the union and the three producers": a body the article does not name here,
        # then a group that stands for the bodies named before
        group = _group_reference_at(
            document, start + unnamed.end(), end, after=True, exclude=exclude
        )
        if group:
            return group
    delegation = re.match(
        r"\s+the\s+opposition(?:['’]s)?\s+(?:delegation|negotiators|negotiating\s+team|team"
        r"|delegates)\b",
        document.text[start:end],
    )
    if delegation and not document.mentions_between(start, start + delegation.end()):
        # "spoke to the opposition delegation": the body the article calls the opposition
        body = _body_called_the_opposition(document)
        if body is not None:
            begin = start + len(delegation.group(0)) - len(delegation.group(0).lstrip())
            return [Mention(begin, start + delegation.end(), -1, -1, body.ref, "anaphor")]
    people_of = re.match(
        # "received a deputation from the association": the body that sent it came
        r"\s+(?:the\s+" + _PEOPLE_OF_A_BODY + r"|(?:the\s+|an?\s+)?(?:delegations?|deputations?)"
        r"|"
        + _PEOPLE_OF_A_BODY
        # "met the board of Orion Industries", "the executive committee of the union": the
        # organ that decides for the body after it (t56g)
        + r"|the\s+(?:board(?:\s+of\s+directors)?|management|(?:executive|national)\s+"
        r"(?:board|committee|council))(?=\s+of\b))\s+"
        # "met negotiators for Minas Gerais and Espirito Santo": the bodies they negotiate for
        r"(?:of|from|(?<=negotiators\s)for|(?<=representatives\s)for)(?=\s+(?:the\s+)?(?-i:[A-Z]))",
        document.text[start:end],
    )
    if people_of:
        # "brought leaders of the FLNKS and the Loyalists together": the bodies whose people
        # met stand for them; so do a company's managers, directors or executives ("received
        # the managers of Shell", "held talks with directors of the company")
        bodies = _list_after(document, start + people_of.end(), end, exclude)
        more = _MORE_PEOPLE_OF.match(document.text, bodies[-1].end, end) if bodies else None
        if more is not None:
            # "negotiators for A and B and executives of C and D": the people of further bodies
            bodies += [
                m
                for m in _list_after(document, more.end(), end, exclude)
                if m.ref not in {b.ref for b in bodies}
            ]
        if bodies and not any(document.is_person(m.ref) for m in bodies):
            return bodies
    listed = []
    position = start
    described = _person_by_nationality(document, start, end)
    if described is not None:
        return [described]
    mentions = mentions_with_the_government(document, start, end)
    descriptions = _descriptions_of_people(document, start, end)
    for number, mention in enumerate(mentions):
        if mention.start < position:
            continue  # inside the post of a holder named after it (below)
        described = next((span for span in descriptions if span[0] < mention.start < span[1]), None)
        if listed and described is not None and listed[-1].end == described[0]:
            position = described[1]  # "Witte, the Tsar's chief plenipotentiary, and Komura"
            continue
        following_mention = mentions[number + 1] if number + 1 < len(mentions) else None
        if (
            mention.via == "title"
            and following_mention is not None
            and following_mention.ref != mention.ref
            and document.is_person(following_mention.ref)
            and re.fullmatch(r"\s+", document.text[mention.end : following_mention.start])
        ):
            # "U.N. Secretary-General Javier Perez de Cuellar", "Chinese Foreign Minister Li
            # Zhaoxing": a post right before a name is that person's title, whoever else
            # holds a post of that name
            continue
        if mention.via == "post" or (
            mention.via == "demonym"
            and not _GROUP_AFTER_DEMONYM.match(document.text[mention.end : mention.end + 80])
            # "met the Freedonian foreign minister": the state, through its unnamed holder
            and post_of_its_unnamed_holder(document, mention) is None
        ):
            continue  # "Egyptian intelligence chief Abbas Kamel": neither body is a guest
        gap = document.text[position : mention.start]
        if listed and listed[-1].end == position < _end_of_the_name(document, listed[-1]):
            gap = gap[1:]  # "Surangel Whipps Jr. of Palau": the suffix's full stop is the name's
        counted = _GROUP_SPELT_OUT_AFTER_A_COLON.fullmatch(gap)
        if counted is not None:
            # "met Mark Brown and three Micronesian presidents: A of Palau, B of ... and C of
            # ...": the people the colon lists, as many as the group counts
            colon = position + counted.end() - len(counted.group("after"))
            group = _list_after(document, colon, end, exclude)
            if len(group) == _NUMBERS[counted.group("number").lower()] and all(
                document.is_person(m.ref) for m in group
            ):
                listed += _not_yet_listed(group, listed)
                position = group[-1].end
                continue
        # (", the Forum chair, the leaders of": after the appositive of the person before)
        then_the = re.match(r",\s+(?:(?:the|an?)\s+[^,;]{1,60}?,\s+)?(?:and\s+)?(?=the\s)", gap)
        named = (
            _people_named_for_the_bodies_at(document, position + then_the.end() - 1, end, exclude)
            if listed and document.is_person(listed[-1].ref) and then_the
            else []
        )
        if named:
            # "between A, the leaders of the Cook Islands and Samoa, B and C, and D": the
            # people named for the bodies go on the list, the bodies only qualify their post
            listed += _not_yet_listed(named, listed)
            position = _end_of_the_name(document, named[-1])
            continue
        appositive = _DESCRIPTION_OF_A_PERSON.match(document.text, position, mention.start + 1)
        if (
            listed
            and listed[-1].end == position
            and document.is_person(listed[-1].ref)
            and document.is_person(mention.ref)
            and appositive is not None
            and re.fullmatch(r",\s+(?:and\s+)?", document.text[appositive.end() : mention.start])
        ):
            # "sat down with Lewis, Pressman, the union's counsel, and Mortimer": the appositive
            # describes the guest before it; the list goes on after it
            gap = document.text[appositive.end() : mention.start]
        if (
            listed
            and listed[-1].end == position
            and document.is_person(listed[-1].ref)
            and not document.is_person(mention.ref)
            and re.fullmatch(r"\s+of\s+(?:the\s+)?", gap)
        ):
            # "Cyrus Vance of the United Nations and Lord Owen of the European Community": the
            # body a person is "of" is where he comes from, not a guest of its own; the list
            # goes on after it
            position = mention.end
            continue
        if _KIN_OR_AIDE_OF.search(gap):
            # "met Sadegh Tabatabai, a relative of Ayatollah Khomeini": the one the apposition
            # relates the guest to did not come
            position = mention.end
            continue
        if (
            listed
            and listed[-1].end == position
            and document.is_person(listed[-1].ref)
            and not document.is_person(mention.ref)
            # (", the chief American negotiator,": words of the post before the body too)
            and re.fullmatch(r",\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,2}", gap)
        ):
            post = _POST_OF_THE_BODY_IN_APPOSITION.match(document.text, mention.end, end)
            if post is not None:
                # "between Frank Bainimarama, the Forum chair, the leaders of ...": the body
                # names the post of the person before it, and is no guest
                position = post.end()
                continue
            possessive = _POSSESSIVE_POST_AFTER.match(document.text, mention.end, end)
            if possessive is not None:
                # "received Pizarro and Navarro, the movement's second-in-command, in his
                # office": the body names the post of the guest before it, and is no guest
                position = possessive.end()
                continue
        if listed and document.is_person(listed[-1].ref) and not document.is_person(mention.ref):
            appositive = _POST_IN_APPOSITION.fullmatch(gap)
            closing = re.match(r"[^,;.]*?,", document.text[mention.end : end])
            if appositive and closing:
                # "Ralph Gonsalves, the current head of the Community of ... States (CELAC),
                # and Dominica's Prime Minister": the body is the post of the person before;
                # the list goes on after the appositive
                position = mention.end + closing.end() - 1
                continue
        if (
            listed
            and listed[-1].end == position
            and not document.is_person(listed[-1].ref)
            and not document.is_person(mention.ref)
            and following_mention is not None
            and document.is_person(following_mention.ref)
            and _POST_HELD_AT_A_SEAT.fullmatch(document.text, position, mention.start)
            and re.fullmatch(r",\s+", document.text[mention.end : following_mention.start])
        ):
            # "received Taiwan's ambassador to the Holy See, Matthew Lee,": the body and the
            # seat named with his post qualify it; the holder after the comma is the guest
            listed.pop()
            position = mention.end
            continue
        if (
            listed
            and (
                not document.is_person(listed[-1].ref)
                # "St Vincent's Prime Minister Ralph Gonsalves": whoever has a prime minister is
                # a body, whatever kind a new name was guessed to be
                or _POSSESSIVE_HEAD_OF_GOVERNMENT.fullmatch(gap)
            )
            and document.is_person(mention.ref)
            and _POST_OF_A_BODY.fullmatch(gap)
        ):
            # "LURD chairman Sekou Conneh", "Iran's U.N. ambassador, Mohammad Mahallati": the
            # body names his post; he is the guest
            body = listed.pop()
            while (
                listed
                and not document.is_person(listed[-1].ref)
                and re.fullmatch(r"['’]s\s+", document.text[listed[-1].end : body.start])
            ):
                body = listed.pop()  # "Iran's U.N. ambassador": both qualify the post
        elif (
            listed
            and listed[-1].end == mention.start - len(gap)
            and document.is_person(listed[-1].ref)
            and document.is_person(mention.ref)
            and _POST_BETWEEN_NAMES.fullmatch(gap)
        ):
            # "Coal Board chairman Ian MacGregor", "Sisi aide Ahmed Fathy": the name before
            # the post qualifies it (a body taken for a person, or the one he serves); the one
            # after it is the guest
            listed.pop()
        elif not _LIST_GAP.match(gap) and not _post_of_the_next_guest(
            document, listed, gap, mention, following_mention
        ):
            break
        following = document.text[mention.end : mention.end + 40]
        envoys = _ENVOYS_OF_A_PERSON.match(following)
        if envoys and document.is_person(mention.ref):
            # "met Lagu's envoys": the body whose post he holds sent them; he did not come.
            # A person with no recorded post sent them for himself, as for "X, whose envoys
            # have been meeting Y" (`_body_of_whose_envoys`): "met Sadio's envoys" is Sadio's
            body = _body_the_person_heads(document, mention) or mention
            if body.ref not in [m.ref for m in listed]:
                listed.append(body)
            position = mention.end + envoys.end()
            continue
        if re.match(_THING_OF_AN_ACTOR, following, re.IGNORECASE) or (
            document.is_person(mention.ref) and re.match(r"['’]s\s+(?-i:[a-z])", following)
        ):
            break  # "received the Hamas response", "spoke to Sisi's chief of staff"
        if listed and _names_a_post(document, listed[-1], mention):
            listed.pop()  # "Iran's chief negotiator Ali Bagheri Kani": Iran is his post's
        holder = _holder_named_after_the_post(document, mention, start, end)
        if holder is not None and holder.start < mention.start:
            # "received the head of the Egyptian delegation": the one given that post before
            if holder.ref not in [m.ref for m in listed]:
                listed.append(holder)
            position = mention.end
            continue
        if holder is not None:
            # "received the head of the OSCE mission in Moldova, William Hill, and ...": the
            # body is his post's; the holder named after the comma is the guest
            position = holder.start
            continue
        if mention.ref not in [m.ref for m in listed]:
            listed.append(mention)
        elif _holder_named_after_his_post(document, listed, mention):
            # "sat down with Hamas's political chief, Mr X": the guest is the man named after
            # his post, by his name
            listed = [mention if m.ref == mention.ref else m for m in listed]
        position = mention.end
    group_after = re.match(r"\s+and\s+(?=(?:the|both)\s)", document.text[position:end])
    closing = group_after and _GROUP_REFERENCE.match(document.text, position + group_after.end())
    if (
        listed
        and closing
        # the list ends there ("... and the co-chairs in late November"), not a new clause
        # whose subject the group is ("talks with Isaias, and the two men signed")
        and _AFTER_A_CLOSING_GROUP.match(document.text, closing.end())
    ):
        # "a meeting between Atkins and the co-chairs", "met Annan and the two men": a group
        # closing the list stands for those it was named for before
        group = _group_reference_at(
            document,
            position + group_after.end() - 1,
            end,
            after=True,
            exclude=frozenset(exclude) | {m.ref for m in listed},
        )
        if group:
            listed += _not_yet_listed(group, listed)
    return listed


def _holder_named_after_his_post(document: Document, listed, mention: Mention) -> bool:
    """Whether the guest listed last is the post of the one named at `mention`, set right after
    it in apposition ("Hamas's political chief, Mr X,"): the same actor, first by his post."""
    last = listed[-1] if listed else None
    return (
        last is not None
        and last.ref == mention.ref
        and last.via == "title"
        and mention.via != "title"
        and re.fullmatch(
            r",\s+(?:(?-i:[A-Z])[\w.]*\.?\s+)?", document.text[last.end : mention.start]
        )
        is not None
    )


# "and three Micronesian presidents: ": a group counted in words, the colon after it opening the
# list of its members
_GROUP_SPELT_OUT_AFTER_A_COLON = re.compile(
    r"(?:,\s*)?\s*(?:and\s+)?(?P<number>two|three|four|five|six)\s+(?:(?-i:[A-Z])[\w-]*\s+)?"
    r"(?-i:[a-z])+s\s*:(?P<after>\s+)",
    re.IGNORECASE,
)


def _not_yet_listed(mentions: list[Mention], listed: list[Mention]) -> list[Mention]:
    """The mentions whose actor the list does not hold yet."""
    held = {m.ref for m in listed}
    return [m for m in mentions if m.ref not in held]


def _end_of_the_name(document: Document, mention: Mention) -> int:
    """Where a name ends in the text: after the full stop of a suffix the mention leaves out
    ("Surangel Whipps Jr. and David Kabua"), which is no end of a sentence."""
    if re.search(r"\b(?:Jr|Sr)$", document.text[mention.start : mention.end]) and (
        document.text[mention.end : mention.end + 1] == "."
    ):
        return mention.end + 1
    return mention.end


def _people_named_for_the_bodies_at(document: Document, start: int, end: int, exclude):
    """ "met the leaders of the Cook Islands and Samoa, Mark Brown and Fiame Naomi Mata'afa":
    the people named for the bodies after a post of theirs are the guests."""
    post_of = _PEOPLE_OF_A_GROUP.match(document.text, start, end)
    if post_of is None or not re.match(r"\s+the\s", post_of.group(0), re.IGNORECASE):
        return []
    return _people_named_for_the_bodies(
        document, _list_after(document, post_of.end(), end, exclude)
    )


def _people_named_for_the_bodies(document: Document, listed: list[Mention]) -> list[Mention]:
    """ "met the leaders of the Cook Islands and Samoa, Mark Brown and Fiame Naomi Mata'afa":
    the people of the bodies, named in apposition after them, one for each body, are the
    guests; the bodies only qualify their post."""
    bodies = list(itertools.takewhile(lambda m: not document.is_person(m.ref), listed))
    people = listed[len(bodies) : 2 * len(bodies)]
    if (
        len(bodies) < 2
        or len(people) != len(bodies)
        or not all(document.is_person(m.ref) for m in people)
        or not re.fullmatch(r",\s+", document.text[bodies[-1].end : people[0].start])
    ):
        return []
    return people


def _post_of_the_next_guest(document: Document, listed, gap: str, mention, following) -> bool:
    """ "met Goodenow, his senior director Ted Saskin and ...": the gap before a person in a
    list of people is his post; so it is before a body whose post then names him ("and the union
    president, Vancouver Canucks center Trevor Linden": the body is his post's, read below)."""
    if not listed or not document.is_person(listed[-1].ref):
        return False
    if not _POST_BEFORE_THE_NEXT_NAME.fullmatch(gap):
        return False
    if document.is_person(mention.ref):
        return True
    return (
        gap.rstrip().endswith(",")
        and following is not None
        and document.is_person(following.ref)
        and _POST_OF_A_BODY.fullmatch(document.text, mention.end, following.start) is not None
    )


# What may follow a group closing a list of guests: a stop, or the place, time or purpose
_AFTER_A_CLOSING_GROUP = re.compile(
    r"\s*(?:[,.;:)]|$|(?:in|on|at|for|to|over|during|about|last|this|early|late|earlier|later"
    r"|after|before|since|until)\b)"
)


# "'s second-in-command,", "'s deputy leader,": a body's post in lower case, closed by a comma,
# after the possessive of a body set in apposition to a person (not "'s negotiators", its people)
_POSSESSIVE_POST_AFTER = re.compile(
    r"['’]s\s+(?!(?:[\w-]+\s+){0,3}?(?:" + _GROUP_NOUNS + r"|leaders|leadership)\b)"
    r"(?:(?-i:[a-z])[\w-]*\s+){0,3}(?-i:[a-z])[\w-]*(?=\s*,)"
    # "and Cardinal Koch, the Vatican's top official for Christian unity.": the post, what it
    # is for, and the sentence's end
    r"|['’]s\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}(?-i:[a-z])[\w-]*\s+(?:for|of|on)\s+"
    r"(?:[\w-]+\s+){0,3}?[\w-]+(?=\s*[,.;])",
    re.IGNORECASE,
)
# " chair,", " secretary-general,": after a body in apposition to a person, the post it names
# him by ("Frank Bainimarama, the Forum chair, ...")
_POST_OF_THE_BODY_IN_APPOSITION = re.compile(
    r"\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:chair|chairman|chairwoman|head|chief|leader|president"
    r"|secretary-general|spokesman|spokeswoman|commander|founder|envoy|negotiator)(?=\s*,)",
    re.IGNORECASE,
)
# ", the current head of the ", ", a member of ", ", deputy chairman of ": a person's post in
# apposition after his name, up to the body it is a post of
_POST_IN_APPOSITION = re.compile(
    r",\s+(?:(?:the|a|an|its|his|her)\s+)?(?:[\w-]+\s+){0,3}?(?:head|chief|leader|chair|chairman"
    r"|chairwoman|director|president|secretary-general|spokesman|spokeswoman|commander|founder"
    r"|member)\s+(?:of|to|for|at)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "'s Prime Minister ": the head of a government after the place that has it
_POSSESSIVE_HEAD_OF_GOVERNMENT = re.compile(
    r"['’]s\s+(?:(?:Prime|Chief|Deputy)\s+Minister|President|Premier|Chancellor)\s+"
)
# "the head of the", "the chief of": a post whose complement is the body named next
_POST_OF_THE_BODY_AFTER = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:head|chief|leader|chairman|chairwoman|chair|director"
    r"|representative|envoy|ambassador|president|secretary-general|spokesman|spokeswoman"
    r"|commander|coordinator|mediator)\s+(?:of|to|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_MORE_PEOPLE_OF = re.compile(
    r",?\s+and\s+(?:the\s+)?" + _PEOPLE_OF_A_BODY + r"\s+(?:of|from)(?=\s+(?:the\s+)?(?-i:[A-Z]))"
)


def _holder_named_after_the_post(document: Document, body: Mention, start: int, end: int):
    """The person named in apposition after "the head of <body> [...]," ("the head of the OSCE
    mission in Moldova, William Hill,"): the body and the words after it up to the comma are
    his post."""
    if document.is_person(body.ref) or not _POST_OF_THE_BODY_AFTER.search(
        document.text, max(start, body.start - 60), body.start
    ):
        return None
    comma = re.match(r"(?:\s+[\w.'’-]+){0,5}?,\s+", document.text[body.end : end])
    if comma is None:
        return _holder_the_post_was_given_to(document, body, start)
    for mention in document.mentions_between(body.end + comma.end(), end):
        if mention.start == body.end + comma.end() and document.is_person(mention.ref):
            return mention
        break
    return None


def _holder_the_post_was_given_to(document: Document, body: Mention, start: int):
    """ "Col. Mohammed Seif el-Dine, head of the Egyptian delegation, ... received the head of
    the Egyptian delegation": a post told again with no name is the person the article gave
    that same post to before, in apposition after his name."""
    post = re.search(
        r"\b(?:head|chief|leader|chairman|chairwoman|chair|director|president)\s+(?:of|to|for)"
        r"\s+(?:the\s+)?$",
        document.text[max(start, body.start - 60) : body.start],
        re.IGNORECASE,
    )
    if post is None:
        return None
    phrase = document.text[body.start - len(post.group(0)) : body.end]
    for told in re.finditer(
        r",\s+(?:the\s+)?" + re.escape(phrase) + r"\b", document.text[: body.start - len(phrase)]
    ):
        named = [
            m
            for m in document.mentions
            if m.end == told.start() and document.is_person(m.ref) and m.via != "post"
        ]
        if named:
            return named[0]
    return None


# ", a relative of", ", a close aide to", ", the deputy of": an apposition relating the person
# before it to someone else
_KIN_OR_AIDE_OF = re.compile(
    r",\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:relative|aides?|deputy|adviser"
    r"|advisor|son|daughter|brother|sister|nephew|niece|cousin|wife|husband|son-in-law"
    r"|confidant|protege|protégé|secretary)\s+(?:of|to)\s+(?:[\w.-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A post the press writes before a name ("army chief", "co-CEO"), longest first
_A_TITLE = "|".join(
    re.escape(title)
    for title in sorted({*PERSON_TITLES, *ACTOR_NAMING_TITLES}, key=len, reverse=True)
)
# The words of a post between a body and the person holding it: "'s U.N. ambassador, ",
# " chairman ", "'s ageing founder " (no verb, preposition or conjunction among them, but the
# place the post is held at).
_POST_OF_A_BODY = re.compile(
    r"(?:['’]s)?(?:\s+(?!(?:and|or|but|in|on|at|to|for|with|by|from|who|which|that|after"
    r"|before|while|when|as|over|said|says|told|met|said)\b)(?:[A-Z][\w.]*|[a-z][\w-]*)){1,4}"
    # "Syria's ambassador in Washington, Walid al-Moallem": the post's seat, then the name in
    # apposition
    r"(?:\s+(?:in|to|at)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?=,))?"
    r",?\s+"
    # "Pakistan's army chief, General Asim Munir": the holder's rank or title before his name
    rf"(?:(?i:{_A_TITLE})\.?\s+)?"
)
# "'s ambassador to the ", "'s envoy in ": a body's post in lower case and the seat it is held
# at, where the seat is itself a name the reader knows ("Taiwan's ambassador to the Holy See,
# Matthew Lee": Washington, the Holy See), not a group of its people
_POST_HELD_AT_A_SEAT = re.compile(
    r"['’]s\s+(?!(?:[\w-]+\s+){0,2}?(?:" + _GROUP_NOUNS + r"|leaders|leadership)\b)"
    r"(?:(?-i:[a-z])[\w-]*\s+){1,3}(?:in|to|at)\s+(?:the\s+)?"
)
# "the Norwegian envoy", "the Egyptian president": a person described by nationality and post
_NATIONALITY_AND_POST = re.compile(
    r"\s+the\s+(?P<demonym>(?-i:[A-Z])\w+)\s+(?:[\w-]+\s+)?(?:envoy|minister|president|premier"
    r"|leader|mediator|negotiator|diplomat|chief|official|chancellor|emissary)\b",
    re.IGNORECASE,
)


def _person_by_nationality(document: Document, start: int, end: int) -> Mention | None:
    """ "in the presence of the Norwegian envoy": the last person the article introduced with
    that nationality ("Norwegian Foreign Minister Johan Joergen Holst"), when no name follows."""
    match = _NATIONALITY_AND_POST.match(document.text, start, end)
    if match is None or any(
        m.via != "demonym" for m in document.mentions_between(start, match.end())
    ):
        return None
    demonym = match.group("demonym")
    for mention in reversed(document.mentions):
        if mention.end > start or not document.is_person(mention.ref):
            continue
        if re.search(
            rf"\b{re.escape(demonym)}\s+(?:[\w.-]+\s+){{0,4}}$",
            document.text[max(0, mention.start - 60) : mention.start],
        ):
            return Mention(match.start("demonym"), match.end(), -1, -1, mention.ref, "title")
    return None


# An actor's name used as the owner of a thing, not as a guest: "the Hamas response".
_THING_OF_AN_ACTOR = (
    r"(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:response|reply|proposal|counterproposal|counter-proposal"
    r"|plan|offer|letter|message|demands?|text|draft|answer|document|statement|position)\b"
)


# "hosted the delegations", "received the delegations": no number, no body named after them
_THE_DELEGATIONS = re.compile(r"\s+the\s+delegations\b(?!\s+(?:of|from)\b)", re.IGNORECASE)
# " chairman ", " aide ", " chief negotiator ": a post, in lower case, between two names
_POST_BETWEEN_NAMES = re.compile(
    r"\s+(?:(?-i:[a-z])[\w-]+\s+)?(?:chairman|chairwoman|chair|chief|president|secretary"
    r"|leader|head|director|envoy|aide|adviser|advisor|spokesman|spokeswoman|negotiator"
    r"|commander|general\s+secretary|secretary-general)\s+"
)
# "'s envoys", "'s negotiating team": people sent by the person named before the possessive
_ENVOYS_OF_A_PERSON = re.compile(
    rf"['’]s?\s+(?:(?-i:[a-z])[\w-]+\s+)?{_GROUP_NOUNS}\b(?!\s+(?:of|for|to)\b)", re.IGNORECASE
)


def _body_the_person_heads(document: Document, mention: Mention) -> Mention | None:
    """The body a person answers for (the gazetteer's `body_of_post`, the one reading of it the
    steps share: not a member's seat, "Senator"), as a mention at his name."""
    body = document.gazetteer.body_of_post(mention.ref)
    return None if body is None else Mention(mention.start, mention.end, -1, -1, body, "name")


def _owner_of_a_thing(document: Document, guest: Mention, clause_end: int) -> bool:
    """ "welcomed Tehran's move", "received Israel's formal answer": the actor is named as the
    owner of the thing after it (a common noun, with no one named in the phrase), unless that
    noun is its people ("received Israel's negotiators")."""
    phrase = re.match(
        r"['’]s?\s+(?P<words>(?:(?-i:[a-z])[\w-]*\s*){1,3})(?=[,.;:]|\s+(?-i:[a-z])|$)",
        document.text[guest.end : clause_end],
    )
    if phrase is None or document.mentions_between(guest.end, guest.end + phrase.end()):
        return False
    return not re.search(
        rf"\b(?:{_GROUP_NOUNS}|leaders?|leadership|chiefs?|ministers?|president|premier|envoys?"
        r"|ambassadors?|counterparts?|emissar(?:y|ies)|foreign|prime|top|chief|senior)\b",
        phrase.group("words"),
    )


def _names_a_post(document: Document, body: Mention, person: Mention) -> bool:
    """The body is named only as part of the person's post: "US special envoy Robert Malley"."""
    if document.is_person(body.ref) or not document.is_person(person.ref):
        return False
    gap = document.text[body.end : person.start]
    return (
        bool(
            re.fullmatch(r"['’]s\s+|(?:['’]s)?(?:\s+[\w-]+){1,3}\s+", gap)
            # "the Kremlin spokesman", "the U.N. under-secretary-general": the person named by
            # his post alone, the body's name right before it
            or (person.via == "title" and re.fullmatch(r"\s+", gap))
            # "Kuwait's Crown Prince and Prime Minister Sheikh Saad": two posts of one man
            or re.fullmatch(
                r"['’]s(?:\s+(?-i:[A-Z])[\w-]*){1,3}\s+and(?:\s+(?-i:[A-Z])[\w-]*){1,3}\s+", gap
            )
        )
        and "," not in gap
    )


# "Soviet Foreign Minister ", "Secretary of State ": capitalised words (with "of", "for") right
# before a person's name
_TITLE_BEFORE_A_NAME = re.compile(
    r"(?<![\w'’.-])(?:(?-i:[A-Z])[\w.'’-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){1,5}"
    # "Warner Bros. Discovery chief David Zaslav", "Netflix co-CEO Ted Sarandos": the post in
    # lower case after the body's name
    rf"(?:(?i:{_A_TITLE})\s+)?$"
)
# "and deputy commissioner Bill Daly", ", his senior adviser X", "and union president X": a
# post in lower case, with the words that rank it or the body it serves, right before a name in
# a list, where "and" or a comma sets it off
_POST_IN_LOWER_CASE_BEFORE_A_NAME = re.compile(
    r"(?:(?<=,\s)|(?<=\band\s))(?-i:(?:(?:his|her|their|its)\s+)?"
    r"(?:(?!(?:and|or|then|also|later|again|the)\b)[a-z][\w-]*\s+)?"
    r"(?:(?:senior|deputy|assistant|vice|executive|chief|general|former|acting)\s+)*"
    rf"(?:{_A_TITLE}))\s+$"
)
# ", his senior director ", " and the union president, ": the post in lower case of the next
# person in a list of people, set off by a comma or "and"
_POST_BEFORE_THE_NEXT_NAME = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:the|his|her|their|its)\s+)?"
    r"(?:(?!(?:and|or|then|also|later|again|the|who|which|whose)\b)[a-z][\w-]*(?:['’]s)?\s+)?"
    r"(?:(?:senior|deputy|assistant|vice|executive|chief|general|former|acting)\s+)*"
    rf"(?:{_A_TITLE}),?\s+"
)
# ", a senior adviser at the State Department,"; ", Netanyahu's closest confidant,": a
# description of the name before it, with an article or a possessive name
# ("Fernandez, the Spanish ambassador, was received by X": the auxiliary of a passive welcome
# too (t56e))
_APPOSITIVE_BEFORE = re.compile(
    r",\s+(?:a|an|the|(?P<owner>(?-i:[A-Z])[\w-]*['’]s))\s+[^,]{1,80},\s*"
    + _BEFORE_A_SHARED_VERB
    + r"(?:(?:was|were|been)\s+)?$",
    re.I,
)
# ", then director of the Korean Central Intelligence Agency,", ", head of the Congregation for
# the Doctrine of the Faith,": a post written without an article after the subject's name, up to
# the comma that closes it, before the verb; the person is the one who met, the body his post is
# of only describes him
_POST_APPOSITIVE_BEFORE = re.compile(
    _POST_IN_APPOSITION.pattern
    + r"[^,;]{1,80},\s*"
    + _BEFORE_A_SHARED_VERB
    + r"(?:(?:was|were|been)\s+)?$",
    re.I,
)
_ACRONYM_AFTER = re.compile(r"\s*\((?-i:[A-Z])[A-Za-z.]{1,9}\)")
_RELATIVE_BEFORE = re.compile(
    # ("X, whose country has quietly encouraged the rapprochement, hosted": "whose" too)
    r",\s+(?:who|which|whose)\s+[^,;]{1,80}"
    # ("X, who chairs the troika on politics, defence and security, received him": a list
    # ending the relative clause, of three or four items too: "which groups students, business
    # leaders, farmers and academics")
    r"(?:(?:,\s+[^,;]{1,40}){0,2},\s+[^,;]{1,40}\band\s+[^,;]{1,40})?"
    r",\s*(?:(?:was|were|is|are|has|have|had)\s+)?$",
    re.I,
)


# ", including Iraqi Deputy Prime Minister Saadoun Hammadi, ": people among the subject,
# set off by commas right before the verb
_INCLUDING_BEFORE = re.compile(
    r",\s+including\s+(?P<who>[^,;:]{1,100}),\s*(?:(?:have|has|had|" + _ADVERBS + r")\s+)*$",
    re.IGNORECASE,
)
# " and their aides", " with his delegation": the company of the people named before it
_COMPANY_AFTER = re.compile(
    r"\s+(?:and|with)\s+(?:their|his|her|its)\s+(?:[\w-]+\s+)?(?:aides|advisers|advisors"
    r"|delegations?|teams?|deputies|entourages?|staff)\s*$",
    re.IGNORECASE,
)
# "Mr. Burger, President Steyn and the generals met": people the list closes on unnamed, who
# end the subject list without taking a place in it
_UNNAMED_PEOPLE_AFTER = re.compile(
    r"\s+and\s+(?:the|other)\s+(?:generals|commanders|chiefs|elders|ministers|officials"
    r"|delegates|envoys|negotiators)\s+(?:(?:" + _ADVERBS + r")\s+)*$",
    re.IGNORECASE,
)


def _named_and_the_group(document: Document, start: int, end: int, group) -> list[Mention]:
    """ "The chiefs and the two ministers met": the actors named before "and" and the group
    phrase that opens the subject meet with those the group stands for."""
    phrases = [
        m
        for m in _GROUP_REFERENCE.finditer(document.text, start, end)
        if re.fullmatch(rf"\s*(?:(?:have|has|had|{_ADVERBS})\s+)*", document.text[m.end() : end])
    ]
    if not phrases:
        return []
    joined = re.search(r"\S\s+and\s+$", document.text[start : phrases[-1].start()])
    if joined is None:
        return []
    before = [
        m
        for m in document.mentions_between(start, start + joined.start() + 1)
        if m.via not in ("post", "demonym") and m.ref not in {g.ref for g in group}
    ] or _body_its_plural_tail_stands_for(document, start, start + joined.start() + 1)
    if not before or not re.fullmatch(
        r"\s*(?:(?:the|The)\s+)?", document.text[start : before[0].start]
    ):
        return []  # the phrase opens the subject: nothing but names before "and"
    return before


# "the chiefs", "the hereditary chiefs": "the" and the last words, a plural noun last, of a
# group's name given before
_PLURAL_TAIL = re.compile(r"\s*(?:the|The)\s+(?P<tail>(?:[a-z]+\s+){0,2}[a-z]+s)\s*")
# plural last words of names that are no group of people taken up alone
_NOT_PLURAL_GROUP_TAILS = {"nations", "states", "forces", "affairs", "rights", "relations"}


def _body_its_plural_tail_stands_for(document: Document, start: int, end: int) -> list[Mention]:
    """ "Wet'suwet'en hereditary chiefs reached ... The chiefs and the two ministers met": the
    group the article named before by a name that ends in those words (not "the nations" for
    the United Nations, a body of states)."""
    tail = _PLURAL_TAIL.fullmatch(document.text, start, end)
    if tail is None or tail.group("tail").split()[-1] in _NOT_PLURAL_GROUP_TAILS:
        return []
    words = tail.group("tail").split()
    for mention in reversed(document.mentions_between(0, start)):
        if document.kind_of(mention.ref) in (
            Actor.Kind.PERSON,
            Actor.Kind.STATE,
            Actor.Kind.INTERNATIONAL_ORG,
        ):
            continue
        name = normalize_name(mention.text_in(document.text)).split()
        if len(name) > len(words) and name[-len(words) :] == words:
            return [replace(mention, start=tail.start("tail"), end=tail.end("tail"), via="anaphor")]
    return []


def _list_before(document: Document, start: int, end: int) -> list[Mention]:
    including = _INCLUDING_BEFORE.search(document.text, start, end)
    if including is not None:
        # "The two men and their aides, including Deputy Prime Minister X, met": the subject,
        # and the people the "including" phrase names among its company
        head_end = including.start()
        company = _COMPANY_AFTER.search(document.text, start, head_end)
        head = _list_before(document, start, company.start() if company else head_end)
        named = [
            m
            for m in document.mentions_between(including.start("who"), including.end("who"))
            if document.is_person(m.ref) and m.via != "post"
        ]
        if head and named:
            return head + [m for m in named if m.ref not in {h.ref for h in head}]
    group = _group_reference_at(document, start, end, after=False)
    if group is not None:
        return _named_and_the_group(document, start, end, group) + group
    union = _union_at(document, start, end, before=True)
    if union:
        return union
    unnamed = _UNNAMED_PEOPLE_AFTER.search(document.text, start, end)
    if unnamed is not None and document.mentions_between(start, unnamed.start()):
        end = unnamed.start()
    relative = _RELATIVE_BEFORE.search(document.text[start:end])
    if relative:
        # "the two men, who had not sat at the same table for two years, held talks with": the
        # group before the relative clause is the subject
        group = _group_reference_at(document, start, start + relative.start(), after=False)
        if group is not None:
            return group
    # "Hochstein, a senior adviser at the State Department, held talks with": the appositive
    # describes the subject; the body inside it did not meet
    end = _before_an_appositive_of_the_subject(document, start, end, document.text[start:end])
    # "Milutinovic, who joined the delegation in Paris, was summoned by": the relative clause
    # tells of the subject, and those it names did not meet
    relative = _RELATIVE_BEFORE.search(document.text[start:end])
    if relative and any(
        m.end == start + relative.start() for m in document.mentions_between(start, end)
    ):
        end = start + relative.start()
        # "Sean Lester, the delegate of the Irish Free State, who presides over the committee,
        # received": an appositive before the relative clause describes the subject too (the
        # comma that opened the relative clause closes it)
        end = _before_an_appositive_of_the_subject(
            document, start, end, document.text[start:end] + ","
        )
    listed = []
    position = end
    descriptions = _descriptions_of_people(document, start, end)
    mentions = mentions_with_the_government(document, start, end)
    for mention in reversed(mentions):
        if mention.end > position:
            continue  # "Soviet" in "Soviet Foreign Minister Eduard Shevardnadze": his post's
        if any(
            other.ref == mention.ref
            and _ACRONYM_AFTER.fullmatch(document.text, other.end, mention.end + 1)
            for other in mentions
            if other.end < mention.start
        ):
            # "The Movement of People Affected by Dams (MAB), which X met": the acronym in
            # brackets is the name's own, read with the name before it
            continue
        described = next((span for span in descriptions if span[0] < mention.start < span[1]), None)
        if listed and described is not None:
            position = described[0]  # "Witte, the Tsar's chief plenipotentiary, and Komura"
            continue
        if mention.via == "post" or (
            mention.via == "demonym"
            and not _GROUP_AFTER_DEMONYM.match(document.text[mention.end : mention.end + 80])
            and post_of_its_unnamed_holder(document, mention) is None
        ):
            continue
        if _CLOSE_TO_BEFORE.search(document.text, start, mention.start):
            # "army officers close to Gen. Suharto, led by X, met": the people close to him
            # met, not he
            position = mention.start
            continue
        gap_start = _end_of_the_name(document, mention)
        acronym = _ACRONYM_AFTER.match(document.text, mention.end, position)
        if acronym is not None:
            gap_start = acronym.end()
        see = _SEE_AFTER_A_NAME.match(document.text, mention.end, position)
        if see is not None and document.is_person(mention.ref):
            # "Patriarch John X of Antioch and Patriarch Neofit of Bulgaria met": the see or
            # the land written after a churchman's or a ruler's name is his; the list goes on
            gap_start = see.end()
        unrecorded = _UNRECORDED_BODY_AFTER_A_NAME.match(document.text, gap_start, position)
        if (
            unrecorded is not None
            and document.is_person(mention.ref)
            and not document.mentions_between(gap_start, unrecorded.end())
        ):
            # "the Rev. John J. Burke of the National Catholic Welfare Conference, at
            # Washington, met": the body a person comes from, which the article names but the
            # reader does not know, describes him; he is the subject
            gap_start = unrecorded.end()
        owner = _person_of_the_body(document, mention)
        tail = _POSSESSIVE_THING.match(document.text, mention.end, position)
        if owner is not None and tail is not None:
            # "A for the GNA and B for Haftar's forces met": the side a person stands for,
            # told by a possessive, is no gap that ends the list
            gap_start = tail.end()
        appositive = _DESCRIPTION_OF_A_PERSON.match(document.text, mention.end, position + 1)
        if (
            listed
            and document.is_person(mention.ref)
            and appositive is not None
            and re.fullmatch(r",\s+(?:and\s+)?", document.text[appositive.end() : position])
        ):
            # "Knudsen, Brown, a vice president, and Smith sat down": the appositive after a
            # name in the list describes him; the list goes on before it
            gap_start = appositive.end()
        if (
            not (
                _SUBJECT_GAP.match(document.text[gap_start:position])
                # "Freedonia's foreign minister met": the body, through its unnamed holder
                or _acts_through_its_unnamed_holder(document, mention, position)
            )
            or (
                re.search(
                    # "At the United Nations, U Thant met": the body's seat, where they met
                    r"\b(?:in|at|from|to)\s+(?:the\s+)?$",
                    document.text[max(start, mention.start - 10) : mention.start],
                    re.I,
                )
                # "delegations from Russia and Ukraine met": those who sent them met
                and not re.search(
                    rf"\b{_GROUP_NOUNS}\s+from\s+$",
                    document.text[max(start, mention.start - 40) : mention.start],
                    re.I,
                )
            )
        ):
            break  # "In Moscow, Putin met": the capital is where, not who
        if owner is not None:
            # "Lavrov of Russia, Cavusoglu of Turkey and Zarif of Iran met": the states are the
            # ministers', who met
            position = owner.end
            continue
        if listed and _names_a_post(document, mention, listed[0]):
            position = mention.start  # "Azerbaijan's Jeyhun Bayramov": Azerbaijan is his post's
            continue
        if mention.ref not in [m.ref for m in listed]:
            listed.insert(0, mention)
        position = mention.start
        post = _post_before_its_holder(document, start, mention)
        if post is not None:
            # "Buldan, Onder and a third deputy, Altan Tan, met": the post set before its
            # holder's name goes on the list, which goes on before it
            position = post.start("post")
            continue
        if document.is_person(mention.ref):
            # "Shultz and Soviet Foreign Minister Eduard Shevardnadze met": the post written
            # before a name is part of the subject list, not a gap that ends it
            title = _TITLE_BEFORE_A_NAME.search(
                document.text, start, position
            ) or _POST_IN_LOWER_CASE_BEFORE_A_NAME.search(document.text, start, position)
            if title is not None:
                position = title.start()
    group_and = _GROUP_AND_NAME.search(document.text, start, listed[0].start) if listed else None
    if (
        group_and is not None
        and document.text[group_and.end("group") :].lstrip().startswith(",")
        and len(listed) >= _NUMBERS.get(group_and.group("group").split()[1].lower(), 2)
    ):
        # "The heads of the two delegations, A for the GNA and B for the LNA, met": the names in
        # apposition spell out the group
        return listed
    if group_and is not None:
        # "the four foreign ministers and Figl sat together": the group and the names after it
        group = _group_reference_at(
            document,
            start,
            group_and.end("group"),
            after=False,
            exclude={m.ref for m in listed},
        )
        if group:
            return group + [m for m in listed if m.ref not in {g.ref for g in group}]
    people_of = (
        _PEOPLE_OF_THE_BODIES.search(document.text, start, listed[0].start) if listed else None
    )
    if people_of is not None and not any(document.is_person(m.ref) for m in listed):
        # "The presidents of Colombia, Ecuador and Venezuela shook hands": the people the
        # article names in that post for each of them met
        people = [_holder_named_for(document, body, people_of.group("post")) for body in listed]
        if all(person is not None for person in people):
            return people
    return listed


# "'s foreign minister", " chairman": a post that speaks for the body named right before it, in
# lower case (a capitalised one is a title: "Saudi Ambassador to Yemen Mohammed Al Jaber"), with
# no name after it, or after its seat, that tells its holder ("'s foreign minister, Anna Berg,",
# " ambassador to Yemen Mohammed Al Jaber")
_ITS_POST_AFTER = re.compile(
    r"(?:['’]s?)?\s+"
    + A_QUALIFIED_POST_THAT_SPEAKS_FOR_IT
    + r"\b(?!(?:\s+(?:to|for|in|at|of)\s+(?:the\s+)?[A-Z][\w.'’-]*)?,?\s+[A-Z])"
)
# "a UNITA commander", "the former Norvik Mining chairman": one holder of several, or one who has
# left the post, before the name of the body
_NOT_ITS_HOLDER_BEFORE = re.compile(
    r"(?:\b(?:an?|one|former|onetime|one-time)\s+|\bex-)$", re.IGNORECASE
)


def post_of_its_unnamed_holder(document: Document, body: Mention, end: int | None = None):
    """The post written right after the body named at `body` through whose holder, whom the
    article neither names there nor records, the body acts: meets, answers ("Norvik Mining's
    chief executive met", "the Freedonian foreign minister", "the Norvik Mining chairman";
    tests/intake/articles/README.md: a person who answers as the holder of a post gives that
    body's answer). None for one holder of several or one who has left the post ("a UNITA
    commander", "a former chief executive"), a kind of person ("the rebel leader"), or a post
    told of a person named before it ("Stevenson, the US ambassador,"). With `end`, the post
    ends there."""
    if end is None:
        post = _ITS_POST_AFTER.match(document.text, body.end)
    else:
        post = _ITS_POST_AFTER.fullmatch(document.text, body.end, end)
    if post is None or document.is_person(body.ref):
        return None
    if post.group(0)[:1] not in "'’" and not document.text[body.start].isupper():
        return None  # "the reclusive rebel leader": a kind of person, not a body's post
    if any(document.is_person(m.ref) for m in document.mentions_between(body.end, post.end())):
        return None  # "Freedonia's foreign minister" recorded: her own reading acts for it
    sentence_start = document.sentence_at(body.start).start
    before = document.text[sentence_start : body.start]
    if _NOT_ITS_HOLDER_BEFORE.search(before):
        return None
    appositive = re.search(r",\s+(?:the\s+)?$", before)
    if appositive and any(
        m.end == sentence_start + appositive.start() and document.is_person(m.ref)
        for m in document.mentions
    ):
        return None
    return post


def _acts_through_its_unnamed_holder(document: Document, body: Mention, end: int) -> bool:
    """Whether the words after the body up to `end` are the post of its unnamed holder
    (`post_of_its_unnamed_holder`), through whom it acts there."""
    end = body.end + len(document.text[body.end : end].rstrip())
    return end > body.end and post_of_its_unnamed_holder(document, body, end) is not None


# " and the Foreign Minister, ", " and a third deputy, ", " and the two deputies for Senegal, ":
# a post in a subject list, set off by the comma before the name of its holder (or holders), who
# is the one listed ("Sagasta and the Foreign Minister, the Duke of Almodovar, conferred"); the
# post names no one else, and the body of its complement ("for Senegal") did not meet
_POST_BEFORE_ITS_HOLDER_IN_APPOSITION = re.compile(
    r"\s+and\s+(?P<post>(?:the|a|an|his|her|their|its)\s+(?:(?!(?:and|who|whom|whose|which|that)\b)"
    r"[\w.'’-]+\s+){0,5}?(?!(?:and|who|whom|whose|which|that)\b)[\w'’-]+),\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _post_before_its_holder(document: Document, start: int, holder: Mention) -> re.Match | None:
    """The post written in the subject list right before the name of its holder (or before the
    first of its holders), set off by a comma (`_POST_BEFORE_ITS_HOLDER_IN_APPOSITION`): none
    where the words of the post name a person of their own."""
    if not document.is_person(holder.ref):
        return None
    post = _POST_BEFORE_ITS_HOLDER_IN_APPOSITION.search(document.text, start, holder.start)
    if post is None or any(
        document.is_person(m.ref) and m.via not in ("post", "title") and m.ref != holder.ref
        for m in document.mentions_between(post.start("post"), post.end("post"))
    ):
        return None
    return post


def _before_an_appositive_of_the_subject(document: Document, start: int, end: int, text: str):
    """Where the subject list ends, before an appositive that closes `text` (the words from
    `start` up to the verb, ending in the appositive's closing comma)."""
    appositive = _APPOSITIVE_BEFORE.search(text) or _POST_APPOSITIVE_BEFORE.search(text)
    if appositive and any(
        _post_before_its_holder(document, start, m) is not None
        for m in document.mentions_between(start + appositive.start(), start + appositive.end())
        if re.fullmatch(r",\s+(?:the\s+)?", document.text[start + appositive.start() : m.start])
    ):
        # "Sagasta and the Foreign Minister, the Duke of Almodovar, conferred": the
        # appositive names the holder of the post listed before it, who is in the list
        return end
    if (
        appositive
        and any(m.end == start + appositive.start() for m in document.mentions_between(start, end))
        # (", China's Prime Minister,": a post of the name before it names that person too)
        and not (
            appositive.groupdict().get("owner")
            and any(
                m.via in ("post", "title")
                for m in document.mentions_between(
                    start + appositive.start(), start + appositive.end()
                )
            )
        )
    ):
        return start + appositive.start()
    return end


# "close to Gen. ", "loyal to ": a person named only as the one others stand close to (the
# words of a title between, not a list: "loyal to Haddad and Blinken")
_CLOSE_TO_BEFORE = re.compile(
    r"\b(?:close|closest|loyal|near)\s+to\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}?\Z", re.IGNORECASE
)
# " of Antioch", " of Saudi Arabia": the see or the land after a person's name, one or two
# capitalised words that name no actor of their own
_SEE_AFTER_A_NAME = re.compile(r"\s+of\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?(?=[\s,])")
# " of the National Catholic Welfare Conference, at Washington,": the body after a person's
# name, in capitals, and the seat it has (no other actor named in it)
_UNRECORDED_BODY_AFTER_A_NAME = re.compile(
    r"\s+of\s+the\s+(?:(?-i:[A-Z])[\w'’.-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,5}"
    r"(?-i:[A-Z])[\w'’.-]*"
    r"(?:,\s+(?:at|in)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?,)?(?=\s)"
)
# "the four foreign ministers and Figl": a group, then the names listed with it
_GROUP_AND_NAME = re.compile(
    r"(?P<group>\b(?:the\s+(?:two|three|four|five|six)|both)\s+(?:[\w-]+\s+)?(?:presidents"
    r"|leaders|ministers|envoys|negotiators|men|women|sides|delegations|parties|countries"
    r"|governments|powers))\s*(?:,|\band)\s+(?:[\w.'’-]+\s+){0,4}?$",
    re.IGNORECASE,
)
# "the presidents of", "The foreign ministers of": the people of the bodies listed after it
_PEOPLE_OF_THE_BODIES = re.compile(
    r"\bthe\s+(?P<post>presidents|leaders|prime\s+ministers|foreign\s+ministers|heads\s+of\s+state)"
    r"\s+of\s+$",
    re.IGNORECASE,
)


def _holder_named_for(document: Document, body: Mention, posts: str) -> Mention | None:
    """The person who holds the post in the body: recorded, or named anywhere in the article
    right after the body with that post or none ("Colombian President Alvaro Uribe",
    "Ecuador's Rafael Correa"), the only such person."""
    organization = int(body.ref.split(":")[1]) if body.ref.count(":") == 1 else None
    recorded = {
        f"actor:{p.person_id}"
        for p in document.gazetteer.positions
        if p.organization_id == organization
        and re.sub(r"\s+", " ", p.title.lower()) == re.sub(r"\s+", " ", posts.lower())[:-1]
    }
    post = re.sub(r"s$", "", posts.split()[-1]) if posts.lower() != "heads of state" else ""
    found: dict[str, Mention] = {}
    for before, mention in zip(document.mentions, document.mentions[1:], strict=False):
        if not document.is_person(mention.ref) or mention.ref in found:
            continue
        if mention.ref in recorded:
            found[mention.ref] = mention
            continue
        gap = document.text[before.end : mention.start]
        if before.ref == body.ref and re.fullmatch(
            rf"(?:['’]s)?\s+(?:(?:(?!(?:vice|deputy|former|acting)\b)(?-i:[A-Z])[\w.-]*\s+){{0,2}}"
            rf"{post}\s+)?"
            if post
            else r"['’]s\s+",
            gap,
            re.IGNORECASE,
        ):
            found[mention.ref] = mention
    return next(iter(found.values())) if len(found) == 1 else None


def _person_of_the_body(document: Document, body: Mention) -> Mention | None:
    """The person named just before "of" and the body ("Sergey Lavrov of Russia"), or before
    "for" and the side he stands for ("Abu Shahma for the GNA", "al-Amami for Haftar's forces":
    a person's side told by his possessive)."""
    side = document.is_person(body.ref)
    if side and not _POSSESSIVE_THING.match(document.text, body.end):
        return None
    for mention in document.mentions_between(max(0, body.start - 80), body.start):
        if document.is_person(mention.ref) and re.fullmatch(
            r"\s+for\s+(?:the\s+)?" if side else r"\s+(?:of|for)\s+(?:the\s+)?",
            document.text[mention.end : body.start],
        ):
            return mention
    return None


# "'s forces", "'s delegation": the thing a name's possessive owns, in lower case
_POSSESSIVE_THING = re.compile(r"['’]s\s+(?-i:[a-z])[\w-]*")


def _everyone_named(document: Document, start: int, end: int) -> list[Mention]:
    named = []
    for mention in mentions_with_the_government(document, start, end):
        if (
            named
            and document.is_person(named[-1].ref)
            and not document.is_person(mention.ref)
            and re.fullmatch(r"\s+of\s+(?:the\s+)?", document.text[named[-1].end : mention.start])
        ):
            continue  # "President Milton Obote of Uganda": where he comes from, no one met
        if mention.via not in ("post", "demonym") and mention.ref not in [m.ref for m in named]:
            named.append(mention)
    return named


def mentions_with_the_government(
    document: Document, start: int, end: int, fallback_state: str | None = None
) -> list[Mention]:
    """The actors named between two offsets, with "the government" read as the state whose
    government the article names ("Colombia's government", "the Ethiopian government"): wire
    copy names one government that way and then calls it "the government". Where it names none,
    `fallback_state` (when given) is the state meant."""
    mentions = document.mentions_between(start, end)
    bare = [
        match
        for match in re.finditer(
            r"\b(?:the\s+)?government\b", document.text[start:end], re.IGNORECASE
        )
        # "Kenya's government", "the Kenyan government" are named by the actors step; a
        # capitalised word before "the government" is no qualifier of it ("But the government")
        if match.group().lower().startswith("the")
        or not re.search(r"(?:['’]s|[A-Z][\w-]*)\s+$", document.text[start : start + match.start()])
    ]
    if not bare:
        return mentions
    state = _government_state(document, start) or fallback_state
    if state is None:
        return mentions
    state = document.government_of(state)
    result = [
        m
        for m in mentions
        if m.text_in(document.text).lower() not in ("government", "the government")
    ]
    for match in bare:
        begin, finish = start + match.start(), start + match.end()
        if document.in_quote(begin, finish) or any(
            m.start < finish and begin < m.end and m in result for m in mentions
        ):
            continue
        # the actor reader's "the government" (match_governments) where it read one: one
        # reading of the phrase, not two ("Kenya's government ... the Norwegian government,
        # which hosts the talks. The government rejected" is Kenya's for both)
        read = _government_read_by_actors(document, begin, finish) or state
        result.append(Mention(begin, finish, -1, -1, read, "government"))
    return sorted(result, key=lambda m: m.start)


def _government_read_by_actors(document: Document, begin: int, finish: int) -> str | None:
    """The actor the actors step read "the government" between the offsets as, if it did."""
    for mention in document.mentions:
        if (
            mention.via == "anaphor"
            and mention.start <= begin
            and finish <= mention.end
            and re.fullmatch(r"(?:the\s+)?government", mention.text_in(document.text), re.I)
        ):
            return mention.ref
    return None


def _government_state(document: Document, offset: int) -> str | None:
    """The state of the last "<state>'s government" or "the <demonym> government" before the
    offset, else of the first after it."""
    before = [m for m in document.mentions if m.end <= offset]
    after = [m for m in document.mentions if m.end > offset]
    for mention in [*reversed(before), *after]:
        if document.is_person(mention.ref) or mention.via == "post":
            continue
        if (
            _kind_of(document, mention.ref) == "government_body"
            # "the Egyptian government" read as the state, named before
            or (_kind_of(document, mention.ref) == "state" and mention.end <= offset)
        ) and re.search(r"\bgovernment\b", mention.text_in(document.text), re.IGNORECASE):
            return mention.ref  # "the Philippine government", recorded as a body of its own
        following = document.text[mention.end : mention.end + 40]
        if re.match(
            r"(?:['’]s)?\s+(?:(?:federal|national|interim|transitional)\s+)?government\b",
            following,
            re.IGNORECASE,
        ):
            return mention.ref
    return None


def _mediators_named_before(document: Document, start: int, end: int, *, after: bool):
    """ "met the mediators": the actors the article named as mediators before ("The US and
    Saudi mediators", "Qatari and Egyptian mediators")."""
    text = document.text[start:end]
    if after:
        match = re.match(r"\s+the\s+mediators\b", text)
    else:
        match = re.search(
            r"\bthe\s+mediators\s+(?:(?:have|has|had|also|first|then)\s+)*$", text, re.I
        )
    if match is None:
        return None
    offset = start + match.start()
    for earlier in reversed(list(re.finditer(r"\bmediators\b", document.text[:offset]))):
        named = [
            m
            for m in _list_before(
                document, document.sentence_at(earlier.start()).start, earlier.start()
            )
            if not document.is_person(m.ref)
        ]
        if named:
            return named
    return None


def _group_reference_at(
    document: Document, start: int, end: int, *, after: bool, exclude=frozenset()
) -> list[Mention] | None:
    """ "met the three presidents", "The two delegations resumed talks": the last actors of that
    kind named before the phrase, people for "presidents", bodies for "sides"."""
    text = document.text[start:end]
    if after:
        # "hosted the foreign ministers of the three countries": the people of the group
        # stand for it, as "the three countries" alone would
        people_of = _PEOPLE_OF_A_GROUP.match(text)
        match = re.match(
            r"\s+" + _GROUP_REFERENCE.pattern,
            text[people_of.end() :] if people_of else text,
            re.IGNORECASE,
        )
        if people_of and (match is None or not match.group("bodies")):
            match = None
        if match is not None and people_of:
            start += people_of.end()
    else:
        match = None
        for found in _GROUP_REFERENCE.finditer(text):
            if re.fullmatch(
                rf"\s*(?:(?:have|has|had|{_ADVERBS})\s+)*",
                text[found.end() :],
            ):
                match = found
    if not after and re.fullmatch(
        rf"\s*(?-i:Delegations|Negotiators)\s+(?:(?:have|has|had|{_ADVERBS})\s+)*", text
    ):
        # "Delegations then held several rounds of talks": opening the sentence unqualified,
        # the delegations of the two sides the article set apart
        return last_pair_of_bodies(document, start)
    pair = (
        None
        if after
        else re.search(
            rf"\b(?:the\s+two|the\s+pair)\s+(?:(?:had|have|{_ADVERBS})\s+)*$", text, re.I
        )
    )
    if match is None and pair is None and not after:
        leaders = re.search(
            rf"\bthe\s+leaders\s+(?:(?:have|has|had|{_ADVERBS})\s+)*$", text, re.IGNORECASE
        )
        if leaders is not None:
            # "The leaders first met on Saturday morning": the pair the article called "the
            # two leaders" before
            return _pair_the_two_leaders_stood_for(document, start + leaders.start())
    if match is None and pair is None:
        return _mediators_named_before(document, start, end, after=after)
    if match is None:
        match = pair  # "The two met for an hour": two people
        wanted, people = 2, True
    else:
        wanted = _NUMBERS.get((match.group("number") or "").lower(), 2)
        people = bool(match.group("people") or match.group("person") or match.group("chairs"))
    if after and match.group("number"):
        named = _group_named_in_apposition(document, start + match.end(), end, wanted, people)
        if named is not None:
            return named
    named: list[Mention] = []
    # named in the sentences before: in its own sentence the phrase stands beside its host;
    # but a subject may take up the people of an earlier clause ("Sadat first met Begin in
    # Jerusalem, and the two leaders met again in Ismailia")
    before = document.sentence_at(start + match.start()).start
    if not after and re.search(r"[,;]\s+(?:and|but)\s+$", text[: match.start()]):
        before = start + match.start()
    if not people and wanted == 2:
        # "the two sides", "both delegations": the process's sides; "the two countries" may be
        # any pair named before (guarantors, neighbours)
        delegations = re.search(r"\bdelegations\b", match.group(0), re.I)
        sides = _people_listed_for_the_sides(document, before) if delegations else {}
        if len(sides) == 2:
            # "signed for Finland by A and B, and for the Soviet Union by C and D. ... The two
            # delegations met again": the people listed for each side
            return [m for people in sides.values() for m in people]
        of_sides = re.search(
            r"\b(?:side|delegation|party|team|panel|camp)s?\b", match.group(0), re.I
        )
        pair = (
            # "the two delegations": the bodies whose delegations the article named, if two
            (_bodies_of_the_delegations_named(document, before) if delegations else None)
            or (sides_of_the_process(document) if of_sides else None)
            or last_pair_of_bodies(document, before)
            # "X signed for the army, and Y on behalf of the Front ... talks between the two
            # sides": no pair named, the two bodies its signatories signed for (not the last
            # two bodies named, a mediator or a witness among them)
            or (_two_bodies_signed_for(document, before) if of_sides else None)
        )
        if pair is not None or match.group("sides"):
            return pair
    if people and not after:
        # "The accord was initialled by X and Y, after the two men met that morning": the
        # people the main clause before the conjunction names
        sentence_start = document.sentence_at(start + match.start()).start
        conjunction = re.search(
            r"(?:,\s*|\s)(?:after|before|when|as|while|once)\s+$",
            document.text[sentence_start : start + match.start()],
        )
        if conjunction is not None:
            named = []
            for mention in document.mentions_between(
                sentence_start, sentence_start + conjunction.start()
            ):
                if (
                    document.is_person(mention.ref)
                    and mention.via != "post"
                    and mention.ref not in exclude
                    and mention.ref not in [m.ref for m in named]
                    # ("Nixon's national security adviser, Henry Kissinger": not Nixon)
                    and not re.match(r"['’]s\b", document.text[mention.end : mention.end + 2])
                ):
                    named.append(mention)
            if len(named) == wanted:
                return named
    if match.groupdict().get("chairs"):
        # "the co-chairs": those the article gave the post to, or no one
        return _holders_of_the_post_named(document, match.group(0), before, wanted, exclude)
    if people:
        leaders = _leaders_of_the_bodies_named(document, before, wanted)
        if leaders is not None:
            return leaders
        holders = _holders_of_the_post_named(document, match.group(0), before, wanted, exclude)
        if holders is not None:
            return holders
        if wanted > 2:
            listed = _listed_together(document, before, wanted, exclude, people=True)
            if listed is not None:
                return listed
        if wanted == 2:
            pair = _pair_the_sentence_before_names(document, before, exclude)
            if pair is not None:
                return pair
            pair = _pair_an_earlier_two_leaders_stood_for(document, start + match.start(), exclude)
            if pair is not None:
                return pair
            pair = _main_pair_of_the_article(document, before, exclude)
            if pair is not None:
                return pair
    countries = bool(
        re.search(r"\b(?:countries|states|nations|neighbou?rs|powers)\b", match.group(0), re.I)
    )
    if countries and wanted > 2:
        listed = _listed_together(document, before, wanted, exclude, people=False)
        if listed is not None:
            return listed
    for mention in reversed(
        _with_pronoun_subjects(document, before) if people else document.mentions
    ):
        if mention.end > before or document.in_quote(mention.start, mention.end):
            continue
        if mention.via == "post" or document.is_person(mention.ref) != people:
            continue
        if countries and not document.is_state(mention.ref):
            continue  # "the two countries": not the rebels named last
        if mention.ref in exclude:
            continue  # "Annan met the two men": two others than Annan
        if _is_an_attribute(document, mention):
            continue  # "Islamic-led opposition leader Nuri": an attribute, not a person
        if _REPORTING_VERB.match(document.text, mention.end) and not _named_apart_from_sayings(
            document, mention.ref, before
        ):
            # "press secretary Jody Powell said": named as a source, not as a leader; but a
            # leader the article told of before ("X and Y signed ... 'Peace,' Y told the
            # crowd. The two men first met ...") is quoted as one of the pair
            continue
        if (
            not (
                document.text[mention.start].isupper()
                # "de Klerk", "van Zyl": a surname's lower-case particle
                or re.match(
                    r"(?:de|van|von|da|di|du|le|la|al|el|bin|ibn)[\s-](?-i:[A-Z])",
                    document.text[mention.start : mention.end],
                )
            )
            or re.search(
                r",\s*(?:who|whom|whose)\b[^,;]*$",
                document.text[document.sentence_at(mention.start).start : mention.start],
            )
        ):
            continue  # "X, whom Eisenhower had sent": the one in the relative clause is aside
        if mention.ref not in [m.ref for m in named]:
            named.insert(0, mention)
        if len(named) == wanted:
            return named
    return None


def _named_apart_from_sayings(document: Document, ref: str, before: int) -> bool:
    """The actor is named before `before` other than as the one who said something: as the
    subject or object of what the article tells."""
    return any(
        mention.ref == ref
        and mention.end <= before
        and mention.via != "post"
        and not document.in_quote(mention.start, mention.end)
        and not _REPORTING_VERB.match(document.text, mention.end)
        for mention in document.mentions
    )


def _listed_together(document: Document, before: int, wanted: int, exclude, *, people: bool):
    """ "Molotov for the Soviet Union, Dulles for the United States, Macmillan for Britain and
    Pinay for France signed. ... The ambassadors of the four powers then met Figl", "the four
    foreign ministers and Figl sat together": a group of three or more ("the four powers",
    "the four ministers") is the last sentence before it that names that many states (or
    people) by name, not in a post or a demonym, not in a quote. People listed as one
    ("signed by A, Prime Minister B, Premier C and D. ... The four leaders sat down together")
    come first: a later sentence that names as many apart ("C and D received E and F") is no
    group."""
    if people:
        listed = _last_list_of(document, before, wanted, exclude)
        if listed is not None:
            return listed
    for sentence in reversed(document.sentences):
        if sentence.start >= before:
            continue
        named: list[Mention] = []
        for mention in document.mentions_between(sentence.start, min(sentence.end, before)):
            if (
                mention.via in ("post", "demonym")
                or mention.ref in exclude
                or not (
                    document.is_person(mention.ref) if people else document.is_state(mention.ref)
                )
                or document.in_quote(mention.start, mention.end)
            ):
                continue
            if mention.ref not in [m.ref for m in named]:
                named.append(mention)
        if len(named) == wanted:
            return named
    return None


# What joins the people of one list: commas and "and", and the words of a post before a name
# ("A, Prime Minister B, Premier C and D")
_PEOPLE_LIST_GAP = re.compile(
    r"(?:,\s*|,?\s+and\s+)(?:the\s+)?(?:(?-i:[A-Z])[\w.-]*\s+){0,3}?|\s*,?\s+and\s+"
)


def _last_list_of(document: Document, before: int, wanted: int, exclude) -> list[Mention] | None:
    """The last people named before `before` as one list of exactly `wanted` ("Hitler,
    Chamberlain, Daladier and Mussolini"), its last two joined by "and"; None when no such list."""
    people = [
        m
        for m in document.mentions
        if m.end <= before
        and m.via not in ("post", "demonym")
        and document.is_person(m.ref)
        and not document.in_quote(m.start, m.end)
    ]
    runs: list[list[Mention]] = []
    for mention in people:
        if runs and re.fullmatch(_PEOPLE_LIST_GAP, document.text[runs[-1][-1].end : mention.start]):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    for run in reversed(runs):
        refs = {m.ref for m in run}
        if (
            len(run) == wanted
            and len(refs) == wanted
            and not refs & set(exclude)
            and re.search(r"\band\s", document.text[run[-2].end : run[-1].start])
        ):
            return run
    return None


# "The Netherlands delegation, led by X", "The Republican delegation, headed by Y": a
# delegation the article names, by its body or by the person at its head
_DELEGATION_NAMED = re.compile(
    r"\bdelegation\b(?:,\s+(?:headed|led)\s+by\s+(?P<head>[^,;.]{1,80}?)(?=[,;.]))?",
    re.IGNORECASE,
)


def _bodies_of_the_delegations_named(document: Document, before: int) -> list[Mention] | None:
    """ "The Netherlands delegation, led by X, ... The Republican delegation, headed by Prime
    Minister Y, ... the two delegations sat down together": the two bodies whose delegations
    the article named before, each by the body written before "delegation" or by the body
    of the post its head holds. None unless exactly two."""
    bodies: list[Mention] = []
    for found in _DELEGATION_NAMED.finditer(document.text, 0, before):
        owner = next(
            (
                m
                for m in document.mentions
                if re.fullmatch(r"\s+", document.text[m.end : found.start()])
                and not document.is_person(m.ref)
            ),
            None,
        )
        if owner is None and found.group("head"):
            head = next(
                (
                    m
                    for m in document.mentions_between(*found.span("head"))
                    if document.is_person(m.ref) and m.via != "post"
                ),
                None,
            )
            body = document.gazetteer.body_of_post(head.ref) if head is not None else None
            if body is not None:
                owner = Mention(head.start, head.end, -1, -1, body, "name")
        if owner is not None and owner.ref not in {b.ref for b in bodies}:
            bodies.append(owner)
    return bodies if len(bodies) == 2 else None


# What joins the people of one side's list: commas and "and", the words of a post before a name
# ("Prime Minister Risto Ryti, J. K. Paasikivi, General Rudolf Walden and Professor X"), and a
# post in apposition ("Vyacheslav Molotov, the Soviet Premier and Commissar for Foreign
# Affairs, Andrei Zhdanov")
_SIDE_LIST_GAP = re.compile(
    r"(?:,\s+(?:the|a|an)\s+[^,;.]{1,80}?)?(?:,\s*|,?\s+and\s+)(?:(?-i:[A-Z])[\w.-]*\s+){0,3}?"
)


# "signed for the army", "signed on behalf of the Forces for Freedom and Change": the body a
# signatory signs for, named right after
_SIGNED_FOR = re.compile(r"\bsigned\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def _two_bodies_signed_for(document: Document, before: int) -> list[Mention] | None:
    """ "Daglo signed for the army, and Rabie signed on behalf of the Forces for Freedom and
    Change ... talks between the two sides": the two bodies the article has people sign for
    before `before`, where it names exactly two (the parties of the text, not its mediators or
    witnesses); else None."""
    signed_for: list[Mention] = []
    for mention in document.mentions:
        if (
            mention.end > before
            or mention.via in ("post", "demonym")
            or document.is_person(mention.ref)
            or document.in_quote(mention.start, mention.end)
            or not _SIGNED_FOR.search(document.text, max(0, mention.start - 30), mention.start)
        ):
            continue
        if mention.ref not in [m.ref for m in signed_for]:
            signed_for.append(mention)
    return signed_for if len(signed_for) == 2 else None


def _people_listed_for_the_sides(document: Document, before: int) -> dict[str, list[Mention]]:
    """ "signed for Finland by A, B, C and D, and for the Soviet Union by E, F and G", "A, B
    and C for Norway, and D, E and F for Sweden": the people the article lists (two at least)
    as acting for each body, before `before`."""
    people = [
        m
        for m in document.mentions
        if m.end <= before
        and m.via not in ("post", "demonym", "title")
        and document.is_person(m.ref)
        and not document.in_quote(m.start, m.end)
    ]
    runs: list[list[Mention]] = []
    for mention in people:
        if runs and _SIDE_LIST_GAP.fullmatch(document.text, runs[-1][-1].end, mention.start):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    sides: dict[str, list[Mention]] = {}
    for run in runs:
        if len({m.ref for m in run}) < 2:
            continue
        body = None
        # "for Finland by A, B ...": the body between "for" and "by" before the run's first name
        for mention in document.mentions:
            if mention.end > run[0].start or document.is_person(mention.ref):
                continue
            if re.fullmatch(
                # ("for Bolivia by its two plenipotentiaries, A and B": the group they make)
                r"\s+by\s+(?:(?:its|his|her|their|the)\s+(?:[\w-]+\s+)?"
                + A_DELEGATION_NOUN
                + r",\s+)?(?:(?-i:[A-Z])[\w.-]*\s+){0,3}?",
                document.text[mention.end : run[0].start],
            ) and re.search(
                r"\bfor\s+(?:the\s+)?$", document.text[max(0, mention.start - 12) : mention.start]
            ):
                body = mention
        # "A, B and C for Norway": the body right after the run, after "for"
        after = re.match(r"\s+for\s+(?:the\s+)?", document.text[run[-1].end : run[-1].end + 12])
        if body is None and after is not None:
            body = next(
                (
                    m
                    for m in document.mentions
                    if m.start == run[-1].end + after.end() and not document.is_person(m.ref)
                ),
                None,
            )
        if body is not None and body.ref not in sides:
            sides[body.ref] = list({m.ref: m for m in run}.values())
    return sides


# "The Finnish delegation", "Norway's delegation", "The Soviet negotiators" opening a sentence
_DELEGATION_OPENING = re.compile(
    r"\s*(?:the\s+)?(?P<body>(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}?)(?:['’]s)?"
    r"\s+(?:" + A_DELEGATION_NOUN + r"|negotiating\s+team)\b",
    re.IGNORECASE,
)
# After a party's name, the group of its people it names: "the Bolivian plenipotentiaries",
# "Haiti's commissioners"; and such a group standing alone for its party ("the commissioners")
ITS_DELEGATION_AFTER = re.compile(r"(?:['’]s)?\s+" + A_DELEGATION_NOUN + r"\b", re.IGNORECASE)
A_DELEGATION_ALONE = re.compile(r"[Tt]he\s+(?:\w+\s+)?" + A_DELEGATION_NOUN)


def _groups_as_the_people_listed(document: Document, participants: list) -> list:
    """ "The Bolivian plenipotentiaries, who first met the Baron in July": a party's group of
    people (DELEGATION_NOUNS after its name or adjective, or alone where the article gave that
    group one party) stands for the people the article listed as acting for that party, two at
    least ("signed for Bolivia by its two plenipotentiaries, A and B"), where it did
    (tests/intake/articles/README.md: a group stands for the actors the article names)."""
    people: list = []
    for participant in participants:
        group = not document.is_person(participant.ref) and (
            ITS_DELEGATION_AFTER.match(document.text, participant.end)
            or (
                participant.via == "anaphor"
                and A_DELEGATION_ALONE.fullmatch(participant.text_in(document.text))
            )
        )
        listed = (
            _people_listed_for_the_sides(document, participant.start).get(participant.ref)
            if group
            else None
        )
        for one in listed or [participant]:
            if one.ref not in {p.ref for p in people}:
                people.append(one)
    return people


def _delegation_opening_the_sentence(document: Document, sentence, start: int) -> list[Mention]:
    """ "The Finnish delegation reached Moscow on March 7 and met Molotov": a side's delegation
    opening the sentence is the subject of a verb right after it or joined to the first one;
    the people the article listed for that side (two at least), else the side."""
    opening = _DELEGATION_OPENING.match(document.text, sentence.start, start)
    if opening is None or not (
        re.fullmatch(
            rf"\s+(?:(?:have|has|had|{_ADVERBS})\s+)*", document.text[opening.end() : start]
        )
        or (
            _continues_the_subject(document.text, sentence.start, start)
            and not re.search(r"[,;]", document.text[opening.end() : start])
        )
    ):
        return []
    body = next(
        (
            m
            for m in document.mentions_between(*opening.span("body"))
            if not document.is_person(m.ref)
        ),
        None,
    )
    if body is None:
        return []
    people = _people_listed_for_the_sides(document, sentence.start).get(body.ref)
    return people or [body]


def _group_named_in_apposition(document: Document, start: int, end: int, wanted: int, people):
    """ "received the two chief negotiators, Izzat Ibrahim, ..., and Sheikh Saad": a group
    named right after it, between commas, is the group itself (as many as it counts, of its
    kind), not the last ones the article named before; so is a list after a colon ("and three
    Micronesian presidents: A of Palau, B of the Marshall Islands and C of ...")."""
    comma = re.match(r"[,:]\s+", document.text[start:end])
    if comma is None:
        return None
    named = _list_after(document, start + comma.end() - 1, end)
    if len(named) != wanted or any(document.is_person(m.ref) != people for m in named):
        return None
    return named


# "the foreign ministers of", "the heads of state of", "delegations from": the people who stand
# for the bodies of a group reference after it (not "the first meeting between prime ministers
# of the two countries in seven years": without "the", any such people, a kind of meeting)
_PEOPLE_OF_A_GROUP = re.compile(
    r"\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:ministers|leaders|presidents|heads\s+of\s+state"
    r"|heads\s+of\s+government|envoys|negotiators|delegations|delegates|representatives"
    r"|officials)\s+of"
    r"|(?:[\w-]+\s+)?(?:delegations|delegates|representatives|officials|envoys|negotiators)"
    r"\s+from)(?=\s)",
    re.IGNORECASE,
)
# "the two leaders", "both leaders": the pair of people wire copy keeps calling so
_TWO_LEADERS = re.compile(r"\b(?:the\s+two|both)\s+leaders\b", re.IGNORECASE)


def _pair_an_earlier_two_leaders_stood_for(
    document: Document, at: int, exclude
) -> list[Mention] | None:
    """ "The two leaders met for three hours ... He telephoned both leaders on Tuesday": the
    pair the article's first "the two leaders" stood for, where this one is a later "two
    leaders" and no nearer pair answers it; wire copy keeps the phrase for its protagonists,
    not for whoever was named last (an envoy, a minister)."""
    this = re.compile(r"\s*" + _TWO_LEADERS.pattern, re.IGNORECASE).match(document.text, at)
    if this is None:
        return None
    first = _TWO_LEADERS.search(document.text, 0, this.end())
    if first is None or first.end() == this.end():
        return None
    pair = _group_reference_at(document, first.start(), first.end(), after=False)
    if pair is None or len(pair) != 2 or {m.ref for m in pair} & exclude:
        return None
    return pair


def _pair_the_two_leaders_stood_for(document: Document, before: int) -> list[Mention] | None:
    """The pair the article's first "the two leaders" (or "both leaders") before `before` stood
    for: what a later bare "the leaders" means in an article about two of them."""
    first = _TWO_LEADERS.search(document.text, 0, before)
    if first is None:
        return None
    pair = _group_reference_at(document, first.start(), first.end(), after=False)
    return pair if pair is not None and len(pair) == 2 else None


def _two_people_named_between(document: Document, start: int, end: int) -> list[Mention]:
    """The people named between two offsets where they are exactly two, or none."""
    named: list[Mention] = []
    for mention in document.mentions_between(start, end):
        if mention.via in ("post", "demonym") or not document.is_person(mention.ref):
            continue
        if mention.ref not in [m.ref for m in named]:
            named.append(mention)
    return named if len(named) == 2 else []


def _main_pair_of_the_article(document: Document, before: int, exclude) -> list | None:
    """ "Lebed and Maskhadov signed an accord ... 'We have kept our word,' said Maskhadov. The
    two men first came face to face on Aug. 12": the only two people the lead names,
    where the last person named before "the two men" is one of them (the other is his partner
    in the lead, not whoever the article named in between)."""
    if not document.sentences or before <= document.sentences[0].end:
        return None
    lead = document.sentences[0]
    named: dict[str, Mention] = {}
    for mention in document.mentions_between(lead.start, lead.end):
        if (
            document.is_person(mention.ref)
            and mention.via != "post"
            # ("Nixon's adviser, Henry Kissinger": not Nixon)
            and not re.match(r"['’]s\b", document.text[mention.end : mention.end + 2])
        ):
            named.setdefault(mention.ref, mention)
    pair = list(named.values())
    if len(pair) != 2 or set(named) & exclude:
        return None
    people = [
        m
        for m in document.mentions
        if m.end <= before
        and document.is_person(m.ref)
        and m.via != "post"
        and not document.in_quote(m.start, m.end)
    ]
    return pair if people and people[-1].ref in {m.ref for m in pair} else None


def _pair_the_sentence_before_names(document: Document, before: int, exclude) -> list | None:
    """ "X and his counterpart, Y, signed the treaty in the presence of Z. The Pope received the
    two ministers": X and Y, the pair of people the sentence before has as its subject, rather
    than the last two people it named (Z, a witness); and where that sentence itself met "the
    two men", the pair they stand for ("A and B met the two men ... B held talks with each
    leader")."""
    own = document.sentence_at(before)
    if own.start < before:
        # "X and Y signed a declaration, and the two ministers held a final round": the
        # clause before in the same sentence
        start, end = own.start, before
    else:
        earlier = [s for s in document.sentences if s.end <= before]
        if not earlier:
            return None
        start, end = earlier[-1].start, earlier[-1].end
    # (after a dateline or an opening adverbial: "On Jan. 23, X and Y signed")
    opening = re.match(
        r"(?:[A-Z][A-Z .,'’-]*(?:,\s*[\w .]+)?\s*\([^)]{1,40}\)\s*[-–—]+\s*)?"
        r"(?:(?:On|In|At|After|Before|By|Later|Earlier)\b[^,;]{0,40},\s*)?",
        document.text[start:end],
    )
    subject = _list_after(document, start + opening.end(), end)
    for found in _GROUP_REFERENCE.finditer(document.text, start, end):
        if (found.group("people") or found.group("person")) and (
            _NUMBERS.get((found.group("number") or "").lower(), 2) == 2
        ):
            # "Nyusi flew to Gorongosa and held talks with Momade before the two men signed":
            # the two people that sentence named before its "two men" (not its subject: "Annan
            # and Kikwete had met the two men" are two others)
            people = _two_people_named_between(document, start, found.start())
            if people and not {m.ref for m in people} & (exclude | {m.ref for m in subject}):
                return people
            pair = _group_reference_at(
                document, found.start() - 1, end, after=True, exclude={m.ref for m in subject}
            )
            if pair is not None and len(pair) == 2 and not {m.ref for m in pair} & exclude:
                return pair
            return None
    if (
        len(subject) == 2
        and all(document.is_person(m.ref) and m.via != "post" for m in subject)
        and not {m.ref for m in subject} & exclude
    ):
        return subject
    # "Isaias paid a return visit on July 14, where Abiy greeted him. X hosted both leaders":
    # the only two people the sentence before names
    named: dict[str, Mention] = {}
    for mention in document.mentions_between(start, end):
        if document.is_person(mention.ref) and mention.via != "post":
            named.setdefault(mention.ref, mention)
    if (
        len(named) == 2
        and not set(named) & exclude
        and subject
        and subject[0].ref in named
        # ("Pompeo said Peskov had drafted a memo": a source, and what he told of)
        and not any(_REPORTING_VERB.match(document.text, m.end) for m in named.values())
    ):
        return list(named.values())
    return None


def _people_them_stands_for(document: Document, start: int) -> list[Mention]:
    """ "The two ministers, X and Y, were handed the ruling when Z received them": "them" are
    the people the sentence named before the clause that holds the verb (not its subject); two
    at least, or nobody."""
    sentence_start = document.sentence_at(start).start
    before = document.text[sentence_start:start]
    clauses = list(
        re.finditer(r"(?:,\s*|\s)(?:when|after|before|as|while|where)\s|,\s*and\s", before)
    )
    if not clauses:
        return _subject_of_the_sentence_before(document, sentence_start)
    clause = clauses[-1]
    named: list[Mention] = []
    for mention in document.mentions:
        if not sentence_start <= mention.start < sentence_start + clause.start():
            continue
        if document.is_person(mention.ref) and mention.ref not in [m.ref for m in named]:
            named.append(mention)
    return named if len(named) >= 2 else []


def _subject_of_the_sentence_before(document: Document, sentence_start: int) -> list[Mention]:
    """ "X and Y were not at the table. Instead Z held separate talks with each of them": "them"
    in a sentence that names no one before it are the actors, two at least, that open the
    sentence before as its subject."""
    before = document.sentence_before(document.sentence_at(sentence_start))
    if before is None:
        return []
    # the first verb not of a relative clause ("X, who leads the GNA, and Y stayed away": the
    # reader may take "and Y stayed" for part of the relative clause, but not its opener)
    main = next(
        (
            c
            for c in document.clauses_of(before)
            if c.verb is not None
            and not (c.kind == "relative" and c.opener.lower() in {"who", "whose", "which", "that"})
        ),
        None,
    )
    if main is None:
        return []
    verb_start = document.tokens[main.verb.first_token].start
    # "X, head of the GNA, and Y, whose LNA ...": the people before the verb, not the bodies
    # their posts name
    people: list[Mention] = []
    for mention in document.mentions_between(before.start, verb_start):
        if document.is_person(mention.ref) and mention.ref not in [m.ref for m in people]:
            people.append(mention)
    if people:
        return people if len(people) >= 2 else []
    subject = _subject_list(document, before)
    return subject if len(subject) >= 2 and subject[-1].end <= verb_start else []


def _holders_of_the_post_named(document: Document, phrase: str, before: int, wanted: int, exclude):
    """ "received the three foreign ministers": the last people the article named with that
    post ("Cuban Foreign Minister Isidoro Malmierca"), rather than the last people named at all
    (a mediator, a host)."""
    # the word before the post qualifies it ("foreign ministers"), but not the group's number
    # ("the two presidents": the post is "president", not "two president")
    post = re.search(
        r"(?:\b(?!(?:the|two|three|four|five|six|both)\b)[a-z][\w-]*\s+)?"
        r"(?:(?:president|minister|envoy|negotiator)(?=s\b)|co-?chair(?=s\b|men\b|women\b))",
        phrase,
    )
    if post is None:
        return None
    post_before = re.compile(
        rf"\b{post.group(0)}\s+(?:[\w'’\".-]+\s+){{0,2}}[\"“]?$"
        # "His fellow co-chair, Vivek Trivedi": the post set before the name, a comma between
        rf"|\b{post.group(0)},\s+$"
        # "The foreign ministers, Dr. X of Bolivia and Dr. Y of Paraguay": the plural post
        # followed by the list of its holders, every item a name
        rf"|\b{post.group(0)}s,\s+(?:(?-i:[A-Z])[^,;()]{{0,60}}?(?:,|\s+and)\s+){{0,3}}"
        rf"(?:(?-i:[A-Z])[\w'’.-]*\s+){{0,2}}$",
        re.IGNORECASE,
    )
    named: list[Mention] = []
    for mention in reversed(document.mentions):
        if mention.end > before or not document.is_person(mention.ref) or mention.ref in exclude:
            continue
        sentence_start = document.sentence_at(mention.start).start
        titled = (
            post_before.search(document.text[sentence_start : mention.start])
            or (
                mention.via == "title"
                and re.search(rf"\b{post.group(0)}$", mention.text_in(document.text), re.I)
            )
            # "Robert Laurenson, co-chair of the committee": the post in apposition after it
            or re.match(
                rf",\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,2}}?{post.group(0)}\b",
                document.text[mention.end : mention.end + 80],
                re.IGNORECASE,
            )
        )
        if titled and mention.ref not in [m.ref for m in named]:
            named.insert(0, mention)
            if len(named) == wanted:
                return named
    return None


def _body_of_whose_envoys(document: Document, mention: Mention, trigger_start: int) -> Mention:
    """ "Assad, whose envoys have been meeting Israeli negotiators": the body he heads met, not
    the man himself."""
    if not document.is_person(mention.ref) or not re.match(
        rf",\s+whose\s+(?:[\w-]+\s+)?{_GROUP_NOUNS}\b[^,;]*$",
        document.text[mention.end : trigger_start],
    ):
        return mention
    return _body_the_person_heads(document, mention) or mention


def _with_pronoun_subjects(document: Document, before: int) -> list[Mention]:
    """The mentions, with "He" or "She" opening a sentence read as the person named before it
    ("He gave that pledge to Robertson. The two men ...": Rhee and Robertson)."""
    mentions = list(document.mentions)
    for sentence in document.sentences:
        if sentence.start >= before:
            break
        opening = re.match(r"(?:He|She)\b", document.text[sentence.start : sentence.start + 4])
        if opening is None:
            continue
        named = _person_named_before(document, sentence.start)
        if named is not None:
            mentions.append(
                Mention(sentence.start, sentence.start + opening.end(), -1, -1, named.ref, "name")
            )
    return sorted(mentions, key=lambda m: m.start)


def _leaders_of_the_bodies_named(document: Document, before: int, wanted: int):
    """ "The leaders of Russia, Ukraine, France and Germany agreed ... The four leaders first
    met": the people the article names who hold a post in each of those bodies."""
    for phrase in reversed(
        list(
            re.finditer(
                r"\bthe\s+(?:leaders|presidents|heads\s+of\s+state|foreign\s+ministers)\s+of\b",
                document.text[:before],
                re.I,
            )
        )
    ):
        sentence = document.sentence_at(phrase.start())
        bodies = _list_after(document, phrase.end(), sentence.end)
        if len(bodies) != wanted or any(document.is_person(b.ref) for b in bodies):
            continue
        people = []
        for body in bodies:
            organization = int(body.ref.split(":")[1]) if body.ref.count(":") == 1 else None
            holders = {
                f"actor:{p.person_id}"
                for p in document.gazetteer.positions
                if p.organization_id == organization
            }
            named = [m for m in document.mentions if m.ref in holders and m.end <= before]
            if not named:
                break
            people.append(named[0])
        else:
            return people
    return None


def last_pair_of_bodies(document: Document, before: int) -> list[Mention] | None:
    """ "The two sides": the last two bodies the article named as a pair ("Venezuela's
    government and the opposition Unitary Platform", "talks between Armenia and Azerbaijan"),
    rather than the last two bodies named at all (a mediator, a court), nor two that chair
    the talks."""
    chairs = _chairs_of_the_talks(document)
    bodies = [
        m
        for m in document.mentions
        if m.end <= before
        and m.via not in ("post", "demonym")
        and m.ref not in chairs
        and not document.is_person(m.ref)
        and not document.in_quote(m.start, m.end)
    ]
    for index, (first, second) in reversed(list(enumerate(zip(bodies, bodies[1:], strict=False)))):
        gap = document.text[first.end : second.start]
        if _ends_a_longer_list(document, bodies, index):
            continue  # "with Argentina, Brazil and Chile guarantees": the end of a longer list
        if first.ref != second.ref and re.fullmatch(
            r"(?:['’]s)?(?:\s+[\w-]+){0,2},?\s+and\s+(?:[\w-]+\s+){0,3}", gap
        ):
            return [first, second]
    return _state_and_the_rebels(document, bodies)


def _ends_a_longer_list(document: Document, bodies: list[Mention], index: int) -> bool:
    """Whether bodies[index] and the one after it close a list of three or more ("Argentina,
    Brazil and Chile", "the Kremlin, the United States and Egypt")."""
    return bool(index) and bool(
        re.fullmatch(r",\s*(?:the\s+)?", document.text[bodies[index - 1].end : bodies[index].start])
    )


def _date_after_the_host(document: Document, trigger_end: int, end: int) -> tuple | None:
    """ "talks hosted by Norway since January": the day right after the host's name dates
    the talks (not a later "initialled in Oslo on August 20")."""
    host = _list_after(document, trigger_end, end)
    if not host:
        return None
    for date in document.dates_between(host[-1].end, end):
        if re.fullmatch(
            # ("talks hosted by South Sudan that opened in October 2019")
            r"\s+(?:(?:that|which)\s+(?:opened|began|started)\s+)?(?:since|in|on|from)\s+"
            r"(?:(?:early|late|mid-?)\s*)?",
            document.text[host[-1].end : date.start],
            re.IGNORECASE,
        ):
            return date.iso, date.precision
        break
    return None


# "Colombia's government and Marxist FARC rebels", "Kibaki's Party of National Unity and
# Odinga's Orange Democratic Movement"
_PAIR_GAP = r"(?:['’]s)?(?:\s+[\w-]+){0,2},?\s+and\s+(?:[\w'’-]+\s+){0,3}"
# "LO and the employers asked the Government": after "and", a noun, its verb, then the body
_NEW_PHRASE_BEFORE = re.compile(r"\band\s+(?:the|its|their)\s+[\w'’-]+\s+[\w'’-]+\s+(?i:the|its)\s")


# "Cook, his co-chairman at the conference", "Norway, the host of the talks": who chairs or
# hosts the talks, named in apposition
_CHAIR_NOUN = r"(?:co-?)?(?:chair(?:man|woman|person)?|host)s?"
_CHAIR_IN_APPOSITION = re.compile(
    rf",\s+(?P<whose>his|her|their|its|the)\s+(?:[\w-]+\s+)?{_CHAIR_NOUN}\s+(?:of|at|for)\s+"
    rf"(?:the|these|those|their)\s+(?:[\w-]+\s+){{0,2}}?{_MEETING_NOUNS}\b",
    re.IGNORECASE,
)
# "Norway hosted the talks", "France and Britain, which co-chair the conference"
_CHAIRS_THE_TALKS = re.compile(
    r"(?:\s*,\s*(?:which|who)\b)?\s+(?:(?:has|have|had)\s+)?(?:jointly\s+)?(?:co-?)?"
    rf"(?:chair|host)(?:s|ed)?\s+(?:the|these|their)\s+(?:[\w-]+\s+){{0,2}}?{_MEETING_NOUNS}\b",
    re.IGNORECASE,
)
# "the conference co-chaired by France and Britain", "talks hosted by Norway"
_TALKS_CHAIRED_BY = re.compile(
    rf"\b{_MEETING_NOUNS}\s*,?\s+(?:(?:jointly|also)\s+)?(?:co-?)?(?:chaired|hosted)\s+by\s+$",
    re.IGNORECASE,
)


# "The co-chairs of the negotiating body, ": a plural chair's post, a comma, then who they are
_CHAIRS_LISTED_BEFORE = re.compile(
    r"\b(?i:co-?chair(?:s|men|women|persons))\b(?:\s+of\s+[^,;:.“”\"()]{1,50}?)?,\s*"
)


def _chairs_of_the_talks(document: Document) -> set[str]:
    """The actors the article tells chair, co-chair or host the talks, and the bodies of the
    people among them ("French Foreign Minister Vedrine ..., with Robin Cook, his co-chairman at
    the conference": France and Britain). A chair meets both sides; it is not one of them."""
    if document.chairs is not None:
        return document.chairs
    chairs: set[str] = set()
    text = document.text
    mentions = [m for m in document.mentions if m.via != "demonym"]

    def joined_by_and(first: int, second: int) -> bool:
        return (
            first >= 0
            and second < len(mentions)
            and bool(
                re.fullmatch(r",?\s+and\s+", text[mentions[first].end : mentions[second].start])
            )
        )

    for index, mention in enumerate(mentions):
        apposition = _CHAIR_IN_APPOSITION.match(text, mention.end)
        if apposition is not None:
            chairs.add(mention.ref)
            if apposition.group("whose").lower() in ("his", "her") and re.search(
                r"\bco-?chair", apposition.group(0), re.IGNORECASE
            ):
                # "his co-chairman": the man "his" stands for chairs with him
                other = _person_named_before(document, mention.start, exclude={mention.ref})
                if other is not None:
                    chairs.add(other.ref)
        elif _CHAIRS_THE_TALKS.match(text, mention.end):
            chairs.add(mention.ref)
            if joined_by_and(index - 1, index):  # "France and Britain co-chaired the talks"
                chairs.add(mentions[index - 1].ref)
        elif _TALKS_CHAIRED_BY.search(text, max(0, mention.start - 80), mention.start):
            chairs.add(mention.ref)
            if joined_by_and(index, index + 1):  # "co-chaired by France and Britain"
                chairs.add(mentions[index + 1].ref)
        listed = _CHAIRS_LISTED_BEFORE.search(text, max(0, mention.start - 80), mention.start)
        if listed is not None and listed.end() == mention.start:
            # "The co-chairs of the negotiating body, A of South Africa and B of France": the
            # people listed after the plural post, and the states each serves, chair the talks
            chairs.add(mention.ref)
            following = index + 1
            while following < len(mentions) and re.fullmatch(
                r"\s+of\s+(?:the\s+)?|,?\s+and\s+",
                text[mentions[following - 1].end : mentions[following].start],
            ):
                chairs.add(mentions[following].ref)
                following += 1
    for ref in list(chairs):
        body = document.gazetteer.body_of_post(ref)
        if body is not None:
            chairs.add(body)
    document.chairs = chairs
    return chairs


def sides_of_the_process(document: Document) -> list[Mention] | None:
    """The process's two sides: the first two bodies the article names as a pair ("Colombia's
    government and Marxist FARC rebels", "the government and the opposition National
    Coalition"), neither of them an international body, "the government" being the state the
    article opens on. A pair named later may be guarantors or mediators ("diplomats from Cuba
    and Norway"), so the first pair is the one the talks are between; not a pair that chairs
    or hosts them ("France and Britain suspended the talks" that they co-chair)."""
    fallback = _state_the_article_opens_on(document)
    chairs = _chairs_of_the_talks(document)
    bodies = [
        m
        for m in mentions_with_the_government(
            document, 0, len(document.text), fallback_state=fallback
        )
        if m.via not in ("post", "demonym")
        and m.ref not in chairs
        and not document.is_person(m.ref)
        and not document.in_quote(m.start, m.end)
    ]
    for index, (first, second) in enumerate(zip(bodies, bodies[1:], strict=False)):
        opposition = _opposition_paired_with_the_state(document, first)
        if opposition is not None:
            return [first, opposition]
        if _ends_a_longer_list(document, bodies, index):
            # "guarantors including the United States, Britain, France and Turkey": not a pair
            # of sides
            continue
        if (
            first.ref != second.ref
            and "international_org"
            not in (_kind_of(document, first.ref), _kind_of(document, second.ref))
            and re.fullmatch(_PAIR_GAP, document.text[first.end : second.start])
            # "LO and the employers asked the Government": a noun after "and", then a verb
            # and the second body as its object, not one of a pair
            and not _NEW_PHRASE_BEFORE.search(
                document.text[first.end : second.start] + document.text[second.start :][:4]
            )
            and not BACKERS_OF_SIDES.match(document.text, second.end)
            # ("a truce brokered by Russia and Turkey": the brokers, not the sides)
            and not re.search(
                r"\b(?:brokered|mediated|guaranteed|sponsored)\s+by\s+$",
                document.text[max(0, first.start - 40) : first.start],
            )
        ):
            return [first, second]
    return None


# "Venezuela's government and opposition signed ...": a state and its opposition, not named
# here (a name after "opposition" is a mention of its own, read as a pair above)
_STATE_AND_ITS_OPPOSITION = re.compile(
    r"(?:['’]s)?(?:\s+(?:government|authorities))?\s+and\s+(?:the\s+|its\s+)?opposition\b"
    r"(?!['’]|\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _opposition_paired_with_the_state(document: Document, state: Mention) -> Mention | None:
    """ "Venezuela's government and opposition": the state and the body the article calls the
    opposition elsewhere ("the opposition Unitary Platform", "the opposition" read as it), the
    first place it names that body; None when the article names no such body."""
    if _kind_of(document, state.ref) != "state" or not _STATE_AND_ITS_OPPOSITION.match(
        document.text, state.end
    ):
        return None
    return _body_called_the_opposition(document, exclude=state.ref)


def _body_called_the_opposition(document: Document, exclude: str = "") -> Mention | None:
    """The first place the article names the body it calls the opposition ("the opposition
    Unitary Platform", "the opposition" read as it); None when it names none."""
    for mention in document.mentions:
        if (
            mention.ref != exclude
            and not document.is_person(mention.ref)
            and _kind_of(document, mention.ref) != "state"
            and (
                re.match(r"(?:the\s+)?opposition$", mention.text_in(document.text), re.I)
                or re.search(
                    r"\bopposition\s+$",
                    document.text[max(0, mention.start - 12) : mention.start],
                    re.I,
                )
            )
        ):
            return mention
    return None


# "Moscow and Ankara, which back opposing sides in the war": patrons of the two camps, not the
# camps themselves
BACKERS_OF_SIDES = re.compile(
    r",?\s+(?:which|who|that)\s+(?:(?:have|had|both)\s+)?(?:back|backed|backs|support|supported"
    r"|supports|sponsor|sponsored|arm|armed|champion|championed)\s+(?:the\s+)?(?:opposing|rival"
    r"|different|competing|opposite)\s+(?:sides|camps|factions|parties)\b",
    re.IGNORECASE,
)


def _state_the_article_opens_on(document: Document) -> str | None:
    """The first state its first sentence names, by name or adjective ("Syrian peace talks")."""
    if not document.sentences:
        return None
    opening = document.sentences[0]
    for mention in document.mentions_between(opening.start, opening.end):
        if mention.via != "post" and _kind_of(document, mention.ref) == "state":
            return mention.ref
    return None


def _bodies_of_the_pair_the_lead_names(document: Document) -> list[Mention] | None:
    """ "Uganda's military ruler, Gen. X, and guerrilla leader Y signed a peace agreement ...
    The talks opened in late August": with no pair of bodies named, the sides are the bodies
    the first two people of the article's first sentence hold posts of, each a different one
    (written where the person is). None unless there are two."""
    if not document.sentences:
        return None
    lead = document.sentences[0]
    bodies: list[Mention] = []
    for mention in document.mentions_between(lead.start, lead.end):
        if not document.is_person(mention.ref) or mention.via == "post":
            continue
        body = document.gazetteer.body_of_post(mention.ref)
        if body is None or document.is_state(body) or body in {b.ref for b in bodies}:
            continue
        bodies.append(Mention(mention.start, mention.end, -1, -1, body, "name"))
        if len(bodies) == 2:
            return bodies
    return None


def _first_two_parties(document: Document, exclude: set[str]) -> list[Mention]:
    """The first two bodies that can be a side (a state, an armed group, a movement) the
    article names by name: its lead tells who the talks are between."""
    parties: list[Mention] = []
    for mention in document.mentions:
        if (
            mention.via not in ("post", "demonym")
            and mention.ref not in exclude
            and mention.ref not in {p.ref for p in parties}
            and not document.in_quote(mention.start, mention.end)
            and _kind_of(document, mention.ref) in ("state", "armed_group", "political_movement")
        ):
            parties.append(mention)
            if len(parties) == 2:
                return parties
    return []


def _state_and_the_rebels(document: Document, bodies: list[Mention]) -> list[Mention] | None:
    """ "El Salvador's government and leftist guerrillas agreed ...": a state and rebels the
    article names only later by name (the armed group it names)."""
    armed = [m for m in document.mentions if _kind_of(document, m.ref) == "armed_group"]
    if not armed:
        return None
    states = [
        m
        for m in document.mentions
        if m.end <= (bodies[-1].end if bodies else 0) or m in bodies
        if _kind_of(document, m.ref) == "state"
    ]
    for body in reversed(states):
        # "Sierra Leone President Kabbah and rebel leader Sankoh", "Sri Lanka's government and
        # Tamil Tiger rebels"
        if (
            re.match(
                r"(?:['’]s)?\s+(?:(?:government|authorities)|(?:[A-Z][\w.-]*\s+){1,5})?\s*and\s+"
                r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:rebels|guerrillas|insurgents|rebel|guerrilla)\b",
                document.text[body.end : body.end + 80],
            )
            and body.ref != armed[0].ref
        ):
            return [body, _body_of_the_armed_wing(document, armed[0].ref) or armed[0]]
    return None


# "the PCJSS, whose armed wing, the Shanti Bahini,", "the IRA, the military wing of Sinn Fein":
# the rebels fight as the wing of a body, and that body sits at the table
_WING = r"(?:armed|military|guerrilla)\s+(?:wing|arm|branch)"
_WHOSE_WING_BEFORE = re.compile(rf"\)?,?\s+whose\s+{_WING},?\s+(?:the\s+)?$", re.IGNORECASE)
_WING_OF_AFTER = re.compile(rf",?\s+(?:the|its|their)\s+{_WING}\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _body_of_the_armed_wing(document: Document, armed: str) -> Mention | None:
    """The body the article calls the armed group the armed wing of, where it does."""
    mentions = [m for m in document.mentions if m.via not in ("post", "demonym")]
    for index, mention in enumerate(mentions):
        if mention.ref != armed:
            continue
        before = mentions[index - 1] if index else None
        if (
            before is not None
            and before.ref != armed
            and _WHOSE_WING_BEFORE.fullmatch(document.text[before.end : mention.start])
        ):
            return before
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            after is not None
            and after.ref != armed
            and _WING_OF_AFTER.fullmatch(document.text[mention.end : after.start])
        ):
            return after
    return None


# "After the ceremony, ", "On Thursday, ", "Back in Washington, ": a phrase of time or place
# that opens a sentence before its subject
_LEADING_CIRCUMSTANCE = re.compile(
    r"(?:(?:on|in|at|after|before|later|earlier|back|then|late|early|last|the\s+next)\b"
    r"[^,;:\"“”]{0,40},\s*)?",
    re.IGNORECASE,
)


_DESCRIPTION_THEN_NAME = re.compile(
    r"(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+,\s+(?:[\w.'’-]+\s+){0,4}",
    re.IGNORECASE,
)
# "; Kamel answered that ...", "; Prime Minister X replied": a person opening the last
# clause after a semicolon, a title before him and a verb after, the newest subject (t56e)
_SUBJECT_AFTER_A_SEMICOLON = re.compile(r";\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}?$")
_VERB_AFTER_A_SUBJECT = re.compile(
    r"\s+(?:(?:also|then|later|again|had|has|have)\s+)*(?:(?-i:[a-z]+ed)|said|told|met|saw"
    r"|spoke|wrote|held|sent|went|came|flew|made|gave|took)\b"
)


def _subject_after_a_semicolon(document: Document, sentence, pronoun: str) -> Mention | None:
    """ "X had told the council that the plan was unworkable; Kamel answered that ...": the
    person who is the subject of the clause after the sentence's last semicolon, where the
    pronoun fits him; None otherwise."""
    semicolon = document.text.rfind(";", sentence.start, sentence.end)
    if semicolon < 0 or document.in_quote(semicolon, semicolon + 1):
        return None
    for mention in document.mentions_between(semicolon, sentence.end):
        if not _SUBJECT_AFTER_A_SEMICOLON.search(document.text, semicolon, mention.start):
            return None
        if (
            document.is_person(mention.ref)
            and mention.via not in ("post", "demonym")
            and document.fits_pronoun(mention.ref, pronoun)
            and _VERB_AFTER_A_SUBJECT.match(document.text, mention.end)
        ):
            return mention
        return None
    return None


def person_a_pronoun_stands_for(
    document: Document, sentence_start: int, depth: int = 0, pronoun: str = ""
) -> Mention | None:
    """Who "he" or "she" in the sentence at `sentence_start` is: the person the sentence before
    is about, its subject, rather than the last person it names ("X flew to Tehran and met Y.
    Back home, he held talks with Z": X), else the person named last before it. A sentence
    before that opens on a quote is about its speaker ("'...,' said X."); one whose subject is
    a description ("The Ecuadorean diplomat met Y") about whom that description stands for.
    Whoever the article shows to be of the other sex than `pronoun` is skipped, as the quotes
    and signals readers skip them (`Document.fits_pronoun`)."""
    before = document.sentence_before(document.sentence_at(sentence_start))
    if before is not None:
        speaker = _speaker_of_an_opening_quote(document, before)
        if speaker is not None and document.fits_pronoun(speaker.ref, pronoun):
            return speaker
        if depth < 2 and _QUOTE_SAID_BY_A_PRONOUN.match(document.text, before.start):
            # "X was received by Y. '...,' he said. He and Z had first sat ...": the speaker
            # told by a pronoun is the one the sentence before that is about
            return person_a_pronoun_stands_for(document, before.start, depth + 1, pronoun)
        if depth < 2 and re.match(
            r"(?:" + _PERSON_DESCRIBED + r")\s+(?!who\b)", document.text[before.start :], re.I
        ):
            return person_a_pronoun_stands_for(document, before.start, depth + 1, pronoun)
        latest = _subject_after_a_semicolon(document, before, pronoun)
        if latest is not None:
            # "X had told the council that the plan was unworkable; Kamel answered that ... He
            # spoke by telephone with Y": the newest subject, after the semicolon (t56e)
            return latest
        subject = _sentence_subject(document, before, exclude=set())
        # "After the ceremony, Clinton flew to Amman": a leading phrase of time or place
        # set off by a comma comes before the subject
        lead = _LEADING_CIRCUMSTANCE.match(document.text, before.start).end()
        opening = re.search(
            r"\b(?:he|she)\b", document.text[lead : subject.start if subject else before.end], re.I
        )
        if (
            depth < 2
            and opening
            and not re.search(
                r"[,;:\"“”]|\b(?:said|says|told|with|by|and|to|met|meets|of|that)\b",
                document.text[lead : lead + opening.start()],
                re.IGNORECASE,
            )
        ):
            # "X has spent weeks touring. On Dec. 11 she met Y ... She met Z again": a sentence
            # about "she" hands her on to the next one
            return person_a_pronoun_stands_for(document, before.start, depth + 1, pronoun)
        if (
            subject is not None
            and not document.in_quote(subject.start, subject.end)
            and document.fits_pronoun(subject.ref, pronoun)
            and subject.start >= lead
            # the person opens the sentence (after a title, a date or a place), as its subject
            and (
                not re.search(
                    r"[,;:\"“”]|\b(?:said|says|told|with|by|and|to|met|meets|of|that)\b",
                    document.text[lead : subject.start],
                    re.IGNORECASE,
                )
                # "The region's mediator, former president X, met Y": a description, then the
                # name in apposition to it, set off by commas, as the subject
                or (
                    _DESCRIPTION_THEN_NAME.fullmatch(document.text, lead, subject.start)
                    and re.match(r",\s+(?-i:[a-z])", document.text[subject.end : subject.end + 4])
                )
            )
        ):
            return subject
    return _person_named_before(document, sentence_start, pronoun=pronoun)


# a sentence that opens on a quote its speaker says as "he" or "she": '"...," he said.'
_QUOTE_SAID_BY_A_PRONOUN = re.compile(
    r"[“\"][^“”\"]{1,600}[,?!]?[”\"]\s*,?\s+(?:he|she)\s+(?:said|says|added|told)\b"
)


def _pronoun_in(text: str, sentence, end: int) -> str:
    """The first "he" or "she" between the sentence's start and `end`, "" for none."""
    found = re.search(r"\b(?:he|she)\b", text[sentence.start : end], re.IGNORECASE)
    return found.group(0) if found else ""


def _speaker_of_an_opening_quote(document: Document, sentence) -> Mention | None:
    """ "'This is the beginning of the end,' said Diego Cordovez, the U.N. envoy who ...": the
    person who says the quote that opens the sentence, named right after it."""
    opening = next(
        (q for q in document.quotes if q.start <= sentence.start + 1 and q.end > sentence.start),
        None,
    )
    if opening is None:
        return None
    for mention in document.mentions_between(opening.end, sentence.end):
        if re.fullmatch(
            r"[,\s”\"]*(?:said|says|added|declared)\s+(?:[\w.-]+\s+){0,4}?",
            document.text[opening.end : mention.start],
            re.IGNORECASE,
        ):
            return mention if document.is_person(mention.ref) else None
        return None
    return None


def _person_the_main_clause_names(document: Document, sentence_start: int, hosts):
    """ "X's mission was renewed after Y, who chairs the troika, received him": "him" in a clause
    of time after the main clause is the person that clause named last, not one named in the
    sentences before; None where the trigger's clause is no such clause."""
    if not hosts or hosts[0].start <= sentence_start:
        return None
    subordinates = list(
        re.finditer(
            r"\b(?:after|when|before|once|until|as)\s+",
            document.text[sentence_start : hosts[0].start],
        )
    )
    subordinate = subordinates[-1] if subordinates else None
    if subordinate is None or not re.fullmatch(
        r"(?:[\w.'’-]+\s+){0,4}", document.text[sentence_start + subordinate.end() : hosts[0].start]
    ):
        return None  # the host must open the clause of time: "after (President) Y received"
    named = _person_named_before(
        document, sentence_start + subordinate.start(), exclude={m.ref for m in hosts}
    )
    if named is None or named.start < sentence_start:
        return None
    if _REPORTING_VERB.match(document.text, named.end):
        return None  # "Kamel said the talks went on after Sisi received him": the source
    return named


def _person_named_before(
    document: Document, offset: int, exclude=frozenset(), pronoun: str = ""
) -> Mention | None:
    for mention in reversed(document.mentions):
        if (
            mention.ref not in exclude
            and mention.end <= offset
            and not document.in_quote(mention.start, mention.end)
            and document.is_person(mention.ref)
            and document.fits_pronoun(mention.ref, pronoun)
        ):
            return mention
    return None


# "took Karadzic aside and talked with him", "greeted Y warmly, then met him": what may stand
# between the object of a verb and the next verb of the same subject
_BEFORE_A_COORDINATED_VERB = re.compile(
    r"(?:\s+(?:aside|apart|warmly|briefly|first|in|out|back))?\s*,?\s+(?:and\s+)?(?:then\s+)?"
    r"(?:later\s+)?$",
    re.IGNORECASE,
)


def _object_of_the_verb_before(document: Document, sentence_start: int, start: int, hosts):
    """ "Milosevic took Karadzic aside and talked with him": "him" is the person the verb
    coordinated before the trigger took as its object, right before it in the sentence; None
    when no person stands there (the person named before the sentence is read instead)."""
    if not hosts:
        return None
    named = [
        m
        for m in document.mentions_between(hosts[-1].end, start)
        if m.start >= sentence_start and m.ref not in {h.ref for h in hosts}
    ]
    if not named or not document.is_person(named[-1].ref):
        return None
    last = named[-1]
    if not _BEFORE_A_COORDINATED_VERB.fullmatch(document.text[last.end : start]):
        return None
    # the verb before it: a word between the hosts and the object ("took", "greeted")
    if not re.fullmatch(r"\s+(?:[a-z]+\s+){1,2}", document.text[hosts[-1].end : last.start]):
        return None
    return last


# "negotiated the terms with Y in Tokyo in late January, and flew back to see him": where and
# when the clause before met its object, then the coordinated verb and the words of the trip
_AFTER_THE_OBJECT_OF_A_CLAUSE = re.compile(
    r"(?:\s+(?:in|at|on|during|until|through)\s+[^,;.]{1,40}?)*,?\s+and\s+(?:then\s+|later\s+"
    r"|also\s+)?(?:[a-z]+\s+){1,3}$"
)


def _object_of_the_clause_before(document: Document, sentence_start: int, start: int, hosts):
    """ "X negotiated the terms with Y in Tokyo in January, and flew back to see him in April":
    "him" is the person the subject's clause before the trigger met (after "with"), with only
    its place and day and the coordinated verb between; None otherwise."""
    if not hosts or hosts[-1].start < sentence_start:
        return None
    named = [
        m
        for m in document.mentions_between(hosts[-1].end, start)
        if m.ref not in {h.ref for h in hosts}
    ]
    if not named or not document.is_person(named[-1].ref):
        return None
    last = named[-1]
    if not re.search(r"\bwith\s+(?:[\w.'’-]+\s+){0,4}$", document.text[hosts[-1].end : last.start]):
        return None
    if not _AFTER_THE_OBJECT_OF_A_CLAUSE.fullmatch(document.text[last.end : start]):
        return None
    return last


def _is_an_attribute(document: Document, mention: Mention) -> bool:
    """ "Islamic-led", "Nigerian-led ECOMOG": a word of the form X-led qualifies what follows;
    it names no person."""
    return bool(
        re.search(
            r"-(?:led|backed|based|held|run|born)\b", mention.text_in(document.text), re.IGNORECASE
        )
    )


# ", and the board's treasurer, Mr ", "; the Colonial Secretary, ", ", and ": a clause coordinated
# after another, up to the name of its own subject (a few words of his post, in apposition)
_SUBJECT_OF_A_COORDINATED_CLAUSE = re.compile(
    r"(?:,\s+(?:and|but|while)|;)\s+(?:(?:the|his|her|its|their)\s+)?(?:[\w'’.-]+\s+){0,4}?"
    r"(?:[\w'’.-]+,\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?$"
)


# "Parish met", "Sir Reginald saw", "X had already met": a word in lower case right after the
# subject, not a conjunction or a preposition that goes on with the subject list
_VERB_RIGHT_AFTER_THE_SUBJECT = re.compile(
    r"\s+(?!(?:and|or|nor|of|for|from|in|at|with|to|as|who|whose|which|that)\b)[a-z]+\b"
)


def _opens_a_clause_of_its_own(document: Document, subject: Mention, host: Mention) -> bool:
    """The host, named after the sentence's subject, is the subject of a clause coordinated after
    that subject's own ("X met Y, and the treasurer, Mr Z, sat down with"), so the subject before
    did not take part in the host's meeting. The subject must be followed by its own verb: in
    "X, who took office in August, and Z met" or "X, the chief negotiator, and Z held talks" the
    two are one subject list."""
    if subject.end > host.start or not _VERB_RIGHT_AFTER_THE_SUBJECT.match(
        document.text, subject.end
    ):
        return False
    between = document.text[subject.end : host.start]
    boundary = _SUBJECT_OF_A_COORDINATED_CLAUSE.search(between)
    return boundary is not None and bool(re.search(r"[a-z]", between[: boundary.start()]))


def _sentence_subject(document, sentence, exclude, end=None) -> Mention | None:
    """The first person the sentence names up to `end` (not in a clause coordinated after the
    trigger's with a subject of its own)."""
    mentions = [
        m
        for m in document.mentions_between(sentence.start, end or sentence.end)
        if m.ref not in exclude
        and document.is_person(m.ref)
        and not _is_an_attribute(document, m)
        # "The secretary-general's personal envoy, Maria Angela Holguin, prepared the
        # meeting": the person in the possessive is not the one who met
        and not re.match(r"['’]s\b", document.text[m.end : m.end + 2])
        # "met Sadegh Tabatabai, a relative of Ayatollah Khomeini": the one the apposition
        # relates another to is not who met
        and not _KIN_OR_AIDE_OF.search(document.text, max(sentence.start, m.start - 60), m.start)
        # "met Y at the Bryanston Square house of Sir Abe Bailey": the owner of the place
        and not _OWNER_OF_THE_PLACE.search(
            document.text, max(sentence.start, m.start - 40), m.start
        )
    ]
    return mentions[0] if mentions else None


# "at the house of Sir X", "at the home of X": a person named as whose the place is
_OWNER_OF_THE_PLACE = re.compile(
    r"\b(?:house|home|residence|villa|estate|mansion|flat|apartment)\s+of\s+"
    r"(?:(?-i:[A-Z])[\w.]*\s+)?$",
    re.IGNORECASE,
)


# "since fighting erupted on Sept. 27": a day in a "since" phrase dates another event; the
# phrase ends at a comma or at a clause of its own ("the first leader to cross since the war
# when he stepped over the line on Friday")
_SINCE_BEFORE = re.compile(
    r"\bsince\b(?:(?!\b(?:when|whereupon|while|as|after|before|because|until)\b)[^,;])*$",
    re.IGNORECASE,
)


# "held talks in the evening, and are due to continue them at Murree later this week": a
# coordinated verb of time to come, whose date is not the meeting's
_COORDINATED_TIME_TO_COME = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:he|she|they|it)\s+)?(?:will|(?:is|are)\s+(?:due|expected|set"
    r"|scheduled|to)|plans?\s+to|hopes?\s+to)\b",
    re.IGNORECASE,
)


_THAT_PART_OF_THE_DAY = re.compile(r"\bthat\s+(?:evening|night|morning|afternoon)\b(?!['’])")


_TIME_TO_COME_BETWEEN = re.compile(r"\b(?:will|shall|to\s+be)\s", re.IGNORECASE)
_THIS_PART_OF_TODAY = re.compile(
    r"\b(?:this\s+(?:morning|afternoon|evening)|today|tonight)\b(?![^“”\"]*”)", re.IGNORECASE
)


def _date_for(document, sentence, clause_start, trigger_start, clause_end) -> tuple[str, str]:
    """A date after the trigger in its clause ("met X in Cairo on Monday"), else the nearest
    before it ("On Monday, X met"), else anywhere in the sentence, else the last day named
    before the sentence, else the publication date."""

    asides = _relative_clauses_about_something_else(document, sentence, trigger_start)

    def dates(start, end):
        # "for the first time since fighting erupted on Sept. 27": that date is another event's
        return [
            d
            for d in document.dates_between(start, end)
            if not _SINCE_BEFORE.search(document.text[sentence.start : d.start])
            and not any(begin <= d.start < finish for begin, finish in asides)
            and not (
                d.start > trigger_start
                and _COORDINATED_TIME_TO_COME.search(document.text, trigger_start, d.start)
            )
        ]

    def told_as_to_come(d) -> bool:
        # "after talks between A and B, Tokyo will put ... into a fund to be set up early next
        # year": a day to come after the talks, told by a verb of time to come, dates not them
        return (
            d.start > trigger_start
            and (d.ahead or d.iso > document.published_on.isoformat())
            and _TIME_TO_COME_BETWEEN.search(document.text, trigger_start, d.start) is not None
        )

    after = [d for d in dates(trigger_start, clause_end) if not told_as_to_come(d)]
    part_of_the_day = _THAT_PART_OF_THE_DAY.search(document.text, trigger_start, clause_end)
    if part_of_the_day is not None and (not after or part_of_the_day.end() <= after[0].start):
        # ("held talks with Aziz that night and again on Saturday": that night comes first)
        # "Powell, who arrived on Saturday, held talks with Taha at his hotel that evening":
        # "that evening" is of the day the sentence named last before, even in a relative
        # clause about something else
        named = [
            d
            for d in document.dates_between(sentence.start, trigger_start)
            if d.precision == "day"
            and not _SINCE_BEFORE.search(document.text[sentence.start : d.start])
        ]
        if named:
            return named[-1].iso, named[-1].precision
    following = document.dates_between(trigger_start, clause_end)
    if (
        following
        # ("had held talks with X, whose fighters have observed a truce since 1991": the
        # relative clause's "since" tells of something else, not of talks running since then)
        and not any(begin <= following[0].start < finish for begin, finish in asides)
        and re.search(
            r"\b(?:has|have|had)\s+(?:been\s+)?(?:[\w-]+\s+){0,3}$",
            document.text[sentence.start : trigger_start],
            re.I,
        )
        and re.search(
            r"\bsince\s+(?:early\s+|late\s+|mid-?)?$",
            document.text[trigger_start : following[0].start],
            re.I,
        )
    ):
        # "has hosted talks between them since July 1990", "have been meeting since 1991":
        # talks running since a date began then
        return following[0].iso, following[0].precision
    own = _own_clause_span(document, trigger_start, clause_start, clause_end)
    if not after:
        # "had met separately with Shelton and with McAdam in the first week of May": the
        # guests of one verb, each read apart, share the day told after the last of them
        shared = _day_told_after_the_next_guest(document, trigger_start, clause_end)
        if shared is not None:
            return shared.iso, shared.precision
    in_own = []
    if own is not None:
        # "The talks foundered on Thursday when X, at a meeting with Y, demanded the release of
        # Z, jailed in 1987": the day the trigger's own clause gives comes before any in a
        # clause after it (README, "Meetings")
        in_own = (
            [d for d in after if d.end <= own[1]]
            or _dates_of_the_course_of_the_talks(document, sentence, trigger_start, after)
            or dates(own[0], trigger_start)[-1:]
        )
        if in_own:
            return in_own[0].iso, in_own[0].precision
    when_after = _date_of_the_when_clause_after(document, sentence, trigger_start)
    if when_after is not None and not in_own:
        # "Xi had raised the idea with MBS when the two men met in Riyadh in December, and
        # again when ... last month": the "when" clause hanging on the trigger's own clause
        # tells when it happened, not a date further on
        return when_after.iso, when_after.precision
    named_by_when = _date_a_when_clause_follows(document, sentence, trigger_start)
    if named_by_when is not None and not [d for d in after if d.start < clause_end]:
        # "a process that began last Thursday, when Nyusi flew to Gorongosa and held talks
        # with Momade": the "when" clause tells what happened on the day right before it, even
        # where that day stands in a relative clause about something else
        return named_by_when.iso, named_by_when.precision
    if own is not None:
        framing = _framing_clause_span(document, trigger_start)
        in_frame = dates(*framing) if framing is not None else []
        if in_frame:
            # "The talks foundered on Thursday when X, at a meeting with Y, demanded ...": an
            # undated subordinate clause takes the day the clause it depends on gives last
            # (right before it: "The road to Wednesday's ceremony began on June 20, when ...")
            return in_frame[-1].iso, in_frame[-1].precision
    if after:
        return after[0].iso, after[0].precision
    if _THIS_PART_OF_TODAY.search(document.text, trigger_start, clause_end):
        # "called on Foreign Minister Hay this morning to ask ...": the day of the dateline,
        # where the dates do not hold the words, not a day named in a sentence before
        return document.published_on.isoformat(), "day"
    before = dates(clause_start, trigger_start) or [
        d for d in dates(sentence.start, sentence.end) if not told_as_to_come(d)
    ]
    if before:
        return before[-1].iso, before[-1].precision
    there = _month_of_the_stay_there(document, sentence, trigger_start, clause_end, asides)
    if there is not None:
        return there
    later = _month_of_days_later(document, sentence, clause_start, clause_end)
    if later is not None:
        return later
    signing = _date_of_the_signing(document, sentence)
    if signing is not None:
        return signing
    if re.search(r"\b(?:later|afterwards?)\b", document.text[sentence.start : trigger_start]):
        # "X and Y signed the text at the palace. ... X later hosted them at a lunch": "later"
        # follows on from the signing the sentences before tell undated, not from whatever day
        # was named last before them
        for earlier in reversed([s for s in document.sentences if s.end <= sentence.start][-3:]):
            if document.dates_between(earlier.start, earlier.end):
                break
            if re.search(
                r"\b(?:signed|initial(?:l)?ed)\b", document.text[earlier.start : earlier.end]
            ):
                signing = _day_of_the_signing(document, earlier.start)
                if signing is not None:
                    return signing
                break
    at_the_time = _date_at_the_time_told_before(document, sentence)
    if at_the_time is not None:
        return at_the_time
    # (a day after publication dates something to come, not a meeting told as held)
    earlier = [
        d
        for d in document.dates
        if d.end <= sentence.start
        and d.precision == "day"
        and d.iso <= document.published_on.isoformat()
        and not d.ahead
        and not _dates_an_aside(document, d)
        # "a strike that has kept 175,000 workers out since Nov. 21": where a span began, not a
        # day the story told of
        and not _SINCE_BEFORE.search(document.text[document.sentence_at(d.start).start : d.start])
    ]
    if earlier:
        return earlier[-1].iso, earlier[-1].precision
    return document.published_on.isoformat(), "day"


_AT_THE_TIME = re.compile(r"\bat\s+(?:the|that)\s+time\b", re.IGNORECASE)


def _date_at_the_time_told_before(document, sentence) -> tuple[str, str] | None:
    """ "In early May the government made an offer. 'No,' X said at the time, after meeting Y":
    an undated sentence that says "at the time" is of the time the sentence before it told,
    at whatever precision, not of the last full day named further back."""
    if not _AT_THE_TIME.search(document.text, sentence.start, sentence.end):
        return None
    before = [s for s in document.sentences if s.end <= sentence.start]
    if not before:
        return None
    told = [d for d in document.dates_between(before[-1].start, before[-1].end) if not d.ahead]
    if not told:
        return None
    return told[-1].iso, told[-1].precision


def _month_of_the_stay_there(document, sentence, trigger_start, clause_end, asides):
    """ "Celli, who led a Vatican delegation to Beijing that month, met Zhuang there": a meeting
    "there" falls in the month or year of the stay a relative clause about its subject tells,
    before the trigger (a day of that stay, "who arrived on Sunday", need not be the meeting's)."""
    if not re.search(r"\bthere\b", document.text[trigger_start:clause_end]):
        return None
    stay = [
        d
        for d in document.dates_between(sentence.start, trigger_start)
        if any(begin <= d.start < finish for begin, finish in asides)
    ]
    if stay and stay[-1].precision in ("month", "year"):
        return stay[-1].iso, stay[-1].precision
    return None


_DAYS_LATER = re.compile(r"\b(?:(?:a\s+few|several)\s+)?(?:days|weeks)\s+later\b", re.IGNORECASE)


def _month_of_days_later(document, sentence, clause_start, clause_end):
    """ "Activists blocked the ministries early in March last year. Stoere received them days
    later": a meeting some days after a month the sentence before gave falls in that month (after
    a day, "days later" names no day, and this reading gives none)."""
    if not _DAYS_LATER.search(document.text, clause_start, clause_end):
        return None
    index = document.sentences.index(sentence)
    if not index:
        return None
    told = document.sentences[index - 1]
    days = [
        d
        for d in document.dates_between(told.start, told.end)
        if not d.ahead and d.iso <= document.published_on.isoformat()
    ]
    if days and days[-1].precision == "month":
        return days[-1].iso, days[-1].precision
    return None


# The verbs that tell the course of talks, whose subject is the talks themselves: "talks with X
# that ran until the early hours of Sunday", "a session with Y which ended on Tuesday"
_COURSE_OF_TALKS_LEMMAS = {
    "run",
    "last",
    "end",
    "begin",
    "open",
    "start",
    "continue",
    "close",
    "conclude",
    "resume",
    "stretch",
    "drag",
    "break",
    "finish",
}


# The guests' names, then the participles naming who chaired, mediated or hosted the talks,
# set off by commas ("between the four party leaders, chaired by X and mediated by Y and Z, ")
_CHAIRED_BETWEEN = re.compile(
    r"[^;:.,—–]{1,90}(?:,\s+|\s+and\s+)(?:co-)?(?:chaired|mediated|hosted|brokered|sponsored"
    r"|facilitated|convened)\s+by\s+[^;:.,—–]{1,60}?(?:\s+and\s+(?:co-)?(?:chaired|mediated"
    r"|hosted|brokered|sponsored|facilitated|convened)\s+by\s+[^;:.,—–]{1,60}?)*,\s*",
    re.IGNORECASE,
)


def _dates_of_the_course_of_the_talks(document, sentence, trigger_start, after) -> list:
    """The dates of a relative clause right after the trigger's words that tells the course of
    the meeting ("after talks with Foreign Minister X that ran until the early hours of
    Sunday"): the talks began or ended then, whatever day the clause around them gives (the
    pronoun follows the guest's name, but a person does not run, last or end)."""
    for clause in document.clauses_of(sentence):
        begin = document.tokens[clause.first_token].start
        if (
            clause.kind == "relative"
            and clause.opener in ("that", "which")
            and clause.verb is not None
            and clause.verb.lemma in _COURSE_OF_TALKS_LEMMAS
            and not clause.verb.modal
            and trigger_start < begin
            and (
                # only the guests' names between: no clause, no other verb, no stop
                (
                    re.fullmatch(r"[^;:.—–]{1,90}", document.text[trigger_start:begin])
                    and document.clause_at(trigger_start) is clause.parent
                )
                # "negotiations between the four party leaders, chaired by X and mediated by Y
                # and Z, that opened there on July 28": the talks' chair and mediators named in
                # participles set off by commas, then the course of the talks
                or _CHAIRED_BETWEEN.fullmatch(document.text, trigger_start, begin)
            )
        ):
            end = document.tokens[clause.last_token - 1].end
            return [d for d in after if begin <= d.start < end][:1]
    return []


# "last Thursday, when": a clause opened by "when" right after a date
_WHEN_AFTER_A_DATE = re.compile(r"^\s*,?\s*when\b", re.IGNORECASE)


def _date_of_the_when_clause_after(document, sentence, trigger_start):
    """The first date of a "when" clause that depends on the trigger's own clause and comes
    right after it ("raised the idea with X when the two men met in Riyadh in December")."""
    own = document.clause_at(trigger_start)
    if own is None:
        return None
    for clause in document.clauses_of(sentence):
        if (
            clause.kind == "adverbial"
            and clause.opener == "when"
            and clause.parent is own
            and clause.first_token == own.last_token
        ):
            begin = document.tokens[clause.first_token].start
            end = document.tokens[clause.last_token - 1].end
            dated = document.dates_between(begin, end)
            return dated[0] if dated else None
    return None


def _date_a_when_clause_follows(document, sentence, trigger_start):
    """The date written right before ", when" ("a process that began last Thursday, when X
    flew to Y and held talks with Z") where the trigger comes after it in the sentence with no
    other date and no semicolon or dash between them."""
    before = document.dates_between(sentence.start, trigger_start)
    if not before or not _WHEN_AFTER_A_DATE.match(document.text[before[-1].end : trigger_start]):
        return None
    if re.search(r"[;—–]", document.text[before[-1].end : trigger_start]):
        return None
    return before[-1]


# "X, who is due to leave on Tuesday, met Y", "... the accord, which it signed on Monday": a
# relative clause runs from its pronoun to the next comma, semicolon or dash (or the sentence end)
_RELATIVE_CLAUSE = re.compile(r"(?:,\s*|\s)(?:who|whom|whose|which)\b[^,;—–]*", re.IGNORECASE)


def _relative_clauses_about_something_else(document, sentence, trigger_start):
    """The spans of the sentence's relative clauses that do not hold the meeting's trigger: a
    date in one of them tells when something else happened (README, "Meetings"). One about the
    talks themselves ("joined the talks, which opened on Monday") dates the meeting."""
    text = document.text[sentence.start : sentence.end]
    # the clause reader's "that" relatives too: "agreements that were also signed on Monday"
    read = [
        (document.tokens[c.first_token].start, document.tokens[c.last_token - 1].end)
        for c in document.clauses_of(sentence)
        # (not a reduced one, "a delegation led by X in Cairo on Tuesday": the reader may hang
        # the meeting's own place and day on it)
        if c.kind == "relative" and c.opener == "that"
    ]
    return (
        [
            (begin, end)
            for begin, end in read
            if not begin <= trigger_start < end
            and not re.search(
                rf"\b{_MEETING_NOUNS}\b[^,;]{{0,70}}$",
                document.text[sentence.start : begin],
                re.IGNORECASE,
            )
            # ("negotiations between A and B, chaired by X and mediated by Y, that opened
            # there on July 28": about the talks, past the participles naming their chairs)
            and not re.search(
                rf"\b{_MEETING_NOUNS}\b(?:{_CHAIRED_BETWEEN.pattern})$",
                document.text[sentence.start : begin],
                re.IGNORECASE,
            )
        ]
        + [
            (sentence.start + clause.start(), sentence.start + clause.end())
            for clause in _RELATIVE_CLAUSE.finditer(text)
            if not sentence.start + clause.start() <= trigger_start < sentence.start + clause.end()
            # ("X, who joined the mediation this week, held talks with Y": the clause is about
            # the same talks, and the day it gives is theirs)
            and not re.search(rf"\b(?:{_MEETING_NOUNS}|mediation)\b", clause.group(), re.I)
            # ("talks hosted by Norway's minister, which began on Monday": about the talks too)
            and not re.search(
                rf"\b{_MEETING_NOUNS}\b[^,;]{{0,70}}$", text[: clause.start()], re.IGNORECASE
            )
        ]
    )


def _date_of_the_signing(document, sentence) -> tuple[str, str] | None:
    """ "Pompeo, who witnessed the signing, met Baradar afterwards", "on the sidelines of the
    conference": a sentence that refers to the signing (its ceremony, or the conference it
    closed) without a date of its own is dated by the signing the article opened on, not by
    whatever day was named last, nor by an earlier signing the background goes back to ("the
    final protocol was signed in Brazzaville on Dec. 13")."""
    if not re.search(
        r"\bthe\s+(?:signing|ceremony|signing\s+ceremony)\b"
        r"|\bsidelines\s+of\s+the\s+(?:conference|summit|ceremony)\b",
        document.text[sentence.start : sentence.end],
        re.I,
    ):
        return None
    day = _day_of_the_signing(document, sentence.start)
    if (
        day is not None
        and day[1] == "day"
        and re.search(
            r"\b(?:on\s+)?the\s+eve\s+of\s+the\s+(?:signing|ceremony|signing\s+ceremony)\b",
            document.text[sentence.start : sentence.end],
            re.I,
        )
    ):
        # "met Bishop and Pereira in New York on the eve of the signing": the day before it
        eve = datetime.date.fromisoformat(day[0]) - datetime.timedelta(days=1)
        return eve.isoformat(), "day"
    return day


def _day_of_the_signing(document, before: int) -> tuple[str, str] | None:
    """The day of the signing the article opened on: the first sentence before `before` that
    tells a signing with a day."""
    for earlier in [s for s in document.sentences if s.end <= before]:
        signed = re.search(
            r"\b(?:signed|initial(?:l)?ed)\b", document.text[earlier.start : earlier.end], re.I
        )
        if signed is None:
            continue
        days = [
            d
            for d in document.dates_between(earlier.start, earlier.end)
            if d.precision == "day"
            and not re.match(r"\s*\([^)]{1,40}\)\s*[-–—]", document.text[d.end : d.end + 50])
        ]
        if days:
            after = [d for d in days if d.start >= earlier.start + signed.start()]
            chosen = after[0] if after else days[-1]
            return chosen.iso, chosen.precision
    return None


# A later hour of the same day opening the next clause ("...; in the afternoon A and B sat down")
_AT_A_LATER_HOUR = re.compile(
    r"(?:;|,?\s+and)\s+(?:then\s+)?(?:in\s+the\s+(?:afternoon|evening)|that\s+(?:afternoon"
    r"|evening|night)|later\s+(?:that|in\s+the)\s+(?:day|afternoon|evening))\b",
    re.IGNORECASE,
)
# "President X received A and B afterwards": a second encounter after the one just told, with
# someone new (not the same talks told again)
_AFTERWARDS = re.compile(r"\b(?:afterwards?|later\s+that\s+day|later\s+in\s+the\s+day)\b", re.I)


_PLACE_THEN_BETWEEN = re.compile(
    # ("a meeting in the town of Ghazni between": the kind of place before its name)
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:(?:town|city|village|capital|port)\s+of\s+)?"
    r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})?"
    r"(?P<day>[^,;.]{0,40}?)\s+between\b"
)


def _between_after_its_place_and_day(document: Document, trigger_end: int, clause_end: int):
    """ "a meeting in New Delhi in early June between A and B": the place and the day of the
    meeting stand before those it was between (not "a meeting in Cairo about the border
    between A and B", where other words stand there)."""
    found = _PLACE_THEN_BETWEEN.match(document.text[trigger_end:clause_end])
    if found is None or found.end("day") == found.start():
        return None
    day = (trigger_end + found.start("day"), trigger_end + found.end("day"))
    if day[0] < day[1] and not _only_a_day_between(document, *day):
        return None
    return found


def _only_a_day_between(document: Document, start: int, end: int) -> bool:
    """Whether the text from start to end is one date and nothing else but its preposition
    and a part of the day ("on Friday", "late on Monday night")."""
    return any(
        re.fullmatch(r"\s*(?:on|in|at|late|early)?\s*", document.text[start : d.start])
        and re.fullmatch(
            r"(?:\s+(?:morning|afternoon|evening|night))?\s*", document.text[d.end : end]
        )
        for d in document.dates_between(start, end)
    )


def _merge(meetings: list[MeetingCandidate], text: str = "") -> list[MeetingCandidate]:
    merged: list[MeetingCandidate] = []
    for meeting in meetings:
        refs = {p.ref for p in meeting.participants}
        for earlier in merged:
            shared = refs & {p.ref for p in earlier.participants}
            if (
                meeting.start > earlier.end
                and refs - {p.ref for p in earlier.participants}
                and _AFTERWARDS.search(text, meeting.start, meeting.end)
            ):
                continue
            if meeting.apart and meeting.start == earlier.start:
                continue  # "saw A in the afternoon, and B after dinner": two encounters
            if (
                earlier.start < meeting.start < earlier.start + 200
                and refs - {p.ref for p in earlier.participants}
                and _AT_A_LATER_HOUR.search(text, earlier.start, meeting.start)
            ):
                # "Collins first saw Lloyd George alone at Downing Street; in the afternoon
                # Griffith, Collins and Barton sat down with Lloyd George, ...": a second
                # encounter the same day, with more people
                continue
            if earlier.date == meeting.date and len(shared) >= 2:
                known = {p.ref for p in earlier.participants}
                earlier.participants += [p for p in meeting.participants if p.ref not in known]
                earlier.location_id = earlier.location_id or meeting.location_id
                earlier.location_name = earlier.location_name or meeting.location_name
                earlier.proposal_ids = sorted(set(earlier.proposal_ids) | set(meeting.proposal_ids))
                earlier.retold_at += [meeting.start, *meeting.retold_at]
                break
        else:
            merged.append(meeting)
    return merged


# -- what the clause reader (clauses.py) tells about a trigger ---------------------------------


def _token_index(document: Document, offset: int) -> int:
    return max(bisect_right(document.tokens, offset, key=lambda token: token.start) - 1, 0)


def _verb_clause(document: Document, offset: int) -> Clause | None:
    """The clause whose verb group holds the word at offset: the trigger is that clause's verb
    ("met", "held talks", "meeting Z"), not a noun inside it ("at a meeting with Z")."""
    clause = document.clause_at(offset)
    if clause is None or clause.verb is None:
        return None
    index = _token_index(document, offset)
    return clause if clause.verb.first_token <= index < clause.verb.last_token else None


def _actors_in(document: Document, span) -> list[Mention]:
    """The actors a subject span names, each once: not a nationality adjective ("French Foreign
    Minister Kouchner") nor the body a person's post belongs to ("Jordan's King Hussein")."""
    found: list[Mention] = []
    chars = char_span(document.tokens, span)
    # "Four heads of state – A, who chairs ECOWAS, B and C –": a relative clause inside the
    # subject tells of one of them; the body it names is no part of the subject
    asides = (
        [
            char_span(document.tokens, (clause.first_token, clause.last_token))
            for clause in document.clauses_of(document.sentence_at(chars[0]))
            if clause.kind == "relative"
            and clause.opener in ("who", "which", "whose")
            and span[0] < clause.first_token < clause.last_token <= span[1]
        ]
        if chars
        else []
    )
    # "The rebel and government delegations first met ... and held": "government" too
    for mention in mentions_with_the_government(document, *chars) if chars else []:
        if mention.via == "demonym" or _is_an_attribute(document, mention):
            continue
        if any(aside[0] <= mention.start < aside[1] for aside in asides):
            continue
        if found and _names_a_post(document, found[-1], mention):
            found.pop()
        if mention.ref not in [m.ref for m in found]:
            found.append(mention)
    return found


# "X arrived in Simla and was received by Y": the passive of a welcome still has the guest as
# its subject, shared with the verb before it
_WELCOMING_LEMMAS = {"receive", "welcome", "greet", "host"}


# "X, who was joined by A and B, met", "X, accompanied by A, then met": the companions of the
# subject, set off by commas between it and the verb of meeting
_COMPANIONS_BEFORE = re.compile(
    r",\s+(?:who\s+(?:was|were|had\s+been)\s+)?(?:joined|accompanied)\s+by\s+"
    r"(?P<companions>[^;:.“”\"()]{1,200}?),\s+(?:(?:then|later|first|also|again|had|has|have)\s+)*$",
    re.IGNORECASE,
)


def _subject_and_companions(document: Document, sentence_start: int, start: int):
    """The subject named right before a participle or relative clause telling who came with it
    ("X, who was joined by A and B, met Y"), then those companions; empty when no such clause
    stands between the subject and the trigger."""
    companions = _COMPANIONS_BEFORE.search(document.text, sentence_start, start)
    if companions is None:
        return []
    lead = [
        m
        for m in document.mentions_between(sentence_start, companions.start())
        if m.end == companions.start() and m.via not in ("post", "demonym")
    ]
    if not lead:
        return []
    found = [lead[-1]]
    for mention in _list_after(
        document, companions.start("companions") - 1, companions.end("companions")
    ):
        if mention.ref not in {m.ref for m in found}:
            found.append(mention)
    return found if len(found) > 1 else []


def _subject_the_verb_shares(document: Document, offset: int) -> list[Mention]:
    """Who met, when the trigger's clause has no subject of its own: a relative clause whose
    "who" stands for the noun before it ("X, who days later met Y"), a participle or a verb
    coordinated after another ("X and Y shuttled between the sides, meeting Z"; "X flew in and
    held talks with Y"). Empty when the clause names its own subject (the older readings
    stand)."""
    clause = _verb_clause(document, offset)
    if clause is None or clause.subject is not None:
        return []
    if clause.verb.passive and clause.verb.lemmas[-1] not in _WELCOMING_LEMMAS:
        return []
    found = _actors_in(document, clause.own_subject())
    if not found and clause.kind == "coordinate" and not clause.verb.future:
        # "Clinton flew to Amman, where he addressed parliament and met Hussein": the subject
        # shared is "he", the person named before it (not "he would return to begin talks")
        found = _person_a_subject_pronoun_stands_for(document, clause.own_subject())
    if (
        clause.kind == "relative"
        and clause.opener == "who"
        and found
        and not any(document.is_person(m.ref) for m in found)
    ):
        # "Martin, the UN envoy in Nepal, who met X": "who" is a person, so the noun just
        # before it (a place) is not what it stands for; the clause it interrupts is about him
        found = _actors_in(document, _subject_of_the_clause_around(document, clause))
    if clause.kind == "relative" and clause.opener == "who":
        # "Agoncillo, the agent of General Aguinaldo, who was received by McKinley": after a
        # person and his appositive, "who" is the person the appositive describes
        head = _person_before_an_appositive(document, document.tokens[clause.first_token].start)
        if head is not None:
            found = [head]
    return found


_APPOSITIVE_OF_A_BODY_OR_PERSON = re.compile(
    r",\s+(?:the|a|an)\s+[^,;:.()“”\"]{1,60}?\bof\s+(?:[^,;:()“”\"]|(?<=[A-Z])\.){1,60},\s*$"
)


def _person_before_an_appositive(document: Document, who_start: int) -> Mention | None:
    sentence = document.sentence_at(who_start)
    for mention in reversed(document.mentions_between(sentence.start, who_start)):
        if not document.is_person(mention.ref):
            continue
        if _APPOSITIVE_OF_A_BODY_OR_PERSON.fullmatch(document.text, mention.end, who_start):
            return mention
    return None


def _pronoun_subject_of_the_verb(document: Document, offset: int) -> list[Mention]:
    """The person "he" or "she" stands for when it is the own subject of the trigger's clause
    ("when he received Raisi", "after she met Sisi"); empty for any other subject or a verb of
    time to come."""
    clause = _verb_clause(document, offset)
    if clause is None or clause.subject is None or clause.verb.future:
        return []
    return _person_a_subject_pronoun_stands_for(
        document, clause.subject
    ) or _reporter_a_pronoun_stands_for(document, clause)


def _reporter_a_pronoun_stands_for(document: Document, clause: Clause) -> list[Mention]:
    """ "Rio said it had held talks with Chinalco last month", "Hamas and Fatah said they met
    in Cairo": "it" or "they" as the subject of a clause reported after a verb of saying stands
    for that verb's subject, the bodies that told of their own talks (not a person: "Lavrov said
    it was held", nor "he", read above)."""
    subject = char_span(document.tokens, clause.subject)
    if (
        clause.kind != "reported"
        or clause.parent is None
        or clause.parent.verb is None
        or subject is None
        or not re.fullmatch(r"(?:it|they)", document.text[subject[0] : subject[1]], re.I)
    ):
        return []
    reporters = _actors_in(document, clause.parent.own_subject())
    if not reporters or any(document.is_person(m.ref) for m in reporters):
        return []
    return reporters


def _person_a_subject_pronoun_stands_for(document: Document, span) -> list[Mention]:
    """The person "he" or "she" written as a clause's subject stands for: the person named last
    before it in its sentence, else the one the sentence before is about."""
    chars = char_span(document.tokens, span)
    if chars is None or not re.fullmatch(
        r"(?:he|she)", document.text[chars[0] : chars[1]], re.IGNORECASE
    ):
        return []
    pronoun = document.text[chars[0] : chars[1]]
    sentence = document.sentence_at(chars[0])
    named = _person_named_before(document, chars[0], pronoun=pronoun)
    if named is None or named.start < sentence.start:
        named = person_a_pronoun_stands_for(document, sentence.start, pronoun=pronoun)
    elif _AND_THEN_A_PRONOUN.search(document.text, sentence.start, chars[0]):
        # "X had spoken by telephone with Y on Wednesday, and he received Z on Friday": the
        # pronoun opening a clause coordinated after the first goes on with its subject, the
        # person the sentence opens on, not the one its first clause named last
        lead = _LEADING_CIRCUMSTANCE.match(document.text, sentence.start).end()
        subject = _sentence_subject(document, sentence, exclude=set(), end=chars[0])
        if (
            subject is not None
            and subject.start >= lead
            and document.fits_pronoun(subject.ref, pronoun)
            and re.fullmatch(r"(?:[\w.'’-]+\s+){0,4}", document.text[lead : subject.start])
            and not re.search(
                r"\b(?:said|says|told|tells|announced|reported)\b",
                document.text[subject.end : chars[0]],
            )
        ):
            named = subject
    return [named] if named is not None else []


# ", and he received ...": a pronoun that opens a clause coordinated after the sentence's first
_AND_THEN_A_PRONOUN = re.compile(r",\s+(?:and|but)\s+$")


def _subject_of_the_clause_around(document: Document, inner: Clause):
    sentence = document.sentence_at(document.tokens[inner.first_token].start)
    around = [
        clause
        for clause in document.clauses_of(sentence)
        if clause is not inner
        and clause.verb is not None
        and clause.first_token < inner.first_token
        and clause.last_token >= inner.last_token
    ]
    return around[-1].own_subject() if around else None


# "... with Shelton and with McAdam": another guest of the same verb, read as a meeting of its
# own from "with" (not "and later with", "and then with": another time)
_ANOTHER_GUEST_OF_THE_VERB = re.compile(r"(?:(?:also|separately)\s+)?with\s", re.IGNORECASE)
_AND_BEFORE_ANOTHER_GUEST = re.compile(r"\band\s+$", re.IGNORECASE)


def _day_told_after_the_next_guest(document, trigger_start: int, clause_end: int):
    """ "had met separately with Shelton and with McAdam in the first week of May": where the
    stretch read for the first guest ends at "and with" another guest of the same verb, the
    first day told in the rest of the verb's clause dates both encounters; None where the
    clause tells none."""
    if not _ANOTHER_GUEST_OF_THE_VERB.match(document.text, clause_end) or not (
        _AND_BEFORE_ANOTHER_GUEST.search(document.text, max(0, clause_end - 10), clause_end)
    ):
        return None
    clause = document.clause_at(trigger_start)
    if clause is None:
        return None
    end = document.tokens[clause.last_token - 1].end
    return next(iter(document.dates_between(clause_end, end)), None)


def _own_clause_span(document, trigger_start, clause_start, clause_end) -> tuple[int, int] | None:
    """The characters of the clause the reader finds at the trigger, within the stretch the
    trigger reads (from the trigger before it to the next one)."""
    clause = document.clause_at(trigger_start)
    if clause is None:
        return None
    begin = document.tokens[clause.first_token].start
    end = document.tokens[clause.last_token - 1].end
    return max(begin, clause_start), min(end, clause_end)


def _before_a_new_subject(document, sentence, trigger_end: int, clause_end: int) -> int:
    """Where the trigger's words end: before a clause coordinated after it with a subject of its
    own ("... at a meeting of NATO ministers in Oslo, and Callaghan telephoned Hallgrimsson":
    Callaghan is the next clause's subject, not a guest of the meeting)."""
    for begin in _clauses_of_their_own(document, sentence, trigger_end, clause_end, "coordinate"):
        # (", and Callaghan telephoned"; "X, Sisi and Blinken discussed" is one list)
        if re.search(r",\s*$", document.text[sentence.start : begin]):
            return begin
    return clause_end


# ", and Kamel ": a coordinated clause opening on a subject named, not a pronoun ("and he")
_NAMED_SUBJECT_OPENING = re.compile(
    r"(?:and|but|while)?\s*(?!(?:he|she|they|it|we|I)\b)(?-i:[A-Z])", re.IGNORECASE
)


def _after_the_meeting_before(document, sentence, clause_start: int, trigger_start: int) -> int:
    """Where the words before a trigger that may tell its place begin, when a meeting was told
    before it in the sentence (`clause_start`, the end of that trigger): after that clause,
    where a clause of its own with another subject named opens ("X met Y in Cairo on Tuesday,
    and Z met W": Cairo is where X met Y, not where Z met W)."""
    begin = _before_a_new_subject(document, sentence, clause_start, trigger_start)
    if begin < trigger_start and _NAMED_SUBJECT_OPENING.match(document.text, begin):
        return begin
    return clause_start


def _before_a_clause_of_time(document, sentence, trigger_end: int, clause_end: int) -> int:
    """Where the trigger's words end before a clause of time or cause after it with a subject
    and a verb of its own ("An earlier round began on July 8 but was suspended, when President
    X died": X did not take part; he is the subject of what happened then)."""
    adverbials = _clauses_of_their_own(document, sentence, trigger_end, clause_end, "adverbial")
    return next(adverbials, clause_end)


def _followed_by_a_clause_of_time(document, sentence, trigger_end: int) -> bool:
    """ "The negotiations began after Mugabe and Tsvangirai shook hands on July 21": right after
    the trigger, a clause of time with a subject and a verb of its own."""
    begin = _before_a_clause_of_time(document, sentence, trigger_end, sentence.end)
    return bool(
        re.fullmatch(r"\s*", document.text[trigger_end:begin])
        and re.match(r"(?:after|once|when)\b", document.text[begin:], re.IGNORECASE)
    )


def _when_someone_named(document, sentence, trigger_end: int) -> bool:
    """ "The negotiations began here on Feb. 3, when Mr. Knudsen and Mr. Brown sat down with
    Mr. Lewis", "The session ended in acrimony when de Klerk accused the ANC": after the
    trigger's own phrases of place and time, a clause of time whose subject names an actor
    ("when an ANC delegation led by X", "when negotiators for the siida"; not "when the two
    sides signed", no one named)."""
    when = re.match(
        # (not "began on July 8 but was suspended the same day, when X died": what the clause
        # of time dates is the suspension)
        r"(?:(?!\b(?:but|and|was|were|had|has|is|are)\b)(?:[^;:.]|\.(?=\s+[a-z\d]))){0,120}?"
        r"\bwhen\s+",
        document.text[trigger_end : sentence.end],
    )
    if when is None:
        return False
    begin = trigger_end + when.end()
    named = next(iter(document.mentions_between(begin, sentence.end)), None)
    return named is not None and bool(
        re.fullmatch(
            r"(?:(?:the|an?|\d[\w-]*|[\w-]+-member|(?-i:[A-Z])[\w.'’-]*)\s+)*"
            r"(?:(?:negotiators|delegates|envoys|representatives|officials|delegations?"
            r"|officers|leaders)\s+(?:for|of|from)\s+(?:the\s+)?(?:[\w'’-]+(?:,\s+|\s+)){0,3})?",
            document.text[begin : named.start],
        )
    )


def _clauses_of_their_own(document, sentence, trigger_end: int, clause_end: int, kind: str):
    """Where each clause of `kind` with a subject and a verb of its own begins, between the
    trigger and the end of its clause."""
    for clause in document.clauses_of(sentence):
        begin = document.tokens[clause.first_token].start
        if (
            trigger_end < begin < clause_end
            and clause.kind == kind
            and clause.subject is not None
            and clause.verb is not None
        ):
            yield begin


def _dates_an_aside(document: Document, date) -> bool:
    """ "..., citing the downing of an airliner on July 3", "Pollard, who was jailed in 1987": a
    day told in a participle or in a relative clause dates something else than the thread the
    story follows, unless the relative clause is about talks ("talks that began on Friday")."""
    clause = document.clause_at(date.start)
    if clause is None or clause.kind not in ("relative", "participial"):
        return False
    if clause.kind == "relative":
        # ("hours of talks between the two ministers that began on Friday": the talks began)
        start = document.tokens[clause.first_token].start
        before = document.text[max(document.sentence_at(start).start, start - 80) : start]
        return not re.search(rf"\b{_MEETING_NOUNS}\b[^,;]*$", before, re.IGNORECASE)
    # "..., telling the commander at a meeting in the east on Friday that ...": a participle
    # that tells the meeting dates the thread
    start = document.tokens[clause.first_token].start
    return not re.search(
        rf"\b(?:at|during|after|following)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"{_MEETING_NOUNS}\b[^,;]*$",
        document.text[start : date.start],
        re.IGNORECASE,
    )


def _agent_of_the_passive(document: Document, start: int, clause_end: int) -> list[Mention]:
    """The actors after "by" when the trigger is the verb of a passive clause ("was received
    at the palace by Y"), not when it is an active verb or a noun."""
    clause = _verb_clause(document, start)
    if clause is None or not clause.verb.passive:
        return []
    agent = clause.agent(document.tokens)
    if agent is None:
        return []
    by = document.tokens[agent[0] - 1].end
    return _list_after(document, by, min(clause_end, document.tokens[agent[1] - 1].end))


# "A received B on Monday, and (the Prime Minister,) C saw him": what stands between the object
# of the clause before and the new subject of the coordinated one
_BEFORE_A_COORDINATED_SUBJECT = re.compile(
    r"[^;]*?,\s+and\s+(?:[^;,]{0,60},\s+)?(?:(?-i:[A-Z])[a-z]{1,3}\.\s+)?$"
)


def _object_of_the_coordinated_clause_before(document: Document, sentence_start: int, hosts):
    """ "Eden received X at the Foreign Office on Monday, and the Prime Minister, Mr. Baldwin,
    saw him at Downing Street on Tuesday": "him" in a clause with a subject of its own, joined
    by ", and", is the person the clause before named last, other than its subject; None where
    no person of the sentence stands before the hosts."""
    if not hosts or hosts[0].start <= sentence_start:
        return None
    named = [
        m
        for m in document.mentions_between(sentence_start, hosts[0].start)
        if m.ref not in {h.ref for h in hosts}
    ]
    if len(named) < 2 or not document.is_person(named[-1].ref):
        return None  # the clause before has a subject and an object, both named
    if not _BEFORE_A_COORDINATED_SUBJECT.fullmatch(document.text, named[-1].end, hosts[0].start):
        return None
    return named[-1]


def _person_the_object_pronoun_stands_for(document, sentence, start, hosts, pronoun):
    """ "Blinken landed in Cairo on Monday. Sisi received him at the palace.": the object of the
    verb before, else of the clause before, else the main clause's person, else the person the
    sentence before is about, else the person named last."""
    named = _object_of_the_verb_before(document, sentence.start, start, hosts)
    if named is None:
        named = _object_of_the_clause_before(document, sentence.start, start, hosts)
    if named is None:
        named = _person_the_main_clause_names(document, sentence.start, hosts)
    if named is None:
        named = _object_of_the_coordinated_clause_before(document, sentence.start, hosts)
    if named is None:
        # "Annan held talks with Aziz. Albright went over the text with him by telephone":
        # the person the sentence before is about, rather than the last one it names
        named = person_a_pronoun_stands_for(document, sentence.start, pronoun=pronoun)
        if named is not None and named.ref in {m.ref for m in hosts}:
            named = None
    if named is None:
        named = _person_named_before(document, sentence.start, exclude={m.ref for m in hosts})
    return [named] if named is not None else []


def _person_heading_the_object(document: Document, trigger_end: int, clause_end: int):
    """ "called the movement's ageing founder Hasan di Tiro": the person a noun phrase ends on,
    when only the words of his post stand between the verb and his name."""
    for mention in document.mentions_between(trigger_end, clause_end):
        words = document.text[trigger_end : mention.start]
        if document.is_person(mention.ref) and re.fullmatch(
            r"\s+(?:the|his|her|its|their)"
            r"(?:\s+(?!(?:and|or|but|in|on|at|to|for|with|by|from|who|which|that|of)\b)"
            r"[\w'’.-]+){1,5},?\s+",
            words,
        ):
            return [mention]
        break
    return []


# "Farah, whom the envoy had visited in Khartoum, ...", "the federation, which Mr Odhiambo saw
# in London in June, ...": a relative clause whose verb of visit has the relative pronoun for
# its object, so the one visited is the antecedent before the comma (its acronym in brackets
# may follow it); the clause's subject and auxiliaries stand between the pronoun and the verb
# ("Hamas leaders, whom the envoy met in Cairo", "the Cree claimants, whom X met": the body
# whose people the common noun after its name tells were met (t56e))
_RELATIVE_OBJECT_BEFORE = re.compile(
    r"(?:\s*\((?-i:[A-Z])[\w.'’-]{0,11}\))?"
    rf"(?:\s+(?:{_PEOPLE_OF_A_BODY}|claimants|members|delegations?))?"
    r",\s+(?:whom|which)\s+(?!(?:was|were|is|are|has|had"
    r"|have)\b)[^,;:()\"“”]{1,60}?\s+$"
)


def _antecedent_of_the_relative_object(document: Document, sentence, start: int):
    """ "X, whom Y visited in March": X, the antecedent of the relative pronoun that is the
    object of the visit told at `start`; the actor that ends right before the pronoun's comma
    (none when no actor ends there)."""
    for mention in reversed(document.mentions_between(sentence.start, start)):
        if _RELATIVE_OBJECT_BEFORE.fullmatch(document.text, mention.end, start):
            return [mention]
    return []


def _second_object_with_its_own_day(document: Document, guests, clause_end: int, lead):
    """ "seeing Arafat on the night of Oct. 18 and Sharon the next morning": after the guests
    and their day, "and" another guest list with a day of its own is a second encounter of
    the same subject, on that day. None when the clause goes on otherwise."""
    if not guests or not lead:
        return None
    days = document.dates_between(guests[-1].end, clause_end)
    # "met Adlai Stevenson, the US ambassador, on Friday and the Soviet delegate, Valerian
    # Zorin, the next day": a guest's post in apposition stands between him and his day
    described = r"(?:,\s+(?:the|a|an)\s+[^,;]{1,60},)?"
    if len(days) < 2 or not re.fullmatch(
        described + r"\s+(?:on|in|at|late|early)?[^,;]{0,30}?",
        document.text[guests[-1].end : days[0].start],
    ):
        return None
    joined = re.match(r",?\s+and\s+", document.text[days[0].end : clause_end])
    if not joined:
        return None
    second = _list_after(document, days[0].end + joined.end() - 1, clause_end)
    if (
        not second
        or not all(document.is_person(g.ref) for g in second)
        or not re.fullmatch(
            r",?\s+(?:on\s+|in\s+|at\s+)?", document.text[second[-1].end : days[1].start]
        )
    ):
        return None
    return lead + [g for g in second if g.ref not in {m.ref for m in lead}], (
        days[1].iso,
        days[1].precision,
    )


def _objects_each_with_a_place_and_a_day(document: Document, guests, clause_end: int, lead):
    """After the guests, their place and their day, further guests each with a place and a day
    of their own, joined by commas and "and": (people, (date, precision), (location id, name))
    for each after the first."""
    text = document.text
    found = []
    people = guests
    while people and lead:
        position = people[-1].end
        places = [p for p in document.places if position <= p.start < clause_end]
        days = [d for d in document.dates_between(position, clause_end) if places]
        if not places or not days:
            break
        place, day = places[0], days[0]
        if not re.fullmatch(r"\s+(?:in|at)\s+(?:the\s+)?", text[position : place.start]) or not (
            re.fullmatch(r"\s+(?:on\s+)?", text[place.end : day.start])
        ):
            break
        found.append((people, place, day))
        joined = re.match(r",\s+(?:and\s+)?|,?\s+and\s+", text[day.end : clause_end])
        if not joined:
            break
        people = _list_after(document, day.end + joined.end() - 1, clause_end)
        if not all(document.is_person(g.ref) for g in people):
            break
    return [
        (
            lead + [g for g in people if g.ref not in {m.ref for m in lead}],
            (day.iso, day.precision),
            (place.location_id, place.name),
        )
        for people, place, day in found[1:]
    ]


# The time of day a guest's place may carry before the next guest ("in The Hague over
# breakfast, Merkel in Berlin at lunchtime and ...")
_TIME_OF_DAY_AFTER_A_PLACE = re.compile(
    r"\s+(?:(?:over|at|during)\s+(?:a\s+|an\s+early\s+|a\s+working\s+)?"
    r"(?:breakfast|lunch|lunchtime|dinner|supper|midday|noon)"
    r"|(?:in|on)\s+the\s+(?:morning|afternoon|evening)"
    r"|(?:that|the\s+same|later\s+that)\s+(?:morning|afternoon|evening|night|day))\b",
    re.IGNORECASE,
)


# After the guests (and the post of the last), the hour they were met at, then "and" with
# "later" or "then": "received M. Jouhaux, and later M. Duchemin", "saw A and B, chairman of
# U.S. Steel, in the afternoon, and C after dinner"
_HOUR_OF_THE_DAY = (
    _TIME_OF_DAY_AFTER_A_PLACE.pattern + r"|\s+after\s+(?:breakfast|lunch|dinner|supper)\b"
)
_AT_ANOTHER_HOUR = re.compile(
    # ("received Blinken on Saturday, and later Kamel": the first guests' own day or place)
    r"(?:,\s+(?!and\b)[^,;]{1,60}?|(?!" + _HOUR_OF_THE_DAY + r")\s+(?:on|at|in)\s+[^,;]{1,40}?)?"
    r"(?:,?(?P<hour>" + _HOUR_OF_THE_DAY + r"))?"
    r",?\s+and\s+(?:(?P<later>later|then|afterwards)\s+)?",
    re.IGNORECASE,
)
# The hour of the second guests, after the post of the last ("and Goldberg after dinner")
_OWN_HOUR = re.compile(r"(?:,\s+[^,;]{1,60}?)?,?(?:" + _HOUR_OF_THE_DAY + r")", re.IGNORECASE)
# What may follow the second guests: the end of the clause, or their place or hour
_AFTER_THE_LATER_GUESTS = re.compile(
    r"\s*(?:[,.;]|$)|\s+(?:at|in|on|after|over|during|that)\b", re.IGNORECASE
)


def _guests_met_at_another_hour(document: Document, guests, clause_end: int, lead):
    """ "On Saturday he received M. Jouhaux, and later M. Duchemin and M. Lambert-Ribot", "saw
    Cooper and Blough in the afternoon, and McDonald and Goldberg after dinner": one verb, and a
    second list of people its subject met apart from the first, later the same day, told by
    "later" or "then" or by an hour after each list. The subject and the second people, or
    None (not "received A, and later B announced ...", a new clause, nor "met A in the
    afternoon, and B", with no hour of its own)."""
    if not guests or not lead:
        return None
    text = document.text
    joined = _AT_ANOTHER_HOUR.match(text, guests[-1].end, clause_end)
    if not joined or not (joined.group("hour") or joined.group("later")):
        return None
    second = _list_after(document, joined.end() - 1, clause_end)
    post = second and re.match(
        r",?\s+and\s+(?:the|a|an|his|her|their|[\w'’-]+['’]s)\s+[^,;]{1,60}?,\s+",
        text[second[-1].end : clause_end],
    )
    if post:
        # "and McDonald and the union's general counsel, Arthur J. Goldberg,": a post, then
        # the name of its holder
        holder = next(
            (m for m in document.mentions if m.start == second[-1].end + post.end()), None
        )
        if holder is not None and document.is_person(holder.ref):
            second = [*second, holder]
    met = {g.ref for g in guests + lead}
    if (
        not second
        or not all(document.is_person(g.ref) for g in second)
        or any(g.ref in met for g in second)
        or not _AFTER_THE_LATER_GUESTS.match(text, second[-1].end, clause_end)
    ):
        return None
    if not joined.group("later") and not _OWN_HOUR.match(text, second[-1].end, clause_end):
        return None  # "..., in the afternoon, and McDonald": no hour of its own
    return lead + second


def _further_objects_each_with_its_own_place(document: Document, guests, clause_end: int, lead):
    """ "meeting Tudjman in Zagreb and Izetbegovic in Sarajevo", "received by Tudjman in Zagreb
    and by Izetbegovic in Sarajevo", "met Rutte in The Hague over breakfast, Merkel in Berlin at
    lunchtime and Tusk and Juncker in Brussels that evening": after the guests and their place
    (and its time of day), further people each with a place of their own, joined by commas and
    "and", are further encounters of the same subject. For each after the first: (the people
    met with the subject, (location id, name), the day its time of day names or None)."""
    if not guests or not lead:
        return []
    text = document.text
    found = []
    people = guests
    while people:
        position = people[-1].end
        place = next((p for p in document.places if position <= p.start < clause_end), None)
        if place is None or not re.fullmatch(
            r"\s+(?:in|at)\s+(?:the\s+)?", text[position : place.start], re.IGNORECASE
        ):
            break
        end = place.end
        time = _TIME_OF_DAY_AFTER_A_PLACE.match(text, end, clause_end)
        day = None
        if time:
            end = time.end()
            days = document.dates_between(time.start(), end)
            day = (days[0].iso, days[0].precision) if days else None
        found.append((people, (place.location_id, place.name), day))
        # "was received by Zia in Islamabad and by Najibullah in Kabul": the second agent too
        joined = re.match(r",?\s+and\s+(?:by\s+)?|,\s+(?:by\s+)?", text[end:clause_end])
        if not joined:
            break
        people = _list_after(document, end + joined.end() - 1, clause_end)
        if not people or not all(document.is_person(g.ref) for g in people):
            break
    return [
        (lead + [g for g in met if g.ref not in {m.ref for m in lead}], where, day)
        for met, where, day in found[1:]
    ]


def _subject_of_the_clause_at(document: Document, offset: int) -> list[Mention]:
    """The actors of the subject of the clause holding the offset, a group included ("The two
    men announced the deal after a telephone call": the two men named before)."""
    clause = document.clause_at(offset)
    chars = char_span(document.tokens, clause.own_subject()) if clause is not None else None
    if chars is None:
        return []
    group = _group_reference_at(document, chars[0], chars[1], after=False)
    return group if group is not None else _actors_in(document, clause.own_subject())


def _dates_of_the_sentence(document: Document, sentence, trigger_start: int) -> list:
    """The dates the sentence gives, without those of its relative clauses about something
    else (README, "Meetings")."""
    asides = _relative_clauses_about_something_else(document, sentence, trigger_start)
    return [
        d
        for d in document.dates_between(sentence.start, sentence.end)
        if not any(begin <= d.start < finish for begin, finish in asides)
    ]


def _they_stand_for(document: Document, offset: int) -> list[Mention]:
    """The actors "they" stands for when it is the subject of the trigger's clause: the subject
    of the clause it depends on, else of the clause before it in the sentence ("the three
    delegations settled on 27 months when they met again"; "X and Y disagreed, but they met"),
    two at least, a group included."""
    clause = _verb_clause(document, offset)
    if clause is None or not _subject_is_they(document, clause):
        return []
    sentence = document.sentence_at(offset)
    earlier = [
        c
        for c in reversed(document.clauses_of(sentence))
        if c.first_token < clause.first_token and c.verb is not None and c is not clause.parent
    ]
    for other in ([clause.parent] if clause.parent is not None else []) + earlier[:1]:
        chars = char_span(document.tokens, other.own_subject())
        if chars is None:
            continue
        group = _group_reference_at(document, chars[0], chars[1], after=False)
        found = group if group is not None else _actors_in(document, other.own_subject())
        paired = re.match(r"(he|she)\s+and\s", document.text[chars[0] :], re.I)
        if len(found) == 1 and paired:
            # "He and Hamdok took a step in Addis Ababa, where they met": "he" is the person
            # the sentence before is about
            named = person_a_pronoun_stands_for(document, sentence.start, pronoun=paired.group(1))
            if named is not None and named.ref != found[0].ref:
                found = [named, *found]
        if len(found) >= 2:
            return found
    if not earlier and clause.parent is None and _opens_on_they(document, sentence):
        # "The two men were at pains on Saturday to show the rift had been patched. They met in
        # the hall": opening its sentence, the subject of the sentence before
        before = [s for s in document.sentences if s.end <= sentence.start]
        first = (
            next((c for c in document.clauses_of(before[-1]) if c.verb is not None), None)
            if before
            else None
        )
        chars = char_span(document.tokens, first.own_subject()) if first is not None else None
        if chars is not None:
            group = _group_reference_at(document, chars[0], chars[1], after=False)
            found = group if group is not None else _actors_in(document, first.own_subject())
            if len(found) >= 2:
                return found
    return []


def _subject_is_they(document: Document, clause) -> bool:
    """The clause's subject is "they", or "they" after a date the parser took into it ("Ten
    days later they were back")."""
    subject = document.span_text(clause.own_subject())
    if subject.lower() == "they":
        return True
    chars = char_span(document.tokens, clause.own_subject())
    if chars is None or not re.search(r"\sthey$", subject):
        return False
    return any(
        date.start == chars[0] and re.fullmatch(r"[,\s]*they", document.text[date.end : chars[1]])
        for date in document.dates_between(chars[0], chars[1])
    )


# "The two sides met again on Friday", "Both delegations met again": the sides opening the
# sentence, met once more
_SIDES_OPENING = re.compile(
    r"(?:(?:on|in|later)\s+[^,;]{0,30}?,?\s+)?(?:the|both)\s+(?:two\s+)?(?:sides|parties"
    r"|delegations|teams"
    # "X was received by Y at his lodgings in the Rue Z. The two men met again on Wednesday":
    # the pair of people just told meeting, not the last two names (a street among them)
    r"|(?<=two\s)(?:men|women|leaders|ministers|envoys|negotiators))\s+(?:(?:"
    + _ADVERBS
    + r")\s+)?",
    re.IGNORECASE,
)
_TWO_PEOPLE_OPENING = re.compile(
    r"(?:(?:on|in|later)\s+[^,;]{0,30}?,?\s+)?the\s+two\s+(?:men|women|leaders|ministers"
    r"|envoys|negotiators)\s+(?:(?:" + _ADVERBS + r")\s+)?",
    re.IGNORECASE,
)


def _sides_met_again(document: Document, sentence, trigger, found) -> list[Mention]:
    """ "X met Y, Z and W in Johannesburg on Wednesday. The two sides met again on Friday":
    the sides that meet "again" are the people of the meeting the sentence before told, who
    stood for them (not the last two bodies named, a venue's owner among them). Empty unless
    the sentence opens on the sides and the sentence before told a meeting."""
    if not found or not trigger.group("met"):
        return []
    start = sentence.start + trigger.start()
    if not _SIDES_OPENING.fullmatch(document.text, sentence.start, start):
        return []
    if not re.match(r"\s+again\b", document.text[sentence.start + trigger.end() :]):
        return []
    before = [s for s in document.sentences if s.end <= sentence.start]
    if (
        not before
        or not (
            before[-1].start <= found[-1].start < before[-1].end
            # "The Finnish delegation ... met Molotov on Friday. At that meeting Molotov refused
            # ... . The two delegations met again on Sunday": the last meeting told in the same
            # paragraph, with no other between
            or (
                found[-1].start < before[-1].start
                and "\n" not in document.text[found[-1].start : sentence.start]
            )
        )
    ):
        return []
    if _TWO_PEOPLE_OPENING.fullmatch(document.text, sentence.start, start) and not (
        len(found[-1].participants) == 2
        and all(document.is_person(p.ref) for p in found[-1].participants)
    ):
        return []  # "the two men" are the pair of people just told meeting, or others
    return list(found[-1].participants)


def _opens_on_they(document: Document, sentence) -> bool:
    """ "They met in the hall", "Ten days later they were back", "On Tuesday, they met": "they"
    opens the sentence, after a date at most."""
    they = re.match(r"(?P<lead>[^;:\"“]{0,40}?)[,\s]*\b[Tt]hey\b", document.text[sentence.start :])
    if they is None:
        return False
    lead_end = sentence.start + len(they.group("lead").rstrip(", "))
    return lead_end == sentence.start or any(
        date.start == sentence.start
        or re.fullmatch(r"(?:on|in|at)\s+", document.text[sentence.start : date.start], re.I)
        for date in document.dates_between(sentence.start, lead_end)
        if date.end == lead_end
    )


# Verbs that govern the meeting verb without telling it happened: "agreed to meet", "failed to
# meet", "is expected to hold talks", "has yet to meet".
_UNREALISED = {
    "plan", "expect", "hope", "want", "seek", "try", "offer", "propose", "promise", "threaten",
    "refuse", "decline", "intend", "aim", "fail", "agree", "vow", "pledge", "prepare", "wait",
    "set", "attempt", "decide",
}  # fmt: skip
# Verbs that stop talks rather than hold them: "had suspended talks between the generals".
_CALLED_OFF = {
    "suspend", "halt", "postpone", "cancel", "boycott", "abandon", "freeze", "skip", "scrap",
    "shelve", "delay", "quit", "adjourn",
}  # fmt: skip


def _verb_tells_no_meeting_held(document: Document, offset: int) -> bool:
    """The trigger is the verb of a clause the reader finds negated ("has not since met"),
    modal ("would meet", "could hold talks"), governed by a verb of intending, trying or
    failing ("agreed in principle to meet", "has yet to meet"), or a verb that stops talks
    ("had suspended talks between"): no meeting told as held."""
    clause = _verb_clause(document, offset)
    if clause is None:
        return False
    verb = clause.verb
    governing = verb.lemmas[:-1] if len(verb.lemmas) > 1 else ()
    if clause.kind == "infinitive" and clause.parent is not None and clause.parent.verb:
        # "agreed in principle on Tuesday to meet": the verb the infinitive depends on
        governing = (*clause.parent.verb.lemmas, *governing)
    group = document.span_text((verb.first_token, verb.last_token)).lower()
    before = document.text[document.sentence_at(offset).start : offset]
    return (
        verb.negated
        # "who has not since the war met Y": the negated auxiliary stands apart from the verb
        or bool(
            re.search(
                r"\b(?:has|have|had|did|does|do|is|are|was|were)\s+(?:not|never)\b[^,;]{0,40}$",
                before,
            )
        )
        or verb.modal is not None
        # "Oman, which has long hosted Houthi officials": a habit over the years, not an
        # encounter on a day
        or bool(
            re.search(
                r"\b(?:has|have)\s+(?:long|often|regularly|frequently|repeatedly)\s+$", before
            )
        )
        or any(lemma in _UNREALISED for lemma in governing)
        or verb.lemmas[-1] in _CALLED_OFF
        or bool(re.search(r"\b(?:yet|due|set|poised|about)\s+to\b", group))
    )


# "was to have been held", "were supposed to have opened", "is meant to resume": arranged,
# not told as held
_ARRANGED_NOT_HELD = re.compile(
    r"\b(?:is|are|was|were)\s+(?:(?:supposed|meant|due|scheduled|set|expected)\s+)?to\s+"
    r"(?:have\s+)?(?:been\s+|be\s+)?(?:\w+ly\s+)?(?:held|hold|take|taken|took|open|opened"
    r"|begin|begun|start|started|resume|resumed|convene|convened|meet|met)\b",
    re.IGNORECASE,
)


def _subject_of_an_unrealised_verb(document: Document, offset: int) -> bool:
    """ "The summit between X and Y was to have been held in May", "Talks with Z were supposed
    to open on Sunday": a meeting noun in the subject of a verb that tells it was arranged, not
    that it was held."""
    clause = document.clause_at(offset)
    if clause is None or clause.verb is None:
        return False
    index = _token_index(document, offset)
    if clause.verb.first_token <= index:
        return False  # the trigger is the verb or stands after it
    verb_end = document.tokens[clause.verb.last_token - 1].end
    start = document.tokens[clause.verb.first_token].start
    return bool(_ARRANGED_NOT_HELD.match(document.text, start, verb_end + 20))


def _framing_clause_span(document: Document, offset: int) -> tuple[int, int] | None:
    """The characters of the clause an adverbial clause ("when ...", "after ...") holding the
    offset depends on, when it stands before it in the sentence."""
    clause = document.clause_at(offset)
    if clause is None or clause.kind != "adverbial" or clause.parent is None:
        return None
    parent = clause.parent
    if parent.first_token >= clause.first_token or parent.last_token <= parent.first_token:
        return None
    return (
        document.tokens[parent.first_token].start,
        document.tokens[min(parent.last_token, clause.first_token) - 1].end,
    )
