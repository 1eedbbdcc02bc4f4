"""The forms and letters and the addresses, as data.

Official Dutch names are kept exactly as the sources print them: that is what the person will
see on paper. Where a source gives no address, none is guessed (docs/rules.md, "Addresses and contacts").
"""

from typing import Required, TypedDict

from . import parameters as P
from .sources import DUO_GENOEG, DUO_STERKER, IND_BIJLAGE

YOU, SCHOOL, EMPLOYER = "you", "school", "employer"
DUO_PHONE = "050 599 96 00"


class Form(TypedDict, total=False):
    name_nl: Required[str]  # exactly as the source prints it
    filled_by: Required[str]  # YOU, SCHOOL or EMPLOYER
    send_to: Required[str]
    answer_weeks: Required[int | None]
    cost_eur: Required[int]
    attach: Required[list[str]]
    source: Required[str]
    sign: Required[bool]
    comes_with: str  # the form this one is sent with
    print_yourself: bool


class Address(TypedDict, total=False):
    exact: bool  # quoted from the source; otherwise what to use instead
    source: str
    lines: list[str]
    use_address_on_form: bool
    usual_lines: list[str]
    phone: str
    phone_hours: str
    with_application: bool


FORMS: dict[str, Form] = {
    "agi_ontheffing_application": {
        "name_nl": "Aanvraag ontheffing aantoonbaar geleverde inspanningen (verklaring deelname cursus)",
        "filled_by": YOU,
        "send_to": "duo",
        "answer_weeks": P.ANSWER_WEEKS_DUO.value,
        "cost_eur": 0,
        "attach": ["course_participation_statement"],
        "source": DUO_GENOEG,
        "sign": True,
        "print_yourself": True,
    },
    "course_participation_statement": {
        "name_nl": "Verklaring deelname cursus",
        "filled_by": SCHOOL,
        "send_to": "duo",
        "answer_weeks": None,
        "cost_eur": 0,
        "attach": [],
        "source": DUO_GENOEG,
        "comes_with": "agi_ontheffing_application",
        "sign": True,
        "print_yourself": True,
    },
    "agi_advice_application": {
        "name_nl": "Aanvraag advies aantoonbaar geleverde inspanningen",
        "filled_by": YOU,
        "send_to": "duo",
        "answer_weeks": P.ANSWER_WEEKS_DUO.value,
        "cost_eur": 0,
        "attach": [],
        "source": DUO_STERKER,
        "sign": True,
        "print_yourself": True,
    },
    "integrated_advice_application": {
        "name_nl": (
            "Aanvraag Advies of ontheffing van de inburgeringsplicht op grond van aantoonbaar voldoende ingeburgerd"
        ),
        "filled_by": YOU,
        "send_to": "duo",
        "answer_weeks": None,
        "cost_eur": P.COST_DUO_INTERVIEW.value,
        "attach": ["employer_statement"],
        "source": DUO_STERKER,
        "sign": True,
        "print_yourself": True,
    },
    "employer_statement": {
        "name_nl": "Werkgeversverklaring",
        "filled_by": EMPLOYER,
        "send_to": "duo",
        "answer_weeks": None,
        "cost_eur": 0,
        "attach": [],
        "source": DUO_STERKER,
        "comes_with": "integrated_advice_application",
        "sign": True,
        "print_yourself": True,
    },
    "szw_letter": {
        "name_nl": "Brief aan de Minister van Sociale Zaken en Werkgelegenheid",
        "filled_by": YOU,
        "send_to": "szw",
        "answer_weeks": None,
        "cost_eur": 0,
        "attach": ["evidence_of_situation", "evidence_of_hours"],
        "source": DUO_GENOEG,
        "sign": True,
    },
    "ind_special_circumstances_letter": {
        "name_nl": "Brief over bijzondere individuele omstandigheden",
        "filled_by": YOU,
        "send_to": "ind",
        "answer_weeks": None,
        "cost_eur": 0,
        "attach": ["evidence_of_circumstances"],
        "source": IND_BIJLAGE,
        "sign": True,
    },
    "ind_inburgeringsvereiste_appendix": {
        "name_nl": "Bijlage Inburgeringsvereiste",
        "filled_by": YOU,
        "send_to": "ind",
        "answer_weeks": None,
        "cost_eur": 0,
        "attach": ["evidence_for_route"],
        "source": IND_BIJLAGE,
        "sign": True,
    },
}

# Papers to gather, by id (the words live in the presentation layer).
SCHOOL_CLOSED_EVIDENCE = ("course_contract", "attendance_records", "invoices")

ADDRESSES: dict[str, Address] = {
    "szw": {
        # Quoted exactly from DUO, 'Genoeg cursus en examens gedaan'.
        "lines": [
            "Ministerie van SZW / Directie S&I",
            "Afdeling Inburgering beschikkingen",
            "Postbus 90801",
            "2509 LV Den Haag",
        ],
        "exact": True,
        "source": DUO_GENOEG,
    },
    "duo": {
        # The sources give no postal address for these forms: the address on the form comes first.
        "use_address_on_form": True,
        "usual_lines": ["DUO Servicecentrum Inburgering", "Postbus 764", "9700 AT Groningen"],
        "exact": False,
        "phone": DUO_PHONE,
        "phone_hours": "working days 9:00-17:00",
        "source": "inburgeren.nl (contact)",
    },
    "ind": {
        # 'Lever de bewijsstukken die worden gevraagd mee met de aanvraag': the application says where it goes.
        "with_application": True,
        "exact": False,
        "source": IND_BIJLAGE,
    },
}
