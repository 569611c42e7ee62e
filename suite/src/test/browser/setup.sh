#!/usr/bin/env bash
# Installs what the browser journeys need beyond Java and Maven: Debian's Chromium, Node.js with npm, and the
# npm packages pinned in package-lock.json. Run by BrowserJourneysTest; safe to run again (it skips what is there).
set -euo pipefail
cd "$(dirname "$0")"
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages..."
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-liberation >/dev/null
fi
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] || [ package-lock.json -nt node_modules ]; then
  echo "Installing playwright-core and axe-core from npm..."
  npm ci --no-audit --no-fund --loglevel=error
fi
