"""IND, appendix "Inburgeringsvereiste" (Bijlage Inburgeringsvereiste): a stronger residence permit.

Routes: ind_diploma, ind_nationality, ind_turkish, ind_age, ind_school_age_residence,
ind_documents, ind_medical, ind_efforts, ind_roc_advice, ind_special_circumstances.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import parameters as P
from ..age import aow_reached_span, aow_start_span, beyond_table, under_age
from ..answers import EXEMPTING_DOCUMENTS, Answers, MedicalDocument
from ..dates import ONE_DAY, before, between, completed_years, not_older_than_span, on_or_after
from ..logic import MET, SCOPE, UNKNOWN, UNMET, Condition, Route, any_of, note, tri
from ..result_types import ConditionDetails, Note
from ..sources import IND_BIJLAGE as SRC

APPENDIX = "ind_inburgeringsvereiste_appendix"

# Documents that also need a grade list (cijferlijst) with a pass for Dutch:
# 'Lever ook de cijferlijst mee'.
NEEDS_GRADE_LIST = (
    "be_sr_diploma",
    "caribbean_diploma",
    "bes_diploma",
    "european_baccalaureate",
    "ib_or_igcse",
    "naturalisatietoets_certificate",
)
FOREIGN_DIPLOMAS = ("be_sr_diploma", "european_baccalaureate", "ib_or_igcse")
PERIOD_LETTERS = ("bw_agi_letter", "duo_agi_letter_2013_2017", "duo_agi_letter_after_2017")
NOT_EXEMPTING_NOTES = {
    "mbo1_diploma": "mbo1_diploma_not_exemption",
    "nt2_diploma": "nt2_diploma_not_exemption",
    "evidently_integrated_letter": "evidently_integrated_letter_not_exemption",
}


def _route(
    rid: str, conditions: list[Condition], notes: Sequence[Note] = (), forms: Sequence[str] = (APPENDIX,)
) -> Route:
    return Route(rid, SRC, conditions, list(forms), "ind", notes=list(notes)).decide()


def ind_diploma(a: Answers) -> Route:
    """'U hebt het inburgeringsdiploma behaald'. An inburgeringsdiploma among the documents counts."""
    has = True if a.documents and "inburgeringsdiploma" in a.documents else a.diploma
    c = Condition("diploma", tri(has), SRC, "U hebt het inburgeringsdiploma behaald", asks=("diploma",))
    return _route("ind_diploma", [c], [note("copy_of_diploma_not_certified")])


def ind_nationality(a: Answers) -> Route:
    """'U hebt de Belgische of Luxemburgse nationaliteit'."""
    value = None if a.nationalities is None else bool({"BE", "LU"} & set(a.nationalities))
    c = Condition(
        "nationality_be_lu",
        tri(value),
        SRC,
        "U hebt de Belgische of Luxemburgse nationaliteit",
        asks=("nationalities",),
    )
    return _route("ind_nationality", [c])


def ind_turkish(a: Answers) -> Route:
    """'U hebt de Turkse nationaliteit of u bent gezinslid van iemand met de Turkse nationaliteit.
    Let op! De niet-geregistreerde partner wordt niet aangemerkt als gezinslid.'"""
    turkish = None if a.nationalities is None else "TR" in a.nationalities
    family = {None: None, "yes": True, "no": False, "unregistered_partner": False}[a.turkish_family_member]
    status = any_of(tri(turkish), tri(family))
    asks = tuple(n for n, v in (("nationalities", turkish), ("turkish_family_member", family)) if v is None)
    c = Condition(
        "turkish_nationality_or_family",
        status,
        SRC,
        "U hebt de Turkse nationaliteit of u bent gezinslid van iemand met de Turkse nationaliteit",
        asks=asks,
    )
    notes = [note("unregistered_partner_not_family")] if a.turkish_family_member == "unregistered_partner" else []
    return _route("ind_turkish", [c], notes)


