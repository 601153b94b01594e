from django.contrib import admin

from negotiations.models import Response


class SourcedListFilter(admin.SimpleListFilter):
    """Sourced or unsourced, on lists annotated by `SourcedQuerySet.with_source_count()`."""

    title = "sources"
    parameter_name = "sourced"

    def lookups(self, request, model_admin):
        return [("yes", "Sourced"), ("no", "Unsourced")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(source_count__gt=0)
        if self.value() == "no":
            return queryset.filter(source_count=0)
        return queryset


class OverdueListFilter(admin.SimpleListFilter):
    """Responses still awaited past their deadline, today."""

    title = "overdue"
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", "Overdue"), ("no", "Not overdue")]

    def queryset(self, request, queryset):
        overdue = Response.objects.overdue().values("pk")
        if self.value() == "yes":
            return queryset.filter(pk__in=overdue)
        if self.value() == "no":
            return queryset.exclude(pk__in=overdue)
        return queryset
