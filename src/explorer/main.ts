/** The explorer page: search → canvas → expand → details, paths, filters, timeline, export, all in the URL. */
import { csvZip } from '../export/csv.js';
import { toGraphml } from '../export/graphml.js';
import { ApiError, isActorType, NODE_TYPES, neighbourhood, nodeById, paths, resolveNode, search, topicsList, type NodeType, type SearchHit } from './api.js';
import { createCanvas } from './canvas.js';
import { fetchWithKey, hasApiKey } from './credentials.js';
import { renderDetail } from './detail.js';
import { byId, download, h } from './dom.js';
import { readState, writeState, type ViewState } from './state.js';
import { NODE_STYLE } from './styles.js';
import { renderTimeline, type TimelineScope } from './timeline.js';

const EXPAND_LIMIT = 50;

const canvas = createCanvas(byId('cy'));
const { cy } = canvas;
let state: ViewState = readState(location.hash);
let timelineScope: TimelineScope | null = null;
let timelineBucket = 'MONTH';

// For tests and the console: the Cytoscape instance and the view state.
(window as unknown as { explorer: unknown }).explorer = { cy, canvas, state: () => state };

// ---------- messages and busy state ----------
const messages = byId('messages');
const status = byId('status');

function message(text: string, kind: 'error' | 'info' = 'error'): void {
  const item = h(
    'div',
    { class: `message ${kind}`, 'data-testid': `message-${kind}` },
    h('span', {}, text),
    h('button', { type: 'button', 'aria-label': 'Dismiss', onclick: () => item.remove() }, '×'),
  );
  messages.append(item);
  if (kind === 'info') setTimeout(() => item.remove(), 6000);
}

let pending = 0;
/** Runs an action; any failure becomes a readable message in the page. */
async function run<T>(what: string, action: () => Promise<T>): Promise<T | undefined> {
  pending += 1;
  status.textContent = `${what}…`;
  document.body.dataset.busy = 'true';
  try {
    return await action();
  } catch (error) {
    const text = error instanceof ApiError || error instanceof Error ? error.message : String(error);
    message(`${what} failed: ${text}`);
    return undefined;
  } finally {
    pending -= 1;
    if (pending === 0) {
      delete document.body.dataset.busy;
      updateStatus();
    }
  }
}

function updateStatus(): void {
  const shown = cy.nodes().not('.filtered').length;
  const total = cy.nodes().length;
  status.textContent = `${shown === total ? total : `${shown} of ${total}`} nodes, ${cy.edges().length} edges`;
  byId('empty').hidden = total > 0;
}

function saveState(): void {
  history.replaceState(null, '', writeState(state));
}

// ---------- legend and type filter ----------
const typeBox = byId('filter-types');
const legend = byId('legend');
for (const type of NODE_TYPES) {
  const style = NODE_STYLE[type];
  legend.append(
    h('li', {}, h('span', { class: 'swatch', style: `background:${style.color};border-radius:${style.shape === 'ellipse' ? '50%' : '2px'}` }), style.name),
  );
  typeBox.append(
    h(
      'label',
      {},
      h('input', {
        type: 'checkbox',
        value: type,
        checked: !state.types || state.types.includes(type),
        'data-testid': `type-${type}`,
        onchange: () => readFilters(),
      }),
      style.name,
    ),
  );
}
legend.append(
  h('li', {}, h('span', { class: 'swatch', style: 'background:#2f9e44' }), 'edge: support'),
  h('li', {}, h('span', { class: 'swatch', style: 'background:#c92a2a' }), 'edge: oppose'),
  h('li', {}, h('span', { class: 'swatch', style: 'background:#e8590c' }), 'edge: concern'),
);

// ---------- filters ----------
const stanceSelect = byId<HTMLSelectElement>('filter-stance');
const topicSelect = byId<HTMLSelectElement>('filter-topic');
const fromInput = byId<HTMLInputElement>('filter-from');
const toInput = byId<HTMLInputElement>('filter-to');

