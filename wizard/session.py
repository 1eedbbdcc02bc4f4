"""The answers of each check, kept only in the server-side session.

One session may hold a few checks (two tabs, or a volunteer helping two people); each has its own
id. Only cleaned answers are stored, as JSON values, per step. Nothing here is ever logged.

    session["checks"] = {check_id: {"steps": {step: {...}}, "final": {...} | None}}
"""

from __future__ import annotations

import re
import secrets

CHECKS = "checks"
MAX_CHECKS = 5
ID_PATTERN = r"[A-Za-z0-9_-]{12}"
_ID = re.compile(rf"^{ID_PATTERN}$")


def wizard_prefix(check_id: str) -> str:
    """The session slot django-formtools uses for this check (its own, so checks never mix)."""
    return f"check_{check_id}"


def _checks(request) -> dict:
    return request.session.get(CHECKS) or {}


def _save(request, checks: dict) -> None:
    request.session[CHECKS] = checks
    request.session.modified = True


def renew_key(request) -> None:
    """A new session id for the same answers, the old one deleted: a session cookie planted or copied
    earlier (a shared computer) no longer reads them. Done when a check starts and when it is confirmed."""
    request.session.cycle_key()


def new_check(request) -> str:
    renew_key(request)
    checks = _checks(request)
    # Keep the most recent few only: a shared computer should not collect checks.
    while len(checks) >= MAX_CHECKS:
        oldest = next(iter(checks))
        delete_check(request, oldest)
        checks = _checks(request)
    check_id = secrets.token_urlsafe(9)
    checks[check_id] = {"steps": {}, "final": None}
    _save(request, checks)
    return check_id


def get_check(request, check_id: str):
    if not _ID.match(check_id or ""):
        return None
    return _checks(request).get(check_id)


def stored_steps(request, check_id: str) -> dict:
    check = get_check(request, check_id)
    return dict(check["steps"]) if check else {}


def save_step(request, check_id: str, step: str, stored: dict) -> None:
    checks = _checks(request)
    check = checks[check_id]
    check["steps"][step] = stored
    check["final"] = None  # a changed answer needs a new confirmation before a result is shown
    _save(request, checks)


def set_final(request, check_id: str, answers: dict) -> None:
    checks = _checks(request)
    checks[check_id]["final"] = answers
    _save(request, checks)
    renew_key(request)


def final_answers(request, check_id: str):
    """The confirmed answers (decision-service format) for the result page and the checklist, or None."""
    check = get_check(request, check_id)
    return dict(check["final"]) if check and check.get("final") is not None else None


def delete_check(request, check_id: str) -> None:
    checks = _checks(request)
    checks.pop(check_id, None)
    _save(request, checks)
    request.session.pop("wizard_" + wizard_prefix(check_id), None)


def wipe(request) -> None:
    """Delete every answer at once: the whole session goes, and a new empty one begins."""
    request.session.flush()
