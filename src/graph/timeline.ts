/** Statement counts over time (cypher/read/explore/timeline). */
import type { DatePrecision } from '../dossier/schema.js';
import { requireWithin } from './bounds.js';
import { cypher } from './cypher.js';
import type { Graph } from './graph.js';
import type { StatementRow } from './model.js';
import { int } from './values.js';

/**
 * The timeline's bounds, owned here with its query: statements listed per period (default and
 * most), and the most periods one answer holds. The API validates against these
 * (src/schema/explore/timeline.ts) and `timeline` refuses anything outside them.
 */
export const TIMELINE_BOUNDS = { perBucket: 5, maxPerBucket: 50, maxBuckets: 5000 } as const;

export type TimeUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** The date precision a statement needs to be placed in a bucket of each unit. */
const NEEDS: Record<TimeUnit, DatePrecision> = { day: 'DAY', week: 'DAY', month: 'MONTH', quarter: 'MONTH', year: 'YEAR' };
const RANK: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

export interface TimelineQuery {
  unit: TimeUnit;
  actor: string | null;
  topic: string | null;
  from: string | null;
  to: string | null;
  perBucket: number;
  maxBuckets: number;
}

export interface BucketRow {
  start: string;
  unit: TimeUnit;
  statements: number;
  first: StatementRow[];
}

/** One query, anchored on the actor (else the topic) so that only their statements are read. */
export async function timeline(graph: Graph, q: TimelineQuery): Promise<BucketRow[]> {
  requireWithin('perBucket', q.perBucket, 0, TIMELINE_BOUNDS.maxPerBucket);
  requireWithin('maxBuckets', q.maxBuckets, 1, TIMELINE_BOUNDS.maxBuckets);
  const query = q.actor ? cypher('read/explore/timeline/by-actor') : q.topic ? cypher('read/explore/timeline/by-topic') : cypher('read/explore/timeline/all');
  return graph.read<BucketRow & Record<string, unknown>>(query, {
    unit: q.unit,
    needs: int(RANK[NEEDS[q.unit]]),
    actor: q.actor,
    topic: q.topic,
    from: q.from,
    to: q.to,
    perBucket: int(q.perBucket),
    maxBuckets: int(q.maxBuckets),
  });
}

/**
 * How many statements the timeline leaves out because their date is unknown, for the same actor
 * and topic (a range of dates can't hold them, so `from` and `to` don't apply).
 */
export async function timelineUndated(graph: Graph, q: Pick<TimelineQuery, 'actor' | 'topic'>): Promise<number> {
  const query = q.actor
    ? cypher('read/explore/timeline-undated/by-actor')
    : q.topic
      ? cypher('read/explore/timeline-undated/by-topic')
      : cypher('read/explore/timeline-undated/all');
  const [row] = await graph.read<{ undated: number }>(query, { actor: q.actor, topic: q.topic });
  return Number(row?.undated ?? 0);
}
