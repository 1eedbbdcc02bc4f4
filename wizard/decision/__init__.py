"""The decision service: answers in, routes, conditions, reasons, forms and advice out.

Pure Python: nothing here imports Django. Entry points: `evaluate`, `relevant_questions`.
"""

from .answers import FIELDS, AnswerError, Answers, parse
from .engine import decide, evaluate
from .parameters import RULES_VERSION
from .relevance import QUESTIONS, is_relevant, relevance_of, relevant_questions

__all__ = [
    "evaluate",
    "decide",
    "parse",
    "AnswerError",
    "Answers",
    "FIELDS",
    "RULES_VERSION",
    "QUESTIONS",
    "is_relevant",
    "relevance_of",
    "relevant_questions",
]
