"""Questions for a stronger residence permit (IND): diploma, nationality, age, years, advice held."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wizard.decision.answers import country_codes

from .base import StepForm
from .fields import YearsField, radio_field, tri_state_field
from .obligation import DateStepForm, with_partial_date_hint

MAX_NATIONALITIES = 3


class DiplomaForm(StepForm):
    question = _("Do you have the inburgeringsdiploma?")
    hint = _("The diploma you get when you have passed every part of the inburgeringsexamen.")
    where_to_find = _("Mijn Inburgering (mijn.inburgeren.nl) shows whether you have it.")
    answer_names = ("diploma",)
    diploma = tri_state_field()


def country_choices():
    """Every country, named in the active language (Babel), sorted by that name."""
    from babel import Locale

    from wizard.templatetags.babel_format import babel_locale

    names = Locale.parse(babel_locale(get_language())).territories
    english = Locale("en").territories
    rows = [(code, names.get(code) or english.get(code) or code) for code in country_codes()]
    return [("", _("Choose a country"))] + sorted(rows, key=lambda r: r[1].casefold())


class NationalitiesForm(StepForm):
    question = _("What is your nationality?")
    hint = _("If you have more than one nationality, choose each one.")
    answer_names = ("nationalities",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = country_choices()
        for i in range(1, MAX_NATIONALITIES + 1):
            label = _("Nationality") if i == 1 else _("Other nationality (if any)")
            self.fields[f"nationality_{i}"] = forms.ChoiceField(
                choices=choices,
                required=False,
                label=label,
                error_messages={"invalid_choice": _("Choose a country from the list.")},
            )
        self.fields["stateless"] = forms.BooleanField(required=False, label=_("I have no nationality (stateless)"))

    def codes(self):
        found = []
        for i in range(1, MAX_NATIONALITIES + 1):
            code = self.cleaned_data.get(f"nationality_{i}")
            if code and code not in found:
                found.append(code)
        return found

    def clean(self):
        if not self._errors:
            if self.cleaned_data.get("stateless") and self.codes():
                self.add_error("stateless", _("Choose a country or tick 'stateless', not both."))
            elif not self.cleaned_data.get("stateless") and not self.codes():
                self.add_error("nationality_1", _("Choose your nationality, or tick 'stateless'."))
        return super().clean()

    def stored(self):
        return {"nationalities": self.codes(), "stateless": bool(self.cleaned_data.get("stateless"))}

    @classmethod
    def initial_from(cls, stored):
        initial = {f"nationality_{i}": code for i, code in enumerate((stored or {}).get("nationalities") or [], 1)}
        initial["stateless"] = bool((stored or {}).get("stateless"))
        return initial

    def field_for_error(self, field):
        if field.startswith("nationalities["):
            index = int(field.split("[")[1].split("]")[0])
            return f"nationality_{index + 1}"
        return None

    @classmethod
    def describe(cls, stored):
        from wizard.presentation import country_name
        from wizard.templatetags.babel_format import format_list

        codes = (stored or {}).get("nationalities") or []
        if not codes:
            return [str(_("I have no nationality (stateless)"))]
        return [format_list([country_name(c) for c in codes])]


class BirthDateForm(DateStepForm):
    question = _("What is your date of birth?")
    hint = with_partial_date_hint(_("For example 27 3 1970."))
    date_name = "birth_date"
    allow_unknown = False
    answer_names = ("birth_date",)


class TurkishFamilyForm(StepForm):
    question = _("Are you a family member of someone with Turkish nationality?")
    hint = _("For example the husband, wife, registered partner or child of someone with Turkish nationality.")
    answer_names = ("turkish_family_member",)
    turkish_family_member = radio_field(
        [
            ("yes", _("Yes")),
            ("unregistered_partner", _("I am their partner, but we are not married and not registered partners")),
            ("no", _("No")),
            ("unknown", _("I don't know")),
        ],
        _("Choose one of the answers."),
    )


class SchoolAgeYearsForm(StepForm):
    question = _("How many years did you live in the Netherlands between the age of 5 and 16?")
    hint = _(
        "Count the years you were registered at a Dutch address (in the BRP). "
        "The years do not need to be in one stretch. Write 0 if none."
    )
    where_to_find = _("Your municipality (gemeente) can give you an overview from the BRP.")
    answer_names = ("school_age_years_in_nl",)
    school_age_years_in_nl = YearsField(required=True, label=_("Years"))


class ParticipationStatementForm(StepForm):
    question = _("Have you finished the participatieverklaringstraject?")
    hint = _("The participation statement (participatieverklaring): a workshop about Dutch values, which you sign.")
    where_to_find = _("DUO sent you a letter when it was finished. Mijn Inburgering also shows it.")
    answer_names = ("participation_statement_done",)
    participation_statement_done = tri_state_field()


class DuoAdviceAgiForm(StepForm):
    question = _("Do you have a positive DUO advice 'aantoonbaar geleverde inspanningen'?")
    hint = _("DUO advised that you tried hard enough but cannot pass the exam.")
    where_to_find = _("This is a letter from DUO. Look in your DUO letters or Mijn Inburgering.")
    answer_names = ("duo_advice_agi",)
    duo_advice_agi = tri_state_field()


class DuoAdviceIntegratedForm(StepForm):
    question = _("Do you have a positive DUO advice 'aantoonbaar voldoende ingeburgerd'?")
    hint = _("DUO advised, after a talk with you, that you are integrated well enough.")
    where_to_find = _("This is a letter from DUO. Look in your DUO letters or Mijn Inburgering.")
    answer_names = ("duo_advice_integrated",)
    duo_advice_integrated = tri_state_field()


class YearsLivedForm(StepForm):
    question = _("How many years have you lived in the Netherlands?")
    hint = _("Leave the box empty if you do not know.")
    where_to_find = _("Your municipality (gemeente) can tell you since when you are registered in the BRP.")
    answer_names = ("years_lived_in_nl",)
    years_lived_in_nl = YearsField(label=_("Years"))


class YearsWorkedForm(StepForm):
    question = _("How many years have you worked in the Netherlands?")
    hint = _("Volunteer work counts too. Add up all your jobs. Leave the box empty if you do not know.")
    where_to_find = _("Your employers, or the Belastingdienst and UWV, can give you an overview.")
    answer_names = ("years_worked_in_nl",)
    years_worked_in_nl = YearsField(label=_("Years"))


class DutchGoodForm(StepForm):
    question = _("Do you speak Dutch well?")
    hint = _("Well enough to have a conversation in Dutch with DUO about your life and work.")
    answer_names = ("dutch_good",)
    dutch_good = tri_state_field()


class RocAdviceForm(DateStepForm):
    question = _("What is the date of your ROC advice (haalbaarheidsonderzoek)?")
    hint = with_partial_date_hint(
        _("Until 1 July 2013 you could ask an ROC for an advice that you cannot pass the exam.")
    )
    where_to_find = _("The date is on the letter from the ROC.")
    unknown_label = _("I have no ROC advice, or I don't know the date")
    date_name = "roc_advice_date"
    answer_names = ("roc_advice_date",)
