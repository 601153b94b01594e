"""Reading and submitting admin pages the way a browser does."""

from django.contrib import admin
from django.urls import reverse

from negotiations.admin.base import ReadOnlyAdmin
from negotiations.admin.intake import IntakeAdmin


def admin_url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def _add_form_values(data: dict, form) -> None:
    for name in form.fields:
        bound = form[name]
        value = bound.value()
        if value is None or value is False:
            continue
        if value is True:
            data[bound.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[bound.html_name] = [str(item) for item in value]
        else:
            data[bound.html_name] = str(value)


def submitted_form(page) -> dict:
    """The data a browser would post back from an admin add or change page, unedited: the main
    form, the stale-edit guard and every inline with its management form."""
    data: dict = {}
    _add_form_values(data, page.context["adminform"].form)
    for inline in page.context["inline_admin_formsets"]:
        formset = inline.formset
        _add_form_values(data, formset.management_form)
        for form in formset.forms:
            _add_form_values(data, form)
    return data


def form_errors(page) -> dict:
    """Field errors of the main form of a re-displayed admin page, as {field: [messages]}."""
    return {name: list(errors) for name, errors in page.context["adminform"].form.errors.items()}


# The negotiations admins whose add and change pages are Django's model forms. Read-only admins
# have none; the intake's are the New article and review pages (tests/intake/test_intake_pages.py).
WRITABLE_ADMINS = [
    (model, model_admin)
    for model, model_admin in admin.site._registry.items()
    if model._meta.app_label == "negotiations"
    and not isinstance(model_admin, (ReadOnlyAdmin, IntakeAdmin))
]
