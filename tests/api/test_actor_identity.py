"""One actor, one record, through the API: likely duplicates answer 409 with the candidates,
`?similar_to=` lists them, and `actors/{id}/merge/` folds one actor into another."""

import pytest
from django.utils import timezone

from negotiations import models
from tests import factories


@pytest.fixture
def hamas(db):
    return factories.ActorFactory(
        name="Hamas",
        kind=models.Actor.Kind.POLITICAL_MOVEMENT,
        aliases=["Islamic Resistance Movement", "Harakat al-Muqawama al-Islamiya"],
    )


@pytest.fixture
def sisi(db):
    return factories.PersonFactory(name="Abdel Fattah al-Sisi", short_name="Sisi")


def post_actor(client, **body):
    return client.post("/api/v1/actors/", {"kind": "political_movement", **body}, format="json")


@pytest.mark.parametrize(
    "name",
    [
        "Hamas",
        "HAMAS",
        "hamas ",
        "Ḥamās",
        "Islamic resistance movement",
        "Harakat al-Muqawama al-Islamiya",
        "Harakat el Muqawamah al-Islamiyyah",
        "Hamaz",
    ],
)
def test_creating_an_actor_that_may_already_be_recorded_answers_409_with_the_candidates(
    analyst_api, hamas, name
):
    response = post_actor(analyst_api, name=name)

    assert response.status_code == 409
    body = response.json()
    assert "Hamas" in body["detail"]
    assert [candidate["id"] for candidate in body["candidates"]] == [hamas.pk]
    candidate = body["candidates"][0]
    assert set(candidate) >= {"id", "name", "slug", "matched_on", "score"}
    assert candidate["name"] == "Hamas"
    assert candidate["slug"] == hamas.slug
    assert 0.5 <= candidate["score"] <= 1
    assert models.Actor.objects.count() == 1


def test_the_candidate_says_which_name_matched_and_how_well(analyst_api, hamas):
    exact = post_actor(analyst_api, name="HAMAS").json()["candidates"][0]
    by_alias = post_actor(analyst_api, name="Harakat al Muqawama al-Islamiya").json()
    close = post_actor(analyst_api, name="Hamaz").json()["candidates"][0]

    assert (exact["matched_on"], exact["matched_name"], exact["score"]) == ("name", "Hamas", 1.0)
    assert by_alias["candidates"][0]["matched_on"] == "alias"
    assert by_alias["candidates"][0]["matched_name"] == "Harakat al-Muqawama al-Islamiya"
    # pg_trgm's similarity on both databases: 4 shared trigrams of 8.
    assert (close["matched_on"], close["score"]) == ("name", 0.5)


def test_al_and_el_spellings_and_the_short_name_are_one_name(analyst_api, sisi):
    for name in ["el-Sisi", "al-Sisi", "Sisi", "Abdel Fattah el-Sisi"]:
        response = analyst_api.post(
            "/api/v1/actors/", {"name": name, "kind": "person"}, format="json"
        )
        assert response.status_code == 409, name
        assert response.json()["candidates"][0]["id"] == sisi.pk
    assert models.Actor.objects.count() == 1


def test_a_short_name_or_alias_of_the_new_actor_is_checked_too(analyst_api, hamas):
    response = post_actor(analyst_api, name="Movement X", aliases=["Islamic Resistance Movement"])

    assert response.status_code == 409
    assert response.json()["candidates"][0]["matched_on"] == "alias"


def test_confirm_new_creates_the_actor_all_the_same(analyst_api, hamas):
    response = post_actor(analyst_api, name="Hamas", confirm_new=True)

    assert response.status_code == 201
    body = response.json()
    assert "confirm_new" not in body
    assert body["slug"] == "hamas-2"
    assert models.Actor.objects.filter(name="Hamas").count() == 2


def test_a_name_unlike_any_other_is_created_without_confirmation(analyst_api, hamas):
    response = post_actor(analyst_api, name="Islamic Jihad")

    assert response.status_code == 201
    assert models.Actor.objects.count() == 2


def test_confirm_new_must_be_a_boolean(analyst_api, hamas):
    response = post_actor(analyst_api, name="Hamas", confirm_new="perhaps")

    assert response.status_code == 400
    assert "confirm_new" in response.json()
    assert models.Actor.objects.count() == 1


def test_bad_input_is_a_400_before_any_duplicate_check(analyst_api, hamas):
    response = post_actor(analyst_api, name="Hamas", kind="militia")

    assert response.status_code == 400
    assert "kind" in response.json()


