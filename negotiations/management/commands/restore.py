from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from config.backups import BackupError, restore_database


class Command(BaseCommand):
    help = (
        "Replace the database's contents with a backup made by `manage.py backup FILE` on the "
        "same engine. Every table the backup holds is dropped and restored as it was, in one "
        "transaction on PostgreSQL. Stop the site first."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="the backup to restore")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="do not ask for confirmation",
        )

    def handle(self, *args, file, interactive, **options):
        name = connection.settings_dict["NAME"]
        if interactive:
            answer = input(
                f"This replaces everything in the database {name} with the backup {file}.\n"
                "Type 'yes' to continue, or anything else to cancel: "
            )
            if answer != "yes":
                raise CommandError("Restore cancelled; nothing changed.")
        try:
            restore_database(file)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored {name} from {file}."))
