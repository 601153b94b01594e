"""The day of a status signal (`changed_on`, negotiations/intake/signals.py): the day its own
clause names, else the day the article gives the act it tells of. Every sentence here is written
for the test; none is taken from an article. The articles' convention (tests/intake/articles/
README.md): a pending answer is dated by the publication date; any other is dated only where
the article dates it to a day."""

import pytest

from tests.factories import ProposalFactory
from tests.intake.test_signals import PLAN, signals

# published on Monday, June 10, 2024


def test_a_text_initialled_and_later_signed_is_accepted_on_each_day(world):
    text = (
        "Hamas initialled the May 31 plan in Doha on Thursday. "
        "Hamas signed the May 31 plan in Cairo on Sunday."
    )
    assert sorted(signals(text)) == [
        ("Hamas", PLAN, "accepted", "2024-06-06"),
        ("Hamas", PLAN, "accepted", "2024-06-09"),
    ]


def test_a_text_backed_twice_is_accepted_once(world):
    text = "Hamas backed the May 31 plan on Thursday. Hamas endorsed the May 31 plan on Sunday."
    assert signals(text) == [("Hamas", PLAN, "accepted", "2024-06-06")]


def test_a_signature_told_twice_on_one_day_is_one_signal(world):
    text = (
        "Hamas signed the May 31 plan on Sunday. "
        "Hamas signed the May 31 plan in Cairo on Sunday, officials said."
    )
    assert signals(text) == [("Hamas", PLAN, "accepted", "2024-06-09")]


def test_a_day_after_counts_back_from_the_day_of_the_clause_it_hangs_on(world):
    text = (
        "Egypt signed the May 31 plan on Sunday, a day after Hamas put its name to the same "
        "document in Doha."
    )
    assert sorted(signals(text)) == [
        ("Egypt", PLAN, "accepted", "2024-06-09"),
        ("Hamas", PLAN, "accepted", "2024-06-08"),
    ]


def test_days_after_count_back_past_an_attribution(world):
    text = (
        "Hamas accepted the May 31 plan on Sunday, Egyptian officials said, three days after "
        "Israel endorsed it."
    )
    assert ("Israel", PLAN, "accepted", "2024-06-06") in signals(text)


def test_a_day_before_counts_forward(world):
    text = "Egypt signed the May 31 plan on Thursday, two days before Hamas signed it in Doha."
    assert ("Hamas", PLAN, "accepted", "2024-06-08") in signals(text)


@pytest.mark.parametrize(
    "text",
    [
        # a span not counted to the day
        "Egypt signed the May 31 plan on Sunday, less than a day after Hamas signed it.",
        # the day of the clause the span hangs on is not given
        "Sisi spoke on Sunday of a strike that came a day after Hamas signed the May 31 plan.",
    ],
)
def test_a_span_from_no_day_of_its_own_clause_dates_nothing(world, text):
    assert ("Hamas", PLAN, "accepted", "2024-06-08") not in signals(text)


def test_that_night_is_the_day_the_sentence_before_gave(world):
    text = (
        "Blinken held talks with Sisi in Cairo on Thursday before flying to Doha the same "
        "evening. Hamas accepted the May 31 plan that night on condition that Israel withdrew."
    )
    assert ("Hamas", PLAN, "accepted_with_conditions", "2024-06-06") in signals(text)


def test_a_step_told_with_then_takes_the_day_the_story_told_last(world):
    text = (
        "Sisi announced a deal late on Thursday after hosting Egypt's neighbours in Cairo. "
        "Blinken held separate talks with each envoy before the dinner. "
        "Egypt and Israel then signed the May 31 plan at the palace."
    )
    assert sorted(signals(text)) == [
        ("Egypt", PLAN, "accepted", "2024-06-06"),
        ("Israel", PLAN, "accepted", "2024-06-06"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # "since then": a later time, not that day
        "Sisi hosted the talks on Thursday. Israel has since then accepted the May 31 plan.",
        # the date told last is a month: no day is told
        "Sisi hosted the talks on Thursday and again in May. Israel then accepted the May 31 plan.",
    ],
)
def test_then_after_another_time_or_a_month_dates_nothing(world, text):
    assert signals(text) == [("Israel", PLAN, "accepted", "2024-06-10")]


