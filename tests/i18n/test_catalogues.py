"""Every message in every catalogue is there, translated, not fuzzy, with the same placeholders.

The catalogues must also be up to date with the code: a string in a template or in Python that
is not in the catalogues would show in English on every page.
"""

import re
import shutil
import subprocess
import sys

import pytest

from .catalogues import LANGUAGES, PLURAL_FORMS, ROOT, catalogue, messages, plural_forms_header, strings

PERCENT = re.compile(r"%(?:\((\w+)\))?[-#0 +]*\d*(?:\.\d+)?([sdifr%])")
BRACES = re.compile(r"\{(\w*)\}")


def placeholders(text: str) -> tuple:
    percent = sorted(f"%({name}){kind}" if name else f"%{kind}" for name, kind in PERCENT.findall(text) if kind != "%")
    return percent, sorted(BRACES.findall(text))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_forms_header(lang):
    assert plural_forms_header(lang) == PLURAL_FORMS[lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_message_is_missing_empty_or_fuzzy(lang):
    problems = []
    for message in messages(lang):
        ids, strs = strings(message)
        if message.fuzzy:
            problems.append(f"fuzzy: {ids[0]!r}")
        if any(not s.strip() for s in strs):
            problems.append(f"empty: {ids[0]!r}")
    assert not problems, f"{lang}: {len(problems)} problems, first: " + "; ".join(problems[:10])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_entries_have_every_form(lang):
    expected = int(re.search(r"nplurals=(\d)", PLURAL_FORMS[lang])[1])
    for message in messages(lang):
        if message.pluralizable:
            ids, strs = strings(message)
            assert len(strs) == expected, (lang, ids[0], len(strs))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_are_the_same_in_msgid_and_msgstr(lang):
    problems = []
    for message in messages(lang):
        ids, strs = strings(message)
        wanted = placeholders(ids[-1])
        for s in strs:
            # A singular form may leave out the count ("one hour"); it may not invent or rename one.
            have = placeholders(s)
            if message.pluralizable:
                ok = set(have[0]) <= set(wanted[0]) and set(have[1]) <= set(wanted[1])
            else:
                ok = have == wanted
            if not ok and s.strip():
                problems.append(f"{ids[0]!r}: {have} != {wanted}")
    assert not problems, f"{lang}: " + "; ".join(problems[:10])


def test_every_catalogue_has_the_same_messages():
    keys = {lang: {(m.context, strings(m)[0]) for m in messages(lang)} for lang in LANGUAGES}
    for lang in LANGUAGES[1:]:
        assert keys[lang] == keys["nl"], (lang, sorted(keys[lang] ^ keys["nl"])[:5])


def test_english_catalogue_says_what_the_source_says():
    for message in messages("en"):
        ids, strs = strings(message)
        assert strs[0] == ids[0] and strs[-1] == ids[-1], ids[0]


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs GNU gettext (installed by make)")
def test_catalogues_hold_every_string_of_the_code(tmp_path):
    """Extract the strings again into a scratch copy of the project and compare."""
    for name in ("manage.py", "inburgering_site", "wizard", "templates"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    (tmp_path / "locale").mkdir()
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "-v", "0"],
        cwd=tmp_path,
        check=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_DEBUG": "1"},
    )
    from babel.messages.pofile import read_po

    with (tmp_path / "locale" / "en" / "LC_MESSAGES" / "django.po").open("rb") as handle:
        extracted = {(m.context, m.id) for m in read_po(handle) if m.id}
    ours = {(m.context, m.id) for m in catalogue("en") if m.id}
    assert not extracted - ours, f"not in the catalogues (run `make catalogues`): {sorted(extracted - ours)[:10]}"
    assert not ours - extracted, f"no longer used (run `make catalogues`): {sorted(ours - extracted)[:10]}"
