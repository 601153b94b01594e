import time

from django.core.management.base import BaseCommand

from negotiations.exchange import FORMAT_NAME, FORMAT_VERSION, export_data


class Unchanged:
    """The command's standard output, written as given (no line ending added)."""

    def __init__(self, output):
        self.output = output

    def write(self, text: str) -> None:
        self.output.write(text, ending="")


class Command(BaseCommand):
    help = (
        f"Write every negotiation record to FILE (`-` for standard output) in the exchange "
        f"format ({FORMAT_NAME}, version {FORMAT_VERSION}; see docs/data-exchange.md): JSON, "
        "records by natural key rather than database id, sorted, so the same records always "
        "give the same bytes. Accounts and the audit history are not exported."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The file to write, or - for standard output.")

    def handle(self, *args, file, **options):
        started = time.monotonic()
        if file == "-":
            counts = export_data(Unchanged(self.stdout))
            self.stdout.flush()
            report = self.stderr
        else:
            with open(file, "w", encoding="utf-8") as out:
                counts = export_data(out)
            report = self.stdout
        seconds = time.monotonic() - started
        total = sum(counts.values())
        report.write(
            f"Exported {total:,} records of {sum(1 for c in counts.values() if c)} types "
            f"in {seconds:.1f}s."
        )
