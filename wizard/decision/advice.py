"""Advice: things to do that are not an exemption (rules.md, "When each advice is given")."""
from __future__ import annotations

from . import parameters as P
from .answers import Answers
from .logic import ELIGIBLE, NOT_APPLICABLE, NOT_ELIGIBLE, NOT_YET, UNMET
from .vocabulary import ADVICE_IDS


def _release(a: Answers, by_id: dict) -> list:
    out = []
    if a.obligation_start is not None and a.obligation_start >= P.WI2021_START.value and a.obliged is not False:
        # 'Kunt u niet doen wat in uw staat, neem dan contact op met de gemeente.'
        out.append("contact_municipality")
    course, alfa = by_id.get("duo_agi_course"), by_id.get("duo_agi_alfa")
    if course and alfa and NOT_APPLICABLE not in (course.status, alfa.status):
        if not {course.status, alfa.status} & {ELIGIBLE, NOT_YET}:
            short = [course.condition(c) for c in ("hours", "exam_attempts")]
            if any(c is not None and c.status == UNMET for c in short):
                # 'Hebt u niet genoeg uren gemaakt ...? Misschien kunt u dan wel extra tijd krijgen.'
                out.append("ask_extension")
    return out


def _permit(a: Answers, routes: list, by_id: dict) -> list:
    if not any(r.status in (ELIGIBLE, NOT_YET) for r in routes):
        return ["see_ind"]
    # ind_medical: 'answered without a fitting one gives not_eligible with advice see_ind'
    # (medical_condition "no" makes the route not_eligible without any advice).
    medical = by_id.get("ind_medical")
    if a.medical_condition is not False and medical and medical.status == NOT_ELIGIBLE:
        return ["see_ind"]
    return []


def advice(a: Answers, goals: list, routes_by_goal: dict) -> list:
    out = []
    for goal in goals:
        routes = routes_by_goal.get(goal, [])
        by_id = {r.id: r for r in routes}
        if goal == "release_from_obligation":
            out += _release(a, by_id)
        elif goal == "stronger_permit":
            out += _permit(a, routes, by_id)
        elif goal == "naturalisation":
            out.append("see_ind")  # 'Ga dan naar de site van de IND'
    if a.school_closed is True:
        out.append("school_closed_evidence")
    return [x for x in ADVICE_IDS if x in out]
