/**
 * The same text is the same article whatever its URL: the development set's raw texts ingested
 * with their URLs, again without, and again with other URLs give the same graph (node and
 * relationship counts, article and statement ids); the addresses are kept in `urls`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph } from '../../src/graph/admin.js';
import { ExtractionPool } from '../../src/extract/pool.js';
import { ingestArticle } from '../../src/ingest/article.js';
import { openGraph, resetGraph } from '../support/graph.js';

const DEV = path.join(import.meta.dirname, '../../data/dev');
const articles = readdirSync(DEV)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({
    raw: readFileSync(path.join(DEV, f), 'utf8'),
    url: JSON.parse(readFileSync(path.join(DEV, f.replace(/\.txt$/, '.json')), 'utf8')).article.url as string,
  }));

const db = openGraph();
const pool = new ExtractionPool({ workers: 1, maxArticleBytes: 1_000_000, timeoutMs: 60_000 });

beforeAll(() => resetGraph(db.graph));
afterAll(async () => {
  await pool.close();
  await db.close();
});

async function ingestAll(urlOf: (a: (typeof articles)[number]) => string | undefined): Promise<void> {
  for (const a of articles) {
    const url = urlOf(a);
    await ingestArticle(db.graph, pool, a.raw, url ? { url } : {});
  }
}

async function snapshot() {
  const ids = await db.graph.read<{ articles: string[]; statements: string[] }>(
    'CALL () { MATCH (a:Article) RETURN collect(a.id) AS articles } CALL () { MATCH (s:Statement) RETURN collect(s.id) AS statements } RETURN articles, statements',
  );
  return { counts: await countGraph(db.graph), articles: ids[0]!.articles.sort(), statements: ids[0]!.statements.sort() };
}

describe('the same text, whatever its URL', () => {
  it('gives the same graph with URLs, without, and with other URLs', async () => {
    expect(articles.length).toBeGreaterThanOrEqual(20);
    await ingestAll((a) => a.url);
    const first = await snapshot();
    expect(first.articles).toHaveLength(articles.length);

    await ingestAll(() => undefined);
    expect(await snapshot()).toEqual(first);

    await ingestAll((a) => a.url.replace('https://example.test/', 'https://mirror.example.org/'));
    expect(await snapshot()).toEqual(first);

    const [row] = await db.graph.read<{ url: string; urls: string[] }>('MATCH (a:Article) RETURN a.url AS url, a.urls AS urls ORDER BY a.id LIMIT 1');
    expect(row!.url).toMatch(/^https:\/\/example\.test\//);
    expect(row!.urls).toEqual([row!.url, row!.url.replace('https://example.test/', 'https://mirror.example.org/')]);
  }, 600_000);
});