def ind_age(a: Answers) -> Route:
    """'U bent jonger dan 18 jaar of u hebt tenminste de wettelijke AOW-leeftijd bereikt'. A birth date
    known only by month or year decides it only when every possible birth day does."""
    phrase = "U bent jonger dan 18 jaar of u hebt tenminste de wettelijke AOW-leeftijd bereikt"
    notes: list[Note] = []
    birth = a.birth_date
    if birth is None:
        return _route("ind_age", [Condition("under_18_or_aow_age", UNKNOWN, SRC, phrase, asks=("birth_date",))])
    young, old = completed_years(birth.last, a.on), completed_years(birth.first, a.on)
    details: ConditionDetails = {"age": young} if young == old else {"age_min": young, "age_max": old}
    details["on"] = a.on.isoformat()
    under_18 = under_age(birth, a.on, P.ADULT_AGE.value)
    if under_18 is not False:
        adult = birth.plus_months(12 * P.ADULT_AGE.value)
        if adult is not None:
            details["adult_from"] = adult.isoformat()
    reached = None
    if under_18 is not True:
        aow = aow_start_span(birth)
        if aow is not None:
            details["aow_from"] = aow.isoformat()
        reached = aow_reached_span(birth, a.on)
        # docs/rules.md, "The AOW age": the exact AOW age is not known yet for births after
        # the table's last row.
        if beyond_table(birth.last):
            notes.append(note("aow_age_not_known_yet"))
    c = Condition(
        "under_18_or_aow_age", any_of(tri(under_18), tri(reached)), SRC, phrase, asks=("birth_date",), details=details
    )
    return _route("ind_age", [c], notes)


def ind_school_age_residence(a: Answers) -> Route:
    """'U hebt tenminste acht jaren tijdens de leerplichtige leeftijd ... in Nederland gewoond'
    ('Deze periode van acht jaren hoeft niet doorlopend te zijn'; ingeschreven in de BRP)."""
    years, need = a.school_age_years_in_nl, P.SCHOOL_AGE_YEARS.value
    value = None if years is None else years >= need
    c = Condition(
        "school_age_years",
        tri(value),
        SRC,
        "tenminste acht jaren tijdens de leerplichtige leeftijd",
        asks=("school_age_years_in_nl",),
        have=years,
        need=need,
    )
    return _route("ind_school_age_residence", [c], [note("registered_in_brp")])


def _in_period(doc: str, a: Answers) -> bool | None:
    """Did the inburgeringsplicht begin in the period the letter is for? (A start known only by month or
    year decides it when every possible day does.)"""
    start = a.obligation_start
    if doc == "bw_agi_letter":  # 'als u vóór 1 januari 2013 inburgeringsplichtig bent geworden'
        return before(start, P.WI2013_START.value)
    if doc == "duo_agi_letter_2013_2017":  # 'vanaf 1 januari 2013 tot en met 30 september 2017'
        return between(start, P.WI2013_START.value, P.PARTICIPATION_FROM.value - ONE_DAY)
    return on_or_after(start, P.PARTICIPATION_FROM.value)  # 'na 30 september 2017'


def _period_letter_fits(doc: str, a: Answers) -> bool | None:
    """Letters tied to the period in which the inburgeringsplicht began; the letter after 2017 only
    with the DUO letter that the participatieverklaringstraject is finished ('En een brief van DUO
    waaruit blijkt dat het participatieverklaringstraject ... is afgerond': without it the letter never
    counts, whenever the inburgeringsplicht began)."""
    if doc not in PERIOD_LETTERS:
        return True
    if doc == "duo_agi_letter_after_2017":
        return all_true(_in_period(doc, a), a.participation_statement_done)
    return _in_period(doc, a)


def all_true(*values: bool | None) -> bool | None:
    """Three-valued AND of True/False/None."""
    if False in values:
        return False
    return None if None in values else True


def letter_for_period(a: Answers) -> str | None:
    """The AGI letter that fits the period in which the inburgeringsplicht began, when that is sure."""
    return next((doc for doc in PERIOD_LETTERS if _in_period(doc, a)), None)


