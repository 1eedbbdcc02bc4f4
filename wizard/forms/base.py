"""What every question page has in common.

A step form knows its question, the answer names it sets in the decision service's answers, how
to store its cleaned values (JSON) and how to add them to the answers. After its own cleaning it
asks the decision service to check the answers so far plus this page (`parse`), so every limit is
the service's and there is no second copy of them here.
"""

import copy

from django import forms

from wizard.decision import AnswerError, parse

from .messages import service_message


class StepForm(forms.Form):
    question = ""  # the page heading: one question a page
    hint = ""  # one line under the question
    where_to_find = ""  # for questions people often cannot answer: where the answer is written
    answer_names: tuple[str, ...] = ()  # the decision-service answer names this page sets
    summary_fields = None  # fields shown on the check-your-answers page (default: all)

    def __init__(self, *args, answers_before=None, **kwargs):
        self.answers_before = dict(answers_before or {})
        super().__init__(*args, **kwargs)

    # --- storing and reading back -----------------------------------------------------------
    def stored(self) -> dict:
        """The cleaned answers of this page, JSON-serialisable (what the session keeps)."""
        return {name: self.cleaned_data.get(name) for name in self.fields}

    @classmethod
    def initial_from(cls, stored: dict) -> dict:
        """Initial values for showing a stored answer again."""
        return dict(stored or {})

    @classmethod
    def add_answers(cls, stored: dict, answers: dict) -> None:
        """Add this page's stored answers to a decision-service answers dict."""
        for name in cls.answer_names:
            value = (stored or {}).get(name)
            if value is not None and value != "":
                answers[name] = value

    # --- validation through the decision service -------------------------------------------
    def field_for_error(self, field: str):
        """The form field that a service error about `field` ("a.b", "a[0].b") belongs to."""
        root = field.split(".")[0].split("[")[0]
        return root if root in self.fields else None

    def clean(self):
        cleaned = super().clean()
        if self._errors:
            return cleaned
        answers = copy.deepcopy(self.answers_before)
        self.add_answers(self.stored(), answers)
        try:
            parse(answers)
        except AnswerError as error:
            self.add_error(self.field_for_error(error.field), service_message(error))
        return cleaned

    def mark_errors(self) -> None:
        """Point each field with an error at its message, for screen readers."""
        for name, errors in self.errors.items():
            if name in self.fields and errors:
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"{self[name].auto_id}-error"}
                )

    # --- the check-your-answers page --------------------------------------------------------
    @classmethod
    def describe(cls, stored: dict) -> list:
        """The stored answer in words, one line per field (for the check-your-answers page)."""
        from wizard.presentation import describe_value

        form = cls()
        lines = []
        for name in cls.summary_fields or form.fields:
            field = form.fields[name]
            text = describe_value(field, (stored or {}).get(name))
            if text:
                label = field.label if len(form.fields) > 1 and field.label else ""
                lines.append(f"{label}: {text}" if label else text)
        return lines

    @classmethod
    def applies(cls, stored_followed: dict) -> bool:
        """For a page that continues another: is it needed, given that page's stored answers? (default yes)"""
        return True
