"""Meetings read from constructions found while tuning on the seventeenth held-out set
(negotiations/intake/meetings.py). Every sentence is written for the test."""

import datetime

from negotiations.intake.extract import draft_candidates
from tests.factories import PersonFactory

DAY = datetime.date(2024, 6, 10)  # a Monday


def meetings(text):
    return [
        (
            sorted(p["actor"]["name"] if p["actor"] else p["name"] for p in m["participants"]),
            m["date"],
        )
        for m in draft_candidates(text, DAY)["meetings"]
    ]


BLINKEN_SISI = ["Abdel Fattah al-Sisi", "Antony Blinken"]


def test_a_when_clause_after_a_date_is_dated_by_it(world):
    text = (
        "The accord capped a process that started last Wednesday, when Blinken travelled to "
        "Cairo and held talks with Sisi before the two men agreed on a timetable."
    )
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-05")]


def test_a_date_not_right_before_when_does_not_date_the_meeting(world):
    # near miss: the date before the comma is followed by another clause, not by "when"
    text = (
        "The accord capped a process that started last Wednesday, and Blinken later held "
        "talks with Sisi in Cairo."
    )
    assert meetings(text) != [(BLINKEN_SISI, "2024-06-05")]


def actor_names(text):
    return sorted(a["name"] for a in draft_candidates(text, DAY)["actors"])


def test_an_honour_before_a_name_is_no_actor_of_its_own(world):
    PersonFactory(name="Nigel Pratt", short_name="Pratt")
    text = "The breakthrough came during the visits of Foreign Secretary Sir Nigel Pratt."
    assert "Sir" not in actor_names(text)
    assert meetings(text) == []  # one person visiting a city meets no one
    # near miss: the person the honour precedes is still an actor, and still meets
    text = "Sir Nigel Pratt, the British envoy, met Sisi in Cairo on Tuesday."
    assert [name for name in actor_names(text) if "Pratt" in name]
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Nigel Pratt"], "2024-06-04")]


def test_an_age_after_the_subject_does_not_end_it(world):
    text = "Sisi, 69, had first discussed the crossing with Blinken in Cairo on Tuesday."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04")]
    # near miss: with no one after "with", the subject alone met no one
    text = "Sisi, 69, had first discussed the crossing with reporters in Cairo on Tuesday."
    assert meetings(text) == []


def test_a_trip_to_work_something_out_with_someone_is_a_meeting(world):
    text = "On Tuesday Blinken flew to Cairo to go over the final text with Sisi."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04")]
    text = "Blinken returned on Tuesday to settle the outstanding issues with Sisi."
    assert meetings(text) == [(BLINKEN_SISI, "2024-06-04")]


def test_working_something_out_with_someone_without_a_trip_is_not_read_so(world):
    # near miss: no journey, and what is to be settled is still to come
    assert meetings("Blinken hopes to settle the outstanding issues with Sisi.") == []
    assert meetings("Blinken flew to Cairo on Tuesday to settle his accounts with reporters.") == []


def test_the_holder_named_after_the_head_of_a_body_is_the_guest(world):
    text = (
        "Sisi received the head of the Hamas political bureau in Doha, Ismail Haniyeh, and "
        "Blinken on Tuesday afternoon, Egyptian officials said."
    )
    assert meetings(text) == [
        (["Abdel Fattah al-Sisi", "Antony Blinken", "Ismail Haniyeh"], "2024-06-04")
    ]
    # near miss: no name after the comma, so the body named stands for its head
    text = "Sisi received the head of the Hamas political bureau in Doha, a close ally, on Tuesday."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Hamas"], "2024-06-04")]


def test_the_host_of_talks_that_opened_and_those_at_the_table_met(world):
    text = (
        "The talks opened in Cairo on Tuesday, hosted by Sisi, with Blinken and Kamel among "
        "the delegates at the table."
    )
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04")
    ]
    # near miss: a clause with a verb of its own after the comma is no list of those present
    text = "The talks opened in Cairo on Tuesday, after Sisi had warned Blinken of delays."
    assert meetings(text) == []


def test_one_person_telephoning_several_people_makes_a_call_with_each(world):
    text = "Sisi telephoned Blinken and Israeli Prime Minister Benjamin Netanyahu on Tuesday."
    assert meetings(text) == [
        (BLINKEN_SISI, "2024-06-04"),
        (["Abdel Fattah al-Sisi", "Benjamin Netanyahu"], "2024-06-04"),
    ]
    # near miss: a call between bodies ("Egypt telephoned ...") is not split
    text = "Sisi and Blinken spoke by phone with Netanyahu on Tuesday."
    assert len(meetings(text)) == 1


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
    assert meetings(text) == [
        (
            ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Benjamin Netanyahu"],
            "2024-06-04",
        )
    ]
    # near miss: a summit hosted by someone, told apart from what the subject did
    text = "Blinken and Netanyahu shook hands on Tuesday, a day before a summit hosted by Sisi."
    assert meetings(text) == [(["Antony Blinken", "Benjamin Netanyahu"], "2024-06-04")]


def test_whoever_has_a_prime_minister_is_a_body_of_his_post(world):
    text = "On Tuesday Blinken met St Lucia's Prime Minister Allen Chastanet in Cairo."
    assert meetings(text) == [(["Allen Chastanet", "Antony Blinken"], "2024-06-04")]
    # near miss: a person's possessive before a common noun is no guest either way
    text = "On Tuesday Blinken met Sisi's envoy and Kamel in Cairo."
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-04")]


def test_a_matter_raised_with_a_person_is_a_meeting_with_him(world):
    PersonFactory(name="Pope Benedict")
    text = (
        "Pope Benedict has long urged a truce. Blinken raised the crossing with the pontiff "
        "when he visited Rome in March."
    )
    assert meetings(text) == [(["Antony Blinken", "Pope Benedict"], "2024-03-01")]
    # near miss: raised with a state, or with no one named, is no meeting
    assert meetings("Blinken raised the crossing with Egypt in March.") == []
    assert meetings("Blinken raised the crossing with reporters in March.") == []


def test_a_when_clause_hanging_on_the_trigger_dates_it(world):
    text = (
        "Blinken had discussed the crossing with Sisi when the two men met in Cairo in March, "
        "and again when Sisi received Kamel last month."
    )
    assert (BLINKEN_SISI, "2024-05-01") not in meetings(text)
    assert (BLINKEN_SISI, "2024-03-01") in meetings(text)


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
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-03-01")
    ]
    # near miss: one person named in the "where" clause met no one there
    text = "The deal was prepared at the Arab League summit in Algiers in March, where Sisi spoke."
    assert meetings(text) == []
