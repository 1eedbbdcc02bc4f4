"""Partial dates (rules.md, second round, "Partial dates"): a date given as YYYY-MM or YYYY stands for
every day it could be; a condition is met or unmet only when every one of those days agrees."""

import pytest

from wizard.decision import AnswerError, evaluate

from .helpers import condition, parts, result, route, status

TODAY = "2026-11-22"
ALFA = dict(
    goal="release_from_obligation",
    obliged="yes",
    obligation_start="2021-10-01",
    hours_inburgering=250,
    hours_nt2=0,
    hours_alfa=380,
    school_listed_now="yes",
    school_listed_at_start="yes",
    exam_parts=parts(passed=True, reading=(False, 1, 0)),
)


@pytest.mark.parametrize(
    "term_start, today, status_, eligible_from, earliest",
    [
        # month: sure from the last day (30 September 2024 + 30 months), maybe from the first
        ("2024-09", "2026-11-22", "not_yet", "2027-03-30", "2027-03-01"),
        ("2024-09", "2027-03-01", "not_yet", "2027-03-30", "2027-03-01"),  # the earliest day: not sure yet
        ("2024-09", "2027-03-29", "not_yet", "2027-03-30", "2027-03-01"),  # the day before the sure date
        ("2024-09", "2027-03-30", "eligible", None, None),  # the sure date
        ("2024-09-01", "2027-03-01", "eligible", None, None),  # the exact day: no wait
        # a year: from 31 December 2024
        ("2024", "2027-06-29", "not_yet", "2027-06-30", "2026-07-01"),
        ("2024", "2027-06-30", "eligible", None, None),
        # leap days: 31 August + 30 months = the last day of February
        ("2021-08", "2024-02-28", "not_yet", "2024-02-29", "2024-02-01"),
        ("2021-08", "2024-02-29", "eligible", None, None),
    ],
)
def test_term_start_known_by_month_or_year(term_start, today, status_, eligible_from, earliest):
    r = route("duo_agi_alfa", **ALFA, term_start=term_start, today=today)
    assert r["status"] == status_
    assert r["eligible_from"] == eligible_from
    notes = {n["id"]: n for n in r["notes"]}
    c = next(c for c in r["conditions"] if c["id"] == "term_elapsed")
    assert c["term_start"] == term_start  # echoed as given, never as a day
    if earliest:
        assert notes["eligible_from_may_be_earlier"]["earliest"] == earliest
        assert c["asks"] == ["term_start"]
    else:
        assert "eligible_from_may_be_earlier" not in notes


def test_issue_example_month_known_is_not_two_weeks_early():
    """A term that started on 20 June 2024, known only as June 2024: on 6 December 2026 not yet."""
    r = route("duo_agi_alfa", **ALFA, term_start="2024-06", today="2026-12-06")
    assert r["status"] == "not_yet"
    assert r["eligible_from"] == "2026-12-30"


@pytest.mark.parametrize(
    "obligation_start, status_",
    [
        ("2021-12", "not_yet"),  # surely before 1 January 2022
        ("2021", "not_yet"),
        ("2022-01", "not_applicable"),  # surely from 2022
        ("2022", "not_applicable"),
    ],
)
def test_boundaries_on_the_first_of_a_month_are_decided_by_a_month_or_a_year(obligation_start, status_):
    r = route("duo_agi_alfa", **{**ALFA, "obligation_start": obligation_start}, term_start="2025-01-01")
    assert r["status"] == status_


@pytest.mark.parametrize(
    "obligation_start, counts",
    [
        ("2014-12", False),
        ("2014", False),
        ("2015-01", True),
        ("2015", True),
    ],
)
def test_ona_counts_by_a_month_or_year(obligation_start, counts):
    exams = parts(passed=True, knm=(False, 4, 0), ona=(False, 0, 0))
    s = status(
        "duo_agi_course",
        goal="release_from_obligation",
        obliged="yes",
        obligation_start=obligation_start,
        term_start="2016-01-01",
        hours_inburgering=600,
        school_listed_at_start="yes",
        exam_parts=exams,
    )
    assert s == ("not_eligible" if counts else "eligible")


@pytest.mark.parametrize(
    "obligation_start, fits",
    [
        ("2017-09", True),
        ("2017-10", False),
        ("2017", None),
        ("2012", False),
        ("2013", True),
        ("2013-01", True),
    ],
)
def test_period_letter_2013_2017_with_a_partial_start(obligation_start, fits):
    c = condition(
        "ind_documents",
        "exempting_document",
        goal="stronger_permit",
        obligation_start=obligation_start,
        documents=["duo_agi_letter_2013_2017"],
    )
    assert c["status"] == {True: "met", False: "unmet", None: "unknown"}[fits]
    if fits is None:
        assert c["asks"] == ["obligation_start"]


@pytest.mark.parametrize(
    "birth_date, on, status_",
    [
        ("2008-11", "2026-11-22", "unknown"),  # 18 on some days of November 2008, 17 on others
        ("2008-12", "2026-11-22", "met"),  # younger than 18 whatever the day
        ("2008-10", "2026-11-22", "unmet"),  # 18 whatever the day; far from the AOW age
        ("2009", "2026-11-22", "met"),
        ("2008", "2026-11-22", "unknown"),
        ("1961-05", "2028-07-31", "unmet"),  # AOW from 1 August to 31 August 2028 (67 years 3 months)
        ("1961-05", "2028-08-31", "met"),
        ("1961-05", "2028-08-15", "unknown"),
    ],
)
def test_ages_hold_for_every_possible_birth_day(birth_date, on, status_):
    c = condition(
        "ind_age",
        "under_18_or_aow_age",
        goal="stronger_permit",
        birth_date=birth_date,
        application_date=on,
        today="2026-11-22",
    )
    assert c["status"] == status_
    if status_ == "unknown":
        assert c["asks"] == ["birth_date"]


