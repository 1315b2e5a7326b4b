/** search on the seed graph: ranking, fragments, the types filter, and text that is not Lucene syntax. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fragment, luceneTerms, SEARCH_BOUNDS, search } from '../../src/graph/search.js';
import { client, openGraph, resetWithSeed } from '../support/graph.js';

const db = openGraph();
const { gql, yoga } = client(db.graph);
beforeAll(() => resetWithSeed(db.graph));
afterAll(() => db.close());

const HIT = 'type score label field fragment node { id ... on Statement { speaker { name } } ... on Place { name } }';
const SEARCH = `query ($text: String!, $types: [NodeType!], $first: Int) { search(text: $text, types: $types, first: $first) { ${HIT} } }`;

describe('search', () => {
  it('ranks a Sergei Lavrov statement first or second for "missile defence"', async () => {
    const res = await gql(SEARCH, { text: 'missile defence' });
    expect(res.errors).toBeUndefined();
    const hits = res.data.search;
    const speakers = hits.slice(0, 2).map((h: any) => h.node.speaker?.name);
    expect(speakers).toContain('Sergei Lavrov');
    const scores = hits.map((h: any) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const statement = hits.find((h: any) => h.type === 'STATEMENT');
    expect(statement.field).toBe('text');
    expect(statement.fragment.toLowerCase()).toMatch(/missile|defence/);
    expect(statement.fragment.length).toBeLessThanOrEqual(162);
  });

  it('finds the Kuril Islands by its alias "Kurile islands"', async () => {
    const res = await gql(SEARCH, { text: 'Kurile' });
    expect(res.errors).toBeUndefined();
    const [first] = res.data.search;
    expect(first).toMatchObject({ type: 'PLACE', label: 'Kuril Islands', field: 'aliases', fragment: 'Kurile islands', node: { id: 'place:kuril-islands' } });
  });

  it('finds articles by headline, and keeps to the types asked for', async () => {
    const res = await gql(SEARCH, { text: 'deeply concerned', types: ['ARTICLE'] });
    expect(res.errors).toBeUndefined();
    expect(res.data.search).toHaveLength(1);
    expect(res.data.search[0]).toMatchObject({ type: 'ARTICLE', field: 'headline' });
    const places = await gql(SEARCH, { text: 'north korea japan', types: ['PLACE', 'COUNTRY'] });
    const types = new Set(places.data.search.map((h: any) => h.type));
    expect(types.size).toBeGreaterThan(0);
    expect([...types].every((t) => t === 'PLACE' || t === 'COUNTRY')).toBe(true);
    const none = await gql(SEARCH, { text: 'missile', types: ['CLAIM'] });
    expect(none).toEqual({ data: { search: [] } });
  });

  it('returns at most `first` hits', async () => {
    const res = await gql(SEARCH, { text: 'japan', first: 3 });
    expect(res.data.search).toHaveLength(3);
  });

  it.each([
    'missile AND (defence',
    '*',
    '\\',
    '") OR 1=1',
    'NOT',
    'title:missile~2^10 || [a TO z] && {x} /re.*gex/ ?!-+:',
    'Лавров «ракеты» 導彈防禦 🚀 e\u0301',
    '\u0000\u200b\ud800',
    'a'.repeat(500),
    // 500 CJK characters are 500 terms (one per ideograph) in two fields: within Lucene's clause limit.
    Array.from({ length: 500 }, (_, i) => String.fromCharCode(0x4e00 + i * 7)).join(''),
  ])('takes %j as plain words', async (text) => {
    const res = await gql(SEARCH, { text });
    expect(res.errors).toBeUndefined();
    expect(Array.isArray(res.data.search)).toBe(true);
  });

  it('treats operator words and syntax as terms: "missile AND (defence" matches like "missile and defence"', async () => {
    const hostile = await gql(SEARCH, { text: 'missile AND (defence' });
    const plain = await gql(SEARCH, { text: 'missile and defence' });
    expect(hostile.data.search.map((h: any) => h.node.id)).toEqual(plain.data.search.map((h: any) => h.node.id));
  });

  it.each([
    [{ text: '' }, /text must not be empty/],
    [{ text: ' \n\t ' }, /text must not be empty/],
    [{ text: 'x'.repeat(501) }, /text must be at most 500 characters/],
    [{ text: 'japan', first: 0 }, /first must be between 1 and 100/],
    [{ text: 'japan', first: 101 }, /first must be between 1 and 100/],
  ])('refuses %j clearly', async (variables, message) => {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SEARCH, variables }),
    });
    expect(response.status).toBeLessThan(500);
    const res = (await response.json()) as any;
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(JSON.stringify(res)).not.toMatch(/Unexpected error|stack|at \w+ \(/);
  });
});

describe('luceneTerms', () => {
  it('escapes every syntax character and disarms operator words', () => {
    expect(luceneTerms('a+b-c&&d||e!(f){g}[h]^"i"~j*k?l:m\\n/o')).toBe('a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^\\"i\\"\\~j\\*k\\?l\\:m\\\\n\\/o');
    expect(luceneTerms('missile AND defence OR NOT x ANDROID')).toBe('missile and defence or not x ANDROID');
  });
});

describe('fragment', () => {
  const long = `${'lead '.repeat(40)}the missile defence system ${'tail '.repeat(40)}`;
  it('cuts about 160 characters around the match at word boundaries, with … at cut ends', () => {
    const f = fragment(long, long.indexOf('missile'));
    expect(f).toMatch(/^…lead .*the missile defence system tail.*…$/);
    expect(f.length).toBeLessThanOrEqual(162);
    expect(f).not.toMatch(/ …|… /);
  });
  it('keeps short text whole and starts at the beginning when the match is early', () => {
    expect(fragment('Kurile islands', 0)).toBe('Kurile islands');
    expect(fragment(long, 0)).toMatch(/^lead lead .*…$/);
  });
});

// The graph layer owns these bounds (src/graph/search.ts): called below the API, out of them,
// search refuses with a RangeError naming the argument rather than answer something else.
describe('bounds, checked by search itself', () => {
  const longest = 'Lavrov '.repeat(SEARCH_BOUNDS.maxText).slice(0, SEARCH_BOUNDS.maxText);

  it('refuses text and limits out of bounds, naming them', async () => {
    await expect(search(db.graph, { text: `${longest}x`, labels: null, limit: 20 })).rejects.toThrow(/text must hold between 1 and 500 characters, got 501/);
    await expect(search(db.graph, { text: '   ', labels: null, limit: 20 })).rejects.toThrow(/text must hold between 1 and 500 characters, got 0/);
    await expect(search(db.graph, { text: 'Lavrov', labels: null, limit: SEARCH_BOUNDS.maxFirst + 1 })).rejects.toThrow(
      /limit must be a whole number between 1 and 100, got 101/,
    );
    await expect(search(db.graph, { text: 'Lavrov', labels: null, limit: 0 })).rejects.toThrow(RangeError);
  });

  it('answers at the bounds', async () => {
    expect((await search(db.graph, { text: longest, labels: null, limit: SEARCH_BOUNDS.maxFirst })).length).toBeGreaterThan(1);
    expect(await search(db.graph, { text: 'Lavrov', labels: null, limit: 1 })).toHaveLength(1);
  });
});
