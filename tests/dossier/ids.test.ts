// typeOfId, slugId, statementId and contentHash: ids tell their type by prefix; statement ids are stable content hashes.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ACTOR_TYPE_NAME, ID_PREFIX, contentHash, slugId, statementId, typeOfId } from '../../src/dossier/ids.js';

describe('typeOfId', () => {
  it.each([
    ['person:sergei-lavrov', 'Person'],
    ['country:russia', 'Country'],
    ['org:the-independent', 'Organization'],
    ['place:kuril-islands', 'Place'],
    ['article:independent-2017-11-24-lavrov-kono', 'Article'],
    ['statement:b51ffabd988a0551235a', 'Statement'],
    ['claim:japan-itself-poses-no-direct-risk-to-russia', 'Claim'],
    ['topic:kuril-islands-dispute', 'Topic'],
    ['event:abe-trump-meeting-2017-11', 'Event'],
  ])('%s is a %s', (id, type) => {
    expect(typeOfId(id)).toBe(type);
  });

  it('covers every prefix', () => {
    for (const [type, prefix] of Object.entries(ID_PREFIX)) expect(typeOfId(`${prefix}:x`)).toBe(type);
  });

  it.each([
    '',
    'person',
    'Sergei Lavrov',
    ':sergei-lavrov',
    'Person:sergei-lavrov',
    'organization:reuters',
    'people:x',
    'foo:bar',
    ' person:x',
    'constructor:x',
    '__proto__:x',
    'toString:x',
  ])('%j has no known type', (id) => {
    expect(typeOfId(id)).toBeUndefined();
  });

  it('reads the prefix up to the first colon only', () => {
    expect(typeOfId('person:a:b')).toBe('Person');
    expect(typeOfId('x:person:a')).toBeUndefined();
  });
});

describe('slugId', () => {
  it('joins the type prefix and the slug of the name', () => {
    expect(slugId('Person', 'Sergéi Lávrov')).toBe('person:sergei-lavrov');
    expect(slugId('Organization', 'The Independent')).toBe('org:the-independent');
    expect(slugId('Place', 'Moscow (city)')).toBe('place:moscow-city');
  });

  it('maps actor types to node types', () => {
    expect(ACTOR_TYPE_NAME).toEqual({ PERSON: 'Person', COUNTRY: 'Country', ORGANIZATION: 'Organization' });
  });
});

describe('statementId', () => {
  const article = 'article:independent-2017-11-24-lavrov-kono';

  it('is a statement id with a 20-hex-digit hash', () => {
    expect(statementId(article, { start: 8, end: 24 })).toMatch(/^statement:[0-9a-f]{20}$/);
    expect(typeOfId(statementId(article, { start: 8, end: 24 }))).toBe('Statement');
  });

  it('is deterministic, and pinned: ingesting the seed again must reach the same nodes', () => {
    expect(statementId(article, { start: 8, end: 24 })).toBe(statementId(article, { start: 8, end: 24 }));
    expect(statementId(article, { start: 8, end: 24 })).toBe('statement:b51ffabd988a0551235a');
  });

  it('differs by start, by end and by article', () => {
    const ids = new Set([
      statementId(article, { start: 8, end: 24 }),
      statementId(article, { start: 9, end: 24 }),
      statementId(article, { start: 8, end: 25 }),
      statementId('article:other', { start: 8, end: 24 }),
      statementId(article, { start: 82, end: 4 }),
      statementId(article, { start: 8, end: 24 }),
    ]);
    expect(ids.size).toBe(5);
  });

  it('does not confuse spans whose digits run together', () => {
    expect(statementId(article, { start: 1, end: 23 })).not.toBe(statementId(article, { start: 12, end: 3 }));
  });
});

describe('contentHash', () => {
  it('is the hex sha-256 of the text', () => {
    expect(contentHash('hello')).toBe(createHash('sha256').update('hello').digest('hex'));
    expect(contentHash('hello')).toHaveLength(64);
    expect(contentHash('hello')).not.toBe(contentHash('hello '));
  });
});
