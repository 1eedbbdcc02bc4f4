"""GET /healthz for the load balancer: 200 {"status": "ok"} once the database answers a cheap query.

It runs as the first middleware, before host checks, HTTPS redirects, sessions and languages:
a load balancer may probe an instance by its own address over plain http, and the answer
never sets a cookie.
"""
import logging

from django.db import connection
from django.http import JsonResponse

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
    except Exception:  # the database is down: take this instance out of the pool
        logger.warning("health check: the database did not answer")
        response = JsonResponse({"status": "database unavailable"}, status=503)
    else:
        response = JsonResponse({"status": "ok"})
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == PATH:
            return healthz(request)
        return self.get_response(request)
