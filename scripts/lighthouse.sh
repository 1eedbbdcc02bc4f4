#!/bin/sh
# Lighthouse (mobile) on the start and public pages, with Debian's Chromium: not a test and not a gate
# (scores are noisy on shared cores). Prints one line a page; docs/lighthouse.md records a run.
#
#   LIGHTHOUSE=/path/to/node_modules/.bin/lighthouse scripts/lighthouse.sh
#
# The site is served by Django's development server (DJANGO_DEBUG=1) with a throwaway SQLite
# database, so the performance score is a floor: production serves compressed static files.
set -eu
cd "$(dirname "$0")/.."
LIGHTHOUSE=${LIGHTHOUSE:-lighthouse}
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
PORT=${PORT:-8765}
WORK=$(mktemp -d)
export DJANGO_DEBUG=1 DATABASE_URL="sqlite:///$WORK/db.sqlite3" CHROME_PATH
.venv/bin/python manage.py migrate -v 0
.venv/bin/python manage.py runserver --noreload "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
sleep 3
for page in nl/ en/ ar/ ti/ en/privacy/ en/accessibility/ en/feedback/; do
  "$LIGHTHOUSE" "http://127.0.0.1:$PORT/$page" --quiet --output=json --output-path="$WORK/report.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 || true
  .venv/bin/python - "$WORK/report.json" "/$page" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
scores = {k: round(v["score"] * 100) if v["score"] is not None else "-" for k, v in report["categories"].items()}
print(f"| {sys.argv[2]} | {scores['performance']} | {scores['accessibility']} | {scores['best-practices']} | {scores['seo']} |")
PY
done
