"""reading.py notes every answer field a rule family reads: relevance.py runs a family again only
when a field it read changes, so a field read unnoticed would leave a question out."""

from dataclasses import fields, replace

from hypothesis import given
from hypothesis import strategies as st

from tests.decision.test_properties import SETTINGS, answers
from wizard.decision import relevance
from wizard.decision.answers import Answers, parse
from wizard.decision.engine import FAMILIES
from wizard.decision.reading import Reading, run_reading

EVERY_FAMILY = [family for goal in FAMILIES.values() for family in goal]


def test_a_reading_gives_the_answers_and_notes_each_field_read():
    a = parse({"today": "2026-11-22", "goal": "stronger_permit", "hours_alfa": 300})
    reading = Reading(a)
    assert (reading.goal, reading.hours_alfa, reading.diploma) == ("stronger_permit", 300, None)
    assert reading.read == {"goal", "hours_alfa", "diploma"}


def test_a_property_notes_the_fields_it_reads():
    a = parse({"today": "2026-11-22", "application_date": "2026-12-01"})
    reading = Reading(a)
    assert reading.on == a.on
    assert reading.read == {"application_date"}
    reading = Reading(parse({"today": "2026-11-22"}))
    assert str(reading.on) == "2026-11-22" and reading.read == {"application_date", "today"}


def test_every_family_reads_something():
    a = parse({"today": "2026-11-22"})
    for family in EVERY_FAMILY:
        routes, read = run_reading(family, a)
        assert routes and read, family.__name__


@SETTINGS
@given(answers(), st.data())
def test_a_field_a_family_did_not_read_cannot_change_its_routes(a, data):
    parsed = parse(a)
    names = [f.name for f in fields(Answers) if f.name not in ("today", "given")]
    for family in EVERY_FAMILY:
        routes, read = run_reading(family, parsed)
        unread = [n for n in names if n not in read]
        if not unread:
            continue
        name = data.draw(st.sampled_from(unread))
        for value in relevance.candidates(name, parsed) if name in relevance.QUESTIONS else ():
            again = family(replace(parsed, **{name: value}))
            assert [r.as_dict() for r in again] == [r.as_dict() for r in routes], (family.__name__, name, value)
