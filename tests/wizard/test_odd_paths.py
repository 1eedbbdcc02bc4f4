"""Odd paths: each lands on a sensible page, never a 500, never a lost earlier answer."""

import re

import pytest

from tests.wizard.driver import MANAGEMENT, answer, confirm, path_of, start, step_name, step_path, walk, walk_to
from tests.wizard.scenarios import NEUTRAL_PERMIT, ROUTE_WALKS, permit

pytestmark = pytest.mark.django_db

FIRST_TWO = {"goal": {"goal": "stronger_permit"}, "diploma": {"diploma": "no"}}


def base(path):
    """/en/check/<id>/"""
    return path.rsplit("/", 2)[0] + "/"


def test_unknown_step_redirects_to_the_right_step(client):
    path = walk_to(client, "en", FIRST_TWO)
    response = client.get(base(path) + "no_such_step/")
    assert response.status_code == 302 and path_of(response) == path


def test_a_step_that_does_not_apply_redirects(client):
    path = walk_to(client, "en", FIRST_TWO)
    response = client.get(step_path(path, "course_hours"))  # a step of the other goal
    assert response.status_code == 302 and path_of(response) == path


def test_later_step_redirects_to_the_first_unanswered(client):
    path = walk_to(client, "en", {"goal": {"goal": "stronger_permit"}})
    assert step_name(path) == "diploma"
    later = step_path(path, "nationalities")
    # Not relevant yet? It is for a permit: still, the earlier question comes first.
    assert step_name(path_of(client.get(later))) == "diploma"
    page = client.get(path).content.decode()
    management = MANAGEMENT.search(page)
    response = client.post(later, {management["name"]: "nationalities", "nationalities-nationality_1": "BE"})
    assert response.status_code == 302 and path_of(response) == path


def test_tampered_management_form(client):
    path = walk_to(client, "en", FIRST_TWO)
    step = path.rstrip("/").rsplit("/", 1)[1]
    prefix_name = MANAGEMENT.search(client.get(path).content.decode())["name"]
    for data in ({}, {prefix_name: "goal"}, {prefix_name: "<script>"}, {"check_AAAAAAAAAAAA-current_step": step}):
        data = {**data, f"{step}-nationality_1": "BE"}
        response = client.post(path, data)
        assert response.status_code == 302 and path_of(response) == path
    # The earlier answers are still there.
    assert re.search(r'value="no"[^>]*checked', client.get(step_path(path, "diploma")).content.decode())


def test_unknown_or_expired_check(client):
    response = client.get("/en/check/AAAAAAAAAAAA/goal/")
    assert response.status_code == 200
    assert "Your answers are no longer here" in response.content.decode()
    assert response["Cache-Control"].count("no-store") == 1
    response = client.post("/en/check/AAAAAAAAAAAA/goal/", {"goal-goal": "naturalisation"})
    assert "Your answers are no longer here" in response.content.decode()
    for page in ("answers", "result"):
        assert "Your answers are no longer here" in client.get(f"/en/check/AAAAAAAAAAAA/{page}/").content.decode()


def test_session_expired_in_the_middle(client):
    path = walk_to(client, "en", FIRST_TWO)
    client.session.flush()  # what the idle expiry does on the server
    client.cookies.clear()
    response = client.get(path)
    assert response.status_code == 200
    assert "Your answers are no longer here" in response.content.decode()


def test_double_submit_of_a_step(client):
    path = walk_to(client, "en", {"goal": {"goal": "stronger_permit"}})
    first = answer(client, path, {"diploma": "no"})
    second = answer(client, path, {"diploma": "no"})
    assert first.status_code == second.status_code == 302
    assert path_of(first) == path_of(second)


def test_double_submit_of_the_confirmation(client):
    answers, _ = ROUTE_WALKS["ind_nationality"]
    path = walk_to(client, "en", answers)
    assert path.endswith("/answers/")
    done = path.replace("/answers/", "/done/")
    first, second = client.post(done), client.post(done)
    assert path_of(first) == path_of(second) and path_of(first).endswith("/result/")
    assert client.get(path_of(second)).status_code == 200


def test_back_and_reload_keep_the_answers(client):
    path = walk_to(client, "en", permit(nationalities={"nationality_1": "BE"}))
    check = base(path)
    diploma_page = client.get(step_path(check, "diploma")).content.decode()
    assert re.search(r'value="no"[^>]*checked', diploma_page)
    nationality_page = client.get(step_path(check, "nationalities")).content.decode()
    assert re.search(r'<option value="BE" selected>', nationality_page)
    # A reload of the result page shows it again.
    result = confirm(client, path)
    again = client.get(check + "result/")
    assert result.status_code == again.status_code == 200
    assert 'id="route-ind_nationality"' in again.content.decode()


def test_done_before_every_answer_goes_to_the_missing_question(client):
    path = walk_to(client, "en", {"goal": {"goal": "stronger_permit"}})
    response = client.post(base(path) + "done/")
    assert response.status_code == 302 and path_of(response) == path
    assert client.get(base(path) + "result/")["Location"].endswith("/answers/")