def test_renaming_an_actor_to_another_s_name_answers_409_unless_confirmed(analyst_api, hamas):
    other = factories.ActorFactory(name="Fatah")
    url = f"/api/v1/actors/{other.pk}/"

    refused = analyst_api.patch(url, {"name": "HAMAS"}, format="json")
    other.refresh_from_db()
    assert refused.status_code == 409
    assert refused.json()["candidates"][0]["id"] == hamas.pk
    assert other.name == "Fatah"

    confirmed = analyst_api.patch(url, {"name": "HAMAS", "confirm_new": True}, format="json")
    other.refresh_from_db()
    assert confirmed.status_code == 200
    assert other.name == "HAMAS"


def test_editing_an_actor_without_a_new_name_needs_no_confirmation(analyst_api, hamas):
    twin = factories.ActorFactory(name="Hamas")  # confirmed as different when it was created

    response = analyst_api.patch(
        f"/api/v1/actors/{twin.pk}/", {"description": "Its armed wing."}, format="json"
    )

    assert response.status_code == 200
    twin.refresh_from_db()
    assert twin.description == "Its armed wing."


def test_similar_to_lists_the_candidates_best_first_with_their_scores(viewer_api, hamas):
    close = factories.ActorFactory(name="Hamaz")
    factories.ActorFactory(name="Egypt", description="Mediates between Hamas and Israel.")

    response = viewer_api.get("/api/v1/actors/", {"similar_to": "hamas"})

    assert response.status_code == 200
    results = response.json()["results"]
    assert [result["id"] for result in results] == [hamas.pk, close.pk]
    assert [result["score"] for result in results] == [1.0, 0.5]
    assert [result["matched_on"] for result in results] == ["name", "name"]

    response = viewer_api.get("/api/v1/actors/", {"similar_to": "Hamaz"})
    results = response.json()["results"]
    assert [result["id"] for result in results] == [close.pk, hamas.pk]
    assert [result["score"] for result in results] == [1.0, 0.5]


def test_similar_to_matches_aliases_and_leaves_out_unlike_names(viewer_api, hamas):
    factories.ActorFactory(name="Islamic Jihad")

    results = viewer_api.get(
        "/api/v1/actors/", {"similar_to": "islamic resistance movement"}
    ).json()["results"]

    assert [(result["id"], result["matched_on"]) for result in results] == [(hamas.pk, "alias")]


def test_similar_to_with_no_letters_lists_nothing(viewer_api, hamas):
    response = viewer_api.get("/api/v1/actors/", {"similar_to": "--"})

    assert response.status_code == 200
    assert response.json()["count"] == 0


def merged_pair():
    """Two records of one actor, each cited from every kind of record."""
    survivor = factories.ActorFactory(name="Hamas", kind=models.Actor.Kind.POLITICAL_MOVEMENT)
    merged = factories.ActorFactory(
        name="HAMAS",
        short_name="IRM",
        aliases=["Harakat al-Muqawama al-Islamiya"],
        kind=models.Actor.Kind.POLITICAL_MOVEMENT,
        wikidata_id="Q38799",
    )
    proposal = factories.ProposalFactory(announced_by=merged)
    proposal.authors.add(merged)
    proposal.process.parties.add(merged)
    event = factories.EventFactory()
    event.actors.add(merged, survivor)
    references = {
        "participant": factories.ParticipantFactory(actor=merged),
        "statement": factories.StatementFactory(speaker=merged),
        "response": factories.ResponseFactory(respondent=merged, proposal=proposal),
        "position": factories.PositionFactory(organization=merged),
        "mediator": factories.MediatorFactory(actor=merged),
        "trip": factories.TripFactory(traveller=merged),
        "child": factories.ActorFactory(name="Qassam Brigades", parent=merged),
        "proposal": proposal,
        "event": event,
    }
    return survivor, merged, references


def references_to(actor) -> dict[str, int]:
    """How many records point at `actor`, relation by relation, whatever the relations are."""
    counts = {}
    for relation in models.Actor._meta.related_objects:
        model = relation.related_model
        counts[relation.name] = model._base_manager.filter(**{relation.field.name: actor}).count()
    return counts


