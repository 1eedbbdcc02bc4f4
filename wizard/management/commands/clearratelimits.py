"""manage.py clearratelimits: delete the rate-limit counters whose window has ended (as clearsessions
does for sessions). Requests also do it on a small share of their counts; this empties the table at once."""

from django.core.management.base import BaseCommand

from wizard.limits import purge_expired


class Command(BaseCommand):
    help = "Delete the rate-limit counters whose counting window has ended."

    def handle(self, *args, **options):
        deleted = purge_expired()
        if options["verbosity"] >= 2:
            self.stdout.write(f"{deleted} expired rate-limit counters deleted")
