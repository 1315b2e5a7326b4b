/**
 * Dossier → graph: validate, resolve every reference (against the dossier, then the graph),
 * and write it all in one transaction. Invalid dossiers throw DossierError (with JSON paths),
 * clashes with the graph throw ConflictError; in both cases nothing is written.
 */
import { parseDossier } from '../dossier/validate.js';
import { findKnownEntities, writePlan } from '../graph/dossiers.js';
import type { Graph } from '../graph/graph.js';
import { buildPlan, missingReferences } from './plan.js';

export interface IngestResult {
  articleId: string;
  statements: number;
  actors: number;
  /** Actors of the dossier that were already in the graph (by id, name or spelling variant). */
  actorsLinked: number;
  /** Actors new to the graph. */
  actorsCreated: number;
}

export async function ingestDossier(graph: Graph, input: unknown, options: { replace?: boolean } = {}): Promise<IngestResult> {
  const dossier = parseDossier(input);
  const known = await findKnownEntities(graph, missingReferences(dossier));
  const plan = buildPlan(dossier, known);
  await writePlan(graph, plan, options);
  const knownIds = new Set(known.map((k) => k.id));
  const actorsLinked = plan.actors.filter((a) => knownIds.has(a.id)).length;
  return {
    articleId: plan.articleId,
    statements: plan.statements.length,
    actors: plan.actors.length,
    actorsLinked,
    actorsCreated: plan.actors.length - actorsLinked,
  };
}
