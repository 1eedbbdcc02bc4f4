"""The site's URLs plus the floor: a bare view that renders the base template and nothing else.

Used only by the benchmark (override_settings(ROOT_URLCONF="bench.urls")). The bare view goes
through the same middleware (session, locale, CSRF, CSP, security headers) and renders
templates/base.html with an empty content block, so the difference to a wizard page is the
wizard's own work: forms, the decision service, the session answers, the page's template.
"""

from django.conf.urls.i18n import i18n_patterns
from django.shortcuts import render
from django.urls import path

from inburgering_site.urls import urlpatterns as site_urlpatterns

BARE_PATH = "bench-bare/"


def bare(request):
    return render(request, "base.html")


urlpatterns = i18n_patterns(path(BARE_PATH, bare, name="bench-bare"), prefix_default_language=True)
urlpatterns += site_urlpatterns
