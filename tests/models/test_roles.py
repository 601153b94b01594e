"""The three roles, as groups created by the migrations, and the one permissions module."""

import importlib

import pytest
from django.contrib.auth.models import AnonymousUser, Group, Permission

from accounts.roles import Role, can_read, can_write
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def codenames(role):
    return {
        f"{permission.content_type.app_label}.{permission.codename}"
        for permission in Group.objects.get(name=role).permissions.select_related("content_type")
    }


def negotiations_permissions():
    return {
        f"negotiations.{codename}"
        for codename in Permission.objects.filter(
            content_type__app_label="negotiations"
        ).values_list("codename", flat=True)
    }


def test_the_migrations_create_the_three_role_groups():
    assert set(Group.objects.values_list("name", flat=True)) >= {"viewer", "analyst", "admin"}


def test_a_viewer_may_only_view_the_negotiation_records():
    granted = codenames("viewer")

    assert "negotiations.view_meeting" in granted
    assert "negotiations.view_responsestatuschange" in granted
    assert all(name.startswith("negotiations.view_") for name in granted)
    assert granted == {name for name in negotiations_permissions() if ".view_" in name}


def test_an_analyst_may_do_everything_with_negotiation_records_and_nothing_else():
    granted = codenames("analyst")

    assert granted == negotiations_permissions()
    assert {"negotiations.add_meeting", "negotiations.delete_actor"} <= granted
    assert not any(
        name.startswith(("accounts.", "auth.", "authtoken.", "axes.")) for name in granted
    )


def test_an_admin_may_also_manage_accounts_and_groups():
    granted = codenames("admin")

    assert negotiations_permissions() <= granted
    assert {"accounts.change_user", "accounts.add_user", "auth.change_group"} <= granted


@pytest.fixture
def inactive_analyst():
    user = UserFactory(role="analyst")
    user.is_active = False
    user.save()
    return user


@pytest.fixture
def superuser():
    return UserFactory(is_superuser=True, is_staff=True)


@pytest.mark.parametrize(
    ("who", "reads", "writes"),
    [
        ("viewer", True, False),
        ("analyst", True, True),
        ("admin_user", True, True),
        ("superuser", True, True),
        ("outsider", False, False),
        ("inactive_analyst", False, False),
    ],
)
def test_what_each_account_may_do(request, who, reads, writes):
    user = request.getfixturevalue(who)

    assert (can_read(user), can_write(user)) == (reads, writes)


def test_an_anonymous_visitor_may_do_nothing():
    assert (can_read(AnonymousUser()), can_write(AnonymousUser())) == (False, False)
    assert (can_read(None), can_write(None)) == (False, False)


@pytest.mark.parametrize(
    ("who", "may_change_records", "may_change_users"),
    [("viewer", False, False), ("analyst", True, False), ("admin_user", True, True)],
)
def test_django_permissions_follow_the_role(request, who, may_change_records, may_change_users):
    user = request.getfixturevalue(who)

    assert user.has_perm("negotiations.view_actor")
    assert user.has_perm("negotiations.change_actor") is may_change_records
    assert user.has_perm("accounts.change_user") is may_change_users


def test_setting_a_role_replaces_the_previous_one(viewer):
    viewer.set_role(Role.ANALYST)

    assert viewer.role == Role.ANALYST
    assert list(viewer.groups.values_list("name", flat=True)) == ["analyst"]
    assert viewer.is_staff
    assert can_write(viewer)


def test_an_account_with_several_role_groups_has_the_strongest_role(viewer):
    viewer.groups.add(Group.objects.get(name="admin"))

    assert viewer.role == Role.ADMIN


def test_an_unknown_role_is_refused(viewer):
    with pytest.raises(ValueError):
        viewer.set_role("owner")

    assert viewer.role == Role.VIEWER


def test_the_role_groups_migration_creates_the_permissions_django_would():
    """The migration runs before Django's own post_migrate step has created any permission; it
    creates them the way Django does, so the groups are complete on a fresh database."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    role_groups = importlib.import_module("accounts.migrations.0002_role_groups")
    Permission.objects.all().delete()
    Group.objects.all().delete()

    role_groups.create_role_groups(apps, schema_editor=None)
    made_by_the_migration = set(Permission.objects.values_list("content_type", "codename", "name"))
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)

    assert set(Permission.objects.values_list("content_type", "codename", "name")) == (
        made_by_the_migration
    )
    assert codenames("analyst") == negotiations_permissions()
    assert "negotiations.view_meeting" in codenames("viewer")
