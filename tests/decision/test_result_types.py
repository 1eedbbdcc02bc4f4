"""The statuses are string enums that read and serialise as their plain strings, and every key of a
result is declared in the typed dicts of result_types.py."""

import json
from typing import get_type_hints

from hypothesis import given

from tests.decision.test_properties import SETTINGS, answers
from wizard.decision import evaluate, logic
from wizard.decision.result_types import ConditionResult, Note, PartReport, Result, RouteResult
from wizard.decision.statuses import ConditionKind, ConditionStatus, RouteStatus


def test_statuses_serialise_as_their_plain_strings():
    assert json.dumps([logic.MET, logic.UNMET, logic.UNKNOWN]) == '["met", "unmet", "unknown"]'
    assert json.dumps({logic.ELIGIBLE: logic.NOT_YET}) == '{"eligible": "not_yet"}'
    assert json.dumps(logic.SCOPE) == '"scope"'
    assert logic.STATUS_ORDER == ("eligible", "not_yet", "needs_info", "not_eligible", "not_applicable")
    assert {"met": 1}[logic.MET] == 1 and f"{logic.NEEDS_INFO}" == "needs_info" and str(logic.WAIT) == "wait"


def test_the_module_names_are_the_enum_members():
    assert logic.MET is ConditionStatus.MET and logic.NOT_APPLICABLE is RouteStatus.NOT_APPLICABLE
    assert logic.NORMAL is ConditionKind.NORMAL
    assert set(logic.STATUS_ORDER) == set(RouteStatus)


def _keys(typed_dict) -> set:
    return set(get_type_hints(typed_dict))


@SETTINGS
@given(answers())
def test_every_key_of_a_result_is_declared(a):
    result = evaluate(a)
    assert set(result) == _keys(Result)
    for route in result["routes"]:
        assert set(route) == _keys(RouteResult), route["id"]
        assert isinstance(route["status"], RouteStatus)
        for condition in route["conditions"]:
            assert set(condition) <= _keys(ConditionResult), (route["id"], condition)
            assert isinstance(condition["status"], ConditionStatus)
            for part in condition.get("parts", []):
                assert set(part) <= _keys(PartReport)
        for note in route["notes"]:
            assert set(note) <= _keys(Note), (route["id"], note)
