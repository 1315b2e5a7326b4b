/**
 * Generic reads over any node type: by ids (for DataLoaders), by name or alias, and by
 * relationship from a batch of source nodes. Labels and types are checked against the model.
 */
import { nameKey } from '../dossier/names.js';
import type { Graph, Row } from './graph.js';
import { int } from './values.js';
import { exactPhrase, NAME_KEYS_INDEX } from './names.js';
import { checkLabel, checkRelationshipType, type NodeLabel, type NodeRow, type RelationshipType } from './model.js';

/** The nodes with these ids, in the order of `ids` (null where there is none). */
export async function nodesByIds(graph: Graph, label: NodeLabel, ids: readonly string[]): Promise<Array<NodeRow | null>> {
  const rows = await graph.read<{ node: NodeRow }>(
    `MATCH (n:${checkLabel(label)}) WHERE n.id IN $ids RETURN n {.*, labels: labels(n)} AS node`,
    { ids: [...new Set(ids)] },
  );
  const byId = new Map(rows.map((r) => [r.node.id, r.node]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * The nodes of `label` whose name or one of whose aliases is `name` (case-insensitive, "Mr"
 * ignored), those whose own name matches first.
 */
export async function nodesByName(graph: Graph, label: NodeLabel, name: string, limit = 10): Promise<NodeRow[]> {
  const key = nameKey(name);
  const rows = await graph.read<{ node: NodeRow }>(
    `CALL db.index.fulltext.queryNodes($index, $phrase) YIELD node AS n
     WITH n WHERE n:${checkLabel(label)} AND $key IN n.nameKeys
     RETURN n {.*, labels: labels(n)} AS node
     ORDER BY n.nameKeys[0] = $key DESC, n.name, n.id LIMIT $limit`,
    { index: NAME_KEYS_INDEX, phrase: exactPhrase(key), key, limit: int(limit) },
  );
  return rows.map((r) => r.node);
}

export interface Hop {
  from: NodeLabel;
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  to: NodeLabel;
}

/** A neighbour reached over one relationship, with that relationship's properties. */
export interface Neighbour {
  node: NodeRow;
  rel: Row;
}

/** For each source id, the neighbours over `hop`, in a stable order. One query for all ids. */
export async function neighbours(graph: Graph, hop: Hop, ids: readonly string[]): Promise<Neighbour[][]> {
  const type = checkRelationshipType(hop.type);
  const arrow = hop.direction === 'OUT' ? `-[r:${type}]->` : `<-[r:${type}]-`;
  const rows = await graph.read<{ id: string; node: NodeRow; rel: Row }>(
    `UNWIND $ids AS id
     MATCH (s:${checkLabel(hop.from)} {id: id})${arrow}(t:${checkLabel(hop.to)})
     RETURN id, t {.*, labels: labels(t)} AS node, properties(r) AS rel
     ORDER BY id, coalesce(t.saidOn, t.startDate, t.publishedAt) DESC, coalesce(t.name, t.headline, t.text), t.id`,
    { ids: [...new Set(ids)] },
  );
  const byId = new Map<string, Neighbour[]>();
  for (const r of rows) {
    const list = byId.get(r.id) ?? [];
    list.push({ node: r.node, rel: r.rel });
    byId.set(r.id, list);
  }
  return ids.map((id) => byId.get(id) ?? []);
}
