"""Latin words inside Arabic text on the checklist, each kept whole and in its own direction.

WeasyPrint 70 has no `unicode-bidi` (so neither `<bdi>` nor `isolate` does anything) and lays out
each line of a right-to-left paragraph from pieces. Two things go wrong with a Dutch term inside an
Arabic sentence:
- the quote marks around a form's name, «Naam van het formulier», are drawn unmirrored, so both
  look wrong way round (the web page, drawn by the browser, is right);
- brackets around a Dutch term, "(inburgeringscursus)", come apart when the term wraps;
- a date written with hyphens, 2026-11-22, is drawn back to front (22-11-2026).

`isolate_latin_runs(html)` puts each quoted or bracketed Latin run of an Arabic text, with its
marks, and each such figure, into `<span class="ltr-run" dir="ltr" lang="nl">`: the run is laid out left to right as one
piece (static/pdf/checklist.css makes it an inline block, which moves to the next line whole).
Only text that holds Arabic letters is touched: the Dutch lines under each item are left alone.
"""

from __future__ import annotations

import re
import unicodedata

# «...» with at least one Latin letter, no tag and no nested mark inside; (...) of Latin words with a
# space, where a line can break (a single word in brackets never comes apart, and each inline block
# costs layout time: wrapping every bracket made an Arabic checklist a third slower); and figures
# joined by hyphens or slashes (2026-11-22), which came out back to front.
INNER_RUN = r"\([^()<>\s]*[A-Za-z][^()<>]*\s[^()<>]*\)|[0-9]+(?:[-/][0-9]+)+"
LATIN_RUN = re.compile(r"«[^«»<>]*[A-Za-z][^«»<>]*»|" + INNER_RUN)
# Inside a quoted Arabic text (a way's title: «... (ontheffing aantoonbaar geleverde inspanningen) ...»),
# its bracketed Latin terms and figures.
INNER = re.compile(INNER_RUN)
TEXT = re.compile(r">([^<]+)<")


def _arabic(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) == "AL" for ch in text)


def _wrap(match: re.Match) -> str:
    run = match.group(0)
    if _arabic(run):
        return run[0] + INNER.sub(_wrap, run[1:-1]) + run[-1] if run.startswith("«") else run
    return f'<span class="ltr-run" dir="ltr" lang="nl">{run}</span>'


def _text(match: re.Match) -> str:
    text = match.group(1)
    if not _arabic(text):
        return match.group(0)
    return ">" + LATIN_RUN.sub(_wrap, text) + "<"


def isolate_latin_runs(html: str) -> str:
    return TEXT.sub(_text, html)
