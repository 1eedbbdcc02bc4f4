"""DUO, "Genoeg cursus en examens gedaan": release from the inburgeringsplicht (AGI ontheffing).

Routes: duo_agi_course, duo_agi_alfa, szw_hardship_letter.
"""

from __future__ import annotations

from .. import parameters as P
from ..answers import Answers
from ..counting import alfa_hours, all_parts_passed_scope, course_hours, exam_attempts, term_elapsed
from ..dates import before, on_or_after
from ..logic import (
    ELIGIBLE,
    MET,
    NORMAL,
    NOT_APPLICABLE,
    NOT_ELIGIBLE,
    NOT_YET,
    SCOPE,
    UNKNOWN,
    UNMET,
    Condition,
    Route,
    note,
    tri,
)
from ..result_types import Note
from ..sources import DUO_GENOEG as SRC

AGI_FORMS = ("agi_ontheffing_application", "course_participation_statement")


def obliged(a: Answers) -> Condition:
    """There must be an inburgeringsplicht to be released from. Only the answer `obliged` says so: a
    start date given without it leaves it unknown (contract: a field not answered counts as unknown)."""
    return Condition("obliged", tri(a.obliged), SRC, "Moest u beginnen met inburgeren", kind=SCOPE, asks=("obliged",))


def started_before_2022(a: Answers) -> Condition:
    """'Moest u beginnen met inburgeren op 1 januari 2022 of later? Dan is deze pagina niet voor u.'"""
    return Condition(
        "obligation_before_2022",
        tri(before(a.obligation_start, P.WI2021_START.value)),
        SRC,
        "U moest beginnen met inburgeren vóór 1 januari 2022",
        kind=SCOPE,
        asks=("obligation_start",),
    )


def school_listed(a: Answers, now: bool) -> Condition:
    """Course route: 'Uw school stond op zoekinburgerschool.nl toen u begon' (past tense);
    alfa route: 'Uw school staat op zoekinburgerschool.nl' (present tense). A closed school
    cannot 'staan' on the list: then the listing at the start counts. A school not on the list now
    that may have closed is unknown, asking whether it still exists, unless it was not listed at the
    start either (docs/rules.md, "A closed school")."""
    at_start = Condition(
        "school_listed_at_start",
        tri(a.school_listed_at_start),
        SRC,
        "Uw school stond op zoekinburgerschool.nl toen u begon met de cursus",
        asks=("school_listed_at_start",),
    )
    if not now or a.school_closed is True:
        return at_start
    phrase = "Uw school staat op zoekinburgerschool.nl"
    if a.school_listed_now is False and a.school_closed is None and a.school_listed_at_start is not False:
        return Condition("school_listed_now", UNKNOWN, SRC, phrase, asks=("school_closed",))
    return Condition("school_listed_now", tri(a.school_listed_now), SRC, phrase, asks=("school_listed_now",))


def common_notes(a: Answers) -> list[Note]:
    notes = [note("exam_parts_only"), note("online_lessons_do_not_count", since=P.ONLINE_HOURS_END.value.isoformat())]
    if on_or_after(a.obligation_start, P.PARTICIPATION_FROM.value):
        notes.append(note("participation_statement_still_needed"))
    return notes


def forms(a: Answers) -> list[str]:
    if a.school_closed is True:
        return ["agi_ontheffing_application"]  # the school cannot sign: evidence instead (school_closed_evidence)
    return list(AGI_FORMS)


def scope_notes(a: Answers, conditions: list[Condition]) -> list[Note]:
    if conditions[0].status == UNMET:
        return [note("no_obligation")]
    if conditions[1].status == UNMET:
        return [note("not_for_2022_or_later")]
    return []


# 'En lukt het niet om alle examens op tijd te halen?': the AGI page is for people who did not pass
# every exam (docs/rules.md, "Every exam part passed").
NOT_ALL_PASSED = "En lukt het niet om alle examens op tijd te halen?"


def release_scope(a: Answers, notes: list[Note]) -> list[Condition]:
    """The scope every DUO release route shares: an inburgeringsplicht, begun before 2022, with an exam
    part still to pass."""
    return [obliged(a), started_before_2022(a), *all_parts_passed_scope(a, SRC, NOT_ALL_PASSED, notes)]


