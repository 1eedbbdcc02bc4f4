"""The part of a question's address that names its step: a neutral slug, different for every check.

Which questions are asked depends on the answers (the question about medical letters follows a
"yes" about a medical condition), so a step's name in an address would tell a browser history, a
proxy or a log what was answered. The slug is a keyed hash of the check id and the step name:
eight letters that mean nothing without the site's secret key, and that differ between checks.
"""

import string

from django.utils.crypto import salted_hmac

from .steps import BY_NAME

SALT = "inburgering.step_slugs"
LENGTH = 8
DONE = "done"  # the confirmation of check-your-answers says nothing about the answers


def slug(check_id: str, step: str) -> str:
    if step == DONE:
        return DONE
    digest = salted_hmac(SALT, f"{check_id}:{step}", algorithm="sha256").digest()
    return "".join(string.ascii_lowercase[b % 26] for b in digest[:LENGTH])


def step_of(check_id: str, step_slug: str):
    """The step name of `step_slug` in this check, or None when it names no step."""
    if step_slug == DONE:
        return DONE
    return next((name for name in BY_NAME if slug(check_id, name) == step_slug), None)
