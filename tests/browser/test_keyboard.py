"""Keyboard only: whole journeys with Tab, arrow keys, Space and Enter; no mouse, no click.

Every element the Tab key stops at must show that it has the focus: its outline, shadow or
background differs from when it has not (checked as the walk goes, tests/browser/driver.py).
The journeys cover radio buttons (arrows and Space), check boxes (Space), a country list
(arrows), date and number boxes (typing) and buttons (Enter), up to the PDF download.
"""

import pytest

from tests.wizard.scenarios import ROUTE_WALKS

from .audit import axe_violations
from .driver import Walker

pytestmark = pytest.mark.browser

KEYBOARD_WALKS = {
    # a country list, a date, numbers and a check box ticked
    "en": ROUTE_WALKS["ind_documents"][0],
    # right to left: radio buttons, dates and numbers
    "ar": ROUTE_WALKS["duo_agi_course"][0],
}


def test_skip_link_is_the_first_stop_shows_itself_and_leads_to_the_content(new_page):
    page = new_page()
    page.goto("/en/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert page.evaluate("() => document.activeElement.className") == "skip-link"
    box = skip.bounding_box()
    assert box and box["x"] >= 0 and box["y"] >= 0 and box["width"] > 0, "the skip link stays off screen"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"


@pytest.mark.parametrize("lang", KEYBOARD_WALKS)
def test_whole_journey_by_keyboard(new_page, lang):
    page = new_page()
    walker = Walker(page, lang, keyboard=True)
    walker.start()
    walker.answer_until_check(KEYBOARD_WALKS[lang])
    walker.see_result()
    assert page.url.endswith("/result/")
    assert not axe_violations(page)

    # The checklist: Tab to the name's disclosure and open it with Enter, Tab to the name box, type, and
    # Enter in the box sends the form (the download button comes before the disclosure, in the answer box).
    form = page.locator("form.download-form")
    summary = form.locator("details.name-field summary").element_handle()
    walker.tab_to(lambda active: page.evaluate("el => document.activeElement === el", summary))
    page.keyboard.press("Enter")
    walker.type(form.locator("input[name=name]"), "Amal")
    with page.expect_download(timeout=30_000) as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename.endswith(".pdf")
    walker.leave_focus()
    assert not walker.focus_problems, "\n".join(walker.focus_problems)
