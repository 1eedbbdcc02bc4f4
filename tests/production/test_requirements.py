"""Runtime and test requirements apart, each fully pinned with hashes, indirect packages included
(issue 19, "Dependencies and the image"). The install itself (`pip install --require-hashes`) is what
make and the Containerfile run; here, what the files say."""

import re

from .helpers import ROOT

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)")
TEST_TOOLS = {"pytest", "pytest-django", "hypothesis", "schemathesis", "pypdf", "playwright"}


def normal(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned(filename):
    """{package: (version, number of hashes)} of a pip-compile --generate-hashes file."""
    packages, current = {}, None
    for line in (ROOT / filename).read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = PIN.match(line)
        if match:
            current = normal(match.group(1))
            packages[current] = [match.group(2), 0]
        elif line.strip().startswith("--hash=sha256:"):
            packages[current][1] += 1
        else:
            raise AssertionError(f"{filename}: not a pinned requirement or a hash: {line!r}")
    return {name: tuple(value) for name, value in packages.items()}


def sources(filename):
    return {
        normal(m.group(1).split("[")[0]): m.group(2)
        for m in (
            re.match(r"^([A-Za-z0-9][A-Za-z0-9._\[\]-]*)==(\S+)", line)
            for line in (ROOT / filename).read_text().splitlines()
        )
        if m
    }


def test_every_package_is_pinned_with_hashes_indirect_ones_included():
    for filename in ("requirements.txt", "requirements-test.txt"):
        packages = pinned(filename)
        assert all(hashes >= 1 for _, hashes in packages.values()), filename
    runtime = pinned("requirements.txt")
    # the packages that decide the PDF's bytes, although weasyprint brings them in
    assert {"pillow", "fonttools", "pydyf", "tinycss2", "cssselect2", "brotli"} <= set(runtime)


def test_the_runtime_set_has_no_test_tool_and_the_test_set_holds_it_exactly():
    runtime, test = pinned("requirements.txt"), pinned("requirements-test.txt")
    assert not TEST_TOOLS & set(runtime)
    assert set(test) >= TEST_TOOLS
    assert {name: test.get(name, (None,))[0] for name in runtime} == {n: v for n, (v, _) in runtime.items()}


def test_the_compiled_files_follow_their_sources():
    runtime, test = pinned("requirements.txt"), pinned("requirements-test.txt")
    for name, version in sources("requirements.in").items():
        assert runtime[name][0] == version, name
    for name, version in sources("requirements-test.in").items():
        assert test[name][0] == version, name
    assert "-r requirements.txt" in (ROOT / "requirements-test.in").read_text()
    # what other parts of the site will need: there now, so that adding them is no change of set
    assert {"cryptography", "fonttools", "brotli"} <= set(sources("requirements.in"))


def test_the_image_installs_the_runtime_set_with_hashes_only():
    text = (ROOT / "Containerfile").read_text()
    assert "--require-hashes -r requirements.txt" in text
    assert "requirements-test" not in text


def test_make_installs_the_test_set_for_tests_and_the_runtime_set_to_serve():
    text = (ROOT / "Makefile").read_text()
    rules = {m.group(1): m.group(2) for m in re.finditer(r"^([\w$()-]+):([^\n]*)", text, re.MULTILINE)}
    assert "test-venv" in rules["test"] and "test-venv" not in rules["serve"] and "test-venv" not in rules["run"]
    assert "--require-hashes" in text
    assert re.search(
        r"^\$\(TEST_STAMP\):.*\n(\t.*\n)*\t\$\(PIP_INSTALL\) -r requirements-test\.txt", text, re.MULTILINE
    )
    assert re.search(r"^\$\(RUNTIME_STAMP\):.*\n(\t.*\n)*\t\$\(PIP_INSTALL\) -r requirements\.txt", text, re.MULTILINE)
