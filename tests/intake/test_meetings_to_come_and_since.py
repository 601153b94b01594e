"""Meetings not yet held after "after meeting", and the place of an earlier meeting named in a
"since" phrase (tune17d). Every sentence is written for the test."""

import datetime

import pytest

from negotiations.intake.extract import draft_candidates
from tests.factories import LocationFactory

DAY = datetime.date(2024, 6, 10)  # a Monday
BLINKEN_SISI = ["Abdel Fattah al-Sisi", "Antony Blinken"]


def meetings(text):
    return [
        (
            sorted(p["actor"]["name"] if p["actor"] else p["name"] for p in m["participants"]),
            m["date"],
            m["location_name"],
        )
        for m in draft_candidates(text, DAY)["meetings"]
    ]


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
