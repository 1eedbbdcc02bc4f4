"""Part 2: the decision service alone, pure Python, no request around it.

The answers are the wizard's own: every walk of tests/wizard/scenarios.py is walked once through
the test client, and the confirmed answers of each check are read back from its session (plus
the full checklists of tests/pdf/samples.py). For `relevant_questions` the calls are the ones the
wizard makes: `wizard.steps.shown_steps` is run on each check's stored steps and every answers
dict it passes to the service is kept (one per step: the answers of the steps before it).

Measured over a fixed number of passes:
- evaluate(answers) per second;
- relevant_questions(answers) per second with its cache emptied before each call (answers the
  process has never seen: the full computation, what a new answer costs), and from the cache.
No budget: the figures show where the wizard's time goes (part 1).
"""

from __future__ import annotations

import json
import time

from django.test import Client

from tests.pdf import samples
from tests.wizard.driver import walk
from wizard import steps as wizard_steps
from wizard.decision import evaluate, relevance, relevant_questions

from .common import Row
from .inprocess import walks

PART = "2 decision"


def wizard_answers():
    """(confirmed answers per walk, stored steps per walk), read back from the sessions."""
    client = Client()
    finals, stored = [], []
    for _name, answers_by_step in walks():
        response = walk(client, "en", answers_by_step)
        assert response.status_code == 200, response.status_code
        check_id = response.wsgi_request.path.rstrip("/").split("/")[-2]
        check = client.session["checks"][check_id]
        finals.append(check["final"])
        stored.append(check["steps"])
    return finals, stored


def relevance_calls(stored_checks) -> list:
    """Every answers dict the wizard asks `relevant_questions` about, for these checks (distinct)."""
    seen, calls = set(), []
    real = wizard_steps.relevance_of

    def recording(answers, today=None):
        key = json.dumps(answers, sort_keys=True, default=str)
        if key not in seen:
            seen.add(key)
            calls.append(json.loads(key))
        return real(answers, today)

    wizard_steps.relevance_of = recording
    try:
        for stored in stored_checks:
            wizard_steps.shown_steps(stored)
    finally:
        wizard_steps.relevance_of = real
    return calls


def per_second(function, inputs, passes, before=None) -> tuple:
    """(calls per second, calls) over `passes` passes through `inputs`; `before` runs untimed."""
    total, calls = 0.0, 0
    for _ in range(passes):
        for item in inputs:
            if before:
                before()
            start = time.perf_counter()
            function(item)
            total += time.perf_counter() - start
            calls += 1
    return calls / total, calls


def _clear():
    relevance._relevance.cache_clear()


def run(options) -> list:
    finals, stored = wizard_answers()
    finals += [dict(a) for a in (samples.RELEASE, samples.RELEASE_LATER, samples.PERMIT, samples.HARDSHIP)]
    calls = relevance_calls(stored)
    passes = 3 if options.quick else 20
    for answers in finals:  # imports and first-call caches
        evaluate(answers)
    evals, n_evals = per_second(evaluate, finals, passes)
    cold, n_cold = per_second(relevant_questions, calls, max(1, passes // 10), before=_clear)
    for answers in calls:
        relevant_questions(answers)
    warm, n_warm = per_second(relevant_questions, calls, passes)
    return [
        Row(
            PART,
            f"evaluate(), {len(finals)} answer sets from the walks and samples, n={n_evals}",
            f"{evals:,.0f}/s ({1e6 / evals:,.0f} µs each)",
        ),
        Row(
            PART,
            f"relevant_questions(), cache empty, {len(calls)} answer sets the wizard asks about, n={n_cold}",
            f"{cold:,.0f}/s ({1e3 / cold:,.1f} ms each)",
        ),
        Row(PART, f"relevant_questions(), from its cache, n={n_warm}", f"{warm:,.0f}/s ({1e6 / warm:,.0f} µs each)"),
    ]
