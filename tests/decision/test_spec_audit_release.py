"""Probe cases written from /work/shared/spec/rules.md alone, for the goal release_from_obligation.

Each case cites the rules.md heading (and the sentence) it checks: "Shared counting rules",
"Goal: released from the inburgeringsplicht", "Decisions on open points" (first and second round,
the items on the release goal) and "Two more ways to be released (third round)". The stronger
permit's routes are checked elsewhere.

A case is (name, cite, changes to BASE, expectations). BASE is a person whose course route is
eligible; a change of None removes the answer. Expectations:
  status       {route: status}
  cond         {(route, condition): status}
  cond_field   {(route, condition, key): value}
  asks         {(route, condition): [answers the condition must ask for]}
  from_        {route: eligible_from}
  notes / no_notes   {route: [note ids present / absent]}
  note_field   {(route, note, key): value}
  advice       exact set of advice ids;  advice_has / advice_not: some present / absent
  forms, send_to, costs, answer_weeks, source   {route: value}
  order        the route ids of the result, in order
  routes       exact set of route ids
"""

from __future__ import annotations

import pytest

from wizard.decision import evaluate

from .helpers import RELEASE_IDS

RELEASE = RELEASE_IDS
AGI = ("duo_agi_course", "duo_agi_alfa", "szw_hardship_letter")
NEW = ("duo_release_integrated", "duo_release_medical")
LANGUAGE = ("reading", "listening", "writing", "speaking")
PARTS = LANGUAGE + ("knm", "ona")


def parts(*, passed=(), unreported=(), **failed):
    """Exam parts: each keyword a failed part with (attempts_inburgering, attempts_nt2) (nt2 None =
    not given); `passed` lists passed parts (default: every part not failed or unreported)."""
    out = {}
    for name in PARTS:
        if name in unreported:
            continue
        if name in failed:
            inb, nt2 = failed[name]
            p = {"passed": False}
            if inb is not None:
                p["attempts_inburgering"] = inb
            if nt2 is not None and name in LANGUAGE:
                p["attempts_nt2"] = nt2
            out[name] = p
        elif not passed or name in passed:
            out[name] = {"passed": True, "attempts_inburgering": 1}
    return out


ALL_PASSED = parts()

BASE = {
    "today": "2026-11-22",
    "goal": "release_from_obligation",
    "obliged": "yes",
    "obligation_start": "2018-09-03",
    "term_start": "2018-09-03",
    "hours_inburgering": 600,
    "hours_nt2": 0,
    "hours_alfa": 0,
    "hours_education": 0,
    "school_listed_at_start": "yes",
    "school_listed_now": "yes",
    "school_closed": "no",
    "exam_parts": parts(writing=(4, 0)),
    "difficult_situation": "no",
    "years_lived_in_nl": 3,
    "years_worked_in_nl": 1,
    "dutch_good": "no",
    "medical_condition": "no",
}

# An AGI-course person whose course route fails on hours, used for the SZW letter and advice.
SHORT = {"hours_inburgering": 100, "hours_nt2": 0, "hours_alfa": 0}

# The alfa route's listing condition: `school_listed_now`, or, for a closed school, the listing at the
# start it is judged on (rules.md, "A closed school"); the probes accept either id.
LISTING = "listing"

SC = "Shared counting rules"
GOAL = "Goal: released from the inburgeringsplicht"
D1 = "Decisions on open points"
D2 = "Decisions on open points, second round"
D3 = "Two more ways to be released (third round)"

