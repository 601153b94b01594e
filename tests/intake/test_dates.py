"""Date expressions resolved against the publication date (negotiations/intake/dates.py)."""

import datetime

import pytest

from negotiations.intake.dates import find_dates
from negotiations.intake.extract import draft_candidates

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
        # a week or a few days of a month date what happened in them to the month
        (
            "They met in the first week of May.",
            [("the first week of May", "2024-05-01", "month")],
        ),
        (
            "An offer made in the last week of February.",
            [("the last week of February", "2024-02-01", "month")],
        ),
        (
            "It sailed in the first days of July 2023.",
            [("the first days of July 2023", "2023-07-01", "month")],
        ),
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


def test_a_weekday_before_a_weekly_custom_is_no_day():
    assert resolved("The strikers asked for the broadcast of Sunday mass on the radio.") == []
    assert resolved("Crowds gathered after Friday prayers in the capital.") == []
    # Near miss: a weekday with its preposition, or before a part of the day, is a day
    assert resolved("They met on Sunday morning.") == [("Sunday", "2024-06-09", "day")]
    assert resolved("On Friday prayers were held for the dead.") == [
        ("Friday", "2024-06-07", "day")
    ]


def test_a_relative_day_counts_from_a_relative_day_written_just_before_it():
    text = (
        "The envoys first met on 3 May. Two days later the army rejected the plan, "
        "and the rebels walked out the same evening."
    )
    assert resolved(text) == [
        ("3 May", "2024-05-03", "day"),
        ("Two days later", "2024-05-05", "day"),
        ("the same evening", "2024-05-05", "day"),
    ]
    # Near miss: with no relative day between, the date written last
    assert resolved("The envoys first met on 3 May. The rebels walked out the same evening.")[
        -1
    ] == ("the same evening", "2024-05-03", "day")


def test_a_date_on_which_something_takes_effect_is_ahead():
    assert resolved("The deal takes full effect on Aug. 3.") == [("Aug. 3", "2024-08-03", "day")]


# -- the fourth round: the year in words, the calendar year, the clause that points ahead ----


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy resigned on Sept. 7 last year.", [("Sept. 7 last year", "2023-09-07", "day")]),
        ("They first met on 4 March this year.", [("4 March this year", "2024-03-04", "day")]),
        ("A truce held in late July last year.", [("late July last year", "2023-07-01", "month")]),
        ("Elections are due in April next year.", [("April next year", "2025-04-01", "month")]),
        ("Output fell last year.", [("last year", "2023-01-01", "year")]),
    ],
)
def test_a_year_said_in_words_belongs_to_the_date_before_it(sentence, expected):
    assert resolved(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "published_on", "expected"),
    [
        # A day of the publication's year, as wire copy writes it, even a little ahead.
        ("The vote is on Aug. 20.", MONDAY, "2024-08-20"),
        ("The ceasefire begins on 1 July.", MONDAY, "2024-07-01"),
        # Far ahead with nothing pointing ahead: last year's.
        ("Fighting flared on Dec. 28.", datetime.date(2024, 1, 5), "2023-12-28"),
        ("Talks collapsed on Nov. 30.", MONDAY, "2023-11-30"),
        # Already past this year, but the sentence points ahead: next year's.
        ("The mandate will expire on Jan. 10.", datetime.date(2024, 12, 20), "2025-01-10"),
    ],
)
def test_a_day_without_a_year_is_of_the_publication_year_unless_far_ahead(
    sentence, published_on, expected
):
    assert [d.iso for d in find_dates(sentence, published_on)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He said he would call another meeting in September.", "2024-09-01"),
        ("The two leaders plan to sign the text in August.", "2024-08-01"),
        ("Campaigning ahead of the October vote has begun.", "2024-10-01"),
        ("Donors hope to reopen the port in July.", "2024-07-01"),
    ],
)
def test_a_month_in_a_clause_that_points_ahead_is_the_next_one(sentence, expected):
    assert [d.iso for d in find_dates(sentence, MONDAY)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The date says when they spoke, not when the future they spoke of comes.
        ("The rebels said Monday they would return to the table.", "2024-06-10"),
        ("Hamas said on Friday it would study the plan.", "2024-06-07"),
        ("Kyiv answered Saturday that it would not attend.", "2024-06-08"),
        # "the next round" is not "next Monday".
        ("Mediators met on Saturday to prepare the next round.", "2024-06-08"),
        # "agreed to end" governs the war, not the day the deal was sealed.
        ("They agreed to end the war in a deal sealed on Christmas Eve.", "2023-12-24"),
    ],
)
def test_a_date_of_a_past_verb_stays_past_whatever_the_sentence_promises(sentence, expected):
    assert [d.iso for d in find_dates(sentence, MONDAY)] == [expected]


def test_infinitives_of_scheduling_point_ahead_for_the_date_they_govern():
    text = "The accord sets a truce to begin Jan. 3 and a treaty to be signed in Rome on Feb. 9."
    assert [d.iso for d in find_dates(text, datetime.date(2023, 12, 30))] == [
        "2024-01-03",
        "2024-02-09",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Turnout in the September vote was low.", [("September", "2023-09-01", "month")]),
        ("Kenya's March proposal went nowhere.", [("March", "2024-03-01", "month")]),
        (
            "Rounds were held in February and March.",
            [("February", "2024-02-01", "month"), ("March", "2024-03-01", "month")],
        ),
        ("The May vote was postponed.", [("May", "2024-05-01", "month")]),
    ],
)
def test_a_month_named_alone_is_a_date(sentence, expected):
    assert resolved(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks may resume.",
        "Reporter April Ryan asked the question.",
        "The station Radio August went off the air.",
        "Prime Minister Theresa May's office declined to comment.",
    ],
)
def test_a_month_inside_a_name_or_may_the_verb_is_not_a_date(sentence):
    assert resolved(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Julia April won the vote. April's coalition held together.",
        "Mrs. May met the envoy. Later May's cabinet endorsed the plan.",
        "Senator Lucas August spoke first, and August told reporters he was hopeful.",
        "Gov. Ruth June won. Rebels in June's own party voted against her.",
    ],
)
def test_a_month_that_is_a_persons_surname_is_that_person_wherever_it_stands_alone(text):
    assert resolved(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Premier Joan May arrived. Talks began in May and resume on May 20.",
            [("May", "2024-05-01", "month"), ("May 20", "2024-05-20", "day")],
        ),
        ("Minister Anne May spoke. The May vote was lost.", [("May", "2024-05-01", "month")]),
        ("Turnout in May's vote was low.", [("May", "2024-05-01", "month")]),
        ("In May the rebels walked out. May's talks failed.", [("May", "2024-05-01", "month")] * 2),
        (
            "Envoys met last May. May's round was the longest.",
            [("last May", "2024-05-01", "month"), ("May", "2024-05-01", "month")],
        ),
    ],
)
def test_a_month_written_as_a_date_stays_a_date_beside_a_surname_or_alone(text, expected):
    assert resolved(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The offer came three days ago.", ("three days ago", "2024-06-07", "day")),
        ("It was tabled two weeks ago.", ("two weeks ago", "2024-05-27", "day")),
        ("Talks stalled six months ago.", ("six months ago", "2023-12-01", "month")),
        ("The truce ended a year ago.", ("a year ago", "2023-01-01", "year")),
    ],
)
def test_a_time_ago_counts_back_from_the_publication_date(sentence, expected):
    assert resolved(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Talks stalled a week ago today, when he left.", ("a week ago today", "2024-06-03")),
        ("The offer came two days ago yesterday.", ("two days ago yesterday", "2024-06-07")),
        ("The truce ended a month ago today.", ("a month ago today", "2024-05-10")),
        ("The truce ended a year ago yesterday.", ("a year ago yesterday", "2023-06-09")),
    ],
)
def test_a_time_ago_today_or_yesterday_is_that_day_counted_back(sentence, expected):
    # one date, to the day: not "a week ago" and then "today" as a second, later date
    assert resolved(sentence) == [(*expected, "day")]


@pytest.mark.parametrize(
    ("sentence", "published_on", "expected"),
    [
        ("Shelling resumed on Christmas Eve.", datetime.date(2024, 1, 3), "2023-12-24"),
        ("The deal took effect on New Year's Day.", datetime.date(2024, 1, 3), "2024-01-01"),
        ("It was signed on New Year’s Eve.", datetime.date(2024, 1, 1), "2023-12-31"),
        ("Both sides said they would sign by Christmas.", MONDAY, "2024-12-25"),
    ],
)
def test_a_holiday_of_fixed_date_is_a_day(sentence, published_on, expected):
    assert [(d.iso, d.precision) for d in find_dates(sentence, published_on)] == [(expected, "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He flew home on May 2 and was back the same evening.",
            ("the same evening", "2024-05-02"),
        ),
        (
            "Talks opened on May 2. Later that night they broke up.",
            ("Later that night", "2024-05-02"),
        ),
        (
            "The war began in 2014. The year before, talks failed.",
            ("The year before", "2013-01-01"),
        ),
        ("A truce began in May 2018. A year later it collapsed.", ("A year later", "2019-01-01")),
        (
            "Talks began in March 2020. Two months later they ended.",
            ("Two months later", "2020-05-01"),
        ),
        (
            "Talks began in March 2020. The following month, they ended.",
            ("The following month", "2020-04-01"),
        ),
    ],
)
def test_relative_expressions_read_at_the_precision_they_are_written_in(text, expected):
    assert resolved(text)[-1][:2] == expected


def test_a_relative_word_in_capitals_starts_the_expression():
    assert resolved("On Thursday, shells hit the market.") == [("Thursday", "2024-06-06", "day")]
    assert resolved("Last September, the army advanced.") == [
        ("Last September", "2023-09-01", "month")
    ]


def test_a_weekday_with_its_date_picks_the_year_of_that_weekday():
    # 3 March fell on a Friday in 2023, not in 2024.
    assert resolved("They met on Friday, March 3.") == [("Friday, March 3", "2023-03-03", "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sentence names the event: the day given for it, not the date written last.
        (
            "The envoys met in Oslo on Tuesday. Rebels said on Thursday they would wait. "
            "The meeting came on the same day as a strike on the port.",
            "2024-06-04",
        ),
        # The sentence before names it.
        (
            "The accord, signed Saturday in Doha, ends the war. A truce that began May 2 is "
            "over. Blinken witnessed the signing. On the same day, Sisi flew home.",
            "2024-06-08",
        ),
        (
            "Voters went to a referendum on Sunday. Fighting that began 2 June went on. "
            "Results of the vote came that same evening.",
            "2024-06-09",
        ),
        # The last telling of the event, with no day named since: its sentence's one day,
        # even past an abbreviation's full stop and a month named since.
        (
            "Kamel met Blinken on Tuesday. The dispute was settled on May 28 in Cairo, where "
            "Sisi and Peskov met at the U.S. embassy as the summit closed. Aides had narrowed "
            "the gaps in talks earlier this month. The same day, Sisi met the envoys.",
            "2024-05-28",
        ),
        # near miss: a day named since that telling is the day meant
        (
            "The dispute was settled on May 28 in Cairo, where Sisi and Peskov met. Blinken "
            "left Cairo on June 2. The same day, Sisi met the envoys.",
            "2024-06-02",
        ),
        # No event word: the date written last.
        ("Talks opened on May 2. Sisi left the same day.", "2024-05-02"),
        # A day its own sentence wrote before it, over the day of an event told before.
        (
            "The envoys initialled the text in Doha last Friday. Envoys held talks with the "
            "Egyptian foreign minister in Oslo on Sunday, and Sisi telephoned Blinken the same "
            "day.",
            "2024-06-09",
        ),
    ],
)
def test_the_same_day_is_the_day_of_the_event_its_sentence_names(text, expected):
    same = [d for d in find_dates(text, MONDAY) if "same" in d.text]
    assert [d.iso for d in same] == [expected]


