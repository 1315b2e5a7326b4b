/** Statements: one utterance as reported, with its speaker, source span, topics and links. */
import { z } from 'zod';
import { statementPages, type StatementFilter } from '../graph/statements.js';
import type { Neighbour } from '../graph/nodes.js';
import type { ArticleRow, ActorRow, EventRow, StatementRow } from '../graph/model.js';
import { ACTOR_LABEL } from '../model/registry.js';
import { builder } from './builder.js';
import { idOrNull, isoDay } from './inputs.js';
import type { Context } from './context.js';
import { dateLabel, DatePrecisionEnum, MentionRoleEnum, PolarityEnum, StanceEnum, StatementKindEnum } from './enums.js';
import { pageWindow, toConnection, type ConnectionArgs } from './pagination.js';
import { relatedNode, relatedNodes, relatedWithProperties } from './relations.js';
import {
  ActorRef,
  actorTypeName,
  ArticleRef,
  ClaimRef,
  CountryRef,
  EventRef,
  isTypeOf,
  OrganizationRef,
  PersonRef,
  PlaceRef,
  StatementConnectionRef,
  StatementRef,
  TopicRef,
} from './refs.js';

const SearchText = z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters');

export const StatementFilterInput = builder.inputType('StatementFilter', {
  description: 'Conditions a statement must meet; all given conditions apply together.',
  fields: (t) => ({
    kind: t.field({ type: StatementKindEnum, description: 'Only statements of this kind.' }),
    speaker: t.id({ description: 'Only statements attributed to this actor (id).' }),
    topic: t.id({ description: 'Only statements about this topic or one of its subtopics (id).' }),
    stance: t.field({ type: StanceEnum, description: 'Only statements with this stance (on `topic` when given).' }),
    from: t.field({ type: 'Date', description: 'Only statements made on or after this day.' }),
    to: t.field({ type: 'Date', description: 'Only statements made on or before this day.' }),
    text: t.string({ description: 'Only statements whose text contains this, case-insensitively.', validate: SearchText }),
    article: t.id({ description: 'Only statements reported in this article (id).' }),
    event: t.id({ description: 'Only statements made at this event (id).' }),
    mentions: t.id({ description: 'Only statements that mention this actor or place (id).' }),
    claim: t.id({ description: 'Only statements that affirm or deny this claim (id).' }),
  }),
});

type FilterArg = typeof StatementFilterInput.$inferInput | null | undefined;

/** GraphQL filter input → repository filter (dates as YYYY-MM-DD). */
function toFilter(input: FilterArg): StatementFilter {
  if (!input) return {};
  return {
    kind: input.kind,
    speaker: idOrNull(input.speaker),
    topic: idOrNull(input.topic),
    stance: input.stance,
    from: isoDay(input.from),
    to: isoDay(input.to),
    text: input.text,
    article: idOrNull(input.article),
    event: idOrNull(input.event),
    mentions: idOrNull(input.mentions),
    claim: idOrNull(input.claim),
  };
}

/** Statement pages for many parents at once: each parent pins one filter field to its id. */
async function statementConnections(ctx: Context, args: ConnectionArgs & { filter?: FilterArg }, scopes: Array<Partial<StatementFilter>>) {
  const window = pageWindow(args, ctx);
  const filter = toFilter(args.filter);
  const pages = await statementPages(
    ctx.graph,
    scopes.map((scope) => ({ filter: { ...filter, ...scope }, offset: window.offset, limit: window.limit })),
  );
  return pages.map((page) => toConnection(window, { total: page.total, rows: page.rows as StatementRow[] }));
}

/**
 * A connection field listing a parent's statements: `scopeOf(parent)` pins filter fields
 * (speaker, topic, speaker + topic…). byPath batches all parents at one path into one query.
 */
// `t` is untyped on purpose: it is an object's or an interface's field builder, and spelling out
// biome-ignore lint/suspicious/noExplicitAny: Pothos's generic field-builder type here exceeds TypeScript's type-comparison depth
export function statementsOf<P>(t: any, scopeOf: (parent: P) => Partial<StatementFilter>, description: string) {
  return t.loadable({
    type: StatementConnectionRef,
    byPath: true,
    description,
    args: { ...t.arg.connectionArgs(), filter: t.arg({ type: StatementFilterInput, description: 'Narrow the statements down.' }) },
    load: (keys: string[], ctx: Context, args: ConnectionArgs & { filter?: FilterArg }) =>
      statementConnections(
        ctx,
        args,
        keys.map((key) => JSON.parse(key) as Partial<StatementFilter>),
      ),
    // The loader key is the scope itself, so that any parent shape can pin any filter fields.
    resolve: (parent: P) => JSON.stringify(scopeOf(parent)),
  });
}

