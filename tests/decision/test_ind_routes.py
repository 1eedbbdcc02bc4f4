"""The IND appendix 'Inburgeringsvereiste': one table per route."""

import pytest

from .helpers import condition, note_ids, result, route, status

P = dict(goal="stronger_permit")


def st(route_id, **answers):
    return status(route_id, **{**P, **answers})


@pytest.mark.parametrize(
    "answers, expected",
    [
        (dict(diploma="yes"), "eligible"),
        (dict(diploma="no"), "not_eligible"),
        (dict(diploma="unknown"), "needs_info"),
        (dict(documents=["inburgeringsdiploma"]), "eligible"),  # the diploma among the documents counts
        (dict(), "needs_info"),
    ],
)
def test_ind_diploma(answers, expected):
    assert st("ind_diploma", **answers) == expected


def test_all_parts_passed_do_not_decide_the_diploma_route():
    exams = {p: {"passed": True} for p in ("reading", "listening", "writing", "speaking", "knm", "ona")}
    assert st("ind_diploma", exam_parts=exams) == "needs_info"


@pytest.mark.parametrize(
    "answers, expected",
    [
        (dict(nationalities=["BE"]), "eligible"),
        (dict(nationalities=["lu"]), "eligible"),
        (dict(nationalities=["SY", "BE"]), "eligible"),
        (dict(nationalities=["NL"]), "not_eligible"),
        (dict(), "needs_info"),
    ],
)
def test_ind_nationality(answers, expected):
    assert st("ind_nationality", **answers) == expected


@pytest.mark.parametrize(
    "answers, expected",
    [
        (dict(nationalities=["TR"]), "eligible"),
        (dict(nationalities=["SY"], turkish_family_member="yes"), "eligible"),
        (dict(nationalities=["SY"], turkish_family_member="no"), "not_eligible"),
        (dict(nationalities=["SY"], turkish_family_member="unregistered_partner"), "not_eligible"),
        (dict(nationalities=["SY"], turkish_family_member="unknown"), "needs_info"),
        (dict(turkish_family_member="no"), "needs_info"),
        (dict(turkish_family_member="yes"), "eligible"),
    ],
)
def test_ind_turkish(answers, expected):
    assert st("ind_turkish", **answers) == expected


def test_unregistered_partner_is_told_why():
    assert "unregistered_partner_not_family" in note_ids(
        "ind_turkish", **P, nationalities=["SY"], turkish_family_member="unregistered_partner"
    )


@pytest.mark.parametrize(
    "birth, on, expected",
    [
        ("2008-11-23", "2026-11-22", "eligible"),  # 17, the day before turning 18
        ("2008-11-22", "2026-11-22", "not_eligible"),  # 18 today
        ("1960-06-15", "2027-06-14", "not_eligible"),  # AOW age 67: the day before
        ("1960-06-15", "2027-06-15", "eligible"),  # the day the AOW age begins
        ("1961-05-10", "2028-08-09", "not_eligible"),  # 67 years and 3 months
        ("1961-05-10", "2028-08-10", "eligible"),
        ("1963-12-01", "2031-02-28", "not_eligible"),  # 2031 row: 67 + 3 months
        ("1963-12-01", "2031-03-01", "eligible"),
        ("1950-01-01", "2026-11-22", "eligible"),  # before the table: reached long ago
        ("1979-07-01", "2026-11-22", "not_eligible"),  # beyond the table but clearly under 66
    ],
)
def test_ind_age(birth, on, expected):
    assert st("ind_age", birth_date=birth, today=on) == expected


def test_ind_age_beyond_the_table_below_the_last_rows_age_is_not_reached():
    """rules.md, second round, 'AOW age beyond the table': the AOW age never goes down, so it is at least
    the last row's (67 years and 3 months). Born 1964-10-01, on 2031-06-01 the person is 66: not reached.
    (Before the second round this was needs_info: 'unless the person is clearly under 66'.)"""
    r = route("ind_age", **P, birth_date="1964-10-01", today="2031-06-01")
    assert r["status"] == "not_eligible"
    assert "aow_age_not_known_yet" in [n["id"] for n in r["notes"]]


