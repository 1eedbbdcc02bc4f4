from datetime import date

import pytest

from wizard.decision.dates import add_months, completed_years, not_older_than


@pytest.mark.parametrize(
    "start, months, expected",
    [
        (date(2024, 5, 15), 30, date(2026, 11, 15)),
        (date(2024, 8, 31), 30, date(2027, 2, 28)),  # no 31 February: the last day of the month
        (date(2021, 8, 31), 30, date(2024, 2, 29)),  # leap year
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 12, 15), 1, date(2025, 1, 15)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2026, 11, 22), -12, date(2025, 11, 22)),
    ],
)
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    "doc, months, on, valid",
    [
        (date(2026, 5, 22), 6, date(2026, 11, 22), True),  # exactly six months: still valid
        (date(2026, 5, 21), 6, date(2026, 11, 22), False),  # one day older
        (date(2021, 11, 22), 60, date(2026, 11, 22), True),
        (date(2021, 11, 21), 60, date(2026, 11, 22), False),
    ],
)
def test_not_older_than(doc, months, on, valid):
    assert not_older_than(doc, months, on) is valid


@pytest.mark.parametrize(
    "birth, on, years",
    [
        (date(2008, 11, 22), date(2026, 11, 22), 18),
        (date(2008, 11, 23), date(2026, 11, 22), 17),
        (date(2008, 2, 29), date(2026, 2, 28), 18),
        (date(2008, 2, 29), date(2026, 2, 27), 17),
    ],
)
def test_completed_years(birth, on, years):
    assert completed_years(birth, on) == years
