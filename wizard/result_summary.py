"""How the result page is laid out: the answer first, the ways that fit in full, the others short.

This module DECIDES NOTHING. It sorts what present() (wizard/presentation.py) already says, and
reads from the decision service's result only what present() does not carry: a way's source
(to link to its organisation's site), where it is sent, and the day it becomes possible.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from wizard.decision import sources

from .presentation import note_text, phone_number, short_line
from .words.steps import DUO_PHONE_NUMBER

# The organisation's site for each source text: the site only (the sources give no address of their
# pages, and a deep link that cannot be checked here is not given). The page title to look for is the
# source's title, shown beside the link.
INBURGEREN = {"url": "https://www.inburgeren.nl", "name": "inburgeren.nl"}  # DUO's site for inburgering
IND = {"url": "https://ind.nl", "name": "ind.nl"}
SITES = {sources.DUO_GENOEG: INBURGEREN, sources.DUO_STERKER: INBURGEREN, sources.IND_BIJLAGE: IND}

# The one note said once on the page, where it matters, rather than in every way that carries it.
ONCE_NOTE = "attempts_three_versus_four"


def tel_href(number: str) -> str:
    """A Dutch phone number as a tap-to-call address: '050 599 96 00' -> 'tel:+31505999600'."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return "tel:+31" + digits[1:] if digits.startswith("0") else "tel:+" + digits


DUO_PHONE = phone_number(DUO_PHONE_NUMBER)
DUO_PHONE_LINK = format_html('<a href="{}" class="tel">{}</a>', tel_href(DUO_PHONE_NUMBER), DUO_PHONE)


def with_phone_link(text: str) -> str:
    """`text` escaped, with DUO's phone number in it made a tap-to-call link."""
    return mark_safe(str(conditional_escape(text)).replace(DUO_PHONE, DUO_PHONE_LINK))


def _receiver(send_to: str) -> str:
    return {
        "duo": _("DUO, by post"),
        "szw": _("The Ministry of SZW (Ministerie van SZW), by post"),
        "ind": _("The IND, with your application"),
    }.get(send_to, "")


def _once_note(outcome: dict) -> str:
    for route in outcome["routes"]:
        for n in route.get("notes", []):
            if n["id"] == ONCE_NOTE:
                return note_text(n)
    return ""


def layout(outcome: dict, presented: dict, check_id: str) -> dict:
    """The page's parts: `answer` (the box at the top, or None); `full` and `unknown_full` (ways in
    full); `unknown_short` and `closed_short` (ways listed short, under a disclosure); `once_note` and
    `once_note_in` (the group where it is said, once); `duo_phone_link`."""
    raw = {r["id"]: r for r in outcome["routes"]}
    once = _once_note(outcome)
    carried = set()

    def shown(route):
        if once and once in route["notes"]:
            carried.add(route["id"])
        source, eligible_from = raw[route["id"]]["source"], raw[route["id"]]["eligible_from"]
        extra = {
            "notes": [n for n in route["notes"] if n != once],
            "site": SITES.get(source),
            "short_line": short_line(route),
        }
        if route["address"] and route["address"].get("phone"):
            extra["address"] = {**route["address"], "phone": with_phone_link(route["address"]["phone"])}
        if route["status"] == "not_yet" and eligible_from:
            extra["calendar_url"] = reverse("calendar", kwargs={"check_id": check_id, "route_id": route["id"]})
        return {**route, **extra}

    full = [shown(r) for r in presented["open_routes"]]
    unknown = [shown(r) for r in presented["unknown_routes"]]
    closed = [shown(r) for r in presented["closed_routes"]]
    # Ways not judged because one already fits are listed short; with no way that fits, the
    # missing answers are what the person acts on, so those ways are shown in full.
    fits = presented["fitting_way"]
    groups = {
        "full": full,
        "unknown_full": [] if fits else unknown,
        "unknown_short": unknown if fits else [],
        "closed_short": closed,
    }
    once_in = next((name for name, routes in groups.items() if any(r["id"] in carried for r in routes)), None)
    first = full[0] if full else None
    answer = None
    if first is not None:
        answer = {
            "route": first,
            "send": [f["name_nl"] for f in first["forms"]],
            "to": _receiver(raw[first["id"]]["send_to"]),
            "others": len(full) - 1,
        }
    return {**groups, "answer": answer, "once_note": once, "once_note_in": once_in, "duo_phone_link": DUO_PHONE_LINK}
