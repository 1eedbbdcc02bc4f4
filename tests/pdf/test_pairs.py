"""Each text of the checklist is paired with its Dutch text; the Dutch line shows where it adds something."""
from wizard.checklist import Twin, pair


def test_no_dutch_line_when_the_text_already_holds_the_dutch():
    assert not isinstance(pair("Reading (Lezen)", "Lezen"), Twin)
    assert isinstance(pair("Reading", "Lezen"), Twin)
    assert isinstance(pair("3 September 2018", "3 september 2018"), Twin)  # the Dutch spelling counts
