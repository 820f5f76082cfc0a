#!/usr/bin/env bash
# Runs everything on this machine, without Docker:
#   the local Neo4j (scripts/neo4j-local.sh), the IDE assets (built if missing), the build,
#   the schema and the seed import (graph import seed), then the API with its IDE and graph view.
# Prints the URLs and waits; Ctrl+C (or SIGTERM) stops the API, then Neo4j, and leaves no process.
# Running it again works: the import is idempotent.
#
# Environment (all optional):
#   API_PORT          port of the API on 127.0.0.1 (default 5000)
#   IMPORT_KEY        passed to the API as Api__ImportKey (enables its import endpoint)
#   NEO4J_HTTP_PORT   Neo4j HTTP port (default 7474)      } passed to scripts/neo4j-local.sh
#   NEO4J_BOLT_PORT   Neo4j Bolt port (default 7687)      }
#   NEO4J_PASSWORD    password of user neo4j (default graph-local; set on the first start of a data folder)
#   NEO4J_DATA_DIR    Neo4j data folder (default .neo4j/data-<http port>)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
repo_root="$(pwd)"

say() { printf '\033[1mrun.sh:\033[0m %s\n' "$*"; }
fail() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

# --- 1. what we need ---------------------------------------------------------------------------
missing=()
for tool in dotnet java node npm curl setsid; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
  fail "missing: ${missing[*]} (needs the .NET SDK 10, Java 17, Node 20 with npm, curl and setsid from util-linux)"
fi

api_port="${API_PORT:-5000}"
export NEO4J_HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
export NEO4J_BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-graph-local}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
api_url="http://127.0.0.1:$api_port"
run_dir="$repo_root/artifacts/run"           # git-ignored
api_log="$run_dir/api-$api_port.log"
api_pidfile="$run_dir/api-$api_port.pid"

