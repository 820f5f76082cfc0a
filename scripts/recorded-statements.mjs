// The statements src/Graph.Neo4j/Client/CypherRecorder.cs recorded during the tests, one JSON object
// per line with at least a "statement" string. Read by the Cypher 5 gate (scripts/cypher-lint/lint.mjs)
// and the index gate (scripts/explain-check.mjs).
import { readFileSync } from 'node:fs';

/**
 * The records of one recorded file, each with its line number. `fail(message)` makes the error thrown
 * for an unreadable file or a line that is not such a record (each script has its own usage error).
 */
export function readRecordedStatements(file, fail) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw fail(`cannot read --recorded file ${file}: ${e.message}`);
  }
  const records = [];
  text.split('\n').forEach((line, idx) => {
    if (line.trim() === '') return;
    let rec;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      throw fail(`${file}:${idx + 1}: not a JSON line: ${e.message}`);
    }
    if (typeof rec?.statement !== 'string') throw fail(`${file}:${idx + 1}: no "statement" string`);
    records.push({ rec, line: idx + 1 });
  });
  return records;
}
