#!/usr/bin/env bash
# Local Redis for dev/tests without Docker: Debian's redis-server, daemonized,
# data/pid/log in .data/redis/. Usage: redis.sh ensure|stop|status
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
HOST="$(url_host "$REDIS_URL" 127.0.0.1)"
PORT="$(url_port "$REDIS_URL" 6379)"
DIR="$DATA_ROOT/redis"
PIDFILE="$DIR/redis.pid"
LOGFILE="$DIR/redis.log"

ping_ok() {
  command -v redis-cli >/dev/null || return 1
  [[ "$(redis-cli -u "$REDIS_URL" ping 2>/dev/null)" == "PONG" ]]
}

ensure() {
  if ping_ok; then
    log "redis: reusing server at $REDIS_URL"
    return 0
  fi
  command -v redis-server >/dev/null || die "redis-server not installed (apt-get install -y redis-server)"
  is_local_host "$HOST" || die "redis: nothing answers at $REDIS_URL and $HOST is not local, cannot start it"
  pid_alive "$PIDFILE" && die "redis: pid $(cat "$PIDFILE") from $DIR is running but not answering at $REDIS_URL (other port?); run npm run services:stop"
  mkdir -p "$DIR"
  # appendonly: queued jobs survive a restart of the dev server.
  redis-server --bind "$HOST" --port "$PORT" \
    --daemonize yes --dir "$DIR" --pidfile "$PIDFILE" --logfile "$LOGFILE" \
    --appendonly yes --save '' 9>&-
  for _ in $(seq 1 100); do
    ping_ok && { log "redis: started at $REDIS_URL (pid $(cat "$PIDFILE" 2>/dev/null), data $DIR)"; return 0; }
    sleep 0.1
  done
  tail -n 20 "$LOGFILE" >&2 || true
  die "redis: did not answer PING at $REDIS_URL within 10s (log: $LOGFILE)"
}

stop() {
  if pid_alive "$PIDFILE"; then
    local pid; pid="$(cat "$PIDFILE")"
    # SHUTDOWN flushes the AOF; fall back to SIGTERM (also a clean shutdown).
    redis-cli -u "$REDIS_URL" shutdown >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    log "redis: stopped (pid $pid)"
  else
    log "redis: not running from $DIR (nothing to stop)"
  fi
}

status() {
  if ping_ok; then
    if pid_alive "$PIDFILE"; then echo "redis: up at $REDIS_URL (ours, pid $(cat "$PIDFILE"))"
    else echo "redis: up at $REDIS_URL (external)"; fi
  else
    echo "redis: down at $REDIS_URL"; return 1
  fi
}

case "${1:-}" in
  ensure) with_lock "$DIR" ensure ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 ensure|stop|status" >&2; exit 2 ;;
esac
