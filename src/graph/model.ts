/**
 * The labels and relationship types of the graph model (docs/ARCHITECTURE.md §1): the only words
 * `cypher()` lets into a query's text (labels can't be parameters).
 */
import {
  MODEL_LABELS,
  RELATIONSHIP_TYPE_NAMES,
  NODE_TYPE_SPECS,
  typeOfLabels,
  type ModelLabel,
  type NodeTypeName,
  type RelationshipTypeName,
} from '../model/registry.js';

/** Every label of the model (src/model/registry.ts). */
export const NODE_LABELS: readonly ModelLabel[] = MODEL_LABELS;
export type NodeLabel = ModelLabel;

/** Every relationship type of the model (src/model/registry.ts, with their ends). */
export const RELATIONSHIP_TYPES: readonly RelationshipTypeName[] = RELATIONSHIP_TYPE_NAMES;
export type RelationshipType = RelationshipTypeName;

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
export type MentionRow = NodeRow & { text: string; guess: string; reason: string; start: number; end: number; nameKeys?: string[] };
export type EventRow = NodeRow & { name: string; kind: string; startDate: string; datePrecision: string; description?: string | null };

/** The label whose uniqueness constraint indexes this kind of id (actors share `Actor`). */
export function indexLabel(type: NodeTypeName): NodeLabel {
  return NODE_TYPE_SPECS[type].idLabel;
}

/** A node's most specific type, from its labels. */
export function nodeType(labels: readonly string[]): NodeTypeName {
  return typeOfLabels(labels) ?? 'Statement';
}

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
