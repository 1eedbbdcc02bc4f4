"""Answers are special data (issue 19, findings 1, 2 and 9): the session row is encrypted, the session
id changes when a check starts and when it is confirmed, and a mere visit stores nothing."""

import base64
import zlib

import pytest
from cryptography.fernet import Fernet
from django.contrib.sessions.models import Session
from django.test import Client

from tests.wizard.driver import walk
from tests.wizard.scenarios import ROUTE_WALKS
from wizard.encrypted_session import SessionStore

from .helpers import PRODUCTION_ENV, environment, run

pytestmark = pytest.mark.django_db

MEDICAL, _ = ROUTE_WALKS["ind_medical"]
# What a reader of the table would look for: the medical answer, the letter, the nationality, the birth date.
SECRETS = ("medical_condition", "duo_medical_letter", "nationalit", '"SY"', "1985")


def readable(session_data: str) -> str:
    """All that a reader without any key can get out of a row: the text, and Django's signed format
    (base64 of JSON, zlib-compressed when it starts with a dot) decoded."""
    texts = [session_data]
    payload = session_data.split(":", 1)[0]
    compressed = payload.startswith(".")
    try:
        raw = base64.urlsafe_b64decode(payload.lstrip(".") + "=" * (-len(payload.lstrip(".")) % 4))
        texts.append((zlib.decompress(raw) if compressed else raw).decode("utf-8", "replace"))
    except (ValueError, zlib.error):
        pass
    return "\n".join(texts)


def test_the_stored_session_row_holds_no_answer():
    client = Client()
    page = walk(client, "en", MEDICAL)
    assert page.status_code == 200 and "medical" in page.content.decode().lower()
    rows = list(Session.objects.values_list("session_data", flat=True))
    assert rows
    for row in rows:
        text = readable(row)
        for secret in SECRETS:
            assert secret not in text


def test_the_session_data_is_fernet_encrypted_with_the_newest_key_and_read_with_older_ones(settings):
    old, new = Fernet.generate_key(), Fernet.generate_key()
    settings.SESSION_FERNET = type(settings.SESSION_FERNET)([Fernet(old)])
    store = SessionStore()
    store["checks"] = {"abc": {"final": {"medical_condition": "yes"}}}
    store.create()
    settings.SESSION_FERNET = type(settings.SESSION_FERNET)([Fernet(new), Fernet(old)])  # rotated
    assert SessionStore(store.session_key)["checks"] == {"abc": {"final": {"medical_condition": "yes"}}}
    store.save()  # written again with the newest key only
    row = Session.objects.get(session_key=store.session_key).session_data
    assert Fernet(new).decrypt(row.encode())
    settings.SESSION_FERNET = type(settings.SESSION_FERNET)([Fernet(Fernet.generate_key())])  # every key gone
    assert SessionStore(store.session_key).load() == {}


def test_a_production_process_without_session_keys_refuses_to_start():
    env = environment(**{k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_SESSION_KEYS"})
    done = run(["manage.py", "check"], env)
    assert done.returncode != 0
    assert "DJANGO_SESSION_KEYS" in done.stderr


def test_a_production_process_refuses_a_session_key_that_is_not_a_fernet_key():
    done = run(["manage.py", "check"], environment(**{**PRODUCTION_ENV, "DJANGO_SESSION_KEYS": "secret"}))
    assert done.returncode != 0
    assert "DJANGO_SESSION_KEYS" in done.stderr


def test_the_build_commands_need_no_session_key():
    env = environment(**{k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_SESSION_KEYS"})
    done = run(["manage.py", "compilemessages", "--help"], env)
    assert done.returncode == 0, done.stderr


def _result_path(client):
    page = walk(client, "en", MEDICAL)
    assert page.status_code == 200
    return page.request["PATH_INFO"]


def test_a_planted_session_cookie_does_not_read_the_answers():
    person = Client()
    person.post("/en/")  # someone starts a check at a shared computer and keeps its cookie
    planted = person.cookies["sessionid"].value
    result = _result_path(person)  # the next person's check, in the same browser
    assert "duo_medical_letter" not in person.get(result).content.decode()  # ids are worded
    assert person.get(result).status_code == 200

    other = Client()
    other.cookies["sessionid"] = planted
    page = other.get(result)
    assert "Your answers are no longer here" in page.content.decode()
    assert not Session.objects.filter(session_key=planted).exists()


def test_the_session_id_changes_when_a_check_starts_and_when_it_is_confirmed():
    client = Client()
    client.post("/en/")
    first = client.cookies["sessionid"].value
    client.post("/en/")
    started = client.cookies["sessionid"].value
    assert started != first
    result = _result_path(client)
    confirmed = client.cookies["sessionid"].value
    assert confirmed != started
    copy = Client()
    copy.cookies["sessionid"] = started  # a copy taken while the questions were answered
    assert "Your answers are no longer here" in copy.get(result).content.decode()


@pytest.mark.parametrize("path", ["/en/", "/nl/", "/ar/", "/ti/", "/en/wiped/", "/api/v1/openapi.json"])
def test_a_mere_visit_stores_no_session_and_sets_no_lasting_cookie(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert Session.objects.count() == 0
    assert "sessionid" not in response.cookies
    for cookie in response.cookies.values():
        assert not cookie["expires"] and not cookie["max-age"], cookie.output()
