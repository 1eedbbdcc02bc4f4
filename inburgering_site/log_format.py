"""A log formatter that writes the message only: no traceback.

For django.security: a request with a bad Host header (or another suspicious request) is one line in
the log, not a traceback, so such requests cannot fill the log.
"""

import copy
import logging


class WithoutTraceback(logging.Formatter):
    def format(self, record):
        record = copy.copy(record)
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return super().format(record)


class RedactPaths(logging.Filter):
    """django.request names the path of a failed request: without the check id and step, control
    characters escaped (inburgering_site/access_log.py), as in the access log."""

    def filter(self, record):
        from inburgering_site.access_log import log_path

        if isinstance(record.args, tuple):
            record.args = tuple(log_path(a) if isinstance(a, str) and a.startswith("/") else a for a in record.args)
        return True
