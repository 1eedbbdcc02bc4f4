"""Counting rules used by several routes: the 2.5 years, course hours, exam attempts.

A missing number is unknown, but a condition is decided whenever the known values decide it:
hours and attempts are never negative (docs/rules.md, "Missing answers inside sums and lists").
"""

from __future__ import annotations

from . import parameters as P
from .answers import EXAM_PARTS, LANGUAGE_PARTS, Answers
from .dates import add_months, on_or_after
from .logic import MET, SCOPE, UNKNOWN, UNMET, WAIT, Condition, note
from .result_types import ConditionDetails, Note, PartReport
from .statuses import ConditionStatus

INF = float("inf")


def _low(value: int | None) -> int:
    return 0 if value is None else value


def _high(value: int | None) -> float:
    return INF if value is None else value


def term_elapsed(a: Answers, source: str, notes: list[Note]) -> Condition:
    """'Uw inburgeringstermijn is 2,5 jaar geleden gestart': term start + 30 calendar months <= today.

    A start known only by month or year counts from the last day it could be, so `eligible_from` is
    the first day on which the 2.5 years are sure; when they could have passed earlier, the note
    `eligible_from_may_be_earlier` gives that earliest day and the condition asks for `term_start`
    (docs/rules.md, "Partial dates").
    """
    start = a.term_start
    if start is None and a.obligation_start is not None:
        start = a.obligation_start
        notes.append(note("term_start_assumed", obligation_start=start.isoformat()))
    phrase = "Uw inburgeringstermijn is 2,5 jaar geleden gestart"
    if start is None:
        return Condition("term_elapsed", UNKNOWN, source, phrase, kind=WAIT, asks=("term_start",))
    sure = add_months(start.last, P.TERM_MONTHS.value)
    earliest = add_months(start.first, P.TERM_MONTHS.value)
    details: ConditionDetails = {"term_start": start.isoformat()}
    if sure <= a.today:
        return Condition("term_elapsed", MET, source, phrase, kind=WAIT, eligible_from=sure, details=details)
    asks: tuple[str, ...] = ()
    if earliest < sure:
        details["earliest"] = earliest.isoformat()
        notes.append(note("eligible_from_may_be_earlier", earliest=earliest.isoformat(), term_start=start.isoformat()))
        asks = ("term_start",)  # the exact day could bring the date forward
    return Condition("term_elapsed", UNMET, source, phrase, kind=WAIT, eligible_from=sure, asks=asks, details=details)


def _course_ways(hi: float, hn: float, ha: float) -> tuple[float, float]:
    """Hours still missing for each way of the course route (0 = that way is met)."""
    way_nt2 = max(0, P.HOURS_TOTAL.value - (hi + hn))
    way_alfa = max(0, P.HOURS_INBURGERING_WITH_ALFA.value - hi, P.HOURS_TOTAL.value - (hi + ha))
    return way_nt2, way_alfa


def course_hours(a: Answers, source: str, notes: list[Note]) -> Condition:
    """Course route: inburgering + Nt2 >= 600, or inburgering >= 200 and inburgering + alfa >= 600.

    'U mag uren inburgeringscursus en uren Nt2 bij elkaar optellen. U mag ook uren
    inburgeringscursus en alfabetiseringscursus bij elkaar optellen, als u minimaal 200 uur
    inburgeringscursus hebt gedaan.' The texts never allow all three kinds together.
    """
    hi, hn, ha = a.hours_inburgering, a.hours_nt2, a.hours_alfa
    li, ln, la = _low(hi), _low(hn), _low(ha)
    low = _course_ways(li, ln, la)
    high = _course_ways(_high(hi), _high(hn), _high(ha))
    phrase = "U hebt minimaal 600 uur cursus gedaan"
    total, with_alfa = P.HOURS_TOTAL.value, P.HOURS_INBURGERING_WITH_ALFA.value
    if min(low) == 0:
        status = MET
    elif min(high) > 0:
        status = UNMET
    else:
        status = UNKNOWN
    missing = min(low)
    nearest = "inburgering_plus_nt2" if low[0] <= low[1] else "inburgering_plus_alfa"
    together = li + (ln if nearest == "inburgering_plus_nt2" else la)
    have, need = together, total
    details: ConditionDetails = {
        "way": nearest,
        "hours_missing": missing,
        "hours_together": together,
        "hours_together_need": total,
    }
    # 'Unmet conditions report the hours still missing for the nearest way': have/need are the limit
    # that leaves them missing. With alfa that can be the 200 hours of inburgering (199 + 401: 1 missing).
    if status == UNMET and nearest == "inburgering_plus_alfa" and with_alfa - li > total - together:
        have, need = li, with_alfa
    # 'where only the three together reach 600': not when a pair the texts name reaches it by itself
    # (199 inburgering + 401 alfa misses the 200 hours of inburgering, which the details say).
    if status == UNMET and li + ln + la >= total and li + ln < total and li + la < total:
        notes.append(note("ask_duo_combine_hours", total=li + ln + la))
    if status == UNMET and li < with_alfa and la > 0:
        details["inburgering_hours_for_alfa"] = with_alfa
    asks = tuple(n for n, v in (("hours_inburgering", hi), ("hours_nt2", hn), ("hours_alfa", ha)) if v is None)
    return Condition("hours", status, source, phrase, asks=asks, have=have, need=need, details=details)


