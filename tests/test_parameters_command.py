"""`manage.py parameters --stale`: the figures last checked more than a year before today.

Every day here is counted from the parameters' own `checked` dates, never from the calendar, so no
test turns red when a year has passed (issue: "a test that turns red with the calendar would stop
every change one day").
"""

from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from wizard.decision.dates import add_years
from wizard.decision.parameters import Parameter, all_parameters
from wizard.management.commands.parameters import stale

PARAMETERS = all_parameters()
OLDEST = min(p.checked for p in PARAMETERS.values())
NEWEST = max(p.checked for p in PARAMETERS.values())


def command(*args):
    out = StringIO()
    call_command("parameters", *args, stdout=out)
    return out.getvalue().splitlines()


def names(lines):
    return {line.split(" = ", 1)[0] for line in lines}


def test_without_stale_every_figure_is_listed_with_the_day_it_was_checked():
    lines = command()
    assert names(lines) == set(PARAMETERS)
    for line in lines:
        name = line.split(" = ", 1)[0]
        assert f"checked {PARAMETERS[name].checked.isoformat()}" in line
        assert PARAMETERS[name].reference in line


def test_a_year_after_the_oldest_check_nothing_is_stale_yet():
    lines = command("--stale", "--today", add_years(OLDEST, 1).isoformat())
    assert len(lines) == 1 and lines[0].startswith("Every figure was checked on or after")


def test_a_year_and_a_day_after_the_newest_check_every_figure_is_stale():
    day = add_years(NEWEST, 1) + timedelta(days=1)
    assert names(command("--stale", "--today", day.isoformat())) == set(PARAMETERS)


@pytest.mark.parametrize(
    ("checked", "is_stale"),
    [
        (date(2025, 12, 5), True),  # more than a year before 6 December 2026
        (date(2025, 12, 6), False),  # exactly a year
        (date(2026, 6, 1), False),
    ],
)
def test_stale_means_more_than_a_year_before_today(checked, is_stale):
    figure = Parameter(600, "hours", "a figure", "a source", checked=checked)
    assert ("FIGURE" in stale({"FIGURE": figure}, date(2026, 12, 6))) is is_stale


def test_a_leap_day_counts_a_year_back_to_28_february():
    figure = Parameter(600, "hours", "a figure", "a source", checked=date(2027, 2, 28))
    assert stale({"FIGURE": figure}, date(2028, 2, 29)) == {}
    assert stale({"FIGURE": figure}, date(2028, 3, 1)) == {"FIGURE": figure}


def test_a_day_that_does_not_exist_is_refused():
    with pytest.raises(CommandError, match="--today"):
        command("--stale", "--today", "2027-13-01")
