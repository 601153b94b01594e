"""The day of a status signal (`changed_on`, negotiations/intake/signals.py): the day its own
clause names, else the day the article gives the act it tells of. Every sentence here is written
for the test; none is taken from an article. The articles' convention (tests/intake/articles/
README.md): a pending answer is dated by the publication date; any other is dated only where
the article dates it to a day."""

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
