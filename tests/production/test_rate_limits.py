"""Rate limits per client address, counted in the database: 429 as JSON for the API, a page elsewhere."""

import hashlib
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
    clock = SimpleNamespace(time=lambda: NOW)
    monkeypatch.setattr(limits, "time", clock)
    return clock


def post_api(client, **extra):
    return client.post("/api/v1/evaluate", data=ANSWERS, content_type="application/json", **extra)


LIMITS = {"api": "3/m", "pdf": "2/m", "start": "3/m"}


@override_settings(RATELIMIT_ENABLE=True, RATE_LIMITS=LIMITS)
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


@override_settings(RATELIMIT_ENABLE=True, RATE_LIMITS={**LIMITS, "api": "2/m"})
def test_api_counts_posts_only(client):
    for _ in range(5):
        assert client.get("/api/v1/evaluate").status_code == 405
    assert post_api(client).status_code == 200


@override_settings(RATELIMIT_ENABLE=True, RATE_LIMITS={**LIMITS, "api": "60/m"}, ROOT_URLCONF="tests.production.urls")
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


@override_settings(
    RATELIMIT_ENABLE=True, RATE_LIMITS={**LIMITS, "api": "1/m", "pdf": "1/m"}, ROOT_URLCONF="tests.production.urls"
)
def test_groups_are_counted_apart(client):
    assert client.get("/test/limited").status_code == 200
    assert post_api(client).status_code == 200
    assert client.get("/test/limited").status_code == 429
    assert post_api(client).status_code == 429


@override_settings(RATELIMIT_ENABLE=False, RATE_LIMITS={**LIMITS, "api": "1/m", "pdf": "1/m"})
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
    assert (
        production_settings(["RATELIMIT_ENABLE"], DJANGO_DEBUG="1", DJANGO_RATELIMIT_ENABLE="1")["RATELIMIT_ENABLE"]
        is True
    )


# --- Starting a check (finding 3) --------------------------------------------------------------
def test_starting_a_check_is_limited_to_30_a_minute_in_production():
    from .helpers import production_settings

    assert production_settings(["RATE_LIMITS"])["RATE_LIMITS"]["start"] == "30/m"


@override_settings(RATELIMIT_ENABLE=True, RATE_LIMITS=LIMITS)
def test_starting_a_check_answers_429_over_the_limit(client):
    for _ in range(3):
        response = client.post("/en/")
        assert response.status_code == 302, response.status_code
    response = client.post("/en/")
    assert response.status_code == 429
    assert [t.name for t in response.templates][0] == "429.html"
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "no-store" in response["Cache-Control"]
    # reading the start page is not counted, and another address may still start
    assert client.get("/en/").status_code == 200
    assert client.post("/en/", REMOTE_ADDR="192.0.2.8").status_code == 302


@override_settings(RATELIMIT_ENABLE=True, RATE_LIMITS=LIMITS)
def test_the_next_window_counts_from_zero(client, fixed_clock):
    for _ in range(3):
        assert post_api(client).status_code == 200
    assert post_api(client).status_code == 429
    fixed_clock.time = lambda: NOW + 60
    assert post_api(client).status_code == 200


def test_rates_are_read_with_their_period():
    assert limits.parse_rate("30/m") == (30, 60)
    assert limits.parse_rate("5/10m") == (5, 600)
    assert limits.parse_rate("100/h") == (100, 3600)
    with pytest.raises(ValueError):
        limits.parse_rate("30 a minute")


# --- No address in the table; expired counters go (finding 5) -----------------------------------
ADDRESS = "198.51.100.23"


@override_settings(RATELIMIT_ENABLE=True, RATE_LIMITS=LIMITS)
def test_a_counter_key_cannot_be_turned_back_into_the_address(client):
    from wizard.models import RateCounter

    assert post_api(client, REMOTE_ADDR=ADDRESS).status_code == 200
    (row,) = RateCounter.objects.all()
    assert ADDRESS not in row.digest and len(row.digest) == 64
    # Whoever knows everything but the secret key (group, rate, address, window) cannot find it:
    window = int(NOW // 60)
    for text in (
        f"api\n3/m\n{ADDRESS}\n{window}",
        f"api:3/m:{ADDRESS}:{window}",
        f"api{ADDRESS}{window}",
        f"{ADDRESS}",
    ):
        for algorithm in ("md5", "sha1", "sha256"):
            assert hashlib.new(algorithm, text.encode()).hexdigest() != row.digest
    # It is the HMAC under the secret: another SECRET_KEY gives another key.
    assert limits.counter_key("api", "3/m", ADDRESS, window) == row.digest
    with override_settings(SECRET_KEY="another-secret-key-" + "x" * 40):
        assert limits.counter_key("api", "3/m", ADDRESS, window) != row.digest


def test_the_key_is_derived_for_this_purpose_only():
    """The HMAC key is not SECRET_KEY itself (Django's signing uses other salts)."""
    import hmac

    from django.conf import settings

    value = f"api\n3/m\n{ADDRESS}\n1"
    plain = hmac.new(settings.SECRET_KEY.encode(), value.encode(), "sha256").hexdigest()
    assert limits.counter_key("api", "3/m", ADDRESS, 1) != plain


@override_settings(RATELIMIT_ENABLE=True, RATE_LIMITS=LIMITS, RATE_LIMIT_PURGE_SHARE=1.0)
def test_counters_whose_window_ended_are_deleted_while_counting(client, fixed_clock):
    from wizard.models import RateCounter

    for n in range(5):
        assert post_api(client, REMOTE_ADDR=f"192.0.2.{n + 1}").status_code == 200
    assert RateCounter.objects.count() == 5
    fixed_clock.time = lambda: NOW + 60  # the next minute: those five counters are worth nothing
    assert post_api(client).status_code == 200
    assert RateCounter.objects.count() == 1


@override_settings(RATELIMIT_ENABLE=True, RATE_LIMITS=LIMITS, RATE_LIMIT_PURGE_SHARE=0.0)
def test_clearratelimits_deletes_the_expired_counters_only(client, fixed_clock):
    from django.core.management import call_command

    from wizard.models import RateCounter

    assert post_api(client).status_code == 200
    fixed_clock.time = lambda: NOW + 60
    assert post_api(client).status_code == 200
    assert RateCounter.objects.count() == 2
    call_command("clearratelimits")  # the second minute goes on: its counter stays
    assert RateCounter.objects.count() == 1
    fixed_clock.time = lambda: NOW + 120
    call_command("clearratelimits")
    assert RateCounter.objects.count() == 0


def test_make_serve_clears_expired_counters():
    from .helpers import ROOT

    serve = (ROOT / "Makefile").read_text().split("\nserve:")[1].split("\n\n")[0]
    assert "manage.py clearratelimits" in serve


@override_settings(RATELIMIT_ENABLE=True, RATE_LIMITS=LIMITS)
def test_a_database_that_cannot_count_refuses_nobody_and_logs_no_address(client, monkeypatch, caplog):
    from django.db import OperationalError

    def cannot_count(key, expires_at):
        raise OperationalError("database is locked")

    monkeypatch.setattr(limits, "count", cannot_count)
    with caplog.at_level("WARNING", logger="wizard.limits"):
        for _ in range(5):
            assert post_api(client, REMOTE_ADDR=ADDRESS).status_code == 200
    assert caplog.records and all(ADDRESS not in r.getMessage() for r in caplog.records)
