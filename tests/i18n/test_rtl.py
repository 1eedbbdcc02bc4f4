"""Arabic pages: right to left, with Dutch names kept left to right and marked as Dutch."""

import re

import pytest

from tests.wizard.driver import walk
from tests.wizard.scenarios import ROUTE_WALKS
from wizard.decision.catalogue import FORMS

pytestmark = pytest.mark.django_db


def test_dutch_names_on_an_arabic_result_page_are_isolated_left_to_right(client):
    answers, _ = ROUTE_WALKS["duo_agi_course"]
    html = walk(client, "ar", answers).content.decode()
    assert re.search(r'<html[^>]* lang="ar"[^>]* dir="rtl"', html)
    names = re.findall(r'<strong lang="nl" dir="ltr">([^<]+)</strong>', html)
    assert FORMS["course_participation_statement"]["name_nl"] in names
    assert '<address lang="nl" dir="ltr">' in html
    assert re.search(r'<span lang="nl" dir="ltr">[^<]+</span>', html)
