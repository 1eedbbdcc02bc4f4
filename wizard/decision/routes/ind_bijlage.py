"""IND, appendix "Inburgeringsvereiste" (Bijlage Inburgeringsvereiste): a stronger residence permit.

Routes: ind_diploma, ind_nationality, ind_turkish, ind_age, ind_school_age_residence,
ind_documents, ind_medical, ind_efforts, ind_roc_advice, ind_special_circumstances.
"""
from __future__ import annotations

from .. import parameters as P
from ..age import aow_reached, aow_start
from ..answers import Answers
from ..dates import add_years, completed_years, not_older_than
from ..logic import MET, SCOPE, UNKNOWN, UNMET, Condition, Route, any_of, note, tri
from ..sources import IND_BIJLAGE as SRC

GOAL = "stronger_permit"
APPENDIX = "ind_inburgeringsvereiste_appendix"

# Documents that also need a grade list (cijferlijst) with a pass for Dutch:
# 'Lever ook de cijferlijst mee'.
NEEDS_GRADE_LIST = ("be_sr_diploma", "caribbean_diploma", "bes_diploma", "european_baccalaureate",
                    "ib_or_igcse", "naturalisatietoets_certificate")
FOREIGN_DIPLOMAS = ("be_sr_diploma", "european_baccalaureate", "ib_or_igcse")
PERIOD_LETTERS = ("bw_agi_letter", "duo_agi_letter_2013_2017", "duo_agi_letter_after_2017")
NOT_EXEMPTING_NOTES = {
    "mbo1_diploma": "mbo1_diploma_not_exemption",
    "nt2_diploma": "nt2_diploma_not_exemption",
    "evidently_integrated_letter": "evidently_integrated_letter_not_exemption",
}


def _route(rid, conditions, notes=(), forms=(APPENDIX,)):
    return Route(rid, SRC, conditions, list(forms), "ind", notes=list(notes)).decide()


def ind_diploma(a: Answers) -> Route:
    """'U hebt het inburgeringsdiploma behaald'. An inburgeringsdiploma among the documents counts."""
    has = True if a.documents and "inburgeringsdiploma" in a.documents else a.diploma
    c = Condition("diploma", tri(has), SRC, "U hebt het inburgeringsdiploma behaald", asks=("diploma",))
    return _route("ind_diploma", [c], [note("copy_of_diploma_not_certified")])


def ind_nationality(a: Answers) -> Route:
    """'U hebt de Belgische of Luxemburgse nationaliteit'."""
    value = None if a.nationalities is None else bool({"BE", "LU"} & set(a.nationalities))
    c = Condition("nationality_be_lu", tri(value), SRC, "U hebt de Belgische of Luxemburgse nationaliteit",
                  asks=("nationalities",))
    return _route("ind_nationality", [c])


def ind_turkish(a: Answers) -> Route:
    """'U hebt de Turkse nationaliteit of u bent gezinslid van iemand met de Turkse nationaliteit.
    Let op! De niet-geregistreerde partner wordt niet aangemerkt als gezinslid.'"""
    turkish = None if a.nationalities is None else "TR" in a.nationalities
    family = {None: None, "yes": True, "no": False, "unregistered_partner": False}[a.turkish_family_member]
    status = any_of(tri(turkish), tri(family))
    asks = tuple(n for n, v in (("nationalities", turkish), ("turkish_family_member", family)) if v is None)
    c = Condition("turkish_nationality_or_family", status, SRC,
                  "U hebt de Turkse nationaliteit of u bent gezinslid van iemand met de Turkse nationaliteit",
                  asks=asks)
    notes = [note("unregistered_partner_not_family")] if a.turkish_family_member == "unregistered_partner" else []
    return _route("ind_turkish", [c], notes)


