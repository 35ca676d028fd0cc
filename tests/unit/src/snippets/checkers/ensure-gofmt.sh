#!/usr/bin/env bash
# The Go snippet check parses with gofmt from Debian's golang-go. Prints gofmt's path; installs the
# package with apt when it is missing and we may (root with apt-get), as tests/e2e/ensure-chromium.sh does.
set -euo pipefail
# Test files run in parallel: one installs while the others wait, then find what it installed.
exec 9>"${TMPDIR:-/tmp}/qkms-ensure-gofmt.lock"
flock 9
for candidate in "${GOFMT_PATH:-}" "$(command -v gofmt || true)" /usr/lib/go/bin/gofmt; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "$candidate"
    exit 0
  fi
done
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "gofmt not found: install Debian's golang-go (apt-get install -y golang-go) or set GOFMT_PATH" >&2
  exit 1
fi
echo "Installing Debian's golang-go for the Go snippet check..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
apt-get -o DPkg::Lock::Timeout=300 install -y -qq golang-go >/dev/null
command -v gofmt || echo /usr/lib/go/bin/gofmt
