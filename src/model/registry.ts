/**
 * The one registry of the graph model: every node type with its label, id prefix, dossier
 * section, GraphQL type, `NodeType` enum value, caption property and explorer style, and every
 * relationship type with its ends (docs/ARCHITECTURE.md §1 and §6). The lists the other layers
 * use (`ID_PREFIX`, `NODE_LABELS`, `RELATIONSHIP_TYPES`, the `NodeType` enum, `isTypeOf`, the
 * explorer's legend and styles…) are derived from here; the lists that must stay literal (the
 * Cypher files, where labels can't be parameters) are checked against it by
 * tests/repo/model-registry.test.ts.
 *
 * Pure data, no imports: it sits below every layer, and the explorer's browser bundle reads it too.
 */

/** What the registry says about one node type. */
export interface NodeTypeSpec {
  /** The node's most specific label (also the GraphQL object type's name). */
  readonly label: string;
  /** The label whose uniqueness constraint indexes the id (`Actor` for the three kinds of actor). */
  readonly idLabel: string;
  /** The id prefix, without its colon: `person` in `person:sergei-lavrov`. */
  readonly prefix: string;
  /** Its value of the API's `NodeType` enum (and the word `/export/subgraph` takes). */
  readonly enumValue: string;
  /** The dossier section its entries come from, if a dossier defines it by an entry of its own. */
  readonly section?: string;
  /**
   * What its id is made from: `name` (a slug of the entry's name, or the id of a graph entity of
   * that name), `span` (a hash of the article and a span of its text), `url` (the article's).
   */
  readonly idFrom: 'name' | 'span' | 'url';
  /** The property whose value captions the node (explorer, subgraphs, search hits). */
  readonly caption: 'name' | 'headline' | 'text';
  /** Whether its `nameKeys` are in the `name_keys` full-text index (references find it by name). */
  readonly nameKeyed: boolean;
  /** How the explorer draws it (a cytoscape shape) and names it in the legend. */
  readonly style: { readonly color: string; readonly shape: string; readonly name: string };
}

/**
 * Every node type, most specific first: a node's type is the first entry whose label it
 * carries. The key is the type's name in code (`NodeTypeName`) and in GraphQL; the order is
 * also the explorer's legend.
 */
export const NODE_TYPE_SPECS = {
  Person: {
    label: 'Person',
    idLabel: 'Actor',
    prefix: 'person',
    enumValue: 'PERSON',
    section: 'actors',
    idFrom: 'name',
    caption: 'name',
    nameKeyed: true,
    style: { color: '#3b6fd8', shape: 'ellipse', name: 'Person' },
  },
  Country: {
    label: 'Country',
    idLabel: 'Actor',
    prefix: 'country',
    enumValue: 'COUNTRY',
    section: 'actors',
    idFrom: 'name',
    caption: 'name',
    nameKeyed: true,
    style: { color: '#1f9e89', shape: 'hexagon', name: 'Country' },
  },
  Organization: {
    label: 'Organization',
    idLabel: 'Actor',
    prefix: 'org',
    enumValue: 'ORGANIZATION',
    section: 'actors',
    idFrom: 'name',
    caption: 'name',
    nameKeyed: true,
    style: { color: '#7b4fd0', shape: 'round-rectangle', name: 'Organisation' },
  },
  Place: {
    label: 'Place',
    idLabel: 'Place',
    prefix: 'place',
    enumValue: 'PLACE',
    section: 'places',
    idFrom: 'name',
    caption: 'name',
    nameKeyed: true,
    style: { color: '#6b8e23', shape: 'triangle', name: 'Place' },
  },
  Statement: {
    label: 'Statement',
    idLabel: 'Statement',
    prefix: 'statement',
    enumValue: 'STATEMENT',
    section: 'statements',
    idFrom: 'span',
    caption: 'text',
    nameKeyed: false,
    style: { color: '#e2762c', shape: 'round-diamond', name: 'Statement' },
  },
  Topic: {
    label: 'Topic',
    idLabel: 'Topic',
    prefix: 'topic',
    enumValue: 'TOPIC',
    section: 'topics',
    idFrom: 'name',
    caption: 'name',
    nameKeyed: true,
    style: { color: '#d4a106', shape: 'round-tag', name: 'Topic' },
  },
  Event: {
    label: 'Event',
    idLabel: 'Event',
    prefix: 'event',
    enumValue: 'EVENT',
    section: 'events',
    idFrom: 'name',
    caption: 'name',
    nameKeyed: true,
    style: { color: '#0b7285', shape: 'star', name: 'Event' },
  },
  Claim: {
    label: 'Claim',
    idLabel: 'Claim',
    prefix: 'claim',
    enumValue: 'CLAIM',
    section: 'claims',
    idFrom: 'name',
    caption: 'text',
    nameKeyed: true,
    style: { color: '#c2255c', shape: 'diamond', name: 'Claim' },
  },
  Mention: {
    label: 'Mention',
    idLabel: 'Mention',
    prefix: 'mention',
    enumValue: 'MENTION',
    section: 'mentions',
    idFrom: 'span',
    caption: 'text',
    nameKeyed: false,
    style: { color: '#868e96', shape: 'tag', name: 'Mention' },
  },
  Article: {
    label: 'Article',
    idLabel: 'Article',
    prefix: 'article',
    enumValue: 'ARTICLE',
    idFrom: 'url',
    caption: 'headline',
    nameKeyed: false,
    style: { color: '#5c677d', shape: 'rectangle', name: 'Article' },
  },
} as const satisfies Record<string, NodeTypeSpec>;