port_answers() { curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$1/"; [[ $? -ne 7 ]]; }

if port_answers "$api_port"; then
  fail "port $api_port is already in use (is the API already running?); choose another with API_PORT=5001 ./run.sh"
fi

# --- stopping: the API (its whole process group), then Neo4j if this run started it ---------------
api_pgid=""
api_job=""
neo4j_owned=0

group_pids() { ps -e -o pid=,pgid= | awk -v g="$1" '$2 == g { print $1 }'; }

stop_api() {
  [[ -n "$api_pgid" ]] || return 0
  if [[ -n "$(group_pids "$api_pgid")" ]]; then
    say "stopping the API"
    kill -TERM -- "-$api_pgid" 2>/dev/null || true
    for _ in $(seq 1 40); do
      [[ -z "$(group_pids "$api_pgid")" ]] && break
      sleep 0.25
    done
    if [[ -n "$(group_pids "$api_pgid")" ]]; then
      kill -KILL -- "-$api_pgid" 2>/dev/null || true
      sleep 0.5
    fi
  fi
  [[ -n "$api_job" ]] && { wait "$api_job" 2>/dev/null || true; }
  local left
  left="$(group_pids "$api_pgid" | tr '\n' ' ')"
  [[ -z "$left" ]] || printf 'run.sh: API processes still running: %s\n' "$left" >&2
  api_pgid=""
  rm -f "$api_pidfile"
}

stop_neo4j() {
  if ((neo4j_owned)); then
    say "stopping Neo4j"
    scripts/neo4j-local.sh stop || true
    neo4j_owned=0
  fi
}

cleaned=0
cleanup() {
  ((cleaned)) && return 0
  cleaned=1
  stop_api
  stop_neo4j
}
trap cleanup EXIT
trap 'echo; cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM

# --- 2. Neo4j -----------------------------------------------------------------------------------
if scripts/neo4j-local.sh status >/dev/null 2>&1; then
  say "Neo4j is already running on port $NEO4J_HTTP_PORT (started elsewhere: it will be left running)"
else
  if port_answers "$NEO4J_HTTP_PORT"; then
    fail "port $NEO4J_HTTP_PORT is used by another program; choose another with NEO4J_HTTP_PORT=7476 NEO4J_BOLT_PORT=7689 ./run.sh"
  fi
  neo4j_owned=1
  say "starting Neo4j on port $NEO4J_HTTP_PORT (the first time it downloads Neo4j 3.1.1, about 137 MB)"
fi
# Its own session: Ctrl+C reaches only this script, which stops the API first and then Neo4j.
# It fails, saying so, when the server refuses NEO4J_PASSWORD (it checks it without putting it in a
# process's arguments, where `ps` would show it).
neo4j_out="$(setsid scripts/neo4j-local.sh start)" || fail "Neo4j did not start (see above); if its data folder was created with another password, set NEO4J_PASSWORD or NEO4J_DATA_DIR"
NEO4J_URI="$(printf '%s\n' "$neo4j_out" | sed -n 's/^NEO4J_URI=//p' | tail -n 1)"
[[ -n "$NEO4J_URI" ]] || fail "scripts/neo4j-local.sh start did not print NEO4J_URI"
export NEO4J_URI

# --- 3. the IDE and graph view assets -------------------------------------------------------------
bash scripts/build-assets.sh

# --- 4. build, schema and seed ---------------------------------------------------------------------
say "building (dotnet build Graph.sln)"
# No build servers or reused MSBuild nodes, so that nothing keeps running after this script.
dotnet build Graph.sln -v q -nologo -nodeReuse:false -p:UseSharedCompilation=false -p:UseRazorBuildServer=false
say "applying the schema and importing seed/"
dotnet run --project src/Graph.Cli --no-build --no-launch-profile -- import seed

# --- 5. the API --------------------------------------------------------------------------------------
say "starting the API on $api_url (log: ${api_log#"$repo_root"/})"
mkdir -p "$run_dir"
rm -f "$api_pidfile"
api_env=()
[[ -n "${IMPORT_KEY:-}" ]] && api_env=("Api__ImportKey=$IMPORT_KEY")
# setsid: the API (`dotnet run` and the app it spawns) gets its own process group, stopped as a whole.
env "${api_env[@]}" setsid bash -c 'echo $$ > "$0"; exec "$@"' "$api_pidfile" \
  dotnet run --project src/Graph.Api --no-build --no-launch-profile --urls "$api_url" \
  >"$api_log" 2>&1 </dev/null &
api_job=$!
for _ in $(seq 1 50); do [[ -s "$api_pidfile" ]] && break; sleep 0.1; done
api_pgid="$(cat "$api_pidfile" 2>/dev/null || true)"
[[ -n "$api_pgid" ]] || fail "the API did not start"

healthy=0
for _ in $(seq 1 120); do
  if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$api_url/health" || true)" == 200 ]]; then
    healthy=1
    break
  fi
  [[ -n "$(group_pids "$api_pgid")" ]] || break
  sleep 0.5
done
if ((!healthy)); then
  printf 'run.sh: the API did not answer %s/health with 200 within 60 s; last lines of %s:\n' "$api_url" "$api_log" >&2
  tail -n 40 "$api_log" >&2 || true
  exit 1
fi

# --- 6. where to look -----------------------------------------------------------------------------
neo4j_browser="$NEO4J_URI/browser/"
cat <<EOF

  Everything is running (the seed is imported):

  GraphQL IDE      $api_url/graphql
  Graph view       $api_url/explore?id=north-korea
  Neo4j Browser    $neo4j_browser   (user neo4j, password $NEO4J_PASSWORD)
                   style: run :style there and drop schema/browser/style.grass on the style sheet
                   it opens; saved queries: schema/browser/*.cypher
  API log          ${api_log#"$repo_root"/}
  Imports via API  $( [[ -n "${IMPORT_KEY:-}" ]] && echo "enabled with the key in IMPORT_KEY" || echo "off (read-only; set IMPORT_KEY to enable)" )

  Press Ctrl+C to stop the API and Neo4j.

EOF

# --- 7. wait ----------------------------------------------------------------------------------------
while [[ -n "$(group_pids "$api_pgid")" ]]; do
  sleep 1
done
printf 'run.sh: the API stopped on its own; last lines of %s:\n' "$api_log" >&2
tail -n 20 "$api_log" >&2 || true
exit 1