CASES = [
    # ---- the base case itself
    (
        "base",
        GOAL + ": duo_agi_course, every condition met",
        {},
        {
            "status": {
                "duo_agi_course": "eligible",
                "duo_agi_alfa": "not_eligible",
                "szw_hardship_letter": "not_eligible",
                "duo_release_integrated": "not_eligible",
                "duo_release_medical": "not_eligible",
            },
            "advice": set(),
            "routes": set(RELEASE),
            "forms": {"duo_agi_course": ["agi_ontheffing_application", "course_participation_statement"]},
            "send_to": {"duo_agi_course": "duo"},
            "answer_weeks": {"duo_agi_course": 8},
            "cond": {
                ("duo_agi_course", "term_elapsed"): "met",
                ("duo_agi_course", "hours"): "met",
                ("duo_agi_course", "school_listed_at_start"): "met",
                ("duo_agi_course", "exam_attempts"): "met",
            },
        },
    ),
    # ---- Course hours, course route
    (
        "course hours 520+80",
        SC + ": hours_inburgering + hours_nt2 >= 600",
        {"hours_inburgering": 520, "hours_nt2": 80},
        {"cond": {("duo_agi_course", "hours"): "met"}, "status": {"duo_agi_course": "eligible"}},
    ),
    (
        "course hours 520+79",
        SC + ": hours_inburgering + hours_nt2 >= 600 (599); hours still missing for the nearest way",
        {"hours_inburgering": 520, "hours_nt2": 79},
        {
            "cond": {("duo_agi_course", "hours"): "unmet"},
            "cond_field": {("duo_agi_course", "hours", "hours_missing"): 1},
            "status": {"duo_agi_course": "not_eligible"},
        },
    ),
    (
        "course hours 200 inb + 400 alfa",
        SC + ": hours_inburgering >= 200 and hours_inburgering + hours_alfa >= 600",
        {"hours_inburgering": 200, "hours_alfa": 400},
        {"cond": {("duo_agi_course", "hours"): "met"}},
    ),
    (
        "course hours 199 inb + 401 alfa",
        SC + ": 'als u minimaal 200 uur inburgeringscursus hebt gedaan' (199)",
        {"hours_inburgering": 199, "hours_alfa": 401},
        {"cond": {("duo_agi_course", "hours"): "unmet"}, "status": {"duo_agi_course": "not_eligible"}},
    ),
    (
        "course hours 200 inb + 399 alfa",
        SC + ": inburgering + alfa 599",
        {"hours_inburgering": 200, "hours_alfa": 399},
        {"cond": {("duo_agi_course", "hours"): "unmet"}},
    ),
    (
        "course hours three kinds only together",
        SC + ": 'The texts never allow all three kinds together' -> unmet, ask DUO",
        {"hours_inburgering": 300, "hours_nt2": 150, "hours_alfa": 150},
        {"cond": {("duo_agi_course", "hours"): "unmet"}, "notes": {"duo_agi_course": ["ask_duo_combine_hours"]}},
    ),
    (
        "course hours three kinds, inb under 200",
        SC + ": all three reach 600 only together (100+250+250)",
        {"hours_inburgering": 100, "hours_nt2": 250, "hours_alfa": 250},
        {"cond": {("duo_agi_course", "hours"): "unmet"}, "notes": {"duo_agi_course": ["ask_duo_combine_hours"]}},
    ),
    (
        "course hours two ways enough, no combine note",
        SC + ": a single way reaches 600, no 'ask DUO' note",
        {"hours_inburgering": 520, "hours_nt2": 80, "hours_alfa": 100},
        {"cond": {("duo_agi_course", "hours"): "met"}, "no_notes": {"duo_agi_course": ["ask_duo_combine_hours"]}},
    ),
    (
        "course hours 700 inb, nt2 and alfa missing",
        D1 + ": missing answers inside sums: '700 inburgering hours meet the course-route hours'",
        {"hours_inburgering": 700, "hours_nt2": None, "hours_alfa": None},
        {"cond": {("duo_agi_course", "hours"): "met"}},
    ),
    (
        "course hours 500 inb, nt2 and alfa missing",
        D1 + ": a missing number is unknown",
        {"hours_inburgering": 500, "hours_nt2": None, "hours_alfa": None},
        {"cond": {("duo_agi_course", "hours"): "unknown"}, "status": {"duo_agi_course": "needs_info"}},
    ),
    (
        "course hours 0 inb 0 nt2, alfa missing",
        D1 + ": decided whenever the known values decide it (inb < 200 closes the alfa way)",
        {"hours_inburgering": 0, "hours_nt2": 0, "hours_alfa": None},
        {"cond": {("duo_agi_course", "hours"): "unmet"}},
    ),
    (
        "course hours inb missing, nt2 600",
        D1 + ": inb + nt2 >= 600 whatever inb is",
        {"hours_inburgering": None, "hours_nt2": 600},
        {"cond": {("duo_agi_course", "hours"): "met"}},
    ),
    (
        "course hours inb missing, nt2 599",
        D1 + ": missing number unknown",
        {"hours_inburgering": None, "hours_nt2": 599},
        {"cond": {("duo_agi_course", "hours"): "unknown"}},
    ),
    (
        "course hours have/need",
        "decision-contract.md, Result: hours have 640, need 600 (520 + 120)",
        {"hours_inburgering": 520, "hours_nt2": 120},
        {"cond_field": {("duo_agi_course", "hours", "have"): 640, ("duo_agi_course", "hours", "need"): 600}},
    ),
    (
        "course hours missing, nearest way is alfa",
        SC
        + ": 'Unmet conditions report the hours still missing for the nearest way' (100 inb + 450 alfa: 100 more inburgering)",
        {"hours_inburgering": 100, "hours_alfa": 450},
        {
            "cond": {("duo_agi_course", "hours"): "unmet"},
            "cond_field": {("duo_agi_course", "hours", "hours_missing"): 100},
        },
    ),
    (
        "course hours missing, 150 inb + 400 alfa",
        SC + ": nearest way: 50 more inburgering hours",
        {"hours_inburgering": 150, "hours_alfa": 400},
        {"cond_field": {("duo_agi_course", "hours", "hours_missing"): 50}},
    ),
    (
        "course hours missing, 300/150/150",
        SC + ": nearest way: 150 hours",
        {"hours_inburgering": 300, "hours_nt2": 150, "hours_alfa": 150},
        {"cond_field": {("duo_agi_course", "hours", "hours_missing"): 150}},
    ),
    (
        "course hours unknown asks",
        "decision-contract.md: 'the unknown conditions name the answers that would decide them'",
        {"hours_inburgering": 500, "hours_nt2": None, "hours_alfa": None},
        {"asks": {("duo_agi_course", "hours"): ["hours_nt2"]}},
    ),
    # ---- Course hours, alfabetisering route
    (
        "alfa 300+300",
        SC + ": hours_alfa >= 300 and hours_alfa + hours_inburgering >= 600",
        {"hours_inburgering": 300, "hours_alfa": 300},
        {"cond": {("duo_agi_alfa", "hours"): "met"}, "status": {"duo_agi_alfa": "eligible"}},
    ),
    (
        "alfa 299+301",
        SC + ": hours_alfa >= 300 (299)",
        {"hours_inburgering": 301, "hours_alfa": 299},
        {"cond": {("duo_agi_alfa", "hours"): "unmet"}, "status": {"duo_agi_alfa": "not_eligible"}},
    ),
    (
        "alfa 300+299",
        SC + ": hours_alfa + hours_inburgering >= 600 (599)",
        {"hours_inburgering": 299, "hours_alfa": 300},
        {"cond": {("duo_agi_alfa", "hours"): "unmet"}},
    ),
    (
        "alfa 600 alone",
        SC + ": alfa route, 600 alfabetisering hours (the rest 'mag' be inburgering)",
        {"hours_inburgering": 0, "hours_alfa": 600},
        {"cond": {("duo_agi_alfa", "hours"): "met"}},
    ),
    (
        "alfa with nt2 does not count",
        SC + ": alfa route counts alfa and inburgering only (300 alfa + 300 Nt2)",
        {"hours_inburgering": 0, "hours_nt2": 300, "hours_alfa": 300},
        {"cond": {("duo_agi_alfa", "hours"): "unmet"}},
    ),
    (
        "alfa 600, inb missing",
        D1 + ": decided by the known values",
        {"hours_inburgering": None, "hours_alfa": 600},
        {"cond": {("duo_agi_alfa", "hours"): "met"}},
    ),
    (
        "alfa 300, inb missing",
        D1 + ": a missing number is unknown",
        {"hours_inburgering": None, "hours_alfa": 300},
        {"cond": {("duo_agi_alfa", "hours"): "unknown"}},
    ),
    (
        "alfa missing, inb 700",
        D1 + ": alfa unknown, course route met",
        {"hours_inburgering": 700, "hours_alfa": None},
        {"cond": {("duo_agi_alfa", "hours"): "unknown", ("duo_agi_course", "hours"): "met"}},
    ),
    # ---- Exam attempts, N = 4
    (
        "attempts 4 inb",
        SC + ": attempts_inburgering + min(attempts_nt2, 2) >= 4",
        {"exam_parts": parts(writing=(4, 0))},
        {"cond": {("duo_agi_course", "exam_attempts"): "met"}},
    ),
    (
        "attempts 3 inb",
        SC + ": N = 4 for duo_agi_course (3)",
        {"exam_parts": parts(writing=(3, 0))},
        {"cond": {("duo_agi_course", "exam_attempts"): "unmet"}, "status": {"duo_agi_course": "not_eligible"}},
    ),
    (
        "attempts 2 inb + 2 nt2",
        SC + ": 'Per examen mag u niet meer dan 2 Nt2-examens meetellen' (2+2)",
        {"exam_parts": parts(speaking=(2, 2))},
        {"cond": {("duo_agi_course", "exam_attempts"): "met"}},
    ),
    (
        "attempts 1 inb + 3 nt2",
        SC + ": min(attempts_nt2, 2) (1+3 counts 3)",
        {"exam_parts": parts(speaking=(1, 3))},
        {"cond": {("duo_agi_course", "exam_attempts"): "unmet"}},
    ),
    (
        "attempts 0 inb + 5 nt2",
        SC + ": min(attempts_nt2, 2) (0+5 counts 2)",
        {"exam_parts": parts(reading=(0, 5))},
        {"cond": {("duo_agi_course", "exam_attempts"): "unmet"}},
    ),
    (
        "attempts knm 3",
        SC + ": for knm only inburgering attempts count",
        {"exam_parts": parts(knm=(3, 0))},
        {"cond": {("duo_agi_course", "exam_attempts"): "unmet"}},
    ),
    (
        "attempts knm 4",
        SC + ": knm 4 inburgering attempts",
        {"exam_parts": parts(knm=(4, 0))},
        {"cond": {("duo_agi_course", "exam_attempts"): "met"}},
    ),
    (
        "attempts every failed part",
        SC + ": 'for every exam part that is not passed' (one of two short)",
        {"exam_parts": parts(writing=(4, 0), speaking=(3, 0))},
        {"cond": {("duo_agi_course", "exam_attempts"): "unmet"}},
    ),
    (
        "attempts passed part ignores attempts",
        SC + ": a passed part needs no attempts",
        {
            "exam_parts": {
                **parts(writing=(4, 0)),
                "reading": {"passed": True, "attempts_inburgering": 0, "attempts_nt2": 0},
            }
        },
        {"cond": {("duo_agi_course", "exam_attempts"): "met"}},
    ),
    (
        "attempts ona before 2015 ignored",
        SC + ": 'ona counts only for an inburgeringsplicht that began on or after 1 January 2015' (31 Dec 2014)",
        {
            "obligation_start": "2014-12-31",
            "term_start": "2014-12-31",
            "exam_parts": parts(writing=(4, 0), ona=(0, None)),
        },
        {"cond": {("duo_agi_course", "exam_attempts"): "met"}, "status": {"duo_agi_course": "eligible"}},
    ),
    (
        "attempts ona from 2015 counts",
        SC + ": ONA counts from 1 January 2015 (the day itself)",
        {
            "obligation_start": "2015-01-01",
            "term_start": "2015-01-01",
            "exam_parts": parts(writing=(4, 0), ona=(0, None)),
        },
        {"cond": {("duo_agi_course", "exam_attempts"): "unmet"}},
    ),
    (
        "attempts ona before 2015, not reported",
        SC + ": ONA not reported before 2015 is no open point",
        {
            "obligation_start": "2014-12-31",
            "term_start": "2014-12-31",
            "exam_parts": parts(writing=(4, 0), unreported=("ona",)),
        },
        {"cond": {("duo_agi_course", "exam_attempts"): "met"}},
    ),
    (
        "attempts ona partial 2014",
        D2 + ": a YYYY date decides the 1 January 2015 boundary",
        {"obligation_start": "2014", "term_start": "2014-01-01", "exam_parts": parts(writing=(4, 0), ona=(0, None))},
        {"cond": {("duo_agi_course", "exam_attempts"): "met"}},
    ),
    (
        "attempts ona partial 2015",
        D2 + ": a YYYY date decides the 1 January 2015 boundary (2015: ONA counts)",
        {"obligation_start": "2015", "term_start": "2015-01-01", "exam_parts": parts(writing=(4, 0), ona=(0, None))},
        {"cond": {("duo_agi_course", "exam_attempts"): "unmet"}},
    ),
    (
        "attempts ona partial 2014-12",
        D2 + ": a YYYY-MM date decides the 1 January 2015 boundary",
        {"obligation_start": "2014-12", "term_start": "2014-12-01", "exam_parts": parts(writing=(4, 0), ona=(0, None))},
        {"cond": {("duo_agi_course", "exam_attempts"): "met"}},
    ),
    (
        "attempts ona, obligation_start unknown",
        SC + ": ONA with an unknown start: its shortfall may or may not count",
        {"obligation_start": None, "exam_parts": parts(writing=(4, 0), ona=(0, None))},
        {"cond": {("duo_agi_course", "exam_attempts"): "unknown"}},
    ),
    (
        "attempts part not reported",
        SC + ": 'A part not reported is unknown'",
        {"exam_parts": parts(writing=(4, 0), unreported=("speaking",))},
        {"cond": {("duo_agi_course", "exam_attempts"): "unknown"}, "status": {"duo_agi_course": "needs_info"}},
    ),
    (
        "attempts part not reported but another short",
        SC + ": a short part decides unmet whatever the unreported part",
        {"exam_parts": parts(writing=(3, 0), unreported=("speaking",))},
        {"cond": {("duo_agi_course", "exam_attempts"): "unmet"}},
    ),
    (
        "attempts exam_parts missing",
        SC + ": no parts reported: unknown",
        {"exam_parts": None},
        {"cond": {("duo_agi_course", "exam_attempts"): "unknown"}, "status": {"duo_agi_course": "needs_info"}},
    ),
    (
        "attempts 3 inb, nt2 missing",
        D1 + ": '3 inburgering attempts with the Nt2 attempts missing leave the attempts condition unknown'",
        {"exam_parts": parts(writing=(3, None))},
        {"cond": {("duo_agi_course", "exam_attempts"): "unknown"}},
    ),
    (
        "attempts 4 inb, nt2 missing",
        D1 + ": decided whenever the known values decide it",
        {"exam_parts": parts(writing=(4, None))},
        {"cond": {("duo_agi_course", "exam_attempts"): "met"}},
    ),
    (
        "attempts 1 inb, nt2 missing",
        D1 + ": 1 + at most 2 Nt2 can never reach 4: unmet",
        {"exam_parts": parts(writing=(1, None))},
        {"cond": {("duo_agi_course", "exam_attempts"): "unmet"}},
    ),
    (
        "attempts inb missing",
        D1 + ": attempts_inburgering missing is unknown",
        {"exam_parts": parts(writing=(None, 2))},
        {"cond": {("duo_agi_course", "exam_attempts"): "unknown"}},
    ),
    (
        "alfa has no attempts condition",
        GOAL + ": duo_agi_alfa 'No attempts condition'",
        {"hours_inburgering": 0, "hours_alfa": 600, "exam_parts": parts(writing=(0, 0))},
        {"status": {"duo_agi_alfa": "eligible", "duo_agi_course": "not_eligible"}},
    ),
    # ---- 2.5 years
    (
        "term 2.5y, day before",
        SC + ": term_start + 30 months on or before today (day before)",
        {"term_start": "2024-05-23", "obligation_start": "2021-06-01"},
        {
            "status": {"duo_agi_course": "not_yet"},
            "from_": {"duo_agi_course": "2026-11-23"},
            "cond": {("duo_agi_course", "term_elapsed"): "unmet"},
        },
    ),
    (
        "term 2.5y, the day",
        SC + ": term_start + 30 months on today",
        {"term_start": "2024-05-22", "obligation_start": "2021-06-01"},
        {"status": {"duo_agi_course": "eligible"}},
    ),
    (
        "term month end",
        SC + ": 'the last day of the month where that day does not exist' (31 Aug 2024 + 30 months)",
        {"term_start": "2024-08-31", "obligation_start": "2021-06-01"},
        {"status": {"duo_agi_course": "not_yet"}, "from_": {"duo_agi_course": "2027-02-28"}},
    ),
    (
        "term month end leap",
        SC + ": 31 Aug 2021 + 30 months = 29 Feb 2024",
        {"term_start": "2021-08-31", "obligation_start": "2021-08-31", "today": "2024-02-28"},
        {"status": {"duo_agi_course": "not_yet"}, "from_": {"duo_agi_course": "2024-02-29"}},
    ),
    (
        "term leap day reached",
        SC + ": 31 Aug 2021 + 30 months = 29 Feb 2024 (the day)",
        {"term_start": "2021-08-31", "obligation_start": "2021-08-31", "today": "2024-02-29"},
        {"status": {"duo_agi_course": "eligible"}},
    ),
    (
        "term waiting, alfa too",
        GOAL + ": duo_agi_alfa 'term elapsed'",
        {"term_start": "2024-09-15", "obligation_start": "2021-06-01", "hours_inburgering": 250, "hours_alfa": 380},
        {"status": {"duo_agi_alfa": "not_yet"}, "from_": {"duo_agi_alfa": "2027-03-15"}},
    ),
    (
        "waiting plus unknown",
        D1 + ": status precedence: needs_info before not_yet",
        {"term_start": "2024-09-15", "obligation_start": "2021-06-01", "school_listed_at_start": "unknown"},
        {"status": {"duo_agi_course": "needs_info"}},
    ),
    (
        "waiting plus unmet",
        D1 + ": status precedence: not_eligible before not_yet",
        {"term_start": "2024-09-15", "obligation_start": "2021-06-01", "school_listed_at_start": "no"},
        {"status": {"duo_agi_course": "not_eligible"}},
    ),
    # ---- partial term_start (second round)
    (
        "term partial month, waiting",
        D2
        + ": '2.5 years from a partial term_start counts from the last day it could be'; note eligible_from_may_be_earlier",
        {"term_start": "2024-05", "obligation_start": "2021-06-01"},
        {
            "status": {"duo_agi_course": "not_yet"},
            "from_": {"duo_agi_course": "2026-11-30"},
            "cond": {("duo_agi_course", "term_elapsed"): "unmet"},
            "asks": {("duo_agi_course", "term_elapsed"): ["term_start"]},
            "notes": {"duo_agi_course": ["eligible_from_may_be_earlier"]},
            "note_field": {("duo_agi_course", "eligible_from_may_be_earlier", "earliest"): "2026-11-01"},
        },
    ),
    (
        "term partial month, before the earliest day",
        D2 + ": not_yet until the sure date",
        {"term_start": "2024-05", "obligation_start": "2021-06-01", "today": "2026-10-31"},
        {
            "status": {"duo_agi_course": "not_yet"},
            "from_": {"duo_agi_course": "2026-11-30"},
            "note_field": {("duo_agi_course", "eligible_from_may_be_earlier", "earliest"): "2026-11-01"},
        },
    ),
    (
        "term partial month, sure day",
        D2 + ": 'A route whose only open point is that day is ... eligible from it'",
        {"term_start": "2024-05", "obligation_start": "2021-06-01", "today": "2026-11-30"},
        {"status": {"duo_agi_course": "eligible"}},
    ),
    (
        "term partial month, day before sure day",
        D2 + ": not_yet on the day before the sure date",
        {"term_start": "2024-05", "obligation_start": "2021-06-01", "today": "2026-11-29"},
        {"status": {"duo_agi_course": "not_yet"}, "from_": {"duo_agi_course": "2026-11-30"}},
    ),
    (
        "term partial year",
        D2 + ": a YYYY term_start counts from 31 December",
        {"term_start": "2024", "obligation_start": "2021-06-01"},
        {
            "status": {"duo_agi_course": "not_yet"},
            "from_": {"duo_agi_course": "2027-06-30"},
            "note_field": {("duo_agi_course", "eligible_from_may_be_earlier", "earliest"): "2026-07-01"},
        },
    ),
    (
        "term partial month end",
        D2 + "; " + SC + ": 31 August 2023 + 30 months = 28 February 2026",
        {"term_start": "2023-08", "obligation_start": "2021-06-01", "today": "2026-02-27"},
        {"status": {"duo_agi_course": "not_yet"}, "from_": {"duo_agi_course": "2026-02-28"}},
    ),
    (
        "term partial, other condition unknown",
        D1 + ": needs_info before not_yet",
        {"term_start": "2024-05", "obligation_start": "2021-06-01", "school_listed_at_start": "unknown"},
        {"status": {"duo_agi_course": "needs_info"}},
    ),
    (
        "term missing, obligation_start partial",
        D1 + " + " + D2 + ": obligation_start used for the term, counted from its last day",
        {"term_start": None, "obligation_start": "2021-06", "today": "2023-12-29"},
        {
            "status": {"duo_agi_course": "not_yet"},
            "from_": {"duo_agi_course": "2023-12-30"},
            "notes": {"duo_agi_course": ["term_start_assumed"]},
        },
    ),
    (
        "term partial, alfa",
        D2 + ": the alfa route counts the same way",
        {"term_start": "2024-05", "obligation_start": "2021-06-01", "hours_inburgering": 300, "hours_alfa": 300},
        {
            "status": {"duo_agi_alfa": "not_yet"},
            "from_": {"duo_agi_alfa": "2026-11-30"},
            "notes": {"duo_agi_alfa": ["eligible_from_may_be_earlier"]},
        },
    ),
    (
        "term partial echoed",
        "decision-contract.md: 'A partial date is echoed as it was given'",
        {"term_start": "2024-05", "obligation_start": "2021-06-01"},
        {
            "cond_field": {
                ("duo_agi_course", "term_elapsed", "term_start"): "2024-05",
                ("duo_agi_course", "term_elapsed", "eligible_from"): "2026-11-30",
            }
        },
    ),
    (
        "term partial, this month",
        D2 + ": 'a partial date covers only the days up to today' (2026-11 on 22 November: sure from 22 May 2029)",
        {"term_start": "2026-11", "obligation_start": "2021-06-01"},
        {
            "status": {"duo_agi_course": "not_yet"},
            "from_": {"duo_agi_course": "2029-05-22"},
            "note_field": {("duo_agi_course", "eligible_from_may_be_earlier", "earliest"): "2029-05-01"},
        },
    ),
    (
        "term partial, this year",
        D2 + ": 'a partial date covers only the days up to today' (2026 on 22 November)",
        {"term_start": "2026", "obligation_start": "2021-06-01"},
        {"status": {"duo_agi_course": "not_yet"}, "from_": {"duo_agi_course": "2029-05-22"}},
    ),
    # ---- term_start missing
    (
        "term_start missing, obligation_start used",
        D1 + ": 'term_start missing, obligation_start given: use obligation_start and add a note'",
        {"term_start": None, "obligation_start": "2021-06-15", "today": "2023-12-14"},
        {
            "status": {"duo_agi_course": "not_yet"},
            "from_": {"duo_agi_course": "2023-12-15"},
            "notes": {"duo_agi_course": ["term_start_assumed"]},
        },
    ),
    (
        "term_start missing, obligation_start used, the day",
        D1 + ": term_start missing, obligation_start + 30 months reached",
        {"term_start": None, "obligation_start": "2021-06-15", "today": "2023-12-15"},
        {"status": {"duo_agi_course": "eligible"}, "notes": {"duo_agi_course": ["term_start_assumed"]}},
    ),
    (
        "term_start given, no assumed note",
        D1 + ": the note only when term_start is missing",
        {},
        {"no_notes": {"duo_agi_course": ["term_start_assumed"]}},
    ),
    (
        "term_start and obligation_start missing",
        D1 + ": scope and waiting time unknown: needs_info",
        {"term_start": None, "obligation_start": None},
        {"status": {"duo_agi_course": "needs_info"}, "cond": {("duo_agi_course", "term_elapsed"): "unknown"}},
    ),
    # ---- school listing
    (
        "course school_listed_at_start no",
        GOAL + ": duo_agi_course 'school listed when the course began'",
        {"school_listed_at_start": "no"},
        {"status": {"duo_agi_course": "not_eligible"}, "cond": {("duo_agi_course", "school_listed_at_start"): "unmet"}},
    ),
    (
        "course school_listed_at_start unknown",
        GOAL + ": unknown listing",
        {"school_listed_at_start": "unknown"},
        {"status": {"duo_agi_course": "needs_info"}},
    ),
    (
        "course listing does not read school_listed_now",
        GOAL + ": the course route says 'stond'",
        {"school_listed_now": "no"},
        {"status": {"duo_agi_course": "eligible"}},
    ),
    (
        "alfa school_listed_now no, closed no",
        D2 + ": 'with school_closed no it is unmet'",
        {"hours_inburgering": 300, "hours_alfa": 300, "school_listed_now": "no", "school_closed": "no"},
        {"status": {"duo_agi_alfa": "not_eligible"}, "cond": {("duo_agi_alfa", "school_listed_now"): "unmet"}},
    ),
    (
        "alfa listing does not read at_start",
        GOAL + ": the alfa route says 'staat' (school_listed_at_start no, now yes)",
        {"hours_inburgering": 300, "hours_alfa": 300, "school_listed_now": "yes", "school_listed_at_start": "no"},
        {"status": {"duo_agi_alfa": "eligible"}},
    ),
    (
        "alfa listing, closed unknown",
        D2 + ": school_closed unknown while school_listed_now is no: unknown, asks school_closed",
        {"hours_inburgering": 300, "hours_alfa": 300, "school_listed_now": "no", "school_closed": "unknown"},
        {
            "status": {"duo_agi_alfa": "needs_info"},
            "cond": {("duo_agi_alfa", "school_listed_now"): "unknown"},
            "asks": {("duo_agi_alfa", "school_listed_now"): ["school_closed"]},
            "forms": {"duo_agi_alfa": ["agi_ontheffing_application", "course_participation_statement"]},
        },
    ),
    (
        "alfa listing, closed not answered",
        D2 + ": school_closed not answered while school_listed_now is no",
        {"hours_inburgering": 300, "hours_alfa": 300, "school_listed_now": "no", "school_closed": None},
        {
            "cond": {("duo_agi_alfa", "school_listed_now"): "unknown"},
            "asks": {("duo_agi_alfa", "school_listed_now"): ["school_closed"]},
        },
    ),
    (
        "alfa listing, closed unknown, at start no",
        D2 + ": '...unless school_listed_at_start is no, which decides it unmet'",
        {
            "hours_inburgering": 300,
            "hours_alfa": 300,
            "school_listed_now": "no",
            "school_closed": "unknown",
            "school_listed_at_start": "no",
        },
        {"cond": {("duo_agi_alfa", "school_listed_now"): "unmet"}, "status": {"duo_agi_alfa": "not_eligible"}},
    ),
    (
        "alfa listing, closed yes, at start yes",
        D1 + ": 'A closed school': judged on school_listed_at_start",
        {"hours_inburgering": 300, "hours_alfa": 300, "school_listed_now": "no", "school_closed": "yes"},
        {
            "cond": {("duo_agi_alfa", LISTING): "met"},
            "status": {"duo_agi_alfa": "eligible"},
            "forms": {"duo_agi_alfa": ["agi_ontheffing_application"]},
            "notes": {"duo_agi_alfa": ["school_closed_send_evidence"]},
            "advice": {"school_closed_evidence"},
        },
    ),
    (
        "alfa listing, closed yes, at start no",
        D1 + ": a closed school is judged on school_listed_at_start (no)",
        {
            "hours_inburgering": 300,
            "hours_alfa": 300,
            "school_listed_now": "no",
            "school_closed": "yes",
            "school_listed_at_start": "no",
        },
        {"cond": {("duo_agi_alfa", LISTING): "unmet"}},
    ),
    (
        "alfa listing, closed yes, at start unknown",
        D1 + ": a closed school is judged on school_listed_at_start (unknown)",
        {
            "hours_inburgering": 300,
            "hours_alfa": 300,
            "school_listed_now": None,
            "school_closed": "yes",
            "school_listed_at_start": "unknown",
        },
        {"cond": {("duo_agi_alfa", LISTING): "unknown"}},
    ),
    (
        "course, closed yes",
        D1 + ": the Verklaring deelname cursus is replaced by the evidence list; advice given",
        {"school_closed": "yes"},
        {
            "status": {"duo_agi_course": "eligible"},
            "forms": {"duo_agi_course": ["agi_ontheffing_application"]},
            "advice": {"school_closed_evidence"},
        },
    ),
    (
        "course, closed unknown keeps the statement",
        D2 + ": 'Forms stay those of a school that exists until school_closed is yes'",
        {"school_closed": "unknown"},
        {
            "forms": {"duo_agi_course": ["agi_ontheffing_application", "course_participation_statement"]},
            "advice_not": {"school_closed_evidence"},
        },
    ),
    # ---- AGI notes, forms, costs
    (
        "agi notes, obligation after 30 Sep 2017",
        GOAL + ": notes: ontheffing covers the exam parts; participatieverklaring still needed after 30 September 2017",
        {"obligation_start": "2017-10-01", "term_start": "2017-10-01", "hours_alfa": 300, "hours_inburgering": 300},
        {
            "notes": {
                "duo_agi_course": [
                    "exam_parts_only",
                    "participation_statement_still_needed",
                    "online_lessons_do_not_count",
                ],
                "duo_agi_alfa": [
                    "exam_parts_only",
                    "participation_statement_still_needed",
                    "online_lessons_do_not_count",
                ],
            }
        },
    ),
    (
        "agi notes, obligation on 30 Sep 2017",
        GOAL + ": no participatieverklaring note for a start on 30 September 2017",
        {"obligation_start": "2017-09-30", "term_start": "2017-09-30", "hours_alfa": 300, "hours_inburgering": 300},
        {
            "notes": {
                "duo_agi_course": ["exam_parts_only", "online_lessons_do_not_count"],
                "duo_agi_alfa": ["exam_parts_only", "online_lessons_do_not_count"],
            },
            "no_notes": {
                "duo_agi_course": ["participation_statement_still_needed"],
                "duo_agi_alfa": ["participation_statement_still_needed"],
            },
        },
    ),
    (
        "agi notes, obligation 2017-10",
        D2 + ": a YYYY-MM date decides the 1 October 2017 boundary",
        {"obligation_start": "2017-10", "term_start": "2017-10-01"},
        {"notes": {"duo_agi_course": ["participation_statement_still_needed"]}},
    ),
    (
        "agi notes, obligation 2017-09",
        D2 + ": a YYYY-MM date decides the 1 October 2017 boundary (September)",
        {"obligation_start": "2017-09", "term_start": "2017-09-01"},
        {"no_notes": {"duo_agi_course": ["participation_statement_still_needed"]}},
    ),
    (
        "alfa forms, cost, answer time",
        GOAL + ": duo_agi_alfa cost duo_test 150, same forms, DUO, 8 weeks",
        {"hours_inburgering": 300, "hours_alfa": 300},
        {
            "status": {"duo_agi_alfa": "eligible"},
            "costs": {"duo_agi_alfa": [{"id": "duo_test", "eur": 150}]},
            "forms": {"duo_agi_alfa": ["agi_ontheffing_application", "course_participation_statement"]},
            "send_to": {"duo_agi_alfa": "duo"},
            "answer_weeks": {"duo_agi_alfa": 8},
            "notes": {"duo_agi_alfa": ["duo_test_take_part_actively"]},
        },
    ),
    ("course no costs", GOAL + ": duo_agi_course has no cost", {}, {"costs": {"duo_agi_course": []}}),
    # ---- scope: 1 January 2022
    (
        "scope 31 Dec 2021",
        GOAL + ": scope obligation_start before 1 January 2022 (the day before)",
        {"obligation_start": "2021-12-31", "term_start": "2021-12-31", "today": "2024-06-30"},
        {"status": {"duo_agi_course": "eligible"}, "advice_not": {"contact_municipality"}},
    ),
    (
        "scope 1 Jan 2022",
        GOAL
        + ": 'Moest u beginnen met inburgeren op 1 januari 2022 of later?' -> not_applicable, contact_municipality",
        {"obligation_start": "2022-01-01", "term_start": "2022-01-01"},
        {
            "status": {r: "not_applicable" for r in RELEASE},
            "advice": {"contact_municipality"},
            "notes": {"duo_agi_course": ["not_for_2022_or_later"]},
            "cond": {("duo_agi_course", "obligation_before_2022"): "unmet"},
        },
    ),
    (
        "scope 2022, hours short: no ask_extension",
        D2 + ": 'ask_extension is never given when the inburgeringsplicht began on or after 1 January 2022'",
        {"obligation_start": "2023-03-01", "term_start": "2023-03-01", **SHORT, "school_closed": "no"},
        {"status": {r: "not_applicable" for r in RELEASE}, "advice": {"contact_municipality"}},
    ),
    (
        "scope 2022, school closed",
        D1 + ": school_closed_evidence whenever school_closed is yes",
        {"obligation_start": "2023-03-01", "term_start": "2023-03-01", "school_closed": "yes"},
        {"advice": {"contact_municipality", "school_closed_evidence"}},
    ),
    (
        "scope partial 2021-12",
        D2 + ": a YYYY-MM date decides the 1 January 2022 boundary",
        {"obligation_start": "2021-12", "term_start": "2021-12-01", "today": "2024-06-30"},
        {"cond": {("duo_agi_course", "obligation_before_2022"): "met"}, "status": {"duo_agi_course": "eligible"}},
    ),
    (
        "scope partial 2022",
        D2 + ": a YYYY date decides the 1 January 2022 boundary",
        {"obligation_start": "2022", "term_start": None},
        {"status": {r: "not_applicable" for r in RELEASE}, "advice": {"contact_municipality"}},
    ),
    (
        "scope partial 2021",
        D2 + ": a YYYY date (2021) decides the 1 January 2022 boundary",
        {"obligation_start": "2021", "term_start": "2021-01-01"},
        {"cond": {("duo_agi_course", "obligation_before_2022"): "met"}},
    ),
    (
        "scope obligation_start missing, rest met",
        D1 + ": 'A scope condition that is unknown makes the route needs_info'",
        {"obligation_start": None},
        {
            "status": {"duo_agi_course": "needs_info"},
            "cond": {("duo_agi_course", "obligation_before_2022"): "unknown"},
            "advice_not": {"contact_municipality"},
        },
    ),
    (
        "scope unknown, other unmet",
        D1 + ": '...unless another condition is unmet'",
        {"obligation_start": None, "school_listed_at_start": "no"},
        {"status": {"duo_agi_course": "not_eligible"}},
    ),
    (
        "scope unmet, other unknown",
        D1 + ": not_applicable when a scope condition is unmet",
        {"obligation_start": "2022-01-01", "term_start": "2022-01-01", "school_listed_at_start": "unknown"},
        {"status": {"duo_agi_course": "not_applicable"}},
    ),
    # ---- obliged
    (
        "obliged no",
        D1 + ": 'obliged no with the release goal: not_applicable, note no obligation; no advice'",
        {"obliged": "no", **SHORT},
        {
            "status": {r: "not_applicable" for r in RELEASE},
            "advice": set(),
            "notes": {r: ["no_obligation"] for r in RELEASE},
        },
    ),
    (
        "obliged no, school closed",
        D2 + ": 'no advice of the release goal, also when school_closed is yes'",
        {"obliged": "no", "school_closed": "yes"},
        {"status": {r: "not_applicable" for r in RELEASE}, "advice": set()},
    ),
    (
        "obliged no, obligation 2023",
        D1 + ": obliged no: no advice (contact_municipality neither)",
        {"obliged": "no", "obligation_start": None, "term_start": None},
        {"advice": set()},
    ),
    (
        "obliged unknown",
        D1 + ": an unknown scope condition gives needs_info",
        {"obliged": "unknown", "obligation_start": None},
        {"status": {"duo_agi_course": "needs_info"}, "cond": {("duo_agi_course", "obliged"): "unknown"}},
    ),
    # ---- szw_hardship_letter
    (
        "szw eligible",
        GOAL + ": szw_hardship_letter: 600 hours of any kind, difficult situation, no AGI route",
        {**SHORT, "hours_education": 500, "difficult_situation": "yes"},
        {
            "status": {
                "szw_hardship_letter": "eligible",
                "duo_agi_course": "not_eligible",
                "duo_agi_alfa": "not_eligible",
            },
            "cond": {
                ("szw_hardship_letter", "hours_any_course_or_education"): "met",
                ("szw_hardship_letter", "difficult_situation"): "met",
                ("szw_hardship_letter", "no_duo_agi_route"): "met",
            },
            "forms": {"szw_hardship_letter": ["szw_letter"]},
            "send_to": {"szw_hardship_letter": "szw"},
        },
    ),
    (
        "szw 599 hours",
        GOAL + ": szw hours sum >= 600 (599)",
        {**SHORT, "hours_education": 499, "difficult_situation": "yes"},
        {
            "status": {"szw_hardship_letter": "not_eligible"},
            "cond": {("szw_hardship_letter", "hours_any_course_or_education"): "unmet"},
        },
    ),
    (
        "szw four kinds together",
        GOAL + ": inburgering + nt2 + alfa + education (150 each)",
        {
            "hours_inburgering": 150,
            "hours_nt2": 150,
            "hours_alfa": 150,
            "hours_education": 150,
            "difficult_situation": "yes",
        },
        {"status": {"szw_hardship_letter": "eligible"}},
    ),
    (
        "szw hours, one missing but enough",
        D1 + ": missing answers inside sums (600 education, the rest missing)",
        {
            "hours_inburgering": None,
            "hours_nt2": None,
            "hours_alfa": None,
            "hours_education": 600,
            "difficult_situation": "yes",
        },
        {"cond": {("szw_hardship_letter", "hours_any_course_or_education"): "met"}},
    ),
    (
        "szw hours, education missing",
        D1 + ": missing number unknown (100 + education missing)",
        {**SHORT, "hours_education": None, "difficult_situation": "yes"},
        {
            "cond": {("szw_hardship_letter", "hours_any_course_or_education"): "unknown"},
            "status": {"szw_hardship_letter": "needs_info"},
        },
    ),
    (
        "szw difficult no",
        GOAL + ": difficult_situation no",
        {**SHORT, "hours_education": 500, "difficult_situation": "no"},
        {"status": {"szw_hardship_letter": "not_eligible"}},
    ),
    (
        "szw difficult unknown",
        GOAL + ": difficult_situation unknown",
        {**SHORT, "hours_education": 500, "difficult_situation": "unknown"},
        {"status": {"szw_hardship_letter": "needs_info"}},
    ),
    (
        "szw, course route eligible",
        D1 + ": 'unmet when either is eligible or not_yet' + note that the ordinary application fits",
        {"hours_education": 100, "difficult_situation": "yes"},
        {
            "status": {"szw_hardship_letter": "not_eligible"},
            "cond": {("szw_hardship_letter", "no_duo_agi_route"): "unmet"},
            "notes": {"szw_hardship_letter": ["ordinary_application_fits"]},
        },
    ),
    (
        "szw, course route not yet",
        D1 + ": third condition unmet when an AGI route is not_yet",
        {"term_start": "2025-01-01", "obligation_start": "2021-06-01", "difficult_situation": "yes"},
        {
            "status": {"duo_agi_course": "not_yet", "szw_hardship_letter": "not_eligible"},
            "cond": {("szw_hardship_letter", "no_duo_agi_route"): "unmet"},
            "notes": {"szw_hardship_letter": ["ordinary_application_fits"]},
        },
    ),
    (
        "szw, alfa route eligible",
        D1 + ": third condition unmet when duo_agi_alfa is eligible",
        {"hours_inburgering": 0, "hours_alfa": 600, "difficult_situation": "yes"},
        {"status": {"duo_agi_alfa": "eligible", "szw_hardship_letter": "not_eligible"}},
    ),
    (
        "szw, course route needs_info",
        D1 + ": third condition unknown otherwise",
        {
            **SHORT,
            "hours_inburgering": 700,
            "hours_education": 0,
            "school_listed_at_start": "unknown",
            "difficult_situation": "yes",
        },
        {
            "status": {"duo_agi_course": "needs_info", "szw_hardship_letter": "needs_info"},
            "cond": {("szw_hardship_letter", "no_duo_agi_route"): "unknown"},
        },
    ),
    (
        "szw, no waiting time",
        GOAL + ": szw_hardship_letter has no 2.5-year condition",
        {
            **SHORT,
            "hours_education": 500,
            "difficult_situation": "yes",
            "term_start": "2025-06-01",
            "obligation_start": "2021-06-01",
        },
        {"status": {"szw_hardship_letter": "eligible"}},
    ),
    (
        "szw, 2022 scope",
        GOAL + ": scope for all three routes",
        {
            **SHORT,
            "hours_education": 500,
            "difficult_situation": "yes",
            "obligation_start": "2022-01-01",
            "term_start": "2022-01-01",
        },
        {"status": {"szw_hardship_letter": "not_applicable"}},
    ),
    (
        "szw reads the two AGI routes only",
        D3 + ": 'szw_hardship_letter's third condition ... reads the two AGI routes only'",
        {**SHORT, "hours_education": 500, "difficult_situation": "yes", "medical_condition": "yes"},
        {
            "status": {"szw_hardship_letter": "eligible", "duo_release_medical": "eligible"},
            "cond": {("szw_hardship_letter", "no_duo_agi_route"): "met"},
        },
    ),
    # ---- ask_extension
    (
        "ask_extension, hours short",
        D1
        + ": 'ask_extension ... when neither DUO AGI route is eligible or not yet eligible and the course route's hours ... unmet'",
        {**SHORT},
        {"advice": {"ask_extension"}},
    ),
    (
        "ask_extension, attempts short",
        D1 + ": ... or attempts condition is unmet",
        {"exam_parts": parts(writing=(3, 0))},
        {"advice": {"ask_extension"}},
    ),
    (
        "no ask_extension, hours and attempts met, school not listed",
        D1 + ": only hours or attempts trigger it",
        {"school_listed_at_start": "no"},
        {"status": {"duo_agi_course": "not_eligible"}, "advice": set()},
    ),
    (
        "no ask_extension, alfa eligible",
        D1 + ": not when an AGI route is eligible",
        {"hours_inburgering": 0, "hours_alfa": 600},
        {"status": {"duo_agi_alfa": "eligible"}, "advice_not": {"ask_extension"}},
    ),
    (
        "no ask_extension, alfa not yet",
        D1 + ": not when an AGI route is not yet eligible",
        {"hours_inburgering": 0, "hours_alfa": 600, "term_start": "2025-01-01", "obligation_start": "2021-06-01"},
        {"status": {"duo_agi_alfa": "not_yet"}, "advice_not": {"ask_extension"}},
    ),
    (
        "no ask_extension, course not yet",
        D1 + ": not when an AGI route is not yet eligible (course)",
        {"term_start": "2025-01-01", "obligation_start": "2021-06-01"},
        {"advice": set()},
    ),
    (
        "no ask_extension, hours unknown",
        D1 + ": only an unmet condition triggers it",
        {"hours_inburgering": 500, "hours_nt2": None, "hours_alfa": None},
        {"advice_not": {"ask_extension"}},
    ),
    (
        "ask_extension with alfa needs_info",
        D1 + ": alfa needs_info is neither eligible nor not_yet",
        {"hours_inburgering": 100, "hours_nt2": 0, "hours_alfa": None},
        {"advice_has": {"ask_extension"}},
    ),
    (
        "no ask_extension, medical release eligible",
        D3 + ": 'ask_extension is not given when either new route is eligible' (medical)",
        {**SHORT, "medical_condition": "yes"},
        {"status": {"duo_release_medical": "eligible"}, "advice": set()},
    ),
    (
        "no ask_extension, integrated release eligible",
        D3 + ": ... (integrated)",
        {**SHORT, "years_lived_in_nl": 10, "years_worked_in_nl": 5, "dutch_good": "yes"},
        {"status": {"duo_release_integrated": "eligible"}, "advice": set()},
    ),
    (
        "ask_extension, medical release needs_info",
        D3 + ": only an eligible new route withholds it",
        {**SHORT, "medical_condition": "unknown"},
        {"status": {"duo_release_medical": "needs_info"}, "advice": {"ask_extension"}},
    ),
    (
        "ask_extension, before 2013",
        D1 + ": the AGI routes apply to a start before 2013 too",
        {**SHORT, "obligation_start": "2012-06-01", "term_start": "2012-06-01"},
        {"advice": {"ask_extension"}},
    ),
    # ---- every exam part passed
    (
        "all six passed",
        D2 + ": 'Every exam part passed': all five release routes not_applicable, note all_parts_passed",
        {
            "exam_parts": ALL_PASSED,
            "medical_condition": "yes",
            "years_lived_in_nl": 12,
            "years_worked_in_nl": 6,
            "dutch_good": "yes",
            "difficult_situation": "yes",
        },
        {"status": {r: "not_applicable" for r in RELEASE}, "notes": {r: ["all_parts_passed"] for r in RELEASE}},
    ),
    (
        "five passed, ona unreported, before 2015",
        D2 + ": 'five with ONA not reported where the inburgeringsplicht surely began before 1 January 2015'",
        {"exam_parts": parts(unreported=("ona",)), "obligation_start": "2014-12-31", "term_start": "2014-12-31"},
        {"status": {r: "not_applicable" for r in RELEASE}, "notes": {"duo_agi_course": ["all_parts_passed"]}},
    ),
    (
        "five passed, ona unreported, 2015",
        D2 + ": 'When it is not sure, nothing changes'",
        {"exam_parts": parts(unreported=("ona",)), "obligation_start": "2015-01-01", "term_start": "2015-01-01"},
        {"status": {"duo_agi_course": "needs_info"}, "no_notes": {"duo_agi_course": ["all_parts_passed"]}},
    ),
    (
        "five passed, ona unreported, start 2014 partial",
        D2 + ": partial 2014 is surely before 2015",
        {"exam_parts": parts(unreported=("ona",)), "obligation_start": "2014", "term_start": "2014-01-01"},
        {"status": {"duo_agi_course": "not_applicable"}},
    ),
    (
        "five passed, ona unreported, start unknown",
        D2 + ": not sure: nothing changes",
        {"exam_parts": parts(unreported=("ona",)), "obligation_start": None},
        {"status": {"duo_agi_course": "needs_info"}},
    ),
    (
        "five passed, ona failed, before 2015",
        D2 + ": 'every part that counts is passed' (ONA does not count before 2015)",
        {"exam_parts": parts(ona=(0, None)), "obligation_start": "2014-06-01", "term_start": "2014-06-01"},
        {"status": {"duo_agi_course": "not_applicable"}, "notes": {"duo_agi_course": ["all_parts_passed"]}},
    ),
    (
        "five passed, one unreported",
        D2 + ": not sure (speaking unreported)",
        {"exam_parts": parts(unreported=("speaking",))},
        {"status": {"duo_agi_course": "needs_info"}},
    ),
    (
        "five passed, ona failed, start unknown",
        D2 + ": not sure whether ONA counts: nothing changes, attempts unknown",
        {"exam_parts": parts(ona=(0, None)), "obligation_start": None},
        {
            "status": {"duo_agi_course": "needs_info"},
            "cond": {("duo_agi_course", "exam_attempts"): "unknown"},
            "no_notes": {"duo_agi_course": ["all_parts_passed"]},
        },
    ),
    (
        "five passed, ona unreported, start 2015 partial",
        D2 + ": a YYYY date (2015): ONA counts, not reported: nothing changes",
        {"exam_parts": parts(unreported=("ona",)), "obligation_start": "2015", "term_start": "2015-01-01"},
        {"status": {"duo_agi_course": "needs_info"}, "cond": {("duo_agi_course", "exam_attempts"): "unknown"}},
    ),
    (
        "five passed, ona failed, start 2014-12 partial",
        D2 + ": a YYYY-MM date decides the 1 January 2015 boundary",
        {"exam_parts": parts(ona=(0, None)), "obligation_start": "2014-12", "term_start": "2014-12-01"},
        {"status": {"duo_agi_course": "not_applicable"}, "notes": {"duo_agi_course": ["all_parts_passed"]}},
    ),
    # ---- third round: duo_release_integrated
    (
        "integrated eligible",
        D3 + ": duo_release_integrated: 10 years lived, 5 years worked, Dutch good",
        {"years_lived_in_nl": 10, "years_worked_in_nl": 5, "dutch_good": "yes"},
        {
            "status": {"duo_release_integrated": "eligible"},
            "cond": {
                ("duo_release_integrated", "years_lived"): "met",
                ("duo_release_integrated", "years_worked"): "met",
                ("duo_release_integrated", "dutch_good"): "met",
            },
            "forms": {"duo_release_integrated": ["integrated_advice_application", "employer_statement"]},
            "send_to": {"duo_release_integrated": "duo"},
            "costs": {"duo_release_integrated": [{"id": "duo_interview", "eur": 90}]},
            "notes": {"duo_release_integrated": ["release_integrated_not_for_permit"]},
            "answer_weeks": {"duo_release_integrated": None},
        },
    ),
    (
        "integrated 9.9 years lived",
        D3 + ": years_lived_in_nl >= 10",
        {"years_lived_in_nl": 9.9, "years_worked_in_nl": 5, "dutch_good": "yes"},
        {
            "status": {"duo_release_integrated": "not_eligible"},
            "cond": {("duo_release_integrated", "years_lived"): "unmet"},
        },
    ),
    (
        "integrated 4.9 years worked",
        D3 + ": years_worked_in_nl >= 5",
        {"years_lived_in_nl": 10, "years_worked_in_nl": 4.9, "dutch_good": "yes"},
        {
            "status": {"duo_release_integrated": "not_eligible"},
            "cond": {("duo_release_integrated", "years_worked"): "unmet"},
        },
    ),
    (
        "integrated dutch no",
        D3 + ": dutch_good yes",
        {"years_lived_in_nl": 10, "years_worked_in_nl": 5, "dutch_good": "no"},
        {"status": {"duo_release_integrated": "not_eligible"}},
    ),
    (
        "integrated dutch unknown",
        D3 + ": dutch_good unknown",
        {"years_lived_in_nl": 10, "years_worked_in_nl": 5, "dutch_good": "unknown"},
        {"status": {"duo_release_integrated": "needs_info"}},
    ),
    (
        "integrated years missing",
        D3 + ": a missing answer is unknown",
        {"years_lived_in_nl": None, "years_worked_in_nl": 5, "dutch_good": "yes"},
        {
            "status": {"duo_release_integrated": "needs_info"},
            "asks": {("duo_release_integrated", "years_lived"): ["years_lived_in_nl"]},
        },
    ),
    (
        "integrated needs no attempts or hours",
        D3 + ": its conditions are the three of art. 2.4a only",
        {
            **SHORT,
            "exam_parts": parts(writing=(0, 0)),
            "school_listed_at_start": "no",
            "term_start": "2021-01-01",
            "obligation_start": "2021-01-01",
            "today": "2022-01-02",
            "years_lived_in_nl": 10,
            "years_worked_in_nl": 5,
            "dutch_good": "yes",
        },
        {"status": {"duo_release_integrated": "eligible"}},
    ),
    # ---- third round: duo_release_medical
    (
        "medical yes",
        D3 + ": duo_release_medical: medical_condition yes",
        {"medical_condition": "yes"},
        {
            "status": {"duo_release_medical": "eligible"},
            "forms": {"duo_release_medical": []},
            "send_to": {"duo_release_medical": "duo"},
            "notes": {"duo_release_medical": ["duo_medical_examination"]},
            "answer_weeks": {"duo_release_medical": None},
            "costs": {"duo_release_medical": []},
        },
    ),
    (
        "medical no",
        D3 + ": 'medical_condition no: not_eligible'",
        {"medical_condition": "no"},
        {
            "status": {"duo_release_medical": "not_eligible"},
            "cond": {("duo_release_medical", "medical_condition"): "unmet"},
        },
    ),
    (
        "medical unknown",
        D3 + ": 'unknown or not answered: needs_info'",
        {"medical_condition": "unknown"},
        {"status": {"duo_release_medical": "needs_info"}},
    ),
    (
        "medical not answered",
        D3 + ": 'unknown or not answered: needs_info'",
        {"medical_condition": None},
        {
            "status": {"duo_release_medical": "needs_info"},
            "asks": {("duo_release_medical", "medical_condition"): ["medical_condition"]},
        },
    ),
    # ---- third round: scope
    (
        "new routes, 1 Jan 2013",
        D3 + ": 'Scope of both: obligation_start from 1 January 2013 to 31 December 2021'",
        {
            "obligation_start": "2013-01-01",
            "term_start": "2013-01-01",
            "medical_condition": "yes",
            "years_lived_in_nl": 10,
            "years_worked_in_nl": 5,
            "dutch_good": "yes",
        },
        {"status": {"duo_release_medical": "eligible", "duo_release_integrated": "eligible"}},
    ),
    (
        "new routes, 31 Dec 2012",
        D3 + ": 'Before 2013 (the old Wet inburgering): not_applicable with the note old_law_municipality'",
        {
            "obligation_start": "2012-12-31",
            "term_start": "2012-12-31",
            "medical_condition": "yes",
            "years_lived_in_nl": 10,
            "years_worked_in_nl": 5,
            "dutch_good": "yes",
        },
        {
            "status": {
                "duo_release_medical": "not_applicable",
                "duo_release_integrated": "not_applicable",
                "duo_agi_course": "eligible",
            },
            "notes": {
                "duo_release_medical": ["old_law_municipality"],
                "duo_release_integrated": ["old_law_municipality"],
            },
            "no_notes": {"duo_agi_course": ["old_law_municipality"]},
            "advice_not": {"contact_municipality"},
        },
    ),
    (
        "new routes, 31 Dec 2021",
        D3 + ": the last day of the scope",
        {"obligation_start": "2021-12-31", "term_start": "2021-12-31", "medical_condition": "yes"},
        {"status": {"duo_release_medical": "eligible"}},
    ),
    (
        "new routes, 1 Jan 2022",
        D3 + ": 'From 2022: not_applicable, as the AGI routes (advice contact_municipality)'",
        {
            "obligation_start": "2022-01-01",
            "term_start": "2022-01-01",
            "medical_condition": "yes",
            "years_lived_in_nl": 10,
            "years_worked_in_nl": 5,
            "dutch_good": "yes",
        },
        {
            "status": {"duo_release_medical": "not_applicable", "duo_release_integrated": "not_applicable"},
            "advice": {"contact_municipality"},
            "no_notes": {"duo_release_medical": ["old_law_municipality"]},
        },
    ),
    (
        "new routes, partial 2013",
        D2 + "/" + D3 + ": a YYYY date decides the 1 January 2013 boundary",
        {"obligation_start": "2013", "term_start": "2013-01-01", "medical_condition": "yes"},
        {"status": {"duo_release_medical": "eligible"}},
    ),
    (
        "new routes, partial 2012-12",
        D2 + "/" + D3 + ": a YYYY-MM date decides the 1 January 2013 boundary",
        {"obligation_start": "2012-12", "term_start": "2012-12-01", "medical_condition": "yes"},
        {
            "status": {"duo_release_medical": "not_applicable"},
            "notes": {"duo_release_medical": ["old_law_municipality"]},
        },
    ),
    (
        "new routes, partial 2012",
        D2 + "/" + D3 + ": a YYYY date (2012) decides the 1 January 2013 boundary",
        {"obligation_start": "2012", "term_start": "2012-01-01", "medical_condition": "yes"},
        {"status": {"duo_release_medical": "not_applicable"}},
    ),
    (
        "new routes, partial 2021",
        D2 + "/" + D3 + ": a YYYY date (2021) inside the scope",
        {"obligation_start": "2021", "term_start": "2021-01-01", "medical_condition": "yes"},
        {"status": {"duo_release_medical": "eligible"}},
    ),
    (
        "new routes, partial 2022-01",
        D2 + "/" + D3 + ": a YYYY-MM date decides the 1 January 2022 boundary",
        {"obligation_start": "2022-01", "term_start": None, "medical_condition": "yes"},
        {"status": {"duo_release_medical": "not_applicable"}, "advice": {"contact_municipality"}},
    ),
    (
        "new routes, obligation_start missing",
        D1 + "/" + D3 + ": an unknown scope condition gives needs_info",
        {"obligation_start": None, "medical_condition": "yes"},
        {"status": {"duo_release_medical": "needs_info"}},
    ),
    (
        "new routes, obligation_start missing, unmet",
        D1 + "/" + D3 + ": ... unless another condition is unmet",
        {"obligation_start": None, "medical_condition": "no"},
        {"status": {"duo_release_medical": "not_eligible"}},
    ),
    (
        "new routes, obliged no",
        D3 + ": '`obliged` no: not_applicable, as the AGI routes'",
        {"obliged": "no", "medical_condition": "yes"},
        {
            "status": {"duo_release_medical": "not_applicable", "duo_release_integrated": "not_applicable"},
            "notes": {"duo_release_medical": ["no_obligation"]},
            "advice": set(),
        },
    ),
    (
        "new routes' sources",
        D3 + ": integrated cites the DUO 'Sterkere verblijfsvergunning' text, medical the IND appendix",
        {},
        {
            "source": {
                "duo_release_integrated": "duo-sterkere-verblijfsvergunning",
                "duo_release_medical": "ind-bijlage-inburgeringsvereiste",
                "duo_agi_course": "duo-genoeg-cursus-en-examens",
                "duo_agi_alfa": "duo-genoeg-cursus-en-examens",
                "szw_hardship_letter": "duo-genoeg-cursus-en-examens",
            }
        },
    ),
    (
        "medical note phone",
        D3 + ": 'ask DUO for the form (phone as in the addresses)'",
        {"medical_condition": "yes"},
        {"note_field": {("duo_release_medical", "duo_medical_examination", "phone"): "050 599 96 00"}},
    ),
    (
        "no goal, hours short",
        D1 + ": 'With no goal, the advice of every goal' (ask_extension)",
        {"goal": None, **SHORT},
        {"advice_has": {"ask_extension"}},
    ),
    # ---- order, goals, today
    (
        "order",
        "decision-contract.md, Ordering; " + D1 + ": 'routes of equal status keep the contract's order'",
        {"medical_condition": "yes", "hours_inburgering": 300, "hours_alfa": 300},
        {
            "order": [
                "duo_agi_course",
                "duo_agi_alfa",
                "duo_release_medical",
                "szw_hardship_letter",
                "duo_release_integrated",
            ]
        },
    ),
    (
        "order with not_yet and needs_info",
        "decision-contract.md, Ordering",
        {"term_start": "2025-01-01", "obligation_start": "2021-06-01", "medical_condition": None},
        {
            "order": [
                "duo_agi_course",
                "duo_release_medical",
                "duo_agi_alfa",
                "szw_hardship_letter",
                "duo_release_integrated",
            ]
        },
    ),
    (
        "no goal, 2022",
        "decision-contract.md, Routes: 'with no goal, the routes of every goal'; "
        + D1
        + ": 'With no goal, the advice of every goal'",
        {"goal": None, "obligation_start": "2022-01-01", "term_start": "2022-01-01"},
        {"status": {r: "not_applicable" for r in RELEASE}, "advice_has": {"contact_municipality"}},
    ),
    (
        "stronger permit lists no release route",
        "decision-contract.md, Routes: 'routes holds the routes of the chosen goal'",
        {"goal": "stronger_permit"},
        {"absent_routes": set(RELEASE)},
    ),
]


