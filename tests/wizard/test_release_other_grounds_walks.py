"""The two other ways to be released (issue 17), walked in Arabic and Tigrinya to the result page and
the checklist: the wizard asks years lived and worked, Dutch and the medical question after the AGI
page's questions, and both the page and the paper name what each way needs."""

import pytest
from django.utils.translation import override

from tests.wizard.driver import walk
from tests.wizard.scenarios import ROUTE_WALKS
from wizard.pdf import checklist_html
from wizard.presentation import ROUTE_TITLES

pytestmark = pytest.mark.django_db

ORDER = (
    "difficult_situation",
    "release_years_lived",
    "release_years_worked",
    "release_dutch_good",
    "release_medical_condition",
)


@pytest.mark.parametrize("lang", ["ar", "ti"])
@pytest.mark.parametrize("route_id", ["duo_release_integrated", "duo_release_medical"])
def test_walk_to_the_result_and_the_checklist(client, lang, route_id):
    answers, status = ROUTE_WALKS[route_id]
    asked = []
    result = walk(client, lang, answers, asked=asked)
    assert result.status_code == 200
    # the AGI page's questions first, then the integrated route's, then the medical question (not asked
    # once the integrated way fits: it could not close that way)
    positions = [asked.index(step) for step in ORDER if step in asked]
    assert positions == sorted(positions) and "release_years_lived" in asked
    assert ("release_medical_condition" in asked) == (route_id == "duo_release_medical")
    html = result.content.decode()
    with override(lang):
        title = str(ROUTE_TITLES[route_id])
    assert title in html
    check_id = next(iter(client.session["checks"]))
    final = client.session["checks"][check_id]["final"]
    pdf = client.get(f"/{lang}/check/{check_id}/checklist.pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    paper = checklist_html(final, lang)
    assert title in paper
    if route_id == "duo_release_integrated":
        # the forms by their official Dutch names, on the page and on paper
        for name in ("Werkgeversverklaring", "aantoonbaar voldoende ingeburgerd"):
            assert name in html and name in paper
    else:
        # no form name is invented: the person asks DUO, whose number is given
        assert "050" in paper and "599" in paper
