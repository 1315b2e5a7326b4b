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

/**
 * The distinct keys of a name and its aliases, the name's first, then their folded keys (one
 * per distinct key, see `spellingKey`). Ingest stores these as `nameKeys`; a lookup by name
 * (`nodesByName`, the ingest plan's directory) tries the exact key, then the folded one.
 */
export function nameKeys(name: string, aliases: readonly string[] = []): string[] {
  const keys = [name, ...aliases].map(nameKey).filter(Boolean);
  return [...new Set([...keys, ...keys.map(spellingKey).filter((k): k is string => k !== undefined)])];
}

// Letters that Unicode does not decompose into a base letter and a mark.
const UNDECOMPOSED: Record<string, string> = { ı: 'i', ø: 'o', đ: 'd', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd' };

// Name particles that one spelling of a name keeps and another drops ("von der Leyen" and
// "der Leyen", "Mohammed bin Salman" and "Mohammed Salman"; "al-Assad", "al Assad", "Assad"). A
// particle word is dropped only before another word, so that a name is never folded to nothing.
// Not "le", "la", "du": surnames in their own right in some languages (Du Fu, Le Duc Tho).
const PARTICLE = /\b(?:von|van|der|den|de|del|della|di|da|dos|das|ter|bin|ibn|bint|al|el)\s+(?=\S)/g;
const ATTACHED_PARTICLE = /\b(?:al|el|ul)-(?=\S)/g;

// Romanisations of one name differ in a few regular ways (Russian, Arabic and Korean above
// all), applied in this order to names of two words or more: word-final -ey/-ei/-ej,
// -iy/-ii/-yi/-y, initial Ye-/E-, kh/h, ou/u, ya/ia, yu/iu, tz/ts, doubled letters.
const SPELLING_RULES: Array<[RegExp, string]> = [
  [/(?:ey|ej)\b/g, 'ei'],
  [/(?:iy|ii|yi|yy)\b/g, 'i'],
  [/([^aeiou\s])y\b/g, '$1i'],
  [/\bye/g, 'e'],
  [/kh/g, 'h'],
  [/ou/g, 'u'],
  [/ya/g, 'ia'],
  [/yu/g, 'iu'],
  [/tz/g, 'ts'],
  [/([a-z])\1/g, '$1'],
];

/**
 * The folded key of a name key, shared by the spellings of one name: diacritics dropped
 * ("erdoğan" → "erdogan"), apostrophes dropped and hyphens made spaces ("kim jong-un" →
 * "kim jong un"), name particles dropped ("von der leyen" → "leyen"), and — for what is still
 * two words or more, where such a coincidence between two different people is unlikely —
 * the romanisation rules above ("sergey lavrov", "sergej lavrov" → "sergei lavrov").
 * Marked with "~" so that it never equals an exact key. Every non-empty key has one, so a
 * node without any "~" key was written before this rule (see `cypher/read/name-keys-stale`).
 * Keys of different people stay different ("kim jong un", "kim yo jong"); people who share a
 * surname share its folded key as they share its exact key ("sato").
 */
export const spellingKey = memoized((key: string): string | undefined => {
  const folded = key
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıøđłßæœþð]/g, (c) => UNDECOMPOSED[c] ?? c)
    .replace(ATTACHED_PARTICLE, '')
    .replace(/['`]/g, '')
    .replace(/[-\u2010-\u2013]/g, ' ')
    .replace(PARTICLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!folded) return undefined;
  return `~${folded.includes(' ') ? SPELLING_RULES.reduce((k, [pattern, replacement]) => k.replace(pattern, replacement), folded) : folded}`;
});

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
