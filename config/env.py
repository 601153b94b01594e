"""Reading settings from the environment, failing loudly with the variable's name."""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name} must be one of true/false/1/0/yes/no/on/off, not {raw!r}.")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from None


def env_choice(name: str, choices: tuple[str, ...], default: str) -> str:
    """One of a closed set of words, compared without regard to case."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    word = raw.strip().upper()
    if word not in choices:
        raise ImproperlyConfigured(f"{name} must be one of {', '.join(choices)}, not {raw!r}.")
    return word


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_list_required(name: str, why: str) -> list[str]:
    values = env_list(name)
    if not values:
        raise ImproperlyConfigured(
            f"{name} must be set {why}: a comma-separated list such as example.org,www.example.org."
        )
    return values


def env_required(name: str, why: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} must be set {why}.")
    return value


# Schemes dj-database-url maps onto the two databases the project supports.
SUPPORTED_DATABASE_SCHEMES = {"postgres", "postgresql", "pgsql", "sqlite"}


# SQLite lets one writer in at a time. Taking the write lock when a transaction begins, and
# waiting for it, turns concurrent requests' "database is locked" errors into a short queue.
SQLITE_OPTIONS = {"transaction_mode": "IMMEDIATE", "timeout": 20}


def env_database(name: str, default_sqlite_path) -> dict:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(default_sqlite_path),
            "OPTIONS": SQLITE_OPTIONS,
        }
    # Only the scheme goes into messages: the rest of the URL may hold a password.
    scheme = raw.partition("://")[0] if "://" in raw else ""
    if scheme.lower() not in SUPPORTED_DATABASE_SCHEMES:
        raise ImproperlyConfigured(
            f"{name} must be a PostgreSQL or SQLite URL "
            "(postgres://USER:PASSWORD@HOST:PORT/NAME or sqlite:///PATH), "
            f"not {scheme + '://...' if scheme else 'a value without a scheme'}."
        )
    try:
        config = dj_database_url.parse(raw, conn_max_age=60, conn_health_checks=True)
    except (ValueError, KeyError):
        raise ImproperlyConfigured(
            f"{name} is not a valid database URL (check the port and quote special "
            "characters in the password). "
            "Use postgres://USER:PASSWORD@HOST:PORT/NAME or sqlite:///PATH."
        ) from None
    if not config.get("NAME"):
        raise ImproperlyConfigured(f"{name} must name a database (the path after the host).")
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["CONN_MAX_AGE"] = 0
        config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
    return config


RATE_PERIODS = ("s", "sec", "second", "m", "min", "minute", "h", "hour", "d", "day")


def env_rate(name: str, default: str) -> str | None:
    """A request rate as Django REST framework writes it ("60/minute"); "off" means no limit."""
    raw = os.environ.get(name, "").strip() or default
    if raw.lower() == "off":
        return None
    count, _, period = raw.partition("/")
    if not count.isdigit() or period.lower() not in RATE_PERIODS:
        raise ImproperlyConfigured(
            f"{name} must be a rate such as 60/minute (per second, minute, hour or day) or off, "
            f"not {raw!r}."
        )
    return raw
