"""duo_agi_course — DUO, 'Genoeg cursus en examens gedaan', conditions for an inburgeringscursus."""

import pytest

from .helpers import condition, note_ids, parts, result, route, status

BASE = dict(
    goal="release_from_obligation",
    obliged="yes",
    obligation_start="2018-09-03",
    term_start="2018-09-03",
    hours_inburgering=600,
    hours_nt2=0,
    hours_alfa=0,
    school_listed_at_start="yes",
    exam_parts=parts(passed=False, ai=4, an=0),
)


def case(**changes):
    return {**BASE, **changes}


@pytest.mark.parametrize(
    "name, answers, expected",
    [
        ("all conditions met", case(), "eligible"),
        # 'U hebt minimaal 600 uur cursus gedaan' — inburgering + Nt2
        ("599 hours", case(hours_inburgering=500, hours_nt2=99), "not_eligible"),
        ("600 hours", case(hours_inburgering=500, hours_nt2=100), "eligible"),
        # '... inburgeringscursus en alfabetiseringscursus ... als u minimaal 200 uur inburgeringscursus hebt gedaan'
        ("199 inburgering + alfa", case(hours_inburgering=199, hours_alfa=401), "not_eligible"),
        ("200 inburgering + alfa", case(hours_inburgering=200, hours_alfa=400), "eligible"),
        ("all three kinds only together", case(hours_inburgering=150, hours_nt2=200, hours_alfa=300), "not_eligible"),
        # 'minimaal 4 keer geprobeerd ... niet meer dan 2 Nt2-examens'
        ("3 attempts", case(exam_parts=parts(passed=False, ai=3, an=0)), "not_eligible"),
        ("4 attempts", case(exam_parts=parts(passed=False, ai=4, an=0)), "eligible"),
        ("2 + 2 Nt2", case(exam_parts=parts(passed=False, ai=2, an=2)), "not_eligible"),  # knm/ona have no Nt2
        ("language parts 2 + 2 Nt2", case(exam_parts=parts(passed=True, speaking=(False, 2, 2))), "eligible"),
        ("Nt2 capped at 2", case(exam_parts=parts(passed=True, speaking=(False, 1, 3))), "not_eligible"),
        ("knm 3 attempts", case(exam_parts=parts(passed=True, knm=(False, 3, 0))), "not_eligible"),
        # 'Uw inburgeringstermijn is 2,5 jaar geleden gestart'
        ("day before 2.5 years", case(term_start="2024-05-23"), "not_yet"),
        ("day of 2.5 years", case(term_start="2024-05-22"), "eligible"),
        # 'Uw school stond op zoekinburgerschool.nl toen u begon met de cursus'
        ("school not listed", case(school_listed_at_start="no"), "not_eligible"),
        ("school listing unknown", case(school_listed_at_start="unknown"), "needs_info"),
        # 'Moest u beginnen met inburgeren op 1 januari 2022 of later? Dan is deze pagina niet voor u.'
        ("obliged 31 December 2021", case(obligation_start="2021-12-31", term_start="2021-12-31"), "eligible"),
        ("obliged 1 January 2022", case(obligation_start="2022-01-01", term_start="2022-01-01"), "not_applicable"),
        ("not obliged", case(obliged="no"), "not_applicable"),
        ("obliged unknown", case(obliged="unknown", obligation_start=None), "needs_info"),
        ("unmet beats waiting", case(term_start="2025-01-01", school_listed_at_start="no"), "not_eligible"),
        ("unknown beats waiting", case(term_start="2025-01-01", school_listed_at_start="unknown"), "needs_info"),
    ],
)
def test_status(name, answers, expected):
    assert status("duo_agi_course", **answers) == expected, name


def test_not_yet_says_from_when():
    r = route("duo_agi_course", **case(term_start="2024-05-23"))
    assert r["eligible_from"] == "2026-11-23"


def test_hours_report_what_is_missing_for_the_nearest_way():
    c = condition("duo_agi_course", "hours", **case(hours_inburgering=400, hours_nt2=80, hours_alfa=0))
    assert (c["status"], c["have"], c["need"], c["hours_missing"]) == ("unmet", 480, 600, 120)


@pytest.mark.parametrize("route_id", ["duo_agi_course", "duo_advice_agi_course"])
@pytest.mark.parametrize(
    "hours, have, need, missing",
    [
        ((500, 99, 0), 599, 600, 1),  # inburgering + Nt2: the 600 together
        ((199, 0, 401), 199, 200, 1),  # inburgering + alfa: the 200 hours of inburgering the alfa needs
        ((0, 0, 600), 0, 200, 200),
        ((100, 0, 600), 100, 200, 100),
        ((250, 0, 300), 550, 600, 50),  # 200 of inburgering reached: the 600 together
        ((150, 0, 350), 500, 600, 100),  # 50 short of the 200, 100 of the 600: 100 more inburgering hours reach both
    ],
)
def test_unmet_hours_say_what_is_missing_in_have_and_need(route_id, hours, have, need, missing):
    """'Unmet conditions report the hours still missing for the nearest way': need - have is what is missing."""
    hi, hn, ha = hours
    answers = case(hours_inburgering=hi, hours_nt2=hn, hours_alfa=ha)
    if route_id == "duo_advice_agi_course":
        answers = {**answers, "goal": "stronger_permit"}
    c = condition(route_id, "hours", **answers)
    assert (c["status"], c["have"], c["need"], c["hours_missing"]) == ("unmet", have, need, missing)
    assert c["need"] - c["have"] == c["hours_missing"]


