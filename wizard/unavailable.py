"""A database that fails or cannot write is the site's fault, never the person's: 503, not 400 or 500.

Django calls `server_error` (handler500 in inburgering_site/urls.py) for every uncaught exception,
the session middleware's included, while the exception is being handled. A database error gets a
calm page in the language of the address, or a JSON error object under /api/, with Retry-After; any
other error keeps Django's 500 page (JSON under /api/ as well).
"""

import sys

from django.conf import settings
from django.db import DatabaseError
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views import defaults

RETRY_AFTER_SECONDS = 60


def _is_api(request):
    return request.path_info.startswith("/api/")


def server_error(request):
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseError):
        return unavailable(request)
    if _is_api(request):
        return _api_error(500, "server_error", "something went wrong on our side")
    return defaults.server_error(request)


def _api_error(status, code, message):
    response = JsonResponse({"error": {"field": None, "message": message, "code": code}}, status=status)
    add_never_cache_headers(response)
    return response


def unavailable(request):
    if _is_api(request):
        response = _api_error(503, "unavailable", "the service cannot be used for a moment; try again later")
    else:
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        with translation.override(language):
            response = render(request, "503.html", status=503)
        add_never_cache_headers(response)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
