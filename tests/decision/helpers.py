"""Small builders for decision-service test cases."""

from wizard.decision import evaluate

TODAY = "2026-11-22"


def parts(passed=True, ai=1, an=0, **overrides):
    """Exam parts, all alike, with per-part overrides: parts(speaking=(False, 3, 1))."""
    out = {}
    for name in ("reading", "listening", "writing", "speaking", "knm", "ona"):
        p, i, n = overrides.get(name, (passed, ai, an))
        out[name] = {"passed": p, "attempts_inburgering": i}
        if name in ("reading", "listening", "writing", "speaking"):
            out[name]["attempts_nt2"] = n
    return out


def result(**answers):
    answers.setdefault("today", TODAY)
    return evaluate(answers)


def route(route_id, **answers):
    r = result(**answers)
    return next(x for x in r["routes"] if x["id"] == route_id)


def status(route_id, **answers):
    return route(route_id, **answers)["status"]


def condition(route_id, condition_id, **answers):
    return next(c for c in route(route_id, **answers)["conditions"] if c["id"] == condition_id)


def note_ids(route_id, **answers):
    return [n["id"] for n in route(route_id, **answers)["notes"]]
