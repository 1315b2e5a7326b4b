/**
 * Stable ids: a readable slug for named things (`person:sergei-lavrov`) and a content hash for
 * statements, so that ingesting the same source twice produces the same ids.
 */
import { createHash } from 'node:crypto';
import type { ActorType } from './schema.js';
import { slugify } from './names.js';
import { ACTOR_TYPE_NAMES, type ActorTypeName, type EntitySection, NODE_TYPE_NAMES, NODE_TYPE_SPECS, type NodeTypeName, specOf } from '../model/registry.js';

/** The id prefix of each kind of node (from the model's registry); the prefix is how a bare id tells its type. */
export const ID_PREFIX = Object.fromEntries(NODE_TYPE_NAMES.map((t) => [t, NODE_TYPE_SPECS[t].prefix])) as {
  readonly [K in NodeTypeName]: (typeof NODE_TYPE_SPECS)[K]['prefix'];
};

export type { NodeTypeName };

const TYPE_BY_PREFIX = new Map<string, NodeTypeName>(NODE_TYPE_NAMES.map((type) => [ID_PREFIX[type], type]));

/** The node type an id names, from its prefix, or undefined for an id of no known kind. */
export function typeOfId(id: string): NodeTypeName | undefined {
  const colon = id.indexOf(':');
  return colon > 0 ? TYPE_BY_PREFIX.get(id.slice(0, colon)) : undefined;
}

/** A dossier actor's `type` → its node type: the actor types of the registry, by enum value. */
export const ACTOR_TYPE_NAME = Object.fromEntries(ACTOR_TYPE_NAMES.map((t) => [NODE_TYPE_SPECS[t].enumValue, t])) as Record<ActorType, ActorTypeName>;

/**
 * The node type of a dossier entry of `section`: the section's one type, or for a section of
 * several types (actors) the one whose enum value is the entry's `type`.
 */
export function typeOfEntry(section: EntitySection, entry: object): NodeTypeName {
  const types = NODE_TYPE_NAMES.filter((t) => specOf(t).section === section);
  const kind = (entry as { type?: string }).type;
  const type = types.length === 1 ? types[0] : types.find((t) => specOf(t).enumValue === kind);
  if (!type) throw new Error(`typeOfEntry: no node type of section ${section} is ${JSON.stringify(kind)}`);
  return type;
}

/** The name a dossier entry is known by: its type's caption property (`name`, or a claim's `text`). */
export function nameOfEntry(type: NodeTypeName, entry: object): string {
  return (entry as Record<string, string>)[specOf(type).caption]!;
}

export function slugId(type: NodeTypeName, name: string): string {
  return `${ID_PREFIX[type]}:${slugify(name)}`;
}

/** The id of a node that is a span of an article (a statement, a mention): its type's prefix and 20 hex digits of SHA-256 of `articleId#start-end`. */
function spanId(type: 'Statement' | 'Mention', articleId: string, span: { start: number; end: number }): string {
  const hash = createHash('sha256').update(`${articleId}#${span.start}-${span.end}`).digest('hex');
  return `${ID_PREFIX[type]}:${hash.slice(0, 20)}`;
}

export function statementId(articleId: string, span: { start: number; end: number }): string {
  return spanId('Statement', articleId, span);
}

export function mentionId(articleId: string, span: { start: number; end: number }): string {
  return spanId('Mention', articleId, span);
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
