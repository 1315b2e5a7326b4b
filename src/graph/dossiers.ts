/**
 * The dossier repository: what ingest needs from the graph (entities a dossier refers to) and
 * the write of a whole ingest plan in one transaction — all of it or none of it.
 */
import type { IngestPlan, KnownEntity, Lookups } from '../ingest/plan.js';
import { cypher } from './cypher.js';
import { exactPhrase } from './names.js';
import type { Graph, GraphTransaction, Row } from './graph.js';
import { nodeType } from './model.js';

/** Rows per UNWIND: large enough to amortise round-trips, small enough to keep tx state modest. */
export const BATCH_SIZE = 1000;

/** A dossier that can't be written without overwriting something else (typed for the API). */
export class ConflictError extends Error {
  constructor(readonly conflicts: Array<{ path: string; message: string }>) {
    super(`Conflict with the graph: ${conflicts.map((c) => `${c.path}: ${c.message}`).join('; ')}`);
    this.name = 'ConflictError';
  }
}

export async function findKnownEntities(graph: Graph, lookups: Lookups): Promise<KnownEntity[]> {
  if (lookups.ids.length === 0 && lookups.keys.length === 0) return [];
  const rows = await graph.read<{ id: string; labels: string[]; keys: string[] | null }>(cypher('read/known-entities'), {
    ids: lookups.ids,
    phrases: lookups.keys.map(exactPhrase),
  });
  return rows.map((r) => ({
    id: r.id,
    type: nodeType(r.labels),
    keys: r.keys ?? [],
  }));
}

type Step = { file: string; rows: (plan: IngestPlan) => Row[] };

/** In order: a step only refers to nodes written by the steps before it. */
const STEPS: Step[] = [
  { file: '01-actors', rows: (p) => p.actors },
  { file: '02-roles', rows: (p) => p.roles },
  { file: '03-places', rows: (p) => p.places },
  { file: '04-place-links', rows: (p) => p.placeLinks },
  { file: '05-topics', rows: (p) => p.topics },
  { file: '06-topic-parents', rows: (p) => p.topics },
  { file: '07-events', rows: (p) => p.events },
  { file: '08-involvements', rows: (p) => p.involvements },
  { file: '09-claims', rows: (p) => p.claims },
  { file: '12-statements', rows: (p) => p.statements },
  { file: '13-statement-links', rows: (p) => p.statements },
];

export async function writePlan(graph: Graph, plan: IngestPlan, options: { replace?: boolean } = {}): Promise<void> {
  await graph.writeTransaction(async (tx) => {
    await refuseConflicts(tx, plan, options.replace ?? false);
    const article = { id: plan.articleId };
    for (const step of STEPS.slice(0, 9)) await runBatched(tx, step, plan, article);
    await tx.run(cypher('write/ingest/10-article'), { article: plan.article });
    await tx.run(cypher('write/ingest/11-prune-statements'), { article, statementIds: plan.statements.map((s) => s.id) });
    for (const step of STEPS.slice(9)) await runBatched(tx, step, plan, article);
  });
}

async function refuseConflicts(tx: GraphTransaction, plan: IngestPlan, replace: boolean): Promise<void> {
  const rows = await tx.run<{ section: string; id: string; message: string }>(cypher('write/ingest/00-conflicts'), {
    actors: plan.actors.map((a) => ({ id: a.id, label: a.label })),
    article: { id: plan.articleId, url: plan.article.url, textHash: plan.article.textHash },
    replace,
  });
  if (rows.length > 0) throw new ConflictError(rows.map((r) => ({ path: r.section, message: `${r.id} ${r.message}` })));
}

async function runBatched(tx: GraphTransaction, step: Step, plan: IngestPlan, article: Row): Promise<void> {
  const rows = step.rows(plan);
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    await tx.run(cypher(`write/ingest/${step.file}`), { rows: rows.slice(i, i + BATCH_SIZE), article });
  }
}
