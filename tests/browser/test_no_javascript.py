"""With JavaScript switched off in the browser, whole journeys work in every language, including
a refused answer (the focus still lands on the error summary) and the PDF download.
"""

import pytest

from .driver import Walker, download_checklist
from .journeys import JOURNEYS

pytestmark = pytest.mark.browser

# A different journey in each language, so that between them every kind of question is met.
NO_SCRIPT_WALKS = {"nl": "course", "en": "long-residence", "ar": "alfabetisering", "ti": "permit-by-nationality"}


@pytest.mark.parametrize("lang", NO_SCRIPT_WALKS)
def test_whole_journey_without_javascript(new_page, lang):
    answers, route, status = JOURNEYS[NO_SCRIPT_WALKS[lang]]
    page = new_page(java_script_enabled=False)
    page.set_content("<p id=p>off</p><script>document.getElementById('p').textContent = 'on'</script>")
    assert page.locator("#p").inner_text() == "off", "JavaScript is not switched off"
    walker = Walker(page, lang)
    walker.start()
    walker.submit()
    assert page.locator(".error-summary").count() == 1
    assert page.evaluate("() => document.activeElement.className") == "error-summary"
    walker.answer_until_check(answers)
    walker.see_result()
    assert f"route-{status}" in page.locator(f"section#route-{route}").get_attribute("class").split()
    file_name, pdf = download_checklist(page)
    assert file_name.endswith(".pdf") and pdf.startswith(b"%PDF-")
