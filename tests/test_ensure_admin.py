import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from accounts.models import User
from accounts.roles import Role
from tests.factories import UserFactory

SUPERUSER_VARIABLES = (
    "DJANGO_SUPERUSER_USERNAME",
    "DJANGO_SUPERUSER_PASSWORD",
    "DJANGO_SUPERUSER_EMAIL",
)


@pytest.fixture(autouse=True)
def no_superuser_variables(monkeypatch):
    for name in SUPERUSER_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def ensure_admin() -> str:
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    return out.getvalue()


def test_it_creates_admin_with_a_generated_password_printed_once(db):
    first_output = ensure_admin()

    printed = re.search(r"Created admin account 'admin' with password: (\S+)", first_output)
    assert printed, first_output
    admin = User.objects.get(username="admin")
    assert admin.check_password(printed.group(1))
    assert admin.is_superuser and admin.is_staff and admin.is_active
    assert admin.role == Role.ADMIN
    assert list(admin.groups.values_list("name", flat=True)) == ["admin"]

    second_output = ensure_admin()

    assert printed.group(1) not in second_output
    assert "password:" not in second_output
    assert "Admin account 'admin' exists" in second_output
    assert User.objects.count() == 1
    assert User.objects.get(username="admin").check_password(printed.group(1))


def test_it_honours_the_django_superuser_variables(db, monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "chief")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-chosen-pass-phrase")
    monkeypatch.setenv("DJANGO_SUPERUSER_EMAIL", "chief@example.org")

    output = ensure_admin()

    assert "a-chosen-pass-phrase" not in output
    assert "Created admin account 'chief' with the password from DJANGO_SUPERUSER_PASSWORD" in (
        output
    )
    chief = User.objects.get()
    assert chief.username == "chief"
    assert chief.email == "chief@example.org"
    assert chief.check_password("a-chosen-pass-phrase")
    assert chief.is_superuser
    assert chief.role == Role.ADMIN


def test_it_creates_the_named_account_even_when_another_admin_exists(db, monkeypatch):
    UserFactory(username="first-admin", role="admin")
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "second-admin")

    output = ensure_admin()

    assert "Created admin account 'second-admin' with password:" in output
    assert set(User.objects.values_list("username", flat=True)) == {"first-admin", "second-admin"}


def test_it_leaves_an_existing_named_admin_and_its_password_alone(db, monkeypatch, password):
    UserFactory(username="chief", role="admin")
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "chief")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-different-pass-phrase")

    output = ensure_admin()

    assert output == "Admin account 'chief' exists; its password is unchanged.\n"
    chief = User.objects.get()
    assert chief.check_password(password)
    assert not chief.is_superuser


def test_it_creates_nothing_when_an_admin_role_account_exists(db):
    UserFactory(username="lead-analyst", role="admin")

    output = ensure_admin()

    assert output == "Admin account 'lead-analyst' exists.\n"
    assert list(User.objects.values_list("username", flat=True)) == ["lead-analyst"]


def test_an_inactive_admin_does_not_count(db):
    UserFactory(username="departed", role="admin", is_active=False)

    output = ensure_admin()

    assert "Created admin account 'admin' with password:" in output
    assert User.objects.filter(username="admin", is_superuser=True).exists()


def test_it_refuses_to_promote_an_existing_account_that_is_not_an_admin(db, password):
    UserFactory(username="admin", role="viewer")

    with pytest.raises(CommandError, match="'admin' exists but is not an active admin"):
        ensure_admin()

    account = User.objects.get()
    assert account.role == Role.VIEWER
    assert not account.is_superuser
    assert account.check_password(password)


@pytest.mark.parametrize(
    ("weak", "reason"),
    [("1", "too short"), ("password123", "too common"), ("38475920174", "entirely numeric")],
)
def test_a_weak_chosen_password_is_refused_by_django_s_validators(db, monkeypatch, weak, reason):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "chief")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", weak)

    with pytest.raises(CommandError) as refusal:
        ensure_admin()

    assert "DJANGO_SUPERUSER_PASSWORD is refused" in str(refusal.value)
    assert reason in str(refusal.value)
    assert not User.objects.exists()


def test_a_password_like_the_username_is_refused(db, monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "chiefanalyst")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "chiefanalyst1")

    with pytest.raises(CommandError, match="too similar to the username"):
        ensure_admin()

    assert not User.objects.exists()


def test_the_settings_name_django_s_password_validators():
    from django.conf import settings

    names = {validator["NAME"].rsplit(".", 1)[1] for validator in settings.AUTH_PASSWORD_VALIDATORS}

    assert names == {
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    }
