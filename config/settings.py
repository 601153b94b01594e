"""One settings module, read from the environment.

Without any environment the project runs in development mode on a SQLite file beside
manage.py. Production mode (DJANGO_DEBUG off) refuses to start without a secret key and the
allowed hosts, so a misconfigured deployment fails at once instead of serving insecurely.
"""

from pathlib import Path

import dj_database_url

from config.env import (
    env_bool,
    env_choice,
    env_database,
    env_int,
    env_list,
    env_list_required,
    env_required,
    env_str,
)

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", default=True)

if DEBUG:
    SECRET_KEY = env_str("DJANGO_SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
    ALLOWED_HOSTS = env_list(
        "DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"]
    )
else:
    SECRET_KEY = env_required("DJANGO_SECRET_KEY", "when DJANGO_DEBUG is off (production mode)")
    ALLOWED_HOSTS = env_list_required(
        "DJANGO_ALLOWED_HOSTS", "to the served host names when DJANGO_DEBUG is off"
    )

CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "accounts",
    "negotiations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Records the acting user on every audit-history row.
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

DATABASES = {"default": env_database("DATABASE_URL", BASE_DIR / "db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# Where collectstatic gathers files for whitenoise; the production-server test uses its own.
STATIC_ROOT = env_str("DJANGO_STATIC_ROOT", "") or BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Decided when settings load, so a test run (where Django turns DEBUG off) behaves like
# development: static files come from the apps and static/, with no collectstatic needed.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Reading without an account: off unless the deployment turns it on.
PUBLIC_READ = env_bool("TRACKER_PUBLIC_READ", default=False)

if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", default=True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"
    SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0)
    if env_bool("DJANGO_BEHIND_TLS_PROXY", default=False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Scaling out (docs/performance.md): the app process keeps no state of its own, so any number
# of gunicorn processes or containers can serve one database. Sessions live in the database;
# the cache too, unless REDIS_URL names a Redis server, which then holds the cache and fronts
# the sessions (still written through to the database, so a Redis restart logs nobody out).
REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # The table is made by `manage.py createcachetable` (config/start_production.sh, tests).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "tracker_cache",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Read replicas (optional): DATABASE_REPLICA_URLS, comma-separated PostgreSQL URLs. Reads go
# to a replica; writes, and a client's reads for REPLICA_PIN_SECONDS after its own write, go to
# the primary (config/replicas.py).
DATABASE_REPLICA_URLS = env_list("DATABASE_REPLICA_URLS")
REPLICA_PIN_SECONDS = env_int("REPLICA_PIN_SECONDS", 10)
if DATABASE_REPLICA_URLS:
    for number, url in enumerate(DATABASE_REPLICA_URLS):
        DATABASES[f"replica_{number}"] = {
            **dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True),
            # Tests read the test database itself through the replica alias.
            "TEST": {"MIRROR": "default"},
        }
    DATABASE_ROUTERS = ["config.replicas.PrimaryReplicaRouter"]
    MIDDLEWARE = ["config.replicas.PinToPrimaryAfterWrites", *MIDDLEWARE]

REST_FRAMEWORK = {
    # Token first: its WWW-Authenticate header makes anonymous requests 401, not 403.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["negotiations.api.permissions.RolePermission"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["negotiations.api.parsers.JSONBodyParser"],
    "DEFAULT_PAGINATION_CLASS": "negotiations.api.pagination.ContractPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "EXCEPTION_HANDLER": "negotiations.api.exceptions.api_exception_handler",
    "DEFAULT_SCHEMA_CLASS": "negotiations.api.schema.ContractAutoSchema",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Negotiation tracker API",
    "DESCRIPTION": "Negotiations, proposals, responses, meetings and their sources.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Relations are ids in requests and objects in responses: separate components.
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "ENUM_NAME_OVERRIDES": {
        "ProcessStatusEnum": "negotiations.models.NegotiationProcess.Status",
        "ProposalStatusEnum": "negotiations.models.Proposal.Status",
        "ResponseStatusEnum": "negotiations.models.Response.Status",
        "TripStopStatusEnum": "negotiations.models.TripStop.Status",
        "MediatorRoleEnum": "negotiations.models.Mediator.Role",
        "ParticipantRoleEnum": "negotiations.models.Participant.Role",
        "RecordActionEnum": "negotiations.api.history.ACTION_CHOICES",
    },
}

LOG_LEVEL = env_choice(
    "DJANGO_LOG_LEVEL", ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"), default="WARNING"
)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
}

# --- Database outages and backups (config/outage.py, manage.py backup/restore) ---
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer fails a request within seconds, as a 503 with
    # Retry-After, instead of holding a worker for the operating system's TCP timeout.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
