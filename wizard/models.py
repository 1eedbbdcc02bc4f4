"""The app's one table of its own: rate-limit counters (wizard/limits.py counts in it)."""

from django.db import models


class RateCounter(models.Model):
    """How many requests one client made in one group's counting window.

    `digest` is an HMAC of the group, rate, client address and window under a key derived from
    SECRET_KEY: without the secret it cannot be turned back into an address. A row is worth nothing
    once its window has ended (`expires_at`, seconds since the epoch); wizard/limits.py deletes such rows.
    """

    digest = models.CharField(max_length=64, primary_key=True)
    hits = models.PositiveIntegerField()
    expires_at = models.BigIntegerField(db_index=True)

    class Meta:
        db_table = "wizard_ratecounter"
