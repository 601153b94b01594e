"""Who may call what: every route under /api/v1/ and every method it allows, for every caller.

The routes come from the URL configuration itself, so a route added without an entry in
EXPECTED fails here with a message naming it, and a route of the contract that the URL
configuration lacks fails too.
"""

import re

import pytest
from django.test import override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from accounts.models import ApiToken, FeedKey
from negotiations.models import MergedActor
from tests.api import contract
from tests.factories import PASSWORD, ActorFactory, IntakeFactory, UserFactory

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
CALLERS = ("anonymous", "viewer", "analyst", "admin", "outsider")

# A candidate an intake's accept route creates a record from.
INTAKE_EVENT = {
    "key": "event-1",
    "span": [0, 5],
    "title": "Talks resume",
    "date": "2024-06-10",
    "date_precision": "day",
    "kind": "political",
    "location_name": None,
}

# What a route and method does: read records, write records, issue a token (open to all),
# revoke the caller's own token (any account), or show or replace the caller's own feed key
# (any account that may read, never an anonymous caller).
READ, WRITE, PUBLIC, REVOKE, OWN_FEED_KEY = "read", "write", "public", "revoke", "own-feed-key"


def _records(basename: str, *, status_log: bool = False) -> dict:
    entries = {
        (f"api:{basename}-list", "GET"): READ,
        (f"api:{basename}-list", "POST"): WRITE,
        (f"api:{basename}-detail", "GET"): READ,
        (f"api:{basename}-detail", "PUT"): WRITE,
        (f"api:{basename}-detail", "PATCH"): WRITE,
        (f"api:{basename}-detail", "DELETE"): WRITE,
        (f"api:{basename}-history", "GET"): READ,
    }
    if status_log:
        entries[(f"api:{basename}-status-changes", "GET")] = READ
        entries[(f"api:{basename}-status-changes", "POST")] = WRITE
        entries[(f"api:{basename}-retract-status-change", "POST")] = WRITE
    return entries


EXPECTED = {
    ("api:api-root", "GET"): READ,
    ("api:token", "POST"): PUBLIC,
    ("api:token", "DELETE"): REVOKE,
    ("api:feed-key", "GET"): OWN_FEED_KEY,
    ("api:feed-key", "POST"): OWN_FEED_KEY,
    ("api:changes", "GET"): READ,
    ("api:graph", "GET"): READ,
    **_records("actor"),
    ("api:actor-merge", "POST"): WRITE,
    **_records("position"),
    **_records("location"),
    **_records("source"),
    **_records("process", status_log=True),
    **_records("mediator"),
    **_records("party"),
    **_records("proposal", status_log=True),
    **_records("response", status_log=True),
    **_records("meeting"),
    **_records("trip"),
    **_records("statement"),
    **_records("event"),
    ("api:intake-list", "POST"): WRITE,
    ("api:intake-detail", "GET"): READ,
    ("api:intake-accept", "POST"): WRITE,
}

# The answer each caller gets, by what the route does. Writes that succeed answer by method,
# except a merge, which answers with the surviving record, and a retraction, which answers with
# the retracted entry.
SUCCESS = {"GET": 200, "POST": 201, "PUT": 200, "PATCH": 200, "DELETE": 204}
SUCCESS_BY_KIND = {"merge": 200, "retract": 200, "feed-key": 200}


def expected_status(access: str, caller: str, method: str, *, public_read: bool = False) -> int:
    if access == PUBLIC:
        return 200
    if access == REVOKE:
        return 401 if caller == "anonymous" else 204
    if caller == "anonymous":
        return 200 if public_read and access == READ else 401
    if access == OWN_FEED_KEY:
        return 403 if caller == "outsider" else 200
    if caller == "outsider":
        return 403
    if access == WRITE and caller == "viewer":
        return 403
    return SUCCESS[method]


class Route:
    def __init__(self, name: str, template: str, pattern: URLPattern):
        self.name = name
        self.template = template
        self.pattern = pattern

    @property
    def kwarg_names(self) -> list[str]:
        return list(self.pattern.pattern.regex.groupindex)

    @property
    def allowed_methods(self) -> set[str]:
        callback = self.pattern.callback
        actions = getattr(callback, "actions", None)
        if actions:
            return {method.upper() for method in actions} & set(METHODS)
        view_class = getattr(callback, "cls", None) or getattr(callback, "view_class", None)
        if view_class is None:
            return {"GET"}
        return {method for method in METHODS if hasattr(view_class, method.lower())}

    @property
    def shape(self) -> str:
        """The template with every parameter as {id}: 'api/v1/actors/{id}/history/'."""
        return re.sub(r"\(\?P<\w+>[^)]*\)|<(?:\w+:)?\w+>", "{id}", self.template)


def _clean(fragment: str) -> str:
    return fragment.replace("^", "").replace("$", "").replace("\\", "")


