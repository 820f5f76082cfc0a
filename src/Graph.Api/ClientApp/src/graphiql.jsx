// The GraphQL IDE served at /graphql (wwwroot/graphiql.html): GraphiQL 5 on React 19, all from /dist.
import './setup-workers.js';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './graphiql.css';
import { examples } from './examples.js';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

// GraphiQL 5 fills the first tab's variables editor from `initialVariables` only, not from
// `defaultTabs`. On a first visit (no tabs stored yet) hand it the first example's variables;
// later visits restore what GraphiQL stored itself.
function isFirstVisit() {
  try {
    return window.localStorage.getItem('graphiql:tabState') === null;
  } catch {
    return true;
  }
}

const root = createRoot(document.getElementById('graphiql'));
root.render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={examples}
    initialVariables={isFirstVisit() ? examples[0].variables : undefined}
    defaultEditorToolsVisibility="variables"
    shouldPersistHeaders={false}
  >
    <GraphiQL.Logo>
      <a className="graph-logo" href="/explore" title="Open the graph view">
        Ask the graph
      </a>
    </GraphiQL.Logo>
  </GraphiQL>,
);
