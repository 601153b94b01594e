"""The models' own rules (clean(), field validators, constraints) as DRF's field-keyed errors.

Serializers check shapes; the models hold the rules. Running the model's checks before saving
turns every rule into a 400 that names the field, instead of an IntegrityError.
"""

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import CheckConstraint, Q, UniqueConstraint
from rest_framework import serializers
from rest_framework.settings import api_settings


def errors_from_django(error: DjangoValidationError) -> dict | list:
    """Django's error dict with `__all__` renamed to DRF's `non_field_errors`."""
    if not hasattr(error, "error_dict"):
        return {api_settings.NON_FIELD_ERRORS_KEY: error.messages}
    return {
        (api_settings.NON_FIELD_ERRORS_KEY if field == NON_FIELD_ERRORS else field): messages
        for field, messages in error.message_dict.items()
    }


def _first_field_in(condition) -> str | None:
    for child in condition.children if isinstance(condition, Q) else []:
        if isinstance(child, Q):
            found = _first_field_in(child)
        else:
            lookup, _value = child
            found = lookup.split("__")[0]
        if found:
            return found
    return None


def constraint_field(constraint) -> str:
    """The field a violated constraint is reported on: the last field of a unique set (the
    one that repeats, such as `respondent`), or the first field a check names."""
    if isinstance(constraint, UniqueConstraint) and constraint.fields:
        return constraint.fields[-1]
    if isinstance(constraint, CheckConstraint):
        return _first_field_in(constraint.condition) or api_settings.NON_FIELD_ERRORS_KEY
    return api_settings.NON_FIELD_ERRORS_KEY


def model_errors(instance, *, exclude=()) -> dict:
    """Every rule of the model that `instance` breaks, keyed by field ({} when it is valid).

    Constraints run only once the fields and clean() pass, so a date rule is reported once, in
    clean()'s words, rather than twice.
    """
    exclude = set(exclude)
    try:
        instance.full_clean(exclude=exclude, validate_constraints=False)
    except DjangoValidationError as error:
        return errors_from_django(error)
    errors: dict = {}
    for model_class, constraints in instance.get_constraints():
        for constraint in constraints:
            try:
                constraint.validate(model_class, instance, exclude=exclude)
            except DjangoValidationError as error:
                errors.setdefault(constraint_field(constraint), []).extend(error.messages)
    return errors


def raise_model_errors(instance, *, exclude=()) -> None:
    errors = model_errors(instance, exclude=exclude)
    if errors:
        raise serializers.ValidationError(errors)
