import pytest
from django.urls import reverse


@pytest.mark.parametrize("as_of", ["", "2024-06-10", "2024-05-01", "bogus"])
def test_every_page_renders(viewer_client, gaza, as_of):
    urls = [
        reverse("negotiations:dashboard"),
        reverse("negotiations:process-list"),
        reverse("negotiations:process-detail", args=[gaza.process.slug]),
        reverse("negotiations:proposal-list"),
        reverse("negotiations:proposal-detail", args=[gaza.proposal.slug]),
        reverse("negotiations:actor-list"),
        reverse("negotiations:actor-detail", args=[gaza.hamas.slug]),
        reverse("negotiations:actor-detail", args=[gaza.blinken.slug]),
        reverse("negotiations:meeting-list"),
        reverse("negotiations:meeting-detail", args=[gaza.cairo_meeting.pk]),
        reverse("negotiations:trip-detail", args=[gaza.trip.pk]),
        reverse("negotiations:source-detail", args=[gaza.article.pk]),
        reverse("negotiations:search") + "?q=hamas",
        reverse("negotiations:search") + "?q=Islamic",
    ]
    for url in urls:
        sep = "&" if "?" in url else "?"
        response = viewer_client.get(f"{url}{sep}as_of={as_of}")
        assert response.status_code == 200, url
