/**
 * The labels and relationship types of the graph model (docs/ARCHITECTURE.md §1): the only words
 * `cypher()` lets into a query's text (labels can't be parameters).
 */
import type { NodeTypeName } from '../dossier/ids.js';

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

/** The label whose uniqueness constraint indexes this kind of id (actors share `Actor`). */
export function indexLabel(type: NodeTypeName): NodeLabel {
  return type === 'Person' || type === 'Country' || type === 'Organization' ? 'Actor' : type;
}

/** A node's most specific type, from its labels. */
export function nodeType(labels: readonly string[]): NodeTypeName {
  return NODE_TYPES.find((t) => labels.includes(t)) ?? 'Statement';
}

const NODE_TYPES: NodeTypeName[] = ['Person', 'Country', 'Organization', 'Place', 'Article', 'Statement', 'Claim', 'Topic', 'Event'];

/** A relationship as the exploration queries return it. */
export interface EdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/** Nodes and the relationships among them; `truncated` when a limit cut the nodes. */
export interface SubgraphRow {
  nodes: Array<NodeRow & { distance?: number }>;
  edges: EdgeRow[];
  truncated: boolean;
}
