#!/usr/bin/env bash
# The benchmark of issue 12 (docs/benchmarks.md): for each size, a synthetic seed in the seed format,
# the import (as `graph import` does it) against a raw UNWIND ... MERGE load of the same graph, and the
# IDE's example questions as GraphQL over HTTP against hand-written Cypher for the same answer (checked
# equal once per size), interleaved; prints the targets of issue 12 as PASS/FAIL lines and writes the
# p95 plot to docs/benchmarks-p95.svg (--plot). Exit code 3 when a hand-written answer differs.
#
#   bash scripts/bench.sh [--sizes 1000,10000,100000] [--rounds 20] [--warmup 3] [--seed 12] [--out artifacts/bench]
#                         [--import-up-to 10000] [--plot docs/benchmarks-p95.svg]
#
# The database is EMPTIED for each size. By default the bench starts its own local Neo4j
# (scripts/neo4j-local.sh, data in .neo4j/bench-data-<port>, stopped at the end):
#   BENCH_NEO4J_HTTP_PORT (7484), BENCH_NEO4J_BOLT_PORT (7697).
# That server is emptied by stopping it, deleting its data folder and starting it again (BENCH_NEO4J_DATA_DIR
# tells the bench the folder is its own); with NEO4J_DATA_DIR set, that folder is used and emptied with Cypher.
# To use a running server instead (it will be emptied with Cypher): BENCH_NEO4J_URI, BENCH_NEO4J_PASSWORD (, BENCH_NEO4J_USER).
# Writes artifacts/bench/results.md, results.json, p95.svg (and p95.png when chromium is installed), and the plot.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
out="artifacts/bench"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    -h|--help) exec dotnet run -c Release --project src/Graph.Bench -- --help ;;
    --out) out="${args[$((i + 1))]}" ;;
  esac
done
mkdir -p "$out"

started=""
if [[ -n "${BENCH_NEO4J_URI:-}" ]]; then
  export NEO4J_URI="$BENCH_NEO4J_URI" NEO4J_PASSWORD="${BENCH_NEO4J_PASSWORD:-}" NEO4J_USER="${BENCH_NEO4J_USER:-neo4j}"
else
  export NEO4J_HTTP_PORT="${BENCH_NEO4J_HTTP_PORT:-7484}" NEO4J_BOLT_PORT="${BENCH_NEO4J_BOLT_PORT:-7697}" NEO4J_PASSWORD=graph-bench
  if [[ -z "${NEO4J_DATA_DIR:-}" ]]; then
    # The bench's own folder: deleted to empty the database (a NEO4J_DATA_DIR you give is emptied with Cypher only).
    export NEO4J_DATA_DIR="$repo_root/.neo4j/bench-data-$NEO4J_HTTP_PORT" BENCH_NEO4J_DATA_DIR="$repo_root/.neo4j/bench-data-$NEO4J_HTTP_PORT"
  fi
  bash scripts/neo4j-local.sh start >&2
  started=yes
  export NEO4J_URI="http://127.0.0.1:$NEO4J_HTTP_PORT" NEO4J_USER=neo4j
fi
stop_neo4j() { [[ -n "$started" ]] && bash scripts/neo4j-local.sh stop >&2 || true; }
trap stop_neo4j EXIT

{ echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(dotnet --version) SDK, $(java -version 2>&1 | head -1)"; echo "load before: $(uptime)"; } | tee "$out/machine.txt" >&2
status=0
dotnet run -c Release --project src/Graph.Bench -- "$@" || status=$?
echo "load after: $(uptime)" | tee -a "$out/machine.txt" >&2

if command -v chromium >/dev/null; then
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,520 \
    --screenshot="$repo_root/$out/p95.png" "file://$repo_root/$out/p95.svg" >/dev/null 2>&1 || echo "bench: could not render p95.png" >&2
fi
exit "$status"
