/** Actors: people, countries and organisations — who speaks, is mentioned, holds roles. */
import type { Neighbour } from '../graph/nodes.js';
import type { ActorRow, PlaceRow } from '../graph/model.js';
import { ACTOR_TYPE_NAME } from '../dossier/ids.js';
import type { ActorType } from '../dossier/schema.js';
import { ACTOR_LABEL, NODE_TYPE_SPECS } from '../model/registry.js';
import { builder } from './builder.js';
import { EventRoleEnum } from './enums.js';
import { byIdOrName, NameArg } from './lookup.js';
import { nodeConnection } from './pagination.js';
import { relatedNodes, relatedWithProperties } from './relations.js';
import { ActorRef, actorTypeName, CountryRef, EventRef, isTypeOf, OrganizationRef, PersonRef, PlaceRef } from './refs.js';
import { statementsOf } from './statement.js';

const RoleRef = builder.objectRef<Neighbour>('Role').implement({
  description: 'A position a person holds in a country or organisation ("Foreign Minister" of Russia).',
  fields: (t) => ({
    title: t.string({ description: 'The title of the role.', resolve: (n) => String(n.rel.title) }),
    of: t.field({ type: ActorRef, description: 'The country or organisation.', resolve: (n) => n.node as ActorRow }),
    from: t.string({ nullable: true, description: 'Since when (YYYY, YYYY-MM or YYYY-MM-DD), if known.', resolve: (n) => (n.rel.from as string) ?? null }),
    to: t.string({ nullable: true, description: 'Until when, if it has ended.', resolve: (n) => (n.rel.to as string) ?? null }),
  }),
});

export const ParticipationRef = builder.objectRef<Neighbour>('Participation').implement({
  description: 'An actor’s part in an event, seen from the actor.',
  fields: (t) => ({
    event: t.field({ type: EventRef, description: 'The event.', resolve: (n) => n.node as never }),
    role: t.field({ type: EventRoleEnum, description: 'How the actor takes part.', resolve: (n) => n.rel.role as 'PARTICIPANT' }),
  }),
});

ActorRef.implement({
  description: 'Someone who speaks or is spoken about: a person, a country (acting as a party) or an organisation.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (row) => actorTypeName(row),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The usual full name.' }),
    aliases: t.stringList({ description: 'Other names it goes by ("Lavrov", "Tokyo" for Japan).', resolve: (a) => a.aliases ?? [] }),
    description: t.string({ nullable: true, description: 'A short description.', resolve: (a) => a.description ?? null }),
    statements: statementsOf(t, (p: { id: string }) => ({ speaker: p.id }), 'What this actor said.'),
    mentionedIn: statementsOf(t, (p: { id: string }) => ({ mentions: p.id }), 'Statements that mention this actor.'),
    events: t.loadableList({
      type: ParticipationRef,
      description: 'Events this actor took part in.',
      ...relatedWithProperties({ from: 'Actor', type: 'INVOLVES', direction: 'IN', to: 'Event' }),
    }),
  }),
});

PersonRef.implement({
  description: 'A human speaker or subject.',
  interfaces: [ActorRef],
  isTypeOf: isTypeOf.Person,
  fields: (t) => ({
    roles: t.loadableList({
      type: RoleRef,
      description: 'Positions held.',
      ...relatedWithProperties({ from: 'Person', type: 'HOLDS_ROLE', direction: 'OUT', to: 'Actor' }),
    }),
  }),
});

CountryRef.implement({
  description: 'A state acting as a party (its capital is often its alias: "Tokyo" for Japan).',
  interfaces: [ActorRef],
  isTypeOf: isTypeOf.Country,
  fields: (t) => ({
    claims: t.loadableList({
      type: PlaceRef,
      description: 'Territory it claims.',
      ...relatedNodes<PlaceRow>({ from: 'Actor', type: 'CLAIMS', direction: 'OUT', to: 'Place' }),
    }),
    controls: t.loadableList({
      type: PlaceRef,
      description: 'Territory it controls.',
      ...relatedNodes<PlaceRow>({ from: 'Actor', type: 'CONTROLS', direction: 'OUT', to: 'Place' }),
    }),
  }),
});

OrganizationRef.implement({
  description: 'A body that speaks or publishes: a newspaper, an agency, a military.',
  interfaces: [ActorRef],
  isTypeOf: isTypeOf.Organization,
  fields: (t) => ({
    kind: t.string({ nullable: true, description: 'What kind of organisation (news agency, military…).', resolve: (a) => a.kind ?? null }),
  }),
});

const ActorTypeEnum = builder.enumType('ActorType', {
  description: 'The kinds of actor.',
  values: {
    PERSON: { description: 'A person.' },
    COUNTRY: { description: 'A country.' },
    ORGANIZATION: { description: 'An organisation.' },
  } satisfies Record<ActorType, { description: string }>,
});

const ActorConnection = builder.connectionObject(
  { type: ActorRef, name: 'ActorConnection', description: 'A page of actors.' },
  { name: 'ActorEdge', description: 'An actor in a page.' },
);

builder.queryFields((t) => ({
  actor: t.field({
    type: ActorRef,
    nullable: true,
    description: 'One actor, by id or by name or alias (case-insensitive: "Lavrov", "Mr Lavrov", "Pyongyang").',
    args: {
      id: t.arg.id({ description: 'The actor id, e.g. "person:sergei-lavrov".' }),
      name: t.arg.string({ description: 'A name or alias.', validate: NameArg }),
    },
    resolve: (_root, args, ctx) => byIdOrName<ActorRow>(ctx, 'Actor', args),
  }),
  actors: t.field({
    type: ActorConnection,
    description: 'Actors, optionally of one type or matching part of a name or alias.',
    args: {
      ...t.arg.connectionArgs(),
      type: t.arg({ type: ActorTypeEnum, description: 'Only actors of this type.' }),
      name: t.arg.string({ description: 'Part of a name or alias.', validate: NameArg }),
    },
    resolve: (_root, args, ctx) =>
      nodeConnection<ActorRow>(ctx, args, args.type ? NODE_TYPE_SPECS[ACTOR_TYPE_NAME[args.type]].label : ACTOR_LABEL, { name: args.name }),
  }),
}));
