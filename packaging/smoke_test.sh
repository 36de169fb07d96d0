#!/usr/bin/env bash
# Smoke-test the frozen build as a user would meet it: started from /tmp, outside the checkout, with
# a clean environment (no Python, no virtualenv, no PYTHONPATH), on the offscreen Qt platform.
#   1. `undertow --self-test` passes and `undertow check --demo --json` answers (exit 0 or 1, see README);
#   2. when dbus-run-session and gnome-keyring exist, the self-test inside an unlocked D-Bus session
#      uses the SecretService keyring backend and can store, read and delete a throwaway secret
#      (REQUIRE_KEYRING=1 makes their absence a failure).
# Usage: bash packaging/smoke_test.sh [path/to/undertow]   (default: dist/undertow/undertow)
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=$(readlink -f "${1:-dist/undertow/undertow}")
if [ ! -x "$BIN" ]; then
    echo "smoke_test: $BIN not found; run 'make package' first" >&2
    exit 1
fi
SCRATCH=$(mktemp -d /tmp/undertow-smoke.XXXXXX)
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -p "$SCRATCH/home"
clean_env=(env -i "HOME=$SCRATCH/home" "PATH=/usr/bin:/bin" "LANG=C.UTF-8" "QT_QPA_PLATFORM=offscreen")
fail() { echo "smoke_test: FAILED: $*" >&2; exit 1; }

echo "== self-test ($BIN, from /tmp, clean environment)"
out=$(cd /tmp && "${clean_env[@]}" "$BIN" --self-test 2>"$SCRATCH/stderr") || {
    echo "$out"; cat "$SCRATCH/stderr" >&2; fail "--self-test exited non-zero"; }
echo "$out"
grep -q "^self-test: ok$" <<<"$out" || fail "--self-test did not report ok"

echo "== check --demo --json"
# `check` exits 0 when all is clear and 1 when something is due (the demo has due reminders); 2 and 3 are a
# usage error and a blind state, and anything else is a crash: those fail the smoke test.
rc=0
(cd /tmp && "${clean_env[@]}" "UNDERTOW_HOME=$SCRATCH/data" "$BIN" check --demo --json >"$SCRATCH/check.json") || rc=$?
[ "$rc" -le 1 ] || fail "check --demo --json exited $rc (0 = all clear and 1 = something due are the expected codes)"
grep -q "\"exit_code\": $rc" "$SCRATCH/check.json" || fail "check --json's status.exit_code does not match its exit code $rc"
grep -q '"positions"' "$SCRATCH/check.json" || fail "check --json printed no positions"
echo "ok ($(wc -c <"$SCRATCH/check.json") bytes of JSON)"

if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    echo "== self-test inside dbus-run-session with an unlocked gnome-keyring"
    out=$(cd /tmp && "${clean_env[@]}" "XDG_RUNTIME_DIR=$SCRATCH/run" \
        UNDERTOW_SELFTEST_KEYRING=roundtrip dbus-run-session -- sh -c \
        'mkdir -p -m 700 "$XDG_RUNTIME_DIR"; echo smoke-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$0" --self-test' \
        "$BIN" 2>"$SCRATCH/stderr") || { echo "$out"; cat "$SCRATCH/stderr" >&2; fail "--self-test under D-Bus exited non-zero"; }
    echo "$out"
    grep -E "^\s*\[\s*ok\] keyring .*SecretService.*store/read/delete ok" <<<"$out" >/dev/null \
        || fail "the frozen build did not use the Secret Service keyring"
elif [ "${REQUIRE_KEYRING:-0}" = 1 ]; then
    fail "dbus-run-session or gnome-keyring-daemon is missing (REQUIRE_KEYRING=1)"
else
    echo "== skipped the Secret Service check: dbus-run-session or gnome-keyring-daemon not installed"
fi
echo "smoke_test: ok"
