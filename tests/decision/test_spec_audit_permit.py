"""Probe cases for the stronger-permit goal, written from the spec's letter.

Each case cites the heading and sentence of /work/shared/spec/rules.md (or decision-contract.md)
that it checks. The expectations were written from the spec before reading the existing tests.
A case is (name, citation, answers, expectations); the answers get `today` 2026-12-06 and the goal
`stronger_permit` unless they say otherwise. Expectations are a list of checks:
  ("status", route, status)            the route's status
  ("cond", route, condition, status)   a condition's status
  ("field", route, condition, key, v)  a condition's field
  ("note", route, note) / ("no_note", route, note)
  ("advice", id) / ("no_advice", id)
  ("forms", route, [ids]) / ("send_to", route, to) / ("costs", route, [..]) / ("weeks", route, n)
  ("eligible_from", route, date)
"""

import pytest

from wizard.decision import AnswerError, evaluate
from wizard.decision.catalogue import ADDRESSES

from .helpers import PERMIT_IDS

TODAY = "2026-12-06"
PARTS = ("reading", "listening", "writing", "speaking", "knm", "ona")
NT2_PARTS = ("reading", "listening", "writing", "speaking")


def parts(passed=(), inb=3, nt2=0, only=PARTS):
    """Every part in `only`; those in `passed` passed, the others failed after `inb` + `nt2` tries."""
    out = {}
    for p in only:
        entry = {"passed": p in passed, "attempts_inburgering": 0 if p in passed else inb}
        if p in NT2_PARTS:
            entry["attempts_nt2"] = 0 if p in passed else nt2
        else:
            entry["attempts_nt2"] = 0
        out[p] = entry
    return out


ADVICE_COURSE_OK = {
    "hours_inburgering": 600,
    "school_listed_now": "yes",
    "exam_parts": parts(inb=3),
}
ADVICE_ALFA_OK = {"hours_alfa": 300, "hours_inburgering": 300, "school_listed_now": "yes"}
INTEGRATED_OK = {"years_lived_in_nl": 10, "years_worked_in_nl": 5, "dutch_good": "yes"}
IND_FORM = ["ind_inburgeringsvereiste_appendix"]

A = "rules.md, Goal: a stronger residence permit"
D1 = "rules.md, Decisions on open points"
D2 = "rules.md, Decisions on open points, second round"
AOW = "rules.md, The AOW age (for ind_age)"
SH = "rules.md, Shared counting rules"
C = "decision-contract.md"

