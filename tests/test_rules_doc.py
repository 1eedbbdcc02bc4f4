"""docs/rules.md, the project's reading of the rules, stays in step with the code that cites it.

- Every citation `docs/rules.md, <heading>` in the code, the templates or the tests names a heading
  that exists, so a maintainer can follow it.
- Every `parameters.NAME` the file names exists: the file names figures, it does not restate them.
- It has a change log entry for the current RULES_VERSION.
- The copies of the source texts it points to are there.
"""

import re
from pathlib import Path

from wizard.decision import parameters
from wizard.decision.parameters import RULES_VERSION

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "rules.md"
TEXT = DOC.read_text(encoding="utf-8")
HEADINGS = [line.lstrip("#").strip() for line in TEXT.splitlines() if line.startswith("#")]
CITED_IN = ("wizard", "inburgering_site", "templates", "tests", "bench")


def citations():
    for folder in CITED_IN:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix not in (".py", ".html", ".txt", ".jinja") or path == Path(__file__):
                continue
            for match in re.finditer(r"docs/rules\.md, [\"']?([^\n]*)", path.read_text(encoding="utf-8")):
                yield path.relative_to(ROOT), match.group(1)


def test_every_citation_names_a_heading():
    unknown = [(str(path), rest) for path, rest in citations() if not any(rest.startswith(h) for h in HEADINGS)]
    assert not unknown, f"cited headings not in docs/rules.md: {unknown}"


def test_a_citation_of_a_missing_heading_is_found():
    rest = "No such heading here"
    assert not any(rest.startswith(h) for h in HEADINGS)
    assert any("Status precedence, as cited".startswith(h) for h in HEADINGS)


def test_headings_are_unique():
    assert len(HEADINGS) == len(set(HEADINGS))


def test_every_parameter_named_exists():
    named = set(re.findall(r"parameters\.([A-Z][A-Z0-9_]*)", TEXT))
    assert named, "docs/rules.md names its figures as parameters.NAME"
    assert not sorted(n for n in named if not hasattr(parameters, n))


def test_the_change_log_has_the_current_rules_version():
    assert f"### {RULES_VERSION}" in TEXT


def test_the_source_texts_are_in_the_repository():
    for name in re.findall(r"docs/sources/([\w.-]+\.txt)", TEXT):
        assert (ROOT / "docs" / "sources" / name).is_file(), name
