"""Schemathesis's stateful mode over the whole API, as an analyst and as a viewer.

The state machine chains operations along the links schemathesis infers from the schema (a
created record's id fed to its detail, update, history and delete operations), so sequences
such as create → read → update → delete → read are generated, not only single requests. Every
answer must be no server error and one the schema documents; the stateful checks add that a
created record can be read back and a deleted one is gone.

Bounded (a fixed seed, a fixed number of scenarios and steps) so that it fits in CI on both
databases; SCHEMATHESIS_STATEFUL_EXAMPLES and SCHEMATHESIS_STATEFUL_STEPS run it longer.
"""

import os

import pytest
from django.db import transaction
from hypothesis import HealthCheck, Phase, settings
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.specs.openapi.checks import ensure_resource_availability, use_after_free

from accounts.models import ApiToken
from tests.api.test_schemathesis import (
    CHECKS,
    requests_share_the_test_transaction,  # noqa: F401 (fixtures, used by name)
    schema,
    seeded_ids,  # noqa: F401
    seeded_records,  # noqa: F401
)

SCENARIOS = int(os.environ.get("SCHEMATHESIS_STATEFUL_EXAMPLES", "25"))
STEPS = int(os.environ.get("SCHEMATHESIS_STATEFUL_STEPS", "8"))

STATEFUL_CHECKS = [*CHECKS, use_after_free, ensure_resource_availability]


def workflow_for(authorization: str, failures: list[str]):
    """The inferred state machine, calling the application in-process with one account's token.

    A failing check is collected, not raised: Hypothesis would replay the scenario to report it,
    and the replay meets a database whose ids have moved on, which it reports as flaky data
    generation instead of the failure itself."""

    class Workflow(schema.as_state_machine()):
        def setup(self):
            # Each scenario starts from the same data and leaves nothing behind: Hypothesis
            # checks that a scenario replays alike, which records left by earlier scenarios
            # (a slug now taken, a list now longer) would break.
            self.scenario = transaction.atomic()
            self.scenario.__enter__()

        def teardown(self):
            transaction.set_rollback(True)
            self.scenario.__exit__(None, None, None)

        def get_call_kwargs(self, case):
            return {"headers": {"Authorization": authorization}}

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            try:
                case.validate_response(response, checks=STATEFUL_CHECKS)
            except (Failure, FailureGroup) as failure:
                # The failure's text ends with a curl command that replays the request.
                failures.append(f"{case.method} {case.formatted_path}: {failure}")

    return Workflow


def test_the_schema_gives_the_state_machine_links_to_follow():
    schema.as_state_machine()

    assert schema.statistic.transitions.total > 0


@pytest.mark.parametrize("role", ["analyst", "viewer"])
def test_sequences_of_operations_answer_as_the_schema_says(
    role,
    requests_share_the_test_transaction,  # noqa: F811
    seeded_ids,  # noqa: F811
    request,
):
    user = request.getfixturevalue(role)
    _, key = ApiToken.issue(user)
    failures = []

    workflow_for(f"Token {key}", failures).run(
        settings=settings(
            max_examples=SCENARIOS,
            stateful_step_count=STEPS,
            deadline=None,
            database=None,
            # The same scenarios every run, in CI as on a laptop.
            derandomize=True,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
    )

    assert not failures, f"{len(failures)} answers broke the schema:\n\n" + "\n\n".join(
        failures[:10]
    )
