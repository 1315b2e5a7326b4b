/**
 * Generic reads over any node type: by ids (for DataLoaders), by name or alias, and by
 * relationship from a batch of source nodes. Labels and types fill the queries' slots only
 * after `cypher()` has checked them against the model.
 */
import { nameKey, spellingKey } from '../dossier/names.js';
import { cypher } from './cypher.js';
import type { Graph, Row } from './graph.js';
import { typeOfId } from '../dossier/ids.js';
import { indexLabel, type NodeLabel, type NodeRow, type RelationshipType } from './model.js';
import { exactPhrase } from './names.js';
import { int } from './values.js';

/** The nodes with these ids, in the order of `ids` (null where there is none). */
export async function nodesByIds(graph: Graph, label: NodeLabel, ids: readonly string[]): Promise<Array<NodeRow | null>> {
  const rows = await graph.read<{ node: NodeRow }>(cypher('read/nodes-by-ids', { label }), { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((r) => [r.node.id, r.node]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Nodes of any types by id (each id's prefix names its type): one query per type present. */
export async function nodesByAnyIds(graph: Graph, ids: readonly string[]): Promise<Array<NodeRow | null>> {
  const byLabel = new Map<NodeLabel, string[]>();
  for (const id of ids) {
    const type = typeOfId(id);
    if (type) byLabel.set(indexLabel(type), [...(byLabel.get(indexLabel(type)) ?? []), id]);
  }
  const found = new Map<string, NodeRow>();
  await Promise.all(
    [...byLabel].map(async ([label, some]) => {
      for (const row of await nodesByIds(graph, label, some)) if (row) found.set(row.id, row);
    }),
  );
  return ids.map((id) => found.get(id) ?? null);
}

/**
 * The nodes of `label` whose name or one of whose aliases is `name` (case-insensitive, "Mr"
 * ignored), those whose own name matches first; failing any, those that share its folded key
 * (diacritics, name particles, romanisations: "Erdogan" finds "Erdoğan", "Sergej Lavrov" finds
 * "Sergei Lavrov") — the same keys, made by the same function, as ingest stores.
 */
export async function nodesByName(graph: Graph, label: NodeLabel, name: string, limit = 10): Promise<NodeRow[]> {
  const key = nameKey(name);
  const query = cypher('read/nodes-by-name', { label });
  const byKey = async (k: string) => (await graph.read<{ node: NodeRow }>(query, { phrase: exactPhrase(k), key: k, limit: int(limit) })).map((r) => r.node);
  const exact = await byKey(key);
  const folded = exact.length === 0 ? spellingKey(key) : undefined;
  return folded ? byKey(folded) : exact;
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
  const query = cypher(hop.direction === 'OUT' ? 'read/neighbours-out' : 'read/neighbours-in', { from: hop.from, type: hop.type, to: hop.to });
  const rows = await graph.read<{ id: string; node: NodeRow; rel: Row }>(query, { ids: [...new Set(ids)] });
  const byId = new Map<string, Neighbour[]>();
  for (const r of rows) {
    const list = byId.get(r.id) ?? [];
    list.push({ node: r.node, rel: r.rel });
    byId.set(r.id, list);
  }
  return ids.map((id) => byId.get(id) ?? []);
}
