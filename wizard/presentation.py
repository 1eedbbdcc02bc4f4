"""What the pages show, in words: the decision service's result turned into sentences.

Every word goes through gettext (msgids in English); official Dutch names stay visible beside
them. This module DECIDES NOTHING: it reads statuses, conditions (with the person's own figures in
`have`/`need`/details), forms, costs and notes from the result, and says them.
"""
from __future__ import annotations

from contextvars import ContextVar

from django.utils.translation import gettext, gettext_lazy
from django.utils.translation.trans_real import catalog

from wizard.decision import parameters as P
from wizard.decision.catalogue import ADDRESSES, FORMS, SCHOOL_CLOSED_EVIDENCE
from wizard.templatetags.babel_format import babel_locale, euro, long_date, number

# While present() words a result, the active language's catalogue, looked up once: Django's gettext
# looks up the active language again on every call (2.4 µs against 0.3 µs on the benchmark machine),
# and a result page words about fifty texts this way.
_CATALOGUE: ContextVar = ContextVar("catalogue", default=None)


def _(message: str) -> str:
    """gettext: through the catalogue present() looked up, or Django's when called on its own."""
    catalogue = _CATALOGUE.get()
    return catalogue.gettext(message) if catalogue is not None else gettext(message)


# --- Papers, with their official Dutch names ---------------------------------------------------
DOCUMENT_LABELS = {
    "inburgeringsdiploma": gettext_lazy("Inburgeringsdiploma: you passed the inburgeringsexamen"),
    "nl_diploma": gettext_lazy("A Dutch diploma from school or study in Dutch, for example vmbo, mavo, havo, vwo, "
                        "mbo level 2 or higher, hbo or university (Nederlands diploma of getuigschrift)"),
    "be_sr_diploma": gettext_lazy("A school diploma from Belgium or Suriname, taught in Dutch, with a pass for Dutch "
                           "(diploma of getuigschrift uit België of Suriname)"),
    "caribbean_diploma": gettext_lazy("A diploma from Aruba, Curaçao or Sint Maarten, taught in Dutch, with a pass "
                               "for Dutch"),
    "bes_diploma": gettext_lazy("A diploma from Bonaire, Sint Eustatius or Saba, taught in Dutch, with a pass for Dutch"),
    "european_baccalaureate": gettext_lazy("European Baccalaureate with Dutch as first or second language "
                                    "(Europees baccalaureaat)"),
    "ib_or_igcse": gettext_lazy("International Baccalaureate (Middle Years) or IGCSE with a pass for Dutch"),
    "naturalisatietoets_certificate": gettext_lazy("Certificate of the naturalisation test from before 1 April 2007 "
                                            "(certificaat Naturalisatietoets)"),
    "win_certificate_profile_test": gettext_lazy("WIN certificate with an ROC statement of a profile test "
                                          "(certificaat Inburgering WIN, profieltoets)"),
    "win_certificate_nt2_level2": gettext_lazy("WIN certificate with an ROC statement of NT2 level 2 "
                                        "(certificaat Inburgering WIN, NT2 niveau 2)"),
    "cio_certificate": gettext_lazy("Certificate for integration of long-term residents, at least NT2 level 2 "
                             "(Certificaat Inburgering Oudkomers)"),
    "korte_vrijstellingstoets": gettext_lazy("DUO document of the short exemption test at B1 level (Korte Vrijstellingstoets)"),
    "old_wi_diploma": gettext_lazy("An inburgeringsdiploma from before 2013 (old Wet inburgering)"),
    "win_art5_2_decision": gettext_lazy("A municipal decision: no integration programme needed (besluit artikel 5, "
                                 "tweede lid, WIN)"),
    "win_art5_4_decision": gettext_lazy("A decision: no integration programme, because you passed the test "
                                 "(besluit artikel 5, vierde lid, WIN)"),
    "naturalisatietoets_exemption": gettext_lazy("A document saying you did not have to take the naturalisation test "
                                          "(vrijstelling naturalisatietoets)"),
    "bw_agi_letter": gettext_lazy("A letter from your municipality: exemption for demonstrable efforts "
                           "(brief van burgemeester en wethouders, aantoonbaar geleverde inspanningen)"),
    "duo_agi_letter_2013_2017": gettext_lazy("A letter from DUO: exemption for demonstrable efforts, for an "
                                             "inburgeringsplicht that started from 1 January 2013 to 30 September "
                                             "2017"),
    "duo_agi_letter_after_2017": gettext_lazy("A letter from DUO: exemption for demonstrable efforts, for an "
                                       "inburgeringsplicht that started after 30 September 2017"),
    "wi2021_certificate": gettext_lazy("Certificate of integration of the Wet inburgering 2021 (certificaat inburgering)"),
    "mbo1_diploma": gettext_lazy("An mbo diploma at level 1 (mbo niveau 1)"),
    "nt2_diploma": gettext_lazy("An Nt2 diploma (Staatsexamen Nederlands als tweede taal)"),
    "evidently_integrated_letter": gettext_lazy("A letter that you are evidently or demonstrably integrated "
                                         "(evident of aantoonbaar voldoende ingeburgerd)"),
}
MEDICAL_DOCUMENT_LABELS = {
    "bw_medical_letter": gettext_lazy("A letter from your municipality that you are permanently unable to take the exam "
                               "(brief van burgemeester en wethouders)"),
    "duo_medical_letter": gettext_lazy("A letter from DUO that you are permanently unable to take the exam (brief van DUO)"),
    "municipal_doctor_advice": gettext_lazy("A medical advice from a doctor chosen by your municipality "
                                     "(medisch advies, arts van de gemeente)"),
    "szw_medical_advice": gettext_lazy("A medical advice from an independent adviser chosen by the Ministry of SZW "
                                "(medisch advies, onafhankelijk medisch adviseur)"),
}
EXAM_PART_NAMES = {
    "reading": gettext_lazy("Reading (Lezen)"), "listening": gettext_lazy("Listening (Luisteren)"),
    "writing": gettext_lazy("Writing (Schrijven)"), "speaking": gettext_lazy("Speaking (Spreken)"),
    "knm": gettext_lazy("KNM (Kennis van de Nederlandse Maatschappij)"),
    "ona": gettext_lazy("ONA (Oriëntatie op de Nederlandse Arbeidsmarkt)"),
}

