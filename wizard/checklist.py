"""The checklist's content: what to do, gather and send, with tick boxes, built from a decision result.

This module DECIDES NOTHING. It reads the result of the decision service (statuses, conditions
with the person's figures, forms, costs, notes, advice) and the person's own answers (to repeat
their figures: hours per course type, attempts per exam part, dates), and says them in words.
The sentences the result page also shows come from wizard/presentation.py; only the words that
belong to paper (tick boxes, papers to attach, the envelope) live here.

    checklist(result, answers, language="ar", name=None) -> dict

Every text is in the person's language; where the Dutch words differ, the text is a `Twin`: a
string that also carries `.nl`, the same msgid in Dutch, and renders both in a template.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_bidi, gettext_lazy, override
from django.utils.translation import gettext as _

from wizard import presentation as words
from wizard.decision import parse
from wizard.decision.answers import EXAM_PARTS, LANGUAGE_PARTS
from wizard.decision.catalogue import FORMS, SCHOOL_CLOSED_EVIDENCE
from wizard.templatetags.babel_format import long_date, number

DUTCH = "nl"
NEEDS_INFO = "needs_info"
NAME_MAX_LENGTH = 80

# Papers a form asks to attach (catalogue `attach` ids that are not forms themselves).
ATTACH_WORDS = {
    "evidence_of_situation": gettext_lazy("Proof of your very difficult situation"),
    "evidence_of_hours": gettext_lazy(
        "Proof of your hours of course or education (for example certificates or attendance lists)"
    ),
    "evidence_of_circumstances": gettext_lazy("Proof of your special personal circumstances: as much as you can"),
    "evidence_for_route": gettext_lazy("The proof for the situation you tick on the appendix"),
}
# Notes that the list of papers already says in full (the other notes are printed as they are).
NOTES_AS_PAPERS = {
    "copy_of_diploma_not_certified",
    "grade_list_needed",
    "apostille_for_foreign_diploma",
    "participation_proof_needed",
    "school_closed_send_evidence",
    "plain_copy_of_letter",
}
HOURS_LABELS = (
    ("hours_inburgering", gettext_lazy("Inburgeringscursus")),
    ("hours_nt2", gettext_lazy("Nt2 course (Dutch as a second language)")),
    ("hours_alfa", gettext_lazy("Alfabetiseringscursus")),
    ("hours_education", gettext_lazy("Other course or education")),
)
YEARS_LABELS = (
    ("years_lived_in_nl", gettext_lazy("Years lived in the Netherlands")),
    ("years_worked_in_nl", gettext_lazy("Years worked in the Netherlands (volunteer work included)")),
    ("school_age_years_in_nl", gettext_lazy("Years lived in the Netherlands at school age (5 to 16)")),
)
DATE_LABELS = (
    ("obligation_start", gettext_lazy("Your inburgeringsplicht started")),
    ("term_start", gettext_lazy("Your inburgeringstermijn started")),
    ("roc_advice_date", gettext_lazy("Date of your ROC advice")),
    ("application_date", gettext_lazy("You send your IND application on")),
)


class Twin(str):
    """A text in the person's language that also carries the Dutch text (`.nl`).

    In a template `{{ text }}` shows both: the Dutch line follows in a span of class "nl" (with
    dir="ltr", for Arabic pages); CSS puts it under the item in the Latin font. Both parts are escaped.
    The span has no lang="nl": WeasyPrint 70 tags only the document's language, so the attribute
    would tell a screen reader nothing, and a change of language made WeasyPrint 70 lay each such
    line out apart, about a tenth of a translated checklist's time (docs/benchmark.md).
    """

    nl: str

    def __new__(cls, text: str, nl: str):
        twin = super().__new__(cls, text)
        twin.nl = nl
        return twin

    def __html__(self):
        return mark_safe(f'{escape(str(self))}<span class="nl" dir="ltr">{escape(self.nl)}</span>')


class LeftToRight(str):
    """Latin text on a right-to-left page (a name, a figure, a text not translated yet): it keeps
    its own direction, so a full stop stays at its end."""

    def __html__(self):
        return mark_safe(f'<span dir="ltr">{escape(str(self))}</span>')


# Values that are ids, not words: never wrapped (they go into class names and comparisons).
NOT_TEXT = {"id", "status"}


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _words(text: str) -> list:
    return re.findall(r"\w+", text)


def _holds_words(text: str, dutch: str) -> bool:
    """Every word of the Dutch text is in the text (a name in brackets, in another order)."""
    found = set(_words(text))
    wanted = _words(dutch)
    return bool(wanted) and all(word in found for word in wanted)


def pair(text, dutch, bidi=False):
    """Join the content built in the person's language with the same content built in Dutch."""
    if isinstance(text, dict):
        return {key: value if key in NOT_TEXT else pair(value, dutch[key], bidi) for key, value in text.items()}
    if isinstance(text, (list, tuple)):
        return [pair(a, b, bidi) for a, b in zip(text, dutch)]
    if isinstance(text, str) and isinstance(dutch, str):
        # The Dutch line is left out when the text already holds it ("Reading (Lezen)" / "Lezen"),
        # also in another order ("Knowledge of Dutch society (KNM, Kennis van de Nederlandse
        # Maatschappij)" / "Kennis van de Nederlandse Maatschappij (KNM)").
        if dutch not in text and not _holds_words(text, dutch):
            return Twin(text, dutch)
        if bidi and text and not _right_to_left(text):
            return LeftToRight(text)
    return text


