"""The result page's content, rendered by Jinja2 (wizard/templatetags/result_body.py): its words come from
the catalogues under the msgids the Django template had, its forms carry a token the site accepts, the
print view opens every disclosure, and every text is escaped."""

import re

import pytest
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.utils import translation

from tests.wizard.driver import path_of, walk
from tests.wizard.scenarios import ROUTE_WALKS
from wizard.result_summary import DUO_PHONE_LINK
from wizard.result_words import page_words

pytestmark = pytest.mark.django_db

PAGE = {"answer": {"others": 2}, "unknown_short": [{}, {}, {}], "duo_phone_link": DUO_PHONE_LINK}
RESULT = {"today": "2027-03-01"}


@pytest.mark.parametrize("lang", ["nl", "ar", "ti"])
def test_every_word_of_the_page_is_translated(lang):
    # A msgid that is not the one the catalogues hold would show in English.
    with translation.override("en"):
        english = page_words(PAGE, RESULT)
    with translation.override(lang):
        words = page_words(PAGE, RESULT)
    assert [name for name in words if words[name] == english[name]] == []


def test_the_sentences_with_a_value_say_it_in_the_language():
    with translation.override("nl"):
        words = page_words(PAGE, RESULT)
    assert words["checked_on"] == "Gecontroleerd op 1 maart 2027."
    assert words["others"] == "Er passen nog 2 mogelijkheden bij je: zie hieronder."
    assert words["show_ways"] == "Bekijk deze 3 mogelijkheden"
    with translation.override("nl"):
        one = page_words({**PAGE, "answer": {"others": 1}, "unknown_short": [{}]}, RESULT)
    assert one["others"] == "Er past nog één mogelijkheid bij je: zie hieronder."
    assert one["show_ways"] == "Bekijk deze mogelijkheid"
    # DUO's phone number stays a tap-to-call link inside the sentence
    assert f"Telefoon {DUO_PHONE_LINK}, op werkdagen" in words["duo_decides"]


FORM = re.compile(
    r'<form method="post" action="(?P<action>[^"]+)"[^>]*>\s*<input type="hidden" name="csrfmiddlewaretoken" value="(?P<token>[^"]+)">'
)


@pytest.mark.parametrize("form", ["checklist", "restart", "delete"])
def test_every_form_of_the_page_carries_a_token_the_site_accepts(form):
    walker, client = Client(), Client(enforce_csrf_checks=True)
    answers, _ = ROUTE_WALKS["duo_agi_course"]
    result_path = walk(walker, "en", answers).wsgi_request.path
    client.cookies = walker.cookies  # the same session, now with the CSRF check on
    html = client.get(result_path).content.decode()
    forms = {m["action"].rstrip("/").split("/")[-1]: m for m in FORM.finditer(html)}
    assert {"checklist.pdf", "restart", "delete"} <= set(forms)  # and base.html's "wipe"
    chosen = forms["checklist.pdf" if form == "checklist" else form]
    response = client.post(chosen["action"], {"csrfmiddlewaretoken": chosen["token"]})
    assert response.status_code in (200, 302), response.status_code
    if response.status_code == 302:
        assert "/check/" in path_of(response) or path_of(response).startswith("/en/")


def test_the_print_view_opens_every_disclosure_and_says_how_to_print(client):
    answers, _ = ROUTE_WALKS["duo_agi_course"]
    page = walk(client, "en", answers)
    shown = page.content.decode()
    printed = client.get(page.wsgi_request.path + "?print=1").content.decode()
    # every disclosure of the page opens (a short way's reasons, <details class="why">, stay as they are)
    closed = re.compile(r'<details(?! class="why")(?: [a-z-]+="[^"]*")*>')
    assert len(closed.findall(shown)) > 2
    assert closed.findall(printed) == []
    assert printed.count("<details") == shown.count("<details")
    assert "Use your browser&#39;s print command" in printed and "print command" not in shown


def test_every_text_from_the_result_is_escaped():
    hostile = '<script>alert(1)</script> & "quoted"'
    route = {"id": "x", "status": "eligible", "useful": True, "title": hostile, "headline": hostile, "reasons": []}
    route.update({"forms": [], "notes": [], "source_title": hostile, "calendar_url": hostile})
    short = {**route, "status": "needs_info", "useful": False, "short_line": hostile}
    page = {
        "answer": {"route": route, "send": [hostile], "to": hostile, "others": 0},
        "full": [route],
        "unknown_full": [],
        "unknown_short": [short],
        "closed_short": [],
        "once_note": hostile,
        "once_note_in": "full",
        "duo_phone_link": DUO_PHONE_LINK,
    }
    result = {"today": hostile, "advice": [{"id": "a", "title": hostile, "text": hostile, "list": [hostile]}]}
    with translation.override("en"):
        html = render_to_string(
            "wizard/result.html",
            {"check_id": "x" * 12, "result": result, "page": page},
            request=RequestFactory().get("/"),
        )
    assert "<script>" not in html
    # the answer box: headline, calendar link, paper, receiver, day (5); the way in full: title, calendar link,
    # source (3); the way shown short: title, line, source (3); the note said once (1); the advice: title, text,
    # line (3)
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;quoted&#34;") == 15
