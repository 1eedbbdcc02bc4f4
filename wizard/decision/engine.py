"""evaluate(answers) -> result: the one function every entry point calls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from . import parameters as P
from .advice import advice
from .answers import GOALS, Answers, parse
from .logic import STATUS_ORDER, Route
from .result_types import Result
from .routes import duo_genoeg_cursus, duo_ontheffing_gronden, duo_sterkere_verblijfsvergunning, ind_bijlage

# A rule family: the routes of one rule, from the answers.
Family = Callable[[Answers], list[Route]]


def _alone(route: Callable[[Answers], Route]) -> Family:
    def rule(a: Answers) -> list[Route]:
        return [route(a)]

    rule.__name__ = route.__name__
    return rule


# The rules of each goal in the contract's order: each gives a list of routes. The IND routes and
# the DUO advice routes stand alone; the three routes of the AGI page are one rule (the SZW letter
# depends on the other two), and the two other grounds for an ontheffing follow them.
FAMILIES: dict[str, tuple[Family, ...]] = {
    "release_from_obligation": (duo_genoeg_cursus.routes, *(_alone(r) for r in duo_ontheffing_gronden.ROUTES)),
    "stronger_permit": tuple(_alone(r) for r in ind_bijlage.ROUTES + duo_sterkere_verblijfsvergunning.ROUTES),
    "naturalisation": (),  # the sources send the person to the IND
}


def routes_for(a: Answers, goal: str) -> list[Route]:
    return [route for family in FAMILIES.get(goal, ()) for route in family(a)]


def decide(a: Answers) -> Result:
    goals = [a.goal] if a.goal else list(GOALS)
    by_goal = {g: routes_for(a, g) for g in goals}
    routes = [r for g in goals for r in by_goal[g]]
    # Stable sort: routes of equal status keep the contract's order.
    routes.sort(key=lambda r: STATUS_ORDER.index(r.decided))
    return {
        "rules_version": P.RULES_VERSION,
        "today": a.today.isoformat(),
        "goal": a.goal,
        "routes": [r.as_dict() for r in routes],
        "advice": advice(a, goals, by_goal),
    }


def evaluate(answers: object, today: date | None = None) -> Result:
    """Check the answers and decide every route of the goal. Raises AnswerError on bad input."""
    return decide(parse(answers, today))