# --- Answers in words (check-your-answers page) -------------------------------------------------


def describe_date(value) -> str:
    return long_date(value) if value else _("I don't know")


def country_name(code: str) -> str:
    from babel import Locale
    return Locale.parse(babel_locale()).territories.get(code, code)


def describe_value(field, value) -> str:
    """A stored value of a form field in words."""
    from django import forms
    if isinstance(field, forms.BooleanField):
        return str(field.label) if value else ""
    if value is None or value == "":
        return _("I don't know")
    choices = dict(getattr(field, "choices", []) or [])
    if isinstance(value, list):
        return ", ".join(str(choices.get(v, v)) for v in value) or _("None")
    if choices:
        return str(choices.get(value, value))
    if isinstance(value, (int, float)):
        return number(value)
    return str(value)


# --- Routes ---------------------------------------------------------------------------------
GOAL_TITLES = {
    "release_from_obligation": gettext_lazy("Released from the inburgeringsplicht (ontheffing, DUO)"),
    "stronger_permit": gettext_lazy("A stronger residence permit (IND)"),
    "naturalisation": gettext_lazy("Becoming Dutch (naturalisatie)"),
}
ROUTE_TITLES = {
    "duo_agi_course": gettext_lazy("Exemption for demonstrable efforts after an inburgeringscursus or Nt2 course "
                            "(ontheffing aantoonbaar geleverde inspanningen)"),
    "duo_agi_alfa": gettext_lazy("Exemption for demonstrable efforts after an alfabetiseringscursus "
                          "(ontheffing aantoonbaar geleverde inspanningen, alfabetisering)"),
    "szw_hardship_letter": gettext_lazy("A letter to the Minister of SZW about a very difficult situation"),
    "ind_diploma": gettext_lazy("You have the inburgeringsdiploma"),
    "ind_nationality": gettext_lazy("Belgian or Luxembourg nationality"),
    "ind_turkish": gettext_lazy("Turkish nationality, or family of someone with Turkish nationality"),
    "ind_age": gettext_lazy("Younger than 18, or the AOW age reached"),
    "ind_school_age_residence": gettext_lazy("8 years in the Netherlands at school age"),
    "ind_documents": gettext_lazy("A diploma, certificate or letter that exempts you (vrijstelling)"),
    "ind_medical": gettext_lazy("Medical reasons (medische gronden)"),
    "ind_efforts": gettext_lazy("Demonstrable efforts: the DUO advice with your application"),
    "ind_roc_advice": gettext_lazy("An ROC advice (haalbaarheidsonderzoek)"),
    "ind_special_circumstances": gettext_lazy("Special personal circumstances (bijzondere individuele omstandigheden)"),
    "duo_advice_agi_course": gettext_lazy("DUO advice 'aantoonbaar geleverde inspanningen' after an inburgeringscursus "
                                   "or Nt2 course"),
    "duo_advice_agi_alfa": gettext_lazy("DUO advice 'aantoonbaar geleverde inspanningen' after an alfabetiseringscursus"),
    "duo_advice_integrated": gettext_lazy("DUO advice 'aantoonbaar voldoende ingeburgerd': long residence and work"),
}
STATUS_LABELS = {
    "eligible": gettext_lazy("Probably possible"),
    "not_yet": gettext_lazy("Not yet"),
    "needs_info": gettext_lazy("More information needed"),
    "not_eligible": gettext_lazy("Not possible now"),
    "not_applicable": gettext_lazy("Not for you"),
}
FILLED_BY = {
    "you": gettext_lazy("You fill this in and sign it."),
    "school": gettext_lazy("Your school fills this in."),
    "employer": gettext_lazy("Your employer fills this in."),
}
FORM_WHAT = {
    "agi_ontheffing_application": gettext_lazy("The application form for the exemption. Print it yourself: DUO does not "
                                        "send forms."),
    "course_participation_statement": gettext_lazy("The statement about your course. It comes with the application form."),
    "agi_advice_application": gettext_lazy("The application form for the DUO advice. Print it yourself."),
    "integrated_advice_application": gettext_lazy("The application form for the DUO advice. Print it yourself."),
    "employer_statement": gettext_lazy("A statement from your employer about your work (werkgeversverklaring). "
                                "One for each employer."),
    "szw_letter": gettext_lazy("Your own letter. Explain exactly what your situation is. Add proof of your hours "
                        "and of your situation."),
    "ind_special_circumstances_letter": gettext_lazy("Your own letter: explain why you cannot pass the exam. "
                                              "Add as much proof as you can."),
    "ind_inburgeringsvereiste_appendix": gettext_lazy("The appendix of your IND application. Tick the situation that "
                                               "fits you and add the proof."),
}
ADVICE_TEXTS = {
    "contact_municipality": (
        gettext_lazy("Contact your municipality (gemeente)"),
        gettext_lazy("Your inburgeringsplicht started in 2022 or later: the Wet inburgering 2021 applies. It has no "
              "exemption for demonstrable efforts. An exemption is possible only for medical reasons or special "
              "personal circumstances, through your municipality. If you cannot do what is asked of you, "
              "contact your municipality.")),
    "ask_extension": (
        gettext_lazy("Ask DUO for more time (extra tijd)"),
        gettext_lazy("You do not have enough hours or exam attempts yet. You may be able to get extra time to "
              "integrate. Ask DUO.")),
    "school_closed_evidence": (
        gettext_lazy("Your school no longer exists: send proof instead"),
        gettext_lazy("Send DUO as much proof of your course as you can: for example your course contract, the "
              "attendance records or the invoices.")),
    "see_ind": (
        gettext_lazy("Look at the IND website or ask the IND"),
        gettext_lazy("The IND decides about residence permits and naturalisation. On ind.nl you can see when you can "
              "get a vrijstelling or ontheffing for the exam, and you can ask the IND your question.")),
}
SCHOOL_CLOSED_WORDS = {
    "course_contract": gettext_lazy("your course contract (cursuscontract)"),
    "attendance_records": gettext_lazy("the attendance records (aanwezigheidsregistratie)"),
    "invoices": gettext_lazy("the invoices (facturen)"),
}


