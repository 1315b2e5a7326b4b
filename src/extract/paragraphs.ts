/**
 * Paragraphs and sentences of the cleaned article text, each with its offsets into that text.
 * Paragraphs are separated by blank lines (the way `clean.ts` joins them). Sentences end at
 * . ! ? (with any closing quote or bracket after them) before a capital, a digit or an opening
 * quote — but not after a title ("Mr."), an initial ("J.") or a known abbreviation ("U.S."),
 * and not inside an open quotation, so that a quote and its attribution stay one sentence.
 */

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** [start, end) narrowed past surrounding whitespace: trimming without moving offsets off the text. */
function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const separator = /\n\s*\n/g;
  let start = 0;
  const push = (end: number) => {
    const [s, e] = trimmed(text, start, end);
    if (e > s) paragraphs.push({ index: paragraphs.length, start: s, end: e, text: text.slice(s, e) });
  };
  for (const m of text.matchAll(separator)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return paragraphs;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'maj',
  'adm',
  'cmdr',
  'rev',
  'hon',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'vs',
  'etc',
  'approx',
  'dept',
  'est',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thurs',
  'fri',
  'sat',
  'sun',
  'ave',
  'mt',
  'ft',
  'pres',
]);

const OPENING_QUOTES = '“"‘\'«„';
const CLOSING_AFTER_STOP = '”"’\')]»';

/** Whether the period at `i` ends an abbreviation or initial rather than a sentence. */
function isAbbreviation(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1]!)) j--;
  const word = text.slice(j, i);
  if (word.length === 0) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Sentences of a paragraph. `quoteDepthAt` tells whether an offset is inside a quotation (from
 * `quotes.ts`); without it, sentences are split everywhere.
 */
export function splitSentences(p: Paragraph, insideQuote?: (offset: number) => boolean): Sentence[] {
  const text = p.text;
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const [s, e] = trimmed(text, start, end);
    if (e > s) sentences.push({ paragraph: p.index, start: p.start + s, end: p.start + e, text: text.slice(s, e) });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < text.length && CLOSING_AFTER_STOP.includes(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    if (k < text.length && !/[\p{Lu}\p{N}]/u.test(text[k]!) && !OPENING_QUOTES.includes(text[k]!)) continue;
    if (c === '.' && j === i + 1 && isAbbreviation(text, i)) continue;
    if (insideQuote?.(p.start + j)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return sentences;
}