CASES = [
    # ---- ind_age: "under 18, or the AOW age reached, on the application date" ----
    (
        "age_17_day_before_18",
        f"{A}: ind_age under 18",
        {"birth_date": "2008-12-07"},
        [("status", "ind_age", "eligible")],
    ),
    (
        "age_18_on_birthday",
        f"{D1}: ind_age between 18 and the AOW age is not_eligible",
        {"birth_date": "2008-12-06"},
        [("status", "ind_age", "not_eligible")],
    ),
    (
        "age_uses_application_date",
        f"{SH}: Age, completed years on application_date",
        {"birth_date": "2008-12-07", "application_date": "2026-12-07"},
        [("status", "ind_age", "not_eligible")],
    ),
    (
        "age_birth_missing",
        f"{C}: a missing field counts as unknown",
        {},
        [("status", "ind_age", "needs_info"), ("cond", "ind_age", "under_18_or_aow_age", "unknown")],
    ),
    (
        "age_partial_month_straddles_18",
        f"{D2}: Partial dates, ages must hold for every possible birth day",
        {"birth_date": "2008-12"},
        [("status", "ind_age", "needs_info")],
    ),
    (
        "age_partial_year_all_under_18",
        f"{D2}: Partial dates, met on every possible day",
        {"birth_date": "2009"},
        [("status", "ind_age", "eligible")],
    ),
    (
        "age_partial_year_straddles_18",
        f"{D2}: Partial dates, otherwise unknown",
        {"birth_date": "2008"},
        [("status", "ind_age", "needs_info")],
    ),
    (
        "aow_67_day_before",
        f"{AOW}: born before 1 January 1961 (from 1 March 1957): 67 years",
        {"birth_date": "1959-06-15", "today": "2026-06-14"},
        [("status", "ind_age", "not_eligible"), ("field", "ind_age", "under_18_or_aow_age", "aow_from", "2026-06-15")],
    ),
    (
        "aow_67_on_the_day",
        f"{SH}: reached the AOW age on the day it begins",
        {"birth_date": "1959-06-15", "today": "2026-06-15"},
        [("status", "ind_age", "eligible")],
    ),
    (
        "aow_1960_12_31",
        f"{AOW}: born before 1 January 1961: 67 years",
        {"birth_date": "1960-12-31", "today": "2027-12-31"},
        [("status", "ind_age", "eligible")],
    ),
    (
        "aow_1960_12_31_day_before",
        f"{AOW}: born before 1 January 1961: 67 years",
        {"birth_date": "1960-12-31", "today": "2027-12-30"},
        [("status", "ind_age", "not_eligible")],
    ),
    (
        "aow_1961_01_01_day_before",
        f"{AOW}: born 1 January 1961 to 30 September 1961: 67 years and 3 months",
        {"birth_date": "1961-01-01", "today": "2028-03-31"},
        [("status", "ind_age", "not_eligible"), ("field", "ind_age", "under_18_or_aow_age", "aow_from", "2028-04-01")],
    ),
    (
        "aow_1961_01_01_on_day",
        f"{AOW}: 67 years and 3 months",
        {"birth_date": "1961-01-01", "today": "2028-04-01"},
        [("status", "ind_age", "eligible")],
    ),
    (
        "aow_month_end_day_before",
        f"{D2}: Months added to a date, born 30 November 1961 -> 28 February 2029",
        {"birth_date": "1961-11-30", "today": "2029-02-27"},
        [("status", "ind_age", "not_eligible"), ("field", "ind_age", "under_18_or_aow_age", "aow_from", "2029-02-28")],
    ),
    (
        "aow_month_end_on_day",
        f"{D2}: Months added to a date, born 30 November 1961 -> 28 February 2029",
        {"birth_date": "1961-11-30", "today": "2029-02-28"},
        [("status", "ind_age", "eligible")],
    ),
    (
        "aow_leap_day_before",
        f"{D2}: Months added, born 29 February 1964 -> 29 May 2031",
        {"birth_date": "1964-02-29", "today": "2031-05-28"},
        [("status", "ind_age", "not_eligible"), ("field", "ind_age", "under_18_or_aow_age", "aow_from", "2031-05-29")],
    ),
    (
        "aow_leap_on_day",
        f"{D2}: Months added, born 29 February 1964 -> 29 May 2031",
        {"birth_date": "1964-02-29", "today": "2031-05-29"},
        [("status", "ind_age", "eligible")],
    ),
    (
        "aow_last_row_day",
        f"{D1}: AOW rows 2031, 1 October 1963 to 30 September 1964: 67y3m",
        {"birth_date": "1964-09-30", "today": "2031-12-30"},
        [("status", "ind_age", "eligible")],
    ),
    (
        "aow_2030_row",
        f"{D1}: AOW rows 2030, 1 October 1962 to 30 September 1963: 67y3m",
        {"birth_date": "1962-10-01", "today": "2029-12-31"},
        [("status", "ind_age", "not_eligible"), ("field", "ind_age", "under_18_or_aow_age", "aow_from", "2030-01-01")],
    ),
    (
        "aow_before_1957_march",
        f"{D1}: births before 1 March 1957 have reached their AOW age from 2024",
        {"birth_date": "1957-02-28", "today": "2024-01-01"},
        [("status", "ind_age", "eligible")],
    ),
    (
        "aow_beyond_table_younger",
        f"{D2}: AOW age beyond the table, younger than 67y3m: not_eligible",
        {"birth_date": "1964-10-01", "today": "2031-12-31"},
        [("status", "ind_age", "not_eligible")],
    ),
    (
        "aow_beyond_table_at_67y3m",
        f"{D2}: AOW age beyond the table, older than that: needs_info",
        {"birth_date": "1964-10-01", "today": "2032-01-01"},
        [("status", "ind_age", "needs_info")],
    ),
    (
        "aow_beyond_table_young_person",
        f"{D2}: AOW age beyond the table, younger: not_eligible",
        {"birth_date": "1990-05-05"},
        [("status", "ind_age", "not_eligible")],
    ),
    (
        "aow_partial_month_all_reached",
        f"{D2}: Partial dates hold for ages (the AOW age)",
        {"birth_date": "1961-11", "today": "2029-02-28"},
        [("status", "ind_age", "eligible")],
    ),
    (
        "aow_partial_month_some_reached",
        f"{D2}: Partial dates, otherwise unknown",
        {"birth_date": "1961-11", "today": "2029-02-27"},
        [("status", "ind_age", "needs_info")],
    ),
    (
        "aow_partial_month_none_reached",
        f"{D2}: Partial dates, unmet on every day",
        {"birth_date": "1961-11", "today": "2029-01-31"},
        [("status", "ind_age", "not_eligible")],
    ),
    (
        "aow_partial_year_none_reached",
        f"{D2}: Partial dates, unmet on every day",
        {"birth_date": "1964", "today": "2031-03-31"},
        [("status", "ind_age", "not_eligible")],
    ),
    (
        "aow_partial_year_crossing_table_end",
        f"{D2}: beyond the table and older than 67y3m: needs_info",
        {"birth_date": "1964", "today": "2032-06-01"},
        [("status", "ind_age", "needs_info")],
    ),
    # ---- ind_diploma ----
    (
        "diploma_yes",
        f"{A}: ind_diploma, diploma yes",
        {"diploma": "yes"},
        [
            ("status", "ind_diploma", "eligible"),
            ("note", "ind_diploma", "copy_of_diploma_not_certified"),
            ("forms", "ind_diploma", IND_FORM),
            ("send_to", "ind_diploma", "ind"),
            ("no_advice", "see_ind"),
        ],
    ),
    ("diploma_no", f"{A}: ind_diploma", {"diploma": "no"}, [("status", "ind_diploma", "not_eligible")]),
    ("diploma_missing", f"{C}: missing means unknown", {}, [("status", "ind_diploma", "needs_info")]),
    (
        "diploma_document",
        f"{D1}: inburgeringsdiploma in documents counts as diploma yes",
        {"documents": ["inburgeringsdiploma"]},
        [("status", "ind_diploma", "eligible"), ("status", "ind_documents", "not_eligible")],
    ),
    (
        "diploma_all_parts_passed_asks",
        f"{D2}: every part passed and diploma not answered: asks for diploma",
        {"exam_parts": parts(passed=PARTS)},
        [("status", "ind_diploma", "needs_info"), ("field", "ind_diploma", "diploma", "asks", ["diploma"])],
    ),
    (
        "diploma_all_parts_passed_no",
        f"{D1}: exam parts all passed do not by themselves decide ind_diploma",
        {"exam_parts": parts(passed=PARTS), "diploma": "no"},
        [("status", "ind_diploma", "not_eligible")],
    ),
    # ---- ind_nationality ----
    (
        "nationality_be",
        f"{A}: ind_nationality BE",
        {"nationalities": ["BE"]},
        [("status", "ind_nationality", "eligible")],
    ),
    (
        "nationality_lu_lower",
        f"{D1}: Validation, codes upper or lower case",
        {"nationalities": ["lu"]},
        [("status", "ind_nationality", "eligible")],
    ),
    (
        "nationality_dual",
        f"{A}: a nationality BE or LU",
        {"nationalities": ["SY", "BE"]},
        [("status", "ind_nationality", "eligible")],
    ),
    (
        "nationality_nl_neighbour",
        f"{A}: ind_nationality, only BE or LU",
        {"nationalities": ["DE"]},
        [("status", "ind_nationality", "not_eligible")],
    ),
    (
        "nationality_empty",
        f"{A}: ind_nationality",
        {"nationalities": []},
        [("status", "ind_nationality", "not_eligible")],
    ),
    ("nationality_missing", f"{C}: missing means unknown", {}, [("status", "ind_nationality", "needs_info")]),
    # ---- ind_turkish ----
    (
        "turkish_nationality",
        f"{A}: ind_turkish, a nationality TR",
        {"nationalities": ["TR", "IQ"]},
        [("status", "ind_turkish", "eligible")],
    ),
    (
        "turkish_family",
        f"{A}: ind_turkish, turkish_family_member yes",
        {"nationalities": ["SY"], "turkish_family_member": "yes"},
        [("status", "ind_turkish", "eligible")],
    ),
    (
        "turkish_unregistered_partner",
        f"{A}: unregistered_partner gives not_eligible",
        {"nationalities": ["SY"], "turkish_family_member": "unregistered_partner"},
        [("status", "ind_turkish", "not_eligible")],
    ),
    (
        "turkish_unregistered_partner_nat_missing",
        f"{A}: unregistered_partner; nationality unknown",
        {"turkish_family_member": "unregistered_partner"},
        [("status", "ind_turkish", "needs_info")],
    ),
    (
        "turkish_tr_and_partner",
        f"{A}: a nationality TR",
        {"nationalities": ["TR"], "turkish_family_member": "unregistered_partner"},
        [("status", "ind_turkish", "eligible")],
    ),
    (
        "turkish_no",
        f"{A}: ind_turkish",
        {"nationalities": ["SY"], "turkish_family_member": "no"},
        [("status", "ind_turkish", "not_eligible")],
    ),
    (
        "turkish_family_unknown",
        f"{C}: unknown",
        {"nationalities": ["SY"], "turkish_family_member": "unknown"},
        [("status", "ind_turkish", "needs_info")],
    ),
    (
        "turkish_nat_missing",
        f"{C}: missing means unknown",
        {"turkish_family_member": "no"},
        [("status", "ind_turkish", "needs_info")],
    ),
    # ---- ind_school_age_residence ----
    (
        "school_age_8",
        f"{A}: school_age_years_in_nl >= 8",
        {"school_age_years_in_nl": 8},
        [("status", "ind_school_age_residence", "eligible")],
    ),
    (
        "school_age_7_9",
        f"{A}: school_age_years_in_nl >= 8",
        {"school_age_years_in_nl": 7.9},
        [("status", "ind_school_age_residence", "not_eligible")],
    ),
    ("school_age_missing", f"{C}: missing means unknown", {}, [("status", "ind_school_age_residence", "needs_info")]),
    # ---- ind_documents ----
    *[
        (
            f"documents_{doc}",
            f"{A}: ind_documents, any document id of the exempting list",
            {"documents": [doc]},
            [
                ("status", "ind_documents", "eligible"),
                ("forms", "ind_documents", IND_FORM),
                ("send_to", "ind_documents", "ind"),
            ],
        )
        for doc in (
            "nl_diploma",
            "be_sr_diploma",
            "caribbean_diploma",
            "bes_diploma",
            "european_baccalaureate",
            "ib_or_igcse",
            "naturalisatietoets_certificate",
            "win_certificate_profile_test",
            "win_certificate_nt2_level2",
            "cio_certificate",
            "korte_vrijstellingstoets",
            "old_wi_diploma",
            "win_art5_2_decision",
            "win_art5_4_decision",
            "naturalisatietoets_exemption",
            "wi2021_certificate",
        )
    ],
    ("documents_missing", f"{C}: missing means unknown", {}, [("status", "ind_documents", "needs_info")]),
    ("documents_empty", f"{A}: ind_documents", {"documents": []}, [("status", "ind_documents", "not_eligible")]),
    (
        "documents_mbo1",
        f"{A}: held but not exempting, each with its own sentence",
        {"documents": ["mbo1_diploma"]},
        [("status", "ind_documents", "not_eligible"), ("note", "ind_documents", "mbo1_diploma_not_exemption")],
    ),
    (
        "documents_nt2",
        f"{A}: held but not exempting",
        {"documents": ["nt2_diploma"]},
        [("status", "ind_documents", "not_eligible"), ("note", "ind_documents", "nt2_diploma_not_exemption")],
    ),
    (
        "documents_evident",
        f"{A}: held but not exempting",
        {"documents": ["evidently_integrated_letter"]},
        [
            ("status", "ind_documents", "not_eligible"),
            ("note", "ind_documents", "evidently_integrated_letter_not_exemption"),
        ],
    ),
    (
        "documents_nt2_with_nl",
        f"{C}: held but not exempting (the result must say so)",
        {"documents": ["nt2_diploma", "nl_diploma"]},
        [("status", "ind_documents", "eligible"), ("note", "ind_documents", "nt2_diploma_not_exemption")],
    ),
    (
        "bw_letter_2012_12_31",
        f"{A}: bw_agi_letter (obliged before 1 January 2013)",
        {"documents": ["bw_agi_letter"], "obligation_start": "2012-12-31"},
        [("status", "ind_documents", "eligible")],
    ),
    (
        "bw_letter_2013_01_01",
        f"{A}: bw_agi_letter (obliged before 1 January 2013)",
        {"documents": ["bw_agi_letter"], "obligation_start": "2013-01-01"},
        [("status", "ind_documents", "not_eligible"), ("note", "ind_documents", "letter_for_your_period")],
    ),
    (
        "bw_letter_start_missing",
        f"{C}: missing means unknown",
        {"documents": ["bw_agi_letter"]},
        [("status", "ind_documents", "needs_info")],
    ),
    (
        "bw_letter_year_2012",
        f"{D2}: a YYYY date decides a boundary unless it falls inside that year",
        {"documents": ["bw_agi_letter"], "obligation_start": "2012"},
        [("status", "ind_documents", "eligible")],
    ),
    (
        "bw_letter_year_2013",
        f"{D2}: 1 January 2013 is decided by a YYYY date",
        {"documents": ["bw_agi_letter"], "obligation_start": "2013"},
        [("status", "ind_documents", "not_eligible")],
    ),
    (
        "duo_letter_2013_first_day",
        f"{A}: duo_agi_letter_2013_2017 (1 January 2013 to 30 September 2017)",
        {"documents": ["duo_agi_letter_2013_2017"], "obligation_start": "2013-01-01"},
        [("status", "ind_documents", "eligible")],
    ),
    (
        "duo_letter_2013_last_day",
        f"{A}: duo_agi_letter_2013_2017",
        {"documents": ["duo_agi_letter_2013_2017"], "obligation_start": "2017-09-30"},
        [("status", "ind_documents", "eligible")],
    ),
    (
        "duo_letter_2013_too_late",
        f"{A}: duo_agi_letter_2013_2017",
        {"documents": ["duo_agi_letter_2013_2017"], "obligation_start": "2017-10-01"},
        [("status", "ind_documents", "not_eligible")],
    ),
    (
        "duo_letter_2013_too_early",
        f"{A}: duo_agi_letter_2013_2017",
        {"documents": ["duo_agi_letter_2013_2017"], "obligation_start": "2012-12-31"},
        [("status", "ind_documents", "not_eligible")],
    ),
    (
        "duo_letter_2013_month_2017_09",
        f"{D2}: boundaries on the 1st are decided by YYYY-MM",
        {"documents": ["duo_agi_letter_2013_2017"], "obligation_start": "2017-09"},
        [("status", "ind_documents", "eligible")],
    ),
    (
        "duo_letter_2013_year_2017",
        f"{D2}: a YYYY date with the boundary inside that year is unknown",
        {"documents": ["duo_agi_letter_2013_2017"], "obligation_start": "2017"},
        [("status", "ind_documents", "needs_info")],
    ),
    (
        "after_2017_with_participation",
        f"{A}: duo_agi_letter_after_2017 valid only with participation yes",
        {
            "documents": ["duo_agi_letter_after_2017"],
            "obligation_start": "2017-10-01",
            "participation_statement_done": "yes",
        },
        [("status", "ind_documents", "eligible")],
    ),
    (
        "after_2017_participation_no",
        f"{A}: duo_agi_letter_after_2017 valid only with participation yes",
        {
            "documents": ["duo_agi_letter_after_2017"],
            "obligation_start": "2017-10-01",
            "participation_statement_done": "no",
        },
        [
            ("status", "ind_documents", "not_eligible"),
            ("note", "ind_documents", "after_2017_letter_needs_participation"),
        ],
    ),
    (
        "after_2017_participation_missing",
        f"{C}: missing means unknown; {D2}: the letter says it needs the proof",
        {"documents": ["duo_agi_letter_after_2017"], "obligation_start": "2017-10-01"},
        [("status", "ind_documents", "needs_info"), ("note", "ind_documents", "after_2017_letter_needs_participation")],
    ),
    (
        "after_2017_wrong_period",
        f"{A}: duo_agi_letter_after_2017 (obliged after 30 September 2017)",
        {
            "documents": ["duo_agi_letter_after_2017"],
            "obligation_start": "2017-09-30",
            "participation_statement_done": "yes",
        },
        [("status", "ind_documents", "not_eligible")],
    ),
    (
        "documents_certified_copy",
        f"{A}: diplomas need a certified copy, not the original",
        {"documents": ["nl_diploma"]},
        [("note", "ind_documents", "certified_copy_not_original")],
    ),
    # ---- ind_medical ----
    (
        "medical_no",
        f"{D1}: ind_medical, medical_condition no gives not_eligible",
        {"medical_condition": "no", "medical_documents": [{"id": "szw_medical_advice", "date": "2026-11-01"}]},
        [("status", "ind_medical", "not_eligible")],
    ),
    (
        "medical_szw_six_months_on_day",
        f"{SH}: Not older than, D + 6 months on or after A",
        {"medical_condition": "yes", "medical_documents": [{"id": "szw_medical_advice", "date": "2026-06-06"}]},
        [("status", "ind_medical", "eligible")],
    ),
    (
        "medical_szw_day_too_old",
        f"{SH}: Not older than",
        {"medical_condition": "yes", "medical_documents": [{"id": "szw_medical_advice", "date": "2026-06-05"}]},
        [("status", "ind_medical", "not_eligible"), ("advice", "see_ind")],
    ),
    (
        "medical_szw_month_end_valid",
        f"{D2}: Months added, last day of the month (31 May + 6 = 30 November)",
        {
            "today": "2026-11-30",
            "medical_condition": "yes",
            "medical_documents": [{"id": "szw_medical_advice", "date": "2026-05-31"}],
        },
        [("status", "ind_medical", "eligible")],
    ),
    (
        "medical_szw_month_end_expired",
        f"{D2}: Months added, last day of the month",
        {
            "today": "2026-12-01",
            "medical_condition": "yes",
            "medical_documents": [{"id": "szw_medical_advice", "date": "2026-05-31"}],
        },
        [("status", "ind_medical", "not_eligible")],
    ),
    (
        "medical_application_date",
        f"{C}: application_date used for 'not older than' rules",
        {
            "application_date": "2026-12-10",
            "medical_condition": "yes",
            "medical_documents": [{"id": "szw_medical_advice", "date": "2026-06-07"}],
        },
        [("status", "ind_medical", "not_eligible")],
    ),
    (
        "medical_partial_month_straddles",
        f"{D2}: an advice valid for some possible days is unknown",
        {
            "medical_condition": "yes",
            "nationalities": ["BE"],
            "medical_documents": [{"id": "szw_medical_advice", "date": "2026-06"}],
        },
        [("status", "ind_medical", "needs_info"), ("no_advice", "see_ind")],
    ),
    (
        "medical_partial_month_valid",
        f"{D2}: Partial dates, met on every possible day",
        {"medical_condition": "yes", "medical_documents": [{"id": "szw_medical_advice", "date": "2026-07"}]},
        [("status", "ind_medical", "eligible")],
    ),
    (
        "medical_partial_month_expired",
        f"{D2}: Partial dates, unmet on every possible day",
        {"medical_condition": "yes", "medical_documents": [{"id": "szw_medical_advice", "date": "2026-05"}]},
        [("status", "ind_medical", "not_eligible")],
    ),
    (
        "medical_partial_current_month",
        f"{D2}: a partial date covers only the days up to today",
        {"medical_condition": "yes", "medical_documents": [{"id": "szw_medical_advice", "date": "2026-12"}]},
        [("status", "ind_medical", "eligible")],
    ),
    (
        "medical_advice_no_date",
        f"{D1}: an advice without a date is unknown",
        {"medical_condition": "yes", "medical_documents": [{"id": "szw_medical_advice"}]},
        [("status", "ind_medical", "needs_info")],
    ),
    (
        "medical_bw_letter_no_date",
        f"{D1}: the letters need no date; bw_medical_letter obliged before 2013",
        {
            "medical_condition": "yes",
            "obligation_start": "2012-12-31",
            "medical_documents": [{"id": "bw_medical_letter"}],
        },
        [("status", "ind_medical", "eligible")],
    ),
    (
        "medical_bw_letter_after_2012",
        f"{A}: bw_medical_letter (obliged before 1 January 2013)",
        {
            "medical_condition": "yes",
            "obligation_start": "2013-01-01",
            "medical_documents": [{"id": "bw_medical_letter"}],
        },
        [("status", "ind_medical", "not_eligible"), ("advice", "see_ind")],
    ),
    (
        "medical_duo_letter_2013",
        f"{A}: duo_medical_letter (obliged after 31 December 2012)",
        {
            "medical_condition": "yes",
            "obligation_start": "2013-01-01",
            "medical_documents": [{"id": "duo_medical_letter"}],
        },
        [("status", "ind_medical", "eligible")],
    ),
    (
        "medical_duo_letter_2012",
        f"{A}: duo_medical_letter (obliged after 31 December 2012)",
        {
            "medical_condition": "yes",
            "obligation_start": "2012-12-31",
            "medical_documents": [{"id": "duo_medical_letter"}],
        },
        [("status", "ind_medical", "not_eligible")],
    ),
    (
        "medical_duo_letter_start_missing",
        f"{C}: missing means unknown",
        {"medical_condition": "yes", "medical_documents": [{"id": "duo_medical_letter"}]},
        [("status", "ind_medical", "needs_info")],
    ),
    (
        "medical_municipal_ok",
        f"{A}: municipal_doctor_advice (before 2013; not older than 6 months)",
        {
            "medical_condition": "yes",
            "obligation_start": "2010-05-01",
            "medical_documents": [{"id": "municipal_doctor_advice", "date": "2026-06-06"}],
        },
        [("status", "ind_medical", "eligible")],
    ),
    (
        "medical_municipal_after_2012",
        f"{A}: municipal_doctor_advice (obliged before 1 January 2013)",
        {
            "medical_condition": "yes",
            "obligation_start": "2013-01-01",
            "medical_documents": [{"id": "municipal_doctor_advice", "date": "2026-11-06"}],
        },
        [("status", "ind_medical", "not_eligible")],
    ),
    (
        "medical_municipal_old",
        f"{A}: municipal_doctor_advice, not older than 6 months",
        {
            "medical_condition": "yes",
            "obligation_start": "2010-05-01",
            "medical_documents": [{"id": "municipal_doctor_advice", "date": "2026-06-05"}],
        },
        [("status", "ind_medical", "not_eligible")],
    ),
    (
        "medical_docs_missing",
        f"{D1}: medical_documents not answered gives needs_info",
        {"medical_condition": "yes"},
        [("status", "ind_medical", "needs_info")],
    ),
    (
        "medical_docs_empty_see_ind",
        f"{D1}: answered without a fitting one: not_eligible, advice see_ind",
        {"medical_condition": "yes", "medical_documents": [], "nationalities": ["BE"]},
        [("status", "ind_medical", "not_eligible"), ("advice", "see_ind")],
    ),
    (
        "medical_docs_empty_condition_missing",
        f"{D2}: see_ind never merely because medical_documents has none",
        {"medical_documents": [], "nationalities": ["BE"]},
        [("no_advice", "see_ind")],
    ),
    (
        "medical_docs_empty_condition_no",
        f"{D2}: see_ind from the medical route only with medical_condition yes",
        {"medical_condition": "no", "medical_documents": [], "nationalities": ["BE"]},
        [("no_advice", "see_ind")],
    ),
    (
        "medical_condition_missing_fitting_doc",
        f"{D1}: ind_medical, 'Otherwise a fitting document gives eligible'",
        {"medical_documents": [{"id": "szw_medical_advice", "date": "2026-11-01"}]},
        [("status", "ind_medical", "eligible")],
    ),
    # ---- ind_efforts ----
    (
        "efforts_yes",
        f"{A}: ind_efforts, duo_advice_agi yes",
        {"duo_advice_agi": "yes"},
        [("status", "ind_efforts", "eligible")],
    ),
    (
        "efforts_no",
        f"{A}: ind_efforts, no gives not_eligible",
        {"duo_advice_agi": "no"},
        [("status", "ind_efforts", "not_eligible")],
    ),
    ("efforts_missing", f"{C}: missing means unknown", {}, [("status", "ind_efforts", "needs_info")]),
    # ---- ind_roc_advice ----
    (
        "roc_five_years_on_day",
        f"{SH}: Not older than, 5 years for the ROC advice",
        {"roc_advice_date": "2021-12-06"},
        [("status", "ind_roc_advice", "eligible"), ("note", "ind_roc_advice", "spoken_dutch_a2_still_needed")],
    ),
    (
        "roc_five_years_day_too_old",
        f"{SH}: Not older than",
        {"roc_advice_date": "2021-12-05"},
        [("status", "ind_roc_advice", "not_eligible")],
    ),
    (
        "roc_leap_day_valid",
        f"{D2}: Months added, 29 Feb + 60 months = 28 Feb",
        {"today": "2025-02-28", "roc_advice_date": "2020-02-29"},
        [("status", "ind_roc_advice", "eligible")],
    ),
    (
        "roc_leap_day_expired",
        f"{D2}: Months added",
        {"today": "2025-03-01", "roc_advice_date": "2020-02-29"},
        [("status", "ind_roc_advice", "not_eligible")],
    ),
    (
        "roc_no_date_after_2019",
        f"{D1}: no date and an application date after 31 December 2019: not_eligible",
        {"today": "2020-01-01"},
        [("status", "ind_roc_advice", "not_eligible")],
    ),
    (
        "roc_no_date_2019_12_31",
        f"{D1}: before that, unknown",
        {"today": "2019-12-31"},
        [("status", "ind_roc_advice", "needs_info")],
    ),
    (
        "roc_no_date_application_date",
        f"{D1}: 'an application date after 31 December 2019'",
        {"today": "2019-12-30", "application_date": "2020-01-02"},
        [("status", "ind_roc_advice", "not_eligible")],
    ),
    (
        "roc_partial_month",
        f"{D2}: a document's validity on a partial date",
        {"roc_advice_date": "2021-12"},
        [("status", "ind_roc_advice", "needs_info")],
    ),
    (
        "roc_partial_year_valid",
        f"{D2}: met on every possible day",
        {"roc_advice_date": "2022"},
        [("status", "ind_roc_advice", "eligible")],
    ),
    (
        "roc_partial_year_expired",
        f"{D2}: unmet on every possible day",
        {"roc_advice_date": "2020"},
        [("status", "ind_roc_advice", "not_eligible")],
    ),
    # ---- ind_special_circumstances ----
    (
        "special_yes",
        f"{A}: ind_special_circumstances",
        {"special_circumstances": "yes"},
        [
            ("status", "ind_special_circumstances", "eligible"),
            (
                "forms",
                "ind_special_circumstances",
                ["ind_inburgeringsvereiste_appendix", "ind_special_circumstances_letter"],
            ),
            ("send_to", "ind_special_circumstances", "ind"),
        ],
    ),
    (
        "special_yes_humanitarian",
        f"{A}: only for Humanitair niet-tijdelijk",
        {"special_circumstances": "yes", "permit_type": "humanitarian_non_temporary"},
        [("status", "ind_special_circumstances", "eligible")],
    ),
    (
        "special_yes_permanent_asylum",
        f"{A}: Onbepaalde tijd (regulier of asiel)",
        {"special_circumstances": "yes", "permit_type": "permanent_asylum"},
        [("status", "ind_special_circumstances", "eligible")],
    ),
    (
        "special_eu_long_term",
        f"{D1}: permit_type eu_long_term: not_applicable",
        {"special_circumstances": "yes", "permit_type": "eu_long_term"},
        [("status", "ind_special_circumstances", "not_applicable")],
    ),
    (
        "special_eu_long_term_no",
        f"{D1}: status precedence, scope first",
        {"special_circumstances": "no", "permit_type": "eu_long_term"},
        [("status", "ind_special_circumstances", "not_applicable")],
    ),
    (
        "special_no",
        f"{C}: a failed condition gives not_eligible",
        {"special_circumstances": "no"},
        [("status", "ind_special_circumstances", "not_eligible")],
    ),
    ("special_missing", f"{C}: missing means unknown", {}, [("status", "ind_special_circumstances", "needs_info")]),
    # ---- duo_advice_agi_course ----
    (
        "advice_course_ok",
        f"{A}: duo_advice_agi_course, N = 3",
        dict(ADVICE_COURSE_OK),
        [
            ("status", "duo_advice_agi_course", "eligible"),
            ("forms", "duo_advice_agi_course", ["agi_advice_application"]),
            ("send_to", "duo_advice_agi_course", "duo"),
            ("weeks", "duo_advice_agi_course", 8),
            ("note", "duo_advice_agi_course", "attempts_three_versus_four"),
            ("no_note", "duo_advice_agi_course", "passed_exams_may_block_advice"),
            ("costs", "duo_advice_agi_course", []),
        ],
    ),
    (
        "advice_course_2_attempts",
        f"{SH}: N = 3 for the DUO advice",
        {**ADVICE_COURSE_OK, "exam_parts": parts(inb=2)},
        [("status", "duo_advice_agi_course", "not_eligible")],
    ),
    (
        "advice_course_nt2_counts_two",
        f"{SH}: min(attempts_nt2, 2)",
        {
            **ADVICE_COURSE_OK,
            "exam_parts": {**parts(inb=1, nt2=5, only=NT2_PARTS), **parts(inb=3, only=("knm", "ona"))},
        },
        [("status", "duo_advice_agi_course", "eligible")],
    ),
    (
        "advice_course_nt2_capped",
        f"{SH}: min(attempts_nt2, 2)",
        {
            **ADVICE_COURSE_OK,
            "exam_parts": {**parts(inb=0, nt2=5, only=NT2_PARTS), **parts(inb=3, only=("knm", "ona"))},
        },
        [("status", "duo_advice_agi_course", "not_eligible")],
    ),
    (
        "advice_course_nt2_missing_3",
        f"{D1}: decided whenever the known values decide it (3 >= N = 3)",
        {**ADVICE_COURSE_OK, "exam_parts": {p: {"passed": False, "attempts_inburgering": 3} for p in PARTS}},
        [("status", "duo_advice_agi_course", "eligible")],
    ),
    (
        "advice_course_nt2_missing_2",
        f"{D1}: 2 inburgering attempts, Nt2 missing: unknown",
        {
            **ADVICE_COURSE_OK,
            "exam_parts": {
                **{p: {"passed": False, "attempts_inburgering": 2} for p in NT2_PARTS},
                **parts(inb=3, only=("knm", "ona")),
            },
        },
        [("status", "duo_advice_agi_course", "needs_info")],
    ),
    (
        "advice_course_knm_2_nt2_irrelevant",
        f"{SH}: for knm and ona only inburgering attempts count",
        {**ADVICE_COURSE_OK, "exam_parts": {p: {"passed": False, "attempts_inburgering": 2} for p in PARTS}},
        [("status", "duo_advice_agi_course", "not_eligible")],
    ),
    (
        "advice_course_part_missing",
        f"{SH}: a part not reported is unknown",
        {**ADVICE_COURSE_OK, "obligation_start": "2016-01-01", "exam_parts": parts(inb=3, only=PARTS[:5])},
        [("status", "duo_advice_agi_course", "needs_info")],
    ),
    (
        "advice_course_ona_before_2015",
        f"{SH}: ona counts only from 1 January 2015",
        {**ADVICE_COURSE_OK, "obligation_start": "2014-12-31", "exam_parts": parts(inb=3, only=PARTS[:5])},
        [("status", "duo_advice_agi_course", "eligible")],
    ),
    (
        "advice_course_ona_year_2014",
        f"{D2}: a YYYY date decides 1 January 2015 outside the year",
        {**ADVICE_COURSE_OK, "obligation_start": "2014", "exam_parts": parts(inb=3, only=PARTS[:5])},
        [("status", "duo_advice_agi_course", "eligible")],
    ),
    (
        "advice_course_ona_failed_before_2015",
        f"{SH}: ona does not count before 2015",
        {
            **ADVICE_COURSE_OK,
            "obligation_start": "2014-12-31",
            "exam_parts": {
                **parts(inb=3, only=PARTS[:5]),
                "ona": {"passed": False, "attempts_inburgering": 0, "attempts_nt2": 0},
            },
        },
        [("status", "duo_advice_agi_course", "eligible")],
    ),
    (
        "advice_course_hours_599",
        f"{SH}: Course hours, course route >= 600",
        {**ADVICE_COURSE_OK, "hours_inburgering": 599, "hours_nt2": 0, "hours_alfa": 0},
        [("status", "duo_advice_agi_course", "not_eligible"), ("cond", "duo_advice_agi_course", "hours", "unmet")],
    ),
    (
        "advice_course_hours_nt2_sum",
        f"{SH}: inburgering + nt2 >= 600",
        {**ADVICE_COURSE_OK, "hours_inburgering": 100, "hours_nt2": 500},
        [("status", "duo_advice_agi_course", "eligible")],
    ),
    (
        "advice_course_hours_200_alfa",
        f"{SH}: inburgering >= 200 and inburgering + alfa >= 600",
        {**ADVICE_COURSE_OK, "hours_inburgering": 200, "hours_alfa": 400, "hours_nt2": 0},
        [("status", "duo_advice_agi_course", "eligible")],
    ),
    (
        "advice_course_hours_199_alfa",
        f"{SH}: inburgering >= 200 needed to add alfa",
        {**ADVICE_COURSE_OK, "hours_inburgering": 199, "hours_alfa": 500, "hours_nt2": 0},
        [("status", "duo_advice_agi_course", "not_eligible")],
    ),
    (
        "advice_course_hours_three_kinds",
        f"{SH}: the texts never allow all three kinds together",
        {**ADVICE_COURSE_OK, "hours_inburgering": 300, "hours_alfa": 150, "hours_nt2": 150},
        [("status", "duo_advice_agi_course", "not_eligible")],
    ),
    (
        "advice_course_hours_700_rest_missing",
        f"{D1}: 700 inburgering hours meet whatever the Nt2 hours are",
        {**ADVICE_COURSE_OK, "hours_inburgering": 700},
        [("status", "duo_advice_agi_course", "eligible")],
    ),
    (
        "advice_course_school_not_listed",
        f"{A}: school listed now",
        {**ADVICE_COURSE_OK, "school_listed_now": "no", "school_closed": "no"},
        [("status", "duo_advice_agi_course", "not_eligible")],
    ),
    (
        "advice_course_school_closed_missing",
        f"{D2}: school_closed not answered while listed_now no: unknown",
        {**ADVICE_COURSE_OK, "school_listed_now": "no"},
        [
            ("status", "duo_advice_agi_course", "needs_info"),
            ("field", "duo_advice_agi_course", "school_listed_now", "asks", ["school_closed"]),
        ],
    ),
    (
        "advice_course_school_closed_missing_start_no",
        f"{D2}: unless school_listed_at_start is no",
        {**ADVICE_COURSE_OK, "school_listed_now": "no", "school_listed_at_start": "no"},
        [("status", "duo_advice_agi_course", "not_eligible")],
    ),
    (
        "advice_course_school_closed_start_yes",
        f"{D1}: A closed school, judged on school_listed_at_start",
        {**ADVICE_COURSE_OK, "school_listed_now": "no", "school_closed": "yes", "school_listed_at_start": "yes"},
        [("status", "duo_advice_agi_course", "eligible"), ("advice", "school_closed_evidence")],
    ),
    (
        "advice_course_school_closed_start_no",
        f"{D1}: A closed school",
        {**ADVICE_COURSE_OK, "school_closed": "yes", "school_listed_at_start": "no"},
        [("status", "duo_advice_agi_course", "not_eligible"), ("advice", "school_closed_evidence")],
    ),
    (
        "advice_course_one_part_passed",
        f"{D2}: Some exam parts passed: note passed_exams_may_block_advice",
        {**ADVICE_COURSE_OK, "exam_parts": parts(passed=("knm",), inb=3)},
        [
            ("status", "duo_advice_agi_course", "eligible"),
            ("note", "duo_advice_agi_course", "passed_exams_may_block_advice"),
            ("note", "duo_advice_agi_alfa", "passed_exams_may_block_advice"),
        ],
    ),
    (
        "advice_course_all_passed",
        f"{D2}: Every exam part passed: not_applicable, all_parts_passed",
        {**ADVICE_COURSE_OK, "exam_parts": parts(passed=PARTS)},
        [
            ("status", "duo_advice_agi_course", "not_applicable"),
            ("note", "duo_advice_agi_course", "all_parts_passed"),
            ("status", "duo_advice_agi_alfa", "not_applicable"),
            ("note", "duo_advice_agi_alfa", "all_parts_passed"),
        ],
    ),
    (
        "advice_course_five_passed_before_2015",
        f"{D2}: five passed with ONA not reported, surely before 2015",
        {**ADVICE_ALFA_OK, "obligation_start": "2014-12", "exam_parts": parts(passed=PARTS[:5], only=PARTS[:5])},
        [("status", "duo_advice_agi_course", "not_applicable"), ("status", "duo_advice_agi_alfa", "not_applicable")],
    ),
    (
        "advice_course_five_passed_2015",
        f"{D2}: when it is not sure, nothing changes",
        {**ADVICE_ALFA_OK, "obligation_start": "2015-01-01", "exam_parts": parts(passed=PARTS[:5], only=PARTS[:5])},
        [("status", "duo_advice_agi_alfa", "eligible")],
    ),
    (
        "advice_course_five_passed_start_unknown",
        f"{D2}: when it is not sure, nothing changes",
        {**ADVICE_ALFA_OK, "exam_parts": parts(passed=PARTS[:5], only=PARTS[:5])},
        [("status", "duo_advice_agi_alfa", "eligible")],
    ),
    (
        "advice_held_all_passed",
        f"{D2}: unless an advice is already held (Holding an advice already wins)",
        {"duo_advice_agi": "yes", "exam_parts": parts(passed=PARTS)},
        [
            ("status", "duo_advice_agi_course", "eligible"),
            ("status", "duo_advice_agi_alfa", "eligible"),
            ("status", "ind_efforts", "eligible"),
        ],
    ),
    (
        "advice_held",
        f"{D1}: Holding an advice already: duo_advice_agi yes makes three routes eligible",
        {"duo_advice_agi": "yes", "hours_inburgering": 10},
        [
            ("status", "duo_advice_agi_course", "eligible"),
            ("status", "duo_advice_agi_alfa", "eligible"),
            ("status", "ind_efforts", "eligible"),
        ],
    ),
    # ---- duo_advice_agi_alfa ----
    (
        "advice_alfa_ok",
        f"{A}: duo_advice_agi_alfa, alfa >= 300 and alfa + inburgering >= 600",
        dict(ADVICE_ALFA_OK),
        [
            ("status", "duo_advice_agi_alfa", "eligible"),
            ("forms", "duo_advice_agi_alfa", ["agi_advice_application"]),
            ("send_to", "duo_advice_agi_alfa", "duo"),
            ("costs", "duo_advice_agi_alfa", [{"id": "duo_test", "eur": 150}]),
        ],
    ),
    (
        "advice_alfa_299",
        f"{SH}: hours_alfa >= 300",
        {**ADVICE_ALFA_OK, "hours_alfa": 299, "hours_inburgering": 301},
        [("status", "duo_advice_agi_alfa", "not_eligible")],
    ),
    (
        "advice_alfa_599",
        f"{SH}: alfa + inburgering >= 600",
        {**ADVICE_ALFA_OK, "hours_alfa": 300, "hours_inburgering": 299},
        [("status", "duo_advice_agi_alfa", "not_eligible")],
    ),
    (
        "advice_alfa_only",
        f"{SH}: 600 alfa hours",
        {"hours_alfa": 600, "school_listed_now": "yes"},
        [("status", "duo_advice_agi_alfa", "eligible")],
    ),
    (
        "advice_alfa_nt2_not_counted",
        f"{SH}: alfa + inburgering, no Nt2",
        {"hours_alfa": 300, "hours_nt2": 300, "hours_inburgering": 0, "school_listed_now": "yes"},
        [("status", "duo_advice_agi_alfa", "not_eligible")],
    ),
    (
        "advice_alfa_no_attempts",
        f"{A}: duo_advice_agi_alfa has no attempts condition",
        {**ADVICE_ALFA_OK, "exam_parts": parts(inb=0)},
        [("status", "duo_advice_agi_alfa", "eligible")],
    ),
    (
        "advice_alfa_alfa_missing",
        f"{C}: missing means unknown",
        {"hours_inburgering": 600, "school_listed_now": "yes"},
        [("status", "duo_advice_agi_alfa", "needs_info")],
    ),
    # ---- duo_advice_integrated ----
    (
        "integrated_ok",
        f"{A}: duo_advice_integrated",
        dict(INTEGRATED_OK),
        [
            ("status", "duo_advice_integrated", "eligible"),
            ("forms", "duo_advice_integrated", ["integrated_advice_application", "employer_statement"]),
            ("send_to", "duo_advice_integrated", "duo"),
            ("costs", "duo_advice_integrated", [{"id": "duo_interview", "eur": 90}]),
            ("note", "duo_advice_integrated", "evidently_integrated_letter_not_exemption"),
        ],
    ),
    (
        "integrated_9_9_years",
        f"{A}: years_lived_in_nl >= 10",
        {**INTEGRATED_OK, "years_lived_in_nl": 9.9},
        [("status", "duo_advice_integrated", "not_eligible")],
    ),
    (
        "integrated_4_9_worked",
        f"{A}: years_worked_in_nl >= 5",
        {**INTEGRATED_OK, "years_worked_in_nl": 4.9},
        [("status", "duo_advice_integrated", "not_eligible")],
    ),
    (
        "integrated_dutch_no",
        f"{A}: dutch_good yes",
        {**INTEGRATED_OK, "dutch_good": "no"},
        [("status", "duo_advice_integrated", "not_eligible")],
    ),
    (
        "integrated_dutch_unknown",
        f"{C}: unknown",
        {**INTEGRATED_OK, "dutch_good": "unknown"},
        [("status", "duo_advice_integrated", "needs_info")],
    ),
    (
        "integrated_held",
        f"{D1}: duo_advice_integrated yes makes duo_advice_integrated eligible",
        {"duo_advice_integrated": "yes", "years_lived_in_nl": 2},
        [("status", "duo_advice_integrated", "eligible")],
    ),
    # ---- more edges: notes and reasons the spec names ----
    (
        "turkish_partner_reason",
        f"{A}: unregistered_partner gives not_eligible with that reason",
        {"nationalities": ["SY"], "turkish_family_member": "unregistered_partner"},
        [("note", "ind_turkish", "unregistered_partner_not_family")],
    ),
    (
        "aow_beyond_table_note",
        f"{D2}: AOW beyond the table, with the note that the exact AOW age is not known yet",
        {"birth_date": "1990-05-05"},
        [("note", "ind_age", "aow_age_not_known_yet")],
    ),
    (
        "aow_1957_03_01_day_before",
        f"{AOW}: 67 years for births from 1 March 1957",
        {"birth_date": "1957-03-01", "today": "2024-02-29"},
        [("status", "ind_age", "not_eligible")],
    ),
    (
        "aow_1957_03_01_on_day",
        f"{AOW}: 67 years for births from 1 March 1957",
        {"birth_date": "1957-03-01", "today": "2024-03-01"},
        [("status", "ind_age", "eligible")],
    ),
    (
        "aow_application_date",
        f"{A}: ind_age on the application date",
        {"birth_date": "1961-11-30", "today": "2029-02-27", "application_date": "2029-02-28"},
        [("status", "ind_age", "eligible")],
    ),
    (
        "aow_partial_month_in_last_row",
        f"{D2}: Partial dates; last table row",
        {"birth_date": "1964-09", "today": "2031-12-30"},
        [("status", "ind_age", "eligible")],
    ),
    (
        "aow_partial_month_beyond_table",
        f"{D2}: beyond the table, some days younger, one not",
        {"birth_date": "1964-10", "today": "2032-01-01"},
        [("status", "ind_age", "needs_info")],
    ),
    (
        "efforts_no_points_to_duo",
        f"{A}: ind_efforts no: the DUO advice routes show how to get one",
        {"duo_advice_agi": "no"},
        [("note", "ind_efforts", "see_duo_advice_routes")],
    ),
    (
        "efforts_held_note",
        f"{D1}: Holding an advice already: 'send it with your IND application'",
        {"duo_advice_agi": "yes"},
        [
            ("note", "ind_efforts", "already_have_advice"),
            ("note", "duo_advice_agi_course", "already_have_advice"),
            ("note", "duo_advice_agi_alfa", "already_have_advice"),
        ],
    ),
    (
        "integrated_held_note",
        f"{D1}: Holding an advice already",
        {"duo_advice_integrated": "yes"},
        [("note", "duo_advice_integrated", "already_have_advice")],
    ),
    (
        "grade_list_six",
        f"{A}: those that need a grade list (cijferlijst)",
        {
            "documents": [
                "be_sr_diploma",
                "caribbean_diploma",
                "bes_diploma",
                "european_baccalaureate",
                "ib_or_igcse",
                "naturalisatietoets_certificate",
                "nl_diploma",
                "cio_certificate",
            ]
        },
        [
            (
                "note_docs",
                "ind_documents",
                "grade_list_needed",
                [
                    "be_sr_diploma",
                    "caribbean_diploma",
                    "bes_diploma",
                    "european_baccalaureate",
                    "ib_or_igcse",
                    "naturalisatietoets_certificate",
                ],
            ),
            ("note_docs", "ind_documents", "five_parts_needed", ["naturalisatietoets_certificate"]),
            ("note", "ind_documents", "apostille_for_foreign_diploma"),
            ("note", "ind_documents", "originals_at_desk"),
        ],
    ),
    (
        "copies_certified_and_plain",
        f"{A}: certified copy for diplomas and certificates; plain copy for letters and decisions",
        {
            "obligation_start": "2015-01-01",
            "participation_statement_done": "yes",
            "documents": [
                "nl_diploma",
                "old_wi_diploma",
                "win_certificate_profile_test",
                "win_certificate_nt2_level2",
                "cio_certificate",
                "wi2021_certificate",
                "korte_vrijstellingstoets",
                "win_art5_2_decision",
                "win_art5_4_decision",
                "naturalisatietoets_exemption",
                "duo_agi_letter_2013_2017",
            ],
        },
        [
            (
                "note_docs",
                "ind_documents",
                "certified_copy_not_original",
                [
                    "nl_diploma",
                    "old_wi_diploma",
                    "win_certificate_profile_test",
                    "win_certificate_nt2_level2",
                    "cio_certificate",
                    "wi2021_certificate",
                ],
            ),
            (
                "note_docs",
                "ind_documents",
                "plain_copy_of_letter",
                [
                    "korte_vrijstellingstoets",
                    "win_art5_2_decision",
                    "win_art5_4_decision",
                    "naturalisatietoets_exemption",
                    "duo_agi_letter_2013_2017",
                ],
            ),
        ],
    ),
    (
        "letter_for_period_names_fit",
        f"{D2}: a failed letter says the letter that would fit the period",
        {"documents": ["bw_agi_letter"], "obligation_start": "2015-06-01"},
        [("note_field", "ind_documents", "letter_for_your_period", "fits", "duo_agi_letter_2013_2017")],
    ),
    (
        "medical_ask_for_document_after_2012",
        f"{D1}: not_eligible with the name of the document to ask for",
        {
            "medical_condition": "yes",
            "obligation_start": "2015-01-01",
            "medical_documents": [{"id": "bw_medical_letter"}],
        },
        [("note_docs", "ind_medical", "ask_for_medical_document", ["duo_medical_letter", "szw_medical_advice"])],
    ),
    (
        "medical_ask_for_document_before_2013",
        f"{D1}: the name of the document to ask for",
        {
            "medical_condition": "yes",
            "obligation_start": "2010-01-01",
            "medical_documents": [{"id": "duo_medical_letter"}],
        },
        [("note_has_docs", "ind_medical", "ask_for_medical_document", ["bw_medical_letter", "szw_medical_advice"])],
    ),
    (
        "medical_szw_any_period",
        f"{A}: szw_medical_advice (not older than 6 months), no period",
        {
            "medical_condition": "yes",
            "obligation_start": "2023-03-01",
            "medical_documents": [{"id": "szw_medical_advice", "date": "2026-10-01"}],
        },
        [("status", "ind_medical", "eligible")],
    ),
    (
        "medical_one_valid_of_two",
        f"{D1}: a fitting document gives eligible",
        {
            "medical_condition": "yes",
            "medical_documents": [
                {"id": "szw_medical_advice", "date": "2025-01-01"},
                {"id": "szw_medical_advice", "date": "2026-10-01"},
            ],
        },
        [("status", "ind_medical", "eligible")],
    ),
    (
        "medical_expired_and_undated",
        f"{D1}: an advice without a date is unknown",
        {
            "medical_condition": "yes",
            "nationalities": ["BE"],
            "medical_documents": [{"id": "szw_medical_advice", "date": "2025-01-01"}, {"id": "szw_medical_advice"}],
        },
        [("status", "ind_medical", "needs_info"), ("no_advice", "see_ind")],
    ),
    (
        "medical_duo_letter_year_2013",
        f"{D2}: 1 January 2013 decided by a YYYY date",
        {"medical_condition": "yes", "obligation_start": "2013", "medical_documents": [{"id": "duo_medical_letter"}]},
        [("status", "ind_medical", "eligible")],
    ),
    (
        "medical_bw_letter_month_2012_12",
        f"{D2}: boundaries on the 1st decided by YYYY-MM",
        {"medical_condition": "yes", "obligation_start": "2012-12", "medical_documents": [{"id": "bw_medical_letter"}]},
        [("status", "ind_medical", "eligible")],
    ),
    (
        "medical_condition_unknown_none_held",
        f"{D1}: answered without a fitting one gives not_eligible",
        {"medical_condition": "unknown", "medical_documents": [], "nationalities": ["BE"]},
        [("status", "ind_medical", "not_eligible"), ("no_advice", "see_ind")],
    ),
    (
        "medical_expired_see_ind_with_other_route",
        f"{D1}: see_ind with medical_condition yes and no fitting document",
        {
            "medical_condition": "yes",
            "nationalities": ["BE"],
            "medical_documents": [{"id": "szw_medical_advice", "date": "2026-06-05"}],
        },
        [("advice", "see_ind"), ("status", "ind_nationality", "eligible")],
    ),
    (
        "roc_valid_until",
        f"{D2}: the date until which an advice was valid",
        {"roc_advice_date": "2021-12-05"},
        [("field", "ind_roc_advice", "roc_advice_valid", "valid_until", "2026-12-05")],
    ),
    (
        "roc_partial_asks_date",
        f"{D2}: unknown, asking for that date",
        {"roc_advice_date": "2021-12"},
        [("field", "ind_roc_advice", "roc_advice_valid", "asks", ["roc_advice_date"])],
    ),
    (
        "advice_routes_not_tied_to_2022",
        f"{C}: not_applicable only for the period of the DUO release routes",
        {**ADVICE_COURSE_OK, "obligation_start": "2023-01-01"},
        [("status", "duo_advice_agi_course", "eligible")],
    ),
    (
        "advice_hours_three_kinds_note",
        f"{SH}: 'ask DUO whether these hours can be combined'",
        {**ADVICE_COURSE_OK, "hours_inburgering": 300, "hours_alfa": 150, "hours_nt2": 150},
        [
            ("note", "duo_advice_agi_course", "ask_duo_combine_hours"),
            ("field", "duo_advice_agi_course", "hours", "hours_missing", 150),
        ],
    ),
    (
        "advice_alfa_ind_order_note",
        f"{D1}: the IND's order alfa then inburgering is noted",
        dict(ADVICE_ALFA_OK),
        [("note", "duo_advice_agi_alfa", "ind_names_alfa_then_inburgering")],
    ),
    # ---- third batch: partial-date coverage, precedence, exam parts ----
    (
        "aow_year_1957_mixed",
        f"{D1}: births before 1 March 1957 reached it; from 1 March 1957: 67 years",
        {"birth_date": "1957", "today": "2024-06-01"},
        [("status", "ind_age", "needs_info")],
    ),
    (
        "aow_year_1957_all",
        f"{AOW}: 67 years for births from 1 March 1957",
        {"birth_date": "1957", "today": "2025-01-01"},
        [("status", "ind_age", "eligible")],
    ),
    (
        "medical_partial_only_days_up_to_today",
        f"{D2}: a partial date covers only the days up to today",
        {
            "medical_condition": "yes",
            "application_date": "2027-06-07",
            "medical_documents": [{"id": "szw_medical_advice", "date": "2026-12"}],
        },
        [("status", "ind_medical", "not_eligible")],
    ),
    (
        "medical_partial_up_to_today_mixed",
        f"{D2}: a partial date covers only the days up to today",
        {
            "medical_condition": "yes",
            "application_date": "2027-06-05",
            "medical_documents": [{"id": "szw_medical_advice", "date": "2026-12"}],
        },
        [("status", "ind_medical", "needs_info")],
    ),
    (
        "after_2017_letter_year_2017",
        f"{D2}: a YYYY date with the boundary inside the year is unknown",
        {"documents": ["duo_agi_letter_after_2017"], "obligation_start": "2017", "participation_statement_done": "yes"},
        [("status", "ind_documents", "needs_info")],
    ),
    (
        "advice_all_passed_advice_no",
        f"{D2}: every part passed: not_applicable (no advice held)",
        {"duo_advice_agi": "no", "exam_parts": parts(passed=PARTS)},
        [
            ("status", "duo_advice_agi_course", "not_applicable"),
            ("status", "duo_advice_agi_alfa", "not_applicable"),
            ("status", "ind_efforts", "not_eligible"),
        ],
    ),
    (
        "advice_ona_failed_before_2015_rest_passed",
        f"{SH}: when every part that counts is passed, the AGI advice routes do not apply",
        {
            **ADVICE_ALFA_OK,
            "obligation_start": "2014-06-01",
            "exam_parts": {
                **parts(passed=PARTS[:5], only=PARTS[:5]),
                "ona": {"passed": False, "attempts_inburgering": 1, "attempts_nt2": 0},
            },
        },
        [("status", "duo_advice_agi_alfa", "not_applicable"), ("status", "duo_advice_agi_course", "not_applicable")],
    ),
    (
        "advice_attempts_inburgering_missing",
        f"{SH}: attempts_inburgering missing with 2 Nt2 attempts: unknown",
        {**ADVICE_COURSE_OK, "exam_parts": {**parts(inb=3), "reading": {"passed": False, "attempts_nt2": 2}}},
        [("status", "duo_advice_agi_course", "needs_info")],
    ),
    (
        "advice_school_closed_unknown",
        f"{D2}: school_closed unknown while listed_now no: unknown, asks school_closed",
        {**ADVICE_COURSE_OK, "school_listed_now": "no", "school_closed": "unknown"},
        [
            ("status", "duo_advice_agi_course", "needs_info"),
            ("field", "duo_advice_agi_course", "school_listed_now", "asks", ["school_closed"]),
            ("status", "duo_advice_agi_alfa", "needs_info"),
        ],
    ),
    (
        "advice_school_closed_start_missing",
        f"{D1}: a closed school is judged on school_listed_at_start",
        {**ADVICE_COURSE_OK, "school_listed_now": "no", "school_closed": "yes"},
        [("status", "duo_advice_agi_course", "needs_info"), ("advice", "school_closed_evidence")],
    ),
    (
        "advice_alfa_school_closed_start_yes",
        f"{D1}: A closed school, alfabetisering advice route",
        {**ADVICE_ALFA_OK, "school_listed_now": "no", "school_closed": "yes", "school_listed_at_start": "yes"},
        [("status", "duo_advice_agi_alfa", "eligible")],
    ),
    (
        "integrated_precedence",
        f"{D1}: Status precedence, unmet beats unknown",
        {"years_lived_in_nl": 12, "years_worked_in_nl": 4, "dutch_good": "unknown"},
        [("status", "duo_advice_integrated", "not_eligible")],
    ),
    (
        "integrated_worked_missing",
        f"{C}: missing means unknown",
        {"years_lived_in_nl": 12, "dutch_good": "yes"},
        [("status", "duo_advice_integrated", "needs_info")],
    ),
    (
        "knm_nt2_zero_accepted",
        f"{D2}: attempts_nt2 0 on knm and ona is accepted",
        {**ADVICE_COURSE_OK, "exam_parts": parts(inb=3)},
        [("status", "duo_advice_agi_course", "eligible")],
    ),
    (
        "school_age_float_8",
        f"{D1}: Validation, 8.0 accepted",
        {"school_age_years_in_nl": 8.0},
        [("status", "ind_school_age_residence", "eligible")],
    ),
    (
        "roc_2013_advice_2018",
        f"{SH}: Not older than, 5 years",
        {"today": "2018-06-30", "roc_advice_date": "2013-06-30"},
        [("status", "ind_roc_advice", "eligible")],
    ),
    (
        "no_see_ind_when_duo_advice_route_eligible",
        f"{D1}: see_ind when no route is eligible (a DUO advice route is a route)",
        {**INTEGRATED_OK, "diploma": "no"},
        [("status", "duo_advice_integrated", "eligible"), ("no_advice", "see_ind")],
    ),
    (
        "medical_no_docs_missing",
        f"{D1}: medical_condition no gives not_eligible",
        {"medical_condition": "no"},
        [("status", "ind_medical", "not_eligible")],
    ),
    (
        "advice_ona_failed_start_missing",
        f"{SH}: ona counts only from 2015; start unknown: unknown",
        {
            **ADVICE_COURSE_OK,
            "exam_parts": {
                **parts(inb=3, only=PARTS[:5]),
                "ona": {"passed": False, "attempts_inburgering": 0, "attempts_nt2": 0},
            },
        },
        [("status", "duo_advice_agi_course", "needs_info")],
    ),
    (
        "advice_ona_failed_after_2015",
        f"{SH}: ona counts from 1 January 2015",
        {
            **ADVICE_COURSE_OK,
            "obligation_start": "2015-01-01",
            "exam_parts": {
                **parts(inb=3, only=PARTS[:5]),
                "ona": {"passed": False, "attempts_inburgering": 2, "attempts_nt2": 0},
            },
        },
        [("status", "duo_advice_agi_course", "not_eligible")],
    ),
    (
        "advice_passed_part_attempts_ignored",
        f"{SH}: attempts count for every part that is not passed",
        {**ADVICE_COURSE_OK, "exam_parts": {**parts(inb=3), "knm": {"passed": True, "attempts_inburgering": 0}}},
        [("status", "duo_advice_agi_course", "eligible")],
    ),
    # ---- see_ind and the result shape ----
    (
        "see_ind_nothing_eligible",
        f"{D1}: see_ind for a stronger permit when no route is eligible",
        {
            "diploma": "no",
            "nationalities": ["SY"],
            "turkish_family_member": "no",
            "birth_date": "1980-01-01",
            "school_age_years_in_nl": 0,
            "documents": [],
            "medical_condition": "no",
            "duo_advice_agi": "no",
            "special_circumstances": "no",
            "hours_inburgering": 0,
            "hours_nt2": 0,
            "hours_alfa": 0,
            "years_lived_in_nl": 1,
            "years_worked_in_nl": 0,
            "dutch_good": "no",
        },
        [("advice", "see_ind"), ("status", "ind_roc_advice", "not_eligible")],
    ),
    ("see_ind_all_unknown", f"{C}: see_ind when no route is eligible or not yet eligible", {}, [("advice", "see_ind")]),
    (
        "no_see_ind_when_eligible",
        f"{D1}: see_ind only when no route is eligible",
        {"nationalities": ["BE"]},
        [("no_advice", "see_ind")],
    ),
    (
        "school_closed_evidence_permit_goal",
        f"{D1}: school_closed_evidence whenever school_closed is yes",
        {"school_closed": "yes", "nationalities": ["BE"]},
        [("advice", "school_closed_evidence")],
    ),
    (
        "no_ask_extension_for_permit",
        f"{D1}: ask_extension is for the release goal",
        {**ADVICE_COURSE_OK, "hours_inburgering": 100, "nationalities": ["BE"]},
        [("no_advice", "ask_extension")],
    ),
    (
        "no_contact_municipality_for_permit",
        f"{D1}: contact_municipality is for the release goal",
        {"obligation_start": "2023-01-01", "nationalities": ["BE"]},
        [("no_advice", "contact_municipality")],
    ),
]


