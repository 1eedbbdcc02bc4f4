"""Nothing from the answers in error pages or logs."""

import logging

import pytest
from django.test import Client, override_settings
from django.views import defaults

from .urls import MARKER

pytestmark = pytest.mark.django_db


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


@override_settings(ROOT_URLCONF="tests.production.urls")
def test_500_page_shows_no_answers_and_logs_none():
    client = Client(raise_request_exception=False)
    collect = Collect()
    logger = logging.getLogger("django.request")
    logger.addHandler(collect)
    try:
        response = client.post("/test/fail", data={"medical_condition": MARKER})
    finally:
        logger.removeHandler(collect)
    assert response.status_code == 500
    assert [t.name for t in response.templates][0] == "500.html"
    page = response.content.decode()
    assert MARKER not in page and "Traceback" not in page and "RuntimeError" not in page
    assert "<style" not in page and "<script" not in page and "style=" not in page
    assert "Content-Security-Policy" in response
    logged = "\n".join(collect.lines)  # with the traceback, as the console handler writes it
    assert "Internal Server Error: /test/fail" in logged
    assert MARKER not in logged


def test_request_log_has_no_handler_that_would_send_the_request():
    handlers = logging.getLogger("django.request").handlers
    assert handlers and all(type(h) is logging.StreamHandler for h in handlers)
    assert logging.getLogger("django.request").level == logging.WARNING


@pytest.mark.parametrize("status, template", [(404, "404.html")])
def test_404_page(client, status, template):
    response = client.get("/en/no-such-page/?goal=naturalisation")
    assert response.status_code == status
    assert [t.name for t in response.templates][0] == template
    page = response.content.decode()
    assert "goal=naturalisation" not in page and "naturalisation" not in page
    assert "<style" not in page and "<script" not in page and "style=" not in page


@pytest.mark.parametrize(
    "view, status, template",
    [
        (defaults.bad_request, 400, "400.html"),
        (defaults.permission_denied, 403, "403.html"),
        (defaults.page_not_found, 404, "404.html"),
    ],
)
def test_error_pages_are_ours(rf, view, status, template):
    response = view(rf.get("/en/x?goal=naturalisation"), exception=Exception("goal=naturalisation"))
    assert response.status_code == status
    page = response.content.decode()
    assert "naturalisation" not in page and "<style" not in page and "<script" not in page
    assert 'href="/"' in page


def test_csrf_failure_page_is_plain():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/en/wipe/", data={"goal": "naturalisation"})
    assert response.status_code == 403
    page = response.content.decode()
    assert "<style" not in page and "style=" not in page and "naturalisation" not in page


def test_the_error_log_names_a_check_page_without_its_check_id_or_step():
    """A failure on a question page (here the database, issue 19) is logged with the path redacted."""
    from django.db import OperationalError, connection

    from tests.wizard.driver import start

    client = Client(raise_request_exception=False)
    question = start(client, "en")
    check_id, slug = question.split("/")[3:5]
    collect = Collect()
    logger = logging.getLogger("django.request")
    logger.addHandler(collect)

    def refuse(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise OperationalError("attempt to write a readonly database")
        return execute(sql, params, many, context)

    try:
        with connection.execute_wrapper(refuse):
            assert client.get(question).status_code == 503
    finally:
        logger.removeHandler(collect)
    logged = "\n".join(collect.lines)
    assert "/en/check/-/-/" in logged
    assert check_id not in logged and slug not in logged
