"""Ways we cannot judge yet, beside a way that fits: what the result page and the checklist tell the
person to do about them.

Once a way fits, the wizard asks nothing more about the others (wizard/decision/relevance.py), so
"do the check again" would send the person round in a circle: a new check asks the same questions.
They are sent to the organisation that decides instead. While nothing fits yet, a new check does
ask what is missing, and the old sentence stays.
"""

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation
from django.utils.html import escape

from tests.pdf import samples
from tests.wizard.driver import walk
from tests.wizard.scenarios import ROUTE_WALKS
from wizard.checklist import checklist
from wizard.decision import evaluate
from wizard.decision.relevance import relevant_questions
from wizard.pdf import checklist_html
from wizard.presentation import present
from wizard.result_summary import layout

pytestmark = pytest.mark.django_db

NOT_ASKED = (
    "A way above already fits you. That is why the check did not ask more about these ways. Do you "
    "want to use one of them instead? Find out what is missing (see below), and ask the organisation "
    "that decides."
)
CHECK_AGAIN = "For these ways an answer is missing. Find it out (see below), then do the check again."
NOT_ASKED_ON_PAPER = (
    "A way above already fits you. That is why the check did not ask more about these ways. Do "
    "you want to use one of them instead? Find out what is missing, and ask the organisation "
    "that decides."
)
CHECK_AGAIN_ON_PAPER = "For these ways an answer is missing. Find it out, then do the check again."


@pytest.mark.parametrize("lang", ["nl", "en", "ar", "ti"])
def test_a_way_that_fits_sends_the_person_to_who_decides_not_round_the_check_again(client, lang):
    answers, status = ROUTE_WALKS["ind_diploma"]  # the diploma fits; eleven ways stay unknown
    assert status == "eligible"
    html = walk(client, lang, answers).content.decode()
    with translation.override(lang):
        heading, not_asked, check_again = (
            translation.gettext(t) for t in ("Ways we cannot judge yet", NOT_ASKED, CHECK_AGAIN)
        )
    assert f"<h2>{heading}</h2>" in html
    assert not_asked in html
    assert check_again not in html
    if lang != "en":
        assert not_asked != NOT_ASKED


def test_the_sentence_is_true_the_wizard_has_nothing_more_to_ask_once_a_way_fits(client):
    """The answers the diploma walk leaves open decide the eleven unknown ways, yet none of them is
    a question the wizard would still ask: a new check would not ask them either."""
    answers, _ = ROUTE_WALKS["ind_diploma"]
    response = walk(client, "en", answers)
    check_id = response.wsgi_request.path.rstrip("/").split("/")[-2]
    final = client.session["checks"][check_id]["final"]
    result = evaluate(final)
    unknown = [r for r in result["routes"] if r["status"] == "needs_info"]
    missing = {field for r in unknown for c in r["conditions"] if c["status"] == "unknown" for field in c["asks"]}
    assert len(unknown) == 11 and missing
    assert not missing & set(relevant_questions(final))


def result_page(answers: dict) -> str:
    with translation.override("en"):
        outcome = evaluate(answers)
        presented = present(outcome)
        return render_to_string(
            "wizard/result.html",
            {"check_id": "x" * 12, "result": presented, "page": layout(outcome, presented, "x" * 12)},
            request=RequestFactory().get("/"),
        )


def test_while_nothing_fits_yet_the_page_says_find_it_out_and_check_again():
    # RELEASE_LATER: the alfa way only from a later date, the course way unknown; nothing fits yet.
    html = result_page(samples.RELEASE_LATER)
    assert CHECK_AGAIN in html and NOT_ASKED not in html
    html = result_page(samples.PERMIT)  # three ways fit, seven unknown
    assert NOT_ASKED in html and CHECK_AGAIN not in html


@pytest.mark.parametrize("lang", ["nl", "en", "ar", "ti"])
def test_the_checklist_says_the_same(lang):
    def intro(answers):
        content = checklist(evaluate(answers), answers, lang)
        return content["fitting_way"], content["labels"]

    fitting, labels = intro(samples.PERMIT)
    assert fitting
    fitting, _ = intro(samples.RELEASE_LATER)
    assert not fitting
    with translation.override(lang):
        not_asked, check_again = translation.gettext(NOT_ASKED_ON_PAPER), translation.gettext(CHECK_AGAIN_ON_PAPER)
    assert str(labels["unknown_not_asked"]).startswith(not_asked)
    assert str(labels["unknown_intro"]).startswith(check_again)
    permit, later = (checklist_html(answers, lang) for answers in (samples.PERMIT, samples.RELEASE_LATER))
    assert escape(not_asked) in permit and escape(check_again) not in permit
    assert escape(check_again) in later and escape(not_asked) not in later
