from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wizard import api, health, rules_views

urlpatterns = [
    path("api/v1/evaluate", api.evaluate_view, name="api-evaluate"),
    path("api/v1/openapi.json", api.openapi_view, name="api-openapi"),
    path("api/v1/rules", rules_views.rules_api, name="api-rules"),
    # Answered by wizard.health.HealthCheckMiddleware before any other middleware; the route names it.
    path("healthz", health.healthz, name="healthz"),
]
urlpatterns += i18n_patterns(
    path("", include("wizard.urls")),
    prefix_default_language=True,
)

# Uncaught errors: a database that fails gives 503 (wizard/unavailable.py), anything else 500.
handler500 = "wizard.unavailable.server_error"
