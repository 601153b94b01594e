"""`make bench`: the app's operations timed against their own floors, in one process and run.

For each operation, three variants run on the same data in the same process:
- the app: the real request through Django's whole stack (in-process test client, production
  settings, a signed-in viewer or an analyst's token);
- F0, the SQL floor: the very SQL statements the app ran for it (captured once), executed
  through a raw cursor, every row fetched and serialised with json.dumps;
- F1, the bare-Django floor (API lists and details): a plain view returning JsonResponse from
  `.values()` for the same page.
All variants of all operations are interleaved in an order shuffled anew each round, at least
30 rounds (QUICK: 5), so that noise from the machine falls on all of them alike. Medians and
95th percentiles go to bench/results.json and a printed table. Then one gunicorn worker serves
each operation once and its resident size is reported (bench/memory.json).

With `--compare-scale M`, a child process runs the same operations on the database of scale M
(`--serve`), and its variants are interleaved with this run's, one at a time in the same shuffled
order, so both scales are measured under the same load: each operation then also reports the
other scale's median and `growth`, this scale's median over the other's.

Usage: python -m bench.runner [--quick] [--scale N] [--rounds N] [--compare-scale M]
                              [--generate-only]
The database: BENCH_DATABASE_URL, else tracker_bench_scale<N> on the local PostgreSQL; it is
created, migrated and filled with `generate_data --scale N` when empty. A full run writes
bench/results.json and bench/memory.json; a quick run bench/results-quick.json and
bench/memory-quick.json (not committed), so that it never replaces the large-scale results.
"""

import argparse
import contextlib
import json
import os
import random
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
RESULTS = BENCH_DIR / "results.json"
MEMORY = BENCH_DIR / "memory.json"
QUICK_RESULTS = BENCH_DIR / "results-quick.json"  # git-ignored; bench/memory-quick.json too
AS_OF = "2020-06-30"
SEARCH_WORD = "ceasefire"
PAGE_SIZE = 50
CSV_ROWS = 10_000
# `.iterator()` reads through a server-side cursor; the floor runs the query inside it.
SERVER_SIDE_CURSOR = re.compile(r'^DECLARE "[^"]+" NO SCROLL CURSOR WITH(?:OUT)? HOLD FOR ')


def parse_arguments(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="scale 1 and 5 rounds (CI)")
    parser.add_argument("--scale", type=float, default=None)
    parser.add_argument("--rounds", type=int, default=None)
    parser.add_argument("--no-memory", action="store_true", help="skip the gunicorn worker")
    parser.add_argument(
        "--compare-scale",
        type=float,
        default=None,
        help="also run the operations at this scale, interleaved, and report `growth`",
    )
    parser.add_argument(
        "--generate-only",
        action="store_true",
        help="create, migrate and fill the scale's database if missing, then stop",
    )
    parser.add_argument("--output", type=Path, default=None, help="where the results go")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        help="only the operations whose names start so (repeatable; e.g. --only api_)",
    )
    # The child process of --compare-scale: it reads "<operation> <variant>" lines on stdin and
    # answers each with the milliseconds it took.
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    arguments.scale = arguments.scale or (1 if arguments.quick else 100)
    arguments.rounds = arguments.rounds or (5 if arguments.quick else 30)
    if arguments.output is None:
        arguments.output = QUICK_RESULTS if arguments.quick else RESULTS
    name = arguments.output.name
    arguments.memory_output = arguments.output.with_name(
        name.replace("results", "memory") if "results" in name else f"memory-{name}"
    )
    return arguments


def database_url(scale: float) -> str:
    url = os.environ.get("BENCH_DATABASE_URL")
    if url:
        return url
    name = f"tracker_bench_scale{scale:g}".replace(".", "_")
    return f"postgres://postgres@127.0.0.1:5432/{name}"


def ensure_database(url: str) -> None:
    import dj_database_url
    import psycopg2
    from psycopg2 import sql

    config = dj_database_url.parse(url)
    connection = psycopg2.connect(
        dbname="postgres",
        host=config["HOST"],
        port=config["PORT"] or 5432,
        user=config["USER"],
        password=config["PASSWORD"] or None,
    )
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]])
        if cursor.fetchone() is None:
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))
    connection.close()


