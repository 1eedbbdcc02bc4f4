"""Every id the decision service can return has words, on the page and on the checklist, in every
language; and the words say what is known, and lead to the right action (issues 16, 17, 18).

The ids come from the decision package itself (vocabulary.py, answers.py, catalogue.py), so a new
id without words fails here."""

import re

import pytest
from django.utils import translation

from wizard import checklist, presentation
from wizard.decision import evaluate
from wizard.decision import parameters as P
from wizard.decision.answers import DOCUMENTS, MEDICAL_DOCUMENTS
from wizard.decision.catalogue import FORMS
from wizard.decision.vocabulary import ADVICE_IDS, CONDITION_IDS, COST_IDS, NOTE_IDS, ROUTE_IDS, SEND_TO
from wizard.words.papers import EXAM_PART_NAMES

LANGUAGES = ("nl", "en", "ar", "ti")

# A condition with every detail a text may take (the person's figures, dates, papers).
DETAILS = {
    "phrase": "PHRASE",
    "have": 3,
    "need": 10,
    "documents": ["nl_diploma"],
    "on": "2026-12-06",
    "age": 40,
    "valid_until": "2026-06",
    "term_start": "2024-06",
    "eligible_from": "2026-12-31",
    "aow_from": "2029-09",
    "hours_together": 300,
    "hours_together_need": 600,
    "hours_missing": 300,
    "parts": [
        {"part": "reading", "status": "unmet", "have": 0, "need": 4},
        {"part": "writing", "status": "unmet", "have": 2, "need": 4},
    ],
}
# The parameters each note carries (decision-contract.md and the brief of the new rules).
NOTE_PARAMS = {
    "ask_duo_combine_hours": {"total": 650},
    "ask_for_medical_document": {"documents": ["duo_medical_letter"]},
    "attempts_three_versus_four": {"duo": 3, "ind": 4},
    "certified_copy_not_original": {"documents": ["nl_diploma"]},
    "plain_copy_of_letter": {"documents": ["duo_agi_letter_2013_2017"]},
    "grade_list_needed": {"documents": ["nl_diploma"]},
    "five_parts_needed": {"documents": ["naturalisatietoets_certificate"]},
    "duo_medical_examination": {"phone": "050 599 96 00"},
    "eligible_from_may_be_earlier": {"earliest": "2026-12-01", "term_start": "2024-06"},
    "letter_for_your_period": {"held": ["duo_agi_letter_after_2017"], "fits": "duo_agi_letter_2013_2017"},
    "medical_advice_too_old": {"document": "szw_medical_advice", "valid_until": "2026-03-14", "on": "2026-12-06"},
    "online_lessons_do_not_count": {"since": "2019-01-01"},
    "term_start_assumed": {"obligation_start": "2019-05"},
}


