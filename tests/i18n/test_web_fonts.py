"""The web fonts hold every letter the Arabic and Tigrinya pages use, and each stays small.

When a translation brings a letter the subset lacks, these tests fail until
`.venv/bin/python scripts/web_fonts.py` is run again (it rewrites the subsets and fonts.css).
"""

import re

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

from scripts import web_fonts

FACES = {face.file_name: face for face in web_fonts.FACES}


@pytest.mark.parametrize("name", sorted(FACES))
def test_every_letter_of_the_catalogue_is_in_the_subset(name):
    face = FACES[name]
    gaps = web_fonts.missing(face)
    assert not gaps, f"{name} lacks {''.join(map(chr, sorted(gaps)))}: run scripts/web_fonts.py"


@pytest.mark.parametrize("language", ["ar", "ti"])
def test_the_check_finds_a_letter_the_catalogue_gains(monkeypatch, language):
    """A new translation with a letter the subset does not have (Arabic ڤ, Ge'ez ⶀ) is caught."""
    new_letter = {"ar": "\u06a4", "ti": "\u2d80"}[language]
    real = web_fonts.catalogue_text
    monkeypatch.setattr(web_fonts, "catalogue_text", lambda lang: real(lang) + new_letter)
    face = next(f for f in web_fonts.FACES if f.language == language and not f.link)
    assert ord(new_letter) in web_fonts.missing(face)


def test_the_catalogue_letters_are_read():
    face = next(f for f in web_fonts.FACES if f.language == "ti" and not f.link)
    assert {ord(ch) for ch in "ትግርኛ ሓምለ ምኽሪ"} - {32} <= web_fonts.needed(face)


@pytest.mark.parametrize("name", sorted(FACES))
def test_each_font_file_is_within_budget(name):
    assert FACES[name].path.stat().st_size <= web_fonts.BUDGET


def test_the_link_subsets_hold_only_the_language_names():
    for face in web_fonts.FACES:
        if face.link:
            assert {chr(c) for c in web_fonts.cmap(face.path) if web_fonts.in_blocks(c, face.blocks)} == set(
                web_fonts.language_name(face.language)
            ) - {" "}
            assert face.path.stat().st_size <= 5_000  # a few KB


def test_fonts_css_is_what_the_script_writes():
    assert web_fonts.STYLESHEET.read_text(encoding="utf-8") == web_fonts.stylesheet()


def test_every_face_is_local_first_woff2_and_ranged():
    css = web_fonts.stylesheet()
    faces = re.findall(r"@font-face\s*\{(.*?)\}", css, re.S)
    assert len(faces) == len(web_fonts.FACES)
    for face in faces:
        src = re.search(r"src:\s*([^;]+);", face).group(1)
        assert src.startswith("local("), face
        urls = re.findall(r'url\("([^"]+)"\)\s*format\("woff2"\)', src)
        assert len(urls) == 1 and urls[0].startswith("../fonts/web/"), face
        assert finders.find("fonts/web/" + urls[0].rsplit("/", 1)[1]), urls
        assert "unicode-range:" in face


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "en", "ar", "ti"])
def test_every_page_links_the_fonts(language):
    html = Client().get(f"/{language}/").content.decode()
    assert 'href="/static/css/fonts.css"' in html


@pytest.mark.django_db
def test_the_font_files_are_served_as_woff2():
    for face in web_fonts.FACES:
        response = Client().get(f"/static/fonts/web/{face.file_name}")
        assert response.status_code == 200
        assert response["Content-Type"] == "font/woff2"


@pytest.mark.django_db
def test_the_link_subsets_hold_the_links_as_the_page_shows_them():
    html = Client().get("/nl/").content.decode()
    for face in web_fonts.FACES:
        if face.link:
            shown = re.search(rf'<a [^>]*lang="{face.language}"[^>]*>([^<]+)</a>', html).group(1)
            assert {ord(ch) for ch in shown} <= web_fonts.cmap(face.path), shown
