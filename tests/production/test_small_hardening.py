"""The smaller findings of issue 19 (finding 9): cookies, cache and sniffing headers, HEAD, gunicorn's
preloading and chunked API bodies."""

import io
import json
import runpy

import pytest
from django.conf import settings

from .helpers import ROOT, production_settings

pytestmark = pytest.mark.django_db


def test_the_csrf_cookie_lasts_for_the_browser_session_only():
    assert settings.CSRF_COOKIE_AGE is None
    assert production_settings(["CSRF_COOKIE_AGE"])["CSRF_COOKIE_AGE"] is None


@pytest.mark.parametrize("body", [b"{", b'{"goal": "nonsense"}', b"[]"])
def test_api_errors_are_not_stored_by_caches(client, body):
    response = client.post("/api/v1/evaluate", body, content_type="application/json")
    assert response.status_code == 400
    assert response["Cache-Control"] == "no-store"


def test_healthz_says_nosniff(client):
    assert client.get("/healthz")["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", ["/en/", "/nl/", "/api/v1/openapi.json"])
def test_head_is_answered_like_get(client, path):
    response = client.head(path)
    assert response.status_code == 200
    assert response.content == b""


def test_gunicorn_loads_the_app_before_forking_its_workers():
    config = runpy.run_path(str(ROOT / "inburgering_site" / "gunicorn.conf.py"))
    assert config["preload_app"] is True


def _chunked(client, body: bytes):
    # As gunicorn hands a chunked body to the app: no Content-Length, the decoded bytes in wsgi.input.
    return client.generic(
        "POST",
        "/api/v1/evaluate",
        b"",
        content_type="application/json",
        CONTENT_LENGTH="",
        HTTP_TRANSFER_ENCODING="chunked",
        **{"wsgi.input": io.BytesIO(body)},
    )


def test_a_chunked_api_body_is_read(client):
    answers = {"goal": "naturalisation"}
    chunked = _chunked(client, json.dumps(answers).encode())
    plain = client.post("/api/v1/evaluate", json.dumps(answers), content_type="application/json")
    assert chunked.status_code == plain.status_code
    assert chunked.json() == plain.json()
    assert "not valid JSON" not in chunked.content.decode()  # not read as an empty body


def test_a_chunked_api_body_too_large_is_refused(client):
    response = _chunked(client, b" " * (64 * 1024 + 10) + b"{}")
    assert response.status_code == 400
    assert "too large" in response.json()["error"]["message"]
