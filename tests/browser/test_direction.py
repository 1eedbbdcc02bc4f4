"""Right to left: on /ar/ the page is Arabic and rtl, and the layout mirrors the other languages.

Positions are measured from the side a line starts at: the right in Arabic, the left in the
others. The same measurements must hold in every language: the back link, the question number, the site name, the
question, each radio button (before its label), the Continue button and the first of the result
page's buttons all sit at the start side; the second button comes after the first.
The pages are also checked with axe-core at this desktop width.
"""

import pytest

from .audit import axe_violations
from .driver import Walker
from .journeys import JOURNEYS, LANGUAGES

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1024, "height": 768}
TOLERANCE = 2  # CSS px


class Edges:
    """Distances from the start side of a line, for the page's direction."""

    def __init__(self, page):
        self.page = page
        self.rtl = page.evaluate("() => getComputedStyle(document.documentElement).direction") == "rtl"

    def box(self, locator):
        box = locator.bounding_box()
        assert box, "not shown"
        return box

    def start(self, locator, within):
        """How far `locator` begins from the start edge of `within`'s content box."""
        outer = within.evaluate("""el => { const r = el.getBoundingClientRect(), s = getComputedStyle(el);
            return {left: r.left + parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft),
                    right: r.right - parseFloat(s.borderRightWidth) - parseFloat(s.paddingRight)}; }""")
        box = self.box(locator)
        return outer["right"] - (box["x"] + box["width"]) if self.rtl else box["x"] - outer["left"]

    def before(self, first, second):
        """Does `first` come before `second` in the reading direction (same line)?"""
        a, b = self.box(first), self.box(second)
        return a["x"] > b["x"] if self.rtl else a["x"] < b["x"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_layout_follows_the_direction_of_the_language(new_page, lang):
    page = new_page(viewport=DESKTOP)
    walker = Walker(page, lang)
    walker.start()
    assert page.evaluate("() => [document.documentElement.lang, document.documentElement.dir]") == [
        lang,
        "rtl" if lang == "ar" else "ltr",
    ]
    edges = Edges(page)
    assert edges.rtl == (lang == "ar")

    main = page.locator("main")
    header = page.locator(".site-header .wrap")
    assert abs(edges.start(page.locator(".back-link"), main)) <= TOLERANCE, "the back link is not at the start"
    assert abs(edges.start(page.locator(".progress"), main)) <= TOLERANCE, "the question number is not at the start"
    assert abs(edges.start(page.locator(".site-name"), header)) <= TOLERANCE, "the site name is not at the start"
    assert edges.before(page.locator(".site-name"), page.locator("nav.languages"))
    assert abs(edges.start(page.locator("legend h1"), main)) <= TOLERANCE
    assert abs(edges.start(page.locator("form.question-form button[type=submit]"), main)) <= TOLERANCE
    for choice in page.locator(".choice").all():
        assert edges.before(choice.locator("input"), choice.locator("label")), "a radio button after its label"
    assert not axe_violations(page)

    answers, route, _ = JOURNEYS["permit-by-nationality"]
    walker.answer_until_check(answers)
    walker.see_result()
    actions = page.locator(".actions > *")
    assert abs(edges.start(actions.nth(0), page.locator(".actions"))) <= TOLERANCE, (
        "the first button is not at the start"
    )
    assert abs(edges.box(actions.nth(0))["y"] - edges.box(actions.nth(1))["y"]) < TOLERANCE, "not on one line"
    assert edges.before(actions.nth(0), actions.nth(1)), "the buttons are not in reading order"
    section = page.locator(f"section#route-{route}")
    assert abs(edges.start(section.locator("h3"), section)) <= TOLERANCE
    assert not axe_violations(page)
