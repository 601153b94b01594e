"""shared/design/api.md written down as data, and valid payloads for every resource.

The contract tests are written from api.md alone: paths, field names and choice values below are
copied from it, never read from the API's code, so that a drift between the two shows up as a
failing test instead of being absorbed.
"""

import datetime

from negotiations import models
from tests import factories

API = "/api/v1/"

COMMON_FIELDS = {"id", "url", "created_at", "updated_at"}

# Fields of each resource besides the common ones, exactly as api.md's table lists them.
FIELDS = {
    "actors": {
        "name",
        "slug",
        "kind",
        "short_name",
        "aliases",
        "country",
        "parent",
        "wikidata_id",
        "description",
    },
    "positions": {"person", "organization", "title", "start", "end", "sources"},
    "locations": {"name", "kind", "country", "latitude", "longitude"},
    "sources": {
        "title",
        "url",
        "publisher",
        "author",
        "published_on",
        "language",
        "excerpt",
        "reliability",
        "credibility",
    },
    "processes": {"title", "slug", "summary", "status", "started_on", "ended_on", "parties"},
    # `sources` on mediators, the `parties` resource and a statement's `meeting` are api.md's
    # additions (issue 7: "Parties with their periods"; every fact sourced; the meeting where a
    # statement was said): new fields and a new resource that leave version 1 clients working.
    "mediators": {"process", "actor", "role", "since", "until", "notes", "sources"},
    "parties": {"process", "actor", "side", "since", "until", "sources"},
    "proposals": {
        "process",
        "title",
        "slug",
        "short_name",
        "announced_on",
        "announced_by",
        "authors",
        "status",
        "summary",
        "full_text",
        "document_url",
        "supersedes",
        "phases",
        "sources",
        "responses",
    },
    "responses": {
        "proposal",
        "respondent",
        "status",
        "requested_on",
        "due_on",
        "responded_on",
        "counter_proposal",
        "summary",
        "sources",
        "days_pending",
        "overdue",
    },
    "meetings": {
        "process",
        "title",
        "date",
        "date_precision",
        "location",
        "format",
        "kind",
        "closed_door",
        "participants",
        "proposals",
        "trip",
        "summary",
        "outcome",
        "sources",
    },
    "trips": {
        "traveller",
        "title",
        "ordinal",
        "start",
        "end",
        "purpose",
        "stops",
        "sources",
    },
    "statements": {
        "speaker",
        "date",
        "text",
        "kind",
        "audience",
        "process",
        "proposal",
        "meeting",
        "sources",
    },
    "events": {
        "date",
        "date_precision",
        "kind",
        "title",
        "description",
        "location",
        "actors",
        "process",
        "sources",
    },
}

RESOURCES = tuple(FIELDS)
STATUS_LOGGED = ("processes", "proposals", "responses")

NESTED_FIELDS = {
    "phases": {"number", "title", "duration_days", "summary", "provisions"},
    "provisions": {"topic", "text"},
    "participants": {"actor", "role"},
    "stops": {"order", "location", "date", "status"},
    "responses": {"id", "respondent", "status", "days_pending", "overdue"},
}

STATUS_CHANGE_FIELDS = {"status", "changed_on", "note", "sources", "recorded_by", "recorded_at"}

CHANGE_FIELDS = {"resource", "id", "action", "changed_at", "changed_by", "fields"}

# Relations read as objects with at least `id` and `name` or `title` (api.md, Basics).
SINGLE_RELATIONS = {
    "actors": ["parent"],
    "positions": ["person", "organization"],
    "locations": [],
    "sources": [],
    "processes": [],
    "mediators": ["process", "actor"],
    "parties": ["process", "actor"],
    "proposals": ["process", "announced_by", "supersedes"],
    "responses": ["proposal", "respondent", "counter_proposal"],
    "meetings": ["process", "location", "trip"],
    "trips": ["traveller"],
    "statements": ["speaker", "process", "proposal", "meeting"],
    "events": ["location", "process"],
}
LIST_RELATIONS = {
    "actors": [],
    "positions": ["sources"],
    "locations": [],
    "sources": [],
    "processes": ["parties"],
    "mediators": ["sources"],
    "parties": ["sources"],
    "proposals": ["authors", "sources"],
    "responses": ["sources"],
    "meetings": ["proposals", "sources"],
    "trips": ["sources"],
    "statements": ["sources"],
    "events": ["actors", "sources"],
}

