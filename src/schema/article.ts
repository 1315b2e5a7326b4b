/** Articles: the sources, with publisher, authors and contributing agencies. */
import type { ActorRow, ArticleRow } from '../graph/model.js';
import { builder } from './builder.js';
import { idOrNull, isoDay } from './inputs.js';
import { nodeConnection } from './pagination.js';
import { relatedNode, relatedNodes } from './relations.js';
import { ActorRef, ArticleRef, isTypeOf } from './refs.js';
import { statementsOf } from './statement.js';
import { NameArg } from './lookup.js';

/** The stored date: absent on an article whose date is unknown. */
const publishedOf = (a: ArticleRow): string | null => (a.publishedAt as string | null | undefined) ?? null;

ArticleRef.implement({
  description: 'A source document: a news article, its text and who published and wrote it.',
  isTypeOf: isTypeOf.Article,
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Where it was published (the first address it was ingested from).' }),
    urls: t.stringList({
      description: 'Every http(s) address the same text was ingested from (an extracted article is identified by its text, not its url).',
      resolve: (a) => (a as ArticleRow & { urls?: string[] | null }).urls ?? (/^https?:/.test(a.url) ? [a.url] : []),
    }),
    headline: t.exposeString('headline', { description: 'The headline.' }),
    standfirst: t.string({ nullable: true, description: 'The summary under the headline.', resolve: (a) => a.standfirst ?? null }),
    publishedAt: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day it was published; null when unknown (no date in the text or given at ingest).',
      resolve: (a) => publishedOf(a)?.slice(0, 10) ?? null,
    }),
    publishedDateTime: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The moment it was published, when known to the minute; null when the date is unknown.',
      resolve: (a) => publishedOf(a),
    }),
    language: t.exposeString('language', { description: 'Language code, e.g. "en".' }),
    text: t.exposeString('text', { description: 'The article text (site chrome removed); statement spans index into it.' }),
    publisher: t.loadable({
      type: ActorRef,
      description: 'Who published it; null when unknown.',
      ...relatedNode<ActorRow>({ from: 'Article', type: 'PUBLISHED_BY', direction: 'OUT', to: 'Actor' }),
    }),
    authors: t.loadableList({
      type: ActorRef,
      description: 'Who wrote it.',
      ...relatedNodes<ActorRow>({ from: 'Article', type: 'WRITTEN_BY', direction: 'OUT', to: 'Actor' }),
    }),
    contributors: t.loadableList({
      type: ActorRef,
      description: 'Agencies that contributed reporting ("Additional reporting by Reuters").',
      ...relatedNodes<ActorRow>({ from: 'Article', type: 'CONTRIBUTED_BY', direction: 'OUT', to: 'Actor' }),
    }),
    statements: statementsOf(t, (p: { id: string }) => ({ article: p.id }), 'The statements it reports, in reading order.'),
  }),
});

const ArticleConnection = builder.connectionObject(
  { type: ArticleRef, name: 'ArticleConnection', description: 'A page of articles.' },
  { name: 'ArticleEdge', description: 'An article in a page.' },
);

const ArticleFilter = builder.inputType('ArticleFilter', {
  description: 'Conditions an article must meet.',
  fields: (t) => ({
    headline: t.string({ description: 'Part of the headline, case-insensitive.', validate: NameArg }),
    publisher: t.id({ description: 'Only articles by this publisher (id).' }),
    from: t.field({ type: 'Date', description: 'Published on or after this day.' }),
    to: t.field({ type: 'Date', description: 'Published on or before this day.' }),
  }),
});

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    description: 'An article by id.',
    args: { id: t.arg.id({ required: true, description: 'The article id.' }) },
    resolve: (_root, args) => String(args.id),
  }),
  articles: t.field({
    type: ArticleConnection,
    description: 'Articles, newest first.',
    args: { ...t.arg.connectionArgs(), filter: t.arg({ type: ArticleFilter, description: 'Narrow the articles down.' }) },
    resolve: (_root, { filter, ...args }, ctx) =>
      nodeConnection<ArticleRow>(ctx, args, 'Article', {
        name: filter?.headline,
        publisher: idOrNull(filter?.publisher),
        from: isoDay(filter?.from),
        to: isoDay(filter?.to),
      }),
  }),
}));
