"""Circumstances: a very difficult situation, special circumstances, a medical condition."""

from django.utils.translation import gettext_lazy as _

from .base import StepForm
from .fields import radio_field, tri_state_field


class DifficultSituationForm(StepForm):
    question = _("Is there a very difficult situation that keeps you from meeting all the conditions?")
    hint = _(
        "For example a serious illness in your family, or a crisis at home. "
        "You would explain it in a letter to the Ministry of SZW."
    )
    answer_names = ("difficult_situation",)
    difficult_situation = tri_state_field()


class SpecialCircumstancesForm(StepForm):
    question = _("Are there special personal circumstances that make the exam impossible for you?")
    hint = _("The IND calls this 'bijzondere individuele omstandigheden'. You explain them in a separate letter.")
    answer_names = ("special_circumstances",)
    special_circumstances = tri_state_field()


class MedicalConditionForm(StepForm):
    question = _("Are you permanently unable to take the exam because of an illness or a disability?")
    hint = _(
        "A psychological or physical disability, or an intellectual disability, that will not go away. "
        "You do not need to tell us what it is: we only ask whether it makes the exam impossible for good."
    )
    answer_names = ("medical_condition",)
    medical_condition = tri_state_field()


class PermitTypeForm(StepForm):
    question = _("Which residence permit do you want to apply for?")
    where_to_find = _("The IND application form names the permit. Ask the IND if you are not sure.")
    answer_names = ("permit_type",)
    permit_type = radio_field(
        [
            ("permanent_regular", _("Permanent residence (onbepaalde tijd regulier)")),
            ("permanent_asylum", _("Permanent residence after asylum (onbepaalde tijd asiel)")),
            ("humanitarian_non_temporary", _("Humanitarian non-temporary (humanitair niet-tijdelijk)")),
            ("eu_long_term", _("EU long-term resident (EU-langdurig ingezetene)")),
            ("unknown", _("I don't know")),
        ],
        _("Choose the permit, or 'I don't know'."),
    )
