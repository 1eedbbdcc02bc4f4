"""Several app processes on one SQLite file (`make serve` without DATABASE_URL): writing to the
database cache at once, as the rate limits do for different people, never fails. A failed write
would make the rate limit refuse a person who is not over it (429)."""

import subprocess
import sys
import time

from .helpers import PRODUCTION_ENV, ROOT, environment, run

PROCESSES, ADDS = 4, 150
WRITER = f"""
import sys, time, django
django.setup()
from django.core.cache import cache
from django.db import connection
connection.ensure_connection()
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
print(sum(1 for i in range({ADDS}) if not cache.add(f"person-{{sys.argv[1]}}-{{i}}", 1, 60)))
"""


def test_processes_writing_to_the_database_cache_at_once_all_succeed(tmp_path):
    env = environment(**PRODUCTION_ENV, DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    done = run(["manage.py", "createcachetable"], env)
    assert done.returncode == 0, done.stderr
    start_at = str(time.time() + 3)  # every process connected, then all write at the same moment
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(n), start_at],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(PROCESSES)
    ]
    failed = []
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        failed.append(int(out.strip()))
    assert failed == [0] * PROCESSES
