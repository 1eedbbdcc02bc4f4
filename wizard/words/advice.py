"""Advice that is not an exemption: id -> (title, text); and the papers some advice lists."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wizard.decision.catalogue import SCHOOL_CLOSED_EVIDENCE

from .papers import SCHOOL_CLOSED_WORDS

ADVICE_TEXTS = {
    "contact_municipality": (
        _("Contact your municipality (gemeente)"),
        _(
            "Your inburgeringsplicht started in 2022 or later: the Wet inburgering 2021 applies. It has no exemption "
            "for demonstrable efforts. An exemption is possible only for medical reasons or special personal "
            "circumstances, through your municipality. If you cannot do what is asked of you, contact your "
            "municipality."
        ),
    ),
    "ask_extension": (
        _("Ask DUO for more time (extra tijd)"),
        _(
            "You do not have enough hours or exam attempts yet. You may be able to get extra time to integrate. "
            "Ask DUO."
        ),
    ),
    "school_closed_evidence": (
        _("Your school no longer exists: send proof instead"),
        _(
            "Send DUO as much proof of your course as you can: for example your course contract, the attendance "
            "records or the invoices."
        ),
    ),
    "see_ind": (
        _("Look at the IND website or ask the IND"),
        _(
            "The IND decides about residence permits and naturalisation. On ind.nl you can see when you can get a "
            "vrijstelling or ontheffing for the exam, and you can ask the IND your question."
        ),
    ),
}
# Advice that lists papers to gather.
ADVICE_LISTS = {"school_closed_evidence": SCHOOL_CLOSED_EVIDENCE}


def advice_items(ids: list) -> list:
    items = []
    for aid in ids:
        title, text = ADVICE_TEXTS[aid]
        item = {"id": aid, "title": str(title), "text": str(text)}
        if aid in ADVICE_LISTS:
            item["list"] = [str(SCHOOL_CLOSED_WORDS[e]) for e in ADVICE_LISTS[aid]]
        items.append(item)
    return items
