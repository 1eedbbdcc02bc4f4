"""A small keep-alive HTTP client with the test client's interface, for walking a real server.

    client = HttpClient(port, forwarded_for="10.0.0.7")
    response = client.get("/en/")          # .status_code, .content, response["Location"]
    response = client.post("/en/", {...})  # CSRF token added from the cookie, like a browser's form

It keeps its cookies (the session, the CSRF token) and one connection, as a browser would, so
tests/wizard/driver.py can walk the wizard through it. Plain HTTP only; cookies marked Secure are
kept anyway (the benchmark server runs on 127.0.0.1 without TLS).
"""

from __future__ import annotations

import http.client
from http.cookies import SimpleCookie
from urllib.parse import urlencode

CSRF_COOKIE = "csrftoken"


class Response:
    def __init__(self, status, headers, content):
        self.status_code = status
        self.headers = headers
        self.content = content

    def __getitem__(self, name):
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        raise KeyError(name)


class HttpClient:
    def __init__(self, port: int, host: str = "127.0.0.1", forwarded_for: str | None = None, timeout: float = 30):
        self.port, self.host, self.timeout = port, host, timeout
        self.forwarded_for = forwarded_for
        self.cookies: dict[str, str] = {}
        self.connection = None

    def _connect(self):
        self.connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def request(self, method, path, body=None, headers=None) -> Response:
        headers = {"Host": self.host, "Accept-Encoding": "identity", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if self.forwarded_for:
            headers["X-Forwarded-For"] = self.forwarded_for
        for attempt in (1, 2):
            if self.connection is None:
                self._connect()
            try:
                self.connection.request(method, path, body=body, headers=headers)
                raw = self.connection.getresponse()
                content = raw.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # A kept-alive connection the server closed (gunicorn restarts a worker now and then).
                self.close()
                if attempt == 2:
                    raise
        for key, value in raw.getheaders():
            if key.lower() == "set-cookie":
                cookie = SimpleCookie()
                cookie.load(value)
                for name, morsel in cookie.items():
                    if morsel["max-age"] == "0" or morsel.value == "":
                        self.cookies.pop(name, None)
                    else:
                        self.cookies[name] = morsel.value
        if raw.getheader("Connection", "").lower() == "close":
            self.close()
        return Response(raw.status, raw.getheaders(), content)

    def get(self, path, **kwargs) -> Response:
        return self.request("GET", path, **kwargs)

    def post(self, path, data=None, **kwargs) -> Response:
        data = dict(data or {})
        if CSRF_COOKIE in self.cookies:
            data.setdefault("csrfmiddlewaretoken", self.cookies[CSRF_COOKIE])
        body = urlencode(data, doseq=True)
        return self.request(
            "POST", path, body=body, headers={"Content-Type": "application/x-www-form-urlencoded"}, **kwargs
        )
