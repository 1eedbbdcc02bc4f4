"""The OpenAPI description of POST /api/v1/evaluate, derived from the decision service's own table
of answer fields (answers.ANSWER_FIELDS): nothing about an answer is written here a second time."""

from typing import Any

from .decision import answers as A
from .decision.envelope import ENVELOPE_KEYS
from .decision.logic import STATUS_ORDER
from .decision.parameters import EARLIEST_DATE, LATEST_DATE
from .decision.vocabulary import ADVICE_IDS

assert (EARLIEST_DATE.isoformat(), LATEST_DATE.isoformat()) == ("1900-01-01", "2100-12-31")  # the patterns below
YEAR = r"(19[0-9][0-9]|20[0-9][0-9]|2100)"
DATE = {
    "type": "string",
    "format": "date",
    "pattern": rf"^{YEAR}-[0-9]{{2}}-[0-9]{{2}}$",
    "description": "A date that exists, 1900-01-01 to 2100-12-31 (ASCII digits).",
}
PARTIAL_DATE = {
    "anyOf": [
        DATE,
        {
            "type": "string",
            "pattern": rf"^{YEAR}-(0[1-9]|1[0-2])$",
            "description": "YYYY-MM: the month is known, not the day",
        },
        {"type": "string", "pattern": rf"^{YEAR}$", "description": "YYYY: only the year is known"},
    ],
    "description": "A date that may be partial: YYYY-MM-DD, YYYY-MM or YYYY. A partial date stands for every "
    "day it could be up to `today`; a condition on it is decided only when every such day "
    "decides it the same way, and it is echoed as it was given.",
}
TRI = {"type": "string", "enum": list(A.TRI_STATE)}


def nullable(schema):
    """null means "not answered", the same as leaving the field out."""
    return {"anyOf": [schema, {"type": "null"}]}


def _exam_part(language, maximum):
    attempts = {"type": "integer", "minimum": 0, "maximum": maximum}
    props = {"passed": {"type": "boolean"}, "attempts_inburgering": nullable(attempts)}
    props["attempts_nt2"] = nullable(attempts if language else {"type": "integer", "enum": [0]})
    return {"type": "object", "required": ["passed"], "additionalProperties": False, "properties": props}


def field_schema(spec: A.AnswerField) -> dict:
    """The JSON Schema of one answer field, from its kind and limits."""
    kind = spec.kind
    schema: dict[str, Any]
    if kind == A.DATE:
        schema = dict(DATE)
    elif kind == A.PARTIAL_DATE:
        schema = dict(PARTIAL_DATE)
    elif kind == A.TRI:
        schema = dict(TRI)
    elif kind == A.CHOICE:
        schema = {"type": "string", "enum": list(spec.choices)}
    elif kind in (A.WHOLE, A.NUMBER):
        schema = {"type": "integer" if kind == A.WHOLE else "number", "minimum": 0, "maximum": spec.maximum}
    elif kind == A.COUNTRIES:
        codes = sorted(A.country_codes())
        schema = {
            "type": "array",
            "maxItems": 50,
            "items": {"type": "string", "enum": codes + [c.lower() for c in codes]},
        }  # upper or lower case
    elif kind == A.DOCUMENT_LIST:
        schema = {"type": "array", "maxItems": 50, "items": {"type": "string", "enum": list(spec.choices)}}
    elif kind == A.MEDICAL_DOCUMENT_LIST:
        schema = {
            "type": "array",
            "maxItems": 50,
            "items": {
                "type": "object",
                "required": ["id"],
                "additionalProperties": False,
                "properties": {"id": {"type": "string", "enum": list(spec.choices)}, "date": nullable(PARTIAL_DATE)},
            },
        }
    elif kind == A.EXAM_PART_MAP:
        schema = {
            "type": "object",
            "additionalProperties": False,
            "properties": {p: nullable(_exam_part(p in A.LANGUAGE_PARTS, spec.maximum)) for p in A.EXAM_PARTS},
        }
    else:
        raise AssertionError(kind)
    schema["description"] = spec.meaning + (schema.get("description") and " " + schema["description"] or "")
    return nullable(schema)


ANSWERS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {spec.name: field_schema(spec) for spec in A.ANSWER_FIELDS},
}

# The shared example files wrap the answers: {"answers": {...}, "expect": ..., ...}; the API accepts that too.
ENVELOPE = {
    "type": "object",
    "required": ["answers"],
    "additionalProperties": False,
    "properties": {
        key: ({"$ref": "#/components/schemas/Answers"} if key == "answers" else {}) for key in sorted(ENVELOPE_KEYS)
    },
}

ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["field", "message"],
            "properties": {
                "field": {"type": ["string", "null"]},
                "message": {"type": "string"},
                "code": {
                    "type": "string",
                    "enum": list(A.ERROR_CODES),
                    "description": "The kind of problem; stable, unlike the message.",
                },
            },
        }
    },
}

RESULT = {
    "type": "object",
    "required": ["rules_version", "today", "goal", "routes", "advice"],
    "properties": {
        "rules_version": {"type": "string"},
        "today": {"type": "string", "format": "date"},
        "goal": {"type": ["string", "null"]},
        "routes": {
            "type": "array",
            "items": {
                "type": "object",
                "required": [
                    "id",
                    "status",
                    "eligible_from",
                    "source",
                    "conditions",
                    "forms",
                    "send_to",
                    "costs",
                    "notes",
                ],
                "properties": {
                    "id": {"type": "string"},
                    "status": {"type": "string", "enum": list(STATUS_ORDER)},
                    "eligible_from": {"type": ["string", "null"], "format": "date"},
                    "source": {"type": "string"},
                    "conditions": {"type": "array", "items": {"type": "object"}},
                    "forms": {"type": "array", "items": {"type": "string"}},
                    "send_to": {"type": "string", "enum": ["duo", "szw", "ind"]},
                    "costs": {"type": "array", "items": {"type": "object"}},
                    "notes": {"type": "array", "items": {"type": "object"}},
                },
            },
        },
        "advice": {"type": "array", "items": {"type": "string", "enum": list(ADVICE_IDS)}},
    },
}

