"""Numbers typed in the person's own script: every number and date box reads every Unicode decimal
digit the same way (wizard/forms/digits.py), and refuses anything else with a message, never a 500.
"""

import re

import pytest
from django import forms
from django.utils import translation
from django.utils.translation import gettext

from tests.wizard.driver import STEP_URL, answer, step_name, walk_to
from tests.wizard.scenarios import NEUTRAL_PERMIT, NEUTRAL_RELEASE
from wizard.forms.digits import ascii_digits, ascii_number
from wizard.forms.fields import DateWidget, PartialDateField, WholeNumberField, YearsField

LANGS = ("nl", "en", "ar", "ti")
# Digit systems: ASCII, Arabic-Indic (Arabic keyboards), Persian (Extended Arabic-Indic), Devanagari.
DIGITS = {"ascii": "0123456789", "arabic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹", "devanagari": "०१२३४५६७८९"}
NOT_NUMBERS = [
    "፩",
    "፲",
    "²",
    "½",
    "1²",
    "\x00",
    "1\x00",
    "\ud800",
    "1_000",
    "0x10",
    "1e3",
    "inf",
    "NaN",
    "1" * 5000,
    "١" * 5000,
    "12a",
]


def typed(text, system):
    """`text` (ASCII digits) as typed on a keyboard of the digit system."""
    return "".join(DIGITS[system][int(c)] if c.isdigit() else c for c in text)


# --- The one helper -------------------------------------------------------------------------
@pytest.mark.parametrize("system", DIGITS)
def test_every_decimal_digit_is_read_as_ascii(system):
    assert ascii_number(typed("2019", system)) == "2019"
    assert ascii_number(" " + typed("1 200", system) + " ") == "1200"
    assert ascii_number(typed("-5", system)) == "-5"
    assert ascii_number(typed("7,5", system), fraction=True) == "7.5"
    assert ascii_number(typed("7٫5", system), fraction=True) == "7.5"
    assert ascii_number(typed("7.5", system), fraction=True) == "7.5"
    assert ascii_digits(typed("07", system), 2) == "07"


def test_other_decimal_digits_too():
    assert ascii_number("１２") == "12"  # fullwidth
    assert ascii_number("𝟙𝟚") == "12"  # mathematical bold
    assert ascii_number("১২") == "12"  # Bengali


@pytest.mark.parametrize("text", NOT_NUMBERS + ["7,5", "7٫5"])
def test_anything_else_is_no_number(text):
    assert ascii_number(text) is None


def test_a_fraction_only_where_one_is_allowed():
    assert ascii_number("7,5") is None and ascii_number("7٫5") is None
    assert ascii_digits("1.5", 4) is None and ascii_digits("-1", 4) is None
    assert ascii_digits("123", 2) is None


# --- The fields -----------------------------------------------------------------------------
@pytest.mark.parametrize("system", DIGITS)
def test_fields_read_each_digit_system(system):
    assert WholeNumberField().clean(typed("120", system)) == 120
    assert YearsField().clean(typed("7,5", system)) == 7.5
    assert YearsField().clean(typed("7٫5", system)) == 7.5
    field = PartialDateField()
    assert field.clean([typed("3", system), typed("6", system), typed("2024", system)]) == "2024-06-03"
    assert field.clean(["", typed("06", system), typed("2024", system)]) == "2024-06"
    assert field.clean(["", "", typed("2024", system)]) == "2024"


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_fields_refuse_anything_else_with_their_message(text):
    for field in (WholeNumberField(), YearsField()):
        with pytest.raises(forms.ValidationError) as error:
            field.clean(text)
        assert error.value.code == "invalid"
    for parts in ([text, "6", "2024"], ["1", text, "2024"], ["1", "6", text]):
        with pytest.raises(forms.ValidationError):
            PartialDateField().clean(parts)


def test_partial_date_field():
    field = PartialDateField()
    assert field.clean(["", "", ""]) is None
    assert field.clean(["07", "03", "2019"]) == "2019-03-07"
    with pytest.raises(forms.ValidationError) as error:
        field.clean(["7", "", "2019"])  # a day with no month
    assert error.value.code == "day_without_month"
    for parts, code in (
        (["", "13", "2019"], "month"),
        (["", "0", "2019"], "month"),
        (["", "3", "19"], "year"),
        (["", "3", ""], "year"),
        (["123", "3", "2019"], "day"),
        (["", "3", "20190"], "year"),
    ):
        with pytest.raises(forms.ValidationError) as error:
            field.clean(parts)
        assert error.value.code == code, parts
    assert field.clean(["", "", "2019"]) != "2019-01-01"


