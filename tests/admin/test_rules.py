"""Every rule of the records, through the admin form: a clear error on the field, nothing saved."""

import datetime

import pytest

from negotiations.models import (
    Location,
    Mediator,
    Meeting,
    NegotiationProcess,
    Position,
    Response,
    Source,
    Trip,
)
from tests.admin.pages import WRITABLE_ADMINS, admin_url, form_errors, submitted_form
from tests.factories import (
    ActorFactory,
    LocationFactory,
    MediatorFactory,
    PersonFactory,
    ProcessFactory,
    ProposalFactory,
    ResponseFactory,
    SourceFactory,
)


def no_inlines(*prefixes: str) -> dict:
    data = {}
    for prefix in prefixes:
        data[f"{prefix}-TOTAL_FORMS"] = "0"
        data[f"{prefix}-INITIAL_FORMS"] = "0"
    return data


def assert_rejected_on(page, field: str) -> None:
    assert page.status_code == 200
    errors = form_errors(page)
    assert field in errors, errors


def test_a_trip_ending_before_it_starts_is_rejected(analyst_client):
    traveller = PersonFactory()

    page = analyst_client.post(
        admin_url(Trip, "add"),
        {
            "traveller": traveller.pk,
            "title": "Backwards tour",
            "start": "2024-06-12",
            "end": "2024-06-10",
            **no_inlines("stops"),
        },
    )

    assert_rejected_on(page, "end")
    assert not Trip.objects.exists()


def test_a_position_ending_before_it_starts_is_rejected(analyst_client):
    person, state = PersonFactory(), ActorFactory()

    page = analyst_client.post(
        admin_url(Position, "add"),
        {
            "person": person.pk,
            "organization": state.pk,
            "title": "Secretary of State",
            "start": "2021-01-26",
            "end": "2020-01-01",
        },
    )

    assert_rejected_on(page, "end")
    assert not Position.objects.exists()


def test_a_process_ending_before_it_starts_is_rejected_on_change(analyst_client):
    process = ProcessFactory(title="Gaza talks")
    page = analyst_client.get(admin_url(NegotiationProcess, "change", process.pk))
    data = submitted_form(page)
    data.update(ended_on="2023-01-01", title="Renamed")

    page = analyst_client.post(admin_url(NegotiationProcess, "change", process.pk), data)

    assert_rejected_on(page, "ended_on")
    process.refresh_from_db()
    assert (process.title, process.ended_on) == ("Gaza talks", None)


def mediator_form(process, actor, **fields) -> dict:
    return {"process": process.pk, "actor": actor.pk, "role": "mediator", **fields}


def test_a_mediating_role_ending_before_it_starts_is_rejected(analyst_client):
    process, egypt = ProcessFactory(), ActorFactory()

    page = analyst_client.post(
        admin_url(Mediator, "add"),
        mediator_form(process, egypt, since="2024-01-01", until="2023-12-31"),
    )

    assert_rejected_on(page, "until")
    assert not Mediator.objects.exists()


def test_an_overlapping_mediating_role_is_rejected(analyst_client):
    existing = MediatorFactory(since=datetime.date(2023, 11, 1), until=None)

    page = analyst_client.post(
        admin_url(Mediator, "add"),
        mediator_form(existing.process, existing.actor, role="guarantor", since="2024-01-01"),
    )

    assert_rejected_on(page, "since")
    assert list(Mediator.objects.all()) == [existing]


def test_an_overlapping_mediating_role_is_rejected_in_the_process_inline(analyst_client):
    existing = MediatorFactory(since=datetime.date(2023, 11, 1), until=None)
    process = existing.process
    page = analyst_client.get(admin_url(NegotiationProcess, "change", process.pk))
    data = submitted_form(page)
    data.update(
        {
            "mediators-TOTAL_FORMS": "2",
            "mediators-1-actor": str(existing.actor.pk),
            "mediators-1-role": "observer",
            "mediators-1-since": "2024-02-01",
        }
    )

    page = analyst_client.post(admin_url(NegotiationProcess, "change", process.pk), data)

    assert page.status_code == 200
    mediators = next(
        inline.formset
        for inline in page.context["inline_admin_formsets"]
        if inline.formset.prefix == "mediators"
    )
    assert "since" in mediators.forms[1].errors
    assert list(process.mediators.all()) == [existing]


