"""Every route of the contract, walked through the wizard page by page to the result page."""

import re

import pytest

from tests.wizard.driver import walk
from tests.wizard.scenarios import MORE_WALKS, ROUTE_WALKS, months_ago, release

pytestmark = pytest.mark.django_db


def route_statuses(response) -> dict:
    html = response.content.decode()
    return {rid: status for status, rid in re.findall(r'class="route route-(\w+)" id="route-(\w+)"', html)}


@pytest.mark.parametrize("route_id", list(ROUTE_WALKS))
def test_walk_reaches_route(client, route_id):
    answers, status = ROUTE_WALKS[route_id]
    response = walk(client, "en", answers)
    assert response.status_code == 200
    assert route_statuses(response)[route_id] == status


@pytest.mark.parametrize("name", list(MORE_WALKS))
def test_walk_asks_the_step_and_reaches_route(client, name):
    answers, route_id, status = MORE_WALKS[name]
    asked = []
    response = walk(client, "en", answers, asked=asked)
    assert name in asked
    assert route_statuses(response)[route_id] == status


def test_every_step_is_reached_by_some_walk(client):
    from wizard.steps import STEPS

    asked = []
    for answers, _status in ROUTE_WALKS.values():
        walk(client, "en", answers, asked=asked)
    for answers, _route, _status in MORE_WALKS.values():
        walk(client, "en", answers, asked=asked)
    # roc_advice: no ROC advice can still be valid after 2019, so the wizard never asks it today.
    assert {s.name for s in STEPS} - set(asked) == {"roc_advice"}


def test_result_lists_routes_in_the_service_order(client):
    answers, _ = ROUTE_WALKS["ind_age"]
    html = walk(client, "en", answers).content.decode()
    order = re.findall(r'class="route route-(\w+)"', html)
    ranks = ["eligible", "not_yet", "needs_info", "not_eligible", "not_applicable"]
    assert [ranks.index(s) for s in order] == sorted(ranks.index(s) for s in order)


def test_course_route_eligible_shows_forms_address_and_answer_time(client):
    answers, _ = ROUTE_WALKS["duo_agi_course"]
    html = walk(client, "en", answers).content.decode()
    section = html.split('id="route-duo_agi_course"')[1].split("</section>")[0]
    # the answer box says it first (the way's card does not repeat that sentence)
    assert "You can probably apply to DUO" in html.split('class="answer-box"')[1].split("</div>")[0]
    assert "Aanvraag ontheffing aantoonbaar geleverde inspanningen (verklaring deelname cursus)" in section
    assert "Verklaring deelname cursus" in section and "Your school fills in this statement." in section
    assert "Use the address printed on the form" in section and "Postbus 764" in section
    assert "\u2066050\u00a0599\u00a096\u00a000\u2069" in section  # whole, never broken, left to right
    assert "within 8 weeks" in section
    assert "DUO, Genoeg cursus en examens gedaan" in section
    assert "This is not a decision." in html


def test_not_yet_shows_the_date(client):
    answers = release(
        term_start={"term_start": months_ago(12)},
        course_hours={"hours_inburgering": 600, "hours_nt2": 0, "hours_alfa": 0},
        exam_attempts={f"{p}_inburgering": 4 for p in ("reading", "listening", "writing", "speaking", "knm", "ona")},
    )
    response = walk(client, "en", answers)
    assert route_statuses(response)["duo_agi_course"] == "not_yet"
    assert re.search(r"Not yet: from \d{1,2} \w+ \d{4}", response.content.decode())


def test_missing_hours_in_the_headline_with_own_figures(client):
    answers = release(
        course_hours={"hours_inburgering": 480, "hours_nt2": 0, "hours_alfa": 0},
        difficult_situation={"difficult_situation": "no"},
    )
    response = walk(client, "en", answers)
    html = response.content.decode()
    assert route_statuses(response)["duo_agi_course"] == "not_eligible"
    assert "120 hours are missing." in html
    assert "You did 480 hours of inburgeringscursus and Nt2 together" in html


def test_szw_letter_shows_the_exact_address(client):
    answers, _ = ROUTE_WALKS["szw_hardship_letter"]
    html = walk(client, "en", answers).content.decode()
    section = html.split('id="route-szw_hardship_letter"')[1].split("</section>")[0]
    for line in (
        "Ministerie van SZW / Directie S&amp;I",
        "Afdeling Inburgering beschikkingen",
        "Postbus 90801",
        "2509 LV Den Haag",
    ):
        assert line in section


def test_alfa_route_shows_the_test_cost_in_euro(client):
    answers, _ = ROUTE_WALKS["duo_agi_alfa"]
    html = walk(client, "nl", answers).content.decode()
    assert "€\xa0150,00" in html  # Babel, Dutch (a no-break space)


def test_integrated_advice_names_the_employer_statement_and_cost(client):
    answers, _ = ROUTE_WALKS["duo_advice_integrated"]
    html = walk(client, "en", answers).content.decode()
    section = html.split('id="route-duo_advice_integrated"')[1].split("</section>")[0]
    assert "Werkgeversverklaring" in section and "Your employer fills in this statement." in section
    assert "€90.00" in section


def test_naturalisation_asks_only_the_goal_and_sends_to_the_ind(client):
    asked = []
    response = walk(client, "en", {"goal": {"goal": "naturalisation"}}, asked=asked)
    assert asked == ["goal"]
    html = response.content.decode()
    assert 'id="advice-see_ind"' in html
    assert "ind.nl" in html


def test_obliged_in_2023_gets_the_municipality_advice(client):
    asked = []
    response = walk(client, "en", release(obligation_start={"obligation_start": "2023-03-01"}), asked=asked)
    assert set(route_statuses(response).values()) == {"not_applicable"}
    assert 'id="advice-contact_municipality"' in response.content.decode()


@pytest.mark.parametrize("lang", ["nl", "en", "ar", "ti"])
def test_result_page_in_every_language(client, lang):
    answers, _ = ROUTE_WALKS["duo_agi_alfa"]
    response = walk(client, lang, answers)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">' in html
