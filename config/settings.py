"""One settings module, read from the environment.

Without any environment the project runs in development mode on a SQLite file beside
manage.py. Production mode (DJANGO_DEBUG off) refuses to start without a secret key and the
allowed hosts, so a misconfigured deployment fails at once instead of serving insecurely.
"""

import datetime
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

from config.cache import redis_cache
from config.env import (
    env_bool,
    env_choice,
    env_database,
    env_int,
    env_list,
    env_list_required,
    env_rate,
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
    # Django's admin on a site of our own (config/admin_site.py: the autocomplete refusals).
    "config.admin_site.TrackerAdminConfig",
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
    # Spreadsheet import in the admin (negotiations/imports.py).
    "import_export",
    # Counts failed sign-ins and locks an account out for an address (see "Access" below).
    "axes",
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
    # The Content-Security-Policy header on every response (see "Access" below).
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its lock-out page.
    "axes.middleware.AxesMiddleware",
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

# Only a deployment that says so trusts the proxy's X-Forwarded-* headers; otherwise any client
# could claim HTTPS or another address.
BEHIND_TLS_PROXY = env_bool("DJANGO_BEHIND_TLS_PROXY", default=False)

if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", default=True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"
    SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0)
    if BEHIND_TLS_PROXY:
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Scaling out (docs/performance.md): the app process keeps no state of its own, so any number
# of gunicorn processes or containers can serve one database. Sessions live in the database
# (one indexed read per signed-in page; not fronted by Redis, where a sign-out during a Redis
# outage would leave the session's cached copy valid once Redis came back); the cache too,
# unless REDIS_URL names a Redis server, which then holds the cache: throttle counts and API
# tokens seen in the last minute.
REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    # Through an outage of Redis the app keeps serving from the database (config/cache.py).
    CACHES = {"default": redis_cache(REDIS_URL)}
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    DJANGO_REDIS_LOGGER = "django_redis"
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
        "accounts.authentication.HashedTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["negotiations.api.policies.RolePermission"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["negotiations.api.policies.JSONBodyParser"],
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
    # The schema and its docs follow the API's read rule: an account with a role, or public read.
    "SERVE_PERMISSIONS": ["negotiations.api.policies.RolePermission"],
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

# --- Access: sign-in lock-out, API throttles, tokens, Content-Security-Policy, deploy checks ---
# (issue 9; kept in one block so it merges apart from the cache and session settings.)

# Throttle counts live in the shared cache configured above (the database, or Redis), so every
# gunicorn worker sees the same counts.

# django-axes: after TRACKER_LOGIN_FAILURE_LIMIT failed sign-ins for one account from one address
# (the site's form, the admin's, or POST /api/v1/auth/token/) that pair is locked for
# TRACKER_LOGIN_COOLOFF_MINUTES; each failure while locked starts the cool-off again. Locking the
# pair, not the account alone, keeps a stranger from locking a colleague out.
AUTHENTICATION_BACKENDS = [
    "accounts.authentication.LoginAttemptBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("TRACKER_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("TRACKER_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
# Successful sign-ins are kept too (axes' access log, in the admin beside the failures).
AXES_DISABLE_ACCESS_LOG = False
if BEHIND_TLS_PROXY:
    # The proxy appends the client's address; only then is X-Forwarded-For believed.
    AXES_IPWARE_PROXY_COUNT = 1
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")

# API throttles, per account and, for requests without one, per address. Each rate is DRF's
# "N/second|minute|hour|day"; "off" lifts it. Read per request (negotiations.api.throttles).
API_THROTTLE_RATES = {
    "user": env_rate("TRACKER_API_RATE_USER", "120/minute"),
    "anon": env_rate("TRACKER_API_RATE_ANON", "60/minute"),
    "auth_token": env_rate("TRACKER_API_RATE_TOKEN", "10/minute"),
}
REST_FRAMEWORK["DEFAULT_THROTTLE_CLASSES"] = [
    "negotiations.api.throttles.AnonymousRateThrottle",
    "negotiations.api.throttles.AccountRateThrottle",
    "negotiations.api.throttles.EndpointRateThrottle",
]
if BEHIND_TLS_PROXY:
    REST_FRAMEWORK["NUM_PROXIES"] = 1

# API tokens expire this many days after they are issued; 0 keeps them until revoked.
API_TOKEN_DAYS = env_int("TRACKER_TOKEN_DAYS", 0)
API_TOKEN_LIFETIME = datetime.timedelta(days=API_TOKEN_DAYS) if API_TOKEN_DAYS > 0 else None
# Seconds a token's account and role are kept in the cache, so that a request with a token seen
# shortly before authenticates without a query (accounts/token_cache.py: a revoked token, a
# deactivated or demoted account is forgotten at once). On by default with Redis only: in the
# database cache a hit would be a query in place of the one it saves. 0 (or less) turns it off.
API_TOKEN_CACHE_SECONDS = max(0, env_int("TRACKER_API_TOKEN_CACHE_SECONDS", 60 if REDIS_URL else 0))

# Spreadsheet import (negotiations/imports.py): each file in one transaction, so a bad row stores
# nothing.
IMPORT_EXPORT_USE_TRANSACTIONS = True
# Blank rows at the end of a sheet are not records.
IMPORT_EXPORT_IMPORT_IGNORE_BLANK_LINES = True

# django-csp 4: nothing inline and nothing from elsewhere, on every response (pages, API,
# admin, API docs, errors). Swagger UI's start-up script and style are static files.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        # Swagger UI's stylesheet draws its icons as data: SVGs.
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

if not DEBUG:
    # Behind a TLS proxy the redirect to HTTPS is on unless turned off; on plain HTTP (the
    # compose file on localhost) it would make the site unreachable.
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SSL_REDIRECT", default=BEHIND_TLS_PROXY)
    SILENCED_SYSTEM_CHECKS = []
    if not SECURE_SSL_REDIRECT:
        # security.W008: TLS ends in the proxy in front of the app, which redirects to HTTPS;
        # the deployment turned the app's own redirect off (DJANGO_SSL_REDIRECT=0, or no
        # DJANGO_BEHIND_TLS_PROXY, so the app cannot tell HTTPS requests from others).
        SILENCED_SYSTEM_CHECKS.append("security.W008")
    if not SECURE_HSTS_SECONDS:
        # security.W004: HSTS binds browsers to HTTPS for its whole max-age, so it is switched
        # on deliberately (DJANGO_HSTS_SECONDS) once HTTPS is certain, or sent by the proxy.
        SILENCED_SYSTEM_CHECKS.append("security.W004")
    # security.W005 and W021 (HSTS for every subdomain, and the browsers' preload list): both bind
    # the whole domain, and other services under it, for years; that is the domain owner's
    # decision, not this application's.
    SILENCED_SYSTEM_CHECKS += ["security.W005", "security.W021"]
