"""Collect the pages a person meets, in one language, through Django's test client."""

import re
from html.parser import HTMLParser

from django.template.loader import render_to_string
from django.utils import translation

from tests.wizard.driver import answer, confirm, path_of, start, step_name
from tests.wizard.scenarios import ROUTE_WALKS

# Attributes whose text a person reads or hears.
READ_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self._skip = [], 0
        self.html_attrs = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_attrs = attrs
        if tag in ("script", "style"):
            self._skip += 1
        for name in READ_ATTRIBUTES & set(attrs):
            self.parts.append(attrs[name] or "")
        if tag == "input" and attrs.get("type") in ("submit", "button"):
            self.parts.append(attrs.get("value") or "")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.parts.append(data)


def visible_text(html: str) -> tuple[str, dict]:
    """The text of a page, one text node a line (so a match never spans two elements), and <html>'s attributes."""
    parser = _Text()
    parser.feed(html)
    return "\n".join(" ".join(p.split()) for p in parser.parts), parser.html_attrs


def walk_collecting(client, lang, answers_by_step, seen_steps, pages):
    """Walk one scenario; keep each new step page, its page with errors, check-answers and the result."""
    path = start(client, lang)
    for _ in range(60):
        step = step_name(path)
        if step is None:
            break
        if step not in seen_steps:
            seen_steps.add(step)
            pages[f"step {step}"] = client.get(path).content.decode()
            refused = answer(client, path, {k: "x" * 3 for k in answers_by_step[step]})
            if refused.status_code == 200:
                pages[f"step {step} with errors"] = refused.content.decode()
            empty = answer(client, path, {})
            if empty.status_code == 200:
                pages[f"step {step} left empty"] = empty.content.decode()
        response = answer(client, path, answers_by_step[step])
        assert response.status_code == 302, (lang, step, response.status_code)
        path = path_of(response)
    pages.setdefault("check answers", client.get(path).content.decode())
    return confirm(client, path).content.decode()


def collect(client, lang) -> dict:
    """Every page kind in `lang`: start, how the check decides (rules), each step (plain and with
    errors), check-answers, the result of every route walk, the message pages and the error pages."""
    pages = {"start": client.get(f"/{lang}/").content.decode(), "rules": client.get(f"/{lang}/rules/").content.decode()}
    seen = set()
    for route, (answers_by_step, _status) in ROUTE_WALKS.items():
        pages[f"result {route}"] = walk_collecting(client, lang, answers_by_step, seen, pages)
    pages["expired check"] = client.get(f"/{lang}/check/AAAAAAAAAAAA/checklist.pdf").content.decode()
    pages["unknown step"] = client.get(f"/{lang}/check/AAAAAAAAAAAA/nothing/", follow=True).content.decode()
    pages["not found"] = client.get(f"/{lang}/no-such-page/").content.decode()
    response = client.post(f"/{lang}/wipe/", follow=True)
    pages["wiped"] = response.content.decode()
    with translation.override(lang):
        for name in ("400", "403", "429", "500", "503"):
            pages[f"error {name}"] = render_to_string(f"{name}.html")
    return pages


WORD = re.compile(r"\w{2,}")
