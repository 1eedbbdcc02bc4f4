"""Every figure and date the rules use, each with where it comes from and when it was checked.

In the manner of OpenFisca's parameter files: a value, a unit, a description, the day from which the
value holds, and references (the text, the article, page or phrase, and where to find it). The rules
read these names; no rule module writes a number of its own. `manage.py parameters --stale` lists the
figures not checked for a year (not a test: a test that turned red with the calendar would stop every
change one day).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

RULES_VERSION = "2026-12-06"

CHECKED = date(2026, 11, 22)  # the day the three source texts were read
CHECKED_THIRD_ROUND = date(2026, 12, 6)


@dataclass(frozen=True)
class Reference:
    """Where a figure comes from: the text by its title, the article or page or phrase in it, and the
    organisation's site where the text can be found (no deep link: the sources give none)."""

    text: str
    at: str = ""
    site: str = ""

    def __str__(self) -> str:
        return f"{self.text}: {self.at}" if self.at else self.text


DUO_GENOEG = "DUO, 'Genoeg cursus en examens gedaan'"
DUO_STERKER = "DUO, 'Sterkere verblijfsvergunning'"
IND_BIJLAGE = "IND, 'Bijlage Inburgeringsvereiste'"
REGELING = "Regeling inburgering (Staatscourant 2013, 13217)"
INBURGEREN, DUO_NL, IND_NL = "inburgeren.nl", "duo.nl", "ind.nl"


def duo_genoeg(phrase: str) -> Reference:
    return Reference(DUO_GENOEG, f"'{phrase}'", INBURGEREN)


def duo_sterker(phrase: str) -> Reference:
    return Reference(DUO_STERKER, f"'{phrase}'", INBURGEREN)


def ind_bijlage(phrase: str) -> Reference:
    return Reference(IND_BIJLAGE, f"'{phrase}'", IND_NL)


def regeling(article: str) -> Reference:
    return Reference(REGELING, article, "wetten.overheid.nl")


def rules(heading: str) -> Reference:
    """The project's own reading where the texts leave it open (docs/rules.md)."""
    return Reference("Inburgering Check, docs/rules.md", heading)


T = TypeVar("T")


@dataclass(frozen=True)
class Parameter(Generic[T]):
    value: T
    unit: str
    description: str
    references: tuple[Reference, ...] | str  # a bare string: one reference with that text
    checked: date = CHECKED
    since: date | None = None  # the first day the value holds, where the sources say it; None: not said

    def __post_init__(self) -> None:
        if isinstance(self.references, str):
            object.__setattr__(self, "references", (Reference(self.references),))

    @property
    def reference(self) -> str:
        return "; ".join(str(r) for r in self.references)


def _p(
    value: T, unit: str, description: str, *references: Reference, since: date | None = None, checked: date = CHECKED
) -> Parameter[T]:
    return Parameter(value, unit, description, tuple(references), checked=checked, since=since)


# --- Hours -----------------------------------------------------------------------------------
HOURS_TOTAL = _p(
    600,
    "hours",
    "hours of course needed for AGI",
    duo_genoeg("U hebt minimaal 600 uur cursus gedaan"),
    regeling("art. 2.4b"),
)
HOURS_INBURGERING_WITH_ALFA = _p(
    200,
    "hours",
    "inburgering hours needed before alfa hours may be added",
    duo_genoeg("als u minimaal 200 uur inburgeringscursus hebt gedaan"),
)
HOURS_ALFA_MIN = _p(
    300,
    "hours",
    "alfabetisering hours needed on the alfa route",
    duo_genoeg("Hiervan moet minimaal 300 uur alfabetiseringscursus zijn"),
)

# --- Exam attempts ---------------------------------------------------------------------------
ATTEMPTS_AGI = _p(
    4,
    "attempts",
    "attempts per failed part for the AGI ontheffing and the IND",
    duo_genoeg("minimaal 4 keer geprobeerd"),
    ind_bijlage("minimaal viermaal"),
    regeling("art. 2.4b: 'ten minste vier maal'"),
)
ATTEMPTS_ADVICE = _p(
    3,
    "attempts",
    "attempts per failed part for the DUO advice",
    duo_sterker("minimaal 3 keer geprobeerd om alle examens te halen"),
)
NT2_ATTEMPTS_CAP = _p(
    2,
    "attempts",
    "Staatsexamen Nt2 attempts that may count per exam part",
    duo_genoeg("Per examen mag u niet meer dan 2 Nt2-examens meetellen"),
)

