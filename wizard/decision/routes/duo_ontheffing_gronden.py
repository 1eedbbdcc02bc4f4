"""The two other grounds on which DUO releases someone from an inburgeringsplicht of the Wet
inburgering 2013 (docs/rules.md, "Two more ways to be released").

Municipal pages ("Ontheffing Inburgeren", "Inburgeringscursus ontheffing aanvragen") name three
grounds: demonstrable efforts (the AGI page: duo_genoeg_cursus.py), 'aantoonbaar voldoende
ingeburgerd', and a psychological, physical or intellectual disability. This module holds the last two:
- duo_release_integrated: the form the DUO "Sterkere verblijfsvergunning" text names, "Aanvraag Advies
  of ontheffing van de inburgeringsplicht op grond van aantoonbaar voldoende ingeburgerd", serves the
  advice and the ontheffing alike; Regeling inburgering art. 2.4a sets its figures (parameters.py).
- duo_release_medical: the IND appendix's letter from DUO 'dat u door een psychische of lichamelijke
  belemmering, of een verstandelijke handicap blijvend niet in staat bent het inburgeringsexamen te
  halen' is the letter DUO gives on medical grounds.
Scope of both: an inburgeringsplicht that began from 1 January 2013 to 31 December 2021.
"""

from __future__ import annotations

from .. import parameters as P
from ..answers import Answers
from ..catalogue import DUO_PHONE
from ..dates import on_or_after
from ..logic import SCOPE, UNMET, Condition, Route, note, tri
from ..result_types import Note
from ..sources import DUO_STERKER, IND_BIJLAGE
from .duo_genoeg_cursus import release_scope, scope_notes
from .duo_sterkere_verblijfsvergunning import integrated_conditions


def obliged_from_2013(a: Answers) -> Condition:
    """The Wet inburgering 2013: DUO decides for an inburgeringsplicht that began after 31 December 2012
    ('indien u na 31 december 2012 inburgeringsplichtig bent geworden'); before, the municipality."""
    return Condition(
        "obligation_from_2013",
        tri(on_or_after(a.obligation_start, P.WI2013_START.value)),
        IND_BIJLAGE,
        "indien u na 31 december 2012 inburgeringsplichtig bent geworden",
        kind=SCOPE,
        asks=("obligation_start",),
    )


def _scope(a: Answers, notes: list[Note]) -> list[Condition]:
    scope = release_scope(a, notes)
    return scope[:2] + [obliged_from_2013(a)] + scope[2:]


def _scope_notes(a: Answers, conditions: list[Condition]) -> list[Note]:
    notes = scope_notes(a, conditions)
    if not notes and conditions[2].status == UNMET:
        notes.append(note("old_law_municipality"))
    return notes


def duo_release_integrated(a: Answers) -> Route:
    """'U woont al 10 jaar of langer in Nederland. U hebt 5 jaar of langer in Nederland gewerkt.
    Vrijwilligerswerk telt ook. Uw Nederlands is goed.' Then: 'Vul het formulier Aanvraag Advies of
    ontheffing van de inburgeringsplicht op grond van aantoonbaar voldoende ingeburgerd in. Laat uw
    werkgever de werkgeversverklaring invullen.' 'Het gesprek kost € 90,-.'"""
    notes: list[Note] = []
    conditions = _scope(a, notes) + integrated_conditions(a)
    notes = (
        _scope_notes(a, conditions)
        + notes
        + [note("release_integrated_not_for_permit"), note("duo_interview_then_decision")]
    )
    return Route(
        "duo_release_integrated",
        DUO_STERKER,
        conditions,
        ["integrated_advice_application", "employer_statement"],
        "duo",
        costs=[{"id": "duo_interview", "eur": P.COST_DUO_INTERVIEW.value}],
        notes=notes,
    ).decide()


def duo_release_medical(a: Answers) -> Route:
    """'Een brief van DUO waarin staat dat u door een psychische of lichamelijke belemmering, of een
    verstandelijke handicap blijvend niet in staat bent het inburgeringsexamen te halen'. The sources name
    no form: the person asks DUO for it (note duo_medical_examination)."""
    notes: list[Note] = []
    conditions = _scope(a, notes) + [
        Condition(
            "medical_condition",
            tri(a.medical_condition),
            IND_BIJLAGE,
            "door een psychische of lichamelijke belemmering, of een verstandelijke handicap blijvend niet "
            "in staat bent het inburgeringsexamen te halen",
            asks=("medical_condition",),
        ),
    ]
    notes = _scope_notes(a, conditions) + notes + [note("duo_medical_examination", phone=DUO_PHONE)]
    return Route("duo_release_medical", IND_BIJLAGE, conditions, [], "duo", notes=notes).decide()


ROUTES = (duo_release_integrated, duo_release_medical)