def _docs(ids):
    return "; ".join(str(DOCUMENT_LABELS.get(d) or MEDICAL_DOCUMENT_LABELS.get(d) or d) for d in ids or [])


def _yes_no(status, met, unmet, unknown):
    """The words for the condition's status: each argument is a function, so only one is worded."""
    return {"met": met, "unmet": unmet}.get(status, unknown)()


def condition_text(c: dict) -> str:
    """One reason, with the person's own figures where the condition carries them."""
    cid, status = c["id"], c["status"]
    have, need = c.get("have"), c.get("need")
    if cid == "obliged":
        return _yes_no(status, lambda: _("You have an inburgeringsplicht."),
                       lambda: _("You have no inburgeringsplicht, so there is nothing to be released from."),
                       lambda: _("We do not know whether you have an inburgeringsplicht."))
    if cid == "obligation_before_2022":
        d = {"date": long_date(P.WI2021_START.value)}
        return _yes_no(status, lambda: _("Your inburgeringsplicht started before %(date)s.") % d,
                       lambda: _("Your inburgeringsplicht started on or after %(date)s. This DUO page is not for "
                                 "you.") % d,
                       lambda: _("We do not know when your inburgeringsplicht started."))
    if cid == "term_elapsed":
        d = {"start": long_date(c.get("term_start", "")), "from": long_date(c.get("eligible_from", ""))}
        return _yes_no(status,
                       lambda: _("Your inburgeringstermijn started on %(start)s: 2.5 years have passed.") % d,
                       lambda: _("Your inburgeringstermijn started on %(start)s. On %(from)s, 2.5 years will have "
                                 "passed.") % d,
                       lambda: _("We do not know when your inburgeringstermijn started. Mijn Inburgering shows the "
                                 "date."))
    if cid == "hours":
        # have/need are the limit the hours miss; the sentences give the hours together and the 600.
        have, need = c.get("hours_together", have), c.get("hours_together_need", need)
    if cid == "hours" and "hours_alfa" in c:
        d = {"alfa": number(c["hours_alfa"]), "alfa_need": number(c.get("hours_alfa_need")),
             "have": number(have), "need": number(need), "missing": number(c.get("hours_missing"))}
        base = _("You did %(alfa)s hours of alfabetisering and %(have)s hours in total. Needed: at least "
                 "%(alfa_need)s hours of alfabetisering and %(need)s hours in total.") % d
        if status == "unmet":
            return base + " " + _("%(missing)s hours are missing.") % d
        if status == "unknown":
            return _("We do not know all your course hours.") + " " + base
        return base
    if cid == "hours":
        d = {"have": number(have), "need": number(need), "missing": number(c.get("hours_missing"))}
        if c.get("way") == "inburgering_plus_alfa":
            base = _("You did %(have)s hours of inburgeringscursus and alfabetisering together. "
                     "%(need)s hours are needed.") % d
        else:
            base = _("You did %(have)s hours of inburgeringscursus and Nt2 together. %(need)s hours are needed.") % d
        if status == "unmet":
            base += " " + _("%(missing)s hours are missing.") % d
            if c.get("inburgering_hours_for_alfa"):
                base += " " + _("Hours of alfabetisering count only when you did at least %(n)s hours of "
                                "inburgeringscursus.") % {"n": number(c["inburgering_hours_for_alfa"])}
        if status == "unknown":
            return _("We do not know all your course hours.") + " " + base
        return base
    if cid == "exam_attempts":
        parts = c.get("parts") or []
        d = {"need": number(need)}
        if status == "met":
            if all(p.get("passed") or p.get("counts") is False for p in parts):
                return _("You passed every part of the exam that counts.")
            return _("You took every part you did not pass at least %(need)s times.") % d
        lines = [(_("Every part you did not pass must be taken at least %(need)s times. At most 2 Staatsexamen "
                    "Nt2 attempts count for each part.") % d)]
        for p in parts:
            name = str(EXAM_PART_NAMES.get(p["part"], p["part"]))
            if p.get("status") == "unmet":
                lines.append(_("%(part)s: %(have)s times.") % {"part": name, "have": number(p.get("have"))})
            elif p.get("status") == "unknown" and status == "unknown":
                lines.append(_("%(part)s: we do not know.") % {"part": name})
        return " ".join(lines)
    if cid == "school_listed_at_start":
        return _yes_no(status, lambda: _("Your school was on zoekinburgerschool.nl when you started."),
                       lambda: _("Your school was not on zoekinburgerschool.nl when you started."),
                       lambda: _("We do not know whether your school was on zoekinburgerschool.nl when you started."))
    if cid == "school_listed_now":
        return _yes_no(status, lambda: _("Your school is on zoekinburgerschool.nl."),
                       lambda: _("Your school is not on zoekinburgerschool.nl."),
                       lambda: _("We do not know whether your school is on zoekinburgerschool.nl now."))
    if cid == "hours_any_course_or_education":
        d = {"have": number(have), "need": number(need), "missing": number(max(0, (need or 0) - (have or 0)))}
        return _yes_no(status,
                       lambda: _("You did %(have)s hours of course or education. %(need)s hours are needed.") % d,
                       lambda: _("You did %(have)s hours of course or education. %(need)s hours are needed: "
                         "%(missing)s hours are missing.") % d,
                       lambda: _("We know of %(have)s hours of course or education; we do not know all your "
                                 "hours.") % d)
    if cid == "difficult_situation":
        return _yes_no(status, lambda: _("You are in a very difficult situation."),
                       lambda: _("You said there is no very difficult situation."),
                       lambda: _("We do not know whether a very difficult situation keeps you from meeting the "
                                 "conditions."))
    if cid == "no_duo_agi_route":
        return _yes_no(status, lambda: _("The ordinary DUO exemption does not fit you."),
                       lambda: _("The ordinary DUO exemption fits you (see above): use that instead."),
                       lambda: _("It is not clear yet whether the ordinary DUO exemption fits you."))
    if cid == "diploma":
        return _yes_no(status, lambda: _("You have the "
                                         "inburgeringsdiploma."), lambda: _("You do not have the inburgeringsdiploma."),
                       lambda: _("We do not know whether you have the inburgeringsdiploma."))
    if cid == "nationality_be_lu":
        return _yes_no(status, lambda: _("You have Belgian or Luxembourg nationality."),
                       lambda: _("You do not have Belgian or Luxembourg nationality."),
                       lambda: _("We do not know your nationality."))
    if cid == "turkish_nationality_or_family":
        return _yes_no(status, lambda: _("You have Turkish nationality, or you are family of someone who has it."),
                       lambda: _("You do not have Turkish nationality and you are not family of someone who has it."),
                       lambda: _("We do not know whether you have Turkish nationality or are family of someone who "
                                 "has it."))
    if cid == "under_18_or_aow_age":
        d = {"age": number(c.get("age")), "on": long_date(c.get("on", "")), "aow": long_date(c.get("aow_from", ""))}
        if status == "met":
            if c.get("adult_from"):
                return _("You are %(age)s years old on %(on)s: younger than 18.") % d
            return _("You have reached the AOW age on %(on)s.") % d
        if status == "unmet":
            text = _("You are %(age)s years old on %(on)s: not younger than 18, and you have not reached the "
                     "AOW age.") % d
            if c.get("aow_from"):
                text += " " + _("Your AOW age starts on %(aow)s.") % d
            return text
        if "age" in c:
            return _("Your AOW age is not fixed by law yet, so we cannot say whether you have reached it.")
        return _("We do not know your date of birth.")
    if cid == "school_age_years":
        d = {"have": number(have), "need": number(need)}
        return _yes_no(status,
                       lambda: _("You lived %(have)s years in the Netherlands at school age. %(need)s are needed.") % d,
                       lambda: _("You lived %(have)s years in the Netherlands at school age. %(need)s are needed.") % d,
                       lambda: _("We do not know how many years you lived in the Netherlands at school age."))
    if cid == "exempting_document":
        if status == "unknown" and c.get("asks") == ["documents"]:
            return _("We do not know which papers you have.")
        d = {"docs": _docs(c.get("documents"))}
        return _yes_no(status, lambda: _("You have a paper that exempts you: %(docs)s.") % d,
                       lambda: _("None of your papers exempts you."),
                       lambda: _("Whether your letter counts depends on when your inburgeringsplicht started, and "
                                 "for a "
                         "letter after September 2017 on the participatieverklaring."))
    if cid == "medical_condition":
        return _yes_no(status, lambda: _("You are permanently unable to take the exam for medical reasons."),
                       lambda: _("You said you are not permanently unable to take the exam for medical reasons."),
                       lambda: _("We do not know whether you are permanently unable to take the exam."))
    if cid == "medical_document":
        d = {"docs": _docs(c.get("documents"))}
        return _yes_no(status, lambda: _("You have a medical letter or advice that fits: %(docs)s.") % d,
                       lambda: _("You do not have a medical letter or advice that fits."),
                       lambda: _("We do not know whether you have a medical letter or advice that fits."))
    if cid == "duo_advice_integrated":
        return _yes_no(status, lambda: _("You have a positive DUO advice 'aantoonbaar voldoende ingeburgerd'."),
                       lambda: _("You do not have a positive DUO advice 'aantoonbaar voldoende ingeburgerd' (yet)."),
                       lambda: _("We do not know whether you have a positive DUO advice 'aantoonbaar voldoende "
                                 "ingeburgerd'."))
    if cid == "duo_advice_agi":
        return _yes_no(status, lambda: _("You have a positive DUO advice 'aantoonbaar geleverde inspanningen'."),
                       lambda: _("You do not have a positive DUO advice 'aantoonbaar geleverde inspanningen' (yet)."),
                       lambda: _("We do not know whether you have a positive DUO advice 'aantoonbaar geleverde "
                                 "inspanningen'."))
    if cid == "roc_advice_valid":
        d = {"until": long_date(c.get("valid_until", ""))}
        if status == "met":
            return _("Your ROC advice is valid until %(until)s.") % d
        if status == "unmet":
            if c.get("valid_until"):
                return _("Your ROC advice was valid until %(until)s: it is too old now.") % d
            return _("You have no ROC advice that is still valid.")
        return _("We do not know the date of your ROC advice.")
    if cid == "permit_type_fits":
        return _yes_no(status, lambda: _("This is possible for the permit you want."),
                       lambda: _("This is not possible for the permit 'EU-langdurig ingezetene'."),
                       lambda: _("We do not know which permit you want."))
    if cid == "special_circumstances":
        return _yes_no(status, lambda: _("There are special personal circumstances that make the exam impossible."),
                       lambda: _("You said there are no special personal circumstances."),
                       lambda: _("We do not know whether special personal circumstances make the exam impossible."))
    if cid in ("years_lived", "years_worked"):
        d = {"have": number(have), "need": number(need)}
        if cid == "years_lived":
            return _yes_no(status, lambda: _("You have lived in the Netherlands %(have)s years. %(need)s are "
                                             "needed.") % d,
                           lambda: _("You have lived in the Netherlands %(have)s years. %(need)s are needed.") % d,
                           lambda: _("We do not know how many years you have lived in the Netherlands."))
        return _yes_no(status, lambda: _("You have worked in the Netherlands %(have)s years. %(need)s are needed.") % d,
                       lambda: _("You have worked in the Netherlands %(have)s years. %(need)s are needed.") % d,
                       lambda: _("We do not know how many years you have worked in the Netherlands."))
    if cid == "dutch_good":
        return _yes_no(status, lambda: _("You speak Dutch "
                                         "well."), lambda: _("You said your Dutch is not good enough yet."),
                       lambda: _("We do not know whether you speak Dutch well."))
    return c.get("phrase", "")


