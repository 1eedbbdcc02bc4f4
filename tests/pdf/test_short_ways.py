"""The ways the checklist lists short, as the result page does (wizard/checklist.py short_block,
closed_groups): the ways the check did not judge because one already fits, each with the one line
that would decide it; the ways that are not for the person, only with the notes the paper does not
already say (rules.md: a note is shown on the checklist also for a not_applicable route). And what
a checklist says once: a form described for one way is named, not described, for the next; a note
is said once."""

import pytest
from django.utils.translation import gettext, override

from wizard import checklist as paper
from wizard import presentation
from wizard.decision import evaluate
from wizard.decision.catalogue import FORMS
from wizard.presentation import ROUTE_TITLES

from . import samples
from .pdfread import text

APPENDIX = FORMS["ind_inburgeringsvereiste_appendix"]["name_nl"]
EVERY_PART_PASSED = {p: {"passed": True} for p in samples.EXAM_PARTS}
PASSED_ALL = {
    "goal": "release_from_obligation",
    "obligation_start": "2015-03-01",
    "exam_parts": EVERY_PART_PASSED,
    "today": "2026-12-06",
}


def build(answers, language="en"):
    result = evaluate(answers)
    with override(language):
        return result, paper.build(result, answers)


# --- The ways not judged, beside a way that fits ---------------------------------------------------
def test_ways_not_judged_beside_a_way_that_fits_are_one_line_each_as_on_the_page():
    result, content = build(samples.PERMIT)
    unknown = [r for r in result["routes"] if r["status"] == "needs_info"]
    assert len(unknown) == 7 and any(r["status"] == "eligible" for r in result["routes"])
    assert content["unknown_routes"] == []  # not in full
    with override("en"):
        context = presentation.result_context(result)
        expected = [
            (str(ROUTE_TITLES[r["id"]]), presentation.short_line(presentation.present_route(r, context)))
            for r in unknown
        ]
    assert [(w["title"], w["line"]) for w in content["unknown_short"]] == expected
    assert all(line.startswith("We do not know") for _, line in expected)


def test_on_paper_the_ways_not_judged_carry_no_forms_line(rendered):
    pdf, _, html = rendered("PERMIT", "en")
    words = text(pdf)
    section = html.split('<section class="short-ways">')[1].split("</section>")[0]
    assert "A way above already fits you." in section
    assert str(ROUTE_TITLES["ind_turkish"]) in section and "Turkse nationaliteit" in section
    assert "forms" not in section and APPENDIX not in section and "€" not in section
    assert "We do not know whether you have Turkish nationality" in words
    assert "Forms and letters for each of these ways" not in words


def test_with_no_way_that_fits_the_ways_to_find_out_are_in_full():
    answers = {"goal": "stronger_permit", "today": "2026-12-06"}
    result, content = build(answers)
    assert not any(r["status"] in ("eligible", "not_yet") for r in result["routes"])
    unknown = [r["id"] for r in result["routes"] if r["status"] == "needs_info"]
    assert unknown and [b["id"] for b in content["unknown_routes"]] == unknown
    assert content["unknown_short"] == []
    assert all(b["find_out"] for b in content["unknown_routes"])


def test_a_way_from_a_later_date_keeps_the_ways_to_find_out_in_full():
    """As the page: only a way that fits now stops the wizard asking about the others."""
    result, content = build(samples.RELEASE_LATER)
    statuses = {r["id"]: r["status"] for r in result["routes"]}
    assert "eligible" not in statuses.values() and "not_yet" in statuses.values()
    assert {b["id"] for b in content["unknown_routes"]} == {i for i, s in statuses.items() if s == "needs_info"}
    assert content["unknown_short"] == []


# --- The ways that are not for the person ----------------------------------------------------------
@pytest.mark.parametrize("language", samples.LANGUAGES)
def test_every_part_passed_prints_the_note_once_with_the_ways_it_closes(language):
    result = evaluate(PASSED_ALL)
    closed = [r["id"] for r in result["routes"] if r["status"] == "not_applicable"]
    assert len(closed) >= 5
    content = paper.checklist(result, PASSED_ALL, language)
    [group] = [g for g in content["closed_groups"] if any("inburgeringsdiploma" in str(n) for n in g["notes"])]
    assert [w["id"] for w in group["routes"]] == closed
    with override(language):
        note = presentation.note_text({"id": "all_parts_passed"})
    assert [str(n) for n in group["notes"]].count(note) == 1


