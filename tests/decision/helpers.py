"""Small builders for decision-service test cases."""

from wizard.decision import evaluate

TODAY = "2026-11-22"

# The route ids of each goal, in the contract's order (decision-contract.md, "Routes (ids are fixed)"),
# written here from the contract, not read from the code, so a test can hold the code to it.
RELEASE_IDS = ("duo_agi_course", "duo_agi_alfa", "szw_hardship_letter", "duo_release_integrated", "duo_release_medical")
PERMIT_IDS = (
    "ind_diploma",
    "ind_nationality",
    "ind_turkish",
    "ind_age",
    "ind_school_age_residence",
    "ind_documents",
    "ind_medical",
    "ind_efforts",
    "ind_roc_advice",
    "ind_special_circumstances",
    "duo_advice_agi_course",
    "duo_advice_agi_alfa",
    "duo_advice_integrated",
)


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