@pytest.mark.parametrize(
    ("sentence", "published_on", "expected"),
    [
        ("Fighting eased last summer.", MONDAY, ("last summer", "2023-01-01", "year")),
        (
            "Fighting eased last summer.",
            datetime.date(2024, 11, 5),
            ("last summer", "2024-01-01", "year"),
        ),
        (
            "Talks stalled last winter.",
            datetime.date(2024, 1, 20),
            ("last winter", "2022-01-01", "year"),
        ),
        (
            "A vote is due next spring.",
            datetime.date(2024, 11, 5),
            ("next spring", "2025-01-01", "year"),
        ),
        ("The envoy plans a visit this autumn.", MONDAY, ("this autumn", "2024-01-01", "year")),
    ],
)
def test_a_season_is_a_year(sentence, published_on, expected):
    assert resolved(sentence, published_on) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met in mid-2023 and again the following May.", ("the following May", "2024-05-01")),
        (
            "Talks opened in October 2021. The previous March, a truce failed.",
            ("The previous March", "2021-03-01"),
        ),
        (
            "A truce began in March 2021 and collapsed the following September.",
            ("the following September", "2021-09-01"),
        ),
    ],
)
def test_a_month_before_or_after_a_date_counts_from_it(text, expected):
    assert resolved(text)[-1][:2] == expected


def test_days_counted_from_a_year_or_month_give_no_day():
    assert [
        d.text
        for d in find_dates(
            "Talks collapsed late last year. Three days earlier, shells fell.", MONDAY
        )
    ] == ["last year"]
    assert resolved("Talks opened on May 2. Three days later they broke up.")[-1] == (
        "Three days later",
        "2024-05-05",
        "day",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The parties had agreed to meet again in April.", "2025-04-01"),
        ("Mediators asked both sides to reconvene in March.", "2025-03-01"),
        # A past round of talks in April is last April's.
        ("The parties met in April.", "2024-04-01"),
    ],
)
def test_agreeing_to_meet_again_points_ahead(sentence, expected):
    assert [d.iso for d in find_dates(sentence, datetime.date(2025, 2, 20))] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Elections are set for December.", ("December", "2024-12-01")),
        ("Talks are slated for July.", ("July", "2024-07-01")),
        ("The summit opens Thursday.", ("Thursday", "2024-06-13")),
        ("Parliament votes on Wednesday.", ("Wednesday", "2024-06-12")),
        # The past of the same verbs stays past.
        ("The summit opened Thursday.", ("Thursday", "2024-06-06")),
        ("Parliament voted on Wednesday.", ("Wednesday", "2024-06-05")),
    ],
)
def test_a_date_set_for_or_of_a_scheduled_present_is_ahead(sentence, expected):
    assert [(d.text, d.iso) for d in find_dates(sentence, MONDAY)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A second round planned for March was postponed.", ("March", "2024-03-01")),
        ("The vote, set for Saturday, was called off.", ("Saturday", "2024-06-08")),
        # a plan still to come stays ahead
        ("A second round planned for March will be postponed.", ("March", "2025-03-01")),
    ],
)
def test_a_plan_the_narrative_tells_as_called_off_is_dated_in_the_past(sentence, expected):
    assert [(d.text, d.iso) for d in find_dates(sentence, MONDAY)] == [expected]


# -- tune5-actors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Talks opened in Oslo on March 3, 2019, and moved to Vienna in October of that year.",
            [
                ("March 3, 2019", "2019-03-03", "day"),
                ("October of that year", "2019-10-01", "month"),
            ],
        ),
        (
            "The mission arrived on May 2, 2010, and left in August of the same year.",
            [
                ("May 2, 2010", "2010-05-02", "day"),
                ("August of the same year", "2010-08-01", "month"),
            ],
        ),
        (
            "The truce of 1998 held until December of that year.",
            [("1998", "1998-01-01", "year"), ("December of that year", "1998-12-01", "month")],
        ),
        # No date before it: no year to read it from.
        ("It ended in October of that year.", []),
    ],
)
def test_a_month_of_that_year_takes_the_year_of_the_date_before(sentence, expected):
    assert resolved(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Published on a Monday: the weekday named is the coming one.
        ("The vote clears the way for the signing of the accord on Thursday.", "2024-06-13"),
        ("The rebel commander was to add his signature in the capital on Tuesday.", "2024-06-11"),
        ("The move paved the way for a summit in Rome on Friday.", "2024-06-14"),
        ("The envoys met in preparation for the ceremony on Saturday.", "2024-06-15"),
        # What was to have happened is past.
        ("The talks, which were to have resumed on Friday, were called off.", "2024-06-07"),
    ],
)
def test_a_weekday_the_clause_puts_ahead_is_the_coming_one(sentence, expected):
    assert [iso for _, iso, _ in resolved(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "“We will never give up,” she said, thanking the envoy who brokered Friday's meeting.",
            "2024-06-07",
        ),
        (
            "“Nobody will close this door,” he told reporters after the talks on Saturday.",
            "2024-06-08",
        ),
        # A date inside the quote keeps the quote's future.
        ("“We will meet again on Thursday,” she said.", "2024-06-13"),
        # The narrative's own future still counts.
        ("“It is done,” she said, and the text will be signed on Thursday.", "2024-06-13"),
    ],
)
def test_the_future_of_a_quoted_passage_is_not_the_narratives(sentence, expected):
    assert [iso for _, iso, _ in resolved(sentence)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoy phoned the rebel leader on Sunday. They dropped the demand by the "
            "following evening.",
            ("the following evening", "2024-06-10"),
        ),
        (
            "Talks opened on May 2 and the next morning they stalled.",
            ("the next morning", "2024-05-03"),
        ),
        (
            "The accord was signed on May 20. The night before, the last clause was agreed.",
            ("The night before", "2024-05-19"),
        ),
        (
            "Fighting stopped on May 2. The previous afternoon, shells hit the town.",
            ("The previous afternoon", "2024-05-01"),
        ),
        (
            "The envoy met the minister on May 30 and delivered a letter two days after that.",
            ("two days after that", "2024-06-01"),
        ),
        (
            "The truce began on May 2; a week afterwards it was broken.",
            ("a week afterwards", "2024-05-09"),
        ),
        (
            "The rebels freed hostages on May 20 and three days before that had released a list.",
            ("three days before that", "2024-05-17"),
        ),
    ],
)
def test_parts_of_a_day_and_counts_after_that_resolve_from_the_date_before_them(text, expected):
    assert resolved(text)[-1][:2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN chief, who leaves office on Friday, witnessed the signing on Sunday. He "
            "had arrived the day before.",
            ("the day before", "2024-06-08"),
        ),
        (
            "The mediator, who is due in Cairo on Thursday, met the parties on June 3. He had "
            "flown in the previous evening.",
            ("the previous evening", "2024-06-02"),
        ),
    ],
)
def test_a_relative_day_of_the_past_counts_from_a_date_that_is_not_ahead(text, expected):
    assert resolved(text)[-1][:2] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Crowds were expected to march, but the leader, who had not commented by late "
            "Thursday, stayed silent.",
            ("late Thursday", "2024-06-06"),
        ),
        (
            "Talks are set to resume, though the envoy, who had left on Friday, did not say when.",
            ("Friday", "2024-06-07"),
        ),
        (
            "The parties will meet again, the mediator said, after talks that were suspended on "
            "Saturday.",
            ("Saturday", "2024-06-08"),
        ),
    ],
)
def test_a_date_in_a_clause_told_in_the_past_is_past_whatever_the_sentence_promises(
    sentence, expected
):
    assert resolved(sentence)[-1][:2] == expected


def test_a_date_in_a_clause_that_points_ahead_stays_ahead_beside_a_past_verb():
    assert resolved("He said talks, which were due to resume on Thursday, had stalled.") == [
        ("Thursday", "2024-06-13", "day")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "They promised a better tomorrow.",
        "They spoke of a brighter tomorrow.",
        "It is a tomorrow of hope.",
    ],
)
def test_today_and_tomorrow_as_nouns_are_not_days(sentence):
    assert resolved(sentence) == []


@pytest.mark.django_db
def test_a_date_inside_a_quote_is_drafted_as_the_speakers_day():
    from negotiations.intake.extract import draft_candidates

    text = "“Today the war is over. The hard part starts tomorrow,” the envoy said."
    dates = [(d["text"], d["date"]) for d in draft_candidates(text, MONDAY)["dates"]]
    assert dates == [("Today", "2024-06-10"), ("tomorrow", "2024-06-11")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks opened on May 2. That evening, the rebels attacked.",
            ("That evening", "2024-05-02"),
        ),
        ("Talks opened on May 2 and rebels attacked that night.", ("that night", "2024-05-02")),
        ("Talks opened on May 2. The day after, rebels attacked.", ("The day after", "2024-05-03")),
        (
            "The truce began on May 2; that morning the guns fell silent.",
            ("that morning", "2024-05-02"),
        ),
    ],
)
def test_that_evening_and_the_day_after_resolve_from_the_date_before(text, expected):
    assert resolved(text)[-1][:2] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Talks opened on May 2. The day after the signing, rebels attacked.",
        "Talks opened on May 2. He said that evening talks were off.",
    ],
)
def test_the_day_after_an_event_or_that_as_a_conjunction_is_no_relative_day(text):
    assert resolved(text) == [("May 2", "2024-05-02", "day")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels signed a truce in Geneva on Thursday that will last until elections in 2026.",
        "The parties initialled the text at the palace on Thursday, paving the way for a vote "
        "due next year.",
        "Kyiv rejected the offer outright on Thursday, although talks will resume in July.",
        "The two sides held talks in Oslo on Thursday meant to end the war before the winter.",
    ],
)
def test_a_day_in_a_clause_told_in_the_past_is_past_whatever_the_sentence_foresees(sentence):
    assert [d.iso for d in find_dates(sentence, MONDAY)][0] == "2024-06-06"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The accord, to be signed in Rome on Thursday, will end the war.", "2024-06-13"),
        ("The treaty is expected to be ratified in Rome on Thursday.", "2024-06-13"),
        ("The rebels will sign a truce in Geneva on Thursday.", "2024-06-13"),
    ],
)
def test_a_day_in_a_clause_that_points_ahead_stays_ahead(sentence, expected):
    assert [d.iso for d in find_dates(sentence, MONDAY)][0] == expected


# -- tune10 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The envoy arrived on March 3, 2019, and the rebels walked out that month.",
            [("March 3, 2019", "2019-03-03", "day"), ("that month", "2019-03-01", "month")],
        ),
        (
            "A draft circulated in November 2015; the council endorsed it later that same month.",
            [
                ("November 2015", "2015-11-01", "month"),
                ("later that same month", "2015-11-01", "month"),
            ],
        ),
        # A year names no month; nor does a month with no date before it.
        ("The truce of 1998 broke down that month.", [("1998", "1998-01-01", "year")]),
        ("The rebels walked out that month.", []),
        # "that" as a pronoun before "month" is no date: "the month that followed".
        (
            "Talks opened on March 3, 2019, and the month that followed was calm.",
            [("March 3, 2019", "2019-03-03", "day")],
        ),
    ],
)
def test_that_month_is_the_month_of_the_date_before(sentence, expected):
    assert resolved(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "published_on", "expected"),
    [
        ("The envoy proposed a timetable last week.", MONDAY, ("last week", "2024-06-01", "month")),
        (
            "The envoy proposed a timetable last week.",
            datetime.date(2024, 7, 3),
            ("last week", "2024-06-01", "month"),
        ),
        ("The mediator arrived this week.", MONDAY, ("this week", "2024-06-01", "month")),
        (
            "The mediator will arrive next week.",
            datetime.date(2024, 6, 28),
            ("next week", "2024-07-01", "month"),
        ),
    ],
)
def test_a_week_is_read_as_its_month(sentence, published_on, expected):
    assert resolved(sentence, published_on) == [expected]


@pytest.mark.parametrize(
    ("sentence", "published_on", "expected"),
    [
        # the latest one begun, for a past verb
        ("The rebels regrouped in the summer.", datetime.date(2024, 9, 20), "2024-01-01"),
        ("The rebels regrouped in the winter.", MONDAY, "2023-01-01"),
        # the next one, when the sentence points ahead
        ("A new round will be held in the autumn.", MONDAY, "2024-01-01"),
        ("A new round will be held in the spring.", datetime.date(2024, 10, 1), "2025-01-01"),
    ],
)
def test_a_season_without_a_year_is_the_nearest_one(sentence, published_on, expected):
    assert [(d.iso, d.precision) for d in find_dates(sentence, published_on)] == [
        (expected, "year")
    ]


