"""Answers for the checklist tests and the benchmark (bench/pdf_bench.py): full checklists."""

TODAY = "2026-11-22"

EXAM_PARTS = {
    "reading": {"passed": True, "attempts_inburgering": 1, "attempts_nt2": 0},
    "listening": {"passed": True, "attempts_inburgering": 2, "attempts_nt2": 0},
    "writing": {"passed": False, "attempts_inburgering": 3, "attempts_nt2": 2},
    "speaking": {"passed": False, "attempts_inburgering": 5, "attempts_nt2": 1},
    "knm": {"passed": False, "attempts_inburgering": 7, "attempts_nt2": 0},
    "ona": {"passed": True, "attempts_inburgering": 1, "attempts_nt2": 0},
}

# Released from the inburgeringsplicht: the course route fits, the alfa route waits, the school has closed.
RELEASE = {
    "today": TODAY,
    "goal": "release_from_obligation",
    "obliged": "yes",
    "obligation_start": "2018-09-03",
    "term_start": "2018-09-03",
    "hours_inburgering": 437,
    "hours_nt2": 213,
    "hours_alfa": 0,
    "hours_education": 55,
    "school_listed_at_start": "yes",
    "school_closed": "yes",
    "exam_parts": EXAM_PARTS,
}

# Released, but only from a later date: the alfa route is not yet possible (2.5 years not passed).
RELEASE_LATER = {
    "today": TODAY,
    "goal": "release_from_obligation",
    "obliged": "yes",
    "obligation_start": "2021-06-14",
    "term_start": "2024-07-31",
    "hours_inburgering": 310,
    "hours_alfa": 320,
    "hours_nt2": 0,
    "school_listed_at_start": "yes",
    "school_listed_now": "yes",
    "school_closed": "no",
}

# A stronger permit: several ways fit (documents from abroad, the DUO advice for long residence and
# work, a recent medical advice); the others cannot be judged yet.
PERMIT = {
    "today": TODAY,
    "goal": "stronger_permit",
    "birth_date": "1980-05-17",
    "nationalities": ["ER"],
    "obligation_start": "2014-02-10",
    "documents": ["be_sr_diploma", "european_baccalaureate", "nt2_diploma"],
    "years_lived_in_nl": 12,
    "years_worked_in_nl": 6.5,
    "dutch_good": "yes",
    "medical_condition": "yes",
    "medical_documents": [{"id": "szw_medical_advice", "date": "2026-08-03"}],
    "hours_inburgering": 640,
    "exam_parts": EXAM_PARTS,
    "application_date": "2026-12-01",
}

LANGUAGES = ("nl", "en", "ar", "ti")

# A very difficult situation: 600 hours of course and education together, the DUO ways do not fit.
HARDSHIP = {
    "today": TODAY,
    "goal": "release_from_obligation",
    "obliged": "yes",
    "obligation_start": "2016-03-01",
    "term_start": "2016-03-01",
    "hours_inburgering": 300,
    "hours_nt2": 0,
    "hours_alfa": 0,
    "hours_education": 350,
    "school_listed_at_start": "yes",
    "school_listed_now": "yes",
    "school_closed": "no",
    "difficult_situation": "yes",
    "exam_parts": {"reading": {"passed": False, "attempts_inburgering": 2, "attempts_nt2": 0}},
}

# Words a name field might carry to reach the network or the disk (printed as text, never fetched).
HOSTILE_NAME = "<img src=http://127.0.0.1:9/x> file:///etc/passwd url(http://127.0.0.1:9/y)"
ARABIC_NAME = "أمينة تسفاي"
GEEZ_NAME = "ኣሚና ተስፋይ"
