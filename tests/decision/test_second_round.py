"""The second round of decisions (rules.md, "Decisions on open points, second round")."""

import pytest

from wizard.decision import AnswerError, evaluate

from .helpers import condition, note_ids, parts, result, route, status

RELEASE = dict(
    goal="release_from_obligation",
    obliged="yes",
    obligation_start="2021-10-01",
    term_start="2021-10-01",
    hours_inburgering=250,
    hours_nt2=0,
    hours_alfa=380,
    school_listed_now="yes",
    school_listed_at_start="yes",
)
RELEASE_ROUTES = (
    "duo_agi_course",
    "duo_agi_alfa",
    "szw_hardship_letter",
    "duo_release_integrated",
    "duo_release_medical",
)
PERMIT = dict(goal="stronger_permit", hours_inburgering=610, hours_nt2=0, hours_alfa=0, school_listed_now="yes")


@pytest.mark.parametrize(
    "exams, obligation_start, sure",
    [
        (parts(passed=True), "2021-10-01", True),  # all six passed
        ({p: v for p, v in parts(passed=True).items() if p != "ona"}, "2014-06-01", True),  # five, ONA does not count
        ({p: v for p, v in parts(passed=True).items() if p != "ona"}, "2014", True),
        ({p: v for p, v in parts(passed=True).items() if p != "ona"}, "2015-01-01", False),  # ONA counts, not reported
        ({p: v for p, v in parts(passed=True).items() if p != "ona"}, None, False),  # not sure whether ONA counts
        (parts(passed=True, ona=(False, 1, 0)), "2015-06-01", False),
        ({p: v for p, v in parts(passed=True).items() if p != "knm"}, "2021-10-01", False),  # a part not reported
    ],
)
def test_every_exam_part_passed(exams, obligation_start, sure):
    answers = dict(RELEASE, exam_parts=exams, obligation_start=obligation_start)
    if obligation_start is None:
        del answers["obligation_start"]
    r = result(**answers)
    for x in r["routes"]:
        if sure:
            assert x["status"] == "not_applicable", x["id"]
            assert "all_parts_passed" in [n["id"] for n in x["notes"]], x["id"]
        else:
            assert "not_all_parts_passed" not in [c["id"] for c in x["conditions"]], x["id"]


def test_every_part_passed_permit():
    """The AGI advice routes are not_applicable too, unless an advice is already held; ind_diploma stays
    decided by diploma and the documents (and asks for diploma)."""
    r = {x["id"]: x for x in result(**PERMIT, exam_parts=parts(passed=True))["routes"]}
    assert r["duo_advice_agi_course"]["status"] == "not_applicable"
    assert r["duo_advice_agi_alfa"]["status"] == "not_applicable"
    assert r["ind_diploma"]["status"] == "needs_info"
    assert r["ind_diploma"]["conditions"][0]["asks"] == ["diploma"]
    held = {x["id"]: x for x in result(**PERMIT, exam_parts=parts(passed=True), duo_advice_agi="yes")["routes"]}
    assert held["duo_advice_agi_course"]["status"] == "eligible"
    assert held["duo_advice_agi_alfa"]["status"] == "eligible"


@pytest.mark.parametrize("route_id", ["duo_advice_agi_course", "duo_advice_agi_alfa"])
def test_some_parts_passed_may_block_the_advice(route_id):
    assert "passed_exams_may_block_advice" in note_ids(
        route_id, **PERMIT, exam_parts=parts(passed=False, knm=(True, 1, 0))
    )
    assert "passed_exams_may_block_advice" not in note_ids(route_id, **PERMIT, exam_parts=parts(passed=False))


def test_see_ind_for_a_stronger_permit():
    assert "see_ind" in result(goal="stronger_permit", diploma="no")["advice"]
    assert "see_ind" not in result(goal="stronger_permit", diploma="yes")["advice"]
    assert (
        "see_ind"
        in result(goal="stronger_permit", diploma="yes", medical_condition="yes", medical_documents=[])["advice"]
    )
    assert "see_ind" not in result(goal="stronger_permit", diploma="yes", medical_documents=[])["advice"]
    assert (
        "see_ind"
        not in result(goal="stronger_permit", diploma="yes", medical_condition="unknown", medical_documents=[])[
            "advice"
        ]
    )


def test_no_release_advice_without_an_inburgeringsplicht():
    assert result(goal="release_from_obligation", obliged="no", school_closed="yes")["advice"] == []
    # with no goal, the other goals' advice is given as usual
    assert "school_closed_evidence" in result(obliged="no", school_closed="yes")["advice"]


def test_no_extension_from_2022():
    r = result(
        goal="release_from_obligation",
        obliged="yes",
        obligation_start="2022-01-01",
        hours_inburgering=10,
        hours_nt2=0,
        hours_alfa=0,
    )
    assert r["advice"] == ["contact_municipality"]


