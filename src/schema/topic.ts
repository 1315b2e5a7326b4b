/** Topics: subjects of discussion in a hierarchy, and what was said about them. */
import type { TopicRow } from '../graph/model.js';
import { builder } from './builder.js';
import { byIdOrName, NameArg } from './lookup.js';
import { nodeConnection } from './pagination.js';
import { relatedNode, relatedNodes } from './relations.js';
import { isTypeOf, TopicRef } from './refs.js';
import { statementsOf } from './statement.js';

TopicRef.implement({
  description: 'A subject of discussion ("US missile defence in North-East Asia"), in a hierarchy.',
  isTypeOf: isTypeOf.Topic,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The topic’s name.' }),
    description: t.string({ nullable: true, description: 'What the topic covers.', resolve: (x) => x.description ?? null }),
    parent: t.loadable({
      type: TopicRef,
      description: 'The broader topic.',
      ...relatedNode<TopicRow>({ from: 'Topic', type: 'SUBTOPIC_OF', direction: 'OUT', to: 'Topic' }),
    }),
    subtopics: t.loadableList({
      type: TopicRef,
      description: 'Narrower topics.',
      ...relatedNodes<TopicRow>({ from: 'Topic', type: 'SUBTOPIC_OF', direction: 'IN', to: 'Topic' }),
    }),
    statements: statementsOf(
      t,
      (p: { id: string }) => ({ topic: p.id }),
      'Statements about this topic or its subtopics (filter by stance to see who is for and against).',
    ),
  }),
});

const TopicConnection = builder.connectionObject(
  { type: TopicRef, name: 'TopicConnection', description: 'A page of topics.' },
  { name: 'TopicEdge', description: 'A topic in a page.' },
);

builder.queryFields((t) => ({
  topic: t.field({
    type: TopicRef,
    nullable: true,
    description: 'One topic, by id or by name (case-insensitive).',
    args: { id: t.arg.id({ description: 'The topic id.' }), name: t.arg.string({ description: 'The topic name.', validate: NameArg }) },
    resolve: (_root, args, ctx) => byIdOrName<TopicRow>(ctx, 'Topic', args),
  }),
  topics: t.field({
    type: TopicConnection,
    description: 'Topics, optionally matching part of a name.',
    args: { ...t.arg.connectionArgs(), name: t.arg.string({ description: 'Part of the name.', validate: NameArg }) },
    resolve: (_root, args, ctx) => nodeConnection<TopicRow>(ctx, args, 'Topic', { name: args.name }),
  }),
}));
