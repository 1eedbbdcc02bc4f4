"""The pages of a public service: privacy, accessibility statement, feedback.

They hold no answers and are the same for everyone, so they may be cached and indexed.
"""

from __future__ import annotations

from django.conf import settings
from django.shortcuts import render
from django.views.decorators.http import require_GET

# Replace with the deployment's own address (as security@ in SECURITY.md); an e-mail is written by
# the person in their own mail program: this site stores nothing of it.
FEEDBACK_EMAIL = getattr(settings, "FEEDBACK_EMAIL", "feedback@check.example.nl")


def _page(template, **context):
    @require_GET
    def view(request):
        return render(request, template, {"public_page": True, **context})

    return view


privacy = _page("public/privacy.html", idle_minutes=settings.SESSION_IDLE_MINUTES)
accessibility = _page("public/accessibility.html")
feedback = _page("public/feedback.html", feedback_email=FEEDBACK_EMAIL)
