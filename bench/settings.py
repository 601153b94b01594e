"""The benchmark's settings: production settings (no DEBUG query log, no debug pages), the
project's static files served by the finders (no collectstatic needed), and the bare-Django
floor views mounted beside the project's URLs."""

import warnings

from config.settings import *  # noqa: F403
from config.settings import STORAGES

ROOT_URLCONF = "bench.urls"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# The finders serve the static files; there is no collected directory to warn about.
warnings.filterwarnings("ignore", message="No directory at")
