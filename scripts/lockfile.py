"""Keeps the lock files honest about the pyproject.toml they were made from.

`make lock` writes a fingerprint of pyproject.toml's dependency lists into each lock file;
`make install` refuses a lock whose fingerprint no longer matches, so a dependency added to
pyproject.toml without `make lock` fails loudly instead of being silently left out.

    python3 scripts/lockfile.py stamp requirements.lock requirements-dev.lock
    python3 scripts/lockfile.py check requirements.lock requirements-dev.lock

Standard library only: it runs before the virtualenv has anything in it.
"""

import hashlib
import json
import sys
import tomllib
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
MARKER = "# pyproject.toml dependencies sha256: "


def fingerprint() -> str:
    """Only what decides the resolution: editing ruff's or pytest's settings needs no relock."""
    project = tomllib.loads((PROJECT_DIR / "pyproject.toml").read_text())["project"]
    relevant = {
        "requires-python": project.get("requires-python"),
        "dependencies": project.get("dependencies", []),
        "optional-dependencies": project.get("optional-dependencies", {}),
    }
    return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()


def stamp(path: Path) -> None:
    lines = [line for line in path.read_text().splitlines() if not line.startswith(MARKER)]
    path.write_text("\n".join([MARKER + fingerprint(), *lines]) + "\n")


def is_current(path: Path) -> bool:
    if not path.exists():
        return False
    return any(line == MARKER + fingerprint() for line in path.read_text().splitlines())


def main(command: str, *names: str) -> int:
    paths = [PROJECT_DIR / name for name in names]
    if command == "stamp":
        for path in paths:
            stamp(path)
        return 0
    if command == "check":
        stale = [path.name for path in paths if not is_current(path)]
        if stale:
            print(
                f"Missing or older than pyproject.toml's dependencies: {', '.join(stale)}.\n"
                "Run `make lock` to regenerate it, then commit the lock files.",
                file=sys.stderr,
            )
            return 1
        return 0
    print(f"usage: {sys.argv[0]} stamp|check FILE...", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]) if len(sys.argv) > 2 else main(""))