def alfa_hours(a: Answers, source: str) -> Condition:
    """Alfa route: 'minimaal 600 uur ... Hiervan moet minimaal 300 uur alfabetiseringscursus zijn.
    De rest mag inburgeringscursus zijn.'"""
    hi, ha = a.hours_inburgering, a.hours_alfa
    total, alfa_min = P.HOURS_TOTAL.value, P.HOURS_ALFA_MIN.value

    def missing(hi_: float, ha_: float) -> float:
        return max(0, alfa_min - ha_, total - (ha_ + hi_))

    li, la = _low(hi), _low(ha)
    low, high = missing(li, la), missing(_high(hi), _high(ha))
    status = MET if low == 0 else (UNMET if high > 0 else UNKNOWN)
    asks = tuple(n for n, v in (("hours_alfa", ha), ("hours_inburgering", hi)) if v is None)
    together = la + li
    have, need = together, total
    # The hours still missing (docs/rules.md, "Course hours"): have/need are the limit that leaves them
    # missing, which is the 300 hours of alfabetisering when the total is reached without them.
    if status == UNMET and alfa_min - la > total - together:
        have, need = la, alfa_min
    return Condition(
        "hours",
        status,
        source,
        "Hiervan moet minimaal 300 uur alfabetiseringscursus zijn",
        asks=asks,
        have=have,
        need=need,
        details={
            "hours_alfa": la,
            "hours_alfa_need": alfa_min,
            "hours_missing": low,
            "hours_together": together,
            "hours_together_need": total,
        },
    )


def _ona_counts(a: Answers) -> bool | None:
    """ONA is part of the exam only for an inburgeringsplicht from 1 January 2015."""
    return on_or_after(a.obligation_start, P.ONA_FROM.value)


def exam_attempts(a: Answers, need: int, source: str, phrase: str, notes: list[Note]) -> Condition:
    """For every part not passed: attempts_inburgering + min(attempts_nt2, 2) >= need.

    'Per examen mag u niet meer dan 2 Nt2-examens meetellen.' Nt2 attempts exist only for the
    four language parts. A part not reported is unknown.
    """
    cap = P.NT2_ATTEMPTS_CAP.value
    parts = a.exam_parts or {}
    statuses: list[ConditionStatus] = []
    report: list[PartReport] = []
    weakest: int | None = None
    ona = _ona_counts(a)
    asks: list[str] = []  # what would decide a part left unknown: its figures, or whether ONA counts at all

    def unknown_because(*fields: str) -> None:
        asks.extend(f for f in fields if f not in asks)

    for name in EXAM_PARTS:
        part = parts.get(name)
        if part is None:
            if name == "ona" and ona is False:
                continue
            statuses.append(UNKNOWN)
            report.append({"part": name, "status": UNKNOWN})
            unknown_because("exam_parts", *(("obligation_start",) if name == "ona" and ona is None else ()))
            continue
        if part.passed:
            report.append({"part": name, "status": MET, "passed": True})
            continue
        ai = part.attempts_inburgering
        an = part.attempts_nt2 if name in LANGUAGE_PARTS else 0
        low = _low(ai) + min(_low(an), cap)
        high = _high(ai) + min(_high(an), cap)
        status = MET if low >= need else (UNMET if high < need else UNKNOWN)
        if status == UNKNOWN:
            unknown_because("exam_parts")
        if name == "ona" and ona is not True:
            if ona is False:
                report.append({"part": name, "status": MET, "counts": False})
                continue
            if status == UNMET:
                status = UNKNOWN
            if status == UNKNOWN:
                unknown_because("obligation_start")
        statuses.append(status)
        report.append({"part": name, "status": status, "have": low, "need": need})
        if weakest is None or low < weakest:
            weakest = low
    if UNMET in statuses:
        status = UNMET
    elif UNKNOWN in statuses:
        status = UNKNOWN
    else:
        status = MET
    return Condition(
        "exam_attempts",
        status,
        source,
        phrase,
        asks=tuple(asks) if status == UNKNOWN else (),
        have=weakest,
        need=need,
        details={"parts": report},
    )


def every_part_passed(a: Answers) -> bool:
    """Sure that every exam part that counts is passed: all six reported passed, or the five with ONA
    not passed or not reported where the inburgeringsplicht surely began before 1 January 2015
    (docs/rules.md, "Every exam part passed"). When it is not sure, False: nothing changes."""
    parts = a.exam_parts or {}
    if not all(parts.get(p) is not None and parts[p].passed for p in EXAM_PARTS if p != "ona"):
        return False
    ona = parts.get("ona")
    return (ona is not None and ona.passed) or _ona_counts(a) is False


def all_parts_passed_scope(a: Answers, source: str, phrase: str, notes: list[Note]) -> list[Condition]:
    """The AGI ways are for people who did not pass every exam ('En lukt het niet om alle examens op
    tijd te halen?'): when every part that counts is surely passed, a scope condition that is unmet,
    with the note `all_parts_passed`; otherwise no condition at all (nothing changes)."""
    if not every_part_passed(a):
        return []
    notes.append(note("all_parts_passed"))
    return [Condition("not_all_parts_passed", UNMET, source, phrase, kind=SCOPE, asks=("exam_parts",))]


def any_part_passed(a: Answers) -> bool:
    return any(p.passed for p in (a.exam_parts or {}).values())
