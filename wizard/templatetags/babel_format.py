"""Dates, lists and euro amounts written the way the active language writes them (Babel).

    {% load babel_format %}{{ day|long_date }} {{ 150|euro }} {{ names|format_list }}

A date may be partial, as the decision service takes and echoes it: "2024-06" is written as the
month and the year ("June 2024"), "2024" as the year; never as a day.
"""

import re
from datetime import date
from functools import lru_cache

from babel.dates import format_date, format_skeleton
from babel.lists import format_list as babel_format_list
from babel.numbers import format_currency, format_decimal
from django import template
from django.utils.translation import get_language

register = template.Library()

# English in the Netherlands: day before month ("1 March 2027").
_BABEL_LOCALES = {"en": "en_GB"}


def babel_locale(language=None) -> str:
    language = (language or get_language() or "nl").split("-")[0]
    return _BABEL_LOCALES.get(language, language)


# Month names: CLDR's `ar` gives the Egyptian names (مايو); most Arabic readers here are Syrian or
# Iraqi and write the Levantine names (أيار), which `ar_SY` gives, with the same Western digits
# (locale/GLOSSARY.md, "Dates"). Numbers and country names keep `babel_locale`.
_DATE_LOCALES = {"en": "en_GB", "ar": "ar_SY"}
# Tigrinya: CLDR writes "መስከረም 30, 2017"; Eritrean readers write the day first.
_LONG_DATE_PATTERNS = {"ti": "d MMMM y"}


def date_locale(language=None) -> str:
    language = (language or get_language() or "nl").split("-")[0]
    return _DATE_LOCALES.get(language, language)


# Babel's formatting is pure but not cheap (tens of µs a call); a result page formats the same few
# figures and dates many times, so each (value, locale) is formatted once per process.
@lru_cache(maxsize=4096)
def _date(day: date, locale: str) -> str:
    return format_date(day, format=_LONG_DATE_PATTERNS.get(locale.split("_")[0], "long"), locale=locale)


@lru_cache(maxsize=1024)
def _month(year: int, month: int, locale: str) -> str:
    return format_skeleton("yMMMM", date(year, month, 1), locale=locale)


@lru_cache(maxsize=1024)
def _year(year: int, locale: str) -> str:
    return format_skeleton("y", date(year, 1, 1), locale=locale)


@lru_cache(maxsize=4096, typed=True)
def _decimal(value, locale: str) -> str:
    return format_decimal(value, locale=locale)


@lru_cache(maxsize=1024, typed=True)
def _currency(value, locale: str) -> str:
    return format_currency(value, "EUR", locale=locale)


def _as_date(value):
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


_MONTH = re.compile(r"(?P<year>[0-9]{4})-(?P<month>0[1-9]|1[0-2])")
_YEAR = re.compile(r"[0-9]{4}")


@register.filter
def long_date(value):
    """A date in words: '2027-03-01' or a date -> '1 maart 2027' / '1 March 2027' / '1 آذار 2027' /
    '1 መጋቢት 2027'; a partial date as what it is: '2024-06' -> 'juni 2024', '2019' -> '2019'."""
    if not isinstance(value, (str, date)) and hasattr(value, "isoformat"):
        value = value.isoformat()  # a decision-service DateSpan: the date as it was given
    if isinstance(value, str):
        month = _MONTH.fullmatch(value)
        if month:
            return _month(int(month["year"]), int(month["month"]), date_locale())
        if _YEAR.fullmatch(value):
            return _year(int(value), date_locale())
    day = _as_date(value)
    if day is None:
        return value
    return _date(day, date_locale())


@register.filter
def format_list(items, style="standard"):
    """Items joined the way the active language joins them: 'a, b en c' / 'a وb وc' / 'a፣ bን cን'.

    `style` "or" joins alternatives ('a, b of c').
    """
    items = [str(item) for item in items or ()]
    if not items:
        return ""
    return babel_format_list(items, style=style, locale=babel_locale())


@register.filter
def euro(value):
    """150 -> '€ 150,00' (nl), '€150.00' (en), in the active language."""
    if value in (None, ""):
        return ""
    return _currency(value, babel_locale())


@register.filter
def number(value):
    """A number in the active language (7.5 -> '7,5' in Dutch)."""
    if value in (None, ""):
        return ""
    return _decimal(value, babel_locale())
