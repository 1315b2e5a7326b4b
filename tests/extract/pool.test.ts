/**
 * The extraction pool (src/extract/pool.ts): worker threads that extract exactly what
 * extractDossier does in-thread, started lazily and reused, with the size limit checked before
 * any work and the time limit enforced by ending (and later replacing) the worker.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { longArticle } from '../../bench/lib/long-article.js';
import { DossierError } from '../../src/dossier/errors.js';
import { DEV_DIR } from '../../src/eval/gold.js';
import { extractDossier } from '../../src/extract/index.js';
import { ArticleTooLargeError, ExtractionPool, ExtractionTimeoutError } from '../../src/extract/pool.js';

const article = (name: string) => readFileSync(path.join(DEV_DIR, `${name}.txt`), 'utf8');
const pools: ExtractionPool[] = [];
const pool = (settings: Partial<ExtractionPool['settings']> = {}) => {
  const p = new ExtractionPool({ workers: 2, maxArticleBytes: 1_048_576, timeoutMs: 30_000, ...settings });
  pools.push(p);
  return p;
};

afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe('ExtractionPool', () => {
  it('extracts in a worker thread exactly what extractDossier extracts in-thread', async () => {
    const p = pool();
    for (const name of ['01-lavrov-kono-aegis', '05-seoul-sanctions-two-kims']) {
      const options = { published: '2017-11-24', publisher: 'The Test' };
      expect(await p.extract(article(name), options)).toEqual(extractDossier(article(name), options));
    }
  }, 60_000);

  it('starts workers only when work arrives, at most `workers`, and reuses them', async () => {
    const p = pool({ workers: 2 });
    expect(p.size).toBe(0);
    const names = ['03-bonn-climate-finance', '07-eu-steel-tariffs', '10-mensah-radio-coal', '11-rotterdam-dock-strike', '08-castlemere-mayor-recount'];
    const results = await Promise.all(names.map((n) => p.extract(article(n), { published: '2020-01-01' })));
    expect(results.map((r) => r.report.statements)).toEqual(names.map((n) => extractDossier(article(n), { published: '2020-01-01' }).report.statements));
    expect(p.size).toBe(2);
    await p.extract(article(names[0]!), { published: '2020-01-01' });
    expect(p.size).toBe(2);
  }, 60_000);

  it('refuses an article above the size limit (UTF-8 bytes, not characters) before any work', async () => {
    const p = pool({ maxArticleBytes: 100 });
    const text = 'é'.repeat(60); // 60 characters, 120 bytes
    const error = await p.extract(text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleTooLargeError);
    expect((error as Error).message).toBe('"text" is 120 bytes (UTF-8), above the article size limit of 100 bytes');
    expect(p.size).toBe(0);
  });

  it('hands back the extractor’s errors: a DossierError with its issues, others with their message', async () => {
    const p = pool({ workers: 1 });
    const invalid = await p
      .extract('Minister resigns\n\nThe minister said: “I am leaving because of the scandal.”', { published: 'soon' })
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(DossierError);
    expect((invalid as DossierError).issues.some((i) => i.path === 'article.publishedAt')).toBe(true);
    await expect(p.extract('   \n\n  ')).rejects.toThrow('the article has no text');
  }, 60_000);

  it('ends a worker past the time limit, and the next article gets a new one', async () => {
    const p = pool({ workers: 1, timeoutMs: 2_000, maxArticleBytes: 4 * 1_048_576 });
    const started = performance.now();
    const error = await p.extract(longArticle(3 * 1_048_576)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractionTimeoutError);
    expect((error as Error).message).toMatch(/longer than the limit of 2000 ms/);
    // Stopped at the limit (plus the worker's start), not after the whole extraction (~10 s of CPU).
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(p.size).toBe(0);
    const short = 'Minister resigns\n\nThe minister, Jan Smit, said: “I am leaving because of the scandal.”';
    expect(await p.extract(short, { published: '2020-01-01' })).toEqual(extractDossier(short, { published: '2020-01-01' }));
    expect(p.size).toBe(1);
  }, 60_000);

  it('close() stops every worker; later articles are refused', async () => {
    const p = pool({ workers: 1 });
    await p.extract(article('01-lavrov-kono-aegis'), { published: '2020-01-01' });
    expect(p.size).toBe(1);
    await p.close();
    expect(p.size).toBe(0);
    await expect(p.extract('Headline\n\nText.')).rejects.toThrow(/closed/);
  }, 60_000);
});