def ind_age(a: Answers) -> Route:
    """'U bent jonger dan 18 jaar of u hebt tenminste de wettelijke AOW-leeftijd bereikt'."""
    phrase = "U bent jonger dan 18 jaar of u hebt tenminste de wettelijke AOW-leeftijd bereikt"
    notes = []
    if a.birth_date is None:
        return _route("ind_age", [Condition("under_18_or_aow_age", UNKNOWN, SRC, phrase, asks=("birth_date",))])
    age = completed_years(a.birth_date, a.on)
    details = {"age": age, "on": a.on.isoformat()}
    if age < P.ADULT_AGE.value:
        status = MET
        details["adult_from"] = add_years(a.birth_date, P.ADULT_AGE.value).isoformat()
    else:
        start = aow_start(a.birth_date)
        if start is not None:
            details["aow_from"] = start.isoformat()
        reached = aow_reached(a.birth_date, a.on)
        # rules.md, AOW age: for a birth date beyond the table, say that the AOW age is not known
        # yet (and the condition is unknown unless the person is clearly under 66).
        beyond_table = start is None and a.birth_date >= P.AOW_TABLE_FROM.value
        if reached is None or beyond_table:
            notes.append(note("aow_age_not_known_yet"))
        status = tri(reached)
    c = Condition("under_18_or_aow_age", status, SRC, phrase, asks=("birth_date",), details=details)
    return _route("ind_age", [c], notes)


def ind_school_age_residence(a: Answers) -> Route:
    """'U hebt tenminste acht jaren tijdens de leerplichtige leeftijd ... in Nederland gewoond'
    ('Deze periode van acht jaren hoeft niet doorlopend te zijn'; ingeschreven in de BRP)."""
    years, need = a.school_age_years_in_nl, P.SCHOOL_AGE_YEARS.value
    value = None if years is None else years >= need
    c = Condition("school_age_years", tri(value), SRC, "tenminste acht jaren tijdens de leerplichtige leeftijd",
                  asks=("school_age_years_in_nl",), have=years, need=need)
    return _route("ind_school_age_residence", [c], [note("registered_in_brp")])


def _period_letter_fits(doc: str, a: Answers) -> bool | None:
    """Letters tied to the period in which the inburgeringsplicht began."""
    if doc not in PERIOD_LETTERS:
        return True
    start = a.obligation_start
    if doc == "duo_agi_letter_after_2017" and a.participation_statement_done is False:
        # 'En een brief van DUO waaruit blijkt dat het participatieverklaringstraject ... is afgerond':
        # without it the letter never counts, whenever the inburgeringsplicht began.
        return False
    if start is None:
        return None
    if doc == "bw_agi_letter":  # 'als u vóór 1 januari 2013 inburgeringsplichtig bent geworden'
        return start < P.WI2013_START.value
    if doc == "duo_agi_letter_2013_2017":  # 'vanaf 1 januari 2013 tot en met 30 september 2017'
        return P.WI2013_START.value <= start < P.PARTICIPATION_FROM.value
    if doc == "duo_agi_letter_after_2017":  # 'na 30 september 2017' + participatieverklaringstraject afgerond
        if start < P.PARTICIPATION_FROM.value:
            return False
        return a.participation_statement_done
    return True


def _letter_asks(undecided: list, a: Answers) -> tuple:
    """Every answer still missing to decide the period letters that are undecided (contract: 'the
    unknown conditions name the answers that would decide them')."""
    asks = []
    if a.obligation_start is None:
        asks.append("obligation_start")
    if "duo_agi_letter_after_2017" in undecided and a.participation_statement_done is None:
        asks.append("participation_statement_done")
    return tuple(asks)


def document_fits(doc: str, a: Answers) -> bool | None:
    from ..answers import EXEMPTING_DOCUMENTS
    if doc == "inburgeringsdiploma" or doc not in EXEMPTING_DOCUMENTS:
        return False
    return _period_letter_fits(doc, a)


