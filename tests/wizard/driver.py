"""Drive the wizard by answers, through any client with Django's test-client interface.

    from tests.wizard.driver import walk
    response = walk(client, "en", {"goal": {"goal": "stronger_permit"},
                                   "nationalities": {"nationality_1": "BE"}})

`answers_by_step` maps a step name to that page's fields (without the form prefix). Dates may be
given as ISO strings ("2016-02-01") or as {"0": day, "1": month, "2": year}; lists are sent as
repeated fields. The walk starts a new check, answers each page the wizard shows, in the order it
shows them, confirms the check-your-answers page and returns the (followed) result response.
A page shown that is not in `answers_by_step` raises `UnexpectedStep` (so tests notice a question
that should not have been asked); `skip_unexpected=True` answers nothing there and stops instead.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from wizard.step_slugs import slug, step_of

CHECK_PATH = re.compile(r"^/(?P<lang>[a-z]{2})/check/(?P<check_id>[A-Za-z0-9_-]{12})/")
STEP_URL = re.compile(r"^/(?P<lang>[a-z]{2})/check/(?P<check_id>[A-Za-z0-9_-]{12})/(?P<step>[a-z_]+)/$")
PAGES = ("answers", "result", "restart")  # pages under /check/<id>/ that are not questions
MANAGEMENT = re.compile(r'name="(?P<name>check_[A-Za-z0-9_-]+-current_step)" value="(?P<value>[^"]*)"')


class UnexpectedStep(AssertionError):
    def __init__(self, step, asked):
        super().__init__(f"the wizard asked {step!r}, which the test gave no answer for (asked so far: {asked})")
        self.step = step
        self.asked = asked


def path_of(response) -> str:
    return urlsplit(response["Location"]).path


def start(client, lang="en") -> str:
    """Start a new check; return the first step's path."""
    response = client.post(f"/{lang}/")
    assert response.status_code == 302, response.status_code
    return path_of(response)


def form_data(page_html: str, step: str, fields: dict) -> dict:
    """The POST data for a step: the management form plus the fields with the step prefix."""
    match = MANAGEMENT.search(page_html)
    assert match, "no management form on the page"
    data = {match["name"]: match["value"]}
    for name, value in fields.items():
        key = f"{step}-{name}"
        if isinstance(value, dict):
            for part, v in value.items():
                data[f"{key}_{part}"] = "" if v is None else str(v)
        elif isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            year, month, day = value.split("-")
            data.update({f"{key}_0": str(int(day)), f"{key}_1": str(int(month)), f"{key}_2": year})
        elif isinstance(value, bool):
            if value:
                data[key] = "on"
        elif isinstance(value, (list, tuple)):
            data[key] = [str(v) for v in value]
        elif value is not None:
            data[key] = str(value)
    return data


def step_name(path: str):
    """The step a question's address names, or None for another page. The address holds a neutral
    slug, a keyed hash of the check id and the step (wizard/step_slugs.py), worked out here with the
    site's key; `step_on` reads the step from the page itself."""
    match = STEP_URL.match(path)
    if not match or match["step"] in PAGES:
        return None
    return step_of(match["check_id"], match["step"])


def step_path(path: str, step: str) -> str:
    """The address of `step` in the check of `path` (any address under /<lang>/check/<id>/)."""
    match = CHECK_PATH.match(path)
    return f"{match[0]}{slug(match['check_id'], step)}/"


def step_on(page_html: str):
    """The step of a question page, from its management form; None for another page."""
    match = MANAGEMENT.search(page_html)
    return match["value"] if match else None


def answer(client, path: str, fields: dict, extra=None, page=None):
    """GET a step page (unless given), then POST the fields to it; return the POST response."""
    page = page or client.get(path)
    assert page.status_code == 200, (path, page.status_code)
    step = step_on(page.content.decode())
    data = form_data(page.content.decode(), step, fields)
    data.update(extra or {})
    return client.post(path, data)


def advance(client, path: str, answers_by_step: dict, asked=None, *, strict=True) -> str:
    """Answer pages from `path` on while answers are given; return the path where it stopped.

    It stops at the check-your-answers page, or at a page with no answer given (which raises
    `UnexpectedStep` when `strict`).
    """
    asked = [] if asked is None else asked
    for _ in range(60):
        match = STEP_URL.match(path)
        if not match or match["step"] in PAGES:
            return path
        page = client.get(path)
        step = step_on(page.content.decode())
        if step not in answers_by_step:
            if strict:
                raise UnexpectedStep(step, asked)
            return path
        asked.append(step)
        response = answer(client, path, answers_by_step[step], page=page)
        assert response.status_code == 302, (step, response.status_code, _errors(response))
        path = path_of(response)
    raise AssertionError("the wizard did not end")


def walk_to(client, lang: str, answers_by_step: dict, asked=None) -> str:
    """Start a check and answer pages until one has no answer given; return that page's path."""
    return advance(client, start(client, lang), answers_by_step, asked, strict=False)


def confirm(client, answers_path: str):
    """Confirm the check-your-answers page; return the result page."""
    check_page = client.get(answers_path)
    assert check_page.status_code == 200, check_page.status_code
    response = client.post(answers_path.replace("/answers/", "/done/"))
    assert response.status_code == 302, response.status_code
    return client.get(path_of(response))


def walk(client, lang: str, answers_by_step: dict, *, skip_unexpected=False, asked=None):
    """Answer every page the wizard shows, confirm, and return the result page.

    `asked` (a list) collects the step names shown, in order. With `skip_unexpected` the walk
    stops at the first page with no answer given and returns that page.
    """
    path = advance(client, start(client, lang), answers_by_step, asked, strict=not skip_unexpected)
    if not path.endswith("/answers/"):
        return client.get(path)
    return confirm(client, path)


def _errors(response):
    if response.status_code != 200:
        return ""
    return re.findall(r'class="error-message"[^>]*>([^<]+)<', response.content.decode())
