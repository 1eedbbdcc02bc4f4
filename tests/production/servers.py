"""Real servers on loopback ports for the production tests: gunicorn as `make serve` starts it, and
nginx in front of it (deploy/nginx.conf). Every wait is bounded; every process is stopped afterwards."""

import http.client
import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager

from .helpers import PRODUCTION_ENV, ROOT, environment, run

HOST = "check.example.nl"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def database_url(tmp):
    """The PostgreSQL of .ci/postgres-test when it runs, otherwise a new SQLite file."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        return url
    return f"sqlite:///{tmp / 'db.sqlite3'}"


def production_env(tmp, **extra):
    env = environment(
        **{**PRODUCTION_ENV, "DATABASE_URL": database_url(tmp), "DJANGO_STATIC_ROOT": str(tmp / "static"), **extra}
    )
    env.pop("DATABASE_URL_TEST", None)
    return env


def prepare(env):
    """What `make serve` runs before gunicorn."""
    for args in (["collectstatic", "--noinput", "-v", "0"], ["migrate", "--noinput", "-v", "0"], ["createcachetable"]):
        done = run(["manage.py", *args], env)
        assert done.returncode == 0, done.stderr


def request(port, method, path, body=None, headers=None, timeout=10):
    """(status, body) over a new connection, as through a load balancer that says https."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(
            method, path, body=body, headers={"Host": HOST, "X-Forwarded-Proto": "https", **(headers or {})}
        )
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def wait_until_healthy(port, process, log_path, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, log_path.read_text()
        try:
            if request(port, "GET", "/healthz", timeout=2)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"no answer from port {port} within {seconds} s:\n{log_path.read_text()}")


@contextmanager
def gunicorn(env, tmp, name="gunicorn", workers=2, threads=2):
    """gunicorn with inburgering_site/gunicorn.conf.py on a free loopback port; yields the port."""
    port = free_port()
    log_path = tmp / f"{name}.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "inburgering_site/gunicorn.conf.py"],
            cwd=ROOT,
            env={
                **env,
                "GUNICORN_BIND": f"127.0.0.1:{port}",
                "GUNICORN_WORKERS": str(workers),
                "GUNICORN_THREADS": str(threads),
            },
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_healthy(port, process, log_path)
            yield port
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
