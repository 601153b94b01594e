"""Drafting candidates from an article's text.

The result has the shape of the `candidates` object in design/api.md ("Article intake"): a dict
with the lists `actors`, `quotes`, `dates`, `meetings`, `events` and `status_signals`; every
candidate is a dict with a `key` (stable for the same text, publication date and database) and a
`span` ([start, end] character offsets into the text), plus the fields api.md names for its kind.
Matched records are written as {"id", "name"}.
"""

import datetime

CANDIDATE_KINDS = ("actors", "quotes", "dates", "meetings", "events", "status_signals")


def draft_candidates(text: str, published_on: datetime.date, language: str = "en") -> dict:
    """The candidates found in `text`, resolved against `published_on` and the database."""
    return {kind: [] for kind in CANDIDATE_KINDS}
