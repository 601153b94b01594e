"""Refuse to serve development mode beyond this machine: `make run` calls this first.

Development mode (DJANGO_DEBUG on) answers errors with Django's debug pages, which show the
settings and the code; on any address but the loopback they would reach the network.
"""

import ipaddress

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

LOOPBACK_NAMES = {"localhost", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    host = host.strip().strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Command(BaseCommand):
    help = "Fail unless HOST is a loopback address (development mode never leaves the machine)."

    def add_arguments(self, parser):
        parser.add_argument("host", help="the address `make run` was asked to listen on")
        parser.add_argument(
            "--when-debug",
            action="store_true",
            help="check only in development mode (the production start command)",
        )

    def handle(self, *args, host, when_debug, **options):
        if is_loopback(host) or (when_debug and not settings.DEBUG):
            return
        mode = "development mode" if settings.DEBUG else "Django's development server"
        raise CommandError(
            f"`make run` serves {mode} on the loopback only, and HOST={host} is not one: "
            "development mode would show Django's debug pages, with the settings, to the "
            "network, and the development server is not made for it either.\n"
            "To serve other machines, run production mode with gunicorn:\n"
            "  DJANGO_DEBUG=0 DJANGO_SECRET_KEY=<a long random string> "
            "DJANGO_ALLOWED_HOSTS=<the host name> \\\n"
            "  DATABASE_URL=<postgres://...> HOST=0.0.0.0 sh config/start_production.sh\n"
            'after `manage.py collectstatic` (see "Production" in README.md), or '
            "`docker compose up` with TRACKER_BIND=0.0.0.0."
        )
