// The graph view served at /explore (wwwroot/explore.html).
//
// - A search box (GraphQL `search`) picks a thing; `/explore?id=north-korea` opens one directly.
// - The thing's `neighbourhood(id)` is drawn with cytoscape, coloured by kind with the palette the
//   Neo4j Browser style uses too (schema/browser/palette.json).
// - Clicking a node expands it (its neighbourhood is fetched and merged) and shows it in the side
//   panel: a claim with its statement, quote, quantity and every report of it (article, originators,
//   relays, how); any other node with its id, kind and name.
// - The "as of" date (`/explore?id=...&asOf=2024-11-12`) draws the graph as it was known at the end
//   of that day: only what articles published by then carry (GraphQL `asOf`); empty for everything.
//
// For browser tests: every drawn node is listed in the hidden <ul id="drawn-nodes"> as
// <li data-id data-kind>caption</li>; `window.graphView = { cy, ready, expand(id), load(id) }`;
// `document.body.dataset.state` is 'loading', then 'ready' once a draw and its side panel are done, or 'error' (with a
// visible message) when a request fails.
import cytoscape from 'cytoscape';
import palette from '../../../../schema/browser/palette.json';
import './explore.css';

const GRAPHQL_URL = '/graphql';
const FALLBACK_COLOUR = { color: '#A5ABB6', border: '#9AA1AC', text: '#2A2C34' };

const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $limit: Int, $asOf: String) {
  neighbourhood(id: $id, limit: $limit, asOf: $asOf) {
    nodes { id kind caption }
    edges { source target type }
  }
}`;

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 10) { __typename id name aliases }
}`;

const DETAILS = `query Details($id: ID!, $asOf: String) {
  node(id: $id, asOf: $asOf) {
    __typename
    id
    ... on Entity { name aliases }
    ... on Claim {
      statement
      quote
      quantity { value low high unit qualifier }
      independentAsserters
      attributedTo { id name }
      via { id name }
      disagreesWith { id statement }
      reports {
        how
        quote
        originatedBy { id name }
        via { id name }
        article { id title url publishedOn publisher { id name } }
      }
    }
    ... on Article {
      title
      url
      publishedOn
      language
      publisher { id name }
      authors { id name }
    }
  }
}`;

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

const $ = (selector) => document.querySelector(selector);

/** Creates an element: h('a', { href: '/x' }, 'text', otherNode). Text is never parsed as HTML. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

function colourOf(kind) {
  return palette[kind] ?? FALLBACK_COLOUR;
}

function shorten(text, max = 48) {
  const s = String(text ?? '');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

class RequestError extends Error {}

async function graphql(query, variables) {
  let response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new RequestError(`Cannot reach the API at ${GRAPHQL_URL}: ${e.message}`);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: reported below
  }
  if (body?.errors?.length) {
    const first = body.errors[0];
    const code = first.extensions?.code ? ` [${first.extensions.code}]` : '';
    throw new RequestError(`${first.message}${code}`);
  }
  if (!response.ok || !body?.data) {
    throw new RequestError(`The API answered HTTP ${response.status} ${response.statusText}`.trim());
  }
  return body.data;
}

// ---------------------------------------------------------------------------
// Page state
// ---------------------------------------------------------------------------

function setState(state, message = '') {
  document.body.dataset.state = state;
  const status = $('#status');
  status.textContent = message;
  status.className = state;
  status.hidden = !message;
}

function fail(error) {
  if (!(error instanceof RequestError)) console.error(error);
  setState('error', error instanceof RequestError ? error.message : `Something went wrong: ${error.message}`);
}

// ---------------------------------------------------------------------------
// The graph
// ---------------------------------------------------------------------------

const cy = cytoscape({
  container: $('#cy'),
  minZoom: 0.1,
  maxZoom: 4,
  style: [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        'border-color': 'data(border)',
        'border-width': 2,
        label: 'data(label)',
        color: '#2A2C34',
        'font-size': 9,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': 120,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': 1,
        width: 28,
        height: 28,
      },
    },
    { selector: 'node[kind = "Claim"]', style: { shape: 'round-rectangle', width: 24, height: 18 } },
    { selector: 'node[kind = "Report"]', style: { shape: 'diamond', width: 18, height: 18 } },
    { selector: 'node[kind = "Article"]', style: { shape: 'round-tag', width: 26, height: 26 } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#2A2C34', width: 38, height: 38 } },
    { selector: 'node:selected', style: { 'overlay-color': '#2A2C34', 'overlay-opacity': 0.15 } },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#A5ABB6',
        'target-arrow-color': '#A5ABB6',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(type)',
        'font-size': 7,
        color: '#555b66',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': 1,
      },
    },
  ],
});

/**
 * Adds what is not drawn yet; returns the new nodes. New nodes start on a circle, around `near`
 * (an id) when given: no randomness, so the same graph is laid out the same way every time.
 */
