"""What to do, in order, for a way that fits or will fit; and where to send it."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wizard.decision.catalogue import ADDRESSES, FORMS
from wizard.templatetags.babel_format import long_date, number

from .forms import OWN_LETTERS, SITES

STEPS = {
    "wait": _("Wait until %(date)s. Then:"),
    "school": _(
        "Ask your school to fill in the statement '%(name)s'. Give the school only this statement, not "
        "your application form."
    ),
    "employer": _("Ask each employer or volunteer organisation to fill in a '%(name)s'."),
    "letter": _("Write the letter (%(name)s) and sign it."),
    "print": _("Print the form '%(name)s' from %(site)s, fill it in and sign it."),
    "ask_duo_for_form": _("Call DUO (%(phone)s) and ask for the form and the medical examination."),
    "duo": _("Send everything by post to DUO."),
    "szw": _("Send the letter by post to the Ministry of SZW."),
    "ind": _("Send it with your IND application."),
    "answer": _("You get an answer within %(weeks)s weeks."),
}
ADDRESS = {
    "szw": _("Send your letter by post to:"),
    "duo": _("Send by post to DUO. Use the address printed on the form (at the top right). It is usually:"),
    "duo_phone": _("Questions? Call DUO: %(phone)s (working days, 9:00 to 17:00)."),
    "ind": _("Send this with your application to the IND. The application says where it goes."),
}


def phone_number(number: str) -> str:
    """A phone number that stays whole and in order in any language: never broken over two lines
    (no-break spaces) and isolated left to right inside Arabic text (LRI ... PDI)."""
    return "\u2066" + number.replace(" ", "\u00a0") + "\u2069"


DUO_PHONE_NUMBER = str(ADDRESSES["duo"]["phone"])  # as the catalogue writes it: "050 599 96 00"


def _form_step(form_id: str) -> str:
    spec = FORMS[form_id]
    d = {"name": spec["name_nl"], "site": SITES[spec["source"]][0]}
    if spec["filled_by"] in ("school", "employer"):
        return str(STEPS[spec["filled_by"]]) % d
    if form_id in OWN_LETTERS:
        return str(STEPS["letter"]) % d
    return str(STEPS["print"]) % d


def next_steps(route: dict, answer_time: bool = True) -> list:
    """What to do, in order. The checklist leaves out the answer time (`answer_time=False`): it is no
    step to tick, and its "Waiting time" says it."""
    steps = []
    if route["status"] == "not_yet":
        steps.append(str(STEPS["wait"]) % {"date": long_date(route.get("eligible_from") or "")})
    steps.extend(_form_step(f) for f in route["forms"])
    if not route["forms"] and route["send_to"] == "duo":
        # No form named in the sources (the medical route): DUO gives it.
        steps.append(str(STEPS["ask_duo_for_form"]) % {"phone": phone_number(DUO_PHONE_NUMBER)})
    steps.append(str(STEPS.get(route["send_to"], STEPS["ind"])))
    if answer_time and route.get("answer_weeks"):
        steps.append(str(STEPS["answer"]) % {"weeks": number(route["answer_weeks"])})
    return steps


def address(send_to: str) -> dict:
    spec = ADDRESSES.get(send_to, {})
    if send_to == "szw":
        return {"to": str(ADDRESS["szw"]), "lines": spec["lines"], "exact": True}
    if send_to == "duo":
        return {
            "to": str(ADDRESS["duo"]),
            "lines": spec["usual_lines"],
            "phone": str(ADDRESS["duo_phone"]) % {"phone": phone_number(DUO_PHONE_NUMBER)},
        }
    if send_to == "ind":
        return {"to": str(ADDRESS["ind"]), "lines": []}
    return {"to": "", "lines": []}
