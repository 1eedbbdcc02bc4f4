"""The OpenAPI description of POST /api/v1/evaluate, built from the decision service's own lists."""
from .decision import answers as A
from .decision.advice import ADVICE_IDS
from .decision.logic import STATUS_ORDER
from .decision.envelope import ENVELOPE_KEYS
from .decision.parameters import EARLIEST_DATE, LATEST_DATE, MAX_ATTEMPTS, MAX_HOURS, MAX_SCHOOL_AGE_YEARS, MAX_YEARS

assert (EARLIEST_DATE.isoformat(), LATEST_DATE.isoformat()) == ("1900-01-01", "2100-12-31")  # the pattern below
DATE = {"type": "string", "format": "date", "pattern": r"^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$",
        "description": "A date that exists, 1900-01-01 to 2100-12-31."}
TRI = {"type": "string", "enum": list(A.TRI_STATE)}
ATTEMPTS = {"type": "integer", "minimum": 0, "maximum": MAX_ATTEMPTS}


def nullable(schema):
    """null means "not answered", the same as leaving the field out."""
    return {"anyOf": [schema, {"type": "null"}]}


def _hours():
    return {"type": "integer", "minimum": 0, "maximum": MAX_HOURS}


def _years(maximum=MAX_YEARS):
    return {"type": "number", "minimum": 0, "maximum": maximum}


def _exam_part(language):
    props = {"passed": {"type": "boolean"}, "attempts_inburgering": nullable(ATTEMPTS)}
    props["attempts_nt2"] = nullable(ATTEMPTS if language else {"type": "integer", "enum": [0]})
    return {"type": "object", "required": ["passed"], "additionalProperties": False, "properties": props}


ANSWERS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "today": DATE,
        "goal": {"type": "string", "enum": list(A.GOALS)},
        "birth_date": DATE,
        "nationalities": {"type": "array", "maxItems": 50,
                          "items": {"type": "string",  # upper or lower case
                                    "enum": sorted(A.country_codes()) + sorted(c.lower() for c in A.country_codes())}},
        "turkish_family_member": {"type": "string", "enum": list(A.TURKISH_FAMILY)},
        "obliged": TRI,
        "obligation_start": DATE,
        "term_start": DATE,
        "diploma": TRI,
        "exam_parts": {"type": "object", "additionalProperties": False,
                       "properties": {p: nullable(_exam_part(p in A.LANGUAGE_PARTS)) for p in A.EXAM_PARTS}},
        "participation_statement_done": TRI,
        "hours_inburgering": _hours(),
        "hours_nt2": _hours(),
        "hours_alfa": _hours(),
        "hours_education": _hours(),
        "school_listed_at_start": TRI,
        "school_listed_now": TRI,
        "school_closed": TRI,
        "difficult_situation": TRI,
        "years_lived_in_nl": _years(),
        "years_worked_in_nl": _years(),
        "dutch_good": TRI,
        "school_age_years_in_nl": _years(MAX_SCHOOL_AGE_YEARS),
        "documents": {"type": "array", "maxItems": 50, "items": {"type": "string", "enum": list(A.DOCUMENTS)}},
        "medical_documents": {"type": "array", "maxItems": 50, "items": {
            "type": "object", "required": ["id"], "additionalProperties": False,
            "properties": {"id": {"type": "string", "enum": list(A.MEDICAL_DOCUMENTS)}, "date": nullable(DATE)}}},
        "medical_condition": TRI,
        "duo_advice_agi": TRI,
        "duo_advice_integrated": TRI,
        "roc_advice_date": DATE,
        "special_circumstances": TRI,
        "permit_type": {"type": "string", "enum": list(A.PERMIT_TYPES)},
        "application_date": DATE,
    },
}
ANSWERS["properties"] = {name: nullable(schema) for name, schema in ANSWERS["properties"].items()}

# The shared example files wrap the answers: {"answers": {...}, "expect": ..., ...}; the API accepts that too.
ENVELOPE = {
    "type": "object",
    "required": ["answers"],
    "additionalProperties": False,
    "properties": {key: ({"$ref": "#/components/schemas/Answers"} if key == "answers" else {})
                   for key in sorted(ENVELOPE_KEYS)},
}

ERROR = {"type": "object", "required": ["error"], "properties": {"error": {
    "type": "object", "required": ["field", "message"],
    "properties": {"field": {"type": ["string", "null"]}, "message": {"type": "string"},
                   "code": {"type": "string", "enum": list(A.ERROR_CODES),
                            "description": "The kind of problem; stable, unlike the message."}}}}}

