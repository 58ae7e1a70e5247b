#!/usr/bin/env bash
# Set up (a venv with every extra) and run khabar's whole test suite. Used by the README and .ci/run.
# Starts what service-bound tests need: a throwaway PostgreSQL server (scripts/ci_postgres.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv || exit 1
.venv/bin/pip install -q --disable-pip-version-check -e '.[test,web,postgres,dask]' 2>&1 | grep -v '^WARNING' || true
.venv/bin/python -c "import khabar" || { echo "khabar did not install" >&2; exit 1; }

pg_started=""
if [ -z "${KHABAR_TEST_PG_URL:-}" ] && [ -f scripts/ci_postgres.sh ]; then
  if url=$(bash scripts/ci_postgres.sh start 2>/tmp/khabar_pg.log); then
    export KHABAR_TEST_PG_URL="$url"; pg_started=1
    echo "PostgreSQL for tests: $KHABAR_TEST_PG_URL"
  else
    echo "warning: could not start PostgreSQL (see /tmp/khabar_pg.log); postgres tests will skip" >&2
    tail -5 /tmp/khabar_pg.log >&2
  fi
fi

.venv/bin/python -m pytest "$@"
rc=$?
[ -n "$pg_started" ] && bash scripts/ci_postgres.sh stop >/dev/null 2>&1
if [ "$rc" -eq 5 ]; then
  echo "error: pytest collected no tests" >&2
  exit 1
fi
exit "$rc"
