"""Forms and letters: what each is, who fills it in, where to get it (the site and the exact title),
and what the costs are. The official Dutch name comes from the catalogue and stays beside the words."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wizard.decision.catalogue import FORMS
from wizard.decision.sources import DUO_GENOEG, DUO_STERKER, IND_BIJLAGE
from wizard.templatetags.babel_format import euro

FILLED_BY = {
    "you": _("You fill this in and sign it."),
    "school": _("Your school fills in this statement."),
    "employer": _("Your employer fills in this statement."),
}
FORM_WHAT = {
    "agi_ontheffing_application": _(
        "The application form for the exemption. Print it yourself: DUO does not send forms."
    ),
    "course_participation_statement": _(
        "The statement about your course. This statement is part of the "
        "application form. Your school fills in only this statement. Then you send "
        "this statement with the application form."
    ),
    "agi_advice_application": _("The application form for the DUO advice. Print it yourself."),
    "integrated_advice_application": _(
        "The application form for the DUO advice or the ontheffing. Print it yourself: DUO does not send forms."
    ),
    "employer_statement": _(
        "A statement about your work (werkgeversverklaring). You need one statement for each "
        "employer or volunteer organisation."
    ),
    "szw_letter": _(
        "Your own letter. Explain exactly what your situation is. Add proof of your hours and of your situation."
    ),
    "ind_special_circumstances_letter": _(
        "Your own letter: explain why you cannot pass the exam. Add as much proof as you can."
    ),
    "ind_inburgeringsvereiste_appendix": _(
        "The appendix of your IND application. Tick the situation that fits you and add the proof."
    ),
}
# Where each source's forms are: the site and the title of the page to look for (no deep links:
# the sources give none that can be checked here).
SITES = {
    DUO_GENOEG: ("inburgeren.nl", "Genoeg cursus en examens gedaan"),
    DUO_STERKER: ("inburgeren.nl", "Sterkere verblijfsvergunning"),
    IND_BIJLAGE: ("ind.nl", "Bijlage Inburgeringsvereiste"),
}
WHERE = {
    "page": _("Where to get it: on %(site)s, look for the page '%(page)s'. The form is called '%(name)s'."),
    "form": _("Where to get it: on %(site)s, look for the form '%(name)s'."),
    "inside": _("Where to get it: this statement is part of the form '%(with)s'."),
    "own_letter": _("There is no form: you write this letter yourself."),
}
COSTS = {
    "duo_test": _(
        "The DUO test (toets): %(amount)s. It comes after your application. It is not an exam to pass: "
        "DUO looks at whether you can learn the Dutch language. DUO sends an invoice first, then the "
        "invitation."
    ),
    "duo_interview": _(
        "The conversation with DUO (gesprek): %(amount)s. DUO sends an invoice first, then the invitation."
    ),
}
OWN_LETTERS = ("szw_letter", "ind_special_circumstances_letter")


def where(form_id: str) -> str:
    """Where to get the form: the site and its exact title (a statement inside a form: that form)."""
    spec = FORMS[form_id]
    if form_id in OWN_LETTERS:
        return str(WHERE["own_letter"])
    if spec.get("comes_with") and spec["filled_by"] == "school":
        return str(WHERE["inside"]) % {"with": FORMS[spec["comes_with"]]["name_nl"]}
    site, page = SITES[spec["source"]]
    kind = "form" if page == spec["name_nl"] else "page"
    return str(WHERE[kind]) % {"site": site, "page": page, "name": spec["name_nl"]}


def form_item(form_id: str) -> dict:
    spec = FORMS[form_id]
    place = where(form_id)
    return {
        "id": form_id,
        "name_nl": spec["name_nl"],
        "what": f"{FORM_WHAT[form_id]} {place}",
        "where": place,
        "filled_by": str(FILLED_BY.get(spec["filled_by"], "")),
        "sign": spec.get("sign", False),
    }


def cost_item(cost: dict) -> str:
    text = COSTS.get(cost["id"])
    return str(text) % {"amount": euro(cost["eur"])} if text is not None else euro(cost["eur"])
