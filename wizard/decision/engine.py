"""evaluate(answers) -> result: the one function every entry point calls."""
from __future__ import annotations

from datetime import date

from . import parameters as P
from .advice import advice
from .answers import GOALS, Answers, parse
from .logic import STATUS_ORDER
from .routes import duo_genoeg_cursus, duo_sterkere_verblijfsvergunning, ind_bijlage


# The route families of each goal, one per source text, in the contract's order.
FAMILIES = {
    "release_from_obligation": (duo_genoeg_cursus.routes,),
    "stronger_permit": (ind_bijlage.routes, duo_sterkere_verblijfsvergunning.routes),
    "naturalisation": (),  # the sources send the person to the IND
}


def routes_for(a: Answers, goal: str) -> list:
    return [route for family in FAMILIES.get(goal, ()) for route in family(a)]


def decide(a: Answers) -> dict:
    goals = [a.goal] if a.goal else list(GOALS)
    by_goal = {g: routes_for(a, g) for g in goals}
    routes = [r for g in goals for r in by_goal[g]]
    # Stable sort: routes of equal status keep the contract's order.
    routes.sort(key=lambda r: STATUS_ORDER.index(r.status))
    return {
        "rules_version": P.RULES_VERSION,
        "today": a.today.isoformat(),
        "goal": a.goal,
        "routes": [r.as_dict() for r in routes],
        "advice": advice(a, goals, by_goal),
    }


def evaluate(answers: dict, today: date | None = None) -> dict:
    """Check the answers and decide every route of the goal. Raises AnswerError on bad input."""
    return decide(parse(answers, today))
