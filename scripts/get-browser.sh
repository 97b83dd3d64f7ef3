#!/usr/bin/env bash
# Gets a Chromium for the browser tests: $CHROMIUM_PATH, Debian's chromium, or Playwright's own.
# Also installs Noto fonts so Vietnamese and Chinese map labels render.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "get-browser: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2; exit 1; }
  echo "get-browser: using CHROMIUM_PATH=$CHROMIUM_PATH"; exit 0
fi
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  echo "get-browser: using /usr/bin/chromium"; exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "get-browser: installing Debian's chromium and Noto fonts (apt-get)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core fonts-noto-cjk >/dev/null
  echo "get-browser: installed /usr/bin/chromium"; exit 0
fi
if [ -x /usr/bin/chromium ]; then
  echo "get-browser: using /usr/bin/chromium (Noto CJK fonts not found: Chinese labels may not render)"; exit 0
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