def test_an_agreement_told_in_the_perfect_takes_the_day_it_was_announced(world):
    ProposalFactory(process=world.process, title="Nile Water Accord")
    text = (
        "Egypt and Israel have agreed to end their quarrel over water in the Nile Water Accord "
        "reached in Cairo. Blinken announced the accord on Thursday night at a news conference."
    )
    assert sorted(signals(text)) == [
        ("Egypt", "Nile Water Accord", "accepted", "2024-06-06"),
        ("Israel", "Nile Water Accord", "accepted", "2024-06-06"),
    ]


def test_an_agreement_told_in_the_perfect_takes_the_day_it_was_signed(world):
    ProposalFactory(process=world.process, title="Nile Water Accord")
    text = (
        "Egypt and Israel have agreed to share the river in the Nile Water Accord. The accord "
        "was signed late on Wednesday in a tent on the border."
    )
    assert sorted(signals(text)) == [
        ("Egypt", "Nile Water Accord", "accepted", "2024-06-05"),
        ("Israel", "Nile Water Accord", "accepted", "2024-06-05"),
    ]


def test_an_agreement_in_the_perfect_keeps_its_day_when_the_signing_is_only_planned(world):
    ProposalFactory(process=world.process, title="Nile Water Accord")
    text = (
        "Egypt and Israel have agreed to share the river in the Nile Water Accord. The accord "
        "will be signed on Friday in Cairo."
    )
    assert sorted(signals(text)) == [
        ("Egypt", "Nile Water Accord", "accepted", "2024-06-10"),
        ("Israel", "Nile Water Accord", "accepted", "2024-06-10"),
    ]


def test_a_plan_announced_is_not_the_day_the_parties_agreed(world):
    text = (
        "Egypt and Israel have agreed to the May 31 plan, officials said. Blinken announced "
        "the plan on Thursday night at a news conference."
    )
    assert sorted(signals(text)) == [
        ("Egypt", PLAN, "accepted", "2024-06-10"),
        ("Israel", PLAN, "accepted", "2024-06-10"),
    ]


def test_an_answer_after_the_talks_takes_the_day_of_the_meeting_told_last(world):
    text = (
        "Blinken met Sisi in Cairo on Thursday to discuss the May 31 plan. "
        "Hamas dismissed the May 31 plan outright after the talks."
    )
    assert signals(text) == [("Hamas", PLAN, "rejected", "2024-06-06")]


def test_a_signature_with_no_day_takes_the_day_its_signatories_signed_on_before(world):
    text = (
        "Egypt and Israel signed accords in Cairo on Sunday night. "
        "Egypt and Israel put their names to the May 31 plan at a ceremony in the palace."
    )
    assert sorted(signals(text)) == [
        ("Egypt", PLAN, "accepted", "2024-06-09"),
        ("Israel", PLAN, "accepted", "2024-06-09"),
    ]


def test_a_lead_naming_no_signatory_dates_the_signatures_the_article_tells_next(world):
    text = (
        "The envoys of two Middle Eastern nations signed the May 31 plan late Sunday. "
        "Egypt and Israel put their names to the text at the close of a summit."
    )
    assert sorted(signals(text)) == [
        ("Egypt", PLAN, "accepted", "2024-06-09"),
        ("Israel", PLAN, "accepted", "2024-06-09"),
    ]


def test_a_lead_naming_no_signatory_of_another_text_dates_no_signature(world):
    ProposalFactory(title="Rafah crossing protocol")
    text = (
        "The envoys of two nations signed the Rafah crossing protocol late Sunday. "
        "Egypt and Israel put their names to the May 31 plan at the close of a summit."
    )
    assert ("Egypt", PLAN, "accepted", "2024-06-10") in signals(text)


