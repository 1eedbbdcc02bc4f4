"""Ways we cannot judge yet, beside a way that fits, on paper (wizard/checklist.py compact_groups):
what to find out for each way, then the forms, costs and where to send them once for the ways
that share them. Nothing of a way is lost: every form of every such way is named in its group."""

import re

import pytest
from django.utils.translation import gettext, override

from wizard.checklist import checklist
from wizard.decision import evaluate
from wizard.decision.catalogue import FORMS
from wizard.pdf import checklist_html
from wizard.presentation import ROUTE_TITLES

from . import samples
from .pdfread import text

APPENDIX = FORMS["ind_inburgeringsvereiste_appendix"]["name_nl"]


def groups_of(html: str) -> list:
    """Each group: (the way titles in it, its forms paragraph)."""
    found = []
    for group in html.split('<section class="compact-group">')[1:]:
        group = group.split("</section>")[0]
        titles = re.findall(r'<h3 data-outline="([^"]+)"', group)
        forms = group.split('<p class="compact-forms">')[1]
        found.append((titles, forms))
    return found


def test_ways_that_share_their_forms_name_them_once():
    result = evaluate(samples.PERMIT)
    unknown = [r for r in result["routes"] if r["status"] == "needs_info"]
    sharing = [r["id"] for r in unknown if r["forms"] == ["ind_inburgeringsvereiste_appendix"]]
    assert len(sharing) == 4  # ind_diploma, ind_turkish, ind_school_age_residence, ind_efforts
    with override("en"):
        html = checklist_html(samples.PERMIT, "en")
        groups = groups_of(html)
        titles = {str(ROUTE_TITLES[route_id]): route_id for route_id in sharing}
        label_each, label_one = (
            gettext("Forms and letters for each of these ways (official Dutch names)"),
            gettext("Forms and letters (official Dutch names)"),
        )
    shared = [g for g in groups if set(titles) <= set(g[0])]
    assert len(shared) == 1 and len(shared[0][0]) == 4
    assert label_each in shared[0][1] and APPENDIX in shared[0][1]
    # one group a set of forms: the appendix alone once; the letter's way and the two DUO advices apart
    assert sum(len(t) for t, _ in groups) == len(unknown)
    assert len(groups) == 4
    assert all(label_one in forms for t, forms in groups if len(t) == 1)


@pytest.mark.parametrize("language", samples.LANGUAGES)
def test_every_form_of_every_way_is_named_in_its_group(language):
    result = evaluate(samples.PERMIT)
    content = checklist(result, samples.PERMIT, language)
    unknown = [r for r in result["routes"] if r["status"] == "needs_info"]
    routes_by_id = {r["id"]: r for r in result["routes"]}
    seen = 0
    for group in content["compact_groups"]:
        names = {form["name_nl"] for form in group["forms"]}
        for way in group["routes"]:
            route = routes_by_id[way["id"]]
            assert names == {FORMS[f]["name_nl"] for f in route["forms"]}, way["id"]
            assert way["find_out"], way["id"]
            seen += 1
    assert seen == len(unknown)
    assert content["unknown_routes"] == []  # not printed twice


def test_the_shared_forms_line_is_on_paper(rendered):
    pdf, _, _ = rendered("PERMIT", "en")
    words = text(pdf)
    assert "Forms and letters for each of these ways (official Dutch names)" in words
    assert "Formulieren en brieven voor elk van deze mogelijkheden" in words
