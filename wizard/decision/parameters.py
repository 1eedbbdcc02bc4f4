"""Every figure and date the rules use, each with where it comes from and when it was checked.

In the manner of OpenFisca's parameter files: a value, a unit, a description, and a reference.
The rules read these names; no rule module writes a number of its own.
"""
from dataclasses import dataclass
from datetime import date

RULES_VERSION = "2026-11-22"

DUO_GENOEG = "DUO, 'Genoeg cursus en examens gedaan'"
DUO_STERKER = "DUO, 'Sterkere verblijfsvergunning'"
IND_BIJLAGE = "IND, 'Bijlage Inburgeringsvereiste'"
CHECKED = date(2026, 11, 22)


@dataclass(frozen=True)
class Parameter:
    value: object
    unit: str
    description: str
    reference: str
    checked: date = CHECKED


def _p(value, unit, description, reference):
    return Parameter(value, unit, description, reference)


# --- Hours -----------------------------------------------------------------------------------
HOURS_TOTAL = _p(600, "hours", "hours of course needed for AGI",
                 DUO_GENOEG + ": 'U hebt minimaal 600 uur cursus gedaan'; Regeling inburgering art. 2.4b")
HOURS_INBURGERING_WITH_ALFA = _p(200, "hours", "inburgering hours needed before alfa hours may be added",
                                 DUO_GENOEG + ": 'als u minimaal 200 uur inburgeringscursus hebt gedaan'")
HOURS_ALFA_MIN = _p(300, "hours", "alfabetisering hours needed on the alfa route",
                    DUO_GENOEG + ": 'Hiervan moet minimaal 300 uur alfabetiseringscursus zijn'")

# --- Exam attempts ---------------------------------------------------------------------------
ATTEMPTS_AGI = _p(4, "attempts", "attempts per failed part for the AGI ontheffing and the IND",
                  DUO_GENOEG + ": 'minimaal 4 keer geprobeerd'; " + IND_BIJLAGE + ": 'minimaal viermaal'")
ATTEMPTS_ADVICE = _p(3, "attempts", "attempts per failed part for the DUO advice",
                     DUO_STERKER + ": 'minimaal 3 keer geprobeerd om alle examens te halen'")
NT2_ATTEMPTS_CAP = _p(2, "attempts", "Staatsexamen Nt2 attempts that may count per exam part",
                      DUO_GENOEG + ": 'Per examen mag u niet meer dan 2 Nt2-examens meetellen'")

# --- Periods ---------------------------------------------------------------------------------
TERM_MONTHS = _p(30, "months", "2.5 years since the inburgeringstermijn began",
                 DUO_GENOEG + ": 'Uw [inburgeringstermijn] is 2,5 jaar geleden gestart'")
MEDICAL_ADVICE_VALID_MONTHS = _p(6, "months", "a medical advice may not be older than this",
                                 IND_BIJLAGE + ": 'niet ouder dan zes maanden'")
ROC_ADVICE_VALID_YEARS = _p(5, "years", "an ROC advice may not be older than this",
                            IND_BIJLAGE + ": 'niet ouder is dan vijf jaar'")
ADULT_AGE = _p(18, "years", "the inburgeringsvereiste applies from this age",
               IND_BIJLAGE + ": 'als u tenminste 18 jaar oud bent'")
SCHOOL_AGE_YEARS = _p(8, "years", "years lived in NL at school age (5 to 16)",
                      IND_BIJLAGE + ": 'tenminste acht jaren tijdens de leerplichtige leeftijd'")
YEARS_LIVED_INTEGRATED = _p(10, "years", "years lived in NL for 'aantoonbaar voldoende ingeburgerd'",
                            DUO_STERKER + ": 'U woont al 10 jaar of langer in Nederland'; Regeling inburgering art. 2.4a")
YEARS_WORKED_INTEGRATED = _p(5, "years", "years worked in NL (volunteer work counts)",
                             DUO_STERKER + ": 'U hebt 5 jaar of langer in Nederland gewerkt'")
ANSWER_WEEKS_DUO = _p(8, "weeks", "DUO answers within this many weeks",
                      DUO_GENOEG + ": 'U krijgt binnen 8 weken bericht'; " + DUO_STERKER + ": 'binnen 8 weken een reactie'")