def test_an_earlier_signing_by_others_dates_no_signature(world):
    text = (
        "Jordan and Qatar signed accords in Amman on Sunday night. "
        "Egypt and Israel put their names to the May 31 plan at a ceremony in the palace."
    )
    assert sorted(signals(text)) == [
        ("Egypt", PLAN, "accepted", "2024-06-10"),
        ("Israel", PLAN, "accepted", "2024-06-10"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a day set off by a comma after the verb is still its clause's
        "Once talks resumed on Thursday, Hamas signed the May 31 plan in Cairo, on Sunday.",
        # a day in a relative clause before the verb is not
        "Hamas, which Israel fought on Thursday, signed the May 31 plan in Cairo, on Sunday.",
    ],
)
def test_the_day_after_the_verb_in_the_clause_the_clause_reader_finds(world, text):
    assert signals(text) == [("Hamas", PLAN, "accepted", "2024-06-09")]


def test_a_day_set_off_by_a_comma_dates_the_signature_in_its_own_clause(world):
    text = (
        "Hamas initialled the May 31 plan in Doha, on Thursday. "
        "Hamas signed the May 31 plan in Cairo, on Sunday."
    )
    assert sorted(signals(text)) == [
        ("Hamas", PLAN, "accepted", "2024-06-06"),
        ("Hamas", PLAN, "accepted", "2024-06-09"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The round opened on Monday, June 3, and ran until Thursday, when Hamas accepted the "
        "May 31 plan with reservations.",
        "Talks began on June 3 and ended on Thursday, when Hamas rejected the May 31 plan.",
        "On Thursday, when Israel formally endorsed the May 31 plan, the talks closed.",
    ],
)
def test_when_after_a_day_dates_the_response_by_that_day(world, text):
    # "..., on DAY, when X accepted P": "when" takes up the day just before it, not the first
    # day of the sentence
    assert [s[3] for s in signals(text)] == ["2024-06-06"]


def test_when_after_a_day_of_another_clause_dates_nothing_of_its_own(world):
    # the day before "when" is not next to it: the response keeps the day of its own clause
    text = "Talks ended on Thursday in Cairo, when Hamas rejected the May 31 plan on Sunday."
    assert [s[3] for s in signals(text)] == ["2024-06-09"]


# --- tune38b


def test_an_answer_at_that_meeting_is_dated_by_the_meeting_told_before(world):
    text = "Blinken met Sisi in Cairo on Friday. At that meeting Egypt turned down the May 31 plan."
    assert signals(text) == [("Egypt", PLAN, "rejected", "2024-06-07")]


def test_near_miss_an_answer_at_that_point_is_not_dated_by_a_meeting(world):
    # near miss: "at that point" tells no meeting, so no day of one dates it
    text = "Blinken met Sisi in Cairo on Friday. At that point Egypt turned down the May 31 plan."
    assert signals(text) == [("Egypt", PLAN, "rejected", "2024-06-10")]


# --- tune40j


def test_then_passes_over_a_time_still_ahead_to_the_day_told_last(world):
    # "by August 2025" is a deadline to come, not the last step of the story
    text = (
        "Sisi hosted Egypt's neighbours in Cairo on Thursday. "
        "The plan commits Israel to withdraw by August 2025. "
        "Egypt and Israel then signed the May 31 plan."
    )
    assert sorted(signals(text)) == [
        ("Egypt", PLAN, "accepted", "2024-06-06"),
        ("Israel", PLAN, "accepted", "2024-06-06"),
    ]


def test_near_miss_then_after_a_past_month_still_dates_nothing(world):
    text = (
        "Sisi hosted Egypt's neighbours in Cairo on Thursday. "
        "The plan was first drafted in May. "
        "Egypt and Israel then signed the May 31 plan."
    )
    assert sorted(s[3] for s in signals(text)) == ["2024-06-10", "2024-06-10"]


