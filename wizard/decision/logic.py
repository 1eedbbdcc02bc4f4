"""Three-valued conditions and how a route's status follows from them.

A condition is met, unmet or unknown. Unknown never counts as "no". The status of a route
follows the precedence fixed in docs/rules.md, "Status precedence".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Unpack

from . import sources
from .result_types import ConditionDetails, ConditionResult, Cost, Note, NoteParams, RouteResult
from .statuses import ConditionKind, ConditionStatus, RouteStatus
from .vocabulary import CONDITION_IDS, NOTE_IDS, SCOPE_NOTE_IDS

_CONDITIONS, _NOTES = frozenset(CONDITION_IDS), frozenset(NOTE_IDS)

MET, UNMET, UNKNOWN = ConditionStatus.MET, ConditionStatus.UNMET, ConditionStatus.UNKNOWN

ELIGIBLE = RouteStatus.ELIGIBLE
NOT_YET = RouteStatus.NOT_YET
NEEDS_INFO = RouteStatus.NEEDS_INFO
NOT_ELIGIBLE = RouteStatus.NOT_ELIGIBLE
NOT_APPLICABLE = RouteStatus.NOT_APPLICABLE
STATUS_ORDER = tuple(RouteStatus)

# Kinds of condition: a scope condition says whether the route is for this person at all;
# a wait condition is only a matter of time.
SCOPE, WAIT, NORMAL = ConditionKind.SCOPE, ConditionKind.WAIT, ConditionKind.NORMAL


def tri(value: bool | None) -> ConditionStatus:
    """True/False/None -> met/unmet/unknown."""
    return UNKNOWN if value is None else (MET if value else UNMET)


def any_of(*statuses: ConditionStatus) -> ConditionStatus:
    """Three-valued OR."""
    if MET in statuses:
        return MET
    return UNKNOWN if UNKNOWN in statuses else UNMET


@dataclass
class Condition:
    id: str
    status: ConditionStatus
    source: str
    phrase: str
    kind: ConditionKind = NORMAL
    asks: tuple[str, ...] = ()  # the answers that decide the condition when it is unknown
    have: float | None = None
    need: float | None = None
    eligible_from: date | None = None
    details: ConditionDetails = field(default_factory=lambda: ConditionDetails())

    def __post_init__(self) -> None:
        if self.id not in _CONDITIONS:
            raise ValueError(f"condition id {self.id!r} is not in vocabulary.CONDITION_IDS")

    def as_dict(self) -> ConditionResult:
        out: ConditionResult = {
            "id": self.id,
            "status": self.status,
            "source": self.source,
            "source_title": sources.TITLES[self.source],
            "phrase": self.phrase,
        }
        if self.kind != NORMAL:
            out["kind"] = self.kind
        if self.have is not None or self.need is not None:
            out["have"], out["need"] = self.have, self.need
        if self.eligible_from is not None:
            out["eligible_from"] = self.eligible_from.isoformat()
        # An unknown condition names the answers that decide it; a waiting time that a partial date
        # leaves open names the answer that could bring it forward (docs/rules.md, "Partial dates").
        if self.asks and (self.status == UNKNOWN or (self.kind == WAIT and self.status == UNMET)):
            out["asks"] = list(self.asks)
        return {**out, **self.details}


def route_status(conditions: list[Condition]) -> RouteStatus:
    """not_applicable > not_eligible > needs_info > not_yet > eligible (docs/rules.md, "Status precedence")."""
    if any(c.kind == SCOPE and c.status == UNMET for c in conditions):
        return NOT_APPLICABLE
    if any(c.kind != WAIT and c.status == UNMET for c in conditions):
        return NOT_ELIGIBLE
    if any(c.status == UNKNOWN for c in conditions):
        return NEEDS_INFO
    if any(c.kind == WAIT and c.status == UNMET for c in conditions):
        return NOT_YET
    return ELIGIBLE


@dataclass
class Route:
    id: str
    source: str
    conditions: list[Condition]
    forms: list[str]
    send_to: str
    costs: list[Cost] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    answer_weeks: int | None = None
    status: RouteStatus | None = None  # set by decide()
    eligible_from: date | None = None

    def decide(self) -> Route:
        if self.status is None:
            self.status = route_status(self.conditions)
        if self.status == NOT_APPLICABLE:
            # Not for this person: only the notes that say why (how to send or pay is no help).
            self.notes = [n for n in self.notes if n["id"] in SCOPE_NOTE_IDS]
        if self.status == NOT_YET:
            waits = [c.eligible_from for c in self.conditions if c.kind == WAIT and c.eligible_from]
            self.eligible_from = max(waits) if waits else None
        return self

    @property
    def decided(self) -> RouteStatus:
        """The status of a route that decide() has seen."""
        if self.status is None:
            raise ValueError(f"route {self.id} is not decided yet")
        return self.status

    def condition(self, cid: str) -> Condition | None:
        return next((c for c in self.conditions if c.id == cid), None)

    def as_dict(self) -> RouteResult:
        return {
            "id": self.id,
            "status": self.decided,
            "eligible_from": self.eligible_from.isoformat() if self.eligible_from else None,
            "source": self.source,
            "source_title": sources.TITLES[self.source],
            "conditions": [c.as_dict() for c in self.conditions],
            "forms": list(self.forms),
            "send_to": self.send_to,
            "costs": list(self.costs),
            "answer_weeks": self.answer_weeks,
            "notes": list(self.notes),
        }


def note(note_id: str, **params: Unpack[NoteParams]) -> Note:
    if note_id not in _NOTES:
        raise ValueError(f"note id {note_id!r} is not in vocabulary.NOTE_IDS")
    return {"id": note_id, **params}
