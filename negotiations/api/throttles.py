"""API throttles whose rates come from settings.API_THROTTLE_RATES when each request is checked.

DRF's own classes copy their rates once, at import; reading them per request lets a deployment's
settings (and a test's) take effect. A rate of None lets every request through uncounted.
"""

from django.conf import settings
from rest_framework import throttling


class RateFromSettings:
    def get_rate(self):
        return settings.API_THROTTLE_RATES.get(self.scope)


class WindowInOneRoundTrip(throttling.SimpleRateThrottle):
    """Placed after DRF's throttle class (which sets the rate and key, then calls this)."""

    def allow_request(self, request, view):
        """With Redis (config/cache.py), the window of recent requests is read, checked and
        written by one script: one round trip instead of DRF's read then write, and no request
        lost when two processes count at once. Other caches count as DRF does."""
        admit_within_rate = getattr(self.cache, "admit_within_rate", None)
        if admit_within_rate is None:
            return super().allow_request(request, view)
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        self.now = self.timer()
        window = admit_within_rate(
            self.key, now=self.now, duration=self.duration, limit=self.num_requests
        )
        if window is None:
            return True
        # DRF's wait() reads the window as its history: newest first.
        self.history = window
        return self.throttle_failure()


class AnonymousRateThrottle(RateFromSettings, throttling.AnonRateThrottle, WindowInOneRoundTrip):
    """Requests without an account, counted per address."""


class AccountRateThrottle(RateFromSettings, throttling.UserRateThrottle, WindowInOneRoundTrip):
    """Requests with an account, counted per account (and per address for the others)."""


class EndpointRateThrottle(RateFromSettings, throttling.ScopedRateThrottle, WindowInOneRoundTrip):
    """Views that name a `throttle_scope`, such as the token endpoint, counted apart."""