def test_aow_date_of_a_month_is_a_month():
    c = condition("ind_age", "under_18_or_aow_age", goal="stronger_permit", birth_date="1962-06")
    assert c["aow_from"] == "2029-09"
    assert "age" in c or {"age_min", "age_max"} <= set(c)


@pytest.mark.parametrize(
    "advice_date, status_, until",
    [
        ("2026-05", "unknown", "2026-11"),  # valid on some days of May (the 22nd on), not on others
        ("2026-06", "met", "2026-12"),
        ("2026-04", "unmet", "2026-10"),
        ("2026", "unknown", None),  # a year plus six months cannot be said as a year
    ],
)
def test_medical_advice_validity_on_a_partial_date(advice_date, status_, until):
    r = route(
        "ind_medical",
        goal="stronger_permit",
        medical_condition="yes",
        obligation_start="2016-01-01",
        medical_documents=[{"id": "szw_medical_advice", "date": advice_date}],
    )
    c = next(c for c in r["conditions"] if c["id"] == "medical_document")
    assert c["status"] == status_
    if status_ == "unknown":
        assert c["asks"] == ["medical_documents"]  # an advice valid on some days is unknown, not "no document"
    notes = {n["id"]: n for n in r["notes"]}
    if status_ == "unmet":
        assert notes["medical_advice_too_old"]["valid_until"] == until
        assert notes["medical_advice_too_old"]["on"] == TODAY


@pytest.mark.parametrize(
    "advice_date, on, status_, until",
    [
        ("2014-03", "2019-03-15", "unknown", "2019-03"),
        ("2014-03", "2019-03-31", "unknown", "2019-03"),
        ("2014-03", "2019-02-28", "met", "2019-03"),
        ("2014-03", "2019-04-01", "unmet", "2019-03"),
        ("2014", "2018-12-31", "met", "2019"),
    ],
)
def test_roc_advice_valid_until_with_the_same_precision(advice_date, on, status_, until):
    c = condition(
        "ind_roc_advice",
        "roc_advice_valid",
        goal="stronger_permit",
        roc_advice_date=advice_date,
        application_date=on,
        today="2019-01-01" if on < "2019-01-01" else on,
    )
    assert c["status"] == status_
    assert c["valid_until"] == until


def test_partial_dates_cover_only_days_up_to_today():
    """'"2026-11" on 22 November 2026 means 1 to 22 November'; a partial date wholly after today is bad input."""
    r = route("duo_agi_alfa", **ALFA, term_start="2026-11", today="2026-11-22")
    assert r["eligible_from"] == "2029-05-22"
    with pytest.raises(AnswerError) as error:
        evaluate({"today": "2026-11-22", "term_start": "2026-12"})
    assert error.value.code == "date_in_future"


@pytest.mark.parametrize(
    "birth_date, term_start, refused",
    [
        ("1990", "1990-06", False),  # could be after the birth: not surely wrong
        ("1990-07", "1990-06", True),  # surely before every possible birth day
        ("1990-06-15", "1990-06", False),
        ("1990-06-15", "1990-05", True),
    ],
)
def test_a_start_before_the_birth_date_is_refused_only_when_surely_wrong(birth_date, term_start, refused):
    answers = {"today": TODAY, "birth_date": birth_date, "term_start": term_start}
    if refused:
        with pytest.raises(AnswerError) as error:
            evaluate(answers)
        assert error.value.code == "before_birth_date"
    else:
        evaluate(answers)


@pytest.mark.parametrize(
    "value, code",
    [
        ("2024-13", "no_such_date"),
        ("2024-00", "no_such_date"),
        ("2024-6", "not_a_date"),
        ("24-06", "not_a_date"),
        ("2024-06-1", "not_a_date"),
        ("٢٠١٩", "not_a_date"),
        ("٢٠١٩-٠٦", "not_a_date"),
        ("2024-02-30", "no_such_date"),
        ("1899", "date_out_of_range"),
        ("2026-12", "date_in_future"),
        ("2027", "date_in_future"),
    ],
)
def test_bad_partial_dates_are_refused_with_their_code(value, code):
    for field in ("birth_date", "obligation_start", "term_start", "roc_advice_date"):
        with pytest.raises(AnswerError) as error:
            evaluate({"today": TODAY, field: value})
        assert (error.value.field, error.value.code) == (field, code)
    with pytest.raises(AnswerError) as error:
        evaluate({"today": TODAY, "medical_documents": [{"id": "szw_medical_advice", "date": value}]})
    assert (error.value.field, error.value.code) == ("medical_documents[0].date", code)


@pytest.mark.parametrize("field", ["today", "application_date"])
def test_today_and_the_application_date_are_always_whole_dates(field):
    with pytest.raises(AnswerError) as error:
        evaluate({"today": TODAY, field: "2026-11"} if field != "today" else {"today": "2026-11"})
    assert error.value.code == "not_a_date"


def test_partial_dates_are_echoed_as_given():
    r = result(goal="release_from_obligation", obliged="yes", obligation_start="2019-05")
    c = next(
        c
        for c in next(x for x in r["routes"] if x["id"] == "duo_agi_course")["conditions"]
        if c["id"] == "term_elapsed"
    )
    assert c["term_start"] == "2019-05"
    notes = next(x for x in r["routes"] if x["id"] == "duo_agi_course")["notes"]
    assert {"id": "term_start_assumed", "obligation_start": "2019-05"} in notes
