# Two commands do all set-up: `make run` and `make test`. `make serve` runs the production server
# (gunicorn; needs DJANGO_SECRET_KEY and, for a real domain, DJANGO_ALLOWED_HOSTS: see docs/deploy.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Two pinned sets, every package with its hashes (requirements*.in are the sources; docs/deploy.md):
# the runtime set for make run and make serve, the test set (runtime + test tools) for make test.
RUNTIME_STAMP := $(VENV)/.installed-runtime
TEST_STAMP := $(VENV)/.installed-test
PIP_INSTALL = $(PY) -m pip install --quiet --disable-pip-version-check --require-hashes
# Development commands need no secret key: they run with DEBUG on.
DEV := DJANGO_DEBUG=1

.PHONY: run test lint bench serve setup system-deps venv test-venv messages catalogues migrate clean

$(RUNTIME_STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) -r requirements.txt
	touch $(RUNTIME_STAMP)

$(TEST_STAMP): requirements-test.txt requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) -r requirements-test.txt
	touch $(TEST_STAMP) $(RUNTIME_STAMP)

venv: $(RUNTIME_STAMP)

test-venv: $(TEST_STAMP)

system-deps:
	@sh scripts/system-deps.sh

messages: venv
	@if ls locale/*/LC_MESSAGES/*.po >/dev/null 2>&1; then \
		$(DEV) $(PY) manage.py compilemessages --ignore=.venv -v 0; fi

# After changing a user-visible string: update every catalogue, translate, then `make test`.
catalogues: venv
	$(DEV) $(PY) manage.py makemessages -l nl -l en -l ar -l ti --ignore=.venv --ignore=tests --ignore=bench \
		--add-location=file --no-obsolete -v 0
	@# English is the source language: its catalogue says what the code says (msgstr = msgid).
	msgattrib --clear-fuzzy --empty -o locale/en/LC_MESSAGES/django.po locale/en/LC_MESSAGES/django.po
	msgen -o locale/en/LC_MESSAGES/django.po locale/en/LC_MESSAGES/django.po

migrate: venv
	$(DEV) $(PY) manage.py migrate --noinput -v 0
	$(DEV) $(PY) manage.py createcachetable

setup: system-deps venv messages migrate

run: setup
	DJANGO_DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

test: test-venv setup
	$(PY) -m pytest

# ruff (lint and format) and mypy, strict on wizard/decision; settings in pyproject.toml.
lint: test-venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) -m mypy

# Speed and weight budgets against the floor, a few minutes; writes docs/benchmark.md (not a test).
bench: test-venv setup
	$(PY) bench/run.py

# Production: the environment (DJANGO_SECRET_KEY, DATABASE_URL, ...) decides; nothing here turns DEBUG on.
serve: system-deps venv messages
	$(PY) manage.py collectstatic --noinput -v 0
	$(PY) manage.py migrate --noinput -v 0
	$(PY) manage.py createcachetable
	$(PY) manage.py clearratelimits
	$(PY) -m gunicorn -c inburgering_site/gunicorn.conf.py

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
