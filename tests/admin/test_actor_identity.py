"""One actor, one record, through the admin: the add form shows likely duplicates and asks for
confirmation, the merge action folds actors into one, the autocomplete matches names only."""

import pytest

from negotiations.models import Actor, MergedActor, Participant, Response
from tests import factories
from tests.admin.pages import admin_url, form_errors


@pytest.fixture
def hamas(db):
    return factories.ActorFactory(
        name="Hamas",
        kind=Actor.Kind.POLITICAL_MOVEMENT,
        aliases=["Islamic Resistance Movement", "Harakat al-Muqawama al-Islamiya"],
    )


def add_actor(client, **fields):
    return client.post(
        admin_url(Actor, "add"), {"kind": "political_movement", "aliases": "[]", **fields}
    )


@pytest.mark.parametrize(
    "name", ["HAMAS", "Hamas ", "Hamas", "Harakat al-Muqawama al-Islamiya", "Hamaz"]
)
def test_the_add_form_shows_likely_duplicates_and_stores_nothing(analyst_client, hamas, name):
    page = add_actor(analyst_client, name=name)

    assert page.status_code == 200
    errors = form_errors(page)
    assert list(errors) == ["confirm_new"]
    assert "may be an actor already recorded" in errors["confirm_new"][0]
    html = page.content.decode()
    assert admin_url(Actor, "change", hamas.pk) in html
    assert 'type="checkbox" name="confirm_new"' in html
    assert "form-row hidden field-confirm_new" not in html
    assert "This is a different actor" in html
    assert Actor.objects.count() == 1


def test_the_confirmation_is_hidden_until_there_is_something_to_confirm(analyst_client):
    page = analyst_client.get(admin_url(Actor, "add"))

    html = page.content.decode()
    assert 'type="hidden" name="confirm_new"' in html
    assert 'class="form-row hidden field-confirm_new"' in html


def test_ticking_this_is_a_different_actor_saves_it(analyst_client, hamas):
    page = add_actor(analyst_client, name="Hamas", confirm_new="on")

    assert page.status_code == 302
    assert Actor.objects.filter(name="Hamas").count() == 2


def test_a_new_name_unlike_any_other_saves_without_confirmation(analyst_client, hamas):
    page = add_actor(analyst_client, name="Palestinian Islamic Jihad")

    assert page.status_code == 302
    assert Actor.objects.count() == 2


def test_renaming_to_another_actor_s_name_asks_for_confirmation(analyst_client, hamas):
    fatah = factories.ActorFactory(name="Fatah", kind=Actor.Kind.POLITICAL_MOVEMENT)
    form = analyst_client.get(admin_url(Actor, "change", fatah.pk)).context["adminform"].form

    page = analyst_client.post(
        admin_url(Actor, "change", fatah.pk),
        {
            "name": "HAMAS",
            "kind": "political_movement",
            "aliases": "[]",
            "loaded_updated_at": form["loaded_updated_at"].value(),
        },
    )

    assert page.status_code == 200
    assert list(form_errors(page)) == ["confirm_new"]
    fatah.refresh_from_db()
    assert fatah.name == "Fatah"


def select_for_merge(client, *actors, **extra):
    return client.post(
        admin_url(Actor, "changelist"),
        {"action": "merge_actors", "_selected_action": [actor.pk for actor in actors], **extra},
    )


def test_the_merge_action_asks_which_actor_stays(analyst_client, hamas):
    copy = factories.ActorFactory(name="HAMAS")

    page = select_for_merge(analyst_client, hamas, copy)

    assert page.status_code == 200
    html = page.content.decode()
    assert "The actor that stays" in html
    assert f'name="survivor" id="survivor-{hamas.pk}" value="{hamas.pk}" checked' in html
    assert Actor.objects.count() == 2


def test_the_merge_action_moves_references_and_keeps_names(analyst_client, analyst, hamas):
    copy = factories.ActorFactory(name="HAMAS", short_name="IRM")
    participant = factories.ParticipantFactory(actor=copy)
    response = factories.ResponseFactory(respondent=copy)

    page = select_for_merge(analyst_client, hamas, copy, survivor=hamas.pk)

    assert page.status_code == 302
    assert page["Location"] == admin_url(Actor, "change", hamas.pk)
    assert not Actor.objects.filter(pk=copy.pk).exists()
    assert Participant.objects.get(pk=participant.pk).actor == hamas
    assert Response.objects.get(pk=response.pk).respondent == hamas
    hamas.refresh_from_db()
    assert "IRM" in hamas.aliases
    assert MergedActor.objects.get(pk=copy.pk).into == hamas
    assert hamas.history.latest().history_user == analyst
    assert Actor.history.filter(id=copy.pk).latest().history_user == analyst
    old_link = analyst_client.get(admin_url(Actor, "change", copy.pk))
    assert old_link["Location"] == admin_url(Actor, "change", hamas.pk)


def test_a_conflicting_merge_is_refused_with_its_reason_and_changes_nothing(analyst_client, hamas):
    copy = factories.ActorFactory(name="HAMAS")
    mine = factories.ResponseFactory(respondent=copy)
    factories.ResponseFactory(respondent=hamas, proposal=mine.proposal)

    page = select_for_merge(analyst_client, hamas, copy, survivor=hamas.pk)

    assert page.status_code == 302
    shown = [str(message) for message in analyst_client.get(page["Location"]).context["messages"]]
    assert any("already has a response to this proposal" in message for message in shown)
    assert Actor.objects.filter(pk=copy.pk).exists()
    assert Response.objects.get(pk=mine.pk).respondent == copy
    assert not MergedActor.objects.exists()


def test_a_viewer_is_not_offered_the_merge(viewer_client, hamas):
    copy = factories.ActorFactory(name="HAMAS")

    listing = viewer_client.get(admin_url(Actor, "changelist"))
    select_for_merge(viewer_client, hamas, copy, survivor=hamas.pk)

    assert "merge_actors" not in listing.content.decode()
    assert Actor.objects.count() == 2
    assert not MergedActor.objects.exists()


def autocomplete(client, term):
    page = client.get(
        "/admin/autocomplete/",
        {
            "app_label": "negotiations",
            "model_name": "participant",
            "field_name": "actor",
            "term": term,
        },
    )
    assert page.status_code == 200
    return [int(result["id"]) for result in page.json()["results"]]


def test_the_actor_autocomplete_matches_names_not_descriptions(analyst_client):
    qatar = factories.ActorFactory(name="Qatar")
    factories.ActorFactory(name="Egypt", description="Mediates with Qatar and the US.")

    assert autocomplete(analyst_client, "qatar") == [qatar.pk]


def test_the_actor_autocomplete_matches_short_names_aliases_and_spellings(analyst_client, hamas):
    sisi = factories.PersonFactory(name="Abdel Fattah al-Sisi", short_name="Sisi")
    gid = factories.ActorFactory(name="General Intelligence Directorate", short_name="GID")

    assert autocomplete(analyst_client, "gid") == [gid.pk]
    assert autocomplete(analyst_client, "resistance") == [hamas.pk]
    assert autocomplete(analyst_client, "el-Sisi") == [sisi.pk]
    assert autocomplete(analyst_client, "Ḥamas") == [hamas.pk]
