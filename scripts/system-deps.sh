#!/bin/sh
# Debian packages the site needs beside Python:
#   gettext            compiles the translations (msgfmt)
#   libpango, harfbuzz WeasyPrint draws the PDF; libharfbuzz-subset0 makes font subsetting fast
#   chromium           the browser tests (Playwright drives Debian's Chromium, never a download)
#   wrk                the load part of `make bench` (a load generator)
PKGS="gettext libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 chromium wrk"
missing=""
for p in $PKGS; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian packages:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
    echo "Please install these Debian packages (as root): apt-get install$missing" >&2
    echo "Without them the translations, the PDF or the browser tests cannot run." >&2
fi