def clean_name(value) -> str:
    """The optional name to print: one line, no control characters, at most 80 characters."""
    if not isinstance(value, str):
        return ""
    text = "".join(ch if ch.isprintable() else " " for ch in value)
    return " ".join(text.split())[:NAME_MAX_LENGTH]


# --- The person's own figures ----------------------------------------------------------------
def _hours(parsed) -> list:
    rows = []
    for field, label in HOURS_LABELS:
        value = getattr(parsed, field)
        if value is not None:
            rows.append({"label": str(label), "value": _("%(hours)s hours") % {"hours": number(value)}})
    return rows


def _years(parsed) -> list:
    rows = []
    for field, label in YEARS_LABELS:
        value = getattr(parsed, field)
        if value is not None:
            rows.append({"label": str(label), "value": _("%(years)s years") % {"years": number(value)}})
    return rows


def _exam_parts(parsed) -> list:
    rows = []
    for part in EXAM_PARTS:
        answer = (parsed.exam_parts or {}).get(part)
        if answer is None:
            continue
        nt2 = answer.attempts_nt2 if part in LANGUAGE_PARTS else None
        rows.append(
            {
                "part": str(words.EXAM_PART_NAMES[part]),
                "result": _result(part, answer),
                "attempts_inburgering": _count(answer.attempts_inburgering),
                "attempts_nt2": _count(nt2) if part in LANGUAGE_PARTS else "–",
            }
        )
    return rows


def _result(part: str, answer) -> str:
    """Passed, not passed, or not taken (0 attempts of each kind): a part never taken was not failed."""
    if answer.passed:
        return _("Passed")
    no_nt2 = answer.attempts_nt2 == 0 or part not in LANGUAGE_PARTS
    if answer.attempts_inburgering == 0 and no_nt2:
        return _("Not taken")
    return _("Not passed")


def _count(value) -> str:
    return _("not known") if value is None else number(value)


def _dates(parsed) -> list:
    rows = []
    for field, label in DATE_LABELS:
        value = getattr(parsed, field)
        if value is not None and field in parsed.given:
            rows.append({"label": str(label), "value": long_date(value)})
    for document in parsed.medical_documents or ():
        if document.date is not None:
            label = words.MEDICAL_DOCUMENT_LABELS.get(document.id, document.id)
            rows.append({"label": str(label), "value": long_date(document.date)})
    return rows


