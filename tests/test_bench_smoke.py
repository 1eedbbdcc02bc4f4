"""`make bench` still runs (one quick part): it walks the real wizard, so a change that breaks it shows
here. Nothing about speed is asserted: the benchmark's verdicts are its own (docs/benchmark.md)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_benchmark_runs_and_prints_its_table():
    done = subprocess.run(
        [sys.executable, "bench/run.py", "--part", "weight", "--quick", "--no-write"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode in (0, 1), done.stderr  # 1: a budget missed, which is the table's business
    assert "part" in done.stdout and "verdict" in done.stdout
    assert "5 weight" in done.stdout and "every page: no <script>" in done.stdout
