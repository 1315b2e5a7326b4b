/**
 * Name keys in the graph: exact lookups of a key through the `name_keys` full-text index, and
 * bringing the keys of a graph written before folded keys existed up to date.
 */
import { spellingKey } from '../dossier/names.js';
import { cypher } from './cypher.js';
import type { Graph } from './graph.js';
import type { NodeLabel } from './model.js';
import { int } from './values.js';

/**
 * An exact query of the `name_keys` index (keyword analyser: one term per key). A key travels
 * as a quoted Lucene phrase, so that characters Lucene treats as syntax (AND, *, :, …) are
 * plain text; only `"` and `\` need escaping inside quotes.
 */
export function exactPhrase(key: string): string {
  return `"${key.replace(/["\\]/g, '\\$&')}"`;
}

const NAMED_LABELS: NodeLabel[] = ['Actor', 'Place', 'Topic', 'Event', 'Claim'];
const PAGE = 5_000;

/**
 * Gives every named node the folded key of each of its exact keys, as ingest now writes them
 * (a migration: lookups by name fold the query, so the stored side must be folded too). Runs
 * only when some node has no folded key at all — a graph written before — so that a current
 * graph costs one short probe. Returns the number of nodes changed.
 */
export async function refoldNameKeys(graph: Graph): Promise<number> {
  if ((await graph.read(cypher('read/name-keys-stale'))).length === 0) return 0;
  let updated = 0;
  for (const label of NAMED_LABELS) {
    let after = '';
    for (;;) {
      const page = await graph.read<{ id: string; keys: string[] }>(cypher('read/name-keys-page', { label }), { after, limit: int(PAGE) });
      if (page.length === 0) break;
      after = page[page.length - 1]!.id;
      const rows = page.flatMap(({ id, keys }) => {
        const refolded = [...new Set([...keys, ...keys.filter((k) => !k.startsWith('~')).flatMap((k) => spellingKey(k) ?? [])])];
        return refolded.length === keys.length ? [] : [{ id, keys: refolded }];
      });
      if (rows.length > 0) {
        const [row] = await graph.write<{ updated: number }>(cypher('write/migrate/name-keys', { label }), { rows });
        updated += row?.updated ?? 0;
      }
    }
  }
  return updated;
}
