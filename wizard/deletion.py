"""Deleting answers, under their true names.

- "Delete this check": only this check's answers go; another check in another tab stays.
- "Delete everything on this computer" (views.wipe): the whole session, for shared computers.
"""

from __future__ import annotations

from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from . import session


@never_cache
@require_POST
def delete_this_check(request, check_id):
    """POST: this check's answers are deleted at once; the session and its other checks stay."""
    session.delete_check(request, check_id)
    return redirect("check_deleted")


@never_cache
@require_GET
def check_deleted(request):
    return render(
        request,
        "wizard/message.html",
        {
            "title": _("This check is deleted"),
            "text": _(
                "The answers of this check are deleted from this website. Checks in other tabs are "
                "still there. On a shared computer, use 'Delete everything on this computer' at the "
                "bottom of the page."
            ),
            "action": "start",
        },
    )
