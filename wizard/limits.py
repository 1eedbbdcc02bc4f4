"""Rate limits per client address, counted in the shared database cache (django-ratelimit).

    from wizard.limits import rate_limited

    @rate_limited("pdf")              # rate from settings.RATE_LIMITS["pdf"]
    def pdf_view(request): ...

    @rate_limited("api", methods=["POST"])
    def evaluate_view(request): ...

Over the limit, a view under /api/ answers 429 with {"error": {"field": null, "message": ...}};
any other view answers 429 with the page templates/429.html. Both carry Retry-After.

The client address is REMOTE_ADDR. Behind load balancers (settings.TRUSTED_PROXIES = n, from
DJANGO_TRUSTED_PROXIES), it is the address the outermost of those n proxies saw: the n-th entry
from the right of X-Forwarded-For. Entries further left are written by the client and never trusted.
IPv6 addresses are counted per /64 network.

The database cache's increment is not atomic: under many simultaneous requests from one address
a few more may pass than the rate says. That is acceptable here, and keeps all state in the database.
"""
import functools
import ipaddress

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django_ratelimit import ALL
from django_ratelimit.core import get_usage

API_PREFIX = "/api/"


def client_address(group, request):
    """The key django-ratelimit counts by: the client's address (IPv6: its /64 network)."""
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


def rate_limited(group, rate=None, methods=ALL):
    """Decorate a view: count each request of `methods` per client address; over `rate`, answer 429.

    `rate` is like "20/m"; by default settings.RATE_LIMITS[group], read at request time.
    """
    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            current = rate or settings.RATE_LIMITS[group]
            usage = get_usage(request, group=group, key=client_address, rate=current,
                              method=methods, increment=True)
            if usage is not None and usage["should_limit"]:
                retry_after = max(usage["time_left"], 1)
                return too_many_requests(request, retry_after)
            return view(request, *args, **kwargs)
        return wrapped
    return decorator
