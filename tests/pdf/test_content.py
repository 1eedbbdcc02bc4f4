"""The checklist on paper, read back: the person's figures, the official Dutch names, the papers,
the addresses and the dates, in every language, with the Dutch line under each item.

Translations may be missing: the assertions use the Dutch official names, figures and addresses,
and Dutch lines computed with gettext under the Dutch language, so they hold either way.
"""

import pytest
from django.utils import timezone
from django.utils.translation import gettext, override

from wizard.templatetags.babel_format import long_date

from .pdfread import outline, run_texts, text
from .samples import LANGUAGES

pytestmark = pytest.mark.parametrize("language", LANGUAGES)


def dutch(msgid, **values):
    """The Dutch line of an item: the same msgid, in Dutch, with Dutch dates."""
    with override("nl"):
        return gettext(msgid) % values if values else gettext(msgid)


def test_course_hours_attempts_and_dates(rendered, language):
    pdf, _, _ = rendered("RELEASE", language)
    words = text(pdf)
    for hours in ("437", "213", "55"):  # inburgering, Nt2, other education
        assert hours in words
    # Attempts per part, a cell each: writing 3 + 2, speaking 5 + 1, knm 7.
    assert "Schrijven" in words and "Spreken" in words and "Kennis van de Nederlandse" in words
    assert {"3", "2", "5", "1", "7"} <= run_texts(pdf)
    with override("nl"):
        assert long_date("2018-09-03") in words  # obligation and term start, in Dutch
        assert long_date(timezone.localdate()) in words  # made on


def test_forms_who_fills_in_and_papers_of_a_closed_school(rendered, language):
    pdf, _, _ = rendered("RELEASE", language)
    words = text(pdf)
    assert "Aanvraag ontheffing aantoonbaar geleverde inspanningen (verklaring deelname cursus)" in words
    for evidence in ("cursuscontract", "aanwezigheidsregistratie", "facturen"):
        assert evidence in words
    assert dutch("You fill this in and sign it.") in words


def test_duo_address_is_the_one_on_the_form(rendered, language):
    pdf, _, _ = rendered("RELEASE", language)
    words = text(pdf)
    for line in ("DUO Servicecentrum Inburgering", "Postbus 764", "9700 AT Groningen", "050 599 96 00"):
        assert line in words
    assert dutch("Send by post to DUO. Use the address printed on the form (at the top right). It is usually:") in words
    # Once, under "Waiting time": it is no step to tick.
    assert words.count(dutch("You get an answer within %(weeks)s weeks.", weeks="8")) == 1


def test_date_from_which_to_apply_and_the_course_statement(rendered, language):
    pdf, _, _ = rendered("RELEASE_LATER", language)
    words = text(pdf)
    with override("nl"):
        day = long_date("2027-01-31")  # term start 31 July 2024 + 2.5 years
    assert dutch("You can send it from %(date)s.", date=day) in words
    assert "Verklaring deelname cursus" in words
    assert dutch("Your school fills in this statement.") in words
    assert "310" in words and "320" in words


def test_szw_address_for_the_envelope(rendered, language):
    pdf, _, _ = rendered("HARDSHIP", language)
    words = text(pdf)
    assert "Brief aan de Minister van Sociale Zaken en Werkgelegenheid" in words
    for line in (
        "Ministerie van SZW / Directie S&I",
        "Afdeling Inburgering beschikkingen",
        "Postbus 90801",
        "2509 LV Den Haag",
    ):
        assert line in words


def test_permit_papers_costs_and_forms(rendered, language):
    pdf, _, _ = rendered("PERMIT", language)
    words = text(pdf)
    for name in (
        "Bijlage Inburgeringsvereiste",
        "Werkgeversverklaring",
        "Aanvraag Advies of ontheffing van de inburgeringsplicht op grond van aantoonbaar voldoende ingeburgerd",
    ):
        assert name in words
    assert "gewaarmerkte kopie" in words and "cijferlijst" in words
    assert dutch("An apostille stamp on your diploma from abroad") in words
    with override("nl"):
        assert long_date("2026-08-03") in words  # the date of the medical advice
    assert "12" in words and "6,5" in words  # years lived and worked, as Dutch writes them


def test_footer_rules_version_not_a_decision_and_sources(rendered, language):
    pdf, _, _ = rendered("PERMIT", language)
    words = text(pdf)
    from wizard.decision.parameters import RULES_VERSION

    assert RULES_VERSION in words  # rules version
    assert dutch("This is not a decision.") in words
    for title in ("IND, Bijlage Inburgeringsvereiste", "DUO, Sterkere verblijfsvergunning"):
        assert title in words


def test_language_and_direction(rendered, language):
    _, _, html = rendered("RELEASE", language)
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in html
    if language != "nl":
        assert '<span class="nl" dir="ltr">' in html  # the Dutch line under an item


