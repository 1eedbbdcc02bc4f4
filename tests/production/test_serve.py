"""The commands of `make serve`, for real: collectstatic, migrate, createcachetable, then gunicorn with
inburgering_site/gunicorn.conf.py and production variables; requests over a socket."""
import gzip
import json
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
    env = environment(**PRODUCTION_ENV, DATABASE_URL=f"sqlite:///{tmp / 'db.sqlite3'}",
                      DJANGO_STATIC_ROOT=str(tmp / "static"), GUNICORN_BIND=f"127.0.0.1:{port}",
                      GUNICORN_WORKERS="1")
    env.pop("DATABASE_URL_TEST", None)
    for args in (["collectstatic", "--noinput", "-v", "0"], ["migrate", "--noinput", "-v", "0"],
                 ["createcachetable"]):
        done = run(["manage.py", *args], env)
        assert done.returncode == 0, done.stderr
    log = open(tmp / "gunicorn.log", "w+")
    process = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", "inburgering_site/gunicorn.conf.py"],
                               cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
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
        log.close()


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
    status, headers, body = server.get("/static/" + manifest["css/site.css"],
                                       **{"Accept-Encoding": "gzip", "X-Forwarded-Proto": "https"})
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
