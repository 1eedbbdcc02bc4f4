"""Course hours and the school: what the person did, and where."""

from django.utils.translation import gettext_lazy as _

from .base import StepForm
from .fields import WholeNumberField, tri_state_field

WHERE_HOURS = _(
    "Your school can give you an overview of your hours (urenoverzicht). "
    "Mijn Inburgering (mijn.inburgeren.nl) also shows your courses."
)


class CourseHoursForm(StepForm):
    question = _("How many hours of each course did you follow?")
    hint = _(
        "Write 0 for a course you did not follow. Leave a box empty if you do not know. "
        "Only lessons in a classroom count: online lessons have not counted since 1 January 2019."
    )
    where_to_find = WHERE_HOURS
    answer_names = ("hours_inburgering", "hours_nt2", "hours_alfa")
    hours_inburgering = WholeNumberField(label=_("Hours of inburgeringscursus (civic integration course)"))
    hours_nt2 = WholeNumberField(label=_("Hours of Nt2 course (Dutch as a second language)"))
    hours_alfa = WholeNumberField(label=_("Hours of alfabetiseringscursus (learning to read and write)"))

    def clean(self):
        if not self._errors and all(self.cleaned_data.get(n) is None for n in self.answer_names):
            self.add_error(None, _("Enter the hours for at least one course. Write 0 for a course you did not follow."))
        return super().clean()


class EducationHoursForm(StepForm):
    question = _("How many hours of other courses or education did you follow?")
    hint = _(
        "For example a school, a training or a language course that is not counted above. "
        "Leave the box empty if you do not know."
    )
    where_to_find = _("Look at your certificates, your school reports or the invoices of the courses.")
    answer_names = ("hours_education",)
    hours_education = WholeNumberField(label=_("Hours of other courses or education"))


class SchoolListedAtStartForm(StepForm):
    question = _("Was your school on zoekinburgerschool.nl when you started the course?")
    hint = _("Schools on that site have the Blik op Werk quality mark (keurmerk).")
    where_to_find = _("Ask your school, or look at your course contract: it names the keurmerk.")
    answer_names = ("school_listed_at_start",)
    school_listed_at_start = tri_state_field()


class SchoolClosedForm(StepForm):
    question = _("Does your school still exist?")
    answer_names = ("school_closed",)
    school_closed = tri_state_field(yes=_("No, my school is closed"), no=_("Yes, my school still exists"))


class SchoolListedNowForm(StepForm):
    question = _("Is your school on zoekinburgerschool.nl now?")
    hint = _("Search for the name of your school on zoekinburgerschool.nl.")
    where_to_find = _("You can check this yourself on zoekinburgerschool.nl, or ask your school.")
    answer_names = ("school_listed_now",)
    school_listed_now = tri_state_field()
