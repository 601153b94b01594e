"""`make run` keeps development mode (and its debug pages) on the loopback."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

PROJECT_DIR = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]"])
def test_loopback_addresses_are_served(host):
    call_command("check_serving_address", host, stdout=io.StringIO())


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "tracker.example.org", ""])
def test_any_other_address_is_refused_with_the_way_to_production_mode(host):
    with pytest.raises(CommandError) as refusal:
        call_command("check_serving_address", host)

    assert f"HOST={host} is not one" in str(refusal.value)
    assert "DJANGO_DEBUG=0" in str(refusal.value)
    assert "config/start_production.sh" in str(refusal.value)


def test_make_run_on_every_interface_stops_before_serving_anything(tmp_path):
    database = tmp_path / "never-created.sqlite3"
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", str(tmp_path)),
        "DATABASE_URL": f"sqlite:///{database}",
    }

    # -o install-python: the suite's own interpreter is already installed.
    result = subprocess.run(
        ["make", "-o", "install-python", "run", "HOST=0.0.0.0", f"PYTHON={sys.executable}"],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    assert "HOST=0.0.0.0 is not one" in result.stderr
    assert "DJANGO_DEBUG=0" in result.stderr
    assert "runserver" not in result.stdout and "Negotiation tracker on" not in result.stdout
    assert not database.exists()


def start_production(tmp_path, **variables) -> subprocess.CompletedProcess:
    environment = {
        # The suite's interpreter is the `python` the script runs.
        "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'never-created.sqlite3'}",
        **variables,
    }
    return subprocess.run(
        ["sh", "config/start_production.sh"],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_production_start_command_defaults_to_production_mode(tmp_path):
    result = start_production(tmp_path)

    # Production mode's own demand, before anything is migrated or served.
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off" in result.stderr
    assert not (tmp_path / "never-created.sqlite3").exists()


def test_the_production_start_command_refuses_development_mode_on_the_network(tmp_path):
    result = start_production(tmp_path, DJANGO_DEBUG="1", HOST="0.0.0.0")

    assert result.returncode != 0
    assert "HOST=0.0.0.0 is not one" in result.stderr
    assert not (tmp_path / "never-created.sqlite3").exists()


def test_the_check_lets_production_mode_listen_anywhere_when_asked_only_about_debug(settings):
    settings.DEBUG = False

    call_command("check_serving_address", "--when-debug", "0.0.0.0", stdout=io.StringIO())