NOTE_TEXTS = {
    "all_parts_passed": gettext_lazy("You passed every part: you should have the inburgeringsdiploma. Check Mijn "
                                     "Inburgering."),
    "already_have_advice": gettext_lazy("You already have this advice: send it with your IND application."),
    "aow_age_not_known_yet": gettext_lazy("The law does not fix your AOW age yet. Check rijksoverheid.nl later."),
    "apostille_for_foreign_diploma": gettext_lazy("A diploma from abroad needs an apostille stamp."),
    "ask_duo_combine_hours": gettext_lazy("Together you did %(total)s hours, but the rules do not add up all three "
                                          "kinds of course. Ask DUO whether these hours can be combined."),
    "ask_for_medical_document": gettext_lazy("Ask for one of these: %(docs)s."),
    "attempts_three_versus_four": gettext_lazy("DUO asks for at least %(duo)s attempts for this advice; the IND "
                                               "appendix says %(ind)s. DUO gives the advice, so DUO's number is "
                                               "used here."),
    "certified_copy_not_original": gettext_lazy("Send a certified copy (gewaarmerkte kopie, 'kopie conform "
                                                "origineel'), not the original. Only the school may certify a copy "
                                                "of a diploma."),
    "copy_of_diploma_not_certified": gettext_lazy("Send a copy of your inburgeringsdiploma. This copy does not need "
                                                  "to be certified."),
    "duo_interview_invoice_first": gettext_lazy("DUO sends an invoice for the conversation first. After you pay, "
                                                "you get an invitation. After the conversation DUO sends the advice "
                                                "by post."),
    "duo_test_invoice_first": gettext_lazy("DUO sends an invoice for the test first, then an invitation."),
    "duo_test_take_part_actively": gettext_lazy("DUO sends an invoice for the test first, then an invitation. Take "
                                                "part actively in the test: if you give no answers, you get no "
                                                "exemption."),
    "evidently_integrated_letter_not_exemption": gettext_lazy("The IND appendix says that a letter that you are "
                                                              "'evident of aantoonbaar voldoende ingeburgerd' is "
                                                              "not an exemption. The DUO advice described here is "
                                                              "newer and is meant for the IND: send the DUO advice "
                                                              "with your application."),
    "exam_parts_only": gettext_lazy("The exemption covers the exam parts only."),
    "explain_situation_exactly": gettext_lazy("Explain exactly what your situation is. The Minister of SZW then "
                                              "decides whether you get an exemption."),
    "five_parts_needed": gettext_lazy("The certificate of the naturalisation test (certificaat Naturalisatietoets) "
                                      "counts only if you passed all five parts: state and society (staatsinrichting "
                                      "en maatschappij), speaking (spreken), listening (luisteren), writing "
                                      "(schrijven) and reading (lezen)."),
    "grade_list_needed": gettext_lazy("Also send the grade list (cijferlijst) with a pass for Dutch for: %(docs)s."),
    "ind_names_alfa_then_inburgering": gettext_lazy("The IND text names an alfabetiseringscursus followed by an "
                                                    "inburgeringscursus. The newer DUO page does not ask for that "
                                                    "order."),
    "letter_with_evidence": gettext_lazy("Write a separate letter about why the exam is not possible for you. Send "
                                         "it with as much proof as you can."),
    "no_obligation": gettext_lazy("You have no inburgeringsplicht: there is nothing to be released from."),
    "not_for_2022_or_later": gettext_lazy("Your inburgeringsplicht started in 2022 or later: this DUO exemption is "
                                          "not for you."),
    "online_lessons_do_not_count": gettext_lazy("Only lessons in a classroom count: online lessons have not counted "
                                                "since %(since)s."),
    "ordinary_application_fits": gettext_lazy("The ordinary application to DUO fits you: use that instead of a "
                                              "letter."),
    "originals_at_desk": gettext_lazy("If you hand in your application at an IND desk, you may bring the originals "
                                      "instead. The IND makes copies."),
    "participation_proof_needed": gettext_lazy("Also send the DUO letter that shows you finished the "
                                               "participatieverklaringstraject."),
    "participation_statement_still_needed": gettext_lazy("Your inburgeringsplicht started after 30 September 2017: "
                                                         "you must still do the participatieverklaring."),
    "passed_exams_may_block_advice": gettext_lazy("You have passed some exams already. DUO says you may then not "
                                                  "get a positive advice."),
    "registered_in_brp": gettext_lazy("You must have been registered in the BRP (Basisregistratie personen) in "
                                      "those years. The years do not need to be in one stretch."),
    "school_closed_send_evidence": gettext_lazy("Your school no longer exists, so it cannot fill in the statement. "
                                                "Send proof of your course instead."),
    "see_duo_advice_routes": gettext_lazy("To get this advice, see the DUO advice below."),
    "send_advice_with_ind_application": gettext_lazy("A positive advice goes with your application to the IND."),
    "spoken_dutch_a2_still_needed": gettext_lazy("You still need to pass the test of spoken Dutch at A2 level."),
    "term_start_assumed": gettext_lazy("We used the start of your inburgeringsplicht (%(date)s): the term usually "
                                       "starts that day. Mijn Inburgering shows the exact date."),
    "unregistered_partner_not_family": gettext_lazy("A partner who is not married and not registered does not count "
                                                    "as a family member."),
}


