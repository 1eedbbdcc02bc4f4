"""gunicorn settings for `make serve` (and the container): fit for a machine with 2 cores.

GUNICORN_BIND, GUNICORN_WORKERS, GUNICORN_THREADS override the defaults below.
The access log has no query strings and no client addresses: the path, status, size and time only;
the path without the check id and step (inburgering_site/access_log.py), its control characters escaped.
"""

import os

wsgi_app = "inburgering_site.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"
# Django is loaded once, before the workers fork: a new worker's first request is not slow.
preload_app = True
timeout = 60  # a PDF takes a few seconds at most
graceful_timeout = 30
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"
errorlog = "-"
access_log_format = '%(t)s "%(m)s %({inburgering.log_path}e)s %(H)s" %(s)s %(B)s %(M)sms'
