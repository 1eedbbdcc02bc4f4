"""The reasons: for each condition id, what the way needs and what the person has, in each status.

CONDITIONS is the table: id -> {variant: text}. The variant is the status ("met", "unmet",
"unknown") unless VARIANTS names a finer one; FIGURES gives the values a text takes. Only the
conditions that list several figures (course hours, exam attempts) have a function of their own.
A question never asked is unknown, never zero: a sentence with the person's figures is shown only
for figures they gave.
"""

from __future__ import annotations

from babel.lists import format_list
from django.utils.translation import gettext_lazy as _

from wizard.decision import parameters as P
from wizard.templatetags.babel_format import babel_locale, long_date, number

from .papers import EXAM_PART_NAMES, HOURS_KINDS, document_list
from .routes import ROUTE_TITLES

CONDITIONS = {
    # Scope: whether the way is for this person at all.
    "obliged": {
        "met": _("You have an inburgeringsplicht."),
        "unmet": _("You have no inburgeringsplicht, so there is nothing to be released from."),
        "unknown": _("We do not know whether you have an inburgeringsplicht."),
    },
    "obligation_before_2022": {
        "met": _("Your inburgeringsplicht started before %(date)s."),
        "unmet": _("Your inburgeringsplicht started on or after %(date)s. This DUO page is not for you."),
        "unknown": _("We do not know when your inburgeringsplicht started."),
    },
    "obligation_from_2013": {
        "met": _("Your inburgeringsplicht started on or after %(date)s."),
        "unmet": _(
            "Your inburgeringsplicht started before %(date)s. The old Wet inburgering applies: your "
            "municipality (gemeente) decides."
        ),
        "unknown": _("We do not know when your inburgeringsplicht started."),
    },
    "not_all_parts_passed": {
        "met": _("You have not passed every part of the exam."),
        "unmet": _(
            "This way is for people who did not pass every part of the exam. You passed every part that counts."
        ),
        "unknown": _("We do not know whether you passed every part of the exam."),
    },
    "permit_type_fits": {
        "met": _("This is possible for the permit you want."),
        "unmet": _("This is not possible for the permit 'EU-langdurig ingezetene'."),
        "unknown": _("We do not know which permit you want."),
    },
    # The rest, in the order of the routes.
    "term_elapsed": {
        "met": _("Start of your inburgeringstermijn: %(start)s. More than 2.5 years have passed since then."),
        "met_today": _("Start of your inburgeringstermijn: %(start)s. Today 2.5 years have passed."),
        "unmet": _("Start of your inburgeringstermijn: %(start)s. On %(from)s, 2.5 years will have passed."),
        "unknown": _("We do not know when your inburgeringstermijn started. Mijn Inburgering shows the date."),
    },
    "school_listed_at_start": {
        "met": _("Your school was on zoekinburgerschool.nl when you started."),
        "unmet": _("Your school was not on zoekinburgerschool.nl when you started."),
        "unknown": _("We do not know whether your school was on zoekinburgerschool.nl when you started."),
    },
    "school_listed_now": {
        "met": _("Your school is on zoekinburgerschool.nl."),
        "unmet": _("Your school is not on zoekinburgerschool.nl."),
        "unknown": _("We do not know whether your school is on zoekinburgerschool.nl now."),
        "unknown_closed": _(
            "Your school is not on zoekinburgerschool.nl now. We do not know whether your school "
            "still exists. If it has closed, what counts is whether it was on the list when you "
            "started your course."
        ),
    },
    "hours_any_course_or_education": {
        "met": _("You did %(have)s hours of course or education. %(need)s hours are needed."),
        "unmet": _(
            "You did %(have)s hours of course or education. %(need)s hours are needed: %(missing)s hours are missing."
        ),
        "unknown": _("We know of %(have)s hours of course or education; we do not know all your hours."),
        "unknown_all": _("We do not know your hours of course or education. %(need)s hours are needed."),
    },
    "difficult_situation": {
        "met": _("You are in a very difficult situation."),
        "unmet": _("You said there is no very difficult situation."),
        "unknown": _("We do not know whether a very difficult situation keeps you from meeting the conditions."),
    },
    "no_duo_agi_route": {
        "met": _("The ordinary DUO exemption does not fit you."),
        "unmet": _("The ordinary DUO exemption fits you (see above): use that instead."),
        "unmet_now": _("The way '%(way)s' fits you. Use that way, not this letter: you can apply now."),
        "unmet_from": _("The way '%(way)s' fits you. Use that way, not this letter: you can apply from %(date)s."),
        "unknown": _("It is not clear yet whether the ordinary DUO exemption fits you."),
    },
    "diploma": {
        "met": _("You have the inburgeringsdiploma."),
        "unmet": _("You do not have the inburgeringsdiploma."),
        "unknown": _("We do not know whether you have the inburgeringsdiploma."),
    },
    "nationality_be_lu": {
        "met": _("You have Belgian or Luxembourg nationality."),
        "unmet": _("You do not have Belgian or Luxembourg nationality."),
        "unknown": _("We do not know your nationality."),
    },
    "turkish_nationality_or_family": {
        "met": _("You have Turkish nationality, or you are family of someone who has it."),
        "unmet": _("You do not have Turkish nationality and you are not family of someone who has it."),
        "unknown": _("We do not know whether you have Turkish nationality or are family of someone who has it."),
    },
    "under_18_or_aow_age": {
        "met": _("You have reached the AOW age on %(on)s."),
        "met_young": _("You are %(age)s years old on %(on)s: younger than 18."),
        "unmet": _("You are %(age)s years old on %(on)s: not younger than 18, and you have not reached the AOW age."),
        "unknown_aow": _("Your AOW age is not fixed by law yet, so we cannot say whether you have reached it."),
        "unknown_birth": _(
            "You are %(age)s years old on %(on)s. Your exact date of birth decides whether you are "
            "younger than 18 or have reached the AOW age."
        ),
        "unknown": _("We do not know your date of birth."),
    },
    "school_age_years": {
        "met": _("You lived %(have)s years in the Netherlands at school age. %(need)s are needed."),
        "unmet": _("You lived %(have)s years in the Netherlands at school age. %(need)s are needed."),
        "unknown": _("We do not know how many years you lived in the Netherlands at school age."),
    },
    "exempting_document": {
        "met": _("You have a paper that exempts you: %(docs)s."),
        "unmet": _("None of your papers exempts you."),
        "unknown": _(
            "Whether your letter counts depends on when your inburgeringsplicht started, and for a "
            "letter after September 2017 on the participatieverklaring."
        ),
        "unknown_documents": _("We do not know which papers you have."),
    },
    "medical_condition": {
        "met": _("You are permanently unable to take the exam for medical reasons."),
        "unmet": _("You said you are not permanently unable to take the exam for medical reasons."),
        "unknown": _("We do not know whether you are permanently unable to take the exam."),
    },
    "medical_document": {
        "met": _("You have a medical letter or advice that fits: %(docs)s."),
        "unmet": _("You do not have a medical letter or advice that fits."),
        "unknown": _("We do not know whether you have a medical letter or advice that fits."),
        "unknown_day": _(
            "You have: %(docs)s. The exact day on this paper decides whether it still counts when you apply."
        ),
    },
    "duo_advice_agi": {
        "met": _("You have a positive DUO advice 'aantoonbaar geleverde inspanningen'."),
        "unmet": _("You do not have a positive DUO advice 'aantoonbaar geleverde inspanningen' (yet)."),
        "unknown": _("We do not know whether you have a positive DUO advice 'aantoonbaar geleverde inspanningen'."),
    },
    "roc_advice_valid": {
        "met": _("Your ROC advice is valid until %(until)s."),
        "unmet": _("Your ROC advice was valid until %(until)s: it is too old now."),
        "unmet_none": _("You have no ROC advice that is still valid."),
        "unknown": _("We do not know the date of your ROC advice."),
        "unknown_day": _(
            "Your ROC advice is valid until %(until)s. The exact day of your ROC advice decides "
            "whether it is still valid when you apply."
        ),
    },
    "special_circumstances": {
        "met": _("There are special personal circumstances that make the exam impossible."),
        "unmet": _("You said there are no special personal circumstances."),
        "unknown": _("We do not know whether special personal circumstances make the exam impossible."),
    },
    "duo_advice_integrated": {
        "met": _("You have a positive DUO advice 'aantoonbaar voldoende ingeburgerd'."),
        "unmet": _("You do not have a positive DUO advice 'aantoonbaar voldoende ingeburgerd' (yet)."),
        "unknown": _("We do not know whether you have a positive DUO advice 'aantoonbaar voldoende ingeburgerd'."),
    },
    "years_lived": {
        "met": _("You have lived in the Netherlands %(have)s years. %(need)s are needed."),
        "unmet": _("You have lived in the Netherlands %(have)s years. %(need)s are needed."),
        "unknown": _("We do not know how many years you have lived in the Netherlands."),
    },
    "years_worked": {
        "met": _("You have worked in the Netherlands %(have)s years (volunteer work counts too). %(need)s are needed."),
        "unmet": _(
            "You have worked in the Netherlands %(have)s years (volunteer work counts too). %(need)s are needed."
        ),
        "unknown": _("We do not know how many years you have worked in the Netherlands."),
    },
    "dutch_good": {
        "met": _("You speak Dutch well."),
        "unmet": _("You said your Dutch is not good enough yet."),
        "unknown": _("We do not know whether you speak Dutch well."),
    },
}