def note_text(n: dict) -> str:
    text = NOTE_TEXTS.get(n["id"])
    if text is None:
        return ""
    text = str(text)
    if "%(" not in text:
        return text
    values = {
        "total": number(n.get("total")),
        "docs": _docs(n.get("documents")),
        "duo": n.get("duo"), "ind": n.get("ind"),
        "since": long_date(n.get("since", "")),
        "date": long_date(n.get("obligation_start", "")),
    }
    return text % values


def headline(route: dict) -> str:
    status, rid = route["status"], route["id"]
    notes = {n["id"] for n in route.get("notes", [])}
    if status == "eligible":
        if "already_have_advice" in notes:
            return _("You already have this: send it with your IND application.")
        if rid in ("duo_agi_course", "duo_agi_alfa"):
            return _("You can probably apply to DUO for this exemption (ontheffing).")
        if rid == "szw_hardship_letter":
            return _("You can probably write to the Minister of SZW for an exemption.")
        if rid.startswith("duo_advice"):
            return _("You can probably ask DUO for this advice.")
        return _("You can probably use this with your IND application: you may not need the exam.")
    if status == "not_yet":
        return _("Not yet: from %(date)s") % {"date": long_date(route.get("eligible_from") or "")}
    if status == "needs_info":
        return _("More information is needed to say whether this fits.")
    if status == "not_eligible":
        for c in route["conditions"]:
            if c["status"] == "unmet" and c.get("hours_missing"):
                return _("%(hours)s hours are missing.") % {"hours": number(c["hours_missing"])}
        return _("This does not fit your answers.")
    return _("This is not for you.")