DATE_RULES = (
    "Besides the schema, dates are checked against each other: birth_date, obligation_start, term_start, "
    "roc_advice_date and a medical document's date cannot be after `today` (the request's own `today`, "
    "or the server's date; a partial date only when all of it lies after `today`); application_date, "
    "obligation_start and term_start cannot be before birth_date (only when surely before: every day they "
    "could be lies before every day the birth date could be). Such answers get 400 with the field and the "
    "reason. Partial dates (YYYY-MM or YYYY) are accepted for: " + ", ".join(A.PARTIAL_DATE_FIELDS) + "."
)


# --- GET /api/v1/rules: every rule, as the page "How this check decides" shows it (issue 21) ---
def _obj(**properties):
    """An object with these properties, all required."""
    return {"type": "object", "required": list(properties), "properties": properties}


def _list(items):
    return {"type": "array", "items": items}


_STRING = {"type": "string"}
_RULE_CONDITION = {
    **_obj(
        id=_STRING,
        kind={"type": "string", "enum": ["scope", "wait", "normal"]},
        source=_STRING,
        source_title=_STRING,
        phrase={"type": "string", "description": "The official Dutch phrase the condition rests on."},
        text={"type": "string", "description": "The condition in plain English; empty where only the phrase says it."},
        asks={**_list(_STRING), "description": "The answers (POST /api/v1/evaluate) that decide it."},
        figures={**_list(_STRING), "description": "Names of the figures (`figures[].name`) it rests on."},
    )
}
_RULE_CONDITION["properties"]["need"] = {"type": ["number", "null"]}  # only where a figure is compared
_RULE_ROUTE = _obj(
    id=_STRING,
    title=_STRING,
    source=_STRING,
    source_title=_STRING,
    site={"type": ["string", "null"]},
    send_to={"type": "string", "enum": ["duo", "szw", "ind"]},
    forms=_list(_STRING),
    conditions=_list(_RULE_CONDITION),
    variants={
        **_list(_obj(answer=_STRING, value=_STRING, conditions=_list(_RULE_CONDITION))),
        "description": "The conditions instead when this answer has this value.",
    },
)
RULES = _obj(
    rules_version=_STRING,
    goals=_list(
        _obj(
            id={"type": "string", "enum": list(A.GOALS)},
            title=_STRING,
            advice=_list({"type": "string", "enum": list(ADVICE_IDS)}),
            routes=_list(_RULE_ROUTE),
        )
    ),
    figures=_list(
        _obj(
            name=_STRING,
            value={},
            unit=_STRING,
            description=_STRING,
            reference=_STRING,
            checked={"type": "string", "format": "date"},
            references=_list(_obj(text=_STRING, at=_STRING, site={"type": ["string", "null"]})),
        )
    ),
    disagreements=_list(_obj(note=_STRING, text=_STRING, routes=_list(_STRING), figures=_list(_STRING))),
    questions=_list(
        _obj(
            goal={"type": "string", "enum": list(A.GOALS)},
            steps=_list(
                _obj(
                    step=_STRING,
                    answers=_list(_STRING),
                    question=_STRING,
                    follows={"type": ["string", "null"]},
                    ends_with={
                        **_list(_obj(answer=_STRING, value=_STRING)),
                        "description": "Answers that end the check when given right after the goal.",
                    },
                )
            ),
        )
    ),
)
RULES_PATH = {
    "get": {
        "operationId": "rules",
        "summary": "Every rule the check applies",
        "description": "Each goal's routes with their conditions (plain English and the official Dutch phrase), "
        "the figures with their reference and the day they were checked, where the sources "
        "disagree, and the order of the questions. Made from the decision service itself.",
        "responses": {
            "200": {
                "description": "The rules",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Rules"}}},
            }
        },
    }
}

SPEC = {
    "openapi": "3.1.0",
    "info": {
        "title": "Inburgering Check decision service",
        "version": "1.0.0",
        "description": "Whether a person can be exempted from the Dutch civic-integration exam, "
        "route by route. Not an official decision: DUO, SZW or the IND decides.",
    },
    "paths": {
        "/api/v1/evaluate": {
            "post": {
                "operationId": "evaluate",
                "summary": "Evaluate answers",
                "description": DATE_RULES,
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "anyOf": [
                                    {"$ref": "#/components/schemas/Answers"},
                                    {"$ref": "#/components/schemas/Envelope"},
                                ]
                            }
                        }
                    },
                },
                "responses": {
                    "200": {"description": "The result", "content": {"application/json": {"schema": RESULT}}},
                    "400": {
                        "description": "Bad input: answers refused, a body that is not JSON, or one over 64 KB",
                        "content": {"application/json": {"schema": ERROR}},
                    },
                    "429": {"description": "Too many requests", "content": {"application/json": {"schema": ERROR}}},
                },
            }
        },
        "/api/v1/rules": RULES_PATH,
    },
    "components": {"schemas": {"Answers": ANSWERS, "Envelope": ENVELOPE, "Rules": RULES}},
}
