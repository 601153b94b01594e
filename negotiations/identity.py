"""One actor, one record: every way in checks a new actor (or a new name) against the names
already recorded, and two records of one actor can be merged into one.

The rules are explained in docs/design-notes.md ("Actor identity"). Names are compared by
negotiations/names.py; the candidates come from `Actor.objects.similar_to()`.
"""

from django.core.exceptions import ValidationError
from django.db import models, transaction

from negotiations.models import Actor, ActorName, MergedActor
from negotiations.names import normalize_name

# Relations to an actor that a merge does not move: the index of its names is rebuilt from the
# survivor's names instead.
NOT_MOVED_BY_MERGE = (ActorName,)


class PossibleDuplicate(Exception):
    """The actor looks like one already recorded; creating it needs the analyst's confirmation."""

    def __init__(self, actor: Actor, candidates: list[Actor]):
        self.actor = actor
        self.candidates = candidates
        names = ", ".join(f"“{candidate}”" for candidate in candidates[:5])
        super().__init__(
            f"“{actor}” may already be recorded as {names}. Check the candidates; if it is "
            "a different actor, confirm that it is new."
        )


def possible_duplicates(actor: Actor) -> list[Actor]:
    """Other actors that one of `actor`'s names may spell, best first.

    For a stored actor only the names it does not have yet are checked (a rename, a new alias):
    its other names were checked, or confirmed, when they were given.
    """
    names = [name for _field, name in actor.identity_names()]
    # Held until the caller's transaction ends, so that nobody records the same name between
    # this check and the caller's save.
    Actor.objects.lock_identities()
    if actor.pk is not None:
        stored = Actor.objects.filter(pk=actor.pk).first()
        if stored is not None:
            known = {normalize_name(name) for _field, name in stored.identity_names()}
            names = [name for name in names if normalize_name(name) not in known]
    if not names:
        return []
    return list(Actor.objects.exclude(pk=actor.pk).similar_to(*names))


def refuse_possible_duplicates(actor: Actor, *, confirmed: bool) -> None:
    """Raise PossibleDuplicate unless the analyst confirmed that the actor is a different one."""
    if confirmed:
        return
    candidates = possible_duplicates(actor)
    if candidates:
        raise PossibleDuplicate(actor, candidates)


def create_actor(*, confirm_new: bool = False, **fields) -> Actor:
    """Record a new actor from an import or an intake, refusing a likely duplicate
    (PossibleDuplicate) unless `confirm_new`, and a breach of the model's rules
    (ValidationError)."""
    actor = Actor(**fields)
    actor.full_clean()
    with transaction.atomic():
        refuse_possible_duplicates(actor, confirmed=confirm_new)
        actor.save()
    return actor


class MergeConflict(Exception):
    """Moving the references would break a rule, such as one response per respondent."""

    def __init__(self, merged: Actor, into: Actor, conflicts: list[tuple[models.Model, str]]):
        self.conflicts = conflicts
        described = "; ".join(
            f"{record._meta.verbose_name} “{record}”: {message}"
            for record, message in conflicts[:10]
        )
        super().__init__(
            f"Cannot merge “{merged}” into “{into}”: {described} Resolve this first; nothing "
            "was changed."
        )


def merge_actor(actor: Actor, *, into: Actor, merged_by) -> Actor:
    """Move every reference to `actor` onto `into`, keep `actor`'s names as aliases of `into`,
    delete `actor` and leave a MergedActor behind, all in one transaction; every row changed
    is audited as `merged_by`'s. Raises ValidationError (keyed `into`) for a merge into itself
    and MergeConflict, changing nothing, when a moved reference would break a rule."""
    if into.pk == actor.pk:
        raise ValidationError({"into": ["An actor cannot be merged into itself."]})
    with transaction.atomic():
        # Both rows locked, in a fixed order, so that concurrent merges cannot cross.
        list(Actor.objects.select_for_update().filter(pk__in=[actor.pk, into.pk]).order_by("pk"))
        actor.refresh_from_db()
        into.refresh_from_db()
        conflicts = []
        for relation in Actor._meta.related_objects:
            if relation.related_model in NOT_MOVED_BY_MERGE:
                continue
            if relation.many_to_many:
                move_many_to_many(relation, actor, into, merged_by)
            else:
                conflicts += move_foreign_keys(relation, actor, into, merged_by)
        if conflicts:
            raise MergeConflict(actor, into, conflicts)
        take_over_identity(into, actor)
        into._history_user = merged_by
        into.save()
        MergedActor.objects.create(
            id=actor.pk, into=into, name=actor.name, slug=actor.slug, merged_by=merged_by
        )
        actor._history_user = merged_by
        actor.delete()
    return into


def move_foreign_keys(relation, actor, into, merged_by) -> list[tuple[models.Model, str]]:
    """Point every record that references `actor` through `relation` at `into`, checking each
    against its model's rules first; returns the records that would break one."""
    field = relation.field
    model = relation.related_model
    update_fields = [field.name]
    if any(f.name == "updated_at" for f in model._meta.concrete_fields):
        update_fields.append("updated_at")
    conflicts = []
    for record in model._base_manager.filter(**{field.name: actor}).order_by("pk"):
        setattr(record, field.name, into)
        problems = broken_rules(record)
        if problems:
            conflicts += [(record, message) for message in problems]
            continue
        record._history_user = merged_by
        record.save(update_fields=update_fields)
    return conflicts


def move_many_to_many(relation, actor, into, merged_by) -> None:
    """Swap `actor` for `into` in every many-to-many list that names it. A list that names
    both keeps `into` once. Lists kept through a model of their own (with their own rules) are
    moved through that model's foreign key instead."""
    if not relation.through._meta.auto_created:
        return
    name = relation.field.name
    for record in relation.related_model._base_manager.filter(**{name: actor}).order_by("pk"):
        record._history_user = merged_by
        members = getattr(record, name)
        members.remove(actor)
        members.add(into)


def broken_rules(record: models.Model) -> list[str]:
    """The messages of the rules `record` would break if saved as it is (its clean() and its
    model's constraints), each once."""
    messages = []
    for check in (record.clean, record.validate_constraints):
        try:
            check()
        except ValidationError as error:
            messages += [message for message in error.messages if message not in messages]
    return messages


def take_over_identity(into: Actor, merged: Actor) -> None:
    """`merged`'s names become aliases of `into` (those it does not already go by), and what
    `into` leaves blank (country, Wikidata id, description) is taken from `merged`."""
    known = {normalize_name(name) for _field, name in into.identity_names()}
    aliases = list(into.aliases) if isinstance(into.aliases, list) else []
    for _field, name in merged.identity_names():
        if normalize_name(name) not in known:
            aliases.append(name)
            known.add(normalize_name(name))
    into.aliases = aliases
    for field in ("country", "wikidata_id", "description"):
        if not getattr(into, field):
            setattr(into, field, getattr(merged, field))