def test_the_note_of_a_closed_way_is_on_paper():
    pdf_text = text(paper_pdf(PASSED_ALL, "en"))
    with override("en"):
        note = presentation.note_text({"id": "all_parts_passed"})
        heading = gettext("Ways that are not for you now")
    with override("nl"):
        dutch = presentation.note_text({"id": "all_parts_passed"})
    assert heading in pdf_text
    assert pdf_text.count(" ".join(note.split())) == 1
    assert " ".join(dutch.split()) in pdf_text


def paper_pdf(answers, language):
    from wizard.pdf import render_checklist_pdf

    return render_checklist_pdf(answers, language)


def test_a_closed_way_whose_notes_are_said_above_is_not_printed():
    """RELEASE: the alfabetisering way does not fit, and its notes are those of the course way that
    fits, printed there; the SZW letter's note (use the ordinary application) is new."""
    result, content = build(samples.RELEASE)
    closed = {r["id"] for r in result["routes"] if r["status"] in ("not_eligible", "not_applicable")}
    assert {"duo_agi_alfa", "szw_hardship_letter"} <= closed
    printed = [w["id"] for g in content["closed_groups"] for w in g["routes"]]
    assert printed == ["szw_hardship_letter"]
    with override("en"):
        assert presentation.note_text({"id": "ordinary_application_fits"}) in content["closed_groups"][0]["notes"]


def test_a_closed_way_without_notes_is_not_printed():
    result, content = build(samples.PERMIT)
    closed = [r for r in result["routes"] if r["status"] in ("not_eligible", "not_applicable")]
    without = [r["id"] for r in closed if not presentation.route_notes(r)]
    assert without  # ind_nationality
    assert not {w["id"] for g in content["closed_groups"] for w in g["routes"]} & set(without)


# --- Said once --------------------------------------------------------------------------------------
def test_a_form_described_for_one_way_is_named_for_the_next():
    result, content = build(samples.PERMIT)
    ways = [b for b in content["open_routes"] if APPENDIX in [f["name_nl"] for f in b["forms"]]]
    assert len(ways) == 2  # the diploma way and the medical way, both on the IND's appendix
    first, second = ([f for f in b["forms"] if f["name_nl"] == APPENDIX][0] for b in ways)
    assert "ind.nl" in first["what"] and first["filled_by"]
    with override("en"):
        assert second == {"name_nl": APPENDIX, "what": gettext("The same form as above."), "filled_by": ""}


def test_a_note_is_said_once_on_the_checklist():
    result, content = build(samples.RELEASE_LATER)
    notes = [n for b in content["open_routes"] + content["unknown_routes"] for n in b["notes"]]
    notes += [n for g in content["closed_groups"] for n in g["notes"]]
    assert notes and len(notes) == len(set(notes))
    # the alfabetisering way (from a later date) and the course way both carry it: said once
    carriers = [r for r in result["routes"] if any(n["id"] == "online_lessons_do_not_count" for n in r["notes"])]
    assert len(carriers) >= 2
    with override("en"):
        online = presentation.note_text(
            next(n for n in carriers[0]["notes"] if n["id"] == "online_lessons_do_not_count")
        )
    assert notes.count(online) == 1


def test_the_dutch_line_is_left_out_when_the_text_holds_its_words():
    assert paper.pair(
        "Knowledge of Dutch society (KNM, Kennis van de Nederlandse Maatschappij)",
        "Kennis van de Nederlandse Maatschappij (KNM)",
    ) == ("Knowledge of Dutch society (KNM, Kennis van de Nederlandse Maatschappij)")
    twin = paper.pair("Not passed", "Niet gehaald")
    assert isinstance(twin, paper.Twin) and twin.nl == "Niet gehaald"
