"""`python -m bench.intake`: how long drafting candidates from a 1,000-word article takes with
20,000 actors in the database (issue 10 asks for under 2 seconds on this machine).

The database: BENCH_DATABASE_URL, else `tracker_intake_bench` on the local PostgreSQL, created
and migrated when missing, and filled once with the demo (the seed article's world) and made-up
actors up to --actors (with names, short names and aliases in the name index), their posts,
places and proposals. The article is the seed article followed by made-up wire paragraphs
naming recorded actors, to 1,000 words. Each run drafts from scratch (the gazetteer is built
anew every time, as an intake request does).

Usage: python -m bench.intake [--actors N] [--runs N] [--words N]
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
SEED = PROJECT_DIR / "tests" / "intake" / "articles" / "gaza-talks-june-2024.txt"
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "sa",
    "te",
    "vo",
    "nu",
    "el",
    "ar",
    "in",
    "zo",
    "be",
    "da",
    "fi",
    "go",
    "ha",
    "ju",
]
TITLES = ["Foreign Minister", "President", "Prime Minister", "Spokesman", "Envoy", "Chief"]


def parse_arguments(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--words", type=int, default=1_000)
    return parser.parse_args(argv)


def setup_django() -> str:
    url = os.environ.get("BENCH_DATABASE_URL") or (
        "postgres://postgres@127.0.0.1:5432/tracker_intake_bench"
    )
    if url.startswith("postgres"):
        from bench.runner import ensure_database

        ensure_database(url)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_DEBUG", "0")
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-intake-not-secret-" + "x" * 40)
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "localhost")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    sys.path.insert(0, str(PROJECT_DIR))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return url


def word(rng) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def fill(actors_wanted: int) -> None:
    from django.db import transaction

    from negotiations.demo import load_demo
    from negotiations.models import (
        Actor,
        ActorName,
        Location,
        NegotiationProcess,
        Position,
        Proposal,
    )
    from negotiations.names import normalize_name

    load_demo()
    missing = actors_wanted - Actor.objects.count()
    if missing <= 0:
        return
    rng = random.Random(10)
    kinds = [kind for kind, _ in Actor.Kind.choices]
    start = (Actor.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    with transaction.atomic():
        actors = []
        for number in range(missing):
            kind = rng.choice(kinds + [Actor.Kind.PERSON] * 4)
            if kind == Actor.Kind.PERSON:
                name, short_name = f"{word(rng)} {word(rng)}", ""
            else:
                name = f"{word(rng)} {word(rng)} {rng.choice(['Front', 'Council', 'Union'])}"
                short_name = "".join(part[0] for part in name.split())
            aliases = [f"{word(rng)} {word(rng)}"] if rng.random() < 0.3 else []
            actors.append(
                Actor(
                    id=start + number,
                    name=name,
                    slug=f"bench-{start + number}",
                    kind=kind,
                    short_name=short_name,
                    aliases=aliases,
                )
            )
        Actor.objects.bulk_create(actors, batch_size=2000)
        ActorName.objects.bulk_create(
            (
                ActorName(actor=actor, field=field, name=name, normalized=normalize_name(name))
                for actor in actors
                for field, name in actor.identity_names()
            ),
            batch_size=5000,
        )
        people = [a for a in actors if a.kind == Actor.Kind.PERSON]
        bodies = [a for a in actors if a.kind != Actor.Kind.PERSON]
        Position.objects.bulk_create(
            (
                Position(person=person, organization=rng.choice(bodies), title=rng.choice(TITLES))
                for person in people[:5000]
            ),
            batch_size=2000,
        )
        Location.objects.bulk_create(
            (Location(name=f"{word(rng)}{word(rng).lower()}") for _ in range(2000)),
            batch_size=2000,
        )
        process = NegotiationProcess.objects.first()
        Proposal.objects.bulk_create(
            (
                Proposal(
                    process=process,
                    title=f"{word(rng)} {rng.choice(['plan', 'accord', 'framework'])}",
                    slug=f"bench-proposal-{number}",
                )
                for number in range(1000)
            ),
            batch_size=1000,
        )


def article(words: int) -> str:
    from negotiations.models import Actor

    rng = random.Random(1)
    names = list(Actor.objects.order_by("?").values_list("name", flat=True)[:200])
    paragraphs = [SEED.read_text(encoding="utf-8")]
    while sum(len(p.split()) for p in paragraphs) < words:
        first, second = rng.sample(names, 2)
        paragraphs.append(
            f"{first} met {second} in Cairo on Tuesday, officials said. “We discussed the "
            f"ceasefire and the release of hostages,” {first} told reporters. The talks, the "
            f"third since last July, were also attended by envoys from Qatar and Jordan."
        )
    text = "\n\n".join(paragraphs)
    return " ".join(text.split(" ")[: words + text.count("\n\n")])


def main(argv=None) -> None:
    arguments = parse_arguments(argv)
    url = setup_django()
    fill(arguments.actors)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from negotiations.intake.extract import draft_candidates
    from negotiations.models import Actor, ActorName

    text = article(arguments.words)
    day = __import__("datetime").date(2024, 6, 10)
    draft_candidates(text, day)  # warm the imports and the database's caches
    timings, cpu = [], []
    for _ in range(arguments.runs):
        with CaptureQueriesContext(connection) as queries:
            started, started_cpu = time.perf_counter(), time.process_time()
            drafted = draft_candidates(text, day)
            timings.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
    print(f"database: {url.rsplit('@', 1)[-1]}")
    print(
        f"{Actor.objects.count():,} actors, {ActorName.objects.count():,} indexed names; "
        f"article of {len(text.split()):,} words, {len(text):,} characters"
    )
    print("candidates: " + ", ".join(f"{len(v)} {k}" for k, v in drafted.items()))
    print(
        f"draft_candidates over {arguments.runs} runs: median {statistics.median(timings):.3f} s, "
        f"max {max(timings):.3f} s, {len(queries)} queries"
    )
    # On a shared machine the wall time includes waiting for a core; this process's own CPU
    # time (the database server's is not in it) shows the work itself.
    print(f"CPU time of this process: median {statistics.median(cpu):.3f} s")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
