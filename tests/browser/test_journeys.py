"""From the start page to a result, in every language, on a phone-sized screen; then the PDF.

Every page on the way is checked as the browser shows it (tests/browser/audit.py): axe-core
finds no WCAG 2.1 A/AA violation, <html> has the language and direction, nothing scrolls
sideways at 360 px and every tap target is at least 44 px. A screenshot of each page kind is
kept under test-artifacts/screenshots/.
"""

import pytest

from tests.pdf.pdfread import reader, text

from .audit import PHONE, audit
from .driver import Walker, download_checklist
from .journeys import JOURNEYS, LANGUAGES

pytestmark = pytest.mark.browser

NAME = "Amal Tesfay"


def walk_to_result(page, lang, journey, problems):
    answers = JOURNEYS[journey][0]

    def check(page, kind):
        problems.extend(audit(page, lang, f"result-{journey}" if kind == "result" else kind))

    walker = Walker(page, lang, on_page=check)
    walker.start()
    walker.answer_until_check(answers)
    walker.see_result()
    return walker


@pytest.mark.parametrize("journey", JOURNEYS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_journey_to_a_result_and_its_checklist(new_page, lang, journey):
    _, route, status = JOURNEYS[journey]
    page = new_page(viewport=PHONE)
    problems = []
    walk_to_result(page, lang, journey, problems)

    section = page.locator(f"section#route-{route}")
    assert section.count() == 1, f"no section for {route} on the result page"
    assert f"route-{status}" in section.get_attribute("class").split()

    file_name, pdf = download_checklist(page, NAME)
    assert file_name.endswith(".pdf") and f"-{lang}-" in file_name, file_name
    assert pdf.startswith(b"%PDF-") and len(reader(pdf).pages) >= 1
    if lang in ("nl", "en"):
        assert NAME in text(pdf)
    # The download leaves the result page as it was.
    assert page.url.endswith("/result/")
    assert not problems, "\n".join(problems)
