import json
import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from negotiations.exchange import ImportRefused, import_data


class Command(BaseCommand):
    help = (
        "Read FILE (`-` for standard input), written by export_data, into the database in one "
        "transaction. Records are matched by their natural keys: missing ones are created, "
        "changed ones updated, nothing is deleted, and importing the same file again changes "
        "nothing. A bad record stops the import with nothing stored, naming the record and "
        "the field. Changes go into the audit history as made by --user (else by the system)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The file to read, or - for standard input.")
        parser.add_argument(
            "--user",
            help="The username the audit history names for the changes (default: the system).",
        )

    def handle(self, *args, file, user=None, **options):
        account = None
        if user is not None:
            account = get_user_model().objects.filter(username=user).first()
            if account is None:
                raise CommandError(f"No account has the username {user!r}.")
        try:
            if file == "-":
                data = json.load(sys.stdin)
                name = "standard input"
            else:
                with open(file, encoding="utf-8") as stream:
                    data = json.load(stream)
                name = file
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from error
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise CommandError(f"{file} is not a JSON file: {error}. Nothing imported.") from error
        try:
            report = import_data(data, user=account, reason=f"Imported from {name}")
        except ImportRefused as error:
            raise CommandError(f"Nothing imported. {error}") from error

        if not report.changed_anything:
            self.stdout.write("Everything in the file is already here: nothing changed.")
        for label, counter in (("Created", report.created), ("Updated", report.updated)):
            if counter:
                counts = ", ".join(f"{count:,} {name}" for name, count in counter.items())
                self.stdout.write(f"{label}: {counts}.")
        unchanged = sum(report.unchanged.values())
        if unchanged:
            self.stdout.write(f"Unchanged: {unchanged:,} records.")
        if report.unknown_users:
            names = ", ".join(sorted(report.unknown_users))
            self.stdout.write(
                f"No account here for {names}: the entries they recorded or retracted name no "
                "account."
            )
        if report.changed_anything:
            self.stdout.write(self.style.SUCCESS("Imported."))
