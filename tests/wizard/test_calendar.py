"""'Add the date to my calendar': an RFC 5545 file, made on the fly, in the page's language."""

import pytest

from tests.pdf import samples
from wizard.calendar import fold

pytestmark = pytest.mark.django_db
CHECK = "calendarTest"


def with_final(client, answers):
    session = client.session
    session["checks"] = {CHECK: {"steps": {}, "final": answers}}
    session.save()


def lines_of(body: bytes) -> list[str]:
    text = body.decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    physical = text.split("\r\n")[:-1]
    for line in physical:
        assert len(line.encode("utf-8")) <= 75, line
    unfolded = []
    for line in physical:
        if line.startswith(" "):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    return unfolded


@pytest.mark.parametrize("lang", ["en", "ar", "ti", "nl"])
def test_a_not_yet_way_gives_an_all_day_event_on_its_date(client, lang):
    with_final(client, samples.RELEASE_LATER)
    response = client.get(f"/{lang}/check/{CHECK}/calendar/duo_agi_alfa.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Disposition"].startswith("attachment;")
    lines = lines_of(response.content)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and "BEGIN:VEVENT" in lines and "END:VEVENT" in lines
    fields = dict(line.split(":", 1) for line in lines)
    assert fields["DTSTART;VALUE=DATE"] == "20270131" and fields["DTEND;VALUE=DATE"] == "20270201"
    assert fields["UID"] and fields["DTSTAMP"].endswith("Z") and fields["PRODID"]
    assert f"SUMMARY;LANGUAGE={lang}" in fields and f"DESCRIPTION;LANGUAGE={lang}" in fields


def test_the_words_are_in_the_page_language(client):
    with_final(client, samples.RELEASE_LATER)
    en = client.get(f"/en/check/{CHECK}/calendar/duo_agi_alfa.ics").content.decode()
    assert "SUMMARY;LANGUAGE=en:Inburgering: from today you can use this way" in en


def test_only_a_way_that_is_not_yet_has_a_date(client):
    with_final(client, samples.RELEASE_LATER)
    assert client.get(f"/en/check/{CHECK}/calendar/duo_agi_course.ics").status_code == 404
    assert client.get(f"/en/check/{CHECK}/calendar/no_such_way.ics").status_code == 404
    assert client.post(f"/en/check/{CHECK}/calendar/duo_agi_alfa.ics").status_code == 405


def test_a_check_that_is_gone_has_no_calendar_file(client):
    response = client.get("/en/check/AAAAAAAAAAAA/calendar/duo_agi_alfa.ics")
    assert response.status_code == 302


def test_lines_fold_at_75_octets_never_inside_a_character():
    line = "SUMMARY;LANGUAGE=ti:" + "ኣብ" * 40
    folded = fold(line)
    parts = folded.split("\r\n ")
    assert "".join(parts) == line
    assert all(len(p.encode("utf-8")) <= 74 for p in parts[1:]) and len(parts[0].encode("utf-8")) <= 75
