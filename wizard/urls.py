"""The pages, under the language prefix (/nl/, /en/, /ar/, /ti/): see inburgering_site/urls.py."""

from django.urls import path, register_converter

from . import calendar, deletion, pdf, public_pages, rules_views, session, views


class CheckIdConverter:
    regex = session.ID_PATTERN

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(CheckIdConverter, "check_id")

urlpatterns = [
    path("", views.start, name="start"),
    path("privacy/", public_pages.privacy, name="privacy"),
    path("accessibility/", public_pages.accessibility, name="accessibility"),
    path("feedback/", public_pages.feedback, name="feedback"),
    path("wipe/", views.wipe, name="wipe"),
    path("wiped/", views.wiped, name="wiped"),
    path("deleted/", deletion.check_deleted, name="check_deleted"),
    path("rules/", rules_views.rules_page, name="rules"),
    path("check/<check_id:check_id>/answers/", views.check_answers, name="check_answers"),
    path("check/<check_id:check_id>/result/", views.result, name="result"),
    path("check/<check_id:check_id>/restart/", views.restart, name="restart"),
    path("check/<check_id:check_id>/delete/", deletion.delete_this_check, name="delete_check"),
    path("check/<check_id:check_id>/checklist.pdf", pdf.checklist_pdf, name="checklist"),
    path("check/<check_id:check_id>/calendar/<slug:route_id>.ics", calendar.calendar_file, name="calendar"),
    path("check/<check_id:check_id>/<slug:step>/", views.check_wizard, name="step"),
    path("check/<check_id:check_id>/", views.check_wizard, name="check"),
]
