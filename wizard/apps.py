from django.apps import AppConfig


class WizardConfig(AppConfig):
    name = "wizard"
    verbose_name = "Inburgering Check"

    def ready(self):
        # The one change that leans on a library's internals, applied once at start-up: each right-to-left
        # line of the checklist laid out once, not twice (a WeasyPrint 70.0 bug; it buys about 13 % of an
        # Arabic checklist's time: wizard/pdf_rtl_lines.py, tests/pdf/test_rtl_lines.py fails when the
        # pinned WeasyPrint changes).
        from . import pdf_rtl_lines

        pdf_rtl_lines.apply()
