"""The ways of the result page, rendered by Jinja2 (templates/jinja2/wizard/result_ways.html).

    {% load result_ways %}{% ways result.open_routes %}

Why Jinja2 for this one partial: the benchmark (bench/inprocess.py) found the result page over its
budget of twice the bare page, and the profiler put most of the rest in Django's template engine,
about 4 µs for each value it looks up and escapes. A permit result has 13 ways of some 20 values
each. Jinja2 compiles the partial to Python and escapes with MarkupSafe: the whole page went from
2.11x to 1.9x the bare page. The partial holds no words to translate; the page passes the headings,
translated once (label_why, ...). Autoescaping is on (settings.TEMPLATES), as in Django templates.
"""
from django import template
from django.template import engines
from django.utils.safestring import mark_safe

register = template.Library()

TEMPLATE = "wizard/result_ways.html"
# The headings result.html translates once a page, for every way.
LABELS = ("label_why", "label_what_to_do", "label_forms", "label_costs", "label_send_to", "label_notes",
          "label_source")


@register.simple_tag(takes_context=True)
def ways(context, routes):
    """Every way of `routes` (presented by wizard/presentation.py), as HTML."""
    partial = engines["jinja2"].get_template(TEMPLATE).template
    return mark_safe(partial.render(routes=routes, **{name: context.get(name, "") for name in LABELS}))
