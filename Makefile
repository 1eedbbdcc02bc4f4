# Two commands do all set-up: `make run` and `make test`. `make serve` runs the production server
# (gunicorn; needs DJANGO_SECRET_KEY and, for a real domain, DJANGO_ALLOWED_HOSTS: see docs/deploy.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Development commands need no secret key: they run with DEBUG on.
DEV := DJANGO_DEBUG=1

.PHONY: run test lint bench serve setup system-deps venv messages catalogues migrate clean

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

venv: $(STAMP)

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

test: setup
	$(PY) -m pytest

# ruff (lint and format) and mypy, strict on wizard/decision; settings in pyproject.toml.
lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) -m mypy

# Speed and weight budgets against the floor, a few minutes; writes docs/benchmark.md (not a test).
bench: setup
	$(PY) bench/run.py

# Production: the environment (DJANGO_SECRET_KEY, DATABASE_URL, ...) decides; nothing here turns DEBUG on.
serve: system-deps venv messages
	$(PY) manage.py collectstatic --noinput -v 0
	$(PY) manage.py migrate --noinput -v 0
	$(PY) manage.py createcachetable
	$(PY) -m gunicorn -c inburgering_site/gunicorn.conf.py

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
