"""The app tier keeps no state of its own: two gunicorn servers on two ports, one PostgreSQL.

A record written through one is read through the other with the same ETag (a 304 there for the
first one's ETag), and a session opened on one is valid on the other and ends on both. Run once
with the database holding cache and sessions, and once with Redis (REDIS_URL) in front."""

import json
import re
import secrets
import subprocess
import sys
import urllib.error
import urllib.request
from http.cookies import SimpleCookie
from urllib.parse import urlencode

import pytest
from psycopg2 import sql

from tests.test_production_server import (
    PROJECT_DIR,
    free_local_port,
    maintenance_connection,
    postgres_server,
    production_environment,
    stop,
    wait_until_answering,
)

# Starts its own servers and databases whatever database the suite runs on: CI runs it once,
# in the PostgreSQL run (pyproject.toml, markers).
pytestmark = pytest.mark.own_servers

PASSWORD = "two-servers-one-database"
REDIS_URL = "redis://127.0.0.1:6379/7"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def http(url, *, method="GET", headers=None, data=None):
    """One request; both servers are addressed by one host name, as behind a load balancer
    (the API's links, and so its ETags, name the host the client used)."""
    headers = {"Host": "127.0.0.1", **(headers or {})}
    body = None
    if isinstance(data, dict):
        body = json.dumps(data).encode()
        headers = {"Content-Type": "application/json", **(headers or {})}
    elif isinstance(data, str):
        body = data.encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
    try:
        return OPENER.open(
            urllib.request.Request(url, data=body, method=method, headers=headers or {}),
            timeout=30,
        )
    except urllib.error.HTTPError as error:
        return error


def cookies_of(response) -> dict:
    jar = SimpleCookie()
    for header in response.headers.get_all("Set-Cookie") or []:
        jar.load(header)
    return {name: morsel.value for name, morsel in jar.items()}


def manage(environment, *arguments):
    subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT_DIR,
        env=environment,
        check=True,
        timeout=300,
        capture_output=True,
    )


def sign_in(base_url) -> str:
    login_page = http(f"{base_url}/accounts/login/")
    csrf = cookies_of(login_page)["csrftoken"]
    form = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login_page.read().decode())
    answer = http(
        f"{base_url}/accounts/login/",
        method="POST",
        headers={"Cookie": f"csrftoken={csrf}", "Referer": f"{base_url}/accounts/login/"},
        data=urlencode(
            {"username": "analyst", "password": PASSWORD, "csrfmiddlewaretoken": form.group(1)}
        ),
    )
    assert answer.status == 302, answer.read()[:500]
    return cookies_of(answer)["sessionid"]


@pytest.fixture(scope="module", params=["database", "redis"])
def two_servers(request, tmp_path_factory):
    """Two servers on a new database (dropped afterwards), shared by this module's tests."""
    server = postgres_server()
    name = f"tracker_scale_out_test_{secrets.token_hex(4)}"
    connection = maintenance_connection(server)
    with connection.cursor() as cursor:
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        url = f"postgres://{server['user']}@{server['host']}:{server['port']}/{name}"
        yield from start_two_servers(request.param, url, tmp_path_factory.mktemp(request.param))
    finally:
        with connection.cursor() as cursor:
            cursor.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
        connection.close()


def start_two_servers(backend, database_url, tmp_path):
    environment = production_environment(database_url, tmp_path / "static", 0)
    environment["DJANGO_SECURE_COOKIES"] = "0"
    if backend == "redis":
        environment["REDIS_URL"] = REDIS_URL
    manage(environment, "migrate", "--noinput")
    manage(environment, "createcachetable")
    manage(environment, "collectstatic", "--noinput", "--verbosity=0")
    manage(
        environment,
        "shell",
        "-c",
        "from accounts.models import ApiToken, User, token_digest; "
        f"u = User.objects.create_user('analyst', password='{PASSWORD}'); u.set_role('analyst'); "
        "ApiToken.objects.create(user=u, digest=token_digest('a' * 40))",
    )
    servers, urls = [], []
    try:
        for number in (1, 2):
            port = free_local_port()
            log = tmp_path / f"server-{number}.log"
            servers.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "gunicorn",
                        "config.wsgi",
                        "--bind",
                        f"127.0.0.1:{port}",
                        "--workers",
                        "1",
                    ],
                    cwd=PROJECT_DIR,
                    env=environment,
                    stdout=log.open("w"),
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
            urls.append(f"http://127.0.0.1:{port}")
            wait_until_answering(servers[-1], f"{urls[-1]}/accounts/login/", log)
        yield urls
    finally:
        for server in servers:
            stop(server)


TOKEN = {"Authorization": "Token " + "a" * 40}


def test_a_record_written_through_one_server_is_read_through_the_other(two_servers):
    first, second = two_servers

    created = http(
        f"{first}/api/v1/actors/",
        method="POST",
        headers=TOKEN,
        data={"name": "Qatar", "kind": "state"},
    )
    assert created.status == 201
    actor = json.loads(created.read())
    read = http(f"{second}/api/v1/actors/{actor['id']}/", headers=TOKEN)
    not_modified = http(
        f"{second}/api/v1/actors/{actor['id']}/",
        headers={**TOKEN, "If-None-Match": created.headers["ETag"]},
    )

    assert read.status == 200
    assert json.loads(read.read())["name"] == "Qatar"
    assert read.headers["ETag"] == created.headers["ETag"]
    assert not_modified.status == 304


def test_a_stale_etag_from_one_server_is_refused_by_the_other(two_servers):
    first, second = two_servers
    created = http(
        f"{first}/api/v1/actors/",
        method="POST",
        headers=TOKEN,
        data={"name": "Egypt", "kind": "state"},
    )
    actor = json.loads(created.read())
    http(
        f"{second}/api/v1/actors/{actor['id']}/",
        method="PATCH",
        headers=TOKEN,
        data={"short_name": "EG"},
    )

    stale = http(
        f"{first}/api/v1/actors/{actor['id']}/",
        method="PATCH",
        headers={**TOKEN, "If-Match": created.headers["ETag"]},
        data={"short_name": "ARE"},
    )

    assert stale.status == 412


def test_a_session_opened_on_one_server_is_valid_on_the_other_until_signed_out(two_servers):
    first, second = two_servers
    session = sign_in(first)
    cookie = {"Cookie": f"sessionid={session}"}

    signed_in_on_second = http(f"{second}/", headers=cookie)
    # The page's sign-out form, with the CSRF cookie set alongside it.
    page = http(f"{second}/", headers=cookie)
    csrf_cookie = cookies_of(page)["csrftoken"]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.read().decode())
    signed_out = http(
        f"{second}/accounts/logout/",
        method="POST",
        headers={"Cookie": f"sessionid={session}; csrftoken={csrf_cookie}"},
        data=urlencode({"csrfmiddlewaretoken": token.group(1)}),
    )
    after_sign_out_on_first = http(f"{first}/", headers=cookie)

    assert signed_in_on_second.status == 200
    assert signed_out.status == 302
    assert after_sign_out_on_first.status == 302
    assert "/accounts/login/" in after_sign_out_on_first.headers["Location"]
