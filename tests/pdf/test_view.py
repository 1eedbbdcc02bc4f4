"""The download: /<lang>/check/<id>/checklist.pdf through Django's test client."""

import re

import pytest

from tests.wizard.driver import start, walk
from tests.wizard.scenarios import ROUTE_WALKS

from .pdfread import text
from .samples import RELEASE

pytestmark = pytest.mark.django_db


def confirmed_check(client, answers, lang="en") -> str:
    """A check whose answers are confirmed (as after check-your-answers); returns its id."""
    check_id = re.search(r"/check/([A-Za-z0-9_-]{12})/", start(client, lang))[1]
    session = client.session
    session["checks"][check_id]["final"] = answers
    session.save()
    return check_id


def test_download_after_a_real_walk(client):
    answers, _ = ROUTE_WALKS["ind_nationality"]
    result = walk(client, "en", answers)
    url = re.search(
        r'<form method="post" action="(/en/check/[A-Za-z0-9_-]{12}/checklist.pdf)"', result.content.decode()
    )[1]
    response = client.post(url, {"name": ""})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert "Bijlage Inburgeringsvereiste" in text(response.content)


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_pdf_headers(client, lang):
    check_id = confirmed_check(client, RELEASE, lang)
    response = client.get(f"/{lang}/check/{check_id}/checklist.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert re.fullmatch(
        rf'attachment; filename="checklist-inburgering-{lang}-\d{{4}}-\d{{2}}-\d{{2}}\.pdf"',
        response["Content-Disposition"],
    )
    assert "no-store" in response["Cache-Control"]
    assert "Postbus 764" in text(response.content)


def test_name_is_printed_and_not_stored(client):
    check_id = confirmed_check(client, RELEASE)
    response = client.post(f"/en/check/{check_id}/checklist.pdf", {"name": "Amina Tesfay"})
    assert response.status_code == 200
    assert "Amina Tesfay" in text(response.content)
    assert "Amina" not in repr(dict(client.session.items()))


def test_name_in_the_url_is_ignored(client):
    """A name in a query string would stay in browser history and access logs."""
    check_id = confirmed_check(client, RELEASE)
    response = client.get(f"/en/check/{check_id}/checklist.pdf", {"name": "Amina Tesfay"})
    assert response.status_code == 200
    assert "Amina" not in text(response.content)


def test_result_page_offers_the_download_form_with_a_name_field(client):
    check_id = confirmed_check(client, RELEASE)
    page = client.get(f"/en/check/{check_id}/result/").content.decode()
    form = re.search(rf'<form method="post" action="/en/check/{check_id}/checklist.pdf"[^>]*>(.*?)</form>', page, re.S)
    assert form, "no download form on the result page"
    assert 'name="csrfmiddlewaretoken"' in form[1]
    assert re.search(r'<label for="checklist-name">[^<]+</label>', form[1])
    assert 'id="checklist-name" name="name"' in form[1]


def test_expired_or_unknown_check_gives_a_page_to_start_again(client):
    response = client.get("/en/check/AAAAAAAAAAAA/checklist.pdf")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "no-store" in response["Cache-Control"]
    page = response.content.decode()
    assert "Your answers are no longer here" in page
    assert 'action="/en/"' in page  # the button that starts a new check


def test_unconfirmed_check_goes_to_check_your_answers(client):
    check_id = re.search(r"/check/([A-Za-z0-9_-]{12})/", start(client, "en"))[1]
    response = client.get(f"/en/check/{check_id}/checklist.pdf")
    assert response.status_code == 302
    assert response["Location"] == f"/en/check/{check_id}/answers/"


def test_answers_that_no_longer_fit_go_back_to_check_your_answers(client):
    check_id = confirmed_check(client, {"goal": "no_such_goal"})
    response = client.get(f"/en/check/{check_id}/checklist.pdf")
    assert response.status_code == 302
    assert response["Location"].endswith("/answers/")