def text_ok(text):
    return bool(text) and "%(" not in text and "PHRASE" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_route_goal_advice_form_cost_and_document_has_words(language):
    with translation.override(language):
        for goal, routes in ROUTE_IDS.items():
            assert text_ok(str(presentation.GOAL_TITLES[goal])), goal
            for rid in routes:
                assert text_ok(str(presentation.ROUTE_TITLES[rid])), rid
                for status in presentation.STATUS_LABELS:
                    route = {"id": rid, "status": status, "conditions": [], "notes": [], "eligible_from": "2027-01-01"}
                    assert text_ok(presentation.headline(route)), (rid, status)
        for aid in ADVICE_IDS:
            [item] = presentation.advice_items([aid])
            assert text_ok(item["title"]) and text_ok(item["text"]), aid
        for form_id in FORMS:
            item = presentation.form_item(form_id)
            assert text_ok(item["what"]) and text_ok(item["where"]) and text_ok(item["filled_by"]), form_id
        for cost_id in COST_IDS:
            eur = {"duo_test": P.COST_DUO_TEST.value, "duo_interview": P.COST_DUO_INTERVIEW.value}[cost_id]
            assert text_ok(presentation.cost_item({"id": cost_id, "eur": eur})), cost_id
        for doc in DOCUMENTS + MEDICAL_DOCUMENTS:
            assert presentation.document_label(doc) != doc, doc
        for send_to in SEND_TO:
            assert text_ok(presentation.address(send_to)["to"]), send_to


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_condition_has_words_for_each_status(language):
    with translation.override(language):
        for cid in CONDITION_IDS:
            for status in ("met", "unmet", "unknown"):
                text = presentation.condition_text({"id": cid, "status": status, **DETAILS})
                assert text_ok(text), (cid, status, text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_note_has_words_on_the_page_and_the_checklist(language):
    with translation.override(language):
        for note_id in NOTE_IDS:
            note = {"id": note_id, **NOTE_PARAMS.get(note_id, {})}
            assert text_ok(presentation.note_text(note)), note_id
            route = {
                "id": "ind_documents",
                "status": "not_applicable",
                "conditions": [],
                "notes": [note],
                "forms": [],
                "send_to": "ind",
                "source_title": "IND",
            }
            on_page = presentation.present_route(route)["notes"]
            assert on_page or note_id in presentation.HOW_TO_SEND_NOTES, note_id
            groups = checklist.closed_groups([route], set())
            assert [n for g in groups for n in g["notes"]] == on_page


def test_the_notes_of_a_way_that_is_not_for_the_person_are_shown():
    """rules.md: 'The note is shown on the page and the checklist, also for a not_applicable route'."""
    route = {
        "id": "duo_agi_course",
        "status": "not_applicable",
        "forms": [],
        "send_to": "duo",
        "source_title": "DUO",
        "conditions": [{"id": "not_all_parts_passed", "status": "unmet", "kind": "scope", "phrase": "P"}],
        "notes": [{"id": "all_parts_passed"}, {"id": "mbo1_diploma_not_exemption"}],
    }
    with translation.override("en"):
        shown = presentation.present_route(route)
        assert shown["notes"] == [
            str(presentation.NOTE_TEXTS["all_parts_passed"]),
            str(presentation.NOTE_TEXTS["mbo1_diploma_not_exemption"]),
        ]
        assert shown["reasons"][0]["text"].endswith("You passed every part that counts.")
        result = {
            "goal": "release_from_obligation",
            "today": "2026-12-06",
            "rules_version": "x",
            "routes": [route],
            "advice": [],
        }
        closed = checklist.build(result, {"goal": "release_from_obligation"})["closed_groups"]
        assert [group["notes"] for group in closed] == [shown["notes"]]


def test_mbo1_and_nt2_diplomas_say_they_do_not_exempt_and_why():
    with translation.override("en"):
        for note_id, paper in (
            ("mbo1_diploma_not_exemption", "mbo niveau 1"),
            ("nt2_diploma_not_exemption", "Nt2 diploma"),
        ):
            text = presentation.note_text({"id": note_id})
            assert paper in text and "does not exempt you" in text and "niet vrijgesteld" in text


# --- Only what is known --------------------------------------------------------------------------
def reasons(answers, language="en"):
    with translation.override(language):
        page = presentation.present(evaluate(answers))
    return {(r["id"], reason["text"]) for r in page["routes"] for reason in r["reasons"]}


def test_hours_never_asked_are_unknown_never_zero():
    """Issue 16: 'Je hebt samen 0 uur inburgeringscursus en Nt2 gedaan' for a Belgian never asked."""
    texts = {text for _, text in reasons({"goal": "stronger_permit", "nationalities": ["BE"]})}
    assert not any(re.search(r"(?<![\d,.])0 hours", t) for t in texts), texts
    assert "We do not know your course hours. 600 hours are needed." in texts
    assert "We do not know which parts of the exam you passed, or how often you took them." in " ".join(texts)


def test_hours_partly_given_name_only_the_hours_not_given():
    texts = {
        t
        for rid, t in reasons({"goal": "release_from_obligation", "obligation_start": "2016-02-01", "hours_alfa": 400})
        if rid == "duo_agi_alfa"
    }
    assert "We do not know your hours of inburgeringscursus. 600 hours are needed." in texts
    assert not any("alfabetisering" in t and "do not know" in t for t in texts)


def test_alfa_hours_say_which_hours_they_count():
    """Issue 18: 'the total of all your hours: 450' where 630 are shown (the Nt2 hours left out, unsaid)."""
    texts = {
        t
        for rid, t in reasons(
            {
                "goal": "release_from_obligation",
                "obligation_start": "2016-02-01",
                "hours_inburgering": 150,
                "hours_nt2": 180,
                "hours_alfa": 300,
            }
        )
        if rid == "duo_agi_alfa"
    }
    [hours] = [t for t in texts if "alfabetisering" in t and "hours" in t]
    assert "300 hours of alfabetisering and 150 hours of inburgeringscursus: 450 hours together" in hours
    assert "Nt2 hours do not count for this way" in hours


# --- Words that lead to the right action (issue 18) -----------------------------------------------
def test_conditions_say_what_the_way_needs_never_an_order():
    condition = {"id": "exam_attempts", "status": "unmet", **DETAILS}
    with translation.override("en"):
        text = presentation.condition_text(condition)
    assert "must" not in text
    assert text.startswith("For each part you did not pass, this way needs at least 10 attempts.")
    assert "Reading (Lezen): not taken." in text  # 0 attempts: not taken, not failed
    assert "Writing (Schrijven): number of attempts: 2." in text


def test_more_than_two_and_a_half_years_and_the_day_itself():
    met = {"id": "term_elapsed", "status": "met", "term_start": "2017-01-10", "eligible_from": "2019-07-10"}
    with translation.override("en"):
        assert "More than 2.5 years have passed" in presentation.condition_text(met, {"today": "2026-12-06"})
        assert "Today 2.5 years have passed" in presentation.condition_text(met, {"today": "2019-07-10"})


def test_the_szw_letter_names_the_way_to_take_and_when():
    """Issue 18: 'the usual DUO exemption suits you' under a red cross while that way is only not yet."""
    result = evaluate(
        {
            "goal": "release_from_obligation",
            "obliged": "yes",
            "obligation_start": "2016-02-01",
            "term_start": "2024-09-01",
            "today": "2026-12-06",
            "hours_inburgering": 700,
            "school_listed_at_start": "yes",
            "exam_parts": {p: {"passed": False, "attempts_inburgering": 4} for p in EXAM_PART_NAMES},
        }
    )
    course = next(r for r in result["routes"] if r["id"] == "duo_agi_course")
    assert course["status"] == "not_yet"
    with translation.override("en"):
        page = presentation.present(result)
        title = str(presentation.ROUTE_TITLES["duo_agi_course"])
    szw = next(r for r in page["routes"] if r["id"] == "szw_hardship_letter")
    assert szw["headline"].startswith("You do not need this letter: a DUO way fits you")
    text = " ".join(r["text"] for r in szw["reasons"])
    assert f"The way '{title}' fits you." in text
    assert "Use that way, not this letter: you can apply from 1 March 2027." in text


def test_each_form_says_where_to_get_it_with_its_exact_title():
    with translation.override("en"):
        course = presentation.form_item("agi_ontheffing_application")
        statement = presentation.form_item("course_participation_statement")
        appendix = presentation.form_item("ind_inburgeringsvereiste_appendix")
    assert "inburgeren.nl" in course["where"] and "'Genoeg cursus en examens gedaan'" in course["where"]
    assert FORMS["agi_ontheffing_application"]["name_nl"] in course["where"]
    assert course["where"] in course["what"]
    assert FORMS["agi_ontheffing_application"]["name_nl"] in statement["where"]
    assert "ind.nl" in appendix["where"] and "Bijlage Inburgeringsvereiste" in appendix["where"]


def test_the_school_fills_in_this_statement_not_the_application():
    with translation.override("en"):
        statement = presentation.form_item("course_participation_statement")
        steps = presentation.next_steps(
            {
                "status": "eligible",
                "forms": ["agi_ontheffing_application", "course_participation_statement"],
                "send_to": "duo",
            }
        )
    assert statement["filled_by"] == "Your school fills in this statement."
    assert "Your school fills in only this statement." in statement["what"]
    assert "Give the school only this statement, not your application form." in steps[1]


def test_the_duo_test_comes_after_the_application_and_is_no_exam_to_pass():
    with translation.override("en"):
        cost = presentation.cost_item({"id": "duo_test", "eur": 150})
        note = presentation.note_text({"id": "duo_test_take_part_actively"})
    for text in (cost, note):
        assert "after your application" in text.lower() and "not an exam to pass" in text
        assert "whether you can learn the Dutch language" in text


# --- The two release routes (issue 17) ------------------------------------------------------------
def release_route(rid, forms, costs=(), notes=()):
    return {
        "id": rid,
        "status": "eligible",
        "eligible_from": None,
        "forms": list(forms),
        "send_to": "duo",
        "costs": list(costs),
        "notes": list(notes),
        "answer_weeks": None,
        "source_title": "DUO",
        "conditions": [{"id": "medical_condition", "status": "met", "phrase": "P"}],
    }


def test_release_integrated_one_statement_for_each_employer_or_volunteer_organisation():
    route = release_route(
        "duo_release_integrated",
        ["integrated_advice_application", "employer_statement"],
        [{"id": "duo_interview", "eur": 90}],
        [{"id": "release_integrated_not_for_permit"}, {"id": "duo_interview_then_decision"}],
    )
    with translation.override("en"):
        block = checklist.route_block(route)
    assert "Ask each employer or volunteer organisation to fill in a 'Werkgeversverklaring'." in block["steps"]
    assert any("one statement for each employer or volunteer organisation" in f["what"] for f in block["forms"])
    assert any("not enough for a stronger residence permit" in n for n in block["notes"])
    assert any("€90" in c for c in block["costs"])


def test_release_medical_names_no_form_and_gives_duos_phone():
    route = release_route(
        "duo_release_medical", [], notes=[{"id": "duo_medical_examination", "phone": "050 599 96 00"}]
    )
    with translation.override("en"):
        block = checklist.route_block(route)
    assert block["forms"] == []
    assert "ask for the form and the medical examination" in block["steps"][0]
    assert "050\u00a0599\u00a096\u00a000" in block["steps"][0]
    assert any("independent medical adviser" in n for n in block["notes"])


# --- Through the decision service (rules.md, second and third round) --------------------------------
EVERY_PART_PASSED = {p: {"passed": True} for p in EXAM_PART_NAMES}
INTEGRATED = {
    "goal": "release_from_obligation",
    "obliged": "yes",
    "obligation_start": "2015-03-01",
    "years_lived_in_nl": 13,
    "years_worked_in_nl": 7,
    "dutch_good": "yes",
    "medical_condition": "yes",
    "today": "2026-12-06",
}


def test_every_part_passed_the_release_ways_say_why_they_are_not_for_the_person():
    result = evaluate({**INTEGRATED, "exam_parts": EVERY_PART_PASSED})
    with translation.override("en"):
        page = presentation.present(result)
        note = str(presentation.NOTE_TEXTS["all_parts_passed"])
        content = checklist.build(result, {**INTEGRATED, "exam_parts": EVERY_PART_PASSED})
    for route in page["routes"]:
        assert route["status"] == "not_applicable" and note in route["notes"], route["id"]
    assert {w["id"] for g in content["closed_groups"] for w in g["routes"]} == {r["id"] for r in page["routes"]}


def test_the_two_release_ways_on_the_page_and_the_checklist():
    result = evaluate(INTEGRATED)
    with translation.override("en"):
        page = {r["id"]: r for r in presentation.present(result)["routes"]}
        blocks = {b["id"]: b for b in checklist.build(result, INTEGRATED)["open_routes"]}
    integrated, medical = page["duo_release_integrated"], page["duo_release_medical"]
    assert integrated["status"] == medical["status"] == "eligible"
    reasons = " ".join(r["text"] for r in integrated["reasons"])
    assert "13 years. 10 are needed" in reasons and "7 years (volunteer work counts too). 5 are needed" in reasons
    assert medical["forms"] == [] and blocks["duo_release_medical"]["forms"] == []
    assert any("ask for the form and the medical examination" in s for s in blocks["duo_release_medical"]["steps"])
    assert any("each employer or volunteer organisation" in s for s in blocks["duo_release_integrated"]["steps"])


def test_a_medical_advice_too_old_without_a_date_still_says_why():
    with translation.override("en"):
        text = presentation.note_text(
            {"id": "medical_advice_too_old", "document": "szw_medical_advice", "valid_until": None, "on": "2026-12-06"}
        )
    assert "more than 6 months old" in text and "6 December 2026" in text


def test_never_we_do_not_know_about_what_the_person_answered():
    """Hours and every exam part given: no reason says we do not know them."""
    answers = {
        "goal": "release_from_obligation",
        "obligation_start": "2016-02-01",
        "term_start": "2016-02-01",
        "hours_inburgering": 300,
        "hours_nt2": 100,
        "hours_alfa": 50,
        "hours_education": 0,
        "school_listed_at_start": "yes",
        "school_listed_now": "yes",
        "difficult_situation": "no",
        "exam_parts": {p: {"passed": False, "attempts_inburgering": 1, "attempts_nt2": 0} for p in EXAM_PART_NAMES},
        "today": "2026-12-06",
    }
    texts = [t for _, t in reasons(answers)]
    assert not [t for t in texts if "do not know" in t and ("hours" in t or "attempts" in t or "part" in t)], texts
