"""Advice (rules.md, 'When each advice is given') and the result's shape and order."""

import pytest

from wizard.decision.logic import STATUS_ORDER

from .helpers import PERMIT_IDS, RELEASE_IDS, parts, result


def test_contact_municipality_from_2022():
    r = result(goal="release_from_obligation", obliged="yes", obligation_start="2022-01-01")
    assert r["advice"] == ["contact_municipality"]
    assert {x["status"] for x in r["routes"]} == {"not_applicable"}
    r = result(goal="release_from_obligation", obliged="yes", obligation_start="2021-12-31")
    assert "contact_municipality" not in r["advice"]


def test_ask_extension_when_hours_or_attempts_are_short():
    base = dict(
        goal="release_from_obligation",
        obliged="yes",
        obligation_start="2018-01-01",
        school_listed_at_start="yes",
        school_listed_now="yes",
        hours_nt2=0,
        hours_alfa=0,
    )
    short_hours = result(**base, hours_inburgering=400, exam_parts=parts(passed=False, ai=4))
    assert "ask_extension" in short_hours["advice"]
    short_attempts = result(**base, hours_inburgering=600, exam_parts=parts(passed=False, ai=2))
    assert "ask_extension" in short_attempts["advice"]
    fine = result(**base, hours_inburgering=600, exam_parts=parts(passed=False, ai=4))
    assert "ask_extension" not in fine["advice"]
    alfa_fits = result(**{**base, "hours_alfa": 600}, hours_inburgering=0, exam_parts=parts(passed=False, ai=0))
    assert "ask_extension" not in alfa_fits["advice"]


def test_no_obligation_no_advice():
    r = result(goal="release_from_obligation", obliged="no")
    assert r["advice"] == [] and {x["status"] for x in r["routes"]} == {"not_applicable"}
    assert all("no_obligation" in [n["id"] for n in x["notes"]] for x in r["routes"])


def test_see_ind():
    assert result(goal="naturalisation")["advice"] == ["see_ind"]
    assert result(goal="naturalisation")["routes"] == []
    nothing = result(
        goal="stronger_permit",
        diploma="no",
        nationalities=["SY"],
        turkish_family_member="no",
        birth_date="1990-01-01",
        school_age_years_in_nl=0,
        documents=[],
        medical_condition="no",
        duo_advice_agi="no",
        special_circumstances="no",
        hours_inburgering=0,
        hours_nt2=0,
        hours_alfa=0,
        years_lived_in_nl=3,
        years_worked_in_nl=1,
        dutch_good="no",
    )
    assert "see_ind" in nothing["advice"]
    assert {x["status"] for x in nothing["routes"]} == {"not_eligible"}
    assert "see_ind" not in result(goal="stronger_permit", diploma="yes")["advice"]


def test_school_closed_evidence_for_any_goal():
    assert "school_closed_evidence" in result(goal="stronger_permit", school_closed="yes")["advice"]


def test_no_goal_lists_every_route_and_every_goals_advice():
    r = result(obligation_start="2023-01-01", obliged="yes")
    assert r["goal"] is None
    assert sorted(x["id"] for x in r["routes"]) == sorted(RELEASE_IDS + PERMIT_IDS)
    assert {"contact_municipality", "see_ind"} <= set(r["advice"])


@pytest.mark.parametrize("goal, ids", [("release_from_obligation", RELEASE_IDS), ("stronger_permit", PERMIT_IDS)])
def test_every_route_of_the_goal_is_listed_in_status_order(goal, ids):
    r = result(goal=goal, diploma="no", nationalities=["TR"])
    assert sorted(x["id"] for x in r["routes"]) == sorted(ids)
    ranks = [STATUS_ORDER.index(x["status"]) for x in r["routes"]]
    assert ranks == sorted(ranks)
    same = [x["id"] for x in r["routes"] if x["status"] == "needs_info"]
    assert same == [i for i in ids if i in same]  # equal status keeps the contract's order


def test_today_in_answers_wins_over_the_argument():
    from datetime import date

    from wizard.decision import evaluate

    assert evaluate({"today": "2025-01-01"}, today=date(2020, 1, 1))["today"] == "2025-01-01"
    assert evaluate({}, today=date(2020, 1, 1))["today"] == "2020-01-01"
    assert evaluate({})["rules_version"]


def test_the_vocabulary_lists_exactly_the_routes_the_rules_return():
    """vocabulary.ROUTE_IDS is what the words and the rules page read: it must be what the rules give."""
    from wizard.decision.vocabulary import ROUTE_IDS

    for goal, ids in ROUTE_IDS.items():
        assert sorted(r["id"] for r in result(goal=goal)["routes"]) == sorted(ids), goal