def redis_listening(url: str) -> bool:
    from urllib.parse import urlsplit

    address = urlsplit(url)
    try:
        with socket.create_connection((address.hostname, address.port or 6379), timeout=2):
            return True
    except OSError:
        return False


def production_environment(url: str) -> dict:
    environment = {
        "DATABASE_URL": url,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
        "DJANGO_ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        # Requests are still counted by the throttle (its cost is measured), at a rate the
        # benchmark's loop of requests never reaches: a 429 would stop the run.
        "TRACKER_API_RATE_USER": "1000/second",
    }
    # The cache (throttle counts) and sessions as deployed (docker-compose.yml): in Redis, in a
    # database number of its own (BENCH_REDIS_URL); in PostgreSQL when no Redis listens.
    redis = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
    if redis != "off" and redis_listening(redis):
        environment["REDIS_URL"] = redis
    return environment


@dataclass
class Operation:
    name: str
    url: str
    method: str = "get"
    body: dict | None = None
    headers: dict = field(default_factory=dict)
    client: str = "viewer"
    expect: int = 200
    is_list: bool = False
    bare: object = None  # a function returning the page's rows (F1), or None
    bare_csv: bool = False  # F1 streams the rows as CSV instead of a JSON page
    settings: dict = field(default_factory=dict)
    sql: list[str] = field(default_factory=list)
    rows: int = 0
    queries_page_1: int = 0
    queries_page_100: int = 0


def with_page_size(url: str, size: int) -> str:
    """The same list at another page size, from its first page (a deep page number of 50 rows
    may not exist at 100); a cursor stays, since it names a row, not a page."""
    url = re.sub(r"&page=\d+", "", url)
    return url.replace(f"page_size={PAGE_SIZE}", f"page_size={size}")


