#!/usr/bin/env bash
# Fails when a local Neo4j 3.1.1 (scripts/neo4j-local.sh) threw, since a mark, an error that it throws on
# Java 17 for a construct it cannot run:
#   IncompatibleClassChangeError  the legacy pattern matcher (typed shortestPath, a pattern expression
#                                 with an unlabelled node, ...): answered as Neo.DatabaseError.General.UnknownError,
#                                 or inside an OR silently matching nothing;
#   AssertionError                Bolt's SunMiscUTF8Encoder (scripts/neo4j-local.sh removes it).
# Looks in debug.log and, when the server runs with NEO4J_TRACE_ERRORS=1, in exceptions.log*: Neo4j 3.1
# logs a failing HTTP query nowhere, so only the JVM's own exception log has those.
#
#   scripts/check-neo4j-logs.sh mark  <logs dir> <state file>   remember where the logs end now
#   scripts/check-neo4j-logs.sh check <logs dir> <state file>   fail if what was written since holds one
set -euo pipefail

usage() { echo "usage: $0 mark|check <logs dir> <state file>" >&2; exit 2; }
[[ $# -eq 3 ]] || usage
command="$1" logs="$2" state="$3"
pattern='IncompatibleClassChangeError|AssertionError'

files() { local f; for f in "$logs"/debug.log "$logs"/exceptions.log*; do [[ -f "$f" ]] && echo "$f"; done; return 0; }

case "$command" in
  mark)
    # Each file by its inode: the JVM rotates exceptions.log by renaming it (to exceptions.log.0, ...), so what was
    # exceptions.log at the mark may be exceptions.log.0 at the check, its start (the server's own start-up, whose
    # method-handle linking throws IncompatibleClassChangeErrors it catches) still before the mark.
    : > "$state"
    while read -r f; do printf '%s\t%s\t%s\n' "$(stat -c %i "$f")" "$(stat -c %s "$f")" "$f" >> "$state"; done < <(files)
    ;;
  check)
    [[ -f "$logs/debug.log" ]] || { echo "check-neo4j-logs: no debug.log in $logs" >&2; exit 1; }
    since="$(mktemp)"
    trap 'rm -f "$since"' EXIT
    found=0
    while read -r f; do
      from="$(awk -F '\t' -v i="$(stat -c %i "$f")" '$1 == i { print $2 }' "$state")"
      from="${from:-0}"                             # a file started since the mark
      (( $(stat -c %s "$f") < from )) && from=0   # emptied since the mark
      tail -c +"$((from + 1))" "$f" > "$since"
      grep -q -E "$pattern" "$since" || continue
      found=1
      echo "!! $f:"
      if [[ "$f" == */debug.log ]]; then
        # The lines around each error: the error, its stack, often the query.
        grep -B 3 -A 6 -E "$pattern" "$since" | cut -c 1-400 | sed -n '1,60p'
      else
        # The JVM logs each error once per frame it unwinds: each error once, then the innermost frames
        # (the Cypher operator that failed, e.g. ShortestPathPipe).
        grep -E "Exception <a '[^']*($pattern)" "$since" | sed -E 's/^\[[^]]*\] //; s/\{0x[0-9a-f]+\}//; s/ \(0x[0-9a-f]+\).*//' | sort -u
        echo "   thrown in:"
        grep -A 1 -E "$pattern" "$since" | sed -n -E "s/.*method <\{method\} \{0x[0-9a-f]+\} '([^']+)' '[^']*' in '([^']+)'.*/     \2.\1/p" \
          | awk '!seen[$0]++' | sed -n '1,12p'
      fi
    done < <(files)
    if ((found)); then
      echo "FAILED: Neo4j 3.1.1 threw an error it throws on Java 17 for a construct it cannot run (see above)."
      echo "The statement is the one whose test got Neo.DatabaseError.General.UnknownError (or an empty answer inside"
      echo "an OR). Rewrite it: label every node in a pattern expression, no typed shortestPath (README, 'Tests')."
      exit 1
    fi
    echo "check-neo4j-logs: ok, none in $(files | tr '\n' ' ')"
    ;;
  *) usage ;;
esac
