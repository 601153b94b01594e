"""The identity rules themselves: the normal form of a name, the similarity measure (the same
on both databases), the index of names, and the function imports and intake call."""

import threading
import time

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor

from negotiations.identity import (
    MergeConflict,
    PossibleDuplicate,
    create_actor,
    merge_actor,
    possible_duplicates,
)
from negotiations.models import Actor, ActorName
from negotiations.names import normalize_name, trigram_similarity
from tests import factories


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("HAMAS", "hamas"),
        ("  Hamas ", "hamas"),
        ("Ḥamās", "hamas"),
        ("al-Sisi", "sisi"),
        ("el-Sisi", "sisi"),
        ("El Sisi", "sisi"),
        ("Abdel Fattah al-Sisi", "abdel fatah sisi"),
        ("Harakat al-Muqawama al-Islamiyya", "harakat muqawama islamiya"),
        ("ash-Sham", "sham"),
        ("Ba'ath Party", "bath party"),
        ("Ba’ath  party", "bath party"),
        ("U.S.", "us"),
        ("The Islamic Resistance Movement", "islamic resistance movement"),
        ("Resolution 2334", "resolution 2334"),
        ("São Tomé", "sao tome"),
        ("Bolesław Bierut", "boleslaw bierut"),
        ("ŁÓDŹ", "lodz"),
        ("Øresund", "oresund"),
        ("Ngô Đình Diệm", "ngo dinh diem"),
        ("Þórður", "thordur"),
        ("Æsir", "aesir"),
        ("Işık", "isik"),
        ("Victor Emmanuel II", "victor emanuel ii"),
        ("Victor Emmanuel III", "victor emanuel iii"),
        ("Louis XVIII", "louis xviii"),
        ("Mill", "mil"),
        ("5.5% pay award", "5 5 pay award"),
        ("OPEC+", "opec plus"),
        ("OPEC Plus", "opec plus"),
        ("P5+1", "p5 plus 1"),
        ("Israel + Hamas", "israel hamas"),
        ("--", ""),
    ],
)
def test_a_name_s_normal_form_ignores_what_does_not_tell_actors_apart(written, normal):
    assert normalize_name(written) == normal


def test_similarity_is_pg_trgm_s_measure():
    # Values as PostgreSQL's similarity() gives them.
    assert trigram_similarity("hamas", "hamas") == 1.0
    assert trigram_similarity("hamas", "hamaz") == 0.5
    assert round(trigram_similarity("antony blinken", "anthony blinken"), 3) == 0.722
    assert trigram_similarity("", "hamas") == 0.0
    assert trigram_similarity(None, "hamas") is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("hamas", "hamaz"),
        ("antony blinken", "anthony blinken"),
        ("united states", "united kingdom"),
        ("harakat muqawama islamiya", "harakat muqawamah islamiyah"),
    ],
)
def test_the_database_scores_names_as_the_python_measure_does(first, second):
    with connection.cursor() as cursor:
        cursor.execute("SELECT SIMILARITY(%s, %s)", [first, second])
        (score,) = cursor.fetchone()

    assert score == pytest.approx(trigram_similarity(first, second), abs=1e-6)


@pytest.mark.django_db
def test_saving_an_actor_indexes_each_of_its_names_in_normal_form():
    actor = factories.ActorFactory(name="Hamas", short_name="", aliases=["Ḥarakat al-Muqawama"])
    actor.short_name = "HMS"
    actor.save()

    rows = list(ActorName.objects.filter(actor=actor).values_list("field", "name", "normalized"))

    assert rows == [
        ("name", "Hamas", "hamas"),
        ("short_name", "HMS", "hms"),
        ("alias", "Ḥarakat al-Muqawama", "harakat muqawama"),
    ]


@pytest.mark.django_db
def test_a_save_of_other_fields_keeps_the_index_and_a_save_of_names_rewrites_it():
    hamas = factories.ActorFactory(name="Hamas", aliases=["Islamic Resistance Movement"])
    indexed = list(ActorName.objects.filter(actor=hamas).values_list("pk", flat=True))
    hamas.parent = factories.ActorFactory(name="Palestine")
    hamas.save(update_fields=["parent"])

    assert list(ActorName.objects.filter(actor=hamas).values_list("pk", flat=True)) == indexed

    hamas.aliases = ["Harakat al-Muqawama"]
    hamas.save(update_fields=["aliases"])

    assert list(ActorName.objects.filter(actor=hamas).values_list("field", "normalized")) == [
        ("name", "hamas"),
        ("alias", "harakat muqawama"),
    ]


@pytest.mark.django_db
def test_similar_to_reports_the_best_of_an_actor_s_names_once():
    hamas = factories.ActorFactory(name="Hamaz", aliases=["Hamas", "Hamas Movement"])

    found = list(Actor.objects.exclude(name="Fatah").similar_to("Fatah", "Hamas"))

    assert found == [hamas]
    assert (found[0].score, found[0].matched_on, found[0].matched_name) == (1.0, "alias", "Hamas")


