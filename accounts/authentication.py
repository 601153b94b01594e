"""How the API and the sign-in forms recognise an account."""

from axes.backends import AxesStandaloneBackend
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed

from accounts import token_cache
from accounts.models import ApiToken, token_digest


class HashedTokenAuthentication(TokenAuthentication):
    """DRF's `Authorization: Token <key>`, looked up by the key's digest (see ApiToken): in the
    cache (accounts/token_cache.py), else with its account and role in one query."""

    def authenticate_credentials(self, key):
        digest = token_digest(key)
        token = token_cache.recall(digest)
        remembered = token is not None
        if token is None:
            token = ApiToken.objects.for_digest(digest)
        if token is None:
            raise AuthenticationFailed("Invalid token.")
        if token.has_expired():
            token.delete()
            raise AuthenticationFailed("Token has expired; ask for a new one.")
        if not token.user.is_active:
            raise AuthenticationFailed("User inactive or deleted.")
        if not remembered:
            token_cache.remember(token)
        return token.user, token


class LoginAttemptBackend(AxesStandaloneBackend):
    """django-axes' lock-out check for every sign-in that comes with a request: the site's and
    the admin's forms and the API's token endpoint. Callers inside the process (the test client's
    login(), a shell) pass no request and have no address to lock, so they are not checked."""

    def authenticate(self, request, *args, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, *args, **kwargs)
