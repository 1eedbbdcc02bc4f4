"""The first question: what does the person want?"""

from django.utils.translation import gettext_lazy as _

from .base import StepForm
from .fields import radio_field


class GoalForm(StepForm):
    question = _("What do you want to check?")
    answer_names = ("goal",)
    goal = radio_field(
        [
            (
                "release_from_obligation",
                _("I want to be released from the inburgeringsplicht without passing every exam (ontheffing, DUO)"),
            ),
            (
                "stronger_permit",
                _("I want a stronger residence permit: permanent or 'humanitair niet-tijdelijk' (IND)"),
            ),
            ("naturalisation", _("I want to become Dutch (naturalisatie)")),
        ],
        _("Choose what you want to check."),
    )
