# Two commands do all set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test setup system-deps venv messages migrate clean

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

venv: $(STAMP)

system-deps:
	@sh scripts/system-deps.sh

messages: venv
	@if ls locale/*/LC_MESSAGES/*.po >/dev/null 2>&1; then \
		$(PY) manage.py compilemessages --ignore=.venv -v 0; fi

migrate: venv
	$(PY) manage.py migrate --noinput -v 0
	$(PY) manage.py createcachetable

setup: system-deps venv messages migrate

run: setup
	DJANGO_DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

test: setup
	$(PY) -m pytest

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
