/** `timeline`: how talk about a topic or by an actor evolved, bucketed by period. */
import { GraphQLError } from 'graphql';
import { TIMELINE_BOUNDS, timeline, timelineUndated, type BucketRow, type TimeUnit } from '../../graph/timeline.js';
import type { StatementRow } from '../../graph/model.js';
import { builder } from '../builder.js';
import { costsWork, counted, HEAVY_READ, LIST_MULTIPLIER } from '../complexity.js';
import { isoDay } from '../inputs.js';
import { StatementRef } from '../refs.js';
import { requireNodes } from './graph-types.js';
import { NodeId } from '../../graph/subgraph.js';
import { between } from './neighbourhood.js';

const TimeBucketEnum = builder.enumType('TimeBucket', {
  description: 'The length of a timeline period.',
  values: {
    DAY: { description: 'Calendar days.' },
    WEEK: { description: 'ISO weeks (Monday to Sunday).' },
    MONTH: { description: 'Calendar months.' },
    QUARTER: { description: 'Calendar quarters.' },
    YEAR: { description: 'Calendar years.' },
  },
});

type Bucket = keyof typeof UNITS;
const UNITS = { DAY: 'day', WEEK: 'week', MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' } as const satisfies Record<string, TimeUnit>;
const BUCKET_OF = Object.fromEntries(Object.entries(UNITS).map(([k, v]) => [v, k])) as Record<TimeUnit, Bucket>;

/**
 * What a timeline costs (src/schema/complexity.ts): a heavy read (counting a topic's statements
 * over ten years by month took 1.6 s on the 1M-statement graph), and its periods — as many as fit
 * between `from` and `to`, or in ten years when either is left out — each counted once more for
 * every LIST_MULTIPLIER statements it lists (its `statements` count as LIST_MULTIPLIER).
 */
const DAYS_PER_PERIOD: Record<Bucket, number> = { DAY: 1, WEEK: 7, MONTH: 30.44, QUARTER: 91.31, YEAR: 365.25 };
const ASSUMED_SPAN_DAYS = 10 * 365.25;

function periodsAsked(args: { from?: Date | null; to?: Date | null; bucket?: string | null; perBucket?: number | null }): number {
  const span = args.from && args.to ? (args.to.getTime() - args.from.getTime()) / 86_400_000 + 1 : ASSUMED_SPAN_DAYS;
  const periods = Math.min(Math.ceil(Math.max(span, 1) / DAYS_PER_PERIOD[(args.bucket ?? 'MONTH') as Bucket]) + 1, TIMELINE_BOUNDS.maxBuckets);
  const listed = counted(args.perBucket, TIMELINE_BOUNDS.perBucket, 0, TIMELINE_BOUNDS.maxPerBucket);
  return periods * Math.max(1, Math.ceil(listed / LIST_MULTIPLIER));
}

/** The last day of the period that starts on `start` (UTC dates, YYYY-MM-DD). */
export function periodEnd(start: string, unit: TimeUnit): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (unit === 'day') return start;
  if (unit === 'week') d.setUTCDate(d.getUTCDate() + 6);
  else {
    d.setUTCMonth(d.getUTCMonth() + (unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12), 0);
  }
  return d.toISOString().slice(0, 10);
}

