"""The article as data: plain structures the loader turns into records.

Every fact comes from the AFP article of 10 June 2024 (the design notes' seed text), except
phases 2 and 3 of the May 31 plan, which come from President Biden's announcement of that day,
as domain.md says. Nothing is invented: where the sources give no date, the field stays blank.
Records refer to each other by natural key (an actor's slug, a location's name).
"""

import datetime

from negotiations.models import (
    Actor,
    DatePrecision,
    Event,
    Location,
    Mediator,
    NegotiationProcess,
    Participant,
    Proposal,
    Provision,
    Response,
    Source,
    Statement,
    TripStop,
)

ARTICLE_DATE = datetime.date(2024, 6, 10)
ANNOUNCEMENT_DATE = datetime.date(2024, 5, 31)

# The seed text has no headline; the title paraphrases its first sentence.
ARTICLE = {
    "title": "Blinken lands in Israel to promote Gaza truce and hostage release plan",
    "publisher": "AFP",
    "published_on": ARTICLE_DATE,
    "language": "en",
    "excerpt": (
        "In closed-door talks also attended by Egyptian intelligence chief Abbas Kamel, Sisi and "
        "Blinken discussed “joint efforts to reach a ceasefire and hostage-prisoner exchange” "
        "deal, according to a statement from the presidency."
    ),
    # B2: a wire agency is usually reliable, and the article attributes its facts (a presidency
    # statement, Blinken speaking to reporters) without confirming them independently.
    "reliability": Source.Reliability.B,
    "credibility": Source.Credibility.PROBABLY_TRUE,
}

# Phases 2 and 3 of the plan rest on this source alone. No excerpt: the demo quotes only text
# it holds, and the seed holds the article, not the transcript.
BIDEN_REMARKS = {
    "title": "Remarks by President Biden on the Middle East",
    "publisher": "The White House",
    "published_on": ANNOUNCEMENT_DATE,
    "language": "en",
    # B2: the plan's own announcer is authoritative on what it proposes, but a party to the talks,
    # and phases 2 and 3 are not confirmed by a second source.
    "reliability": Source.Reliability.B,
    "credibility": Source.Credibility.PROBABLY_TRUE,
}

STATE, PERSON = Actor.Kind.STATE, Actor.Kind.PERSON

ACTORS = [
    {
        "slug": "united-states",
        "name": "United States",
        "kind": STATE,
        "short_name": "US",
        "country": "US",
    },
    {
        "slug": "egypt",
        "name": "Egypt",
        "kind": STATE,
        "country": "EG",
        "description": (
            "The first Arab state to recognize Israel and sign a peace treaty with it, "
            "in 1979; mediates between Hamas and Israel with the US and Qatar."
        ),
    },
    {"slug": "israel", "name": "Israel", "kind": STATE, "country": "IL"},
    {
        "slug": "qatar",
        "name": "Qatar",
        "kind": STATE,
        "country": "QA",
        "description": "Mediates between Hamas and Israel with Egypt and the US.",
    },
    {"slug": "jordan", "name": "Jordan", "kind": STATE, "country": "JO"},
    # A political movement, as the article calls it ("Palestinian Islamist movement"): it is a
    # party to the talks through its political leadership. Its armed wing, where analysts need
    # it, is a child actor of kind armed group. No country code: it is not a state's body.
    {
        "slug": "hamas",
        "name": "Hamas",
        "kind": Actor.Kind.POLITICAL_MOVEMENT,
        "aliases": ["Islamic Resistance Movement"],
        "description": (
            "Palestinian Islamist movement, at war with Israel since early October 2023."
        ),
    },
    {"slug": "antony-blinken", "name": "Antony Blinken", "kind": PERSON, "short_name": "Blinken"},
    {"slug": "joe-biden", "name": "Joe Biden", "kind": PERSON, "short_name": "Biden"},
    {
        "slug": "abdel-fattah-al-sisi",
        "name": "Abdel Fattah al-Sisi",
        "kind": PERSON,
        "short_name": "Sisi",
    },
    {
        "slug": "benjamin-netanyahu",
        "name": "Benjamin Netanyahu",
        "kind": PERSON,
        "short_name": "Netanyahu",
    },
    {"slug": "abbas-kamel", "name": "Abbas Kamel", "kind": PERSON, "short_name": "Kamel"},
    {
        "slug": "egypt-general-intelligence-directorate",
        "name": "General Intelligence Directorate",
        "kind": Actor.Kind.GOVERNMENT_BODY,
        "short_name": "GID",
        "country": "EG",
        "parent": "egypt",
        "description": "Egypt's intelligence service.",
    },
]

POSITIONS = [
    # The start date is domain.md's; the article names the post, not when it began.
    {
        "person": "antony-blinken",
        "organization": "united-states",
        "title": "Secretary of State",
        "start": datetime.date(2021, 1, 26),
    },
    {"person": "joe-biden", "organization": "united-states", "title": "President"},
    {"person": "abdel-fattah-al-sisi", "organization": "egypt", "title": "President"},
    {"person": "benjamin-netanyahu", "organization": "israel", "title": "Prime Minister"},
    {
        "person": "abbas-kamel",
        "organization": "egypt-general-intelligence-directorate",
        "title": "Intelligence chief",
    },
]