# The course hours (route conditions `hours`) and the exam attempts: several figures, one sentence each.
HOURS = {
    "nt2": _("You did %(have)s hours of inburgeringscursus and Nt2 together. %(need)s hours are needed."),
    "alfa": _("You did %(have)s hours of inburgeringscursus and alfabetisering together. %(need)s hours are needed."),
    "alfa_route": _(
        "You did %(alfa)s hours of alfabetisering and %(inburgering)s hours of inburgeringscursus: "
        "%(have)s hours together. Nt2 hours do not count for this way. This way needs at least "
        "%(alfa_need)s hours of alfabetisering and %(need)s hours together."
    ),
    "missing": _("%(missing)s hours are missing."),
    "inburgering_first": _(
        "Hours of alfabetisering count only when you did at least %(n)s hours of inburgeringscursus."
    ),
    "unknown_all": _("We do not know your course hours. %(need)s hours are needed."),
    "unknown_some": _("We do not know your hours of %(kinds)s. %(need)s hours are needed."),
}
ATTEMPTS = {
    "all_passed": _("You passed every part of the exam that counts."),
    "met": _(
        "For each part you did not pass, this way needs at least %(need)s attempts. You made enough "
        "attempts for each part."
    ),
    "needs": _(
        "For each part you did not pass, this way needs at least %(need)s attempts. At most 2 "
        "Staatsexamen Nt2 attempts count for each part."
    ),
    "not_taken": _("%(part)s: not taken."),
    "attempts": _("%(part)s: number of attempts: %(have)s."),
    "unknown_part": _("%(part)s: we do not know."),
    "unknown_all": _("We do not know which parts of the exam you passed, or how often you took them."),
    "unknown_attempts": _("%(part)s: we do not know all your attempts."),
    "ona_may_not_count": _(
        "%(part)s counts only for an inburgeringsplicht that started on or after %(date)s. We "
        "do not know when yours started."
    ),
}
AGE_RANGE = _("%(low)s or %(high)s")
AOW_FROM = _("Date you reach the AOW age: %(aow)s.")


