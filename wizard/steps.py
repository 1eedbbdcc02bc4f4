"""The questions in their fixed order: step name -> form -> the answer names it sets.

Which of them are shown comes only from the decision service: a step is shown when one of its
answers is among `relevant_questions(answers of the steps before it)`. Each goal has its own
sequence (the order differs: a permit asks nationality before course hours), and a step that
continues another (the exam attempts after the exam parts) is shown when that one was answered
with parts still to pass. Nothing here knows a rule.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from wizard.decision import QUESTIONS, AnswerError, relevance_of
from wizard.decision.relevance import Relevance

from .forms import course, documents, exams, goal, obligation, permit, situation
from .forms.base import StepForm

RELEASE, PERMIT = ("release_from_obligation",), ("stronger_permit",)


@dataclass(frozen=True)
class Step:
    name: str
    form: type[StepForm]
    goals: tuple[str, ...] = ()  # the goals whose sequence holds this step (empty: every goal)
    follows: str | None = None  # a step this one continues (shown after it, when it applies)

    @property
    def answer_names(self) -> tuple[str, ...]:
        return self.form.answer_names


STEPS = (
    Step("goal", goal.GoalForm),
    # Released from the inburgeringsplicht (DUO, "Genoeg cursus en examens gedaan")
    Step("obliged", obligation.ObligedForm, RELEASE),
    Step("obligation_start", obligation.ObligationStartForm, RELEASE),
    Step("term_start", obligation.TermStartForm, RELEASE),
    Step("course_hours", course.CourseHoursForm, RELEASE),
    # Closed first: for a closed school the listing at the start counts, not the listing now.
    Step("school_closed", course.SchoolClosedForm, RELEASE),
    Step("school_listed_at_start", course.SchoolListedAtStartForm, RELEASE),
    Step("school_listed_now", course.SchoolListedNowForm, RELEASE),
    Step("exam_parts_passed", exams.ExamPartsPassedForm, RELEASE),
    Step("exam_attempts", exams.ExamAttemptsForm, RELEASE, follows="exam_parts_passed"),
    Step("difficult_situation", situation.DifficultSituationForm, RELEASE),
    Step("education_hours", course.EducationHoursForm, RELEASE),
    # The two other ways to be released: 'aantoonbaar voldoende ingeburgerd', then medical grounds.
    Step("release_years_lived", permit.YearsLivedForm, RELEASE),
    Step("release_years_worked", permit.YearsWorkedForm, RELEASE),
    Step("release_dutch_good", permit.DutchGoodForm, RELEASE),
    Step("release_medical_condition", situation.MedicalConditionForm, RELEASE),
    # A stronger residence permit (IND appendix; DUO "Sterkere verblijfsvergunning")
    Step("diploma", permit.DiplomaForm, PERMIT),
    Step("nationalities", permit.NationalitiesForm, PERMIT),
    Step("turkish_family", permit.TurkishFamilyForm, PERMIT),
    Step("birth_date", permit.BirthDateForm, PERMIT),
    Step("school_age_years", permit.SchoolAgeYearsForm, PERMIT),
    Step("documents", documents.DocumentsForm, PERMIT),
    Step("medical_condition", situation.MedicalConditionForm, PERMIT),
    Step("medical_documents", documents.MedicalDocumentsForm, PERMIT),
    Step("permit_obligation_start", obligation.ObligationStartForm, PERMIT),
    Step("participation_statement", permit.ParticipationStatementForm, PERMIT),
    Step("duo_advice_agi", permit.DuoAdviceAgiForm, PERMIT),
    Step("duo_advice_integrated", permit.DuoAdviceIntegratedForm, PERMIT),
    Step("years_lived", permit.YearsLivedForm, PERMIT),
    Step("years_worked", permit.YearsWorkedForm, PERMIT),
    Step("dutch_good", permit.DutchGoodForm, PERMIT),
    Step("permit_course_hours", course.CourseHoursForm, PERMIT),
    Step("permit_school_closed", course.SchoolClosedForm, PERMIT),
    Step("permit_school_listed_at_start", course.SchoolListedAtStartForm, PERMIT),
    Step("permit_school_listed_now", course.SchoolListedNowForm, PERMIT),
    Step("permit_exam_parts_passed", exams.ExamPartsPassedForm, PERMIT),
    Step("permit_exam_attempts", exams.ExamAttemptsForm, PERMIT, follows="permit_exam_parts_passed"),
    Step("roc_advice", permit.RocAdviceForm, PERMIT),
    Step("special_circumstances", situation.SpecialCircumstancesForm, PERMIT),
    Step("permit_type", situation.PermitTypeForm, PERMIT),
)
BY_NAME = {s.name: s for s in STEPS}
FORM_LIST = [(s.name, s.form) for s in STEPS]


def answers_from_steps(stored_by_step: dict, step_names=None) -> dict:
    """The decision-service answers built from the stored answers of the given steps (in order).

    `step_names`: the steps that count (default: every stored step). Steps not shown any more
    (an earlier answer changed) are left out by passing the shown steps.
    """
    answers: dict[str, Any] = {}
    for step in STEPS:
        if step.name in stored_by_step and (step_names is None or step.name in step_names):
            step.form.add_answers(copy.deepcopy(stored_by_step[step.name]), answers)
    return answers


def _relevant(answers: dict) -> Relevance | set[str]:
    """The questions that matter for these answers (`name in ...`), each worked out when asked."""
    try:
        return relevance_of(answers)
    except AnswerError:
        # Stored answers that no longer fit together: show the questions, so they can be fixed.
        return set(QUESTIONS)


def shown_steps(stored_by_step: dict) -> list:
    """The step names to show, in order, given the stored answers."""
    shown: list[str] = []
    answers: dict[str, Any] = {}
    asked: set[str] = set()
    relevant: Relevance | set[str] | None = None  # for the answers so far; asked again only after they change
    for step in STEPS:
        if step.goals and answers.get("goal") not in step.goals:
            continue
        if step.follows:
            show = (
                step.follows in shown
                and step.follows in stored_by_step
                and step.form.applies(stored_by_step[step.follows])
            )
        else:
            names = [n for n in step.answer_names if n not in asked]
            if names and relevant is None:
                relevant = _relevant(answers)
            show = relevant is not None and any(name in relevant for name in names)
        if not show:
            continue
        shown.append(step.name)
        asked.update(step.answer_names)
        if step.name in stored_by_step:
            step.form.add_answers(copy.deepcopy(stored_by_step[step.name]), answers)
            relevant = None
    return shown


def answers_before(step_name: str, shown: list, stored_by_step: dict) -> dict:
    """The answers of the shown steps before `step_name`."""
    before = shown[: shown.index(step_name)] if step_name in shown else shown
    return answers_from_steps(stored_by_step, before)


def first_unanswered(shown: list, stored_by_step: dict):
    return next((name for name in shown if name not in stored_by_step), None)


def first_to_ask(shown: list, stored_by_step: dict, again=()):
    """The first shown step not answered yet, or to be asked again (`again`), in the order shown."""
    return next((name for name in shown if name not in stored_by_step or name in again), None)


def shown_again(before: list, after: list, again=(), answered=None) -> list:
    """The steps to ask again after an answer changed: those shown now that were not shown before,
    with the ones still to ask (`again`), in the order shown, except the step just answered."""
    new = set(after) - set(before)
    return [name for name in after if (name in new or name in again) and name != answered]


def step_for_answer(field: str, shown: list):
    """The shown step that sets a decision-service answer ("exam_parts.reading..." -> its step)."""
    root = field.split(".")[0].split("[")[0]
    return next((name for name in shown if root in BY_NAME[name].answer_names), None)
