"""Work done once per request instead of once per value gives the same bytes: edit times
(fields.DateTimeField) and the rows' addresses in a CSV download (csv_download.JsonAddresses)."""

import datetime
import zoneinfo

import pytest
from django.utils import timezone
from rest_framework import serializers as drf_serializers
from rest_framework.relations import Hyperlink

from negotiations.api import csv_download, fields


@pytest.mark.parametrize("zone", [None, "Asia/Gaza", "America/New_York"])
def test_edit_times_read_as_drf_writes_them_in_any_time_zone(zone):
    values = [
        datetime.datetime(2024, 3, 1, 12, 30, 5, 123456, tzinfo=datetime.UTC),
        datetime.datetime(2024, 10, 27, 0, 59, tzinfo=datetime.UTC),
        datetime.datetime(2024, 7, 1, 8, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Gaza")),
    ]
    with timezone.override(zone) if zone else timezone.override(timezone.get_default_timezone()):
        ours, drfs = fields.DateTimeField(), drf_serializers.DateTimeField()
        for value in values:
            assert ours.to_representation(value) == drfs.to_representation(value)
        assert ours.to_representation(None) is None


def test_an_edit_time_keeps_the_time_zone_of_its_request():
    value = datetime.datetime(2024, 3, 1, 12, 0, tzinfo=datetime.UTC)
    with timezone.override("Asia/Gaza"):
        field = fields.DateTimeField()
        assert field.to_representation(value) == "2024-03-01T14:00:00+02:00"
    with timezone.override("America/New_York"):
        assert fields.DateTimeField().to_representation(value) == "2024-03-01T07:00:00-05:00"


@pytest.mark.parametrize(
    "url",
    [
        "http://testserver/api/v1/statements/7/?format=csv",
        "http://testserver/api/v1/statements/7/?date_after=2024-01-01&format=csv",
        "http://testserver/api/v1/statements/7/",
        "http://testserver/api/v1/7/statements/7/?format=csv&b=%2F7%2F",
        "https://example.org:8443/prefix/api/v1/meetings/7/?format=csv#top",
    ],
)
def test_a_download_takes_format_out_of_each_address_as_json_address_does(url):
    addresses = csv_download.JsonAddresses()
    for record_id in (7, 70, 7):
        address = url.replace("/7/", f"/{record_id}/")
        expected = csv_download.json_address(address)
        assert addresses(address, record_id) == expected
        assert addresses(Hyperlink(address, None), record_id) == expected


def test_an_address_without_the_id_is_taken_apart_in_full():
    addresses = csv_download.JsonAddresses()
    url = "http://testserver/api/v1/statements/7/?format=csv"
    assert addresses(url, 8) == "http://testserver/api/v1/statements/7/"


@pytest.mark.parametrize(
    "path", ["/api/v1/statements/", "/api/v1/proposals/", "/api/v1/meetings/", "/api/v1/actors/"]
)
def test_a_download_is_the_same_with_addresses_taken_apart_row_by_row(
    viewer_api, gaza, monkeypatch, path
):
    fast = b"".join(viewer_api.get(path, {"format": "csv"}).streaming_content)
    monkeypatch.setattr(
        csv_download.JsonAddresses,
        "__call__",
        lambda self, url, record_id: csv_download.json_address(url),
    )
    slow = b"".join(viewer_api.get(path, {"format": "csv"}).streaming_content)

    assert fast.count(b"\r\n") >= 2  # the header and at least one row
    assert b"?format=csv" not in fast
    assert fast == slow
