"""Run manage.py or Python in a fresh process with production environment variables."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

# What a production deployment sets (docs/deploy.md). HTTPS cookies and HSTS are on by default.
PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "x7Qm2vLr9TzK4pWn8bYc3HdFs6GjA1eUoRiXyZtVqNwMlkPCBE5D0aJfhgsSd",
    "DJANGO_ALLOWED_HOSTS": "check.example.nl",
    "DJANGO_SSL_REDIRECT": "1",
    "DJANGO_PROXY_SSL_HEADER": "1",
    "DJANGO_SESSION_KEYS": "Zb3o1nQ2cV9mW4xT7yR0pL5kJ8hG6fD2sA1qE3wU9iM=",
}
# Variables of the development and test set-up that must not leak into a production process.
DEV_VARS = (
    "DJANGO_DEBUG",
    "DJANGO_TESTING",
    "DJANGO_HTTPS",
    "DJANGO_HSTS_SECONDS",
    "DJANGO_SSL_REDIRECT",
    "DJANGO_PROXY_SSL_HEADER",
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
    "DJANGO_STATIC_ROOT",
    "DJANGO_RATELIMIT_ENABLE",
    "DJANGO_HSTS_PRELOAD",
    "DJANGO_HSTS_INCLUDE_SUBDOMAINS",
    "DJANGO_SESSION_KEYS",
)


def environment(**extra):
    env = {k: v for k, v in os.environ.items() if k not in DEV_VARS}
    env["DJANGO_SETTINGS_MODULE"] = "inburgering_site.settings"
    env.update(extra)
    return env


def run(args, env, timeout=120):
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def production_settings(names, **extra):
    """The values of settings `names` as a production process sees them."""
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n, None) for n in {list(names)!r}}}, default=str))"
    )
    done = run(["-c", code], environment(**{**PRODUCTION_ENV, **extra}))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)