def test_a_season_of_a_year_written_out_is_that_year():
    assert resolved("The truce held through the summer of 2019.") == [
        ("2019", "2019-01-01", "year")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoys met on Oct. 2, 2019. They hoped to finish by the end of the year.",
            ("the end of the year", "2019-01-01", "year"),
        ),
        (
            "Talks opened in March 2020 and ran through the first half of the year.",
            ("the first half of the year", "2020-01-01", "year"),
        ),
        (
            "Fighting resumed in July 2017. At a summit that December, a truce was agreed.",
            ("that December", "2017-12-01", "month"),
        ),
    ],
)
def test_a_part_of_the_year_or_that_month_takes_the_year_of_the_date_before(text, expected):
    assert resolved(text)[-1] == expected


def test_a_part_of_the_year_without_a_date_before_is_not_read():
    assert resolved("Both sides hope to finish by the end of the year.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt tabled a plan on Friday. Hamas accepted it that night on condition that "
            "the army withdraw.",
            ("that night", "2024-06-07", "day"),
        ),
        (
            "The envoys met on Tuesday. Earlier that morning, rockets hit the city.",
            ("Earlier that morning", "2024-06-04", "day"),
        ),
    ],
)
def test_a_part_of_that_day_is_the_day_of_the_date_before(text, expected):
    assert resolved(text)[-1] == expected


# -- the twelfth round: ahead means on or after the publication ------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Published on a Monday: a Monday the clause puts ahead is that same day ...
        ("The minister is due to return to the capital on Monday.", "2024-06-10"),
        ("The ceasefire seemed to be holding along the front on Monday.", "2024-06-10"),
        ("The envoy will brief the council on Monday.", "2024-06-10"),
        # ... and only "next Monday" is a week on.
        ("The envoy will brief the council next Monday.", "2024-06-17"),
    ],
)
def test_a_weekday_ahead_that_names_the_publication_day_is_that_day(sentence, expected):
    assert [iso for _, iso, _ in resolved(sentence)] == [expected]


def test_a_weekday_read_as_ahead_is_marked_so():
    ahead, past = find_dates("She will sign it on Monday. He signed it on Friday.", MONDAY)
    assert (ahead.iso, ahead.ahead) == ("2024-06-10", True)
    assert (past.iso, past.ahead) == ("2024-06-07", False)


def test_a_relative_day_of_the_past_does_not_count_from_a_day_ahead_of_today():
    text = (
        "The envoy met the parties on Friday and is due to report to the council on Monday. "
        "She had landed the day before."
    )
    assert resolved(text)[-1][:2] == ("the day before", "2024-06-06")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy is expected in Rome on Friday for the signing.", "2024-06-14"),
        ("The two delegations are expected back at the venue on Wednesday.", "2024-06-12"),
        # an expectation told in the past dates what did not happen
        ("The envoy was expected in Rome on Friday but stayed home.", "2024-06-07"),
    ],
)
def test_a_present_expectation_of_an_arrival_points_ahead(sentence, expected):
    assert [iso for _, iso, _ in resolved(sentence)] == [expected]


def test_a_noun_s_infinitive_does_not_put_a_weekday_ahead():
    # "a plan to", "the bid to": the noun's purpose, not a schedule; the sentence's "would"
    # belongs to another clause
    text = (
        "Voters rejected a government plan to merge the two provinces in a referendum on "
        "Sunday, ending hopes that the region would be united within weeks."
    )
    (sunday,) = [d for d in find_dates(text, datetime.date(2024, 6, 12)) if "Sunday" in d.text]
    assert sunday.date == datetime.date(2024, 6, 9)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 2024-05-11 was a Saturday: "the same Saturday" is that day, not the last one
        (
            "The truce was agreed in Doha on May 11. Hamas accepted it that same Saturday.",
            "2024-05-11",
        ),
        (
            "The rebels met the envoy on Tuesday, May 14, and on the same Tuesday the army "
            "rejected the plan.",
            "2024-05-14",
        ),
        # a day ahead of the publication is no day a past act fell on
        (
            "Talks are to resume on June 15. The rebels left on the same Saturday.",
            "2024-06-08",
        ),
        # no earlier day falls on that weekday: the nearest one before publication
        ("Talks opened on May 2. The rebels left on the same Saturday.", "2024-06-08"),
    ],
)
def test_the_same_weekday_is_the_day_written_before_it(sentence, expected):
    days = [d for d in find_dates(sentence, MONDAY) if d.text in ("Saturday", "Tuesday")]
    assert [d.iso for d in days][-1] == expected


# -- tune17d ---------------------------------------------------------------------------------


def test_a_past_verb_and_the_place_it_was_done_before_the_date_date_that_verb():
    # a sentence that promises ("would") still dates what its contact clause says was signed
    text = (
        "His office said it would build on the accord the two men signed in Port Louis on March 3."
    )
    assert resolved(text) == [("March 3", "2024-03-03", "day")]
    # near miss: a plan told ahead ("will be signed") keeps the date ahead
    assert resolved("The accord will be signed in Port Louis on July 3.") == [
        ("July 3", "2024-07-03", "day")
    ]
    assert resolved("The accord is to be formally signed in Port Louis on July 3.") == [
        ("July 3", "2024-07-03", "day")
    ]


def test_the_same_day_after_a_month_is_the_day_written_last():
    text = (
        "The last obstacles were cleared on May 14 in Rome, where the two men met.\n\n"
        "Aides had narrowed the gaps earlier this month.\n\n"
        "The same day in Rome, Sisi met the leaders of the group."
    )
    assert ("The same day", "2024-05-14", "day") in resolved(text)


def test_the_same_day_is_no_older_event_of_a_kind_the_sentence_before_dates_by_month():
    text = (
        "Sisi held talks with Blinken on Tuesday.\n\n"
        "Troops withdrew on May 20.\n\n"
        "Aides had met earlier this month.\n\n"
        "The same day, Kamel flew to Doha for talks."
    )
    assert ("The same day", "2024-05-20", "day") in resolved(text)


def test_on_the_eve_of_beside_a_day_is_that_day():
    text = "The army declared a truce on May 19, on the eve of the talks."
    assert ("the eve of the talks", "2024-05-19", "day") in resolved(text)
    # near miss: the eve alone dates nothing the text tells
    assert [d for d in resolved("The truce began on the eve of the talks.")] == []


def test_a_journey_told_in_the_present_opens_a_weekday_ahead():
    # published on a Monday: "flies ... on Thursday" is the Thursday to come
    text = "Blinken flies to Amman, the capital of Jordan, on Thursday before returning home."
    assert resolved(text) == [("Thursday", "2024-06-13", "day")]
    # near miss: the journey told in the past
    text = "Blinken flew to Amman, the capital of Jordan, on Thursday before returning home."
    assert resolved(text) == [("Thursday", "2024-06-06", "day")]


def drafted_dates(text, day):
    """The date candidates the whole engine drafts from `text` (the lead's day included)."""
    return [(d["text"], d["date"]) for d in draft_candidates(text, day)["dates"]]


def test_this_season_in_a_past_sentence_after_it_is_this_years(db):
    december = datetime.date(2014, 12, 17)
    assert drafted_dates(
        "Officials said the pope pressed both presidents this summer.", december
    ) == [("this summer", "2014-01-01")]
    # near-miss: pointing ahead, the next one
    assert drafted_dates("He will visit Havana this summer.", december) == [
        ("this summer", "2015-01-01")
    ]
    # and in spring, the one to come
    assert drafted_dates("The pope pressed them this summer.", datetime.date(2014, 3, 3)) == [
        ("this summer", "2014-01-01")
    ]


def test_a_quoted_today_is_the_day_the_lead_gives_its_news(db):
    friday = datetime.date(2023, 12, 15)
    text = (
        "KINGSTOWN (AFP) - The two presidents pledged on Thursday not to use force.\n\n"
        "“Today the region chose peace,” the host said. Today the talks go on."
    )
    assert drafted_dates(text, friday) == [
        ("Thursday", "2023-12-14"),
        ("Today", "2023-12-14"),
        ("Today", "2023-12-15"),
    ]
    # near-miss: a lead of the publication day leaves the quoted "today" on that day
    same_day = text.replace("on Thursday", "on Friday")
    assert drafted_dates(same_day, friday) == [
        ("Friday", "2023-12-15"),
        ("Today", "2023-12-15"),
        ("Today", "2023-12-15"),
    ]


def test_earlier_or_later_in_the_day_is_the_day_before_it_and_not_the_day_before():
    text = "They met on Friday. He had seen them apart earlier in the day before hosting both."
    assert resolved(text) == [
        ("Friday", "2024-06-07", "day"),
        ("earlier in the day", "2024-06-07", "day"),
    ]
    assert resolved("Talks opened on June 3. Later in the evening, they signed.")[-1] == (
        "Later in the evening",
        "2024-06-03",
        "day",
    )
    # near-miss: "the day before" alone is the day before
    assert resolved("They met on Friday. He had spent the day before in Cairo.")[-1][:2] == (
        "the day before",
        "2024-06-06",
    )


def test_the_opening_day_is_the_day_the_article_says_something_opened():
    text = (
        "The summit opened on June 3 in Geneva. Aides met on June 5. Both spoke on the opening day."
    )
    assert resolved(text)[-1] == ("the opening day", "2024-06-03", "day")
    # near-miss: no day of opening told, no date
    text = "Aides met on June 5. Both spoke on the opening day."
    assert [found[0] for found in resolved(text)] == ["June 5"]


def test_a_quote_closing_its_sentence_ends_that_sentence_for_the_next_dates_clause():
    # the quoted "would" is not the future of the sentence after it: a past month
    text = 'He said they would "keep every promise." The deal was struck in a summit in December.'
    assert resolved(text)[-1] == ("December", "2023-12-01", "month")
    # near-miss: a future in the date's own sentence still points ahead
    text = 'He said they would "keep every promise." The deal would be signed in December.'
    assert resolved(text)[-1] == ("December", "2024-12-01", "month")


def test_a_relative_date_counts_from_the_main_clause_not_from_its_after_clause():
    text = (
        "The envoys first met on June 2 in Doha, after rebels seized the town on May 27. "
        "Ten days later they met again."
    )
    assert resolved(text)[-1] == ("Ten days later", "2024-06-12", "day")
    text = (
        "The accord was initialled last Wednesday, after talks that opened on May 20. "
        "The same day, fighting broke out."
    )
    assert resolved(text)[-1] == ("The same day", "2024-06-05", "day")
    # near-miss: with no day in the main clause, the day of the clause of time is the one
    text = "The envoys met, after rebels seized the town on May 27. Two days later, talks resumed."
    assert resolved(text)[-1] == ("Two days later", "2024-05-29", "day")


def test_the_same_day_still_to_come_after_a_past_day_is_no_date():
    text = (
        "They signed the deal on Monday. Voters in both countries must approve it in "
        "referendums to be held on the same day, a date yet to be fixed."
    )
    assert [found[0] for found in resolved(text)] == ["Monday"]
    # near-miss: the same day told in the past is the day before it
    text = "They signed the deal on Friday. Parliament approved it the same day."
    assert resolved(text)[-1] == ("the same day", "2024-06-07", "day")


def test_a_month_of_last_or_this_year():
    assert resolved("They tried to seize him in February of last year.") == [
        ("February of last year", "2023-02-01", "month")
    ]
    assert resolved("The factions met in July of this year.") == [
        ("July of this year", "2024-07-01", "month")
    ]
    # near-miss: "last year" alone after a month is a year of its own
    assert resolved("They met in February; last year they had not.")[-1] == (
        "last year",
        "2023-01-01",
        "year",
    )


def test_a_plan_called_off_with_the_place_it_was_planned_in_between():
    text = "A summit planned for September in Esquipulas, Guatemala, was postponed."
    assert resolved(text) == [("September", "2023-09-01", "month")]
    # near-miss: a plan still standing points ahead
    text = "A summit planned for September in Esquipulas, Guatemala, will go ahead."
    assert resolved(text) == [("September", "2024-09-01", "month")]


def test_the_end_of_the_month_is_the_month_of_the_date_before():
    text = "They met on Friday. Parliament is expected to vote on it by the end of the month."
    assert resolved(text)[-1] == ("the end of the month", "2024-06-01", "month")
    # near-miss: after a year alone, no month is known
    text = "They met in 1998. Parliament was to vote on it by the end of the month."
    assert [found[0] for found in resolved(text)] == ["1998"]


