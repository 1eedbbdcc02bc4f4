"""The result page a person acts on (issue 18): the answer first, the other ways short, tap-to-call,
the organisation's site, a calendar file for a way possible later, a note said once."""

import re

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from tests.pdf import samples
from tests.wizard.driver import walk
from tests.wizard.scenarios import ROUTE_WALKS
from wizard.decision import evaluate
from wizard.presentation import note_text, present
from wizard.result_summary import layout, tel_href

pytestmark = pytest.mark.django_db


def result_page(answers: dict, lang="en") -> str:
    with translation.override(lang):
        outcome = evaluate(answers)
        presented = present(outcome)
        return render_to_string(
            "wizard/result.html",
            {"check_id": "x" * 12, "result": presented, "page": layout(outcome, presented, "x" * 12)},
            request=RequestFactory().get("/"),
        )


def course_result(client, lang="en") -> str:
    answers, _ = ROUTE_WALKS["duo_agi_course"]
    return walk(client, lang, answers).content.decode()


def test_the_answer_box_comes_first_with_what_to_send_to_whom_and_the_checklist_button(client):
    html = course_result(client)
    main = html.split("<main")[1]
    box = main.split('class="answer-box"')[1].split("</div>\n")[0]
    assert main.index('class="answer-box"') < main.index("Ways that fit you")
    assert "You can probably apply to DUO for this exemption (ontheffing)." in box
    assert "Verklaring deelname cursus" in box and "DUO, by post" in box
    assert 'class="download-form' in box and 'name="name"' in box
    assert html.count('class="download-form') == 1


def test_ways_that_do_not_fit_are_listed_short_under_a_disclosure(client):
    html = course_result(client)
    # every disclosure of other ways (the ways not judged beside the one that fits, then those that do not fit)
    details = html.split('<details class="other-ways">', 1)[1]
    for rid in ("duo_agi_alfa", "szw_hardship_letter"):
        assert f'id="route-{rid}"' in details
        assert f'id="route-{rid}"' not in html.split('<details class="other-ways">')[0]
    section = details.split('id="route-duo_agi_alfa"')[1].split("</section>")[0]
    # one line on what decides it, the reasons behind a second disclosure, no steps or forms
    assert '<details class="why">' in section and "<h4>" not in section


def test_ways_not_judged_beside_a_way_that_fits_are_short_and_without_a_way_that_fits_in_full():
    permit = result_page(samples.PERMIT)
    before, after = permit.split('<details class="other-ways">', 1)
    assert 'class="route route-needs_info"' not in before and 'class="route route-needs_info"' in after
    later = result_page(samples.RELEASE_LATER)
    assert 'class="route route-needs_info"' in later.split('<details class="other-ways"')[0]


def test_phone_numbers_are_tap_to_call_links(client):
    assert tel_href("050 599 96 00") == "tel:+31505999600"
    html = course_result(client)
    section = html.split('id="route-duo_agi_course"')[1].split("</section>")[0]
    assert '<a href="tel:+31505999600" class="tel">\u2066050\u00a0599\u00a096\u00a000\u2069</a>' in section
    assert html.split('class="contact"')[1].count('href="tel:+31505999600"') == 1


def test_each_way_links_to_its_organisation_site_with_the_page_title(client):
    html = course_result(client)
    section = html.split('id="route-duo_agi_course"')[1].split("</section>")[0]
    link = '</span> (<a href="{}" dir="ltr">{}</a>)'  # then the link to the way's section of the rules page
    assert "DUO, Genoeg cursus en examens gedaan" + link.format("https://www.inburgeren.nl", "inburgeren.nl") in section
    permit = result_page(samples.PERMIT)
    assert "IND, Bijlage Inburgeringsvereiste" + link.format("https://ind.nl", "ind.nl") in permit
    assert "DUO, Sterkere verblijfsvergunning" + link.format("https://www.inburgeren.nl", "inburgeren.nl") in permit
    # the organisation's site only, never a deep link, never another site
    for href in re.findall(r'href="(https?://[^"]+)"', html + permit):
        assert href in ("https://www.inburgeren.nl", "https://ind.nl"), href


def test_a_way_possible_later_offers_its_date_for_the_calendar():
    html = result_page(samples.RELEASE_LATER)
    section = html.split('id="route-duo_agi_alfa"')[1].split("</section>")[0]
    assert f'href="/en/check/{"x" * 12}/calendar/duo_agi_alfa.ics" download>Add the date to my calendar</a>' in section
    assert html.count("calendar/duo_agi_alfa.ics") == 2  # in the answer box and in the way
    assert "calendar/" not in result_page(samples.RELEASE)


def test_the_three_or_four_attempts_note_is_said_once():
    outcome = evaluate(samples.PERMIT)
    note = next(n for r in outcome["routes"] for n in r["notes"] if n["id"] == "attempts_three_versus_four")
    with translation.override("en"):
        text = note_text(note)
    html = result_page(samples.PERMIT)
    assert html.replace("&#39;", "'").count(text) == 1  # Jinja2 writes an apostrophe &#39;
    assert '<p class="once-note">' in html


def test_the_result_is_not_for_search_engines(client):
    html = course_result(client)
    assert '<meta name="robots" content="noindex">' in html