def test_merging_moves_every_reference_to_the_survivor(analyst_api, analyst):
    survivor, merged, refs = merged_pair()
    expected = {
        relation: count + references_to(merged)[relation]
        for relation, count in references_to(survivor).items()
    }
    expected["indexed_names"] = None  # rebuilt from the survivor's names, checked below
    expected["merged_actors"] = 1  # the record of this merge
    expected["events"] = 1  # the event named both: it names the survivor once

    response = analyst_api.post(
        f"/api/v1/actors/{merged.pk}/merge/", {"into": survivor.pk}, format="json"
    )

    assert response.status_code == 200
    body = response.json()
    assert body["id"] == survivor.pk
    assert response["ETag"]
    after = references_to(survivor)
    for relation, count in expected.items():
        if count is not None:
            assert after[relation] == count, relation
    assert not models.Actor.objects.filter(pk=merged.pk).exists()
    for name in ["participant", "statement", "response", "position", "mediator", "trip"]:
        refs[name].refresh_from_db()
    assert refs["participant"].actor == survivor
    assert refs["statement"].speaker == survivor
    assert refs["response"].respondent == survivor
    assert refs["position"].organization == survivor
    assert refs["mediator"].actor == survivor
    assert refs["trip"].traveller == survivor
    assert models.Actor.objects.get(pk=refs["child"].pk).parent == survivor
    proposal = models.Proposal.objects.get(pk=refs["proposal"].pk)
    assert proposal.announced_by == survivor
    assert list(proposal.authors.all()) == [survivor]
    assert list(proposal.process.parties.all()) == [survivor]
    assert list(refs["event"].actors.all()) == [survivor]


def test_merging_keeps_the_merged_names_as_aliases_and_fills_blanks(analyst_api):
    survivor, merged, _refs = merged_pair()

    body = analyst_api.post(
        f"/api/v1/actors/{merged.pk}/merge/", {"into": survivor.pk}, format="json"
    ).json()

    # "HAMAS" is the survivor's own name up to case: nothing to add.
    assert body["aliases"] == ["IRM", "Harakat al-Muqawama al-Islamiya"]
    assert body["wikidata_id"] == "Q38799"
    survivor.refresh_from_db()
    assert [actor.pk for actor in models.Actor.objects.similar_to("Harakat al-Muqawama")] == [
        survivor.pk
    ]


def test_merging_is_audited_as_the_analyst_s(analyst_api, analyst):
    survivor, merged, refs = merged_pair()

    analyst_api.post(f"/api/v1/actors/{merged.pk}/merge/", {"into": survivor.pk}, format="json")

    assert survivor.history.latest().history_user == analyst
    assert (
        "aliases"
        in survivor.history.latest().diff_against(survivor.history.earliest()).changed_fields
    )
    deletion = models.Actor.history.filter(id=merged.pk).latest()
    assert (deletion.history_type, deletion.history_user) == ("-", analyst)
    statement = refs["statement"].history.latest()
    assert (statement.speaker_id, statement.history_user) == (survivor.pk, analyst)


def test_the_merged_actor_s_address_answers_301_to_the_survivor(analyst_api, viewer_api):
    survivor, merged, _refs = merged_pair()
    analyst_api.post(f"/api/v1/actors/{merged.pk}/merge/", {"into": survivor.pk}, format="json")

    response = viewer_api.get(f"/api/v1/actors/{merged.pk}/")

    assert response.status_code == 301
    assert response["Location"] == f"http://testserver/api/v1/actors/{survivor.pk}/"
    assert viewer_api.get(f"/api/v1/actors/{merged.pk}/history/").status_code == 200


def test_a_second_merge_carries_the_first_one_s_address_along(analyst_api, viewer_api):
    first = factories.ActorFactory(name="Hamas movement")
    second = factories.ActorFactory(name="Hamas")
    third = factories.ActorFactory(name="Islamic Resistance Movement")
    analyst_api.post(f"/api/v1/actors/{first.pk}/merge/", {"into": second.pk}, format="json")
    analyst_api.post(f"/api/v1/actors/{second.pk}/merge/", {"into": third.pk}, format="json")

    response = viewer_api.get(f"/api/v1/actors/{first.pk}/")

    assert response.status_code == 301
    assert response["Location"].endswith(f"/api/v1/actors/{third.pk}/")
    trail = models.MergedActor.history.filter(id=first.pk).order_by("history_date")
    assert [row.into_id for row in trail] == [second.pk, third.pk]


