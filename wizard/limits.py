"""Rate limits per client address, counted atomically in the database (table wizard_ratecounter).

    from wizard.limits import rate_limited

    @rate_limited("pdf")              # rate from settings.RATE_LIMITS["pdf"]
    def pdf_view(request): ...

    @rate_limited("api", methods=["POST"])
    def evaluate_view(request): ...

Over the limit, a view under /api/ answers 429 with {"error": {"field": null, "message": ...}};
any other view answers 429 with the page templates/429.html. Both carry Retry-After.

Counting: time is cut into fixed windows of the rate's period ("60/m": each minute of the clock).
Every counted request runs one statement,

    INSERT ... VALUES (digest, 1, window end) ON CONFLICT (digest) DO UPDATE SET hits = hits + 1 RETURNING hits

which the database carries out atomically (SQLite >= 3.35 and PostgreSQL): simultaneous requests
on any worker of any instance each get their own number, so the limit holds exactly, and a first
request from two workers at once never fails on a duplicate key.

The client address is REMOTE_ADDR. Behind load balancers (settings.TRUSTED_PROXIES = n, from
DJANGO_TRUSTED_PROXIES), it is the address the outermost of those n proxies saw: the n-th entry
from the right of X-Forwarded-For. Entries further left are written by the client and never trusted.
IPv6 addresses are counted per /64 network.

No address is stored: a counter's key is an HMAC of group, rate, address and window under a key
derived from SECRET_KEY for this purpose only (django.utils.crypto.salted_hmac). Rows whose window
has ended are deleted on a small share of counted requests (settings.RATE_LIMIT_PURGE_SHARE) and by
`manage.py clearratelimits` (run by `make serve`).

A database that cannot count lets the request through (and logs a warning without the address):
a person is never refused for the database's trouble.
"""

import functools
import ipaddress
import logging
import math
import random
import re
import time

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.crypto import salted_hmac

from .models import RateCounter

API_PREFIX = "/api/"
KEY_PURPOSE = "wizard.limits.rate-counter"
PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")

logger = logging.getLogger(__name__)


def parse_rate(rate):
    """ "30/m" -> (30, 60); "5/10m" -> (5, 600)."""
    match = RATE.match(rate)
    if not match:
        raise ValueError(f"a rate is like '30/m' or '5/10m', not {rate!r}")
    count, multiple, unit = match.groups()
    return int(count), int(multiple or 1) * PERIODS[unit]


def client_address(group, request):
    """The address counted: the client's address (IPv6: its /64 network)."""
    address = request.META.get("REMOTE_ADDR", "")
    proxies = getattr(settings, "TRUSTED_PROXIES", 0)
    if proxies > 0:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address[:100] or "unknown"
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def counter_key(group, rate, address, window):
    """The row's key: an HMAC under a key derived from SECRET_KEY for this purpose (64 hex digits)."""
    value = f"{group}\n{rate}\n{address}\n{window}"
    return salted_hmac(KEY_PURPOSE, value, algorithm="sha256").hexdigest()


def _upsert_sql():
    qn = connection.ops.quote_name
    table, digest, hits, expires = (qn(n) for n in (RateCounter._meta.db_table, "digest", "hits", "expires_at"))
    return (
        f"INSERT INTO {table} ({digest}, {hits}, {expires}) VALUES (%s, 1, %s) "
        f"ON CONFLICT ({digest}) DO UPDATE SET {hits} = {table}.{hits} + 1 RETURNING {hits}"
    )


def count(key, expires_at):
    """Add one to the counter `key` (created at 1) and return its new value, in one statement."""
    with connection.cursor() as cursor:
        cursor.execute(_upsert_sql(), [key, expires_at])
        return cursor.fetchone()[0]


def purge_expired(now=None):
    """Delete the counters whose window has ended; return how many."""
    now = time.time() if now is None else now
    deleted, _ = RateCounter.objects.filter(expires_at__lte=int(now)).delete()
    return deleted


def usage(request, group, rate):
    """(requests counted in this window including this one, the limit, seconds until the window ends)."""
    limit, period = parse_rate(rate)
    now = time.time()
    window = int(now // period)
    expires_at = (window + 1) * period
    hits = count(counter_key(group, rate, client_address(group, request), window), expires_at)
    if random.random() < settings.RATE_LIMIT_PURGE_SHARE:
        purge_expired(now)
    return hits, limit, max(1, math.ceil(expires_at - now))


def too_many_requests(request, retry_after):
    if request.path_info.startswith(API_PREFIX):
        response = JsonResponse(
            {"error": {"field": None, "message": "too many requests: wait a minute and try again"}},
            status=429,
        )
    else:
        response = render(request, "429.html", {"retry_after": retry_after}, status=429)
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response


def rate_limited(group, rate=None, methods=None):
    """Decorate a view: count each request of `methods` (default: every method) per client address;
    over `rate`, answer 429.

    `rate` is like "20/m"; by default settings.RATE_LIMITS[group], read at request time.
    Counting is off when settings.RATELIMIT_ENABLE is false.
    """
    counted_methods = None if methods is None else {m.upper() for m in methods}

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if settings.RATELIMIT_ENABLE and (counted_methods is None or request.method in counted_methods):
                current = rate or settings.RATE_LIMITS[group]
                try:
                    hits, limit, retry_after = usage(request, group, current)
                except DatabaseError:
                    logger.warning("rate limit %r not counted: the database could not count", group)
                else:
                    if hits > limit:
                        return too_many_requests(request, retry_after)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
