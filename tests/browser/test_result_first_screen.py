"""The result a person acts on, on a 360 x 740 phone (issue 18): the answer box and the checklist
button on the first screen; the page of a person whose course way fits at most 2,200 CSS px tall
before anything is opened; the other ways open without JavaScript; and the public pages pass the
same audit (axe-core, no sideways scrolling, tap targets)."""

import pytest

from .audit import PHONE, audit
from .driver import Walker
from .journeys import JOURNEYS

pytestmark = pytest.mark.browser

MAX_HEIGHT = 2200


def course_result(page, lang):
    walker = Walker(page, lang)
    walker.start()
    walker.answer_until_check(JOURNEYS["course"][0])
    walker.see_result()
    return walker


@pytest.mark.parametrize("lang", ["ar", "ti"])
def test_answer_box_and_checklist_button_on_the_first_screen(new_page, lang):
    page = new_page(viewport=PHONE)
    course_result(page, lang)
    problems = audit(page, lang, "result-answer-first")
    for selector in (".answer-box", "form.download-form button[type=submit]"):
        box = page.locator(selector).bounding_box()
        assert box["y"] + box["height"] <= PHONE["height"], f"{selector} ends at {box['y'] + box['height']} px"
    # The ways that do not fit open without JavaScript, with one line each.
    closed = page.locator("details.other-ways section.route").first
    assert not closed.is_visible()
    page.locator("details.other-ways > summary").first.click()
    assert closed.is_visible()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["ar", "ti"])
def test_course_result_within_the_height_target(new_page, lang):
    page = new_page(viewport=PHONE)
    course_result(page, lang)
    height = page.evaluate("() => document.documentElement.scrollHeight")
    assert height <= MAX_HEIGHT, f"the result is {height} px tall"


@pytest.mark.parametrize("lang", ["ar", "ti"])
def test_public_pages_pass_the_audit(new_page, lang):
    page = new_page(viewport=PHONE)
    problems = []
    for kind in ("start", "privacy", "accessibility", "feedback"):
        page.goto(f"/{lang}/" + ("" if kind == "start" else f"{kind}/"))
        problems += audit(page, lang, f"public-{kind}")
    assert not problems, "\n".join(problems)


def test_delete_this_check_in_tab_b_leaves_tab_a(new_page):
    tab_a = new_page(viewport=PHONE)
    tab_b = tab_a.context.new_page()
    course_result(tab_a, "ar")
    a_url = tab_a.url
    walker_b = Walker(tab_b, "ti")
    walker_b.start()
    walker_b.answer_until_check(JOURNEYS["alfabetisering"][0])
    walker_b.see_result()
    b_url = tab_b.url
    assert a_url != b_url
    walker_b.press(tab_b.locator(".actions form[action$='/delete/'] button"))
    assert tab_b.url.endswith("/ti/deleted/"), tab_b.url
    tab_b.goto(b_url)
    assert tab_b.locator("section.route").count() == 0
    tab_a.reload()
    assert tab_a.locator("section#route-duo_agi_course").count() == 1
