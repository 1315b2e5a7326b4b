/** /explorer is served by the API's own server: the page, its bundle (built by esbuild in-process) and its stylesheet. */
import { afterAll, describe, expect, it } from 'vitest';
import { client, openGraph } from '../support/graph.js';

const db = openGraph();
const { yoga } = client(db.graph);
afterAll(() => db.close());

describe('GET /explorer', () => {
  it('serves the page, which loads its bundle and stylesheet from /explorer/', async () => {
    for (const url of ['http://yoga/explorer', 'http://yoga/explorer/']) {
      const response = await yoga.fetch(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await response.text();
      expect(html).toContain('<script type="module" src="/explorer/app.js">');
      expect(html).toContain('href="/explorer/style.css"');
    }
  });

  it('serves one ES module bundling cytoscape and the page, talking to /graphql', async () => {
    const response = await yoga.fetch('http://yoga/explorer/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    const js = await response.text();
    expect(js.length).toBeGreaterThan(100_000);
    expect(js).toContain('/graphql');
    expect(js).not.toMatch(/^import\s/m);
    const css = await yoga.fetch('http://yoga/explorer/style.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  }, 30_000);

  it('answers 404 for other files and 405 for other methods, and leaves /graphql alone', async () => {
    expect((await yoga.fetch('http://yoga/explorer/secret.ts')).status).toBe(404);
    expect((await yoga.fetch('http://yoga/explorer', { method: 'POST' })).status).toBe(405);
    const gql = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await gql.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
