"""Benchmark (not a test): how long a full PDF checklist takes, and how big it is, in each language.

    .venv/bin/python bench/pdf_bench.py [--runs 15] [--pseudo] [--scenario NAME] [--out DIR]
                                        [--without-harfbuzz-subset]

Target on a 2-core machine: median under 300 ms and under 150 KB per checklist. The first render of
a process loads the fonts (shown apart as "first"); the median is over the renders after it.
`--pseudo` stands in for finished translations: every English text becomes accented Latin (en),
Arabic letters (ar) or Ge'ez syllables (ti) of the same length, so each item also gets its Dutch
line, as it will once the catalogues are translated. Without it, untranslated texts show once.

Font subsetting needs HarfBuzz's subset library (Debian: libharfbuzz-subset0, installed by
`make`); without it WeasyPrint falls back to fontTools and a checklist takes seconds. The script
says which one is used.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "inburgering_site.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")  # no secret key needed: nothing is served

import django  # noqa: E402

django.setup()

from weasyprint.text.ffi import harfbuzz, harfbuzz_subset  # noqa: E402

from tests.pdf import samples  # noqa: E402
from wizard.pdf import render_checklist_pdf  # noqa: E402

SCENARIOS = {
    "release": samples.RELEASE,  # one way fits, school closed: every section of a route
    "release_later": samples.RELEASE_LATER,  # a way from a later date, one to find out
    "permit": samples.PERMIT,  # three ways fit, seven to find out: the longest checklist
}
TARGET_MS, TARGET_KB = 300, 150


def pseudo_translations():
    """Make every untranslated English text look translated (same length, other script).
    Returns a function that puts the real translations back."""
    import re

    from django.utils.translation import trans_real

    scripts = {
        "en": dict(zip("aeiouAEIOU", "àéîõüÀÉÎÕÜ")),
        "ar": {c: chr(0x0627 + (ord(c) % 26)) for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"},
        "ti": {c: chr(0x1200 + 8 * (ord(c) % 26)) for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    }
    placeholder = re.compile(r"(%\(\w+\)s|%s|\{\w+\})")
    original = trans_real.DjangoTranslation.gettext

    def gettext(self, message):
        text = original(self, message)
        table = scripts.get(self.to_language())
        if table is None or text != message:
            return text
        parts = placeholder.split(text)
        return "".join(p if placeholder.fullmatch(p) else "".join(table.get(c, c) for c in p) for p in parts)

    trans_real.DjangoTranslation.gettext = gettext

    def undo():
        trans_real.DjangoTranslation.gettext = original

    return undo


def measure(answers: dict, language: str, runs: int):
    first_start = time.perf_counter()
    pdf = render_checklist_pdf(answers, language, name="Amina Tesfay")
    first = time.perf_counter() - first_start
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        pdf = render_checklist_pdf(answers, language, name="Amina Tesfay")
        times.append(time.perf_counter() - start)
    return first, statistics.median(times), max(times), pdf


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--pseudo", action="store_true", help="stand-in translations (see above)")
    parser.add_argument("--scenario", choices=sorted(SCENARIOS), action="append")
    parser.add_argument("--out", type=Path, help="write each PDF into this folder")
    parser.add_argument(
        "--without-harfbuzz-subset",
        action="store_true",
        help="subset fonts with fontTools, as WeasyPrint does when libharfbuzz-subset0 is missing",
    )
    args = parser.parse_args(argv)
    if args.pseudo:
        pseudo_translations()
    if args.without_harfbuzz_subset:
        import weasyprint.pdf.fonts

        weasyprint.pdf.fonts.harfbuzz_subset = None
    uses_harfbuzz = (
        not args.without_harfbuzz_subset and harfbuzz_subset is not None and harfbuzz.hb_version_atleast(4, 1, 0)
    )
    subsetter = "HarfBuzz" if uses_harfbuzz else "fontTools (slow)"
    print(f"font subsetting: {subsetter}; {args.runs} runs each; {'pseudo' if args.pseudo else 'real'} translations")
    print(f"{'scenario':<14} {'lang':<4} {'first ms':>8} {'median ms':>9} {'max ms':>7} {'KB':>6}  target")
    failed = False
    for name in args.scenario or SCENARIOS:
        for language in samples.LANGUAGES:
            first, median, worst, pdf = measure(SCENARIOS[name], language, args.runs)
            size_kb = len(pdf) / 1024
            ok = median * 1000 < TARGET_MS and size_kb < TARGET_KB
            failed |= not ok
            print(
                f"{name:<14} {language:<4} {first * 1000:8.0f} {median * 1000:9.0f} {worst * 1000:7.0f} "
                f"{size_kb:6.1f}  {'ok' if ok else 'OVER'}"
            )
            if args.out:
                args.out.mkdir(parents=True, exist_ok=True)
                (args.out / f"checklist-{name}-{language}.pdf").write_bytes(pdf)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