@pytest.mark.parametrize(
    "today, status",
    [
        ("2031-12-31", "not_eligible"),  # the day before 67 years and 3 months (807 months): surely not reached
        ("2032-01-01", "needs_info"),  # from that day: beyond the table, not known
    ],
)
def test_ind_age_beyond_the_table_at_the_last_rows_age(today, status):
    r = route("ind_age", **P, birth_date="1964-10-01", today=today)
    assert r["status"] == status
    assert "aow_age_not_known_yet" in [n["id"] for n in r["notes"]]


def test_ind_age_reports_the_aow_date():
    c = condition("ind_age", "under_18_or_aow_age", **P, birth_date="1961-05-10")
    assert c["aow_from"] == "2028-08-10"


def test_application_date_decides_the_age():
    assert st("ind_age", birth_date="1960-06-15", application_date="2027-06-15") == "eligible"


@pytest.mark.parametrize("years, expected", [(7.9, "not_eligible"), (8, "eligible"), (12, "eligible")])
def test_ind_school_age_residence(years, expected):
    assert st("ind_school_age_residence", school_age_years_in_nl=years) == expected


@pytest.mark.parametrize(
    "answers, expected",
    [
        (dict(documents=["nl_diploma"]), "eligible"),
        (dict(documents=["wi2021_certificate"]), "eligible"),
        (dict(documents=[]), "not_eligible"),
        (dict(documents=["nt2_diploma", "mbo1_diploma", "evidently_integrated_letter"]), "not_eligible"),
        (dict(documents=["inburgeringsdiploma"]), "not_eligible"),  # that is ind_diploma
        (dict(), "needs_info"),
        # Letters tied to the period in which the inburgeringsplicht began
        (dict(documents=["bw_agi_letter"], obligation_start="2012-12-31"), "eligible"),
        (dict(documents=["bw_agi_letter"], obligation_start="2013-01-01"), "not_eligible"),
        (dict(documents=["bw_agi_letter"]), "needs_info"),
        (dict(documents=["duo_agi_letter_2013_2017"], obligation_start="2013-01-01"), "eligible"),
        (dict(documents=["duo_agi_letter_2013_2017"], obligation_start="2017-09-30"), "eligible"),
        (dict(documents=["duo_agi_letter_2013_2017"], obligation_start="2017-10-01"), "not_eligible"),
        (
            dict(
                documents=["duo_agi_letter_after_2017"],
                obligation_start="2017-10-01",
                participation_statement_done="yes",
            ),
            "eligible",
        ),
        (
            dict(
                documents=["duo_agi_letter_after_2017"],
                obligation_start="2017-10-01",
                participation_statement_done="no",
            ),
            "not_eligible",
        ),
        (dict(documents=["duo_agi_letter_after_2017"], obligation_start="2017-10-01"), "needs_info"),
        (
            dict(
                documents=["duo_agi_letter_after_2017"],
                obligation_start="2017-09-30",
                participation_statement_done="yes",
            ),
            "not_eligible",
        ),
        # Without the participatieverklaringstraject the letter never counts, whenever the plicht began:
        # the missing start date does not leave it open ('decided whenever the known values decide it').
        (dict(documents=["duo_agi_letter_after_2017"], participation_statement_done="no"), "not_eligible"),
        (dict(documents=["duo_agi_letter_after_2017"], participation_statement_done="yes"), "needs_info"),
    ],
)
def test_ind_documents(answers, expected):
    assert st("ind_documents", **answers) == expected


def test_documents_that_do_not_exempt_say_so():
    ids = note_ids("ind_documents", **P, documents=["nt2_diploma", "mbo1_diploma", "evidently_integrated_letter"])
    assert {
        "nt2_diploma_not_exemption",
        "mbo1_diploma_not_exemption",
        "evidently_integrated_letter_not_exemption",
    } <= set(ids)