def test_an_abbreviation_does_not_end_the_sentence_that_points_ahead():
    text = (
        "South Africa will begin implementing U.N. Security Council Resolution 435 on "
        "April 1, pulling out its troops."
    )
    assert resolved(text, datetime.date(2024, 12, 22)) == [("April 1", "2025-04-01", "day")]
    # near-miss: a full stop after a name's last word ends it
    text = "The talks will go on in Geneva. Troops left on April 1."
    assert resolved(text, datetime.date(2024, 12, 22))[-1] == ("April 1", "2024-04-01", "day")


def test_a_day_between_a_subject_and_its_past_verb_dates_that_verb():
    text = (
        "The sanctions are due to take effect on June 18, and the president on Friday "
        "ordered six warships to the coast."
    )
    assert resolved(text, datetime.date(2024, 6, 15))[-1] == ("Friday", "2024-06-14", "day")
    # near-miss: a day before a verb in the present still points ahead
    text = "The sanctions are due to take effect soon, and the envoys on Friday meet again."
    assert resolved(text, datetime.date(2024, 6, 15))[-1] == ("Friday", "2024-06-21", "day")


def test_a_day_before_a_pronoun_and_its_past_verb_dates_that_verb():
    text = "The union rejected the award in July, and on Dec. 5 it turned down a second offer."
    assert resolved(text, datetime.date(2024, 9, 16))[-1] == ("Dec. 5", "2023-12-05", "day")
    # near-miss: a day before a pronoun and a verb of the future points ahead
    text = "The union rejected the award in July, and on Dec. 5 it will vote on a second offer."
    assert resolved(text, datetime.date(2024, 9, 16))[-1] == ("Dec. 5", "2024-12-05", "day")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a protest called for a day is still to come (published on a Monday)
        ("The opposition called a general strike for Thursday.", "2024-06-13"),
        ("The unions have called a nationwide protest for Saturday.", "2024-06-15"),
        # an exhortation to cease fire from a day points ahead
        ("The text urges both armies to cease fire from midnight on Wednesday.", "2024-06-12"),
        # near-miss: "on" dates the calling, in the past
        ("The opposition called a general strike on Thursday.", "2024-06-06"),
        # near-miss: a ceasefire told in the past stays past
        ("Both armies ceased fire on Wednesday.", "2024-06-05"),
    ],
)
def test_a_strike_called_for_a_day_and_a_ceasefire_urged_from_a_day_point_ahead(sentence, expected):
    assert [d.iso for d in find_dates(sentence, MONDAY)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The rebels made an offer on May 28, which the army turned down the following week.",
            ("the following week", "2024-06-01", "month"),
        ),
        (
            "The envoys met on Monday, June 3. The draft was settled only the previous week.",
            ("the previous week", "2024-05-01", "month"),
        ),
    ],
)
def test_the_following_or_previous_week_is_the_month_a_week_from_the_date_before(
    sentence, expected
):
    assert expected in resolved(sentence)


def test_near_miss_the_following_week_after_a_month_names_no_month():
    found = resolved(
        "The rebels made an offer in May, which the army turned down the following week."
    )
    assert not any(text == "the following week" for text, _, _ in found)


def test_tonight_of_a_past_verb_is_the_day_of_publication():
    assert ("tonight", "2024-06-10", "day") in resolved("The front rejected the accord tonight.")
    # Near miss: an hour set ahead tonight is a time of day, not a date drafted
    found = resolved("A ceasefire is due to take effect at midnight tonight.")
    assert not any(text == "tonight" for text, _, _ in found)


def test_the_eve_of_an_event_is_the_day_before_the_day_it_was_given():
    sentence = (
        "The two ministers signed the treaty in Geneva on Thursday, June 6. The mediator met "
        "them on the eve of the signing to go over the text."
    )
    assert ("the eve of the signing", "2024-06-05", "day") in resolved(sentence)
    # Near miss: an event the article gives no day is no date
    found = resolved("The mediator met them on the eve of the signing to go over the text.")
    assert not any(text.startswith("the eve") for text, _, _ in found)


# --- "on the 3rd": a day of the month told by its ordinal alone -------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no day before it: the month of publication
        ("The talks broke down on the 4th.", ("the 4th", "2024-06-04")),
        # a day of publication's month still to come: the month before
        ("The talks broke down on the 21st.", ("the 21st", "2024-05-21")),
        # after a day told before it, in its month
        (
            "The talks opened in Oslo on May 2. The envoys left on the 14th.",
            ("the 14th", "2024-05-14"),
        ),
        # a day earlier than the one told before it: the month after, when that is past
        (
            "The text was initialled on May 29. The cabinet approved it on the 3rd.",
            ("the 3rd", "2024-06-03"),
        ),
        # ... but the same month when the month after is still to come
        (
            "The board signed on Friday. The union walked out on the 2nd.",
            ("the 2nd", "2024-06-02"),
        ),
    ],
)
def test_a_day_of_the_month_by_its_ordinal_is_of_the_month_of_the_day_before(sentence, expected):
    ordinal = [(d.text, d.iso) for d in find_dates(sentence, MONDAY) if d.text.startswith("the")]
    assert ordinal == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoys met on the 14th floor of the hotel.",
        "The talks opened on the 3rd of the month.",
        "The text goes back to the 19th century.",
        "Delegates agreed on the 2nd round of the talks.",
    ],
)
def test_near_miss_an_ordinal_of_something_else_is_no_day(sentence):
    assert find_dates(sentence, MONDAY) == []


@pytest.mark.parametrize(
    ("sentence", "published_on", "expected"),
    [
        # a day named by its ordinal alone: of the publication's month when not past it
        (
            "The council ratified the pact on the 4th and lifted the curfew the same day.",
            datetime.date(2031, 5, 19),
            [("the 4th", "2031-05-04", "day"), ("the same day", "2031-05-04", "day")],
        ),
        # ... else of the month before, and a relative day counts from it
        (
            "The envoys arrived on the 27th, and the text was agreed the following day.",
            datetime.date(2031, 5, 19),
            [("the 27th", "2031-04-27", "day"), ("the following day", "2031-04-28", "day")],
        ),
        (
            "Talks between the guild and the port authority broke down on the 11th.",
            datetime.date(2031, 5, 19),
            [("the 11th", "2031-05-11", "day")],
        ),
        # a sentence that points ahead: the next such day
        (
            "The assembly will vote on the 2nd.",
            datetime.date(2031, 5, 19),
            [("the 2nd", "2031-06-02", "day")],
        ),
        # the text moved to a month long before: that month's day
        (
            "The walkout began in February 2029 and talks collapsed on the 14th.",
            datetime.date(2031, 5, 19),
            [("February 2029", "2029-02-01", "month"), ("the 14th", "2029-02-14", "day")],
        ),
    ],
)
def test_a_day_named_by_its_ordinal_alone_is_of_the_month_told(sentence, published_on, expected):
    assert resolved(sentence, published_on) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new paragraph after one told of a month long past: back in the publication's month
        (
            "The stoppage ended in mid-October when the tribunal ruled.\n\n"
            "The arbiter's findings, issued on the 9th, were rejected two days later.",
            [("the 9th", "2031-05-09"), ("two days later", "2031-05-11")],
        ),
        (
            "Ostrander met the regent in early January.\n\n"
            "Velmonde called on the regent on the 12th to press for a vote.",
            [("the 12th", "2031-05-12")],
        ),
        # near miss: within the same paragraph the month told still holds
        (
            "The stoppage ended in mid-October, and the tribunal ruled on the 9th.",
            [("the 9th", "2030-10-09")],
        ),
    ],
)
def test_the_month_told_holds_within_its_paragraph_only(text, expected):
    found = find_dates(text, datetime.date(2031, 5, 19))
    assert [(d.text, d.iso) for d in found if "the" in d.text or "later" in d.text] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegates met on the 5th floor of the ministry.",
        "Fighting flared on the 12th day of the siege.",
        "The pact was signed on the 20th anniversary of the war.",
        # "a last week of talks": a span of the talks, not last week
        "The mediator brought them to Arusha for a last week of negotiations.",
    ],
)
def test_an_ordinal_before_a_noun_or_a_last_week_of_something_is_no_date(sentence):
    assert resolved(sentence, datetime.date(2031, 5, 19)) == []


def test_a_month_after_a_likelihood_lies_ahead(db):
    text = "Diplomats said Lima was unlikely to answer before the end of January."
    found = draft_candidates(text, datetime.date(2031, 12, 22))["dates"]
    assert [(d["text"], d["date"][:7]) for d in found] == [("the end of January", "2032-01")]


def test_near_miss_a_likelihood_in_the_past_keeps_the_month_past(db):
    text = "Diplomats said Lima was likely to have answered before the end of January."
    found = draft_candidates(text, datetime.date(2031, 12, 22))["dates"]
    assert [(d["text"], d["date"][:7]) for d in found] == [("the end of January", "2031-01")]


def test_an_ordinal_day_before_a_verb_in_the_past_is_a_date():
    assert resolved("As a gesture, the rebels on the 3rd freed eight soldiers.") == [
        ("the 3rd", "2024-06-03", "day")
    ]


def test_near_miss_an_ordinal_before_an_adjective_is_no_date():
    assert resolved("They stood on the 3rd floor of the hotel.") == []


def test_a_modal_inside_a_quote_does_not_put_the_day_of_saying_ahead():
    text = '"It would be wrong to intervene," he told reporters on the 7th.'
    assert resolved(text) == [("the 7th", "2024-06-07", "day")]


def test_near_miss_a_modal_outside_the_quote_still_puts_the_day_ahead():
    text = 'He said they would meet "without conditions" on the 20th.'
    assert resolved(text) == [("the 20th", "2024-06-20", "day")]


def test_days_later_count_from_the_story_past_a_background_year():
    text = (
        "The letter was read out on Thursday. He wrote from prison, where he has been held "
        "since his capture in 1999. Two days later, the commander declared a ceasefire."
    )
    assert ("Two days later", "2024-06-08", "day") in resolved(text)


def test_near_miss_days_later_than_a_year_of_the_story_are_no_day():
    text = "The letter was read out on Thursday. The war began in 1999. Two days later, it ended."
    assert not any(text == "Two days later" for text, *_ in resolved(text))


def test_that_afternoon_is_the_day_the_sentence_before_told():
    text = (
        "The summit closed on Saturday. Soro said on Sunday that he accepted. He met the "
        "premier at the summit that afternoon to discuss the cabinet."
    )
    assert ("that afternoon", "2024-06-09", "day") in resolved(text)


def test_near_miss_that_afternoon_after_a_named_plan_is_not_the_plans_day():
    text = "Talks closed on Saturday. He accepted the May 31 plan that afternoon to end it."
    assert ("that afternoon", "2024-05-31", "day") not in resolved(text)


def test_that_morning_before_with_is_the_day_told_before():
    text = "The envoys arrived on Thursday. The chief sat in council that morning with the mayor."
    assert ("that morning", "2024-06-06", "day") in resolved(text)


def test_near_miss_that_morning_as_a_noun_phrase_object_is_no_day():
    text = "The envoys arrived on Thursday. The chief recalled that morning fondly."
    assert not any(text == "that morning" for text, *_ in resolved(text))


def test_a_day_its_subject_proposed_on_is_past_whatever_the_sentence_foresees():
    text = "The dispute will now go to an inquiry, which Mrs Dale proposed on Friday."
    assert ("Friday", "2024-06-07", "day") in resolved(text)


def test_near_miss_a_meeting_proposed_for_a_day_is_ahead():
    text = "The dispute will now go to an inquiry, which is proposed for Friday."
    assert ("Friday", "2024-06-14", "day") in resolved(text)


def test_a_deadline_of_a_request_just_made_is_ahead():
    text = "The minister has asked the unions to give their views by the end of July."
    assert resolved(text) == [("the end of July", "2024-07-01", "month")]


def test_near_miss_a_deadline_of_a_request_told_in_the_past_is_past():
    text = "The minister asked the unions to give their views by the end of July."
    assert resolved(text) == [("the end of July", "2023-07-01", "month")]


def test_earlier_in_the_week_is_the_month_of_the_publication():
    assert resolved("The cabinet accepted the text earlier in the week.") == [
        ("earlier in the week", "2024-06-01", "month")
    ]


def test_near_miss_earlier_in_the_day_is_no_week():
    text = "The talks opened on Friday. He had met them earlier in the day."
    assert ("earlier in the day", "2024-06-07", "day") in resolved(text)
    assert not any(precision == "month" for *_, precision in resolved(text))


