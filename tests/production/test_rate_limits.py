"""Rate limits per client address, counted in the database cache: 429 as JSON for the API, a page elsewhere."""
import json
from types import SimpleNamespace

import pytest
from django.test import RequestFactory, override_settings

from wizard import limits

pytestmark = pytest.mark.django_db

NOW = 1_800_000_000.0  # a fixed clock: the counting window never ends in the middle of a test
ANSWERS = json.dumps({"goal": "naturalisation"})


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    import django_ratelimit.core
    monkeypatch.setattr(django_ratelimit.core, "time", SimpleNamespace(time=lambda: NOW))


def post_api(client, **extra):
    return client.post("/api/v1/evaluate", data=ANSWERS, content_type="application/json", **extra)


@override_settings(RATELIMIT_ENABLE=True, RATE_LIMITS={"api": "3/m", "pdf": "2/m"})
def test_api_answers_429_json_over_the_limit(client):
    for _ in range(3):
        assert post_api(client).status_code == 200
    response = post_api(client)
    assert response.status_code == 429
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"field", "message"}
    assert body["error"]["field"] is None and body["error"]["message"]
    assert 1 <= int(response["Retry-After"]) <= 60
    # another client address still gets through
    assert post_api(client, REMOTE_ADDR="192.0.2.7").status_code == 200


@override_settings(RATELIMIT_ENABLE=True, RATE_LIMITS={"api": "3/m", "pdf": "2/m"})
def test_a_counter_deleted_by_another_worker_refuses_nobody(client, monkeypatch):
    """Between django-ratelimit's add (the counter exists) and its incr, another worker's cull may
    delete the counter; incr then finds nothing. The person is not over the limit: no 429."""
    from django.core.cache import cache
    assert post_api(client).status_code == 200  # the counter exists now
    real_add = cache.add

    def add_then_culled(key, *args, **kwargs):
        added = real_add(key, *args, **kwargs)
        cache.delete(key)
        return added

    monkeypatch.setattr(cache, "add", add_then_culled)
    assert post_api(client).status_code == 200
    monkeypatch.undo()
    # counting goes on afterwards: a new counter, and the limit holds
    for _ in range(3):
        assert post_api(client).status_code == 200
    assert post_api(client).status_code == 429


def test_the_cache_keeps_enough_counters():
    from django.conf import settings
    assert settings.CACHES["default"]["OPTIONS"]["MAX_ENTRIES"] >= 5000


@override_settings(RATELIMIT_ENABLE=True, RATE_LIMITS={"api": "2/m", "pdf": "2/m"})
def test_api_counts_posts_only(client):
    for _ in range(5):
        assert client.get("/api/v1/evaluate").status_code == 405
    assert post_api(client).status_code == 200


@override_settings(RATELIMIT_ENABLE=True, RATE_LIMITS={"api": "60/m", "pdf": "2/m"},
                   ROOT_URLCONF="tests.production.urls")
def test_pages_answer_429_with_the_page(client):
    assert client.get("/test/limited").status_code == 200
    assert client.get("/test/limited").status_code == 200
    response = client.get("/test/limited", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 429
    assert response["Content-Type"].startswith("text/html")
    assert "Retry-After" in response
    assert response["Cache-Control"] == "no-store"
    assert "Content-Security-Policy" in response
    assert [t.name for t in response.templates][0] == "429.html"
    assert b"Too many requests" in response.content or b"429" in response.content


@override_settings(RATELIMIT_ENABLE=True, RATE_LIMITS={"api": "1/m", "pdf": "1/m"},
                   ROOT_URLCONF="tests.production.urls")
def test_groups_are_counted_apart(client):
    assert client.get("/test/limited").status_code == 200
    assert post_api(client).status_code == 200
    assert client.get("/test/limited").status_code == 429
    assert post_api(client).status_code == 429


@override_settings(RATELIMIT_ENABLE=False, RATE_LIMITS={"api": "1/m", "pdf": "1/m"})
def test_limits_can_be_switched_off(client):
    for _ in range(3):
        assert post_api(client).status_code == 200


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@override_settings(TRUSTED_PROXIES=0)
def test_forwarded_for_is_ignored_without_a_trusted_proxy():
    assert limits.client_address("api", request_from("198.51.100.1", "203.0.113.9")) == "198.51.100.1"


@override_settings(TRUSTED_PROXIES=1)
def test_forwarded_for_from_one_trusted_proxy():
    # The client may write anything on the left; only the proxy's own entry (the last) counts.
    request = request_from("10.0.0.2", "6.6.6.6, 203.0.113.9")
    assert limits.client_address("api", request) == "203.0.113.9"
    assert limits.client_address("api", request_from("10.0.0.2")) == "10.0.0.2"


@override_settings(TRUSTED_PROXIES=2)
def test_forwarded_for_from_two_trusted_proxies():
    request = request_from("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.3")
    assert limits.client_address("api", request) == "203.0.113.9"


def test_ipv6_addresses_count_per_64_network():
    a = limits.client_address("api", request_from("2001:db8:1:2:aaaa::1"))
    b = limits.client_address("api", request_from("2001:db8:1:2:bbbb::2"))
    assert a == b == "2001:db8:1:2::/64"


def test_limits_are_on_in_production_and_off_on_the_development_server():
    from .helpers import production_settings
    assert production_settings(["RATELIMIT_ENABLE"])["RATELIMIT_ENABLE"] is True
    assert production_settings(["RATELIMIT_ENABLE"], DJANGO_DEBUG="1")["RATELIMIT_ENABLE"] is False
    assert production_settings(["RATELIMIT_ENABLE"], DJANGO_DEBUG="1",
                               DJANGO_RATELIMIT_ENABLE="1")["RATELIMIT_ENABLE"] is True
