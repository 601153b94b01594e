"""Autocomplete widgets that survive a bad id in the submitted form.

Django's autocomplete widgets look the submitted ids up again to redisplay a rejected form; an id
that is not a number ("abc") or is out of range then fails in the database query, and the page
answers 500 instead of showing the field's "select a valid choice" error. These widgets drop such
ids before looking up.
"""

from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import ValidationError

from negotiations.admin.fields import IdCheckedModelMultipleChoiceField


class UsableIdsMixin:
    def optgroups(self, name, value, attr=None):
        return super().optgroups(name, self.usable_ids(value), attr)

    def usable_ids(self, value):
        remote = self.field.remote_field
        to_field_name = getattr(remote, "field_name", self.field.model._meta.pk.attname)
        to_field = remote.model._meta.get_field(to_field_name)
        usable = []
        for item in value:
            try:
                # In range too: SQLite cannot even compare with a 64-bit overflow.
                to_field.run_validators(to_field.to_python(item))
            except ValidationError:
                continue
            usable.append(item)
        return usable


class TolerantAutocompleteSelect(UsableIdsMixin, AutocompleteSelect):
    pass


class TolerantAutocompleteSelectMultiple(UsableIdsMixin, AutocompleteSelectMultiple):
    pass


class TolerantAutocompleteMixin:
    """For model admins and inlines: their autocomplete fields use the tolerant widgets."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = TolerantAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs.setdefault("form_class", IdCheckedModelMultipleChoiceField)
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = TolerantAutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)