def form_item(form_id: str) -> dict:
    spec = FORMS[form_id]
    return {"id": form_id, "name_nl": spec["name_nl"], "what": str(FORM_WHAT.get(form_id, "")),
            "filled_by": str(FILLED_BY.get(spec["filled_by"], "")), "sign": spec.get("sign", False)}


def cost_item(cost: dict) -> str:
    d = {"amount": euro(cost["eur"])}
    if cost["id"] == "duo_test":
        return _("The DUO test (toets): %(amount)s. DUO sends an invoice first, then the invitation.") % d
    if cost["id"] == "duo_interview":
        return _("The conversation with DUO (gesprek): %(amount)s. DUO sends an invoice first, then the "
                 "invitation.") % d
    return euro(cost["eur"])


def phone_number(number: str) -> str:
    """A phone number that stays whole and in order in any language: never broken over two lines
    (no-break spaces) and isolated left to right inside Arabic text (LRI ... PDI)."""
    return "\u2066" + number.replace(" ", "\u00a0") + "\u2069"


def address(send_to: str) -> dict:
    spec = ADDRESSES.get(send_to, {})
    if send_to == "szw":
        return {"to": _("Send your letter by post to:"), "lines": spec["lines"], "exact": True}
    if send_to == "duo":
        return {"to": _("Send by post to DUO. Use the address printed on the form (at the top right). It is "
                        "usually:"), "lines": spec["usual_lines"],
                "phone": _("Questions? Call DUO: %(phone)s (working days, 9:00 to 17:00).") % {
                    "phone": phone_number(spec["phone"])}}
    if send_to == "ind":
        return {"to": _("Send this with your application to the IND. The application says where it goes."),
                "lines": []}
    return {"to": "", "lines": []}


