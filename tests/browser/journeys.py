"""The journeys walked in the browser, in every language: answers from tests/wizard/scenarios.py.

name -> (answers by step, route id, the status that route's section shows on the result page)
"""

from tests.wizard.scenarios import ROUTE_WALKS, release

LANGUAGES = ("nl", "en", "ar", "ti")


def _walk(route):
    answers, status = ROUTE_WALKS[route]
    return answers, route, status


JOURNEYS = {
    "course": _walk("duo_agi_course"),
    "alfabetisering": _walk("duo_agi_alfa"),
    "permit-by-nationality": _walk("ind_nationality"),
    "long-residence": _walk("duo_advice_integrated"),
    # Obliged to integrate from 1 January 2022: the DUO release pages are not for this person.
    "obliged-from-2022": (
        release(obligation_start={"obligation_start": "2022-03-01"}),
        "duo_agi_course",
        "not_applicable",
    ),
}