def test_the_outline_names_the_sections_and_ways_in_the_persons_language(rendered, language):
    """The PDF's bookmarks: the sections and each way, in the person's language only (before, each
    title ran into its Dutch line, "Your figuresJe gegevens", and every way added "What to do" ...)."""
    from wizard import presentation

    pdf, _, _ = rendered("PERMIT", language)
    titles = outline(pdf)
    with override(language):
        expected = [
            (0, gettext("Checklist: what to send, and to whom")),
            (1, gettext("Your figures")),
            (2, gettext("Course hours")),
            (1, gettext("Your ways")),
            (2, str(presentation.ROUTE_TITLES["ind_documents"])),
            (1, gettext("Ways we cannot judge yet")),
            (2, str(presentation.ROUTE_TITLES["ind_diploma"])),
        ]
        inside_a_way = gettext("What to do")
    for entry in expected:
        assert entry in titles
    assert not any(inside_a_way in title for _depth, title in titles)
    if language != "nl":
        assert not any(dutch("Your figures") in title for _depth, title in titles)


def test_each_form_says_where_to_get_it(rendered, language):
    """Issue 18: 'print the form' and 'DUO does not send forms', but no site and no title to look for."""
    pdf, _, _ = rendered("RELEASE", language)
    words = text(pdf)
    name = "Aanvraag ontheffing aantoonbaar geleverde inspanningen (verklaring deelname cursus)"
    assert (
        dutch("Print the form '%(name)s' from %(site)s, fill it in and sign it.", name=name, site="inburgeren.nl")
        in words
    )
    assert (
        dutch(
            "Where to get it: on %(site)s, look for the page '%(page)s'. The form is called '%(name)s'.",
            site="inburgeren.nl",
            page="Genoeg cursus en examens gedaan",
            name=name,
        )
        in words
    )


# --- The checklist's content, before the paper: papers, exam parts, ways that are not for the person ---
def build(result, answers, language):
    from wizard import checklist

    with override(language):
        return checklist.build(result, answers)


def test_an_exam_part_taken_0_times_is_not_taken(language):
    from wizard.decision import evaluate

    answers = {
        "goal": "release_from_obligation",
        "obligation_start": "2016-02-01",
        "exam_parts": {
            "reading": {"passed": False, "attempts_inburgering": 0, "attempts_nt2": 0},
            "knm": {"passed": False, "attempts_inburgering": 0},
            "writing": {"passed": False, "attempts_inburgering": 2, "attempts_nt2": 0},
        },
    }
    rows = {row["part"]: row["result"] for row in build(evaluate(answers), answers, language)["figures"]["exam_parts"]}
    with override(language):
        from wizard.words.papers import EXAM_PART_NAMES

        expected = {
            str(EXAM_PART_NAMES["reading"]): gettext("Not taken"),
            str(EXAM_PART_NAMES["knm"]): gettext("Not taken"),
            str(EXAM_PART_NAMES["writing"]): gettext("Not passed"),
        }
    assert rows == expected


def way(status="eligible", notes=(), conditions=(), forms=("ind_inburgeringsvereiste_appendix",)):
    return {
        "id": "ind_documents",
        "status": status,
        "eligible_from": None,
        "forms": list(forms),
        "send_to": "ind",
        "costs": [],
        "notes": list(notes),
        "answer_weeks": None,
        "source_title": "IND, Bijlage Inburgeringsvereiste",
        "conditions": list(conditions),
    }


def result_of(*routes):
    return {
        "goal": "stronger_permit",
        "today": "2026-12-06",
        "rules_version": "2026-12-06",
        "routes": list(routes),
        "advice": [],
    }


def test_certified_copies_of_diplomas_and_plain_copies_of_letters(language):
    from wizard import presentation

    route = way(
        notes=[
            {"id": "certified_copy_not_original", "documents": ["nl_diploma"]},
            {"id": "plain_copy_of_letter", "documents": ["win_art5_2_decision"]},
            {"id": "participation_proof_needed"},
        ]
    )
    [block] = build(result_of(route), {"goal": "stronger_permit"}, language)["open_routes"]
    with override(language):
        diploma, decision = (presentation.document_label(d) for d in ("nl_diploma", "win_art5_2_decision"))
        expected = [
            gettext("A certified copy (gewaarmerkte kopie) of: %(doc)s") % {"doc": diploma},
            gettext("A plain copy (kopie) of: %(doc)s") % {"doc": decision},
            gettext("The DUO letter that shows you finished the participatieverklaringstraject"),
        ]
    for paper in expected:
        assert paper in block["papers"]


def test_a_medical_advice_too_old_says_until_when_it_was_valid(language):
    route = way(
        status="not_eligible",
        notes=[
            {
                "id": "medical_advice_too_old",
                "document": "szw_medical_advice",
                "valid_until": "2026-03-14",
                "on": "2026-12-06",
            }
        ],
    )
    route["id"] = "ind_medical"
    [group] = build(result_of(route), {"goal": "stronger_permit"}, language)["closed_groups"]
    with override(language):
        until = long_date("2026-03-14")
    assert any(until in note for note in group["notes"])
