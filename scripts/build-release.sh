#!/usr/bin/env bash
# Release build used by the Dockerfile and by CI (same commands in both places).
#   bash scripts/build-release.sh <output-folder>
# Builds the IDE assets (src/Graph.Api/ClientApp -> wwwroot/dist), then publishes
# the API to <out>/api and the CLI to <out>/cli.
set -euo pipefail

if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: bash scripts/build-release.sh <output-folder>" >&2
  exit 2
fi
out="$1"

cd "$(dirname "$0")/.."

npm ci --prefix src/Graph.Api/ClientApp && npm run build --prefix src/Graph.Api/ClientApp
dotnet publish src/Graph.Api -c Release -o "$out/api"
dotnet publish src/Graph.Cli -c Release -o "$out/cli"