@pytest.mark.django_db
def test_similar_to_finds_actors_by_any_of_their_names_best_first():
    hamas = factories.ActorFactory(name="Hamas", aliases=["Islamic Resistance Movement"])
    close = factories.ActorFactory(name="Hamaz")
    factories.ActorFactory(name="Islamic Jihad")

    found = list(Actor.objects.similar_to("HAMAS"))

    assert found == [hamas, close]
    assert [(a.score, a.matched_on, a.matched_name) for a in found] == [
        (1.0, "name", "Hamas"),
        (pytest.approx(0.5), "name", "Hamaz"),
    ]
    assert list(Actor.objects.similar_to("islamic resistance movement")) == [hamas]
    assert list(Actor.objects.similar_to("")) == []


@pytest.mark.django_db
def test_create_actor_refuses_a_likely_duplicate_unless_confirmed():
    hamas = factories.ActorFactory(name="Hamas")

    with pytest.raises(PossibleDuplicate) as refused:
        create_actor(name="el-Hamas", kind=Actor.Kind.POLITICAL_MOVEMENT)
    created = create_actor(name="Hamas", kind=Actor.Kind.ARMED_GROUP, confirm_new=True)

    assert refused.value.candidates == [hamas]
    assert Actor.objects.filter(name="Hamas").count() == 2
    assert created.slug == "hamas-2"


@pytest.mark.django_db
def test_create_actor_runs_the_model_s_rules():
    with pytest.raises(ValidationError) as refused:
        create_actor(name="Hamas", kind="militia")

    assert "kind" in refused.value.message_dict
    assert not Actor.objects.exists()


@pytest.mark.django_db
def test_a_stored_actor_is_checked_only_on_the_names_it_did_not_have():
    factories.ActorFactory(name="Hamas")
    twin = factories.ActorFactory(name="Hamas")

    twin.description = "A second record, kept on purpose."
    assert possible_duplicates(twin) == []
    twin.aliases = ["Hamaz"]
    assert [actor.name for actor in possible_duplicates(twin)] == ["Hamas"]


@pytest.mark.django_db
def test_merging_into_itself_is_refused_naming_into():
    actor = factories.ActorFactory()

    with pytest.raises(ValidationError) as refused:
        merge_actor(actor, into=actor, merged_by=None)

    assert list(refused.value.message_dict) == ["into"]


@pytest.mark.django_db
def test_merging_a_person_who_held_posts_into_a_state_is_refused():
    person = factories.PersonFactory(name="Abbas Kamel")
    factories.PositionFactory(person=person)
    state = factories.ActorFactory(name="Egypt")

    with pytest.raises(MergeConflict) as refused:
        merge_actor(person, into=state, merged_by=None)

    assert "Only a person holds a position." in str(refused.value)
    assert Actor.objects.filter(pk=person.pk).exists()


@pytest.mark.django_db
def test_a_merge_of_mediators_with_overlapping_periods_is_refused():
    first = factories.ActorFactory(name="Qatar")
    second = factories.ActorFactory(name="State of Qatar")
    role = factories.MediatorFactory(actor=first)
    factories.MediatorFactory(actor=second, process=role.process)

    with pytest.raises(MergeConflict):
        merge_actor(first, into=second, merged_by=None)

    role.refresh_from_db()
    assert role.actor == first


def _apps_at(migration):
    """The database migrated back to `migration` of negotiations, and the models as they were
    then (the tests of the migrations that recompute the index of names start there)."""
    executor = MigrationExecutor(connection)
    target = [("negotiations", migration)]
    executor.migrate(target)
    return executor.loader.project_state(target).apps


