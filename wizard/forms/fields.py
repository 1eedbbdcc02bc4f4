"""Field kinds used by the question pages: yes/no/don't know, day-month-year, whole numbers.

Limits (how many hours, which dates) are not checked here: the decision service checks them
(see base.StepForm.clean). These fields only turn what was typed into answer values.
"""
from django import forms
from django.utils.translation import gettext_lazy as _

UNKNOWN = "unknown"


def tri_state_field(unknown=True, yes=None, no=None):
    """Yes / No / I don't know, as radio buttons."""
    choices = [("yes", yes or _("Yes")), ("no", no or _("No"))]
    if unknown:
        choices.append((UNKNOWN, _("I don't know")))
    return forms.ChoiceField(
        choices=choices, widget=forms.RadioSelect,
        error_messages={"required": _("Choose one of the answers."),
                        "invalid_choice": _("Choose one of the answers shown.")})


def radio_field(choices, required_message):
    return forms.ChoiceField(
        choices=choices, widget=forms.RadioSelect,
        error_messages={"required": required_message,
                        "invalid_choice": _("Choose one of the answers shown.")})


def checkbox_field(choices):
    return forms.MultipleChoiceField(
        choices=choices, widget=forms.CheckboxSelectMultiple, required=False,
        error_messages={"invalid_choice": _("Choose only from the options shown."),
                        "invalid_list": _("Choose only from the options shown.")})


class NumberInput(forms.TextInput):
    """A text box with the numeric keyboard on phones (type=number would hide a typed comma)."""

    def __init__(self, decimal=False, attrs=None):
        base = {"inputmode": "decimal" if decimal else "numeric", "autocomplete": "off", "class": "input-number"}
        super().__init__({**base, **(attrs or {})})


class WholeNumberField(forms.IntegerField):
    """A whole number; empty means "I don't know" unless required. Limits come from the service."""

    widget = NumberInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("error_messages", {
            "invalid": _("Enter a whole number, for example 120. Use only digits."),
            "required": _("Enter a number."),
        })
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(" ", "")
        return super().to_python(value)


class YearsField(forms.FloatField):
    """A number of years; a half year may be written with a comma or a point (7,5 or 7.5)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", NumberInput(decimal=True))
        kwargs.setdefault("error_messages", {
            "invalid": _("Enter a number of years, for example 12 or 7.5."),
            "required": _("Enter a number of years."),
        })
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(",", ".")
        return super().to_python(value)


class DateWidget(forms.MultiWidget):
    """Three boxes: day, month, year. Rendered by wizard/jinja2/wizard/widgets/date.html."""

    template_name = "wizard/widgets/date.html"

    def __init__(self, attrs=None):
        part = {"inputmode": "numeric", "autocomplete": "off"}
        super().__init__([
            forms.TextInput({**part, "class": "input-day", "maxlength": "2"}),
            forms.TextInput({**part, "class": "input-month", "maxlength": "2"}),
            forms.TextInput({**part, "class": "input-year", "maxlength": "4"}),
        ], attrs)

    def decompress(self, value):
        if not value:
            return [None, None, None]
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        year, month, day = str(value).split("-")
        return [str(int(day)), str(int(month)), year]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        labels = (_("Day"), _("Month"), _("Year"))
        for sub, label in zip(context["widget"]["subwidgets"], labels):
            sub["label"] = label
        return context


class PartialDateField(forms.MultiValueField):
    """Day, month and year; an empty day means "I only know the month" and becomes the 1st.

    Returns an ISO date string ("2019-03-01"). Whether that day exists, and whether it may be in
    the future, is the decision service's check (so "31 February" gets the service's message).
    """

    widget = DateWidget

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        part = dict(required=False)
        super().__init__(fields=(forms.CharField(**part), forms.CharField(**part), forms.CharField(**part)),
                         require_all_fields=False, **kwargs)

    def clean(self, value):
        day, month, year = ((v or "").strip() for v in (list(value or []) + [None] * 3)[:3])
        if not (day or month or year):
            if self.required:
                raise forms.ValidationError(_("Enter the date: at least the month and the year."), code="required")
            return None
        if not month:
            raise forms.ValidationError(_("Enter the month as a number from 1 to 12."), code="month")
        if not year:
            raise forms.ValidationError(_("Enter the year with 4 digits, for example 2019."), code="year")
        if not (year.isdigit() and len(year) == 4):
            raise forms.ValidationError(_("Enter the year with 4 digits, for example 2019."), code="year")
        if not month.isdigit() or not 1 <= int(month) <= 12:
            raise forms.ValidationError(_("Enter the month as a number from 1 to 12."), code="month")
        if day and not day.isdigit():
            raise forms.ValidationError(_("Enter the day as a number, or leave it empty if you only know the month."),
                                        code="day")
        return f"{year}-{int(month):02d}-{int(day or 1):02d}"

    def compress(self, data_list):  # not used: clean() does the work
        return None