def duo_agi_course(a: Answers) -> Route:
    notes = common_notes(a)
    conditions = [
        *release_scope(a, notes),
        term_elapsed(a, SRC, notes),
        course_hours(a, SRC, notes),
        school_listed(a, now=False),
        exam_attempts(
            a, P.ATTEMPTS_AGI.value, SRC, "U hebt minimaal 4 keer geprobeerd om alle examens te halen", notes
        ),
    ]
    if a.school_closed is True:
        notes.append(note("school_closed_send_evidence"))
    return Route(
        "duo_agi_course",
        SRC,
        conditions,
        forms(a),
        "duo",
        notes=scope_notes(a, conditions) + notes,
        answer_weeks=P.ANSWER_WEEKS_DUO.value,
    ).decide()


def duo_agi_alfa(a: Answers) -> Route:
    notes = common_notes(a)
    conditions = [
        *release_scope(a, notes),
        term_elapsed(a, SRC, notes),
        alfa_hours(a, SRC),
        school_listed(a, now=True),
    ]
    notes.append(note("duo_test_take_part_actively"))
    if a.school_closed is True:
        notes.append(note("school_closed_send_evidence"))
    return Route(
        "duo_agi_alfa",
        SRC,
        conditions,
        forms(a),
        "duo",
        costs=[{"id": "duo_test", "eur": P.COST_DUO_TEST.value}],
        notes=scope_notes(a, conditions) + notes,
        answer_weeks=P.ANSWER_WEEKS_DUO.value,
    ).decide()


def _asks_of(*routes: Route) -> tuple[str, ...]:
    """The answers the unknown conditions of these routes ask for, each once, in order."""
    return tuple(dict.fromkeys(name for r in routes for c in r.conditions if c.status == UNKNOWN for name in c.asks))


def szw_hardship_letter(a: Answers, course: Route, alfa: Route) -> Route:
    """'Hebt u minimaal 600 uur cursus of onderwijs gevolgd? Maar kunt u door een heel moeilijke
    situatie niet aan alle voorwaarden voldoen? Stuur dan een brief.'"""
    values = (a.hours_inburgering, a.hours_nt2, a.hours_alfa, a.hours_education)
    known = sum(v for v in values if v is not None)
    need = P.HOURS_TOTAL.value
    hours_status = MET if known >= need else (UNMET if None not in values else UNKNOWN)
    asks = tuple(
        n for n, v in zip(("hours_inburgering", "hours_nt2", "hours_alfa", "hours_education"), values) if v is None
    )
    statuses = {course.status, alfa.status}
    if statuses & {ELIGIBLE, NOT_YET}:
        no_duo_route = UNMET
    elif statuses <= {NOT_ELIGIBLE, NOT_APPLICABLE}:
        no_duo_route = MET
    else:
        no_duo_route = UNKNOWN
    scope_notes_: list[Note] = []
    conditions = [
        *release_scope(a, scope_notes_),
        Condition(
            "hours_any_course_or_education",
            hours_status,
            SRC,
            "Hebt u minimaal 600 uur cursus of onderwijs gevolgd?",
            asks=asks,
            have=known,
            need=need,
        ),
        Condition(
            "difficult_situation",
            tri(a.difficult_situation),
            SRC,
            "kunt u door een heel moeilijke situatie niet aan alle voorwaarden voldoen?",
            asks=("difficult_situation",),
        ),
        # Unknown while a DUO route is: the answers that would decide those routes decide this one.
        Condition(
            "no_duo_agi_route",
            no_duo_route,
            SRC,
            "niet aan alle voorwaarden voldoen",
            kind=NORMAL,
            asks=_asks_of(course, alfa),
        ),
    ]
    notes = scope_notes(a, conditions) + scope_notes_
    if no_duo_route == UNMET:
        notes.append(note("ordinary_application_fits"))
    notes.append(note("explain_situation_exactly"))
    return Route("szw_hardship_letter", SRC, conditions, ["szw_letter"], "szw", notes=notes).decide()


def routes(a: Answers) -> list[Route]:
    course = duo_agi_course(a)
    alfa = duo_agi_alfa(a)
    return [course, alfa, szw_hardship_letter(a, course, alfa)]
