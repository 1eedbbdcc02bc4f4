"""Reading a checklist PDF back (pypdf): its text, its fonts, and the glyphs drawn with each font.

pypdf's own text extraction is used for Latin text. For right-to-left Arabic it returns raw
glyph codes, so `glyph_runs` decodes every text run itself through each font's ToUnicode map.
"""

from __future__ import annotations

import io
import re
import unicodedata

import pypdf

FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def text(pdf: bytes) -> str:
    """All pages' text, whitespace collapsed (lines wrap anywhere on paper)."""
    raw = " ".join(page.extract_text() for page in reader(pdf).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", raw))


def outline(pdf: bytes) -> list:
    """The PDF's bookmarks, in order: (depth, title)."""

    def walk(items, depth=0):
        found = []
        for item in items:
            found += walk(item, depth + 1) if isinstance(item, list) else [(depth, item.title)]
        return found

    return walk(reader(pdf).outline)


def fonts(pdf: bytes) -> dict:
    """Every font used on any page: base name -> font dictionary."""
    found = {}
    for page in reader(pdf).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def descriptor(font) -> dict:
    if font["/Subtype"] == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    return font["/FontDescriptor"].get_object()


def embedded(font) -> bool:
    return any(key in descriptor(font) for key in FONT_FILES)


def to_unicode(font) -> dict:
    """Glyph code -> text, from the font's ToUnicode CMap (bfchar and bfrange entries)."""
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    table = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, target in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            table[int(code, 16)] = bytes.fromhex(target).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for low, high, start in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            first = bytes.fromhex(start).decode("utf-16-be")
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                table[code] = first[:-1] + chr(ord(first[-1]) + offset)
    return table


# WeasyPrint writes every glyph run as hex strings: "/F1 10 Tf", "[<0012003a> -20 <0044>] TJ".
_OPERATION = re.compile(rb"/([^\s/\[\]<>()]+)\s+[-\d.]+\s+Tf|\[((?:[^\]()]|\([^)]*\))*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj")
_HEX = re.compile(rb"<([0-9a-fA-F]*)>")


def glyph_runs(pdf: bytes) -> list:
    """Every text-showing operation: (font base name, [glyph codes], [text of each glyph or None])."""
    runs = []
    for page in reader(pdf).pages:
        page_fonts = {str(name)[1:]: f.get_object() for name, f in (page["/Resources"].get("/Font") or {}).items()}
        maps = {name: to_unicode(f) for name, f in page_fonts.items()}
        current = None
        for match in _OPERATION.finditer(page.get_contents().get_data()):
            font, array, single = match.groups()
            if font is not None:
                current = font.decode()
                continue
            hex_strings = _HEX.findall(array) if array is not None else [single]
            data = bytes.fromhex(b"".join(hex_strings).decode())
            codes = [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)]
            runs.append((str(page_fonts[current]["/BaseFont"]), codes, [maps[current].get(c) for c in codes]))
    return runs


def run_texts(pdf: bytes) -> set:
    """The text of each glyph run (a table cell's figure is a run of its own); Arabic runs are
    drawn right to left, so they are turned back to reading order."""
    texts = set()
    for font, _, glyphs in glyph_runs(pdf):
        parts = [g or "" for g in glyphs]
        if "Naskh" in font:
            parts.reverse()
        texts.add("".join(parts).strip())
    return texts
