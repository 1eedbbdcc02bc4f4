"""duo_agi_alfa — DUO, 'Genoeg cursus en examens gedaan', conditions for an alfabetiseringscursus."""

import pytest

from .helpers import condition, note_ids, route, status

BASE = dict(
    goal="release_from_obligation",
    obliged="yes",
    obligation_start="2019-01-10",
    term_start="2019-01-10",
    hours_inburgering=300,
    hours_alfa=300,
    school_listed_now="yes",
)


def case(**changes):
    return {**BASE, **changes}


@pytest.mark.parametrize(
    "name, answers, expected",
    [
        ("all met", case(), "eligible"),
        # 'Hiervan moet minimaal 300 uur alfabetiseringscursus zijn'
        ("299 alfa hours", case(hours_alfa=299, hours_inburgering=400), "not_eligible"),
        ("300 alfa hours", case(hours_alfa=300, hours_inburgering=300), "eligible"),
        ("599 in all", case(hours_alfa=400, hours_inburgering=199), "not_eligible"),
        ("600 alfa alone", case(hours_alfa=600, hours_inburgering=0), "eligible"),
        ("inburgering hours missing, alfa 600", case(hours_alfa=600, hours_inburgering=None), "eligible"),
        ("inburgering hours missing, alfa 400", case(hours_alfa=400, hours_inburgering=None), "needs_info"),
        # 'Uw school staat op zoekinburgerschool.nl' — present tense
        (
            "school not listed now",
            case(school_listed_now="no", school_closed="no", school_listed_at_start="yes"),
            "not_eligible",
        ),
        (
            "not listed now, may have closed: rules.md, second round",
            case(school_listed_now="no", school_listed_at_start="yes"),
            "needs_info",
        ),
        ("not listed now nor at the start", case(school_listed_now="no", school_listed_at_start="no"), "not_eligible"),
        (
            "closed school judged at the start",
            case(school_closed="yes", school_listed_now="no", school_listed_at_start="yes"),
            "eligible",
        ),
        ("day before 2.5 years", case(term_start="2024-05-23"), "not_yet"),
        ("day of 2.5 years", case(term_start="2024-05-22"), "eligible"),
        ("obliged 2022", case(obligation_start="2022-01-01"), "not_applicable"),
    ],
)
def test_status(name, answers, expected):
    assert status("duo_agi_alfa", **answers) == expected, name


def test_no_attempts_condition_and_the_test_costs_150():
    r = route("duo_agi_alfa", **case())
    assert "exam_attempts" not in [c["id"] for c in r["conditions"]]
    assert r["costs"] == [{"id": "duo_test", "eur": 150}]
    assert "duo_test_take_part_actively" in note_ids("duo_agi_alfa", **case())


def test_example_alfa_waiting():
    r = route(
        "duo_agi_alfa",
        **case(obligation_start="2021-10-01", term_start="2024-09-15", hours_inburgering=250, hours_alfa=380),
    )
    assert (r["status"], r["eligible_from"]) == ("not_yet", "2027-03-15")


@pytest.mark.parametrize(
    "hours_inburgering, hours_alfa, have, need, missing",
    [
        (400, 299, 299, 300, 1),  # the 600 reached: the 300 hours of alfabetisering
        (700, 0, 0, 300, 300),
        (199, 400, 599, 600, 1),  # the 300 of alfa reached: the 600 together
        (250, 250, 500, 600, 100),  # both short by 50 and 100: the 600 together
    ],
)
def test_unmet_hours_say_what_is_missing_in_have_and_need(hours_inburgering, hours_alfa, have, need, missing):
    """The hours still missing (rules.md, 'Course hours'): need - have is what is missing."""
    c = condition("duo_agi_alfa", "hours", **case(hours_inburgering=hours_inburgering, hours_alfa=hours_alfa))
    assert (c["status"], c["have"], c["need"], c["hours_missing"]) == ("unmet", have, need, missing)
    assert c["need"] - c["have"] == c["hours_missing"]
