#!/usr/bin/env bash
# Fails (exit 1) when any package the solution uses, directly or transitively, has a known
# vulnerability according to the package registry (dotnet list package --vulnerable --include-transitive).
# When the registry cannot answer (offline, no vulnerability data), it says so plainly and exits 0,
# or 2 with CHECK_PACKAGES_STRICT=1: an unanswered check is not a pass, and the message says which it was.
# CHECK_PACKAGES_OUTPUT=<file> reads a saved output instead of asking (to check this script itself).
set -uo pipefail
cd "$(dirname "$0")/.."

if [[ -n "${CHECK_PACKAGES_OUTPUT:-}" ]]; then
  output=$(cat "$CHECK_PACKAGES_OUTPUT"); status=0
else
  output=$(dotnet list Graph.sln package --vulnerable --include-transitive 2>&1); status=$?
fi

vulnerable=$(grep -E '^[[:space:]]*> ' <<<"$output" || true)
if [[ -n "$vulnerable" ]]; then
  echo "check-packages: known-vulnerable packages (package, requested, resolved, severity, advisory):" >&2
  grep -E 'has the following vulnerable packages|^[[:space:]]*> ' <<<"$output" >&2
  echo "check-packages: FAILED; update them in Directory.Packages.props (or pin the transitive one there)." >&2
  exit 1
fi

if (( status != 0 )) || grep -qiE 'NU1900|NU1301|error:|unable to load|could not|failed to' <<<"$output"; then
  echo "check-packages: the package registry did not answer the vulnerability query, so NOTHING WAS CHECKED:" >&2
  grep -iE 'NU1900|NU1301|error|unable|could not|failed' <<<"$output" | head -5 >&2
  [[ "${CHECK_PACKAGES_STRICT:-0}" == 1 ]] && exit 2
  exit 0
fi

projects=$(grep -c 'has no vulnerable packages' <<<"$output" || true)
echo "check-packages: no known-vulnerable package in $projects projects (registry: $(grep -E '^[[:space:]]+https?://' <<<"$output" | xargs))"