def test_the_changes_feed_lists_the_merged_actor_as_deleted_into_the_survivor(analyst_api):
    survivor, merged, refs = merged_pair()
    deleted_outright = factories.ActorFactory(name="Nobody")
    since = timezone.now()
    analyst_api.delete(f"/api/v1/actors/{deleted_outright.pk}/")
    analyst_api.post(f"/api/v1/actors/{merged.pk}/merge/", {"into": survivor.pk}, format="json")

    entries = analyst_api.get("/api/v1/changes/", {"since": since.isoformat()}).json()["results"]

    by_record = {(entry["resource"], entry["id"], entry["action"]): entry for entry in entries}
    assert by_record[("actors", merged.pk, "deleted")]["merged_into"] == survivor.pk
    assert by_record[("actors", deleted_outright.pk, "deleted")]["merged_into"] is None
    assert by_record[("actors", survivor.pk, "updated")]["merged_into"] is None
    assert "aliases" in by_record[("actors", survivor.pk, "updated")]["fields"]
    assert ("statements", refs["statement"].pk, "updated") in by_record
    assert all("merged_into" in entry for entry in entries)


def test_a_merge_that_would_break_a_rule_is_refused_and_changes_nothing(analyst_api):
    survivor, merged, refs = merged_pair()
    factories.ResponseFactory(respondent=survivor, proposal=refs["proposal"])
    before = (references_to(survivor), references_to(merged), list(survivor.aliases))
    history_rows = models.Actor.history.count() + models.Statement.history.count()

    response = analyst_api.post(
        f"/api/v1/actors/{merged.pk}/merge/", {"into": survivor.pk}, format="json"
    )

    assert response.status_code == 409
    body = response.json()
    assert "already has a response to this proposal" in body["detail"]
    assert body["conflicts"][0]["resource"] == "responses"
    assert body["conflicts"][0]["id"] == refs["response"].pk
    survivor.refresh_from_db()
    assert (references_to(survivor), references_to(merged), list(survivor.aliases)) == before
    assert models.Actor.history.count() + models.Statement.history.count() == history_rows
    assert not models.MergedActor.objects.exists()
    assert analyst_api.get(f"/api/v1/actors/{merged.pk}/").status_code == 200


def test_merging_a_parent_into_its_own_part_is_refused(analyst_api):
    parent = factories.ActorFactory(name="Egypt")
    part = factories.ActorFactory(name="Egyptian intelligence", parent=parent)

    response = analyst_api.post(
        f"/api/v1/actors/{parent.pk}/merge/", {"into": part.pk}, format="json"
    )

    assert response.status_code == 409
    assert "own parent" in response.json()["detail"]
    assert models.Actor.objects.filter(pk=parent.pk).exists()


@pytest.mark.parametrize("into", ["self", 987654, None, "x", True])
def test_merging_into_itself_or_a_missing_actor_is_a_400_naming_into(analyst_api, into):
    actor = factories.ActorFactory(name="Hamas")
    body = {} if into is None else {"into": actor.pk if into == "self" else into}

    response = analyst_api.post(f"/api/v1/actors/{actor.pk}/merge/", body, format="json")

    assert response.status_code == 400
    assert "into" in response.json()
    assert models.Actor.objects.filter(pk=actor.pk).exists()


def test_a_viewer_cannot_merge(viewer_api):
    survivor = factories.ActorFactory(name="Hamas")
    merged = factories.ActorFactory(name="HAMAS")

    response = viewer_api.post(
        f"/api/v1/actors/{merged.pk}/merge/", {"into": survivor.pk}, format="json"
    )

    assert response.status_code == 403
    assert models.Actor.objects.count() == 2


def test_merging_a_missing_actor_is_a_404(analyst_api):
    survivor = factories.ActorFactory(name="Hamas")

    response = analyst_api.post(
        "/api/v1/actors/987654/merge/", {"into": survivor.pk}, format="json"
    )

    assert response.status_code == 404


def test_the_schema_documents_duplicates_merges_and_the_redirect(viewer_api):
    schema = viewer_api.get("/api/schema/", {"format": "json"}).json()

    actors = schema["paths"]["/api/v1/actors/"]
    detail = schema["paths"]["/api/v1/actors/{id}/"]
    merge = schema["paths"]["/api/v1/actors/{id}/merge/"]
    assert "409" in actors["post"]["responses"]
    assert "409" in detail["patch"]["responses"]
    assert "301" in detail["get"]["responses"]
    assert {"200", "400", "404", "409"} <= set(merge["post"]["responses"])
    assert "similar_to" in {parameter["name"] for parameter in actors["get"]["parameters"]}