CITY, CROSSING = Location.Kind.CITY, Location.Kind.BORDER_CROSSING

LOCATIONS = [
    # name, kind, country code, latitude, longitude
    ("Cairo", CITY, "EG", "30.04442", "31.23571"),
    # No country code: the city's status is contested, and a code would take a side.
    ("Jerusalem", CITY, "", "31.76904", "35.21633"),
    # On the border between Egypt and Gaza: it belongs to neither side alone.
    ("Rafah crossing", CROSSING, "", "31.24690", "34.25940"),
    ("Amman", CITY, "JO", "31.95522", "35.94503"),
    ("Doha", CITY, "QA", "25.28545", "51.53104"),
]

PROCESS = {
    "slug": "gaza-ceasefire-and-hostage-release-negotiations",
    "title": "Gaza ceasefire and hostage-release negotiations",
    "summary": (
        "Talks for a ceasefire in Gaza and an exchange of hostages and prisoners between Israel "
        "and Hamas. Egypt, Qatar and the United States mediate; their efforts have repeatedly "
        "floundered."
    ),
    "status": NegotiationProcess.Status.ACTIVE,
    # The two sides at war whose ceasefire is sought ("a much awaited Gaza ceasefire between
    # Israel and Hamas"), each its own side; the article dates neither's place at the table.
    "parties": [("israel", "Israel"), ("hamas", "Hamas")],
    # The article dates no start; it shows the talks under way when the May 31 plan was
    # announced as their latest proposal, so that is the earliest date the demo can log.
    "status_log": {
        "changed_on": ANNOUNCEMENT_DATE,
        "note": (
            "Under way when the May 31 plan was announced as the latest proposal; the "
            "article does not say when the talks began."
        ),
    },
}

MEDIATORS = [
    {
        "actor": slug,
        "role": Mediator.Role.MEDIATOR,
        "notes": (
            "Engaged with the others in mediation efforts between Hamas and Israel that have "
            "repeatedly floundered."
        ),
    }
    for slug in ("egypt", "qatar", "united-states")
]

CEASEFIRE, WITHDRAWAL = Provision.Topic.CEASEFIRE, Provision.Topic.WITHDRAWAL
HOSTAGES, RECONSTRUCTION = Provision.Topic.HOSTAGES, Provision.Topic.RECONSTRUCTION

PROPOSAL = {
    "slug": "may-31-plan",
    "title": "May 31 three-phase plan",
    "short_name": "May 31 plan",
    "announced_on": ANNOUNCEMENT_DATE,
    "announced_by": "joe-biden",
    # The article presents it as the plan the US President announced and his Secretary of State
    # tours the region to promote; whatever other parties shaped it, it is put forward by the US.
    "authors": ["united-states"],
    "status": Proposal.Status.TABLED,
    "summary": (
        "A ceasefire proposal announced on May 31 by US President Joe Biden: Israel would "
        "withdraw from Gaza population centers and Hamas would free hostages as fighting halts "
        "for an initial six weeks, with the truce extended as negotiators seek a permanent end "
        "to hostilities."
    ),
    "status_log": {
        "changed_on": ANNOUNCEMENT_DATE,
        "note": "Announced by US President Joe Biden.",
    },
    "phases": [
        {
            "number": 1,
            "title": "Initial ceasefire",
            "duration_days": 42,
            "summary": "Fighting halts for an initial six weeks.",
            "provisions": [
                (CEASEFIRE, "Fighting halts for an initial six weeks."),
                (WITHDRAWAL, "Israel withdraws from Gaza population centers."),
                (HOSTAGES, "Hamas frees hostages."),
                (
                    CEASEFIRE,
                    "The truce is extended as negotiators seek a permanent end to hostilities.",
                ),
            ],
        },
        # The article gives phase 1 only; phases 2 and 3 are from Biden's announcement, which
        # the proposal cites. Their durations are not given: left blank.
        {
            "number": 2,
            "title": "Permanent end of hostilities",
            "duration_days": None,
            "summary": (
                "A permanent end of hostilities, the release of all remaining living "
                "hostages and full withdrawal."
            ),
            "provisions": [
                (CEASEFIRE, "A permanent end of hostilities."),
                (HOSTAGES, "Release of all remaining living hostages."),
                (WITHDRAWAL, "Full withdrawal of Israeli forces from Gaza."),
            ],
        },
        {
            "number": 3,
            "title": "Reconstruction",
            "duration_days": None,
            "summary": "Gaza's reconstruction and the return of hostages' remains.",
            "provisions": [
                (RECONSTRUCTION, "Reconstruction of Gaza."),
                (HOSTAGES, "Return of the remains of hostages who were killed."),
            ],
        },
    ],
}

HAMAS_RESPONSE = {
    "respondent": "hamas",
    "status": Response.Status.PENDING,
    "requested_on": ANNOUNCEMENT_DATE,
    "summary": "Hamas has not formally responded to the plan.",
    "status_log": {
        "changed_on": ANNOUNCEMENT_DATE,
        "note": "Hamas has not formally responded to the plan.",
    },
}

