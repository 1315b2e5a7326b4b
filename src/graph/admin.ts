/** Database upkeep: the schema (constraints and indexes), counts, and wiping a test database. */
import { cypher, cypherStatements } from './cypher.js';
import { DatabaseUnavailableError, type Graph } from './graph.js';
import { refoldNameKeys } from './names.js';

/** Creates the constraints and indexes (if missing) and waits until every index is online. */
export async function applySchema(graph: Graph, wait: { timeoutMs?: number; onProgress?: IndexProgress } = {}): Promise<void> {
  // Schema commands can't share a transaction with each other; each runs on its own.
  for (const statement of cypherStatements('schema')) await graph.write(statement);
  await waitForIndexes(graph, wait.timeoutMs ?? 600_000, wait.onProgress);
}

export type IndexProgress = (index: string, percent: number) => void;

/** Brings data written by an earlier version up to the current model; returns what it changed. */
export async function migrateData(graph: Graph): Promise<number> {
  let total = await refoldNameKeys(graph);
  for (;;) {
    const [row] = await graph.write<{ updated: number }>(cypher('write/migrate/statement-order-keys'));
    if (!row || row.updated === 0) return total;
    total += row.updated;
  }
}

/**
 * Polls until every index is online, telling `onProgress` the least-populated one: an index
 * built over a large graph (after an offline import) takes longer than a transaction may last.
 */
export async function waitForIndexes(graph: Graph, timeoutMs: number, onProgress?: IndexProgress): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = await graph.read<{ name: string; state: string; percent: number }>(cypher('read/pending-indexes'));
    if (pending.length === 0) return;
    const failed = pending.find((i) => i.state === 'FAILED');
    if (failed) throw new Error(`index ${failed.name} failed to populate; see the Neo4j log`);
    if (Date.now() > deadline) throw new Error(`indexes still populating after ${Math.round(timeoutMs / 1000)} s: ${pending.map((i) => i.name).join(', ')}`);
    onProgress?.(pending[0]!.name, pending[0]!.percent);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Nodes and relationships of the claim graph (API keys, kept in the same database, are not counted). */
export async function countGraph(graph: Graph): Promise<{ nodes: number; relationships: number }> {
  // Two counts from the count store rather than a filtered scan, so that this stays instant on a large graph.
  const [row] = await graph.read<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS total } CALL () { MATCH (k:ApiKey) RETURN count(k) AS keys } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN total - keys AS nodes, relationships',
  );
  return row ?? { nodes: 0, relationships: 0 };
}

/** Deletes every node, in batches so that a large graph doesn't need one huge transaction. */
export async function wipeGraph(graph: Graph): Promise<void> {
  for (;;) {
    const [row] = await graph.write<{ deleted: number }>('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted');
    if (!row || row.deleted === 0) return;
  }
}

export async function countArticles(graph: Graph): Promise<number> {
  const [row] = await graph.read<{ articles: number }>('MATCH (a:Article) RETURN count(a) AS articles');
  return row?.articles ?? 0;
}

/** Whether the database answers a trivial query, and how fast (for /health). */
export async function ping(graph: Graph): Promise<{ ok: boolean; ms: number; error?: string }> {
  const started = performance.now();
  try {
    await graph.read('RETURN 1 AS ok');
    return { ok: true, ms: Math.round(performance.now() - started) };
  } catch (error) {
    // The reason, not the driver's details (addresses, ports): /health is public.
    const reason = error instanceof DatabaseUnavailableError ? 'database unavailable' : (error as Error).message;
    return { ok: false, ms: Math.round(performance.now() - started), error: reason };
  }
}
