"""Whatever an analyst types into an admin address bar or search box, no page fails."""

import pytest

from negotiations.models import Meeting, Response
from tests.admin.pages import admin_url

HUGE = "99999999999999999999"


def responses(query: str) -> str:
    return admin_url(Response, "changelist") + query


def meetings(query: str) -> str:
    return admin_url(Meeting, "changelist") + query


@pytest.mark.parametrize(
    "url",
    [
        responses(f"?proposal__process__id__exact={HUGE}"),
        responses(f"?respondent__id__exact={HUGE}"),
        responses("?respondent__id__exact=abc"),
        responses("?o=abc"),
        responses("?o=99"),
        responses("?q=%00"),
        responses("?requested_on__year=abc"),
        responses("?requested_on__year=99999999999"),
        responses("?requested_on__year=9999"),
        responses("?requested_on__year=2024&requested_on__month=13"),
        responses("?p=abc"),
        responses("?overdue=maybe"),
        meetings("?sourced=maybe"),
        meetings("?date__gte=abc"),
        meetings("?nonsense=1"),
    ],
)
def test_bad_list_parameters_answer_a_list_or_its_invalid_filter_notice(
    analyst_client, one_of_everything, url
):
    page = analyst_client.get(url)

    assert page.status_code in (200, 302)
    if page.status_code == 302:
        assert page.url.endswith("?e=1")


@pytest.mark.parametrize(
    "path",
    [
        f"/admin/negotiations/meeting/{HUGE}/change/",
        f"/admin/negotiations/meeting/{HUGE}/delete/",
        f"/admin/negotiations/meeting/{HUGE}/history/",
        "/admin/negotiations/meeting/abc/change/",
        "/admin/negotiations/meeting/abc/history/",
        "/admin/negotiations/meeting/{pk}/history/abc/",
        f"/admin/negotiations/meeting/{{pk}}/history/{HUGE}/",
    ],
)
def test_ids_that_cannot_exist_are_not_found(analyst_client, one_of_everything, path):
    page = analyst_client.get(path.format(pk=one_of_everything.pk))

    # The admin's own views send a missing record back to the index with a notice.
    assert page.status_code in (302, 404)
    assert Meeting.objects.filter(pk=one_of_everything.pk).exists()


@pytest.mark.parametrize("term", ["\x00", "a\x00b", "%", "'; drop table x; --"])
def test_odd_autocomplete_terms_find_nothing_and_fail_nothing(analyst_client, term):
    page = analyst_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "negotiations",
            "model_name": "meeting",
            "field_name": "sources",
            "term": term,
        },
    )

    assert page.status_code == 200
    assert page.json()["results"] == []


def test_a_history_version_cannot_be_reverted(analyst_client, one_of_everything):
    meeting = one_of_everything
    version = meeting.history.earliest()
    meeting.title = "Renamed"
    meeting.save()

    page = analyst_client.post(
        admin_url(Meeting, "history", meeting.pk) + f"{version.history_id}/",
        {"title": version.title},
    )

    assert page.status_code == 403
    meeting.refresh_from_db()
    assert meeting.title == "Renamed"
