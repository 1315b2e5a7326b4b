/** Claims: normalised propositions where different speakers' statements meet, for or against. */
import type { Neighbour } from '../graph/nodes.js';
import type { ClaimRow } from '../graph/model.js';
import { builder } from './builder.js';
import { PolarityEnum } from './enums.js';
import { NameArg } from './lookup.js';
import { nodeConnection } from './pagination.js';
import { relatedWithProperties } from './relations.js';
import { ClaimRef, isTypeOf, StatementRef } from './refs.js';

const AssertionRef = builder.objectRef<Neighbour>('Assertion').implement({
  description: 'A statement that affirms or denies a claim, seen from the claim.',
  fields: (t) => ({
    statement: t.field({ type: StatementRef, description: 'The statement.', resolve: (n) => n.node as never }),
    polarity: t.field({ type: PolarityEnum, description: 'AFFIRMS or DENIES.', resolve: (n) => n.rel.polarity as 'AFFIRMS' }),
  }),
});

ClaimRef.implement({
  description: 'A proposition, normalised so that statements by different speakers can affirm or deny the same one.',
  isTypeOf: isTypeOf.Claim,
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The proposition.' }),
    assertions: t.loadableList({
      type: AssertionRef,
      description: 'Statements that affirm or deny it: opposite polarities from different speakers are a contradiction.',
      ...relatedWithProperties({ from: 'Claim', type: 'ASSERTS', direction: 'IN', to: 'Statement' }),
    }),
  }),
});

const ClaimConnection = builder.connectionObject(
  { type: ClaimRef, name: 'ClaimConnection', description: 'A page of claims.' },
  { name: 'ClaimEdge', description: 'A claim in a page.' },
);

builder.queryFields((t) => ({
  claim: t.field({
    type: ClaimRef,
    nullable: true,
    description: 'A claim by id.',
    args: { id: t.arg.id({ required: true, description: 'The claim id.' }) },
    resolve: (_root, args) => String(args.id),
  }),
  claims: t.field({
    type: ClaimConnection,
    description: 'Claims, optionally containing some text.',
    args: { ...t.arg.connectionArgs(), text: t.arg.string({ description: 'Part of the claim text.', validate: NameArg }) },
    resolve: (_root, args, ctx) => nodeConnection<ClaimRow>(ctx, args, 'Claim', { name: args.text }),
  }),
}));
