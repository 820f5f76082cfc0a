#!/usr/bin/env bash
# Builds the IDE and graph view assets (src/Graph.Api/ClientApp -> src/Graph.Api/wwwroot/dist) when they
# are missing or older than any of their sources, so that a checkout that changed the pages never serves
# the pages of an older build. Used by run.sh and scripts/test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
app="src/Graph.Api/ClientApp"
dist="src/Graph.Api/wwwroot/dist"
stale=""
for built in "$dist/graphiql.js" "$dist/explore.js"; do
  if [[ ! -f "$built" ]] || [[ -n "$(find "$app" -path "$app/node_modules" -prune -o -type f -newer "$built" -print -quit)" ]]; then
    stale="$built"
    break
  fi
done
[[ -z "$stale" ]] && exit 0
echo "== building the IDE and graph view assets ($app; $stale is missing or older than its sources)"
if [[ ! -d "$app/node_modules" ]] || [[ "$app/package-lock.json" -nt "$app/node_modules" ]]; then
  npm ci --prefix "$app" --no-audit --no-fund --silent
fi
npm run build --prefix "$app" --silent