def ind_documents(a: Answers) -> Route:
    """'U bent in het bezit van één van de onderstaande documenten, diploma's of certificaten
    waarvoor vrijstelling van het inburgeringsvereiste geldt', plus the certificaat inburgering
    of the Wet inburgering 2021 (IND web page, updated 20 February 2024)."""
    notes = []
    phrase = "U bent in het bezit van één van de onderstaande documenten"
    if a.documents is None:
        c = Condition("exempting_document", UNKNOWN, SRC, phrase, asks=("documents",))
        return _route("ind_documents", [c])
    fits = {doc: document_fits(doc, a) for doc in dict.fromkeys(a.documents)}
    status = any_of(*(tri(v) for v in fits.values())) if fits else UNMET
    counting = [d for d, v in fits.items() if v]
    asks = ()
    if status == UNKNOWN:
        asks = _letter_asks([doc for doc, v in fits.items() if v is None], a)
    for doc in a.documents:
        if doc in NOT_EXEMPTING_NOTES:
            notes.append(note(NOT_EXEMPTING_NOTES[doc]))
    if "duo_agi_letter_after_2017" in fits and a.participation_statement_done is not True:
        notes.append(note("participation_proof_needed"))
    if counting:
        notes.append(note("certified_copy_not_original"))
        grade = [d for d in counting if d in NEEDS_GRADE_LIST]
        if grade:
            notes.append(note("grade_list_needed", documents=grade))
        if "naturalisatietoets_certificate" in counting:
            # rules.md, Decisions on open points: 'needs a pass on all five parts ... and the grade list'
            # (IND appendix: 'waaruit blijkt dat u geslaagd bent voor de volgende vijf onderdelen').
            notes.append(note("five_parts_needed", documents=["naturalisatietoets_certificate"]))
        if any(d in FOREIGN_DIPLOMAS for d in counting):
            notes.append(note("apostille_for_foreign_diploma"))
        notes.append(note("originals_at_desk"))
    c = Condition("exempting_document", status, SRC, phrase, asks=asks, details={"documents": counting})
    return _route("ind_documents", [c], notes)


def _medical_fits(doc, a: Answers) -> bool | None:
    before_2013 = None if a.obligation_start is None else a.obligation_start < P.WI2013_START.value
    months = P.MEDICAL_ADVICE_VALID_MONTHS.value

    def fresh():
        return None if doc.date is None else not_older_than(doc.date, months, a.on)

    if doc.id == "bw_medical_letter":  # 'indien u vóór 1 januari 2013 inburgeringsplichtig bent geworden'
        return before_2013
    if doc.id == "duo_medical_letter":  # 'indien u na 31 december 2012 inburgeringsplichtig bent geworden'
        return None if before_2013 is None else not before_2013
    if doc.id == "municipal_doctor_advice":  # 'niet ouder zijn dan zes maanden' + vóór 1 januari 2013
        if before_2013 is False:
            return False
        f = fresh()
        if f is False:
            return False
        return True if (f and before_2013) else None
    return fresh()  # szw_medical_advice: 'niet ouder dan zes maanden'


def _medical_asks(undecided: list, a: Answers) -> tuple:
    """Every answer still missing to decide the medical documents that are undecided (contract: 'the
    unknown conditions name the answers that would decide them'): the day the inburgeringsplicht
    began (which letter or advice fits), and the date of an advice ('niet ouder dan zes maanden').
    Mirrors _medical_fits: only szw_medical_advice does not depend on the start date."""
    asks = []
    if a.obligation_start is None and any(d.id != "szw_medical_advice" for d in undecided):
        asks.append("obligation_start")
    if any(d.date is None and d.id in ("municipal_doctor_advice", "szw_medical_advice") for d in undecided):
        asks.append("medical_documents")
    return tuple(asks)