def _migrate_to(targets=None):
    """The database migrated forward to `targets`, by default to the latest migrations."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_the_migration_indexes_the_names_of_actors_already_recorded():
    old_apps = _apps_at("0002_search_indexes")
    old_apps.get_model("negotiations", "Actor").objects.create(
        name="Hamas", slug="hamas", kind="political_movement", aliases=["Ḥarakat al-Muqawama"]
    )

    _migrate_to([("negotiations", "0003_actor_identity")])
    _migrate_to()

    assert list(ActorName.objects.values_list("field", "normalized")) == [
        ("name", "hamas"),
        ("alias", "harakat muqawama"),
    ]
    assert list(Actor.objects.similar_to("HAMAS").values_list("name", flat=True)) == ["Hamas"]


@pytest.mark.django_db
def test_kings_whose_numerals_differ_are_not_one_name():
    # a likely duplicate to confirm at most, never the same name matched outright
    factories.ActorFactory(name="Victor Emmanuel II", kind=Actor.Kind.PERSON)

    assert Actor.objects.similar_to("Victor Emmanuel II").get().score == 1
    assert [actor.score < 1 for actor in Actor.objects.similar_to("Victor Emmanuel III")] == [True]


@pytest.mark.django_db(transaction=True)
def test_the_migration_normalizes_the_numerals_of_names_already_indexed():
    old_apps = _apps_at("0008_stored_search_documents")
    actor = old_apps.get_model("negotiations", "Actor").objects.create(
        name="Victor Emmanuel III", slug="victor-emmanuel-iii", kind="person"
    )
    ActorNameThen = old_apps.get_model("negotiations", "ActorName")
    # as the former normal form indexed them: the numeral's doubled letters folded
    ActorNameThen.objects.create(
        actor=actor, field="name", name="Victor Emmanuel III", normalized="victor emanuel i"
    )
    ActorNameThen.objects.create(
        actor=actor, field="alias", name="Vittorio Emanuele", normalized="vitorio emanuele"
    )

    _migrate_to()

    assert list(ActorName.objects.order_by("pk").values_list("field", "normalized")) == [
        ("name", "victor emanuel iii"),
        ("alias", "vitorio emanuele"),
    ]


@pytest.mark.django_db
def test_a_group_named_with_a_plus_sign_is_not_the_group_without_it():
    factories.ActorFactory(name="OPEC+", kind=Actor.Kind.INTERNATIONAL_ORG)

    assert Actor.objects.similar_to("OPEC Plus").get().score == 1
    # a likely duplicate to confirm at most, never the same name matched outright
    assert [actor.score < 1 for actor in Actor.objects.similar_to("OPEC")] == [True]


@pytest.mark.django_db(transaction=True)
def test_the_migration_reads_a_plus_sign_in_names_already_indexed():
    old_apps = _apps_at("0009_normal_form_of_numerals")
    actor = old_apps.get_model("negotiations", "Actor").objects.create(
        name="OPEC+", slug="opec-plus", kind="international_org"
    )
    # as the former normal form indexed it: the sign dropped
    old_apps.get_model("negotiations", "ActorName").objects.create(
        actor=actor, field="name", name="OPEC+", normalized="opec"
    )

    _migrate_to()

    assert list(ActorName.objects.values_list("normalized", flat=True)) == ["opec plus"]


@pytest.mark.django_db
def test_a_name_written_without_its_stroked_letters_is_the_same_name():
    factories.ActorFactory(name="Bolesław Bierut", kind=Actor.Kind.PERSON)

    assert Actor.objects.similar_to("Boleslaw Bierut").get().score == 1
    # a letter the reporter changed is still another spelling, not the same name
    assert [actor.score < 1 for actor in Actor.objects.similar_to("Boleslav Bierut")] == [True]


@pytest.mark.django_db(transaction=True)
def test_the_migration_folds_the_stroked_letters_of_names_already_indexed():
    old_apps = _apps_at("0010_normal_form_of_plus_sign")
    actor = old_apps.get_model("negotiations", "Actor").objects.create(
        name="Lech Wałęsa", slug="lech-walesa", kind="person"
    )
    ActorNameThen = old_apps.get_model("negotiations", "ActorName")
    # as the former normal form indexed it: the accent dropped, the stroke kept
    ActorNameThen.objects.create(
        actor=actor, field="name", name="Lech Wałęsa", normalized="lech wałesa"
    )
    ActorNameThen.objects.create(actor=actor, field="alias", name="Walesa", normalized="walesa")

    _migrate_to()

    assert list(ActorName.objects.order_by("pk").values_list("normalized", flat=True)) == [
        "lech walesa",
        "walesa",
    ]


@pytest.mark.django_db(transaction=True)
def test_two_analysts_recording_the_same_new_actor_at_once_get_one_record():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writing transactions as they begin (IMMEDIATE mode)")
    first_recorded, first_may_commit = threading.Event(), threading.Event()
    outcome = {}

    def first_analyst():
        try:
            with transaction.atomic():
                create_actor(name="Popular Front for Peace", kind=Actor.Kind.ARMED_GROUP)
                first_recorded.set()
                first_may_commit.wait(timeout=60)
        finally:
            connection.close()

    def second_analyst():
        first_recorded.wait(timeout=60)
        try:
            create_actor(name="Popular Front for Peace", kind=Actor.Kind.ARMED_GROUP)
            outcome["second"] = "recorded"
        except PossibleDuplicate:
            outcome["second"] = "refused as a possible duplicate"
        except Exception as error:  # noqa: BLE001 - any other end is the failure under test
            outcome["second"] = repr(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=first_analyst), threading.Thread(target=second_analyst)]
    for thread in threads:
        thread.start()
    first_recorded.wait(timeout=60)
    # The second check must wait for the first transaction rather than read around it.
    waiting = wait_for_a_blocked_backend()
    first_may_commit.set()
    for thread in threads:
        thread.join(timeout=60)

    assert waiting, "the second analyst's check did not wait for the first analyst's transaction"
    assert outcome["second"] == "refused as a possible duplicate"
    assert Actor.objects.filter(name="Popular Front for Peace").count() == 1


def wait_for_a_blocked_backend(attempts: int = 600) -> bool:
    """True once another session of this database waits for a lock (polled, at most a minute)."""
    with connection.cursor() as cursor:
        for _ in range(attempts):
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'"
            )
            if cursor.fetchone()[0]:
                return True
            time.sleep(0.1)
    return False
