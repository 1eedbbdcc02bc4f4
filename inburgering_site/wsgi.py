import os

from django.core.wsgi import get_wsgi_application

from inburgering_site.access_log import with_log_path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "inburgering_site.settings")
# The access log prints a redacted path, set in the environ by with_log_path (access_log.py).
application = with_log_path(get_wsgi_application())
