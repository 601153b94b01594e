"""config/settings.py under controlled environments, each loaded in a fresh Python process."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent

# Loads the settings the way manage.py does and reports what they became.
LOAD_SETTINGS = """
import json
import django
from django.conf import settings
django.setup()
database = settings.DATABASES["default"]
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
    "ENGINE": database["ENGINE"],
    "NAME": str(database["NAME"]),
    "HOST": database.get("HOST", ""),
    "STATIC_ROOT": str(settings.STATIC_ROOT),
    "STATICFILES_STORAGE": settings.STORAGES["staticfiles"]["BACKEND"],
    "SESSION_COOKIE_SECURE": settings.SESSION_COOKIE_SECURE,
    "PUBLIC_READ": settings.PUBLIC_READ,
    "API_TOKEN_CACHE_SECONDS": settings.API_TOKEN_CACHE_SECONDS,
    "CACHE": settings.CACHES["default"],
    "SESSION_ENGINE": settings.SESSION_ENGINE,
}))
"""

PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "a-long-random-production-secret",
    "DJANGO_ALLOWED_HOSTS": "tracker.example.org",
}


def load_settings(**variables: str) -> subprocess.CompletedProcess:
    # Only what the test gives, so the developer's or CI's own variables cannot leak in.
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "config.settings",
        **variables,
    }
    return subprocess.run(
        [sys.executable, "-c", LOAD_SETTINGS],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def loaded(**variables: str) -> dict:
    result = load_settings(**variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def refusal(**variables: str) -> str:
    """The last line of the traceback: the ImproperlyConfigured message."""
    result = load_settings(**variables)
    assert result.returncode != 0, result.stdout
    last_line = result.stderr.strip().splitlines()[-1]
    assert last_line.startswith("django.core.exceptions.ImproperlyConfigured: "), result.stderr
    return last_line


def test_without_any_environment_it_runs_in_development_on_a_sqlite_file_beside_manage_py():
    settings = loaded()

    assert settings["DEBUG"] is True
    assert settings["ENGINE"] == "django.db.backends.sqlite3"
    assert settings["NAME"] == str(PROJECT_DIR / "db.sqlite3")
    assert settings["STATIC_ROOT"] == str(PROJECT_DIR / "staticfiles")
    assert settings["PUBLIC_READ"] is False


def test_production_mode_with_its_variables_loads_with_secure_cookies_and_hashed_static_files():
    settings = loaded(**{**PRODUCTION, "DJANGO_ALLOWED_HOSTS": " tracker.example.org , 127.0.0.1 "})

    assert settings["DEBUG"] is False
    assert settings["ALLOWED_HOSTS"] == ["tracker.example.org", "127.0.0.1"]
    assert settings["SESSION_COOKIE_SECURE"] is True
    assert settings["STATICFILES_STORAGE"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )


@pytest.mark.parametrize("secret", [None, "   "])
def test_production_mode_without_a_secret_key_refuses_to_start_naming_it(secret):
    variables = {**PRODUCTION}
    if secret is None:
        del variables["DJANGO_SECRET_KEY"]
    else:
        variables["DJANGO_SECRET_KEY"] = secret

    message = refusal(**variables)

    assert "DJANGO_SECRET_KEY must be set" in message


@pytest.mark.parametrize("hosts", [None, " , "])
def test_production_mode_without_allowed_hosts_refuses_to_start_naming_them(hosts):
    variables = {**PRODUCTION}
    if hosts is None:
        del variables["DJANGO_ALLOWED_HOSTS"]
    else:
        variables["DJANGO_ALLOWED_HOSTS"] = hosts

    message = refusal(**variables)

    assert "DJANGO_ALLOWED_HOSTS must be set" in message


def test_an_unclear_debug_value_is_refused_naming_DJANGO_DEBUG():
    message = refusal(DJANGO_DEBUG="maybe")

    assert "DJANGO_DEBUG must be one of true/false" in message
    assert "'maybe'" in message


@pytest.mark.parametrize("value", ["True", " on "])
def test_debug_accepts_the_usual_words_for_on(value):
    assert loaded(DJANGO_DEBUG=value)["DEBUG"] is True


def test_an_unclear_public_read_value_is_refused_naming_it():
    message = refusal(TRACKER_PUBLIC_READ="perhaps")

    assert "TRACKER_PUBLIC_READ must be one of true/false" in message


def test_public_read_can_be_turned_on():
    assert loaded(TRACKER_PUBLIC_READ="1")["PUBLIC_READ"] is True


def test_redis_holds_the_cache_through_django_redis_and_a_redis_outage_is_a_miss():
    settings = loaded(REDIS_URL="redis://127.0.0.1:6379/0")

    assert settings["CACHE"]["BACKEND"] == "config.cache.RedisCache"  # django-redis's
    assert settings["CACHE"]["LOCATION"] == "redis://127.0.0.1:6379/0"
    assert settings["CACHE"]["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert settings["CACHE"]["OPTIONS"]["SOCKET_CONNECT_TIMEOUT"] <= 1
    # Sessions stay in the database with Redis too: a sign-out must not depend on Redis.
    assert settings["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"
    assert loaded()["CACHE"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"


def test_api_tokens_are_cached_for_a_minute_with_redis_and_not_in_the_database_cache():
    assert loaded(REDIS_URL="redis://127.0.0.1:6379/0")["API_TOKEN_CACHE_SECONDS"] == 60
    assert loaded()["API_TOKEN_CACHE_SECONDS"] == 0


def test_the_api_token_cache_lifetime_can_be_set_and_a_bad_one_is_refused_naming_it():
    assert loaded(TRACKER_API_TOKEN_CACHE_SECONDS="15")["API_TOKEN_CACHE_SECONDS"] == 15
    assert "TRACKER_API_TOKEN_CACHE_SECONDS must be a whole number" in refusal(
        TRACKER_API_TOKEN_CACHE_SECONDS="a minute"
    )


def test_a_non_number_for_hsts_seconds_is_refused_naming_it():
    message = refusal(**PRODUCTION, DJANGO_HSTS_SECONDS="a year")

    assert "DJANGO_HSTS_SECONDS must be a whole number" in message


def test_an_unknown_log_level_is_refused_naming_DJANGO_LOG_LEVEL():
    message = refusal(DJANGO_LOG_LEVEL="loud")

    assert "DJANGO_LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL" in message


def test_the_log_level_is_read_in_any_case():
    result = load_settings(DJANGO_LOG_LEVEL="info")

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "url",
    [
        "nonsense://",
        "mysql://tracker:s3cret-word@db.example.org/tracker",
        "http://example.org/",
        "just-some-text",
    ],
)
def test_a_database_url_for_an_unsupported_database_is_refused_naming_DATABASE_URL(url):
    message = refusal(DATABASE_URL=url)

    assert "DATABASE_URL must be a PostgreSQL or SQLite URL" in message
    assert "postgres://USER:PASSWORD@HOST:PORT/NAME" in message
    assert "s3cret-word" not in message


def test_a_malformed_database_url_is_refused_naming_DATABASE_URL():
    message = refusal(DATABASE_URL="postgres://tracker@localhost:not-a-port/tracker")

    assert "DATABASE_URL is not a valid database URL" in message


def test_a_database_url_without_a_database_name_is_refused():
    message = refusal(DATABASE_URL="postgres://tracker@localhost:5432")

    assert "DATABASE_URL must name a database" in message


def test_a_postgres_url_selects_postgresql():
    settings = loaded(DATABASE_URL="postgres://tracker:pw@db.example.org:5432/tracker")

    assert settings["ENGINE"] == "django.db.backends.postgresql"
    assert settings["NAME"] == "tracker"
    assert settings["HOST"] == "db.example.org"


def test_a_sqlite_url_selects_that_file(tmp_path):
    settings = loaded(DATABASE_URL=f"sqlite:///{tmp_path}/elsewhere.sqlite3")

    assert settings["ENGINE"] == "django.db.backends.sqlite3"
    assert settings["NAME"] == f"{tmp_path}/elsewhere.sqlite3"


def test_the_static_root_can_be_moved(tmp_path):
    assert loaded(DJANGO_STATIC_ROOT=str(tmp_path))["STATIC_ROOT"] == str(tmp_path)


@pytest.mark.parametrize("url", ["", "sqlite:////tmp/tracker.sqlite3"])
def test_sqlite_writers_queue_for_the_lock_instead_of_failing(monkeypatch, url):
    from config.env import env_database

    monkeypatch.setenv("DATABASE_URL", url)

    options = env_database("DATABASE_URL", PROJECT_DIR / "db.sqlite3")["OPTIONS"]

    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 5