def _route(result, rid):
    found = [r for r in result["routes"] if r["id"] == rid]
    assert len(found) == 1, f"route {rid} listed {len(found)} times"
    return found[0]


def _cond(route, cid):
    found = [c for c in route["conditions"] if c["id"] == cid]
    assert found, f"{route['id']} has no condition {cid}: {[c['id'] for c in route['conditions']]}"
    return found[0]


def _notes(route):
    return [n["id"] for n in route["notes"]]


def _check(result, check):
    kind, *args = check
    if kind == "status":
        rid, status = args
        assert _route(result, rid)["status"] == status, (rid, _route(result, rid))
    elif kind == "cond":
        rid, cid, status = args
        assert _cond(_route(result, rid), cid)["status"] == status
    elif kind == "field":
        rid, cid, key, value = args
        assert _cond(_route(result, rid), cid).get(key) == value, _cond(_route(result, rid), cid)
    elif kind == "note":
        rid, nid = args
        assert nid in _notes(_route(result, rid)), _notes(_route(result, rid))
    elif kind == "no_note":
        rid, nid = args
        assert nid not in _notes(_route(result, rid))
    elif kind in ("note_docs", "note_has_docs", "note_field"):
        rid, nid, *rest = args
        notes = [n for n in _route(result, rid)["notes"] if n["id"] == nid]
        assert len(notes) == 1, _route(result, rid)["notes"]
        if kind == "note_docs":
            assert sorted(notes[0]["documents"]) == sorted(rest[0]), notes[0]
        elif kind == "note_has_docs":
            assert set(rest[0]) <= set(notes[0]["documents"]), notes[0]
        else:
            assert notes[0].get(rest[0]) == rest[1], notes[0]
    elif kind == "advice":
        assert args[0] in result["advice"], result["advice"]
    elif kind == "no_advice":
        assert args[0] not in result["advice"], result["advice"]
    elif kind == "forms":
        rid, forms = args
        assert _route(result, rid)["forms"] == forms
    elif kind == "send_to":
        rid, to = args
        assert _route(result, rid)["send_to"] == to
    elif kind == "costs":
        rid, costs = args
        assert _route(result, rid)["costs"] == costs
    elif kind == "weeks":
        rid, weeks = args
        assert _route(result, rid)["answer_weeks"] == weeks
    elif kind == "eligible_from":
        rid, day = args
        assert _route(result, rid)["eligible_from"] == day
    else:  # pragma: no cover
        raise AssertionError(kind)


