"""The site's URLs plus a few views that only the production tests use."""

from django.http import HttpResponse
from django.urls import path

from inburgering_site.urls import urlpatterns as site_urlpatterns
from wizard.limits import rate_limited

MARKER = "answer-marker-7f3a"


def keep_answers_then_fail(request):
    request.session["answers"] = {"goal": "naturalisation", "medical_condition": MARKER}
    request.session.save()
    raise RuntimeError("something broke while showing the result")


def keep_answers(request):
    request.session["answers"] = {"goal": "naturalisation"}
    return HttpResponse("saved")


@rate_limited("pdf")
def limited_page(request):
    return HttpResponse("a page")


urlpatterns = [
    path("test/fail", keep_answers_then_fail),
    path("test/keep", keep_answers),
    path("test/limited", limited_page),
    *site_urlpatterns,
]
