"""The page "How this check decides" and GET /api/v1/rules show every rule of the decision service.

The routes are walked here straight from the decision package (engine.routes_for for every goal,
with no answers and with each yes/no answer set to "yes"), not from the page's own module, so a
new route, condition or figure cannot be added without appearing on the page and in the JSON.
"""

import gzip
import html
import re
from datetime import date

import pytest
from django.test import Client
from django.utils import translation
from django.utils.timezone import localdate

from wizard.decision import parameters as P
from wizard.decision.answers import FIELDS, GOALS, AnswerError, parse
from wizard.decision.engine import routes_for
from wizard.presentation import ROUTE_TITLES
from wizard.steps import STEPS
from wizard.templatetags.babel_format import long_date, number

pytestmark = pytest.mark.django_db
LANGUAGES = ("nl", "en", "ar", "ti")
MAX_GZIP = 30 * 1024


def yes_no_answers():
    names = []
    for name in FIELDS:
        try:
            parse({name: "yes"})
        except AnswerError:
            continue
        names.append(name)
    return names


def every_route():
    """(goal, route) for every route the decision service can give, with each set of conditions it can show."""
    today = localdate()
    for goal in GOALS:
        for extra in [{}] + [{name: "yes"} for name in yes_no_answers()]:
            for route in routes_for(parse({"goal": goal, **extra}, today), goal):
                yield goal, route


def figures_in(condition) -> list:
    d = condition.as_dict()
    return [v for k, v in d.items() if (k == "need" or k.endswith("_need")) and isinstance(v, (int, float))]


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        client = Client()
        return {lang: client.get(f"/{lang}/rules/") for lang in LANGUAGES}


