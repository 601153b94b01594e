"""Lists page by number or, following `next` and `previous`, by cursor (keyset), with a count
that is exact up to a limit and an estimate beyond it."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from negotiations.models import Actor
from tests import factories
from tests.api.contract import list_url


def statements(count: int):
    speaker = factories.PersonFactory()
    first_day = datetime.date(2024, 1, 1)
    # Two statements a day, so that the order needs its tie-breaker (the id).
    return [
        factories.StatementFactory(
            speaker=speaker, date=first_day + datetime.timedelta(days=n // 2)
        )
        for n in range(count)
    ]


def expected_order(records):
    return [s.pk for s in sorted(records, key=lambda s: (-s.date.toordinal(), s.pk))]


def walk(client, url, link="next"):
    """Every page from `url` following `link`, as lists of ids, and the last body."""
    pages = []
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        body = response.json()
        pages.append([record["id"] for record in body["results"]])
        url = body[link]
    return pages, body


def test_following_next_reads_every_record_once_in_the_list_order(viewer_api):
    records = statements(11)

    pages, _ = walk(viewer_api, "/api/v1/statements/?page_size=4")

    assert [len(page) for page in pages] == [4, 4, 3]
    assert [pk for page in pages for pk in page] == expected_order(records)


def test_next_links_carry_a_cursor_and_the_page_number(viewer_api):
    statements(5)

    first = viewer_api.get("/api/v1/statements/?page_size=2").json()
    second = viewer_api.get(first["next"]).json()

    assert "cursor=" in first["next"] and "page=2" in first["next"]
    assert "page=3" in second["next"]
    assert first["count"] == second["count"] == 5


def test_following_previous_walks_back_through_the_same_pages(viewer_api):
    records = statements(7)
    forward, last = walk(viewer_api, "/api/v1/statements/?page_size=3")

    backward, _ = walk(viewer_api, last["previous"], link="previous")

    assert backward == forward[:-1][::-1]
    assert [pk for page in forward for pk in page] == expected_order(records)


def test_page_numbers_keep_working_and_agree_with_the_cursor_pages(viewer_api):
    statements(7)
    by_cursor, _ = walk(viewer_api, "/api/v1/statements/?page_size=3")

    by_number = [
        [
            r["id"]
            for r in viewer_api.get(f"/api/v1/statements/?page_size=3&page={n}").json()["results"]
        ]
        for n in (1, 2, 3)
    ]

    assert by_number == by_cursor


def test_a_list_in_an_order_a_cursor_cannot_follow_pages_by_number(viewer_api):
    proposal = factories.ProposalFactory()
    for name in ("Egypt", "Qatar", "Hamas"):
        factories.ResponseFactory(proposal=proposal, respondent=factories.ActorFactory(name=name))

    body = viewer_api.get("/api/v1/responses/?ordering=respondent__name&page_size=2").json()

    assert "cursor=" not in body["next"] and "page=2" in body["next"]
    assert len(viewer_api.get(body["next"]).json()["results"]) == 1


@pytest.mark.parametrize("cursor", ["nonsense", "eyJrIjpbXX0", "%00"])
def test_a_cursor_the_api_did_not_give_is_a_400_naming_cursor(viewer_api, cursor):
    statements(2)

    response = viewer_api.get(f"/api/v1/statements/?cursor={cursor}")

    assert response.status_code == 400
    assert "cursor" in response.json()


def test_a_cursor_of_another_ordering_is_refused(viewer_api):
    statements(3)
    next_link = viewer_api.get("/api/v1/statements/?page_size=1").json()["next"]

    response = viewer_api.get(next_link + "&ordering=date")

    assert response.status_code == 400
    assert "cursor" in response.json()


def test_the_count_is_exact_up_to_the_limit(viewer_api, settings):
    settings.API_EXACT_COUNT_LIMIT = 5
    statements(5)

    response = viewer_api.get("/api/v1/statements/?page_size=2")

    assert response.json()["count"] == 5
    assert "X-Count-Estimated" not in response


def test_above_the_limit_postgresql_estimates_and_says_so(viewer_api, settings):
    settings.API_EXACT_COUNT_LIMIT = 3
    statements(6)

    response = viewer_api.get("/api/v1/statements/?page_size=2")

    count = response.json()["count"]
    if connection.vendor == "postgresql":
        assert count >= 4
        assert response["X-Count-Estimated"] == "true"
    else:
        assert count == 6
        assert "X-Count-Estimated" not in response


def test_a_filtered_list_counts_exactly(viewer_api):
    records = statements(6)
    speaker = factories.PersonFactory()
    factories.StatementFactory(speaker=speaker)

    body = viewer_api.get(f"/api/v1/statements/?actor={speaker.pk}").json()

    assert body["count"] == 1 and len(records) == 6


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries)


@pytest.mark.parametrize("route", ["statements", "meetings", "events", "actors"])
def test_a_cursor_page_takes_as_many_queries_at_page_size_1_as_at_100(viewer_api, route):
    for _ in range(3):
        factories.MeetingFactory()
        factories.EventFactory()
        factories.StatementFactory()

    def second_page(size):
        return viewer_api.get(f"/api/v1/{route}/?page_size={size}").json()["next"]

    small = count_queries(viewer_api, second_page(1))
    large_link = (
        viewer_api.get(f"/api/v1/{route}/?page_size=1")
        .json()["next"]
        .replace("page_size=1", "page_size=100")
    )
    large = count_queries(viewer_api, large_link)

    assert small == large


def test_a_status_log_pages_by_cursor(viewer_api):
    response = factories.ResponseFactory()
    for day in (3, 4, 5, 6):
        response.change_status("acknowledged", changed_on=datetime.date(2024, 6, day))

    pages, _ = walk(viewer_api, f"/api/v1/responses/{response.pk}/status-changes/?page_size=2")

    assert [len(page) for page in pages] == [2, 2, 1]
    assert sorted(pk for page in pages for pk in page) == sorted(
        response.status_changes.values_list("pk", flat=True)
    )


def _bulk_actors(count: int) -> None:
    Actor.objects.bulk_create(
        Actor(name=f"Actor {n}", slug=f"actor-{n}", kind="state") for n in range(count)
    )


@pytest.mark.parametrize("page_size", ["201", "1000", 10**9])
def test_a_page_size_above_200_is_served_as_200(viewer_api, page_size):
    _bulk_actors(205)

    body = viewer_api.get(list_url("actors"), {"page_size": page_size}).json()

    assert body["count"] == 205
    assert len(body["results"]) == 200


@pytest.mark.parametrize("page_size", ["-1", "0", "abc", "1e3", "\x00"])
def test_a_page_size_that_is_not_a_positive_number_is_never_a_server_error(analyst_api, page_size):
    _bulk_actors(205)

    response = analyst_api.get(list_url("actors"), {"page_size": page_size})

    assert response.status_code in (200, 400), response.content[:300]
    if response.status_code == 400:
        assert "page_size" in response.json()
    else:
        assert 0 < len(response.json()["results"]) <= 200
    assert Actor.objects.count() == 205


@pytest.mark.parametrize("page", ["999", str(10**9), "0", "-1", "abc", "1.5"])
def test_a_page_that_does_not_exist_is_404(analyst_api, page):
    factories.ActorFactory()

    response = analyst_api.get(list_url("actors"), {"page": page})

    assert response.status_code == 404, response.content[:300]


def test_a_page_with_a_nul_byte_answers_404_or_400(analyst_api):
    factories.ActorFactory()

    response = analyst_api.get(list_url("actors"), {"page": "\x00"})

    assert response.status_code in (400, 404), response.content[:300]