function readFilters(): void {
  const checked = [...typeBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((c) => c.checked).map((c) => c.value);
  state.types = checked.length === NODE_TYPES.length ? null : checked;
  state.stance = stanceSelect.value;
  state.topic = topicSelect.value;
  state.from = fromInput.value;
  state.to = toInput.value;
  applyFilters();
}

function showFilters(): void {
  for (const c of typeBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) c.checked = !state.types || state.types.includes(c.value);
  stanceSelect.value = state.stance;
  if (state.topic && ![...topicSelect.options].some((o) => o.value === state.topic)) topicSelect.append(h('option', { value: state.topic }, state.topic));
  topicSelect.value = state.topic;
  fromInput.value = state.from;
  toInput.value = state.to;
}

/** Hides what the filters leave out: types for every node; stance, topic and dates for statements (dates also for events). */
function applyFilters(): void {
  const { types, stance, topic, from, to } = state;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const type = n.data('type') as NodeType;
      let keep = !types || types.includes(type);
      if (keep && type === 'STATEMENT') {
        const pairs = (n.data('topicStances') ?? []) as string[];
        if (topic) keep = ((n.data('topics') ?? []) as string[]).includes(topic);
        if (keep && stance) keep = pairs.some((p) => (topic ? p === `${topic}|${stance}` : p.endsWith(`|${stance}`)));
      }
      if (keep && (type === 'STATEMENT' || type === 'EVENT') && (from || to)) {
        const date = n.data('date') as string | null;
        keep = Boolean(date) && (!from || date! >= from) && (!to || date! <= to);
      }
      n.toggleClass('filtered', !keep);
    });
  });
  const hidden = cy.nodes('.filtered').length;
  const active = [
    types ? `types: ${types.length} of ${NODE_TYPES.length}` : '',
    stance ? `stance ${stance}` : '',
    topic ? `topic ${topicSelect.selectedOptions[0]?.text ?? topic}` : '',
    from || to ? `dates ${from || '…'} – ${to || '…'}` : '',
  ].filter(Boolean);
  byId('filter-summary').textContent = active.length ? `${active.join('; ')}. ${hidden} node${hidden === 1 ? '' : 's'} hidden.` : 'No filter.';
  saveState();
  updateStatus();
  if (timelineScope) void drawTimeline();
}

for (const el of [stanceSelect, topicSelect, fromInput, toInput]) el.addEventListener('change', readFilters);
byId('filter-reset').addEventListener('click', () => {
  Object.assign(state, { types: null, stance: '', topic: '', from: '', to: '' });
  showFilters();
  applyFilters();
});

// ---------- canvas actions ----------
function selected(): string | null {
  const node = cy.nodes(':selected').first();
  return node.nonempty() ? node.id() : state.selected || null;
}

async function addNode(id: string, options: { record?: boolean; select?: boolean } = {}): Promise<void> {
  await run('Adding a node', async () => {
    if (cy.getElementById(id).empty()) {
      // The node, and its edges to what is already drawn (its other neighbours stay out until expanded).
      const sub = await neighbourhood(id, 200);
      const node = sub.nodes.find((n) => n.id === id) ?? (await nodeById(id));
      const drawnIds = new Set(cy.nodes().map((n) => n.id()));
      const near = sub.edges.map((e) => (e.source === id ? e.target : e.source)).find((other) => drawnIds.has(other));
      canvas.add(
        [node],
        sub.edges.filter((e) => drawnIds.has(e.source === id ? e.target : e.source)),
        near,
      );
      if (options.record !== false && !state.added.includes(id)) state.added.push(id);
      state.removed = state.removed.filter((r) => r !== id);
      applyFilters();
      if (cy.nodes().length <= 1) cy.center(cy.getElementById(id));
    }
    if (options.select !== false) select(id);
  });
}

async function expand(id: string, options: { record?: boolean; layout?: boolean } = {}): Promise<void> {
  await run('Expanding', async () => {
    const sub = await neighbourhood(id, EXPAND_LIMIT);
    const added = canvas.add(sub.nodes, sub.edges, id);
    if (options.record !== false && !state.expanded.includes(id)) state.expanded.push(id);
    const label = (cy.getElementById(id).data('label') as string | undefined) ?? id;
    const notice = byId('notice');
    if (sub.truncated) {
      notice.hidden = false;
      notice.textContent = `Truncated: ${label} has more than ${EXPAND_LIMIT} neighbours; only the nearest ${EXPAND_LIMIT} are drawn. Export its neighbourhood file to get them all.`;
    } else {
      notice.hidden = true;
    }
    applyFilters();
    if (options.layout !== false) canvas.layout();
    if (options.record !== false) message(`${label}: ${added.length} new node${added.length === 1 ? '' : 's'}${sub.truncated ? ' (truncated)' : ''}.`, 'info');
  });
}

function removeNode(id: string): void {
  cy.getElementById(id).remove();
  state.added = state.added.filter((a) => a !== id);
  if (!state.removed.includes(id)) state.removed.push(id);
  if (state.selected === id) state.selected = '';
  saveState();
  updateStatus();
}

function select(id: string): void {
  cy.nodes(':selected').unselect();
  const node = cy.getElementById(id);
  node.select();
  state.selected = id;
  saveState();
  const type = node.data('type') as NodeType | undefined;
  (byId('export-server') as HTMLAnchorElement).href = `/export/subgraph?id=${encodeURIComponent(id)}&depth=1&limit=200&format=graphml`;
  if (!type) return;
  void run('Loading details', () => renderDetail(byId('detail'), id, type, detailActions));
  if (isActorType(type)) timelineScope = { actor: id, name: node.data('label') as string };
  else if (type === 'TOPIC') timelineScope = { topic: id, name: node.data('label') as string };
  else return;
  void drawTimeline();
}