function merge(view, near) {
  const origin = near && cy.getElementById(near).nonempty() ? cy.getElementById(near).position() : { x: 0, y: 0 };
  const fresh = view.nodes.filter((n) => cy.getElementById(n.id).empty());
  const radius = near ? 60 : 40 + 12 * fresh.length;
  const added = fresh.map((n, i) => {
    const angle = (2 * Math.PI * i) / fresh.length;
    return {
      group: 'nodes',
      data: { id: n.id, kind: n.kind, caption: n.caption, label: shorten(n.caption), ...colourOf(n.kind) },
      position: { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) },
    };
  });
  const newNodes = cy.add(added);
  const edges = [];
  for (const e of view.edges) {
    const id = `${e.source}|${e.type}|${e.target}`;
    if (cy.getElementById(id).nonempty()) continue;
    if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
    edges.push({ group: 'edges', data: { id, source: e.source, target: e.target, type: e.type } });
  }
  cy.add(edges);
  return newNodes;
}

function runLayout() {
  return new Promise((resolve) => {
    const layout = cy.layout({
      name: 'cose',
      animate: false,
      randomize: false, // start from merge()'s circles: the same graph always gets the same picture
      fit: true,
      padding: 40,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
      nodeDimensionsIncludeLabels: true,
    });
    layout.one('layoutstop', resolve);
    layout.run();
  });
}

function listDrawnNodes() {
  const list = $('#drawn-nodes');
  list.replaceChildren(
    ...cy.nodes().map((n) => h('li', { dataset: { id: n.id(), kind: n.data('kind') } }, n.data('caption'))),
  );
  $('#count').textContent = `${cy.nodes().length} nodes, ${cy.edges().length} relationships`;
}

function focus(id) {
  cy.nodes().removeClass('focus');
  cy.nodes().unselect();
  const node = cy.getElementById(id);
  if (node.nonempty()) node.addClass('focus').select();
}

let pending = 0;

/** The thing in the middle, and the as-of day (`YYYY-MM-DD`, or null for everything known). */
let current = null;
let asOf = new URLSearchParams(location.search).get('asOf') || null;

/**
 * Fetches `id`'s neighbourhood and draws it; with `fresh`, the graph is cleared first; with
 * `details`, the side panel shows `id` before the page says 'ready'.
 */
async function draw(id, { fresh, details = true }) {
  pending += 1;
  setState('loading', `Loading ${id}…`);
  try {
    const data = await graphql(NEIGHBOURHOOD, { id, limit: 100, asOf });
    const view = data.neighbourhood ?? { nodes: [], edges: [] };
    if (fresh) cy.elements().remove();
    if (!view.nodes.length && cy.getElementById(id).empty()) {
      throw new RequestError(`Nothing in the graph has the id "${id}".`);
    }
    merge(view, fresh ? null : id);
    await runLayout();
    focus(id);
    listDrawnNodes();
    if (details) await showDetails(id); // the side panel reports its own failures
    pending -= 1;
    if (pending === 0) setState('ready');
  } catch (e) {
    pending -= 1;
    fail(e);
    throw e;
  }
}

/** The kinds through which things meet: two countries are linked by a treaty or a deployment, not directly. */
const HUBS = new Set(['Treaty', 'Deployment']);

