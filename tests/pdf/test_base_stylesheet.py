"""The checklist's own user-agent stylesheet (static/pdf/base.css) changes nothing on paper.

wizard/pdf.py gives WeasyPrint a cut-down user-agent stylesheet, because matching WeasyPrint's full
one took about a tenth of a checklist's time. These tests render the same checklists with both and
compare every piece of text: same pages, same place, same size, and the same PDF outline.
"""

import pytest
import weasyprint

from wizard.pdf import BASE_STYLESHEET, ChecklistHTML, checklist_html, html_to_pdf

from . import samples
from .pdfread import outline, reader


def layout(pdf: bytes) -> list:
    """Each piece of text drawn: (page, x, y, font size, text)."""
    pieces = []
    for number, page in enumerate(reader(pdf).pages):
        page.extract_text(
            visitor_text=lambda text, cm, tm, font, size, n=number: (
                pieces.append((n, round(tm[4], 1), round(tm[5], 1), round(size * tm[0], 2), text))
                if text.strip()
                else None
            )
        )
    return pieces


def with_weasyprints_own_stylesheet(html: str, monkeypatch) -> bytes:
    used = []

    def theirs(self, forms=False):
        used.append(forms)
        return weasyprint.HTML._ua_stylesheets(self, forms)

    with monkeypatch.context() as patch:
        patch.setattr(ChecklistHTML, "_ua_stylesheets", theirs)
        pdf = html_to_pdf(html)
    assert used, "WeasyPrint did not ask for its user-agent stylesheet"
    return pdf


def test_weasyprint_still_has_the_hook_we_override():
    assert callable(getattr(weasyprint.HTML, "_ua_stylesheets", None))
    assert ChecklistHTML._ua_stylesheets is not weasyprint.HTML._ua_stylesheets


@pytest.mark.parametrize("scenario, language", [("RELEASE", "en"), ("RELEASE", "ar"), ("PERMIT", "ti")])
def test_the_checklist_looks_the_same_with_weasyprints_own_stylesheet(scenario, language, monkeypatch):
    from django.utils import translation

    with translation.override(language):
        html = checklist_html(getattr(samples, scenario), language, name="Amina")
    ours = html_to_pdf(html)
    theirs = with_weasyprints_own_stylesheet(html, monkeypatch)
    assert len(reader(ours).pages) == len(reader(theirs).pages) > 1
    assert layout(ours) == layout(theirs)
    assert outline(ours) == outline(theirs) != []


def test_the_comparison_sees_one_user_agent_rule_change(monkeypatch):
    """The comparison above is fine enough to see a user-agent rule that is not right."""
    from django.utils import translation

    with translation.override("en"):
        html = checklist_html(samples.RELEASE, "en")
    ours = html_to_pdf(html)
    wrong = weasyprint.CSS(string=BASE_STYLESHEET.read_text().replace("li { display: list-item }", ""))  # <li> inline
    monkeypatch.setattr(ChecklistHTML, "_ua_stylesheets", lambda self, forms=False: [wrong])
    assert layout(html_to_pdf(html)) != layout(ours)
