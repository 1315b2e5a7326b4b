/** The stance matrix: statements per actor × topic × stance (cypher/read/explore/stance-matrix/). */
import { requireLengthWithin, requireWithin } from './bounds.js';
import { cypher } from './cypher.js';
import type { Graph } from './graph.js';
import type { ActorRow, TopicRow } from './model.js';
import { int } from './values.js';

/**
 * The stance matrix's bounds, owned here with its query: the most actor or topic ids one request
 * lists, and the most cells one answer holds. The API validates against these
 * (src/schema/explore/stances.ts), and `stanceCells` refuses anything outside them.
 */
export const STANCE_BOUNDS = { maxIds: 50, maxCells: 2500 } as const;

export interface StanceCellRow {
  actor: ActorRow;
  topic: TopicRow;
  support: number;
  oppose: number;
  concern: number;
  neutral: number;
}

/** One query, anchored on the actors given (else the topics) so that only their statements are read. */
export async function stanceCells(graph: Graph, q: { actors: string[] | null; topics: string[] | null; limit: number }): Promise<StanceCellRow[]> {
  if (q.actors) requireLengthWithin('actors', q.actors.length, 1, STANCE_BOUNDS.maxIds, 'ids');
  if (q.topics) requireLengthWithin('topics', q.topics.length, 1, STANCE_BOUNDS.maxIds, 'ids');
  requireWithin('limit', q.limit, 1, STANCE_BOUNDS.maxCells);
  const query = q.actors
    ? cypher('read/explore/stance-matrix/by-actors')
    : q.topics
      ? cypher('read/explore/stance-matrix/by-topics')
      : cypher('read/explore/stance-matrix/all');
  return graph.read<StanceCellRow & Record<string, unknown>>(query, {
    actors: q.actors,
    topics: q.topics,
    limit: int(q.limit),
  });
}
