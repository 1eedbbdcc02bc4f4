"""GET /<lang>/rules/: how this check decides; GET /api/v1/rules: the same in JSON (English words)."""

from datetime import date
from functools import lru_cache

from django.http import JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from .rules_words import page_map, page_rules

# The condition keys the JSON publishes (a condition also carries one example's answers).
CONDITION_KEYS = ("id", "kind", "source", "source_title", "phrase", "text", "asks", "need", "figures")


@lru_cache(maxsize=8)
def rules_body(lang: str, today: date) -> str:
    """The page's main content in one language, rendered once a day (the same for everyone: no answers,
    no form), so that the page costs what base.html costs."""
    with translation.override(lang):
        context = {**page_rules(today), "question_map": page_map()}
        return render_to_string("wizard/rules_body.html", context)


@require_GET
def rules_page(request):
    body = rules_body(translation.get_language(), timezone.localdate())
    return render(request, "wizard/rules.html", {"body": mark_safe(body)})  # our own template's output


def _json_value(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_json_value(v) for v in value]
    return value


def _conditions(conditions):
    return [{k: c[k] for k in CONDITION_KEYS if k in c} for c in conditions]


def rules_json(today: date) -> dict:
    with translation.override("en"):
        data = page_rules(today)
        steps = page_map()
    return {
        "rules_version": data["rules_version"],
        "goals": [
            {
                "id": g["id"],
                "title": g["title"],
                "advice": [a["id"] for a in g["advice"]],
                "routes": [
                    {
                        "id": r["id"],
                        "title": r["title"],
                        "source": r["source"],
                        "source_title": r["source_title"],
                        "site": r["site"],
                        "send_to": r["send_to"],
                        "forms": r["forms"],
                        "conditions": _conditions(r["conditions"]),
                        "variants": [
                            {"answer": v["answer"], "value": v["value"], "conditions": _conditions(v["conditions"])}
                            for v in r["variants"]
                        ],
                    }
                    for r in g["routes"]
                ],
            }
            for g in data["goals"]
        ],
        "figures": [
            {
                "name": f["name"],
                "value": _json_value(f["value"]),
                "unit": f["unit"],
                "description": f["description"],
                "reference": f["reference"],
                "checked": f["checked"].isoformat(),
                "references": f["references"],
            }
            for f in data["figures"]
        ],
        "disagreements": [
            {"note": d["note"]["id"], "text": d["text"], "routes": d["routes"], "figures": d["figures"]}
            for d in data["disagreements"]
        ],
        "questions": [
            {
                "goal": g["id"],
                "steps": [
                    {
                        "step": s["name"],
                        "answers": s["answers"],
                        "question": s["question"],
                        "follows": s["follows_step"],
                        "ends_with": s["end_answers"],
                    }
                    for s in g["steps"]
                ],
            }
            for g in steps
        ],
    }


@csrf_exempt  # no cookies and nothing changes: any method but GET gets 405, not CSRF's 403
@require_GET
def rules_api(request):
    return JsonResponse(rules_json(timezone.localdate()), json_dumps_params={"ensure_ascii": False})
