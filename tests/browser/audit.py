"""Checks run on a page as the browser shows it: axe-core (WCAG 2.1 A and AA), direction and
language, sideways scrolling, tap-target sizes; and a screenshot for people to look at.

axe-core is bundled (tests/browser/vendor/, MPL-2.0) and evaluated through the browser's
debugging protocol, so the site's Content-Security-Policy (no inline script) stays on.

Tap targets (WCAG 2.5.5, 44 by 44 CSS pixels) are checked on every control a person taps:
buttons, links styled as buttons (.button, .back-link, the language links, the "Change" links,
the site name), text boxes and list boxes, and the label of each radio button and check box
(the label is the target: tapping it chooses). The radio or check box square itself is inside
its labelled row, and links inside running text are exempt (2.5.5 "inline" exception).
"""

from __future__ import annotations

from pathlib import Path

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PHONE = {"width": 360, "height": 740}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
MIN_TARGET = 44
TAP_TARGETS = ", ".join(
    [
        "button",
        ".button",
        ".back-link",
        ".languages a",
        ".summary-action a",
        ".site-name",
        "input[type=text]",
        "input[type=number]",
        "select",
        ".choice label",
    ]
)
_axe_source = None


def axe_violations(page) -> list[str]:
    """axe-core's WCAG 2.1 A/AA violations on the page, one line each (empty: none)."""
    global _axe_source
    if _axe_source is None:
        _axe_source = AXE.read_text(encoding="utf-8")
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(_axe_source)
    violations = page.evaluate(
        """tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
             .then(r => r.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ` +
                   v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))""",
        WCAG_TAGS,
    )
    return violations


def sideways_scroll(page) -> int:
    """How many CSS pixels the page is wider than the viewport (0: nothing scrolls sideways)."""
    return page.evaluate("() => document.scrollingElement.scrollWidth - window.innerWidth")


def small_tap_targets(page) -> list[str]:
    return page.evaluate(
        """([selector, min]) => [...document.querySelectorAll(selector)]
             .filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden'
                           && !el.closest('.visually-hidden'))
             .map(el => [el, el.getBoundingClientRect()])
             .filter(([el, r]) => r.width + 0.5 < min || r.height + 0.5 < min)
             .map(([el, r]) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}"`
                               + ` ${Math.round(r.width)}x${Math.round(r.height)}`)""",
        [TAP_TARGETS, MIN_TARGET],
    )


def html_language(page) -> tuple[str, str]:
    return tuple(page.evaluate("() => [document.documentElement.lang, document.documentElement.dir]"))


_shot = set()


def screenshot(page, lang: str, kind: str):
    """Keep one full-page screenshot of each page kind in each language (test-artifacts/screenshots/)."""
    if (lang, kind) in _shot:
        return
    _shot.add((lang, kind))
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{lang}-{kind}.png"), full_page=True)


def audit(page, lang: str, kind: str, *, phone=True, shoot=True) -> list[str]:
    """Every check above on the page shown; returns the problems found, each naming the page."""
    where = f"{lang} {kind} {page.url}"
    problems = [f"{where}: axe {v}" for v in axe_violations(page)]
    expected = (lang, "rtl" if lang == "ar" else "ltr")
    if html_language(page) != expected:
        problems.append(f"{where}: <html lang dir> is {html_language(page)}, not {expected}")
    if phone:
        extra = sideways_scroll(page)
        if extra > 0:
            problems.append(f"{where}: scrolls sideways by {extra} px")
        problems += [f"{where}: tap target smaller than {MIN_TARGET} px: {t}" for t in small_tap_targets(page)]
    if shoot:
        screenshot(page, lang, kind)
    return problems