@pytest.fixture(scope="module")
def rules_json(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        response = Client().get("/api/v1/rules")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def section(page: str, anchor: str) -> str:
    """The HTML of the <section id=anchor> (routes' sections do not nest)."""
    start = page.index(f'id="{anchor}"')
    return page[start : page.index("</section>", start)]


def shown(text) -> str:
    return html.escape(str(text), quote=True)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_route_its_conditions_and_figures_are_on_the_page(pages, lang):
    page = pages[lang].content.decode()
    assert pages[lang].status_code == 200
    seen = 0
    with translation.override(lang):
        for goal, route in every_route():
            assert f'id="goal-{goal}"' in page
            part = section(page, f"route-{route.id}")
            assert shown(ROUTE_TITLES[route.id]) in part, (lang, route.id)
            for c in route.conditions:
                assert f'<q lang="nl" dir="ltr">{shown(c.phrase)}</q>' in part, (lang, route.id, c.id)
                for value in figures_in(c):
                    assert shown(number(value)) in part, (lang, route.id, c.id, value)
            seen += 1
    assert seen >= 16


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_figure_with_its_reference_and_date_checked_and_the_rules_version(pages, lang):
    page = pages[lang].content.decode()
    assert P.RULES_VERSION in page
    with translation.override(lang):
        for name, p in P.all_parameters().items():
            part = page[page.index(f'id="figure-{name}"') :]
            part = part[: part.index("</li>")]
            for ref in p.references:
                assert shown(ref.text) in part and shown(ref.at) in part, (name, ref)
                if ref.site:
                    assert f'href="https://{ref.site}"' in part, (name, ref)
            assert shown(long_date(p.checked)) in part, name


def test_a_figure_in_a_condition_is_a_parameter(rules_json):
    """A condition that compares a figure names the parameter it comes from (with its reference)."""
    names = {f["name"] for f in rules_json["figures"]}
    for goal in rules_json["goals"]:
        for route in goal["routes"]:
            for c in route["conditions"] + [c for v in route["variants"] for c in v["conditions"]]:
                assert set(c["figures"]) <= names
                if c.get("need") is not None:
                    assert any(P.all_parameters()[n].value == c["need"] for n in c["figures"]), (route["id"], c)


def test_the_sources_link_to_the_organisations_site(pages):
    page = pages["en"].content.decode()
    assert 'href="https://inburgeren.nl"' in section(page, "route-duo_agi_course")
    assert 'href="https://ind.nl"' in section(page, "route-ind_diploma")
    sites = {f"https://{r.site}" for p in P.all_parameters().values() for r in p.references if r.site}
    external = set(re.findall(r'href="(https?://[^"]+)"', page))
    assert external <= sites  # the organisations' sites only, as parameters.py gives them
    assert not re.search(r'<(script|img|iframe|link)[^>]+(src|href)="https?://', page)


def test_where_the_sources_disagree_the_page_says_what_the_check_does(pages):
    page = pages["en"].content.decode()
    part = section(page, "disagreements")
    assert "DUO gives the advice, so DUO&#x27;s number is used here." in part
    for p in (P.ATTEMPTS_ADVICE, P.ATTEMPTS_AGI):
        assert shown(p.reference) in part
    assert shown(P.ATTEMPTS_ADVICE.reference) != shown(P.ATTEMPTS_AGI.reference)
    assert 'href="#route-duo_advice_agi_course"' in part


def test_an_answer_that_changes_the_conditions_shows_the_other_conditions(pages):
    """A closed school: the listing when the course started counts (the wizard's words for the answer)."""
    part = section(pages["en"].content.decode(), "route-duo_agi_alfa")
    assert "If your answer to “Does your school still exist?” is “No, my school is closed”" in part
    assert "Uw school stond op zoekinburgerschool.nl toen u begon met de cursus" in part


def test_a_sentence_that_needs_a_persons_answer_is_left_out():
    """The met sentence of term_elapsed needs the person's start date: only the Dutch phrase says it."""
    from wizard.rules_page import rules
    from wizard.rules_words import condition_words

    route = rules(localdate())["goals"][0]["routes"][0]
    by_id = {c["id"]: c["example"] for c in route["conditions"]}
    with translation.override("en"):
        assert condition_words(by_id["term_elapsed"]) == ""
        assert condition_words(by_id["obliged"]) == "You have an inburgeringsplicht."
        assert "600" in condition_words(by_id["hours"])


def test_every_route_and_condition_is_in_the_json(rules_json):
    assert rules_json["rules_version"] == P.RULES_VERSION
    routes = {r["id"]: r for g in rules_json["goals"] for r in g["routes"]}
    assert [g["id"] for g in rules_json["goals"]] == list(GOALS)
    for _goal, route in every_route():
        published = routes[route.id]
        with translation.override("en"):
            assert published["title"] == str(ROUTE_TITLES[route.id])  # English words
        sets = [published["conditions"]] + [v["conditions"] for v in published["variants"]]
        wanted = [(c.id, c.phrase, c.kind) for c in route.conditions]
        assert any([(c["id"], c["phrase"], c["kind"]) for c in s] == wanted for s in sets), route.id
        for c in route.conditions:
            for value in figures_in(c):
                figures = [
                    P.all_parameters()[n].value for s in sets for p in s if p["id"] == c.id for n in p["figures"]
                ]
                assert value in figures, (route.id, c.id, value)
    assert {f["name"] for f in rules_json["figures"]} == set(P.all_parameters())
    assert all("example" not in c for r in routes.values() for c in r["conditions"])


def test_the_json_gives_the_figures_with_reference_and_date(rules_json):
    figures = {f["name"]: f for f in rules_json["figures"]}
    hours = figures["HOURS_TOTAL"]
    assert {k: hours[k] for k in ("name", "value", "unit", "description", "reference", "checked")} == {
        "name": "HOURS_TOTAL",
        "value": 600,
        "unit": "hours",
        "description": P.HOURS_TOTAL.description,
        "reference": P.HOURS_TOTAL.reference,
        "checked": P.HOURS_TOTAL.checked.isoformat(),
    }
    assert hours["references"][0] == {
        "text": P.HOURS_TOTAL.references[0].text,
        "at": P.HOURS_TOTAL.references[0].at,
        "site": "https://" + P.HOURS_TOTAL.references[0].site,
    }
    assert figures["WI2021_START"]["value"] == "2022-01-01"
    assert rules_json["disagreements"][0]["figures"] == ["ATTEMPTS_ADVICE", "ATTEMPTS_AGI"]


def test_the_rules_api_answers_only_get(client):
    assert client.post("/api/v1/rules").status_code == 405
    assert client.generic("QUERY", "/api/v1/rules").status_code == 405


def test_the_openapi_document_describes_the_rules(client):
    spec = client.get("/api/v1/openapi.json").json()
    get = spec["paths"]["/api/v1/rules"]["get"]
    assert get["responses"]["200"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Rules"}
    assert set(spec["components"]["schemas"]["Rules"]["required"]) == {
        "rules_version",
        "goals",
        "figures",
        "disagreements",
        "questions",
    }


# --- The map of the questions ---------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_map_shows_every_step_of_every_goal(pages, lang):
    page = pages[lang].content.decode()
    part = section(page, "questions")
    for step in STEPS:
        for goal in step.goals or GOALS:
            assert f'id="question-{goal}-{step.name}"' in part, (goal, step.name)
    with translation.override(lang):
        for step in STEPS:
            assert shown(step.form.question) in part, step.name


def test_the_map_in_order_with_what_follows_and_what_ends_the_check(pages, rules_json):
    page = pages["en"].content.decode()
    part = section(page, "questions")
    release = [s for s in STEPS if not s.goals or "release_from_obligation" in s.goals]
    positions = [part.index(f'id="question-release_from_obligation-{s.name}"') for s in release]
    assert positions == sorted(positions)
    assert "Only after “Which parts of the inburgeringsexamen have you passed?”, when it applies." in part
    questions = {g["goal"]: {s["step"]: s for s in g["steps"]} for g in rules_json["questions"]}
    assert {s.name for s in STEPS} == {name for steps in questions.values() for name in steps}
    assert questions["naturalisation"]["goal"]["ends_with"] == [{"answer": "goal", "value": "naturalisation"}]
    assert {"answer": "obliged", "value": "no"} in questions["release_from_obligation"]["obliged"]["ends_with"]
    assert questions["stronger_permit"]["permit_exam_attempts"]["follows"] == "permit_exam_parts_passed"


# --- Weight, language and the way in -------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_page_weighs_at_most_30_kb_compressed(pages, lang):
    assert len(gzip.compress(pages[lang].content)) <= MAX_GZIP


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_start_page_links_to_the_rules(client, lang):
    assert f'href="/{lang}/rules/"' in client.get(f"/{lang}/").content.decode()


def test_the_rules_are_read_and_the_page_rendered_once_a_day():
    from wizard.rules_page import rules
    from wizard.rules_views import rules_body

    assert rules(date(2026, 12, 6)) is rules(date(2026, 12, 6))
    assert rules_body("ar", date(2026, 12, 6)) is rules_body("ar", date(2026, 12, 6))
    assert rules_body("ar", date(2026, 12, 6)) != rules_body("en", date(2026, 12, 6))


def test_every_unit_of_a_figure_has_words():
    """A figure in a new unit would be shown without words: give it some in rules_words.UNITS."""
    from wizard.rules_words import UNITS

    assert {p.unit for p in P.all_parameters().values()} <= set(UNITS) | {"date", "EUR", "table"}


@pytest.mark.django_db
def test_each_way_on_the_result_links_to_its_rules_section(client):
    """issue 21: 'Linked from ... the result page (each way links to its own section) and the checklist
    (as text)'."""
    from tests.wizard.driver import walk
    from tests.wizard.scenarios import ROUTE_WALKS
    from wizard.pdf import checklist_html

    answers, _status = ROUTE_WALKS["duo_agi_course"]
    html = walk(client, "en", answers).content.decode()
    for route_id in ("duo_agi_course", "duo_agi_alfa"):
        assert f'href="/en/rules/#route-{route_id}"' in html
    check_id = next(iter(client.session["checks"]))
    paper = checklist_html(client.session["checks"][check_id]["final"], "ar")
    assert "/ar/rules/" in paper
