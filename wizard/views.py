"""The pages: start, one question a page (a django-formtools wizard), check your answers, result.

Views route and show; they never decide. Which questions are shown comes from the decision
service (wizard/steps.py); what the result says comes from the decision service (presentation.py).
Every page that holds answers is sent with Cache-Control: no-store.
"""

from __future__ import annotations

from collections import OrderedDict

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST
from formtools.wizard.forms import ManagementForm
from formtools.wizard.storage.session import SessionStorage
from formtools.wizard.views import NamedUrlSessionWizardView

from wizard.decision import AnswerError, evaluate, parse

from . import session, step_slugs
from .limits import rate_limited
from .presentation import present
from .result_summary import layout
from .steps import (
    BY_NAME,
    FORM_LIST,
    STEPS,
    answers_before,
    answers_from_steps,
    first_to_ask,
    first_unanswered,
    shown_again,
    shown_steps,
    step_for_answer,
)

RETURN_TO_CHECK = "check"
# The steps to ask again before the check-your-answers page, kept in the wizard's own session slot
# (formtools' extra_data): a change there made them relevant again (steps.shown_again).
ASK_AGAIN = "ask_again"


def _storage(request, check_id):
    """The check's django-formtools session slot (the one the wizard view uses)."""
    return SessionStorage(session.wizard_prefix(check_id), request)


def _ask_again(storage) -> list:
    return list(storage.extra_data.get(ASK_AGAIN) or [])


def _set_ask_again(storage, steps: list) -> None:
    storage.extra_data = {**storage.extra_data, ASK_AGAIN: list(steps)}


def _message(request, title, text, status=200, action=None):
    """A short friendly page: expired session, answers wiped, a broken form."""
    response = render(request, "wizard/message.html", {"title": title, "text": text, "action": action}, status=status)
    add_never_cache_headers(response)
    return response


def expired(request):
    return _message(
        request,
        _("Your answers are no longer here"),
        _(
            "This check has expired or was deleted: answers are kept for 30 minutes without activity, "
            "and 'Delete this check' removes them at once. Please start a new check."
        ),
        action="start",
    )


def _step_url(check_id, step, back_to_check=False):
    url = reverse("step", kwargs={"check_id": check_id, "step": step_slugs.slug(check_id, step)})
    return url + ("?return=" + RETURN_TO_CHECK if back_to_check else "")


def _check_url(check_id):
    return reverse("check_answers", kwargs={"check_id": check_id})


# --- Start ---------------------------------------------------------------------------------
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@rate_limited("start", methods=["POST"])  # each start makes a session row
def start(request):
    """GET: what the check does. POST: a new check with its own id, then its first question."""
    if request.method == "POST":
        check_id = session.new_check(request)
        return redirect(_step_url(check_id, STEPS[0].name))
    return render(request, "wizard/start.html")