def test_change_link_returns_to_the_check_page(client):
    path = walk_to(client, "en", permit(nationalities={"nationality_1": "SY"}, diploma={"diploma": "yes"}))
    assert path.endswith("/answers/")
    page = client.get(path).content.decode()
    change = re.search(rf'href="({re.escape(step_path(path, "diploma"))}\?return=check)"', page)[1]
    form_page = client.get(change).content.decode()
    assert 'name="return" value="check"' in form_page
    change_path = change.split("?")[0]
    response = answer(client, change_path, {"diploma": "yes"}, extra={"return": "check"})
    assert path_of(response) == path


def test_a_change_that_opens_new_questions_asks_them_then_returns(client):
    path = walk_to(client, "en", permit(diploma={"diploma": "yes"}))
    assert path.endswith("/answers/")
    check = base(path)
    response = answer(client, step_path(check, "diploma"), {"diploma": "no"}, extra={"return": "check"})
    assert path_of(response) == step_path(check, "nationalities") and "return=check" in response["Location"]
    response = answer(client, step_path(check, "nationalities"), {"nationality_1": "LU"}, extra={"return": "check"})
    assert path_of(response) == path
    # The result needs a new confirmation after a change.
    assert client.get(check + "result/")["Location"].endswith("/answers/")
    assert 'id="route-ind_nationality"' in confirm(client, path).content.decode()


def test_wipe_deletes_everything_at_once(client):
    answers, _ = ROUTE_WALKS["ind_nationality"]
    result = walk(client, "en", answers)
    check = result.wsgi_request.path.rsplit("/", 2)[0] + "/"
    response = client.post("/en/wipe/")
    assert response.status_code == 302 and path_of(response) == "/en/wiped/"
    confirmation = client.get("/en/wiped/")
    assert "Your answers are deleted" in confirmation.content.decode()
    assert "checks" not in client.session
    assert "Your answers are no longer here" in client.get(check + "result/").content.decode()


def test_wipe_needs_a_post(client):
    assert client.get("/en/wipe/").status_code == 405


def test_start_again_deletes_this_check(client):
    answers, _ = ROUTE_WALKS["ind_nationality"]
    result = walk(client, "en", answers)
    check = result.wsgi_request.path.rsplit("/", 2)[0] + "/"
    response = client.post(check + "restart/")
    assert response.status_code == 302 and step_name(path_of(response)) == "goal"
    assert base(path_of(response)) != check
    assert "Your answers are no longer here" in client.get(check + "result/").content.decode()


def test_two_checks_in_one_session_stay_separate(client):
    first = walk_to(client, "en", permit(nationalities={"nationality_1": "BE"}))
    second = walk_to(client, "en", {"goal": {"goal": "naturalisation"}})
    assert base(first) != base(second)
    assert 'id="route-ind_nationality"' in confirm(client, first).content.decode()
    result_two = confirm(client, second).content.decode()
    assert 'id="advice-see_ind"' in result_two and "route-ind_nationality" not in result_two
    # The first is still whole.
    assert 'id="route-ind_nationality"' in client.get(base(first) + "result/").content.decode()


def test_language_switch_keeps_step_and_answers(client):
    path = walk_to(client, "en", FIRST_TWO)
    page = client.get(path).content.decode()
    dutch = re.search(r'<a href="(/nl/[^"]+)" lang="nl"', page)[1]
    assert dutch == path.replace("/en/", "/nl/", 1)
    response = client.get(step_path(dutch, "diploma"))
    assert response.status_code == 200
    assert re.search(r'value="no"[^>]*checked', response.content.decode())


def test_pages_with_answers_are_not_stored_by_the_browser(client):
    answers, _ = ROUTE_WALKS["ind_nationality"]
    path = walk_to(client, "en", answers)
    check = base(path)
    for url in (step_path(check, "goal"), step_path(check, "diploma"), path, step_path(check, "nationalities")):
        assert "no-store" in client.get(url)["Cache-Control"], url
    result = confirm(client, path)
    assert "no-store" in result["Cache-Control"]


def test_post_of_a_step_with_an_error_is_not_stored(client):
    path = walk_to(client, "en", {"goal": {"goal": "stronger_permit"}})
    answer(client, path, {"diploma": "maybe"})
    assert "diploma" not in list(client.session["checks"].values())[0]["steps"]


def test_only_cleaned_answers_are_in_the_session(client):
    answers, _ = ROUTE_WALKS["ind_nationality"]
    walk_to(client, "en", answers)
    data = dict(client.session.items())
    text = repr(data)
    assert "csrfmiddlewaretoken" not in text
    assert "current_step" not in text
    check = list(data["checks"].values())[0]
    assert check["steps"]["nationalities"] == {"nationalities": ["BE"], "stateless": False}


def test_start_page_and_first_step(client):
    page = client.get("/en/")
    assert page.status_code == 200
    assert "It is not an official decision." in page.content.decode()
    first = start(client, "en")
    # The step's slug is neutral (issue 19): eight letters, not the step's name.
    assert re.fullmatch(r"/en/check/[A-Za-z0-9_-]{12}/[a-z]{8}/", first)
    assert step_name(first) == "goal" and "goal" not in first


def test_neutral_permit_walk_ends_with_see_ind(client):
    response = walk(client, "en", NEUTRAL_PERMIT)
    assert 'id="advice-see_ind"' in response.content.decode()
