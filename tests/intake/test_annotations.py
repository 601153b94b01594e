"""Every annotated article in tests/intake/articles/ and tests/intake/heldout/ follows the format
of tests/intake/articles/README.md.

The annotations are the ground truth `evaluate_intake` scores against, so a typo in one (a quote
that is not in the text, a date that does not parse, a respondent nobody mentions) would silently
lower or raise the scores. These checks need no database.
"""

import datetime
import json
import re
from pathlib import Path

import pytest

from negotiations.models import Actor, Response

# The held-out folder is never used to tune the engine; both are scored the same way.
FOLDERS = [
    Path(__file__).parent / "articles",
    Path(__file__).parent / "heldout",
]
ANNOTATIONS = sorted(path for folder in FOLDERS for path in folder.glob("*.json"))

ACTOR_KINDS = set(Actor.Kind.values)
RESPONSE_STATUSES = set(Response.Status.values)
PRECISIONS = {"day", "month", "year"}
METADATA_KEYS = {"title", "url", "publisher", "published_on", "language"}
EXPECTED_LISTS = ("actors", "quotes", "dates", "meetings", "events", "status_signals")
DATE_FORMATS = {
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "year": re.compile(r"\d{4}"),
}


def parse_at_precision(value, precision):
    """The date `value` means at `precision`, or an AssertionError saying why it does not parse."""
    assert precision in PRECISIONS, f"precision {precision!r} is not one of {sorted(PRECISIONS)}"
    assert isinstance(value, str) and DATE_FORMATS[precision].fullmatch(value), (
        f"{value!r} is not written as a {precision} date"
    )
    padded = {"day": value, "month": f"{value}-01", "year": f"{value}-01-01"}[precision]
    try:
        return datetime.date.fromisoformat(padded)
    except ValueError as error:
        raise AssertionError(f"{value!r} is not a real date: {error}") from None


def load(annotation_path):
    text = annotation_path.with_suffix(".txt").read_text(encoding="utf-8")
    annotation = json.loads(annotation_path.read_text(encoding="utf-8"))
    return text, annotation


@pytest.mark.parametrize("folder", FOLDERS, ids=[folder.name for folder in FOLDERS])
def test_the_folder_holds_annotated_articles(folder):
    annotations = sorted(folder.glob("*.json"))
    assert annotations, f"no annotation in {folder}"
    for article in folder.glob("*.txt"):
        assert article.with_suffix(".json").exists(), f"{article.name} has no annotation"
    for annotation in annotations:
        assert annotation.with_suffix(".txt").exists(), f"{annotation.name} has no article"


@pytest.fixture(params=ANNOTATIONS, ids=[f"{path.parent.name}/{path.stem}" for path in ANNOTATIONS])
def article(request):
    return load(request.param)


def test_metadata(article):
    text, annotation = article
    assert text.strip(), "the article is empty"
    missing = METADATA_KEYS - annotation.keys()
    assert not missing, f"missing metadata {sorted(missing)}"
    for key in METADATA_KEYS - {"url"}:
        assert isinstance(annotation[key], str) and annotation[key], f"{key} is empty"
    parse_at_precision(annotation["published_on"], "day")
    assert re.fullmatch(r"[a-z]{2}", annotation["language"]), "language is a two-letter code"
    # An article copied from print or a wire feed may have no address; one given is a web one.
    assert annotation["url"] == "" or annotation["url"].startswith(("http://", "https://"))


def test_known_records(article):
    _, annotation = article
    known = annotation["known"]
    assert set(known) <= {"actors", "locations", "proposals"}, f"unknown keys in known: {known}"
    names = [actor["name"] for actor in known.get("actors", [])]
    assert len(names) == len(set(names)), "a known actor is listed twice"
    for actor in known.get("actors", []):
        assert actor["name"], "a known actor has no name"
        assert actor.get("kind", "person") in ACTOR_KINDS, f"{actor['name']}: bad kind"
        assert isinstance(actor.get("aliases", []), list), f"{actor['name']}: aliases is a list"
        for position in actor.get("positions", []):
            assert actor.get("kind", "person") == "person", f"{actor['name']} holds a post"
            assert position["title"] and position["organisation"], f"{actor['name']}: position"
            for bound in ("start", "end"):
                if position.get(bound) is not None:
                    parse_at_precision(position[bound], "day")
    for location in known.get("locations", []):
        assert location["name"], "a known location has no name"
    for proposal in known.get("proposals", []):
        assert proposal["title"], "a known proposal has no title"
        # a recorded proposal's day is a date: a year or a month alone cannot be recorded
        if proposal.get("announced_on") is not None:
            parse_at_precision(proposal["announced_on"], "day")


