"""Random and hostile bodies to POST /api/v1/evaluate: never a 500; either 200 or a 4xx with
{"error": {"field", "message", "code"?}}."""

import json

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard.decision import FIELDS
from wizard.decision import answers as A
from wizard.decision.answers import ERROR_CODES

URL = "/api/v1/evaluate"
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text with everything in it: control characters, NUL, surrogate-free unicode, right-to-left marks.
hostile_text = st.text(st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    [
        "\x00",
        "\u202e",
        "\ufeff",
        "ትግርኛ",
        "العربية",
        "'; DROP TABLE x; --",
        "<script>",
        "../../etc/passwd",
        "2024-02-30",
        "0000-00-00",
        "9999-99-99",
        "1e999",
        "-0",
        "NaN",
        " yes",
        "YES",
    ]
)
numbers = (
    st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from([0, -1, 599, 600, 10**18, -(10**18), 1.5, -0.0, 2**63, 2**64 + 1])
)
scalars = st.none() | st.booleans() | numbers | hostile_text
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(hostile_text, children, max_size=5),
    max_leaves=30,
)
# Known field names with plausible or hostile values: gets past the first check more often.
plausible = (
    st.sampled_from(A.TRI_STATE)
    | st.sampled_from(A.GOALS)
    | st.sampled_from(A.DOCUMENTS)
    | st.dates().map(str)
    | st.lists(st.sampled_from(sorted(A.country_codes())), max_size=3)
    | st.dictionaries(
        st.sampled_from(A.EXAM_PARTS),
        st.fixed_dictionaries(
            {"passed": st.booleans()}, optional={"attempts_inburgering": numbers, "attempts_nt2": numbers}
        ),
        max_size=3,
    )
)
answers = st.dictionaries(st.sampled_from(FIELDS), plausible | json_values, max_size=12)
payloads = answers | json_values | st.fixed_dictionaries({"answers": answers})


def client():
    return Client(raise_request_exception=True)  # a crash fails the test instead of becoming a 500


def check(response):
    assert response.status_code != 500
    assert response.status_code == 200 or 400 <= response.status_code < 500, response.status_code
    assert response["Content-Type"] == "application/json"
    body = response.json()
    if response.status_code == 200:
        assert {"rules_version", "today", "goal", "routes", "advice"} <= set(body)
    else:
        assert set(body) == {"error"}
        # "code" is there when an answer was refused (not for a body that is not JSON at all).
        assert set(body["error"]) in ({"field", "message"}, {"field", "message", "code"})
        assert body["error"].get("code", ERROR_CODES[0]) in ERROR_CODES
        assert body["error"]["field"] is None or isinstance(body["error"]["field"], str)
        assert isinstance(body["error"]["message"], str) and body["error"]["message"]


def post(body, content_type="application/json"):
    return client().post(URL, data=body, content_type=content_type)


@FUZZ
@given(payloads)
def test_random_json(payload):
    check(post(json.dumps(payload)))


@FUZZ
@given(answers)
def test_random_answers(payload):
    check(post(json.dumps(payload)))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes(body):
    check(post(body))


@settings(max_examples=50, deadline=None)
@given(
    st.sampled_from(
        [
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/xml",
            "",
            "application/json-patch+json",
            "text/json",
        ]
    ),
    payloads,
)
def test_the_body_is_json_whatever_its_declared_type(content_type, payload):
    """`curl -d @answers.json` declares form data: the answers are still a JSON body, and get the
    same answer as with application/json (the contract: 400 with an error object on bad input)."""
    response = post(json.dumps(payload), content_type)
    check(response)
    as_json = post(json.dumps(payload))
    assert (response.status_code, response.json()) == (as_json.status_code, as_json.json())


def test_a_body_that_is_not_json_is_bad_input():
    for content_type in ("application/json", "application/x-www-form-urlencoded", "text/plain"):
        response = post("goal=stronger_permit", content_type)
        check(response)
        assert response.status_code == 400


def test_content_type_with_charset_is_json():
    check(post("{}", "application/json; charset=utf-8"))


def test_one_megabyte_bodies():
    for body in (
        "x" * 1024 * 1024,
        json.dumps({"documents": ["diploma_nt2"] * 100000}),
        "[" * (1024 * 1024),
        json.dumps({"a": "\x00" * 1024 * 1024}),
    ):
        response = post(body)
        check(response)
        assert response.status_code == 400 and "too large" in response.json()["error"]["message"]


def test_a_body_larger_than_django_reads():
    response = post("x" * (3 * 1024 * 1024))
    check(response)
    assert response.status_code == 400 and "too large" in response.json()["error"]["message"]


def test_deep_nesting():
    for depth in (1000, 20000, 30000):
        for body in (
            "[" * depth + "]" * depth,
            '{"a":' * depth + "1" + "}" * depth,
            '{"exam_parts": ' + "{" * depth + "}" * depth + "}",
        ):
            check(post(body))


def test_not_json():
    for body in ("", "{", "nul", "{'a': 1}", "\x00", "\ufeff{}", "1" * 5000, "NaN", b"\xff\xfe\x00"):
        check(post(body))


def test_arrays_null_and_scalars_instead_of_an_object():
    for body in ("[]", "[{}]", "null", "0", '"answers"', "true", '{"answers": []}', '{"answers": null}'):
        response = post(body)
        check(response)
        assert response.status_code == 400


def test_huge_and_negative_numbers():
    for field in ("hours_nt2", "hours_inburgering", "years_lived_in_nl", "years_worked_in_nl"):
        for value in ("1e999", "-1e999", "-1", "1" * 4000, "-0", "1e-999", "NaN", "Infinity", "9" * 400):
            check(post(f'{{"{field}": {value}}}'))


def test_other_methods():
    for method in ("get", "put", "patch", "delete"):
        response = getattr(client(), method)(URL)
        assert response.status_code == 405


@pytest.mark.parametrize(
    "value, code",
    [
        ("2024-13", "no_such_date"),
        ("2024-6", "not_a_date"),
        ("24-06", "not_a_date"),
        ("2026-12", "date_in_future"),
        ("\u0662\u0660\u0661\u0669", "not_a_date"),
    ],
)
def test_bad_partial_dates_are_400_with_the_field(client, value, code):
    response = client.post(
        "/api/v1/evaluate",
        data=json.dumps({"today": "2026-11-22", "birth_date": value}),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "birth_date"
    assert response.json()["error"]["code"] == code


def test_openapi_says_which_fields_take_partial_dates(client):
    spec = client.get("/api/v1/openapi.json").json()
    props = spec["components"]["schemas"]["Answers"]["properties"]
    partial = {name for name, schema in props.items() if "YYYY-MM" in json.dumps(schema)}
    assert partial == {"birth_date", "obligation_start", "term_start", "roc_advice_date", "medical_documents"}
