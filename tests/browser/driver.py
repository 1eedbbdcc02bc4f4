"""Drive the wizard in a real browser from the same answer tables as tests/wizard/driver.py.

    from tests.browser.driver import Walker
    walker = Walker(page, "en")                 # mouse (clicks on labels and buttons)
    walker = Walker(page, "en", keyboard=True)  # Tab, Space, arrows, Enter only
    walker.start()
    walker.answer_until_check(answers_by_step)  # every page the wizard shows, in its order
    walker.see_result()

Fields are found by their names (`<step>-<answer name>`, as Django's form prefix makes them) and
answered as a person would: a radio button or a check box through its label, a number typed into
its box, a country chosen from the list. The wizard decides which pages are shown; a page shown
that the answers do not cover fails the walk, as in the test-client driver.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from tests.wizard.driver import step_name

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

# Whether the focused element shows it: outline, shadow or background different from unfocused.
FOCUS_STYLE = """el => { const s = getComputedStyle(el);
  return {outline: s.outlineStyle === 'none' ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
          shadow: s.boxShadow, background: s.backgroundColor, color: s.color}; }"""
ACTIVE = """() => { const el = document.activeElement;
  if (!el || el === document.body) return null;
  return {tag: el.tagName.toLowerCase(), name: el.getAttribute('name'), value: el.value ?? null,
          type: el.getAttribute('type'), id: el.id, cls: el.className, checked: !!el.checked}; }"""


def path(page) -> str:
    return urlsplit(page.url).path


def step_of(page) -> str | None:
    """The step name of the page shown, or None for a page that is not a question."""
    return step_name(path(page))


def field_values(step: str, fields: dict) -> list[tuple[str, object]]:
    """(input name, value) pairs for one page, in the order of `fields`; dates split in three boxes."""
    pairs = []
    for name, value in fields.items():
        key = f"{step}-{name}"
        if isinstance(value, dict):
            pairs += [(f"{key}_{part}", "" if v is None else str(v)) for part, v in value.items()]
        elif isinstance(value, str) and ISO_DATE.fullmatch(value):
            year, month, day = value.split("-")
            pairs += [(f"{key}_0", str(int(day))), (f"{key}_1", str(int(month))), (f"{key}_2", year)]
        elif value is not None:
            pairs.append((key, value))
    return pairs


class UnexpectedPage(AssertionError):
    pass


class Walker:
    def __init__(self, page, lang: str, *, keyboard: bool = False, on_page=None):
        self.page = page
        self.lang = lang
        self.keyboard = keyboard
        self.on_page = on_page or (lambda page, kind: None)  # called on every page shown
        self.asked: list[str] = []
        self.focus_problems: list[str] = []

    # --- pages --------------------------------------------------------------------------------
    def open(self, url: str, kind: str):
        self.page.goto(url)
        self.on_page(self.page, kind)

    def start(self):
        """The start page, then its button: the first question."""
        self.open(f"/{self.lang}/", "start")
        self.press(self.page.locator("main form button[type=submit]"))
        assert step_of(self.page), f"the start button led to {self.page.url}"

    def answer_until_check(self, answers_by_step: dict, *, stop_at=None):
        """Answer every question shown until the check-your-answers page (or the step `stop_at`)."""
        for _ in range(60):
            step = step_of(self.page)
            if step is None or step == stop_at:
                break
            if step not in answers_by_step:
                raise UnexpectedPage(
                    f"the wizard asked {step!r}, which the answers do not cover (asked so far: {self.asked})"
                )
            self.on_page(self.page, page_kind(self.page))
            self.asked.append(step)
            self.fill(step, answers_by_step[step])
            self.submit()
            assert step_of(self.page) != step or self.page.locator(".error-summary").count() == 0, (
                f"{step}: the answers were refused: {self.errors()}"
            )
        else:
            raise AssertionError("the wizard did not end")
        if stop_at is None:
            assert path(self.page).endswith("/answers/"), f"the walk ended on {self.page.url}"

    def see_result(self):
        """Confirm the check-your-answers page; the result page is shown."""
        self.on_page(self.page, "check-answers")
        self.press(self.page.locator("main form button[type=submit]"))
        assert path(self.page).endswith("/result/"), f"confirming led to {self.page.url}"
        self.on_page(self.page, "result")

    def errors(self) -> list[str]:
        return self.page.locator(".error-message").all_inner_texts()

    # --- one page -----------------------------------------------------------------------------
    def fill(self, step: str, fields: dict):
        for name, value in field_values(step, fields):
            inputs = self.page.locator(f'[name="{name}"]')
            assert inputs.count(), f"{step}: no field named {name!r} on the page"
            kind = inputs.first.evaluate("el => el.tagName === 'SELECT' ? 'select' : el.type")
            if kind == "radio":
                self.choose(inputs.and_(self.page.locator(f'[value="{value}"]')))
            elif kind == "checkbox":
                values = value if isinstance(value, (list, tuple)) else ([None] if value is True else [])
                for v in values:
                    box = inputs if v is None else inputs.and_(self.page.locator(f'[value="{v}"]'))
                    self.tick(box)
            elif kind == "select":
                self.pick(inputs, str(value))
            else:
                self.type(inputs, str(value))

    def submit(self):
        self.press(self.page.locator("form.question-form button[type=submit]"))

    # --- single actions, by mouse or by keyboard ---------------------------------------------------
    def label_of(self, control):
        return self.page.locator(f'label[for="{control.get_attribute("id")}"]')

    def choose(self, radio):
        assert radio.count() == 1, "no such choice"
        if self.keyboard:
            self.tab_to(lambda a: a and a["type"] == "radio" and a["name"] == radio.get_attribute("name"))
            wanted = radio.get_attribute("value")
            for _ in range(30):
                active = self.page.evaluate(ACTIVE)
                if active["value"] == wanted:
                    break
                self.page.keyboard.press("ArrowDown")
            self.page.keyboard.press("Space")
        else:
            self.label_of(radio).click()
        assert radio.is_checked()

    def tick(self, box):
        assert box.count() == 1, "no such check box"
        if self.keyboard:
            self.tab_to(lambda a: a and a["id"] == box.get_attribute("id"))
            self.page.keyboard.press("Space")
        else:
            self.label_of(box).click()
        assert box.is_checked()

    def pick(self, select, value: str):
        if self.keyboard:
            # A closed list box takes arrow keys: move until the wanted option is chosen.
            self.tab_to(lambda a: a and a["name"] == select.get_attribute("name"))
            options = select.locator("option").evaluate_all("os => os.map(o => o.value)")
            current = select.input_value()
            steps = options.index(value) - options.index(current)
            for _ in range(abs(steps)):
                self.page.keyboard.press("ArrowDown" if steps > 0 else "ArrowUp")
        else:
            select.select_option(value)
        assert select.input_value() == value

    def type(self, box, text: str):
        if self.keyboard:
            self.tab_to(lambda a: a and a["name"] == box.get_attribute("name"))
            self.page.keyboard.press("ControlOrMeta+a")
            self.page.keyboard.type(text)
        else:
            box.fill(text)
        assert box.input_value() == text

    def press(self, button):
        """Press a button (a form submit): a click, or Tab to it and Enter. Waits for the next page."""
        with self.page.expect_navigation():
            if self.keyboard:
                handle = button.element_handle()
                self.tab_to(lambda a: self.page.evaluate("el => document.activeElement === el", handle))
                self.page.keyboard.press("Enter")
            else:
                button.click()

    def tab_to(self, wanted, limit=80):
        """Press Tab until `wanted(active element)` holds; check each stop on the way shows its focus."""
        previous = None
        for _ in range(limit):
            active = self.page.evaluate(ACTIVE)
            if active and wanted(active):
                self._check_focus_visible(active)
                return
            if active:
                previous = self._check_focus_visible(active)
            self.page.keyboard.press("Tab")
            if previous is not None:
                self._compare_with_unfocused(*previous)
        raise AssertionError(f"Tab never reached the control on {self.page.url}")

    def leave_focus(self):
        """Press Tab once more, so the element that had the focus is compared with itself unfocused."""
        active = self.page.evaluate(ACTIVE)
        if active:
            previous = self._check_focus_visible(active)
            self.page.keyboard.press("Tab")
            self._compare_with_unfocused(*previous)

    def _check_focus_visible(self, active):
        handle = self.page.evaluate_handle("document.activeElement")
        return handle, handle.evaluate(FOCUS_STYLE), active

    def _compare_with_unfocused(self, handle, focused, active):
        if handle.evaluate("el => document.activeElement === el"):
            return
        unfocused = handle.evaluate(FOCUS_STYLE)
        outline = focused["outline"] != "none" and focused["outline"] != unfocused["outline"]
        if not (
            outline or focused["shadow"] != unfocused["shadow"] or focused["background"] != unfocused["background"]
        ):
            self.focus_problems.append(f"{path(self.page)}: focus not visible on {active}")


def download_checklist(page, name=None) -> tuple[str, bytes]:
    """On the result page: the optional name, then "Download"; returns (file name, PDF bytes)."""
    form = page.locator("form.download-form")
    if name is not None:
        disclosure = form.locator("details.name-field summary")
        if disclosure.count():  # in the answer box the optional name is behind a disclosure
            disclosure.click()
        form.locator("input[name=name]").fill(name)
    with page.expect_download(timeout=30_000) as info:
        form.locator("button[type=submit]").click()
    download = info.value
    with open(download.path(), "rb") as handle:
        return download.suggested_filename, handle.read()


def page_kind(page) -> str:
    """What kind of question page this is, from its fields: radio, checkboxes, date, number, select."""
    if page.locator(".error-summary").count():
        return "error-summary"
    fields = page.locator("fieldset.question .field")
    classes = " ".join(fields.evaluate_all("els => els.map(e => e.className)"))
    for kind in ("date", "select", "checkboxes", "radio"):
        if f"field-{kind}" in classes:
            return kind
    return "number"
