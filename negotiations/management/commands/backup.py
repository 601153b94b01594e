from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from config.backups import BackupError, backup_database


class Command(BaseCommand):
    help = (
        "Back up the whole database into FILE: pg_dump's custom format on PostgreSQL, a copy "
        "made with SQLite's online backup API on SQLite. Safe while the site runs. The file "
        "holds secrets (password hashes, API tokens, session keys) and is created readable by "
        "its owner only. Restore it with `manage.py restore FILE`."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="where to write the backup")

    def handle(self, *args, file, **options):
        try:
            backup_database(file)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backed up the database to {file}."))
