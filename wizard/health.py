"""GET /healthz for the load balancer: 200 {"status": "ok"} once the database answers and can write.

The write is a session row inserted in a transaction that is rolled back: a database that answers
but refuses writes (read-only, disk full) cannot keep anyone's answers, so the instance leaves the pool.

It runs as the first middleware, before host checks, HTTPS redirects, sessions and languages:
a load balancer may probe an instance by its own address over plain http, and the answer
never sets a cookie.
"""

import logging
import secrets

from django.contrib.sessions.models import Session
from django.db import connection, transaction
from django.http import JsonResponse
from django.utils import timezone

PATH = "/healthz"
logger = logging.getLogger(__name__)


def healthz(request):
    if request.method not in ("GET", "HEAD"):
        response = JsonResponse({"status": "method not allowed"}, status=405)
        response["Allow"] = "GET, HEAD"
        return response
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        can_write()
    except Exception:  # the database is down or read-only: take this instance out of the pool
        logger.warning("health check: the database did not answer or could not write")
        response = JsonResponse({"status": "database unavailable"}, status=503)
    else:
        response = JsonResponse({"status": "ok"})
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"  # answered before SecurityMiddleware, which sets it elsewhere
    return response


def can_write():
    """Insert a throw-away session row and roll it back; raises when the database refuses."""
    with transaction.atomic():
        Session.objects.create(
            session_key="healthz" + secrets.token_hex(16), session_data="", expire_date=timezone.now()
        )
        transaction.set_rollback(True)


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == PATH:
            return healthz(request)
        return self.get_response(request)
