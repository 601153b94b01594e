"""Every admin page renders, and list pages cost the same number of queries at any size."""

import html
import re

import pytest
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from negotiations.admin.base import admin_change_url, admin_link
from negotiations.models import Meeting, Response
from tests.admin.conftest import build_one_of_everything
from tests.admin.pages import admin_url
from tests.factories import (
    MeetingFactory,
    ParticipantFactory,
    ResponseFactory,
    SourceFactory,
)

NEGOTIATIONS_ADMINS = [
    (model, model_admin)
    for model, model_admin in admin.site._registry.items()
    if model._meta.app_label == "negotiations"
]
ALL_ADMINS = list(admin.site._registry.items())


def admin_id(value):
    return value.__name__ if isinstance(value, type) else ""


@pytest.mark.parametrize(("model", "model_admin"), NEGOTIATIONS_ADMINS, ids=admin_id)
def test_every_negotiations_page_answers_an_analyst(
    analyst_client, one_of_everything, model, model_admin
):
    assert model.objects.exists(), f"the fixture has no {model.__name__}"
    record = model.objects.first()

    assert analyst_client.get(admin_url(model, "changelist")).status_code == 200
    assert analyst_client.get(admin_url(model, "changelist"), {"q": "a"}).status_code == 200
    add_page = analyst_client.get(admin_url(model, "add"))
    request = add_page.wsgi_request
    # Status logs are read-only: they are written through their record's change form.
    assert add_page.status_code == (200 if model_admin.has_add_permission(request) else 403)
    assert analyst_client.get(admin_url(model, "change", record.pk)).status_code == 200
    assert analyst_client.get(admin_url(model, "history", record.pk)).status_code == 200
    delete_page = analyst_client.get(admin_url(model, "delete", record.pk))
    can_delete = model_admin.has_delete_permission(request, record)
    assert delete_page.status_code == (200 if can_delete else 403)


@pytest.mark.parametrize(("model", "model_admin"), NEGOTIATIONS_ADMINS, ids=admin_id)
def test_every_filter_sort_and_date_link_of_a_list_answers(
    analyst_client, one_of_everything, model, model_admin
):
    url = admin_url(model, "changelist")
    page = analyst_client.get(url)
    links = {html.unescape(href) for href in re.findall(r'href="(\?[^"]*)"', page.content.decode())}
    assert links, "a list page offers filters and sorting"

    answers = {link: analyst_client.get(url + link).status_code for link in sorted(links)}

    assert set(answers.values()) == {200}, answers


@pytest.mark.parametrize(("model", "model_admin"), ALL_ADMINS, ids=admin_id)
def test_every_admin_list_and_add_page_answers_an_admin(
    client, admin_user, password, one_of_everything, model, model_admin
):
    client.login(username=admin_user.username, password=password)

    assert client.get(admin_url(model, "changelist")).status_code == 200
    add_page = client.get(admin_url(model, "add"))
    assert add_page.status_code == (
        200 if model_admin.has_add_permission(add_page.wsgi_request) else 403
    )


def test_the_admin_index_lists_the_negotiation_records(analyst_client):
    page = analyst_client.get("/admin/")

    assert page.status_code == 200
    assert "Meetings" in page.content.decode()
    assert "Responses" in page.content.decode()


def test_autocomplete_finds_actors_for_participants_and_sources_for_status_changes(
    analyst_client, one_of_everything
):
    actor = one_of_everything.participants.get().actor
    source = one_of_everything.sources.get()

    actors = analyst_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "negotiations",
            "model_name": "participant",
            "field_name": "actor",
            "term": actor.name,
        },
    )
    sources = analyst_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "negotiations",
            "model_name": "responsestatuschange",
            "field_name": "sources",
            "term": source.title,
        },
    )

    assert actors.status_code == 200
    assert [r["id"] for r in actors.json()["results"]] == [str(actor.pk)]
    assert sources.status_code == 200
    assert [r["id"] for r in sources.json()["results"]] == [str(source.pk)]


def make_meetings(count: int) -> None:
    for _ in range(count):
        meeting = MeetingFactory()
        ParticipantFactory.create_batch(2, meeting=meeting)
        meeting.sources.add(SourceFactory())
        meeting.proposals.add(ResponseFactory().proposal)


def make_responses(count: int) -> None:
    for _ in range(count):
        response = ResponseFactory(due_on=None)
        response.sources.add(SourceFactory())
        response.change_status("acknowledged", changed_on=response.requested_on)


def queries_for_list(client, model) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(admin_url(model, "changelist")).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    ("model", "make"),
    [(Meeting, make_meetings), (Response, make_responses)],
    ids=["meetings", "responses"],
)
def test_list_pages_do_not_query_per_row(analyst_client, model, make):
    make(2)
    with_two = queries_for_list(analyst_client, model)
    make(8)
    with_ten = queries_for_list(analyst_client, model)

    assert model.objects.count() == 10
    assert with_ten == with_two


@pytest.mark.parametrize(("model", "model_admin"), NEGOTIATIONS_ADMINS, ids=admin_id)
def test_no_list_page_queries_per_row(analyst_client, model, model_admin):
    build_one_of_everything()
    with_one = queries_for_list(analyst_client, model)
    for _ in range(3):
        build_one_of_everything()
    with_four = queries_for_list(analyst_client, model)

    assert model.objects.count() >= 4
    assert with_four == with_one


def test_a_record_the_admin_does_not_edit_has_no_admin_link(db):
    content_type = ContentType.objects.get_for_model(ContentType)

    assert admin_change_url(content_type) == ""
    assert admin_link(content_type) == f"Content type: {content_type}"
