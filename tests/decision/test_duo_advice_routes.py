"""DUO, 'Sterkere verblijfsvergunning': the advice routes."""

import pytest

from .helpers import note_ids, parts, route, status

P = dict(goal="stronger_permit")
COURSE = dict(
    P, hours_inburgering=600, hours_nt2=0, hours_alfa=0, school_listed_now="yes", exam_parts=parts(passed=False, ai=3)
)


def case(**changes):
    return {**COURSE, **changes}


@pytest.mark.parametrize(
    "name, answers, expected",
    [
        ("all met", case(), "eligible"),
        ("599 hours", case(hours_inburgering=599), "not_eligible"),
        ("199 inburgering + alfa", case(hours_inburgering=199, hours_alfa=401), "not_eligible"),
        ("200 inburgering + alfa", case(hours_inburgering=200, hours_alfa=400), "eligible"),
        # 'minimaal 3 keer geprobeerd' — not 4 as in the IND appendix
        ("2 attempts", case(exam_parts=parts(passed=False, ai=2)), "not_eligible"),
        ("3 attempts", case(exam_parts=parts(passed=False, ai=3)), "eligible"),
        ("1 + 2 Nt2 on a language part", case(exam_parts=parts(passed=True, reading=(False, 1, 2))), "eligible"),
        ("0 + 3 Nt2: cap 2", case(exam_parts=parts(passed=True, reading=(False, 0, 3))), "not_eligible"),
        ("school not listed now", case(school_listed_now="no", school_closed="no"), "not_eligible"),
        ("not listed now, may have closed: rules.md, second round", case(school_listed_now="no"), "needs_info"),
        ("not listed now nor at the start", case(school_listed_now="no", school_listed_at_start="no"), "not_eligible"),
        ("already holds the advice", case(hours_inburgering=0, duo_advice_agi="yes"), "eligible"),
    ],
)
def test_duo_advice_agi_course(name, answers, expected):
    assert status("duo_advice_agi_course", **answers) == expected, name


def test_three_versus_four_and_passed_exams_notes():
    ids = note_ids("duo_advice_agi_course", **case(exam_parts=parts(passed=True, knm=(False, 3, 0))))
    assert "attempts_three_versus_four" in ids and "passed_exams_may_block_advice" in ids
    assert "passed_exams_may_block_advice" not in note_ids("duo_advice_agi_course", **case())


def test_agi_advice_form_goes_to_duo():
    r = route("duo_advice_agi_course", **case())
    assert (r["forms"], r["send_to"], r["answer_weeks"]) == (["agi_advice_application"], "duo", 8)


@pytest.mark.parametrize(
    "answers, expected",
    [
        (dict(hours_alfa=300, hours_inburgering=300, school_listed_now="yes"), "eligible"),
        (dict(hours_alfa=299, hours_inburgering=301, school_listed_now="yes"), "not_eligible"),
        (dict(hours_alfa=300, hours_inburgering=299, school_listed_now="yes"), "not_eligible"),
        (dict(hours_alfa=600, school_listed_now="unknown"), "needs_info"),
        (dict(duo_advice_agi="yes"), "eligible"),
    ],
)
def test_duo_advice_agi_alfa(answers, expected):
    assert status("duo_advice_agi_alfa", **P, **answers) == expected


def test_alfa_advice_costs_the_test():
    assert route("duo_advice_agi_alfa", **P, hours_alfa=600)["costs"] == [{"id": "duo_test", "eur": 150}]


@pytest.mark.parametrize(
    "answers, expected",
    [
        (dict(years_lived_in_nl=10, years_worked_in_nl=5, dutch_good="yes"), "eligible"),
        (dict(years_lived_in_nl=9.9, years_worked_in_nl=5, dutch_good="yes"), "not_eligible"),
        (dict(years_lived_in_nl=10, years_worked_in_nl=4.9, dutch_good="yes"), "not_eligible"),
        (dict(years_lived_in_nl=10, years_worked_in_nl=5, dutch_good="no"), "not_eligible"),
        (dict(years_lived_in_nl=10, years_worked_in_nl=5), "needs_info"),
        (dict(duo_advice_integrated="yes"), "eligible"),
    ],
)
def test_duo_advice_integrated(answers, expected):
    assert status("duo_advice_integrated", **P, **answers) == expected


def test_integrated_advice_forms_costs_and_note():
    r = route("duo_advice_integrated", **P, years_lived_in_nl=12, years_worked_in_nl=6, dutch_good="yes")
    assert r["forms"] == ["integrated_advice_application", "employer_statement"]
    assert r["costs"] == [{"id": "duo_interview", "eur": 90}]
    assert "evidently_integrated_letter_not_exemption" in [n["id"] for n in r["notes"]]


def test_holding_the_advice_says_send_it():
    assert "already_have_advice" in note_ids("duo_advice_integrated", **P, duo_advice_integrated="yes")
    assert "already_have_advice" in note_ids("ind_efforts", **P, duo_advice_agi="yes")


@pytest.mark.parametrize(
    "route_id, held, caveat",
    [
        ("duo_advice_agi_course", "duo_advice_agi", "attempts_three_versus_four"),
        ("duo_advice_agi_alfa", "duo_advice_agi", "ind_names_alfa_then_inburgering"),
        ("duo_advice_integrated", "duo_advice_integrated", "evidently_integrated_letter_not_exemption"),
    ],
)
def test_an_advice_held_needs_no_steps_to_get_it(route_id, held, caveat):
    """rules.md, Holding an advice already: 'you already have it: send it with your IND application'
    instead of the steps to get one. Eligible means every condition met, even with figures that
    would not get the advice now (it was given before). The note on where the IND text and the DUO
    page differ is not a step and stays ('The result shows both'; 'notes that the IND text says
    four and the DUO page three'; 'note that the IND text names that order'). It goes with the IND
    application, which carries the appendix ('Every application to the IND for these permits carries
    the appendix ind_inburgeringsvereiste_appendix with the evidence for the chosen route')."""
    r = route(route_id, **P, years_lived_in_nl=2, hours_inburgering=0, **{held: "yes"})
    assert r["status"] == "eligible"
    assert [(c["id"], c["status"]) for c in r["conditions"]] == [(held, "met")]
    assert r["forms"] == ["ind_inburgeringsvereiste_appendix"] and r["costs"] == [] and r["send_to"] == "ind"
    assert [n["id"] for n in r["notes"]] == ["already_have_advice", caveat]