def figures(parsed) -> dict:
    return {
        "hours": _hours(parsed),
        "years": _years(parsed),
        "exam_parts": _exam_parts(parsed),
        "dates": _dates(parsed),
    }


# --- A route: steps, forms, papers, costs, waiting, address ---------------------------------------
def _condition(route: dict, cid: str) -> dict:
    return next((c for c in route["conditions"] if c["id"] == cid), {})


def papers(route: dict) -> list:
    """Each paper to put in the envelope, as a tick box: what the forms ask to attach and what the
    result's notes and conditions name (certified copies, grade lists, apostille, school evidence)."""
    items = []
    for form_id in route["forms"]:
        for attach in FORMS[form_id].get("attach", []):
            if attach in FORMS:
                continue  # a form of its own: listed with the forms when the route uses it
            if attach in ATTACH_WORDS:
                items.append(str(ATTACH_WORDS[attach]))
    notes = {n["id"]: n for n in route.get("notes", [])}
    if "copy_of_diploma_not_certified" in notes:
        items.append(_("A copy of your inburgeringsdiploma (it does not need to be certified)"))
    if "certified_copy_not_original" in notes:
        certified = notes["certified_copy_not_original"].get("documents")
        if certified is None:
            certified = _condition(route, "exempting_document").get("documents", [])
        for doc in certified:
            items.append(_("A certified copy (gewaarmerkte kopie) of: %(doc)s") % {"doc": words.document_label(doc)})
    for doc in notes.get("plain_copy_of_letter", {}).get("documents", []):
        items.append(_("A plain copy (kopie) of: %(doc)s") % {"doc": words.document_label(doc)})
    for doc in notes.get("grade_list_needed", {}).get("documents", []):
        items.append(
            _("The grade list (cijferlijst) with a pass for Dutch, for: %(doc)s") % {"doc": words.document_label(doc)}
        )
    if "apostille_for_foreign_diploma" in notes:
        items.append(_("An apostille stamp on your diploma from abroad"))
    if "participation_proof_needed" in notes:
        items.append(_("The DUO letter that shows you finished the participatieverklaringstraject"))
    if "school_closed_send_evidence" in notes:
        items.extend(str(words.SCHOOL_CLOSED_WORDS[e]) for e in SCHOOL_CLOSED_EVIDENCE)
    if "already_have_advice" in notes:
        items.append(_("Your positive DUO advice"))
    medical = _condition(route, "medical_document")
    if medical.get("status") == "met":
        for doc in medical.get("documents", []):
            items.append(_("Your medical letter or advice: %(doc)s") % {"doc": words.document_label(doc)})
    roc = _condition(route, "roc_advice_valid")
    if roc.get("status") == "met":
        items.append(_("Your ROC advice (valid until %(until)s)") % {"until": long_date(roc.get("valid_until", ""))})
    return items


def when(route: dict) -> str:
    """From when the person can send it, as the result says."""
    if route["status"] == "eligible":
        return _("You can send it now.")
    if route["status"] == "not_yet":
        return _("You can send it from %(date)s.") % {"date": long_date(route.get("eligible_from") or "")}
    return _("First find out what is missing (see below).")


def waiting(route: dict) -> list:
    lines = []
    if route.get("answer_weeks"):
        lines.append(_("You get an answer within %(weeks)s weeks.") % {"weeks": number(route["answer_weeks"])})
    for cost in route.get("costs", []):
        if cost["id"] in ("duo_test", "duo_interview"):
            lines.append(_("After you pay the invoice, DUO sends you an invitation."))
            break
    return lines


def send_to_line(route: dict) -> str:
    return {
        "duo": _("Send to: DUO (use the address on the form)."),
        "szw": _("Send to: the Ministry of SZW (Ministerie van SZW)."),
        "ind": _("Send it with your application to the IND."),
    }.get(route["send_to"], "")


