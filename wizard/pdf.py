"""The PDF checklist: rendered with WeasyPrint from templates/pdf/checklist.html, A4.

    render_checklist_pdf(answers, language, name=None) -> bytes

Safety: WeasyPrint may load only the project's own stylesheet and fonts. `StaticOnlyFetcher`
serves those few files by path (static/pdf/, static/fonts/) and refuses every other URL (http,
https, file elsewhere, data:, anything a name could smuggle in); it records what it served and
refused. User text (the optional name) is escaped by the template like every other value.

The view answers /<lang>/check/<id>/checklist.pdf. The name (POST parameter `name` only, never from the URL)
is printed on the paper and never stored. A missing or expired check gives a normal page that
says so; only a fully rendered PDF is ever sent.
"""

from __future__ import annotations

import logging
import mimetypes
import threading
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods
from weasyprint import CSS
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from wizard.decision import AnswerError, evaluate

from . import session
from .checklist import checklist
from .limits import rate_limited
from .pdf_rtl_runs import isolate_latin_runs
from .pdf_ua_stylesheet import ChecklistHTML
from .views import expired

STATIC_DIR = Path(settings.BASE_DIR) / "static"
STYLESHEET = STATIC_DIR / "pdf" / "checklist.css"
BASE_STYLESHEET = STATIC_DIR / "pdf" / "base.css"  # the user-agent defaults, cut down to our elements
FONTS_DIR = STATIC_DIR / "fonts"
TEMPLATE = "pdf/checklist.html"


# WeasyPrint names a refused URL in its warnings; a URL could carry user text, and answers are never logged.
logging.getLogger("weasyprint").setLevel(logging.ERROR)


def allowed_files() -> frozenset:
    """The only files WeasyPrint may read: the checklist's stylesheets and the shipped fonts."""
    return frozenset([STYLESHEET.resolve(), BASE_STYLESHEET.resolve(), *(p.resolve() for p in FONTS_DIR.glob("*.ttf"))])


class RefusedURL(ValueError):
    """A URL outside the project's own stylesheet and fonts."""


class StaticOnlyFetcher(URLFetcher):
    """Serves the stylesheet and the fonts by path; refuses everything else, and records both."""

    def __init__(self, allowed=None):
        super().__init__(allowed_protocols=("file",), allow_redirects=False)
        self.allowed = allowed if allowed is not None else allowed_files()
        self.served: list[str] = []
        self.refused: list[str] = []

    def path_for(self, url: str):
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost") or parts.query or parts.fragment:
            return None
        try:
            path = Path(url2pathname(unquote(parts.path))).resolve()
        except (OSError, ValueError):
            return None
        return path if path in self.allowed else None

    def fetch(self, url, headers=None):
        path = self.path_for(url)
        if path is None:
            self.refused.append(url)
            raise RefusedURL("only the checklist's own stylesheet and fonts may be loaded")
        self.served.append(url)
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if path.suffix == ".ttf":
            mime = "font/ttf"
        return URLFetcherResponse(path.as_uri(), body=path.read_bytes(), headers={"Content-Type": mime})


# One font configuration and one parsed stylesheet per process: the shipped fonts are read once,
# which makes a checklist about a third faster. WeasyPrint's font objects are not meant to be
# shared between threads, so renders in one process take turns (gunicorn runs a few processes).
_LOCK = threading.Lock()
_SHARED: dict[str, Any] = {}


def _fonts_and_stylesheet():
    """Under _LOCK: the process's font configuration and the checklist's stylesheets, loaded once
    through the fetcher (which serves the stylesheets and fonts only)."""
    if not _SHARED:
        fonts = FontConfiguration()
        stylesheet = CSS(url=STYLESHEET.as_uri(), url_fetcher=StaticOnlyFetcher(), font_config=fonts)
        base = CSS(url=BASE_STYLESHEET.as_uri(), url_fetcher=StaticOnlyFetcher())
        _SHARED.update(fonts=fonts, stylesheet=stylesheet)
        ChecklistHTML.user_agent_sheet = base
    return _SHARED["fonts"], _SHARED["stylesheet"]


def html_to_pdf(html: str, fetcher: StaticOnlyFetcher | None = None) -> bytes:
    """Any HTML of ours to PDF bytes, styled by static/pdf/checklist.css. The page itself may
    reach nothing: every URL in it goes to `fetcher`, which refuses all but our own files."""
    fetcher = fetcher or StaticOnlyFetcher()
    document = ChecklistHTML(string=html, base_url=STATIC_DIR.as_uri() + "/", url_fetcher=fetcher)
    with _LOCK:
        fonts, stylesheet = _fonts_and_stylesheet()
        # Tagged (headings, lists, tables, the document's language) so that a screen reader can read it.
        # Not pdf_variant="pdf/ua-1": WeasyPrint leaves the page footers (margin boxes) out of the tag
        # tree, and each Dutch line has no language of its own, so the file would claim more than it is.
        return document.write_pdf(stylesheets=[stylesheet], font_config=fonts, pdf_tags=True)


def checklist_html(answers: dict, language: str, name=None) -> str:
    result = evaluate(answers)
    content = checklist(result, answers, language, name=name)
    html = render_to_string(TEMPLATE, {"c": content})
    return isolate_latin_runs(html) if content.get("bidi") else html


def render_checklist_pdf(answers: dict, language: str, name=None, fetcher: StaticOnlyFetcher | None = None) -> bytes:
    """The checklist for these answers, in `language` with Dutch beside it, as PDF bytes."""
    return html_to_pdf(checklist_html(answers, language, name), fetcher)


def file_name(language: str) -> str:
    return f"checklist-inburgering-{language}-{timezone.localdate().isoformat()}.pdf"


# --- The view ----------------------------------------------------------------------------------
@rate_limited("pdf")
@require_http_methods(["GET", "POST"])
def checklist_pdf(request, check_id):
    """Download the checklist. The name is read from the request, printed, and forgotten."""
    if session.get_check(request, check_id) is None:
        return expired(request)
    answers = session.final_answers(request, check_id)
    if answers is None:
        return redirect(reverse("check_answers", kwargs={"check_id": check_id}))
    # Only a form post carries the name: in a URL it would stay in the browser history and in logs.
    name = request.POST.get("name") if request.method == "POST" else None
    language = get_language()
    try:
        pdf = render_checklist_pdf(answers, language, name=name)
    except AnswerError:
        return redirect(reverse("check_answers", kwargs={"check_id": check_id}))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{file_name(language)}"'
    add_never_cache_headers(response)
    return response