def test_expected_lists(article):
    _, annotation = article
    expected = annotation["expected"]
    for key in EXPECTED_LISTS:
        assert isinstance(expected.get(key), list), f"expected.{key} is missing or not a list"
    assert set(expected) <= set(EXPECTED_LISTS), f"unknown keys in expected: {sorted(expected)}"


def test_actors_are_mentioned_and_either_known_or_new(article):
    text, annotation = article
    known = {actor["name"] for actor in annotation["known"].get("actors", [])}
    names = [actor["name"] for actor in annotation["expected"]["actors"]]
    assert len(names) == len(set(names)), "an actor is listed twice in expected.actors"
    for actor in annotation["expected"]["actors"]:
        name = actor["name"]
        for mention in actor.get("mentions", []):
            assert mention in text, f"{name}: mention {mention!r} is not in the article"
        assert any(written in text for written in [name, *actor.get("mentions", [])]), (
            f"{name} is neither named nor mentioned in the article"
        )
        if actor.get("new"):
            assert name not in known, f"{name} is marked new but is listed under known"
            assert actor.get("kind", "person") in ACTOR_KINDS, f"{name}: bad kind"
        else:
            assert name in known, f"{name} is not under known: mark it new"


def expected_actor_names(annotation):
    return {actor["name"] for actor in annotation["expected"]["actors"]}


def test_quotes_are_verbatim_with_an_expected_speaker(article):
    text, annotation = article
    actors = expected_actor_names(annotation)
    for quote in annotation["expected"]["quotes"]:
        assert quote["text"] and quote["text"] in text, f"quote not in the article: {quote}"
        assert "speaker" in quote, f"quote without a speaker key (null when unsaid): {quote}"
        assert quote["speaker"] is None or quote["speaker"] in actors, (
            f"speaker {quote['speaker']!r} is not an expected actor"
        )


def test_dates_are_verbatim_and_parse_at_their_precision(article):
    text, annotation = article
    for date in annotation["expected"]["dates"]:
        assert date["text"] and date["text"] in text, f"date not in the article: {date}"
        parse_at_precision(date["date"], date["precision"])


def test_meetings_and_events(article):
    _, annotation = article
    actors = expected_actor_names(annotation)
    for meeting in annotation["expected"]["meetings"]:
        parse_at_precision(meeting["date"], meeting["precision"])
        assert "location" in meeting, "meeting without a location key (null when unsaid)"
        assert len(meeting["participants"]) >= 2, f"a meeting needs two participants: {meeting}"
        for participant in meeting["participants"]:
            assert participant in actors, f"participant {participant!r} is not an expected actor"
    for event in annotation["expected"]["events"]:
        assert event["title"], f"an event has no title: {event}"
        if event.get("date") is not None:
            parse_at_precision(event["date"], event["precision"])


def test_status_signals_name_an_expected_respondent_and_a_known_proposal(article):
    _, annotation = article
    actors = expected_actor_names(annotation)
    proposals = {proposal["title"] for proposal in annotation["known"].get("proposals", [])}
    for signal in annotation["expected"]["status_signals"]:
        assert signal["respondent"] in actors, f"respondent {signal['respondent']!r} unknown"
        assert signal["proposal"] in proposals, f"proposal {signal['proposal']!r} is not known"
        assert signal["status"] in RESPONSE_STATUSES, f"bad status {signal['status']!r}"
        if signal.get("changed_on") is not None:
            parse_at_precision(signal["changed_on"], "day")
