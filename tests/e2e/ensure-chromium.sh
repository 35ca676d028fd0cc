#!/usr/bin/env bash
# Playwright's own browser download is not reachable here; the e2e suite runs Debian's Chromium.
# Uses $CHROMIUM_PATH when set (other machines), else /usr/bin/chromium, installing it with apt if missing.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  echo "e2e browser: $browser"
  exit 0
fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "Chromium not found at /usr/bin/chromium: install it (apt-get install -y chromium) or set CHROMIUM_PATH" >&2
  exit 1
fi
echo "Installing Debian's chromium for the e2e suite..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "e2e browser: $browser ($("$browser" --version))"
