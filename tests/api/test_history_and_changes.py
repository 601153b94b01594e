"""The audit trail of a record, and the feed of changes across all resources."""

import datetime
import re

import pytest
from django.utils import timezone

from negotiations import models
from negotiations.models import Actor
from tests import factories
from tests.api import contract
from tests.api.contract import RESOURCES, detail_url, list_url, results


def test_a_record_s_history_says_who_changed_which_fields(analyst_api, analyst):
    created = analyst_api.post(
        "/api/v1/actors/", {"name": "Egypt", "kind": "state"}, format="json"
    ).json()
    analyst_api.patch(
        f"/api/v1/actors/{created['id']}/", {"country": "EG", "short_name": "EG"}, format="json"
    )

    response = analyst_api.get(f"/api/v1/actors/{created['id']}/history/")

    assert response.status_code == 200
    entries = response.json()["results"]
    assert [entry["history_type"] for entry in entries] == ["created", "updated"]
    assert entries[1]["history_user"] == {"id": analyst.pk, "name": "analyst"}
    assert entries[1]["fields"] == ["country", "short_name"]
    assert {"field": "country", "old": "", "new": "EG"} in entries[1]["changes"]
    assert "name" in entries[0]["fields"]


def test_a_deleted_record_keeps_its_history(analyst_api):
    actor = factories.ActorFactory()
    analyst_api.delete(f"/api/v1/actors/{actor.pk}/")

    response = analyst_api.get(f"/api/v1/actors/{actor.pk}/history/")

    assert response.status_code == 200
    assert [e["history_type"] for e in response.json()["results"]] == ["created", "deleted"]
    assert not models.Actor.objects.filter(pk=actor.pk).exists()


def test_the_diff_on_a_later_page_looks_back_to_the_previous_page(analyst_api):
    actor = factories.ActorFactory(name="A")
    analyst_api.patch(f"/api/v1/actors/{actor.pk}/", {"name": "B"}, format="json")
    analyst_api.patch(f"/api/v1/actors/{actor.pk}/", {"name": "C"}, format="json")

    response = analyst_api.get(f"/api/v1/actors/{actor.pk}/history/?page_size=1&page=3")

    assert response.json()["results"][0]["changes"] == [{"field": "name", "old": "B", "new": "C"}]


def test_changes_since_lists_creates_updates_and_deletes_oldest_first(analyst_api, analyst):
    before = factories.ActorFactory(name="Before")
    since = timezone.now()
    created = analyst_api.post("/api/v1/sources/", {"title": "AFP"}, format="json").json()
    analyst_api.patch(f"/api/v1/actors/{before.pk}/", {"name": "Renamed"}, format="json")
    analyst_api.delete(f"/api/v1/sources/{created['id']}/")

    response = analyst_api.get("/api/v1/changes/", {"since": since.isoformat()})

    assert response.status_code == 200
    entries = response.json()["results"]
    assert [(e["resource"], e["id"], e["action"]) for e in entries] == [
        ("sources", created["id"], "created"),
        ("actors", before.pk, "updated"),
        ("sources", created["id"], "deleted"),
    ]
    assert entries[1]["fields"] == ["name"]
    assert entries[1]["changed_by"] == {"id": analyst.pk, "name": "analyst"}
    assert entries[0]["changed_at"] <= entries[1]["changed_at"] <= entries[2]["changed_at"]


def test_a_client_stays_in_step_by_passing_the_last_changed_at(analyst_api):
    analyst_api.post("/api/v1/actors/", {"name": "One", "kind": "state"}, format="json")
    first = analyst_api.get("/api/v1/changes/").json()["results"]
    analyst_api.post("/api/v1/actors/", {"name": "Two", "kind": "state"}, format="json")

    later = analyst_api.get("/api/v1/changes/", {"since": first[-1]["changed_at"]}).json()

    assert [e["action"] for e in later["results"]] == ["created"]
    assert later["results"][0]["id"] == models.Actor.objects.get(name="Two").pk


def test_changes_include_status_changes_of_a_record_as_updates(analyst_api):
    answer = factories.ResponseFactory()
    since = timezone.now()
    answer.change_status("rejected", changed_on=datetime.date(2024, 6, 20))

    response = analyst_api.get("/api/v1/changes/", {"since": since.isoformat()})

    assert [(e["resource"], e["action"]) for e in response.json()["results"]] == [
        ("responses", "updated")
    ]
    assert "status" in response.json()["results"][0]["fields"]


def test_a_resource_the_api_does_not_have_is_a_400_naming_it(viewer_api):
    bad_resource = viewer_api.get("/api/v1/changes/", {"resource": "users"})

    assert bad_resource.status_code == 400
    assert "resource" in bad_resource.json()


