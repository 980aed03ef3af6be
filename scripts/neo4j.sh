#!/usr/bin/env bash
# A throwaway Neo4j Community 5.26 for tests: embedded Neo4j with Bolt (see neo4j/).
#
#   scripts/neo4j.sh start     start it unless running; print the three export lines
#   scripts/neo4j.sh stop      stop it and delete its data
#   scripts/neo4j.sh running   exit 0 if it is running
#
# Only the export lines go to stdout, so `eval "$(scripts/neo4j.sh start)"` works;
# progress and errors go to stderr. State lives in .neo4j/ (pid, log, password, data
# path); the data itself in a fresh temporary directory.
#
# Environment: NEO4J_PORT (7687), NEO4J_START_TIMEOUT (120 seconds),
# NEO4J_JAVA_OPTS (-Xms256m -Xmx1g).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="$ROOT/.neo4j"
PROJECT="$ROOT/neo4j"
CLASSPATH_FILE="$PROJECT/target/classpath.txt"
PORT="${NEO4J_PORT:-7687}"
TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
JAVA_OPTS="${NEO4J_JAVA_OPTS:--Xms256m -Xmx1g}"
READY="racegraph-neo4j: ready"

say() { echo "neo4j: $*" >&2; }
die() { say "$*"; exit 1; }

running_pid() {
  # The recorded pid, if that process is still our launcher (pids get reused).
  local pid
  [[ -f "$STATE/pid" ]] || return 1
  pid="$(cat "$STATE/pid")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  grep -q racegraph.Neo4jLauncher "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

print_env() {
  echo "export NEO4J_URI=bolt://127.0.0.1:$(cat "$STATE/port")"
  echo "export NEO4J_USER=neo4j"
  echo "export NEO4J_PASSWORD=$(cat "$STATE/password")"
}

build() {
  # Rebuild only when the launcher or its pom changed since the last build.
  if [[ -f "$CLASSPATH_FILE" && -z "$(find "$PROJECT/pom.xml" "$PROJECT/src" \
        -newer "$CLASSPATH_FILE" -type f 2>/dev/null)" ]]; then
    return
  fi
  command -v java >/dev/null || die "java not found (Java 17+ is needed)"
  command -v mvn >/dev/null || die "mvn not found (Maven is needed to fetch Neo4j)"
  say "building the launcher (first run downloads Neo4j from Maven Central)"
  mkdir -p "$STATE"
  if ! mvn -B -q -f "$PROJECT/pom.xml" package >"$STATE/build.log" 2>&1; then
    tail -n 40 "$STATE/build.log" >&2
    die "maven build failed (full output in $STATE/build.log)"
  fi
  touch "$CLASSPATH_FILE"  # maven leaves it alone when the dependencies did not change
}

log_tail() {
  local debug
  say "last lines of $STATE/neo4j.log:"
  tail -n 20 "$STATE/neo4j.log" >&2 || true
  debug="$(cat "$STATE/data" 2>/dev/null)/home/logs/debug.log"
  if [[ -f "$debug" ]]; then
    say "last lines of $debug:"
    tail -n 20 "$debug" >&2
  fi
}

driver_check() {
  # A real login and `RETURN 1`, when the project venv has the driver.
  local py="$ROOT/.venv/bin/python"
  [[ -x "$py" ]] && "$py" -c 'import neo4j' 2>/dev/null || return 0
  NEO4J_PASSWORD="$(cat "$STATE/password")" "$py" - "$PORT" <<'PY' >&2
import os, sys
from neo4j import GraphDatabase
uri = f"bolt://127.0.0.1:{sys.argv[1]}"
with GraphDatabase.driver(uri, auth=("neo4j", os.environ["NEO4J_PASSWORD"])) as driver:
    records, _, _ = driver.execute_query("RETURN 1 AS one")
    assert records[0]["one"] == 1
PY
}

start() {
  if running_pid >/dev/null; then
    say "already running (pid $(running_pid))"
    print_env
    return
  fi
  stop_quietly
  build
  port_open "$PORT" && die "port $PORT is taken by another process; set NEO4J_PORT or stop it"

  mkdir -p "$STATE"
  local data password pid started
  data="$(mktemp -d "${TMPDIR:-/tmp}/racegraph-neo4j.XXXXXX")"
  password="$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)"
  (umask 077 && echo "$password" >"$STATE/password")
  echo "$data" >"$STATE/data"
  echo "$PORT" >"$STATE/port"

  started=$SECONDS
  say "starting on 127.0.0.1:$PORT (data in $data, log in $STATE/neo4j.log)"
  # The password travels in the environment, not on the command line; the redirections
  # keep the server off the caller's $(...) pipe, so `eval "$(...)"` returns.
  # The ~240-jar class path goes in a java @argfile to keep `ps` readable.
  printf -- '-cp "%s"\n' "$PROJECT/target/classes:$(cat "$CLASSPATH_FILE")" >"$STATE/java.args"
  # shellcheck disable=SC2086
  NEO4J_PASSWORD="$password" java $JAVA_OPTS -XX:+ExitOnOutOfMemoryError "@$STATE/java.args" \
    racegraph.Neo4jLauncher "$data/home" "$PORT" \
    </dev/null >"$STATE/neo4j.log" 2>&1 &
  pid=$!
  echo "$pid" >"$STATE/pid"

  until grep -qs "$READY" "$STATE/neo4j.log" && port_open "$PORT"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      log_tail
      stop_quietly
      die "the server exited during start-up"
    fi
    if (( SECONDS - started >= TIMEOUT )); then
      log_tail
      stop_quietly
      die "not ready after ${TIMEOUT}s; gave up"
    fi
    sleep 0.5
  done
  driver_check || { log_tail; stop_quietly; die "Bolt answers but the driver could not log in"; }
  say "ready in $(( SECONDS - started ))s (pid $pid)"
  print_env
}

stop_quietly() {
  local pid data
  if pid="$(running_pid)"; then
    kill -TERM "$pid" 2>/dev/null || true
    # A clean shutdown checkpoints the store; it takes a few seconds.
    for _ in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      say "pid $pid ignored SIGTERM for 30s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  if [[ -f "$STATE/data" ]]; then
    data="$(cat "$STATE/data")"
    # Delete only a directory this script made.
    case "$data" in
      */racegraph-neo4j.*) rm -rf -- "$data" ;;
    esac
  fi
  rm -f "$STATE/pid" "$STATE/data" "$STATE/password" "$STATE/port" "$STATE/java.args"
}

stop() {
  if pid="$(running_pid)"; then
    say "stopping pid $pid"
  else
    say "not running"
  fi
  stop_quietly
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  running) running_pid >/dev/null ;;
  *) echo "usage: $0 start|stop|running" >&2; exit 2 ;;
esac
