"""Partial dates end to end: a month or a year typed in the wizard is passed on as it is ("2024-06",
"2019"), shown as a month or a year on the check page, the result page and the checklist, never as
a day; going back to the question, the empty boxes are still empty."""

import html as htmllib
import re

import pytest
from django.utils import translation

from tests.pdf.pdfread import text as pdf_text
from tests.wizard.driver import advance, confirm, start, step_path, walk
from tests.wizard.scenarios import ROUTE_WALKS, release
from wizard.templatetags.babel_format import long_date

pytestmark = pytest.mark.django_db
LANGS = ("nl", "en", "ar", "ti")
MONTH_ONLY = {"0": "", "1": "6", "2": "2016"}
YEAR_ONLY = {"0": "", "1": "", "2": "2015"}


def page_text(response):
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", response.content.decode()))


def in_words(value, lang):
    with translation.override(lang):
        return long_date(value)


def test_dates_in_words():
    assert [in_words("2024-06", lang) for lang in LANGS] == ["juni 2024", "June 2024", "حزيران 2024", "ሰነ 2024"]
    assert [in_words("2019", lang) for lang in LANGS] == ["2019"] * 4
    assert in_words("2017-09-30", "ti") == "30 መስከረም 2017"  # day first, as Eritrean readers write it
    assert in_words("2019-05-03", "ar") == "3 أيار 2019"  # the Levantine month names
    assert in_words("2019-05-03", "en") == "3 May 2019" and in_words("2019-05-03", "nl") == "3 mei 2019"
    assert in_words("2024-13", "en") == "2024-13"  # not a date: left as it is
    from wizard.decision.dates import DateSpan  # as the decision service parses it (the checklist's dates)

    assert in_words(DateSpan.parse("2024-06"), "en") == "June 2024" and in_words(DateSpan.parse("2019"), "nl") == "2019"
    assert in_words(DateSpan.parse("2024-06-20"), "nl") == "20 juni 2024"


def test_format_list_per_language():
    from wizard.templatetags.babel_format import format_list

    names = ["A", "B", "C"]
    with translation.override("nl"):
        assert format_list(names) == "A, B en C" and format_list(names, "or") == "A, B of C"
    with translation.override("en"):
        assert format_list(names) == "A, B and C" and format_list([]) == ""
    with translation.override("ar"):
        assert format_list(names) == "A وB وC"


def walk_to_check(client, lang, answers):
    path = advance(client, start(client, lang), answers)
    assert path.endswith("/answers/"), path
    return path


@pytest.mark.parametrize("lang", LANGS)
def test_a_month_only_term_start_to_the_result_and_the_checklist(client, lang):
    answers, _status = ROUTE_WALKS["duo_agi_course"]
    answers = {**answers, "term_start": {"term_start": MONTH_ONLY}}
    answers_path = walk_to_check(client, lang, answers)
    check_id = answers_path.split("/")[3]
    steps = client.session["checks"][check_id]["steps"]
    assert steps["term_start"]["term_start"] == "2016-06"

    check_page = page_text(client.get(answers_path))
    assert in_words("2016-06", lang) in check_page
    assert in_words("2016-06-01", lang) not in check_page

    # back at the question: the day box is still empty
    question = client.get(step_path(answers_path, "term_start")).content.decode()
    assert re.search(r'name="term_start-term_start_0"(?![^>]*value=)', question)
    assert 'value="6"' in question and 'value="2016"' in question

    result = confirm(client, answers_path)
    assert result.status_code == 200
    assert client.session["checks"][check_id]["final"]["term_start"] == "2016-06"
    words = page_text(result)
    assert in_words("2016-06-01", lang) not in words

    pdf = client.get(f"/{lang}/check/{check_id}/checklist.pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    if lang in ("nl", "en"):  # Latin text reads back directly (tests/pdf/pdfread.py)
        assert in_words("2016-06", lang) in words
        text = pdf_text(pdf.content)
        assert in_words("2016-06", lang) in text and in_words("2016-06-01", lang) not in text


@pytest.mark.parametrize("lang", LANGS)
def test_a_year_only_obligation_start_to_the_result_and_the_checklist(client, lang):
    answers = release(obligation_start={"obligation_start": YEAR_ONLY})
    answers_path = walk_to_check(client, lang, answers)
    check_id = answers_path.split("/")[3]
    assert client.session["checks"][check_id]["steps"]["obligation_start"]["obligation_start"] == "2015"

    check_page = page_text(client.get(answers_path))
    assert in_words("2015-01-01", lang) not in check_page

    question = client.get(step_path(answers_path, "obligation_start")).content.decode()
    assert re.search(r'name="obligation_start-obligation_start_0"(?![^>]*value=)', question)
    assert re.search(r'name="obligation_start-obligation_start_1"(?![^>]*value=)', question)
    assert 'value="2015"' in question

    result = confirm(client, answers_path)
    assert result.status_code == 200
    assert client.session["checks"][check_id]["final"]["obligation_start"] == "2015"
    assert in_words("2015-01-01", lang) not in page_text(result)

    pdf = client.get(f"/{lang}/check/{check_id}/checklist.pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    if lang in ("nl", "en"):
        assert in_words("2015-01-01", lang) not in pdf_text(pdf.content)


@pytest.mark.parametrize(
    "step, names",
    [
        ("obligation_start", ("obligation_start",)),
        ("term_start", ("term_start",)),
        ("birth_date", ("birth_date",)),
        ("roc_advice", ("roc_advice_date",)),
        ("medical_documents", ("municipal_doctor_advice_date", "szw_medical_advice_date")),
    ],
)
def test_each_partial_date_question_says_the_day_and_month_may_be_left_empty(step, names):
    from wizard.forms.fields import PartialDateField
    from wizard.forms.obligation import PARTIAL_DATE_HINT
    from wizard.steps import BY_NAME

    form = BY_NAME[step].form()
    assert str(PARTIAL_DATE_HINT) in str(form.hint)
    for name in names:
        assert isinstance(form.fields[name], PartialDateField)


def test_a_month_only_term_start_is_not_read_as_the_first_of_the_month(client):
    """Issue 16: a term that began in the month 30 months ago, day unknown, is not yet 2.5 years old
    for sure (it may have begun on the last day): not "you can send it now" as the 1st would give."""
    from datetime import date

    from tests.wizard.test_routes import route_statuses
    from wizard.decision.dates import add_months

    month = add_months(date.today(), -30)
    answers, _status = ROUTE_WALKS["duo_agi_course"]
    answers = {**answers, "term_start": {"term_start": {"0": "", "1": str(month.month), "2": str(month.year)}}}
    response = walk(client, "en", answers)
    assert response.status_code == 200
    # sure from the last day of that month + 2.5 years: in this month's last days that day may be today
    expected = ("not_yet",) if date.today().day < 28 else ("not_yet", "eligible")
    assert route_statuses(response)["duo_agi_course"] in expected
    answers["term_start"] = {"term_start": {"0": "1", "1": str(month.month), "2": str(month.year)}}
    assert route_statuses(walk(client, "en", answers))["duo_agi_course"] == "eligible"  # the 1st itself: now
