"""The seed article drafts every actor, quote, date, meeting and the pending response that
design/domain.md lists, against the worked example as the demo records it (`gaza`)."""

from pathlib import Path

import pytest

from negotiations.demo.article import ARTICLE_DATE, STATEMENTS
from negotiations.intake.extract import draft_candidates

SEED = Path(__file__).parent / "articles" / "gaza-talks-june-2024.txt"


@pytest.fixture
def drafted(gaza):
    return draft_candidates(SEED.read_text(encoding="utf-8"), ARTICLE_DATE)


def test_the_seed_text_is_the_shared_seed_verbatim():
    shared = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed"
    assert SEED.read_text(encoding="utf-8") == (shared / SEED.name).read_text(encoding="utf-8")


def test_every_actor_domain_md_lists_is_matched_and_nothing_else(drafted):
    matched = {a["actor"]["name"] for a in drafted["actors"] if a["actor"]}
    assert matched == {
        "United States",
        "Egypt",
        "Israel",
        "Qatar",
        "Jordan",
        "Hamas",
        "Antony Blinken",
        "Joe Biden",
        "Abdel Fattah al-Sisi",
        "Benjamin Netanyahu",
        "Abbas Kamel",
        "General Intelligence Directorate",
    }
    assert all(a["actor"] for a in drafted["actors"]), "no actor is offered as new"


def test_every_quote_with_its_speaker(drafted):
    speakers = {q["text"]: q["speaker"]["name"] for q in drafted["quotes"]}
    demo_speakers = {"egypt": "Egypt", "antony-blinken": "Antony Blinken"}
    for statement in STATEMENTS:
        text = statement["text"].rstrip(".")
        assert speakers[text] == demo_speakers[statement["speaker"]]
    assert speakers["press Hamas"] == "Antony Blinken"
    assert len(drafted["quotes"]) == 5


def test_every_date_resolved(drafted):
    dates = {(d["text"], d["date"], d["precision"]) for d in drafted["dates"]}
    assert dates == {
        ("Monday", "2024-06-10", "day"),
        ("1979", "1979-01-01", "year"),
        ("early October", "2023-10-01", "month"),
        ("May 31", "2024-05-31", "day"),
    }
    assert len(drafted["dates"]) == 6  # "on Monday" three times


def test_the_cairo_and_the_israel_meetings(drafted):
    meetings = [
        (
            sorted(p["actor"]["name"] for p in m["participants"]),
            m["date"],
            m["location"]["name"] if m["location"] else m["location_name"],
        )
        for m in drafted["meetings"]
    ]
    assert meetings == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-10", "Cairo"),
        (["Antony Blinken", "Benjamin Netanyahu"], "2024-06-10", "Israel"),
    ]


def test_hamas_response_to_the_may_31_plan_is_pending(drafted, gaza):
    assert [
        (s["respondent"]["name"], s["proposal"]["id"], s["status"], s["changed_on"])
        for s in drafted["status_signals"]
    ] == [("Hamas", gaza.proposal.pk, "pending", "2024-06-10")]


def test_the_events_of_the_background(drafted):
    assert {(e["date"], e["date_precision"]) for e in drafted["events"]} == {
        ("2023-10-01", "month"),
        ("2024-05-01", "month"),
        ("1979-01-01", "year"),
    }
