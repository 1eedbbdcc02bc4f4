"""The ways of the result page: rendered by Jinja2 (templates/jinja2/wizard/result_ways*.html, included by
result_body.html), with the headings wizard/result_words.py translates once a request, and escaped like
every other page text."""

import re
from pathlib import Path

import pytest
from django.template import engines
from django.utils import translation

from tests.wizard.driver import walk
from tests.wizard.scenarios import ROUTE_WALKS
from wizard.result_words import page_words

pytestmark = pytest.mark.django_db

HEADINGS = ("Why", "What to do", "Forms and letters", "Costs", "Where to send it", "Source:")


@pytest.mark.parametrize("lang", ["nl", "en", "ar", "ti"])
def test_every_heading_of_a_way_in_the_page_language(client, lang):
    answers, _ = ROUTE_WALKS["duo_agi_alfa"]  # eligible: reasons, steps, forms, a cost, an address
    html = walk(client, lang, answers).content.decode()
    section = html.split('id="route-duo_agi_alfa"')[1].split("</section>")[0]
    with translation.override(lang):
        for heading in HEADINGS:
            assert translation.gettext(heading) in section, (lang, heading)
    if lang != "en":
        assert "What to do" not in section and "Where to send it" not in section


JINJA2_RESULT = sorted((Path(__file__).resolve().parents[2] / "templates" / "jinja2" / "wizard").glob("result_*.html"))
ANY_PAGE = {"answer": None, "unknown_short": [], "duo_phone_link": "050"}
ANY_RESULT = {"today": "2027-03-01"}


def test_every_word_the_templates_use_is_given_by_the_words_module():
    # Jinja2 renders an unknown name as nothing, so a word the templates use and page_words() does not give
    # would silently leave a heading empty.
    given = page_words(ANY_PAGE, ANY_RESULT)
    used = {name for path in JINJA2_RESULT for name in re.findall(r"\bwords\['(\w+)'\]", path.read_text())}
    assert len(JINJA2_RESULT) == 4 and len(used) > 30
    assert used <= set(given), used - set(given)


def test_text_in_a_way_is_escaped():
    hostile = '<script>alert(1)</script> & "quoted"'
    route = {
        "id": "x",
        "status": "eligible",
        "useful": True,
        "status_label": hostile,
        "title": hostile,
        "headline": hostile,
        "reasons": [{"status": "met", "text": hostile}],
        "next_steps": [hostile],
        "forms": [{"name_nl": hostile, "what": hostile, "filled_by": hostile}],
        "costs": [hostile],
        "address": {"to": hostile, "lines": [hostile], "phone": hostile},
        "notes": [hostile],
        "source_title": hostile,
    }
    words = dict.fromkeys(page_words(ANY_PAGE, ANY_RESULT), hostile)
    html = (
        engines["jinja2"]
        .get_template("wizard/result_ways.html")
        .render({"routes": [route], "words": words, "urls": {"rules": hostile}})
    )
    assert "<script>" not in html
    # every text of the way (14), every heading (8, with the disclosure's "More about this way") and the link to
    # the way's rule (its label and the rules page's address: 2), each escaped
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;quoted&#34;") == 24


def test_the_templates_look_every_value_up_as_an_item():
    # page.answer on a dict makes Jinja2 look for an attribute first and fail (a third of the render);
    # page['answer'] takes the item at once (templates/jinja2/wizard/result_body.html).
    for path in JINJA2_RESULT:
        code = re.sub(r"\{#.*?#\}", "", path.read_text(), flags=re.S)
        tags = [re.sub(r'"[^"]*"', "", tag) for tag in re.findall(r"\{[{%].*?[}%]\}", code)]  # not in a file name
        dotted = [tag for tag in tags if re.search(r"\b[a-z_]+\.[a-z_]", tag)]
        assert dotted == [], (path.name, dotted)
