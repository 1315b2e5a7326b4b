/**
 * A corpus as the loaders see it: its files in load order, its dossiers one by one, and the
 * planning of a batch of them — validation (parseDossier), reference resolution (buildPlan)
 * and the clashes between dossiers that no single dossier shows. Shared by the online bulk
 * loader (bulk.ts, which looks entities up in the graph) and the offline import
 * (offline-import.ts, which knows every entity of the corpus itself).
 *
 * Entity resolution in a batch: one lookup for the whole batch (the union of every dossier's
 * missing ids and name keys), then each dossier is planned in order against what the lookup
 * found plus what the earlier dossiers of the batch define — as if they had been written one by
 * one. Two dossiers that introduce the same new actor by name both get its slug id.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { DossierError } from '../dossier/errors.js';
import { typeOfEntry, type NodeTypeName } from '../dossier/ids.js';
import { ENTITY_SECTIONS } from '../model/registry.js';
import { parseDossier } from '../dossier/validate.js';
import type { Dossier } from '../dossier/schema.js';
import { ConflictError, type WriteOptions } from '../graph/dossiers.js';
import { buildPlan, EntityDirectory, missingReferences, type IngestPlan, type KnownEntity, type Lookups } from './plan.js';

/** One dossier of the corpus, unparsed, with where it came from. */
export interface Item {
  index: number;
  source: string;
  raw: string;
}

/** The corpus files in load order: .jsonl (one dossier a line) and .json (one dossier) files. */
export async function corpusFiles(dir: string): Promise<string[]> {
  if (!(await stat(dir)).isDirectory()) return [dir];
  const entries = await readdir(dir, { recursive: true });
  return entries
    .filter((e) => /\.jsonl$/.test(e) || (/\.json$/.test(e) && path.basename(e) !== 'manifest.json' && !path.basename(e).startsWith('.')))
    .sort()
    .map((e) => path.join(dir, e));
}

/** Whether a folder is a bulk corpus (has .jsonl files). */
export async function isCorpus(dir: string): Promise<boolean> {
  return (await stat(dir)).isDirectory() && (await corpusFiles(dir)).some((f) => f.endsWith('.jsonl'));
}

/** The corpus's dossiers in load order, numbered from 0. */
export async function* readItems(files: string[]): AsyncGenerator<Item> {
  let index = 0;
  for (const file of files) {
    if (file.endsWith('.jsonl')) {
      const lines = readline.createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
      let line = 0;
      for await (const raw of lines) {
        line += 1;
        if (raw.trim() === '') continue;
        yield { index: index++, source: `${file}:${line}`, raw };
      }
    } else {
      yield { index: index++, source: file, raw: await readFile(file, 'utf8') };
    }
  }
}

/** Tells `known` of the entities a plan defines, as the graph knows them once it is written. */
function remember(known: EntityDirectory, plan: IngestPlan): void {
  // Every section of named entries (src/model/registry.ts): actors carry their label, the others have one type each.
  for (const section of ENTITY_SECTIONS) {
    for (const row of plan[section] as Array<{ id: string; label?: NodeTypeName; nameKeys: string[] }>) {
      known.add({ id: row.id, type: row.label ?? typeOfEntry(section, row) }, row.nameKeys);
    }
  }
  for (const st of plan.statements) known.add({ id: st.id, type: 'Statement' }, []);
}

interface Prepared {
  item: Item;
  dossier: Dossier;
  lookups?: Lookups;
}

/** Finds the known entities a batch refers to (in the graph, or in what the loader remembers). */
export type EntityLookup = (lookups: Lookups) => Promise<KnownEntity[]> | KnownEntity[];

/** What the planner has seen: actor labels and article ids/urls, for the clashes between dossiers. */
export interface PlanScope {
  labels: Map<string, string>;
  articles: Set<string>;
}

export const newScope = (): PlanScope => ({ labels: new Map(), articles: new Set() });

export interface PlanBatchOptions {
  /** Online: the entities the batch refers to are looked up (in the graph) once per batch. */
  lookup?: EntityLookup;
  /** Offline: the loader's own record of every entity of the corpus so far (the batch's are added). */
  known?: EntityDirectory;
  refuse: (item: Item, error: Error) => void;
  /** Clashes are checked within this scope: a fresh one per batch (the default) when the graph
   * checks the rest, one for the whole corpus when nothing else will. */
  scope?: PlanScope;
  onStep?: WriteOptions['onStep'];
}

/** Validates a batch and plans every dossier of it (one lookup for all). */
export async function planBatch(
  items: Item[],
  { lookup, known = new EntityDirectory(), refuse, scope = newScope(), onStep }: PlanBatchOptions,
): Promise<Array<{ item: Item; plan: IngestPlan }>> {
  let started = performance.now();
  const prepared: Prepared[] = [];
  for (const item of items) {
    try {
      const dossier = parseDossier(JSON.parse(item.raw));
      prepared.push({ item, dossier, lookups: lookup && missingReferences(dossier) });
    } catch (error) {
      if (!(error instanceof DossierError) && !(error instanceof SyntaxError)) throw error;
      refuse(item, error);
    }
  }
  const ids = new Set<string>();
  const keys = new Set<string>();
  for (const p of prepared) {
    for (const id of p.lookups?.ids ?? []) ids.add(id);
    for (const key of p.lookups?.keys ?? []) keys.add(key);
  }
  onStep?.('(validate)', items.length, performance.now() - started);
  started = performance.now();
  if (lookup) for (const entity of await lookup({ ids: [...ids], keys: [...keys] })) known.add(entity, entity.keys);
  onStep?.('(lookup)', ids.size + keys.size, performance.now() - started);
  started = performance.now();

  const plans: Array<{ item: Item; plan: IngestPlan }> = [];
  const { labels, articles } = scope;
  for (const p of prepared) {
    try {
      const plan = buildPlan(p.dossier, known);
      // What the graph's conflict check can't see: clashes between dossiers of this scope.
      const clashes = plan.actors.filter((a) => labels.has(a.id) && labels.get(a.id) !== a.label);
      if (clashes.length > 0) {
        throw new ConflictError(
          clashes.map((a) => ({
            path: 'actors',
            message: `${a.id} is already a ${labels.get(a.id)} in this corpus, not a ${a.label}`,
          })),
        );
      }
      if (articles.has(plan.articleId) || articles.has(plan.article.url)) {
        throw new ConflictError([{ path: 'article', message: `${plan.articleId} appears twice in the corpus` }]);
      }
      for (const a of plan.actors) labels.set(a.id, a.label);
      articles.add(plan.articleId).add(plan.article.url);
      remember(known, plan);
      plans.push({ item: p.item, plan });
    } catch (error) {
      if (!(error instanceof DossierError) && !(error instanceof ConflictError)) throw error;
      refuse(p.item, error);
    }
  }
  onStep?.('(plan)', plans.length, performance.now() - started);
  return plans;
}
