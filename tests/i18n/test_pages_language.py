"""A page in one language shows no text from another language's catalogue.

A Dutch or English fallback on a Tigrinya page is a bug: the person cannot read it. The test walks
the wizard to every route in each language, keeps every page kind (each question, with and
without errors, check-your-answers, every result, the message and error pages) and looks for any
phrase that another catalogue has and this one does not. Official Dutch names (forms, addresses)
are meant to stay in Dutch on every page; they are in every catalogue or in the decision
service's data, so they are not foreign anywhere.
"""

import re

import pytest
from django.test import Client
from django.utils.timezone import localdate

from wizard.decision.catalogue import ADDRESSES, FORMS
from wizard.rules_page import all_routes, rules

from .catalogues import LANGUAGES, messages, strings
from .pages import WORD, collect, visible_text

pytestmark = pytest.mark.django_db

SPLIT = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}|<[^>]+>|\n")
DIRECTION = {"nl": "ltr", "en": "ltr", "ar": "rtl", "ti": "ltr"}


def fragments(text: str):
    """The literal pieces of a message long enough to be recognised on a page (two words or more)."""
    for part in SPLIT.split(text):
        part = " ".join(part.split()).strip(" .,:;!?()«»\"'")
        if len(WORD.findall(part)) >= 2 and len(part) >= 10:
            yield part


def dutch_data() -> str:
    """Official Dutch names and addresses the decision service gives, and the Dutch phrases its rules and
    figures quote (shown, marked lang="nl", on the rules page): Dutch on every page by design."""
    data = rules(localdate())
    quoted = [
        c["phrase"]
        for r in all_routes(data)
        for c in r["conditions"] + [c for v in r["variants"] for c in v["conditions"]]
    ] + [f["reference"] for f in data["figures"]]
    return repr(FORMS) + repr(ADDRESSES) + "\n".join(quoted)


def foreign_phrases(lang: str) -> dict:
    own = "\n".join(s for m in messages(lang) for s in strings(m)[1]) + dutch_data()
    found = {}
    for other in LANGUAGES:
        if other == lang:
            continue
        for message in messages(other):
            for text in strings(message)[1]:
                for piece in fragments(text):
                    if piece not in own:
                        found.setdefault(piece, other)
    return found


@pytest.fixture(scope="module")
def pages_by_language(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return {lang: collect(Client(), lang) for lang in LANGUAGES}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_kind_was_seen(pages_by_language, lang):
    pages = pages_by_language[lang]
    kinds = {name.split(" ")[0] for name in pages}
    assert {"start", "step", "check", "result", "expired", "not", "wiped", "error"} <= kinds
    assert any(name.endswith("with errors") for name in pages)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_html_lang_and_direction(pages_by_language, lang):
    for name, html in pages_by_language[lang].items():
        _text, attrs = visible_text(html)
        assert (attrs.get("lang"), attrs.get("dir")) == (lang, DIRECTION[lang]), name


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_text_from_another_language(pages_by_language, lang):
    phrases = foreign_phrases(lang)
    assert phrases, "nothing to look for: the catalogues are empty"
    problems = []
    for name, html in pages_by_language[lang].items():
        text, _attrs = visible_text(html)
        for piece, other in phrases.items():
            if piece in text:
                problems.append(f"{name}: {piece!r} (from {other})")
    assert not problems, f"/{lang}/ shows {len(problems)} foreign phrases, e.g. " + "; ".join(problems[:8])


def test_the_check_finds_a_fallback():
    """The detector itself: an English sentence and a Dutch one on a Tigrinya page are both found."""
    phrases = foreign_phrases("ti")
    english = "This is not a decision"
    dutch = next(piece for piece, other in phrases.items() if other == "nl")
    assert phrases.get(english) == "en"
    text, _ = visible_text(f"<html lang='ti'><body><p><strong>{english}.</strong></p><p>{dutch}</p></body></html>")
    assert english in text and dutch in text
