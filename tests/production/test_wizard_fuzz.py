"""Random and hostile values posted to the wizard's steps: never a 500, never a crash.

- Random walks: each example starts a check and, at each page, posts hostile data (control
  characters, NUL bytes, unicode digits, huge or negative numbers, impossible dates, unknown fields,
  lists where one value is expected, a tampered management form), then data the form may accept,
  to go on to later pages.
- Every step: reached with the ordinary answers of tests/wizard/scenarios.py, then hostile data.
- Unknown steps and check ids, bodies too large, too many fields, missing CSRF token.
"""

import re
from html.parser import HTMLParser

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.wizard.driver import advance, start, step_name, walk_to
from tests.wizard.scenarios import MORE_WALKS, NEUTRAL_PERMIT, NEUTRAL_RELEASE, ROUTE_WALKS
from wizard.steps import BY_NAME, STEPS

pytestmark = pytest.mark.django_db

STEP_URL = re.compile(r"^/(?P<lang>[a-z]{2})/check/(?P<check_id>[A-Za-z0-9_-]{12})/(?P<step>[a-z_]+)/$")
MANAGEMENT = re.compile(r'name="(?P<name>check_[A-Za-z0-9_-]+-current_step)" value="(?P<value>[^"]*)"')
OK_STATUSES = {200, 302, 400, 403, 404, 405, 413}
LANGS = ("nl", "en", "ar", "ti")

# Digits of every script: every Unicode decimal digit (Nd, which the boxes read) and the other
# numerals (No: Ethiopic ፩, superscripts ², fractions ½), which they refuse with a message.
DIGIT_SETS = [
    [chr(c) for c in range(zero, zero + 10)]
    for zero in (0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0xFF10, 0x1D7CE, 0x104A0)
]
any_digits = st.text(st.characters(codec="utf-8", categories=("Nd", "No")), min_size=1, max_size=6)
one_script_number = st.sampled_from(DIGIT_SETS).flatmap(
    lambda digits: st.lists(st.sampled_from(digits), min_size=1, max_size=5).map("".join)
)
with_separator = st.tuples(
    one_script_number, st.sampled_from([",", ".", "\u066b", "\u066c", " ", "-"]), one_script_number
).map("".join)
hostile = (
    st.text(st.characters(codec="utf-8"), max_size=30)
    | any_digits
    | one_script_number
    | with_separator
    | st.sampled_from(
        [
            "\x00",
            "\x00\x01\x1f",
            "\u202e1",
            "١٢٣",
            "۱۲",
            "𝟙𝟚",
            "1e999",
            "-1",
            "-0",
            "9" * 400,
            "1" * 5000,
            "0x10",
            "NaN",
            "inf",
            "31",
            "0",
            "13",
            "99999",
            "2024-02-30",
            " ",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "ትግርኛ",
            "العربية",
            "1,5",
            "1.5",
            "1_000",
            "፩",
            "፲፪",
            "²",
            "½",
            "٢٠١٩",
            "۲۰۱۹",
            "٧٫٥",
            "١" * 5000,
            "2024-06",
            "2024",
        ]
    )
)
integers = st.integers(min_value=-(10**25), max_value=10**25).map(str)


class FormFields(HTMLParser):
    """The form fields on a page: name -> ("text", []) or ("radio" / "checkbox" / "select", [values])."""

    def __init__(self, html):
        super().__init__()
        self.fields, self._select = {}, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("hidden", "submit"):
            kind = attrs.get("type") or "text"
            kind = kind if kind in ("radio", "checkbox") else "text"
            values = self.fields.setdefault(name, (kind, []))[1]
            if kind != "text":
                values.append(attrs.get("value", "on"))
        elif tag in ("select", "textarea") and name:
            self.fields[name] = ("select" if tag == "select" else "text", [])
            self._select = name if tag == "select" else None
        elif tag == "option" and self._select and attrs.get("value"):
            self.fields[self._select][1].append(attrs["value"])

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