# Choice fields and their values, copied from api.md.
CHOICES = {
    "actors": {
        "kind": {
            "state",
            "government_body",
            "armed_group",
            "political_movement",
            "international_org",
            "person",
            "other",
        }
    },
    "locations": {"kind": {"city", "border_crossing", "region", "country", "other"}},
    "sources": {
        "reliability": set("ABCDEF"),
        "credibility": set("123456"),
    },
    "processes": {"status": {"active", "stalled", "suspended", "concluded", "collapsed"}},
    "mediators": {
        "role": {"mediator", "co_mediator", "facilitator", "guarantor", "observer"},
    },
    "proposals": {
        "status": {
            "draft",
            "tabled",
            "under_negotiation",
            "accepted",
            "partially_accepted",
            "rejected",
            "superseded",
            "implemented",
            "collapsed",
            "withdrawn",
        }
    },
    "responses": {
        "status": {
            "pending",
            "acknowledged",
            "accepted",
            "accepted_with_conditions",
            "countered",
            "rejected",
            "withdrawn",
        }
    },
    "meetings": {
        "format": {"in_person", "phone", "video"},
        "kind": {"bilateral", "multilateral", "shuttle", "summit", "working_level"},
        "date_precision": {"day", "month", "year"},
    },
    "trips": {},
    "statements": {"kind": {"quote", "official_statement", "readout", "press_release"}},
    "events": {
        "kind": {
            "military",
            "humanitarian",
            "border_crossing",
            "hostage_release",
            "ceasefire",
            "resolution",
            "political",
            "other",
        },
        "date_precision": {"day", "month", "year"},
    },
    "positions": {},
    "parties": {},
}
NESTED_CHOICES = {
    ("meetings", "participants", "role"): {
        "host",
        "guest",
        "mediator",
        "attendee",
        "head_of_delegation",
    },
    ("trips", "stops", "status"): {"planned", "done", "cancelled"},
    ("proposals", "phases", "provisions", "topic"): None,  # the contract lists no topics
}

MODELS = {
    "actors": models.Actor,
    "positions": models.Position,
    "locations": models.Location,
    "sources": models.Source,
    "processes": models.NegotiationProcess,
    "mediators": models.Mediator,
    "parties": models.Party,
    "proposals": models.Proposal,
    "responses": models.Response,
    "meetings": models.Meeting,
    "trips": models.Trip,
    "statements": models.Statement,
    "events": models.Event,
}

# A status each log can move to from its record's default, dated after the factories' start dates.
NEXT_STATUS = {"processes": "stalled", "proposals": "under_negotiation", "responses": "countered"}
STATUS_CHANGE_DATE = "2024-06-05"


def list_url(resource: str) -> str:
    return f"{API}{resource}/"


def detail_url(resource: str, pk) -> str:
    return f"{API}{resource}/{pk}/"


def results(body):
    """The items of a list answer: paginated as api.md says, or a bare list for sub-lists."""
    if isinstance(body, dict) and "results" in body:
        return body["results"]
    return body


def make_record(resource: str):
    """A fresh record of `resource` that nothing points at, so it can also be deleted."""
    factory = {
        "actors": factories.ActorFactory,
        "positions": factories.PositionFactory,
        "locations": factories.LocationFactory,
        "sources": factories.SourceFactory,
        "processes": factories.ProcessFactory,
        "mediators": factories.MediatorFactory,
        "parties": factories.PartyFactory,
        "proposals": factories.ProposalFactory,
        "responses": factories.ResponseFactory,
        "meetings": factories.MeetingFactory,
        "trips": factories.TripFactory,
        "statements": factories.StatementFactory,
        "events": factories.EventFactory,
    }[resource]
    return factory()