def api_routes() -> dict[str, Route]:
    """Every named URL pattern whose path starts with api/v1/, format-suffix variants left out."""
    routes = {}

    def walk(patterns, prefix: str, namespace: str):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
                walk(entry.url_patterns, prefix + _clean(str(entry.pattern)), inner)
            elif isinstance(entry, URLPattern):
                template = prefix + _clean(str(entry.pattern))
                if not template.startswith("api/v1/") or "format" in entry.pattern.regex.groupindex:
                    continue
                name = f"{namespace}{entry.name}" if entry.name else f"(unnamed) {template}"
                routes.setdefault(name, Route(name, template, entry))

    walk(get_resolver().url_patterns, "", "")
    return routes


ROUTES = api_routes()
ROUTE_METHODS = sorted(
    {(route.name, method) for route in ROUTES.values() for method in route.allowed_methods}
)
# Both what exists and what the contract requires, so a missing route fails instead of vanishing.
MATRIX = sorted(set(ROUTE_METHODS) | set(EXPECTED))


def test_every_api_route_and_method_has_an_expected_answer():
    unexpected = [key for key in ROUTE_METHODS if key not in EXPECTED]

    assert not unexpected, (
        "These routes/methods exist under /api/v1/ but the role matrix has no expected answer "
        f"for them; add them to EXPECTED in {__name__}: {unexpected}"
    )


def test_every_route_of_the_contract_exists():
    missing = sorted(key for key in EXPECTED if key not in set(ROUTE_METHODS))

    assert not missing, (
        f"The contract's routes/methods missing from the URL configuration: {missing}"
    )


class Call:
    """One request of the matrix: the URL, the body, and how to tell from the database whether
    it changed something."""

    def __init__(self, route: Route, method: str, caller_user):
        self.route = route
        self.method = method
        self.caller_user = caller_user
        self.record = None
        self.change = None
        self.body = None
        self.resource = None
        shape = route.shape
        match = re.fullmatch(r"api/v1/([\w-]+)/(?:\{id\}/)?(?:([\w-]+)/)?", shape)
        if match and match.group(1) in contract.RESOURCES:
            self.resource = match.group(1)
        retraction = re.fullmatch(r"api/v1/([\w-]+)/\{id\}/status-changes/\{id\}/retract/", shape)
        if retraction and retraction.group(1) in contract.RESOURCES:
            self.resource = retraction.group(1)
        self.kind = self._kind(shape)
        self.url = self._build()

    def _kind(self, shape: str) -> str:
        if shape == "api/v1/":
            return "root"
        if shape == "api/v1/auth/token/":
            return "token"
        if shape == "api/v1/auth/feed-key/":
            return "feed-key"
        if shape == "api/v1/changes/":
            return "changes"
        if shape == "api/v1/graph/":
            return "graph"
        if shape.startswith("api/v1/intake/"):
            return {"": "intake", "{id}/": "intake-detail", "{id}/accept/": "intake-accept"}.get(
                shape.removeprefix("api/v1/intake/"), "unknown"
            )
        if self.resource and shape == f"api/v1/{self.resource}/":
            return "list"
        if self.resource and shape == f"api/v1/{self.resource}/{{id}}/":
            return "detail"
        if self.resource and shape.endswith("/retract/"):
            return "retract"
        if self.resource and shape.endswith("/status-changes/"):
            return "status-changes"
        if self.resource and shape.endswith("/history/"):
            return "history"
        if self.resource == "actors" and shape.endswith("/merge/"):
            return "merge"
        return "unknown"

    def _build(self) -> str:
        kwargs = {}
        if self.kind.startswith("intake-"):
            self.record = IntakeFactory(candidates={"events": [INTAKE_EVENT]})
            kwargs = {"pk": self.record.pk}
        elif self.route.kwarg_names:
            self.record = contract.make_record(self.resource)
            kwargs = {name: self.record.pk for name in self.route.kwarg_names}
        if self.kind == "retract":
            self.change = self.record.change_status(
                contract.NEXT_STATUS[self.resource], changed_on=contract.STATUS_CHANGE_DATE
            )
            kwargs["change_id"] = self.change.pk
        url = reverse(self.route.name, kwargs=kwargs)
        if self.kind == "changes":
            url += "?since=2000-01-01T00:00:00Z"
        if self.kind == "token" and self.method == "POST":
            username = self.caller_user.username if self.caller_user else "token-seeker"
            if self.caller_user is None:
                UserFactory(username=username, role="viewer")
            self.body = {"username": username, "password": PASSWORD}
        elif self.kind == "feed-key":
            self.body = None
        elif self.kind == "merge":
            self.body = {"into": ActorFactory(name="Survivor of the merge").pk}
        elif self.kind == "status-changes" and self.method == "POST":
            self.body = contract.status_change_payload(self.resource)
        elif self.kind == "retract":
            self.body = {"reason": "Retracted by a contract test."}
        elif self.kind == "intake" and self.method == "POST":
            self.body = {"text": "Hamas has not formally responded.", "published_on": "2024-06-10"}
        elif self.kind == "intake-accept":
            self.body = {"accept": [INTAKE_EVENT["key"]]}
        elif self.method in ("POST", "PUT"):
            self.body = contract.valid_payload(self.resource)
        elif self.method == "PATCH":
            self.body = contract.partial_payload(self.resource)
        return url

    def send(self, client):
        sender = getattr(client, self.method.lower())
        if self.body is None:
            return sender(self.url)
        return sender(self.url, self.body, format="json")

    def record_state(self):
        if self.record is None:
            return None
        model = type(self.record)
        return model._default_manager.filter(pk=self.record.pk).values().first()

    def assert_database_changed_as_written(self, counts_before, record_before, response):
        counts_after = contract.row_counts()
        if self.kind in ("intake", "intake-accept"):
            created = ["Source", "Intake"] if self.kind == "intake" else ["Event", "IntakeRecord"]
            for name in created:
                label = f"negotiations.{name}"
                assert counts_after[label] == counts_before[label] + 1, label
            return
        model_label = contract.MODELS[self.resource]._meta.label
        if self.kind == "list":
            assert counts_after[model_label] == counts_before[model_label] + 1
            model = contract.MODELS[self.resource]
            assert model._default_manager.filter(pk=response.json()["id"]).exists()
        elif self.kind == "retract":
            change_label = type(self.change)._meta.label
            assert counts_after[change_label] == counts_before[change_label]
            self.change.refresh_from_db()
            assert self.change.is_retracted
            self.record.refresh_from_db()
            assert self.record.status != contract.NEXT_STATUS[self.resource]
        elif self.kind == "status-changes":
            change_label = type(self.record).status_change_model()._meta.label
            assert counts_after[change_label] == counts_before[change_label] + 1
            self.record.refresh_from_db()
            assert self.record.status == contract.NEXT_STATUS[self.resource]
        elif self.kind == "merge":
            assert self.record_state() is None
            assert MergedActor.objects.get(pk=self.record.pk).into_id == self.body["into"]
        elif self.method == "DELETE":
            assert self.record_state() is None
            assert counts_after[model_label] == counts_before[model_label] - 1
        elif self.method == "PUT":
            record_after = self.record_state()
            assert record_after != record_before
            assert record_after["updated_at"] > record_before["updated_at"]
        elif self.method == "PATCH":
            record_after = self.record_state()
            field = contract.PATCHABLE_FIELD[self.resource]
            assert record_after[field] == self.body[field]
            assert record_after["updated_at"] > record_before["updated_at"]
        else:
            raise AssertionError(f"No database check for {self.method} {self.route.shape}")


