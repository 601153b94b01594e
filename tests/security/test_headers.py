"""A strict Content-Security-Policy on every kind of response, and production settings that
`check --deploy` passes, trusting the proxy's headers only when told to."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

PROJECT_DIR = Path(__file__).resolve().parents[2]
STRICT = re.compile(r"(^|; )default-src 'self'(;|$)")


def assert_strict_policy(response):
    policy = response["Content-Security-Policy"]
    assert STRICT.search(policy), policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "script-src 'self'" in policy and "style-src 'self'" in policy


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/", 200),
        ("/api/v1/actors/", 200),
        ("/api/docs/", 200),
        ("/api/docs/?script=", 200),
        ("/api/schema/", 200),
        ("/no-such-page/", 404),
        ("/api/v1/no-such-resource/", 404),
    ],
)
def test_every_kind_of_response_carries_the_strict_policy(client, viewer, path, status):
    client.force_login(viewer)

    response = client.get(path)

    assert response.status_code == status
    assert_strict_policy(response)


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/accounts/login/", 200),
        ("/admin/login/", 200),
        ("/", 302),
        ("/api/v1/actors/", 401),
        ("/api/docs/", 401),
        ("/api/schema/", 401),
    ],
)
def test_sign_in_pages_and_anonymous_refusals_carry_it_too(client, db, path, status):
    response = client.get(path)

    assert response.status_code == status
    assert_strict_policy(response)


@pytest.mark.urls("tests.security.error_urls")
def test_a_server_error_page_carries_it(db):
    client = Client(raise_request_exception=False)

    response = client.get("/failing/")

    assert response.status_code == 500
    assert_strict_policy(response)


def test_the_api_docs_page_has_no_inline_script_or_style(client, viewer):
    client.force_login(viewer)

    page = client.get("/api/docs/").content.decode()

    assert "<style" not in page
    assert re.findall(r"<script(?![^>]*\bsrc=)", page) == []


def test_the_templates_have_no_inline_script_style_or_handler():
    offenders = []
    for template in (PROJECT_DIR / "templates").rglob("*.html"):
        text = template.read_text()
        if re.search(r"<script(?![^>]*\bsrc=)|<style|\sstyle=|\son[a-z]+=", text):
            offenders.append(str(template.relative_to(PROJECT_DIR)))
    assert offenders == []


def production_environment(**extra: str) -> dict:
    return {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "tracker.example.org",
        **extra,
    }


def run_python(code: str, environment: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "deployment",
    [
        {},
        {"DJANGO_BEHIND_TLS_PROXY": "1", "DJANGO_HSTS_SECONDS": "31536000"},
        {"DJANGO_BEHIND_TLS_PROXY": "1", "DJANGO_SSL_REDIRECT": "0"},
    ],
    ids=["plain", "behind-a-tls-proxy-with-hsts", "proxy-redirecting-itself"],
)
def test_check_deploy_is_clean_in_production_mode(deployment):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT_DIR,
        env=production_environment(**deployment),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_every_silenced_check_has_a_written_reason():
    settings_text = (PROJECT_DIR / "config" / "settings.py").read_text()
    silenced = set(re.findall(r'"(security\.W\d+)"', settings_text))

    assert silenced == {"security.W004", "security.W005", "security.W008", "security.W021"}
    for check in silenced:
        # The comment naming the check comes right before the line that silences it.
        short = check.split(".")[1]
        assert re.search(rf"# security\.{short}|# security\.W\d+ and {short}", settings_text), check


PROXY_SETTINGS = (
    "import django, json; django.setup(); from django.conf import settings as s; "
    "print(json.dumps([getattr(s, 'SECURE_PROXY_SSL_HEADER', None), s.SECURE_SSL_REDIRECT, "
    "s.REST_FRAMEWORK.get('NUM_PROXIES'), s.AXES_IPWARE_META_PRECEDENCE_ORDER]))"
)


def test_the_proxy_headers_are_trusted_only_when_configured():
    plain = run_python(PROXY_SETTINGS, production_environment())
    proxied = run_python(PROXY_SETTINGS, production_environment(DJANGO_BEHIND_TLS_PROXY="1"))

    assert plain.returncode == proxied.returncode == 0, plain.stderr + proxied.stderr
    assert plain.stdout.strip() == '[null, false, null, ["REMOTE_ADDR"]]'
    assert proxied.stdout.strip() == (
        '[["HTTP_X_FORWARDED_PROTO", "https"], true, 1, ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]]'
    )


def test_a_forged_forwarded_proto_is_not_believed_without_the_proxy_setting(client, viewer):
    client.force_login(viewer)

    response = client.get("/", HTTP_X_FORWARDED_PROTO="https")

    assert response.wsgi_request.is_secure() is False


def test_compose_publishes_the_port_on_the_loopback_unless_told_otherwise():
    compose = (PROJECT_DIR / "docker-compose.yml").read_text()

    # Only the proxy in front of the web replicas publishes a port (its own port 80).
    published = re.findall(r'^\s+- "([^"]+:\d+)"$', compose, flags=re.MULTILINE)

    assert published == ["${TRACKER_BIND:-127.0.0.1}:${PORT:-8000}:80"]


def test_the_lock_out_page_carries_the_policy(client, settings, analyst):
    settings.AXES_FAILURE_LIMIT = 1

    response = client.post("/accounts/login/", {"username": "analyst", "password": "wrong"})

    assert response.status_code == 429
    assert_strict_policy(response)
