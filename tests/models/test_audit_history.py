"""Every change is in the audit history: who, when, and what changed."""

import datetime

import pytest
from django.apps import apps
from django.test import RequestFactory
from simple_history.models import HistoricalChanges, HistoricalRecords

from negotiations import models
from tests import factories

pytestmark = pytest.mark.django_db

# Indexes derived from a domain record on every save, never edited on their own: their changes
# are the record's, and in its history (an actor's names are in the actor's).
DERIVED_INDEXES = {models.ActorName}

DOMAIN_MODELS = [
    model
    for model in apps.get_app_config("negotiations").get_models()
    if not issubclass(model, HistoricalChanges)
    and not model._meta.auto_created
    and model not in DERIVED_INDEXES
]


def test_the_domain_models_are_all_listed():
    """Guards the parametrised test below against an empty or shrunken list."""
    assert set(models.__all__) - {"DatePrecision"} == {
        model.__name__ for model in [*DOMAIN_MODELS, *DERIVED_INDEXES]
    }


def test_a_derived_index_changes_only_with_its_record_s_history():
    actor = factories.ActorFactory(name="Hamas")
    actor.aliases = ["Islamic Resistance Movement"]
    actor.save()

    assert "aliases" in actor.history.latest().diff_against(actor.history.earliest()).changed_fields
    assert models.ActorName.objects.filter(actor=actor, field="alias").count() == 1


@pytest.mark.parametrize("model", DOMAIN_MODELS, ids=lambda model: model.__name__)
def test_every_domain_model_keeps_a_history(model):
    history_model = model.history.model

    assert issubclass(history_model, HistoricalChanges)
    assert {"history_user", "history_date", "history_type"} <= {
        field.name for field in history_model._meta.fields
    }


@pytest.fixture
def request_by():
    """Sets the request simple_history reads the acting user from, as its middleware does."""

    def set_request(user):
        request = RequestFactory().get("/")
        request.user = user
        HistoricalRecords.context.request = request

    yield set_request
    del HistoricalRecords.context.request


def test_creating_and_editing_a_record_writes_history_rows_naming_the_analyst(analyst, request_by):
    request_by(analyst)
    actor = factories.ActorFactory(name="Hamas")

    actor.aliases = ["Islamic Resistance Movement"]
    actor.save()

    rows = list(actor.history.order_by("history_date", "history_id"))
    assert [row.history_type for row in rows] == ["+", "~"]
    assert {row.history_user for row in rows} == {analyst}


def test_the_changed_fields_can_be_told_apart(analyst, request_by):
    request_by(analyst)
    location = factories.LocationFactory(name="Cairo", country="EG")
    location.name = "Al-Qahira"
    location.country = "EG"
    location.save()

    latest, previous = location.history.order_by("-history_date", "-history_id")[:2]
    delta = latest.diff_against(previous)

    changed = {change.field for change in delta.changes}
    assert "name" in changed
    assert "country" not in changed
    name_change = next(change for change in delta.changes if change.field == "name")
    assert (name_change.old, name_change.new) == ("Cairo", "Al-Qahira")


def test_an_explicit_history_user_is_recorded_outside_a_request(analyst):
    proposal = factories.ProposalFactory()
    proposal.summary = "Three phases."
    proposal._history_user = analyst

    proposal.save()

    assert proposal.history.latest("history_date").history_user == analyst


def test_a_change_without_a_known_user_is_recorded_anonymously():
    process = factories.ProcessFactory()

    assert process.history.get().history_user is None


def test_a_status_change_names_the_analyst_in_the_history_of_both_records(analyst):
    response = factories.ResponseFactory()

    change = response.change_status(
        models.Response.Status.COUNTERED,
        changed_on=datetime.date(2024, 6, 11),
        recorded_by=analyst,
    )

    assert change.history.get().history_user == analyst
    latest = response.history.latest("history_date")
    assert latest.history_user == analyst
    assert latest.status == models.Response.Status.COUNTERED
    assert latest.responded_on == datetime.date(2024, 6, 11)


def test_deleting_a_record_leaves_its_last_state_in_the_history(analyst, request_by):
    request_by(analyst)
    statement = factories.StatementFactory(text="Deal or no deal.")
    statement_id = statement.pk

    statement.delete()

    deleted = models.Statement.history.filter(id=statement_id).latest("history_date")
    assert deleted.history_type == "-"
    assert deleted.text == "Deal or no deal."
    assert deleted.history_user == analyst
    assert not models.Statement.objects.filter(pk=statement_id).exists()