const detailActions = {
  open: (id: string) => void addNode(id),
  expand: (id: string) => void expand(id),
  pathFrom: (id: string) => {
    byId<HTMLInputElement>('path-from').value = id;
  },
  pathTo: (id: string) => {
    byId<HTMLInputElement>('path-to').value = id;
  },
};

cy.on('tap', 'node', (e) => select(e.target.id()));
// Whatever adds or removes elements, the count and the empty-canvas hint follow.
let statusFrame = 0;
cy.on('add remove', () => {
  cancelAnimationFrame(statusFrame);
  statusFrame = requestAnimationFrame(updateStatus);
});
cy.on('dbltap', 'node', (e) => void expand(e.target.id()));

function withSelection(action: (id: string) => void): () => void {
  return () => {
    const id = selected();
    if (!id || cy.getElementById(id).empty()) return message('Select a node on the canvas first.');
    action(id);
  };
}
byId('expand').addEventListener(
  'click',
  withSelection((id) => void expand(id)),
);
byId('remove').addEventListener('click', withSelection(removeNode));
byId('pin').addEventListener(
  'click',
  withSelection((id) => message(canvas.togglePin(id) ? 'Pinned: re-layout leaves it in place.' : 'Unpinned.', 'info')),
);
byId('layout').addEventListener('click', () => canvas.layout());
byId('clear').addEventListener('click', () => {
  cy.elements().remove();
  Object.assign(state, { added: [], expanded: [], paths: [], removed: [], selected: '' });
  byId('notice').hidden = true;
  saveState();
  updateStatus();
});

// ---------- search with suggestions ----------
const searchInput = byId<HTMLInputElement>('search');
const suggestions = byId<HTMLUListElement>('suggestions');
let hits: SearchHit[] = [];
let active = -1;
let searchSeq = 0;
let searchTimer: ReturnType<typeof setTimeout> | undefined;

function showSuggestions(): void {
  suggestions.replaceChildren(
    ...hits.map((hit, i) =>
      h(
        'li',
        {
          role: 'option',
          'aria-selected': String(i === active),
          'data-id': hit.id,
          'data-testid': 'suggestion',
          onmousedown: (e: Event) => {
            e.preventDefault();
            choose(hit);
          },
        },
        h('span', { class: 'type', style: `background:${NODE_STYLE[hit.type].color}` }, NODE_STYLE[hit.type].name),
        hit.label,
        hit.fragment && hit.field !== 'name' ? h('span', { class: 'fragment' }, hit.fragment) : null,
      ),
    ),
  );
  suggestions.hidden = hits.length === 0;
}

function choose(hit: SearchHit): void {
  suggestions.hidden = true;
  searchInput.value = hit.label;
  void addNode(hit.id);
}

searchInput.addEventListener('input', () => {
  clearTimeout(searchTimer);
  const text = searchInput.value.trim();
  if (text.length < 2) {
    hits = [];
    return showSuggestions();
  }
  searchTimer = setTimeout(() => {
    const seq = ++searchSeq;
    void run('Searching', async () => {
      const found = await search(text);
      if (seq !== searchSeq) return;
      hits = found;
      active = -1;
      showSuggestions();
      if (found.length === 0) {
        suggestions.replaceChildren(h('li', { class: 'muted' }, `Nothing found for “${text}”.`));
        suggestions.hidden = false;
      }
    });
  }, 180);
});
searchInput.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    if (hits.length) active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
    showSuggestions();
  } else if (e.key === 'Enter') {
    const hit = hits[active] ?? hits[0];
    if (hit) choose(hit);
  } else if (e.key === 'Escape') {
    suggestions.hidden = true;
  }
});
searchInput.addEventListener('blur', () => setTimeout(() => (suggestions.hidden = true), 150));

