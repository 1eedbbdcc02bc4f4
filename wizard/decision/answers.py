"""The answers a person gives: their names, types and limits, and the one place they are checked.

`parse(raw)` turns a JSON object into an `Answers` value or raises `AnswerError` naming the field.
Missing fields and JSON null mean "not asked" and count as unknown. Tri-state answers become
True (yes), False (no) or None (unknown).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from babel import Locale

from . import parameters as P
from .dates import DateSpan

GOALS = ("release_from_obligation", "stronger_permit", "naturalisation")
TRI_STATE = ("yes", "no", "unknown")
TURKISH_FAMILY = ("yes", "unregistered_partner", "no", "unknown")
PERMIT_TYPES = ("permanent_regular", "permanent_asylum", "humanitarian_non_temporary", "eu_long_term", "unknown")
EXAM_PARTS = ("reading", "listening", "writing", "speaking", "knm", "ona")
LANGUAGE_PARTS = ("reading", "listening", "writing", "speaking")  # Staatsexamen Nt2 exists only for these

EXEMPTING_DOCUMENTS = (
    "inburgeringsdiploma",
    "nl_diploma",
    "be_sr_diploma",
    "caribbean_diploma",
    "bes_diploma",
    "european_baccalaureate",
    "ib_or_igcse",
    "naturalisatietoets_certificate",
    "win_certificate_profile_test",
    "win_certificate_nt2_level2",
    "cio_certificate",
    "korte_vrijstellingstoets",
    "old_wi_diploma",
    "win_art5_2_decision",
    "win_art5_4_decision",
    "naturalisatietoets_exemption",
    "bw_agi_letter",
    "duo_agi_letter_2013_2017",
    "duo_agi_letter_after_2017",
    "wi2021_certificate",
)
NON_EXEMPTING_DOCUMENTS = ("mbo1_diploma", "nt2_diploma", "evidently_integrated_letter")
DOCUMENTS = EXEMPTING_DOCUMENTS + NON_EXEMPTING_DOCUMENTS
MEDICAL_DOCUMENTS = ("bw_medical_letter", "duo_medical_letter", "municipal_doctor_advice", "szw_medical_advice")

# ISO 3166-1 alpha-2 codes as Babel knows them, less CLDR's codes that are not countries.
_NOT_COUNTRIES = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    return (
        frozenset(
            code for code in Locale("en").territories if isinstance(code, str) and len(code) == 2 and code.isalpha()
        )
        - _NOT_COUNTRIES
    )


class AnswerError(ValueError):
    """An answer that cannot be used. `field` names it (dotted for nested values).

    `code` is a stable name for the kind of problem (one of ERROR_CODES) and `params` its figures,
    so that a caller can say it in any language without reading the English `message`.
    """

    def __init__(self, field_name: str, message: str, code: str, **params: object) -> None:
        assert code in ERROR_CODES, code
        super().__init__(f"{field_name}: {message}")
        self.field = field_name
        self.message = message
        self.code = code
        self.params = params

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "message": self.message, "code": self.code}


ERROR_CODES = (
    "not_a_date",
    "no_such_date",
    "date_out_of_range",
    "date_in_future",
    "before_birth_date",
    "not_a_choice",
    "not_a_number",
    "negative",
    "too_large",
    "not_whole",
    "not_a_list",
    "too_many_items",
    "not_an_object",
    "unknown_field",
    "required",
    "not_a_country",
    "no_nt2_exam_for_part",
    "not_true_or_false",
    "unknown_document",
)


@dataclass(frozen=True)
class ExamPart:
    passed: bool
    attempts_inburgering: int | None = None
    attempts_nt2: int | None = None


@dataclass(frozen=True)
class MedicalDocument:
    id: str
    date: DateSpan | None = None


# --- The answer fields, each declared once ------------------------------------------------------
# parse(), the OpenAPI schema (wizard/openapi.py) and the wizard's questions
# (relevance.QUESTIONS) are all derived from this table.
DATE, PARTIAL_DATE, TRI, CHOICE, WHOLE, NUMBER = "date", "partial_date", "tri", "choice", "whole", "number"
COUNTRIES, DOCUMENT_LIST, MEDICAL_DOCUMENT_LIST, EXAM_PART_MAP = (
    "countries",
    "documents",
    "medical_documents",
    "exam_parts",
)


@dataclass(frozen=True)
class AnswerField:
    """One answer: its name, its kind, its limits, and what it means (contract, "Answers")."""

    name: str
    kind: str
    meaning: str
    choices: tuple[str, ...] = ()
    maximum: float | None = None
    past: bool = False  # may not lie after `today`

    @property
    def partial(self) -> bool:
        """A date that may be given as "YYYY-MM" or "YYYY" (contract: people often know only part of it)."""
        return self.kind == PARTIAL_DATE


ANSWER_FIELDS = (
    AnswerField("today", DATE, "the day to judge on (default: the real date)"),
    AnswerField("goal", CHOICE, "what the person wants", GOALS),
    AnswerField("birth_date", PARTIAL_DATE, "for '18 or older' and 'reached the AOW age'", past=True),
    AnswerField("nationalities", COUNTRIES, "ISO 3166-1 alpha-2 codes, e.g. SY, BE"),
    AnswerField("turkish_family_member", CHOICE, "family member of someone with Turkish nationality", TURKISH_FAMILY),
    AnswerField("obliged", TRI, "had an inburgeringsplicht at all"),
    AnswerField("obligation_start", PARTIAL_DATE, "the day the inburgeringsplicht began", past=True),
    AnswerField("term_start", PARTIAL_DATE, "the day the inburgeringstermijn began", past=True),
    AnswerField("diploma", TRI, "has the inburgeringsdiploma"),
    AnswerField(
        "exam_parts",
        EXAM_PART_MAP,
        "per exam part: passed, attempts in the inburgeringsexamen and in the Staatsexamen Nt2",
        maximum=P.MAX_ATTEMPTS,
    ),
    AnswerField("participation_statement_done", TRI, "participatieverklaringstraject finished"),
    AnswerField("hours_inburgering", WHOLE, "hours of inburgeringscursus", maximum=P.MAX_HOURS),
    AnswerField("hours_nt2", WHOLE, "hours of Nt2 course", maximum=P.MAX_HOURS),
    AnswerField("hours_alfa", WHOLE, "hours of alfabetiseringscursus", maximum=P.MAX_HOURS),
    AnswerField("hours_education", WHOLE, "other hours of course or education", maximum=P.MAX_HOURS),
    AnswerField("school_listed_at_start", TRI, "the school was on zoekinburgerschool.nl when the course began"),
    AnswerField("school_listed_now", TRI, "the school is on zoekinburgerschool.nl now"),
    AnswerField("school_closed", TRI, "the school no longer exists"),
    AnswerField("difficult_situation", TRI, "a very difficult situation keeps the person from meeting all conditions"),
    AnswerField("years_lived_in_nl", NUMBER, "years lived in the Netherlands", maximum=P.MAX_YEARS),
    AnswerField(
        "years_worked_in_nl", NUMBER, "years worked in the Netherlands, volunteer work included", maximum=P.MAX_YEARS
    ),
    AnswerField("dutch_good", TRI, "speaks Dutch well (self-assessed)"),
    AnswerField(
        "school_age_years_in_nl",
        NUMBER,
        "years lived in the Netherlands, registered in the BRP, between age 5 and 16",
        maximum=P.MAX_SCHOOL_AGE_YEARS,
    ),
    AnswerField("documents", DOCUMENT_LIST, "diplomas, certificates, letters and decisions held", DOCUMENTS),
    AnswerField(
        "medical_documents",
        MEDICAL_DOCUMENT_LIST,
        "medical letters or advices held, each with its date (which may be partial)",
        MEDICAL_DOCUMENTS,
        past=True,
    ),
    AnswerField(
        "medical_condition",
        TRI,
        "permanently unable to take the exam through a psychological or "
        "physical disability or an intellectual disability",
    ),
    AnswerField("duo_advice_agi", TRI, "holds a positive DUO advice 'aantoonbaar geleverde inspanningen'"),
    AnswerField("duo_advice_integrated", TRI, "holds a positive DUO advice 'aantoonbaar voldoende ingeburgerd'"),
    AnswerField("roc_advice_date", PARTIAL_DATE, "date of an ROC (haalbaarheidsonderzoek) advice", past=True),
    AnswerField("special_circumstances", TRI, "special individual circumstances make the exam impossible"),
    AnswerField("permit_type", CHOICE, "the permit applied for (optional)", PERMIT_TYPES),
    AnswerField("application_date", DATE, "when the IND application will be sent (default: today)"),
)
BY_NAME = {f.name: f for f in ANSWER_FIELDS}
PARTIAL_DATE_FIELDS = tuple(f.name for f in ANSWER_FIELDS if f.partial) + ("medical_documents[].date",)


@dataclass(frozen=True)
class Answers:
    today: date
    goal: str | None = None
    birth_date: DateSpan | None = None
    nationalities: tuple[str, ...] | None = None
    turkish_family_member: str | None = None  # "yes", "unregistered_partner", "no"; None unknown
    obliged: bool | None = None
    obligation_start: DateSpan | None = None
    term_start: DateSpan | None = None
    diploma: bool | None = None
    exam_parts: dict[str, ExamPart] | None = None  # part -> ExamPart; parts not reported are absent
    participation_statement_done: bool | None = None
    hours_inburgering: int | None = None
    hours_nt2: int | None = None
    hours_alfa: int | None = None
    hours_education: int | None = None
    school_listed_at_start: bool | None = None
    school_listed_now: bool | None = None
    school_closed: bool | None = None
    difficult_situation: bool | None = None
    years_lived_in_nl: float | None = None
    years_worked_in_nl: float | None = None
    dutch_good: bool | None = None
    school_age_years_in_nl: float | None = None
    documents: tuple[str, ...] | None = None
    medical_documents: tuple[MedicalDocument, ...] | None = None
    medical_condition: bool | None = None
    duo_advice_agi: bool | None = None
    duo_advice_integrated: bool | None = None
    roc_advice_date: DateSpan | None = None
    special_circumstances: bool | None = None
    permit_type: str | None = None
    application_date: date | None = None
    given: frozenset[str] = field(default=frozenset())  # the field names that were answered

    @property
    def on(self) -> date:
        """The day of the IND application: `application_date`, or today."""
        return self.application_date or self.today


# The answer fields, in the contract's order (today first).
FIELDS = tuple(f.name for f in ANSWER_FIELDS)
assert tuple(f.name for f in fields(Answers) if f.name != "given") == FIELDS

# ISO dates with ASCII digits only (a bare \d would also match Arabic-Indic digits).
_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_PARTIAL_RE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")


def _in_range(name: str, first: date, last: date) -> None:
    if first < P.EARLIEST_DATE or last > P.LATEST_DATE:
        raise AnswerError(
            name,
            f"must be between {P.EARLIEST_DATE} and {P.LATEST_DATE}",
            "date_out_of_range",
            first=P.EARLIEST_DATE,
            last=P.LATEST_DATE,
        )


def _date(name: str, value: object, *, not_after: date | None = None) -> date:
    if not isinstance(value, str) or not _DATE_RE.match(value):
        raise AnswerError(name, "must be a date written as YYYY-MM-DD", "not_a_date")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise AnswerError(name, f"{value} is not a date that exists", "no_such_date") from None
    _in_range(name, day, day)
    if not_after is not None and day > not_after:
        raise AnswerError(name, f"is in the future ({value} is after {not_after.isoformat()})", "date_in_future")
    return day


def _partial_date(name: str, value: object, *, not_after: date) -> DateSpan:
    """ "YYYY-MM-DD", "YYYY-MM" or "YYYY": every day it could be, up to `not_after` (today)."""
    if not isinstance(value, str) or not _PARTIAL_RE.match(value):
        raise AnswerError(
            name,
            "must be a date written as YYYY-MM-DD, or YYYY-MM when the day is not known, "
            "or YYYY when only the year is known",
            "not_a_date",
        )
    try:
        span = DateSpan.parse(value)
    except ValueError:
        what = "date" if len(value) == 10 else "month"
        raise AnswerError(name, f"{value} is not a {what} that exists", "no_such_date") from None
    _in_range(name, span.first, span.last)
    if span.first > not_after:
        raise AnswerError(name, f"is in the future ({value} is after {not_after.isoformat()})", "date_in_future")
    return span.up_to(not_after)


def _choice(name: str, value: object, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise AnswerError(name, "must be one of: " + ", ".join(allowed), "not_a_choice")
    return value


def _tri(name: str, value: object) -> bool | None:
    return {"yes": True, "no": False, "unknown": None}[_choice(name, value, TRI_STATE)]


def _number(name: str, value: object, *, whole: bool, maximum: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise AnswerError(name, "must be a number", "not_a_number")
    if value != value or value in (float("inf"), float("-inf")):
        raise AnswerError(name, "must be a number", "not_a_number")
    if value < 0:
        raise AnswerError(name, "cannot be negative", "negative")
    if value > maximum:
        raise AnswerError(name, f"is too large (at most {maximum})", "too_large", maximum=maximum)
    if whole:
        if isinstance(value, float) and not value.is_integer():
            raise AnswerError(name, "must be a whole number", "not_whole")
        return int(value)
    return value


def _whole(name: str, value: object, *, maximum: float) -> int:
    return int(_number(name, value, whole=True, maximum=maximum))


def _list(name: str, value: object) -> list[object]:
    if not isinstance(value, list):
        raise AnswerError(name, "must be a list", "not_a_list")
    if len(value) > 50:
        raise AnswerError(name, "has too many items", "too_many_items")
    return value


def _object(
    name: str, value: object, allowed_keys: tuple[str, ...], required: tuple[str, ...] = ()
) -> dict[str, object]:
    if not isinstance(value, dict):
        raise AnswerError(name, "must be an object", "not_an_object")
    for key in value:
        if key not in allowed_keys:
            raise AnswerError(f"{name}.{key}", "is not a known field", "unknown_field")
    for key in required:
        if value.get(key) is None:
            raise AnswerError(f"{name}.{key}", "is required", "required")
    return value


def _nationalities(name: str, value: object) -> tuple[str, ...]:
    codes = []
    for i, code in enumerate(_list(name, value)):
        if not isinstance(code, str) or code.upper() not in country_codes():
            raise AnswerError(
                f"{name}[{i}]", "must be a two-letter country code (ISO 3166-1), such as SY or BE", "not_a_country"
            )
        codes.append(code.upper())
    return tuple(codes)


def _exam_parts(name: str, value: object) -> dict[str, ExamPart]:
    parts = {}
    for part, raw in _object(name, value, EXAM_PARTS).items():
        if raw is None:
            continue
        where = f"{name}.{part}"
        raw = _object(where, raw, ("passed", "attempts_inburgering", "attempts_nt2"), required=("passed",))
        # There is no Staatsexamen Nt2 for knm and ona: an attempt there is refused; 0 is harmless.
        if part not in LANGUAGE_PARTS and raw.get("attempts_nt2") not in (None, 0):
            raise AnswerError(
                f"{where}.attempts_nt2", "there is no Staatsexamen Nt2 for this part", "no_nt2_exam_for_part"
            )
        if not isinstance(raw["passed"], bool):
            raise AnswerError(f"{where}.passed", "must be true or false", "not_true_or_false")
        attempts: dict[str, int] = {}
        for key in ("attempts_inburgering", "attempts_nt2"):
            if raw.get(key) is not None:
                attempts[key] = _whole(f"{where}.{key}", raw[key], maximum=P.MAX_ATTEMPTS)
        parts[part] = ExamPart(raw["passed"], **attempts)
    return parts


def _documents(name: str, value: object) -> tuple[str, ...]:
    ids = []
    for i, doc in enumerate(_list(name, value)):
        if not isinstance(doc, str) or doc not in DOCUMENTS:
            raise AnswerError(f"{name}[{i}]", "is not a known document id", "unknown_document")
        ids.append(doc)
    return tuple(ids)


def _medical_documents(name: str, value: object, today: date) -> tuple[MedicalDocument, ...]:
    docs = []
    for i, raw in enumerate(_list(name, value)):
        where = f"{name}[{i}]"
        raw = _object(where, raw, ("id", "date"), required=("id",))
        if not isinstance(raw["id"], str) or raw["id"] not in MEDICAL_DOCUMENTS:
            raise AnswerError(f"{where}.id", "is not a known medical document id", "unknown_document")
        day = raw.get("date")
        docs.append(
            MedicalDocument(raw["id"], None if day is None else _partial_date(f"{where}.date", day, not_after=today))
        )
    return tuple(docs)


def _convert(spec: AnswerField, value: object, today: date) -> object:
    """One answer, checked by its kind and limits (ANSWER_FIELDS)."""
    name, kind = spec.name, spec.kind
    if kind == TRI:
        return _tri(name, value)
    if kind == CHOICE:
        chosen = _choice(name, value, spec.choices)
        return None if chosen == "unknown" else chosen
    if kind == DATE:
        return _date(name, value, not_after=today if spec.past else None)
    if kind == PARTIAL_DATE:
        return _partial_date(name, value, not_after=today)
    if kind in (WHOLE, NUMBER):
        assert spec.maximum is not None, name  # every number has its limit (ANSWER_FIELDS)
        return _number(name, value, whole=kind == WHOLE, maximum=spec.maximum)
    if kind == COUNTRIES:
        return _nationalities(name, value)
    if kind == DOCUMENT_LIST:
        return _documents(name, value)
    if kind == MEDICAL_DOCUMENT_LIST:
        return _medical_documents(name, value, today)
    if kind == EXAM_PART_MAP:
        return _exam_parts(name, value)
    raise AssertionError(kind)


def _surely_before_birth(later: date | DateSpan, birth: DateSpan) -> bool:
    """A date that lies before every day the birth date could be (only what is surely wrong is refused)."""
    last = later.last if isinstance(later, DateSpan) else later
    return last < birth.first


def parse(raw: object, today: date | None = None) -> Answers:
    """Check every answer; return an Answers value. `raw["today"]` wins over the `today` argument."""
    if not isinstance(raw, dict):
        raise AnswerError("answers", "must be a JSON object", "not_an_object")
    for key in raw:
        if key not in BY_NAME:
            raise AnswerError(key, "is not a known field", "unknown_field")
    given = {k for k, v in raw.items() if v is not None}
    if "today" in given:
        today = _date("today", raw["today"])
    if isinstance(today, datetime):
        today = today.date()  # a moment is a day here: the rules count days
    today = today or date.today()

    values: dict[str, Any] = {"today": today}
    for spec in ANSWER_FIELDS[1:]:
        if spec.name in given:
            values[spec.name] = _convert(spec, raw[spec.name], today)
    birth = values.get("birth_date")
    if birth is not None:
        for later in ("application_date", "term_start", "obligation_start"):
            if values.get(later) is not None and _surely_before_birth(values[later], birth):
                raise AnswerError(later, "is before the birth date", "before_birth_date")
    return Answers(given=frozenset(given - {"today"}), **values)
