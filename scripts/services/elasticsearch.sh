#!/usr/bin/env bash
# Local Elasticsearch without Docker: the integ-test-zip from Maven Central,
# cached and unpacked in .data/elasticsearch/, run daemonized on a JDK >= 21.
# Usage: elasticsearch.sh ensure|stop|status|fetch
#   fetch  only downloads + unpacks (CI pre-fetch); ensure also starts and waits.
# Env: ELASTICSEARCH_URL (default http://127.0.0.1:9200), ES_JAVA_OPTS (default
#   -Xms1g -Xmx1g), ES_JAVA_HOME (auto-picked), ES_START_TIMEOUT (s, default 180).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$SERVICES_DIR/versions.env"

ELASTICSEARCH_URL="${ELASTICSEARCH_URL:-http://127.0.0.1:9200}"
ES_URL="${ELASTICSEARCH_URL%/}"
HOST="$(url_host "$ES_URL" 127.0.0.1)"
PORT="$(url_port "$ES_URL" 9200)"
START_TIMEOUT="${ES_START_TIMEOUT:-180}"
ES_USER="${ES_RUN_USER:-esrun}"   # ES refuses to run as root

DIR="$DATA_ROOT/elasticsearch"
# The unprivileged ES user must traverse the checkout (e.g. a clone under /root is 0700):
# if an ordinary user cannot, keep ES under /var/tmp, one dir per checkout.
if ((EUID == 0)) && [[ -z "${SERVICES_DATA_DIR:-}" ]] && ! runuser -u nobody -- test -x "$REPO_ROOT" 2>/dev/null; then
  DIR="/var/tmp/es-dev-$(printf %s "$REPO_ROOT" | md5sum | cut -c1-8)"
fi
ES_HOME="$DIR/elasticsearch-$ES_VERSION"
ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip"
ZIP="$DIR/dist/elasticsearch-$ES_VERSION.zip"
RUN_DIR="$DIR/run"
PIDFILE="$RUN_DIR/elasticsearch.pid"
LOG_DIR="$DIR/logs"
CLUSTER=news-dev

answers() { curl -s -o /dev/null -m 3 "$ES_URL/"; }

# Block until the cluster is yellow or the timeout passes.
wait_yellow() {
  local deadline=$((SECONDS + $1))
  while ((SECONDS < deadline)); do
    if curl -sf -m 10 "$ES_URL/_cluster/health?wait_for_status=yellow&timeout=5s" 2>/dev/null \
        | grep -Eq '"status":"(yellow|green)"'; then
      return 0
    fi
    if [[ -n "${2:-}" ]] && ! pid_alive "$2"; then return 1; fi
    sleep 1
  done
  return 1
}