@pytest.mark.parametrize(
    "answers, asks",
    [
        (dict(documents=["bw_agi_letter"]), ["obligation_start"]),
        (dict(documents=["duo_agi_letter_after_2017"]), ["obligation_start", "participation_statement_done"]),
        (dict(documents=["duo_agi_letter_after_2017"], participation_statement_done="yes"), ["obligation_start"]),
        (
            dict(documents=["duo_agi_letter_after_2017"], obligation_start="2018-01-01"),
            ["participation_statement_done"],
        ),
    ],
)
def test_an_undecided_letter_asks_every_answer_still_missing(answers, asks):
    """Contract: 'the unknown conditions name the answers that would decide them'."""
    assert condition("ind_documents", "exempting_document", **P, **answers)["asks"] == asks


@pytest.mark.parametrize(
    "documents, obligation_start, asks",
    [
        ([{"id": "szw_medical_advice"}], None, ["medical_documents"]),  # its age, never the start date
        ([{"id": "szw_medical_advice"}], "2012-06-01", ["medical_documents"]),
        ([{"id": "municipal_doctor_advice"}], None, ["obligation_start", "medical_documents"]),
        ([{"id": "municipal_doctor_advice", "date": "2026-09-01"}], None, ["obligation_start"]),
        ([{"id": "municipal_doctor_advice"}], "2012-06-01", ["medical_documents"]),
        ([{"id": "duo_medical_letter"}], None, ["obligation_start"]),
    ],
)
def test_an_undecided_medical_document_asks_every_answer_still_missing(documents, obligation_start, asks):
    answers = dict(medical_condition="yes", medical_documents=documents)
    if obligation_start:
        answers["obligation_start"] = obligation_start
    c = condition("ind_medical", "medical_document", **P, **answers)
    assert c["status"] == "unknown" and c["asks"] == asks


def test_the_naturalisatietoets_certificate_needs_all_five_parts():
    """rules.md, Decisions on open points: 'needs a pass on all five parts ... and the grade list'."""
    r = route("ind_documents", **P, documents=["naturalisatietoets_certificate"])
    notes = {n["id"]: n for n in r["notes"]}
    assert r["status"] == "eligible"
    assert notes["five_parts_needed"]["documents"] == ["naturalisatietoets_certificate"]
    assert notes["grade_list_needed"]["documents"] == ["naturalisatietoets_certificate"]
    assert "five_parts_needed" not in note_ids("ind_documents", **P, documents=["be_sr_diploma"])


def test_grade_list_and_apostille():
    r = route("ind_documents", **P, documents=["be_sr_diploma"])
    notes = {n["id"]: n for n in r["notes"]}
    assert notes["grade_list_needed"]["documents"] == ["be_sr_diploma"]
    assert "apostille_for_foreign_diploma" in notes and "certified_copy_not_original" in notes


@pytest.mark.parametrize(
    "answers, expected",
    [
        (
            dict(medical_condition="no", medical_documents=[{"id": "szw_medical_advice", "date": "2026-09-01"}]),
            "not_eligible",
        ),
        (
            dict(medical_condition="yes", medical_documents=[{"id": "szw_medical_advice", "date": "2026-05-22"}]),
            "eligible",
        ),  # exactly six months old
        (
            dict(medical_condition="yes", medical_documents=[{"id": "szw_medical_advice", "date": "2026-05-21"}]),
            "not_eligible",
        ),
        (dict(medical_condition="yes", medical_documents=[{"id": "szw_medical_advice"}]), "needs_info"),
        (dict(medical_condition="yes"), "needs_info"),
        (dict(medical_condition="yes", medical_documents=[]), "not_eligible"),
        (dict(medical_documents=[{"id": "szw_medical_advice", "date": "2026-09-01"}]), "eligible"),
        (
            dict(
                medical_condition="yes", obligation_start="2012-06-01", medical_documents=[{"id": "bw_medical_letter"}]
            ),
            "eligible",
        ),
        (
            dict(
                medical_condition="yes", obligation_start="2013-01-01", medical_documents=[{"id": "bw_medical_letter"}]
            ),
            "not_eligible",
        ),
        (
            dict(
                medical_condition="yes", obligation_start="2013-01-01", medical_documents=[{"id": "duo_medical_letter"}]
            ),
            "eligible",
        ),
        (dict(medical_condition="yes", medical_documents=[{"id": "duo_medical_letter"}]), "needs_info"),
        (
            dict(
                medical_condition="yes",
                obligation_start="2012-06-01",
                medical_documents=[{"id": "municipal_doctor_advice", "date": "2026-09-01"}],
            ),
            "eligible",
        ),
        (
            dict(
                medical_condition="yes",
                obligation_start="2014-06-01",
                medical_documents=[{"id": "municipal_doctor_advice", "date": "2026-09-01"}],
            ),
            "not_eligible",
        ),
    ],
)
def test_ind_medical(answers, expected):
    assert st("ind_medical", **answers) == expected


