"""Each record knows where it is shown (get_absolute_url); the pages, and the admin's "View on
site", link there."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from tests.factories import EventFactory, StatementFactory


def test_records_with_a_page_of_their_own_are_found_there(viewer_client, gaza):
    records = [
        gaza.process,
        gaza.proposal,
        gaza.hamas,
        gaza.cairo_meeting,
        gaza.trip,
        gaza.article,
    ]

    for record in records:
        page = viewer_client.get(record.get_absolute_url())

        assert page.status_code == 200, record
        assert record.get_absolute_url() in {
            f"/processes/{gaza.process.slug}/",
            "/proposals/may-31-plan/",
            "/actors/hamas/",
            f"/meetings/{gaza.cairo_meeting.pk}/",
            f"/trips/{gaza.trip.pk}/",
            f"/sources/{gaza.article.pk}/",
        }


def test_records_shown_on_anothers_page_point_to_their_place_on_it(viewer_client, gaza):
    status_change = gaza.hamas_response.status_changes.get()
    expected = {
        gaza.hamas_response: f"/proposals/may-31-plan/#response-{gaza.hamas_response.pk}",
        gaza.quote: f"/proposals/may-31-plan/#statement-{gaza.quote.pk}",
        gaza.rafah: f"{gaza.process.get_absolute_url()}#event-{gaza.rafah.pk}",
        status_change: gaza.hamas_response.get_absolute_url(),
    }

    for record, url in expected.items():
        assert record.get_absolute_url() == url
        page = viewer_client.get(url)
        assert page.status_code == 200
        fragment = url.partition("#")[2]
        if fragment:
            assert f'id="{fragment}"' in page.content.decode()


def test_a_statement_about_nothing_else_is_shown_on_its_speakers_page(gaza):
    remark = StatementFactory(speaker=gaza.blinken, process=None, proposal=None)

    assert remark.get_absolute_url() == f"/actors/antony-blinken/#statement-{remark.pk}"


def test_an_event_outside_any_process_is_found_by_searching(viewer_client, db):
    event = EventFactory(process=None, title="Talks in Doha & Cairo")

    assert event.get_absolute_url() == "/search/?q=Talks+in+Doha+%26+Cairo"
    assert (
        "Talks in Doha &amp; Cairo" in viewer_client.get(event.get_absolute_url()).content.decode()
    )


def test_links_keep_the_date_in_force_before_the_fragment(viewer_client, gaza):
    page = viewer_client.get(f"/sources/{gaza.article.pk}/?as_of=2024-06-10")

    url = f"/proposals/may-31-plan/?as_of=2024-06-10#response-{gaza.hamas_response.pk}"
    assert f'href="{url}"' in page.content.decode()


@pytest.mark.parametrize(
    "record_name", ["process", "proposal", "hamas", "cairo_meeting", "trip", "article"]
)
def test_the_admin_offers_view_on_site_for_a_record_with_a_page(analyst_client, gaza, record_name):
    record = getattr(gaza, record_name)
    opts = record._meta
    view_on_site = reverse(
        "admin:view_on_site",
        args=[ContentType.objects.get_for_model(record).pk, record.pk],
    )

    change_page = analyst_client.get(
        reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])
    )
    followed = analyst_client.get(view_on_site)

    assert view_on_site in change_page.content.decode()
    assert followed.status_code == 302
    assert followed["Location"].endswith(record.get_absolute_url())
