"""What gunicorn's access log may say about a request's path (inburgering_site/gunicorn.conf.py).

`with_log_path` wraps the WSGI application and puts a redacted path into the WSGI environ, which the
access-log format prints instead of the path itself: the check id and the step of a check are left
out (an id in a log line ties every page of one person's check together; which step was asked says
something about the answers), and control characters are escaped, so `%0d%0a` in an address cannot
write a line of its own into the log.
"""

import re

ENVIRON_KEY = "inburgering.log_path"
CHECK = re.compile(r"/check/[^/]+(/[^/]+)?")
KEPT_PAGES = {"answers", "result", "restart", "checklist.pdf", "done"}


def _check_part(match):
    page = (match.group(1) or "").lstrip("/")
    if not page:
        return "/check/-"
    return "/check/-/" + (page if page in KEPT_PAGES else "-")


def _escaped(char: str) -> str:
    if char == '"':
        return '\\"'
    if char == "\\" or not char.isprintable():
        return char.encode("unicode_escape").decode("ascii")
    return char


def log_path(path: str) -> str:
    return "".join(_escaped(c) for c in CHECK.sub(_check_part, path))


def with_log_path(application):
    def logged(environ, start_response):
        environ[ENVIRON_KEY] = log_path(environ.get("PATH_INFO", ""))
        return application(environ, start_response)

    return logged
