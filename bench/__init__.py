"""Speed and weight budgets, measured against the floor in one run: `make bench` (bench/run.py).

Not a test: nothing here is asserted in the test suite. See docs/benchmark.md for the latest numbers.
"""
