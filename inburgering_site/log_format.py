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
