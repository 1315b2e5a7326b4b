/**
 * Mentions: names found in an article's text that are not (yet) actors, each with its span, kept
 * for review and later promotion; linked to the actor of that name when ingest found exactly one.
 * The type, `Article.mentions` and the paged root field `mentions` are all here.
 */
import type { MENTION_GUESSES } from '../dossier/schema.js';
import type { ActorRow, ArticleRow, MentionRow } from '../graph/model.js';
import { neighbours } from '../graph/nodes.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { NameArg } from './lookup.js';
import { nodeConnection } from './pagination.js';
import { ActorRef, ArticleRef, isTypeOf, loadableNode } from './refs.js';
import { relatedNode } from './relations.js';
import { SpanRef } from './statement.js';

export const MentionRef = loadableNode<MentionRow>('Mention');

const MentionGuessEnum = builder.enumType('MentionGuess', {
  description: 'What a name the extractor could not make an actor probably is.',
  values: {
    PERSON: { description: 'Probably a person.' },
    ORGANIZATION: { description: 'Probably an organisation.' },
    COUNTRY: { description: 'Probably a country.' },
    GROUP: { description: 'A group of people ("protesters", "officials").' },
    UNKNOWN: { description: 'No guess.' },
  } satisfies Record<(typeof MENTION_GUESSES)[number], unknown>,
});

MentionRef.implement({
  description: 'A name found in an article’s text that is not (yet) an actor: kept with its span, for review and later promotion.',
  isTypeOf: isTypeOf.Mention,
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The name as written, exactly the article text at its span.' }),
    guess: t.field({ type: MentionGuessEnum, description: 'What it probably is.', resolve: (m) => m.guess as 'UNKNOWN' }),
    reason: t.exposeString('reason', { description: 'Why it is not an actor ("a surname never introduced", "a generic plural").' }),
    span: t.field({ type: SpanRef, description: 'Where it is in the article text.', resolve: (m) => ({ start: m.start, end: m.end, paragraph: null }) }),
    article: t.loadable({
      type: ArticleRef,
      description: 'The article it was found in.',
      ...relatedNode<ArticleRow>({ from: 'Mention', type: 'FOUND_IN', direction: 'OUT', to: 'Article' }),
    }),
    actor: t.loadable({
      type: ActorRef,
      description: 'The actor of that name, when ingest found exactly one (this article’s or the graph’s) at the time.',
      ...relatedNode<ActorRow>({ from: 'Mention', type: 'REFERS_TO', direction: 'OUT', to: 'Actor' }),
    }),
  }),
});

builder.objectField(ArticleRef, 'mentions', (t) =>
  t.loadableList({
    type: MentionRef,
    description: 'Names found in its text that are not (yet) actors, in reading order (at most one article’s worth: a dossier holds 5,000).',
    load: async (ids: string[], ctx: Context) =>
      (await neighbours(ctx.graph, { from: 'Article', type: 'FOUND_IN', direction: 'IN', to: 'Mention' }, ids)).map((list) =>
        list.map((n) => n.node as MentionRow).sort((a, b) => a.start - b.start || a.end - b.end),
      ),
    resolve: (article) => article.id,
  }),
);

const MentionConnection = builder.connectionObject(
  { type: MentionRef, name: 'MentionConnection', description: 'A page of mentions.' },
  { name: 'MentionEdge', description: 'A mention in a page.' },
);

builder.queryFields((t) => ({
  mentions: t.field({
    type: MentionConnection,
    description: 'Names found in articles that are not (yet) actors, for review; optionally those whose name contains some text.',
    args: { ...t.arg.connectionArgs(), name: t.arg.string({ description: 'Part of the name, case-insensitive.', validate: NameArg }) },
    resolve: (_root, args, ctx) => nodeConnection<MentionRow>(ctx, args, 'Mention', { name: args.name }),
  }),
}));
