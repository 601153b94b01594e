"""A grid of plain answers (docs/intake.md, "Fifty-third round"): each verb of a status, told of
a state answering a plan and of a company answering a deal, with the text named several ways and
the day in several places, every sentence an article of its own; then harder shapes (passives,
two subjects, participles, relative clauses, answers told as nouns). Each sentence must be
drafted as its subject's answer to the recorded text, so that a rule written for one article
that breaks a plain answer elsewhere fails here by name. (A bare "the plan" in an article that
names no plan before is left out: nothing pins it down.)"""

import datetime
import itertools

import pytest

from negotiations.intake.evaluation import create_known
from negotiations.intake.extract import draft_candidates

DAY = datetime.date(2021, 6, 4)  # a Friday
DATELINE = "ADDIS ABABA, June 4 (Reuters) - "
PLAN = "African Union peace plan for the border"
DEAL = "Rio Tinto-Chinalco strategic partnership"
KNOWN = {
    "actors": [
        {"name": "Ethiopia", "kind": "state", "country": "ET"},
        {"name": "Eritrea", "kind": "state", "country": "ER"},
        {"name": "African Union", "kind": "international_org", "short_name": "AU"},
        {"name": "Rio Tinto", "kind": "company", "short_name": "Rio"},
        {"name": "Aluminum Corp of China", "kind": "company", "short_name": "Chinalco"},
    ],
    "proposals": [
        {"title": PLAN, "short_name": "AU peace plan", "announced_by": "African Union"},
        {"title": DEAL, "short_name": "Chinalco deal"},
    ],
}
# the party answering, the recorded text it answers, and ways an article names that text
SCENES = {
    "state": (
        "Ethiopia",
        PLAN,
        [
            "the AU peace plan",
            "the African Union peace plan",
            "the peace plan",
            "the African Union's peace plan",
            "the AU's plan for the border",
        ],
    ),
    "company": (
        "Rio Tinto",
        DEAL,
        [
            "the Chinalco deal",
            "its deal with Chinalco",
            "the deal",
            "the strategic partnership",
            "the Rio Tinto-Chinalco strategic partnership",
            "its $19.5 billion deal with Chinalco",
        ],
    ),
}
VERBS = {
    "accepted": [
        "accepted {P}",
        "agreed to {P}",
        "signed {P}",
        "approved {P}",
        "endorsed {P}",
        "backed {P}",
        "gave its approval to {P}",
        "said yes to {P}",
        "has accepted {P}",
        "formally accepted {P}",
        "put its signature to {P}",
        "signed up to {P}",
    ],
    "rejected": [
        "rejected {P}",
        "turned down {P}",
        "refused {P}",
        "dismissed {P}",
        "spurned {P}",
        "balked at {P}",
        "has rejected {P}",
        "said no to {P}",
        "threw out {P}",
        "flatly rejected {P}",
    ],
    "withdrawn": [
        "walked away from {P}",
        "pulled out of {P}",
        "abandoned {P}",
        "backed out of {P}",
        "withdrew from {P}",
        "scrapped {P}",
        "tore up {P}",
        "terminated {P}",
    ],
    "pending": [
        "has yet to respond to {P}",
        "has not responded to {P}",
        "is still studying {P}",
        "did not say whether it would accept {P}",
        "has not said whether it will back {P}",
        "has not yet answered {P}",
        "is still considering {P}",
        "has not replied to {P}",
    ],
}
# where the day goes; after "said ... it had" a verb takes its participle
PLACES = [
    "{S} {V}.",
    "{S} {V} on Friday.",
    "{S} on Friday {V}.",
    "On Friday, {S} {V}.",
    "{S} said on Friday it had {V}.",
]
PARTICIPLES = {"gave": "given", "threw": "thrown", "withdrew": "withdrawn", "tore": "torn"}
# harder shapes, each with its status; {Pc} is the reference opening a sentence, "both:" asks the
# answer of Ethiopia and Eritrea each (the state scene only)
SHAPES = {
    "a day inside a phrasal verb": [
        ("{S} walked away on Friday from {P}.", "withdrawn"),
        ("{S} pulled out on Friday of {P}.", "withdrawn"),
        ("{S} backed out on Friday of {P}.", "withdrawn"),
        ("{S} walked away last week from {P}.", "withdrawn"),
        ("{S} walked away abruptly from {P}.", "withdrawn"),
        ("{S} signed on Friday up to {P}.", "accepted"),
        ("{S} signed up on Friday to {P}.", "accepted"),
    ],
    "a passive": [
        ("{Pc} was rejected by {S}.", "rejected"),
        ("{Pc} was rejected by {S} on Friday.", "rejected"),
        ("{Pc} was accepted by {S}.", "accepted"),
        ("{Pc} was approved by {S} on Friday.", "accepted"),
        ("{Pc} was turned down by {S}.", "rejected"),
        ("{Pc} was endorsed by {S} on Friday.", "accepted"),
        ("{Pc} has been rejected by {S}.", "rejected"),
        ("On Friday, {P} was signed by {S}.", "accepted"),
    ],
    "two subjects": [
        ("Ethiopia and Eritrea signed {P}.", "both:accepted"),
        ("Both Ethiopia and Eritrea accepted {P}.", "both:accepted"),
        ("Ethiopia and Eritrea on Friday rejected {P}.", "both:rejected"),
        ("Ethiopia and Eritrea have both accepted {P}.", "both:accepted"),
        ("On Friday, Ethiopia and Eritrea signed {P}.", "both:accepted"),
        ("Neither Ethiopia nor Eritrea has said whether it will accept {P}.", "both:pending"),
        ("Neither Ethiopia nor Eritrea has responded to {P}.", "both:pending"),
    ],
    "an answer told as a noun": [
        ("{S}'s rejection of {P} surprised diplomats.", "rejected"),
        ("{S}'s acceptance of {P} was welcomed by diplomats.", "accepted"),
        ("{S}'s withdrawal from {P} surprised investors.", "withdrawn"),
        ("{S}'s approval of {P} came on Friday.", "accepted"),
    ],
    "a participle or a relative clause": [
        ("{Pc}, signed by {S} on Friday, sets out a timetable.", "accepted"),
        ("{Pc}, rejected by {S} on Friday, sets out a timetable.", "rejected"),
        ("{Pc}, which {S} signed on Friday, sets out a timetable.", "accepted"),
        ("{Pc}, which {S} rejected on Friday, sets out a timetable.", "rejected"),
        ("{S}, which rejected {P} on Friday, said it wanted new talks.", "rejected"),
        ("{S}, which accepted {P} on Friday, said it wanted new talks.", "accepted"),
        ("{S}, which has signed {P}, said it wanted new talks.", "accepted"),
        ("{S}, which walked away from {P} on Friday, said it wanted new talks.", "withdrawn"),
    ],
    "other wordings": [
        ("{S} signed off on {P}.", "accepted"),
        ("{S} inked {P} on Friday.", "accepted"),
        ("{S} put its name to {P}.", "accepted"),
        ("{S} said on Friday it accepted {P}.", "accepted"),
        ("{S} came out against {P}.", "rejected"),
        ("{S} voted down {P}.", "rejected"),
        ("{S} said it would not accept {P}.", "rejected"),
        ("{S} said on Friday it would not sign {P}.", "rejected"),
        ("{S} refused to sign {P}.", "rejected"),
        ("{S} refused to accept {P}.", "rejected"),
        ("{S} asked for time to study {P}.", "pending"),
        ("{S} said it was studying {P}.", "pending"),
        ("{S} said it needed more time to study {P}.", "pending"),
        ("{S} has not decided whether to accept {P}.", "pending"),
    ],
}


