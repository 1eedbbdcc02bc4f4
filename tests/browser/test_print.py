"""The result page printed (print media emulated): no navigation, no language switcher, no
buttons or forms; the result itself is all there.
"""

import pytest

from .driver import Walker
from .journeys import JOURNEYS

pytestmark = pytest.mark.browser

HIDDEN_IN_PRINT = [
    ".skip-link",
    ".site-header",
    "nav.languages",
    ".site-footer",
    "button",
    ".button",
    "form",
    ".actions",
]
SHOWN_IN_PRINT = ["main h1", ".notice", "section.route", ".contact"]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_printed_result_has_no_navigation_and_no_buttons(new_page, lang):
    answers, route, _ = JOURNEYS["course"]
    page = new_page()
    walker = Walker(page, lang)
    walker.start()
    walker.answer_until_check(answers)
    walker.see_result()
    for selector in HIDDEN_IN_PRINT:
        assert page.locator(selector).count(), f"{selector} is not on the screen page"
    assert page.locator(".actions").is_visible() and page.locator("nav.languages").is_visible()

    page.emulate_media(media="print")
    shown = [s for s in HIDDEN_IN_PRINT for el in page.locator(s).all() if el.is_visible()]
    assert not shown, f"shown in print: {shown}"
    for selector in SHOWN_IN_PRINT:
        assert page.locator(selector).first.is_visible(), f"{selector} is not printed"
    assert page.locator(f"section#route-{route}").is_visible()
