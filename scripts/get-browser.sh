#!/usr/bin/env bash
# Gets a Chromium for the browser tests: $CHROMIUM_PATH, Debian's chromium, or Playwright's own.
# Also installs Noto fonts so Vietnamese and Chinese map labels render.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "get-browser: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2; exit 1; }
  echo "get-browser: using CHROMIUM_PATH=$CHROMIUM_PATH"; exit 0
fi

# The fonts the labels need: Noto Sans (fonts-noto-core, Vietnamese) and Noto Sans CJK (fonts-noto-cjk, Chinese).
# fc-list's output is captured first: under pipefail, `fc-list | grep -q` fails whenever grep -q
# stops reading at the first match (fc-list then dies of SIGPIPE, exit 141).
missing_fonts=''
if command -v fc-list >/dev/null 2>&1; then
  latin_fonts=$(fc-list ':family=Noto Sans:style=Regular' family 2>/dev/null || true)
  all_fonts=$(fc-list : family 2>/dev/null || true)
  [ -n "$latin_fonts" ] || missing_fonts='Noto Sans (fonts-noto-core, for Vietnamese labels)'
  if ! grep -qi 'Noto Sans CJK' <<<"$all_fonts"; then
    missing_fonts="${missing_fonts:+$missing_fonts and }Noto Sans CJK (fonts-noto-cjk, for Chinese labels)"
  fi
else
  missing_fonts='Noto Sans and Noto Sans CJK (fc-list, from fontconfig, is not installed, so they could not be checked)'
fi

if [ -x /usr/bin/chromium ] && [ -z "$missing_fonts" ]; then
  echo "get-browser: using /usr/bin/chromium"; exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "get-browser: installing Debian's chromium and Noto fonts (apt-get)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core fonts-noto-cjk >/dev/null
  echo "get-browser: installed chromium and the Noto fonts; using /usr/bin/chromium"; exit 0
fi
if [ -n "$missing_fonts" ]; then
  echo "get-browser: fonts not found: $missing_fonts. Those labels may not render." >&2
  echo "get-browser: to install the fonts: sudo apt-get install -y fonts-noto-core fonts-noto-cjk" >&2
fi
if [ -x /usr/bin/chromium ]; then
  echo "get-browser: using /usr/bin/chromium"; exit 0
fi
if npx playwright install chromium; then exit 0; fi
cat >&2 <<'MSG'
get-browser: no Chromium found and none could be installed.
Run one of these, then npm test again:
  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-core fonts-noto-cjk
  npx playwright install chromium
  export CHROMIUM_PATH=/path/to/chromium
MSG
exit 1
