"""Questions that cannot matter are not shown: the decision service's relevance decides."""

import pytest

from tests.wizard.driver import walk
from tests.wizard.scenarios import ROUTE_WALKS, permit, release
from wizard.steps import BY_NAME, answers_from_steps, shown_steps

pytestmark = pytest.mark.django_db

COURSE_STEPS = {"course_hours", "permit_course_hours"}
ENOUGH_HOURS = {"hours_inburgering": 600, "hours_nt2": 0, "hours_alfa": 0}
EXAM_STEPS = {"exam_parts_passed", "exam_attempts", "permit_exam_parts_passed", "permit_exam_attempts"}


def test_a_belgian_asking_about_a_permit_is_not_asked_course_hours(client):
    asked = []
    walk(client, "en", permit(nationalities={"nationality_1": "BE"}), asked=asked)
    assert asked == ["goal", "diploma", "nationalities"]
    assert not COURSE_STEPS & set(asked)


def test_obliged_in_2023_asking_for_release_is_not_asked_about_exams(client):
    asked = []
    walk(client, "en", release(obligation_start={"obligation_start": "2023-03-01"}), asked=asked)
    assert asked == ["goal", "obliged", "obligation_start"]
    assert not EXAM_STEPS & set(asked)


def test_not_obliged_ends_the_release_questions(client):
    asked = []
    walk(client, "en", release(obliged={"obliged": "no"}), asked=asked)
    assert asked == ["goal", "obliged"]


def test_all_parts_passed_skips_the_attempts_page(client):
    asked = []
    parts = ["reading", "listening", "writing", "speaking", "knm", "ona"]
    walk(client, "en", release(course_hours=ENOUGH_HOURS, exam_parts_passed={"passed": parts}), asked=asked)
    assert "exam_parts_passed" in asked and "exam_attempts" not in asked


def test_attempts_page_has_fields_only_for_parts_not_passed(client):
    answers = release(
        course_hours=ENOUGH_HOURS, exam_parts_passed={"passed": ["reading", "listening", "writing", "knm", "ona"]}
    )
    answers.pop("exam_attempts")
    response = walk(client, "en", answers, skip_unexpected=True)
    html = response.content.decode()
    assert "exam_attempts-speaking_inburgering" in html
    assert "exam_attempts-speaking_nt2" in html
    assert "exam_attempts-reading_inburgering" not in html
    assert "exam_attempts-knm_nt2" not in html


def test_permit_with_a_route_found_asks_nothing_more(client):
    asked = []
    answers, _ = ROUTE_WALKS["ind_diploma"]
    walk(client, "en", answers, asked=asked)
    assert asked == ["goal", "diploma"]


def test_steps_follow_only_from_the_stored_answers():
    stored = {
        "goal": {"goal": "stronger_permit"},
        "diploma": {"diploma": "no"},
        "nationalities": {"nationalities": ["SY"], "stateless": False},
    }
    shown = shown_steps(stored)
    assert shown[:3] == ["goal", "diploma", "nationalities"]
    assert "course_hours" not in shown  # the release sequence's step
    assert answers_from_steps(stored, shown) == {"goal": "stronger_permit", "diploma": "no", "nationalities": ["SY"]}


def test_a_changed_goal_drops_the_other_goals_answers():
    stored = {"goal": {"goal": "naturalisation"}, "obliged": {"obliged": "yes"}}
    shown = shown_steps(stored)
    assert shown == ["goal"]
    assert answers_from_steps(stored, shown) == {"goal": "naturalisation"}


def test_every_step_sets_known_answer_names():
    from wizard.decision import QUESTIONS

    for step in BY_NAME.values():
        assert set(step.answer_names) <= set(QUESTIONS), step.name
