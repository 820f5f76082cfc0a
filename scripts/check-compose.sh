#!/usr/bin/env bash
# Offline checks of docker-compose.yml (no Docker engine needed):
#  1. `docker-compose config -q` validates it (with a dummy NEO4J_PASSWORD);
#  2. the neo4j service's image equals tests/Graph.Testing/Neo4jImage.txt, the image the
#     tests' Testcontainers path uses.
# Installs Debian's docker-compose with apt when missing (only as root on an apt system).
set -euo pipefail
cd "$(dirname "$0")/.."

compose_file=docker-compose.yml
image_file=tests/Graph.Testing/Neo4jImage.txt

fail() { echo "check-compose: FAILED: $*" >&2; exit 1; }

[ -f "$compose_file" ] || fail "$compose_file not found"
[ -f "$image_file" ] || fail "$image_file not found"

# --- a compose implementation
compose=()
if command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
elif command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "check-compose: installing docker-compose with apt-get"
  if ! apt-get install -y docker-compose >/dev/null; then
    apt-get update >/dev/null && apt-get install -y docker-compose >/dev/null \
      || fail "apt-get could not install docker-compose"
  fi
  compose=(docker-compose)
else
  fail "neither docker-compose nor 'docker compose' is available (run as root on Debian to install it)"
fi

# --- 1. the file validates (a dummy password satisfies the mandatory ${NEO4J_PASSWORD:?})
if ! NEO4J_PASSWORD=compose-check-dummy "${compose[@]}" -f "$compose_file" config -q; then
  fail "'${compose[*]} -f $compose_file config -q' rejected the file (see above)"
fi
echo "check-compose: ${compose[*]} config -q: ok"

# --- 2. neo4j image tag == tests/Graph.Testing/Neo4jImage.txt
expected="$(head -n 1 "$image_file" | tr -d '\r' | sed 's/[[:space:]]*$//')"
[ -n "$expected" ] || fail "$image_file is empty"
[ "$(grep -c . "$image_file")" = 1 ] || fail "$image_file must hold exactly one line (the image), e.g. neo4j:5.26"

# the `image:` of the `neo4j:` service (first key under it, indented deeper than the service name)
actual="$(awk '
  /^services:[[:space:]]*$/ { in_services = 1; next }
  in_services && /^[^[:space:]#]/ { in_services = 0 }
  in_services && match($0, /^[[:space:]]+neo4j:[[:space:]]*$/) { in_neo4j = 1; indent = RLENGTH - length(ltrim($0)); next }
  in_neo4j {
    if ($0 ~ /^[[:space:]]*(#.*)?$/) next
    cur = length($0) - length(ltrim($0))
    if (cur <= indent) { in_neo4j = 0; next }
    if ($0 ~ /^[[:space:]]+image:/) {
      v = $0; sub(/^[[:space:]]+image:[[:space:]]*/, "", v); sub(/[[:space:]]+#.*$/, "", v)
      gsub(/["\047]/, "", v); sub(/[[:space:]]+$/, "", v); print v; exit
    }
  }
  function ltrim(s) { sub(/^[[:space:]]+/, "", s); return s }
' "$compose_file")"

[ -n "$actual" ] || fail "no 'image:' found for service 'neo4j' in $compose_file"
if [ "$actual" != "$expected" ]; then
  fail "neo4j image mismatch: $compose_file has '$actual' but $image_file has '$expected' - change both together"
fi
echo "check-compose: neo4j image '$actual' matches $image_file: ok"
