/** The stance matrix: statements per actor × topic × stance (cypher/read/explore/stance-matrix/). */
import { cypher } from './cypher.js';
import type { Graph } from './graph.js';
import type { ActorRow, TopicRow } from './model.js';
import { int } from './values.js';

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
