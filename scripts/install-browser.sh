#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests if it is not there yet (needs root or sudo).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  exit 0
fi
run() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else echo "Run as root: $*" >&2; exit 1; fi; }
run apt-get update -qq
DEBIAN_FRONTEND=noninteractive run apt-get install -y -qq chromium >/dev/null
echo "chromium: $(/usr/bin/chromium --version)"