class Bench:
    def __init__(self, arguments):
        self.arguments = arguments

    # -- setup ---------------------------------------------------------------------------------

    def prepare_data(self):
        from django.core.management import call_command

        from negotiations.models import Statement

        call_command("migrate", verbosity=0, interactive=False)
        call_command("createcachetable", verbosity=0)
        if not Statement.objects.exists():
            print(f"Generating data at scale {self.arguments.scale:g} ...", flush=True)
            call_command("generate_data", scale=self.arguments.scale, seed=1)

    def prepare_clients(self):
        from django.test import Client

        from accounts.models import ApiToken, User

        def account(name, role):
            user, created = User.objects.get_or_create(username=name)
            if created:
                user.set_unusable_password()
                user.save()
                user.set_role(role)
            return user

        viewer = account("bench-viewer", "viewer")
        analyst = account("bench-analyst", "analyst")
        self.clients = {"viewer": Client(), "analyst": Client()}
        self.clients["viewer"].force_login(viewer)
        _, analyst_key = ApiToken.issue(analyst)
        self.api_headers = {"analyst": {"HTTP_AUTHORIZATION": f"Token {analyst_key}"}}
        _, viewer_key = ApiToken.issue(viewer)
        self.api_headers["viewer_api"] = {"HTTP_AUTHORIZATION": f"Token {viewer_key}"}

    def operations(self) -> list[Operation]:
        from django.db.models import Count

        from bench.urls import BARE_PAGES, CSV_DOWNLOADS
        from negotiations.api.pagination import encode_cursor, rows_beyond
        from negotiations.models import (
            Actor,
            Meeting,
            NegotiationProcess,
            Proposal,
            Response,
            Statement,
        )
        from negotiations.search import SEARCH_FIELDS, matching

        api = self.api_headers["viewer_api"]
        ops = []

        def keyset_list(name, route, model, keys):
            """First page and the page at 90% depth (reached, as a client would, by cursor)."""
            ordering = [f"-{k}" if desc else k for k, desc in keys]
            base = model.objects.order_by(*ordering)
            ops.append(
                Operation(
                    f"api_{name}_page_1",
                    f"/api/v1/{route}/?page_size={PAGE_SIZE}",
                    headers=api,
                    is_list=True,
                    bare=lambda: base.values()[:PAGE_SIZE],
                )
            )
            count = base.count()
            depth = max(0, int(count * 0.9) - 1)
            values = list(base.values_list(*[k for k, _ in keys])[depth])
            cursor = encode_cursor(
                {
                    "k": ordering,
                    "v": values,
                    "d": "after",
                    "p": depth // PAGE_SIZE + 2,
                    "c": count,
                    "e": False,
                }
            )
            deep = base.filter(rows_beyond(keys, values, forward=True))
            ops.append(
                Operation(
                    f"api_{name}_page_90pct",
                    f"/api/v1/{route}/?page_size={PAGE_SIZE}&cursor={cursor}",
                    headers=api,
                    is_list=True,
                    bare=lambda: deep.values()[:PAGE_SIZE],
                )
            )

        def numbered_list(name, route, queryset, query=""):
            count = queryset.count()
            deep_page = max(1, int(count * 0.9) // PAGE_SIZE)
            offset = (deep_page - 1) * PAGE_SIZE
            for label, page, start in (("page_1", 1, 0), ("page_90pct", deep_page, offset)):
                ops.append(
                    Operation(
                        f"api_{name}_{label}",
                        f"/api/v1/{route}/?page_size={PAGE_SIZE}&page={page}{query}",
                        headers=api,
                        is_list=True,
                        bare=lambda start=start: queryset.values()[start : start + PAGE_SIZE],
                    )
                )

        keyset_list("statements", "statements", Statement, [("date", True), ("id", False)])
        keyset_list(
            "meetings", "meetings", Meeting, [("date", True), ("title", False), ("id", False)]
        )
        as_of = __import__("datetime").date.fromisoformat(AS_OF)
        numbered_list(
            "responses_as_of",
            "responses",
            Response.objects.as_of(as_of).order_by("proposal", "respondent__name"),
            f"&as_of={AS_OF}",
        )
        numbered_list("proposals", "proposals", Proposal.objects.order_by("-announced_on", "title"))

        search = matching(
            Statement.objects.order_by("-date", "id"), SEARCH_WORD, ["text", "audience"]
        )
        assert SEARCH_FIELDS[Statement] == ["text", "audience"]
        ops.append(
            Operation(
                "api_statements_search",
                f"/api/v1/statements/?page_size={PAGE_SIZE}&search={SEARCH_WORD}",
                headers=api,
                is_list=True,
                bare=lambda: search.values()[:PAGE_SIZE],
            )
        )

        statement = Statement.objects.order_by("id").first()
        ops.append(
            Operation(
                "api_statement_detail",
                f"/api/v1/statements/{statement.pk}/",
                headers=api,
                bare=lambda: Statement.objects.filter(pk=statement.pk).values(),
            )
        )
        etag = self.clients["viewer"].get(f"/api/v1/statements/{statement.pk}/", **api)["ETag"]
        ops.append(
            Operation(
                "api_statement_detail_304",
                f"/api/v1/statements/{statement.pk}/",
                headers={**api, "HTTP_IF_NONE_MATCH": etag},
                expect=304,
                bare=lambda: Statement.objects.filter(pk=statement.pk).values(),
            )
        )
        # A CSV download of about CSV_ROWS statements: the newest ones, by a date filter.
        dates = Statement.objects.order_by("-date").values_list("date", flat=True)
        csv_since = dates[min(CSV_ROWS, dates.count()) - 1]
        csv_rows = Statement.objects.filter(date__gte=csv_since).order_by("-date", "id")
        ops.append(
            Operation(
                "api_statements_csv_10k",
                f"/api/v1/statements/?format=csv&date_after={csv_since}",
                headers=api,
                bare=lambda: csv_rows.values_list(),
                bare_csv=True,
            )
        )
        proposal = Proposal.objects.annotate(n=Count("responses")).order_by("-n", "id").first()
        ops.append(
            Operation(
                "api_proposal_detail",
                f"/api/v1/proposals/{proposal.pk}/",
                headers=api,
                bare=lambda: Proposal.objects.filter(pk=proposal.pk).values(),
            )
        )
        # The proposal's version query covers the most relations (phases and their provisions,
        # responses and their respondents, authors, sources...): the 304 that costs most.
        etag = self.clients["viewer"].get(f"/api/v1/proposals/{proposal.pk}/", **api)["ETag"]
        ops.append(
            Operation(
                "api_proposal_detail_304",
                f"/api/v1/proposals/{proposal.pk}/",
                headers={**api, "HTTP_IF_NONE_MATCH": etag},
                expect=304,
                bare=lambda: Proposal.objects.filter(pk=proposal.pk).values(),
            )
        )

        process = NegotiationProcess.objects.annotate(n=Count("meetings")).order_by("-n").first()
        actor = Actor.objects.annotate(n=Count("statements")).order_by("-n", "id").first()
        ops += [
            Operation("page_dashboard", "/"),
            Operation("page_proposal", f"/proposals/{proposal.slug}/"),
            Operation("page_process", f"/processes/{process.slug}/"),
            Operation("page_meetings", "/meetings/"),
            Operation("page_actor", f"/actors/{actor.slug}/"),
            Operation("page_search", f"/search/?q={SEARCH_WORD}"),
        ]

        # Not a response of the proposal above: each write would change that proposal's version,
        # and the 304 above would answer 200.
        response = Response.objects.exclude(proposal=proposal).order_by("id").first()
        change = {"status": "acknowledged", "changed_on": "2025-12-31", "note": "bench"}
        for name, enabled in (
            ("write_status_change", True),
            ("write_status_change_no_history", False),
        ):
            ops.append(
                Operation(
                    name,
                    f"/api/v1/responses/{response.pk}/status-changes/",
                    method="post",
                    body=change,
                    client="analyst",
                    headers=self.api_headers["analyst"],
                    expect=201,
                    settings={"SIMPLE_HISTORY_ENABLED": enabled},
                )
            )
        if self.arguments.only:
            ops = [op for op in ops if op.name.startswith(tuple(self.arguments.only))]
        for op in ops:
            if op.bare is not None:
                BARE_PAGES[op.name] = op.bare
            if op.bare_csv:
                CSV_DOWNLOADS.add(op.name)
        return ops

    # -- variants ------------------------------------------------------------------------------

    def call_app(self, op: Operation, url: str | None = None):
        from django.test import override_settings

        client = self.clients["analyst" if op.client == "analyst" else "viewer"]
        with override_settings(**op.settings):
            if op.method == "post":
                return client.post(
                    url or op.url,
                    json.dumps(op.body),
                    content_type="application/json",
                    **op.headers,
                )
            return client.get(url or op.url, **op.headers)

    def run_app(self, op: Operation):
        response = self.call_app(op)
        if response.status_code != op.expect:
            raise SystemExit(f"{op.name}: {response.status_code} {response.content[:500]!r}")
        if response.streaming:  # a download is timed until its last row is written
            b"".join(response.streaming_content)

    def run_sql_floor(self, op: Operation):
        from django.db import connection, transaction

        with transaction.atomic():
            with connection.cursor() as cursor:
                payload = []
                for statement in op.sql:
                    cursor.execute(statement)
                    if cursor.description is not None:
                        payload.append(cursor.fetchall())
                json.dumps(payload, default=str)
            if op.method == "post":
                transaction.set_rollback(True)
        return sum(len(rows) for rows in payload)

    def run_bare(self, op: Operation):
        response = self.clients["viewer"].get(f"/bench/bare/{op.name}/")
        assert response.status_code == 200, response.status_code
        if response.streaming:
            b"".join(response.streaming_content)

    def capture(self, op: Operation):
        """The app's own SQL for the operation, and its query counts at page sizes 1 and 100."""
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            self.run_app(op)
        op.sql = [
            SERVER_SIDE_CURSOR.sub("", query["sql"])
            for query in queries.captured_queries
            if not query["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT"))
        ]
        if op.method == "post":
            op.sql = []  # replaying a write's SQL would write again; its floor is not measured
        op.queries_page_1 = op.queries_page_100 = len(queries.captured_queries)
        if op.is_list:
            for size in (1, 100):
                with CaptureQueriesContext(connection) as queries:
                    self.call_app(op, with_page_size(op.url, size))
                setattr(op, f"queries_page_{size}", len(queries.captured_queries))
        op.rows = self.run_sql_floor(op) if op.sql else 1

    # -- the run -------------------------------------------------------------------------------

    def prepare(self):
        self.prepare_data()
        self.prepare_clients()
        self.operations_run = self.operations()
        for op in self.operations_run:
            self.capture(op)

    def variants(self) -> list[tuple[Operation, str]]:
        ops = self.operations_run
        variants = [(op, "app") for op in ops]
        variants += [(op, "sql") for op in ops if op.sql]
        variants += [(op, "bare") for op in ops if op.bare is not None]
        return variants

    def time_variant(self, op: Operation, kind: str) -> float:
        runner = {"app": self.run_app, "sql": self.run_sql_floor, "bare": self.run_bare}[kind]
        started = time.perf_counter()
        runner(op)
        return (time.perf_counter() - started) * 1000

    def run(self, other: "OtherScale | None" = None):
        self.prepare()
        ops = self.operations_run
        variants = [(None, op, kind) for op, kind in self.variants()]
        if other is not None:
            variants += [(other, op, kind) for _, op, kind in variants if other.has(op, kind)]
        timings = {(source is None, op.name, kind): [] for source, op, kind in variants}
        shuffler = random.Random(2024)
        for round_number in range(self.arguments.rounds):
            shuffler.shuffle(variants)
            for source, op, kind in variants:
                if source is None:
                    elapsed = self.time_variant(op, kind)
                else:
                    elapsed = source.time_variant(op, kind)
                timings[(source is None, op.name, kind)].append(elapsed)
            print(f"round {round_number + 1}/{self.arguments.rounds}", end="\r", flush=True)
        print()
        results = [summary(op, timings) for op in ops]
        if other is not None:
            for result in results:
                add_growth(result, other.scale, timings)
        return results


