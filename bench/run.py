"""The benchmark: the real site against its budgets, in one run (a few minutes). `make bench` runs it.

    .venv/bin/python bench/run.py [--quick] [--part NAME ...] [--no-write] [--profile-pdf]

Parts (each a module of this folder):
  inprocess  wizard step GET and POST, result page: median and p95, against a bare view (<= 2x)
  decision   the decision service alone: evaluate() and relevant_questions() per second
  pdf        the PDF checklist in each language: median time (< 300 ms) and size (< 150 KB)
  load       gunicorn on 127.0.0.1 under a bounded load (wrk): requests/s, p50, p99, zero errors
  weight     every page kind: HTML + CSS gzip-compressed (<= 30 KB), no script, no other host,
             no web font on screen

It prints a table with a verdict per budget and writes the numbers, with the machine they came
from, to docs/benchmark.md (unless --no-write). In-process parts use a throw-away in-memory SQLite
database made by Django's test utilities; the load part uses a throw-away SQLite file. No real
data is read or written. Exit status 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, load_average, machine, setup_django  # noqa: E402

PARTS = ("inprocess", "decision", "pdf", "load", "weight")
REPORT = ROOT / "docs" / "benchmark.md"


def code_version() -> str:
    """The commit measured, and whether the working tree differed from it."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10
        ).stdout.strip()
        # The report itself does not count: an earlier run may have rewritten it.
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "--", ".", f":!{REPORT.relative_to(ROOT)}"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return (commit or "unknown") + (" with local changes" if dirty else "")


def table(rows: list) -> str:
    headers = ("part", "measure", "value", "budget", "verdict")
    cells = [(r.part, r.measure, r.value, r.budget, r.verdict) for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(cell, widths)) for cell in cells]
    return "\n".join(out)


def markdown(rows: list, info: dict, notes: list, findings: list, seconds: float) -> str:
    def esc(text):
        return text.replace("|", "\\|")

    out = [
        "# Benchmark",
        "",
        "Written by `make bench` (bench/run.py); do not edit by hand. How each figure is measured is",
        "described at the top of each module in `bench/`. Speed is never asserted in the tests: this",
        "file is the record.",
        "",
        "## Machine",
        "",
        "| | |",
        "| --- | --- |",
    ]
    out += [f"| {k} | {esc(v)} |" for k, v in info.items()]
    out += [
        "",
        "The load average shows what else ran on the machine at the time: on a busy machine every",
        "time is longer, the floor's included.",
        "",
        "## Results",
        "",
        "| part | measure | value | budget | verdict |",
        "| --- | --- | --- | --- | --- |",
    ]
    out += [f"| {esc(r.part)} | {esc(r.measure)} | {esc(r.value)} | {esc(r.budget)} | {r.verdict} |" for r in rows]
    if notes:
        out += ["", "## Notes", ""] + [f"- {n}" for n in notes]
    if findings:
        out += ["", "## What the profiler found, and what was changed", ""] + [f"- {f}" for f in findings]
    out += ["", f"The run took {seconds:.0f} s.", ""]
    return "\n".join(out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer samples (a rough look, not for the record)")
    parser.add_argument("--part", choices=PARTS, action="append", help="run only these parts")
    parser.add_argument("--no-write", action="store_true", help=f"do not write {REPORT.relative_to(ROOT)}")
    parser.add_argument(
        "--profile-pdf", action="store_true", help="print where the slowest checklist spends its time (cProfile)"
    )
    options = parser.parse_args(argv)
    parts = options.part or PARTS
    started = time.perf_counter()
    info = machine()
    info["Code"] = code_version()
    load_before = load_average()

    # In-process parts: a throw-away SQLite database; nothing reads the project's own db.sqlite3.
    tmp = tempfile.TemporaryDirectory(prefix="inburgering-bench-")
    os.environ["DATABASE_URL"] = f"sqlite:///{Path(tmp.name) / 'unused.sqlite3'}"
    setup_django()
    import importlib

    from django.conf import settings
    from django.db import connection

    # The 404 pages measured are expected: Django's "Not Found" warnings would only clutter the output.
    logging.getLogger("django.request").setLevel(logging.ERROR)
    modules = {
        "inprocess": "inprocess",
        "decision": "decision_speed",
        "pdf": "pdf_speed",
        "load": "load",
        "weight": "weight",
    }
    rows, notes, findings = [], [], []
    # Django's test client without setup_test_environment(): that one would also instrument every
    # template render (for assertTemplateUsed) and make the pages look slower than they are.
    if "testserver" not in settings.ALLOWED_HOSTS:
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        for name in parts:
            print(f"... {name}", file=sys.stderr, flush=True)
            part_started = time.perf_counter()
            module = importlib.import_module(f"bench.{modules[name]}")
            rows += module.run(options)
            notes += getattr(module, "NOTES", [])
            findings += getattr(module, "FINDINGS", [])
            print(f"    {time.perf_counter() - part_started:.0f} s", file=sys.stderr, flush=True)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        tmp.cleanup()
    seconds = time.perf_counter() - started
    info["Load average (1, 5, 15 min) before / after"] = f"{load_before} / {load_average()}"
    print()
    for key, value in info.items():
        print(f"{key}: {value}")
    print()
    print(table(rows))
    for note in notes:
        print(f"- {note}")
    print(f"\n{seconds:.0f} s")
    if not options.no_write and not options.quick and not options.part:
        REPORT.write_text(markdown(rows, info, notes, findings, seconds))
        print(f"written: {REPORT.relative_to(ROOT)}")
    elif not options.no_write:
        print(f"not written ({REPORT.relative_to(ROOT)} records full runs only)")
    return 0 if all(r.ok is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
