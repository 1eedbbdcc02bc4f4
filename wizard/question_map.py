"""The map of the questions: which can follow which, per goal, and which answers end the check.

Read from the wizard's own definitions (steps.STEPS: order, goals, `follows`) and its own rule for
showing a step (steps.shown_steps, which asks the decision service). An answer "ends the check"
when, given only the goal and that answer, no later question is shown. Nothing here decides.
"""

from __future__ import annotations

from functools import lru_cache

from django import forms

from wizard.decision.answers import GOALS

from .steps import STEPS, shown_steps

GOAL_STEP = STEPS[0]


def steps_of(goal: str) -> list:
    return [s for s in STEPS if not s.goals or goal in s.goals]


def choices_of(step) -> list[tuple[str, str]]:
    """(field, value) for the one-choice fields of a step (radio buttons), in the form's order."""
    form = step.form()
    return [
        (name, value)
        for name, field in form.fields.items()
        if name in step.answer_names and type(field) is forms.ChoiceField
        for value, _label in field.choices
        if value != ""
    ]


def _ends(step, goal: str) -> list[tuple[str, str]]:
    ends = []
    for name, value in choices_of(step):
        stored = {GOAL_STEP.name: {"goal": goal}}
        stored[step.name] = {**stored.get(step.name, {}), name: value}
        shown = shown_steps(stored)
        if shown and shown[-1] == step.name:
            ends.append((name, value))
    return ends


@lru_cache(maxsize=1)
def question_map() -> tuple:
    """Per goal: its steps in order, each with the step it continues and the answers that end the check."""
    return tuple(
        (goal, tuple({"step": s, "follows": s.follows, "ends": _ends(s, goal)} for s in steps_of(goal)))
        for goal in GOALS
    )