def test_a_names_list_comma_does_not_cut_the_clause_of_a_future_day():
    text = (
        "He told miners that the union would sign the agreement with Acme Mining, Beta "
        "Metals and Gamma Holdings on Tuesday."
    )
    assert resolved(text) == [("Tuesday", "2024-06-11", "day")]


def test_near_miss_a_comma_after_an_opening_phrase_still_cuts_the_clause():
    text = "After the strike would end, Mathe on Tuesday rejected the offer."
    assert resolved(text) == [("Tuesday", "2024-06-04", "day")]


def test_a_hope_told_in_the_past_looks_ahead():
    text = "He said he would meet them again, and hoped to have a draft law ready by the autumn."
    assert resolved(text) == [("the autumn", "2024-01-01", "year")]


def test_near_miss_a_past_verb_without_a_hope_dates_the_past_season():
    text = "He said he would meet them again, and tabled a draft law in the autumn."
    assert resolved(text) == [("the autumn", "2023-01-01", "year")]


def test_the_end_of_the_year_after_a_plans_year_ahead_is_the_storys_year():
    text = (
        "The talks ran through the night of June 8. The accord promises a vote in 2034. A "
        "referendum is to be held before the end of the year."
    )
    assert ("the end of the year", "2024-01-01", "year") in resolved(text)


def test_near_miss_the_end_of_the_year_in_the_sentence_of_its_year():
    text = "The war began in 2019. It was over by the end of the year."
    assert ("the end of the year", "2019-01-01", "year") in resolved(text)


def test_a_month_naming_an_offer_after_that_is_no_date():
    text = "The producers made an offer in April. The union rejected that April offer."
    assert resolved(text) == [("April", "2024-04-01", "month")]


def test_near_miss_that_month_at_a_summit_is_still_a_date():
    text = "The war began in 2019. At a summit that November, they agreed."
    assert ("that November", "2019-11-01", "month") in resolved(text)


def test_an_ordinal_day_opening_the_sentence_is_a_date():
    # "On" written with a capital opens the sentence: still a day of the month told
    text = "The talks opened on May 8. On the 21st, after the rebels walked out, they met again."
    assert ("the 21st", "2024-05-21", "day") in resolved(text)


def test_near_miss_an_ordinal_floor_opening_the_sentence_is_no_date():
    assert resolved("On the 5th floor of the hotel, the envoys met.") == []


def test_a_body_summoned_to_meet_on_a_day_of_the_month_meets_ahead():
    text = "The parliament has been summoned to meet on the 14th to approve the treaty."
    assert resolved(text) == [("the 14th", "2024-06-14", "day")]


def test_near_miss_a_body_that_met_on_a_day_of_the_month_met_before():
    text = "The parliament met on the 14th to approve the treaty."
    assert resolved(text) == [("the 14th", "2024-05-14", "day")]


def test_a_day_of_the_month_opening_a_sentence_or_after_of_is_a_date():
    text = "On the 3rd, the talks resumed. He recalled their meeting of the 5th."
    assert resolved(text) == [("the 3rd", "2024-06-03", "day"), ("the 5th", "2024-06-05", "day")]


def test_near_miss_an_ordinal_of_a_noun_after_of_is_no_date():
    assert resolved("He recalled the soldiers of the 5th regiment.") == []


def test_a_day_of_the_month_after_a_month_named_is_of_that_month():
    text = "The walkout began last month, on the 15th, when the union struck."
    assert ("the 15th", "2024-05-15", "day") in resolved(text)


def test_near_miss_a_day_of_the_month_apart_from_a_month_is_the_publications():
    text = "The walkout began last month. The talks broke down on the 5th, when they struck."
    assert ("the 5th", "2024-06-05", "day") in resolved(text)


def test_shortly_before_christmas_is_the_month_of_that_christmas():
    text = "They met in Wellington shortly before Christmas and agreed a heads of agreement."
    assert resolved(text) == [("shortly before Christmas", "2023-12-01", "month")]


def test_near_miss_on_christmas_is_the_day_itself():
    text = "They met in Wellington on Christmas and agreed a heads of agreement."
    assert resolved(text) == [("Christmas", "2023-12-25", "day")]


def test_a_decade_ago_is_the_year_ten_years_back():
    assert resolved("The union lost its pension a decade ago.") == [
        ("a decade ago", "2014-01-01", "year")
    ]


def test_near_miss_decades_ago_without_a_count_is_no_date():
    assert resolved("The union lost its pension decades ago.") == []


def test_a_day_after_a_clause_is_the_day_before_its_sentences_day():
    text = "Medvedev signed the plan on Saturday, a day after Saakashvili put his name to it."
    assert resolved(text) == [
        ("Saturday", "2024-06-08", "day"),
        ("a day after", "2024-06-07", "day"),
    ]


def test_near_miss_a_day_after_a_clause_in_a_sentence_without_a_day_is_no_date():
    text = "Medvedev signed the plan, a day after Saakashvili put his name to it."
    assert resolved(text) == []


def test_earlier_in_the_month_after_a_day_of_its_sentence_is_that_days_month():
    text = "They opened talks on May 8, after he received them earlier in the month."
    assert ("earlier in the month", "2024-05-01", "month") in resolved(text)


def test_near_miss_earlier_in_the_month_alone_is_the_publications_month():
    text = "They opened talks after he received them earlier in the month."
    assert resolved(text) == [("earlier in the month", "2024-06-01", "month")]


def test_earlier_in_the_day_after_an_announced_day_ahead_is_the_last_day_told():
    # the day ahead the announcement's clause gave is not the day it was made
    text = (
        "The cabinet approved the truce on Monday. Biden announced that the truce would take "
        "effect on Wednesday. He said he had spoken with Netanyahu earlier in the day."
    )
    assert ("earlier in the day", "2024-06-10", "day") in resolved(text)


def test_near_miss_earlier_in_the_day_of_a_day_ahead_in_its_own_sentence_stays_that_day():
    text = (
        "The cabinet approved the truce on Monday. The parliament meets on Wednesday, after "
        "the ministers announced the vote earlier in the day."
    )
    assert ("earlier in the day", "2024-06-10", "day") not in resolved(text)


def test_last_night_is_the_night_before_the_publication():
    assert resolved("The Senate last night ratified the treaty.") == [
        ("last night", "2024-06-09", "day")
    ]


def test_near_miss_the_last_night_of_the_talks_is_no_date():
    assert resolved("They agreed on the last night of the talks.") == []


def test_a_fortnight_earlier_is_two_weeks_before_the_date_before():
    text = "They signed it on 27 May, after talks that opened in London a fortnight earlier."
    assert ("a fortnight earlier", "2024-05-13", "day") in resolved(text)


def test_near_miss_the_past_fortnight_is_no_date():
    text = "They signed it on 27 May, after he spent the past fortnight in London."
    assert [found for found in resolved(text) if "fortnight" in found[0]] == []


def test_the_day_after_a_dated_event_is_the_day_after_that_event():
    text = (
        "On May 5 the Greeks voted to reject the proposal of April 25 in a referendum. "
        "The minister resigned the day after the vote."
    )
    assert ("the day after the vote", "2024-05-06", "day") in resolved(text)


def test_near_miss_the_day_after_an_undated_event_is_no_date():
    text = "On May 5 the Greeks protested. The minister resigned the day after the vote."
    assert [found for found in resolved(text) if "vote" in found[0]] == []


def test_earlier_in_the_day_told_in_the_past_is_not_the_day_of_an_event_still_to_come():
    # MONDAY is the publication day; the truce of the sentence before takes effect on Tuesday
    text = (
        "Nordland's cabinet on Monday approved the truce. Its president announced that the "
        "truce would take effect on Tuesday. He said he had spoken with Sudland earlier in "
        "the day."
    )
    assert ("earlier in the day", "2024-06-10", "day") in resolved(text)


def test_near_miss_earlier_in_the_day_of_a_day_told_in_the_past_is_that_day():
    text = (
        "The truce took effect on Saturday. "
        "Nordland said it had spoken with Sudland earlier in the day."
    )
    assert ("earlier in the day", "2024-06-08", "day") in resolved(text)


def test_a_day_and_month_of_next_year_is_a_day_of_that_year():
    text = "The bishops urged him to bring the election forward to March 31 of next year."
    assert ("March 31 of next year", "2025-03-31", "day") in resolved(text)


def test_near_miss_a_day_and_month_before_a_noun_of_next_year_keeps_its_day():
    text = "The bishops urged him to hold the March 31 vote of next year's budget."
    assert not any(found[0].startswith("March 31 of") for found in resolved(text))


def test_the_older_spelling_of_today_and_tomorrow_is_a_day():
    text = "The treaty of peace was signed here to-day; the ratifications follow to-morrow."
    assert ("to-day", "2024-06-10", "day") in resolved(text)
    assert ("to-morrow", "2024-06-11", "day") in resolved(text)


def test_near_miss_a_hyphened_word_that_is_no_day_is_no_date():
    assert resolved("The day-to-day talks went on.") == []


def test_an_ordinal_day_set_beside_its_weekday_is_that_day():
    text = "The union changed course on Saturday, the 8th, hours after the fire."
    assert ("the 8th", "2024-06-08", "day") in resolved(text)


def test_near_miss_an_ordinal_after_a_weekday_before_a_noun_is_no_day():
    text = "The union changed course on Saturday, the 8th time it had done so."
    assert not any(found[0] == "the 8th" for found in resolved(text))


def test_an_ordinal_day_before_a_titled_subject_or_an_irregular_past_is_a_day():
    text = "He held out in May, but on the 21st Mr. Smit told them he would accept it."
    assert ("the 21st", "2024-05-21", "day") in resolved(text)
    assert ("the 3rd", "2024-06-03", "day") in resolved("The rebels on the 3rd met the envoy.")


def test_near_miss_an_ordinal_before_a_capitalised_noun_is_no_day():
    assert not any(
        found[0] == "the 21st" for found in resolved("He spoke on the 21st Amendment in May.")
    )


def test_a_day_in_a_condition_told_in_the_present_is_ahead():
    text = "The leaders agreed to open talks, but only if Nordland passes the law by Wednesday."
    assert ("Wednesday", "2024-06-12", "day") in resolved(text)


def test_near_miss_a_day_in_a_condition_told_in_the_past_is_past():
    text = "The leaders agreed to open talks, but only if Nordland had passed the law by Wednesday."
    assert ("Wednesday", "2024-06-05", "day") in resolved(text)


def test_an_ordinal_day_of_last_month_is_that_day_of_the_month_before():
    text = "The two ministers first met on the 27th of last month, at a luncheon."
    assert resolved(text) == [("the 27th of last month", "2024-05-27", "day")]


def test_near_miss_an_ordinal_day_of_a_month_named_is_no_relative_month():
    text = "The two ministers first met on the 27th of May, at a luncheon."
    assert resolved(text) == [("the 27th of May", "2024-05-27", "day")]


def test_earlier_this_month_in_a_paper_of_the_first_is_the_month_before():
    text = "They followed preliminary talks in London earlier this month."
    assert resolved(text, datetime.date(2024, 6, 1)) == [("this month", "2024-05-01", "month")]


def test_near_miss_earlier_this_month_in_a_paper_of_a_later_day_is_its_month():
    text = "They followed preliminary talks in London earlier this month."
    assert resolved(text, datetime.date(2024, 6, 2)) == [("this month", "2024-06-01", "month")]
    assert resolved("The talks resume this month.", datetime.date(2024, 6, 1)) == [
        ("this month", "2024-06-01", "month")
    ]


def test_a_weekday_set_before_its_ordinal_day_is_that_day():
    text = "He read the terms laid before him a week earlier, on Monday, the 3rd."
    assert resolved(text) == [("Monday", "2024-06-03", "day"), ("the 3rd", "2024-06-03", "day")]


def test_near_miss_a_weekday_before_an_ordinal_day_it_does_not_fall_on():
    text = "He read the terms on Monday, the 4th being a holiday."
    assert ("Monday", "2024-06-10", "day") in resolved(text)


def test_what_a_proposal_that_the_talks_resume_dates_is_ahead():
    text = "Biafra had not yet responded to his proposal that the talks resume on Monday."
    assert resolved(text, datetime.date(2024, 6, 8)) == [("Monday", "2024-06-10", "day")]


def test_near_miss_talks_that_did_not_resume_on_a_weekday_are_past():
    text = "Biafra had rejected his proposal, and the talks did not resume on Monday."
    assert resolved(text, datetime.date(2024, 6, 8)) == [("Monday", "2024-06-03", "day")]


