"""Advice: things to do that are not an exemption (docs/rules.md, "When each advice is given")."""

from __future__ import annotations

from . import parameters as P
from .answers import Answers
from .dates import on_or_after
from .logic import ELIGIBLE, NOT_YET, UNMET, Route
from .vocabulary import ADVICE_IDS

# The two ways of the third round: when either fits, extra time is no news (docs/rules.md,
# "Two more ways to be released").
OTHER_RELEASE_ROUTES = ("duo_release_integrated", "duo_release_medical")


def _release(a: Answers, by_id: dict[str, Route]) -> list[str]:
    if a.obliged is False:
        return []  # no inburgeringsplicht: nothing of the release goal, a closed school included
    out: list[str] = []
    if on_or_after(a.obligation_start, P.WI2021_START.value):
        # 'Kunt u niet doen wat in uw staat, neem dan contact op met de gemeente.'
        out.append("contact_municipality")
        return out  # never extra time under the Wet inburgering 2021 (docs/rules.md)
    course, alfa = by_id.get("duo_agi_course"), by_id.get("duo_agi_alfa")
    others_fit = any(by_id[r].status == ELIGIBLE for r in OTHER_RELEASE_ROUTES if r in by_id)
    # The trigger as docs/rules.md reads it, "When each advice is given": its only exceptions are the
    # ones written there (no obligation, 2022 or later, a way of 2026-12-06 that fits). Every exam part
    # passed makes both routes not_applicable, and is not one of them.
    if (
        course is not None
        and alfa is not None
        and not others_fit
        and not {course.status, alfa.status} & {ELIGIBLE, NOT_YET}
    ):
        short = [course.condition(c) for c in ("hours", "exam_attempts")]
        if any(c is not None and c.status == UNMET for c in short):
            # 'Hebt u niet genoeg uren gemaakt ...? Misschien kunt u dan wel extra tijd krijgen.'
            out.append("ask_extension")
    return out


def _permit(a: Answers, routes: list[Route], by_id: dict[str, Route]) -> list[str]:
    out: list[str] = []
    if not any(r.status in (ELIGIBLE, NOT_YET) for r in routes):
        out.append("see_ind")
    # ind_medical: only with medical_condition yes and no fitting medical document held; never merely
    # because medical_documents was answered with none (docs/rules.md, "When each advice is given").
    medical = by_id.get("ind_medical")
    document = medical.condition("medical_document") if medical else None
    if a.medical_condition is True and document is not None and document.status == UNMET:
        out.append("see_ind")
    return out


def advice(a: Answers, goals: list[str], routes_by_goal: dict[str, list[Route]]) -> list[str]:
    out: list[str] = []
    for goal in goals:
        routes = routes_by_goal.get(goal, [])
        by_id = {r.id: r for r in routes}
        if goal == "release_from_obligation":
            out += _release(a, by_id)
        elif goal == "stronger_permit":
            out += _permit(a, routes, by_id)
        elif goal == "naturalisation":
            out.append("see_ind")  # 'Ga dan naar de site van de IND'
    # 'Bestaat de school niet meer? Stuur dan zoveel mogelijk bewijzen ... naar DUO': whenever the school
    # is closed, but not for the release goal of someone with no inburgeringsplicht.
    if a.school_closed is True and any(g != "release_from_obligation" or a.obliged is not False for g in goals):
        out.append("school_closed_evidence")
    return [x for x in ADVICE_IDS if x in out]
