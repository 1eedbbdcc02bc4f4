"""Goals, ways (routes) and their statuses, and the one-line headline of a way."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wizard.templatetags.babel_format import long_date, number

GOAL_TITLES = {
    "release_from_obligation": _("Released from the inburgeringsplicht (ontheffing, DUO)"),
    "stronger_permit": _("A stronger residence permit (IND)"),
    "naturalisation": _("Becoming Dutch (naturalisatie)"),
}
ROUTE_TITLES = {
    "duo_agi_course": _(
        "Exemption for demonstrable efforts after an inburgeringscursus or Nt2 course "
        "(ontheffing aantoonbaar geleverde inspanningen)"
    ),
    "duo_agi_alfa": _(
        "Exemption for demonstrable efforts after an alfabetiseringscursus "
        "(ontheffing aantoonbaar geleverde inspanningen, alfabetisering)"
    ),
    "szw_hardship_letter": _("A letter to the Minister of SZW about a very difficult situation"),
    "duo_release_integrated": _(
        "Exemption because you are well integrated: long residence, work and good Dutch "
        "(ontheffing aantoonbaar voldoende ingeburgerd)"
    ),
    "duo_release_medical": _("Exemption for medical reasons (ontheffing op medische gronden, DUO)"),
    "ind_diploma": _("You have the inburgeringsdiploma"),
    "ind_nationality": _("Belgian or Luxembourg nationality"),
    "ind_turkish": _("Turkish nationality, or family of someone with Turkish nationality"),
    "ind_age": _("Younger than 18, or the AOW age reached"),
    "ind_school_age_residence": _("8 years in the Netherlands at school age"),
    "ind_documents": _("A diploma, certificate or letter that exempts you (vrijstelling)"),
    "ind_medical": _("Medical reasons (medische gronden)"),
    "ind_efforts": _("Demonstrable efforts: the DUO advice with your application"),
    "ind_roc_advice": _("An ROC advice (haalbaarheidsonderzoek)"),
    "ind_special_circumstances": _("Special personal circumstances (bijzondere individuele omstandigheden)"),
    "duo_advice_agi_course": _(
        "DUO advice 'aantoonbaar geleverde inspanningen' after an inburgeringscursus or Nt2 course"
    ),
    "duo_advice_agi_alfa": _("DUO advice 'aantoonbaar geleverde inspanningen' after an alfabetiseringscursus"),
    "duo_advice_integrated": _("DUO advice 'aantoonbaar voldoende ingeburgerd': long residence and work"),
}
STATUS_LABELS = {
    "eligible": _("Probably possible"),
    "not_yet": _("Not yet"),
    "needs_info": _("More information needed"),
    "not_eligible": _("Not possible now"),
    "not_applicable": _("Not for you"),
}
# The headline of a way that fits, by who the way goes to (the first row that matches wins).
ELIGIBLE_HEADLINES = (
    (
        lambda rid: rid in ("duo_agi_course", "duo_agi_alfa", "duo_release_integrated", "duo_release_medical"),
        _("You can probably apply to DUO for this exemption (ontheffing)."),
    ),
    (lambda rid: rid == "szw_hardship_letter", _("You can probably write to the Minister of SZW for an exemption.")),
    (lambda rid: rid.startswith("duo_advice"), _("You can probably ask DUO for this advice.")),
    (lambda rid: True, _("You can probably use this with your IND application: you may not need the exam.")),
)
HEADLINES = {
    "already_have_advice": _("You already have this: send it with your IND application."),
    "not_yet": _("Not yet: from %(date)s"),
    "needs_info": _("More information is needed to say whether this fits."),
    "hours_missing": _("%(hours)s hours are missing."),
    "not_eligible": _("This does not fit your answers."),
    "other_way_fits": _("You do not need this letter: a DUO way fits you (see below which one, and when)."),
    "not_applicable": _("This is not for you."),
}


def headline(route: dict) -> str:
    status, rid = route["status"], route["id"]
    if status == "eligible":
        if any(n["id"] == "already_have_advice" for n in route.get("notes", [])):
            return str(HEADLINES["already_have_advice"])
        return str(next(text for fits, text in ELIGIBLE_HEADLINES if fits(rid)))
    if status == "not_yet":
        return str(HEADLINES["not_yet"]) % {"date": long_date(route.get("eligible_from") or "")}
    if status == "not_eligible":
        missing = next(
            (c["hours_missing"] for c in route["conditions"] if c["status"] == "unmet" and c.get("hours_missing")), None
        )
        if missing:
            return str(HEADLINES["hours_missing"]) % {"hours": number(missing)}
        if {c["id"] for c in route["conditions"] if c["status"] == "unmet"} == {"no_duo_agi_route"}:
            return str(HEADLINES["other_way_fits"])
    return str(HEADLINES.get(status, HEADLINES["not_applicable"]))