def test_a_day_written_after_put_their_names_dates_the_signing_told_in_the_past():
    # MONDAY is 2024-06-10: Thursday is the one before, whatever the settlement foresees
    text = (
        "Gandhi and the Viceroy, Lord Irwin, put their names on Thursday to a settlement under "
        "which the Congress will call off its campaign. An official met Gandhi the day before "
        "the signing."
    )
    assert resolved(text) == [
        ("Thursday", "2024-06-06", "day"),
        ("the day before the signing", "2024-06-05", "day"),
    ]


def test_near_miss_a_day_after_expected_to_put_their_names_is_ahead():
    text = "The rebels are expected to put their names on Thursday to a text that will end the war."
    assert resolved(text) == [("Thursday", "2024-06-13", "day")]


def test_near_miss_only_the_idiom_put_their_names_is_a_signing_not_a_word_starting_with_put():
    # "Putin", "putting", "output" name no signing: the day before the signing counts from the
    # day the accord was signed, not from the day written next to them
    text = (
        "The accord was signed on Monday. Putin on Wednesday flew to Minsk, where an envoy "
        "had met him the day before the signing."
    )
    assert resolved(text)[-1] == ("the day before the signing", "2024-06-09", "day")


# -- tune36d ---------------------------------------------------------------------------------


def test_a_weekday_of_last_week_is_that_day_of_the_week_before_not_a_week_too():
    # MONDAY is 2024-06-10: last week ran from June 3 to June 9
    text = "On Wednesday of last week the union turned down the offer."
    assert resolved(text) == [("Wednesday of last week", "2024-06-05", "day")]


def test_near_miss_a_weekday_and_last_week_apart_are_two_dates():
    text = "The union turned the offer down on Wednesday, after a meeting last week."
    assert [date for date, _, _ in resolved(text)] == ["Wednesday", "last week"]


def test_days_counted_after_the_signing_date_from_the_day_it_was_signed():
    text = (
        "The pact was signed at Zanjon, in the district of Puerto Principe, on June 4 by the "
        "two sides. The general issued a proclamation two days after the signing."
    )
    assert resolved(text)[-1] == ("two days after the signing", "2024-06-06", "day")


def test_the_day_of_the_signing_is_read_past_a_long_place_in_its_clause():
    text = (
        "The government signed a peace treaty with Germany and her allies at Brest on Sunday. "
        "Troops entered Kiev the day before the signing."
    )
    assert resolved(text)[-1] == ("the day before the signing", "2024-06-08", "day")


def test_near_miss_a_day_in_the_next_sentence_does_not_date_the_signing():
    text = (
        "The government signed a peace treaty with Germany and her allies at Brest. On Sunday "
        "troops entered Kiev, the day before the signing."
    )
    assert [date for date, _, _ in resolved(text)] == ["Sunday"]


# -- tune38d ---------------------------------------------------------------------------------
# MONDAY is 2024-06-10


def test_a_weekday_then_last_week_without_of_is_one_day():
    text = "Streeting met the union's leader on Thursday last week."
    assert resolved(text) == [("Thursday last week", "2024-06-06", "day")]


def test_near_miss_a_weekday_and_last_week_in_two_clauses_stay_two():
    text = "The union met on Thursday, and last week it struck."
    assert [date for date, _, _ in resolved(text)] == ["Thursday", "last week"]


def test_that_afternoon_before_a_verb_in_the_past_is_the_day_before():
    text = (
        "He sent a message broadcast on Saturday morning. A White House statement that "
        "afternoon turned the demand down."
    )
    assert resolved(text)[-1] == ("that afternoon", "2024-06-08", "day")


def test_near_miss_that_evening_before_a_noun_is_no_date():
    text = "He spoke on Saturday. He said that evening classes started late."
    assert [date for date, _, _ in resolved(text)] == ["Saturday"]


def test_a_day_opening_a_clause_told_in_the_past_is_past_whatever_a_later_clause_foresees():
    text = (
        "On Thursday morning the adviser met the rebels. Later that day the commander handed "
        "over his pistol to a commission, which is to oversee its destruction."
    )
    assert resolved(text)[-1] == ("Later that day", "2024-06-06", "day")
    assert resolved("On Monday the rebels agreed to a truce that will take effect soon.") == [
        ("Monday", "2024-06-10", "day")
    ]


def test_near_miss_a_day_opening_a_clause_that_points_ahead_is_no_day_told():
    text = (
        "On Thursday morning the adviser met the rebels. Later that day the commander is to "
        "hand over his pistol to a commission, which will oversee its destruction."
    )
    assert [date for date, _, _ in resolved(text)] == ["Thursday"]


def test_a_day_before_a_pronoun_and_its_past_verb_is_past():
    text = "The union rejected an award in July last year, and on Dec. 5 it turned down an offer."
    assert resolved(text)[-1] == ("Dec. 5", "2023-12-05", "day")


def test_near_miss_a_day_before_a_pronoun_and_a_future_is_ahead():
    text = "The union rejected an award in July last year, and on Dec. 5 it will vote again."
    assert resolved(text)[-1] == ("Dec. 5", "2024-12-05", "day")


def test_a_day_named_by_a_request_still_being_made_is_ahead():
    text = "A student movement is urging voters to add a seventh ballot on Sunday."
    assert resolved(text) == [("Sunday", "2024-06-16", "day")]


def test_near_miss_a_request_told_in_the_past_dates_the_past():
    text = "A student movement was urging voters to add a seventh ballot on Sunday."
    assert resolved(text) == [("Sunday", "2024-06-09", "day")]


def test_a_month_of_a_conditional_participle_is_ahead():
    text = "The candidate said on Wednesday that he would honour the agreement if elected in May."
    assert resolved(text, datetime.date(1990, 3, 10))[-1] == ("May", "1990-05-01", "month")


def test_near_miss_a_month_of_a_past_participle_is_past():
    text = "The candidate said on Wednesday that he would honour the agreement he signed in May."
    assert resolved(text, datetime.date(1990, 3, 10))[-1] == ("May", "1989-05-01", "month")


def test_a_day_and_month_before_a_movement_s_head_word_names_it():
    text = "Peace came to the 19th of April Movement, which signed on Friday."
    assert [date for date, _, _ in resolved(text)] == ["Friday"]


def test_near_miss_a_day_and_month_before_a_name_of_no_body_is_a_date():
    text = "The movement signed on the 19th of April Hamas had named."
    assert [date for date, _, _ in resolved(text)] == ["the 19th of April"]


def test_a_year_before_levels_or_borders_is_a_year():
    text = "He ruled out the restoration of pay to 2008 levels."
    assert resolved(text) == [("2008", "2008-01-01", "year")]


def test_near_miss_a_count_before_a_plural_noun_is_no_year():
    assert resolved("Some 2008 nurses went on strike.") == []


# --- tune38i


def test_an_ordinal_day_of_a_pluperfect_verb_is_of_the_month_of_the_day_before():
    text = (
        "He put the offer to them on May 29. The cabinet agreed the same day. "
        "He had met the finance minister on the 25th to agree the cost."
    )
    assert ("the 25th", "2024-05-25", "day") in resolved(text, datetime.date(2024, 7, 10))


def test_near_miss_an_ordinal_day_of_a_simple_past_verb_is_of_the_month_after():
    text = (
        "He put the offer to them on May 29. The cabinet agreed the same day. "
        "He met the finance minister on the 25th to agree the cost."
    )
    assert ("the 25th", "2024-06-25", "day") in resolved(text, datetime.date(2024, 7, 10))


# --- tune39d


def test_the_end_of_the_month_a_sentence_puts_ahead_is_of_the_month_still_running():
    text = (
        "The committee was set up in January. The unions walked out in mid-May. "
        "Tinubu is expected to send the bill before the end of the month."
    )
    assert ("the end of the month", "2024-07-01", "month") in resolved(
        text, datetime.date(2024, 7, 18)
    )


def test_near_miss_the_end_of_the_month_told_in_the_past_is_of_the_month_before():
    text = "The unions walked out in mid-May. They had gone back by the end of the month."
    assert ("the end of the month", "2024-05-01", "month") in resolved(
        text, datetime.date(2024, 7, 18)
    )


def test_the_end_of_the_year_a_sentence_puts_ahead_is_of_the_publication_s_year():
    text = (
        "The fighting broke out in December. "
        "The government will hold a plebiscite before the end of the year."
    )
    assert ("the end of the year", "1945-01-01", "year") in resolved(
        text, datetime.date(1945, 2, 13)
    )


def test_near_miss_the_end_of_the_year_told_in_the_past_is_of_the_year_before():
    text = "The fighting broke out in December. It had stopped before the end of the year."
    assert ("the end of the year", "1944-01-01", "year") in resolved(
        text, datetime.date(1945, 2, 13)
    )


def test_the_first_weekday_in_a_month_is_that_weekday_counted_from_its_start():
    text = "He proposed that the raise begin on the first Monday in November."
    assert resolved(text, datetime.date(1889, 9, 16)) == [
        ("the first Monday in November", "1889-11-04", "day")
    ]


def test_the_last_weekday_of_a_month_with_its_year_is_counted_from_its_end():
    text = "The talks opened on the last Friday of June 1990."
    assert resolved(text) == [("the last Friday of June 1990", "1990-06-29", "day")]


def test_near_miss_a_first_weekday_with_no_month_is_a_weekday():
    text = "The talks opened on the first Monday after the holiday."
    assert resolved(text) == [("Monday", "2024-06-10", "day")]


def test_a_month_set_against_a_date_ahead_is_ahead_too():
    text = (
        "He proposed that the raise begin on the first Monday in November rather than in January."
    )
    assert ("January", "1890-01-01", "month") in resolved(text, datetime.date(1889, 9, 16))


def test_near_miss_a_month_set_against_a_date_of_the_past_stays_in_the_past():
    text = "The raise began on the first Monday in March rather than in January."
    assert ("January", "1889-01-01", "month") in resolved(text, datetime.date(1889, 9, 16))


def test_a_day_after_the_event_named_is_the_day_after_its_day():
    text = (
        "The agreement nearly collapsed on Thursday, when ministers spent nine hours on a "
        "video call. The way out came a day after the call."
    )
    assert ("a day after the call", "2024-06-07", "day") in resolved(text)


def test_near_miss_a_day_after_an_event_never_dated_is_no_date():
    text = "The agreement nearly collapsed on Thursday. The way out came a day after the call."
    assert [date for date, _, _ in resolved(text)] == ["Thursday"]


def test_a_day_after_it_began_counts_from_the_date_before():
    text = "The unions called a strike on June 3 and called it off a day after it began."
    assert ("a day after it began", "2024-06-04", "day") in resolved(text)


def test_near_miss_a_day_after_it_rained_is_no_date():
    text = "The unions called a strike on June 3 and called it off a day after it rained."
    assert [date for date, _, _ in resolved(text)] == ["June 3"]


def test_that_day_after_a_quote_is_the_day_before_the_quote_not_one_inside_it():
    text = (
        "The fight began in Vienna on March 6. "
        '"From April 1, we have no obligations," Novak said that day.'
    )
    assert ("that day", "2024-03-06", "day") in resolved(text)


def test_near_miss_that_day_in_the_sentence_after_a_quote_counts_from_the_quote_s_date():
    text = (
        'The fight began in Vienna on March 6. "We met on April 1," Novak said. '
        "Prices fell that day."
    )
    assert ("that day", "2024-04-01", "day") in resolved(text)


def test_an_ordinal_day_before_a_past_auxiliary_is_a_day():
    text = "The terms read to the Cree on the 18th were not accepted as they stood."
    assert resolved(text, datetime.date(1876, 8, 25)) == [("the 18th", "1876-08-18", "day")]


def test_near_miss_an_ordinal_before_a_noun_then_an_auxiliary_is_no_day():
    text = "The offices on the 18th floor were closed."
    assert resolved(text, datetime.date(1876, 8, 25)) == []


def test_the_day_one_is_told_to_come_on_is_ahead():
    text = "Morris refused and told him to come to Carlton on Monday if he wished to sign."
    assert resolved(text, datetime.date(1876, 8, 25)) == [("Monday", "1876-08-28", "day")]


