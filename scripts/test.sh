#!/usr/bin/env bash
# README's test command. On a Debian machine that has only a JDK it installs what the tests need (Chromium, the
# Japanese fonts, npm, PostgreSQL) when it may (root, or sudo without a password), starts PostgreSQL, and runs
# `./mvnw verify` with the PostgreSQL tests switched on. Arguments are passed on to Maven.
#
# Where it may not install, it says so in one line with the command to run by hand. The PostgreSQL tests are then
# skipped, never silently: the last line of the run says so.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'scripts/test.sh: %s\n' "$*" >&2; }

may_act_as_root() { [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
# From /, which the postgres user may enter (psql complains about a working directory it cannot).
as_postgres() { (cd / && if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi); }

apt_updated=false
apt_install() {
    if ! $apt_updated; then
        as_root apt-get update -qq
        apt_updated=true
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

# --- The browser tests: Debian's Chromium (the tests drive /usr/bin/chromium), CJK fonts, npm for the HTML checker.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
    if may_act_as_root && command -v apt-get >/dev/null 2>&1; then
        say "installing ${missing[*]}"
        apt_install "${missing[@]}"
    else
        say "the tests need ${missing[*]}; install them with: sudo apt-get install ${missing[*]}"
        exit 1
    fi
fi

# --- PostgreSQL: the database tests run a second time against it.
pg_skipped=""
start_local_postgresql() {
    command -v pg_ctlcluster >/dev/null 2>&1 || { say "installing postgresql"; apt_install postgresql; }
    local version
    version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)"
    if [ -z "$version" ]; then
        version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
        as_root pg_createcluster "$version" main >/dev/null
    fi
    if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
        as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start
        for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
    fi
    # A role and a database of the tests' own, whatever the server's authentication: the tests make one schema per
    # run in it and drop it when they end.
    as_postgres psql -X -q -v ON_ERROR_STOP=1 -d postgres >/dev/null <<'SQL'
SELECT 'CREATE ROLE mps_test LOGIN PASSWORD ''mps_test'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mps_test') \gexec
SELECT 'CREATE DATABASE mps_test OWNER mps_test'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'mps_test') \gexec
SQL
    export MPS_TEST_PG_URL="jdbc:postgresql://127.0.0.1:5432/mps_test"
    export MPS_TEST_PG_USER="mps_test"
    export MPS_TEST_PG_PASSWORD="mps_test"
}

if [ -n "${MPS_TEST_PG_URL:-}" ]; then
    say "PostgreSQL tests against $MPS_TEST_PG_URL"
elif may_act_as_root && { command -v pg_ctlcluster >/dev/null 2>&1 || command -v apt-get >/dev/null 2>&1; }; then
    start_local_postgresql
    say "PostgreSQL tests against $MPS_TEST_PG_URL"
else
    pg_skipped="PostgreSQL tests SKIPPED: no MPS_TEST_PG_URL and no root to install or start PostgreSQL; run as root, or set MPS_TEST_PG_URL (and MPS_TEST_PG_USER, MPS_TEST_PG_PASSWORD) to a database the tests may create schemas in"
    say "$pg_skipped"
fi

status=0
./mvnw verify "$@" || status=$?
[ -z "$pg_skipped" ] || say "$pg_skipped"
exit $status
