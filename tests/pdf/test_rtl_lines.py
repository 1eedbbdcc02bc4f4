"""wizard/pdf_rtl_lines.py: each right-to-left line is laid out once, and the paper is the same.

WeasyPrint 70.0 lays out every line of a right-to-left block twice (its check whether a float
moved the line compares with a width of 0). The workaround changes that one comparison. These
tests count the passes of each Arabic line, with WeasyPrint's own function and with ours, and
compare what is drawn on every page.
"""

import pytest
from weasyprint.layout import inline

from wizard import pdf_rtl_lines
from wizard.pdf import checklist_html, html_to_pdf

from . import samples
from .pdfread import reader


def test_applied_to_the_pinned_weasyprint():
    assert pdf_rtl_lines.applied(), (
        f"WeasyPrint is not {pdf_rtl_lines.VERSION}, or its get_next_linebox changed: check whether it still lays "
        "out right-to-left lines twice, then update or remove wizard/pdf_rtl_lines.py"
    )


def render_counting(html: str, get_next_linebox, monkeypatch) -> tuple:
    """(pdf, right-to-left lines asked for, passes over them) with this get_next_linebox."""
    counts = {"lines": 0, "passes": 0}
    split_inline_box = inline.split_inline_box

    def next_line(context, linebox, position_y, bottom_space, skip_stack, containing_block, *args):
        if containing_block.style["direction"] == "rtl":
            counts["lines"] += 1
        return get_next_linebox(context, linebox, position_y, bottom_space, skip_stack, containing_block, *args)

    def split(context, box, *args):
        if isinstance(box, inline.boxes.LineBox) and box.style["direction"] == "rtl":
            counts["passes"] += 1
        return split_inline_box(context, box, *args)

    with monkeypatch.context() as patch:
        patch.setattr(inline, "get_next_linebox", next_line)
        patch.setattr(inline, "split_inline_box", split)
        pdf = html_to_pdf(html)
    return pdf, counts["lines"], counts["passes"]


def drawn(pdf: bytes) -> list:
    """What each page draws: its content stream, every operator and position."""
    return [page.get_contents().get_data() for page in reader(pdf).pages]


@pytest.mark.parametrize("sample", ["RELEASE", "PERMIT"])
def test_each_arabic_line_is_laid_out_once_and_the_paper_is_the_same(sample, monkeypatch):
    html = checklist_html(getattr(samples, sample), "ar")
    theirs, _, their_passes = render_counting(html, pdf_rtl_lines.ORIGINAL, monkeypatch)
    ours, lines, our_passes = render_counting(html, inline.get_next_linebox, monkeypatch)
    assert lines > 100
    assert our_passes == lines
    # WeasyPrint 70.0's own: every line twice (and a status tag's line once more, inside its line's second pass).
    assert their_passes >= 2 * lines
    assert drawn(ours) == drawn(theirs)


def test_left_to_right_lines_are_not_touched(monkeypatch):
    html = checklist_html(samples.RELEASE, "en")
    theirs, lines, _ = render_counting(html, pdf_rtl_lines.ORIGINAL, monkeypatch)
    ours, _, _ = render_counting(html, inline.get_next_linebox, monkeypatch)
    assert lines == 0
    assert drawn(ours) == drawn(theirs)
