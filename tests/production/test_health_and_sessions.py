"""/healthz for the load balancer; expired sessions are deleted by `manage.py clearsessions`."""

from datetime import timedelta

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_without_cookies(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies
    assert "Set-Cookie" not in response
    assert Session.objects.count() == 0


def test_healthz_is_outside_the_language_prefix(client):
    assert client.get("/nl/healthz").status_code == 404


def test_healthz_answers_any_host_and_plain_http(client, settings):
    # A load balancer probes an instance by its own address, over http.
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/healthz", HTTP_HOST="10.0.0.12:8000")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_healthz_only_reads(client):
    assert client.post("/healthz").status_code == 405
    assert client.head("/healthz").status_code == 200


def test_healthz_reports_a_database_that_does_not_answer(client, monkeypatch):
    from wizard import health

    class Broken:
        def cursor(self):
            raise RuntimeError("connection refused")

    monkeypatch.setattr(health, "connection", Broken())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "database unavailable"}


def test_clearsessions_deletes_expired_sessions_and_keeps_live_ones():
    expired = SessionStore()
    expired["answers"] = {"goal": "naturalisation"}
    expired.create()
    live = SessionStore()
    live["answers"] = {"goal": "naturalisation"}
    live.create()
    Session.objects.filter(session_key=expired.session_key).update(expire_date=timezone.now() - timedelta(minutes=1))

    call_command("clearsessions")

    keys = set(Session.objects.values_list("session_key", flat=True))
    assert expired.session_key not in keys
    assert live.session_key in keys


def test_a_session_expires_after_30_idle_minutes():
    session = SessionStore()
    session["answers"] = {"goal": "naturalisation"}
    session.create()
    expire_date = Session.objects.get(session_key=session.session_key).expire_date
    assert timedelta(minutes=29) < expire_date - timezone.now() <= timedelta(minutes=30)
