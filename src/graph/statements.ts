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

/**
 * The filter that narrows candidates the most, in order: a speaker's statements, an article's,
 * a topic's (with subtopics); without any of them, all statements.
 */
const ANCHORS = ['speaker', 'article', 'topic'] as const;
type Anchor = (typeof ANCHORS)[number] | 'all';

/** The query of each anchor (cypher/read/statements-page/). */
const QUERY_OF: Record<Anchor, string> = {
  speaker: 'read/statements-page/by-speaker',
  article: 'read/statements-page/by-article',
  topic: 'read/statements-page/by-topic',
  all: 'read/statements-page/all',
};

function anchorOf(filter: StatementFilter): Anchor {
  return ANCHORS.find((field) => filter[field] != null) ?? 'all';
}

export async function statementPages(graph: Graph, requests: ReadonlyArray<PageRequest<StatementFilter>>): Promise<Page[]> {
  // Requests batched together usually share their anchor; one query per anchor present.
  const groups = new Map<Anchor, Array<Record<string, unknown>>>();
  requests.forEach((r, key) => {
    const anchor = anchorOf(r.filter);
    const param = { key, offset: int(r.offset), limit: int(r.limit), ...Object.fromEntries(FILTER_FIELDS.map((f) => [f, r.filter[f] ?? null])) };
    groups.set(anchor, [...(groups.get(anchor) ?? []), param]);
  });
  const results = await Promise.all(
    [...groups].map(([anchor, params]) =>
      graph.read<{ key: number; total: number; page: NodeRow[] }>(cypher(QUERY_OF[anchor]), {
        requests: params,
        window: int(Math.max(...params.map((p) => Number(p.offset) + Number(p.limit)))),
      }),
    ),
  );
  const byKey = new Map(results.flat().map((r) => [r.key, { total: r.total, rows: r.page }]));
  return requests.map((_, key) => byKey.get(key) ?? { total: 0, rows: [] });
}
