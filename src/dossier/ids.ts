/**
 * Stable ids: a readable slug for named things (`person:sergei-lavrov`) and a content hash for
 * statements, so that ingesting the same source twice produces the same ids.
 */
import { createHash } from 'node:crypto';
import type { ActorType } from './schema.js';
import { slugify } from './names.js';

/** The id prefix of each kind of node; the prefix is how a bare id tells its type. */
export const ID_PREFIX = {
  Person: 'person',
  Country: 'country',
  Organization: 'org',
  Place: 'place',
  Article: 'article',
  Statement: 'statement',
  Claim: 'claim',
  Topic: 'topic',
  Event: 'event',
} as const;

export type NodeTypeName = keyof typeof ID_PREFIX;

const TYPE_BY_PREFIX = new Map<string, NodeTypeName>(Object.entries(ID_PREFIX).map(([type, prefix]) => [prefix, type as NodeTypeName]));

/** The node type an id names, from its prefix, or undefined for an id of no known kind. */
export function typeOfId(id: string): NodeTypeName | undefined {
  const colon = id.indexOf(':');
  return colon > 0 ? TYPE_BY_PREFIX.get(id.slice(0, colon)) : undefined;
}

export const ACTOR_TYPE_NAME: Record<ActorType, 'Person' | 'Country' | 'Organization'> = {
  PERSON: 'Person',
  COUNTRY: 'Country',
  ORGANIZATION: 'Organization',
};

export function slugId(type: NodeTypeName, name: string): string {
  return `${ID_PREFIX[type]}:${slugify(name)}`;
}

export function statementId(articleId: string, span: { start: number; end: number }): string {
  const hash = createHash('sha256').update(`${articleId}#${span.start}-${span.end}`).digest('hex');
  return `statement:${hash.slice(0, 20)}`;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
