"""Every field kind gets a message that says how to fix it, next to the field, with the input kept.

Limits come from the decision service (`parse`): the wizard has no copy of them.
"""

import html as htmllib
import re
from datetime import date

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.wizard.driver import answer, path_of, step_name, walk_to
from tests.wizard.scenarios import NEUTRAL_PERMIT, NEUTRAL_RELEASE

pytestmark = pytest.mark.django_db


def until(neutral, step):
    """The neutral answers of every step before `step`."""
    names = list(neutral)
    return {k: neutral[k] for k in names[: names.index(step)]}


def errors(response):
    found = re.findall(r'<p class="error-message"[^>]*>([^<]+)</p>', response.content.decode())
    return [htmllib.unescape(m) for m in found]


def post_invalid(client, path, fields):
    response = answer(client, path, fields)
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    assert 'class="error-summary" role="alert"' in html
    return response


@pytest.fixture
def hours_page(client):
    path = walk_to(client, "en", until(NEUTRAL_RELEASE, "course_hours"))
    assert step_name(path) == "course_hours"
    return path


@pytest.mark.parametrize(
    "typed, message",
    [
        ("abc", "Enter a whole number, for example 120. Use only digits."),
        ("-5", "Enter 0 or a higher number."),
        ("99999", "This number is too large. Enter a number of at most 10000."),
        ("12.5", "Enter a whole number, for example 120. Use only digits."),
    ],
)
def test_number_field(client, hours_page, typed, message):
    response = post_invalid(client, hours_page, {"hours_inburgering": typed, "hours_nt2": 0, "hours_alfa": 0})
    assert message in errors(response)
    html = response.content.decode()
    assert f'value="{typed}"' in html  # the input stays in the field
    assert 'href="#id_course_hours-hours_inburgering"' in html  # the summary links to the field
    assert 'aria-invalid="true"' in html


def test_number_page_needs_at_least_one_answer(client, hours_page):
    response = post_invalid(client, hours_page, {})
    assert "Enter the hours for at least one course." in response.content.decode()


def test_numbers_may_be_left_empty_when_unknown(client, hours_page):
    response = answer(client, hours_page, {"hours_inburgering": 300})
    assert response.status_code == 302


@pytest.fixture
def date_page(client):
    path = walk_to(client, "en", until(NEUTRAL_RELEASE, "obligation_start"))
    assert step_name(path) == "obligation_start"
    return path


@pytest.mark.parametrize(
    "typed, message",
    [
        ({"0": "31", "1": "2", "2": "2019"}, "This date does not exist. Check the day and the month."),
        ({"0": "1", "1": "13", "2": "2019"}, "Enter the month as a number from 1 to 12."),
        ({"0": "1", "1": "3", "2": "19"}, "Enter the year with 4 digits, for example 2019."),
        (
            {"0": "5", "1": "", "2": "2019"},
            "You entered a day but no month. Enter the month too, or leave the day empty.",
        ),
        ({"0": "1", "1": "3", "2": ""}, "Enter the year with 4 digits, for example 2019."),
        (
            {"0": "1", "1": "1", "2": str(date.today().year + 1)},
            "This date is in the future. Enter today's date or a date in the past.",
        ),
        ({"0": "1", "1": "1", "2": "1850"}, "Enter a year between 1900 and 2100."),
        ({"0": "", "1": "", "2": ""}, "Enter the date: at least the year. Or tick 'I don't know this date'."),
    ],
)
def test_date_field(client, date_page, typed, message):
    response = post_invalid(client, date_page, {"obligation_start": typed})
    assert message in errors(response)
    html = response.content.decode()
    if typed["2"]:
        assert f'value="{typed["2"]}"' in html  # the year typed stays
    assert 'href="#id_obligation_start-obligation_start_0"' in html


def test_date_with_only_the_month_stays_a_month(client, date_page):
    """The day left empty is not the 1st: the month is stored, and the day box is empty again."""
    response = answer(client, date_page, {"obligation_start": {"0": "", "1": "3", "2": "2016"}})
    assert response.status_code == 302
    html = client.get(date_page).content.decode()
    assert 'value="1"' not in html and 'value="3"' in html and 'value="2016"' in html
    assert re.search(r'name="obligation_start-obligation_start_0"(?![^>]*value=)', html)


def test_date_with_only_the_year(client, date_page):
    response = answer(client, date_page, {"obligation_start": {"0": "", "1": "", "2": "2016"}})
    assert response.status_code == 302
    html = client.get(date_page).content.decode()
    assert 'value="2016"' in html and 'value="1"' not in html


def test_date_and_dont_know_together(client, date_page):
    response = post_invalid(client, date_page, {"obligation_start": "2016-02-01", "unknown": True})
    assert "Enter a date or tick 'I don't know this date', not both." in errors(response)


def test_dont_know_a_date_is_accepted(client, date_page):
    assert answer(client, date_page, {"unknown": True}).status_code == 302


