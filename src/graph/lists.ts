/**
 * Paginated lists of any node type (actors, places, topics, events, articles, claims) with the
 * filters their GraphQL inputs expose. The label is checked against the model; values are
 * parameters.
 */
import { nameKey } from '../dossier/names.js';
import type { Graph } from './graph.js';
import { int } from './values.js';
import { checkLabel, type NodeLabel, type NodeRow } from './model.js';
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
  const [row] = await graph.read<{ total: number; page: NodeRow[] }>(
    `MATCH (n:${checkLabel(label)})
     WITH n, coalesce(date(n.publishedAt), n.startDate) AS day
     WHERE ($name IS NULL OR any(k IN coalesce(n.nameKeys, []) WHERE k CONTAINS $name)
            OR toLower(coalesce(n.headline, '')) CONTAINS $name)
       AND ($from IS NULL OR day >= date($from))
       AND ($to IS NULL OR day <= date($to))
       AND ($publisher IS NULL OR EXISTS { (n)-[:PUBLISHED_BY]->(:Actor {id: $publisher}) })
       AND ($involves IS NULL OR EXISTS { (n)-[:INVOLVES]->(:Actor {id: $involves}) })
     WITH n ORDER BY day DESC, coalesce(n.name, n.headline, n.text), n.id
     WITH collect(n) AS matches
     RETURN size(matches) AS total, [n IN matches[$offset..$offset + $limit] | n {.*, labels: labels(n)}] AS page`,
    {
      name: filter.name ? nameKey(filter.name) : null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      publisher: filter.publisher ?? null,
      involves: filter.involves ?? null,
      offset: int(offset),
      limit: int(limit),
    },
  );
  return { total: row?.total ?? 0, rows: row?.page ?? [] };
}
