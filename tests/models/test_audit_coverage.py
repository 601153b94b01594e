"""Every model and every many-to-many field leaves a trace in the audit trail.

The lists below are read from the app registry, not written by hand: a model or a many-to-many
field added later without an audit trail, or a part that reaches no resource of the API, fails
here until it is given one.
"""

import datetime

import pytest
from django.apps import apps
from django.db.models import ManyToManyField
from simple_history.models import HistoricalChanges

from negotiations.api.history import attach_changes
from negotiations.api.views import MODELS
from tests import factories

pytestmark = pytest.mark.django_db

# Tables the system writes on an analyst's behalf, whose trail is another record's: each is
# named here with where that trail is tested, so that nothing else can slip out of the lists.
RECORDED_THROUGH_ANOTHER = {
    # The normal forms of an actor's names, rewritten on every save of the actor, whose history
    # records the names (tests/models/test_audit_history.py).
    "ActorName": "the actor's history",
    # A merge is in changes/ as the merged actor's deletion with `merged_into`, and in the
    # survivor's history (tests/api/test_actor_identity.py).
    "MergedActor": "the merged actor's deletion and the survivor's history",
}
DOMAIN_MODELS = [
    model
    for model in apps.get_app_config("negotiations").get_models()
    if not issubclass(model, HistoricalChanges)
    and not model._meta.auto_created
    and model.__name__ not in RECORDED_THROUGH_ANOTHER
]
RESOURCE_MODELS = set(MODELS.values())
LINK_FIELDS = [
    (model, field)
    for model in DOMAIN_MODELS
    for field in model._meta.get_fields()
    if isinstance(field, ManyToManyField)
]


def link_id(item) -> str:
    return item.name if isinstance(item, ManyToManyField) else item.__name__


def is_status_log_entry(model) -> bool:
    return hasattr(model, "record_field")


def make(model):
    """A saved record of `model`, made the way the app makes it."""
    if is_status_log_entry(model):
        record = getattr(factories, f"{model.__name__.removesuffix('StatusChange')}Factory")
        if model.__name__ == "ProcessStatusChange":
            record = factories.ProcessFactory
        changed = record().change_status(
            model._meta.get_field("status").choices[1][0], changed_on=datetime.date(2024, 6, 10)
        )
        return changed
    factory = getattr(factories, f"{model.__name__}Factory", None)
    if factory is None and model.__name__ == "NegotiationProcess":
        factory = factories.ProcessFactory
    assert factory is not None, f"tests/factories.py has no factory for {model.__name__}"
    return factory()


def latest_row_fields(record) -> list[str]:
    history_model = type(record).history.model
    rows = list(history_model.objects.filter(id=record.pk).order_by("history_date", "history_id"))
    attach_changes(history_model, rows, trail=rows)
    return [change["field"] for change in rows[-1].changes]


def whole_chain(model) -> list:
    """The models a part's change is recorded on, nearest first."""
    chain = []
    while getattr(model, "audited_as_part_of", None):
        model = model._meta.get_field(model.audited_as_part_of[0]).related_model
        chain.append(model)
    return chain


def test_the_lists_are_not_empty():
    names = {model.__name__ for model in apps.get_app_config("negotiations").get_models()}
    assert set(RECORDED_THROUGH_ANOTHER) <= names
    assert len(DOMAIN_MODELS) >= 20
    assert len(LINK_FIELDS) >= 15


@pytest.mark.parametrize("model", DOMAIN_MODELS, ids=lambda model: model.__name__)
def test_every_model_reaches_the_changes_feed_or_is_a_status_log_entry(model):
    """A resource is in changes/ itself; a part is in it through the resource it belongs to; a
    status log entry is in its own trail and moves its record's status."""
    if model in RESOURCE_MODELS or is_status_log_entry(model):
        return
    chain = whole_chain(model)
    assert chain, (
        f"{model.__name__} is neither an API resource nor declares `audited_as_part_of`: its "
        "changes would be in no changes/ entry."
    )
    assert chain[-1] in RESOURCE_MODELS, f"{model.__name__}'s whole is not an API resource"


@pytest.mark.parametrize("model", DOMAIN_MODELS, ids=lambda model: model.__name__)
def test_creating_and_editing_any_record_leaves_rows_in_its_trail_and_its_wholes(model):
    record = make(model)
    wholes_before = {
        whole: whole._default_manager.order_by("pk").values_list("pk", "updated_at")
        for whole in whole_chain(model)
    }
    wholes_before = {whole: dict(rows) for whole, rows in wholes_before.items()}

    record.save()

    kinds = list(type(record).history.filter(id=record.pk).values_list("history_type", flat=True))
    assert "+" in kinds and "~" in kinds
    for whole, before in wholes_before.items():
        moved = whole._default_manager.filter(pk__in=list(before)).values_list("pk", "updated_at")
        assert any(updated_at > before[pk] for pk, updated_at in moved), (
            f"changing a {model.__name__} did not move its {whole.__name__}'s updated_at"
        )
    if whole_chain(model):
        foreign_key, parts = model.audited_as_part_of
        whole = getattr(record, foreign_key)
        assert whole.history.first().parts_changed == [parts]


@pytest.mark.parametrize(("model", "field"), LINK_FIELDS, ids=link_id)
def test_adding_a_link_of_any_many_to_many_field_names_it_in_the_trail(model, field):
    record = make(model)
    target = make(field.related_model)

    getattr(record, field.name).add(target)

    assert field.name in latest_row_fields(record), (
        f"adding to {model.__name__}.{field.name} left no history entry naming it"
    )


@pytest.mark.parametrize(("model", "field"), LINK_FIELDS, ids=link_id)
def test_removing_a_link_of_any_many_to_many_field_names_it_in_the_trail(model, field):
    record = make(model)
    target = make(field.related_model)
    getattr(record, field.name).add(target)
    type(record).history.filter(id=record.pk).update(parts_changed=[])

    getattr(record, field.name).remove(target)

    assert field.name in latest_row_fields(record), (
        f"removing from {model.__name__}.{field.name} left no history entry naming it"
    )