# Newest JDK >= 21 under /usr/lib/jvm (ES 9 needs 21+), unless ES_JAVA_HOME is set.
pick_jdk() {
  if [[ -n "${ES_JAVA_HOME:-}" ]]; then echo "$ES_JAVA_HOME"; return; fi
  local best="" best_major=0 jdk ver major
  for jdk in /usr/lib/jvm/*/; do
    jdk="${jdk%/}"
    [[ -x "$jdk/bin/java" && -f "$jdk/release" && ! -L "$jdk" ]] || continue
    ver="$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$jdk/release")"
    major="${ver%%.*}"; [[ "$major" == 1 ]] && major="$(echo "$ver" | cut -d. -f2)"
    [[ "$major" =~ ^[0-9]+$ ]] || continue
    if ((major >= 21 && major > best_major)); then best="$jdk"; best_major="$major"; fi
  done
  [[ -n "$best" ]] || die "elasticsearch $ES_VERSION needs a JDK >= 21 under /usr/lib/jvm (or set ES_JAVA_HOME)"
  echo "$best"
}

fetch() {
  if [[ -x "$ES_HOME/bin/elasticsearch" ]]; then return 0; fi
  mkdir -p "$DIR/dist"
  if [[ ! -s "$ZIP" ]]; then
    command -v mvn >/dev/null || die "mvn not found (needed to fetch $ARTIFACT)"
    log "elasticsearch: downloading $ARTIFACT from Maven Central"
    local t0=$SECONDS
    # Explicit plugin version: the default one bound to Maven 3.8 cannot copy without a pom.
    mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="$ARTIFACT" -DoutputDirectory="$DIR/dist" -Dmdep.overWriteReleases=false \
      >"$DIR/dist/mvn.log" 2>&1 \
      || { tail -n 20 "$DIR/dist/mvn.log" >&2; die "elasticsearch: mvn could not fetch $ARTIFACT"; }
    log "elasticsearch: download done in $((SECONDS - t0))s"
  fi
  log "elasticsearch: unpacking $ZIP"
  local tmp="$DIR/.unpack.$$"
  rm -rf "$tmp" && mkdir -p "$tmp"
  unzip -q "$ZIP" -d "$tmp" || die "elasticsearch: unzip failed for $ZIP"
  rm -rf "$ES_HOME" && mv "$tmp/elasticsearch-$ES_VERSION" "$ES_HOME" && rm -rf "$tmp"
}

write_config() {
  # Plain-HTTP single node; security set explicitly so no TLS/password auto-config runs.
  cat > "$ES_HOME/config/elasticsearch.yml" <<YML
# Written by scripts/services/elasticsearch.sh on each start; edit the script, not this file.
cluster.name: $CLUSTER
node.name: dev-1
discovery.type: single-node
network.host: $HOST
http.port: $PORT
path.data: $DIR/data
path.logs: $LOG_DIR
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
YML
}

# Run a command as the unprivileged ES user when we are root.
as_es_user() {
  if ((EUID == 0)); then runuser -u "$ES_USER" -- "$@"; else "$@"; fi
}

prepare_user() {
  ((EUID == 0)) || return 0
  if ! id "$ES_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER" \
      || die "elasticsearch: could not create user $ES_USER"
    log "elasticsearch: created system user $ES_USER (ES refuses to run as root)"
  fi
  chown -R "$ES_USER:" "$ES_HOME" "$DIR/data" "$LOG_DIR" "$RUN_DIR"
  as_es_user test -x "$ES_HOME/bin/elasticsearch" \
    || die "elasticsearch: user $ES_USER cannot reach $ES_HOME (a parent directory is not world-searchable); set SERVICES_DATA_DIR to a path it can reach"
}

ensure() {
  if answers; then
    log "elasticsearch: reusing server at $ES_URL"
    wait_yellow "$START_TIMEOUT" || die "elasticsearch at $ES_URL answers but is not yellow after ${START_TIMEOUT}s"
    return 0
  fi
  is_local_host "$HOST" || die "elasticsearch: nothing answers at $ES_URL and $HOST is not local, cannot start it"
  if pid_alive "$PIDFILE"; then
    # Ours but not answering yet: another ensure may be starting it; wait rather than start a second node.
    log "elasticsearch: pid $(cat "$PIDFILE") from $DIR is running but $ES_URL does not answer yet, waiting"
    wait_yellow "$START_TIMEOUT" "$PIDFILE" && return 0
    die "elasticsearch: pid $(cat "$PIDFILE") from $DIR is running but not serving $ES_URL (other port?); run npm run services:stop"
  fi
  fetch
  local jdk; jdk="$(pick_jdk)"
  mkdir -p "$DIR/data" "$LOG_DIR" "$RUN_DIR"
  write_config
  prepare_user
  rm -f "$PIDFILE"
  log "elasticsearch: starting $ES_VERSION on $ES_URL (JDK $jdk, data $DIR/data)"
  local t0=$SECONDS out="$LOG_DIR/startup.out"
  # -d returns once the node has started (or failed); bound it in case it hangs.
  if ! timeout "$START_TIMEOUT" env ES_JAVA_HOME="$jdk" ES_JAVA_OPTS="${ES_JAVA_OPTS:--Xms1g -Xmx1g}" \
      $(((EUID == 0)) && echo runuser -u "$ES_USER" --) \
      "$ES_HOME/bin/elasticsearch" -d -p "$PIDFILE" >"$out" 2>&1 9>&-; then
    start_failed "launcher failed or timed out after $((SECONDS - t0))s" "$out"
  fi
  local left=$((START_TIMEOUT - (SECONDS - t0)))
  if wait_yellow $((left > 10 ? left : 10)) "$PIDFILE"; then
    log "elasticsearch: ready (yellow) in $((SECONDS - t0))s, pid $(cat "$PIDFILE")"
    return 0
  fi
  start_failed "not ready at $ES_URL after $((SECONDS - t0))s" "$out"
}

# Print the logs, stop whatever we half-started (the machine is shared), exit 1.
start_failed() {
  echo "----- tail of $2 -----" >&2
  tail -n 30 "$2" >&2 2>/dev/null || true
  echo "----- tail of $LOG_DIR/$CLUSTER.log -----" >&2
  tail -n 30 "$LOG_DIR/$CLUSTER.log" >&2 2>/dev/null || true
  local pids
  pids="$( { cat "$PIDFILE" 2>/dev/null; pgrep -u "$ES_USER" -f -- "-Des.path.home=$ES_HOME( |$)" || true; } | sort -u)"
  [[ -n "$pids" ]] && kill -TERM $pids 2>/dev/null || true
  die "elasticsearch: $1 (logs: $LOG_DIR; raise ES_START_TIMEOUT if the machine is just slow)"
}

stop() {
  if pid_alive "$PIDFILE"; then
    local pid; pid="$(cat "$PIDFILE")"
    kill -TERM "$pid"
    for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && die "elasticsearch: pid $pid still running after 60s"
    log "elasticsearch: stopped (pid $pid)"
  else
    log "elasticsearch: not running from $DIR (nothing to stop)"
  fi
}

status() {
  if answers; then
    local health; health="$(curl -s -m 5 "$ES_URL/_cluster/health" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')"
    if pid_alive "$PIDFILE"; then echo "elasticsearch: up at $ES_URL, $health (ours, pid $(cat "$PIDFILE"), $ES_VERSION)"
    else echo "elasticsearch: up at $ES_URL, $health (external)"; fi
  else
    echo "elasticsearch: down at $ES_URL"; return 1
  fi
}

case "${1:-}" in
  ensure) with_lock "$DIR" ensure ;;
  stop) stop ;;
  status) status ;;
  fetch) with_lock "$DIR" fetch ;;
  *) echo "usage: $0 ensure|stop|status|fetch" >&2; exit 2 ;;
esac