def make_rich_record(resource: str):
    """A record of `resource` with every relation and nested list filled, for reading shapes."""
    source = factories.SourceFactory()
    if resource == "actors":
        return factories.ActorFactory(parent=factories.ActorFactory(), aliases=["Other name"])
    if resource == "positions":
        record = factories.PositionFactory()
    elif resource == "locations":
        return factories.LocationFactory()
    elif resource == "sources":
        return source
    elif resource == "processes":
        record = factories.ProcessFactory()
        record.parties.add(factories.ActorFactory(), factories.ActorFactory())
        return record
    elif resource == "mediators":
        record = factories.MediatorFactory(since=datetime.date(2023, 11, 1))
    elif resource == "parties":
        record = factories.PartyFactory(side="Israel", since=datetime.date(2023, 10, 7))
    elif resource == "proposals":
        record = factories.ProposalFactory(
            announced_by=factories.PersonFactory(), supersedes=factories.ProposalFactory()
        )
        record.authors.add(factories.ActorFactory())
        factories.ProvisionFactory(phase=factories.PhaseFactory(proposal=record, number=1))
        factories.ResponseFactory(proposal=record)
    elif resource == "responses":
        record = factories.ResponseFactory(
            counter_proposal=factories.ProposalFactory(), due_on=datetime.date(2024, 6, 20)
        )
    elif resource == "meetings":
        record = factories.MeetingFactory(trip=factories.TripFactory())
        factories.ParticipantFactory(meeting=record, role="host")
        record.proposals.add(factories.ProposalFactory())
    elif resource == "trips":
        record = factories.TripFactory(ordinal=8)
        factories.TripStopFactory(trip=record, order=1, date=datetime.date(2024, 6, 11))
    elif resource == "statements":
        record = factories.StatementFactory(
            process=factories.ProcessFactory(),
            proposal=factories.ProposalFactory(),
            meeting=factories.MeetingFactory(),
        )
    elif resource == "events":
        record = factories.EventFactory(
            location=factories.LocationFactory(), process=factories.ProcessFactory()
        )
        record.actors.add(factories.ActorFactory())
    else:
        raise ValueError(resource)
    record.sources.add(source)
    return record


def valid_payload(resource: str) -> dict:
    """A complete, valid body for POST or PUT, its relations created with factories."""
    builder = {
        "actors": _actor_payload,
        "positions": _position_payload,
        "locations": _location_payload,
        "sources": _source_payload,
        "processes": _process_payload,
        "mediators": _mediator_payload,
        "parties": _party_payload,
        "proposals": _proposal_payload,
        "responses": _response_payload,
        "meetings": _meeting_payload,
        "trips": _trip_payload,
        "statements": _statement_payload,
        "events": _event_payload,
    }[resource]
    return builder()


# One writable text field per resource, for PATCH and for checking that a write changed nothing.
PATCHABLE_FIELD = {
    "actors": "description",
    "positions": "title",
    "locations": "name",
    "sources": "title",
    "processes": "summary",
    "mediators": "notes",
    "parties": "side",
    "proposals": "summary",
    "responses": "summary",
    "meetings": "summary",
    "trips": "purpose",
    "statements": "audience",
    "events": "description",
}


def partial_payload(resource: str) -> dict:
    return {PATCHABLE_FIELD[resource]: "Changed by a contract test."}


def status_change_payload(resource: str) -> dict:
    return {
        "status": NEXT_STATUS[resource],
        "changed_on": STATUS_CHANGE_DATE,
        "note": "Recorded by a contract test.",
        "sources": [factories.SourceFactory().pk],
    }


def _actor_payload():
    return {
        "name": "State of Qatar",
        "kind": "state",
        "short_name": "Qatar",
        "aliases": ["Qatar"],
        "country": "QA",
        "parent": None,
        "wikidata_id": "Q846",
        "description": "A mediator.",
    }


def _position_payload():
    return {
        "person": factories.PersonFactory().pk,
        "organization": factories.ActorFactory().pk,
        "title": "Secretary of State",
        "start": "2021-01-26",
        "end": None,
        "sources": [factories.SourceFactory().pk],
    }


def _location_payload():
    return {
        "name": "Doha",
        "kind": "city",
        "country": "QA",
        "latitude": "25.28540",
        "longitude": "51.53100",
    }


def _source_payload():
    return {
        "title": "Blinken in Cairo",
        "url": "https://news.example.org/blinken-cairo",
        "publisher": "AFP",
        "author": "",
        "published_on": "2024-06-10",
        "language": "en",
        "excerpt": "Deal or no deal.",
        "reliability": "B",
        "credibility": "2",
    }


def _process_payload():
    return {
        "title": "Gaza ceasefire and hostage-release negotiations",
        "summary": "",
        "status": "active",
        "started_on": "2023-10-07",
        "ended_on": None,
        "parties": [factories.ActorFactory().pk, factories.ActorFactory().pk],
    }


def _mediator_payload():
    return {
        "process": factories.ProcessFactory().pk,
        "actor": factories.ActorFactory().pk,
        "role": "mediator",
        "since": "2023-11-01",
        "until": None,
        "notes": "",
    }


def _party_payload():
    return {
        "process": factories.ProcessFactory().pk,
        "actor": factories.ActorFactory().pk,
        "side": "Israel",
        "since": "2023-10-07",
        "until": None,
        "sources": [factories.SourceFactory().pk],
    }


