"""Answers by step for walking the wizard to each route of the contract (shared by the tests).

NEUTRAL_* give every page of a goal an answer that opens no route, so a scenario only overrides
the pages that matter for it. Dates are far enough in the past not to depend on the day the
tests run; `months_ago` gives a date relative to today where the waiting time matters.
"""

from datetime import date

from wizard.decision.dates import add_months


def months_ago(months: int) -> str:
    return add_months(date.today(), -months).isoformat()


ATTEMPTS_NONE = {
    f"{p}_{k}": 0
    for p in ("reading", "listening", "writing", "speaking", "knm", "ona")
    for k in ("inburgering", "nt2")
    if not (p in ("knm", "ona") and k == "nt2")
}


def attempts(n_inburgering, n_nt2=0):
    out = {}
    for p in ("reading", "listening", "writing", "speaking", "knm", "ona"):
        out[f"{p}_inburgering"] = n_inburgering
        if p not in ("knm", "ona"):
            out[f"{p}_nt2"] = n_nt2
    return out


NEUTRAL_RELEASE = {
    "goal": {"goal": "release_from_obligation"},
    "obliged": {"obliged": "yes"},
    "obligation_start": {"obligation_start": "2016-02-01"},
    "term_start": {"term_start": "2016-02-01"},
    "course_hours": {"hours_inburgering": 100, "hours_nt2": 0, "hours_alfa": 0},
    "school_listed_at_start": {"school_listed_at_start": "yes"},
    "school_closed": {"school_closed": "no"},
    "school_listed_now": {"school_listed_now": "yes"},
    "exam_parts_passed": {"passed": []},
    "exam_attempts": attempts(1),
    "difficult_situation": {"difficult_situation": "no"},
    "education_hours": {"hours_education": 0},
    "release_years_lived": {"years_lived_in_nl": 3},
    "release_years_worked": {"years_worked_in_nl": 1},
    "release_dutch_good": {"dutch_good": "no"},
    "release_medical_condition": {"medical_condition": "no"},
}

NEUTRAL_PERMIT = {
    "goal": {"goal": "stronger_permit"},
    "diploma": {"diploma": "no"},
    "nationalities": {"nationality_1": "SY"},
    "turkish_family": {"turkish_family_member": "no"},
    "birth_date": {"birth_date": "1985-05-05"},
    "school_age_years": {"school_age_years_in_nl": 0},
    "documents": {"documents": []},
    "medical_condition": {"medical_condition": "no"},
    "medical_documents": {"medical_documents": []},
    "permit_obligation_start": {"obligation_start": "2016-02-01"},
    "participation_statement": {"participation_statement_done": "yes"},
    "duo_advice_agi": {"duo_advice_agi": "no"},
    "duo_advice_integrated": {"duo_advice_integrated": "no"},
    "years_lived": {"years_lived_in_nl": 3},
    "years_worked": {"years_worked_in_nl": 1},
    "dutch_good": {"dutch_good": "no"},
    "permit_course_hours": {"hours_inburgering": 100, "hours_nt2": 0, "hours_alfa": 0},
    "permit_school_listed_at_start": {"school_listed_at_start": "no"},
    "permit_school_closed": {"school_closed": "no"},
    "permit_school_listed_now": {"school_listed_now": "no"},
    "permit_exam_parts_passed": {"passed": []},
    "permit_exam_attempts": attempts(1),
    "roc_advice": {"unknown": True},
    "special_circumstances": {"special_circumstances": "no"},
    "permit_type": {"permit_type": "permanent_regular"},
}


def release(**overrides):
    return {**NEUTRAL_RELEASE, **overrides}


def permit(**overrides):
    return {**NEUTRAL_PERMIT, **overrides}