// ---------- path finder ----------
async function findPaths(from: string, to: string, options: { record?: boolean } = {}): Promise<void> {
  const hops = Number(byId<HTMLInputElement>('path-hops').value) || 4;
  const result = byId('path-result');
  await run('Finding paths', async () => {
    const [a, b] = await Promise.all([resolveNode(from), resolveNode(to)]);
    const found = await paths(a, b, hops);
    if (found.length === 0) {
      result.textContent = `No path within ${hops} hops.`;
      canvas.highlightPath([], []);
      return;
    }
    const nodes = found.flatMap((p) => p.nodes);
    const edges = found.flatMap((p) => p.edges);
    canvas.add(nodes, edges, cy.getElementById(a).nonempty() ? a : undefined);
    canvas.highlightPath(
      nodes.map((n) => n.id),
      edges.map((e) => e.id),
    );
    if (options.record !== false && !state.paths.some(([x, y]) => x === a && y === b)) state.paths.push([a, b]);
    applyFilters();
    canvas.layout();
    const first = found[0]!;
    result.replaceChildren(
      h(
        'span',
        { 'data-testid': 'path-summary' },
        `${found.length} shortest path${found.length === 1 ? '' : 's'}, ${first.length} hop${first.length === 1 ? '' : 's'}: `,
      ),
      h('span', {}, first.nodes.map((n) => n.label).join(' → ')),
    );
  });
}
byId('path-find').addEventListener('click', () => {
  const from = byId<HTMLInputElement>('path-from').value;
  const to = byId<HTMLInputElement>('path-to').value;
  if (!from.trim() || !to.trim()) return message('Give the path finder two nodes (ids or names; “Path from here” in the details fills them in).');
  void findPaths(from, to);
});
byId('path-clear').addEventListener('click', () => canvas.highlightPath([], []));

// ---------- timeline ----------
async function drawTimeline(): Promise<void> {
  await run('Loading the timeline', () =>
    renderTimeline(
      byId('timeline'),
      timelineScope,
      timelineBucket,
      { from: state.from, to: state.to },
      (from, to) => {
        state.from = from;
        state.to = to;
        showFilters();
        applyFilters();
      },
      (bucket) => {
        timelineBucket = bucket;
        void drawTimeline();
      },
    ),
  );
}

// ---------- export ----------
function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
}
function requireDrawn(): boolean {
  if (cy.nodes().not('.filtered').empty()) {
    message('Nothing is drawn to export: add nodes first (or loosen the filters).');
    return false;
  }
  return true;
}
byId('export-png').addEventListener('click', () => {
  if (!requireDrawn()) return;
  download(`claimgraph-${stamp()}.png`, cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), 'image/png');
});
byId('export-graphml').addEventListener('click', () => {
  if (!requireDrawn()) return;
  download(`claimgraph-${stamp()}.graphml`, toGraphml(canvas.drawn()), 'application/graphml+xml');
});
byId('export-csv').addEventListener('click', () => {
  if (!requireDrawn()) return;
  download(`claimgraph-${stamp()}-csv.zip`, csvZip(canvas.drawn()), 'application/zip');
});
byId('export-server').addEventListener('click', (e) => {
  if (!selected()) {
    e.preventDefault();
    message('Select a node: the neighbourhood file is the selected node’s neighbourhood (from /export/subgraph).');
    return;
  }
  // A link can't send the API key: with one, the file is fetched and saved from the page.
  if (!hasApiKey()) return;
  e.preventDefault();
  const link = e.currentTarget as HTMLAnchorElement;
  void run('Neighbourhood file', async () => {
    const response = await fetchWithKey(link.href);
    if (!response.ok) throw new ApiError(`The server answered ${response.status} ${response.statusText}.`);
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'claimgraph-neighbourhood.graphml';
    download(name, await response.blob(), response.headers.get('content-type') ?? 'application/octet-stream');
  });
});
byId('share').addEventListener('click', () => {
  saveState();
  navigator.clipboard?.writeText(location.href).then(
    () => message('Link to this view copied.', 'info'),
    () => message(`Link to this view: ${location.href}`, 'info'),
  ) ?? message(`Link to this view: ${location.href}`, 'info');
});

// ---------- start: topics for the filter, then replay the view in the URL ----------
async function start(): Promise<void> {
  showFilters();
  updateStatus();
  void renderTimeline(
    byId('timeline'),
    null,
    timelineBucket,
    state,
    () => undefined,
    () => undefined,
  );
  await run('Loading topics', async () => {
    const topics = await topicsList();
    for (const t of topics) if (![...topicSelect.options].some((o) => o.value === t.id)) topicSelect.append(h('option', { value: t.id }, t.name));
    topicSelect.value = state.topic;
  });
  const replay = readState(location.hash);
  if (replay.added.length || replay.expanded.length || replay.paths.length) {
    for (const id of replay.added) await addNode(id, { select: false });
    for (const id of replay.expanded) await expand(id, { layout: false });
    for (const [from, to] of replay.paths) await findPaths(from, to);
    for (const id of replay.removed) if (cy.getElementById(id).nonempty()) removeNode(id);
    state = { ...replay, selected: replay.selected };
    applyFilters();
    canvas.layout();
    if (replay.selected && cy.getElementById(replay.selected).nonempty()) select(replay.selected);
  }
  applyFilters();
  document.body.dataset.ready = 'true';
}
window.addEventListener('error', (e) => message(`Something went wrong in the page: ${e.message}`));
window.addEventListener('unhandledrejection', (e) =>
  message(`Something went wrong in the page: ${e.reason instanceof Error ? e.reason.message : String(e.reason)}`),
);
void start();
