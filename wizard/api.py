"""The JSON API: POST /api/v1/evaluate returns what the decision service says, and nothing more."""

import json

from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .decision import AnswerError, evaluate
from .decision.envelope import unwrap
from .limits import rate_limited
from .openapi import SPEC

MAX_BODY = 64 * 1024


def error(status, field, message, code=None):
    body = {"field": field, "message": message}
    if code:
        body["code"] = code
    response = JsonResponse({"error": body}, status=status)
    response["Cache-Control"] = "no-store"  # it may repeat a value that was sent
    return response


def too_large():
    return error(400, None, f"the body is too large (at most {MAX_BODY} bytes)")


def declared_length(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def read_body(request):
    """The body: as Django reads it, or, sent in chunks (no Content-Length), read from the WSGI input
    (the server decodes the chunks) up to one byte more than allowed."""
    chunked = "chunked" in request.META.get("HTTP_TRANSFER_ENCODING", "").lower()
    if not chunked or request.META.get("CONTENT_LENGTH"):
        return request.body
    stream, body = request.META["wsgi.input"], b""
    while len(body) <= MAX_BODY:
        chunk = stream.read(MAX_BODY + 1 - len(body))
        if not chunk:
            break
        body += chunk
    return body


@csrf_exempt  # a JSON API without cookies: nothing for CSRF to protect
@require_http_methods(["POST"])
@rate_limited("api", methods=["POST"])
def evaluate_view(request):
    """The body is read as JSON whatever its declared Content-Type (`curl -d` says form data): the
    contract asks for a JSON body, and answers 400 with an error object to every bad input."""
    if declared_length(request) > MAX_BODY:
        return too_large()  # before reading it
    try:
        body = read_body(request)
    except RequestDataTooBig:
        return too_large()
    if len(body) > MAX_BODY:
        return too_large()
    try:
        answers = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: nested too deeply
        return error(400, None, "the body is not valid JSON")
    try:
        result = evaluate(unwrap(answers))
    except AnswerError as exc:
        return error(400, exc.field, exc.message, exc.code)
    response = JsonResponse(result)
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "HEAD"])
def openapi_view(request):
    return JsonResponse(SPEC)
