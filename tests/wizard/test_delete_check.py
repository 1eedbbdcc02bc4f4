"""Two actions with their true names: 'Delete this check' (one check; another tab's check stays) and
'Delete everything on this computer' (the whole session)."""

import pytest

from tests.wizard.driver import walk
from tests.wizard.scenarios import ROUTE_WALKS

pytestmark = pytest.mark.django_db


def two_checks(client):
    first = walk(client, "en", ROUTE_WALKS["duo_agi_course"][0]).wsgi_request.path
    second = walk(client, "en", ROUTE_WALKS["duo_agi_alfa"][0]).wsgi_request.path
    return first, second


def test_delete_this_check_keeps_the_other_check(client):
    first, second = two_checks(client)
    second_id = second.split("/")[3]
    html = client.get(second).content.decode()
    assert f'action="/en/check/{second_id}/delete/"' in html and "Delete this check" in html
    response = client.post(f"/en/check/{second_id}/delete/")
    assert response.status_code == 302 and response["Location"] == "/en/deleted/"
    deleted = client.get("/en/deleted/")
    assert "This check is deleted" in deleted.content.decode() and "no-store" in deleted["Cache-Control"]
    assert client.get(second).status_code == 200 and "no longer here" in client.get(second).content.decode()
    assert 'id="route-duo_agi_course"' in client.get(first).content.decode()
    assert second_id not in client.session["checks"]


def test_delete_everything_on_this_computer_deletes_both(client):
    first, second = two_checks(client)
    assert "Delete everything on this computer" in client.get(first).content.decode()
    client.post("/en/wipe/")
    for path in (first, second):
        assert "no longer here" in client.get(path).content.decode()


def test_delete_this_check_needs_a_post(client):
    first, _ = two_checks(client)
    assert client.get(first.replace("/result/", "/delete/")).status_code == 405
