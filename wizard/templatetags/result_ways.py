"""The ways of the result page, rendered by Jinja2 (templates/jinja2/wizard/result_ways.html, in
full, and result_ways_short.html, short).

    {% load result_ways %}{% ways page.full %}{% short_ways page.closed_short %}

Why Jinja2 for these partials: the benchmark (bench/inprocess.py) found the result page over its
budget of twice the bare page, and the profiler put most of the rest in Django's template engine,
about 4 µs for each value it looks up and escapes. A permit result has 13 ways of some 20 values
each. Jinja2 compiles the partial to Python and escapes with MarkupSafe: the whole page went from
2.11x to 1.9x the bare page. The partials hold no words to translate; the page passes the headings,
translated once (label_why, ...). Autoescaping is on (settings.TEMPLATES), as in Django templates.
"""

from django import template
from django.template import engines
from django.utils.safestring import mark_safe

register = template.Library()

FULL = "wizard/result_ways.html"
SHORT = "wizard/result_ways_short.html"
# The headings result.html translates once a page, for every way.
LABELS = (
    "label_why",
    "label_what_to_do",
    "label_forms",
    "label_costs",
    "label_send_to",
    "label_notes",
    "label_source",
    "label_calendar",
    "label_more",
    "label_rule",
    "rules_url",
)


def _render(name, context, routes):
    partial = engines["jinja2"].get_template(name).template
    # The way the answer box already states: its card does not say the same sentence again.
    answer = (context.get("page") or {}).get("answer") or {}
    return mark_safe(
        partial.render(
            routes=routes,
            print_view=context.get("print_view", False),
            answered=(answer.get("route") or {}).get("id"),
            **{label: context.get(label, "") for label in LABELS},
        )
    )


@register.simple_tag(takes_context=True)
def ways(context, routes):
    """Every way of `routes` in full (presented by wizard/presentation.py, laid out by result_summary.py)."""
    return _render(FULL, context, routes)


@register.simple_tag(takes_context=True)
def short_ways(context, routes):
    """Every way of `routes` short: title, status, one line, and the reasons behind a disclosure."""
    return _render(SHORT, context, routes)