TRIP = {
    "traveller": "antony-blinken",
    "title": "Blinken's eighth visit to the region since the war began",
    "ordinal": 8,
    "start": ARTICLE_DATE,
    "purpose": (
        "To gather support for the ceasefire proposal announced on May 31 by US "
        "President Joe Biden."
    ),
    # Only the countries of the last two stops are named; their capitals stand for them.
    "stops": [
        (1, "Cairo", ARTICLE_DATE, TripStop.Status.DONE),
        (2, "Jerusalem", ARTICLE_DATE, TripStop.Status.DONE),
        (3, "Amman", None, TripStop.Status.PLANNED),
        (4, "Doha", None, TripStop.Status.PLANNED),
    ],
}

HOST, GUEST, ATTENDEE = Participant.Role.HOST, Participant.Role.GUEST, Participant.Role.ATTENDEE

MEETINGS = [
    {
        "title": "Blinken meets al-Sisi in Cairo",
        "location": "Cairo",
        "closed_door": True,
        "summary": (
            "In closed-door talks also attended by Egyptian intelligence chief Abbas Kamel, "
            "Sisi and Blinken discussed “joint efforts to reach a ceasefire and "
            "hostage-prisoner exchange” deal, according to a statement from the presidency. "
            "The two had also been expected to discuss plans to reopen the Rafah border "
            "crossing between Egypt and Gaza."
        ),
        "outcome": "Blinken said he had a “very good exchange” with Sisi.",
        "participants": [
            ("antony-blinken", GUEST),
            ("abdel-fattah-al-sisi", HOST),
            ("abbas-kamel", ATTENDEE),
        ],
    },
    {
        "title": "Blinken meets Netanyahu in Jerusalem",
        "location": "Jerusalem",
        "summary": (
            "Blinken arrived in Israel for talks with Prime Minister Benjamin Netanyahu, "
            "to promote the Gaza truce and hostage release plan."
        ),
        "participants": [("antony-blinken", GUEST), ("benjamin-netanyahu", HOST)],
    },
]

# None is tied to a meeting: Blinken spoke "to reporters before leaving Cairo", after his talks
# with al-Sisi, and the presidency's readout gives an account of the talks, not words said at
# them; the article places no quote inside a meeting.
# Four statements, the words exactly as the article quotes them. Blinken's “press Hamas” is a
# fragment of his fuller “if you want a ceasefire, press Hamas to say yes”, stored once whole.
STATEMENTS = [
    # The presidency's account of the meeting, not al-Sisi's own words: the state speaks.
    {
        "speaker": "egypt",
        "kind": Statement.Kind.READOUT,
        "text": "joint efforts to reach a ceasefire and hostage-prisoner exchange",
        "audience": "statement from the presidency",
        "about_proposal": False,
    },
    {
        "speaker": "antony-blinken",
        "kind": Statement.Kind.QUOTE,
        "text": "very good exchange",
        "audience": "reporters in Cairo",
        "about_proposal": False,
    },
    {
        "speaker": "antony-blinken",
        "kind": Statement.Kind.QUOTE,
        "text": (
            "Deal or no deal, it remains absolutely essential that we get more aid to "
            "Palestinians who need it."
        ),
        "audience": "reporters in Cairo",
        "about_proposal": False,
    },
    {
        "speaker": "antony-blinken",
        "kind": Statement.Kind.QUOTE,
        "text": "if you want a ceasefire, press Hamas to say yes",
        "audience": "regional governments",
        "about_proposal": True,
    },
]

EVENTS = [
    # "Since war broke out in early October", eight months before June 2024.
    {
        "title": "War breaks out between Israel and Hamas",
        "kind": Event.Kind.MILITARY,
        "date": datetime.date(2023, 10, 1),
        "date_precision": DatePrecision.MONTH,
        "description": "War broke out in early October 2023.",
        "location": None,
        "actors": ["israel", "hamas"],
        "in_process": True,
    },
    # "Closed for a month since Israeli troops seized its Palestinian side", as of 10 June.
    {
        "title": "Israeli troops seize the Palestinian side of the Rafah crossing",
        "kind": Event.Kind.BORDER_CROSSING,
        "date": datetime.date(2024, 5, 1),
        "date_precision": DatePrecision.MONTH,
        "description": (
            "The crossing, a key conduit for aid into the besieged territory, has been "
            "closed since."
        ),
        "location": "Rafah crossing",
        "actors": ["israel"],
        "in_process": True,
    },
    # Background to Egypt's role, not a step of these talks.
    {
        "title": "Egypt–Israel peace treaty",
        "kind": Event.Kind.POLITICAL,
        "date": datetime.date(1979, 1, 1),
        "date_precision": DatePrecision.YEAR,
        "description": (
            "Egypt, the first Arab state to recognize Israel, signs a peace treaty with it."
        ),
        "location": None,
        "actors": ["egypt", "israel"],
        "in_process": False,
    },
]