class OtherScale:
    """The same operations on another scale's database, run by a child process (`--serve`) one
    variant at a time when asked, so that its timings interleave with this process's own."""

    def __init__(self, scale: float, quick: bool, only: list[str]):
        self.scale = scale
        command = [sys.executable, "-m", "bench.runner", "--serve", "--scale", f"{scale:g}"]
        command += [f"--only={prefix}" for prefix in only]
        self.process = subprocess.Popen(
            command + (["--quick"] if quick else []),
            cwd=PROJECT_DIR,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"The benchmark at scale {scale:g} did not start.")
        self.available = {tuple(variant) for variant in json.loads(line)}

    def has(self, op: Operation, kind: str) -> bool:
        return (op.name, kind) in self.available

    def time_variant(self, op: Operation, kind: str) -> float:
        self.process.stdin.write(f"{op.name} {kind}\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        if not answer:
            raise SystemExit(f"The benchmark at scale {self.scale:g} stopped.")
        return float(answer)

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=60)


def serve(arguments) -> None:
    """The child of --compare-scale: prepares its scale, says which variants it has, then
    times each variant it is sent and answers with the milliseconds."""
    protocol = sys.stdout
    sys.stdout = sys.stderr  # what the benchmark prints must not mix with the answers
    bench = Bench(arguments)
    bench.prepare()
    by_name = {op.name: op for op in bench.operations_run}
    protocol.write(json.dumps([[op.name, kind] for op, kind in bench.variants()]) + "\n")
    protocol.flush()
    for line in sys.stdin:
        name, kind = line.split()
        protocol.write(f"{bench.time_variant(by_name[name], kind)}\n")
        protocol.flush()


