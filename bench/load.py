"""Part 4: the site under load, over a socket: gunicorn on 127.0.0.1, as `make serve` runs it.

The server: the commands of `make serve` (collectstatic, migrate, createcachetable, then gunicorn
with inburgering_site/gunicorn.conf.py: 3 workers x 2 threads) with production settings: DEBUG
off, a random DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS=127.0.0.1, whitenoise's compressed static
files. Plain HTTP: the HTTPS redirect is off unless DJANGO_SSL_REDIRECT is set, and it is not.
The database is a throw-away SQLite file (production uses PostgreSQL, see docs/deploy.md).

Rate limits stay on. The PDF allows 20 downloads a minute per client address; the server trusts
one proxy (DJANGO_TRUSTED_PROXIES=1) and each request carries its own X-Forwarded-For address, as
many people behind a load balancer would. So every request pays for its rate-limit counter, and
none is refused for the benchmark's sake.

The load, a small Python generator (no load tool to install): 4 client threads (CLIENTS), each
a person with a session and one confirmed check (walked through the wizard once over HTTP, in
nl, en, ar or ti), keep-alive connections, one request after the other for 10 seconds per
target, after a short untimed warm-up: a question page, the result page, the PDF checklist, and
the API (POST /api/v1/evaluate, rate limited like the PDF: with many cheap requests at once it
is where the database is written to most often). The generator runs on the same 2 cores as the
server, and takes some of their time.

Verdict: zero errors (any status but 200, or a failed connection). Requests per second, p50 and
p99 are shown for information.
"""
from __future__ import annotations

import itertools
import json
import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.pdf import samples
from tests.wizard.driver import advance, path_of, start
from tests.wizard.scenarios import ROUTE_WALKS

from .common import ROOT, Row, Samples, ms
from .http_client import HttpClient

PART = "4 load"
CLIENTS = 4
LANGUAGES = ("nl", "en", "ar", "ti")
WALK = "duo_advice_integrated"  # a stronger permit: many questions, a long result and checklist
TARGETS = ("question page", "result page", "PDF checklist", "API evaluate (POST)")
API_BODY = json.dumps(samples.PERMIT)
NOTES = []
FINDINGS = [
    "With SQLite, several workers writing at once made the database cache fail to count (\"database is locked\" "
    "on a deferred transaction, hidden by the cache); the rate limit then refused people who were not over it "
    "(HTTP 429 on the PDF and the API). SQLite transactions now take the write lock when they begin "
    "(inburgering_site/settings.py); before: 128 of 704 API requests refused in 3 s, now none.",
]
# Variables of the development and test set-up that must not reach the production-like server.
DEV_VARS = ("DJANGO_DEBUG", "DJANGO_TESTING", "DJANGO_HTTPS", "DJANGO_HSTS_SECONDS", "DJANGO_SSL_REDIRECT",
            "DJANGO_PROXY_SSL_HEADER", "DJANGO_RATELIMIT_ENABLE", "DATABASE_URL", "DATABASE_URL_TEST",
            "DJANGO_ALLOWED_HOSTS", "DJANGO_SECRET_KEY", "DJANGO_STATIC_ROOT", "DJANGO_TRUSTED_PROXIES",
            "GUNICORN_BIND", "GUNICORN_WORKERS", "GUNICORN_THREADS", "DJANGO_SETTINGS_MODULE")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """gunicorn started the way `make serve` starts it, in a temporary folder; stopped by its own pid."""

    def __init__(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="inburgering-bench-serve-")
        folder = Path(self.tmp.name)
        self.port = free_port()
        self.env = {k: v for k, v in os.environ.items() if k not in DEV_VARS}
        self.env.update({
            "DJANGO_SETTINGS_MODULE": "inburgering_site.settings",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_TRUSTED_PROXIES": "1",
            "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
            "DJANGO_STATIC_ROOT": str(folder / "static"),
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
        })
        self.log_path = folder / "gunicorn.log"
        self.process = None

    def manage(self, *args):
        done = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=self.env,
                              capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stderr}")

    def __enter__(self):
        self.manage("collectstatic", "--noinput", "-v", "0")
        self.manage("migrate", "--noinput", "-v", "0")
        self.manage("createcachetable")
        self.log = open(self.log_path, "w+")
        self.process = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", "inburgering_site/gunicorn.conf.py"],
                                        cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("gunicorn stopped:\n" + self.log_path.read_text())
            try:
                if HttpClient(self.port).get("/healthz").status_code == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError("gunicorn did not answer within 60 s:\n" + self.log_path.read_text())

    def __exit__(self, *exc):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        self.tmp.cleanup()
        return False


