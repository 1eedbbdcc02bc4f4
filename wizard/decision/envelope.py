"""Answers may come bare, or wrapped as {"answers": {...}} like the shared example files."""

ENVELOPE_KEYS = {"answers", "expect", "eligible_from", "advice", "exit", "note"}


def unwrap(payload: object) -> object:
    if isinstance(payload, dict) and isinstance(payload.get("answers"), dict) and set(payload) <= ENVELOPE_KEYS:
        return payload["answers"]
    return payload
