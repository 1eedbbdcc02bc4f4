"""A change on the check-your-answers page: a question that becomes relevant again is asked again,
pre-filled with the earlier answer, before the person is back at the check page."""

import pytest

from tests.wizard.driver import advance, answer, path_of, start, step_name, step_path
from tests.wizard.scenarios import NEUTRAL_RELEASE
from wizard.steps import first_to_ask, shown_again

pytestmark = pytest.mark.django_db
BACK = {"return": "check"}


def change_from_check(client, answers_path, step, fields):
    """Follow the 'Change' link of `step` on the check page and save `fields` there."""
    page = client.get(answers_path).content.decode()
    change = step_path(answers_path, step)
    assert f'href="{change}?return=check"' in page
    response = answer(client, change, fields, extra=BACK)
    assert response.status_code == 302
    return response["Location"]


def test_steps_shown_again_are_asked_again_before_the_check_page(client):
    asked = []
    answers_path = advance(client, start(client, "en"), NEUTRAL_RELEASE, asked)
    assert answers_path.endswith("/answers/")
    later = [step for step in asked if step not in ("goal", "obliged")]
    assert len(later) > 3

    # "No": the later questions are not shown any more (their answers are kept).
    location = change_from_check(client, answers_path, "obliged", {"obliged": "no"})
    assert path_of_url(location) == answers_path

    # "Yes" again: each later question is asked again, in order, pre-filled, before the check page.
    location = change_from_check(client, answers_path, "obliged", {"obliged": "yes"})
    again = []
    while path_of_url(location) != answers_path:
        assert location.endswith("?return=check"), location
        step = step_name(path_of_url(location))
        page = client.get(location).content.decode()
        assert "Back to your answers" in page and 'name="return" value="check"' in page
        if step == "obligation_start":
            assert 'value="2016"' in page and 'value="2"' in page  # the earlier answer, pre-filled
        # the check page itself sends the person back to the question still to ask
        assert path_of(client.get(answers_path)) == path_of_url(location)
        again.append(step)
        response = answer(client, path_of_url(location), NEUTRAL_RELEASE[step], extra=BACK)
        assert response.status_code == 302
        location = response["Location"]
    assert again == later
    assert client.get(answers_path).status_code == 200


def test_a_change_that_shows_nothing_new_goes_straight_back(client):
    answers_path = advance(client, start(client, "en"), NEUTRAL_RELEASE)
    location = change_from_check(
        client, answers_path, "course_hours", {"hours_inburgering": 120, "hours_nt2": 0, "hours_alfa": 0}
    )
    assert path_of_url(location) == answers_path


def test_shown_again_and_first_to_ask():
    before, after = ["goal", "obliged"], ["goal", "obliged", "obligation_start", "term_start"]
    assert shown_again(before, after, answered="obliged") == ["obligation_start", "term_start"]
    assert shown_again(after, after, again=["term_start"], answered="obligation_start") == ["term_start"]
    assert shown_again(after, before, again=["term_start"]) == []  # no longer shown: not asked
    stored = {name: {} for name in after}
    assert first_to_ask(after, stored) is None
    assert first_to_ask(after, stored, ["term_start"]) == "term_start"
    assert first_to_ask(after, {"goal": {}}, ["term_start"]) == "obliged"


def path_of_url(url):
    return url.split("?")[0]
