import pytest
from django.urls import reverse

from accounts.models import User
from tests.pages.html import parse

PAGES = [
    "negotiations:dashboard",
    "negotiations:process-list",
    "negotiations:proposal-list",
    "negotiations:actor-list",
    "negotiations:meeting-list",
    "negotiations:search",
]


def detail_urls(gaza):
    return [
        reverse("negotiations:process-detail", args=[gaza.process.slug]),
        reverse("negotiations:proposal-detail", args=[gaza.proposal.slug]),
        reverse("negotiations:actor-detail", args=[gaza.hamas.slug]),
        reverse("negotiations:meeting-detail", args=[gaza.cairo_meeting.pk]),
        reverse("negotiations:trip-detail", args=[gaza.trip.pk]),
        reverse("negotiations:source-detail", args=[gaza.article.pk]),
    ]


def all_urls(gaza):
    return [reverse(name) for name in PAGES] + detail_urls(gaza)


def test_anonymous_readers_are_sent_to_sign_in(client, gaza, settings):
    settings.PUBLIC_READ = False
    for url in all_urls(gaza):
        response = client.get(f"{url}?as_of=2024-06-10")

        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("accounts:login") + "?next=")
    assert not User.objects.filter(is_active=True, username="").exists()


def test_an_account_without_a_role_is_refused(client, outsider, gaza, settings):
    settings.PUBLIC_READ = False
    client.force_login(outsider)
    for url in all_urls(gaza):
        response = client.get(url)

        assert response.status_code == 403, url
        assert "has no role" in response.content.decode()
    assert outsider.role is None


@pytest.mark.parametrize("role_fixture", ["viewer", "analyst", "admin_user"])
def test_every_role_reads_every_page(client, gaza, request, role_fixture):
    client.force_login(request.getfixturevalue(role_fixture))
    for url in all_urls(gaza):
        assert client.get(url).status_code == 200, url


def test_a_public_deployment_lets_anyone_read(client, gaza, settings):
    settings.PUBLIC_READ = True
    for url in all_urls(gaza):
        response = client.get(url)

        assert response.status_code == 200, url
        assert "Sign in" in response.content.decode()


def test_edit_links_are_shown_to_analysts_only(client, viewer, analyst, gaza):
    url = reverse("negotiations:proposal-detail", args=[gaza.proposal.slug])
    admin_url = reverse("admin:negotiations_proposal_change", args=[gaza.proposal.pk])

    client.force_login(viewer)
    as_viewer = parse(client.get(url))
    client.force_login(analyst)
    as_analyst = parse(client.get(url))

    assert as_viewer.find("a", class_="edit-link") is None
    edit_links = [a.attrs["href"] for a in as_analyst.find_all("a", class_="edit-link")]
    assert admin_url in edit_links
    response_admin = reverse("admin:negotiations_response_change", args=[gaza.hamas_response.pk])
    assert response_admin in edit_links


def test_the_sign_in_page_signs_a_viewer_in_and_back_to_the_page(client, viewer, password, gaza):
    login = reverse("accounts:login")
    page = client.get(f"{login}?next=/proposals/may-31-plan/")
    assert page.status_code == 200
    assert parse(page).find("input", name="username") is not None

    response = client.post(
        login, {"username": "viewer", "password": password, "next": "/proposals/may-31-plan/"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/proposals/may-31-plan/"
    assert client.get("/proposals/may-31-plan/").status_code == 200


def test_a_wrong_password_is_refused_with_a_message(client, viewer):
    response = client.post(reverse("accounts:login"), {"username": "viewer", "password": "nope"})

    assert response.status_code == 200
    assert "did not match" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_signing_out_ends_the_session(viewer_client, viewer):
    response = viewer_client.post(reverse("accounts:logout"))

    assert response.status_code == 302
    assert "_auth_user_id" not in viewer_client.session
    assert viewer_client.get("/").status_code == 302


def test_a_refusal_elsewhere_does_not_blame_a_missing_role(client, viewer):
    client.force_login(viewer)

    response = client.get("/admin/negotiations/meeting/add/")

    assert response.status_code == 403
    assert "has no role" not in response.content.decode()
    assert "You cannot open this page" in response.content.decode()
    assert viewer.role == "viewer"