@pytest.mark.parametrize(("name", "cites", "answers", "checks"), CASES, ids=[c[0] for c in CASES])
def test_probe(name, cites, answers, checks):
    result = evaluate({"today": TODAY, "goal": "stronger_permit", **answers})
    for check in checks:
        _check(result, check)
    for route in result["routes"]:  # no route of this goal has a waiting time
        assert route["status"] != "not_yet" and route["eligible_from"] is None, route["id"]
        # decision-contract.md: the unknown conditions name the answers that would decide them
        for cond in route["conditions"]:
            if cond["status"] == "unknown":
                assert cond.get("asks"), (route["id"], cond)


# ---- The contract's result shape for the stronger-permit goal ----
PERMIT_ROUTES = list(PERMIT_IDS)
ORDER = ["eligible", "not_yet", "needs_info", "not_eligible", "not_applicable"]


@pytest.mark.parametrize(
    "answers",
    [
        {},
        {
            "nationalities": ["BE"],
            "diploma": "no",
            "birth_date": "1990-01-01",
            "permit_type": "eu_long_term",
            **INTEGRATED_OK,
        },
        {"documents": ["nl_diploma"], "duo_advice_agi": "no", "exam_parts": parts(passed=PARTS)},
    ],
)
def test_every_route_listed_once_and_ordered(answers):
    """decision-contract.md: every route of the goal is listed; ordering by status, ties in contract order."""
    result = evaluate({"today": TODAY, "goal": "stronger_permit", **answers})
    ids = [r["id"] for r in result["routes"]]
    assert sorted(ids) == sorted(PERMIT_ROUTES)
    keys = [(ORDER.index(r["status"]), PERMIT_ROUTES.index(r["id"])) for r in result["routes"]]
    assert keys == sorted(keys)
    assert result["goal"] == "stronger_permit"


