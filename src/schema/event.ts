/** Events: things that happened at a time and place, who took part, what was said there. */
import type { Neighbour } from '../graph/nodes.js';
import type { ActorRow, EventRow, PlaceRow } from '../graph/model.js';
import { builder } from './builder.js';
import { idOrNull, isoDay } from './inputs.js';
import { dateLabel, DatePrecisionEnum, EventRoleEnum } from './enums.js';
import { byIdOrName, NameArg } from './lookup.js';
import { nodeConnection } from './pagination.js';
import { relatedNode, relatedWithProperties } from './relations.js';
import { ActorRef, EventRef, isTypeOf, PlaceRef } from './refs.js';
import { statementsOf } from './statement.js';

const ParticipantRef = builder.objectRef<Neighbour>('Participant').implement({
  description: 'An actor taking part in an event, seen from the event.',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'The actor.', resolve: (n) => n.node as ActorRow }),
    role: t.field({ type: EventRoleEnum, description: 'How the actor takes part.', resolve: (n) => n.rel.role as 'PARTICIPANT' }),
  }),
});

EventRef.implement({
  description: 'Something that happened at a time and place: talks, a meeting, a press conference.',
  isTypeOf: isTypeOf.Event,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The event’s name.' }),
    kind: t.exposeString('kind', { description: 'What kind of event (talks, meeting, press conference…).' }),
    date: t.field({ type: 'Date', description: 'When it started (first day of the month or year when only that is known).', resolve: (e) => e.startDate }),
    datePrecision: t.field({ type: DatePrecisionEnum, description: 'How much of `date` is known.', resolve: (e) => e.datePrecision as 'DAY' }),
    when: t.string({
      description: 'The date as precisely as it is known: "2017-11-24", "2017-11" or "2017".',
      resolve: (e) => dateLabel(e.startDate, e.datePrecision),
    }),
    description: t.string({ nullable: true, description: 'A short description.', resolve: (e) => e.description ?? null }),
    place: t.loadable({
      type: PlaceRef,
      description: 'Where it was held.',
      ...relatedNode<PlaceRow>({ from: 'Event', type: 'HELD_IN', direction: 'OUT', to: 'Place' }),
    }),
    participants: t.loadableList({
      type: ParticipantRef,
      description: 'Who took part, and how.',
      ...relatedWithProperties({ from: 'Event', type: 'INVOLVES', direction: 'OUT', to: 'Actor' }),
    }),
    statements: statementsOf(t, (p: { id: string }) => ({ event: p.id }), 'Statements made at this event.'),
  }),
});

const EventConnection = builder.connectionObject(
  { type: EventRef, name: 'EventConnection', description: 'A page of events.' },
  { name: 'EventEdge', description: 'An event in a page.' },
);

const EventFilter = builder.inputType('EventFilter', {
  description: 'Conditions an event must meet.',
  fields: (t) => ({
    name: t.string({ description: 'Part of the name, case-insensitive.', validate: NameArg }),
    involves: t.id({ description: 'Only events this actor took part in (id).' }),
    from: t.field({ type: 'Date', description: 'Starting on or after this day.' }),
    to: t.field({ type: 'Date', description: 'Starting on or before this day.' }),
  }),
});

builder.queryFields((t) => ({
  event: t.field({
    type: EventRef,
    nullable: true,
    description: 'One event, by id or by name (case-insensitive).',
    args: { id: t.arg.id({ description: 'The event id.' }), name: t.arg.string({ description: 'The event name.', validate: NameArg }) },
    resolve: (_root, args, ctx) => byIdOrName<EventRow>(ctx, 'Event', args),
  }),
  events: t.field({
    type: EventConnection,
    description: 'Events, most recent first.',
    args: { ...t.arg.connectionArgs(), filter: t.arg({ type: EventFilter, description: 'Narrow the events down.' }) },
    resolve: (_root, { filter, ...args }, ctx) =>
      nodeConnection<EventRow>(ctx, args, 'Event', {
        name: filter?.name,
        involves: idOrNull(filter?.involves),
        from: isoDay(filter?.from),
        to: isoDay(filter?.to),
      }),
  }),
}));