def add_growth(result: dict, scale: float, timings: dict) -> None:
    """The other scale's median, and `growth`: this scale's median over it."""
    other = timings.get((False, result["name"], "app"))
    if not other:
        return
    median = statistics.median(other)
    result["compare_scale"] = scale
    result["compare_median_ms"] = round(median, 2)
    result["growth"] = round(result["median_ms"] / median, 2)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def summary(op: Operation, timings: dict) -> dict:
    app = timings[(True, op.name, "app")]
    sql = timings.get((True, op.name, "sql"))
    bare = timings.get((True, op.name, "bare"))
    median = statistics.median(app)
    floor_sql = statistics.median(sql) if sql else None
    floor_bare = statistics.median(bare) if bare else None
    return {
        "name": op.name,
        "median_ms": round(median, 2),
        "p95_ms": round(percentile(app, 0.95), 2),
        "floor_sql_ms": round(floor_sql, 2) if floor_sql else None,
        "floor_bare_django_ms": round(floor_bare, 2) if floor_bare else None,
        "ratio_to_sql_floor": round(median / floor_sql, 2) if floor_sql else None,
        "ratio_to_bare_django": round(median / floor_bare, 2) if floor_bare else None,
        "queries_page_1": op.queries_page_1,
        "queries_page_100": op.queries_page_100,
        "rows": op.rows,
    }