def test_near_miss_the_day_one_came_on_after_being_told_is_past():
    text = "Morris told him to come, and he came to Carlton on Monday to sign."
    assert resolved(text, datetime.date(1876, 8, 25)) == [("Monday", "1876-08-21", "day")]


# --- tune40j


def test_that_evening_after_a_quote_s_today_counts_from_the_day_the_narrative_told():
    text = (
        "The text was signed off on Wednesday afternoon. "
        '"Today we put right a wrong," the minister said after the signing. '
        "He telephoned the herders that evening to brief them."
    )
    assert ("that evening", "2024-06-05", "day") in resolved(text)


def test_near_miss_that_evening_after_a_quote_s_own_date_still_counts_from_it():
    # a date the speaker names (not his "today") is a day the next sentence may point back to
    text = (
        "The text was signed off on Wednesday afternoon. "
        '"We signed on June 7," the minister said. '
        "He telephoned the herders that evening to brief them."
    )
    assert ("that evening", "2024-06-07", "day") in resolved(text)


def test_that_evening_before_a_colon_is_the_day_told_before():
    text = (
        "The pope landed in Vilnius on Saturday. "
        'The cardinal said in a message released that evening: "We are one."'
    )
    assert ("that evening", "2024-06-08", "day") in resolved(text)


def test_near_miss_that_evening_before_a_noun_after_a_colon_rule_is_still_no_date():
    text = "The pope landed in Vilnius on Saturday. He missed that evening prayer."
    assert resolved(text) == [("Saturday", "2024-06-08", "day")]


def test_that_weekday_is_the_day_told_before_when_it_falls_on_it():
    text = (
        "The players dissolved their union on Nov. 14. "
        "Their representatives had met at a Manhattan hotel that Monday."
    )
    assert ("Monday", "2011-11-14", "day") in resolved(text, datetime.date(2011, 11, 26))


def test_near_miss_that_weekday_after_a_day_of_another_weekday_is_the_nearest_one():
    text = (
        "The players dissolved their union on Nov. 15. "
        "Their representatives had met at a Manhattan hotel that Monday."
    )
    assert ("Monday", "2011-11-21", "day") in resolved(text, datetime.date(2011, 11, 26))


# --- tune42i


def test_a_day_ending_a_relative_clause_told_in_the_past_stays_past_under_a_promise():
    text = "The rebels said they would respect the truce that Norway arranged from June 2."
    assert resolved(text, datetime.date(2019, 8, 20)) == [("June 2", "2019-06-02", "day")]


def test_near_miss_a_relative_clause_that_looks_ahead_keeps_the_day_ahead():
    text = "The rebels said they would respect a truce that will start on June 2."
    assert resolved(text, datetime.date(2019, 8, 20)) == [("June 2", "2020-06-02", "day")]


def test_a_month_no_tense_places_is_the_nearest_one_a_few_months_ahead():
    text = "The charter leaves the question to the assembly and the September elections."
    assert resolved(text, datetime.date(2019, 5, 3)) == [("September", "2019-09-01", "month")]


def test_near_miss_a_month_more_than_five_months_ahead_is_last_year_s():
    text = "The charter leaves the question to the assembly and the November elections."
    assert resolved(text, datetime.date(2019, 5, 3)) == [("November", "2018-11-01", "month")]


def test_near_miss_a_month_dating_a_past_verb_stays_in_the_past():
    text = "Negotiators from both camps met in September."
    assert resolved(text, datetime.date(2019, 5, 3)) == [("September", "2018-09-01", "month")]


def test_a_month_in_a_sentence_told_in_the_present_is_the_nearest_one():
    text = "The charter is silent on what happens to the herds in September."
    assert resolved(text, datetime.date(2019, 5, 3)) == [("September", "2019-09-01", "month")]


def test_near_miss_a_month_after_a_verb_of_no_telling_tense_stays_past():
    text = "The port cut its exports in September in a row over fees."
    assert resolved(text, datetime.date(2019, 5, 3)) == [("September", "2018-09-01", "month")]


def test_near_miss_that_before_a_noun_opens_no_relative_clause():
    text = "She said they would accept that procedure only if appeals were heard before July 9."
    assert resolved(text, datetime.date(2019, 5, 6)) == [("July 9", "2019-07-09", "day")]


# --- tune43e


def test_a_month_day_after_last_is_the_one_before_the_publication():
    text = "The talks grew out of their first meeting last Aug. 31, when strikes spread."
    assert resolved(text, datetime.date(1989, 4, 6)) == [("last Aug. 31", "1988-08-31", "day")]


def test_near_miss_a_month_day_without_last_set_ahead_stays_ahead():
    text = "The vote on the charter is set for Aug. 31."
    assert resolved(text, datetime.date(1989, 4, 6)) == [("Aug. 31", "1989-08-31", "day")]


# --- tune44c


def test_early_or_late_in_the_month_is_the_month_of_the_day_its_sentence_gave():
    text = "He received them on May 8, and the premier saw him early in the month."
    assert ("early in the month", "2024-05-01", "month") in resolved(text)
    assert resolved("They accepted the text late in the week.") == [
        ("late in the week", "2024-06-01", "month")
    ]


def test_near_miss_early_in_a_month_named_is_that_month_not_the_period():
    assert resolved("They met early in the morning.") == []


def test_days_or_weeks_after_a_text_was_agreed_count_from_the_day_it_was_agreed():
    text = "The text was agreed on May 13. Three days after the text was agreed, they met."
    assert resolved(text)[-1] == ("Three days after the text was agreed", "2024-05-16", "day")
    text = "Terms were agreed late on Thursday. A week before the deal was closed, they met."
    assert resolved(text)[-1] == ("A week before the deal was closed", "2024-05-30", "day")


def test_near_miss_a_week_after_a_thing_not_dated_by_the_article_is_no_date():
    text = "The text was agreed on May 13. A week after the war was over, they met."
    assert [d[0] for d in resolved(text)] == ["May 13"]


# --- tune47e


def test_a_day_instant_ultimo_or_proximo_is_of_this_month_the_last_or_the_next():
    text = "The congress opened on the 24th ult. and closed on the 5th inst., to meet the 2d prox."
    assert resolved(text, datetime.date(1768, 11, 24)) == [
        ("the 24th ult.", "1768-10-24", "day"),
        ("the 5th inst.", "1768-11-05", "day"),
        ("2d prox.", "1768-12-02", "day"),
    ]


def test_near_miss_an_ordinal_before_a_word_starting_like_instant_is_no_date():
    assert resolved("They paid the 5th instalment of the loan.") == []


def test_an_ordinal_day_in_the_older_spelling_is_read():
    text = "The line was agreed on the 22d of July."
    assert resolved(text, datetime.date(1842, 8, 10)) == [("the 22d of July", "1842-07-22", "day")]
    assert resolved("It closed on the 3d.") == [("the 3d", "2024-06-03", "day")]


def test_near_miss_an_ordinal_in_the_older_spelling_before_a_noun_is_no_date():
    assert resolved("The delegates met on the 3d floor.") == []


def test_an_ordinal_day_before_the_subject_of_its_clause_is_a_day():
    text = "Cairo accepted the plan, but on the 4th it turned down the demand."
    assert resolved(text) == [("the 4th", "2024-06-04", "day")]
    assert resolved("On the 1st the rebels accepted the scheme.") == [
        ("the 1st", "2024-06-01", "day")
    ]


def test_near_miss_an_ordinal_before_the_subject_without_a_preposition_is_no_day():
    assert resolved("It was the third offer and the 4th they turned down.") == []


def test_an_ordinal_day_after_a_month_since_which_a_state_lasts_is_the_publications():
    text = "The envoy, who has gone between the camps since August, met him on the 4th."
    found = resolved(text, datetime.date(1897, 12, 16))
    assert ("the 4th", "1897-12-04", "day") in found


def test_near_miss_an_ordinal_day_after_a_month_the_narrative_moved_to_is_of_it():
    text = "The envoy went to the camps in August and met him on the 4th."
    found = resolved(text, datetime.date(1897, 12, 16))
    assert ("the 4th", "1897-08-04", "day") in found


def test_a_later_ordinal_day_is_of_the_month_its_sentence_named():
    text = "The zones are occupied in stages beginning October 1 and ending on the 10th."
    found = resolved(text, datetime.date(1938, 10, 1))
    assert ("the 10th", "1938-10-10", "day") in found


def test_near_miss_an_ordinal_day_after_a_month_day_of_a_sentence_before_keeps_its_own():
    text = "The talks opened on October 1. They ended on the 10th."
    found = resolved(text, datetime.date(1938, 11, 20))
    assert ("the 10th", "1938-11-10", "day") in found


def test_an_ordinal_day_outside_the_part_of_the_month_told_is_not_of_that_month():
    text = "He met union leaders in late May. The two sides met again on the 18th."
    found = resolved(text, datetime.date(2024, 8, 2))
    assert ("the 18th", "2024-07-18", "day") in found


def test_near_miss_an_ordinal_day_inside_the_part_of_the_month_told_is_of_that_month():
    text = "He met union leaders in late May. The two sides met again on the 28th."
    found = resolved(text, datetime.date(2024, 8, 2))
    assert ("the 28th", "2024-05-28", "day") in found


def test_last_and_the_weekday_before_the_publication_is_the_week_befores():
    wednesday = datetime.date(1998, 8, 5)
    assert resolved("He met the chiefs last Tuesday.", wednesday) == [
        ("last Tuesday", "1998-07-28", "day")
    ]


def test_near_miss_last_and_a_weekday_two_days_before_is_that_week():
    wednesday = datetime.date(1998, 8, 5)
    assert resolved("He met the chiefs last Monday.", wednesday) == [
        ("last Monday", "1998-08-03", "day")
    ]


def test_a_month_since_which_a_state_lasts_is_in_the_past():
    text = "The state has been under direct rule since March."
    assert resolved(text, datetime.date(1975, 11, 12)) == [("March", "1975-03-01", "month")]


def test_near_miss_a_month_after_in_in_the_present_may_be_ahead():
    text = "The state has a vote in March."
    assert resolved(text, datetime.date(1975, 11, 12)) == [("March", "1976-03-01", "month")]


def test_an_ordinal_day_of_a_pluperfect_goes_back_from_the_day_of_the_paragraph_before():
    text = (
        "The pact was signed at the camp on February 10.\n\n"
        "The delegates had met the general there on the 8th."
    )
    assert ("the 8th", "1878-02-08", "day") in resolved(text, datetime.date(1878, 3, 19))


def test_near_miss_an_ordinal_day_of_a_pluperfect_two_paragraphs_on_is_the_publications():
    text = (
        "The pact was signed at the camp on February 10.\n\n"
        "The general rode back to his headquarters.\n\n"
        "The delegates had met the general there on the 8th."
    )
    assert ("the 8th", "1878-03-08", "day") in resolved(text, datetime.date(1878, 3, 19))


def test_a_year_before_1800_after_a_preposition_of_time_is_a_year():
    text = "The princes presented their confession to the emperor in 1530."
    assert resolved(text, datetime.date(1999, 11, 1)) == [("1530", "1530-01-01", "year")]


def test_near_miss_a_number_before_1800_without_a_preposition_or_counting_is_no_year():
    text = "Resolution 1721 was adopted, and in 1600 cases the fines were paid."
    assert resolved(text, datetime.date(1999, 11, 1)) == []


# --- tune48e: a weekday beside its ordinal day, without a comma or in apposition after it
def test_a_weekday_right_before_an_old_style_ordinal_day_is_that_day():
    text = "CHARLESTON, December 8. The treaty was concluded on Monday the 28th ult. at Hopewell."
    assert ("Monday", "1785-11-28", "day") in resolved(text, datetime.date(1785, 12, 8))


def test_a_weekday_right_before_an_ordinal_day_without_a_comma_is_that_day():
    text = "They signed the truce on Saturday the 12th."
    assert resolved(text, datetime.date(1785, 12, 8))[0] == ("Saturday", "1785-11-12", "day")


def test_near_miss_a_weekday_before_an_ordinal_naming_a_thing_is_the_weekday():
    text = "It opened on Monday the 12th day of talks."
    assert resolved(text, datetime.date(1785, 12, 8)) == [("Monday", "1785-12-05", "day")]


def test_a_weekday_in_apposition_after_an_ordinal_day_is_one_expression_with_it():
    text = "The congress was opened on the 18th, a Friday, when the chiefs came."
    assert resolved(text, datetime.date(1785, 12, 8)) == [
        ("the 18th, a Friday", "1785-11-18", "day")
    ]


