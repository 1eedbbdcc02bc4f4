"""A failed submit, as the browser shows it, in every language.

After a refused answer the page opens with the focus on the error summary (plain HTML:
`autofocus` on the summary, which has tabindex="-1"; no script). The summary is an alert named
by its heading; each of its links leads to the field it speaks of, and following a link puts
the focus in that field. The field is marked invalid and described by its own error message.
Every field on the page has a label. The page title starts with the translated "Error:".
"""

import pytest
from django.utils import translation

from .audit import PHONE, audit
from .driver import Walker, step_of
from .journeys import JOURNEYS, LANGUAGES

pytestmark = pytest.mark.browser

FIELDS = "input:not([type=hidden]), select, textarea"
UNLABELLED = """sel => [...document.querySelectorAll(sel)]
  .filter(el => !(el.labels && [...el.labels].some(l => l.textContent.trim())))
  .map(el => el.name || el.id)"""


def error_page_problems(page, lang, kind) -> list[str]:
    """What is wrong with the error summary and the fields of the page shown (empty: nothing)."""
    where = f"{lang} {kind} {page.url}"
    problems = []
    summary = page.locator(".error-summary")
    assert summary.count() == 1, f"{where}: no error summary after a failed submit"
    if page.evaluate("() => document.activeElement && document.activeElement.className") != "error-summary":
        problems.append(f"{where}: the focus is not on the error summary")
    if summary.get_attribute("role") != "alert" or summary.get_attribute("tabindex") != "-1":
        problems.append(f"{where}: the summary is not an alert that can take the focus")
    title_id = summary.get_attribute("aria-labelledby")
    if not title_id or not page.locator(f"#{title_id}").inner_text().strip():
        problems.append(f"{where}: the summary is not named by its heading")
    with translation.override(lang):
        error_word = translation.gettext("Error:")
    if not page.title().startswith(error_word):
        problems.append(f"{where}: the title {page.title()!r} does not start with {error_word!r}")

    links = summary.locator("a")
    if links.count() == 0:
        problems.append(f"{where}: the summary has no links")
    for i in range(links.count()):
        link = links.nth(i)
        message = link.inner_text().strip()
        target_id = link.get_attribute("href").removeprefix("#")
        target = page.locator(f'[id="{target_id}"]')
        if target.count() != 1:
            problems.append(f"{where}: the link {message!r} leads to no element ({target_id})")
            continue
        tag = target.evaluate("el => el.tagName.toLowerCase()")
        if tag in ("input", "select"):
            if target.get_attribute("aria-invalid") != "true":
                problems.append(f"{where}: {target_id} is not marked aria-invalid")
            described = [
                page.locator(f'[id="{d}"]').inner_text().strip()
                for d in (target.get_attribute("aria-describedby") or "").split()
            ]
            # With several wrong fields the summary names the field: "<its label>: <its message>".
            labels = page.locator(f'label[for="{target_id}"]')
            label = labels.first.inner_text().strip() if labels.count() else ""
            if message not in described and not any(message == f"{label}: {d}" for d in described if label):
                problems.append(f"{where}: {target_id} is not described by its message {message!r}")
            link.click()
            if page.evaluate("() => document.activeElement.id") != target_id:
                problems.append(f"{where}: following {message!r} does not put the focus in {target_id}")
        elif message not in target.locator(".error-message").all_inner_texts():
            problems.append(f"{where}: {target_id} does not show the message {message!r}")
    problems += [f"{where}: field without a label: {name}" for name in page.evaluate(UNLABELLED, FIELDS)]
    return problems + audit(page, lang, kind)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_refused_answers_focus_and_link_the_error_summary(new_page, lang):
    answers = JOURNEYS["course"][0]
    page = new_page(viewport=PHONE)
    walker = Walker(page, lang)
    problems = []
    walker.start()

    walker.submit()  # no choice made
    problems += error_page_problems(page, lang, "error-radio")

    walker.answer_until_check(answers, stop_at="obligation_start")
    walker.fill("obligation_start", {"obligation_start": {"0": 31, "1": 2, "2": 2020}})  # no such day
    walker.submit()
    problems += error_page_problems(page, lang, "error-date")

    walker.answer_until_check(answers, stop_at="course_hours")
    walker.submit()  # every box empty: an error about the whole question
    problems += error_page_problems(page, lang, "error-question")
    walker.fill("course_hours", {"hours_inburgering": "veel", "hours_nt2": "12", "hours_alfa": "1x"})
    walker.submit()
    problems += error_page_problems(page, lang, "error-number")

    # Corrected, the walk goes on.
    walker.fill("course_hours", answers["course_hours"])
    walker.submit()
    assert step_of(page) not in (None, "course_hours") and page.locator(".error-summary").count() == 0
    assert not problems, "\n".join(problems)
