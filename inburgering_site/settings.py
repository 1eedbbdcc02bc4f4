"""Settings for Inburgering Check.

Everything that differs between a laptop and production is read from the environment
(docs/deploy.md lists every variable):

  DJANGO_SECRET_KEY      required unless DJANGO_DEBUG is on or the tests run
  DJANGO_SESSION_KEYS    Fernet keys that encrypt the sessions, newest first; required like the secret key
  DJANGO_DEBUG           off unless set to 1 (`make run` sets it)
  DJANGO_ALLOWED_HOSTS   comma-separated host names
  DATABASE_URL           e.g. postgres://user:password@host:5432/name; default SQLite in the project folder
  DJANGO_HTTPS           secure cookies and HSTS; on by default outside DEBUG and tests
  DJANGO_SSL_REDIRECT    redirect http to https (off by default, so plain http works locally)
  DJANGO_PROXY_SSL_HEADER  trust X-Forwarded-Proto from the load balancer (off by default)
  DJANGO_TRUSTED_PROXIES number of proxies in front of the app whose X-Forwarded-For is trusted (0)
"""

import base64
import hashlib
import os
import secrets
import sys
from pathlib import Path

import dj_database_url
from cryptography.fernet import Fernet, MultiFernet
from csp.constants import NONE, SELF
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)
# The test run (settings_test.py sets DJANGO_TESTING) and the processes it starts, and bench/, get
# development defaults without any other variable.
TESTING = env_bool("DJANGO_TESTING")

# `python manage.py evaluate FILE` signs nothing and serves nothing: it runs without a key (a
# random one for that process), so the decision service works from a bare checkout.
KEYLESS_COMMANDS = {"evaluate"}
KEYLESS = os.path.basename(sys.argv[0]) == "manage.py" and bool(KEYLESS_COMMANDS.intersection(sys.argv[1:2]))

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY and KEYLESS and not DEBUG:
    SECRET_KEY = secrets.token_urlsafe(50)
if not SECRET_KEY:
    if not (DEBUG or TESTING):
        raise ImproperlyConfigured(
            "Set DJANGO_SECRET_KEY (a long random string, the same on every app server), "
            "or DJANGO_DEBUG=1 for development."
        )
    SECRET_KEY = "dev-only-insecure-key-never-used-in-production-0123456789abcdefghijklmnopqrstuvwxyz"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "django.forms",
    "formtools",
    "csp",
    "wizard",
]

MIDDLEWARE = [
    "wizard.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",  # static files: compressed ahead of time
    # Pages compressed for slow phone connections (a Tigrinya result page: 22 KB -> 5 KB). Django's
    # gzip adds random bytes against BREACH, and CSRF tokens are masked on every response.
    "django.middleware.gzip.GZipMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

# The benchmark's load part serves bench/urls.py (the site plus a bare view, its floor) through the same
# gunicorn; nothing else sets this.
ROOT_URLCONF = os.environ.get("DJANGO_ROOT_URLCONF", "inburgering_site.urls")
WSGI_APPLICATION = "inburgering_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
            ],
        },
    },
    # The result page's content only, with its ways (wizard/templatetags/result_body.py says why).
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "NAME": "jinja2",
        "DIRS": [BASE_DIR / "templates" / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {"autoescape": True},
    },
]

# One database holds everything: sessions, rate-limit counters, the cache. Several app servers share it.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several gunicorn workers write to one SQLite file (sessions, rate-limit counters). A deferred
    # transaction that reads, then writes, fails at once with "database is locked" when another
    # process writes; the database cache hides that failure and the rate limit then refuses a
    # person who is not over it (429). Taking the write lock when a transaction begins makes
    # SQLite wait its turn instead (bench/load.py found this).
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache lives in the database too (`manage.py createcachetable`), shared by every instance.
# (Rate limits no longer count in it: see the rate-limit block below.)
# Above MAX_ENTRIES the cache first deletes the expired rows, then a third of the rest (counters
# of the last minute); the default, 300, is reached by 300 client addresses in a minute or two.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "inburgering_cache",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}

# Sessions: server side, in the database, gone after 30 idle minutes; `manage.py clearsessions`
# runs daily and deletes the expired rows.
SESSION_ENGINE = "django.contrib.sessions.backends.db"  # replaced below by its encrypting subclass
SESSION_IDLE_MINUTES = 30
SESSION_COOKIE_AGE = SESSION_IDLE_MINUTES * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"

