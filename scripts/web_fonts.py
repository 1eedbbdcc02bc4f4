"""The web fonts: small WOFF2 subsets of the shipped Noto fonts, and static/css/fonts.css.

    .venv/bin/python scripts/web_fonts.py           # write static/fonts/web/*.woff2 and static/css/fonts.css
    .venv/bin/python scripts/web_fonts.py --check   # exit 1 if a subset or fonts.css is out of date

A phone or computer without a font for Ge'ez or Arabic script would draw Tigrinya or Arabic as
empty boxes. The pages name our own Noto fonts (static/fonts/*.ttf, SIL Open Font License) after
the device's fonts, `local()` first, so a device that has Noto downloads nothing:

- for each script, regular and bold: the letters the catalogue (locale/<lang>/LC_MESSAGES/django.po)
  and the templates use, the month and day names the pages may show (CLDR, via Babel) and the
  script's own punctuation and digits. Its `unicode-range` is the script's blocks, so a browser
  fetches it only for a page that has text in that script.
- for the language links ("العربية", "ትግርኛ") on every page: a subset of just the letters of that
  name, regular only, so a Dutch or English page fetches a few KB and nothing else.

Run it again after the ar or ti catalogue changes: tests/i18n/test_web_fonts.py fails until then.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from babel import Locale
from babel.messages.pofile import read_po
from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
SOURCE_FONTS = ROOT / "static" / "fonts"
WEB_FONTS = SOURCE_FONTS / "web"
STYLESHEET = ROOT / "static" / "css" / "fonts.css"
TEMPLATE_DIRS = (ROOT / "templates", ROOT / "wizard" / "jinja2")
BUDGET = 40_000  # bytes, each font file

# Each script's Unicode blocks: the `unicode-range` of its faces.
ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
ETHIOPIC = ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F))
# Always in the subset: the script's punctuation and digits (Arabic comma, semicolon, question mark,
# percent and decimal signs, Arabic-Indic digits; the Ethiopic word space, full stop, comma, colons
# and question mark) and the joiners and direction marks the shaping may need.
ALWAYS = {
    "ar": {0x060C, 0x061B, 0x061F, 0x066A, 0x066B, 0x066C, *range(0x0660, 0x066A), 0x200C, 0x200D, 0x200E, 0x200F},
    "ti": {*range(0x1360, 0x1369), 0x200C, 0x200D},
}
# CLDR locales whose month and day names a page may show in that language (Arabic: Levant and Iraq too).
DATE_LOCALES = {"ar": ("ar", "ar_SY", "ar_IQ"), "ti": ("ti",)}

# The page's font stack (static/css/site.css used to hold it): the device's fonts first.
DEVICE_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans"'
GENERIC = "Arial, sans-serif"


@dataclass(frozen=True)
class Face:
    family: str  # the CSS family name
    source: str  # the shipped font's stem ("NotoSansEthiopic") and style
    style: str  # "Regular" or "Bold"
    language: str  # whose letters: "ar" or "ti"
    link: bool  # the language link's few letters only
    local: tuple  # local() names, first

    @property
    def weight(self) -> int:
        return 700 if self.style == "Bold" else 400

    @property
    def file_name(self) -> str:
        return f"{self.source}-{self.style}{'-link' if self.link else ''}.woff2"

    @property
    def path(self) -> Path:
        return WEB_FONTS / self.file_name

    @property
    def blocks(self):
        return ARABIC if self.language == "ar" else ETHIOPIC


def _faces():
    kinds = {
        "ar": ("Inburgering Arabic", "NotoNaskhArabic", "Noto Naskh Arabic"),
        "ti": ("Inburgering Ethiopic", "NotoSansEthiopic", "Noto Sans Ethiopic"),
    }
    out = []
    for language, (family, stem, full) in kinds.items():
        for style in ("Regular", "Bold"):
            local = (f"{full} {style}" if style == "Bold" else full, f"{stem}-{style}")
            out.append(Face(family, stem, style, language, False, local))
        out.append(Face(family + " Link", stem, "Regular", language, True, (full, f"{stem}-Regular")))
    return tuple(out)


FACES = _faces()


def in_blocks(code: int, blocks) -> bool:
    return any(low <= code <= high for low, high in blocks)


def language_name(language: str) -> str:
    """The language's name in itself, as the language links show it (wizard/templatetags/wizard_tags.py)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "inburgering_site.settings")
    from django.conf import settings
    from django.conf.locale import LANG_INFO

    fallback = dict(settings.LANGUAGES)[language]  # reading settings also adds "ti" to LANG_INFO
    return LANG_INFO.get(language, {}).get("name_local", fallback)


def catalogue_text(language: str) -> str:
    with open(ROOT / "locale" / language / "LC_MESSAGES" / "django.po", "rb") as handle:
        catalog = read_po(handle)
    parts = []
    for message in catalog:
        strings = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
        parts += [s for s in strings if s]
    return "\n".join(parts)


