"""Make sure an admin account exists, so a fresh install can be signed in to at once.

Honours Django's DJANGO_SUPERUSER_USERNAME, DJANGO_SUPERUSER_PASSWORD and DJANGO_SUPERUSER_EMAIL.
Without them it creates "admin" with a generated password, printed this one time only. When
the account already exists nothing is changed and nothing secret is printed, so `make run` can
call it every time.
"""

import os
import secrets

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Q

from accounts.models import User
from accounts.roles import Role

DEFAULT_USERNAME = "admin"


class Command(BaseCommand):
    help = "Create the admin account if none exists (Django's DJANGO_SUPERUSER_* variables apply)."

    def handle(self, *args, **options):
        requested_username = os.environ.get("DJANGO_SUPERUSER_USERNAME", "").strip()
        if requested_username:
            self.ensure_account(requested_username)
            return

        existing_admin = self.active_admins().order_by("pk").first()
        if existing_admin is not None:
            self.stdout.write(f"Admin account '{existing_admin.username}' exists.")
            return
        self.ensure_account(DEFAULT_USERNAME)

    def active_admins(self):
        return User.objects.filter(
            Q(is_superuser=True) | Q(groups__name=Role.ADMIN), is_active=True
        ).distinct()

    def refuse_weak_password(self, password: str, user: User) -> None:
        """The same rules (AUTH_PASSWORD_VALIDATORS) as a password set in the admin."""
        try:
            validate_password(password, user=user)
        except ValidationError as error:
            raise CommandError(
                "DJANGO_SUPERUSER_PASSWORD is refused: " + " ".join(error.messages)
            ) from None

    def ensure_account(self, username: str) -> None:
        existing = User.objects.filter(username=username).first()
        if existing is not None:
            if not self.active_admins().filter(pk=existing.pk).exists():
                raise CommandError(
                    f"An account named '{username}' exists but is not an active admin. "
                    "Give it the admin role in the admin, or set DJANGO_SUPERUSER_USERNAME "
                    "to another name."
                )
            self.stdout.write(f"Admin account '{username}' exists; its password is unchanged.")
            return

        given_password = os.environ.get("DJANGO_SUPERUSER_PASSWORD", "")
        password = given_password or secrets.token_urlsafe(15)
        email = os.environ.get("DJANGO_SUPERUSER_EMAIL", "").strip()
        if given_password:
            self.refuse_weak_password(given_password, User(username=username, email=email))
        with transaction.atomic():
            user = User.objects.create_superuser(username=username, email=email, password=password)
            # The role group too, so the account stays an admin if superuser status is dropped.
            user.set_role(Role.ADMIN)

        if given_password:
            self.stdout.write(
                f"Created admin account '{username}' with the password from "
                "DJANGO_SUPERUSER_PASSWORD."
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(f"Created admin account '{username}' with password: {password}")
            )
            self.stdout.write(
                "This password is shown only this once. Change it in the admin after signing in."
            )
