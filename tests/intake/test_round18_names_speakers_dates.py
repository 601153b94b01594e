"""Round 18 (tune18d): actors, quote speakers and dates that the eighteenth round added, each on
sentences of its own with a near-miss that must not give the candidate."""

import datetime

import pytest

from negotiations.intake.extract import draft_candidates
from negotiations.models import Actor
from tests.factories import ActorFactory, PersonFactory, PositionFactory, ProposalFactory

DAY = datetime.date(2024, 6, 10)  # a Monday


def drafted(text, day=DAY):
    return draft_candidates(text, day)


def actors(text, day=DAY):
    return {a["name"]: a for a in drafted(text, day)["actors"]}


def speakers(text, day=DAY):
    return [
        (q["text"], q["speaker"]["name"] if q["speaker"] else q["speaker_name"] or None)
        for q in drafted(text, day)["quotes"]
    ]


def dates(text, day=DAY):
    return [(d["text"], d["date"]) for d in drafted(text, day)["dates"]]


# --- actors ---------------------------------------------------------------------------------


def test_names_owned_by_states_and_joined_by_and_are_two_people(db):
    found = actors(
        "The signing was watched by regional leaders including Kenya's Amina Odhiambo and "
        "Malawi's Peter Banda."
    )
    assert found["Amina Odhiambo"]["kind"] == Actor.Kind.PERSON
    assert found["Peter Banda"]["kind"] == Actor.Kind.PERSON
    assert found["Kenya"]["kind"] == Actor.Kind.STATE
    assert found["Malawi"]["kind"] == Actor.Kind.STATE


@pytest.mark.parametrize(
    ("text", "not_an_actor"),
    [
        ("Israel's Iron Dome system intercepted the rockets.", "Iron Dome"),
        ("They signed it in the Kenya's Sala Grande, before the guests.", "Sala Grande"),
    ],
)
def test_a_states_possessive_before_a_thing_or_a_room_names_no_person(db, text, not_an_actor):
    assert not_an_actor not in actors(text)


def test_a_state_of_two_words_in_the_possessive_is_named_before_its_king(db):
    found = actors("The emir telephoned Saudi Arabia's King Abdullah on Tuesday.")
    assert found["Saudi Arabia"]["kind"] == Actor.Kind.STATE
    assert found["Abdullah"]["kind"] == Actor.Kind.PERSON


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "St Vincent's Prime Minister Ralph Gonsalves hosted the talks.",
            "Saint Vincent and the Grenadines",
        ),
        ("Dominica's Prime Minister Roosevelt Skerrit attended.", "Dominica"),
        ("Jamaica said it would send observers.", "Jamaica"),
    ],
)
def test_small_member_states_of_the_un_are_states(db, text, state):
    assert actors(text)[state]["kind"] == Actor.Kind.STATE


def test_a_long_name_shortened_later_is_the_person_named_in_full_before(db):
    thani = PersonFactory(name="Hamad bin Jassim al-Thani")
    PersonFactory(name="Hamad bin Khalifa al-Thani")
    text = (
        "The prime minister, Sheikh Hamad bin Jassim al-Thani, flew in. “We will stay,” "
        "Sheikh Hamad bin Jassim told reporters."
    )
    assert speakers(text) == [("We will stay", "Hamad bin Jassim al-Thani")]
    assert "Hamad bin Jassim" not in actors(text)
    assert actors(text)["Hamad bin Jassim al-Thani"]["actor"]["id"] == thani.pk


def test_a_shortened_name_of_a_person_not_named_before_is_not_guessed(db):
    PersonFactory(name="Hamad bin Khalifa al-Thani")
    found = actors("“We will stay,” Sheikh Hamad bin Khalifa told reporters.")
    assert all(not a["actor"] for a in found.values())


def test_a_kind_of_person_after_an_indefinite_article_is_no_person(db):
    text = (
        "“It is a lie,” said Sen. Jane Porter, a Nevada Democrat. Several Democrat leaders "
        "agreed with Porter."
    )
    found = actors(text)
    assert "Nevada Democrat" not in found
    assert found["Jane Porter"]["kind"] == Actor.Kind.PERSON


def test_an_institution_only_qualifying_nouns_is_no_actor(db):
    assert "Knesset" not in actors(
        "He backed a Knesset plan. The Knesset committee met, and Knesset spokesman Dan Levi spoke."
    )
    # near-miss: the institution that acts is one
    assert "Knesset" in actors("The Knesset said it would vote on Monday.")


def test_who_steps_down_or_resigns_is_a_person(db):
    found = actors("The post has been vacant since Karim Haddad stepped down in November.")
    assert found["Karim Haddad"]["kind"] == Actor.Kind.PERSON
    assert actors("Omar Said resigned on Friday.")["Omar Said"]["kind"] == Actor.Kind.PERSON
    # near-miss: a body that resigns is not taken for a person
    assert (
        actors("The National Unity Council resigned.")["National Unity Council"]["kind"]
        != Actor.Kind.PERSON
    )


def test_a_knights_honorific_is_no_person_of_its_own(db):
    PersonFactory(name="Geoffrey Howe", short_name="Howe")
    found = actors(
        "Foreign Secretary Sir Geoffrey Howe held talks in April. The ambassador, Sir Richard "
        "Evans, initialled the text."
    )
    assert "Sir" not in found
    assert found["Richard Evans"]["kind"] == Actor.Kind.PERSON
    # near-miss: "Sir" alone opening a sentence names nobody
    assert actors("Sir, the talks are over.") == {}


# --- speakers -------------------------------------------------------------------------------


