"""The checklist's user-agent stylesheet: static/pdf/base.css in place of WeasyPrint's full one.

WeasyPrint styles every HTML element with its own user-agent stylesheet before ours; the checklist
uses a dozen elements, and base.css holds the defaults of just those. That was about a tenth of a
checklist's time on the benchmark machine (bench/pdf_speed.py, FINDINGS), for the same pages.

It leans on `HTML._ua_stylesheets`, the hook WeasyPrint's own HTML class uses (not a public API): this
module is the only place that does, and tests/pdf/test_base_stylesheet.py fails when a WeasyPrint
upgrade renames the hook or the pages come out different.
"""

from __future__ import annotations

from weasyprint import CSS, HTML


class ChecklistHTML(HTML):
    """WeasyPrint's HTML document with `user_agent_sheet` as its user-agent stylesheet."""

    user_agent_sheet: CSS | None = None  # set once a process by wizard/pdf.py, under its lock

    def _ua_stylesheets(self, forms=False):
        assert self.user_agent_sheet is not None, "wizard.pdf loads the stylesheet before a render"
        return [self.user_agent_sheet]