# --- The questions --------------------------------------------------------------------------
class CheckWizard(NamedUrlSessionWizardView):
    """One question a page, a URL per step, under the language prefix: /<lang>/check/<id>/<slug>/
    (the slug names the step only to the site: wizard/step_slugs.py).

    Built on django-formtools, with its pitfalls closed:
    - each check has its own prefix (session slot), so two tabs or two people never mix;
    - only cleaned answers are kept (wizard/session.py), not the raw POST; a GET shows them again;
    - the steps shown are computed once a request from the stored answers (no recursion);
    - an unknown step, a later step, a tampered management form or an expired session gives a
      redirect or a short page, never an error; `done()` keeps the answers for the result page.
    """

    form_list = FORM_LIST
    template_name = "wizard/step.html"
    url_name = "step"
    done_step_name = "done"

    # --- state ------------------------------------------------------------------------------
    def get_prefix(self, request, *args, **kwargs):
        return session.wizard_prefix(kwargs["check_id"])

    def dispatch(self, request, *args, **kwargs):
        self.check_id = kwargs["check_id"]
        if session.get_check(request, self.check_id) is None:
            return expired(request)
        if kwargs.get("step") is not None:  # the address holds a neutral slug (step_slugs.py)
            kwargs["step"] = step_slugs.step_of(self.check_id, kwargs["step"]) or ""
        self._shown = None
        response = super().dispatch(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    def stored(self) -> dict:
        return session.stored_steps(self.request, self.check_id)

    def shown(self) -> list:
        """The steps shown for the stored answers (once per request; reset after a save)."""
        if self._shown is None:
            self._shown = shown_steps(self.stored())
        return self._shown

    def get_form_list(self):
        """The steps shown, in order (formtools' documented hook for conditional steps): worked out from
        the stored answers once a request, so no condition needs formtools' own cache."""
        return OrderedDict((name, self.form_list[name]) for name in self.shown())

    def _forget_shown(self):
        self._shown = None

    def get_step_url(self, step):
        return _step_url(self.check_id, step)

    def right_step_url(self, back_to_check=False):
        """The first question still to answer (or to ask again), or the check-your-answers page."""
        missing = first_to_ask(self.shown(), self.stored(), _ask_again(self.storage))
        if missing is None:
            return _check_url(self.check_id)
        return _step_url(self.check_id, missing, back_to_check)

    def _misplaced(self, step):
        """A redirect when `step` cannot be shown now: unknown, not relevant, or earlier ones unanswered."""
        shown = self.shown()
        if step not in shown:
            return redirect(self.right_step_url())
        missing = first_unanswered(shown, self.stored())
        if missing is not None and shown.index(step) > shown.index(missing):
            return redirect(_step_url(self.check_id, missing))
        return None

    # --- forms ------------------------------------------------------------------------------
    def get_form_kwargs(self, step=None):
        step = step or self.steps.current
        stored = self.stored()
        kwargs = {"answers_before": answers_before(step, self.shown(), stored)}
        follows = BY_NAME[step].follows
        if follows:
            from .forms.exams import not_passed

            kwargs["parts"] = not_passed(stored.get(follows))
        return kwargs

    def get_form_initial(self, step):
        stored = self.stored().get(step)
        return BY_NAME[step].form.initial_from(stored) if stored is not None else {}

    def get_form(self, step=None, data=None, files=None):
        # Only this request's POST is ever bound: stored answers are shown as initial values.
        if data is not None and data is not self.request.POST:
            data = None
        return super().get_form(step=step, data=data, files=None)

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        if form.is_bound and form.errors:
            form.mark_errors()
        step = self.steps.current
        shown = self.shown()
        index = shown.index(step) if step in shown else 0
        back_to_check = (
            self.request.GET.get("return") == RETURN_TO_CHECK or self.request.POST.get("return") == RETURN_TO_CHECK
        )
        if back_to_check:
            back_url = _check_url(self.check_id)
        elif index > 0:
            back_url = _step_url(self.check_id, shown[index - 1])
        else:
            back_url = reverse("start")
        context.update(
            {
                "check_id": self.check_id,
                "step_name": step,
                "question": form.question,
                "hint": form.hint,
                "where_to_find": form.where_to_find,
                "back_url": back_url,
                "return_to_check": back_to_check,
                "step_number": index + 1,
            }
        )
        return context

    # --- GET and POST -----------------------------------------------------------------------
    def get(self, request, *args, **kwargs):
        step = kwargs.get("step")
        if step == self.done_step_name:
            return self.render_done(None, **kwargs)
        if step is None:
            return redirect(self.right_step_url())
        misplaced = self._misplaced(step)
        if misplaced:
            return misplaced
        self.storage.current_step = step
        return self.render(self.get_form(step))

    def post(self, request, *args, **kwargs):
        step = kwargs.get("step")
        if step == self.done_step_name:
            return self.render_done(None, **kwargs)
        misplaced = self._misplaced(step)
        if misplaced:
            return misplaced
        management = ManagementForm(request.POST, prefix=self.prefix)
        if not management.is_valid() or management.cleaned_data["current_step"] != step:
            # A tampered or stale page: show the question again; earlier answers are kept.
            return redirect(self.get_step_url(step))
        self.storage.current_step = step
        form = self.get_form(step, data=request.POST)
        if not form.is_valid():
            return self.render(form)
        shown_before = self.shown()
        session.save_step(request, self.check_id, step, form.stored())
        self._forget_shown()
        if request.POST.get("return") == RETURN_TO_CHECK:
            # A question that this change makes relevant again is asked before the check page.
            _set_ask_again(self.storage, shown_again(shown_before, self.shown(), _ask_again(self.storage), step))
            return redirect(self.right_step_url(back_to_check=True))
        _set_ask_again(self.storage, [name for name in _ask_again(self.storage) if name != step])
        next_step = self.get_next_step(step)
        if next_step is None:
            return redirect(_check_url(self.check_id))
        self.storage.current_step = next_step
        return redirect(self.get_step_url(next_step))

    def render_done(self, form=None, **kwargs):
        """Every question answered and the answers valid together: keep them, go to the result."""
        shown, stored = self.shown(), self.stored()
        again = _ask_again(self.storage)
        missing = first_to_ask(shown, stored, again)
        if missing is not None:
            return redirect(_step_url(self.check_id, missing, back_to_check=missing in again))
        answers = answers_from_steps(stored, shown)
        try:
            parse(answers)
        except AnswerError as error:
            step = step_for_answer(error.field, shown)
            return redirect(_step_url(self.check_id, step, back_to_check=True) if step else _check_url(self.check_id))
        response = self.done([], answers=answers)
        self.storage.reset()
        return response

    def done(self, form_list, answers=None, **kwargs):
        session.set_final(self.request, self.check_id, answers)
        return redirect(reverse("result", kwargs={"check_id": self.check_id}))


check_wizard = CheckWizard.as_view(url_name="step", done_step_name="done")


# --- Check your answers, result, wipe -------------------------------------------------------
def _answer_rows(check_id, stored, shown):
    rows = []
    for name in shown:
        if name not in stored:
            continue
        form = BY_NAME[name].form
        rows.append(
            {
                "step": name,
                "question": form.question,
                "answer": form.describe(stored[name]),
                "change_url": _step_url(check_id, name, back_to_check=True),
            }
        )
    return rows


@never_cache
@require_http_methods(["GET"])
def check_answers(request, check_id):
    if session.get_check(request, check_id) is None:
        return expired(request)
    stored = session.stored_steps(request, check_id)
    shown = shown_steps(stored)
    again = _ask_again(_storage(request, check_id))
    missing = first_to_ask(shown, stored, again)
    if missing is not None:
        return redirect(_step_url(check_id, missing, back_to_check=missing in again))
    return render(
        request,
        "wizard/check_answers.html",
        {
            "check_id": check_id,
            "rows": _answer_rows(check_id, stored, shown),
            "done_url": _step_url(check_id, CheckWizard.done_step_name),
        },
    )


@never_cache
@require_http_methods(["GET"])
def result(request, check_id):
    if session.get_check(request, check_id) is None:
        return expired(request)
    answers = session.final_answers(request, check_id)
    if answers is None:
        return redirect(_check_url(check_id))
    try:
        outcome = evaluate(answers)
    except AnswerError:
        return redirect(_check_url(check_id))
    presented = present(outcome)
    return render(
        request,
        "wizard/result.html",
        {
            "check_id": check_id,
            "result": presented,
            "page": layout(outcome, presented, check_id),
            "print_view": request.GET.get("print") == "1",
        },
    )


@never_cache
@require_POST
def restart(request, check_id):
    """Start again: this check's answers are deleted at once, and a new check begins."""
    session.delete_check(request, check_id)
    new_id = session.new_check(request)
    return redirect(_step_url(new_id, STEPS[0].name))


@never_cache
@require_POST
def wipe(request):
    """Delete every answer in this browser's session at once."""
    session.wipe(request)
    return redirect("wiped")


@never_cache
def wiped(request):
    return _message(
        request,
        _("Your answers are deleted"),
        _("Every answer you gave is deleted from this website. You can close this page, or start a new check."),
        action="start",
    )


def csrf_failure(request, reason=""):
    """A form sent from an old page (or with cookies blocked): explain instead of a bare 403."""
    return _message(
        request,
        _("This page was out of date"),
        _(
            "The form could not be sent, because the page was old or cookies are blocked. Your earlier "
            "answers are kept. Go back, reload the page and try again."
        ),
        status=403,
        action="start",
    )
