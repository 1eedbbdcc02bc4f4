"""Every example in ../shared/spec/examples through the function, `manage.py evaluate` and the API.

This is the only test that reads ../shared; where the folder does not exist, it has nothing to read.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.decision import AnswerError, evaluate

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT.parent / "shared" / "spec" / "examples"
# next/ holds the examples of the second round of decisions (partial dates, every exam part passed).
FILES = sorted(EXAMPLES.glob("*.json")) + sorted(EXAMPLES.glob("next/*.json")) if EXAMPLES.is_dir() else []

pytestmark = pytest.mark.skipif(not FILES, reason="../shared/spec/examples is not beside this checkout")


def check(example, result):
    statuses = {r["id"]: r["status"] for r in result["routes"]}
    for route_id, status in example["expect"].items():
        assert statuses.get(route_id) == status, route_id
    dates = {r["id"]: r["eligible_from"] for r in result["routes"]}
    for route_id, day in example.get("eligible_from", {}).items():
        assert dates.get(route_id) == day, route_id
    assert set(example.get("advice", [])) <= set(result["advice"])


@pytest.fixture(params=FILES, ids=lambda p: p.relative_to(EXAMPLES).as_posix())
def example(request):
    return json.loads(request.param.read_text(encoding="utf-8"))


def test_function(example):
    if example["exit"] == 2:
        with pytest.raises(AnswerError):
            evaluate(example["answers"])
    else:
        check(example, evaluate(example["answers"]))


def test_command_line(example, tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(example["answers"]), encoding="utf-8")
    for args, stdin in (([str(path)], None), (["-"], json.dumps(example["answers"]))):
        done = subprocess.run(
            [sys.executable, "manage.py", "evaluate", *args],
            input=stdin,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == example["exit"], done.stderr
        if example["exit"] == 2:
            assert done.stdout == ""
            assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
        else:
            check(example, json.loads(done.stdout))


def test_api(example, client):
    response = client.post("/api/v1/evaluate", data=json.dumps(example["answers"]), content_type="application/json")
    if example["exit"] == 2:
        assert response.status_code == 400
        assert response.json()["error"]["field"]
    else:
        assert response.status_code == 200
        check(example, response.json())


def test_api_takes_the_whole_example_file(example, client):
    """The examples' wrapper (answers, expect, ..., and next/'s `note`) is accepted as it is."""
    response = client.post("/api/v1/evaluate", data=json.dumps(example), content_type="application/json")
    assert response.status_code == (400 if example["exit"] == 2 else 200)
    if example["exit"] == 0:
        check(example, response.json())