def route_block(route: dict, context: dict | None = None, printed: set | None = None) -> dict:
    """One way, with everything to do for it. `printed` holds what the checklist has already
    printed in full (forms and notes, by key): a form named again is not described again, and a note
    said once is not said again; the set grows with this way's."""
    printed = set() if printed is None else printed
    shown = words.present_route(route, context)
    forms = []
    for form_id in route["forms"]:
        item = words.form_item(form_id)
        if ("form", form_id) in printed:
            forms.append({"name_nl": item["name_nl"], "what": _("The same form as above."), "filled_by": ""})
        else:
            forms.append({"name_nl": item["name_nl"], "what": item["what"], "filled_by": item["filled_by"]})
            printed.add(("form", form_id))
    notes = []
    for note in _printed_notes(route):
        text = words.note_text(note)
        if text and ("note", _note_key(note)) not in printed:
            notes.append(text)
            printed.add(("note", _note_key(note)))
    return {
        "id": route["id"],
        "status": route["status"],
        "status_label": shown["status_label"],
        "title": shown["title"],
        "headline": shown["headline"],
        "when": when(route),
        "find_out": [words.condition_text(c, context) for c in route["conditions"] if c["status"] == "unknown"],
        "forms": forms,
        "costs": [words.cost_item(c) for c in route.get("costs", [])],
        "source_title": route["source_title"],
        "send_to": send_to_line(route),
        "steps": words.next_steps(route, answer_time=False),  # the waiting time says it
        "papers": papers(route),
        "waiting": waiting(route),
        "address": words.address(route["send_to"]),
        "notes": notes,
    }


def _printed_notes(route: dict) -> list:
    """The notes a way in full prints as notes (the others are in its list of papers)."""
    return [n for n in route.get("notes", []) if n["id"] not in NOTES_AS_PAPERS]


def short_block(route: dict, context: dict | None = None) -> dict:
    """A way listed short, as on the result page: its title and one line on what would decide it
    (presentation.short_line)."""
    shown = words.present_route(route, context)
    return {"id": route["id"], "status": route["status"], "title": shown["title"], "line": words.short_line(shown)}


def _note_key(note: dict) -> str:
    return repr(sorted(note.items()))


def closed_groups(routes: list, printed: set, context: dict | None = None) -> list:
    """Ways that are not for the person, listed short, with the notes they carry that the checklist
    does not print already (rules.md: a note is shown on the checklist also for a not_applicable
    route). Ways with the same notes share them: with every exam part passed, seven ways carry the
    same note, printed once. A way with no note left is not printed: it asks nothing of the person."""
    groups: dict[tuple[str, ...], tuple[list[dict], list[str]]] = {}
    for route in routes:
        said = [(_note_key(n), words.note_text(n)) for n in words.shown_notes(route)]
        new = [(key, text) for key, text in said if text and ("note", key) not in printed]
        if new:
            ways, _texts = groups.setdefault(tuple(key for key, _text in new), ([], [text for _key, text in new]))
            ways.append(short_block(route, context))
    return [{"routes": ways, "notes": texts} for ways, texts in groups.values()]


