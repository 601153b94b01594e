from django.conf import settings
from rest_framework.permissions import SAFE_METHODS, BasePermission

from accounts.roles import can_read, can_write


class RolePermission(BasePermission):
    """Viewers read, analysts and admins write (accounts.roles decides); anonymous requests
    read only where the deployment turned public read on."""

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return can_read(request.user) or settings.PUBLIC_READ
        return can_write(request.user)
