"""The words of the result page (templates/jinja2/wizard/result_body.html and the ways it includes), in
the active language, translated once a request.

Jinja2 templates are not read by makemessages, so the page's words are written here. Each msgid is
the one the page said in Django's template language before (a blocktranslate's `{{ n }}` is
`%(n)s` here, its `count` an ngettext with the same two msgids), so the catalogues keep working.
The words without a value are the same for everyone: they are translated once a language and kept
for the process (40 gettext calls, some 60 µs a page), as the catalogues themselves are. A sentence
with a value in it is put together for each page; the template escapes it as any other text.
"""

from __future__ import annotations

from functools import lru_cache

from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, ngettext

from .templatetags.babel_format import long_date


def page_words(page: dict, result: dict) -> dict:
    """Every word of the page, by the name the templates use (words['why'], ...)."""
    answer = page.get("answer") or {}
    others = answer.get("others") or 0
    short = len(page.get("unknown_short") or ())
    return {
        **_fixed_words(get_language()),
        "others": ngettext("One more way fits you: see below.", "%(n)s more ways fit you: see below.", others)
        % {"n": others},
        "checked_on": gettext("Checked on %(day)s.") % {"day": long_date(result["today"])},
        "show_ways": ngettext("Show this way", "Show these %(n)s ways", short) % {"n": short},
        # DUO's phone number is a tap-to-call link in the sentence: the sentence escaped, the link kept.
        "duo_decides": mark_safe(
            escape(
                gettext(
                    "DUO decides about an ontheffing and gives its advice. Phone %(phone)s, working days 9:00 "
                    "to 17:00; inburgeren.nl."
                )
            )
            % {"phone": conditional_escape(page["duo_phone_link"])}
        ),
    }


@lru_cache(maxsize=16)
def _fixed_words(language: str) -> dict:
    """The words without a value, in `language` (the active one: it is the cache's key)."""
    return {
        "title": gettext("Your result"),
        # the headings of every way (templates/jinja2/wizard/result_ways*.html)
        "why": gettext("Why"),
        "what_to_do": gettext("What to do"),
        "forms": gettext("Forms and letters"),
        "costs": gettext("Costs"),
        "send_to": gettext("Where to send it"),
        "notes": gettext("Notes"),
        "source": gettext("Source:"),
        "calendar": gettext("Add the date to my calendar"),
        "more": gettext("More about this way: why, the forms, notes"),
        "rule": gettext("How the check decides this way"),
        # the answer box
        "what_to_send": gettext("What to send:"),
        "to_whom": gettext("To whom:"),
        "download": gettext("Download the checklist (PDF)"),
        "add_name": gettext("Add your name to the checklist (optional)"),
        "name_label": gettext("Your name on the checklist (you may leave this empty)"),
        "name_hint": gettext("We print it on the checklist only. We do not keep it."),
        "not_a_decision": gettext("This is not a decision."),
        # the groups of ways
        "ways_that_fit": gettext("Ways that fit you"),
        "ways_unknown": gettext("Ways we cannot judge yet"),
        "unknown_intro": gettext(
            "For these ways an answer is missing. Find it out (see below), then do the check again."
        ),
        "unknown_short_intro": gettext(
            "A way above already fits you. That is why the check did not ask more about these ways. Do you "
            "want to use one of them instead? Find out what is missing (see below), and ask the organisation "
            "that decides."
        ),
        "ways_closed": gettext("Ways that do not fit now"),
        # with no answer box: the checklist on its own
        "checklist_heading": gettext("Checklist to print"),
        "checklist_intro": gettext(
            "The checklist lists every paper to send, in your language and in Dutch. You can tick each step."
        ),
        "good_to_know": gettext("Good to know"),
        "who_decides": gettext("Who decides"),
        "szw_decides": gettext("The Minister of SZW decides about a letter on a very difficult situation."),
        "ind_decides": gettext("The IND decides about residence permits and naturalisation: ind.nl."),
        "print_page": gettext("Print this page"),
        "change_answers": gettext("Check or change your answers"),
        "start_again": gettext("Start again"),
        "delete_check": gettext("Delete this check"),
        "print_hint": gettext(
            "Use your browser's print command (for example Ctrl+P, or Share and then Print on a phone)."
        ),
    }
