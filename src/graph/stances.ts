/** The stance matrix: statements per actor × topic × stance (cypher/read/explore/stance-matrix). */
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

export async function stanceCells(graph: Graph, q: { actors: string[] | null; topics: string[] | null; limit: number }): Promise<StanceCellRow[]> {
  return graph.read<StanceCellRow & Record<string, unknown>>(cypher('read/explore/stance-matrix'), {
    actors: q.actors,
    topics: q.topics,
    limit: int(q.limit),
  });
}
