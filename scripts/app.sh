#!/usr/bin/env bash
# Set everything up and open the counter app on the embedded SQLite shop, with the demo co-op
# the first time. Without a screen (no $DISPLAY), it runs on a virtual one (xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Create (or upgrade) the shop and fill it with the demo co-op while it is still empty.
if ! out=$(.venv/bin/coop-pos init --demo 2>&1); then
  if ! grep -q "only an empty shop" <<<"$out"; then echo "$out" >&2; exit 1; fi
  .venv/bin/coop-pos init
else
  echo "$out"
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = "Linux" ]; then
  echo "app: no screen found; running on a virtual screen (xvfb-run)"
  exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/coop-pos "$@"
fi
exec .venv/bin/coop-pos "$@"