def _age(c: dict) -> str:
    if c.get("age") is not None:
        return number(c["age"])
    low, high = c.get("age_min"), c.get("age_max")
    if low == high:
        return number(low)
    return str(AGE_RANGE) % {"low": number(low), "high": number(high)}


def _have_need(c: dict) -> dict:
    have, need = c.get("have"), c.get("need")
    return {"have": number(have), "need": number(need), "missing": number(max(0, (need or 0) - (have or 0)))}


def _fitting_way(ctx: dict):
    return next(
        (
            r
            for r in ctx.get("routes", ())
            if r["id"] in ("duo_agi_course", "duo_agi_alfa") and r["status"] in ("eligible", "not_yet")
        ),
        None,
    )


# The values each text takes (only for the ids whose texts hold figures or dates).
FIGURES = {
    "obligation_before_2022": lambda c, ctx: {"date": long_date(P.WI2021_START.value)},
    "obligation_from_2013": lambda c, ctx: {"date": long_date(P.WI2013_START.value)},
    "term_elapsed": lambda c, ctx: {
        "start": long_date(c.get("term_start", "")),
        "from": long_date(c.get("eligible_from", "")),
    },
    "hours_any_course_or_education": lambda c, ctx: _have_need(c),
    "school_age_years": lambda c, ctx: _have_need(c),
    "years_lived": lambda c, ctx: _have_need(c),
    "years_worked": lambda c, ctx: _have_need(c),
    "under_18_or_aow_age": lambda c, ctx: {"age": _age(c), "on": long_date(c.get("on", ""))},
    "exempting_document": lambda c, ctx: {"docs": document_list(c.get("documents"))},
    "medical_document": lambda c, ctx: {"docs": document_list(c.get("documents"))},
    "roc_advice_valid": lambda c, ctx: {"until": long_date(c.get("valid_until", ""))},
    "no_duo_agi_route": lambda c, ctx: {
        "way": str(ROUTE_TITLES[_fitting_way(ctx)["id"]]),
        "date": long_date(_fitting_way(ctx).get("eligible_from") or ""),
    },
}


