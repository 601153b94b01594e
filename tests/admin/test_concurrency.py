"""Two analysts editing the same record: the second save is refused instead of overwriting."""

import pytest

from negotiations.models import Meeting, Response
from tests.admin.pages import WRITABLE_ADMINS, admin_url, form_errors, submitted_form
from tests.factories import MeetingFactory, ResponseFactory, UserFactory


def test_a_save_over_someone_elses_newer_edit_is_refused(analyst_client, password):
    meeting = MeetingFactory(title="Cairo meeting", summary="")
    opened = submitted_form(analyst_client.get(admin_url(Meeting, "change", meeting.pk)))

    colleague = UserFactory(username="colleague", role="analyst")
    other_client = analyst_client.__class__()
    other_client.login(username=colleague.username, password=password)
    theirs = submitted_form(other_client.get(admin_url(Meeting, "change", meeting.pk)))
    saved = other_client.post(
        admin_url(Meeting, "change", meeting.pk), {**theirs, "summary": "Their summary"}
    )
    assert saved.status_code == 302

    page = analyst_client.post(
        admin_url(Meeting, "change", meeting.pk), {**opened, "summary": "My summary"}
    )

    assert page.status_code == 200
    errors = page.context["adminform"].form.non_field_errors()
    assert len(errors) == 1
    assert "changed by colleague at" in errors[0]
    assert "since you opened it" in errors[0]
    meeting.refresh_from_db()
    assert meeting.summary == "Their summary"


def test_a_save_after_reloading_goes_through(analyst_client):
    meeting = MeetingFactory(title="Cairo meeting")
    opened = submitted_form(analyst_client.get(admin_url(Meeting, "change", meeting.pk)))
    Meeting.objects.get(pk=meeting.pk).save()  # someone else's save meanwhile

    refused = analyst_client.post(
        admin_url(Meeting, "change", meeting.pk), {**opened, "title": "Mine"}
    )
    reloaded = submitted_form(analyst_client.get(admin_url(Meeting, "change", meeting.pk)))
    accepted = analyst_client.post(
        admin_url(Meeting, "change", meeting.pk), {**reloaded, "title": "Mine"}
    )

    assert refused.status_code == 200
    assert accepted.status_code == 302, form_errors(accepted)
    meeting.refresh_from_db()
    assert meeting.title == "Mine"


def test_a_status_change_over_a_newer_status_change_is_refused(analyst_client):
    response = ResponseFactory()
    opened = submitted_form(analyst_client.get(admin_url(Response, "change", response.pk)))
    response.change_status("acknowledged", changed_on=response.requested_on)

    page = analyst_client.post(
        admin_url(Response, "change", response.pk),
        {**opened, "new_status": "accepted", "changed_on": "2024-06-11"},
    )

    assert page.status_code == 200
    assert "since you opened it" in page.content.decode()
    response.refresh_from_db()
    assert response.status == Response.Status.ACKNOWLEDGED
    assert response.status_changes.count() == 2


@pytest.mark.parametrize(
    ("model", "model_admin"), WRITABLE_ADMINS, ids=lambda v: getattr(v, "__name__", "")
)
def test_every_change_form_carries_the_record_as_loaded(
    analyst_client, one_of_everything, model, model_admin
):
    record = model.objects.first()

    page = analyst_client.get(admin_url(model, "change", record.pk))

    assert page.status_code == 200
    stamp = record.updated_at.isoformat()
    assert f'type="hidden" name="loaded_updated_at" value="{stamp}"' in page.content.decode()


@pytest.mark.parametrize("damaged", ["yesterday", "2024-13-45T99:00:00", "2024-06-10T10:00:00"])
def test_a_damaged_record_stamp_is_refused_with_a_message(analyst_client, damaged):
    meeting = MeetingFactory(title="Cairo meeting")
    opened = submitted_form(analyst_client.get(admin_url(Meeting, "change", meeting.pk)))

    page = analyst_client.post(
        admin_url(Meeting, "change", meeting.pk),
        {**opened, "loaded_updated_at": damaged, "title": "Mine"},
    )

    assert page.status_code == 200
    assert page.context["adminform"].form.non_field_errors()
    meeting.refresh_from_db()
    assert meeting.title == "Cairo meeting"
