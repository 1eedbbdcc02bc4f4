"""The commands of `make serve`, for real: collectstatic, migrate, createcachetable, then gunicorn with
inburgering_site/gunicorn.conf.py and production variables; requests over a socket."""

import gzip
import http.client
import json
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from .helpers import PRODUCTION_ENV, ROOT, environment, run

HOST = "check.example.nl"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def get(port, path, **headers):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": HOST, **headers})
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve")
    port = free_port()
    env = environment(
        **PRODUCTION_ENV,
        DATABASE_URL=f"sqlite:///{tmp / 'db.sqlite3'}",
        DJANGO_STATIC_ROOT=str(tmp / "static"),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS="1",
    )
    env.pop("DATABASE_URL_TEST", None)
    for args in (["collectstatic", "--noinput", "-v", "0"], ["migrate", "--noinput", "-v", "0"], ["createcachetable"]):
        done = run(["manage.py", *args], env)
        assert done.returncode == 0, done.stderr
    with open(tmp / "gunicorn.log", "w+") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "inburgering_site/gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            for _ in range(300):  # wait until it listens (at most 30 s)
                if process.poll() is not None:
                    break
                try:
                    if get(port, "/healthz")[0] == 200:
                        break
                except OSError:
                    time.sleep(0.1)
            assert process.poll() is None, (tmp / "gunicorn.log").read_text()
            yield SimpleServer(port, tmp, log)
        finally:
            process.terminate()
            process.wait(timeout=30)


class SimpleServer:
    def __init__(self, port, tmp, log):
        self.port, self.tmp, self.log = port, tmp, log

    def get(self, path, **headers):
        return get(self.port, path, **headers)

    def log_text(self):
        self.log.flush()
        return (self.tmp / "gunicorn.log").read_text()


def test_healthz(server):
    status, headers, body = server.get("/healthz")
    assert status == 200 and json.loads(body) == {"status": "ok"}
    assert "Set-Cookie" not in headers


def test_http_is_redirected_to_https(server):
    status, headers, _ = server.get("/en/")
    assert status == 301 and headers["Location"] == f"https://{HOST}/en/"


def test_page_over_https_behind_the_load_balancer(server):
    status, headers, body = server.get("/en/", **{"X-Forwarded-Proto": "https"})
    assert status == 200
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    for cookie in [v for k, v in headers.items() if k.lower() == "set-cookie"]:
        assert "Secure" in cookie and "HttpOnly" in cookie


def test_static_files_hashed_compressed_and_cached(server):
    manifest = json.loads((server.tmp / "static" / "staticfiles.json").read_text())["paths"]
    if "css/site.css" not in manifest:
        pytest.skip("no css/site.css in static/")
    status, headers, body = server.get(
        "/static/" + manifest["css/site.css"], **{"Accept-Encoding": "gzip", "X-Forwarded-Proto": "https"}
    )
    assert status == 200
    assert "immutable" in headers["Cache-Control"]
    if headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    assert body == (ROOT / "static" / "css" / "site.css").read_bytes()


def test_access_log_has_no_query_strings(server):
    server.get("/en/?goal=naturalisation&medical_condition=yes", **{"X-Forwarded-Proto": "https"})
    server.get("/healthz")
    log = server.log_text()
    assert "/healthz" in log
    assert "naturalisation" not in log and "medical_condition" not in log


def test_a_whole_check_leaves_no_answer_no_check_id_and_no_step_in_the_logs(server):
    """SECURITY.md: no answers in the logs. A check with a medical answer, through gunicorn."""
    from tests.wizard.driver import walk
    from tests.wizard.scenarios import ROUTE_WALKS

    from .http_client import SocketClient

    client = SocketClient(server.port, HOST)
    answers, _ = ROUTE_WALKS["ind_medical"]
    result = walk(client, "en", answers)
    assert result.status_code == 200
    for _ in range(100):  # the last line may still be on its way to the file
        log = server.log_text()
        if "/en/check/-/result/" in log:
            break
        time.sleep(0.1)
    assert "/en/check/-/result/" in log  # the pages are logged, without what identifies or reveals
    check_id = re.search(r"/check/([A-Za-z0-9_-]{12})/", client.last_path)[1]
    for secret in (
        check_id,
        "medical",
        "duo_medical_letter",
        "nationalit",
        "1985",
        "stronger_permit",
        client.cookies["sessionid"],
    ):
        assert secret not in log, secret


def test_a_line_break_in_the_path_cannot_forge_a_log_line(server):
    forged = '127.0.0.1 - - [01/Jan/2026:00:00:00 +0000] "GET /en/ HTTP/1.1" 200 1 1ms'
    status, _, _ = server.get("/en/x%0d%0a" + forged.replace(" ", "%20").replace('"', "%22"))
    assert status in (301, 404)
    lines = [line for line in server.log_text().splitlines() if "01/Jan/2026" in line]
    assert lines and all("/en/x" in line.split("01/Jan/2026")[0] for line in lines)


def test_a_bad_host_header_is_one_line_without_traceback(server):
    before = server.log_text()
    status, _, _ = server.get("/en/", Host="attacker.example", **{"X-Forwarded-Proto": "https"})
    assert status == 400
    logged = server.log_text()[len(before) :]
    assert "Invalid HTTP_HOST header" in logged
    assert "Traceback" not in logged and 'File "' not in logged


def test_a_chunked_api_body_is_read_through_gunicorn(server):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    body = iter([b'{"goal": ', b'"naturalisation"}'])
    connection.request(
        "POST",
        "/api/v1/evaluate",
        body=body,
        encode_chunked=True,
        headers={
            "Host": HOST,
            "X-Forwarded-Proto": "https",
            "Content-Type": "application/json",
            "Transfer-Encoding": "chunked",
        },
    )
    response = connection.getresponse()
    text = response.read().decode()
    connection.close()
    assert "not valid JSON" not in text and "too large" not in text, text


@pytest.mark.parametrize("path", ["/en/", "/api/v1/openapi.json"])
def test_head_answers_200_through_gunicorn(server, path):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.request("HEAD", path, headers={"Host": HOST, "X-Forwarded-Proto": "https"})
    response = connection.getresponse()
    assert response.status == 200 and response.read() == b""
    connection.close()