def hostile_value(kind, choices):
    if kind == "checkbox":
        return st.lists(st.sampled_from(choices) | hostile, max_size=4)
    if choices:
        return st.one_of(st.sampled_from(choices), hostile, st.lists(st.sampled_from(choices), min_size=2, max_size=3))
    return st.one_of(integers, st.integers(0, 40).map(str), st.just(""), hostile)


def plausible_value(name, kind, choices):
    """A value the form may well accept: a choice shown, a small number, a day-month-year in the past."""
    if kind == "checkbox":
        # a lone box ("I don't know", "stateless") stays empty; in a list of boxes: one or none
        return st.just([]) if len(choices) == 1 else st.lists(st.sampled_from(choices), max_size=1)
    if choices:
        return st.sampled_from(choices)
    if name.endswith("_0"):
        return st.one_of(st.just(""), st.integers(1, 28).map(str)).flatmap(in_any_script)
    if name.endswith("_1"):
        return st.integers(1, 12).map(str).flatmap(in_any_script)
    if name.endswith("_2"):
        return st.integers(2000, 2015).map(str).flatmap(in_any_script)
    return st.integers(0, 40).map(str).flatmap(in_any_script)


def in_any_script(text):
    """ASCII digits written in the decimal digits of one script (the boxes read them all)."""
    return st.sampled_from(DIGIT_SETS).map(lambda digits: "".join(digits[int(c)] for c in text))


@st.composite
def hostile_data(draw, fields, management_name, management_value):
    """Random fields, sometimes a tampered or missing management form and unknown fields."""
    data = {}
    for name, (kind, choices) in fields.items():
        if draw(st.integers(0, 9)) > 0:
            data[name] = draw(hostile_value(kind, choices))
    if draw(st.integers(0, 9)) > 0:
        data[management_name] = management_value
    elif draw(st.booleans()):
        data[management_name] = draw(st.sampled_from([s.name for s in STEPS] + ["done", "", "../x"]) | hostile)
    if draw(st.integers(0, 4)) == 0:
        data[draw(hostile) or "x"] = draw(hostile)
    return data


@st.composite
def plausible_data(draw, fields, management_name, management_value):
    data = {name: draw(plausible_value(name, kind, choices)) for name, (kind, choices) in fields.items()}
    data[management_name] = management_value
    return data


def check(response):
    assert response.status_code in OK_STATUSES, response.status_code
    if response.get("Content-Type", "").startswith("text/html"):
        assert b"Traceback" not in response.content


def new_check(client, lang):
    response = client.post(f"/{lang}/")
    assert response.status_code == 302
    return response["Location"]


FUZZ = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


@FUZZ
@given(st.data(), st.sampled_from(LANGS))
def test_random_walks_through_the_wizard(data, lang):
    """At each step: hostile data (a crash fails), then data the form may accept, to go on."""
    client = Client(raise_request_exception=True)
    path = new_check(client, lang)
    for _ in range(40):
        if step_name(path) not in BY_NAME:
            check(client.get(path))
            break
        page = client.get(path)
        check(page)
        if page.status_code == 302:
            path = page["Location"]
            continue
        management = MANAGEMENT.search(page.content.decode())
        assert management, path
        args = (FormFields(page.content.decode()).fields, management["name"], management["value"])
        if data.draw(st.booleans()):
            response = client.post(path, data.draw(hostile_data(*args)))
            check(response)
            if response.status_code == 302:
                path = response["Location"]
                continue
        response = client.post(path, data.draw(plausible_data(*args)))
        check(response)
        if response.status_code != 302:
            break
        path = response["Location"]


# Ordinary answers that walk to each step: the neutral walks and the walks to each route.
MEDICAL = {"medical_condition": {"medical_condition": "yes"}}
WALKS = [
    NEUTRAL_RELEASE,
    NEUTRAL_PERMIT,
    {**NEUTRAL_PERMIT, **MEDICAL},
    *(answers for answers, _status in ROUTE_WALKS.values()),
    *(answers for answers, _route, _status in MORE_WALKS.values()),
]


