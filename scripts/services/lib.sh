# Shared helpers for scripts/services/*.sh (sourced, not executed).
# Paths are derived from this file so the scripts work from any cwd.

SERVICES_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SERVICES_DIR/../.." && pwd)"
DATA_ROOT="${SERVICES_DATA_DIR:-$REPO_ROOT/.data}"

log() { echo "[services] $*" >&2; }
die() { echo "[services] ERROR: $*" >&2; exit 1; }

# url_host URL DEFAULT -> host part of scheme://[user:pass@]host:port/...
url_host() {
  local rest="${1#*://}"
  rest="${rest%%/*}"
  rest="${rest##*@}"
  local host="${rest%%:*}"
  echo "${host:-$2}"
}

# url_port URL DEFAULT -> port part, or DEFAULT when absent
url_port() {
  local rest="${1#*://}"
  rest="${rest%%/*}"
  rest="${rest##*@}"
  if [[ "$rest" == *:* ]]; then echo "${rest##*:}"; else echo "$2"; fi
}

# pid_alive PIDFILE -> 0 when the pidfile names a live process
pid_alive() {
  [[ -s "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null
}

# is_local_host HOST -> 0 when we can start a server bound to HOST here
is_local_host() {
  case "$1" in
    127.*|localhost|0.0.0.0|::1) return 0 ;;
    *) return 1 ;;
  esac
}

# with_lock DIR CMD... -> run CMD holding DIR/.lock, so concurrent `ensure`s
# (several engineers, parallel CI steps) start one server, not two.
# Daemons must be started with 9>&- or they would hold the lock forever.
with_lock() {
  local dir="$1"; shift
  mkdir -p "$dir"
  exec 9>"$dir/.lock"
  flock -w 300 9 || die "timed out waiting for lock $dir/.lock"
  "$@"
}
