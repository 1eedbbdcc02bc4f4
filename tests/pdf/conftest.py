"""Rendered checklists, made once and shared by the tests of this folder (a render takes ~0.2 s)."""

import pytest

from wizard.pdf import StaticOnlyFetcher, checklist_html, render_checklist_pdf

from . import samples


class Rendered:
    def __init__(self):
        self._cache = {}

    def __call__(self, scenario: str, language: str, name=None):
        """(pdf bytes, the fetcher that served it, the HTML) for a sample in a language."""
        key = (scenario, language, name)
        if key not in self._cache:
            answers = getattr(samples, scenario)
            fetcher = StaticOnlyFetcher()
            pdf = render_checklist_pdf(answers, language, name=name, fetcher=fetcher)
            self._cache[key] = (pdf, fetcher, checklist_html(answers, language, name=name))
        return self._cache[key]


@pytest.fixture(scope="session")
def rendered():
    return Rendered()
