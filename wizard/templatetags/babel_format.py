"""Dates and euro amounts written the way the active language writes them (Babel).

    {% load babel_format %}{{ day|long_date }} {{ 150|euro }}
"""
from datetime import date
from functools import lru_cache

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from django import template
from django.utils.translation import get_language

register = template.Library()

# English in the Netherlands: day before month ("1 March 2027").
_BABEL_LOCALES = {"en": "en_GB"}


def babel_locale(language=None) -> str:
    language = (language or get_language() or "nl").split("-")[0]
    return _BABEL_LOCALES.get(language, language)


# Babel's formatting is pure but not cheap (tens of µs a call); a result page formats the same few
# figures and dates many times, so each (value, locale) is formatted once per process.
@lru_cache(maxsize=4096)
def _date(day: date, locale: str) -> str:
    return format_date(day, format="long", locale=locale)


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


@register.filter
def long_date(value):
    """'2027-03-01' or a date -> '1 maart 2027' / '1 March 2027' / '1 مارس 2027' / 'መጋቢት 1, 2027'."""
    day = _as_date(value)
    if day is None:
        return value
    return _date(day, babel_locale())


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
