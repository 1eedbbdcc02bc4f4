"""The statuses a result can hold, as string enums: each member is its string ("met" == MET), and
json.dumps writes it as that plain string, so the result reads the same to every caller."""

from __future__ import annotations

from enum import StrEnum


class ConditionStatus(StrEnum):
    """A three-valued condition: unknown never counts as "no"."""

    MET = "met"
    UNMET = "unmet"
    UNKNOWN = "unknown"


class ConditionKind(StrEnum):
    """A scope condition says whether the route is for this person at all; a wait condition is only
    a matter of time."""

    SCOPE = "scope"
    WAIT = "wait"
    NORMAL = "normal"


class RouteStatus(StrEnum):
    """In the order a result lists them (docs/rules.md, "Status precedence")."""

    ELIGIBLE = "eligible"
    NOT_YET = "not_yet"
    NEEDS_INFO = "needs_info"
    NOT_ELIGIBLE = "not_eligible"
    NOT_APPLICABLE = "not_applicable"