@pytest.mark.parametrize(
    "stored, boxes",
    [
        ("2024-06-03", ["3", "6", "2024"]),
        ("2024-06", ["", "6", "2024"]),
        ("2024", ["", "", "2024"]),
        (None, [None, None, None]),
    ],
)
def test_a_stored_date_back_in_its_boxes(stored, boxes):
    assert DateWidget().decompress(stored) == boxes


# --- Through the wizard, in every language --------------------------------------------------
def until(neutral, step):
    names = list(neutral)
    return {k: neutral[k] for k in names[: names.index(step)]}


def stored(client, path):
    match = STEP_URL.match(path)
    return client.session["checks"][match["check_id"]]["steps"][step_name(path)]


def errors(response):
    return re.findall(r'<p class="error-message"[^>]*>([^<]+)</p>', response.content.decode())


@pytest.mark.django_db
@pytest.mark.parametrize("system", DIGITS)
@pytest.mark.parametrize("lang", LANGS)
def test_each_digit_system_in_each_box_in_each_language(client, lang, system):
    """Hours, years and dates typed in the digits of the person's keyboard are stored as numbers."""
    path = walk_to(client, lang, until(NEUTRAL_RELEASE, "obligation_start"))
    assert step_name(path) == "obligation_start"
    date = {"0": typed("15", system), "1": typed("3", system), "2": typed("2016", system)}
    response = answer(client, path, {"obligation_start": date})
    assert response.status_code == 302, errors(response)
    assert stored(client, path)["obligation_start"] == "2016-03-15"
    path = response["Location"]
    response = answer(client, path, {"term_start": {"0": "", "1": typed("3", system), "2": typed("2016", system)}})
    assert response.status_code == 302, errors(response)
    assert stored(client, path)["term_start"] == "2016-03"
    path = response["Location"]
    assert step_name(path) == "course_hours"
    response = answer(
        client,
        path,
        {"hours_inburgering": typed("120", system), "hours_nt2": typed("0", system), "hours_alfa": typed("40", system)},
    )
    assert response.status_code == 302, errors(response)
    assert stored(client, path) == {"hours_inburgering": 120, "hours_nt2": 0, "hours_alfa": 40}

    client.cookies.clear()
    path = walk_to(client, lang, until(NEUTRAL_PERMIT, "birth_date"))
    assert step_name(path) == "birth_date"
    response = answer(client, path, {"birth_date": {"0": "", "1": "", "2": typed("1985", system)}})
    assert response.status_code == 302, errors(response)
    assert stored(client, path)["birth_date"] == "1985"
    path = response["Location"]
    assert step_name(path) == "school_age_years"
    separator = "٫" if system in ("arabic", "persian") else ","
    response = answer(client, path, {"school_age_years_in_nl": typed(f"2{separator}5", system)})
    assert response.status_code == 302, errors(response)
    assert stored(client, path) == {"school_age_years_in_nl": 2.5}


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_no_number_gets_a_message_in_the_page_language(client, lang):
    """፩ (an Ethiopic numeral), ², a 5,000-digit day, a null byte: a message, never a 500."""
    path = walk_to(client, lang, until(NEUTRAL_RELEASE, "obligation_start"))
    with translation.override(lang):
        day = gettext("Enter the day as a number, or leave it empty if you only know the month.")
        month = gettext("Enter the month as a number from 1 to 12.")
        year = gettext("Enter the year with 4 digits, for example 2019.")
        whole = gettext("Enter a whole number, for example 120. Use only digits.")
    cases = [
        ({"0": "፩", "1": "3", "2": "2016"}, day),
        ({"0": "²", "1": "3", "2": "2016"}, day),
        ({"0": "1" * 5000, "1": "3", "2": "2016"}, day),
        ({"0": "1", "1": "፫", "2": "2016"}, month),
        ({"0": "1", "1": "3", "2": "፪፻፲፮"}, year),
        ({"0": "\x00", "1": "3", "2": "2016"}, day),
        ({"0": "1", "1": "3", "2": "٢٠١٦٧"}, year),
    ]
    for date, message in cases:
        response = answer(client, path, {"obligation_start": date})
        assert response.status_code == 200
        assert [message] == [m.replace("&#x27;", "'") for m in errors(response)], date
    path = answer(client, path, {"obligation_start": "2016-02-01"})["Location"]
    path = answer(client, path, {"term_start": "2016-02-01"})["Location"]
    for text in ("፩፻", "²", "9" * 5000, "\x00"):
        response = answer(client, path, {"hours_inburgering": text})
        assert response.status_code == 200
        assert whole in [m.replace("&#x27;", "'") for m in errors(response)]