@pytest.mark.parametrize(
    "closed, at_start, now, expected, asks",
    [
        (None, "yes", "no", "unknown", ["school_closed"]),
        ("unknown", "yes", "no", "unknown", ["school_closed"]),
        (None, "unknown", "no", "unknown", ["school_closed"]),
        (None, "no", "no", "unmet", None),
        ("no", "yes", "no", "unmet", None),
        ("yes", "yes", "no", "met", None),  # closed: the listing at the start counts
        (None, "yes", "yes", "met", None),
    ],
)
def test_school_closed_unknown(closed, at_start, now, expected, asks):
    answers = dict(PERMIT, school_listed_at_start=at_start, school_listed_now=now)
    if closed:
        answers["school_closed"] = closed
    r = route("duo_advice_agi_alfa", **answers)
    c = next(c for c in r["conditions"] if c["id"] in ("school_listed_now", "school_listed_at_start"))
    assert c["status"] == expected
    if asks:
        assert c["id"] == "school_listed_now" and c["asks"] == asks
    assert r["forms"] == ["agi_advice_application"]


def test_school_closed_forms_stay_until_closed_is_yes():
    answers = dict(RELEASE, exam_parts=parts(passed=False, ai=4), school_listed_now="no")
    assert route("duo_agi_alfa", **answers)["forms"] == ["agi_ontheffing_application", "course_participation_statement"]
    assert route("duo_agi_alfa", **answers, school_closed="yes")["forms"] == ["agi_ontheffing_application"]


@pytest.mark.parametrize("part", ["knm", "ona"])
def test_nt2_attempts_zero_on_knm_and_ona_accepted(part):
    exams = parts(passed=False, ai=4)
    exams[part]["attempts_nt2"] = 0
    evaluate({"today": "2026-11-22", "exam_parts": exams})
    exams[part]["attempts_nt2"] = 1
    with pytest.raises(AnswerError):
        evaluate({"today": "2026-11-22", "exam_parts": exams})


@pytest.mark.parametrize(
    "birth, on, aow_from",
    [
        ("1961-11-30", "2029-02-28", "2029-02-28"),  # + 807 months: the last day of February
        ("1964-02-29", "2031-05-29", "2031-05-29"),
    ],
)
def test_months_are_added_all_at_once(birth, on, aow_from):
    c = condition(
        "ind_age",
        "under_18_or_aow_age",
        goal="stronger_permit",
        birth_date=birth,
        application_date=on,
        today="2026-11-22",
    )
    assert c["aow_from"] == aow_from
    assert c["status"] == "met"


def test_nt2_and_mbo1_diplomas_say_they_do_not_exempt():
    ids = note_ids("ind_documents", goal="stronger_permit", documents=["nt2_diploma", "mbo1_diploma"])
    assert "nt2_diploma_not_exemption" in ids and "mbo1_diploma_not_exemption" in ids
    assert status("ind_documents", goal="stronger_permit", documents=["nt2_diploma", "mbo1_diploma"]) == "not_eligible"


def test_after_2017_letter_needs_the_participation_proof():
    base = dict(goal="stronger_permit", obligation_start="2018-02-01", documents=["duo_agi_letter_after_2017"])
    r = route("ind_documents", **base)
    assert r["status"] == "needs_info"
    assert "after_2017_letter_needs_participation" in [n["id"] for n in r["notes"]]
    eligible = route("ind_documents", **base, participation_statement_done="yes")
    assert eligible["status"] == "eligible"
    assert "participation_proof_needed" in [n["id"] for n in eligible["notes"]]  # a paper to enclose
    assert route("ind_documents", **base, participation_statement_done="no")["status"] == "not_eligible"


@pytest.mark.parametrize(
    "held, start, fits",
    [
        ("duo_agi_letter_2013_2017", "2019-01-01", "duo_agi_letter_after_2017"),
        ("bw_agi_letter", "2014-01-01", "duo_agi_letter_2013_2017"),
        ("duo_agi_letter_after_2017", "2012-01-01", "bw_agi_letter"),
    ],
)
def test_a_failed_letter_names_the_letter_for_the_period(held, start, fits):
    r = route(
        "ind_documents",
        goal="stronger_permit",
        obligation_start=start,
        documents=[held],
        participation_statement_done="yes",
    )
    assert r["status"] == "not_eligible"
    note = next(n for n in r["notes"] if n["id"] == "letter_for_your_period")
    assert note["held"] == [held] and note["fits"] == fits


def test_a_too_old_medical_advice_says_until_when():
    r = route(
        "ind_medical",
        goal="stronger_permit",
        medical_condition="yes",
        obligation_start="2016-01-01",
        medical_documents=[{"id": "szw_medical_advice", "date": "2025-09-14"}],
        today="2026-11-22",
    )
    note = next(n for n in r["notes"] if n["id"] == "medical_advice_too_old")
    assert (note["document"], note["valid_until"], note["on"]) == ("szw_medical_advice", "2026-03-14", "2026-11-22")


@pytest.mark.parametrize(
    "documents, certified, plain",
    [
        (["nl_diploma"], ["nl_diploma"], None),
        (["korte_vrijstellingstoets"], None, ["korte_vrijstellingstoets"]),
        (["win_art5_2_decision", "cio_certificate"], ["cio_certificate"], ["win_art5_2_decision"]),
    ],
)
def test_certified_copies_for_diplomas_plain_copies_for_letters(documents, certified, plain):
    notes = {n["id"]: n for n in route("ind_documents", goal="stronger_permit", documents=documents)["notes"]}
    assert notes.get("certified_copy_not_original", {}).get("documents") == certified
    assert notes.get("plain_copy_of_letter", {}).get("documents") == plain