def test_a_second_response_by_the_same_respondent_is_rejected(analyst_client):
    existing = ResponseFactory()

    page = analyst_client.post(
        admin_url(Response, "add"),
        {
            "proposal": existing.proposal.pk,
            "respondent": existing.respondent.pk,
            "status": "pending",
            **no_inlines("status_changes"),
        },
    )

    assert_rejected_on(page, "respondent")
    # The rule is checked by clean() and by the database constraint; the message shows once.
    assert not page.context["adminform"].form.non_field_errors()
    assert list(Response.objects.all()) == [existing]


def test_a_response_before_its_request_is_rejected(analyst_client):
    proposal, hamas = ProposalFactory(), ActorFactory()

    page = analyst_client.post(
        admin_url(Response, "add"),
        {
            "proposal": proposal.pk,
            "respondent": hamas.pk,
            "status": "pending",
            "requested_on": "2024-05-31",
            "responded_on": "2024-05-01",
        },
    )

    assert_rejected_on(page, "responded_on")
    assert not Response.objects.exists()


@pytest.mark.parametrize(
    ("field", "coordinates"),
    [
        ("latitude", {"latitude": "90.5", "longitude": "31.2"}),
        ("latitude", {"latitude": "-91", "longitude": "31.2"}),
        ("longitude", {"latitude": "30.0", "longitude": "180.01"}),
        ("longitude", {"latitude": "30.0", "longitude": "-200"}),
    ],
)
def test_coordinates_out_of_range_are_rejected(analyst_client, field, coordinates):
    page = analyst_client.post(
        admin_url(Location, "add"), {"name": "Nowhere", "kind": "city", **coordinates}
    )

    assert_rejected_on(page, field)
    assert not Location.objects.exists()


def test_coordinates_out_of_range_are_rejected_on_change_and_the_place_stays(analyst_client):
    cairo = LocationFactory(name="Cairo")
    page = analyst_client.get(admin_url(Location, "change", cairo.pk))
    data = {**submitted_form(page), "latitude": "123"}

    page = analyst_client.post(admin_url(Location, "change", cairo.pk), data)

    assert_rejected_on(page, "latitude")
    cairo.refresh_from_db()
    assert float(cairo.latitude) == pytest.approx(30.0444)


@pytest.mark.parametrize(
    ("field", "grade"),
    [
        ("reliability", {"reliability": "G", "credibility": "2"}),
        ("reliability", {"reliability": "a", "credibility": "2"}),
        ("credibility", {"reliability": "B", "credibility": "7"}),
        ("credibility", {"reliability": "B", "credibility": "0"}),
    ],
)
def test_an_admiralty_grade_out_of_range_is_rejected(analyst_client, field, grade):
    page = analyst_client.post(admin_url(Source, "add"), {"title": "Rumour", **grade})

    assert_rejected_on(page, field)
    assert not Source.objects.exists()


def test_an_admiralty_grade_out_of_range_is_rejected_on_change(analyst_client):
    source = SourceFactory(reliability="B", credibility="2")
    page = analyst_client.get(admin_url(Source, "change", source.pk))
    data = {**submitted_form(page), "reliability": "Z"}

    page = analyst_client.post(admin_url(Source, "change", source.pk), data)

    assert_rejected_on(page, "reliability")
    source.refresh_from_db()
    assert source.grade == "B2"


def test_ids_that_are_not_ids_are_rejected_on_their_fields(analyst_client):
    page = analyst_client.post(
        admin_url(Meeting, "add"),
        {
            "title": "Bad ids",
            "date": "2024-06-10",
            "date_precision": "day",
            "format": "in_person",
            "kind": "bilateral",
            "process": "abc",
            "location": "99999999999999999999999",
            "sources": ["abc", "-1"],
            "proposals": ["1.5"],
            "participants-TOTAL_FORMS": "1",
            "participants-INITIAL_FORMS": "0",
            "participants-0-actor": "abc",
            "participants-0-role": "host",
        },
    )

    assert page.status_code == 200
    assert {"process", "location", "sources", "proposals"} <= set(form_errors(page))
    assert not Meeting.objects.exists()


@pytest.mark.parametrize(
    ("model", "model_admin"), WRITABLE_ADMINS, ids=lambda v: getattr(v, "__name__", "")
)
def test_garbage_in_every_field_of_every_add_form_is_rejected_without_a_server_error(
    analyst_client, one_of_everything, model, model_admin
):
    add_url = admin_url(model, "add")
    data = submitted_form(analyst_client.get(add_url))
    form = analyst_client.get(add_url).context["adminform"].form
    for name in form.fields:
        data[name] = ["x\x00<b>", "-1"] if isinstance(data.get(name), list) else "x\x00<b>"
    count = model.objects.count()

    page = analyst_client.post(add_url, data)

    assert page.status_code == 200
    assert form_errors(page)
    assert model.objects.count() == count