RESULT = {
    "type": "object",
    "required": ["rules_version", "today", "goal", "routes", "advice"],
    "properties": {
        "rules_version": {"type": "string"},
        "today": {"type": "string", "format": "date"},
        "goal": {"type": ["string", "null"]},
        "routes": {"type": "array", "items": {
            "type": "object",
            "required": ["id", "status", "eligible_from", "source", "conditions", "forms", "send_to",
                         "costs", "notes"],
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
            }}},
        "advice": {"type": "array", "items": {"type": "string", "enum": list(ADVICE_IDS)}},
    },
}

DATE_RULES = (
    "Besides the schema, dates are checked against each other: birth_date, obligation_start, term_start, "
    "roc_advice_date and a medical document's date cannot be after `today` (the request's own `today`, "
    "or the server's date); application_date, obligation_start and term_start cannot be before birth_date. "
    "Such answers get 400 with the field and the reason."
)

# --- GET /api/v1/rules: every rule, as the page "How this check decides" shows it (issue 21) ---
def _obj(**properties):
    """An object with these properties, all required."""
    return {"type": "object", "required": list(properties), "properties": properties}


def _list(items):
    return {"type": "array", "items": items}


_STRING = {"type": "string"}
_RULE_CONDITION = {**_obj(
    id=_STRING, kind={"type": "string", "enum": ["scope", "wait", "normal"]}, source=_STRING, source_title=_STRING,
    phrase={"type": "string", "description": "The official Dutch phrase the condition rests on."},
    text={"type": "string", "description": "The condition in plain English; empty where only the phrase says it."},
    asks={**_list(_STRING), "description": "The answers (POST /api/v1/evaluate) that decide it."},
    figures={**_list(_STRING), "description": "Names of the figures (`figures[].name`) it rests on."},
)}
_RULE_CONDITION["properties"]["need"] = {"type": ["number", "null"]}  # only where a figure is compared
_RULE_ROUTE = _obj(
    id=_STRING, title=_STRING, source=_STRING, source_title=_STRING, site={"type": ["string", "null"]},
    send_to={"type": "string", "enum": ["duo", "szw", "ind"]}, forms=_list(_STRING),
    conditions=_list(_RULE_CONDITION),
    variants={**_list(_obj(answer=_STRING, value=_STRING, conditions=_list(_RULE_CONDITION))),
              "description": "The conditions instead when this answer has this value."},
)
RULES = _obj(
    rules_version=_STRING,
    goals=_list(_obj(id={"type": "string", "enum": list(A.GOALS)}, title=_STRING,
                     advice=_list({"type": "string", "enum": list(ADVICE_IDS)}), routes=_list(_RULE_ROUTE))),
    figures=_list(_obj(name=_STRING, value={}, unit=_STRING, description=_STRING, reference=_STRING,
                       checked={"type": "string", "format": "date"})),
    disagreements=_list(_obj(note=_STRING, text=_STRING, routes=_list(_STRING), figures=_list(_STRING))),
    questions=_list(_obj(goal={"type": "string", "enum": list(A.GOALS)}, steps=_list(_obj(
        step=_STRING, answers=_list(_STRING), question=_STRING, follows={"type": ["string", "null"]},
        ends_with={**_list(_obj(answer=_STRING, value=_STRING)),
                   "description": "Answers that end the check when given right after the goal."})))),
)
RULES_PATH = {"get": {
    "operationId": "rules",
    "summary": "Every rule the check applies",
    "description": "Each goal's routes with their conditions (plain English and the official Dutch phrase), "
                   "the figures with their reference and the day they were checked, where the sources "
                   "disagree, and the order of the questions. Made from the decision service itself.",
    "responses": {"200": {"description": "The rules",
                          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Rules"}}}}},
}}

SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Inburgering Check decision service", "version": "1.0.0",
             "description": "Whether a person can be exempted from the Dutch civic-integration exam, "
                            "route by route. Not an official decision: DUO, SZW or the IND decides."},
    "paths": {"/api/v1/evaluate": {"post": {
        "operationId": "evaluate",
        "summary": "Evaluate answers",
        "description": DATE_RULES,
        "requestBody": {"required": True, "content": {"application/json": {"schema": {"anyOf": [
            {"$ref": "#/components/schemas/Answers"}, {"$ref": "#/components/schemas/Envelope"}]}}}},
        "responses": {
            "200": {"description": "The result", "content": {"application/json": {"schema": RESULT}}},
            "400": {"description": "Bad input: answers refused, a body that is not JSON, or one over 64 KB", "content": {"application/json": {"schema": ERROR}}},
            "429": {"description": "Too many requests", "content": {"application/json": {"schema": ERROR}}},
        }}},
        "/api/v1/rules": RULES_PATH},
    "components": {"schemas": {"Answers": ANSWERS, "Envelope": ENVELOPE, "Rules": RULES}},
}
