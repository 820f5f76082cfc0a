#!/usr/bin/env bash
# The benchmark of issue 12 (docs/benchmarks.md): for each size, a synthetic seed in the seed format,
# the import (as `graph import` does it) against a raw UNWIND ... MERGE load of the same graph, and the
# IDE's example questions as GraphQL over HTTP against hand-written Cypher for the same answer (checked
# equal once per size), interleaved; prints the targets of issue 12 as PASS/FAIL lines and writes the
# p95 plot to docs/benchmarks-p95.svg (--plot), then EXPLAINs every read the API sent on the graph the run ends with
# (scripts/explain-check.mjs). Exit code 3 when a hand-written answer differs, 4 when a read scans every node of a label.
#
#   bash scripts/bench.sh [--sizes 1000,10000,100000] [--rounds 20] [--warmup 3] [--seed 12] [--out artifacts/bench]
#                         [--import-up-to 10000] [--plot docs/benchmarks-p95.svg]
#
# The database is EMPTIED for each size. By default the bench starts its own local Neo4j
# (scripts/neo4j-local.sh, data in .neo4j/bench-data-<port>, stopped at the end):
#   BENCH_NEO4J_HTTP_PORT (7484), BENCH_NEO4J_BOLT_PORT (7697).
# With several sizes, each size gets its own server: the largest this one, each smaller one 100 ports further per step
# down (7584/7797, 7684/7897, ...; data in .neo4j/bench-data-<port>, stopped at the end); all are loaded first and then
# timed in the same rounds, so that the machine's drift over the run slows every size alike.
# That server is emptied by stopping it, deleting its data folder and starting it again (BENCH_NEO4J_DATA_DIR
# tells the bench the folder is its own); with NEO4J_DATA_DIR set, that folder is used and emptied with Cypher.
# To use a running server instead (it will be emptied with Cypher, and the sizes take turns on it, each timed in its own
# rounds): BENCH_NEO4J_URI, BENCH_NEO4J_PASSWORD (, BENCH_NEO4J_USER).
#
# Sizes timed in the same rounds (the flatness target without the machine's drift between runs), each graph in its own
# running Neo4j, as loaded by the earlier runs named (nothing is emptied; the index gate runs on BENCH_NEO4J_URI's graph):
#   BENCH_NEO4J_URI=http://127.0.0.1:7862 BENCH_NEO4J_PASSWORD=graph-bench bash scripts/bench.sh time --rounds 100 \
#     --loaded 1e3/results.json,1e5/results.json --at http://127.0.0.1:7700,http://127.0.0.1:7862 --out artifacts/together
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
# The reads the API sends are recorded (src/Graph.Neo4j/Client/CypherRecorder.cs) for the index gate below.
record_dir="$(mktemp -d)"
export GRAPH_CYPHER_RECORD="$record_dir"
status=0
dotnet run -c Release --project src/Graph.Bench -- "$@" || status=$?
echo "load after: $(uptime)" | tee -a "$out/machine.txt" >&2

# The index gate of the test suite (scripts/explain-check.mjs: EXPLAIN on every distinct read the API sent, failing on a
# scan of every Claim, Report, Article or Entity), here against the graph the run ends with: the last size's (the
# largest), or for `time` and `check` the graph as it is. Plans depend on the data: the tests' small graph does not
# show what the planner does at 10^4 claims. Exit code 4 when a read does not start from an index.
if compgen -G "$record_dir/*.jsonl" >/dev/null && grep -q '"access":"read"' "$record_dir"/*.jsonl; then
  if node scripts/explain-check.mjs --self-test --recorded "$record_dir"/*.jsonl >"$out/explain-check.txt" 2>&1; then
    echo "PASS every read the API sent starts from an index on the graph the run ended with: $(tail -n 1 "$out/explain-check.txt")"
  else
    echo "FAIL a read the API sent does not start from an index on the graph the run ended with (plans in $out/explain-check.txt): $(tail -n 1 "$out/explain-check.txt")"
    ((status == 0)) && status=4
  fi
fi
rm -rf "$record_dir"

if command -v chromium >/dev/null; then
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,520 \
    --screenshot="$repo_root/$out/p95.png" "file://$repo_root/$out/p95.svg" >/dev/null 2>&1 || echo "bench: could not render p95.png" >&2
fi
exit "$status"
