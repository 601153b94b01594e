from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.exceptions import Throttled, ValidationError
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import APIView

from accounts.lockout import cool_off_seconds
from accounts.models import ApiToken
from negotiations.api.policies import JSONBodyParser


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField()


class TokenRequestSerializer(AuthTokenSerializer):
    """DRF's username-and-password check, with the lengths an account can have."""

    username = serializers.CharField(max_length=150, write_only=True)
    password = serializers.CharField(max_length=1024, trim_whitespace=False, write_only=True)


class SignInLockedOut(Throttled):
    default_detail = "Too many failed sign-ins for this account from this address."


class TokenView(APIView):
    """`POST {"username", "password"}` → `{"token"}`, for `Authorization: Token <key>`;
    `DELETE` with that header revokes the token it carries."""

    parser_classes = [JSONBodyParser, FormParser, MultiPartParser]
    throttle_scope = "auth_token"

    def get_permissions(self):
        if self.request.method == "DELETE":
            return [IsAuthenticated()]
        return [AllowAny()]

    @extend_schema(
        operation_id="auth_token_create",
        request=TokenRequestSerializer,
        responses={
            200: TokenSerializer,
            400: OpenApiResponse(description="Wrong username or password."),
            429: OpenApiResponse(
                description="Too many failed sign-ins for the account from this address, or too "
                "many requests; `Retry-After` says how many seconds to wait."
            ),
        },
    )
    def post(self, request, *args, **kwargs):
        credentials = TokenRequestSerializer(data=request.data, context={"request": request})
        if not credentials.is_valid():
            # django-axes marks the request when this failure reached its limit, or when the
            # account was already locked for this address (then even the right password fails).
            if getattr(request, "axes_locked_out", False):
                raise SignInLockedOut(wait=cool_off_seconds())
            raise ValidationError(credentials.errors)
        _, key = ApiToken.issue(credentials.validated_data["user"])
        # Shown this once: only the key's digest is stored.
        return Response({"token": key})

    @extend_schema(
        operation_id="auth_token_destroy",
        request=None,
        responses={
            204: OpenApiResponse(
                description="The token that authenticated this request is revoked."
            ),
            400: OpenApiResponse(description="The request was not authenticated by a token."),
            401: OpenApiResponse(description="No valid credentials."),
        },
    )
    def delete(self, request, *args, **kwargs):
        if not isinstance(request.auth, ApiToken):
            raise ValidationError(
                {
                    api_settings.NON_FIELD_ERRORS_KEY: [
                        "Send the token to revoke in the header `Authorization: Token <key>`."
                    ]
                }
            )
        request.auth.delete()
        return Response(status=status.HTTP_204_NO_CONTENT)
