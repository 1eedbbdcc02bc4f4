"""Every response carries the security headers and the Content-Security-Policy; cookies are locked down."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

PAGES = ["/nl/", "/en/", "/no-such-page/", "/api/v1/openapi.json", "/nl/no-such-page/"]


def policy(response):
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.mark.parametrize("url", PAGES)
def test_content_security_policy_on_every_page(client, url):
    directives = policy(client.get(url))
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["form-action"] == ["'self'"]
    assert directives["base-uri"] == ["'none'"]
    assert directives["object-src"] == ["'none'"]
    header = client.get(url)["Content-Security-Policy"]
    assert "unsafe-inline" not in header and "unsafe-eval" not in header and "data:" not in header


@pytest.mark.parametrize("url", PAGES)
def test_security_headers_on_every_page(client, url):
    response = client.get(url)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_hsts_over_https(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    response = client.get("/nl/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


@override_settings(ROOT_URLCONF="tests.production.urls")
def test_session_cookie_is_httponly_and_samesite(client):
    response = client.get("/test/keep")
    cookie = response.cookies["sessionid"]
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert cookie["max-age"] == ""  # gone when the browser closes; the server forgets after 30 idle minutes


@override_settings(ROOT_URLCONF="tests.production.urls", SESSION_COOKIE_SECURE=True)
def test_secure_cookie_when_https_is_on(client):
    assert client.get("/test/keep").cookies["sessionid"]["secure"] is True


def test_ssl_redirect_when_switched_on(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/nl/")
    assert response.status_code == 301 and response["Location"].startswith("https://")
