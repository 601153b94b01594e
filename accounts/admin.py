from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from rest_framework.authtoken.models import TokenProxy

from accounts.models import ApiToken, User


@admin.register(User)
class TrackerUserAdmin(UserAdmin):
    list_display = ("username", "email", "first_name", "last_name", "is_staff", "role_names")
    list_filter = ("is_staff", "is_superuser", "is_active", "groups")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description="Roles")
    def role_names(self, user):
        return ", ".join(group.name for group in user.groups.all()) or "—"


# DRF's token admin shows every key; tokens are ApiTokens now, listed without their keys.
if admin.site.is_registered(TokenProxy):
    admin.site.unregister(TokenProxy)


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("user", "created_at", "expires_at")
    list_select_related = ("user",)
    search_fields = ("user__username",)
    date_hierarchy = "created_at"
    fields = ("user", "created_at")
    readonly_fields = ("created_at",)
    autocomplete_fields = ("user",)

    def has_change_permission(self, request, obj=None):
        # A token has nothing to edit: revoke it and issue another.
        return False

    def save_model(self, request, obj, form, change):
        key = obj.set_new_key()
        super().save_model(request, obj, form, change)
        messages.success(
            request,
            f"The new token for {obj.user}: {key}. Copy it now: it is stored hashed and "
            "cannot be shown again.",
        )
