"""python manage.py evaluate FILE|- : print the decision service's result as JSON.

Bad input: exit status 2, one clear line on standard error, nothing on standard output.
"""

import json
import sys

from django.core.management.base import BaseCommand

from wizard.decision import AnswerError, evaluate
from wizard.decision.envelope import unwrap


class Command(BaseCommand):
    help = "Evaluate a JSON file of answers ('-' for standard input) and print the result as JSON."

    def add_arguments(self, parser):
        parser.add_argument("file", help="a JSON file with the answers, or - for standard input")

    def fail(self, message):
        # One line, whatever the input held: a line break or other control character inside a value
        # or a key quoted in the message is written escaped ("\\n").
        one_line = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in message)
        sys.stderr.write(f"error: {one_line}\n")
        sys.exit(2)

    def handle(self, *args, **options):
        name = options["file"]
        try:
            if name == "-":
                text = sys.stdin.read()
            else:
                with open(name, encoding="utf-8") as fh:
                    text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            self.fail(f"cannot read {name}: {getattr(exc, 'strerror', None) or exc}")
        try:
            answers = json.loads(text)
        except ValueError as exc:
            self.fail(f"{name} is not valid JSON ({exc})")
        except RecursionError:
            self.fail(f"{name} is nested too deeply to be answers")
        try:
            result = evaluate(unwrap(answers))
        except AnswerError as exc:
            self.fail(f"{exc.field}: {exc.message}")
        self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
