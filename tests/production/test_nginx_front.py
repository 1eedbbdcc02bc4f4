"""A few slow clients do not take the site down (issue 19, finding 7): nginx with the shipped
deploy/nginx/inburgering.conf in front of gunicorn, on loopback ports. Twelve connections send their
headers and one byte of a body and then wait; /healthz and /en/ still answer within a few seconds.
Without nginx, six such connections made /healthz time out."""

import os
import re
import shutil
import socket
import subprocess
import time
from contextlib import ExitStack

import pytest

from .helpers import ROOT
from .servers import HOST, free_port, gunicorn, prepare, production_env, request

CONF = ROOT / "deploy" / "nginx" / "inburgering.conf"
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
SLOW_CLIENTS = 12


def directive(name):
    match = re.search(rf"^\s*{name}\s+([^;]+);", CONF.read_text(), re.MULTILINE)
    assert match, f"{name} is not set in {CONF}"
    return match.group(1).strip()


def seconds(value):
    number, unit = re.fullmatch(r"(\d+)(s|m)?", value).groups()
    return int(number) * (60 if unit == "m" else 1)


def test_the_front_times_out_slow_clients_and_buffers_bodies():
    for name in ("client_header_timeout", "client_body_timeout", "send_timeout"):
        assert seconds(directive(name)) <= 30, name
    assert directive("proxy_request_buffering") == "on"
    assert directive("proxy_buffering") == "on"
    assert directive("client_max_body_size") == "100k"
    assert directive("proxy_set_header X-Forwarded-For") == "$remote_addr"


def site_config(app_port, front_port):
    """The shipped file as it is, but for the two loopback ports of the test."""
    text = CONF.read_text()
    text, listens = re.subn(r"^(\s*)listen 80;", rf"\1listen 127.0.0.1:{front_port};", text, flags=re.MULTILINE)
    text, servers = re.subn(r"server 127\.0\.0\.1:8000;", f"server 127.0.0.1:{app_port};", text)
    assert listens == servers == 1
    return text.replace("server_name check.example.nl;", f"server_name {HOST};")


def main_config(tmp, site):
    """What Debian's /etc/nginx/nginx.conf gives, in a private folder."""
    user = "user root;\n" if os.geteuid() == 0 else ""  # the temporary folder is the test's own
    return (
        f"{user}worker_processes 1;\ndaemon off;\npid {tmp}/nginx.pid;\nerror_log {tmp}/nginx-error.log warn;\n"
        "events { worker_connections 512; }\n"
        f"http {{\n  access_log off;\n  client_body_temp_path {tmp}/body;\n  proxy_temp_path {tmp}/proxy;\n"
        f"  fastcgi_temp_path {tmp}/fastcgi;\n  uwsgi_temp_path {tmp}/uwsgi;\n  scgi_temp_path {tmp}/scgi;\n"
        f"  include {site};\n}}\n"
    )


def start_nginx(tmp, stack, app_port):
    port = free_port()
    site = tmp / "inburgering.conf"
    site.write_text(site_config(app_port, port))
    conf = tmp / "nginx.conf"
    conf.write_text(main_config(tmp, site))
    checked = subprocess.run(
        [NGINX, "-t", "-q", "-p", str(tmp), "-c", str(conf), "-e", str(tmp / "nginx-error.log")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen(
        [NGINX, "-p", str(tmp), "-c", str(conf), "-e", str(tmp / "nginx-error.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    stack.callback(stop, process)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        assert process.poll() is None, (tmp / "nginx-error.log").read_text()
        try:
            if request(port, "GET", "/healthz", timeout=2)[0] == 200:
                return port
        except OSError:
            time.sleep(0.1)
    raise AssertionError("nginx did not answer within 15 s")


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


def slow_client(port, path, stack):
    """Headers and one byte of a body that says it is 2,000 bytes long; then nothing."""
    connection = socket.create_connection(("127.0.0.1", port), timeout=5)
    stack.callback(connection.close)
    connection.sendall(
        (
            f"POST {path} HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n{{"
        ).encode()
    )


def timed(port, path):
    started = time.monotonic()
    status, _ = request(port, "GET", path, timeout=5)
    return status, time.monotonic() - started


@pytest.mark.skipif(NGINX is None, reason="nginx is not installed (apt-get install nginx; .ci/run installs it)")
def test_slow_clients_through_nginx_leave_the_site_answering(tmp_path):
    # The smallest gunicorn: one worker, two threads. Without the front, two slow clients are enough.
    env = production_env(tmp_path, DJANGO_TRUSTED_PROXIES="1", DJANGO_SSL_REDIRECT="0")
    prepare(env)
    with ExitStack() as stack:
        app_port = stack.enter_context(gunicorn(env, tmp_path, workers=1, threads=2))
        front = start_nginx(tmp_path, stack, app_port)
        assert request(front, "GET", "/en/", timeout=30)[0] == 200  # a warm worker: the times measure waiting
        for n in range(SLOW_CLIENTS):
            slow_client(front, "/api/v1/evaluate" if n % 2 else "/en/", stack)
        time.sleep(0.5)  # every slow connection is open and waiting
        for path in ("/healthz", "/en/", "/healthz", "/en/"):
            status, took = timed(front, path)
            assert status == 200 and took < 5, (path, status, took)
