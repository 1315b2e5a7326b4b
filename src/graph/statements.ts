/** Filtered, paginated statements, batched: one query serves many pages (see the .cypher). */
import { cypher } from './cypher.js';
import type { Graph } from './graph.js';
import { int } from './values.js';
import type { NodeRow } from './model.js';

export interface StatementFilter {
  kind?: string | null;
  speaker?: string | null;
  topic?: string | null;
  stance?: string | null;
  from?: string | null;
  to?: string | null;
  text?: string | null;
  article?: string | null;
  event?: string | null;
  mentions?: string | null;
  claim?: string | null;
}

export interface PageRequest<F> {
  filter: F;
  offset: number;
  limit: number;
}

export interface Page {
  total: number;
  rows: NodeRow[];
}

const FILTER_FIELDS = ['kind', 'speaker', 'topic', 'stance', 'from', 'to', 'text', 'article', 'event', 'mentions', 'claim'] as const;

export async function statementPages(graph: Graph, requests: ReadonlyArray<PageRequest<StatementFilter>>): Promise<Page[]> {
  const params = requests.map((r, key) => ({
    key,
    offset: int(r.offset),
    limit: int(r.limit),
    ...Object.fromEntries(FILTER_FIELDS.map((f) => [f, r.filter[f] ?? null])),
  }));
  const rows = await graph.read<{ key: number; total: number; page: NodeRow[] }>(cypher('read/statements-page'), { requests: params });
  const byKey = new Map(rows.map((r) => [r.key, { total: r.total, rows: r.page }]));
  return requests.map((_, key) => byKey.get(key) ?? { total: 0, rows: [] });
}
