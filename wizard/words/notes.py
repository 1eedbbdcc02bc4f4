"""Notes: what else a way needs, or a fact to know. NOTE_TEXTS: id -> text; NOTE_VALUES gives the
values of the texts with figures, from the note's parameters."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wizard.decision import parameters as P
from wizard.templatetags.babel_format import long_date, number

from .papers import document_label, document_list
from .steps import DUO_PHONE_NUMBER, phone_number

NOTE_TEXTS = {
    "after_2017_letter_needs_participation": _(
        "The DUO letter for an inburgeringsplicht that started after 30 "
        "September 2017 counts only together with the DUO letter that "
        "shows you finished the participatieverklaringstraject."
    ),
    "all_parts_passed": _("You passed every part: you should have the inburgeringsdiploma. Check Mijn Inburgering."),
    "already_have_advice": _("You already have this advice: send it with your IND application."),
    "aow_age_not_known_yet": _("The law does not fix your AOW age yet. Check rijksoverheid.nl later."),
    "apostille_for_foreign_diploma": _("A diploma from abroad needs an apostille stamp."),
    "ask_duo_combine_hours": _(
        "Together you did %(total)s hours, but the rules do not add up all three kinds of "
        "course. Ask DUO whether these hours can be combined."
    ),
    "ask_for_medical_document": _("Ask for one of these: %(docs)s."),
    "attempts_three_versus_four": _(
        "DUO asks for at least %(duo)s attempts for this advice; the IND appendix "
        "says %(ind)s. DUO gives the advice, so DUO's number is used here."
    ),
    "certified_copy_not_original": _(
        "Send a certified copy (gewaarmerkte kopie) of each diploma, certificate, "
        "getuigschrift or grade list, not the original. Only the school that gave "
        "you a diploma can certify a copy of it."
    ),
    "copy_of_diploma_not_certified": _(
        "Send a copy of your inburgeringsdiploma. This copy does not need to be certified."
    ),
    "duo_interview_invoice_first": _(
        "DUO sends an invoice for the conversation first. After you pay, you get an "
        "invitation. After the conversation DUO sends the advice by post."
    ),
    "duo_interview_then_decision": _(
        "After your application, DUO sends an invoice for the conversation "
        "(gesprek). After you pay, you get an invitation. After the conversation, "
        "DUO sends its decision by post."
    ),
    "duo_medical_examination": _(
        "An independent medical adviser examines you. You pay for the medical advice "
        "first. You get the money back if the adviser advises an ontheffing or adapted "
        "exam conditions. Ask DUO for the form and the medical examination: call "
        "%(phone)s (working days, 9:00 to 17:00)."
    ),
    "duo_test_invoice_first": _("DUO sends an invoice for the test first, then an invitation."),
    "duo_test_take_part_actively": _(
        "After your application, DUO sends an invoice for a test (toets), then an "
        "invitation. This test is not an exam to pass: DUO looks at whether you can "
        "learn the Dutch language. Take part actively: if you give no answers, you "
        "get no exemption."
    ),
    "eligible_from_may_be_earlier": _(
        "You gave only the month or the year your inburgeringstermijn started: "
        "%(start)s. We count from the last day it could be. If you know the exact "
        "day, the date may be earlier: from %(earliest)s at the earliest. Mijn "
        "Inburgering shows the exact day."
    ),
    "evidently_integrated_letter_not_exemption": _(
        "The IND appendix says that a letter that you are 'evident of "
        "aantoonbaar voldoende ingeburgerd' is not an exemption. The "
        "DUO advice described here is newer and is meant for the IND: "
        "send the DUO advice with your application."
    ),
    "exam_parts_only": _("The exemption covers the exam parts only."),
    "explain_situation_exactly": _(
        "Explain exactly what your situation is. The Minister of SZW then decides whether you get an exemption."
    ),
    "five_parts_needed": _(
        "The certificate of the naturalisation test (certificaat Naturalisatietoets) counts only "
        "if you passed all five parts: state and society (staatsinrichting en maatschappij), "
        "speaking (spreken), listening (luisteren), writing (schrijven) and reading (lezen)."
    ),
    "grade_list_needed": _("Also send the grade list (cijferlijst) with a pass for Dutch for: %(docs)s."),
    "ind_names_alfa_then_inburgering": _(
        "The IND text names an alfabetiseringscursus followed by an "
        "inburgeringscursus. The newer DUO page does not ask for that order."
    ),
    "letter_for_your_period": _(
        "The letter you have does not fit the time when your inburgeringsplicht started: "
        "%(held)s. The letter that fits is: %(fits)s."
    ),
    "letter_with_evidence": _(
        "Write a separate letter about why the exam is not possible for you. Send it with as much proof as you can."
    ),
    "mbo1_diploma_not_exemption": _(
        "An mbo diploma at level 1 (mbo niveau 1) does not exempt you from the exam. "
        "The IND appendix says: 'Als u in het bezit bent van een MBO diploma niveau 1 "
        "of een NT2 diploma dan bent u ook niet vrijgesteld.'"
    ),
    "medical_advice_too_old": _(
        "%(doc)s: valid until %(until)s. Your application date (%(on)s) is later, so this advice no longer counts."
    ),
    "no_obligation": _("You have no inburgeringsplicht: there is nothing to be released from."),
    "not_for_2022_or_later": _("Your inburgeringsplicht started in 2022 or later: this DUO exemption is not for you."),
    "nt2_diploma_not_exemption": _(
        "An Nt2 diploma (Staatsexamen Nederlands als tweede taal) does not exempt you "
        "from the exam. The IND appendix says: 'Als u in het bezit bent van een MBO "
        "diploma niveau 1 of een NT2 diploma dan bent u ook niet vrijgesteld.'"
    ),
    "old_law_municipality": _(
        "Your inburgeringsplicht started before 1 January 2013, under the old Wet "
        "inburgering. Your municipality (gemeente) decides about an exemption: contact your "
        "municipality."
    ),
    "online_lessons_do_not_count": _(
        "Only lessons in a classroom count: online lessons have not counted since %(since)s."
    ),
    "ordinary_application_fits": _("The ordinary application to DUO fits you: use that instead of a letter."),
    "originals_at_desk": _(
        "If you hand in your application at an IND desk, you may bring the originals instead. The IND makes copies."
    ),
    "participation_proof_needed": _(
        "Also send the DUO letter that shows you finished the participatieverklaringstraject."
    ),
    "participation_statement_still_needed": _(
        "Your inburgeringsplicht started after 30 September 2017: you must still do the participatieverklaring."
    ),
    "passed_exams_may_block_advice": _(
        "You have passed some exams already. DUO says you may then not get a positive advice."
    ),
    "plain_copy_of_letter": _(
        "Send a plain copy (kopie) of each letter or decision. This copy does not need to be certified."
    ),
    "registered_in_brp": _(
        "This way counts only the years in which you were registered in the BRP "
        "(Basisregistratie personen). The years do not need to be in one stretch."
    ),
    "release_integrated_not_for_permit": _(
        "This ontheffing alone is not enough for a stronger residence permit "
        "later. For that permit, send DUO's advice 'aantoonbaar voldoende "
        "ingeburgerd' with your IND application."
    ),
    "school_closed_send_evidence": _(
        "Your school no longer exists, so it cannot fill in the statement. Send proof of your course instead."
    ),
    "see_duo_advice_routes": _("To get this advice, see the DUO advice below."),
    "send_advice_with_ind_application": _("A positive advice goes with your application to the IND."),
    "spoken_dutch_a2_still_needed": _("You still need to pass the test of spoken Dutch at A2 level."),
    "term_start_assumed": _(
        "We used the start of your inburgeringsplicht (%(date)s): the term usually starts that "
        "day. Mijn Inburgering shows the exact date."
    ),
    "unregistered_partner_not_family": _(
        "A partner who is not married and not registered does not count as a family member."
    ),
}
# Notes that name the papers they are about: the papers follow in a sentence of their own.
PAPERS_NAMED = frozenset({"certified_copy_not_original", "plain_copy_of_letter"})
FOR_PAPERS = _("This is for: %(docs)s.")
TOO_OLD_NO_DATE = _(
    "%(doc)s is more than %(months)s months old on your application date (%(on)s), so this advice no longer counts."
)
NO_LETTER_FITS = _(
    "The letter you have does not fit the time when your inburgeringsplicht started: %(held)s. "
    "No letter in this list fits that time."
)


def _phone(n: dict) -> str:
    return phone_number(n.get("phone") or DUO_PHONE_NUMBER)


NOTE_VALUES = {
    "ask_duo_combine_hours": lambda n: {"total": number(n.get("total"))},
    "ask_for_medical_document": lambda n: {"docs": document_list(n.get("documents"))},
    "attempts_three_versus_four": lambda n: {"duo": number(n.get("duo")), "ind": number(n.get("ind"))},
    "grade_list_needed": lambda n: {"docs": document_list(n.get("documents"))},
    "duo_medical_examination": lambda n: {"phone": _phone(n)},
    "eligible_from_may_be_earlier": lambda n: {
        "start": long_date(n.get("term_start", "")),
        "earliest": long_date(n.get("earliest", "")),
    },
    "letter_for_your_period": lambda n: {
        "held": document_list(n.get("held")),
        "fits": document_label(n["fits"]) if n.get("fits") else "",
    },
    "medical_advice_too_old": lambda n: {
        "doc": document_label(n.get("document", "")),
        "until": long_date(n.get("valid_until", "")),
        "on": long_date(n.get("on", "")),
        "months": number(P.MEDICAL_ADVICE_VALID_MONTHS.value),
    },
    "online_lessons_do_not_count": lambda n: {"since": long_date(n.get("since", ""))},
    "term_start_assumed": lambda n: {"date": long_date(n.get("obligation_start", ""))},
}


def note_text(n: dict) -> str:
    text = NOTE_TEXTS.get(n["id"])
    if text is None:
        return ""
    if n["id"] == "letter_for_your_period" and not n.get("fits"):
        text = NO_LETTER_FITS
    if n["id"] == "medical_advice_too_old" and not n.get("valid_until"):
        text = TOO_OLD_NO_DATE
    text = str(text)
    if "%(" in text:
        text = text % NOTE_VALUES[n["id"]](n)
    if n["id"] in PAPERS_NAMED and n.get("documents"):
        text += " " + str(FOR_PAPERS) % {"docs": document_list(n["documents"])}
    return text
