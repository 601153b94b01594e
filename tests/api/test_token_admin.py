"""Tokens are issued and revoked in the admin, by admins only."""

from rest_framework.authtoken.models import Token


def test_an_admin_issues_a_token_in_the_admin(client, admin_user, analyst):
    client.force_login(admin_user)

    response = client.post("/admin/authtoken/tokenproxy/add/", {"user": analyst.pk})

    assert response.status_code == 302
    assert Token.objects.filter(user=analyst).exists()


def test_an_admin_revokes_a_token_in_the_admin(client, admin_user, analyst):
    token = Token.objects.create(user=analyst)
    client.force_login(admin_user)

    # The admin addresses a token by its user's id, so the key never appears in a URL.
    response = client.post(f"/admin/authtoken/tokenproxy/{token.user_id}/delete/", {"post": "yes"})

    assert response.status_code == 302
    assert not Token.objects.exists()


def test_an_analyst_cannot_manage_tokens(client, analyst, viewer):
    client.force_login(analyst)

    listing = client.get("/admin/authtoken/tokenproxy/")
    adding = client.post("/admin/authtoken/tokenproxy/add/", {"user": viewer.pk})

    assert listing.status_code == 403
    assert adding.status_code == 403
    assert not Token.objects.exists()
