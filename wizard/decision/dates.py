"""Date arithmetic the rules need: calendar months, 'not older than', completed years."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta


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


# --- Dates known in part ("2024-06", "2024") ---------------------------------------------------
# docs/rules.md, "Partial dates": a date given as a month or a year stands for every day it could
# be, up to today (a start cannot lie in the future). A condition on it is decided only when it
# comes out the same on every one of those days; otherwise it is unknown.
DAY, MONTH, YEAR = "day", "month", "year"
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class DateSpan:
    """Every day a date given as "YYYY-MM-DD", "YYYY-MM" or "YYYY" could be: `first` to `last`.

    `text` is the date as it was given: a result echoes it, never the 1st of the month or year.
    """

    first: date
    last: date
    text: str
    precision: str = DAY

    @classmethod
    def of_day(cls, day: date) -> DateSpan:
        return cls(day, day, day.isoformat(), DAY)

    @classmethod
    def parse(cls, text: str) -> DateSpan:
        """ "2024-06-20", "2024-06" or "2024" (ASCII digits, checked by the caller); ValueError when
        that day or month does not exist."""
        if len(text) == 10:
            return cls.of_day(date.fromisoformat(text))
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:])
            if not 1 <= month <= 12:
                raise ValueError(f"{text}: no month {month}")
            return cls(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), text, MONTH)
        year = int(text)
        return cls(date(year, 1, 1), date(year, 12, 31), text, YEAR)

    @property
    def exact(self) -> bool:
        return self.precision == DAY

    def up_to(self, today: date) -> DateSpan:
        """Only the days up to `today` (the caller refuses a span wholly after it)."""
        return self if self.last <= today else DateSpan(self.first, today, self.text, self.precision)

    def isoformat(self) -> str:
        return self.text

    def __str__(self) -> str:
        return self.text

    def plus_months(self, months: int) -> DateSpan | None:
        """The span `months` later, with the same precision ("valid until December 2026"), never a day
        the person did not give; None where that precision cannot say it (a year plus six months runs
        into the next year). Month ends stay month ends (add_months)."""
        first, last = add_months(self.first, months), add_months(self.last, months)
        if self.precision == DAY:
            return DateSpan.of_day(first)
        if self.precision == MONTH:
            return DateSpan(first, last, f"{first.year:04d}-{first.month:02d}", MONTH)
        if first.year != last.year:
            return None
        return DateSpan(first, last, f"{first.year:04d}", YEAR)


def before(span: DateSpan | None, day: date) -> bool | None:
    """Is every day of the span before `day` (True), none of them (False), or some (None)?"""
    if span is None:
        return None
    if span.last < day:
        return True
    if span.first >= day:
        return False
    return None


def on_or_after(span: DateSpan | None, day: date) -> bool | None:
    b = before(span, day)
    return None if b is None else not b


def not_older_than_span(span: DateSpan, months: int, on: date) -> bool | None:
    """'not older than' for a document whose date may be partial: valid on every day it could be dated
    (True), on none (False), or on some (None: unknown, not 'no fitting document')."""
    if not_older_than(span.first, months, on):
        return True
    if not not_older_than(span.last, months, on):
        return False
    return None


def between(span: DateSpan | None, first: date, last: date) -> bool | None:
    """Is every day of the span within first..last (inclusive), none of them, or some?"""
    if span is None:
        return None
    if first <= span.first and span.last <= last:
        return True
    if span.last < first or span.first > last:
        return False
    return None
