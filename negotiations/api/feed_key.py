"""The account's feed key: `GET` shows it (with the feed addresses that carry it), `POST`
replaces it, and the old key stops opening any feed at once."""

from django.urls import reverse
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.permissions import BasePermission
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.models import FeedKey
from accounts.roles import can_read


class FeedKeySerializer(serializers.Serializer):
    key = serializers.CharField(help_text="Add it to a feed's address as `?key=`.")
    created_at = serializers.DateTimeField(help_text="When this key was issued.")
    changes = serializers.URLField(help_text="The Atom feed of every change, with the key.")
    meetings = serializers.URLField(help_text="The iCalendar feed of meetings, with the key.")


def feed_key_data(request, feed_key: FeedKey) -> dict:
    query = f"?key={feed_key.key}"
    return {
        "key": feed_key.key,
        "created_at": feed_key.created_at,
        "changes": request.build_absolute_uri(reverse("feeds:changes") + query),
        "meetings": request.build_absolute_uri(reverse("feeds:meetings") + query),
    }


class MayReadOwnFeeds(BasePermission):
    """Any account that may read (not an anonymous caller, even where reading is public: the
    key is the account's)."""

    def has_permission(self, request, view) -> bool:
        return can_read(request.user)


class FeedKeyView(APIView):
    permission_classes = [MayReadOwnFeeds]

    @extend_schema(
        operation_id="auth_feed_key_retrieve",
        responses={200: FeedKeySerializer, 401: OpenApiResponse(description="Not signed in.")},
    )
    def get(self, request, *args, **kwargs):
        """The account's feed key, issued the first time it is asked for."""
        return Response(feed_key_data(request, FeedKey.of(request.user)))

    @extend_schema(
        operation_id="auth_feed_key_replace",
        request=None,
        responses={200: FeedKeySerializer, 401: OpenApiResponse(description="Not signed in.")},
    )
    def post(self, request, *args, **kwargs):
        """Replace the account's feed key: feeds subscribed with the old one answer 404."""
        return Response(feed_key_data(request, FeedKey.replace(request.user)))
