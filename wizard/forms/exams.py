"""The exam parts: which are passed, then the attempts for each part that is not.

Fixed fields, not formsets (formsets break on a wizard's management form). The attempts page
shows only the parts not passed; Staatsexamen Nt2 attempts only for the four language parts.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from wizard.decision.answers import EXAM_PARTS, LANGUAGE_PARTS
from wizard.words.papers import EXAM_PART_NAMES as PART_LABELS  # the one table of exam-part names

from .base import StepForm
from .fields import WholeNumberField, checkbox_field


class ExamPartsPassedForm(StepForm):
    question = _("Which parts of the inburgeringsexamen have you passed?")
    hint = _("Tick every part you passed. Tick nothing if you passed no part.")
    where_to_find = _("Mijn Inburgering (mijn.inburgeren.nl) shows your exam results.")
    answer_names = ("exam_parts",)
    passed = checkbox_field([(p, PART_LABELS[p]) for p in EXAM_PARTS])
    unknown = forms.BooleanField(required=False, label=_("I don't know which parts I passed"))

    def clean(self):
        if self.cleaned_data.get("unknown") and self.cleaned_data.get("passed"):
            self.add_error("unknown", _("Tick the parts you passed or 'I don't know which parts I passed', not both."))
        return super().clean()

    def stored(self):
        return {
            "passed": list(self.cleaned_data.get("passed") or []),
            "unknown": bool(self.cleaned_data.get("unknown")),
        }

    @classmethod
    def add_answers(cls, stored, answers):
        if not stored or stored.get("unknown"):
            return
        passed = set(stored.get("passed") or [])
        answers["exam_parts"] = {p: {"passed": p in passed} for p in EXAM_PARTS}

    @classmethod
    def describe(cls, stored):
        if (stored or {}).get("unknown"):
            return [str(_("I don't know which parts I passed"))]
        passed = (stored or {}).get("passed") or []
        if not passed:
            return [str(_("No part passed"))]
        return [str(PART_LABELS[p]) for p in EXAM_PARTS if p in passed]


def not_passed(stored_passed: dict) -> list:
    if not stored_passed or stored_passed.get("unknown"):
        return []
    passed = set(stored_passed.get("passed") or [])
    return [p for p in EXAM_PARTS if p not in passed]


class ExamAttemptsForm(StepForm):
    """Attempts per part not passed. Which parts: from the page before (kwarg `parts`)."""

    question = _("How many times did you take each part you have not passed?")
    hint = _("Count every time you took the part, also when you failed. Leave a box empty if you do not know.")
    where_to_find = _(
        "Mijn Inburgering (mijn.inburgeren.nl) lists your exams. Staatsexamen Nt2 results are in the letters from DUO."
    )
    answer_names = ("exam_parts",)

    def __init__(self, *args, parts=None, **kwargs):
        super().__init__(*args, **kwargs)
        for part in parts if parts is not None else EXAM_PARTS:
            self.fields[f"{part}_inburgering"] = WholeNumberField(
                label=_("%(part)s: times in the inburgeringsexamen") % {"part": PART_LABELS[part]}
            )
            if part in LANGUAGE_PARTS:
                self.fields[f"{part}_nt2"] = WholeNumberField(
                    label=_("%(part)s: times in the Staatsexamen Nt2") % {"part": PART_LABELS[part]}
                )

    @classmethod
    def applies(cls, stored_followed):
        """Shown only when the page before left some part not passed."""
        return bool(not_passed(stored_followed))

    def stored(self):
        return {name: self.cleaned_data.get(name) for name in self.fields}

    @classmethod
    def add_answers(cls, stored, answers):
        parts = answers.get("exam_parts")
        if not stored or not parts:
            return
        for part, value in parts.items():
            if value.get("passed"):
                continue
            for kind in ("inburgering", "nt2"):
                number = stored.get(f"{part}_{kind}")
                if number is not None:
                    value[f"attempts_{kind}"] = number

    def field_for_error(self, field):
        # "exam_parts.reading.attempts_nt2" -> "reading_nt2"
        bits = field.split(".")
        if len(bits) == 3 and bits[2].startswith("attempts_"):
            name = f"{bits[1]}_{bits[2][len('attempts_') :]}"
            return name if name in self.fields else None
        return None

    @classmethod
    def describe(cls, stored):
        lines = []
        for part in EXAM_PARTS:
            for kind, label in (
                ("inburgering", _("%(part)s: times in the inburgeringsexamen")),
                ("nt2", _("%(part)s: times in the Staatsexamen Nt2")),
            ):
                key = f"{part}_{kind}"
                if key in (stored or {}):
                    value = stored[key]
                    shown = str(value) if value is not None else str(_("I don't know"))
                    lines.append(f"{label % {'part': PART_LABELS[part]}}: {shown}")
        return lines
