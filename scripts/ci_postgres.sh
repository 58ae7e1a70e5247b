#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the store tests and print its URL on stdout.
#
#   export KHABAR_TEST_PG_URL=$(scripts/ci_postgres.sh start)  # start (data in a temp dir)
#   scripts/ci_postgres.sh stop [URL]                          # stop it (default: the last started)
#
# Uses initdb/pg_ctl from PATH, /usr/local/bin or /usr/lib/postgresql/*/bin; installs the
# `postgresql` package with apt-get when none is found. initdb refuses to run as root, so as root
# the server runs as the OS user `postgres` (created when missing). Port: $KHABAR_PG_PORT or a free one.
set -euo pipefail

find_bin() {
  local name=$1 cand
  for cand in "$(command -v "$name" 2>/dev/null || true)" /usr/local/bin/"$name" /usr/lib/postgresql/*/bin/"$name"; do
    if [ -n "$cand" ] && [ -x "$cand" ]; then echo "$cand"; return 0; fi
  done
  return 1
}

run_as() {  # run a command as the server's OS user
  if [ "$(id -u)" = 0 ]; then su -s /bin/sh postgres -c "$*"; else sh -c "$*"; fi
}

STATE=/tmp/khabar-pg.last
if [ "${1:-}" = stop ]; then
  url=${2:-$(cat "$STATE" 2>/dev/null || true)}
  [ -n "$url" ] || { echo "ci_postgres: nothing to stop" >&2; exit 0; }
  port=$(echo "$url" | sed -E 's/.*:([0-9]+)\/.*/\1/')
  dir=$(cat "/tmp/khabar-pg-$port.dir" 2>/dev/null || true)
  [ -n "$dir" ] || { echo "ci_postgres: no server on port $port" >&2; exit 0; }
  run_as "$(find_bin pg_ctl) -D $dir/data -m fast stop" >&2 || true
  rm -rf "$dir" "$dir.initdb.log" "/tmp/khabar-pg-$port.dir"
  exit 0
fi
[ "${1:-start}" = start ] || { echo "usage: ci_postgres.sh [start] | stop [URL]" >&2; exit 2; }

if ! find_bin initdb >/dev/null; then
  echo "ci_postgres: no initdb; installing postgresql" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
INITDB=$(find_bin initdb); PG_CTL=$(find_bin pg_ctl)

if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin postgres
fi

port=${KHABAR_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
dir=$(mktemp -d /tmp/khabar-pg.XXXXXX)
chmod 700 "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
echo "$dir" > "/tmp/khabar-pg-$port.dir"

run_as "$INITDB -D $dir/data -U khabar --auth=trust -E UTF8 --no-locale" >"$dir.initdb.log" 2>&1 \
  || { cat "$dir.initdb.log" >&2; exit 1; }
run_as "$PG_CTL -D $dir/data -l $dir/server.log -w -t 30 \
  -o '-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off' start" >&2 \
  || { cat "$dir/server.log" >&2; exit 1; }
run_as "psql -h 127.0.0.1 -p $port -U khabar -d postgres -qc 'CREATE DATABASE khabar_test'" >&2
echo "postgresql://khabar@127.0.0.1:$port/khabar_test" | tee "$STATE"
