"""`manage.py generate_data`: the synthetic world the benchmark runs on."""

import hashlib
import io

import pytest
from django.core.management import call_command
from django.db.models import Count, Max, Min

from negotiations.models import (
    Meeting,
    NegotiationProcess,
    Proposal,
    Response,
    Statement,
)
from negotiations.synthetic import GENERATED_MODELS, scaled_counts

SCALE = 0.01


def generate(seed=7):
    call_command("generate_data", scale=SCALE, seed=seed, stdout=io.StringIO())


def digest() -> str:
    """One hash of every generated table and link table in id order, ids left out: the ids of
    link tables come from sequences, which a rolled-back earlier test may have moved; the
    foreign keys still tie each row to the records it links."""
    hashed = hashlib.sha256()
    tables = [*GENERATED_MODELS]
    for model in GENERATED_MODELS:
        tables += [m2m.remote_field.through for m2m in model._meta.local_many_to_many]
    for model in tables:
        columns = [f.attname for f in model._meta.concrete_fields if not f.auto_created]
        for row in model.objects.order_by("pk").values_list(*columns):
            hashed.update(repr(row).encode())
    return hashed.hexdigest()


@pytest.mark.django_db
def test_the_scale_sets_the_number_of_each_kind_of_record():
    generate()
    expected = scaled_counts(SCALE)
    assert Statement.objects.count() == expected["statements"] == 100
    assert Meeting.objects.count() == expected["meetings"]
    assert Proposal.objects.count() == expected["proposals"]
    assert Response.objects.count() == expected["responses"]
    assert NegotiationProcess.objects.count() == expected["processes"]


@pytest.mark.django_db
def test_every_meeting_has_two_to_eight_participants_and_every_proposal_phases():
    generate()
    sizes = Meeting.objects.annotate(n=Count("participants")).aggregate(
        fewest=Min("n"), most=Max("n")
    )
    assert sizes["fewest"] >= 2 and sizes["most"] <= 8
    assert not Proposal.objects.filter(phases__isnull=True).exists()


@pytest.mark.django_db
def test_each_status_is_the_latest_entry_of_its_log():
    generate()
    for model in (NegotiationProcess, Proposal, Response):
        records = list(model.objects.prefetch_related("status_changes"))
        assert records
        for record in records:
            changes = list(record.status_changes.all())
            assert changes[-1].status == record.status
            assert changes[0].changed_on == record.world_start_date


@pytest.mark.django_db
def test_a_response_is_dated_answered_on_its_first_answer():
    generate()
    for response in Response.objects.prefetch_related("status_changes"):
        answers = [
            change.changed_on
            for change in response.status_changes.all()
            if change.status not in Response.AWAITING
        ]
        assert response.responded_on == (answers[0] if answers else None)


@pytest.mark.django_db
def test_generated_records_pass_the_models_own_validation():
    generate()
    for model in (Statement, Meeting, Proposal, Response, NegotiationProcess):
        for record in model.objects.all()[:5]:
            record.full_clean()


@pytest.mark.django_db(transaction=True)
def test_the_same_seed_gives_the_same_data_and_another_seed_other_data():
    generate(seed=7)
    first = digest()
    call_command("flush", interactive=False)
    generate(seed=7)
    assert digest() == first
    call_command("flush", interactive=False)
    generate(seed=8)
    assert digest() != first


@pytest.mark.django_db
def test_new_records_get_ids_after_the_generated_ones():
    generate()
    statement = Statement.objects.create(
        speaker=Statement.objects.first().speaker, date="2024-06-10", text="After the bulk load."
    )
    assert statement.pk == Statement.objects.aggregate(top=Max("pk"))["top"]