_addresses = itertools.count(1)
_address_lock = threading.Lock()


def next_address() -> str:
    """A client address of its own for each request (10.x.y.z), as X-Forwarded-For."""
    with _address_lock:
        n = next(_addresses)
    return f"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"


def person(port: int, lang: str) -> tuple:
    """A client with a session and a confirmed check: (client, {target: path})."""
    client = HttpClient(port, forwarded_for=next_address())
    page = client.get(f"/{lang}/")  # the CSRF cookie, as a browser gets it from the start page
    assert page.status_code == 200, page.status_code
    answers, _status = ROUTE_WALKS[WALK]
    asked = []
    path = advance(client, start(client, lang), answers, asked)
    assert path.endswith("/answers/"), path
    done = client.post(path.replace("/answers/", "/done/"))
    assert done.status_code == 302, done.status_code
    result = path_of(done)
    base = result[: -len("result/")]
    return client, {
        "question page": ("GET", f"{base}{asked[len(asked) // 2]}/", None, {}),
        "result page": ("GET", result, None, {}),
        "PDF checklist": ("GET", f"{base}checklist.pdf", None, {}),
        "API evaluate (POST)": ("POST", "/api/v1/evaluate", API_BODY, {"Content-Type": "application/json"}),
    }


def hammer(client, spec, seconds, samples, errors, lock):
    method, path, body, headers = spec
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        try:
            response = client.request(method, path, body=body, headers=headers, forwarded_for=next_address())
            error = None if response.status_code == 200 and response.content else f"HTTP {response.status_code}"
        except OSError as exc:
            error = type(exc).__name__
        took = time.perf_counter() - started
        with lock:
            if error is None:
                samples.add(took)
            else:
                errors.append(error)


def load(people, target, seconds) -> tuple:
    samples, errors, lock = Samples(), [], threading.Lock()
    threads = [threading.Thread(target=hammer, args=(client, paths[target], seconds, samples, errors, lock))
               for client, paths in people]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return samples, errors, time.perf_counter() - started


def run(options) -> list:
    seconds = 3 if options.quick else 10
    warm = 1 if options.quick else 2
    rows = []
    with Server() as server:
        people = [person(server.port, LANGUAGES[i % len(LANGUAGES)]) for i in range(CLIENTS)]
        for target in TARGETS:
            load(people, target, warm)  # every worker has loaded its templates and fonts
            samples, errors, took = load(people, target, seconds)
            done = len(samples) + len(errors)
            rows.append(Row(
                PART, f"{target}, {CLIENTS} clients, {seconds} s, n={done}",
                f"{len(samples) / took:,.1f} req/s, p50 {ms(samples.median) if samples.values else '-'}, "
                f"p99 {ms(samples.p99) if samples.values else '-'}, {len(errors)} errors"
                + (f" ({', '.join(sorted(set(errors)))})" if errors else ""),
                "0 errors", not errors and done > 0))
        for client, _paths in people:
            client.close()
        if any(r.ok is False for r in rows):
            server.log.flush()
            access = re.compile(r'" ([1-3]\d\d) ')
            lines = [line for line in server.log_path.read_text().splitlines() if not access.search(line)]
            print("gunicorn's log, errors only (last 40 lines):", *lines[-40:], sep="\n", file=sys.stderr)
    NOTES.append(f"Load: gunicorn {CLIENTS} keep-alive clients on the same machine; SQLite (a file) as the database; "
                 "rate limits on, one client address per request (X-Forwarded-For behind one trusted proxy).")
    return rows
