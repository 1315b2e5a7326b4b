/**
 * The labels and relationship types of the graph model (ARCHITECTURE.md §1): the only words
 * `cypher()` lets into a query's text (labels can't be parameters).
 */
export const NODE_LABELS = ['Actor', 'Person', 'Country', 'Organization', 'Place', 'Article', 'Statement', 'Claim', 'Topic', 'Event'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'ATTRIBUTED_TO',
  'REPORTED_IN',
  'ABOUT',
  'MENTIONS',
  'ASSERTS',
  'RELAYS',
  'RESPONDS_TO',
  'MADE_AT',
  'INVOLVES',
  'HELD_IN',
  'HOLDS_ROLE',
  'PUBLISHED_BY',
  'WRITTEN_BY',
  'CONTRIBUTED_BY',
  'CLAIMS',
  'CONTROLS',
  'PART_OF',
  'SUBTOPIC_OF',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** A node as read: its properties plus its labels. */
export interface NodeRow {
  id: string;
  labels: string[];
}

/** Row shapes of each node type, as `nodesByIds` and friends return them. */
export type ActorRow = NodeRow & { name: string; aliases?: string[]; description?: string | null; kind?: string | null };
export type PlaceRow = NodeRow & { name: string; aliases?: string[]; description?: string | null; kind?: string | null };
export type ArticleRow = NodeRow & {
  url: string;
  headline: string;
  standfirst?: string | null;
  publishedAt: string;
  language: string;
  text: string;
};
export type StatementRow = NodeRow & {
  text: string;
  kind: string;
  saidOn: string;
  datePrecision: string;
  interpreted: boolean;
  confidence: number;
};
export type ClaimRow = NodeRow & { text: string };
export type TopicRow = NodeRow & { name: string; description?: string | null };
export type EventRow = NodeRow & { name: string; kind: string; startDate: string; datePrecision: string; description?: string | null };
