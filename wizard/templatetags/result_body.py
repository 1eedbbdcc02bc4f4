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
template, with every value looked up as a dict item (page['answer']: page.answer tries an attribute
first and fails), and the words without a value translated once a language: result GET 2.23-2.27x ->
1.91-1.95x the bare page (three runs each; bench/inprocess.py FINDINGS, fifth round).

The words are translated in Python (wizard/result_words.py, which makemessages reads);
the templates hold none. The addresses are reversed here, and the forms' hidden token field is written
here from the page's one CSRF token (Django's Jinja2 `csrf_input`, which the backend adds when it is
given the request, masks the token again at each form: 30 µs each). Autoescaping is on
(settings.TEMPLATES), as in Django templates; nothing from the person's answers is marked safe.
"""

from django import template
from django.template import engines
from django.urls import reverse
from django.utils.html import format_html
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


def token_input(csrf_token) -> str:
    """The hidden field of every form, as Django's {% csrf_token %} writes it, with the token the rest of
    the page (base.html) uses; none without a request, as {% csrf_token %}."""
    if not csrf_token or csrf_token == "NOTPROVIDED":
        return ""
    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', csrf_token)


def body_context(page: dict, result: dict, check_id: str, print_view: bool = False, csrf_token=None) -> dict:
    """What result_body.html reads: the page's parts, its words and addresses, the form token, and the way
    the answer box already states (its card does not say the same sentence again)."""
    answer = page.get("answer") or {}
    return {
        "page": page,
        "result": result,
        "print_view": print_view,
        "answered": (answer.get("route") or {}).get("id"),
        "words": page_words(page, result),
        "urls": page_urls(check_id),
        "csrf_input": token_input(csrf_token),
    }


@register.simple_tag(takes_context=True)
def result_body(context):
    """The page's content, from the view's `page` (wizard/result_summary.py layout), `result`
    (wizard/presentation.py present), `check_id` and `print_view`; the form token is the one Django's
    csrf context processor gives every template rendered with a request (one token a page, as before)."""
    body = engines["jinja2"].get_template(BODY)
    data = body_context(
        context["page"],
        context["result"],
        context["check_id"],
        context.get("print_view", False),
        context.get("csrf_token"),
    )
    return mark_safe(body.render(data))  # our own template's output, autoescaped