/** "2017-11-24", "2017-W47", "2017-11", "2017-Q4" or "2017". */
export function periodLabel(start: string, unit: TimeUnit): string {
  const [year, month] = [start.slice(0, 4), Number(start.slice(5, 7))];
  if (unit === 'day') return start;
  if (unit === 'month') return start.slice(0, 7);
  if (unit === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  if (unit === 'year') return year;
  // ISO week: the week belongs to the year of its Thursday.
  const thursday = new Date(`${start}T00:00:00Z`);
  thursday.setUTCDate(thursday.getUTCDate() + 3);
  const weekYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 / 7) + 1;
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

const TimelineBucketRef = builder.objectRef<BucketRow>('TimelineBucket').implement({
  description: 'One period of a timeline. Statements whose date is less precise than the period are in a period of their own precision (`bucket` says which).',
  fields: (t) => ({
    bucket: t.field({ type: TimeBucketEnum, description: 'The length of this period.', resolve: (b) => BUCKET_OF[b.unit] }),
    start: t.field({ type: 'Date', description: 'First day of the period.', resolve: (b) => b.start }),
    end: t.field({ type: 'Date', description: 'Last day of the period.', resolve: (b) => periodEnd(b.start, b.unit) }),
    label: t.string({ description: 'The period as people write it: "2017-11", "2017-Q4", "2017-W47".', resolve: (b) => periodLabel(b.start, b.unit) }),
    count: t.int({ description: 'Statements in the period.', resolve: (b) => b.statements }),
    statements: t.field({ type: [StatementRef], description: 'The first statements of the period, oldest first.', resolve: (b) => b.first as StatementRow[] }),
  }),
});

builder.queryField('timeline', (t) =>
  t.field({
    type: [TimelineBucketRef],
    description: `Statement counts per period, oldest first, for a topic (with its subtopics) and/or an actor, honouring date precision. At most ${TIMELINE_BOUNDS.maxBuckets} periods.`,
    args: {
      topic: t.arg.id({ description: 'Only statements about this topic.', validate: NodeId }),
      actor: t.arg.id({ description: 'Only statements by this actor.', validate: NodeId }),
      from: t.arg({ type: 'Date', description: 'Periods from this day.' }),
      to: t.arg({ type: 'Date', description: 'Periods up to this day.' }),
      bucket: t.arg({ type: TimeBucketEnum, defaultValue: 'MONTH', description: 'Length of a period.' }),
      perBucket: t.arg.int({
        defaultValue: TIMELINE_BOUNDS.perBucket,
        description: `Statements listed per period, 0–${TIMELINE_BOUNDS.maxPerBucket}.`,
        validate: between('perBucket', 0, TIMELINE_BOUNDS.maxPerBucket),
      }),
    },
    complexity: costsWork(() => HEAVY_READ, periodsAsked),
    resolve: async (_root, args, ctx) => {
      const from = isoDay(args.from);
      const to = isoDay(args.to);
      if (from && to && from > to) throw new GraphQLError(`"from" (${from}) is after "to" (${to}).`, { extensions: { code: 'BAD_USER_INPUT' } });
      const actor = args.actor == null ? null : String(args.actor);
      const topic = args.topic == null ? null : String(args.topic);
      const [buckets] = await Promise.all([
        timeline(ctx.graph, {
          unit: UNITS[(args.bucket ?? 'MONTH') as Bucket],
          actor,
          topic,
          from,
          to,
          perBucket: args.perBucket ?? TIMELINE_BOUNDS.perBucket,
          maxBuckets: TIMELINE_BOUNDS.maxBuckets,
        }),
        requireNodes(ctx.graph, 'Actor', [actor]),
        requireNodes(ctx.graph, 'Topic', [topic]),
      ]);
      return buckets;
    },
  }),
);

builder.queryField('timelineUndated', (t) =>
  t.int({
    description:
      "How many statements `timeline` leaves out because their date is unknown (an article without a date, and no date in the statement's own words), for the same topic and actor.",
    args: {
      topic: t.arg.id({ description: 'Only statements about this topic.', validate: NodeId }),
      actor: t.arg.id({ description: 'Only statements by this actor.', validate: NodeId }),
    },
    complexity: costsWork(
      () => HEAVY_READ,
      () => 1,
    ),
    resolve: async (_root, args, ctx) => {
      const actor = args.actor == null ? null : String(args.actor);
      const topic = args.topic == null ? null : String(args.topic);
      const [undated] = await Promise.all([
        timelineUndated(ctx.graph, { actor, topic }),
        requireNodes(ctx.graph, 'Actor', [actor]),
        requireNodes(ctx.graph, 'Topic', [topic]),
      ]);
      return undated;
    },
  }),
);