def test_medical_condition_without_document_advises_the_ind():
    r = result(**P, medical_condition="yes", medical_documents=[], diploma="yes")
    assert "see_ind" in r["advice"]
    medical = next(x for x in r["routes"] if x["id"] == "ind_medical")
    ask = next(n for n in medical["notes"] if n["id"] == "ask_for_medical_document")
    assert "szw_medical_advice" in ask["documents"]


@pytest.mark.parametrize("answer, expected", [("yes", "eligible"), ("no", "not_eligible"), ("unknown", "needs_info")])
def test_ind_efforts(answer, expected):
    assert st("ind_efforts", duo_advice_agi=answer) == expected


@pytest.mark.parametrize(
    "answers, expected",
    [
        (dict(roc_advice_date="2021-11-22"), "eligible"),  # five years old on the day
        (dict(roc_advice_date="2021-11-21"), "not_eligible"),
        (dict(roc_advice_date="2014-01-01", today="2018-06-01"), "eligible"),
        (dict(), "not_eligible"),  # no date, applying after 2019
        (dict(today="2019-12-31"), "needs_info"),
    ],
)
def test_ind_roc_advice(answers, expected):
    assert st("ind_roc_advice", **answers) == expected


def test_roc_advice_still_needs_spoken_dutch():
    assert "spoken_dutch_a2_still_needed" in note_ids("ind_roc_advice", **P, roc_advice_date="2021-11-22")


@pytest.mark.parametrize(
    "answers, expected",
    [
        (dict(special_circumstances="yes"), "eligible"),
        (dict(special_circumstances="yes", permit_type="humanitarian_non_temporary"), "eligible"),
        (dict(special_circumstances="yes", permit_type="permanent_asylum"), "eligible"),
        (dict(special_circumstances="yes", permit_type="eu_long_term"), "not_applicable"),
        (dict(special_circumstances="no"), "not_eligible"),
        (dict(), "needs_info"),
    ],
)
def test_ind_special_circumstances(answers, expected):
    assert st("ind_special_circumstances", **answers) == expected


def test_special_circumstances_letter():
    r = route("ind_special_circumstances", **P, special_circumstances="yes")
    assert "ind_special_circumstances_letter" in r["forms"] and r["send_to"] == "ind"


def test_every_ind_route_carries_the_appendix():
    r = result(**P)
    for x in r["routes"]:
        if x["id"].startswith("ind_"):
            assert "ind_inburgeringsvereiste_appendix" in x["forms"]


def test_no_fitting_medical_document_advises_the_ind_unless_there_is_no_condition():
    """rules.md, second round, 'see_ind': from the medical route only when medical_condition is yes and no
    fitting medical document is held; never merely because medical_documents was answered with none."""
    assert "see_ind" in result(**P, diploma="yes", medical_condition="yes", medical_documents=[])["advice"]
    assert "see_ind" not in result(**P, diploma="yes", medical_documents=[])["advice"]
    assert "see_ind" not in result(**P, diploma="yes", medical_condition="no", medical_documents=[])["advice"]
    assert "see_ind" not in result(**P, diploma="yes", medical_condition="yes")["advice"]


def test_ind_age_beyond_the_table_says_so_also_when_clearly_under_66():
    # rules.md, The AOW age: 'for a birth date beyond the table, say that the AOW age is not known yet'.
    r = route("ind_age", **P, birth_date="1970-01-01", today="2026-11-22")
    assert r["status"] == "not_eligible"
    assert "aow_age_not_known_yet" in [n["id"] for n in r["notes"]]
    within = route("ind_age", **P, birth_date="1962-01-01", today="2026-11-22")  # in the table
    assert "aow_age_not_known_yet" not in [n["id"] for n in within["notes"]]
