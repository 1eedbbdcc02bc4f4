"""Every condition, note and advice id the decision service can put in a result, declared once.

The result page, the checklist and the API show these ids; a test (tests/wizard/test_words.py)
checks that each has words in every language. `logic.note` and `logic.Condition` refuse an id that
is not listed here, so a rule cannot return an id that nothing can say.
"""

from __future__ import annotations

CONDITION_IDS = (
    # scope: whether the route is for this person at all
    "obliged",
    "obligation_before_2022",
    "obligation_from_2013",
    "not_all_parts_passed",
    "permit_type_fits",
    # the rest
    "term_elapsed",
    "hours",
    "school_listed_at_start",
    "school_listed_now",
    "exam_attempts",
    "hours_any_course_or_education",
    "difficult_situation",
    "no_duo_agi_route",
    "diploma",
    "nationality_be_lu",
    "turkish_nationality_or_family",
    "under_18_or_aow_age",
    "school_age_years",
    "exempting_document",
    "medical_condition",
    "medical_document",
    "duo_advice_agi",
    "roc_advice_valid",
    "special_circumstances",
    "duo_advice_integrated",
    "years_lived",
    "years_worked",
    "dutch_good",
)

NOTE_IDS = (
    "after_2017_letter_needs_participation",
    "all_parts_passed",
    "already_have_advice",
    "aow_age_not_known_yet",
    "apostille_for_foreign_diploma",
    "ask_duo_combine_hours",
    "ask_for_medical_document",
    "attempts_three_versus_four",
    "certified_copy_not_original",
    "copy_of_diploma_not_certified",
    "duo_interview_invoice_first",
    "duo_interview_then_decision",
    "duo_medical_examination",
    "duo_test_invoice_first",
    "duo_test_take_part_actively",
    "eligible_from_may_be_earlier",
    "evidently_integrated_letter_not_exemption",
    "exam_parts_only",
    "explain_situation_exactly",
    "five_parts_needed",
    "grade_list_needed",
    "ind_names_alfa_then_inburgering",
    "letter_for_your_period",
    "letter_with_evidence",
    "mbo1_diploma_not_exemption",
    "medical_advice_too_old",
    "no_obligation",
    "not_for_2022_or_later",
    "nt2_diploma_not_exemption",
    "old_law_municipality",
    "online_lessons_do_not_count",
    "ordinary_application_fits",
    "originals_at_desk",
    "participation_proof_needed",
    "participation_statement_still_needed",
    "passed_exams_may_block_advice",
    "plain_copy_of_letter",
    "registered_in_brp",
    "release_integrated_not_for_permit",
    "school_closed_send_evidence",
    "see_duo_advice_routes",
    "send_advice_with_ind_application",
    "spoken_dutch_a2_still_needed",
    "term_start_assumed",
    "unregistered_partner_not_family",
)

# The notes that say why a route is not for the person: the only notes a not_applicable route keeps.
SCOPE_NOTE_IDS = ("no_obligation", "not_for_2022_or_later", "old_law_municipality", "all_parts_passed")

ADVICE_IDS = ("contact_municipality", "ask_extension", "school_closed_evidence", "see_ind")

# The routes of each goal (contract: "Routes (ids are fixed)"), the costs and where things are sent:
# tests/wizard/test_words.py gives each its words, and tests/decision/test_advice_and_result.py checks
# that the rules return exactly these routes.
ROUTE_IDS: dict[str, tuple[str, ...]] = {
    "release_from_obligation": (
        "duo_agi_course",
        "duo_agi_alfa",
        "szw_hardship_letter",
        "duo_release_integrated",
        "duo_release_medical",
    ),
    "stronger_permit": (
        "ind_diploma",
        "ind_nationality",
        "ind_turkish",
        "ind_age",
        "ind_school_age_residence",
        "ind_documents",
        "ind_medical",
        "ind_efforts",
        "ind_roc_advice",
        "ind_special_circumstances",
        "duo_advice_agi_course",
        "duo_advice_agi_alfa",
        "duo_advice_integrated",
    ),
    "naturalisation": (),
}
COST_IDS = ("duo_test", "duo_interview")
SEND_TO = ("duo", "szw", "ind")
