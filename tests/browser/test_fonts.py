"""Every language's script is drawn with a font that has its letters (no empty boxes), on a computer
that has no font for it: the site serves its own (static/css/fonts.css, scripts/web_fonts.py).

Chromium reports, for a node, which fonts drew its text and how many glyphs each drew
(DevTools protocol, CSS.getPlatformFontsForNode; `isCustomFont` for a web font). The tests of
this file start their own Chromium without the project's fontconfig (tests/browser/conftest.py
gives the other tests the shipped fonts through FONTCONFIG_FILE), as a newcomer's computer would
be: this machine has no font for Ge'ez script at all.
"""

import os

import pytest

from scripts import web_fonts

from .conftest import CHROMIUM, CHROMIUM_ARGS

pytestmark = pytest.mark.browser

# A font family name that covers each script (the machine's, or the project's static/fonts).
SCRIPT_FONTS = {"ti": ("ethiopic", "abyssinica"), "ar": ("arabic", "naskh", "kufi", "dejavu")}
SCRIPT_RANGES = {"ti": (0x1200, 0x139F), "ar": (0x0600, 0x06FF)}
SCRIPT_FILES = {"ti": "NotoSansEthiopic", "ar": "NotoNaskhArabic"}
LINK_FILES = {face.file_name for face in web_fonts.FACES if face.link}
BIG_FILES = {face.file_name for face in web_fonts.FACES if not face.link}


@pytest.fixture(scope="module")
def bare_browser(browser):
    """Chromium with the machine's fonts only: no FONTCONFIG_FILE pointing at static/fonts."""
    env = {k: v for k, v in os.environ.items() if k != "FONTCONFIG_FILE"}
    bare = browser.browser_type.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True, env=env)
    yield bare
    bare.close()


@pytest.fixture
def bare_page(bare_browser, live_server):
    """A page in a fresh context of the bare browser, and the font files it fetched."""
    context = bare_browser.new_context(base_url=live_server.url, locale="en-GB")
    context.set_default_timeout(10_000)
    page = context.new_page()
    fetched = []
    page.on(
        "requestfinished",
        lambda request: fetched.append(request.url.rsplit("/", 1)[-1]) if request.url.endswith(".woff2") else None,
    )
    yield page, fetched
    context.close()


def open_page(page, path):
    """Open the page and wait until the fonts its text asked for are loaded (the layout starts the loads)."""
    page.goto(path)
    page.wait_for_load_state("load")
    page.evaluate("async () => { document.body.getBoundingClientRect(); await document.fonts.ready; }")
    page.wait_for_function("[...document.fonts].every(f => f.status !== 'loading')")


def fonts_drawing(page, selector):
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument")["root"]["nodeId"]
    node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    return session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]


def letters(text, lang):
    low, high = SCRIPT_RANGES[lang]
    return sum(1 for ch in text if low <= ord(ch) <= high)


@pytest.mark.parametrize("lang", sorted(SCRIPT_FONTS))
def test_the_script_has_a_font(new_page, lang):
    page = new_page()
    page.goto(f"/{lang}/")
    fonts = fonts_drawing(page, "main h1")
    assert fonts, "no font drew the heading"
    text = page.locator("main h1").inner_text()
    assert letters(text, lang) > 5, text  # the heading is in the language's own script
    covering = sum(f["glyphCount"] for f in fonts if any(n in f["familyName"].lower() for n in SCRIPT_FONTS[lang]))
    # Arabic joins some letters into one glyph (lam-alef), so a little under one glyph a letter.
    assert covering >= 0.8 * letters(text, lang), (letters, fonts)


def test_the_bare_machine_has_no_ethiopic_font(bare_page, live_server):
    """The premise of the tests below: without the served font, Ge'ez script has no font here."""
    page, _ = bare_page
    page.set_content('<p lang="ti" style="font-family: sans-serif">ትግርኛ ቋንቋ</p>')
    fonts = fonts_drawing(page, "p")
    assert not any("ethiopic" in f["familyName"].lower() or "abyssinica" in f["familyName"].lower() for f in fonts), (
        fonts
    )


@pytest.mark.parametrize("selector", ["main h1", "main p", "footer p"])
def test_tigrinya_renders_in_the_served_font(bare_page, selector):
    page, fetched = bare_page
    open_page(page, "/ti/")
    text = page.locator(selector).first.inner_text()
    assert letters(text, "ti") > 5, text
    fonts = fonts_drawing(page, selector)
    served = sum(f["glyphCount"] for f in fonts if f["isCustomFont"] and "ethiopic" in f["familyName"].lower())
    assert served >= letters(text, "ti"), fonts
    assert any(name.startswith(SCRIPT_FILES["ti"]) and name in BIG_FILES for name in fetched), fetched


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_dutch_or_english_page_fetches_only_the_language_links_letters(bare_page, lang):
    page, fetched = bare_page
    open_page(page, f"/{lang}/")
    assert set(fetched) <= LINK_FILES, fetched
    assert not set(fetched) & BIG_FILES, fetched
    # The Tigrinya link is drawn, in the served font, from the few letters of its own subset.
    link = 'nav.languages a[lang="ti"]'
    fonts = fonts_drawing(page, link)
    served = sum(f["glyphCount"] for f in fonts if f["isCustomFont"] and "ethiopic" in f["familyName"].lower())
    assert served == len(page.locator(link).inner_text().strip()), fonts
    assert f"{SCRIPT_FILES['ti']}-Regular-link.woff2" in fetched


def test_the_tigrinya_page_draws_no_empty_box(bare_page):
    """Every letter on the page is in a font: Chromium's count of glyphs by fonts covers the text."""
    page, _ = bare_page
    open_page(page, "/ti/")
    text = page.locator("main").inner_text()
    fonts = fonts_drawing(page, "main")
    drawn = {f["familyName"] for f in fonts}
    assert any("ethiopic" in name.lower() for name in drawn), drawn
    assert not any("last resort" in name.lower() for name in drawn), drawn
    assert letters(text, "ti") > 50
