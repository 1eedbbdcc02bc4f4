"""What every part of the benchmark shares: the Django set-up, statistics, a result row, the machine.

A part is a module with `run(options) -> list[Row]`. A row is one measured figure; when it has a
budget, its verdict is PASS or MISS, otherwise it is shown for information ("-").
"""

from __future__ import annotations

import math
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def setup_django() -> None:
    """Django for in-process measurements: DEBUG off (as in production: no SQL log, real 404 pages),
    test-mode defaults (no secret key needed, plain static storage, no HTTPS-only cookies, rate limits off)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "inburgering_site.settings")
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ["DJANGO_TESTING"] = "1"
    import django

    django.setup()


@dataclass
class Row:
    part: str
    measure: str
    value: str
    budget: str = ""
    ok: bool | None = None  # None: no budget, shown for information
    note: str = ""

    @property
    def verdict(self) -> str:
        return "-" if self.ok is None else ("PASS" if self.ok else "MISS")


@dataclass
class Samples:
    """Durations in seconds."""

    values: list = field(default_factory=list)

    def add(self, seconds: float) -> None:
        self.values.append(seconds)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def percentile(self, p: float) -> float:
        """Nearest rank: the smallest value with at least p % of the values at or below it."""
        ordered = sorted(self.values)
        index = min(len(ordered) - 1, max(0, math.ceil(p / 100 * len(ordered)) - 1))
        return ordered[index]

    @property
    def p95(self) -> float:
        return self.percentile(95)

    @property
    def p99(self) -> float:
        return self.percentile(99)

    def __len__(self):
        return len(self.values)


def ms(seconds: float) -> str:
    value = seconds * 1000
    return f"{value:.1f} ms" if value < 10 else f"{value:.0f} ms"


def kb(size: int) -> str:
    return f"{size / 1024:.1f} KB"


class Timer:
    """`with Timer() as t: ...` then t.wall and t.cpu (seconds)."""

    def __enter__(self):
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu
        return False


# --- The machine ----------------------------------------------------------------------------------
def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _version(module: str) -> str:
    try:
        from importlib.metadata import version

        return version(module)
    except Exception:  # noqa: BLE001 - a missing package is only shown as unknown
        return "unknown"


def load_average() -> str:
    try:
        return " ".join(f"{v:.2f}" for v in os.getloadavg())
    except OSError:
        return "unknown"


def machine() -> dict:
    return {
        "CPU": _cpu_model(),
        "Cores": str(os.cpu_count()),
        "RAM": _ram(),
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "Django": _version("django"),
        "WeasyPrint": _version("weasyprint"),
        "gunicorn": _version("gunicorn"),
        "Date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


# --- The floor: a bare Django view, measured in the same run ------------------------------------
# Every time budget is a ratio to this floor, so that a faster or slower machine does not flip a verdict
# (issue: 300 ms for a checklist passed on one machine and failed on another for the same code).
_FLOOR: list = []


def bare_view_floor(samples: int = 300) -> float:
    """Median seconds of a GET of the bare view (bench/urls.py: base.html through the same middleware,
    with a session as a person in the middle of a check has one), measured once per process, after a
    warm-up: the same floor as part 1's."""
    if not _FLOOR:
        from django.test import Client, override_settings

        from bench.urls import BARE_PATH

        client = Client()
        timings = Samples()
        with override_settings(ROOT_URLCONF="bench.urls"):
            # With a session holding a check, as in part 1 (the session is saved on every request).
            assert client.post("/nl/").status_code == 302
            for i in range(samples + 20):
                with Timer() as t:
                    response = client.get(f"/nl/{BARE_PATH}")
                assert response.status_code == 200, response.status_code
                if i >= 20:
                    timings.add(t.wall)
        _FLOOR.append(timings.median)
    return _FLOOR[0]