def test_every_ind_route_carries_the_appendix_and_goes_to_ind():
    """rules.md: every application to the IND for these permits carries the appendix."""
    result = evaluate({"today": TODAY, "goal": "stronger_permit"})
    for route in result["routes"]:
        if route["id"].startswith("ind_"):
            assert "ind_inburgeringsvereiste_appendix" in route["forms"], route["id"]
            assert route["send_to"] == "ind"
        else:
            assert route["send_to"] == "duo"


def test_naturalisation_has_no_routes_and_see_ind():
    """decision-contract.md: Goal naturalisation: no route of its own; advice holds see_ind."""
    result = evaluate({"today": TODAY, "goal": "naturalisation", "nationalities": ["BE"]})
    assert result["routes"] == []
    assert result["advice"] == ["see_ind"]


def test_no_goal_lists_every_route_and_null_goal():
    """rules.md, Output details: with no goal, goal is null and the routes of every goal are listed."""
    result = evaluate({"today": TODAY})
    assert result["goal"] is None
    assert set(PERMIT_ROUTES) <= {r["id"] for r in result["routes"]}
    assert "see_ind" in result["advice"]


def test_answers_today_wins_over_argument():
    """rules.md, Output details: answers.today wins over the function's today argument."""
    from datetime import date

    result = evaluate(
        {"today": "2029-02-28", "goal": "stronger_permit", "birth_date": "1961-11-30"}, today=date(2020, 1, 1)
    )
    assert result["today"] == "2029-02-28"
    assert _route(result, "ind_age")["status"] == "eligible"


