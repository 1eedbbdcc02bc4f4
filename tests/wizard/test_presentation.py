"""The presentation layer has words for every id the decision service can report, in every language."""

import re
from pathlib import Path

import pytest
from django.utils import translation

from wizard import presentation
from wizard.decision import evaluate
from wizard.decision.advice import ADVICE_IDS
from wizard.decision.answers import DOCUMENTS, MEDICAL_DOCUMENTS
from wizard.decision.catalogue import FORMS
from wizard.templatetags.babel_format import euro, long_date

DECISION = Path(__file__).resolve().parents[2] / "wizard" / "decision"


def ids(pattern):
    found = set()
    for path in DECISION.rglob("*.py"):
        found |= set(re.findall(pattern, path.read_text()))
    return found


def test_every_note_has_words():
    for note_id in ids(r'note\("([a-z0-9_]+)"'):
        assert presentation.note_text({"id": note_id}), note_id


def test_every_condition_has_words_for_each_status():
    for cid in ids(r'Condition\("([a-z0-9_]+)"'):
        for status in ("met", "unmet", "unknown"):
            text = presentation.condition_text({"id": cid, "status": status, "phrase": "PHRASE"})
            assert text and text != "PHRASE", (cid, status)


def test_every_route_advice_form_and_document_has_words():
    result = evaluate({})
    for route in result["routes"]:
        assert route["id"] in presentation.ROUTE_TITLES
    assert set(ADVICE_IDS) == set(presentation.ADVICE_TEXTS)
    assert set(FORMS) == set(presentation.FORM_WHAT)
    assert set(DOCUMENTS) == set(presentation.DOCUMENT_LABELS)
    assert set(MEDICAL_DOCUMENTS) == set(presentation.MEDICAL_DOCUMENT_LABELS)


@pytest.mark.parametrize(
    "lang, day, money",
    [
        ("nl", "1 maart 2027", "€\xa0150,00"),
        ("en", "1 March 2027", "€150.00"),
        ("ar", "2027", "150"),
        ("ti", "2027", "€150.00"),
    ],
)
def test_babel_dates_and_money_in_the_active_language(lang, day, money):
    with translation.override(lang):
        assert day in long_date("2027-03-01")
        assert money in euro(150)


def test_present_a_whole_result_in_every_language():
    result = evaluate(
        {
            "goal": "release_from_obligation",
            "obligation_start": "2016-02-01",
            "hours_inburgering": 480,
            "hours_nt2": 0,
            "hours_alfa": 0,
            "today": "2026-11-22",
        }
    )
    for lang in ("nl", "en", "ar", "ti"):
        with translation.override(lang):
            page = presentation.present(result)
            assert [r["id"] for r in page["routes"]] == [r["id"] for r in result["routes"]]
    with translation.override("en"):
        course = next(r for r in presentation.present(result)["routes"] if r["id"] == "duo_agi_course")
        assert course["headline"] == "120 hours are missing."


def test_unknown_papers_are_not_mistaken_for_a_letter_to_check():
    """Documents not answered: the reason says we do not know the papers, not that a letter may count."""
    with translation.override("en"):
        unanswered = next(
            c
            for r in evaluate({"goal": "stronger_permit"})["routes"]
            if r["id"] == "ind_documents"
            for c in r["conditions"]
            if c["id"] == "exempting_document"
        )
        letter = next(
            c
            for r in evaluate({"goal": "stronger_permit", "documents": ["duo_agi_letter_2013_2017"]})["routes"]
            if r["id"] == "ind_documents"
            for c in r["conditions"]
            if c["id"] == "exempting_document"
        )
        assert unanswered["status"] == letter["status"] == "unknown"
        assert presentation.condition_text(unanswered) == "We do not know which papers you have."
        assert presentation.condition_text(letter).startswith("Whether your letter counts")


def test_a_closed_way_shows_no_sending_instructions():
    assert set(presentation.NOTE_TEXTS) >= presentation.HOW_TO_SEND_NOTES
    with translation.override("en"):
        copy = str(presentation.NOTE_TEXTS["copy_of_diploma_not_certified"])

        def diploma_route(answer):
            result = evaluate({"goal": "stronger_permit", "diploma": answer})
            return next(presentation.present_route(r) for r in result["routes"] if r["id"] == "ind_diploma")

        closed, open_ = diploma_route("no"), diploma_route("yes")
        assert closed["status"] == "not_eligible" and copy not in closed["notes"]
        assert open_["status"] == "eligible" and copy in open_["notes"]


def test_words_use_only_djangos_public_translation_api():
    """The words go through gettext: no catalogue read through Django's private trans_real."""
    package = Path(presentation.__file__).parent
    for path in [package / "presentation.py", package / "checklist.py", *(package / "words").glob("*.py")]:
        assert "trans_real" not in path.read_text(), path


@pytest.mark.parametrize("lang", ["nl", "ar", "ti"])
def test_present_words_in_the_active_language(lang):
    from tests.pdf import samples

    results = [evaluate(answers) for answers in (samples.PERMIT, samples.RELEASE, samples.RELEASE_LATER)]
    with translation.override(lang):
        page = [presentation.present(r) for r in results]
    with translation.override("en"):
        english = [presentation.present(r) for r in results]
    assert page != english
