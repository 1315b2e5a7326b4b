/**
 * Extraction speed on one core:
 * - every gold article's raw text, extracted over and over for a few seconds: articles per
 *   second and kilobytes per second;
 * - long articles (the development set's articles one after another) of 100 KB, 250 KB,
 *   500 KB and 1 MB, each extracted once after a warm-up: the time should grow with the size,
 *   not faster (1 MB in at most a few seconds).
 *
 *   npm run bench:extract     (BENCH_SECONDS, default 5: how long the first part runs)
 */
import os from 'node:os';
import { goldArticles } from '../src/eval/gold.js';
import { extractDossier } from '../src/extract/index.js';
import { longArticle } from './lib/long-article.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const articles = goldArticles().map((a) => a.raw);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);

// Warm-up: the first calls compile regular expressions and load the NLP lexicon.
for (const raw of articles) extractDossier(raw);

let runs = 0;
const started = performance.now();
while (performance.now() - started < SECONDS * 1000) {
  for (const raw of articles) extractDossier(raw);
  runs += 1;
}
const seconds = (performance.now() - started) / 1000;
const perSecond = (runs * articles.length) / seconds;
console.log('| articles | mean size | runs | articles/s | KB/s |');
console.log('|---|---|---|---|---|');
console.log(
  `| ${articles.length} | ${(bytes / articles.length / 1024).toFixed(1)} KB | ${runs} | ${perSecond.toFixed(0)} | ${((runs * bytes) / 1024 / seconds).toFixed(0)} |`,
);

console.log('\n| long article | statements | seconds | KB/s |');
console.log('|---|---|---|---|');
for (const kb of [100, 250, 500, 1024]) {
  const text = longArticle(kb * 1024);
  const t0 = performance.now();
  // The dossier's own limits (at most 5,000 statements) may refuse the result: the work is done by then.
  let statements = '—';
  try {
    statements = String(extractDossier(text, { published: '2020-01-01' }).report.statements);
  } catch (error) {
    statements = `refused: ${(error as Error).message.slice(0, 60)}`;
  }
  const s = (performance.now() - t0) / 1000;
  console.log(`| ${kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`} | ${statements} | ${s.toFixed(2)} | ${(Buffer.byteLength(text) / 1024 / s).toFixed(0)} |`);
}
console.log(
  `\nload average (1, 5, 15 min): ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')} on ${os.availableParallelism()} cores`,
);
