"""The load part of `make bench` counts right: bench/load.lua, run by wrk against a small local
server, sends each person's cookie and own page, a client address per request, and counts every
answer that is not HTTP 200 with a body as an error. (Speed is not asserted: docs/benchmark.md.)"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench import load


class Recorder(BaseHTTPRequestHandler):
    seen = []

    def do_GET(self):
        Recorder.seen.append((self.path, self.headers.get("Cookie"), self.headers.get("X-Forwarded-For")))
        status, body = {"/ok": (200, b"page"), "/empty": (200, b""), "/moved": (302, b"")}.get(self.path, (404, b""))
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[1]
    httpd.shutdown()


def people(*paths):
    return [(f"sessionid=person{i}", {"page": ("GET", path, "")}) for i, path in enumerate(paths)]


def test_each_person_asks_for_their_own_page_with_their_own_session(server):
    Recorder.seen.clear()
    got = load.load(server, people("/ok", "/ok?second"), "page", 1)
    assert got["requests"] > 0
    seen = set(Recorder.seen)
    assert {(path, cookie) for path, cookie, _address in seen} == {
        ("/ok", "sessionid=person0"),
        ("/ok?second", "sessionid=person1"),
    }
    addresses = [address for _path, _cookie, address in Recorder.seen]
    assert len(set(addresses)) == len(addresses) > 1  # one client address per request


@pytest.mark.parametrize("path, status", [("/empty", "200"), ("/moved", "302"), ("/missing", "404")])
def test_every_answer_but_a_page_is_an_error_with_its_status(server, path, status):
    got = load.load(server, people("/ok", path), "page", 1)
    assert got["requests"] > 0 and 0 < got["not_ok"] < got["requests"]
    statuses = got["bad_statuses"].split()
    assert set(statuses) == {status} and len(statuses) == min(got["not_ok"], 20)


def test_pages_are_no_errors(server):
    got = load.load(server, people("/ok", "/ok"), "page", 1)
    assert got["requests"] > 0 and got["not_ok"] == 0 and got["bad_statuses"] == ""
    assert got["p50_us"] > 0 and got["p99_us"] >= got["p50_us"]
