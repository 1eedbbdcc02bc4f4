"""WeasyPrint may read the checklist's stylesheets and the shipped fonts, nothing else: no network,
no other file, no data: URL, whatever the answers or the name field hold. User text is escaped."""

import pytest

from wizard.pdf import BASE_STYLESHEET, FONTS_DIR, STATIC_DIR, STYLESHEET, RefusedURL, StaticOnlyFetcher, html_to_pdf

from .pdfread import text
from .samples import HOSTILE_NAME, LANGUAGES

OWN_FILES = [STYLESHEET, BASE_STYLESHEET, *sorted(FONTS_DIR.glob("*.ttf"))]
REFUSED = [
    "http://127.0.0.1:9/x",
    "https://example.org/font.ttf",
    "file:///etc/passwd",
    f"file://{STATIC_DIR}/css/site.css",  # our own, but not for the PDF
    f"file://{FONTS_DIR}/OFL.txt",
    f"file://{FONTS_DIR}/../../wizard/pdf.py",
    f"file://{FONTS_DIR}/%2e%2e/%2e%2e/settings.py",
    f"file://localhost:9/{FONTS_DIR}/NotoSans-Regular.ttf",
    f"file://example.org{FONTS_DIR}/NotoSans-Regular.ttf",
    f"{STYLESHEET.as_uri()}?x=1",
    "data:text/css,p{color:red}",
    "data:image/png;base64,iVBORw0KGgo=",
    "ftp://127.0.0.1/x",
    "javascript:alert(1)",
]


@pytest.mark.parametrize("path", OWN_FILES, ids=lambda p: p.name)
def test_serves_the_stylesheet_and_the_fonts(path):
    fetcher = StaticOnlyFetcher()
    response = fetcher.fetch(path.as_uri())
    assert response.read() == path.read_bytes()
    assert fetcher.served == [path.as_uri()] and fetcher.refused == []


@pytest.mark.parametrize("url", REFUSED)
def test_refuses_every_other_url(url):
    fetcher = StaticOnlyFetcher()
    with pytest.raises(RefusedURL):
        fetcher.fetch(url)
    assert fetcher.refused == [url] and fetcher.served == []


def test_hostile_html_fetches_nothing():
    """Even markup that escaped the template could not reach anything."""
    html = """<html><head>
      <link rel="stylesheet" href="http://127.0.0.1:9/a.css">
      <link rel="stylesheet" href="file:///etc/passwd">
      <style>@import url(https://example.org/b.css);
        p { background: url(file:///etc/passwd) }
        @font-face { font-family: x; src: url(http://127.0.0.1:9/f.ttf) }
        h1 { background-image: url(data:image/png;base64,iVBORw0KGgo=) }</style>
    </head><body>
      <h1>x</h1><p>y</p>
      <img src="http://127.0.0.1:9/x"><img src="../../../etc/passwd">
      <object data="file:///etc/hostname"></object><embed src="http://127.0.0.1:9/e">
      <svg><image href="http://127.0.0.1:9/s.png"/></svg>
    </body></html>"""
    fetcher = StaticOnlyFetcher()
    pdf = html_to_pdf(html, fetcher)
    assert pdf.startswith(b"%PDF")
    assert fetcher.served == []
    refused = " ".join(fetcher.refused)
    for url in (
        "http://127.0.0.1:9/a.css",
        "file:///etc/passwd",
        "https://example.org/b.css",
        "http://127.0.0.1:9/f.ttf",
        "http://127.0.0.1:9/x",
        "data:image/png",
    ):
        assert url in refused


@pytest.mark.parametrize("language", LANGUAGES)
def test_hostile_name_is_printed_as_text_and_fetches_nothing(rendered, language):
    pdf, fetcher, html = rendered("RELEASE", language, HOSTILE_NAME)
    assert fetcher.refused == []
    own = {p.resolve().as_uri() for p in OWN_FILES}
    assert set(fetcher.served) <= own  # at most our own files (loaded once per process)
    assert "<img" not in html.split('class="name-value">', 1)[1].split("</p>", 1)[0]
    assert "&lt;img src=http://127.0.0.1:9/x&gt;" in html
    assert HOSTILE_NAME in text(pdf)


def test_name_is_one_short_line():
    from wizard.checklist import NAME_MAX_LENGTH, clean_name

    assert clean_name("  Amina\n\tTesfay\x00 ") == "Amina Tesfay"
    assert clean_name(None) == "" and clean_name(["x"]) == ""
    assert len(clean_name("x" * 500)) == NAME_MAX_LENGTH
