"""The tests that depend on the database engine carry the marker `db`: .ci/run runs the whole suite
on SQLite, then only these (`-m db`) again on PostgreSQL. A test file may also say
`pytestmark = pytest.mark.db` itself."""

import pytest

# Paths (or path::test) from the project folder, with why each depends on the database.
DATABASE_DEPENDENT = (
    "tests/production/test_health_and_sessions.py",  # sessions stored and expired; /healthz asks the database
    "tests/production/test_errors_and_logs.py",  # errors and logs around database writes
    "tests/production/test_rate_limits.py",  # counters: one upsert a request
    "tests/production/test_parallel_limits.py",  # the same, under parallel load through two instances
    "tests/production/test_nginx_front.py",  # the front and gunicorn on the database of DATABASE_URL
    "tests/production/test_settings.py::test_the_suite_runs_on_the_database_of_database_url",
    "tests/wizard/test_pages.py",  # every page, with the answers in the session table
    "tests/production/test_database_unavailable.py",  # 503s; a read-only PostgreSQL (default_transaction_read_only)
    "tests/production/test_session_privacy.py",  # the session row as the database stores it: encrypted
)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if any(item.nodeid == path or item.nodeid.startswith(path + "::") for path in DATABASE_DEPENDENT):
            item.add_marker(pytest.mark.db)