# --- The whole checklist -------------------------------------------------------------------------
def labels() -> dict:
    """Headings and fixed words of the paper."""
    return {
        "title": _("Checklist: what to send, and to whom"),
        "name": _("Name"),
        "intro": _("Tick a box when it is done. Keep this paper with your papers."),
        "not_decision": _(
            "This is not a decision. DUO, the Ministry of SZW or the IND decides. This checklist "
            "shows what the public rules say about your answers."
        ),
        "short_not_decision": _("This is not a decision."),
        "your_figures": _("Your figures"),
        "hours": _("Course hours"),
        "years": _("Years"),
        "exam_parts": _("Exam parts"),
        "exam_part": _("Part"),
        "exam_result": _("Result"),
        "attempts_inburgering": _("Attempts inburgeringsexamen"),
        "attempts_nt2": _("Attempts Staatsexamen Nt2"),
        "dates": _("Dates"),
        "ways": _("Your ways"),
        "unknown_ways": _("Ways we cannot judge yet"),
        "unknown_intro": _("For these ways an answer is missing. Find it out, then do the check again."),
        # When a way fits, the wizard asks nothing more about the others (wizard/decision/relevance.py):
        # a new check would not ask either, so the person is sent to whoever decides instead.
        "unknown_not_asked": _(
            "A way above already fits you. That is why the check did not ask more about "
            "these ways. Do you want to use one of them instead? Find out what is missing, "
            "and ask the organisation that decides."
        ),
        "no_ways": _("No way fits your answers now. Read the advice below, or look at your result page."),
        "find_out": _("Find out first"),
        "closed_ways": _("Ways that are not for you now"),
        "steps": _("What to do"),
        "forms": _("Forms and letters (official Dutch names)"),
        "papers": _("Papers to send with it"),
        "costs": _("Costs"),
        "waiting": _("Waiting time"),
        "address": _("Where to send it"),
        "envelope": _("Address for the envelope"),
        "notes": _("Good to know"),
        "advice": _("Advice"),
        "source": _("Source:"),
        "made": _("Made on %(date)s.") % {"date": long_date(timezone.localdate())},
        "sources": _("Sources:"),
        # issue 21: the public rules page, named as text (a link cannot be followed on paper).
        "rules_page": _(
            "Every rule this check applies, with its source: the page 'How this check decides' "
            "on this website (%(path)s)."
        )
        % {"path": reverse("rules")},
    }


def build(result: Mapping[str, Any], answers: dict, name: str = "") -> dict:
    """The checklist's content in the active language. As on the result page (wizard/result_summary.py):
    the ways that fit in full; the ways we cannot judge yet in full when none fits, else short (the
    wizard asked nothing more about them); the ways that are not for the person short, and only
    those with a note to show."""
    parsed = parse(answers)
    routes = result["routes"]
    fits = words.fitting_way(routes)
    open_routes = [r for r in routes if r["status"] in words.OPEN]
    unknown = [r for r in routes if r["status"] == NEEDS_INFO]
    context = words.result_context(result)
    printed: set = set()
    open_blocks = [route_block(r, context, printed) for r in open_routes]
    unknown_blocks = [] if fits else [route_block(r, context, printed) for r in unknown]
    closed = [r for r in routes if r["status"] in words.CLOSED]
    return {
        "labels": labels(),
        "goal_title": str(words.GOAL_TITLES.get(result.get("goal") or "", "")),
        "checked_on": _("Checked for %(date)s.") % {"date": long_date(result["today"])},
        "rules_version": _("Rules version %(version)s.") % {"version": result["rules_version"]},
        "name": name,
        "figures": figures(parsed),
        "open_routes": open_blocks,
        "unknown_routes": unknown_blocks,
        "unknown_short": [short_block(r, context) for r in unknown] if fits else [],
        "closed_groups": closed_groups(closed, printed, context),
        "fitting_way": fits,
        "advice": words.advice_items(result.get("advice", [])),
        "sources": list(dict.fromkeys(r["source_title"] for r in routes)),
    }


def checklist(result: Mapping[str, Any], answers: dict, language: str, name=None) -> dict:
    """The checklist in `language`, with the Dutch text beside each item when it differs."""
    name = clean_name(name)
    with override(language):
        content = build(result, answers, name)
        bidi = get_language_bidi()
    if language != DUTCH:
        with override(DUTCH):
            content = pair(content, build(result, answers, name), bidi)
    content.update({"language": language, "bidi": bidi})
    return content


__all__ = ["checklist", "build", "pair", "Twin", "LeftToRight", "clean_name", "papers"]