def _run(changes):
    answers = dict(BASE)
    for key, value in changes.items():
        if value is None:
            answers.pop(key, None)
        else:
            answers[key] = value
    return evaluate(answers)


def _route(result, route_id):
    found = [r for r in result["routes"] if r["id"] == route_id]
    assert found, f"route {route_id} missing"
    return found[0]


def _cond(result, route_id, cond_id):
    ids = ("school_listed_now", "school_listed_at_start") if cond_id == LISTING else (cond_id,)
    found = [c for c in _route(result, route_id)["conditions"] if c["id"] in ids]
    assert found, f"condition {route_id}.{cond_id} missing"
    return found[0]


def _note_ids(route):
    return [n["id"] for n in route["notes"]]


@pytest.mark.parametrize(("name", "cite", "changes", "expect"), CASES, ids=[c[0] for c in CASES])
def test_probe(name, cite, changes, expect):
    result = _run(changes)
    for rid, st in expect.get("status", {}).items():
        assert _route(result, rid)["status"] == st, (rid, _route(result, rid)["status"])
    for (rid, cid), st in expect.get("cond", {}).items():
        assert _cond(result, rid, cid)["status"] == st, (rid, cid, _cond(result, rid, cid))
    for (rid, cid, key), value in expect.get("cond_field", {}).items():
        assert _cond(result, rid, cid).get(key) == value, (rid, cid, key, _cond(result, rid, cid))
    for (rid, cid), fields in expect.get("asks", {}).items():
        asks = _cond(result, rid, cid).get("asks") or []
        assert set(fields) <= set(asks), (rid, cid, asks)
    for rid, day in expect.get("from_", {}).items():
        assert _route(result, rid)["eligible_from"] == day, (rid, _route(result, rid)["eligible_from"])
    for rid, ids in expect.get("notes", {}).items():
        assert set(ids) <= set(_note_ids(_route(result, rid))), (rid, _note_ids(_route(result, rid)))
    for rid, ids in expect.get("no_notes", {}).items():
        assert not set(ids) & set(_note_ids(_route(result, rid))), (rid, _note_ids(_route(result, rid)))
    for (rid, nid, key), value in expect.get("note_field", {}).items():
        note = next(n for n in _route(result, rid)["notes"] if n["id"] == nid)
        assert note.get(key) == value, (rid, nid, note)
    advice = {a["id"] if isinstance(a, dict) else a for a in result["advice"]}
    if "advice" in expect:
        assert advice == expect["advice"], advice
    assert expect.get("advice_has", set()) <= advice, advice
    assert not expect.get("advice_not", set()) & advice, advice
    for key in ("forms", "send_to", "costs", "answer_weeks", "source"):
        for rid, value in expect.get(key, {}).items():
            assert _route(result, rid)[key] == value, (rid, key, _route(result, rid)[key])
    ids = [r["id"] for r in result["routes"]]
    if "order" in expect:
        assert ids == expect["order"], ids
    if "routes" in expect:
        assert set(ids) == expect["routes"], ids
    assert not expect.get("absent_routes", set()) & set(ids), ids


