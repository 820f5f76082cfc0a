#!/usr/bin/env node
// The index gate: every read the API sent starts from an index.
//
//   node scripts/explain-check.mjs [--self-test] --recorded <file.jsonl>...
//
// Reads the statements src/Graph.Neo4j/Client/CypherRecorder.cs recorded during the tests and runs
// `EXPLAIN` on every distinct one sent through the read path (Neo4jReader, "access": "read": the
// API's reads; the importer, the schema and test fixtures write through Neo4jClient and are only
// counted), with the parameter values it was first sent with, against the Neo4j of NEO4J_URI
// (NEO4J_USER, default neo4j; NEO4J_PASSWORD; NEO4J_DATABASE, default neo4j, on Neo4j 4+).
// Fails, naming the statement and printing its plan, when a plan holds an AllNodesScan or a scan of
// every node of a label (NodeByLabelScan and its Neo4j 5 variants) over Claim, Report, Article or Entity.
// --self-test first EXPLAINs a statement that scans every claim and one that seeks a claim by id,
// and fails unless the first is caught and the second is not: the gate is seen to bite on every run.
// Plans come from the server's planner on the data it holds, so run this against the test Neo4j
// while it still holds the tests' graphs (scripts/test.sh does).
import { readRecordedStatements } from './recorded-statements.mjs';

const WATCHED = new Set(['Claim', 'Report', 'Article', 'Entity']);

class UsageError extends Error {}

function readRecorded(files) {
  const reads = new Map();
  let writes = 0;
  const writeTexts = new Set();
  for (const file of files) {
    for (const { rec } of readRecordedStatements(file, (message) => new UsageError(message))) {
      if (rec.access !== 'read') {
        if (!writeTexts.has(rec.statement)) { writeTexts.add(rec.statement); writes++; }
        continue;
      }
      if (reads.has(rec.statement)) continue;
      const values = Object.fromEntries((rec.parameters ?? []).map((p) => [p, null]));
      Object.assign(values, rec.values ?? {});
      reads.set(rec.statement, { name: rec.name ?? 'unnamed', statement: rec.statement, parameters: values });
    }
  }
  return { reads: [...reads.values()], writes };
}

async function endpoint(base, headers) {
  const response = await fetch(base, { headers });
  if (!response.ok) throw new Error(`GET ${base} answered ${response.status}`);
  const root = await response.json();
  if (typeof root.transaction === 'string') {
    return root.transaction.replace('{databaseName}', process.env.NEO4J_DATABASE || 'neo4j') + '/commit';
  }
  if (typeof root.data === 'string') return new URL('transaction/commit', root.data.endsWith('/') ? root.data : root.data + '/').href;
  throw new Error(`GET ${base} names no transaction endpoint: ${JSON.stringify(root)}`);
}

async function explain(commit, headers, item) {
  const body = { statements: [{ statement: `EXPLAIN ${item.statement}`, parameters: item.parameters }] };
  const response = await fetch(commit, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${commit} answered ${response.status}`);
  const answer = await response.json();
  if (answer.errors?.length) return { error: answer.errors.map((e) => `${e.code}: ${e.message}`).join('; ') };
  const plan = answer.results?.[0]?.plan?.root;
  if (!plan) return { error: 'the server returned no plan' };
  return { plan };
}

// 3.x: {operatorType, LabelName: ":Claim", children}; 5.x: {operatorType, arguments: {Details: "c:Claim"}, children}.
function args(op) {
  return { ...op, ...(op.arguments ?? {}) };
}

function labelsOf(op) {
  const a = args(op);
  const text = [a.LabelName, a.Details].filter((v) => typeof v === 'string').join(' ');
  return [...text.matchAll(/:\s*`?(\w+)`?/g)].map((m) => m[1]);
}

function offences(op, found = []) {
  const type = String(op.operatorType ?? '').split('@')[0];
  if (/^AllNodesScan/.test(type)) found.push(type);
  else if (/NodeByLabels?Scan$/.test(type)) {
    const watched = labelsOf(op).filter((l) => WATCHED.has(l));
    if (watched.length) found.push(`${type} over ${watched.join(', ')}`);
  }
  for (const child of op.children ?? []) offences(child, found);
  return found;
}

function render(op, depth = 0, lines = []) {
  const a = args(op);
  const detail = ['LabelName', 'Index', 'Details', 'ExpandExpression', 'LegacyExpression']
    .filter((k) => typeof a[k] === 'string')
    .map((k) => `${k}: ${a[k]}`)
    .join('; ');
  lines.push(`${'  '.repeat(depth + 2)}${op.operatorType}${detail ? `  (${detail.length > 160 ? detail.slice(0, 157) + '...' : detail})` : ''}`);
  for (const child of op.children ?? []) render(child, depth + 1, lines);
  return lines;
}

async function check(commit, headers, item, log) {
  const { plan, error } = await explain(commit, headers, item);
  if (error) {
    log(`error: ${item.name}: EXPLAIN failed: ${error}`);
    log(indent(item.statement));
    return false;
  }
  const found = offences(plan);
  if (found.length === 0) return true;
  log(`error: ${item.name} does not start from an index: ${found.join('; ')}`);
  log(indent(item.statement));
  log('  plan:');
  log(render(plan).join('\n'));
  return false;
}

const indent = (text) => text.split('\n').map((l) => `    ${l}`).join('\n');

async function selfTest(commit, headers) {
  const bad = { name: 'SelfTest:EveryClaim', statement: 'MATCH (c:Claim) RETURN c.id AS id', parameters: {} };
  const good = { name: 'SelfTest:ClaimById', statement: 'MATCH (c:Claim {id: $id}) RETURN c.id AS id', parameters: { id: 'x' } };
  const seen = [];
  const badPassed = await check(commit, headers, bad, (l) => seen.push(l));
  const goodPassed = await check(commit, headers, good, (l) => seen.push(l));
  if (badPassed || !goodPassed) {
    console.log(seen.join('\n'));
    throw new Error(`self-test: the scan of every claim was ${badPassed ? 'not caught' : 'caught'}, the seek by id ${goodPassed ? 'passed' : 'was refused'}`);
  }
  console.log(`explain-check self-test: a scan of every claim is caught (${seen[0].replace(/^error: /, '')}); a seek by id passes`);
}

async function main(argv) {
  const files = [];
  let self = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--recorded') files.push(argv[++i]);
    else if (argv[i] === '--self-test') self = true;
    else throw new UsageError(`unknown argument ${argv[i]}`);
  }
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new UsageError('NEO4J_URI is not set');
  const headers = { accept: 'application/json' };
  if (process.env.NEO4J_PASSWORD) {
    headers.authorization = `Basic ${Buffer.from(`${process.env.NEO4J_USER || 'neo4j'}:${process.env.NEO4J_PASSWORD}`).toString('base64')}`;
  }
  const commit = await endpoint(uri, headers);
  if (self) await selfTest(commit, headers);
  if (files.length === 0) return 0;

  const { reads, writes } = readRecorded(files);
  let failed = 0;
  for (const item of reads) {
    if (!(await check(commit, headers, item, console.log))) failed++;
  }
  console.log(`explain-check: ${reads.length} distinct read statements (the API's, through Neo4jReader) EXPLAINed, ${failed} failed; ` +
    `${writes} write-path statements (importer, schema, test fixtures) not checked`);
  if (reads.length === 0) {
    console.log('explain-check: no read statement was recorded: nothing was checked');
    return 1;
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof UsageError ? `usage: ${e.message}` : `explain-check: ${e.message}`);
    process.exit(2);
  },
);
