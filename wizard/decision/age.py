"""Age on the application day, and the AOW age from the table in parameters.py.

A birth date known only by month or year stands for every day it could be: an age condition holds
when it holds for every possible birth day (docs/rules.md, "Partial dates").
"""

from __future__ import annotations

from datetime import date

from . import parameters as P
from .dates import DateSpan, add_months, completed_years


def _months(years: int, months: int) -> int:
    return years * 12 + months


def aow_start(birth: date) -> date | None:
    """The day the AOW age begins, when the table knows it: all the months at once (67 years and 3
    months = 807 months), landing on the same day of the month or the month's last day."""
    for first, last, years, months in P.AOW_TABLE.value:
        if first <= birth <= last:
            return add_months(birth, _months(years, months))
    return None


def beyond_table(birth: date) -> bool:
    """Born after the table's last row: the AOW age is not fixed yet."""
    return birth > P.AOW_TABLE.value[-1][1]


def aow_reached(birth: date, on: date) -> bool | None:
    """True/False when known; None when it cannot be known yet for this birth date."""
    if birth < P.AOW_TABLE_FROM.value:
        # Births before the table reached their AOW age long ago (docs/rules.md, ind_age).
        if on >= P.AOW_REACHED_BEFORE_TABLE_BY.value:
            return True
        return None
    start = aow_start(birth)
    if start is not None:
        return on >= start
    # Beyond the table the AOW age never goes down: it is at least the last row's age. Younger than
    # that on the day, the person has surely not reached it; older, it is not known (needs_info).
    _, _, years, months = P.AOW_TABLE.value[-1]
    if on < add_months(birth, _months(years, months)):
        return False
    return None


def under_age(birth: DateSpan, on: date, years: int) -> bool | None:
    """Younger than `years` on `on` for every possible birth day (True), for none (False), or some (None).
    The earliest birth day gives the oldest age."""
    if completed_years(birth.first, on) < years:
        return True
    if completed_years(birth.last, on) >= years:
        return False
    return None


def aow_reached_span(birth: DateSpan, on: date) -> bool | None:
    """Reached the AOW age on every possible birth day (True), on none (False), or some (None). Born
    later never reaches it earlier, so the last possible day decides 'yes' and the first decides 'no'."""
    youngest, oldest = aow_reached(birth.last, on), aow_reached(birth.first, on)
    if youngest is True:
        return True
    if oldest is False:
        return False
    return None


def aow_start_span(birth: DateSpan) -> DateSpan | None:
    """The day the AOW age begins, with the precision of the birth date ("September 2029"), when the table
    gives every possible birth day the same age; None otherwise."""
    rows = {
        (years, months)
        for first, last, years, months in P.AOW_TABLE.value
        if first <= birth.last and birth.first <= last
    }
    if len(rows) != 1 or aow_start(birth.first) is None or aow_start(birth.last) is None:
        return None
    ((years, months),) = rows
    return birth.plus_months(_months(years, months))
