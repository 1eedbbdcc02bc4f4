"""Production settings come from the environment; `check --deploy` finds nothing to complain about."""

import os

import pytest
from django.conf import settings

from .helpers import PRODUCTION_ENV, environment, production_settings, run


def test_check_deploy_reports_nothing_with_production_variables():
    done = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], environment(**PRODUCTION_ENV))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "System check identified no issues" in done.stdout
    assert "WARNING" not in done.stderr and "ERROR" not in done.stderr


def test_a_production_process_without_secret_key_refuses_to_start():
    env = environment(**{k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_SECRET_KEY"})
    done = run(["manage.py", "check"], env)
    assert done.returncode != 0
    assert "DJANGO_SECRET_KEY" in done.stderr


def test_debug_is_off_by_default():
    assert settings.DEBUG is False
    assert production_settings(["DEBUG"])["DEBUG"] is False


def test_debug_can_be_switched_on_for_development_without_secret_key():
    done = run(
        ["-c", "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"],
        environment(DJANGO_DEBUG="1"),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"


def test_production_cookies_and_headers():
    values = production_settings(
        [
            "SESSION_COOKIE_SECURE",
            "SESSION_COOKIE_HTTPONLY",
            "SESSION_COOKIE_SAMESITE",
            "CSRF_COOKIE_SECURE",
            "CSRF_COOKIE_HTTPONLY",
            "CSRF_COOKIE_SAMESITE",
            "SECURE_HSTS_SECONDS",
            "SECURE_SSL_REDIRECT",
            "SECURE_PROXY_SSL_HEADER",
            "SECURE_REFERRER_POLICY",
            "SECURE_CONTENT_TYPE_NOSNIFF",
            "X_FRAME_OPTIONS",
            "ALLOWED_HOSTS",
            "STORAGES",
        ]
    )
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"]
    assert values["SESSION_COOKIE_HTTPONLY"] and values["CSRF_COOKIE_HTTPONLY"]
    assert values["SESSION_COOKIE_SAMESITE"] == values["CSRF_COOKIE_SAMESITE"] == "Lax"
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["SECURE_REFERRER_POLICY"] == "same-origin"
    assert values["SECURE_CONTENT_TYPE_NOSNIFF"] is True
    assert values["X_FRAME_OPTIONS"] == "DENY"
    assert values["ALLOWED_HOSTS"] == ["check.example.nl"]
    assert values["STORAGES"]["staticfiles"]["BACKEND"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_redirect_and_proxy_header_are_opt_in():
    values = production_settings(
        ["SECURE_SSL_REDIRECT", "SECURE_PROXY_SSL_HEADER"], DJANGO_SSL_REDIRECT="0", DJANGO_PROXY_SSL_HEADER="0"
    )
    assert values == {"SECURE_SSL_REDIRECT": False, "SECURE_PROXY_SSL_HEADER": None}


def test_database_url_selects_the_database():
    values = production_settings(["DATABASES"], DATABASE_URL="postgres://app:secret@db.internal:5432/inburgering")
    db = values["DATABASES"]["default"]
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["HOST"], db["PORT"], db["NAME"], db["USER"]) == ("db.internal", 5432, "inburgering", "app")


def test_default_database_is_sqlite_in_the_project_folder():
    env = environment(**PRODUCTION_ENV)
    env.pop("DATABASE_URL", None)
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps(settings.DATABASES['default'], default=str))"
    )
    done = run(["-c", code], env)
    assert done.returncode == 0, done.stderr
    assert '"django.db.backends.sqlite3"' in done.stdout and "db.sqlite3" in done.stdout


def test_cache_and_sessions_live_in_the_database():
    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    # Django's database sessions, with the stored data encrypted (issue 19).
    from importlib import import_module

    from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore

    assert settings.SESSION_ENGINE == "wizard.encrypted_session"
    assert issubclass(import_module(settings.SESSION_ENGINE).SessionStore, DatabaseSessionStore)
    assert settings.SESSION_COOKIE_AGE == 30 * 60 and settings.SESSION_SAVE_EVERY_REQUEST


@pytest.mark.django_db
def test_the_suite_runs_on_the_database_of_database_url():
    from django.db import connection

    url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"
    assert connection.vendor == expected
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone()[0] == 1
