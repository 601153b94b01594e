import time

from django.core.management.base import BaseCommand, CommandError

from negotiations.synthetic import PER_SCALE, generate


class Command(BaseCommand):
    help = (
        "Add a synthetic, realistically shaped world for benchmarks and load tests: scale 1 is "
        f"about {PER_SCALE['statements']:,} statements, scale 100 a million. The same scale and "
        "seed always give the same records. Written in bulk (COPY on PostgreSQL), without "
        "audit history; status logs are written consistent with each record's status."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale", type=float, default=1.0, help="Size: 1 = ~10,000 statements; 0.01 works."
        )
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same data.")

    def handle(self, *args, scale, seed, **options):
        if not 0 < scale <= 1000:
            raise CommandError("--scale must be above 0 and at most 1000.")
        started = time.monotonic()
        report = generate(scale, seed)
        for table, count in report.rows.items():
            self.stdout.write(f"  {table}: {count:,} rows")
        seconds = time.monotonic() - started
        total = sum(report.rows.values())
        self.stdout.write(
            self.style.SUCCESS(f"Generated {total:,} rows at scale {scale:g} in {seconds:.1f}s.")
        )
