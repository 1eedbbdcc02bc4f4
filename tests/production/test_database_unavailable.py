"""A database that fails or refuses to write is the site's fault (issue 19, finding 6): 503, never
400 or 500; JSON under /api/, a calm page in the person's language otherwise; /healthz says 503.

The failure is raised in the test through Django's database instrumentation (execute_wrapper), and,
where the suite runs on PostgreSQL (.ci/postgres-test), by PostgreSQL itself with
default_transaction_read_only."""

import contextlib
import json

import pytest
from django.db import DatabaseError, OperationalError, connection
from django.test import Client

from tests.wizard.driver import start

WRITES = ("INSERT", "UPDATE", "DELETE")


def refuse_writes(execute, sql, params, many, context):
    if sql.lstrip().upper().startswith(WRITES):
        raise OperationalError("attempt to write a readonly database")
    return execute(sql, params, many, context)


def refuse_everything(execute, sql, params, many, context):
    raise OperationalError("the database is gone")


@contextlib.contextmanager
def read_only_postgresql():
    with connection.cursor() as cursor:
        cursor.execute("SET SESSION default_transaction_read_only = on")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET SESSION default_transaction_read_only = off")


def failures():
    yield pytest.param(lambda: connection.execute_wrapper(refuse_writes), id="writes refused")
    yield pytest.param(lambda: connection.execute_wrapper(refuse_everything), id="database gone")
    yield pytest.param(
        read_only_postgresql,
        id="postgresql read-only",
        marks=pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only"),
    )


def assert_calm_page(response, words):
    assert response.status_code == 503, response.status_code
    assert response["Retry-After"].isdigit()
    assert "no-store" in response["Cache-Control"]
    page = response.content.decode()
    assert words in page
    assert "Traceback" not in page and "Error" not in page


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("failure", failures())
def test_pages_answer_503_in_the_persons_language(failure):
    client = Client(raise_request_exception=False)
    question = start(client, "en")  # a check under way, then the database fails
    with failure():
        assert_calm_page(client.post("/en/"), "The website cannot be used for a moment")
        assert_calm_page(client.get(question), "The website cannot be used for a moment")
        response = client.get(question.replace("/en/", "/nl/", 1))
        assert response.status_code == 503 and 'lang="nl"' in response.content.decode()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("failure", failures())
def test_a_new_visitor_starting_a_check_gets_503(failure):
    client = Client(raise_request_exception=False)
    with failure():
        assert_calm_page(client.post("/ar/"), 'dir="rtl"')


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("failure", failures())
def test_healthz_answers_503_when_the_database_cannot_write(failure):
    client = Client()
    assert client.get("/healthz").status_code == 200
    with failure():
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "database unavailable"}
    assert client.get("/healthz").status_code == 200  # and back once it can


@pytest.mark.django_db(transaction=True)
def test_healthz_leaves_no_row_behind():
    from django.contrib.sessions.models import Session

    Client().get("/healthz")
    assert Session.objects.count() == 0


@pytest.mark.django_db
def test_the_api_answers_503_with_an_error_object(monkeypatch):
    from wizard import api

    def fail(answers):
        raise OperationalError("the database is gone")

    monkeypatch.setattr(api, "evaluate", fail)
    client = Client(raise_request_exception=False)
    response = client.post("/api/v1/evaluate", json.dumps({"goal": "naturalisation"}), content_type="application/json")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]["code"] == "unavailable"
    assert response["Retry-After"].isdigit() and "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_any_other_api_error_is_json_too(monkeypatch):
    from wizard import api

    def fail(answers):
        raise RuntimeError("a bug")

    monkeypatch.setattr(api, "evaluate", fail)
    client = Client(raise_request_exception=False)
    response = client.post("/api/v1/evaluate", json.dumps({"goal": "naturalisation"}), content_type="application/json")
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "server_error"
    assert "a bug" not in response.content.decode()


@pytest.mark.django_db
def test_only_a_refusing_database_is_unavailable_a_session_deleted_meanwhile_stays_django_s():
    from django.contrib.sessions.backends.base import UpdateError
    from django.contrib.sessions.models import Session

    from wizard.encrypted_session import DatabaseUnavailable, SessionStore

    store = SessionStore()
    store["checks"] = {}
    store.create()
    with connection.execute_wrapper(refuse_writes), pytest.raises(DatabaseUnavailable):
        store.save()
    Session.objects.filter(session_key=store.session_key).delete()  # wiped in another tab
    with pytest.raises(UpdateError) as raised:
        store.save()
    assert not isinstance(raised.value, DatabaseError)
