"""Messages from Django and django-formtools that a person can see on our pages.

Django and formtools ship no Tigrinya catalogue, so these strings are listed here (marked, not
translated at import) to put them in the project's own catalogues, where `ti` gets them and
`nl` and `ar` are checked. Our forms set their own messages for the usual cases; these are the
ones left over when a browser sends something our forms did not offer.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

SINGULAR = (
    gettext_noop("This field is required."),
    gettext_noop("Enter a whole number."),
    gettext_noop("Enter a number."),
    gettext_noop("Enter a valid date."),
    gettext_noop("Enter a list of values."),
    gettext_noop("Select a valid choice. That choice is not one of the available choices."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    gettext_noop("ManagementForm data is missing or has been tampered."),
    gettext_noop("CSRF verification failed. Request aborted."),
)

PLURAL = (
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
)
