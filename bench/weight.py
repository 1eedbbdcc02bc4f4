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
host in any src, href (a link's apart: it loads nothing until followed), action or CSS url(); every
@font-face of a screen stylesheet is one of ours
(scripts/web_fonts.py: local() first, a WOFF2 file of static/fonts/web/, a unicode-range).

Fonts are counted apart: on a device without Noto for Arabic or Ge'ez script, a browser fetches a
face only for a character of its unicode-range. For each page kind, the heaviest language: which
font files its text asks for (the other languages' links use the link faces, the rest of the text
the full ones; both weights where a script is used, since every page has a bold heading), each at
most 40 KB. WOFF2 is compressed already; the files are counted as they are.
"""

from __future__ import annotations

import gzip
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.contrib.staticfiles import finders
from django.test import Client

from scripts import web_fonts
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


class Texts(HTMLParser):
    """A page's text in two parts: the links to the other languages, and everything else."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.links, self.rest, self._in_link, self._skip = [], [], 0, 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style", "title"):
            self._skip += 1
        if tag == "a" and attrs.get("hreflang") and "aria-current" not in attrs:
            self._in_link += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self._skip = max(0, self._skip - 1)
        if tag == "a" and self._in_link:
            self._in_link -= 1

    def handle_data(self, data):
        if not self._skip:
            (self.links if self._in_link else self.rest).append(data)


def fonts_fetched(html: str) -> list:
    """The web font files a browser without our fonts fetches for this page."""
    texts = Texts(html)
    used = {False: {ord(ch) for ch in "".join(texts.rest)}, True: {ord(ch) for ch in "".join(texts.links)}}
    return [face for face in web_fonts.FACES if any(web_fonts.in_blocks(code, face.blocks) for code in used[face.link])]


def foreign_font_faces(css_text: str) -> list:
    """@font-face rules that are not ours: no local() first, no unicode-range, or a file elsewhere."""
    out = []
    for face in re.findall(r"@font-face\s*\{(.*?)\}", css_text, re.S | re.I):
        src = re.search(r"src:\s*([^;]+)", face)
        urls = CSS_URL.findall(face)
        ours = (
            src
            and src.group(1).strip().startswith("local(")
            and "unicode-range" in face
            and urls
            and all(u.startswith("../fonts/web/") and u.endswith(".woff2") for u in urls)
        )
        if not ours:
            out.append(face.strip()[:60])
    return out


def stylesheet(href: str) -> bytes:
    path = urlsplit(href).path
    assert path.startswith("/static/"), href
    found = finders.find(path[len("/static/") :])
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

    def collect_start(self) -> str:
        response = self.client.get(f"/{self.lang}/")
        assert response.status_code == 200
        return response.content.decode()

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
    fonts = {}  # kind -> (font bytes, lang, label, file names)
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
                        problems += [f"@font-face not ours in {href}: {f}" for f in foreign_font_faces(css_text)]
                        problems += [f"url({u}) in {href}" for u in CSS_URL.findall(css_text) if other_host(u)]
                        if re.search(r"@import", css_text, re.I):
                            problems.append(f"@import in {href}")
                        css_cache[href] = gz(css, 9)
                    css_gz += css_cache[href]
                total = gz(html, 6) + css_gz
                faces = fonts_fetched(text)
                font_bytes = sum(face.path.stat().st_size for face in faces)
                if kind not in fonts or font_bytes > fonts[kind][0]:
                    fonts[kind] = (font_bytes, lang, label, [face.file_name for face in faces])
                if kind not in heaviest or total > heaviest[kind][0]:
                    heaviest[kind] = (total, lang, label, len(html), gz(html, 6), css_gz)
    rows = []
    raw_over = sorted(
        {
            f"{kind} ({lang}{', ' + label if label else ''}): {raw / 1000:.1f} KB"
            for kind, (_t, lang, label, raw, _h, _c) in heaviest.items()
            if raw > BUDGET
        }
    )
    if raw_over:
        NOTES.append(
            "Uncompressed, the HTML alone is over 30 KB on: "
            + "; ".join(raw_over)
            + ". The app sends them gzip-compressed (GZipMiddleware) to browsers that accept it."
        )
    for kind in ("start", "rules", "question page", "check your answers", "result", "message", "404"):
        total, lang, label, raw, html_gz, css_gz = heaviest[kind]
        which = f"{lang}" + (f", {label}" if label else "")
        rows.append(
            Row(
                PART,
                f"{kind} (heaviest: {which})",
                f"{total / 1000:.1f} KB = HTML {html_gz / 1000:.1f} KB ({raw / 1000:.1f} KB raw)"
                f" + CSS {css_gz / 1000:.1f} KB",
                f"<= {BUDGET / 1000:g} KB gzip",
                total <= BUDGET,
            )
        )
    for kind in ("start", "question page", "check your answers", "result", "message", "404"):
        font_bytes, lang, label, names = fonts[kind]
        rows.append(
            Row(
                PART,
                f"{kind}: fonts on a device without them (heaviest: {lang})",
                f"{font_bytes / 1000:.1f} KB = " + (" + ".join(names) or "none"),
                "counted apart from the 30 KB",
            )
        )
    for lang in LANGUAGES:
        start = fonts_fetched(Collector(lang).collect_start())
        rows.append(
            Row(
                PART,
                f"start page, {lang}: fonts on a device without them",
                f"{sum(f.path.stat().st_size for f in start) / 1000:.1f} KB = "
                + (" + ".join(f.file_name for f in start) or "none"),
                "nl, en: the link faces only",
            )
        )
    sizes = {face.file_name: face.path.stat().st_size for face in web_fonts.FACES}
    rows.append(
        Row(
            PART,
            "each web font file (static/fonts/web)",
            ", ".join(f"{name} {size / 1000:.1f} KB" for name, size in sizes.items()),
            f"<= {web_fonts.BUDGET / 1000:g} KB each",
            max(sizes.values()) <= web_fonts.BUDGET,
        )
    )
    problems = sorted(set(problems))
    rows.append(
        Row(
            PART,
            "every page: no <script>, no other host, no web font but ours",
            "none found" if not problems else "; ".join(problems[:5]),
            "none",
            not problems,
        )
    )
    return rows
