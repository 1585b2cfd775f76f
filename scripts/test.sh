#!/usr/bin/env bash
# The whole test suite from a clean clone: set-up, then ruff, mypy, import-linter and pytest.
# PostgreSQL tests run too when COOP_POS_TEST_PG holds a URL (set here if the local server answers).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

if [ -z "${COOP_POS_TEST_PG:-}" ] && (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
  export COOP_POS_TEST_PG="postgresql+psycopg://postgres@127.0.0.1:5432/test"
fi
export QT_QPA_PLATFORM=offscreen

echo "== ruff";          .venv/bin/ruff check . && .venv/bin/ruff format --check .
echo "== mypy";          .venv/bin/mypy
echo "== import-linter"; .venv/bin/lint-imports
echo "== translations";  .venv/bin/python scripts/build_translations.py --check
echo "== pytest (PostgreSQL: ${COOP_POS_TEST_PG:-not set, SQLite only})"
.venv/bin/python -m pytest "$@"
