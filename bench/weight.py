"""Part 5: what each page kind weighs on a slow connection: HTML and CSS, gzip-compressed.

Every page kind in every language, through the test client with DEBUG off: the start page, how the
check decides (rules), each question page (the heaviest of them is shown), check your answers, the
result page (the heaviest of the walks), a message page (an expired check) and the 404 page. A
page's weight is its HTML plus every stylesheet it links (the print stylesheet too: browsers fetch
it as well), each gzip-compressed (HTML at level 6, as a proxy would; CSS at level 9, as whitenoise
stores it). whitenoise serves the stylesheets compressed, and the app sends its pages
gzip-compressed itself (Django's GZipMiddleware) to every browser that accepts it; the raw size is
shown too.

Budget: at most 30 KB (30,000 bytes) per page. And on every page: no <script>, no URL to another
host in any src, href (a link's apart: it loads nothing until followed), action or CSS url(), no
@font-face in any stylesheet a screen page links.
"""
from __future__ import annotations

import gzip
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.contrib.staticfiles import finders
from django.test import Client

from tests.wizard.driver import confirm, form_data, path_of, start, step_name
from tests.wizard.scenarios import MORE_WALKS, ROUTE_WALKS

from .common import Row

PART = "5 weight"
NOTES = []
BUDGET = 30_000
LANGUAGES = ("nl", "en", "ar", "ti")
URL_ATTRIBUTES = {"src", "href", "action", "formaction", "srcset", "poster", "data", "cite"}
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")\s]+)", re.I)


class Page(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.stylesheets, self.urls, self.scripts = [], [], 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "link" and "stylesheet" in (attrs.get("rel") or "").split():
            self.stylesheets.append(attrs.get("href") or "")
        for name, value in attrs.items():
            if tag == "a" and name == "href":
                continue  # a link loads nothing until followed (the rules page links to DUO's and the IND's sites)
            if name in URL_ATTRIBUTES and value:
                self.urls += [v.strip().split(" ")[0] for v in value.split(",")] if name == "srcset" else [value]


def other_host(url: str) -> bool:
    """A URL that leaves this site: a scheme with a host, a scheme-relative //host, or data:/javascript:."""
    parts = urlsplit(url.strip())
    return bool(parts.netloc) or parts.scheme.lower() in ("http", "https", "data", "javascript", "ftp")


def stylesheet(href: str) -> bytes:
    path = urlsplit(href).path
    assert path.startswith("/static/"), href
    found = finders.find(path[len("/static/"):])
    assert found, href
    with open(found, "rb") as handle:
        return handle.read()


def gz(data: bytes, level: int) -> int:
    return len(gzip.compress(data, compresslevel=level, mtime=0))


class Collector:
    """The pages of one language, by kind: kind -> (label, HTML)."""

    def __init__(self, lang: str):
        self.lang = lang
        self.client = Client()
        self.pages: dict[str, list] = {}

    def keep(self, kind, label, response, status=200):
        assert response.status_code == status, (kind, label, response.status_code)
        self.pages.setdefault(kind, []).append((label, response.content))

    def walk(self, answers_by_step, seen_steps):
        path = start(self.client, self.lang)
        for _ in range(60):
            step = step_name(path)  # None once the questions end
            if step is None:
                break
            page = self.client.get(path)
            if step not in seen_steps:
                seen_steps.add(step)
                self.keep("question page", step, page)
            response = self.client.post(path, form_data(page.content.decode(), step, answers_by_step[step]))
            assert response.status_code == 302, (step, response.status_code)
            path = path_of(response)
        self.keep("check your answers", "", self.client.get(path))
        return confirm(self.client, path)

    def collect(self, walks):
        self.keep("start", "", self.client.get(f"/{self.lang}/"))
        self.keep("rules", "", self.client.get(f"/{self.lang}/rules/"))
        seen = set()
        for name, answers in walks:
            self.keep("result", name, self.walk(answers, seen))
        self.keep("message", "expired check", self.client.get(f"/{self.lang}/check/AAAAAAAAAAAA/goal/"))
        self.keep("404", "", self.client.get(f"/{self.lang}/no-such-page/"), status=404)
        return self.pages


def all_walks():
    out = [(name, answers) for name, (answers, _status) in ROUTE_WALKS.items()]
    return out + [(name, answers) for name, (answers, _route, _status) in MORE_WALKS.items()]


def run(options) -> list:
    walks = all_walks()
    if options.quick:
        walks = walks[:4]
    heaviest = {}  # kind -> (total gz, lang, label, html raw, html gz, css gz)
    problems = []
    css_cache = {}
    for lang in LANGUAGES:
        for kind, pages in Collector(lang).collect(walks).items():
            for label, html in pages:
                text = html.decode()
                page = Page(text)
                if page.scripts or re.search(r"<script\b", text, re.I):
                    problems.append(f"<script> on {kind} {label} ({lang})")
                problems += [f"{url} on {kind} {label} ({lang})" for url in page.urls if other_host(url)]
                css_gz = 0
                for href in page.stylesheets:
                    if href not in css_cache:
                        css = stylesheet(href)
                        css_text = css.decode()
                        if re.search(r"@font-face", css_text, re.I):
                            problems.append(f"@font-face in {href}")
                        problems += [f"url({u}) in {href}" for u in CSS_URL.findall(css_text) if other_host(u)]
                        if re.search(r"@import", css_text, re.I):
                            problems.append(f"@import in {href}")
                        css_cache[href] = gz(css, 9)
                    css_gz += css_cache[href]
                total = gz(html, 6) + css_gz
                if kind not in heaviest or total > heaviest[kind][0]:
                    heaviest[kind] = (total, lang, label, len(html), gz(html, 6), css_gz)
    rows = []
    raw_over = sorted({f"{kind} ({lang}{', ' + label if label else ''}): {raw / 1000:.1f} KB"
                       for kind, (_t, lang, label, raw, _h, _c) in heaviest.items() if raw > BUDGET})
    if raw_over:
        NOTES.append("Uncompressed, the HTML alone is over 30 KB on: " + "; ".join(raw_over)
                     + ". The app sends them gzip-compressed (GZipMiddleware) to browsers that accept it.")
    for kind in ("start", "rules", "question page", "check your answers", "result", "message", "404"):
        total, lang, label, raw, html_gz, css_gz = heaviest[kind]
        which = f"{lang}" + (f", {label}" if label else "")
        rows.append(Row(PART, f"{kind} (heaviest: {which})",
                        f"{total / 1000:.1f} KB = HTML {html_gz / 1000:.1f} KB ({raw / 1000:.1f} KB raw)"
                        f" + CSS {css_gz / 1000:.1f} KB", f"<= {BUDGET / 1000:g} KB gzip", total <= BUDGET))
    problems = sorted(set(problems))
    rows.append(Row(PART, "every page: no <script>, no other host, no web font on screen",
                    "none found" if not problems else "; ".join(problems[:5]), "none", not problems))
    return rows
