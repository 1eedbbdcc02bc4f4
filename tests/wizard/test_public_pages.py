"""A public service's pages: privacy, accessibility, feedback; a phase banner, a favicon, a meta
description; the start and public pages open to search engines, every other page not."""

import pytest

from wizard.public_pages import FEEDBACK_EMAIL

pytestmark = pytest.mark.django_db
NOINDEX = '<meta name="robots" content="noindex">'
PUBLIC = ["", "privacy/", "accessibility/", "feedback/", "rules/"]


@pytest.mark.parametrize("lang", ["nl", "en", "ar", "ti"])
@pytest.mark.parametrize("page", PUBLIC)
def test_public_pages_are_open_to_search_engines(client, lang, page):
    response = client.get(f"/{lang}/{page}")
    html = response.content.decode()
    assert response.status_code == 200
    assert NOINDEX not in html
    assert '<meta name="description" content="' in html
    assert 'rel="icon" href="/static/favicon.svg"' in html


def test_pages_with_answers_are_not_for_search_engines(client):
    step = client.post("/en/", follow=True)
    assert NOINDEX in step.content.decode()


def test_every_page_has_the_phase_banner_and_the_footer_links(client):
    html = client.get("/en/").content.decode()
    assert 'class="phase-tag">Beta<' in html and 'href="/en/feedback/"' in html
    for path in ("/en/privacy/", "/en/accessibility/", "/en/feedback/"):
        assert f'href="{path}"' in html


def test_privacy_page_says_what_is_stored_for_how_long_and_the_only_cookies(client):
    html = client.get("/en/privacy/").content.decode()
    assert "30 minutes" in html and "sessionid" in html and "csrftoken" in html
    assert "no analytics" in html


def test_feedback_stores_nothing_it_is_an_email_address(client):
    html = client.get("/en/feedback/").content.decode()
    assert f'href="mailto:{FEEDBACK_EMAIL}"' in html and "<form" not in html.split("<main")[1].split("</main>")[0]


def test_the_favicon_is_our_own_file(client):
    from django.contrib.staticfiles import finders

    assert finders.find("favicon.svg")


def test_the_start_page_says_what_the_check_cannot_tell_about_naturalisation(client):
    html = client.get("/en/").content.decode()
    assert "This check does not look at naturalisation." in html and 'href="https://ind.nl"' in html
    assert "and becoming Dutch (naturalisatie)" not in html
