/** Places: locations that are not parties (cities, islands, seas), with who claims and controls them. */
import type { ActorRow, PlaceRow } from '../graph/model.js';
import { builder } from './builder.js';
import { byIdOrName, NameArg } from './lookup.js';
import { nodeConnection } from './pagination.js';
import { relatedNode, relatedNodes } from './relations.js';
import { ActorRef, isTypeOf, PlaceRef } from './refs.js';
import { statementsOf } from './statement.js';

PlaceRef.implement({
  description: 'A location that is not a party: a city, an island chain, a sea.',
  isTypeOf: isTypeOf.Place,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The usual name.' }),
    aliases: t.stringList({ description: 'Other names ("Northern Territories" for the Kuril Islands).', resolve: (p) => p.aliases ?? [] }),
    kind: t.string({ nullable: true, description: 'City, island chain, sea, region…', resolve: (p) => p.kind ?? null }),
    description: t.string({ nullable: true, description: 'A short description.', resolve: (p) => p.description ?? null }),
    partOf: t.loadable({
      type: PlaceRef,
      description: 'The larger place it belongs to.',
      ...relatedNode<PlaceRow>({ from: 'Place', type: 'PART_OF', direction: 'OUT', to: 'Place' }),
    }),
    parts: t.loadableList({
      type: PlaceRef,
      description: 'Places that belong to it.',
      ...relatedNodes<PlaceRow>({ from: 'Place', type: 'PART_OF', direction: 'IN', to: 'Place' }),
    }),
    claimedBy: t.loadableList({
      type: ActorRef,
      description: 'Countries that claim it.',
      ...relatedNodes<ActorRow>({ from: 'Place', type: 'CLAIMS', direction: 'IN', to: 'Actor' }),
    }),
    controlledBy: t.loadableList({
      type: ActorRef,
      description: 'Countries that control it.',
      ...relatedNodes<ActorRow>({ from: 'Place', type: 'CONTROLS', direction: 'IN', to: 'Actor' }),
    }),
    mentionedIn: statementsOf(t, (p: { id: string }) => ({ mentions: p.id }), 'Statements that mention this place.'),
  }),
});

const PlaceConnection = builder.connectionObject(
  { type: PlaceRef, name: 'PlaceConnection', description: 'A page of places.' },
  { name: 'PlaceEdge', description: 'A place in a page.' },
);

builder.queryFields((t) => ({
  place: t.field({
    type: PlaceRef,
    nullable: true,
    description: 'One place, by id or by name or alias ("Northern Territories" → Kuril Islands).',
    args: {
      id: t.arg.id({ description: 'The place id, e.g. "place:kuril-islands".' }),
      name: t.arg.string({ description: 'A name or alias.', validate: NameArg }),
    },
    resolve: (_root, args, ctx) => byIdOrName<PlaceRow>(ctx, 'Place', args),
  }),
  places: t.field({
    type: PlaceConnection,
    description: 'Places, optionally matching part of a name or alias.',
    args: { ...t.arg.connectionArgs(), name: t.arg.string({ description: 'Part of a name or alias.', validate: NameArg }) },
    resolve: (_root, args, ctx) => nodeConnection<PlaceRow>(ctx, args, 'Place', { name: args.name }),
  }),
}));
