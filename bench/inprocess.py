"""Part 1: the wizard in-process, through Django's test client, against the floor in the same run.

Every walk of tests/wizard/scenarios.py (each route of the contract, in turn in nl, en, ar, ti) is
walked as a person would: start a check, GET each question page, POST its answer, check the
answers, confirm, then open the result page a few times. After every timed wizard request the
bare view (bench/urls.py: base.html through the same middleware, with the same session) is timed
too, so both see the same machine at the same moment.

Each walk is done twice. The first time the decision service's relevance cache is emptied at
its start: every answer POSTed is new to the process, and the POST pays for `relevant_questions`
in full, as a newcomer with answers nobody gave before would. The second time the same answers
come again and the cache has them, as for the many people who give the same first answers.

The test client runs the whole middleware stack, DEBUG off, on a throw-away in-memory SQLite
database (bench/run.py); Django's test instrumentation of template rendering is left off. The
first question page of a walk with an emptied cache computes the relevance of the empty answers:
that is the step GET's p95.

Budget: the median of each wizard request at most 2x the median of the bare view.
"""

from __future__ import annotations

from django.test import Client, override_settings

from tests.wizard.driver import form_data, path_of, start, step_name
from tests.wizard.scenarios import MORE_WALKS, ROUTE_WALKS
from wizard.decision import relevance

from .common import Row, Samples, Timer, ms
from .urls import BARE_PATH

LANGUAGES = ("nl", "en", "ar", "ti")
# What cProfile showed (kept up to date by hand; docs/benchmark.md prints it).
FINDINGS = [
    "Step POST with answers new to the process was 9.3 ms (3.84x the floor): two thirds of it was the decision "
    "service's `relevant_questions`, which tried every question with a few candidate answers against every route "
    "of the goal. Now (wizard/decision/relevance.py) the answers note which fields each rule reads, and a "
    "question no rule read is not tried; only the rules that read it run again; an answered question's base "
    "takes over every rule that did not read it; and the wizard works out a question only when it needs it "
    "(`relevance_of`), once per answer set. relevant_questions: 7.5 -> 2.1 ms per call (part 2, same results, "
    "checked by a property test against the full definition); step POST with new answers 9.3 -> 4.4 ms (1.91x).",
    "Result page was 6.8 ms (2.81x): rendering templates/wizard/result.html about 40 %, wording the result "
    "(wizard/presentation.py) about a third, evaluate() about a fifth. Changed: every note was translated for "
    "each note shown (the whole table was built each time), now one is; a reason words only the sentence for "
    "its status; Babel formats each figure and date once per process (it was a third of the wording); the "
    "headings of every way are translated once a page, not once a way. Result GET 6.8 -> 4.8 ms (2.17x). "
    "What is left for a permit result with 13 ways: the template (about 1.7 ms beyond base.html: some 400 "
    "values escaped), wording (0.5 ms), evaluate() (0.3 ms). Caching the wording per way was tried and "
    "gave 0.1 ms (the cache key costs nearly what it saves); not kept.",
    "Result page, second round: Django's gettext looks up the active language on every call (2.4 µs, against "
    "0.3 µs through the catalogue itself), and the wording calls it some fifty times a page; present() now looks "
    "the catalogue up once (wizard/presentation.py, tested to give the same words in every language). A way "
    "that does not fit or is unknown skips the four sending sections of the template without testing each. "
    "Result GET 2.18-2.23x -> 2.10-2.14x the floor (three runs each). What is left is Django's template engine, "
    "about 4 µs a value or tag: a permit result page (13 ways) renders some 260 values, 35 loops and 34 "
    "{% translate %} tags, each of which makes a lazy text and translates it. The way partial written into "
    "result.html saved 0.04x and was not kept (the page would repeat it three times).",
    "Result page, third round: of the 1.5 ms the permit result page spent in its template beyond base.html, "
    "1 ms was the 13 ways (13 x about 25 values and 5 loops; Django's engine looks up, localizes and escapes each "
    "value, about 4 µs). The ways are now one Jinja2 partial (templates/jinja2/wizard/result_ways.html, through "
    "Django's Jinja2 backend, autoescaped; the tag in wizard/templatetags/result_ways.py), which compiles to "
    "Python and escapes with MarkupSafe: the 13 ways 1.05 -> 0.44 ms rendered one by one, and one call renders a "
    "whole group. Result GET 2.11x -> 1.81-1.93x the floor (seven runs). The page's HTML is the same but for "
    "one escape spelling (&#39; for &#x27;).",
    "Fourth round, because three pages were at 1.86-1.97x the floor, too near the budget for a noisy machine. "
    "Step GET: cProfile put half of a question page in the widgets, each choice rendered through Django's "
    "template language (the nationality page has some 200). The widgets now use Django's own Jinja2 widget "
    "templates (FORM_RENDERER django.forms.renderers.Jinja2; wizard/jinja2/ for the date field): every page of "
    "every walk gives the same HTML but for blank lines. Step GET 1.86-1.89x -> 1.72-1.73x, p95 40 -> 23 ms. "
    "Step POST with new answers: relevant_questions made some 20 copies of the answers a step with "
    "dataclasses.replace, which runs the constructor again (13 µs); a plain copy of the fields takes 3 µs "
    "(wizard/decision/relevance.py _copy). relevant_questions 2.5 -> 1.6 ms a call (part 2); step POST with "
    "new answers 1.97x -> 1.77-1.81x. Result GET (1.89-1.96x) is left: what remains is Django's template "
    "engine for result.html around the ways, as the third round found.",
    "Fifth round, result GET at 2.23-2.27x the floor (three runs). The whole content of the result page is now "
    "one Jinja2 template (templates/jinja2/wizard/result_body.html, which includes the ways; the result_body tag "
    "in wizard/templatetags/result_body.py); result.html stays a Django template extending base.html, so the "
    "floor is unchanged. Its words are translated in Python (wizard/result_words.py) with the msgids the "
    "Django template had, so makemessages finds the same 661 messages. Every walk's page in nl, en, ar and ti "
    "(and the print view) gives the same HTML but for whitespace and escape spellings. Moved as it was, with "
    "page.answer lookups: 2.13-2.15x. cProfile then showed Jinja2 looking each dotted name up as an attribute "
    "first, failing, then as an item (page['answer'] does it at once), and Django's Jinja2 csrf_input masking "
    "the token again for each of the three forms (the field is now written once from the page's csrf_token, "
    "as {% csrf_token %} did): 1.97-1.99x. The words without a value are translated once a language for the "
    "process (70 -> 15 µs a page): 1.91-1.95x (median 3.5-3.7 ms, floor 1.9 ms). Rendering result.html for a "
    "permit result, timed alone: 1.45 -> 1.06 ms (base.html alone 0.47 ms; the Jinja2 content 0.45 ms). What "
    "is left beyond the floor: present() wording the result (0.40 ms, some 90 lazy texts translated a page), "
    "evaluate() (0.17 ms), the content (0.45 ms), the addresses reversed (0.05 ms), the session's check read.",
]
RESULT_VIEWS = 3  # result page GETs per walk
BUDGET_RATIO = 2.0
PART = "1 in-process"


