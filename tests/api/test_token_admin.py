"""Tokens are issued and revoked in the admin, by admins only, and listed without their keys."""

from accounts.models import ApiToken


def test_an_admin_issues_a_token_in_the_admin_and_sees_its_key_once(client, admin_user, analyst):
    client.force_login(admin_user)

    response = client.post("/admin/accounts/apitoken/add/", {"user": analyst.pk}, follow=True)

    token = ApiToken.objects.get(user=analyst)
    shown = [str(message) for message in response.context["messages"]]
    key = shown[0].split("The new token for analyst: ")[1].split(".")[0]
    assert ApiToken.objects.for_key(key).get() == token
    assert key not in client.get("/admin/accounts/apitoken/").content.decode()


def test_an_admin_revokes_a_token_in_the_admin(client, admin_user, analyst):
    token, _ = ApiToken.issue(analyst)
    client.force_login(admin_user)

    response = client.post(f"/admin/accounts/apitoken/{token.pk}/delete/", {"post": "yes"})

    assert response.status_code == 302
    assert not ApiToken.objects.exists()


def test_the_admin_lists_tokens_by_owner_and_date_never_by_key(client, admin_user, analyst):
    token, key = ApiToken.issue(analyst)
    client.force_login(admin_user)

    listing = client.get("/admin/accounts/apitoken/").content.decode()
    page = client.get(f"/admin/accounts/apitoken/{token.pk}/change/").content.decode()

    assert "analyst" in listing
    assert key not in listing and token.digest not in listing
    assert key not in page and token.digest not in page


def test_drf_s_own_token_admin_is_gone(client, admin_user):
    client.force_login(admin_user)

    assert client.get("/admin/authtoken/tokenproxy/").status_code == 404


def test_an_analyst_cannot_manage_tokens(client, analyst, viewer):
    client.force_login(analyst)

    listing = client.get("/admin/accounts/apitoken/")
    adding = client.post("/admin/accounts/apitoken/add/", {"user": viewer.pk})

    assert listing.status_code == 403
    assert adding.status_code == 403
    assert not ApiToken.objects.exists()