def test_aow_date_shown_with_partial_precision():
    """rules.md second round: a date derived from a partial date (the AOW date) keeps its precision."""
    result = evaluate({"today": TODAY, "goal": "stronger_permit", "birth_date": "1961-11"})
    aow = _cond(_route(result, "ind_age"), "under_18_or_aow_age").get("aow_from")
    assert aow == "2029-02", aow


def test_beyond_table_note_for_younger_person():
    """rules.md second round, AOW age beyond the table: a note says the exact AOW age is not known yet."""
    result = evaluate({"today": TODAY, "goal": "stronger_permit", "birth_date": "1990-05-05"})
    route = _route(result, "ind_age")
    assert route["status"] == "not_eligible"
    assert route["notes"], "no note that the exact AOW age is not known yet"


def test_partial_date_is_echoed_as_given():
    """decision-contract.md: a partial date is echoed as given, never as the 1st of the month."""
    result = evaluate(
        {
            "today": TODAY,
            "goal": "stronger_permit",
            "medical_condition": "yes",
            "medical_documents": [{"id": "szw_medical_advice", "date": "2026-06"}],
        }
    )
    cond = _cond(_route(result, "ind_medical"), "medical_document")
    assert "2026-06-01" not in repr(cond), cond


def test_expired_medical_advice_says_valid_until():
    """rules.md second round: a failed advice says the date until which it was valid."""
    result = evaluate(
        {
            "today": TODAY,
            "goal": "stronger_permit",
            "medical_condition": "yes",
            "medical_documents": [{"id": "szw_medical_advice", "date": "2026-06-05"}],
        }
    )
    assert "2026-12-05" in repr(_route(result, "ind_medical"))


