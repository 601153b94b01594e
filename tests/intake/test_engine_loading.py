"""The drafting rules compile some nine hundred patterns when imported, about a second of CPU.
Django's start (every manage.py command, every server worker) must not pay for them: the models,
the admin and the URLs load without the rules, and the first draft loads them."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RULES = ["negotiations.intake.extract", "negotiations.intake.signals"]
LOADED_RULES = f"print(sorted(m for m in {RULES!r} if m in sys.modules))"


def loaded_rules_after(code: str) -> str:
    script = "\n".join(
        [
            "import os, sys",
            "os.environ['DJANGO_SETTINGS_MODULE'] = 'config.settings'",
            "import django",
            "django.setup()",
            "from django.urls import get_resolver",
            "get_resolver().url_patterns",
            code,
            LOADED_RULES,
        ]
    )
    environment = {"PATH": "/usr/bin:/bin"}  # development settings, SQLite: nothing to reach
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1]


def test_django_starts_with_the_admin_and_the_urls_without_loading_the_drafting_rules():
    assert loaded_rules_after("") == "[]"


def test_the_check_sees_the_rules_once_they_are_loaded():
    # so that the test above cannot pass by looking for modules that no longer exist
    assert loaded_rules_after("import negotiations.intake.extract") == repr(RULES)
