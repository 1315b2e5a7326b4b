/**
 * The dossier repository: what ingest needs from the graph (entities a dossier refers to) and
 * the write of a whole ingest plan in one transaction — all of it or none of it.
 */
import type { IngestPlan, KnownEntity, Lookups } from './plan-rows.js';
import { cypher } from './cypher.js';
import { exactPhrase } from './names.js';
import type { Graph, GraphTransaction, Row } from './graph.js';
import { nodeType } from './model.js';
import { ID_PREFIX, typeOfEntry } from '../dossier/ids.js';
import { ENTITY_SECTIONS } from '../model/registry.js';

/** Rows per UNWIND: large enough to amortise round-trips, small enough to keep tx state modest. */
export const BATCH_SIZE = 1000;

/** A dossier that can't be written without overwriting something else (typed for the API). */
export class ConflictError extends Error {
  constructor(
    readonly conflicts: Array<{ path: string; message: string }>,
    /** The articles of the dossiers in conflict (several when a batch of dossiers was written). */
    readonly articles: string[] = [],
  ) {
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

type Step = {
  file: string;
  rows: (plan: IngestPlan) => Row[];
  /** The lean variant for rows of statements new to the graph (nothing old to prune). */
  whenNew?: string;
};

/** In order: a step only refers to nodes written by the steps before it. */
const STEPS: Step[] = [
  { file: 'write/ingest/01-actors', rows: (p) => p.actors },
  { file: 'write/ingest/02-roles', rows: (p) => p.roles },
  { file: 'write/ingest/03-places', rows: (p) => p.places },
  { file: 'write/ingest/04-place-links', rows: (p) => p.placeLinks },
  { file: 'write/ingest/05-topics', rows: (p) => p.topics },
  { file: 'write/ingest/06-topic-parents', rows: (p) => p.topics },
  { file: 'write/ingest/07-events', rows: (p) => p.events },
  { file: 'write/ingest/08-involvements', rows: (p) => p.involvements },
  { file: 'write/ingest/09-claims', rows: (p) => p.claims },
  { file: 'write/ingest/10-article', rows: (p) => [p.article] },
  { file: 'write/ingest/11-prune-statements', rows: (p) => [{ id: p.articleId, statementIds: p.statements.map((s) => s.id) }] },
  { file: 'write/ingest/12-statements', rows: (p) => p.statements.map((s) => ({ ...s, article: p.articleId })), whenNew: 'write/ingest/12-statements-new' },
  { file: 'write/ingest/13-statement-links', rows: (p) => p.statements, whenNew: 'write/ingest/13-statement-links-new' },
  { file: 'write/ingest/14-mentions', rows: (p) => [{ id: p.articleId, mentions: p.mentions }] },
  // After the mentions: older articles' mentions of this dossier's actors (the order of ingest changes nothing).
  {
    file: 'write/ingest/15-mention-backlinks',
    rows: (p) => p.actors.map((a) => ({ id: a.id, phrases: a.nameKeys.filter((k) => !k.startsWith('~')).map(exactPhrase) })),
  },
];

/** Steps whose rows are entity definitions: a row repeated word for word (the same actor in
 * many dossiers of one transaction) is written once. */
const DEDUPLICATED = new Set([
  'write/ingest/01-actors',
  'write/ingest/02-roles',
  'write/ingest/03-places',
  'write/ingest/04-place-links',
  'write/ingest/05-topics',
  'write/ingest/06-topic-parents',
  'write/ingest/07-events',
  'write/ingest/08-involvements',
  'write/ingest/09-claims',
]);

export interface WriteOptions {
  replace?: boolean;
  /** Rows per UNWIND query (default BATCH_SIZE). */
  rowsPerQuery?: number;
  /** Told how long each step took (for profiling the bulk path). */
  onStep?: (file: string, rows: number, ms: number) => void;
}

export async function writePlan(graph: Graph, plan: IngestPlan, options: WriteOptions = {}): Promise<void> {
  await writePlans(graph, [plan], options);
}

/**
 * Several dossiers' plans in ONE transaction: each step's rows of all the plans concatenated
 * (in plan order) and sent in UNWIND batches. With one plan this is exactly the single-dossier
 * write. The plans must not contradict each other (the bulk loader makes sure of that).
 */
export async function writePlans(graph: Graph, plans: IngestPlan[], options: WriteOptions = {}): Promise<void> {
  if (plans.length === 0) return;
  const size = options.rowsPerQuery ?? BATCH_SIZE;
  await graph.writeTransaction(async (tx) => {
    await refuseConflicts(tx, plans, options.replace ?? false);
    // Statements already in the graph (a re-ingest) take the full query, which also removes
    // the links the dossier no longer lists; new ones (a first load) the lean one.
    const ids = plans.flatMap((p) => p.statements.map((s) => s.id));
    const [found] = await tx.run<{ ids: string[] }>(cypher('read/existing-statements'), { ids });
    const existing = new Set(found?.ids ?? []);
    for (const step of STEPS) {
      const started = performance.now();
      let rows = plans.flatMap(step.rows);
      if (plans.length > 1 && DEDUPLICATED.has(step.file)) rows = lastOfEach(rows);
      const parts: Array<[string, Row[]]> = step.whenNew
        ? [
            [step.file, rows.filter((r) => existing.has(r.id))],
            [step.whenNew, rows.filter((r) => !existing.has(r.id))],
          ]
        : [[step.file, rows]];
      for (const [file, part] of parts) {
        const query = cypher(file);
        for (let i = 0; i < part.length; i += size) await tx.run(query, { rows: part.slice(i, i + size) });
      }
      options.onStep?.(step.file, rows.length, performance.now() - started);
    }
  });
}

/** Rows without word-for-word repeats, each kept at its last place (its values win last). */
function lastOfEach(rows: Row[]): Row[] {
  const seen = new Set<string>();
  const out: Row[] = [];
  for (let i = rows.length - 1; i >= 0; i--) {
    const key = JSON.stringify(rows[i]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(rows[i]!);
  }
  return out.reverse();
}

/** A node a plan writes, with its label and where it is in the dossier (for the conflict check). */
type PlannedNode = { id: string; label: string; path: string; article: string };

/** Every node a plan writes. */
function nodesOf(p: IngestPlan): PlannedNode[] {
  const node = (id: string, label: string, path: string): PlannedNode => ({ id, label, path, article: p.articleId });
  return [
    node(p.articleId, 'Article', 'article.id'),
    // Each section's rows: actors carry their label, the other sections have one type each.
    ...ENTITY_SECTIONS.flatMap((section) =>
      (p[section] as Array<{ id: string; label?: string }>).map((e, i) => node(e.id, e.label ?? typeOfEntry(section, e), `${section}[${i}].id`)),
    ),
    ...p.statements.map((s, i) => node(s.id, 'Statement', `statements[${i}].id`)),
    ...p.mentions.map((m, i) => node(m.id, 'Mention', `mentions[${i}].id`)),
  ];
}

/**
 * The plans' ids that a node of another type holds (an older graph's; see 00-foreign-ids): one
 * query that finds every such node in the graph — usually none — matched here against the plans.
 */
async function foreignIds(tx: GraphTransaction, plans: IngestPlan[]): Promise<Array<{ section: string; id: string; article: string; message: string }>> {
  const held = await tx.run<{ id: string; labels: string[] }>(cypher('write/ingest/00-foreign-ids'), {
    prefixes: Object.values(ID_PREFIX).map((p) => `${p}:`),
  });
  if (held.length === 0) return [];
  const typeOf = new Map(held.map((n) => [n.id, nodeType(n.labels)]));
  return plans.flatMap(nodesOf).flatMap((row) => {
    const type = typeOf.get(row.id);
    return type && type !== row.label
      ? [{ section: row.path, id: row.id, article: row.article, message: `is already a ${type} in the graph, not a ${row.label}` }]
      : [];
  });
}

async function refuseConflicts(tx: GraphTransaction, plans: IngestPlan[], replace: boolean): Promise<void> {
  const rows = await tx.run<{ section: string; id: string; article: string; message: string }>(cypher('write/ingest/00-conflicts'), {
    actors: plans.flatMap((p) => p.actors.map((a, i) => ({ id: a.id, label: a.label, path: `actors[${i}].id`, article: p.articleId }))),
    articles: plans.map((p) => ({ id: p.articleId, url: p.article.url, textHash: p.article.textHash })),
    replace,
  });
  rows.push(...(await foreignIds(tx, plans)));
  if (rows.length > 0) {
    throw new ConflictError(
      rows.map((r) => ({ path: r.section, message: `${r.id} ${r.message}` })),
      [...new Set(rows.map((r) => r.article))],
    );
  }
}
