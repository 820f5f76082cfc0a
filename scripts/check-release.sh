#!/usr/bin/env bash
# Builds the release exactly as the Dockerfile's build stage does (scripts/build-release.sh), then
# runs what it produced, as the runtime images would:
#   - the published CLI validates seed/;
#   - the published API starts, serves the IDE at /graphql and answers a GraphQL query;
#     with NEO4J_URI set, /health must say Neo4j is up.
#   bash scripts/check-release.sh [output-folder]   (default: a temporary folder, removed afterwards)
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-}"
tmp=""
if [[ -z "$out" ]]; then
  tmp="$(mktemp -d)"
  out="$tmp/release"
fi
api=""
cleanup() {
  if [[ -n "$api" ]]; then kill "$api" 2>/dev/null || true; wait "$api" 2>/dev/null || true; fi
  if [[ -n "$tmp" ]]; then rm -rf "$tmp"; fi
}
trap cleanup EXIT

fail() { echo "check-release: FAILED: $*" >&2; exit 1; }

bash scripts/build-release.sh "$out"
[[ -f "$out/api/Graph.Api.dll" ]] || fail "$out/api/Graph.Api.dll was not published"
[[ -f "$out/api/wwwroot/dist/graphiql.js" ]] || fail "the IDE assets are missing from the published API"
[[ -f "$out/cli/graph.dll" ]] || fail "$out/cli/graph.dll was not published"

dotnet "$out/cli/graph.dll" validate seed || fail "the published CLI did not validate seed/"

port=$(( 20000 + RANDOM % 20000 ))
log="$out/api.log"
# ASPNETCORE_CONTENTROOT as in the image (WORKDIR /app): wwwroot is found next to the dll.
(cd "$out/api" && exec dotnet Graph.Api.dll --urls "http://127.0.0.1:$port") >"$log" 2>&1 &
api=$!

for _ in $(seq 1 60); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/graphql" -H 'Accept: text/html' 2>/dev/null && break
  kill -0 "$api" 2>/dev/null || { cat "$log" >&2; fail "the published API exited"; }
  sleep 0.5
done

ide=$(curl -fsS "http://127.0.0.1:$port/graphql" -H 'Accept: text/html') || { cat "$log" >&2; fail "no IDE at /graphql"; }
grep -q 'graphiql' <<<"$ide" || fail "/graphql did not serve the GraphiQL page"
curl -fsS -o /dev/null "http://127.0.0.1:$port/dist/graphiql.js" || fail "the IDE bundle is not served"
answer=$(curl -fsS "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}') \
  || fail "the API did not answer a query"
grep -q '"__typename":"Query"' <<<"$answer" || fail "unexpected answer: $answer"
if [[ -n "${NEO4J_URI:-}" ]]; then
  health=$(curl -sS "http://127.0.0.1:$port/health")
  grep -q '"neo4j":"up"' <<<"$health" || { cat "$log" >&2; fail "/health: $health"; }
fi

echo "check-release: ok (published API served the IDE and answered a query${NEO4J_URI:+, /health up}; published CLI validated seed/)"