# --- Answers are special data (issue 19): encrypted sessions, no lasting cookies ---------------
# The session row is encrypted (Fernet: AES-128-CBC with HMAC-SHA256) by wizard/encrypted_session.py,
# with keys of its own, separate from DJANGO_SECRET_KEY: DJANGO_SESSION_KEYS, comma-separated,
# newest first (the newest encrypts, every one decrypts: docs/deploy.md, "Rotate the session key").
# Development and the tests use a key derived from the secret key; production refuses to start
# without one. The build commands that never open a session run without one as well.
SESSION_ENGINE = "wizard.encrypted_session"
SESSION_KEYLESS_COMMANDS = KEYLESS_COMMANDS | {"compilemessages", "collectstatic"}
SESSION_ENCRYPTION_KEYS = env_list("DJANGO_SESSION_KEYS")
if not SESSION_ENCRYPTION_KEYS:
    keyless = os.path.basename(sys.argv[0]) == "manage.py" and bool(
        SESSION_KEYLESS_COMMANDS.intersection(sys.argv[1:2])
    )
    if not (DEBUG or TESTING or keyless):
        raise ImproperlyConfigured(
            "Set DJANGO_SESSION_KEYS (one or more Fernet keys, comma-separated, newest first; make one with "
            "python3 -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'), "
            "or DJANGO_DEBUG=1 for development."
        )
    SESSION_ENCRYPTION_KEYS = [
        base64.urlsafe_b64encode(hashlib.sha256(b"inburgering session key:" + SECRET_KEY.encode()).digest()).decode()
    ]
try:
    SESSION_FERNET = MultiFernet([Fernet(key) for key in SESSION_ENCRYPTION_KEYS])
except ValueError as error:
    raise ImproperlyConfigured(
        "Each key in DJANGO_SESSION_KEYS must be a Fernet key (32 bytes, url-safe base64)."
    ) from error
# A csrftoken cookie for the browser session only, not a year: a visit leaves nothing lasting.
CSRF_COOKIE_AGE = None
# --- end of the block of issue 19 -------------------------------------------------------------

# HTTPS: secure cookies and HSTS. On by default in production; off in DEBUG and tests (plain http).
HTTPS = env_bool("DJANGO_HTTPS", not (DEBUG or TESTING))
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", 31536000 if HTTPS else 0))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
SECURE_SSL_REDIRECT = env_bool("DJANGO_SSL_REDIRECT", False)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
if env_bool("DJANGO_PROXY_SSL_HEADER", False):
    # Only behind a load balancer that sets X-Forwarded-Proto itself and strips it from clients.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp 4): our own files only, no inline script or style.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [NONE],
    },
}

# --- Rate limits (issue 19, findings 3-5) -------------------------------------------------------
# Per client address, counted atomically in the database table wizard_ratecounter (wizard/limits.py:
# one INSERT ... ON CONFLICT DO UPDATE ... RETURNING a request, exact across workers and instances).
# The client address is REMOTE_ADDR, or the address DJANGO_TRUSTED_PROXIES load balancers put in
# X-Forwarded-For; it is stored only as an HMAC under a key derived from SECRET_KEY.
# On by default wherever DEBUG is off (production, `make serve`); off for the tests and the
# development server of `make run`, where one address asks for everything. DJANGO_RATELIMIT_ENABLE
# decides otherwise.
RATELIMIT_ENABLE = env_bool("DJANGO_RATELIMIT_ENABLE", not (TESTING or DEBUG))
# api: POST /api/v1/evaluate; pdf: the checklist; start: POST /<lang>/ (a new check, a new session).
# A volunteer at a community centre starts many checks from one address: 30 a minute leaves room.
RATE_LIMITS = {"api": "60/m", "pdf": "20/m", "start": "30/m"}
# Share of counted requests that also delete the counters whose window has ended (one indexed
# DELETE); `manage.py clearratelimits` does the same at once.
RATE_LIMIT_PURGE_SHARE = 0.01
TRUSTED_PROXIES = int(os.environ.get("DJANGO_TRUSTED_PROXIES", "0"))
# --- end of rate limits -------------------------------------------------------------------------

# Languages. Tigrinya is not in Django's list: it is registered here.
LANG_INFO["ti"] = {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"}
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", "Nederlands"),
    ("en", "English"),
    ("ar", "العربية"),
    ("ti", "ትግርኛ"),
]
LANGUAGES_BIDI = ["ar"]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Amsterdam"

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
# Production: whitenoise serves compressed files with hashed names (after `manage.py collectstatic`).
# Tests: plain storage, served from the source folders, so no collectstatic is needed.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG or TESTING
WHITENOISE_AUTOREFRESH = DEBUG or TESTING

# No answer is ever logged: only warnings from Django itself, without request bodies.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"without_traceback": {"()": "inburgering_site.log_format.WithoutTraceback"}},
    # django.request names a failed request's path: without check id and step (issue 19).
    "filters": {"redact_paths": {"()": "inburgering_site.log_format.RedactPaths"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        # A bad Host header or another suspicious request: one line, no traceback (issue 19).
        "console_one_line": {"class": "logging.StreamHandler", "formatter": "without_traceback"},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django.request": {
            "handlers": ["console"],
            "level": "WARNING",
            "propagate": False,
            "filters": ["redact_paths"],
        },
        "django.security": {"handlers": ["console_one_line"], "level": "WARNING", "propagate": False},
    },
}

# Form widgets render with Django's own Jinja2 widget templates (and wizard/jinja2/ for the
# day/month/year date field): the same HTML as its template-language ones, in a fraction of the
# time (a question page renders a widget for every choice).
FORM_RENDERER = "django.forms.renderers.Jinja2"
# A form sent from an old page gets a short explanation, not a bare 403.
CSRF_FAILURE_VIEW = "wizard.views.csrf_failure"
