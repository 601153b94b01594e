"""Viewers read everything in the admin and change nothing."""

import pytest
from django.test import Client

from accounts.models import User
from negotiations.models import Actor, Meeting, Response, Source
from tests.admin.pages import admin_url, submitted_form
from tests.factories import ActorFactory, MeetingFactory, ResponseFactory, SourceFactory


@pytest.fixture
def records(db):
    return {
        Actor: ActorFactory(name="Qatar"),
        Source: SourceFactory(title="AFP"),
        Meeting: MeetingFactory(title="Cairo meeting"),
        Response: ResponseFactory(),
    }


@pytest.mark.parametrize("model", [Actor, Source, Meeting, Response], ids=lambda m: m.__name__)
def test_a_viewer_reads_lists_records_and_their_history(viewer_client, records, model):
    record = records[model]

    assert viewer_client.get(admin_url(model, "changelist")).status_code == 200
    page = viewer_client.get(admin_url(model, "change", record.pk))
    assert page.status_code == 200
    assert str(record) in page.content.decode()
    assert 'name="_save"' not in page.content.decode()
    assert viewer_client.get(admin_url(model, "history", record.pk)).status_code == 200


@pytest.mark.parametrize("model", [Actor, Source, Meeting, Response], ids=lambda m: m.__name__)
def test_a_viewer_can_add_change_or_delete_nothing(
    viewer_client, analyst_client_for_forms, records, model
):
    record = records[model]
    edited = {**analyst_client_for_forms(record), "title": "Edited", "name": "Edited"}
    count = model.objects.count()
    updated_at = model.objects.get(pk=record.pk).updated_at

    assert viewer_client.get(admin_url(model, "add")).status_code == 403
    assert viewer_client.post(admin_url(model, "add"), edited).status_code == 403
    assert viewer_client.post(admin_url(model, "change", record.pk), edited).status_code == 403
    assert (
        viewer_client.post(admin_url(model, "delete", record.pk), {"post": "yes"}).status_code
        == 403
    )
    bulk = viewer_client.post(
        admin_url(model, "changelist"),
        {"action": "delete_selected", "_selected_action": [record.pk], "post": "yes"},
    )
    assert bulk.status_code in (200, 302)

    assert model.objects.count() == count
    assert model.objects.get(pk=record.pk).updated_at == updated_at


@pytest.fixture
def analyst_client_for_forms(analyst, password):
    """The form data an analyst's browser would send for a record, for replaying as a viewer."""
    client = Client()
    client.login(username=analyst.username, password=password)

    def form_for(record):
        return submitted_form(client.get(admin_url(type(record), "change", record.pk)))

    return form_for


def test_a_viewer_cannot_record_a_status_change(viewer_client, records):
    response = records[Response]

    page = viewer_client.post(
        admin_url(Response, "change", response.pk),
        {"new_status": "accepted", "changed_on": "2024-06-11"},
    )

    assert page.status_code == 403
    response.refresh_from_db()
    assert response.status == Response.Status.PENDING
    assert response.status_changes.count() == 1


def test_a_viewer_is_not_offered_a_delete_action(viewer_client, records):
    page = viewer_client.get(admin_url(Source, "changelist"))

    assert page.status_code == 200
    assert "delete_selected" not in page.content.decode()


def test_an_analyst_cannot_manage_accounts(analyst_client):
    assert analyst_client.get(admin_url(User, "changelist")).status_code == 403
    assert analyst_client.get(admin_url(User, "add")).status_code == 403


def test_an_account_without_a_role_is_refused_even_as_staff(client, outsider, password):
    outsider.is_staff = True
    outsider.save()
    client.login(username=outsider.username, password=password)

    assert client.get(admin_url(Source, "changelist")).status_code == 403