@pytest.mark.parametrize(
    "answers",
    [
        {"birth_date": "2027-01-01"},
        {"roc_advice_date": "2026-6"},
        {"medical_documents": [{"id": "szw_medical_advice", "date": "2027"}]},
        {"medical_documents": [{"id": "no_such_letter", "date": "2026-01-01"}]},
        {"documents": ["no_such_document"]},
        {"permit_type": "temporary"},
        {"turkish_family_member": "partner"},
        {"nationalities": ["XX"]},
        {"exam_parts": {"knm": {"passed": False, "attempts_inburgering": 1, "attempts_nt2": 1}}},
        {"application_date": "2026-12"},
    ],
)
def test_bad_input_is_refused(answers):
    """decision-contract.md and rules.md, Validation details."""
    with pytest.raises(AnswerError):
        evaluate({"today": TODAY, "goal": "stronger_permit", **answers})


def test_addresses_and_contacts():
    """rules.md, Addresses and contacts."""
    assert ADDRESSES["szw"]["lines"] == [
        "Ministerie van SZW / Directie S&I",
        "Afdeling Inburgering beschikkingen",
        "Postbus 90801",
        "2509 LV Den Haag",
    ]
    duo = ADDRESSES["duo"]
    assert duo["use_address_on_form"] is True and duo["exact"] is False
    assert duo["usual_lines"] == ["DUO Servicecentrum Inburgering", "Postbus 764", "9700 AT Groningen"]
    assert duo["phone"] == "050 599 96 00"
    assert "9:00" in duo["phone_hours"] and "17:00" in duo["phone_hours"]


