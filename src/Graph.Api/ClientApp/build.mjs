// Builds the browser assets the API serves itself (no CDN):
//   ../wwwroot/dist/graphiql.js + graphiql.css   the GraphQL IDE (GraphiQL 5, React 19)
//   ../wwwroot/dist/workers/*.worker.js          Monaco's editor and JSON workers, the GraphQL language worker
//   ../wwwroot/dist/explore.js + explore.css     the /explore graph view (cytoscape)
//   ../wwwroot/dist/assets/*                     fonts and images the CSS refers to
// and writes the Neo4j Browser style sheet schema/browser/style.grass from schema/browser/palette.json.
//
// Usage: npm run build   (or: node build.mjs)
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderGrass } from './src/grass.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const outdir = path.resolve(here, '../wwwroot/dist');
const browserDir = path.join(repoRoot, 'schema/browser');
const started = Date.now();

// ---------------------------------------------------------------------------
// Neo4j Browser style (GraSS), generated from the shared palette.
// ---------------------------------------------------------------------------

const palette = JSON.parse(readFileSync(path.join(browserDir, 'palette.json'), 'utf8'));
const grassPath = path.join(browserDir, 'style.grass');
writeFileSync(grassPath, renderGrass(palette));

// ---------------------------------------------------------------------------
// Bundles.
// ---------------------------------------------------------------------------
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  target: ['es2022'],
  logLevel: 'warning',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: {
    '.ttf': 'file',
    '.woff': 'file',
    '.woff2': 'file',
    '.eot': 'file',
    '.svg': 'file',
    '.png': 'file',
  },
  assetNames: 'assets/[name]-[hash]',
  metafile: true,
};

const builds = [
  // The pages: ES modules, each with its CSS next to it.
  esbuild.build({
    ...common,
    entryPoints: {
      graphiql: path.join(here, 'src/graphiql.jsx'),
      explore: path.join(here, 'src/explore.js'),
    },
    outdir,
    format: 'esm',
    jsx: 'automatic',
  }),
  // Monaco workers: each its own self-contained classic script, started by src/setup-workers.js.
  esbuild.build({
    ...common,
    entryPoints: {
      'workers/editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
      'workers/json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
      'workers/graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
    },
    outdir,
    format: 'iife',
  }),
];

const results = await Promise.all(builds);

const written = new Map();
for (const r of results) {
  for (const [file, info] of Object.entries(r.metafile.outputs)) written.set(file, info.bytes);
}
const kb = (n) => `${(n / 1024).toFixed(1).padStart(8)} KiB`;
const rows = [...written].sort().map(([file, bytes]) => [path.relative(repoRoot, path.resolve(file)), bytes]);
const width = Math.max(...rows.map(([file]) => file.length));
console.log(`wrote ${path.relative(repoRoot, grassPath)}`);
for (const [file, bytes] of rows) console.log(`wrote ${file.padEnd(width)} ${kb(bytes)}`);
const total = [...written.values()].reduce((a, b) => a + b, 0);
console.log(`${written.size} files, ${kb(total).trim()} in ${path.relative(repoRoot, outdir)} (${Date.now() - started} ms)`);
