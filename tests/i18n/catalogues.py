"""Read the project's message catalogues (gettext .po files) for the tests."""

from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "locale"
LANGUAGES = ("nl", "en", "ar", "ti")

PLURAL_FORMS = {
    "nl": "nplurals=2; plural=(n != 1);",
    "en": "nplurals=2; plural=(n != 1);",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
    "n%100>=11 && n%100<=99 ? 4 : 5);",
    "ti": "nplurals=2; plural=(n > 1);",
}


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "django.po"


@cache
def catalogue(lang: str):
    with po_path(lang).open("rb") as handle:
        return read_po(handle, locale=None, abort_invalid=True)


def messages(lang: str):
    """Every real entry (not the header, not obsolete)."""
    return [m for m in catalogue(lang) if m.id]


def plural_forms_header(lang: str) -> str:
    """The Plural-Forms value of the catalogue's header entry (which may be wrapped over lines)."""
    text = po_path(lang).read_text(encoding="utf-8")
    header_entry = text[text.index('msgid ""') :].split("\n\n", 1)[0]
    quoted = [line.strip()[1:-1] for line in header_entry.splitlines() if line.strip().startswith('"')]
    for field in "".join(quoted).split("\\n"):
        if field.startswith("Plural-Forms:"):
            return field[len("Plural-Forms:") :].strip()
    return ""


def strings(message):
    """msgid(s) and msgstr(s) of one entry as tuples."""
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    strs = message.string if isinstance(message.string, tuple) else (message.string,)
    return ids, strs
