"""Each text of the checklist is paired with its Dutch text; the Dutch line shows where it adds something."""

from wizard.checklist import Twin, pair


def test_no_dutch_line_when_the_text_already_holds_the_dutch():
    assert not isinstance(pair("Reading (Lezen)", "Lezen"), Twin)
    assert isinstance(pair("Reading", "Lezen"), Twin)
    assert isinstance(pair("3 September 2018", "3 september 2018"), Twin)  # the Dutch spelling counts


def test_no_template_syntax_on_the_paper():
    from django.utils.translation import override

    from wizard.pdf import checklist_html

    from .samples import PERMIT, RELEASE

    for answers in (PERMIT, RELEASE):
        with override("ar"):
            html = checklist_html(dict(answers), "ar")
        assert not any(mark in html for mark in ("{#", "#}", "{%", "%}", "{{", "}}"))