def next_steps(route: dict, answer_time: bool = True) -> list:
    """What to do, in order, for a route that fits or will fit. The checklist leaves out the answer
    time (`answer_time=False`): it is no step to tick, and its "Waiting time" says it."""
    steps = []
    if route["status"] == "not_yet":
        steps.append(_("Wait until %(date)s. Then:") % {"date": long_date(route.get("eligible_from") or "")})
    for form_id in route["forms"]:
        spec = FORMS[form_id]
        d = {"name": spec["name_nl"]}
        if spec["filled_by"] == "school":
            steps.append(_("Ask your school to fill in the '%(name)s'.") % d)
        elif spec["filled_by"] == "employer":
            steps.append(_("Ask each employer to fill in the '%(name)s'.") % d)
        elif form_id in ("szw_letter", "ind_special_circumstances_letter"):
            steps.append(_("Write the letter (%(name)s) and sign it.") % d)
        else:
            steps.append(_("Print the form '%(name)s', fill it in and sign it.") % d)
    if route["send_to"] == "duo":
        steps.append(_("Send everything by post to DUO."))
    elif route["send_to"] == "szw":
        steps.append(_("Send the letter by post to the Ministry of SZW."))
    else:
        steps.append(_("Send it with your IND application."))
    if answer_time and route.get("answer_weeks"):
        steps.append(_("You get an answer within %(weeks)s weeks.") % {"weeks": number(route["answer_weeks"])})
    return steps


