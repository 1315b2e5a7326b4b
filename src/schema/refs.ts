/**
 * Type references, declared before any type is implemented so that the domain files can refer
 * to each other (a statement has a speaker, an actor has statements) without import cycles.
 * Node types are loadable: any field may return an id and the request's DataLoader fetches
 * the rows, one query per type per tick (`UNWIND`-free `IN $ids`).
 */
import { nodesByIds } from '../graph/nodes.js';
import type { ActorRow, ArticleRow, ClaimRow, EventRow, NodeRow, PlaceRow, StatementRow, TopicRow } from '../graph/model.js';
import { ACTOR_TYPE_NAMES, type ActorTypeName, NODE_TYPE_NAMES, NODE_TYPE_SPECS, type NodeTypeName } from '../model/registry.js';
import { builder } from './builder.js';
import type { Context } from './context.js';

/**
 * The Relay node type of a registry type (src/model/registry.ts): named after it, its rows
 * fetched by id, with its own label, through the request's DataLoader.
 */
export function loadableNode<T extends NodeRow>(type: NodeTypeName) {
  const { label } = NODE_TYPE_SPECS[type];
  return builder.loadableNodeRef(type, {
    id: { resolve: (row: T) => row.id },
    load: async (ids: readonly string[], ctx: Context) => (await nodesByIds(ctx.graph, label, ids)) as Array<T | null> as T[],
  });
}

const hasLabel = (label: string) => (row: unknown) => (row as NodeRow).labels?.includes(label) ?? false;

export const ActorRef = builder.interfaceRef<ActorRow>('Actor');
export const PersonRef = loadableNode<ActorRow>('Person');
export const CountryRef = loadableNode<ActorRow>('Country');
export const OrganizationRef = loadableNode<ActorRow>('Organization');
export const PlaceRef = loadableNode<PlaceRow>('Place');
export const ArticleRef = loadableNode<ArticleRow>('Article');
export const StatementRef = loadableNode<StatementRow>('Statement');
export const ClaimRef = loadableNode<ClaimRow>('Claim');
export const TopicRef = loadableNode<TopicRow>('Topic');
export const EventRef = loadableNode<EventRow>('Event');

/** Each type's `isTypeOf`: whether a row carries the type's label. */
export const isTypeOf = Object.fromEntries(NODE_TYPE_NAMES.map((t) => [t, hasLabel(NODE_TYPE_SPECS[t].label)])) as Record<
  NodeTypeName,
  (row: unknown) => boolean
>;

/** An actor row's GraphQL type, from its labels. */
export function actorTypeName(row: NodeRow): ActorTypeName {
  return ACTOR_TYPE_NAMES.find((t) => row.labels.includes(NODE_TYPE_SPECS[t].label)) ?? 'Organization';
}

export const StatementConnectionRef = builder.connectionObject(
  { type: StatementRef, name: 'StatementConnection', description: 'A page of statements, with the total count of matches.' },
  { name: 'StatementEdge', description: 'A statement in a page, with its cursor.' },
);
