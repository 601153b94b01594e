"""Retracting a status change in the admin: a "Retract" link on each live entry of the status
history leads to a small page asking for the reason; retracted entries are shown as such."""

import datetime

import pytest

from negotiations.models import NegotiationProcess, Proposal, Response
from tests.admin.pages import admin_url, form_errors
from tests.factories import ProcessFactory, ProposalFactory, ResponseFactory

MAY_31 = datetime.date(2024, 5, 31)
JUNE_5 = datetime.date(2024, 6, 5)

RECORDS = {
    "process": (lambda: ProcessFactory(started_on=MAY_31), "active", "stalled"),
    "proposal": (lambda: ProposalFactory(announced_on=MAY_31), "tabled", "rejected"),
    "response": (lambda: ResponseFactory(proposal__announced_on=MAY_31), "pending", "countered"),
}


@pytest.fixture(params=RECORDS, ids=RECORDS)
def mistaken(request, db):
    """(record, initial status, the mistaken change)"""
    make, initial, later = RECORDS[request.param]
    record = make()
    return record, initial, record.change_status(later, changed_on=JUNE_5)


def retract_url(record, change) -> str:
    return admin_url(type(record), "retract_status_change", record.pk, change.pk)


def test_the_status_history_offers_to_retract_each_live_entry(analyst_client, mistaken):
    record, _, mistake = mistaken

    page = analyst_client.get(admin_url(type(record), "change", record.pk))

    assert page.status_code == 200
    html = page.content.decode()
    assert f'href="{retract_url(record, mistake)}"' in html
    opening = record.status_changes.order_by("changed_on").first()
    assert f'href="{retract_url(record, opening)}"' in html


def test_an_analyst_retracts_with_a_reason_and_the_entry_is_shown_retracted(
    analyst_client, analyst, mistaken
):
    record, initial, mistake = mistaken
    form = analyst_client.get(retract_url(record, mistake))
    assert form.status_code == 200
    assert "Retract a status change" in form.content.decode()

    answer = analyst_client.post(retract_url(record, mistake), {"reason": "Misread the readout."})

    assert answer.status_code == 302
    assert answer.url == admin_url(type(record), "change", record.pk)
    mistake.refresh_from_db()
    assert mistake.is_retracted
    assert (mistake.retracted_by, mistake.retraction_reason) == (analyst, "Misread the readout.")
    assert type(record).objects.get(pk=record.pk).status == initial
    page = analyst_client.get(answer.url)
    html = page.content.decode()
    assert "Retracted the status change" in html
    assert "<del>Retracted</del>" in html
    assert "Misread the readout." in html
    assert f'href="{retract_url(record, mistake)}"' not in html


def test_a_retraction_without_a_reason_is_refused_on_the_reason(analyst_client, mistaken):
    record, _, mistake = mistaken

    answer = analyst_client.post(retract_url(record, mistake), {"reason": "  "})

    assert answer.status_code == 200
    assert "reason" in answer.context["form"].errors
    mistake.refresh_from_db()
    assert not mistake.is_retracted


def test_retracting_the_last_live_entry_is_refused_with_what_to_do(analyst_client, mistaken):
    record, initial, mistake = mistaken
    record.retract_status_change(mistake, reason="Wrong.")
    opening = record.status_changes.live().get()

    answer = analyst_client.post(retract_url(record, opening), {"reason": "Also wrong."})

    assert answer.status_code == 200
    assert "record the right status first" in " ".join(answer.context["form"].non_field_errors())
    opening.refresh_from_db()
    assert not opening.is_retracted
    assert type(record).objects.get(pk=record.pk).status == initial


def test_a_viewer_sees_the_history_but_may_not_retract(viewer_client, mistaken):
    record, _, mistake = mistaken

    page = viewer_client.get(admin_url(type(record), "change", record.pk))
    assert page.status_code == 200
    assert retract_url(record, mistake) not in page.content.decode()
    assert viewer_client.get(retract_url(record, mistake)).status_code == 403
    assert viewer_client.post(retract_url(record, mistake), {"reason": "x"}).status_code == 403

    mistake.refresh_from_db()
    assert not mistake.is_retracted


def test_an_unknown_change_or_record_is_a_404(analyst_client, mistaken):
    record, _, mistake = mistaken
    model = type(record)

    unknown_change = admin_url(model, "retract_status_change", record.pk, 999999)
    unknown_record = admin_url(model, "retract_status_change", 999999, mistake.pk)
    bad_record = admin_url(model, "retract_status_change", "abc", mistake.pk)

    assert analyst_client.get(unknown_change).status_code == 404
    assert analyst_client.post(unknown_record, {"reason": "x"}).status_code == 404
    assert analyst_client.get(bad_record).status_code == 404


def no_inline_rows(*prefixes) -> dict:
    return {
        f"{prefix}-{count}": "0"
        for prefix in prefixes
        for count in ("TOTAL_FORMS", "INITIAL_FORMS")
    }


@pytest.mark.parametrize("model", [NegotiationProcess, Proposal], ids=["process", "proposal"])
def test_adding_a_record_opens_its_log_once_naming_the_analyst(analyst_client, analyst, model):
    if model is NegotiationProcess:
        values = {"title": "Talks", "status": "stalled", "started_on": "2024-01-02"}
        values.update(no_inline_rows("party_roles", "mediators", "status_changes"))
    else:
        values = {"process": ProcessFactory().pk, "title": "Counter", "status": "draft"}
        values.update(announced_on="2024-01-02")
        values.update(no_inline_rows("phases", "responses", "status_changes"))

    answer = analyst_client.post(admin_url(model, "add"), values)

    assert answer.status_code == 302, form_errors(answer)
    record = model.objects.get(title=values["title"])
    [opening] = record.status_changes.all()
    assert (opening.status, opening.changed_on) == (values["status"], datetime.date(2024, 1, 2))
    assert opening.recorded_by == analyst
    assert record.history.get().history_user == analyst


def test_the_status_change_pages_offer_no_delete(analyst_client, mistaken):
    record, _, mistake = mistaken
    change_model = type(mistake)

    answer = analyst_client.post(admin_url(change_model, "delete", mistake.pk), {"post": "yes"})

    assert answer.status_code == 403
    assert change_model.objects.filter(pk=mistake.pk).exists()


def test_a_response_whose_answer_is_retracted_is_listed_as_pending_again(analyst_client):
    response = ResponseFactory(proposal__announced_on=MAY_31)
    answer = response.change_status("rejected", changed_on=JUNE_5)

    analyst_client.post(retract_url(response, answer), {"reason": "Denied by Hamas."})

    listing = analyst_client.get(admin_url(Response, "changelist"), {"status__exact": "pending"})
    assert listing.status_code == 200
    assert list(listing.context["cl"].result_list) == [response]