# Notes on how to send or pay for something: no help on a way that does not fit ("Send a copy of
# your inburgeringsdiploma" to someone without one), so a closed way shows only the other notes.
HOW_TO_SEND_NOTES = frozenset({
    "already_have_advice", "apostille_for_foreign_diploma", "certified_copy_not_original",
    "copy_of_diploma_not_certified", "duo_interview_invoice_first", "duo_test_invoice_first",
    "duo_test_take_part_actively", "explain_situation_exactly", "grade_list_needed", "letter_with_evidence",
    "originals_at_desk", "participation_proof_needed", "school_closed_send_evidence",
    "send_advice_with_ind_application",
})


def _notes(route: dict) -> list:
    status = route["status"]
    if status == "not_applicable":
        return []
    notes = route.get("notes", [])
    if status == "not_eligible":
        notes = [n for n in notes if n["id"] not in HOW_TO_SEND_NOTES]
    return [t for t in (note_text(n) for n in notes) if t]


def present_route(route: dict) -> dict:
    status = route["status"]
    useful = status in ("eligible", "not_yet")
    conditions = route["conditions"]
    if status == "not_applicable":
        shown = [c for c in conditions if c.get("kind") == "scope" and c["status"] == "unmet"]
    else:
        shown = conditions
    return {
        "id": route["id"],
        "status": status,
        "useful": useful,
        "status_label": str(STATUS_LABELS[status]),
        "title": str(ROUTE_TITLES.get(route["id"], route["id"])),
        "headline": headline(route),
        "reasons": [{"status": c["status"], "text": condition_text(c)} for c in shown],
        "next_steps": next_steps(route) if useful else [],
        "forms": [form_item(f) for f in route["forms"]] if useful else [],
        "costs": [cost_item(c) for c in route.get("costs", [])] if useful else [],
        "address": address(route["send_to"]) if useful else None,
        "source_title": route["source_title"],
        "notes": _notes(route),
    }


def advice_items(ids: list) -> list:
    items = []
    for aid in ids:
        title, text = ADVICE_TEXTS[aid]
        item = {"id": aid, "title": str(title), "text": str(text)}
        if aid == "school_closed_evidence":
            item["list"] = [str(SCHOOL_CLOSED_WORDS[e]) for e in SCHOOL_CLOSED_EVIDENCE]
        items.append(item)
    return items


def fitting_way(routes: list) -> bool:
    """A way fits: the wizard asked nothing more about the others (decision/relevance.py), so the
    ways we cannot judge yet are not sent round the check again."""
    return any(r["status"] == "eligible" for r in routes)


def present(result: dict) -> dict:
    """The result page's content, in the active language."""
    token = _CATALOGUE.set(catalog())
    try:
        return _present(result)
    finally:
        _CATALOGUE.reset(token)


def _present(result: dict) -> dict:
    routes = [present_route(r) for r in result["routes"]]
    return {
        "goal": result.get("goal"),
        "goal_title": str(GOAL_TITLES.get(result.get("goal"), "")),
        "today": result["today"],
        "rules_version": result["rules_version"],
        "routes": routes,
        "open_routes": [r for r in routes if r["status"] in ("eligible", "not_yet")],
        "unknown_routes": [r for r in routes if r["status"] == "needs_info"],
        "fitting_way": fitting_way(routes),
        "closed_routes": [r for r in routes if r["status"] in ("not_eligible", "not_applicable")],
        "advice": advice_items(result.get("advice", [])),
        "duo_phone": phone_number(ADDRESSES["duo"]["phone"]),
    }

