"""The decision service's validation messages, in words a person can act on.

The service checks every answer (limits, impossible dates, dates in the future) and reports the
field, a stable code for the kind of problem and its figures. Here each code gets a translated
sentence that says how to fix it.
"""

from django.utils.translation import gettext as _

from wizard.decision.answers import ERROR_CODES

_TEXTS = {
    "no_such_date": lambda p: _("This date does not exist. Check the day and the month."),
    "not_a_date": lambda p: _("Enter a real date: day, month and a year with 4 digits."),
    "date_out_of_range": lambda p: (
        _("Enter a year between %(first)s and %(last)s.") % {"first": p["first"].year, "last": p["last"].year}
    ),
    "date_in_future": lambda p: _("This date is in the future. Enter today's date or a date in the past."),
    "before_birth_date": lambda p: _("This date is before your date of birth. Check this date and your date of birth."),
    "negative": lambda p: _("Enter 0 or a higher number."),
    "too_large": lambda p: _("This number is too large. Enter a number of at most %(max)s.") % {"max": p["maximum"]},
    "not_whole": lambda p: _("Enter a whole number, without a comma or a point."),
    "not_a_number": lambda p: _("Enter a number, for example 12."),
    "no_nt2_exam_for_part": lambda p: _("There is no Staatsexamen Nt2 for this part. Leave this box empty."),
    "not_a_country": lambda p: _("Choose a country from the list."),
    "not_a_choice": lambda p: _("Choose one of the answers shown."),
    "unknown_document": lambda p: _("Choose one of the answers shown."),
    "too_many_items": lambda p: _("You chose too many items. Choose only those that are true for you."),
}
# The other codes (a wrong JSON shape, an unknown field) cannot come from the wizard's own forms.
FALLBACK = lambda p: _("Check this answer: it cannot be used as it is.")  # noqa: E731

assert set(_TEXTS) <= set(ERROR_CODES)


def service_message(error) -> str:
    """A translated, actionable sentence for one of the decision service's AnswerErrors."""
    return _TEXTS.get(error.code, FALLBACK)(error.params)
