"""The decision service's validation messages, in words a person can act on.

The service checks every answer (limits, impossible dates, dates in the future) and names the
field and the problem in English. Here each kind of problem gets a translated sentence that says
how to fix it; the figures in it (such as the largest number allowed) come from the service's message.
"""
import re

from django.utils.translation import gettext as _

_PATTERNS = (
    (re.compile(r"is not a date that exists"),
     lambda m: _("This date does not exist. Check the day and the month.")),
    (re.compile(r"must be a date written as"),
     lambda m: _("Enter a real date: day, month and a year with 4 digits.")),
    (re.compile(r"must be between (\d{4})-\d\d-\d\d and (\d{4})-\d\d-\d\d"),
     lambda m: _("Enter a year between %(first)s and %(last)s.") % {"first": m[1], "last": m[2]}),
    (re.compile(r"is in the future"),
     lambda m: _("This date is in the future. Enter today's date or a date in the past.")),
    (re.compile(r"is before the birth date"),
     lambda m: _("This date is before your date of birth. Check this date and your date of birth.")),
    (re.compile(r"cannot be negative"),
     lambda m: _("Enter 0 or a higher number.")),
    (re.compile(r"is too large \(at most ([\d.]+)\)"),
     lambda m: _("This number is too large. Enter a number of at most %(max)s.") % {"max": m[1]}),
    (re.compile(r"must be a whole number"),
     lambda m: _("Enter a whole number, without a comma or a point.")),
    (re.compile(r"must be a number"),
     lambda m: _("Enter a number, for example 12.")),
    (re.compile(r"there is no Staatsexamen Nt2"),
     lambda m: _("There is no Staatsexamen Nt2 for this part. Leave this box empty.")),
    (re.compile(r"two-letter country code"),
     lambda m: _("Choose a country from the list.")),
    (re.compile(r"must be one of|is not a known"),
     lambda m: _("Choose one of the answers shown.")),
    (re.compile(r"has too many items"),
     lambda m: _("You chose too many items. Choose only those that are true for you.")),
)


def service_message(message: str) -> str:
    """A translated, actionable sentence for one of the decision service's messages."""
    for pattern, text in _PATTERNS:
        match = pattern.search(message)
        if match:
            return text(match)
    return _("Check this answer: it cannot be used as it is.")
