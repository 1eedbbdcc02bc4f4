"""Bad answers are refused with an error that names the field (contract: exit 2 / HTTP 400)."""

import pytest

from wizard.decision import AnswerError, evaluate, parse
from wizard.decision.answers import ERROR_CODES

T = {"today": "2026-11-22"}


@pytest.mark.parametrize(
    "answers, field",
    [
        ({"years_lived": 12}, "years_lived"),
        ({"goal": "citizenship"}, "goal"),
        ({"hours_nt2": -1}, "hours_nt2"),
        ({"hours_nt2": 100000}, "hours_nt2"),
        ({"hours_nt2": 12.5}, "hours_nt2"),
        ({"hours_nt2": "600"}, "hours_nt2"),
        ({"hours_nt2": True}, "hours_nt2"),
        ({"years_lived_in_nl": -0.5}, "years_lived_in_nl"),
        ({"years_lived_in_nl": 500}, "years_lived_in_nl"),
        ({"school_age_years_in_nl": 20}, "school_age_years_in_nl"),
        ({"term_start": "2021-02-30"}, "term_start"),
        ({"term_start": "2021/02/01"}, "term_start"),
        ({"term_start": "2027-01-01"}, "term_start"),
        ({"birth_date": "2026-11-23"}, "birth_date"),
        ({"obliged": True}, "obliged"),
        ({"obliged": "maybe"}, "obliged"),
        ({"nationalities": ["XX"]}, "nationalities[0]"),
        ({"nationalities": "SY"}, "nationalities"),
        ({"nationalities": ["SYR"]}, "nationalities[0]"),
        ({"documents": ["passport"]}, "documents[0]"),
        ({"medical_documents": [{"id": "letter"}]}, "medical_documents[0].id"),
        ({"medical_documents": [{"id": "szw_medical_advice", "when": "2026-01-01"}]}, "medical_documents[0].when"),
        ({"exam_parts": {"knm": {"passed": False, "attempts_nt2": 1}}}, "exam_parts.knm.attempts_nt2"),
        ({"exam_parts": {"ona": {"passed": False, "attempts_nt2": 2}}}, "exam_parts.ona.attempts_nt2"),
        ({"exam_parts": {"reading": {"attempts_inburgering": 1}}}, "exam_parts.reading.passed"),
        ({"exam_parts": {"reading": {"passed": "no"}}}, "exam_parts.reading.passed"),
        ({"exam_parts": {"reading": {"passed": False, "tries": 1}}}, "exam_parts.reading.tries"),
        ({"exam_parts": {"grammar": {"passed": False}}}, "exam_parts.grammar"),
        (
            {"exam_parts": {"reading": {"passed": False, "attempts_inburgering": -1}}},
            "exam_parts.reading.attempts_inburgering",
        ),
        ({"permit_type": "temporary"}, "permit_type"),
        ({"turkish_family_member": "partner"}, "turkish_family_member"),
    ],
)
def test_refused_with_the_field_named(answers, field):
    with pytest.raises(AnswerError) as err:
        evaluate({**T, **answers})
    assert err.value.field == field
    assert err.value.message


@pytest.mark.parametrize(
    "answers",
    [
        {"hours_nt2": 600.0},
        {"nationalities": ["be", "Sy"]},
        {"hours_nt2": None, "goal": None},
        {"exam_parts": {"knm": {"passed": True, "attempts_inburgering": 1, "attempts_nt2": 0}}},
        {"medical_documents": [{"id": "szw_medical_advice", "date": None}]},
        {"application_date": "2027-03-01"},
        {"nationalities": []},
    ],
)
def test_accepted(answers):
    evaluate({**T, **answers})


def test_today_may_be_a_moment():
    """evaluate(answers, today): a datetime is a date too; the rules count its day."""
    from datetime import date, datetime

    answers = {"goal": "release_from_obligation", "obliged": "yes", "term_start": "2024-05-22"}
    assert evaluate(answers, datetime(2026, 11, 22, 23, 59)) == evaluate(answers, date(2026, 11, 22))
    assert evaluate(answers, datetime(2026, 11, 22, 23, 59))["today"] == "2026-11-22"


def test_not_an_object():
    for bad in ([], "x", 3, None):
        with pytest.raises(AnswerError):
            evaluate(bad)


# --- Stable error codes -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "answers, field, code",
    [
        ({"birth_date": "1990-02-30"}, "birth_date", "no_such_date"),
        ({"birth_date": "30-02-1990"}, "birth_date", "not_a_date"),
        ({"birth_date": "1800-01-01"}, "birth_date", "date_out_of_range"),
        ({"today": "2026-01-01", "birth_date": "2026-05-01"}, "birth_date", "date_in_future"),
        ({"hours_nt2": -1}, "hours_nt2", "negative"),
        ({"hours_nt2": 100000}, "hours_nt2", "too_large"),
        ({"hours_nt2": "12"}, "hours_nt2", "not_a_number"),
        ({"goal": "holiday"}, "goal", "not_a_choice"),
        ({"nationalities": ["XX"]}, "nationalities[0]", "not_a_country"),
        ({"colour": "blue"}, "colour", "unknown_field"),
        (
            {"exam_parts": {"knm": {"passed": False, "attempts_nt2": 1}}},
            "exam_parts.knm.attempts_nt2",
            "no_nt2_exam_for_part",
        ),
    ],
)
def test_every_refusal_has_a_stable_code(answers, field, code):
    with pytest.raises(AnswerError) as info:
        parse(answers)
    assert (info.value.field, info.value.code) == (field, code)
    assert info.value.code in ERROR_CODES
