/**
 * Extraction speed on one core: every gold article's raw text, extracted over and over for a
 * few seconds; prints articles per second and kilobytes per second.
 *
 *   npm run bench:extract
 */
import { goldArticles } from '../src/eval/gold.js';
import { extractDossier } from '../src/extract/index.js';

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
