"""relevant_questions: the wizard asks only what can still change an outcome."""

import pytest

from wizard.decision import evaluate, relevant_questions
from wizard.decision.relevance import QUESTIONS

from .helpers import parts

T = {"today": "2026-11-22"}


def rel(**answers):
    return relevant_questions({**T, **answers})


def test_with_nothing_answered_the_goal_matters():
    assert "goal" in rel()
    assert set(rel()) <= set(QUESTIONS)


def test_a_belgian_asking_for_a_permit_is_asked_nothing_more():
    assert rel(goal="stronger_permit", nationalities=["BE"]) == ["nationalities"]


def test_obliged_in_2023_asking_for_release_is_not_asked_about_exams_or_hours():
    asked = rel(goal="release_from_obligation", obliged="yes", obligation_start="2023-02-01")
    assert "exam_parts" not in asked and not any(q.startswith("hours_") for q in asked)


def test_release_asks_what_the_duo_routes_need():
    asked = rel(goal="release_from_obligation", obliged="yes", obligation_start="2018-01-01")
    # The AGI page's questions, then those of 'aantoonbaar voldoende ingeburgerd' and the medical question
    # (rules.md, third round: the two other ways to be released).
    for q in (
        "term_start",
        "hours_inburgering",
        "hours_nt2",
        "hours_alfa",
        "school_listed_at_start",
        "school_listed_now",
        "exam_parts",
        "difficult_situation",
        "years_lived_in_nl",
        "years_worked_in_nl",
        "dutch_good",
        "medical_condition",
    ):
        assert q in asked, q
    for q in ("nationalities", "birth_date", "documents", "school_age_years_in_nl", "medical_documents"):
        assert q not in asked, q


def test_700_inburgering_hours_make_nt2_hours_irrelevant():
    base = dict(
        goal="release_from_obligation",
        obliged="yes",
        obligation_start="2018-01-01",
        term_start="2018-01-01",
        school_listed_at_start="unknown",
        school_listed_now="no",
        exam_parts=parts(passed=False, ai=4),
        difficult_situation="no",
    )
    assert "hours_nt2" in rel(**base, hours_inburgering=100)
    assert "hours_nt2" not in rel(**base, hours_inburgering=700, hours_education=0)


def test_once_a_route_is_eligible_nothing_more_is_asked():
    assert rel(goal="stronger_permit", diploma="yes") == ["diploma"]


def test_obligation_start_matters_for_a_permit_only_through_letters():
    assert "obligation_start" not in rel(goal="stronger_permit")
    assert "obligation_start" in rel(goal="stronger_permit", documents=["bw_agi_letter"])
    assert "participation_statement_done" in rel(
        goal="stronger_permit", documents=["duo_agi_letter_after_2017"], obligation_start="2018-01-01"
    )


@pytest.mark.parametrize("goal", ["naturalisation"])
def test_naturalisation_asks_nothing_more(goal):
    assert rel(goal=goal) == []


# --- What counts as a change ---------------------------------------------------------------------
def test_roc_advice_date_is_asked_only_while_an_advice_can_still_be_valid():
    """Requests closed on 1 July 2013, an advice lasts 5 years: rules.md reads none as valid after 2019."""
    permit = {"goal": "stronger_permit"}
    assert "roc_advice_date" in relevant_questions({**permit, "today": "2018-06-01"})
    assert "roc_advice_date" not in relevant_questions({**permit, "today": "2020-01-01"})


def test_permit_type_is_not_asked_when_the_route_is_closed_anyway():
    """not_eligible or not_applicable: either way the route is closed, so permit_type does not matter."""
    permit = {"goal": "stronger_permit", "special_circumstances": "no"}
    assert "permit_type" not in relevant_questions(permit)
    assert "permit_type" in relevant_questions({**permit, "special_circumstances": "yes"})


def test_school_closed_is_asked_when_it_changes_what_to_send():
    """An eligible course route: a closed school cannot sign the Verklaring deelname cursus."""
    eligible_course = {
        "goal": "release_from_obligation",
        "obliged": "yes",
        "obligation_start": "2016-01-01",
        "term_start": "2016-01-01",
        "hours_inburgering": 700,
        "school_listed_at_start": "yes",
        "exam_parts": {
            p: {"passed": False, "attempts_inburgering": 4, "attempts_nt2": 0}
            for p in ("reading", "listening", "writing", "speaking")
        }
        | {p: {"passed": False, "attempts_inburgering": 4} for p in ("knm", "ona")},
    }
    assert evaluate(eligible_course)["routes"][0]["status"] == "eligible"
    unanswered = [q for q in relevant_questions(eligible_course) if q not in eligible_course]
    assert unanswered == ["school_closed"]
    no_hours = {**eligible_course, "hours_inburgering": 0, "hours_nt2": 0, "hours_alfa": 0, "hours_education": 0}
    assert "school_closed" not in relevant_questions(no_hours)


def test_once_a_permit_route_is_eligible_nothing_else_is_asked():
    assert relevant_questions({"goal": "stronger_permit", "nationalities": ["BE"]}) == ["nationalities"]


def test_the_questions_reach_every_figure_a_rule_reads():
    """The candidate answers come from parameters.py (issue 20): every figure a rule compares an answer
    with is among them, so changing a figure cannot leave the wizard asking the wrong questions."""
    from datetime import date

    from wizard.decision import parameters as P
    from wizard.decision.answers import parse
    from wizard.decision.dates import ONE_DAY
    from wizard.decision.relevance import candidates

    a = parse({"today": "2026-11-22"})
    hours = set(candidates("hours_inburgering", a))
    for figure in (P.HOURS_TOTAL, P.HOURS_INBURGERING_WITH_ALFA, P.HOURS_ALFA_MIN):
        assert figure.value in hours
    assert P.YEARS_LIVED_INTEGRATED.value in candidates("years_lived_in_nl", a)
    assert P.YEARS_WORKED_INTEGRATED.value in candidates("years_worked_in_nl", a)
    assert P.SCHOOL_AGE_YEARS.value in candidates("school_age_years_in_nl", a)
    starts = {d.first for d in candidates("obligation_start", a)}
    for cut_over in (P.WI2013_START, P.ONA_FROM, P.PARTICIPATION_FROM, P.WI2021_START):
        assert {cut_over.value, cut_over.value - ONE_DAY} <= starts, cut_over.description
    assert date(2026, 11, 22) in starts
