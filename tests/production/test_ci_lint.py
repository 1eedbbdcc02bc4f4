"""CI checks the habits of the field first (issue 20): `make lint` (ruff check, ruff format --check,
mypy with the settings of pyproject.toml) is the first part of .ci/run, before any test runs."""

import re

from .helpers import ROOT


def parts(script: str) -> list[tuple[str, str]]:
    return re.findall(r"^part (\S+) (.+)$", script, re.M)


def test_lint_is_the_first_part_of_ci():
    script = (ROOT / ".ci" / "run").read_text()
    assert parts(script)[0] == ("lint", "make lint")


def test_make_lint_runs_ruff_check_ruff_format_and_mypy():
    makefile = (ROOT / "Makefile").read_text()
    recipe = re.search(r"^lint:.*\n((?:\t.*\n)+)", makefile, re.M)
    assert recipe, "no lint target in the Makefile"
    lines = [line.strip() for line in recipe[1].splitlines()]
    assert lines == ["$(VENV)/bin/ruff check .", "$(VENV)/bin/ruff format --check .", "$(PY) -m mypy"]
