#!/usr/bin/env bash
# Prints the path of a helm binary at the pinned version, building it once from the Go
# module proxy (no binary downloads are reachable here) into .data/tools/ (gitignored).
# Usage: bash scripts/deploy/helm.sh            -> path on stdout
#        "$(bash scripts/deploy/helm.sh)" lint deploy/helm/arabic-news-pipeline
set -euo pipefail
HELM_VERSION=v4.3.2
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin_dir="${HELM_BIN_DIR:-$root/.data/tools/helm-$HELM_VERSION}"
helm="$bin_dir/helm"

if [[ -x "$helm" ]] && "$helm" version --short 2>/dev/null | grep -q "^$HELM_VERSION"; then
  echo "$helm"; exit 0
fi
command -v go >/dev/null || { echo "[deploy] go not found: install Go >= 1.24 to build helm $HELM_VERSION" >&2; exit 1; }
mkdir -p "$bin_dir"
echo "[deploy] building helm $HELM_VERSION with go install (once, a few minutes)" >&2
t0=$SECONDS
# -trimpath keeps the build reproducible; CGO off: a static binary, no C toolchain needed.
GOBIN="$bin_dir" CGO_ENABLED=0 go install -trimpath "helm.sh/helm/v4/cmd/helm@$HELM_VERSION" >&2
echo "[deploy] helm built in $((SECONDS - t0))s" >&2
echo "$helm"