def walks() -> list:
    """(name, answers by step) for every walk the wizard tests use."""
    out = [(name, answers) for name, (answers, _status) in ROUTE_WALKS.items()]
    out += [(name, answers) for name, (answers, _route, _status) in MORE_WALKS.items()]
    return out


def _forget_relevance():
    relevance._relevance.cache_clear()


class Measure:
    def __init__(self):
        self.client = Client()
        self.samples = {
            k: Samples()
            for k in (
                "bare",
                "step GET",
                "step POST, new answers",
                "step POST, answers seen before",
                "check answers GET",
                "result GET",
                "rules GET",
            )
        }

    def timed(self, kind, method, path, data=None, expect=(200,)):
        with Timer() as t:
            response = method(path, data) if data is not None else method(path)
        assert response.status_code in expect, (kind, path, response.status_code)
        self.samples[kind].add(t.wall)
        return response

    def floor(self, lang):
        self.timed("bare", self.client.get, f"/{lang}/{BARE_PATH}")

    def walk(self, lang, answers_by_step, new_answers=True):
        if new_answers:
            _forget_relevance()
        post = "step POST, new answers" if new_answers else "step POST, answers seen before"
        path = start(self.client, lang)
        for _ in range(60):
            step = step_name(path)  # None once the questions end
            if step is None:
                break
            page = self.timed("step GET", self.client.get, path)
            self.floor(lang)
            data = form_data(page.content.decode(), step, answers_by_step[step])
            response = self.timed(post, self.client.post, path, data, expect=(302,))
            self.floor(lang)
            path = path_of(response)
        assert path.endswith("/answers/"), path
        self.timed("check answers GET", self.client.get, path)
        self.floor(lang)
        done = self.client.post(path.replace("/answers/", "/done/"))
        assert done.status_code == 302, done.status_code
        result_path = path_of(done)
        for _ in range(RESULT_VIEWS):
            self.timed("result GET", self.client.get, result_path)
            self.floor(lang)
        self.timed("rules GET", self.client.get, f"/{lang}/rules/")
        self.floor(lang)


def run(options) -> list:
    measure = Measure()
    chosen = walks()[:6] if options.quick else walks()
    with override_settings(ROOT_URLCONF="bench.urls"):
        # One walk first, untimed: templates, translations and imports loaded.
        warm = Measure()
        warm.walk("en", chosen[0][1])
        for new_answers in (True, False):
            for i, (_name, answers) in enumerate(chosen):
                measure.walk(LANGUAGES[i % len(LANGUAGES)], answers, new_answers)
    bare = measure.samples["bare"]
    rows = [
        Row(PART, f"bare view GET, base.html (floor), n={len(bare)}", f"median {ms(bare.median)}, p95 {ms(bare.p95)}")
    ]
    for kind in (
        "step GET",
        "step POST, new answers",
        "step POST, answers seen before",
        "result GET",
        "rules GET",
        "check answers GET",
    ):
        s = measure.samples[kind]
        ratio = s.median / bare.median
        budgeted = kind != "check answers GET"
        rows.append(
            Row(
                PART,
                f"{kind}, n={len(s)}",
                f"median {ms(s.median)}, p95 {ms(s.p95)}; {ratio:.2f}x floor (p95 {s.p95 / bare.p95:.2f}x)",
                f"median <= {BUDGET_RATIO:g}x floor" if budgeted else "",
                (ratio <= BUDGET_RATIO) if budgeted else None,
            )
        )
    return rows
