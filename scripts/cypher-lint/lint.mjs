#!/usr/bin/env node
// Cypher 5 gate: lints Cypher statements with Neo4j's own language support
// (@neo4j-cypher/language-support) and fails on any error diagnostic.
//
//   node lint.mjs [--recorded <file.jsonl>]... [--dir <folder>]...
//   node lint.mjs --self-test
//
// --recorded: JSON lines {"name": "...", "statement": "...", "parameters": ["p1", ...]}
//             (duplicates are linted once; their parameter lists are merged).
// --dir:      every *.cypher file below the folder, split into statements on ';'
//             outside strings, identifiers in backticks and comments; the parameters of a
//             statement are the $names it uses.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { readRecordedStatements } from '../recorded-statements.mjs';

const SEVERITY_ERROR = 1;
const SEVERITY_WARNING = 2;

// ---------------------------------------------------------------- splitting

/**
 * Splits Cypher text into statements on ';' outside '...', "...", `...`, // and /* *\/.
 * Returns [{ text, line, code }]: text is the statement without surrounding whitespace and
 * comments, line the 1-based input line of its first character, code the same text with string
 * contents and comments blanked out. Statements of only comments/whitespace are dropped.
 */
export function splitStatements(source) {
  const out = [];
  let start = 0;
  let code = '';
  let i = 0;
  const n = source.length;
  const flush = (end) => {
    pushStatement(out, source, start, end, code);
    code = '';
    start = end + 1;
  };
  while (i < n) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const eol = source.indexOf('\n', i);
      const stop = eol === -1 ? n : eol;
      code += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && next === '*') {
      const close = source.indexOf('*/', i + 2);
      const stop = close === -1 ? n : close + 2;
      code += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < n) {
        if (source[j] === '\\' && c !== '`') { j += 2; continue; }
        if (source[j] === c) {
          if (c === '`' && source[j + 1] === '`') { j += 2; continue; } // `` inside a backtick name
          break;
        }
        j++;
      }
      const stop = Math.min(j + 1, n);
      // keep the quote characters and blank the content, so `$x` inside a string is no parameter
      code += c + source.slice(i + 1, stop - 1).replace(/[^\n]/g, ' ') + (stop - 1 > i ? source[stop - 1] : '');
      i = stop;
    } else if (c === ';') {
      flush(i);
      i++;
    } else {
      code += c;
      i++;
    }
  }
  flush(n);
  return out;
}

function pushStatement(out, source, start, end, code) {
  if (code.trim() === '') return; // empty, or comments only
  // `code` is index-aligned with source[start, end): trim leading/trailing whitespace and comments
  const lead = code.length - code.trimStart().length;
  const keep = code.trimEnd().length;
  const text = source.slice(start + lead, start + keep);
  const line = source.slice(0, start + lead).split('\n').length;
  out.push({ text, line, code: code.slice(lead, keep) });
}

/** Every $name (or $`name`) used outside strings and comments. */
export function parametersOf(code) {
  const names = new Set();
  for (const m of code.matchAll(/\$(?:([A-Za-z_][A-Za-z0-9_]*)|(\d+))/g)) names.add(m[1] ?? m[2]);
  return [...names];
}

// ---------------------------------------------------------------- linting

function lint(statement, parameters) {
  const params = Object.fromEntries(parameters.map((p) => [p, null]));
  try {
    const { diagnostics } = lintCypherQuery(statement, { parameters: params, defaultLanguage: 'CYPHER 5' });
    return diagnostics;
  } catch (e) {
    return [{ severity: SEVERITY_ERROR, message: `linter crashed: ${e?.message ?? e}`, range: { start: { line: 0, character: 0 } } }];
  }
}

function caretBlock(statement, pos) {
  const lines = statement.split('\n');
  const line = (lines[pos.line] ?? '').replace(/\r$/, '');
  const pad = line.slice(0, pos.character).replace(/[^\t]/g, ' ');
  return `    ${line}\n    ${pad}^`;
}

function report(item, diagnostics, log = console.log) {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity !== SEVERITY_ERROR && d.severity !== SEVERITY_WARNING) continue;
    const isError = d.severity === SEVERITY_ERROR;
    if (isError) errors++; else warnings++;
    const pos = d.range?.start ?? { line: 0, character: 0 };
    log(`${isError ? 'error' : 'warning'}: ${item.name}: ${d.message}`);
    const where = item.fileLine ? ` (file line ${item.fileLine + pos.line})` : '';
    log(`  at ${pos.line + 1}:${pos.character + 1} of the statement${where}`);
    log(caretBlock(item.statement, pos));
  }
  return { errors, warnings };
}

// ---------------------------------------------------------------- inputs

class UsageError extends Error {}

