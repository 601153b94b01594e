"""API throttles whose rates come from settings.API_THROTTLE_RATES when each request is checked.

DRF's own classes copy their rates once, at import; reading them per request lets a deployment's
settings (and a test's) take effect. A rate of None lets every request through uncounted.
"""

from django.conf import settings
from rest_framework import throttling


class RateFromSettings:
    def get_rate(self):
        return settings.API_THROTTLE_RATES.get(self.scope)


class AnonymousRateThrottle(RateFromSettings, throttling.AnonRateThrottle):
    """Requests without an account, counted per address."""


class AccountRateThrottle(RateFromSettings, throttling.UserRateThrottle):
    """Requests with an account, counted per account (and per address for the others)."""


class EndpointRateThrottle(RateFromSettings, throttling.ScopedRateThrottle):
    """Views that name a `throttle_scope`, such as the token endpoint, counted apart."""
