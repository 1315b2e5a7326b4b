/**
 * Paginated lists of any node type (actors, places, topics, events, articles, claims) with the
 * filters their GraphQL inputs expose.
 */
import { nameKey } from '../dossier/names.js';
import type { Graph } from './graph.js';
import { int } from './values.js';
import { cypher } from './cypher.js';
import type { NodeLabel, NodeRow } from './model.js';
import type { Page } from './statements.js';

export interface ListFilter {
  /** Part of a name or alias (or of an article's headline), case-insensitive. */
  name?: string | null;
  /** Dated things (articles, events) on or after / on or before this day. */
  from?: string | null;
  to?: string | null;
  publisher?: string | null;
  involves?: string | null;
}

export async function nodePage(graph: Graph, label: NodeLabel, filter: ListFilter, offset: number, limit: number): Promise<Page> {
  const [row] = await graph.read<{ total: number; page: NodeRow[] }>(cypher('read/nodes-page', { label }), {
    name: filter.name ? nameKey(filter.name) : null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    publisher: filter.publisher ?? null,
    involves: filter.involves ?? null,
    offset: int(offset),
    limit: int(limit),
  });
  return { total: row?.total ?? 0, rows: row?.page ?? [] };
}