def test_near_miss_a_weekday_after_an_ordinal_day_it_does_not_fall_on_stands_alone():
    text = "The congress was opened on the 18th, a Thursday, when the chiefs came."
    assert ("Thursday", "1785-12-08", "day") in resolved(text, datetime.date(1785, 12, 8))


# --- tune48e: "the Tuesday following", "the following Friday": after the day told last
def test_the_weekday_following_is_the_first_one_after_the_day_told_last():
    text = "The congress opened on Nov. 18. The Tassel answered on the Tuesday following."
    assert ("the Tuesday following", "1785-11-22", "day") in resolved(
        text, datetime.date(1785, 12, 8)
    )


def test_the_following_weekday_is_the_first_one_after_the_day_told_last():
    text = "They met on Nov. 3. They met again the following Friday."
    assert ("the following Friday", "1785-11-04", "day") in resolved(
        text, datetime.date(1785, 12, 8)
    )


def test_near_miss_a_weekday_following_an_event_is_no_weekday_following():
    text = "They met on Nov. 3. They met the Friday following the vote."
    assert ("Friday", "1785-12-02", "day") in resolved(text, datetime.date(1785, 12, 8))


# --- tune48e: "was expected by", "was not expected before": the expectation is ahead
def test_a_date_a_thing_was_expected_by_is_ahead():
    text = "A spokesman said, adding that a decision was expected by the end of April."
    assert resolved(text, datetime.date(2017, 3, 15)) == [
        ("the end of April", "2017-04-01", "month")
    ]


def test_a_weekday_a_thing_was_not_expected_before_is_ahead():
    text = "Their release was not expected before Tuesday, when Reagan takes office."
    assert resolved(text, datetime.date(1981, 1, 19)) == [("Tuesday", "1981-01-20", "day")]


def test_near_miss_a_thing_expected_on_a_day_told_in_the_past_is_not_ahead():
    text = "The vote was expected on Tuesday."
    assert resolved(text, datetime.date(1981, 1, 19)) == [("Tuesday", "1981-01-13", "day")]


# --- tune48e: "early in January", seasons before, after or for which something is done
def test_early_in_a_month_is_one_expression():
    text = "The Chickasaws met them early in January."
    assert resolved(text, datetime.date(1785, 12, 8)) == [
        ("early in January", "1785-01-01", "month")
    ]


def test_a_season_before_which_a_thing_is_expected_is_ahead():
    text = "Congress is not expected to take it up before the spring."
    assert resolved(text, datetime.date(1785, 12, 8)) == [("the spring", "1786-01-01", "year")]


def test_a_season_for_which_a_thing_is_done_is_a_date():
    text = "They moved to Alexandria for the summer, where they met."
    assert resolved(text, datetime.date(1936, 8, 27)) == [("the summer", "1936-01-01", "year")]


def test_near_miss_a_season_naming_a_thing_is_no_date():
    text = "The chief asked for powder and lead for the fall hunt."
    assert resolved(text, datetime.date(1868, 11, 10)) == []


# --- tune48e: the next sitting a body holds is ahead
def test_the_day_of_the_next_meeting_a_body_holds_is_ahead():
    text = "The Security Council, which holds its next meeting on Colombia on the 25th, waits."
    assert resolved(text, datetime.date(2023, 10, 17)) == [("the 25th", "2023-10-25", "day")]


def test_near_miss_the_day_of_the_next_meeting_held_is_past():
    text = "The council held its next meeting on the 25th."
    assert resolved(text, datetime.date(2023, 10, 17)) == [("the 25th", "2023-09-25", "day")]


# --- tune48e: the day a contract or truce is extended to is ahead
def test_the_day_a_contract_is_extended_to_is_ahead():
    text = "They agreed to extend their contract, which expired on Sept. 30, to Jan. 15."
    assert ("Jan. 15", "2025-01-15", "day") in resolved(text, datetime.date(2024, 10, 4))


def test_near_miss_a_day_after_to_without_an_extension_is_not_ahead():
    text = "The strike spread from Sept. 3 to Jan. 15."
    assert ("Jan. 15", "2024-01-15", "day") in resolved(text, datetime.date(2024, 10, 4))


# --- tune48e: a visit or meeting agreed, promised or invited to is ahead
def test_a_visit_agreed_to_is_ahead():
    text = "Moon agreed to visit Pyongyang in the fall."
    assert resolved(text, datetime.date(2018, 4, 28)) == [("the fall", "2018-01-01", "year")]


def test_a_meeting_an_invitation_looks_to_is_ahead():
    text = "The Chickasaws have accepted the invitation to meet them at the same place in January."
    assert resolved(text, datetime.date(1785, 12, 8)) == [("January", "1786-01-01", "month")]


def test_near_miss_the_day_one_agreed_to_join_on_is_the_day_of_agreeing():
    text = "Ireland agreed to join on Friday, after a call."
    assert resolved(text, datetime.date(2023, 10, 17)) == [("Friday", "2023-10-13", "day")]


# --- tune48e: a vote or referendum someone has called for a month is ahead
def test_a_referendum_someone_has_called_for_a_month_is_ahead():
    text = "He resigns should the referendum de Gaulle has called for June go against him."
    assert resolved(text, datetime.date(1968, 5, 28)) == [("June", "1968-06-01", "month")]


def test_near_miss_a_referendum_called_for_a_month_told_in_the_past_is_past():
    text = "The referendum de Gaulle called for June was held."
    assert resolved(text, datetime.date(1968, 7, 28)) == [("June", "1968-06-01", "month")]


# --- tune48e: "this morning", "last evening": the publication's day, the one before
def test_this_morning_and_last_evening_are_days_of_the_publication():
    text = "Daniels called on Hay this morning, after a session the cabinet held last evening."
    assert resolved(text, datetime.date(1938, 3, 19)) == [
        ("this morning", "1938-03-19", "day"),
        ("last evening", "1938-03-18", "day"),
    ]


def test_near_miss_this_morning_as_a_noun_is_no_day():
    text = "He spoke of this mornings and evenings of the world."
    assert resolved(text, datetime.date(1938, 3, 19)) == []


# --- tune48e: "that day and", "that night for", "That night Henderson": the day told last
def test_that_day_before_and_is_the_day_told_last():
    text = "They met on Oct. 8. They sat for nine hours that day and met again."
    assert ("that day", "1977-10-08", "day") in resolved(text, datetime.date(1977, 10, 26))


def test_that_night_opening_a_sentence_before_its_subject_is_the_day_told_last():
    text = "They met on Oct. 27. That night Henderson received Black Kettle."
    assert ("That night", "1867-10-27", "day") in resolved(text, datetime.date(1867, 10, 29))


def test_near_miss_that_night_naming_a_thing_is_no_day():
    text = "They met on Oct. 27. It was that night club Henderson liked."
    assert [d for d in resolved(text, datetime.date(1867, 10, 29)) if "night" in d[0]] == []


# --- tune48e: "later that month" after a year of a person's background
def test_that_month_after_a_background_year_is_the_month_told_before_it():
    text = (
        "Arias hosted them on July 9. Arias, who won the Nobel Peace Prize in 1987 for his work, "
        "put forward a plan. Micheletti rejected it later that month."
    )
    assert ("later that month", "2009-07-01", "month") in resolved(text, datetime.date(2009, 12, 3))


def test_near_miss_that_month_after_a_year_of_the_narrative_names_no_month():
    text = (
        "Arias hosted them on July 9. In 1987 he put forward a plan. They rejected it that month."
    )
    assert [d for d in resolved(text, datetime.date(2009, 12, 3)) if "month" in d[0]] == []


# --- tune49e: "on Tuesday, the day before the surrender": set beside a day, that day
def test_day_before_set_beside_a_day_is_that_day():
    text = "Pantin met Abu Bakr on Tuesday, the day before the surrender, and again on Wednesday."
    assert ("the day before", "1990-07-31", "day") in resolved(text, datetime.date(1990, 8, 3))


def test_a_day_before_set_beside_a_day_and_its_part_is_that_day():
    text = "Lee received Koo on Monday evening, a day before the talks opened, and saw Wang."
    assert ("a day before", "1993-04-26", "day") in resolved(text, datetime.date(1993, 4, 29))


def test_the_day_after_the_meeting_set_beside_a_day_is_that_day():
    text = "On Saturday, the day after the meeting, his officers proclaimed a government."
    assert ("the day after the meeting", "1878-03-16", "day") in resolved(
        text, datetime.date(1878, 3, 21)
    )


def test_near_miss_a_day_after_set_beside_a_said_clause_is_the_day_before():
    text = "Medvedev signed the plan on Saturday, the Kremlin said, a day after Saakashvili did."
    assert ("a day after", "2008-08-15", "day") in resolved(text, datetime.date(2008, 8, 16))


def test_near_miss_a_day_before_beside_no_day_is_not_read():
    text = "They met on Monday. Talks resumed in the city, a day before the vote, without him."
    assert [d for d in resolved(text, datetime.date(1993, 4, 29)) if "before" in d[0]] == []


# --- tune49e: "in the new year", "early in the new year": the year that follows
def test_in_the_new_year_late_in_a_year_is_the_next_year():
    text = "Quebec would open separate talks with them in the new year."
    assert ("the new year", "1976-01-01", "year") in resolved(text, datetime.date(1975, 11, 12))


def test_early_in_the_new_year_is_the_next_year():
    text = "A geological party is expected early in the new year."
    assert ("early in the new year", "1935-01-01", "year") in resolved(
        text, datetime.date(1934, 12, 24)
    )


def test_near_miss_a_new_year_message_is_no_date():
    text = "He gave a new year message to the troops and a new year gift to the chiefs."
    assert resolved(text, datetime.date(1975, 11, 12)) == []


# --- tune49e: a capitalised season before a capitalised word is part of a name
def test_near_miss_a_season_in_a_place_name_is_no_date():
    text = "The bargain was struck at his home in the Spring Valley section of the capital."
    assert resolved(text, datetime.date(1960, 1, 6)) == []


def test_a_season_after_in_the_before_a_name_is_still_a_date():
    text = "In the spring Congress voted the money."
    assert ("the spring", "1960-01-01", "year") in resolved(text, datetime.date(1960, 7, 6))


# --- tune49e: "ended on July 2, two days before the general election": that day
def test_days_before_an_event_set_beside_a_day_is_that_day():
    text = "The last strike ended on July 2, two days before the general election."
    assert ("two days before the general", "2024-07-02", "day") in resolved(
        text, datetime.date(2024, 9, 20)
    )


def test_near_miss_weeks_after_an_event_set_beside_a_day_is_not_that_day():
    text = "The follow-up round opened on Monday in Paris, three weeks after the first session."
    assert [d for d in resolved(text, datetime.date(1999, 3, 16)) if "weeks" in d[0]] == []


# --- tune49e: "on Jan. 30, the day after a striker was shot": set beside a day, that day
def test_the_day_after_a_clause_set_beside_a_day_is_that_day():
    text = "Ettor and Giovannitti were arrested on Jan. 30, the day after a striker was shot."
    assert ("the day after", "1912-01-30", "day") in resolved(text, datetime.date(1912, 3, 15))


def test_near_miss_the_day_after_a_clause_beside_no_day_is_not_read():
    text = (
        "They were arrested on Jan. 30. In the city, the day after a striker was shot, it rained."
    )
    assert [d for d in resolved(text, datetime.date(1912, 3, 15)) if "after" in d[0]] == []


# --- t52e: "put the plan to Hamas on Sunday": a plan handed to someone looks ahead to nothing
@pytest.mark.parametrize(
    "text",
    [
        "Egypt put the plan to Hamas on Sunday.",
        "Egypt put the plan to Hamas on Sunday, and Hamas turned it down.",
        "Blinken presented the plan to the Israeli cabinet on Sunday.",
    ],
)
def test_a_plan_handed_to_someone_on_a_weekday_is_the_weekday_before(text):
    assert ("Sunday", "2024-06-09", "day") in resolved(text, datetime.date(2024, 6, 10))


@pytest.mark.parametrize(
    "text", ["Hamas plans to respond on Sunday.", "Israel plans to vote on the text on Sunday."]
)
def test_near_miss_a_party_planning_to_act_on_a_weekday_looks_ahead(text):
    assert ("Sunday", "2024-06-16", "day") in resolved(text, datetime.date(2024, 6, 10))
