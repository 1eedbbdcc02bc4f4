"""Field kinds used by the question pages: yes/no/don't know, day-month-year, whole numbers.

Limits (how many hours, which dates) are not checked here: the decision service checks them
(see base.StepForm.clean). These fields only turn what was typed into answer values.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .digits import ascii_digits, ascii_number

UNKNOWN = "unknown"


def tri_state_field(unknown=True, yes=None, no=None):
    """Yes / No / I don't know, as radio buttons."""
    choices = [("yes", yes or _("Yes")), ("no", no or _("No"))]
    if unknown:
        choices.append((UNKNOWN, _("I don't know")))
    return forms.ChoiceField(
        choices=choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose one of the answers."),
            "invalid_choice": _("Choose one of the answers shown."),
        },
    )


def radio_field(choices, required_message):
    return forms.ChoiceField(
        choices=choices,
        widget=forms.RadioSelect,
        error_messages={"required": required_message, "invalid_choice": _("Choose one of the answers shown.")},
    )


def checkbox_field(choices):
    return forms.MultipleChoiceField(
        choices=choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={
            "invalid_choice": _("Choose only from the options shown."),
            "invalid_list": _("Choose only from the options shown."),
        },
    )


class NumberInput(forms.TextInput):
    """A text box with the numeric keyboard on phones (type=number would hide a typed comma)."""

    def __init__(self, decimal=False, attrs=None):
        base = {"inputmode": "decimal" if decimal else "numeric", "autocomplete": "off", "class": "input-number"}
        super().__init__({**base, **(attrs or {})})


def _typed_number(field, value, fraction):
    """What was typed in a number box, with its digits in ASCII (digits.py); the field's message if it is no number."""
    if not isinstance(value, str) or value.strip() in field.empty_values:
        return value
    typed = ascii_number(value, fraction=fraction)
    if typed is None:
        raise forms.ValidationError(field.error_messages["invalid"], code="invalid")
    return typed


class WholeNumberField(forms.IntegerField):
    """A whole number; empty means "I don't know" unless required. Limits come from the service."""

    widget = NumberInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "error_messages",
            {
                "invalid": _("Enter a whole number, for example 120. Use only digits."),
                "required": _("Enter a number."),
            },
        )
        super().__init__(**kwargs)

    def to_python(self, value):
        return super().to_python(_typed_number(self, value, fraction=False))


class YearsField(forms.FloatField):
    """A number of years; a half year may be written with a comma or a point (7,5 or 7.5)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", NumberInput(decimal=True))
        kwargs.setdefault(
            "error_messages",
            {
                "invalid": _("Enter a number of years, for example 12 or 7.5."),
                "required": _("Enter a number of years."),
            },
        )
        super().__init__(**kwargs)

    def to_python(self, value):
        return super().to_python(_typed_number(self, value, fraction=True))


class DateWidget(forms.MultiWidget):
    """Three boxes: day, month, year. Rendered by wizard/jinja2/wizard/widgets/date.html."""

    template_name = "wizard/widgets/date.html"

    def __init__(self, attrs=None):
        part = {"inputmode": "numeric", "autocomplete": "off"}
        super().__init__(
            [
                forms.TextInput({**part, "class": "input-day", "maxlength": "2"}),
                forms.TextInput({**part, "class": "input-month", "maxlength": "2"}),
                forms.TextInput({**part, "class": "input-year", "maxlength": "4"}),
            ],
            attrs,
        )

    def decompress(self, value):
        """A stored date back into the boxes: "2024-06" -> ["", "6", "2024"]; an empty part stays empty."""
        if not value:
            return [None, None, None]
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        parts = str(value).split("-")
        year, month, day = (parts + ["", ""])[:3]
        return [str(int(day)) if day else "", str(int(month)) if month else "", year]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        labels = (_("Day"), _("Month"), _("Year"))
        for sub, label in zip(context["widget"]["subwidgets"], labels):
            sub["label"] = label
        return context


class PartialDateField(forms.MultiValueField):
    """Day, month and year, in any script's digits; the day, or the day and the month, may be left empty.

    Returns "2019-03-07", "2019-03" (the day left empty) or "2019" (only the year): a partial date is
    passed on as what it is, never as the 1st. Whether the date exists, and whether it may be in
    the future, is the decision service's check (so "31 February" gets the service's message).
    """

    widget = DateWidget

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        part = dict(required=False)
        super().__init__(
            fields=(forms.CharField(**part), forms.CharField(**part), forms.CharField(**part)),
            require_all_fields=False,
            **kwargs,
        )

    def clean(self, value):
        if not isinstance(value, (list, tuple)):
            value = []
        day, month, year = ((v if isinstance(v, str) else "").strip() for v in (list(value) + [None] * 3)[:3])
        if not (day or month or year):
            if self.required:
                raise forms.ValidationError(_("Enter the date: at least the year."), code="required")
            return None
        year_digits = ascii_digits(year, 4)
        if not year_digits or len(year_digits) != 4:
            raise forms.ValidationError(_("Enter the year with 4 digits, for example 2019."), code="year")
        month_digits = ascii_digits(month, 2)
        if month and not (month_digits and 1 <= int(month_digits) <= 12):
            raise forms.ValidationError(_("Enter the month as a number from 1 to 12."), code="month")
        day_digits = ascii_digits(day, 2)
        if day and not day_digits:
            raise forms.ValidationError(
                _("Enter the day as a number, or leave it empty if you only know the month."), code="day"
            )
        if day and not month:
            raise forms.ValidationError(
                _("You entered a day but no month. Enter the month too, or leave the day empty."),
                code="day_without_month",
            )
        if not month:
            return year_digits
        if not day:
            return f"{year_digits}-{int(month_digits):02d}"
        return f"{year_digits}-{int(month_digits):02d}-{int(day_digits):02d}"

    def compress(self, data_list):  # not used: clean() does the work
        return None
