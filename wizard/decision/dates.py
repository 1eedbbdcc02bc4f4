"""Date arithmetic the rules need: calendar months, 'not older than', completed years."""
import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """Same day of the month, `months` later; the last day of the month where that day does not exist."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def add_years(day: date, years: int, months: int = 0) -> date:
    return add_months(day, years * 12 + months)


def not_older_than(document_date: date, months: int, on: date) -> bool:
    """A document dated `document_date` is still valid on `on` when date + period is on or after `on`."""
    return add_months(document_date, months) >= on


def completed_years(birth: date, on: date) -> int:
    """Age in completed years on a day; a birthday counts from that day (29 February: 28 February)."""
    years = on.year - birth.year
    if add_years(birth, years) > on:
        years -= 1
    return years