def _letter_asks(undecided: list[str], a: Answers) -> tuple[str, ...]:
    """Every answer still missing to decide the period letters that are undecided (contract: 'the
    unknown conditions name the answers that would decide them')."""
    asks: list[str] = []
    if any(_in_period(doc, a) is None for doc in undecided):
        asks.append("obligation_start")
    if "duo_agi_letter_after_2017" in undecided and a.participation_statement_done is None:
        asks.append("participation_statement_done")
    return tuple(asks)


def document_fits(doc: str, a: Answers) -> bool | None:
    if doc == "inburgeringsdiploma" or doc not in EXEMPTING_DOCUMENTS:
        return False
    return _period_letter_fits(doc, a)


# Evidence ('Bewijsstukken opsturen'): of diplomas, certificates, getuigschriften and grade lists a
# certified copy ('een gewaarmerkte kopie ... en niet de originelen'; a diploma only by its school);
# of letters and decisions a plain copy ('Een kopie van ...'), no certification.
LETTERS_AND_DECISIONS = (
    "korte_vrijstellingstoets",
    "win_art5_2_decision",
    "win_art5_4_decision",
    "naturalisatietoets_exemption",
) + PERIOD_LETTERS


def evidence_notes(counting: list[str]) -> list[Note]:
    notes: list[Note] = []
    certified = [d for d in counting if d not in LETTERS_AND_DECISIONS]
    plain = [d for d in counting if d in LETTERS_AND_DECISIONS]
    if certified:
        notes.append(note("certified_copy_not_original", documents=certified))
    if plain:
        notes.append(note("plain_copy_of_letter", documents=plain))
    if "duo_agi_letter_after_2017" in counting:
        # '... En een brief van DUO waaruit blijkt dat het participatieverklaringstraject ... is afgerond'
        notes.append(note("participation_proof_needed"))
    grade = [d for d in counting if d in NEEDS_GRADE_LIST]
    if grade:
        notes.append(note("grade_list_needed", documents=grade))
    if "naturalisatietoets_certificate" in counting:
        # docs/rules.md, "Documents and evidence": 'needs a pass on all five parts ... and the grade list'
        # (IND appendix: 'waaruit blijkt dat u geslaagd bent voor de volgende vijf onderdelen').
        notes.append(note("five_parts_needed", documents=["naturalisatietoets_certificate"]))
    if any(d in FOREIGN_DIPLOMAS for d in counting):
        notes.append(note("apostille_for_foreign_diploma"))
    if certified:
        notes.append(note("originals_at_desk"))  # 'de originele diploma's, certificaten, ... meenemen'
    return notes


def ind_documents(a: Answers) -> Route:
    """'U bent in het bezit van één van de onderstaande documenten, diploma's of certificaten
    waarvoor vrijstelling van het inburgeringsvereiste geldt', plus the certificaat inburgering
    of the Wet inburgering 2021 (IND web page, updated 20 February 2024)."""
    notes: list[Note] = []
    phrase = "U bent in het bezit van één van de onderstaande documenten"
    if a.documents is None:
        c = Condition("exempting_document", UNKNOWN, SRC, phrase, asks=("documents",))
        return _route("ind_documents", [c])
    fits = {doc: document_fits(doc, a) for doc in dict.fromkeys(a.documents)}
    status = any_of(*(tri(v) for v in fits.values())) if fits else UNMET
    counting = [d for d, v in fits.items() if v]
    asks: tuple[str, ...] = ()
    if status == UNKNOWN:
        asks = _letter_asks([doc for doc, v in fits.items() if v is None], a)
    for doc in a.documents:
        if doc in NOT_EXEMPTING_NOTES:
            notes.append(note(NOT_EXEMPTING_NOTES[doc]))
    held_letters = [d for d in fits if d in PERIOD_LETTERS and _in_period(d, a) is False]
    if held_letters and status == UNMET:
        # A failed letter says what is missing: the letter that would fit the person's period.
        notes.append(note("letter_for_your_period", held=held_letters, fits=letter_for_period(a)))
    if "duo_agi_letter_after_2017" in fits and a.participation_statement_done is not True:
        notes.append(note("after_2017_letter_needs_participation"))
    if counting:
        notes += evidence_notes(counting)
    c = Condition("exempting_document", status, SRC, phrase, asks=asks, details={"documents": counting})
    return _route("ind_documents", [c], notes)


