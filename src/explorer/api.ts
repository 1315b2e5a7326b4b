/** The page's only way to the data: POST /graphql (and GET /export/subgraph for files). */
import { ACTOR_TYPE_NAMES, NODE_TYPE_NAMES, NODE_TYPE_SPECS, type NodeTypeValue, TYPE_BY_ENUM_VALUE } from '../model/registry.js';
import { fetchWithKey } from './credentials.js';

export class ApiError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetchWithKey('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError(`The server did not answer (${error instanceof Error ? error.message : String(error)}).`);
  }
  let body: { data?: T; errors?: Array<{ message: string }> };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The server answered ${response.status} ${response.statusText} without a GraphQL result.`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok || body.data === undefined) throw new ApiError(`The server answered ${response.status} ${response.statusText}.`);
  return body.data;
}

/** The API's NodeType values, in the registry's order (the legend's). */
export type NodeType = NodeTypeValue;
export const NODE_TYPES: NodeType[] = NODE_TYPE_NAMES.map((t) => NODE_TYPE_SPECS[t].enumValue);
/** Whether a node of this type is an actor (it has statements, a timeline). */
export const isActorType = (type: NodeType): boolean => (ACTOR_TYPE_NAMES as readonly string[]).includes(TYPE_BY_ENUM_VALUE[type]);
export type Stance = 'SUPPORT' | 'OPPOSE' | 'CONCERN' | 'NEUTRAL';

/** What the canvas needs to draw and filter a node. */
export interface GNode {
  id: string;
  type: NodeType;
  label: string;
  /** Statements: date (YYYY-MM-DD) and topics with stance; events: date. */
  date?: string | null;
  topics?: Array<{ id: string; name: string; stance: Stance | null }>;
}

export interface GEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/** Extra fields of the typed node, for filtering. */
const NODE_EXTRA = `node {
  ... on Statement { saidOn topics { stance topic { id name } } }
  ... on Event { date }
}`;
const GRAPH_NODE = `id type label ${NODE_EXTRA}`;
const GRAPH_EDGE = 'id type source target properties';

interface RawNode {
  id: string;
  type: NodeType;
  label: string | null;
  node?: { saidOn?: string | null; date?: string | null; topics?: Array<{ stance: Stance | null; topic: { id: string; name: string } | null }> | null } | null;
}

function toNode(raw: RawNode): GNode {
  const node: GNode = { id: raw.id, type: raw.type, label: raw.label ?? raw.id };
  const typed = raw.node;
  if (typed?.saidOn !== undefined) node.date = typed.saidOn;
  if (typed?.date !== undefined) node.date = typed.date;
  if (typed?.topics) node.topics = typed.topics.flatMap((t) => (t.topic ? [{ id: t.topic.id, name: t.topic.name, stance: t.stance }] : []));
  return node;
}

export interface SearchHit {
  id: string;
  type: NodeType;
  label: string;
  fragment: string | null;
  field: string | null;
}

export async function search(text: string, first = 12): Promise<SearchHit[]> {
  const data = await gql<{ search: Array<{ type: NodeType; label: string; fragment: string | null; field: string | null; node: { id: string } }> }>(
    'query ExplorerSearch($text: String!, $first: Int) { search(text: $text, first: $first) { type label fragment field node { id } } }',
    { text, first },
  );
  return data.search.map((h) => ({ id: h.node.id, type: h.type, label: h.label, fragment: h.fragment, field: h.field }));
}

export interface Subgraph {
  nodes: GNode[];
  edges: GEdge[];
  truncated: boolean;
}

export async function neighbourhood(id: string, limit: number): Promise<Subgraph> {
  const data = await gql<{ neighbourhood: { truncated: boolean; nodes: RawNode[]; edges: GEdge[] } | null }>(
    `query ExplorerNeighbourhood($id: ID!, $limit: Int) { neighbourhood(id: $id, depth: 1, limit: $limit) { truncated nodes { ${GRAPH_NODE} } edges { ${GRAPH_EDGE} } } }`,
    { id, limit },
  );
  if (!data.neighbourhood) throw new ApiError(`No node with id ${id}.`);
  return { truncated: data.neighbourhood.truncated, nodes: data.neighbourhood.nodes.map(toNode), edges: data.neighbourhood.edges };
}

/** One node as the canvas draws it (a neighbourhood limited to the centre). */
export async function nodeById(id: string): Promise<GNode> {
  const data = await gql<{ neighbourhood: { nodes: RawNode[] } | null }>(
    `query ExplorerNode($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 1) { nodes { ${GRAPH_NODE} } } }`,
    { id },
  );
  const raw = data.neighbourhood?.nodes.find((n) => n.id === id);
  if (!raw) throw new ApiError(`No node with id ${id}.`);
  return toNode(raw);
}

export interface Path {
  length: number;
  nodes: GNode[];
  edges: GEdge[];
}

export async function paths(from: string, to: string, maxHops: number): Promise<Path[]> {
  const data = await gql<{ paths: Array<{ length: number; nodes: RawNode[]; edges: GEdge[] }> | null }>(
    `query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int) { paths(from: $from, to: $to, maxHops: $maxHops, limit: 5) { length nodes { ${GRAPH_NODE} } edges { ${GRAPH_EDGE} } } }`,
    { from, to, maxHops },
  );
  return (data.paths ?? []).map((p) => ({ length: p.length, nodes: p.nodes.map(toNode), edges: p.edges }));
}

/** An id, or the best search hit for a name. */
export async function resolveNode(text: string): Promise<string> {
  const trimmed = text.trim();
  if (/^[a-z]+:\S+$/.test(trimmed)) return trimmed;
  const hits = await search(trimmed, 1);
  if (!hits[0]) throw new ApiError(`Nothing found for "${trimmed}".`);
  return hits[0].id;
}

export interface TimelineBucket {
  label: string;
  start: string;
  end: string;
  count: number;
  bucket: string;
}

export async function timeline(scope: { actor?: string; topic?: string }, bucket: string): Promise<TimelineBucket[]> {
  const data = await gql<{ timeline: TimelineBucket[] | null }>(
    'query ExplorerTimeline($actor: ID, $topic: ID, $bucket: TimeBucket) { timeline(actor: $actor, topic: $topic, bucket: $bucket, perBucket: 0) { label start end count bucket } }',
    { ...scope, bucket },
  );
  return data.timeline ?? [];
}

export async function topicsList(): Promise<Array<{ id: string; name: string }>> {
  const data = await gql<{ topics: { edges: Array<{ node: { id: string; name: string } }> } | null }>(
    'query ExplorerTopics { topics(first: 100) { edges { node { id name } } } }',
  );
  return (data.topics?.edges ?? []).map((e) => e.node);
}
