"""Every language's script is drawn with a font that has its letters (no empty boxes in the screenshots).

Chromium reports, for a node, which fonts drew its text and how many glyphs each drew
(DevTools protocol, CSS.getPlatformFontsForNode). The page's heading in each language must be
drawn by fonts that cover its script: Ge'ez for Tigrinya, Arabic for Arabic.
"""
import pytest

pytestmark = pytest.mark.browser

# A font family name that covers each script (the machine's, or the project's static/fonts).
SCRIPT_FONTS = {"ti": ("ethiopic", "abyssinica"), "ar": ("arabic", "naskh", "kufi", "dejavu")}
SCRIPT_RANGES = {"ti": (0x1200, 0x139F), "ar": (0x0600, 0x06FF)}


def fonts_drawing(page, selector):
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument")["root"]["nodeId"]
    node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    return session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]


@pytest.mark.parametrize("lang", sorted(SCRIPT_FONTS))
def test_the_script_has_a_font(new_page, lang):
    page = new_page()
    page.goto(f"/{lang}/")
    fonts = fonts_drawing(page, "main h1")
    assert fonts, "no font drew the heading"
    text = page.locator("main h1").inner_text()
    letters = sum(1 for ch in text if SCRIPT_RANGES[lang][0] <= ord(ch) <= SCRIPT_RANGES[lang][1])
    assert letters > 5, text  # the heading is in the language's own script
    covering = sum(f["glyphCount"] for f in fonts if any(n in f["familyName"].lower() for n in SCRIPT_FONTS[lang]))
    # Arabic joins some letters into one glyph (lam-alef), so a little under one glyph a letter.
    assert covering >= 0.8 * letters, (letters, fonts)
