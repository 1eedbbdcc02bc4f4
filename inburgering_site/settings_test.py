"""Settings of the test run: pytest.ini names this module.

The base settings decide everything from the environment. DJANGO_TESTING=1, set here before they are
read, gives the development defaults a test needs without any other variable: no secret key, plain
http, no rate limit, static files served from the source folders (settings.py, `TESTING`). Being in
the environment, it reaches the processes the tests start (manage.py, Python), with the
DJANGO_SETTINGS_MODULE that pytest-django sets; a test of production settings starts its process
without both (tests/production/helpers.py).
"""

import os

os.environ["DJANGO_TESTING"] = "1"

from .settings import *  # noqa: E402, F403  (the base settings, read with DJANGO_TESTING set)
