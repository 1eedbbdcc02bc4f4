"""python manage.py parameters [--stale] [--today YYYY-MM-DD] : the figures the rules read and when
each was last checked against its source.

`--stale` lists only those last checked more than a year before today: the ones to read again in
their source (the reference says where) before the next RULES_VERSION. A list, not a test: a test
that turns red with the calendar would stop every change one day. Like every management command
outside `evaluate`, it needs DJANGO_DEBUG=1 or a secret key.
"""

from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from wizard.decision.dates import add_years
from wizard.decision.parameters import RULES_VERSION, all_parameters

STALE_AFTER_YEARS = 1


def stale(parameters, today):
    """Name -> Parameter of those last checked more than STALE_AFTER_YEARS before `today`."""
    limit = add_years(today, -STALE_AFTER_YEARS)
    return {name: p for name, p in parameters.items() if p.checked < limit}


def describe(name, parameter):
    """One line: the value (a table is not spelled out), the day it was checked, where it comes from."""
    value = parameter.value
    if isinstance(value, date):
        shown = value.isoformat()
    elif isinstance(value, int | str):
        shown = f"{value} {parameter.unit}"
    else:
        shown = f"({parameter.unit})"
    return f"{name} = {shown}; checked {parameter.checked.isoformat()}; {parameter.reference}"


class Command(BaseCommand):
    help = "List the figures the rules read with the day each was checked; --stale: only those due for a check."

    def add_arguments(self, parser):
        parser.add_argument(
            "--stale",
            action="store_true",
            help=f"only figures last checked more than {STALE_AFTER_YEARS} year before today",
        )
        parser.add_argument("--today", metavar="YYYY-MM-DD", help="count from this day instead of today")

    def handle(self, *args, **options):
        try:
            today = date.fromisoformat(options["today"]) if options["today"] else timezone.localdate()
        except ValueError:
            raise CommandError(f"--today: {options['today']!r} is not a date (YYYY-MM-DD)") from None
        parameters = all_parameters()
        if options["stale"]:
            parameters = stale(parameters, today)
            if not parameters:
                self.stdout.write(
                    f"Every figure was checked on or after {add_years(today, -STALE_AFTER_YEARS)} "
                    f"(rules version {RULES_VERSION})."
                )
                return
        for name in sorted(parameters):
            self.stdout.write(describe(name, parameters[name]))
