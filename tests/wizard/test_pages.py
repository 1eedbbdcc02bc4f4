"""Every page kind: language and direction, skip link, language switcher, no script, small."""

import gzip
import re
from pathlib import Path

import pytest

from tests.wizard.driver import walk, walk_to
from tests.wizard.scenarios import NEUTRAL_PERMIT, ROUTE_WALKS

pytestmark = pytest.mark.django_db
CSS_GZIP = sum(
    len(gzip.compress(p.read_bytes())) for p in (Path(__file__).resolve().parents[2] / "static" / "css").glob("*.css")
)


def pages(client, lang):
    answers, _ = ROUTE_WALKS["duo_advice_integrated"]
    yield "start", client.get(f"/{lang}/")
    step = walk_to(client, lang, {"goal": NEUTRAL_PERMIT["goal"]})
    yield "step", client.get(step)
    yield (
        "date step",
        client.get(
            walk_to(
                client, lang, {k: NEUTRAL_PERMIT[k] for k in ("goal", "diploma", "nationalities", "turkish_family")}
            )
        ),
    )
    result = walk(client, lang, answers)
    check = result.wsgi_request.path.replace("/result/", "/answers/")
    yield "check answers", client.get(check)
    yield "result", result
    yield "expired", client.get(f"/{lang}/check/AAAAAAAAAAAA/goal/")


@pytest.mark.parametrize("lang", ["nl", "en", "ar", "ti"])
def test_page_basics(client, lang):
    for kind, response in pages(client, lang):
        html = response.content.decode()
        assert response.status_code == 200, kind
        assert f'<html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">' in html, kind
        assert 'class="skip-link" href="#main"' in html, kind
        for name in ("Nederlands", "English", "ትግርኛ"):
            assert name in html, (kind, name)
        assert "<script" not in html and " style=" not in html, kind
        # No template syntax leaks onto a page (a {# comment #} over two lines is printed as text).
        assert not any(mark in html for mark in ("{#", "#}", "{%", "%}", "{{", "}}")), kind
        # The page-weight budget (issue: HTML and CSS, compressed, at most 30 KB); the site sends
        # pages gzip-compressed itself (test below), static files are compressed by whitenoise.
        assert len(gzip.compress(response.content)) + CSS_GZIP < 30_000, (kind, len(response.content))


def test_pages_are_sent_compressed(client):
    """A phone that accepts gzip gets the page compressed: a Tigrinya result page is mostly text."""
    answers, _ = ROUTE_WALKS["duo_advice_integrated"]
    result = walk(client, "ti", answers)
    plain = client.get(result.wsgi_request.path).content
    packed = client.get(result.wsgi_request.path, headers={"accept-encoding": "gzip"})
    assert packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content).decode().count("<section") == plain.decode().count("<section")
    assert len(packed.content) < len(plain) / 2


def test_step_page_has_a_question_legend_and_back_link(client):
    path = walk_to(client, "en", {"goal": NEUTRAL_PERMIT["goal"]})
    html = client.get(path).content.decode()
    assert re.search(r"<legend><h1>Do you have the inburgeringsdiploma\?</h1></legend>", html)
    assert 'class="back-link" href="/en/check/' in html
    assert "I don&#x27;t know" in html
    assert "Mijn Inburgering" in html  # where to find the answer
    assert "novalidate" in html
