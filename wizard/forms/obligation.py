"""The inburgeringsplicht: did the person have one, and when did it and the term begin?"""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .base import StepForm
from .fields import PartialDateField, tri_state_field

# Said on each question whose date may be partial (the decision service takes "2024-06" and "2024").
PARTIAL_DATE_HINT = _(
    "If you do not know the day, leave the day empty. If you only know the year, leave the day and the month empty."
)


def with_partial_date_hint(hint=None):
    """A question's hint followed by the sentence that a day, or a day and a month, may be left empty."""
    return format_lazy("{} {}", hint, PARTIAL_DATE_HINT) if hint else PARTIAL_DATE_HINT


WHERE_DATES = _("You can find this date in the letters from DUO and in Mijn Inburgering (mijn.inburgeren.nl).")


class ObligedForm(StepForm):
    question = _("Do you have an inburgeringsplicht, or did you have one?")
    hint = _("DUO sent you a letter saying that you must integrate (inburgeringsplichtig).")
    where_to_find = _("Not sure? Log in to Mijn Inburgering (mijn.inburgeren.nl) or look for a letter from DUO.")
    answer_names = ("obliged",)
    obliged = tri_state_field()


class DateStepForm(StepForm):
    """One date with an "I don't know" box. Subclasses name the field in `date_name`."""

    date_name = ""
    allow_unknown = True
    unknown_label = _("I don't know this date")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[self.date_name] = PartialDateField(label=self.question)
        self.summary_fields = (self.date_name,)
        if self.allow_unknown:
            self.fields["unknown"] = forms.BooleanField(required=False, label=self.unknown_label)

    def clean(self):
        value = self.cleaned_data.get(self.date_name)
        unknown = self.cleaned_data.get("unknown")
        if value and unknown:
            self.add_error("unknown", _("Enter a date or tick 'I don't know this date', not both."))
        elif not value and not unknown and self.date_name not in self._errors:
            message = (
                _("Enter the date: at least the year. Or tick 'I don't know this date'.")
                if self.allow_unknown
                else _("Enter the date: at least the year.")
            )
            self.add_error(self.date_name, message)
        return super().clean()

    @classmethod
    def describe(cls, stored):
        from wizard.presentation import describe_date

        value = (stored or {}).get(cls.date_name or "")
        if not value:
            return [str(cls.unknown_label if cls.allow_unknown else "")]
        return [describe_date(value)]

    def stored(self):
        return {
            self.date_name: self.cleaned_data.get(self.date_name),
            "unknown": bool(self.cleaned_data.get("unknown")),
        }


class ObligationStartForm(DateStepForm):
    question = _("On what date did your inburgeringsplicht start?")
    hint = with_partial_date_hint()
    where_to_find = WHERE_DATES
    date_name = "obligation_start"
    answer_names = ("obligation_start",)


class TermStartForm(DateStepForm):
    question = _("On what date did your inburgeringstermijn start?")
    hint = with_partial_date_hint(
        _(
            "The term (inburgeringstermijn) is the time you have to integrate. It often "
            "starts on the same day as the inburgeringsplicht."
        )
    )
    where_to_find = WHERE_DATES
    date_name = "term_start"
    answer_names = ("term_start",)