def _term_variant(c, ctx):
    if c["status"] == "met" and ctx.get("today") and c.get("eligible_from") == ctx["today"]:
        return "met_today"
    return c["status"]


def _age_variant(c, ctx):
    status = c["status"]
    if status == "met":
        return "met_young" if c.get("adult_from") else "met"
    if status == "unknown":
        if c.get("age") is not None:
            return "unknown_aow"
        return "unknown_birth" if c.get("age_min") is not None else "unknown"
    return status


def _roc_variant(c, ctx):
    if c["status"] == "unmet" and not c.get("valid_until"):
        return "unmet_none"
    if c["status"] == "unknown" and c.get("valid_until"):
        return "unknown_day"
    return c["status"]


def _hours_any_variant(c, ctx):
    asked = set(c.get("asks") or ())
    if c["status"] == "unknown" and set(HOURS_KINDS) <= asked:
        return "unknown_all"
    return c["status"]


def _no_route_variant(c, ctx):
    way = _fitting_way(ctx) if c["status"] == "unmet" else None
    if way is None:
        return c["status"]
    return "unmet_now" if way["status"] == "eligible" else "unmet_from"


def _unknown_variant(test, variant: str):
    """A finer variant of the unknown text, where `test(condition)` holds."""

    def choose(c, ctx):
        return variant if c["status"] == "unknown" and test(c) else c["status"]

    return choose


VARIANTS = {
    "term_elapsed": _term_variant,
    "under_18_or_aow_age": _age_variant,
    "roc_advice_valid": _roc_variant,
    "hours_any_course_or_education": _hours_any_variant,
    "no_duo_agi_route": _no_route_variant,
    # the school is off the list now, and whether it closed is not known
    "school_listed_now": _unknown_variant(lambda c: "school_closed" in (c.get("asks") or ()), "unknown_closed"),
    # a paper held whose exact day decides
    "medical_document": _unknown_variant(lambda c: bool(c.get("documents")), "unknown_day"),
    # no papers given at all
    "exempting_document": _unknown_variant(lambda c: list(c.get("asks") or ()) == ["documents"], "unknown_documents"),
}


