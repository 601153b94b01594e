from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from negotiations.demo import load_demo
from negotiations.demo.article import ARTICLE


class Command(BaseCommand):
    help = (
        "Load the demo data set: the AFP article of 10 June 2024 on Blinken's regional tour "
        "for the May 31 Gaza plan, every fact citing its source. Safe to run again: records "
        "are matched by natural keys (slugs, titles, proposal and respondent...) and a second "
        "run changes nothing. The demo refreshes its own facts: a field it sets that was edited "
        "since is put back to the article's value, listed in the output and kept in the audit "
        "history. What the article does not say is never erased: fields it leaves blank, "
        "other participants, sources and status changes an analyst added, and statuses, which "
        "move on only through their dated log."
    )

    def handle(self, *args, **options):
        try:
            report = load_demo()
        except ValidationError as error:
            raise CommandError(f"The demo data was refused, nothing was loaded: {error}") from error

        self.stdout.write(f"Demo: “{ARTICLE['title']}” ({ARTICLE['publisher']}, 10 June 2024).")
        if not report.changed_anything:
            self.stdout.write("Already loaded and up to date: nothing changed.")
            return
        if report.created:
            counts = ", ".join(report.created_counts())
            self.stdout.write(f"Created {sum(report.created.values())} records: {counts}.")
        if report.refreshed:
            self.stdout.write(f"Refreshed {len(report.refreshed)} records to the article's facts:")
            for line in report.refreshed:
                self.stdout.write(f"  {line}")
        self.stdout.write(self.style.SUCCESS("Demo loaded."))
