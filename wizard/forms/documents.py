"""Papers the person holds: diplomas, certificates and letters; medical letters and advice."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wizard.decision.answers import DOCUMENTS, MEDICAL_DOCUMENTS
from wizard.presentation import DOCUMENT_LABELS, MEDICAL_DOCUMENT_LABELS

from .base import StepForm
from .fields import PartialDateField, checkbox_field
from .obligation import with_partial_date_hint

DATED_MEDICAL = ("municipal_doctor_advice", "szw_medical_advice")


class DocumentsForm(StepForm):
    question = _("Which of these papers do you have?")
    hint = _(
        "Tick every paper you have. The official Dutch name is shown after each one. "
        "Tick nothing if you have none of them."
    )
    where_to_find = _("Look in your diplomas and in the letters from DUO, the municipality (gemeente) or the IND.")
    answer_names = ("documents",)
    documents = checkbox_field([(d, DOCUMENT_LABELS[d]) for d in DOCUMENTS])
    unknown = forms.BooleanField(required=False, label=_("I am not sure which papers I have"))

    def clean(self):
        if self.cleaned_data.get("unknown") and self.cleaned_data.get("documents"):
            self.add_error("unknown", _("Tick your papers or 'I am not sure', not both."))
        return super().clean()

    def stored(self):
        return {
            "documents": list(self.cleaned_data.get("documents") or []),
            "unknown": bool(self.cleaned_data.get("unknown")),
        }

    @classmethod
    def add_answers(cls, stored, answers):
        if stored and not stored.get("unknown"):
            answers["documents"] = list(stored.get("documents") or [])

    @classmethod
    def describe(cls, stored):
        if (stored or {}).get("unknown"):
            return [str(_("I am not sure which papers I have"))]
        docs = (stored or {}).get("documents") or []
        return [str(DOCUMENT_LABELS[d]) for d in docs] or [str(_("None of these papers"))]


class MedicalDocumentsForm(StepForm):
    question = _("Which of these medical letters or reports do you have?")
    hint = with_partial_date_hint(
        _("Tick every one you have. For an advice, also enter the date on it: it may not be older than 6 months.")
    )
    where_to_find = _(
        "The letters come from DUO or your municipality (gemeente); the advice comes from the doctor who examined you."
    )
    answer_names = ("medical_documents",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["medical_documents"] = checkbox_field([(d, MEDICAL_DOCUMENT_LABELS[d]) for d in MEDICAL_DOCUMENTS])
        self.fields["medical_documents"].label = _("Letters and reports")
        self.fields["municipal_doctor_advice_date"] = PartialDateField(
            label=_("Date of the advice from the municipality's doctor")
        )
        self.fields["szw_medical_advice_date"] = PartialDateField(
            label=_("Date of the advice from the SZW medical adviser")
        )
        self.fields["unknown"] = forms.BooleanField(required=False, label=_("I am not sure which ones I have"))

    def clean(self):
        docs = self.cleaned_data.get("medical_documents") or []
        if self.cleaned_data.get("unknown") and docs:
            self.add_error("unknown", _("Tick your letters or 'I am not sure', not both."))
        for doc in DATED_MEDICAL:
            if self.cleaned_data.get(f"{doc}_date") and doc not in docs:
                self.add_error(
                    f"{doc}_date",
                    _("You entered a date for an advice you did not tick. Tick the advice, or remove the date."),
                )
        return super().clean()

    def stored(self):
        docs = list(self.cleaned_data.get("medical_documents") or [])
        out = {"medical_documents": docs, "unknown": bool(self.cleaned_data.get("unknown"))}
        for doc in DATED_MEDICAL:
            out[f"{doc}_date"] = self.cleaned_data.get(f"{doc}_date")
        return out

    @classmethod
    def add_answers(cls, stored, answers):
        if not stored or stored.get("unknown"):
            return
        items = []
        for doc in stored.get("medical_documents") or []:
            item = {"id": doc}
            if stored.get(f"{doc}_date"):
                item["date"] = stored[f"{doc}_date"]
            items.append(item)
        answers["medical_documents"] = items

    def field_for_error(self, field):
        # "medical_documents[1].date" -> the date field of that document
        if field.startswith("medical_documents[") and field.endswith(".date"):
            index = int(field.split("[")[1].split("]")[0])
            docs = self.cleaned_data.get("medical_documents") or []
            if index < len(docs) and f"{docs[index]}_date" in self.fields:
                return f"{docs[index]}_date"
        return None

    @classmethod
    def describe(cls, stored):
        from wizard.presentation import describe_date

        if (stored or {}).get("unknown"):
            return [str(_("I am not sure which ones I have"))]
        lines = []
        for doc in (stored or {}).get("medical_documents") or []:
            text = str(MEDICAL_DOCUMENT_LABELS[doc])
            if stored.get(f"{doc}_date"):
                text += " – " + describe_date(stored[f"{doc}_date"])
            lines.append(text)
        return lines or [str(_("None of these"))]
