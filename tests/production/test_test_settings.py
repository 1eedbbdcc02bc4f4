"""The test run reads inburgering_site/settings_test.py (named in pytest.ini); the base settings no
longer guess from `"pytest" in sys.modules`, so a production process that happens to import pytest
is still a production process."""

import os

from django.conf import settings

from .helpers import PRODUCTION_ENV, environment, run

SHOW = (
    "import django; django.setup(); from django.conf import settings; "
    "print(settings.SETTINGS_MODULE, settings.TESTING, settings.RATELIMIT_ENABLE)"
)


def test_the_test_run_reads_the_test_settings():
    assert settings.SETTINGS_MODULE == "inburgering_site.settings_test"
    assert settings.TESTING is True
    assert settings.RATELIMIT_ENABLE is False and settings.SESSION_COOKIE_SECURE is False


def test_a_process_the_tests_start_inherits_the_test_settings():
    done = run(["-c", SHOW], dict(os.environ))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["inburgering_site.settings_test", "True", "False"]


def test_importing_pytest_does_not_make_a_production_process_a_test_run():
    env = environment(**{k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_SECRET_KEY"})
    done = run(["-c", "import pytest; " + SHOW], env)
    assert done.returncode != 0
    assert "DJANGO_SECRET_KEY" in done.stderr


def test_importing_pytest_leaves_production_defaults_on():
    done = run(["-c", "import pytest; " + SHOW], environment(**PRODUCTION_ENV))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["inburgering_site.settings", "False", "True"]
