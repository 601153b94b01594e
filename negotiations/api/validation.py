"""The models' own rules (clean(), field validators, constraints) as DRF's field-keyed errors.

Serializers check shapes; the models hold the rules. Running the model's checks before saving
turns every rule into a 400 that names the field, instead of an IntegrityError. Each constraint
names the field its message belongs to (negotiations.models.base.ReportedOnField), so the errors
arrive already keyed.
"""

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
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


def model_errors(instance, *, exclude=()) -> dict:
    """Every rule of the model that `instance` breaks, keyed by field ({} when it is valid)."""
    try:
        instance.full_clean(exclude=exclude)
    except DjangoValidationError as error:
        return errors_from_django(error)
    return {}


def raise_model_errors(instance, *, exclude=()) -> None:
    errors = model_errors(instance, exclude=exclude)
    if errors:
        raise serializers.ValidationError(errors)
