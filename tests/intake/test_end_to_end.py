"""The seed article through the real drafting engine (negotiations.intake.extract) and the
accept step, with only the ticks the review page makes by default.

On main the engine is a stub that finds nothing; the first test then checks the invariants on an
empty draft and runs fully once the engine (branch intake-engine) is merged. The second expects
the engine's findings on the seed article and is marked to fail until then."""

import datetime

import pytest

from negotiations.intake.review import is_confident
from negotiations.models import Intake, IntakeRecord, Meeting, Response, Statement
from tests.api.contract import row_counts
from tests.intake.builders import SEED_DATE, SEED_TEXT, seed_world

pytestmark = pytest.mark.django_db

RECORD_KINDS = ("actors", "quotes", "meetings", "events", "status_signals")


@pytest.fixture
def world(db):
    return seed_world()


@pytest.fixture
def seed_intake(world, analyst):
    return Intake.objects.create_from_article(
        text=SEED_TEXT, published_on=SEED_DATE, publisher="AFP", created_by=analyst
    )


def default_ticks(intake) -> list[str]:
    return [
        candidate["key"]
        for kind in RECORD_KINDS
        for candidate in intake.candidate_list(kind)
        if is_confident(kind, candidate)
    ]


def test_the_seed_article_drafted_and_ticked_becomes_records_citing_it(seed_intake, analyst):
    keys = default_ticks(seed_intake)
    for kind in seed_intake.candidates:
        for candidate in seed_intake.candidate_list(kind):
            start, end = candidate["span"]
            assert 0 <= start < end <= len(SEED_TEXT), candidate

    acceptance = seed_intake.accept(keys, {}, user=analyst)
    counts = row_counts()
    again = seed_intake.accept(keys, {}, user=analyst)

    assert set(IntakeRecord.objects.filter(intake=seed_intake).values_list("key", flat=True)) == (
        set(keys)
    )
    for model, resource in ((Statement, "statements"), (Meeting, "meetings")):
        for record in model.objects.filter(pk__in=acceptance.created[resource]):
            assert seed_intake.source in record.sources.all()
    assert row_counts() == counts
    assert set(again.skipped) == set(keys)


def test_the_seed_article_drafts_the_worked_example(world, seed_intake, analyst):
    candidates = seed_intake.candidates
    matched = {(c.get("actor") or {}).get("id") for c in candidates["actors"]}
    assert {world.hamas.pk, world.blinken.pk} <= matched
    quote = next(q for q in candidates["quotes"] if q["text"].startswith("Deal or no deal"))
    assert quote["speaker"]["id"] == world.blinken.pk
    assert any(
        d["text"] in ("Monday", "on Monday") and d["date"] == "2024-06-10"
        for d in candidates["dates"]
    )
    assert any(
        (m.get("location") or {}).get("id") == world.cairo.pk for m in candidates["meetings"]
    )
    assert any(
        (s.get("respondent") or {}).get("id") == world.hamas.pk and s["status"] == "pending"
        for s in candidates["status_signals"]
    )

    seed_intake.accept(default_ticks(seed_intake), {}, user=analyst)

    assert Statement.objects.filter(speaker=world.blinken, date=SEED_DATE).exists()
    assert Meeting.objects.filter(location=world.cairo, date=datetime.date(2024, 6, 10)).exists()
    assert Response.objects.filter(respondent=world.hamas, status="pending").exists()
