"""The language switcher: the same page, with the same answers, in another language."""

from django import template
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.urls import translate_url
from django.utils.translation import get_language

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """[(code, name in its own language, url, is_current)] for every language of the site."""
    request = context.get("request")
    path = request.get_full_path() if request else "/"
    current = (get_language() or "").split("-")[0]
    links = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(path, code) if request else f"/{code}/"
        links.append(
            {
                "code": code,
                "name": LANG_INFO.get(code, {}).get("name_local", _name),
                "url": url,
                "current": code == current,
            }
        )
    return links


@register.filter
def field_kind(bound_field):
    """radio, checkboxes, checkbox, date, select or text: how the step page lays out a field."""
    from django import forms

    widget = bound_field.field.widget
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radio"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.MultiWidget):
        return "date"
    if isinstance(widget, forms.Select):
        return "select"
    return "text"


@register.filter
def first_input_id(bound_field):
    """The id of the first input of a field: where an error-summary link should move the focus."""
    kind = field_kind(bound_field)
    return f"{bound_field.auto_id}_0" if kind in ("radio", "checkboxes", "date") else bound_field.auto_id
