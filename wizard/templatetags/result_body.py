"""The content of the result page, rendered by Jinja2 (templates/jinja2/wizard/result_body.html, which
includes the ways: result_ways.html in full, result_ways_short.html short).

    {% load result_body %}{% block content %}{% result_body %}{% endblock %}

templates/wizard/result.html stays a Django template that extends base.html; only its content is
Jinja2. Why: the benchmark (bench/inprocess.py) found the result page over its budget of twice the
bare page, and the profiler put most of the rest in Django's template engine, about 4 µs for each
value it looks up and escapes and for each {% translate %} (a lazy text, translated). Jinja2 compiles
the template to Python and escapes with MarkupSafe. First the ways alone (13 on a permit result, some
20 values each) moved to Jinja2: 2.11x -> about 1.9x the bare page; that left result.html around
them at some 1.2 ms beyond base.html (about 43 translated words). Now the whole content is one Jinja2
template: result GET 2.23-2.27x -> see bench/inprocess.py FINDINGS for the measured figures.

The words are translated once a request in Python (wizard/result_words.py, which makemessages reads);
the templates hold none. The addresses are reversed here. The form tokens are Django's Jinja2
`csrf_input` (the backend adds it when it is given the request). Autoescaping is on
(settings.TEMPLATES), as in Django templates; nothing from the person's answers is marked safe.
"""

from django import template
from django.template import engines
from django.urls import reverse
from django.utils.safestring import mark_safe

from wizard.result_words import page_words

register = template.Library()

BODY = "wizard/result_body.html"


def page_urls(check_id: str) -> dict:
    """The addresses the page links or sends its forms to, in the active language."""
    return {
        "checklist": reverse("checklist", args=[check_id]),
        "check_answers": reverse("check_answers", args=[check_id]),
        "restart": reverse("restart", args=[check_id]),
        "delete_check": reverse("delete_check", args=[check_id]),
        "rules": reverse("rules"),
    }


def body_context(page: dict, result: dict, check_id: str, print_view: bool = False) -> dict:
    """What result_body.html reads: the page's parts, its words and addresses, and the way the answer
    box already states (its card does not say the same sentence again)."""
    answer = page.get("answer") or {}
    return {
        "page": page,
        "result": result,
        "print_view": print_view,
        "answered": (answer.get("route") or {}).get("id"),
        "words": page_words(page, result),
        "urls": page_urls(check_id),
    }


@register.simple_tag(takes_context=True)
def result_body(context):
    """The page's content, from the view's `page` (wizard/result_summary.py layout), `result`
    (wizard/presentation.py present), `check_id` and `print_view`."""
    body = engines["jinja2"].get_template(BODY)
    data = body_context(context["page"], context["result"], context["check_id"], context.get("print_view", False))
    return mark_safe(body.render(data, request=context.request))  # our own template's output, autoescaped