SHOWN_BY_WALK = {}  # walk index -> the steps it shows (learnt once, by walking it)


def walk_to_step(client, step):
    """A check answered up to `step` and not further, by a walk that shows `step`; None if none does."""
    for i, answers in enumerate(WALKS):
        if i not in SHOWN_BY_WALK:
            asked = []
            advance(client, start(client, "en"), answers, asked, strict=False)
            SHOWN_BY_WALK[i] = set(asked)
        if step in SHOWN_BY_WALK[i]:
            path = walk_to(client, "en", {k: v for k, v in answers.items() if k != step})
            if step_name(path) == step:
                return path
    return None


# The ROC advice question is never shown today: no ROC advice can still be valid after 2019.
NEVER_SHOWN = {"roc_advice"}


@pytest.mark.parametrize("step", [s.name for s in STEPS if s.name not in NEVER_SHOWN])
def test_hostile_values_on_every_step(step):
    """Walk to the step with ordinary answers, then post hostile values to it, many times."""
    client = Client(raise_request_exception=True)
    path = walk_to_step(client, step)
    if path is None:
        pytest.skip(f"no walk in tests/wizard/scenarios.py shows {step}")
    page = client.get(path)
    check(page)
    html = page.content.decode()
    management = MANAGEMENT.search(html)
    fields = FormFields(html).fields
    assert fields, "no form fields found"

    @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
    @given(hostile_data(fields, management["name"], management["value"]))
    def post(data):
        check(client.post(path, data))

    post()
    check(client.post(path, {f"{name}": ["\x00", "-1", "9" * 5000] for name in fields}))
    # Every box, with the form's own step; in a date, each box in turn beside a good day, month and year.
    dates = {name[:-2] for name in fields if name.endswith("_0")}
    for value in ("፩", "²", "1" * 5000, "١" * 5000, "٢٠١٩", "۷٫۵", "\x00"):
        everywhere = {**{name: value for name in fields}, management["name"]: management["value"]}
        check(client.post(path, everywhere))
        for date in dates:
            for part in "012":
                good = {f"{date}_0": "1", f"{date}_1": "3", f"{date}_2": "2016"}
                check(client.post(path, {**everywhere, **good, f"{date}_{part}": value}))
    check(client.get(path))


def test_unknown_steps_and_check_ids():
    client = Client(raise_request_exception=True)
    path = new_check(client, "en")
    check_id = STEP_URL.match(path)["check_id"]
    for url in (
        f"/en/check/{check_id}/no_such_step/",
        f"/en/check/{check_id}/done/",
        "/en/check/AAAAAAAAAAAA/goal/",
        f"/en/check/{check_id}/answers/",
        f"/en/check/{check_id}/result/",
    ):
        check(client.get(url))
        check(client.post(url, {"goal-goal": "naturalisation"}))


def test_bodies_too_large_and_too_many_fields():
    client = Client(raise_request_exception=False)
    path = new_check(client, "en")
    check(client.post(path, {"goal-goal": "x" * (1024 * 1024)}))
    response = client.post(path, {"goal-goal": "x" * (3 * 1024 * 1024)})
    assert response.status_code == 400
    response = client.post(path, {f"f{i}": "1" for i in range(1500)})
    assert response.status_code == 400
    check(client.post(path, b"\xff\xfe\x00" * 1000, content_type="application/x-www-form-urlencoded"))
    check(client.post(path, "{}", content_type="application/json"))
    check(client.post(path, "--x\r\n", content_type="multipart/form-data; boundary=x"))


def test_missing_csrf_token_is_refused_without_error():
    client = Client(enforce_csrf_checks=True, raise_request_exception=True)
    response = client.post("/en/")
    assert response.status_code == 403
    client.get("/en/")  # now with a CSRF cookie, still no token in the form
    assert client.post("/en/", {"goal-goal": "naturalisation"}).status_code == 403
    assert client.post("/en/wipe/").status_code == 403
