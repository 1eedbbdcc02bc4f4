"""The page "How this check decides" in a real browser: axe-core 0 violations, no sideways scrolling
on a phone, right to left in Arabic with the Dutch phrases left to right, and each route's anchor
(#route-<id>, for the result page's links) brings its section into view."""

import pytest

from .audit import PHONE, audit
from .journeys import LANGUAGES

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", LANGUAGES)
def test_rules_page_passes_the_audit_on_a_phone(new_page, lang):
    page = new_page(viewport=PHONE)
    response = page.goto(f"/{lang}/rules/")
    assert response.status == 200
    problems = audit(page, lang, "rules")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_rules_page_direction_and_the_dutch_phrases(new_page, lang):
    page = new_page(viewport={"width": 1024, "height": 768})
    page.goto(f"/{lang}/rules/")
    direction = page.evaluate("() => getComputedStyle(document.querySelector('main h1')).direction")
    assert direction == ("rtl" if lang == "ar" else "ltr")
    phrase = page.locator("#route-duo_agi_course q[lang=nl]").first
    assert phrase.evaluate("el => getComputedStyle(el).direction") == "ltr"
    assert phrase.evaluate("el => getComputedStyle(el).quotes") == '"“" "”"'  # Dutch marks, also in Arabic
    if lang == "ar":
        # The heading starts at the right edge of main, as Arabic text does.
        main = page.locator("main").bounding_box()
        heading = page.locator("main h1").evaluate(
            "el => { const r = document.createRange(); r.selectNodeContents(el); const b = r.getBoundingClientRect();"
            " return {x: b.x, width: b.width}; }"
        )
        padding = page.locator("main").evaluate("el => parseFloat(getComputedStyle(el).paddingRight)")
        assert abs((main["x"] + main["width"] - padding) - (heading["x"] + heading["width"])) <= 2


def test_a_route_anchor_shows_its_section(new_page):
    page = new_page(viewport=PHONE)
    page.goto("/en/rules/#route-ind_roc_advice")
    assert page.locator("#route-ind_roc_advice h3").is_visible()
    top = page.locator("#route-ind_roc_advice").evaluate("el => el.getBoundingClientRect().top")
    assert -1 <= top < PHONE["height"] / 2
