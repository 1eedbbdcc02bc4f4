"""Age on the application day, and the AOW age from the table in parameters.py."""
from __future__ import annotations

from datetime import date

from . import parameters as P
from .dates import add_years, completed_years


def aow_start(birth: date) -> date | None:
    """The day the AOW age begins, when the table knows it."""
    for first, last, years, months in P.AOW_TABLE.value:
        if first <= birth <= last:
            return add_years(birth, years, months)
    return None


def aow_reached(birth: date, on: date) -> bool | None:
    """True/False when known; None when the AOW age is not fixed yet for this birth date."""
    if birth < P.AOW_TABLE_FROM.value:
        # Births before the table reached their AOW age long ago (rules.md, ind_age).
        if on >= P.AOW_REACHED_BEFORE_TABLE_BY.value:
            return True
        return None
    start = aow_start(birth)
    if start is not None:
        return on >= start
    if completed_years(birth, on) < P.AOW_CLEARLY_UNDER.value:
        return False
    return None