def test_every_id_in_the_probe_results_has_words():
    """rules.md second round: every note, condition, advice and document id in a result has words
    (checked here in English, the language the catalogues are written in)."""
    from django.utils import translation

    from wizard.words.advice import ADVICE_TEXTS
    from wizard.words.conditions import CONDITIONS, FUNCTIONS
    from wizard.words.notes import note_text
    from wizard.words.papers import DOCUMENT_LABELS, MEDICAL_DOCUMENT_LABELS

    missing = set()
    with translation.override("en"):
        for _name, _cites, answers, _checks in CASES:
            result = evaluate({"today": TODAY, "goal": "stronger_permit", **answers})
            for aid in result["advice"]:
                if aid not in ADVICE_TEXTS:
                    missing.add(("advice", aid))
            for route in result["routes"]:
                for note in route["notes"]:
                    if not note_text(note):
                        missing.add(("note", note["id"]))
                    for doc in note.get("documents") or []:
                        if doc not in DOCUMENT_LABELS and doc not in MEDICAL_DOCUMENT_LABELS:
                            missing.add(("document", doc))
                for cond in route["conditions"]:
                    if cond["id"] not in CONDITIONS and cond["id"] not in FUNCTIONS:
                        missing.add(("condition", cond["id"]))
                    for doc in cond.get("documents") or []:
                        if doc not in DOCUMENT_LABELS and doc not in MEDICAL_DOCUMENT_LABELS:
                            missing.add(("document", doc))
    assert not missing, sorted(missing)