def test_birth_date_after_the_obligation_start_is_refused_by_the_service(client):
    answers = until(NEUTRAL_PERMIT, "permit_obligation_start")
    answers.update(
        birth_date={"birth_date": "1990-01-01"},
        medical_condition={"medical_condition": "yes"},
        medical_documents={"medical_documents": ["duo_medical_letter"]},
    )
    path = walk_to(client, "en", answers)
    assert step_name(path) == "permit_obligation_start"
    response = post_invalid(client, path, {"obligation_start": "1985-01-01"})
    assert "This date is before your date of birth. Check this date and your date of birth." in errors(response)


@pytest.fixture
def choice_page(client):
    path = walk_to(client, "en", until(NEUTRAL_RELEASE, "obliged"))
    assert step_name(path) == "obliged"
    return path


def test_choice_field_required(client, choice_page):
    response = post_invalid(client, choice_page, {})
    assert "Choose one of the answers." in errors(response)
    assert 'href="#id_obliged-obliged_0"' in response.content.decode()


def test_choice_field_tampered_value(client, choice_page):
    response = post_invalid(client, choice_page, {"obliged": "maybe"})
    assert "Choose one of the answers shown." in errors(response)


def test_choice_field_keeps_the_choice_after_an_error_elsewhere(client):
    path = walk_to(client, "en", until(NEUTRAL_RELEASE, "goal"))
    response = post_invalid(client, path, {"goal": "fly_to_the_moon"})
    assert "Choose one of the answers shown." in errors(response)


@pytest.fixture
def multi_page(client):
    answers = until(NEUTRAL_RELEASE, "exam_parts_passed")
    answers["course_hours"] = {"hours_inburgering": 600, "hours_nt2": 0, "hours_alfa": 0}
    path = walk_to(client, "en", answers)
    assert step_name(path) == "exam_parts_passed"
    return path


def test_multi_choice_unknown_option(client, multi_page):
    response = post_invalid(client, multi_page, {"passed": ["reading", "cooking"]})
    assert "Choose only from the options shown." in errors(response)


def test_multi_choice_with_dont_know(client, multi_page):
    response = post_invalid(client, multi_page, {"passed": ["reading"], "unknown": True})
    assert "Tick the parts you passed or 'I don't know which parts I passed', not both." in errors(response)
    assert re.search(r'value="reading"[^>]*checked', response.content.decode())  # the ticks stay


def test_multi_choice_none_ticked_means_none_passed(client, multi_page):
    response = answer(client, multi_page, {"passed": []})
    assert response.status_code == 302 and step_name(path_of(response)) == "exam_attempts"


def test_nationality_select(client):
    path = walk_to(client, "en", until(NEUTRAL_PERMIT, "nationalities"))
    assert "Choose your nationality, or tick 'stateless'." in errors(post_invalid(client, path, {}))
    assert "Choose a country from the list." in errors(post_invalid(client, path, {"nationality_1": "XX"}))
    assert answer(client, path, {"stateless": True}).status_code == 302


def test_years_accept_a_decimal_comma(client):
    """On a Dutch page "7,5" is a number; the messages are the Dutch ones."""
    answers = until(NEUTRAL_PERMIT, "school_age_years")
    path = walk_to(client, "nl", answers)
    assert step_name(path) == "school_age_years"
    with translation.override("nl"):
        not_a_number = gettext("Enter a number of years, for example 12 or 7.5.")
        too_large = gettext("This number is too large. Enter a number of at most %(max)s.").split(".")[0]
    assert not_a_number.startswith("Vul") and too_large.startswith("Dit")
    assert not_a_number in errors(post_invalid(client, path, {"school_age_years_in_nl": "acht"}))
    assert too_large in " ".join(errors(post_invalid(client, path, {"school_age_years_in_nl": "13"})))
    assert answer(client, path, {"school_age_years_in_nl": "7,5"}).status_code == 302


def test_medical_advice_date_without_the_advice(client):
    answers = until(NEUTRAL_PERMIT, "medical_documents")
    answers["medical_condition"] = {"medical_condition": "yes"}
    path = walk_to(client, "en", answers)
    assert step_name(path) == "medical_documents"
    response = post_invalid(client, path, {"szw_medical_advice_date": "2026-01-01"})
    assert "You entered a date for an advice you did not tick." in " ".join(errors(response))


def test_error_summary_names_the_field_when_several_are_wrong(client, multi_page):
    """Two boxes with the same mistake: each line of the summary says which box it is about."""
    attempts = answer(client, multi_page, {"passed": []})["Location"]
    response = post_invalid(client, attempts, {"reading_inburgering": "twee", "writing_inburgering": "drie"})
    summary = re.search(r'<div class="error-summary".*?</div>', response.content.decode(), re.S).group(0)
    items = [htmllib.unescape(re.sub(r"<[^>]+>", "", li)) for li in re.findall(r"<li>(.*?)</li>", summary)]
    assert len(items) == 2 and items[0] != items[1], items
    assert items[0].startswith("Reading (Lezen): times in the inburgeringsexamen: "), items
    assert items[1].startswith("Writing (Schrijven): times in the inburgeringsexamen: "), items
    one = post_invalid(client, attempts, {"reading_inburgering": "twee"})
    summary = re.search(r'<div class="error-summary".*?</div>', one.content.decode(), re.S).group(0)
    assert "times in the inburgeringsexamen:" not in summary  # one error: the message alone