type Specs = typeof NODE_TYPE_SPECS;

/** A node type's name: `Person`, `Place`, … */
export type NodeTypeName = keyof Specs;
/** Every node type's name, in the registry's order (most specific first). */
export const NODE_TYPE_NAMES = Object.keys(NODE_TYPE_SPECS) as NodeTypeName[];

/** The types that are actors (dossier section `actors`; GraphQL interface and shared label `Actor`). */
export type ActorTypeName = { [K in NodeTypeName]: Specs[K] extends { section: 'actors' } ? K : never }[NodeTypeName];
export const ACTOR_TYPE_NAMES = NODE_TYPE_NAMES.filter((t) => specOf(t).section === 'actors') as ActorTypeName[];
/** The label every actor carries beside its own, and the GraphQL interface of actors. */
export const ACTOR_LABEL = 'Actor';

/** A `NodeType` enum value: `PERSON`, `PLACE`, … */
export type NodeTypeValue = Specs[NodeTypeName]['enumValue'];
/** A node type's own label or the label of its id constraint. */
export type ModelLabel = Specs[NodeTypeName]['label'] | Specs[NodeTypeName]['idLabel'];
/** An id prefix, without its colon. */
export type IdPrefix = Specs[NodeTypeName]['prefix'];
/** A dossier section that defines nodes. */
export type EntitySection = Specs[NodeTypeName] extends infer S ? (S extends { section: infer X; idFrom: 'name' } ? X : never) : never;

/**
 * The dossier sections of named entries (an id of their own, or a name that adopts or makes
 * one), in the registry's order (the order of their issues).
 */
export const ENTITY_SECTIONS = [...new Set(NODE_TYPE_NAMES.flatMap((t) => (specOf(t).idFrom === 'name' ? (specOf(t).section ?? []) : [])))] as EntitySection[];

/** The registry entry of a type, widened to the interface (for code that reads any field). */
export function specOf(type: NodeTypeName): NodeTypeSpec {
  return NODE_TYPE_SPECS[type];
}

/** Every label of the model: the types' own labels and the shared id labels (`Actor`). */
export const MODEL_LABELS = [...new Set(NODE_TYPE_NAMES.flatMap((t) => [specOf(t).idLabel, specOf(t).label]))] as ModelLabel[];

/**
 * Every relationship type, with the labels at its ends (direction matters: `from` → `to`).
 * An end may be any of several labels (`MENTIONS` reaches an actor or a place).
 */
export const RELATIONSHIP_SPECS = {
  ATTRIBUTED_TO: { from: ['Statement'], to: ['Actor'] },
  REPORTED_IN: { from: ['Statement'], to: ['Article'] },
  ABOUT: { from: ['Statement'], to: ['Topic'] },
  MENTIONS: { from: ['Statement'], to: ['Actor', 'Place'] },
  ASSERTS: { from: ['Statement'], to: ['Claim'] },
  RELAYS: { from: ['Statement'], to: ['Statement'] },
  RESPONDS_TO: { from: ['Statement'], to: ['Statement'] },
  MADE_AT: { from: ['Statement'], to: ['Event'] },
  INVOLVES: { from: ['Event'], to: ['Actor'] },
  HELD_IN: { from: ['Event'], to: ['Place'] },
  HOLDS_ROLE: { from: ['Person'], to: ['Country', 'Organization'] },
  PUBLISHED_BY: { from: ['Article'], to: ['Organization'] },
  WRITTEN_BY: { from: ['Article'], to: ['Person'] },
  CONTRIBUTED_BY: { from: ['Article'], to: ['Organization'] },
  CLAIMS: { from: ['Country'], to: ['Place'] },
  CONTROLS: { from: ['Country'], to: ['Place'] },
  PART_OF: { from: ['Place'], to: ['Place'] },
  SUBTOPIC_OF: { from: ['Topic'], to: ['Topic'] },
  FOUND_IN: { from: ['Mention'], to: ['Article'] },
  REFERS_TO: { from: ['Mention'], to: ['Actor'] },
} as const satisfies Record<string, { readonly from: readonly ModelLabel[]; readonly to: readonly ModelLabel[] }>;

export type RelationshipTypeName = keyof typeof RELATIONSHIP_SPECS;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_SPECS) as RelationshipTypeName[];

/** The type whose `NodeType` enum value this is. */
export const TYPE_BY_ENUM_VALUE = Object.fromEntries(NODE_TYPE_NAMES.map((t) => [specOf(t).enumValue, t])) as Record<NodeTypeValue, NodeTypeName>;

/** A node's type from its labels: the first registry entry whose label it carries. */
export function typeOfLabels(labels: readonly string[]): NodeTypeName | undefined {
  return NODE_TYPE_NAMES.find((t) => labels.includes(specOf(t).label));
}
