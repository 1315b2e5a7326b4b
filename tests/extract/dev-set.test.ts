/**
 * The extractor on the gold articles it was developed on (seed and data/dev): every extracted
 * dossier valid on its own (its speed is `npm run bench:extract`). The accuracy targets are checked by
 * tests/eval/targets.test.ts; the held-out set is measured by `npm run eval`, not tuned on.
 */
import { describe, expect, it } from 'vitest';
import { parseDossier } from '../../src/dossier/validate.js';
import { goldArticles } from '../../src/eval/gold.js';
import { extractDossier } from '../../src/extract/index.js';
import { buildPlan } from '../../src/ingest/plan.js';

const articles = goldArticles().filter((a) => a.set === 'seed' || a.set === 'dev');

describe('the development set', () => {
  it.each(articles.map((a) => [a.name, a] as const))('%s: extracts a dossier that parses and resolves on its own', (_name, a) => {
    const { dossier } = extractDossier(a.raw, { published: a.gold.article.publishedAt?.slice(0, 10), url: a.gold.article.url });
    expect(() => parseDossier(JSON.parse(JSON.stringify(dossier)))).not.toThrow();
    expect(() => buildPlan(dossier, [])).not.toThrow();
  });
});