# --- Periods ---------------------------------------------------------------------------------
TERM_MONTHS = _p(
    30,
    "months",
    "2.5 years since the inburgeringstermijn began",
    duo_genoeg("Uw [inburgeringstermijn] is 2,5 jaar geleden gestart"),
)
MEDICAL_ADVICE_VALID_MONTHS = _p(
    6, "months", "a medical advice may not be older than this", ind_bijlage("niet ouder dan zes maanden")
)
ROC_ADVICE_VALID_YEARS = _p(
    5, "years", "an ROC advice may not be older than this", ind_bijlage("niet ouder is dan vijf jaar")
)
ADULT_AGE = _p(
    18, "years", "the inburgeringsvereiste applies from this age", ind_bijlage("als u tenminste 18 jaar oud bent")
)
SCHOOL_AGE_YEARS = _p(
    8,
    "years",
    "years lived in NL at school age (5 to 16)",
    ind_bijlage("tenminste acht jaren tijdens de leerplichtige leeftijd"),
)
YEARS_LIVED_INTEGRATED = _p(
    10,
    "years",
    "years lived in NL for 'aantoonbaar voldoende ingeburgerd'",
    duo_sterker("U woont al 10 jaar of langer in Nederland"),
    regeling("art. 2.4a"),
    Reference(
        "Municipal pages on the three grounds for an ontheffing",
        "Arnhem 'Ontheffing Inburgeren'; Kerkrade 'Inburgeringscursus ontheffing "
        "aanvragen'; Olst-Wijhe 'Inburgeringsplicht, ontheffing'; Assen",
    ),
    checked=CHECKED_THIRD_ROUND,
)
YEARS_WORKED_INTEGRATED = _p(
    5,
    "years",
    "years worked in NL (volunteer work counts)",
    duo_sterker("U hebt 5 jaar of langer in Nederland gewerkt. Vrijwilligerswerk telt ook"),
    regeling("art. 2.4a"),
    checked=CHECKED_THIRD_ROUND,
)
ANSWER_WEEKS_DUO = _p(
    8,
    "weeks",
    "DUO answers within this many weeks",
    duo_genoeg("U krijgt binnen 8 weken bericht"),
    duo_sterker("binnen 8 weken een reactie"),
)

# --- Cut-over dates --------------------------------------------------------------------------
WI2013_START = _p(
    date(2013, 1, 1),
    "date",
    "Wet inburgering 2013: DUO instead of the municipality",
    ind_bijlage("vóór 1 januari 2013 inburgeringsplichtig"),
    ind_bijlage("indien u na 31 december 2012 inburgeringsplichtig bent geworden"),
)
ONA_FROM = _p(
    date(2015, 1, 1),
    "date",
    "the exam has an ONA part for obligations from this day",
    regeling("ONA part from 1 January 2015"),
    rules("Exam attempts"),
)
PARTICIPATION_FROM = _p(
    date(2017, 10, 1),
    "date",
    "participatieverklaring required from this day",
    Reference("Staatsblad 2017, 285", "participatieverklaring from 1 October 2017", "wetten.overheid.nl"),
    ind_bijlage("na 30 september 2017 inburgeringsplichtig"),
)
ONLINE_HOURS_END = _p(
    date(2019, 1, 1),
    "date",
    "online lessons no longer count towards the 600 hours",
    Reference("Blik op Werk", "online lessons", "ikwilinburgeren.nl"),
)
WI2021_START = _p(
    date(2022, 1, 1),
    "date",
    "Wet inburgering 2021: the DUO AGI page no longer applies",
    duo_genoeg("Moest u beginnen met inburgeren op 1 januari 2022 of later? Dan is deze pagina niet voor u"),
    Reference("Wet inburgering 2021", "art. 5", "wetten.overheid.nl"),
)
ROC_NO_DATE_CUTOFF = _p(
    date(2019, 12, 31),
    "date",
    "after this day no ROC advice can still be valid (requests closed 1 July 2013 + 5 years)",
    ind_bijlage("Tot 1 juli 2013 was het mogelijk"),
    rules("ind_roc_advice"),
)

# --- Costs -----------------------------------------------------------------------------------
COST_DUO_TEST = _p(
    150,
    "EUR",
    "the DUO test after an alfabetiseringscursus",
    duo_genoeg("De toets kost € 150,-"),
    duo_sterker("De toets kost € 150,-"),
)
COST_DUO_INTERVIEW = _p(
    90,
    "EUR",
    "the DUO conversation for 'aantoonbaar voldoende ingeburgerd'",
    duo_sterker("Het gesprek kost € 90,-"),
    Reference("inburgeren.nl", "geen-examen-doen/u-werkt-in-nederland", INBURGEREN),
)

# --- The AOW age -----------------------------------------------------------------------------
# (first birth date, last birth date, years, months). Births before AOW_TABLE_FROM have reached their
# AOW age on any date from AOW_REACHED_BEFORE_TABLE_BY; beyond the last row the AOW age is at least the
# last row's (docs/rules.md, "The AOW age").
AOW_TABLE = _p(
    (
        (date(1957, 3, 1), date(1960, 12, 31), 67, 0),
        (date(1961, 1, 1), date(1961, 9, 30), 67, 3),
        (date(1961, 10, 1), date(1962, 9, 30), 67, 3),
        (date(1962, 10, 1), date(1963, 9, 30), 67, 3),
        (date(1963, 10, 1), date(1964, 9, 30), 67, 3),
    ),
    "table",
    "AOW age by birth date",
    Reference("Rijksoverheid", "'Wanneer gaat mijn AOW in?'", "rijksoverheid.nl"),
    rules("The AOW age"),
)
AOW_TABLE_FROM = _p(date(1957, 3, 1), "date", "first birth date in the AOW table", rules("ind_age"))
AOW_REACHED_BEFORE_TABLE_BY = _p(
    date(2024, 1, 1),
    "date",
    "births before the table have reached their AOW age on any date from this day",
    rules("ind_age"),
)

# --- Limits for validation (not rules: what an answer can sensibly be) -----------------------
MAX_HOURS = 10_000
MAX_ATTEMPTS = 100
MAX_YEARS = 120
MAX_SCHOOL_AGE_YEARS = 12
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)


def all_parameters() -> dict[str, Parameter[object]]:
    """Name -> Parameter, for the rules page, the parameters command and tests."""
    return {name: value for name, value in globals().items() if isinstance(value, Parameter)}