/**
 * Clears the graph and draws the neighbourhood of `id`, and one step further through the treaties
 * and deployments in it, so that the first picture of a country shows the countries it is bound to.
 */
async function load(id) {
  current = id;
  pending += 1; // 'ready' only once the whole first picture is drawn
  let ok = false;
  try {
    await draw(id, { fresh: true, details: false });
    const hubs = cy.nodes().filter((n) => n.id() !== id && HUBS.has(n.data('kind'))).map((n) => n.id());
    for (const hub of hubs) await draw(hub, { fresh: false, details: false });
    focus(id);
    await showDetails(id);
    ok = true;
  } finally {
    pending -= 1;
    if (ok && pending === 0) setState('ready');
  }
}

/** Adds the neighbourhood of `id` to what is drawn (what a click on a node does). */
function expand(id) {
  return draw(id, { fresh: cy.nodes().empty() });
}

cy.on('tap', 'node', (event) => {
  expand(event.target.id()).catch(() => {});
});

// ---------------------------------------------------------------------------
// Side panel
// ---------------------------------------------------------------------------

const QUALIFIERS = {
  EXACT: '',
  APPROXIMATELY: 'about ',
  UP_TO: 'up to ',
  AT_LEAST: 'at least ',
  MORE_THAN: 'more than ',
  LESS_THAN: 'less than ',
};

function formatNumber(n) {
  return typeof n === 'number' ? n.toLocaleString('en') : '?';
}

function formatQuantity(q) {
  if (!q) return null;
  if (q.qualifier === 'RANGE' || (q.value == null && (q.low != null || q.high != null))) {
    return `${formatNumber(q.low)}–${formatNumber(q.high)} ${q.unit}`;
  }
  return `${QUALIFIERS[q.qualifier] ?? ''}${formatNumber(q.value)} ${q.unit}`;
}

/** A link that draws a thing when clicked (names in the panel are navigable). */
function thingLink(thing) {
  return h(
    'a',
    {
      href: `?id=${encodeURIComponent(thing.id)}`,
      'data-id': thing.id,
      onclick: (e) => {
        e.preventDefault();
        expand(thing.id).catch(() => {});
      },
    },
    thing.name ?? thing.statement ?? thing.title ?? thing.id,
  );
}

function names(list) {
  if (!list?.length) return h('span', { class: 'none' }, 'none');
  return list.flatMap((thing, i) => (i ? [', ', thingLink(thing)] : [thingLink(thing)]));
}

function field(label, ...value) {
  return [h('dt', {}, label), h('dd', {}, ...value)];
}

function renderClaim(c, caption) {
  return [
    c.statement !== caption && h('p', { class: 'statement' }, c.statement),
    c.quote && h('blockquote', {}, c.quote),
    h(
      'dl',
      {},
      c.quantity && field('Quantity', formatQuantity(c.quantity)),
      field('Asserted by', names(c.attributedTo)),
      c.via?.length > 0 && field('Relayed by', names(c.via)),
      field('Independent asserters', String(c.independentAsserters ?? '?')),
      c.disagreesWith?.length > 0 && field('Disagrees with', names(c.disagreesWith)),
    ),
    h('h3', {}, `Reports (${c.reports?.length ?? 0})`),
    h(
      'ol',
      { class: 'reports' },
      (c.reports ?? []).map((r) =>
        h(
          'li',
          {},
          h(
            'div',
            { class: 'article' },
            r.article.url
              ? h('a', { href: r.article.url, target: '_blank', rel: 'noopener noreferrer' }, r.article.title)
              : r.article.title,
          ),
          h(
            'dl',
            {},
            field('Published', r.article.publishedOn, r.article.publisher ? [' by ', thingLink(r.article.publisher)] : []),
            field('Originated by', names(r.originatedBy)),
            field('Relayed by', names(r.via)),
            field('How', r.how),
          ),
          r.quote && h('blockquote', {}, r.quote),
        ),
      ),
    ),
  ];
}

function renderArticle(a) {
  return h(
    'dl',
    {},
    field('Title', a.url ? h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, a.title) : a.title),
    field('Published', a.publishedOn),
    field('Language', a.language),
    a.publisher && field('Publisher', thingLink(a.publisher)),
    a.authors?.length > 0 && field('Authors', names(a.authors)),
  );
}