export const SpanRef = builder.objectRef<{ start: number; end: number; paragraph: number | null }>('Span').implement({
  description: 'Where a statement or a mention sits in its article’s text: character offsets (end exclusive) and paragraph.',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of the first character.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last character.' }),
    paragraph: t.exposeInt('paragraph', { nullable: true, description: 'Index of the paragraph (0 = headline).' }),
  }),
});

const TopicStanceRef = builder.objectRef<Neighbour>('TopicStance').implement({
  description: 'A topic a statement is about, with the statement’s stance on it.',
  fields: (t) => ({
    topic: t.field({ type: TopicRef, description: 'The topic.', resolve: (n) => n.node as never }),
    stance: t.field({ type: StanceEnum, description: 'The stance.', resolve: (n) => n.rel.stance as 'NEUTRAL' }),
  }),
});

export const MentionTargetUnion = builder.unionType('MentionTarget', {
  description: 'What a statement can mention: an actor or a place.',
  types: [PersonRef, CountryRef, OrganizationRef, PlaceRef],
  resolveType: (row) => (row.labels.includes(ACTOR_LABEL) ? actorTypeName(row) : 'Place'),
});

/** A relationship's {start, end} as a Span, when it has one. */
function spanOf(rel: Record<string, unknown> | undefined) {
  return rel?.start == null || rel.end == null ? null : { start: Number(rel.start), end: Number(rel.end), paragraph: null };
}

const StatementMentionRef = builder.objectRef<Neighbour>('StatementMention').implement({
  description: 'An actor or place a statement names, and what it does with it (the MENTIONS relationship; not a Mention node).',
  fields: (t) => ({
    target: t.field({ type: MentionTargetUnion, description: 'Who or what is mentioned.', resolve: (n) => n.node as never }),
    role: t.field({ type: MentionRoleEnum, description: 'TARGET (criticised, addressed) or SUBJECT.', resolve: (n) => n.rel.role as 'SUBJECT' }),
    span: t.field({
      type: SpanRef,
      nullable: true,
      description: 'Where the target is named in the article text, when recorded.',
      resolve: (n) => spanOf(n.rel),
    }),
  }),
});

const AttributionRef = builder.objectRef<Neighbour>('Attribution').implement({
  description: 'Why a statement is attributed to its speaker: the cue that decided it, and where it is.',
  fields: (t) => ({
    cue: t.string({
      nullable: true,
      description: 'The cue: the attribution verb phrase, the pronoun chain, "continuation paragraph"… (null for hand-made dossiers).',
      resolve: (n) => (n.rel.cue as string | undefined) ?? null,
    }),
    span: t.field({ type: SpanRef, nullable: true, description: 'Where the cue is in the article text, when recorded.', resolve: (n) => spanOf(n.rel) }),
  }),
});

const StatementClaimRef = builder.objectRef<Neighbour>('StatementClaim').implement({
  description: 'A claim a statement asserts, affirming or denying it.',
  fields: (t) => ({
    claim: t.field({ type: ClaimRef, description: 'The claim.', resolve: (n) => n.node as never }),
    polarity: t.field({ type: PolarityEnum, description: 'AFFIRMS or DENIES.', resolve: (n) => n.rel.polarity as 'AFFIRMS' }),
  }),
});

const out = (
  type: 'ATTRIBUTED_TO' | 'REPORTED_IN' | 'ABOUT' | 'MENTIONS' | 'ASSERTS' | 'RELAYS' | 'RESPONDS_TO' | 'MADE_AT',
  to: 'Actor' | 'Article' | 'Topic' | 'Claim' | 'Statement' | 'Event' | 'Place',
) => ({ from: 'Statement', type, direction: 'OUT', to }) as const;

/** The stored date: absent when unknown (an undated article and no date in the statement's own words). */
const saidOnOf = (s: StatementRow): string | null => (s.saidOn as string | null | undefined) ?? null;

