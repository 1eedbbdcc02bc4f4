from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wizard import api

urlpatterns = [
    path("api/v1/evaluate", api.evaluate_view, name="api-evaluate"),
    path("api/v1/openapi.json", api.openapi_view, name="api-openapi"),
]
urlpatterns += i18n_patterns(
    path("", include("wizard.urls")),
    prefix_default_language=True,
)
