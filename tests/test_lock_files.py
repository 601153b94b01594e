"""The lock files pin, with hashes, everything pyproject.toml asks for, and are current."""

import importlib.util
import re
import tomllib
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
LOCKS = {"requirements.lock": False, "requirements-dev.lock": True}


def load_lockfile_script():
    spec = importlib.util.spec_from_file_location("lockfile", PROJECT_DIR / "scripts/lockfile.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def requirement_name(requirement: str) -> str:
    name = re.match(r"[A-Za-z0-9._-]+", requirement).group(0)
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned(lock: Path) -> dict[str, str]:
    """name -> the text of its entry (the pin and its hashes)."""
    entries = re.split(r"\n(?=[A-Za-z0-9])", lock.read_text())
    result = {}
    for entry in entries:
        match = re.match(r"([A-Za-z0-9._-]+)==\S+", entry)
        if match:
            result[requirement_name(match.group(1))] = entry
    return result


@pytest.mark.parametrize("lock_name", LOCKS)
def test_the_lock_file_matches_pyprojects_dependencies(lock_name):
    lockfile = load_lockfile_script()

    assert lockfile.is_current(PROJECT_DIR / lock_name), "run `make lock`"


@pytest.mark.parametrize("lock_name, with_dev", LOCKS.items())
def test_every_dependency_is_pinned_with_a_hash(lock_name, with_dev):
    project = tomllib.loads((PROJECT_DIR / "pyproject.toml").read_text())["project"]
    wanted = list(project["dependencies"])
    if with_dev:
        wanted += project["optional-dependencies"]["dev"]
    entries = pinned(PROJECT_DIR / lock_name)

    for requirement in wanted:
        name = requirement_name(requirement)
        assert name in entries, f"{name} is not pinned in {lock_name}"
    for name, entry in entries.items():
        assert "--hash=sha256:" in entry, f"{name} has no hash in {lock_name}"


def test_the_production_lock_holds_no_development_tool():
    entries = pinned(PROJECT_DIR / "requirements.lock")

    assert not {"pytest", "schemathesis", "playwright", "ruff"} & set(entries)
