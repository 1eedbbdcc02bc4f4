"""Numbers typed in the person's own script, read as ASCII digits: one rule for every box.

An Arabic phone keyboard types ٢٠١٩, a Persian one ۲۰۱۹; both are the year 2019. Every Unicode
decimal digit (`unicodedata.decimal`, the characters Python's `str.isdecimal()` accepts) is read as
its ASCII digit. Other characters that look like digits are not numbers a box can take: Ethiopic
numerals (፩, `isdigit()` but not decimal), superscripts (²), fractions (½).
"""

from __future__ import annotations

import unicodedata

# Longer than any answer a box can take (a year has 4 digits, hours at most 5): beyond this the
# text is refused before it is read, so a 5,000-digit value costs nothing.
MAX_LENGTH = 20
# The decimal separators a fraction may be written with: point, comma, Arabic decimal separator.
DECIMAL_SEPARATORS = {".": ".", ",": ".", "\u066b": "."}
SIGNS = {"-": "-", "+": "+", "\u2212": "-"}  # the minus sign (−) too


def ascii_number(text, *, fraction=False, sign=True) -> str | None:
    """`text` with its digits as ASCII and spaces removed; None when it holds anything else.

    `fraction`: a point, a comma or the Arabic decimal separator (٫) may separate a fraction (all
    become "."); without it a point is kept as typed, so "12.5" reaches the field's own message.
    `sign`: a plus or minus sign is kept (the limits are the decision service's to word).
    """
    if not isinstance(text, str):
        return None
    text = "".join(text.split())
    if not text or len(text) > MAX_LENGTH:
        return None
    out = []
    for char in text:
        digit = unicodedata.decimal(char, None)
        if digit is not None:
            out.append(str(digit))
        elif fraction and char in DECIMAL_SEPARATORS:
            out.append(DECIMAL_SEPARATORS[char])
        elif not fraction and char == ".":
            out.append(char)
        elif sign and char in SIGNS:
            out.append(SIGNS[char])
        else:
            return None
    return "".join(out)


def ascii_digits(text, max_digits: int) -> str | None:
    """Digits only (a day, a month, a year), as ASCII; None for anything else or too many digits."""
    value = ascii_number(text, sign=False)
    if value is None or not value.isdigit() or len(value) > max_digits:
        return None
    return value
