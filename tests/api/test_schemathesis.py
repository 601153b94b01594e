"""Property-based run of every operation of the published OpenAPI schema, as an analyst and as
a viewer (test_schemathesis_stateful.py chains operations into sequences).

Schemathesis reads /api/schema/ from the application itself (in-process, no server), generates
valid and invalid requests for each operation and checks that none answers a server error and
that every answer (status code, content type, headers, body) is one the schema documents.

The run is deterministic (fixed seed) and bounded, so it fits in CI on both databases. To dig:

    # one operation, as pytest names it:
    .venv/bin/pytest tests/api/test_schemathesis.py -k "POST /api/v1/actors/"
    # more examples, another seed, the coverage phase too:
    SCHEMATHESIS_MAX_EXAMPLES=200 SCHEMATHESIS_SEED=7 SCHEMATHESIS_COVERAGE=1 \
        .venv/bin/pytest tests/api/test_schemathesis.py
    # on PostgreSQL:
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> .venv/bin/pytest ...

A failure prints the failing check, the response, a `curl` command that replays the request
against a running server (`manage.py runserver` plus a token of your own) and the Hypothesis
`@reproduce_failure` blob.
"""

import os
import re
import zlib
from contextlib import contextmanager

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections, transaction
from django.test import override_settings
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from accounts.models import ApiToken
from config.wsgi import application
from tests.api import contract

MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "15"))
SEED = int(os.environ.get("SCHEMATHESIS_SEED", "20240610"))

# Fuzzing from a fixed seed: the same bounded run every time, in CI as on a laptop. The coverage
# phase (every boundary of every parameter) doubles the time; SCHEMATHESIS_COVERAGE=1 adds it.
COVERAGE_PHASE = os.environ.get("SCHEMATHESIS_COVERAGE") == "1"
CONFIG = schemathesis.Config.from_dict(
    {
        "seed": SEED,
        "generation": {"max-examples": MAX_EXAMPLES, "database": "none"},
        "phases": {"coverage": {"enabled": COVERAGE_PHASE}},
    }
)

# Read at collection time, before any test account exists: the schema as it is published to
# anonymous readers when public read is on (and unthrottled, as the suite's requests are).
with override_settings(PUBLIC_READ=True, API_THROTTLE_RATES={}):
    schema = schemathesis.openapi.from_wsgi("/api/schema/", application, config=CONFIG)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture
def requests_share_the_test_transaction(db):
    """Schemathesis calls the WSGI application directly, so Django's end-of-request signal
    would close the database connection and with it the test's transaction. Django's own test
    client disconnects the same handler for the same reason."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def analyst_token(requests_share_the_test_transaction, analyst):
    _, key = ApiToken.issue(analyst)
    return f"Token {key}"


class SeededRecords:
    """One record of each resource, with its relations filled, so that detail operations reach
    a real record on most examples instead of answering 404 every time, and lists show one.

    A record is made the first time an operation of its resource asks for it (outside the
    examples' rollback, so it stays for every example of that operation): an operation of one
    resource costs one record, not one of every resource."""

    def __init__(self):
        self.ids = {}

    def id_of(self, resource: str) -> int:
        if resource not in self.ids:
            self.ids[resource] = contract.make_rich_record(resource).pk
        return self.ids[resource]

    def every_resource(self) -> dict:
        return {resource: self.id_of(resource) for resource in contract.RESOURCES}


@pytest.fixture
def seeded_records(requests_share_the_test_transaction):
    return SeededRecords()


@pytest.fixture
def seeded_ids(seeded_records):
    """A record of every resource, made before the test (the stateful sequences start from
    them)."""
    return seeded_records.every_resource()


class _EndOfExample(Exception):
    pass


@contextmanager
def rolled_back_after_each_example():
    """Every example starts from the same seeded data (a DELETE in one example does not turn
    the next ones into 404s), so a failure replays alone exactly as it happened."""
    try:
        with transaction.atomic():
            yield
            raise _EndOfExample
    except _EndOfExample:
        pass


def aim_at_a_seeded_record(case, seeded_records: SeededRecords) -> None:
    """The operation's resource gets its seeded record (an operation of no single resource,
    such as changes/ or graph/, gets one of each). Three ids in four point at that record; the
    rest keep the generated id, so 404s (and ids that are not numbers) stay part of the run.
    The choice hangs on the generated value, so a replayed example makes the same choice."""
    match = re.match(r"/api/v1/([\w-]+)/", case.path)
    if not match or match.group(1) not in contract.RESOURCES:
        seeded_records.every_resource()
        return
    record_id = seeded_records.id_of(match.group(1))
    if "{id}" not in case.path or "id" not in (case.path_parameters or {}):
        return
    if zlib.crc32(repr(case.path_parameters["id"]).encode()) % 4:
        case.path_parameters["id"] = record_id


def test_the_schema_documents_every_route_of_the_contract():
    paths = set(schema.raw_schema["paths"])
    expected = {contract.list_url(resource) for resource in contract.RESOURCES}
    expected |= {f"{contract.list_url(resource)}{{id}}/" for resource in contract.RESOURCES}
    expected |= {f"{contract.list_url(resource)}{{id}}/history/" for resource in contract.RESOURCES}
    expected |= {
        f"{contract.list_url(resource)}{{id}}/status-changes/"
        for resource in contract.STATUS_LOGGED
    }
    expected |= {f"{contract.API}changes/", f"{contract.API}auth/token/"}

    assert expected <= paths, f"missing from the schema: {sorted(expected - paths)}"


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    print_blob=True,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_answers_as_its_schema_says(case, analyst_token, seeded_records):
    aim_at_a_seeded_record(case, seeded_records)

    with rolled_back_after_each_example():
        case.call_and_validate(headers={"Authorization": analyst_token}, checks=CHECKS)


# A viewer's writes are refused before their bodies are read, so fewer examples cover its
# operations; SCHEMATHESIS_VIEWER_MAX_EXAMPLES runs more.
VIEWER_MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_VIEWER_MAX_EXAMPLES", "5"))


@pytest.fixture
def viewer_token(requests_share_the_test_transaction, viewer):
    _, key = ApiToken.issue(viewer)
    return f"Token {key}"


@schema.parametrize()
@settings(
    max_examples=VIEWER_MAX_EXAMPLES,
    deadline=None,
    print_blob=True,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_answers_a_viewer_as_its_schema_says(case, viewer_token, seeded_records):
    aim_at_a_seeded_record(case, seeded_records)

    with rolled_back_after_each_example():
        case.call_and_validate(headers={"Authorization": viewer_token}, checks=CHECKS)
