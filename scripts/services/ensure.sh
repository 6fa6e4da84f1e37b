#!/usr/bin/env bash
# Ensure the local dev/test services are up (Redis, then Elasticsearch).
# Each one is reused when its URL already answers. Usage: ensure.sh [stop|status]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
action="${1:-ensure}"
rc=0
bash "$here/redis.sh" "$action" || rc=$?
[[ -f "$here/elasticsearch.sh" ]] && { bash "$here/elasticsearch.sh" "$action" || rc=$?; }
exit "$rc"
