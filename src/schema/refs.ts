/**
 * Type references, declared before any type is implemented so that the domain files can refer
 * to each other (a statement has a speaker, an actor has statements) without import cycles.
 * Node types are loadable: any field may return an id and the request's DataLoader fetches
 * the rows, one query per type per tick (`UNWIND`-free `IN $ids`).
 */
import { nodesByIds } from '../graph/nodes.js';
import type { ActorRow, ArticleRow, ClaimRow, EventRow, NodeLabel, NodeRow, PlaceRow, StatementRow, TopicRow } from '../graph/model.js';
import { builder } from './builder.js';
import type { Context } from './context.js';

/** A Relay node type whose rows are fetched by id through the request's DataLoader. */
function loadableNode<T extends NodeRow>(name: string, label: NodeLabel) {
  return builder.loadableNodeRef(name, {
    id: { resolve: (row: T) => row.id },
    load: async (ids: readonly string[], ctx: Context) => (await nodesByIds(ctx.graph, label, ids)) as Array<T | null> as T[],
  });
}

const hasLabel = (label: string) => (row: unknown) => (row as NodeRow).labels?.includes(label) ?? false;

export const ActorRef = builder.interfaceRef<ActorRow>('Actor');
export const PersonRef = loadableNode<ActorRow>('Person', 'Person');
export const CountryRef = loadableNode<ActorRow>('Country', 'Country');
export const OrganizationRef = loadableNode<ActorRow>('Organization', 'Organization');
export const PlaceRef = loadableNode<PlaceRow>('Place', 'Place');
export const ArticleRef = loadableNode<ArticleRow>('Article', 'Article');
export const StatementRef = loadableNode<StatementRow>('Statement', 'Statement');
export const ClaimRef = loadableNode<ClaimRow>('Claim', 'Claim');
export const TopicRef = loadableNode<TopicRow>('Topic', 'Topic');
export const EventRef = loadableNode<EventRow>('Event', 'Event');

export const isTypeOf = {
  Person: hasLabel('Person'),
  Country: hasLabel('Country'),
  Organization: hasLabel('Organization'),
  Place: hasLabel('Place'),
  Article: hasLabel('Article'),
  Statement: hasLabel('Statement'),
  Claim: hasLabel('Claim'),
  Topic: hasLabel('Topic'),
  Event: hasLabel('Event'),
};

/** An actor row's GraphQL type, from its labels. */
export function actorTypeName(row: NodeRow): 'Person' | 'Country' | 'Organization' {
  if (row.labels.includes('Person')) return 'Person';
  if (row.labels.includes('Country')) return 'Country';
  return 'Organization';
}

export const StatementConnectionRef = builder.connectionObject(
  { type: StatementRef, name: 'StatementConnection', description: 'A page of statements, with the total count of matches.' },
  { name: 'StatementEdge', description: 'A statement in a page, with its cursor.' },
);
