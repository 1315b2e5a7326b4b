/**
 * The rows the write step (dossiers.ts) consumes and the lookups it answers: the contract
 * between src/ingest/plan.ts, which builds a plan from a dossier, and the graph, which writes it.
 * Declared here, in the lower layer, so that the graph never imports ingest.
 */
import type { NodeTypeName } from '../dossier/ids.js';

/** An entity already in the graph, as the resolver needs it. */
export interface KnownEntity {
  id: string;
  type: NodeTypeName;
  keys: string[];
}

/** What the resolver could not find in the dossier: ids and name keys to look up in the graph. */
export interface Lookups {
  ids: string[];
  keys: string[];
}

export interface IngestPlan {
  articleId: string;
  article: Record<string, unknown>;
  actors: Array<Record<string, unknown>>;
  roles: Array<Record<string, unknown>>;
  places: Array<Record<string, unknown>>;
  placeLinks: Array<{ from: string; to: string; type: 'PART_OF' | 'CLAIMS' | 'CONTROLS' }>;
  topics: Array<Record<string, unknown>>;
  events: Array<Record<string, unknown>>;
  involvements: Array<{ event: string; actor: string; role: string }>;
  claims: Array<Record<string, unknown>>;
  statements: Array<Record<string, unknown>>;
}
