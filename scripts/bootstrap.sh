#!/usr/bin/env bash
# Installs everything brreg-intake needs on a fresh Debian machine, idempotently:
# Debian packages (venv support; Dovecot for the IMAP integration tests, Chromium for the
# review page's browser tests), then a virtualenv
# in .venv with the project and, with --dev, its test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

want_dev=0
[ "${1:-}" = "--dev" ] && want_dev=1

apt_packages=()
python3 -c 'import ensurepip, venv' 2>/dev/null || apt_packages+=(python3-venv python3-pip)
if [ "$want_dev" = 1 ]; then
  # The tests start a private Dovecot and make self-signed certificates with openssl.
  command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ] || apt_packages+=(dovecot-imapd)
  command -v openssl >/dev/null 2>&1 || apt_packages+=(openssl)
  # tests/ops/test_deploy.py checks deploy/brreg-intake.service with systemd-analyze verify.
  command -v systemd-analyze >/dev/null 2>&1 || apt_packages+=(systemd)
  # The review page's browser tests drive Debian's Chromium through Playwright's
  # executable_path (Playwright's own browser download is not available): tests/web/browser.py.
  command -v chromium-headless-shell >/dev/null 2>&1 || command -v chromium >/dev/null 2>&1 \
    || apt_packages+=(chromium-headless-shell)
fi
if [ "${#apt_packages[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_packages[@]}" >/dev/null
  else
    echo "bootstrap: please install these Debian packages: ${apt_packages[*]}" >&2
    exit 1
  fi
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/pip install -q --upgrade pip
fi
stamp=.venv/.installed$want_dev
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  if [ "$want_dev" = 1 ]; then
    .venv/bin/pip install -q -e '.[dev]'
  else
    .venv/bin/pip install -q -e .
  fi
  touch "$stamp"
fi
