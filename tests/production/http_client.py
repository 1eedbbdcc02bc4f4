"""A small client over a real socket with the interface of Django's test client that the wizard
driver uses (get, post, status_code, content, ["Location"]): cookies kept, the CSRF token of the
last page sent with each form, as a browser behind the HTTPS load balancer would."""

import http.client
import re
from http.cookies import SimpleCookie
from urllib.parse import urlencode

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Response:
    def __init__(self, status, headers, content):
        self.status_code, self.headers, self.content = status, headers, content

    def __getitem__(self, name):
        return self.headers[name]


class SocketClient:
    def __init__(self, port, host):
        self.port, self.host, self.cookies, self.token = port, host, {}, None
        self.last_path = None

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        sent = {"Host": self.host, "X-Forwarded-Proto": "https", "Referer": f"https://{self.host}/", **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            connection.request(method, path, body=body, headers=sent)
            raw = connection.getresponse()
            content = raw.read()
            for value in raw.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(value).items():
                    self.cookies[name] = morsel.value
            headers = {k: v for k, v in raw.getheaders()}
            return Response(raw.status, headers, content)
        finally:
            connection.close()

    def get(self, path):
        self.last_path = path
        response = self.request("GET", path)
        match = TOKEN.search(response.content.decode("utf-8", "replace"))
        if match:
            self.token = match[1]
        return response

    def post(self, path, data=None):
        if self.token is None:
            self.get(path)
        body = urlencode({**(data or {}), "csrfmiddlewaretoken": self.token}, doseq=True)
        return self.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"})
