/**
 * Full-text search (cypher/read/explore/search): the user's words as a Lucene query that can't
 * be anything but a set of terms, the hits of the three full-text indexes in one ranked query,
 * and where in each hit the words matched (field and fragment).
 */
import { requireLengthWithin, requireWithin } from './bounds.js';
import { cypher } from './cypher.js';
import type { Graph } from './graph.js';
import type { NodeLabel, NodeRow } from './model.js';
import { int } from './values.js';

/**
 * The search's bounds, owned here with its query: the longest text (characters) and the hits per
 * answer (default and most). The API validates against these (src/schema/explore/search.ts), and
 * `search` refuses anything outside them.
 */
export const SEARCH_BOUNDS = { maxText: 500, defaultFirst: 20, maxFirst: 100 } as const;

export interface SearchQuery {
  text: string;
  /** Labels a hit must carry (null: any). */
  labels: NodeLabel[] | null;
  limit: number;
}

export type SearchNode = NodeRow & Record<string, unknown>;

export interface SearchHitRow {
  node: SearchNode;
  score: number;
  /** The property the words matched in: text, name, aliases or headline. */
  field: string;
  /** About FRAGMENT_LENGTH characters of that property around the first matched word. */
  fragment: string;
}

/** Hits, best first. Scores are Lucene's BM25, each index with its own statistics. */
export async function search(graph: Graph, q: SearchQuery): Promise<SearchHitRow[]> {
  requireLengthWithin('text', q.text.trim().length, 1, SEARCH_BOUNDS.maxText, 'characters');
  requireWithin('limit', q.limit, 1, SEARCH_BOUNDS.maxFirst);
  const rows = await graph.read<{ node: SearchNode; score: number }>(cypher('read/explore/search'), {
    query: luceneTerms(q.text),
    labels: q.labels,
    limit: int(q.limit),
  });
  const words = new Set(wordsOf(q.text).map((w) => w.word));
  return rows.map((r) => ({ ...r, ...whereMatched(r.node, words) }));
}

// Lucene's query syntax: a backslash makes any of these a plain character.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
// Operators are upper-case words only; the indexes' analyser lower-cases every term anyway, so
// lower-casing these changes what they match in nothing.
const LUCENE_OPERATOR = /\b(AND|OR|NOT)\b/g;

/** Any text → a Lucene query that is a plain set of terms (ORed, as Lucene's default). */
export function luceneTerms(text: string): string {
  return text.replace(LUCENE_SPECIAL, '\\$&').replace(LUCENE_OPERATOR, (w) => w.toLowerCase());
}

// Words as the standard analyser cuts them, near enough: letters and digits, with inner
// apostrophes and dots kept ("korea's", "u.s").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*/gu;

function wordsOf(text: string): Array<{ word: string; index: number }> {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), index: m.index }));
}

/** The properties each index covers, in the order a match is looked for. */
function searchedFields(node: NodeRow): string[] {
  if (node.labels.includes('Statement')) return ['text'];
  if (node.labels.includes('Article')) return ['headline', 'text'];
  return ['name', 'aliases'];
}

/**
 * The first property (and, for a list, the first value) holding one of the words, and the
 * window around that word. Lucene doesn't say which field matched; re-finding the words is
 * cheap and stays in step with the analyser for ordinary text. When nothing is re-found
 * (analyser subtleties), the first property's start stands in.
 */
export function whereMatched(node: SearchNode, words: ReadonlySet<string>): { field: string; fragment: string } {
  const fields = searchedFields(node);
  for (const field of fields) {
    for (const value of valuesOf(node[field])) {
      const hit = wordsOf(value).find((w) => words.has(w.word));
      if (hit) return { field, fragment: fragment(value, hit.index) };
    }
  }
  const field = fields[0]!;
  return { field, fragment: fragment(valuesOf(node[field])[0] ?? '', 0) };
}

function valuesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export const FRAGMENT_LENGTH = 160;
// The matched word sits about a third into the window: some lead-in, more of what follows.
const LEAD = 50;

/** About FRAGMENT_LENGTH characters around `at`, cut at spaces, with … where text was cut. */
export function fragment(text: string, at: number): string {
  // Line breaks and runs of spaces become one space (`at` starts a word, so no run straddles it).
  const flat = text.replace(/\s+/g, ' ');
  const pos = text.slice(0, at).replace(/\s+/g, ' ').length;
  if (flat.length <= FRAGMENT_LENGTH) return flat.trim();
  let start = Math.max(0, Math.min(pos - LEAD, flat.length - FRAGMENT_LENGTH));
  let end = Math.min(flat.length, start + FRAGMENT_LENGTH);
  // Don't cut a word in two: move inwards to the nearest space (never past the match).
  if (start > 0 && flat[start - 1] !== ' ') {
    const space = flat.indexOf(' ', start);
    if (space !== -1 && space < pos) start = space + 1;
  }
  if (end < flat.length && flat[end] !== ' ') {
    const space = flat.lastIndexOf(' ', end);
    if (space > pos) end = space;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}
