from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.parsers import FormParser, MultiPartParser

from negotiations.api.parsers import JSONBodyParser


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField()


class ObtainTokenView(ObtainAuthToken):
    """`POST {"username", "password"}` → `{"token"}`, for `Authorization: Token <key>`."""

    parser_classes = [JSONBodyParser, FormParser, MultiPartParser]

    @extend_schema(
        operation_id="auth_token_create",
        responses={
            200: TokenSerializer,
            400: OpenApiResponse(description="Wrong username or password."),
        },
    )
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)
