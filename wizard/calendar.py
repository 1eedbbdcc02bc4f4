"""'Add the date to my calendar': an iCalendar file (RFC 5545) for a way that is possible later.

Made when asked for from the check's confirmed answers, and not kept: one all-day event on the
day the decision service gives as `eligible_from`, its words in the page's language.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from wizard.decision import AnswerError, evaluate

from . import session
from .presentation import ROUTE_TITLES

PRODID = "-//Inburgering Check//Calendar//EN"
LINE_OCTETS = 75  # RFC 5545 3.1: lines longer than 75 octets are folded


def escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line break escaped."""
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """One content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    parts: list[str] = []
    current, size = "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        limit = LINE_OCTETS if not parts else LINE_OCTETS - 1  # a continuation starts with a space
        if size + width > limit:
            parts.append(current)
            current, size = "", 0
        current += ch
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def ics(day: date, summary: str, description: str, language: str, uid: str, now: datetime) -> str:
    """The whole calendar: one all-day event on `day` (DTEND is the next day, not included)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{now.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
        f"SUMMARY;LANGUAGE={language}:{escape(summary)}",
        f"DESCRIPTION;LANGUAGE={language}:{escape(description)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold(line) + "\r\n" for line in lines)


def _not_yet_route(request, check_id: str, route_id: str):
    answers = session.final_answers(request, check_id)
    if answers is None:
        return None
    try:
        outcome = evaluate(answers)
    except AnswerError:
        return None
    return next(
        (r for r in outcome["routes"] if r["id"] == route_id and r["status"] == "not_yet" and r["eligible_from"]), None
    )


@never_cache
@require_GET
def calendar_file(request, check_id, route_id):
    """GET: the .ics file of one way that is 'not yet'; nothing is stored."""
    if session.get_check(request, check_id) is None:
        return redirect("result", check_id=check_id)
    route = _not_yet_route(request, check_id, route_id)
    if route is None:
        raise Http404
    day = date.fromisoformat(route["eligible_from"])
    title = str(ROUTE_TITLES.get(route_id, route_id))
    summary = _("Inburgering: from today you can use this way: %(way)s") % {"way": title}
    description = _(
        "The Inburgering Check said that this way is possible from this day: %(way)s. "
        "Do the check again before you send anything. This check is not a decision. "
        "DUO, the Ministry of SZW or the IND decides."
    ) % {"way": title}
    body = ics(
        day,
        summary,
        description,
        get_language() or "nl",
        uid=f"{route_id}-{day:%Y%m%d}@inburgering-check",
        now=datetime.now(UTC),
    )
    response = HttpResponse(body.encode("utf-8"), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="inburgering-{day:%Y-%m-%d}.ics"'
    return response
