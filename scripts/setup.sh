#!/usr/bin/env bash
# Installs what this machine lacks to run the pipeline: Debian's redis-server and
# poppler-utils (pdftotext reads PDFs),
# the npm dependencies (npm ci, when the lockfile changed), the Elasticsearch zip.
# With --test also Chromium, for the browser test of the queue dashboard.
# Idempotent and quick when everything is there; `npm start` and `npm test` call it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
if [[ "${1:-}" == "--test" ]]; then command -v chromium >/dev/null || missing+=(chromium); fi
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then apt=(apt-get); elif command -v sudo >/dev/null; then apt=(sudo apt-get); else
    echo "setup: please install the Debian packages: ${missing[*]}" >&2; exit 1
  fi
  echo "[setup] apt-get install ${missing[*]}" >&2
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq "${missing[@]}" >/dev/null
fi

# npm writes node_modules/.package-lock.json on every install: older than the lockfile means stale.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "[setup] npm ci" >&2
  # The registry reachable here lacks some optional platform packages (msgpackr-extract for
  # macOS), so the lockfile lacks them too and `npm ci` calls it out of sync; `npm install`
  # then installs the same locked versions.
  npm ci --no-audit --no-fund --loglevel=error >&2 || npm install --no-audit --no-fund --loglevel=error >&2
fi

bash scripts/services/elasticsearch.sh fetch >&2
