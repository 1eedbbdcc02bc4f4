"""szw_hardship_letter — DUO, 'Genoeg cursus': 'Stuur dan een brief' to the Minister of SZW."""

import pytest

from wizard.decision.catalogue import ADDRESSES

from .helpers import note_ids, parts, route, status

BASE = dict(
    goal="release_from_obligation",
    obliged="yes",
    obligation_start="2018-01-01",
    term_start="2018-01-01",
    hours_inburgering=300,
    hours_nt2=0,
    hours_alfa=0,
    hours_education=300,
    school_listed_at_start="no",
    school_listed_now="no",
    difficult_situation="yes",
    exam_parts=parts(passed=False, ai=1),
)


def case(**changes):
    return {**BASE, **changes}


@pytest.mark.parametrize(
    "name, answers, expected",
    [
        ("difficult situation and 600 hours of any kind", case(), "eligible"),
        ("599 hours of any kind", case(hours_education=299), "not_eligible"),
        ("no difficult situation", case(difficult_situation="no"), "not_eligible"),
        ("situation unknown", case(difficult_situation="unknown"), "needs_info"),
        ("education hours missing", case(hours_education=None), "needs_info"),
        (
            "ordinary route fits",
            case(hours_inburgering=600, school_listed_at_start="yes", exam_parts=parts(passed=False, ai=4)),
            "not_eligible",
        ),
        (
            "ordinary route only waits",
            case(
                hours_inburgering=600,
                school_listed_at_start="yes",
                exam_parts=parts(passed=False, ai=4),
                term_start="2025-01-01",
            ),
            "not_eligible",
        ),
        (
            "ordinary route unknown",
            case(school_listed_at_start="unknown", hours_inburgering=600, exam_parts=parts(passed=False, ai=4)),
            "needs_info",
        ),
        ("obliged 2022", case(obligation_start="2022-01-01"), "not_applicable"),
    ],
)
def test_status(name, answers, expected):
    assert status("szw_hardship_letter", **answers) == expected, name


def test_ordinary_application_note():
    answers = case(hours_inburgering=600, school_listed_at_start="yes", exam_parts=parts(passed=False, ai=4))
    assert "ordinary_application_fits" in note_ids("szw_hardship_letter", **answers)


def test_letter_goes_to_szw_at_the_quoted_address():
    r = route("szw_hardship_letter", **case())
    assert (r["forms"], r["send_to"]) == (["szw_letter"], "szw")
    assert ADDRESSES["szw"]["lines"] == [
        "Ministerie van SZW / Directie S&I",
        "Afdeling Inburgering beschikkingen",
        "Postbus 90801",
        "2509 LV Den Haag",
    ]


def test_an_unknown_duo_route_asks_for_answers():
    """Contract: the unknown conditions name the answers that would decide them (not route ids)."""
    from wizard.decision import FIELDS, evaluate

    result = evaluate(
        {
            "today": "2026-11-22",
            "goal": "release_from_obligation",
            "obliged": "yes",
            "obligation_start": "2018-01-01",
            "hours_education": 700,
            "difficult_situation": "yes",
        }
    )
    letter = next(r for r in result["routes"] if r["id"] == "szw_hardship_letter")
    condition = next(c for c in letter["conditions"] if c["id"] == "no_duo_agi_route")
    assert letter["status"] == "needs_info" and condition["status"] == "unknown"
    assert condition["asks"] and set(condition["asks"]) <= set(FIELDS), condition["asks"]
    assert "hours_inburgering" in condition["asks"]