def hours_text(c: dict, ctx: dict) -> str:
    """Course hours: the hours together, what the way needs, and what is missing; never a figure for
    hours the person was not asked about."""
    asked = [f for f in (c.get("asks") or ()) if f in HOURS_KINDS]
    need = c.get("hours_together_need", c.get("need"))
    if c["status"] == "unknown" and asked:
        reads = {"hours_inburgering", "hours_alfa"} | (set() if "hours_alfa" in c else {"hours_nt2"})
        if reads <= set(asked):
            return str(HOURS["unknown_all"]) % {"need": number(need)}
        kinds = format_list([str(HOURS_KINDS[f]) for f in asked], locale=babel_locale())
        return str(HOURS["unknown_some"]) % {"kinds": kinds, "need": number(need)}
    together = c.get("hours_together", c.get("have"))
    d = {"have": number(together), "need": number(need), "missing": number(c.get("hours_missing"))}
    if "hours_alfa" in c:
        d.update(
            alfa=number(c["hours_alfa"]),
            inburgering=number((together or 0) - (c["hours_alfa"] or 0)),
            alfa_need=number(c.get("hours_alfa_need")),
        )
        lines = [str(HOURS["alfa_route"]) % d]
    else:
        lines = [str(HOURS["alfa" if c.get("way") == "inburgering_plus_alfa" else "nt2"]) % d]
    if c["status"] == "unmet":
        lines.append(str(HOURS["missing"]) % d)
        if c.get("inburgering_hours_for_alfa"):
            lines.append(str(HOURS["inburgering_first"]) % {"n": number(c["inburgering_hours_for_alfa"])})
    return " ".join(lines)


def _part_line(p: dict, c: dict) -> str:
    name = str(EXAM_PART_NAMES.get(p["part"], p["part"]))
    if p.get("status") == "unmet":
        if not p.get("have"):
            return str(ATTEMPTS["not_taken"]) % {"part": name}
        return str(ATTEMPTS["attempts"]) % {"part": name, "have": number(p["have"])}
    if "have" not in p:
        return str(ATTEMPTS["unknown_part"]) % {"part": name}
    if p["part"] == "ona" and "obligation_start" in (c.get("asks") or ()):
        return str(ATTEMPTS["ona_may_not_count"]) % {"part": name, "date": long_date(P.ONA_FROM.value)}
    return str(ATTEMPTS["unknown_attempts"]) % {"part": name}


def attempts_text(c: dict, ctx: dict) -> str:
    """Exam attempts: what the way needs, then each part that is short of it ("not taken" for 0)."""
    parts, d = c.get("parts") or [], {"need": number(c.get("need"))}
    if c["status"] == "met":
        if all(p.get("passed") or p.get("counts") is False for p in parts):
            return str(ATTEMPTS["all_passed"])
        return str(ATTEMPTS["met"]) % d
    lines = [str(ATTEMPTS["needs"]) % d]
    if parts and all(p.get("status") == "unknown" and "have" not in p for p in parts):
        return " ".join(lines + [str(ATTEMPTS["unknown_all"])])
    for p in parts:
        if p.get("status") == "unmet" or (p.get("status") == "unknown" and c["status"] == "unknown"):
            lines.append(_part_line(p, c))
    return " ".join(lines)


FUNCTIONS = {"hours": hours_text, "exam_attempts": attempts_text}


def _aow_from(c: dict, ctx: dict) -> str:
    if c["status"] == "unmet" and c.get("aow_from"):
        return str(AOW_FROM) % {"aow": long_date(c["aow_from"])}
    return ""


# A sentence that follows the text of a condition where a detail is present.
AFTER = {"under_18_or_aow_age": _aow_from}


def condition_text(c: dict, context: dict | None = None) -> str:
    """One reason, with the person's own figures where the condition carries them. `context` (the
    result's `today` and `routes`) lets a reason name the way that fits instead."""
    ctx = context or {}
    cid = c["id"]
    if cid in FUNCTIONS:
        return FUNCTIONS[cid](c, ctx)
    texts = CONDITIONS.get(cid)
    if texts is None:
        return c.get("phrase", "")
    variant = VARIANTS.get(cid, lambda c, ctx: c["status"])(c, ctx)
    text = str(texts.get(variant) or texts["unknown"])
    if "%(" in text:
        text = text % FIGURES[cid](c, ctx)
    after = AFTER[cid](c, ctx) if cid in AFTER else ""
    return f"{text} {after}" if after else text