def test_three_kinds_together_say_ask_duo():
    assert "ask_duo_combine_hours" in note_ids(
        "duo_agi_course", **case(hours_inburgering=150, hours_nt2=200, hours_alfa=300)
    )


@pytest.mark.parametrize(
    "hours, asks_duo",
    [
        ((150, 200, 300), True),  # only the three together reach 600
        ((0, 300, 300), True),  # Nt2 and alfa: no text adds them up
        ((199, 0, 401), False),  # inburgering + alfa reach 600; the 200 hours of inburgering are missing
        ((0, 0, 600), False),  # alfa alone: the alfabetisering route, not a combination
        ((100, 200, 200), False),  # the three together do not reach 600
    ],
)
def test_ask_duo_only_where_only_the_three_together_reach_600(hours, asks_duo):
    hi, hn, ha = hours
    notes = note_ids("duo_agi_course", **case(hours_inburgering=hi, hours_nt2=hn, hours_alfa=ha))
    assert ("ask_duo_combine_hours" in notes) is asks_duo


def test_known_hours_decide_without_the_missing_ones():
    c = condition("duo_agi_course", "hours", **case(hours_inburgering=700, hours_nt2=None, hours_alfa=None))
    assert c["status"] == "met"
    c = condition("duo_agi_course", "hours", **case(hours_inburgering=100, hours_nt2=None, hours_alfa=0))
    assert c["status"] == "unknown" and "hours_nt2" in c["asks"]


def test_three_attempts_with_nt2_missing_is_unknown():
    exams = parts(passed=True)
    exams["speaking"] = {"passed": False, "attempts_inburgering": 3}
    assert condition("duo_agi_course", "exam_attempts", **case(exam_parts=exams))["status"] == "unknown"


def test_part_not_reported_is_unknown():
    exams = parts(passed=True)
    del exams["writing"]
    assert status("duo_agi_course", **case(exam_parts=exams)) == "needs_info"


def test_ona_does_not_count_before_2015():
    exams = parts(passed=True, knm=(False, 4, 0), ona=(False, 0, 0))
    assert (
        status("duo_agi_course", **case(obligation_start="2014-12-31", term_start="2014-12-31", exam_parts=exams))
        == "eligible"
    )
    assert (
        status("duo_agi_course", **case(obligation_start="2015-01-01", term_start="2015-01-01", exam_parts=exams))
        == "not_eligible"
    )


def test_five_parts_passed_before_2015_is_every_part_that_counts():
    """rules.md, second round, 'Every exam part passed': 'or five with ONA not reported where the
    inburgeringsplicht surely began before 1 January 2015' -- ONA failed before 2015 does not count either."""
    exams = parts(passed=True, ona=(False, 0, 0))
    r = route("duo_agi_course", **case(obligation_start="2014-12-31", term_start="2014-12-31", exam_parts=exams))
    assert r["status"] == "not_applicable"
    assert [n["id"] for n in r["notes"]] == ["all_parts_passed"]
    assert (
        status("duo_agi_course", **case(obligation_start="2015-01-01", term_start="2015-01-01", exam_parts=exams))
        == "not_eligible"
    )


@pytest.mark.parametrize(
    "exams, asks",
    [
        (parts(passed=True, ona=(False, 0, 0)), ["obligation_start"]),  # ONA failed: counts only from 2015
        ({n: p for n, p in parts(passed=True).items() if n != "ona"}, ["exam_parts", "obligation_start"]),
        ({n: p for n, p in parts(passed=True).items() if n != "writing"}, ["exam_parts"]),
    ],
)
def test_unknown_attempts_ask_every_answer_that_would_decide_them(exams, asks):
    """Contract: 'the unknown conditions name the answers that would decide them'. Whether ONA
    counts at all depends on the day the inburgeringsplicht began."""
    c = condition(
        "duo_agi_course", "exam_attempts", **case(obligation_start=None, term_start="2018-09-03", exam_parts=exams)
    )
    assert c["status"] == "unknown" and c["asks"] == asks


def test_term_start_missing_uses_obligation_start_with_a_note():
    answers = case(term_start=None, obligation_start="2021-06-30", today="2023-12-29")
    assert route("duo_agi_course", **answers)["eligible_from"] == "2023-12-30"
    assert "term_start_assumed" in note_ids("duo_agi_course", **answers)


def test_participation_note_after_30_september_2017():
    assert "participation_statement_still_needed" in note_ids("duo_agi_course", **case())
    assert "participation_statement_still_needed" not in note_ids(
        "duo_agi_course", **case(obligation_start="2017-09-30", term_start="2017-09-30")
    )


def test_forms_and_address():
    r = route("duo_agi_course", **case())
    assert r["forms"] == ["agi_ontheffing_application", "course_participation_statement"]
    assert r["send_to"] == "duo" and r["answer_weeks"] == 8
    assert "online_lessons_do_not_count" in [n["id"] for n in r["notes"]]


def test_every_condition_cites_its_source():
    for c in route("duo_agi_course", **case())["conditions"]:
        assert c["source"] == "duo-genoeg-cursus-en-examens" and c["phrase"]


def test_closed_school_replaces_the_statement_with_evidence():
    answers = case(school_closed="yes")
    r = route("duo_agi_course", **answers)
    assert "course_participation_statement" not in r["forms"]
    assert "school_closed_evidence" in result(**answers)["advice"]