function readRecorded(file, items) {
  for (const { rec, line } of readRecordedStatements(file, (message) => new UsageError(message))) {
    const parameters = Array.isArray(rec.parameters) ? rec.parameters.map(String) : [];
    const existing = items.get(rec.statement);
    if (existing) {
      for (const p of parameters) existing.parameters.add(p);
    } else {
      items.set(rec.statement, {
        name: `${rec.name ?? 'unnamed'} (${file}:${line})`,
        statement: rec.statement,
        parameters: new Set(parameters),
      });
    }
  }
}

function cypherFiles(dir) {
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new UsageError(`--dir ${dir} does not exist`);
  }
  if (!st.isDirectory()) throw new UsageError(`--dir ${dir} is not a folder`);
  const found = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) { if (e.name !== 'node_modules') walk(p); }
      else if (e.isFile() && e.name.endsWith('.cypher')) found.push(p);
    }
  };
  walk(dir);
  return found;
}

function readDir(dir, items) {
  for (const file of cypherFiles(dir)) {
    const rel = relative(process.cwd(), file);
    const shown = rel && !rel.startsWith('..') ? rel : file;
    splitStatements(readFileSync(file, 'utf8')).forEach((s, idx) => {
      const key = `${shown}\u0000${idx}`;
      items.set(key, {
        name: `${shown}:statement ${idx + 1}`,
        fileLine: s.line,
        statement: s.text,
        parameters: new Set(parametersOf(s.code)),
      });
    });
  }
}

// ---------------------------------------------------------------- self-test

function selfTest() {
  let ok = true;
  const check = (label, statement, wantError) => {
    const diags = lint(statement, parametersOf(statement));
    const errs = diags.filter((d) => d.severity === SEVERITY_ERROR);
    const rejected = errs.length > 0;
    const pass = rejected === wantError;
    ok &&= pass;
    console.log(`${pass ? 'ok  ' : 'FAIL'} ${label}: ${statement}`);
    console.log(`     -> ${rejected ? `rejected: ${errs[0].message}` : 'accepted'}`);
  };
  console.log('cypher-lint self-test (Cypher 5 via @neo4j-cypher/language-support)');
  check('3.x property existence must be rejected', 'MATCH (n) WHERE exists(n.p) RETURN n', true);
  check('3.x ASSERT constraint must be rejected', 'CREATE CONSTRAINT ON (n:L) ASSERT n.id IS UNIQUE', true);
  check('valid Cypher 5 with a declared parameter must be accepted', 'MATCH (n:Country {id: $id}) RETURN n.name AS name', false);

  const split = splitStatements("// header; not a statement\nRETURN ';' AS a;\n/* x; */ RETURN $p AS b // c;\n;\n  ;");
  const splitOk = split.length === 2 && split[0].text === "RETURN ';' AS a" && split[1].line === 3
    && parametersOf(split[1].code).join() === 'p';
  ok &&= splitOk;
  console.log(`${splitOk ? 'ok  ' : 'FAIL'} splitter: ';' in strings/comments ignored, empty statements skipped (${split.length} statements)`);

  console.log(ok ? 'cypher-lint self-test: passed' : 'cypher-lint self-test: FAILED');
  return ok ? 0 : 1;
}

// ---------------------------------------------------------------- main

function main(argv) {
  const recorded = [];
  const dirs = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--self-test') return selfTest();
    if (a === '--recorded' || a === '--dir') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      (a === '--recorded' ? recorded : dirs).push(v);
    } else if (a === '-h' || a === '--help') {
      console.log('usage: node lint.mjs [--recorded <file.jsonl>]... [--dir <folder>]... | --self-test');
      return 0;
    } else {
      throw new UsageError(`unknown argument: ${a}`);
    }
  }

  const items = new Map();
  for (const f of recorded) readRecorded(f, items);
  for (const d of dirs) readDir(d, items);

  let errors = 0;
  let warnings = 0;
  for (const item of items.values()) {
    const r = report(item, lint(item.statement, [...item.parameters]));
    errors += r.errors;
    warnings += r.warnings;
  }

  const checked = items.size;
  const warn = warnings ? `, ${warnings} warning(s)` : '';
  if (checked === 0) {
    console.log(`cypher-lint: 0 statements checked (inputs: ${recorded.length} recorded file(s), ${dirs.length} folder(s)) - a gate that checks nothing fails`);
    return 1;
  }
  if (errors > 0) {
    console.log(`cypher-lint: ${checked} statements checked, ${errors} error(s)${warn} - FAILED`);
    return 1;
  }
  console.log(`cypher-lint: ${checked} statements checked, 0 errors${warn}`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  console.error(`cypher-lint: ${e.message}`);
  process.exitCode = 1;
}
