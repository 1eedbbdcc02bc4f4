"""The two other ways to be released (rules.md, third round): duo_release_integrated and duo_release_medical."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .helpers import condition, note_ids, parts, result, route, status

BASE = dict(goal="release_from_obligation", obliged="yes", obligation_start="2015-03-01")
INTEGRATED = dict(BASE, years_lived_in_nl=13, years_worked_in_nl=7, dutch_good="yes")


@pytest.mark.parametrize(
    "name, answers, expected",
    [
        ("all met", {}, "eligible"),
        ("9 years lived", dict(years_lived_in_nl=9), "not_eligible"),
        ("9.9 years lived", dict(years_lived_in_nl=9.9), "not_eligible"),
        ("10 years lived", dict(years_lived_in_nl=10), "eligible"),
        ("4 years worked", dict(years_worked_in_nl=4), "not_eligible"),
        ("4.5 years worked", dict(years_worked_in_nl=4.5), "not_eligible"),
        ("5 years worked", dict(years_worked_in_nl=5), "eligible"),
        ("Dutch not good", dict(dutch_good="no"), "not_eligible"),
        ("Dutch unknown", dict(dutch_good="unknown"), "needs_info"),
        ("years lived not asked", dict(years_lived_in_nl=None), "needs_info"),
        ("obliged 31 December 2012: old law", dict(obligation_start="2012-12-31"), "not_applicable"),
        ("obliged 1 January 2013", dict(obligation_start="2013-01-01"), "eligible"),
        ("obliged 31 December 2021", dict(obligation_start="2021-12-31"), "eligible"),
        ("obliged 1 January 2022: Wet inburgering 2021", dict(obligation_start="2022-01-01"), "not_applicable"),
        ("obliged in 2012 (a year)", dict(obligation_start="2012"), "not_applicable"),
        ("obliged in 2013 (a year)", dict(obligation_start="2013"), "eligible"),
        ("obliged in 2021-12 (a month)", dict(obligation_start="2021-12"), "eligible"),
        ("no inburgeringsplicht", dict(obliged="no", obligation_start=None), "not_applicable"),
        ("start unknown", dict(obligation_start=None), "needs_info"),
        ("every exam part passed", dict(exam_parts=parts(passed=True)), "not_applicable"),
        ("one exam part to pass", dict(exam_parts=parts(passed=True, knm=(False, 1, 0))), "eligible"),
    ],
)
def test_duo_release_integrated(name, answers, expected):
    given_answers = {k: v for k, v in {**INTEGRATED, **answers}.items() if v is not None}
    assert status("duo_release_integrated", **given_answers) == expected, name


def test_integrated_forms_costs_and_notes():
    r = route("duo_release_integrated", **INTEGRATED)
    assert r["forms"] == ["integrated_advice_application", "employer_statement"]
    assert r["send_to"] == "duo"
    assert r["costs"] == [{"id": "duo_interview", "eur": 90}]
    assert r["answer_weeks"] is None  # the sources give no answer time for these routes
    assert r["source"] == "duo-sterkere-verblijfsvergunning"
    ids = note_ids("duo_release_integrated", **INTEGRATED)
    assert "release_integrated_not_for_permit" in ids  # not enough for a stronger permit later
    assert [c["id"] for c in r["conditions"]][-3:] == ["years_lived", "years_worked", "dutch_good"]


def test_the_old_law_goes_to_the_municipality():
    for rid in ("duo_release_integrated", "duo_release_medical"):
        r = route(rid, **{**INTEGRATED, "obligation_start": "2012-06-01", "medical_condition": "yes"})
        assert r["status"] == "not_applicable"
        assert [n["id"] for n in r["notes"]] == ["old_law_municipality"]
        assert any(c["id"] == "obligation_from_2013" and c["status"] == "unmet" for c in r["conditions"])


def test_from_2022_contact_the_municipality():
    r = result(**{**INTEGRATED, "obligation_start": "2022-01-01", "medical_condition": "yes"})
    for x in r["routes"]:
        assert x["status"] == "not_applicable"
    assert r["advice"] == ["contact_municipality"]


@pytest.mark.parametrize(
    "medical, expected",
    [
        ("yes", "eligible"),
        ("no", "not_eligible"),
        ("unknown", "needs_info"),
        (None, "needs_info"),
    ],
)
def test_duo_release_medical(medical, expected):
    answers = dict(BASE) if medical is None else dict(BASE, medical_condition=medical)
    r = route("duo_release_medical", **answers)
    assert r["status"] == expected
    assert r["forms"] == []  # the sources name no form: ask DUO for it
    assert r["send_to"] == "duo"
    assert r["source"] == "ind-bijlage-inburgeringsvereiste"
    if expected != "not_applicable":
        note = next(n for n in r["notes"] if n["id"] == "duo_medical_examination")
        assert note["phone"] == "050 599 96 00"


def test_szw_letter_still_reads_the_agi_routes_only():
    """rules.md, third round: the SZW letter's third condition stays as it is; where a new route fits as
    well, the result shows both."""
    answers = dict(
        INTEGRATED,
        term_start="2015-03-01",
        hours_inburgering=100,
        hours_nt2=0,
        hours_alfa=0,
        hours_education=600,
        difficult_situation="yes",
        school_listed_at_start="yes",
        school_listed_now="yes",
        exam_parts=parts(passed=False, ai=1),
    )
    assert status("szw_hardship_letter", **answers) == "eligible"
    assert status("duo_release_integrated", **answers) == "eligible"


def test_no_extension_advice_when_a_new_route_fits():
    answers = dict(
        BASE,
        term_start="2015-03-01",
        hours_inburgering=100,
        hours_nt2=0,
        hours_alfa=0,
        school_listed_at_start="yes",
        school_listed_now="yes",
        exam_parts=parts(passed=False, ai=1),
    )
    assert "ask_extension" in result(**answers)["advice"]
    assert "ask_extension" not in result(**answers, medical_condition="yes")["advice"]
    assert (
        "ask_extension" not in result(**answers, years_lived_in_nl=10, years_worked_in_nl=5, dutch_good="yes")["advice"]
    )


RANK = {"not_applicable": 0, "not_eligible": 0, "needs_info": 1, "not_yet": 2, "eligible": 3}


@settings(max_examples=200, deadline=None)
@given(
    lived=st.floats(0, 40),
    worked=st.floats(0, 40),
    more=st.floats(0, 10),
    dutch=st.sampled_from(["yes", "no", "unknown"]),
)
def test_more_years_never_hurts(lived, worked, more, dutch):
    base = dict(BASE, years_lived_in_nl=lived, years_worked_in_nl=worked, dutch_good=dutch)
    before = RANK[status("duo_release_integrated", **base)]
    assert RANK[status("duo_release_integrated", **dict(base, years_lived_in_nl=lived + more))] >= before
    assert RANK[status("duo_release_integrated", **dict(base, years_worked_in_nl=worked + more))] >= before


def test_conditions_report_years_have_and_need():
    c = condition("duo_release_integrated", "years_worked", **dict(INTEGRATED, years_worked_in_nl=4))
    assert (c["status"], c["have"], c["need"]) == ("unmet", 4, 5)
