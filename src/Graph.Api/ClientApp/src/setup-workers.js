// Tells Monaco (the editor inside GraphiQL 5) where its web workers are.
// GraphiQL's own `graphiql/setup-workers/esm.sh` loads them from a CDN; we serve them ourselves:
// build.mjs bundles each worker as its own entry point into dist/workers/, next to this bundle.
const workersBase = new URL('./workers/', import.meta.url);

function startWorker(name, label) {
  return new Worker(new URL(`${name}.worker.js`, workersBase), { name: `monaco-${label}` });
}

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    switch (label) {
      case 'json':
        return startWorker('json', label);
      case 'graphql':
        return startWorker('graphql', label);
      default:
        return startWorker('editor', label);
    }
  },
};