def medical_document_to_ask(a: Answers) -> list:
    if a.obligation_start is None:
        return ["duo_medical_letter", "szw_medical_advice"]
    if a.obligation_start < P.WI2013_START.value:
        return ["bw_medical_letter", "municipal_doctor_advice", "szw_medical_advice"]
    return ["duo_medical_letter", "szw_medical_advice"]


def ind_medical(a: Answers) -> Route:
    """'U bent op medische gronden blijvend niet in staat het inburgeringsexamen af te leggen'."""
    phrase = "U bent op medische gronden blijvend niet in staat het inburgeringsexamen af te leggen"
    notes = []
    if a.medical_documents is None:
        doc_status, fitting = UNKNOWN, []
        asks = ("medical_documents",)
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
        notes.append(note("ask_for_medical_document", documents=medical_document_to_ask(a)))
    conditions = [
        Condition("medical_condition", condition_status, SRC, phrase, asks=("medical_condition",)),
        Condition("medical_document", doc_status, SRC,
                  "Een medisch advies niet ouder dan zes maanden", asks=asks, details={"documents": fitting}),
    ]
    return _route("ind_medical", conditions, notes)


def ind_efforts(a: Answers) -> Route:
    """'U kunt ondanks geleverde inspanningen het inburgeringsexamen niet behalen': the IND goes by
    the DUO advice ('De IND gaat ... in beginsel uit van het door de vreemdeling overgelegde advies van DUO')."""
    c = Condition("duo_advice_agi", tri(a.duo_advice_agi), SRC,
                  "in beginsel uit van het door de vreemdeling overgelegde advies van DUO", asks=("duo_advice_agi",))
    notes = [note("already_have_advice")] if a.duo_advice_agi else [note("see_duo_advice_routes")]
    return _route("ind_efforts", [c], notes)


def ind_roc_advice(a: Answers) -> Route:
    """'Heeft u nog een advies van het ROC Amsterdam dan kunt u ontheffing krijgen ... als het advies
    bij de indiening van uw aanvraag ... niet ouder is dan vijf jaar. U moet nog wel de toets
    gesproken Nederlands halen op A2 niveau.'"""
    phrase = "als het advies bij de indiening van uw aanvraag niet ouder is dan vijf jaar"
    years = P.ROC_ADVICE_VALID_YEARS.value
    details = {}
    if a.roc_advice_date is None:
        value = False if a.on > P.ROC_NO_DATE_CUTOFF.value else None
    else:
        value = not_older_than(a.roc_advice_date, years * 12, a.on)
        details["valid_until"] = add_years(a.roc_advice_date, years).isoformat()
    c = Condition("roc_advice_valid", tri(value), SRC, phrase, asks=("roc_advice_date",), details=details)
    return _route("ind_roc_advice", [c], [note("spoken_dutch_a2_still_needed")])


def ind_special_circumstances(a: Answers) -> Route:
    """'Er is sprake van bijzondere individuele omstandigheden. U wilt in aanmerking komen voor verblijf
    "Humanitair niet-tijdelijk" of "Onbepaalde tijd (regulier of asiel)"'."""
    scope = None if a.permit_type is None else a.permit_type != "eu_long_term"
    conditions = [
        Condition("permit_type_fits", MET if scope is None else tri(scope), SRC,
                  "Humanitair niet-tijdelijk of Onbepaalde tijd (regulier of asiel)", kind=SCOPE,
                  asks=("permit_type",)),
        Condition("special_circumstances", tri(a.special_circumstances), SRC,
                  "Er is sprake van bijzondere individuele omstandigheden", asks=("special_circumstances",)),
    ]
    return _route("ind_special_circumstances", conditions, [note("letter_with_evidence")],
                  forms=(APPENDIX, "ind_special_circumstances_letter"))


# One function per route, in the contract's order; each reads only the answers it needs.
ROUTES = (ind_diploma, ind_nationality, ind_turkish, ind_age, ind_school_age_residence, ind_documents,
          ind_medical, ind_efforts, ind_roc_advice, ind_special_circumstances)
