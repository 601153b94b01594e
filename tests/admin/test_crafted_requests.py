"""Requests no admin page sends, crafted by a staff account: answered with a message, never
a server error; and a change form that hides which version it edits is refused as stale."""

import pytest
from django.test import Client

from negotiations.models import Meeting, Response
from tests.admin.pages import admin_url, form_errors, submitted_form
from tests.factories import MeetingFactory, ResponseFactory, SourceFactory

TOO_BIG = str(2**66)


@pytest.fixture
def staff_client(analyst, password):
    client = Client(raise_request_exception=False)
    assert client.login(username=analyst.username, password=password)
    return client


def autocomplete(client, model_name, field_name):
    return client.get(
        "/admin/autocomplete/",
        {"app_label": "negotiations", "model_name": model_name, "field_name": field_name},
    )


def test_autocomplete_of_a_reverse_relation_is_refused_with_the_reason(staff_client):
    MeetingFactory()

    response = autocomplete(staff_client, "meeting", "participants")

    assert response.status_code == 403
    assert "reverse side of another model" in response.content.decode()


def test_autocomplete_of_a_real_relation_still_answers(staff_client):
    SourceFactory(title="AFP report")

    response = autocomplete(staff_client, "meeting", "sources")

    assert response.status_code == 200
    assert [result["text"] for result in response.json()["results"]] == ["AFP report"]


@pytest.mark.parametrize(
    ("model_name", "field_name"),
    [("meeting", "no_such_field"), ("no_such_model", "sources"), ("meeting", "title")],
)
def test_other_malformed_autocomplete_requests_stay_refused(staff_client, model_name, field_name):
    assert autocomplete(staff_client, model_name, field_name).status_code == 403


def test_a_many_to_many_id_beyond_64_bits_is_an_invalid_choice(staff_client):
    meeting = MeetingFactory()
    form = submitted_form(staff_client.get(admin_url(Meeting, "change", meeting.pk)))

    page = staff_client.post(
        admin_url(Meeting, "change", meeting.pk),
        {**form, "sources": [TOO_BIG], "proposals": [TOO_BIG]},
    )

    assert page.status_code == 200
    errors = form_errors(page)
    assert TOO_BIG in " ".join(errors["sources"]) and TOO_BIG in " ".join(errors["proposals"])
    assert not meeting.sources.exists()


def test_a_status_change_citing_a_source_id_beyond_64_bits_is_refused(staff_client):
    response = ResponseFactory()
    form = submitted_form(staff_client.get(admin_url(Response, "change", response.pk)))

    page = staff_client.post(
        admin_url(Response, "change", response.pk),
        {
            **form,
            "new_status": "rejected",
            "changed_on": str(response.requested_on),
            "status_sources": [TOO_BIG],
        },
    )

    assert page.status_code == 200
    assert TOO_BIG in " ".join(form_errors(page)["status_sources"])
    response.refresh_from_db()
    assert response.status == "pending"


def test_a_change_form_without_the_loaded_version_is_refused_as_stale(staff_client):
    meeting = MeetingFactory(title="Cairo meeting")
    form = submitted_form(staff_client.get(admin_url(Meeting, "change", meeting.pk)))
    del form["loaded_updated_at"]

    page = staff_client.post(admin_url(Meeting, "change", meeting.pk), {**form, "title": "Mine"})

    assert page.status_code == 200
    errors = page.context["adminform"].form.non_field_errors()
    assert "did not say which version" in errors[0]
    meeting.refresh_from_db()
    assert meeting.title == "Cairo meeting"