def print_table(results: list[dict]) -> None:
    columns = [
        ("name", 34),
        ("median_ms", 10),
        ("p95_ms", 10),
        ("floor_sql_ms", 12),
        ("ratio_to_sql_floor", 10),
        ("ratio_to_bare_django", 10),
        ("queries_page_1", 8),
        ("queries_page_100", 8),
        ("rows", 8),
        ("growth", 7),
    ]
    headers = [
        "operation",
        "median",
        "p95",
        "SQL floor",
        "x SQL",
        "x bare",
        "q@1",
        "q@100",
        "rows",
        "growth",
    ]
    print(
        "  ".join(
            h.ljust(w) if i == 0 else h.rjust(w)
            for i, (h, (_, w)) in enumerate(zip(headers, columns, strict=True))
        )
    )
    for result in results:
        cells = []
        for index, (key, width) in enumerate(columns):
            value = result.get(key)
            text = "-" if value is None else str(value)
            cells.append(text.ljust(width) if index == 0 else text.rjust(width))
        print("  ".join(cells))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def gunicorn_worker_rss_mb(environment: dict, ops: list[Operation], cookies: str) -> float:
    """Starts one gunicorn worker, sends it each GET operation once, reads its resident size."""
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            "--workers",
            "1",
            "--bind",
            f"127.0.0.1:{port}",
        ],
        cwd=PROJECT_DIR,
        env={**os.environ, **environment, "DJANGO_SETTINGS_MODULE": "bench.settings"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/accounts/login/", timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        for op in ops:
            if op.method != "get":
                continue
            headers = {"Cookie": cookies}
            if "HTTP_AUTHORIZATION" in op.headers:
                headers["Authorization"] = op.headers["HTTP_AUTHORIZATION"]
            request = urllib.request.Request(f"http://127.0.0.1:{port}{op.url}", headers=headers)
            with contextlib.suppress(urllib.error.HTTPError):
                urllib.request.urlopen(request, timeout=120).read()
        children = subprocess.run(
            ["pgrep", "-P", str(server.pid)], capture_output=True, text=True, check=False
        ).stdout.split()
        worker = children[0] if children else str(server.pid)
        status = Path(f"/proc/{worker}/status").read_text()
        rss_kb = next(
            int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS")
        )
        return round(rss_kb / 1024, 1)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def main(argv=None) -> None:
    arguments = parse_arguments(argv)
    url = database_url(arguments.scale)
    if not url.startswith(("postgres://", "postgresql://")):
        raise SystemExit("The benchmark runs on PostgreSQL: set BENCH_DATABASE_URL to one.")
    if arguments.compare_scale and os.environ.get("BENCH_DATABASE_URL"):
        raise SystemExit("--compare-scale needs a database per scale: unset BENCH_DATABASE_URL.")
    sys.path.insert(0, str(PROJECT_DIR))
    ensure_database(url)
    environment = production_environment(url)
    os.environ.update(environment)
    import django

    django.setup()
    cache = "Redis" if environment.get("REDIS_URL") else "the database (no Redis listening)"
    print(f"Cache and throttle counts in {cache}.", file=sys.stderr)
    if arguments.serve:
        serve(arguments)
        return
    if arguments.generate_only:
        Bench(arguments).prepare_data()
        return
    started = time.monotonic()
    bench = Bench(arguments)
    other = None
    if arguments.compare_scale:
        ensure_database(database_url(arguments.compare_scale))
        other = OtherScale(arguments.compare_scale, arguments.quick, arguments.only)
    try:
        results = bench.run(other)
    finally:
        if other is not None:
            other.close()
    arguments.output.write_text(json.dumps(results, indent=2) + "\n")
    print_table(results)
    print(
        f"{arguments.rounds} rounds at scale {arguments.scale:g} in "
        f"{time.monotonic() - started:.0f}s; wrote {arguments.output}"
    )
    if not arguments.no_memory:
        session = bench.clients["viewer"].cookies.output(attrs=[], header="").strip()
        rss = gunicorn_worker_rss_mb(environment, bench.operations_run, session)
        arguments.memory_output.write_text(json.dumps({"gunicorn_worker_rss_mb": rss}) + "\n")
        print(f"One gunicorn worker after serving each operation once: {rss} MB resident.")


if __name__ == "__main__":
    main()
