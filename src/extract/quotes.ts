/**
 * Direct quotations: where each one opens and closes, and the span of the quoted words.
 *
 * - Curly (“ ”), straight (") and angle (« ») double quotes; an opening straight quote starts a
 *   word, a closing one ends one.
 * - Single quotes (‘ ’ or ') are quotation marks in headlines and standfirsts (the British
 *   convention), and in a body paragraph without double quotes when they open with ‘; inside a
 *   double-quoted passage they are nested quotes and stay part of it. An apostrophe inside a word
 *   (it’s, Japan’s) is never a quotation mark.
 * - A paragraph that ends inside a quotation continues in the next paragraph that opens with a
 *   quotation mark (the convention for quotes running over several paragraphs).
 * - The span is the words inside the marks, trimmed, without a trailing comma or colon
 *   (“…threat,” he said → "…threat"); a full stop, question or exclamation mark stays.
 */
import type { Paragraph } from './paragraphs.js';
import { quoteAround } from './spans.js';

export interface Quote {
  paragraph: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph's end when the quote runs on. */
  close: number;
  closed: boolean;
  /** The quoted words: statement span. */
  start: number;
  end: number;
  single: boolean;
  /** Opens its paragraph and the previous paragraph ended inside a quote. */
  continuation: boolean;
  /** Nothing but the quote (and its punctuation) in the paragraph. */
  wholeParagraph: boolean;
}

const DOUBLE_OPEN = '“„«';
const DOUBLE_CLOSE = '”»';
const SINGLE_OPEN = '‘';
const SINGLE_CLOSE = '’';

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_CONTEXT = /[\s([—–\-/:;,]/;

function opensHere(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return (prev === undefined || OPEN_CONTEXT.test(prev)) && next !== undefined && !isSpace(next);
}

function closesHere(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return prev !== undefined && !isSpace(prev) && !isWordChar(next);
}

interface Mark {
  open: number;
  close: number;
  closed: boolean;
  single: boolean;
}

function scanDouble(text: string): Mark[] {
  const marks: Mark[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open < 0) {
      if (DOUBLE_OPEN.includes(c) || (c === '"' && opensHere(text, i))) open = i;
    } else if (DOUBLE_CLOSE.includes(c) || (c === '"' && !isSpace(text[i - 1]))) {
      marks.push({ open, close: i, closed: true, single: false });
      open = -1;
    }
  }
  if (open >= 0) marks.push({ open, close: text.length, closed: false, single: false });
  return marks;
}

function scanSingle(text: string, straightToo: boolean): Mark[] {
  const marks: Mark[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const candidate = c === SINGLE_OPEN || c === SINGLE_CLOSE || (straightToo && c === "'");
    if (!candidate) continue;
    if (open < 0) {
      if ((c === SINGLE_OPEN || c === "'") && opensHere(text, i)) open = i;
    } else if ((c === SINGLE_CLOSE || c === "'") && closesHere(text, i)) {
      marks.push({ open, close: i, closed: true, single: true });
      open = -1;
    }
  }
  // An unclosed single quote is an apostrophe we misread ("’90s"): no quote.
  return marks;
}

/** The quoted words between `from` and `to` (offsets into `text`), trimmed as statement spans are. */
export function quotedSpan(text: string, from: number, to: number): { start: number; end: number } | undefined {
  let s = from;
  let e = to;
  const trimmable = (c: string) => /[\s,;:]/.test(c) || c === '—' || c === '–';
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && trimmable(text[e - 1]!)) e--;
  // A dash or hyphen left dangling after trimming (“we will –”) goes too; "-" inside words stays.
  while (e > s && text[e - 1] === '-' && isSpace(text[e - 2])) e--;
  return e > s ? { start: s, end: e } : undefined;
}

/**
 * Every quotation in the article. `singleQuoteParagraphs` are the paragraph indexes where
 * straight single quotes count as quotation marks (the headline and standfirst).
 */
export function findQuotes(
  text: string,
  paragraphs: Paragraph[],
  singleQuoteParagraphs: ReadonlySet<number> = new Set(),
  noSingleQuotes: ReadonlySet<number> = new Set(),
): Quote[] {
  const quotes: Quote[] = [];
  let previousRanOn = false;
  for (const p of paragraphs) {
    let marks = scanDouble(p.text);
    const hasDouble = /[“”"«»„]/.test(p.text);
    if (!hasDouble && !noSingleQuotes.has(p.index) && (singleQuoteParagraphs.has(p.index) || p.text.includes(SINGLE_OPEN))) {
      marks = scanSingle(p.text, singleQuoteParagraphs.has(p.index));
    }
    let ranOn = false;
    for (const [i, m] of marks.entries()) {
      const span = quotedSpan(text, p.start + m.open + 1, p.start + m.close);
      if (!span) continue;
      const before = p.text.slice(0, m.open).trim();
      const after = p.text.slice(m.closed ? m.close + 1 : m.close).trim();
      quotes.push({
        paragraph: p.index,
        open: p.start + m.open,
        close: p.start + m.close,
        closed: m.closed,
        start: span.start,
        end: span.end,
        single: m.single,
        continuation: i === 0 && previousRanOn && before === '',
        wholeParagraph: before === '' && /^[\s.,;:!?]*$/.test(after),
      });
      if (!m.closed) ranOn = true;
    }
    previousRanOn = ranOn;
  }
  return quotes;
}

/** Whether `offset` lies inside one of the quotations (between its marks). */
export function insideAny(quotes: readonly Quote[]): (offset: number) => boolean {
  return (offset) => quoteAround(quotes, offset, true) !== undefined;
}
