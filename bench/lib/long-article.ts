/**
 * A long article for speed and load tests: the development set's real articles (data/dev/*.txt)
 * one after another, blank lines between them, until the text reaches the size asked for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEV_DIR } from '../../src/eval/gold.js';

let articles: string[] | undefined;

/** At least `bytes` bytes of UTF-8 (at most one article more). */
export function longArticle(bytes: number): string {
  articles ??= readdirSync(DEV_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(DEV_DIR, f), 'utf8'));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const article = articles[i % articles.length]!;
    parts.push(article);
    size += Buffer.byteLength(article) + 2;
  }
  return parts.join('\n\n');
}

/** Exactly `bytes` bytes of UTF-8 or fewer (cut at a character boundary): for size limits. */
export function articleOfBytes(bytes: number): string {
  const text = Buffer.from(longArticle(bytes)).subarray(0, bytes).toString('utf8');
  // A cut through a multi-byte character leaves U+FFFD (3 bytes): drop it.
  return text.endsWith('\uFFFD') ? text.slice(0, -1) : text;
}
