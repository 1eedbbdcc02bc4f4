"""The shape of a result (docs/decision-contract.md), as typed dicts: what `evaluate` returns and
every entry point reads."""

from __future__ import annotations

from typing import Required, TypedDict

from .statuses import ConditionKind, ConditionStatus, RouteStatus


class NoteParams(TypedDict, total=False):
    """The figures a note may carry, by note (vocabulary.NOTE_IDS)."""

    obligation_start: str  # term_start_assumed
    earliest: str  # eligible_from_may_be_earlier
    term_start: str
    total: int  # ask_duo_combine_hours
    since: str  # online_lessons_do_not_count
    duo: int  # attempts_three_versus_four
    ind: int
    phone: str  # duo_medical_examination
    documents: list[str]
    held: list[str]  # letter_for_your_period
    fits: str | None
    document: str  # medical_advice_too_old
    valid_until: str | None
    on: str


class Note(NoteParams, total=False):
    id: Required[str]


class Cost(TypedDict):
    id: str
    eur: int


class PartReport(TypedDict, total=False):
    """One exam part in the details of `exam_attempts`."""

    part: Required[str]
    status: Required[ConditionStatus]
    passed: bool
    counts: bool
    have: int
    need: int


class ConditionDetails(TypedDict, total=False):
    """What a condition adds to say how far the person is (by condition)."""

    term_start: str  # term_elapsed
    earliest: str
    way: str  # hours (course)
    hours_missing: float
    hours_together: float
    hours_together_need: float
    inburgering_hours_for_alfa: float
    hours_alfa: float  # hours (alfa)
    hours_alfa_need: float
    parts: list[PartReport]  # exam_attempts
    age: int  # under_18_or_aow_age
    age_min: int
    age_max: int
    on: str
    adult_from: str
    aow_from: str
    documents: list[str]  # exempting_document, medical_document
    valid_until: str  # roc_advice_valid


class ConditionResult(ConditionDetails, total=False):
    id: Required[str]
    status: Required[ConditionStatus]
    source: Required[str]
    source_title: Required[str]
    phrase: Required[str]
    kind: ConditionKind
    have: float | None
    need: float | None
    eligible_from: str
    asks: list[str]


class RouteResult(TypedDict):
    id: str
    status: RouteStatus
    eligible_from: str | None
    source: str
    source_title: str
    conditions: list[ConditionResult]
    forms: list[str]
    send_to: str
    costs: list[Cost]
    answer_weeks: int | None
    notes: list[Note]


class Result(TypedDict):
    rules_version: str
    today: str
    goal: str | None
    routes: list[RouteResult]
    advice: list[str]
