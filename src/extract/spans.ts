/**
 * Lookups over the article's spans that cost log n instead of n: what keeps extraction linear
 * in the length of the text (a rule asked once per sentence, quote or mention must not scan
 * every sentence, quote or mention of the article).
 *
 * They rely on how the spans are built: sentences and quotes come in text order and never
 * overlap (paragraphs.ts, quotes.ts: each is scanned left to right, paragraph by paragraph);
 * mentions are kept sorted by start (Registry.addMention). Each function answers exactly what
 * the linear scan it replaces answered (the same element, the first or last in array order).
 */
import type { Sentence } from './paragraphs.js';
import type { Quote } from './quotes.js';

/** The number of leading elements whose key is below `value` (the array sorted by key). */
export function countBelow<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last element before index `end` that `test` accepts: `[...items.slice(0, end)].reverse().find(test)` without the copies. */
export function findLast<T>(items: readonly T[], test: (item: T) => boolean, end = items.length): T | undefined {
  for (let i = Math.min(end, items.length) - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}

const start = (x: { start: number }) => x.start;
const open = (q: Quote) => q.open;
const close = (q: Quote) => q.close;

/** The sentence holding `offset` (start ≤ offset < end). */
export function sentenceHolding(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  // The last sentence starting at or before the offset is the only one that can hold it.
  const s = sentences[countBelow(sentences, start, offset + 1) - 1];
  return s && offset < s.end ? s : undefined;
}

/** The sentence holding `offset`, else the one ending at it: what `sentenceAt` answers. */
export function sentenceAround(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  // Sentences are never empty and never overlap: only the last one starting at or before the
  // offset can hold it or end at it.
  const s = sentences[countBelow(sentences, start, offset + 1) - 1];
  return s && offset <= s.end ? s : undefined;
}

/** The quote whose marks enclose `offset` (open < offset < close, or ≤ close when `closeToo`). */
export function quoteAround(quotes: readonly Quote[], offset: number, closeToo = false): Quote | undefined {
  const q = quotes[countBelow(quotes, open, offset) - 1];
  return q && (offset < q.close || (closeToo && offset === q.close)) ? q : undefined;
}

/** The quotes opening in [from, to), in order. */
export function quotesOpeningIn(quotes: readonly Quote[], from: number, to: number): Quote[] {
  return quotes.slice(countBelow(quotes, open, from), countBelow(quotes, open, to));
}

/** The last closed quote whose closing mark is in [from, to). */
export function lastQuoteClosingIn(quotes: readonly Quote[], from: number, to: number): Quote | undefined {
  for (let i = countBelow(quotes, close, to) - 1; i >= 0 && quotes[i]!.close >= from; i--) if (quotes[i]!.closed) return quotes[i];
  return undefined;
}

/** Whether a quote's marks hold all of [from, to] (open ≤ from, to ≤ close). */
export function quoteHolds(quotes: readonly Quote[], from: number, to: number): boolean {
  const q = quotes[countBelow(quotes, open, from + 1) - 1];
  return !!q && to <= q.close;
}

/** Whether a quote's words hold [from, to] (q.start ≤ from, to ≤ q.end + 1). */
export function quotedWordsHold(quotes: readonly Quote[], from: number, to: number): boolean {
  const q = quotes[countBelow(quotes, start, from + 1) - 1];
  return !!q && to <= q.end + 1;
}

const byParagraphOf = new WeakMap<object, Map<number, unknown[]>>();

/**
 * The elements of paragraph `index`, in array order: `items.filter((x) => x.paragraph === index)`,
 * grouped once per array (the doc's quotes, sentences and transcript lines never change).
 */
export function inParagraph<T extends { paragraph: number }>(items: readonly T[], index: number): readonly T[] {
  let groups = byParagraphOf.get(items) as Map<number, T[]> | undefined;
  if (!groups) {
    groups = new Map();
    for (const item of items) {
      const list = groups.get(item.paragraph);
      if (list) list.push(item);
      else groups.set(item.paragraph, [item]);
    }
    byParagraphOf.set(items, groups);
  }
  return groups.get(index) ?? [];
}
