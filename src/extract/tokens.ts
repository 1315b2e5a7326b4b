/**
 * Word tokens with offsets, for the entity and attribution rules. A possessive "’s" is not part
 * of the word but marks it (`possessive`); "U.S." and "O’Brien" are single words.
 */

export interface Token {
  text: string;
  /** Lower case, accents dropped, curly apostrophes straightened: the lookup key. */
  key: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Followed by ’s / 's (or a bare ’ after a plural s). */
  possessive: boolean;
}

const WORD = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*/gu;

/** A capital letter starts the word, or the name after an Arabic article ("al-Sudani", "el-Sisi"). */
const CAPITALISED = /^(?:\p{Lu}|(?:al|el|ad|ash|as|at|az|an|ar)-\p{Lu})/u;

export function keyOf(word: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range test starts at U+0000
  if (/^[\x00-\x7F]*$/.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase();
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  const slice = text.slice(0, to);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let word = m[0];
    let possessive = false;
    const ps = /['’]s$/.exec(word);
    if (ps && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/s$/.test(word) && /['’]/.test(text[m.index + word.length] ?? '') && !/\p{L}/u.test(text[m.index + word.length + 1] ?? '')) {
      possessive = true;
    }
    // "Mr." keeps its dot out of the word; "U.S." keeps it.
    if (word.endsWith('.') && !/^(?:\p{Lu}\.){2,}$/u.test(word)) word = word.slice(0, -1);
    tokens.push({ text: word, key: keyOf(word), start: m.index, end: m.index + word.length, cap: CAPITALISED.test(word), possessive });
  }
  return tokens;
}

/** Whether only spaces (one or more, no line break or punctuation) separate two tokens. */
const DOTTED = /^(?:mr|mrs|ms|dr|gen|sen|rep|gov|lt|col|capt|sgt|prof|st|rev|maj|adm|cmdr|\p{Ll})$/u;

/**
 * Whether only spaces (no line break or punctuation) separate two tokens — or the full stop of
 * an abbreviated title or initial ("Mr. Biden", "John F. Kennedy").
 */
export function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start < a.end) return false;
  const between = text.slice(a.end, b.start);
  return /^ +$/.test(between) || (/^\. +$/.test(between) && DOTTED.test(a.key) && (a.cap || a.key.length > 1));
}
