"""Date expressions resolved against the publication date (negotiations/intake/dates.py)."""

import datetime

import pytest

from negotiations.intake.dates import find_dates

MONDAY = datetime.date(2024, 6, 10)


def resolved(sentence, published_on=MONDAY):
    return [(d.text, d.iso, d.precision) for d in find_dates(sentence, published_on)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Blinken landed in Israel on Monday.", [("Monday", "2024-06-10", "day")]),
        ("They met on Friday.", [("Friday", "2024-06-07", "day")]),
        ("He spoke last Monday.", [("last Monday", "2024-06-03", "day")]),
        ("A plan announced on May 31 by Biden.", [("May 31", "2024-05-31", "day")]),
        ("Talks resumed on 3 June.", [("3 June", "2024-06-03", "day")]),
        ("It was signed on Jan. 15, 2023.", [("Jan. 15, 2023", "2023-01-15", "day")]),
        ("It was signed on 15 January 2023.", [("15 January 2023", "2023-01-15", "day")]),
        ("The ISO date 2023-11-24 appears.", [("2023-11-24", "2023-11-24", "day")]),
        ("Talks broke down last July.", [("last July", "2023-07-01", "month")]),
        ("War broke out in early October.", [("early October", "2023-10-01", "month")]),
        ("They met in March.", [("March", "2024-03-01", "month")]),
        ("The truce began in mid-November 2023.", [("mid-November 2023", "2023-11-01", "month")]),
        ("Egypt signed a peace treaty in 1979.", [("1979", "1979-01-01", "year")]),
        ("No talks have been held since 2014.", [("2014", "2014-01-01", "year")]),
        ("The offer came yesterday.", [("yesterday", "2024-06-09", "day")]),
        ("Aid fell last month.", [("last month", "2024-05-01", "month")]),
    ],
)
def test_it_resolves_a_date_expression_against_the_publication_date(sentence, expected):
    assert resolved(sentence) == expected


def test_a_date_without_a_year_in_a_sentence_about_the_future_is_the_next_one():
    assert resolved("The deadline is June 15.") == [("June 15", "2024-06-15", "day")]
    assert resolved("They will meet on Thursday.") == [("Thursday", "2024-06-13", "day")]


def test_a_weekday_named_on_the_publication_day_is_that_day():
    assert resolved("It happened on Monday.", published_on=MONDAY) == [
        ("Monday", "2024-06-10", "day")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials may meet again.",
        "Fighting halts for an initial six weeks.",
        "Some 2000 hostages were held.",
        "It has been closed for a month.",
        "The march on the capital went ahead.",
    ],
)
def test_words_that_are_not_dates_are_not_taken_for_dates(sentence):
    assert resolved(sentence) == []


def test_an_impossible_day_is_not_a_date():
    assert resolved("On February 30 they met.") == []


def test_relative_expressions_resolve_from_the_date_before_them():
    assert resolved("Talks opened on May 2. The following day they broke down.") == [
        ("May 2", "2024-05-02", "day"),
        ("The following day", "2024-05-03", "day"),
    ]
    assert resolved("A truce began in 2022. A year later it collapsed.") == [
        ("2022", "2022-01-01", "year"),
        ("A year later", "2023-01-01", "year"),
    ]


def test_a_date_on_which_something_takes_effect_is_ahead():
    assert resolved("The deal takes full effect on Aug. 3.") == [("Aug. 3", "2024-08-03", "day")]