# --- Cut-over dates --------------------------------------------------------------------------
WI2013_START = _p(date(2013, 1, 1), "date", "Wet inburgering 2013: DUO instead of the municipality",
                  IND_BIJLAGE + ": 'vóór 1 januari 2013 inburgeringsplichtig'")
ROC_REQUESTS_CLOSED = _p(date(2013, 7, 1), "date", "last day before ROC advice requests closed",
                         IND_BIJLAGE + ": 'Tot 1 juli 2013 was het mogelijk'")
ONA_FROM = _p(date(2015, 1, 1), "date", "the exam has an ONA part for obligations from this day",
              "Regeling inburgering, ONA part from 1 January 2015 (rules.md, exam attempts)")
PARTICIPATION_FROM = _p(date(2017, 10, 1), "date", "participatieverklaring required from this day",
                        "Staatsblad 2017, 285; " + IND_BIJLAGE + ": 'na 30 september 2017 inburgeringsplichtig'")
ONLINE_HOURS_END = _p(date(2019, 1, 1), "date", "online lessons no longer count towards the 600 hours",
                      "Blik op Werk, ikwilinburgeren.nl")
WI2021_START = _p(date(2022, 1, 1), "date", "Wet inburgering 2021: the DUO AGI page no longer applies",
                  DUO_GENOEG + ": 'Moest u beginnen met inburgeren op 1 januari 2022 of later? "
                  "Dan is deze pagina niet voor u'")
ROC_NO_DATE_CUTOFF = _p(date(2019, 12, 31), "date",
                        "after this day no ROC advice can still be valid (requests closed 1 July 2013 + 5 years)",
                        "rules.md, Decisions on open points: ind_roc_advice")

# --- Costs -----------------------------------------------------------------------------------
COST_DUO_TEST = _p(150, "EUR", "the DUO test after an alfabetiseringscursus",
                   DUO_GENOEG + ": 'De toets kost € 150,-'")
COST_DUO_INTERVIEW = _p(90, "EUR", "the DUO conversation for 'aantoonbaar voldoende ingeburgerd'",
                        DUO_STERKER + ": 'Het gesprek kost € 90,-'")

# --- The AOW age -----------------------------------------------------------------------------
# Rijksoverheid, "Wanneer gaat mijn AOW in?"; rows for 2030 and 2031 from rules.md.
# (first birth date, last birth date, years, months). Births before AOW_TABLE_FROM have
# reached their AOW age on any date from AOW_REACHED_BEFORE_TABLE_BY.
AOW_TABLE = _p(
    (
        (date(1957, 3, 1), date(1960, 12, 31), 67, 0),
        (date(1961, 1, 1), date(1961, 9, 30), 67, 3),
        (date(1961, 10, 1), date(1962, 9, 30), 67, 3),
        (date(1962, 10, 1), date(1963, 9, 30), 67, 3),
        (date(1963, 10, 1), date(1964, 9, 30), 67, 3),
    ),
    "table", "AOW age by birth date",
    "rijksoverheid.nl, 'Wanneer gaat mijn AOW in?'; rules.md, The AOW age",
)
AOW_TABLE_FROM = _p(date(1957, 3, 1), "date", "first birth date in the AOW table",
                    "rules.md, Decisions on open points: ind_age")
AOW_REACHED_BEFORE_TABLE_BY = _p(date(2024, 1, 1), "date",
                                 "births before the table have reached their AOW age on any date from this day",
                                 "rules.md, Decisions on open points: ind_age")
AOW_CLEARLY_UNDER = _p(66, "years", "beyond the table: below this age the AOW age is surely not reached",
                       "rules.md, The AOW age: 'unless the person is clearly under 66'")

# --- Limits for validation (not rules: what an answer can sensibly be) -----------------------
MAX_HOURS = 10_000
MAX_ATTEMPTS = 100
MAX_YEARS = 120
MAX_SCHOOL_AGE_YEARS = 12
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)


def all_parameters():
    """Name -> Parameter, for documentation and tests."""
    return {name: value for name, value in globals().items() if isinstance(value, Parameter)}