def test_answers_today_wins_over_the_argument():
    """Decisions on open points, "Output details": 'answers.today wins over the function's today argument'."""
    from datetime import date

    result = evaluate({**BASE, "term_start": "2024-05-22", "obligation_start": "2021-06-01"}, today=date(2026, 11, 21))
    assert result["today"] == "2026-11-22"
    assert _route(result, "duo_agi_course")["status"] == "eligible"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("obligation_start", "2027"),
        ("obligation_start", "2026-12"),
        ("term_start", "2026-12"),
        ("term_start", "2026-11-23"),
    ],
)
def test_partial_date_wholly_after_today_is_bad_input(field, value):
    """Second round, "Partial dates": 'a partial date wholly after today is bad input'."""
    from wizard.decision.answers import AnswerError

    with pytest.raises(AnswerError):
        evaluate({**BASE, field: value})


@pytest.mark.parametrize(
    ("birth", "start", "refused"),
    [
        ("1990-06-15", "1990-06", False),
        ("1990", "1990", False),
        ("1990-06-15", "1990-05", True),
        ("1990-06-15", "1990-06-14", True),
    ],
)
def test_start_before_birth_refused_only_when_sure(birth, start, refused):
    """Second round, "Partial dates": 'Cross-checks between dates (a start before the birth date) refuse
    only what is surely wrong.'"""
    from wizard.decision.answers import AnswerError

    answers = {k: v for k, v in BASE.items() if k != "term_start"}
    answers.update(birth_date=birth, obligation_start=start)
    if refused:
        with pytest.raises(AnswerError):
            evaluate(answers)
    else:
        evaluate(answers)


