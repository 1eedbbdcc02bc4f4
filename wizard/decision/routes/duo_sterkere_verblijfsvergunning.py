"""DUO, "Sterkere verblijfsvergunning": the DUO advice that goes with an IND application.

Routes: duo_advice_agi_course, duo_advice_agi_alfa, duo_advice_integrated.
"""

from __future__ import annotations

from .. import parameters as P
from ..answers import Answers
from ..counting import alfa_hours, all_parts_passed_scope, any_part_passed, course_hours, exam_attempts
from ..logic import MET, Condition, Route, note, tri
from ..result_types import Note
from ..sources import DUO_STERKER as SRC
from .duo_genoeg_cursus import school_listed as _listed
from .ind_bijlage import APPENDIX


def school_listed_now(a: Answers) -> Condition:
    """'Uw school staat op zoekinburgerschool.nl' (present tense, both advice routes)."""
    c = _listed(a, now=True)
    c.source = SRC
    return c


def _already_has(route_id: str, held: str, caveat: Note) -> Route:
    """Holding the advice already makes the route eligible, and it says "you already have it: send
    it with your IND application" instead of the steps to get one: one condition, met (the advice
    held); nothing to pay; it goes to the IND (docs/rules.md, "Holding an advice already").
    'Hebt u een positief advies gekregen? Stuur het dan samen met de aanvraag voor uw
    verblijfsvergunning naar de IND.' That application carries the IND's appendix, as every one does,
    with the evidence for the chosen route; the advice is that evidence (docs/rules.md, "Goal: a stronger residence permit").
    The route's note on where the IND text and the DUO page differ is not a step, and stays
    (docs/rules.md, "The DUO advice routes")."""
    held_advice = Condition(
        held, MET, SRC, "Stuur het dan samen met de aanvraag voor uw verblijfsvergunning naar de IND", asks=(held,)
    )
    return Route(route_id, SRC, [held_advice], [APPENDIX], "ind", notes=[note("already_have_advice"), caveat]).decide()


def _three_versus_four() -> Note:
    # 'minimaal 3 keer' here; the IND appendix says 'minimaal viermaal'. DUO gives the advice.
    return note("attempts_three_versus_four", duo=P.ATTEMPTS_ADVICE.value, ind=P.ATTEMPTS_AGI.value)


# 'Examen te moeilijk. Lukt het niet om het inburgeringsexamen te halen?': the advice is for people who
# did not pass every exam part (docs/rules.md, "Every exam part passed").
NOT_ALL_PASSED = "Lukt het niet om het inburgeringsexamen te halen?"


def _passed_exams(a: Answers) -> list[Note]:
    """'Hebt u al examens gehaald voor inburgeren? Dan krijgt u misschien géén positief advies.' (both
    advice routes: docs/rules.md, "The DUO advice routes")"""
    return [note("passed_exams_may_block_advice")] if any_part_passed(a) else []


def _closed(a: Answers, notes: list[Note]) -> None:
    if a.school_closed is True:
        notes.append(note("school_closed_send_evidence"))


def duo_advice_agi_course(a: Answers) -> Route:
    if a.duo_advice_agi:
        return _already_has("duo_advice_agi_course", "duo_advice_agi", _three_versus_four())
    notes: list[Note] = []
    conditions = [
        *all_parts_passed_scope(a, SRC, NOT_ALL_PASSED, notes),
        course_hours(a, SRC, notes),
        school_listed_now(a),
        exam_attempts(
            a, P.ATTEMPTS_ADVICE.value, SRC, "U hebt minimaal 3 keer geprobeerd om alle examens te halen", notes
        ),
    ]
    notes.append(_three_versus_four())
    notes += _passed_exams(a)
    notes.append(note("send_advice_with_ind_application"))
    _closed(a, notes)
    route = Route(
        "duo_advice_agi_course",
        SRC,
        conditions,
        ["agi_advice_application"],
        "duo",
        notes=notes,
        answer_weeks=P.ANSWER_WEEKS_DUO.value,
    )
    return route.decide()


def duo_advice_agi_alfa(a: Answers) -> Route:
    if a.duo_advice_agi:
        return _already_has("duo_advice_agi_alfa", "duo_advice_agi", note("ind_names_alfa_then_inburgering"))
    notes: list[Note] = []
    conditions = [*all_parts_passed_scope(a, SRC, NOT_ALL_PASSED, notes), alfa_hours(a, SRC), school_listed_now(a)]
    notes += [
        note("duo_test_invoice_first"),
        note("ind_names_alfa_then_inburgering"),
        *_passed_exams(a),
        note("send_advice_with_ind_application"),
    ]
    _closed(a, notes)
    route = Route(
        "duo_advice_agi_alfa",
        SRC,
        conditions,
        ["agi_advice_application"],
        "duo",
        costs=[{"id": "duo_test", "eur": P.COST_DUO_TEST.value}],
        notes=notes,
        answer_weeks=P.ANSWER_WEEKS_DUO.value,
    )
    return route.decide()


def integrated_conditions(a: Answers) -> list[Condition]:
    """'U woont al 10 jaar of langer in Nederland. U hebt 5 jaar of langer in Nederland gewerkt.
    Vrijwilligerswerk telt ook. Uw Nederlands is goed.' (Regeling inburgering art. 2.4a)"""
    lived, worked = a.years_lived_in_nl, a.years_worked_in_nl
    need_lived, need_worked = P.YEARS_LIVED_INTEGRATED.value, P.YEARS_WORKED_INTEGRATED.value
    return [
        Condition(
            "years_lived",
            tri(None if lived is None else lived >= need_lived),
            SRC,
            "U woont al 10 jaar of langer in Nederland",
            asks=("years_lived_in_nl",),
            have=lived,
            need=need_lived,
        ),
        Condition(
            "years_worked",
            tri(None if worked is None else worked >= need_worked),
            SRC,
            "U hebt 5 jaar of langer in Nederland gewerkt. Vrijwilligerswerk telt ook",
            asks=("years_worked_in_nl",),
            have=worked,
            need=need_worked,
        ),
        Condition("dutch_good", tri(a.dutch_good), SRC, "Uw Nederlands is goed", asks=("dutch_good",)),
    ]


def duo_advice_integrated(a: Answers) -> Route:
    """'U woont al 10 jaar of langer in Nederland. U hebt 5 jaar of langer in Nederland gewerkt.
    Vrijwilligerswerk telt ook. Uw Nederlands is goed.'"""
    if a.duo_advice_integrated:
        return _already_has(
            "duo_advice_integrated", "duo_advice_integrated", note("evidently_integrated_letter_not_exemption")
        )
    conditions = integrated_conditions(a)
    notes = [
        note("evidently_integrated_letter_not_exemption"),
        note("duo_interview_invoice_first"),
        note("send_advice_with_ind_application"),
    ]
    route = Route(
        "duo_advice_integrated",
        SRC,
        conditions,
        ["integrated_advice_application", "employer_statement"],
        "duo",
        costs=[{"id": "duo_interview", "eur": P.COST_DUO_INTERVIEW.value}],
        notes=notes,
    )
    return route.decide()


# One function per route, in the contract's order; each reads only the answers it needs.
ROUTES = (duo_advice_agi_course, duo_advice_agi_alfa, duo_advice_integrated)