def test_an_answer_told_right_after_a_meeting_takes_the_meeting_s_day(world):
    text = (
        "Blinken received Sisi at his hotel on Friday afternoon and handed him the May 31 plan. "
        "Sisi turned it down."
    )
    assert signals(text) == [("Egypt", PLAN, "rejected", "2024-06-07")]


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph: another time
        "Egypt weighed the plan for weeks.\n\n"
        "Blinken received Sisi at his hotel on Friday afternoon and handed him the May 31 plan."
        "\n\nSisi turned it down.",
        # the news of the day, told in the perfect
        "Blinken received Sisi at his hotel on Friday afternoon and handed him the May 31 plan. "
        "Sisi has turned it down.",
        # a sentence between with a time of its own
        "Blinken received Sisi at his hotel on Friday afternoon and handed him the May 31 plan. "
        "The plan was drafted in May. Sisi turned it down.",
    ],
)
def test_near_miss_an_answer_after_a_meeting_in_another_paragraph_or_time_is_undated(world, text):
    assert [s[3] for s in signals(text) if s[2] == "rejected"] == ["2024-06-10"]


def test_an_answer_at_the_closing_session_takes_the_day_the_article_gives_that_session(world):
    text = (
        "Egypt accepted the May 31 plan at the closing session. "
        "Blinken had received Sisi on Friday before the closing session."
    )
    assert signals(text) == [("Egypt", PLAN, "accepted", "2024-06-07")]


def test_near_miss_an_answer_at_the_session_whose_other_mention_has_two_days_is_undated(world):
    # two days in the sentence that names the session again: which one it met on is not told
    text = (
        "Egypt accepted the May 31 plan at the closing session. "
        "Blinken flew in on Thursday and saw Sisi on Friday before the closing session."
    )
    assert signals(text) == [("Egypt", PLAN, "accepted", "2024-06-10")]


# --- tune50c: the day a text was initialled does not date its signature


def test_the_day_a_text_was_initialled_does_not_date_its_signature(world):
    text = (
        "Hamas put its signature to the May 31 plan. "
        "The plan, initialled in Cairo on Friday, runs to ten pages."
    )
    assert signals(text) == [("Hamas", PLAN, "accepted", "2024-06-10")]


@pytest.mark.parametrize("step", ["initialled", "signed"])
def test_near_miss_the_day_of_the_same_step_still_dates_it(world, step):
    # near miss: an initialling dated by the day it was initialled; a signature by the day
    # it was signed
    text = (
        f"Hamas {'initialled' if step == 'initialled' else 'put its signature to'} the May 31 "
        f"plan. The plan, {step} in Cairo on Friday, runs to ten pages."
    )
    assert signals(text) == [("Hamas", PLAN, "accepted", "2024-06-07")]


# --- tune51d: "rejected the plan when it was announced": the day the text was put


def test_an_answer_given_when_the_text_was_put_takes_the_text_s_day(world):
    text = "Hamas rejected the May 31 plan when it was announced, calling it a trap."
    assert signals(text) == [("Hamas", PLAN, "rejected", "2024-05-31")]


def test_near_miss_an_answer_given_when_something_else_happened_is_undated(world):
    text = "Hamas rejected the May 31 plan when its council met, calling it a trap."
    assert signals(text) == [("Hamas", PLAN, "rejected", "2024-06-10")]


# --- tune51d: "X reached Cairo on Saturday. They said that ...": the day of the sentence before


def test_an_answer_reported_by_they_said_takes_the_day_of_the_sentence_before(world):
    text = (
        "Messengers from Hamas reached Cairo on Saturday. "
        "They said that Hamas accepts the May 31 plan."
    )
    assert signals(text) == [("Hamas", PLAN, "accepted", "2024-06-08")]


@pytest.mark.parametrize(
    "text",
    [
        # others report it
        "Messengers from Hamas reached Cairo on Saturday. "
        "Officials said that Hamas accepts the May 31 plan.",
        # in a paragraph of its own
        "The talks went on in Cairo. Messengers from Hamas reached Cairo on Saturday.\n\n"
        "They said that Hamas accepts the May 31 plan.",
        # the sentence before tells of two days
        "The talks went on in Cairo. Messengers from Hamas reached Cairo on Saturday and left "
        "on Sunday. They said that Hamas accepts the May 31 plan.",
    ],
)
def test_near_miss_a_report_by_others_or_in_another_paragraph_is_undated(world, text):
    assert signals(text) == [("Hamas", PLAN, "accepted", "2024-06-10")]