# route id -> (answers by step, expected status)
ROUTE_WALKS = {
    "duo_agi_course": (
        release(
            course_hours={"hours_inburgering": 400, "hours_nt2": 200, "hours_alfa": 0},
            exam_attempts={**attempts(3, 1), "knm_inburgering": 4, "ona_inburgering": 4},
        ),
        "eligible",
    ),
    "duo_agi_alfa": (release(course_hours={"hours_inburgering": 100, "hours_nt2": 0, "hours_alfa": 500}), "eligible"),
    "szw_hardship_letter": (
        release(
            course_hours={"hours_inburgering": 100, "hours_nt2": 0, "hours_alfa": 100},
            difficult_situation={"difficult_situation": "yes"},
            education_hours={"hours_education": 500},
        ),
        "eligible",
    ),
    "duo_release_integrated": (
        release(
            release_years_lived={"years_lived_in_nl": 13},
            release_years_worked={"years_worked_in_nl": 7},
            release_dutch_good={"dutch_good": "yes"},
        ),
        "eligible",
    ),
    "duo_release_medical": (release(release_medical_condition={"medical_condition": "yes"}), "eligible"),
    "ind_diploma": (permit(diploma={"diploma": "yes"}), "eligible"),
    "ind_nationality": (permit(nationalities={"nationality_1": "BE"}), "eligible"),
    "ind_turkish": (permit(nationalities={"nationality_1": "IQ", "nationality_2": "TR"}), "eligible"),
    "ind_age": (permit(birth_date={"birth_date": "1950-03-10"}), "eligible"),
    "ind_school_age_residence": (permit(school_age_years={"school_age_years_in_nl": 9}), "eligible"),
    "ind_documents": (permit(documents={"documents": ["nl_diploma"]}), "eligible"),
    "ind_medical": (
        permit(
            medical_condition={"medical_condition": "yes"},
            medical_documents={"medical_documents": ["duo_medical_letter"]},
        ),
        "eligible",
    ),
    "ind_efforts": (permit(duo_advice_agi={"duo_advice_agi": "yes"}), "eligible"),
    # ROC advice requests closed on 1 July 2013 and an advice lasts five years: on any day after
    # 31 December 2019 no advice can still be valid, so the wizard does not ask for its date.
    "ind_roc_advice": (permit(), "not_eligible"),
    "ind_special_circumstances": (permit(special_circumstances={"special_circumstances": "yes"}), "eligible"),
    "duo_advice_agi_course": (
        permit(
            permit_course_hours={"hours_inburgering": 600, "hours_nt2": 0, "hours_alfa": 0},
            permit_school_listed_now={"school_listed_now": "yes"},
            permit_exam_attempts=attempts(3),
        ),
        "eligible",
    ),
    "duo_advice_agi_alfa": (
        permit(
            permit_course_hours={"hours_inburgering": 0, "hours_nt2": 0, "hours_alfa": 600},
            permit_school_listed_now={"school_listed_now": "yes"},
        ),
        "eligible",
    ),
    "duo_advice_integrated": (
        permit(
            years_lived={"years_lived_in_nl": 12},
            years_worked={"years_worked_in_nl": 6},
            dutch_good={"dutch_good": "yes"},
        ),
        "eligible",
    ),
}

# Walks that reach the questions no route walk above needs: (answers, route id, status).
MORE_WALKS = {
    # A closed school: the listing when the course began counts instead of the listing now.
    "permit_school_closed": (
        permit(
            permit_course_hours={"hours_inburgering": 0, "hours_nt2": 0, "hours_alfa": 600},
            permit_school_closed={"school_closed": "yes"},
            permit_school_listed_at_start={"school_listed_at_start": "yes"},
        ),
        "duo_advice_agi_alfa",
        "eligible",
    ),
    # A DUO letter from after 1 October 2017 needs the participation statement too.
    "participation_statement": (
        permit(
            documents={"documents": ["duo_agi_letter_after_2017"]},
            permit_obligation_start={"obligation_start": "2018-02-01"},
            participation_statement={"participation_statement_done": "yes"},
        ),
        "ind_documents",
        "eligible",
    ),
}
