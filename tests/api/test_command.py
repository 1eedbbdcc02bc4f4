"""`python manage.py evaluate FILE|-` (decision contract, Entry points): JSON out, or exit 2 with one line.

Run as a person would from a bare checkout: no DJANGO_* variable set (the command signs nothing,
so it needs no secret key).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BARE_ENV = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}


def run(*args, stdin=""):
    return subprocess.run(
        [sys.executable, "manage.py", "evaluate", *args],
        input=stdin,
        cwd=ROOT,
        env=BARE_ENV,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_answers_from_standard_input_give_the_result():
    done = run("-", stdin=json.dumps({"today": "2026-11-22", "goal": "stronger_permit", "nationalities": ["BE"]}))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert {r["id"]: r["status"] for r in result["routes"]}["ind_nationality"] == "eligible"


def test_answers_from_a_file(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"today": "2026-11-22", "goal": "naturalisation"}))
    done = run(str(path))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["advice"] == ["see_ind"]


@pytest.mark.parametrize(
    "args, stdin",
    [
        (("-",), json.dumps({"hours": 600})),  # unknown field
        (("-",), "{not json"),
        (("-",), "[" * 100_000 + "]" * 100_000),  # nested too deeply
        (("/no/such/file.json",), ""),
        (("-",), json.dumps({"today": "2026-11-22", "birth_date": "2000-01-01\n"})),  # a line break in a value
        (("-",), json.dumps({"a\nb": 1})),  # and in a key
    ],
)
def test_bad_input_exits_2_with_one_line(args, stdin):
    done = run(*args, stdin=stdin)
    assert done.returncode == 2, (done.returncode, done.stderr[-300:])
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr[-300:]


@pytest.mark.parametrize(
    "value, words",
    [
        ("2024-13", "not a month that exists"),
        ("2024-6", "YYYY-MM-DD, or YYYY-MM"),
        ("24-06", "YYYY-MM-DD, or YYYY-MM"),
        ("2026-12", "in the future"),
        ("\u0662\u0660\u0661\u0669", "YYYY-MM-DD, or YYYY-MM"),  # 2019 in Arabic-Indic digits: the format message
    ],
)
def test_bad_partial_dates_exit_2_with_one_clear_line(value, words):
    done = run("-", stdin=json.dumps({"today": "2026-11-22", "term_start": value}))
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "term_start" in lines[0] and words in lines[0], lines


@pytest.mark.parametrize("value", ["2024-06", "2024"])
def test_partial_dates_are_accepted_and_echoed(value):
    done = run(
        "-",
        stdin=json.dumps(
            {
                "today": "2026-11-22",
                "goal": "release_from_obligation",
                "obliged": "yes",
                "obligation_start": "2021-01-01",
                "term_start": value,
            }
        ),
    )
    assert done.returncode == 0, done.stderr
    route = next(r for r in json.loads(done.stdout)["routes"] if r["id"] == "duo_agi_course")
    assert next(c for c in route["conditions"] if c["id"] == "term_elapsed")["term_start"] == value
