"""Papers, exam parts and evidence, with their official Dutch names: one table each, one label function."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

DOCUMENT_LABELS = {
    "inburgeringsdiploma": _("Inburgeringsdiploma: you passed the inburgeringsexamen"),
    "nl_diploma": _(
        "A Dutch diploma from school or study in Dutch, for example vmbo, mavo, havo, vwo, "
        "mbo level 2 or higher, hbo or university (Nederlands diploma of getuigschrift)"
    ),
    "be_sr_diploma": _(
        "A school diploma from Belgium or Suriname, taught in Dutch, with a pass for Dutch "
        "(diploma of getuigschrift uit België of Suriname)"
    ),
    "caribbean_diploma": _("A diploma from Aruba, Curaçao or Sint Maarten, taught in Dutch, with a pass for Dutch"),
    "bes_diploma": _("A diploma from Bonaire, Sint Eustatius or Saba, taught in Dutch, with a pass for Dutch"),
    "european_baccalaureate": _(
        "European Baccalaureate with Dutch as first or second language (Europees baccalaureaat)"
    ),
    "ib_or_igcse": _("International Baccalaureate (Middle Years) or IGCSE with a pass for Dutch"),
    "naturalisatietoets_certificate": _(
        "Certificate of the naturalisation test from before 1 April 2007 (certificaat Naturalisatietoets)"
    ),
    "win_certificate_profile_test": _(
        "WIN certificate with an ROC statement of a profile test (certificaat Inburgering WIN, profieltoets)"
    ),
    "win_certificate_nt2_level2": _(
        "WIN certificate with an ROC statement of NT2 level 2 (certificaat Inburgering WIN, NT2 niveau 2)"
    ),
    "cio_certificate": _(
        "Certificate for integration of long-term residents, at least NT2 level 2 (Certificaat Inburgering Oudkomers)"
    ),
    "korte_vrijstellingstoets": _("DUO document of the short exemption test at B1 level (Korte Vrijstellingstoets)"),
    "old_wi_diploma": _("An inburgeringsdiploma from before 2013 (old Wet inburgering)"),
    "win_art5_2_decision": _(
        "A municipal decision: no integration programme needed (besluit artikel 5, tweede lid, WIN)"
    ),
    "win_art5_4_decision": _(
        "A decision: no integration programme, because you passed the test (besluit artikel 5, vierde lid, WIN)"
    ),
    "naturalisatietoets_exemption": _(
        "A document saying you did not have to take the naturalisation test (vrijstelling naturalisatietoets)"
    ),
    "bw_agi_letter": _(
        "A letter from your municipality: exemption for demonstrable efforts "
        "(brief van burgemeester en wethouders, aantoonbaar geleverde inspanningen)"
    ),
    "duo_agi_letter_2013_2017": _(
        "A letter from DUO: exemption for demonstrable efforts, for an "
        "inburgeringsplicht that started from 1 January 2013 to 30 September 2017"
    ),
    "duo_agi_letter_after_2017": _(
        "A letter from DUO: exemption for demonstrable efforts, for an "
        "inburgeringsplicht that started after 30 September 2017"
    ),
    "wi2021_certificate": _("Certificate of integration of the Wet inburgering 2021 (certificaat inburgering)"),
    "mbo1_diploma": _("An mbo diploma at level 1 (mbo niveau 1)"),
    "nt2_diploma": _("An Nt2 diploma (Staatsexamen Nederlands als tweede taal)"),
    "evidently_integrated_letter": _(
        "A letter that you are evidently or demonstrably integrated (evident of aantoonbaar voldoende ingeburgerd)"
    ),
}
MEDICAL_DOCUMENT_LABELS = {
    "bw_medical_letter": _(
        "A letter from your municipality that you are permanently unable to take the exam "
        "(brief van burgemeester en wethouders)"
    ),
    "duo_medical_letter": _("A letter from DUO that you are permanently unable to take the exam (brief van DUO)"),
    "municipal_doctor_advice": _(
        "A medical advice from a doctor chosen by your municipality (medisch advies, arts van de gemeente)"
    ),
    "szw_medical_advice": _(
        "A medical advice from an independent adviser chosen by the Ministry of SZW "
        "(medisch advies, onafhankelijk medisch adviseur)"
    ),
}
# The one table of exam-part names: the wizard's exam questions use it too (wizard/forms/exams.py).
EXAM_PART_NAMES = {
    "reading": _("Reading (Lezen)"),
    "listening": _("Listening (Luisteren)"),
    "writing": _("Writing (Schrijven)"),
    "speaking": _("Speaking (Spreken)"),
    "knm": _("Knowledge of Dutch society (KNM, Kennis van de Nederlandse Maatschappij)"),
    "ona": _("The Dutch labour market (ONA, Oriëntatie op de Nederlandse Arbeidsmarkt)"),
}
# Proof of a course at a school that no longer exists (catalogue.SCHOOL_CLOSED_EVIDENCE).
SCHOOL_CLOSED_WORDS = {
    "course_contract": _("your course contract (cursuscontract)"),
    "attendance_records": _("the attendance records (aanwezigheidsregistratie)"),
    "invoices": _("the invoices (facturen)"),
}
# The hours of each kind of course, as the wizard asks them (answer field -> words).
HOURS_KINDS = {
    "hours_inburgering": _("inburgeringscursus"),
    "hours_nt2": _("Nt2 course"),
    "hours_alfa": _("alfabetisering"),
    "hours_education": _("other course or education"),
}


def document_label(doc_id: str) -> str:
    """The words for one paper (a document or a medical document), by id."""
    return str(DOCUMENT_LABELS.get(doc_id) or MEDICAL_DOCUMENT_LABELS.get(doc_id) or doc_id)


def document_list(ids) -> str:
    return "; ".join(document_label(d) for d in ids or [])
