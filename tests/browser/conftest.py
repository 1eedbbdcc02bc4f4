"""A real browser for the tests of this folder: Debian's Chromium, driven by Playwright for Python.

Never a browser download: Playwright starts /usr/bin/chromium (installed by `make test`, see
scripts/system-deps.sh). Without it these tests fail with a message that says what to install.
One browser for the folder, a new context (cookies, viewport, JavaScript on or off) for each test.
The site is served by pytest-django's live server, with its own test database.
"""
import os

import pytest

CHROMIUM = os.environ.get("BROWSER_TESTS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]


@pytest.fixture(scope="package")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: the browser tests need Debian's Chromium. "
                    "Run `make test` as root (it installs it), or `apt-get install chromium`.", pytrace=False)
    # Playwright's synchronous API keeps an event loop in this thread; Django refuses database calls
    # (the test database set-up and flush) from such a thread unless told it is safe, as it is here:
    # the test code and the browser take turns, the live server answers in its own thread.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
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
