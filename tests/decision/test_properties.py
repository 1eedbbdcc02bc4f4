"""Properties over random answers (hypothesis)."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard.decision import evaluate
from wizard.decision.answers import DOCUMENTS, EXAM_PARTS, GOALS, LANGUAGE_PARTS, MEDICAL_DOCUMENTS

TODAY = date(2026, 11, 22)
tri = st.sampled_from(["yes", "no", "unknown"])
past = st.dates(min_value=date(1990, 1, 1), max_value=TODAY).map(date.isoformat)
# A date people often know only in part: the day, the month or the year (rules.md, "Partial dates").
partial = st.tuples(past, st.sampled_from([10, 7, 4])).map(lambda p: p[0][: p[1]])
hours = st.integers(min_value=0, max_value=2000)


@st.composite
def exam_parts(draw):
    out = {}
    for part in draw(st.lists(st.sampled_from(EXAM_PARTS), unique=True)):
        value = {"passed": draw(st.booleans())}
        if draw(st.booleans()):
            value["attempts_inburgering"] = draw(st.integers(0, 8))
        if part in LANGUAGE_PARTS and draw(st.booleans()):
            value["attempts_nt2"] = draw(st.integers(0, 5))
        out[part] = value
    return out


FIELD_STRATEGIES = {
    "goal": st.sampled_from(GOALS),
    "birth_date": st.tuples(
        st.dates(min_value=date(1930, 1, 1), max_value=TODAY).map(date.isoformat), st.sampled_from([10, 7, 4])
    ).map(lambda p: p[0][: p[1]]),
    "nationalities": st.lists(st.sampled_from(["SY", "BE", "LU", "TR", "ER", "NL", "IQ"]), max_size=3),
    "turkish_family_member": st.sampled_from(["yes", "unregistered_partner", "no", "unknown"]),
    "obliged": tri,
    "obligation_start": partial,
    "term_start": partial,
    "diploma": tri,
    "exam_parts": exam_parts(),
    "participation_statement_done": tri,
    "hours_inburgering": hours,
    "hours_nt2": hours,
    "hours_alfa": hours,
    "hours_education": hours,
    "school_listed_at_start": tri,
    "school_listed_now": tri,
    "school_closed": tri,
    "difficult_situation": tri,
    "years_lived_in_nl": st.integers(0, 40),
    "years_worked_in_nl": st.integers(0, 40),
    "dutch_good": tri,
    "school_age_years_in_nl": st.integers(0, 12),
    "documents": st.lists(st.sampled_from(DOCUMENTS), max_size=3),
    "medical_documents": st.lists(
        st.fixed_dictionaries({"id": st.sampled_from(MEDICAL_DOCUMENTS)}, optional={"date": partial}), max_size=2
    ),
    "medical_condition": tri,
    "duo_advice_agi": tri,
    "duo_advice_integrated": tri,
    "roc_advice_date": partial,
    "special_circumstances": tri,
    "permit_type": st.sampled_from(
        ["permanent_regular", "permanent_asylum", "humanitarian_non_temporary", "eu_long_term", "unknown"]
    ),
}


@st.composite
def answers(draw):
    chosen = draw(st.lists(st.sampled_from(sorted(FIELD_STRATEGIES)), unique=True))
    out = {"today": TODAY.isoformat()}
    for name in chosen:
        out[name] = draw(FIELD_STRATEGIES[name])
    if "birth_date" in out:
        for later in ("obligation_start", "term_start"):
            if later in out and out[later][:4] <= out["birth_date"][:4]:
                del out[later]
    return out


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
RANK = {"not_applicable": 0, "not_eligible": 0, "needs_info": 1, "not_yet": 2, "eligible": 3}


@SETTINGS
@given(answers())
def test_any_valid_answers_give_a_result(a):
    r = evaluate(a)
    assert {x["status"] for x in r["routes"]} <= set(RANK)
    assert evaluate(a) == r  # the same answers give the same result


@SETTINGS
@given(
    answers(), st.sampled_from(["hours_inburgering", "hours_nt2", "hours_alfa", "hours_education"]), st.integers(1, 500)
)
def test_more_hours_never_hurt(a, field, extra):
    before = {x["id"]: x["status"] for x in evaluate(a)["routes"]}
    more = {**a, field: a.get(field, 0) + extra}
    after = {x["id"]: x["status"] for x in evaluate(more)["routes"]}
    for route_id, status in before.items():
        if status == "eligible" and field in a:
            assert after[route_id] == "eligible", route_id


@SETTINGS
@given(answers(), st.sampled_from(EXAM_PARTS), st.integers(1, 3))
def test_more_attempts_never_hurt(a, part, extra):
    exams = a.get("exam_parts")
    if not exams or part not in exams or exams[part]["passed"]:
        return
    before = {x["id"]: x["status"] for x in evaluate(a)["routes"]}
    bumped = {
        **exams,
        part: {**exams[part], "attempts_inburgering": exams[part].get("attempts_inburgering", 0) + extra},
    }
    if "attempts_inburgering" not in exams[part]:
        return
    after = {x["id"]: x["status"] for x in evaluate({**a, "exam_parts": bumped})["routes"]}
    for route_id, status in before.items():
        if status == "eligible":
            assert after[route_id] == "eligible", route_id


def _relevant_by_brute_force(a):
    """The definition of relevance, run in full: every family of every goal for every candidate."""
    from dataclasses import replace

    from wizard.decision import relevance
    from wizard.decision.answers import parse
    from wizard.decision.engine import routes_for
    from wizard.decision.logic import ELIGIBLE

    def routes(x):
        return [r for g in ([x.goal] if x.goal else GOALS) for r in routes_for(x, g)]

    parsed = parse(a)
    out = []
    for name in relevance.QUESTIONS:
        if name == "goal":
            if parsed.goal is None:
                out.append(name)
            continue
        base = replace(parsed, **{name: None})
        before = routes(base)
        eligible = {r.id for r in before if r.status == ELIGIBLE}
        if base.goal is not None and eligible:
            # B023 is a false alarm here: the lambda is only called below, in this same pass of the loop.
            key = lambda rs: relevance._forms_of(rs, eligible)  # noqa: E731, B023
        else:
            key = lambda rs: tuple(relevance._outcome(r) for r in rs)  # noqa: E731
        if any(key(routes(replace(base, **{name: v}))) != key(before) for v in relevance.candidates(name, base)):
            out.append(name)
    return out


@SETTINGS
@given(answers())
def test_relevance_skips_only_what_no_rule_reads(a):
    """relevant_questions re-runs only the route families that read a question; the answer is the same."""
    from wizard.decision import relevant_questions

    assert relevant_questions(a) == _relevant_by_brute_force(a)


@SETTINGS
@given(answers())
def test_unknown_conditions_ask_for_answers(a):
    """Contract: a needs_info route's unknown conditions name the answers that would decide them."""
    from wizard.decision import FIELDS

    for route in evaluate(a)["routes"]:
        for condition in route["conditions"]:
            assert set(condition.get("asks", [])) <= set(FIELDS), (route["id"], condition)
        if route["status"] == "needs_info":
            unknown = [c for c in route["conditions"] if c["status"] == "unknown"]
            assert unknown and all(c.get("asks") for c in unknown), (route["id"], unknown)


@SETTINGS
@given(answers(), st.sampled_from(["term_start", "obligation_start", "birth_date", "roc_advice_date"]))
def test_a_known_day_never_contradicts_its_month(a, field):
    """A condition decided on a month or a year is decided the same way on each day of it: giving the
    exact day may settle an unknown, never turn a met condition unmet or the reverse (waiting aside)."""
    value = a.get(field)
    if not value or len(value) == 10:
        return
    r = evaluate(a)
    day = value + ("-15" if len(value) == 7 else "-06-15")
    if day > a["today"]:
        return
    exact = evaluate({**a, field: day})
    for x, y in zip(sorted(r["routes"], key=lambda r: r["id"]), sorted(exact["routes"], key=lambda r: r["id"])):
        for c, d in zip(x["conditions"], y["conditions"]):
            if c["id"] == d["id"] and c.get("kind") != "wait" and c["status"] in ("met", "unmet"):
                assert d["status"] == c["status"], (x["id"], c, d)
