"""Form fields of the admin that check submitted ids before the database sees them."""

from django import forms
from django.core.exceptions import ValidationError


class IdCheckedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django looks many-to-many ids up with `pk__in`, and SQLite fails with an OverflowError
    (a 500) on an id beyond 64 bits. Ids the key field would refuse are reported as invalid
    choices instead, naming the id, as Django does for ids that are not numbers."""

    def _check_values(self, value):
        options = self.queryset.model._meta
        key_field = options.get_field(self.to_field_name) if self.to_field_name else options.pk
        for pk in value:
            try:
                key_field.run_validators(key_field.to_python(pk))
            except (ValidationError, TypeError):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                ) from None
        return super()._check_values(value)
