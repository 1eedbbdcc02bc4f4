"""Each right-to-left line of a checklist laid out once: a workaround for WeasyPrint 70.0.

WeasyPrint lays out a line (weasyprint/layout/inline.py, `get_next_linebox`), then checks whether
a float moved the line; only then is the line laid out again. For a right-to-left block the check
compares the line's right edge, `position_x + line.width`, with `original_position_x +
original_width`. When the block has no float, WeasyPrint gives the line box no width before the
first pass, so `original_width` is 0, the check fails for every line, and every Arabic line is laid
out a second time with the same position and width: the same line again. Measured on the Arabic
checklists, that second pass was about a seventh of their time (bench/pdf_speed.py FINDINGS).

`apply()` changes that one comparison: a line box that had no width is compared with the line's
own width, which asks whether the line's start moved, as WeasyPrint asks for left-to-right lines.
Where a float gave the line box a width, WeasyPrint's own comparison stays. The checklist has no
floats. tests/pdf/test_rtl_lines.py renders Arabic checklists with and without it and finds the
same PDF, byte for byte, and each right-to-left line laid out once.

It is applied only to the exact text of WeasyPrint 70.0 (requirements.txt pins it). With any other
version nothing is changed, and the test says so: whoever upgrades checks whether WeasyPrint has
fixed it, then updates or removes this module. The fix belongs in WeasyPrint itself.
"""

from __future__ import annotations

import inspect
import textwrap

import weasyprint
from weasyprint.layout import inline

VERSION = "70.0"
ORIGINAL = inline.get_next_linebox
THEIRS = (
    "condition = (position_x + line.width, position_y) == (\n"
    "                original_position_x + original_width, original_position_y)"
)
OURS = (
    "condition = (position_x + line.width, position_y) == (\n"
    "                original_position_x + (original_width or line.width), original_position_y)"
)


def patched_source() -> str | None:
    """get_next_linebox's source with the one comparison changed, or None when this is not the
    WeasyPrint the change was written for."""
    if weasyprint.__version__ != VERSION:
        return None
    source = textwrap.dedent(inspect.getsource(ORIGINAL))
    return source.replace(THEIRS, OURS) if source.count(THEIRS) == 1 else None


def apply() -> bool:
    """Install the changed get_next_linebox in WeasyPrint's inline layout (its only caller,
    iter_line_boxes, looks it up there). True when it is installed."""
    if inline.get_next_linebox is not ORIGINAL:
        return True
    source = patched_source()
    if source is None:
        return False
    # Defined in the module's own namespace, so it sees what the original sees.
    exec(compile(source, inline.__file__, "exec"), vars(inline))  # noqa: S102 - WeasyPrint's code, one comparison changed
    return applied()


def applied() -> bool:
    return inline.get_next_linebox is not ORIGINAL