def _fresh(doc: MedicalDocument, a: Answers) -> bool | None:
    """'niet ouder dan zes maanden' on the application day, for every day the advice's date could be."""
    if doc.date is None:
        return None
    return not_older_than_span(doc.date, P.MEDICAL_ADVICE_VALID_MONTHS.value, a.on)


def _medical_fits(doc: MedicalDocument, a: Answers) -> bool | None:
    before_2013 = before(a.obligation_start, P.WI2013_START.value)
    if doc.id == "bw_medical_letter":  # 'indien u vóór 1 januari 2013 inburgeringsplichtig bent geworden'
        return before_2013
    if doc.id == "duo_medical_letter":  # 'indien u na 31 december 2012 inburgeringsplichtig bent geworden'
        return None if before_2013 is None else not before_2013
    if doc.id == "municipal_doctor_advice":  # 'niet ouder zijn dan zes maanden' + vóór 1 januari 2013
        return all_true(before_2013, _fresh(doc, a))
    return _fresh(doc, a)  # szw_medical_advice: 'niet ouder dan zes maanden'


def _medical_asks(undecided: list[MedicalDocument], a: Answers) -> tuple[str, ...]:
    """Every answer still missing to decide the medical documents that are undecided (contract: 'the
    unknown conditions name the answers that would decide them'): the day the inburgeringsplicht
    began (which letter or advice fits), and the date of an advice ('niet ouder dan zes maanden')."""
    asks: list[str] = []
    if before(a.obligation_start, P.WI2013_START.value) is None and any(
        d.id != "szw_medical_advice" for d in undecided
    ):
        asks.append("obligation_start")
    if any(d.id in DATED_MEDICAL and _fresh(d, a) is None for d in undecided):
        asks.append("medical_documents")
    return tuple(asks)


DATED_MEDICAL = ("municipal_doctor_advice", "szw_medical_advice")


def medical_document_to_ask(a: Answers) -> list[str]:
    if before(a.obligation_start, P.WI2013_START.value):
        return ["bw_medical_letter", "municipal_doctor_advice", "szw_medical_advice"]
    return ["duo_medical_letter", "szw_medical_advice"]


def _too_old(a: Answers) -> list[Note]:
    """A failed advice says until when it was valid ('valid until 14 March 2026; your application date is
    later'), in the precision its date was given."""
    out: list[Note] = []
    for doc in a.medical_documents or ():
        if doc.id in DATED_MEDICAL and doc.date is not None and _fresh(doc, a) is False:
            until = doc.date.plus_months(P.MEDICAL_ADVICE_VALID_MONTHS.value)
            out.append(
                note(
                    "medical_advice_too_old",
                    document=doc.id,
                    valid_until=until.isoformat() if until else None,
                    on=a.on.isoformat(),
                )
            )
    return out


