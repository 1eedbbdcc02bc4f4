"""Every rule the check applies, read from the decision service itself (issue 21).

Nothing here decides: each goal's routes are evaluated with no answers (every condition then
shows with its id, source, Dutch phrase, kind, figure and the answers that decide it), and once
more with each yes/no answer set to "yes" where that gives a route other conditions (holding a
DUO advice already, a school that closed). A new route or condition appears here without an edit.

Figures come from parameters.py: a condition's figure (`need`, `..._need`) is the parameter with
that value, the one whose quoted source phrase is in the condition's phrase when two share it.
The result is language-neutral data, computed once a day; rules_words.py puts it into words.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from wizard.decision import parameters as P
from wizard.decision import sources
from wizard.decision.answers import FIELDS, GOALS, AnswerError, parse
from wizard.decision.engine import decide, routes_for

# The condition keys that say a rule (the rest of a condition is about one person's answers).
RULE_KEYS = ("id", "kind", "source", "source_title", "phrase", "asks", "need")
_QUOTED = re.compile(r"'([^']{8,})'")


def references(p: P.Parameter) -> list[P.Reference]:
    return [r for r in p.references if isinstance(r, P.Reference)]  # a str is made a Reference on creation


def site(source_id: str) -> str | None:
    """The organisation's site where the source text is found, as the figures quoting it give it."""
    title = sources.TITLES[source_id]
    for p in P.all_parameters().values():
        for ref in references(p):
            if ref.site and ref.text.replace("'", "") == title:
                return f"https://{ref.site}"
    return None


def _snippets(reference: str) -> list[str]:
    return [q.replace("[", "").replace("]", "").lower() for q in _QUOTED.findall(reference)]


def _figure_values(condition: dict) -> list:
    values = [condition.get("need")] + [v for k, v in condition.items() if k.endswith("_need")]
    return list(dict.fromkeys(v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)))


def figures_of(condition: dict) -> list[str]:
    """The parameter names a condition rests on: by its figures, and by the phrase it quotes."""
    phrase = condition["phrase"].lower()
    params = P.all_parameters()
    quoted = [n for n, p in params.items() if any(s in phrase for s in _snippets(p.reference))]
    names = []
    for value in _figure_values(condition):
        same = [n for n, p in params.items() if p.value == value and not isinstance(p.value, bool)]
        names += [n for n in same if n in quoted] or same
    return list(dict.fromkeys(names + quoted))


def _rule(condition: dict) -> dict:
    rule = {k: condition[k] for k in RULE_KEYS if k in condition}
    rule.setdefault("kind", "normal")
    rule["asks"] = list(condition.get("asks", ()))
    rule["figures"] = figures_of(condition)
    rule["example"] = condition  # the whole condition, for the words (not published as a rule)
    return rule


def yes_answers() -> tuple:
    """The answers that take yes / no / unknown (parse accepts "yes" for them)."""
    found = []
    for name in FIELDS:
        try:
            parse({name: "yes"}, date(2000, 1, 1))
        except AnswerError:
            continue
        found.append(name)
    return tuple(found)


def _conditions(route) -> list:
    return [_rule(c) for c in route.as_dict()["conditions"]]


def _goal(goal: str, today: date) -> dict:
    base = routes_for(parse({"goal": goal}, today), goal)
    variants: dict[str, list] = {r.id: [] for r in base}
    notes = {r.id: list(r.notes) for r in base}
    for name in yes_answers():
        for route in routes_for(parse({"goal": goal, name: "yes"}, today), goal):
            ids = [c.id for c in route.conditions]
            if route.id in variants and ids != [c.id for c in next(b for b in base if b.id == route.id).conditions]:
                variants[route.id].append({"answer": name, "value": "yes", "conditions": _conditions(route)})
                notes[route.id] += route.notes
    routes = [
        {
            "id": r.id,
            "goal": goal,
            "source": r.source,
            "source_title": sources.TITLES[r.source],
            "site": site(r.source),
            "send_to": r.send_to,
            "forms": list(r.forms),
            "conditions": _conditions(r),
            "variants": variants[r.id],
            "notes": notes[r.id],
        }
        for r in base
    ]
    advice = decide(parse({"goal": goal}, today))["advice"] if not routes else []
    return {"id": goal, "routes": routes, "advice": advice}


def _figure(name: str, p: P.Parameter) -> dict:
    return {
        "name": name,
        "value": p.value,
        "unit": p.unit,
        "description": p.description,
        "reference": p.reference,
        "checked": p.checked,
        "references": [
            {"text": r.text, "at": r.at, "site": f"https://{r.site}" if r.site else None} for r in references(p)
        ],
    }


def _disagreements(goals: list) -> list:
    """Where two sources give different figures (3 or 4 attempts), from the note the rules give."""
    found: dict[str, dict] = {}
    for g in goals:
        for r in g["routes"]:
            for n in r["notes"]:
                if n["id"] == "attempts_three_versus_four":
                    entry = found.setdefault(
                        n["id"], {"note": n, "routes": [], "figures": ["ATTEMPTS_ADVICE", "ATTEMPTS_AGI"]}
                    )
                    if r["id"] not in entry["routes"]:
                        entry["routes"].append(r["id"])
    return list(found.values())


@lru_cache(maxsize=2)
def rules(today: date) -> dict:
    """Every goal's routes with their conditions, every figure, and where the sources disagree."""
    goals = [_goal(g, today) for g in GOALS]
    return {
        "rules_version": P.RULES_VERSION,
        "goals": goals,
        "figures": [_figure(n, p) for n, p in P.all_parameters().items()],
        "disagreements": _disagreements(goals),
    }


def all_routes(data: dict) -> list:
    return [r for g in data["goals"] for r in g["routes"]]
