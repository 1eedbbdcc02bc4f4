"""The rules (rules_page) and the question map (question_map) in the active language's words.

The route titles, condition sentences, notes and advice are the result page's own
(presentation.py); the questions and answers are the wizard's own (the step forms). A condition is
said the way the result page says it when it is met, with its figure; when that sentence needs one
person's own answer (a date, a paper), it has no sentence here: its Dutch phrase and its questions say it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.utils.translation import gettext_lazy

from . import presentation as words
from .question_map import choices_of, question_map
from .rules_page import rules
from .steps import STEPS
from .templatetags.babel_format import euro, long_date, number

# "number of hours: 600", not "600 hours": no plural forms for the catalogues to carry (as the attempts).
UNITS = {
    "hours": gettext_lazy("number of hours: %(n)s"),
    "attempts": gettext_lazy("number of attempts: %(n)s"),
    "months": gettext_lazy("number of months: %(n)s"),
    "years": gettext_lazy("number of years: %(n)s"),
    "weeks": gettext_lazy("number of weeks: %(n)s"),
}


class _Watched(dict):
    """A condition that notes which of its keys a sentence asked for and found absent or empty."""

    def __init__(self, *args):
        super().__init__(*args)
        self.missing = set()

    def get(self, key, default=None):
        if key not in self or self[key] in ("", [], ()):
            self.missing.add(key)
        return super().get(key, default)


def condition_words(condition: dict) -> str:
    met = _Watched({"have": None, "need": None, **condition, "status": "met"})
    for key in [k for k in condition if k == "need" or k.endswith("_need")]:
        met["have" if key == "need" else key[: -len("_need")]] = condition[key]
    if met.get("need") is not None:
        met["hours_together"] = met.get("hours_together_need", met["need"])
    met.missing.clear()
    text = words.condition_text(met)
    return "" if met.missing else text


def figure_value(value, unit: str) -> str:
    if isinstance(value, date):
        return long_date(value)
    if unit == "EUR":
        return euro(value)
    if isinstance(value, tuple):
        return "; ".join(" – ".join(figure_value(v, "") for v in row) for row in value)
    if unit in UNITS:
        return str(UNITS[unit]) % {"n": number(value)}
    return number(value) if isinstance(value, (int, float)) else str(value)


def _step_of(answer: str):
    return next((s for s in STEPS if answer in s.answer_names), None)


def question(step) -> str:
    form: Any = step.form  # a StepForm subclass
    return str(form.question)


def question_of(answer: str) -> str:
    step = _step_of(answer)
    return question(step) if step else answer


def answer_label(answer: str, value: str) -> str:
    """The words of the wizard's button for this answer ("yes" to "Does your school still exist?" is "No")."""
    step = _step_of(answer)
    field = step.form().fields.get(answer) if step else None
    return str(dict(getattr(field, "choices", ())).get(value, value))


def _condition(rule: dict, figures: dict) -> dict:
    return {
        **rule,
        "text": condition_words(rule["example"]),
        "figure_list": [figures[n] for n in rule["figures"]],
        "questions": list(dict.fromkeys(question_of(a) for a in rule["asks"])),
    }


def page_rules(today: date) -> dict:
    """The rules page's context: every goal, route, condition, figure and disagreement, in words."""
    data = rules(today)
    figures = {
        f["name"]: {**f, "shown": figure_value(f["value"], f["unit"]), "checked_on": long_date(f["checked"])}
        for f in data["figures"]
    }
    goals = []
    for g in data["goals"]:
        routes = [
            {
                **r,
                "title": str(words.ROUTE_TITLES.get(r["id"], r["id"])),
                "conditions": [_condition(c, figures) for c in r["conditions"]],
                "variants": [
                    {
                        **v,
                        "question": question_of(v["answer"]),
                        "label": answer_label(v["answer"], v["value"]),
                        "conditions": [_condition(c, figures) for c in v["conditions"]],
                    }
                    for v in r["variants"]
                ],
            }
            for r in g["routes"]
        ]
        goals.append(
            {
                "id": g["id"],
                "title": str(words.GOAL_TITLES[g["id"]]),
                "routes": routes,
                "advice": words.advice_items(g["advice"]),
            }
        )
    disagreements = [
        {
            **d,
            "text": words.note_text(d["note"]),
            "figure_list": [figures[n] for n in d["figures"]],
            "route_links": [{"id": r, "title": str(words.ROUTE_TITLES.get(r, r))} for r in d["routes"]],
        }
        for d in data["disagreements"]
    ]
    return {
        "rules_version": data["rules_version"],
        "goals": goals,
        "figures": list(figures.values()),
        "disagreements": disagreements,
    }


def page_map() -> list:
    """Per goal: its questions in order, the question each continues, and the answers that end the check."""
    out = []
    for goal, steps in question_map():
        items = []
        for s in steps:
            labels = {(n, v): str(label) for n, v, label in _labels(s["step"])}
            items.append(
                {
                    "name": s["step"].name,
                    "answers": list(s["step"].answer_names),
                    "question": question(s["step"]),
                    "follows_step": s["follows"],
                    "end_answers": [{"answer": n, "value": v} for n, v in s["ends"]],
                    "follows": next(question(t) for t in STEPS if t.name == s["follows"]) if s["follows"] else "",
                    "ends": [labels.get(e, e[1]) for e in s["ends"]],
                }
            )
        out.append({"id": goal, "title": str(words.GOAL_TITLES[goal]), "steps": items})
    return out


def _labels(step):
    form = step.form()
    chosen = set(choices_of(step))
    return [(n, v, label) for n, f in form.fields.items() for v, label in getattr(f, "choices", ()) if (n, v) in chosen]