def ind_medical(a: Answers) -> Route:
    """'U bent op medische gronden blijvend niet in staat het inburgeringsexamen af te leggen'."""
    phrase = "U bent op medische gronden blijvend niet in staat het inburgeringsexamen af te leggen"
    notes: list[Note] = []
    fitting: list[str] = []
    if a.medical_documents is None:
        doc_status = UNKNOWN
        asks: tuple[str, ...] = ("medical_documents",)
    else:
        fits = [(d, _medical_fits(d, a)) for d in a.medical_documents]
        doc_status = any_of(*(tri(v) for _, v in fits)) if fits else UNMET
        fitting = [d.id for d, v in fits if v]
        asks = _medical_asks([d for d, v in fits if v is None], a)
    if a.medical_condition is False:
        condition_status = UNMET
    elif a.medical_condition is True or doc_status == MET:
        condition_status = MET
    else:
        condition_status = UNKNOWN
    if doc_status == UNMET and a.medical_condition is not False:
        notes += _too_old(a)
        notes.append(note("ask_for_medical_document", documents=medical_document_to_ask(a)))
    conditions = [
        Condition("medical_condition", condition_status, SRC, phrase, asks=("medical_condition",)),
        Condition(
            "medical_document",
            doc_status,
            SRC,
            "Een medisch advies niet ouder dan zes maanden",
            asks=asks,
            details={"documents": fitting},
        ),
    ]
    return _route("ind_medical", conditions, notes)


def ind_efforts(a: Answers) -> Route:
    """'U kunt ondanks geleverde inspanningen het inburgeringsexamen niet behalen': the IND goes by
    the DUO advice ('De IND gaat ... in beginsel uit van het door de vreemdeling overgelegde advies van DUO')."""
    c = Condition(
        "duo_advice_agi",
        tri(a.duo_advice_agi),
        SRC,
        "in beginsel uit van het door de vreemdeling overgelegde advies van DUO",
        asks=("duo_advice_agi",),
    )
    notes = [note("already_have_advice")] if a.duo_advice_agi else [note("see_duo_advice_routes")]
    return _route("ind_efforts", [c], notes)


def ind_roc_advice(a: Answers) -> Route:
    """'Heeft u nog een advies van het ROC Amsterdam dan kunt u ontheffing krijgen ... als het advies
    bij de indiening van uw aanvraag ... niet ouder is dan vijf jaar. U moet nog wel de toets
    gesproken Nederlands halen op A2 niveau.'"""
    phrase = "als het advies bij de indiening van uw aanvraag niet ouder is dan vijf jaar"
    months = P.ROC_ADVICE_VALID_YEARS.value * 12
    details: ConditionDetails = {}
    advice_date = a.roc_advice_date
    if advice_date is None:
        value = False if a.on > P.ROC_NO_DATE_CUTOFF.value else None
    else:
        value = not_older_than_span(advice_date, months, a.on)
        until = advice_date.plus_months(months)
        if until is not None:
            details["valid_until"] = until.isoformat()
    c = Condition("roc_advice_valid", tri(value), SRC, phrase, asks=("roc_advice_date",), details=details)
    return _route("ind_roc_advice", [c], [note("spoken_dutch_a2_still_needed")])


def ind_special_circumstances(a: Answers) -> Route:
    """'Er is sprake van bijzondere individuele omstandigheden. U wilt in aanmerking komen voor verblijf
    "Humanitair niet-tijdelijk" of "Onbepaalde tijd (regulier of asiel)"'."""
    scope = None if a.permit_type is None else a.permit_type != "eu_long_term"
    conditions = [
        Condition(
            "permit_type_fits",
            MET if scope is None else tri(scope),
            SRC,
            "Humanitair niet-tijdelijk of Onbepaalde tijd (regulier of asiel)",
            kind=SCOPE,
            asks=("permit_type",),
        ),
        Condition(
            "special_circumstances",
            tri(a.special_circumstances),
            SRC,
            "Er is sprake van bijzondere individuele omstandigheden",
            asks=("special_circumstances",),
        ),
    ]
    return _route(
        "ind_special_circumstances",
        conditions,
        [note("letter_with_evidence")],
        forms=(APPENDIX, "ind_special_circumstances_letter"),
    )


# One function per route, in the contract's order; each reads only the answers it needs.
ROUTES = (
    ind_diploma,
    ind_nationality,
    ind_turkish,
    ind_age,
    ind_school_age_residence,
    ind_documents,
    ind_medical,
    ind_efforts,
    ind_roc_advice,
    ind_special_circumstances,
)