def _proposal_payload():
    announcer = factories.PersonFactory()
    return {
        "process": factories.ProcessFactory().pk,
        "title": "The May 31 three-phase plan",
        "short_name": "May 31 plan",
        "announced_on": "2024-05-31",
        "announced_by": announcer.pk,
        "authors": [factories.ActorFactory().pk],
        "status": "tabled",
        "summary": "",
        "full_text": "",
        "document_url": "",
        "supersedes": None,
        "phases": [
            {
                "number": 1,
                "title": "Six weeks",
                "duration_days": 42,
                "summary": "Fighting halts.",
                "provisions": [
                    {"topic": "ceasefire", "text": "Fighting halts."},
                    {"topic": "hostages", "text": "Hamas frees hostages."},
                ],
            }
        ],
        "sources": [factories.SourceFactory().pk],
    }


def _response_payload():
    return {
        "proposal": factories.ProposalFactory().pk,
        "respondent": factories.ActorFactory().pk,
        "status": "pending",
        "requested_on": "2024-05-31",
        "due_on": None,
        "responded_on": None,
        "counter_proposal": None,
        "summary": "",
        "sources": [],
    }


def _meeting_payload():
    return {
        "process": factories.ProcessFactory().pk,
        "title": "Blinken meets al-Sisi",
        "date": "2024-06-10",
        "date_precision": "day",
        "location": factories.LocationFactory().pk,
        "format": "in_person",
        "kind": "bilateral",
        "closed_door": True,
        "participants": [
            {"actor": factories.PersonFactory().pk, "role": "guest"},
            {"actor": factories.PersonFactory().pk, "role": "host"},
        ],
        "proposals": [factories.ProposalFactory().pk],
        "trip": None,
        "summary": "",
        "outcome": "",
        "sources": [factories.SourceFactory().pk],
    }


def _trip_payload():
    return {
        "traveller": factories.PersonFactory().pk,
        "title": "Eighth visit to the region",
        "ordinal": 8,
        "start": "2024-06-10",
        "end": "2024-06-12",
        "purpose": "Push the May 31 plan.",
        "stops": [
            {
                "order": 1,
                "location": factories.LocationFactory().pk,
                "date": "2024-06-10",
                "status": "done",
            }
        ],
        "sources": [],
    }


def _statement_payload():
    return {
        "speaker": factories.PersonFactory().pk,
        "date": "2024-06-10",
        "text": "Deal or no deal, it remains absolutely essential that we get more aid in.",
        "kind": "quote",
        "audience": "Reporters in Cairo",
        "process": factories.ProcessFactory().pk,
        "proposal": None,
        "sources": [],
    }


def _event_payload():
    return {
        "date": "2024-05-07",
        "date_precision": "month",
        "kind": "border_crossing",
        "title": "Rafah crossing seized",
        "description": "",
        "location": factories.LocationFactory().pk,
        "actors": [factories.ActorFactory().pk],
        "process": factories.ProcessFactory().pk,
        "sources": [],
    }


def row_counts() -> dict[str, int]:
    """How many rows each negotiation table holds, audit history included: a refused write
    leaves every count as it was."""
    from django.apps import apps

    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_app_config("negotiations").get_models()
    }


def today() -> datetime.date:
    from django.utils import timezone

    return timezone.localdate()


# Checks shared by the tests of bad input.


def assert_is_relation_object(value, where: str):
    assert isinstance(value, dict), f"{where} should read as an object, got {value!r}"
    assert "id" in value, f"{where} should have an id: {value!r}"
    assert "name" in value or "title" in value, f"{where} should have a name or title: {value!r}"


MISSING_ID = 987654321


def assert_rejected(response, field, counts_before, *, status=400):
    assert response.status_code == status, (
        f"expected {status}, got {response.status_code}: {response.content[:500]!r}"
    )
    if field is not None:
        body = response.json()
        assert field in body, f"the error should name {field!r}: {body!r}"
        assert isinstance(body[field], list | dict), body
    assert row_counts() == counts_before, "a rejected write changed the database"


def record_values(record):
    return type(record).objects.filter(pk=record.pk).values().first()


def post_rejected(client, resource, field, value):
    payload = valid_payload(resource)
    payload[field] = value
    counts_before = row_counts()
    response = client.post(list_url(resource), payload, format="json")
    assert_rejected(response, field, counts_before)


def patch_rejected(client, resource, field, value):
    record = make_record(resource)
    before = record_values(record)
    counts_before = row_counts()
    response = client.patch(detail_url(resource, record.pk), {field: value}, format="json")
    assert_rejected(response, field, counts_before)
    assert record_values(record) == before
