"""Meetings read from the wordings wire copy uses (negotiations/intake/meetings.py).

Every sentence here is written for the test; none is taken from the annotated articles."""

import datetime

import pytest

from negotiations.intake.extract import draft_candidates
from negotiations.models import Actor
from tests.factories import ActorFactory, LocationFactory, PersonFactory, PositionFactory

DAY = datetime.date(2024, 6, 10)  # a Monday


def meetings(text):
    return [
        (
            sorted(p["actor"]["name"] if p["actor"] else p["name"] for p in m["participants"]),
            m["date"],
            m["location_name"],
        )
        for m in draft_candidates(text, DAY)["meetings"]
    ]


BLINKEN_SISI = ["Abdel Fattah al-Sisi", "Antony Blinken"]


@pytest.mark.parametrize(
    "text, place",
    [
        ("Blinken and Sisi sat across the table from each other on Tuesday.", ""),
        ("Blinken and Sisi sat down together in Cairo on Tuesday.", "Cairo"),
        ("Blinken and Sisi came face to face on Tuesday.", ""),
        ("On Tuesday Blinken sat at the negotiating table opposite Sisi.", ""),
    ],
)
def test_sitting_at_one_table_is_a_meeting_of_those_named(world, text, place):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", place)]


def test_sitting_alone_or_never_sitting_together_is_no_meeting(world):
    assert meetings("Blinken sat alone in his hotel on Tuesday.") == []
    assert meetings("Blinken and Sisi have never sat across the table.") == []
    assert meetings("Blinken and Sisi will sit down together next week.") == []


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday Blinken sat in council for three hours with Sisi.",
        "Blinken was in conference with Sisi on Tuesday.",
    ],
)
def test_sitting_in_council_with_a_person_is_a_meeting(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_being_back_at_the_table_with_a_person_is_a_meeting(world):
    text = "Blinken was back at the negotiating table with Sisi on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_being_back_at_the_table_with_an_offer_is_no_meeting(world):
    assert meetings("Blinken was back at the table with a new offer on Tuesday.") == []


def test_near_miss_sitting_on_or_in_the_council_with_a_person_is_no_meeting(world):
    # a seat on a body, not talks held with the person
    assert meetings("Blinken sat on the council with Sisi on Tuesday.") == []
    assert meetings("Blinken sat in the council with Sisi on Tuesday.") == []


def test_a_date_after_since_dates_something_else(world):
    text = (
        "Blinken arrived in Cairo on Sunday. Blinken and Sisi sat across the table for the "
        "first time since the war broke out on Oct. 7."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-09", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken flew to Cairo on Tuesday to see Sisi.",
        "Blinken travelled to Cairo to see Sisi on Tuesday.",
        "On Tuesday Blinken went to Cairo to see President Abdel Fattah al-Sisi.",
    ],
)
def test_a_trip_to_see_someone_is_a_meeting_with_the_traveller(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_seeing_without_a_trip_or_a_person_is_no_meeting(world):
    assert meetings("Blinken wants to see Hamas accept the plan.") == []
    assert meetings("Blinken flew to Cairo on Tuesday hoping to see a deal.") == []


def test_a_second_verb_after_the_object_of_the_first_keeps_the_subject(world):
    text = (
        "Blinken and Kamel had flown to Cairo on Tuesday to see Sisi and held talks with "
        "Dmitry Peskov on Wednesday."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Cairo"),
        (["Abbas Kamel", "Antony Blinken", "Dmitry Peskov"], "2024-06-05", ""),
    ]
    assert meetings("Sisi met Blinken on Tuesday and held talks with Kamel on Wednesday.")[1] == (
        ["Abbas Kamel", "Abdel Fattah al-Sisi"],
        "2024-06-05",
        "",
    )


def test_a_subject_named_by_a_pronoun_carries_over_an_auxiliary(world):
    text = (
        "Blinken reached the region on Sunday. He met Sisi on Tuesday, and had held talks "
        "with Kamel on Monday."
    )
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", ""),
        (["Abbas Kamel", "Antony Blinken"], "2024-06-10", ""),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kamel reached Cairo on Sunday. On Tuesday he held talks with Blinken.",
        "Kamel reached Cairo on Sunday. Late on Tuesday, she spoke by phone with Blinken.",
        "In Cairo, Kamel briefly saw Sisi on Sunday. On Tuesday he met Blinken.",
    ],
)
def test_a_pronoun_after_a_phrase_of_time_is_the_person_the_sentence_before_is_about(world, text):
    assert meetings(text)[-1] == (["Abbas Kamel", "Antony Blinken"], "2024-06-04", "")


def test_a_pronoun_after_a_phrase_of_time_does_not_make_a_report_a_meeting(world):
    text = "Kamel reached Cairo on Sunday. On Tuesday he said Sisi would see Blinken."
    assert meetings(text) == []
    assert meetings("Kamel reached Cairo on Sunday. On Tuesday he did not meet Blinken.") == []


def test_a_pronoun_subject_shared_by_a_coordinated_meeting_verb(world):
    text = "Kamel flew to Cairo, where he addressed reporters and met Blinken on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Cairo")]
    text = "Kamel flew to Cairo, where he addressed reporters but did not meet Blinken."
    assert meetings(text) == []


def test_a_new_subject_after_a_comma_and_is_not_the_first_one(world):
    text = "Sisi met Blinken on Tuesday, and Kamel held talks with Dmitry Peskov on Wednesday."
    assert meetings(text)[1] == (["Abbas Kamel", "Dmitry Peskov"], "2024-06-05", "")


@pytest.mark.parametrize(
    "text",
    [
        "Sisi discussed the May 31 plan with Blinken in a phone call on Tuesday.",
        "Blinken discussed the hostages with Sisi on Tuesday.",
        "On Tuesday Sisi discussed the Rafah crossing with Blinken over dinner.",
    ],
)
def test_discussing_something_with_someone_is_a_meeting(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_a_discussion_by_phone_is_a_call_held_nowhere(world):
    text = "In Cairo, Sisi discussed the plan with Blinken by telephone on Tuesday."
    (found,) = draft_candidates(text, DAY)["meetings"]
    assert found["location_name"] == ""


def test_discussing_with_people_who_are_not_actors_is_no_meeting(world):
    assert meetings("Blinken discussed the plan with reporters on Tuesday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Blinken held separate talks with Sisi and Kamel on Tuesday.",
        "Blinken met separately with Sisi and Kamel on Tuesday.",
        "The visit followed separate phone calls on Tuesday between Blinken and Sisi and Kamel.",
    ],
)
def test_separate_talks_are_one_meeting_with_each_guest(world, text):
    assert [m[:2] for m in meetings(text)] == [
        (BLINKEN_SISI, "2024-06-04"),
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04"),
    ]


def test_guests_met_separately_each_with_with_share_the_day_told_after_the_last(world):
    # the day is told once, after the second guest; the main clause's day is another act's
    text = (
        "Blinken, who had met separately with Sisi and with Kamel in the first week of May, "
        "flew to Doha on Tuesday."
    )
    assert [m[:2] for m in meetings(text)] == [
        (BLINKEN_SISI, "2024-05-01"),
        (["Abbas Kamel", "Antony Blinken"], "2024-05-01"),
    ]


def test_near_miss_a_first_guest_with_a_day_of_its_own_keeps_it(world):
    text = "Blinken met with Sisi on Monday, June 3, and with Kamel on Tuesday."
    assert [m[:2] for m in meetings(text)] == [
        (BLINKEN_SISI, "2024-06-03"),
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04"),
    ]


def test_talks_with_two_guests_together_are_one_meeting(world):
    assert meetings("Blinken held talks with Sisi and Kamel on Tuesday.") == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken telephoned Sisi on Tuesday ahead of the Cairo meeting, the Kremlin said.",
        "Blinken telephoned Sisi on Tuesday before the meeting, Egypt announced.",
        "Blinken met Sisi on Tuesday, the Kremlin said.",
    ],
)
def test_the_source_of_a_report_did_not_meet(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken has never met Sisi.",
        "Blinken did not meet Sisi on Tuesday.",
        "Sisi refused to meet Blinken on Tuesday.",
    ],
)
def test_a_meeting_denied_is_no_meeting(world, text):
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text, place",
    [
        ("The deal was reached by Blinken and Sisi at a meeting in Cairo on Tuesday.", "Cairo"),
        ("Blinken handed Sisi the plan during a meeting on Tuesday.", ""),
        ("Blinken told Sisi at their meeting on Tuesday that time was short.", ""),
        # "at talks in" a place, with no article: the same circumstance
        ("The text was drafted by Blinken and Sisi at talks in Cairo on Tuesday.", "Cairo"),
    ],
)
def test_a_meeting_told_as_a_circumstance_joins_the_people_named_before(world, text, place):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", place)]


def test_one_person_at_a_meeting_met_no_one(world):
    assert meetings("Blinken said at a meeting of donors on Tuesday that aid must flow.") == []
    assert meetings("Blinken said at talks in Cairo on Tuesday that aid must flow.") == []
    text = "Dmitry Peskov said Sisi raised the crossing at a meeting on Tuesday."
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas sent envoys to talks hosted by Egypt. The two sides met on Tuesday.",
        "Israel and Hamas sent envoys to talks hosted by Egypt. The two sides last met on Tuesday.",
        "Israel and Hamas sent envoys to talks hosted by Egypt. "
        "The delegations resumed talks on Tuesday.",
    ],
)
def test_the_sides_are_the_pair_the_article_named(world, text):
    assert meetings(text) == [(["Hamas", "Israel"], "2024-06-04", "")]


def test_the_delegations_without_a_pair_named_are_no_one(world):
    assert meetings("Egypt sent envoys. The delegations met on Tuesday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Israel held talks with Hamas on Tuesday under Egypt's mediation.",
        "Israel met Hamas on Tuesday in a round mediated by Egypt.",
        "Israel met Hamas on Tuesday, with Egypt presiding.",
    ],
)
def test_the_mediator_of_the_talks_took_part(world, text):
    assert meetings(text) == [(["Egypt", "Hamas", "Israel"], "2024-06-04", "")]


def test_talks_without_a_mediator_named_have_only_their_parties(world):
    assert meetings("Israel held talks with Hamas on Tuesday.") == [
        (["Hamas", "Israel"], "2024-06-04", "")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Delegations from Israel and Hamas met Kamel on Tuesday.",
        "Negotiators from Israel and Hamas met Kamel on Tuesday.",
        "Officials from Israel and Hamas met Kamel on Tuesday.",
    ],
)
def test_those_who_sent_a_delegation_met(world, text):
    assert meetings(text) == [(["Abbas Kamel", "Hamas", "Israel"], "2024-06-04", "")]


def test_a_place_after_in_is_still_not_a_participant(world):
    ActorFactory(name="Qatar", country="QA")
    assert meetings("In Qatar, Blinken met Sisi on Tuesday.") == [(BLINKEN_SISI, "2024-06-04", "")]


def test_people_named_as_sources_are_not_the_leaders_a_group_refers_to(world):
    text = (
        "Sisi and Kamel arrived on Monday, Dmitry Peskov said. "
        "Blinken met the two leaders on Tuesday."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken was received by Sisi at the palace on Tuesday.",
        "Blinken was welcomed by Sisi on Tuesday.",
        "Sisi greeted Blinken at the palace on Tuesday.",
        "Blinken visited Sisi on Tuesday.",
        "Blinken paid a visit to Sisi on Tuesday.",
        "Blinken was summoned by Sisi on Tuesday.",
        "Blinken, who flew in from Rome, was received by Sisi on Tuesday.",
        "Blinken, who flew in from Rome, was summoned by Sisi on Tuesday.",
    ],
)
def test_a_welcome_or_a_visit_to_a_person_is_a_meeting(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_a_visit_to_a_country_or_a_host_of_something_else_is_no_meeting(world):
    assert meetings("Blinken visited Egypt on Tuesday.") == []
    assert meetings("The plan was welcomed by Sisi on Tuesday.") == []
    assert meetings("Egypt summoned both envoys to Cairo on Tuesday.") == []
    assert meetings("Blinken spoke at a forum in Cairo, hosted by Sisi, on Tuesday.") == []


def test_a_host_in_the_progressive_takes_part_in_the_talks(world):
    # ("this week" is read at month precision: the first of the month)
    assert meetings("Egypt is hosting talks between Israel and Hamas this week.") == [
        (["Egypt", "Hamas", "Israel"], "2024-06-01", "")
    ]


@pytest.mark.parametrize(
    "text, people",
    [
        ("Blinken had dinner with Sisi on Tuesday.", BLINKEN_SISI),
        ("Blinken dined with Sisi on Tuesday.", BLINKEN_SISI),
        ("Blinken conferred with Sisi on Tuesday.", BLINKEN_SISI),
        ("Blinken had a working lunch with Sisi on Tuesday.", BLINKEN_SISI),
        ("Blinken and Kamel joined Sisi for talks on Tuesday.", ["Abbas Kamel", *BLINKEN_SISI]),
    ],
)
def test_a_meal_or_a_consultation_with_someone_is_a_meeting(world, text, people):
    assert meetings(text) == [(people, "2024-06-04", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken called Sisi on Tuesday.",
        "Sisi and Blinken exchanged views by phone on Tuesday.",
        "Blinken and Sisi spoke on Tuesday by video link.",
        "Blinken telephoned Sisi on Tuesday.",
    ],
)
def test_more_ways_to_tell_a_call(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken called on Sisi on Tuesday to open the crossing.",
        "Blinken called for talks with Hamas on Tuesday.",
        "Blinken called Sisi a partner for peace on Tuesday.",
        "Blinken called Sisi's plan bold on Tuesday.",
    ],
)
def test_calling_on_calling_for_or_calling_someone_something_is_no_call(world, text):
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A planned meeting between Blinken and Sisi was scrapped on Tuesday.",
        "Blinken cancelled his meeting with Sisi on Tuesday.",
        "The proposed talks with Sisi were off, Blinken said on Tuesday.",
    ],
)
def test_a_meeting_only_planned_or_cancelled_is_no_meeting(world, text):
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sisi offered direct talks with Hamas on Tuesday.",
        "Blinken pressed for fresh talks with Sisi on Tuesday.",
        "Hamas ruled out talks with Israel on Tuesday.",
    ],
)
def test_talks_only_asked_for_offered_or_refused_are_no_meeting(world, text):
    assert meetings(text) == []


def test_guests_met_separately_are_apart_wherever_the_word_stands(world):
    assert [m[0] for m in meetings("Blinken telephoned Sisi and Kamel separately on Tuesday.")] == [
        BLINKEN_SISI,
        ["Abbas Kamel", "Antony Blinken"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken's talks with Sisi were postponed on Tuesday.",
        "The meeting with Sisi has been called off, Blinken said on Tuesday.",
        "Blinken's meeting with Sisi is scheduled for Thursday.",
    ],
)
def test_talks_put_off_or_still_to_come_are_no_meeting(world, text):
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sisi has met Blinken several times since the war began.",
        "Blinken met Sisi repeatedly over the winter.",
        "Sisi and Blinken have spoken by phone on several occasions.",
    ],
)
def test_repeated_encounters_are_no_one_meeting(world, text):
    assert meetings(text) == []


def test_a_single_meeting_is_still_one(world):
    assert meetings("Sisi met Blinken for two hours on Tuesday.") == [
        (BLINKEN_SISI, "2024-06-04", "")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Israel received the Hamas response via Egypt on Tuesday.",
        "Blinken spoke to Sisi's chief of staff on Tuesday.",
        "Israel received Hamas's reply on Tuesday.",
    ],
)
def test_an_actor_named_as_the_owner_of_a_thing_is_no_guest(world, text):
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Five commanders of Hamas were in Cairo on Tuesday and held separate sessions with Kamel.",
        "Members of Hamas's political bureau met Kamel on Tuesday.",
        "A delegation from Hamas sat down with Kamel on Tuesday.",
    ],
)
def test_people_of_a_body_opening_the_sentence_stand_for_it(world, text):
    assert [m[:2] for m in meetings(text)] == [(["Abbas Kamel", "Hamas"], "2024-06-04")]


def test_people_of_a_body_who_report_a_meeting_did_not_hold_it(world):
    text = "Officials of Egypt said Blinken met Sisi on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


# -- talks told with no party named, the sides and their mediators -----------------------------

ISRAEL_HAMAS = ["Hamas", "Israel"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Israel and Hamas agreed to a truce on Sunday. The negotiations opened in Cairo in "
            "January under the chairmanship of Egypt.",
            [(["Egypt", "Hamas", "Israel"], "2024-01-01", "Cairo")],
        ),
        (
            "Israel and Hamas signed a truce on Sunday. The talks, brokered by Egypt, began in "
            "March.",
            [(["Egypt", "Hamas", "Israel"], "2024-03-01", "")],
        ),
        (
            "Israel and Hamas exchanged prisoners on Sunday, the US said. The US-mediated talks "
            "resumed "
            "in Cairo on Tuesday.",
            [(["Hamas", "Israel", "United States"], "2024-06-04", "Cairo")],
        ),
        (
            "The dialogue between Israel and Hamas began in March.",
            [(ISRAEL_HAMAS, "2024-03-01", "")],
        ),
    ],
)
def test_talks_opened_with_no_party_named_are_the_two_sides_with_their_mediator(
    world, text, expected
):
    assert meetings(text) == expected


def test_talks_opened_with_no_sides_or_as_the_date_of_another_verb_are_no_meeting(world):
    assert meetings("The negotiations opened in Cairo in January.") == []
    text = (
        "Israel and Hamas agreed to a truce on Sunday. Blinken had shuttled between them "
        "since the talks opened in May."
    )
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Blinken praised Sisi on Sunday. The two men met in Cairo on Tuesday.",
        "Blinken praised Sisi on Sunday. The two men had first met face to face in Cairo on "
        "Tuesday.",
        "Blinken praised Sisi on Sunday. In Cairo on Tuesday the two men held talks.",
    ],
)
def test_the_two_men_are_the_last_two_people_named(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "President Sisi, who received Blinken in Cairo on Tuesday, hailed the plan.",
            [(BLINKEN_SISI, "2024-06-04", "Cairo")],
        ),
        (
            "Egypt, the mediator that has hosted talks between Israel and Hamas since January, "
            "said on Monday it was hopeful.",
            [(["Egypt", "Hamas", "Israel"], "2024-01-01", "")],
        ),
        (
            "Sisi, who held talks with Blinken on Tuesday, said the crossing would reopen.",
            [(BLINKEN_SISI, "2024-06-04", "")],
        ),
    ],
)
def test_the_subject_of_a_relative_clause_is_its_antecedent(world, text, expected):
    assert meetings(text) == expected


def test_talks_running_since_a_date_began_then_but_a_first_since_dates_another_event(world):
    assert meetings("Blinken has been meeting Sisi in Cairo since January.") == [
        (BLINKEN_SISI, "2024-01-01", "Cairo")
    ]
    assert meetings("Blinken met Sisi on Tuesday for the first time since January.") == [
        (BLINKEN_SISI, "2024-06-04", "")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign ministers meeting in Cairo on Tuesday, under the chairmanship of Blinken and "
        "Sisi, urged a truce.",
        "Envoys met in Cairo on Tuesday under the joint chairmanship of Sisi and Blinken.",
        "Sisi met U.S. Secretary of State Antony Blinken in Cairo on Tuesday.",
    ],
)
def test_chairs_and_guests_with_abbreviated_posts_take_part(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Egypt and the United States joined the talks in Cairo on Tuesday.",
            [(["Egypt", "United States"], "2024-06-04", "Cairo")],
        ),
        (
            "Israel and Egypt, the two neighbours, took part in the session, which opened on "
            "Tuesday.",
            [(["Egypt", "Israel"], "2024-06-04", "")],
        ),
        (
            "On Tuesday Blinken and Kamel attended the third round of talks in Cairo.",
            [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Cairo")],
        ),
    ],
)
def test_those_who_joined_or_attended_the_talks_met(world, text, expected):
    assert meetings(text) == expected


def test_one_party_joining_talks_or_attending_a_ceremony_is_no_meeting(world):
    assert meetings("Hamas joined the talks in Cairo on Tuesday.") == []
    assert meetings("Blinken and Sisi attended the signing ceremony on Tuesday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Blinken brought Sisi and Kamel together in Cairo on Tuesday.",
        "On Tuesday Blinken got Sisi and Kamel around the table in Cairo.",
        "Blinken convened Sisi and Kamel in Cairo on Tuesday.",
    ],
)
def test_whoever_brought_people_together_met_them(world, text):
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Cairo")
    ]


def test_convening_no_one_named_is_no_meeting(world):
    assert meetings("Blinken convened a meeting on Tuesday.") == []
    assert meetings("The talks brought little together on Tuesday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Blinken met Kamel and other members of the Hamas delegation on Tuesday.",
        "On Tuesday Blinken held talks with Kamel and members of the Hamas delegation.",
    ],
)
def test_members_of_a_delegation_stand_for_its_body(world, text):
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken", "Hamas"], "2024-06-04", "")]


@pytest.mark.parametrize(
    "second",
    [
        "Blinken, who witnessed the signing, met Sisi afterwards.",
        "After the ceremony Blinken held talks with Sisi.",
        "Blinken met Sisi on the sidelines of the signing ceremony.",
    ],
)
def test_a_meeting_told_after_the_signing_has_the_signing_s_date(world, second):
    text = (
        "Israel and Hamas signed the truce in Cairo on Saturday. Kamel praised it on Sunday. "
        f"{second}"
    )
    assert [m[:2] for m in meetings(text)] == [(BLINKEN_SISI, "2024-06-08")]


@pytest.mark.parametrize(
    "second",
    [
        "Blinken met Sisi briefly after the signing.",
        "On the sidelines of the conference, Blinken sat down with Sisi.",
        "Blinken held talks with Sisi after the ceremony, an aide said.",
    ],
)
def test_the_signing_is_the_one_the_article_opened_on_not_a_background_one(world, second):
    # the background names an earlier signing and a later day; "the signing" is the lead's
    text = (
        "Israel and Hamas signed the truce in Cairo on Saturday. Talks began in Doha in "
        "March, and a first protocol was signed in Amman on May 2. "
        f"{second}"
    )
    assert [m[:2] for m in meetings(text) if m[0] == BLINKEN_SISI] == [(BLINKEN_SISI, "2024-06-08")]


def test_sidelines_of_a_conference_without_a_signing_takes_the_last_day_named(world):
    text = "Kamel spoke in Cairo on Sunday. On the sidelines of the conference, Blinken met Sisi."
    assert [m[:2] for m in meetings(text)] == [(BLINKEN_SISI, "2024-06-09")]


def test_without_the_signing_an_undated_meeting_takes_the_last_day_named(world):
    text = (
        "Israel and Hamas signed the truce on Saturday. Kamel praised it on Sunday. "
        "Blinken met Sisi."
    )
    assert [m[:2] for m in meetings(text)] == [(BLINKEN_SISI, "2024-06-09")]


@pytest.mark.parametrize(
    "text",
    [
        "Sisi signed the decree in Cairo on Tuesday with Blinken looking on.",
        "On Tuesday Sisi signed the letter in Cairo in the presence of Antony Blinken.",
        "Sisi initialled the text in Cairo on Tuesday, with US Secretary of State Antony "
        "Blinken in attendance.",
    ],
)
def test_acting_before_a_witness_is_meeting_him(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_a_text_signed_before_witnesses_or_a_signing_to_come_is_no_meeting(world):
    assert meetings("The accord was signed on Tuesday in the presence of Sisi and Blinken.") == []
    assert meetings("Kamel and Peskov are to sign in the presence of Blinken on Friday.") == []


@pytest.mark.parametrize(
    "second",
    [
        "Sisi signed the decree on Tuesday in the presence of the American envoy.",
        "On Tuesday Sisi received the American diplomat.",
        "Sisi held talks with the American minister on Tuesday.",
    ],
)
def test_a_person_described_by_nationality_and_post_is_the_one_introduced_so(world, second):
    text = f"American envoy Antony Blinken landed in Egypt on Monday. {second}"
    assert [m[:2] for m in meetings(text)] == [(BLINKEN_SISI, "2024-06-04")]


def test_a_nationality_no_one_was_introduced_with_names_no_one(world):
    text = "Blinken landed in Egypt on Monday. Sisi held talks with the French envoy on Tuesday."
    assert meetings(text) == []


@pytest.mark.parametrize(
    "leaders",
    [
        "The leaders of Egypt and the United States agreed on Monday to a truce plan.",
        "The presidents of Egypt and the United States agreed on Monday to a truce plan.",
        "On Monday the foreign ministers of Egypt and the United States backed the plan.",
    ],
)
def test_the_two_leaders_are_the_office_holders_of_the_bodies_named_so(world, leaders):
    text = (
        f"{leaders} Sisi praised it, and Blinken thanked Kamel. "
        "The two leaders met in Cairo on Tuesday."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_without_leaders_of_bodies_the_two_leaders_are_the_last_two_people(world):
    text = "Sisi praised it, and Blinken thanked Kamel. The two leaders met in Cairo on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Cairo")]


@pytest.mark.parametrize(
    "middle",
    [
        "He gave his word to Blinken, whom Peskov had praised.",
        "He gave his word to Blinken, who had praised Peskov.",
        "He thanked Blinken, whose talks with Peskov had stalled.",
    ],
)
def test_he_opening_a_sentence_is_the_person_before_and_a_relative_clause_is_aside(world, middle):
    text = f"Sisi spoke on Monday. {middle} The two men met in Cairo on Tuesday."
    assert meetings(text)[-1] == (BLINKEN_SISI, "2024-06-04", "Cairo")


@pytest.mark.parametrize(
    "second",
    [
        "Delegations gathered in Cairo on Tuesday.",
        "Negotiators reconvened in Cairo on Tuesday.",
        "The two delegations assembled in Cairo on Tuesday.",
    ],
)
def test_delegations_gathering_are_the_two_sides(world, second):
    text = f"Israel and Hamas agreed to a truce on Sunday. {second}"
    assert meetings(text) == [(ISRAEL_HAMAS, "2024-06-04", "Cairo")]


def test_gathering_support_or_people_of_no_side_is_no_meeting(world):
    assert meetings("Israel and Hamas agreed on Sunday. Hamas gathered support on Tuesday.") == []
    assert meetings("Crowds gathered in Cairo on Tuesday.") == []


@pytest.mark.parametrize(
    "second",
    [
        "Delegations met in Cairo on Tuesday, with Blinken shuttling between them.",
        "Delegations met in Cairo on Tuesday, with Blinken carrying messages between the rooms.",
        "Delegations met in Cairo on Tuesday with US envoy Antony Blinken relaying proposals.",
    ],
)
def test_a_go_between_shuttling_between_the_sides_takes_part(world, second):
    text = f"Israel and Hamas agreed to a truce on Sunday. {second}"
    assert meetings(text) == [(["Antony Blinken", *ISRAEL_HAMAS], "2024-06-04", "Cairo")]


@pytest.mark.parametrize(
    "text",
    [
        "Sisi, whose envoys have been meeting Israel's negotiators in Cairo since January, "
        "spoke on Monday.",
        "President Sisi, whose negotiators met Israel in Cairo in January, spoke on Monday.",
        "Sisi, whose delegation held talks with Israel in Cairo in January, spoke on Monday.",
    ],
)
def test_a_leader_whose_envoys_met_stands_for_his_body(world, text):
    assert meetings(text) == [(["Egypt", "Israel"], "2024-01-01", "Cairo")]


def test_the_leader_himself_meets_in_the_clause_after_the_relative_one(world):
    text = "Sisi, whose envoys met Israel in January, spoke by phone with Blinken on Tuesday."
    assert meetings(text) == [
        (["Egypt", "Israel"], "2024-01-01", ""),
        (BLINKEN_SISI, "2024-06-04", ""),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken shuttled between the capitals, flying to Cairo on Tuesday to see Sisi.",
        "On Tuesday Blinken was heading to Cairo to see Sisi when the news broke.",
        "Blinken, returning to Cairo on Tuesday to see Sisi, said the plan was alive.",
        "Blinken spent the week travelling, going to Cairo on Tuesday to see Sisi.",
    ],
)
def test_a_journey_told_by_a_participle_before_to_see_is_a_meeting(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_a_journey_without_a_person_to_see_or_only_hoped_for_is_no_meeting(world):
    assert meetings("Blinken was flying to Cairo on Tuesday hoping to see a deal.") == []
    assert meetings("Blinken is flying to Cairo on Tuesday to see the crossing.") == []
    assert meetings("Blinken will be flying to Cairo next week to see Sisi.") == []


@pytest.mark.parametrize(
    "second",
    [
        "He was received by Sisi in Cairo on Tuesday.",
        "He had landed in Cairo the night before and was received by Sisi on Tuesday.",
        "He toured the crossing on Tuesday and met Sisi in Cairo.",
        "He then flew to Cairo, where he held talks with Sisi on Tuesday.",
    ],
)
def test_he_opening_a_sentence_is_the_subject_of_a_verb_further_on(world, second):
    text = f"Blinken gave no details on Monday. {second}"
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_a_guest_who_arrived_and_was_received_is_the_subject_of_both_verbs(world):
    text = "Blinken landed in Cairo on Tuesday with two aides and was received by Sisi."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


@pytest.mark.parametrize(
    "second",
    [
        "He said Sisi had met Peskov in Cairo on Tuesday.",
        "He refused to meet Sisi in Cairo on Tuesday.",
        "He hoped that Sisi would be received in Cairo on Tuesday.",
    ],
)
def test_he_opening_a_sentence_does_not_meet_what_he_reports_or_refuses(world, second):
    text = f"Blinken gave no details on Monday. {second}"
    assert all("Antony Blinken" not in people for people, _, _ in meetings(text))


@pytest.mark.parametrize(
    "second",
    [
        "Their latest meeting, in Cairo on Tuesday, was brief.",
        "Their second meeting took place in Cairo on Tuesday.",
        "Their first face-to-face meeting came on Tuesday in Cairo.",
        "On Tuesday their one-on-one meeting in Cairo ran late.",
    ],
)
def test_their_meeting_is_the_meeting_of_the_pair_named_before(world, second):
    text = f"Sisi and Blinken spoke by phone in January. {second}"
    assert meetings(text)[-1] == (BLINKEN_SISI, "2024-06-04", "Cairo")


def test_his_meeting_with_someone_is_a_meeting_of_the_man_named_before(world):
    text = "Blinken praised the plan. His meeting with Sisi in Cairo on Tuesday ran late."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_the_host_of_a_meeting_named_as_a_subject_takes_part(world):
    text = (
        "Sisi and Blinken spoke by phone in January. Their latest meeting, in Cairo on "
        "Tuesday, was hosted by Kamel."
    )
    assert meetings(text)[-1] == (["Abbas Kamel", *BLINKEN_SISI], "2024-06-04", "Cairo")


def test_their_meeting_after_a_host_and_guests_is_the_same_meeting(world):
    text = "On Tuesday Kamel hosted Sisi and Blinken in Cairo for their first meeting in a year."
    assert meetings(text) == [(["Abbas Kamel", *BLINKEN_SISI], "2024-06-04", "Cairo")]


@pytest.mark.parametrize(
    "second",
    [
        "Their planned meeting in Cairo on Tuesday was called off.",
        "Their next meeting will be in Cairo.",
        "Their proposed meeting on Tuesday never took place.",
    ],
)
def test_their_meeting_planned_or_called_off_is_no_meeting(world, second):
    text = f"Sisi and Blinken disagreed in January. {second}"
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Blinken and Sisi signed a statement in Cairo on Tuesday, capping the first meeting "
        "between a sitting U.S. secretary of state and an Egyptian leader in a decade.",
        "Blinken and Sisi issued a joint statement in Cairo on Tuesday at the end of a "
        "two-hour meeting.",
        "Blinken and Sisi agreed on the crossing in Cairo on Tuesday, concluding a meeting that "
        "had lasted all night.",
        "CAIRO (AP) — Blinken and Sisi spoke to reporters in Cairo on Tuesday, after a meeting "
        "at the presidential palace.",
    ],
)
def test_a_meeting_told_as_the_setting_of_a_pair_s_act_is_their_meeting(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_a_meeting_only_hoped_for_or_of_one_subject_is_no_setting(world):
    assert meetings("Blinken and Sisi spoke on Tuesday, hoping for a meeting soon.") == []
    assert meetings("Blinken spoke to reporters on Tuesday, after a meeting in Cairo.") == []
    assert meetings("Blinken and Sisi spoke on Tuesday, ahead of a meeting in Cairo.") == []
    text = "Blinken and Sisi traded barbs on Tuesday, during a meeting of the Arab League."
    assert all(people != BLINKEN_SISI for people, _, _ in meetings(text))


@pytest.mark.parametrize(
    "second",
    [
        "Sisi met the rebel leaders in Cairo on Tuesday.",
        "Sisi held talks with rebel commanders in Cairo on Tuesday.",
        "Sisi, who chairs the mediation, sat down with the guerrillas in Cairo on Tuesday.",
        "On Tuesday Sisi received the rebel delegation at his palace in Cairo.",
    ],
)
def test_the_rebels_are_the_armed_group_named_before(world, second):
    ActorFactory(name="National Liberation Army", short_name="ELN", kind=Actor.Kind.ARMED_GROUP)
    text = f"The ELN said on Monday it was ready to negotiate. {second}"
    assert meetings(text) == [
        (["Abdel Fattah al-Sisi", "National Liberation Army"], "2024-06-04", "Cairo")
    ]


def test_rebels_with_no_armed_group_named_or_their_demands_are_no_guest(world):
    assert meetings("Sisi met the rebel leaders in Cairo on Tuesday.") == []
    ActorFactory(name="National Liberation Army", short_name="ELN", kind=Actor.Kind.ARMED_GROUP)
    text = "The ELN spoke on Monday. Sisi met the rebels' demands in Cairo on Tuesday."
    assert meetings(text) == []


def _eln():
    return ActorFactory(
        name="National Liberation Army", short_name="ELN", kind=Actor.Kind.ARMED_GROUP
    )


EGYPT_ELN = ["Egypt", "National Liberation Army"]


@pytest.mark.parametrize(
    "first",
    [
        "Egypt's government and leftist guerrillas agreed on Sunday to end the war.",
        "Egypt and the rebels signed a truce on Sunday.",
        "Egyptian President Sisi and rebel leader Ivan Marquez signed the accord on Sunday.",
    ],
)
def test_a_state_and_the_rebels_are_the_two_sides_when_the_rebels_are_named_later(world, first):
    _eln()
    text = f"{first} The ELN kept its arms. The negotiations opened in Cairo in January."
    assert meetings(text)[-1] == (EGYPT_ELN, "2024-01-01", "Cairo")


def test_the_rebels_with_no_armed_group_named_are_no_side(world):
    text = (
        "Egypt's government and leftist guerrillas agreed on Sunday to end the war. "
        "The negotiations opened in Cairo in January."
    )
    assert meetings(text) == []


@pytest.mark.parametrize(
    "second",
    [
        "Israel has underwritten the talks, which opened in Cairo in January.",
        "Israel mediated the negotiations, which began in Cairo in January.",
        "Israel, a neighbour, had quietly brokered the talks that opened in Cairo in January.",
        "Israel has been hosting the dialogue, which started in Cairo in January.",
    ],
)
def test_the_sponsor_of_talks_that_opened_met_the_two_sides(world, second):
    _eln()
    text = f"Egypt and the ELN signed a truce on Sunday. {second}"
    assert meetings(text)[-1] == (
        ["Egypt", "Israel", "National Liberation Army"],
        "2024-01-01",
        "Cairo",
    )


@pytest.mark.parametrize(
    "second",
    [
        "Israel spoke after ten hours of talks that began in Cairo in January.",
        "Israel criticised the talks, which opened in Cairo in January.",
    ],
)
def test_talks_that_opened_with_no_sponsor_are_no_meeting_of_the_sentence(world, second):
    _eln()
    text = f"Egypt and the ELN signed a truce on Sunday. {second}"
    assert all("Israel" not in people for people, _, _ in meetings(text))


@pytest.mark.parametrize(
    "second",
    [
        "Kamel called both men on Tuesday to congratulate them.",
        "On Tuesday Kamel telephoned the two leaders, his office said.",
        "Kamel, who chairs the committee, phoned both men on Tuesday evening.",
        "Kamel rang the two men on Tuesday to thank them.",
    ],
)
def test_calling_both_men_is_a_call_with_each(world, second):
    text = f"Blinken flew to Cairo on Monday to see Sisi. {second}"
    assert meetings(text)[1:] == [
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04", ""),
        (["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", ""),
    ]


def test_a_later_both_leaders_is_the_pair_the_first_two_leaders_was(world):
    # not the last two people named (Peskov, who drafted a memo; Pompeo, a source)
    text = (
        "Blinken and Sisi met in Cairo on Monday. The two leaders shook hands at dawn. "
        "Mike Pompeo said Dmitry Peskov had drafted a memo. Kamel telephoned both leaders on "
        "Tuesday."
    )
    assert meetings(text)[1:] == [
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04", ""),
        (["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", ""),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Kamel called both men liars on Tuesday.",
        "Kamel will call both men on Tuesday.",
        "Kamel called both sides' proposals unworkable on Tuesday.",
    ],
)
def test_naming_both_men_something_or_a_call_to_come_is_no_call(world, second):
    text = f"Blinken flew to Cairo on Monday to see Sisi. {second}"
    assert meetings(text)[1:] == []


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday Blinken joined Egypt's foreign ministers in a plenary session with Sisi.",
        "Blinken joined the Egyptian delegation on Tuesday for talks with Sisi.",
        "Blinken, who arrived late, joined Egypt at a meeting with Sisi on Tuesday.",
        "Blinken joined Egyptian officials on Tuesday in a working session with Sisi.",
    ],
)
def test_joining_others_in_a_session_with_someone_is_meeting_him(world, text):
    assert meetings(text) == [
        (["Abdel Fattah al-Sisi", "Antony Blinken", "Egypt"], "2024-06-04", "")
    ]


def test_joining_a_protest_or_a_session_without_others_is_no_meeting(world):
    assert meetings("Blinken joined Egypt in a protest on Tuesday.") == []
    assert meetings("Blinken joined the session on Tuesday.") == []


@pytest.mark.parametrize(
    "second",
    [
        "On Tuesday he, Kamel and Dmitry Peskov joined Egypt in a plenary session with Sisi.",
        "On Tuesday he and Kamel met Sisi.",
        "Later he, Kamel and Dmitry Peskov held talks with Sisi on Tuesday.",
    ],
)
def test_he_at_the_head_of_a_list_of_subjects_is_the_man_named_before(world, second):
    text = f"Blinken, who flew home on Sunday, returned on Monday. {second}"
    people = meetings(text)[-1][0]
    assert {"Antony Blinken", "Abbas Kamel", "Abdel Fattah al-Sisi"} <= set(people)


@pytest.mark.parametrize(
    "second, date",
    [
        ("The accord was drafted in talks hosted by Egypt since January.", "2024-01-01"),
        (
            "The text was hammered out in rounds of secret talks mediated by Egypt since "
            "January, diplomats said.",
            "2024-01-01",
        ),
        ("They traded prisoners after negotiations brokered by Egypt in January.", "2024-01-01"),
        ("Months of talks facilitated by Egypt from early March produced it.", "2024-03-01"),
    ],
)
def test_dated_talks_hosted_by_someone_are_his_meeting_with_the_two_sides(world, second, date):
    text = f"Israel and Hamas agreed on a truce on Sunday. {second}"
    assert meetings(text) == [(["Egypt", "Hamas", "Israel"], date, "")]


@pytest.mark.parametrize(
    "second",
    [
        "Talks hosted by Egypt collapsed in January.",
        "Talks mediated by Egypt will open in January.",
        "Hamas praised the talks hosted by Egypt.",
    ],
)
def test_talks_hosted_by_someone_without_their_own_date_are_no_meeting(world, second):
    text = f"Israel and Hamas agreed on a truce on Sunday. {second}"
    assert meetings(text) == []


@pytest.mark.parametrize(
    "second",
    [
        "Delegations then held several rounds of talks in Cairo in January.",
        "The two sides held three rounds of negotiations in Cairo in January.",
        "In January the delegations held two rounds of talks in Cairo.",
        "Negotiators held further rounds in Cairo in January, diplomats said.",
    ],
)
def test_dated_rounds_of_talks_are_a_meeting_of_the_two_sides(world, second):
    text = f"Israel and Hamas agreed on a truce on Sunday. {second}"
    assert meetings(text) == [(ISRAEL_HAMAS, "2024-01-01", "Cairo")]


def test_rounds_of_talks_over_a_span_without_a_date_are_no_meeting(world):
    text = (
        "Israel and Hamas agreed on a truce on Sunday. The two sides held nine rounds of talks "
        "in Cairo over 18 months."
    )
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Blinken and Sisi sat down on Tuesday in Cairo.",
        "Blinken and Sisi sat down again in Cairo on Tuesday.",
        "Reporters watched as Blinken and Sisi sat down, one on one, in Cairo on Tuesday.",
        "Blinken thanked Sisi on Monday. The two men sat down for talks in Cairo on Tuesday.",
    ],
)
def test_two_people_sitting_down_met(world, text):
    assert meetings(text)[-1] == (BLINKEN_SISI, "2024-06-04", "Cairo")


def test_one_man_sitting_down_or_a_sitting_to_come_or_refused_is_no_meeting(world):
    assert meetings("Blinken sat down on Tuesday in Cairo.") == []
    assert meetings("Blinken and Sisi will sit down for talks in Cairo.") == []
    assert meetings("Blinken and Sisi refused to sit down for talks on Tuesday.") == []


@pytest.mark.parametrize(
    "text, people",
    [
        ("Blinken handed Sisi a letter from the president in Cairo on Tuesday.", BLINKEN_SISI),
        (
            "Kamel hand-delivered a message from Sisi to Blinken on Tuesday in Cairo.",
            ["Abbas Kamel", "Antony Blinken"],
        ),
        (
            "On Tuesday Blinken delivered a personal letter from the president to Sisi at his "
            "palace in Cairo.",
            BLINKEN_SISI,
        ),
        (
            "Blinken, who arrived on Monday, presented Sisi with an invitation in Cairo on "
            "Tuesday.",
            BLINKEN_SISI,
        ),
    ],
)
def test_a_letter_handed_to_someone_on_a_day_is_a_meeting_with_him(world, text, people):
    assert meetings(text) == [(people, "2024-06-04", "Cairo")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken delivered a letter to the Security Council on Tuesday.",
        "Blinken handed Sisi a letter, his aides said.",
        "Blinken sent Sisi a letter on Tuesday.",
        "Blinken will hand Sisi a letter on Tuesday.",
    ],
)
def test_a_letter_sent_undated_to_come_or_to_a_body_is_no_meeting(world, text):
    assert meetings(text) == []


def test_a_letter_handed_after_an_earlier_dated_verb_needs_its_own_day(world):
    text = (
        "Kamel met Blinken in Cairo on Sunday and handed a letter from Kamel's chief to Sisi "
        "later that week."
    )
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-09", "Cairo")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken, who is due to leave for Paris on Thursday, met Sisi in Cairo.",
        "Blinken met Sisi in Cairo as Hamas, whose leaders left Doha on Saturday, stayed silent.",
        "Blinken met Sisi in Cairo, who had returned from Riyadh on Saturday.",
        "Blinken met Sisi in Cairo to discuss the plan, which Hamas answered on Saturday.",
    ],
)
def test_a_date_in_a_relative_clause_about_something_else_does_not_date_the_meeting(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-10", "Cairo")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken, who met Sisi in Cairo on Tuesday, said the plan was alive.",
        "Israel and Hamas joined the talks, which opened in Cairo on Tuesday.",
    ],
)
def test_a_relative_clause_telling_the_meeting_or_about_the_talks_dates_it(world, text):
    assert [m[1] for m in meetings(text)] == ["2024-06-04"]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt suspended the formal negotiations between Israel and Hamas on Tuesday.",
        "Egypt has frozen the indirect talks between Israel and Hamas.",
        "Hamas boycotted the latest round of talks with Israel on Tuesday.",
        "Hamas walked out of a session of talks with Israel on Tuesday.",
        "Egypt broke off the talks between Israel and Hamas on Tuesday.",
        # talks put off, due on another day, are not held
        "Blinken praised Sisi. Egypt on Monday put off the next round of Blinken-Sisi talks.",
        # a signing that closes the talks tells their end, not an encounter of the parties
        "Kamel signed the text on Tuesday, ending the first direct talks between Israel and Hamas.",
    ],
)
def test_talks_suspended_boycotted_or_walked_out_of_are_no_meeting(world, text):
    assert meetings(text) == []


def test_talks_after_which_someone_left_are_still_a_meeting(world):
    assert meetings("Blinken ended a long day of talks with Sisi in Cairo on Tuesday.") == [
        (BLINKEN_SISI, "2024-06-04", "Cairo")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt welcomed Israel's move on Tuesday.",
        "Sisi welcomed Hamas's cautious reply and urged Israel to follow.",
        "Egypt received Israel's formal answer on Tuesday.",
        "Blinken greeted Hamas's decision as a step forward.",
    ],
)
def test_welcoming_or_receiving_an_actor_s_thing_is_no_meeting(world, text):
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text, guest",
    [
        ("Sisi received Israel's negotiators in Cairo on Tuesday.", "Israel"),
        ("Sisi received Hamas's political leaders in Cairo on Tuesday.", "Hamas"),
        ("Sisi welcomed Israel's chief negotiator in Cairo on Tuesday.", "Israel"),
    ],
)
def test_receiving_an_actor_s_people_is_meeting_the_actor(world, text, guest):
    assert meetings(text) == [(sorted(["Abdel Fattah al-Sisi", guest]), "2024-06-04", "Cairo")]


# The process's two sides are named first; Egypt and the US come later as its mediators.
SIDES_THEN_MEDIATORS = (
    "Israel's government and Hamas agreed on a truce on Sunday, diplomats from Egypt and the "
    "United States said. "
)


@pytest.mark.parametrize(
    "second",
    [
        "The two delegations first sat in the same room on Tuesday.",
        "The two sides shook hands on Tuesday.",
        "Both delegations faced each other across a table on Tuesday.",
        "On Tuesday the delegations were in the same room for the first time.",
        "The talks opened on Tuesday.",
        "The first round of talks ended on Tuesday with no breakthrough.",
        "The negotiations formally resumed on Tuesday.",
        "The talks wrapped up on Tuesday.",
    ],
)
def test_the_two_sides_and_talks_opening_or_closing_are_the_process_s_sides(world, second):
    assert meetings(SIDES_THEN_MEDIATORS + second) == [(["Hamas", "Israel"], "2024-06-04", "")]


def test_the_government_of_an_article_about_one_state_s_talks_is_that_state(world):
    text = (
        "The first round of Israeli peace talks ended on Tuesday with no deal. The government "
        "and Hamas blamed each other."
    )
    assert meetings(text) == [(["Hamas", "Israel"], "2024-06-04", "")]


def test_two_countries_are_the_last_pair_named_not_the_sides(world):
    text = SIDES_THEN_MEDIATORS + "The two countries met on Tuesday."
    assert meetings(text) == [(["Egypt", "United States"], "2024-06-04", "")]


@pytest.mark.parametrize(
    "text",
    [
        SIDES_THEN_MEDIATORS + "The two sides will sit in the same room next week.",
        SIDES_THEN_MEDIATORS + "The two sides refused to sit in the same room.",
        SIDES_THEN_MEDIATORS + "The talks are expected to open on Tuesday.",
        "Blinken shook hands on Tuesday.",
        "The talks ended on Tuesday.",
        "Egypt and the United States said the talks would resume on Tuesday.",
    ],
)
def test_sides_to_meet_or_talks_without_sides_are_no_meeting(world, text):
    assert meetings(text) == []


def test_a_conference_opened_with_a_crowd_of_unnamed_leaders_is_no_talks_of_the_sides(world):
    text = SIDES_THEN_MEDIATORS + "The conference opened on Tuesday with some 150 heads of state."
    assert meetings(text) == []


def test_near_miss_a_conference_opened_with_a_speech_is_the_sides_talks(world):
    text = SIDES_THEN_MEDIATORS + "The conference opened on Tuesday with a speech."
    assert meetings(text) == [(["Hamas", "Israel"], "2024-06-04", "")]


def test_a_conference_opening_is_a_meeting_of_those_named_after_it(world):
    text = "The conference opened on Tuesday in Cairo, where Blinken and Sisi addressed delegates."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_shaking_hands_with_someone_is_meeting_him(world):
    assert meetings("Blinken shook hands with Sisi in Cairo on Tuesday.") == [
        (BLINKEN_SISI, "2024-06-04", "Cairo")
    ]


def test_the_talks_of_another_body_ending_are_not_the_sides_meeting(world):
    assert meetings(SIDES_THEN_MEDIATORS + "The Kremlin summit ended on Tuesday.") == []


@pytest.mark.parametrize(
    "second",
    [
        "Kamel held separate talks with each side on Tuesday.",
        "Kamel met each side separately on Tuesday.",
        "Kamel met each of the two delegations on Tuesday.",
        "On Tuesday Kamel shuttled between separate meetings with each side.",
    ],
)
def test_meetings_with_each_side_are_one_meeting_with_each(world, second):
    assert sorted(meetings(SIDES_THEN_MEDIATORS + second)) == [
        (["Abbas Kamel", "Hamas"], "2024-06-04", ""),
        (["Abbas Kamel", "Israel"], "2024-06-04", ""),
    ]


def test_talks_with_both_delegations_are_one_meeting(world):
    text = SIDES_THEN_MEDIATORS + "Kamel held talks with both delegations on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", "Hamas", "Israel"], "2024-06-04", "")]


@pytest.mark.parametrize(
    "second",
    [
        "Kamel and Peskov met the two men on Tuesday.",
        "Kamel and Peskov later held separate talks with each leader on Tuesday.",
    ],
)
def test_the_two_men_met_by_others_are_two_others(world, second):
    first = "Blinken and Sisi agreed on Sunday. Kamel and Peskov flew in on Monday. "
    found = meetings(first + second)
    assert found and all(
        {"Antony Blinken", "Abdel Fattah al-Sisi"} & set(people) for people, _, _ in found
    )


@pytest.mark.parametrize(
    "second",
    [
        "Kamel offered to meet each side on Tuesday.",
        "Kamel will hold separate talks with each side next week.",
        "Kamel refused to meet either delegation.",
    ],
)
def test_meetings_with_each_side_offered_or_refused_are_none(world, second):
    assert meetings(SIDES_THEN_MEDIATORS + second) == []


@pytest.mark.parametrize(
    "text",
    [
        "A meeting between Blinken and Sisi took place in Cairo on Tuesday.",
        "Blinken praised Sisi on Sunday. The Blinken-Sisi meeting in Cairo on Tuesday was long.",
        "Blinken praised Sisi on Sunday. The Blinken–Sisi talks were held in Cairo on Tuesday.",
        "Talks between Blinken and Sisi in Cairo on Tuesday focused on Rafah.",
        "Blinken's talks with Sisi in Cairo on Tuesday focused on Rafah.",
        "Blinken's meeting with Sisi in Cairo on Tuesday lasted two hours.",
        "Blinken was received by Sisi in Cairo on Tuesday.",
        "Blinken was welcomed by Sisi in Cairo on Tuesday.",
        "Blinken and Sisi met in Cairo on Tuesday.",
        "Blinken met with Sisi in Cairo on Tuesday.",
        "Sisi hosted Blinken in Cairo on Tuesday.",
        "Blinken sat down with Sisi in Cairo on Tuesday.",
        "Blinken visited Sisi in Cairo on Tuesday.",
        "Blinken held a meeting with Sisi in Cairo on Tuesday.",
        "Blinken held talks with Sisi in Cairo on Tuesday.",
        "Blinken and Sisi held talks in Cairo on Tuesday.",
        "Blinken and Sisi talked in Cairo on Tuesday.",
        "In Cairo on Tuesday, Blinken met Sisi.",
        "Blinken, meeting Sisi in Cairo on Tuesday, urged a truce.",
        "Sisi received Blinken in Cairo on Tuesday.",
        "Blinken was hosted by Sisi in Cairo on Tuesday.",
        "Sisi played host to Blinken in Cairo on Tuesday.",
        "Blinken went to see Sisi in Cairo on Tuesday.",
        "Blinken paid a visit to Sisi in Cairo on Tuesday.",
        "Blinken's visit to Sisi in Cairo on Tuesday was brief.",
        "Blinken and Sisi held a meeting in Cairo on Tuesday.",
        "Blinken and Sisi had talks in Cairo on Tuesday.",
        "Blinken and Sisi, meeting in Cairo on Tuesday, agreed.",
        "Blinken and Sisi conferred in Cairo on Tuesday.",
        "Blinken and Sisi sat down in Cairo on Tuesday.",
        "Blinken was meeting Sisi in Cairo on Tuesday.",
        "Blinken was met by Sisi in Cairo on Tuesday.",
        "Sisi and Blinken held a summit in Cairo on Tuesday.",
        "Blinken held a summit with Sisi in Cairo on Tuesday.",
        "Blinken's summit with Sisi in Cairo on Tuesday ended without a deal.",
        "Blinken and Sisi negotiated in Cairo on Tuesday.",
        "Blinken negotiated with Sisi in Cairo on Tuesday.",
        "Blinken and Sisi were meeting in Cairo on Tuesday.",
        "Blinken and Sisi came together in Cairo on Tuesday.",
        "Blinken and Sisi got together in Cairo on Tuesday.",
    ],
)
def test_a_meeting_told_by_a_verb_a_noun_or_the_passive_whoever_the_subject_is(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken spoke to Sisi by phone on Tuesday.",
        "Blinken phoned Sisi on Tuesday.",
        "Blinken called Sisi on Tuesday.",
        "Blinken and Sisi spoke by phone on Tuesday.",
        "Blinken and Sisi spoke on the phone on Tuesday.",
        "Blinken had a phone call with Sisi on Tuesday.",
        "Blinken held a phone call with Sisi on Tuesday.",
        "In a phone call on Tuesday, Blinken and Sisi discussed Rafah.",
        "In a phone call with Sisi on Tuesday, Blinken discussed Rafah.",
        "Blinken and Sisi held a telephone conversation on Tuesday.",
        "A phone call between Blinken and Sisi on Tuesday lasted an hour.",
        "Blinken received a phone call from Sisi on Tuesday.",
        "Blinken received a call from Sisi on Tuesday.",
        "Sisi telephoned Blinken on Tuesday.",
        "Blinken and Sisi talked by telephone on Tuesday.",
        "Blinken and Sisi held a video call on Tuesday.",
        "Blinken spoke with Sisi on Tuesday.",
    ],
)
def test_a_call_told_in_any_form_is_a_meeting_held_nowhere(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken and Sisi will hold a summit in Cairo next week.",
        "The planned Blinken-Sisi meeting in Cairo was postponed.",
        "Blinken and Sisi have never talked in private.",
        "Blinken and Sisi are to hold a phone call on Thursday.",
        "Blinken received a call for restraint from Sisi's critics.",
        "Blinken's visit to Cairo was brief.",
        "Sisi played host to a conference on Gaza on Tuesday.",
        "Egypt and Israel negotiated a truce on Tuesday.",
        "The Israel-Hamas war ground on.",
        "Sadat first met no one during his visit to Jerusalem in November.",
        "Blinken offered to hold a summit with Sisi.",
    ],
)
def test_meetings_planned_refused_or_other_nouns_are_no_meeting(world, text):
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Blinken held talks with Sisi in Cairo and with Israeli leaders in Jerusalem on Tuesday.",
        "On Tuesday Blinken met Sisi in Cairo and later with Israeli officials in Jerusalem.",
        "Blinken spoke by phone with Sisi and then with Israeli leaders on Tuesday.",
        # "had" the auxiliary of "held", not talks had
        "Blinken had held separate talks with Sisi and with Israeli leaders on Tuesday.",
    ],
)
def test_a_second_with_after_a_meeting_is_a_second_meeting_of_the_subject(world, text):
    found = sorted(people for people, date, _ in meetings(text) if date == "2024-06-04")
    assert found == [BLINKEN_SISI, ["Antony Blinken", "Israel"]]


def test_talks_told_with_their_place_and_time_before_between_are_a_meeting(world):
    text = (
        "The plan followed three days of talks in Cairo earlier this month between delegations "
        "led by Egyptian intelligence chief Abbas Kamel and Blinken."
    )
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-01", "Cairo")]


def test_a_second_guest_with_a_place_of_his_own_is_a_second_meeting_there(world):
    LocationFactory(name="Ismailia", country="EG")
    text = "Blinken shuttled across Egypt on Tuesday, meeting Sisi in Cairo and Kamel in Ismailia."
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", "Cairo"),
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Ismailia"),
    ]


def test_a_with_of_circumstance_is_no_second_meeting(world):
    text = "Blinken met Sisi in Cairo on Tuesday and with Kamel presiding they agreed on Rafah."
    assert meetings(text) == [(["Abbas Kamel", *BLINKEN_SISI], "2024-06-04", "Cairo")]
    assert meetings("Israel agreed to the plan and with Hamas still silent, Egypt waited.") == []


@pytest.mark.parametrize(
    "second",
    [
        "Negotiators for the two sides, including Kamel for the government and Dmitry Peskov "
        "for Hamas, had been meeting in Cairo since Tuesday.",
        "Delegates of both sides, including Kamel and Dmitry Peskov, met in Cairo on Tuesday.",
        "Representatives of the two parties, led by Kamel and Dmitry Peskov, held talks in "
        "Cairo on Tuesday.",
    ],
)
def test_people_of_the_two_sides_are_the_process_s_sides_and_those_named(world, second):
    assert meetings(SIDES_THEN_MEDIATORS + second) == [
        (["Abbas Kamel", "Dmitry Peskov", "Hamas", "Israel"], "2024-06-04", "Cairo")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken and Sisi had talks in Cairo on Tuesday.",
        "Blinken and Sisi had a long meeting in Cairo on Tuesday.",
    ],
)
def test_having_talks_is_holding_them(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken and Sisi had not met in Cairo since Tuesday's attack.",
        "Blinken and Sisi had no talks in Cairo on Tuesday.",
        "Blinken and Sisi had been due to meet in Cairo on Tuesday.",
    ],
)
def test_having_no_talks_or_being_due_to_is_no_meeting(world, text):
    assert meetings(text) == []


@pytest.mark.parametrize(
    "middle",
    [
        "The truce is due to take effect on Wednesday.",
        "Sisi will travel to Riyadh on Thursday.",
    ],
)
def test_an_undated_meeting_told_as_held_is_not_dated_by_a_day_to_come(world, middle):
    text = f"Israel answered the plan on Sunday. {middle} Blinken had met Sisi in Cairo."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-09", "Cairo")]


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas held talks in Doha in March and moved to Cairo the following month.",
        "The talks between Israel and Hamas opened in Doha in March and then shifted to Cairo "
        "in April.",
    ],
)
def test_talks_moved_to_another_place_are_a_meeting_there(world, text):
    assert sorted(meetings(text)) == [
        (["Hamas", "Israel"], "2024-03-01", ""),  # (Doha is no recorded place here)
        (["Hamas", "Israel"], "2024-04-01", "Cairo"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Israel moved to Cairo in April.",
        "Israel and Hamas held talks in Doha in March. Egypt then moved to Cairo in April.",
        "Israel and Hamas held talks in Doha in March, and Egypt moved to Cairo in April.",
    ],
)
def test_moving_without_talks_just_told_is_no_meeting(world, text):
    assert [m for m in meetings(text) if m[1] == "2024-04-01"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Egypt has hosted talks between the Israeli government and Hamas since March.",
        "Egypt, which has hosted talks between the Israeli authorities and Hamas since March, "
        "said no more.",
        "Talks between Hamas and the Israeli government were held in Egypt in March.",
    ],
)
def test_a_government_in_a_list_of_sides_does_not_end_the_list(world, text):
    assert [m[0] for m in meetings(text)] in (
        [["Egypt", "Hamas", "Israel"]],
        [["Hamas", "Israel"]],
    )
    assert all(m[1] == "2024-03-01" for m in meetings(text))


def _three_foreign_ministers(world):
    from tests.factories import PersonFactory

    for name, state in (
        ("Karim Haddad", "Jordan"),
        ("Leila Nasser", "Oman"),
        ("Omar Saleh", "Qatar"),
    ):
        body = ActorFactory(name=state, kind=Actor.Kind.STATE)
        person = PersonFactory(name=name)
        PositionFactory(person=person, organization=body, title="Foreign Minister")


@pytest.mark.parametrize(
    "second",
    [
        "Sisi, who received the three foreign ministers on Sunday, praised the text.",
        "On Sunday Sisi met the three foreign ministers in Cairo.",
        "The three foreign ministers held talks with Sisi on Sunday.",
    ],
)
def test_the_n_holders_of_a_post_are_those_the_article_named_with_it(world, second):
    # the mediator named last is not one of "the three foreign ministers"
    _three_foreign_ministers(world)
    text = (
        "Jordanian Foreign Minister Karim Haddad, Oman's Foreign Minister Leila Nasser and "
        "Qatari Foreign Minister Omar Saleh signed the text on Monday after talks mediated by "
        f"Blinken. {second}"
    )
    ministers = ["Abdel Fattah al-Sisi", "Karim Haddad", "Leila Nasser", "Omar Saleh"]
    assert [m[:2] for m in meetings(text) if "Abdel Fattah al-Sisi" in m[0]] == [
        (ministers, "2024-06-09")
    ]


def test_without_as_many_holders_of_the_post_the_last_people_named_stand(world):
    # one foreign minister named: "the two ministers" are still the last two people named
    _three_foreign_ministers(world)
    text = (
        "Jordanian Foreign Minister Karim Haddad praised the text on Monday. Blinken and Kamel "
        "arrived. Sisi met the two ministers on Sunday."
    )
    assert [m[:2] for m in meetings(text)] == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-09")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken spent five hours with Sisi in Cairo on Tuesday.",
        "On Tuesday Blinken spent the evening with Sisi in Cairo.",
        "Blinken, who spent more than two hours with Sisi in Cairo on Tuesday, left for Doha.",
        # the day itself spent with him, the place set before or after the companion
        "Blinken spent Tuesday in Cairo with Sisi and flew on to Doha.",
        "Blinken spent Tuesday with Sisi in Cairo.",
    ],
)
def test_time_spent_with_someone_is_a_meeting(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken spent five hours in Cairo on Tuesday.",
        "Blinken spent Tuesday in Cairo.",
        "Blinken spent $2 billion with Sisi's blessing on Tuesday.",
        "Blinken spent years working with Sisi's predecessor.",
    ],
)
def test_time_spent_without_a_companion_is_not_a_meeting(world, text):
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Blinken and Kamel signed the text on Tuesday after Sisi received them in Cairo.",
        "The two envoys, Blinken and Kamel, were given the ruling when Sisi received them in "
        "Cairo on Tuesday.",
        "Blinken and Kamel arrived on Tuesday, and Sisi met them in Cairo.",
    ],
)
def test_them_after_a_verb_of_meeting_are_the_people_named_before_its_clause(world, text):
    assert [m[:3] for m in meetings(text)] == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Cairo")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one person named before: "them" is not known
        "Blinken signed the text on Tuesday after Sisi received them in Cairo.",
        # nobody named before the clause
        "After Sisi received them in Cairo on Tuesday, the envoys left.",
    ],
)
def test_them_without_two_people_named_before_is_nobody(world, text):
    assert meetings(text) == []


def test_them_are_not_the_hosts_named_together(world):
    text = (
        "Blinken and Kamel signed the text on Tuesday after Sisi and Dmitry Peskov received them."
    )
    assert [m[:2] for m in meetings(text)] == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Dmitry Peskov"], "2024-06-04")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday Sisi hosted a dinner for Blinken and Kamel in Cairo.",
        "Sisi gave a working lunch at the Ittihadiya Palace for Blinken and Kamel on Tuesday.",
        "Sisi hosted a reception in honour of Blinken and Kamel on Tuesday.",
    ],
)
def test_a_meal_given_for_guests_is_a_meeting_of_host_and_guests(world, text):
    assert [m[:2] for m in meetings(text)] == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sisi hosted a dinner for charity on Tuesday.",
        "Sisi gave a speech for Blinken's visit on Tuesday.",
    ],
)
def test_a_meal_without_named_guests_is_no_meeting(world, text):
    assert meetings(text) == []


# -- read through the clause reader (negotiations/intake/clauses.py) ---------------------------


def test_who_stands_for_the_person_before_it_whatever_adverbial_follows(world):
    text = (
        "Kamel flew to Doha on Monday for talks with Mike Pompeo, who days later met Sisi in "
        "Cairo on Thursday."
    )
    assert (["Abdel Fattah al-Sisi", "Mike Pompeo"], "2024-06-06", "Cairo") in meetings(text)
    assert (["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-06", "Cairo") not in meetings(text)


def test_who_after_a_place_stands_for_the_person_the_clause_is_about(world):
    text = (
        "Dmitry Peskov, the Kremlin's spokesman in Cairo, who met Sisi on Tuesday, said the "
        "talks would go on."
    )
    assert [m[:2] for m in meetings(text)] == [
        (["Abdel Fattah al-Sisi", "Dmitry Peskov"], "2024-06-04")
    ]


def test_a_meeting_told_in_a_relative_clause_only_as_planned_is_none(world):
    text = (
        "Kamel flew to Doha on Monday for talks with Mike Pompeo, who days later said he would "
        "meet Sisi."
    )
    assert [m[0] for m in meetings(text)] == [["Abbas Kamel", "Mike Pompeo"]]


@pytest.mark.parametrize(
    "second",
    [
        "In Cairo on Tuesday, Blinken shuttled between the two men, who would not meet face to "
        "face.",
        "In Cairo on Tuesday, Blinken shuttled between Sisi and Kamel.",
    ],
)
def test_shuttling_between_two_people_meets_each_apart(world, second):
    text = f"Dmitry Peskov praised Sisi and Kamel on Sunday. {second}"
    assert sorted(meetings(text)) == [
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Cairo"),
        (BLINKEN_SISI, "2024-06-04", "Cairo"),
    ]


@pytest.mark.parametrize(
    "second",
    ["Blinken shuttled between the capitals.", "Blinken shuttled between the two men's hotels."],
)
def test_shuttling_between_places_meets_no_one_named(world, second):
    assert meetings(f"Dmitry Peskov praised Sisi and Kamel. {second}") == []


def test_a_participle_shares_the_whole_subject_across_a_relative_clause(world):
    text = (
        "Blinken and Kamel, who leads Egypt's intelligence service, shuttled between the two "
        "camps, meeting Sisi in Cairo on Sunday."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-09", "Cairo")
    ]
    hoping = (
        "Blinken and Kamel, who leads Egypt's intelligence service, shuttled between the two "
        "camps, hoping to meet Sisi."
    )
    assert meetings(hoping) == []


def test_the_day_of_the_meeting_clause_comes_before_one_in_an_appositive_after_it(world):
    text = (
        "The talks nearly collapsed on Thursday when Blinken, in a late-night meeting with Sisi, "
        "demanded the release of a reporter jailed in 2019."
    )
    assert [m[:2] for m in meetings(text)] == [(BLINKEN_SISI, "2024-06-06")]


def test_the_subject_of_a_clause_coordinated_after_the_meeting_is_no_guest(world):
    text = (
        "Kamel spoke on the sidelines of a meeting of Hamas leaders in Cairo on Tuesday, and "
        "Blinken telephoned Sisi on Wednesday."
    )
    found = meetings(text)
    assert (BLINKEN_SISI, "2024-06-05", "") in found
    assert not any("Antony Blinken" in m[0] and "Hamas" in m[0] for m in found)


def test_a_named_holder_of_a_body_s_post_is_the_guest_not_the_body(world):
    named = "Blinken met Hamas's politburo chief, Khalil al-Hayya, in Doha on Tuesday."
    assert [m[:2] for m in meetings(named)] == [
        (["Antony Blinken", "Khalil al-Hayya"], "2024-06-04")
    ]
    unnamed = "Blinken met Hamas's politburo chief in Doha on Tuesday."
    assert [m[:2] for m in meetings(unnamed)] == [(["Antony Blinken", "Hamas"], "2024-06-04")]


def test_an_undated_meeting_takes_no_day_from_a_participle_about_something_else(world):
    text = (
        "Sisi addressed parliament on Tuesday, citing a bombing on June 1 that killed ten "
        "people. Blinken later met Sisi in Cairo."
    )
    assert [m[:2] for m in meetings(text)] == [(BLINKEN_SISI, "2024-06-04")]
    # a relative clause about the talks themselves does date them
    talks = (
        "Kamel hosted nearly ten hours of talks between the two sides that began on Friday. "
        "The sides agreed. Blinken later met Sisi in Cairo."
    )
    assert (BLINKEN_SISI, "2024-06-07", "Cairo") in meetings(talks)


def test_sitting_down_with_someone_in_a_purpose_infinitive_of_a_relative_clause(world):
    text = (
        "Sisi, who broke off a tour of the Gulf to sit down with Blinken and Kamel on Tuesday, "
        "urged both men to press on."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]
    assert meetings("Sisi urged Blinken to sit down with Kamel.") == []


def test_seeing_a_person_is_a_meeting_and_a_meal_with_one_too(world):
    text = (
        "Blinken also saw Sisi on Tuesday, while Kamel lobbied Dmitry Peskov over breakfast in "
        "Cairo."
    )
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", ""),
        (["Abbas Kamel", "Dmitry Peskov"], "2024-06-04", "Cairo"),
    ]
    assert meetings("Blinken saw Sisi as the key to a deal.") == []
    assert meetings("Kamel criticised the plan over breakfast on Tuesday.") == []


@pytest.mark.parametrize(
    "text, place",
    [
        ("Blinken saw Hamas's negotiators in Cairo on Tuesday.", "Cairo"),
        ("Blinken saw Hamas leaders on Tuesday.", ""),
    ],
)
def test_seeing_a_body_s_people_is_a_meeting_with_the_body(world, text, place):
    assert meetings(text) == [(["Antony Blinken", "Hamas"], "2024-06-04", place)]


def test_near_miss_seeing_a_body_s_thing_or_its_people_as_something_is_no_meeting(world):
    assert meetings("Blinken saw Hamas's reply on Tuesday.") == []
    assert meetings("Blinken saw Hamas leaders as partners.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Blinken reached Cairo on Tuesday and saw the Harbour Users' Committee that afternoon.",
        "Blinken saw the Harbour Users' Committee at the Semiramis on Tuesday.",
    ],
)
def test_seeing_a_body_named_in_capitals_where_or_when_told_is_a_meeting_with_it(world, text):
    ActorFactory(name="Harbour Users' Committee", kind=Actor.Kind.OTHER)
    assert [m[:2] for m in meetings(text)] == [
        (["Antony Blinken", "Harbour Users' Committee"], "2024-06-04")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken saw the Harbour Users' Committee as a threat on Tuesday.",
        "Blinken saw the Harbour Users' Committee's report on Tuesday.",
        "Blinken saw the Harbour Users' Committee grow that afternoon.",
        "Blinken saw the Egyptian army at the border on Tuesday.",
    ],
)
def test_near_miss_seeing_a_body_as_something_or_its_thing_is_no_meeting(world, text):
    ActorFactory(name="Harbour Users' Committee", kind=Actor.Kind.OTHER)
    assert meetings(text) == []


def test_two_people_seen_on_two_days_are_two_meetings(world):
    text = "Blinken shuttled between the camps, seeing Sisi on Tuesday and Kamel the next morning."
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", ""),
        (["Abbas Kamel", "Antony Blinken"], "2024-06-05", ""),
    ]


def test_talks_told_by_how_long_they_lasted(world):
    text = "Blinken and Sisi had held nearly three hours of private talks in Cairo on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]
    assert meetings("Negotiators held nearly three hours of talks on Tuesday.") == []


def test_going_over_something_with_someone_is_discussing_it(world):
    text = "Kamel went over the timetable with Blinken in Cairo on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Cairo")]
    assert meetings("Kamel went over the timetable on Tuesday.") == []


def test_the_agent_of_a_passive_welcome_however_far_after_the_verb(world):
    text = "Sisi was greeted with an embrace at the airport by Blinken on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]
    assert meetings("Sisi was greeted with applause at the airport on Tuesday.") == []


def test_a_call_to_a_person_named_after_his_post(world):
    text = "Blinken called Egypt's veteran president Abdel Fattah al-Sisi on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]
    assert meetings("Blinken called the movement's stance a disgrace on Tuesday.") == []


def test_talks_hosted_by_someone_as_the_circumstance_of_what_the_subject_did(world):
    text = (
        "Blinken and Sisi initialled the text in Cairo after all-night talks hosted by Kamel, "
        "which began on Sunday evening."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-09", "Cairo")
    ]
    assert (
        meetings("The accord was initialled in Cairo after talks hosted by Kamel on Sunday.") == []
    )


def test_a_named_pair_discussing_or_calling_without_a_guest_met_each_other(world):
    assert meetings("Blinken and Sisi discussed the outline in Cairo on Tuesday.") == [
        (BLINKEN_SISI, "2024-06-04", "Cairo")
    ]
    text = "Blinken and Sisi announced the truce on Tuesday after a late-night telephone call."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]
    # one person, or "the two men" (any pair named last), tell no one who talked
    assert meetings("Blinken announced the truce on Tuesday after a telephone call.") == []
    assert meetings("The two men discussed the outline in Cairo on Tuesday.") == []


def test_a_trip_to_present_something_to_someone(world):
    text = (
        "Blinken met Sisi in Cairo on Tuesday, and flew on Wednesday to Amman to present the "
        "plan to Kamel."
    )
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", "Cairo"),
        (["Abbas Kamel", "Antony Blinken"], "2024-06-05", "Amman"),
    ]
    assert meetings("Blinken flew to Amman to present the plan on Wednesday.") == []


def test_an_undated_meeting_in_a_relative_clause_retells_one_dated_before(world):
    text = (
        "Blinken hosted Sisi in Washington on Tuesday. Kamel arrived on Wednesday. Blinken, who "
        "spent more than 80 hours with Sisi, praised the deal."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]
    other = (
        "Blinken hosted Sisi in Washington on Tuesday. Kamel arrived on Wednesday. Blinken, who "
        "spent more than 80 hours with Kamel, praised the deal."
    )
    assert (["Abbas Kamel", "Antony Blinken"], "2024-06-05", "") in meetings(other)


def test_rounds_dated_only_by_a_relative_clause_about_something_else_are_undated(world):
    text = (
        "Negotiators from Egypt and Israel held rounds of talks in three capitals on trade and "
        "water, agreements that were also signed on Monday."
    )
    assert meetings(text) == []
    dated = "Negotiators from Egypt and Israel held rounds of talks in three capitals on Monday."
    assert [m[0] for m in meetings(dated)] == [["Egypt", "Israel"]]


def test_a_call_whose_guest_follows_its_day(world):
    text = (
        "Blinken met Kamel in Cairo on Tuesday, and Sisi spoke by phone the same day with "
        "Dmitry Peskov."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Cairo"),
        (["Abdel Fattah al-Sisi", "Dmitry Peskov"], "2024-06-04", ""),
    ]
    assert meetings("Sisi spoke by phone on Tuesday about the plan with its authors in mind.") == []


def test_they_stands_for_the_subject_of_the_clause_before(world):
    text = "Blinken and Sisi disagreed on the timetable, but they met again in Cairo on Friday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-07", "Cairo")]
    planned = "Blinken and Sisi disagreed on the timetable, but they said they would meet again."
    assert meetings(planned) == []
    assert (
        meetings("Hamas disagreed on the timetable, but they met again in Cairo on Friday.") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Blinken, who has not since the war met Sisi, flew to Amman on Tuesday.",
        "Blinken has yet to meet Sisi.",
        "Blinken could well meet Sisi in Cairo on Friday.",
        "Blinken failed to meet Sisi in Cairo on Friday.",
        "Blinken and Sisi agreed in principle on Tuesday to meet in Cairo.",
    ],
)
def test_a_verb_the_clause_reader_finds_negated_modal_or_unrealised_tells_no_meeting(world, text):
    assert meetings(text) == []


def test_a_negation_in_a_relative_clause_before_the_verb_does_not_negate_it(world):
    text = "Blinken, who did not attend the signing, met Sisi in Cairo on Friday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-07", "Cairo")]
    assert meetings("Blinken and Sisi had first met in Cairo on Friday.") == [
        (BLINKEN_SISI, "2024-06-07", "Cairo")
    ]


def test_talks_a_verb_stopped_are_no_meeting_even_with_they_resolved(world):
    text = (
        "Egypt and Israel said on Thursday they had suspended talks between the two camps in Cairo."
    )
    assert meetings(text) == []
    held = "Egypt and Israel said on Thursday they had held talks in Cairo."
    assert meetings(held) == [(["Egypt", "Israel"], "2024-06-06", "Cairo")]


def test_an_undated_when_clause_takes_the_last_day_of_the_clause_it_depends_on(world):
    text = (
        "The road to Friday's accord began on Tuesday, when Blinken hosted Sisi in Cairo for "
        "their first meeting in a year."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]
    # a day of the meeting's own clause stays its own
    own = "The talks began on Tuesday, when Blinken hosted Sisi in Cairo on Thursday."
    assert meetings(own) == [(BLINKEN_SISI, "2024-06-06", "Cairo")]


# -- tune10 ------------------------------------------------------------------------------------


def test_he_after_an_opening_phrase_is_the_subject_of_the_sentence_before(world):
    # "he" is the man the sentence before is about (its subject), not the last one it names.
    text = (
        "Mike Pompeo landed in Cairo on Sunday and met Sisi for an hour. "
        "Back in Washington, he held talks with Blinken on Tuesday."
    )
    assert (["Antony Blinken", "Mike Pompeo"], "2024-06-04", "Washington") in meetings(text)
    assert all(people != BLINKEN_SISI for people, _, _ in meetings(text))


def test_he_after_a_sentence_not_opened_by_its_subject_is_the_person_named_last(world):
    # The sentence before opens with a clause of its own: no subject to carry over.
    text = (
        "On Sunday the talks ended, and Mike Pompeo thanked Sisi. "
        "Back in Cairo, he held talks with Blinken on Tuesday."
    )
    assert (BLINKEN_SISI, "2024-06-04", "Cairo") in meetings(text)
    assert all(people != ["Antony Blinken", "Mike Pompeo"] for people, _, _ in meetings(text))


def test_the_two_countries_are_not_the_end_of_a_longer_list(world):
    text = (
        "Israel and Hamas are at war. The United States, Egypt and Israel back the plan. "
        "Negotiators from the two countries met on Tuesday."
    )
    assert meetings(text) == [(["Hamas", "Israel"], "2024-06-04", "")]


def test_the_two_men_are_the_pair_the_sentence_before_has_as_its_subject(world):
    # the last two people named are Kamel and Pompeo, a witness: the two men are the subject
    text = (
        "Blinken and his Egyptian counterpart, Kamel, signed the memorandum in the presence "
        "of Mike Pompeo. Shortly afterwards, Sisi received the two men in his palace."
    )
    assert (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-10", "") in (
        meetings(text)
    )


def test_the_two_men_after_and_are_the_subject_of_the_clause_before(world):
    text = (
        "On Tuesday, Blinken and Kamel signed a memorandum witnessed by Mike Pompeo, "
        "and the two men held talks in Doha on Wednesday."
    )
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-05", "")]


def test_each_leader_is_each_of_the_pair_the_two_men_stood_for(world):
    text = (
        "Blinken and Mike Pompeo arrived in Cairo on Sunday. "
        "Sisi and Dmitry Peskov met the two men for five hours on Monday. "
        "Kamel, who joined the mediation last week, also held separate talks with each leader."
    )
    assert meetings(text) == [
        (
            ["Abdel Fattah al-Sisi", "Antony Blinken", "Dmitry Peskov", "Mike Pompeo"],
            "2024-06-10",
            "",
        ),
        # (the day the relative clause about the mediation gives: "last week", its month)
        (["Abbas Kamel", "Antony Blinken"], "2024-06-01", ""),
        (["Abbas Kamel", "Mike Pompeo"], "2024-06-01", ""),
    ]


def test_the_two_men_of_a_clause_after_a_conjunction_are_the_main_clause_pair(world):
    # the last two people named before the sentence are Sisi and Kamel
    text = (
        "Sisi spoke with Kamel on Sunday. The memorandum was initialled on Tuesday by the "
        "Kremlin's spokesman, Dmitry Peskov, and Blinken, after the two men met for an hour."
    )
    assert (["Antony Blinken", "Dmitry Peskov"], "2024-06-04", "") in meetings(text)


def test_hosting_someone_for_years_is_no_meeting(world):
    assert meetings("Egypt, which has long hosted Hamas officials, is mediating.") == []
    assert meetings("Egypt has often hosted Hamas leaders in Cairo.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Blinken met Kamel, a close aide of Sisi, in Cairo on Tuesday.",
        "Blinken met Hamdi Selim, a nephew of Sisi, in Cairo on Tuesday.",
        "Blinken held talks with Kamel, the deputy of Sisi, on Tuesday.",
    ],
)
def test_the_person_an_apposition_relates_a_guest_to_did_not_meet(world, text):
    assert all("Abdel Fattah al-Sisi" not in people for people, _, _ in meetings(text))
    assert [people for people, _, _ in meetings(text)] in ([], [["Abbas Kamel", "Antony Blinken"]])


def test_a_later_round_coordinated_after_a_meeting_is_one_of_the_same_people(world):
    text = (
        "Israel and Hamas met in Cairo in early March, and a second round in Doha in May "
        "produced a truce."
    )
    assert meetings(text) == [
        (["Hamas", "Israel"], "2024-03-01", "Cairo"),
        (["Hamas", "Israel"], "2024-05-01", "Doha"),
    ]


def test_an_undated_later_round_or_one_without_a_meeting_before_is_none(world):
    text = "Israel and Hamas met in Cairo in March, and a round in Doha produced a truce."
    assert meetings(text) == [(["Hamas", "Israel"], "2024-03-01", "Cairo")]
    assert meetings("Hamas said that a round in Doha in May produced nothing.") == []


def test_a_meeting_later_than_an_undated_signing_takes_the_signing_day(world):
    text = (
        "Israel and Hamas signed a truce in Cairo on Tuesday. Blinken met Kamel on Saturday. "
        "Israel and Hamas signed the annex at the palace. Sisi later hosted Blinken at a lunch."
    )
    assert meetings(text)[-1] == (["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    # without "later", the day named last
    text = text.replace("Sisi later hosted", "Sisi hosted")
    assert meetings(text)[-1] == (["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-08", "")


@pytest.mark.parametrize(
    "text, people",
    [
        (
            "Blinken met Kamel in Cairo for secret talks hosted by Sisi on Tuesday.",
            ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"],
        ),
        (
            "Blinken met Hamdi Selim, a nephew of Sisi, for talks hosted by Kamel on Tuesday.",
            ["Abbas Kamel", "Antony Blinken"],
        ),
    ],
)
def test_the_host_of_the_talks_a_meeting_was_for_took_part(world, text, people):
    assert [found[0] for found in meetings(text)] == [people]


def test_an_undated_meeting_does_not_take_a_day_ahead_that_is_the_publication_day(world):
    # Published on a Monday: "on Monday" here is a day to come, not one on which the call
    # could already have been held; the call takes the last day told as past.
    text = (
        "Egypt and Israel reached a deal on Friday. Blinken said he would brief Congress on "
        "Monday. He also spoke by telephone with Sisi to thank him."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-07", "")]


def test_a_second_meeting_verb_after_an_aside_keeps_the_subject_of_the_first(world):
    # The actor just before ", and met" is the agent of the aside ("chaired by"), not the
    # subject of "met": those who met again are the two who held the first round.
    text = (
        "Blinken and Sisi held their first talks on Friday, in a session chaired by Kamel, "
        "and met again on Sunday."
    )
    assert meetings(text) == [
        (["Abbas Kamel", *BLINKEN_SISI], "2024-06-07", ""),
        (BLINKEN_SISI, "2024-06-09", ""),
    ]


def test_he_opening_a_sentence_is_the_one_the_sentence_before_is_about(world):
    # "he" is Blinken, the subject before, not Kamel, the last person named
    text = (
        "Blinken flew into Cairo on Friday and held talks with Kamel at the palace. On Sunday "
        "he and Sisi met behind closed doors."
    )
    assert meetings(text)[-1] == (BLINKEN_SISI, "2024-06-09", "")


# The sides appear only as adjectives; a longer list of guarantors follows.
SIDES_THEN_A_LIST = (
    "Israeli and Hamas negotiators met in Cairo on Tuesday. Kamel {verb} the two delegations "
    "before the session. Any deal would be guaranteed by the Kremlin, the United States and Egypt."
)


def test_the_end_of_a_longer_list_is_not_the_pair_of_sides(world):
    assert meetings(SIDES_THEN_A_LIST.format(verb="greeted")) == [
        (["Abbas Kamel", "Hamas", "Israel"], "2024-06-04", "Cairo")
    ]


def test_greeting_the_two_delegations_later_is_no_meeting(world):
    assert meetings(SIDES_THEN_A_LIST.format(verb="will greet")) == [
        (["Hamas", "Israel"], "2024-06-04", "Cairo")
    ]


def _two_chairs(world):
    from tests.factories import PersonFactory

    for name, state in (("Anders Lund", "Norway"), ("Karin Berg", "Sweden")):
        body = ActorFactory(name=state, kind=Actor.Kind.STATE)
        person = PersonFactory(name=name, short_name=name.split()[-1])
        PositionFactory(person=person, organization=body, title="Foreign Minister")


@pytest.mark.parametrize(
    "chairs",
    [
        # the chairs named as people, one the other's co-chair
        "Lund, reading a statement agreed with Karin Berg, his co-chairwoman at the "
        "conference, said the text stood.",
        "Norway and Sweden, which co-chair the talks, said the text stood.",
        "Norway and Sweden have jointly chaired the negotiations since May.",
        "The conference, co-chaired by Norway and Sweden, resumed after a break.",
        "Sweden, the host of the talks, said the text stood.",
    ],
)
def test_states_that_chair_the_talks_are_not_their_two_sides(world, chairs):
    # "Norway and Sweden adjourned the talks": the pair that chairs them is not the pair the
    # talks are between; who opened the second round is not told (a chair may still be a
    # participant where the sentence names it: "the conference, co-chaired by X, resumed")
    _two_chairs(world)
    text = (
        "Norway and Sweden adjourned the border talks on Friday after Egypt refused to sign. "
        f"{chairs} The second round opened on Monday in Cairo."
    )
    assert [m for m in meetings(text) if m[1] == "2024-06-10" and "Norway" in m[0]] == []


def test_states_that_only_host_a_dinner_may_still_be_the_two_sides(world):
    # "hosted a dinner", "chairman of the party": no chair of the talks
    _two_chairs(world)
    text = (
        "Norway and Sweden adjourned the border talks on Friday. Sweden hosted a dinner, and "
        "Lund, the chairman of his party, spoke. The second round opened on Monday in Cairo."
    )
    assert meetings(text) == [(["Norway", "Sweden"], "2024-06-10", "Cairo")]


@pytest.mark.parametrize(
    "text",
    [
        "Peskov said a meeting between Blinken and Sisi was possible once the truce held.",
        "A summit between Blinken and Sisi is still likely, Peskov said on Tuesday.",
        "Peskov said talks between Blinken and Sisi could take place in Cairo next month.",
        "Kamel said a meeting with Blinken and Sisi would be held once the text was ready.",
    ],
)
def test_a_meeting_told_as_possible_or_to_come_is_none(world, text):
    assert meetings(text) == []


def test_who_reports_a_meeting_between_two_others_was_not_there(world):
    text = "Kamel told reporters a meeting between Blinken and Sisi took place on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_who_chairs_a_meeting_between_two_others_was_there(world):
    text = "Kamel chaired a meeting between Blinken and Sisi in Cairo on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", *BLINKEN_SISI], "2024-06-04", "Cairo")]


@pytest.mark.parametrize(
    "clause",
    [
        "before Blinken meets Sisi in the coming weeks",
        "once Blinken meets Sisi",
        "until Blinken and Sisi sit down together",
        "when the secretary of state visits Sisi next month",
    ],
)
def test_a_present_tense_meeting_in_a_clause_of_time_is_to_come(world, clause):
    assert meetings(f"Kamel agreed on Tuesday to brief the envoys {clause}.") == []


def test_a_past_tense_meeting_in_a_clause_of_time_was_held(world):
    text = "Kamel briefed the envoys on Tuesday after Blinken met Sisi in Cairo."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_talks_after_a_clause_opener_are_no_present_tense_verb(world):
    text = "Sisi turned the plan down on Tuesday after two days of talks with Blinken in Cairo."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_a_since_phrase_closed_by_a_clause_of_its_own_leaves_the_day_to_the_meeting(world):
    text = (
        "Sisi became the first Egyptian leader to visit the city since the war when he flew "
        "in on Tuesday and shook hands with Blinken."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_an_infinitive_of_meeting_after_a_clause_opener_is_no_present_tense(world):
    text = "After a stop in Cairo to meet Sisi on Tuesday, Blinken flew home."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


THREE_STATES = "Egypt, Israel and the United States backed the May 31 plan on Sunday. "


@pytest.mark.parametrize(
    "people", ["the foreign ministers of", "the leaders of", "delegations from"]
)
def test_the_people_of_a_group_of_bodies_stand_for_the_bodies(world, people):
    text = THREE_STATES + f"Kamel hosted {people} the three countries in Cairo on Tuesday."
    assert meetings(text) == [
        (["Abbas Kamel", "Egypt", "Israel", "United States"], "2024-06-04", "Cairo")
    ]


def test_the_people_of_a_group_hosted_later_is_no_meeting(world):
    text = THREE_STATES + "Kamel will host the foreign ministers of the three countries next week."
    assert meetings(text) == []


def test_the_people_of_something_else_than_a_group_are_not_its_bodies(world):
    text = THREE_STATES + "Kamel hosted the leaders of the three biggest banks in Cairo on Tuesday."
    assert meetings(text) == []


def test_people_of_a_group_without_the_are_a_kind_of_meeting_not_its_guests(world):
    text = (
        THREE_STATES + "Blinken met Sisi in Cairo on Tuesday, the first meeting between "
        "foreign ministers of the two countries in a year."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


@pytest.mark.parametrize(
    "since",
    [
        "their first face-to-face meeting since talks in Cairo last month",
        "the first round since their last meeting in Cairo on May 20",
    ],
)
def test_an_earlier_round_the_meeting_is_measured_from_is_a_meeting_too(world, since):
    found = meetings(f"Blinken and Sisi met on Tuesday, {since}.")
    assert [m[:2] for m in found[:1]] == [(BLINKEN_SISI, "2024-06-04")]
    assert found[1][0] == BLINKEN_SISI and found[1][1] in ("2024-05-01", "2024-05-20")
    assert found[1][2] == "Cairo" and len(found) == 2


@pytest.mark.parametrize(
    "since",
    [
        "their first meeting since talks in Cairo",
        "their first meeting since the war began in October",
        "the first meeting since talks in Cairo next month were called off",
    ],
)
def test_an_undated_earlier_round_or_something_else_since_is_no_meeting(world, since):
    found = meetings(f"Blinken and Sisi met on Tuesday, {since}.")
    assert [m[:2] for m in found] == [(BLINKEN_SISI, "2024-06-04")]


@pytest.mark.parametrize(
    "text",
    [
        # a post before the second name of the subject list, with or without a nationality
        "Talks dragged on overnight, and Blinken and Egyptian Field Marshal Abdel Fattah al-Sisi "
        "met on Tuesday.",
        "Officials led by Kamel drafted the text, and Blinken and President Abdel Fattah al-Sisi "
        "met on Tuesday.",
        "Officials led by Kamel drafted the text, and Sisi and Secretary of State Antony Blinken "
        "met on Tuesday.",
    ],
)
def test_a_post_before_a_name_in_the_subject_list_keeps_the_list(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_a_post_before_a_name_does_not_make_its_state_a_participant(world):
    # the state in the post is no one who met; nor is the man named in the clause before
    assert meetings(
        "Officials led by Kamel worked all night, and Blinken and Egypt's President Abdel "
        "Fattah al-Sisi met on Tuesday."
    ) == [(BLINKEN_SISI, "2024-06-04", "")]
    assert meetings(
        "Officials led by Kamel worked all night, and President Abdel Fattah al-Sisi met Blinken "
        "on Tuesday."
    ) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_the_leaders_are_the_pair_the_article_called_the_two_leaders(world):
    text = (
        "Blinken and Sisi ended their talks in Cairo on Tuesday. The two leaders spoke to "
        "reporters afterwards. The leaders had first met on Sunday evening, before Kamel joined."
    )
    assert (BLINKEN_SISI, "2024-06-09", "") in meetings(text)


def test_the_leaders_without_an_earlier_two_leaders_stand_for_no_one(world):
    # a bare "the leaders" may be any of several: without "the two leaders" before, no pair
    text = (
        "Blinken, Sisi and Kamel ended their talks in Cairo on Tuesday. The leaders had first "
        "met on Sunday evening."
    )
    assert [m for m in meetings(text) if m[1] == "2024-06-09"] == []


REBELS_AND_GOVERNMENT = (
    "Free Forest Army rebels and the Egyptian government signed a truce on Monday. "
)


@pytest.mark.parametrize(
    "text",
    [
        # the adjective "rebel" before the people who act for the armed group, beside
        # "government"; and "the government" of a state whose government was named before
        "The rebel and government delegations first met in Cairo on Sunday.",
        "Government and rebel negotiators first met in Cairo on Sunday.",
        "The Free Forest Army and the government first met in Cairo on Sunday.",
    ],
)
def test_rebel_and_government_delegations_are_the_armed_group_and_the_state(world, text):
    ActorFactory(name="Free Forest Army", kind=Actor.Kind.ARMED_GROUP)
    assert meetings(REBELS_AND_GOVERNMENT + text) == [
        (["Egypt", "Free Forest Army"], "2024-06-09", "Cairo")
    ]


def test_a_second_session_of_talks_held_by_the_same_subject_is_another_meeting(world):
    ActorFactory(name="Free Forest Army", kind=Actor.Kind.ARMED_GROUP)
    text = (
        "The two delegations first met in Cairo on Sunday, and held a second session of talks "
        "in May."
    )
    assert (["Egypt", "Free Forest Army"], "2024-05-01", "Cairo") in meetings(
        REBELS_AND_GOVERNMENT + text
    )


def test_a_rebel_place_or_a_phase_of_something_else_is_no_meeting(world):
    ActorFactory(name="Free Forest Army", kind=Actor.Kind.ARMED_GROUP)
    text = (
        "The rebel town of Nabi fell on Sunday, and the two sides held a second phase of elections."
    )
    assert meetings(REBELS_AND_GOVERNMENT + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kamel briefed Blinken by telephone on Tuesday.",
        "Kamel thanked Blinken over the phone on Tuesday for his help.",
    ],
)
def test_briefing_someone_by_telephone_is_a_call(world, text):
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "")]


def test_briefing_reporters_or_being_briefed_by_phone_is_no_call_between_those_named(world):
    assert meetings("Kamel briefed reporters on Tuesday.") == []
    assert meetings("Blinken was briefed by telephone on Tuesday.") == []


def test_a_second_encounter_with_a_pronoun_object_on_a_day_of_its_own(world):
    text = (
        "Kamel met Blinken in Cairo on Sunday to prepare the visit, and briefed him by "
        "telephone on Tuesday after the talks stalled."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Antony Blinken"], "2024-06-09", "Cairo"),
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04", ""),
    ]


def test_a_pronoun_object_of_another_subject_or_on_the_same_day_adds_no_encounter(world):
    text = "Kamel met Blinken in Cairo on Sunday and telephoned him again on Sunday."
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-09", "Cairo")]
    text = "Kamel met Blinken in Cairo on Sunday. Sisi telephoned him on Tuesday."
    assert (["Abbas Kamel", "Antony Blinken"], "2024-06-04", "") not in meetings(text)


def test_a_summit_of_those_named_is_their_meeting(world):
    text = "A summit of Sisi and Blinken broke up on Tuesday without an accord."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


@pytest.mark.parametrize(
    "text",
    [
        "A summit of Arab League leaders opened in Cairo on Tuesday.",
        "A summit of Sisi and Blinken is planned for Tuesday.",
    ],
)
def test_a_summit_of_a_body_or_one_only_planned_is_no_meeting_of_those_named(world, text):
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The summit between Egypt and Israel was to have been held in Cairo on Sunday.",
        "Talks between Blinken and Sisi were supposed to have opened in Cairo on Sunday.",
        "The meeting between Egypt and Israel was meant to take place in Cairo on Sunday.",
    ],
)
def test_a_meeting_told_as_arranged_is_no_meeting_held(world, text):
    assert meetings(text) == []


def test_a_meeting_held_after_one_arranged_before_is_a_meeting(world):
    # the arranged time stands in a relative clause; the main verb tells it was held
    text = (
        "The summit between Egypt and Israel, which was supposed to have been held in May, "
        "opened in Cairo on Sunday."
    )
    assert [m[0] for m in meetings(text)] == [["Egypt", "Israel"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sisi met an AU force in Cairo on Sunday.", []),
        ("Talks between Egypt and an AU monitoring mission opened in Cairo on Sunday.", []),
        # the body itself, and a body's spokesman, stand for it
        ("Sisi met the AU in Cairo on Sunday.", [["Abdel Fattah al-Sisi", "African Union"]]),
        (
            "Sisi met an AU spokesman in Cairo on Sunday.",
            [["Abdel Fattah al-Sisi", "African Union"]],
        ),
    ],
)
def test_a_body_s_name_qualifying_a_thing_is_no_participant(world, text, expected):
    # "an AU force", "a UN mission": a thing of the body, not the body
    ActorFactory(name="African Union", short_name="AU", kind=Actor.Kind.INTERNATIONAL_ORG)
    assert [m[0] for m in meetings(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sisi pressed the point with Peskov on Monday, and again when he received Blinken in "
        "Cairo on Tuesday.",
        "Sisi raised the plan on Tuesday after he welcomed Blinken to Cairo.",
    ],
)
def test_he_as_the_subject_of_a_subordinate_meeting_clause_is_the_person_named_before(world, text):
    # "he" opens the trigger's own clause: the person the sentence named before it
    assert [m[0] for m in meetings(text) if "Dmitry Peskov" not in m[0]] == [BLINKEN_SISI]


def test_he_of_a_clause_of_time_to_come_or_a_thing_received_is_no_meeting(world):
    assert meetings("Sisi said on Tuesday that he would receive Blinken in Cairo.") == []
    assert meetings("Sisi thanked Egypt on Tuesday when he received the May 31 plan.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Blinken, who leads the US team, and Kamel stayed away from the ceremony. Instead "
            "Sisi held separate talks with each of them in Cairo on Tuesday.",
            [["Abbas Kamel", "Abdel Fattah al-Sisi"], BLINKEN_SISI],
        ),
        (
            "Blinken and Kamel were not at the table. On Tuesday Sisi met both of them.",
            [["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"]],
        ),
    ],
)
def test_them_in_a_sentence_naming_no_one_before_is_the_subject_of_the_sentence_before(
    world, text, expected
):
    assert sorted(m[0] for m in meetings(text)) == expected


def test_them_standing_for_one_person_or_things_is_no_guest(world):
    assert meetings("Blinken brought two plans. On Tuesday Sisi met each of them.") == []
    assert (
        meetings("Blinken and Kamel were not at the table. Sisi will meet both of them soon.") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kamel briefed the press after the summit, which brought together Blinken and Sisi in "
        "Cairo on Tuesday.",
        "The conference in Cairo on Tuesday brought together Blinken and Sisi.",
        "The talks that brought together Blinken and Sisi in Cairo on Tuesday ended at dawn.",
    ],
)
def test_a_meeting_that_brought_people_together_is_a_meeting_of_those_listed(world, text):
    assert [m[0] for m in meetings(text)] == [BLINKEN_SISI]


def test_something_else_bringing_people_together_is_no_meeting(world):
    assert meetings("The crisis brought together Blinken and Sisi on Tuesday.") == []
    assert meetings("The summit on Tuesday will bring together Blinken and Sisi.") == []
    assert meetings("The talks on Tuesday failed to bring together Blinken and Sisi.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kamel spoke at the end of talks that opened in Cairo on Tuesday between Egypt "
            "and Israel.",
            ["Egypt", "Israel"],
        ),
        (
            "Negotiations began on Tuesday between Sisi and US national security adviser "
            "Antony Blinken, hosted by Kamel.",
            ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"],
        ),
    ],
)
def test_talks_that_opened_between_two_parties_are_a_meeting_of_them(world, text, expected):
    assert [sorted(m[0]) for m in meetings(text)] == [expected]


def test_other_things_opening_between_parties_or_talks_never_held_are_no_meeting(world):
    assert meetings("The rift that opened on Tuesday between Egypt and Israel widened.") == []
    assert (
        meetings("The talks that were to open on Tuesday between Egypt and Israel were called off.")
        == []
    )


def test_rounds_told_as_held_and_those_following_are_meetings_of_the_two_sides(world):
    text = (
        "Israel and Hamas agreed on Monday to a new round, Sisi said. The second round was held "
        "in Cairo on May 3, followed by another session in Doha in late May and a final round "
        "in Cairo on June 2."
    )
    assert [(m[0], m[1], m[2]) for m in meetings(text)] == [
        (["Hamas", "Israel"], "2024-05-03", "Cairo"),
        (["Hamas", "Israel"], "2024-05-01", "Doha"),
        (["Hamas", "Israel"], "2024-06-02", "Cairo"),
    ]


def test_a_meeting_retold_as_taking_place_or_rounds_not_following_one_are_no_meeting(world):
    # "the meeting took place" retells the one just told; a round listed with no meeting told
    # before it cannot be told apart
    text = "Blinken met Sisi in Cairo on Tuesday. The meeting took place in the palace."
    assert [m[0] for m in meetings(text)] == [BLINKEN_SISI]
    assert meetings("Israel balked, and a second round in Doha in May is unlikely.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sisi spoke to reporters in Cairo on Tuesday after meeting with Blinken.", BLINKEN_SISI),
        (
            "Hamas had agreed to the text only after meeting Blinken in Cairo on Tuesday.",
            ["Antony Blinken", "Hamas"],
        ),
    ],
)
def test_meeting_after_after_shares_the_subject_of_the_clause(world, text, expected):
    assert [m[0] for m in meetings(text)] == [expected]


def test_meeting_after_after_in_time_to_come_is_no_meeting(world):
    assert meetings("Sisi will decide after meeting Blinken in Cairo next week.") == []
    assert meetings("Sisi said he would decide after meeting Blinken next week.") == []


def test_a_group_subject_interrupted_by_a_relative_clause_still_met(world):
    text = (
        "Blinken and Sisi signed the text on Monday. On Tuesday the two men, who had not spoken "
        "for a year, held talks with Kamel in Cairo."
    )
    assert [m[0] for m in meetings(text)] == [
        ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"]
    ]


def test_a_group_in_a_relative_clause_of_another_subject_is_no_participant(world):
    text = (
        "Blinken and Sisi signed the text on Monday. Kamel, who had praised the two men, "
        "held talks with Peskov in Cairo on Tuesday."
    )
    # (the group inside the relative clause is not the subject of "held talks")
    assert all("Antony Blinken" not in m[0] for m in meetings(text))


def test_meeting_a_demand_is_no_meeting(world):
    text = (
        "Blinken promised on Tuesday that Israel would pull back from the crossing, meeting the "
        "central demand Egypt had made since May."
    )
    assert meetings(text) == []
    assert meetings("On Tuesday Blinken met every condition Sisi had set.") == []
    # near miss: meeting a person is one
    assert [m[0] for m in meetings("On Tuesday Blinken met Sisi in Cairo.")] == [BLINKEN_SISI]


def test_those_seated_along_with_the_delegations_met_them(world):
    text = (
        "Israel and Hamas sent negotiators to Cairo on Monday. The two delegations sat at the "
        "same round table, along with Kamel and Blinken, on Tuesday."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Antony Blinken", "Hamas", "Israel"], "2024-06-04", "")
    ]
    # near miss: a table only promised is no meeting
    text = (
        "Israel and Hamas sent negotiators to Cairo on Monday. The two delegations will sit at "
        "the same round table, along with Kamel and Blinken, next week."
    )
    assert meetings(text) == []


@pytest.mark.parametrize(
    "opening",
    [
        "Egypt and the United States, which back opposing camps in the war, praised the move.",
        "A truce brokered by Egypt and the United States has held since May.",
    ],
)
def test_backers_or_brokers_of_a_pair_are_not_the_sides(world, opening):
    text = (
        f"{opening} Negotiators for Israel and Hamas arrived in Doha on Monday. The two "
        "delegations met on Tuesday."
    )
    assert [m[0] for m in meetings(text)] == [["Hamas", "Israel"]]


def test_the_sides_named_first_as_a_pair_still_stand_for_the_delegations(world):
    # near miss: a pair with no word of backing or brokering before or after it are the sides
    text = (
        "Egypt and the United States praised the move. Negotiators for Israel and Hamas arrived "
        "in Doha on Monday. The two delegations met on Tuesday."
    )
    assert [m[0] for m in meetings(text)] == [["Egypt", "United States"]]


def test_people_each_named_with_of_and_a_state_met_not_the_states(world):
    text = (
        "Foreign Ministers Omar Haddad of Egypt, Daniel Cohen of Israel and Mark Ellis of the "
        "United States met in Cairo on Tuesday."
    )
    assert meetings(text) == [
        (["Daniel Cohen", "Mark Ellis", "Omar Haddad"], "2024-06-04", "Cairo")
    ]
    # near miss: the states themselves, with no person before "of"
    text = "The foreign ministers of Egypt and Israel met in Cairo on Tuesday."
    assert [m[0] for m in meetings(text)] == [["Egypt", "Israel"]]


def test_the_presidents_of_states_are_the_people_named_in_that_post(world):
    text = (
        "The presidents of Egypt and Israel shook hands in Cairo on Tuesday. Israeli President "
        "Isaac Herzog later thanked Sisi for his welcome."
    )
    assert [m[0] for m in meetings(text)] == [["Abdel Fattah al-Sisi", "Isaac Herzog"]]
    # near miss: with no president of Israel named, the states stand for them
    text = "The presidents of Egypt and Israel shook hands in Cairo on Tuesday."
    assert [m[0] for m in meetings(text)] == [["Egypt", "Israel"]]


def test_a_body_naming_the_meeting_is_its_forum_with_the_people_named_before(world):
    text = "Blinken apologized to Sisi on Tuesday during a tense, televised Kremlin meeting."
    assert [m[0] for m in meetings(text)] == [["Abdel Fattah al-Sisi", "Antony Blinken", "Kremlin"]]


def test_a_host_described_by_a_whose_clause_still_hosted(world):
    text = (
        "Prime Minister Omar Haddad met President Karim Nasser in Paris on May 8. King Hamad "
        "Salem, whose country has been credited with quietly encouraging the thaw, hosted both "
        "leaders on May 24."
    )
    assert (["Hamad Salem", "Karim Nasser", "Omar Haddad"], "2024-05-24", "") in meetings(text)
    # near miss: a host only promised is no meeting
    text = (
        "Prime Minister Omar Haddad met President Karim Nasser in Paris on May 8. King Hamad "
        "Salem, whose country has backed the thaw, will host both leaders on June 24."
    )
    assert [m[0] for m in meetings(text)] == [["Karim Nasser", "Omar Haddad"]]


def test_both_leaders_are_the_only_two_people_the_sentence_before_names(world):
    text = (
        "King Hamad Salem flew home on May 1. Prime Minister Omar Haddad paid a return visit to "
        "Paris on May 14, where President Karim Nasser greeted him. King Hamad Salem hosted "
        "both leaders on May 24."
    )
    assert [m[0] for m in meetings(text) if m[1] == "2024-05-24"] == [
        ["Hamad Salem", "Karim Nasser", "Omar Haddad"]
    ]
    # near miss: with three people named before, not the pair the sentence is about
    text = (
        "King Hamad Salem flew home on May 1. Prime Minister Omar Haddad paid a visit to Paris "
        "on May 14, where President Karim Nasser and Prince Ali Reza greeted him. King Hamad "
        "Salem hosted both leaders on May 24."
    )
    assert all("Omar Haddad" not in m[0] for m in meetings(text) if m[1] == "2024-05-24")


def test_both_panels_are_the_two_sides(world):
    text = (
        "Israel and Hamas agreed to resume indirect talks. Kamel opened the talks in Cairo on "
        "Monday in the presence of both panels."
    )
    assert [m[0] for m in meetings(text)] == [["Abbas Kamel", "Hamas", "Israel"]]
    # near miss: panels praised, not met
    text = "Israel and Hamas agreed to resume indirect talks. Kamel praised both panels on Monday."
    assert meetings(text) == []


def test_a_round_told_in_a_participle_was_held_between_the_sides(world):
    text = (
        "Israel and Hamas agreed to resume indirect talks. The last formal round, also held in "
        "Cairo, in May 2023 collapsed over the release of prisoners."
    )
    assert [(m[0], m[1]) for m in meetings(text)] == [(["Hamas", "Israel"], "2023-05-01")]
    # near miss: a round still to be held
    text = (
        "Israel and Hamas agreed to resume indirect talks. The next round, to be held in Cairo "
        "in July, may decide the release of prisoners."
    )
    assert meetings(text) == []


def test_the_subject_met_in_days_of_talks_in_a_place(world):
    text = "Blinken and Sisi had narrowed the gaps in three days of talks in Cairo in May."
    assert meetings(text) == [(BLINKEN_SISI, "2024-05-01", "Cairo")]
    # near miss: days of talks still to come
    text = "Blinken and Sisi will try to narrow the gaps in three days of talks in Cairo in July."
    assert meetings(text) == []


def test_they_opening_a_sentence_are_the_subject_of_the_sentence_before(world):
    text = "Blinken and Sisi quarrelled in public on Monday. They met in Cairo on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]
    # near miss: one person as the subject before is not "they"
    text = "Blinken quarrelled with reporters on Monday. They met in Cairo on Tuesday."
    assert meetings(text) == []


def test_the_two_men_may_be_written_with_a_lower_case_particle(world):
    PersonFactory(name="Pieter de Wet", short_name="de Wet")
    text = (
        "Pieter de Wet arrived on Sunday. Blinken met Kamel on Monday. Later de Wet walked out. "
        "Sisi rejected the demand. The two men met in Cairo on Tuesday."
    )
    assert [m[0] for m in meetings(text) if m[1] == "2024-06-04"] == [
        ["Abdel Fattah al-Sisi", "Pieter de Wet"]
    ]


def test_the_government_is_the_states_government_where_recorded_as_a_body(world):
    text = (
        "Egypt's government said on Monday it was ready. Government and Hamas delegations held "
        "their first formal talks in Cairo on Tuesday."
    )
    # near miss: with no government recorded apart from the state, the state
    assert [m[0] for m in meetings(text)] == [["Egypt", "Hamas"]]
    ActorFactory(
        name="Egyptian government",
        kind=Actor.Kind.GOVERNMENT_BODY,
        country="EG",
        parent=world.egypt,
    )
    assert [m[0] for m in meetings(text)] == [["Egyptian government", "Hamas"]]


def test_each_further_guest_with_a_place_and_a_day_is_an_encounter_of_its_own(world):
    LocationFactory(name="Doha", country="QA")
    text = (
        "Blinken set off on a regional tour, meeting Sisi in Cairo on Tuesday and Kamel in Doha "
        "on Wednesday."
    )
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", "Cairo"),
        (["Abbas Kamel", "Antony Blinken"], "2024-06-05", "Doha"),
    ]
    # near miss: a further guest with no day of his own is one more guest of the first
    text = "Blinken set off on a tour, meeting Sisi in Cairo on Tuesday, with Kamel at his side."
    assert len(meetings(text)) == 1


# Meetings not yet held after "after meeting", and the place of an earlier meeting named in a
# "since" phrase.
@pytest.mark.parametrize(
    "text",
    [
        "Sisi hopes to sign the deal after meeting Blinken next week.",
        "Sisi plans to sign the deal after meeting Blinken next week.",
        "Sisi wants to close the file before meeting Blinken in July.",
    ],
)
def test_a_meeting_after_a_verb_of_intent_is_not_yet_held(world, text):
    assert meetings(text) == []


def test_a_meeting_after_a_verb_told_in_the_past_is_held(world):
    # near miss: the clause it hangs on is told as done
    assert meetings("Sisi signed the deal after meeting Blinken on Sunday.") == [
        (BLINKEN_SISI, "2024-06-09", "")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken and Sisi held their first talks since the 2019 summit in Hanoi on Monday.",
        "Blinken met Sisi on Monday, their first talks since a 2019 summit in Hanoi.",
    ],
)
def test_a_place_inside_a_since_phrase_is_not_where_the_meeting_is(world, text):
    LocationFactory(name="Hanoi", country="VN")
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-10", "")]


def test_a_place_after_the_since_phrase_closes_is_where_the_meeting_is(world):
    LocationFactory(name="Hanoi", country="VN")
    # near miss: a comma closes the "since" phrase before the place
    text = "Blinken and Sisi, who had not met since 2019, held talks in Hanoi on Monday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-10", "Hanoi")]


def participants_and_dates(text):
    """The meetings drafted from `text`, by participants and date only."""
    return [(participants, date) for participants, date, _place in meetings(text)]


def test_a_when_clause_after_a_date_is_dated_by_it(world):
    text = (
        "The accord capped a process that started last Wednesday, when Blinken travelled to "
        "Cairo and held talks with Sisi before the two men agreed on a timetable."
    )
    assert participants_and_dates(text) == [(BLINKEN_SISI, "2024-06-05")]


def test_a_date_not_right_before_when_does_not_date_the_meeting(world):
    # near miss: the date before the comma is followed by another clause, not by "when"
    text = (
        "The accord capped a process that started last Wednesday, and Blinken later held "
        "talks with Sisi in Cairo."
    )
    assert participants_and_dates(text) != [(BLINKEN_SISI, "2024-06-05")]


def actor_names(text):
    return sorted(a["name"] for a in draft_candidates(text, DAY)["actors"])


def test_an_honour_before_a_name_is_no_actor_of_its_own(world):
    PersonFactory(name="Nigel Pratt", short_name="Pratt")
    text = "The breakthrough came during the visits of Foreign Secretary Sir Nigel Pratt."
    assert "Sir" not in actor_names(text)
    assert participants_and_dates(text) == []  # one person visiting a city meets no one
    # near miss: the person the honour precedes is still an actor, and still meets
    text = "Sir Nigel Pratt, the British envoy, met Sisi in Cairo on Tuesday."
    assert [name for name in actor_names(text) if "Pratt" in name]
    assert participants_and_dates(text) == [(["Abdel Fattah al-Sisi", "Nigel Pratt"], "2024-06-04")]


def test_an_age_after_the_subject_does_not_end_it(world):
    text = "Sisi, 69, had first discussed the crossing with Blinken in Cairo on Tuesday."
    assert participants_and_dates(text) == [(BLINKEN_SISI, "2024-06-04")]
    # near miss: with no one after "with", the subject alone met no one
    text = "Sisi, 69, had first discussed the crossing with reporters in Cairo on Tuesday."
    assert participants_and_dates(text) == []


def test_a_trip_to_work_something_out_with_someone_is_a_meeting(world):
    text = "On Tuesday Blinken flew to Cairo to go over the final text with Sisi."
    assert participants_and_dates(text) == [(BLINKEN_SISI, "2024-06-04")]
    text = "Blinken returned on Tuesday to settle the outstanding issues with Sisi."
    assert participants_and_dates(text) == [(BLINKEN_SISI, "2024-06-04")]


def test_working_something_out_with_someone_without_a_trip_is_not_read_so(world):
    # near miss: no journey, and what is to be settled is still to come
    assert participants_and_dates("Blinken hopes to settle the outstanding issues with Sisi.") == []
    assert (
        participants_and_dates(
            "Blinken flew to Cairo on Tuesday to settle his accounts with reporters."
        )
        == []
    )


def test_the_holder_named_after_the_head_of_a_body_is_the_guest(world):
    text = (
        "Sisi received the head of the Hamas political bureau in Doha, Ismail Haniyeh, and "
        "Blinken on Tuesday afternoon, Egyptian officials said."
    )
    assert participants_and_dates(text) == [
        (["Abdel Fattah al-Sisi", "Antony Blinken", "Ismail Haniyeh"], "2024-06-04")
    ]
    # near miss: no name after the comma, so the body named stands for its head
    text = "Sisi received the head of the Hamas political bureau in Doha, a close ally, on Tuesday."
    assert participants_and_dates(text) == [(["Abdel Fattah al-Sisi", "Hamas"], "2024-06-04")]


def test_the_host_of_talks_that_opened_and_those_at_the_table_met(world):
    text = (
        "The talks opened in Cairo on Tuesday, hosted by Sisi, with Blinken and Kamel among "
        "the delegates at the table."
    )
    assert participants_and_dates(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04")
    ]
    # near miss: a clause with a verb of its own after the comma is no list of those present
    text = "The talks opened in Cairo on Tuesday, after Sisi had warned Blinken of delays."
    assert participants_and_dates(text) == []


def test_one_person_telephoning_several_people_makes_a_call_with_each(world):
    text = "Sisi telephoned Blinken and Israeli Prime Minister Benjamin Netanyahu on Tuesday."
    assert participants_and_dates(text) == [
        (BLINKEN_SISI, "2024-06-04"),
        (["Abdel Fattah al-Sisi", "Benjamin Netanyahu"], "2024-06-04"),
    ]
    # near miss: a call between bodies ("Egypt telephoned ...") is not split
    text = "Sisi and Blinken spoke by phone with Netanyahu on Tuesday."
    assert len(participants_and_dates(text)) == 1


def test_a_ruler_known_by_one_name_is_named_with_his_title(world):
    text = "Sisi met Jordan's King Abdullah and Saudi Crown Prince Mohammed in Cairo on Tuesday."
    names = actor_names(text)
    assert "King Abdullah" in names and "Crown Prince Mohammed" in names
    # near miss: a full name after the title is the name alone
    assert "Mohammed bin Salman" in actor_names(
        "Sisi met Saudi Crown Prince Mohammed bin Salman in Cairo on Tuesday."
    )


def test_the_hosts_of_talks_at_a_place_met_those_who_held_them(world):
    PersonFactory(name="Benjamin Netanyahu", short_name="Netanyahu")
    text = (
        "Blinken and Netanyahu shook hands on Tuesday at the start of talks at Cairo "
        "International Airport hosted by Sisi, the current head of the Arab League, and "
        "Egyptian intelligence chief Abbas Kamel."
    )
    assert participants_and_dates(text) == [
        (
            ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Benjamin Netanyahu"],
            "2024-06-04",
        )
    ]
    # near miss: a summit hosted by someone, told apart from what the subject did
    text = "Blinken and Netanyahu shook hands on Tuesday, a day before a summit hosted by Sisi."
    assert participants_and_dates(text) == [
        (["Antony Blinken", "Benjamin Netanyahu"], "2024-06-04")
    ]


def test_whoever_has_a_prime_minister_is_a_body_of_his_post(world):
    text = "On Tuesday Blinken met St Lucia's Prime Minister Allen Chastanet in Cairo."
    assert participants_and_dates(text) == [(["Allen Chastanet", "Antony Blinken"], "2024-06-04")]
    # near miss: a person's possessive before a common noun is no guest either way
    text = "On Tuesday Blinken met Sisi's envoy and Kamel in Cairo."
    assert participants_and_dates(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04")]


def test_a_matter_raised_with_a_person_is_a_meeting_with_him(world):
    PersonFactory(name="Pope Benedict")
    text = (
        "Pope Benedict has long urged a truce. Blinken raised the crossing with the pontiff "
        "when he visited Rome in March."
    )
    assert participants_and_dates(text) == [(["Antony Blinken", "Pope Benedict"], "2024-03-01")]
    # near miss: raised with a state, or with no one named, is no meeting
    assert participants_and_dates("Blinken raised the crossing with Egypt in March.") == []
    assert participants_and_dates("Blinken raised the crossing with reporters in March.") == []


def test_a_when_clause_hanging_on_the_trigger_dates_it(world):
    text = (
        "Blinken had discussed the crossing with Sisi when the two men met in Cairo in March, "
        "and again when Sisi received Kamel last month."
    )
    assert (BLINKEN_SISI, "2024-05-01") not in participants_and_dates(text)
    assert (BLINKEN_SISI, "2024-03-01") in participants_and_dates(text)


def test_the_pope_is_the_person_named_before_with_that_title(world):
    PersonFactory(name="Pope Benedict")

    def speakers(text):
        return [
            q["speaker"]["name"] if q["speaker"] else None
            for q in draft_candidates(text, DAY)["quotes"]
        ]

    text = 'Pope Benedict urged a truce. "The war must end," the pontiff said on Tuesday.'
    assert speakers(text) == ["Pope Benedict"]
    # near miss: with no pope named before, the pontiff is no one the article names
    text = 'Blinken urged a truce. "The war must end," the pontiff said on Tuesday.'
    assert speakers(text) == [None]


def test_those_a_where_clause_names_at_a_summit_met_there(world):
    text = (
        "The deal was prepared at the Arab League summit in Algiers in March, where Sisi, "
        "Blinken and Kamel agreed on the outline of a truce."
    )
    assert participants_and_dates(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-03-01")
    ]
    # near miss: one person named in the "where" clause met no one there
    text = "The deal was prepared at the Arab League summit in Algiers in March, where Sisi spoke."
    assert participants_and_dates(text) == []


def test_a_person_in_a_clause_of_time_after_the_talks_did_not_take_part(world):
    text = (
        "Israel and Hamas began indirect talks in March. A later round began on May 2 but broke "
        "up the same day, when Blinken left the region."
    )
    assert (["Hamas", "Israel"], "2024-05-02") in participants_and_dates(text)
    assert not any("Antony Blinken" in people for people, _ in participants_and_dates(text))


def test_a_group_named_in_apposition_is_the_people_it_names(world):
    text = "Sisi received the two envoys, Blinken and Kamel, on Tuesday."
    assert participants_and_dates(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04")
    ]
    # near miss: a list that is not the two the group counts leaves the group to the article
    text = "Sisi received the two envoys, Blinken, Kamel and Peskov, on Tuesday."
    assert (
        ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Dmitry Peskov"],
        "2024-06-04",
    ) not in participants_and_dates(text)


def test_a_post_in_apposition_without_an_article_keeps_the_list_going(world):
    text = "Sisi met Blinken, head of the Hamas desk, and Kamel on Tuesday."
    assert participants_and_dates(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04")
    ]


def test_two_posts_of_one_man_after_his_state_name_him_only(world):
    text = (
        "Blinken met Israel's Defence Minister and Deputy Prime Minister Yoav Gallant on Tuesday."
    )
    assert participants_and_dates(text) == [(["Antony Blinken", "Yoav Gallant"], "2024-06-04")]
    # near miss: a state and a person joined by "and" are both guests
    text = "Blinken met Israel's envoys and Prime Minister Yoav Gallant on Tuesday."
    assert participants_and_dates(text) == [
        (["Antony Blinken", "Israel", "Yoav Gallant"], "2024-06-04")
    ]


def test_talks_on_a_topic_that_broke_down_are_no_meeting(world):
    assert meetings("Talks between Israel and Hamas on the hostages broke down on Tuesday.") == []
    text = "Talks between Israel and Hamas over the crossing had stalled by Tuesday."
    assert meetings(text) == []
    # near miss: talks on a topic that were held
    assert participants_and_dates(
        "Talks between Israel and Hamas on the hostages were held in Cairo on Tuesday."
    ) == [(["Hamas", "Israel"], "2024-06-04")]


def test_the_people_of_a_source_named_after_the_meeting_did_not_attend(world):
    assert participants_and_dates(
        "Blinken spoke by telephone on Tuesday with Sisi, Egyptian officials said."
    ) == [(BLINKEN_SISI, "2024-06-04")]
    # near miss: officials named as guests before the comma met
    assert participants_and_dates("Blinken met Sisi and Egyptian officials on Tuesday.") == [
        (["Abdel Fattah al-Sisi", "Antony Blinken", "Egypt"], "2024-06-04")
    ]


def test_a_meeting_proposed_with_that_and_the_base_form_is_not_held(world):
    assert meetings("Egypt has proposed that Israel and Hamas meet again in Cairo.") == []
    assert meetings("Sisi urged that Blinken sit down with Kamel next month.") == []
    # near miss: a meeting told after "said that" was held
    assert participants_and_dates("Egypt said that Blinken met Sisi in Cairo on Tuesday.") == [
        (BLINKEN_SISI, "2024-06-04")
    ]


def test_a_person_summoned_was_met(world):
    assert participants_and_dates("Sisi summoned Israeli Ambassador Amir Ofek on Tuesday.") == [
        (["Abdel Fattah al-Sisi", "Ofek"], "2024-06-04")
    ]
    # near miss: a body summoned is no one met
    assert meetings("Sisi summoned Hamas on Tuesday to explain the delay.") == []


def test_two_who_talked_alone_met(world):
    assert participants_and_dates("Blinken and Sisi talked alone for an hour on Tuesday.") == [
        (BLINKEN_SISI, "2024-06-04")
    ]
    # near miss: one who talked alone to reporters met no one
    assert meetings("Blinken talked alone to reporters on Tuesday.") == []


def test_the_two_countries_are_the_last_two_states_named(world):
    text = (
        "Hamas fighters crossed from Egypt into Israel in May. On Tuesday delegations of the two "
        "countries sat down together in Cairo."
    )
    assert participants_and_dates(text) == [(["Egypt", "Israel"], "2024-06-04")]


def test_he_and_a_named_person_are_who_they_stands_for(world):
    text = (
        "Kamel has demanded a truce. He and Sisi took a step on Tuesday in Cairo, where they met "
        "and signed a statement."
    )
    assert participants_and_dates(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04")]


def test_talks_hosted_by_a_state_that_opened_on_a_date_are_dated_by_it(world):
    text = (
        "Israel and Hamas agreed a truce on Tuesday, after talks hosted by Egypt that opened in "
        "March."
    )
    assert participants_and_dates(text) == [(["Egypt", "Hamas", "Israel"], "2024-03-01")]


def test_a_face_to_face_talk_held_is_a_meeting(world):
    text = "Blinken and Sisi held their first face-to-face talk on Tuesday."
    assert participants_and_dates(text) == [(BLINKEN_SISI, "2024-06-04")]
    # near miss: a talk given to students is no meeting
    assert meetings("Blinken gave a talk at Cairo University on Tuesday.") == []


def test_working_over_a_text_with_someone_is_a_meeting(world):
    text = "Blinken worked over the draft with Sisi on Tuesday."
    assert participants_and_dates(text) == [(BLINKEN_SISI, "2024-06-04")]
    # near miss: working on a text alone
    assert meetings("Blinken worked over the draft on Tuesday.") == []


def test_a_session_held_with_a_guest_is_a_meeting(world):
    text = "Blinken held a late-night session with Sisi on Tuesday."
    assert participants_and_dates(text) == [(BLINKEN_SISI, "2024-06-04")]
    # near miss: a session held with no guest is no meeting of the subject with anyone
    assert meetings("Blinken held a late-night session on Tuesday.") == []


def test_a_description_of_one_person_opening_a_sentence_is_the_person_told_of(world):
    text = (
        '"We are close to a deal," said Kamel, who has shuttled for months. The veteran '
        "diplomat held talks with Blinken on Tuesday. In May he had been received by Sisi."
    )
    assert participants_and_dates(text) == [
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04"),
        (["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-05-01"),
    ]
    # near miss: a description of many is no one person
    assert (
        participants_and_dates("Kamel left. The Egyptian diplomats held talks with Blinken.") == []
    )


def test_a_second_agent_with_a_place_of_its_own_is_a_second_welcome(world):
    LocationFactory(name="Moscow", country="RU")
    text = "Blinken was received by Sisi in Cairo and by Dmitry Peskov in Moscow on Tuesday."
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", "Cairo"),
        (["Antony Blinken", "Dmitry Peskov"], "2024-06-04", "Moscow"),
    ]
    # near miss: "and by" with no place of its own tells no second welcome
    assert participants_and_dates(
        "Blinken was received by Sisi in Cairo on Tuesday and by nightfall he had left."
    ) == [(BLINKEN_SISI, "2024-06-04")]


def test_a_post_right_before_a_name_is_that_persons_title(world):
    # "Kremlin Spokesman" is Peskov's post, but here the title of the man named after it
    text = "Blinken held talks on Tuesday with Kremlin Spokesman Hassan Rashad."
    assert participants_and_dates(text) == [(["Antony Blinken", "Hassan Rashad"], "2024-06-04")]
    # near miss: the post alone names its holder
    text = "Blinken held talks on Tuesday with the Kremlin spokesman."
    assert participants_and_dates(text) == [(["Antony Blinken", "Dmitry Peskov"], "2024-06-04")]


def test_the_body_before_a_post_named_alone_is_no_guest(world):
    text = "Blinken held talks on Tuesday with the Kremlin spokesman."
    assert "Kremlin" not in participants_and_dates(text)[0][0]
    # near miss: a body named apart from the post met too
    text = "Blinken held talks on Tuesday with Hamas and the Kremlin spokesman."
    assert participants_and_dates(text) == [
        (["Antony Blinken", "Dmitry Peskov", "Hamas"], "2024-06-04")
    ]


def test_shuttling_between_places_is_no_meeting(world):
    text = "Blinken, who has shuttled between Cairo and Jerusalem since May, said gaps remained."
    assert meetings(text) == []
    # near miss: shuttling between people meets each of them
    assert participants_and_dates("Blinken shuttled between Sisi and Kamel on Tuesday.") == [
        (BLINKEN_SISI, "2024-06-04"),
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04"),
    ]


def test_talks_held_before_a_round_put_off_are_still_a_meeting(world):
    # near miss of the talks put off: the round held before is a meeting
    text = "Blinken praised Sisi. Egypt put off a trip. The Blinken-Sisi talks opened on Tuesday."
    assert participants_and_dates(text) == [(BLINKEN_SISI, "2024-06-04")]


def test_the_holder_named_after_a_post_and_its_seat_is_the_guest(world):
    text = "Blinken met Egypt's ambassador in Washington, Hassan Rashad, on Tuesday."
    assert participants_and_dates(text) == [(["Antony Blinken", "Hassan Rashad"], "2024-06-04")]
    # near miss: with no name after the post, its body stands for the ambassador
    text = "Blinken met Egypt's ambassador in Washington on Tuesday."
    assert participants_and_dates(text) == [(["Antony Blinken", "Egypt"], "2024-06-04")]


def test_talking_for_a_while_is_a_meeting_and_a_meeting_in_apposition_retells_it(world):
    text = (
        "Blinken and Sisi talked for nearly two hours in Cairo on Tuesday, a meeting Egyptian "
        "officials described as frank."
    )
    assert participants_and_dates(text) == [(BLINKEN_SISI, "2024-06-04")]
    # near miss: one who talked for hours to the press met no one
    assert meetings("Blinken talked for two hours on Tuesday about the plan.") == []


def test_a_witness_in_the_possessive_joins_the_meeting_just_told(world):
    text = (
        "Blinken and Kamel shook hands in Cairo on Tuesday and signed a memorandum in Sisi's "
        "presence."
    )
    assert participants_and_dates(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04")
    ]
    # near miss: in someone's absence no one met him
    assert meetings("Blinken signed the memorandum in Sisi's absence on Tuesday.") == []


def test_talks_that_began_after_a_clause_of_its_own_are_not_dated_by_it(world):
    text = (
        "Israel and Hamas have fought since October. The negotiations began after Blinken and "
        "Sisi met in Cairo on Tuesday."
    )
    assert participants_and_dates(text) == [(BLINKEN_SISI, "2024-06-04")]
    # near miss: talks that began after a mere delay began that day, between the two sides
    text = (
        "Israel and Hamas have fought since October. The negotiations began after a delay on "
        "Tuesday."
    )
    assert participants_and_dates(text) == [(["Hamas", "Israel"], "2024-06-04")]


def test_working_out_a_text_with_someone_is_a_meeting(world):
    text = "Blinken worked out the final wording with Sisi in Cairo on Tuesday."
    assert participants_and_dates(text) == [(BLINKEN_SISI, "2024-06-04")]
    # near miss: working it out alone
    assert meetings("Blinken worked out the final wording on Tuesday.") == []


def test_negotiating_since_a_day_with_someone_is_a_meeting_from_that_day(world):
    text = "Blinken had been negotiating since Tuesday with Sisi, an aide said."
    assert participants_and_dates(text) == [(BLINKEN_SISI, "2024-06-04")]
    # near miss: negotiating with a thing in mind meets no one
    assert (
        meetings("Blinken had been negotiating since Tuesday with Hamas's demands in mind.") == []
    )


def test_a_proposal_taken_to_a_person_is_a_meeting_with_him(world):
    text = "Blinken took the proposal to Sisi in Cairo on Tuesday."
    assert participants_and_dates(text) == [(BLINKEN_SISI, "2024-06-04")]
    # near miss: a proposal taken to a state is no one met
    assert meetings("Blinken took the proposal to Egypt on Tuesday.") == []


def test_talks_with_a_relative_clause_between_commas_brought_together_those_named(world):
    text = (
        "The round, which began in May and resumed on Tuesday after a recess, brought together "
        "Blinken, Sisi and Kamel."
    )
    # (the round met on both days its relative clause gives: see
    # test_talks_that_began_and_resumed_met_on_both_days)
    assert participants_and_dates(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04"),
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-05-01"),
    ]
    # near miss: a person, not the talks, who brought others together met them
    text = "Blinken, who arrived on Tuesday, brought together Sisi and Kamel."
    assert [people for people, _date in participants_and_dates(text)] == [
        ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Hamas and Israeli leaders first sat down together in Cairo on Tuesday.",
        "The Israel and Hamas leadership sat down together in Cairo on Tuesday.",
    ],
)
def test_the_leaders_of_bodies_sitting_down_together_are_those_bodies(world, text):
    assert meetings(text) == [(["Hamas", "Israel"], "2024-06-04", "Cairo")]


def test_leaders_sitting_alone_are_no_meeting(world):
    # near miss: one body's leaders, no one to sit with
    assert meetings("The Hamas leaders sat in Cairo on Tuesday.") == []


@pytest.mark.parametrize(
    "session",
    ["for a last session", "for a seventh and final round", "for their third round"],
)
def test_sitting_down_for_a_session_or_round_is_a_meeting(world, session):
    text = f"Israel and Hamas signed a truce on Sunday. The two sides sat down {session} Tuesday."
    assert meetings(text)[-1] == (["Hamas", "Israel"], "2024-06-04", "")


def test_sitting_down_for_a_rest_is_no_meeting(world):
    # near miss: "for a" something that is no session
    text = "Israel and Hamas signed a truce on Sunday. The two sides sat down for a rest Tuesday."
    assert meetings(text) == []


def test_sitting_down_in_a_building_with_someone_met_them(world):
    text = (
        "Delegations from Israel and Egypt sat down in the old parliament building with Blinken "
        "on Tuesday."
    )
    assert meetings(text) == [(["Antony Blinken", "Egypt", "Israel"], "2024-06-04", "")]


def test_sitting_down_in_a_building_with_no_one_named_is_no_meeting(world):
    # near miss: what they sat down with is no actor
    text = "Blinken sat down in the hotel lobby with a coffee on Tuesday."
    assert meetings(text) == []


@pytest.mark.parametrize(
    "wing",
    [
        "the Forest Party (FP), whose armed wing, the Free Forest Army, has fought since 1990",
        "the Free Forest Army, the military wing of the Forest Party, which has fought since 1990",
    ],
)
def test_rebels_fighting_as_a_partys_armed_wing_sit_at_the_table_as_that_party(world, wing):
    ActorFactory(name="Forest Party", short_name="FP", kind=Actor.Kind.POLITICAL_MOVEMENT)
    ActorFactory(name="Free Forest Army", kind=Actor.Kind.ARMED_GROUP)
    text = (
        "Egypt's government and the tribal rebels signed an accord on Sunday. "
        f"Larsen signed for {wing}. The talks began in Cairo in January."
    )
    assert meetings(text)[-1] == (["Egypt", "Forest Party"], "2024-01-01", "Cairo")


def test_rebels_named_beside_a_party_not_its_wing_remain_the_armed_group(world):
    # near miss: the party is named, but not as the armed group's wing
    ActorFactory(name="Forest Party", short_name="FP", kind=Actor.Kind.POLITICAL_MOVEMENT)
    ActorFactory(name="Free Forest Army", kind=Actor.Kind.ARMED_GROUP)
    text = (
        "Egypt's government and the tribal rebels signed an accord on Sunday. "
        "The Forest Party, whose leader backed the deal, praised the Free Forest Army. "
        "The talks began in Cairo in January."
    )
    assert meetings(text)[-1] == (["Egypt", "Free Forest Army"], "2024-01-01", "Cairo")


@pytest.mark.parametrize(
    "text",
    [
        "The plan builds on an appeal issued at a summit of Arab leaders in Cairo on Tuesday, "
        "attended by Blinken and Kamel and hosted by Sisi.",
        "The summit in Cairo on Tuesday, attended by Blinken and Kamel and hosted by "
        "Egyptian President Abdel Fattah al-Sisi, ended without a deal.",
    ],
)
def test_a_summit_attended_by_some_and_hosted_by_another_met_them_all(world, text):
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Cairo")
    ]


def test_a_summit_of_a_crowd_with_no_one_named_attending_is_no_meeting_of_the_crowd(world):
    # near miss: the summit is "of" a body's leaders, and only one person is named after it
    text = "The plan builds on a summit of Hamas leaders in Cairo on Tuesday, attended by Kamel."
    assert meetings(text) == []


def test_talks_that_began_and_resumed_met_on_both_days(world):
    text = (
        "The round, which began in March and resumed on May 13 after a recess, brought together "
        "Blinken, Kamel and Sisi."
    )
    people = ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"]
    assert sorted(meetings(text), key=lambda m: m[1]) == [
        (people, "2024-03-01", ""),
        (people, "2024-05-13", ""),
    ]


def test_talks_that_began_and_broke_down_met_once(world):
    # near miss: the second verb of the relative clause is no resumption
    text = (
        "The round, which began in March and broke down on May 13 after a recess, brought "
        "together Blinken, Kamel and Sisi."
    )
    assert len(meetings(text)) == 1


@pytest.mark.parametrize("verb", ["led", "headed"])
def test_leading_a_delegation_to_a_city_to_settle_a_text_met_the_two_sides(world, verb):
    text = (
        "Israel and Hamas signed a truce on Sunday. "
        f"Kamel {verb} a delegation to Cairo in late May to settle the final text."
    )
    assert meetings(text)[-1] == (["Abbas Kamel", "Hamas", "Israel"], "2024-05-01", "Cairo")


def test_leading_a_delegation_to_a_city_for_something_else_is_no_meeting(world):
    # near miss: the trip is not to work out a text
    text = (
        "Israel and Hamas signed a truce on Sunday. "
        "Kamel led a delegation to Cairo in late May to attend a funeral."
    )
    assert meetings(text) == []


def test_the_two_men_are_the_leads_pair_when_the_last_named_is_one_of_them(world):
    text = (
        "CAIRO (AP) -- Blinken and Sisi signed an accord on Sunday. Kamel, who drafted it, "
        'left for Amman. "We have kept our word," said Sisi. '
        "The two men first came face to face on Tuesday."
    )
    assert (BLINKEN_SISI, "2024-06-04", "") in meetings(text)


def test_the_two_men_are_the_last_two_named_when_the_last_is_no_one_of_the_leads_pair(world):
    # near miss: the last person named is not of the lead's pair
    text = (
        "CAIRO (AP) -- Blinken and Sisi signed an accord on Sunday. "
        '"We have kept our word," said Sisi. Kamel arrived late. '
        "The two men first came face to face on Tuesday."
    )
    assert (["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "") in meetings(text)


@pytest.mark.parametrize(
    "phrase",
    [
        "with Kamel locked in a room with the two leaders",
        "with Kamel closeted with the two leaders",
    ],
)
def test_shut_in_a_room_with_people_is_a_meeting_with_them(world, phrase):
    text = (
        "Blinken and Sisi signed a memorandum on Sunday. "
        f"The deal came at the end of talks that began on Tuesday, {phrase} for most of four days."
    )
    assert (["Abbas Kamel", *BLINKEN_SISI], "2024-06-04", "") in meetings(text)


def test_locked_in_a_dispute_with_someone_is_no_meeting(world):
    # near miss: "locked in" a dispute, not in a room
    text = "On Tuesday Kamel was locked in a dispute with Sisi over the crossing."
    assert meetings(text) == []


@pytest.mark.parametrize(
    "second",
    [
        "Ten days later they were back in the same village, where they signed a truce.",
        "On June 6 they were back together in Cairo.",
    ],
)
def test_a_pair_back_together_after_a_date_met_again(world, second):
    text = f"Blinken and Sisi first met in Cairo on May 27. {second}"
    assert (BLINKEN_SISI, "2024-06-06", meetings(text)[-1][2]) == meetings(text)[-1]


def test_a_pair_back_home_is_no_meeting(world):
    # near miss: back, but not together nor in the same place
    text = "Blinken and Sisi first met in Cairo on May 27. On June 6 they were back home."
    assert meetings(text) == [(BLINKEN_SISI, "2024-05-27", "Cairo")]


def _six_states():
    for name, code in (("Jordan", "JO"), ("Qatar", "QA"), ("Turkey", "TR"), ("Kuwait", "KW")):
        ActorFactory(name=name, country=code)


SIX_STATES = (
    "Egypt, Israel, Jordan, Qatar, Turkey and the United States backed the plan on Sunday. "
)


def test_the_six_countries_are_the_last_six_states_named(world):
    _six_states()
    text = SIX_STATES + "Foreign ministers of the six countries had met in Cairo on Tuesday."
    assert meetings(text) == [
        (
            ["Egypt", "Israel", "Jordan", "Qatar", "Turkey", "United States"],
            "2024-06-04",
            "Cairo",
        )
    ]


def test_the_six_countries_with_five_states_named_are_no_one(world):
    # near miss: the article names fewer states than the group counts
    _six_states()
    text = (
        "Egypt, Israel, Jordan, Qatar and Turkey backed the plan on Sunday. "
        "Foreign ministers of the six countries had met in Cairo on Tuesday."
    )
    assert meetings(text) == []


def test_may_opening_a_sentence_before_a_past_verb_is_the_surname(world):
    # "May met Sisi": a modal takes a base form, so "May" before "met" is the person
    PersonFactory(name="Karen May", short_name="May")
    text = "Karen May arrived in Cairo on Sunday. May met Sisi on Tuesday, her office said."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Karen May"], "2024-06-04", "")]


def test_may_opening_a_sentence_before_a_base_form_is_the_modal(world):
    # near miss: "May the two men meet again soon": a wish, no meeting
    PersonFactory(name="Karen May", short_name="May")
    text = "Karen May arrived in Cairo on Sunday. May the two men meet again soon, she said."
    assert meetings(text) == []


def _two_prime_ministers():

    norway = ActorFactory(name="Norway", country="NO")
    ActorFactory(name="Denmark", country="DK")
    holt = PersonFactory(name="Karen Holt", short_name="Holt")
    PositionFactory(person=holt, organization=norway, title="Prime Minister")
    PersonFactory(name="Lars Vinter", short_name="Vinter")


def test_the_bare_post_taken_up_is_its_holder_named_bare(world):
    # the article qualifies the foreign prime minister ("Danish Prime Minister") and leaves its
    # own bare: "the prime minister" is Holt, though Vinter was named last
    _two_prime_ministers()
    text = (
        "OSLO - Voters punished Prime Minister Karen Holt on Sunday. Danish Prime Minister "
        "Lars Vinter said Denmark stood by her. The prime minister met Sisi in Cairo on Tuesday."
    )
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Karen Holt"], "2024-06-04", "Cairo")]


def test_the_post_taken_up_is_the_last_holder_when_none_was_named_bare(world):
    # near miss: both prime ministers qualified by their country; the last one named
    _two_prime_ministers()
    text = (
        "OSLO - Voters punished Norwegian Prime Minister Karen Holt on Sunday. Danish Prime "
        "Minister Lars Vinter said Denmark stood by her. The prime minister met Sisi in Cairo "
        "on Tuesday."
    )
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Lars Vinter"], "2024-06-04", "Cairo")]


def _two_more_places():
    LocationFactory(name="Alexandria", country="EG")
    LocationFactory(name="Ismailia", country="EG")


def test_guests_each_with_a_place_and_a_time_of_day_are_one_meeting_each(world):
    _two_more_places()
    text = (
        "On Tuesday Blinken met Sisi in Cairo over breakfast, Kamel in Alexandria at lunchtime "
        "and Dmitry Peskov and Mike Pompeo in Ismailia that evening."
    )
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", "Cairo"),
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Alexandria"),
        (["Antony Blinken", "Dmitry Peskov", "Mike Pompeo"], "2024-06-04", "Ismailia"),
    ]


def test_a_time_of_day_then_a_journey_is_no_second_guest(world):
    # near miss: after the place and its time of day the clause goes on with a verb, not a
    # guest with a place of his own
    _two_more_places()
    text = (
        "On Tuesday Blinken met Sisi in Cairo over breakfast and flew to Alexandria that evening."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_she_of_a_sentence_about_her_hands_her_on(world):
    # "She met Kamel" after a sentence whose subject is "she": the woman that sentence's "she"
    # stands for, not the last person it names
    PersonFactory(name="Karen May", short_name="May")
    text = (
        "Karen May has spent weeks touring the region. On Sunday she met Sisi in Cairo. "
        "She met Kamel again two days later."
    )
    assert (["Abbas Kamel", "Karen May"], "2024-06-11", "") in meetings(text)


def test_he_after_a_sentence_with_a_named_subject_is_that_subject(world):
    # near miss: the sentence before opens on a named subject, whom "he" takes up
    text = (
        "Blinken toured the region. On Sunday, Sisi received him in Cairo. He met Kamel on Tuesday."
    )
    assert (["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "") in meetings(text)


def test_calling_on_someone_at_his_seat_is_a_visit(world):
    text = "Kamel called on the Egyptian president, Abdel Fattah al-Sisi, at his palace on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "")]


def test_calling_on_someone_to_act_is_an_appeal(world):
    # near miss: "called on X on Tuesday to ...": an appeal, no visit
    assert meetings("Blinken called on Sisi on Tuesday to open the crossing at his border.") == []


def test_two_surnames_of_people_named_before_joined_by_and(world):
    # "Van Wyk and Holm called on ...": the sentence's capital on a particle, each side the end
    # of a name the article gave before, two people (not one new "Van Wyk and Holm")
    PersonFactory(name="Pieter van Wyk")
    PersonFactory(name="Anna Holm", short_name="Holm")
    text = (
        "The mission is made up of Pieter van Wyk of South Africa and Judge Anna Holm of "
        "Norway. Van Wyk and Holm called on Sisi at his residence on Tuesday."
    )
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Anna Holm", "Van Wyk"], "2024-06-04", "")]


def test_the_two_delegations_are_the_bodies_whose_delegations_were_named(world):
    # the article names each delegation, by its body or by the post of its head; a mediator's
    # country named after them is not a side
    text = (
        "The Egyptian delegation, headed by President Abdel Fattah al-Sisi, arrived on Sunday. "
        "The Israel delegation, led by a senior diplomat, came later. The mediator, a judge "
        "from Norway and a lawyer from Sweden, pressed both. The two delegations sat down "
        "together on Tuesday."
    )
    ActorFactory(name="Norway", country="NO")
    ActorFactory(name="Sweden", country="SE")
    assert (["Egypt", "Israel"], "2024-06-04", "") in meetings(text)


def test_the_two_delegations_with_one_delegation_named_are_the_last_pair(world):
    # near miss: one delegation named; the last pair named stands for the two
    text = (
        "The Israel delegation, led by a senior diplomat, came on Sunday. Hamas and Egypt "
        "pressed for a deal. The two delegations sat down together on Tuesday."
    )
    assert (["Egypt", "Hamas"], "2024-06-04", "") in meetings(text)


def test_a_trip_to_confer_with_a_party_leader_is_a_meeting(world):
    PersonFactory(name="Omar Farid", short_name="Farid")
    text = "On Tuesday Kamel flew to Cairo to confer with party leader Omar Farid."
    assert meetings(text) == [(["Abbas Kamel", "Omar Farid"], "2024-06-04", "Cairo")]


def test_a_trip_to_confer_with_no_one_named_is_no_meeting(world):
    # near miss: "to confer with his advisers": no one named
    assert meetings("On Tuesday Kamel flew to Cairo to confer with his advisers.") == []


def test_their_second_session_is_a_later_meeting_of_the_pair_just_told(world):
    text = (
        "Blinken first sat down with Sisi in Cairo on Tuesday. Two days later, at their second "
        "session, the Egyptian side rejected the text."
    )
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", "Cairo"),
        (BLINKEN_SISI, "2024-06-06", "Cairo"),
    ]


@pytest.mark.parametrize(
    "second",
    ["The council resumed on Monday and lasted until dark.", "Their talks reconvened on Monday."],
)
def test_a_session_resumed_the_sentence_after_a_meeting_is_the_pair_meeting_again(world, second):
    assert meetings("Blinken met Sisi on Sunday. " + second) == [
        (BLINKEN_SISI, "2024-06-09", ""),
        (BLINKEN_SISI, "2024-06-10", ""),
    ]


def test_near_miss_a_session_resumed_after_no_meeting_told_is_no_one(world):
    text = "Blinken arrived in Cairo on Sunday. The council resumed on Monday."
    assert meetings(text) == []
    text = "Blinken met Sisi on Sunday. Egypt said the council resumed on Monday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-09", "")]


def test_their_second_session_after_no_meeting_told_is_no_one(world):
    # near miss: the sentence before tells no meeting, so "their" takes up no one met
    text = (
        "Blinken arrived in Cairo on Tuesday. Two days later, at their second session, the "
        "Egyptian side rejected the text."
    )
    assert meetings(text) == []


def _hamas_leader():

    sinwar = PersonFactory(name="Yahya Sinwar", short_name="Sinwar")
    PositionFactory(person=sinwar, organization=Actor.objects.get(name="Hamas"), title="Leader")


def test_talks_opened_with_no_pair_named_are_between_the_bodies_of_the_lead_pair(world):
    # no two bodies named as a pair: the sides are the bodies of the two people the lead
    # names, not someone of a clause of time in the sentence
    _hamas_leader()
    text = (
        "Kamel and Sinwar signed a truce in Cairo on Sunday. The talks opened in late May, "
        "a month after Blinken visited the region."
    )
    assert (["General Intelligence Directorate", "Hamas"], "2024-05-01", "") in meetings(text)


def test_talks_opened_with_one_person_in_the_lead_are_no_one(world):
    # near miss: the lead names one person with a post; the sides are not told
    _hamas_leader()
    text = "Sinwar signed a truce in Cairo on Sunday. The talks opened in late May."
    assert meetings(text) == []


# -- the twenty-third round: groups, "there", "kept together", "They met again" -------


def test_days_of_talks_there_with_the_guests(world):
    text = (
        "Blinken flew to Cairo last week. He held three days of talks there with Sisi and "
        "Kamel, from Tuesday."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


def test_days_of_talks_there_with_no_one_named_after(world):
    # near miss: "there" with no one after "with" adds no guest
    text = "Blinken flew to Cairo last week. He held three days of talks there with aides."
    assert all("Abdel Fattah al-Sisi" not in people for people, _, _ in meetings(text))


def test_the_three_powers_are_the_last_three_states_listed_together(world):
    text = (
        "Envoys for Egypt, Israel and the United States initialled the text on Sunday. Hamas "
        "stayed away. The ambassadors of the three powers then met Kamel in Cairo on Tuesday."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Egypt", "Israel", "United States"], "2024-06-04", "Cairo")
    ]


def test_the_three_ministers_and_a_named_person_sat_together(world):
    text = (
        "Blinken, Sisi and Kamel signed the text on Sunday. On Tuesday, the three ministers "
        "and Dmitry Peskov sat together for six hours."
    )
    assert meetings(text) == [
        (
            ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Dmitry Peskov"],
            "2024-06-04",
            "",
        )
    ]


def test_the_three_ministers_when_no_sentence_names_three(world):
    # near miss: no sentence before names three people, so the listed rule adds no one it
    # cannot find
    text = "Blinken and Sisi signed the text on Sunday. On Tuesday, the two men sat together."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_kept_two_people_together(world):
    text = "On Tuesday Kamel kept Mr. Blinken and Sisi together for five hours in his office."
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


def test_kept_without_together_is_no_meeting(world):
    # near miss: someone kept waiting, or a plan kept alive, is no meeting
    assert meetings("On Tuesday Kamel kept Blinken waiting for five hours.") == []


def test_a_trip_to_consult_a_person(world):
    text = "Kamel flew to Cairo on Tuesday to consult President Abdel Fattah al-Sisi."
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "Cairo")]


def test_consulting_with_no_trip_or_a_thing_is_no_meeting(world):
    # near miss: no journey before "to consult", or a text consulted
    assert meetings("Kamel wanted to consult Sisi on Tuesday.") == []
    assert meetings("Kamel flew to Cairo on Tuesday to consult the archives.") == []


def test_the_head_of_a_delegation_told_again_is_the_one_given_that_post(world):
    text = (
        "The accord was signed by Hassan Farouk, head of the Hamas delegation, on Sunday. In "
        "Cairo, Sisi received the head of the Hamas delegation on Monday."
    )
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Hassan Farouk"], "2024-06-10", "Cairo")]


def test_the_head_of_a_delegation_never_named_is_its_body(world):
    # near miss: no one was given that post before; the delegation's body is the guest
    text = "In Cairo, Sisi received the head of the Hamas delegation on Monday."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Hamas"], "2024-06-10", "Cairo")]


def test_spent_a_date_in_a_place_with_someone(world):
    text = "Kamel spent June 4 in Cairo with Sisi and flew home."
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "Cairo")]


def test_a_coordinated_clause_of_time_to_come_does_not_date_the_meeting(world):
    text = (
        "Blinken arrived on Tuesday. Blinken and Sisi held two hours of talks in the evening, and "
        "are due to continue them in Cairo later this week."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_a_date_of_the_same_clause_still_dates_the_meeting(world):
    # near miss: the date stands in the meeting's own clause
    text = (
        "Blinken arrived on Tuesday. Blinken and Sisi held two hours of talks on Wednesday, and "
        "are due to continue them later this week."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-05", "")]


def test_a_session_whose_when_clause_names_the_pair(world):
    text = (
        "Egypt and Israel signed a truce on Sunday. The breakthrough came at a session in Cairo "
        "on June 4, when the two countries agreed on the map."
    )
    assert meetings(text) == [(["Egypt", "Israel"], "2024-06-04", "Cairo")]


def test_a_session_whose_when_clause_names_no_pair(world):
    # near miss: the "when" clause names one party, no one else met
    text = "The breakthrough came at a session in Cairo on June 4, when Egypt agreed on the map."
    assert meetings(text) == []


def test_they_opening_a_sentence_after_a_meeting_are_those_who_met(world):
    text = (
        "Blinken met Sisi in Cairo on May 14. They met again in Doha in April and in Riyadh the "
        "following month."
    )
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-05-14", "Cairo"),
        (BLINKEN_SISI, "2024-04-01", ""),  # Doha is no recorded place
        (BLINKEN_SISI, "2024-05-01", "Riyadh"),
    ]


def test_they_after_a_sentence_with_no_meeting_are_no_one_met(world):
    # near miss: the sentence before told no meeting
    text = "Blinken praised Sisi on Tuesday. They met again in Doha in April."
    assert all(people != BLINKEN_SISI or date != "2024-04-01" for people, date, _ in meetings(text))


def test_met_and_again_on_other_days_is_a_meeting_each_day(world):
    text = "Blinken met Sisi in Cairo on Tuesday, June 4, and again on Wednesday and Thursday."
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", "Cairo"),
        (BLINKEN_SISI, "2024-06-05", "Cairo"),
        (BLINKEN_SISI, "2024-06-06", "Cairo"),
    ]


def test_a_day_after_and_without_again_or_a_place_is_not_another_meeting(world):
    # near miss: "and on Wednesday he flew home" tells something else
    text = "Blinken met Sisi in Cairo on Tuesday, June 4, and on Wednesday flew home."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_a_company_abbreviation_does_not_end_the_sentence(world):
    text = "Kamel, who once ran Warner Bros. Discovery, met Sisi on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "")]


def test_its_leaders_opening_a_sentence_are_the_body_the_sentence_before_opens_on(world):
    text = (
        "Hamas, which runs Gaza, has asked for changes to the text. Its leaders held talks with "
        "Kamel in Cairo on Tuesday."
    )
    assert meetings(text) == [(["Abbas Kamel", "Hamas"], "2024-06-04", "Cairo")]


def test_its_leaders_after_a_sentence_opening_on_a_person_are_no_one(world):
    # near miss: the sentence before opens on a person, who has no "leaders"
    text = "Sisi has asked for changes to the text. Its leaders held talks with Kamel on Tuesday."
    assert all("Hamas" not in people for people, _, _ in meetings(text))


def test_a_head_word_and_its_people_opening_a_sentence_are_the_body_written_with_it(world):
    text = (
        "The Islamic Resistance Movement rejected the plan on Sunday. Movement officials met "
        "Kamel in Cairo on Tuesday."
    )
    assert meetings(text) == [(["Abbas Kamel", "Hamas"], "2024-06-04", "Cairo")]


def test_near_miss_a_head_word_no_body_was_written_with_is_no_one(world):
    text = "Hamas rejected the plan on Sunday. Movement officials met Kamel in Cairo on Tuesday."
    assert meetings(text) == []
    text = (
        "The Islamic Resistance Movement rejected the plan on Sunday. Senior officials met "
        "Kamel in Cairo on Tuesday."
    )
    assert meetings(text) == []


def test_on_the_eve_of_the_signing_is_the_day_before_it(world):
    text = (
        "Egypt and Israel signed the accord in Cairo on Tuesday. Kamel met Blinken and Sisi "
        "together on the eve of the signing."
    )
    assert (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-03", "") in (
        meetings(text)
    )


def test_after_the_signing_is_the_signing_day(world):
    # near miss: "after the signing" keeps the signing's day
    text = (
        "Egypt and Israel signed the accord in Cairo on Tuesday. Kamel met Blinken and Sisi "
        "together after the signing."
    )
    assert (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "") in (
        meetings(text)
    )


@pytest.mark.parametrize(
    "text, body",
    [
        ("Sisi met Kamel's envoys in Cairo on Tuesday.", "General Intelligence Directorate"),
        (
            "Sisi met Kamel's envoys in Cairo on Tuesday, the Kremlin said.",
            "General Intelligence Directorate",
        ),
        ("Sisi met Blinken's negotiating team in Cairo on Tuesday.", "United States"),
    ],
)
def test_a_persons_envoys_are_the_body_whose_post_he_holds(world, text, body):
    assert meetings(text) == [(sorted(["Abdel Fattah al-Sisi", body]), "2024-06-04", "Cairo")]


def test_a_persons_kin_or_a_thing_of_his_is_no_guest(world):
    # near misses: his wife is no envoy of a body; his aides' master did not come
    assert meetings("Sisi met Kamel's wife in Cairo on Tuesday.") == []
    assert meetings("Sisi met Peskov's proposal with scorn on Tuesday.") == []


def test_the_participles_of_the_talks_name_conveners_hosts_and_guests(world):
    text = (
        "The talks, convened by Egypt, co-hosted by Israel and the United States and attended "
        "by Hamas and the Kremlin, opened on Tuesday at a secret location near Cairo."
    )
    assert meetings(text) == [
        (["Egypt", "Hamas", "Israel", "Kremlin", "United States"], "2024-06-04", "Cairo")
    ]


def test_talks_with_participles_still_to_open_or_put_off_are_no_meeting(world):
    # near misses: the same appositive before a future or a postponement
    for text in (
        "The talks, convened by Egypt and attended by Hamas and Israel, will open on June 14.",
        "The talks, convened by Egypt and attended by Hamas and Israel, were postponed on Tuesday.",
    ):
        assert meetings(text) == []


def test_the_meeting_ending_in_the_same_sentence_is_the_meeting_just_told(world):
    text = (
        "Israel and Hamas have fought since October. A delegation led by Kamel met Blinken in "
        "Cairo on Tuesday for consultations, but the meeting ended without agreement."
    )
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Cairo")]


def test_talks_resuming_on_a_day_of_their_own_are_another_meeting(world):
    # near miss: the talks' own day tells a later session, not the one just told
    text = "Blinken met Sisi in Cairo on Monday, and the talks resumed on Wednesday."
    assert (BLINKEN_SISI, "2024-06-10", "Cairo") in meetings(text)


@pytest.mark.parametrize("length", ["three and a half hours", "two and a half days", "an hour"])
def test_talks_told_by_a_length_with_a_fraction_are_a_meeting(world, length):
    text = f"Blinken and Sisi held {length} of talks at Cairo airport on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_hours_spent_on_something_else_are_no_talks(world):
    # near miss: a length of time, but no talks
    text = "Blinken and Sisi spent three and a half hours on the road to Cairo on Tuesday."
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kamel held separate sessions with Sisi aide Dmitry Peskov on Tuesday.",
        "Kamel held talks with Water Board chairman Dmitry Peskov on Tuesday.",
    ],
)
def test_a_name_before_a_post_qualifies_it_and_the_holder_is_the_guest(world, text):
    assert meetings(text) == [(["Abbas Kamel", "Dmitry Peskov"], "2024-06-04", "")]


def test_two_names_listed_without_a_post_between_are_both_guests(world):
    # near miss: "and" between the names lists them; no post ties one to the other
    text = "Kamel met Sisi and Blinken on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", *BLINKEN_SISI], "2024-06-04", "")]


TALKS_OF_FOUR = (
    "The talks, convened by Egypt and attended by Hamas, Israel and the Kremlin, opened on "
    "Monday in Cairo. "
)


def test_the_delegations_hosted_are_those_of_the_talks_told_with_more_than_two_parties(world):
    text = TALKS_OF_FOUR + "Blinken hosted the delegations on Tuesday."
    assert (
        ["Antony Blinken", "Egypt", "Hamas", "Israel", "Kremlin"],
        "2024-06-04",
        "",
    ) in meetings(text)


def test_the_delegations_of_bodies_named_are_those_bodies(world):
    # near miss: the bodies named after "the delegations of" are the guests, no one else
    text = TALKS_OF_FOUR + "Blinken hosted the delegations of Hamas and Israel on Tuesday."
    assert (["Antony Blinken", "Hamas", "Israel"], "2024-06-04", "") in meetings(text)


def test_the_two_delegations_brought_together_are_the_two_met_apart_in_the_sentence(world):
    text = (
        "Blinken met Hamas on Monday and held separate sessions with Israel the next day before "
        "bringing the two delegations together on Wednesday."
    )
    assert (["Antony Blinken", "Hamas", "Israel"], "2024-06-05", "") in meetings(text)


def test_one_side_met_before_bringing_the_delegations_together_is_no_pair(world):
    # near miss: the sentence told only one of the two delegations
    text = "Blinken met Hamas on Monday before bringing the two delegations together on Wednesday."
    assert meetings(text) == [(["Antony Blinken", "Hamas"], "2024-06-10", "")]


@pytest.mark.parametrize(
    "text, day",
    [
        ("Blinken had already dined on Sunday with Egypt's president, Sisi.", "2024-06-09"),
        ("Blinken lunched last Friday with Sisi in a quiet restaurant.", "2024-06-07"),
    ],
)
def test_a_meal_with_the_day_between_verb_and_guest_is_a_meeting(world, text, day):
    assert meetings(text) == [(BLINKEN_SISI, day, "")]


def test_dining_on_a_day_with_no_one_named_is_no_meeting(world):
    # near miss: the day between the verb and "with" but a thing, not a person, after it
    assert meetings("Blinken dined on Sunday with little appetite for the talks.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Blinken arrived on Monday. On Wednesday night Kamel called on him at the Semiramis.",
        "Blinken arrived on Monday. On Wednesday night Kamel called on Blinken at the Semiramis "
        "and stayed until after midnight.",
    ],
)
def test_calling_on_a_person_at_a_named_place_is_a_visit(world, text):
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-05", "")]


def test_calling_on_someone_at_a_named_place_to_do_something_is_an_appeal(world):
    # near miss: "called on X at the Y to ..." asks X to act; no one was visited
    assert (
        meetings("On Wednesday Blinken called on Hamas at the Semiramis to free the hostages.")
        == []
    )
    assert meetings("Blinken arrived on Monday. Kamel called on him at the forum to resign.") == []


@pytest.mark.parametrize(
    "opening",
    [
        "The envoy, Kamel, met Blinken in Cairo on Thursday to settle the last clause.",
        "Egypt's spy chief, former general Kamel, met Blinken in Cairo on Thursday.",
    ],
)
def test_he_stands_for_the_subject_named_in_apposition_to_a_description(world, opening):
    text = opening + " Earlier in the month, on the 3rd, he had met Sisi in Giza."
    assert (["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-03", "") in meetings(text)


def test_he_after_a_reported_meeting_is_not_the_one_reported_on(world):
    # near miss: "Pompeo said Kamel met ...": Kamel is no subject opening the sentence
    text = (
        "After the vote, Pompeo said Kamel met Blinken in Cairo on Thursday. Earlier in the "
        "month, on the 3rd, he had met Sisi in Giza."
    )
    assert (["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-03", "") not in meetings(text)


def test_the_two_presidents_are_the_last_two_named_with_that_post(world):
    # "the two presidents": the post is "president", not "two president"; the people named
    # in the sentence between (a committee's chair) are not the pair
    text = (
        "President Sisi and President Isaac Herzog signed the accord in Cairo on Monday. The "
        "committee, chaired by Blinken's envoy, Kamel, last met in Geneva in May. The two "
        "presidents had first come together in Geneva on 31 January 2024."
    )
    assert (["Abdel Fattah al-Sisi", "Isaac Herzog"], "2024-01-31", "") in meetings(text)


def test_the_two_prime_ministers_keep_the_word_before_the_post(world):
    # near miss: "prime" qualifies the post, so the foreign ministers named last are not them
    text = (
        "Prime Minister Netanyahu and Prime Minister Mustafa visited Cairo on Monday. Foreign "
        "Minister Sameh Shoukry and Foreign Minister Israel Katz met Kamel on Sunday. The two "
        "prime ministers first met in Geneva on 31 January 2024."
    )
    assert (["Mustafa", "Netanyahu"], "2024-01-31", "") in meetings(text)


def test_launching_the_talks_is_a_meeting_of_those_who_launched_them(world):
    text = (
        "Blinken and Sisi sat down on Monday. The two leaders had launched the talks on "
        "8 February in Cairo."
    )
    assert (BLINKEN_SISI, "2024-02-08", "Cairo") in meetings(text)


def test_launching_a_campaign_for_talks_is_no_meeting(world):
    # near miss: what is launched is a thing for the talks, not the talks themselves
    assert meetings("Blinken and Sisi launched a campaign for talks on Tuesday.") == []


@pytest.mark.parametrize(
    "text, met",
    [
        (
            "The committee, led by Kamel, first met Sisi in Cairo on Wednesday. The following "
            "day it flew to Jerusalem for talks with Blinken.",
            (["Abbas Kamel", "Antony Blinken"], "2024-06-06", "Jerusalem"),
        ),
        (
            "Egypt met Hamas in Cairo on Wednesday. The following day it held talks with Israel.",
            (["Egypt", "Israel"], "2024-06-06", ""),
        ),
    ],
)
def test_it_opening_the_sentence_is_the_body_that_met_in_the_sentence_before(world, text, met):
    assert met in meetings(text)


@pytest.mark.parametrize("rest", ["it emerged that talks with", "it was the turn of talks with"])
def test_an_empty_it_is_no_body_that_met(world, rest):
    # near miss: "it emerged", "it was": no one is the subject of the talks that follow
    text = (
        "The committee, led by Kamel, first met Sisi in Cairo on Wednesday. The following day "
        f"{rest} Blinken had stalled."
    )
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-05", "Cairo")]


def test_hours_spent_in_exchanges_are_a_meeting_of_the_subject(world):
    text = (
        "Blinken and Sisi spent more than six hours in indirect exchanges at a villa outside "
        "Cairo on Tuesday."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken and Sisi spent two days in Cairo on Tuesday.",
        "Blinken and Sisi spent two days in preparation for talks on Tuesday.",
    ],
)
def test_days_spent_in_a_place_or_preparing_talks_are_no_meeting(world, text):
    # near miss: the time was spent somewhere, or getting ready for talks to come
    assert meetings(text) == []


def test_their_session_dated_in_apposition_is_a_meeting_of_the_pair(world):
    text = (
        "Blinken and Sisi ended three days of talks in Cairo on Monday. Their first session, "
        "on Saturday, lasted more than two hours."
    )
    assert (BLINKEN_SISI, "2024-06-08", "") in meetings(text)


def test_their_session_without_a_day_in_apposition_is_no_new_meeting(world):
    # near miss: the apposition is a source, not the session's day
    text = (
        "Blinken and Sisi ended three days of talks in Cairo on Monday. Their first session, "
        "a diplomat said, lasted more than two hours."
    )
    assert all(day == "2024-06-10" for _, day, _ in meetings(text))


def test_a_pair_working_out_disputes_met(world):
    text = (
        "Kamel initialed the text in Cairo on Tuesday after Blinken and Sisi worked out the last "
        "disputes at the palace the night before."
    )
    assert (BLINKEN_SISI, "2024-06-03", "Cairo") in meetings(text)


def test_one_person_working_out_clauses_met_no_one(world):
    # near miss: a single subject settles the text alone
    assert meetings("Blinken worked out the last clauses in Cairo on Tuesday.") == []


def test_a_leader_quoted_after_he_was_told_of_is_one_of_the_two_men(world):
    text = (
        "Blinken and Sisi signed the accord in Cairo on Sunday, with Kamel looking on. "
        '"This will change the region," Sisi told the crowd. Blinken called it a new dawn. The '
        "two men first met in Giza in September 2023."
    )
    assert (BLINKEN_SISI, "2023-09-01", "") in meetings(text)


def test_a_person_named_only_as_a_source_is_not_one_of_the_two_men(world):
    # near miss: Kamel is named only as the one who spoke, so the pair is Blinken and Sisi
    text = (
        "Blinken signed the accord in Cairo on Sunday, with Sisi looking on. "
        '"This will change the region," Kamel told the crowd. Blinken called it a new dawn. The '
        "two men first met in Giza in September 2023."
    )
    assert (BLINKEN_SISI, "2023-09-01", "") in meetings(text)


def test_talks_that_ran_until_a_day_are_dated_by_it(world):
    # the relative clause hangs on the guest's name but tells the course of the talks
    text = (
        "Blinken held a final session with Kamel in Cairo on Monday, after talks with Sisi that "
        "ran until the early hours of Sunday."
    )
    assert (BLINKEN_SISI, "2024-06-09", "Cairo") in meetings(text)


def test_a_guest_who_arrived_on_a_day_does_not_date_the_talks(world):
    # near miss: a person arrives; the relative clause tells of him, not of the talks
    text = (
        "Blinken held a final session with Kamel in Cairo on Monday, after talks with Sisi that "
        "arrived early on Sunday."
    )
    assert (BLINKEN_SISI, "2024-06-10", "Cairo") in meetings(text)


@pytest.mark.parametrize(
    "text, people",
    [
        (
            "Blinken, the Kremlin's fiercest critic, and Sisi met in Cairo on Tuesday.",
            BLINKEN_SISI,
        ),
        (
            "Sisi received Blinken, the Kremlin's fiercest critic, and Kamel in Cairo on Tuesday.",
            ["Abbas Kamel", *BLINKEN_SISI],
        ),
    ],
)
def test_a_description_between_commas_after_a_name_does_not_end_the_list(world, text, people):
    # the body inside the description qualifies the person; the list goes on after it
    assert meetings(text) == [(people, "2024-06-04", "Cairo")]


def test_a_delegation_between_commas_is_a_participant_of_its_own(world):
    # near miss: a group named between commas is one more side, not a description
    text = "Blinken, the Hamas delegation, and Sisi met in Cairo on Tuesday."
    assert meetings(text) == [
        (["Abdel Fattah al-Sisi", "Antony Blinken", "Hamas"], "2024-06-04", "Cairo")
    ]


def test_the_verb_of_a_where_clause_tells_the_same_session(world):
    text = (
        "The deal was reached at the morning session in Cairo, where Blinken, the Kremlin's "
        "fiercest critic, and Sisi have faced each other since Tuesday."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-10", "Cairo")]


def test_a_where_clause_verb_with_a_guest_of_its_own_is_another_meeting(world):
    # near miss: the clause's verb names someone the session did not
    text = (
        "The deal was reached at the morning session in Cairo, where Blinken and Sisi met "
        "Kamel on Friday."
    )
    assert (["Abbas Kamel", *BLINKEN_SISI], "2024-06-07", "Cairo") in meetings(text)


def test_a_person_briefed_by_telephone_after_a_relative_clause_was_called(world):
    text = "Blinken briefed Sisi, who is on holiday in Sharm el-Sheikh, by telephone on Sunday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-09", "")]


def test_the_aides_of_a_person_briefed_by_telephone_name_no_one_called(world):
    # near miss: the relative clause hangs on the aides, and the one it names was not called
    text = "Blinken briefed Sisi's aides, who passed the news to Kamel, by telephone on Sunday."
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text, place",
    [
        ("Kamel said on Tuesday that Blinken had been talking to Sisi in Cairo.", ""),
        ("Kamel said on Tuesday that Sisi had been received by Blinken in Cairo.", "Cairo"),
    ],
)
def test_a_meeting_told_in_the_progressive_or_perfect_passive_is_of_its_subject(world, text, place):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", place)]


def test_talking_to_someone_as_a_subject_tells_no_meeting(world):
    # near miss: a gerund, no one said to have talked
    assert meetings("Blinken said on Tuesday that talking to Sisi had been useless.") == []


def test_talks_held_under_the_eye_of_a_person_are_a_meeting_with_the_subject(world):
    text = (
        "Hamas and Israel reached a truce late Monday, after marathon talks in Cairo under the "
        "eye of Sisi."
    )
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Hamas", "Israel"], "2024-06-10", "Cairo")]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas and Israel reached a truce late Monday, after the fighting in Gaza under the eye "
        "of Sisi.",
        "Hamas and Israel reached a truce late Monday, with Gaza under the eye of Sisi.",
    ],
)
def test_something_else_under_the_eye_of_a_person_is_no_meeting(world, text):
    # near miss: no talks held under him
    assert meetings(text) == []


def test_two_sides_that_have_faced_each_other_since_a_day_are_in_a_standoff(world):
    text = "In the north, Blinken and Sisi have faced each other since the battle in March."
    assert meetings(text) == []


def test_near_miss_two_sides_that_faced_each_other_across_the_table_met(world):
    text = "Blinken and Sisi faced each other across the table in Cairo on Monday."
    assert [people for people, *_ in meetings(text)] == [BLINKEN_SISI]


def test_a_state_and_its_opposition_named_later_are_the_two_sides(world):
    text = (
        "Israel's government and opposition ended a first round of talks on Sunday. The "
        "opposition Hamas thanked Egypt and the US for their help. The delegations resumed "
        "talks on Tuesday."
    )
    assert (["Hamas", "Israel"], "2024-06-04", "") in meetings(text)


def test_a_state_and_an_opposition_the_article_never_names_are_no_pair(world):
    # near miss: no body is called the opposition, so the pair named later stands
    text = (
        "Israel's government and opposition ended a first round of talks on Sunday. Egypt and "
        "the US thanked them. The delegations resumed talks on Tuesday."
    )
    assert all("Hamas" not in people for people, *_ in meetings(text))


def test_the_body_a_person_is_of_is_no_guest_and_the_list_goes_on(world):
    text = "Sisi met Blinken of the United States and Kamel of Egypt in Cairo on Tuesday."
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Cairo")
    ]


def test_the_mediators_named_in_apposition_took_part(world):
    text = "Sisi met Hamas in Cairo on Tuesday, with the mediators, Blinken and Kamel."
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Hamas"], "2024-06-04", "Cairo")
    ]


def test_a_body_joined_to_a_person_by_and_stays_a_guest(world):
    # near miss: no "of" between them, the body is a guest of its own
    text = "Blinken met Sisi and Hamas in Cairo on Tuesday."
    assert meetings(text) == [
        (["Abdel Fattah al-Sisi", "Antony Blinken", "Hamas"], "2024-06-04", "Cairo")
    ]


def test_him_after_a_coordinated_verb_is_the_object_of_the_verb_before(world):
    text = (
        "Blinken arrived in Cairo on Monday. Kamel took Sisi aside and talked with him on Tuesday."
    )
    assert (["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "") in meetings(text)


def test_him_with_no_object_before_is_the_person_named_before(world):
    # near miss: the verb before has no person for its object
    text = "Blinken arrived in Cairo on Monday. Kamel took a car and talked with him on Tuesday."
    assert (["Abbas Kamel", "Antony Blinken"], "2024-06-04", "") in meetings(text)


def test_the_sides_meeting_again_are_the_people_of_the_meeting_told_before(world):
    text = (
        SIDES_THEN_MEDIATORS + "Blinken met Sisi and Kamel at the offices of the Kremlin in "
        "Cairo on Tuesday. The two sides met again on Friday without officials."
    )
    assert (
        ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"],
        "2024-06-07",
        "",
    ) in meetings(text)


def test_the_sides_meeting_with_no_meeting_told_before_are_the_sides(world):
    # near miss: the sentence before told no meeting, the sides are the process's
    text = SIDES_THEN_MEDIATORS + "The two sides met again on Friday without officials."
    assert meetings(text) == [(["Hamas", "Israel"], "2024-06-07", "")]


def test_a_trip_to_put_terms_before_a_person_is_a_meeting_with_him(world):
    text = "Kamel flew to Cairo on Tuesday to put the terms before Sisi."
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "Cairo")]


def test_putting_terms_before_a_body_on_a_trip_is_no_meeting(world):
    # near miss: no person they were put before
    assert meetings("Kamel flew to Cairo on Tuesday to put the terms before Hamas.") == []


def test_hours_and_a_half_spent_with_a_person_and_one_at_his_side(world):
    text = (
        "Blinken spent four and a half hours with Sisi on Tuesday, with Kamel at the Egyptian "
        "leader's side."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


def test_one_at_a_window_is_not_at_a_side(world):
    # near miss: "at the window" is no one's side
    text = "Blinken spent four and a half hours with Sisi on Tuesday, with Kamel at the window."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_seeing_each_man_alone_is_a_meeting_with_each(world):
    text = "Sisi and Kamel reached Cairo on Monday. Blinken first saw each man alone on Tuesday."
    found = meetings(text)
    assert (BLINKEN_SISI, "2024-06-04", "") in found
    assert (["Abbas Kamel", "Antony Blinken"], "2024-06-04", "") in found


def test_seeing_each_report_is_no_meeting(world):
    # near miss: "each" of things, not of people
    assert meetings("Blinken saw each report on Tuesday.") == []


def test_the_mediators_absent_name_no_one(world):
    # near miss: no names in apposition after "the mediators"
    text = "Sisi met Hamas in Cairo on Tuesday, with the mediators absent."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Hamas"], "2024-06-04", "Cairo")]


def test_the_opposition_delegation_is_the_body_called_the_opposition(world):
    text = (
        "The opposition Hamas sent envoys to Cairo. Blinken spoke to the opposition delegation "
        "by video link on Sunday."
    )
    assert (["Antony Blinken", "Hamas"], "2024-06-09", "") in meetings(text)


def test_an_opposition_delegation_with_no_body_called_the_opposition_is_no_one(world):
    # near miss: the article names no body as the opposition
    text = "Blinken spoke to the opposition delegation by video link on Sunday."
    assert meetings(text) == []


def test_an_unnamed_body_and_a_group_standing_for_bodies_named_before(world):
    text = (
        "A spokeswoman for Hamas, Israel and Egypt spoke on Sunday. Blinken met the union and "
        "the three companies in Cairo on Tuesday."
    )
    assert meetings(text) == [
        (["Antony Blinken", "Egypt", "Hamas", "Israel"], "2024-06-04", "Cairo")
    ]


def test_an_unnamed_body_and_a_group_of_no_number_is_no_meeting(world):
    # near miss: "the companies" with no number stands for no bodies named before
    text = (
        "A spokeswoman for Hamas, Israel and Egypt spoke on Sunday. Blinken met the union and "
        "the companies in Cairo on Tuesday."
    )
    assert meetings(text) == []


def test_a_call_on_a_person_at_a_named_house_with_no_article(world):
    text = "Blinken called on Sisi at Ittihadiya Palace on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_a_call_on_a_person_at_a_place_for_a_cause_is_an_appeal(world):
    # near miss: "called on ... at Geneva for a ceasefire" asks for something, met no one
    text = "Blinken called on Sisi at Geneva for a ceasefire on Tuesday."
    assert meetings(text) == []


def test_a_person_briefed_at_a_named_seat_is_met_there(world):
    text = "Blinken briefed Sisi at the Ittihadiya Palace on Tuesday evening."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_reporters_briefed_at_a_named_seat_are_no_meeting(world):
    # near miss: those briefed are no actor the article names
    text = "Blinken briefed reporters at the Ittihadiya Palace on Tuesday evening."
    assert meetings(text) == []


def test_a_text_settled_with_a_person_is_a_meeting(world):
    text = "Blinken settled the final text with Sisi in Cairo on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_a_dispute_settled_with_a_person_is_no_meeting(world):
    # near miss: what was settled is no text worked on together
    text = "Blinken settled the dispute with Sisi on Tuesday."
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kamel said that Blinken spoke to reporters about Sisi on Tuesday.",
        "Blinken spoke with journalists about Sisi in Cairo on Tuesday.",
        "Blinken talked to the press about Sisi on Tuesday.",
    ],
)
def test_speaking_to_the_press_about_someone_is_no_meeting(world, text):
    # the press is spoken to; the one spoken about, and the source, met no one
    assert meetings(text) == []


def test_speaking_to_a_person_about_someone_is_still_a_meeting(world):
    # near miss: the one spoken to is named
    assert meetings("Kamel said Blinken spoke to Sisi on Tuesday.") == [
        (BLINKEN_SISI, "2024-06-04", "")
    ]


def test_the_two_men_meeting_again_are_the_pair_just_told_meeting(world):
    # not the last two people named (the one who came along)
    text = (
        "Blinken, accompanied by Kamel, arrived in Cairo on Monday and was received by Sisi. "
        "The two men met again on Tuesday."
    )
    assert (BLINKEN_SISI, "2024-06-04", "") in meetings(text)


def test_the_two_men_after_a_meeting_of_three_are_not_its_people(world):
    # near miss: the meeting just told was of three, so "the two men" are not all of them
    text = "Blinken met Sisi and Kamel on Monday. The two men met again on Tuesday."
    found = meetings(text)
    assert not any(date == "2024-06-04" and len(people) == 3 for people, date, _ in found)


def test_an_opening_with_the_chair_and_those_at_the_table(world):
    text = (
        "The conference opened on Tuesday with Blinken in the chair and Sisi and Kamel at the "
        "table."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


def test_an_opening_with_someone_s_support_names_no_one_at_the_table(world):
    # near miss: "with" tells no one's seat at the opening
    assert meetings("The conference opened on Tuesday with Blinken's support.") == []


def test_once_more_on_a_later_day_is_another_meeting_of_the_same_people(world):
    text = "Blinken met Sisi for three hours on Tuesday morning and once more the following day."
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", ""),
        (BLINKEN_SISI, "2024-06-05", ""),
    ]


def test_once_more_after_how_long_the_first_sitting_ran_is_another_meeting(world):
    text = "Blinken and Sisi met again on Tuesday, for nearly five hours, and once more on Friday."
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", ""),
        (BLINKEN_SISI, "2024-06-07", ""),
    ]


def test_once_more_without_a_day_of_its_own_is_no_other_meeting(world):
    # near miss: "once more" tells what was done again, not a day they met
    text = "Blinken met Sisi on Tuesday morning and once more urged a ceasefire."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_him_after_a_clause_of_time_is_the_person_the_main_clause_named(world):
    # "him" is the one whose mission the main clause tells of, past a relative clause whose
    # list of portfolios holds commas
    text = (
        "Blinken landed in Cairo on Monday. Kamel's mission was renewed after Sisi, who chairs "
        "the troika on politics, defence and security, received him in Cairo in late May."
    )
    assert (["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-05-01", "Cairo") in meetings(text)


def test_him_after_a_clause_of_time_is_not_the_source_of_the_sentence(world):
    # near miss: the main clause names who told of it, not the one received
    text = (
        "Blinken landed in Cairo on Monday. Kamel said the talks went on after Sisi received him."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-10", "")]


def test_one_team_facing_the_other_s_delegation_is_a_meeting(world):
    text = (
        "The round opened on Tuesday, when an Egyptian team that included Sisi and Kamel faced "
        "a US delegation led by Blinken."
    )
    found = meetings(text)
    assert found and {"Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"} <= set(found[0][0])


def test_facing_a_deadline_or_charges_is_no_meeting(world):
    # near miss: what is faced is no side's negotiators
    assert meetings("Sisi faced a deadline set by Blinken on Tuesday.") == []
    assert meetings("Kamel, facing charges brought by Sisi, resigned on Tuesday.") == []


def test_hours_spent_inside_a_building_with_a_person_are_a_meeting(world):
    text = (
        "Kamel told reporters on Tuesday after spending two hours inside the residence with Sisi."
    )
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "")]


def test_hours_spent_inside_a_building_with_no_one_named_are_no_meeting(world):
    # near miss: "with" names a thing brought along, not a person met
    text = "Kamel spent two hours inside the residence with the documents on Tuesday."
    assert meetings(text) == []


def test_that_evening_is_of_the_day_a_relative_clause_named(world):
    text = (
        "Kamel met Sisi in Cairo on June 1. Blinken, who arrived on Tuesday, held talks with "
        "Sisi at his hotel that evening."
    )
    assert (BLINKEN_SISI, "2024-06-04", "") in meetings(text)


def test_without_that_evening_a_relative_clause_s_day_is_another_event_s(world):
    # near miss: the relative clause's day dates the arrival, not the talks
    text = (
        "Kamel met Sisi in Cairo on June 1. Blinken, who arrived on Tuesday, held talks with "
        "Sisi at his hotel."
    )
    assert (BLINKEN_SISI, "2024-06-04", "") not in meetings(text)


def test_a_conference_presided_over_by_someone_as_the_circumstance_of_a_signing(world):
    text = (
        "Blinken and Sisi signed the text in Cairo on Tuesday, after an all-night conference "
        "presided over by Kamel."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Cairo")
    ]


def test_a_session_chaired_by_someone_after_met_adds_no_meeting_of_its_own(world):
    # near miss: "met" tells the meeting; the session's chair is no host of a second one
    text = "Blinken met Sisi in Cairo on Tuesday at a session chaired by Kamel."
    assert not any(
        participants == ["Abbas Kamel", "Antony Blinken"] for participants, *_ in meetings(text)
    )
    assert (
        meetings("The accord was signed in Cairo after a conference presided over by Kamel.") == []
    )


def test_brought_together_past_the_full_stop_of_a_title(world):
    text = "Sisi brought Mr. Kamel together with Blinken in Cairo on Tuesday."
    found = meetings(text)
    assert found and {"Abbas Kamel", "Abdel Fattah al-Sisi"} <= set(found[0][0])


def test_brought_does_not_look_past_the_full_stop_of_a_sentence_for_together(world):
    # near miss: the sentence ended; "together" belongs to the next one
    text = "Sisi brought the letter to Cairo on Tuesday. Kamel and Blinken worked together."
    assert not any("Abdel Fattah al-Sisi" in participants for participants, *_ in meetings(text))


def test_the_leaders_of_a_confederation_named_before_by_its_head_word_are_a_guest(world):
    ActorFactory(name="Northland Confederation of Farm Workers", kind=Actor.Kind.OTHER)
    text = (
        "The Northland Confederation of Farm Workers called a strike. Blinken met the "
        "confederation's leaders in Cairo on Tuesday."
    )
    assert meetings(text) == [
        (["Antony Blinken", "Northland Confederation of Farm Workers"], "2024-06-04", "Cairo")
    ]


def test_near_miss_a_confederation_with_a_complement_of_its_own_is_another_body(world):
    # near miss: "the confederation of ..." names a body of its own, not the one named before
    ActorFactory(name="Northland Confederation of Farm Workers", kind=Actor.Kind.OTHER)
    text = (
        "The Northland Confederation of Farm Workers called a strike. Blinken met the "
        "confederation of employers in Cairo on Tuesday."
    )
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Blinken spoke on Tuesday with Sisi.",
        "Blinken spoke late on Tuesday with Sisi, officials said.",
    ],
)
def test_a_day_between_spoke_and_with_keeps_the_call(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_speaking_on_a_day_to_the_press_is_no_call(world):
    # near miss: the day stands between the verb and "to", but reporters are no guest
    assert meetings("Blinken spoke on Tuesday to reporters about Sisi.") == []


def test_a_rank_before_the_name_in_apposition_to_a_body_s_post_keeps_the_holder(world):
    text = "Blinken met Egypt's army chief, General Omar Haddad, in Cairo on Tuesday."
    assert meetings(text) == [(["Antony Blinken", "Omar Haddad"], "2024-06-04", "Cairo")]


def test_near_miss_a_body_s_post_with_a_name_and_no_rank_is_read_as_before(world):
    # near miss: no rank after the comma; the holder is still the guest, the body is not
    text = "Blinken met Egypt's army chief, Omar Haddad, in Cairo on Tuesday."
    assert meetings(text) == [(["Antony Blinken", "Omar Haddad"], "2024-06-04", "Cairo")]


def test_a_guest_after_and_separately_is_met_apart(world):
    text = "Blinken met Sisi and, separately, Kamel in Cairo on Tuesday."
    assert sorted(meetings(text)) == [
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Cairo"),
        (BLINKEN_SISI, "2024-06-04", "Cairo"),
    ]


def test_near_miss_a_new_subject_after_and_separately_is_no_guest(world):
    # near miss: "separately" opens a clause of its own, whose subject did not meet Blinken
    text = "Blinken met Sisi and, separately, Kamel said on Tuesday that talks would resume."
    assert [participants for participants, *_ in meetings(text)] == [BLINKEN_SISI]


def test_him_after_a_new_subject_is_the_person_the_sentence_before_is_about(world):
    text = (
        "Sisi held talks with Kamel in Cairo on Monday. Blinken went over the text with him "
        "by telephone on Tuesday."
    )
    assert (BLINKEN_SISI, "2024-06-04", "") in meetings(text)


def test_near_miss_him_is_not_the_subject_of_the_verb_itself(world):
    # near miss: the sentence before is about Blinken, who cannot be "him" in his own clause;
    # "him" is the one he met there
    text = (
        "Blinken held talks with Kamel in Cairo on Monday. Blinken went over the text with him "
        "by telephone on Tuesday."
    )
    assert (["Abbas Kamel", "Antony Blinken"], "2024-06-04", "") in meetings(text)


def test_unnamed_people_closing_the_subject_list_leave_the_named_ones_the_subject(world):
    text = "Blinken, Sisi and the generals met Kamel in Cairo on Tuesday."
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Cairo")
    ]


def test_near_miss_unnamed_people_alone_are_no_subject(world):
    # near miss: no one is named before "the generals"; they add no participant
    text = "Blinken met Sisi in Cairo on Monday. The generals met Kamel in Cairo on Tuesday."
    assert not any(
        "Abbas Kamel" in participants and date == "2024-06-04"
        for participants, date, _ in meetings(text)
    )


def test_the_owner_of_the_house_a_meeting_is_held_at_is_no_participant(world):
    text = "Blinken met union leaders at the riverside house of Sir Abbas Kamel on Tuesday."
    assert not any("Abbas Kamel" in participants for participants, *_ in meetings(text))


def test_near_miss_a_guest_met_at_his_own_home_is_still_met(world):
    # near miss: the guest is named as the one met; "his home" names no one else
    text = "Blinken met Kamel at his home in Cairo on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Cairo")]


def test_talks_that_night_and_again_on_a_later_day_are_two_meetings(world):
    text = (
        "Blinken flew into Cairo on June 3 and held talks with Sisi that night and again on "
        "June 4, officials said."
    )
    assert sorted(date for participants, date, _ in meetings(text)) == ["2024-06-03", "2024-06-04"]


def test_near_miss_that_night_after_the_talks_day_dates_nothing_else(world):
    # near miss: the talks' own day comes first; "that night" tells of something after them
    text = (
        "Blinken flew into Cairo on June 3 and held talks with Sisi on June 4, leaving that night."
    )
    assert [date for participants, date, _ in meetings(text)] == ["2024-06-04"]


def test_a_post_in_lower_case_after_a_company_s_name_goes_on_with_the_subject_list(world):
    text = "Sisi, Nile Shipping chief Omar Haddad and Kamel met Blinken in Cairo on Tuesday."
    assert meetings(text) == [
        (
            ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Omar Haddad"],
            "2024-06-04",
            "Cairo",
        )
    ]


def test_near_miss_a_reporting_verb_before_the_post_still_ends_the_subject_list(world):
    # near miss: whoever said it did not meet; the post does not carry the list past "said"
    text = "Sisi said Nile Shipping chief Omar Haddad and Kamel met Blinken in Cairo on Tuesday."
    assert not any("Abdel Fattah al-Sisi" in participants for participants, *_ in meetings(text))


def test_a_trip_for_talks_mediated_by_someone_is_a_meeting_of_the_travellers(world):
    text = "Blinken and Sisi flew to Doha on Tuesday for a round of talks mediated by Kamel."
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Doha")
    ]


def test_near_miss_talks_called_for_and_mediated_by_someone_are_no_meeting(world):
    # near miss: talks asked for, with no trip to them, were not held
    text = "Blinken and Sisi called on Tuesday for a round of talks mediated by Kamel."
    assert meetings(text) == []


def test_an_appositive_after_a_name_in_the_subject_list_keeps_the_list_going(world):
    text = (
        "Sisi, Mike Pompeo, a former secretary of state, and Kamel, the intelligence chief, sat "
        "down with Blinken in Cairo on Tuesday."
    )
    assert meetings(text) == [
        (
            ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Mike Pompeo"],
            "2024-06-04",
            "Cairo",
        )
    ]


def test_near_miss_an_appositive_of_the_last_name_alone_ends_the_subject_list(world):
    # near miss: a clause before the last name is no appositive; who spoke did not meet
    text = (
        "Sisi said on Monday that Kamel, the intelligence chief, sat down with Blinken in "
        "Cairo on Tuesday."
    )
    assert not any("Abdel Fattah al-Sisi" in participants for participants, *_ in meetings(text))


def test_an_appositive_after_a_guest_keeps_the_guest_list_going(world):
    text = (
        "Blinken sat down with Sisi, Mike Pompeo, a former secretary of state, and Kamel, the "
        "intelligence chief, in Cairo on Tuesday."
    )
    assert meetings(text) == [
        (
            ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Mike Pompeo"],
            "2024-06-04",
            "Cairo",
        )
    ]


def test_a_relative_clause_ending_in_a_list_of_four_tells_of_the_subject(world):
    text = (
        "Sisi and Kamel, who head the talks on trade, water, energy and security, met Blinken "
        "in Cairo on Tuesday."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Cairo")
    ]


def test_near_miss_a_subject_list_of_four_without_a_relative_pronoun_all_met(world):
    text = "Kamel, Mike Pompeo, Dmitry Peskov and Sisi met Blinken in Cairo on Tuesday."
    assert meetings(text) == [
        (
            [
                "Abbas Kamel",
                "Abdel Fattah al-Sisi",
                "Antony Blinken",
                "Dmitry Peskov",
                "Mike Pompeo",
            ],
            "2024-06-04",
            "Cairo",
        )
    ]


def test_a_verb_after_and_afterwards_shares_the_pronoun_subject(world):
    text = (
        "Blinken arrived in Cairo on Monday. He saw Sisi at his palace for an hour on Tuesday "
        "and afterwards met Kamel."
    )
    assert (["Abbas Kamel", "Antony Blinken"], "2024-06-04", "") in meetings(text)


def test_near_miss_afterwards_before_a_subject_of_its_own_shares_no_subject(world):
    text = (
        "Blinken arrived in Cairo on Monday. He saw Sisi at his palace for an hour on Tuesday, "
        "and afterwards Kamel met Pompeo."
    )
    assert not any(
        {"Abbas Kamel", "Antony Blinken"} <= set(participants)
        for participants, *_ in meetings(text)
    )


def test_conferred_for_how_long_with_a_guest_after_and_afterward(world):
    text = (
        "Blinken laid the plan before the cabinet on Tuesday and afterward conferred for an hour "
        "with Kamel at the palace."
    )
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "")]


def test_near_miss_waited_for_how_long_with_someone_is_no_meeting(world):
    text = (
        "Blinken laid the plan before the cabinet on Tuesday and afterward waited for an hour "
        "with Kamel at the palace."
    )
    assert meetings(text) == []


def test_the_body_a_person_named_after_talks_opened_is_of_is_no_guest(world):
    text = (
        "The talks opened on Tuesday under the chairmanship of the Secretary of State, Antony "
        "Blinken, with an address by President Abbas Kamel of Egypt."
    )
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "")]


def test_near_miss_a_body_listed_apart_after_talks_opened_is_a_guest(world):
    text = (
        "The talks opened on Tuesday under the chairmanship of the Secretary of State, Antony "
        "Blinken, with an address by President Abbas Kamel, and Egypt."
    )
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken", "Egypt"], "2024-06-04", "")]


def test_talks_offered_to_be_hosted_are_no_meeting(world):
    assert meetings("Egypt has offered to host new talks between Israel and Hamas.") == []


def test_near_miss_talks_hosted_are_a_meeting(world):
    assert meetings("Egypt hosted new talks between Israel and Hamas on Tuesday.") == [
        (["Egypt", "Hamas", "Israel"], "2024-06-04", "")
    ]


def test_called_on_a_person_at_a_named_seat_to_report_is_a_visit(world):
    text = (
        "Blinken and Kamel called on Sisi at the Ittihadiya Palace on Tuesday to report the "
        "outcome."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


def test_near_miss_called_on_a_person_at_a_named_seat_to_act_is_an_appeal(world):
    text = "Blinken called on Sisi at the Ittihadiya Palace on Tuesday to release the hostages."
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kamel called on Sisi at the Ittihadiya Palace on Tuesday to arrange the handover.",
        "Kamel waited on Sisi at Ittihadiya on Tuesday, to ask that the crossing be opened.",
    ],
)
def test_called_on_a_person_at_a_named_place_on_an_errand_of_ones_own_is_a_visit(world, text):
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "")]


def test_called_on_a_person_in_a_relative_clause_closed_before_its_main_verb_is_a_visit(world):
    # the "to" after the comma is the main clause's, not an appeal to the one called on
    text = (
        "Kamel, who waited upon Sisi at Ittihadiya on Tuesday with a map, is said to have "
        "won him over."
    )
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "")]


def test_near_miss_called_on_in_a_relative_clause_to_act_is_an_appeal(world):
    text = "Kamel, who called on Sisi at Ittihadiya on Tuesday to free the hostages, was praised."
    assert meetings(text) == []


def test_called_on_a_titled_person_then_acting_oneself_is_a_visit(world):
    text = "On Tuesday Kamel called on President Sisi and expressed hope for the talks."
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "")]


def test_near_miss_called_on_a_titled_person_for_something_is_an_appeal(world):
    text = "On Tuesday Kamel called on President Sisi for restraint and warned of a wider war."
    assert meetings(text) == []


def test_called_on_a_person_at_the_seat_of_his_party_is_a_visit(world):
    text = "Kamel called on Sisi at his party's headquarters on Tuesday to urge him to accept."
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "")]


def test_near_miss_called_on_a_person_at_a_party_seat_to_act_is_an_appeal(world):
    text = "Kamel called on Sisi at the party's headquarters on Tuesday to free the hostages."
    assert meetings(text) == []


def test_who_after_a_person_and_his_appositive_of_another_is_the_person(world):
    text = "Kamel, the intelligence chief of Sisi, who was received by Blinken on Tuesday, spoke."
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "")]


def test_near_miss_who_right_after_a_guest_is_the_guest(world):
    text = "Kamel met Sisi, who was received by Blinken on Tuesday."
    assert (["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "") in meetings(text)


def test_leaders_of_bodies_brought_together_stand_for_the_bodies(world):
    text = (
        "Egypt brought leaders of Hamas and Israel together for a prayer meeting in Cairo on "
        "Tuesday."
    )
    assert meetings(text) == [(["Egypt", "Hamas", "Israel"], "2024-06-04", "")]


def test_near_miss_leaders_brought_to_bodies_met_no_one_named(world):
    text = "Egypt brought leaders to Hamas and Israel for a prayer meeting in Cairo on Tuesday."
    assert meetings(text) == []


def test_the_n_holders_of_a_post_are_those_a_plural_post_listed(world):
    # "The foreign ministers, X of A and Y of B, ...": the list names the holders of the post
    _three_foreign_ministers(world)
    text = (
        "The foreign ministers, Karim Haddad of Jordan and Leila Nasser of Oman, signed the "
        "text on Monday. Blinken and Kamel praised it. The two ministers first met on Sunday."
    )
    assert [m[:2] for m in meetings(text)] == [(["Karim Haddad", "Leila Nasser"], "2024-06-09")]


def test_near_miss_people_named_after_a_plural_post_and_a_clause_are_not_its_holders(world):
    # the names follow a relative clause and a verb: not a list of the ministers
    _three_foreign_ministers(world)
    text = (
        "The foreign ministers, who signed the text on Monday, praised Karim Haddad and Leila "
        "Nasser. Blinken and Kamel praised it. The two ministers first met on Sunday."
    )
    assert [m[:2] for m in meetings(text) if m[0] == ["Karim Haddad", "Leila Nasser"]] == []


@pytest.mark.parametrize(
    "text, guest, date, place",
    [
        (
            "Kamel called on Sisi, the Egyptian president, in Cairo on Tuesday to discuss the "
            "crossing.",
            "Abdel Fattah al-Sisi",
            "2024-06-04",
            "Cairo",
        ),
        (
            "Blinken arrived on Sunday. Kamel called on him the next day.",
            "Antony Blinken",
            "2024-06-10",
            "",
        ),
        (
            "Kamel called on Sisi before Tuesday's session to ask for more time.",
            "Abdel Fattah al-Sisi",
            "2024-06-04",
            "",
        ),
    ],
)
def test_calling_on_a_person_on_a_day_told_is_a_visit(world, text, guest, date, place):
    assert meetings(text) == [(sorted(["Abbas Kamel", guest]), date, place)]


@pytest.mark.parametrize(
    "text",
    [
        "Kamel called on Sisi, the Egyptian president, in Cairo on Tuesday to open the crossing.",
        "Blinken arrived on Sunday. Kamel called on him the next day to resign.",
        "Kamel called on Sisi before Tuesday's session to free the hostages.",
    ],
)
def test_near_miss_calling_on_a_person_on_a_day_to_act_is_an_appeal(world, text):
    assert [m for m in meetings(text) if "Abbas Kamel" in m[0]] == []


def test_calling_first_on_one_and_then_on_another_is_a_visit_to_each(world):
    text = (
        "The breakthrough came on Tuesday. Blinken went from one hotel to the other, calling "
        "first on Sisi and then on Kamel."
    )
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", ""),
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04", ""),
    ]


def test_near_miss_calling_on_one_and_then_on_another_to_act_is_an_appeal(world):
    text = "On Tuesday Blinken called on Sisi and then on Kamel to open the crossing."
    assert meetings(text) == []


def test_him_after_a_clause_with_a_person_is_that_person(world):
    # "X negotiated the terms with Y in a place on a day, and flew back to see him": the person
    # the clause before met, not one named in an earlier sentence
    text = (
        "Blinken was in Doha. Kamel negotiated the terms with Sisi in Cairo on Saturday, and "
        "flew back to see him on Sunday."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-08", "Cairo"),
        (["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-09", "Cairo"),
    ]


def test_near_miss_a_thing_negotiated_with_a_person_and_a_name_after_the_trip(world):
    # near miss: "negotiated the release with" is no text worked out together; the trip names
    # its own guest
    text = (
        "Kamel negotiated the release with Sisi in Cairo on Saturday, and flew back to see "
        "Blinken on Sunday."
    )
    assert [m[:2] for m in meetings(text)] == [(["Abbas Kamel", "Antony Blinken"], "2024-06-09")]


def test_a_text_put_to_people_on_a_day_is_a_meeting_with_them(world):
    text = "Kamel put the amendments to Sisi and Blinken in Cairo on Tuesday."
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Cairo")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kamel put the amendments to a vote in Cairo on Tuesday.",
        "Kamel put it to Sisi that the plan was dead.",
    ],
)
def test_near_miss_a_text_put_to_a_vote_or_a_point_put_undated_is_no_meeting(world, text):
    assert meetings(text) == []


def test_the_four_leaders_are_the_four_people_named_as_one_list(world):
    # a later sentence naming four people apart (two receiving two) is no list of four
    text = (
        "The accord was signed on Monday by Blinken, Mike Pompeo, Sisi and Kamel. On Monday "
        "night Dmitry Peskov and Kamel received Sisi and Mike Pompeo. The four leaders sat down "
        "together on Tuesday."
    )
    assert [m for m in meetings(text) if m[1] == "2024-06-04"] == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Mike Pompeo"], "2024-06-04", "")
    ]


def test_near_miss_a_list_of_three_is_not_the_four_leaders(world):
    # near miss: the list names three; the four are those of the last sentence naming four
    text = (
        "The accord was signed on Monday by Blinken, Mike Pompeo and Sisi. On Monday night "
        "Dmitry Peskov and Kamel received Sisi and Mike Pompeo. The four leaders sat down "
        "together on Tuesday."
    )
    assert [m for m in meetings(text) if m[1] == "2024-06-04"] == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Dmitry Peskov", "Mike Pompeo"], "2024-06-04", "")
    ]


def test_talks_chaired_and_mediated_by_people_that_opened_on_a_day_are_dated_by_it(world):
    # "negotiations between A and B, chaired by X and mediated by Y, that opened there on
    # DATE": the relative clause past the participles tells when the talks met
    text = (
        "The text was finalised in Cairo last Wednesday, after two weeks of negotiations between "
        "Israel and Hamas, chaired by Sisi and mediated by Blinken and Kamel, that opened there "
        "on May 28."
    )
    assert [m[1] for m in meetings(text)] == ["2024-05-28"]


@pytest.mark.parametrize(
    "text",
    [
        "The text was finalised in Cairo last Wednesday, after two weeks of negotiations between "
        "Israel and Hamas, chaired by Sisi and mediated by Blinken and Kamel, whose offices "
        "opened there on May 28.",
        "The text was finalised in Cairo last Wednesday, after two weeks of negotiations between "
        "Israel and Hamas, chaired by Sisi and mediated by Blinken and Kamel, that Egypt "
        "announced on May 28.",
    ],
)
def test_near_miss_a_clause_after_the_mediators_about_something_else_does_not_date_them(
    world, text
):
    assert [m[1] for m in meetings(text)] == ["2024-06-05"]


def test_a_first_visit_to_a_person_in_the_possessive_is_a_meeting(world):
    text = (
        "Egypt accepted the plan on Friday, drawn up after Blinken's first visit to Sisi in Cairo "
        "on Tuesday."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_near_miss_a_first_visit_to_a_city_is_no_meeting(world):
    text = (
        "Egypt accepted the plan on Friday, drawn up after Blinken's first visit to Cairo on "
        "Tuesday."
    )
    assert meetings(text) == []


def test_talks_resumed_in_the_present_as_a_condition_are_no_meeting(world):
    # "if X restores access, accounts for its uranium and resumes talks with Y": a condition
    text = "Egypt has promised aid if Israel lifts the blockade and resumes talks with Hamas."
    assert meetings(text) == []


def test_near_miss_talks_resumed_in_the_past_after_a_subordinator_are_a_meeting(world):
    text = (
        "Hamas freed the hostages on Tuesday after Israel withdrew its troops and resumed talks "
        "with Egypt."
    )
    assert meetings(text) == [(["Egypt", "Israel"], "2024-06-04", "")]


def test_a_third_person_receiving_the_pair_afterwards_is_a_second_meeting(world):
    text = (
        "Blinken and Kamel held talks in Cairo on Tuesday. Sisi received Blinken and Kamel "
        "afterwards, his office said."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Cairo"),
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", ""),
    ]


def test_near_miss_a_third_person_receiving_the_pair_that_day_joins_their_meeting(world):
    # near miss: without "afterwards", one meeting of one day told twice
    text = (
        "Blinken and Kamel held talks in Cairo on Tuesday. Sisi received Blinken and Kamel "
        "there, his office said."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Cairo")
    ]


def test_an_invitation_accepted_to_meet_someone_is_no_meeting(world):
    # the invitation offers a meeting; the talks held after it are told on their own
    text = (
        "Hamas accepted an invitation from Kamel, the Egyptian intelligence chief, to meet with "
        "him in Cairo on Tuesday."
    )
    assert meetings(text) == []


def test_near_miss_an_invitation_accepted_and_a_meeting_held_is_a_meeting(world):
    text = "Hamas accepted an invitation from Kamel and met with him in Cairo on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", "Hamas"], "2024-06-04", "Cairo")]


# tune36a


def test_a_person_called_by_quoted_words_is_no_call(world):
    # "called X "a worthy opponent"": the words he was called, no call made
    text = 'Blinken called Sisi "a trusted partner" on Tuesday and praised his patience.'
    assert meetings(text) == []


def test_near_miss_a_person_called_on_a_day_is_a_call(world):
    text = "Blinken called Sisi on Tuesday and praised his patience."
    assert [(who, day) for who, day, _ in meetings(text)] == [(BLINKEN_SISI, "2024-06-04")]


def test_guests_met_one_and_then_the_other_separately_are_two_meetings(world):
    text = "Blinken met Sisi and then Kamel separately in Cairo on Tuesday."
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", "Cairo"),
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Cairo"),
    ]


def test_near_miss_guests_met_together_are_one_meeting(world):
    text = "Blinken met Sisi and Kamel in Cairo on Tuesday."
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Cairo")
    ]


def test_the_holder_of_a_post_briefed_at_a_named_seat_is_a_meeting(world):
    # "briefed the High Commissioner, Sir X, at King's House": the post, the name between
    # commas, and a seat named without an article
    text = (
        "Blinken briefed the Egyptian president, Abdel Fattah al-Sisi, at Ittihadiya Palace on "
        "Tuesday."
    )
    assert [(who, day) for who, day, _ in meetings(text)] == [(BLINKEN_SISI, "2024-06-04")]


def test_near_miss_the_holder_of_a_post_briefed_with_no_seat_is_no_meeting(world):
    text = "Blinken briefed the Egyptian president, Abdel Fattah al-Sisi, on the plan on Tuesday."
    assert meetings(text) == []


def test_a_session_with_a_guest_told_as_a_circumstance_is_a_meeting(world):
    text = "Blinken broke off the talks at a session with Sisi in Cairo on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_near_miss_a_session_with_a_guest_still_to_be_set_is_no_meeting(world):
    text = "Blinken said on Tuesday that a session with Sisi was possible."
    assert meetings(text) == []


def test_a_participle_telling_a_meeting_dates_the_undated_meeting_after_it(world):
    # "..., telling X at a meeting on Friday that ...": the participle tells the thread's day
    text = (
        "Hamas rejected the plan, telling Kamel at a meeting in Cairo on Tuesday that it would "
        "not sign. Blinken met Sisi at the palace."
    )
    assert (BLINKEN_SISI, "2024-06-04") in [(who, day) for who, day, _ in meetings(text)]


def test_near_miss_a_participle_about_something_else_dates_nothing_after_it(world):
    text = (
        "Hamas rejected the plan, citing a strike in Rafah on Tuesday. Blinken met Sisi at the "
        "palace."
    )
    assert (BLINKEN_SISI, "2024-06-10") in [(who, day) for who, day, _ in meetings(text)]


def test_the_seat_of_a_post_is_not_one_who_met(world):
    # "telling the Spanish commander in Cuba at a meeting": the place closes the post, even
    # where a person bears its name
    PersonFactory(name="Michael Jordan", short_name="Jordan")
    text = (
        "Kamel rejected the plan, telling the American commander in Jordan at a meeting on "
        "Tuesday that he would not sign."
    )
    assert meetings(text) == []


def test_near_miss_a_person_named_before_the_meeting_met(world):
    text = (
        "Kamel rejected the plan, telling the American envoy, Blinken, at a meeting on Tuesday "
        "that he would not sign."
    )
    assert [(who, day) for who, day, _ in meetings(text)] == [
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04")
    ]


# --- tune36f =====================================================================================
# --- "The co-chairs of the body, A of South Africa and B of France": the chairs and the states
# they serve are no pair of sides of the talks


def test_co_chairs_listed_with_their_states_are_not_the_sides(world):
    text = (
        "The co-chairs of the negotiating body, Lena Dorval of South Africa and Omar Farouk of "
        "France, met industry representatives in Geneva in early May.\n\n"
        "The talks began in December 2021."
    )
    assert not [who for who, _, _ in meetings(text) if "South Africa" in who]


def test_near_miss_two_states_named_as_a_pair_are_the_sides(world):
    # near miss: no chairs' post before the pair: the two states are the sides
    text = "South Africa and France resumed talks.\n\nThe talks began in December 2021."
    assert [who for who, _, _ in meetings(text) if "South Africa" in who]


# --- tune38a =====================================================================================
# --- "received A and B, the movement's second-in-command, in his office": the body in the
# possessive names B's post, and is no guest


def test_a_body_naming_a_guests_post_in_apposition_is_no_guest(world):
    text = "On Tuesday Sisi received Blinken and Kamel, Hamas's second-in-command, in his office."
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


def test_near_miss_a_body_whose_people_are_received_is_a_guest(world):
    # no comma: "Hamas's negotiators" are the body's people, received
    text = "On Tuesday Sisi received Blinken and Hamas's negotiators in his office."
    assert [who for who, _, _ in meetings(text)] == [
        ["Abdel Fattah al-Sisi", "Antony Blinken", "Hamas"]
    ]


# --- "The talks began with a meeting between A and B": that meeting, not one of the two sides


def test_talks_that_began_with_a_meeting_are_that_meeting(world):
    text = (
        "Israel and Hamas have been at war since October. The talks began with a meeting "
        "between Blinken and Sisi in Cairo on Tuesday."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_near_miss_talks_that_began_on_a_day_are_the_sides_meeting(world):
    text = "Israel and Hamas have been at war since October. The talks began in Cairo on Tuesday."
    assert [who for who, _, _ in meetings(text)] == [["Hamas", "Israel"]]


# --- "met A and B on July 10, and put the offer to them at a meeting on July 29": the one who
# put it met them again


def test_a_text_put_to_them_at_a_meeting_is_a_meeting_with_the_subject(world):
    text = (
        "Blinken landed on June 3. He met Sisi and Kamel in Cairo on June 4, and put the plan "
        "to them at a meeting at the palace on June 6."
    )
    people = ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"]
    assert [(who, day) for who, day, _ in meetings(text)] == [
        (people, "2024-06-04"),
        (people, "2024-06-06"),
    ]


def test_near_miss_a_text_put_to_them_with_no_meeting_is_no_second_meeting(world):
    text = "Blinken met Sisi and Kamel in Cairo on Tuesday, and put the plan to them."
    assert [day for _, day, _ in meetings(text)] == ["2024-06-04"]


# --- "At the United Nations, X met Y": a body after "at the" opening the sentence is where they met


def test_a_body_after_at_the_is_where_not_who(world):
    ActorFactory(name="United Nations", short_name="UN", kind=Actor.Kind.INTERNATIONAL_ORG)
    text = "At the United Nations, Blinken met Sisi on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_a_body_in_the_subject_list_met(world):
    ActorFactory(name="United Nations", short_name="UN", kind=Actor.Kind.INTERNATIONAL_ORG)
    text = "The United Nations, Blinken and Sisi met on Tuesday."
    assert [who for who, _, _ in meetings(text)] == [
        ["Abdel Fattah al-Sisi", "Antony Blinken", "United Nations"]
    ]


# --- "met A, the US ambassador, on Friday and the Soviet delegate, B, the next day": each guest
# in apposition with his post, each on his day


def test_second_guest_with_a_post_in_apposition_on_a_day_of_his_own(world):
    text = (
        "Sisi met Blinken, the American envoy, on Tuesday and the Hamas delegate, Kamel, the "
        "next day."
    )
    assert [(who, day) for who, day, _ in meetings(text)] == [
        (BLINKEN_SISI, "2024-06-04"),
        (["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-05"),
    ]


def test_near_miss_a_second_clause_after_the_day_is_no_second_guest(world):
    text = (
        "Sisi met Blinken, the American envoy, on Tuesday and Kamel said the next day that it "
        "went well."
    )
    assert [(who, day) for who, day, _ in meetings(text)] == [(BLINKEN_SISI, "2024-06-04")]


# --- "signed for Finland by A, B and C, and for the Soviet Union by D and E ... The two
# delegations met again": the people the article listed for each side


def test_the_two_delegations_are_the_people_listed_for_each_side(world):
    text = (
        "The text was signed for Israel by Blinken and Kamel, and for Egypt by Sisi and Dmitry "
        "Peskov. "
        "The two delegations met again on Tuesday."
    )
    assert meetings(text) == [
        (
            ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Dmitry Peskov"],
            "2024-06-04",
            "",
        )
    ]


def test_near_miss_people_listed_for_no_side_are_not_the_delegations(world):
    text = (
        "The text was signed by Blinken, Kamel, Sisi and Peskov. Israel and Egypt were the "
        "parties. The two delegations met again on Tuesday."
    )
    assert [who for who, _, _ in meetings(text)] == [["Egypt", "Israel"]]


# --- "The Finnish delegation reached Moscow and met Molotov": the people listed for that side


def test_a_sides_delegation_opening_the_sentence_is_the_people_listed_for_it(world):
    text = (
        "The delegations were Blinken and Kamel for Israel, and Sisi and Peskov for Egypt. "
        "The Israeli delegation reached Cairo on Monday and met Sisi on Tuesday."
    )
    assert [(who, day) for who, day, _ in meetings(text)] == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04")
    ]


def test_near_miss_a_delegation_with_no_people_listed_is_its_side(world):
    text = "The Israeli delegation reached Cairo on Monday and met Sisi on Tuesday."
    assert [(who, day) for who, day, _ in meetings(text)] == [
        (["Abdel Fattah al-Sisi", "Israel"], "2024-06-04")
    ]


# Round 58: a body meeting through the holder of one of its posts, unnamed


@pytest.mark.parametrize(
    "text",
    [
        "Israel's foreign minister met Hamas's leaders in Cairo on Tuesday.",
        "The Israeli prime minister met Hamas negotiators in Cairo on Tuesday.",
        "The Hamas commander met Israel's negotiators in Cairo on Tuesday.",
    ],
)
def test_the_unnamed_holder_of_a_body_s_post_meets_for_the_body(world, text):
    assert meetings(text) == [(["Hamas", "Israel"], "2024-06-04", "Cairo")]


def test_a_recorded_holder_of_the_post_meets_in_person(world):
    text = "Egypt's president met Hamas's leaders in Cairo on Tuesday."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Hamas"], "2024-06-04", "Cairo")]


@pytest.mark.parametrize(
    "text",
    [
        "Israel's former foreign minister met Hamas's leaders in Cairo on Tuesday.",
        "A former Israeli prime minister met Hamas's leaders in Cairo on Tuesday.",
        "Israel's opposition leader met Hamas's leaders in Cairo on Tuesday.",
    ],
)
def test_near_miss_a_post_left_or_another_s_meets_for_no_body(world, text):
    assert [who for who, _, _ in meetings(text) if "Israel" in who] == []


# Round 38 (tune38e)


def test_a_clash_at_a_session_is_a_meeting_of_those_who_clashed(world):
    text = "Blinken and Sisi clashed at a Security Council session on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]
    text = "Blinken clashed with Sisi at a Security Council session on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_a_clash_told_at_no_sitting_is_no_meeting(world):
    assert meetings("Blinken and Sisi clashed over the text on Tuesday.") == []


def test_a_trip_to_ask_a_person_is_a_meeting_with_that_person(world):
    text = "On Tuesday Blinken flew to Cairo to ask President Sisi for help."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_near_miss_a_trip_to_ask_for_something_meets_no_one(world):
    assert meetings("On Tuesday Blinken flew to Cairo to ask for Egyptian help.") == []


def test_talks_opened_at_a_bodys_seat_with_people_facing_each_other(world):
    text = (
        "The talks opened on Tuesday at the Office of the Presidency, with Blinken and Kamel "
        "facing Sisi."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


def test_near_miss_talks_opened_at_a_seat_with_no_one_at_the_table(world):
    text = (
        "The talks opened on Tuesday at the Office of the Presidency, with reporters waiting "
        "outside."
    )
    assert meetings(text) == []


def test_a_group_taken_up_by_the_tail_of_its_name_joins_the_two_men(world):
    ActorFactory(name="Sinai Tribal Elders", kind=Actor.Kind.OTHER, country="EG")
    text = (
        "Sinai tribal elders welcomed the plan. Blinken met Sisi on Monday. The elders and the "
        "two men held talks on Tuesday."
    )
    assert meetings(text)[-1] == (
        ["Abdel Fattah al-Sisi", "Antony Blinken", "Sinai Tribal Elders"],
        "2024-06-04",
        "",
    )


def test_near_miss_a_group_named_by_no_name_before_leaves_the_two_men(world):
    text = "Blinken met Sisi on Monday. The elders and the two men held talks on Tuesday."
    assert meetings(text)[-1] == (BLINKEN_SISI, "2024-06-04", "")


SISI_DELEGATION = (
    "An Egyptian delegation led by Sisi met Blinken and Kamel in Cairo on Monday. At that "
    'meeting Sisi refused a truce.{gap}"No," Sisi told reporters. The two delegations met '
    "again on Wednesday."
)


def test_the_two_delegations_met_again_after_the_meeting_told_in_their_paragraph(world):
    people = ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"]
    assert meetings(SISI_DELEGATION.format(gap=" ")) == [
        (people, "2024-06-10", "Cairo"),
        (people, "2024-06-05", ""),
    ]


def test_near_miss_the_delegations_of_a_new_paragraph_are_not_those_met_before(world):
    people = ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"]
    assert meetings(SISI_DELEGATION.format(gap="\n\n")) == [(people, "2024-06-10", "Cairo")]


def test_a_session_on_a_later_day_is_another_sitting_of_those_met_before(world):
    text = (
        "Blinken met Sisi in Cairo on June 3. At a session on June 5 the Egyptian delegates "
        "turned down a truce."
    )
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-03", "Cairo"),
        (BLINKEN_SISI, "2024-06-05", "Cairo"),
    ]


def test_near_miss_a_session_where_someone_else_acts_is_no_sitting_of_theirs(world):
    text = "Blinken met Sisi in Cairo on June 3. At a session on June 5 Hamas turned down a truce."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-03", "Cairo")]


# --- tune38i


def test_a_meeting_between_a_person_and_the_co_chairs_is_with_those_given_the_post(world):
    text = (
        "Abbas Kamel, co-chair of the committee, welcomed the vote. His fellow co-chair, "
        "Dmitry Peskov, was cautious. Talks began with a meeting between Blinken and the "
        "co-chairs in late April."
    )
    people = ["Abbas Kamel", "Antony Blinken", "Dmitry Peskov"]
    assert meetings(text) == [(people, "2024-04-01", "")]


def test_a_group_closing_the_list_after_between_stands_for_those_named_before(world):
    text = (
        "Kamel and Sisi welcomed the vote. Talks began with a meeting between Blinken and the "
        "two men in late April."
    )
    people = ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"]
    assert meetings(text) == [(people, "2024-04-01", "")]


def test_near_miss_the_co_chairs_no_one_was_named_as_are_no_guests(world):
    text = (
        "Kamel and Sisi welcomed the vote. Talks began with a meeting between Blinken and the "
        "co-chairs in late April."
    )
    assert meetings(text) == []


def test_near_miss_a_group_opening_a_new_clause_after_and_is_no_guest(world):
    text = (
        "Kamel and Pompeo welcomed the vote. Blinken flew to Cairo on Friday for talks with "
        "Sisi, and the two men signed a deal the following day."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-07", "Cairo")]


# --- tune39c


def test_after_speaking_to_someone_the_clause_s_subject_met_him(world):
    text = "Blinken said on Friday, after speaking to Sisi, that a deal was close."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-07", "")]


def test_near_miss_after_speaking_to_reporters_or_before_a_call_to_come(world):
    # near miss: the press is no one met, and a talk still to come is no meeting held
    text = "Blinken said on Friday, after speaking to reporters, that a deal was close."
    assert meetings(text) == []
    assert meetings("Blinken will decide after speaking to Sisi next week.") == []


# --- tune39a


def test_time_spent_on_a_day_in_a_room_of_a_place_with_someone_is_a_meeting(world):
    text = "Blinken spent five hours on Tuesday in a schoolroom in Cairo with Sisi."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_near_miss_time_spent_on_a_day_in_a_room_alone_is_no_meeting(world):
    text = "Blinken spent five hours on Tuesday in a schoolroom in Cairo, and Sisi stayed home."
    assert meetings(text) == []


# --- tune39f


def test_the_guests_after_a_day_and_its_part_of_the_day_are_met(world):
    text = "Blinken opened the talks on Tuesday afternoon with Sisi, Kamel and Dmitry Peskov."
    people = ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Dmitry Peskov"]
    assert meetings(text) == [(people, "2024-06-04", "")]


def test_near_miss_a_part_of_the_day_then_with_a_thing_is_no_guest(world):
    # near miss: what the talks opened with is no one met
    text = "Blinken opened the talks on Tuesday afternoon with a statement on the Rafah crossing."
    assert meetings(text) == []


def test_those_who_joined_the_subject_met_his_guest_with_him(world):
    text = "Blinken, who was joined by Kamel and Dmitry Peskov, met Sisi in Cairo on Tuesday."
    people = ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Dmitry Peskov"]
    assert meetings(text) == [(people, "2024-06-04", "Cairo")]


def test_near_miss_a_relative_clause_of_something_else_adds_no_companion(world):
    # near miss: the relative clause tells what the subject did, not who came with him
    text = "Blinken, who was praised by Kamel and Dmitry Peskov, met Sisi in Cairo on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_the_names_after_two_of_his_aides_are_met_too(world):
    text = "Blinken met Sisi and two of his aides, Kamel and Dmitry Peskov, in Cairo on Tuesday."
    people = ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Dmitry Peskov"]
    assert meetings(text) == [(people, "2024-06-04", "Cairo")]


def test_near_miss_two_of_his_aides_named_nowhere_add_no_guest(world):
    text = "Blinken met Sisi and two of his aides in Cairo on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_a_journey_coordinated_with_a_meeting_before_shares_its_subject(world):
    text = (
        "Blinken landed in Egypt on Saturday. He met Kamel in Cairo on Sunday and flew back to "
        "Cairo on Tuesday to see Sisi, who accepted the text."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Antony Blinken"], "2024-06-09", "Cairo"),
        (BLINKEN_SISI, "2024-06-04", "Cairo"),
    ]


def test_near_miss_a_journey_of_a_new_subject_is_not_the_first_one_s(world):
    # near miss: the journey has a subject of its own, who is not the one who met Kamel
    text = (
        "Blinken met Kamel in Cairo on Sunday, and Sisi flew to Cairo on Tuesday to see Mike "
        "Pompeo."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Antony Blinken"], "2024-06-09", "Cairo"),
        (["Abdel Fattah al-Sisi", "Mike Pompeo"], "2024-06-04", "Cairo"),
    ]


def test_the_one_met_before_then_is_not_the_subject_of_the_next_verb(world):
    text = (
        "Blinken and Kamel flew to Cairo on Tuesday to see Mike Pompeo, then saw Sisi on Wednesday."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Antony Blinken", "Mike Pompeo"], "2024-06-04", "Cairo"),
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-05", ""),
    ]


def test_near_miss_the_one_seen_who_then_saw_someone_is_the_subject(world):
    # near miss: "who then saw" has the one seen before as its subject
    text = (
        "Blinken and Kamel flew to Cairo on Tuesday to see Mike Pompeo, who then saw Sisi on "
        "Wednesday."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Antony Blinken", "Mike Pompeo"], "2024-06-04", "Cairo"),
        (["Abdel Fattah al-Sisi", "Mike Pompeo"], "2024-06-05", ""),
    ]


# --- tune40b


def test_talks_that_broke_down_at_a_place_on_a_day_were_held_there(world):
    text = "Talks between Blinken and Sisi broke down in Cairo on Thursday when Sisi refused."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-06", "Cairo")]
    text = "Peace talks between Israel and Hamas collapsed here last night when Hamas walked out."
    assert participants_and_dates(text) == [(["Hamas", "Israel"], "2024-06-09")]


def test_near_miss_talks_that_broke_down_without_a_place_or_after_a_session_are_no_meeting(
    world,
):
    assert meetings("Talks between Israel and Hamas broke down on Thursday.") == []
    assert meetings("Talks between Israel and Hamas collapsed in January.") == []
    assert meetings("Talks between Blinken and Sisi had stalled in Cairo by then.") == []
    text = "Talks between Israel and Hamas broke down in Cairo today after a single session."
    assert meetings(text) == []


def test_the_holder_of_a_post_at_a_named_seat_is_the_guest(world):
    text = "Blinken received Egypt's ambassador to Washington, Abbas Kamel, on Thursday."
    assert participants_and_dates(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-06")]


def test_near_miss_a_post_at_a_named_seat_with_no_holder_after_it_is_the_body(world):
    text = "Blinken met Egypt's ambassador in Washington on Thursday."
    assert participants_and_dates(text) == [(["Antony Blinken", "Egypt"], "2024-06-06")]


# --- tune40d
def test_the_seat_of_a_body_s_envoy_is_no_guest_the_name_after_it_is(world):
    text = "Blinken received Egypt's ambassador to the United States, Yasser Reda, on Tuesday."
    assert meetings(text) == [(["Antony Blinken", "Yasser Reda"], "2024-06-04", "")]


def test_near_miss_a_body_s_envoy_with_no_name_after_the_seat(world):
    # near miss: no name in apposition after the seat; the body's envoy stays the guest
    text = "Blinken received Egypt's ambassador to the United States on Tuesday."
    assert meetings(text) == [(["Antony Blinken", "Egypt"], "2024-06-04", "")]


# --- tune40k


@pytest.mark.parametrize(
    "text",
    [
        "Three envoys – Blinken, who chairs the group, Kamel and Mike Pompeo – flew to Cairo on "
        "Tuesday to meet Sisi.",
        "Three envoys – Secretary of State Antony Blinken, who chairs the group, Egypt's spy chief "
        "Abbas Kamel and the veteran envoy Mike Pompeo – flew to Cairo on Tuesday to meet Sisi.",
    ],
)
def test_a_list_set_apart_by_dashes_goes_on_after_a_relative_clause(world, text):
    assert meetings(text) == [
        (
            ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Mike Pompeo"],
            "2024-06-04",
            "Cairo",
        )
    ]


def test_the_body_a_relative_clause_in_the_listed_subject_names_did_not_meet(world):
    text = (
        "Three envoys – Kamel, who works for the General Intelligence Directorate, Blinken and "
        "Mike Pompeo – flew to Cairo on Tuesday to meet Sisi."
    )
    assert meetings(text) == [
        (
            ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Mike Pompeo"],
            "2024-06-04",
            "Cairo",
        )
    ]


def test_near_miss_a_relative_clause_between_dashes_with_no_list_after_it(world):
    # near miss: after the relative clause's comma a clause of its own ("officials said"), no
    # name of a list; the subject is the one name
    text = (
        "The envoy – Blinken, who chairs the group, officials said – flew to Cairo on Tuesday to "
        "meet Sisi."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_a_pair_that_agreed_a_text_at_a_place_on_a_day_met_there(world):
    text = "Blinken and Sisi agreed a draft of the text in Cairo on Tuesday after a year of talks."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken and Sisi agreed to sign the text in Cairo on Tuesday.",
        "Blinken and Sisi agreed on Tuesday that the text would be signed in Cairo.",
        "Blinken and Sisi signed the Agreed Minute at the Egyptian mission in Cairo on Tuesday.",
        "Blinken agreed a draft of the text in Cairo on Tuesday.",
    ],
)
def test_near_miss_agreeing_to_do_that_or_alone_or_a_title_is_no_meeting(world, text):
    assert meetings(text) == []


# --- tune40j


def test_a_meeting_there_falls_in_the_month_of_the_stay_its_subject_s_relative_clause_tells(
    world,
):
    text = "Blinken, who led a delegation to Cairo in March, met Sisi there and asked him to sign."
    assert [m[1] for m in meetings(text)] == ["2024-03-01"]


def test_near_miss_a_meeting_there_after_a_day_of_arrival_is_not_dated_by_that_day(world):
    # the day he arrived need not be the day he met anyone
    text = "Blinken, who arrived in Cairo on Sunday, met Sisi there and asked him to sign."
    assert [m[1] for m in meetings(text)] == ["2024-06-10"]


def test_a_meeting_days_later_falls_in_the_month_the_sentence_before_gave(world):
    text = (
        "Activists blocked the ministries early in March. "
        "Blinken received Sisi at his office days later."
    )
    assert [m[1] for m in meetings(text)] == ["2024-03-01"]


def test_near_miss_a_meeting_days_later_than_a_day_is_not_given_that_month(world):
    # after a day, "days later" names no day: the reading leaves it to the day told last
    text = (
        "Activists blocked the ministries on March 4. "
        "Blinken received Sisi at his office days later."
    )
    assert [m[1] for m in meetings(text)] == ["2024-03-04"]


# --- tune41a: a body's managers, directors or executives received stand for the body
@pytest.mark.parametrize("people", ["the managers of", "directors of", "the executives of"])
def test_a_body_s_managers_or_directors_received_stand_for_the_body(world, people):
    text = f"Sisi received {people} Hamas at his palace in Cairo on Tuesday."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Hamas"], "2024-06-04", "Cairo")]


def test_near_miss_managers_of_something_unnamed_are_no_guest(world):
    text = "Sisi received the managers of several banks at his palace in Cairo on Tuesday."
    assert meetings(text) == []


# --- tune41a: a visit "called on" told by a day counted from the dateline
@pytest.mark.parametrize(
    "when, day",
    [
        ("yesterday", "2024-06-09"),
        ("yesterday morning", "2024-06-09"),
        ("last night", "2024-06-09"),
    ],
)
def test_calling_on_a_person_yesterday_or_last_night_is_a_visit(world, when, day):
    text = f"Blinken called on Sisi {when} to ask how Egypt would pay."
    assert meetings(text) == [(BLINKEN_SISI, day, "")]


def test_near_miss_calling_on_a_person_yesterday_to_act_is_an_appeal(world):
    text = "Blinken called on Sisi yesterday to open the crossing."
    assert meetings(text) == []


# --- tune41a: a pair that dined or lunched alone or together met
@pytest.mark.parametrize(
    "text",
    [
        "Blinken and Sisi dined alone on Tuesday night, an aide said.",
        "Blinken and Sisi also lunched together on Tuesday.",
    ],
)
def test_a_pair_that_dined_alone_or_together_met(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_one_person_dining_alone_met_no_one(world):
    assert meetings("Blinken dined alone in his hotel on Tuesday.") == []


# --- tune41e: a meeting opening the sentence, its subject met there


def test_a_meeting_opening_the_sentence_is_one_of_the_subject_it_names(world):
    text = "At a meeting in Cairo on Tuesday, Blinken, Kamel and Sisi settled on a compromise."
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Cairo")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # told to the press, not a meeting of the subject
        "At a news conference in Cairo on Tuesday, Blinken and Sisi announced a compromise.",
        # one actor only: nobody named for it to have met
        "At a summit in Cairo on Tuesday, Blinken put forward a compromise.",
    ],
)
def test_near_miss_a_news_conference_or_one_actor_opening_the_sentence(world, text):
    assert meetings(text) == []


# --- tune41f: a meeting asked for in a clause after a noun of proposing is not held


def test_a_meeting_in_a_proposal_that_clause_after_the_noun_is_not_held(world):
    text = "On Tuesday Blinken declined Sisi's proposal that he meet Kamel in Cairo."
    assert (["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Cairo") not in meetings(text)
    assert all("Abbas Kamel" not in people for people, _, _ in meetings(text))


def test_near_miss_a_meeting_told_after_a_proposal_is_held(world):
    # near miss: the proposal is named, but the meeting is told in a clause of its own
    text = "On Tuesday Blinken took up Sisi's proposal and met Kamel in Cairo."
    assert (["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Cairo") in meetings(text)


# --- tune41h: "the two sides" with no pair named are the two bodies people signed for


def test_the_two_sides_are_the_two_bodies_signatories_signed_for(world):
    text = (
        "Yossi Cohen signed for Israel on Saturday, and Khalil Hayya signed on behalf of Hamas, "
        "at a ceremony attended by the Kremlin. The text was initialled on Thursday after two "
        "days of talks between the two sides in Cairo."
    )
    assert (["Hamas", "Israel"], "2024-06-06", "Cairo") in meetings(text)
    assert all("Kremlin" not in people for people, _, _ in meetings(text))


def test_near_miss_one_body_signed_for_leaves_the_two_sides_unresolved_by_signatures(world):
    # near miss: only Israel is signed for, so no pair of signatories stands for the sides
    text = (
        "Yossi Cohen signed for Israel on Saturday at a ceremony attended by the Kremlin. The "
        "text was initialled on Thursday after two days of talks between the two sides in "
        "Cairo."
    )
    assert (["Hamas", "Israel"], "2024-06-06", "Cairo") not in meetings(text)


# --- tune41k: a region called secessionist or breakaway, one of those the talks were between


@pytest.mark.parametrize("word", ["secessionist", "breakaway", "separatist"])
def test_talks_between_a_state_and_a_breakaway_region_are_a_meeting_of_both(world, word):
    ActorFactory(name="Georgia", kind=Actor.Kind.STATE)
    ActorFactory(name="Abkhazia", kind=Actor.Kind.OTHER)
    text = f"Talks between Georgia and {word} Abkhazia opened in Cairo on Tuesday."
    assert meetings(text) == [(["Abkhazia", "Georgia"], "2024-06-04", "Cairo")]


def test_near_miss_secessionist_people_unnamed_are_no_guests(world):
    # near miss: "secessionist" before a common noun names no one more to have met
    text = "Blinken met Sisi and secessionist leaders in Cairo on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


# --- tune41k: a round told by its count and as the last ("their 12th and final round")


@pytest.mark.parametrize(
    "text",
    [
        "Kamel and Blinken held their 12th and final round of talks in Cairo on Tuesday.",
        "The deal was drafted by Kamel and Blinken, who held their seventh and last round of"
        " talks in Cairo on Tuesday.",
    ],
)
def test_a_round_counted_and_called_the_last_is_a_meeting(world, text):
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Cairo")]


def test_near_miss_a_last_round_still_to_come_is_not_held(world):
    text = "Kamel and Blinken will hold their 12th and final round of talks in Cairo next week."
    assert meetings(text) == []


# --- tune41k: the one who led a group named by a common noun ("a delegation of the X church
# led by Y") came


def test_the_leader_of_a_group_named_by_a_common_noun_is_met(world):
    text = "Sisi received a delegation of the Israeli church led by Kamel in Cairo on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "Cairo")]


def test_near_miss_the_leader_of_a_coup_told_after_the_meeting_is_no_guest(world):
    # near miss: what he led is no group at the table, and words of their own stand between
    text = "Blinken met Sisi in Cairo on Tuesday after a coup led by Kamel."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


# --- tune41m: "NAME of PLACE" in a list of those who met is one person, and the list goes on


def test_a_see_after_a_name_in_a_list_of_those_who_met_does_not_end_the_list(world):
    text = (
        "The primates, among them Sisi, Blinken, Patriarch John X of Antioch and Patriarch "
        "Neofit of Bulgaria, met at Cairo on Tuesday."
    )
    assert meetings(text) == [
        (
            ["Abdel Fattah al-Sisi", "Antony Blinken", "John X", "Neofit of Bulgaria"],
            "2024-06-04",
            "Cairo",
        )
    ]


def test_near_miss_a_place_after_a_body_in_a_list_still_ends_the_list(world):
    # near miss: "in Cairo" before the list is where, and a body's "of Cairo" is not a see
    text = "In Cairo, Sisi met Blinken on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


# --- tune41q: a new body named in a person's post is read in passing
def test_the_person_whose_post_names_a_new_body_meets_not_the_body(world):
    ActorFactory(name="Arnaud Peral", kind=Actor.Kind.PERSON)
    text = (
        "Peral and Archbishop Luis Cabrera, president of the Ecuadorean Episcopal Conference, "
        "met the Confederation of Indigenous Nationalities on Saturday."
    )
    (participants, _, _), *_ = meetings(text)
    assert "Luis Cabrera" in participants
    assert "Ecuadorean Episcopal Conference" not in participants


# --- tune42c: a crossing to see someone, "at the time", a day between the seating and those
# opposite, a meeting's place and day before "between", talks since a day with the delegates of
# bodies, and a party told by its leaning in a list


def test_a_crossing_to_see_someone_is_a_trip_to_meet_him(world):
    assert meetings("On Tuesday Blinken crossed to Cairo to see Sisi.") == [
        (BLINKEN_SISI, "2024-06-04", "Cairo")
    ]


def test_near_miss_a_crossing_hoping_to_see_a_deal_meets_no_one(world):
    assert meetings("Blinken crossed the border on Tuesday hoping to see a deal.") == []


def test_at_the_time_dates_a_meeting_by_the_sentence_before_at_its_precision(world):
    text = (
        "Talks broke down on March 5. In early May Egypt made a new offer. Sisi said at the "
        "time, after meeting Blinken in Cairo, that it was final."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-05-01", "Cairo")]


def test_near_miss_without_at_the_time_an_undated_meeting_keeps_the_last_day_named(world):
    text = (
        "Talks broke down on March 5. In early May Egypt made a new offer. Sisi said it was "
        "final after meeting Blinken in Cairo."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-03-05", "Cairo")]


def test_those_seated_opposite_after_the_day_are_met(world):
    text = "Blinken and Kamel sat across the table on Tuesday from Sisi and Dmitry Peskov."
    assert meetings(text) == [
        (
            ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Dmitry Peskov"],
            "2024-06-04",
            "",
        )
    ]


def test_near_miss_seated_opposite_each_other_after_the_day_names_no_guest(world):
    text = "Blinken and Kamel sat across the table on Tuesday from each other."
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "")]


def test_a_meeting_with_its_place_and_day_before_between_is_of_those_after(world):
    text = "The talks grew out of a meeting in Cairo in early May between Blinken and Sisi."
    assert meetings(text) == [(BLINKEN_SISI, "2024-05-01", "Cairo")]


def test_near_miss_a_meeting_about_something_between_two_others_names_no_one(world):
    text = "The talks grew out of a meeting in Cairo about the border between Egypt and Israel."
    assert meetings(text) == []


def test_negotiating_since_a_day_with_the_delegates_of_bodies_meets_the_bodies(world):
    text = (
        "The accord was approved in Cairo, where Kamel has been negotiating since early May "
        "with delegates of Hamas and Israel."
    )
    assert meetings(text) == [(["Abbas Kamel", "Hamas", "Israel"], "2024-05-01", "Cairo")]


def test_near_miss_negotiating_since_a_day_with_delegates_of_no_body_meets_no_one(world):
    assert meetings("Kamel has been negotiating since early May with delegates absent.") == []


def test_a_party_told_by_its_leaning_or_size_stays_in_the_list_of_guests(world):
    ActorFactory(name="Green Alliance", kind=Actor.Kind.POLITICAL_MOVEMENT)
    ActorFactory(name="Farmers League", kind=Actor.Kind.POLITICAL_MOVEMENT)
    text = (
        "Kamel met delegates of Hamas, the left-wing Green Alliance and the small Farmers "
        "League on Tuesday."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Farmers League", "Green Alliance", "Hamas"], "2024-06-04", "")
    ]


def test_near_miss_a_small_room_does_not_carry_the_list_on(world):
    ActorFactory(name="Green Alliance", kind=Actor.Kind.POLITICAL_MOVEMENT)
    text = "Kamel met Hamas on Tuesday in a small room, and the Green Alliance protested."
    assert meetings(text) == [(["Abbas Kamel", "Hamas"], "2024-06-04", "")]


# --- tune43a: one reading of a state's government and of the body a person answers for, shared
# by the meetings and the signals steps


def test_the_government_of_a_state_the_article_introduces_is_its_recorded_government(world):
    ActorFactory(name="Government of Liberia", kind=Actor.Kind.GOVERNMENT_BODY, country="LR")
    text = (
        "Liberia's government rejected the plan on Monday. Government envoys met Blinken in "
        "Cairo on Tuesday."
    )
    assert meetings(text) == [(["Antony Blinken", "Government of Liberia"], "2024-06-04", "Cairo")]


def test_near_miss_the_government_of_a_state_with_none_recorded_is_the_state(world):
    text = (
        "Liberia's government rejected the plan on Monday. Government envoys met Blinken in "
        "Cairo on Tuesday."
    )
    assert meetings(text) == [(["Antony Blinken", "Government"], "2024-06-04", "Cairo")]


def test_a_persons_envoys_are_his_posts_body_though_he_also_holds_a_seat(world):

    parliament = ActorFactory(name="House of Representatives", kind=Actor.Kind.GOVERNMENT_BODY)
    PositionFactory(person=world.kamel, organization=parliament, title="Member", start=None)
    text = "Sisi met Kamel's envoys in Cairo on Tuesday."
    assert meetings(text) == [
        (["Abdel Fattah al-Sisi", "General Intelligence Directorate"], "2024-06-04", "Cairo")
    ]


def test_near_miss_the_envoys_of_one_who_holds_only_a_seat_stand_for_him_not_the_house(world):
    # A member's seat names no body he sends envoys for: the meeting is with the man himself,
    # as with the envoys of one who holds no recorded post (tune43e, below).

    parliament = ActorFactory(name="House of Representatives", kind=Actor.Kind.GOVERNMENT_BODY)
    senator = PersonFactory(name="Omar Hassan", short_name="Hassan")
    PositionFactory(person=senator, organization=parliament, title="Senator", start=None)
    text = "Sisi met Hassan's envoys in Cairo on Tuesday."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Omar Hassan"], "2024-06-04", "Cairo")]


# --- tune43e


def test_a_since_in_a_relative_clause_about_a_guest_does_not_date_the_talks(world):
    text = (
        "On Tuesday Blinken had held talks in Cairo with Sisi, who leads Egypt, whose army has "
        "kept a truce since 2019."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_near_miss_talks_held_since_a_month_began_then(world):
    text = "Blinken has held talks with Sisi since May."
    assert meetings(text) == [(BLINKEN_SISI, "2024-05-01", "")]


def test_calling_on_a_person_at_a_place_before_a_journey_to_a_city_is_a_visit(world):
    text = (
        "Blinken called on President Sisi at the Ittihadiya Palace on Tuesday, the day before "
        "he flew to Doha."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_calling_on_a_person_at_a_place_to_do_something_is_an_appeal(world):
    text = "Blinken called on President Sisi at the Ittihadiya Palace to free the prisoners."
    assert meetings(text) == []


def test_calling_on_a_titled_person_asking_nothing_is_a_visit(world):
    text = "On Tuesday Blinken called on President Sisi, who gave the plan his blessing."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_calling_on_a_titled_person_to_do_something_is_an_appeal(world):
    text = "On Tuesday Blinken called on President Sisi, who leads Egypt, to back the plan."
    assert meetings(text) == []


def test_the_envoys_of_a_person_with_no_recorded_post_stand_for_him(world):
    PersonFactory(name="Salim Haddad", short_name="Haddad")
    text = "Blinken had met Haddad's envoys in Cairo in November but failed to win them over."
    assert meetings(text) == [(["Antony Blinken", "Salim Haddad"], "2023-11-01", "Cairo")]


def test_near_miss_the_wife_of_a_person_with_no_recorded_post_does_not_stand_for_him(world):
    PersonFactory(name="Salim Haddad", short_name="Haddad")
    assert meetings("Blinken had met Haddad's wife in Cairo in November.") == []


def test_sitting_down_alone_with_a_person_is_a_meeting(world):
    text = "Blinken had first sat down alone with Sisi on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_sitting_down_alone_with_no_person_is_no_meeting(world):
    assert meetings("Blinken sat down alone with his thoughts on Tuesday.") == []


# --- tune43g


def test_a_signatory_for_one_side_does_not_meet_the_witnesses_of_the_ceremony(world):
    # the people in whose presence he signs for his side are witnesses of the sides' ceremony
    assert meetings("On Tuesday Sisi signed for Egypt in the presence of Antony Blinken.") == []
    assert (
        meetings("On Tuesday Sisi signed on behalf of his government, in the presence of Blinken.")
        == []
    )


def test_near_miss_signing_a_text_of_ones_own_before_a_witness_is_still_meeting_him(world):
    text = "On Tuesday Sisi signed the letter for Egypt in Cairo in the presence of Antony Blinken."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_the_person_others_are_close_to_is_not_among_those_who_met(world):
    PersonFactory(name="Salim Haddad", short_name="Haddad")
    text = "On Tuesday officers close to Gen. Haddad, led by Blinken, met Sisi in Cairo."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_near_miss_a_list_after_close_to_is_not_a_title_before_the_name(world):
    PersonFactory(name="Salim Haddad", short_name="Haddad")
    text = "On Tuesday officers loyal to Haddad and Blinken met Sisi in Cairo."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


# --- tune44c


def test_a_pronoun_after_and_goes_on_with_the_subject_the_sentence_opens_on(world):
    # "X had spoken with Y on Wednesday, and he received Z": he is X, not Y named last
    text = "Sisi had spoken by phone with Kamel on Wednesday, and he received Blinken on Friday."
    assert meetings(text)[-1] == (BLINKEN_SISI, "2024-06-07", "")


def test_near_miss_a_pronoun_after_a_report_of_another_is_the_one_named_last(world):
    text = "Sisi said Kamel had arrived on Wednesday, and he received Blinken on Friday."
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-07", "")]


def test_a_body_with_its_acronym_in_brackets_before_which_x_met_took_part(world):
    text = "The Movement of Affected Farmers (MAF), which Sisi met in Cairo on Tuesday, objected."
    expected = ["Abdel Fattah al-Sisi", "Movement of Affected Farmers"]
    assert meetings(text) == [(expected, "2024-06-04", "Cairo")]


def test_near_miss_words_in_brackets_after_a_body_are_no_acronym_of_it(world):
    text = "The Movement of Affected Farmers (in Egypt), which Sisi met in Cairo on Tuesday, spoke."
    assert meetings(text) == []


def test_negotiators_for_bodies_met_stand_for_the_bodies(world):
    # "met negotiators for A and B and executives of C": the bodies whose people met
    text = "On Tuesday Kamel met negotiators for Israel and officials of Hamas in Cairo."
    assert meetings(text) == [(["Abbas Kamel", "Hamas", "Israel"], "2024-06-04", "Cairo")]


def test_near_miss_negotiators_for_a_round_of_talks_stand_for_no_body(world):
    assert meetings("On Tuesday Kamel met negotiators for Sunday's round in Cairo.") == []


def test_a_person_had_seen_is_a_person_met(world):
    text = "On Tuesday Sisi had seen Blinken in Cairo to settle the size of the aid."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_near_miss_a_body_had_seen_grow_is_no_meeting(world):
    assert meetings("By Tuesday Sisi had seen Hamas grow stronger in Gaza.") == []


def test_a_body_after_a_noun_and_its_verb_is_no_side_paired_with_the_first(world):
    # "LO and the employers asked the Government": the Government is the verb's object
    from negotiations.intake.extract import read_article
    from negotiations.intake.meetings import sides_of_the_process

    text = "Israel's unions signed a deal. Hamas and the employers asked the Government to wait."
    assert sides_of_the_process(read_article(text, DAY)) is None


def test_near_miss_a_body_after_and_with_its_description_is_paired_with_the_first(world):
    from negotiations.intake.extract import read_article
    from negotiations.intake.meetings import sides_of_the_process

    text = "Israel's unions signed a deal. Hamas and the hardline Israeli government were apart."
    sides = sides_of_the_process(read_article(text, DAY))
    assert [m.ref for m in sides] == [
        f"actor:{world.hamas.pk}",
        f"actor:{world.israel.pk}",
    ]


# --- tune44e


@pytest.mark.parametrize(
    "second",
    [
        "The talks opened in Cairo on Tuesday, when Blinken sat down with Sisi.",
        "The session ended in acrimony on Tuesday when Blinken accused Sisi of bad faith.",
        "The round began here on Tuesday, when negotiators for the two, Blinken and Sisi, met.",
    ],
)
def test_talks_opened_when_someone_named_did_something_are_not_the_sides_guessed(world, second):
    # the clause of time tells who was there (read on its own where it tells a meeting)
    found = meetings(SIDES_THEN_MEDIATORS + second)
    assert (["Hamas", "Israel"], "2024-06-04", "") not in found
    assert all("Hamas" not in people for people, _, _ in found)


@pytest.mark.parametrize(
    "second",
    [
        "The talks opened on Tuesday, when the two sides signed a memorandum.",
        "An earlier round began on Tuesday but was suspended the same day, when Sisi fell ill.",
    ],
)
def test_near_miss_talks_opened_when_no_one_named_acted_are_the_sides(world, second):
    assert (["Hamas", "Israel"], "2024-06-04", "") in meetings(SIDES_THEN_MEDIATORS + second)


def test_a_conference_opened_with_delegations_from_states_is_a_meeting_of_those_states(world):
    text = (
        SIDES_THEN_MEDIATORS + "The conference opened on Tuesday in Cairo, with delegations "
        "from Israel, Egypt and the United States, and has sat for three weeks."
    )
    assert meetings(text) == [(["Egypt", "Israel", "United States"], "2024-06-04", "Cairo")]


def test_near_miss_a_conference_opened_with_a_speech_on_states_is_the_sides(world):
    text = (
        SIDES_THEN_MEDIATORS + "The conference opened on Tuesday in Cairo, with speeches "
        "from Egypt and the United States."
    )
    assert meetings(text) == [(["Hamas", "Israel"], "2024-06-04", "Cairo")]


def test_he_skips_a_woman_the_article_shows_to_be_one(world):
    # "he" is not the woman the sentence before is about: the man named last before it
    PersonFactory(name="Golda Meir", short_name="Meir")
    text = "Mrs. Meir flew to Cairo on Monday with Blinken. On Tuesday he met Sisi."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_she_is_the_woman_the_sentence_before_is_about(world):
    PersonFactory(name="Golda Meir", short_name="Meir")
    text = "Mrs. Meir flew to Cairo on Monday with Blinken. On Tuesday she met Sisi."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Golda Meir"], "2024-06-04", "")]


def test_talks_opened_on_the_day_both_sides_people_met_are_that_meeting(world):
    # the opening, its sides guessed, is the meeting the article tells by name on that day
    text = (
        "Egypt and the United States agreed on a plan on Sunday. The talks opened on Tuesday. "
        "On Tuesday Blinken met Sisi in Cairo."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_near_miss_talks_opened_on_the_day_one_side_met_a_third_are_the_sides(world):
    text = (
        "Egypt and the United States agreed on a plan on Sunday. The talks opened on Tuesday. "
        "On Tuesday Sisi met Kamel in Cairo."
    )
    assert (["Egypt", "United States"], "2024-06-04", "") in meetings(text)


def test_signatories_each_for_his_side_do_not_meet_the_witnesses(world):
    text = (
        "On Tuesday Sisi signed for Egypt and Kamel, the intelligence chief, for the agency, in "
        "the presence of Antony Blinken."
    )
    assert meetings(text) == []


def test_near_miss_a_signatory_with_a_partner_not_for_a_side_still_meets_the_witness(world):
    text = "On Tuesday Sisi signed the letter in Cairo in the presence of Antony Blinken."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


# --- tune45c
def test_him_in_a_clause_of_a_visit_is_the_person_the_main_clause_names(world):
    # "X accepted the line on the 8th, when Y called on him at the embassy": X, not the person
    # the sentence before named
    text = (
        "Kamel flew to Jordan on Monday. Sisi accepted the plan on Tuesday, when Blinken "
        "called on him at the Ittihadiya Palace."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_him_after_a_main_clause_naming_no_one_is_the_person_named_before(world):
    text = (
        "Sisi flew home on Monday. The plan was accepted on Tuesday, when Blinken called on "
        "him at the Ittihadiya Palace."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_sitting_across_from_each_other_is_a_meeting_of_those_named(world):
    text = "Blinken and Sisi had first sat across from each other on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_sitting_across_from_each_other_next_week_is_no_meeting(world):
    assert meetings("Blinken and Sisi will sit across from each other next week.") == []


def test_he_and_a_titled_name_opening_the_sentence_are_the_subject(world):
    # "He and Count Buol had first sat ...": "He" opening the sentence, a title before the name
    text = "Blinken landed in Cairo on Monday. He and President Sisi met on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_a_pair_opening_the_sentence_without_a_pronoun_is_the_subject(world):
    text = "Blinken landed in Cairo on Monday. Kamel and President Sisi met on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "")]


def test_he_after_a_quote_he_said_is_the_one_the_sentence_before_is_about(world):
    # 'X was received by Y. "...," he said. He and Z met': X, not Y, the last one named
    text = (
        'Blinken was received by Sisi on Monday. "We made progress," he said. He and '
        "Kamel met on Tuesday."
    )
    assert (["Abbas Kamel", "Antony Blinken"], "2024-06-04", "") in meetings(text)


def test_near_miss_he_after_a_quote_said_by_a_name_is_that_speaker(world):
    text = (
        'Blinken was received by Sisi on Monday. "We made progress," said Sisi. He and '
        "Kamel met on Tuesday."
    )
    assert (["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "") in meetings(text)


def test_a_pair_that_settled_a_text_over_dinner_met(world):
    text = "Blinken and Sisi had settled much of the text over dinner in Cairo on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_near_miss_one_person_who_settled_a_text_over_dinner_met_no_one(world):
    assert meetings("Blinken had settled much of the text over dinner on Tuesday.") == []


def test_a_body_whose_leaders_met_a_guest_met_him(world):
    text = "Hamas, whose leaders met Blinken in Cairo on Tuesday, rejected the plan."
    assert meetings(text) == [(["Antony Blinken", "Hamas"], "2024-06-04", "Cairo")]


def test_near_miss_a_body_whose_leaders_met_among_themselves_met_no_guest(world):
    text = "Hamas, whose leaders met in Cairo on Tuesday, rejected Blinken's plan."
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Marlow Energy, a Dutch firm whose agent called on Sisi in May, was refused a licence.",
        "Hamas, the Gaza group whose envoy met Sisi in May, rejected the plan.",
    ],
)
def test_a_body_described_in_apposition_whose_agent_met_a_guest_met_him(world, text):
    ActorFactory(name="Marlow Energy", kind=Actor.Kind.OTHER)
    body = "Hamas" if text.startswith("Hamas") else "Marlow Energy"
    assert [m[:2] for m in meetings(text)] == [
        (sorted(["Abdel Fattah al-Sisi", body]), "2024-05-01")
    ]


def test_a_body_whose_leaders_met_the_people_of_a_body_named_by_its_head_word_met_it(world):
    ActorFactory(name="Gaza Dockers' Federation", kind=Actor.Kind.OTHER)
    ActorFactory(name="Harbour Users' Committee", kind=Actor.Kind.OTHER)
    text = (
        "The Gaza Dockers' Federation struck on Monday. The Harbour Users' Committee, which does "
        "not belong to the federation and whose leaders met federation officials in Cairo on "
        "Tuesday, rejected the plan."
    )
    assert [m[:2] for m in meetings(text)] == [
        (["Gaza Dockers' Federation", "Harbour Users' Committee"], "2024-06-04")
    ]


def test_near_miss_people_of_a_head_word_no_body_was_named_with_are_no_one_met(world):
    ActorFactory(name="Harbour Users' Committee", kind=Actor.Kind.OTHER)
    text = (
        "The Harbour Users' Committee, whose leaders met union officials in Cairo on Tuesday, "
        "rejected the plan."
    )
    assert meetings(text) == []


def test_near_miss_a_firm_whose_agent_met_a_guest_named_after_no_body_is_no_host(world):
    ActorFactory(name="Marlow Energy", kind=Actor.Kind.OTHER)
    text = "Marlow Energy sold its stake to a Dutch firm whose agent called on Sisi in May."
    assert meetings(text) == []


def test_their_leaders_met_are_the_body_the_sentence_before_opens_on(world):
    text = (
        "Hamas asked on Monday to be heard. Blinken, who met their leaders in Cairo on "
        "Tuesday, said the request was under study."
    )
    assert meetings(text) == [(["Antony Blinken", "Hamas"], "2024-06-04", "Cairo")]


def test_near_miss_its_leaders_after_a_body_of_the_same_sentence_are_not_the_one_before(world):
    text = "Hamas asked on Monday to be heard. Egypt said Blinken met its leaders on Tuesday."
    assert (["Antony Blinken", "Hamas"], "2024-06-04", "") not in meetings(text)


def test_a_session_that_ran_through_the_night_between_people_is_their_meeting(world):
    text = (
        "The text was settled on Tuesday in a session that ran through the night between "
        "Blinken and Sisi."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_talks_that_dragged_on_between_the_sides_name_no_one(world):
    text = (
        "The text was settled on Tuesday after talks that dragged on for months between the sides."
    )
    assert meetings(text) == []


def test_talks_opened_with_only_the_chairs_named_are_the_chairs_and_the_sides(world):
    # "The talks opened on the 15th with A and B in the chair": the two sides sat before them
    text = (
        SIDES_THEN_MEDIATORS + "The talks opened on Tuesday with Blinken and Sisi in the chair "
        "and nearly collapsed twice."
    )
    assert meetings(text) == [
        (["Abdel Fattah al-Sisi", "Antony Blinken", "Hamas", "Israel"], "2024-06-04", "")
    ]


def test_near_miss_talks_opened_with_the_chair_and_those_at_the_table_are_those_named(world):
    text = (
        SIDES_THEN_MEDIATORS + "The talks opened on Tuesday with Blinken in the chair and Sisi "
        "and Kamel at the table."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


def test_talks_that_broke_up_with_no_one_named_guess_no_sides(world):
    # "The Near East peace conference broke up last night without a treaty": no sitting told
    text = SIDES_THEN_MEDIATORS + "The conference broke up on Tuesday without a treaty."
    assert meetings(text) == []


def test_near_miss_talks_that_opened_with_no_one_named_are_the_sides(world):
    text = SIDES_THEN_MEDIATORS + "The conference opened on Tuesday."
    assert meetings(text) == [(["Hamas", "Israel"], "2024-06-04", "")]


def test_two_signatories_before_a_witness_do_not_meet_him(world):
    # "A and B put their names to the memorandum ..., in the presence of President X": the
    # signing is an event
    text = (
        "Sisi and Kamel put their names to the memorandum in Cairo on Tuesday, in the presence "
        "of Blinken."
    )
    assert meetings(text) == []


def test_near_miss_one_signatory_before_a_witness_meets_him(world):
    text = "Sisi signed the memorandum in Cairo on Tuesday in the presence of Blinken."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


# --- tune45h
def test_seeing_a_post_then_its_holder_between_commas_is_a_meeting(world):
    # "The Prime Minister had seen the American ambassador, G. X, on the 15th"
    text = "Blinken had seen the Egyptian president, Abdel Fattah al-Sisi, on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_seeing_a_text_then_a_relative_clause_is_no_meeting(world):
    # "until it had seen the full text, which has not been made public": a thing seen
    text = "Blinken said he had seen the final text, which Sisi has not made public."
    assert meetings(text) == []


def test_a_person_present_at_a_meeting_is_one_of_its_people(world):
    # "A and B met for the first time at the Hotel X, with Y present": Y joins them
    text = "Sisi and Kamel met for the first time on Tuesday evening, with Blinken present."
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


def test_near_miss_a_person_present_at_no_meeting_meets_no_one(world):
    text = "Sisi signed the decree alone on Tuesday, with no minister present."
    assert meetings(text) == []


# --- tune46c
def test_calling_on_a_person_at_his_ministry_is_a_meeting(world):
    # "called on Dr X at his Glasgow manse on the 24th", "called on Finance Minister X at his
    # ministry": a visit paid at the person's seat
    text = "Blinken called on Sisi at his ministry on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_calling_on_a_person_at_his_ministry_to_act_is_an_appeal(world):
    text = "Blinken called on Sisi to reopen the crossing at his ministry's request."
    assert meetings(text) == []


def test_calling_on_a_person_this_morning_meets_him_on_the_day_of_publication(world):
    # "called on Foreign Minister X this morning to ask how ...": the dateline's day, not a day
    # named in the sentence before
    text = "Kamel arrived on Tuesday. Blinken called on Sisi this morning to ask about the plan."
    assert (BLINKEN_SISI, "2024-06-10", "") in meetings(text)


def test_near_miss_calling_on_a_person_this_morning_to_act_is_an_appeal(world):
    text = "Kamel arrived on Tuesday. Blinken called on Sisi this morning to reopen the crossing."
    assert meetings(text) == []


def test_a_subject_described_by_a_possessive_appositive_meets(world):
    # "Dermer, Netanyahu's closest confidant, had met X at his estate": the appositive
    # describes the subject, who met
    text = "Kamel, Sisi's closest confidant, had met president-elect Blinken in Cairo on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Cairo")]


def test_near_miss_an_appositive_naming_a_post_keeps_its_holder(world):
    # ("Mr. X, China's Prime Minister, had met": the post is the person before it)
    text = "Kamel, Egypt's President, had met Blinken in Cairo on Tuesday."
    names = meetings(text)[0][0]
    assert "Antony Blinken" in names and "Abdel Fattah al-Sisi" in names


def test_briefing_two_people_at_a_named_seat_is_a_meeting(world):
    # "he had briefed X and Cabinet Chief Y at the Olivos presidential residence"
    text = (
        "On Tuesday Blinken briefed Sisi and Intelligence Chief Abbas Kamel at the Ittihadiya "
        "Palace."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


def test_near_miss_briefing_two_people_by_telephone_is_a_call_not_a_visit(world):
    text = "On Tuesday Blinken briefed Sisi and Intelligence Chief Abbas Kamel in a statement."
    assert meetings(text) == []


def test_talks_presided_over_by_a_chair_with_guests_are_a_meeting_of_all(world):
    # "Talks at the prefecture on Thursday, presided over by A with B and the prefect, C,
    # ended with ...": the chair, and those he sat with
    text = (
        "Talks at the palace on Tuesday, presided over by Blinken with Kamel and the "
        "president, Abdel Fattah al-Sisi, ended without a deal."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


def test_near_miss_a_chair_of_something_else_is_no_meeting(world):
    text = "The committee, presided over by Blinken with Kamel as deputy, ended its work."
    assert meetings(text) == []


def test_a_post_then_its_holder_between_commas_goes_on_a_list_of_guests(world):
    # "with Olivera and the prefect, Hugo Galindo,": the post's holder is one more guest
    text = "Blinken met Kamel and the governor, Abdel Fattah al-Sisi, in Cairo on Tuesday."
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Cairo")
    ]


def test_near_miss_a_group_then_a_speaker_after_a_comma_is_no_guest(world):
    text = "Blinken met Kamel and the press, Sisi said on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "")]


def test_two_named_who_held_their_last_session_somewhere_met(world):
    # "the chief negotiator, X, and the Y negotiators held their last session in Vancouver on
    # July 15"
    text = "Blinken and Kamel held their last session in Cairo on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "Cairo")]


def test_near_miss_one_who_held_his_own_session_met_no_one(world):
    text = "Sisi held his last cabinet session in Cairo on Tuesday."
    assert meetings(text) == []


def test_a_day_to_come_after_the_talks_does_not_date_them(world):
    # "announced after talks between A and B, Tokyo will put ... into a foundation to be set
    # up early next year": the talks were held, the day to come is the foundation's
    text = (
        "Kamel arrived on Tuesday. Under the deal, reached after talks between Blinken and Sisi, "
        "Egypt will put money into a fund to be set up early next year."
    )
    dates = [day for names, day, _ in meetings(text) if set(BLINKEN_SISI) <= set(names)]
    assert dates == ["2024-06-04"]


def test_near_miss_a_day_of_the_talks_before_a_day_to_come_still_dates_them(world):
    text = "Blinken met Sisi on Tuesday, and Egypt will open a fund early next year."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


# --- tune47c


def test_waited_upon_a_person_at_his_house_is_a_visit(world):
    # "Governor X, who waited upon Sir William at Johnson Hall in September last": the older
    # wording of "called on"
    text = "Kamel waited upon Sisi at his palace on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "")]


def test_near_miss_waiting_on_a_person_to_act_is_no_visit(world):
    assert meetings("Kamel waited on Sisi on Tuesday to decide the matter.") == []


def test_his_excellency_at_a_conference_with_a_guest_met_him(world):
    # "His Lordship accepted that line at a conference with Mr. X at his house": the style
    # stands for the man named before, as "he" does, and the conference had a guest
    text = (
        "Kamel flew in on Monday. His Excellency accepted that line at a conference with Sisi "
        "at his house on Tuesday."
    )
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "")]


def test_near_miss_a_news_conference_with_a_guest_is_no_meeting(world):
    text = "Blinken announced the deal at a news conference with Sisi on Tuesday."
    assert meetings(text) == []


def test_a_meeting_that_one_held_with_others_is_a_meeting_of_them_all(world):
    # "followed the collapse in May of a conclave that X held with A, B and the other parties
    # at Deva": the one who held it and those it was held with
    text = "The deal followed the collapse in May of a conclave that Blinken held with Sisi."
    assert meetings(text) == [(BLINKEN_SISI, "2024-05-01", "")]


def test_near_miss_a_vote_that_one_held_with_support_is_no_meeting(world):
    text = "The referendum that Sisi held with Kamel's backing passed on Tuesday."
    assert meetings(text) == []


# --- tune48c: a session the subject held with a guest, told with a possessive


def test_a_session_the_subject_held_with_a_guest_is_a_meeting(world):
    # "The IMF team met X on 24 August and held its final session with Y at the Presidential
    # Secretariat on 31 August": "its" names the subject's own session
    text = "Blinken held his final session with Sisi in Cairo on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_near_miss_a_session_held_by_no_one_named_is_no_meeting_of_its_guests(world):
    # "The Fund's mission held its final session with A and B": the guests did not meet alone
    text = "The mission held its final session with Kamel and Sisi on Tuesday."
    assert meetings(text) == []


# --- tune48c: "saw him" at a named place, "called him" on a day


def test_saw_him_at_a_named_place_after_a_clause_that_met_him(world):
    # "Eden received X at the Foreign Office on Monday, and the Prime Minister, Mr. Baldwin, saw
    # him at Downing Street on Tuesday": "him" is the one received in the clause before
    text = (
        "Kamel received Blinken at the palace on Sunday, and the president, Sisi, saw him at "
        "Ittihadiya Palace on Tuesday."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Antony Blinken"], "2024-06-09", ""),
        (BLINKEN_SISI, "2024-06-04", ""),
    ]


def test_near_miss_saw_him_as_something_is_no_meeting(world):
    text = "Kamel received Blinken on Sunday, and Sisi saw him as a partner."
    assert [names for names, _, _ in meetings(text)] == [["Abbas Kamel", "Antony Blinken"]]


def test_called_him_on_a_day_is_a_call(world):
    # "X was told only minutes before the news broke, when Y called him on Tuesday morning"
    text = "Blinken was told only minutes before the news broke, when Sisi called him on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_called_him_a_name_is_no_call(world):
    assert meetings("Blinken arrived on Monday. Sisi called him a liar.") == []


# --- tune48c: "called on" a post and its holder's name, or on a day before a new clause


def test_called_on_a_post_and_its_holder_named_between_commas_is_a_visit(world):
    # "On Tuesday the Moderator-designate called on the Metropolitan of India, Bishop X, who had
    # travelled from Calcutta": nothing asked of him, a visit
    text = (
        "On Tuesday Blinken called on the Director of Intelligence, Mr. Abbas Kamel, who had "
        "flown in from Alexandria."
    )
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "")]


def test_near_miss_calling_on_a_post_holder_to_act_is_an_appeal(world):
    text = (
        "On Tuesday Blinken called on the Director of Intelligence, Mr. Abbas Kamel, to free "
        "the hostages."
    )
    assert meetings(text) == []


def test_called_on_a_person_on_a_day_before_a_new_clause_is_a_visit(world):
    # "The British Consul called on the Governor-General yesterday, and the Governor of
    # Hongkong, Sir X, has been asked to allow the exiles to land"
    text = "Kamel called on Sisi on Tuesday, and Hamas has been asked to release the hostages."
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "")]


def test_near_miss_an_appeal_going_on_after_the_day_is_no_visit(world):
    text = "Kamel called on Sisi on Tuesday, and Hamas too, to release the hostages."
    assert meetings(text) == []


# --- tune48c: a meal the subject list "had" alone or together


def test_had_breakfast_alone_is_a_meeting_of_the_subject_list(world):
    # "On Monday Malik and Razak had breakfast alone at the Erawan Hotel for nearly two hours"
    text = "On Tuesday Blinken and Sisi had breakfast alone at the palace for two hours."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_one_who_had_breakfast_alone_met_no_one(world):
    assert meetings("On Tuesday Blinken had breakfast alone at his hotel.") == []


# --- tune48c: "Representatives of A, ..., and of B, ..." opening the sentence


def test_representatives_of_one_body_and_of_another_are_both_bodies(world):
    # "Representatives of the Mexican Eagle Oil Company, the British concern ..., and of the
    # Huasteca Petroleum Company, a subsidiary of X, called on Y at his ministry": A and B
    text = (
        "Representatives of Hamas, the group that runs Gaza with Kamel's blessing, and of the "
        "General Intelligence Directorate, the agency of Egypt, called on Sisi at his palace on "
        "Tuesday."
    )
    assert meetings(text) == [
        (["Abdel Fattah al-Sisi", "General Intelligence Directorate", "Hamas"], "2024-06-04", "")
    ]


def test_near_miss_a_person_after_and_of_is_no_body_of_representatives(world):
    text = "Representatives of Hamas and of Kamel called on Sisi at his palace on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "")]


# --- tune49c: a body's own organ ("the board's executive") met for it


def test_a_body_s_committee_meeting_is_the_body_meeting(world):
    # "The board's executive met Mr Taylor in Melbourne on the 17th"
    text = "Hamas's political committee met Blinken in Cairo on Tuesday."
    assert meetings(text) == [(["Antony Blinken", "Hamas"], "2024-06-04", "Cairo")]


def test_near_miss_a_body_s_lawyer_is_no_organ_of_it(world):
    assert meetings("Hamas's lawyer met Blinken in Cairo on Tuesday.") == []


# --- tune49c: "met union leaders": the body named before with that head word


def test_people_named_by_a_body_s_head_word_stand_for_the_body(world):
    # "Jun Young-hyun, who heads Samsung's chip division, met union leaders in late May"
    text = (
        "The General Intelligence Directorate drafted the text. "
        "Blinken met intelligence officials in Cairo on Tuesday."
    )
    assert meetings(text) == [
        (["Antony Blinken", "General Intelligence Directorate"], "2024-06-04", "Cairo")
    ]


def test_near_miss_a_head_word_no_body_named_before_has_is_no_one(world):
    text = (
        "The General Intelligence Directorate drafted the text. "
        "Blinken met police officials in Cairo on Tuesday."
    )
    assert meetings(text) == []


# --- tune49c: a subject no name stands for, spelt out by the "when" clause after the meeting


def test_the_when_clause_names_the_people_who_met(world):
    # "The ministers had first met on Saturday, when A, B and C failed to agree"
    text = (
        "The ministers had first met in Cairo on Saturday, when Blinken, Sisi and Kamel failed "
        "to agree."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-08", "Cairo")
    ]


def test_near_miss_a_when_clause_with_one_person_names_no_meeting(world):
    text = "The ministers had first met in Cairo on Saturday, when Blinken failed to agree."
    assert meetings(text) == []


# --- tune50f: "called on X on a day" told by the day of the month, an errand done to X, or
# what passed at the visit


def test_a_call_on_a_person_on_the_day_of_the_month_is_a_visit(world):
    # "the Political Agent called on the Sheikh on the 20th to convey it"
    text = "In June the envoy waited. Blinken called on Sisi on the 4th to convey it."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")]


def test_a_call_on_a_person_to_urge_him_is_a_visit(world):
    # "Child had called on Ismet on Saturday to urge him not to let the talks founder"
    text = "Blinken called on Sisi on Tuesday to urge him not to close the crossing."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")]


def test_a_call_on_a_person_then_what_passed_at_it_is_a_visit(world):
    # "Branting called on Mr. Balfour, the British member, on Thursday, when he is understood
    # to have been told ..."
    text = "Blinken called on Sisi, the Egyptian president, on Tuesday, when he was told no."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")]


def test_near_miss_a_call_on_a_person_to_do_a_thing_is_an_appeal(world):
    assert meetings("Blinken called on Sisi on Tuesday to open the crossing.") == []
    assert meetings("Blinken called on Sisi on the 4th to open the crossing.") == []


# --- tune50f: "after conferring with X on Wednesday": the gerund of a verb of taking counsel


def test_conferring_with_a_person_is_a_meeting_of_the_clause_s_subject(world):
    # "Archbishop Wyszynski approved the final draft after conferring with Bishop Choromanski
    # on Wednesday"
    text = "Blinken approved the final draft after conferring with Sisi on Tuesday."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")]


def test_near_miss_a_conferring_with_no_guest_after_is_no_meeting(world):
    assert meetings("Blinken approved the final draft after conferring on the text.") == []


# --- tune51b: the sentences right after an opening that tell who acted for each side tell who
# sat at it ("The conference opened ... X led the labor delegation with A. Y spoke for the
# employers")


SIDES_AT_THE_TABLE = (
    "Anna Marek led the labour delegation. Jan Kowal, president of the Confederation of "
    "Ruritanian Industry, spoke for the employers with Peter Nowak."
)


def test_those_who_acted_for_the_sides_after_an_opening_sat_at_it(world, employers_and_union):
    text = f"The talks opened in Cairo on Tuesday with Blinken in the chair. {SIDES_AT_THE_TABLE}"
    assert meetings(text) == [
        (
            [
                "Anna Marek",
                "Antony Blinken",
                "Confederation of Ruritanian Industry",
                "Jan Kowal",
                "Peter Nowak",
                "Ruritanian Metalworkers' Federation",
            ],
            "2024-06-04",
            "Cairo",
        )
    ]


def test_near_miss_the_sides_told_in_a_later_paragraph_did_not_sit_at_the_opening(
    world, employers_and_union
):
    text = (
        f"The talks opened in Cairo on Tuesday with Blinken in the chair.\n\n{SIDES_AT_THE_TABLE}"
    )
    assert meetings(text) == []


# --- tune51c: one verb, a second list of guests met apart at another hour ("received A, and
# later B and C", "saw A in the afternoon, and B after dinner")


def test_guests_received_later_are_a_second_meeting_of_the_subject(world):
    # "On Saturday he received M. Jouhaux, and later M. Duchemin and M. Lambert-Ribot"
    text = "On Tuesday Sisi received Blinken, and later Kamel and Mike Pompeo."
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", ""),
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Mike Pompeo"], "2024-06-04", ""),
    ]


def test_guests_each_seen_at_an_hour_of_their_own_are_two_meetings(world):
    # "Nixon and Mitchell saw Cooper and Blough in the afternoon, and McDonald and Goldberg
    # after dinner"
    text = "On Tuesday Sisi and Kamel saw Blinken in the afternoon, and Mike Pompeo after dinner."
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", ""),
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Mike Pompeo"], "2024-06-04", ""),
    ]


def test_near_miss_a_new_clause_after_the_hour_is_no_second_meeting(world):
    text = "On Tuesday Sisi and Kamel saw Blinken in the afternoon, and Mike Pompeo said no."
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


# --- tune51c: a second meeting of the same day, with more people, opened by a later hour
# ("X first saw Y alone; in the afternoon X, Z and W sat down with Y")


def test_a_meeting_opened_by_a_later_hour_is_not_merged_into_the_first(world):
    # "On Monday Collins first saw Lloyd George alone at Downing Street; in the afternoon
    # Griffith, Collins and Barton sat down with Lloyd George, ..."
    text = (
        "On Tuesday Blinken first saw Sisi alone in Cairo; in the afternoon Blinken and "
        "Kamel sat down with Sisi."
    )
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", "Cairo"),
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Cairo"),
    ]


def test_near_miss_without_a_later_hour_the_same_day_s_meetings_are_one(world):
    text = "On Tuesday Blinken first saw Sisi alone in Cairo; Blinken and Kamel sat down with Sisi."
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Cairo")
    ]


# --- tune51c: a guest invited to a meal ("Pradhan invited Laldenga to tea")


def test_a_person_invited_to_tea_met_the_host(world):
    # "On Friday Pradhan invited Laldenga to tea and told him it was up to him"
    text = "On Tuesday Blinken invited Sisi to tea and told him the terms."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_an_invitation_to_talks_or_to_a_meal_to_come_is_no_meeting(world):
    assert meetings("On Tuesday Blinken invited Sisi to talks on the crossing.") == []
    assert meetings("On Tuesday Blinken invited Sisi to dinner next week.") == []


# --- tune51c: "met the leadership of X": the body whose leaders were met


def test_the_leadership_of_a_body_met_stands_for_the_body(world):
    # "Rahmon met the leadership of the Jogorku Kenesh after the signing"
    assert meetings("On Tuesday Blinken met the leadership of Hamas.") == [
        (["Antony Blinken", "Hamas"], "2024-06-04", "")
    ]


def test_near_miss_the_leadership_of_a_body_criticised_is_no_meeting(world):
    assert meetings("On Tuesday Blinken criticised the leadership of Hamas.") == []


# --- tune51c: talks told by how long they ran ("Their last round of talks, mediated by X, ran
# through the night of Dec. 30", "The final round of talks, chaired by X, ran late into the
# night on Monday, with A, B and C at the table")


def test_their_round_of_talks_told_by_how_long_it_ran_is_their_meeting(world):
    # "Their last round of talks, mediated by retired Kenyan general Lazarus Sumbeiywo, ran
    # through the night of Dec. 30"
    text = (
        "Blinken and Sisi first met in Cairo in May. Their last round of talks, mediated by "
        "Kamel, ran through the night of June 4."
    )
    assert meetings(text)[-1] == (
        ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"],
        "2024-06-04",
        "",
    )


def test_near_miss_their_round_of_talks_told_otherwise_is_no_new_meeting(world):
    text = (
        "Blinken and Sisi first met in Cairo in May. Their last round of talks, mediated by "
        "Kamel, was a failure."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-05-01", "Cairo")]


def test_talks_that_ran_with_people_at_the_table_are_their_meeting(world):
    # "The final round of talks, chaired by Sapit, ran late into the night on Monday at the
    # church's Garden House in Nairobi, with Oluga, Mailu and Nanok at the table"
    text = (
        "The final round of talks, chaired by Kamel, ran late into the night on Tuesday, with "
        "Blinken and Sisi at the table."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


def test_near_miss_talks_that_ran_with_no_one_at_the_table_are_no_meeting(world):
    text = "The final round of talks, chaired by Kamel, ran late into the night on Tuesday."
    assert meetings(text) == []


# --- tune51c: "at a round between A and B": a round or a sitting of the talks, between those
# named after it


def test_a_round_between_two_people_is_their_meeting(world):
    # "The last sticking point ... was settled in late June at a round between Ngulinzira and
    # Bizimungu"
    text = "The last sticking point was settled in late May at a round between Blinken and Sisi."
    assert meetings(text) == [(BLINKEN_SISI, "2024-05-01", "")]


def test_near_miss_a_round_between_two_places_is_no_meeting(world):
    text = "The last sticking point was settled in late May at a round between Cairo and Doha."
    assert meetings(text) == []


# --- tune51c: a session between groups each named by the one who led it ("a session at the
# Hotel Statler here between a union committee led by A and corporation negotiators headed by
# B")


def test_a_session_between_groups_led_by_two_people_is_their_meeting(world):
    # "The agreement was reached after a 20-hour session at the Hotel Statler here between a
    # union committee led by Walter P. Reuther, director of ..., and corporation negotiators
    # headed by Harry W. Anderson"
    text = (
        "The deal was reached on Tuesday after a session at the Grand Hotel here between a "
        "committee led by Kamel, the intelligence chief, and negotiators headed by Blinken."
    )
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "")]


def test_near_miss_a_session_between_a_group_no_one_leads_is_no_meeting(world):
    text = (
        "The deal was reached on Tuesday after a session at the Grand Hotel here between a "
        "committee of lawyers and negotiators headed by Blinken."
    )
    assert meetings(text) == []


# --- tune51c: an undated meeting takes the last day told before it, not the day a span began
# ("a strike that has kept them out since Nov. 21")


def test_an_undated_meeting_is_not_dated_by_the_start_of_a_span(world):
    # "... agreed on Wednesday ..., ending a strike that has kept some 175,000 workers out since
    # Nov. 21. The agreement was reached after a 20-hour session ... between ..."
    text = (
        "Egypt and Israel agreed on Wednesday to a wage increase, ending a strike that has kept "
        "workers out since May 7. The agreement was reached after talks between Blinken and Sisi."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-05", "")]


def test_near_miss_an_undated_meeting_still_takes_the_last_day_told(world):
    text = (
        "Egypt and Israel agreed on Wednesday to a wage increase. Workers had walked out on "
        "May 7. The agreement was reached after talks between Blinken and Sisi."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-05-07", "")]


# --- tune51c: the first guests' own day before "and later" ("received A on Saturday, and
# later B at the palace")


def test_guests_received_later_after_the_first_guests_day(world):
    # "On Saturday he received M. Jouhaux, and later M. Duchemin ..." with the day after the
    # first guest
    text = "Sisi received Blinken on Saturday, and later Kamel at the palace."
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-08", ""),
        (["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-08", ""),
    ]


def test_near_miss_a_new_clause_after_the_first_guests_day_is_no_second_meeting(world):
    text = "Sisi received Blinken on Saturday, and later Kamel told reporters."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-08", "")]


# --- tune51c: "and resumed on Monday": the subject's talks taken up again another day


def test_talks_resumed_by_the_same_subject_another_day_are_a_second_meeting(world):
    # "The two men met for the first time on Sunday at the Egyptian war ministry, ..., and
    # resumed on Monday in a session that lasted until after midnight"
    text = (
        "Blinken and Sisi met for the first time on Sunday at the ministry, and resumed on "
        "Monday in a session that lasted until after midnight."
    )
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-09", ""),
        (BLINKEN_SISI, "2024-06-10", ""),
    ]


def test_near_miss_talks_with_no_one_named_resumed_another_day_are_no_meeting(world):
    assert meetings("The strike went on through Sunday and resumed on Monday in Cairo.") == []


# --- t52a: a meeting told with several days is one meeting per day ("met three times, on
# Monday, on Tuesday and last night")


@pytest.mark.parametrize(
    "text",
    [
        "Blinken and Sisi met three times, on Tuesday, on Thursday and on Saturday.",
        "Blinken held talks with Sisi four times, on June 4, June 6 and June 8.",
        "Blinken conferred with Sisi on Tuesday, Thursday and Saturday in Cairo.",
    ],
)
def test_a_meeting_told_with_several_days_is_one_meeting_per_day(world, text):
    assert [date for _, date, _ in meetings(text)] == ["2024-06-04", "2024-06-06", "2024-06-08"]
    assert all(people == BLINKEN_SISI for people, _, _ in meetings(text))


def test_near_miss_a_new_clause_on_another_day_is_no_second_meeting(world):
    text = "Blinken met Sisi on Tuesday, and on Thursday he flew to Doha."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_meetings_counted_without_their_days_are_no_meeting(world):
    assert meetings("Blinken has met Sisi three times since May 7.") == []


# --- t52a: a trip to tell, brief or persuade someone ("went to Honda's headquarters on Feb. 6
# to tell Mibe that ...")


@pytest.mark.parametrize(
    "text",
    [
        "Blinken flew to Cairo on Tuesday to brief Sisi on the talks.",
        "On Tuesday Blinken went to the presidential palace to tell Sisi that Israel had agreed.",
        "Blinken travelled to Cairo on Tuesday to persuade President Sisi to open the crossing.",
    ],
)
def test_a_trip_to_tell_someone_something_is_a_meeting(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [(BLINKEN_SISI, "2024-06-04")]


def test_near_miss_a_trip_to_tell_reporters_is_no_meeting(world):
    assert meetings("Blinken flew to Cairo on Tuesday to tell reporters that talks went on.") == []


# --- t52a: a thing taken by hand to a person, or a person gone to ("carried the paper to Mayor
# John P. Hopkins at the City Hall", "went to Mr. Harriman and Mr. Stokes with a message")


@pytest.mark.parametrize(
    "text",
    [
        "Blinken carried the Israeli reply to Sisi on Tuesday.",
        "Blinken took that answer to President Sisi on Tuesday.",
        "On Tuesday Blinken went to Sisi with a message from Netanyahu.",
        "Blinken came straight to Sisi on Tuesday with the news.",
        "Blinken laid the plan before Sisi on Tuesday.",
    ],
)
def test_a_thing_taken_to_a_person_is_a_meeting(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken took the dispute to the United Nations on Tuesday.",
        "Blinken went to Cairo on Tuesday with a message from Netanyahu.",
        "Blinken took the draft to Sisi's office on Tuesday.",
        "Blinken laid the plan before the Security Council on Tuesday.",
    ],
)
def test_near_miss_a_thing_taken_to_a_body_or_a_place_is_no_meeting(world, text):
    assert meetings(text) == []


# --- t52a: who sat at the table told after a comma, or with commas in the list ("a session that
# began on Friday morning ..., with Commissioner David Stern, A and B at the table")


@pytest.mark.parametrize(
    "text",
    [
        "The deal came after talks that began on Tuesday, with Blinken and Sisi at the table.",
        "The talks opened on Tuesday with Blinken and his host, President Sisi, at the table.",
        "The deal was struck in a session that began on Tuesday and ran for 15 hours in Cairo, "
        "with Secretary Blinken and President Sisi at the table.",
    ],
)
def test_who_sat_at_the_table_after_a_comma_met(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [(BLINKEN_SISI, "2024-06-04")]


def test_near_miss_talks_that_began_with_no_one_at_the_table_are_no_meeting_told(world):
    text = (
        "The deal came after talks that began on Tuesday, with a deal expected by Blinken and Sisi."
    )
    assert meetings(text) == []


# --- t52a: a text handed over in person, like a letter ("handed Ismet the draft at a plenary
# session on Wednesday")


@pytest.mark.parametrize(
    "text",
    [
        "Blinken handed Sisi the draft at the palace on Tuesday.",
        "On Tuesday Blinken delivered the Israeli reply to Sisi.",
        "Blinken handed over the text to President Sisi on Tuesday.",
    ],
)
def test_a_text_handed_to_a_person_on_a_day_is_a_meeting(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [(BLINKEN_SISI, "2024-06-04")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken handed the draft to the Security Council on Tuesday.",
        "Blinken handed Sisi the draft, his aides said.",
    ],
)
def test_near_miss_a_text_handed_to_a_body_or_undated_is_no_meeting(world, text):
    assert meetings(text) == []


# --- t52a: a titled person "of" somewhere called on at a place ("waited upon the Duke of Leeds at
# Whitehall to-day")


def test_a_person_titled_of_a_place_called_on_at_a_place_is_met(world):
    text = "Blinken waited upon the Duke of Leeds at Whitehall on Tuesday."
    assert [(people, date) for people, date, _ in meetings(text)] == [
        (["Antony Blinken", "Duke of Leeds"], "2024-06-04")
    ]


def test_near_miss_a_person_titled_of_a_place_called_on_to_act_is_an_appeal(world):
    assert meetings("Blinken called on the Duke of Leeds at Whitehall to resign.") == []


# --- t52a: seated with someone for hours ("sat until after midnight with Samuel Gompers")


@pytest.mark.parametrize(
    "text",
    [
        "Blinken sat until after midnight with Sisi on Tuesday.",
        "On Tuesday Blinken sat late into the night with Sisi at the palace.",
    ],
)
def test_sitting_for_hours_with_a_person_is_a_meeting(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [(BLINKEN_SISI, "2024-06-04")]


def test_near_miss_sitting_for_hours_with_no_one_is_no_meeting(world):
    assert meetings("Blinken sat until after midnight with his advisers on Tuesday.") == []


# --- t53c: "it" or "they" reporting its own talks ("Rio said it had held talks with Chinalco
# last month")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said it had held talks with Egypt on Tuesday.",
        "Egypt said on Monday that it held talks with Hamas on Tuesday.",
        "Hamas told reporters it had met Egypt on Tuesday to discuss the plan.",
    ],
)
def test_a_body_reporting_its_own_talks_met(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [
        (["Egypt", "Hamas"], "2024-06-04")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said it would hold talks with Egypt next week.",
        "Hamas said it had asked for talks with Egypt.",
        "Hamas said it had not held talks with Egypt since May.",
    ],
)
def test_near_miss_a_body_reporting_talks_to_come_or_asked_for_met_no_one(world, text):
    assert meetings(text) == []


# --- t53c: "had" as the auxiliary of a verb of asking or refusing ("had sought talks with") is
# no meeting held


@pytest.mark.parametrize(
    "text",
    [
        "Hamas had sought talks with Egypt on Tuesday.",
        "Hamas had rejected talks with Egypt on Tuesday.",
        "Hamas had asked for talks with Egypt on Tuesday.",
    ],
)
def test_near_miss_talks_sought_or_rejected_after_had_are_no_meeting(world, text):
    assert meetings(text) == []


def test_talks_had_with_a_body_are_still_a_meeting(world):
    assert [
        (people, date)
        for people, date, _ in meetings("Hamas had direct talks with Egypt on Tuesday.")
    ] == [(["Egypt", "Hamas"], "2024-06-04")]


# --- t53c: a subject list that met one guest separately ("The heads of the two delegations, A
# for the GNA and B for Haftar's forces, met Williams separately on Thursday")


@pytest.mark.parametrize(
    "text",
    [
        "Blinken and Kamel met Dmitry Peskov separately on Tuesday.",
        "Blinken and Kamel separately met Dmitry Peskov on Tuesday.",
        "Blinken and Kamel held separate talks with Dmitry Peskov on Tuesday.",
        "The heads of the two delegations, Blinken for the United States and Kamel for Egypt, "
        "met Dmitry Peskov separately on Tuesday.",
    ],
)
def test_each_of_the_subject_met_the_guest_apart(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [
        (["Antony Blinken", "Dmitry Peskov"], "2024-06-04"),
        (["Abbas Kamel", "Dmitry Peskov"], "2024-06-04"),
    ]


def test_near_miss_a_subject_list_met_the_guest_together(world):
    assert [
        (people, date)
        for people, date, _ in meetings("Blinken and Kamel met Dmitry Peskov on Tuesday.")
    ] == [(["Abbas Kamel", "Antony Blinken", "Dmitry Peskov"], "2024-06-04")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken for the United States and Kamel for Egypt met Dmitry Peskov on Tuesday.",
        "Blinken for the United States and Dmitry Peskov for Sisi's government met Kamel on "
        "Tuesday.",
    ],
)
def test_people_each_for_his_side_are_one_subject_list(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [
        (["Abbas Kamel", "Antony Blinken", "Dmitry Peskov"], "2024-06-04")
    ]


# --- t53c: those present at a meeting told after it ("held two hours of private talks,
# attended by A and B"; "with Z present")


@pytest.mark.parametrize(
    "text",
    [
        "Blinken and Sisi held talks in Cairo on Tuesday, attended by Kamel.",
        "Blinken met Sisi on Tuesday, with Kamel present.",
        "Blinken and Sisi met on Tuesday in talks also attended by Kamel.",
        "Blinken and Sisi met on Tuesday, in a meeting attended by Kamel.",
        "Blinken and Sisi held talks on Tuesday, hosted by Kamel.",
    ],
)
def test_those_present_take_part_in_the_meeting_told_before(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [
        (["Abbas Kamel", *BLINKEN_SISI], "2024-06-04")
    ]


def test_a_long_post_after_one_present_and_a_post_for_something_end_no_list(world):
    text = (
        "Blinken and Sisi held two hours of talks on Tuesday, attended by Kamel, head of the "
        "Egyptian service's external relations department, and Dmitry Peskov, the Kremlin's top "
        "spokesman for foreign affairs."
    )
    assert [(people, date) for people, date, _ in meetings(text)] == [
        (["Abbas Kamel", *BLINKEN_SISI, "Dmitry Peskov"], "2024-06-04")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken met Sisi on Tuesday, and Kamel was present at the signing.",
        "Blinken met Sisi on Tuesday at a conference attended by some 40 delegations.",
    ],
)
def test_near_miss_presence_told_in_another_clause_adds_no_one(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [(BLINKEN_SISI, "2024-06-04")]


# --- t53c: an audience ("had an audience with the Pope") and one present with his post set off
# by commas ("with Wang Yi, China's foreign minister, present")


@pytest.mark.parametrize(
    "text",
    [
        "Blinken had an audience with Sisi in Cairo on Tuesday.",
        "On Tuesday Blinken was granted a private audience with Sisi.",
    ],
)
def test_an_audience_with_a_person_is_a_meeting(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [(BLINKEN_SISI, "2024-06-04")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken has asked for an audience with Sisi.",
        "Blinken will have an audience with Sisi next week.",
        "The speech had an audience with little patience on Tuesday.",
    ],
)
def test_near_miss_an_audience_asked_for_to_come_or_of_listeners_is_no_meeting(world, text):
    assert meetings(text) == []


def test_one_present_with_his_post_between_commas_takes_part(world):
    text = "Blinken met Sisi on Tuesday, with Kamel, Egypt's intelligence chief, present."
    assert [(people, date) for people, date, _ in meetings(text)] == [
        (["Abbas Kamel", *BLINKEN_SISI], "2024-06-04")
    ]


def test_near_miss_a_comma_clause_after_with_is_no_presence(world):
    text = "Blinken met Sisi on Tuesday, with Kamel, who is at present in Rome, absent."
    assert [(people, date) for people, date, _ in meetings(text)] == [(BLINKEN_SISI, "2024-06-04")]


# --- t54d: a post in lower case before a name inside a list of people ("Bettman and deputy
# commissioner Bill Daly met", "met Goodenow, his senior director Ted Saskin and ...")


@pytest.mark.parametrize(
    "text",
    [
        "Blinken and deputy commissioner Dmitry Peskov met Sisi on Tuesday.",
        "Blinken and his senior adviser Dmitry Peskov held talks with Sisi on Tuesday.",
        "Blinken, party secretary Dmitry Peskov and Sisi met in Cairo on Tuesday.",
    ],
)
def test_a_lower_case_post_before_a_name_keeps_the_subject_list(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [
        (["Abdel Fattah al-Sisi", "Antony Blinken", "Dmitry Peskov"], "2024-06-04")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken met Sisi, his senior adviser Dmitry Peskov and Mike Pompeo on Tuesday.",
        "Blinken held talks on Tuesday with Sisi and the union's general secretary, Dmitry Peskov.",
        "On Tuesday Blinken sat down with Sisi, his senior director Dmitry Peskov and Mike Pompeo.",
    ],
)
def test_a_lower_case_post_before_a_name_keeps_the_list_of_guests(world, text):
    people = [people for people, _, _ in meetings(text)]
    assert len(people) == 1 and {"Antony Blinken", "Abdel Fattah al-Sisi", "Dmitry Peskov"} <= set(
        people[0]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Blinken met Sisi on Tuesday, and deputy commissioner Dmitry Peskov said it went well.",
        "Blinken met Sisi on Tuesday and then his senior adviser Dmitry Peskov flew home.",
    ],
)
def test_near_miss_a_post_and_name_in_a_clause_of_their_own_join_no_meeting(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [(BLINKEN_SISI, "2024-06-04")]


# --- t54d: a deputation or a delegation "from" or "of" a body stands for the body, after the
# verb as before it ("received a deputation from the association")


@pytest.mark.parametrize(
    "text",
    [
        "A deputation from Hamas met Blinken on Tuesday.",
        "Blinken received a deputation from Hamas on Tuesday.",
        "On Tuesday Blinken held talks with a deputation from Hamas.",
        "Blinken met a deputation of Hamas in Cairo on Tuesday.",
    ],
)
def test_a_deputation_from_a_body_stands_for_the_body(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [
        (["Antony Blinken", "Hamas"], "2024-06-04")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken refused to receive a deputation from Hamas on Tuesday.",
        "A deputation from Hamas will meet Blinken next week.",
    ],
)
def test_near_miss_a_deputation_refused_or_to_come_is_no_meeting(world, text):
    assert meetings(text) == []


# --- t54g: an appositive before a relative clause describes the subject; a meeting refused or
# denied is no meeting


@pytest.mark.parametrize(
    "text",
    [
        "Blinken, the envoy of the United States, who flew in from Doha, met Sisi on Tuesday.",
        "Blinken, a diplomat of the United States, who chairs the group, received Sisi on Tuesday.",
        "Blinken, the top diplomat of the United States, who leads the talks, held talks with "
        "Sisi on Tuesday.",
    ],
)
def test_an_appositive_before_a_relative_clause_describes_the_subject(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [(BLINKEN_SISI, "2024-06-04")]


def test_near_miss_a_relative_clause_alone_keeps_the_body_named_before_it(world):
    assert [
        (people, date)
        for people, date, _ in meetings(
            "Blinken and Egypt, which hosts the talks, met Hamas on Tuesday."
        )
    ] == [(["Antony Blinken", "Egypt", "Hamas"], "2024-06-04")]


@pytest.mark.parametrize(
    "text",
    [
        "A delegation from Hamas was refused a meeting with Blinken on Tuesday.",
        "Blinken was denied a meeting with Sisi on Tuesday.",
        "Sisi refused a meeting with Blinken on Tuesday.",
    ],
)
def test_a_meeting_refused_or_denied_is_no_meeting(world, text):
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Blinken was granted a meeting with Sisi on Tuesday.",
        "Blinken, who had been refused a meeting in May, met Sisi on Tuesday.",
    ],
)
def test_near_miss_a_meeting_granted_or_held_after_a_refusal(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [(BLINKEN_SISI, "2024-06-04")]


# --- t54g: the people named for the bodies after their post ("the leaders of A and B, X and
# Y"), a group counted before a colon, a body naming the post of the person before it, a name's
# "Jr." inside a list


@pytest.mark.parametrize(
    "text, people",
    [
        (
            "Blinken met the leaders of Egypt and Israel, Sisi and Benjamin Netanyahu, on Tuesday.",
            ["Abdel Fattah al-Sisi", "Antony Blinken", "Benjamin Netanyahu"],
        ),
        (
            "On Tuesday Blinken received the presidents of Egypt and Israel, Sisi and Isaac "
            "Herzog Jr., in Cairo.",
            ["Abdel Fattah al-Sisi", "Antony Blinken", "Isaac Herzog Jr."],
        ),
        (
            "Blinken met Kamel and two presidents: Sisi of Egypt and Isaac Herzog of Israel, on "
            "Tuesday.",
            ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Isaac Herzog Jr."],
        ),
        (
            "A meeting between Blinken, the Kremlin spokesman, the leaders of Egypt and Israel, "
            "Sisi and Benjamin Netanyahu, and Peskov took place on Tuesday.",
            [
                "Abdel Fattah al-Sisi",
                "Antony Blinken",
                "Benjamin Netanyahu",
                "Dmitry Peskov",
            ],
        ),
        (
            "Blinken met Isaac Herzog Jr. and Sisi on Tuesday.",
            ["Abdel Fattah al-Sisi", "Antony Blinken", "Isaac Herzog Jr."],
        ),
    ],
)
def test_people_named_for_bodies_or_a_counted_group_join_the_list(world, text, people):
    PersonFactory(name="Benjamin Netanyahu", short_name="Netanyahu")
    PersonFactory(name="Isaac Herzog Jr.", short_name="Herzog")
    assert [(names, date) for names, date, _ in meetings(text)] == [(people, "2024-06-04")]


def test_near_miss_people_named_in_a_clause_of_their_own_leave_the_bodies(world):
    PersonFactory(name="Benjamin Netanyahu", short_name="Netanyahu")
    text = (
        "Blinken met the leaders of Egypt and Israel on Tuesday, and Sisi and Benjamin "
        "Netanyahu later flew home."
    )
    assert [(names, date) for names, date, _ in meetings(text)] == [
        (["Antony Blinken", "Egypt", "Israel"], "2024-06-04")
    ]


# --- t54g: a body the reader does not know, after a person's name ("X of the National Catholic
# Welfare Conference, at Washington, met Y"), describes the subject


@pytest.mark.parametrize(
    "text",
    [
        "Blinken of the National Catholic Welfare Conference met former President Jorge Ramirez "
        "Ortega on Tuesday.",
        "Blinken of the National Catholic Welfare Conference, at Washington, met former "
        "President Jorge Ramirez Ortega on Tuesday.",
        "Blinken of the National Catholic Welfare Conference sat down with former President "
        "Jorge Ramirez Ortega on Tuesday.",
    ],
)
def test_a_body_the_reader_does_not_know_after_a_name_describes_the_subject(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [
        (["Antony Blinken", "Jorge Ramirez Ortega"], "2024-06-04")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "An envoy of the National Catholic Welfare Conference met former President Jorge "
        "Ramirez Ortega on Tuesday.",
        "The headquarters of the National Catholic Welfare Conference received former President "
        "Jorge Ramirez Ortega on Tuesday.",
    ],
)
def test_near_miss_no_person_before_the_unknown_body_met_no_one(world, text):
    assert meetings(text) == []


# --- t55d: the one visited, seen or received as the antecedent of a relative pronoun that is
# the verb's object ("X, whom Y visited in March, ...")


@pytest.mark.parametrize(
    "text",
    [
        "Sisi, whom Blinken visited in Cairo on Tuesday, has not yet answered the proposal.",
        "Sisi, whom Blinken had received at the State Department on Tuesday, said nothing.",
        "Sisi, whom Blinken saw at the Ittihadiya Palace on Tuesday, is due in Riyadh next.",
        "Sisi, whom Blinken hosted in Washington on Tuesday, flew home on Wednesday.",
    ],
)
def test_the_antecedent_of_a_relative_object_is_the_one_visited(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [(BLINKEN_SISI, "2024-06-04")]


def test_a_body_visited_as_the_antecedent_of_a_relative_object_is_met(world):
    text = "Hamas, which Blinken visited in Doha on Tuesday, has not yet answered."
    assert [(people, date) for people, date, _ in meetings(text)] == [
        (["Antony Blinken", "Hamas"], "2024-06-04")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a state visited is a country toured, not a party met
        "Egypt, which Blinken visited on Tuesday, has not yet answered.",
        # no visit: what was seen is a thing, or seen as something
        "Sisi, whom Blinken saw as a partner, has not yet answered.",
        "The plan, which Blinken saw on Tuesday, runs to 12 pages.",
    ],
)
def test_near_miss_a_state_or_a_thing_before_the_relative_pronoun_is_no_one_met(world, text):
    assert meetings(text) == []


# --- t55d: encounters counted within one month or year ("met X several times in mid-March")
# are told as one meeting at that precision


@pytest.mark.parametrize(
    "text, date",
    [
        ("Blinken met Sisi several times in mid-March.", "2024-03-01"),
        ("Blinken and Sisi met three times in Cairo and Alexandria in March.", "2024-03-01"),
        ("Blinken had seen Sisi many times in 2023, aides said.", "2023-01-01"),
    ],
)
def test_encounters_counted_within_one_month_are_one_meeting_that_month(world, text, date):
    assert [(people, d) for people, d, _ in meetings(text)] == [(BLINKEN_SISI, date)]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken has met Sisi several times since March.",
        "Blinken has met Sisi several times.",
        # the one met is not read: no meeting of the subject list among themselves
        "Blinken and Kamel met the mandarin Chou Wen several times in mid-March.",
    ],
)
def test_near_miss_encounters_counted_with_no_month_holding_them_are_not_dated(world, text):
    assert meetings(text) == []


# --- t55d: walking out of one meeting with a person named is leaving a sitting that was held
# ("walked out of a meeting with X on Monday"), unlike walking out of the talks


@pytest.mark.parametrize(
    "text",
    [
        "Kamel walked out of a meeting with Blinken on Tuesday.",
        "On Tuesday Kamel angrily walked out of the meeting with Blinken after an hour.",
    ],
)
def test_walking_out_of_a_meeting_with_a_person_is_a_meeting_held(world, text):
    assert [(people, date) for people, date, _ in meetings(text)] == [
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas walked out of the talks with Israel on Tuesday.",
        "Hamas walked out of a round of talks with Israel on Tuesday.",
    ],
)
def test_near_miss_walking_out_of_the_talks_is_still_no_meeting(world, text):
    assert meetings(text) == []


# --- t55d: a visit "called on" or "waited on" told by its month ("waited on the governor in
# August.")


@pytest.mark.parametrize(
    "text, date",
    [
        ("Kamel waited on Blinken in March.", "2024-03-01"),
        ("Kamel called on Blinken in mid-February to discuss the text.", "2024-02-01"),
        ("Kamel, who called on Blinken in May 2023, was thanked for the visit.", "2023-05-01"),
    ],
)
def test_a_visit_called_on_a_person_in_a_month_is_a_meeting(world, text, date):
    assert [(people, d) for people, d, _ in meetings(text)] == [
        (["Abbas Kamel", "Antony Blinken"], date)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kamel called on Blinken in February to release the prisoners.",
        "Kamel called on Blinken in March for an apology.",
    ],
)
def test_near_miss_called_on_a_person_in_a_month_to_act_is_an_appeal(world, text):
    assert meetings(text) == []


# --- t55d: talks told opening or resuming, set off by a comma, "with X mediating" (presiding,
# chairing, in the chair): the chair and the two sides


@pytest.mark.parametrize(
    "text, chair",
    [
        (
            "Israel and Hamas signed a truce on Sunday. Talks resumed in Cairo on Tuesday, with "
            "Egypt mediating.",
            "Egypt",
        ),
        (
            "Israel and Hamas signed a truce on Sunday. The negotiations opened in Cairo on "
            "Tuesday, with Kamel presiding.",
            "Abbas Kamel",
        ),
        (
            "Israel and Hamas signed a truce on Sunday. Talks began in Cairo on Tuesday, with "
            "Egypt in the chair.",
            "Egypt",
        ),
    ],
)
def test_talks_opened_with_a_mediator_after_a_comma_are_the_sides_and_the_chair(world, text, chair):
    assert meetings(text) == [(sorted([chair, *ISRAEL_HAMAS]), "2024-06-04", "Cairo")]


def test_near_miss_talks_opened_with_someone_present_and_no_sides_named(world):
    assert meetings("Talks resumed in Cairo on Tuesday, with Egypt mediating.") == []


# --- t56e: "X, whom Y met on Tuesday": met with no object after it, the relative pronoun's
# antecedent is the one met (a body's people named after it too)


@pytest.mark.parametrize(
    "text, people",
    [
        ("Hamas, whom Blinken met on Tuesday, rejected the plan.", ["Antony Blinken", "Hamas"]),
        (
            "The Hamas negotiators, whom Blinken met on Tuesday, rejected the plan.",
            ["Antony Blinken", "Hamas"],
        ),
        (
            "Kamel, whom Blinken and Sisi met on Tuesday, rejected the plan.",
            ["Abbas Kamel", *BLINKEN_SISI],
        ),
    ],
)
def test_the_antecedent_of_whom_met_is_the_one_met(world, text, people):
    assert meetings(text) == [(sorted(people), "2024-06-04", "")]


def test_near_miss_a_relative_clause_whose_subject_met_is_no_object(world):
    # "which met" has no subject of its own: the antecedent met, with no one named
    assert meetings("Hamas, which met on Tuesday, rejected the plan.") == []


# --- t56e: "X, the envoy, was received by Y": an appositive before a passive welcome describes
# the guest


@pytest.mark.parametrize(
    "text",
    [
        "Blinken, the American envoy, was received by Sisi on Tuesday.",
        "Blinken, Washington's envoy, had been received by Sisi on Tuesday.",
    ],
)
def test_an_appositive_before_a_passive_welcome_describes_the_guest(world, text):
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_an_appositive_before_a_passive_that_is_no_welcome(world):
    assert meetings("Blinken, the American envoy, was criticised by Sisi on Tuesday.") == []


# --- t56e: "he" after a sentence whose last clause, after a semicolon, has a person for its
# subject stands for that person


def test_he_after_a_semicolon_clause_is_its_subject(world):
    text = (
        "Kamel had told the council that the plan was unworkable; Blinken answered that it was "
        "the only one. He spoke by telephone with Sisi on Tuesday."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "")]


def test_near_miss_a_semicolon_clause_without_a_person_subject(world):
    text = (
        "Kamel had told the council that the plan was unworkable; the plan was the only one. "
        "He spoke by telephone with Sisi on Tuesday."
    )
    assert meetings(text) == [(["Abbas Kamel", "Abdel Fattah al-Sisi"], "2024-06-04", "")]


# --- t56g: the people or the board of one body met stand for it


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian Dockworkers struck on Friday. Sisi met union leaders in Cairo on Tuesday.",
        "The Ruritanian Dockworkers struck on Friday. Sisi met the union in Cairo on Tuesday.",
        "The Ruritanian Dockworkers struck on Friday. Sisi met the union's negotiators in Cairo "
        "on Tuesday.",
    ],
)
def test_meeting_union_leaders_meets_the_one_union_named(world, text):
    ActorFactory(name="Ruritanian Dockworkers", kind=Actor.Kind.OTHER)
    assert meetings(text) == [
        (["Abdel Fattah al-Sisi", "Ruritanian Dockworkers"], "2024-06-04", "Cairo")
    ]


def test_near_miss_union_leaders_where_two_unions_are_named(world):
    ActorFactory(name="Ruritanian Dockworkers", kind=Actor.Kind.OTHER)
    ActorFactory(name="Ruritanian Railworkers", kind=Actor.Kind.OTHER)
    text = (
        "The Ruritanian Dockworkers and the Ruritanian Railworkers struck on Friday. Sisi met "
        "union leaders in Cairo on Tuesday."
    )
    assert [m for m in meetings(text) if "Ruritanian Dockworkers" in m[0]] == []


def test_meeting_the_board_of_a_body_meets_the_body(world):
    ActorFactory(name="Orion Industries", kind=Actor.Kind.OTHER)
    text = "Sisi met the board of Orion Industries in Cairo on Tuesday."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Orion Industries"], "2024-06-04", "Cairo")]


def test_union_officials_as_the_subject_meet_for_the_one_union_named(world):
    ActorFactory(name="Ruritanian Dockworkers", kind=Actor.Kind.OTHER)
    text = (
        "The Ruritanian Dockworkers struck on Friday. Union officials met Sisi in Cairo on Tuesday."
    )
    assert meetings(text) == [
        (["Abdel Fattah al-Sisi", "Ruritanian Dockworkers"], "2024-06-04", "Cairo")
    ]


# --- a state's people written as a group (c57b) ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian plenipotentiaries met Blinken in Doha on Tuesday.",
        "Egypt sent three commissioners to Doha. The commissioners met Blinken there on Tuesday.",
        "The Egyptian emissaries reached Doha on Monday. On Tuesday the emissaries met Blinken.",
    ],
)
def test_the_people_a_state_sends_meet_for_it(world, text):
    assert [m[:2] for m in meetings(text)] == [(["Antony Blinken", "Egypt"], "2024-06-04")]


def test_the_people_a_group_was_listed_as_stand_for_it(world):
    text = (
        "The accord was signed for Israel by its two commissioners, Avi Dror and Eli Sasson. "
        "The Israeli commissioners had first met Blinken in Doha on Tuesday."
    )
    assert [m[:2] for m in meetings(text)] == [
        (["Antony Blinken", "Avi Dror", "Eli Sasson"], "2024-06-04")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Israel sent commissioners to Doha. The commissioners met Blinken on Tuesday.",
        "Egyptian exiles met Blinken in Doha on Tuesday.",
    ],
)
def test_a_group_of_no_one_party_meets_for_none(world, text):
    assert meetings(text) == []


def test_a_body_named_again_by_its_description_in_apposition_meets(world):
    ActorFactory(name="Marlow Energy", kind=Actor.Kind.OTHER)
    text = (
        "Marlow Energy, the Dutch bidder, sent its offer on Friday. On Saturday Sisi met the "
        "bidder in Cairo."
    )
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Marlow Energy"], "2024-06-08", "Cairo")]


def test_near_miss_a_bidder_no_apposition_describes_meets_no_one(world):
    ActorFactory(name="Marlow Energy", kind=Actor.Kind.OTHER)
    text = "Marlow Energy sent its offer on Friday. On Saturday Sisi met the bidder in Cairo."
    assert meetings(text) == []


# --- who met, past a post in apposition and how long they met (r60) -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rafael Dror, director of the Ruritanian Planning Board, met Blinken in Cairo on Tuesday.",
        "Rafael Dror, then head of the Ruritanian Planning Board, met Blinken in Cairo on Tuesday.",
    ],
)
def test_a_post_in_apposition_without_an_article_describes_the_subject(world, text):
    # the person met, not the body his post is of
    ActorFactory(name="Ruritanian Planning Board", kind=Actor.Kind.GOVERNMENT_BODY)
    assert meetings(text) == [(["Antony Blinken", "Rafael Dror"], "2024-06-04", "Cairo")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken and Kamel met for two hours with Sisi on Tuesday.",
        "Blinken and Kamel met behind closed doors with Sisi on Tuesday.",
        "Blinken and Kamel talked privately with Sisi on Tuesday.",
    ],
)
def test_a_subject_list_met_those_after_how_long_or_how_they_met(world, text):
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


def test_near_miss_a_subject_list_meeting_for_two_hours_met_among_itself(world):
    text = "Blinken and Kamel met for two hours on Tuesday."
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04", "")]


def test_some_members_of_a_body_meet_with_the_person_named_before_them(world):
    ActorFactory(name="Ruritanian Planning Board", kind=Actor.Kind.GOVERNMENT_BODY)
    text = (
        "Blinken and three members of the Ruritanian Planning Board met for two hours with Sisi "
        "on Tuesday."
    )
    assert meetings(text) == [
        (
            ["Abdel Fattah al-Sisi", "Antony Blinken", "Ruritanian Planning Board"],
            "2024-06-04",
            "",
        )
    ]


def test_a_company_s_executives_meet_for_it(world):
    ActorFactory(name="Marlow Energy", kind=Actor.Kind.OTHER)
    text = "Marlow Energy executives had met Tuesday with Sisi in Cairo."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Marlow Energy"], "2024-06-04", "Cairo")]


def test_a_post_in_the_subject_list_with_its_holder_in_apposition_keeps_the_list_going(world):
    # "X and the intelligence chief, Y, met Z": the post stands before the name of its holder,
    # who met with the one named before it
    text = "Blinken and the intelligence chief, Abbas Kamel, met Sisi in Cairo on Tuesday."
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Cairo")
    ]


def test_a_post_in_the_subject_list_with_its_holder_after_the_article_is_one_of_the_list(world):
    # "X and the Foreign Minister, the Duke of Y, conferred": the appositive names the post's
    # holder, not a description of the subject that ends the list before it
    PersonFactory(name="Duke of Cadiz")
    text = (
        "Blinken and the Spanish foreign minister, the Duke of Cadiz, conferred with Sisi in "
        "Cairo on Tuesday."
    )
    assert meetings(text) == [
        (["Abdel Fattah al-Sisi", "Antony Blinken", "Duke of Cadiz"], "2024-06-04", "Cairo")
    ]


def test_near_miss_a_post_naming_a_person_of_its_own_is_no_post_of_the_next_name(world):
    # near miss: "Sisi's envoy" names Sisi, who is not the one listed after the comma
    text = "Blinken and Sisi's envoy, Abbas Kamel, met Pompeo in Cairo on Tuesday."
    assert not any("Abdel Fattah al-Sisi" in participants for participants, *_ in meetings(text))


def test_the_subject_of_a_coordinated_clause_did_not_meet_with_the_subject_before(world):
    # "X met Y, and the spokesman, Mr Z, sat down with W": Z's clause has a subject of its own;
    # the one he met is W (not read here), never X from the clause before
    text = (
        "Blinken met Sisi in Cairo on Tuesday, and the Kremlin spokesman, Mr Dmitry Peskov, "
        "sat down with the planning committee on Wednesday."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_near_miss_a_subject_list_around_an_appositive_or_a_relative_clause_met_together(world):
    # near miss: "X, who ..., and Y met", "X, the ..., and Y held talks": one subject list
    assert meetings(
        "Blinken, who arrived on Monday, and Sisi sat down together in Cairo on Tuesday."
    ) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]
    assert meetings("Blinken, the chief negotiator, and Sisi held talks in Cairo on Tuesday.") == [
        (BLINKEN_SISI, "2024-06-04", "Cairo")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The accord followed six meetings between Blinken and Sisi in Cairo, the first of them "
        "on Tuesday.",
        "The accord followed weeks of sessions between Blinken and Sisi in Cairo that began on "
        "Tuesday.",
    ],
)
def test_a_run_of_meetings_between_two_people_is_dated_by_its_first(world, text):
    # "eight meetings between the two men, the first of them on ...", "weeks of sessions
    # between A and B that began on ...": the plural noun, which the met trigger does not take
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_near_miss_meetings_between_common_nouns_name_no_one_met(world):
    # near miss: "meetings between officials of both sides" names no one; Blinken only urged them
    assert meetings("Blinken urged regular meetings between officials of both sides.") == []


def test_a_meeting_in_the_city_of_a_place_between_two_people(world):
    # "at a meeting in the town of X between A and B": the kind of place before its name
    text = (
        "The text was settled at a meeting in the city of Cairo on Tuesday between Blinken and "
        "Sisi."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_near_miss_a_meeting_in_the_city_of_a_place_about_a_border_between_two_states(world):
    # near miss: the border is between Egypt and Israel, who are not said to have met
    text = (
        "Blinken attended a meeting in the city of Cairo about the border between Egypt and Israel."
    )
    assert not any("Israel" in participants for participants, *_ in meetings(text))


def test_walking_out_of_talks_with_a_guest_where_and_when_told_is_a_meeting(world):
    # "walked out of talks with X in Namur last Friday": the sitting was held, then left
    text = "Blinken walked out of talks with Sisi in Cairo on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_near_miss_walking_out_of_talks_with_a_guest_over_a_matter_leaves_the_process(world):
    # near miss: "walked out of talks with X over ...": no place nor day of a sitting follows
    # the guest, the process is what was left
    assert meetings("Blinken walked out of talks with Sisi over the border.") == []


def test_a_demonym_in_the_post_of_a_person_in_apposition_is_no_participant(world):
    # "X, the chief American negotiator, and Y met": the adjective qualifies X's post; the
    # state did not meet apart from him (a singular "negotiator" is one man, not a team)
    text = "Blinken, the chief American negotiator, and Sisi held talks in Cairo on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]
    text = "Sisi met Blinken, the chief American negotiator, in Cairo on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04", "Cairo")]


def test_near_miss_a_demonym_before_negotiators_in_the_list_is_a_participant(world):
    # near miss: "the American negotiators" listed as guests are the state's people, not a post
    # of the guest before them
    text = "Sisi met Blinken and the American negotiators in Cairo on Tuesday."
    assert meetings(text) == [
        (["Abdel Fattah al-Sisi", "Antony Blinken", "United States"], "2024-06-04", "Cairo")
    ]


def test_the_guest_named_after_his_post_is_written_by_his_name(world):
    # "sat down with Hamas's political chief, Mr X": the post, then its holder in apposition;
    # the participant is the man named, not the words of the post
    text = "Blinken sat down with Hamas's political chief, Mr Tarek Naddaf, on Tuesday."
    drafted = draft_candidates(text, DAY)["meetings"]
    assert [sorted(p["name"] for p in m["participants"]) for m in drafted] == [
        ["Blinken", "Tarek Naddaf"]
    ]


def test_near_miss_a_post_with_no_holder_named_after_it_stands_for_its_body(world):
    # near miss: no name after the post, so the body whose post it is met
    text = "Blinken met Hamas's political chief in Cairo on Tuesday."
    assert meetings(text) == [(["Antony Blinken", "Hamas"], "2024-06-04", "Cairo")]


def test_the_place_of_a_meeting_is_not_carried_to_the_next_clause_s_meeting(world):
    # "X met Y in Cairo, and Z met W": Cairo is where X met Y; Z's clause names no place
    text = "Blinken met Sisi in Cairo on Tuesday, and Kamel met Mike Pompeo on Wednesday."
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", "Cairo"),
        (["Abbas Kamel", "Mike Pompeo"], "2024-06-05", ""),
    ]


def test_near_miss_the_next_clause_s_own_place_is_its_meeting_s(world):
    # near miss: the second clause names a place of its own, which is kept
    LocationFactory(name="Doha", country="QA")
    text = "Blinken met Sisi in Cairo on Tuesday, and Kamel met Mike Pompeo in Doha on Wednesday."
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04", "Cairo"),
        (["Abbas Kamel", "Mike Pompeo"], "2024-06-05", "Doha"),
    ]


# --- r67meetmiss: "called on X" with the visitor's own errand ("to press it", "to press the
# federation's case"), the seat of a head of state ("at the presidential house")


@pytest.mark.parametrize(
    "text",
    [
        # "called on M. Venizelos at the Greek Legation the same evening to press it"
        "Blinken called on Sisi at the Ittihadiya Palace on Tuesday to press it.",
        # "called on X, the Imperial Chancellor, on Friday to press his case"
        "Blinken called on Sisi, the Egyptian president, on Tuesday to press his case.",
        # "when he called on Picado at the presidential house"
        "On Tuesday Blinken called on Sisi at the presidential house.",
    ],
)
def test_a_call_on_a_person_on_the_visitor_s_own_errand_is_a_visit(world, text):
    assert [(people, d) for people, d, _ in meetings(text)] == [
        (["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # near miss: pressing on is what an appeal asks of the one called on
        "Blinken called on Sisi on Tuesday to press ahead with the crossing.",
        "Blinken called on Sisi at the Ittihadiya Palace on Tuesday to press for a truce.",
        "On Tuesday Blinken called on the Chief of Intelligence, Abbas Kamel, to resign.",
        # not a seat: "the presidential" before a noun that is no house or palace
        "On Tuesday Blinken called on Sisi at the presidential debate to open the crossing.",
    ],
)
def test_near_miss_a_call_on_a_person_to_press_on_is_an_appeal(world, text):
    assert meetings(text) == []


def test_a_call_on_a_titled_person_to_press_a_case_is_a_visit(world):
    # "called on the Minister of Overseas France, Paul Coste-Floret, to press the federation's
    # case for an inspector": the errand ends what an appeal could ask ("for an inspector")
    text = (
        "On Tuesday Blinken called on the Chief of Intelligence, Abbas Kamel, to press the "
        "department's case for a crossing."
    )
    assert [(people, d) for people, d, _ in meetings(text)] == [
        (["Abbas Kamel", "Antony Blinken"], "2024-06-04")
    ]


# --- r68brokedown: walking out of a meeting with "the government", named by its common noun,
# and others is leaving a sitting that was held ("walked out of a preparatory meeting with the
# government, the ANC and other groups at the same venue late last month")

ISRAEL_S_GOVERNMENT = "Israel's government said on Monday it was ready. "


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "Kamel walked out of a meeting with the government and Hamas in Cairo on Tuesday.",
            "2024-06-04",
        ),
        (
            "Kamel walked out of a preparatory meeting with the government, Hamas and other "
            "groups in Cairo late last month.",
            "2024-05-01",
        ),
    ],
)
def test_walking_out_of_a_meeting_with_the_government_is_a_meeting_held(world, text, day):
    assert meetings(ISRAEL_S_GOVERNMENT + text) == [
        (["Abbas Kamel", "Hamas", "Israel"], day, "Cairo")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # near miss: the talks with the government left, the process, not one sitting
        "Kamel walked out of the talks with the government and Hamas in Cairo on Tuesday.",
        # near miss: "with government approval" tells how the meeting was held, no guest
        "Kamel walked out of a meeting with government approval on Tuesday.",
        "Kamel walked out of a meeting with the government's blessing on Tuesday.",
    ],
)
def test_near_miss_walking_out_of_the_talks_or_with_the_government_s_leave_is_no_meeting(
    world, text
):
    assert meetings(ISRAEL_S_GOVERNMENT + text) == []


# --- r69walkout: a body that walked out of a meeting with a guest named sat in it, as a person
# who walked out did ("Hamas walked out of a meeting with Israel in Cairo on Tuesday")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas walked out of a meeting with Israel in Cairo on Tuesday.",
        "Hamas walked out of talks with Israel in Cairo on Tuesday.",
    ],
)
def test_a_body_that_walked_out_of_a_meeting_sat_in_it(world, text):
    assert meetings(text) == [(["Hamas", "Israel"], "2024-06-04", "Cairo")]


@pytest.mark.parametrize(
    "text",
    [
        # near miss: the talks walked out of are the process, not one sitting
        "Hamas walked out of the talks with Israel in Cairo on Tuesday.",
        "Hamas walked out of a session of talks with Israel in Cairo on Tuesday.",
    ],
)
def test_near_miss_a_body_that_walked_out_of_the_talks_met_no_one(world, text):
    assert meetings(text) == []


# --- r69walkout: "talks between the union and the Rail Delivery Group on Thursday broke up":
# "the union" is the one trade union the article named, the other side named after "and"

FEDERATION_REJECTED = "The Ruritanian Metalworkers' Federation rejected the offer. "


def test_the_union_as_a_side_of_talks_between_it_and_a_body_named(world, employers_and_union):
    text = (
        FEDERATION_REJECTED + "Talks between the union and the Confederation of Ruritanian "
        "Industry on Thursday broke up without agreement."
    )
    assert meetings(text) == [
        (
            ["Confederation of Ruritanian Industry", "Ruritanian Metalworkers' Federation"],
            "2024-06-06",
            "",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        # near miss: the other side is a common noun too, named by neither
        FEDERATION_REJECTED + "Talks between the union and the employers on Thursday broke up "
        "without agreement.",
        # near miss: no union named before, so "the union" stands for none
        "Talks between the union and the Confederation of Ruritanian Industry on Thursday "
        "broke up without agreement.",
    ],
)
def test_near_miss_the_union_beside_a_common_noun_or_unnamed_is_no_side(
    world, employers_and_union, text
):
    assert meetings(text) == []
