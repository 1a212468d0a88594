#!/usr/bin/env bash
# The browser tests (msw's setupWorker, the API reference) drive Debian's
# Chromium through playwright-core; npm cannot provide a browser here, so the
# project installs the Debian package itself when it can.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Debian's chromium for the browser tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
  echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo 'installed')"
else
  echo "ensure-chromium: $CHROMIUM is missing and cannot be installed here (needs root and apt-get)." >&2
  echo "ensure-chromium: install it with 'sudo apt-get install -y chromium'; the browser tests will fail without it." >&2
fi
