"""The pages off the journey, in every language, on a phone-sized screen: answers deleted,
a check that expired, a page that does not exist. Each passes the checks of audit.py, and each
offers a way back to a new check.
"""

import pytest

from .audit import PHONE, audit
from .driver import Walker, step_of
from .journeys import LANGUAGES

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", LANGUAGES)
def test_message_pages(new_page, lang):
    page = new_page(viewport=PHONE)
    problems = []
    walker = Walker(page, lang)
    walker.start()

    # "Delete my answers now" in the footer, from a question page.
    walker.press(page.locator("footer form button[type=submit]"))
    assert page.url.endswith(f"/{lang}/wiped/"), page.url
    problems += audit(page, lang, "wiped")
    walker.press(page.locator("main form button[type=submit]"))
    assert step_of(page), f"'Start a new check' led to {page.url}"

    response = page.goto(f"/{lang}/check/AAAAAAAAAAAA/goal/")
    assert response.status == 200
    assert page.locator("main form button[type=submit]").count() == 1
    problems += audit(page, lang, "expired")

    response = page.goto(f"/{lang}/no-such-page/")
    assert response.status == 404
    assert page.locator("main a[href]").count() >= 1
    problems += audit(page, lang, "404")
    assert not problems, "\n".join(problems)