# --- Readings where the code followed a guess, now the letter ----------------------------------------
def route_of(result, route_id):
    return next(r for r in result["routes"] if r["id"] == route_id)


def condition_of(route, cond_id):
    return next(c for c in route["conditions"] if c["id"] == cond_id)


def test_a_start_date_without_obliged_leaves_the_obligation_unknown():
    """Contract: 'a missing field means "not asked" and counts as unknown'; rules.md: a scope condition
    that is unknown makes the route needs_info unless another condition is unmet. A start date does not
    answer `obliged` (the code used to read it as yes)."""
    assert route_of(evaluate(BASE), "duo_agi_course")["status"] == "eligible"
    without = {k: v for k, v in BASE.items() if k != "obliged"}
    for answers in (without, {**without, "obliged": "unknown"}):
        course = route_of(evaluate(answers), "duo_agi_course")
        assert condition_of(course, "obliged")["status"] == "unknown"
        assert course["status"] == "needs_info"


def test_every_part_passed_with_too_few_hours_still_gets_ask_extension():
    """rules.md, 'When each advice is given': ask_extension when neither DUO AGI route is eligible or not
    yet eligible and the course route's hours or attempts condition is unmet. Its written exceptions are
    no obligation and 2022 or later (second round); every part passed is not one of them."""
    answers = {
        "goal": "release_from_obligation",
        "today": "2026-11-22",
        "obliged": "yes",
        "obligation_start": "2021-10-01",
        "term_start": "2021-10-01",
        "hours_inburgering": 250,
        "hours_nt2": 0,
        "hours_alfa": 0,
        "exam_parts": {p: {"passed": True, "attempts_inburgering": 1} for p in PARTS},
    }
    result = evaluate(answers)
    assert route_of(result, "duo_agi_course")["status"] == "not_applicable"
    assert condition_of(route_of(result, "duo_agi_course"), "hours")["status"] == "unmet"
    assert "ask_extension" in result["advice"]
    # 2022 or later: never, every part passed or not
    later = evaluate({**answers, "obligation_start": "2022-01-01", "term_start": "2022-01-01"})
    assert "ask_extension" not in later["advice"] and "contact_municipality" in later["advice"]
