"""Which answer fields a rule reads, noted while it runs: the one speed measure of relevance.py.

The rules are pure functions of the answers: a rule family (engine.FAMILIES) that did not read a
field runs the same way whatever that field holds, so relevance.py need not run it again when only
that field changes. Without this, working out which questions matter for one set of answers takes
about four times as long (measured on the walks' answers of tests/wizard/scenarios.py: 3.5-5.8 ms
a call with it, 10.7-16.0 ms without, in the same runs). tests/decision/test_reading.py fails when
a field a rule reads goes unnoticed.

A `Reading` stands in for the answers: it has no attributes of its own but `read`, so Python calls
`__getattr__` for every answer field and every property of `Answers` (run with the `Reading` as
`self`, so that the fields a property reads are noted too).
"""

from __future__ import annotations

from typing import cast

from .answers import Answers
from .engine import Family
from .logic import Route


class Reading:
    """The answers `a`, noting the name of every field read through them in `read`."""

    def __init__(self, a: Answers) -> None:
        self._answers = a
        self.read: set[str] = set()

    def __getattr__(self, name: str) -> object:
        attribute = getattr(Answers, name, None)
        if isinstance(attribute, property) and attribute.fget is not None:
            return attribute.fget(self)
        self.read.add(name)
        return getattr(self._answers, name)


def run_reading(family: Family, a: Answers) -> tuple[list[Route], frozenset[str]]:
    """The routes of `family` for `a`, and the names of the answer fields it read."""
    reading = Reading(a)
    # A Reading answers every attribute an Answers has, with the same value.
    routes = family(cast(Answers, reading))
    return routes, frozenset(reading.read)
