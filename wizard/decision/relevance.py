"""Which questions still matter: those whose answer could change an outcome.

The wizard asks only these. A question is relevant when some plausible answer to it changes,
compared with leaving it unanswered:
- the status of a route (`not_eligible` and `not_applicable` count as one outcome: either way
  the route is closed to the person, and nothing they do differs);
- the status of a condition of a route that is still open (`needs_info`): deciding one is progress;
- the forms of a route that is open (`eligible`, `not_yet`, `needs_info`): what to send differs
  (a closed school cannot sign the Verklaring deelname cursus).
Once a route of the chosen goal is eligible the person has a way: then only a question that
could close that way again, or change its forms, is still asked.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from . import parameters as P
from .answers import EXAM_PARTS, FIELDS, GOALS, Answers, ExamPart, MedicalDocument, parse
from .dates import ONE_DAY, DateSpan, add_months
from .engine import FAMILIES
from .logic import ELIGIBLE, NEEDS_INFO, NOT_APPLICABLE, NOT_ELIGIBLE, NOT_YET, Route
from .parameters import Parameter
from .reading import run_reading

# Every answer a person can be asked (today and the application date are not questions).
QUESTIONS = tuple(f for f in FIELDS if f not in ("today", "application_date"))

TRI = (True, False)


def _clamp(day: date, latest: date) -> DateSpan:
    return DateSpan.of_day(max(P.EARLIEST_DATE, min(day, latest)))


def _exam_candidates() -> tuple[dict[str, ExamPart], ...]:
    def parts(passed: bool, ai: int, an: int) -> dict[str, ExamPart]:
        return {
            p: ExamPart(passed, ai, an if p in ("reading", "listening", "writing", "speaking") else None)
            for p in EXAM_PARTS
        }

    one_failed = parts(True, 1, 0)
    one_failed["knm"] = ExamPart(False, 3, None)
    return (parts(True, 1, 0), parts(False, 0, 0), parts(False, 4, 2), one_failed)


_EXAMS = _exam_candidates()


def _around(*limits: Parameter[int]) -> tuple[int, ...]:
    """0, each limit a rule reads, and twice the largest: every side of every boundary."""
    values = [p.value for p in limits]
    return tuple(sorted({0, *values, 2 * max(values)}))


# The figures the rules compare answers with (parameters.py), so that a changed figure moves the
# questions with it (tests/decision/test_relevance.py checks that every figure is among them).
HOURS = _around(P.HOURS_INBURGERING_WITH_ALFA, P.HOURS_ALFA_MIN, P.HOURS_TOTAL)
YEARS_LIVED = _around(P.YEARS_LIVED_INTEGRATED)
YEARS_WORKED = _around(P.YEARS_WORKED_INTEGRATED)
SCHOOL_AGE_YEARS = _around(P.SCHOOL_AGE_YEARS)
# The days on which the law or a rule changes for an inburgeringsplicht that began then: each, and the
# day before it.
CUT_OVER_DAYS = tuple(
    sorted(
        {
            d
            for p in (P.WI2013_START, P.ONA_FROM, P.PARTICIPATION_FROM, P.WI2021_START)
            for d in (p.value - ONE_DAY, p.value)
        }
    )
)


def candidates(name: str, a: Answers) -> tuple[object, ...]:
    """A small set of answers that between them reach every boundary the rules draw."""
    today, on = a.today, a.on
    if name == "goal":
        return GOALS
    if name == "birth_date":
        return tuple(_clamp(add_months(on, -12 * y), today) for y in (10, 40, 70, 90))
    if name == "nationalities":
        return (("BE",), ("TR",), ("SY",))
    if name == "turkish_family_member":
        return ("yes", "no", "unregistered_partner")
    if name == "obligation_start":
        days = CUT_OVER_DAYS + (add_months(today, -12), today)
        return tuple(DateSpan.of_day(d) for d in days if d <= today)
    if name == "term_start":
        return tuple(DateSpan.of_day(d) for d in (add_months(today, -40), add_months(today, -1), today))
    if name == "exam_parts":
        return _EXAMS
    if name.startswith("hours_"):
        return HOURS
    if name == "years_lived_in_nl":
        return YEARS_LIVED
    if name == "years_worked_in_nl":
        return YEARS_WORKED
    if name == "school_age_years_in_nl":
        return SCHOOL_AGE_YEARS
    if name == "documents":
        return ((), ("nl_diploma",), ("bw_agi_letter",), ("duo_agi_letter_2013_2017",), ("duo_agi_letter_after_2017",))
    if name == "medical_documents":
        return (
            (),
            (MedicalDocument("szw_medical_advice", DateSpan.of_day(today)),),
            (MedicalDocument("duo_medical_letter"),),
            (MedicalDocument("bw_medical_letter"),),
        )
    if name == "roc_advice_date":
        # ROC advice requests closed on 1 July 2013; docs/rules.md reads that no advice is valid after
        # 31 December 2019, so no advice is dated later than five years before that day.
        latest = add_months(P.ROC_NO_DATE_CUTOFF.value, -12 * P.ROC_ADVICE_VALID_YEARS.value)
        return (_clamp(latest, today), DateSpan.of_day(date(2010, 1, 1)))
    if name == "permit_type":
        return ("eu_long_term", "permanent_regular")
    return TRI  # every tri-state question


OPEN = (ELIGIBLE, NOT_YET, NEEDS_INFO)


def _outcome(route: Route) -> tuple[object, ...]:
    """What a person would see differently for one route."""
    status = NOT_ELIGIBLE if route.status == NOT_APPLICABLE else route.status
    # The condition's id too: a closed school turns "is listed now" into "was listed at the start".
    conditions = tuple((c.id, c.status) for c in route.conditions) if route.status == NEEDS_INFO else ()
    forms = tuple(route.forms) if route.status in OPEN else ()
    return route.id, status, conditions, forms


class _Decided:
    """The routes of one set of answers, family by family (engine.FAMILIES), with the answer fields
    each family read (reading.py)."""

    def __init__(self, a: Answers, like: _Decided | None = None, changed: str | None = None):
        """`like`: the same answers but for the field `changed`; its families that did not read that
        field run the same way, so their routes are taken over instead of run again."""
        self.answers = a
        goals = [a.goal] if a.goal else list(GOALS)
        self.families = [family for g in goals for family in FAMILIES[g]]
        self.routes: list[list[Route]] = []
        self.read: list[frozenset[str]] = []
        for i, family in enumerate(self.families):
            if like is not None and changed not in like.read[i]:
                routes, read = like.routes[i], like.read[i]
            else:
                routes, read = run_reading(family, a)
            self.routes.append(routes)
            self.read.append(read)

    def all(self) -> list[Route]:
        return [r for routes in self.routes for r in routes]

    def readers(self, name: str) -> set[int]:
        return {i for i, read in enumerate(self.read) if name in read}

    def with_answer(self, name: str, value: object, readers: set[int]) -> list[Route]:
        """The routes when `name` is `value`: only the families that read it run again."""
        # dataclasses.replace runs the constructor again (a frozen one sets each field): about 10 µs
        # a copy, a quarter of this call's time; copying without the constructor would save that, but
        # buys less than a tenth of a step page, so the public way stays.
        change: dict[str, Any] = {name: value}
        changed = replace(self.answers, **change)
        return [
            r for i, family in enumerate(self.families) for r in (family(changed) if i in readers else self.routes[i])
        ]


def _forms_of(routes: list[Route], route_ids: set[str]) -> tuple[tuple[object, ...], ...]:
    return tuple((r.id, r.status, tuple(r.forms)) for r in routes if r.id in route_ids)


def is_relevant_parsed(a: Answers, name: str, decided: _Decided | None = None) -> bool:
    """`decided`: the routes of `a` itself, to reuse when `name` is not answered in `a`."""
    if name == "goal":
        return a.goal is None
    if getattr(a, name) is None and decided is not None:
        base = decided
    else:
        unanswered: dict[str, Any] = {name: None}
        base = _Decided(replace(a, **unanswered), like=decided, changed=name)
    readers = base.readers(name)
    if not readers:
        return False  # no rule looked at it
    routes = base.all()
    eligible = {r.id for r in routes if r.status == ELIGIBLE}
    if base.answers.goal is not None and eligible:
        # Another way opening is no news; this way closing, or what to send for it, is.
        before = _forms_of(routes, eligible)
        return any(
            _forms_of(base.with_answer(name, value, readers), eligible) != before
            for value in candidates(name, base.answers)
        )
    before = tuple(_outcome(r) for r in routes)
    return any(
        tuple(_outcome(r) for r in base.with_answer(name, value, readers)) != before
        for value in candidates(name, base.answers)
    )


class Relevance:
    """Which questions matter for one set of answers, each judged the first time it is asked.

    `name in relevance` answers for one question; the wizard asks only about the questions of
    the steps it has not passed yet, so the others are never worked out.
    """

    def __init__(self, a: Answers):
        self.answers = a
        self.decided = _Decided(a)
        self.known: dict[str, bool] = {}

    def __contains__(self, name: str) -> bool:
        if name not in self.known:
            self.known[name] = is_relevant_parsed(self.answers, name, self.decided)
        return self.known[name]


# Each entry holds the routes of its answers (some tens of KB): a few hundred cover the checks in
# progress on one worker; an answer set that fell out is worked out again.
@lru_cache(maxsize=256)
def _relevance(key: str, today: date | None) -> Relevance:
    return Relevance(parse(json.loads(key), today))


def relevance_of(answers: dict[str, object], today: date | None = None) -> Relevance:
    """Like relevant_questions, but each question is worked out only when asked (`name in ...`).

    Raises AnswerError when the answers given are not valid.
    """
    return _relevance(json.dumps(answers, sort_keys=True, default=str), today)


def relevant_questions(answers: dict[str, object], today: date | None = None) -> list[str]:
    """The questions (answer names) whose answer could still change the status of some route.

    Questions already answered are judged as if they were not: would their answer matter?
    Raises AnswerError when the answers given are not valid.
    """
    relevance = relevance_of(answers, today)
    return [q for q in QUESTIONS if q in relevance]


def is_relevant(answers: dict[str, object], name: str, today: date | None = None) -> bool:
    return name in relevance_of(answers, today)