let detailsRequest = 0;

async function showDetails(id) {
  const panel = $('#details');
  const drawn = cy.getElementById(id);
  const kind = drawn.nonempty() ? drawn.data('kind') : '';
  const caption = drawn.nonempty() ? drawn.data('caption') : id;
  const colour = colourOf(kind);
  const header = [
    h('span', { class: 'kind', style: `background:${colour.color};color:${colour.text}` }, kind || 'node'),
    h('h2', {}, caption),
  ];
  panel.replaceChildren(...header, h('p', { class: 'muted' }, 'Loading…'));

  const request = ++detailsRequest;
  let node = null;
  try {
    node = (await graphql(DETAILS, { id, asOf })).node;
  } catch (e) {
    if (request !== detailsRequest) return;
    fail(e);
    panel.replaceChildren(...header, h('p', { class: 'error' }, e.message));
    return;
  }
  if (request !== detailsRequest) return; // a later click won

  const basics = h(
    'dl',
    {},
    field('Id', h('code', {}, id)),
    field('Kind', node?.__typename ?? kind),
    node?.name && field('Name', node.name),
    node?.aliases?.length > 0 && field('Also known as', node.aliases.join(', ')),
  );
  let body = [];
  if (node?.__typename === 'Claim') body = renderClaim(node, caption);
  else if (node?.__typename === 'Article') body = [renderArticle(node)];
  panel.replaceChildren(...[...header, basics, ...body].filter(Boolean));
}

// ---------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------

async function search(text) {
  const results = $('#search-results');
  results.replaceChildren();
  if (!text.trim()) return;
  setState('loading', `Searching for “${text}”…`);
  try {
    const data = await graphql(SEARCH, { text });
    const found = data.search ?? [];
    results.replaceChildren(
      ...(found.length
        ? found.map((e) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', 'data-id': e.id, onclick: () => pick(e.id) },
                h('span', { class: 'swatch', style: `background:${colourOf(e.__typename).color}` }),
                e.name,
                h('small', {}, ` ${e.__typename}`),
              ),
            ),
          )
        : [h('li', { class: 'muted' }, 'No match.')]),
    );
    setState('ready');
  } catch (e) {
    fail(e);
  }
}

/** The page's address for a thing and the as-of day. */
function address(id) {
  const params = new URLSearchParams({ id });
  if (asOf) params.set('asOf', asOf);
  return `?${params}`;
}

function pick(id) {
  $('#search-results').replaceChildren();
  history.pushState({ id }, '', address(id));
  load(id).catch(() => {});
}

// The as-of day: the graph as it was known at the end of it; empty for everything known.
$('#as-of').addEventListener('change', (event) => {
  asOf = event.target.value || null;
  if (!current) return;
  history.replaceState({ id: current }, '', address(current));
  load(current).catch(() => {});
});

$('#search').addEventListener('submit', (event) => {
  event.preventDefault();
  search($('#search-text').value);
});

window.addEventListener('popstate', () => {
  const id = new URLSearchParams(location.search).get('id');
  asOf = new URLSearchParams(location.search).get('asOf') || null;
  $('#as-of').value = asOf ?? '';
  if (id) load(id).catch(() => {});
});

// ---------------------------------------------------------------------------
// Legend and start
// ---------------------------------------------------------------------------

$('#legend').replaceChildren(
  ...Object.entries(palette).map(([kind, c]) =>
    h('li', {}, h('span', { class: 'swatch', style: `background:${c.color};border-color:${c.border}` }), kind),
  ),
);

const initialId = new URLSearchParams(location.search).get('id');
$('#as-of').value = asOf ?? '';
let ready;
if (initialId) {
  $('#search-text').value = '';
  ready = load(initialId);
} else {
  setState('ready', 'Search for a country, person, treaty… or open /explore?id=north-korea.');
  document.body.dataset.state = 'ready';
  ready = Promise.resolve();
}
ready.catch(() => {}); // failures are shown on the page; tests can still await and see the rejection

window.graphView = { cy, ready, expand, load };
