"""Fonts: every font in the PDF is one of the shipped files, embedded, and has every glyph drawn
(no .notdef box), so the paper is the same on every machine, in Arabic and Ge'ez script too."""

import logging
from functools import lru_cache

import pytest
from fontTools.ttLib import TTFont

from wizard.pdf import FONTS_DIR, html_to_pdf

from .pdfread import embedded, fonts, glyph_runs, run_texts
from .samples import ARABIC_NAME, GEEZ_NAME, LANGUAGES

# The @font-face families of static/pdf/checklist.css and the files behind them.
FAMILIES = {
    "Checklist-Sans": "NotoSans",
    "Checklist-Naskh": "NotoNaskhArabic",
    "Checklist-Ethiopic": "NotoSansEthiopic",
}


@lru_cache
def cmap(file_name: str) -> set:
    return set(TTFont(FONTS_DIR / file_name, lazy=True).getBestCmap())


def shipped_file(base_font: str) -> str:
    """'ABCDEF+Checklist-Naskh-Bold' -> 'NotoNaskhArabic-Bold.ttf'; fails for any other font."""
    name = base_font.lstrip("/").split("+", 1)[1]
    for family, stem in FAMILIES.items():
        if name == family:
            return f"{stem}-Regular.ttf"
        if name == family + "-Bold":
            return f"{stem}-Bold.ttf"
    raise AssertionError(f"a font that is not shipped: {base_font}")


def assert_every_glyph_in_a_shipped_font(pdf: bytes):
    for base_font, codes, texts in glyph_runs(pdf):
        supported = cmap(shipped_file(base_font))
        for code, text in zip(codes, texts):
            assert code != 0, f".notdef drawn with {base_font}"
            assert text is not None, f"glyph {code} of {base_font} has no text"
            for char in text:
                assert ord(char) in supported or char.isspace(), f"U+{ord(char):04X} is not in {base_font}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_font_is_shipped_and_embedded(rendered, language):
    pdf, _, _ = rendered("PERMIT", language)
    used = fonts(pdf)
    assert used
    for base_font, font in used.items():
        assert embedded(font), f"{base_font} is not embedded"
        shipped_file(base_font)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_glyph_is_missing(rendered, language):
    pdf, _, _ = rendered("PERMIT", language)
    assert_every_glyph_in_a_shipped_font(pdf)


@pytest.mark.parametrize("language", ["ar", "ti"])
def test_the_dutch_line_under_each_item_is_drawn_in_the_latin_font(rendered, language):
    """The Dutch line is chosen by its class (static/pdf/checklist.css .nl), not by a lang attribute:
    on an Arabic or Tigrinya page it is still drawn in Noto Sans, as Dutch text is."""
    pdf, _, html = rendered("RELEASE", language)
    assert '<span class="nl" dir="ltr">' in html and 'class="nl" lang=' not in html
    dutch_runs = [font for font, _, glyphs in glyph_runs(pdf) if "geen besluit" in "".join(g or "" for g in glyphs)]
    assert dutch_runs and all(shipped_file(font).startswith("NotoSans-") for font in dutch_runs)


@pytest.mark.parametrize("language", ["ar", "ti"])
def test_arabic_and_geez_names_round_trip(rendered, language):
    for name in (ARABIC_NAME, GEEZ_NAME):
        pdf, _, _ = rendered("RELEASE", language, name)
        assert name in run_texts(pdf)
        assert_every_glyph_in_a_shipped_font(pdf)


def test_the_check_finds_a_missing_glyph(caplog):
    """A character none of the fonts has is caught (here U+10FFFD, a private-use character)."""
    logger = logging.getLogger("weasyprint")
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        with caplog.at_level(logging.WARNING, logger="weasyprint"):
            pdf = html_to_pdf('<html lang="ar" dir="rtl"><body><p>\U0010fffd</p></body></html>')
    finally:
        logger.setLevel(level)
    assert ".notdef" in caplog.text
    with pytest.raises(AssertionError):
        assert_every_glyph_in_a_shipped_font(pdf)


def test_checklist_draws_no_notdef_warning(caplog):
    from wizard.pdf import render_checklist_pdf

    from .samples import RELEASE

    logger = logging.getLogger("weasyprint")
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        with caplog.at_level(logging.WARNING, logger="weasyprint"):
            render_checklist_pdf(RELEASE, "ti", name=GEEZ_NAME)
    finally:
        logger.setLevel(level)
    assert ".notdef" not in caplog.text
