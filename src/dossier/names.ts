/**
 * Name keys: how names and aliases are compared. "Mr Lavrov", "lavrov" and "LAVROV" share the
 * key "lavrov"; curly and straight apostrophes are the same; whitespace is collapsed.
 */
import { createHash } from 'node:crypto';

const HONORIFIC = /^(mr|mrs|ms|miss|mx|dr|sir|dame)\.?\s+/;

export const nameKey = memoized((name: string): string =>
  name
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(HONORIFIC, ''),
);

/** The distinct keys of a name and its aliases, the name's first, then spelling variants. */
export function nameKeys(name: string, aliases: readonly string[] = []): string[] {
  const keys = [name, ...aliases].map(nameKey).filter(Boolean);
  return [...new Set([...keys, ...keys.map(spellingKey).filter((k): k is string => k !== undefined)])];
}

// Romanisations of one name differ in a few regular ways (Russian above all): word-final
// -ey/-ei/-ej, -iy/-ii/-yi/-y, initial Ye-/E-, ya/ia, yu/iu, tz/ts, doubled letters.
const SPELLING_RULES: Array<[RegExp, string]> = [
  [/(?:ey|ej)\b/g, 'ei'],
  [/(?:iy|ii|yi|yy)\b/g, 'i'],
  [/([^aeiou\s])y\b/g, '$1i'],
  [/\bye/g, 'e'],
  [/ya/g, 'ia'],
  [/yu/g, 'iu'],
  [/tz/g, 'ts'],
  [/([a-z])\1/g, '$1'],
];

/**
 * A key that ignores common differences in romanising a name ("Sergey Lavrov" and "Sergei
 * Lavrov" share "sergei lavrov"). Only for names of two words or more, where such a
 * coincidence between two different people is unlikely. Marked with "~" so that it never
 * equals an exact key.
 */
export const spellingKey = memoized((key: string): string | undefined =>
  key.includes(' ') ? `~${SPELLING_RULES.reduce((k, [pattern, replacement]) => k.replace(pattern, replacement), key)}` : undefined,
);

/**
 * A string function with its recent answers kept: a corpus names the same few thousand actors
 * over and over, and bulk planning computes their keys for every reference. Bounded: the cache
 * starts over when full.
 */
function memoized<T>(fn: (s: string) => T, capacity = 100_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    // A long text (a claim) recurs rarely, and hashing it costs about what the key does.
    if (s.length > 80) return fn(s);
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    if (cache.size >= capacity) cache.clear();
    const value = fn(s);
    cache.set(s, value);
    return value;
  };
}

/**
 * "Sergei Lavrov" → "sergei-lavrov": accents dropped, anything else becomes a hyphen. A name
 * with no Latin letters or digits ("Сергей Лавров") gets a short hash of itself instead, so
 * that distinct names never share a slug.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 120)
    .replace(/^-+|-+$/g, '');
  return slug || `h${createHash('sha256').update(nameKey(text)).digest('hex').slice(0, 12)}`;
}