def templates_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for d in TEMPLATE_DIRS for p in sorted(d.rglob("*.html")))


def dates_text(language: str) -> str:
    parts = []
    for code in DATE_LOCALES[language]:
        locale = Locale.parse(code)
        for names in (locale.months, locale.days):
            for context in names.values():
                for width in context.values():
                    parts += list(width.values())
    return " ".join(parts)


def needed(face: Face) -> set[int]:
    """The code points a face must hold."""
    if face.link:
        text = language_name(face.language)
        return {ord(ch) for ch in text if in_blocks(ord(ch), face.blocks)}
    text = "".join(
        (catalogue_text(face.language), templates_text(), dates_text(face.language), language_name(face.language))
    )
    return {ord(ch) for ch in text if in_blocks(ord(ch), face.blocks)} | ALWAYS[face.language]


def build(face: Face) -> bytes:
    """The face's WOFF2 subset: its letters with every form and ligature the shaping may pick."""
    font = TTFont(SOURCE_FONTS / f"{face.source}-{face.style}.ttf", recalcTimestamp=False)  # same bytes each run
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # init/medi/fina, ligatures, marks: whatever the text may need
    options.hinting = False  # phones and current browsers do not use TrueType hints
    options.desubroutinize = True  # compresses better
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(needed(face)))
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff2"
    font.save(out)
    return out.getvalue()


def unicode_range(face: Face) -> str:
    if face.link:
        return ", ".join(f"U+{code:04X}" for code in sorted(needed(face)))
    return ", ".join(f"U+{low:04X}-{high:04X}" for low, high in face.blocks)


def stylesheet() -> str:
    faces = []
    for face in FACES:
        local = ", ".join(f'local("{name}")' for name in face.local)
        faces.append(
            f'@font-face {{ font-family: "{face.family}"; font-weight: {face.weight}; font-display: swap;\n'
            f'  src: {local}, url("../fonts/web/{face.file_name}") format("woff2");\n'
            f"  unicode-range: {unicode_range(face)}; }}"
        )

    def stack(link: bool) -> str:
        family = {f.language: f'"{f.family}"' for f in FACES if f.link == link}
        return f"{family['ti']}, {DEVICE_FONTS}, {family['ar']}, {GENERIC}"

    return (
        "/* Written by scripts/web_fonts.py from the catalogues and templates: run it again, do not edit.\n"
        "   Our own Noto fonts (static/fonts/OFL.txt) for Arabic and Ge'ez script, after the device's fonts\n"
        "   and local() first; a browser fetches a face only for a character in its unicode-range. */\n"
        + "\n".join(faces)
        + "\n"
        "/* Ge'ez script before the device's fonts: Chromium on Linux takes system-ui for an element in\n"
        '   lang="ti" to cover Ge\'ez even when that font has no such letter, and draws empty boxes.\n'
        "   Arabic after them: nearly every device has an Arabic font of its own. */\n"
        f"body {{ font-family: {stack(False)}; }}\n"
        "/* The other languages' links: a face of just their letters, so a Dutch page fetches no more. */\n"
        f".languages a[lang]:not([aria-current]) {{ font-family: {stack(True)}; }}\n"
    )


def cmap(path: Path) -> set[int]:
    return set(TTFont(path, lazy=True).getBestCmap())


def missing(face: Face) -> set[int]:
    """Code points the face must hold and its file lacks (those the source font has at all)."""
    if not face.path.exists():
        return needed(face)
    source = cmap(SOURCE_FONTS / f"{face.source}-{face.style}.ttf")
    return (needed(face) & source) - cmap(face.path)


def write() -> None:
    WEB_FONTS.mkdir(exist_ok=True)
    for face in FACES:
        data = build(face)
        face.path.write_bytes(data)
        flag = "" if len(data) <= BUDGET else f"  OVER the {BUDGET // 1000} KB budget"
        print(f"{face.path.relative_to(ROOT)}: {len(data):,} bytes, {len(needed(face))} characters{flag}")
    STYLESHEET.write_text(stylesheet(), encoding="utf-8")
    print(f"{STYLESHEET.relative_to(ROOT)} written")


def check() -> list[str]:
    problems = [
        f"{face.file_name} lacks {''.join(map(chr, sorted(gaps)))}" for face in FACES if (gaps := missing(face))
    ]
    if not STYLESHEET.exists() or STYLESHEET.read_text(encoding="utf-8") != stylesheet():
        problems.append(f"{STYLESHEET.relative_to(ROOT)} is out of date")
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the subsets are up to date")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    write()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_DEBUG", "1")  # only settings.LANGUAGES is read: no secret key needed
    sys.exit(main())