def _caller(request, caller: str):
    """The suite's client for the caller (`api`, or `<caller>_api` with a token of its own)."""
    if caller == "anonymous":
        return request.getfixturevalue("api"), None
    user = request.getfixturevalue({"admin": "admin_user"}.get(caller, caller))
    return request.getfixturevalue(f"{caller}_api"), user


def _run_matrix_call(request, route_name: str, method: str, caller: str, *, public_read=False):
    assert (route_name, method) in EXPECTED, (
        f"No expected answer for {method} {route_name}: add it to EXPECTED in {__name__}."
    )
    assert route_name in ROUTES, f"The contract's route {route_name} is missing from the URLconf."
    assert method in ROUTES[route_name].allowed_methods, f"{route_name} does not allow {method}."
    access = EXPECTED[(route_name, method)]
    client, user = _caller(request, caller)
    call = Call(ROUTES[route_name], method, user)
    assert call.kind != "unknown", f"The role matrix does not know how to call {call.route.shape}."
    counts_before = contract.row_counts()
    record_before = call.record_state()

    response = call.send(client)

    expected = expected_status(access, caller, method, public_read=public_read)
    if expected == SUCCESS[method]:
        expected = SUCCESS_BY_KIND.get(call.kind, expected)
    assert response.status_code == expected, (
        f"{caller} {method} {call.url}: expected {expected}, got {response.status_code} "
        f"{response.content[:300]!r}"
    )
    if access == PUBLIC:
        issued = ApiToken.objects.for_key(response.json()["token"]).get()
        assert issued.user.username == call.body["username"]
    elif access == REVOKE and expected == 204:
        # The `*_api` fixture issued the caller exactly one token, the one this request carried.
        assert not ApiToken.objects.filter(user=user).exists()
        assert contract.row_counts() == counts_before
    elif access == OWN_FEED_KEY and expected == 200:
        assert response.json()["key"] == FeedKey.objects.get(user=user).key
        assert contract.row_counts() == counts_before
    elif access == WRITE and 200 <= expected < 300:
        call.assert_database_changed_as_written(counts_before, record_before, response)
    else:
        assert contract.row_counts() == counts_before
        assert call.record_state() == record_before


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize(("route_name", "method"), MATRIX)
def test_each_caller_gets_the_answer_its_role_allows(request, db, route_name, method, caller):
    _run_matrix_call(request, route_name, method, caller)


@pytest.mark.parametrize(("route_name", "method"), MATRIX)
def test_with_public_read_anonymous_callers_read_but_never_write(request, db, route_name, method):
    with override_settings(PUBLIC_READ=True):
        _run_matrix_call(request, route_name, method, "anonymous", public_read=True)
