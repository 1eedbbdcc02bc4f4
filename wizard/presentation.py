"""What the pages show, in words: the decision service's result turned into sentences.

The words themselves are tables in wizard/words/ (papers, routes, conditions, notes, advice, forms,
steps); this module is their public face and puts a way together for the result page and the
checklist. Every word goes through gettext (msgids in English); official Dutch names stay visible
beside them. This module DECIDES NOTHING: it reads statuses, conditions (with the person's own
figures in `have`/`need`/details), forms, costs and notes from the result, and says them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext

from wizard.templatetags.babel_format import babel_locale, long_date, number
from wizard.words.advice import ADVICE_TEXTS, advice_items
from wizard.words.conditions import CONDITIONS, condition_text
from wizard.words.forms import FILLED_BY, FORM_WHAT, cost_item, form_item
from wizard.words.notes import NOTE_TEXTS, note_text
from wizard.words.papers import (
    DOCUMENT_LABELS,
    EXAM_PART_NAMES,
    MEDICAL_DOCUMENT_LABELS,
    SCHOOL_CLOSED_WORDS,
    document_label,
    document_list,
)
from wizard.words.routes import GOAL_TITLES, ROUTE_TITLES, STATUS_LABELS, headline
from wizard.words.steps import DUO_PHONE_NUMBER, address, next_steps, phone_number

# The routes a person can act on now or later (contract: eligible, not_yet): the page and the
# checklist show them in full.
OPEN = ("eligible", "not_yet")

# --- Answers in words (check-your-answers page) -------------------------------------------------


def describe_date(value) -> str:
    return long_date(value) if value else gettext("I don't know")


def country_name(code: str) -> str:
    from babel import Locale

    return Locale.parse(babel_locale()).territories.get(code, code)


def describe_value(field, value) -> str:
    """A stored value of a form field in words."""
    from django import forms

    if isinstance(field, forms.BooleanField):
        return str(field.label) if value else ""
    if value is None or value == "":
        return gettext("I don't know")
    choices = dict(getattr(field, "choices", []) or [])
    if isinstance(value, list):
        return ", ".join(str(choices.get(v, v)) for v in value) or gettext("None")
    if choices:
        return str(choices.get(value, value))
    if isinstance(value, (int, float)):
        return number(value)
    return str(value)


# --- A way on the page ----------------------------------------------------------------------------
# Notes on how to send or pay for something, or on a way that is still to come: no help on a way
# that does not fit ("Send a copy of your inburgeringsdiploma" to someone without one), so a closed
# way shows only the other notes.
HOW_TO_SEND_NOTES = frozenset(
    {
        "already_have_advice",
        "apostille_for_foreign_diploma",
        "certified_copy_not_original",
        "copy_of_diploma_not_certified",
        "duo_interview_invoice_first",
        "duo_interview_then_decision",
        "duo_medical_examination",
        "duo_test_invoice_first",
        "duo_test_take_part_actively",
        "eligible_from_may_be_earlier",
        "explain_situation_exactly",
        "grade_list_needed",
        "letter_with_evidence",
        "originals_at_desk",
        "participation_proof_needed",
        "plain_copy_of_letter",
        "school_closed_send_evidence",
        "send_advice_with_ind_application",
    }
)
CLOSED = ("not_eligible", "not_applicable")


def shown_notes(route: dict) -> list:
    """The notes of a way that are shown: every note, also on a way that is not for the person
    (rules.md: "The note is shown on the page and the checklist, also for a not_applicable route"),
    but no sending instructions on a way that is closed."""
    notes = route.get("notes", [])
    if route["status"] in CLOSED:
        notes = [n for n in notes if n["id"] not in HOW_TO_SEND_NOTES]
    return notes


def route_notes(route: dict) -> list:
    """The shown notes of a way, in words."""
    return [t for t in (note_text(n) for n in shown_notes(route)) if t]


def shown_conditions(route: dict) -> list:
    """A way that is not for the person shows only why (its unmet scope conditions)."""
    if route["status"] == "not_applicable":
        return [c for c in route["conditions"] if c.get("kind") == "scope" and c["status"] == "unmet"]
    return route["conditions"]


def present_route(route: dict, context: dict | None = None) -> dict:
    """One way in words. `context` holds the result's `today` and `routes`, so that a reason can say
    "today" or name the way that fits instead."""
    status = route["status"]
    useful = status in OPEN
    return {
        "id": route["id"],
        "status": status,
        "useful": useful,
        "status_label": str(STATUS_LABELS[status]),
        "title": str(ROUTE_TITLES.get(route["id"], route["id"])),
        "headline": headline(route),
        "reasons": [{"status": c["status"], "text": condition_text(c, context)} for c in shown_conditions(route)],
        "next_steps": next_steps(route) if useful else [],
        "forms": [form_item(f) for f in route["forms"]] if useful else [],
        "costs": [cost_item(c) for c in route.get("costs", [])] if useful else [],
        "address": address(route["send_to"]) if useful else None,
        "source_title": route["source_title"],
        "notes": route_notes(route),
    }


def short_line(route: dict) -> str:
    """One line on what would decide a way that is shown short (on the result page and the checklist):
    for a way not judged, its first unknown reason; for a way that does not fit, the first condition
    it does not meet; else its headline. `route` is a way as present_route() gives it."""
    wanted = "unknown" if route["status"] == "needs_info" else "unmet"
    return next((r["text"] for r in route["reasons"] if r["status"] == wanted), route["headline"])


def fitting_way(routes: list) -> bool:
    """A way fits: the wizard asked nothing more about the others (decision/relevance.py), so the
    ways we cannot judge yet are not sent round the check again."""
    return any(r["status"] == "eligible" for r in routes)


def result_context(result: Mapping[str, Any]) -> dict:
    return {"today": result.get("today"), "routes": result["routes"]}


def present(result: dict) -> dict:
    """The result page's content, in the active language."""
    context = result_context(result)
    routes = [present_route(r, context) for r in result["routes"]]
    return {
        "goal": result.get("goal"),
        "goal_title": str(GOAL_TITLES.get(result.get("goal") or "", "")),
        "today": result["today"],
        "rules_version": result["rules_version"],
        "routes": routes,
        "open_routes": [r for r in routes if r["status"] in OPEN],
        "unknown_routes": [r for r in routes if r["status"] == "needs_info"],
        "fitting_way": fitting_way(routes),
        "closed_routes": [r for r in routes if r["status"] in CLOSED],
        "advice": advice_items(result.get("advice", [])),
        "duo_phone": phone_number(DUO_PHONE_NUMBER),
    }


__all__ = [
    "ADVICE_TEXTS",
    "CONDITIONS",
    "DOCUMENT_LABELS",
    "EXAM_PART_NAMES",
    "FILLED_BY",
    "FORM_WHAT",
    "GOAL_TITLES",
    "HOW_TO_SEND_NOTES",
    "MEDICAL_DOCUMENT_LABELS",
    "NOTE_TEXTS",
    "ROUTE_TITLES",
    "SCHOOL_CLOSED_WORDS",
    "STATUS_LABELS",
    "address",
    "advice_items",
    "condition_text",
    "cost_item",
    "country_name",
    "describe_date",
    "describe_value",
    "document_label",
    "document_list",
    "fitting_way",
    "form_item",
    "headline",
    "next_steps",
    "note_text",
    "phone_number",
    "present",
    "present_route",
    "result_context",
    "route_notes",
    "short_line",
    "shown_notes",
]
