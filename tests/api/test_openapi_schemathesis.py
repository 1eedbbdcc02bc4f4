"""schemathesis against /api/v1/openapi.json, in-process through the Django WSGI application.

Negative cases (forbidden by the schema) must be rejected with a documented 4xx; every response must
fit its documented schema; no 500. Positive cases (allowed by the schema) must answer 200, with one
documented exception the schema language cannot say: dates checked against `today` and the birth date
(the operation's description) answer 400 naming that date. Any other 400 for a positive case fails.
"""

import re

import pytest
import schemathesis
from django.core.signals import request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], max_examples=150)

NOT_AFTER_TODAY = re.compile(
    r"^(birth_date|obligation_start|term_start|roc_advice_date|medical_documents\[\d+\]\.date)$"
)
NOT_BEFORE_BIRTH = {"application_date", "obligation_start", "term_start"}


def is_date_rule(error):
    if error["message"].startswith("is in the future"):
        return bool(NOT_AFTER_TODAY.match(error["field"]))
    return error["message"] == "is before the birth date" and error["field"] in NOT_BEFORE_BIRTH


@pytest.fixture(autouse=True)
def keep_test_connections():
    """The real WSGI handler closes old database connections at each request; in a test, as with
    Django's test client, it must not."""
    request_started.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)


@schema.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck))
def test_api_matches_its_openapi_description(case):
    # The WSGI transport does not undo Content-Encoding (an HTTP client does): ask for the plain body.
    response = case.call(headers={"Accept-Encoding": "identity"})
    case.validate_response(response, excluded_checks=[positive_data_acceptance])
    if case.meta is not None and case.meta.generation.mode.is_positive and response.status_code != 200:
        assert response.status_code == 400, response.status_code
        error = response.json()["error"]
        assert is_date_rule(error), f"valid data rejected: {error}"