StatementRef.implement({
  description: 'One utterance as reported: the exact words (DIRECT_QUOTE) or a report of them, attributed to one speaker and anchored in an article.',
  isTypeOf: isTypeOf.Statement,
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The words as they appear in the article.' }),
    kind: t.field({ type: StatementKindEnum, description: 'Direct quote, indirect speech or paraphrase.', resolve: (s) => s.kind as 'DIRECT_QUOTE' }),
    saidOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it was said (the first day of the month or year when only that is known); null when unknown.',
      resolve: (s) => saidOnOf(s),
    }),
    datePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How much of `saidOn` is known; null when the date is unknown.',
      resolve: (s) => (saidOnOf(s) === null ? null : (s.datePrecision as 'DAY')),
    }),
    when: t.string({
      nullable: true,
      description: 'The date as precisely as it is known: "2017-11-24", "2017-11" or "2017"; null when unknown.',
      resolve: (s) => {
        const day = saidOnOf(s);
        return day === null ? null : dateLabel(day, s.datePrecision);
      },
    }),
    interpreted: t.exposeBoolean('interpreted', { description: 'Whether the speaker spoke through an interpreter.' }),
    confidence: t.exposeFloat('confidence', { description: 'Confidence in the attribution, 0–1 (1 for hand-annotated).' }),
    speaker: t.loadable({ type: ActorRef, description: 'Who said it.', ...relatedNode<ActorRow>(out('ATTRIBUTED_TO', 'Actor')) }),
    attribution: t.loadable({
      type: AttributionRef,
      nullable: true,
      description: 'The provenance of the attribution to the speaker.',
      load: async (ids: string[], ctx: Context) =>
        (await relatedWithProperties(out('ATTRIBUTED_TO', 'Actor')).load(ids, ctx)).map((list) => list[0] ?? null) as Neighbour[],
      resolve: (s) => s.id,
    }),
    article: t.loadable({ type: ArticleRef, description: 'The article that reports it.', ...relatedNode<ArticleRow>(out('REPORTED_IN', 'Article')) }),
    span: t.loadable({
      type: SpanRef,
      nullable: true,
      description: 'Where in the article’s text it is reported.',
      load: async (ids: string[], ctx: Context) =>
        (await relatedWithProperties(out('REPORTED_IN', 'Article')).load(ids, ctx)).map((list) => {
          const rel = list[0]?.rel;
          return rel ? { start: Number(rel.start), end: Number(rel.end), paragraph: rel.paragraph == null ? null : Number(rel.paragraph) } : null;
        }) as Array<{ start: number; end: number; paragraph: number | null }>,
      resolve: (s) => s.id,
    }),
    topics: t.loadableList({
      type: TopicStanceRef,
      description: 'Topics it is about, with its stance on each.',
      ...relatedWithProperties(out('ABOUT', 'Topic')),
    }),
    mentions: t.loadableList({
      type: StatementMentionRef,
      description: 'Actors and places it names.',
      load: async (ids: string[], ctx: Context) => {
        const [actors, places] = await Promise.all([
          relatedWithProperties(out('MENTIONS', 'Actor')).load(ids, ctx),
          relatedWithProperties(out('MENTIONS', 'Place')).load(ids, ctx),
        ]);
        return actors.map((list, i) => [...list, ...(places[i] ?? [])]);
      },
      resolve: (s) => s.id,
    }),
    claims: t.loadableList({ type: StatementClaimRef, description: 'Claims it affirms or denies.', ...relatedWithProperties(out('ASSERTS', 'Claim')) }),
    relays: t.loadableList({
      type: StatementRef,
      description: 'Statements by others that this one reports (reported speech).',
      ...relatedNodes<StatementRow>(out('RELAYS', 'Statement')),
    }),
    relayedBy: t.loadableList({
      type: StatementRef,
      description: 'Statements that report this one.',
      ...relatedNodes<StatementRow>({ from: 'Statement', type: 'RELAYS', direction: 'IN', to: 'Statement' }),
    }),
    respondsTo: t.loadableList({
      type: StatementRef,
      description: 'Statements this one answers.',
      ...relatedNodes<StatementRow>(out('RESPONDS_TO', 'Statement')),
    }),
    responses: t.loadableList({
      type: StatementRef,
      description: 'Statements that answer this one.',
      ...relatedNodes<StatementRow>({ from: 'Statement', type: 'RESPONDS_TO', direction: 'IN', to: 'Statement' }),
    }),
    event: t.loadable({ type: EventRef, description: 'The event it was made at.', ...relatedNode<EventRow>(out('MADE_AT', 'Event')) }),
  }),
});

builder.queryFields((t) => ({
  statement: t.field({
    type: StatementRef,
    nullable: true,
    description: 'A statement by id.',
    args: { id: t.arg.id({ required: true, description: 'The statement id.' }) },
    resolve: (_root, args) => String(args.id),
  }),
  statements: t.field({
    type: StatementConnectionRef,
    description: 'Statements matching a filter, newest article first and in reading order within an article.',
    args: { ...t.arg.connectionArgs(), filter: t.arg({ type: StatementFilterInput, description: 'Narrow the statements down.' }) },
    resolve: async (_root, args, ctx) => (await statementConnections(ctx, args, [{}]))[0]!,
  }),
}));