def grid_sentences(scene, status, verb):
    subject, _text, references = SCENES[scene]
    for reference, place in itertools.product(references, PLACES):
        if place.startswith("{S} said") and verb.startswith(("has ", "is ", "did ")):
            continue
        if status == "pending" and place in ("{S} {V} on Friday.", "{S} on Friday {V}."):
            continue  # "has not replied to the plan on Friday" is not English
        told = verb.format(P=reference)
        if place.startswith("{S} said"):
            first, _, rest = told.partition(" ")
            told = " ".join(filter(None, [PARTICIPLES.get(first, first), rest]))
        yield DATELINE + place.format(S=subject, V=told)


def shape_sentences(scene, template):
    subject, _text, references = SCENES[scene]
    for reference in references:
        if "{Pc}" in template and reference.startswith("its "):
            continue  # "Its deal with Chinalco, signed by Rio Tinto, ..." is not English
        capitalised = reference[0].upper() + reference[1:]
        yield DATELINE + template.format(S=subject, P=reference, Pc=capitalised)


def drafted_right(sentence, subjects, text, status):
    drafted = {
        ((signal["respondent"] or {}).get("name"), (signal["proposal"] or {}).get("name"))
        for signal in draft_candidates(sentence, DAY)["status_signals"]
        if signal["status"] == status
    }
    return all((subject, text) in drafted for subject in subjects)


@pytest.fixture
def recorded(db):
    create_known(KNOWN, DAY)


@pytest.mark.parametrize(
    ("scene", "status", "verb"),
    [
        (scene, status, verb)
        for scene in SCENES
        for status, verbs in VERBS.items()
        for verb in verbs
    ],
)
def test_a_plain_answer_is_drafted_wherever_its_day_and_however_its_text_is_named(
    recorded, scene, status, verb
):
    subject, text, _references = SCENES[scene]
    missed = [
        sentence
        for sentence in grid_sentences(scene, status, verb)
        if not drafted_right(sentence, [subject], text, status)
    ]
    assert missed == []


@pytest.mark.parametrize(
    ("scene", "shape", "template", "status"),
    [
        (scene, shape, template, status)
        for scene in SCENES
        for shape, templates in SHAPES.items()
        for template, status in templates
        if not (status.startswith("both:") and scene != "state")
    ],
)
def test_an_answer_in_a_harder_shape_is_drafted(recorded, scene, shape, template, status):
    subject, text, _references = SCENES[scene]
    subjects = ["Ethiopia", "Eritrea"] if status.startswith("both:") else [subject]
    status = status.removeprefix("both:")
    missed = [
        sentence
        for sentence in shape_sentences(scene, template)
        if not drafted_right(sentence, subjects, text, status)
    ]
    assert missed == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Rio Tinto tore up its $19.5 billion loan.",
        "Rio Tinto quit its partnership with the University of Western Australia.",
        "Rio Tinto had given its approval to the talks.",
        "Rio Tinto has torn up the rule book.",
        "Rio Tinto quit the merger talks.",
    ],
)
def test_near_miss_a_sentence_that_names_no_recorded_text_is_no_answer(recorded, sentence):
    assert draft_candidates(DATELINE + sentence, DAY)["status_signals"] == []
