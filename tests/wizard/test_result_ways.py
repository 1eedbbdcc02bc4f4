"""The ways of the result page: rendered by Jinja2 (wizard/templatetags/result_ways.py), with the
headings result.html translates once a page, and escaped like every other page text."""

import pytest
from django.utils import translation

from tests.wizard.driver import walk
from tests.wizard.scenarios import ROUTE_WALKS
from wizard.templatetags.result_ways import LABELS, ways

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


def test_every_heading_the_partial_uses_is_set_by_the_page():
    from pathlib import Path

    page = (Path(__file__).resolve().parents[2] / "templates" / "wizard" / "result.html").read_text()
    for name in LABELS:
        assert f" as {name} %}}" in page, name


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
    html = ways({name: hostile for name in LABELS}, [route])
    assert "<script>" not in html
    # every text of the way (14), every heading (8, with the disclosure's "More about this way") and the link to
    # the way's rule (its label and the rules page's address: 2), each escaped
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;quoted&#34;") == 24