# --- tune51b: a day written as part of a text's name ("the revised offer of Nov. 6") dates the
# text, not the answer to it


def test_the_day_in_a_text_s_name_does_not_date_the_answer(world):
    text = "Hamas, meeting the mediators in Doha on Saturday, turned down the plan of May 31."
    assert signals(text) == [("Hamas", PLAN, "rejected", "2024-06-08")]


def test_near_miss_a_day_after_another_noun_and_of_dates_the_answer(world):
    # "of June 9" names the session's day, which is the answer's
    text = (
        "Hamas, meeting the mediators on Saturday, turned down the plan at the session of June 9."
    )
    assert signals(text) == [("Hamas", PLAN, "rejected", "2024-06-09")]


# --- t52b: a report taken up by "he said", "it said" is dated as the sentence before it


@pytest.mark.parametrize(
    "text",
    [
        "Sisi reached Doha on Saturday. He said that Egypt accepts the May 31 plan.",
        "In a letter dated June 8, Sisi wrote to the mediators. He said Egypt accepts the May 31 "
        "plan.",
        "The Egyptian foreign ministry met the envoys on Saturday. It added that Egypt accepts "
        "the May 31 plan.",
    ],
)
def test_a_report_taken_up_by_he_said_is_dated_as_the_sentence_before(world, text):
    # "In a letter dated July 9, Maamau said ... He said Kiribati ... would not sign it": the
    # speaker goes on with the statement the sentence before dated
    assert signals(text) == [("Egypt", PLAN, "accepted", "2024-06-08")]


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before tells of two days
        "Sisi reached Doha on Saturday and left on Sunday. He said that Egypt accepts the May 31 "
        "plan.",
        # a day still ahead
        "Sisi will reach Doha on June 12. He said that Egypt accepts the May 31 plan.",
    ],
)
def test_near_miss_he_said_after_two_days_or_one_ahead_is_undated(world, text):
    assert signals(text) == [("Egypt", PLAN, "accepted", "2024-06-10")]


# --- t52b: an answer told in a relative clause on the respondent is dated by that clause


def test_an_answer_in_a_relative_clause_on_the_respondent_takes_its_own_day(world):
    # "without Kiribati, which quit the Forum on Saturday rather than sign": the relative
    # clause's day, not the main clause's Monday
    text = (
        "The mediators met in Doha on Monday without Hamas, which walked out of the talks on "
        "Saturday rather than accept the May 31 plan."
    )
    assert signals(text) == [("Hamas", PLAN, "rejected", "2024-06-08")]


def test_near_miss_a_whose_clause_before_the_verb_keeps_the_main_day(world):
    text = "Egypt, whose envoy left Doha on Saturday, signed the May 31 plan on Sunday."
    assert signals(text) == [("Egypt", PLAN, "accepted", "2024-06-09")]


# --- t54a: a dateline with its agency bare or closed by a full stop, a region, the day before
# the month or a year dates the article, not the answer its lead tells


@pytest.mark.parametrize(
    "dateline",
    [
        "CAIRO, June 10 AFP - ",
        "CAIRO, 10 June 2024. - ",
        "CAIRO, Egypt, 10 June AFP - ",
    ],
)
def test_a_dateline_s_day_does_not_date_the_answer_its_lead_tells(world, dateline):
    text = dateline + "Hamas yesterday accepted the May 31 plan."
    assert signals(text) == [("Hamas", PLAN, "accepted", "2024-06-09")]


def test_near_miss_a_day_of_the_lead_s_own_clause_still_dates_the_answer(world):
    text = "CAIRO, June 10 AFP - Hamas accepted the May 31 plan on Saturday."
    assert signals(text) == [("Hamas", PLAN, "accepted", "2024-06-08")]


def test_near_miss_a_lead_opening_with_a_capitalised_name_is_no_dateline(world):
    # no day after the capitals: the day the lead gives dates the answer
    text = "HAMAS, the Islamist movement, on June 8 accepted the May 31 plan."
    assert signals(text) == [("Hamas", PLAN, "accepted", "2024-06-08")]
