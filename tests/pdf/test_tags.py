"""The checklist PDF is tagged, so that a screen reader can read it: the structure tree read back
with pypdf has the headings, lists and tables of the page, and the document's language."""

from collections import Counter

import pypdf
import pytest

from .pdfread import reader
from .samples import LANGUAGES


def structure(pdf: bytes):
    """(the catalogue, the roles of the structure tree, counted). An element directly inside one of
    the same role is one element: WeasyPrint tags the anonymous block boxes of a heading or a
    paragraph that holds a block (the Dutch line under it) with the role of that heading again."""
    catalog = reader(pdf).trailer["/Root"]
    assert "/StructTreeRoot" in catalog, "the PDF is not tagged"
    roles = Counter()

    def walk(node, parent_role=None):
        node = node.get_object()
        if isinstance(node, pypdf.generic.ArrayObject):
            for child in node:
                walk(child, parent_role)
        elif isinstance(node, pypdf.generic.DictionaryObject):
            role = str(node["/S"]) if "/S" in node else None
            if role and role != parent_role:
                roles[role] += 1
            if "/K" in node:
                walk(node["/K"], role or parent_role)

    walk(catalog["/StructTreeRoot"])
    return catalog, roles


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_checklist_is_tagged(rendered, language):
    pdf, _, _ = rendered("PERMIT", language)
    catalog, roles = structure(pdf)
    assert catalog["/MarkInfo"]["/Marked"]
    assert str(catalog["/Lang"]) == language
    assert roles["/Document"] == 1
    assert roles["/H1"] == 1
    assert roles["/H2"] >= 3 and roles["/H3"] >= 3
    assert roles["/L"] >= 3 and roles["/LI"] >= roles["/L"]
    assert roles["/Table"] >= 1 and roles["/TR"] >= 2 and roles["/TH"] >= 2 and roles["/TD"] >= 1
    assert roles["/P"] >= 3


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_title_is_shown_by_the_reader(rendered, language):
    pdf, _, html = rendered("RELEASE", language)
    catalog, _ = structure(pdf)
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"]
    assert reader(pdf).metadata.title


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sample_stays_within_the_size_budget(rendered, language):
    for scenario in ("PERMIT", "RELEASE"):
        pdf, _, _ = rendered(scenario, language)
        assert len(pdf) < 150 * 1024, (scenario, language, len(pdf))
