"""Arabic and Dutch on one paper: each language's run in its own direction, pairs kept together.

WeasyPrint 70 has no unicode-bidi, so the checklist isolates by structure: the page footer has one
line per language, and a quoted or bracketed Dutch term inside Arabic text is one left-to-right
piece (wizard/pdf_rtl_runs.py). A page break does not part "it is usually:" from the address.
"""

import re

import pytest

from wizard.pdf import html_to_pdf
from wizard.pdf_rtl_runs import isolate_latin_runs

from .pdfread import reader, run_texts

RUN = '<span class="ltr-run" dir="ltr" lang="nl">{}</span>'


@pytest.mark.parametrize(
    "text, runs",
    [
        ("<li>اطبع النموذج «Verklaring deelname cursus»، واملأه.</li>", ["«Verklaring deelname cursus»"]),
        (
            "<h2>إعفاء (ontheffing aantoonbaar geleverde inspanningen) أو</h2>",
            ["(ontheffing aantoonbaar geleverde inspanningen)"],
        ),
        (
            "<p>تصريح إقامة (verblijfsvergunning, IND) (medisch advies, onafhankelijk medisch adviseur)</p>",
            ["(verblijfsvergunning, IND)", "(medisch advies, onafhankelijk medisch adviseur)"],
        ),
        ("<p>إصدار القواعد: 2026-11-22.</p>", ["2026-11-22"]),
        (
            "<li>اطبع «Aanvraag ontheffing (verklaring deelname cursus)»، واملأه.</li>",
            ["«Aanvraag ontheffing (verklaring deelname cursus)»"],
        ),
        (  # a way's Arabic title in marks: its bracketed Dutch term inside them
            "<p>الطريق «إعفاء بسبب الجهود (ontheffing aantoonbaar geleverde inspanningen) بعد دورة» يناسبك.</p>",
            ["(ontheffing aantoonbaar geleverde inspanningen)"],
        ),
    ],
)
def test_latin_runs_in_arabic_text_are_isolated_with_their_marks(text, runs):
    out = isolate_latin_runs(text)
    for run in runs:
        assert RUN.format(run) in out, out
    assert re.sub(r"<[^>]+>", "", out) == re.sub(r"<[^>]+>", "", text)  # the text itself is unchanged


@pytest.mark.parametrize(
    "text",
    [
        '<span class="nl" lang="nl" dir="ltr">Print het formulier (verklaring deelname cursus), 2026-11-22.</span>',
        "<p>بين قوسين (كلمة عربية) «نص عربي».</p>",
        "<h2>إعفاء بعد دورة الاندماج (inburgeringscursus) أو (Nt2)</h2>",  # one word: it cannot come apart
    ],
)
def test_dutch_lines_and_arabic_in_marks_are_left_alone(text):
    assert isolate_latin_runs(text) == text


def test_the_arabic_checklist_isolates_the_form_names(rendered):
    _, _, html = rendered("RELEASE", "ar")
    assert re.search(r'<span class="ltr-run" dir="ltr" lang="nl">«[^<]+»</span>', html)
    assert not re.search(r"«[^<«»]*[A-Za-z][^<«»]*»(?!</span>)", html)


@pytest.mark.parametrize("language", ["en", "ti", "nl"])
def test_left_to_right_checklists_are_untouched(rendered, language):
    _, _, html = rendered("RELEASE", language)
    assert "ltr-run" not in html


def footer(html: str) -> str:
    return re.search(r'<footer class="page-footer">(.*?)</footer>', html, re.S).group(1)


def test_the_arabic_page_footer_has_one_line_per_language(rendered):
    _, _, html = rendered("RELEASE", "ar")
    lines = re.findall(r"<p ([^>]*)>(.*?)</p>", footer(html), re.S)
    assert [attrs for attrs, _ in lines] == ['lang="ar" dir="rtl"', 'class="nl" dir="ltr"']
    arabic, dutch = (text for _, text in lines)
    assert "<span" not in arabic.replace('<span class="ltr-run"', "")  # no Dutch inside the Arabic line
    assert "Dit is geen besluit." in dutch and not re.search(r"[\u0600-\u06FF]", dutch)
    assert re.search(r"[\u0600-\u06FF]", arabic)


def test_the_arabic_footer_is_printed_as_two_lines(rendered):
    pdf, _, _ = rendered("RELEASE", "ar")
    text = reader(pdf).pages[0].extract_text()
    dutch = next(line for line in text.splitlines() if "Dit is geen besluit" in line)
    assert not re.search(r"[\u0600-\u06FF\uFE70-\uFEFF]", dutch), dutch
    assert dutch.strip().startswith("Dit is geen besluit."), dutch


def test_the_dutch_checklist_has_a_one_line_footer(rendered):
    _, _, html = rendered("RELEASE", "nl")
    assert len(re.findall(r"<p\b", footer(html))) == 1


SEND = """<div class="send"><h3>Where to send it</h3><p>MARK-TO It is usually:</p>
<div class="envelope"><p class="envelope-label">Address</p><address lang="nl" dir="ltr">
<span class="line">MARK-ADDRESS DUO</span><span class="line">Postbus 1</span><span class="line">9700 AA Groningen</span>
</address></div></div>"""


@pytest.mark.parametrize("filler", range(34, 44))
def test_it_is_usually_and_the_address_stay_on_one_page(filler):
    """Whatever comes before pushes the block to the foot of a page: the block moves whole."""
    html = (
        '<html lang="en" dir="ltr"><body>'
        + "".join(f"<p>Line {i}</p>" for i in range(filler))
        + SEND
        + "</body></html>"
    )
    pages = [page.extract_text() for page in reader(html_to_pdf(html)).pages]
    to = next(i for i, text in enumerate(pages) if "MARK-TO" in text)
    address = next(i for i, text in enumerate(pages) if "MARK-ADDRESS" in text)
    assert to == address


def test_the_route_keeps_the_address_with_its_lead_in(rendered):
    _, _, html = rendered("RELEASE", "en")
    start = html.index('<div class="send">')
    block = html[start : html.index("</address>", start)]
    assert "usually" in block and block.count("<h3") == 1 and "</div>\n  </div>" not in block


@pytest.mark.parametrize("language", ["ar", "en"])
def test_page_numbers_read_page_then_pages_in_every_direction(rendered, language):
    """'1 / 4' on each page; on an Arabic page the numbers came out the other way round ('4 / 1')."""
    pdf, _, _ = rendered("RELEASE", language)
    pages = len(reader(pdf).pages)
    assert pages > 1
    numbers = {t for t in run_texts(pdf) if re.fullmatch(r"\d+ / \d+", t)}
    assert numbers == {f"{page} / {pages}" for page in range(1, pages + 1)}
