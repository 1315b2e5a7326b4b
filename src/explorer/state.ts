/**
 * The view as a link: the hash records how the canvas was built (nodes added, nodes expanded,
 * paths found, nodes removed) and the filters, so a shared link replays the same requests and
 * stays short even with 500 nodes drawn.
 */
export interface ViewState {
  added: string[];
  expanded: string[];
  paths: Array<[string, string]>;
  removed: string[];
  types: string[] | null;
  stance: string;
  topic: string;
  from: string;
  to: string;
  selected: string;
}

export function emptyState(): ViewState {
  return { added: [], expanded: [], paths: [], removed: [], types: null, stance: '', topic: '', from: '', to: '', selected: '' };
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function readState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const state = emptyState();
  state.added = list(p.get('n'));
  state.expanded = list(p.get('x'));
  state.removed = list(p.get('rm'));
  state.paths = list(p.get('p')).flatMap((pair) => {
    const [from, to] = pair.split('>');
    return from && to ? [[from, to] as [string, string]] : [];
  });
  state.types = p.has('types') ? list(p.get('types')) : null;
  state.stance = p.get('stance') ?? '';
  state.topic = p.get('topic') ?? '';
  state.from = p.get('from') ?? '';
  state.to = p.get('to') ?? '';
  state.selected = p.get('sel') ?? '';
  return state;
}

export function writeState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.added.length) p.set('n', state.added.join(','));
  if (state.expanded.length) p.set('x', state.expanded.join(','));
  if (state.paths.length) p.set('p', state.paths.map(([a, b]) => `${a}>${b}`).join(','));
  if (state.removed.length) p.set('rm', state.removed.join(','));
  if (state.types) p.set('types', state.types.join(','));
  for (const key of ['stance', 'topic', 'from', 'to'] as const) if (state[key]) p.set(key, state[key]);
  if (state.selected) p.set('sel', state.selected);
  return `#${p.toString()}`;
}