def test_usernames_are_shown_to_accounts_with_a_role_only(analyst_api, api, settings):
    created = analyst_api.post("/api/v1/actors/", {"name": "Qatar", "kind": "state"}, format="json")
    actor_id = created.json()["id"]
    process = analyst_api.post(
        "/api/v1/processes/", {"title": "Gaza talks", "status": "active"}, format="json"
    ).json()
    settings.PUBLIC_READ = True

    as_analyst = [
        analyst_api.get("/api/v1/changes/").json()["results"][0]["changed_by"],
        analyst_api.get(f"/api/v1/actors/{actor_id}/history/").json()["results"][0]["history_user"],
        analyst_api.get(f"/api/v1/processes/{process['id']}/status-changes/").json()["results"][0][
            "recorded_by"
        ],
    ]
    as_anonymous = [
        api.get("/api/v1/changes/").json()["results"][0]["changed_by"],
        api.get(f"/api/v1/actors/{actor_id}/history/").json()["results"][0]["history_user"],
        api.get(f"/api/v1/processes/{process['id']}/status-changes/").json()["results"][0][
            "recorded_by"
        ],
    ]

    assert [who and who["name"] for who in as_analyst] == ["analyst"] * 3
    assert as_anonymous == [None, None, None]
    assert "analyst" not in api.get("/api/v1/changes/").content.decode()


def test_the_changes_feed_includes_a_deletion(analyst_api):
    since = timezone.now() - datetime.timedelta(seconds=1)
    created = analyst_api.post(list_url("actors"), contract.valid_payload("actors"), format="json")
    actor_id = created.json()["id"]
    deleted = analyst_api.delete(detail_url("actors", actor_id))

    response = analyst_api.get(f"{contract.API}changes/", {"since": since.isoformat()})

    assert (created.status_code, deleted.status_code) == (201, 204)
    assert response.status_code == 200, response.content[:300]
    entries = [
        entry
        for entry in results(response.json())
        if entry["id"] == actor_id and entry["resource"] in ("actors", "actor")
    ]
    assert [entry["action"] for entry in entries] == ["created", "deleted"]
    for entry in entries:
        assert set(entry) >= contract.CHANGE_FIELDS
    moments = [entry["changed_at"] for entry in results(response.json())]
    assert moments == sorted(moments)
    assert not Actor.objects.filter(pk=actor_id).exists()


def test_the_changes_feed_leaves_out_what_came_before_since(analyst_api):
    old = factories.ActorFactory()
    since = timezone.now() + datetime.timedelta(seconds=1)

    response = analyst_api.get(f"{contract.API}changes/", {"since": since.isoformat()})

    assert response.status_code == 200
    assert all(entry["id"] != old.pk for entry in results(response.json()))


@pytest.mark.parametrize("resource", RESOURCES)
def test_history_lists_who_changed_which_fields_and_when(analyst_api, analyst, resource):
    created = analyst_api.post(list_url(resource), contract.valid_payload(resource), format="json")
    url = detail_url(resource, created.json()["id"])
    field = contract.PATCHABLE_FIELD[resource]
    analyst_api.patch(url, {field: "Changed by a contract test."}, format="json")

    response = analyst_api.get(f"{url}history/")

    assert (created.status_code, response.status_code) == (201, 200), response.content[:300]
    entries = results(response.json())
    assert len(entries) >= 2
    last_entry = str(entries[-1])
    assert field in last_entry, f"the last change names the field it changed: {last_entry}"
    assert analyst.username in last_entry, f"and who changed it: {last_entry}"
    assert re.search(r"\d{4}-\d{2}-\d{2}T", last_entry), f"and when: {last_entry}"
    model = contract.MODELS[resource]
    assert model.history.filter(id=created.json()["id"]).count() == len(entries)


def test_the_changes_feed_takes_a_resource(analyst_api):
    since = timezone.now() - datetime.timedelta(seconds=1)
    actor = analyst_api.post(list_url("actors"), contract.valid_payload("actors"), format="json")
    source = analyst_api.post(list_url("sources"), contract.valid_payload("sources"), format="json")

    response = analyst_api.get(
        f"{contract.API}changes/", {"since": since.isoformat(), "resource": "sources"}
    )

    assert (actor.status_code, source.status_code, response.status_code) == (201, 201, 200)
    entries = results(response.json())
    assert [(entry["resource"], entry["id"]) for entry in entries] == [
        ("sources", source.json()["id"])
    ]


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.parametrize("record_id", [contract.MISSING_ID, "0", "abc", 10**30, "1.5"])
def test_the_history_of_a_missing_record_answers_404(analyst_api, resource, record_id):
    response = analyst_api.get(f"{list_url(resource)}{record_id}/history/")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    "since", ["garbage", "last tuesday", "2024-02-30T00:00:00Z", "yesterday", "\x00"]
)
def test_a_since_that_is_not_a_moment_answers_400_naming_it(analyst_api, since):
    response = analyst_api.get(f"{contract.API}changes/", {"since": since})

    assert response.status_code == 400, response.content[:300]
    assert "since" in response.json()
