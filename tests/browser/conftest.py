"""A real browser for the tests of this folder: Debian's Chromium, driven by Playwright for Python.

Never a browser download: Playwright starts /usr/bin/chromium (installed by `make test`, see
scripts/system-deps.sh). Without it these tests fail with a message that says what to install.
One browser for the folder, a new context (cookies, viewport, JavaScript on or off) for each test.
The site is served by pytest-django's live server, with its own test database.
"""

import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("BROWSER_TESTS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


ROOT = Path(__file__).resolve().parents[2]


def fonts_conf(folder: Path) -> Path:
    """A fontconfig file: the machine's fonts plus the ones the project ships (static/fonts).

    A phone has a font for Ge'ez and Arabic script; a bare test machine may not, and would draw
    Tigrinya as empty boxes. The browser is given the project's Noto fonts (the PDF's), so the
    screenshots and the measured layout show real glyphs. Nothing is installed on the machine.
    """
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{ROOT / 'static' / 'fonts'}</dir><cachedir>{folder / 'cache'}</cachedir></fontconfig>"
    )
    return conf


@pytest.fixture(scope="package")
def browser(tmp_path_factory):
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's Chromium. "
            "Run `make test` as root (it installs it), or `apt-get install chromium`.",
            pytrace=False,
        )
    # Playwright's synchronous API keeps an event loop in this thread; Django refuses database calls
    # (the test database set-up and flush) from such a thread unless told it is safe, as it is here:
    # the test code and the browser take turns, the live server answers in its own thread.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        env = {**os.environ, "FONTCONFIG_FILE": str(fonts_conf(tmp_path_factory.mktemp("fonts")))}
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True, env=env)
        yield browser
        browser.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def new_page(browser, live_server):
    """new_page(**context options) -> a page in a fresh context (closed after the test).

    The context starts with no cookies; `base_url` is the live server, so `page.goto("/en/")` works.
    The site's Content-Security-Policy stays on unless a test asks `bypass_csp=True`.
    """
    contexts = []

    def make(**options):
        options.setdefault("base_url", live_server.url)
        options.setdefault("locale", "en-GB")
        options.setdefault("accept_downloads", True)
        context = browser.new_context(**options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
