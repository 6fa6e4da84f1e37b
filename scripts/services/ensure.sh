#!/usr/bin/env bash
# Ensure the local dev/test services are up (Redis, then Elasticsearch).
# Each one is reused when its URL already answers. Usage: ensure.sh [ensure|stop|status]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
action="${1:-ensure}"
rc=0
bash "$here/redis.sh" "$action" || rc=$?
bash "$here/elasticsearch.sh" "$action" || rc=$?
exit "$rc"