def test_an_abbreviated_title_stands_between_said_and_the_speaker(db):
    PersonFactory(name="Jane Porter", short_name="Porter")
    assert speakers("“This is a lie,” said Sen. Jane Porter, a Nevada Democrat.") == [
        ("This is a lie", "Jane Porter")
    ]


def test_a_relative_clause_after_an_appositive_is_said_of_the_name(db):
    ActorFactory(name="Iran", country="IR")
    PersonFactory(name="Ahmad Karimi", short_name="Karimi")
    text = (
        "The envoy was received by Ahmad Karimi, Iran's top cleric, who told him the "
        "principle of “no war, no peace” was over."
    )
    assert speakers(text) == [("no war, no peace", "Ahmad Karimi")]


def test_a_verb_whose_object_the_quote_characterises(db):
    PersonFactory(name="Ahmad Karimi", short_name="Karimi")
    PersonFactory(name="Ali Haidar", short_name="Haidar")
    text = (
        "Karimi, a cleric who came to power in 2001 promising ties with Haidar, had proposed "
        "a plan in 2003, and earlier this month had backed the new plan as “a good start” for "
        "talks."
    )
    assert speakers(text) == [("a good start", "Ahmad Karimi")]
    # near-miss: a name given to the text, with no object before "as", is nobody's words
    assert speakers("The accord, referred to as “the deal of the century”, was signed.") == [
        ("the deal of the century", None)
    ]


def test_a_name_inside_a_participles_phrase_is_not_the_subject(db):
    ActorFactory(name="Hezbollah", kind=Actor.Kind.POLITICAL_MOVEMENT)
    PersonFactory(name="Ali Haidar", short_name="Haidar")
    assert speakers(
        "Hezbollah, represented at the talks by its negotiator Ali Haidar, said the plan "
        "“saves the country.”"
    ) == [("saves the country.", "Hezbollah")]
    # near-miss: the person himself, as the subject
    assert speakers("Later Haidar, who met the envoy, said it was “a good day.”") == [
        ("a good day.", "Ali Haidar")
    ]


# --- dates ----------------------------------------------------------------------------------


def test_this_season_in_a_past_sentence_after_it_is_this_years(db):
    december = datetime.date(2014, 12, 17)
    assert dates("Officials said the pope pressed both presidents this summer.", december) == [
        ("this summer", "2014-01-01")
    ]
    # near-miss: pointing ahead, the next one
    assert dates("He will visit Havana this summer.", december) == [("this summer", "2015-01-01")]
    # and in spring, the one to come
    assert dates("The pope pressed them this summer.", datetime.date(2014, 3, 3)) == [
        ("this summer", "2014-01-01")
    ]


def test_a_quoted_today_is_the_day_the_lead_gives_its_news(db):
    friday = datetime.date(2023, 12, 15)
    text = (
        "KINGSTOWN (AFP) - The two presidents pledged on Thursday not to use force.\n\n"
        "“Today the region chose peace,” the host said. Today the talks go on."
    )
    assert dates(text, friday) == [
        ("Thursday", "2023-12-14"),
        ("Today", "2023-12-14"),
        ("Today", "2023-12-15"),
    ]
    # near-miss: a lead of the publication day leaves the quoted "today" on that day
    same_day = text.replace("on Thursday", "on Friday")
    assert dates(same_day, friday) == [
        ("Friday", "2023-12-15"),
        ("Today", "2023-12-15"),
        ("Today", "2023-12-15"),
    ]


# --- "the two men" of a sentence that named two people (meetings, status signals) -----------

TWO_MEN = (
    "The ceremony was watched by leaders including Kenya's Amina Odhiambo and Malawi's Peter "
    "Banda. The process began last Thursday, when Nyusi flew to the mountains and held talks "
    "with Momade before the two men signed the Gorongosa ceasefire. The two leaders also met "
    "on Monday to finalise the text."
)


def test_the_two_men_are_the_two_people_their_sentence_named_before(db):
    mozambique = ActorFactory(name="Mozambique", country="MZ")
    renamo = ActorFactory(name="Renamo", kind=Actor.Kind.POLITICAL_MOVEMENT)
    nyusi = PersonFactory(name="Filipe Nyusi", short_name="Nyusi")
    momade = PersonFactory(name="Ossufo Momade", short_name="Momade")
    PositionFactory(person=nyusi, organization=mozambique, title="President", start=None)
    PositionFactory(person=momade, organization=renamo, title="Leader", start=None)
    ProposalFactory(title="Gorongosa ceasefire")
    found = drafted(TWO_MEN)
    met = [sorted(p["name"] for p in m["participants"]) for m in found["meetings"]]
    assert ["Momade", "Nyusi"] in met or ["Ossufo Momade", "Filipe Nyusi"] in met
    assert all("Amina Odhiambo" not in names for names in met)
    respondents = {s["respondent_name"] for s in found["status_signals"]}
    assert not respondents & {"Amina Odhiambo", "Peter Banda", "Kenya", "Malawi"}


def test_two_people_who_are_the_subject_are_not_the_two_men_they_meet(db):
    PersonFactory(name="Kofi Annan", short_name="Annan")
    PersonFactory(name="Jakaya Kikwete", short_name="Kikwete")
    PersonFactory(name="Mwai Kibaki", short_name="Kibaki")
    PersonFactory(name="Raila Odinga", short_name="Odinga")
    found = drafted(
        "Kibaki and Odinga signed the deal on Thursday. Annan and Kikwete had met the two men "
        "before the signing. The two leaders then left."
    )
    for meeting in found["meetings"]:
        names = {p["name"] for p in meeting["participants"]}
        assert names != {"Annan", "Kikwete"}
